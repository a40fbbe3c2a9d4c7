"""The append-only audit log: who did what, when, to which patient's data."""

from __future__ import annotations

import os
import socket
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from medlink.db.models import AuditChainHead, AuditLog, User
from medlink.db.rows import ensure_row
from medlink.db.session import Database
from medlink.db.types import utcnow
from medlink.security.audit_mac import audit_mac_key, chain_mac, macs_equal
from medlink.services.actor import Actor
from medlink.validation import like_prefix


def workstation_name() -> str:
    """Which workstation is acting: ``MEDLINK_WORKSTATION`` if set (kiosks name themselves), else the host name."""
    name = os.environ.get("MEDLINK_WORKSTATION") or socket.gethostname() or "unknown"
    return name.strip()[:80]


def _content(row: AuditLog) -> list[object]:
    """The fields a row's MAC covers, in a fixed order (timestamps as naive UTC with microseconds)."""
    at = row.at.astimezone(timezone.utc).replace(tzinfo=None).isoformat(timespec="microseconds")
    return [row.id, at, row.actor_user_id, row.actor_label, row.action, row.entity, row.entity_id, row.patient_id,
            bool(row.success), row.detail, row.workstation]


def _chain_key(db: Database | None, session: Session | None = None) -> bytes:
    """The chain's MAC key for this clinic: derived from the clinic key of ``db``."""
    if db is None:
        return audit_mac_key()
    from medlink.services import clinic_key

    # The key is loaded when the database is opened (bootstrap / clinic_key.unlock); it is never
    # made here, inside a unit of work that may hold SQLite's writer lock.
    if clinic_key.is_loaded(db):
        return audit_mac_key(clinic_key.data_key(db))
    if session is not None:  # the clinic key is being made in this very unit of work (its first audit row)
        from medlink.db.models import ClinicKey

        session.flush()
        row = session.get(ClinicKey, 1)
        key = clinic_key.stored_key(row.key_id) if row is not None else None
        if key is not None:
            return audit_mac_key(key)
    return audit_mac_key()


def _chain_head(session: Session) -> AuditChainHead:
    """The chain head, row-locked until this unit of work ends (SQLite: BEGIN IMMEDIATE already serialises)."""
    ensure_row(session, AuditChainHead, {"id": 1}, {"last_id": 0, "first_id": 1, "last_mac": ""})
    head = session.scalars(select(AuditChainHead).where(AuditChainHead.id == 1).with_for_update()).one()
    return head


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
    """Append one row to the audit chain in the current unit of work.

    The chain head is locked until the unit of work commits, so rows from
    several workstations are chained one after another; callers record at the
    end of their work (after the data changes), which keeps that lock short.
    """
    if actor is not None:  # the label comes from the database, not from the caller's Actor
        for fresh in session.info.get("medlink_current_actors", {}).values():
            if fresh.user_id == actor.user_id:
                actor = fresh
                break
    head = _chain_head(session)
    key = session.info.get("medlink_audit_key")
    if key is None:
        key = session.info["medlink_audit_key"] = _chain_key(session.info.get("medlink_db"), session)
    row = AuditLog(
        id=head.last_id + 1,
        at=utcnow(),
        actor_user_id=actor.user_id if actor else None,
        actor_label=(actor_label or (actor.label if actor else "anonymous"))[:160],
        action=action,
        entity=entity,
        entity_id=entity_id,
        patient_id=patient_id,
        success=success,
        detail=detail[:2000] if detail else None,
        workstation=workstation_name(),
    )
    row.mac = chain_mac(key, _content(row), head.last_mac)
    session.add(row)
    head.last_id, head.last_mac = row.id, row.mac
    session.flush()


def record_disclosure(session: Session, actor: Actor, action: str, patient_ids: Iterable[int], *,
                      entity: str | None = None, entity_id: int | None = None, detail: str | None = None) -> None:
    """One audit row for one view of clinical data: a single record or a whole list.

    A list view writes one row naming every patient shown (not one row per
    line); a view of one patient's data also fills ``patient_id`` so the
    administrator can search by patient.
    """
    shown = sorted(set(patient_ids))
    names = "patients=" + ",".join(str(p) for p in shown) if shown else "patients=(none)"
    text = f"{names}; {detail}" if detail else names
    record(session, actor, action, entity=entity, entity_id=entity_id,
           patient_id=shown[0] if len(shown) == 1 else None, detail=text)


def record_separately(db: Database, actor: Actor | None, action: str, **kwargs: object) -> None:
    """Write an audit row in its own transaction (e.g. a failed sign-in that rolls back)."""
    with db.transaction() as session:
        record(session, actor, action, **kwargs)  # type: ignore[arg-type]


@dataclass(frozen=True)
class ChainReport:
    """The result of checking the audit chain."""

    rows_checked: int
    unchained_rows: int  # written before the chain existed (migration 0007)
    broken_at: int | None  # id of the first row whose link does not hold
    problem: str | None  # a sentence naming the first broken link

    @property
    def ok(self) -> bool:
        return self.problem is None

    @property
    def summary(self) -> str:
        if self.problem:
            return self.problem
        older = f" ({self.unchained_rows} older rows predate the chain)" if self.unchained_rows else ""
        return f"The audit log is intact: {self.rows_checked} rows checked, every link holds{older}."


def verify_chain(db: Database, *, batch: int = 5000) -> ChainReport:
    """Walk the whole chain in id order and name the first broken link.

    A changed row breaks its own MAC; a deleted row leaves a gap in the ids
    (the chain numbers rows without gaps) and breaks the next row's MAC; rows
    cut off the end no longer reach the chain head.
    """
    key = _chain_key(db)
    checked = unchained = 0
    with db.read() as session:
        head = session.get(AuditChainHead, 1)
        first_id = head.first_id if head else 1
        unchained = int(session.scalar(select(func.count()).select_from(AuditLog).where(AuditLog.id < first_id))
                        or 0)
        previous_id, previous_mac = first_id - 1, ""
        last_seen = 0
        while True:
            rows = session.scalars(select(AuditLog).where(AuditLog.id > max(previous_id, first_id - 1))
                                   .order_by(AuditLog.id).limit(batch)).all()
            if not rows:
                break
            for row in rows:
                if row.id != previous_id + 1:
                    missing = (f"row {previous_id + 1}" if row.id == previous_id + 2
                               else f"rows {previous_id + 1}–{row.id - 1}")
                    return ChainReport(checked, unchained, row.id,
                                       f"The audit log was tampered with: {missing} before row {row.id} "
                                       f"({row.at:%Y-%m-%d %H:%M:%S} UTC, {row.action}) were deleted.")
                if not macs_equal(row.mac or "", chain_mac(key, _content(row), previous_mac)):
                    return ChainReport(checked, unchained, row.id,
                                       f"The audit log was tampered with: row {row.id} "
                                       f"({row.at:%Y-%m-%d %H:%M:%S} UTC, {row.action}) does not match its "
                                       "seal — it was changed, or written without the clinic key.")
                checked += 1
                previous_id, previous_mac, last_seen = row.id, row.mac, row.id
            session.expunge_all()
        if head is not None and head.last_id != last_seen and head.last_id >= first_id:
            return ChainReport(checked, unchained, last_seen + 1,
                               f"The audit log was tampered with: rows {last_seen + 1}–{head.last_id} at the end "
                               "were deleted.")
    return ChainReport(checked, unchained, None, None)


def verify_audit_chain(db: Database, *, actor: Actor) -> ChainReport:
    """The administrator's "Verify audit log" (Maintenance page)."""
    from medlink.services.permissions import require_admin

    with db.transaction() as session:
        actor = require_admin(session, actor, "verify the audit log")
    report = verify_chain(db)
    with db.transaction() as session:
        record(session, actor, "audit.verify", success=report.ok, detail=report.summary)
    return report


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
    workstation: str | None = None


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
        require_admin(session, actor, "read the audit log")
        if patient_id is not None:
            from medlink.services.duplicates import merged_patient_ids

            # a merged record's history belongs to the survivor (audit rows themselves are never rewritten)
            query = query.where(AuditLog.patient_id.in_(merged_patient_ids(session, patient_id)))
        rows = session.scalars(query.limit(limit).offset(offset)).all()
        return [
            AuditEntry(
                id=r.id, at=r.at, actor_user_id=r.actor_user_id, actor_label=r.actor_label, action=r.action,
                entity=r.entity, entity_id=r.entity_id, patient_id=r.patient_id, success=r.success, detail=r.detail,
                workstation=r.workstation,
            )
            for r in rows
        ]


def audit_actions(db: Database, *, actor: Actor) -> list[str]:
    from medlink.services.permissions import require_admin

    with db.read() as session:
        require_admin(session, actor, "read the audit log")
        return list(session.scalars(select(AuditLog.action).distinct().order_by(AuditLog.action)))


def user_exists(session: Session, user_id: int) -> bool:  # pragma: no cover - helper for callers
    return session.get(User, user_id) is not None
