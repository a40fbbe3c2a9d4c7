"""Tablets that look alike ("saari goliyan ek jaisi lagti hain, chhoo kar pehchan nahi pata, BP wali aur
sugar wali kaise alag rakhun", "her pills look the same, how to tell apart") are a question of keeping
medicines apart: "saari goliyan" is no overdose and "pehchan nahi" (cannot tell them apart) beside "sugar
wali" is no low sugar. All the tablets swallowed, whatever they look like, and a diabetic who does not
know people, are still emergencies.

None of these messages is in the patient set; each checks a kind of question, not one wording.
"""

from __future__ import annotations

import pytest

from medlink.chatbot import ChatBot

from .conftest import assert_emergency, assert_not_emergency

TOLD_APART = [
    "papa ki sari goliyan same dikhti hai, sugar wali aur bp wali kaise pehchane",
    "my mother cannot see well, her pills look the same, how to tell apart sugar and bp tablets",
    "meri saari goliyan ek jaisi lagti hain, chhoo kar pehchan nahi pata, bp wali aur sugar wali kaise alag rakhun",
]

STILL_EMERGENCIES = [
    "mummy ne saari goliyan kha li, sugar wali aur bp wali, ab pehchan nahi pa rahi",
    "mummy ne saari goliyan kha li jo ek jaisi lagti hai",
    "sugar ke patient hai, pasina aa raha aur kisi ko pehchan nahi pa rahe",
    "dadi ne 20 goliyan kha li, sab ek jaisi thi",
]


@pytest.mark.parametrize("message", TOLD_APART)
def test_pills_that_look_alike_are_no_emergency(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)


@pytest.mark.parametrize("message", STILL_EMERGENCIES)
def test_pills_swallowed_and_a_confused_diabetic_are_still_emergencies(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message, number="108")
