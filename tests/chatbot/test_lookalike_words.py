"""Words that look like a danger word but are not one: a film over the eye ("aankh me jaala", the
cobweb) is a cataract and no burn ("jala"); the Maithili bed ("बिछाओन") is no scorpion ("बिच्छू") and the
Maithili "करैत अछि" ("does") no krait; breath that stops at night in someone who snores ("kharrate",
"ghurrate") is sleep apnoea told as a habit; a stroke "2 saal paili" (Kumaoni: two years ago) is old.

The dangers they resemble still get the emergency answer: a krait or a scorpion that bit, a baby not
breathing in its sleep.

None of these messages is in the patient set; each checks a concept, not one wording.
"""

from __future__ import annotations

import pytest

from medlink.chatbot import ChatBot

from .conftest import assert_emergency, assert_not_emergency

CALM = [
    ("nani ki aankh me jaala sa aa gaya hai, sab dhundhla dikhta hai", "cataract"),
    ("बौआ बिछाओन पर सूतल अछि, खाँसी बहुत करैत अछि", None),
    ("हमर माथ बहुत दर्द करैत अछि, दू दिन सँ", "headache"),
    ("papa raat ko bahut kharrate lete hain, beech me saans ruk jaati hai, din me neend aati hai", "sleep_apnea"),
    ("dadi ko 2 saal paili lakwa maaro tho, ab thik chhan, kya khilayein", "stroke"),
]


@pytest.mark.parametrize(("message", "topic"), CALM)
def test_a_lookalike_of_a_danger_word_is_no_emergency(bot: ChatBot, message: str, topic: str | None) -> None:
    assert_not_emergency(bot, message, topics=topic)


EMERGENCIES = [
    "करैत साँप ने पापा को काटा है खेत में",
    "bichhu ne beti ko kaat liya, bahut ro rahi",
    "baby neend me saans nahi le raha, neela pad gaya",
]


@pytest.mark.parametrize("message", EMERGENCIES)
def test_the_danger_itself_still_gets_the_emergency_answer(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message, number="108")
