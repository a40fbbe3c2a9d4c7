"""A doctor's patients: the people who have (or had) an appointment with them.

``my_patients`` lists them (searchable by name prefix); ``patient_chart``
gathers what a doctor sees about one of them.  Both go through the same
permission rule as every other patient read (``require_patient_access``) and
are audit-logged.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import and_, case, func, select, type_coerce

from medlink.db.models import Appointment, AppointmentStatus, Patient
from medlink.db.session import Database, retry_on_contention
from medlink.db.types import UTCDateTime, utcnow
from medlink.errors import PermissionDenied
from medlink.services import allergies, appointments, audit, billing, labs, measurements, patients, prescriptions, records
from medlink.services.actor import Actor
from medlink.services.allergies import AllergyView, ProblemView
from medlink.services.clinic_settings import clinic_timezone
from medlink.services.permissions import (ACCESS_GRANTING, require_patient_access, require_practising_doctor,
                                          require_signed_in)
from medlink.validation import prefix_filter, search_text
from medlink.i18n import tr


@dataclass(frozen=True)
class MyPatientRow:
    patient_id: int
    full_name: str
    phone: str | None
    gender: str | None
    age: int | None
    visits: int
    last_visit: datetime | None
    next_visit: datetime | None


@dataclass(frozen=True)
class PatientChart:
    profile: patients.PatientView
    appointments: list[appointments.AppointmentView]
    records: list[records.RecordView]
    bills: list[billing.BillView]
    prescriptions: list[prescriptions.PrescriptionView]
    allergies: list[AllergyView] = field(default_factory=list)
    problems: list[ProblemView] = field(default_factory=list)
    plans: list[measurements.PlanView] = field(default_factory=list)
    lab_orders: list[labs.LabOrderView] = field(default_factory=list)


def _age(dob: date | None, today: date) -> int | None:
    if dob is None:
        return None
    return today.year - dob.year - ((today.month, today.day) < (dob.month, dob.day))


@retry_on_contention
def my_patients(db: Database, *, actor: Actor, text: str = "", limit: int = 200,
                now: datetime | None = None) -> list[MyPatientRow]:
    """Distinct patients linked to this doctor by an appointment that took place or is still
    active (the same rule that opens their chart), by name prefix; most recent contact first."""
    now = now or utcnow()
    text = search_text(text)
    with db.transaction() as session:
        actor = require_signed_in(session, actor)
        if not actor.is_doctor:
            raise PermissionDenied(tr("doctor_patients", "Only a doctor has a patient list."))
        doctor_id = require_practising_doctor(session, actor)
        seen = Appointment.status.in_((AppointmentStatus.COMPLETED.value, AppointmentStatus.CHECKED_IN.value,
                                       AppointmentStatus.NO_SHOW.value, AppointmentStatus.BOOKED.value))
        # CASE inside the aggregates (MariaDB has no FILTER clause); type_coerce keeps UTC-aware results.
        last_visit = type_coerce(func.max(case((and_(Appointment.starts_at <= now, seen), Appointment.starts_at))),
                                 UTCDateTime())
        next_visit = type_coerce(func.min(case((and_(Appointment.starts_at > now, Appointment.slot_claim == 1),
                                                Appointment.starts_at))), UTCDateTime())
        visits = func.sum(case((Appointment.status == AppointmentStatus.COMPLETED.value, 1), else_=0))
        query = (select(Patient.id, Patient.full_name, Patient.phone, Patient.gender, Patient.date_of_birth,
                        visits, last_visit, next_visit, func.max(Appointment.starts_at))
                 .join(Appointment, Appointment.patient_id == Patient.id)
                 .where(Appointment.doctor_id == doctor_id, Appointment.status.in_(ACCESS_GRANTING))
                 .group_by(Patient.id, Patient.full_name, Patient.phone, Patient.gender, Patient.date_of_birth))
        if text:
            query = query.where(prefix_filter(Patient.full_name, text, sqlite=db.is_sqlite))
        query = query.order_by(func.max(Appointment.starts_at).desc(), Patient.id).limit(limit)
        today = now.astimezone(clinic_timezone(session)).date()
        rows = [MyPatientRow(pid, name, phone, gender, _age(dob, today), int(n or 0), last, nxt)
                for pid, name, phone, gender, dob, n, last, nxt, _latest in session.execute(query)]
        audit.record_disclosure(session, actor, "doctor.list_patients", [r.patient_id for r in rows],
                                entity="doctor", entity_id=doctor_id,
                                detail=f"search={text!r} results={len(rows)}" if text else f"results={len(rows)}")
        return rows


@retry_on_contention
def patient_chart(db: Database, *, actor: Actor, patient_id: int, records_dir: Path | None = None) -> PatientChart:
    """Everything the chart's first view shows about one of the doctor's patients, in one unit of work with
    **one** audit row ("patient.chart", naming how many of each part were shown).

    The tabs' own services (readings, a record's file, a lab result) write their own row when they are opened."""
    if actor is None or not actor.is_doctor:
        raise PermissionDenied(tr("doctor_patients", "Only a doctor has patient charts."))
    with db.transaction() as session:
        actor = require_patient_access(session, actor, patient_id)
        doctor_id = require_practising_doctor(session, actor)
        chart = PatientChart(
            profile=patients.read_patient(session, patient_id),
            appointments=appointments.read_patient_appointments(session, actor, patient_id),
            records=records.read_records(session, patient_id),
            bills=billing.read_patient_bills(session, patient_id, doctor_id=doctor_id),
            prescriptions=prescriptions.read_prescriptions(session, patient_id),
            allergies=allergies.read_allergies(session, patient_id),
            problems=allergies.read_problems(session, patient_id),
            plans=measurements.read_plans(session, patient_id),
            lab_orders=labs.read_lab_orders(session, patient_id),
        )
        audit.record(session, actor, "patient.chart", entity="patient", entity_id=patient_id, patient_id=patient_id,
                     detail=f"appointments={len(chart.appointments)} records={len(chart.records)} "
                            f"bills={len(chart.bills)} prescriptions={len(chart.prescriptions)} "
                            f"allergies={len(chart.allergies)} problems={len(chart.problems)} "
                            f"plans={len(chart.plans)} lab_orders={len(chart.lab_orders)}")
        return chart


__all__ = ["MyPatientRow", "PatientChart", "my_patients", "patient_chart"]
