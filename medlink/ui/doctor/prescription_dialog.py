"""Write a prescription for an appointment: medicines, lab tests, advice, follow-up."""

from __future__ import annotations

import re
from datetime import date, timedelta, tzinfo

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from medlink.ui.i18n import tr_label
from medlink.i18n import N_
from medlink.errors import AllergyConflict, MedLinkError, ValidationError
from medlink.services import prescriptions
from medlink.services.actor import Actor
from medlink.services.appointments import AppointmentView
from medlink.services.prescriptions import PrescriptionItemInput, PrescriptionView
from medlink.ui.context import AppContext
from medlink.ui.doctor import common
from medlink.ui.errors import show_error
from medlink.ui.tasks import run_task
from medlink.ui.widgets import format_when, heading, to_date, reserve_message_space, remember_geometry
from medlink.ui.operations import printing as printing_ops

ITEM_FIELDS = (
    ("medicine", N_("Labels", "Medicine"), N_("Labels", "e.g. Paracetamol"), 3),
    ("strength", N_("Labels", "Strength"), N_("Labels", "650 mg"), 1),
    ("dose", N_("Labels", "Dose"), N_("Labels", "1 tablet"), 1),
    ("frequency", N_("Labels", "Frequency"), "1-0-1", 1),
    ("duration", N_("Labels", "Duration"), N_("Labels", "5 days"), 1),
    ("instructions", N_("Labels", "Instructions"), N_("Labels", "After food"), 2),
)
_ITEM_FIELD_RE = re.compile(r"^items\[(\d+)\]\.(\w+)$")


class PrescriptionDialog(QDialog):
    def __init__(self, ctx: AppContext, actor: Actor, appointment: AppointmentView, tz: tzinfo,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.actor, self.appointment, self.tz = ctx, actor, appointment, tz
        self.result_view: PrescriptionView | None = None
        self.setObjectName("prescriptionDialog")
        self.setWindowTitle(self.tr("Prescription — {patient_name}").format(patient_name=appointment.patient_name))
        remember_geometry(self, "prescription", (960, 640))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 14)
        layout.addWidget(heading(self.tr("Prescription for {patient_name}").format(patient_name=appointment.patient_name)))
        sub = common.muted(self.tr("Consultation {format_when}").format(format_when=format_when(appointment.starts_at, tz))
                           + (self.tr(" · Diagnosis: {diagnosis}").format(diagnosis=appointment.diagnosis) if appointment.diagnosis else ""))
        layout.addWidget(sub)
        self.allergy_banner = QLabel(self.tr("Allergies: loading…"))
        self.allergy_banner.setObjectName("prescriptionAllergies")
        self.allergy_banner.setProperty("role", "allergyBanner")
        self.allergy_banner.setWordWrap(True)
        layout.addWidget(self.allergy_banner)

        layout.addWidget(heading(self.tr("Medicines"), 2))
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(6)
        self.grid.setVerticalSpacing(4)
        for column, (_, label, _, stretch) in enumerate(ITEM_FIELDS):
            caption = QLabel(tr_label(label))
            caption.setProperty("role", "muted")
            self.grid.addWidget(caption, 0, column)
            self.grid.setColumnStretch(column, stretch)
        self.rows: list[dict[str, QLineEdit]] = []
        self.row_buttons: list[QPushButton] = []
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        # three medicine rows at least (more scroll); room for the allergy warning and its reason on a 768 px screen
        scroll.setMinimumHeight(120)
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 8, 0)
        holder_layout.addWidget(self.grid_host)
        holder_layout.addStretch(1)
        scroll.setWidget(holder)
        common.transparent_scroll(scroll)
        layout.addWidget(scroll, 1)
        add = QPushButton(self.tr("+ Add medicine"))
        add.setObjectName("addMedicine")
        add.clicked.connect(lambda: self.add_row(focus=True))
        layout.addWidget(add, 0, Qt.AlignmentFlag.AlignLeft)
        self.items_error = QLabel()
        self.items_error.setObjectName("error_items")
        self.items_error.setProperty("role", "fieldError")
        reserve_message_space(self.items_error)
        self.items_error.setVisible(False)
        layout.addWidget(self.items_error)

        lower = QGridLayout()
        lower.setHorizontalSpacing(16)
        lower.addWidget(heading(self.tr("Lab tests advised"), 2), 0, 0)
        lower.addWidget(heading(self.tr("Advice"), 2), 0, 1)
        self.lab_tests = QPlainTextEdit()
        self.lab_tests.setObjectName("labTests")
        self.lab_tests.setPlaceholderText(self.tr("One test per line, e.g.\nComplete blood count\nDengue NS1 antigen"))
        self.lab_tests.setFixedHeight(92)
        self.advice = QPlainTextEdit()
        self.advice.setObjectName("advice")
        self.advice.setTabChangesFocus(True)
        self.advice.setPlaceholderText(self.tr("e.g. Drink plenty of fluids; rest for three days."))
        self.advice.setFixedHeight(92)
        lower.addWidget(self.lab_tests, 1, 0)
        lower.addWidget(self.advice, 1, 1)
        self.lab_error = self._error_label("error_lab_tests")
        self.advice_error = self._error_label("error_advice")
        lower.addWidget(self.lab_error, 2, 0)
        lower.addWidget(self.advice_error, 2, 1)
        layout.addLayout(lower)

        follow = QHBoxLayout()
        self.follow_check = QCheckBox(self.tr("Follow-up visit on"))
        self.follow_check.setObjectName("followUpCheck")
        self.follow_date = QDateEdit()
        self.follow_date.setObjectName("followUpDate")
        self.follow_date.setCalendarPopup(True)
        self.follow_date.setDisplayFormat("ddd d MMM yyyy")
        visit_day = appointment.starts_at.astimezone(tz).date()
        default = visit_day + timedelta(days=7)
        self.follow_date.setDate(QDate(default.year, default.month, default.day))
        self.follow_date.setMinimumDate(QDate(visit_day.year, visit_day.month, visit_day.day).addDays(1))
        self.follow_date.setEnabled(False)
        self.follow_check.toggled.connect(self.follow_date.setEnabled)
        follow.addWidget(self.follow_check)
        follow.addWidget(self.follow_date)
        self.follow_error = self._error_label("error_follow_up_on")
        follow.addWidget(self.follow_error)
        follow.addStretch(1)
        layout.addLayout(follow)

        self.override_box = QWidget()
        self.override_box.setObjectName("allergyOverride")
        override_layout = QVBoxLayout(self.override_box)
        override_layout.setContentsMargins(0, 0, 0, 0)
        self.override_warning = QLabel()
        self.override_warning.setObjectName("allergyWarning")
        self.override_warning.setProperty("role", "alarm")
        self.override_warning.setWordWrap(True)
        override_layout.addWidget(self.override_warning)
        self.override_reason = QPlainTextEdit()
        self.override_reason.setObjectName("allergyOverrideReason")
        self.override_reason.setPlaceholderText(self.tr("Why is this medicine safe for this patient? (required to "
                                                        "prescribe it anyway; kept in the audit log)"))
        self.override_reason.setFixedHeight(60)
        self.override_reason.setTabChangesFocus(True)
        override_layout.addWidget(self.override_reason)
        self.override_error = self._error_label("error_allergy_override_reason")
        override_layout.addWidget(self.override_error)
        self.override_box.setVisible(False)
        layout.addWidget(self.override_box)

        self.done_label = QLabel()
        self.done_label.setObjectName("prescriptionSaved")
        self.done_label.setProperty("role", "success")
        reserve_message_space(self.done_label)
        self.done_label.setVisible(False)
        layout.addWidget(self.done_label)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.open_pdf = QPushButton(self.tr("Open PDF"))
        self.open_pdf.setObjectName("openPrescriptionPdf")
        self.open_pdf.setVisible(False)
        self.open_pdf.clicked.connect(self.open_saved_pdf)
        buttons.addWidget(self.open_pdf)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setObjectName("printPrescription")
        self.print_button.setVisible(False)
        self.print_button.clicked.connect(self.print_prescription)
        buttons.addWidget(self.print_button)
        self.close_button = QPushButton(self.tr("Cancel"))
        self.close_button.clicked.connect(self.reject)
        buttons.addWidget(self.close_button)
        self.save_button = QPushButton(self.tr("&Save prescription"))
        self.save_button.setObjectName("savePrescription")
        self.save_button.setProperty("role", "primary")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        self.add_row()
        self.rows[0]["medicine"].setFocus()
        self._load_allergies()

    def _load_allergies(self) -> None:
        from medlink.services import allergies

        db, actor, patient_id = self.ctx.db, self.actor, self.appointment.patient_id
        run_task(lambda: allergies.list_allergies(db, actor=actor, patient_id=patient_id),
                 on_result=self._allergies_loaded, on_error=lambda e: self.allergy_banner.setText(str(e)),
                 context=self)

    def _allergies_loaded(self, rows) -> None:
        if rows:
            self.allergy_banner.setText(f"<b>{self.tr('Allergies:')}</b> " + "; ".join(a.summary for a in rows))
        else:
            self.allergy_banner.setText(f"<b>{self.tr('Allergies:')}</b> " + self.tr("none recorded"))

    def _error_label(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setProperty("role", "fieldError")
        label.setWordWrap(True)
        label.setVisible(False)
        return label

    def add_row(self, *, focus: bool = False, item: PrescriptionItemInput | None = None) -> dict[str, QLineEdit]:
        self._grid_row = getattr(self, "_grid_row", 0) + 1
        row_index = self._grid_row
        edits: dict[str, QLineEdit] = {}
        for column, (name, _, placeholder, _) in enumerate(ITEM_FIELDS):
            edit = QLineEdit()
            edit.setObjectName(f"item{row_index - 1}_{name}")
            edit.setPlaceholderText(tr_label(placeholder))
            if item is not None:
                edit.setText(getattr(item, name) or "")
            self.grid.addWidget(edit, row_index, column)
            edits[name] = edit
        remove = common.remove_button(self.tr("Remove this medicine"))
        remove.clicked.connect(lambda: self.remove_row(edits))
        self.grid.addWidget(remove, row_index, len(ITEM_FIELDS))
        self.rows.append(edits)
        self.row_buttons.append(remove)
        if focus:
            edits["medicine"].setFocus()
        return edits

    def remove_row(self, edits: dict[str, QLineEdit]) -> None:
        index = self.rows.index(edits)
        if len(self.rows) == 1:
            for edit in edits.values():
                edit.clear()
            return
        for edit in edits.values():
            edit.hide()
            edit.deleteLater()
        button = self.row_buttons.pop(index)
        button.hide()
        button.deleteLater()
        self.rows.pop(index)

    def items(self) -> list[PrescriptionItemInput]:
        return [PrescriptionItemInput(**{name: edits[name].text() for name, *_ in ITEM_FIELDS}) for edits in self.rows]

    def _clear_errors(self) -> None:
        for label in (self.items_error, self.lab_error, self.advice_error, self.follow_error):
            label.setVisible(False)
        for edits in self.rows:
            for edit in edits.values():
                edit.setStyleSheet("")

    def save(self) -> None:
        self._clear_errors()
        items = self.items()
        lab_tests = self.lab_tests.toPlainText()
        advice = self.advice.toPlainText()
        follow = to_date(self.follow_date.date()) if self.follow_check.isChecked() else None
        db, actor, records_dir, appointment_id = self.ctx.db, self.actor, self.ctx.records_dir, self.appointment.id
        override = self.override_reason.toPlainText() if not self.override_box.isHidden() else None
        self.save_button.setEnabled(False)
        run_task(lambda: prescriptions.write_prescription(
            db, actor=actor, records_dir=records_dir, appointment_id=appointment_id, items=items,
            lab_tests=lab_tests, advice=advice, follow_up_on=follow, allergy_override_reason=override),
            on_result=self._saved, on_error=self._failed, context=self)

    def _saved(self, view: PrescriptionView) -> None:
        self.result_view = view
        self.save_button.setVisible(False)
        self.close_button.setText(self.tr("Close"))
        self.close_button.setDefault(True)
        self.open_pdf.setVisible(True)
        self.print_button.setVisible(True)
        self.override_box.setVisible(False)
        self.done_label.setText(self.tr("Prescription %1 saved. The patient can see it in MedLink under "
                                        "My prescriptions.").replace("%1", view.number))
        self.done_label.setVisible(True)

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, AllergyConflict):
            self.override_warning.setText("<b>" + self.tr("Allergy warning") + "</b><br>"
                                          + "<br>".join(exc.matches) + "<br>"
                                          + self.tr("Change the medicine, or type why you prescribe it anyway."))
            self.override_box.setVisible(True)
            self.override_error.setVisible(False)
            self.save_button.setText(self.tr("Prescribe anyway"))
            self.save_button.setProperty("role", "danger")
            self.save_button.style().unpolish(self.save_button)
            self.save_button.style().polish(self.save_button)
            self.override_reason.setFocus()
            return
        if isinstance(exc, ValidationError) and exc.field == "allergy_override_reason":
            self.override_error.setText(exc.message)
            self.override_error.setVisible(True)
            return
        if isinstance(exc, ValidationError):
            match = _ITEM_FIELD_RE.match(exc.field)
            if match:
                row, name = int(match.group(1)), match.group(2)
                if row < len(self.rows) and name in self.rows[row]:
                    edit = self.rows[row][name]
                    edit.setStyleSheet("border: 2px solid #B42318;")
                    edit.setFocus()
                self.items_error.setText(exc.message)
                self.items_error.setVisible(True)
                return
            target = {"items": self.items_error, "lab_tests": self.lab_error, "advice": self.advice_error,
                      "follow_up_on": self.follow_error}.get(exc.field)
            if target is not None:
                target.setText(exc.message)
                target.setVisible(True)
                return
        if isinstance(exc, MedLinkError):
            show_error(self, exc)
            return
        show_error(self, exc)

    def print_prescription(self) -> None:
        if self.result_view is not None:
            printing_ops.print_prescription(self, self.ctx, self.actor, prescription_id=self.result_view.id)

    def open_saved_pdf(self) -> None:
        if self.result_view is None:
            return
        db, actor, records_dir, pid = self.ctx.db, self.actor, self.ctx.records_dir, self.result_view.id
        from medlink.ui.viewer import open_document_viewer

        open_document_viewer(self, db=db, actor=actor, on_open=self._viewer_opened,
                             load=lambda: prescriptions.prescription_pdf(db, actor=actor, records_dir=records_dir,
                                                                         prescription_id=pid))

    def _viewer_opened(self, viewer) -> None:
        self.viewer = viewer  # decrypted in memory: no file is written for viewing


__all__ = ["PrescriptionDialog", "date"]
