"""StaticChatContext, money and time formatting, and the no-Qt rule."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime, timezone
from decimal import Decimal

import pytest

from medlink.chatbot import IST, ChatContext, StaticChatContext, format_inr, format_when
from medlink.chatbot.formatting import group_indian
from medlink.errors import ValidationError


@pytest.mark.parametrize(
    ("amount", "text"),
    [
        (Decimal("0"), "₹0.00"),
        (Decimal("500"), "₹500.00"),
        (Decimal("1200"), "₹1,200.00"),
        (Decimal("1500.5"), "₹1,500.50"),
        (Decimal("120000"), "₹1,20,000.00"),
        (Decimal("12345678.905"), "₹1,23,45,678.91"),
        (Decimal("-2500"), "-₹2,500.00"),
        (7, "₹7.00"),
    ],
)
def test_format_inr(amount: Decimal, text: str) -> None:
    assert format_inr(amount) == text


def test_format_inr_rejects_float() -> None:
    with pytest.raises(ValidationError):
        format_inr(12.5)  # type: ignore[arg-type]


def test_group_indian() -> None:
    assert group_indian("1") == "1"
    assert group_indian("1000") == "1,000"
    assert group_indian("100000") == "1,00,000"
    assert group_indian("10000000") == "1,00,00,000"


def test_format_when_converts_to_clinic_time() -> None:
    utc = datetime(2025, 11, 24, 4, 30, tzinfo=timezone.utc)
    assert format_when(utc, IST) == "Mon 24 Nov 2025, 10:00 AM"
    assert format_when(datetime(2025, 1, 5, 0, 5, tzinfo=IST), IST) == "Sun 5 Jan 2025, 12:05 AM"


def test_static_context(anonymous_context: StaticChatContext) -> None:
    ctx = anonymous_context
    assert isinstance(ctx, ChatContext)
    assert [d.name for d in ctx.doctors_by_speciality("cardiologist")] == ["Dr. Anil Rao", "Dr. Meera Iyer"]
    assert len(ctx.doctors_by_speciality("Cardiologist", limit=1)) == 1
    assert [d.doctor_id for d in ctx.find_doctors_by_name("dr. rao")] == [1]
    assert ctx.find_doctors_by_name("  ") == []
    assert ctx.specialities() == sorted({d.speciality for d in ctx.doctors})
    assert ctx.upcoming_meetings() == [] and ctx.upcoming_appointments() == []


def test_chatbot_package_never_imports_qt() -> None:
    code = (
        "import sys; import medlink.chatbot as c; c.ChatBot().reply('what is dengue'); "
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'PyQt', 'shiboken'))]; "
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
