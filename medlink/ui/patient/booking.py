"""Booking (and rescheduling) an appointment: date → free time → mode → reason → confirm."""

from __future__ import annotations

import html
from datetime import date, datetime, timedelta, tzinfo

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QTextCharFormat
from PySide6.QtWidgets import (
    QButtonGroup,
    QCalendarWidget,
    QComboBox,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from medlink.formatting import format_date
from medlink.vocabulary import AppointmentMode
from medlink.errors import MedLinkError, SlotTaken, ValidationError
from medlink.services import appointments, doctors
from medlink.services.appointments import AppointmentView
from medlink.ui import operations
from medlink.ui.context import AppContext
from medlink.ui.labels import RELATIONSHIP_LABELS, speciality_label
from medlink.ui.errors import show_error
from medlink.ui.patient.common import set_scroll_widget, short_time
from medlink.ui.tasks import run_task
from medlink.ui.widgets import card, empty_state, format_when, heading, reserve_message_space, remember_geometry

BOOKING_HORIZON_DAYS = 365
SLOT_TAKEN_MESSAGE = "That slot was just taken — here are the next free ones."
SLOT_STYLE = """
QPushButton#slotButton { padding: 7px 6px; }
QPushButton#slotButton:checked { background: #0F766E; color: white; border: 1px solid #115E59; font-weight: 600; }
"""


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(d: QDate) -> date:
    return date(d.year(), d.month(), d.day())


class _SlotKeys(QObject):
    """Key presses on a slot button go to :meth:`BookingDialog.slot_key`."""

    def __init__(self, dialog: BookingDialog) -> None:
        super().__init__(dialog)
        self._dialog = dialog

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(watched, QPushButton) and isinstance(event, QKeyEvent):
            if event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier):
                return self._dialog.slot_key(watched, event.key())
        return False


class BookingDialog(QDialog):
    """Books a new appointment with ``doctor_id`` — or, given ``appointment``, moves it
    to another free slot of the same doctor."""

    booked = Signal(object)  # AppointmentView

    def __init__(self, ctx: AppContext, tz: tzinfo, doctor_id: int, doctor_name: str,
                 parent: QWidget | None = None, *, appointment: AppointmentView | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tz = tz
        self.doctor_id = doctor_id
        self.doctor_name = doctor_name
        self.appointment = appointment
        self.result_view: AppointmentView | None = None
        self._working: set[date] = set()
        self._slots: list[datetime] = []
        self._slot_requests = operations.Latest()
        self._last_good = None  # type: QDate | None
        self.setObjectName("bookingDialog")
        rescheduling = appointment is not None
        self.setWindowTitle(self.tr("Move appointment — {doctor_name}").format(doctor_name=doctor_name) if rescheduling else self.tr("Book — {doctor_name}").format(doctor_name=doctor_name))

        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 18)
        self.pages = QStackedWidget()
        outer.addWidget(self.pages, 1)

        # --- page 1: choose ------------------------------------------------------------------
        choose = QWidget()
        layout = QVBoxLayout(choose)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(heading(self.tr("Move your appointment with {doctor_name}").format(doctor_name=doctor_name) if rescheduling
                                 else self.tr("Book an appointment with {doctor_name}").format(doctor_name=doctor_name)))
        if rescheduling:
            assert appointment is not None
            now_text = QLabel(self.tr("Currently: {format_when}. Choose a new date and time; your current time is kept until the new one is confirmed.").format(format_when=format_when(appointment.starts_at, tz)))
        else:
            now_text = QLabel(self.tr("1. Choose a date   2. Choose a time   3. In person or online   4. Confirm"))
        now_text.setProperty("role", "muted")
        now_text.setWordWrap(True)
        layout.addWidget(now_text)
        self.message = QLabel()
        self.message.setObjectName("bookingMessage")
        self.message.setProperty("role", "banner")
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        layout.addWidget(self.message)

        row = QHBoxLayout()
        row.setSpacing(18)
        left = QVBoxLayout()
        self.calendar = QCalendarWidget()
        self.calendar.setObjectName("bookingCalendar")
        self.calendar.setGridVisible(False)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.today = datetime.now(tz).date()
        self.calendar.setMinimumDate(_qdate(self.today))
        self.calendar.setMaximumDate(_qdate(self.today + timedelta(days=BOOKING_HORIZON_DAYS)))
        self.calendar.setMinimumSize(340, 290)
        self.calendar.selectionChanged.connect(self._date_changed)
        left.addWidget(self.calendar)
        legend = QLabel(self.tr("Greyed-out days: the doctor does not see patients."))
        legend.setProperty("role", "muted")
        legend.setWordWrap(True)
        left.addWidget(legend)
        left.addStretch(1)
        row.addLayout(left)

        right = QVBoxLayout()
        self.day_title = heading("", 2)
        self.day_title.setObjectName("slotDayTitle")
        right.addWidget(self.day_title)
        self.slot_area = QScrollArea()
        self.slot_area.setObjectName("slotArea")
        self.slot_area.setWidgetResizable(True)
        self.slot_area.setFrameShape(QFrame.Shape.NoFrame)
        self.slot_area.setMinimumWidth(420)
        self.slot_group = QButtonGroup(self)
        self.slot_group.setExclusive(True)
        self.slot_group.buttonClicked.connect(lambda _: self._update_confirm())
        self._slot_keys = _SlotKeys(self)
        self._tab_slot = 0
        set_scroll_widget(self.slot_area, empty_state(self.tr("Loading the doctor's calendar…")))
        right.addWidget(self.slot_area, 1)
        row.addLayout(right, 1)
        layout.addLayout(row, 1)

        details = QHBoxLayout()
        details.setSpacing(18)
        mode_box = QVBoxLayout()
        # Family profiles: a guardian books for a child or an elderly parent (hidden without family members).
        self.for_label = QLabel(self.tr("Who is the appointment for?"))
        self.for_whom = QComboBox()
        self.for_whom.setObjectName("bookingForWhom")
        self.for_label.setBuddy(self.for_whom)
        self.for_label.setVisible(False)
        self.for_whom.setVisible(False)
        mode_box.addWidget(self.for_label)
        mode_box.addWidget(self.for_whom)
        self.mode_caption = QLabel(self.tr("How would you like to see the doctor?"))
        mode_box.addWidget(self.mode_caption)
        self.in_person = QRadioButton(self.tr("In &person at the clinic"))
        self.in_person.setObjectName("modeInPerson")
        self.online = QRadioButton(self.tr("&Online video consultation"))
        self.online.setObjectName("modeOnline")
        # An explicit group: the buttons have no parent yet, so auto-exclusivity would not apply
        # (a rescheduled online visit showed both modes selected).
        self.mode_group = QButtonGroup(self)
        self.mode_group.setExclusive(True)
        self.mode_group.addButton(self.in_person)
        self.mode_group.addButton(self.online)
        self.in_person.setChecked(True)
        mode_box.addWidget(self.in_person)
        mode_box.addWidget(self.online)
        mode_box.addStretch(1)
        details.addLayout(mode_box)
        reason_box = QVBoxLayout()
        reason_box.addWidget(QLabel(self.tr("Reason for the visit / symptoms (optional)")))
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("bookingReason")
        self.reason.setPlaceholderText(self.tr("e.g. Fever and cough for three days"))
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(70)
        reason_box.addWidget(self.reason)
        self.reason_error = QLabel()
        self.reason_error.setProperty("role", "fieldError")
        reserve_message_space(self.reason_error)
        self.reason_error.setVisible(False)
        reason_box.addWidget(self.reason_error)
        details.addLayout(reason_box, 1)
        if rescheduling:
            assert appointment is not None
            self.in_person.setEnabled(False)
            self.online.setEnabled(False)
            (self.online if appointment.is_online else self.in_person).setChecked(True)
            self.mode_caption.setText(self.tr("The visit stays {mode}; to change it, cancel and book again.").format(
                mode=self.tr("online") if appointment.is_online else self.tr("in person")))
            self.mode_caption.setWordWrap(True)
            self.reason.setPlainText(appointment.reason or "")
            self.reason.setReadOnly(True)
        layout.addLayout(details)
        if not rescheduling:
            self._load_family()

        bar = QHBoxLayout()
        self.summary = QLabel()
        self.summary.setObjectName("bookingSummary")
        self.summary.setProperty("role", "muted")
        bar.addWidget(self.summary, 1)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setObjectName("cancelBooking")
        self.cancel_button = cancel
        cancel.clicked.connect(self.reject)
        self.confirm_button = QPushButton(self.tr("Confirm &new time") if rescheduling
                                          else self.tr("Confirm &booking"))
        self.confirm_button.setObjectName("confirmBooking")
        self.confirm_button.setProperty("role", "primary")
        self.confirm_button.setDefault(True)
        self.confirm_button.clicked.connect(self.confirm)
        bar.addWidget(cancel)
        bar.addWidget(self.confirm_button)
        layout.addLayout(bar)
        self.pages.addWidget(choose)

        # --- page 2: done --------------------------------------------------------------------
        done = QWidget()
        done_outer = QVBoxLayout(done)
        done_outer.addStretch(1)
        done_card = card()
        done_card.setFixedWidth(540)
        done_outer.addWidget(done_card, 0, Qt.AlignmentFlag.AlignHCenter)
        done_outer.addStretch(2)
        done_layout = QVBoxLayout(done_card)
        done_layout.setContentsMargins(36, 28, 36, 28)
        done_layout.setSpacing(10)
        self.done_title = heading("")
        self.done_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        done_layout.addWidget(self.done_title)
        self.done_text = QLabel()
        self.done_text.setObjectName("bookingDone")
        self.done_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.done_text.setWordWrap(True)
        done_layout.addWidget(self.done_text)
        self.mail_note = QLabel(self.tr("E-mail confirmation queued"))
        self.mail_note.setObjectName("mailQueued")
        self.mail_note.setProperty("role", "success")
        reserve_message_space(self.mail_note)
        self.mail_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        done_layout.addWidget(self.mail_note, 0, Qt.AlignmentFlag.AlignHCenter)
        close = QPushButton(self.tr("Done"))
        close.setObjectName("bookingDoneButton")
        close.setProperty("role", "primary")
        close.clicked.connect(self.accept)
        done_layout.addSpacing(12)
        done_layout.addWidget(close, 0, Qt.AlignmentFlag.AlignHCenter)
        self.pages.addWidget(done)
        self.done_button = close

        remember_geometry(self, "booking", (900, 700))
        self._update_confirm()
        self._load_calendar()

    # --- calendar ----------------------------------------------------------------------------

    def _load_calendar(self) -> None:
        db, doctor_id, today = self.ctx.db, self.doctor_id, self.today
        run_task(lambda: doctors.working_days(db, doctor_id=doctor_id, first_day=today,
                                              days=BOOKING_HORIZON_DAYS + 1),
                 on_result=self._working_days_loaded, on_error=self._failed, context=self)

    def _working_days_loaded(self, days: list[date]) -> None:
        self._working = set(days)
        grey = QTextCharFormat()
        grey.setForeground(QColor("#BCCCDC"))
        grey.setFontStrikeOut(True)
        day = self.today.replace(day=1)  # the past of this month looks as unavailable as it is
        last = self.today + timedelta(days=BOOKING_HORIZON_DAYS)
        while day <= last:
            if day not in self._working:
                self.calendar.setDateTextFormat(_qdate(day), grey)
            day += timedelta(days=1)
        if not days:
            self.calendar.setEnabled(False)
            self._show_slot_message(self.tr("This doctor has no working days in the coming year. "
                                    "Please choose another doctor."))
            return
        first = days[0]
        if self.appointment is not None:
            current = self.appointment.starts_at.astimezone(self.tz).date()
            if current in self._working:
                first = current
        self.calendar.setSelectedDate(_qdate(first))
        self._date_changed()

    def is_working_day(self, day: date) -> bool:
        return day in self._working

    def selected_date(self) -> date:
        return _pydate(self.calendar.selectedDate())

    def _date_changed(self) -> None:
        if not self._working:
            return
        day = self.selected_date()
        if day not in self._working:
            # Non-working days cannot be chosen: go back to the last good one.
            if self._last_good is not None:
                self.calendar.blockSignals(True)
                self.calendar.setSelectedDate(self._last_good)
                self.calendar.blockSignals(False)
            self.show_message(self.tr("{doctor} does not see patients on {day}.").format(
                doctor=self.doctor_name, day=format_date(day, "EEEE dd MMMM")))
            return
        self._last_good = self.calendar.selectedDate()
        self.message.setVisible(False)
        self.load_slots()

    # --- slots -------------------------------------------------------------------------------

    def load_slots(self, *, after_taken: bool = False) -> None:
        day = self.selected_date()
        ticket = self._slot_requests.start()  # only the newest day's answer is shown
        self.day_title.setText(self.tr("Free times on {strftime}").format(strftime=format_date(day, 'EEEE dd MMMM')))
        db, doctor_id = self.ctx.db, self.doctor_id
        run_task(lambda: doctors.free_slots_for(db, doctor_id=doctor_id, first_day=day, days=1),
                 on_result=ticket(lambda slots: self._slots_loaded(day, slots, after_taken)),
                 on_error=self._failed, context=self)

    def _slots_loaded(self, day: date, slots: list[datetime], after_taken: bool) -> None:
        if not slots and after_taken:
            self._jump_to_next_free(day)
            return
        self.show_slots(slots)

    def _jump_to_next_free(self, day: date) -> None:
        db, doctor_id = self.ctx.db, self.doctor_id
        run_task(lambda: doctors.free_slots_for(db, doctor_id=doctor_id, first_day=day, days=30),
                 on_result=self._next_free_loaded, on_error=self._failed, context=self)

    def _next_free_loaded(self, slots: list[datetime]) -> None:
        if not slots:
            self.show_slots([])
            return
        first_day = slots[0].astimezone(self.tz).date()
        self.calendar.blockSignals(True)
        self.calendar.setSelectedDate(_qdate(first_day))
        self._last_good = self.calendar.selectedDate()
        self.calendar.blockSignals(False)
        self.day_title.setText(self.tr("Free times on {strftime}").format(strftime=format_date(first_day, 'EEEE dd MMMM')))
        self.show_slots([s for s in slots if s.astimezone(self.tz).date() == first_day])

    def show_slots(self, slots: list[datetime]) -> None:
        self._slots = slots
        for button in self.slot_group.buttons():
            self.slot_group.removeButton(button)
        if not slots:
            self._show_slot_message(self.tr("No free times left on this day. Please choose another date."))
            self._update_confirm()
            return
        box = QWidget()
        box.setObjectName("slotGrid")
        box.setStyleSheet(SLOT_STYLE)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 8, 0)
        groups = ((self.tr("Morning"), 0, 12), (self.tr("Afternoon"), 12, 17), (self.tr("Evening"), 17, 24))
        for title, start, end in groups:
            part = [s for s in slots if start <= s.astimezone(self.tz).hour < end]
            if not part:
                continue
            caption = QLabel(self.tr("{title} · {len} free").format(title=title, len=len(part)))
            caption.setProperty("role", "muted")
            layout.addWidget(caption)
            grid = QGridLayout()
            grid.setSpacing(6)
            for index, slot in enumerate(part):
                button = QPushButton(short_time(slot, self.tz))
                button.setCheckable(True)
                button.setAutoDefault(False)
                button.installEventFilter(self._slot_keys)
                button.setObjectName("slotButton")
                button.setProperty("slot", slot.isoformat())
                button.setMinimumWidth(88)
                self.slot_group.addButton(button)
                grid.addWidget(button, index // 4, index % 4)
            layout.addLayout(grid)
            layout.addSpacing(6)
        layout.addStretch(1)
        set_scroll_widget(self.slot_area, box)
        self._set_tab_slot(0)
        self._update_confirm()

    # --- keyboard ------------------------------------------------------------------------------
    def _set_tab_slot(self, index: int) -> None:
        """One slot is the tab stop (arrow keys move between slots): calendar → slots → mode → reason → Confirm."""
        self._tab_slot = index
        if not hasattr(self, "cancel_button"):
            return  # still being built (the family list can arrive first); show_slots sets it again
        buttons = self.slot_buttons()
        chain: list[QWidget] = [self.calendar]
        for i, button in enumerate(buttons):
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus if i == index else Qt.FocusPolicy.ClickFocus)
        if buttons:
            chain.append(buttons[max(0, min(index, len(buttons) - 1))])
        if self.for_whom.isVisibleTo(self):
            chain.append(self.for_whom)
        chain += [self.in_person, self.online, self.reason, self.confirm_button, self.cancel_button]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    def slot_key(self, button: QPushButton, key: int) -> bool:
        """Arrow keys move (and choose) between slots; Enter chooses the slot and confirms."""
        buttons = self.slot_buttons()
        if button not in buttons:
            return False
        index = buttons.index(button)
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            button.setChecked(True)
            self._update_confirm()
            if self.confirm_button.isEnabled():
                self.confirm()
            return True
        step = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -4, Qt.Key.Key_Down: 4}.get(Qt.Key(key))
        if step is None:
            return False
        target = max(0, min(index + step, len(buttons) - 1))
        self._set_tab_slot(target)
        buttons[target].setFocus(Qt.FocusReason.TabFocusReason)
        buttons[target].setChecked(True)
        self.slot_area.ensureWidgetVisible(buttons[target])
        self._update_confirm()
        return True

    def _show_slot_message(self, text: str) -> None:
        label = empty_state(text)
        label.setObjectName("slotsEmpty")
        set_scroll_widget(self.slot_area, label)

    def slot_buttons(self) -> list[QPushButton]:
        return [b for b in self.slot_group.buttons() if isinstance(b, QPushButton)]

    def choose_slot(self, slot: datetime) -> bool:
        for button in self.slot_buttons():
            if button.property("slot") == slot.isoformat():
                button.setChecked(True)
                self._update_confirm()
                return True
        return False

    def chosen_slot(self) -> datetime | None:
        button = self.slot_group.checkedButton()
        if button is None:
            return None
        return datetime.fromisoformat(str(button.property("slot")))

    def _update_confirm(self) -> None:
        slot = self.chosen_slot()
        self.confirm_button.setEnabled(slot is not None)
        self.summary.setText(self.tr("{format_when} with {doctor_name}").format(format_when=format_when(slot, self.tz), doctor_name=self.doctor_name) if slot
                             else self.tr("Choose a time to continue."))

    # --- confirm -----------------------------------------------------------------------------

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(True)

    def _load_family(self) -> None:
        from medlink.services import families

        db, actor = self.ctx.db, self.ctx.actor
        if actor is None or not actor.is_patient:
            return
        run_task(lambda: families.my_family(db, actor=actor), on_result=self._family_loaded,
                 on_error=lambda _e: None, context=self)

    def _family_loaded(self, members: list) -> None:  # list[families.FamilyMember]
        actor = self.ctx.actor
        if not members or actor is None:
            return
        self.for_whom.clear()
        self.for_whom.addItem(self.tr("Me (%s)") % actor.display_name, actor.patient_id)
        for member in members:
            self.for_whom.addItem(f"{member.full_name} ({RELATIONSHIP_LABELS.get(member.relationship, member.relationship)})", member.patient_id)
        self.for_label.setVisible(True)
        self.for_whom.setVisible(True)
        self._set_tab_slot(self._tab_slot)

    def booking_patient_id(self) -> int | None:
        actor = self.ctx.actor
        chosen = self.for_whom.currentData() if self.for_whom.count() else None
        return int(chosen) if chosen is not None else (actor.patient_id if actor else None)

    def confirm(self) -> None:
        slot = self.chosen_slot()
        if slot is None:
            return
        actor = self.ctx.actor
        assert actor is not None and actor.patient_id is not None
        db = self.ctx.db
        self.confirm_button.setEnabled(False)
        self.reason_error.setVisible(False)
        if self.appointment is not None:
            appointment_id = self.appointment.id
            run_task(lambda: appointments.reschedule_appointment(db, actor=actor, appointment_id=appointment_id,
                                                                 new_starts_at=slot),
                     on_result=self._done, on_error=self._confirm_failed, context=self)
            return
        mode = AppointmentMode.ONLINE if self.online.isChecked() else AppointmentMode.IN_PERSON
        reason = self.reason.toPlainText()
        patient_id, doctor_id = self.booking_patient_id(), self.doctor_id
        assert patient_id is not None
        run_task(lambda: appointments.book_appointment(db, actor=actor, patient_id=patient_id, doctor_id=doctor_id,
                                                       starts_at=slot, mode=mode, reason=reason),
                 on_result=self._done, on_error=self._confirm_failed, context=self)

    def _confirm_failed(self, exc: BaseException) -> None:
        self._update_confirm()
        if isinstance(exc, SlotTaken):
            self.show_message(SLOT_TAKEN_MESSAGE)
            self.load_slots(after_taken=True)
            return
        if isinstance(exc, ValidationError):
            if exc.field == "reason":
                self.reason_error.setText(exc.message)
                self.reason_error.setVisible(True)
                return
            self.show_message(exc.message)
            if exc.field == "starts_at":
                self.load_slots()
            return
        self._failed(exc)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, MedLinkError):
            self.show_message(exc.message)
        else:
            show_error(self, exc)

    def _done(self, view: AppointmentView) -> None:
        self.result_view = view
        moved = self.appointment is not None
        self.done_title.setText(self.tr("Appointment moved") if moved else self.tr("Appointment booked"))
        where = (self.tr("Online video consultation — the link will appear under My appointments.")
                 if view.is_online and not view.meet_link
                 else self.tr("Online video consultation — join at {meet_link}").format(meet_link=view.meet_link) if view.is_online
                 else self.tr("In person at the clinic. Please arrive 10 minutes early."))
        self.done_text.setText(self.tr("<p style='font-size:13pt'><b>{escape}</b> ({escape2})</p><p style='font-size:13pt'>{format_when}</p><p>{escape3}</p>").format(escape=html.escape(view.doctor_name), escape2=html.escape(speciality_label(view.speciality)), format_when=format_when(view.starts_at, self.tz), escape3=html.escape(where)))
        self.pages.setCurrentIndex(1)
        self.done_button.setFocus()
        self.booked.emit(view)
