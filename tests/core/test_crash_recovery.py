"""Kill the real program (SIGKILL) in the middle of its work, restart, and prove
nothing is lost or half-written.  Runs on SQLite and MariaDB."""

from __future__ import annotations

import io
import json
import os
import random
import signal
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import keyring
import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from medlink.db.models import Appointment, AppointmentStatus, AuditLog, Bill, MedicalRecord, OutboxMessage
from medlink.maintenance import integrity_check, recover_records_folder
from medlink.security.secrets import DemoFileKeyring
from medlink.services import appointments, billing, documents, records

ROOT = Path(__file__).resolve().parents[2]
KILLS = 3


@pytest.fixture
def shared_keyring(tmp_path):  # type: ignore[no-untyped-def]
    """Worker processes and this test must share the records key: a keyring in a test folder."""
    folder = tmp_path / "keyring"
    folder.mkdir()
    previous = keyring.get_keyring()
    shared = DemoFileKeyring(folder)
    for (service, account), value in previous.entries().items():  # the clinic key made by the db fixture
        shared.set_password(service, account, value)
    keyring.set_keyring(shared)
    yield folder
    keyring.set_keyring(previous)


def run_and_kill(op: str, spec: dict, *, min_progress: int, rng: random.Random) -> int:  # type: ignore[type-arg]
    """Start the worker, let it finish a few operations, then SIGKILL it at a random moment."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([sys.executable, "-m", "tests.support.crash_worker", op, json.dumps(spec)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT, env=env)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "ready", proc.stderr.read() if proc.stderr else ""
    done = 0
    deadline = time.monotonic() + 60
    while done < min_progress and time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            proc.wait(10)
            raise AssertionError(f"worker died: {proc.stderr.read() if proc.stderr else ''}")
        if line.startswith("done"):
            break
        if not line.startswith("skip"):
            done += 1
    time.sleep(rng.uniform(0.0, 0.08))  # land somewhere inside the next operation
    proc.send_signal(signal.SIGKILL)
    proc.wait(10)
    return done


def base_spec(db, records_dir, keyring_dir, staff) -> dict:  # type: ignore[no-untyped-def,type-arg]
    return {"url": db.url.render_as_string(hide_password=False), "records_dir": str(records_dir),
            "keyring_dir": str(keyring_dir), "staff_user_id": staff.user_id, "staff_epoch": staff.session_epoch,
            "staff_email": staff.email}


def test_kill_during_booking(clinic, db, records_dir, shared_keyring):
    staff, doctor = clinic.staff(), clinic.doctor()
    patients = [clinic.patient() for _ in range(12)]
    slots = clinic.next_slots(doctor, 12)
    spec = base_spec(db, records_dir, shared_keyring, staff) | {
        "doctor_id": doctor.doctor_id, "patient_ids": [p.patient_id for p in patients],
        "slots": [s.isoformat() for s in slots]}
    rng = random.Random(1)
    for _ in range(KILLS):
        run_and_kill("booking", spec, min_progress=2, rng=rng)
    with db.read() as s:
        booked = s.scalars(select(Appointment.id).where(Appointment.doctor_id == doctor.doctor_id)).all()
        audits = s.scalar(select(func.count()).select_from(AuditLog).where(AuditLog.action == "appointment.book"))
        mails = s.scalar(select(func.count()).select_from(OutboxMessage).where(OutboxMessage.kind == "appointment_booked"))
        doubles = s.execute(select(Appointment.starts_at).where(Appointment.slot_claim == 1)
                            .group_by(Appointment.doctor_id, Appointment.starts_at).having(func.count() > 1)).all()
    assert len(booked) >= KILLS * 2
    # every booking is whole: its audit row and its e-mail exist, nothing exists without it
    assert audits == len(booked) and mails == len(booked) and doubles == []


def test_kill_during_reschedule(clinic, db, records_dir, shared_keyring):
    staff, doctor, patient = clinic.staff(), clinic.doctor(), clinic.patient()
    slots = clinic.next_slots(doctor, 6)
    appt = appointments.book_appointment(db, actor=staff, patient_id=patient.patient_id, doctor_id=doctor.doctor_id,
                                         starts_at=slots[0])
    spec = base_spec(db, records_dir, shared_keyring, staff) | {
        "appointment_id": appt.id, "slots": [s.isoformat() for s in slots[1:]]}
    rng = random.Random(2)
    for _ in range(KILLS):
        run_and_kill("reschedule", spec, min_progress=3, rng=rng)
    with db.read() as s:
        rows = [(a.slot_claim, a.starts_at, a.calendar_sequence)
                for a in s.scalars(select(Appointment).where(Appointment.doctor_id == doctor.doctor_id))]
        moves = s.scalar(select(func.count()).select_from(AuditLog).where(AuditLog.action == "appointment.reschedule"))
        mails = s.scalar(select(func.count()).select_from(OutboxMessage)
                         .where(OutboxMessage.kind == "appointment_rescheduled"))
    assert len(rows) == 1 and rows[0][0] == 1 and rows[0][1] in slots[1:]
    assert rows[0][2] == moves == mails >= KILLS * 3


def test_kill_during_receipts(clinic, db, records_dir, shared_keyring):
    staff, doctor = clinic.staff(), clinic.doctor()
    ids = []
    for patient in [clinic.patient() for _ in range(10)]:
        appt = clinic.booking(patient, doctor)
        appointments.set_outcome(db, actor=doctor, appointment_id=appt.id, status=AppointmentStatus.COMPLETED,
        now=appt.ends_at)
        ids.append(appt.id)
    spec = base_spec(db, records_dir, shared_keyring, staff) | {"appointment_ids": ids}
    rng = random.Random(3)
    for _ in range(KILLS):
        run_and_kill("receipt", spec, min_progress=2, rng=rng)
    # A kill between numbering a bill and storing its receipt leaves the bill issued with its receipt pending:
    # the start-up step writes it (and queues its e-mail); the bill's number and rows were never at risk.
    billing.finish_pending_receipts(db, records_dir, older_than_s=0)
    with db.read() as s:
        bills = s.execute(select(Bill.number, Bill.pdf_path).order_by(Bill.number)).all()
        assert s.scalar(select(func.count()).select_from(Bill).where(Bill.receipt_pending.is_(True))) == 0
        mails = set(s.scalars(select(OutboxMessage.attachment_path).where(OutboxMessage.kind == "receipt")))
    numbers = [int(number.rsplit("/", 1)[1]) for number, _ in bills]
    assert numbers == list(range(1, len(bills) + 1)) and len(bills) >= KILLS * 2  # no gaps, no duplicates
    assert {p for _, p in bills} == mails  # every bill's receipt e-mailed once it was written
    for number, pdf_path in bills:
        assert (records_dir / pdf_path).read_bytes().startswith(b"MLR2")  # stored encrypted, whole or not at all
        data = documents.load(db, records_dir=records_dir, relative=pdf_path)
        assert data is not None
        text = PdfReader(io.BytesIO(data)).pages[0].extract_text()
        assert number in text and "885.29" in text  # 750.25 + 9 % CGST + 9 % SGST (67.52 each)
    recover_records_folder(db, records_dir, older_than_s=0)
    problems = [p for p in integrity_check(db, records_dir) if p.kind != "orphan_file"]
    assert problems == []


def test_kill_during_upload(clinic, db, records_dir, shared_keyring):
    staff, patient = clinic.staff(), clinic.patient()
    rng = random.Random(4)
    for round_ in range(KILLS):
        spec = base_spec(db, records_dir, shared_keyring, staff) | {"patient_id": patient.patient_id,
                                                                      "start": round_ * 1000}
        run_and_kill("upload", spec, min_progress=1, rng=rng)
    removed = recover_records_folder(db, records_dir, older_than_s=0)
    assert integrity_check(db, records_dir, verify_contents=True) == []  # no half files, no orphans
    with db.read() as s:
        ids = s.scalars(select(MedicalRecord.id)).all()
    assert len(ids) >= KILLS
    for record_id in ids:
        assert records.read_record(db, actor=staff, records_dir=records_dir, record_id=record_id)[1][:4] == b"\x89PNG"
    assert all(r.endswith((".part", ".staging", ".bin")) for r in removed)


def test_kill_during_outbox_sending(clinic, db, records_dir, shared_keyring):
    from medlink.mail.delivery import OutboxSender
    from medlink.mail.smtp import SmtpSettings
    from tests.mail.support import SmtpTestServer

    server = SmtpTestServer(mode="plain").start()
    try:
        staff, doctor = clinic.staff(), clinic.doctor()
        for patient in [clinic.patient() for _ in range(8)]:
            clinic.booking(patient, doctor)
        with db.read() as s:
            expected = set(s.scalars(select(OutboxMessage.message_id)))
        spec = base_spec(db, records_dir, shared_keyring, staff) | {"smtp_port": server.port, "sender_id": "crashy"}
        rng = random.Random(5)
        for _ in range(KILLS):
            run_and_kill("outbox", spec, min_progress=2, rng=rng)
        # a fresh sender after the killed one's leases ran out
        settings = SmtpSettings(host="127.0.0.1", port=server.port, security="none",
                                sender_address="clinic@crash.test")
        survivor = OutboxSender(db, records_dir=records_dir, sender_id="survivor",
                                smtp_settings_provider=lambda: settings)
        from medlink.db.types import utcnow

        for _ in range(40):
            if not survivor.run_once(now=utcnow() + timedelta(minutes=5)).handled:
                break
        delivered = server.handler.message_ids()
        assert set(delivered) == expected  # every queued e-mail arrived
        with db.read() as s:
            statuses = set(s.scalars(select(OutboxMessage.status)))
        assert statuses == {"sent"}
        # at most the message in flight at each kill can arrive twice, with the same Message-ID
        assert len(delivered) - len(set(delivered)) <= KILLS
    finally:
        server.stop()
