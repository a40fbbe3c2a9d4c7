"""Slot arithmetic (pure, Qt-free, database-free).

Working hours are in the clinic's local time; slots are returned as aware UTC
datetimes.  A slot is free when it lies inside a working range, is not on a
leave day, starts after ``now`` and overlaps no booked appointment.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone, tzinfo

from medlink.errors import ValidationError
from medlink.i18n import tr


@dataclass(frozen=True, order=True)
class WorkingRange:
    weekday: int  # Monday = 0
    start: time
    end: time


@dataclass(frozen=True)
class BookedInterval:
    starts_at: datetime
    ends_at: datetime


def validate_ranges(ranges: Sequence[WorkingRange]) -> list[WorkingRange]:
    """Sorted ranges; overlapping or empty ranges raise ValidationError."""
    out = sorted(ranges)
    for r in out:
        if not 0 <= r.weekday <= 6:
            raise ValidationError("availability", tr("scheduling", "Weekday must be Monday to Sunday."))
        if r.start >= r.end:
            raise ValidationError("availability", tr("scheduling", "{day}: the end time must be after the start time.").format(day=_day(r.weekday)))
    for a, b in zip(out, out[1:]):
        if a.weekday == b.weekday and b.start < a.end:
            raise ValidationError("availability", tr("scheduling", "{day}: the working hours overlap.").format(day=_day(a.weekday)))
    return out


def _day(weekday: int) -> str:
    return ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")[weekday]


def slots_for_day(day: date, ranges: Iterable[WorkingRange], slot_minutes: int, tz: tzinfo) -> list[datetime]:
    """Every slot start of ``day`` (UTC, aware), regardless of bookings."""
    step = timedelta(minutes=slot_minutes)
    out: list[datetime] = []
    for r in ranges:
        if r.weekday != day.weekday():
            continue
        start = datetime.combine(day, r.start, tzinfo=tz)
        end = datetime.combine(day, r.end, tzinfo=tz)
        current = start
        while current + step <= end:
            out.append(current.astimezone(timezone.utc))
            current += step
    return sorted(out)


def _slots_after(day: date, ranges: Sequence[WorkingRange], slot_minutes: int, tz: tzinfo,
                 after: datetime) -> Iterator[datetime]:
    """The slot starts of ``day`` later than ``after`` (UTC, aware, in order), as :func:`slots_for_day` gives them.

    Made one by one and without a time-zone conversion per slot when the day has one UTC offset
    (every day in India): the doctor search asks this of every doctor on a page and stops at the first."""
    offset = datetime.combine(day, time.min, tzinfo=tz).utcoffset()
    if offset is None or offset != datetime.combine(day, time.max, tzinfo=tz).utcoffset():
        yield from (slot for slot in slots_for_day(day, ranges, slot_minutes, tz) if slot > after)
        return
    step = timedelta(minutes=slot_minutes)
    for r in sorted(ranges):
        current = (datetime.combine(day, r.start) - offset).replace(tzinfo=timezone.utc)
        end = (datetime.combine(day, r.end) - offset).replace(tzinfo=timezone.utc)
        if current <= after:
            current += ((after - current) // step + 1) * step
        while current + step <= end:
            yield current
            current += step


def free_slots(
    *,
    ranges: Sequence[WorkingRange],
    slot_minutes: int,
    leave_days: set[date],
    booked: Sequence[BookedInterval],
    first_day: date,
    days: int,
    tz: tzinfo,
    now: datetime,
    limit: int | None = None,
) -> list[datetime]:
    """Free slot starts from ``first_day`` for ``days`` days (UTC, aware)."""
    step = timedelta(minutes=slot_minutes)
    booked_sorted = sorted(booked, key=lambda b: b.starts_at)
    starts = [b.starts_at for b in booked_sorted]
    by_weekday: dict[int, list[WorkingRange]] = {}
    for r in ranges:
        by_weekday.setdefault(r.weekday, []).append(r)
    out: list[datetime] = []
    for offset in range(days):
        day = first_day + timedelta(days=offset)
        if day in leave_days or day.weekday() not in by_weekday:
            continue
        for slot in _slots_after(day, by_weekday[day.weekday()], slot_minutes, tz, now):
            if _overlaps(slot, slot + step, booked_sorted, starts):
                continue
            out.append(slot)
            if limit is not None and len(out) >= limit:
                return out
    return out


def _overlaps(start: datetime, end: datetime, booked: Sequence[BookedInterval], starts: list[datetime]) -> bool:
    index = bisect_left(starts, end)
    # Only intervals starting before `end` can overlap; look back from there.
    for i in range(index - 1, -1, -1):
        b = booked[i]
        if b.ends_at > start:
            return True
        if b.starts_at + timedelta(hours=24) < start:
            break
    return False


def is_working_slot(starts_at: datetime, *, ranges: Sequence[WorkingRange], slot_minutes: int,
                    leave_days: set[date], tz: tzinfo) -> bool:
    local = starts_at.astimezone(tz)
    if local.date() in leave_days:
        return False
    return starts_at.astimezone(timezone.utc) in set(slots_for_day(local.date(), ranges, slot_minutes, tz))
