"""The clinical screens with real windows: the kiosk's My readings, the doctor's Needs attention,
the chart's trend, allergy tab and lab tab, the prescription dialog's allergy override, and the
patient's Prescriptions and results."""

from __future__ import annotations

import io

from collections.abc import Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from medlink.config import AppConfig
from medlink.services import allergies, labs, measurements, prescriptions
from medlink.ui import tasks
from medlink.ui.context import AppContext
from tests.factories import ClinicFactory


@pytest.fixture(autouse=True)
def synchronous_tasks() -> Iterator[None]:
    tasks.set_synchronous(True)
    yield
    tasks.set_synchronous(False)


@pytest.fixture
def clinic(sqlite_db):  # type: ignore[no-untyped-def]
    return ClinicFactory(sqlite_db)


@pytest.fixture
def make_ctx(sqlite_db, records_dir: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    def make(actor, *, kiosk: bool = False) -> AppContext:  # type: ignore[no-untyped-def]
        config = AppConfig(database_url=str(sqlite_db.url), records_dir=records_dir, config_file=tmp_path / "c.toml")
        return AppContext(db=sqlite_db, config=config, kiosk=kiosk, actor=actor)

    return make


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Files handed to the system viewer (there must be none: the built-in viewer shows them from memory)."""
    from PySide6.QtGui import QDesktopServices

    paths: list[Path] = []
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        staticmethod(lambda url: paths.append(Path(url.toLocalFile())) or True))
    return paths


def _click(qtbot, widget, name: str) -> None:  # type: ignore[no-untyped-def]
    button = widget.findChild(QPushButton, name)
    assert button is not None and button.isEnabled(), name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_kiosk_reading_alerts_the_doctor_who_acknowledges_and_sees_the_trend(qtbot, clinic, sqlite_db, make_ctx,
                                                                              opened):
    from medlink.ui.doctor.window import DoctorWindow
    from medlink.ui.patient.window import PatientWindow
    from medlink.ui.readings_panel import ReadingsPanel

    db = sqlite_db
    patient, doctor = clinic.patient("Sunita Reddy"), clinic.doctor("Dr. Vikram Shah")
    clinic.booking(patient, doctor)
    measurements.set_monitoring_plan(db, actor=doctor, patient_id=patient.patient_id, kind="blood_pressure",
                                     every_days=1, target_low=100, target_high=140, target_low2=60, target_high2=90)

    kiosk = PatientWindow(make_ctx(patient, kiosk=True), patient)
    qtbot.addWidget(kiosk)
    page = kiosk.show_page("readings")
    assert isinstance(page, ReadingsPanel)
    assert "Your doctor asked you to measure" in page.plan_label.text() and not page.plan_label.isHidden()
    page.kind.setCurrentIndex(page.kind.findData("blood_pressure"))
    qtbot.keyClicks(page.value, "1200/80")
    _click(qtbot, page, "saveReading")
    assert not page.error.isHidden() and "1200 mmHg is not possible" in page.error.text()
    page.value.setText("186/124")
    _click(qtbot, page, "saveReading")
    assert not page.alarm.isHidden() and "112 or 108" in page.alarm.text()
    assert "Your doctor has been told" in page.saved.text()
    assert page.last_result is not None and page.last_result.measurement.source.value == "kiosk"
    assert page.chart.point_count() == 1 and page.model.rowCount() == 1
    _click(qtbot, page, "printFlowsheet")
    assert opened == [] and page.viewer.isVisible() and page.viewer.page_count >= 1  # from memory
    assert page.viewer._data.startswith(b"%PDF")
    kiosk.sign_out()

    window = DoctorWindow(make_ctx(doctor), doctor)
    qtbot.addWidget(window)
    attention = window.show_page("attention")
    assert attention.model.rowCount() == 1
    assert window._buttons["attention"].text() == "Needs attention (1)"
    _click(qtbot, attention, "acknowledgeAlert")  # no note yet
    assert not attention.error.isHidden()
    attention.note.setPlainText("Called; advised hospital visit.")
    _click(qtbot, attention, "acknowledgeAlert")
    assert attention.model.rowCount() == 0 and window._buttons["attention"].text() == "Needs attention"

    from sqlalchemy import select

    from medlink.db.models import AuditLog

    def audit_actions_since(last: int) -> list[str]:
        with db.read() as s:
            return list(s.scalars(select(AuditLog.action).where(AuditLog.id > last,
                                                                AuditLog.patient_id == patient.patient_id)))

    with db.read() as s:
        last_audit = s.scalar(select(AuditLog.id).order_by(AuditLog.id.desc()).limit(1)) or 0
    window.show_patient(patient.patient_id, "Sunita Reddy")
    chart = window.page("patients")
    assert chart.chart is not None and "none recorded" in chart.allergies.text()
    # the chart's first view: one read, one row (the list beside it names the patient too)
    assert audit_actions_since(last_audit) == ["doctor.list_patients", "doctor.list_patients", "patient.chart"]
    readings = chart.readings
    assert readings.patient_id is None  # the Readings tab loads (and audits) its own view when it is opened
    chart.tabs.setCurrentIndex(chart.readings_tab_index)
    qtbot.waitUntil(lambda: readings.chart.point_count() == 1)
    assert audit_actions_since(last_audit)[-2:] == ["patient.chart", "measurement.overview"]
    series = readings.chart.series
    assert series is not None and series.planned and series.points[0].value == 186
    grabbed = readings.chart.grab()
    assert not grabbed.isNull()


def test_allergy_tab_and_prescription_override_and_patient_documents(qtbot, clinic, sqlite_db, make_ctx, opened,
                                                                     records_dir):
    from medlink.ui.doctor.prescription_dialog import PrescriptionDialog
    from medlink.ui.doctor.window import DoctorWindow
    from medlink.ui.patient.window import PatientWindow

    db = sqlite_db
    labs.install_starter_catalogue(db, actor=clinic.admin)
    patient, doctor = clinic.patient("Kavya Nair"), clinic.doctor()
    appointment = clinic.booking(patient, doctor)
    window = DoctorWindow(make_ctx(doctor), doctor)
    qtbot.addWidget(window)
    window.show_patient(patient.patient_id)
    page = window.page("patients")
    tab = page.allergies_tab
    tab.substance.setText("Penicillin")
    tab.reaction.setText("Hives")
    tab.severity.setCurrentIndex(tab.severity.findData("severe"))
    _click(qtbot, tab, "addAllergy")
    assert "Penicillin (Hives; Severe)" in page.allergies.text()
    assert tab.allergy_model.rowCount() == 1 and tab.allergy_model.row_at(0).drug_class == "penicillins"
    tab.icd_search.setText("hypert")
    tab.search_icd()
    assert tab.icd_results.count() >= 1 and tab.icd_results.currentItem().text().startswith("I10")
    _click(qtbot, tab, "addProblem")
    assert tab.problem_model.rowCount() == 1 and "I10" in page.history.text()
    labs_tab = page.labs_tab
    labs_tab.test.setCurrentIndex(labs_tab.test.findData(
        next(t.id for t in labs.list_lab_catalogue(db, actor=doctor) if t.code == "HBA1C")))
    _click(qtbot, labs_tab, "orderLabTest")
    assert labs_tab.model.rowCount() == 1
    labs_tab.table.selectRow(0)
    labs_tab.value.setText("8.2")
    _click(qtbot, labs_tab, "saveLabResult")
    assert labs_tab.model.row_at(0).abnormal_flag == "H"

    dialog = PrescriptionDialog(make_ctx(doctor), doctor, appointment, page.tz)
    qtbot.addWidget(dialog)
    assert "Penicillin" in dialog.allergy_banner.text()
    dialog.rows[0]["medicine"].setText("Augmentin")
    dialog.rows[0]["strength"].setText("625 mg")
    _click(qtbot, dialog, "savePrescription")
    assert dialog.result_view is None and not dialog.override_box.isHidden()
    assert "Augmentin" in dialog.override_warning.text() and dialog.save_button.text() == "Prescribe anyway"
    _click(qtbot, dialog, "savePrescription")  # still no reason
    assert dialog.result_view is None and not dialog.override_error.isHidden()
    dialog.override_reason.setPlainText("Skin test negative today; allergy history doubtful.")
    _click(qtbot, dialog, "savePrescription")
    assert dialog.result_view is not None and dialog.result_view.allergy_override_reason
    assert "My prescriptions" in dialog.done_label.text()

    mine = PatientWindow(make_ctx(patient), patient)
    qtbot.addWidget(mine)
    docs = mine.show_page("prescriptions")
    assert docs.rx_model.rowCount() == 1 and docs.lab_model.rowCount() == 1
    assert docs.lab_model.row_at(0).result_display == "8.2 %"
    _click(qtbot, docs, "openMyPrescription")
    assert opened == [] and docs.viewer.isVisible() and "RX-" in docs.viewer.windowTitle()
    assert "Augmentin" in "".join(p.extract_text() for p in PdfReader(io.BytesIO(docs.viewer._data)).pages)
    assert prescriptions.list_prescriptions(db, actor=patient, patient_id=patient.patient_id)
    assert allergies.list_allergies(db, actor=patient, patient_id=patient.patient_id)
    mine.sign_out()


def test_front_desk_records_visit_vitals_and_sees_the_allergy_list(qtbot, clinic, sqlite_db, make_ctx):
    from medlink.ui.staff.window import StaffWindow

    db = sqlite_db
    patient, doctor, staff = clinic.patient("Meena Pillai"), clinic.doctor(), clinic.staff()
    clinic.booking(patient, doctor)
    allergies.add_allergy(db, actor=doctor, patient_id=patient.patient_id, substance="Sulfa drugs", reaction="Rash")
    window = StaffWindow(make_ctx(staff), staff)
    qtbot.addWidget(window)
    page = window.show_page("patients")
    page.open_patient(patient.patient_id)
    assert page.info_labels["allergies"].text() == "Sulfa drugs (Rash)"
    dialog = page.open_vitals()
    assert dialog is not None
    panel = dialog.panel
    panel.kind.setCurrentIndex(panel.kind.findData("weight"))
    panel.value.setText("61.5")
    _click(qtbot, panel, "saveReading")
    assert panel.last_result is not None and panel.last_result.measurement.source.value == "visit"
    assert panel.last_result.measurement.entered_by == staff.display_name
    [row] = measurements.list_measurements(db, actor=doctor, patient_id=patient.patient_id)
    assert row.display == "61.5 kg"
    dialog.close()


def test_readings_list_starts_with_the_newest_and_pages_older_ones(qtbot, clinic, sqlite_db, make_ctx):
    from datetime import timedelta

    from medlink.db.types import utcnow
    from medlink.ui import readings_panel
    from medlink.ui.readings_panel import ReadingsPanel
    from medlink.ui.widgets import format_when

    patient = clinic.patient("Kavya Menon")
    now = utcnow()
    total = readings_panel.FIRST_PAGE + 5
    for day in range(total):
        measurements.record_measurement(sqlite_db, actor=patient, patient_id=patient.patient_id, kind="pulse",
                                        value=str(60 + day % 30), measured_at=now - timedelta(hours=day))
    ctx = make_ctx(patient)
    tz = ZoneInfo("Asia/Kolkata")
    panel = ReadingsPanel(ctx, patient, tz)
    qtbot.addWidget(panel)
    panel.show()
    panel.refresh()
    assert panel.model.rowCount() == readings_panel.FIRST_PAGE
    assert panel.model.row_at(0).measured_at > panel.model.row_at(1).measured_at  # newest first
    assert panel.chart.series is not None and len(panel.chart.series.points) == total  # the trend has them all
    more = panel.findChild(QPushButton, "olderReadings")
    assert more.isVisible()
    qtbot.mouseClick(more, Qt.MouseButton.LeftButton)
    assert panel.model.rowCount() == total and not more.isVisible()
    oldest = panel.model.row_at(total - 1)
    assert format_when(oldest.measured_at, tz) == format_when(now - timedelta(hours=total - 1), tz)
