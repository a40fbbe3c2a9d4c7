"""When in the day or beside which meal to take a medicine, and how often, asked in other words and
languages, is a dose question sent to a doctor or pharmacist: "subah leni hai ya raat ko", "bhojan ke baad
lena hai ya pehle", the Bengali "khabar age na pore" and "adha tablet dibo", the Gujarati "jamya pehla", the
Tamil "saapadukku munnadi", the Kannada "oota munche", the Punjabi "roti ton pehla", and the Nepali "kati
choti" (how many times). A meal told without a medicine ("bhojan ke baad pet me dard") is no dose question.

None of these messages is in the patient set; each checks a word family, not one wording.
"""

from __future__ import annotations

import pytest

from medlink.chatbot import ChatBot

from .conftest import assert_dose_redirected

DOSE_ASKS = [
    "sugar ki goli subah leni hai ya raat ko",
    "thyroid ki dawai subah lena hai ya shaam ko",
    "bhojan ke baad lena hai ya pehle, amoxicillin",
    "khabar age na pore khabo omeprazole",
    "adha tablet dibo ki baccha ke, paracetamol",
    "metformin jamya pehla levani ke pachhi",
    "saapadukku munnadi paracetamol podalama",
    "oota munche dolo tagobeku",
    "roti ton pehla goli leni aa",
    "din ma kati choti paracetamol khane",
]


@pytest.mark.parametrize("message", DOSE_ASKS)
def test_time_of_day_meal_and_how_often_are_dose_questions(bot: ChatBot, message: str) -> None:
    assert_dose_redirected(bot, message)


@pytest.mark.parametrize("message", ["bhojan ke baad pet me dard hota hai", "khana khane ke baad gas banti hai, kya karu"])
def test_a_meal_without_a_medicine_is_no_dose_question(bot: ChatBot, message: str) -> None:
    assert not bot.reply(message).dose_redirect
