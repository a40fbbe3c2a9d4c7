"""Front desk as clinics work: families, duplicates and merges, tokens, follow-ups, WhatsApp, consent.

Every test runs on a real SQLite file and on the real MariaDB server (``db``).
"""

from __future__ import annotations

import io

from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from urllib.parse import parse_qs, urlparse

import pytest
from sqlalchemy import func, select

from medlink.db.models import Appointment, AuditLog, Bill, Patient, PatientMerge
from medlink.errors import NotFound, PermissionDenied, ValidationError
from medlink.services import (
    appointments,
    audit,
    billing,
    duplicates,
    families,
    follow_up,
    patients,
    prescriptions,
    sharing,
    tokens,
)
from medlink.services.billing import BillDraftLine
from medlink.vocabulary import AppointmentMode, AppointmentStatus


def _child_form(name: str = "Aarav Kumar") -> patients.PatientForm:
    return patients.PatientForm(full_name=name, date_of_birth=date(2019, 3, 2), gender="Male",
                                address="", state=None)


def _walk_in(clinic, name: str, phone: str, dob: date = date(1990, 1, 1)):  # type: ignore[no-untyped-def]
    form = patients.PatientForm(full_name=name, date_of_birth=dob, gender="Female", phone=phone,
                                address="4 Station Road, Pune", state="Maharashtra")
    return patients.register_walk_in(clinic.db, actor=clinic.staff(), form=form)


# --- families ---------------------------------------------------------------------------------

def test_a_guardian_books_uploads_and_sees_bills_for_a_dependant(clinic, records_dir):
    mother = clinic.patient("Meera Kumar")
    doctor = clinic.doctor()
    child = families.add_dependant(clinic.db, actor=mother, form=_child_form(), relationship="Child")
    assert [m.full_name for m in families.my_family(clinic.db, actor=mother)] == ["Aarav Kumar"]

    slot = clinic.next_slots(doctor, 1)[0]
    booked = appointments.book_appointment(clinic.db, actor=mother, patient_id=child.patient_id,
                                           doctor_id=doctor.doctor_id, starts_at=slot, reason="Cough")
    assert booked.patient_name == "Aarav Kumar"
    assert [a.id for a in appointments.patient_appointments(clinic.db, actor=mother,
                                                            patient_id=child.patient_id)] == [booked.id]
    # the dependant inherited the guardian's phone and address for reminders
    with clinic.db.read() as s:
        row = s.get(Patient, child.patient_id)
        assert row.phone and row.address == "12 MG Road, Bengaluru" and row.user_id is None
    assert billing.list_bills(clinic.db, actor=mother, patient_id=child.patient_id) == []


def test_another_patient_cannot_act_for_a_dependant_and_unlinking_ends_access(clinic):
    mother, stranger = clinic.patient("Meera Kumar"), clinic.patient("Ravi Stranger")
    doctor = clinic.doctor()
    child = families.add_dependant(clinic.db, actor=mother, form=_child_form(), relationship="Child")
    slot = clinic.next_slots(doctor, 1)[0]
    with pytest.raises(PermissionDenied):
        appointments.book_appointment(clinic.db, actor=stranger, patient_id=child.patient_id,
                                      doctor_id=doctor.doctor_id, starts_at=slot)
    with pytest.raises(PermissionDenied):
        patients.get_patient(clinic.db, actor=stranger, patient_id=child.patient_id)

    staff = clinic.staff()
    links = families.family_links(clinic.db, actor=staff, patient_id=child.patient_id)
    assert [(link.guardian_name, link.relationship) for link in links] == [("Meera Kumar", "Child")]
    families.unlink_family(clinic.db, actor=staff, guardian_id=mother.patient_id, dependant_id=child.patient_id)
    with pytest.raises(PermissionDenied):
        patients.get_patient(clinic.db, actor=mother, patient_id=child.patient_id)
    # and staff can link again; every change is audited
    families.link_family(clinic.db, actor=staff, guardian_id=mother.patient_id, dependant_id=child.patient_id,
                         relationship="Child")
    assert patients.get_patient(clinic.db, actor=mother, patient_id=child.patient_id).full_name == "Aarav Kumar"
    actions = [e.action for e in audit.search_audit_log(clinic.db, actor=clinic.admin, patient_id=child.patient_id)]
    assert {"family.add_dependant", "family.unlink", "family.link"} <= set(actions)


def test_family_links_refuse_nonsense(clinic):
    mother = clinic.patient("Meera Kumar")
    staff = clinic.staff()
    walk_in = _walk_in(clinic, "Walk In", "9811111111")
    with pytest.raises(ValidationError) as err:
        families.link_family(clinic.db, actor=staff, guardian_id=mother.patient_id,
                             dependant_id=mother.patient_id, relationship="Child")
    assert err.value.field == "dependant"
    with pytest.raises(ValidationError) as err:
        families.link_family(clinic.db, actor=staff, guardian_id=walk_in.id, dependant_id=mother.patient_id,
                             relationship="Parent")
    assert "no MedLink account" in str(err.value)
    with pytest.raises(ValidationError):
        families.link_family(clinic.db, actor=staff, guardian_id=mother.patient_id, dependant_id=walk_in.id,
                             relationship="Cousin twice removed")
    with pytest.raises(PermissionDenied):
        families.link_family(clinic.db, actor=mother, guardian_id=mother.patient_id, dependant_id=walk_in.id,
                             relationship="Child")


# --- duplicates and merges --------------------------------------------------------------------

def test_likely_duplicates_same_phone_similar_name_or_same_birthday(clinic):
    staff = clinic.staff()
    first = _walk_in(clinic, "Sunita Devi", "98765 43210", date(1970, 6, 1))
    _walk_in(clinic, "Rohan Sharma", "98765 43210", date(2001, 2, 2))  # same family phone, different person
    found = duplicates.likely_duplicates(clinic.db, actor=staff, full_name="Sunita Devii", phone="+919876543210",
                                         date_of_birth=None)
    assert [c.patient_id for c in found] == [first.id] and "similar name" in found[0].why
    by_dob = duplicates.likely_duplicates(clinic.db, actor=staff, full_name="S. Devi", phone="9876543210",
                                          date_of_birth=date(1970, 6, 1))
    assert [c.patient_id for c in by_dob] == [first.id]
    assert duplicates.likely_duplicates(clinic.db, actor=staff, full_name="Anita Rao", phone="9123456789",
                                        date_of_birth=date(1970, 6, 1)) == []
    # self sign-up only learns yes/no
    assert duplicates.sign_up_may_duplicate(clinic.db, full_name="Sunita Devi", phone="9876543210",
                                            date_of_birth=None) is True
    assert duplicates.sign_up_may_duplicate(clinic.db, full_name="Nobody Here", phone="9000000001",
                                            date_of_birth=None) is False
    with pytest.raises(PermissionDenied):
        duplicates.likely_duplicates(clinic.db, actor=clinic.patient(), full_name="Sunita Devi",
                                     phone="9876543210", date_of_birth=None)
    groups = duplicates.duplicate_groups(clinic.db, actor=staff)
    assert groups == []  # same phone but neither a similar name nor the same birthday
    _walk_in(clinic, "Sunita  Devi", "9876543210", date(1971, 1, 1))
    groups = duplicates.duplicate_groups(clinic.db, actor=staff)
    assert len(groups) == 1 and {c.full_name for c in groups[0]} == {"Sunita Devi"}


def test_merge_moves_everything_to_the_survivor_and_is_audited(clinic, records_dir):
    staff = clinic.staff()
    doctor = clinic.doctor()
    account = clinic.patient("Sunita Devi", phone="9876543210")
    walk_in = _walk_in(clinic, "Sunita Devi", "9876543210", date(1985, 5, 17))
    slot = clinic.next_slots(doctor, 1)[0]
    appt = appointments.book_appointment(clinic.db, actor=staff, patient_id=walk_in.id, doctor_id=doctor.doctor_id,
                                         starts_at=slot)
    with clinic.db.transaction() as s:  # the visit took place (past), so it can be completed and billed
        a = s.get(Appointment, appt.id)
        a.starts_at, a.ends_at = a.starts_at - timedelta(days=3), a.ends_at - timedelta(days=3)
    appointments.set_outcome(clinic.db, actor=doctor, appointment_id=appt.id, status=AppointmentStatus.COMPLETED,
                             now=appt.ends_at)
    bill = billing.issue_bill(clinic.db, actor=staff, records_dir=records_dir, appointment_id=appt.id,
                              lines=[BillDraftLine("consultation", "Consultation", 1, Decimal("500.00"))])
    prescriptions.write_prescription(clinic.db, actor=doctor, records_dir=records_dir, appointment_id=appt.id,
                                     items=[], advice="Rest and fluids")

    result = duplicates.merge_patients(clinic.db, actor=staff, survivor_id=account.patient_id,
                                       duplicate_id=walk_in.id, reason="Same person registered twice")
    assert result.moved["appointments"] == 1 and result.moved["bills"] == 1 and result.moved["prescriptions"] == 1
    with clinic.db.read() as s:
        assert s.get(Appointment, appt.id).patient_id == account.patient_id
        assert s.get(Bill, bill.id).patient_id == account.patient_id
        assert s.get(Patient, walk_in.id).merged_into_id == account.patient_id
        assert s.scalar(select(func.count()).select_from(PatientMerge)) == 1
        merge_rows = s.scalars(select(AuditLog).where(AuditLog.action == "patient.merge")).all()
        assert {r.patient_id for r in merge_rows} == {account.patient_id, walk_in.id}
    # the survivor sees the moved visit and bill; search no longer offers the merged record
    assert [a.id for a in appointments.patient_appointments(clinic.db, actor=account,
                                                            patient_id=account.patient_id)] == [appt.id]
    assert [b.id for b in billing.list_bills(clinic.db, actor=account)] == [bill.id]
    assert [r.id for r in patients.search_patients(clinic.db, actor=staff, text="Sunita")] == [account.patient_id]
    # the merged record's audit history shows under the survivor
    history = audit.search_audit_log(clinic.db, actor=clinic.admin, patient_id=account.patient_id)
    assert "patient.register_walk_in" in {e.action for e in history}
    notes = duplicates.merge_notes(clinic.db, actor=staff, patient_id=walk_in.id)
    assert [(n.survivor_id, n.merged_id) for n in notes] == [(account.patient_id, walk_in.id)]
    with pytest.raises(ValidationError):
        duplicates.merge_patients(clinic.db, actor=staff, survivor_id=account.patient_id, duplicate_id=walk_in.id,
                                  reason="again")


def test_merge_refuses_two_accounts_and_needs_a_reason(clinic):
    staff = clinic.staff()
    a, b = clinic.patient("Sunita Devi"), clinic.patient("Sunita Devi")
    with pytest.raises(ValidationError) as err:
        duplicates.merge_patients(clinic.db, actor=staff, survivor_id=a.patient_id, duplicate_id=b.patient_id,
                                  reason="duplicate")
    assert "sign-in account" in str(err.value)
    with pytest.raises(ValidationError):
        duplicates.merge_patients(clinic.db, actor=staff, survivor_id=a.patient_id, duplicate_id=b.patient_id,
                                  reason="  ")
    with pytest.raises(PermissionDenied):
        duplicates.merge_patients(clinic.db, actor=a, survivor_id=a.patient_id, duplicate_id=b.patient_id,
                                  reason="mine")


# --- tokens -----------------------------------------------------------------------------------

def _today_booking(clinic, patient, doctor):  # type: ignore[no-untyped-def]
    now = datetime.now(timezone.utc)
    slot = next((s for s in clinic.next_slots(doctor, 40, days_ahead=0) if s > now), None)
    if slot is None:  # the doctor's last slot of the day (23:30) has begun in the clinic's time zone
        pytest.skip("too close to midnight in the clinic's time zone: no slot is left today")
    return appointments.book_appointment(clinic.db, actor=clinic.staff(), patient_id=patient.patient_id,
                                         doctor_id=doctor.doctor_id, starts_at=slot)


def test_tokens_are_issued_in_arrival_order_called_and_shown_without_names(clinic):
    from medlink.services import clinic_settings

    # check-in opens a clinic-set time before the appointment: wide open for today's bookings here
    clinic_settings.update_settings(clinic.db, actor=clinic.admin, changes={"check_in_opens_minutes": 720})
    doctor = clinic.doctor("Dr. Kavya Rao")
    staff = clinic.staff()
    people = [clinic.patient(f"Person {n}") for n in range(3)]
    booked = [_today_booking(clinic, p, doctor) for p in people]
    now = datetime.now(timezone.utc)
    if any(b.starts_at.astimezone(tokens_tz(clinic)).date() != now.astimezone(tokens_tz(clinic)).date()
           for b in booked):
        pytest.skip("too close to midnight in the clinic's time zone for three slots today")
    # arrivals out of booking order: the token follows arrival
    for b in (booked[2], booked[0], booked[1]):
        appointments.check_in(clinic.db, actor=staff, appointment_id=b.id)
    assert [tokens.token_for(clinic.db, appointment_id=b.id) for b in booked] == [2, 3, 1]
    board = tokens.token_board(clinic.db)
    assert [(d.doctor_name, d.now_serving, d.waiting) for d in board.doctors] == [("Dr. Kavya Rao", None, (1, 2, 3))]
    called = tokens.call_next(clinic.db, actor=staff, doctor_id=doctor.doctor_id)
    assert called.token_number == 1 and called.appointment_id == booked[2].id
    board2 = tokens.token_board(clinic.db)
    assert board2.doctors[0].now_serving == 1 and board2.doctors[0].waiting == (2, 3)
    assert board2.signature != board.signature
    assert "Person" not in repr(board2)  # the waiting-room screen never carries names
    tokens.call_next(clinic.db, actor=staff, doctor_id=doctor.doctor_id)
    tokens.call_next(clinic.db, actor=staff, doctor_id=doctor.doctor_id)
    with pytest.raises(ValidationError):
        tokens.call_next(clinic.db, actor=staff, doctor_id=doctor.doctor_id)
    with pytest.raises(PermissionDenied):
        tokens.call_next(clinic.db, actor=people[0], doctor_id=doctor.doctor_id)
    with pytest.raises(NotFound):
        tokens.recall_token(clinic.db, actor=staff, appointment_id=10**6)


def tokens_tz(clinic):  # type: ignore[no-untyped-def]
    with clinic.db.read() as s:
        from medlink.services.clinic_settings import clinic_timezone

        return clinic_timezone(s)


def test_concurrent_check_ins_never_share_a_token(clinic):
    import threading

    from medlink.services import clinic_settings

    # check-in opens a clinic-set time before the appointment: wide open for today's bookings here
    clinic_settings.update_settings(clinic.db, actor=clinic.admin, changes={"check_in_opens_minutes": 720})
    doctor = clinic.doctor()
    staff = clinic.staff()
    people = [clinic.patient() for _ in range(6)]
    booked = [_today_booking(clinic, p, doctor) for p in people]
    tz = tokens_tz(clinic)
    today = datetime.now(tz).date()
    booked = [b for b in booked if b.starts_at.astimezone(tz).date() == today]
    if len(booked) < 2:
        pytest.skip("too close to midnight")
    errors: list[BaseException] = []

    def arrive(appointment_id: int) -> None:
        try:  # check-in retries by itself when the database is busy
            appointments.check_in(clinic.db, actor=staff, appointment_id=appointment_id)
        except Exception as exc:
            errors.append(exc)
    threads = [threading.Thread(target=arrive, args=(b.id,)) for b in booked]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    numbers = sorted(tokens.token_for(clinic.db, appointment_id=b.id) for b in booked)  # type: ignore[type-var]
    assert numbers == list(range(1, len(booked) + 1))


# --- follow-ups -------------------------------------------------------------------------------

def _past_visit(clinic, patient, doctor, days_ago: int):  # type: ignore[no-untyped-def]
    staff = clinic.staff()
    slot = clinic.next_slots(doctor, 1, days_ahead=1 + days_ago)[0]
    appt = appointments.book_appointment(clinic.db, actor=staff, patient_id=patient.patient_id,
                                         doctor_id=doctor.doctor_id, starts_at=slot)
    shift = timedelta(days=2 * days_ago + 1)
    with clinic.db.transaction() as s:
        a = s.get(Appointment, appt.id)
        a.starts_at, a.ends_at = a.starts_at - shift, a.ends_at - shift
        a.status = AppointmentStatus.COMPLETED.value
    return appt


def test_free_follow_up_within_the_doctors_rule(clinic, records_dir):
    doctor, patient = clinic.doctor(), clinic.patient()
    staff = clinic.staff()
    follow_up.set_follow_up_rule(clinic.db, actor=doctor, free_days=7, free_visits=1)
    first = _past_visit(clinic, patient, doctor, days_ago=2)
    billing.issue_bill(clinic.db, actor=staff, records_dir=records_dir, appointment_id=first.id,
                       lines=[BillDraftLine("consultation", "Consultation", 1, Decimal("500.00"))])
    second = _past_visit(clinic, patient, doctor, days_ago=1)
    lines = billing.draft_bill_lines(clinic.db, actor=staff, appointment_id=second.id)
    assert lines[0].unit_price == Decimal("0.00") and lines[0].description.startswith("Free follow-up 1 of 1")
    # the free visit is printed on the receipt (the line's description)
    bill = billing.issue_bill(clinic.db, actor=staff, records_dir=records_dir, appointment_id=second.id,
                              lines=lines)
    from pypdf import PdfReader

    pdf = billing.receipt_pdf(clinic.db, actor=staff, records_dir=records_dir, bill_id=bill.id)
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf.data)).pages)
    assert "Free follow-up" in " ".join(text.split())
    # without the rule, the same visit is charged
    follow_up.set_follow_up_rule(clinic.db, actor=doctor, free_days=None)
    third = clinic.booking(patient, doctor, days_ahead=2)
    assert billing.draft_bill_lines(clinic.db, actor=staff, appointment_id=third.id)[0].unit_price > 0


def test_follow_up_window_and_visit_count(clinic, records_dir):
    doctor, patient = clinic.doctor(), clinic.patient()
    staff = clinic.staff()
    follow_up.set_follow_up_rule(clinic.db, actor=doctor, free_days=5, free_visits=1)
    old = _past_visit(clinic, patient, doctor, days_ago=10)
    billing.issue_bill(clinic.db, actor=staff, records_dir=records_dir, appointment_id=old.id,
                       lines=[BillDraftLine("consultation", "Consultation", 1, Decimal("500.00"))])
    later = clinic.booking(patient, doctor)
    assert billing.draft_bill_lines(clinic.db, actor=staff, appointment_id=later.id)[0].unit_price > 0  # too late
    with pytest.raises(ValidationError):
        follow_up.set_follow_up_rule(clinic.db, actor=doctor, free_days=400)
    other = clinic.doctor()
    with pytest.raises(PermissionDenied):
        follow_up.set_follow_up_rule(clinic.db, actor=other, doctor_id=doctor.doctor_id, free_days=3)
    rule = follow_up.set_follow_up_rule(clinic.db, actor=clinic.admin, doctor_id=doctor.doctor_id, free_days=3,
                                        free_visits=2)
    assert rule.active and follow_up.follow_up_rule(clinic.db, doctor_id=doctor.doctor_id).free_visits == 2


# --- GST document title -----------------------------------------------------------------------

def test_mixed_exempt_and_taxable_lines_make_an_invoice_cum_bill_of_supply():
    from medlink.receipts.arithmetic import BillLineInput, LineCategory, TaxSettings, compute_bill

    rates = {LineCategory.CONSULTATION: Decimal("0"), LineCategory.MEDICATION: Decimal("12")}
    settings = TaxSettings(clinic_state="Karnataka", rates=rates)
    consult = BillLineInput(LineCategory.CONSULTATION, "Consultation", 1, unit_price=Decimal("500"))
    medicine = BillLineInput(LineCategory.MEDICATION, "Paracetamol", 1, unit_price=Decimal("100"))
    assert compute_bill([consult], settings, "Karnataka").document_title == "Bill of Supply"
    assert compute_bill([medicine], settings, "Karnataka").document_title == "Tax Invoice"
    assert compute_bill([consult, medicine], settings, "Karnataka").document_title == "Invoice-cum-Bill of Supply"


# --- WhatsApp, recall, consent ----------------------------------------------------------------

def test_whatsapp_link_carries_the_appointment_and_meet_link(clinic):
    from medlink.services import meetings

    doctor, patient = clinic.doctor("Dr. Kavya Rao"), clinic.patient("Meera Kumar", phone="9876543210")
    meetings.add_meet_link(clinic.db, actor=doctor, url="https://meet.google.com/abc-defg-hij", personal_room=True)
    appt = clinic.booking(patient, doctor, mode="online")
    text, url = sharing.appointment_message(clinic.db, actor=clinic.staff(), appointment_id=appt.id)
    assert "Dr. Kavya Rao" in text and "https://meet.google.com/abc-defg-hij" in text and "Reg. No." in text
    parsed = urlparse(url)
    assert parsed.netloc == "wa.me" and parsed.path == "/919876543210"
    assert parse_qs(parsed.query)["text"] == [text]
    with pytest.raises(PermissionDenied):
        sharing.appointment_message(clinic.db, actor=clinic.patient(), appointment_id=appt.id)
    assert sharing.whatsapp_url(None, "hi") is None
    # A Hindi-preferring patient gets the message in Hindi, the time in Hindi too (not the computer's locale).
    from medlink.services import languages

    languages.set_patient_language(clinic.db, actor=patient, patient_id=patient.patient_id, language="hi")
    text, _url = sharing.appointment_message(clinic.db, actor=clinic.staff(), appointment_id=appt.id)
    assert "Dr. Kavya Rao" in text and "ऑनलाइन परामर्श" in text and "कब:" in text and "When" not in text


def test_recall_list_shows_due_follow_ups_until_booked(clinic, records_dir):
    doctor, patient = clinic.doctor(), clinic.patient("Meera Kumar")
    staff = clinic.staff()
    visit = _past_visit(clinic, patient, doctor, days_ago=3)
    due = date.today() + timedelta(days=2)
    prescriptions.write_prescription(clinic.db, actor=doctor, records_dir=records_dir, appointment_id=visit.id,
                                     items=[], advice="Review", follow_up_on=due)
    rows = sharing.recall_list(clinic.db, actor=staff, first_day=date.today(), last_day=due + timedelta(days=7))
    assert [(r.patient_name, r.follow_up_on) for r in rows] == [("Meera Kumar", due)]
    assert rows[0].whatsapp_url and rows[0].whatsapp_url.startswith("https://wa.me/")
    clinic.booking(patient, doctor)
    assert sharing.recall_list(clinic.db, actor=staff, first_day=date.today(),
                               last_day=due + timedelta(days=7)) == []
    with pytest.raises(PermissionDenied):
        sharing.recall_list(clinic.db, actor=patient, first_day=date.today(), last_day=due)


def test_online_booking_by_the_patient_records_consent(clinic):
    doctor, patient = clinic.doctor(), clinic.patient()
    mine = clinic.booking(patient, doctor, mode="online")
    with clinic.db.read() as s:
        assert s.get(Appointment, mine.id).telemedicine_consent_at is not None
    other = clinic.patient()
    slot = clinic.next_slots(doctor, 1, days_ahead=2)[0]
    by_desk = appointments.book_appointment(clinic.db, actor=clinic.staff(), patient_id=other.patient_id,
                                            doctor_id=doctor.doctor_id, starts_at=slot, mode=AppointmentMode.ONLINE)
    with clinic.db.read() as s:
        assert s.get(Appointment, by_desk.id).telemedicine_consent_at is None
    when = sharing.record_telemedicine_consent(clinic.db, actor=other, appointment_id=by_desk.id)
    assert sharing.record_telemedicine_consent(clinic.db, actor=other, appointment_id=by_desk.id) == when
    in_person = clinic.booking(clinic.patient(), doctor, days_ahead=3)
    with pytest.raises(ValidationError):
        sharing.record_telemedicine_consent(clinic.db, actor=clinic.staff(), appointment_id=in_person.id)
