"""Dashboard numbers against hand-computed data, on SQLite and MariaDB."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from medlink.db.models import AppointmentStatus
from medlink.errors import PermissionDenied, ValidationError
from medlink.services import appointments, billing, dashboard, doctors

IST = ZoneInfo("Asia/Kolkata")


def _at(day: date, hh: int, mm: int = 0) -> datetime:
    return datetime.combine(day, time(hh, mm), tzinfo=IST)


@pytest.fixture
def scenario(clinic, db, records_dir):  # type: ignore[no-untyped-def]
    today = datetime.now(IST).date()
    d1, d2 = today + timedelta(days=1), today + timedelta(days=2)
    a = clinic.doctor("Dr. Anand Cardio", speciality="Cardiologist")
    b = clinic.doctor("Dr. Bina General", speciality="General Physician")
    c = clinic.doctor("Dr. Chetan General", speciality="General Physician")
    doctors.set_fees(db, actor=b, consultation="750", lab_test="0", medication="0", other="0")
    p1, p2, p3, p4 = (clinic.patient(f"Patient {n}") for n in "ABCD")
    admin = clinic.admin

    def book(patient, doctor, when):  # type: ignore[no-untyped-def]
        return appointments.book_appointment(db, actor=admin, patient_id=patient.patient_id,
                                             doctor_id=doctor.doctor_id, starts_at=when)

    def outcome(appt, status):  # type: ignore[no-untyped-def]
        appointments.set_outcome(db, actor=admin, appointment_id=appt.id, status=status,
        now=appt.ends_at)

    # Day 1: 00:00 IST is 18:30 UTC of the previous day and 23:30 IST is 18:00 UTC —
    # both must count on day 1 (local days, not UTC days).
    a1 = book(p1, a, _at(d1, 0, 0)); outcome(a1, AppointmentStatus.COMPLETED)
    a2 = book(p2, a, _at(d1, 0, 15)); outcome(a2, AppointmentStatus.NO_SHOW)
    book(p3, a, _at(d1, 23, 30))
    b1 = book(p1, b, _at(d1, 10)); appointments.cancel_appointment(db, actor=admin, appointment_id=b1.id, reason="x")
    b2 = book(p4, b, _at(d1, 10)); outcome(b2, AppointmentStatus.COMPLETED)
    # Day 2
    b3 = book(p2, b, _at(d2, 9)); outcome(b3, AppointmentStatus.COMPLETED)
    book(p3, c, _at(d2, 9))
    book(p4, c, _at(d2, 9, 15))
    # Bills (issued today): 500 + 18 % = 590 and 750 + 18 % = 885; a voided one does not count.
    for appt in (a1, b2, b3):
        lines = billing.draft_bill_lines(db, actor=admin, appointment_id=appt.id)
        bill = billing.issue_bill(db, actor=admin, records_dir=records_dir, appointment_id=appt.id, lines=lines)
        if appt is b3:
            billing.void_bill(db, actor=admin, bill_id=bill.id, reason="Issued by mistake")
    return {"today": today, "d1": d1, "d2": d2, "a": a, "b": b, "c": c}


def test_today_summary_counts_by_status_and_doctor(scenario, clinic, db):
    summary = dashboard.today_summary(db, actor=clinic.staff(), day=scenario["d1"])
    assert summary.by_status == {"booked": 1, "checked_in": 0, "completed": 2, "no_show": 1, "cancelled": 1}
    assert summary.total == 4
    rows = {r.doctor_name: r for r in summary.per_doctor}
    assert set(rows) == {"Dr. Anand Cardio", "Dr. Bina General"}
    anand, bina = rows["Dr. Anand Cardio"], rows["Dr. Bina General"]
    assert (anand.booked, anand.completed, anand.no_show, anand.cancelled, anand.total) == (1, 1, 1, 0, 3)
    assert (bina.booked, bina.completed, bina.no_show, bina.cancelled, bina.total) == (0, 1, 0, 1, 1)
    empty = dashboard.today_summary(db, actor=clinic.admin, day=scenario["d1"] + timedelta(days=30))
    assert empty.total == 0 and empty.per_doctor == ()


def test_period_report_matches_hand_computed_numbers(scenario, clinic, db):
    report = dashboard.period_report(db, actor=clinic.admin, first_day=scenario["today"], last_day=scenario["d2"])
    by_day = {d.day: d for d in report.days}
    assert [d.day for d in report.days] == [scenario["today"], scenario["d1"], scenario["d2"]]
    assert (by_day[scenario["today"]].appointments, by_day[scenario["today"]].revenue) == (0, Decimal("1475.00"))
    assert by_day[scenario["today"]].gst == Decimal("225.00")
    d1 = by_day[scenario["d1"]]
    assert (d1.appointments, d1.completed, d1.no_show, d1.cancelled) == (4, 2, 1, 1)
    d2 = by_day[scenario["d2"]]
    assert (d2.appointments, d2.completed, d2.no_show, d2.cancelled, d2.revenue) == (3, 1, 0, 0, Decimal("0.00"))
    assert (report.appointments, report.completed, report.no_show, report.cancelled) == (7, 3, 1, 1)
    assert report.no_show_rate == Decimal("25.0")
    assert report.revenue == Decimal("1475.00") and report.gst == Decimal("225.00") and report.bills == 2
    assert [(s.speciality, s.appointments) for s in report.top_specialities] == [
        ("General Physician", 4), ("Cardiologist", 3)]
    header, rows = dashboard.report_table(report)
    assert header[-2:] == ["Revenue (INR)", "GST (INR)"]
    assert rows[-1] == ["Total", "7", "3", "1", "1", "1475.00", "225.00"]


def test_staff_see_counts_but_no_money(scenario, clinic, db):
    report = dashboard.period_report(db, actor=clinic.staff(), first_day=scenario["d1"], last_day=scenario["d1"])
    assert report.appointments == 4
    assert report.revenue is None and report.gst is None and report.bills is None
    assert all(d.revenue is None for d in report.days)
    header, rows = dashboard.report_table(report)
    assert "Revenue (INR)" not in header and rows[-1] == ["Total", "4", "2", "1", "1"]


def test_period_validation_and_permissions(clinic, db):
    today = date(2026, 1, 10)
    with pytest.raises(ValidationError) as info:
        dashboard.period_report(db, actor=clinic.admin, first_day=today, last_day=today - timedelta(days=1))
    assert info.value.field == "last_day"
    patient, doctor = clinic.patient(), clinic.doctor()
    for actor in (patient, doctor):
        with pytest.raises(PermissionDenied):
            dashboard.today_summary(db, actor=actor)
        with pytest.raises(PermissionDenied):
            dashboard.period_report(db, actor=actor, first_day=today, last_day=today)
