"""Words that only look like a sign beside the chest are no sign. "baar" (times: "kitni baar", "ek baar"),
"baare" (about: "chhati ke baare me") and "barabar" (properly, all the time) share the spelling skeleton
of "bhaar" (a weight on the chest), so a chest X-ray asked about twice or a doctor who said nothing about
the chest read as a heavy chest: the heaviness is now "bhaar" as typed. "stable" (the state of a patient
after a heart attack) is no stab wound, and a "stabbing pain" in the knee is a kind of pain, no knife
wound. A weight on the chest told as "bhaar" or "bhaari", and a stab with a knife, are still emergencies,
and so is a stabbing pain low on the right of the belly with fever, when one cannot even walk straight.

None of these messages is in the patient set; each checks a word family, not one wording.
"""

from __future__ import annotations

import pytest

from medlink.chatbot import ChatBot

from .conftest import assert_emergency, assert_not_emergency

NO_SIGN_BESIDE_THE_CHEST = [
    "bachhe ko kitni baar chest physiotherapy karwani chahiye",
    "seene ki xray ek baar aur karani padegi kya",
    "do baar chest xray hua, sab theek aaya",
    "doctor ne chhati ke baare me kuch nahi bola, bas xray karaya",
    "chest me barabar cough jama rehta hai sardi me",
    "chhati ka xray barabar aaya, report normal",
    "papa stable now after the bypass, what diet should he follow",
    "condition stable hai ab, ghar kab la sakte hai",
    "stabbing pain in my knee since this morning",
    "heel me stabbing pain hota hai subah uthte hi",
]

CHEST_WEIGHT_AND_STABS = [
    "seene pe bhaar sa lag raha hai, pasina aa raha",
    "chhati me bhaari pan aur left haath me dard",
    "chest pe bahut bhaar lag raha hai aur saans phool rahi",
    "he was stabbed with a knife, bleeding a lot",
    "chaku se stab kiya, khoon beh raha",
    "sharp stabbing pain low on the right side of the belly since night, fever, cant even walk straight",
]


@pytest.mark.parametrize("message", NO_SIGN_BESIDE_THE_CHEST)
def test_times_about_stable_and_a_stabbing_knee_are_no_emergency(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)


@pytest.mark.parametrize("message", CHEST_WEIGHT_AND_STABS)
def test_a_weight_on_the_chest_and_a_stab_stay_emergencies(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message, number="108")
