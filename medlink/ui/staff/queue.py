"""Today's queue (check-in) and a doctor's whole day (move to a colleague, or cancel)."""

from __future__ import annotations

import functools

from datetime import date, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from medlink.formatting import format_date
from medlink.vocabulary import AppointmentStatus
from medlink.errors import ValidationError
from medlink.services import appointments, front_desk
from medlink.services.appointments import AppointmentView
from medlink.ui.labels import speciality_label
from medlink.ui import operations, widgets
from medlink.ui.context import AppContext
from medlink.ui.errors import show_error
from medlink.ui.operations import printing as printing_ops
from medlink.ui.staff.common import (
    MODE_LABELS,
    STATUS_COLOURS,
    STATUS_LABELS,
    button,
    muted,
    pretty_phone,
    pydate,
    qdate,
    row,
)
from medlink.ui.table import Column, RowsModel, make_table, selected_row
from medlink.ui.tasks import run_task
from medlink.ui.widgets import empty_state, format_when, heading, reserve_message_space


def _date_edit(name: str, value: date) -> QDateEdit:
    edit = QDateEdit()
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("ddd dd MMM yyyy")
    edit.setDate(qdate(value))
    return edit


class QueuePage(QWidget):
    """The day's appointments of every doctor (or one), in time order, with check-in."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.tz = ctx.clinic_settings().tz
        self._all: list[AppointmentView] = []
        self._latest = operations.Latest()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        self.day = _date_edit("queueDay", datetime.now(self.tz).date())
        self.doctor = QComboBox()
        self.doctor.setObjectName("queueDoctor")
        self.doctor.setMinimumWidth(240)
        refresh = button(self.tr("Refresh"), name="queueRefresh")
        refresh.clicked.connect(self.refresh)
        layout.addLayout(row(heading(self.tr("Queue")), None, QLabel(self.tr("Day")), self.day, QLabel(self.tr("Doctor")), self.doctor, refresh))
        self.summary = muted("", "queueSummary")
        layout.addWidget(self.summary)
        self.model: RowsModel[AppointmentView] = RowsModel([
            Column(self.tr("Time"), lambda a: format_when(a.starts_at, self.tz, with_day=False)),
            Column(self.tr("Doctor"), lambda a: a.doctor_name),
            Column(self.tr("Patient"), lambda a: a.patient_name),
            Column(self.tr("Mobile"), lambda a: pretty_phone(a.patient_phone)),
            Column(self.tr("Mode"), lambda a: MODE_LABELS.get(a.mode, a.mode)),
            Column(self.tr("Status"), lambda a: self.tr("{status} at {time}").format(
                status=STATUS_LABELS.get(a.status, a.status), time=format_when(a.checked_in_at, self.tz, with_day=False))
                if a.checked_in_at else STATUS_LABELS.get(a.status, a.status),
                colour=lambda a: STATUS_COLOURS.get(a.status)),
            Column(self.tr("Reason"), lambda a: a.reason or ""),
        ], self)
        self.table = make_table(self.model, "queueTable", stretch_column=6)
        self.stack = QStackedWidget()
        self.empty = empty_state(self.tr("No appointments on this day."))
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.table)
        layout.addWidget(self.stack, 1)
        self.check_in_button = button(self.tr("Mark &arrived"), "primary", "markArrived")
        self.no_show_button = button(self.tr("Mark no-show"), name="markNoShow")
        self.slip_button = button(self.tr("Print &slip…"), name="printSlip")
        self.slip_button.clicked.connect(self.print_slip)
        self.check_in_button.clicked.connect(self.check_in)
        self.no_show_button.clicked.connect(self.mark_no_show)
        layout.addLayout(row(muted(self.tr("Select a patient, then mark them arrived when they reach the desk.")), None,
                             self.slip_button, self.no_show_button, self.check_in_button))
        self.day.dateChanged.connect(lambda *_: self.refresh())
        self.doctor.currentIndexChanged.connect(lambda *_: self._filter())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.table.doubleClicked.connect(lambda *_: self.check_in())
        self._update_buttons()
        # Check-ins at the kiosk, bookings at other desks: the queue reloads itself.
        operations.watch(self, {"appointment"}, self.refresh)

    def refresh(self) -> None:
        db, actor, day = self.ctx.db, self.ctx.actor, pydate(self.day.date())
        assert actor is not None
        operations.query(self, lambda: appointments.day_queue(db, actor=actor, day=day), self._loaded,
                         latest=self._latest)

    def _loaded(self, rows: list[AppointmentView]) -> None:
        self._all = rows
        current = self.doctor.currentData()
        self.doctor.blockSignals(True)
        self.doctor.clear()
        self.doctor.addItem(self.tr("All doctors"), None)
        seen: dict[int, str] = {}
        for a in rows:
            seen.setdefault(a.doctor_id, a.doctor_name)
        for doctor_id, name in sorted(seen.items(), key=lambda kv: kv[1]):
            self.doctor.addItem(name, doctor_id)
        index = self.doctor.findData(current)
        self.doctor.setCurrentIndex(max(index, 0))
        self.doctor.blockSignals(False)
        self._filter()

    def _filter(self) -> None:
        doctor_id = self.doctor.currentData()
        rows = [a for a in self._all if doctor_id is None or a.doctor_id == doctor_id]
        rows.sort(key=lambda a: (a.starts_at, a.doctor_name))
        chosen = self.selected()
        self.model.set_rows(rows)
        if chosen is not None:  # a reload (e.g. another desk's change) keeps the selection
            for index, a in enumerate(rows):
                if a.id == chosen.id:
                    self.table.selectRow(index)
                    break
        arrived = sum(1 for a in rows if a.status == AppointmentStatus.CHECKED_IN.value)
        waiting = sum(1 for a in rows if a.status == AppointmentStatus.BOOKED.value)
        done = sum(1 for a in rows if a.status == AppointmentStatus.COMPLETED.value)
        self.summary.setText(self.tr("{len} appointments · {waiting} expected · {arrived} arrived · {done} seen").format(len=len(rows), waiting=waiting, arrived=arrived, done=done))
        self.stack.setCurrentWidget(self.table if rows else self.empty)
        self._update_buttons()

    def selected(self) -> AppointmentView | None:
        return self.model.row_at(selected_row(self.table))

    def _update_buttons(self) -> None:
        a = self.selected()
        today = datetime.now(self.tz).date()
        is_today = pydate(self.day.date()) == today
        self.check_in_button.setEnabled(bool(a and a.status == "booked" and is_today))
        self.no_show_button.setEnabled(bool(a and a.status in ("booked", "checked_in")))
        self.slip_button.setEnabled(a is not None and a.status != AppointmentStatus.CANCELLED.value)

    def print_slip(self) -> None:
        a, actor = self.selected(), self.ctx.actor
        if a is None:
            return
        assert actor is not None
        printing_ops.print_slip(self, self.ctx, actor, appointment_id=a.id)

    def check_in(self) -> None:
        a = self.selected()
        if a is None or a.status != "booked":
            return
        db, actor = self.ctx.db, self.ctx.actor
        assert actor is not None
        operations.command(self, lambda: appointments.check_in(db, actor=actor, appointment_id=a.id),
                           busy=self.check_in_button, changes={"appointment"},
                           on_success=lambda _v: self._update_buttons())

    def mark_no_show(self) -> None:
        a = self.selected()
        if a is None:
            return
        if not widgets.confirm(self, self.tr("Mark no-show"), self.tr("Mark {patient_name} as not having come?").format(patient_name=a.patient_name),
                               yes=self.tr("Mark no-show"), no=self.tr("Back")):
            return
        db, actor = self.ctx.db, self.ctx.actor
        assert actor is not None
        operations.command(self, lambda: appointments.set_outcome(db, actor=actor, appointment_id=a.id,
                                                                  status=AppointmentStatus.NO_SHOW),
                           busy=self.no_show_button, changes={"appointment"},
                           on_success=lambda _v: self._update_buttons())


class _ReportRow:
    __slots__ = ("note", "now", "ok", "patient", "was")

    def __init__(self, patient: str, was: datetime, now: datetime | None, ok: bool, note: str) -> None:
        self.patient, self.was, self.now, self.ok, self.note = patient, was, now, ok, note


class DoctorDayPage(QWidget):
    """When a doctor is absent: move all their appointments of a day to a colleague, or cancel them."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.tz = ctx.clinic_settings().tz
        self._loaded_once = False
        self._pending_select: tuple[int, date] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(heading(self.tr("Doctor's day")))
        layout.addWidget(muted(self.tr("When a doctor cannot come, move all their appointments of the day to a colleague of "
                               "the same speciality — or cancel them. Patients are e-mailed either way.")))
        self.doctor = QComboBox()
        self.doctor.setObjectName("dayDoctor")
        self.doctor.setMinimumWidth(300)
        self.day = _date_edit("dayDate", datetime.now(self.tz).date())
        layout.addLayout(row(QLabel(self.tr("Doctor")), self.doctor, QLabel(self.tr("Day")), self.day, None))

        self.model: RowsModel[AppointmentView] = RowsModel([
            Column(self.tr("Time"), lambda a: format_when(a.starts_at, self.tz, with_day=False)),
            Column(self.tr("Patient"), lambda a: a.patient_name),
            Column(self.tr("Mobile"), lambda a: pretty_phone(a.patient_phone)),
            Column(self.tr("Mode"), lambda a: MODE_LABELS.get(a.mode, a.mode)),
            Column(self.tr("Status"), lambda a: STATUS_LABELS.get(a.status, a.status),
                   colour=lambda a: STATUS_COLOURS.get(a.status)),
            Column(self.tr("Reason"), lambda a: a.reason or ""),
        ], self)
        self.table = make_table(self.model, "dayAppointments", stretch_column=5)
        self.stack = QStackedWidget()
        self.empty = empty_state(self.tr("Choose a doctor and a day."))
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.table)
        layout.addWidget(self.stack, 2)

        self.to_doctor = QComboBox()
        self.to_doctor.setObjectName("toDoctor")
        self.to_doctor.setMinimumWidth(320)
        self.to_doctor.currentIndexChanged.connect(lambda *_: self._update_buttons())
        self.move_button = button(self.tr("Move all to this doctor"), "primary", "moveDay")
        self.move_button.clicked.connect(self.move_day)
        self.move_error = QLabel()
        self.move_error.setProperty("role", "fieldError")
        reserve_message_space(self.move_error)
        self.move_error.setObjectName("moveError")
        self.move_error.setVisible(False)
        layout.addLayout(row(QLabel(self.tr("Move to")), self.to_doctor, self.move_button, None))
        layout.addWidget(self.move_error)
        self.cancel_reason = QLineEdit()
        self.cancel_reason.setObjectName("cancelReason")
        self.cancel_reason.setPlaceholderText(self.tr("Reason patients will read, e.g. The doctor is unwell today"))
        self.cancel_button = button(self.tr("Cancel all…"), "danger", "cancelDay")
        self.cancel_button.clicked.connect(self.cancel_day)
        self.cancel_error = QLabel()
        self.cancel_error.setProperty("role", "fieldError")
        reserve_message_space(self.cancel_error)
        self.cancel_error.setObjectName("cancelError")
        self.cancel_error.setVisible(False)
        layout.addLayout(row(QLabel(self.tr("Or cancel")), self.cancel_reason, self.cancel_button))
        layout.addWidget(self.cancel_error)

        self.report_title = heading("", 2)
        self.report_title.setObjectName("reportTitle")
        self.report_model: RowsModel[_ReportRow] = RowsModel([
            Column(self.tr("Patient"), lambda r: r.patient),
            Column(self.tr("Was"), lambda r: format_when(r.was, self.tz, with_day=False)),
            Column(self.tr("Now"), lambda r: format_when(r.now, self.tz, with_day=False) if r.now else "—"),
            Column(self.tr("Result"), lambda r: r.note, colour=lambda r: None if r.ok else "#B42318"),
        ], self)
        self.report = make_table(self.report_model, "dayReport", stretch_column=3)
        self.report_title.setVisible(False)
        self.report.setVisible(False)
        layout.addWidget(self.report_title)
        layout.addWidget(self.report, 1)

        self.doctor.currentIndexChanged.connect(lambda *_: self._doctor_changed())
        self.day.dateChanged.connect(lambda *_: self.load_day())
        self._update_buttons()

    def refresh(self) -> None:
        if not self._loaded_once:
            self._loaded_once = True
            db, actor = self.ctx.db, self.ctx.actor
            assert actor is not None
            run_task(lambda: front_desk.list_desk_doctors(db, actor=actor), on_result=self._doctors_loaded,
                     on_error=lambda e: show_error(self, e), context=self)
        else:
            self.load_day()

    def show_doctor_day(self, doctor_id: int, day: date) -> None:
        """Open a given doctor's day (e.g. after suspending the doctor)."""
        self._pending_select = (doctor_id, day)
        if self.doctor.count():
            self._apply_pending()

    def _apply_pending(self) -> None:
        if self._pending_select is None:
            return
        doctor_id, day = self._pending_select
        self._pending_select = None
        index = self.doctor.findData(doctor_id)
        self.day.blockSignals(True)
        self.day.setDate(qdate(day))
        self.day.blockSignals(False)
        if index >= 0 and index != self.doctor.currentIndex():
            self.doctor.setCurrentIndex(index)
        else:
            self._doctor_changed()

    def _doctors_loaded(self, rows: list[front_desk.DeskDoctor]) -> None:
        self.doctor.blockSignals(True)
        self.doctor.clear()
        for d in rows:
            suffix = self.tr(" — suspended") if d.status == "suspended" else ""
            self.doctor.addItem(f"{d.full_name} ({speciality_label(d.speciality)}){suffix}", d.id)
        self.doctor.blockSignals(False)
        if self._pending_select:
            self._apply_pending()
        else:
            self._doctor_changed()

    def _doctor_changed(self) -> None:
        doctor_id = self.doctor.currentData()
        self.to_doctor.clear()
        self.load_day()
        if doctor_id is None:
            return
        db, actor = self.ctx.db, self.ctx.actor
        assert actor is not None
        run_task(lambda: front_desk.colleagues(db, actor=actor, doctor_id=doctor_id),
                 on_result=functools.partial(self._colleagues_loaded, doctor_id),
                 on_error=lambda e: show_error(self, e), context=self)

    def _colleagues_loaded(self, doctor_id: int, rows: list[front_desk.DeskDoctor]) -> None:
        if doctor_id != self.doctor.currentData():
            return
        self.to_doctor.clear()
        for d in rows:
            self.to_doctor.addItem(d.full_name, d.id)
        if not rows:
            self.to_doctor.addItem(self.tr("No colleague of the same speciality"), None)
        self._update_buttons()

    def load_day(self) -> None:
        doctor_id = self.doctor.currentData()
        if doctor_id is None:
            self.model.set_rows([])
            self.stack.setCurrentWidget(self.empty)
            self._update_buttons()
            return
        db, actor, day = self.ctx.db, self.ctx.actor, pydate(self.day.date())
        assert actor is not None
        run_task(lambda: appointments.doctor_schedule(db, actor=actor, first_day=day, doctor_id=doctor_id),
                 on_result=self._day_loaded, on_error=lambda e: show_error(self, e), context=self)

    def _day_loaded(self, rows: list[AppointmentView]) -> None:
        self.model.set_rows(rows)
        self.empty.setText(self.tr("No appointments for this doctor on this day.") if self.doctor.count()
                           else self.tr("No verified doctors yet."))
        self.stack.setCurrentWidget(self.table if rows else self.empty)
        self._update_buttons()

    def _active(self) -> list[AppointmentView]:
        return [a for a in self.model.rows if a.is_active]

    def _update_buttons(self) -> None:
        active = bool(self._active())
        self.move_button.setEnabled(active and self.to_doctor.currentData() is not None)
        self.cancel_button.setEnabled(active)

    def move_day(self) -> None:
        self.move_error.setVisible(False)
        doctor_id, to_id = self.doctor.currentData(), self.to_doctor.currentData()
        if doctor_id is None or to_id is None:
            return
        count = len(self._active())
        if not widgets.confirm(self, self.tr("Move appointments"),
                               self.tr("Move {count} appointment(s) to {currentText}?\n\nEach patient keeps their time where the other doctor is free, otherwise gets the next free time that day, and is told by e-mail.").format(count=count, currentText=self.to_doctor.currentText()),
                               yes=self.tr("Move appointments"), no=self.tr("Back"), destructive=False):
            return
        db, actor, day = self.ctx.db, self.ctx.actor, pydate(self.day.date())
        assert actor is not None
        self.move_button.setEnabled(False)
        run_task(lambda: front_desk.move_doctor_day(db, actor=actor, doctor_id=doctor_id, day=day,
                                                    to_doctor_id=to_id),
                 on_result=self._moved, on_error=lambda e: self._failed(e, self.move_error), context=self)

    def _moved(self, report: front_desk.MoveReport) -> None:
        rows = [_ReportRow(m.patient_name, m.old_starts_at, m.new_starts_at, True,
                           self.tr("Moved, same time") if m.same_time else self.tr("Moved to the next free time"))
                for m in report.moved]
        rows += [_ReportRow(f.patient_name, f.starts_at, None, False, self.tr("Not moved: {reason}").format(reason=f.reason)) for f in report.failed]
        rows.sort(key=lambda r: r.was)
        self._show_report(self.tr("Moved {len} of {total} to {to_doctor}").format(len=len(report.moved), total=report.total, to_doctor=report.to_doctor), rows)

    def cancel_day(self) -> None:
        self.cancel_error.setVisible(False)
        doctor_id = self.doctor.currentData()
        if doctor_id is None:
            return
        reason = self.cancel_reason.text()
        if not reason.strip():
            self._failed(ValidationError("reason", self.tr("Please give the reason patients will read.")), self.cancel_error)
            self.cancel_reason.setFocus()
            return
        count = len(self._active())
        if not widgets.confirm(self, self.tr("Cancel the day"),
                               self.tr("Cancel all {count} appointment(s) of {currentText} on {strftime}?\n\nEvery patient is e-mailed.").format(count=count, currentText=self.doctor.currentText(), strftime=format_date(pydate(self.day.date()), 'EEEE dd MMMM')),
                               yes=self.tr("Cancel all"), no=self.tr("Keep them")):
            return
        db, actor, day = self.ctx.db, self.ctx.actor, pydate(self.day.date())
        assert actor is not None
        run_task(lambda: front_desk.cancel_doctor_day(db, actor=actor, doctor_id=doctor_id, day=day, reason=reason),
                 on_result=self._cancelled, on_error=lambda e: self._failed(e, self.cancel_error), context=self)

    def _cancelled(self, outcomes: list[front_desk.CancelOutcome]) -> None:
        rows = [_ReportRow(o.patient_name, o.starts_at, None, o.cancelled,
                           self.tr("Cancelled, patient informed") if o.cancelled else self.tr("Not cancelled: {error}").format(error=o.error))
                for o in outcomes]
        done = sum(1 for o in outcomes if o.cancelled)
        self._show_report(self.tr("Cancelled {done} of {len}").format(done=done, len=len(outcomes)), rows)
        self.cancel_reason.clear()

    def _show_report(self, title: str, rows: list[_ReportRow]) -> None:
        self.report_title.setText(title)
        self.report_model.set_rows(rows)
        self.report_title.setVisible(True)
        self.report.setVisible(True)
        self.load_day()

    def _failed(self, exc: BaseException, label: QLabel) -> None:
        self._update_buttons()
        if isinstance(exc, ValidationError):
            label.setText(exc.message)
            label.setVisible(True)
            return
        show_error(self, exc)


__all__ = ["QueuePage", "DoctorDayPage", "Qt"]
