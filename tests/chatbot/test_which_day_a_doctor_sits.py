"""On which day a doctor sits (sees patients), asked with a verb of sitting after a day, is a question
about the clinic's days (``appointments``): Hindi / Bhojpuri "kaun din baithte", Punjabi "kehde din
baithde", Bengali "kon din bosen", Gujarati "kaya vaare bese", Marathi "konatya divshi bastat", Odia
"kau dina basanti", or a weekday named before the verb ("somvar ko baithte hain"). Sitting told
without a doctor or without a day asked ("do din se baithe baithe pair sujh gaye") is not so read.

None of these messages is in the patient set; each checks a question shape, not one wording.
"""

from __future__ import annotations

import pytest

from medlink.chatbot import ChatBot

from .conftest import assert_intent, assert_not_intent

ASKS_THE_DAYS = [
    "Dr Mehra kaun se din baithte hain",
    "डॉ. वर्मा किस दिन बैठते हैं? माँ को दिखाना है",
    "dr kapoor somvar ko baithenge kya",
    "skin wale doctor kehde din baithde ne",
    "doctor babu kon din bosen? baba ke dekhabo",
    "Dr Patel kaya vaare bese che, mummy ne batavvu che",
    "डॉक्टर कोणत्या दिवशी बसतात, आईला दाखवायचं आहे",
    "dr mohanty kau dina basanti",
]

NOT_THE_DAYS = [
    "do din se baithe baithe pair sujh gaye",
    "office me 10 ghante baithta hu, kamar dard",
]


@pytest.mark.parametrize("message", ASKS_THE_DAYS)
def test_which_day_a_doctor_sits_asks_for_the_days(bot: ChatBot, message: str) -> None:
    assert_intent(bot, message, "appointments")


@pytest.mark.parametrize("message", NOT_THE_DAYS)
def test_sitting_without_a_doctor_and_a_day_asked_is_no_booking(bot: ChatBot, message: str) -> None:
    assert_not_intent(bot, message, "appointments")
