"""Every page (and every tab of it) of every role window at 1366×768, in English and Hindi: no clipped
buttons or labels, and no window or dialog larger than the screen.

A push button narrower than its size hint cuts its text; a one-line label
narrower than its size hint (and not deliberately elided) cuts its text too.
The check visits every page of the patient, kiosk, doctor, front-desk and
administrator windows on a real database.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QTabWidget, QWidget

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
def medlink_style(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[None]:
    """The application's style sheet (its type sizes and paddings are what must fit), the kiosk's for the kiosk."""
    from medlink.ui.style import KIOSK_EXTRA, STYLESHEET

    kiosk = "kiosk" in request.node.name
    qapp.setStyleSheet(STYLESHEET + (KIOSK_EXTRA if kiosk else ""))
    yield
    qapp.setStyleSheet("")


def clipped_widgets(root: QWidget) -> list[str]:
    problems = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.width() <= 1:
            continue
        if isinstance(widget, QPushButton) and widget.text():
            if widget.sizeHint().width() > widget.width() + 1:
                problems.append(f"button {widget.objectName() or widget.text()!r}: "
                                f"{widget.width()} < {widget.sizeHint().width()} px")
        elif isinstance(widget, QLabel) and widget.text() and not widget.wordWrap() and not widget.pixmap():
            if widget.sizeHint().width() > widget.width() + 1 and widget.parent() is not None:
                problems.append(f"label {widget.objectName() or widget.text()[:40]!r}: "
                                f"{widget.width()} < {widget.sizeHint().width()} px")
    return problems


def _ctx(db, records_dir: Path, tmp_path: Path, actor, *, kiosk: bool = False) -> AppContext:  # type: ignore[no-untyped-def]
    config = AppConfig(database_url=str(db.url), records_dir=records_dir, config_file=tmp_path / "c.toml")
    return AppContext(db=db, config=config, kiosk=kiosk, actor=actor)


def too_big(window: QWidget) -> list[str]:
    """A window (or dialog) whose minimum size is more than the 1366×768 screen: it cannot be shown whole."""
    if window.width() > SCREEN[0] or window.height() > SCREEN[1]:
        return [f"{window.width()}×{window.height()} px, more than {SCREEN[0]}×{SCREEN[1]}"]
    return []


def _check_tabs(window: QWidget, where: str) -> list[str]:
    """Every tab of every visible tab widget (chart tabs, settings, dashboard), one after the other."""
    problems = []
    for tabs in window.findChildren(QTabWidget):
        if not tabs.isVisible():
            continue
        current = tabs.currentIndex()
        for index in range(tabs.count()):
            if index == current or not tabs.isTabEnabled(index):
                continue
            tabs.setCurrentIndex(index)
            QApplication.processEvents()
            tab = f"{where}[{tabs.tabText(index)}]"
            problems += [f"{tab}: {p}" for p in clipped_widgets(window) + too_big(window)]
        tabs.setCurrentIndex(current)
    return problems


def _visit_every_page(qtbot, window, open_first=None) -> list[str]:  # type: ignore[no-untyped-def]
    qtbot.addWidget(window)
    window.resize(*SCREEN)
    window.show()
    problems = []
    for key in list(window._specs):
        window.show_page(key)
        if open_first is not None:
            open_first(window, key)
        QApplication.processEvents()
        where = f"{type(window).__name__}/{key}"
        problems += [f"{where}: {p}" for p in clipped_widgets(window) + too_big(window)]
        problems += _check_tabs(window, where)
    return problems


@pytest.fixture
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    """The windows in this language (Hindi runs longer than English)."""
    from medlink.ui.i18n import apply_language

    apply_language(request.param)
    yield request.param
    apply_language("en")


@pytest.mark.parametrize("language", ["en", "hi"], indirect=True)
@pytest.mark.parametrize("role", ["patient", "kiosk", "doctor", "staff", "admin"])
def test_no_clipped_text_at_1366x768(qtbot, backend, clinic, records_dir, tmp_path, role, language):  # type: ignore[no-untyped-def]
    if backend != "sqlite":
        pytest.skip("layout is the same on every back-end")
    doctor = clinic.doctor("Dr. Meera Rao")
    patient = clinic.patient("Lakshmi Narayan")
    clinic.booking(patient, doctor)
    if role in ("patient", "kiosk"):
        from medlink.ui.patient.window import PatientWindow

        window = PatientWindow(_ctx(clinic.db, records_dir, tmp_path, patient, kiosk=role == "kiosk"), patient)
    elif role == "doctor":
        from medlink.ui.doctor.window import DoctorWindow

        window = DoctorWindow(_ctx(clinic.db, records_dir, tmp_path, doctor), doctor)

        def open_first(window, key):  # type: ignore[no-untyped-def]
            if key == "patients":  # the chart of a patient, with its tabs
                window.show_patient(patient.patient_id, "Lakshmi Narayan")
    else:
        from medlink.ui.staff.window import StaffWindow

        actor = clinic.staff() if role == "staff" else clinic.admin
        window = StaffWindow(_ctx(clinic.db, records_dir, tmp_path, actor), actor)
    problems = _visit_every_page(qtbot, window, open_first if role == "doctor" else None)
    window.sign_out("user") if role == "kiosk" else None
    assert problems == []


def test_the_check_sees_a_clipped_button_and_label(qtbot):  # type: ignore[no-untyped-def]
    host = QWidget()
    qtbot.addWidget(host)
    button = QPushButton("Confirm the appointment", host)
    button.setFixedWidth(40)
    label = QLabel("A sentence that cannot fit in forty pixels", host)
    label.setGeometry(0, 40, 40, 20)
    fine = QPushButton("OK", host)
    fine.setGeometry(0, 80, 200, 30)
    host.resize(300, 200)
    host.show()
    problems = clipped_widgets(host)
    assert len(problems) == 2 and "Confirm the appointment" in problems[0]


def _dialogs(clinic, ctx_for, tmp_path):  # type: ignore[no-untyped-def]
    """Every dialog and stand-alone window, built as the application builds it, on a real clinic."""
    from zoneinfo import ZoneInfo

    from medlink.about import about_info
    from medlink.receipts.pdf import render_receipt_pdf
    from medlink.receipts.sample import build_sample_receipt
    from medlink.ui.about_dialog import AboutDialog
    from medlink.ui.doctor.bill_dialog import BillDialog
    from medlink.ui.doctor.prescription_dialog import PrescriptionDialog
    from medlink.ui.doctor.sign_up import DoctorSignUpDialog
    from medlink.ui.first_run import FirstAdminDialog
    from medlink.ui.kiosk_exit import KioskExitDialog
    from medlink.ui.login import LoginWindow
    from medlink.ui.password_dialog import ChangePasswordDialog
    from medlink.ui.patient.booking import BookingDialog
    from medlink.ui.patient.doctors_page import DoctorProfileDialog
    from medlink.ui.patient.kiosk_picker import KioskFilePicker
    from medlink.ui.patient.records_page import RecordUploadDialog
    from medlink.ui.patient.sign_up import PatientSignUpDialog
    from medlink.ui.printing import PrintPreviewDialog
    from medlink.ui.staff.booking import AppointmentDialog
    from medlink.ui.staff.patients import WalkInDialog
    from medlink.ui.token_screen import TokenScreenWindow
    from medlink.ui.viewer import DocumentViewerDialog
    from medlink.vocabulary import PaperSize

    tz = ZoneInfo("Asia/Kolkata")
    doctor = clinic.doctor("Dr. Meera Rao")
    patient = clinic.patient("Lakshmi Narayan")
    visit = clinic.booking(patient, doctor)
    staff = clinic.staff()
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "Blood test March.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")
    pdf = render_receipt_pdf(build_sample_receipt())
    return {
        "login": lambda: LoginWindow(ctx_for(None)),
        "first run": lambda: FirstAdminDialog(ctx_for(None)),
        "patient sign-up": lambda: PatientSignUpDialog(ctx_for(None)),
        "doctor sign-up": lambda: DoctorSignUpDialog(ctx_for(None)),
        "change password": lambda: ChangePasswordDialog(ctx_for(patient)),
        "booking": lambda: BookingDialog(ctx_for(patient), tz, doctor.doctor_id, "Dr. Meera Rao"),
        "front-desk booking": lambda: AppointmentDialog(ctx_for(staff), None, tz=tz, patient_id=patient.patient_id,
                                                        patient_name="Lakshmi Narayan"),
        "walk-in": lambda: WalkInDialog(ctx_for(staff)),
        "doctor profile": lambda: DoctorProfileDialog(ctx_for(patient), doctor.doctor_id),
        "record upload": lambda: RecordUploadDialog(ctx_for(patient), tz),
        "kiosk picker": lambda: KioskFilePicker(inbox, tz),
        "kiosk exit": lambda: KioskExitDialog(ctx_for(patient, kiosk=True)),
        "bill": lambda: BillDialog(ctx_for(doctor), doctor, visit, tz),
        "prescription": lambda: PrescriptionDialog(ctx_for(doctor), doctor, visit, tz),
        "prescription allergy warning": lambda: _allergy_warning(PrescriptionDialog(ctx_for(doctor), doctor, visit, tz),
                                                                 doctor, patient),
        "viewer": lambda: DocumentViewerDialog(pdf, "application/pdf", "Receipt"),
        "print preview": lambda: PrintPreviewDialog({PaperSize.A4: pdf, PaperSize.A5: pdf}, "Print receipt"),
        "about": lambda: AboutDialog(about_info()),
        "token screen": lambda: TokenScreenWindow(ctx_for(None), change_check_ms=None),
    }


def _allergy_warning(dialog, doctor, patient):  # type: ignore[no-untyped-def]
    """The prescription dialog after a medicine the patient is allergic to: the warning and its reason field."""
    from medlink.services import allergies

    allergies.add_allergy(dialog.ctx.db, actor=doctor, patient_id=patient.patient_id, substance="Penicillin",
                          reaction="Hives", severity="severe")
    dialog.rows[0]["medicine"].setText("Amoxicillin")
    dialog.save()
    assert not dialog.override_box.isHidden()
    return dialog


DIALOGS = ("login", "first run", "patient sign-up", "doctor sign-up", "change password", "booking",
           "front-desk booking", "walk-in", "doctor profile", "record upload", "kiosk picker", "kiosk exit", "bill",
           "prescription", "prescription allergy warning", "viewer", "print preview", "about", "token screen")


@pytest.mark.parametrize("language", ["en", "hi"], indirect=True)
@pytest.mark.parametrize("name", DIALOGS)
def test_no_clipped_text_in_dialogs_at_1366x768(qtbot, backend, clinic, records_dir, tmp_path, name, language):  # type: ignore[no-untyped-def]
    if backend != "sqlite":
        pytest.skip("layout is the same on every back-end")

    def ctx_for(actor, kiosk: bool = False):  # type: ignore[no-untyped-def]
        return _ctx(clinic.db, records_dir, tmp_path, actor, kiosk=kiosk)

    built = _dialogs(clinic, ctx_for, tmp_path)
    assert set(built) == set(DIALOGS)
    widget = built[name]()
    qtbot.addWidget(widget)
    screen = QApplication.primaryScreen()
    if screen is not None and screen.availableGeometry().height() >= SCREEN[1] - 40:
        assert widget.height() <= SCREEN[1], f"{name} opens {widget.height()} px tall"
    widget.show()
    QApplication.processEvents()
    assert clipped_widgets(widget) + too_big(widget) + _check_tabs(widget, name) == []
