"""A sign denied is no sign. "behosh nahi hua" (did not faint) is denied even though "nahi hua" is also
the word of a baby's movements not felt ("harkat nahi hui"): that term keeps its denial from the words it
makes a sign with, not from fainting. "na ... na ..." (neither ... nor: "na behosh hua na ulti hui") denies
both signs, and the Bengali, Nepali and Odia denials after the verb ("ogyan hoyni", "behosh bhayena") deny
the sign before them. A baby's movements not felt in pregnancy, a person who fainted and does not come to,
and a "na" of a plea ("jaldi batao na") are still emergencies.

None of these messages is in the patient set; each checks a kind of denial, not one wording.
"""

from __future__ import annotations

import pytest

from medlink.chatbot import ChatBot

from .conftest import assert_emergency, assert_not_emergency

DENIED = [
    "saans theek hai, behosh nahi hua, bas thoda sir dard",
    "wo behosh nahi hui, bas chakkar aaya tha",
    "dadi behosh nahi hui thi, sirf kamzori lagi",
    "na behosh hua na ulti hui, bas sir pe gumda aa gaya",
    "wo na behosh hui na gir padi, bas kamzori hai",
    "ogyan hoyni, shudhu matha ghurchilo",
    "baba ogyan hoyni, ektu durbol lagchhe",
]

STILL_EMERGENCIES = [
    "baby ki harkat nahi hui kal se, 8 mahine ki pregnant hu",
    "8 month pregnant, movement nahi ho rahi subah se",
    "papa behosh ho gaye, hosh nahi aa raha",
    "jaldi batao na behosh ho gaye papa",
    "papa behosh ho gaye na, jaldi batao na",
    "ma ogyan hoye gechhe, saara dichhe na",
]


@pytest.mark.parametrize("message", DENIED)
def test_fainting_denied_is_no_emergency(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)


@pytest.mark.parametrize("message", STILL_EMERGENCIES)
def test_signs_told_are_still_emergencies(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message, number="108")
