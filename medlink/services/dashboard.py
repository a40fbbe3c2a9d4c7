"""The clinic dashboard: today at a glance and a chosen period, aggregated in the database.

Every number is a GROUP BY / COUNT / SUM query — rows are never pulled into
Python to be counted.  Today's figures come straight from the appointments; a
period's from the daily summary tables (``medlink.db.summary``), which the same
transactions that book, cancel, complete and bill keep up to date.  Days are the
clinic's local days.

Staff and administrators see appointment numbers; money (revenue and GST)
is for administrators only — staff get ``None`` there.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal
from typing import Any

from sqlalchemy import case, func, literal_column, select
from sqlalchemy.orm import Session

from medlink.db.models import Appointment, AppointmentDayCount, AppointmentStatus, BillDayTotal, Doctor
from medlink.db.session import Database, retry_on_contention
from medlink.errors import ValidationError
from medlink.services.actor import Actor
from medlink.services.clinic_settings import clinic_timezone
from medlink.services.permissions import authorize, require_staff
from medlink.validation import from_paise
from medlink.i18n import tr

MAX_PERIOD_DAYS = 731
STATUSES = tuple(s.value for s in AppointmentStatus)


@dataclass(frozen=True)
class DoctorDayRow:
    doctor_id: int
    doctor_name: str
    speciality: str
    booked: int
    checked_in: int
    completed: int
    no_show: int
    cancelled: int

    @property
    def total(self) -> int:
        """Appointments of the day that were not cancelled."""
        return self.booked + self.checked_in + self.completed + self.no_show


@dataclass(frozen=True)
class TodaySummary:
    day: date
    by_status: dict[str, int]
    per_doctor: tuple[DoctorDayRow, ...]

    @property
    def total(self) -> int:
        return sum(v for k, v in self.by_status.items() if k != AppointmentStatus.CANCELLED.value)


@dataclass(frozen=True)
class DayRow:
    day: date
    appointments: int  # not cancelled
    completed: int
    no_show: int
    cancelled: int
    revenue: Decimal | None  # admin only
    gst: Decimal | None  # admin only


@dataclass(frozen=True)
class SpecialityRow:
    speciality: str
    appointments: int


@dataclass(frozen=True)
class PeriodReport:
    first_day: date
    last_day: date
    days: tuple[DayRow, ...]
    appointments: int
    completed: int
    no_show: int
    cancelled: int
    revenue: Decimal | None
    gst: Decimal | None
    bills: int | None
    top_specialities: tuple[SpecialityRow, ...]

    @property
    def includes_money(self) -> bool:
        return self.revenue is not None

    @property
    def no_show_rate(self) -> Decimal | None:
        """No-shows as a percentage of the appointments that reached an outcome (completed or no-show)."""
        decided = self.completed + self.no_show
        if not decided:
            return None
        return (Decimal(self.no_show * 100) / Decimal(decided)).quantize(Decimal("0.1"))


# --- SQL helpers ----------------------------------------------------------------------------

def utc_offset_minutes(session: Session, on: date) -> int:
    tz = clinic_timezone(session)
    offset = datetime.combine(on, time(12), tzinfo=tz).utcoffset() or timedelta(0)
    return int(offset.total_seconds() // 60)


def local_date(column: Any, offset_minutes: int, dialect: str) -> Any:
    """SQL expression: the clinic-local calendar date of a UTC datetime column."""
    minutes = int(offset_minutes)
    if dialect == "sqlite":
        return func.date(func.datetime(column, f"{minutes:+d} minutes"))
    return func.date(func.date_add(column, literal_column(f"INTERVAL {minutes} MINUTE")))


def _as_date(value: Any) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _window(session: Session, first_day: date, last_day: date) -> tuple[datetime, datetime]:
    tz = clinic_timezone(session)
    start = datetime.combine(first_day, time.min, tzinfo=tz).astimezone(timezone.utc)
    end = datetime.combine(last_day + timedelta(days=1), time.min, tzinfo=tz).astimezone(timezone.utc)
    return start, end


def _count_status(status: str) -> Any:
    return func.sum(case((Appointment.status == status, 1), else_=0))


def _int(value: Any) -> int:
    return int(value or 0)


# --- services -------------------------------------------------------------------------------

@retry_on_contention
def today_summary(db: Database, *, actor: Actor, day: date | None = None) -> TodaySummary:
    """Appointments of one clinic day by status, overall and per doctor."""
    with db.read() as session:
        require_staff(session, actor, "see the dashboard")
        if day is None:
            day = datetime.now(clinic_timezone(session)).date()
        start, end = _window(session, day, day)
        in_day = (Appointment.starts_at >= start, Appointment.starts_at < end)
        by_status = dict.fromkeys(STATUSES, 0)
        for status, count in session.execute(
                select(Appointment.status, func.count(Appointment.id)).where(*in_day).group_by(Appointment.status)):
            by_status[status] = int(count)
        query = (select(Doctor.id, Doctor.full_name, Doctor.speciality,
                        *(_count_status(s) for s in STATUSES))
                 .join(Appointment, Appointment.doctor_id == Doctor.id).where(*in_day)
                 .group_by(Doctor.id, Doctor.full_name, Doctor.speciality).order_by(Doctor.full_name))
        per_doctor = []
        for row in session.execute(query):
            counts = dict(zip(STATUSES, (_int(v) for v in row[3:]), strict=True))
            per_doctor.append(DoctorDayRow(row[0], row[1], row[2], counts["booked"], counts["checked_in"],
                                           counts["completed"], counts["no_show"], counts["cancelled"]))
        return TodaySummary(day, by_status, tuple(per_doctor))


@retry_on_contention
def period_report(db: Database, *, actor: Actor, first_day: date, last_day: date,
                  top: int = 5) -> PeriodReport:
    """Appointments per day, no-show rate, top specialities and (admin) revenue and GST."""
    actor = authorize(db, require_staff, actor, "see the dashboard")
    if last_day < first_day:
        raise ValidationError("last_day", tr("dashboard", "The end date must be on or after the start date."))
    if (last_day - first_day).days >= MAX_PERIOD_DAYS:
        raise ValidationError("last_day", tr("dashboard", "Choose a period of at most two years."))
    money = actor.is_admin
    with db.read() as session:
        cancelled = AppointmentStatus.CANCELLED.value
        # The daily summaries (medlink.db.summary) are kept in the same transactions that
        # book, cancel, move and complete appointments and issue bills: a year is at most
        # 365 × specialities × statuses rows here instead of every appointment.
        in_period = (AppointmentDayCount.day >= first_day, AppointmentDayCount.day <= last_day)
        per_day: dict[date, dict[str, int]] = {}
        query = (select(AppointmentDayCount.day, AppointmentDayCount.status, func.sum(AppointmentDayCount.count))
                 .where(*in_period).group_by(AppointmentDayCount.day, AppointmentDayCount.status))
        for day_value, status, count in session.execute(query):
            count = _int(count)
            counts = per_day.setdefault(_as_date(day_value),
                                        {"appointments": 0, "completed": 0, "no_show": 0, "cancelled": 0})
            if status != cancelled:
                counts["appointments"] += count
            if status == AppointmentStatus.COMPLETED.value:
                counts["completed"] += count
            elif status == AppointmentStatus.NO_SHOW.value:
                counts["no_show"] += count
            elif status == cancelled:
                counts["cancelled"] += count
        money_by_day: dict[date, tuple[int, int]] = {}
        bill_count: int | None = None
        if money:
            bill_count = 0
            for day_value, count, total_paise, tax_paise in session.execute(
                    select(BillDayTotal.day, BillDayTotal.bills, BillDayTotal.total_paise, BillDayTotal.tax_paise)
                    .where(BillDayTotal.day >= first_day, BillDayTotal.day <= last_day)):
                money_by_day[_as_date(day_value)] = (_int(total_paise), _int(tax_paise))
                bill_count += _int(count)
        total = func.sum(AppointmentDayCount.count)
        specialities = (select(AppointmentDayCount.speciality, total)
                        .where(*in_period, AppointmentDayCount.status != cancelled)
                        .group_by(AppointmentDayCount.speciality)
                        .having(total > 0)
                        .order_by(total.desc(), AppointmentDayCount.speciality).limit(top))
        top_rows = tuple(SpecialityRow(s, int(n)) for s, n in session.execute(specialities))
    days = []
    zero = {"appointments": 0, "completed": 0, "no_show": 0, "cancelled": 0}
    current = first_day
    while current <= last_day:
        counts = per_day.get(current, zero)
        paise = money_by_day.get(current, (0, 0))
        days.append(DayRow(current, counts["appointments"], counts["completed"], counts["no_show"],
                           counts["cancelled"], from_paise(paise[0]) if money else None,
                           from_paise(paise[1]) if money else None))
        current += timedelta(days=1)
    revenue_paise = sum(v[0] for v in money_by_day.values())
    tax_paise = sum(v[1] for v in money_by_day.values())
    return PeriodReport(
        first_day=first_day, last_day=last_day, days=tuple(days),
        appointments=sum(d.appointments for d in days), completed=sum(d.completed for d in days),
        no_show=sum(d.no_show for d in days), cancelled=sum(d.cancelled for d in days),
        revenue=from_paise(revenue_paise) if money else None, gst=from_paise(tax_paise) if money else None,
        bills=bill_count, top_specialities=top_rows,
    )


def report_table(report: PeriodReport) -> tuple[list[str], list[list[str]]]:
    """Header and rows of the period table (for the screen and the CSV export); money as exact strings."""
    header = ["Date", "Appointments", "Completed", "No-shows", "Cancelled"]
    if report.includes_money:
        header += ["Revenue (INR)", "GST (INR)"]
    rows = []
    for d in report.days:
        row = [d.day.isoformat(), str(d.appointments), str(d.completed), str(d.no_show), str(d.cancelled)]
        if report.includes_money:
            row += [str(d.revenue), str(d.gst)]
        rows.append(row)
    total = ["Total", str(report.appointments), str(report.completed), str(report.no_show), str(report.cancelled)]
    if report.includes_money:
        total += [str(report.revenue), str(report.gst)]
    rows.append(total)
    return header, rows


__all__ = ["TodaySummary", "DoctorDayRow", "PeriodReport", "DayRow", "SpecialityRow", "today_summary",
           "period_report", "report_table", "local_date"]
