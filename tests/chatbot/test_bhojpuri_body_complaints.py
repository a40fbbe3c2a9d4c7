"""Complaints in Bhojpuri words are complaints: "kapar" / "kapaar" (the head) with a pain word is a
headache, "dukhata" (it aches) is a pain word, "deh toot raha / tut rahal / dukhat" (the body breaks, aches)
is a body ache and "pet jhar raha" (the belly runs) is diarrhoea.

The head word without a complaint is no complaint ("kapar pe tilak lagaya").

Sentences of our own, none of them in the patient set.
"""

from __future__ import annotations

import pytest

from medlink.chatbot import ChatBot

from .conftest import assert_intent, assert_not_intent

HEALTH = ("symptom_check", "remedy", "disease_info")

#: (message, symptom)
SYMPTOMS = [
    ("kal se kapar dukhata", "headache"),
    ("babuji ke kapaar me bahut dard ba", "headache"),
    ("bukhar utrala ke baad deh tut rahal ba", "body_ache"),
    ("maai ke deh dukhat ba", "body_ache"),
]

#: (message, topic)
TOPICS = [
    ("bachwa ke pet jhar raha, ka kari", "diarrhoea"),
    ("kal se pet jharat ba", "diarrhoea"),
]


@pytest.mark.parametrize(("message", "symptom"), SYMPTOMS)
def test_a_bhojpuri_complaint_is_read_as_its_symptom(bot: ChatBot, message: str, symptom: str) -> None:
    assert_intent(bot, message, HEALTH)
    analysis = bot._analyse(message)
    assert symptom in analysis.symptoms + analysis.generic, message


@pytest.mark.parametrize(("message", "topic"), TOPICS)
def test_a_running_belly_in_bhojpuri_is_diarrhoea(bot: ChatBot, message: str, topic: str) -> None:
    assert_intent(bot, message, HEALTH, topic)


def test_the_head_word_alone_is_no_complaint(bot: ChatBot) -> None:
    assert_not_intent(bot, "mandir me kapar pe tilak lagaya", HEALTH + ("emergency",))
