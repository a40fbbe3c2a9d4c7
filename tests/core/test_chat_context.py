"""The chatbot answers fees and meeting links from the real database, for the signed-in patient only."""

from __future__ import annotations

from medlink.chatbot import ChatBot
from medlink.services import meetings
from medlink.services.chat_context import DatabaseChatContext


def test_fees_and_links_come_from_the_database(clinic, db):
    patient = clinic.patient("Asha Verma")
    other = clinic.patient("Bala Iyer")
    doctor = clinic.doctor("Dr. Kavita Rao", speciality="Cardiologist")
    clinic.booking(patient, doctor, mode="online")
    meetings.add_meet_link(db, actor=doctor, url="https://meet.google.com/abc-defg-hij")
    bot = ChatBot(DatabaseChatContext(db, patient))
    fees = bot.reply("what does the cardiologist charge")
    assert fees.intent == "fees" and "Kavita Rao" in fees.text and "500" in fees.text
    link = bot.reply("where is my google meet link")
    assert link.intent == "video_link" and "https://meet.google.com/abc-defg-hij" in link.text
    stranger = ChatBot(DatabaseChatContext(db, other)).reply("where is my google meet link")
    assert "abc-defg-hij" not in stranger.text
    anonymous = ChatBot(DatabaseChatContext(db, None)).reply("where is my google meet link")
    assert "abc-defg-hij" not in anonymous.text and anonymous.intent == "video_link"


def test_doctor_found_by_surname_or_any_part_of_the_name(clinic, db):
    patient = clinic.patient("Asha Verma")
    clinic.doctor("Dr. Sunil Sharma", speciality="General Physician")
    clinic.doctor("Dr. Meera Iyer", speciality="Cardiologist")
    ctx = DatabaseChatContext(db, patient)
    assert [d.name for d in ctx.find_doctors_by_name("Sharma")] == ["Dr. Sunil Sharma"]
    assert [d.name for d in ctx.find_doctors_by_name("sunil")] == ["Dr. Sunil Sharma"]
    assert [d.name for d in ctx.find_doctors_by_name("Dr Iyer")] == ["Dr. Meera Iyer"]
    assert ctx.find_doctors_by_name("harma") == []  # part of a word is not a name
    bot = ChatBot(ctx)
    reply = bot.reply("sharma ji ki fees kitni hai")
    assert reply.intent == "fees" and "Sunil Sharma" in reply.text and "Iyer" not in reply.text
    assert "Meera Iyer" in bot.reply("how much does Iyer charge").text


def test_signed_in_patient_profile_reaches_the_triage(clinic, db):
    patient = clinic.patient("Asha Verma")  # born 17 May 1985, female (tests/factories.py)
    ctx = DatabaseChatContext(db, patient)
    assert ctx.patient_sex == "female"
    assert ctx.patient_age_years is not None and 39 <= ctx.patient_age_years <= 60
    assert ctx.patient_pregnant is False
    anonymous = DatabaseChatContext(db, None)
    assert anonymous.patient_age_years is None and anonymous.patient_sex is None
