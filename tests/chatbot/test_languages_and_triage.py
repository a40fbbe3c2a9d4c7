"""Hindi in and out, concept red flags, time per clause, and who is asking."""

from __future__ import annotations

import pytest

from medlink.chatbot import ChatBot, StaticChatContext, detect_language
from medlink.chatbot.text import tokenize

from .conftest import DOCTORS


def test_normalisation_keeps_devanagari_and_folds_variants() -> None:
    assert tokenize("मुझे बुखार है") == ["मुझे", "बुखार", "है"]
    assert tokenize("साँस") == tokenize("सांस")  # chandrabindu = anusvara
    assert tokenize("ज़्यादा") == tokenize("ज्यादा")  # nukta dropped
    assert tokenize("क्\u200dष") == ["क्ष"]  # zero-width joiner removed
    assert tokenize("café, ठीक") == ["cafe", ".", "ठीक"]
    assert detect_language("सीने में दर्द") == "hi" and detect_language("seene me dard") == "en"
    assert detect_language("🙂") is None


def test_language_preference_and_detection(bot: ChatBot) -> None:
    assert bot.reply("what is dengue").language == "en"
    hindi = bot.reply("what is dengue", language="hi")
    assert hindi.language == "hi" and "डेंगू" in hindi.text and "dengue" in hindi.topics
    assert bot.reply("डेंगू क्या है", language="en").language == "hi"  # asked in Hindi
    assert ChatBot(language="hi").reply("hello").text.startswith("नमस्ते")
    assert bot.reply("hello", language="xx").language == "en"


@pytest.mark.parametrize(
    "message",
    [
        "papa ka muh tedha ho gaya aur bol nahi pa rahe",  # FAST in Hinglish
        "heaviness in my chest and sweating",  # no word "pain"
        "my daughter swallowed 12 of my tablets",  # a count, not "too many"
        "bachche ne keede maarne ki dawa pee li",  # poisoning in Hinglish
        "sugar 42 and he is confused",  # a glucose value
        "inhaler is not helping at all",
        "7 months pregnant, severe headache and blurred vision",  # pre-eclampsia signs
        "my 3 week old baby is not feeding",  # newborn danger sign
        "son fell off the bike, hit his head, now very drowsy",
        "my face and tongue are swelling after eating peanuts and i can barely breathe",
    ],
)
def test_concept_red_flags(bot: ChatBot, message: str) -> None:
    reply = bot.reply(message)
    assert reply.intent == "emergency", message
    assert "112" in reply.text and "108" in reply.text


def test_old_events_stay_old_per_clause(bot: ChatBot) -> None:
    assert bot.reply("had a stroke 3 years ago, how to prevent another").intent == "remedy"
    assert bot.reply("my father had a heart attack in 2019, what diet now").intent != "emergency"
    assert bot.reply("he had a stroke years ago but now his face is drooping").intent == "emergency"
    assert bot.reply("what are the signs of a stroke").intent == "disease_info"
    assert bot.reply("seene me dard nahi hai, bas khansi").intent != "emergency"


def test_self_harm_in_hindi_gets_tele_manas(bot: ChatBot) -> None:
    reply = bot.reply("मैं अपनी जान दे दूंगा")
    assert reply.intent == "emergency" and reply.language == "hi"
    assert "14416" in reply.text and "112" in reply.text


def test_short_word_typos_against_the_medical_lexicon(bot: ChatBot) -> None:
    assert bot.reply("severe chst pian").intent == "emergency"
    assert bot.reply("pet drd").intent == "symptom_check"


def test_age_pregnancy_and_profile_route_the_answer(bot: ChatBot) -> None:
    assert bot.reply("my 4 year old has fever and cough").speciality == "Paediatrician"
    assert bot.reply("I am pregnant and have heartburn").speciality == "Gynaecologist"
    child = ChatBot(StaticChatContext(patient_name="Ravi", doctors=DOCTORS, patient_age_years=7))
    assert child.reply("I have fever and cough").speciality == "Paediatrician"
    assert child.reply("my father has fever and cough").speciality != "Paediatrician"
    pregnant = ChatBot(StaticChatContext(patient_name="Asha", patient_sex="female", patient_pregnant=True))
    assert pregnant.reply("I have bleeding").intent == "emergency"


def test_dose_request_is_redirected(bot: ChatBot) -> None:
    for q in ("metformin 500 ya 1000 kitna lu", "बच्चे को बुखार की दवा कितनी दें", "how many puffs of inhaler"):
        reply = bot.reply(q)
        assert reply.dose_redirect and reply.intent != "emergency", q
        assert "pharmacist" in reply.text or "फार्मासिस्ट" in reply.text
