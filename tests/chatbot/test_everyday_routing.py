"""Everyday routing: the ways patients ask for a dose change, a price, what the assistant does,
what a condition is and what to do, in English, Hinglish and the regional forms typed at the clinic.

None of these messages is in the patient set; each checks a concept, not one wording.
"""

from __future__ import annotations

import re

import pytest

from medlink.chatbot import ChatBot

#: an amount of a medicine in a reply ("500 mg", "2 tablets a day"; not a reading in mg/dL)
_DOSE_IN_TEXT = re.compile(r"\b\d+(?:\.\d+)?\s*(?:mg(?!\s*/\s*dl)|ml|mcg|units?|iu|tablets? (?:a|per|every)|times a day)\b", re.I)


@pytest.mark.parametrize(
    "message",
    [
        "amlodipine 5 chal rahi hai, bp abhi bhi 150, kya main usko 10 kar lu",
        "glimepiride 1 leti hu, sugar 250 aa rahi, 2 kar du kya",
        "can i double my metformin, sugar is still high",
        "should i increase my thyroxine, tsh came 7",
        "telmisartan apne aap se ghata du? bp 110 aa raha",
        "mummy ki atorvastatin khud se kam kar de kya, cholesterol normal aa gaya",
    ],
)
def test_changing_a_named_medicine_on_ones_own_is_redirected(bot: ChatBot, message: str) -> None:
    """Raising, lowering or setting a new strength of a named medicine asks for a dose: the reply sends
    the patient to the doctor or pharmacist and names no amount."""
    reply = bot.reply(message)
    assert reply.dose_redirect, (message, reply.intent)
    assert "pharmacist" in reply.text or "फार्मासिस्ट" in reply.text
    assert not _DOSE_IN_TEXT.search(reply.text)
    assert reply.intent != "emergency"


@pytest.mark.parametrize(
    "message",
    [
        "sugar 220 ho gayi hai, metformin leta hu, kya karu",
        "bp 150/95 aaya, amlodipine subah li thi",
        "how to increase haemoglobin naturally",
    ],
)
def test_a_reading_beside_a_medicine_is_no_dose_change(bot: ChatBot, message: str) -> None:
    assert not bot.reply(message).dose_redirect, message


@pytest.mark.parametrize(
    "message",
    [
        "how much is an x-ray in your clinic",
        "how much for thyroid test",
        "sonography ka kharcha kitna hai",
        "echo test kitne ka hai",
        "एक्स-रे का कितना खर्चा आएगा",
        "ecg na ketla rupiya lagse",
        "dialysis kitna kharcha aata hai ek baar ka",
    ],
)
def test_the_price_of_a_test_or_procedure_is_a_fees_question(bot: ChatBot, message: str) -> None:
    assert bot.reply(message).intent == "fees", message


@pytest.mark.parametrize(
    "message",
    [
        "my pulse rate is 110 at rest, do i need an ecg",
        "how much is normal sugar in a blood test",
        "sugar test kitni baar karwana chahiye",
    ],
)
def test_a_rate_or_an_amount_that_is_no_price_is_not_fees(bot: ChatBot, message: str) -> None:
    assert bot.reply(message).intent != "fees", message
