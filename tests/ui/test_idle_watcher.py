"""The idle log-off sees keyboard and mouse input in every window of the application (the role
window and the dialogs it opens), and costs nothing for the events widgets send each other."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QLineEdit, QVBoxLayout, QWidget

from medlink.ui.widgets import IdleWatcher


def _shown(qtbot, widget: QWidget) -> QWidget:  # type: ignore[no-untyped-def]
    qtbot.addWidget(widget)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(lambda: widget.windowHandle() is not None and widget.windowHandle().isExposed())
    return widget


def test_input_in_the_window_and_in_a_later_dialog_resets_the_count(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = QWidget()
    edit = QLineEdit(window)
    QVBoxLayout(window).addWidget(edit)
    watcher = IdleWatcher(60, warn_seconds=10, parent=window)
    watcher.start()  # before the window is shown, as a role window does
    _shown(qtbot, window)

    watcher.remaining = 5  # in the warning period: the banner is up
    with qtbot.waitSignal(watcher.activity, timeout=2000):
        QTest.keyClick(window.windowHandle(), Qt.Key.Key_A)  # delivered as the platform does, via the window
    assert watcher.remaining == 60
    assert edit.text() == "a"  # the watcher only looks: the key still reached the field

    watcher.remaining = 30
    QTest.mouseMove(window.windowHandle(), QPoint(20, 20))
    QTest.mouseClick(window.windowHandle(), Qt.MouseButton.LeftButton, pos=QPoint(25, 25))
    assert watcher.remaining == 60

    dialog = QDialog(window)  # opened after the watcher started: watched once it has the focus
    dialog.resize(200, 100)
    _shown(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.windowHandle() is not None and dialog.windowHandle().isActive(), timeout=3000)
    watcher.remaining = 30
    QTest.keyClick(dialog.windowHandle(), Qt.Key.Key_B)
    assert watcher.remaining == 60

    watcher.stop()
    watcher.remaining = 30
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_C)
    assert watcher.remaining == 30  # stopped: no longer watching


def test_a_running_watcher_does_not_see_the_events_widgets_send_each_other(qtbot) -> None:  # type: ignore[no-untyped-def]
    seen: list[int] = []

    class Counting(IdleWatcher):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            seen.append(1)
            return super().eventFilter(watched, event)

    window = QWidget()
    window.setFixedSize(600, 400)
    _shown(qtbot, window)
    watcher = Counting(60, parent=window)
    watcher.start()
    page = QWidget()
    layout = QVBoxLayout(page)
    for _ in range(200):  # what building a page does: create, lay out, re-parent, polish
        layout.addWidget(QLineEdit())
    page.setParent(window)
    page.show()
    qtbot.wait(50)
    watcher.stop()
    # Before, the filter sat on the whole application and ran for each of these thousands of events.
    assert len(seen) < 50, len(seen)
