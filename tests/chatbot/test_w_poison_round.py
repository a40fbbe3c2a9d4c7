"""Poisoning and self-harm told in everyday and regional words: a watch or remote cell a child swallowed,
a cockroach or pest spray drunk ("kala hit", "tik twenty", Marathi "kitak nashak"), wild mushrooms that
made people sick ("kukurmutta"), grain-storage tablets and oleander seeds ("arali"); a wish to die said in
Malayalam, Assamese, Marathi, Gujarati, Telugu and Kannada words, leaving "this world" or leaving "forever"
with despair or an apology, despair with a goodbye, a last message with an apology to everyone, a blade
hidden away by someone in despair, a cut made on purpose. Self-harm answers carry 14416. Calm messages that
share the words stay calm. None of these messages is in the patient set.
"""

from __future__ import annotations

import pytest

from medlink.chatbot import ChatBot
from tests.chatbot.conftest import assert_emergency, assert_not_emergency

POISONINGS = [
    "meri beti ne ghadi ka cell nigal liya, ro rahi hai",
    "bete ne tv remote ka cell nigal liya abhi abhi",
    "nani ne galti se kala hit pi liya",
    "chacha ne tik twenty pi liya khet me",
    "aaji ne kitak nashak pyayle",
    "kukurmutta ki sabzi khane ke baad bachon ko chakkar aur ulti",
    "dadaji ne gehun me rakhne wali goli kha li",
    "thatha arali kottai saapittar",
]

SELF_HARM = [
    "njan chaavan pokunnu, aarum vendaa",
    "moi mori jam, ar nuwaru",
    "mi jeev deto aata",
    "mala marayche aahe, kuni nahi majha",
    "mane jivvanu man nathi have",
    "is duniya se chala jaunga kal tak",
    "ab aur sahan nahi hota, sabko bye",
    "mere bina sab khush rahenge, alvida",
    "yeh meri aakhri message hai, sab mujhe maaf kar dena",
    "wo kehti hai jeena bekar hai, blade chhupa ke rakha hai",
    "maine jaan bujh ke blade se haath kaat liya",
    "main zeher kha ke so jaungi hamesha ke liye",
    "sabse thak gayi hu, ja rahi hu hamesha ke liye",
    "ab main nahi rahunga, kamra andar se band hai",
    "kabhi wapas nahi aaungi, sorry mummy",
    "nanu badukalla, saaku",
    "naaku bratuku meeda aasa ledu",
]

CALM = [
    "remote ka cell kahan milega",
    "kala hit kaise use karte hain, bacchon se door kahan rakhein",
    "tik twenty ka chidkav kaise karein",
    "jungli mushroom khane layak hota hai kya",
    "mushroom tod ke laye khet se, sabzi achhi bani",
    "bachon se blade chhupa ke rakha hai, safe hai",
    "last message for today, sorry to everyone for the spam",
    "sabko bye, main so raha hu",
    "galti se sabzi kaatte ungli kat gayi, jaan bujh ke nahi",
    "jeena bekar hai bina chai ke haha",
    "keetnashak ka chidkav kaise karein khet me",
    "gehun me rakhne wali goli kahan milti hai",
    "hamesha ke liye ja rahi hu dubai, sorry mummy",
    "sorry papa aaj der se aaungi",
    "thak gaya hu sab se, chhutti chahiye",
    "us dukaan pe kabhi wapas nahi aaunga",
]


@pytest.mark.parametrize("message", POISONINGS)
def test_everyday_poisonings_are_emergencies(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message, number="108")


@pytest.mark.parametrize("message", SELF_HARM)
def test_indirect_self_harm_gets_the_crisis_line(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message, number="14416")


@pytest.mark.parametrize("message", CALM)
def test_calm_messages_sharing_those_words_stay_calm(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)
