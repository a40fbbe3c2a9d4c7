from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from medlink.errors import ValidationError
from medlink.receipts.numbering import (
    ReceiptNumber,
    financial_year_label,
    format_receipt_number,
    parse_receipt_number,
)


@pytest.mark.parametrize(
    ("day", "label"),
    [
        (dt.date(2026, 4, 1), "26-27"),
        (dt.date(2027, 3, 31), "26-27"),
        (dt.date(2026, 3, 31), "25-26"),
        (dt.date(2099, 12, 31), "99-00"),
        (dt.datetime(2026, 4, 1, 0, 0), "26-27"),
    ],
)
def test_financial_year_label(day: dt.date, label: str) -> None:
    assert financial_year_label(day) == label


def test_format_and_parse() -> None:
    assert format_receipt_number("ML", "26-27", 123) == "ML/26-27/000123"
    assert format_receipt_number("S-1", "26-27", 1) == "S-1/26-27/000001"  # 16 chars: prefix ≤ 3
    assert parse_receipt_number("ML/26-27/000123") == ReceiptNumber("ML", "26-27", 123)
    assert str(ReceiptNumber("ML", "26-27", 123)) == "ML/26-27/000123"
    assert format_receipt_number("ML", "26-27", 1234567) == "ML/26-27/1234567"


@pytest.mark.parametrize(
    ("prefix", "fy", "seq"),
    [
        ("ML CL", "26-27", 1),  # space
        ("ML/X", "26-27", 1),  # slash in prefix
        ("MLé", "26-27", 1),  # non-ASCII
        ("", "26-27", 1),
        ("ML", "26-28", 1),  # not consecutive years
        ("ML", "2026-27", 1),
        ("ML", "26-27", 0),
        ("ML", "26-27", -4),
        ("MLC1", "26-27", 1),  # 17 characters
    ],
)
def test_format_rejects(prefix: str, fy: str, seq: int) -> None:
    with pytest.raises(ValidationError):
        format_receipt_number(prefix, fy, seq)


@pytest.mark.parametrize("bad", ["", "ML-26-27-000123", "ML/26-27/", "ML/26-27/00x1", "ML/26-27/000000",
                                 "ML//26-27/1", "ML/26-27/000123/1", "A" * 17, "ML/26-27/0001 2"])
def test_parse_rejects(bad: str) -> None:
    with pytest.raises(ValidationError):
        parse_receipt_number(bad)


@given(
    st.from_regex(r"[A-Za-z0-9][A-Za-z0-9-]{0,2}", fullmatch=True),
    st.integers(min_value=2000, max_value=2098),
    st.integers(min_value=1, max_value=999_999),
)
def test_round_trip(prefix: str, year: int, seq: int) -> None:
    fy = financial_year_label(dt.date(year, 6, 1))
    number = format_receipt_number(prefix, fy, seq)
    assert len(number) <= 16
    assert parse_receipt_number(number) == ReceiptNumber(prefix, fy, seq)
