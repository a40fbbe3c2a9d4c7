"""Chart tabs for the clinical record: allergies and the ICD-10 problem list; lab orders and results."""

from __future__ import annotations

from datetime import tzinfo
from pathlib import Path

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from medlink.clinical.allergy_classes import CLASS_CHOICES
from medlink.errors import ValidationError
from medlink.services import allergies, labs
from medlink.services.actor import Actor
from medlink.services.allergies import AllergyView, ProblemView
from medlink.services.appointments import AppointmentView
from medlink.services.labs import LabOrderView, LabTestView
from medlink.ui.clinical_labels import lab_result_label, severity_label
from medlink.ui.context import AppContext
from medlink.ui.errors import show_error
from medlink.ui.readings_panel import compact_combos
from medlink.ui.table import Column, RowsModel, make_table, selected_row
from medlink.ui.tasks import run_task
from medlink.ui.widgets import connect_debounced, format_money, format_when, heading, reserve_message_space
from medlink.vocabulary import AllergySeverity

RED = "#B42318"


class _ChartTab(QWidget):
    """What every clinical chart tab shares: the context, the patient shown, a message line per form, and one
    way to run a change off the GUI thread (its sentence under the form, else the error dialog)."""

    changed = Signal()

    def __init__(self, ctx: AppContext, actor: Actor, tz: tzinfo) -> None:
        super().__init__()
        self.ctx, self.actor, self.tz = ctx, actor, tz
        self.patient_id: int | None = None

    @staticmethod
    def _error_label(name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setProperty("role", "fieldError")
        reserve_message_space(label)
        label.setWordWrap(True)
        label.setVisible(False)
        return label

    @staticmethod
    def _say(label: QLabel, text: str) -> None:
        label.setText(text)
        label.setVisible(True)

    def _run(self, fn: Callable[[], object], error_label: QLabel) -> None:
        error_label.setVisible(False)  # a new action: the last message goes

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ValidationError):
                self._say(error_label, exc.message)
            else:
                show_error(self, exc)

        run_task(fn, on_result=lambda _: self.changed.emit(), on_error=failed, context=self)


class AllergiesProblemsTab(_ChartTab):
    def __init__(self, ctx: AppContext, actor: Actor, tz: tzinfo) -> None:
        super().__init__(ctx, actor, tz)
        self.appointment_id: int | None = None
        root = QHBoxLayout(self)
        root.setContentsMargins(8, 8, 8, 8)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        root.addWidget(splitter)

        # allergies
        left = QWidget()
        lay = QVBoxLayout(left)
        lay.setContentsMargins(0, 0, 0, 6)
        lay.addWidget(heading(self.tr("Allergies"), 2))
        self.allergy_model: RowsModel[AllergyView] = RowsModel([
            Column(self.tr("Substance"), lambda a: a.substance, colour=lambda a: RED),
            Column(self.tr("Class"), lambda a: a.drug_class_label or "—"),
            Column(self.tr("Reaction"), lambda a: a.reaction or "—"),
            Column(self.tr("Severity"), lambda a: severity_label(a.severity)),
            Column(self.tr("Recorded"), lambda a: (self.tr("by the patient") if a.reported_by_patient
                                                   else (a.recorded_by or "—"))),
        ], self)
        self.allergy_table = make_table(self.allergy_model, "allergyTable", stretch_column=0)
        lay.addWidget(self.allergy_table, 1)
        form = QGridLayout()
        self.substance = QLineEdit()
        self.substance.setObjectName("allergySubstance")
        self.substance.setPlaceholderText(self.tr("Substance or medicine, e.g. Penicillin"))
        self.drug_class = QComboBox()
        self.drug_class.setObjectName("allergyClass")
        self.drug_class.addItem(self.tr("Drug class: recognise from the name"), "")
        for code, label in CLASS_CHOICES:
            self.drug_class.addItem(label, code)
        self.reaction = QLineEdit()
        self.reaction.setObjectName("allergyReaction")
        self.reaction.setPlaceholderText(self.tr("Reaction, e.g. hives, swelling"))
        self.severity = QComboBox()
        self.severity.setObjectName("allergySeverity")
        for severity in (AllergySeverity.UNKNOWN, AllergySeverity.MILD, AllergySeverity.MODERATE,
                         AllergySeverity.SEVERE, AllergySeverity.LIFE_THREATENING):
            self.severity.addItem(severity_label(severity), severity.value)
        add = QPushButton(self.tr("Add allergy"))
        add.setObjectName("addAllergy")
        add.clicked.connect(self.add_allergy)
        form.addWidget(self.substance, 0, 0)
        form.addWidget(self.drug_class, 0, 1)
        form.addWidget(self.reaction, 1, 0)
        form.addWidget(self.severity, 1, 1)
        form.addWidget(add, 0, 2)
        self.remove_reason = QLineEdit()
        self.remove_reason.setObjectName("allergyRemoveReason")
        self.remove_reason.setPlaceholderText(self.tr("Reason to remove the selected allergy"))
        remove = QPushButton(self.tr("Remove"))
        remove.setObjectName("removeAllergy")
        remove.setProperty("role", "danger")
        remove.clicked.connect(self.remove_allergy)
        form.addWidget(self.remove_reason, 2, 0, 1, 2)
        form.addWidget(remove, 2, 2)
        lay.addLayout(form)
        self.allergy_error = self._error_label("allergyError")
        lay.addWidget(self.allergy_error)
        splitter.addWidget(left)

        # problems
        right = QWidget()
        lay = QVBoxLayout(right)
        lay.setContentsMargins(0, 6, 0, 0)
        lay.addWidget(heading(self.tr("Problem list (ICD-10)"), 2))
        self.problem_model: RowsModel[ProblemView] = RowsModel([
            Column(self.tr("Code"), lambda p: p.icd10_code),
            Column(self.tr("Diagnosis"), lambda p: p.title, tooltip=lambda p: p.note or ""),
            Column(self.tr("Since"), lambda p: format_when(p.recorded_at, tz, with_day=True).split(",")[0]),
            Column(self.tr("By"), lambda p: p.recorded_by or "—"),
        ], self)
        self.problem_table = make_table(self.problem_model, "problemTable", stretch_column=1)
        lay.addWidget(self.problem_table, 1)
        self.icd_search = QLineEdit()
        self.icd_search.setObjectName("icdSearch")
        self.icd_search.setPlaceholderText(self.tr("Search ICD-10 by code or words, e.g. E11 or diabetes"))
        self.icd_search.setClearButtonEnabled(True)
        lay.addWidget(self.icd_search)
        self.icd_results = QListWidget()
        self.icd_results.setObjectName("icdResults")
        self.icd_results.setMaximumHeight(90)
        lay.addWidget(self.icd_results)
        connect_debounced(self.icd_search.textChanged, self.search_icd, ms=150, parent=self)
        row = QHBoxLayout()
        self.problem_note = QLineEdit()
        self.problem_note.setObjectName("problemNote")
        self.problem_note.setPlaceholderText(self.tr("Note (optional)"))
        row.addWidget(self.problem_note, 1)
        add_problem = QPushButton(self.tr("Add to problem list"))
        add_problem.setObjectName("addProblem")
        add_problem.setProperty("role", "primary")
        add_problem.clicked.connect(self.add_problem)
        row.addWidget(add_problem)
        resolve = QPushButton(self.tr("Mark resolved"))
        resolve.setObjectName("resolveProblem")
        resolve.clicked.connect(self.resolve_problem)
        row.addWidget(resolve)
        lay.addLayout(row)
        self.problem_error = self._error_label("problemError")
        lay.addWidget(self.problem_error)
        self.icd_source = QLabel(self.tr("Codes and titles: WHO ICD-10 (2019), a bundled primary-care list."))
        self.icd_source.setProperty("role", "muted")
        self.icd_source.setWordWrap(True)
        lay.addWidget(self.icd_source)
        splitter.addWidget(right)
        compact_combos(self)

    def set_data(self, patient_id: int, allergy_rows: list[AllergyView], problems: list[ProblemView],
                 appointment_id: int | None) -> None:
        self.patient_id, self.appointment_id = patient_id, appointment_id
        self.allergy_model.set_rows(allergy_rows)
        self.problem_model.set_rows(problems)

    def search_icd(self) -> None:
        self.icd_results.clear()
        for code in allergies.search_diagnoses(self.icd_search.text()):
            item = QListWidgetItem(code.label)
            item.setData(Qt.ItemDataRole.UserRole, code.code)
            self.icd_results.addItem(item)
        if self.icd_results.count():
            self.icd_results.setCurrentRow(0)

    def add_allergy(self) -> None:
        if self.patient_id is None:
            return
        db, actor, pid = self.ctx.db, self.actor, self.patient_id
        substance, cls, reaction, severity = (self.substance.text(), self.drug_class.currentData() or None,
                                              self.reaction.text(), self.severity.currentData())
        self.substance.clear()
        self.reaction.clear()
        self._run(lambda: allergies.add_allergy(db, actor=actor, patient_id=pid, substance=substance, drug_class=cls,
                                                reaction=reaction, severity=severity), self.allergy_error)

    def remove_allergy(self) -> None:
        allergy = self.allergy_model.row_at(selected_row(self.allergy_table))
        if allergy is None:
            return
        db, actor, reason = self.ctx.db, self.actor, self.remove_reason.text()
        self._run(lambda: allergies.remove_allergy(db, actor=actor, allergy_id=allergy.id, reason=reason),
                  self.allergy_error)

    def add_problem(self) -> None:
        item = self.icd_results.currentItem()
        if self.patient_id is None:
            return
        if item is None:
            self._say(self.problem_error, self.tr("Search for the diagnosis and choose it from the list."))
            return
        db, actor, pid, code, note = (self.ctx.db, self.actor, self.patient_id, item.data(Qt.ItemDataRole.UserRole),
                                      self.problem_note.text())
        appointment_id = self.appointment_id
        self.problem_note.clear()
        self._run(lambda: allergies.add_problem(db, actor=actor, patient_id=pid, icd10_code=code, note=note,
                                                appointment_id=appointment_id), self.problem_error)

    def resolve_problem(self) -> None:
        problem = self.problem_model.row_at(selected_row(self.problem_table))
        if problem is None:
            return
        db, actor = self.ctx.db, self.actor
        self._run(lambda: allergies.resolve_problem(db, actor=actor, problem_id=problem.id), self.problem_error)


class LabsTab(_ChartTab):
    def __init__(self, ctx: AppContext, actor: Actor, tz: tzinfo) -> None:
        super().__init__(ctx, actor, tz)
        self.file_dialog: QFileDialog | None = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 8, 8, 8)
        self.model: RowsModel[LabOrderView] = RowsModel([
            Column(self.tr("Ordered"), lambda o: format_when(o.ordered_at, tz)),
            Column(self.tr("Test"), lambda o: o.test_name),
            Column(self.tr("Result"), lambda o: lab_result_label(o), colour=lambda o: RED if o.abnormal_flag else None),
            Column(self.tr("Flag"), lambda o: o.abnormal_flag or "", colour=lambda o: RED if o.abnormal_flag else None),
            Column(self.tr("Reference"), lambda o: o.reference_text),
            Column(self.tr("Price"), lambda o: format_money(o.price), align_right=True),
            Column(self.tr("Status"), lambda o: {"ordered": self.tr("Awaiting result"), "resulted": self.tr("Result in"),
                                                 "cancelled": self.tr("Cancelled")}.get(o.status, o.status)),
        ], self)
        self.table = make_table(self.model, "labOrdersTable", stretch_column=1)
        lay.addWidget(self.table, 1)
        order_row = QHBoxLayout()
        order_row.addWidget(QLabel(self.tr("Order for visit")))
        self.visit = QComboBox()
        self.visit.setObjectName("labVisit")
        order_row.addWidget(self.visit, 2)
        self.test = QComboBox()
        self.test.setObjectName("labTest")
        order_row.addWidget(self.test, 3)
        order = QPushButton(self.tr("Order test"))
        order.setObjectName("orderLabTest")
        order.setProperty("role", "primary")
        order.clicked.connect(self.order)
        order_row.addWidget(order)
        lay.addLayout(order_row)
        result_row = QHBoxLayout()
        self.value = QLineEdit()
        self.value.setObjectName("labResultValue")
        self.value.setPlaceholderText(self.tr("Result value"))
        self.value.setMaximumWidth(140)
        result_row.addWidget(self.value)
        self.text = QLineEdit()
        self.text.setObjectName("labResultText")
        self.text.setPlaceholderText(self.tr("Written result / comment (optional)"))
        result_row.addWidget(self.text, 1)
        save = QPushButton(self.tr("&Save result"))
        save.setObjectName("saveLabResult")
        save.clicked.connect(self.save_result)
        result_row.addWidget(save)
        attach = QPushButton(self.tr("Attach lab's PDF…"))
        attach.setObjectName("attachLabReport")
        attach.clicked.connect(self.choose_report)
        result_row.addWidget(attach)
        lay.addLayout(result_row)
        self.error = self._error_label("labError")
        lay.addWidget(self.error)
        compact_combos(self)

    def set_data(self, patient_id: int, orders: list[LabOrderView], visits: list[AppointmentView]) -> None:
        self.patient_id = patient_id
        self.model.set_rows(orders)
        self.visit.clear()
        for visit in visits:
            if visit.status not in ("cancelled", "no_show"):
                self.visit.addItem(format_when(visit.starts_at, self.tz), visit.id)
        if self.test.count() == 0:
            db, actor = self.ctx.db, self.actor
            run_task(lambda: labs.list_lab_catalogue(db, actor=actor), on_result=self._catalogue,
                     on_error=lambda e: show_error(self, e), context=self)

    def _catalogue(self, tests: list[LabTestView]) -> None:
        self.test.clear()
        for t in tests:
            self.test.addItem(f"{t.name} · {format_money(t.price)}", t.id)

    def order(self) -> None:
        appointment_id, test_id = self.visit.currentData(), self.test.currentData()
        if appointment_id is None or test_id is None:
            self._say(self.error, self.tr("Choose the visit and the test."))
            return
        db, actor = self.ctx.db, self.actor
        self._run(lambda: labs.order_lab_tests(db, actor=actor, appointment_id=appointment_id, lab_test_ids=[test_id]),
                  self.error)

    def _selected(self) -> LabOrderView | None:
        return self.model.row_at(selected_row(self.table))

    def save_result(self) -> None:
        order = self._selected()
        if order is None:
            self._say(self.error, self.tr("Select the test the result is for."))
            return
        db, actor, value, text = self.ctx.db, self.actor, self.value.text(), self.text.text()
        self.value.clear()
        self.text.clear()
        self._run(lambda: labs.enter_lab_result(db, actor=actor, order_id=order.id, value=value or None,
                                                text=text or None), self.error)

    def choose_report(self) -> None:
        order = self._selected()
        if order is None:
            self._say(self.error, self.tr("Select the test the report is for."))
            return
        dialog = QFileDialog(self, self.tr("Attach the lab's report"), str(Path.home()),
                             self.tr("Reports (*.pdf *.png *.jpg *.jpeg)"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(lambda path: self.attach(order.id, Path(path)))
        self.file_dialog = dialog
        dialog.open()

    def attach(self, order_id: int, path: Path) -> None:
        db, actor, records_dir = self.ctx.db, self.actor, self.ctx.records_dir
        self._run(lambda: labs.attach_lab_report(db, actor=actor, records_dir=records_dir, order_id=order_id,
                                                 filename=path.name, data=path.read_bytes()), self.error)


__all__ = ["AllergiesProblemsTab", "LabsTab"]
