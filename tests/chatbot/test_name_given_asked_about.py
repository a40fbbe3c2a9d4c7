"""A condition's name, given by a doctor or a test and asked about ("what is it exactly", the Malayalam
"X ennal entha", the Nepali "X bhaneko ke ho", the Bhojpuri "X ka hot he": what does X mean, what is X),
asks what the condition is: a disease-information answer, even beside how it was found or who has it.

After a complaint with no name ("red patches on my arm, what is it exactly") the same words still ask
what the complaint may be: a triage, not a description of a disease.

None of these messages is in the patient set; each checks a way of asking, not one wording.
"""

from __future__ import annotations

import pytest

from medlink.chatbot import ChatBot

from .conftest import assert_intent

NAMES_ASKED = [
    ("doctor says my father has COPD, what is it exactly", "copd"),
    ("the report says fatty liver, what is this exactly? will it go", "fatty_liver"),
    ("amma ku glaucoma nu sonnanga, what is it exactly", "glaucoma"),
    ("ammaykku kannil pressure koodi, glaucoma ennal enthu", "glaucoma"),
    ("daktar le buwa lai glaucoma bhanyo, glaucoma bhaneko ke ho", "glaucoma"),
    ("gaon me kai logan ke filaria ba, filaria ka hot he", "filariasis"),
]


@pytest.mark.parametrize(("message", "topic"), NAMES_ASKED)
def test_a_name_given_and_asked_about_gets_what_it_is(bot: ChatBot, message: str, topic: str) -> None:
    assert_intent(bot, message, "disease_info", topic)


COMPLAINTS_ASKED = [
    "red patches on my arm, what is it exactly",
    "itchy bumps on both legs since 3 days, what is this exactly",
]


@pytest.mark.parametrize("message", COMPLAINTS_ASKED)
def test_a_complaint_with_no_name_asked_about_is_triaged(bot: ChatBot, message: str) -> None:
    assert_intent(bot, message, "symptom_check")
