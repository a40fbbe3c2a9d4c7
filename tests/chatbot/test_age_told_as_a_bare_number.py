"""An age told as a bare number after a word that says so ("umar 70", "papa ki umar 78 hai", "age 72,"),
or a grown-up's years told at the start of a message or right after the person ("74 bochhor, ...",
"papa 72 years") is read as the age: an old person's forgetting is then asked about as dementia. A
number of years that may be how long something lasted ("2 years, cough") or a number running on to
another word ("age 5 mg") is no age.

None of these messages is in the patient set.
"""

from __future__ import annotations

import pytest

from medlink.chatbot import ChatBot
from medlink.chatbot.concepts import age_in_months
from medlink.chatbot.text import tokenize

AGES = [
    ("umar 70, ghutno me dard", 70),
    ("papa ki umar 78 hai", 78),
    ("age 72, knee pain since a week", 72),
    ("74 bochhor, bar bar pore jai", 74),
    ("papa 72 years. sugar high", 72),
]

NO_AGES = [
    "2 years, cough on and off",
    "age 5 mg tablet",
    "3 saal se sugar hai",
]


@pytest.mark.parametrize(("message", "years"), AGES)
def test_bare_age_is_read(message: str, years: int) -> None:
    assert age_in_months(tokenize(message)) == years * 12


@pytest.mark.parametrize("message", NO_AGES)
def test_years_that_may_be_a_duration_are_no_age(message: str) -> None:
    assert age_in_months(tokenize(message)) is None


def test_old_persons_forgetting_told_with_a_bare_age_is_dementia(bot: ChatBot) -> None:
    reply = bot.reply("nani ki umar 80 hai, cheezein rakh ke bhool jaati hain")
    assert "dementia" in reply.topics, reply.topics
