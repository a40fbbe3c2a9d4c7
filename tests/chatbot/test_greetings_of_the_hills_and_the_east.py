"""Greetings of Haryana and Rajasthan ("ram ram ji, ke haal"), Assam ("apuni kene ase", where "kene" is
a known word, never corrected to "knee"), Garhwal ("seva lagaunu, jay badri vishal") and a doctor
greeted "doctor sab" are greetings. A greeting with a complaint after it is about the complaint.

None of these messages is in the patient set.
"""

from __future__ import annotations

import pytest

from medlink.chatbot import ChatBot

from .conftest import assert_intent

GREETINGS = [
    "ram ram ji ke haal se",
    "namaskar, apuni kene ase",
    "sewa lagaunu doctor sab",
    "jay badri vishal ji",
    "ke haal doctor sab",
]

GREETING_THEN_COMPLAINT = [
    "ram ram ji, ke haal, 3 din se bukhar hai",
    "apuni kene ase, mur pet dukhe, pet kharab",
]


@pytest.mark.parametrize("message", GREETINGS)
def test_regional_greeting_is_a_greeting(bot: ChatBot, message: str) -> None:
    assert_intent(bot, message, "greeting")


@pytest.mark.parametrize("message", GREETING_THEN_COMPLAINT)
def test_greeting_with_a_complaint_is_about_the_complaint(bot: ChatBot, message: str) -> None:
    assert_intent(bot, message, ("symptom_check", "remedy"))
