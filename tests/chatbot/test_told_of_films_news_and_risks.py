"""A sign told of a film, a serial, the news or a video ("serial me heroine behosh ho gayi", "film me snake
bite ke baad usne zeher choosa", Telugu "cinema lo", Tamil "padathula", "in the movie the guy had a
seizure") is a story, not an event: it is answered as a question. So is a question of risk ("febrile
seizure ka khatra hai kya") told with nothing happening, a Bengali "jodi ... tahole" (if ... then), an age
in the past ("fits at age 2, he is 6 now") and "ye traffic jaan le lega" (this traffic will kill me, an
idiom). A sign of one's own family told beside a film ("movie dekhte dekhte papa ko seene me tez dard",
"film me gaye the, wahan mummy behosh ho gayi"), a sign happening told with a question of risk ("bachhe ko
daura pad raha hai khatra hai kya"), and a wish to take one's own life ("apni jaan le lunga") are still
emergencies.

None of these messages is in the patient set; each checks a kind of telling, not one wording.
"""

from __future__ import annotations

import pytest

from medlink.chatbot import ChatBot

from .conftest import assert_emergency, assert_not_emergency

STORIES_AND_QUESTIONS = [
    "serial me heroine behosh ho gayi, aisa sach me hota hai kya",
    "film me snake bite ke baad usne zeher choosa, kya ye sahi hai",
    "in the movie the guy had a seizure and they put a spoon in his mouth, is that right",
    "cinema lo hero ki heart attack vachindi, nijamga ala avutunda",
    "padathula hero ku heart attack vandhuchu, unmaiyava",
    "natak me raja ko zeher diya gaya, kya aise turant maut hoti hai",
    "bacche ko febrile seizure ka khatra hai kya, family me kisi ko tha",
    "jodi baccha jhatka dey tahole ki korbo",
    "ki korbo jodi keu ogyan hoye jay",
    "my son had febrile fits at age 2, he is 6 now, will it come back",
    "ye traffic jaan le lega",
    "ye garmi meri jaan le legi, kya piyu",
]

STILL_EMERGENCIES = [
    "movie dekhte dekhte papa ko seene me tez dard aur pasina",
    "film me gaye the, wahan mummy behosh ho gayi",
    "movie me papa ko chest pain hone laga aur pasina aa raha hai",
    "cinema hall me papa behosh ho gaye, abhi hosh nahi aaya",
    "tv pe serial chal raha tha, dadi achanak gir gayi aur bol nahi pa rahi",
    "bachhe ko daura pad raha hai khatra hai kya",
    "papa ko seene me tez dard ho raha hai risk hai kya heart attack ka",
    "ma ogyan hoye gechhe ki korbo jodi ambulance na ase",
]


@pytest.mark.parametrize("message", STORIES_AND_QUESTIONS)
def test_stories_and_questions_of_risk_are_no_emergency(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)


@pytest.mark.parametrize("message", STILL_EMERGENCIES)
def test_signs_happening_beside_them_are_still_emergencies(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message, number="108")


def test_taking_ones_own_life_is_still_self_harm(bot: ChatBot) -> None:
    assert_emergency(bot, "main apni jaan le lunga, ab aur nahi", number="14416")
