"""Blue lips told in Nepali, Gujarati or Pahari ("oth nilo bhayo", "hoth nilo", "oth nilu padi") and a
pink froth in the cough told in Nepali ("khoki ma gulabi fij") with breathlessness are breathing
emergencies.

A blue cloth, cracked lips, or a pink froth denied is no emergency.

None of these messages is in the patient set; each checks a reading, not one wording.
"""

from __future__ import annotations

import pytest

from medlink.chatbot import ChatBot

from .conftest import assert_emergency, assert_not_emergency

BREATHING_EMERGENCIES = [
    "hajurba ko oth nilo bhayo, sas fulyo",
    "dadi na hoth nilo thai gaya",
    "buba ka oth nilu padi gaye",
    "sas fulyo, khoki ma gulabi fij aayo",
]

NOT_AN_EMERGENCY = [
    "nilo kapda lagayo, khoki chha",
    "oth fatyo, chiso lagyo",
    "mummy ko khansi me gulabi fij nahi, bas sukhi khansi",
]


@pytest.mark.parametrize("message", BREATHING_EMERGENCIES)
def test_blue_lips_or_pink_froth_told_in_nepali_is_an_emergency(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message)


@pytest.mark.parametrize("message", NOT_AN_EMERGENCY)
def test_blue_cloth_or_cracked_lips_is_no_emergency(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)
