"""A birth going wrong told in plain words: the womb come out after a delivery ("bacchedani bahar aa gayi
delivery ke baad"), the cord or a baby's foot out while the baby is still inside or came out first ("naal
bahar aa gayi, baccha abhi andar", "baby ka pair pehle bahar aa gaya"), and heavy bleeding after a delivery
told in Tamil ("prasavathukku appuram romba bleeding", "delivery ku piragu"). Each is an obstetric emergency.

A womb that has dropped over years, its treatment asked about, hair fall after a delivery, a baby still in the
womb at seven months and a tooth that came out first are no emergency.

None of these messages is in the patient set; each checks a concept, not one wording.
"""

from __future__ import annotations

import pytest

from medlink.chatbot import ChatBot

from .conftest import assert_emergency, assert_not_emergency

EMERGENCIES = [
    "bacchedani bahar aa gayi delivery ke baad",
    "delivery ke baad garbhashay bahar nikal aaya",
    "naal bahar aa gayi, baccha abhi andar",
    "baby ka pair pehle bahar aa gaya",
    "dai ne bola baccha ka haath pehle bahar aa gaya",
    "prasavathukku appuram romba bleeding",
    "delivery ku piragu bleeding nikkala",
]


@pytest.mark.parametrize("message", EMERGENCIES)
def test_a_birth_going_wrong_is_an_obstetric_emergency(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message, number="108")


NOT_EMERGENCIES = [
    "dadi ki bacchedani bahar aa gayi hai, kai saal se, operation karana hai kya",
    "bacchedani bahar aane ka ilaj",
    "delivery ke baad bacchedani neeche khisak gayi lagti hai, 1 saal ho gaya",
    "prasavathukku appuram mudi kottudhu",
    "baby abhi andar hai 7 mahine ka, kya khaye",
    "pehle bahar aa gaya tha dant, ab dard",
]


@pytest.mark.parametrize("message", NOT_EMERGENCIES)
def test_a_womb_dropped_over_years_or_questions_are_no_emergency(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)
