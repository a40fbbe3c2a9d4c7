"""Writing to the durable outbox (always inside the caller's transaction)."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from medlink.db.models import OutboxMessage, OutboxStatus
from medlink.db.types import utcnow

MESSAGE_ID_DOMAIN = "medlink.local"


def new_message_id() -> str:
    """A globally unique RFC 5322 Message-ID, fixed when the message is queued."""
    return f"<{uuid.uuid4().hex}@{MESSAGE_ID_DOMAIN}>"


def queue_email(
    session: Session,
    *,
    kind: str,
    to_address: str,
    subject: str,
    body_text: str,
    to_name: str | None = None,
    body_html: str | None = None,
    ics_text: str | None = None,
    ics_method: str | None = None,
    attachment_path: str | None = None,
    attachment_name: str | None = None,
    dedupe_key: str | None = None,
    appointment_id: int | None = None,
    patient_id: int | None = None,
    not_before: datetime | None = None,
) -> OutboxMessage | None:
    """Add a message to the outbox in the current unit of work.

    With a ``dedupe_key`` that already exists nothing is added (returns None):
    such messages (reminders, verification results) exist exactly once.
    """
    if dedupe_key is not None and session.scalar(
        select(OutboxMessage.id).where(OutboxMessage.dedupe_key == dedupe_key)
    ) is not None:
        return None
    message = OutboxMessage(
        kind=kind, to_address=to_address.strip(), to_name=to_name, subject=_one_line(subject)[:250], body_text=body_text,
        body_html=body_html, ics_text=ics_text, ics_method=ics_method, attachment_path=attachment_path,
        attachment_name=attachment_name, dedupe_key=dedupe_key, message_id=new_message_id(),
        status=OutboxStatus.PENDING.value, attempts=0, next_attempt_at=not_before or utcnow(),
        appointment_id=appointment_id, patient_id=patient_id,
    )
    session.add(message)
    return message


def _one_line(text: str) -> str:
    """Header values never contain line breaks (no header injection, no folding surprises)."""
    return " ".join(text.split())
