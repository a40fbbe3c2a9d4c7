"""Amounts in words, Indian numbering (thousand, lakh, crore).

>>> amount_in_words(Decimal("123456.78"))
'Rupees One Lakh Twenty-Three Thousand Four Hundred Fifty-Six and Seventy-Eight Paise Only'
"""

from __future__ import annotations

from decimal import Decimal

from medlink.errors import ValidationError
from medlink.receipts.money import as_money
from medlink.i18n import tr

__all__ = ["MAX_AMOUNT_IN_WORDS", "amount_in_words", "integer_in_words"]

#: 99,99,99,99,999.99 — 9,999 crore and change; larger amounts are refused.
MAX_AMOUNT_IN_WORDS = Decimal("99999999999.99")

_ONES = (
    "Zero", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine",
    "Ten", "Eleven", "Twelve", "Thirteen", "Fourteen", "Fifteen", "Sixteen",
    "Seventeen", "Eighteen", "Nineteen",
)
_TENS = ("", "", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety")


def _below_hundred(n: int) -> str:
    if n < 20:
        return _ONES[n]
    tens, ones = divmod(n, 10)
    return _TENS[tens] if ones == 0 else f"{_TENS[tens]}-{_ONES[ones]}"


def _below_thousand(n: int) -> list[str]:
    words: list[str] = []
    hundreds, rest = divmod(n, 100)
    if hundreds:
        words += [_ONES[hundreds], "Hundred"]
    if rest:
        words.append(_below_hundred(rest))
    return words


def _indian_words(n: int) -> list[str]:
    """Words for ``n > 0`` in the Indian system; crores recurse (``"Nine Thousand ... Crore"``)."""
    words: list[str] = []
    crore, n = divmod(n, 10_000_000)
    lakh, n = divmod(n, 100_000)
    thousand, n = divmod(n, 1_000)
    if crore:
        words += _indian_words(crore) + ["Crore"]
    if lakh:
        words += [_below_hundred(lakh), "Lakh"]
    if thousand:
        words += [_below_hundred(thousand), "Thousand"]
    if n:
        words += _below_thousand(n)
    return words


def integer_in_words(n: int) -> str:
    """``123456`` -> ``"One Lakh Twenty-Three Thousand Four Hundred Fifty-Six"``; ``0`` -> ``"Zero"``."""
    if isinstance(n, bool) or not isinstance(n, int) or n < 0:
        raise ValidationError("amount", tr("words", "Only whole, non-negative numbers can be written in words."))
    return "Zero" if n == 0 else " ".join(_indian_words(n))


def amount_in_words(amount: Decimal) -> str:
    """Rupees and paise in words, as printed on Indian invoices and cheques.

    ``Decimal("0")`` -> ``"Rupees Zero Only"``;
    ``Decimal("0.50")`` -> ``"Rupees Zero and Fifty Paise Only"``;
    ``Decimal("1.01")`` -> ``"Rupees One and One Paisa Only"``.
    Raises :class:`ValidationError` for negative amounts, more than two decimal
    places, floats, or amounts above :data:`MAX_AMOUNT_IN_WORDS`.
    """
    dec = as_money(amount, "amount")
    if dec > MAX_AMOUNT_IN_WORDS:
        raise ValidationError("amount", tr("words", "The amount is too large to write in words."))
    paise_total = int(dec * 100)
    rupees, paise = divmod(paise_total, 100)
    text = f"Rupees {integer_in_words(rupees)}"
    if paise:
        text += f" and {integer_in_words(paise)} {'Paisa' if paise == 1 else 'Paise'}"
    return text + " Only"
