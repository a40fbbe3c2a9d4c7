"""Reaching patients without an API: "Share on WhatsApp" links, the recall list, telemedicine consent.

WhatsApp: MedLink never talks to WhatsApp.  It builds a ``https://wa.me/…``
link with the appointment (and its Meet link) as the message text; the
desktop opens it in the browser or the WhatsApp app, and the person sends
it.  The recall list shows the follow-ups that are due and not yet booked.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from urllib.parse import quote

from sqlalchemy import and_, exists, select
from sqlalchemy.orm import aliased, joinedload

from medlink.db.models import Appointment, AppointmentMode, AppointmentStatus, Doctor, Patient, Prescription
from medlink.db.session import Database, retry_on_contention
from medlink.db.types import utcnow
from medlink.errors import NotFound, PermissionDenied, ValidationError
from medlink.services import audit
from medlink.services.actor import Actor
from medlink.services.clinic_settings import clinic_timezone, settings_row
from medlink.services.permissions import acts_for_patient, authorize, require_practising_doctor, require_signed_in, require_staff
from medlink import formatting
from medlink.i18n import normalise_language, tr

WA_ME = "https://wa.me/"


@dataclass(frozen=True)
class RecallRow:
    prescription_id: int
    patient_id: int
    patient_name: str
    phone: str | None
    doctor_id: int
    doctor_name: str
    follow_up_on: date
    whatsapp_url: str | None


def whatsapp_url(phone: str | None, text: str) -> str | None:
    """A wa.me link that opens a chat with ``phone`` (E.164, e.g. +919876543210) and ``text`` typed in."""
    digits = "".join(ch for ch in (phone or "") if ch.isdigit())
    if len(digits) < 8:
        return None
    return f"{WA_ME}{digits}?text={quote(text, safe='')}"


@retry_on_contention
def appointment_message(db: Database, *, actor: Actor, appointment_id: int) -> tuple[str, str | None]:
    """The appointment as a short message and its WhatsApp link to the patient's phone (None without a phone).

    Staff, the patient (or their guardian) and the appointment's doctor may share it; audited.
    """
    actor = authorize(db, require_signed_in, actor)
    with db.transaction() as session:
        appointment = session.scalars(select(Appointment).where(Appointment.id == appointment_id).options(
            joinedload(Appointment.patient), joinedload(Appointment.doctor),
            joinedload(Appointment.video_call))).first()
        if appointment is None:
            raise NotFound(tr("sharing", "That appointment does not exist."))
        allowed = actor.is_staff or acts_for_patient(session, actor, appointment.patient_id) or (
            actor.is_doctor and require_practising_doctor(session, actor) == appointment.doctor_id)
        if not allowed:
            raise PermissionDenied(tr("sharing", "You cannot share this appointment."))
        clinic = settings_row(session)
        tz = clinic_timezone(session)
        doctor = appointment.doctor
        # The message goes to the patient: in their preferred language, the time by medlink.formatting.
        lang = normalise_language(appointment.patient.preferred_language)
        when = formatting.format_datetime(appointment.starts_at, "EEE d MMM y, h:mm a", tz=tz, language=lang)
        lines = [tr("sharing", "{clinic}: appointment with {doctor} ({speciality}, Reg. No. {number})", lang).format(
                     clinic=clinic.clinic_name, doctor=doctor.full_name, speciality=doctor.speciality,
                     number=doctor.registration_number),
                 tr("sharing", "When: {when}", lang).format(when=when),
                 tr("sharing", "Patient: {name}", lang).format(name=appointment.patient.full_name)]
        if appointment.mode == AppointmentMode.ONLINE.value:
            link = appointment.video_call.meet_link if appointment.video_call else None
            lines.append(tr("sharing", "Online consultation. Join: {link}", lang).format(link=link) if link
                         else tr("sharing", "Online consultation. The video link will follow.", lang))
        else:
            lines.append(tr("sharing", "Where: {address}", lang).format(address=clinic.address) if clinic.address
                         else tr("sharing", "At the clinic.", lang))
        text = "\n".join(lines)
        audit.record(session, actor, "appointment.share_whatsapp", entity="appointment", entity_id=appointment_id,
                     patient_id=appointment.patient_id)
        return text, whatsapp_url(appointment.patient.phone, text)


@retry_on_contention
def recall_list(db: Database, *, actor: Actor, first_day: date, last_day: date, limit: int = 500) -> list[RecallRow]:
    """Staff: follow-ups the doctors asked for between the two days that are not booked yet.

    A follow-up counts as booked when the patient has a later appointment (not
    cancelled) with the same doctor on or after the prescription's visit.
    """
    actor = authorize(db, require_staff, actor, "see the recall list")
    if last_day < first_day:
        raise ValidationError("last_day", tr("sharing", "The last day must not be before the first day."))
    later = aliased(Appointment)
    visit = aliased(Appointment)
    query = (select(Prescription.id, Patient.id, Patient.full_name, Patient.phone, Doctor.id, Doctor.full_name,
                    Prescription.follow_up_on)
             .join(Patient, Patient.id == Prescription.patient_id)
             .join(Doctor, Doctor.id == Prescription.doctor_id)
             .join(visit, visit.id == Prescription.appointment_id)
             .where(Prescription.follow_up_on >= first_day, Prescription.follow_up_on <= last_day,
                    ~exists().where(and_(later.patient_id == Prescription.patient_id,
                                         later.doctor_id == Prescription.doctor_id,
                                         later.starts_at > visit.starts_at,
                                         later.status != AppointmentStatus.CANCELLED.value)))
             .order_by(Prescription.follow_up_on, Patient.full_name).limit(limit))
    with db.transaction() as session:
        clinic = settings_row(session)
        rows = []
        for pid, patient_id, name, phone, doctor_id, doctor_name, due in session.execute(query):
            assert due is not None  # the query's range excludes NULL
            text = (f"{clinic.clinic_name}: {doctor_name} asked to see {name} again around {due:%d %b %Y}. "
                    "Please call us or book in MedLink.")
            rows.append(RecallRow(pid, patient_id, name, phone, doctor_id, doctor_name, due, whatsapp_url(phone, text)))
        if rows:
            audit.record(session, actor, "recall.list", entity="prescription",
                         detail="patients=" + ",".join(str(r.patient_id) for r in rows)[:1900])
        return rows


@retry_on_contention
def record_telemedicine_consent(db: Database, *, actor: Actor, appointment_id: int,
                                now: datetime | None = None) -> datetime:
    """The patient (or guardian) consents to an online consultation; staff may record a consent given by phone.

    Telemedicine Practice Guidelines 2020: a patient-initiated online
    consultation implies consent, but it must be recorded; MedLink records it
    explicitly, once, with who and when (audited).
    """
    actor = authorize(db, require_signed_in, actor)
    now = now or utcnow()
    with db.transaction() as session:
        appointment = session.get(Appointment, appointment_id, with_for_update=True)
        if appointment is None:
            raise NotFound(tr("sharing", "That appointment does not exist."))
        if not (actor.is_staff or acts_for_patient(session, actor, appointment.patient_id)):
            raise PermissionDenied(tr("sharing", "Only the patient or the front desk can record consent."))
        if appointment.mode != AppointmentMode.ONLINE.value:
            raise ValidationError("mode", tr("sharing", "Consent is recorded for online consultations only."))
        if appointment.telemedicine_consent_at is None:
            appointment.telemedicine_consent_at = now
            session.flush()
            audit.record(session, actor, "appointment.telemedicine_consent", entity="appointment",
                         entity_id=appointment_id, patient_id=appointment.patient_id)
        return appointment.telemedicine_consent_at
