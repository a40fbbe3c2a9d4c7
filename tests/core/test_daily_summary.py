"""The dashboard's daily summaries stay equal to a recount after every kind of change (both back-ends)."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from sqlalchemy import select, text

from medlink.db.models import AppointmentDayCount, AppointmentStatus, BillDayTotal
from medlink.db.summary import _appointment_counts, rebuild_summaries
from medlink.services import appointments, billing, clinic_settings, dashboard


def _stored(db):  # type: ignore[no-untyped-def]
    with db.read() as s:
        counts = Counter({(r.day, r.speciality, r.status): r.count
                          for r in s.scalars(select(AppointmentDayCount)) if r.count})
        money = {r.day: (r.bills, r.total_paise, r.tax_paise)
                 for r in s.scalars(select(BillDayTotal)) if r.bills or r.total_paise}
    return counts, money


def _recounted(db, tz_name: str):  # type: ignore[no-untyped-def]
    with db.engine.begin() as conn:  # recount into the tables, read, roll back
        trans_counts = _appointment_counts(conn, ZoneInfo(tz_name))
    with db.engine.connect() as conn:
        trans = conn.begin()
        rebuild_summaries(conn, ZoneInfo(tz_name))
        money = {row.day: (row.bills, row.total_paise, row.tax_paise)
                 for row in conn.execute(text("SELECT day, bills, total_paise, tax_paise FROM bill_day_totals"))}
        trans.rollback()
    from datetime import date

    money = {(d if isinstance(d, date) else date.fromisoformat(str(d))): v for d, v in money.items()}
    return Counter({k: v for k, v in trans_counts.items() if v}), money


def test_summaries_follow_every_change(clinic, db, records_dir):
    admin = clinic.admin
    cardio = clinic.doctor("Dr. Heart", speciality="Cardiologist")
    general = clinic.doctor("Dr. Gen", speciality="General Physician")
    other_general = clinic.doctor("Dr. Gen Two", speciality="General Physician")
    patients = [clinic.patient() for _ in range(4)]

    booked = [clinic.booking(p, d, days_ahead=n + 1) for n, (p, d) in
              enumerate(zip(patients, (cardio, general, general, cardio)))]
    assert _stored(db) == _recounted(db, "Asia/Kolkata")
    appointments.cancel_appointment(db, actor=admin, appointment_id=booked[0].id, reason="Travel")
    slot = clinic.next_slots(general, 1, days_ahead=6)[0]
    appointments.reschedule_appointment(db, actor=admin, appointment_id=booked[1].id, new_starts_at=slot,
                                        new_doctor_id=other_general.doctor_id)
    appointments.set_outcome(db, actor=admin, appointment_id=booked[2].id, status=AppointmentStatus.COMPLETED,
                             now=booked[2].ends_at)
    appointments.set_outcome(db, actor=admin, appointment_id=booked[3].id, status=AppointmentStatus.NO_SHOW,
                             now=booked[3].ends_at)
    bill = billing.issue_bill(db, actor=admin, records_dir=records_dir, appointment_id=booked[2].id,
                              lines=[billing.BillDraftLine("consultation", "Consultation", 1, Decimal("500"))])
    assert _stored(db) == _recounted(db, "Asia/Kolkata")
    stored_money = _stored(db)[1]
    assert sum(v[1] for v in stored_money.values()) == 59000 and sum(v[2] for v in stored_money.values()) == 9000

    billing.void_bill(db, actor=admin, bill_id=bill.id, reason="Wrong patient")
    assert _stored(db)[1] == {}
    # a doctor changes speciality: their appointments count under the new one
    with db.transaction() as s:
        from medlink.db.models import Doctor

        s.get(Doctor, cardio.doctor_id).speciality = "Dermatologist"
    assert _stored(db) == _recounted(db, "Asia/Kolkata")
    assert all(k[1] != "Cardiologist" for k in _stored(db)[0])
    # a new time zone re-buckets every day
    clinic_settings.update_settings(db, actor=admin, changes={"timezone": "America/New_York"})
    assert _stored(db) == _recounted(db, "America/New_York")

    first = min(k[0] for k in _stored(db)[0])
    report = dashboard.period_report(db, actor=admin, first_day=first - timedelta(days=1),
                                     last_day=first + timedelta(days=30))
    assert report.cancelled == 1 and report.completed == 1 and report.no_show == 1
    assert report.appointments == 3 and report.bills == 0


def test_a_rolled_back_booking_leaves_the_summary_alone(clinic, db):
    patient, doctor = clinic.patient(), clinic.doctor()
    appt = clinic.booking(patient, doctor)
    before = _stored(db)
    try:
        with db.transaction() as s:
            from medlink.db.models import Appointment

            s.get(Appointment, appt.id).status = AppointmentStatus.CANCELLED.value
            s.flush()  # the summary moved inside the transaction …
            raise RuntimeError("the workstation crashed")
    except RuntimeError:
        pass
    assert _stored(db) == before  # … and moved back with the rollback


def test_a_rolled_back_savepoint_takes_its_summary_change_with_it(clinic, db):
    """The differences are written at the commit; one noted inside a savepoint that was rolled back is
    dropped, one of a released savepoint is kept (a lost slot race rolls back to a savepoint)."""
    from medlink.db.models import Appointment

    doctor = clinic.doctor()
    first, second = clinic.booking(clinic.patient(), doctor), clinic.booking(clinic.patient(), doctor, days_ahead=2)
    with db.transaction() as s:
        try:
            with s.begin_nested():
                s.get(Appointment, first.id).status = AppointmentStatus.CANCELLED.value
                s.flush()
                raise RuntimeError("given up inside the savepoint")
        except RuntimeError:
            pass
        with s.begin_nested():
            s.get(Appointment, second.id).status = AppointmentStatus.CANCELLED.value
    stored = _stored(db)
    assert stored == _recounted(db, "Asia/Kolkata")
    assert sum(n for (_day, _spec, status), n in stored[0].items() if status == "cancelled") == 1


def test_the_summary_rows_are_written_last_just_before_the_commit(clinic, db, records_dir):
    """Every workstation writes the same few summary rows (today × speciality × status): they are
    written after everything else of the unit of work, so their row locks are held only for the commit
    (on Galera, a replicated change to them no longer aborts a transaction that is still working)."""
    from sqlalchemy import event

    staff, patient, doctor = clinic.staff(), clinic.patient(), clinic.doctor()
    slot = clinic.next_slots(doctor, 1, days_ahead=3)[0]
    done = clinic.booking(clinic.patient(), doctor)
    appointments.set_outcome(db, actor=doctor, appointment_id=done.id, status=AppointmentStatus.COMPLETED,
                             now=done.ends_at)
    statements: list[str] = []

    def seen(_conn, _cursor, statement, _params, _context, _many) -> None:  # type: ignore[no-untyped-def]
        statements.append(" ".join(statement.split()).lower())

    def committed(_conn) -> None:  # type: ignore[no-untyped-def]
        statements.append("-- commit")

    event.listen(db.engine, "before_cursor_execute", seen)
    event.listen(db.engine, "commit", committed)
    try:
        appointments.book_appointment(db, actor=staff, patient_id=patient.patient_id, doctor_id=doctor.doctor_id,
                                      starts_at=slot, reason="Fever")
        booking = list(statements)
        statements.clear()
        billing.issue_bill(db, actor=staff, records_dir=records_dir, appointment_id=done.id,
                           lines=[billing.BillDraftLine("consultation", "Consultation", 1, Decimal("500"))])
        numbered = next(i for i, sql in enumerate(statements) if sql.startswith("insert into bills"))
        end = statements.index("-- commit", numbered)
        bill, receipt = statements[:end], statements[end + 1:]  # numbering the bill; then its receipt
    finally:
        event.remove(db.engine, "before_cursor_execute", seen)
        event.remove(db.engine, "commit", committed)
    # storing the receipt changes no amount: it does not touch the day's totals every desk writes
    assert any("update bills" in sql for sql in receipt) and not any("bill_day_totals" in sql for sql in receipt)

    for unit, summary_table in ((booking, "appointment_day_counts"), (bill, "bill_day_totals")):
        writes = [i for i, sql in enumerate(unit) if sql.startswith(("insert", "update", "delete"))]
        summary = [i for i in writes if summary_table in unit[i]]
        assert summary, unit
        assert writes[-len(summary):] == summary  # nothing written after the summary rows …
        assert any("insert into audit_log" in unit[i] for i in writes[:-len(summary)])  # … the audit row before
