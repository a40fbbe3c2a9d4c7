"""Behaviour of the chatbot engine: intents, negation, safety, clinic data."""

from __future__ import annotations

import pytest

from medlink.chatbot import SPECIALITIES, ChatBot, Reply, StaticChatContext

from .conftest import assert_emergency, assert_intent, assert_not_emergency

HEALTH = ("disease_info", "remedy", "symptom_check", "emergency")


def last_line(reply: Reply) -> str:
    return reply.text.rstrip().splitlines()[-1]


# --------------------------------------------------------------------- reply shape
def test_reply_is_frozen(bot: ChatBot) -> None:
    reply = bot.reply("what is dengue")
    with pytest.raises(AttributeError):
        reply.intent = "fallback"  # type: ignore[misc]
    assert isinstance(reply.topics, tuple) and isinstance(reply.suggestions, tuple)
    assert isinstance(reply.actions, tuple)


@pytest.mark.parametrize(
    "question",
    [
        "what is dengue",
        "home remedies for acidity",
        "I have fever and headache since 2 days",
        "my father has crushing chest pain",
        "I want to die",
        "how much metformin should I take",
        "diabetes and BP diet tips",
        "my knee hurts",
        "tips for better sleep",
    ],
)
def test_every_health_answer_ends_with_disclaimer(bot: ChatBot, question: str) -> None:
    reply = assert_intent(bot, question, HEALTH)
    assert last_line(reply) == bot.knowledge_base.disclaimer
    assert "not a diagnosis" in last_line(reply)


def test_disclaimer_on_every_labelled_health_answer(bot: ChatBot) -> None:
    import json
    from pathlib import Path

    data = json.loads(Path(__file__).with_name("labelled_questions.json").read_text(encoding="utf-8"))
    for item in data:
        reply = bot.reply(item["q"])
        if reply.intent in HEALTH:
            assert last_line(reply) == bot.knowledge_base.disclaimer, item["q"]


def test_speciality_names_are_exact(bot: ChatBot) -> None:
    for question in ["my knee hurts", "rash on my arm", "toothache", "my eyes are red", "pet dard", "what is PCOS"]:
        reply = bot.reply(question)
        assert reply.speciality in SPECIALITIES, question
        for action in reply.actions:
            assert action.kind in ("book_speciality", "open_link", "call")


# --------------------------------------------------------------------- understanding
@pytest.mark.parametrize(
    ("question", "speciality"),
    [
        ("my knee hurts", "Orthopaedist"),
        ("rash on my arm", "Dermatologist"),
        ("I have fever and headache since 2 days", "General Physician"),
        ("my child has high fever", "Paediatrician"),
        ("my tooth hurts", "Dentist"),
        ("pain in my ear", "ENT"),
        ("my eyes are red and itchy", "Ophthalmologist"),
        ("burning while urinating", "Urologist"),
        ("irregular periods", "Gynaecologist"),
        ("I feel sad and hopeless", "Psychiatrist"),
        ("palpitations", "Cardiologist"),
        ("wheezing and breathlessness", "Pulmonologist"),
        ("tingling in my feet", "Neurologist"),
        ("yellow eyes", "Gastroenterologist"),
        ("very thirsty all the time", "Endocrinologist"),
    ],
)
def test_symptom_triage(bot: ChatBot, question: str, speciality: str) -> None:
    reply = assert_intent(bot, question, "symptom_check")
    assert reply.speciality == speciality


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("sugar", "diabetes"),
        ("BP", "hypertension"),
        ("loose motions", "diarrhoea"),
        ("pink eye", "conjunctivitis"),
        ("peeliya", "jaundice_hepatitis"),
        ("what is diabetis", "diabetes"),
        ("tell me about hypertention", "hypertension"),
        ("what is pnemonia", "pneumonia"),
    ],
)
def test_synonyms_and_typos(bot: ChatBot, question: str, topic: str) -> None:
    assert topic in bot.reply(question).topics


def test_short_words_are_not_fuzzy_matched(bot: ChatBot) -> None:
    # "couch" is one letter away from "cough" but is a real word: no health answer
    assert_intent(bot, "I slept on the couch", "fallback")
    assert_intent(bot, "flo", "fallback")


def test_negation(bot: ChatBot) -> None:
    analysis = bot._analyse("I have cough but no fever")
    assert "cough" in analysis.symptoms and "fever" not in analysis.symptoms
    assert "fever" in analysis.negated_symptoms
    analysis = bot._analyse("headache, not coughing and without fever")
    assert analysis.symptoms == ["headache"]
    analysis = bot._analyse("khansi hai par bukhar nahi hai")
    assert analysis.symptoms == ["cough"]
    reply = bot.reply("I have cough but no fever")
    assert "no fever" in reply.text


def test_negated_red_flags_are_not_emergencies(bot: ChatBot) -> None:
    for question in [
        "no chest pain, just a mild cough",
        "I am not suicidal, just stressed",
        "he is not unconscious, he is talking normally",
        "I never had a seizure",
    ]:
        assert_not_emergency(bot, question)


def test_combined_topics_give_one_answer(bot: ChatBot) -> None:
    reply = assert_intent(bot, "diabetes and BP diet tips", "remedy")
    assert reply.topics[:2] == ("diabetes", "hypertension")
    assert reply.text.count(bot.knowledge_base.disclaimer) == 1
    assert "Diabetes" in reply.text and "High blood pressure" in reply.text


# --------------------------------------------------------------------- emergencies
@pytest.mark.parametrize(
    "question",
    [
        "crushing chest pain",
        "chest pain spreading to my jaw and sweating",
        "my son can't breathe",
        "she is choking",
        "his face is drooping and speech is slurred",
        "my mother is having fits",
        "he fainted and is not waking up",
        "bleeding heavily and it won't stop",
        "my child swallowed poison",
        "took an overdose",
        "throat swelling after a bee sting",
        "saans nahi aa rahi",
        "dadi behosh ho gayi",
        "seene mein dard",
    ],
)
def test_emergencies(bot: ChatBot, question: str) -> None:
    reply = assert_emergency(bot, question, number="108")
    assert {a.value for a in reply.actions if a.kind == "call"} >= {"112", "108"}


@pytest.mark.parametrize(
    "question",
    ["I want to die", "thinking of killing myself", "I have been cutting myself", "jeena nahi chahta"],
)
def test_self_harm_gives_tele_manas(bot: ChatBot, question: str) -> None:
    reply = assert_emergency(bot, question, number="14416")
    assert "1-800-891-4416" in reply.text
    assert "14416" in {a.value for a in reply.actions}


@pytest.mark.parametrize(
    "question",
    [
        "I had chest pain last year, what is heart disease",
        "what are the signs of a stroke",
        "my grandfather had a stroke 5 years ago",
        "how to prevent heart attack",
        "symptoms of heart attack",
        "heavy bleeding during periods",
        "what is food poisoning",
        "I can't breathe through my nose because of a cold",
    ],
)
def test_past_or_hypothetical_is_not_emergency(bot: ChatBot, question: str) -> None:
    assert_not_emergency(bot, question)


def test_past_plus_present_is_emergency(bot: ChatBot) -> None:
    assert_emergency(bot, "my grandmother had a stroke 5 years ago and now her face is drooping again")


# --------------------------------------------------------------------- medicine safety
@pytest.mark.parametrize(
    ("question", "intent", "topic"),
    [
        ("how much metformin should I take", "remedy", "diabetes"),
        ("how many mg of insulin", "remedy", "diabetes"),
        ("dose of amoxicillin for my child", "fallback", None),
        ("how many paracetamol tablets can I take", "remedy", "headache"),  # a painkiller, as brufen
        ("cetirizine kitni de 8 saal ki beti ko", "remedy", "allergy"),
        ("thyroid ki dawa khali pet leni hai ya khane ke baad", "remedy", "thyroid"),  # how to take it
        ("sugar ki goli chhod du kya", "remedy", "diabetes"),  # stopping a medicine
        ("which antibiotic should I take for typhoid", "remedy", "typhoid"),
    ],
)
def test_no_prescription_doses(bot: ChatBot, question: str, intent: str, topic: str | None) -> None:
    reply = assert_intent(bot, question, intent, topic)
    lowered = reply.text.lower()
    assert "doctor or pharmacist" in lowered
    # no dosing numbers like "500 mg" or "10 units"
    import re

    assert not re.search(r"\b\d+\s*(mg|ml|units?|tablets?)\b(?!\s*/)", lowered)  # "mg/dL" readings are fine


# --------------------------------------------------------------------- fallback
@pytest.mark.parametrize(
    "question",
    ["who won the cricket match", "write me a poem", "asdkjh qwe zzz", "what is the capital of France", "book a flight"],
)
def test_fallback(bot: ChatBot, question: str) -> None:
    reply = assert_intent(bot, question, "fallback")
    assert reply.suggestions
    assert reply.topics == ()


# --------------------------------------------------------------------- clinic data
def test_fees_without_context(bot: ChatBot) -> None:
    reply = assert_intent(bot, "what does the cardiologist charge", "fees")
    assert "log in" in reply.text.lower() and "front desk" in reply.text.lower()
    assert "₹" not in reply.text


def test_fees_by_speciality(logged_in_context: StaticChatContext) -> None:
    bot = ChatBot(context=logged_in_context)
    reply = assert_intent(bot, "what does the cardiologist charge", "fees")
    assert reply.speciality == "Cardiologist"
    assert "Dr. Anil Rao" in reply.text and "₹1,200.00" in reply.text
    assert "₹1,500.50" in reply.text
    assert "Sharma" not in reply.text
    assert any(a.kind == "book_speciality" and a.value == "Cardiologist" for a in reply.actions)


def test_fees_by_doctor_name(anonymous_context: StaticChatContext) -> None:
    bot = ChatBot(context=anonymous_context)
    reply = assert_intent(bot, "fee for Dr Menon", "fees")
    assert "₹1,25,000.00" in reply.text  # Indian digit grouping
    assert bot.reply("fee for Dr Nobody").text.startswith("I couldn't find")


def test_all_fees(anonymous_context: StaticChatContext) -> None:
    reply = ChatBot(context=anonymous_context).reply("consultation fees")
    for name in ("Rao", "Sharma", "Mehta", "Menon"):
        assert name in reply.text


def test_symptom_check_lists_doctors_with_slots(logged_in_context: StaticChatContext) -> None:
    reply = ChatBot(context=logged_in_context).reply("I have chest discomfort? no. I have palpitations")
    assert reply.intent in ("symptom_check", "emergency")
    reply = ChatBot(context=logged_in_context).reply("my heart is racing")
    assert reply.intent == "symptom_check"
    assert reply.speciality == "Cardiologist"
    # earliest free slot first, shown in clinic time
    assert reply.text.index("Anil Rao") < reply.text.index("Meera Iyer")
    assert "Mon 24 Nov 2025, 11:00 AM" in reply.text


def test_speciality_without_doctors(logged_in_context: StaticChatContext) -> None:
    reply = ChatBot(context=logged_in_context).reply("toothache")
    assert reply.speciality == "Dentist"
    assert "No Dentist is available" in reply.text


def test_video_link_logged_in(logged_in_context: StaticChatContext) -> None:
    reply = ChatBot(context=logged_in_context).reply("where is my Google Meet link")
    assert reply.intent == "video_link"
    links = [a for a in reply.actions if a.kind == "open_link"]
    assert [a.value for a in links] == ["https://meet.google.com/abc-defg-hij"]
    assert "not ready yet" in reply.text


def test_video_link_without_login(bot: ChatBot, anonymous_context: StaticChatContext) -> None:
    for b in (bot, ChatBot(context=anonymous_context)):
        reply = b.reply("video call link")
        assert reply.intent == "video_link"
        assert "log in" in reply.text.lower()
        assert not reply.actions


def test_appointments(logged_in_context: StaticChatContext, anonymous_context: StaticChatContext) -> None:
    reply = ChatBot(context=logged_in_context).reply("when is my next appointment")
    assert reply.intent == "appointments"
    assert "Priya" in reply.text and "Dr. Kavya Mehta" in reply.text and "in person" in reply.text
    anon = ChatBot(context=anonymous_context).reply("when is my next appointment")
    assert anon.intent == "appointments" and "log in" in anon.text.lower()
    none = ChatBot().reply("when is my next appointment")
    assert "My appointments" in none.text and "front desk" in none.text


def test_empty_appointments() -> None:
    ctx = StaticChatContext(patient_name="Ravi")
    reply = ChatBot(context=ctx).reply("show my appointments")
    assert reply.intent == "appointments" and "no upcoming appointments" in reply.text


def test_booking_with_speciality(logged_in_context: StaticChatContext) -> None:
    reply = ChatBot(context=logged_in_context).reply("I want to book an appointment with a dermatologist")
    assert reply.intent == "appointments"
    assert reply.speciality == "Dermatologist"
    assert "Kavya Mehta" in reply.text and "no free slot" in reply.text


def test_greeting_uses_patient_name(logged_in_context: StaticChatContext) -> None:
    reply = ChatBot(context=logged_in_context).reply("namaste")
    assert reply.intent == "greeting" and "Priya" in reply.text


def test_broken_context_does_not_crash() -> None:
    class Broken(StaticChatContext):
        def doctors_by_speciality(self, speciality: str, limit: int = 3):  # type: ignore[override]
            raise RuntimeError("db down")

        def upcoming_appointments(self):  # type: ignore[override]
            raise RuntimeError("db down")

    bot = ChatBot(context=Broken(patient_name="X"))
    assert_intent(bot, "my knee hurts", "symptom_check")
    assert_intent(bot, "consultation fees", "fees")
    assert_intent(bot, "my appointments", "appointments")
