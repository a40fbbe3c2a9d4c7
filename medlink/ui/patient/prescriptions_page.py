"""My prescriptions and lab results: the lists, and each document (prescription PDF, lab report), shown by the built-in viewer from memory."""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from medlink.ui.clinical_labels import lab_result_label
from medlink.formatting import format_date
from medlink.errors import MedLinkError
from medlink.services import labs, prescriptions
from medlink.services.labs import LabOrderView
from medlink.services.prescriptions import PrescriptionView
from medlink.ui.context import AppContext
from medlink.ui.errors import show_error
from medlink.ui.table import Column, RowsModel, make_table, selected_row
from medlink.ui.tasks import run_task
from medlink.ui.viewer import open_document_viewer, open_record_viewer
from medlink.ui.widgets import empty_state, format_when, heading

FLAG_COLOUR = "#B42318"


class MyPrescriptionsPage(QWidget):
    def __init__(self, ctx: AppContext, tz: tzinfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.tz = ctx, tz
        self.setObjectName("myPrescriptionsPage")
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(heading(self.tr("Prescriptions and lab results")))
        note = QLabel(self.tr("Everything your doctors prescribed or tested. Open a prescription to print it or "
                              "show it at the pharmacy."))
        note.setProperty("role", "muted")
        note.setWordWrap(True)
        layout.addWidget(note)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("myPrescriptionTabs")
        layout.addWidget(self.tabs, 1)

        rx_tab = QWidget()
        rx_layout = QVBoxLayout(rx_tab)
        self.rx_model: RowsModel[PrescriptionView] = RowsModel([
            Column(self.tr("Date"), lambda p: format_when(p.created_at, tz)),
            Column(self.tr("No."), lambda p: p.number),
            Column(self.tr("Doctor"), lambda p: p.doctor_name),
            Column(self.tr("Medicines / tests"), lambda p: p.summary),
            Column(self.tr("Follow-up"), lambda p: format_date(p.follow_up_on, "dd MMM y") if p.follow_up_on else "—"),
        ], self)
        self.rx_table = make_table(self.rx_model, "myPrescriptionsTable", stretch_column=3)
        self.rx_table.doubleClicked.connect(lambda _: self.open_prescription())
        self.rx_stack = QStackedWidget()
        self.rx_stack.addWidget(self.rx_table)
        self.rx_stack.addWidget(empty_state(self.tr("No prescriptions yet. After a consultation your doctor's "
                                                    "prescription appears here.")))
        rx_layout.addWidget(self.rx_stack, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.open_rx = QPushButton(self.tr("Open prescription"))
        self.open_rx.setObjectName("openMyPrescription")
        self.open_rx.setProperty("role", "primary")
        self.open_rx.clicked.connect(self.open_prescription)
        row.addWidget(self.open_rx)
        rx_layout.addLayout(row)
        self.tabs.addTab(rx_tab, self.tr("Prescriptions"))

        lab_tab = QWidget()
        lab_layout = QVBoxLayout(lab_tab)
        self.lab_model: RowsModel[LabOrderView] = RowsModel([
            Column(self.tr("Ordered"), lambda o: format_when(o.ordered_at, tz)),
            Column(self.tr("Test"), lambda o: o.test_name),
            Column(self.tr("Result"), lambda o: lab_result_label(o),
                   colour=lambda o: FLAG_COLOUR if o.abnormal_flag else None),
            Column(self.tr("Flag"), lambda o: {"H": self.tr("High"), "L": self.tr("Low")}.get(o.abnormal_flag or "", ""),
                   colour=lambda o: FLAG_COLOUR if o.abnormal_flag else None),
            Column(self.tr("Reference"), lambda o: o.reference_text),
            Column(self.tr("Doctor"), lambda o: o.doctor_name),
        ], self)
        self.lab_table = make_table(self.lab_model, "myLabResultsTable", stretch_column=1)
        self.lab_table.doubleClicked.connect(lambda _: self.open_lab_report())
        self.lab_stack = QStackedWidget()
        self.lab_stack.addWidget(self.lab_table)
        self.lab_stack.addWidget(empty_state(self.tr("No lab tests yet. Tests your doctor orders, and their results, "
                                                     "appear here.")))
        lab_layout.addWidget(self.lab_stack, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.open_lab = QPushButton(self.tr("Open lab report"))
        self.open_lab.setObjectName("openMyLabReport")
        self.open_lab.clicked.connect(self.open_lab_report)
        row.addWidget(self.open_lab)
        lab_layout.addLayout(row)
        self.tabs.addTab(lab_tab, self.tr("Lab results"))

    def refresh(self) -> None:
        actor, db = self.ctx.actor, self.ctx.db
        assert actor is not None and actor.patient_id is not None
        pid = actor.patient_id
        run_task(lambda: (prescriptions.list_prescriptions(db, actor=actor, patient_id=pid),
                          labs.list_lab_orders(db, actor=actor, patient_id=pid)),
                 on_result=self._loaded, on_error=lambda e: show_error(self, e), context=self)

    def _loaded(self, result) -> None:
        rx, orders = result
        self.rx_model.set_rows(rx)
        self.rx_stack.setCurrentIndex(0 if rx else 1)
        self.lab_model.set_rows(orders)
        self.lab_stack.setCurrentIndex(0 if orders else 1)
        self.tabs.setTabText(0, self.tr("Prescriptions (%1)").replace("%1", str(len(rx))))
        self.tabs.setTabText(1, self.tr("Lab results (%1)").replace("%1", str(len(orders))))
        if rx:
            self.rx_table.selectRow(0)
        if orders:
            self.lab_table.selectRow(0)

    def _viewer_opened(self, viewer) -> None:
        self.viewer = viewer  # decrypted in memory: no file is written for viewing

    def open_prescription(self) -> None:
        rx = self.rx_model.row_at(selected_row(self.rx_table))
        if rx is None:
            return
        actor, db, records_dir = self.ctx.actor, self.ctx.db, self.ctx.records_dir
        assert actor is not None
        open_document_viewer(self, db=db, actor=actor, on_open=self._viewer_opened,
                             load=lambda: prescriptions.prescription_pdf(db, actor=actor, records_dir=records_dir,
                                                                         prescription_id=rx.id))

    def open_lab_report(self) -> None:
        order = self.lab_model.row_at(selected_row(self.lab_table))
        if order is None:
            return
        if order.record_id is None:
            show_error(self, MedLinkError(self.tr("The lab's report for this test has not been added yet.")))
            return
        actor, db, records_dir, record_id = self.ctx.actor, self.ctx.db, self.ctx.records_dir, order.record_id
        assert actor is not None
        open_record_viewer(self, db=db, actor=actor, records_dir=records_dir, record_id=record_id,
                           on_open=self._viewer_opened)


__all__ = ["MyPrescriptionsPage"]
