"""A heaviness or pain in the jaw or the left arm together with a sweat is a possible heart attack even
when the chest is not named: Bengali "bam haat ta bhari lagchhe, khub ghamchhe", Hindi "baye haath me
bhaaripan, thanda pasina", "jabde me dard aur pasina chhoot raha".

The same after the gym, mild ("thoda sa"), beside a tooth, a fever or an injection that explains it, told
as long past, or without any sweat is no emergency.

None of these messages is in the patient set; each checks a reading, not one wording.
"""

from __future__ import annotations

import pytest

from medlink.chatbot import ChatBot

from .conftest import assert_emergency, assert_not_emergency

ARM_OR_JAW_WITH_SWEAT = [
    "maa ke baye haath me bhaaripan hai aur thanda pasina aa raha hai",
    "papar chowal e byatha, bam haat bhari lagchhe, khub ghamchhe",
    "husband ke jabde me dard aur pasina chhoot raha hai",
    "his left arm feels heavy and he is sweating a lot",
]

NOT_AN_EMERGENCY = [
    "gym ke baad left arm bhari lagta hai, pasina bahut aata hai",
    "left arm thoda sa bhari, garmi me pasina",
    "dant me dard, jabde me dard, pasina aa raha bukhar se",
    "left arm me injection ke baad bhaari, pasina aa raha",
    "last year papa ko jabde me dard aur pasina hua tha",
    "bam haat ta bhari lagchhe",
]


@pytest.mark.parametrize("message", ARM_OR_JAW_WITH_SWEAT)
def test_jaw_or_left_arm_heaviness_with_sweat_is_an_emergency(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message)


@pytest.mark.parametrize("message", NOT_AN_EMERGENCY)
def test_explained_mild_or_old_arm_heaviness_is_no_emergency(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)
