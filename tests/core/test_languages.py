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
