"""Languages: the signed-in user's language and a patient's preferred language (both back-ends)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from medlink.db.models import AuditLog, Patient, User
from medlink.errors import PermissionDenied, ValidationError
from medlink.services import accounts, languages, patients
from medlink.services.patients import PatientForm
from tests.factories import PASSWORD


def test_user_language_is_remembered_and_carried_on_the_session(clinic, db):
    patient = clinic.patient("Anita Sharma", email="anita@example.com")
    assert patient.language is None
    updated = languages.set_user_language(db, actor=patient, language="hi-IN")
    assert updated.language == "hi"
    assert languages.user_language(db, actor=updated) == "hi"
    again = accounts.authenticate(db, email="anita@example.com", password=PASSWORD)
    assert again.language == "hi"  # a new sign-in, on any workstation, brings it back
    with db.read() as s:
        assert s.scalar(select(User.preferred_language).where(User.id == patient.user_id)) == "hi"
        assert s.scalar(select(AuditLog.id).where(AuditLog.action == "user.set_language")) is not None
    assert languages.set_user_language(db, actor=again, language=None).language is None


def test_unknown_language_is_refused(clinic, db):
    patient = clinic.patient()
    with pytest.raises(ValidationError) as info:
        languages.set_user_language(db, actor=patient, language="xx")
    assert info.value.field == "language"
    with pytest.raises(ValidationError):
        languages.set_patient_language(db, actor=patient, patient_id=patient.patient_id, language="klingon")


def test_patient_sets_own_language_staff_for_walk_ins_doctor_cannot(clinic, db):
    patient = clinic.patient("Ravi Kumar")
    assert languages.patient_language(db, actor=patient, patient_id=patient.patient_id) == "en"
    assert languages.set_patient_language(db, actor=patient, patient_id=patient.patient_id, language="hi") == "hi"
    assert patients.get_patient(db, actor=patient, patient_id=patient.patient_id).preferred_language == "hi"

    staff = clinic.staff()
    walk_in = patients.register_walk_in(db, actor=staff, form=PatientForm(
        full_name="अनीता शर्मा", date_of_birth=date(1979, 3, 8), gender="Female", phone="9876543210", address="Lajpat Nagar, Delhi",
        preferred_language="hi"))
    assert walk_in.preferred_language == "hi"
    assert languages.set_patient_language(db, actor=staff, patient_id=walk_in.id, language="en") == "en"

    other = clinic.patient("Someone Else")
    with pytest.raises(PermissionDenied):
        languages.set_patient_language(db, actor=other, patient_id=patient.patient_id, language="en")
    with db.read() as s:
        assert s.scalar(select(Patient.preferred_language).where(Patient.id == walk_in.id)) == "en"


def test_profile_form_without_a_language_keeps_the_stored_one(clinic, db):
    patient = clinic.patient("Meena Iyer")
    languages.set_patient_language(db, actor=patient, patient_id=patient.patient_id, language="hi")
    view = patients.get_patient(db, actor=patient, patient_id=patient.patient_id)
    form = PatientForm(full_name=view.full_name, date_of_birth=view.date_of_birth, gender=view.gender,
                       phone=view.phone, email=view.email, address=view.address)
    updated = patients.update_patient(db, actor=patient, patient_id=patient.patient_id, form=form)
    assert updated.preferred_language == "hi"
    form.preferred_language = "en"
    assert patients.update_patient(db, actor=patient, patient_id=patient.patient_id,
                                   form=form).preferred_language == "en"


def test_available_languages_name_themselves():
    options = {o.code: o.name for o in languages.available_languages()}
    assert options["en"] == "English" and options["hi"] == "हिन्दी"


# --- names keep every character typed ---------------------------------------------------------

ZWJ_WORD = "कार्\u200dयालय"  # Marathi eyelash ra: र + virama + ZERO WIDTH JOINER


def test_clean_up_keeps_joiners_and_marks_and_removes_controls():
    from medlink.validation import clean_text, search_text, validate_name

    assert validate_name(ZWJ_WORD) == ZWJ_WORD
    assert validate_name("क्\u200cष") == "क्\u200cष"  # ZERO WIDTH NON-JOINER: a visible virama, no conjunct
    assert validate_name("👩\u200d👩\u200d👧 Family") == "👩\u200d👩\u200d👧 Family"
    assert validate_name("Jose\u0301") == "Jos\u00e9"  # NFC: the same name whether typed composed or not
    # Control and bidi-override characters still go.
    assert validate_name("Ravi\x07 \u202eKumar\ufeff") == "Ravi Kumar"
    assert clean_text("line one\nline\x00 two", field="x", label="X", max_length=50, multiline=True) == \
        "line one\nline two"
    assert search_text(f"  {ZWJ_WORD}\u202e ") == ZWJ_WORD


def test_devanagari_names_are_stored_exactly_and_found(clinic, db):
    staff = clinic.staff()
    name = f"{ZWJ_WORD} शर्मा"
    view = patients.register_walk_in(db, actor=staff, form=PatientForm(
        full_name=name, date_of_birth=date(1990, 1, 2), gender="Male", phone="9812345670",
        address="नई दिल्ली"))
    with db.read() as s:
        assert s.scalar(select(Patient.full_name).where(Patient.id == view.id)) == name
    assert [r.id for r in patients.search_patients(db, actor=staff, text=ZWJ_WORD)] == [view.id]
    # Typed decomposed (e.g. from another keyboard), found as stored.
    decomposed = patients.register_walk_in(db, actor=staff, form=PatientForm(
        full_name="Jose\u0301 Fernandes", date_of_birth=date(1980, 1, 2), gender="Male", phone="9812345671",
        address="Panaji"))
    assert decomposed.full_name == "José Fernandes"
    assert decomposed.id in [r.id for r in patients.search_patients(db, actor=staff, text="Jose\u0301")]
