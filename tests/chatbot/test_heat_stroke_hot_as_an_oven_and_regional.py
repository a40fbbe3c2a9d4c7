"""Heat stroke told in everyday words is an emergency: a body "hot as an oven" or "burning hot" with no sweat
("not even sweating", "isn't sweating") and a confused mind ("talking nonsense", "doesn't even know me"),
and the Chhattisgarhi / Bhojpuri "deh aagi kas tipat he" (the body burns like fire) with babbling
("badbadavat he") or a fall in the sun.

A hot kitchen or a hot day, a small burn beside an oven and a jog without sweat are no emergency.

None of these messages is in the patient set; each checks a way of telling, not one wording.
"""

from __future__ import annotations

import pytest

from medlink.chatbot import ChatBot

from .conftest import assert_emergency, assert_not_emergency

HEAT_STROKE = [
    "uncle worked in the fields all day, now his skin is hot as an oven and dry, no sweat, talking nonsense",
    "grandpa was in the sun all afternoon, skin burning hot, isnt sweating, he is confused",
    "dopahar ke ghaam me kaam karat rahlan, deh aagi kas tipat he, aa bhunbhuna ke gir gaye",
    "ghaam म बबा के देह आगी कस तिपत हे अउ बड़बड़ावत हे",
]

NOT_HEAT_STROKE = [
    "kitchen is hot as an oven in summer, how to keep cool",
    "tandoor hot as an oven, my hand got small burn, kya lagaye",
    "hot as an oven outside today, she sweated a lot, but fine now",
    "i went jogging, not even sweating, feeling fine",
]


@pytest.mark.parametrize("message", HEAT_STROKE)
def test_heat_stroke_told_in_everyday_words_is_an_emergency(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message)


@pytest.mark.parametrize("message", NOT_HEAT_STROKE)
def test_a_hot_day_or_a_hot_oven_is_no_emergency(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)
