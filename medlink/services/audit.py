"""The append-only audit log: who did what, when, to which patient's data."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from medlink.db.models import AuditLog, User
from medlink.db.session import Database
from medlink.services.actor import Actor
from medlink.validation import like_prefix


def record(
    session: Session,
    actor: Actor | None,
    action: str,
    *,
    entity: str | None = None,
    entity_id: int | None = None,
    patient_id: int | None = None,
    success: bool = True,
    detail: str | None = None,
    actor_label: str | None = None,
) -> None:
    """Add one audit row to the current unit of work."""
    session.add(
        AuditLog(
            actor_user_id=actor.user_id if actor else None,
            actor_label=(actor_label or (actor.label if actor else "anonymous"))[:160],
            action=action,
            entity=entity,
            entity_id=entity_id,
            patient_id=patient_id,
            success=success,
            detail=detail[:2000] if detail else None,
        )
    )


def record_separately(db: Database, actor: Actor | None, action: str, **kwargs: object) -> None:
    """Write an audit row in its own transaction (e.g. a failed sign-in that rolls back)."""
    with db.transaction() as session:
        record(session, actor, action, **kwargs)  # type: ignore[arg-type]


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: datetime
    actor_user_id: int | None
    actor_label: str
    action: str
    entity: str | None
    entity_id: int | None
    patient_id: int | None
    success: bool
    detail: str | None


def search_audit_log(
    db: Database,
    *,
    actor: Actor,
    user_id: int | None = None,
    patient_id: int | None = None,
    action: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    limit: int = 500,
    offset: int = 0,
) -> list[AuditEntry]:
    from medlink.services.permissions import require_admin

    require_admin(actor, "read the audit log")
    query = select(AuditLog).order_by(AuditLog.at.desc(), AuditLog.id.desc())
    if user_id is not None:
        query = query.where(AuditLog.actor_user_id == user_id)
    if action:
        query = query.where(AuditLog.action.like(like_prefix(action), escape="\\"))
    if since is not None:
        query = query.where(AuditLog.at >= since)
    if until is not None:
        query = query.where(AuditLog.at < until)
    with db.read() as session:
        if patient_id is not None:
            from medlink.services.duplicates import merged_patient_ids

            # a merged record's history belongs to the survivor (audit rows themselves are never rewritten)
            query = query.where(AuditLog.patient_id.in_(merged_patient_ids(session, patient_id)))
        rows = session.scalars(query.limit(limit).offset(offset)).all()
        return [
            AuditEntry(
                id=r.id, at=r.at, actor_user_id=r.actor_user_id, actor_label=r.actor_label, action=r.action,
                entity=r.entity, entity_id=r.entity_id, patient_id=r.patient_id, success=r.success, detail=r.detail,
            )
            for r in rows
        ]


def audit_actions(db: Database, *, actor: Actor) -> list[str]:
    from medlink.services.permissions import require_admin

    require_admin(actor, "read the audit log")
    with db.read() as session:
        return list(session.scalars(select(AuditLog.action).distinct().order_by(AuditLog.action)))


def user_exists(session: Session, user_id: int) -> bool:  # pragma: no cover - helper for callers
    return session.get(User, user_id) is not None
