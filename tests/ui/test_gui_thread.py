"""The GUI thread never waits for the database: signing in and opening every page of each role's
window, with real workers, opens no unit of work on the GUI thread; pages show their empty or
loading state first and fill when the worker's answer arrives.

No ``synchronous_tasks`` here (with workers inline everything would run on the GUI thread).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from medlink.config import AppConfig
from medlink.db.session import Database
from medlink.services import clinic_settings
from medlink.ui.context import AppContext
from tests.factories import PASSWORD, ClinicFactory
from tests.ui.gui_thread import database_use_on_gui_thread, settle


def _controller(db: Database, records_dir: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    from medlink.ui.app import AppController

    config = AppConfig(database_url=str(db.url), records_dir=records_dir, config_file=tmp_path / "c.toml")
    return AppController(AppContext(db=db, config=config))


@pytest.mark.parametrize("role", ["administrator", "doctor", "patient"])
def test_signing_in_and_opening_every_page_reads_nothing_on_the_gui_thread(qtbot, db: Database, records_dir: Path,
                                                                           tmp_path: Path, role: str) -> None:
    clinic = ClinicFactory(db)
    doctor = clinic.doctor("Dr. Meera Rao")
    patient = clinic.patient("Kavya Iyer")
    clinic.booking(patient, doctor)
    email = {"administrator": clinic.admin.email, "doctor": doctor.email, "patient": patient.email}[role]
    controller = _controller(db, records_dir, tmp_path)
    qtbot.addWidget(controller.login)
    login = controller.login
    with database_use_on_gui_thread() as found:
        qtbot.keyClicks(login.email, email)
        qtbot.keyClicks(login.password, PASSWORD)
        qtbot.mouseClick(login.sign_in_button, Qt.MouseButton.LeftButton)
        assert controller.role_window is None  # the password is checked on a worker
        qtbot.waitUntil(lambda: controller.role_window is not None, timeout=30_000)
        window = controller.role_window
        assert window is not None
        qtbot.addWidget(window)
        settle()
        for key in list(window._specs):
            window.show_page(key)
            settle()
    # every page was built and shown, and none of it read the database on the GUI thread
    assert set(window._pages) == set(window._specs)
    assert found == []
    window.sign_out("user")
    settle()


def test_the_role_window_is_built_from_the_settings_read_at_sign_in(qtbot, db: Database, records_dir: Path,
                                                                    tmp_path: Path) -> None:
    clinic = ClinicFactory(db)
    clinic_settings.update_settings(db, actor=clinic.admin, changes={"clinic_name": "Sunrise Clinic"})
    controller = _controller(db, records_dir, tmp_path)
    qtbot.addWidget(controller.login)
    qtbot.keyClicks(controller.login.email, clinic.admin.email)
    qtbot.keyClicks(controller.login.password, PASSWORD)
    qtbot.mouseClick(controller.login.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.role_window is not None, timeout=30_000)
    window = controller.role_window
    assert window is not None
    qtbot.addWidget(window)
    assert controller.ctx.settings is not None and controller.ctx.settings.clinic_name == "Sunrise Clinic"
    assert window.windowTitle().startswith("Sunrise Clinic")
    window.sign_out("user")
    settle()
    assert controller.ctx.settings is None  # read again by the next sign-in


def test_a_sign_out_before_the_first_page_is_built_leaves_it_unbuilt(qtbot, db: Database, records_dir: Path,
                                                                     tmp_path: Path) -> None:
    """The first page is built on the turn after the window: a sign-out in between (the user, the idle
    time-out) must not build it for an actor who is gone (its refresh asserted an actor before)."""
    from medlink.ui.staff.window import StaffWindow

    clinic = ClinicFactory(db)
    config = AppConfig(database_url=str(db.url), records_dir=records_dir, config_file=tmp_path / "c.toml")
    ctx = AppContext(db=db, config=config, actor=clinic.staff(), settings=clinic_settings.get_settings(db))
    window = StaffWindow(ctx, ctx.actor)
    qtbot.addWidget(window)
    window.sign_out("user")
    ctx.actor = None  # as the controller does on signed_out
    settle()
    assert not window.first_page_shown


def test_pages_show_their_empty_state_first_and_fill_when_the_worker_answers(qtbot, db: Database, records_dir: Path,
                                                                             tmp_path: Path) -> None:
    from medlink.ui.staff.window import StaffWindow

    clinic = ClinicFactory(db)
    clinic_settings.update_settings(db, actor=clinic.admin, changes={"clinic_name": "Sunrise Clinic"})
    config = AppConfig(database_url=str(db.url), records_dir=records_dir, config_file=tmp_path / "c.toml")
    ctx = AppContext(db=db, config=config, actor=clinic.admin, settings=clinic_settings.get_settings(db))
    window = StaffWindow(ctx, clinic.admin)
    qtbot.waitUntil(lambda: window.first_page_shown)  # built on the next turn
    qtbot.addWidget(window)
    window.show()
    settle()
    with database_use_on_gui_thread() as found:
        page = window.show_page("settings")
        # built and shown at once, without its data: nothing was read on the GUI thread
        assert page.clinic_name.text() == "" and page.timezone.count() == 0  # type: ignore[attr-defined]
        settle()
        assert page.clinic_name.text() == "Sunrise Clinic"  # type: ignore[attr-defined]
        assert page.timezone.count() > 300 and page.timezone.currentText() == "Asia/Kolkata"  # type: ignore[attr-defined]
        dashboard = window.show_page("dashboard")
        assert dashboard.today_tiles["booked"].value.text() == "—"  # type: ignore[attr-defined]
        settle()
        assert dashboard.today_tiles["booked"].value.text() == "0"  # type: ignore[attr-defined]
    assert found == []
    window.close()
    settle()


def test_the_sign_in_worker_reads_the_accounts_language_catalogue(db: Database) -> None:
    from medlink import i18n
    from medlink.services.languages import set_user_language
    from medlink.ui.login import sign_in_work

    clinic = ClinicFactory(db)
    patient = clinic.patient("Kavya Iyer")
    set_user_language(db, actor=patient, language="hi")
    i18n.reload_catalogues()
    actor, settings = sign_in_work(db, email=patient.email, password=PASSWORD)
    assert actor.language == "hi" and settings.clinic_name
    assert "hi" in i18n._catalogues and len(i18n._catalogues["hi"]) > 500  # parsed here, on the worker


def test_the_doctors_today_page_builds_its_hidden_tabs_on_later_turns(qtbot, db: Database, records_dir: Path,
                                                                      tmp_path: Path) -> None:
    from medlink.ui.doctor.window import DoctorWindow

    clinic = ClinicFactory(db)
    doctor = clinic.doctor("Dr. Meera Rao")
    booked = clinic.booking(clinic.patient("Kavya Iyer"), doctor, days_ahead=2)
    config = AppConfig(database_url=str(db.url), records_dir=records_dir, config_file=tmp_path / "c.toml")
    window = DoctorWindow(AppContext(db=db, config=config, actor=doctor, settings=clinic_settings.get_settings(db)),
                          doctor)
    qtbot.addWidget(window)
    page = window.page("appointments")
    # built with the window: the Today list, and empty tabs for the rest
    assert page.tabs.count() == 4 and page.upcoming_view is None and page.past_view is None  # type: ignore[attr-defined]
    window.show()
    settle()
    assert page.upcoming_view is not None and page.past_view is not None  # type: ignore[attr-defined]
    assert page.upcoming_view.model().rowCount() == 1  # type: ignore[attr-defined]
    assert page.tabs.tabText(1) == "Upcoming (1)"  # type: ignore[attr-defined]
    assert page.select_id(booked.id) and page.tabs.currentIndex() == 1  # type: ignore[attr-defined]
    window.close()
    settle()


def test_opening_a_hidden_tab_before_its_turn_builds_it_at_once(qtbot, db: Database, records_dir: Path,
                                                                tmp_path: Path) -> None:
    from medlink.ui.doctor.window import DoctorWindow

    clinic = ClinicFactory(db)
    doctor = clinic.doctor("Dr. Meera Rao")
    config = AppConfig(database_url=str(db.url), records_dir=records_dir, config_file=tmp_path / "c.toml")
    window = DoctorWindow(AppContext(db=db, config=config, actor=doctor), doctor)
    qtbot.waitUntil(lambda: window.first_page_shown)  # built on the next turn
    qtbot.addWidget(window)
    page = window.page("appointments")
    page.tabs.setCurrentIndex(3)  # type: ignore[attr-defined]  # the week, before any turn of the event loop
    assert page.week_view.model() is page.week_model and page.past_view is not None  # type: ignore[attr-defined]
    settle()
    window.close()
    settle()


def test_the_role_window_is_built_on_one_turn_and_its_first_page_on_the_next(qtbot, db: Database,
                                                                           records_dir: Path, tmp_path: Path) -> None:
    """Signing in held the GUI thread for the window and its first page together (35-50 ms on a clinic's
    database); the first page now follows on the next turn, and a page asked for before that wins."""
    from PySide6.QtWidgets import QApplication

    from medlink.ui.doctor.window import DoctorWindow

    clinic = ClinicFactory(db)
    doctor = clinic.doctor("Dr. Meera Rao")
    config = AppConfig(database_url=str(db.url), records_dir=records_dir, config_file=tmp_path / "c.toml")
    ctx = AppContext(db=db, config=config, actor=doctor, settings=clinic_settings.get_settings(db))
    window = DoctorWindow(ctx, doctor)
    qtbot.addWidget(window)
    assert window.stack.count() == 0 and not window.first_page_shown  # nothing of a page in the sign-in's turn
    QApplication.processEvents()
    assert window.first_page_shown and window.stack.currentWidget() is window.page("appointments")
    settle()

    other = DoctorWindow(ctx, doctor)
    qtbot.addWidget(other)
    patients = other.show_page("patients")  # e.g. a shortcut pressed at once
    QApplication.processEvents()
    assert other.stack.currentWidget() is patients and "appointments" not in other._pages
    settle()
    window.close()
    other.close()
    settle()
