"""Heat stroke and burns told in everyday and regional ways are emergencies; calm messages sharing their
words stay calm.

Checks a child left inside a car, collapse at a brick kiln, heat stroke named
as happening now (English, Hinglish, Hindi/Marathi "ushmaghat"), a gas cylinder or stove blast, acid or
chemicals spilled on the skin, Gujarati and Bengali "whole hand / whole body burnt" and clothes catching
fire, heat stroke typed as "hogaya", acid thrown, lime in the eyes, kerosene
or petrol poured to set oneself on fire and hot oil from a kadhai. A fire with a person burnt is an emergency, a fingertip
or a little burn from a flame is not. Calm: weather talk in Tamil, cooking oil reuse.
None of these messages is in the patient set.
"""

from __future__ import annotations

import pytest

from medlink.chatbot import ChatBot

from .conftest import assert_emergency, assert_not_emergency

EMERGENCIES = [
    "my little girl was left inside car in sun for long, now she is limp and very hot",
    "kiln labourer fainted, hot dry skin, talking nonsense",
    "nanaji ko sunstroke ho gaya hai",
    "chachi ko heat stroke hua hai, kya karein",
    "आजोबांना उष्माघात झाला",
    "मामा को उष्माघात हो गया",
    "gas cylinder phat gaya ghar me",
    "गैस सिलेंडर फट गया",
    "stove burst while cooking and my aunt got burned",
    "battery acid spilled on my son's leg",
    "chemical splashed on worker's arm in the factory, skin burned",
    "aakho haath dajhi gayo garam tel thi",
    "puro gaa pudhe geche",
    "kapore aagun lege gelo, pith puriye geche",
    "nani ko sunstroke hogaya lagta hai",
    "my son fainted in the afternoon sun, temperature 106",
    "kisi ne uske upar tezaab fek diya",
    "lime powder in eyes of my daughter",
    "she set herself on fire after a fight",
    "bahu ne apne upar kerosene chhidak liya",
    "kadhai ka tel bachhe ke pair pe gir gaya, bade chhale",
    "godown me aag lag gayi, do mazdoor jal gaye",
    "bus me fire hua, bhaiya jal gaye",
]

CALM = [
    "how can I avoid sunstroke this summer",
    "what is the difference between heat stroke and heat exhaustion",
    "my father had a heat stroke two years ago, any precautions now",
    "tandoori chicken is healthy or not",
    "I work near a furnace, which water bottle is best",
    "gas cylinder booking number",
    "stove burner not working, is the gas dangerous to smell",
    "acid reflux after spicy food",
    "chemical peel for acne safe?",
    "slight sunburn on shoulders after beach",
    "pura haat dukhche, jor ache",
    "veyil la romba soodu iruku, enna saapidalam",
    "kadhai ka tel kitni baar use karna chahiye",
    "is a kerosene stove safe indoors",
    "afternoon sun is good for vitamin d?",
    "agarbatti ki aag se ungli jal gayi, kya lagaun",
    "lit the gas with a matchstick fire and my hand burnt a bit",
]


@pytest.mark.parametrize("message", EMERGENCIES)
def test_heat_and_burn_emergencies(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message, number="108")


@pytest.mark.parametrize("message", CALM)
def test_calm_heat_and_burn_words(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)
