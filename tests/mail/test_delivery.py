"""The outbox delivered to a real SMTP server, on SQLite and MariaDB: nothing lost, nothing twice."""

from __future__ import annotations

import threading
from collections import Counter
from datetime import timedelta

import pytest
from icalendar import Calendar
from sqlalchemy import select

from medlink.db.models import Appointment, AppointmentStatus, AuditLog, OutboxMessage, OutboxStatus
from medlink.db.types import utcnow
from medlink.errors import PermissionDenied, ValidationError
from medlink.mail.delivery import (
    DEFAULT_MAX_ATTEMPTS,
    DeliveryReport,
    OutboxSender,
    backoff,
    queue_due_reminders,
    run_outbox_cli,
)
from medlink.mail.errors import MailConfigurationError
from medlink.mail.outbox import queue_email
from medlink.mail.smtp import store_smtp_password
from medlink.services import appointments, billing, clinic_settings, documents, outbox_admin
from tests.mail.support import SENDER, SMTP_PASSWORD, SMTP_USER, free_port, settings_for


def make_sender(db, records_dir, server, sender_id="ws-1", **kwargs) -> OutboxSender:  # type: ignore[no-untyped-def]
    return OutboxSender(db, records_dir=records_dir, sender_id=sender_id,
                        smtp_settings_provider=lambda: settings_for(server), **kwargs)


def rows(db, **where) -> list[OutboxMessage]:  # type: ignore[no-untyped-def]
    query = select(OutboxMessage).order_by(OutboxMessage.id)
    for key, value in where.items():
        query = query.where(getattr(OutboxMessage, key) == value)
    with db.read() as s:
        found = list(s.scalars(query))
        s.expunge_all()
        return found


def queue_plain(db, count: int, kind: str = "test") -> list[str]:  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        messages = [queue_email(s, kind=kind, to_address=f"person{i}@example.test", to_name=f"Person {i}",
                                subject=f"Message {i}", body_text=f"Body {i}") for i in range(count)]
        s.flush()
        return [m.message_id for m in messages if m is not None]


def test_booking_mails_arrive_with_headers_parts_and_invite(db, clinic, records_dir, smtp_server):
    patient, doctor = clinic.patient("Meena Pillai"), clinic.doctor("Dr. Sanjay Rao")
    booked = clinic.booking(patient, doctor)
    report = make_sender(db, records_dir, smtp_server).run_once()
    assert report == DeliveryReport(sent=3)  # doctor's approval, patient's confirmation, doctor's notice
    by_to = {str(m["To"]): m for m in smtp_server.messages}
    confirmation = by_to[f"Meena Pillai <{patient.email}>"]
    [row] = rows(db, kind="appointment_booked")
    assert confirmation["Message-ID"] == row.message_id and row.status == "sent" and row.sent_at is not None
    assert str(confirmation["From"]) == f"MedLink Test Clinic <{SENDER}>" and confirmation["Date"]
    assert confirmation["Subject"].startswith("Appointment confirmed: Dr. Sanjay Rao")
    body = confirmation.get_body(preferencelist=("plain",))
    html = confirmation.get_body(preferencelist=("html",))
    assert "Dr. Sanjay Rao" in body.get_content() and "<strong>Dr. Sanjay Rao</strong>" in html.get_content()
    calendars = [p for p in confirmation.walk() if p.get_content_type() == "text/calendar"]
    assert calendars and calendars[0].get_param("method") == "REQUEST"
    [attachment] = [p for p in confirmation.iter_attachments() if p.get_filename() == "invite.ics"]
    calendar = Calendar.from_ical(attachment.get_content())
    [event] = calendar.walk("VEVENT")
    with db.read() as s:
        uid = s.get(Appointment, booked.id).calendar_uid
    assert str(calendar["METHOD"]) == "REQUEST" and str(event["UID"]) == uid and int(event["SEQUENCE"]) == 0
    assert event.decoded("DTSTART") == booked.starts_at
    assert all(r.status == "sent" for r in rows(db))


def test_receipt_arrives_with_the_pdf(db, clinic, records_dir, smtp_server):
    patient, doctor = clinic.patient("Jürgen Åström"), clinic.doctor("Dr. Meera Rao")
    booked = clinic.booking(patient, doctor)
    appointments.set_outcome(db, actor=doctor, appointment_id=booked.id, status=AppointmentStatus.COMPLETED,
                             now=booked.ends_at)
    lines = billing.draft_bill_lines(db, actor=doctor, appointment_id=booked.id)
    bill = billing.issue_bill(db, actor=doctor, records_dir=records_dir, appointment_id=booked.id, lines=lines)
    make_sender(db, records_dir, smtp_server).run_once()
    [mail] = [m for m in smtp_server.messages if m["Subject"].startswith("Your receipt")]
    assert bill.number in mail["Subject"] and "Jürgen Åström" in str(mail["To"])
    [pdf] = [p for p in mail.iter_attachments() if p.get_content_type() == "application/pdf"]
    assert pdf.get_filename() == f"{bill.number.replace('/', '_')}.pdf"
    stored = (records_dir / bill.pdf_path).read_bytes()
    assert stored.startswith(b"MLR2")  # encrypted at rest; decrypted in memory for the e-mail only
    assert pdf.get_content() == documents.load(db, records_dir=records_dir, relative=bill.pdf_path)
    assert pdf.get_content().startswith(b"%PDF-")
    assert "₹" in mail.get_body(preferencelist=("plain",)).get_content()


def test_server_down_keeps_the_message_until_it_is_back(db, records_dir, smtp_server_factory):
    server = smtp_server_factory("plain", start=False, port=free_port())
    [message_id] = queue_plain(db, 1)
    sender = make_sender(db, records_dir, server)
    now = utcnow()
    assert sender.run_once(now=now) == DeliveryReport(retried=1)
    [row] = rows(db)
    assert row.status == "pending" and row.attempts == 1 and "refused the connection" in (row.last_error or "")
    assert row.next_attempt_at == pytest.approx(now + backoff(1), abs=timedelta(seconds=5))
    assert sender.run_once(now=now + timedelta(seconds=10)) == DeliveryReport()  # not due yet
    server.start()
    assert sender.run_once(now=now + timedelta(minutes=2)) == DeliveryReport(sent=1)
    assert server.handler.message_ids() == [message_id]
    [row] = rows(db)
    assert row.status == "sent" and row.attempts == 2 and row.last_error is None


def test_backoff_doubles_and_is_capped():
    assert [backoff(n) for n in (1, 2, 3, 4)] == [timedelta(minutes=m) for m in (1, 2, 4, 8)]
    assert backoff(9) == timedelta(hours=4, minutes=16) and backoff(10) == backoff(99) == timedelta(hours=6)


def test_temporary_failures_give_up_after_the_limit(db, records_dir, smtp_server):
    smtp_server.handler.refuse_data = "451 4.3.0 Mail system busy"
    queue_plain(db, 1)
    sender = make_sender(db, records_dir, smtp_server, max_attempts=3)
    now = utcnow()
    for step in range(2):
        assert sender.run_once(now=now + timedelta(hours=7 * step)) == DeliveryReport(retried=1)
    assert sender.run_once(now=now + timedelta(hours=14)) == DeliveryReport(failed=1)
    [row] = rows(db)
    assert row.status == "failed" and row.attempts == 3
    assert "Gave up after 3 attempts" in (row.last_error or "") and "451 4.3.0 Mail system busy" in (row.last_error or "")
    assert DEFAULT_MAX_ATTEMPTS == 12


def test_permanent_refusal_is_failed_with_the_reason(db, records_dir, smtp_server):
    smtp_server.handler.refuse_rcpt = "550 5.1.1 <person0@example.test>: Recipient address rejected"
    queue_plain(db, 1)
    assert make_sender(db, records_dir, smtp_server).run_once() == DeliveryReport(failed=1)
    [row] = rows(db)
    assert row.status == "failed" and "550 5.1.1" in (row.last_error or "") and "Recipient address rejected" in (row.last_error or "")
    assert smtp_server.messages == []


def test_missing_attachment_fails_with_a_clear_reason(db, records_dir, smtp_server):
    with db.transaction() as s:
        queue_email(s, kind="receipt", to_address="p@example.test", subject="Receipt", body_text="x",
                    attachment_path="receipts/P000009/gone.pdf", attachment_name="gone.pdf")
    assert make_sender(db, records_dir, smtp_server).run_once() == DeliveryReport(failed=1)
    [row] = rows(db)
    assert row.status == "failed" and "receipts/P000009/gone.pdf is missing from the records folder" in (row.last_error or "")


def test_configuration_problem_loses_nothing_and_costs_no_attempt(db, records_dir, smtp_server_factory):
    server = smtp_server_factory("starttls", auth=True)
    queue_plain(db, 3)
    broken = OutboxSender(db, records_dir=records_dir, sender_id="ws-1",
                          smtp_settings_provider=lambda: settings_for(server, password="wrong", ca_file=None))
    report = broken.run_once()
    assert report.handled == 0 and report.problem is not None and "could not be verified" in report.problem
    assert {(r.status, r.attempts, r.claimed_by) for r in rows(db)} == {("pending", 0, None)}

    def not_configured():  # type: ignore[no-untyped-def]
        raise MailConfigurationError("No mail server is set up yet.")

    idle = OutboxSender(db, records_dir=records_dir, sender_id="ws-2", smtp_settings_provider=not_configured)
    assert idle.run_once() == DeliveryReport(problem="No mail server is set up yet.")
    assert {(r.status, r.attempts) for r in rows(db)} == {("pending", 0)}


def test_two_senders_never_send_the_same_message_twice(db, records_dir, smtp_server):
    queued = queue_plain(db, 24)
    barrier = threading.Barrier(2)
    errors: list[BaseException] = []

    def work(sender_id: str) -> None:
        sender = make_sender(db, records_dir, smtp_server, sender_id=sender_id)
        try:
            barrier.wait()
            while sender.run_once(batch=3).handled:
                pass
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(f"workstation-{n}",)) for n in (1, 2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert not errors
    received = Counter(smtp_server.handler.message_ids())
    assert set(received) == set(queued) and max(received.values()) == 1
    assert {r.status for r in rows(db)} == {"sent"}


def test_a_killed_sender_loses_nothing(db, records_dir, smtp_server):
    [message_id] = queue_plain(db, 1)
    now = utcnow()
    crashed = make_sender(db, records_dir, smtp_server, sender_id="crashed")
    [claimed] = crashed.claim(now, lease=timedelta(seconds=30))  # ... and the process dies here
    [row] = rows(db)
    assert row.status == "sending" and row.claimed_by == "crashed"
    rescuer = make_sender(db, records_dir, smtp_server, sender_id="rescuer")
    assert rescuer.run_once(now=now + timedelta(seconds=10)) == DeliveryReport()  # lease still valid
    assert rescuer.run_once(now=now + timedelta(seconds=31)) == DeliveryReport(sent=1)
    assert smtp_server.handler.message_ids() == [message_id] == [claimed.message_id]
    crashed.release([claimed], "woke up")  # a late finish by the old owner changes nothing
    [row] = rows(db)
    assert row.status == "sent" and row.claimed_by is None and row.attempts == 2


def test_reminders_are_queued_exactly_once(db, clinic, records_dir, smtp_server):
    patient, doctor = clinic.patient(), clinic.doctor()
    booked = clinic.booking(patient, doctor)
    early = booked.starts_at - timedelta(hours=30)
    assert queue_due_reminders(db, now=early) == 0  # more than 24 h ahead
    now = booked.starts_at - timedelta(hours=20)
    assert queue_due_reminders(db, now=now) == 1
    assert queue_due_reminders(db, now=now) == 0
    assert queue_due_reminders(db, now=now + timedelta(hours=1)) == 0
    [reminder] = rows(db, kind="reminder")
    assert reminder.dedupe_key == f"reminder:{booked.id}:{booked.starts_at.isoformat()}"
    assert reminder.subject.startswith("Reminder:") and "What to bring" in reminder.body_text
    with db.read() as s:
        appointment = s.get(Appointment, booked.id)
        assert appointment.reminder_sent_at is not None and appointment.version == 1
    # moved: the old reminder is withdrawn, the new time gets its own
    new_start = booked.starts_at + timedelta(hours=2)
    appointments.reschedule_appointment(db, actor=patient, appointment_id=booked.id, new_starts_at=new_start)
    assert [r.status for r in rows(db, kind="reminder")] == ["cancelled"]
    assert queue_due_reminders(db, now=now) == 1 and queue_due_reminders(db, now=now) == 0
    old, new = rows(db, kind="reminder")
    assert new.dedupe_key == f"reminder:{booked.id}:{new_start.isoformat()}" and new.status == "pending"
    # cancelled: no more reminders
    appointments.cancel_appointment(db, actor=patient, appointment_id=booked.id)
    assert [r.status for r in rows(db, kind="reminder")] == ["cancelled", "cancelled"]
    assert queue_due_reminders(db, now=now) == 0


def test_reminders_from_two_workstations_at_once(db, clinic):
    patient, doctor = clinic.patient(), clinic.doctor()
    booked = [clinic.booking(patient, doctor, days_ahead=1)]
    now = booked[0].starts_at - timedelta(hours=1)
    counts: list[int] = []
    barrier = threading.Barrier(3)

    def work() -> None:
        barrier.wait()
        counts.append(queue_due_reminders(db, now=now))

    threads = [threading.Thread(target=work) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert sum(counts) == 1 and len(rows(db, kind="reminder")) == 1


def test_outbox_administration(db, clinic, records_dir, smtp_server):
    staff, admin = clinic.staff(), clinic.admin
    patient = clinic.patient()
    smtp_server.handler.refuse_rcpt = "550 5.1.1 Unknown user"
    queue_plain(db, 2)
    make_sender(db, records_dir, smtp_server).run_once()
    failed = outbox_admin.list_outbox(db, actor=staff, status="failed")
    assert len(failed) == 2 and failed[0].id > failed[1].id and "Unknown user" in (failed[0].last_error or "")
    counts = outbox_admin.outbox_counts(db, actor=staff)
    assert counts["failed"] == 2 and counts["sent"] == 0 and set(counts) == {s.value for s in OutboxStatus}
    with pytest.raises(PermissionDenied):
        outbox_admin.list_outbox(db, actor=patient)
    with pytest.raises(PermissionDenied):
        outbox_admin.retry_message(db, actor=staff, message_id=failed[0].id)
    with pytest.raises(ValidationError):
        outbox_admin.list_outbox(db, actor=staff, status="lost")
    smtp_server.handler.refuse_rcpt = None
    retried = outbox_admin.retry_message(db, actor=admin, message_id=failed[0].id)
    assert retried.status == "pending" and retried.attempts == 0
    cancelled = outbox_admin.cancel_message(db, actor=admin, message_id=failed[1].id)
    assert cancelled.status == "cancelled"
    assert make_sender(db, records_dir, smtp_server).run_once() == DeliveryReport(sent=1)
    with pytest.raises(ValidationError, match="already sent"):
        outbox_admin.cancel_message(db, actor=admin, message_id=failed[0].id)
    with db.read() as s:
        actions = list(s.scalars(select(AuditLog.action).where(AuditLog.action.like("outbox.%"))))
    assert Counter(actions) == Counter({"outbox.list": 1, "outbox.retry": 1, "outbox.cancel": 1})


def test_medlink_outbox_send(db, clinic, records_dir, smtp_server_factory, ca_file):
    server = smtp_server_factory("starttls", auth=True)
    clinic_settings.update_settings(db, actor=clinic.admin, changes={
        "smtp_host": "localhost", "smtp_port": server.port, "smtp_security": "starttls",
        "smtp_username": SMTP_USER, "smtp_sender_address": SENDER, "smtp_ca_file": str(ca_file)})
    store_smtp_password(SMTP_USER, "localhost", SMTP_PASSWORD)
    patient, doctor = clinic.patient(), clinic.doctor()
    clinic.booking(patient, doctor)
    queue_plain(db, 25)
    report = run_outbox_cli(db, records_dir)
    assert report.failed == report.retried == 0 and report.sent == len(rows(db)) >= 26
    assert len(server.messages) == report.sent and "sent" in str(report)


def test_an_unexpected_error_does_not_strand_the_batch(db, records_dir, smtp_server):
    queue_plain(db, 2)

    def broken_transport(settings, message):  # type: ignore[no-untyped-def]
        raise RuntimeError("bug in a plug-in")

    sender = make_sender(db, records_dir, smtp_server, transport=broken_transport)
    assert sender.run_once() == DeliveryReport(retried=2)
    assert {(r.status, r.claimed_by) for r in rows(db)} == {("pending", None)}
    assert "bug in a plug-in" in (rows(db)[0].last_error or "")


def test_non_ascii_bodies_travel_as_7bit(db, clinic, records_dir, smtp_server):
    patient, doctor = clinic.patient("Jürgen Åström"), clinic.doctor("Dr. Ānanya Śarmā")
    clinic.booking(patient, doctor)
    make_sender(db, records_dir, smtp_server).run_once()
    [mail] = [m for m in smtp_server.messages if "Jürgen" in str(m["To"])]
    encodings = {str(p.get("Content-Transfer-Encoding", "7bit")).lower() for p in mail.walk() if not p.is_multipart()}
    assert "8bit" not in encodings
    assert "Dr. Ānanya Śarmā" in mail.get_body(preferencelist=("plain",)).get_content()
