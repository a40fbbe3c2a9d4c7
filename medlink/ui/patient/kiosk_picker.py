"""The kiosk's file picker: the files of the kiosk's USB drive or scanner inbox, and nothing else.

A walk-up patient must not browse the computer: no folders outside the inbox, no typing a path,
no rename, delete or new folder — a read-only list of PDF and image files, newest first.
"""

from __future__ import annotations

from datetime import tzinfo
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from medlink.services import kiosk
from medlink.services.kiosk import InboxFile
from medlink.ui.widgets import empty_state, format_when, heading, remember_geometry


def _size(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MB" if n >= 1024 * 1024 else f"{max(1, round(n / 1024))} KB"


class KioskFilePicker(QDialog):
    """Choose one file from the kiosk inbox (``fileSelected`` carries its path)."""

    fileSelected = Signal(str)

    def __init__(self, inbox: Path | None, tz: tzinfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kioskFilePicker")
        self.setWindowTitle(self.tr("Choose your report"))
        self.inbox, self.tz = inbox, tz
        self.files: list[InboxFile] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.addWidget(heading(self.tr("Choose your report")))
        hint = QLabel(self.tr("Insert your USB drive or scan your document at the scanner, then press Refresh. "
                              "Only PDF, JPEG and PNG files are listed."))
        hint.setWordWrap(True)
        hint.setProperty("role", "muted")
        layout.addWidget(hint)
        self.list = QListWidget()
        self.list.setObjectName("inboxFiles")
        self.list.setSpacing(4)
        self.list.itemDoubleClicked.connect(lambda _item: self.choose())
        self.list.itemActivated.connect(lambda _item: self.choose())
        self.list.currentRowChanged.connect(lambda _row: self._update())
        self.empty = empty_state("")
        self.empty.setObjectName("inboxEmpty")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.list)
        self.stack.addWidget(self.empty)
        layout.addWidget(self.stack, 1)
        bar = QHBoxLayout()
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.setObjectName("inboxRefresh")
        self.refresh_button.clicked.connect(self.refresh)
        bar.addWidget(self.refresh_button)
        bar.addStretch(1)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        bar.addWidget(cancel)
        self.choose_button = QPushButton(self.tr("&Use this file"))
        self.choose_button.setObjectName("inboxChoose")
        self.choose_button.setProperty("role", "primary")
        self.choose_button.setDefault(True)
        self.choose_button.clicked.connect(self.choose)
        bar.addWidget(self.choose_button)
        layout.addLayout(bar)
        remember_geometry(self, "kiosk_picker", (760, 520))
        self.refresh()

    def refresh(self) -> None:
        """List the inbox again (a drive was inserted, a page was scanned)."""
        self.files = kiosk.inbox_files(self.inbox)
        self.list.clear()
        for f in self.files:
            where = f"{f.folder} · " if f.folder else ""
            item = QListWidgetItem(f"{f.name}\n{where}{_size(f.size)} · {format_when(f.modified, self.tz)}")
            item.setData(Qt.ItemDataRole.UserRole, str(f.path))
            self.list.addItem(item)
        if self.inbox is None:
            self.empty.setText(self.tr("Uploading from this kiosk is not set up. Please ask the front desk to "
                                       "scan your report."))
        else:
            self.empty.setText(self.tr("No report found. Insert your USB drive or scan your document, then "
                                       "press Refresh."))
        self.stack.setCurrentWidget(self.list if self.files else self.empty)
        if self.files:
            self.list.setCurrentRow(0)
            self.list.setFocus()
        self._update()

    def _update(self) -> None:
        self.choose_button.setEnabled(self.list.currentRow() >= 0 and bool(self.files))

    def choose(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self.fileSelected.emit(str(item.data(Qt.ItemDataRole.UserRole)))
        self.accept()
