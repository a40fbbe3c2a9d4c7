"""The dispatcher under real worker threads: windows closed and users signed out in the middle of a task.

No ``synchronous_tasks`` here: every task runs on the pool.  Each loop runs 200
times and counts how often the task was really still running when its window
went away (a loop in which the work had always finished first would prove nothing).
"""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from medlink.config import AppConfig
from medlink.db.session import Database
from medlink.services import records
from medlink.services.clinic_settings import get_settings
from medlink.ui import errors as ui_errors
from medlink.ui import tasks
from medlink.ui.chat_panel import ChatPanel
from medlink.ui.context import AppContext
from medlink.ui.patient import common
from medlink.ui.patient.doctors_page import FindDoctorPage
from medlink.ui.patient.records_page import MyRecordsPage
from medlink.ui.viewer import DocumentViewerDialog
from tests.factories import ClinicFactory
from tests.ui.patient.conftest import PDF

ROUNDS = 200


def _flush_deletes() -> None:
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def unexpected(monkeypatch: pytest.MonkeyPatch) -> list[BaseException]:
    """Errors that would have reached the apology box (there must be none)."""
    seen: list[BaseException] = []
    monkeypatch.setattr(ui_errors, "report_unexpected", lambda exc, *a, **k: seen.append(exc))
    return seen


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    urls: list[str] = []
    monkeypatch.setattr(common, "open_url", lambda url: urls.append(url.toLocalFile()) or True)
    return urls


@pytest.fixture
def patient_setup(sqlite_db: Database, records_dir: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    clinic = ClinicFactory(sqlite_db)
    patient = clinic.patient("Kavya Iyer")
    record = records.upload_record(sqlite_db, actor=patient, records_dir=records_dir,
                                   patient_id=patient.patient_id, title="CBC", record_type="lab_report",
                                   record_date=date(2026, 1, 5), filename="cbc.pdf", data=PDF)
    config = AppConfig(database_url=str(sqlite_db.url), records_dir=records_dir, config_file=tmp_path / "c.toml")
    ctx = AppContext(db=sqlite_db, config=config, actor=patient)
    return ctx, patient, record


def _visible_viewers() -> list[DocumentViewerDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, DocumentViewerDialog) and w.isVisible()]


def _settle() -> None:
    """Wait until no task runs and nothing is left to deliver (a delivered result may start another task)."""
    deadline = time.monotonic() + 60
    while tasks.pending_tasks():
        assert time.monotonic() < deadline, "background work did not settle"
        tasks.wait_for_tasks(1_000)
        tasks.deliver_pending()
        QApplication.processEvents()


def test_closing_the_chat_panel_mid_answer_200_times(qtbot, sqlite_db: Database, tmp_path: Path,
                                                     unexpected: list[BaseException]) -> None:
    config = AppConfig(database_url=str(sqlite_db.url), records_dir=tmp_path, config_file=tmp_path / "c.toml")
    ctx = AppContext(db=sqlite_db, config=config)
    mid_task = 0
    for round_ in range(ROUNDS):
        panel = ChatPanel(ctx)
        panel.send("Which doctor should I see for a skin rash?")
        mid_task += tasks.pending_tasks() > 0
        panel.deleteLater()
        _flush_deletes()
        if round_ % 10 == 0:
            QApplication.processEvents()  # some answers arrive for panels already gone
    _settle()
    assert mid_task >= ROUNDS * 3 // 4, mid_task
    assert unexpected == []


def test_closing_the_records_page_while_a_record_opens_200_times(qtbot, patient_setup, opened: list[str],
                                                                 unexpected: list[BaseException]) -> None:
    ctx, _patient, record = patient_setup
    tz = get_settings(ctx.db).tz
    mid_task = 0
    for _ in range(ROUNDS):
        page = MyRecordsPage(ctx, tz)
        page.refresh()
        qtbot.waitUntil(lambda page=page: page.model.rowCount() == 1, timeout=10_000)
        assert page.select_record(record.id)
        page.open_selected()
        mid_task += tasks.pending_tasks() > 0
        page.deleteLater()
        _flush_deletes()
    _settle()
    assert mid_task >= ROUNDS * 3 // 4, mid_task
    assert opened == [] and _visible_viewers() == []  # nothing was shown for a page that was gone
    assert unexpected == []


def test_closing_the_doctor_search_mid_search_200_times(qtbot, sqlite_db: Database, tmp_path: Path,
                                                        unexpected: list[BaseException]) -> None:
    clinic = ClinicFactory(sqlite_db)
    for name in ("Dr. Meera Rao", "Dr. Arjun Menon", "Dr. Farah Khan"):
        clinic.doctor(name)
    config = AppConfig(database_url=str(sqlite_db.url), records_dir=tmp_path, config_file=tmp_path / "c.toml")
    ctx = AppContext(db=sqlite_db, config=config, actor=clinic.patient())
    tz = get_settings(sqlite_db).tz
    mid_task = 0
    for round_ in range(ROUNDS):
        page = FindDoctorPage(ctx, tz)
        page.findChild(QLineEdit).setText("Dr")
        page.run_search()
        mid_task += tasks.pending_tasks() > 0
        page.deleteLater()
        _flush_deletes()
        if round_ % 10 == 0:
            QApplication.processEvents()
    _settle()
    assert mid_task >= ROUNDS * 3 // 4, mid_task
    assert unexpected == []
    # And the page still works when it stays open: the newest search's result is shown.
    page = FindDoctorPage(ctx, tz)
    qtbot.addWidget(page)
    page.run_search()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=10_000)


@pytest.mark.slow
def test_signing_out_while_a_record_opens_leaves_no_decrypted_file_200_times(
        qtbot, patient_setup, opened: list[str], unexpected: list[BaseException], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    import tempfile

    from medlink.ui.patient.window import PatientWindow

    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    ctx, patient, record = patient_setup
    mid_task = 0
    for _ in range(ROUNDS):
        window = PatientWindow(ctx, patient)
        page = window.show_page("records")
        assert isinstance(page, MyRecordsPage)
        qtbot.waitUntil(lambda page=page: page.model.rowCount() == 1, timeout=10_000)
        assert page.select_record(record.id)
        qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
        mid_task += tasks.pending_tasks() > 0
        window.sign_out()
        _settle()  # the worker finishes after the sign-out; its bytes must go nowhere
        assert _visible_viewers() == [] and list(temp.glob("medlink-*")) == []
        window.close()
        window.deleteLater()
        _flush_deletes()
    assert mid_task >= ROUNDS * 3 // 4, mid_task
    assert opened == []
    assert unexpected == []


def test_first_run_hashes_the_password_off_the_gui_thread(qtbot, sqlite_db: Database, tmp_path: Path) -> None:
    from medlink.services import accounts
    from medlink.ui.first_run import FirstAdminDialog

    config = AppConfig(database_url=str(sqlite_db.url), records_dir=tmp_path, config_file=tmp_path / "c.toml")
    dialog = FirstAdminDialog(AppContext(db=sqlite_db, config=config))
    qtbot.addWidget(dialog)
    dialog.name.setText("Asha Admin")
    dialog.email.setText("asha@clinic.test")
    dialog.password.setText("a long clinic passphrase 42")
    dialog.create_admin()
    assert not dialog.create_button.isEnabled()  # returned at once; the work runs on the pool
    qtbot.waitUntil(lambda: accounts.has_admin(sqlite_db) and dialog.create_button.isEnabled(), timeout=10_000)
    _settle()


def test_shutdown_cancels_waits_for_the_workers_and_refuses_new_work(qtbot) -> None:
    """A separate dispatcher (the application's one stays open for the other tests)."""
    from medlink.cancellation import check_cancelled

    manager = tasks.TaskManager(max_workers=2)
    started: list[bool] = []
    stopped: list[float] = []
    delivered: list[object] = []

    def long_job() -> str:
        started.append(True)
        for _ in range(3000):  # up to 30 s, unless cancelled
            try:
                check_cancelled()
            except Exception:
                stopped.append(time.monotonic())
                raise
            time.sleep(0.01)
        return "finished"

    manager.run(long_job, on_result=delivered.append, on_error=delivered.append, on_progress=None,
                context=None, token=None)
    qtbot.waitUntil(lambda: started == [True], timeout=5_000)
    begun = time.monotonic()
    assert manager.shutdown(40)
    # The job stopped at its next check, not after 5 s (timed to the stop itself, not to the final
    # garbage collection in shutdown, which takes longer on a loaded machine).
    assert len(stopped) == 1 and stopped[0] - begun < 5  # far below the job's 30 s, with room for a loaded machine
    assert delivered == []  # cancelled work is not reported as an error
    manager.run(long_job, on_result=delivered.append, on_error=None, on_progress=None, context=None, token=None)
    assert manager.running() == 0 and started == [True]  # nothing new starts after shutdown


def test_garbage_holding_qt_objects_is_collected_on_the_gui_thread_not_in_a_worker(qtbot) -> None:
    """Why the dispatcher turns automatic garbage collection off (see GuiThreadGarbageCollector).

    Left automatic, a collection starts on whichever thread allocates — a worker busy in
    SQLAlchemy — and frees every unreachable cycle there, also cycles made on the GUI thread that
    hold Qt objects: those are then destroyed off their thread.  (Checked with PySide6 6.11.3:
    with ``gc.enable()`` all 50 cycles below are freed on the worker.)"""
    import gc
    import threading
    import weakref

    from PySide6.QtCore import QObject

    tasks.manager()  # the dispatcher exists (as in the application)
    where: list[str] = []

    class Box:
        obj: QObject
        me: object

    for _ in range(50):  # cycles holding Qt objects, made on the GUI thread and dropped
        box = Box()
        box.obj = QObject()
        box.me = box
        weakref.finalize(box, lambda: where.append(threading.current_thread().name))
        del box

    def allocate() -> int:
        junk: list[list[int]] = []
        for i in range(200_000):
            junk.append([i])
            if len(junk) > 1000:
                junk.clear()
        return 0

    tasks.run_task(allocate)
    _settle()
    gc.collect()
    assert where == ["MainThread"] * 50
