"""One place that shows errors: domain errors as their sentence, anything
unexpected as a short apology with the path of the log file."""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from medlink.errors import MedLinkError, ValidationError

log = logging.getLogger("medlink.ui")
_log_file: str = ""


def install_exception_hooks(log_file: str) -> None:
    """Uncaught exceptions (GUI thread and other threads) are logged and shown."""
    global _log_file
    _log_file = log_file

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        report_unexpected(exc, tb)

    sys.excepthook = hook
    threading.excepthook = lambda args: log.error(
        "uncaught exception in thread %s", args.thread.name if args.thread else "?",
        exc_info=(args.exc_type, args.exc_value, args.exc_traceback))  # type: ignore[arg-type]


def apology_text() -> str:
    where = ("\n\n" + QCoreApplication.translate("Errors", "Details were written to {log_file}").format(log_file=_log_file)
             if _log_file else "")
    return QCoreApplication.translate(
        "Errors", "Sorry — something went wrong and MedLink could not finish this action. Nothing was lost.") + where


def report_unexpected(exc: BaseException, tb: TracebackType | None = None, parent: QWidget | None = None) -> None:
    text = "".join(traceback.format_exception(type(exc), exc, tb or exc.__traceback__))
    log.error("unexpected error:\n%s", text)
    if isinstance(exc, MedLinkError):
        show_error(parent, exc)
        return
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        return
    box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("Errors", "MedLink"), apology_text(), parent=parent)
    box.setObjectName("unexpectedErrorBox")
    _ok_button(box)
    box.open()


def _ok_button(box: QMessageBox) -> None:
    """The box's OK in the windows' language (Qt ships no Hindi for its standard buttons)."""
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.button(QMessageBox.StandardButton.Ok).setText(QCoreApplication.translate("Errors", "OK"))


def show_error(parent: QWidget | None, exc: BaseException, *, field_labels: dict[str, QLabel] | None = None) -> None:
    """Show a domain error next to its field when the form has one, else in a message box."""
    if isinstance(exc, ValidationError) and field_labels and exc.field in field_labels:
        label = field_labels[exc.field]
        label.setText(exc.message)
        label.setVisible(True)
        return
    if isinstance(exc, MedLinkError):
        box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("Errors", "MedLink"), exc.message, parent=parent)
        box.setObjectName("domainErrorBox")
        _ok_button(box)
        box.open()
        return
    report_unexpected(exc, parent=parent)
