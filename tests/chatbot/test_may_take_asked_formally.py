"""Whether a medicine "may" be taken, asked in formal English ("kindly advise whether I may take…", "may I
give my son…", "is it okay to take…") is a question before taking, not tablets already swallowed: a
medicine's strength or a count in the question ("Crocin 500", "Telma 40", "how many in a day") raises no
overdose alarm, and the question is redirected to a doctor or pharmacist. Tablets already swallowed in
the same formal words are still a poisoning emergency.

None of these messages is in the patient set; each checks a kind of question, not one wording.
"""

from __future__ import annotations

import pytest

from medlink.chatbot import ChatBot

from .conftest import assert_dose_redirected, assert_emergency

ASKED_FIRST = [
    "Kindly let me know whether I may take Dolo 650 together with my sugar tablet Glycomet 500, and how many in a day",
    "may i give my son of 6 two tablets of calpol 250 at night",
    "Is it okay to take Pan 40 with Amlong 5 in the morning, how many per day is allowed",
    "Please advise if we may take Ecosprin 75 along with Telma 40 daily",
]

SWALLOWED = [
    "Kindly help, my father has taken 20 tablets of Telma 40 at once, he is drowsy",
    "i think i may have taken too many, 15 sleeping tablets are gone from the strip",
]


@pytest.mark.parametrize("message", ASKED_FIRST)
def test_asked_before_taking_is_redirected(bot: ChatBot, message: str) -> None:
    assert_dose_redirected(bot, message)


@pytest.mark.parametrize("message", SWALLOWED)
def test_already_swallowed_is_still_an_emergency(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message)
