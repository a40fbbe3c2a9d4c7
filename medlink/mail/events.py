"""The e-mails that clinic events cause, queued in the event's own transaction.

Services call these functions; each one reads what it needs from the session
and adds outbox rows.  (Rendering is in :mod:`medlink.mail.messages`.)
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from medlink.db.models import Appointment, AppointmentMode, Bill, Doctor
from medlink.mail.outbox import queue_email
from medlink.services.clinic_settings import clinic_timezone, settings_row


def _when(session: Session, moment: datetime) -> str:
    local = moment.astimezone(clinic_timezone(session))
    return local.strftime("%A %d %B %Y, %I:%M %p (%Z)")


def appointment_booked(session: Session, appointment: Appointment) -> None:
    patient, doctor = appointment.patient, appointment.doctor
    clinic = settings_row(session)
    mode = "Online (Google Meet)" if appointment.mode == AppointmentMode.ONLINE.value else "In person"
    link = appointment.video_call.meet_link if appointment.video_call else None
    lines = [
        f"Dear {patient.full_name},",
        "",
        f"Your appointment with {doctor.full_name} ({doctor.qualifications}, {doctor.speciality}) is booked.",
        f"When: {_when(session, appointment.starts_at)}",
        f"Mode: {mode}",
        f"Where: {doctor.hospital_name or clinic.clinic_name}, {doctor.hospital_address or clinic.address}",
    ]
    if appointment.mode == AppointmentMode.ONLINE.value:
        lines.append(f"Meeting link: {link}" if link else "Your doctor will send the meeting link shortly.")
    lines += ["", "Please bring earlier prescriptions and reports.", "", clinic.clinic_name]
    if patient.email:
        queue_email(session, kind="appointment_booked", to_address=patient.email, to_name=patient.full_name,
                    subject=f"Appointment confirmed: {doctor.full_name}, {_when(session, appointment.starts_at)}",
                    body_text="\n".join(lines), appointment_id=appointment.id, patient_id=patient.id)
    queue_email(session, kind="doctor_notice", to_address=doctor.email, to_name=doctor.full_name,
                subject=f"New appointment: {patient.full_name}, {_when(session, appointment.starts_at)}",
                body_text=f"{patient.full_name} booked {mode.lower()} for {_when(session, appointment.starts_at)}.\n"
                          f"Reason: {appointment.reason or '-'}",
                appointment_id=appointment.id)


def appointment_cancelled(session: Session, appointment: Appointment, reason: str | None) -> None:
    patient, doctor = appointment.patient, appointment.doctor
    if patient.email:
        queue_email(session, kind="appointment_cancelled", to_address=patient.email, to_name=patient.full_name,
                    subject=f"Appointment cancelled: {doctor.full_name}, {_when(session, appointment.starts_at)}",
                    body_text=f"Dear {patient.full_name},\n\nYour appointment with {doctor.full_name} on "
                              f"{_when(session, appointment.starts_at)} is cancelled."
                              + (f"\nReason: {reason}" if reason else ""),
                    appointment_id=appointment.id, patient_id=patient.id)


def appointment_rescheduled(session: Session, appointment: Appointment, old_start: datetime) -> None:
    patient, doctor = appointment.patient, appointment.doctor
    if patient.email:
        queue_email(session, kind="appointment_rescheduled", to_address=patient.email, to_name=patient.full_name,
                    subject=f"Appointment moved: {doctor.full_name}, {_when(session, appointment.starts_at)}",
                    body_text=f"Dear {patient.full_name},\n\nYour appointment with {doctor.full_name} moved from "
                              f"{_when(session, old_start)} to {_when(session, appointment.starts_at)}.",
                    appointment_id=appointment.id, patient_id=patient.id)


def meet_link_assigned(session: Session, appointment: Appointment) -> None:
    patient = appointment.patient
    link = appointment.video_call.meet_link if appointment.video_call else None
    if patient.email and link:
        queue_email(session, kind="meet_link", to_address=patient.email, to_name=patient.full_name,
                    subject=f"Your video consultation link for {_when(session, appointment.starts_at)}",
                    body_text=f"Dear {patient.full_name},\n\nJoin your online consultation with "
                              f"{appointment.doctor.full_name} here: {link}",
                    appointment_id=appointment.id, patient_id=patient.id)


def doctor_verification_decided(session: Session, doctor: Doctor) -> None:
    status = doctor.verification_status
    queue_email(session, kind=f"doctor_{status}", to_address=doctor.email, to_name=doctor.full_name,
                subject=f"Your MedLink registration: {status}",
                body_text=f"Dear {doctor.full_name},\n\nYour registration is now {status}."
                          + (f"\nNote: {doctor.verification_note}" if doctor.verification_note else ""))


def receipt_issued(session: Session, bill: Bill) -> None:
    patient = bill.patient
    if patient.email:
        queue_email(session, kind="receipt", to_address=patient.email, to_name=patient.full_name,
                    subject=f"Your receipt {bill.number}", body_text=f"Dear {patient.full_name},\n\n"
                    f"Please find your receipt {bill.number} attached.",
                    attachment_path=bill.pdf_path, attachment_name=f"{bill.number.replace('/', '_')}.pdf",
                    patient_id=patient.id)
