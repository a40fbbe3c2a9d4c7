"""What changed in the clinic's data since the last look — the cheap check behind self-refreshing lists.

Every change a service makes writes an audit row in the same transaction, so
the audit log is already a clinic-wide change feed, on every workstation that
shares the database.  :class:`ChangeTracker` reads only the newest audit ids
and their action names (a primary-key range scan of a few hundred rows at
most, no personal data) and turns them into *topics* ("appointment", "bill",
"patient", …).  A list that shows appointments reloads only when the topic
"appointment" comes up — not on a timer.

Ids are not committed in order (two transactions on a server may commit the
higher id first), so the tracker keeps looking back over a window of recent
ids and reports an id the first time it becomes visible.
"""

from __future__ import annotations

import threading

from sqlalchemy import func, select

from medlink.db.models import AuditLog
from medlink.db.session import Database, retry_on_contention

__all__ = ["LOOKBACK_IDS", "READ_ONLY_ACTIONS", "READ_ONLY_VERBS", "TOPIC_ALIASES", "ChangeTracker", "topic_of"]

LOOKBACK_IDS = 200
MAX_ROWS = 2000
# Audit rows that record a look, not a change.
READ_ONLY_VERBS = frozenset({"view", "list", "view_receipt", "list_patients", "login", "check", "test"})
# Further audit actions that record a look, a print or an export — no data changed.  A list's own
# load writes one of these (e.g. the queue's "appointment.queue" disclosure row); were it taken
# for a change, every list watching that topic would reload on every check, for ever.
READ_ONLY_ACTIONS = frozenset({
    "access.break_glass_list", "appointment.kiosk_today", "appointment.print_slip", "appointment.queue",
    "appointment.schedule", "appointment.share_whatsapp", "audit.verify", "bill.export_receipt", "bill.print",
    "clinic_key.export", "maintenance.backup", "maintenance.export_receipts", "measurement.flowsheet",
    "measurement.flowsheet_export", "measurement.trend", "patient.history", "patient.search", "prescription.allergy_warning",
    "prescription.export", "prescription.print", "prescription.print_lab_order", "record.export",
})
TOPIC_ALIASES = {"front_desk": "appointment", "meet_link": "doctor", "auth": "user"}


def topic_of(action: str) -> str | None:
    """The topic an audit action changes (``"appointment.check_in"`` → ``"appointment"``), None for reads."""
    prefix, _, verb = action.partition(".")
    if verb in READ_ONLY_VERBS or action in READ_ONLY_ACTIONS:
        return None
    return TOPIC_ALIASES.get(prefix, prefix)


class ChangeTracker:
    """Remembers what it has seen; :meth:`poll` returns the topics changed since the previous poll."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._floor: int | None = None  # ids above it are looked at
        self._seen: set[int] = set()

    @retry_on_contention
    def poll(self, db: Database) -> frozenset[str]:
        with self._lock:
            with db.read() as session:
                if self._floor is None:  # first look: remember where the log is, report nothing
                    newest = session.scalar(select(func.max(AuditLog.id))) or 0
                    floor = max(0, newest - LOOKBACK_IDS)
                    seen = set(session.scalars(select(AuditLog.id).where(AuditLog.id > floor)))
                    # remembered only once both reads worked, so a busy database repeats the first look
                    self._floor, self._seen = floor, seen
                    return frozenset()
                rows = session.execute(
                    select(AuditLog.id, AuditLog.action).where(AuditLog.id > self._floor)
                    .order_by(AuditLog.id).limit(MAX_ROWS)).all()
            topics = {topic for row_id, action in rows if row_id not in self._seen
                      for topic in [topic_of(action)] if topic is not None}
            self._seen.update(row_id for row_id, _ in rows)
            if rows:
                newest = rows[-1][0]
                floor = max(self._floor, newest - LOOKBACK_IDS)
                self._seen = {i for i in self._seen if i > floor}
                self._floor = floor
            return frozenset(topics)
