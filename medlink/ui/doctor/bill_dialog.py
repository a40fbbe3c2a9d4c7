"""Bill a completed appointment: editable lines, live GST totals, the receipt PDF,
and recording the payment."""

from __future__ import annotations

from datetime import tzinfo
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from medlink.errors import MedLinkError, ValidationError
from medlink.receipts.arithmetic import BillComputation
from medlink.services import billing
from medlink.services.actor import Actor
from medlink.services.appointments import AppointmentView
from medlink.services.billing import PAYMENT_METHODS, BillDraftLine, BillView
from medlink.validation import parse_money
from medlink.ui.context import AppContext
from medlink.ui.operations import billing as billing_ops
from medlink.ui.operations import printing as printing_ops
from medlink.ui.doctor import common
from medlink.ui.errors import show_error
from medlink.ui.tasks import run_task
from medlink.i18n import N_
from medlink.ui.i18n import tr_label
from medlink.ui.labels import DOCUMENT_TITLE_LABELS, payment_method_label
from medlink.ui.widgets import format_money, format_when, heading, remember_geometry, reserve_message_space

CATEGORIES = (("consultation", N_("Labels", "Consultation")), ("lab_test", N_("Labels", "Lab test")),
              ("medication", N_("Labels", "Medication")), ("other", N_("Labels", "Other")),
              ("extra_charge", N_("Labels", "Clinic charge")))


class _LineRow:
    def __init__(self, dialog: BillDialog, grid: QGridLayout, row: int, line: BillDraftLine) -> None:
        self.category = QComboBox()
        for value, text in CATEGORIES:
            self.category.addItem(tr_label(text), value)
        self.category.setCurrentIndex(max(0, self.category.findData(line.category)))
        self.description = QLineEdit(line.description)
        self.description.setPlaceholderText(QCoreApplication.translate("_LineRow", "What is charged"))
        self.quantity = QSpinBox()
        self.quantity.setRange(1, 1000)
        self.quantity.setValue(line.quantity)
        self.price = QLineEdit(f"{line.unit_price:.2f}")
        self.price.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.discount = QLineEdit(f"{line.discount:.2f}" if line.discount else "")
        self.discount.setPlaceholderText("0.00")
        self.discount.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.remove = common.remove_button(QCoreApplication.translate("_LineRow", "Remove this line"))
        self.category.setFixedWidth(140)
        self.quantity.setFixedWidth(70)
        self.price.setFixedWidth(110)
        self.discount.setFixedWidth(100)
        self.widgets: list[QWidget] = [self.category, self.description, self.quantity, self.price, self.discount,
                                       self.remove]
        for column, widget in enumerate(self.widgets):
            grid.addWidget(widget, row, column)
        self.category.currentIndexChanged.connect(dialog.schedule_preview)
        self.description.textChanged.connect(dialog.schedule_preview)
        self.quantity.valueChanged.connect(dialog.schedule_preview)
        self.price.textChanged.connect(dialog.schedule_preview)
        self.discount.textChanged.connect(dialog.schedule_preview)
        self.remove.clicked.connect(lambda: dialog.remove_line(self))

    def draft(self, number: int) -> BillDraftLine:
        price = parse_money(self.price.text(), field=f"lines[{number}].unit_price", label=f"Line {number}: price")
        discount = parse_money(self.discount.text(), field=f"lines[{number}].discount",
                               label=f"Line {number}: discount", allow_none=True) or Decimal("0.00")
        return BillDraftLine(self.category.currentData(), self.description.text().strip(), self.quantity.value(),
                             price or Decimal("0.00"), discount)

    def dispose(self) -> None:
        for widget in self.widgets:
            widget.hide()
            widget.deleteLater()


class BillDialog(QDialog):
    def __init__(self, ctx: AppContext, actor: Actor, appointment: AppointmentView, tz: tzinfo,
                 parent: QWidget | None = None, *, existing: BillView | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.actor, self.appointment, self.tz = ctx, actor, appointment, tz
        self.bill: BillView | None = existing
        self.computation: BillComputation | None = None
        self.lines: list[_LineRow] = []
        self._grid_row = 0
        self.setObjectName("billDialog")
        self.setWindowTitle(self.tr("Bill — {patient_name}").format(patient_name=appointment.patient_name))
        remember_geometry(self, "bill", (1080, 620))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 14)
        layout.addWidget(heading(self.tr("Bill for {patient_name}").format(patient_name=appointment.patient_name)))
        layout.addWidget(common.muted(self.tr("Consultation {format_when} · {doctor_name}").format(format_when=format_when(appointment.starts_at, tz), doctor_name=appointment.doctor_name)))
        self.stack = QStackedWidget()
        layout.addWidget(self.stack, 1)
        self.stack.addWidget(self._editor())
        self.stack.addWidget(self._issued_panel())
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(150)
        self._preview_timer.timeout.connect(self.update_preview)
        if existing is not None:
            self._show_issued(existing)
        else:
            self.load_draft()

    # --- editor ------------------------------------------------------------------------------
    def _editor(self) -> QWidget:
        page = QWidget()
        outer = QHBoxLayout(page)
        outer.setContentsMargins(0, 8, 0, 0)
        outer.setSpacing(18)
        left = QVBoxLayout()
        grid_host = QWidget()
        self.grid = QGridLayout(grid_host)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(6)
        for column, (label, stretch) in enumerate(((self.tr("Category"), 0), (self.tr("Description"), 3), (self.tr("Qty"), 0),
                                                   (self.tr("Unit price (₹)"), 1), (self.tr("Discount (₹)"), 1))):
            caption = QLabel(label)
            caption.setProperty("role", "muted")
            self.grid.addWidget(caption, 0, column)
            self.grid.setColumnStretch(column, stretch)
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 8, 0)
        holder_layout.addWidget(grid_host)
        holder_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        common.transparent_scroll(scroll)
        scroll.setWidget(holder)
        left.addWidget(scroll, 1)
        add = QPushButton(self.tr("+ Add line"))
        add.setObjectName("addBillLine")
        add.clicked.connect(lambda: self.add_line(BillDraftLine("other", "", 1, Decimal("0.00")), focus=True))
        left.addWidget(add, 0, Qt.AlignmentFlag.AlignLeft)
        self.lines_error = QLabel()
        self.lines_error.setObjectName("error_lines")
        self.lines_error.setProperty("role", "fieldError")
        reserve_message_space(self.lines_error)
        self.lines_error.setWordWrap(True)
        self.lines_error.setVisible(False)
        left.addWidget(self.lines_error)
        outer.addLayout(left, 1)

        totals = QFrame()
        totals.setProperty("role", "card")
        totals.setFixedWidth(290)
        box = QVBoxLayout(totals)
        box.setContentsMargins(16, 14, 16, 14)
        self.doc_title = heading(self.tr("Totals"), 2)
        self.doc_title.setObjectName("documentTitle")
        box.addWidget(self.doc_title)
        form = QGridLayout()
        form.setVerticalSpacing(6)
        self.total_labels: dict[str, QLabel] = {}
        self.total_captions: dict[str, QLabel] = {}
        for row, (key, caption_text) in enumerate((("subtotal", self.tr("Taxable value")), ("cgst", "CGST"), ("sgst", "SGST"),
                                              ("igst", "IGST"), ("round_off", self.tr("Round-off")), ("total", self.tr("Total")))):
            name = QLabel(caption_text)
            value = QLabel("—")
            value.setObjectName(f"total_{key}")
            value.setAlignment(Qt.AlignmentFlag.AlignRight)
            if key == "total":
                name.setStyleSheet("font-weight: 700; font-size: 12pt;")
                value.setStyleSheet("font-weight: 700; font-size: 12pt; color: #0F766E;")
            form.addWidget(name, row, 0)
            form.addWidget(value, row, 1)
            self.total_labels[key] = value
            self.total_captions[key] = name
        box.addLayout(form)
        box.addSpacing(10)
        self.paid_now = QCheckBox(self.tr("Paid now"))
        self.paid_now.setObjectName("paidNow")
        box.addWidget(self.paid_now)
        self.method = QComboBox()
        self.method.setObjectName("paymentMethod")
        for method in PAYMENT_METHODS:
            self.method.addItem(payment_method_label(method), method)
        self.method.setEnabled(False)
        self.paid_now.toggled.connect(self.method.setEnabled)
        box.addWidget(self.method)
        box.addStretch(1)
        self.generate = QPushButton(self.tr("&Generate receipt"))
        self.generate.setObjectName("generateReceipt")
        self.generate.setProperty("role", "primary")
        self.generate.setDefault(True)
        self.generate.clicked.connect(self.issue)
        box.addWidget(self.generate)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        box.addWidget(cancel)
        outer.addWidget(totals)
        return page

    def load_draft(self) -> None:
        db, actor, appointment_id = self.ctx.db, self.actor, self.appointment.id
        run_task(lambda: billing.draft_bill_lines(db, actor=actor, appointment_id=appointment_id),
                 on_result=self._draft_loaded, on_error=lambda e: show_error(self, e), context=self)

    def _draft_loaded(self, lines: list[BillDraftLine]) -> None:
        for line in lines:
            self.add_line(line)
        self.update_preview()

    def add_line(self, line: BillDraftLine, *, focus: bool = False) -> _LineRow:
        self._grid_row += 1
        row = _LineRow(self, self.grid, self._grid_row, line)
        self.lines.append(row)
        if focus:
            row.description.setFocus()
        self.schedule_preview()
        return row

    def remove_line(self, row: _LineRow) -> None:
        self.lines.remove(row)
        row.dispose()
        self.schedule_preview()

    def schedule_preview(self, *_: object) -> None:
        self._preview_timer.start()

    def draft_lines(self) -> list[BillDraftLine]:
        return [row.draft(number) for number, row in enumerate(self.lines, start=1)]

    def update_preview(self) -> None:
        self._preview_timer.stop()
        self.lines_error.setVisible(False)
        try:
            lines = self.draft_lines()
        except ValidationError as exc:
            self._preview_failed(exc)
            return
        db, actor, patient_id = self.ctx.db, self.ctx.actor, self.appointment.patient_id
        assert actor is not None  # the bill dialog exists only in a signed-in doctor's window
        run_task(lambda: billing.preview_bill(db, actor=actor, lines=lines, patient_id=patient_id),
                 on_result=self._show_totals, on_error=self._preview_failed, context=self)

    def _preview_failed(self, exc: BaseException) -> None:
        self.computation = None
        for label in self.total_labels.values():
            label.setText("—")
        if isinstance(exc, MedLinkError):
            self.lines_error.setText(exc.message)
            self.lines_error.setVisible(True)
        else:
            show_error(self, exc)
        self.generate.setEnabled(False)

    def _show_totals(self, comp: BillComputation) -> None:
        self.computation = comp
        self.generate.setEnabled(True)
        self.doc_title.setText(DOCUMENT_TITLE_LABELS.get(comp.document_title, comp.document_title))
        values = {"subtotal": comp.subtotal_taxable, "cgst": comp.total_cgst, "sgst": comp.total_sgst,
                  "igst": comp.total_igst, "round_off": comp.round_off, "total": comp.grand_total}
        for key, amount in values.items():
            self.total_labels[key].setText(format_money(amount))
        inter = comp.is_inter_state
        for key in ("cgst", "sgst"):
            self.total_labels[key].setVisible(not inter)
            self.total_captions[key].setVisible(not inter)
        self.total_labels["igst"].setVisible(inter)
        self.total_captions["igst"].setVisible(inter)
        has_round = comp.round_off != 0
        self.total_labels["round_off"].setVisible(has_round)
        self.total_captions["round_off"].setVisible(has_round)

    def issue(self) -> None:
        self.lines_error.setVisible(False)
        try:
            lines = self.draft_lines()
        except ValidationError as exc:
            self._preview_failed(exc)
            return
        paid = self.paid_now.isChecked()
        method = self.method.currentData() if paid else None
        db, actor, records_dir, appointment_id = self.ctx.db, self.actor, self.ctx.records_dir, self.appointment.id
        self.generate.setEnabled(False)
        self.generate.setText(self.tr("Generating…"))

        def failed(exc: BaseException) -> None:
            self.generate.setEnabled(True)
            self.generate.setText(self.tr("Generate receipt"))
            if isinstance(exc, ValidationError) and (exc.field.startswith("lines") or exc.field == "payment_method"):
                self.lines_error.setText(exc.message)
                self.lines_error.setVisible(True)
                return
            show_error(self, exc)

        run_task(lambda: billing.issue_bill(db, actor=actor, records_dir=records_dir, appointment_id=appointment_id,
                                            lines=lines, paid=paid, payment_method=method),
                 on_result=self._show_issued, on_error=failed, context=self)

    # --- issued bill -------------------------------------------------------------------------
    def _issued_panel(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 12, 0, 0)
        self.issued_banner = QLabel()
        self.issued_banner.setObjectName("billIssued")
        self.issued_banner.setProperty("role", "success")
        self.issued_banner.setWordWrap(True)
        layout.addWidget(self.issued_banner)
        summary = QFrame()
        summary.setProperty("role", "card")
        grid = QGridLayout(summary)
        grid.setContentsMargins(18, 14, 18, 14)
        self.issued_fields: dict[str, QLabel] = {}
        for row, (key, caption) in enumerate((("number", self.tr("Receipt no.")), ("issued", self.tr("Issued")),
                                              ("taxable", self.tr("Taxable value")), ("tax", "GST"),
                                              ("total", self.tr("Total")), ("status", self.tr("Payment")))):
            grid.addWidget(QLabel(caption), row, 0)
            value = QLabel()
            value.setObjectName(f"issued_{key}")
            grid.addWidget(value, row, 1)
            self.issued_fields[key] = value
        grid.setColumnStretch(1, 1)
        layout.addWidget(summary)
        payment = QHBoxLayout()
        payment.addWidget(QLabel(self.tr("Payment method")))
        self.pay_method = QComboBox()
        self.pay_method.setObjectName("issuedPaymentMethod")
        for method in PAYMENT_METHODS:
            self.pay_method.addItem(payment_method_label(method), method)
        payment.addWidget(self.pay_method)
        self.mark_paid = QPushButton(self.tr("Mark paid"))
        self.mark_paid.setObjectName("markPaid")
        self.mark_paid.clicked.connect(lambda: self.set_paid(True))
        payment.addWidget(self.mark_paid)
        self.mark_unpaid = QPushButton(self.tr("Mark unpaid"))
        self.mark_unpaid.setObjectName("markUnpaid")
        self.mark_unpaid.clicked.connect(lambda: self.set_paid(False))
        payment.addWidget(self.mark_unpaid)
        payment.addStretch(1)
        layout.addLayout(payment)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.open_receipt_button = QPushButton(self.tr("Open receipt PDF"))
        self.open_receipt_button.setObjectName("openReceipt")
        self.open_receipt_button.setProperty("role", "primary")
        self.open_receipt_button.clicked.connect(self.open_receipt)
        buttons.addWidget(self.open_receipt_button)
        self.print_receipt_button = QPushButton(self.tr("&Print receipt…"))
        self.print_receipt_button.setObjectName("printReceipt")
        self.print_receipt_button.clicked.connect(self.print_receipt)
        buttons.addWidget(self.print_receipt_button)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        return page

    def _show_issued(self, bill: BillView) -> None:
        new = self.bill is None or self.bill.id != bill.id
        self.bill = bill
        self.stack.setCurrentIndex(1)
        if bill.receipt_pending:
            # the bill is issued and numbered; its PDF could not be stored yet (the reason is the service's)
            self.issued_banner.setProperty("role", "banner")
            self.issued_banner.setText(self.tr("Bill {number} issued, but its receipt PDF could not be saved yet: {reason} "
                                               "It is written when you open the receipt, and then e-mailed to the patient.").format(
                                           number=bill.number, reason=bill.receipt_problem or ""))
        else:
            self.issued_banner.setProperty("role", "success")
            self.issued_banner.setText(self.tr("Receipt {number} generated; the e-mail to the patient is queued in the outbox.").format(
                                           number=bill.number)
                                       if new else self.tr("Receipt {number}.").format(number=bill.number))
        self.issued_banner.style().unpolish(self.issued_banner)
        self.issued_banner.style().polish(self.issued_banner)
        self.issued_fields["number"].setText(bill.number)
        self.issued_fields["issued"].setText(format_when(bill.issued_at, self.tz))
        self.issued_fields["taxable"].setText(format_money(bill.taxable))
        self.issued_fields["tax"].setText(format_money(bill.tax))
        self.issued_fields["total"].setText(f"<b>{format_money(bill.grand_total)}</b>")
        paid = bill.status == "paid"
        self.issued_fields["status"].setText(
            f"<span style='color:{common.STATUS_COLOURS.get(bill.status, '#1F2933')}; font-weight:600'>"
            f"{common.status_label(bill.status)}</span>" + (f" · {payment_method_label(bill.payment_method)}" if bill.payment_method else ""))
        if bill.payment_method:
            self.pay_method.setCurrentIndex(max(0, self.pay_method.findData(bill.payment_method)))
        self.mark_paid.setEnabled(bill.status != "void")
        self.mark_paid.setText(self.tr("Change method") if paid else self.tr("Mark paid"))
        self.mark_unpaid.setEnabled(paid)
        self.open_receipt_button.setFocus()

    def set_paid(self, paid: bool) -> None:
        if self.bill is None:
            return
        method = self.pay_method.currentData() if paid else None
        billing_ops.set_payment(self, self.ctx, self.actor, bill_id=self.bill.id, paid=paid, method=method,
                                on_done=self._show_issued)

    def print_receipt(self) -> None:
        if self.bill is None:
            return
        printing_ops.print_receipt(self, self.ctx, self.actor, bill_id=self.bill.id, number=self.bill.number)

    def open_receipt(self) -> None:
        if self.bill is None:
            return
        billing_ops.open_receipt(self, self.ctx, self.actor, bill_id=self.bill.id, on_open=self._viewer_opened)

    def _viewer_opened(self, viewer) -> None:
        self.viewer = viewer  # the receipt, decrypted in memory: no file is written for viewing
