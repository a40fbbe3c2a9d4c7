"""Print operations shared by several screens: each opens the print preview for one document.

One table says, per kind of document, the preview's title, the papers it can be printed on and the
service that renders it; :func:`print_document_of` does the rest for every kind.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from medlink.i18n import N_
from medlink.services import printing
from medlink.services.actor import Actor
from medlink.ui.context import AppContext
from medlink.ui.printing import PrintPreviewDialog, print_document
from medlink.vocabulary import PaperSize

Opened = Callable[[PrintPreviewDialog], object] | None
Document = Literal["receipt", "prescription", "lab_order", "slip"]


@dataclass(frozen=True)
class _Printable:
    title: str                               # untranslated (marked with N_); may hold {number}
    papers: tuple[PaperSize, ...]
    render: Callable[..., bytes]             # service(db, actor=…, <id_field>=…, paper=…)
    id_field: str


_DOCUMENTS: dict[str, _Printable] = {
    "receipt": _Printable(N_("Printing", "Print receipt {number}"), printing.RECEIPT_PAPERS,
                          printing.receipt_for_print, "bill_id"),
    "prescription": _Printable(N_("Printing", "Print prescription"),
                               printing.PRESCRIPTION_PAPERS, printing.prescription_for_print, "prescription_id"),
    "lab_order": _Printable(N_("Printing", "Print lab order"), printing.LAB_ORDER_PAPERS,
                            printing.lab_order_for_print, "prescription_id"),
    "slip": _Printable(N_("Printing", "Print appointment slip"), printing.SLIP_PAPERS,
                       printing.appointment_slip_for_print, "appointment_id"),
}


def print_document_of(document: Document, parent: QWidget, ctx: AppContext, actor: Actor, *, object_id: int,
                      number: str = "", opened: Opened = None) -> None:
    """Render ``document`` (its id is ``object_id``) for each of its papers off the GUI thread, then preview it."""
    spec = _DOCUMENTS[document]
    db = ctx.db
    title = QCoreApplication.translate("Printing", spec.title).format(number=number).strip()
    print_document(parent, title, spec.papers,
                   lambda paper: spec.render(db, actor=actor, paper=paper, **{spec.id_field: object_id}), opened)


def print_receipt(parent: QWidget, ctx: AppContext, actor: Actor, *, bill_id: int, number: str = "",
                  opened: Opened = None) -> None:
    print_document_of("receipt", parent, ctx, actor, object_id=bill_id, number=number, opened=opened)


def print_prescription(parent: QWidget, ctx: AppContext, actor: Actor, *, prescription_id: int,
                       opened: Opened = None) -> None:
    print_document_of("prescription", parent, ctx, actor, object_id=prescription_id, opened=opened)


def print_lab_order(parent: QWidget, ctx: AppContext, actor: Actor, *, prescription_id: int,
                    opened: Opened = None) -> None:
    print_document_of("lab_order", parent, ctx, actor, object_id=prescription_id, opened=opened)


def print_slip(parent: QWidget, ctx: AppContext, actor: Actor, *, appointment_id: int,
               opened: Opened = None) -> None:
    print_document_of("slip", parent, ctx, actor, object_id=appointment_id, opened=opened)


__all__ = ["PaperSize", "print_document_of", "print_lab_order", "print_prescription", "print_receipt", "print_slip"]
