"""Formal (tatsam) Hindi, as the educated write it and as notices and letters put it, is read as the
everyday word: "वक्ष में तीव्र दबाव" is tight pressure in the chest, "श्वास में कठिनाई" trouble breathing,
"शिशु की हलचल अनुभव नहीं हो रही" a baby's movements not felt, "ज्वर" fever, "वमन" vomiting. An
emergency told so gets the emergency answer in Hindi; a calm question told so is answered in Hindi and
is no emergency.

None of these messages is in the patient set; each checks a concept, not one wording.
"""

from __future__ import annotations

import pytest

from medlink.chatbot import ChatBot

from .conftest import assert_emergency, assert_not_emergency

EMERGENCIES = [
    "पिताजी के वक्ष में तीव्र दबाव, श्वसन में कठिनाई",
    "अत्यधिक शिरोवेदना एवं नेत्रों के सामने धुंधलापन, गर्भावस्था का नवम मास",
    "पत्नी 8 मास की गर्भवती, प्रातः से शिशु की हलचल अनुभव नहीं हुई",
]


@pytest.mark.parametrize("message", EMERGENCIES)
def test_an_emergency_in_formal_hindi_gets_the_hindi_emergency_answer(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message, lang="hi", number="108")


CALM = [
    "पुत्र को दो दिवस से ज्वर एवं वमन हो रहा है",
    "पुत्र को दो दिवस से ज्वर एवं हल्की खाँसी है, क्या करें",
    "मधुमेह के रोगी को प्रातः क्या खाना चाहिए",
    "मुझे अनिद्रा की समस्या है, उपाय बताइए",
]


@pytest.mark.parametrize("message", CALM)
def test_a_calm_question_in_formal_hindi_is_answered_in_hindi(bot: ChatBot, message: str) -> None:
    reply = assert_not_emergency(bot, message)
    assert reply.language == "hi", (message, reply.language)
    assert reply.intent != "fallback", (message, reply.text[:120])
    assert "obesity" not in reply.topics, (message, reply.topics)
