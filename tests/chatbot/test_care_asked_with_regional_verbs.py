"""What to do, eat, give or apply, asked with the question word and the verb of another Indian language,
asks for care: the verb is read by its stem and its ending of should / shall, so the Telugu "em tinali"
(what should one eat), "em cheyali", "em tagali" (what to drink), the Tamil "enna saapdanum", the Kannada
"enu tinnabeku", the Malayalam "enthu kodukkanam", the Bengali "ki khawabo" (what shall I feed), the Odia
"kana khaiba", the Angika / Maithili "ki lagabiyai" (what shall I apply) and "ki khilabiyai", the Bhojpuri
"ka deb" (what shall I give) and "ka khaayin", the Haryanvi "ke khavavan" and "kaise bachabo" (how to keep
safe) are read as "kya khaye", "kya kare", "kya lagaye", "kya dun", "kaise bachaye": a remedy answer for
the condition told beside them, not a triage of it.

Only a stem of a verb of care with such an ending, right after a question word, is read so: the Hindi
genitive before an ordinary word ("thand ke karan", because of the cold; "subah ke khaali pet", on an
empty stomach; "bacche ke garam haath", the child's hot hands) and a complaint told with no question
stay a complaint to triage.

None of these messages is in the patient set; each checks a way of asking, not one wording.
"""

from __future__ import annotations

import pytest

from medlink.chatbot import ChatBot

from .conftest import assert_intent

CARE_ASKED = [
    ("amma ki sugar undi, em tinali", "diabetes"),
    ("thaatha ku BP irukku, enna saapdanum", "hypertension"),
    ("ajji ge sugar ide, enu tinnabeku", "diabetes"),
    ("maa ko kabz hai, kana khaiba", "constipation"),
    ("bacha ke dast ho gail, ka khiyaib", "diarrhoea"),
    ("papa ke ghutne me dard, ki lagabiyai", "arthritis"),
    ("muh me chhale, ka lagaib", "mouth_ulcer"),
    ("nana ko sugar, kaise bachabo", "diabetes"),
    ("beta ko dast lagal ba, ka deb", "diarrhoea"),
    ("amma ki acidity ekkuva, em tinali", "gastritis"),
    ("chhotu ke kabj, ki khilabiyai", "constipation"),
    ("appa ku sugar, enna kudikkanum", "diabetes"),
]


@pytest.mark.parametrize(("message", "topic"), CARE_ASKED)
def test_care_asked_with_a_regional_verb_gets_care_for_the_condition(bot: ChatBot, message: str, topic: str) -> None:
    assert_intent(bot, message, "remedy", topic)


@pytest.mark.parametrize("message", ["jwaram vachindi, em cheyali", "babur jor hoyeche, ki khawabo"])
def test_what_to_do_for_a_fever_asked_regionally_gets_care(bot: ChatBot, message: str) -> None:
    assert_intent(bot, message, "remedy")


COMPLAINTS_TOLD = [
    "thand ke karan khansi aa rahi hai",
    "subah ke khaali pet sugar 130 aayi",
    "bacche ke garam haath pair, bukhar",
    "ki khane ke baad pet dard hota hai",
]


@pytest.mark.parametrize("message", COMPLAINTS_TOLD)
def test_a_genitive_before_an_ordinary_word_asks_for_no_care(bot: ChatBot, message: str) -> None:
    assert_intent(bot, message, "symptom_check")
