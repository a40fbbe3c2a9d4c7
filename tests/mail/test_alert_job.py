"""The alert job (overdue planned readings) on SQLite and MariaDB: the job raises the alert and the doctor's
e-mail (delivered by a real SMTP server), the Needs attention list only reads, two workstations running the
job at the same moment raise each alert once, a run is bounded and a run that fails half-way loses nothing."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from sqlalchemy import func, select, update

from medlink.db.models import AuditLog, ClinicalAlert, MonitoringPlan, OutboxMessage
from medlink.db.types import utcnow
from medlink.mail import events
from medlink.services import measurements
from medlink.vocabulary import AlertKind
from tests.mail.test_delivery import make_sender

PLANNED = ("blood_pressure", "pulse", "weight", "glucose_fasting")


def _count(db, model, *where) -> int:  # type: ignore[no-untyped-def]
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(model).where(*where)) or 0)


def _overdue_mails(db) -> list[OutboxMessage]:  # type: ignore[no-untyped-def]
    with db.read() as s:
        found = list(s.scalars(select(OutboxMessage).where(OutboxMessage.dedupe_key.like("alert:overdue:%"))
                               .order_by(OutboxMessage.dedupe_key)))
        s.expunge_all()
        return found


def _plans(clinic, db, patients: int):  # type: ignore[no-untyped-def]
    """``patients`` patients of one doctor, each with a plan for every kind of PLANNED, every 2 days."""
    doctor = clinic.doctor("Dr. Meera Iyer")
    for n in range(patients):
        patient = clinic.patient(f"Plan Patient{n}")
        clinic.booking(patient, doctor)
        for kind in PLANNED:
            measurements.set_monitoring_plan(db, actor=doctor, patient_id=patient.patient_id, kind=kind, every_days=2)
    return doctor


def test_the_job_raises_the_overdue_alert_and_the_doctors_email_and_the_list_only_reads(db, clinic, records_dir,
                                                                                        smtp_server):
    patient, doctor = clinic.patient("Farah Khan"), clinic.doctor("Dr. Ravi Menon")
    clinic.booking(patient, doctor)
    measurements.set_monitoring_plan(db, actor=doctor, patient_id=patient.patient_id, kind="blood_pressure",
                                     every_days=2)
    make_sender(db, records_dir, smtp_server).run_once()  # the booking's own mails
    before = len(smtp_server.messages)
    with db.engine.begin() as conn:  # the plan was set ten days ago and no reading came since
        conn.execute(update(MonitoringPlan).values(updated_at=utcnow() - timedelta(days=10),
                                                   created_at=utcnow() - timedelta(days=10)))

    listed_before = _count(db, AuditLog, AuditLog.action == "alert.list")
    assert measurements.list_alerts(db, actor=doctor) == []  # the list read alone raises nothing…
    assert _count(db, ClinicalAlert) == 0 and _overdue_mails(db) == []
    assert _count(db, AuditLog, AuditLog.action == "alert.list") == listed_before + 1  # … and writes its one row

    report = measurements.raise_due_alerts(db)
    assert (report.raised, report.skipped, report.remaining) == (1, 0, 0)
    [alert] = measurements.list_alerts(db, actor=doctor)
    assert alert.kind is AlertKind.OVERDUE and alert.patient_name == "Farah Khan"
    assert "planned every 2 day(s)" in alert.message and "none has been entered" in alert.message
    [mail] = _overdue_mails(db)
    assert mail.to_address == doctor.email

    assert make_sender(db, records_dir, smtp_server).run_once().sent == 1
    [delivered] = smtp_server.messages[before:]
    assert delivered["Subject"] == "Planned reading overdue: Farah Khan"
    assert delivered["To"].addresses[0].addr_spec == doctor.email

    again = measurements.raise_due_alerts(db)  # idempotent: the same missed date is alerted once
    assert (again.raised, again.skipped, again.remaining) == (0, 0, 0)
    assert _count(db, ClinicalAlert) == 1 and len(_overdue_mails(db)) == 1


def test_two_workstations_running_the_job_at_once_raise_each_alert_once(db, clinic, monkeypatch):
    _plans(clinic, db, patients=6)
    due = 6 * len(PLANNED)
    later = utcnow() + timedelta(days=5)
    # both workstations finish their scan before either raises anything: each then tries every alert
    both_scanned = threading.Barrier(2, timeout=60)
    scan = measurements._due_overdue

    def scan_then_wait(session, now, doctor_id):  # type: ignore[no-untyped-def]
        found = scan(session, now, doctor_id)
        both_scanned.wait()
        return found

    monkeypatch.setattr(measurements, "_due_overdue", scan_then_wait)
    reports: list[measurements.AlertJobReport] = []
    errors: list[BaseException] = []

    def workstation() -> None:
        try:
            reports.append(measurements.raise_due_alerts(db, now=later))
        except BaseException as exc:  # reported by the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=workstation) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not errors, errors  # no deadlock, no duplicate-key error reached the caller
    assert len(reports) == 2
    assert sum(r.raised for r in reports) == due  # every alert once …
    assert sum(r.skipped for r in reports) == due  # … and the other workstation found each one taken
    assert all(r.remaining == 0 for r in reports)
    assert _count(db, ClinicalAlert, ClinicalAlert.kind == AlertKind.OVERDUE.value) == due
    mails = _overdue_mails(db)
    assert len(mails) == due and len({m.dedupe_key for m in mails}) == due  # one e-mail per alert


def test_a_run_is_bounded_and_a_failed_run_loses_nothing(db, clinic, monkeypatch):
    _plans(clinic, db, patients=5)
    due = 5 * len(PLANNED)
    later = utcnow() + timedelta(days=5)
    first = measurements.raise_due_alerts(db, now=later, batch=7)
    assert (first.raised, first.remaining) == (7, due - 7)

    queued = events.clinical_alert_raised
    calls = {"n": 0}

    def fail_on_the_fourth(session, alert):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] == 4:
            raise RuntimeError("the workstation lost power")
        return queued(session, alert)

    monkeypatch.setattr(events, "clinical_alert_raised", fail_on_the_fourth)
    with pytest.raises(RuntimeError):
        measurements.raise_due_alerts(db, now=later)
    assert _count(db, ClinicalAlert) == 7 + 3  # what the failed run committed stays, alert and e-mail together
    assert len(_overdue_mails(db)) == 7 + 3
    monkeypatch.setattr(events, "clinical_alert_raised", queued)

    rest = measurements.raise_due_alerts(db, now=later)
    assert (rest.raised, rest.skipped, rest.remaining) == (due - 10, 0, 0)
    assert _count(db, ClinicalAlert) == due and len(_overdue_mails(db)) == due


def test_cli_alerts_run(db, clinic, capsys):
    from medlink.cli import main

    patient, doctor = clinic.patient("Irfan Siddiqui"), clinic.doctor()
    clinic.booking(patient, doctor)
    for kind in ("blood_pressure", "weight", "pulse"):
        measurements.set_monitoring_plan(db, actor=doctor, patient_id=patient.patient_id, kind=kind, every_days=1)
    with db.engine.begin() as conn:
        conn.execute(update(MonitoringPlan).values(updated_at=utcnow() - timedelta(days=5)))
    url = db.url.render_as_string(hide_password=False)
    assert main(["--database-url", url, "alerts", "run", "--batch", "2"]) == 0  # two batches, one command
    assert capsys.readouterr().out.strip() == "Raised 3 overdue-reading alert(s)."
    assert _count(db, ClinicalAlert) == 3
    assert main(["--database-url", url, "alerts", "run"]) == 0
    assert capsys.readouterr().out.strip() == "Raised 0 overdue-reading alert(s)."
    assert main(["--database-url", url, "alerts", "run", "--batch", "0"]) == 2
    assert "whole number" in capsys.readouterr().err


def test_the_workstation_pump_raises_the_alert_and_sends_its_email_in_one_run(db, clinic, records_dir, smtp_server,
                                                                             monkeypatch):
    from medlink.errors import DatabaseBusy
    from medlink.services import clinic_settings, mail_admin
    from tests.mail.support import SENDER

    clinic_settings.update_settings(db, actor=clinic.admin, changes={
        "smtp_host": "localhost", "smtp_port": smtp_server.port, "smtp_security": "none",
        "smtp_sender_address": SENDER})
    patient, doctor = clinic.patient("Deepa Joshi"), clinic.doctor("Dr. Kiran Rao")
    clinic.booking(patient, doctor)
    measurements.set_monitoring_plan(db, actor=doctor, patient_id=patient.patient_id, kind="weight", every_days=3)
    with db.engine.begin() as conn:
        conn.execute(update(MonitoringPlan).values(updated_at=utcnow() - timedelta(days=9)))
    report = mail_admin.deliver_due_mail(db, records_dir)  # what OutboxPump runs off the GUI thread each minute
    assert report.problem is None and _count(db, ClinicalAlert) == 1
    assert any(m["Subject"] == "Planned reading overdue: Deepa Joshi" for m in smtp_server.messages)

    # a run whose alert job fails (the database stayed busy) still delivers the mail that is due
    def busy(*_: object, **__: object) -> None:
        raise DatabaseBusy("Other workstations held the rows; nothing was saved.")

    monkeypatch.setattr(measurements, "raise_due_alerts", busy)
    queued_before = len(smtp_server.messages)
    measurements.record_measurement(db, actor=patient, patient_id=patient.patient_id, kind="weight", value="70")
    measurements.record_measurement(db, actor=patient, patient_id=patient.patient_id, kind="weight", value="64")
    assert mail_admin.deliver_due_mail(db, records_dir).sent >= 1  # the large-change alert's e-mail
    assert len(smtp_server.messages) > queued_before
