"""Fixtures and shared assertions for the chatbot tests (no Qt, no database)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime, timedelta
from decimal import Decimal

import pytest

from medlink.chatbot import (
    IST,
    AppointmentBrief,
    ChatBot,
    DoctorBrief,
    MeetingBrief,
    Reply,
    StaticChatContext,
)

NOW = datetime(2025, 11, 24, 9, 0, tzinfo=IST)

DOCTORS = (
    DoctorBrief(1, "Dr. Anil Rao", "Cardiologist", Decimal("1200"), NOW + timedelta(hours=2)),
    DoctorBrief(2, "Dr. Meera Iyer", "Cardiologist", Decimal("1500.50"), NOW + timedelta(days=1)),
    DoctorBrief(3, "Dr. Sunil Sharma", "General Physician", Decimal("500"), NOW + timedelta(minutes=30)),
    DoctorBrief(4, "Dr. Kavya Mehta", "Dermatologist", Decimal("800"), None),
    DoctorBrief(5, "Dr. Ravi Menon", "Orthopaedist", Decimal("125000"), NOW + timedelta(days=3)),
)


@pytest.fixture(scope="session")
def bot() -> ChatBot:
    return ChatBot()


@pytest.fixture()
def logged_in_context() -> StaticChatContext:
    return StaticChatContext(
        patient_name="Priya",
        timezone=IST,
        doctors=DOCTORS,
        meetings=(
            MeetingBrief(11, "Dr. Anil Rao", NOW + timedelta(days=1, hours=1), "https://meet.google.com/abc-defg-hij"),
            MeetingBrief(12, "Dr. Meera Iyer", NOW + timedelta(days=5), None),
        ),
        appointments=(
            AppointmentBrief(11, "Dr. Anil Rao", "Cardiologist", NOW + timedelta(days=1, hours=1), "online", "confirmed"),
            AppointmentBrief(13, "Dr. Kavya Mehta", "Dermatologist", NOW + timedelta(days=2), "in_person", "pending"),
        ),
    )


@pytest.fixture()
def anonymous_context() -> StaticChatContext:
    """Clinic data available but nobody logged in."""
    return StaticChatContext(patient_name=None, doctors=DOCTORS)


# --- shared assertions: what the assistant answers to one message -----------------------------------

_DEVANAGARI_WORD = re.compile("[\u0900-\u097f]{3}")


def _wanted_topics(topics: str | Iterable[str] | None) -> tuple[str, ...]:
    """One topic, several, or none (``None`` where a parametrised case names no topic)."""
    if topics is None:
        return ()
    return (topics,) if isinstance(topics, str) else tuple(topics)


def assert_emergency(bot: ChatBot, message: str, *, lang: str | None = None, number: str | None = None) -> Reply:
    """The message gets the emergency answer: intent "emergency", 112 and the ambulance (108) or the
    Tele-MANAS crisis line (14416) in its text; ``number`` ("108" for a medical emergency, "14416" for
    self-harm) must be in it too; with ``lang="hi"`` it is the Hindi answer (Hindi language, Devanagari
    text). Returns the reply for further checks."""
    reply = bot.reply(message)
    assert reply.intent == "emergency", (message, reply.intent, reply.topics)
    assert "112" in reply.text and ("108" in reply.text or "14416" in reply.text), (message, reply.text)
    if number is not None:
        assert number in reply.text, (message, number, reply.text)
    if lang is not None:
        assert reply.language == lang, (message, reply.language)
        if lang == "hi":
            assert _DEVANAGARI_WORD.search(reply.text), (message, reply.text)
    return reply


def assert_not_emergency(bot: ChatBot, message: str, *, topics: str | Iterable[str] | None = ()) -> Reply:
    """The message raises no red flag (any intent but "emergency"), and its reply names each of ``topics``."""
    reply = bot.reply(message)
    assert reply.intent != "emergency", (message, reply.text)
    for topic in _wanted_topics(topics):
        assert topic in reply.topics, (message, topic, reply.intent, reply.topics)
    return reply


def assert_dose_redirected(bot: ChatBot, message: str) -> Reply:
    """The message is a dose request: no emergency answer, ``dose_redirect`` set, and the reply sends the
    patient to a doctor or pharmacist in its own language ("pharmacist", "फार्मासिस्ट")."""
    reply = bot.reply(message)
    assert reply.intent != "emergency", (message, reply.text)
    assert reply.dose_redirect, (message, reply.intent, reply.text[:120])
    assert ("फार्मासिस्ट" if reply.language == "hi" else "pharmacist") in reply.text, (message, reply.text)
    return reply


def assert_intent(
    bot: ChatBot, message: str, intent: str | tuple[str, ...], topics: str | Iterable[str] | None = ()
) -> Reply:
    """The message is answered with ``intent`` (or one of several), naming each of ``topics``."""
    reply = bot.reply(message)
    wanted = (intent,) if isinstance(intent, str) else intent
    assert reply.intent in wanted, (message, reply.intent, reply.topics)
    for topic in _wanted_topics(topics):
        assert topic in reply.topics, (message, topic, reply.intent, reply.topics)
    return reply


def assert_not_intent(bot: ChatBot, message: str, intent: str | tuple[str, ...]) -> Reply:
    """The message is answered with any intent but ``intent`` (or but any of several)."""
    reply = bot.reply(message)
    unwanted = (intent,) if isinstance(intent, str) else intent
    assert reply.intent not in unwanted, (message, reply.intent, reply.topics)
    return reply
