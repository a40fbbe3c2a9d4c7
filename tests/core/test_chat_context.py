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
