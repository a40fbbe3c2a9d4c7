"""One patient's history for the front desk: profile, appointments and allergies in one read.

The front desk's patient page loaded these through three service calls, each a unit of work of its
own appending its own audit row (a write transaction on SQLite).  This is one unit of work with **one**
audit row ("patient.history", naming how many of each part were shown) — like the doctor's chart
(:func:`medlink.services.doctor_patients.patient_chart`).
"""

from __future__ import annotations

from dataclasses import dataclass

from medlink.db.session import Database, retry_on_contention
from medlink.services import allergies, appointments, audit, patients
from medlink.services.actor import Actor
from medlink.services.allergies import AllergyView
from medlink.services.permissions import require_patient_access


@dataclass(frozen=True)
class PatientHistory:
    profile: patients.PatientView
    appointments: list[appointments.AppointmentView]
    allergies: list[AllergyView]


@retry_on_contention
def patient_history(db: Database, *, actor: Actor, patient_id: int) -> PatientHistory:
    """Everything the front desk's patient page shows about one patient (staff, the patient themself or a
    doctor the patient sees — the same access as each part's own service), with one audit row."""
    with db.transaction() as session:
        actor = require_patient_access(session, actor, patient_id)
        history = PatientHistory(
            profile=patients.read_patient(session, patient_id),
            appointments=appointments.read_patient_appointments(session, actor, patient_id),
            allergies=allergies.read_allergies(session, patient_id),
        )
        audit.record_disclosure(session, actor, "patient.history", [patient_id], entity="patient",
                                entity_id=patient_id,
                                detail=f"appointments={len(history.appointments)} "
                                       f"allergies={len(history.allergies)}")
        return history


__all__ = ["PatientHistory", "patient_history"]
