"""Small, locale-independent formatters for money and times (Indian conventions)."""

from __future__ import annotations

from datetime import datetime, tzinfo
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

__all__ = ["format_inr", "format_when", "group_indian"]

_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def group_indian(digits: str) -> str:
    """Group an integer digit string the Indian way: ``1234567`` -> ``12,34,567``."""
    if len(digits) <= 3:
        return digits
    head, tail = digits[:-3], digits[-3:]
    parts: list[str] = []
    while len(head) > 2:
        parts.insert(0, head[-2:])
        head = head[:-2]
    if head:
        parts.insert(0, head)
    return ",".join(parts) + "," + tail


def format_inr(amount: Decimal) -> str:
    """Format a Decimal amount as rupees, e.g. ``Decimal("120000")`` -> ``"₹1,20,000.00"``.

    Floats are rejected on purpose: money is always Decimal in MedLink.
    """
    if isinstance(amount, float) or not isinstance(amount, (Decimal, int)):
        raise TypeError("format_inr() needs a Decimal (or int), not %s" % type(amount).__name__)
    try:
        value = Decimal(amount).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    except InvalidOperation as exc:  # NaN / infinity
        raise ValueError(f"cannot format {amount!r} as money") from exc
    sign = "-" if value < 0 else ""
    rupees, paise = f"{abs(value):.2f}".split(".")
    return f"{sign}₹{group_indian(rupees)}.{paise}"


def format_when(moment: datetime, tz: tzinfo) -> str:
    """``Tue 25 Nov 2025, 10:30 AM`` in the clinic's timezone (naive = assumed already local)."""
    local = moment.astimezone(tz) if moment.tzinfo is not None else moment
    hour12 = local.hour % 12 or 12
    ampm = "AM" if local.hour < 12 else "PM"
    return (
        f"{_DAYS[local.weekday()]} {local.day} {_MONTHS[local.month - 1]} {local.year}, "
        f"{hour12}:{local.minute:02d} {ampm}"
    )
