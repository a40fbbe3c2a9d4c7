"""Book, reschedule or route an appointment on a patient's behalf.

One dialog, three uses:

* **book** — speciality → doctor → date (non-working days greyed and refused) → free slot → mode → reason;
* **reschedule** — same doctor, new date and slot;
* **route** — another doctor of the same speciality (when the patient's doctor is absent).
"""

from __future__ import annotations

import functools

from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QTextCharFormat
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from medlink.formatting import format_date
from medlink.vocabulary import AppointmentMode
from medlink.errors import MedLinkError, ValidationError
from medlink.services import appointments, doctors, front_desk
from medlink.services.appointments import AppointmentView
from medlink.ui.labels import speciality_label
from medlink.ui import operations
from medlink.ui.context import AppContext
from medlink.ui.errors import show_error
from medlink.ui.staff.common import muted, pydate, qdate
from medlink.ui.tasks import run_task
from medlink.ui.widgets import FieldForm, format_when, heading, remember_geometry

CALENDAR_DAYS = 120


class AppointmentDialog(QDialog):
    """``kind`` is "book", "reschedule" or "route"."""

    saved = Signal(object)  # AppointmentView

    def __init__(self, ctx: AppContext, parent: QWidget | None, *, tz: ZoneInfo, patient_id: int,
                 patient_name: str, kind: str = "book", appointment: AppointmentView | None = None) -> None:
        super().__init__(parent)
        assert kind in ("book", "reschedule", "route")
        assert kind == "book" or appointment is not None
        self.ctx, self.tz, self.kind = ctx, tz, kind
        self.patient_id, self.appointment = patient_id, appointment
        self.setObjectName("appointmentDialog")
        titles = {"book": self.tr("Book an appointment for {patient_name}").format(patient_name=patient_name),
                  "reschedule": self.tr("Reschedule {patient_name}'s appointment").format(patient_name=patient_name),
                  "route": self.tr("Route {patient_name} to another doctor").format(patient_name=patient_name)}
        self.setWindowTitle(titles[kind])
        remember_geometry(self, "staff_booking", (860, 560))
        self.today = datetime.now(tz).date()
        self._working: set[date] = set()
        self._slot_requests = operations.Latest()

        outer = QVBoxLayout(self)
        outer.addWidget(heading(titles[kind], 2))
        if appointment is not None:
            outer.addWidget(muted(self.tr("Now: {doctor_name} ({speciality}), {format_when}").format(doctor_name=appointment.doctor_name, speciality=speciality_label(appointment.speciality), format_when=format_when(appointment.starts_at, tz))))
        body = QHBoxLayout()
        outer.addLayout(body, 1)

        left = QVBoxLayout()
        self.form = FieldForm()
        self.speciality = QComboBox()
        self.speciality.setObjectName("speciality")
        self.doctor = self.form.add("doctor", self.tr("Doctor"), QComboBox())
        if kind == "book":
            self.form.form.insertRow(0, self.tr("Speciality"), self.speciality)
        left.addWidget(self.form)
        self.calendar = QCalendarWidget()
        self.calendar.setObjectName("calendar")
        self.calendar.setGridVisible(False)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setMinimumDate(qdate(self.today))
        self.calendar.setMaximumDate(qdate(self.today + timedelta(days=CALENDAR_DAYS - 1)))
        plain = QTextCharFormat()
        for weekday in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
            self.calendar.setWeekdayTextFormat(weekday, plain)
        self.calendar.setStyleSheet(
            "QCalendarWidget QWidget#qt_calendar_navigationbar { background: #F0F4F8; }"
            "QCalendarWidget QToolButton { color: #102A43; font-weight: 600; background: transparent; border: none;"
            " padding: 4px 10px; }"
            "QCalendarWidget QAbstractItemView { selection-background-color: #0F766E; selection-color: white; }")
        left.addWidget(self.calendar)
        self.day_note = muted("")
        self.day_note.setObjectName("dayNote")
        left.addWidget(self.day_note)
        body.addLayout(left, 3)

        right = QVBoxLayout()
        self.slot_form = FieldForm()
        self.slot_form.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.slots = self.slot_form.add("starts_at", self.tr("Free times"), QListWidget())
        self.slots.setStyleSheet("QListWidget { background: white; border: 1px solid #BCCCDC; border-radius: 6px; }"
                                 "QListWidget::item { border: 1px solid #D9E2EC; border-radius: 6px; margin: 2px; }"
                                 "QListWidget::item:selected { background: #0F766E; color: white; }")
        self.slots.setMinimumHeight(220)
        self.slots.setViewMode(QListWidget.ViewMode.IconMode)
        self.slots.setFlow(QListWidget.Flow.LeftToRight)
        self.slots.setWrapping(True)
        self.slots.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.slots.setGridSize(QSize(104, 40))
        self.slots.setSpacing(6)
        self.slots.setUniformItemSizes(True)
        self.mode = QComboBox()
        self.mode.addItem(self.tr("In person"), AppointmentMode.IN_PERSON.value)
        self.mode.addItem(self.tr("Online (Google Meet)"), AppointmentMode.ONLINE.value)
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(self.tr("Reason for the visit, e.g. fever for three days"))
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(70)
        self.details_form = FieldForm()
        if kind == "book":
            self.details_form.add("mode", self.tr("Mode"), self.mode)
            self.details_form.add("reason", self.tr("Reason"), self.reason)
        right.addWidget(self.slot_form, 1)
        right.addWidget(self.details_form, 0)
        body.addLayout(right, 4)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        label = {"book": self.tr("&Book appointment"), "reschedule": self.tr("&Move appointment"),
                 "route": self.tr("&Route to this doctor")}[kind]
        self.save_button = self.buttons.addButton(label, QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("saveAppointment")
        self.save_button.setProperty("role", "primary")
        self.save_button.setDefault(True)
        self.save_button.setEnabled(False)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)

        self.speciality.currentIndexChanged.connect(self._speciality_changed)
        self.doctor.currentIndexChanged.connect(self._doctor_changed)
        self.calendar.selectionChanged.connect(self._date_changed)
        self.slots.currentItemChanged.connect(lambda *_: self._update_save())
        self.slots.itemDoubleClicked.connect(lambda *_: self.save())
        self._doctors: list[Any] = []
        self._load_doctors()

    # --- loading -------------------------------------------------------------------------------

    def _load_doctors(self) -> None:
        db, actor = self.ctx.db, self.ctx.actor
        assert actor is not None
        if self.kind == "book":
            run_task(lambda: doctors.search_doctors(db, limit=500, with_next_slot=False),
                     on_result=self._doctors_loaded, on_error=lambda e: show_error(self, e), context=self)
        elif self.kind == "reschedule":
            a = self.appointment
            assert a is not None
            self._doctors_loaded([front_desk.DeskDoctor(a.doctor_id, a.doctor_name, a.speciality, "verified")])
        else:
            a = self.appointment
            assert a is not None
            run_task(lambda: front_desk.colleagues(db, actor=actor, doctor_id=a.doctor_id),
                     on_result=self._doctors_loaded, on_error=lambda e: show_error(self, e), context=self)

    def _doctors_loaded(self, rows: list[Any]) -> None:
        self._doctors = list(rows)
        if self.kind == "book":
            self.speciality.blockSignals(True)
            self.speciality.clear()
            self.speciality.addItem(self.tr("All specialities"), "")
            for name in sorted({d.speciality for d in rows}):
                self.speciality.addItem(speciality_label(name), name)
            self.speciality.blockSignals(False)
        self._fill_doctors()
        if not rows:
            text = (self.tr("No other verified doctor of this speciality is available.")
                    if self.kind == "route" else self.tr("No verified doctors yet."))
            self.form.show_validation(ValidationError("doctor", text))

    def _speciality_changed(self) -> None:
        self._fill_doctors()

    def _fill_doctors(self) -> None:
        wanted = self.speciality.currentData() or ""
        self.doctor.blockSignals(True)
        self.doctor.clear()
        for d in self._doctors:
            if not wanted or d.speciality == wanted:
                self.doctor.addItem(f"{d.full_name} — {speciality_label(d.speciality)}", d.id)
        self.doctor.blockSignals(False)
        self._doctor_changed()

    def _doctor_changed(self) -> None:
        self.form.clear_errors()
        doctor_id = self.doctor.currentData()
        self._working = set()
        self.slots.clear()
        self._paint_calendar()
        self._update_save()
        if doctor_id is None:
            return
        db, today = self.ctx.db, self.today  # read on the GUI thread, not by the worker
        run_task(lambda: doctors.working_days(db, doctor_id=doctor_id, first_day=today, days=CALENDAR_DAYS),
                 on_result=functools.partial(self._working_loaded, doctor_id),
                 on_error=lambda e: show_error(self, e), context=self)

    def _working_loaded(self, doctor_id: int, days: list[date]) -> None:
        if doctor_id != self.doctor.currentData():
            return
        self._working = set(days)
        self._paint_calendar()
        preferred = self.today
        if self.appointment is not None:
            preferred = max(self.today, self.appointment.starts_at.astimezone(self.tz).date())
        first = next((d for d in sorted(self._working) if d >= preferred), None)
        if first is None:
            self.day_note.setText(self.tr("This doctor has no working days in the next few months."))
            return
        if pydate(self.calendar.selectedDate()) == first:
            self._date_changed()
        else:
            self.calendar.setSelectedDate(qdate(first))

    def _paint_calendar(self) -> None:
        grey = QTextCharFormat()
        grey.setForeground(QColor("#B8C4CE"))
        normal = QTextCharFormat()
        normal.setFontWeight(600)
        day = self.today - timedelta(days=42)
        for _ in range(CALENDAR_DAYS + 42):
            self.calendar.setDateTextFormat(qdate(day), normal if day in self._working else grey)
            day += timedelta(days=1)

    def _date_changed(self) -> None:
        chosen = pydate(self.calendar.selectedDate())
        self.slots.clear()
        self.slot_form.clear_errors()
        self._update_save()
        doctor_id = self.doctor.currentData()
        if doctor_id is None:
            return
        if chosen not in self._working:
            self.day_note.setText(self.tr("The doctor does not see patients on {strftime}. Days in bold are working days.").format(strftime=format_date(chosen, 'EEE dd MMM')))
            return
        self.day_note.setText(self.tr("Free times on {strftime}:").format(strftime=format_date(chosen, 'EEEE dd MMMM y')))
        db = self.ctx.db
        run_task(lambda: doctors.free_slots_for(db, doctor_id=doctor_id, first_day=chosen, days=1),
                 on_result=self._slot_requests.wrap(self._slots_loaded),
                 on_error=lambda e: show_error(self, e), context=self)

    def _slots_loaded(self, slots: list[datetime]) -> None:
        self.slots.clear()
        for slot in slots:
            item = QListWidgetItem(format_when(slot, self.tz, with_day=False))
            item.setData(Qt.ItemDataRole.UserRole, slot)
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.slots.addItem(item)
        if not slots:
            self.day_note.setText(self.tr("Fully booked that day — choose another date."))
        elif self.appointment is not None:
            for i in range(self.slots.count()):
                if self.slots.item(i).data(Qt.ItemDataRole.UserRole) == self.appointment.starts_at:
                    self.slots.setCurrentRow(i)
                    break
        self._update_save()

    def chosen_slot(self) -> datetime | None:
        item = self.slots.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def select_slot(self, slot: datetime) -> bool:
        for i in range(self.slots.count()):
            if self.slots.item(i).data(Qt.ItemDataRole.UserRole) == slot:
                self.slots.setCurrentRow(i)
                return True
        return False

    def _update_save(self) -> None:
        self.save_button.setEnabled(self.doctor.currentData() is not None and self.chosen_slot() is not None)

    # --- saving --------------------------------------------------------------------------------

    def save(self) -> None:
        slot, doctor_id = self.chosen_slot(), self.doctor.currentData()
        if slot is None or doctor_id is None:
            self.slot_form.show_validation(ValidationError("starts_at", self.tr("Choose a free time.")))
            return
        self.form.clear_errors()
        self.slot_form.clear_errors()
        self.details_form.clear_errors()
        db, actor = self.ctx.db, self.ctx.actor
        assert actor is not None
        if self.kind == "book":
            mode, reason = self.mode.currentData(), self.reason.toPlainText()

            def work() -> AppointmentView:
                return appointments.book_appointment(db, actor=actor, patient_id=self.patient_id,
                                                     doctor_id=doctor_id, starts_at=slot, mode=mode, reason=reason)
        else:
            appointment_id = self.appointment.id  # type: ignore[union-attr]
            new_doctor = doctor_id if self.kind == "route" else None

            def work() -> AppointmentView:
                return appointments.reschedule_appointment(db, actor=actor, appointment_id=appointment_id,
                                                           new_starts_at=slot, new_doctor_id=new_doctor)
        self.save_button.setEnabled(False)
        run_task(work, on_result=self._saved, on_error=self._failed, context=self)

    def _saved(self, view: AppointmentView) -> None:
        self.saved.emit(view)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._update_save()
        if isinstance(exc, ValidationError) and (self.form.show_validation(exc) or self.slot_form.show_validation(exc)
                                                 or self.details_form.show_validation(exc)):
            return
        if isinstance(exc, MedLinkError) and type(exc).__name__ == "SlotTaken":
            self.slot_form.show_validation(ValidationError("starts_at", exc.message))
            self._date_changed()
            self.slot_form.show_validation(ValidationError("starts_at", exc.message))
            return
        show_error(self, exc)


__all__ = ["AppointmentDialog"]
