"""Stored values (payment methods, record types, statuses) read in Hindi in a Hindi window, never raw.

A bill paid in cash and an imaging record on a real database, shown by the real pages in Hindi: every
table cell is checked for the stored English value, and the Hindi label must be there instead.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QTableView

from medlink.config import AppConfig
from medlink.db.models import Appointment
from medlink.services import billing, records
from medlink.services.billing import PAYMENT_METHODS, BillDraftLine
from medlink.services.clinic_settings import get_settings
from medlink.ui.context import AppContext
from medlink.vocabulary import AppointmentStatus, RecordType
from tests.core.test_records import png_bytes

#: What the database stores, as it would show if a page forgot to translate it.
RAW = {"Cash", "Card", "Net banking", "Insurance", "Imaging", "imaging", "Lab report", "paid", "Paid",
       "completed", "Completed", "in_person"}


@pytest.fixture
def hindi(synchronous_tasks: None) -> Iterator[None]:
    from medlink.ui.i18n import apply_language

    apply_language("hi")
    yield
    apply_language("en")


def _ctx(db, records_dir: Path, tmp_path: Path, actor) -> AppContext:  # type: ignore[no-untyped-def]
    config = AppConfig(database_url=str(db.url), records_dir=records_dir, config_file=tmp_path / "c.toml")
    return AppContext(db=db, config=config, actor=actor)


def _cells(view: QTableView) -> list[str]:
    model = view.model()
    return [str(model.index(row, column).data(Qt.ItemDataRole.DisplayRole) or "")
            for row in range(model.rowCount()) for column in range(model.columnCount())]


def _raw_in(texts: list[str]) -> list[str]:
    """Cells that show a stored value as it is stored (whole words: "Cash", "(Cash)", "Imaging")."""
    found = []
    for text in texts:
        words = {w.strip("()·,") for w in text.split()} | {text.strip()}
        found += sorted(words & RAW)
    return found


@pytest.fixture
def paid_in_cash(db, clinic, records_dir):  # type: ignore[no-untyped-def]
    doctor, patient = clinic.doctor("Dr. Kavya Rao"), clinic.patient("Meera Kumar")
    visit = clinic.booking(patient, doctor, days_ahead=1)
    with db.transaction() as s:
        row = s.get(Appointment, visit.id)
        row.starts_at, row.ends_at = row.starts_at - timedelta(days=3), row.ends_at - timedelta(days=3)
        row.status = AppointmentStatus.COMPLETED.value
    billing.issue_bill(db, actor=clinic.staff(), records_dir=records_dir, appointment_id=visit.id,
                       lines=[BillDraftLine("consultation", "Consultation", 1, Decimal("500.00"))],
                       paid=True, payment_method="Cash")
    records.upload_record(db, actor=patient, records_dir=records_dir, patient_id=patient.patient_id,
                          title="Chest X-ray", record_type=RecordType.IMAGING, record_date=date(2026, 11, 2),
                          filename="xray.png", data=png_bytes())
    return doctor, patient


def test_patient_bills_and_records_show_hindi_labels(qtbot, db, paid_in_cash, records_dir, tmp_path, hindi):  # type: ignore[no-untyped-def]
    from medlink.ui.patient.bills_page import MyBillsPage
    from medlink.ui.patient.records_page import MyRecordsPage

    _, patient = paid_in_cash
    tz = get_settings(db).tz
    bills = MyBillsPage(_ctx(db, records_dir, tmp_path, patient), tz)
    qtbot.addWidget(bills)
    bills.show()
    bills.refresh()
    cells = _cells(bills.table)
    assert any("भुगतान हुआ (नकद)" in cell for cell in cells), cells  # "Paid (Cash)" in Hindi
    assert _raw_in(cells) == []

    page = MyRecordsPage(_ctx(db, records_dir, tmp_path, patient), tz)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    QApplication.processEvents()
    cells = _cells(page.table)
    assert "इमेजिंग" in cells and _raw_in(cells) == [], cells
    upload = page.open_upload()
    kinds = [upload.record_type.itemText(i) for i in range(upload.record_type.count())]
    assert "लैब रिपोर्ट" in kinds and _raw_in(kinds) == []
    upload.reject()


def test_doctor_chart_shows_hindi_labels(qtbot, db, paid_in_cash, records_dir, tmp_path, hindi):  # type: ignore[no-untyped-def]
    from medlink.ui.doctor.window import DoctorWindow

    doctor, patient = paid_in_cash
    window = DoctorWindow(_ctx(db, records_dir, tmp_path, doctor), doctor)
    qtbot.addWidget(window)
    window.show()
    window.show_patient(patient.patient_id, "Meera Kumar")
    chart = window.page("patients")
    QApplication.processEvents()
    bills_cells = _cells(chart.bills_view)
    assert "नकद" in bills_cells and _raw_in(bills_cells) == [], bills_cells
    record_cells = _cells(chart.records_view)
    assert "इमेजिंग" in record_cells and _raw_in(record_cells) == [], record_cells
    methods = [chart.bill_method.itemText(i) for i in range(chart.bill_method.count())]
    assert len(methods) == len(PAYMENT_METHODS) and _raw_in(methods) == [], methods
    assert "पुरुष" in chart.basics.text() or "महिला" in chart.basics.text() or "वर्ष" in chart.basics.text()
    assert all(not isinstance(w, QComboBox) or _raw_in([w.currentText()]) == [] for w in chart.findChildren(QComboBox))


def test_qt_standard_buttons_read_in_hindi(qtbot, hindi):  # type: ignore[no-untyped-def]
    """Qt has no Hindi for its standard buttons; MedLink's catalogue gives them (a walk-in form's Cancel)."""
    from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Close)
    qtbot.addWidget(box)
    assert sorted(b.text() for b in box.buttons()) == sorted(["रद्द करें", "बंद करें"])
    message = QMessageBox(QMessageBox.Icon.Question, "MedLink", "?",
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    qtbot.addWidget(message)
    assert sorted(b.text() for b in message.buttons()) == sorted(["हाँ (&Y)", "नहीं (&N)"])
