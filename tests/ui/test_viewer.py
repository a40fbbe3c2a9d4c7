"""The built-in viewer: PDFs and images from memory, zoom, pages, print, and an audited "Save a copy…"."""

from __future__ import annotations

import io
import tempfile
from datetime import date
from pathlib import Path

import pikepdf
import pytest
from PIL import Image
from PySide6.QtGui import QImage
from sqlalchemy import select

from medlink.db.models import AuditLog
from medlink.services import records
from medlink.ui import tasks
from medlink.ui.viewer import DocumentViewerDialog, open_record_viewer


def _three_page_pdf() -> bytes:
    from reportlab.lib.pagesizes import A5
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A5)
    for n in range(3):
        pdf.setFont("Helvetica-Bold", 40)
        pdf.drawString(60, 400, f"Page {n + 1}")
        pdf.rect(40, 40 + n * 60, 200, 40, fill=1)
        pdf.showPage()
    pdf.save()
    return out.getvalue()


@pytest.fixture(autouse=True)
def synchronous_tasks():  # type: ignore[no-untyped-def]
    tasks.set_synchronous(True)
    yield
    tasks.set_synchronous(False)


def test_pdf_pages_zoom_and_print_from_memory(qtbot, tmp_path):
    viewer = DocumentViewerDialog(_three_page_pdf(), "application/pdf", "Lab report")
    qtbot.addWidget(viewer)
    viewer.resize(1366, 768)
    viewer.show()
    assert viewer.page_count == 3 and viewer.page_label.text() == "Page 1 of 3"
    assert not viewer.previous_button.isEnabled()
    width = viewer.canvas.pixmap().width()
    viewer.zoom_in_button.click()
    assert viewer.zoom == 1.25 and viewer.canvas.pixmap().width() > width * 1.2
    viewer.next_button.click()
    viewer.next_button.click()
    assert viewer.page_label.text() == "Page 3 of 3" and not viewer.next_button.isEnabled()
    page = viewer.render_page(0, 1.0)
    assert page.pixelColor(10, 10).lightness() > 240  # white paper …
    dark = sum(1 for x in range(0, page.width(), 4) for y in range(0, page.height(), 4)
               if page.pixelColor(x, y).lightness() < 50)
    assert dark > 50  # … with the drawn text and box on it
    viewer.grab().save(str(tmp_path / "viewer-pdf.png"))
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert viewer.print_document(printer)
    with pikepdf.open(tmp_path / "printed.pdf") as printed:
        assert len(printed.pages) == 3
    viewer.close()


def test_images_are_shown_and_zoomed(qtbot):
    out = io.BytesIO()
    Image.new("RGB", (400, 300), (10, 120, 200)).save(out, format="PNG")
    viewer = DocumentViewerDialog(out.getvalue(), "image/png", "X-ray")
    qtbot.addWidget(viewer)
    assert viewer.page_count == 1 and not viewer.next_button.isEnabled()
    assert viewer.canvas.pixmap().width() == 400
    viewer.zoom_out_button.click()
    assert viewer.canvas.pixmap().width() == 300
    assert isinstance(viewer.render_page(0, 2.0), QImage) and viewer.render_page(0, 2.0).width() == 800


def test_viewing_a_record_writes_nothing_and_save_a_copy_is_audited(qtbot, clinic, db, records_dir, tmp_path,
                                                                    monkeypatch):
    patient = clinic.patient()
    data = _three_page_pdf()
    view = records.upload_record(db, actor=patient, records_dir=records_dir, patient_id=patient.patient_id,
                                 title="Scan", record_type="lab_report", record_date=date(2026, 1, 1),
                                 filename="scan.pdf", data=data)
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    opened: list[DocumentViewerDialog] = []
    open_record_viewer(parent, db=db, actor=patient, records_dir=records_dir, record_id=view.id,
                       on_open=opened.append)
    assert opened and opened[0].page_count == 3
    assert list(temp.iterdir()) == []  # no decrypted copy anywhere for viewing
    before = {p for p in records_dir.rglob("*") if p.is_file()}
    opened[0].save_copy_to(str(tmp_path / "copy"))
    assert (tmp_path / "copy.pdf").read_bytes() == data
    assert {p for p in records_dir.rglob("*") if p.is_file()} == before
    assert "no longer protected" in opened[0].status.text()
    with db.read() as s:
        exports = s.scalars(select(AuditLog.detail).where(AuditLog.action == "record.export")).all()
    assert exports == ["saved a decrypted copy as copy.pdf"]
    opened[0].close()


def test_plaintext_left_by_older_versions_is_removed(tmp_path):
    old = tmp_path / "medlink-view-abc123"
    old.mkdir()
    (old / "tmp1.pdf").write_bytes(b"%PDF- decrypted record of an older version")
    keep = tmp_path / "other-program"
    keep.mkdir()
    assert records.remove_plaintext_left_by_older_versions(tmp_path) == [old]
    assert not old.exists() and keep.exists()
    assert Path(tmp_path).exists()


def _files(folder: Path) -> dict[Path, tuple[int, bytes]]:
    return {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in folder.rglob("*") if p.is_file()}


def test_a_receipt_opens_in_the_viewer_without_creating_any_file(qtbot, clinic, db, records_dir, tmp_path,
                                                                 monkeypatch):
    from decimal import Decimal

    from pypdf import PdfReader
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QWidget

    from medlink.config import AppConfig
    from medlink.db.models import AppointmentStatus
    from medlink.services import appointments, billing
    from medlink.ui.context import AppContext
    from medlink.ui.operations import billing as billing_ops

    patient, doctor = clinic.patient("Ravi Kumar"), clinic.doctor()
    appt = clinic.booking(patient, doctor)
    appointments.set_outcome(db, actor=doctor, appointment_id=appt.id, status=AppointmentStatus.COMPLETED,
                             now=appt.ends_at)
    bill = billing.issue_bill(db, actor=doctor, records_dir=records_dir, appointment_id=appt.id,
                              lines=[billing.BillDraftLine("other", "HIV counselling", 1, Decimal("200"))])
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    handed: list[object] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: handed.append(url) or True))
    before = _files(records_dir)
    assert list(before) == [records_dir / str(bill.pdf_path)]
    ctx = AppContext(db=db, config=AppConfig(database_url=str(db.url), records_dir=records_dir,
                                             config_file=tmp_path / "c.toml"), actor=patient)
    parent = QWidget()
    qtbot.addWidget(parent)
    opened: list[DocumentViewerDialog] = []
    billing_ops.open_receipt(parent, ctx, patient, bill_id=bill.id, on_open=opened.append)
    assert opened and opened[0].isVisible() and bill.number in opened[0].windowTitle()
    viewer = opened[0]
    assert viewer.page_count == 1 and not viewer.render_page(0, 1.0).isNull()
    assert "HIV counselling" in PdfReader(io.BytesIO(viewer._data)).pages[0].extract_text()
    assert list(temp.iterdir()) == [] and _files(records_dir) == before and handed == []
    # "Save a copy…" writes the plaintext only where the user chose, and the audit log says so
    viewer.save_copy_to(str(tmp_path / "my-receipt"))
    assert (tmp_path / "my-receipt.pdf").read_bytes() == viewer._data
    assert list(temp.iterdir()) == [] and _files(records_dir) == before
    with db.read() as s:
        exports = s.scalars(select(AuditLog.detail).where(AuditLog.action == "bill.export_receipt")).all()
    assert exports == ["saved a decrypted copy as my-receipt.pdf"]
    viewer.close()
