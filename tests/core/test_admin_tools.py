"""Admin tools: receipts exported in a batch (missing PDFs regenerated), check and backup are admin-only."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader

from medlink.db.models import AppointmentStatus
from medlink.errors import PermissionDenied
from medlink.services import admin_tools, appointments, billing


def test_export_receipts_of_a_period(clinic, db, records_dir, tmp_path):
    doctor = clinic.doctor()
    numbers = []
    for _ in range(3):
        appt = clinic.booking(clinic.patient(), doctor)
        appointments.set_outcome(db, actor=doctor, appointment_id=appt.id, status=AppointmentStatus.COMPLETED,
        now=appt.ends_at)
        numbers.append(billing.issue_bill(db, actor=doctor, records_dir=records_dir, appointment_id=appt.id,
                                          lines=[billing.BillDraftLine("consultation", "Visit", 1, Decimal("400"))]))
    (records_dir / numbers[0].pdf_path).unlink()  # lost file: regenerated on export
    today = datetime.now(ZoneInfo("Asia/Kolkata")).date()
    seen: list[tuple[int, int]] = []
    report = admin_tools.export_receipts(db, actor=clinic.admin, records_dir=records_dir, first_day=today,
                                         last_day=today, target_dir=tmp_path / "export",
                                         progress=lambda done, total: seen.append((done, total)))
    assert report.exported == 3 and report.regenerated == 1 and seen[-1] == (3, 3)
    for bill in numbers:
        path = tmp_path / "export" / (bill.number.replace("/", "_") + ".pdf")
        assert bill.number in PdfReader(path).pages[0].extract_text()
    empty = admin_tools.export_receipts(db, actor=clinic.admin, records_dir=records_dir,
                                        first_day=today - timedelta(days=40), last_day=today - timedelta(days=30),
                                        target_dir=tmp_path / "none")
    assert empty.exported == 0


def test_admin_tools_are_admin_only(clinic, db, records_dir, tmp_path):
    staff = clinic.staff()
    with pytest.raises(PermissionDenied):
        admin_tools.check_records(db, actor=staff, records_dir=records_dir)
    with pytest.raises(PermissionDenied):
        admin_tools.backup_clinic(db, actor=staff, records_dir=records_dir, target=tmp_path / "b.zip")
    assert admin_tools.check_records(db, actor=clinic.admin, records_dir=records_dir) == []
    assert admin_tools.backup_clinic(db, actor=clinic.admin, records_dir=records_dir,
                                     target=tmp_path / "b.zip").path.exists()
