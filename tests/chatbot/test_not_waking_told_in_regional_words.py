"""A person who does not wake or answer when shaken or called, told in regional words, is an emergency:
the Pahari and Punjabi shaking verb "hilaula", "hilaunde" ("hilaula to aankh ni kholni", shaken she does
not open her eyes, with the Pahari "ni" = nahi), the Tamil "koopta" (when called) before "response illa",
eyes that do not open told with the English word ("kannu open pannala", "aankh open nahi kar rahe"); so is
someone who keeled over where he sat ("kursi pe ludhak gaye") and whose breathing cannot be made out when
looked at ("saans dekhi to pata nahi chal raha", "can't tell if she is breathing").

Someone who opens the eyes when shaken, a bottle that rolled off a table, a child who will not get up for
school, or a breath that was checked and is fine is no emergency.

None of these messages is in the patient set; each checks a reading, not one wording.
"""

from __future__ import annotations

import pytest

from medlink.chatbot import ChatBot

from .conftest import assert_emergency, assert_not_emergency

NOT_WAKING = [
    "aamaa subah bati uthi ni, hilaula to aankh ni kholni",
    "nana ji kursi pe ludhak gaye, hilaunde haan par aankh nahi kholde",
    "thatha kitchen la vizhundhutaaru, koopta response illa",
    "amma kannu open pannala, koopta response illa",
    "papa ko hilaya, aankh open nahi kar rahe",
    "chacha khet me ludhak gaye, saans dekhi to pata nahi chal raha",
    "she collapsed in the kitchen, I cant tell if she is breathing",
    "dadi ludhak gayi, saans hai ki nahi samajh nahi aa raha",
]

NOT_AN_EMERGENCY = [
    "hilaula to aankh kholi, ab theek hai",
    "bottle table se ludhak gayi, kaanch toot gaya",
    "beta school ke liye subah uthta nahi, bahut aalsi hai",
    "papa ko hilaya to aankh khol di aur baat karne lage",
    "raat ko saans dekhi to theek chal rahi thi",
]


@pytest.mark.parametrize("message", NOT_WAKING)
def test_not_waking_when_shaken_or_called_is_an_emergency(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message)


@pytest.mark.parametrize("message", NOT_AN_EMERGENCY)
def test_waking_or_a_thing_rolling_is_no_emergency(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)
