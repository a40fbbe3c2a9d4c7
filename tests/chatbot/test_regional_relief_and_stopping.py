"""Everyday and regional words for the signs that make an emergency, read wherever the message is from:
an inhaler that made "koni farak" (Marwari: no difference), breath that "na aawat" (Bhojpuri: does not
come), a sugar tablet told "sugar ke goli" (the Bhojpuri genitive), bleeding that "ruke na" or "band j
nathi thatu" (Gujarati) and fits that are "band zaina" (Konkani: not stopping), Bengali and Assamese
chest words ("buke chaap", "ghama ghami": pressure in the chest, sweating), lips gone blue ("thot neel"),
a faint ("gyan haralo") and a Telugu swallowed coin ("mingesadu") are the emergencies they describe.

A heart that is sad ("dil dukhi", "dil toot gaya") is no chest pain, and a small nosebleed that stopped
or an inhaler that helped is no emergency.

None of these messages is in the patient set; each checks a concept, not one wording.
"""

from __future__ import annotations

import pytest

from medlink.chatbot import ChatBot

from .conftest import assert_emergency, assert_not_emergency

EMERGENCIES = [
    "chhota bhai ke sugar ke goli chalat ba, subah se kuch na khailas, ab kaanpat ba aur pasina",
    "dadi ne inhaler 3 baar liya koni farak, saans khinch rahi hai",
    "asthma ba, pump khatam ho gail, saans na aawat",
    "mama na naak ma thi lohi nikle che, band j nathi thatu",
    "chacha ke pair kat gail, khoon ruke na",
    "amar babar buke chaap, khub ghama ghami, bam haat bhari lagchhe",
    "ma er thot neel hoye gechhe, shwash nite parchhe na",
    "baba hothat gyan haralo, dakle sara dichhe na",
    "papa coin mingesadu, oopiri aadatledu",
    "aaji la fits yetay 4 minute, band zaina",
]


@pytest.mark.parametrize("message", EMERGENCIES)
def test_regional_words_for_danger_signs_get_the_emergency_answer(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message, number="108")


CALM = [
    "meri dost ka dil dukhi hai, break up hua",
    "mera dil toot gaya hai, kuch accha nahi lagta",
    "naak se thoda khoon aaya tha, ab band ho gaya",
    "pump lene ke baad farak pad gaya, ab theek hoon",
]


@pytest.mark.parametrize("message", CALM)
def test_sadness_and_signs_that_settled_are_no_emergency(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)
