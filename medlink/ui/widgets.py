"""Small building blocks shared by the windows."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, tzinfo
from decimal import Decimal
from typing import TypeVar

from PySide6.QtCore import QByteArray, QDate, QEvent, QObject, QSettings, Qt, QTime, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication, QWindow
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFormLayout,
    QFrame,
    QLabel,
    QMainWindow,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from medlink.formatting import format_datetime
from medlink.errors import ValidationError
from medlink.money import format_inr

W = TypeVar("W", bound=QWidget)


def reserve_message_space(*labels: QLabel, lines: int = 1) -> None:
    """Keep a message's line in the layout while it is hidden, so buttons and fields do not move when a
    message comes or goes (a message longer than ``lines`` still grows the layout)."""
    for label in labels:
        label.ensurePolished()
        policy = label.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        label.setSizePolicy(policy)
        margins = label.contentsMargins()
        label.setMinimumHeight(lines * label.fontMetrics().lineSpacing() + margins.top() + margins.bottom()
                               + 2 * label.margin())


class FieldForm(QWidget):
    """A form whose fields each have an error label underneath.

    ``show_validation(exc)`` puts a ValidationError's sentence under its field
    and focuses it; ``clear_errors()`` hides them all.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}

    def add(self, name: str, label: str, widget: W) -> W:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        error = QLabel()
        error.setObjectName(f"error_{name}")
        error.setProperty("role", "fieldError")
        error.setWordWrap(True)
        error.setVisible(False)
        layout.addWidget(error)
        caption = QLabel(label)
        caption.setBuddy(widget)
        self.form.addRow(caption, box)
        widget.setObjectName(name)
        self.fields[name] = widget
        self.errors[name] = error
        return widget

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear()
            label.setVisible(False)

    def show_validation(self, exc: ValidationError) -> bool:
        label = self.errors.get(exc.field)
        if label is None:
            return False
        label.setText(exc.message)
        label.setVisible(True)
        self.fields[exc.field].setFocus()
        return True

    def error_text(self, name: str) -> str:
        return self.errors[name].text() if self.errors[name].isVisible() else ""


class LaterSteps(QObject):
    """Parts of a page built on the turns of the event loop after the page shows, one part a turn.

    Showing a widget for the first time costs the GUI thread its style, fonts and layout, for
    hidden children as much as for visible ones (a tab widget styles and measures every tab's
    page).  A page shows its visible part first and hands the rest to ``add``; ``finish`` builds
    whatever is left at once, for code that needs it now (a tab chosen, a value to show in it).
    """

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._steps: list[Callable[[], object]] = []

    def add(self, *steps: Callable[[], object]) -> None:
        if not self._steps and steps:
            QTimer.singleShot(0, self, self._next)
        self._steps.extend(steps)

    @property
    def pending(self) -> int:
        return len(self._steps)

    @Slot()
    def _next(self) -> None:
        if self._steps:
            self._steps.pop(0)()
        if self._steps:
            QTimer.singleShot(0, self, self._next)

    def finish(self) -> None:
        while self._steps:
            self._steps.pop(0)()


def fit_to_screen(widget: QWidget, size: tuple[int, int]) -> None:
    """Resize ``widget`` to ``size``, but never larger than the screen's free area (a 1366×768 laptop with a
    panel has ~730 px of height), and keep it on that screen."""
    screen = widget.screen() or QApplication.primaryScreen()
    width, height = size
    if screen is not None:
        free = screen.availableGeometry()
        frame = 40  # title bar and borders the window manager adds
        width, height = min(width, free.width()), min(height, free.height() - frame)
        widget.resize(width, height)
        if not free.contains(widget.frameGeometry()):
            widget.move(free.x() + max(0, (free.width() - width) // 2), free.y() + max(0, (free.height() - height - frame) // 2))
        return
    widget.resize(width, height)


def remember_geometry(dialog: QDialog, key: str, default_size: tuple[int, int]) -> None:
    """Open ``dialog`` at the size and place it had when last closed (else ``default_size``, fitted to the
    screen), and remember it when it closes.  Kept in the user's window settings (QSettings)."""
    name = f"dialog/{key}/geometry"
    saved = QSettings().value(name)
    if isinstance(saved, QByteArray) and not saved.isEmpty() and dialog.restoreGeometry(saved):
        fit_to_screen(dialog, (dialog.width(), dialog.height()))  # the screen may be smaller now
    else:
        fit_to_screen(dialog, default_size)
    dialog.finished.connect(lambda _result: QSettings().setValue(name, dialog.saveGeometry()))


class RememberingWindow(QMainWindow):
    """A main window that remembers its size, position and splitter state."""

    settings_key = "window"

    def restore_state(self, default_size: tuple[int, int] = (1180, 760)) -> None:
        settings = QSettings()
        geometry = settings.value(f"{self.settings_key}/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty() and self.restoreGeometry(geometry):
            if not self.isMaximized():
                fit_to_screen(self, (self.width(), self.height()))
        else:
            fit_to_screen(self, default_size)

    def closeEvent(self, event) -> None:
        QSettings().setValue(f"{self.settings_key}/geometry", self.saveGeometry())
        super().closeEvent(event)


class IdleWatcher(QObject):
    """Emits ``warning(seconds_left)`` in the last ``warn_seconds`` and then
    ``timed_out`` after ``timeout_s`` without keyboard, mouse or touch input.

    Input is seen on the application's top-level windows (``QWindow``), where the
    platform delivers it before the widgets do: an event filter on the whole
    application would run Python for every event of every widget (thousands while a
    page is built), which made building pages and windows markedly slower.  Each
    window that receives the focus while the watcher runs — the role window, its
    dialogs — is watched from then on.
    """

    warning = Signal(int)
    activity = Signal()
    timed_out = Signal()

    _INPUT_EVENTS = frozenset({
        QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
        QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate,
    })

    def __init__(self, timeout_s: int, warn_seconds: int = 15, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timeout_s = timeout_s
        self.warn_seconds = min(warn_seconds, max(1, timeout_s - 1))
        self.remaining = timeout_s
        self._running = False
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._on_tick)

    def start(self) -> None:
        self.remaining = self.timeout_s
        if not self._running:
            self._running = True
            app = QGuiApplication.instance()
            if isinstance(app, QGuiApplication):
                app.focusWindowChanged.connect(self._watch)
            for window in QGuiApplication.topLevelWindows():
                window.installEventFilter(self)
        self._tick.start()

    def stop(self) -> None:
        self._tick.stop()
        if not self._running:
            return
        self._running = False
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            try:
                app.focusWindowChanged.disconnect(self._watch)
            except (RuntimeError, TypeError):  # pragma: no cover - already disconnected
                pass
            for window in QGuiApplication.topLevelWindows():
                window.removeEventFilter(self)

    @Slot(QWindow)
    def _watch(self, window: QWindow | None) -> None:
        if window is not None and self._running:
            window.installEventFilter(self)  # once per window: Qt replaces an installed filter

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self._INPUT_EVENTS:
            if self.remaining <= self.warn_seconds:
                self.activity.emit()
            self.remaining = self.timeout_s
        return False

    def _on_tick(self) -> None:
        self.remaining -= 1
        if self.remaining <= 0:
            self.stop()
            self.timed_out.emit()
        elif self.remaining <= self.warn_seconds:
            self.warning.emit(self.remaining)


def confirm(parent: QWidget, title: str, text: str, *, yes: str = "Yes", no: str = "No",
            destructive: bool = True) -> bool:
    box = QMessageBox(QMessageBox.Icon.Warning if destructive else QMessageBox.Icon.Question, title, text, parent=parent)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.DestructiveRole if destructive else QMessageBox.ButtonRole.AcceptRole)
    no_button = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no_button)
    box.exec()
    return box.clickedButton() is yes_button


def empty_state(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("emptyState")
    label.setProperty("role", "emptyState")
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    return label


def heading(text: str, level: int = 1) -> QLabel:
    label = QLabel(text)
    label.setProperty("role", f"h{level}")
    return label


def card() -> QFrame:
    frame = QFrame()
    frame.setProperty("role", "card")
    return frame


def format_money(amount: Decimal | None) -> str:
    """₹1,23,456.78 (Indian grouping), exact."""
    if amount is None:
        return "—"
    return format_inr(amount)


def format_when(moment: datetime | None, tz: tzinfo, with_day: bool = True) -> str:
    if moment is None:
        return "—"
    return format_datetime(moment, "EEE d MMM y, h:mm a" if with_day else "hh:mm a", tz=tz)


def connect_debounced(signal, slot: Callable[[], None], ms: int = 250, parent: QObject | None = None) -> QTimer:
    """Call ``slot`` once ``ms`` after the last emission of ``signal`` (as-you-type search)."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(ms)
    timer.timeout.connect(slot)
    signal.connect(lambda *_: timer.start())
    return timer


def to_date(value: QDate) -> date:
    """A ``QDate`` from a date edit as a ``datetime.date``."""
    return date(value.year(), value.month(), value.day())


def to_time(value: QTime) -> time:
    """A ``QTime`` from a time edit as a ``datetime.time`` (to the minute, as the edits show)."""
    return time(value.hour(), value.minute())
