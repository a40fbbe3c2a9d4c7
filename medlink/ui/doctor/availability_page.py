"""Weekly working hours (several ranges a day), slot length and days off.

Changing the hours never drops a booking: appointments that no longer fit are
listed for the doctor to keep or cancel (with a reason the patient sees)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, tzinfo

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from medlink.formatting import format_date
from medlink.ui.i18n import tr_label
from medlink.i18n import N_
from medlink.errors import ValidationError
from medlink.scheduling import WorkingRange
from medlink.services import doctors
from medlink.services.actor import Actor
from medlink.services.doctors import SLOT_LENGTHS, AffectedAppointment, DoctorProfile
from medlink.ui.context import AppContext
from medlink.ui.operations import appointments as appointment_ops
from medlink.ui.doctor.common import (
    MODE_LABELS,
    ReasonDialog,
    muted,
    remove_button,
    selected_row,
    transparent_scroll,
)
from medlink.ui.errors import show_error
from medlink.ui.table import Column, RowsModel, make_table
from medlink.ui.tasks import run_task
from medlink.ui.widgets import card, format_when, heading, to_date, to_time, reserve_message_space

WEEKDAYS = (N_("Labels", "Monday"), N_("Labels", "Tuesday"), N_("Labels", "Wednesday"), N_("Labels", "Thursday"),
            N_("Labels", "Friday"), N_("Labels", "Saturday"), N_("Labels", "Sunday"))


class _RangeRow(QWidget):
    def __init__(self, day: _DayRow, start: time, end: time) -> None:
        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.start = QTimeEdit(QTime(start.hour, start.minute))
        self.end = QTimeEdit(QTime(end.hour, end.minute))
        for edit in (self.start, self.end):
            edit.setDisplayFormat("hh:mm AP")
            edit.setFixedWidth(112)
        layout.addWidget(self.start)
        dash = QLabel("–")
        layout.addWidget(dash)
        layout.addWidget(self.end)
        remove = remove_button(self.tr("Remove these hours"))
        remove.clicked.connect(lambda: day.remove_range(self))
        layout.addWidget(remove)

    def value(self, weekday: int) -> WorkingRange:
        return WorkingRange(weekday, to_time(self.start.time()), to_time(self.end.time()))


class _DayRow(QWidget):
    def __init__(self, weekday: int) -> None:
        super().__init__()
        self.weekday = weekday
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        name = QLabel(tr_label(WEEKDAYS[weekday]))
        name.setFixedWidth(96)
        name.setStyleSheet("font-weight: 600;")
        layout.addWidget(name)
        self.ranges_box = QHBoxLayout()
        self.ranges_box.setSpacing(14)
        layout.addLayout(self.ranges_box)
        self.off = QLabel(self.tr("Not working"))
        self.off.setProperty("role", "muted")
        self.ranges_box.addWidget(self.off)
        self.add_button = QPushButton(self.tr("+ Hours"))
        self.add_button.setObjectName(f"addHours{weekday}")
        self.add_button.setProperty("role", "link")
        self.add_button.clicked.connect(self.add_default)
        layout.addWidget(self.add_button)
        layout.addStretch(1)
        self.ranges: list[_RangeRow] = []

    def add_range(self, start: time, end: time) -> _RangeRow:
        row = _RangeRow(self, start, end)
        self.ranges.append(row)
        self.ranges_box.addWidget(row)
        self.off.setVisible(False)
        return row

    def add_default(self) -> None:
        if not self.ranges:
            self.add_range(time(9, 0), time(13, 0))
        else:
            last_end = to_time(self.ranges[-1].end.time())
            start = max(last_end, time(17, 0)) if last_end < time(22, 0) else time(22, 0)
            end = (datetime.combine(date.today(), start) + timedelta(hours=3)).time()
            self.add_range(start, end if end > start else time(23, 45))

    def remove_range(self, row: _RangeRow) -> None:
        self.ranges.remove(row)
        row.hide()
        row.deleteLater()
        self.off.setVisible(not self.ranges)

    def clear(self) -> None:
        for row in list(self.ranges):
            self.remove_range(row)

    def values(self) -> list[WorkingRange]:
        return [row.value(self.weekday) for row in self.ranges]


class AvailabilityPage(QWidget):
    def __init__(self, ctx: AppContext, actor: Actor, tz: tzinfo) -> None:
        super().__init__()
        self.ctx, self.actor, self.tz = ctx, actor, tz
        self.reason_dialog: ReasonDialog | None = None
        self.profile: DoctorProfile | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        transparent_scroll(scroll)
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 12, 0)
        layout.setSpacing(12)
        layout.addWidget(heading(self.tr("Availability")))
        layout.addWidget(muted(self.tr("Your weekly consulting hours in the clinic's time zone. Patients can book only inside "
                               "these hours. Add two ranges for a split day, e.g. 9:00 AM–1:00 PM and 5:00 PM–8:00 PM.")))

        self.affected_card = self._affected_card()
        layout.addWidget(self.affected_card)

        hours = card()
        hours_layout = QVBoxLayout(hours)
        hours_layout.setContentsMargins(18, 14, 18, 14)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Weekly hours"), 2))
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("Slot length")))
        self.slot = QComboBox()
        self.slot.setObjectName("slotMinutes")
        for minutes in SLOT_LENGTHS:
            self.slot.addItem(self.tr("{minutes} minutes").format(minutes=minutes), minutes)
        top.addWidget(self.slot)
        hours_layout.addLayout(top)
        self.days = [_DayRow(weekday) for weekday in range(7)]
        for day in self.days:
            hours_layout.addWidget(day)
        self.hours_error = QLabel()
        self.hours_error.setObjectName("error_availability")
        self.hours_error.setProperty("role", "fieldError")
        reserve_message_space(self.hours_error)
        self.hours_error.setVisible(False)
        hours_layout.addWidget(self.hours_error)
        buttons = QHBoxLayout()
        copy = QPushButton(self.tr("Copy Monday to Tue–Fri"))
        copy.setObjectName("copyMonday")
        copy.clicked.connect(self.copy_monday)
        buttons.addWidget(copy)
        buttons.addStretch(1)
        self.saved_label = QLabel()
        self.saved_label.setObjectName("hoursSaved")
        self.saved_label.setProperty("role", "muted")
        buttons.addWidget(self.saved_label)
        self.save_button = QPushButton(self.tr("&Save hours"))
        self.save_button.setObjectName("saveHours")
        self.save_button.setProperty("role", "primary")
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.save_button)
        hours_layout.addLayout(buttons)
        layout.addWidget(hours)

        leave = card()
        leave_layout = QVBoxLayout(leave)
        leave_layout.setContentsMargins(18, 14, 18, 14)
        leave_layout.addWidget(heading(self.tr("Days off and leave"), 2))
        leave_layout.addWidget(muted(self.tr("No slots are offered on these days. Appointments already booked on a day "
                                     "you mark are listed above so you can cancel or keep them.")))
        row = QHBoxLayout()
        self.leave_date = QDateEdit()
        self.leave_date.setObjectName("leaveDate")
        self.leave_date.setCalendarPopup(True)
        self.leave_date.setDisplayFormat("ddd d MMM yyyy")
        today = datetime.now(tz).date()
        self.leave_date.setMinimumDate(QDate(today.year, today.month, today.day))
        self.leave_date.setDate(QDate(today.year, today.month, today.day).addDays(1))
        row.addWidget(self.leave_date)
        self.leave_reason = QLineEdit()
        self.leave_reason.setObjectName("leaveReason")
        self.leave_reason.setPlaceholderText(self.tr("Reason (optional, e.g. Conference)"))
        row.addWidget(self.leave_reason, 1)
        add_leave = QPushButton(self.tr("Add day off"))
        add_leave.setObjectName("addLeave")
        add_leave.clicked.connect(self.add_leave)
        row.addWidget(add_leave)
        leave_layout.addLayout(row)
        self.leave_list = QVBoxLayout()
        leave_layout.addLayout(self.leave_list)
        layout.addWidget(leave)
        layout.addStretch(1)

    def _affected_card(self) -> QFrame:
        frame = card()
        frame.setObjectName("affectedCard")
        frame.setStyleSheet("QFrame#affectedCard { border: 1px solid #F0C36D; background: #FFFBF0; }")
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(18, 14, 18, 14)
        self.affected_title = heading("", 2)
        layout.addWidget(self.affected_title)
        layout.addWidget(muted(self.tr("These booked appointments are outside your new hours. Nothing was cancelled: keep "
                               "them (you will still see the patients), or cancel them with a reason — the patient "
                               "is e-mailed and can book another slot.")))
        self.affected_model: RowsModel[AffectedAppointment] = RowsModel([
            Column(self.tr("When"), lambda a: format_when(a.starts_at, self.tz)),
            Column(self.tr("Patient"), lambda a: a.patient_name),
            Column(self.tr("Mode"), lambda a: MODE_LABELS.get(a.mode, a.mode)),
        ])
        self.affected_view = make_table(self.affected_model, stretch_column=1, name="affectedTable")
        self.affected_view.setMaximumHeight(200)
        layout.addWidget(self.affected_view)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        keep = QPushButton(self.tr("Keep selected"))
        keep.setObjectName("keepAffected")
        keep.clicked.connect(self.keep_selected)
        keep_all = QPushButton(self.tr("Keep all"))
        keep_all.setObjectName("keepAllAffected")
        keep_all.clicked.connect(lambda: self.show_affected([]))
        cancel = QPushButton(self.tr("Cancel selected…"))
        cancel.setObjectName("cancelAffected")
        cancel.setProperty("role", "danger")
        cancel.clicked.connect(self.cancel_selected)
        buttons.addWidget(keep)
        buttons.addWidget(keep_all)
        buttons.addWidget(cancel)
        layout.addLayout(buttons)
        frame.setVisible(False)
        return frame

    # --- loading -----------------------------------------------------------------------------
    def refresh(self) -> None:
        db, actor, doctor_id = self.ctx.db, self.actor, self.actor.doctor_id
        assert doctor_id is not None  # the page exists only for a doctor
        run_task(lambda: doctors.doctor_profile(db, doctor_id=doctor_id, actor=actor),
                 on_result=self.load_profile, on_error=lambda e: show_error(self, e), context=self)

    def load_profile(self, profile: DoctorProfile) -> None:
        self.profile = profile
        self.slot.setCurrentIndex(max(0, self.slot.findData(profile.slot_minutes)))
        for day in self.days:
            day.clear()
        for r in profile.availability:
            self.days[r.weekday].add_range(r.start, r.end)
        self._show_leave(profile.leave_days)

    def _show_leave(self, days: tuple[date, ...]) -> None:
        while self.leave_list.count():
            item = self.leave_list.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        if not days:
            self.leave_list.addWidget(muted(self.tr("No days off planned.")))
            return
        for day in days:
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            line.addWidget(QLabel(format_date(day, "EEEE d MMMM y")))
            line.addStretch(1)
            remove = QPushButton(self.tr("Remove"))
            remove.setProperty("role", "link")
            remove.setObjectName(f"removeLeave_{day.isoformat()}")
            remove.clicked.connect(lambda _=False, d=day: self.remove_leave(d))
            line.addWidget(remove)
            self.leave_list.addWidget(row)

    # --- hours -------------------------------------------------------------------------------
    def ranges(self) -> list[WorkingRange]:
        return [r for day in self.days for r in day.values()]

    def copy_monday(self) -> None:
        monday = self.days[0].values()
        for day in self.days[1:5]:
            day.clear()
            for r in monday:
                day.add_range(r.start, r.end)

    def save(self) -> None:
        self.hours_error.setVisible(False)
        self.saved_label.clear()  # never "Saved ✓" beside a new error
        ranges, slot = self.ranges(), self.slot.currentData()
        db, actor = self.ctx.db, self.actor
        self.save_button.setEnabled(False)

        def failed(exc: BaseException) -> None:
            self.save_button.setEnabled(True)
            if isinstance(exc, ValidationError):
                self.hours_error.setText(exc.message)
                self.hours_error.setVisible(True)
                return
            show_error(self, exc)

        def saved(affected: list[AffectedAppointment]) -> None:
            self.save_button.setEnabled(True)
            self.saved_label.setText(self.tr("Saved ✓"))
            self.show_affected(affected, title=self.tr("outside your new hours"))
            self.refresh()

        run_task(lambda: doctors.set_availability(db, actor=actor, ranges=ranges, slot_minutes=slot),
                 on_result=saved, on_error=failed, context=self)

    # --- leave -------------------------------------------------------------------------------
    def add_leave(self) -> None:
        day = to_date(self.leave_date.date())
        reason = self.leave_reason.text()
        db, actor = self.ctx.db, self.actor

        def done(affected: list[AffectedAppointment]) -> None:
            self.leave_reason.clear()
            if affected:
                self.show_affected(affected, title=self.tr("booked on {day}").format(day=format_date(day, 'dd MMM')))
            self.refresh()

        run_task(lambda: doctors.set_leave(db, actor=actor, day=day, on_leave=True, reason=reason),
                 on_result=done, on_error=lambda e: show_error(self, e), context=self)

    def remove_leave(self, day: date) -> None:
        db, actor = self.ctx.db, self.actor
        run_task(lambda: doctors.set_leave(db, actor=actor, day=day, on_leave=False),
                 on_result=lambda _: self.refresh(), on_error=lambda e: show_error(self, e), context=self)

    # --- affected bookings -------------------------------------------------------------------
    def show_affected(self, affected: list[AffectedAppointment], *, title: str = "") -> None:
        if title:
            self._affected_title_suffix = title
        self.affected_model.set_rows(affected)
        n = len(affected)
        suffix = getattr(self, "_affected_title_suffix", self.tr("outside your hours"))
        self.affected_title.setText((self.tr("{n} booked appointment {suffix}") if n == 1 else
                                     self.tr("{n} booked appointments {suffix}")).format(n=n, suffix=suffix))
        self.affected_card.setVisible(bool(affected))
        if affected:
            self.affected_view.selectRow(0)

    def keep_selected(self) -> None:
        chosen = selected_row(self.affected_view)
        if chosen is not None:
            self.show_affected([a for a in self.affected_model.rows if a.id != chosen.id])

    def cancel_selected(self) -> None:
        chosen: AffectedAppointment | None = selected_row(self.affected_view)
        if chosen is None:
            return
        dialog = ReasonDialog(self, title=self.tr("Cancel appointment"), action=self.tr("Cancel appointment"),
                              prompt=self.tr("Cancel {patient_name}'s appointment on {format_when}? The patient is e-mailed with your reason.").format(patient_name=chosen.patient_name, format_when=format_when(chosen.starts_at, self.tz)),
                              placeholder=self.tr("e.g. My consulting hours have changed; please book a new slot."))
        dialog.accepted.connect(lambda: self._cancel(chosen, dialog.text()))
        self.reason_dialog = dialog
        dialog.open()

    def _cancel(self, chosen: AffectedAppointment, reason: str) -> None:
        appointment_ops.cancel_appointment(
            self, self.ctx, self.actor, appointment_id=chosen.id, reason=reason,
            on_done=lambda _: self.show_affected([a for a in self.affected_model.rows if a.id != chosen.id]))


__all__ = ["AvailabilityPage"]
