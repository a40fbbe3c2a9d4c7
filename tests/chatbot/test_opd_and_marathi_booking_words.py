"""Whether the OPD is open or shut ("kal ki OPD band hai kya", "opd ka time"), a visit moved ("Saturday ko
shift ho sakta hai") and the Marathi "naav nondvaycha aahe" (I want to put my name down) or "doctor
bhetat ka" (does the doctor see people) are questions about ``appointments``. A pain that shifts is a
complaint.

None of these messages is in the patient set.
"""

from __future__ import annotations

import pytest

from medlink.chatbot import ChatBot

from .conftest import assert_intent

BOOKING = [
    "Dr Rao ki parso ki OPD band hai kya",
    "opd ka time kya hai sunday ko",
    "udya doctor Patil bhetat ka? naav nondvaycha aahe",
    "mangalvar wali date shukravar ko shift ho sakti hai kya, shift kar do",
]


@pytest.mark.parametrize("message", BOOKING)
def test_opd_and_booking_words_ask_about_appointments(bot: ChatBot, message: str) -> None:
    assert_intent(bot, message, "appointments")


def test_a_pain_that_shifts_is_a_complaint(bot: ChatBot) -> None:
    assert_intent(bot, "pet ka dard naabhi se daayein taraf shift ho gaya", ("symptom_check", "emergency"))
