"""A sign seen in a dream is no event: "kal raat sapna aaya ki heart attack aa gaya" (the dream word is
never typo-corrected, "sapna" stays "sapna"), "khwab me dekha saanp ne kaata", the Marathi "swapna padla",
the Bengali "swapne dekhlam", the Tamil "kanavula", the Punjabi "supne vich" and the Nepali "sapana ma"
ask no ambulance. A sign told as happening now beside a dream ("abhi seene me dard ho raha hai") or a
dream word used as a figure of speech beside a real event ("sapne me bhi nahi socha tha") stays an
emergency.

None of these messages is in the patient set; each checks a concept, not one wording.
"""

from __future__ import annotations

import pytest

from medlink.chatbot import ChatBot

from .conftest import assert_emergency, assert_not_emergency

DREAMS = [
    "raat sapna aaya ki mummy ko heart attack aa gaya, ab ghabrahat ho rahi hai",
    "raat ko khwab aaya ki mujhe saanp ne kaat liya, ab dar lag raha",
    "khwaab me dekha ki bhai behosh ho gaya",
    "swapna padla ki mala heart attack aala",
    "kal swapne dekhlam baba behosh hoye gelo",
    "kanavula paambu kadichuchu, bayama irukku",
    "supne vich dekhya ki bebe nu heart attack aaya",
    "sapana ma sarpa le tokyo jasto lagyo",
]

STILL_EMERGENCIES = [
    "sapna aaya tha ki papa ko heart attack aaya, abhi papa ko seene me dard ho raha hai",
    "bete ko saanp ne kaat liya abhi, sapne me bhi nahi socha tha",
    "mummy behosh ho gayi hai abhi, sapna jaisa lag raha hai",
]


@pytest.mark.parametrize("message", DREAMS)
def test_a_sign_seen_in_a_dream_is_no_emergency(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message, topics=None)


@pytest.mark.parametrize("message", STILL_EMERGENCIES)
def test_a_sign_now_beside_a_dream_word_stays_an_emergency(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message)
