"""Small, locale-independent formatters for money and times (Indian conventions)."""

from __future__ import annotations

from datetime import datetime, tzinfo

from medlink.money import format_inr, group_indian

__all__ = ["format_inr", "format_when", "group_indian"]

_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def format_when(moment: datetime, tz: tzinfo) -> str:
    """``Tue 25 Nov 2025, 10:30 AM`` in the clinic's timezone (naive = assumed already local)."""
    local = moment.astimezone(tz) if moment.tzinfo is not None else moment
    hour12 = local.hour % 12 or 12
    ampm = "AM" if local.hour < 12 else "PM"
    return (
        f"{_DAYS[local.weekday()]} {local.day} {_MONTHS[local.month - 1]} {local.year}, "
        f"{hour12}:{local.minute:02d} {ampm}"
    )
