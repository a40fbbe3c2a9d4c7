"""Whether to take or give a medicine, and whether before or after food, asked in Marathi or Bengali
words, is a dose request: the Marathi "deu ka" / "gheu ka" (may I give / take it?), "deta yeil ka",
"gheta yeil ka" (can it be given / taken?), the Hindi "crocin lu kya", and the Bengali "khabar por na
age" (after food or before), "khali pete" (on an empty stomach). The reply sends the asker to a doctor or
pharmacist and names no dose.

The same words with no medicine ask no dose: taking a child to the dispensary ("davakhanyat gheu ka";
"davakhana" is kept whole, never read as "dava", a medicine), showing a report ("report dikha du kya"),
or a pain after a meal ("bhaat khawar por pet byatha").

None of these messages is in the patient set; each checks a kind of wording, not one sentence.
"""

from __future__ import annotations

import pytest

from medlink.chatbot import ChatBot

from .conftest import assert_dose_redirected

DOSE_ASKED = [
    "aai la paracetamol deu ka, tap aahe",
    "mala crocin gheu ka, doke dukhat aahe",
    "amlodipine gheu ka aaj, bp kami aahe",
    "babanna metformin gheta yeil ka",
    "mulala calpol deta yeil ka",
    "crocin lu kya sar dard hai",
    "baba ke metformin khabar age dibo na pore",
    "thyroxine khali pete khabo",
    "ma ke amlodipine khawar por dile hobe",
]

NO_DOSE = [
    "mulala davakhanyat gheu ka, tap aahe",
    "doctor ko report dikha du kya",
    "bhaat khawar por pet byatha kore",
]


@pytest.mark.parametrize("message", DOSE_ASKED)
def test_whether_to_take_a_medicine_is_redirected(bot: ChatBot, message: str) -> None:
    assert_dose_redirected(bot, message)


@pytest.mark.parametrize("message", NO_DOSE)
def test_the_same_words_without_a_medicine_ask_no_dose(bot: ChatBot, message: str) -> None:
    assert not bot.reply(message).dose_redirect, message
