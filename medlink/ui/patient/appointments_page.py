"""My appointments: upcoming and past, join / copy online links, cancel, reschedule."""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from medlink.services import appointments, kiosk
from medlink.services.appointments import AppointmentView
from medlink.ui.labels import speciality_label
from medlink.ui import operations, widgets
from medlink.ui.context import AppContext
from medlink.ui.operations import appointments as appointment_ops
from medlink.ui.errors import show_error
from medlink.ui.patient import common
from medlink.ui.patient.booking import BookingDialog
from medlink.ui.patient.common import MODE_LABELS, STATUS_LABELS
from medlink.ui.table import Column, RowsModel, make_table, selected_row
from medlink.ui.tasks import run_task
from medlink.ui.widgets import empty_state, format_when, heading


def appointment_columns(tz: tzinfo) -> list[Column[AppointmentView]]:
    return [
        Column(QCoreApplication.translate("PatientAppointmentsPage", "When"), lambda a: format_when(a.starts_at, tz)),
        Column(QCoreApplication.translate("PatientAppointmentsPage", "Doctor"), lambda a: a.doctor_name),
        Column(QCoreApplication.translate("PatientAppointmentsPage", "Speciality"), lambda a: speciality_label(a.speciality)),
        Column(QCoreApplication.translate("PatientAppointmentsPage", "Mode"), lambda a: MODE_LABELS.get(a.mode, a.mode)),
        Column(QCoreApplication.translate("PatientAppointmentsPage", "Status"), lambda a: STATUS_LABELS.get(a.status, a.status)),
        Column(QCoreApplication.translate("PatientAppointmentsPage", "Video link"), lambda a: (a.meet_link or QCoreApplication.translate("PatientAppointmentsPage", "Link will be sent")) if a.is_online and a.is_active
               else (a.meet_link or "—") if a.is_online else "—"),
    ]


class _ListPane(QWidget):
    def __init__(self, model: RowsModel[AppointmentView], name: str, empty_text: str) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        self.table: QTableView = make_table(model, name, stretch_column=5)
        self.empty = empty_state(empty_text)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        layout.addWidget(self.stack)

    def show_rows(self, has_rows: bool) -> None:
        self.stack.setCurrentWidget(self.table if has_rows else self.empty)


class MyAppointmentsPage(QWidget):
    find_doctor_requested = Signal()
    changed = Signal()

    def __init__(self, ctx: AppContext, tz: tzinfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tz = tz
        self._latest = operations.Latest()
        operations.watch(self, {"appointment"}, self.refresh)  # reloads itself on changes, here or elsewhere
        self.copied_text: str | None = None
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("My appointments")), 1)
        book = QPushButton(self.tr("Book a new appointment"))
        book.setObjectName("goFindDoctor")
        book.setProperty("role", "primary")
        book.clicked.connect(self.find_doctor_requested)
        top.addWidget(book)
        layout.addLayout(top)
        note = QLabel(self.tr("Times are clinic time ({getattr}).").format(getattr=getattr(tz, 'key', str(tz))))
        note.setProperty("role", "muted")
        layout.addWidget(note)

        self.upcoming_model: RowsModel[AppointmentView] = RowsModel(appointment_columns(tz), self)
        self.past_model: RowsModel[AppointmentView] = RowsModel(appointment_columns(tz), self)
        self.upcoming = _ListPane(self.upcoming_model, "upcomingTable",
                                  self.tr("You have no upcoming appointments. Use “Book a new appointment” to see a doctor."))
        self.past = _ListPane(self.past_model, "pastTable", self.tr("Your past appointments will appear here."))
        self.tabs = QTabWidget()
        self.tabs.setObjectName("appointmentTabs")
        self.tabs.addTab(self.upcoming, self.tr("Upcoming"))
        self.tabs.addTab(self.past, self.tr("Past"))
        self.tabs.currentChanged.connect(lambda _: self._update_buttons())
        layout.addWidget(self.tabs, 1)

        actions = QHBoxLayout()
        self.detail = QLabel()
        self.detail.setObjectName("appointmentDetail")
        self.detail.setProperty("role", "muted")
        self.detail.setWordWrap(True)
        actions.addWidget(self.detail, 1)
        self.join_button = QPushButton(self.tr("Join video call"))
        self.join_button.setObjectName("joinCall")
        self.join_button.setProperty("role", "primary")
        self.join_button.clicked.connect(self.join)
        self.copy_button = QPushButton(self.tr("Copy link"))
        self.copy_button.setObjectName("copyLink")
        self.copy_button.clicked.connect(self.copy_link)
        self.reschedule_button = QPushButton(self.tr("Reschedule…"))
        self.reschedule_button.setObjectName("reschedule")
        self.reschedule_button.clicked.connect(self.reschedule)
        self.cancel_button = QPushButton(self.tr("Cancel appointment…"))
        self.cancel_button.setObjectName("cancelAppointment")
        self.cancel_button.setProperty("role", "danger")
        self.cancel_button.clicked.connect(self.cancel_selected)
        for button in (self.join_button, self.copy_button, self.reschedule_button, self.cancel_button):
            actions.addWidget(button)
        layout.addLayout(actions)
        for pane in (self.upcoming, self.past):
            pane.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.dialog: BookingDialog | None = None
        self._update_buttons()

    # --- data --------------------------------------------------------------------------------

    def refresh(self) -> None:
        actor = self.ctx.actor
        assert actor is not None and actor.patient_id is not None
        db, patient_id = self.ctx.db, actor.patient_id

        def load() -> tuple[list[AppointmentView], list[AppointmentView]]:
            return (appointments.patient_appointments(db, actor=actor, patient_id=patient_id, upcoming=True),
                    appointments.patient_appointments(db, actor=actor, patient_id=patient_id, upcoming=False))

        run_task(load, on_result=self._latest.wrap(lambda lists: self._loaded(*lists)),
                 on_error=lambda exc: show_error(self, exc), context=self)

    def _loaded(self, upcoming: list[AppointmentView], past: list[AppointmentView]) -> None:
        keep = self.selected()
        self.upcoming_model.set_rows(upcoming)
        self.past_model.set_rows(past)
        self.upcoming.show_rows(bool(upcoming))
        self.past.show_rows(bool(past))
        self.tabs.setTabText(0, self.tr("Upcoming ({len})").format(len=len(upcoming)))
        self.tabs.setTabText(1, self.tr("Past ({len})").format(len=len(past)))
        if keep is not None:
            self.select_appointment(keep.id)
        self._update_buttons()

    def select_appointment(self, appointment_id: int) -> bool:
        for index, (pane, model) in enumerate(((self.upcoming, self.upcoming_model), (self.past, self.past_model))):
            for row, item in enumerate(model.rows):
                if item.id == appointment_id:
                    self.tabs.setCurrentIndex(index)
                    pane.table.selectRow(row)
                    return True
        return False

    def selected(self) -> AppointmentView | None:
        pane, model = ((self.upcoming, self.upcoming_model) if self.tabs.currentIndex() == 0
                       else (self.past, self.past_model))
        return model.row_at(selected_row(pane.table))

    def _update_buttons(self) -> None:
        a = self.selected()
        online = a is not None and a.is_online and bool(a.meet_link) and a.is_active
        self.join_button.setEnabled(online)
        self.copy_button.setEnabled(online)
        self.join_button.setVisible(a is None or a.is_online)
        self.copy_button.setVisible(a is None or a.is_online)
        self.reschedule_button.setEnabled(a is not None and kiosk.can_reschedule(a))
        self.cancel_button.setEnabled(a is not None and kiosk.can_cancel(a))
        if a is None:
            self.detail.setText(self.tr("Select an appointment to see what you can do with it."))
        else:
            reason = f" · {a.reason}" if a.reason else ""
            extra = self.tr(" · Cancelled: {cancel_reason}").format(cancel_reason=a.cancel_reason) if a.cancel_reason else ""
            self.detail.setText(f"{a.doctor_name}, {format_when(a.starts_at, self.tz)}{reason}{extra}")

    # --- actions -----------------------------------------------------------------------------

    def join(self) -> None:
        a = self.selected()
        if a is not None and a.meet_link:
            common.open_url(QUrl(a.meet_link))

    def copy_link(self) -> None:
        a = self.selected()
        if a is not None and a.meet_link:
            QGuiApplication.clipboard().setText(a.meet_link)
            self.copied_text = a.meet_link
            self.detail.setText(self.tr("Link copied. Paste it into your browser at the appointment time."))

    def cancel_selected(self) -> None:
        a = self.selected()
        if a is None:
            return
        if not widgets.confirm(self, self.tr("Cancel appointment"),
                               self.tr("Cancel your appointment with {doctor_name} on {format_when}?\n\nThe time will be offered to other patients.").format(doctor_name=a.doctor_name, format_when=format_when(a.starts_at, self.tz)),
                               yes=self.tr("Cancel appointment"), no=self.tr("Keep it")):
            return
        actor = self.ctx.actor
        assert actor is not None
        appointment_ops.cancel_appointment(
            self, self.ctx, actor, appointment_id=a.id,
            on_done=lambda _: self._after_change(self.tr("Appointment cancelled. A confirmation e-mail is queued.")),
            on_error=self._change_failed)

    def _after_change(self, text: str) -> None:
        self.refresh()
        self.detail.setText(text)
        self.changed.emit()

    def _change_failed(self, exc: BaseException) -> None:
        show_error(self, exc)
        self.refresh()

    def reschedule(self) -> None:
        a = self.selected()
        if a is None:
            return
        dialog = BookingDialog(self.ctx, self.tz, a.doctor_id, a.doctor_name, self, appointment=a)
        dialog.booked.connect(lambda view: self._after_change("Appointment moved. A confirmation e-mail is queued."))
        self.dialog = dialog
        dialog.open()
