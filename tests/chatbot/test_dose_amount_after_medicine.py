"""An amount said after the medicine's name asks for a dose as one said before it ("2 goli" = "goli 2"):
"goli aadhi karke le sakti hoon" (may I take half a tablet), "painkiller ek saath do kha le sakat bani ka"
(Bhojpuri: may I take two at once, the question closing its clause with "ka"), and, after a dose missed or
changed, an amount in a later clause ("BP ki goli kal bhool gayi, aaj do ek saath le lu?").

A time, a rhythm or a manner after the medicine ("goli 2 din se nahi li", "dawa ek baar shuru ki to",
"puri tarah theek") is no amount.

None of these messages is in the patient set; each checks a concept, not one wording.
"""

from __future__ import annotations

import pytest

from medlink.chatbot import ChatBot

from .conftest import assert_dose_redirected

DOSE_REQUESTS = [
    "ਗੋਲੀ ਅੱਧੀ ਤੋੜ ਕੇ ਖਾ ਸਕਦਾ ਹਾਂ? ਪਿੱਠ ਦੀ ਦਰਦ ਵਾਲੀ",
    "painkiller ek saath do kha le sakat bani ka, ghutna bahut dukhata",
    "bukhar ki goli 2 ek sath de du bachhe ko?",
    "सुगर की गोली सुबह भूल गई, शाम को दो एक साथ ले लूं का",
    "thyroid ki dawai aaj miss ho gayi, kal 2 le lu kya",
]


@pytest.mark.parametrize("message", DOSE_REQUESTS)
def test_an_amount_after_the_medicine_asks_for_a_dose(bot: ChatBot, message: str) -> None:
    assert_dose_redirected(bot, message)


NOT_DOSE_REQUESTS = [
    "bp ki goli 2 din se nahi li, sir bhaari hai, kya hoga",
    "sugar ki dawa ek baar shuru ki to hamesha leni padti hai kya",
    "kya ulcer dawai se puri tarah theek ho jata hai",
]


@pytest.mark.parametrize("message", NOT_DOSE_REQUESTS)
def test_a_time_a_rhythm_or_a_manner_after_the_medicine_is_no_amount(bot: ChatBot, message: str) -> None:
    reply = bot.reply(message)
    assert not reply.dose_redirect, (message, reply.intent, reply.text[:120])
    assert reply.intent != "emergency", message


STRENGTH_BEFORE_THE_TABLET = [  # a number joined to the tablet by a genitive is its strength, not a count swallowed
    "crocin 650 chi goli don vela deu shakto ka mulala",  # Marathi "chi"
    "metformin 500 cha tablet jevnaadhi ki jevnanantar",
    "paracetamol 500 ki goli aadhi de sakte hai bachhe ko",
]


@pytest.mark.parametrize("message", STRENGTH_BEFORE_THE_TABLET)
def test_a_strength_joined_to_the_tablet_is_no_overdose(bot: ChatBot, message: str) -> None:
    assert bot.reply(message).intent != "emergency"
    assert_dose_redirected(bot, message)
