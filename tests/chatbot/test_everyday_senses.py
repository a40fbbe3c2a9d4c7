"""Everyday senses of emergency words: "khatam karna" (to finish, to get rid of) is self-harm only when it
is about oneself or one's life, said as one's own intention — not about lice, dandruff or pimples."""

from __future__ import annotations

import pytest

from medlink.chatbot import ChatBot

from .conftest import assert_emergency, assert_not_emergency

GETTING_RID_OF_A_COMPLAINT = [
    ("जुएं कैसे खत्म करें", "head_lice"),
    ("sir ki joo kaise khatam kare", "head_lice"),
    ("dandruff jad se khatam kaise kare", "dandruff"),
    ("pimples khatam karne ka tarika", "acne"),
    ("acidity hamesha ke liye khatam karna hai", None),
]

ENDING_ONES_LIFE = [
    ("main sab khatam kar dungi aaj", None),
    ("khud ko khatam kar lungi", None),
    ("jina nahi hai, aaj khatam kar leta hu", None),
    ("zindagi khatam karne ka soch rahi hu", None),
    ("zindagi khatam kaise karu", None),
    ("मैं खुद को खत्म कर लूंगी", "hi"),
    ("जिंदगी खत्म करने का मन करता है", "hi"),
]


@pytest.mark.parametrize(("message", "topic"), GETTING_RID_OF_A_COMPLAINT)
def test_getting_rid_of_a_complaint_is_no_crisis(bot: ChatBot, message: str, topic: str | None) -> None:
    assert_not_emergency(bot, message, topics=topic or ())


@pytest.mark.parametrize(("message", "lang"), ENDING_ONES_LIFE)
def test_ending_ones_life_stays_a_crisis(bot: ChatBot, message: str, lang: str | None) -> None:
    assert_emergency(bot, message, lang=lang, number="14416")
