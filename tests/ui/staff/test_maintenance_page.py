"""Administration → Maintenance drives the real check, backup and export."""

from __future__ import annotations

import zipfile
from decimal import Decimal

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QWidget

from medlink.config import AppConfig
from medlink.db.models import AppointmentStatus
from medlink.services import appointments, billing
from medlink.ui.context import AppContext
from medlink.ui.staff.maintenance_page import MaintenancePage


def test_check_backup_and_export(qtbot, synchronous_tasks, clinic, db, records_dir, tmp_path):
    doctor = clinic.doctor()
    appt = clinic.booking(clinic.patient(), doctor)
    appointments.set_outcome(db, actor=doctor, appointment_id=appt.id, status=AppointmentStatus.COMPLETED,
                             now=appt.ends_at)
    bill = billing.issue_bill(db, actor=doctor, records_dir=records_dir, appointment_id=appt.id,
                              lines=[billing.BillDraftLine("consultation", "Visit", 1, Decimal("300"))])
    (records_dir / "stray.bin").write_bytes(b"junk")
    ctx = AppContext(db=db, config=AppConfig(database_url=str(db.url), records_dir=records_dir,
                                             config_file=tmp_path / "c.toml"), actor=clinic.admin)
    page = MaintenancePage(ctx)
    qtbot.addWidget(page)
    page.check_button.click()
    assert page.problems.rowCount() == 1 and page.problems.rows[0].kind == "orphan_file"
    assert "1 problem" in page.check_result.text()
    page.run_backup(str(tmp_path / "backup.zip"))
    assert "verified" in page.backup_result.text()
    assert "medlink-backup.json" in zipfile.ZipFile(tmp_path / "backup.zip").namelist()
    today = QDate.currentDate()
    page.first_day.setDate(today.addDays(-1))
    page.last_day.setDate(today.addDays(1))
    page.run_export(str(tmp_path / "receipts"))
    assert "1 receipt(s) exported" in page.export_result.text()
    assert (tmp_path / "receipts" / (bill.number.replace("/", "_") + ".pdf")).is_file()



def test_export_defaults_to_the_clinics_date_not_the_computers(qtbot, synchronous_tasks, clinic, db, records_dir,  # type: ignore[no-untyped-def]
                                                              tmp_path):
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from medlink.services import clinic_settings

    # UTC+14 and UTC-11: at every hour of the day one of them is on another date than UTC
    for zone in ("Pacific/Kiritimati", "Pacific/Pago_Pago"):
        clinic_settings.update_settings(db, actor=clinic.admin, changes={"timezone": zone})
        config = AppConfig(database_url=str(db.url), records_dir=records_dir, config_file=tmp_path / "c.toml")
        page = MaintenancePage(AppContext(db=db, config=config, actor=clinic.admin))
        qtbot.addWidget(page)
        today = datetime.now(ZoneInfo(zone)).date()
        assert page.last_day.date() == QDate(today.year, today.month, today.day)
        assert page.first_day.date() == QDate(today.year, today.month, 1)


def test_key_rotation_runs_from_the_page_can_be_stopped_and_resumes(qtbot, synchronous_tasks, clinic, db,
                                                                     records_dir, tmp_path, monkeypatch):
    from datetime import date

    from PySide6.QtWidgets import QMessageBox

    from medlink.security import records_crypto
    from medlink.services import clinic_key, records
    from tests.core.test_records import png_bytes

    patient = clinic.patient()
    views = [records.upload_record(db, actor=patient, records_dir=records_dir, patient_id=patient.patient_id,
                                   title=f"Scan {i}", record_type="imaging", record_date=date(2026, 1, 1),
                                   filename=f"s{i}.png", data=png_bytes((20 + i, 20))) for i in range(4)]
    before = [records.read_record(db, actor=patient, records_dir=records_dir, record_id=v.id)[1] for v in views]
    old_id = clinic_key.unlock(db)
    ctx = AppContext(db=db, config=AppConfig(database_url=str(db.url), records_dir=records_dir,
                                             config_file=tmp_path / "c.toml"), actor=clinic.admin)
    page = MaintenancePage(ctx)
    qtbot.addWidget(page)
    assert old_id in page.key_status.text()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    step = page._rotation_step

    def stop_after_the_first_file(done: int, total: int) -> None:
        step(done, total)
        if done == 1:
            page.stop_rotation()  # the administrator presses Stop

    monkeypatch.setattr(page, "_rotation_step", stop_after_the_first_file)
    page.rotate_button.click()
    status = clinic_key.status(db)
    assert status.key_id == old_id and status.next_key_id  # unfinished, resumable
    assert page.rotate_button.isEnabled() and page.rotate_button.text() == "Resume the rotation"
    headers = sorted(records_crypto.header_key_id(p) for p in clinic_key.encrypted_files(records_dir))
    assert headers.count(status.next_key_id) == 1 and headers.count(old_id) == 3
    monkeypatch.setattr(page, "_rotation_step", step)
    page.rotate_button.click()  # resumes without asking again
    new_id = clinic_key.status(db).key_id
    assert new_id == status.next_key_id and clinic_key.status(db).next_key_id is None
    assert new_id in page.key_status.text() and "1 already done" in page.key_status.text()
    assert {records_crypto.header_key_id(p) for p in clinic_key.encrypted_files(records_dir)} == {new_id}
    assert [records.read_record(db, actor=patient, records_dir=records_dir, record_id=v.id)[1]
            for v in views] == before


def test_the_lower_cards_join_the_page_on_the_turns_after_it_shows(qtbot, synchronous_tasks, clinic, db, records_dir,
                                                                    tmp_path):
    ctx = AppContext(db=db, config=AppConfig(database_url=str(db.url), records_dir=records_dir,
                                             config_file=tmp_path / "c.toml"), actor=clinic.admin)
    page = MaintenancePage(ctx)
    qtbot.addWidget(page)
    page.show()
    cards = page.findChild(QWidget, "maintenanceCards")
    assert not cards.isAncestorOf(page.backup_button) and not cards.isAncestorOf(page.export_button)
    qtbot.waitUntil(lambda: page.backup_button.isVisible() and page.export_button.isVisible())
    assert cards.isAncestorOf(page.backup_button) and cards.isAncestorOf(page.export_button)
    layout = cards.layout()
    order = [layout.itemAt(i).widget() or layout.itemAt(i).layout() for i in range(layout.count())]
    assert order[-2] is page._lower and order[-1] is None  # the backup and export row, then the stretch
