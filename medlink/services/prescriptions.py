"""Prescriptions: written by the appointment's doctor, kept as rows and as a PDF.

The PDF lives in the records folder under ``<patient-id>/prescriptions/<id>.pdf``,
encrypted like an upload (:mod:`medlink.services.documents`) and written atomically;
the row stores that relative path.  Every write and view
is audit-logged.  Who may read:

* a patient — their own prescriptions;
* a doctor — the prescriptions of patients who have (had) an appointment with
  them (all of that patient's prescriptions: a treating doctor needs the full
  medication picture);
* clinic staff — everyone's.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from medlink.db.models import Appointment, AppointmentMode, AppointmentStatus, Doctor, Patient, Prescription
from medlink.db.models import PrescriptionItem as PrescriptionItemRow
from medlink.db.session import Database, retry_on_contention
from medlink.errors import AllergyConflict, ClinicKeyMissing, NotFound, PermissionDenied, StorageError, ValidationError
from medlink.i18n import N_, normalise_language
from medlink.security.records_crypto import WrongClinicKey
from medlink.services import audit, clinic_key, documents
from medlink.services.actor import Actor
from medlink.services.clinic_settings import clinic_timezone, settings_row
from medlink.services.documents import GeneratedDocument
from medlink.services.permissions import require_clinician, require_patient_access, require_signed_in
from medlink.validation import clean_text
from medlink.i18n import tr

log = logging.getLogger(__name__)

MAX_ITEMS = 30
MAX_LAB_TESTS = 30


@dataclass(frozen=True)
class PrescriptionItemInput:
    medicine: str
    strength: str | None = None
    dose: str | None = None
    frequency: str | None = None
    duration: str | None = None
    instructions: str | None = None


@dataclass(frozen=True)
class PrescriptionItemView:
    position: int
    medicine: str
    strength: str | None
    dose: str | None
    frequency: str | None
    duration: str | None
    instructions: str | None


@dataclass(frozen=True)
class PrescriptionView:
    id: int
    number: str
    appointment_id: int
    patient_id: int
    patient_name: str
    doctor_id: int
    doctor_name: str
    created_at: datetime
    appointment_starts_at: datetime
    items: tuple[PrescriptionItemView, ...]
    lab_tests: tuple[str, ...]
    advice: str | None
    follow_up_on: date | None
    pdf_path: str | None
    allergy_override_reason: str | None = None

    @property
    def summary(self) -> str:
        medicines = ", ".join(item.medicine for item in self.items)
        return medicines or ("Lab tests: " + ", ".join(self.lab_tests) if self.lab_tests else "Advice only")


def prescription_number(prescription_id: int) -> str:
    return f"RX-{prescription_id:06d}"


def prescription_relative_path(patient_id: int, prescription_id: int) -> Path:
    return Path(str(int(patient_id))) / "prescriptions" / f"{int(prescription_id)}.pdf"


def _clean_items(items: Sequence[PrescriptionItemInput]) -> list[dict[str, str | None]]:
    if len(items) > MAX_ITEMS:
        raise ValidationError("items", tr("prescriptions", "A prescription can have at most {MAX_ITEMS} medicines.").format(MAX_ITEMS=MAX_ITEMS))
    out = []
    for index, item in enumerate(items):
        prefix = f"items[{index}]"
        medicine = clean_text(item.medicine, field=f"{prefix}.medicine", label=tr("fields", "Medicine {number}").format(number=index + 1),
                              max_length=120)
        others = {
            "strength": clean_text(item.strength, field=f"{prefix}.strength", label=N_("fields", "Strength"), max_length=60),
            "dose": clean_text(item.dose, field=f"{prefix}.dose", label=N_("fields", "Dose"), max_length=60),
            "frequency": clean_text(item.frequency, field=f"{prefix}.frequency", label=N_("fields", "Frequency"), max_length=60),
            "duration": clean_text(item.duration, field=f"{prefix}.duration", label=N_("fields", "Duration"), max_length=60),
            "instructions": clean_text(item.instructions, field=f"{prefix}.instructions", label=N_("fields", "Instructions"),
                                       max_length=200),
        }
        if medicine is None:
            if any(others.values()):
                raise ValidationError(f"{prefix}.medicine", tr("prescriptions", "Line {value}: enter the medicine's name.").format(value=index + 1))
            continue  # an entirely empty row is ignored
        out.append({"medicine": medicine, **others})
    return out


def _clean_lab_tests(lab_tests: Sequence[str] | str | None) -> list[str]:
    if lab_tests is None:
        return []
    raw = lab_tests.splitlines() if isinstance(lab_tests, str) else list(lab_tests)
    tests = []
    for text in raw:
        clean = clean_text(text, field="lab_tests", label=N_("fields", "Lab test"), max_length=200)
        if clean:
            tests.append(clean)
    if len(tests) > MAX_LAB_TESTS:
        raise ValidationError("lab_tests", tr("prescriptions", "At most {MAX_LAB_TESTS} lab tests can be advised at once.").format(MAX_LAB_TESTS=MAX_LAB_TESTS))
    return tests


def _to_view(p: Prescription, appointment: Appointment) -> PrescriptionView:
    return PrescriptionView(
        id=p.id, number=prescription_number(p.id), appointment_id=p.appointment_id, patient_id=p.patient_id,
        patient_name=appointment.patient.full_name, doctor_id=p.doctor_id, doctor_name=appointment.doctor.full_name,
        created_at=p.created_at, appointment_starts_at=appointment.starts_at,
        items=tuple(PrescriptionItemView(i.position, i.medicine, i.strength, i.dose, i.frequency, i.duration,
                                         i.instructions) for i in p.items),
        lab_tests=tuple(t for t in (p.lab_tests or "").splitlines() if t.strip()),
        advice=p.advice, follow_up_on=p.follow_up_on, pdf_path=p.pdf_path,
        allergy_override_reason=p.allergy_override_reason,
    )


def _load(session: Session, prescription_id: int) -> tuple[Prescription, Appointment]:
    prescription = session.scalars(select(Prescription).where(Prescription.id == prescription_id)
                                   .options(joinedload(Prescription.items))).unique().first()
    if prescription is None:
        raise NotFound(tr("prescriptions", "That prescription does not exist."))
    appointment = session.scalars(select(Appointment).where(Appointment.id == prescription.appointment_id)
                                  .options(joinedload(Appointment.patient), joinedload(Appointment.doctor))).one()
    return prescription, appointment


def _document(session: Session, prescription: Prescription, appointment: Appointment):  # type: ignore[no-untyped-def]
    from medlink.receipts.pdf import (
        AppointmentInfo,
        ClinicInfo,
        DoctorInfo,
        PatientInfo,
        PrescriptionDocument,
        PrescriptionItem,
    )

    from medlink.services.allergies import allergy_summary

    clinic = settings_row(session)
    tz = clinic_timezone(session)
    patient: Patient = appointment.patient
    doctor: Doctor = appointment.doctor
    age = None
    if patient.date_of_birth:
        today = prescription.created_at.astimezone(tz).date()
        dob = patient.date_of_birth
        age = today.year - dob.year - ((today.month, today.day) < (dob.month, dob.day))
    return PrescriptionDocument(
        clinic=ClinicInfo(name=clinic.clinic_name, address=clinic.address, phone=clinic.phone, email=clinic.email,
                          gstin=clinic.gstin or None, state=clinic.state, logo_png=clinic.logo_png),
        doctor=DoctorInfo(name=doctor.full_name, qualifications=doctor.qualifications, speciality=doctor.speciality,
                          registration_number=doctor.registration_number),
        patient=PatientInfo(name=patient.full_name, patient_id=f"P{patient.id:06d}", phone=patient.phone or "",
                            email=patient.email or "", address=patient.address or "", state=patient.state,
                            age=age, sex=patient.gender or ""),
        issued_at=prescription.created_at,
        items=[PrescriptionItem(medicine=i.medicine, strength=i.strength or "", dose=i.dose or "",
                                frequency=i.frequency or "", duration=i.duration or "",
                                instructions=i.instructions or "") for i in prescription.items],
        lab_tests=[t for t in (prescription.lab_tests or "").splitlines() if t.strip()],
        complaints=appointment.reason or "",
        diagnosis=appointment.diagnosis or "",
        allergies=allergy_summary(session, patient.id, normalise_language(patient.preferred_language)),
        advice=prescription.advice or "",
        follow_up=prescription.follow_up_on,
        number=prescription_number(prescription.id),
        appointment=AppointmentInfo(starts_at=appointment.starts_at,
                                    mode="Online" if appointment.mode == AppointmentMode.ONLINE.value else "In person"),
        timezone=tz,
        language=normalise_language(patient.preferred_language), bilingual=bool(clinic.bilingual_documents),
    )


def _write_pdf(session: Session, prescription: Prescription, appointment: Appointment, records_dir: Path,
               key: bytes) -> tuple[Path, bytes]:
    """Render the prescription and store it encrypted (like an upload); its relative path and the PDF bytes."""
    from medlink.receipts.pdf import render_prescription_pdf

    relative = prescription_relative_path(prescription.patient_id, prescription.id)
    data = render_prescription_pdf(_document(session, prescription, appointment))
    try:
        documents.store(key=key, records_dir=records_dir, relative=relative, data=data)
    except StorageError as exc:
        raise StorageError(tr("prescriptions", "The prescription could not be saved in the records folder: {value}.").format(value=documents.reason(exc))) from exc
    return relative, data


@retry_on_contention
def write_prescription(db: Database, *, actor: Actor, records_dir: Path, appointment_id: int,
                       items: Sequence[PrescriptionItemInput], lab_tests: Sequence[str] | str | None = None,
                       advice: str | None = None, follow_up_on: date | None = None,
                       allergy_override_reason: str | None = None) -> PrescriptionView:
    """The appointment's (verified) doctor writes a prescription; its PDF is saved with it.

    A medicine that matches one of the patient's recorded allergies (or its drug
    class) is refused with :class:`AllergyConflict` unless the doctor types why
    they prescribe it anyway (``allergy_override_reason``); both the refusal and
    the override are audit-logged.
    """
    try:
        return _write_prescription(db, actor=actor, records_dir=records_dir, appointment_id=appointment_id,
                                   items=items, lab_tests=lab_tests, advice=advice, follow_up_on=follow_up_on,
                                   allergy_override_reason=allergy_override_reason)
    except AllergyConflict as conflict:
        audit.record_separately(db, actor, "prescription.allergy_warning", entity="appointment",
                                entity_id=appointment_id, patient_id=getattr(conflict, "patient_id", None),
                                success=False, detail=" | ".join(conflict.matches)[:2000])
        raise


def _write_prescription(db: Database, *, actor: Actor, records_dir: Path, appointment_id: int,
                        items: Sequence[PrescriptionItemInput], lab_tests: Sequence[str] | str | None,
                        advice: str | None, follow_up_on: date | None,
                        allergy_override_reason: str | None) -> PrescriptionView:
    override = clean_text(allergy_override_reason, field="allergy_override_reason", label=N_("fields", "The reason"),
                          max_length=1000, multiline=True)
    if override is not None and len(override) < 10:
        raise ValidationError("allergy_override_reason", tr("prescriptions", "Say in a sentence why the medicine is safe for this "
                                                         "patient (at least 10 characters)."))
    clean_items = _clean_items(items)
    tests = _clean_lab_tests(lab_tests)
    advice_text = clean_text(advice, field="advice", label=N_("fields", "Advice"), max_length=4000, multiline=True)
    if not clean_items and not tests and not advice_text:
        raise ValidationError("items", tr("prescriptions", "Add at least one medicine, lab test or piece of advice."))
    key = clinic_key.data_key(db)
    written: Path | None = None
    try:
        with db.transaction() as session:
            doctor_id = require_clinician(session, actor, "write prescriptions")
            actor = require_signed_in(session, actor)
            appointment = session.scalars(select(Appointment).where(Appointment.id == appointment_id).options(
                joinedload(Appointment.patient), joinedload(Appointment.doctor))).first()
            if appointment is None:
                raise NotFound(tr("prescriptions", "That appointment does not exist."))
            if appointment.doctor_id != doctor_id:
                raise PermissionDenied(tr("prescriptions", "Only the appointment's doctor can write its prescription."))
            if appointment.status in (AppointmentStatus.CANCELLED.value, AppointmentStatus.NO_SHOW.value):
                raise ValidationError("appointment", tr("prescriptions", "This appointment was {replace}; no prescription can be written for it.").format(replace=appointment.status.replace('_', ' ')))
            if follow_up_on is not None:
                if not isinstance(follow_up_on, date):
                    raise ValidationError("follow_up_on", tr("prescriptions", "Enter the follow-up date."))
                visit_day = appointment.starts_at.astimezone(clinic_timezone(session)).date()
                if follow_up_on <= visit_day:
                    raise ValidationError("follow_up_on", tr("prescriptions", "The follow-up date must be after the consultation."))
            from medlink.services.allergies import allergy_conflicts

            matches = allergy_conflicts(session, appointment.patient_id, [str(i["medicine"]) for i in clean_items])
            if matches and override is None and allergy_override_reason is not None:
                raise ValidationError("allergy_override_reason", tr("prescriptions", "Type why you prescribe this medicine despite the "
                                                                 "allergy, or change the prescription."))
            if matches and override is None:
                conflict = AllergyConflict([m.sentence for m in matches])
                conflict.patient_id = appointment.patient_id  # type: ignore[attr-defined]  # for the audit row
                raise conflict
            prescription = Prescription(
                appointment_id=appointment.id, doctor_id=doctor_id, patient_id=appointment.patient_id,
                lab_tests="\n".join(tests) or None, advice=advice_text, follow_up_on=follow_up_on,
                allergy_override_reason=override if matches else None,
            )
            for position, item in enumerate(clean_items, start=1):
                prescription.items.append(PrescriptionItemRow(position=position, **item))
            session.add(prescription)
            session.flush()
            relative, _data = _write_pdf(session, prescription, appointment, records_dir, key)
            written = Path(records_dir) / relative
            prescription.pdf_path = relative.as_posix()
            audit.record(session, actor, "prescription.write", entity="prescription", entity_id=prescription.id,
                         patient_id=appointment.patient_id,
                         detail=f"appointment={appointment.id} items={len(clean_items)} tests={len(tests)}")
            if matches:
                audit.record(session, actor, "prescription.allergy_override", entity="prescription",
                             entity_id=prescription.id, patient_id=appointment.patient_id,
                             detail=(" | ".join(m.sentence for m in matches) + f" — reason: {override}")[:2000])
            session.flush()
            return _to_view(prescription, appointment)
    except BaseException:
        if written is not None:
            with contextlib.suppress(OSError):
                written.unlink()
        raise


def read_prescriptions(session: Session, patient_id: int) -> list[PrescriptionView]:
    """Newest first, inside the caller's unit of work (which checked access and writes the audit row)."""
    rows = session.scalars(select(Prescription).where(Prescription.patient_id == patient_id)
                           .options(joinedload(Prescription.items))
                           .order_by(Prescription.created_at.desc(), Prescription.id.desc())).unique().all()
    appointments = {a.id: a for a in session.scalars(
        select(Appointment).where(Appointment.id.in_({r.appointment_id for r in rows}))
        .options(joinedload(Appointment.patient), joinedload(Appointment.doctor))).unique()} if rows else {}
    return [_to_view(row, appointments[row.appointment_id]) for row in rows]


@retry_on_contention
def list_prescriptions(db: Database, *, actor: Actor, patient_id: int) -> list[PrescriptionView]:
    """Newest first.  Patients: their own; doctors: patients they treat; staff: all."""
    with db.transaction() as session:
        actor = require_patient_access(session, actor, patient_id)
        views = read_prescriptions(session, patient_id)
        audit.record_disclosure(session, actor, "prescription.list", [patient_id], entity="patient",
                                entity_id=patient_id, detail=f"{len(views)} prescriptions")
        return views


@retry_on_contention
def prescription_pdf(db: Database, *, actor: Actor, records_dir: Path, prescription_id: int) -> GeneratedDocument:
    """The prescription decrypted in memory, for the built-in viewer (audit-logged).

    A missing (or damaged) file is rendered again and stored encrypted.
    """
    key = clinic_key.data_key(db)
    with db.transaction() as session:
        prescription, appointment = _load(session, prescription_id)
        actor = require_patient_access(session, actor, prescription.patient_id)
        data, why = None, None
        if prescription.pdf_path:
            try:
                data = documents.load(db, records_dir=records_dir, relative=prescription.pdf_path)
            except (ClinicKeyMissing, WrongClinicKey):
                raise
            except StorageError as exc:  # changed or damaged: the rows are the truth, render it again
                log.warning("prescription %s: %s; rendered again", prescription.id, exc.message)
                why = "the stored file failed its check and was rendered again"
        if data is None:
            relative, data = _write_pdf(session, prescription, appointment, records_dir, key)
            prescription.pdf_path = relative.as_posix()
            why = why or "the missing file was rendered again"
        audit.record(session, actor, "prescription.view", entity="prescription", entity_id=prescription.id,
                     patient_id=prescription.patient_id, detail=why)
        number = prescription_number(prescription.id)
        return GeneratedDocument(data=data, file_name=f"{number}.pdf",
                                 title=tr("prescriptions", "Prescription {number}").format(number=number),
                                 patient_id=prescription.patient_id, entity="prescription",
                                 entity_id=prescription.id, export_action="prescription.export")


__all__ = ["PrescriptionItemInput", "PrescriptionItemView", "PrescriptionView", "write_prescription",
           "list_prescriptions", "prescription_pdf", "prescription_number"]
