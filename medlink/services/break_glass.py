"""Break-glass access: a doctor opens the chart of a patient they have no appointment with.

For emergencies only (the patient collapses in the waiting room, a colleague's
patient needs an urgent decision).  The doctor types the reason; the grant lasts
a few hours, is written to the audit log and is listed for administrators, who
review every one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import aliased

from medlink.db.models import BreakGlassAccess, Doctor, Patient
from medlink.db.session import Database, retry_on_contention
from medlink.db.types import utcnow
from medlink.errors import NotFound, ValidationError
from medlink.services import audit
from medlink.services.actor import Actor
from medlink.services.permissions import require_admin, require_clinician, require_signed_in
from medlink.validation import clean_text
from medlink.i18n import N_, tr

BREAK_GLASS_DURATION = timedelta(hours=4)
MIN_REASON_LENGTH = 15


@dataclass(frozen=True)
class BreakGlassView:
    id: int
    doctor_id: int
    doctor_name: str
    patient_id: int
    patient_name: str
    reason: str
    workstation: str | None
    granted_at: datetime
    expires_at: datetime


@retry_on_contention
def open_chart_in_emergency(db: Database, *, actor: Actor, patient_id: int, reason: str,
                            now: datetime | None = None) -> BreakGlassView:
    """Grant the acting doctor access to one patient's chart for four hours, with a typed reason."""
    now = now or utcnow()
    with db.transaction() as session:
        doctor_id = require_clinician(session, actor, "use emergency access")
        actor = require_signed_in(session, actor)
        text = clean_text(reason, field="reason", label=N_("fields", "Reason"), max_length=1000, multiline=True, required=True)
        if text is None or len(text) < MIN_REASON_LENGTH:
            raise ValidationError("reason", tr("break_glass", "Describe the emergency in a sentence (at least {MIN_REASON_LENGTH} characters): administrators review every emergency access.").format(MIN_REASON_LENGTH=MIN_REASON_LENGTH))
        patient = session.get(Patient, patient_id)
        if patient is None:
            raise NotFound(tr("break_glass", "That patient does not exist."))
        grant = BreakGlassAccess(doctor_id=doctor_id, patient_id=patient_id, user_id=actor.user_id, reason=text,
                                 workstation=audit.workstation_name(), granted_at=now,
                                 expires_at=now + BREAK_GLASS_DURATION)
        session.add(grant)
        session.flush()
        audit.record(session, actor, "access.break_glass", entity="patient", entity_id=patient_id,
                     patient_id=patient_id, detail=f"until {grant.expires_at.isoformat()}: {text}")
        doctor_name = session.scalar(select(Doctor.full_name).where(Doctor.id == doctor_id)) or ""
        return BreakGlassView(grant.id, doctor_id, doctor_name, patient_id, patient.full_name, text,
                              grant.workstation, grant.granted_at, grant.expires_at)


@retry_on_contention
def list_break_glass(db: Database, *, actor: Actor, since: datetime | None = None,
                     limit: int = 500) -> list[BreakGlassView]:
    """Every emergency access, newest first (administrators review them)."""
    doctor, patient = aliased(Doctor), aliased(Patient)
    query = (select(BreakGlassAccess, doctor.full_name, patient.full_name)
             .join(doctor, doctor.id == BreakGlassAccess.doctor_id)
             .join(patient, patient.id == BreakGlassAccess.patient_id)
             .order_by(BreakGlassAccess.granted_at.desc(), BreakGlassAccess.id.desc()).limit(limit))
    if since is not None:
        query = query.where(BreakGlassAccess.granted_at >= since)
    with db.transaction() as session:
        actor = require_admin(session, actor, "review emergency access")
        rows = session.execute(query).all()
        found = [BreakGlassView(g.id, g.doctor_id, d, g.patient_id, p, g.reason, g.workstation, g.granted_at,
                                g.expires_at) for g, d, p in rows]
        audit.record_disclosure(session, actor, "access.break_glass_list", [v.patient_id for v in found],
                                detail=f"{len(found)} grants")
        return found


__all__ = ["BREAK_GLASS_DURATION", "BreakGlassView", "open_chart_in_emergency", "list_break_glass"]
