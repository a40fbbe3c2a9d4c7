"""Who may use the front-desk and administration services."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from medlink.db.models import Role, VerificationStatus
from medlink.errors import PermissionDenied
from medlink.services import (
    accounts,
    appointments,
    audit,
    clinic_settings,
    dashboard,
    doctors,
    front_desk,
    patients,
)


def test_staff_cannot_administer(clinic, db):
    staff = clinic.staff()
    pending = clinic.doctor(verified=False)
    calls = [
        lambda: clinic_settings.update_settings(db, actor=staff, changes={"clinic_name": "Hacked"}),
        lambda: doctors.decide_verification(db, actor=staff, doctor_id=pending.doctor_id, approve=True),
        lambda: doctors.list_doctors_by_status(db, actor=staff, status=VerificationStatus.PENDING),
        lambda: doctors.suspend_doctor(db, actor=staff, doctor_id=pending.doctor_id, reason="x"),
        lambda: accounts.list_users(db, actor=staff),
        lambda: accounts.create_staff(db, actor=staff, email="x@clinic.test", password="long-password-1",
                                      full_name="X"),
        lambda: accounts.reset_password(db, actor=staff, user_id=pending.user_id,
                                        temporary_password="long-password-1"),
        lambda: audit.search_audit_log(db, actor=staff),
    ]
    for call in calls:
        with pytest.raises(PermissionDenied):
            call()
    assert clinic_settings.get_settings(db).clinic_name != "Hacked"
    assert doctors.doctor_profile(db, doctor_id=pending.doctor_id, actor=staff).verification_status == "pending"


def test_patients_and_doctors_cannot_use_front_desk_or_admin_services(clinic, db):
    patient, doctor = clinic.patient(), clinic.doctor()
    other = clinic.doctor()
    day = date.today() + timedelta(days=3)
    for actor in (patient, doctor):
        calls = [
            lambda: patients.search_patients(db, actor=actor, text="Pat"),
            lambda: patients.register_walk_in(db, actor=actor, form=patients.PatientForm(full_name="X")),
            lambda: appointments.day_queue(db, actor=actor, day=day),
            lambda: front_desk.list_desk_doctors(db, actor=actor),
            lambda: front_desk.colleagues(db, actor=actor, doctor_id=other.doctor_id),
            lambda: front_desk.move_doctor_day(db, actor=actor, doctor_id=other.doctor_id, day=day,
                                               to_doctor_id=doctor.doctor_id),
            lambda: front_desk.cancel_doctor_day(db, actor=actor, doctor_id=other.doctor_id, day=day, reason="x"),
            lambda: dashboard.today_summary(db, actor=actor),
            lambda: dashboard.period_report(db, actor=actor, first_day=day, last_day=day),
            lambda: clinic_settings.update_settings(db, actor=actor, changes={"clinic_name": "X"}),
            lambda: doctors.decide_verification(db, actor=actor, doctor_id=other.doctor_id, approve=False,
                                                reason="x"),
            lambda: accounts.list_users(db, actor=actor),
            lambda: accounts.unlock_account(db, actor=actor, user_id=other.user_id),
            lambda: accounts.set_account_active(db, actor=actor, user_id=other.user_id, active=False),
            lambda: accounts.create_staff(db, actor=actor, email="y@clinic.test", password="long-password-1",
                                          full_name="Y", role=Role.ADMIN),
            lambda: audit.search_audit_log(db, actor=actor),
            lambda: audit.audit_actions(db, actor=actor),
        ]
        for call in calls:
            with pytest.raises(PermissionDenied):
                call()
