"""A topic named with a word for food or eating and nothing else told ("jaundice me khana", "anaemia
khana list", "TB aur khana", "sugar patient khana", "diabetes and eating") asks for the topic's diet: a
remedy answer with its food tips, not a description of the disease.

A complaint told after a meal ("khana khane ke baad acidity") is still triaged, and a question about
the disease itself beside the food ("diabetes kya hai, khana") still gets what the disease is.

None of these messages is in the patient set; each checks a way of asking, not one wording.
"""

from __future__ import annotations

import pytest

from medlink.chatbot import ChatBot

from .conftest import assert_intent

FOOD_ASKED = [
    ("jaundice me khana", "jaundice_hepatitis"),
    ("anaemia khana list", "anaemia"),
    ("pregnancy me khana", "pregnancy"),
    ("TB aur khana", "tuberculosis"),
    ("sugar patient khana", "diabetes"),
    ("diabetes and eating", "diabetes"),
]


@pytest.mark.parametrize(("message", "topic"), FOOD_ASKED)
def test_a_topic_named_with_food_gets_its_diet(bot: ChatBot, message: str, topic: str) -> None:
    assert_intent(bot, message, "remedy", topic)


def test_a_complaint_after_a_meal_is_triaged(bot: ChatBot) -> None:
    assert_intent(bot, "khana khane ke baad acidity", "symptom_check")


def test_the_disease_asked_about_beside_food_is_described(bot: ChatBot) -> None:
    assert_intent(bot, "diabetes kya hai, khana", "disease_info", "diabetes")
