"""The e-mail outbox as the front desk and the administrator see it.

Staff may look (to answer "did my confirmation go out?"); only an
administrator may retry or cancel a message.  Looking, retrying and
cancelling are audit-logged; the counts (a status-bar badge that is polled)
carry no personal data and are not.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from medlink.db.models import OutboxMessage, OutboxStatus
from medlink.db.session import Database, retry_on_contention
from medlink.db.types import utcnow
from medlink.errors import NotFound, ValidationError
from medlink.services import audit
from medlink.services.actor import Actor
from medlink.services.permissions import require_admin, require_staff
from medlink.i18n import N_, tr

MAX_LIST = 1000
RETRYABLE = (OutboxStatus.FAILED.value, OutboxStatus.CANCELLED.value, OutboxStatus.PENDING.value)
CANCELLABLE = (OutboxStatus.PENDING.value, OutboxStatus.FAILED.value)


@dataclass(frozen=True)
class OutboxRow:
    id: int
    created_at: datetime
    kind: str
    to_address: str
    to_name: str | None
    subject: str
    status: str
    attempts: int
    next_attempt_at: datetime
    last_error: str | None
    sent_at: datetime | None
    claimed_by: str | None
    appointment_id: int | None
    patient_id: int | None
    has_invite: bool
    has_attachment: bool


def _to_row(m: OutboxMessage) -> OutboxRow:
    return OutboxRow(
        id=m.id, created_at=m.created_at, kind=m.kind, to_address=m.to_address, to_name=m.to_name,
        subject=m.subject, status=m.status, attempts=m.attempts, next_attempt_at=m.next_attempt_at,
        last_error=m.last_error, sent_at=m.sent_at, claimed_by=m.claimed_by, appointment_id=m.appointment_id,
        patient_id=m.patient_id, has_invite=bool(m.ics_text), has_attachment=bool(m.attachment_path))


def _status(value: OutboxStatus | str | None) -> str | None:
    if value is None:
        return None
    try:
        return OutboxStatus(value).value
    except ValueError as exc:
        raise ValidationError("status", tr("outbox_admin", "Unknown outbox status {value!r}.").format(value=value)) from exc


@retry_on_contention
def list_outbox(db: Database, *, actor: Actor, status: OutboxStatus | str | None = None,
                limit: int = 200) -> list[OutboxRow]:
    """Newest first, optionally only one status (staff and admin)."""
    wanted = _status(status)
    limit = max(1, min(int(limit), MAX_LIST))
    query = select(OutboxMessage).order_by(OutboxMessage.created_at.desc(), OutboxMessage.id.desc()).limit(limit)
    if wanted is not None:
        query = query.where(OutboxMessage.status == wanted)
    with db.transaction() as session:
        actor = require_staff(session, actor, "see the e-mail outbox")
        rows = [_to_row(m) for m in session.scalars(query)]
        audit.record(session, actor, "outbox.list", entity="email_outbox",
                     detail=f"status={wanted or 'all'} rows={len(rows)}")
        return rows


@retry_on_contention
def outbox_counts(db: Database, *, actor: Actor) -> dict[str, int]:
    """Messages per status, every status present (0 when none)."""
    with db.read() as session:
        require_staff(session, actor, "see the e-mail outbox")
        found = {status: int(count) for status, count in session.execute(
            select(OutboxMessage.status, func.count()).group_by(OutboxMessage.status))}
    return {s.value: int(found.get(s.value, 0)) for s in OutboxStatus}


def _locked(session: Session, message_id: int) -> OutboxMessage:
    message = session.scalars(select(OutboxMessage).where(OutboxMessage.id == message_id)
                              .with_for_update()).first()
    if message is None:
        raise NotFound(tr("outbox_admin", "That e-mail is not in the outbox."))
    return message


@retry_on_contention
def retry_message(db: Database, *, actor: Actor, message_id: int, now: datetime | None = None) -> OutboxRow:
    """Send a failed (or cancelled, or waiting) message again at the next run, with a fresh try count."""
    with db.transaction() as session:
        actor = require_admin(session, actor, "retry e-mails")
        message = _locked(session, message_id)
        if message.status not in RETRYABLE:
            raise ValidationError("status", _refusal(message.status, "retried"))
        previous = message.status
        message.status = OutboxStatus.PENDING.value
        message.attempts = 0
        message.next_attempt_at = now or utcnow()
        message.claimed_by = None
        message.claimed_until = None
        session.flush()
        audit.record(session, actor, "outbox.retry", entity="email_outbox", entity_id=message.id,
                     patient_id=message.patient_id, detail=f"{message.kind} was {previous}")
        return _to_row(message)


@retry_on_contention
def cancel_message(db: Database, *, actor: Actor, message_id: int) -> OutboxRow:
    """Never send this message (it stays listed as cancelled)."""
    with db.transaction() as session:
        actor = require_admin(session, actor, "cancel e-mails")
        message = _locked(session, message_id)
        if message.status not in CANCELLABLE:
            raise ValidationError("status", _refusal(message.status, "cancelled"))
        previous = message.status
        message.status = OutboxStatus.CANCELLED.value
        message.claimed_by = None
        message.claimed_until = None
        session.flush()
        audit.record(session, actor, "outbox.cancel", entity="email_outbox", entity_id=message.id,
                     patient_id=message.patient_id, detail=f"{message.kind} was {previous}")
        return _to_row(message)


def _refusal(status: str, verb: str) -> str:
    retry = verb == "retried"
    if status == OutboxStatus.SENDING.value:
        return (tr("outbox_admin", "This e-mail is being sent right now and cannot be retried.") if retry else
                tr("outbox_admin", "This e-mail is being sent right now and cannot be cancelled."))
    if status == OutboxStatus.SENT.value:
        return (tr("outbox_admin", "This e-mail was already sent and cannot be retried.") if retry else
                tr("outbox_admin", "This e-mail was already sent and cannot be cancelled."))
    shown = tr("outbox_admin", _STATUS_WORDS.get(status, status))
    return (tr("outbox_admin", "A {status} e-mail cannot be retried.") if retry else
            tr("outbox_admin", "A {status} e-mail cannot be cancelled.")).format(status=shown)


#: Outbox statuses as the sentences above name them.
_STATUS_WORDS = {OutboxStatus.PENDING.value: N_("outbox_admin", "pending"),
                 OutboxStatus.CANCELLED.value: N_("outbox_admin", "cancelled"),
                 OutboxStatus.FAILED.value: N_("outbox_admin", "failed")}
