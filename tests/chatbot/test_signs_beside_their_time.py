"""Danger signs that other words used to hide: fits "in a row" or going on for minutes (no "fits in
well"), a sign of a family member told after an old event of the same sentence ("after angioplasty last
year my father suddenly ..."), a swollen belly with no stool and vomiting told with "nahi hui", pain "like
a knife" that stops a person standing, a child gagging with no sound or turning blue, and heat stroke
told without the sun (a burning body that stopped sweating, with a fall or a changed mind) or with the
temperature in Hindi spelling ("46 digri") — beside the same words in their everyday senses.

None of these messages is in the patient set; each checks a concept, not one wording.
"""

from __future__ import annotations

import re

import pytest

from medlink.chatbot import ChatBot

from .conftest import assert_emergency, assert_not_emergency

_DEVANAGARI = re.compile("[\u0900-\u097f]")

EMERGENCIES = [
    "my daughter had two fits in a row and has not woken up since",
    "seizures in a row since 10 minutes, he is not coming back to his senses",
    "fits in the bus for more than five minutes, still jerking",
    "after bypass surgery two years ago my mother suddenly cannot speak properly, started 20 min ago",
    "after his stroke last year my uncle suddenly cant move his right hand since half an hour",
    "pet bahut phool gaya, 2 din se tatti nahi aayi, ulti ho rahi hai",
    "stomach swollen and hard, no motion since 3 days, vomiting green",
    "pet me chhuri jaisa dard, pasina aa raha, khade nahi ho pa rahe",
    "sudden knife like pain in the belly, cannot stand up",
    "पेट में छुरी जैसा दर्द, खड़े नहीं हो पा रहे",
    "toddler gagging on a grape, no sound, going blue",
    "baby ka chehra neela pad raha hai",
    "factory me 46 digri garmi, mazdoor gir gaya, sharir tap raha",
    "body very hot, stopped sweating and now confused",
    "chakkar aake gir gaye, sharir bahut garam, pasina bilkul band",
]

EVERYDAY = [
    "she fits in well with her new class",
    "this shoe fits me perfectly",
    "ungli pe chot lagi, neeli pad gayi",
    "my son has a blue bruise on the knee, turning blue colour",
    "3 din se potty nahi hui, kya khaun",
    "baby gags on new foods, is it normal",
    "my son had fits in 2019, on medicine now, can he swim",
    "what to do if fits last more than 5 minutes",
    "heart attack ke baad last year se walking karta hu, kitna chalna chahiye",
    "stomach pain like a knife when i eat spicy food sometimes, for months",
]


@pytest.mark.parametrize("message", EMERGENCIES)
def test_a_sign_once_hidden_by_other_words_is_an_emergency(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message, lang="hi" if _DEVANAGARI.search(message) else None)


@pytest.mark.parametrize("message", EVERYDAY)
def test_the_same_words_in_their_everyday_senses_stay_calm(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)
