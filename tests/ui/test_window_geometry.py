"""Windows and dialogs open where the user left them, and never larger than the screen."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QDialog, QMainWindow

from medlink.ui.widgets import RememberingWindow, remember_geometry


def _free_height() -> int:
    screen = QApplication.primaryScreen()
    assert screen is not None
    return screen.availableGeometry().height()


def test_a_dialog_reopens_at_the_size_it_was_closed_with(qtbot):  # type: ignore[no-untyped-def]
    first = QDialog()
    qtbot.addWidget(first)
    remember_geometry(first, "sample", (420, 300))
    assert (first.width(), first.height()) == (420, 300)
    first.show()
    first.resize(510, 330)
    first.done(0)
    second = QDialog()
    qtbot.addWidget(second)
    remember_geometry(second, "sample", (420, 300))
    assert (second.width(), second.height()) == (510, 330)
    other = QDialog()
    qtbot.addWidget(other)
    remember_geometry(other, "another", (420, 300))  # each dialog keeps its own
    assert (other.width(), other.height()) == (420, 300)


def test_nothing_opens_taller_than_the_screen(qtbot):  # type: ignore[no-untyped-def]
    dialog = QDialog()
    qtbot.addWidget(dialog)
    remember_geometry(dialog, "tall", (600, 5000))
    assert dialog.height() < _free_height()

    class Window(RememberingWindow):
        settings_key = "window/test"

    window = Window()
    qtbot.addWidget(window)
    window.restore_state((900, 5000))
    assert window.height() < _free_height()
    window.show()
    window.resize(700, 400)
    window.close()
    again = Window()
    qtbot.addWidget(again)
    again.restore_state((900, 5000))
    assert (again.width(), again.height()) == (700, 400)
    assert isinstance(again, QMainWindow)
