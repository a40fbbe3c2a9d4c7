"""A child who swallowed a small object and now cannot swallow, drools or breathes with a noise has it stuck in
the gullet or the airway: a coin ("sikka nigla, kuch nigal nahi pa raha"), a key ("chabi nigal li, saans me
awaaz"), a needle, a nail ("kil") or an earring ("jhumka"). Each is a choking emergency.

A question about what to do if a child swallows a coin, a coin passed in the stool, a child who swallowed a
coin and breathes and plays well, a sore throat or a big tablet hard to swallow, a lost key and a nail in the
foot are no emergency.

None of these messages is in the patient set; each checks a concept, not one wording.
"""

from __future__ import annotations

import pytest

from medlink.chatbot import ChatBot

from .conftest import assert_emergency, assert_not_emergency

STUCK = [
    "bache ne sikka nigla, kuch nigal nahi pa raha, ro raha",
    "beta ne coin nigal liya, ab pani bhi nahi nigal pa raha",
    "baby ne chabi nigal li, saans me awaaz",
    "bachi ne jhumka nigal liya, nigalne me dikkat",
    "chhotu ne kil nigal li, ab kuch nigal nahi sakta",
]


@pytest.mark.parametrize("message", STUCK)
def test_a_swallowed_object_with_swallowing_or_breathing_trouble_is_choking(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message, number="108")


NOT_STUCK = [
    "agar bachha coin nigal le to kya kare",
    "bache ne coin nigal liya tha, potty me nikal gaya, ab theek",
    "gale me kharash, kuch nigal nahi pa raha, bukhar",
    "chabi kho gayi, tension me khana nahi nigal pa raha",
    "baby ne coin nigal liya, abhi theek hai, saans theek, kya karein",
    "dawai ki goli nigal nahi pa raha, badi hai",
    "kil chubh gayi pair me",
]


@pytest.mark.parametrize("message", NOT_STUCK)
def test_questions_passed_coins_and_sore_throats_are_no_emergency(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)
