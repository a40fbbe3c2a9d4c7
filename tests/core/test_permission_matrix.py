"""Executes the permission table of docs/security.md: every operation × every role.

A cell is "allowed" when the call passes the permission checks (it returns, or
fails for a non-permission reason such as a validation error); "refused" when it
raises PermissionDenied.  Anything else (a crash) is a failure.
"""

from __future__ import annotations

import io
import itertools
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, time
from decimal import Decimal
from pathlib import Path
from typing import Any

from PIL import Image

from medlink.db.models import AppointmentStatus, Role
from medlink.errors import MedLinkError, PermissionDenied
from medlink.scheduling import WorkingRange
from medlink.services import (
    accounts,
    allergies,
    appointments,
    audit,
    billing,
    break_glass,
    clinic_settings,
    dashboard,
    doctors,
    labs,
    measurements,
    outbox_admin,
    patients,
    prescriptions,
    records,
)

from tests.factories import PASSWORD, STAFF_PASSWORD

DOC = Path(__file__).resolve().parents[2] / "docs" / "security.md"
ROLES = ("patient A", "patient B", "doctor (treats A)", "doctor (other)", "staff", "admin", "signed out")
_colour = itertools.count(1)


def read_table() -> dict[str, dict[str, bool]]:
    lines = DOC.read_text("utf-8").split("## Permission matrix", 1)[1].split("\n## ", 1)[0].splitlines()
    rows = [l for l in lines if l.startswith("| ") and not l.startswith("| operation") and "---" not in l]
    table = {}
    for line in rows:
        cells = [c.strip() for c in line.strip("|").split("|")]
        assert len(cells) == len(ROLES) + 1, line
        table[cells[0]] = {role: cell == "✓" for role, cell in zip(ROLES, cells[1:])}
    return table


def unique_png() -> bytes:
    out = io.BytesIO()
    n = next(_colour)
    Image.new("RGB", (8, 8), (n % 256, (n * 7) % 256, (n * 13) % 256)).save(out, format="PNG")
    return out.getvalue()


@dataclass
class World:
    db: Any
    records_dir: Path
    clinic: Any

    def __post_init__(self) -> None:
        c = self.clinic
        self.admin = c.admin
        self.staff = c.staff()
        self.a = c.patient("Anita Apte")
        self.b = c.patient("Bharat Bose")
        self.treats = c.doctor("Dr. Tara Treats")
        self.other = c.doctor("Dr. Omar Other")
        self.pending = c.doctor("Dr. Pending Person", verified=False)
        self.slots = iter(c.next_slots(self.treats, 90, days_ahead=2))
        done = self.book()
        appointments.set_outcome(self.db, actor=self.treats, appointment_id=done.id, status=AppointmentStatus.COMPLETED,
        now=done.ends_at)
        self.completed_id = done.id
        self.bill = billing.issue_bill(self.db, actor=self.treats, records_dir=self.records_dir, appointment_id=done.id,
                                       lines=[billing.BillDraftLine("consultation", "Consultation", 1, Decimal("500"))])
        self.record = self.upload(self.a)
        labs.install_starter_catalogue(self.db, actor=self.admin)
        self.lab_test_id = next(t.id for t in labs.list_lab_catalogue(self.db, actor=self.admin) if t.code == "FBS")
        [self.lab_order] = labs.order_lab_tests(self.db, actor=self.treats, appointment_id=done.id,
                                                lab_test_ids=[self.lab_test_id])
        self.actors = {"patient A": self.a, "patient B": self.b, "doctor (treats A)": self.treats,
                       "doctor (other)": self.other, "staff": self.staff, "admin": self.admin, "signed out": None}
        # a second administrator, to deactivate (and reactivate) the first one in the matrix
        accounts.create_staff(self.db, actor=self.admin, email="admin2@clinic.test", password=PASSWORD,
                              full_name="Second Admin", role=Role.ADMIN)
        first = accounts.authenticate(self.db, email="admin2@clinic.test", password=PASSWORD)
        self.admin2 = accounts.change_password(self.db, actor=first, current_password=PASSWORD,
                                               new_password=STAFF_PASSWORD)

    def role_of(self, actor: Any) -> str:
        return next(role for role, a in self.actors.items() if a is actor)

    def sign_in_again(self, role: str) -> None:
        """After a row ended the role's sessions: a fresh session for the next rows."""
        old = self.actors[role]
        password = STAFF_PASSWORD if old.role is Role.STAFF else PASSWORD
        new = accounts.authenticate(self.db, email=old.email, password=password)
        self.actors[role] = new
        if role == "admin":
            self.admin = new

    def as_stale(self, actor: Any, call: Callable[[Any], object]) -> object:
        """The actor's account signed out on another workstation, then the actor acts."""
        if actor is None:
            return call(None)
        role = self.role_of(actor)
        password = STAFF_PASSWORD if actor.role is Role.STAFF else PASSWORD
        elsewhere = accounts.authenticate(self.db, email=actor.email, password=password)
        accounts.sign_out(self.db, actor=elsewhere)
        try:
            return call(actor)
        finally:
            self.sign_in_again(role)

    def as_deactivated(self, actor: Any, call: Callable[[Any], object]) -> object:
        """An administrator deactivates the account while its user is signed in."""
        if actor is None:
            return call(None)
        role = self.role_of(actor)
        accounts.set_account_active(self.db, actor=self.admin2, user_id=actor.user_id, active=False)
        try:
            return call(actor)
        finally:
            accounts.set_account_active(self.db, actor=self.admin2, user_id=actor.user_id, active=True)
            self.sign_in_again(role)

    def book(self):  # type: ignore[no-untyped-def]
        return appointments.book_appointment(self.db, actor=self.admin, patient_id=self.a.patient_id,
                                             doctor_id=self.treats.doctor_id, starts_at=next(self.slots))

    def upload(self, actor):  # type: ignore[no-untyped-def]
        return records.upload_record(self.db, actor=actor, records_dir=self.records_dir, patient_id=self.a.patient_id,
                                     title="Scan", record_type="imaging", record_date=date(2026, 1, 1),
                                     filename="scan.png", data=unique_png())


def operations(w: World) -> dict[str, Callable[[Any], object]]:
    db, rd, a = w.db, w.records_dir, w.a.patient_id

    def a_form():  # type: ignore[no-untyped-def]
        p = patients.get_patient(db, actor=w.admin, patient_id=a)
        return patients.PatientForm(full_name=p.full_name, date_of_birth=p.date_of_birth, gender=p.gender,
                                    phone=p.phone, email=p.email, address=p.address, state=p.state)

    return {
        "view A's profile": lambda actor: patients.get_patient(db, actor=actor, patient_id=a),
        "edit A's profile": lambda actor: patients.update_patient(db, actor=actor, patient_id=a, form=a_form()),
        "list A's appointments": lambda actor: appointments.patient_appointments(db, actor=actor, patient_id=a),
        "book for A": lambda actor: appointments.book_appointment(
            db, actor=actor, patient_id=a, doctor_id=w.treats.doctor_id, starts_at=next(w.slots)),
        "cancel A's appointment": lambda actor: appointments.cancel_appointment(
            db, actor=actor, appointment_id=w.book().id, reason="Doctor unavailable"),
        "mark A's appointment completed": lambda actor: (lambda ap: appointments.set_outcome(
            db, actor=actor, appointment_id=ap.id, status=AppointmentStatus.COMPLETED, now=ap.ends_at))(w.book()),
        "complete A's visit with a diagnosis": lambda actor: (lambda ap: appointments.set_outcome(
            db, actor=actor, appointment_id=ap.id, status=AppointmentStatus.COMPLETED, diagnosis="Viral fever",
            now=ap.ends_at))(w.book()),
        "write the diagnosis and notes of A's visit": lambda actor: appointments.save_consultation_notes(
            db, actor=actor, appointment_id=w.completed_id, diagnosis="Viral fever", notes="Rest, fluids"),
        "emergency (break-glass) access to B's chart": lambda actor: break_glass.open_chart_in_emergency(
            db, actor=actor, patient_id=w.b.patient_id, reason="Collapsed in the waiting room, unresponsive"),
        "forged actor: own user id with the admin role lists accounts": lambda actor: accounts.list_users(
            db, actor=replace(actor, role=Role.ADMIN, patient_id=None, doctor_id=None) if actor else None),
        "forged actor: no user id reads A's profile": lambda actor: patients.get_patient(
            db, actor=replace(actor, user_id=None) if actor else None, patient_id=a),
        "stale actor (signed out on another workstation) views A's profile": lambda actor: w.as_stale(
            actor, lambda act: patients.get_patient(db, actor=act, patient_id=a)),
        "deactivated while signed in, searches patients": lambda actor: w.as_deactivated(
            actor, lambda act: patients.search_patients(db, actor=act, text="An")),
        "deactivated while signed in, lists A's records": lambda actor: w.as_deactivated(
            actor, lambda act: records.list_records(db, actor=act, patient_id=a)),
        "list A's records": lambda actor: records.list_records(db, actor=actor, patient_id=a),
        "open A's record": lambda actor: records.read_record(db, actor=actor, records_dir=rd, record_id=w.record.id),
        "upload a record for A": lambda actor: w.upload(actor),
        "delete A's upload": lambda actor: records.delete_record(db, actor=actor, records_dir=rd,
                                                                record_id=w.upload(w.a).id),
        "list A's bills": lambda actor: billing.list_bills(db, actor=actor, patient_id=a),
        "open A's receipt": lambda actor: billing.receipt_pdf(db, actor=actor, records_dir=rd, bill_id=w.bill.id),
        "draft a bill for A's appointment": lambda actor: billing.draft_bill_lines(db, actor=actor,
                                                                                  appointment_id=w.completed_id),
        "record a payment": lambda actor: billing.set_bill_payment(db, actor=actor, bill_id=w.bill.id, paid=True,
                                                                   payment_method="Cash"),
        "list A's prescriptions": lambda actor: prescriptions.list_prescriptions(db, actor=actor, patient_id=a),
        "search patients": lambda actor: patients.search_patients(db, actor=actor, text="An"),
        "register a walk-in": lambda actor: patients.register_walk_in(db, actor=actor, form=patients.PatientForm(
            full_name="Walk In", date_of_birth=date(1970, 1, 1), gender="Male", phone="9811111111", address="Here")),
        "set own availability": lambda actor: doctors.set_availability(
            db, actor=actor, ranges=[WorkingRange(d, time(0), time(23, 45)) for d in range(7)], slot_minutes=15),
        "list user accounts": lambda actor: accounts.list_users(db, actor=actor),
        "unlock an account": lambda actor: accounts.unlock_account(db, actor=actor, user_id=w.a.user_id),
        "change clinic settings": lambda actor: clinic_settings.update_settings(
            db, actor=actor, changes={"clinic_name": "Matrix Clinic"}),
        "verify a doctor": lambda actor: doctors.decide_verification(db, actor=actor, doctor_id=w.pending.doctor_id,
                                                                     approve=True),
        "read the audit log": lambda actor: audit.search_audit_log(db, actor=actor),
        "read the e-mail outbox": lambda actor: outbox_admin.list_outbox(db, actor=actor),
        "dashboard (today)": lambda actor: dashboard.today_summary(db, actor=actor),
        "record a reading for A": lambda actor: measurements.record_measurement(
            db, actor=actor, patient_id=a, kind="pulse", value="72"),
        "list A's readings": lambda actor: measurements.list_measurements(db, actor=actor, patient_id=a),
        "print A's flowsheet": lambda actor: measurements.flowsheet_pdf(db, actor=actor, patient_id=a),
        "set A's monitoring plan": lambda actor: measurements.set_monitoring_plan(
            db, actor=actor, patient_id=a, kind="blood_pressure", every_days=1),
        "Needs attention list": lambda actor: measurements.list_alerts(db, actor=actor),
        "add an allergy for A": lambda actor: allergies.add_allergy(
            db, actor=actor, patient_id=a, substance=f"Substance {next(_colour)}"),
        "list A's allergies": lambda actor: allergies.list_allergies(db, actor=actor, patient_id=a),
        "add to A's problem list": lambda actor: allergies.add_problem(
            db, actor=actor, patient_id=a, icd10_code="J00"),
        "order a lab test for A": lambda actor: labs.order_lab_tests(
            db, actor=actor, appointment_id=w.completed_id, lab_test_ids=[w.lab_test_id]),
        "enter A's lab result": lambda actor: labs.enter_lab_result(db, actor=actor, order_id=w.lab_order.id,
                                                                    value="96"),
        "list A's lab results": lambda actor: labs.list_lab_orders(db, actor=actor, patient_id=a),
        "change the lab catalogue": lambda actor: labs.save_lab_test(db, actor=actor, code="TSH", name="TSH",
                                                                     price="350"),
    }


def test_permission_matrix_matches_docs(clinic, db, records_dir):
    table = read_table()
    world = World(db, records_dir, clinic)
    ops = operations(world)
    assert set(table) == set(ops), "docs/security.md and the test list different operations"
    mismatches = []
    for name, expected in table.items():
        for role in ROLES:
            try:
                ops[name](world.actors[role])
                allowed = True
            except PermissionDenied:
                allowed = False
            except MedLinkError:
                allowed = True  # passed the permission checks, failed for another reason
            except Exception as exc:
                mismatches.append(f"{name} / {role}: crashed with {type(exc).__name__}: {exc}")
                continue
            if allowed != expected[role]:
                mismatches.append(f"{name} / {role}: expected {'✓' if expected[role] else '✗'}, "
                                  f"got {'✓' if allowed else '✗'}")
    assert mismatches == [], "\n".join(mismatches)
