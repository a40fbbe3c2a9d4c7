"""A person who cannot be woken, told in Assamese, is an emergency.

"jagabo para nai" / "jagabo nuwari" (cannot be woken) stays as typed, never corrected to another word;
with a call or a shake ("matile", "jokarile") it is unconsciousness, and in a child with fever
("jor", "bukhar") it is a child's danger sign. So is a feverish child who cannot be woken told in
Hindi or English.

A child with fever who only slept late, someone who did not wake for an alarm and is fine today, and a
call asked about on the phone are no emergency.

None of these messages is in the patient set; each checks a word family, not one wording.
"""

from __future__ import annotations

import pytest

from medlink.chatbot import ChatBot

from .conftest import assert_emergency, assert_not_emergency

EMERGENCIES = [
    "deuta k matile aru jokarile jagabo nuwari",
    "bacha 3 saal, jor ase 103, jagabo para nai",
    "beti 2 saal, bukhar hai, jagane par bhi nahi jag rahi",
    "my 3 year old has high fever and we cannot wake her properly",
]

NOT_EMERGENCIES = [
    "my 4 year old had fever, he did not wake up for school, slept till 9",
    "kali rati jagabo para nai, aji thik ase",
    "alarm dileo pua jagabo para nai, office late",
    "mama matile sara nidiye ki? phone korile",
]


@pytest.mark.parametrize("message", EMERGENCIES)
def test_cannot_be_woken_is_emergency(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message)


@pytest.mark.parametrize("message", NOT_EMERGENCIES)
def test_slept_late_or_past_is_not_emergency(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)
