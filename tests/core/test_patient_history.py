"""The front desk's patient history: one read, one audit row, the same access as each part — both back-ends."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from medlink.db.models import AuditLog
from medlink.errors import PermissionDenied
from medlink.services import allergies, patient_history


def test_the_history_is_one_read_with_one_audit_row(clinic, db):
    staff, doctor = clinic.staff(), clinic.doctor("Dr. Kavya Rao")
    patient = clinic.patient("Meera Kumar")
    clinic.booking(patient, doctor, days_ahead=1)
    clinic.booking(patient, doctor, days_ahead=2)
    allergies.add_allergy(db, actor=staff, patient_id=patient.patient_id, substance="Penicillin")
    with db.read() as s:
        last = s.scalar(select(AuditLog.id).order_by(AuditLog.id.desc()).limit(1)) or 0

    history = patient_history.patient_history(db, actor=staff, patient_id=patient.patient_id)

    assert history.profile.full_name == "Meera Kumar"
    assert len(history.appointments) == 2
    assert [a.substance for a in history.allergies] == ["Penicillin"]
    with db.read() as s:
        rows = s.execute(select(AuditLog.action, AuditLog.patient_id, AuditLog.detail)
                         .where(AuditLog.id > last)).all()
    assert [(r.action, r.patient_id) for r in rows] == [("patient.history", patient.patient_id)]
    assert "appointments=2 allergies=1" in rows[0].detail


def test_the_history_keeps_each_parts_access_rules(clinic, db):
    patient, stranger = clinic.patient("Meera Kumar"), clinic.patient("Sam Else")
    doctor, other = clinic.doctor("Dr. Kavya Rao"), clinic.doctor("Dr. Other")
    clinic.booking(patient, doctor, days_ahead=1)
    clinic.booking(patient, other, days_ahead=2)
    with pytest.raises(PermissionDenied):  # another patient's history
        patient_history.patient_history(db, actor=stranger, patient_id=patient.patient_id)
    # the patient sees their own; a doctor sees only the appointments with themself, as in the chart
    assert len(patient_history.patient_history(db, actor=patient, patient_id=patient.patient_id).appointments) == 2
    assert len(patient_history.patient_history(db, actor=doctor, patient_id=patient.patient_id).appointments) == 1
