"""Messages come and go without moving the buttons and fields around them (1366×768, real windows).

Each test takes an action that shows a message (a saved note, a refused line, a missing reason) and checks
that the button the user just pressed is where it was, then that the next action clears the message.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget

from medlink.config import AppConfig
from medlink.ui import tasks
from medlink.ui.context import AppContext

SCREEN = (1366, 768)


@pytest.fixture(autouse=True)
def synchronous_tasks() -> Iterator[None]:
    tasks.set_synchronous(True)
    yield
    tasks.set_synchronous(False)


@pytest.fixture(autouse=True)
def sqlite_only(backend):  # type: ignore[no-untyped-def]
    if backend != "sqlite":
        pytest.skip("layout is the same on every back-end")


def _ctx(db, records_dir: Path, tmp_path: Path, actor) -> AppContext:  # type: ignore[no-untyped-def]
    config = AppConfig(database_url=str(db.url), records_dir=records_dir, config_file=tmp_path / "c.toml")
    return AppContext(db=db, config=config, actor=actor)


def _where(widget: QWidget) -> QPoint:
    QApplication.processEvents()
    return widget.mapTo(widget.window(), QPoint(0, 0))


def test_saving_the_profile_does_not_move_the_form(qtbot, clinic, records_dir, tmp_path):  # type: ignore[no-untyped-def]
    from medlink.ui.patient.window import PatientWindow

    patient = clinic.patient("Lakshmi Narayan")
    window = PatientWindow(_ctx(clinic.db, records_dir, tmp_path, patient), patient)
    qtbot.addWidget(window)
    window.resize(*SCREEN)
    window.show()
    page = window.show_page("profile")
    save = page.findChild(QPushButton, "saveProfile")
    name = page.findChild(QWidget, "full_name")  # the form under the message line
    before = _where(name)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    status = page.findChild(QLabel, "profileStatus")
    assert status.isVisible() and "saved" in status.text()
    assert _where(name) == before
    name.setText("")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)  # a new action: the old "saved" does not stay beside its error
    assert not status.isVisible() and page.fields.error_text("full_name")


def test_a_refused_bill_line_does_not_move_add_line(qtbot, clinic, records_dir, tmp_path):  # type: ignore[no-untyped-def]
    from medlink.ui.doctor.bill_dialog import BillDialog

    doctor, patient = clinic.doctor("Dr. Meera Rao"), clinic.patient("Lakshmi Narayan")
    booked = clinic.booking(patient, doctor)
    view = booked
    dialog = BillDialog(_ctx(clinic.db, records_dir, tmp_path, doctor), doctor, view, ZoneInfo("Asia/Kolkata"))
    qtbot.addWidget(dialog)
    dialog.resize(1100, 700)
    dialog.show()
    add = dialog.findChild(QPushButton, "addBillLine")
    error = dialog.findChild(QLabel, "error_lines")
    dialog.update_preview()
    assert not error.isVisible()
    before = _where(add)
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)  # an empty line: its description is missing
    dialog.update_preview()
    assert error.isVisible() and error.text()
    assert _where(add) == before
    dialog.lines[-1].description.setText("Dressing")
    dialog.lines[-1].price.setText("150")
    dialog.update_preview()
    assert not error.isVisible() and _where(add) == before


def test_a_missing_reason_does_not_move_approve(qtbot, clinic, records_dir, tmp_path):  # type: ignore[no-untyped-def]
    from medlink.ui.staff.window import StaffWindow

    clinic.doctor("Dr. Pending Person", verified=False)
    window = StaffWindow(_ctx(clinic.db, records_dir, tmp_path, clinic.admin), clinic.admin)
    qtbot.addWidget(window)
    window.resize(*SCREEN)
    window.show()
    page = window.show_page("doctors")
    QApplication.processEvents()
    approve, reject = page.approve_button, page.reject_button
    assert approve.isVisible()
    before = _where(approve)
    qtbot.mouseClick(reject, Qt.MouseButton.LeftButton)
    assert page.reason_error.isVisible() and "reason" in page.reason_error.text()
    assert _where(approve) == before
