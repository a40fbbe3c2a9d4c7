"""My bills: list, open the receipt in the built-in viewer, save a copy (audited)."""

from __future__ import annotations

from datetime import tzinfo
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from medlink.i18n import N_
from medlink.ui.i18n import LabelTable
from medlink.ui.labels import payment_method_label
from medlink.services import billing, documents
from medlink.services.billing import BillView
from medlink.services.documents import GeneratedDocument
from medlink.ui import operations
from medlink.ui.context import AppContext
from medlink.ui.operations import billing as billing_ops
from medlink.ui.operations import printing as printing_ops
from medlink.ui.errors import show_error
from medlink.ui.table import Column, RowsModel, make_table, selected_row
from medlink.ui.tasks import run_task
from medlink.ui.widgets import empty_state, format_money, format_when, heading

BILL_STATUS = LabelTable("BillsPage", {"unpaid": N_("BillsPage", "Unpaid"), "paid": N_("BillsPage", "Paid"), "void": N_("BillsPage", "Cancelled")})


def bill_columns(tz: tzinfo) -> list[Column[BillView]]:
    return [
        Column(QCoreApplication.translate("PatientBillsPage", "Date"), lambda b: format_when(b.issued_at, tz)),
        Column(QCoreApplication.translate("PatientBillsPage", "Receipt no."), lambda b: b.number),
        Column(QCoreApplication.translate("PatientBillsPage", "Doctor"), lambda b: b.doctor_name or "—"),
        Column(QCoreApplication.translate("PatientBillsPage", "Total"), lambda b: format_money(b.grand_total), align_right=True),
        Column(QCoreApplication.translate("PatientBillsPage", "Status"), lambda b: BILL_STATUS.get(b.status, b.status) + (f" ({payment_method_label(b.payment_method)})"
                                                                          if b.payment_method else "")),
    ]


class MyBillsPage(QWidget):
    def __init__(self, ctx: AppContext, tz: tzinfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._latest = operations.Latest()
        operations.watch(self, {"bill"}, self.refresh)  # reloads itself on changes, here or elsewhere
        self.save_dialog: QFileDialog | None = None
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(heading(self.tr("My bills")))
        note = QLabel(self.tr("Receipts for your consultations, tests and medicines. Amounts include GST where it applies."))
        note.setProperty("role", "muted")
        note.setWordWrap(True)
        layout.addWidget(note)
        self.model: RowsModel[BillView] = RowsModel(bill_columns(tz), self)
        self.table = make_table(self.model, "billsTable", stretch_column=2)
        self.table.doubleClicked.connect(lambda _: self.open_receipt())
        self.empty = empty_state(self.tr("No bills yet. After a visit the clinic's receipt appears here."))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        layout.addWidget(self.stack, 1)
        actions = QHBoxLayout()
        self.summary = QLabel()
        self.summary.setObjectName("billsSummary")
        self.summary.setProperty("role", "muted")
        actions.addWidget(self.summary, 1)
        self.open_button = QPushButton(self.tr("Open receipt"))
        self.open_button.setObjectName("openReceipt")
        self.open_button.setProperty("role", "primary")
        self.open_button.clicked.connect(self.open_receipt)
        self.save_button = QPushButton(self.tr("Save receipt as…"))
        self.save_button.setObjectName("saveReceipt")
        self.save_button.clicked.connect(self.save_receipt)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setObjectName("printReceipt")
        self.print_button.clicked.connect(self.print_receipt)
        actions.addWidget(self.open_button)
        actions.addWidget(self.print_button)
        actions.addWidget(self.save_button)
        layout.addLayout(actions)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()

    def refresh(self) -> None:
        actor = self.ctx.actor
        assert actor is not None
        db = self.ctx.db
        run_task(lambda: billing.list_bills(db, actor=actor), on_result=self._latest.wrap(lambda rows: self._loaded(rows)),
                 on_error=lambda exc: show_error(self, exc), context=self)

    def _loaded(self, rows: list[BillView]) -> None:
        self.model.set_rows(rows)
        self.stack.setCurrentWidget(self.table if rows else self.empty)
        unpaid = [b for b in rows if b.status == "unpaid"]
        if unpaid:
            total = sum((b.grand_total for b in unpaid), start=rows[0].grand_total * 0)
            self.summary.setText(self.tr("{len} unpaid · {format_money} due at the front desk").format(len=len(unpaid), format_money=format_money(total)))
        else:
            self.summary.setText((self.tr("{n} receipt") if len(rows) == 1 else self.tr("{n} receipts")).format(n=len(rows)) if rows else "")
        if rows:
            self.table.selectRow(0)
        self._update_buttons()

    def selected(self) -> BillView | None:
        return self.model.row_at(selected_row(self.table))

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        self.open_button.setEnabled(has)
        self.save_button.setEnabled(has)
        self.print_button.setEnabled(has)

    def _with_pdf(self, then) -> None:
        bill = self.selected()
        if bill is None:
            return
        actor, db, records_dir = self.ctx.actor, self.ctx.db, self.ctx.records_dir
        assert actor is not None
        run_task(lambda: billing.receipt_pdf(db, actor=actor, records_dir=records_dir, bill_id=bill.id),
                 on_result=lambda document: then(bill, document), on_error=lambda exc: show_error(self, exc),
                 context=self)

    def open_receipt(self) -> None:
        bill, actor = self.selected(), self.ctx.actor
        if bill is None:
            return
        assert actor is not None
        billing_ops.open_receipt(self, self.ctx, actor, bill_id=bill.id, on_open=self._viewer_opened)

    def _viewer_opened(self, viewer) -> None:
        self.viewer = viewer  # shown from memory: the receipt is stored encrypted, no copy is written for viewing

    def print_receipt(self) -> None:
        bill, actor = self.selected(), self.ctx.actor
        if bill is None:
            return
        assert actor is not None
        printing_ops.print_receipt(self, self.ctx, actor, bill_id=bill.id, number=bill.number)

    def save_receipt(self) -> None:
        def chosen(bill: BillView, document: GeneratedDocument) -> None:
            dialog = QFileDialog(self, self.tr("Save receipt"), str(Path.home() / f"Receipt {bill.number.replace('/', '-')}.pdf"),
                                 self.tr("PDF documents (*.pdf)"))
            dialog.setObjectName("saveReceiptDialog")
            dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
            dialog.setDefaultSuffix("pdf")
            dialog.setOption(QFileDialog.Option.DontUseNativeDialog, self.ctx.kiosk)
            dialog.fileSelected.connect(lambda target: self.copy_receipt(document, Path(target)))
            self.save_dialog = dialog
            dialog.open()

        self._with_pdf(chosen)

    def copy_receipt(self, document: GeneratedDocument, target: Path) -> None:
        """Write the decrypted receipt where the patient chose (audit-logged as an export)."""
        actor, db = self.ctx.actor, self.ctx.db
        if actor is None:  # signed out meanwhile
            return
        run_task(lambda: documents.save_copy(db, actor=actor, document=document, target=target),
                 on_result=lambda saved: self.summary.setText(self.tr("Saved to {target}").format(target=saved)),
                 on_error=lambda exc: show_error(self, exc), context=self)
