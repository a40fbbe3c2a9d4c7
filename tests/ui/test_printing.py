"""Printing from the windows: the print preview for receipts, prescriptions, lab orders and slips.

Real database (SQLite file and MariaDB), real windows; the preview's pages are printed to a PDF
file through Qt's printer and read back with pypdf.
"""

from __future__ import annotations

import io
import os
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from medlink.config import AppConfig
from medlink.db.models import Appointment
from medlink.services import appointments, billing, prescriptions
from medlink.services.billing import BillDraftLine
from medlink.services.clinic_settings import get_settings
from medlink.ui.context import AppContext
from medlink.ui.printing import PrintPreviewDialog, pdf_page_sizes_mm, render_pdf_page
from medlink.vocabulary import AppointmentStatus, PaperSize

SHOTS = os.environ.get("MEDLINK_SCREENSHOTS")


@pytest.fixture(autouse=True)
def _inline(synchronous_tasks: None) -> None:
    """Workers run inline."""


def _ctx(db, records_dir: Path, tmp_path: Path, actor, kiosk: bool = False) -> AppContext:  # type: ignore[no-untyped-def]
    config = AppConfig(database_url=str(db.url), records_dir=records_dir, config_file=tmp_path / "c.toml")
    return AppContext(db=db, config=config, actor=actor, kiosk=kiosk)


def _page_mm(path: Path) -> list[tuple[float, float]]:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return [(round(float(p.mediabox.width) * 25.4 / 72), round(float(p.mediabox.height) * 25.4 / 72))
            for p in reader.pages]


def _completed_visit(clinic, patient, doctor):  # type: ignore[no-untyped-def]
    appt = clinic.booking(patient, doctor, days_ahead=1)
    with clinic.db.transaction() as s:
        row = s.get(Appointment, appt.id)
        row.starts_at, row.ends_at = row.starts_at - timedelta(days=3), row.ends_at - timedelta(days=3)
        row.status = AppointmentStatus.COMPLETED.value
    return appt


def _shot(dialog: PrintPreviewDialog, name: str) -> None:
    if SHOTS:
        dialog.resize(1366, 768)
        dialog.grab().save(str(Path(SHOTS) / name))


def test_patient_prints_a_receipt_on_a4_a5_and_the_80mm_roll(qtbot, db, clinic, records_dir, tmp_path):  # type: ignore[no-untyped-def]
    from medlink.ui.patient.bills_page import MyBillsPage

    doctor, patient = clinic.doctor("Dr. Kavya Rao"), clinic.patient("Meera Kumar")
    visit = _completed_visit(clinic, patient, doctor)
    billing.issue_bill(db, actor=clinic.staff(), records_dir=records_dir, appointment_id=visit.id,
                       lines=[BillDraftLine("consultation", "Consultation", 1, Decimal("500.00"))])
    ctx = _ctx(db, records_dir, tmp_path, patient)
    page = MyBillsPage(ctx, get_settings(db).tz)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    assert page.print_button.isEnabled()
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    dialog = page.print_preview
    qtbot.addWidget(dialog)
    assert isinstance(dialog, PrintPreviewDialog)
    assert [dialog.paper_combo.itemData(i) for i in range(dialog.paper_combo.count())] == [
        PaperSize.A4, PaperSize.A5, PaperSize.ROLL_80MM]
    qtbot.waitUntil(lambda: dialog.pages_painted == 1)  # the preview drew the receipt
    _shot(dialog, "print_preview_receipt_a4.png")
    assert dialog.print_to_pdf(str(tmp_path / "a4.pdf")) == 1
    assert _page_mm(tmp_path / "a4.pdf") == [(210, 297)]
    dialog.pages_painted = 0
    dialog.choose_paper(PaperSize.A5)
    qtbot.waitUntil(lambda: dialog.pages_painted == 1)
    _shot(dialog, "print_preview_receipt_a5.png")
    # the A5 receipt is laid out on an A5 page itself: the preview and the printer show it as it is
    assert pdf_page_sizes_mm(dialog._documents[PaperSize.A5]) == [pytest.approx((148, 210), abs=0.5)]
    assert dialog.print_to_pdf(str(tmp_path / "a5.pdf")) == 1
    assert _page_mm(tmp_path / "a5.pdf") == [(148, 210)]
    dialog.pages_painted = 0
    dialog.choose_paper(PaperSize.ROLL_80MM)
    qtbot.waitUntil(lambda: dialog.pages_painted == 1)
    _shot(dialog, "print_preview_receipt_roll.png")
    assert dialog.print_to_pdf(str(tmp_path / "roll.pdf")) == 1
    (width, height), = _page_mm(tmp_path / "roll.pdf")
    assert width == 80 and 80 < height < 297
    # the printed page is not blank: the rendered receipt has ink on it
    image = render_pdf_page(dialog._documents[PaperSize.ROLL_80MM], 0, 50)
    assert any(image.pixelColor(x, y).lightness() < 128 for x in range(0, image.width(), 3)
               for y in range(0, image.height() // 3, 3))
    dialog.close()


def test_front_desk_prints_an_appointment_slip_with_the_token(qtbot, db, clinic, records_dir, tmp_path):  # type: ignore[no-untyped-def]
    from medlink.ui.staff.queue import QueuePage

    doctor, patient, staff = clinic.doctor("Dr. Kavya Rao"), clinic.patient("Meera Kumar"), clinic.staff()
    now = datetime.now(timezone.utc)
    slots = [s for s in clinic.next_slots(doctor, 40, days_ahead=0) if s > now]
    if not slots:
        pytest.skip("no slot left today in the clinic's time zone")
    booked = appointments.book_appointment(db, actor=staff, patient_id=patient.patient_id,
                                           doctor_id=doctor.doctor_id, starts_at=slots[0])
    page = QueuePage(_ctx(db, records_dir, tmp_path, staff))
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    page.table.selectRow(0)
    qtbot.mouseClick(page.check_in_button, Qt.MouseButton.LeftButton)
    page.table.selectRow(0)
    assert page.slip_button.isEnabled()
    qtbot.mouseClick(page.slip_button, Qt.MouseButton.LeftButton)
    dialog = page.print_preview
    qtbot.addWidget(dialog)
    assert dialog.paper is PaperSize.ROLL_80MM  # slips go to the slip printer first
    qtbot.waitUntil(lambda: dialog.pages_painted == 1)
    _shot(dialog, "print_preview_slip.png")
    text = " ".join(PdfReader(io.BytesIO(dialog._documents[PaperSize.ROLL_80MM])).pages[0].extract_text().split())
    assert "Token 1" in text and "Dr. Kavya Rao" in text
    assert dialog.print_to_pdf(str(tmp_path / "slip.pdf")) == 1
    assert _page_mm(tmp_path / "slip.pdf")[0][0] == 80
    dialog.close()
    assert booked.id == page.selected().id


def test_kiosk_check_in_shows_the_token_and_offers_a_slip(qtbot, db, clinic, records_dir, tmp_path):  # type: ignore[no-untyped-def]
    from medlink.ui.patient.checkin_page import CheckInPage

    doctor, patient = clinic.doctor("Dr. Kavya Rao"), clinic.patient("Meera Kumar")
    now = datetime.now(timezone.utc)
    slots = [s for s in clinic.next_slots(doctor, 40, days_ahead=0) if s > now]
    if not slots:
        pytest.skip("no slot left today in the clinic's time zone")
    booked = appointments.book_appointment(db, actor=patient, patient_id=patient.patient_id,
                                           doctor_id=doctor.doctor_id, starts_at=slots[0])  # check-in opens 1 h before
    page = CheckInPage(_ctx(db, records_dir, tmp_path, patient, kiosk=True), get_settings(db).tz)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    qtbot.mouseClick(page.check_in_buttons[booked.id], Qt.MouseButton.LeftButton)
    assert page.last_token == 1 and "Your token is 1" in page.status.text()
    assert booked.id in page.slip_buttons
    qtbot.mouseClick(page.slip_buttons[booked.id], Qt.MouseButton.LeftButton)
    dialog = page.print_preview
    qtbot.addWidget(dialog)
    assert dialog.paper is PaperSize.ROLL_80MM
    dialog.close()


def test_doctor_prints_a_prescription_and_a_lab_order(qtbot, db, clinic, records_dir, tmp_path):  # type: ignore[no-untyped-def]
    from medlink.ui.operations import printing as printing_ops
    from medlink.ui.widgets import heading

    doctor, patient = clinic.doctor("Dr. Kavya Rao"), clinic.patient("Meera Kumar")
    visit = _completed_visit(clinic, patient, doctor)
    rx = prescriptions.write_prescription(db, actor=doctor, records_dir=records_dir, appointment_id=visit.id,
                                          items=[prescriptions.PrescriptionItemInput(medicine="Paracetamol")],
                                          lab_tests=["HbA1c"])
    host = heading("Prescriptions")
    qtbot.addWidget(host)
    ctx = _ctx(db, records_dir, tmp_path, doctor)
    printing_ops.print_lab_order(host, ctx, doctor, prescription_id=rx.id)
    dialog = host.print_preview
    qtbot.addWidget(dialog)
    assert dialog.paper is PaperSize.A5
    qtbot.waitUntil(lambda: dialog.pages_painted == 1)
    _shot(dialog, "print_preview_lab_order.png")
    assert dialog.print_to_pdf(str(tmp_path / "lab.pdf")) == 1 and _page_mm(tmp_path / "lab.pdf") == [(148, 210)]
    dialog.close()
    printing_ops.print_prescription(host, ctx, doctor, prescription_id=rx.id)
    assert host.print_preview is not dialog and host.print_preview.paper is PaperSize.A4
    rx_dialog = host.print_preview
    qtbot.addWidget(rx_dialog)
    rx_dialog.choose_paper(PaperSize.A5)
    assert pdf_page_sizes_mm(rx_dialog._documents[PaperSize.A5]) == [pytest.approx((148, 210), abs=0.5)]
    assert rx_dialog.print_to_pdf(str(tmp_path / "rx_a5.pdf")) == 1 and _page_mm(tmp_path / "rx_a5.pdf") == [(148, 210)]
    rx_dialog.close()
