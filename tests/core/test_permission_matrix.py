"""Executes the permission table of docs/security.md: every operation × every role.

A cell is "allowed" when the call passes the permission checks (it returns, or
fails for a non-permission reason such as a validation error); "refused" when it
raises PermissionDenied.  Anything else (a crash) is a failure.
"""

from __future__ import annotations

import io
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, time
from decimal import Decimal
from pathlib import Path
from typing import Any

from PIL import Image

from medlink.db.models import AppointmentStatus
from medlink.errors import MedLinkError, PermissionDenied
from medlink.scheduling import WorkingRange
from medlink.services import (
    accounts,
    appointments,
    audit,
    billing,
    clinic_settings,
    dashboard,
    doctors,
    outbox_admin,
    patients,
    prescriptions,
    records,
)

DOC = Path(__file__).resolve().parents[2] / "docs" / "security.md"
ROLES = ("patient A", "patient B", "doctor (treats A)", "doctor (other)", "staff", "admin", "signed out")
_colour = itertools.count(1)


def read_table() -> dict[str, dict[str, bool]]:
    lines = DOC.read_text("utf-8").split("## Permission matrix", 1)[1].splitlines()
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
        self.actors = {"patient A": self.a, "patient B": self.b, "doctor (treats A)": self.treats,
                       "doctor (other)": self.other, "staff": self.staff, "admin": self.admin, "signed out": None}

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
        "mark A's appointment completed": lambda actor: appointments.set_outcome(
            db, actor=actor, appointment_id=w.book().id, status=AppointmentStatus.COMPLETED),
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
            except Exception as exc:  # noqa: BLE001 - a crash is never acceptable
                mismatches.append(f"{name} / {role}: crashed with {type(exc).__name__}: {exc}")
                continue
            if allowed != expected[role]:
                mismatches.append(f"{name} / {role}: expected {'✓' if expected[role] else '✗'}, "
                                  f"got {'✓' if allowed else '✗'}")
    assert mismatches == [], "\n".join(mismatches)
