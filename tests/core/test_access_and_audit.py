"""Access that holds while people come and go, and an audit trail that proves it.

Every test runs on a real SQLite file and on the real MariaDB server (``db``).
"""

from __future__ import annotations

import threading
from contextlib import contextmanager
from dataclasses import replace
from datetime import date, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select, text

from medlink.db.models import (AUDIT_TRIGGERS_MYSQL, AUDIT_TRIGGERS_SQLITE, AppointmentStatus, AuditChainHead, AuditLog,
                               Role, User)
from medlink.db.types import utcnow
from medlink.errors import AccountLocked, AuthenticationFailed, NotAuthenticated, PermissionDenied, ValidationError
from medlink.services import (accounts, appointments, audit, billing, break_glass, clinic_settings, patient_history,
                              patients, records)
from medlink.services.actor import SYSTEM, Actor
from medlink.services.permissions import PasswordChangeRequired, SessionEnded
from tests.factories import PASSWORD
from tests.core.test_permission_matrix import unique_png


def audit_count(db, action: str | None = None) -> int:  # type: ignore[no-untyped-def]
    with db.read() as s:
        query = select(func.count()).select_from(AuditLog)
        if action:
            query = query.where(AuditLog.action == action)
        return int(s.scalar(query) or 0)


# --- 1. every call re-reads the acting user --------------------------------------------------

def test_deactivated_staff_is_refused_at_once(clinic, db):
    staff = clinic.staff()
    patient = clinic.patient("Hema Hiv")
    assert patients.search_patients(db, actor=staff, text="Hema")
    accounts.set_account_active(db, actor=clinic.admin, user_id=staff.user_id, active=False)
    for call in (lambda: patients.search_patients(db, actor=staff, text="Hema"),
                 lambda: patients.get_patient(db, actor=staff, patient_id=patient.patient_id),
                 lambda: appointments.day_queue(db, actor=staff, day=date.today()),
                 lambda: records.list_records(db, actor=staff, patient_id=patient.patient_id)):
        with pytest.raises(PermissionDenied):
            call()
    # reactivating does not revive the old session: deactivation ended it
    accounts.set_account_active(db, actor=clinic.admin, user_id=staff.user_id, active=True)
    with pytest.raises(SessionEnded):
        patients.search_patients(db, actor=staff, text="Hema")


def test_deactivated_admin_cannot_reactivate_itself(clinic, db):
    admin = clinic.admin
    second_id = accounts.create_staff(db, actor=admin, email="second@clinic.test", password=PASSWORD,
                                      full_name="Second Admin", role=Role.ADMIN)
    second = accounts.change_password(db, actor=accounts.authenticate(db, email="second@clinic.test",
                                                                      password=PASSWORD),
                                      current_password=PASSWORD, new_password="second-admin-pass-1")
    accounts.set_account_active(db, actor=admin, user_id=second_id, active=False)
    with pytest.raises(PermissionDenied):
        accounts.set_account_active(db, actor=second, user_id=second_id, active=True)
    with db.read() as s:
        assert s.get(User, second_id).is_active is False


@pytest.mark.parametrize("forge", ["none", "no user id", "system", "patient as admin", "wrong patient id",
                                   "unknown role", "old epoch"])
def test_forged_actors_are_refused(clinic, db, forge):
    a, b = clinic.patient(), clinic.patient()
    forged = {
        "none": None,
        "no user id": Actor(user_id=None, role=Role.ADMIN, display_name="Nobody"),
        "system": SYSTEM,
        "patient as admin": replace(a, role=Role.ADMIN, patient_id=None),
        "wrong patient id": replace(a, patient_id=b.patient_id),
        "unknown role": replace(a, role="superuser"),  # type: ignore[arg-type]
        "old epoch": replace(a, session_epoch=a.session_epoch - 1),
    }[forge]
    calls = [
        lambda: accounts.list_users(db, actor=forged),
        lambda: accounts.create_staff(db, actor=forged, email="evil@clinic.test", password=PASSWORD,
                                      full_name="Evil Admin", role=Role.ADMIN),
        lambda: patients.get_patient(db, actor=forged, patient_id=b.patient_id),
        lambda: appointments.doctor_schedule(db, actor=forged, first_day=date.today()),
        lambda: billing.preview_bill(db, actor=forged, lines=[]),
        lambda: audit.search_audit_log(db, actor=forged),
    ]
    for call in calls:
        with pytest.raises(PermissionDenied):
            call()
    with db.read() as s:
        assert s.scalar(select(User.id).where(User.email_key == "evil@clinic.test")) is None


def test_actor_none_is_not_authenticated_not_a_crash(db):
    with pytest.raises(NotAuthenticated):
        appointments.doctor_schedule(db, actor=None, first_day=date.today())  # type: ignore[arg-type]


def test_sign_out_ends_every_session_of_the_account(clinic, db):
    patient = clinic.patient()
    elsewhere = accounts.authenticate(db, email=patient.email, password=PASSWORD)  # a second workstation
    assert patients.get_patient(db, actor=elsewhere, patient_id=patient.patient_id)
    accounts.sign_out(db, actor=patient)
    for session in (patient, elsewhere):
        with pytest.raises(SessionEnded):
            patients.get_patient(db, actor=session, patient_id=patient.patient_id)
    again = accounts.authenticate(db, email=patient.email, password=PASSWORD)
    assert patients.get_patient(db, actor=again, patient_id=patient.patient_id).id == patient.patient_id
    assert audit_count(db, "auth.logout") == 1


def test_forced_password_change_is_enforced_by_the_core(clinic, db):
    patient = clinic.patient()
    accounts.reset_password(db, actor=clinic.admin, user_id=patient.user_id, temporary_password="Temp-pass-2026")
    temporary = accounts.authenticate(db, email=patient.email, password="Temp-pass-2026")
    with pytest.raises(PasswordChangeRequired):
        patients.get_patient(db, actor=temporary, patient_id=patient.patient_id)
    fresh = accounts.change_password(db, actor=temporary, current_password="Temp-pass-2026",
                                     new_password="brand-new-secret-9")
    assert patients.get_patient(db, actor=fresh, patient_id=patient.patient_id)
    with pytest.raises(SessionEnded):  # the password change ended the temporary session
        patients.get_patient(db, actor=temporary, patient_id=patient.patient_id)


def test_audit_labels_come_from_the_database(clinic, db):
    patient = clinic.patient("Real Name")
    lying = replace(patient, display_name="Someone Else", email="other@example.test")
    patients.get_patient(db, actor=lying, patient_id=patient.patient_id)
    rows = audit.search_audit_log(db, actor=clinic.admin, action="patient.view")
    assert rows and "Real Name" in rows[0].actor_label and "Someone Else" not in rows[0].actor_label


# --- 2. every disclosure of clinical data is audited ----------------------------------------

CLINICAL_VIEWS = (appointments.AppointmentView, patients.PatientView, records.RecordView,
                  "PrescriptionView", billing.BillView, "PatientChart", "MyPatientRow", patients.PatientSearchRow,
                  break_glass.BreakGlassView)


def _returns_clinical(fn) -> bool:  # type: ignore[no-untyped-def]
    annotation = str(getattr(fn, "__annotations__", {}).get("return", ""))
    names = [v if isinstance(v, str) else v.__name__ for v in CLINICAL_VIEWS]
    return any(name in annotation for name in names)


def _clinical_service_functions() -> set[str]:
    import importlib
    import inspect
    import pkgutil

    import medlink.services as package

    found = set()
    for info in pkgutil.iter_modules(package.__path__):
        module = importlib.import_module(f"medlink.services.{info.name}")
        for name, fn in inspect.getmembers(module, inspect.isfunction):
            if fn.__module__ != module.__name__ or name.startswith("_"):
                continue
            params = list(inspect.signature(fn).parameters)
            if params[:1] == ["db"] and _returns_clinical(fn):
                found.add(f"{info.name}.{name}")
    return found


def test_every_service_returning_clinical_fields_writes_an_audit_row(clinic, db, records_dir):
    from medlink.services import doctor_patients, kiosk, prescriptions

    patient, doctor = clinic.patient("Asha Audit"), clinic.doctor("Dr. Audit Rao")
    staff, admin = clinic.staff(), clinic.admin
    now = utcnow()
    today = clinic.next_slots(doctor, 1, days_ahead=0)
    booked = appointments.book_appointment(db, actor=staff, patient_id=patient.patient_id,
                                           doctor_id=doctor.doctor_id,
                                           starts_at=today[0] if today else clinic.next_slots(doctor, 1)[0])
    done = clinic.booking(patient, doctor, days_ahead=2)
    appointments.set_outcome(db, actor=doctor, appointment_id=done.id, status=AppointmentStatus.COMPLETED,
                             now=done.ends_at)
    bill = billing.issue_bill(db, actor=doctor, records_dir=records_dir, appointment_id=done.id,
                              lines=[billing.BillDraftLine("consultation", "Consultation", 1, 500)])  # type: ignore[arg-type]
    record = records.upload_record(db, actor=patient, records_dir=records_dir, patient_id=patient.patient_id,
                                   title="Blood test", record_type="lab_report", record_date=date(2026, 1, 2),
                                   filename="cbc.png", data=unique_png())
    prescription = prescriptions.write_prescription(
        db, actor=doctor, records_dir=records_dir, appointment_id=done.id,
        items=[prescriptions.PrescriptionItemInput("Paracetamol", "500 mg", "1 tab", "TDS", "3 days", None)])
    new_slot = clinic.next_slots(doctor, 3, days_ahead=3)[-1]
    pid = patient.patient_id
    calls = {
        "appointments.book_appointment": lambda: clinic.booking(patient, doctor, days_ahead=4),
        "appointments.cancel_appointment": lambda: appointments.cancel_appointment(
            db, actor=staff, appointment_id=clinic.booking(patient, doctor, days_ahead=5).id, reason="Unwell"),
        "appointments.reschedule_appointment": lambda: appointments.reschedule_appointment(
            db, actor=staff, appointment_id=clinic.booking(patient, doctor, days_ahead=6).id,
            new_starts_at=new_slot),
        "appointments.set_outcome": lambda: (lambda a: appointments.set_outcome(
            db, actor=doctor, appointment_id=a.id, status=AppointmentStatus.NO_SHOW, now=a.ends_at))(
            clinic.booking(patient, doctor, days_ahead=7)),
        "appointments.save_consultation_notes": lambda: appointments.save_consultation_notes(
            db, actor=doctor, appointment_id=done.id, diagnosis="Viral fever", notes="Rest"),
        "appointments.check_in": lambda: appointments.check_in(db, actor=staff, appointment_id=booked.id,
                                                               now=booked.starts_at - timedelta(minutes=5)),
        "appointments.patient_appointments": lambda: appointments.patient_appointments(db, actor=patient,
                                                                                       patient_id=pid),
        "appointments.doctor_schedule": lambda: appointments.doctor_schedule(
            db, actor=staff, first_day=done.starts_at.date(), days=3, doctor_id=doctor.doctor_id),
        "appointments.get_appointment": lambda: appointments.get_appointment(db, actor=doctor, appointment_id=done.id),
        "appointments.day_queue": lambda: appointments.day_queue(
            db, actor=staff, day=done.starts_at.astimezone(ZoneInfo("Asia/Kolkata")).date()),
        "kiosk.todays_appointments": lambda: kiosk.todays_appointments(db, actor=patient, now=now),
        "patients.register_walk_in": lambda: patients.register_walk_in(db, actor=staff, form=patients.PatientForm(
            full_name="Walk In", date_of_birth=date(1970, 1, 1), gender="Male", phone="9811111111", address="Here")),
        "patients.get_patient": lambda: patients.get_patient(db, actor=doctor, patient_id=pid),
        "patients.update_patient": lambda: patients.update_patient(
            db, actor=staff, patient_id=pid, form=_form(db, admin, pid)),
        "patients.search_patients": lambda: patients.search_patients(db, actor=staff, text="Asha"),
        "records.upload_record": lambda: records.upload_record(
            db, actor=staff, records_dir=records_dir, patient_id=pid, title="X-ray", record_type="imaging",
            record_date=date(2026, 1, 3), filename="x.png", data=unique_png()),
        "records.list_records": lambda: records.list_records(db, actor=doctor, patient_id=pid),
        "records.read_record": lambda: records.read_record(db, actor=doctor, records_dir=records_dir,
                                                           record_id=record.id),
        "billing.issue_bill": lambda: (lambda a: (appointments.set_outcome(
            db, actor=doctor, appointment_id=a.id, status=AppointmentStatus.COMPLETED, now=a.ends_at),
            billing.issue_bill(db, actor=staff, records_dir=records_dir, appointment_id=a.id,
                               lines=[billing.BillDraftLine("consultation", "C", 1, 500)]))[1])(  # type: ignore[arg-type]
            clinic.booking(patient, doctor, days_ahead=8)),
        "billing.set_bill_payment": lambda: billing.set_bill_payment(db, actor=staff, bill_id=bill.id, paid=True,
                                                                     payment_method="Cash"),
        "billing.list_bills": lambda: billing.list_bills(db, actor=doctor, patient_id=pid),
        "billing.void_bill": lambda: billing.void_bill(db, actor=admin, bill_id=bill.id, reason="Issued twice"),
        "prescriptions.write_prescription": lambda: prescriptions.write_prescription(
            db, actor=doctor, records_dir=records_dir, appointment_id=done.id, items=[], advice="Drink water"),
        "prescriptions.list_prescriptions": lambda: prescriptions.list_prescriptions(db, actor=patient,
                                                                                     patient_id=pid),
        "doctor_patients.my_patients": lambda: doctor_patients.my_patients(db, actor=doctor),
        "doctor_patients.patient_chart": lambda: doctor_patients.patient_chart(db, actor=doctor, patient_id=pid),
        "patient_history.patient_history": lambda: patient_history.patient_history(db, actor=staff, patient_id=pid),
        "break_glass.open_chart_in_emergency": lambda: break_glass.open_chart_in_emergency(
            db, actor=clinic.doctor("Dr. Emergency"), patient_id=pid, reason="Collapsed in the waiting room"),
        "break_glass.list_break_glass": lambda: break_glass.list_break_glass(db, actor=admin),
    }
    assert prescription.id
    assert _clinical_service_functions() <= set(calls), (
        "a service returns clinical data but this test does not prove it is audited: "
        f"{sorted(_clinical_service_functions() - set(calls))}")
    for name, call in calls.items():
        before = audit_count(db)
        with db.read() as s:
            last_id = s.scalar(select(func.max(AuditLog.id))) or 0
        result = call()
        # whose data it is: the patient of the test, or the one just registered
        expected = result.id if name == "patients.register_walk_in" else pid  # type: ignore[union-attr]
        with db.read() as s:
            new_rows = s.execute(select(AuditLog.action, AuditLog.patient_id, AuditLog.detail, AuditLog.workstation)
                                 .where(AuditLog.id > last_id).order_by(AuditLog.id)).all()
        assert audit_count(db) > before, f"{name} wrote no audit row"
        mine = [r for r in new_rows if r.patient_id == expected or f"patients={expected}" in (r.detail or "")
                or f",{expected}," in (r.detail or "").replace(";", ",")]
        assert mine, f"{name}: no audit row names patient {expected}: {[(r.action, r.detail) for r in new_rows]}"
        assert all(r.workstation for r in new_rows), f"{name}: audit row without a workstation"
        if name in READS:  # a view, a list included, is one audit row (not one per line shown)
            actions = [r.action for r in new_rows]
            # (the doctor's chart too: profile, appointments, records, bills, … read in one unit of work)
            assert len(new_rows) == 1, (name, actions)
            assert len(set(actions)) == len(actions), f"{name} wrote several rows of one kind: {actions}"


READS = frozenset({
    "appointments.patient_appointments", "appointments.doctor_schedule", "appointments.get_appointment",
    "appointments.day_queue", "kiosk.todays_appointments", "patients.get_patient", "patients.search_patients",
    "records.list_records", "records.read_record", "billing.list_bills", "prescriptions.list_prescriptions",
    "doctor_patients.my_patients", "doctor_patients.patient_chart", "patient_history.patient_history",
    "break_glass.list_break_glass"})


def _form(db, admin, pid):  # type: ignore[no-untyped-def]
    p = patients.get_patient(db, actor=admin, patient_id=pid)
    return patients.PatientForm(full_name=p.full_name, date_of_birth=p.date_of_birth, gender=p.gender,
                                phone=p.phone, email=p.email, address=p.address, state=p.state)


def test_a_list_view_is_one_row_naming_every_patient_shown(clinic, db):
    staff = clinic.staff()
    shown = [clinic.patient(f"Listed Person{n}") for n in range(4)]
    before = audit_count(db, "patient.search")
    found = patients.search_patients(db, actor=staff, text="Listed")
    assert len(found) == 4 and audit_count(db, "patient.search") == before + 1
    row = audit.search_audit_log(db, actor=clinic.admin, action="patient.search")[0]
    assert all(str(p.patient_id) in row.detail for p in shown)  # type: ignore[operator]


# --- 3. the tamper-evident chain --------------------------------------------------------------

@contextmanager
def triggers_dropped(db):  # type: ignore[no-untyped-def]
    """What an attacker holding the database's administrator password can do."""
    with db.engine.begin() as conn:
        conn.execute(text("DROP TRIGGER IF EXISTS audit_log_no_update"))
        conn.execute(text("DROP TRIGGER IF EXISTS audit_log_no_delete"))
    try:
        yield
    finally:
        with db.engine.begin() as conn:
            for statement in AUDIT_TRIGGERS_SQLITE if db.is_sqlite else AUDIT_TRIGGERS_MYSQL:
                conn.execute(text(statement))


def _busy_clinic(clinic, db):  # type: ignore[no-untyped-def]
    patient = clinic.patient()
    for _ in range(3):
        patients.get_patient(db, actor=patient, patient_id=patient.patient_id)
    with db.read() as s:
        return s.scalars(select(AuditLog.id).order_by(AuditLog.id)).all()


def test_verify_accepts_an_untouched_log(clinic, db):
    ids = _busy_clinic(clinic, db)
    report = audit.verify_chain(db)
    assert report.ok and report.rows_checked == len(ids), report.summary


def test_verify_names_a_row_changed_by_raw_sql(clinic, db):
    ids = _busy_clinic(clinic, db)
    target = ids[len(ids) // 2]
    with triggers_dropped(db), db.engine.begin() as conn:
        conn.execute(text("UPDATE audit_log SET detail = 'nothing happened' WHERE id = :i"), {"i": target})
    report = audit.verify_chain(db)
    assert not report.ok and report.broken_at == target
    assert f"row {target}" in report.summary and "changed" in report.summary


def test_verify_names_a_row_deleted_by_raw_sql(clinic, db):
    ids = _busy_clinic(clinic, db)
    target = ids[len(ids) // 2]
    with triggers_dropped(db), db.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_log WHERE id = :i"), {"i": target})
    report = audit.verify_chain(db)
    assert not report.ok and report.broken_at == target + 1
    # the chain numbers its own rows: the deleted row was this chain's entry ids.index(target) + 1
    assert f"entry {ids.index(target) + 1} before row {target + 1}" in report.summary
    assert "was deleted" in report.summary


def test_verify_notices_rows_cut_off_the_end(clinic, db):
    ids = _busy_clinic(clinic, db)
    with triggers_dropped(db), db.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_log WHERE id >= :i"), {"i": ids[-2]})
    report = audit.verify_chain(db)
    assert not report.ok and "at the end" in report.summary


def test_verify_notices_a_back_dated_row(clinic, db):
    ids = _busy_clinic(clinic, db)
    with triggers_dropped(db), db.engine.begin() as conn:
        conn.execute(text("UPDATE audit_log SET at = '2020-01-01 00:00:00' WHERE id = :i"), {"i": ids[1]})
    assert audit.verify_chain(db).broken_at == ids[1]


def test_verify_service_is_for_administrators_and_is_itself_audited(clinic, db):
    with pytest.raises(PermissionDenied):
        audit.verify_audit_chain(db, actor=clinic.staff())
    assert audit.verify_audit_chain(db, actor=clinic.admin).ok
    assert audit_count(db, "audit.verify") == 1


def test_cli_audit_verify_and_check_report_tampering(clinic, db, tmp_path):
    from medlink.cli import main

    _busy_clinic(clinic, db)
    url = db.url.render_as_string(hide_password=False)
    assert main(["--database-url", url, "audit", "verify"]) == 0
    with triggers_dropped(db), db.engine.begin() as conn:
        conn.execute(text("UPDATE audit_log SET actor_label = 'nobody' WHERE id = 2"))
    assert main(["--database-url", url, "audit", "verify"]) == 1
    assert main(["--database-url", url, "--records-dir", str(tmp_path), "check"]) == 1


def _chains(db):  # type: ignore[no-untyped-def]
    """chain id -> the chain's places in id order."""
    with db.read() as s:
        rows = s.execute(select(AuditLog.chain_id, AuditLog.chain_seq).order_by(AuditLog.id)).all()
    chains: dict[int, list[int]] = {}
    for chain_id, seq in rows:
        chains.setdefault(chain_id, []).append(seq)
    return chains


def test_concurrent_units_of_one_workstation_keep_its_chain_linear(clinic, db):
    """Eight threads of one workstation write audit rows at the same moment; its chain stays one line."""
    actors = [clinic.patient() for _ in range(8)]
    errors: list[BaseException] = []
    start = threading.Barrier(len(actors))

    def workstation(actor: Actor) -> None:
        try:
            start.wait()
            for _ in range(10):
                patients.get_patient(db, actor=actor, patient_id=actor.patient_id)  # type: ignore[arg-type]
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=workstation, args=(a,)) for a in actors]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not errors, errors
    chains = _chains(db)
    assert len(chains) == 1
    (places,) = chains.values()
    assert places == list(range(1, len(places) + 1))
    assert audit_count(db, "patient.view") == 80
    assert audit.verify_chain(db).ok


_station = threading.local()


@pytest.fixture
def per_thread_workstation(monkeypatch):  # type: ignore[no-untyped-def]
    """Threads stand for separate workstations (each names itself, as a clinic's PCs do)."""
    original = audit.workstation_name
    monkeypatch.setattr(audit, "workstation_name", lambda: getattr(_station, "name", None) or original())
    yield _station
    _station.name = None


def test_each_workstation_appends_to_its_own_chain(clinic, db, per_thread_workstation):
    patient = clinic.patient()
    for name in ("desk-1", "desk-2", "desk-1", "doctor-3", "desk-2"):
        per_thread_workstation.name = name
        patients.get_patient(db, actor=patient, patient_id=patient.patient_id)
    per_thread_workstation.name = None
    with db.read() as s:
        heads = {h.name: (h.id, h.last_seq) for h in s.scalars(select(AuditChainHead))}
        rows = s.execute(select(AuditLog.workstation, AuditLog.chain_id, AuditLog.chain_seq)
                         .where(AuditLog.action == "patient.view").order_by(AuditLog.id)).all()
    assert heads["desk-1"][1] == 2 and heads["desk-2"][1] == 2 and heads["doctor-3"][1] == 1
    assert [(w, seq) for w, _, seq in rows] == [("desk-1", 1), ("desk-2", 1), ("desk-1", 2), ("doctor-3", 1),
                                                ("desk-2", 2)]
    assert all(chain == heads[w][0] for w, chain, _ in rows)
    report = audit.verify_chain(db)
    assert report.ok and report.chains == len(heads), report.summary


def test_verify_names_the_first_broken_link_of_every_chain(clinic, db, per_thread_workstation):
    patient = clinic.patient()
    for name in ("desk-1", "desk-2") * 3:
        per_thread_workstation.name = name
        patients.get_patient(db, actor=patient, patient_id=patient.patient_id)
    per_thread_workstation.name = None
    with db.read() as s:
        ids = {name: s.scalars(select(AuditLog.id).where(AuditLog.workstation == name).order_by(AuditLog.id)).all()
               for name in ("desk-1", "desk-2")}
    with triggers_dropped(db), db.engine.begin() as conn:
        conn.execute(text("UPDATE audit_log SET detail = 'x' WHERE id IN (:a, :b)"),
                     {"a": ids["desk-1"][1], "b": ids["desk-1"][2]})
        conn.execute(text("DELETE FROM audit_log WHERE id = :i"), {"i": ids["desk-2"][0]})
    report = audit.verify_chain(db)
    assert not report.ok and len(report.problems) == 2, report.summary
    desk1 = next(p for p in report.problems if "desk-1" in p)
    desk2 = next(p for p in report.problems if "desk-2" in p)
    assert f"row {ids['desk-1'][1]} " in desk1 and "does not match its seal" in desk1
    assert f"row {ids['desk-1'][2]} " not in desk1  # the first broken link only
    assert f"entry 1 before row {ids['desk-2'][1]} " in desk2 and "deleted" in desk2


def test_verify_notices_a_chain_cut_off_at_its_end(clinic, db, per_thread_workstation):
    patient = clinic.patient()
    for name in ("desk-1", "desk-2", "desk-1", "desk-1"):
        per_thread_workstation.name = name
        patients.get_patient(db, actor=patient, patient_id=patient.patient_id)
    per_thread_workstation.name = None
    with db.read() as s:
        last = s.scalar(select(func.max(AuditLog.id)).where(AuditLog.workstation == "desk-1"))
    with triggers_dropped(db), db.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_log WHERE id = :i"), {"i": last})
    report = audit.verify_chain(db)
    assert not report.ok and len(report.problems) == 1
    assert "desk-1" in report.summary and "entry 3 at the end was deleted" in report.summary


def test_verify_notices_a_row_added_outside_every_chain(clinic, db):
    _busy_clinic(clinic, db)
    with db.engine.begin() as conn:  # INSERT is allowed (triggers and grants only stop UPDATE/DELETE)
        conn.execute(text("INSERT INTO audit_log (at, actor_label, action, success, mac) "
                          "VALUES ('2026-01-01 00:00:00', 'admin', 'patient.view', 1, '')"))
    report = audit.verify_chain(db)
    assert not report.ok and "belongs to no chain" in report.summary


def test_verify_notices_a_forged_row_in_a_chain(clinic, db):
    """A row inserted with the next place of a chain but without the clinic key cannot carry a valid MAC."""
    _busy_clinic(clinic, db)
    with db.read() as s:
        head = s.scalars(select(AuditChainHead)).one()
        chain_id, seq = head.id, head.last_seq
    with db.engine.begin() as conn:
        conn.execute(text("INSERT INTO audit_log (at, actor_label, action, success, mac, chain_id, chain_seq) "
                          "VALUES ('2026-01-01 00:00:00', 'admin', 'patient.view', 1, :m, :c, :s)"),
                     {"m": "0" * 64, "c": chain_id, "s": seq + 1})
        conn.execute(text("UPDATE audit_chain_head SET last_seq = :s WHERE id = :c"), {"s": seq + 1, "c": chain_id})
    report = audit.verify_chain(db)
    assert not report.ok and "does not match its seal" in report.summary


def test_a_workstation_does_not_wait_for_another_workstations_audit_rows(clinic, db, per_thread_workstation):
    """desk-1 holds its chain's head (a unit of work still open); desk-2's audited read goes through."""
    if db.is_sqlite:
        pytest.skip("SQLite has one writer at a time whatever the chains")
    patient = clinic.patient()
    for name in ("desk-1", "desk-2"):  # both chains exist
        per_thread_workstation.name = name
        patients.get_patient(db, actor=patient, patient_id=patient.patient_id)
    per_thread_workstation.name = "desk-1"
    holding = threading.Event()
    release = threading.Event()
    outcome: list[object] = []

    def other_workstation() -> None:
        _station.name = "desk-2"
        holding.wait(10)
        try:
            outcome.append(patients.get_patient(db, actor=patient, patient_id=patient.patient_id))
        except BaseException as exc:
            outcome.append(exc)
        release.set()

    thread = threading.Thread(target=other_workstation)
    thread.start()
    with db.transaction() as session:
        audit.record(session, None, "test.hold", detail="desk-1 keeps its head locked")
        holding.set()
        finished = release.wait(20)  # desk-2 must finish while desk-1's unit of work is still open
    thread.join(30)
    per_thread_workstation.name = None
    assert finished and outcome and not isinstance(outcome[0], BaseException), outcome
    assert audit.verify_chain(db).ok


# --- 4. access rules ----------------------------------------------------------------------

def test_a_booking_cancelled_before_it_began_gives_no_access(clinic, db):
    patient, doctor = clinic.patient(), clinic.doctor()
    booked = clinic.booking(patient, doctor)
    assert patients.get_patient(db, actor=doctor, patient_id=patient.patient_id)  # booked: may prepare
    appointments.cancel_appointment(db, actor=patient, appointment_id=booked.id)
    with pytest.raises(PermissionDenied):
        patients.get_patient(db, actor=doctor, patient_id=patient.patient_id)
    with pytest.raises(PermissionDenied):
        records.list_records(db, actor=doctor, patient_id=patient.patient_id)


def test_chart_access_can_be_time_bounded_by_a_clinic_setting(clinic, db):
    patient, doctor = clinic.patient(), clinic.doctor()
    seen = clinic.booking(patient, doctor)
    appointments.set_outcome(db, actor=doctor, appointment_id=seen.id, status=AppointmentStatus.COMPLETED,
                             now=seen.ends_at)
    clinic_settings.update_settings(db, actor=clinic.admin, changes={"chart_access_days": 30})
    assert patients.get_patient(db, actor=doctor, patient_id=patient.patient_id)  # ended < 30 days ago
    with db.transaction() as s:  # the visit was long ago
        s.execute(text("UPDATE appointments SET starts_at = :s, ends_at = :e WHERE id = :i"),
                  {"s": (seen.starts_at - timedelta(days=90)).replace(tzinfo=None),
                   "e": (seen.ends_at - timedelta(days=90)).replace(tzinfo=None), "i": seen.id})
    with pytest.raises(PermissionDenied):
        patients.get_patient(db, actor=doctor, patient_id=patient.patient_id)
    clinic_settings.update_settings(db, actor=clinic.admin, changes={"chart_access_days": 0})
    assert patients.get_patient(db, actor=doctor, patient_id=patient.patient_id)


def test_break_glass_needs_a_reason_is_audited_and_listed_for_administrators(clinic, db):
    patient, stranger = clinic.patient("Unconscious Person"), clinic.doctor("Dr. On Call")
    with pytest.raises(PermissionDenied):
        patients.get_patient(db, actor=stranger, patient_id=patient.patient_id)
    with pytest.raises(ValidationError):
        break_glass.open_chart_in_emergency(db, actor=stranger, patient_id=patient.patient_id, reason="need")
    with pytest.raises(PermissionDenied):  # staff are not clinicians
        break_glass.open_chart_in_emergency(db, actor=clinic.staff(), patient_id=patient.patient_id,
                                            reason="Collapsed at the reception desk")
    grant = break_glass.open_chart_in_emergency(db, actor=stranger, patient_id=patient.patient_id,
                                                reason="Collapsed at the reception desk, unresponsive")
    assert patients.get_patient(db, actor=stranger, patient_id=patient.patient_id)
    assert grant.expires_at - grant.granted_at == break_glass.BREAK_GLASS_DURATION
    listed = break_glass.list_break_glass(db, actor=clinic.admin)
    assert [(g.doctor_name, g.patient_name) for g in listed] == [("Dr. On Call", "Unconscious Person")]
    with pytest.raises(PermissionDenied):
        break_glass.list_break_glass(db, actor=clinic.staff())
    row = [r for r in audit.search_audit_log(db, actor=clinic.admin, action="access.break_glass")
           if r.action == "access.break_glass"][0]
    assert row.patient_id == patient.patient_id and "unresponsive" in (row.detail or "")


def test_break_glass_expires(clinic, db):
    patient, stranger = clinic.patient(), clinic.doctor()
    break_glass.open_chart_in_emergency(db, actor=stranger, patient_id=patient.patient_id,
                                        reason="Severe allergic reaction in the lobby",
                                        now=utcnow() - timedelta(hours=5))
    with pytest.raises(PermissionDenied):
        patients.get_patient(db, actor=stranger, patient_id=patient.patient_id)


def test_only_clinicians_write_diagnoses_and_notes(clinic, db):
    patient, doctor, staff = clinic.patient(), clinic.doctor(), clinic.staff()
    appt = clinic.booking(patient, doctor)
    with pytest.raises(PermissionDenied):
        appointments.set_outcome(db, actor=staff, appointment_id=appt.id, status=AppointmentStatus.COMPLETED,
                                 diagnosis="HIV positive", now=appt.ends_at)
    with pytest.raises(PermissionDenied):
        appointments.save_consultation_notes(db, actor=clinic.admin, appointment_id=appt.id, diagnosis="x",
                                             notes="y")
    done = appointments.set_outcome(db, actor=doctor, appointment_id=appt.id,
                                    status=AppointmentStatus.COMPLETED, diagnosis="Viral fever", now=appt.ends_at)
    assert done.diagnosis == "Viral fever"


def test_a_visit_cannot_be_completed_before_it_starts(clinic, db):
    patient, doctor = clinic.patient(), clinic.doctor()
    appt = clinic.booking(patient, doctor)
    for actor in (doctor, clinic.staff()):
        with pytest.raises(ValidationError, match="not started"):
            appointments.set_outcome(db, actor=actor, appointment_id=appt.id, status=AppointmentStatus.COMPLETED)
    assert appointments.set_outcome(db, actor=doctor, appointment_id=appt.id, status=AppointmentStatus.COMPLETED,
                                    now=appt.starts_at + timedelta(minutes=1)).status == "completed"


def test_check_in_only_within_the_clinic_window(clinic, db):
    patient, doctor, staff = clinic.patient(), clinic.doctor(), clinic.staff()
    appt = clinic.booking(patient, doctor)
    with pytest.raises(ValidationError, match="opens"):
        appointments.check_in(db, actor=staff, appointment_id=appt.id, now=appt.starts_at - timedelta(hours=8))
    with pytest.raises(ValidationError, match="over"):
        appointments.check_in(db, actor=staff, appointment_id=appt.id, now=appt.ends_at + timedelta(hours=3))
    clinic_settings.update_settings(db, actor=clinic.admin, changes={"check_in_opens_minutes": 30})
    with pytest.raises(ValidationError, match="opens"):
        appointments.check_in(db, actor=staff, appointment_id=appt.id, now=appt.starts_at - timedelta(minutes=45))
    assert appointments.check_in(db, actor=patient, appointment_id=appt.id,
                                 now=appt.starts_at - timedelta(minutes=20)).status == "checked_in"


def test_records_link_only_to_the_same_patients_appointments(clinic, db, records_dir):
    a, b, doctor = clinic.patient(), clinic.patient(), clinic.doctor()
    theirs = clinic.booking(b, doctor)
    mine = clinic.booking(a, doctor, days_ahead=2)
    with pytest.raises(ValidationError, match="own appointments"):
        records.upload_record(db, actor=a, records_dir=records_dir, patient_id=a.patient_id, title="Scan",
                              record_type="imaging", record_date=date(2026, 1, 1), filename="s.png",
                              data=unique_png(), appointment_id=theirs.id)
    assert records.upload_record(db, actor=a, records_dir=records_dir, patient_id=a.patient_id, title="Scan",
                                 record_type="imaging", record_date=date(2026, 1, 1), filename="s.png",
                                 data=unique_png(), appointment_id=mine.id)


# --- 5. sign-in under contention, same answers, the kiosk -----------------------------------

def _sign_in_storm(db, email: str, password: str, n: int = 20):  # type: ignore[no-untyped-def]
    outcomes: list[object] = []
    lock = threading.Lock()
    start = threading.Barrier(n)

    def attempt() -> None:
        start.wait()
        try:
            result: object = accounts.authenticate(db, email=email, password=password)
        except BaseException as exc:
            result = exc
        with lock:
            outcomes.append(result)

    threads = [threading.Thread(target=attempt) for _ in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    return outcomes


def test_twenty_simultaneous_correct_sign_ins_all_succeed(clinic, db):
    staff = clinic.staff()
    from tests.factories import STAFF_PASSWORD

    before = audit_count(db, "auth.login")
    outcomes = _sign_in_storm(db, staff.email, STAFF_PASSWORD)
    assert len(outcomes) == 20 and all(isinstance(o, Actor) for o in outcomes), outcomes
    assert audit_count(db, "auth.login") == before + 20
    assert audit.verify_chain(db).ok


def test_twenty_simultaneous_wrong_passwords_are_all_answered_and_counted(clinic, db):
    patient = clinic.patient()
    outcomes = _sign_in_storm(db, patient.email, "wrong-password")
    assert len(outcomes) == 20
    assert all(isinstance(o, (AuthenticationFailed, AccountLocked)) for o in outcomes), outcomes
    with db.read() as s:
        failed = s.scalar(select(func.count()).select_from(AuditLog).where(
            AuditLog.action == "auth.login", AuditLog.success.is_(False), AuditLog.entity_id == patient.user_id))
        user = s.get(User, patient.user_id)
        failures, locked_until = user.failed_logins, user.locked_until
    assert failed == 20
    # every wrong password that was checked was counted (the others met the throttle or the lock)
    assert failures >= 3 and locked_until is not None
    assert audit.verify_chain(db).ok


def test_inactive_and_wrong_password_get_the_same_answer(clinic, db):
    patient = clinic.patient()
    accounts.set_account_active(db, actor=clinic.admin, user_id=patient.user_id, active=False)
    answers = set()
    for password in (PASSWORD, "wrong-password"):
        with pytest.raises(AuthenticationFailed) as caught:
            accounts.authenticate(db, email=patient.email, password=password)
        answers.add(caught.value.message)
    with pytest.raises(AuthenticationFailed) as unknown:
        accounts.authenticate(db, email="nobody@clinic.test", password="whatever-1")
    answers.add(unknown.value.message)
    assert len(answers) == 1


def test_the_kiosk_never_locks_staff_accounts_and_throttles_itself(clinic, db, monkeypatch):
    monkeypatch.setenv("MEDLINK_WORKSTATION", "kiosk-test-1")
    accounts._kiosk_failures.clear()
    admin = clinic.admin
    answers = []
    for _ in range(8):
        try:
            accounts.authenticate(db, email=admin.email, password="guessing-123", kiosk=True)
        except (AuthenticationFailed, AccountLocked) as exc:
            answers.append(exc)
    with db.read() as s:
        user = s.get(User, admin.user_id)
        assert user.failed_logins == 0 and user.locked_until is None
    assert isinstance(answers[-1], AccountLocked) and "kiosk" in answers[-1].message  # the kiosk waits
    # the administrator signs in at a clinic workstation at once
    assert accounts.authenticate(db, email=admin.email, password=PASSWORD).is_admin
    # even the right staff password does not open a staff session at the kiosk
    monkeypatch.setenv("MEDLINK_WORKSTATION", "kiosk-test-2")
    with pytest.raises(AuthenticationFailed):
        accounts.authenticate(db, email=admin.email, password=PASSWORD, kiosk=True)
    accounts._kiosk_failures.clear()


# --- 6. CSV exports -------------------------------------------------------------------------

def test_csv_cells_that_would_be_formulas_are_neutralised(tmp_path):
    import csv

    from medlink.exports import safe_cell, write_csv

    hostile = ["=HYPERLINK(\"http://evil\")", "+91 98450", "-2+3", "@SUM(A1)", "\tTab", "\rCR", "Asha", ""]
    path = tmp_path / "out.csv"
    write_csv(path, ["=Header", "ok"], [[h, "x"] for h in hostile])
    with open(path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == ["'=Header", "ok"]
    for (cell, _), original in zip(rows[1:], hostile):
        assert cell == safe_cell(original)
        assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert safe_cell("Asha") == "Asha" and safe_cell(None) == ""


# --- least-privilege MariaDB accounts -------------------------------------------------------

def test_grants_give_the_app_account_no_update_delete_on_audit_and_no_ddl(db, clinic):
    if not db.is_mysql:
        pytest.skip("MariaDB accounts")
    import pymysql

    from medlink.db.grants import grant_statements
    from medlink.db.session import Database

    name = db.url.database
    with db.engine.begin() as conn:
        conn.execute(text("DROP USER IF EXISTS 'ml_app_test'@'127.0.0.1'"))
        conn.execute(text("DROP USER IF EXISTS 'ml_mig_test'@'127.0.0.1'"))
    statements = grant_statements(name, app_user="ml_app_test", migrate_user="ml_mig_test", host="127.0.0.1",
                                  app_password="app-Pass-1", migrate_password="mig-Pass-1")
    with db.engine.begin() as conn:
        for statement in statements:
            conn.exec_driver_sql(statement.rstrip(";"))
    app_url = db.url.set(username="ml_app_test", password="app-Pass-1")
    app_db = Database(app_url)
    try:
        patient = clinic.patient()
        booked = appointments.book_appointment(db=app_db, actor=patient, patient_id=patient.patient_id,
                                               doctor_id=clinic.doctor().doctor_id,
                                               starts_at=clinic.next_slots(clinic.doctor(), 1)[0])
        assert booked.id  # the application works with its least privileges (audit rows included)
        raw = pymysql.connect(host=app_url.host, port=app_url.port, user="ml_app_test", password="app-Pass-1",
                              database=name)
        with raw.cursor() as cur:
            for statement in ("UPDATE audit_log SET detail = 'x'", "DELETE FROM audit_log",
                              "DROP TRIGGER audit_log_no_update", "CREATE TABLE evil (id INT)",
                              "ALTER TABLE audit_log ADD COLUMN evil INT"):
                with pytest.raises(pymysql.err.MySQLError) as refused:
                    cur.execute(statement)
                assert refused.value.args[0] in (1142, 1143, 1227, 1370), (statement, refused.value.args)
        raw.close()
    finally:
        app_db.dispose()
        with db.engine.begin() as conn:
            conn.execute(text("DROP USER IF EXISTS 'ml_app_test'@'127.0.0.1'"))
            conn.execute(text("DROP USER IF EXISTS 'ml_mig_test'@'127.0.0.1'"))


def test_grants_command_prints_the_statements(capsys):
    from medlink.cli import main

    assert main(["--database-url", "mysql+pymysql://medlink@db.clinic.lan/medlink", "db", "grants"]) == 0
    out = capsys.readouterr().out
    assert "GRANT SELECT, INSERT ON `medlink`.`audit_log` TO 'medlink_app'@'%';" in out
    assert "GRANT ALL PRIVILEGES ON `medlink`.* TO 'medlink_migrate'@'%';" in out
    assert "UPDATE, DELETE ON `medlink`.`audit_log`" not in out


# Services that run before anyone signs in, or show only the clinic's public catalogue (no personal data).
PUBLIC_SERVICES = {
    "accounts.authenticate", "accounts.has_admin", "patients.sign_up_patient", "doctors.sign_up_doctor",
    "kiosk.authorise_kiosk_exit",  # a sign-in itself: it authenticates the administrator it is given
    "doctors.search_doctors", "doctors.specialities_in_use", "doctors.free_slots_for", "doctors.working_days",
    "clinic_settings.get_settings", "patients.count_patients", "mail_admin.deliver_due_mail",
    # helpers, not use cases: the actor is checked by the caller (or it is the operator's CLI)
    "audit.record_separately", "audit.verify_chain", "permissions.authorize",
    # the waiting-room token screen, the sign-up duplicate hint and pure rule look-ups (no personal data)
    "tokens.token_board", "tokens.token_for", "duplicates.sign_up_may_duplicate", "follow_up.follow_up_rule",
    # the clinic key's plumbing (called when the database is opened) and a background job
    "clinic_key.active_key", "clinic_key.data_key", "clinic_key.decrypt_file", "clinic_key.forget",
    "clinic_key.is_loaded", "clinic_key.key_for", "clinic_key.status", "clinic_key.unlock",
    "measurements.check_overdue_readings", "measurements.raise_due_alerts",
    # generated documents' storage, called by services that checked the actor, and the start-up encryption
    "documents.load", "documents.encrypt_plaintext_documents",
    # the start-up step that writes receipts a crash or a full disk left pending (their bills were issued)
    "billing.finish_pending_receipts",
}


def test_every_service_takes_the_actor_first():
    """Every use case (``db`` first) takes ``actor`` as its first keyword argument, except the public ones."""
    import importlib
    import inspect
    import pkgutil

    import medlink.services as package

    wrong = []
    for info in pkgutil.iter_modules(package.__path__):
        module = importlib.import_module(f"medlink.services.{info.name}")
        for name, fn in inspect.getmembers(module, inspect.isfunction):
            if fn.__module__ != module.__name__ or name.startswith("_"):
                continue
            params = list(inspect.signature(fn).parameters.values())
            if not params or params[0].name != "db":
                continue
            keyword = [p.name for p in params if p.kind is inspect.Parameter.KEYWORD_ONLY]
            qualified = f"{info.name}.{name}"
            if qualified in PUBLIC_SERVICES:
                continue
            if not keyword or keyword[0] != "actor":
                wrong.append(qualified)
    assert wrong == [], f"services whose first keyword argument is not the actor: {wrong}"
