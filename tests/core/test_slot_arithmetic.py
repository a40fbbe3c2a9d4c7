"""The next-free-slot arithmetic: the fast path gives exactly the slots of the plain one.

``free_slots`` makes a day's slots one by one, in UTC, from the first one after "now" when the day has
one UTC offset; ``slots_for_day`` (every slot of the day, converted one by one) is the reference.  Days
with a daylight-saving change fall back to the reference, which these zones exercise.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from medlink.scheduling import BookedInterval, WorkingRange, _slots_after, free_slots, slots_for_day

ZONES = [ZoneInfo("Asia/Kolkata"), ZoneInfo("Europe/London"), ZoneInfo("America/New_York"), timezone.utc]
# days around the 2026 changes in London (29 Mar, 25 Oct) and New York (8 Mar, 1 Nov), and ordinary days
DAYS = [date(2026, 3, 8), date(2026, 3, 29), date(2026, 10, 25), date(2026, 11, 1), date(2026, 12, 2),
        date(2026, 6, 15)]


@st.composite
def day_ranges(draw: st.DrawFn) -> tuple[date, list[WorkingRange]]:
    day = draw(st.sampled_from(DAYS))
    # up to three non-overlapping ranges on that weekday, given in any order
    cuts = sorted(draw(st.lists(st.integers(0, 24 * 4 - 1), min_size=2, max_size=6, unique=True)))
    pairs = [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts) - 1, 2)]
    ranges = [WorkingRange(day.weekday(), time(a // 4, a % 4 * 15), time(b // 4, b % 4 * 15)) for a, b in pairs]
    return day, draw(st.permutations(ranges))


@given(day_ranges(), st.sampled_from([5, 10, 15, 20, 30, 45, 60]), st.sampled_from(ZONES),
       st.integers(-26 * 60, 26 * 60))
def test_the_slots_after_now_are_the_days_slots_later_than_now(day_and_ranges, minutes, tz, now_minutes):
    day, ranges = day_and_ranges
    after = datetime.combine(day, time.min, tzinfo=tz).astimezone(timezone.utc) + timedelta(minutes=now_minutes)
    expected = [slot for slot in slots_for_day(day, ranges, minutes, tz) if slot > after]
    assert list(_slots_after(day, ranges, minutes, tz, after)) == expected


def test_the_first_free_slot_skips_booked_slots_and_the_past():
    tz = ZoneInfo("Asia/Kolkata")
    day = date(2026, 12, 2)
    ranges = [WorkingRange(day.weekday(), time(14, 0), time(17, 0)), WorkingRange(day.weekday(), time(9, 0), time(12, 0))]
    now = datetime(2026, 12, 2, 10, 7, tzinfo=tz)
    booked = [BookedInterval(datetime(2026, 12, 2, 10, 15, tzinfo=tz), datetime(2026, 12, 2, 10, 45, tzinfo=tz))]
    slots = free_slots(ranges=ranges, slot_minutes=15, leave_days=set(), booked=booked, first_day=day, days=1,
                       tz=tz, now=now, limit=3)
    assert [s.astimezone(tz).time() for s in slots] == [time(10, 45), time(11, 0), time(11, 15)]
    assert all(s.tzinfo is timezone.utc for s in slots)
