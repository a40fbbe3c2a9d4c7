"""Fixtures shared by every window test.

* ``synchronous_tasks``: ``run_task`` work runs inline on the test's thread
  (the one copy of this switch; ``sync_tasks`` / ``synchronous`` are older names).
* The bundled Indian-script fonts are registered, as ``create_application`` does.
* Every UI test fails if it leaves pool work running (after napari's
  ``_dangling_qthread_pool``): a worker still running after the test's widgets
  are gone is how "random" segfaults get into a suite.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from medlink.ui import tasks


@pytest.fixture
def synchronous_tasks() -> Iterator[None]:
    tasks.set_synchronous(True)
    try:
        yield
    finally:
        tasks.set_synchronous(False)


@pytest.fixture
def sync_tasks(synchronous_tasks: None) -> None:
    """Older name of ``synchronous_tasks``."""


@pytest.fixture
def synchronous(synchronous_tasks: None) -> None:
    """Older name of ``synchronous_tasks``."""


@pytest.fixture(autouse=True)
def _window_settings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Each test has its own window settings (remembered sizes), never the user's nor another test's."""
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path_factory.mktemp("qsettings")))
    yield


@pytest.fixture(scope="session", autouse=True)
def _indian_script_fonts(qapp: QApplication) -> None:
    """The bundled Noto Sans faces, as the application registers them: Hindi is measured with its glyphs,
    not with the boxes of a computer that has no Devanagari font."""
    from medlink.ui.fonts import install_ui_fonts

    install_ui_fonts()


@pytest.fixture(scope="session", autouse=True)
def _collect_garbage_before_exit() -> Iterator[None]:
    """The dispatcher runs Python's cyclic GC on the GUI thread only; collect what is left while
    Qt is still fully alive, not during interpreter finalization."""
    yield
    tasks.deliver_pending()
    gc.collect()


@pytest.fixture(autouse=True)
def _no_dangling_tasks() -> Iterator[None]:
    yield
    tasks.set_synchronous(False)
    running = tasks.running_tasks()
    finished = tasks.wait_for_tasks(30_000)  # let them end before the next test either way
    tasks.deliver_pending()  # what they handed over is delivered (or dropped) now, not in the next test
    app = QApplication.instance()
    if app is not None:
        app.processEvents()
    assert running == 0, (f"the test left {running} background task(s) running; "
                          "wait for them (tasks.wait_for_tasks / qtbot.waitUntil) before it ends"
                          + ("" if finished else " — and they did not finish within 30 s"))
