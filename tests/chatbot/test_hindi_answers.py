"""Answers in Hindi: every topic of the knowledge base has plain-language Hindi texts, and a question
asked in Hindi (or with MedLink in Hindi) is answered with them, not with the English text."""

from __future__ import annotations

import re

import pytest

from medlink.chatbot import IST, ChatBot, DoctorBrief, StaticChatContext
from medlink.chatbot.knowledge import load_knowledge_base

_LATIN_WORDS = re.compile(r"[A-Za-z]{4,}")


@pytest.fixture(scope="module")
def hindi_bot() -> ChatBot:
    return ChatBot(language="hi")


def test_every_topic_has_hindi_texts_as_long_as_its_english_ones() -> None:
    kb = load_knowledge_base()
    for c in kb.conditions.values():
        hi = c.hi
        assert hi is not None, f"{c.id} has no Hindi texts"
        assert any("\u0900" <= ch <= "\u097f" for ch in hi["name"] + hi["summary"]), c.id
        # signs and prevention item by item; care and warning signs at least the first three (the
        # oldest Hindi texts are shorter summaries of the English lists)
        assert len(hi["self_care"]) >= min(3, len(c.self_care)), c.id
        assert len(hi["warning_signs"]) >= min(3, len(c.warning_signs)), c.id
        assert len(hi["symptoms"]) == len(c.symptoms), c.id
        assert len(hi["prevention"]) == len(c.prevention), c.id


def test_what_a_topic_is_is_answered_in_hindi_with_its_signs(hindi_bot: ChatBot) -> None:
    kb = load_knowledge_base()
    untranslated = []
    for c in kb.conditions.values():
        reply = hindi_bot.reply(f"What is {c.name}?")
        if reply.intent != "disease_info" or c.id not in reply.topics[:2]:
            continue  # a name that is not itself a question of information (named in routing tests)
        assert reply.language == "hi"
        hi = c.hi
        assert hi is not None
        if c.summary in reply.text or hi["summary"] not in reply.text:
            untranslated.append(c.id)
        if hi["symptoms"]:
            assert hi["symptoms"][0] in reply.text, c.id
    assert not untranslated, untranslated


def test_a_prevention_question_in_hindi_gets_the_hindi_prevention_advice(hindi_bot: ChatBot) -> None:
    kb = load_knowledge_base()
    for message, topic in (
        ("डेंगू से कैसे बचें", "dengue"),
        ("मलेरिया से बचाव कैसे करें", "malaria"),
        ("typhoid se kaise bache", "typhoid"),
    ):
        reply = hindi_bot.reply(message)
        assert reply.intent == "remedy" and topic in reply.topics, (message, reply.intent, reply.topics)
        hi = kb.conditions[topic].hi
        assert hi is not None and hi["prevention"][0] in reply.text, message
        assert "बचाव" in reply.text, message


@pytest.mark.parametrize(
    "message",
    ["डेंगू से कैसे बचें", "dengue se kaise bache", "malaria se bache kaise", "typhoid se kaise bache"],
)
def test_bache_as_to_avoid_is_not_a_child(message: str) -> None:
    """"बचें" / "bache" is "to avoid" after "kaise" / "se"; spelt like "bacche" (children), it
    must not send an adult's prevention question to the paediatrician."""
    reply = ChatBot().reply(message)
    assert reply.speciality != "Paediatrician", message
    assert "बच्चों के लिए" not in ChatBot(language="hi").reply(message).text


@pytest.mark.parametrize(
    "message", ["bache ko bukhar hai 2 din se", "bache ko dengue se kaise bachaye", "mere bache ko khansi hai"]
)
def test_bache_as_children_still_is(message: str) -> None:
    assert ChatBot().reply(message).speciality == "Paediatrician", message


def test_hindi_answers_to_everyday_topics_have_no_english_sentences(hindi_bot: ChatBot) -> None:
    """A Hindi answer may carry English names in brackets (ORS, CPR) but no English sentence."""
    for message in ("मुंहासे क्यों होते हैं", "माइग्रेन क्या है", "पथरी का इलाज क्या है", "जहर से बचाव कैसे करें"):
        reply = hindi_bot.reply(message)
        assert reply.language == "hi", message
        for line in reply.text.splitlines():
            assert len(_LATIN_WORDS.findall(line)) <= 3, (message, line)


def test_every_complaint_has_hindi_advice_given_with_a_hindi_complaint(hindi_bot: ChatBot) -> None:
    kb = load_knowledge_base()
    missing = [s.id for s in kb.symptoms.values() if not any("\u0900" <= ch <= "\u097f" for ch in s.advice_hi)]
    assert not missing, missing
    for message, symptom in (("खांसी के लिए क्या करें", "cough"), ("2 din se bukhar hai", "fever")):
        reply = hindi_bot.reply(message)
        assert kb.symptoms[symptom].advice_hi in reply.text, (message, reply.text)
        assert kb.symptoms[symptom].advice not in reply.text, message


def test_a_dose_question_in_hindi_gets_warning_signs_not_a_care_list(hindi_bot: ChatBot) -> None:
    """As in English: a dose question is redirected, and no care list (which could name amounts) follows."""
    kb = load_knowledge_base()
    reply = hindi_bot.reply("डेंगू में पैरासिटामोल कितनी गोली लें")
    assert reply.dose_redirect and "फार्मासिस्ट" in reply.text
    hi = kb.conditions["dengue"].hi
    assert hi is not None and hi["warning_signs"][0] in reply.text
    assert not any(item in reply.text for item in hi["self_care"]), reply.text


_ASKED = (
    "नमस्ते", "डेंगू से कैसे बचें", "मुंहासे क्यों होते हैं", "2 din se bukhar hai", "khansi ka ilaj",
    "typhoid kya hai", "pcos kya hai", "pet dard ka gharelu upay", "मेरी फीस", "cricket score batao",
    "आप क्या कर सकते हैं", "sir dard aur ulti 2 din se", "thyroid ka ilaj",
)


@pytest.mark.parametrize("message", _ASKED)
def test_suggestions_are_in_hindi_and_understood_as_their_english_ones(hindi_bot: ChatBot, message: str) -> None:
    """A chip is a question the patient can send with one tap: with MedLink in Hindi it is worded in Hindi,
    and sent back it gets the answer its English wording gets."""
    english_bot = ChatBot()
    hindi = hindi_bot.reply(message).suggestions
    english = english_bot.reply(message).suggestions
    assert hindi and len(hindi) == len(english), (message, hindi, english)
    for in_hindi, in_english in zip(hindi, english, strict=True):
        assert any("\u0900" <= ch <= "\u097f" for ch in in_hindi), (message, in_hindi)
        got, wanted = english_bot.reply(in_hindi), english_bot.reply(in_english)
        assert wanted.intent != "fallback", in_english  # every chip is a question MedLink understands
        assert (got.intent, got.topics[:1]) == (wanted.intent, wanted.topics[:1]), (in_hindi, in_english)


_ENGLISH_DATA_WORDS = re.compile(r"\b(fee|next free slot|no free slot|online|in person|confirmed|pending|Join|"
                                 r"Mon|Tue|Wed|Thu|Fri|Sat|Sun|Nov|AM|PM)\b")


def test_the_clinics_data_is_told_in_hindi(logged_in_context) -> None:  # type: ignore[no-untyped-def]
    """Fees, free slots, appointments and meeting links in a Hindi answer: the doctors' names and the
    link stay as they are, every word around them (and the dates) is Hindi."""
    bot = ChatBot(logged_in_context, language="hi")
    fees = bot.reply("दिल के डॉक्टर की फीस कितनी है?")
    assert fees.intent == "fees" and "Dr. Anil Rao: फीस ₹1,200.00, अगला खाली समय सोम 24 नव॰ 2025" in fees.text
    appointments = bot.reply("मेरी अपॉइंटमेंट कब है?")
    assert appointments.intent == "appointments" and "ऑनलाइन (वीडियो), पक्की" in appointments.text
    assert "मंगल 25 नव॰ 2025, 10:00 am: Dr. Anil Rao" in appointments.text
    video = bot.reply("मेरा वीडियो कॉल लिंक कहां है?")
    assert video.intent == "video_link" and "https://meet.google.com/abc-defg-hij" in video.text
    assert [a.label for a in video.actions if a.kind == "open_link"] == ["Dr. Anil Rao से जुड़ें (मंगल 25 नव॰ 2025, 10:00 am)"]
    check = bot.reply("मुझे 3 दिन से बुखार है")
    assert "हमारे क्लिनिक में सामान्य चिकित्सक" in check.text and "Dr. Sunil Sharma: फीस ₹500.00" in check.text
    for reply in (fees, appointments, video, check):
        assert not _ENGLISH_DATA_WORDS.search(reply.text), reply.text


def test_the_clinics_data_in_english_is_unchanged(logged_in_context) -> None:  # type: ignore[no-untyped-def]
    bot = ChatBot(logged_in_context)
    assert "Dr. Anil Rao: fee ₹1,200.00, next free slot Mon 24 Nov 2025, 11:00 AM" in bot.reply(
        "cardiologist fees").text
    assert "Tue 25 Nov 2025, 10:00 AM: Dr. Anil Rao (Cardiologist), online, confirmed" in bot.reply(
        "my appointments").text


def test_a_hindi_health_answer_asks_the_clinic_for_its_doctors_once(logged_in_context) -> None:  # type: ignore[no-untyped-def]
    """The Hindi answer lists the same doctors as the English reply it is built beside: one lookup per
    message, not one per language (each lookup is a database query in the app)."""
    asked: list[str] = []

    class CountingContext(StaticChatContext):
        def doctors_by_speciality(self, speciality: str, limit: int = 3) -> list[DoctorBrief]:
            asked.append(speciality)
            return super().doctors_by_speciality(speciality, limit)

    context = CountingContext(patient_name="Priya", timezone=IST, doctors=logged_in_context.doctors)
    reply = ChatBot(context, language="hi").reply("मुझे 3 दिन से बुखार है")
    assert "Dr. Sunil Sharma: फीस ₹500.00" in reply.text
    assert asked == ["General Physician"]
