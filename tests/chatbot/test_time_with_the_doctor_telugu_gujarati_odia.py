"""A time asked for to meet the doctor in Telugu ("doctor ni kalavadaniki time", a time to meet the
doctor), Gujarati ("doctor ne malva no time", a time to meet) or Odia ("dekha heba pain time", a time to
be seen) is a booking, whatever complaint is told beside it.

A time wanted for something else ("nidra ki time kavali", a time for sleep) is no booking.

Sentences of our own, none of them in the patient set.
"""

from __future__ import annotations

import pytest

from medlink.chatbot import ChatBot

from .conftest import assert_intent, assert_not_intent

BOOKINGS = [
    "repu doctor ni kalavadaniki time ivvandi",
    "jwaram undi, doctor garini kalavataniki time dorukutunda",
    "kaale doctor ne malva no time male?",
    "bapuji mate doctor ne malvano time joie",
    "kali daktarnka sahita dekha heba pain time achhi ki",
]


@pytest.mark.parametrize("message", BOOKINGS)
def test_a_time_to_meet_the_doctor_is_a_booking(bot: ChatBot, message: str) -> None:
    assert_intent(bot, message, "appointments")


def test_a_time_for_something_else_is_no_booking(bot: ChatBot) -> None:
    assert_not_intent(bot, "nidra ki time kavali", "appointments")
