"""The e-mails that clinic events cause, queued in the event's own transaction.

Services call these functions inside their unit of work; each one reads what
it needs from the session and adds outbox rows, so an e-mail exists if and
only if the event was committed.  Patients without an e-mail address
(walk-ins) get nothing, silently.  Texts are in ``resources/templates``;
every message has a plain-text and an HTML version, and appointment mails
carry an iCalendar invite (one UID per appointment, SEQUENCE per change).

Each e-mail is in its recipient's language: a patient's ``preferred_language``, a
doctor's account language; templates from ``resources/templates/<code>/`` (falling
back to English per template), subjects and sentences through
:func:`medlink.i18n.tr` (context ``"mail"``), dates through :mod:`medlink.formatting`
in that language — never the workstation's locale.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, tzinfo
from typing import Literal

from sqlalchemy import update
from sqlalchemy.orm import Session

from medlink.db.models import (
    Appointment,
    AppointmentMode,
    Bill,
    BillStatus,
    ClinicalAlert,
    Doctor,
    OutboxMessage,
    OutboxStatus,
    Patient,
    VerificationStatus,
)
from medlink import formatting
from medlink.db.types import utcnow
from medlink.i18n import DEFAULT_LANGUAGE, N_, normalise_language, tr
from medlink.mail.calendar import IcsMethod, Invite, build_ics
from medlink.mail.outbox import MESSAGE_ID_DOMAIN, queue_email
from medlink.mail.templates import Markup, escape, frame_values, html_paragraphs, render_html, render_text
from medlink.db.settings import clinic_timezone, settings_row

REMINDER_KIND = "reminder"
BRING_IN_PERSON = (
    N_("mail", "Earlier prescriptions, test reports and scans"),
    N_("mail", "The medicines you take now (or a list of them)"),
    N_("mail", "A photo ID and your insurance card, if you have one"),
)
BRING_ONLINE = (
    N_("mail", "A phone or computer with camera and microphone, and a quiet, well-lit place"),
    N_("mail", "Earlier prescriptions and test reports, ready to show or share"),
    N_("mail", "The medicines you take now (or a list of them)"),
)

Channel = Literal["text", "html"]


# --- building blocks ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Fragment:
    """A piece of an e-mail in both forms."""

    text: str
    html: Markup


def fragment(name: str, values: dict[str, object], language: str = DEFAULT_LANGUAGE) -> Fragment:
    """Render ``name.txt`` and ``name.html`` with the same values, in ``language``."""
    return Fragment(render_text(f"{name}.txt", _pick(values, "text"), language),
                    render_html(f"{name}.html", _pick(values, "html"), language))


def _pick(values: dict[str, object], channel: Channel) -> dict[str, object]:
    return {key: (getattr(value, channel) if isinstance(value, Fragment) else value) for key, value in values.items()}


EMPTY = Fragment("", Markup(""))


@dataclass(frozen=True)
class Clinic:
    name: str
    address: str
    phone: str
    email: str
    organizer_email: str
    tz: tzinfo
    language: str = DEFAULT_LANGUAGE  # of the e-mail being written (the recipient's)

    def values(self) -> dict[str, object]:
        contact = " · ".join(part for part in (self.phone, self.email) if part)
        lang = self.language
        return {
            "clinic_name": self.name, "clinic_address": self.address, "clinic_contact": contact,
            "clinic_address_html": Markup(f"{html_paragraphs(self.address)}<br>") if self.address else Markup(""),
            "contact": (tr("mail", "call us on {phone}", lang).format(phone=self.phone) if self.phone
                        else tr("mail", "contact the clinic's front desk", lang)),
        }

    def for_language(self, language: str | None) -> Clinic:
        return replace(self, language=normalise_language(language))


def _clinic(session: Session) -> Clinic:
    row = settings_row(session)
    organizer = (row.smtp_sender_address or row.email or f"appointments@{MESSAGE_ID_DOMAIN}").strip()
    return Clinic(name=row.clinic_name, address=row.address, phone=row.phone, email=row.email,
                  organizer_email=organizer, tz=clinic_timezone(session))


@dataclass(frozen=True)
class Composed:
    subject: str
    text: str
    html: str


def compose(template: str, *, clinic: Clinic, subject: str, title: str, values: dict[str, object]) -> Composed:
    """The full e-mail in ``clinic.language``: template body + footer (text) or + layout (HTML)."""
    lang = clinic.language
    common = {**clinic.values(), **frame_values(lang)}
    merged = {**common, **values}
    text = render_text(f"{template}.txt", {**_pick(merged, "text"), "footer": render_text("footer.txt", common, lang)},
                       lang)
    body = render_html(f"{template}.html", _pick(merged, "html"), lang)
    page = render_html("layout.html", {**common, "title": title, "content": body}, lang)
    return Composed(subject=subject, text=text, html=str(page))


def when_long(moment: datetime, tz: tzinfo, language: str = DEFAULT_LANGUAGE) -> str:
    """``Wednesday 02 December 2026, 03:05 PM (IST)`` — in ``language``, whatever the OS locale."""
    text = formatting.format_datetime(moment, "EEEE dd MMMM y, hh:mm a", tz=tz, language=language)
    zone = moment.astimezone(tz).tzname()
    return f"{text} ({zone})" if zone else text


def when_short(moment: datetime, tz: tzinfo, language: str = DEFAULT_LANGUAGE) -> str:
    return formatting.format_datetime(moment, "EEE dd MMM y, hh:mm a", tz=tz, language=language)


def _time_only(moment: datetime, tz: tzinfo, language: str = DEFAULT_LANGUAGE) -> str:
    return formatting.format_time(moment, "hh:mm a", tz=tz, language=language)


def _bring(items: tuple[str, ...], language: str = DEFAULT_LANGUAGE) -> Fragment:
    items = tuple(tr("mail", item, language) for item in items)
    text = "\n".join(f"  - {item}" for item in items)
    html = Markup("<ul style=\"margin:0 0 16px 20px;padding:0;\">"
                  + "".join(f"<li>{escape(item)}</li>" for item in items) + "</ul>")
    return Fragment(text, html)


def _for_patient(clinic: Clinic, patient: Patient) -> Clinic:
    """The clinic's details for an e-mail in the patient's preferred language (English if unset)."""
    return clinic.for_language(patient.preferred_language)


def _is_online(appointment: Appointment) -> bool:
    return appointment.mode == AppointmentMode.ONLINE.value


def _meet_link(appointment: Appointment) -> str | None:
    return appointment.video_call.meet_link if appointment.video_call else None


def _place(appointment: Appointment, clinic: Clinic) -> str:
    doctor = appointment.doctor
    lang = clinic.language
    if _is_online(appointment):
        return (tr("mail", "Online, Google Meet (link below)", lang) if _meet_link(appointment)
                else tr("mail", "Online, Google Meet (link to follow)", lang))
    parts = [doctor.hospital_name or clinic.name, doctor.hospital_address or clinic.address]
    return ", ".join(" ".join(part.split()) for part in parts if part)


def _mode_label(appointment: Appointment, language: str = DEFAULT_LANGUAGE) -> str:
    if _is_online(appointment):
        return tr("mail", "Online video consultation (Google Meet)", language)
    return tr("mail", "In person", language)


def _online_block(appointment: Appointment, clinic: Clinic) -> Fragment:
    if not _is_online(appointment):
        return EMPTY
    link = _meet_link(appointment)
    if not link:
        return fragment("online_pending", {}, clinic.language)
    return fragment("online_join", {"meet_link": link, "time_only": _time_only(appointment.starts_at, clinic.tz,
                                                                                clinic.language)}, clinic.language)


def _appointment_values(appointment: Appointment, clinic: Clinic) -> dict[str, object]:
    doctor, patient = appointment.doctor, appointment.patient
    values: dict[str, object] = {
        "patient_name": patient.full_name, "doctor_name": doctor.full_name,
        "qualifications": doctor.qualifications, "speciality": doctor.speciality,
        "registration_number": doctor.registration_number,
        "when": when_long(appointment.starts_at, clinic.tz, clinic.language),
        "duration": int((appointment.ends_at - appointment.starts_at).total_seconds() // 60),
        "mode_label": _mode_label(appointment, clinic.language), "place": _place(appointment, clinic),
        "reason": appointment.reason or "-",
    }
    values["details"] = fragment("appointment_details", values, clinic.language)
    values["online"] = _online_block(appointment, clinic)
    values["bring"] = _bring(BRING_ONLINE if _is_online(appointment) else BRING_IN_PERSON, clinic.language)
    return values


def _invite(appointment: Appointment, clinic: Clinic, method: IcsMethod) -> str:
    doctor, patient = appointment.doctor, appointment.patient
    lang = _for_patient(clinic, patient).language  # the calendar entry is the patient's, in their language
    link = _meet_link(appointment)
    location = link if _is_online(appointment) and link else _place(appointment, clinic)
    lines = [tr("mail", "Appointment with {doctor} ({qualifications}), {speciality}.", lang).format(
                 doctor=doctor.full_name, qualifications=doctor.qualifications, speciality=doctor.speciality),
             tr("mail", "Mode: {mode}.", lang).format(mode=_mode_label(appointment, lang))]
    if _is_online(appointment):
        lines.append(tr("mail", "Join: {link}", lang).format(link=link) if link else
                     tr("mail", "The Google Meet link will follow by e-mail.", lang))
    if clinic.phone:
        lines.append(tr("mail", "Clinic: {name}, {phone}", lang).format(name=clinic.name, phone=clinic.phone))
    invite = Invite(
        uid=appointment.calendar_uid, sequence=appointment.calendar_sequence, starts_at=appointment.starts_at,
        ends_at=appointment.ends_at, summary=f"{doctor.full_name} ({doctor.speciality}) – {clinic.name}",
        description="\n".join(lines), location=location, organizer_name=clinic.name,
        organizer_email=clinic.organizer_email, attendee_name=patient.full_name,
        attendee_email=patient.email or "", url=link if _is_online(appointment) else None)
    return build_ics(invite, method, stamp=utcnow())


def _queue_composed(session: Session, composed: Composed, *, kind: str, to_address: str, to_name: str,
                    **extra: object) -> OutboxMessage | None:
    return queue_email(session, kind=kind, to_address=to_address, to_name=to_name, subject=composed.subject,
                       body_text=composed.text, body_html=composed.html, **extra)  # type: ignore[arg-type]


def _note_link_emailed(appointment: Appointment) -> None:
    if appointment.video_call is not None and appointment.video_call.meet_link:
        appointment.video_call.link_emailed_at = utcnow()


def _cancel_pending_reminders(session: Session, appointment: Appointment) -> None:
    """A reminder still waiting in the outbox is for a time that no longer holds."""
    session.execute(
        update(OutboxMessage)
        .where(OutboxMessage.appointment_id == appointment.id, OutboxMessage.kind == REMINDER_KIND,
               OutboxMessage.status == OutboxStatus.PENDING.value)
        .values(status=OutboxStatus.CANCELLED.value, last_error="The appointment was changed.")
        .execution_options(synchronize_session=False))


def _doctor_notice(session: Session, appointment: Appointment, clinic: Clinic, *, subject: str, title: str,
                   headline: str, extra: str = "") -> None:
    # Doctor notices stay in English (their subjects and headlines are written for the clinic's staff);
    # the clinic passed in may be set to the patient's language.
    clinic = clinic.for_language(DEFAULT_LANGUAGE)
    values = _appointment_values(appointment, clinic)
    composed = compose("doctor_notice", clinic=clinic, subject=subject, title=title,
                       values={**values, "headline": headline, "extra": extra})
    doctor = appointment.doctor
    _queue_composed(session, composed, kind="doctor_notice", to_address=doctor.email, to_name=doctor.full_name,
                    appointment_id=appointment.id)


# --- the events the services call -----------------------------------------------------------

def appointment_booked(session: Session, appointment: Appointment) -> None:
    """Confirmation with invite to the patient; a notice to the doctor."""
    patient, doctor = appointment.patient, appointment.doctor
    clinic = _clinic(session)
    short = when_short(appointment.starts_at, clinic.tz)
    if patient.email:
        pc = _for_patient(clinic, patient)
        composed = compose("booking_confirmation", clinic=pc, title=tr("mail", "Your appointment is confirmed", pc.language),
                           subject=tr("mail", "Appointment confirmed: {doctor}, {when}", pc.language).format(
                               doctor=doctor.full_name, when=when_short(appointment.starts_at, pc.tz, pc.language)),
                           values=_appointment_values(appointment, pc))
        _queue_composed(session, composed, kind="appointment_booked", to_address=patient.email,
                        to_name=patient.full_name, ics_text=_invite(appointment, clinic, IcsMethod.REQUEST),
                        ics_method=IcsMethod.REQUEST.value, appointment_id=appointment.id, patient_id=patient.id)
        _note_link_emailed(appointment)
    extra = ""
    if _is_online(appointment) and not _meet_link(appointment):
        extra = "This is an online consultation without a Google Meet link yet: add one in MedLink (My Meet links)."
    _doctor_notice(session, appointment, clinic, subject=f"New appointment: {patient.full_name}, {short}",
                   title="New appointment", headline="A new appointment has been booked with you.", extra=extra)


def appointment_cancelled(session: Session, appointment: Appointment, reason: str | None) -> None:
    """Cancellation (METHOD:CANCEL) to the patient; a notice to the doctor."""
    patient, doctor = appointment.patient, appointment.doctor
    clinic = _clinic(session)
    short = when_short(appointment.starts_at, clinic.tz)
    _cancel_pending_reminders(session, appointment)
    if patient.email:
        pc = _for_patient(clinic, patient)
        values = _appointment_values(appointment, pc)
        values["reason_line"] = tr("mail", "Reason: {reason}", pc.language).format(reason=reason) + "\n" if reason else ""
        values["reason_html"] = render_html("reason.html", {"reason": reason}, pc.language) if reason else Markup("")
        composed = compose("appointment_cancelled", clinic=pc, title=tr("mail", "Your appointment is cancelled", pc.language),
                           subject=tr("mail", "Appointment cancelled: {doctor}, {when}", pc.language).format(
                               doctor=doctor.full_name, when=when_short(appointment.starts_at, pc.tz, pc.language)),
                           values=values)
        _queue_composed(session, composed, kind="appointment_cancelled", to_address=patient.email,
                        to_name=patient.full_name, ics_text=_invite(appointment, clinic, IcsMethod.CANCEL),
                        ics_method=IcsMethod.CANCEL.value, appointment_id=appointment.id, patient_id=patient.id)
    _doctor_notice(session, appointment, clinic, subject=f"Appointment cancelled: {patient.full_name}, {short}",
                   title="Appointment cancelled", headline="This appointment has been cancelled.",
                   extra=f"Reason: {reason}" if reason else "")


def appointment_rescheduled(session: Session, appointment: Appointment, old_start: datetime) -> None:
    """The same calendar entry (UID) with a higher SEQUENCE and the new time."""
    patient, doctor = appointment.patient, appointment.doctor
    clinic = _clinic(session)
    short = when_short(appointment.starts_at, clinic.tz)
    old_long = when_long(old_start, clinic.tz)
    _cancel_pending_reminders(session, appointment)
    appointment.reminder_sent_at = None  # the new time gets its own reminder
    if patient.email:
        pc = _for_patient(clinic, patient)
        values = {**_appointment_values(appointment, pc), "old_when": when_long(old_start, pc.tz, pc.language)}
        composed = compose("appointment_rescheduled", clinic=pc,
                           title=tr("mail", "Your appointment has been moved", pc.language),
                           subject=tr("mail", "Appointment moved: {doctor}, now {when}", pc.language).format(
                               doctor=doctor.full_name, when=when_short(appointment.starts_at, pc.tz, pc.language)),
                           values=values)
        _queue_composed(session, composed, kind="appointment_rescheduled", to_address=patient.email,
                        to_name=patient.full_name, ics_text=_invite(appointment, clinic, IcsMethod.REQUEST),
                        ics_method=IcsMethod.REQUEST.value, appointment_id=appointment.id, patient_id=patient.id)
        _note_link_emailed(appointment)
    _doctor_notice(session, appointment, clinic, subject=f"Appointment moved: {patient.full_name}, now {short}",
                   title="Appointment moved", headline=f"This appointment has been moved (it was on {old_long}).")


def meet_link_assigned(session: Session, appointment: Appointment) -> None:
    """The Google Meet link, with the invite updated to carry it (same UID and SEQUENCE, newer DTSTAMP)."""
    patient = appointment.patient
    if not patient.email or not _meet_link(appointment):
        return
    clinic = _clinic(session)
    pc = _for_patient(clinic, patient)
    values = _appointment_values(appointment, pc)
    composed = compose("meet_link", clinic=pc, title=tr("mail", "Your video consultation link", pc.language),
                       subject=tr("mail", "Video link for your consultation on {when}", pc.language).format(
                           when=when_short(appointment.starts_at, pc.tz, pc.language)),
                       values=values)
    _queue_composed(session, composed, kind="meet_link", to_address=patient.email, to_name=patient.full_name,
                    ics_text=_invite(appointment, clinic, IcsMethod.REQUEST), ics_method=IcsMethod.REQUEST.value,
                    appointment_id=appointment.id, patient_id=patient.id)
    _note_link_emailed(appointment)


def reminder_dedupe_key(appointment: Appointment) -> str:
    """One reminder per appointment *time*: a moved appointment gets a new one."""
    return f"reminder:{appointment.id}:{appointment.starts_at.isoformat()}"


def appointment_reminder(session: Session, appointment: Appointment) -> OutboxMessage | None:
    """Queue the day-before reminder (exactly once per appointment time); None if not queued."""
    patient, doctor = appointment.patient, appointment.doctor
    if not patient.email:
        return None
    clinic = _for_patient(_clinic(session), patient)
    composed = compose("reminder", clinic=clinic, title=tr("mail", "Appointment reminder", clinic.language),
                       subject=tr("mail", "Reminder: {doctor}, {when}", clinic.language).format(
                           doctor=doctor.full_name, when=when_short(appointment.starts_at, clinic.tz, clinic.language)),
                       values=_appointment_values(appointment, clinic))
    return _queue_composed(session, composed, kind=REMINDER_KIND, to_address=patient.email,
                           to_name=patient.full_name, dedupe_key=reminder_dedupe_key(appointment),
                           appointment_id=appointment.id, patient_id=patient.id)


_VERIFICATION = {
    VerificationStatus.VERIFIED.value: (
        "Your MedLink registration is approved",
        "Your credentials have been verified and your registration is approved.",
        "You can now sign in to MedLink, set your working hours and Google Meet links, and patients can book "
        "appointments with you."),
    VerificationStatus.REJECTED.value: (
        "Your MedLink registration was not approved",
        "We could not approve your registration.",
        "If you can correct the issue, please contact the clinic's administrator."),
    VerificationStatus.SUSPENDED.value: (
        "Your MedLink account is suspended",
        "Your MedLink account has been suspended. Patients cannot book appointments with you for now.",
        "Please contact the clinic's administrator."),
}


def doctor_verification_decided(session: Session, doctor: Doctor) -> None:
    """Approved, rejected (with the reason) or suspended (with the reason)."""
    status = doctor.verification_status
    if status not in _VERIFICATION:
        return
    subject, message, next_steps = _VERIFICATION[status]
    note = doctor.verification_note if status != VerificationStatus.VERIFIED.value else None
    clinic = _clinic(session)
    values: dict[str, object] = {
        "doctor_name": doctor.full_name, "message": message, "next_steps": next_steps,
        "note_line": f"Reason: {note}\n" if note else "",
        "note_html": render_html("reason.html", {"reason": note}) if note else Markup(""),
    }
    composed = compose("doctor_verification", clinic=clinic, subject=subject, title=subject, values=values)
    _queue_composed(session, composed, kind=f"doctor_{status}", to_address=doctor.email, to_name=doctor.full_name)


def receipt_issued(session: Session, bill: Bill) -> None:
    """The receipt PDF (relative to the records folder) attached to a short note."""
    patient = bill.patient
    if not patient.email:
        return
    from medlink.money import format_inr, from_paise

    clinic = _for_patient(_clinic(session), patient)
    lang = clinic.language
    paid = bill.status == BillStatus.PAID.value
    if not paid:
        status = tr("mail", "Unpaid", lang)
    elif bill.payment_method:
        status = tr("mail", "Paid ({method})", lang).format(method=tr("documents", bill.payment_method, lang))
    else:
        status = tr("mail", "Paid", lang)
    values: dict[str, object] = {
        "patient_name": patient.full_name, "number": bill.number,
        "issued": formatting.format_date(bill.issued_at.astimezone(clinic.tz), "dd MMMM y", language=lang),
        "doctor_name": bill.doctor.full_name if bill.doctor else "-",
        "amount": format_inr(from_paise(bill.grand_total_paise)),
        "payment_status": status,
    }
    composed = compose("receipt", clinic=clinic, title=tr("mail", "Receipt {number}", lang).format(number=bill.number),
                       subject=tr("mail", "Your receipt {number} from {clinic}", lang).format(
                           number=bill.number, clinic=clinic.name), values=values)
    _queue_composed(session, composed, kind="receipt", to_address=patient.email, to_name=patient.full_name,
                    attachment_path=bill.pdf_path, attachment_name=f"{bill.number.replace('/', '_')}.pdf",
                    appointment_id=bill.appointment_id, patient_id=patient.id)


ALERT_KIND_LABELS = {
    "danger": "Dangerous reading",
    "out_of_range": "Reading outside the target",
    "significant_change": "Significant change",
    "overdue": "Planned reading overdue",
    "lab_abnormal": "Abnormal lab result",
}


def clinical_alert_raised(session: Session, alert: ClinicalAlert) -> OutboxMessage | None:
    """An e-mail to the alert's doctor, exactly once per alert (dedupe key)."""
    doctor = session.get(Doctor, alert.doctor_id)
    patient = session.get(Patient, alert.patient_id)
    if doctor is None or patient is None or not doctor.email:
        return None
    clinic = _clinic(session)
    label = ALERT_KIND_LABELS.get(alert.kind, "Alert")
    urgent = alert.kind == "danger"
    values: dict[str, object] = {
        "doctor_name": doctor.full_name, "patient_name": patient.full_name, "patient_number": f"{patient.id:06d}",
        "kind_label": label, "message": alert.message, "when": when_long(alert.created_at or utcnow(), clinic.tz),
        "headline": ("A patient you monitor entered a DANGEROUS reading. They were told to call 112 or 108 if "
                     "they have symptoms." if urgent else "A patient you monitor needs your attention."),
    }
    subject = f"{'URGENT: ' if urgent else ''}{label}: {patient.full_name}"
    composed = compose("clinical_alert", clinic=clinic, subject=subject, title=label, values=values)
    return _queue_composed(session, composed, kind="clinical_alert", to_address=doctor.email,
                           to_name=doctor.full_name, dedupe_key=f"alert:{alert.dedupe_key}"[:120],
                           patient_id=patient.id)
