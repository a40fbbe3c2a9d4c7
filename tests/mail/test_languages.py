"""E-mails in the recipient's language, with dates in that language whatever the OS locale says."""

from __future__ import annotations

import html
import locale
import time
from datetime import timedelta, timezone

import pytest

from medlink.db.models import Appointment
from medlink.mail import events
from medlink.mail.templates import Markup, frame_values, load_template, render_html
from medlink.services import appointments, languages
from tests.mail.test_messages import outbox

IST = timezone(timedelta(hours=5, minutes=30), "IST")
HINDI_MONTHS = ("जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्तूबर",
                "नवंबर", "दिसंबर")
HINDI_DAYS = ("सोमवार", "मंगलवार", "बुधवार", "गुरुवार", "शुक्रवार", "शनिवार", "रविवार")


def test_hindi_preferring_patient_gets_hindi_mail_with_hindi_dates(db, clinic):
    patient = clinic.patient("अनीता शर्मा")
    languages.set_patient_language(db, actor=patient, patient_id=patient.patient_id, language="hi")
    doctor = clinic.doctor("Dr. Arjun Menon")
    booked = clinic.booking(patient, doctor)
    local = booked.starts_at.astimezone(IST)
    [mail] = outbox(db, kind="appointment_booked")
    when = f"{HINDI_DAYS[local.weekday()]} {local.day:02d} {HINDI_MONTHS[local.month - 1]} {local.year}"
    for body in (mail.body_text, mail.body_html or ""):
        assert "प्रिय अनीता शर्मा" in body and "आपका अपॉइंटमेंट" in body
        assert when in body  # "मंगलवार 03 दिसंबर 2026"
        assert "साथ लाएँ" in body and "पहले के पर्चे" in body  # the list of what to bring, translated too
    assert mail.subject.startswith("अपॉइंटमेंट पक्का: Dr. Arjun Menon, ")
    assert '<html lang="hi">' in (mail.body_html or "")
    # The calendar entry attached for the patient's calendar is in Hindi too.
    ics = (mail.ics_text or "").replace("\r\n ", "")  # unfold the iCalendar lines
    assert "Dr. Arjun Menon" in ics and "के साथ अपॉइंटमेंट" in ics and "Appointment with" not in ics
    # The doctor's notice about the same booking stays English.
    [notice] = outbox(db, kind="doctor_notice")
    assert notice.subject.startswith("New appointment: अनीता शर्मा")
    assert "प्रिय" not in notice.body_text


def test_english_mail_keeps_english_dates_under_a_hindi_os_locale(db, clinic, monkeypatch):
    # Qt sets the C library's locale from the desktop; strftime would then print Hindi month
    # names.  MedLink's dates come from Babel with an explicit locale, so this changes nothing.
    for name in ("hi_IN.UTF-8", "hi_IN.utf8", "ta_IN.UTF-8", "ta_IN.utf8"):
        try:
            locale.setlocale(locale.LC_TIME, name)
            break
        except locale.Error:
            continue
    else:  # the machine has no Indian locale: make strftime behave as if it had one
        real = time.strftime
        english_months = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                          "October", "November", "December")

        def hindi_strftime(fmt: str, *args: object) -> str:
            text = real(fmt, *args)  # type: ignore[arg-type]
            for english, hindi in zip(english_months, HINDI_MONTHS, strict=True):
                text = text.replace(english, hindi)
            return text

        monkeypatch.setattr(time, "strftime", hindi_strftime)
    for variable in ("LC_ALL", "LC_TIME", "LANG", "LANGUAGE"):
        monkeypatch.setenv(variable, "hi_IN.UTF-8")
    try:
        patient, doctor = clinic.patient("Kavya Iyer"), clinic.doctor("Dr. Arjun Menon")
        booked = clinic.booking(patient, doctor)
        [mail] = outbox(db, kind="appointment_booked")
    finally:
        locale.setlocale(locale.LC_TIME, "C")
    local = booked.starts_at.astimezone(IST)
    english = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")[local.weekday()]
    month = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December")[local.month - 1]
    assert f"{english} {local.day:02d} {month} {local.year}" in mail.body_text
    assert not any(m in mail.body_text for m in HINDI_MONTHS)
    assert "Dear Kavya Iyer" in mail.body_text


def test_reminder_cancellation_and_receipt_follow_the_patient_language(db, clinic):
    patient = clinic.patient("Ravi Verma")
    languages.set_patient_language(db, actor=patient, patient_id=patient.patient_id, language="hi")
    booked = clinic.booking(patient, clinic.doctor())
    with db.transaction() as s:
        events.appointment_reminder(s, s.get(Appointment, booked.id))
    [reminder] = outbox(db, kind="reminder")
    assert reminder.subject.startswith("याद दिलाना: ") and "याद दिला रहे हैं" in reminder.body_text
    appointments.cancel_appointment(db, actor=patient, appointment_id=booked.id, reason="बुख़ार उतर गया")
    [cancelled] = outbox(db, kind="appointment_cancelled")
    assert cancelled.subject.startswith("अपॉइंटमेंट रद्द: ") and "कारण: बुख़ार उतर गया" in cancelled.body_text


@pytest.mark.parametrize("name", ["booking_confirmation.txt", "reminder.html", "automatic_note.txt"])
def test_hindi_templates_exist_and_english_is_the_fallback(name):
    assert load_template(name, "hi").template != load_template(name, "en").template
    assert load_template("test_email.txt", "hi").template == load_template("test_email.txt").template


@pytest.mark.parametrize("name", ["layout.html", "footer.txt"])
def test_every_language_shares_one_layout_and_footer_with_its_own_note(name):
    """The Hindi e-mail is framed by the English layout's markup: only the language and the note differ."""
    assert load_template(name, "hi").template == load_template(name, "en").template
    values = {"title": "T", "content": Markup("<p>ok</p>"), "clinic_name": "Clinic", "clinic_address": "",
              "clinic_address_html": Markup(""), "clinic_contact": ""}
    hindi = render_html(name, {**values, **frame_values("hi")}, "hi")
    english = render_html(name, {**values, **frame_values("en")}, "en")
    assert "यह ई-मेल क्लिनिक के MedLink सिस्टम ने अपने-आप भेजा है।" in hindi and "sent automatically" not in hindi
    assert "This e-mail was sent automatically by the clinic's MedLink system." in html.unescape(english)
    if name == "layout.html":
        assert '<html lang="hi">' in hindi and '<html lang="en">' in english
