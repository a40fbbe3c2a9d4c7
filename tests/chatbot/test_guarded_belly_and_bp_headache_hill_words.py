"""A belly that may not be touched told in Nepali, and a head bursting with a very high blood pressure
told in Garhwali, are emergencies.

Nepali "chhuna dinna" / "chhuna dindaina" (won't let it be touched) beside a sudden or very bad belly
pain is a surgical belly. Garhwali "mund phatnu" (the head bursting) or "mund dukhdo" with a blood pressure
of 200 or more, or "dhundhlu" (blurred) sight with it, is a blood-pressure crisis.

A belly that was hard yesterday and is fine today, a child who won't let a toy be touched, and a mild
headache with a normal pressure are no emergency.

None of these messages is in the patient set; each checks a word family, not one wording.
"""

from __future__ import annotations

import pytest

from medlink.chatbot import ChatBot

from .conftest import assert_emergency, assert_not_emergency

EMERGENCIES = [
    "dadi ko achanak pet dherai dukhyo, chhuna dindaina",
    "buwa ko pet ekdam dukhchha, chhuna pani dinna",
    "bp 210/120 aur mund phat raha hai",
    "ददा की बीपी 230/140 च, मुंड फटणु लग्यूं",
    "bp 200/115, aankhyun ma dhundhlu dikhenu",
]

NOT_EMERGENCIES = [
    "hijo pet kada bhayo, aaja thik cha",
    "hijo pet dukheko thiyo chhuna dinna thiyo, aaja thik cha",
    "bachha le khelauna chhuna dinna",
    "bp 130/80, mund dukhdo thoda",
]


@pytest.mark.parametrize("message", EMERGENCIES)
def test_hill_words_for_guarded_belly_or_bp_crisis_are_emergency(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message)


@pytest.mark.parametrize("message", NOT_EMERGENCIES)
def test_past_mild_or_other_sense_is_not_emergency(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)
