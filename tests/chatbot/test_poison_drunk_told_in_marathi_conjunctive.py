"""A poison drunk or swallowed told with the Marathi conjunctive ("rokel piun takle", kerosene drunk down;
"kitaknashak piun ghetle", pesticide drunk; "gilun takle", swallowed) is a poisoning emergency, as the Hindi
"pi liya" is.

Water or tea drunk ("pani piun jhopla") and kerosene denied ("rokel piun nahi takle") are no emergency.

None of these messages is in the patient set; each checks a way of telling, not one wording.
"""

from __future__ import annotations

import pytest

from medlink.chatbot import ChatBot

from .conftest import assert_emergency, assert_not_emergency

POISON_DRUNK = [
    "mulane chukun rokel piun takle, ulti hot aahe",
    "aaji ne kitaknashak piun ghetle, tondala fes yetoy",
    "बाळाने रॉकेल पिऊन टाकले, खोकतोय",
]

NOT_POISONING = [
    "pani piun jhopla, thoda taap aahe",
    "chaha piun zhala, ata pot dukhtay",
    "mulane rokel piun nahi takle, fakt haatala laagle",
]


@pytest.mark.parametrize("message", POISON_DRUNK)
def test_a_poison_drunk_told_in_marathi_is_an_emergency(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message)


@pytest.mark.parametrize("message", NOT_POISONING)
def test_water_or_tea_drunk_and_poison_denied_are_no_emergency(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)
