"""A dream is no event: a heart attack, a bite or a fall seen in a dream ("raat ko sapna aaya ki heart
attack aa gaya") is told in the Hindi "sapna" / "sapne", the Marathi "swapnat", the Gujarati "sapnu", the
Nepali "sapanama", the Bengali "shopne", the Tamil "kanavula", the Kannada "kanasalli", the Telugu
"swapnamlo" or the Malayalam "swapnathil". The dream words are kept as typed ("sapna" is never corrected
to "sadna", rotting), so the dream is read as one.

A sign told now beside a dream ("sapne aate hain, aur abhi seene me tez dard ho raha hai"), or one that
began in sleep and is no dream, stays an emergency.

None of these messages is in the patient set; each checks a kind of wording, not one sentence.
"""

from __future__ import annotations

import pytest

from medlink.chatbot import ChatBot

from .conftest import assert_emergency, assert_not_emergency

DREAMS = [
    "raat sapna aaya ki papa ko heart attack aa gaya, ab neend nahi aa rahi",
    "raat ko sapna dekha ki saap ne kata, iska kya matlab hai",
    "kal swapnat pahila ki aai la heart attack aala, bhiti vatate",
    "mane sapnu aavyu ke saap karadyo",
    "rati sapanama kukur le tokyo, dar lagyo",
    "kal raate shopne dekhlam buke byatha heart attack holo",
    "nethu kanavula paambu kadichidhu, bayama irukku",
    "ninne swapnathil paambu kadichu, pedi aayi",
    "nanna kanasalli haavu kachitu",
]

TOLD_NOW = [
    "mujhe sapne aate hain, aur abhi seene me tez dard ho raha hai",
    "raat ko neend me achanak seene me tez dard hua, pasina aa raha hai, abhi bhi ho raha hai",
    "sapna dekh ke uthi to saanp ne sach me kaat liya pair pe, khoon aa raha hai",
]


@pytest.mark.parametrize("message", DREAMS)
def test_a_sign_seen_in_a_dream_is_no_emergency(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)


@pytest.mark.parametrize("message", TOLD_NOW)
def test_a_sign_told_now_beside_a_dream_stays_an_emergency(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message)
