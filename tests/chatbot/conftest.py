"""Fixtures for the chatbot tests (no Qt, no database)."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal

import pytest

from medlink.chatbot import (
    IST,
    AppointmentBrief,
    ChatBot,
    DoctorBrief,
    MeetingBrief,
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
