"""A baby's age is read however a family tells it, so that the danger signs of a young infant (not feeding,
cold body, fever, very sleepy) raise the newborn emergency: the Telugu "papa" before days or weeks told in
English ("papa 3 weeks."), the Punjabi "kuri nu 10 din hoye ne" (ten days have passed for the girl), the
Nagpuri / Khortha "chhuaa 15 din ka heke" (is fifteen days old), the Garhwali "nano 2 hafta ko chha", and an
age told as the time not yet reached: "1 mahina bhi nahi hua", the Bengali "1 mash o hoyni".

A duration of the Hindi father's illness ("papa 6 weeks se bimar"), the time since a medicine was started
("dawai shuru kiye 1 mahina bhi nahi hua") or a daughter's marriage, and an older Telugu baby ("papa 2 years")
are no newborn emergency.

None of these messages is in the patient set; each checks a way of telling an age, not one wording.
"""

from __future__ import annotations

import pytest

from medlink.chatbot import ChatBot

from .conftest import assert_emergency, assert_not_emergency

YOUNG_INFANTS_IN_DANGER = [
    "papa 3 weeks, paalu taagatledu since night",
    "papa 20 days. body challaga undi",
    "saadi kuri nu 10 din hoye ne, bukhar hai",
    "munda nu 3 hafte hoye ne, dudh nahi peenda",
    "bachi ko 12 din hue hai, bahut sust hai",
    "chhuaa 15 din ka heke, bukhar hai",
    "नानो 2 हफ्ता को छ, दूध नि पीनो",
    "baby 1 mahina bhi nahi hua, bahut thanda pad gaya hai",
    "amar babu r 1 mash o hoyni, dudh khacche na",
]

NOT_A_YOUNG_INFANT = [
    "papa 6 weeks se bimar hai, bukhar hai",
    "papa ko 2 hafte hue hospital se aaye, ab bukhar hai",
    "dawai shuru kiye 1 mahina bhi nahi hua, bukhar fir aa gaya",
    "beti ki shaadi ko 2 mahine bhi nahi hue, use bukhar hai",
    "papa 2 years, bukhar hai",
    "papa 6 weeks back vaccine vesaru, ippudu baagundi",
]


@pytest.mark.parametrize("message", YOUNG_INFANTS_IN_DANGER)
def test_a_young_infants_age_told_regionally_raises_the_newborn_emergency(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message)


@pytest.mark.parametrize("message", NOT_A_YOUNG_INFANT)
def test_durations_and_older_children_are_no_newborn_emergency(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)
