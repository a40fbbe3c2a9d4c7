"""A pain told with the body part of Bengali, Marathi, Gujarati, Punjabi or Odia is a complaint about that
part, not "I didn't understand": Bengali "hatu byatha" (knee pain), Marathi "pot dukhtay" (the belly hurts)
and "ang dukhtay" (the body aches), Gujarati "sharir dukhe che", Punjabi "sareer dukhda", "dhidd vich
dard" (belly), "dand dukhda" (tooth) and "lak dard" (low back), Odia "anthu bindha" (knee), "peta bindha"
(belly), "danta bindha" (tooth), "dehare bindha" (body), "munda bula" (giddiness) and "kundei" (itching).

The same body words with no complaint are no complaint ("pot bhar gaya", "mathu garam hatu pan have saru"
— the Gujarati "hatu" is "was", never the Bengali knee by itself).

Sentences of our own, none of them in the patient set.
"""

from __future__ import annotations

import pytest

from medlink.chatbot import ChatBot

from .conftest import assert_intent, assert_not_intent

HEALTH = ("symptom_check", "remedy", "disease_info")

#: (message, symptom)
SYMPTOMS = [
    ("mayer hatu byatha, siri uthte pare na", "joint_pain"),
    ("kal theke hatur byatha", "joint_pain"),
    ("pot dukhtay sakali pasun", "stomach_pain"),
    ("aaila potat dukhte", "stomach_pain"),
    ("jwar aani ang dukhtay", "body_ache"),
    ("mane aakhu sharir dukhe che", "body_ache"),
    ("bebe da sareer dukhda", "body_ache"),
    ("dhidd vich dard ho reha", "stomach_pain"),
    ("dand dukhda raat nu", "dental"),
    ("bapa nka anthu bindha", "joint_pain"),
    ("jhia ra peta bindha hauchi", "stomach_pain"),
    ("danta bindha hauchi", "dental"),
    ("jara sahita dehare bindha", "body_ache"),
    ("munda bula hauchi", "dizziness"),
    ("dehare kundei hauchi", "itching"),
]

NOT_COMPLAINTS = [
    "pot bhar gaya khane se",
    "ang ang khil utha",
    "mathu garam hatu pan have saru che",
]


@pytest.mark.parametrize(("message", "symptom"), SYMPTOMS)
def test_a_pain_with_a_regional_body_word_is_a_complaint(bot: ChatBot, message: str, symptom: str) -> None:
    assert_intent(bot, message, HEALTH)
    analysis = bot._analyse(message)
    assert symptom in analysis.symptoms + analysis.generic, message


def test_low_back_pain_in_punjabi_names_back_pain(bot: ChatBot) -> None:
    assert_intent(bot, "lak dard ho reha do din ton", HEALTH, "back_pain")


@pytest.mark.parametrize("message", NOT_COMPLAINTS)
def test_the_body_words_alone_are_no_complaint(bot: ChatBot, message: str) -> None:
    assert_not_intent(bot, message, HEALTH + ("emergency",))
