"""A belly that the person will not let be touched (guarding: "chhu nahi dene de raha", "haath bhi nahi
lagane de rahi", "won't let me touch her tummy") with a sudden or severe pain is a severe-belly
emergency; so is a belly swollen like a drum with no latrine for days ("latrine nahi gaya") and green
vomit begun ("hari ulti karan lagi": "karan lagi" = began to do, not "karan", a cause).

A ticklish child who will not let the belly be touched, constipation alone, or a question on the causes of
green vomit is no emergency.

None of these messages is in the patient set; each checks a reading, not one wording.
"""

from __future__ import annotations

import pytest

from medlink.chatbot import ChatBot

from .conftest import assert_emergency, assert_not_emergency

SEVERE_BELLY = [
    "mere bade bhai ka pet achanak bahut tight ho gaya, haath bhi nahi lagane de raha",
    "sudden severe tummy pain, she wont let me touch her belly",
    "chacha ka pet achanak dard, chhune nahi de rahe, bahut tez",
    "dadi ka pet dhol jaisa phool gaya, teen din se latrine nahi gayi, ulti bhi",
    "bua ko hari ulti karan lagi, pet phool gaya",
]

NOT_AN_EMERGENCY = [
    "bachha pet chhune nahi deta, gudgudi hoti hai",
    "do din se latrine nahi gaya, pet thoda bhari",
    "bachon me hari ulti ka karan kya hota hai",
]


@pytest.mark.parametrize("message", SEVERE_BELLY)
def test_guarded_or_blocked_belly_is_an_emergency(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message)


@pytest.mark.parametrize("message", NOT_AN_EMERGENCY)
def test_ticklish_or_constipated_belly_is_no_emergency(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)
