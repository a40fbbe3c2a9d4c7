from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from medlink.errors import ValidationError
from medlink.receipts.money import as_money, format_inr, format_inr_plain, from_paise, to_paise
from medlink.receipts.words import MAX_AMOUNT_IN_WORDS, amount_in_words, integer_in_words

D = Decimal


@pytest.mark.parametrize(
    ("amount", "expected"),
    [
        ("0", "₹0.00"),
        ("5", "₹5.00"),
        ("999.5", "₹999.50"),
        ("1000", "₹1,000.00"),
        ("12345.6", "₹12,345.60"),
        ("123456.78", "₹1,23,456.78"),
        ("1234567", "₹12,34,567.00"),
        ("12345678.9", "₹1,23,45,678.90"),
        ("99999999999.99", "₹99,99,99,99,999.99"),
        ("-1234.5", "-₹1,234.50"),
    ],
)
def test_format_inr(amount: str, expected: str) -> None:
    assert format_inr(D(amount)) == expected
    assert format_inr_plain(D(amount)) == expected.replace("₹", "")
    assert format_inr(D(amount), symbol=False) == expected.replace("₹", "")


def test_format_inr_refuses_float() -> None:
    with pytest.raises(ValidationError):
        format_inr(1.5)  # type: ignore[arg-type]


def test_paise_round_trip() -> None:
    assert to_paise(D("123.45")) == 12345
    assert to_paise(D("-0.30")) == -30
    assert to_paise(D("7")) == 700
    assert from_paise(12345) == D("123.45")
    assert str(from_paise(5)) == "0.05"
    with pytest.raises(ValidationError):
        to_paise(D("1.005"))
    with pytest.raises(ValidationError):
        to_paise(1.5)  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        from_paise(1.5)  # type: ignore[arg-type]


@given(st.integers(min_value=-(10**13), max_value=10**13))
def test_paise_round_trip_property(paise: int) -> None:
    assert to_paise(from_paise(paise)) == paise


def test_as_money_validation() -> None:
    assert as_money("12.5") == D("12.50")
    assert str(as_money(D("-0"), allow_negative=True)) == "0.00"
    for bad in (D("NaN"), D("Infinity"), "abc", 0.1, True, None, D("-1")):
        with pytest.raises(ValidationError):
            as_money(bad)


@pytest.mark.parametrize(
    ("amount", "words"),
    [
        ("0", "Rupees Zero Only"),
        ("0.00", "Rupees Zero Only"),
        ("0.50", "Rupees Zero and Fifty Paise Only"),
        ("1.01", "Rupees One and One Paisa Only"),
        ("21", "Rupees Twenty-One Only"),
        ("100", "Rupees One Hundred Only"),
        ("105", "Rupees One Hundred Five Only"),
        ("1000", "Rupees One Thousand Only"),
        ("2097", "Rupees Two Thousand Ninety-Seven Only"),
        ("100000", "Rupees One Lakh Only"),
        (
            "123456.78",
            "Rupees One Lakh Twenty-Three Thousand Four Hundred Fifty-Six and Seventy-Eight Paise Only",
        ),
        ("10000000", "Rupees One Crore Only"),
        ("12345678", "Rupees One Crore Twenty-Three Lakh Forty-Five Thousand Six Hundred Seventy-Eight Only"),
        (
            "99999999999.99",
            "Rupees Nine Thousand Nine Hundred Ninety-Nine Crore Ninety-Nine Lakh Ninety-Nine Thousand "
            "Nine Hundred Ninety-Nine and Ninety-Nine Paise Only",
        ),
    ],
)
def test_amount_in_words(amount: str, words: str) -> None:
    assert amount_in_words(D(amount)) == words


def test_amount_in_words_limits() -> None:
    for bad in (MAX_AMOUNT_IN_WORDS + D("0.01"), D("-1"), D("1.001")):
        with pytest.raises(ValidationError):
            amount_in_words(bad)


_UNITS = {
    "Zero": 0, "One": 1, "Two": 2, "Three": 3, "Four": 4, "Five": 5, "Six": 6, "Seven": 7, "Eight": 8,
    "Nine": 9, "Ten": 10, "Eleven": 11, "Twelve": 12, "Thirteen": 13, "Fourteen": 14, "Fifteen": 15,
    "Sixteen": 16, "Seventeen": 17, "Eighteen": 18, "Nineteen": 19, "Twenty": 20, "Thirty": 30,
    "Forty": 40, "Fifty": 50, "Sixty": 60, "Seventy": 70, "Eighty": 80, "Ninety": 90,
}
_SCALES = {"Thousand": 1_000, "Lakh": 100_000, "Crore": 10_000_000}


def _parse_words(text: str) -> int:
    """Independent parser for Indian-system words (crore may carry a compound multiplier)."""
    total, group = 0, 0
    for word in text.replace("-", " ").split():
        if word in _UNITS:
            group += _UNITS[word]
        elif word == "Hundred":
            group *= 100
        elif word == "Crore":
            total = (total + group) * _SCALES[word]
            group = 0
        else:
            total += group * _SCALES[word]
            group = 0
    return total + group


@given(st.integers(min_value=0, max_value=99_999_999_999))
def test_integer_in_words_round_trips(n: int) -> None:
    assert _parse_words(integer_in_words(n)) == n
