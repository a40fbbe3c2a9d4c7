"""Bill and receipt operations shared by several screens."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget

from medlink.errors import MedLinkError
from medlink.services import billing
from medlink.services.actor import Actor
from medlink.services.billing import BillView
from medlink.ui.context import AppContext
from medlink.ui.errors import show_error
from medlink.ui.operations import command, query


def open_receipt(parent: QWidget, ctx: AppContext, actor: Actor, *, bill_id: int,
                 open_file: Callable[[Path], bool], no_viewer: str | None = None) -> None:
    """Find (or render again) a bill's receipt PDF off the GUI thread and open it in the system viewer.

    ``open_file`` is the screen's way of opening a file; if it reports failure
    and ``no_viewer`` is given, that sentence is shown.
    """
    db, records_dir = ctx.db, ctx.records_dir

    def opened(path: Path) -> None:
        if not open_file(Path(path)) and no_viewer:
            show_error(parent, MedLinkError(no_viewer))

    query(parent, lambda: billing.receipt_pdf(db, actor=actor, records_dir=records_dir, bill_id=bill_id), opened)


def set_payment(parent: QWidget, ctx: AppContext, actor: Actor, *, bill_id: int, paid: bool,
                method: str | None, on_done: Callable[[BillView], object] | None = None,
                busy: QWidget | None = None) -> None:
    """Mark a bill paid (by ``method``) or unpaid; the receipt is re-rendered by the service."""
    db, records_dir = ctx.db, ctx.records_dir
    command(parent, lambda: billing.set_bill_payment(db, actor=actor, bill_id=bill_id, paid=paid,
                                                     payment_method=method, records_dir=records_dir),
            on_done, busy=busy, changes={"bill"})
