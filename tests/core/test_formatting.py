"""One formatter: dates and numbers by MedLink's language (Babel/CLDR), never by the OS locale."""

from __future__ import annotations

import ast
import datetime as dt
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from babel import numbers

from medlink import formatting, i18n
from medlink.money import format_inr

MOMENT = dt.datetime(2026, 12, 2, 9, 35, tzinfo=dt.UTC)  # 15:05 in India
KOLKATA = ZoneInfo("Asia/Kolkata")


def test_indian_grouping_for_numbers_and_rupees() -> None:
    assert formatting.format_number(Decimal("123456.5")) == "1,23,456.5"
    assert formatting.format_number(12345678, language="hi") == "1,23,45,678"
    assert formatting.format_number(Decimal("2.5"), places=2) == "2.50"
    assert formatting.format_rupees(Decimal("123456.50")) == "₹1,23,456.50"
    assert formatting.format_rupees(Decimal("-50")) == "-₹50.00"
    assert format_inr(Decimal("123456.5")) == "₹1,23,456.50"  # medlink.money formats through the formatter
    assert formatting.format_percent(Decimal("0.18")) == "18%"
    assert formatting.format_percent(Decimal("0.125"), language="hi") == "12.5%"
    with pytest.raises(TypeError):
        formatting.format_rupees(0.1)  # type: ignore[arg-type]


@pytest.mark.parametrize("value", ["0", "7", "999", "1000", "99999.99", "100000", "-123456789.12", "10000000"])
@pytest.mark.parametrize("language", ["en", "hi"])
def test_fast_amount_format_is_babels(value: str, language: str) -> None:
    expected = numbers.format_decimal(Decimal(value), format="#,##,##0.00", locale=formatting.locale_name(language))
    assert formatting.format_amount(Decimal(value), language=language) == expected


def test_dates_in_english_and_hindi_in_the_clinic_time_zone() -> None:
    assert formatting.format_datetime(MOMENT, tz=KOLKATA, zone=True) == "02 Dec 2026, 3:05 PM IST"
    assert formatting.format_date(MOMENT.date(), formatting.DATE_WEEKDAY_LONG) == "Wednesday 2 December 2026"
    assert formatting.format_date(MOMENT.date(), formatting.DATE_WEEKDAY_LONG, language="hi") == "बुधवार 2 दिसंबर 2026"
    assert formatting.format_time(MOMENT, tz=KOLKATA, language="hi") == "3:05 pm"
    with pytest.raises(ValueError):
        formatting.format_datetime(dt.datetime(2026, 12, 2, 9, 35))  # naive: refused


def test_the_apps_language_is_the_default() -> None:
    try:
        i18n.set_language("hi")
        assert formatting.format_date(MOMENT.date(), "d MMMM y") == "2 दिसंबर 2026"
        assert formatting.format_date(MOMENT.date(), "d MMMM y", language="en") == "2 December 2026"
    finally:
        i18n.set_language("en")
    assert formatting.format_date(MOMENT.date(), "d MMMM y") == "2 December 2026"


def test_no_strftime_for_user_visible_text_in_the_core() -> None:
    # strftime follows the OS locale (set by Qt from the desktop): the core uses medlink.formatting.
    root = Path(__file__).resolve().parents[2] / "medlink"
    offenders = []
    for path in root.rglob("*.py"):
        if "ui" in path.relative_to(root).parts or "migrations" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr == "strftime":
                offenders.append(f"{path.relative_to(root)}:{node.lineno}")
    assert offenders == []


def test_no_strftime_in_the_windows() -> None:
    # The windows show dates by the app's language too (Qt sets the OS locale that strftime follows).
    root = Path(__file__).resolve().parents[2] / "medlink" / "ui"
    offenders = []
    for path in root.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr == "strftime":
                offenders.append(f"{path.relative_to(root.parent)}:{node.lineno}")
    assert offenders == []


def test_a_time_of_day_is_shown_as_it_is_in_each_language() -> None:
    assert formatting.format_clock(dt.time(15, 5)) == "3:05 PM"
    assert formatting.format_clock(dt.time(0, 30)) == "12:30 AM"
    assert formatting.format_clock(dt.time(9, 5), "hh:mm a") == "09:05 AM"
    assert formatting.format_clock(dt.time(15, 5), language="hi") == "3:05 pm"
    with pytest.raises(ValueError, match="aware"):
        formatting.format_clock(dt.time(15, 5, tzinfo=KOLKATA))


def test_weekday_names_follow_the_language() -> None:
    from medlink.formatting import format_weekday

    assert [format_weekday(d) for d in (0, 5, 6)] == ["Mon", "Sat", "Sun"]
    assert format_weekday(0, "wide") == "Monday"
    assert [format_weekday(d, language="hi") for d in (0, 5, 6)] == ["सोम", "शनि", "रवि"]
    assert format_weekday(0, "wide", language="hi") == "सोमवार"
