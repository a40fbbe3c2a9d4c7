"""A poisoning, a faint or a heart attack in a TV serial, a film or a drama, told with a laugh ("serial me
saas ne bahu ko zeher de diya haha", Devanagari "सीरियल" read as "siriyal" too), is a story, not an
event: no emergency, whoever the characters are (a mother-in-law and a daughter-in-law of the serial are
no family of the writer's).

A sign told now while a show was on, even with a nervous laugh ("film dekh rahe the, mummy ko seene me tez
dard hone laga … lol", "serial dekhte dekhte papa behosh ho gaye abhi"), and a laugh beside a real bite
with no show named, stay emergencies.

None of these messages is in the patient set; each checks a kind of wording, not one sentence.
"""

from __future__ import annotations

import pytest

from medlink.chatbot import ChatBot

from .conftest import assert_emergency, assert_not_emergency

SHOWS = [
    "आज सीरियल में सास ने बहू को जहर दे दिया हाहा",
    "serial me villain ne hero ko zeher de diya lol",
    "movie me heroine behosh ho gayi haha kitni acting",
    "natak me dadi ko heart attack aaya hahaha, phir zinda ho gayi",
    "lol drama episode me bahu ne zeher pi liya",
]

TOLD_NOW = [
    "serial dekhte dekhte papa behosh ho gaye abhi, haha nahi sach me",
    "film dekh rahe the, mummy ko seene me tez dard hone laga, pasina aa raha hai lol",
    "saanp ne kaat liya haha, pair suj gaya hai",
]


@pytest.mark.parametrize("message", SHOWS)
def test_a_show_laughed_at_is_no_emergency(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)


@pytest.mark.parametrize("message", TOLD_NOW)
def test_a_sign_told_now_beside_a_show_or_a_laugh_stays_an_emergency(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message)
