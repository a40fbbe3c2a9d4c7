"""Money: exact Decimal rupees, integer paise, Indian digit grouping (pure, no I/O).

The database stores money as integer paise; everything between the database
and the screen or the printed page is :class:`~decimal.Decimal` rupees with at
most two decimal places.  Floats are refused everywhere: ``0.1 + 0.2`` is not
a price.  This is the one place for these conversions and for the ``₹1,23,456.78``
format; :mod:`medlink.receipts.money`, :mod:`medlink.validation`, the chatbot
and the UI use it.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import overload

from medlink.errors import ValidationError
from medlink.i18n import N_, tr

__all__ = [
    "PAISA",
    "RUPEE",
    "RUPEE_SIGN",
    "as_money",
    "format_inr",
    "format_inr_plain",
    "from_paise",
    "group_indian",
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
    if isinstance(value, bool | float):
        raise ValidationError(field, tr("money", "{label} must be an exact amount, not {name__}.").format(label=_label(field), name__=type(value).__name__))
    if isinstance(value, Decimal):
        dec = value
    elif isinstance(value, int | str):
        try:
            dec = Decimal(value.strip() if isinstance(value, str) else value)
        except InvalidOperation:
            raise ValidationError(field, tr("money", "{label} is not a number.").format(label=_label(field))) from None
    else:
        raise ValidationError(field, tr("money", "{label} must be a number.").format(label=_label(field)))
    if not dec.is_finite():
        raise ValidationError(field, tr("money", "{label} must be a finite number.").format(label=_label(field)))
    if dec != dec.quantize(PAISA, rounding=ROUND_HALF_UP):
        raise ValidationError(field, tr("money", "{label} can have at most two decimal places (paise).").format(label=_label(field)))
    if dec < 0 and not allow_negative:
        raise ValidationError(field, tr("money", "{label} cannot be negative.").format(label=_label(field)))
    return dec.quantize(PAISA) + 0  # "+ 0" normalises -0.00 to 0.00


def to_paise(amount: Decimal) -> int:
    """Exact conversion of rupees to integer paise (the database representation).

    Raises :class:`ValidationError` for floats or more than two decimal places
    (nothing is rounded away silently); negative amounts are allowed (round-off
    lines can be negative).
    """
    dec = as_money(amount, "amount", allow_negative=True)
    return int(dec * 100)


@overload
def from_paise(paise: int | Decimal) -> Decimal: ...
@overload
def from_paise(paise: None) -> None: ...
def from_paise(paise: int | Decimal | None) -> Decimal | None:
    """Integer paise to two-place rupees: ``from_paise(12345) == Decimal("123.45")``.

    ``None`` (an optional fee) stays ``None``.  A whole-number ``Decimal`` is
    accepted because MySQL returns ``SUM()`` of integers as DECIMAL; floats,
    booleans and fractional paise are refused.
    """
    if paise is None:
        return None
    if isinstance(paise, bool) or not isinstance(paise, int | Decimal):
        raise ValidationError("amount", tr("money", "Paise must be a whole number."))
    if isinstance(paise, Decimal) and (not paise.is_finite() or paise != paise.to_integral_value()):
        raise ValidationError("amount", tr("money", "Paise must be a whole number."))
    return (Decimal(paise) / 100).quantize(PAISA)


def group_indian(digits: str) -> str:
    """Group an integer digit string the Indian way: ``1234567`` -> ``12,34,567``."""
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


def format_inr_plain(amount: Decimal | int) -> str:
    """Indian grouping without the symbol: ``Decimal("123456.78")`` -> ``"1,23,456.78"``.

    Values are rounded half-up to the paisa for display; negative values get a
    leading minus sign (``"-1,234.00"``).  Floats are refused
    (:class:`ValidationError`), as are non-finite values (``ValueError``).
    """
    if isinstance(amount, float | bool) or not isinstance(amount, Decimal | int):
        raise ValidationError("amount", tr("money", "Amounts must be exact, not float."))
    try:
        dec = round_paise(Decimal(amount))
    except InvalidOperation as exc:  # NaN / infinity
        raise ValueError(f"cannot format {amount!r} as money") from exc
    from medlink.formatting import format_amount

    return format_amount(dec)


def format_inr(amount: Decimal | int, *, symbol: bool = True) -> str:
    """Indian grouping with the rupee sign: ``"₹1,23,456.78"``, ``"-₹50.00"``."""
    plain = format_inr_plain(amount)
    if not symbol:
        return plain
    if plain.startswith("-"):
        return f"-{RUPEE_SIGN}{plain[1:]}"
    return f"{RUPEE_SIGN}{plain}"


#: The amounts validated here, by field name, as their sentences name them (translated when shown).
_FIELD_LABELS = {"amount": N_("fields", "Amount"), "unit_price": N_("fields", "Unit price"),
                 "discount": N_("fields", "Discount")}


def _label(field: str) -> str:
    """``"lines[0].unit_price"`` → "Unit price" in the current language."""
    name = field.rsplit(".", 1)[-1]
    return tr("fields", _FIELD_LABELS.get(name, name.replace("_", " ").capitalize()))
