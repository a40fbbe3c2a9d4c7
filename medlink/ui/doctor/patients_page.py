"""The doctor's patients and one patient's chart: profile, records, visits,
prescriptions and bills.  Only patients with an appointment with this doctor
can be opened (the services refuse anyone else); every view is audit-logged."""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from medlink.formatting import format_date, format_datetime
from medlink.services import doctor_patients, prescriptions, records
from medlink.services.actor import Actor
from medlink.services.appointments import AppointmentView
from medlink.services.billing import PAYMENT_METHODS, BillView
from medlink.ui.labels import GENDER_LABELS, payment_method_label, record_type_label
from medlink.services.doctor_patients import MyPatientRow, PatientChart
from medlink.services.prescriptions import PrescriptionView
from medlink.services.records import RecordView
from medlink.ui.context import AppContext
from medlink.ui.operations import billing as billing_ops
from medlink.ui.operations import printing as printing_ops
from medlink.ui.doctor import common
from medlink.ui.doctor.common import MODE_LABELS, STATUS_COLOURS, muted, selected_row
from medlink.ui.errors import show_error
from medlink.ui.table import Column, RowsModel, make_table
from medlink.ui.tasks import run_task
from medlink.ui.widgets import (
    LaterSteps,
    connect_debounced,
    empty_state,
    format_money,
    format_when,
    heading,
)


def _size(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):.1f} MB"
    return f"{max(1, n // 1024)} KB"


def _with_empty(view: QWidget, text: str) -> tuple[QStackedWidget, QLabel]:
    stack = QStackedWidget()
    stack.addWidget(view)
    empty = empty_state(text)
    stack.addWidget(empty)
    return stack, empty


class PatientsPage(QWidget):
    def __init__(self, ctx: AppContext, actor: Actor, tz: tzinfo) -> None:
        super().__init__()
        self.ctx, self.actor, self.tz = ctx, actor, tz
        self.chart: PatientChart | None = None
        self.patient_id: int | None = None
        self._pending_open: int | None = None

        root = QHBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        root.addWidget(splitter)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 8, 0)
        left_layout.addWidget(heading(self.tr("Patients")))
        self.search = QLineEdit()
        self.search.setObjectName("patientSearch")
        self.search.setPlaceholderText(self.tr("Search your patients by name…"))
        self.search.setClearButtonEnabled(True)
        left_layout.addWidget(self.search)
        connect_debounced(self.search.textChanged, self.refresh, parent=self)
        self.list_model: RowsModel[MyPatientRow] = RowsModel([
            Column(self.tr("Name"), lambda p: p.full_name),
            Column(self.tr("Age"), lambda p: f"{p.age}" if p.age is not None else "—", align_right=True),
            Column(self.tr("Last visit"), lambda p: format_datetime(p.last_visit, "dd MMM y", tz=tz) if p.last_visit else "—"),
            Column(self.tr("Next"), lambda p: format_datetime(p.next_visit, "dd MMM", tz=tz) if p.next_visit else "—"),
        ])
        self.list_view = make_table(self.list_model, stretch_column=0, name="patientList")
        self.list_view.selectionModel().selectionChanged.connect(self._patient_selected)
        self.list_stack, self.list_empty = _with_empty(
            self.list_view, self.tr("No patients yet. Patients appear here once they book an appointment with you."))
        left_layout.addWidget(self.list_stack, 1)
        left.setMinimumWidth(320)
        splitter.addWidget(left)

        self.chart_stack = QStackedWidget()
        self.chart_stack.addWidget(empty_state(self.tr("Choose a patient to open their chart.")))
        self.chart_stack.addWidget(self._chart_widget())
        splitter.addWidget(self.chart_stack)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)

    # --- chart layout ------------------------------------------------------------------------
    def _chart_widget(self) -> QWidget:
        chart = QWidget()
        layout = QVBoxLayout(chart)
        layout.setContentsMargins(8, 0, 0, 0)
        header = QFrame()
        header.setProperty("role", "card")
        grid = QGridLayout(header)
        grid.setContentsMargins(18, 14, 18, 14)
        grid.setHorizontalSpacing(24)
        self.name = heading("", 2)
        self.name.setObjectName("chartName")
        grid.addWidget(self.name, 0, 0, 1, 2)
        self.basics = muted()
        self.basics.setObjectName("chartBasics")
        grid.addWidget(self.basics, 1, 0, 1, 2)
        self.allergies = QLabel()
        self.allergies.setObjectName("chartAllergies")
        self.allergies.setWordWrap(True)
        grid.addWidget(self.allergies, 2, 0)
        self.history = QLabel()
        self.history.setObjectName("chartHistory")
        self.history.setWordWrap(True)
        grid.addWidget(self.history, 2, 1)
        self.contact = muted()
        self.contact.setObjectName("chartContact")
        grid.addWidget(self.contact, 3, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout.addWidget(header)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("chartTabs")
        layout.addWidget(self.tabs, 1)
        # The chart's tabs are built one per turn of the event loop after the page shows (together
        # they took a few hundred milliseconds of the GUI thread), or at once when a chart opens first.
        self._later = LaterSteps(self)
        self._later.add(
            lambda: self.tabs.addTab(self._records_tab(), self.tr("Records")),
            lambda: self.tabs.addTab(self._visits_tab(), self.tr("Visits")),
            lambda: self.tabs.addTab(self._prescriptions_tab(), self.tr("Prescriptions")),
            lambda: self.tabs.addTab(self._bills_tab(), self.tr("Bills")),
            self._add_readings_tab, self._add_allergies_tab, self._add_labs_tab,
        )
        return chart

    def _ensure_chart(self) -> None:
        """Every tab of the chart exists (before a patient's chart is shown in it)."""
        self._later.finish()

    def _add_readings_tab(self) -> None:
        from medlink.ui.readings_panel import ReadingsPanel

        self.readings = ReadingsPanel(self.ctx, self.actor, self.tz, patient_id=None, doctor_mode=True)
        self.readings_tab_index = self.tabs.addTab(self.readings, self.tr("Readings"))
        self.tabs.currentChanged.connect(self._show_readings_if_current)

    def _show_readings_if_current(self, *_: object) -> None:
        """The Readings tab loads (and audits) its own view when it is opened, not with the chart."""
        if (self.chart is not None and self.tabs.currentIndex() == self.readings_tab_index
                and self.readings.patient_id != self.chart.profile.id):
            self.readings.set_patient(self.chart.profile.id)

    def _add_allergies_tab(self) -> None:
        from medlink.ui.doctor.chart_clinical import AllergiesProblemsTab

        self.allergies_tab = AllergiesProblemsTab(self.ctx, self.actor, self.tz)
        self.allergies_tab.changed.connect(self._reload_chart)
        self.allergies_tab_index = self.tabs.addTab(self.allergies_tab, self.tr("Allergies and problems"))

    def _add_labs_tab(self) -> None:
        from medlink.ui.doctor.chart_clinical import LabsTab

        self.labs_tab = LabsTab(self.ctx, self.actor, self.tz)
        self.labs_tab.changed.connect(self._reload_chart)
        self.labs_tab_index = self.tabs.addTab(self.labs_tab, self.tr("Labs"))

    def _reload_chart(self) -> None:
        if self.patient_id is not None:
            self.open_patient(self.patient_id)

    def _records_tab(self) -> QWidget:
        tab = QWidget()
        layout = QHBoxLayout(tab)
        layout.setContentsMargins(8, 8, 8, 8)
        self.records_model: RowsModel[RecordView] = RowsModel([
            Column(self.tr("Date"), lambda r: format_date(r.record_date, "dd MMM y")),
            Column(self.tr("Title"), lambda r: r.title),
            Column(self.tr("Type"), lambda r: record_type_label(r.record_type)),
            Column(self.tr("File"), lambda r: (self.tr("Image") if r.is_image else self.tr("PDF")) + f" · {_size(r.size_bytes)}",
                   tooltip=lambda r: self.tr("{file} — uploaded by {who}").format(
                       file=r.original_filename or "", who=r.uploaded_by or self.tr("unknown"))),
        ])
        self.records_view = make_table(self.records_model, stretch_column=1, name="recordsTable")
        self.records_view.selectionModel().selectionChanged.connect(self._record_selected)
        self.records_view.doubleClicked.connect(lambda *_: self.open_record())
        stack, _ = _with_empty(self.records_view, self.tr("No medical records uploaded for this patient yet."))
        self.records_stack = stack
        layout.addWidget(stack, 3)
        side = QVBoxLayout()
        self.preview = QLabel(self.tr("Select a record"))
        self.preview.setObjectName("recordPreview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setFixedSize(210, 210)
        self.preview.setStyleSheet("background: #F8FAFB; border: 1px solid #D9E2EC; border-radius: 8px;"
                                   " color: #627D98;")
        side.addWidget(self.preview)
        self.open_record_button = QPushButton(self.tr("Open"))
        self.open_record_button.setObjectName("openRecord")
        self.open_record_button.setProperty("role", "primary")
        self.open_record_button.setEnabled(False)
        self.open_record_button.clicked.connect(self.open_record)
        side.addWidget(self.open_record_button)
        side.addStretch(1)
        layout.addLayout(side)
        return tab

    def _visits_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(8, 8, 8, 8)
        tz = self.tz
        self.visits_model: RowsModel[AppointmentView] = RowsModel([
            Column(self.tr("When"), lambda a: format_when(a.starts_at, tz)),
            Column(self.tr("Mode"), lambda a: MODE_LABELS.get(a.mode, a.mode)),
            Column(self.tr("Reason"), lambda a: a.reason or "—"),
            Column(self.tr("Diagnosis"), lambda a: a.diagnosis or "—"),
            Column(self.tr("Status"), lambda a: common.status_label(a.status), colour=lambda a: STATUS_COLOURS.get(a.status)),
        ])
        self.visits_view = make_table(self.visits_model, stretch_column=2, name="visitsTable")
        self.visits_view.doubleClicked.connect(lambda *_: self.go_to_visit())
        stack, _ = _with_empty(self.visits_view, self.tr("No appointments with you."))
        self.visits_stack = stack
        layout.addWidget(stack, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        go = QPushButton(self.tr("Open in Appointments"))
        go.setObjectName("goToVisit")
        go.clicked.connect(self.go_to_visit)
        row.addWidget(go)
        layout.addLayout(row)
        return tab

    def _prescriptions_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(8, 8, 8, 8)
        tz = self.tz
        self.rx_model: RowsModel[PrescriptionView] = RowsModel([
            Column(self.tr("Date"), lambda p: format_when(p.created_at, tz)),
            Column(self.tr("No."), lambda p: p.number),
            Column(self.tr("Doctor"), lambda p: p.doctor_name),
            Column(self.tr("Medicines / tests"), lambda p: p.summary),
            Column(self.tr("Follow-up"), lambda p: format_date(p.follow_up_on, "dd MMM y") if p.follow_up_on else "—"),
        ])
        self.rx_view = make_table(self.rx_model, stretch_column=3, name="prescriptionsTable")
        self.rx_view.doubleClicked.connect(lambda *_: self.open_prescription())
        stack, _ = _with_empty(self.rx_view, self.tr("No prescriptions yet. Write one from the patient's appointment."))
        self.rx_stack = stack
        layout.addWidget(stack, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        open_pdf = QPushButton(self.tr("Open PDF"))
        open_pdf.setObjectName("openPrescription")
        open_pdf.clicked.connect(self.open_prescription)
        row.addWidget(open_pdf)
        print_rx = QPushButton(self.tr("&Print…"))
        print_rx.setObjectName("printPrescription")
        print_rx.clicked.connect(self.print_prescription)
        row.addWidget(print_rx)
        print_lab = QPushButton(self.tr("Print &lab order…"))
        print_lab.setObjectName("printLabOrder")
        print_lab.clicked.connect(self.print_lab_order)
        row.addWidget(print_lab)
        layout.addLayout(row)
        return tab

    def _bills_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(8, 8, 8, 8)
        tz = self.tz
        self.bills_model: RowsModel[BillView] = RowsModel([
            Column(self.tr("Receipt"), lambda b: b.number),
            Column(self.tr("Issued"), lambda b: format_when(b.issued_at, tz)),
            Column(self.tr("Total"), lambda b: format_money(b.grand_total), align_right=True),
            Column(self.tr("Status"), lambda b: common.status_label(b.status), colour=lambda b: STATUS_COLOURS.get(b.status)),
            Column(self.tr("Paid by"), lambda b: payment_method_label(b.payment_method)),
        ])
        self.bills_view = make_table(self.bills_model, stretch_column=0, name="billsTable")
        self.bills_view.doubleClicked.connect(lambda *_: self.open_receipt())
        stack, _ = _with_empty(self.bills_view, self.tr("No bills for your appointments with this patient."))
        self.bills_stack = stack
        layout.addWidget(stack, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.bill_method = QComboBox()
        self.bill_method.setObjectName("billMethod")
        for method in PAYMENT_METHODS:
            self.bill_method.addItem(payment_method_label(method), method)
        row.addWidget(self.bill_method)
        paid = QPushButton(self.tr("Mark paid"))
        paid.setObjectName("billMarkPaid")
        paid.clicked.connect(lambda: self.set_paid(True))
        row.addWidget(paid)
        unpaid = QPushButton(self.tr("Mark unpaid"))
        unpaid.setObjectName("billMarkUnpaid")
        unpaid.clicked.connect(lambda: self.set_paid(False))
        row.addWidget(unpaid)
        open_receipt = QPushButton(self.tr("Open receipt"))
        open_receipt.setObjectName("openBillReceipt")
        open_receipt.clicked.connect(self.open_receipt)
        row.addWidget(open_receipt)
        print_receipt = QPushButton(self.tr("Print receipt…"))
        print_receipt.setObjectName("printBillReceipt")
        print_receipt.clicked.connect(self.print_receipt)
        row.addWidget(print_receipt)
        layout.addLayout(row)
        return tab

    # --- list ----------------------------------------------------------------------------------
    def refresh(self) -> None:
        db, actor, text = self.ctx.db, self.actor, self.search.text()
        run_task(lambda: doctor_patients.my_patients(db, actor=actor, text=text),
                 on_result=self._list_loaded, on_error=lambda e: show_error(self, e), context=self)

    def _list_loaded(self, rows: list[MyPatientRow]) -> None:
        self.list_model.set_rows(rows)
        if rows:
            self.list_stack.setCurrentIndex(0)
        else:
            self.list_empty.setText(self.tr("No patient of yours matches that name.") if self.search.text().strip() else
                                    self.tr("No patients yet. Patients appear here once they book an appointment with you."))
            self.list_stack.setCurrentIndex(1)
        target = self._pending_open or self.patient_id
        if self._pending_open is not None:  # opened first: selecting its row below then opens nothing twice
            patient_id, self._pending_open = self._pending_open, None
            self.open_patient(patient_id)
        for row, patient in enumerate(rows):
            if patient.patient_id == target:
                self.list_view.blockSignals(True)
                self.list_view.selectRow(row)
                self.list_view.blockSignals(False)

    def _patient_selected(self, *_: object) -> None:
        row: MyPatientRow | None = selected_row(self.list_view)
        if row is not None and row.patient_id != self.patient_id:
            self.open_patient(row.patient_id)

    def show_patient(self, patient_id: int, name: str = "") -> None:
        """Called from the Appointments page: open this patient's chart."""
        if name and self.search.text() and not name.lower().startswith(self.search.text().lower()):
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
        self._pending_open = patient_id
        self.refresh()

    # --- chart ---------------------------------------------------------------------------------
    def open_patient(self, patient_id: int) -> None:
        self._ensure_chart()
        self.patient_id = patient_id
        db, actor = self.ctx.db, self.actor
        run_task(lambda: doctor_patients.patient_chart(db, actor=actor, patient_id=patient_id),
                 on_result=self._chart_loaded, on_error=lambda e: show_error(self, e), context=self)

    def _chart_loaded(self, chart: PatientChart) -> None:
        self._ensure_chart()
        self.chart = chart
        p = chart.profile
        self.chart_stack.setCurrentIndex(1)
        self.name.setText(p.full_name)
        basics = [x for x in (GENDER_LABELS.get(p.gender, p.gender) if p.gender else None,
                              self.tr("{age} years").format(age=p.age) if p.age is not None else None,
                              self.tr("Blood group {blood_group}").format(blood_group=p.blood_group)
                              if p.blood_group else None,
                              self.tr("Patient ID P{id:06d}").format(id=p.id)) if x]
        self.basics.setText(" · ".join(basics))
        if chart.allergies:
            listed = "; ".join(a.summary for a in chart.allergies)
            self.allergies.setText(f"<b>{self.tr('Allergies:')}</b> {listed}")
            self.allergies.setProperty("role", "allergyBanner")
        else:
            self.allergies.setText(f"<b>{self.tr('Allergies:')}</b> " + self.tr("none recorded"))
            self.allergies.setProperty("role", "")
        self.allergies.style().unpolish(self.allergies)
        self.allergies.style().polish(self.allergies)
        problems = "; ".join(f"{pr.icd10_code} {pr.title}" for pr in chart.problems)
        history = " · ".join(x for x in (problems, p.medical_history or "") if x)
        self.history.setText(f"<b>{self.tr('Problems / history:')}</b> " + (history or self.tr("none recorded")))
        contact = [x for x in (p.phone, p.email, p.address) if x]
        if p.emergency_contact_name:
            contact.append(self.tr("Emergency: {name} {phone}").format(
                name=p.emergency_contact_name, phone=p.emergency_contact_phone or "").strip())
        self.contact.setText(" · ".join(contact))
        self.records_model.set_rows(chart.records)
        self.records_stack.setCurrentIndex(0 if chart.records else 1)
        self.visits_model.set_rows(chart.appointments)
        self.visits_stack.setCurrentIndex(0 if chart.appointments else 1)
        self.rx_model.set_rows(chart.prescriptions)
        self.rx_stack.setCurrentIndex(0 if chart.prescriptions else 1)
        self.bills_model.set_rows(chart.bills)
        self.bills_stack.setCurrentIndex(0 if chart.bills else 1)
        self.tabs.setTabText(0, self.tr("Records ({len})").format(len=len(chart.records)))
        self.tabs.setTabText(1, self.tr("Visits ({len})").format(len=len(chart.appointments)))
        self.tabs.setTabText(2, self.tr("Prescriptions ({len})").format(len=len(chart.prescriptions)))
        self.tabs.setTabText(3, self.tr("Bills ({len})").format(len=len(chart.bills)))
        self.tabs.setTabText(self.allergies_tab_index, self.tr("Allergies and problems (%1)").replace(
            "%1", str(len(chart.allergies) + len(chart.problems))))
        self.tabs.setTabText(self.labs_tab_index, self.tr("Labs (%1)").replace("%1", str(len(chart.lab_orders))))
        latest_visit = next((a.id for a in chart.appointments if a.status not in ("cancelled", "no_show")), None)
        self.allergies_tab.set_data(p.id, chart.allergies, chart.problems, latest_visit)
        self.labs_tab.set_data(p.id, chart.lab_orders, chart.appointments)
        self._show_readings_if_current()
        self.preview.setPixmap(QPixmap())
        self.preview.setText(self.tr("Select a record"))
        self.open_record_button.setEnabled(False)
        if chart.records:
            self.records_view.selectRow(0)

    # --- records -------------------------------------------------------------------------------
    def _record_selected(self, *_: object) -> None:
        record: RecordView | None = selected_row(self.records_view)
        self.open_record_button.setEnabled(record is not None)
        if record is None:
            return
        if not record.is_image:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("PDF document\n{size}\n\nClick Open to view it.").format(size=_size(record.size_bytes)))
            return
        self.preview.setText(self.tr("Loading preview…"))
        db, actor, records_dir = self.ctx.db, self.actor, self.ctx.records_dir

        def load() -> bytes | None:
            view, data = records.read_record(db, actor=actor, records_dir=records_dir, record_id=record.id)
            return records.thumbnail_png(data, view.content_type, max_side=206)

        def show(png: bytes | None) -> None:
            current: RecordView | None = selected_row(self.records_view)
            if current is None or current.id != record.id:
                return
            pixmap = QPixmap()
            if png and pixmap.loadFromData(png):
                self.preview.setPixmap(pixmap)
            else:
                self.preview.setText(self.tr("No preview available"))

        def failed(exc: BaseException) -> None:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("The file cannot be shown."))
            show_error(self, exc)

        run_task(load, on_result=show, on_error=failed, context=self)

    def open_record(self) -> None:
        record: RecordView | None = selected_row(self.records_view)
        if record is None:
            return
        db, actor, records_dir = self.ctx.db, self.actor, self.ctx.records_dir

        from medlink.ui.viewer import open_record_viewer

        def opened(viewer) -> None:
            self.viewer = viewer  # shown from memory: no decrypted file is written for viewing

        open_record_viewer(self, db=db, actor=actor, records_dir=records_dir, record_id=record.id, on_open=opened)

    # --- visits, prescriptions, bills ----------------------------------------------------------
    def go_to_visit(self) -> None:
        visit: AppointmentView | None = selected_row(self.visits_view)
        window = self.window()
        if visit is not None and hasattr(window, "show_appointment"):
            window.show_appointment(visit.id)

    def open_prescription(self) -> None:
        rx: PrescriptionView | None = selected_row(self.rx_view)
        if rx is None:
            return
        db, actor, records_dir = self.ctx.db, self.actor, self.ctx.records_dir
        from medlink.ui.viewer import open_document_viewer

        open_document_viewer(self, db=db, actor=actor, on_open=self._document_opened,
                             load=lambda: prescriptions.prescription_pdf(db, actor=actor, records_dir=records_dir,
                                                                         prescription_id=rx.id))

    def _document_opened(self, viewer) -> None:
        self.viewer = viewer  # decrypted in memory: no file is written for viewing

    def print_prescription(self) -> None:
        rx: PrescriptionView | None = selected_row(self.rx_view)
        if rx is not None:
            printing_ops.print_prescription(self, self.ctx, self.actor, prescription_id=rx.id)

    def print_lab_order(self) -> None:
        rx: PrescriptionView | None = selected_row(self.rx_view)
        if rx is not None:  # one without lab tests gets the service's sentence
            printing_ops.print_lab_order(self, self.ctx, self.actor, prescription_id=rx.id)

    def print_receipt(self) -> None:
        bill: BillView | None = selected_row(self.bills_view)
        if bill is not None:
            printing_ops.print_receipt(self, self.ctx, self.actor, bill_id=bill.id, number=bill.number)

    def open_receipt(self) -> None:
        bill: BillView | None = selected_row(self.bills_view)
        if bill is None:
            return
        billing_ops.open_receipt(self, self.ctx, self.actor, bill_id=bill.id, on_open=self._document_opened)

    def set_paid(self, paid: bool) -> None:
        bill: BillView | None = selected_row(self.bills_view)
        if bill is None:
            return
        method = self.bill_method.currentData() if paid else None
        billing_ops.set_payment(self, self.ctx, self.actor, bill_id=bill.id, paid=paid, method=method,
                                on_done=lambda _: self.open_patient(bill.patient_id))


__all__ = ["PatientsPage", "QTableView"]
