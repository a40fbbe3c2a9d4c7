"""A worry about a sign to come is no sign: "behosh to nahi hoga" (he won't faint, will he?) beside a dose
question, and "zeher na bane isliye" (so that it does not turn to poison). A sign told in the past and
over in other words is no emergency now: "kal behoshi aa gayi thi, aaj theek hu" (today I am fine), "ulti
me khoon aaya tha parso, ab nahi aaya" (it has not come since), "phir nahi hua". A sign not gone ("ab tak
hosh nahi aaya", "abhi theek se bol nahi pa rahi") or back again is still an emergency.

An amount of a medicine told with "zyada to nahi" (isn't it too much?) or "koi nuksan to nahi" (no harm?),
and "le lu" / "de du" (shall I take, shall I give) beside a number of tablets, ask for a dose: the reply
sends the patient to a doctor or pharmacist.

None of these messages is in the patient set; each checks a kind of telling, not one wording.
"""

from __future__ import annotations

import pytest

from medlink.chatbot import ChatBot

from .conftest import assert_dose_redirected, assert_emergency, assert_not_emergency

WORRIES_AND_SIGNS_GONE = [
    "kal behoshi aa gayi thi garmi me, aaj theek hu, kya khau",
    "subah chakkar aake behosh ho gayi thi, abhi theek hai, kya kamzori hai",
    "ulti me khoon aaya tha ek baar parso, ab nahi aaya",
    "pichle hafte daura pada tha ek baar, phir nahi pada, dawai chalu hai",
]

STILL_EMERGENCIES = [
    "papa behosh ho gaye the, ab tak hosh nahi aaya",
    "ulti me khoon aaya tha subah, ab phir aa raha hai",
    "mummy chakkar aake gir gayi thi, abhi theek se bol nahi pa rahi",
    "bachhe ne zeher kha liya, na bane kuch to batao",
    "bachha behosh pada hai, na hil raha na bol raha",
]

DOSE_ASKS = [
    "bachhe ko bukhar me crocin syrup kitne ml dena safe hai, 10 kg ka hai, behosh to nahi hoga",
    "zeher na bane isliye iron ki goli kitni de bachhe ko",
    "dard ki goli din me 3 khata hu, zyada to nahi",
    "neend ki goli 2 le lu aaj, neend nahi aa rahi",
    "calcium ki 2 goli roz leti hu, koi nuksan to nahi",
]


@pytest.mark.parametrize("message", WORRIES_AND_SIGNS_GONE)
def test_signs_over_are_no_emergency(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)


@pytest.mark.parametrize("message", STILL_EMERGENCIES)
def test_signs_not_gone_are_still_emergencies(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message, number="108")


@pytest.mark.parametrize("message", DOSE_ASKS)
def test_worries_and_all_right_asks_beside_an_amount_are_dose_questions(bot: ChatBot, message: str) -> None:
    assert_dose_redirected(bot, message)
