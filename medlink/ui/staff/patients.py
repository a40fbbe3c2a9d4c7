"""Front desk: find a patient as you type, register walk-ins, and manage their appointments."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from medlink.formatting import format_date
from medlink.errors import MedLinkError, ValidationError
from medlink.services import appointments, patient_history, patients
from medlink.services.allergies import AllergyView
from medlink.services.appointments import AppointmentView
from medlink.services.patients import PatientSearchRow, PatientView
from medlink.ui.labels import GENDER_LABELS, speciality_label
from medlink.ui import operations, widgets
from medlink.ui.context import AppContext
from medlink.ui.operations import appointments as appointment_ops
from medlink.ui.errors import show_error
from medlink.ui.staff.booking import AppointmentDialog
from medlink.ui.staff.common import (
    MODE_LABELS,
    STATUS_COLOURS,
    STATUS_LABELS,
    button,
    muted,
    pretty_phone,
    row,
)
from medlink.ui.table import Column, RowsModel, make_table, selected_row
from medlink.ui.tasks import run_task
from medlink.ui.widgets import (
    card,
    connect_debounced,
    empty_state,
    format_when,
    heading,
    remember_geometry,
)


class WalkInDialog(QDialog):
    """Register a patient at the desk: the sign-up form's fields and rules, e-mail optional."""

    registered = Signal(object)  # PatientView

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from medlink.ui.patient.form import PatientFields

        self.ctx = ctx
        self.setObjectName("walkInDialog")
        self.setWindowTitle(self.tr("Register a walk-in patient"))
        remember_geometry(self, "walk_in", (900, 640))
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Register a walk-in patient"), 2))
        layout.addWidget(muted(self.tr("The patient does not need an e-mail address or an account. "
                               "They can create an account later with the same details.")))
        tz = ctx.clinic_settings().tz
        self.fields = PatientFields(today=datetime.now(tz).date(), email_required=False)
        for label in self.fields.findChildren(QLabel):
            if label.text() == "About you":
                label.setText(self.tr("Patient"))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.fields)
        scroll.setProperty("role", "transparent")  # styled by the application's style sheet
        layout.addWidget(scroll, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton(self.tr("Register patient"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("registerWalkIn")
        self.save_button.setProperty("role", "primary")
        self.save_button.setDefault(True)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.fields.full_name.setFocus()

    def save(self, *, duplicates_confirmed: bool = False) -> None:
        from medlink.services import duplicates

        self.fields.clear_errors()
        form = self.fields.to_form()
        db, actor = self.ctx.db, self.ctx.actor
        assert actor is not None
        self.save_button.setEnabled(False)

        def register() -> PatientView | list[duplicates.DuplicateCandidate]:
            if not duplicates_confirmed:
                found = duplicates.likely_duplicates(db, actor=actor, full_name=form.full_name, phone=form.phone,
                                                     date_of_birth=form.date_of_birth)
                if found:
                    return found
            return patients.register_walk_in(db, actor=actor, form=form)

        run_task(register, on_result=self._done, on_error=self._failed, context=self)

    def _done(self, result: object) -> None:
        if isinstance(result, list):  # likely duplicates: ask before creating a second record of one person
            self.save_button.setEnabled(True)
            names = "\n".join(f"• P{c.patient_id:06d} {c.full_name} — {c.why}" for c in result[:5])
            if widgets.confirm(self, self.tr("Possible duplicate"),
                               self.tr("This may be a patient the clinic already has:\n%s\n\nRegister a new "
                                       "record anyway?") % names,
                               yes=self.tr("Register anyway"), no=self.tr("Back"), destructive=False):
                self.save(duplicates_confirmed=True)
            return
        self.registered.emit(result)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, ValidationError) and self.fields.show_validation(exc):
            return
        show_error(self, exc)


class PatientsPage(QWidget):
    """Search on the left, the chosen patient and their appointments on the right."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.tz = ctx.clinic_settings().tz
        self._searches = operations.Latest()
        self.patient: PatientView | None = None
        self.dialog: QDialog | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        self.walk_in_button = button(self.tr("Register &walk-in"), "primary", "walkInButton")
        self.walk_in_button.clicked.connect(self.open_walk_in)
        layout.addLayout(row(heading(self.tr("Patients")), None, self.walk_in_button))
        layout.addWidget(muted(self.tr("Find a patient by name, mobile number or e-mail address — results appear as you type.")))

        splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 8, 8, 0)
        self.search = QLineEdit()
        self.search.setObjectName("patientSearch")
        self.search.setPlaceholderText(self.tr("Search: name, 98765 43210 or name@example.com"))
        self.search.setClearButtonEnabled(True)
        left_layout.addWidget(self.search)
        self.results_model: RowsModel[PatientSearchRow] = RowsModel([
            Column(self.tr("Name"), lambda r: r.full_name),
            Column(self.tr("Mobile"), lambda r: pretty_phone(r.phone)),
            Column(self.tr("Born"), lambda r: format_date(r.date_of_birth, "dd MMM y") if r.date_of_birth else "—"),
        ], self)
        self.results = make_table(self.results_model, "patientResults", stretch_column=0)
        self.results_stack = QStackedWidget()
        self.results_empty = empty_state(self.tr("Type at least one letter or three digits to find a patient.\n\n"
                                         "New here? Use “Register walk-in”."))
        self.results_stack.addWidget(self.results_empty)
        self.results_stack.addWidget(self.results)
        left_layout.addWidget(self.results_stack, 1)
        splitter.addWidget(left)

        self.detail_stack = QStackedWidget()
        self.detail_empty = empty_state(self.tr("Choose a patient on the left to see their details and appointments."))
        self.detail_stack.addWidget(self.detail_empty)
        self.detail = self._build_detail()
        self.detail_stack.addWidget(self.detail)
        splitter.addWidget(self.detail_stack)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([380, 620])
        layout.addWidget(splitter, 1)

        self.search_timer = connect_debounced(self.search.textChanged, self.run_search, 250, self)
        self.results.selectionModel().selectionChanged.connect(lambda *_: self._result_chosen())
        self.search.returnPressed.connect(self._open_first)

    def _build_detail(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(8, 8, 0, 0)
        info = card()
        grid = QGridLayout(info)
        grid.setContentsMargins(18, 14, 18, 14)
        grid.setHorizontalSpacing(24)
        self.name_label = heading("", 2)
        self.name_label.setObjectName("patientName")
        grid.addWidget(self.name_label, 0, 0, 1, 4)
        self.info_labels: dict[str, QLabel] = {}
        for i, (key, caption) in enumerate((("age", self.tr("Age / gender")), ("phone", self.tr("Mobile")), ("email", self.tr("E-mail")),
                                            ("blood", self.tr("Blood group")), ("allergies", self.tr("Allergies")),
                                            ("account", self.tr("Account")))):
            cap = muted(caption)
            value = QLabel("—")
            value.setObjectName(f"patient_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            grid.addWidget(cap, 1 + (i // 3) * 2, i % 3)
            grid.addWidget(value, 2 + (i // 3) * 2, i % 3)
            self.info_labels[key] = value
        layout.addWidget(info)

        self.book_button = button(self.tr("&Book appointment"), "primary", "bookButton")
        self.book_button.clicked.connect(self.open_booking)
        layout.addLayout(row(heading(self.tr("Appointments"), 2), None, self.book_button))
        self.appt_model: RowsModel[AppointmentView] = RowsModel([
            Column(self.tr("When"), lambda a: format_when(a.starts_at, self.tz)),
            Column(self.tr("Doctor"), lambda a: f"{a.doctor_name} ({speciality_label(a.speciality)})"),
            Column(self.tr("Mode"), lambda a: MODE_LABELS.get(a.mode, a.mode)),
            Column(self.tr("Status"), lambda a: STATUS_LABELS.get(a.status, a.status),
                   colour=lambda a: STATUS_COLOURS.get(a.status)),
        ], self)
        self.appts = make_table(self.appt_model, "patientAppointments", stretch_column=1)
        self.appts_stack = QStackedWidget()
        self.appts_empty = empty_state(self.tr("No appointments yet. Use “Book appointment” to book one."))
        self.appts_stack.addWidget(self.appts_empty)
        self.appts_stack.addWidget(self.appts)
        layout.addWidget(self.appts_stack, 1)
        self.check_in_button = button(self.tr("&Check in"), name="checkInButton")
        self.vitals_button = button(self.tr("Vitals…"), name="vitalsButton")
        self.vitals_button.setToolTip(self.tr("Record blood pressure, weight, sugar… at this visit"))
        self.vitals_button.clicked.connect(self.open_vitals)
        self.reschedule_button = button(self.tr("Reschedule…"), name="rescheduleButton")
        self.route_button = button(self.tr("Another doctor…"), name="routeButton")
        self.route_button.setToolTip(self.tr("Move to another doctor of the same speciality (e.g. the doctor is absent)"))
        self.cancel_button = button(self.tr("Cancel appointment…"), "danger", "cancelAppointmentButton")
        self.check_in_button.clicked.connect(self.check_in)
        self.reschedule_button.clicked.connect(lambda: self.open_move("reschedule"))
        self.route_button.clicked.connect(lambda: self.open_move("route"))
        self.cancel_button.clicked.connect(self.cancel_selected)
        layout.addLayout(row(self.check_in_button, self.vitals_button, self.reschedule_button, self.route_button,
                             None, self.cancel_button))
        self.appts.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()
        return box

    # --- search --------------------------------------------------------------------------------

    def run_search(self) -> None:
        text = self.search.text()
        ticket = self._searches.start()  # a newer search makes older answers stale
        if not text.strip():
            self.results_model.set_rows([])
            self.results_empty.setText(self.tr("Type at least one letter or three digits to find a patient.\n\n"
                                       "New here? Use “Register walk-in”."))
            self.results_stack.setCurrentWidget(self.results_empty)
            return
        db, actor = self.ctx.db, self.ctx.actor
        assert actor is not None
        run_task(lambda: patients.search_patients(db, actor=actor, text=text),
                 on_result=ticket(lambda rows: self._results(text, rows)),
                 on_error=ticket(lambda e: show_error(self, e)), context=self)

    def _results(self, text: str, rows: list[PatientSearchRow]) -> None:
        self.results_model.set_rows(rows)
        if rows:
            self.results_stack.setCurrentWidget(self.results)
        else:
            self.results_empty.setText(self.tr("No patient matches “{strip}”.\n\nCheck the spelling, or register them with “Register walk-in”.").format(strip=text.strip()))
            self.results_stack.setCurrentWidget(self.results_empty)

    def _open_first(self) -> None:
        self.search_timer.stop()
        self.run_search()
        if self.results_model.rows:
            self.results.selectRow(0)

    def _result_chosen(self) -> None:
        chosen = self.results_model.row_at(selected_row(self.results))
        if chosen is not None:
            self.open_patient(chosen.id)

    # --- the chosen patient --------------------------------------------------------------------

    def open_patient(self, patient_id: int) -> None:
        db, actor = self.ctx.db, self.ctx.actor
        assert actor is not None

        def load() -> tuple[PatientView, list[AppointmentView], list[AllergyView]]:
            history = patient_history.patient_history(db, actor=actor, patient_id=patient_id)  # one read, one audit row
            return history.profile, history.appointments, history.allergies

        run_task(load, on_result=self._show_patient, on_error=lambda e: show_error(self, e), context=self)

    def _show_patient(self, loaded: tuple[PatientView, list[AppointmentView], list[AllergyView]]) -> None:
        view, appts, allergy_rows = loaded
        self.patient = view
        self.name_label.setText(view.full_name)
        self.info_labels["age"].setText(self.tr("{value} years · {value2}").format(value=view.age if view.age is not None else '—', value2=GENDER_LABELS.get(view.gender, view.gender) if view.gender else '—'))
        self.info_labels["phone"].setText(pretty_phone(view.phone))
        self.info_labels["email"].setText(view.email or self.tr("— (none given)"))
        self.info_labels["blood"].setText(view.blood_group or self.tr("Not known"))
        self.info_labels["allergies"].setText("; ".join(a.summary for a in allergy_rows) if allergy_rows
                                              else self.tr("None recorded"))
        self.info_labels["account"].setText(self.tr("Has an account") if view.user_id else self.tr("Walk-in (no account)"))
        upcoming = sorted((a for a in appts if a.is_active), key=lambda a: a.starts_at)
        past = [a for a in appts if not a.is_active]
        self.appt_model.set_rows(upcoming + past)
        self.appts_stack.setCurrentWidget(self.appts if appts else self.appts_empty)
        self.detail_stack.setCurrentWidget(self.detail)
        if upcoming:
            self.appts.selectRow(0)
        self._update_buttons()

    def selected_appointment(self) -> AppointmentView | None:
        return self.appt_model.row_at(selected_row(self.appts))

    def open_vitals(self) -> QDialog | None:
        """The front desk records readings at a visit (the same panel as the patient's and the doctor's)."""
        if self.patient is None or self.ctx.actor is None:
            return None
        from medlink.ui.readings_panel import ReadingsPanel

        dialog = QDialog(self)
        dialog.setObjectName("vitalsDialog")
        dialog.setWindowTitle(self.tr("Vitals — %1").replace("%1", self.patient.full_name))
        remember_geometry(dialog, "vitals", (1000, 680))
        layout = QVBoxLayout(dialog)
        layout.addWidget(heading(self.tr("Vitals for %1").replace("%1", self.patient.full_name), 2))
        panel = ReadingsPanel(self.ctx, self.ctx.actor, self.tz, patient_id=self.patient.id)
        layout.addWidget(panel, 1)
        dialog.panel = panel  # type: ignore[attr-defined]
        panel.refresh()
        self.dialog = dialog
        dialog.open()
        return dialog

    def _update_buttons(self) -> None:
        a = self.selected_appointment()
        today = datetime.now(self.tz).date()
        self.check_in_button.setEnabled(bool(a and a.status == "booked" and a.starts_at.astimezone(self.tz).date() == today))
        self.reschedule_button.setEnabled(bool(a and a.status == "booked"))
        self.route_button.setEnabled(bool(a and a.status == "booked"))
        self.cancel_button.setEnabled(bool(a and a.is_active))

    def reload_patient(self, *_: object) -> None:
        if self.patient is not None:
            self.open_patient(self.patient.id)

    # --- actions -------------------------------------------------------------------------------

    def open_walk_in(self) -> WalkInDialog:
        dialog = WalkInDialog(self.ctx, self)
        dialog.registered.connect(self._walk_in_registered)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _walk_in_registered(self, view: PatientView) -> None:
        self.search.blockSignals(True)
        self.search.setText(view.full_name)
        self.search.blockSignals(False)
        self.run_search()
        self.open_patient(view.id)

    def open_booking(self) -> AppointmentDialog | None:
        if self.patient is None:
            return None
        dialog = AppointmentDialog(self.ctx, self, tz=self.tz, patient_id=self.patient.id,
                                   patient_name=self.patient.full_name, kind="book")
        return self._open(dialog)

    def open_move(self, kind: str) -> AppointmentDialog | None:
        a = self.selected_appointment()
        if self.patient is None or a is None:
            return None
        dialog = AppointmentDialog(self.ctx, self, tz=self.tz, patient_id=self.patient.id,
                                   patient_name=self.patient.full_name, kind=kind, appointment=a)
        return self._open(dialog)

    def _open(self, dialog: AppointmentDialog) -> AppointmentDialog:
        dialog.saved.connect(self.reload_patient)
        self.dialog = dialog
        dialog.open()
        return dialog

    def check_in(self) -> None:
        a = self.selected_appointment()
        if a is None:
            return
        db, actor = self.ctx.db, self.ctx.actor
        assert actor is not None
        run_task(lambda: appointments.check_in(db, actor=actor, appointment_id=a.id),
                 on_result=self.reload_patient, on_error=lambda e: show_error(self, e), context=self)

    def cancel_selected(self) -> None:
        a = self.selected_appointment()
        if a is None or self.patient is None:
            return
        if not widgets.confirm(self, self.tr("Cancel appointment"),
                               self.tr("Cancel {full_name}'s appointment with {doctor_name} on {format_when}?\n\nThe patient is told by e-mail.").format(full_name=self.patient.full_name, doctor_name=a.doctor_name, format_when=format_when(a.starts_at, self.tz)),
                               yes=self.tr("Cancel appointment"), no=self.tr("Keep it")):
            return
        actor = self.ctx.actor
        assert actor is not None
        appointment_ops.cancel_appointment(self, self.ctx, actor, appointment_id=a.id,
                                           reason=self.tr("Cancelled at the front desk"), on_done=self.reload_patient)

    def refresh(self) -> None:
        self.search.setFocus()
        self.reload_patient()


__all__ = ["PatientsPage", "WalkInDialog", "MedLinkError"]
