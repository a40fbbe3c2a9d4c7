"""The append-only audit log: who did what, when, to which patient's data."""

from __future__ import annotations

import os
import socket
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, cast

from sqlalchemy import CursorResult, Table, bindparam, func, insert, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from medlink.db.models import AuditChainHead, AuditLog, User
from medlink.db.rows import ensure_row
from medlink.db.session import Database, retry_on_contention
from medlink.db.types import utcnow
from medlink.i18n import tr
from medlink.security import records_crypto
from medlink.security.audit_mac import audit_mac_key, chain_mac, macs_equal
from medlink.security.secrets import records_key
from medlink.services.actor import Actor
from medlink.validation import like_prefix


def workstation_name() -> str:
    """Which workstation is acting: ``MEDLINK_WORKSTATION`` if set (kiosks name themselves), else the host name."""
    name = os.environ.get("MEDLINK_WORKSTATION") or socket.gethostname() or "unknown"
    return name.strip()[:80]


def _content(row: AuditLog) -> list[object]:
    """The fields a row's MAC covers, in a fixed order (timestamps as naive UTC with microseconds).

    Rows of the per-workstation chains (migration 0009) are sealed over their chain, place in it and
    key id instead of the table id (which the database hands out); rows of 0007's single chain keep
    the content they were sealed with."""
    at = row.at.astimezone(timezone.utc).replace(tzinfo=None).isoformat(timespec="microseconds")
    fields: list[object] = [at, row.actor_user_id, row.actor_label, row.action, row.entity, row.entity_id,
                            row.patient_id, bool(row.success), row.detail, row.workstation]
    if row.chain_id is None:
        return [row.id, *fields]
    return ["v2", row.chain_id, row.chain_seq, row.key_id, *fields]


_mac_keys: dict[bytes, tuple[str, bytes]] = {}


def _mac_key_of(clinic_key_bytes: bytes) -> tuple[str, bytes]:
    """(key id, chain MAC key) of a clinic key, derived once per process."""
    known = _mac_keys.get(clinic_key_bytes)
    if known is None:
        known = _mac_keys[clinic_key_bytes] = (records_crypto.key_id_of(clinic_key_bytes),
                                               audit_mac_key(clinic_key_bytes))
    return known


def _chain_key(db: Database | None, session: Session | None = None) -> tuple[str, bytes]:
    """The key id and MAC key new rows are sealed with: derived from the clinic key of ``db``."""
    if db is None:
        return _mac_key_of(records_key())
    from medlink.services import clinic_key

    # The key is loaded when the database is opened (bootstrap / clinic_key.unlock); it is never
    # made here, inside a unit of work that may hold SQLite's writer lock.
    if clinic_key.is_loaded(db):
        return _mac_key_of(clinic_key.data_key(db))
    if session is not None:  # the clinic key is being made in this very unit of work (its first audit row)
        from medlink.db.models import ClinicKey

        session.flush()
        row = session.get(ClinicKey, 1)
        key = clinic_key.stored_key(row.key_id) if row is not None else None
        if key is not None:
            return _mac_key_of(key)
    return _mac_key_of(records_key())


_known_chains: dict[tuple[int, str], int] = {}


def chain_name() -> str:
    """The chain this process appends to: its workstation's (never ``""``, the closed chain of 0007)."""
    return workstation_name() or "unknown"


# Built once: constructing these statements cost more than running them.
_audit_log = cast(Table, AuditLog.__table__)
_chain_heads = cast(Table, AuditChainHead.__table__)
_APPEND_ROW = insert(_audit_log)
_MOVE_HEAD = (update(_chain_heads).where(_chain_heads.c.id == bindparam("head_id"))
              .values(last_seq=bindparam("seq"), last_id=bindparam("row_id"), last_mac=bindparam("mac")))
_HEAD_BY_ID = select(AuditChainHead).where(AuditChainHead.id == bindparam("head_id")).with_for_update()


def _chain_head(session: Session, name: str) -> AuditChainHead:
    """This workstation's chain head, row-locked until this unit of work ends.

    Other workstations lock their own heads, so they never wait for each other here (on SQLite
    ``BEGIN IMMEDIATE`` serialises writers anyway).  The head's id is remembered per engine, so the
    usual append costs one primary-key ``SELECT … FOR UPDATE``."""
    bind = session.get_bind()
    cache_key = (id(bind), name)
    known = _known_chains.get(cache_key)
    if known is not None:
        head = session.scalars(_HEAD_BY_ID, {"head_id": known}).first()
        if head is not None and head.name == name:
            return head
    ensure_row(session, AuditChainHead, {"name": name}, {"last_seq": 0, "last_id": 0, "first_id": 0,
                                                           "last_mac": ""})
    head = session.scalars(select(AuditChainHead).where(AuditChainHead.name == name).with_for_update()).one()
    _known_chains[cache_key] = head.id
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

    The row joins this workstation's chain; its head is locked until the unit
    of work commits, so this workstation's rows are chained one after another
    while other workstations extend their own chains at the same time.  Callers
    record at the end of their work (after the data changes), which keeps that
    lock short.
    """
    if actor is not None:  # the label comes from the database, not from the caller's Actor
        for fresh in session.info.get("medlink_current_actors", {}).values():
            if fresh.user_id == actor.user_id:
                actor = fresh
                break
    station = workstation_name()
    head = _chain_head(session, chain_name())
    sealing = session.info.get("medlink_audit_key")
    if sealing is None:
        sealing = session.info["medlink_audit_key"] = _chain_key(session.info.get("medlink_db"), session)
    key_id, key = sealing
    values = dict(
        at=utcnow(),
        actor_user_id=actor.user_id if actor else None,
        actor_label=(actor_label or (actor.label if actor else "anonymous"))[:160],
        action=action,
        entity=entity,
        entity_id=entity_id,
        patient_id=patient_id,
        success=success,
        detail=detail[:2000] if detail else None,
        workstation=station,
        chain_id=head.id,
        chain_seq=head.last_seq + 1,
        key_id=key_id,
    )
    mac = chain_mac(key, _content(AuditLog(**values)), head.last_mac)
    # Two plain statements rather than two ORM flushes: every audited read of the chart pays for this.
    session.flush()  # the caller's own changes first, as before (the row may name what they created)
    appended = cast(CursorResult[Any], session.execute(_APPEND_ROW, {**values, "mac": mac}))
    inserted = appended.inserted_primary_key
    assert inserted is not None
    row_id = inserted[0]
    session.execute(_MOVE_HEAD, {"head_id": head.id, "seq": values["chain_seq"], "row_id": row_id, "mac": mac})
    for name, value in (("last_seq", values["chain_seq"]), ("last_id", row_id), ("last_mac", mac)):
        set_committed_value(head, name, value)  # the session's copy of the head, as the database has it now


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


@retry_on_contention
def record_separately(db: Database, actor: Actor | None, action: str, **kwargs: object) -> None:
    """Write an audit row in its own transaction (e.g. a failed sign-in that rolls back)."""
    with db.transaction() as session:
        record(session, actor, action, **kwargs)  # type: ignore[arg-type]


@dataclass(frozen=True)
class ChainReport:
    """The result of checking every audit chain."""

    rows_checked: int
    unchained_rows: int  # written before the chain existed (migration 0007)
    broken_at: int | None  # id of the first row whose link does not hold (in the first broken chain)
    problem: str | None  # a sentence naming the first broken link
    chains: int = 0  # chains checked
    problems: tuple[str, ...] = ()  # the first broken link of every broken chain

    @property
    def ok(self) -> bool:
        return self.problem is None

    @property
    def summary(self) -> str:
        if self.problems:
            return " ".join(self.problems)
        if self.problem:
            return self.problem
        older = (tr("audit", " ({count} older rows predate the chain)").format(count=self.unchained_rows)
                 if self.unchained_rows else "")
        return tr("audit", "The audit log is intact: {rows} rows in {chains} chains checked, every link holds"
                           "{older}.").format(rows=self.rows_checked, chains=self.chains, older=older)


class _Keys:
    """The MAC keys rows were sealed with, by clinic key id (older keys: from the keyring)."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.current = _chain_key(db)
        self.by_id: dict[str, bytes] = {self.current[0]: self.current[1]}

    def get(self, key_id: str | None) -> bytes | None:
        if key_id is None:  # a row of 0007's chain: sealed with the clinic key of that time
            return self.current[1]
        if key_id not in self.by_id:
            from medlink.services import clinic_key

            try:
                self.by_id[key_id] = _mac_key_of(clinic_key.key_for(self.db, key_id))[1]
            except records_crypto.WrongClinicKey:
                return None
        return self.by_id[key_id]


def _row_label(row: AuditLog) -> str:
    return tr("audit", "row {id} ({at} UTC, {action})").format(id=row.id, at=f"{row.at:%Y-%m-%d %H:%M:%S}",
                                                                action=row.action)


def _chain_label(head: AuditChainHead | None, chain_id: int | None) -> str:
    if head is None:
        return tr("audit", "chain {id} (it has no head row)").format(id=chain_id)
    if head.name == "":
        return tr("audit", "the chain started by migration 0007")
    return tr("audit", "the chain of workstation \u201c{name}\u201d").format(name=head.name)


def _tampered(where: str, what: str) -> str:
    return tr("audit", "The audit log was tampered with in {chain}: {what}").format(chain=where, what=what)


def _check_link(row: AuditLog, keys: _Keys, previous_mac: str) -> str | None:
    key = keys.get(row.key_id)
    if key is None:
        return tr("audit", "{row} is sealed with the clinic key {key}, which this computer does not hold; import "
                           "it (`medlink key import`) to check it.").format(row=_row_label(row), key=row.key_id)
    if not macs_equal(row.mac or "", chain_mac(key, _content(row), previous_mac)):
        return tr("audit", "{row} does not match its seal \u2014 it was changed, or written without the clinic "
                           "key.").format(row=_row_label(row))
    return None


@retry_on_contention
def verify_chain(db: Database, *, batch: int = 5000) -> ChainReport:
    """Walk every chain in order and name the first broken link of each.

    A changed row breaks its own MAC; a deleted row leaves a gap in its chain's numbering (rows of
    one chain are numbered without gaps; 0007's chain by id) and breaks the next row's MAC; rows cut
    off the end no longer reach the chain's head; a row that belongs to no chain was added around
    MedLink.  Rows sealed before a ``medlink key rotate`` are checked with the key they name.
    """
    keys = _Keys(db)
    checked = 0
    problems: list[tuple[int | None, str]] = []
    with db.read() as session:
        heads = {h.id: h for h in session.scalars(select(AuditChainHead))}
        legacy = next((h for h in heads.values() if h.name == ""), None)
        unchained_query = select(func.count()).select_from(AuditLog).where(AuditLog.chain_id.is_(None))
        if legacy is not None:
            unchained_query = unchained_query.where(AuditLog.id < legacy.first_id)
        unchained = int(session.scalar(unchained_query) or 0) if legacy is not None else 0
        # 1. rows without a chain id: 0007's closed chain, in id order without gaps
        first_id = legacy.first_id if legacy is not None else 0
        previous_id, previous_mac, broken = first_id - 1, "", False
        while not broken:
            rows = session.scalars(select(AuditLog).where(AuditLog.chain_id.is_(None), AuditLog.id > previous_id,
                                                          AuditLog.id >= first_id)
                                   .order_by(AuditLog.id).limit(batch)).all()
            if not rows:
                break
            for row in rows:
                if legacy is None or row.id > legacy.last_id:
                    problems.append((row.id, tr("audit", "The audit log was tampered with: {row} belongs to no "
                                                         "chain \u2014 it was added around MedLink.")
                                     .format(row=_row_label(row))))
                    broken = True
                    break
                where = _chain_label(legacy, None)
                if row.id != previous_id + 1:
                    gone = (tr("audit", "row {n} before {row} was deleted.").format(n=previous_id + 1,
                                                                                   row=_row_label(row))
                            if row.id == previous_id + 2 else
                            tr("audit", "rows {a}\u2013{b} before {row} were deleted.").format(
                                a=previous_id + 1, b=row.id - 1, row=_row_label(row)))
                    problems.append((row.id, _tampered(where, gone)))
                    broken = True
                    break
                bad = _check_link(row, keys, previous_mac)
                if bad:
                    problems.append((row.id, _tampered(where, bad)))
                    broken = True
                    break
                checked += 1
                previous_id, previous_mac = row.id, row.mac
            session.expunge_all()
        if legacy is not None and not broken and previous_id != legacy.last_id and legacy.last_id >= first_id:
            problems.append((previous_id + 1, _tampered(
                _chain_label(legacy, None), tr("audit", "rows {a}\u2013{b} at the end were deleted.")
                .format(a=previous_id + 1, b=legacy.last_id))))
        # 2. the per-workstation chains, each in its own order (chain_id, chain_seq: one index walk)
        seen: dict[int, int] = {}  # chain id -> last place checked
        macs: dict[int, str] = {}
        broken_chains: set[int] = set()
        after: tuple[int, int] = (0, 0)
        while True:
            rows = session.scalars(
                select(AuditLog).where(AuditLog.chain_id.is_not(None),
                                       (AuditLog.chain_id > after[0])
                                       | ((AuditLog.chain_id == after[0]) & (AuditLog.chain_seq > after[1])))
                .order_by(AuditLog.chain_id, AuditLog.chain_seq).limit(batch)).all()
            if not rows:
                break
            for row in rows:
                chain_id, seq = int(row.chain_id or 0), int(row.chain_seq or 0)
                after = (chain_id, seq)
                if chain_id in broken_chains:
                    continue
                head = heads.get(chain_id)
                if head is None:  # a workstation's first row, written after the heads were read?
                    head = session.get(AuditChainHead, chain_id)
                    if head is not None:
                        heads[chain_id] = head
                if head is not None and head.name != "" and seq > head.last_seq:
                    continue  # written after this check read the head (MariaDB reads committed rows)
                where = _chain_label(head, chain_id)
                expected = seen.get(chain_id, 0) + 1
                bad = None
                if head is None or head.name == "":
                    bad = tr("audit", "{row} names a chain that does not exist.").format(row=_row_label(row))
                elif seq != expected:
                    bad = (tr("audit", "entry {n} before {row} was deleted.").format(n=expected, row=_row_label(row))
                           if seq == expected + 1 else
                           tr("audit", "entries {a}\u2013{b} before {row} were deleted.").format(
                               a=expected, b=seq - 1, row=_row_label(row)))
                else:
                    bad = _check_link(row, keys, macs.get(chain_id, ""))
                if bad:
                    problems.append((row.id, _tampered(where, bad)))
                    broken_chains.add(chain_id)
                    continue
                checked += 1
                seen[chain_id], macs[chain_id] = seq, row.mac
            session.expunge_all()
        for head in heads.values():
            if head.name == "" or head.id in broken_chains:
                continue
            last = seen.get(head.id, 0)
            if last != head.last_seq or (last and not macs_equal(macs[head.id], head.last_mac)):
                problems.append((None, _tampered(
                    _chain_label(head, head.id),
                    (tr("audit", "entry {n} at the end was deleted.").format(n=last + 1) if last + 1 == head.last_seq
                     else tr("audit", "entries {a}\u2013{b} at the end were deleted.").format(a=last + 1,
                                                                                             b=head.last_seq))
                    if last < head.last_seq else
                    tr("audit", "its head does not point at its last row (entry {n}).").format(n=last))))
    if not problems:
        return ChainReport(checked, unchained, None, None, chains=len(heads))
    first_at, first = problems[0]
    return ChainReport(checked, unchained, first_at, first, chains=len(heads), problems=tuple(p for _, p in problems))


@retry_on_contention
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


@retry_on_contention
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


@retry_on_contention
def audit_actions(db: Database, *, actor: Actor) -> list[str]:
    from medlink.services.permissions import require_admin

    with db.read() as session:
        require_admin(session, actor, "read the audit log")
        return list(session.scalars(select(AuditLog.action).distinct().order_by(AuditLog.action)))


def user_exists(session: Session, user_id: int) -> bool:  # pragma: no cover - helper for callers
    return session.get(User, user_id) is not None
