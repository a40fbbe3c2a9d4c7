"""The bill dialog when the receipt PDF cannot be stored: the bill is issued and says so; opening the receipt
writes it."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from medlink.db.models import AppointmentStatus
from medlink.services import appointments, billing
from medlink.ui.doctor.bill_dialog import BillDialog


def test_a_full_disk_leaves_the_bill_issued_with_its_receipt_pending(  # type: ignore[no-untyped-def]
        qtbot, clinic, db, make_ctx, sync_tasks, opened_files, full_records_disk):
    doctor, patient = clinic.doctor("Dr. Meera Rao"), clinic.patient("Lakshmi Narayan")
    visit = clinic.booking(patient, doctor)
    appointments.set_outcome(db, actor=doctor, appointment_id=visit.id, status=AppointmentStatus.COMPLETED,
                             now=visit.ends_at)
    dialog = BillDialog(make_ctx(doctor), doctor, visit, ZoneInfo("Asia/Kolkata"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.generate.isEnabled())
    with full_records_disk():
        qtbot.mouseClick(dialog.findChild(QPushButton, "generateReceipt"), Qt.MouseButton.LeftButton)
    assert dialog.bill is not None and dialog.bill.receipt_pending
    banner = dialog.issued_banner
    assert banner.property("role") == "banner"
    assert dialog.bill.number in banner.text() and "No space left on device" in banner.text()
    assert dialog.stack.currentIndex() == 1  # the issued bill, not the editor: billing again would be refused

    qtbot.mouseClick(dialog.findChild(QPushButton, "openReceipt"), Qt.MouseButton.LeftButton)
    assert dialog.viewer.isVisible() and dialog.bill.number in dialog.viewer.windowTitle()
    (stored,) = billing.list_bills(db, actor=doctor)
    assert not stored.receipt_pending and stored.pdf_path
