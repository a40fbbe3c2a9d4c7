"""Poisoning and self-harm told in everyday and regional words: a watch or remote cell a child swallowed,
a cockroach or pest spray drunk ("kala hit", "tik twenty", Marathi "kitak nashak"), wild mushrooms that
made people sick ("jungli khumbi", "kukurmutta"); a wish to die said in Malayalam, Assamese, Marathi and
Gujarati words, leaving "this world", despair with a goodbye, a last message with an apology to everyone,
a blade hidden away by someone in despair, a cut made on purpose. Self-harm answers carry 14416. Calm
messages that share the words stay calm. None of these messages is in the patient set.
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
