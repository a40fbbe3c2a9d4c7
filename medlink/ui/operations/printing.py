"""Print operations shared by several screens: each opens the print preview for one document."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from medlink.services import printing
from medlink.services.actor import Actor
from medlink.ui.context import AppContext
from medlink.ui.printing import PrintPreviewDialog, print_document
from medlink.vocabulary import PaperSize

Opened = Callable[[PrintPreviewDialog], object] | None


def _tr(text: str) -> str:
    return QCoreApplication.translate("Printing", text)


def print_receipt(parent: QWidget, ctx: AppContext, actor: Actor, *, bill_id: int, number: str = "",
                  opened: Opened = None) -> None:
    db = ctx.db
    print_document(parent, _tr("Print receipt {number}").format(number=number).strip(), printing.RECEIPT_PAPERS,
                   lambda paper: printing.receipt_for_print(db, actor=actor, bill_id=bill_id, paper=paper), opened)


def print_prescription(parent: QWidget, ctx: AppContext, actor: Actor, *, prescription_id: int,
                       opened: Opened = None) -> None:
    db = ctx.db
    print_document(parent, _tr("Print prescription"), printing.PRESCRIPTION_PAPERS,
                   lambda paper: printing.prescription_for_print(db, actor=actor, prescription_id=prescription_id,
                                                                 paper=paper), opened)


def print_lab_order(parent: QWidget, ctx: AppContext, actor: Actor, *, prescription_id: int,
                    opened: Opened = None) -> None:
    db = ctx.db
    print_document(parent, _tr("Print lab order"), printing.LAB_ORDER_PAPERS,
                   lambda paper: printing.lab_order_for_print(db, actor=actor, prescription_id=prescription_id,
                                                              paper=paper), opened)


def print_slip(parent: QWidget, ctx: AppContext, actor: Actor, *, appointment_id: int,
               opened: Opened = None) -> None:
    db = ctx.db
    print_document(parent, _tr("Print appointment slip"), printing.SLIP_PAPERS,
                   lambda paper: printing.appointment_slip_for_print(db, actor=actor, appointment_id=appointment_id,
                                                                     paper=paper), opened)


__all__ = ["PaperSize", "print_lab_order", "print_prescription", "print_receipt", "print_slip"]
