"""Money helpers: exact Decimal rupees, integer paise, Indian digit grouping.

The database stores money as integer paise; everything in between the DB and
the printed page is :class:`~decimal.Decimal` rupees with at most two decimal
places.  Floats are refused everywhere: ``0.1 + 0.2`` is not a price.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from medlink.errors import ValidationError

__all__ = [
    "PAISA",
    "RUPEE",
    "RUPEE_SIGN",
    "as_money",
    "format_inr",
    "format_inr_plain",
    "from_paise",
    "round_paise",
    "to_paise",
]

PAISA = Decimal("0.01")
RUPEE = Decimal("1")
RUPEE_SIGN = "\u20b9"  # ₹


def round_paise(value: Decimal) -> Decimal:
    """Round to the paisa, half away from zero (ROUND_HALF_UP)."""
    return value.quantize(PAISA, rounding=ROUND_HALF_UP)


def as_money(value: object, field: str = "amount", *, allow_negative: bool = False) -> Decimal:
    """Validate and normalise a money amount to a two-place :class:`Decimal`.

    Accepts ``Decimal``, ``int`` and numeric ``str``; refuses ``float`` and
    ``bool`` (inexact / accidental), non-finite values, more than two decimal
    places and (unless ``allow_negative``) negative amounts.
    """
    if isinstance(value, bool) or isinstance(value, float):
        raise ValidationError(field, f"{_label(field)} must be an exact amount, not {type(value).__name__}.")
    if isinstance(value, Decimal):
        dec = value
    elif isinstance(value, (int, str)):
        try:
            dec = Decimal(value.strip() if isinstance(value, str) else value)
        except InvalidOperation:
            raise ValidationError(field, f"{_label(field)} is not a number.") from None
    else:
        raise ValidationError(field, f"{_label(field)} must be a number.")
    if not dec.is_finite():
        raise ValidationError(field, f"{_label(field)} must be a finite number.")
    if dec != dec.quantize(PAISA, rounding=ROUND_HALF_UP):
        raise ValidationError(field, f"{_label(field)} can have at most two decimal places (paise).")
    if dec < 0 and not allow_negative:
        raise ValidationError(field, f"{_label(field)} cannot be negative.")
    return dec.quantize(PAISA) + 0  # "+ 0" normalises -0.00 to 0.00


def to_paise(amount: Decimal) -> int:
    """Exact conversion of rupees to integer paise (the DB representation).

    Raises :class:`ValidationError` for floats or more than two decimal places;
    negative amounts are allowed (round-off lines can be negative).
    """
    dec = as_money(amount, "amount", allow_negative=True)
    return int(dec * 100)


def from_paise(paise: int) -> Decimal:
    """Integer paise to two-place rupees: ``from_paise(12345) == Decimal("123.45")``."""
    if isinstance(paise, bool) or not isinstance(paise, int):
        raise ValidationError("amount", "Paise must be a whole number.")
    return (Decimal(paise) / 100).quantize(PAISA)


def _group_indian(digits: str) -> str:
    """'1234567' -> '12,34,567' (last three digits, then groups of two)."""
    if len(digits) <= 3:
        return digits
    head, tail = digits[:-3], digits[-3:]
    groups: list[str] = []
    while len(head) > 2:
        groups.insert(0, head[-2:])
        head = head[:-2]
    if head:
        groups.insert(0, head)
    return ",".join(groups) + "," + tail


def format_inr_plain(amount: Decimal) -> str:
    """Indian grouping without the symbol: ``Decimal("123456.78")`` -> ``"1,23,456.78"``.

    Values are rounded half-up to the paisa for display; negative values get a
    leading minus sign (``"-1,234.00"``).
    """
    if isinstance(amount, (float, bool)):
        raise ValidationError("amount", "Amounts must be exact, not float.")
    dec = round_paise(Decimal(amount))
    sign = "-" if dec < 0 else ""
    rupees, paise = f"{abs(dec):.2f}".split(".")
    return f"{sign}{_group_indian(rupees)}.{paise}"


def format_inr(amount: Decimal, *, symbol: bool = True) -> str:
    """Indian grouping with the rupee sign: ``"₹1,23,456.78"``, ``"-₹50.00"``."""
    plain = format_inr_plain(amount)
    if not symbol:
        return plain
    if plain.startswith("-"):
        return f"-{RUPEE_SIGN}{plain[1:]}"
    return f"{RUPEE_SIGN}{plain}"


def _label(field: str) -> str:
    return field.replace("_", " ").capitalize()
