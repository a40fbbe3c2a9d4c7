"""A finger or hand nearly cut off is a bleeding emergency, told in Hindi or Punjabi with "lagbhag" (almost):
"ungli lagbhag kat gayi", "do ungliyan lagbhag kat gayian" (in a fodder machine).

A small cut ("ungli thodi kat gayi", "chhota kat" beside "lagbhag khatam") or one from last year, now healed, is
no emergency.

None of these messages is in the patient set; each checks a way of telling, not one wording.
"""

from __future__ import annotations

import pytest

from medlink.chatbot import ChatBot

from .conftest import assert_emergency, assert_not_emergency

NEARLY_CUT_OFF = [
    "fodder machine me ungli lagbhag kat gayi",
    "toke wich bhai diyan teen ungliyan lagbhag kat gayian",
]

NOT_AN_EMERGENCY = [
    "kaam lagbhag khatam, ungli pe chhota kat",
    "sabzi kaatte waqt ungli thodi kat gayi",
    "lagbhag kat gaya tha pichhle saal, ab theek hai ungli",
]


@pytest.mark.parametrize("message", NEARLY_CUT_OFF)
def test_a_finger_nearly_cut_off_is_an_emergency(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message)


@pytest.mark.parametrize("message", NOT_AN_EMERGENCY)
def test_a_small_or_old_cut_is_no_emergency(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)
