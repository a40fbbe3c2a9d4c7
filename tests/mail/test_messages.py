"""What the clinic's events put in the outbox, and the e-mails built from it."""

from __future__ import annotations

from datetime import date, timedelta, timezone
from pathlib import Path

import pytest
from icalendar import Calendar
from sqlalchemy import select

from medlink.db.models import Appointment, OutboxMessage, VideoCall
from medlink.mail.build import Sender, build_message
from medlink.mail.errors import MailPermanentError, MailTemporaryError
from medlink.mail.templates import Markup, frame_values, render_html, render_text
from medlink.services import appointments, doctors, meetings, patients
from tests.mail.support import SENDER

SENDER_ID = Sender("MedLink Test Clinic", SENDER)


def outbox(db, **where) -> list[OutboxMessage]:  # type: ignore[no-untyped-def]
    query = select(OutboxMessage).order_by(OutboxMessage.id)
    for key, value in where.items():
        query = query.where(getattr(OutboxMessage, key) == value)
    with db.read() as s:
        rows = list(s.scalars(query))
        s.expunge_all()  # keep the loaded values after the read-only session rolls back
        return rows


def invite(row: OutboxMessage) -> Calendar:
    assert row.ics_text
    return Calendar.from_ical(row.ics_text)


def event_of(calendar: Calendar):  # type: ignore[no-untyped-def]
    [event] = calendar.walk("VEVENT")
    return event


def parts(message) -> dict[str, object]:  # type: ignore[no-untyped-def]
    return {part.get_content_type(): part for part in message.walk() if not part.is_multipart()}


def test_booking_confirmation_content_and_invite(db, clinic, records_dir):
    patient, doctor = clinic.patient("Kavya Iyer"), clinic.doctor("Dr. Arjun Menon", speciality="Cardiologist")
    booked = clinic.booking(patient, doctor)
    with db.read() as s:
        appointment = s.get(Appointment, booked.id)
        uid = appointment.calendar_uid
    [mail] = outbox(db, kind="appointment_booked")
    local = booked.starts_at.astimezone(timezone(timedelta(hours=5, minutes=30)))
    for needle in ("Dr. Arjun Menon", "MBBS, MD", "Cardiologist", "MedLink Clinic", "1 Residency Road, Bengaluru",
                   local.strftime("%d %B %Y, %I:%M %p") + " (IST)", "In person", "What to bring",
                   "Earlier prescriptions"):
        assert needle in mail.body_text and needle in (mail.body_html or "")
    assert mail.to_address == patient.email and mail.to_name == "Kavya Iyer" and mail.patient_id == patient.patient_id
    assert mail.subject.startswith("Appointment confirmed: Dr. Arjun Menon")
    event = event_of(invite(mail))
    calendar = invite(mail)
    assert str(calendar["METHOD"]) == "REQUEST" and mail.ics_method == "REQUEST"
    assert str(event["UID"]) == uid and int(event["SEQUENCE"]) == 0
    assert event.decoded("DTSTART") == booked.starts_at and event.decoded("DTSTART").utcoffset() == timedelta(0)
    assert event.decoded("DTEND") == booked.ends_at
    assert "1 Residency Road" in str(event["LOCATION"]) and str(event["STATUS"]) == "CONFIRMED"
    assert str(event["ORGANIZER"]).startswith("mailto:") and str(event["ATTENDEE"]) == f"mailto:{patient.email}"
    assert "Cardiologist" in str(event["DESCRIPTION"])
    [notice] = outbox(db, kind="doctor_notice")
    assert notice.to_address.startswith("doctor") and "Kavya Iyer" in notice.body_text and notice.ics_text is None
    assert "Fever for three days" in notice.body_text


def test_built_message_headers_and_parts(db, clinic, records_dir):
    patient, doctor = clinic.patient("Ravi Kumar"), clinic.doctor()
    clinic.booking(patient, doctor)
    [row] = outbox(db, kind="appointment_booked")
    message = build_message(row, sender=SENDER_ID, records_dir=records_dir)
    again = build_message(row, sender=SENDER_ID, records_dir=records_dir)
    assert message["Message-ID"] == again["Message-ID"] == row.message_id  # stable across retries
    assert str(message["From"]) == f"MedLink Test Clinic <{SENDER}>"
    assert str(message["To"]) == f"Ravi Kumar <{patient.email}>" and message["Date"]
    assert message.get_content_type() == "multipart/mixed"
    found = parts(message)
    assert {"text/plain", "text/html", "text/calendar", "application/ics"} <= set(found)
    calendar_part = found["text/calendar"]
    assert calendar_part.get_param("method") == "REQUEST"  # type: ignore[attr-defined]
    assert found["application/ics"].get_filename() == "invite.ics"  # type: ignore[attr-defined]
    assert Calendar.from_ical(found["application/ics"].get_content())["METHOD"] == "REQUEST"  # type: ignore[attr-defined]


def test_hostile_names_are_escaped_in_html(db, clinic):
    hostile = '<b>Evil</b> "Quote" & <script>alert(1)</script>'
    patient, doctor = clinic.patient(hostile), clinic.doctor()
    clinic.booking(patient, doctor)
    [row] = outbox(db, kind="appointment_booked")
    [notice] = outbox(db, kind="doctor_notice")
    for html in (row.body_html or "", notice.body_html or ""):
        assert "<b>Evil" not in html and "<script>" not in html
        assert "&lt;b&gt;Evil&lt;/b&gt; &quot;Quote&quot; &amp; &lt;script&gt;" in html
    assert hostile in row.body_text  # plain text shows the name as typed


def test_renderer_escapes_values_but_not_markup():
    html = render_html("reason.html", {"reason": "<i>x</i>"})
    assert "&lt;i&gt;x&lt;/i&gt;" in html and isinstance(html, Markup)
    page = render_html("layout.html", {"title": "T", "content": Markup("<p>ok</p>"), "clinic_name": "A & B",
                                       "clinic_address_html": Markup(""), "clinic_contact": "",
                                       **frame_values("en")})
    assert "<p>ok</p>" in page and "A &amp; B" in page
    with pytest.raises(KeyError):
        render_text("reason.html", {})


def test_walk_in_without_email_gets_nothing(db, clinic):
    staff, doctor = clinic.staff(), clinic.doctor()
    walk_in = patients.register_walk_in(db, actor=staff, form=patients.PatientForm(
        full_name="Walk In", date_of_birth=date(1970, 1, 2), gender="Male", phone="9876543210", address="3 Market Road, Mysuru",
        state="Karnataka"))
    slot = clinic.next_slots(doctor, 1)[0]
    booked = appointments.book_appointment(db, actor=staff, patient_id=walk_in.id, doctor_id=doctor.doctor_id,
                                           starts_at=slot)
    appointments.reschedule_appointment(db, actor=staff, appointment_id=booked.id,
                                        new_starts_at=slot + timedelta(minutes=15))
    appointments.cancel_appointment(db, actor=staff, appointment_id=booked.id)
    assert {m.kind for m in outbox(db, appointment_id=booked.id)} == {"doctor_notice"}
    assert all(m.to_address != "" for m in outbox(db))


def test_reschedule_keeps_uid_and_raises_sequence_then_cancel(db, clinic):
    patient, doctor = clinic.patient(), clinic.doctor()
    booked = clinic.booking(patient, doctor)
    new_start = booked.starts_at + timedelta(hours=1)
    appointments.reschedule_appointment(db, actor=patient, appointment_id=booked.id, new_starts_at=new_start)
    [first] = outbox(db, kind="appointment_booked")
    [moved] = outbox(db, kind="appointment_rescheduled")
    before, after = event_of(invite(first)), event_of(invite(moved))
    assert str(after["UID"]) == str(before["UID"]) and int(after["SEQUENCE"]) == 1
    assert after.decoded("DTSTART") == new_start and str(invite(moved)["METHOD"]) == "REQUEST"
    assert "Previously" in moved.body_text and moved.subject.startswith("Appointment moved")
    appointments.cancel_appointment(db, actor=patient, appointment_id=booked.id, reason="Feeling better")
    [cancelled] = outbox(db, kind="appointment_cancelled")
    calendar = invite(cancelled)
    event = event_of(calendar)
    assert str(calendar["METHOD"]) == "CANCEL" and cancelled.ics_method == "CANCEL"
    assert str(event["STATUS"]) == "CANCELLED" and str(event["UID"]) == str(before["UID"])
    assert int(event["SEQUENCE"]) == 2 and "Reason: Feeling better" in cancelled.body_text
    assert len(outbox(db, kind="doctor_notice")) == 3


def test_online_booking_link_follows_then_arrives(db, clinic):
    patient, doctor = clinic.patient(), clinic.doctor()
    booked = clinic.booking(patient, doctor, mode="online")
    [confirmation] = outbox(db, kind="appointment_booked")
    assert "link will follow" in confirmation.body_text and "link to follow" in confirmation.body_html  # type: ignore[operator]
    meetings.add_meet_link(db, actor=doctor, url="https://meet.google.com/abc-defg-hij", personal_room=True)
    [link_mail] = outbox(db, kind="meet_link")
    assert "https://meet.google.com/abc-defg-hij" in link_mail.body_text and "Ask to join" in link_mail.body_text
    assert 'href="https://meet.google.com/abc-defg-hij"' in (link_mail.body_html or "")
    event = event_of(invite(link_mail))
    assert str(event["LOCATION"]) == "https://meet.google.com/abc-defg-hij"
    with db.read() as s:
        call = s.scalar(select(VideoCall).where(VideoCall.appointment_id == booked.id))
        assert call is not None and call.link_emailed_at is not None


def test_online_booking_with_link_explains_how_to_join(db, clinic):
    patient, doctor = clinic.patient(), clinic.doctor()
    meetings.add_meet_link(db, actor=doctor, url="https://meet.google.com/xyz-abcd-efg", personal_room=True)
    clinic.booking(patient, doctor, mode="online")
    [confirmation] = outbox(db, kind="appointment_booked")
    assert "https://meet.google.com/xyz-abcd-efg" in confirmation.body_text
    assert "How to join" in confirmation.body_text and "camera" in confirmation.body_text
    assert str(event_of(invite(confirmation))["URL"]) == "https://meet.google.com/xyz-abcd-efg"


def test_doctor_verification_results(db, clinic):
    approved = clinic.doctor("Dr. Approved One")
    [mail] = outbox(db, kind="doctor_verified")
    assert mail.to_address == approved.email and "approved" in mail.subject and "approved" in mail.body_text
    rejected = clinic.doctor("Dr. Rejected Two", verified=False)
    doctors.decide_verification(db, actor=clinic.admin, doctor_id=rejected.doctor_id, approve=False,
                                reason="Registration number <not> found in the KMC register")
    [mail] = outbox(db, kind="doctor_rejected")
    assert "not approved" in mail.subject and "Reason: Registration number <not> found" in mail.body_text
    assert "&lt;not&gt;" in (mail.body_html or "")
    doctors.suspend_doctor(db, actor=clinic.admin, doctor_id=approved.doctor_id, reason="Licence expired")
    [mail] = outbox(db, kind="doctor_suspended")
    assert "suspended" in mail.subject and "Reason: Licence expired" in mail.body_text


def test_missing_or_escaping_attachment_is_permanent(db, clinic, records_dir, tmp_path):
    patient, doctor = clinic.patient(), clinic.doctor()
    clinic.booking(patient, doctor)
    [row] = outbox(db, kind="appointment_booked")
    row.attachment_path, row.attachment_name = "receipts/P000001/ML_26-27_000001.pdf", "receipt.pdf"
    with pytest.raises(MailPermanentError, match="missing from the records folder"):
        build_message(row, sender=SENDER_ID, records_dir=records_dir)
    row.attachment_path = "../outside.pdf"
    (records_dir.parent / "outside.pdf").write_bytes(b"%PDF-1.4")
    with pytest.raises(MailPermanentError, match="outside the records folder"):
        build_message(row, sender=SENDER_ID, records_dir=records_dir)
    with pytest.raises(MailTemporaryError, match="not available"):
        build_message(row, sender=SENDER_ID, records_dir=Path(tmp_path / "unmounted-share"))
    row.attachment_path, row.to_address = None, "not-an-address"
    with pytest.raises(MailPermanentError, match="not a valid e-mail address"):
        build_message(row, sender=SENDER_ID, records_dir=records_dir)
