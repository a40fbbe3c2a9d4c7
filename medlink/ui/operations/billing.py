"""Bill and receipt operations shared by several screens."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from medlink.services import billing
from medlink.services.actor import Actor
from medlink.services.billing import BillView
from medlink.ui.context import AppContext
from medlink.ui.operations import command
from medlink.ui.viewer import DocumentViewerDialog, open_document_viewer


def open_receipt(parent: QWidget, ctx: AppContext, actor: Actor, *, bill_id: int,
                 on_open: Callable[[DocumentViewerDialog], None] | None = None) -> None:
    """Decrypt (or render again) a bill's receipt off the GUI thread and show it in the built-in viewer,
    from memory: no file is written for viewing ("Save a copy…" there is the audited export)."""
    db, records_dir = ctx.db, ctx.records_dir
    open_document_viewer(parent, db=db, actor=actor, on_open=on_open,
                         load=lambda: billing.receipt_pdf(db, actor=actor, records_dir=records_dir, bill_id=bill_id))


def set_payment(parent: QWidget, ctx: AppContext, actor: Actor, *, bill_id: int, paid: bool,
                method: str | None, on_done: Callable[[BillView], object] | None = None,
                busy: QWidget | None = None) -> None:
    """Mark a bill paid (by ``method``) or unpaid; the receipt is re-rendered by the service."""
    db, records_dir = ctx.db, ctx.records_dir
    command(parent, lambda: billing.set_bill_payment(db, actor=actor, bill_id=bill_id, paid=paid,
                                                     payment_method=method, records_dir=records_dir),
            on_done, busy=busy, changes={"bill"})
