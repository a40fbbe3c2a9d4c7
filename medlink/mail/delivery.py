"""Delivering the outbox: safe with several workstations on one database.

Life of a message::

    pending ──claim──▶ sending ──sent──▶ sent
       ▲                  │ temporary failure (back-off)      permanent failure / too many tries
       └──────────────────┤────────────────────────────────▶ failed
                          │ lease expired (sender killed) → claimable again, same Message-ID

* **Claiming** happens in a short transaction with a conditional ``UPDATE``
  (``… WHERE id = :id AND (status = 'pending' OR (status = 'sending' AND
  claimed_until < :now))``) whose row count tells whether *this* sender won.
  The same statement works on SQLite (writers serialised by ``BEGIN
  IMMEDIATE``) and MariaDB/MySQL (the loser's UPDATE waits for the winner's
  row lock, then no longer matches).
* **Sending** happens outside any transaction.  Just before each send the
  lease is renewed (again conditionally), so a long batch never lets another
  sender take a message this one is about to send.
* **Finishing** (``sent`` / back to ``pending`` / ``failed``) is another
  conditional UPDATE that only applies while the row is still claimed by us.

Delivery is *at least once*: if the computer dies after the server accepted
a message but before ``sent`` was written, the message is sent again after
the lease — with the same ``Message-ID``, which mail programs use to drop
duplicates.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import socket
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from sqlalchemy import and_, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, joinedload

from medlink.cancellation import current_token
from medlink.db.models import Appointment, AppointmentStatus, OutboxMessage, OutboxStatus, Patient
from medlink.db.session import Database, retry_on_contention
from medlink.db.types import utcnow
from medlink.mail import events
from medlink.mail.build import Sender, build_message
from medlink.mail.errors import MailConfigurationError, MailError, MailPermanentError
from medlink.mail.smtp import SmtpSettings, send_message, smtp_settings_from_db

log = logging.getLogger(__name__)

DEFAULT_LEASE = timedelta(minutes=10)
DEFAULT_MAX_ATTEMPTS = 12
BASE_DELAY = timedelta(minutes=1)
MAX_DELAY = timedelta(hours=6)
REMINDER_HORIZON = timedelta(hours=24)
DEFAULT_BATCH = 20

SettingsProvider = Callable[[], SmtpSettings]
Transport = Callable[[SmtpSettings, EmailMessage], None]
Clock = Callable[[], datetime]


def backoff(attempts: int) -> timedelta:
    """Wait after the ``attempts``-th failed try: 1, 2, 4, 8 … minutes, at most 6 hours."""
    exponent = max(0, attempts - 1)
    if exponent >= 20:  # 2**20 minutes is far beyond the cap
        return MAX_DELAY
    return min(BASE_DELAY * (2 ** exponent), MAX_DELAY)


@dataclass(frozen=True)
class OutgoingMail:
    """A claimed message, copied out of the database so sending needs no session."""

    id: int
    kind: str
    message_id: str
    to_address: str
    to_name: str | None
    subject: str
    body_text: str
    body_html: str | None
    ics_text: str | None
    ics_method: str | None
    attachment_path: str | None
    attachment_name: str | None
    attempts: int

    @classmethod
    def from_row(cls, row: OutboxMessage) -> OutgoingMail:
        return cls(id=row.id, kind=row.kind, message_id=row.message_id, to_address=row.to_address,
                   to_name=row.to_name, subject=row.subject, body_text=row.body_text, body_html=row.body_html,
                   ics_text=row.ics_text, ics_method=row.ics_method, attachment_path=row.attachment_path,
                   attachment_name=row.attachment_name, attempts=row.attempts)


@dataclass(frozen=True)
class DeliveryReport:
    """What one run did.  ``problem`` is a set-up problem that stopped it (nothing was lost)."""

    sent: int = 0
    retried: int = 0
    failed: int = 0
    problem: str | None = None

    @property
    def handled(self) -> int:
        return self.sent + self.retried + self.failed

    def __add__(self, other: DeliveryReport) -> DeliveryReport:
        return DeliveryReport(self.sent + other.sent, self.retried + other.retried, self.failed + other.failed,
                              other.problem or self.problem)

    def __str__(self) -> str:
        text = f"E-mail outbox: {self.sent} sent, {self.retried} to retry later, {self.failed} failed."
        return text + (f"\nNot sent: {self.problem}" if self.problem else "")


def default_sender_id() -> str:
    """Unique per process and computer, readable in the outbox list."""
    return f"{socket.gethostname()[:50]}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def _due(now: datetime) -> Any:
    """Rows a sender may claim at ``now``."""
    return or_(
        and_(OutboxMessage.status == OutboxStatus.PENDING.value, OutboxMessage.next_attempt_at <= now),
        and_(OutboxMessage.status == OutboxStatus.SENDING.value, OutboxMessage.claimed_until < now),
    )


class OutboxSender:
    """Delivers due outbox messages; one instance per worker (thread/process)."""

    def __init__(self, db: Database, *, records_dir: Path, sender_id: str,
                 smtp_settings_provider: SettingsProvider, lease: timedelta = DEFAULT_LEASE,
                 max_attempts: int = DEFAULT_MAX_ATTEMPTS, transport: Transport = send_message) -> None:
        if not sender_id or len(sender_id) > 80:
            raise ValueError("sender_id must be 1-80 characters")
        self.db = db
        self.records_dir = Path(records_dir)
        self.sender_id = sender_id
        self.lease = lease
        self.max_attempts = max_attempts
        self._settings_provider = smtp_settings_provider
        self._transport = transport

    # --- one run ----------------------------------------------------------------------------

    def run_once(self, now: datetime | None = None, batch: int = DEFAULT_BATCH) -> DeliveryReport:
        """Claim up to ``batch`` due messages and try each once."""
        clock = _clock_from(now)
        claimed = self.claim(clock(), batch)
        if not claimed:
            return DeliveryReport()
        try:
            settings = self._settings_provider()
        except MailError as exc:
            self.release(claimed, exc.message)
            return DeliveryReport(problem=exc.message)
        sent = retried = failed = 0
        for index, mail in enumerate(claimed):
            token = current_token()
            if token is not None and token.cancelled:  # the workstation is closing: the rest go later
                self.release(claimed[index:], None)
                return DeliveryReport(sent, retried, failed)
            try:
                outcome = self._deliver_one(mail, settings, clock)
            except MailConfigurationError as exc:
                log.warning("outbox: stopped by a configuration problem: %s", exc.message)
                self.release(claimed[index:], exc.message)
                return DeliveryReport(sent, retried, failed, problem=exc.message)
            sent += outcome == OutboxStatus.SENT
            retried += outcome == OutboxStatus.PENDING
            failed += outcome == OutboxStatus.FAILED
        return DeliveryReport(sent, retried, failed)

    @retry_on_contention
    def claim(self, now: datetime, batch: int = DEFAULT_BATCH, *, lease: timedelta | None = None) -> list[OutgoingMail]:
        """Claim due messages for this sender (each attempt is counted here)."""
        until = now + (lease or self.lease)
        with self.db.transaction() as session:
            candidates = session.scalars(
                select(OutboxMessage.id).where(_due(now))
                .order_by(OutboxMessage.next_attempt_at, OutboxMessage.id).limit(batch)).all()
            won = [message_id for message_id in candidates if self._claim_row(session, message_id, now, until)]
            rows = session.scalars(select(OutboxMessage).where(OutboxMessage.id.in_(won))
                                   .order_by(OutboxMessage.next_attempt_at, OutboxMessage.id)).all() if won else []
            return [OutgoingMail.from_row(row) for row in rows]

    def _claim_row(self, session: Session, message_id: int, now: datetime, until: datetime) -> bool:
        result = session.execute(
            update(OutboxMessage).where(OutboxMessage.id == message_id, _due(now))
            .values(status=OutboxStatus.SENDING.value, claimed_by=self.sender_id, claimed_until=until,
                    attempts=OutboxMessage.attempts + 1)
            .execution_options(synchronize_session=False))
        return result.rowcount == 1  # type: ignore[attr-defined]

    # --- one message ------------------------------------------------------------------------

    def _deliver_one(self, mail: OutgoingMail, settings: SmtpSettings, clock: Clock) -> OutboxStatus | None:
        """Build and send; returns the new status (None if the message was taken from us)."""
        if not self._renew(mail, clock()):
            log.warning("outbox: message %s is no longer claimed by %s; skipped", mail.id, self.sender_id)
            return None
        try:
            message = build_message(mail, sender=Sender(settings.sender_name, settings.sender_address),
                                    records_dir=self.records_dir, now=clock())
            self._transport(settings, message)
        except MailConfigurationError:
            raise
        except MailPermanentError as exc:
            log.warning("outbox: message %s (%s) failed: %s", mail.id, mail.kind, exc.message)
            return self._finish(mail, OutboxStatus.FAILED, error=exc.message)
        except MailError as exc:
            return self._retry_or_give_up(mail, exc.message, clock())
        except Exception as exc:  # a bug must not leave the rest of the batch stuck in "sending"
            log.exception("outbox: unexpected error while sending message %s", mail.id)
            return self._retry_or_give_up(mail, f"Unexpected error: {exc!r}", clock())
        log.info("outbox: sent message %s (%s)", mail.id, mail.kind)
        return self._finish(mail, OutboxStatus.SENT, sent_at=clock())

    def _retry_or_give_up(self, mail: OutgoingMail, error: str, now: datetime) -> OutboxStatus | None:
        attempts = mail.attempts  # already counts this attempt (see claim)
        if attempts >= self.max_attempts:
            log.warning("outbox: message %s gave up after %s attempts: %s", mail.id, attempts, error)
            return self._finish(mail, OutboxStatus.FAILED, error=f"Gave up after {attempts} attempts. Last error: {error}")
        log.info("outbox: message %s will be retried: %s", mail.id, error)
        return self._finish(mail, OutboxStatus.PENDING, error=error, next_attempt_at=now + backoff(attempts))

    def _mine(self, message_id: int) -> Any:
        return and_(OutboxMessage.id == message_id, OutboxMessage.status == OutboxStatus.SENDING.value,
                    OutboxMessage.claimed_by == self.sender_id)

    @retry_on_contention
    def _renew(self, mail: OutgoingMail, now: datetime) -> bool:
        """Extend our lease right before sending; False if another sender took the message."""
        with self.db.transaction() as session:
            result = session.execute(update(OutboxMessage).where(self._mine(mail.id))
                                     .values(claimed_until=now + self.lease)
                                     .execution_options(synchronize_session=False))
            return result.rowcount == 1  # type: ignore[attr-defined]

    @retry_on_contention
    def _finish(self, mail: OutgoingMail, status: OutboxStatus, *, error: str | None = None,
                sent_at: datetime | None = None, next_attempt_at: datetime | None = None) -> OutboxStatus | None:
        values: dict[str, Any] = {"status": status.value, "claimed_by": None, "claimed_until": None,
                                  "last_error": error[:2000] if error else None}
        if sent_at is not None:
            values["sent_at"] = sent_at
        if next_attempt_at is not None:
            values["next_attempt_at"] = next_attempt_at
        with self.db.transaction() as session:
            result = session.execute(update(OutboxMessage).where(self._mine(mail.id)).values(**values)
                                     .execution_options(synchronize_session=False))
            if result.rowcount != 1:  # type: ignore[attr-defined]
                log.warning("outbox: message %s was taken over before it could be marked %s", mail.id, status.value)
                return None
        return status

    @retry_on_contention
    def release(self, mails: Sequence[OutgoingMail], problem: str | None) -> None:
        """Give claimed messages back untouched (the attempt is not counted): a set-up problem
        such as a wrong password is not the messages' fault, nor is MedLink closing (``problem``
        None keeps the message's last error)."""
        if not mails:
            return
        values: dict[str, Any] = {"status": OutboxStatus.PENDING.value, "claimed_by": None, "claimed_until": None}
        if problem is not None:
            values["last_error"] = problem[:2000]
        with self.db.transaction() as session:
            for mail in mails:
                session.execute(update(OutboxMessage).where(self._mine(mail.id))
                                .values(attempts=mail.attempts - 1, **values)
                                .execution_options(synchronize_session=False))


def _clock_from(now: datetime | None) -> Clock:
    """The run's clock: real time, or real time shifted so that it starts at ``now`` (tests)."""
    if now is None:
        return utcnow
    if now.tzinfo is None:
        raise ValueError("naive datetime given as the outbox clock")
    offset = now - utcnow()
    return lambda: utcnow() + offset


# --- reminders ----------------------------------------------------------------------------------

@retry_on_contention
def queue_due_reminders(db: Database, now: datetime | None = None, *,
                        horizon: timedelta = REMINDER_HORIZON) -> int:
    """Queue one reminder for each booked appointment starting within ``horizon``.

    Exactly once per appointment time, also with several workstations and
    restarts: the reminder's ``dedupe_key`` is unique in the database, and a
    rescheduled appointment (new time, new key) gets a new reminder.  Returns
    how many reminders were queued.
    """
    now = now or utcnow()
    queued = 0
    with db.transaction() as session:
        due = session.scalars(
            select(Appointment).join(Patient, Patient.id == Appointment.patient_id)
            .where(Appointment.status == AppointmentStatus.BOOKED.value, Appointment.starts_at > now,
                   Appointment.starts_at <= now + horizon, Appointment.reminder_sent_at.is_(None),
                   Patient.email.is_not(None), Patient.email != "")
            .options(joinedload(Appointment.patient), joinedload(Appointment.doctor),
                     joinedload(Appointment.video_call))
            .order_by(Appointment.starts_at)).unique().all()
        for appointment in due:
            queued += _queue_reminder(session, appointment)
            # A plain UPDATE: noting the reminder must not bump the appointment's
            # version (that would make a receptionist's open edit form stale).
            session.execute(update(Appointment).where(Appointment.id == appointment.id)
                            .values(reminder_sent_at=now).execution_options(synchronize_session=False))
    return queued


def _queue_reminder(session: Session, appointment: Appointment) -> int:
    try:
        with session.begin_nested():
            message = events.appointment_reminder(session, appointment)
            session.flush()
    except IntegrityError:  # another workstation queued the same reminder a moment ago
        return 0
    return 1 if message is not None else 0


# --- `medlink outbox send` ----------------------------------------------------------------------

def run_outbox_cli(db: Database, records_dir: Path, *, max_rounds: int = 50,
                   smtp_timeout: float | None = None) -> DeliveryReport:
    """Queue due reminders, then deliver everything that is due (for a scheduled job).

    ``smtp_timeout`` bounds every SMTP network wait (the workstation's pump uses a
    short one so that closing MedLink waits for at most one such time-out).
    Stops between messages when the current cancel token is set.
    """
    queue_due_reminders(db)

    def settings() -> SmtpSettings:
        found = smtp_settings_from_db(db)
        return found if smtp_timeout is None else dataclasses.replace(found, timeout=smtp_timeout)

    sender = OutboxSender(db, records_dir=records_dir, sender_id=default_sender_id(),
                          smtp_settings_provider=settings)
    total = DeliveryReport()
    for _ in range(max_rounds):
        token = current_token()
        if token is not None and token.cancelled:
            break
        report = sender.run_once(batch=DEFAULT_BATCH)
        total = total + report
        if report.problem or report.handled < DEFAULT_BATCH:
            break
    return total
