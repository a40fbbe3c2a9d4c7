"""A danger asked about ahead of time, long over, or passing in minutes is no emergency; the same danger
happening now still is.

- Asked ahead: a Bhojpuri / Hindi subjunctive ("saanp kate to", if a snake bites; "bichhu dank mare to"),
  "jab koi … gire to" (whenever someone falls), "abhi hua nahi" (it has not happened) anywhere in the
  message, "just curious", and the Malayalam conditional "aayal … engane" (if it happens, how).
- Long over: a stroke "kazhinja varsham" (last year, Malayalam) asked about for care now.
- Not a fit: knees that stiffen in the morning ("gode akad jaate", Punjabi "gode" = knees).
- Passing: breath short "for 2 min, then fine" before a presentation.

None of these messages is in the patient set; each checks a concept, not one wording.
"""

from __future__ import annotations

import pytest

from medlink.chatbot import ChatBot

from .conftest import assert_emergency, assert_not_emergency

ASKED_AHEAD_OR_OVER = [
    "saanp kate to ka karna chahi, gaon me log kahat hain",
    "bichhu dank mare to kya lagaye",
    "jab koi ped se gire to ka kare ke chahi",
    "bachhe ne ek iron ki goli kha li to kya khatra hai, abhi hua nahi",
    "just curious, if heart attack comes at night alone what to do",
    "movie il kandu, choking aayal engane help cheyyum, just curious",
    "ammachi ku kazhinja varsham stroke vannu, ippo enthu kazhikkanam",
    "subah uthte hi mere gode akad jaate hain, dard bhi rehta",
    "presentation se pehle cant breathe for 2 min, then fine, is it anxiety",
]


@pytest.mark.parametrize("message", ASKED_AHEAD_OR_OVER)
def test_a_danger_asked_ahead_over_or_passing_is_no_emergency(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)


HAPPENING_NOW = [
    "saanp ne kaata hai abhi pair pe, kya karein",
    "bachhe ne iron ki 10 goli kha li abhi, kya karein",
    "ammachi ku kazhinja varsham stroke vannu, innu veendum mukham kodi poyi",
    "baccha gir gaya, ghutne pe chot, ab jhatke aa rahe hain aur sharir akad gaya",
    "jab koi upar se gira to behosh ho gaya, abhi bhi hosh nahi aaya",
]


@pytest.mark.parametrize("message", HAPPENING_NOW)
def test_the_same_danger_happening_now_is_an_emergency(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message)
