"""Daily summaries kept in step with appointments and bills, in the same transaction.

The dashboard's one-year report used to aggregate ~180 000 appointments and ~60 000 bills
per call; it now reads ``appointment_day_counts`` (day × speciality × status, ≤ 27 000 rows a
year) and ``bill_day_totals`` (one row a day).

They are maintained by session hooks: every ORM flush that inserts, changes or deletes an
appointment or a bill — whichever use case does it — notes the differences (old
day/speciality/status −1, new +1; a bill's total and GST), and just before the transaction
commits they are written with one upsert per touched row, inside that same transaction.  A
rolled-back transaction (or savepoint) drops its differences; a retried one re-applies them
once.  Changes are applied in key order so two transactions touching the same rows queue
rather than deadlock.

Why at the end: a summary row (today × speciality × booked, say) is written by every
workstation's bookings, so it is the hottest row of the database.  Written at the first flush,
its lock was held for the rest of the unit of work (the audit row, the outbox e-mail, a
receipt's PDF), and other workstations queued behind it; on a Galera cluster, where each node
writes optimistically, a change to it replicated from another node aborts every local
transaction that had already touched it, so with 16 workstations some units of work lost ten
times in a row.  Written last, the row is held only for the commit.

Days are the clinic's local days.  A change of the clinic's time zone, or of a doctor's
speciality, rebuilds what it affects (the whole summary, or that doctor's counts) in the same
transaction.  Core ``UPDATE`` statements on these columns would bypass the hook; MedLink
issues none (the reminder job's plain UPDATE touches only ``reminder_sent_at``).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date, datetime, timezone
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Table, delete, event, func, inspect, select
from sqlalchemy.dialects.mysql import insert as mysql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from medlink.db.models import Appointment, AppointmentDayCount, Bill, BillDayTotal, ClinicSettings, Doctor
from medlink.vocabulary import BillStatus

DEFAULT_TIMEZONE = "Asia/Kolkata"
_VOID = BillStatus.VOID.value
_counts: Table = AppointmentDayCount.__table__  # type: ignore[assignment]
_totals: Table = BillDayTotal.__table__  # type: ignore[assignment]

AppointmentKey = tuple[date, str, str]  # (day, speciality, status)


def local_day(moment: datetime, tz: ZoneInfo) -> date:
    if moment.tzinfo is None:  # stored UTC, read back naive by some drivers
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(tz).date()


def _clinic_tz(session: Session, conn: Connection) -> ZoneInfo:
    tz = session.info.get("clinic_tz")
    if tz is None:
        name = conn.execute(select(ClinicSettings.timezone).where(ClinicSettings.id == 1)).scalar()
        tz = session.info["clinic_tz"] = ZoneInfo(name or DEFAULT_TIMEZONE)
    return tz


def _old(obj: Any, attribute: str) -> Any:
    history = inspect(obj).attrs[attribute].history
    if history.deleted:
        return history.deleted[0]
    if history.unchanged:
        return history.unchanged[0]
    return getattr(obj, attribute)


def _changed(obj: Any, *attributes: str) -> bool:
    state = inspect(obj)
    return any(state.attrs[a].history.has_changes() for a in attributes)


class _Specialities:
    """doctor id → speciality, from the session's identity map or one query per flush."""

    def __init__(self, session: Session, conn: Connection) -> None:
        self.session, self.conn = session, conn
        self.known: dict[int, str] = {}

    def prefetch(self, doctor_ids: set[int]) -> None:
        missing = set()
        for doctor_id in doctor_ids:
            doctor = self.session.identity_map.get(inspect(Doctor).identity_key_from_primary_key((doctor_id,)))
            if doctor is not None:
                self.known[doctor_id] = _old(doctor, "speciality")
            else:
                missing.add(doctor_id)
        if missing:
            self.known.update(self.conn.execute(select(Doctor.id, Doctor.speciality)
                                                .where(Doctor.id.in_(missing))).all())

    def __getitem__(self, doctor_id: int) -> str:
        return self.known.get(doctor_id, "")


# --- the differences of a unit of work, written at its commit ----------------------------------

_PENDING = "medlink_summary_pending"  # session.info: [(transaction, appointment deltas, bill deltas)]


def _pending(session: Session) -> list[tuple[Any, Counter[AppointmentKey], dict[date, list[int]]]]:
    return session.info.setdefault(_PENDING, [])


def _innermost(session: Session) -> Any:
    return session.get_nested_transaction() or session.get_transaction()


def _within(transaction: Any, ended: Any) -> bool:
    while transaction is not None:
        if transaction is ended:
            return True
        transaction = transaction.parent
    return False


def write_pending_summaries(session: Session) -> None:
    """Write the differences noted so far (in key order) and forget them."""
    pending = session.info.pop(_PENDING, None)
    if not pending:
        return
    deltas: Counter[AppointmentKey] = Counter()
    money: dict[date, list[int]] = defaultdict(lambda: [0, 0, 0])
    for _transaction, appointment_deltas, bill_deltas in pending:
        deltas.update(appointment_deltas)
        for day, values in bill_deltas.items():
            money[day] = [a + b for a, b in zip(money[day], values)]
    conn = session.connection()
    apply_appointment_deltas(conn, deltas)
    apply_bill_deltas(conn, money)


@event.listens_for(Session, "before_commit")
def _write_at_commit(session: Session) -> None:
    if session.get_nested_transaction() is not None:
        return  # a savepoint is released, not committed: its differences wait for the transaction
    session.flush()  # the commit's own flush, so that its differences are noted too
    write_pending_summaries(session)


@event.listens_for(Session, "after_soft_rollback")
def _drop_rolled_back(session: Session, previous_transaction: Any) -> None:
    pending = session.info.get(_PENDING)
    if pending:
        pending[:] = [entry for entry in pending if not _within(entry[0], previous_transaction)]


@event.listens_for(Session, "after_flush")
def _keep_summaries(session: Session, _flush_context: Any) -> None:
    touched = [o for o in (*session.new, *session.dirty, *session.deleted)
               if isinstance(o, (Appointment, Bill, Doctor, ClinicSettings))]
    if not touched:
        return
    conn = session.connection()
    settings = [o for o in touched if isinstance(o, ClinicSettings) and o in session.dirty
                and _changed(o, "timezone")]
    if settings:
        session.info["clinic_tz"] = ZoneInfo(settings[0].timezone)
        session.info.pop(_PENDING, None)  # the recount includes everything flushed so far
        rebuild_summaries(conn, session.info["clinic_tz"])
        return
    tz = _clinic_tz(session, conn)
    appointment_rows: list[tuple[int, datetime, int, str]] = []  # (+1/-1, starts_at, doctor_id, status)
    bill_rows: list[tuple[int, datetime, int, int]] = []  # (+1/-1, issued_at, total, tax)
    moved_doctors: list[Doctor] = []
    for obj in touched:
        if isinstance(obj, Appointment):
            if obj in session.new:
                appointment_rows.append((1, obj.starts_at, obj.doctor_id, obj.status))
            elif obj in session.deleted:
                appointment_rows.append((-1, _old(obj, "starts_at"), _old(obj, "doctor_id"), _old(obj, "status")))
            elif _changed(obj, "starts_at", "doctor_id", "status"):
                appointment_rows.append((-1, _old(obj, "starts_at"), _old(obj, "doctor_id"), _old(obj, "status")))
                appointment_rows.append((1, obj.starts_at, obj.doctor_id, obj.status))
        elif isinstance(obj, Bill):
            fields = ("issued_at", "status", "grand_total_paise", "cgst_paise", "sgst_paise", "igst_paise")
            if obj in session.new:
                bill_rows.append(_bill_row(1, obj, current=True))
            elif obj in session.deleted:
                bill_rows.append(_bill_row(-1, obj, current=False))
            elif _changed(obj, *fields):
                bill_rows.append(_bill_row(-1, obj, current=False))
                bill_rows.append(_bill_row(1, obj, current=True))
        elif isinstance(obj, Doctor) and obj in session.dirty and _changed(obj, "speciality"):
            moved_doctors.append(obj)
    specialities = _Specialities(session, conn)
    if appointment_rows:
        specialities.prefetch({r[2] for r in appointment_rows})
    deltas: Counter[AppointmentKey] = Counter()
    for sign, starts_at, doctor_id, status in appointment_rows:
        deltas[(local_day(starts_at, tz), specialities[doctor_id], status)] += sign
    money: dict[date, list[int]] = defaultdict(lambda: [0, 0, 0])
    for sign, issued_at, total, tax in bill_rows:
        if sign == 0:
            continue
        entry = money[local_day(issued_at, tz)]
        entry[0] += sign
        entry[1] += sign * total
        entry[2] += sign * tax
    if deltas or money:
        _pending(session).append((_innermost(session), deltas, dict(money)))
    for doctor in moved_doctors:  # additive differences too: the order with the pending ones does not matter
        _move_doctor(conn, tz, doctor.id, _old(doctor, "speciality"), doctor.speciality)


def _bill_row(sign: int, bill: Bill, *, current: bool) -> tuple[int, datetime, int, int]:
    def get(attribute: str) -> Any:
        return getattr(bill, attribute) if current else _old(bill, attribute)

    if get("status") == _VOID:
        return (0, get("issued_at"), 0, 0)
    tax = (get("cgst_paise") or 0) + (get("sgst_paise") or 0) + (get("igst_paise") or 0)
    return (sign, get("issued_at"), get("grand_total_paise") or 0, tax)


def _upsert(conn: Connection, table: Table, keys: list[str], values: dict[str, Any], add: dict[str, int]) -> None:
    row = {**values, **add}
    if conn.dialect.name == "sqlite":
        lite = sqlite_insert(table).values(**row)
        conn.execute(lite.on_conflict_do_update(index_elements=keys,
                                                set_={c: table.c[c] + lite.excluded[c] for c in add}))
    else:
        my = mysql_insert(table).values(**row)
        conn.execute(my.on_duplicate_key_update({c: table.c[c] + my.inserted[c] for c in add}))


def apply_appointment_deltas(conn: Connection, deltas: Counter[AppointmentKey]) -> None:
    for (day, speciality, status), delta in sorted(deltas.items(), key=lambda kv: (kv[0][0], kv[0][2], kv[0][1])):
        if delta:
            _upsert(conn, _counts, ["day", "status", "speciality"],
                    {"day": day, "speciality": speciality, "status": status}, {"count": delta})


def apply_bill_deltas(conn: Connection, money: dict[date, list[int]]) -> None:
    for day, (bills, total, tax) in sorted(money.items()):
        if bills or total or tax:
            _upsert(conn, _totals, ["day"], {"day": day},
                    {"bills": bills, "total_paise": total, "tax_paise": tax})


def _appointment_counts(conn: Connection, tz: ZoneInfo, doctor_id: int | None = None) -> Counter[AppointmentKey]:
    """Count from the appointments themselves: grouped by the (indexed) start time in SQL,
    folded into clinic-local days here — exact in any time zone."""
    query = (select(Appointment.starts_at, Doctor.speciality, Appointment.status, func.count())
             .join(Doctor, Doctor.id == Appointment.doctor_id)
             .group_by(Appointment.starts_at, Doctor.speciality, Appointment.status))
    if doctor_id is not None:
        query = query.where(Appointment.doctor_id == doctor_id)
    counts: Counter[AppointmentKey] = Counter()
    for starts_at, speciality, status, n in conn.execute(query):
        if isinstance(starts_at, str):  # SQLite through a Core select of a TypeDecorator column
            starts_at = datetime.fromisoformat(starts_at)
        counts[(local_day(starts_at, tz), speciality, status)] += int(n)
    return counts


def _move_doctor(conn: Connection, tz: ZoneInfo, doctor_id: int, old: str, new: str) -> None:
    """A doctor's speciality changed: their appointments now count under the new one."""
    counts = _appointment_counts(conn, tz, doctor_id)
    deltas: Counter[AppointmentKey] = Counter()
    for (day, speciality, status), n in counts.items():  # already flushed: grouped under ``new``
        deltas[(day, old, status)] -= n
        deltas[(day, speciality, status)] += n
    apply_appointment_deltas(conn, deltas)


def rebuild_summaries(conn: Connection, tz: ZoneInfo | None = None) -> tuple[int, int]:
    """Recount both summaries from the appointments and bills (migration, generator, time zone
    change).  Returns the number of summary rows written."""
    if tz is None:
        name = conn.execute(select(ClinicSettings.timezone).where(ClinicSettings.id == 1)).scalar()
        tz = ZoneInfo(name or DEFAULT_TIMEZONE)
    conn.execute(delete(_counts))
    conn.execute(delete(_totals))
    counts = _appointment_counts(conn, tz)
    rows = [{"day": d, "speciality": s, "status": st, "count": n} for (d, s, st), n in sorted(counts.items())]
    for start in range(0, len(rows), 5000):
        conn.execute(_counts.insert(), rows[start:start + 5000])
    money: dict[date, list[int]] = defaultdict(lambda: [0, 0, 0])
    query = (select(Bill.issued_at, func.count(), func.sum(Bill.grand_total_paise),
                    func.sum(Bill.cgst_paise + Bill.sgst_paise + Bill.igst_paise))
             .where(Bill.status != _VOID).group_by(Bill.issued_at))
    for issued_at, n, total, tax in conn.execute(query):
        if isinstance(issued_at, str):
            issued_at = datetime.fromisoformat(issued_at)
        entry = money[local_day(issued_at, tz)]
        entry[0] += int(n)
        entry[1] += int(total or 0)
        entry[2] += int(tax or 0)
    bill_rows = [{"day": d, "bills": b, "total_paise": t, "tax_paise": x} for d, (b, t, x) in sorted(money.items())]
    for start in range(0, len(bill_rows), 5000):
        conn.execute(_totals.insert(), bill_rows[start:start + 5000])
    return len(rows), len(bill_rows)
