"""Pieces shared by the doctor pages: a column-driven table model, a reason
prompt, opening files with the system viewer, status labels."""

from __future__ import annotations

from typing import Any, TypeVar

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from medlink.ui.labels import MODE_LABELS, STATUS_COLOURS, STATUS_LABELS, status_label  # noqa: F401 (re-exported)

T = TypeVar("T")




from medlink.ui.table import RowsModel  # noqa: E402
from medlink.ui.widgets import reserve_message_space  # noqa: E402


def selected_row(view: QTableView) -> Any:
    model = view.model()
    indexes = view.selectionModel().selectedRows() if view.selectionModel() else []
    if not indexes or not isinstance(model, RowsModel):
        return None
    return model.row_at(indexes[0])


class ReasonDialog(QDialog):
    """Asks for a (required) reason, e.g. why an appointment is cancelled."""

    def __init__(self, parent: QWidget | None, *, title: str, prompt: str, action: str,
                 placeholder: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("reasonDialog")
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        text = QLabel(prompt)
        text.setWordWrap(True)
        layout.addWidget(text)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(placeholder)
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(96)
        layout.addWidget(self.reason)
        self.error = QLabel()
        self.error.setObjectName("error_reason")
        self.error.setProperty("role", "fieldError")
        reserve_message_space(self.error)
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(action, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("confirmReason")
        self.ok_button.setProperty("role", "danger")
        self.ok_button.setDefault(True)
        back = buttons.addButton(self.tr("Go back"), QDialogButtonBox.ButtonRole.RejectRole)
        back.setObjectName("cancelReason")
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.reason.setFocus()

    def text(self) -> str:
        return self.reason.toPlainText().strip()

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(True)
        self.reason.setFocus()

    def _check(self) -> None:
        if not self.text():
            self.show_error(self.tr("Please give a reason — the patient will see it."))
            return
        self.accept()


def muted(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setProperty("role", "muted")
    label.setWordWrap(True)
    return label


def transparent_scroll(scroll: QWidget) -> None:
    """A scroll area that shows the page background instead of grey.

    Styled by the application's style sheet (``role="transparent"``): a style sheet of its own
    would make Qt resolve the style of every widget inside it separately, tens of milliseconds
    on the GUI thread for a page of forms."""
    scroll.setProperty("role", "transparent")


def remove_button(tooltip: str) -> QPushButton:
    button = QPushButton("✕")
    button.setToolTip(tooltip)
    button.setFixedSize(30, 30)
    button.setStyleSheet("padding: 0px; font-size: 11pt; color: #627D98;")
    return button


def set_role(widget: QWidget, role: str) -> None:
    widget.setProperty("role", role)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
    widget.updateGeometry()
