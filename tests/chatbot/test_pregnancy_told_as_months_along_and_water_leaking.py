"""A pregnancy told as "months along" or the Garhwali "8 mahina ki pet se chha" makes its danger signs (a bad
headache, blurred eyes, bleeding) an obstetric emergency, and water leaking in the later months, told in
English ("fluid leaking") or in the words of the south (Tamil "thanni leak aagudhu", Kannada "neeru
soruttide"), is the waters breaking.

A baby's months ("baby 8 months, along with fever"), a well pregnancy and a leaking tap are no
obstetric emergency.

None of these messages is in the patient set; each checks a way of telling, not one wording.
"""

from __future__ import annotations

import pytest

from medlink.chatbot import ChatBot

from .conftest import assert_emergency, assert_not_emergency

PREGNANCY_IN_DANGER = [
    "wife 6 months along, eyes blurry since morning and bad headache",
    "bahu 7 mahina ki pet se chha, aaj khoon aa raha",
    "ब्वारि 9 महीना की पेट से छ, मुंड मा भौत तेज दर्द अर आंख्यूं मा धुंधला",
    "manaivi 8 maasam, keezha irundhu thanni leak aagudhu",
    "wife 32 weeks pregnant, fluid leaking since an hour",
    "hendathi 7 tingalu garbhini, neeru soruttide",
]

NOT_AN_OBSTETRIC_EMERGENCY = [
    "baby 8 months, along with fever she has cough",
    "wife 8 months along, all fine, what to eat",
    "bwari 8 mahina ki pet se chha, bas thodi thakan",
    "wife pregnant, kitchen tap se water leaking, plumber number?",
]


@pytest.mark.parametrize("message", PREGNANCY_IN_DANGER)
def test_danger_signs_of_a_pregnancy_told_in_own_words_are_an_emergency(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message)


@pytest.mark.parametrize("message", NOT_AN_OBSTETRIC_EMERGENCY)
def test_a_babys_months_a_well_pregnancy_and_other_water_are_no_emergency(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)
