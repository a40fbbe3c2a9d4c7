"""The doctor's day: today's list, upcoming and past appointments, a week grid,
and the selected appointment's details with every action on it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    QUrl,
)
from PySide6.QtGui import QBrush, QColor, QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from medlink.formatting import format_clock, format_date
from medlink.vocabulary import AppointmentStatus
from medlink.errors import MedLinkError, ValidationError
from medlink.scheduling import WorkingRange
from medlink.services import appointments, billing, doctors, meetings
from medlink.services.actor import Actor
from medlink.services.appointments import AppointmentView
from medlink.services.doctors import DoctorProfile
from medlink.ui import operations, widgets
from medlink.ui.context import AppContext
from medlink.ui.operations import appointments as appointment_ops
from medlink.ui.doctor.common import (
    MODE_LABELS,
    STATUS_COLOURS,
    ReasonDialog,
    muted,
    status_label,
)
from medlink.ui.errors import show_error
from medlink.ui.table import Column, RowsModel, make_table
from medlink.ui.tasks import run_task
from medlink.ui.widgets import LaterSteps, empty_state, format_when, heading, reserve_message_space


@dataclass(frozen=True)
class _Loaded:
    today: list[AppointmentView]
    upcoming: list[AppointmentView]
    past: list[AppointmentView]
    waiting_for_link: int


def appointment_columns(tz: tzinfo, *, with_day: bool) -> list[Column[AppointmentView]]:
    return [
        Column(QCoreApplication.translate("DoctorAppointmentsPage", "When") if with_day else QCoreApplication.translate("DoctorAppointmentsPage", "Time"), lambda a: format_when(a.starts_at, tz, with_day=with_day)),
        Column(QCoreApplication.translate("DoctorAppointmentsPage", "Patient"), lambda a: a.patient_name),
        Column(QCoreApplication.translate("DoctorAppointmentsPage", "Mode"), lambda a: MODE_LABELS.get(a.mode, a.mode) + (" · no link yet" if a.is_online and not a.meet_link
                                                                      and a.is_active else "")),
        Column(QCoreApplication.translate("DoctorAppointmentsPage", "Reason"), lambda a: a.reason or "—"),
        Column(QCoreApplication.translate("DoctorAppointmentsPage", "Status"), lambda a: status_label(a.status), colour=lambda a: STATUS_COLOURS.get(a.status)),
    ]


class WeekModel(QAbstractTableModel):
    """Days as columns, time slots as rows; a cell shows the appointment starting in it."""

    def __init__(self, tz: tzinfo) -> None:
        super().__init__()
        self.tz = tz
        self.days: list[date] = []
        self.times: list[time] = []
        self.cells: dict[tuple[int, int], AppointmentView] = {}
        self.working: set[tuple[int, int]] = set()
        self.leave: set[date] = set()
        self.today: date | None = None

    def set_week(self, first_day: date, items: list[AppointmentView], profile: DoctorProfile | None,
                 today: date) -> None:
        self.beginResetModel()
        self.today = today
        self.days = [first_day + timedelta(days=i) for i in range(7)]
        slot = profile.slot_minutes if profile else 15
        ranges: tuple[WorkingRange, ...] = profile.availability if profile else ()
        self.leave = set(profile.leave_days) if profile else set()
        starts = [r.start for r in ranges] + [a.starts_at.astimezone(self.tz).time() for a in items]
        ends = [r.end for r in ranges] + [a.ends_at.astimezone(self.tz).time() for a in items]
        first = min(starts, default=time(9, 0))
        last = max(ends, default=time(18, 0))
        minutes = (first.hour * 60 + first.minute) // slot * slot
        end_minutes = last.hour * 60 + last.minute if last != time(0, 0) else 24 * 60
        self.times = []
        while minutes < end_minutes and minutes < 24 * 60:
            self.times.append(time(minutes // 60, minutes % 60))
            minutes += slot
        self.cells = {}
        for a in items:
            local = a.starts_at.astimezone(self.tz)
            column = (local.date() - first_day).days
            offset = local.hour * 60 + local.minute - (self.times[0].hour * 60 + self.times[0].minute)
            row = offset // slot
            if 0 <= column < 7 and 0 <= row < len(self.times):
                if (row, column) not in self.cells or self.cells[(row, column)].status == "cancelled":
                    self.cells[(row, column)] = a
        self.working = set()
        for column, day in enumerate(self.days):
            if day in self.leave:
                continue
            for row, t in enumerate(self.times):
                if any(r.weekday == day.weekday() and r.start <= t < r.end for r in ranges):
                    self.working.add((row, column))
        self.endResetModel()

    def appointment_at(self, index: QModelIndex) -> AppointmentView | None:
        return self.cells.get((index.row(), index.column())) if index.isValid() else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.times)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.days)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        key = (index.row(), index.column())
        appt = self.cells.get(key)
        if role == Qt.ItemDataRole.DisplayRole and appt is not None:
            mode = self.tr(" · online") if appt.is_online else ""
            return f"{appt.patient_name}{mode}"
        if role == Qt.ItemDataRole.ToolTipRole and appt is not None:
            return (f"{appt.patient_name}\n{format_when(appt.starts_at, self.tz)}\n"
                    f"{MODE_LABELS.get(appt.mode, appt.mode)} · {status_label(appt.status)}\n{appt.reason or ''}")
        if role == Qt.ItemDataRole.BackgroundRole:
            if appt is not None:
                return QBrush(QColor({"completed": "#DCFCE7", "no_show": "#FEF3C7", "cancelled": "#F3F4F6",
                                      "checked_in": "#CCFBF1"}.get(appt.status, "#DBEAFE")))
            if key in self.working:
                return QBrush(QColor("#FFFFFF"))
            return QBrush(QColor("#EEF2F6"))
        if role == Qt.ItemDataRole.ForegroundRole and appt is not None:
            return QBrush(QColor(STATUS_COLOURS.get(appt.status, "#1F2933")))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            if role == Qt.ItemDataRole.FontRole and orientation == Qt.Orientation.Horizontal and self.days \
                    and self.days[section] == self.today:
                from PySide6.QtGui import QFont

                font = QFont()
                font.setBold(True)
                return font
            return None
        if orientation == Qt.Orientation.Horizontal:
            day = self.days[section]
            suffix = self.tr(" · off") if day in self.leave else ""
            return f"{format_date(day, 'EEE d')}{suffix}"  # "Mon 30" / "सोम 30"
        return format_clock(self.times[section])


class AppointmentDetails(QFrame):
    """The selected appointment: what it is, the Meet link, notes and the actions."""

    def __init__(self, page: AppointmentsPage) -> None:
        super().__init__()
        self.page = page
        self.setProperty("role", "card")
        self.setMinimumWidth(360)
        self.setMaximumWidth(440)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(18, 16, 18, 16)
        self.stack = QStackedWidget()
        outer.addWidget(self.stack)
        self.empty = empty_state(self.tr("Select an appointment to see its details, write notes, a prescription or a bill."))
        self.stack.addWidget(self.empty)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.title = heading("", 2)
        self.title.setObjectName("detailPatient")
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.when = muted()
        self.when.setObjectName("detailWhen")
        layout.addWidget(self.when)
        self.status = QLabel()
        self.status.setObjectName("detailStatus")
        layout.addWidget(self.status)
        self.reason = QLabel()
        self.reason.setObjectName("detailReason")
        self.reason.setWordWrap(True)
        layout.addWidget(self.reason)

        self.meet_box = QFrame()
        meet = QGridLayout(self.meet_box)
        meet.setContentsMargins(0, 4, 0, 4)
        self.meet_link = QLabel()
        self.meet_link.setObjectName("meetLink")
        self.meet_link.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.meet_link.setWordWrap(True)
        meet.addWidget(self.meet_link, 0, 0, 1, 3)
        self.join = QPushButton(self.tr("Join Meet"))
        self.join.setObjectName("joinMeet")
        self.join.setProperty("role", "primary")
        self.join.clicked.connect(self.join_meeting)
        self.copy = QPushButton(self.tr("Copy link"))
        self.copy.setObjectName("copyMeet")
        self.copy.clicked.connect(self.copy_link)
        meet.addWidget(self.join, 1, 0)
        meet.addWidget(self.copy, 1, 1)
        meet.setColumnStretch(2, 1)
        layout.addWidget(self.meet_box)

        layout.addWidget(QLabel(self.tr("Diagnosis")))
        self.diagnosis = QLineEdit()
        self.diagnosis.setObjectName("diagnosis")
        self.diagnosis.setPlaceholderText(self.tr("e.g. Acute viral fever"))
        layout.addWidget(self.diagnosis)
        layout.addWidget(QLabel(self.tr("Consultation notes")))
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(self.tr("Findings, vitals, what was discussed…"))
        self.notes.setMinimumHeight(90)
        layout.addWidget(self.notes, 1)
        self.notes_error = QLabel()
        self.notes_error.setProperty("role", "fieldError")
        reserve_message_space(self.notes_error)
        self.notes_error.setVisible(False)
        self.notes_error.setWordWrap(True)
        layout.addWidget(self.notes_error)
        self.save_notes = QPushButton(self.tr("Save &notes"))
        self.save_notes.setObjectName("saveNotes")
        self.save_notes.clicked.connect(page.save_notes)
        layout.addWidget(self.save_notes, 0, Qt.AlignmentFlag.AlignLeft)

        actions = QGridLayout()
        actions.setSpacing(8)
        self.complete = QPushButton(self.tr("&Mark completed"))
        self.complete.setObjectName("markCompleted")
        self.complete.setProperty("role", "primary")
        self.complete.clicked.connect(page.mark_completed)
        self.no_show = QPushButton(self.tr("No-show"))
        self.no_show.setObjectName("markNoShow")
        self.no_show.clicked.connect(page.mark_no_show)
        self.prescribe = QPushButton(self.tr("&Prescription…"))
        self.prescribe.setObjectName("writePrescription")
        self.prescribe.clicked.connect(page.write_prescription)
        self.bill = QPushButton(self.tr("Bill / receipt…"))
        self.bill.setObjectName("openBill")
        self.bill.clicked.connect(page.open_bill)
        self.chart = QPushButton(self.tr("Patient chart"))
        self.chart.setObjectName("openChart")
        self.chart.clicked.connect(page.open_chart)
        self.cancel = QPushButton(self.tr("Cancel…"))
        self.cancel.setObjectName("cancelAppointment")
        self.cancel.setProperty("role", "danger")
        self.cancel.clicked.connect(page.cancel_selected)
        actions.addWidget(self.complete, 0, 0)
        actions.addWidget(self.no_show, 0, 1)
        actions.addWidget(self.prescribe, 1, 0)
        actions.addWidget(self.bill, 1, 1)
        actions.addWidget(self.chart, 2, 0)
        actions.addWidget(self.cancel, 2, 1)
        layout.addLayout(actions)
        self.stack.addWidget(body)
        self.current: AppointmentView | None = None
        self.show_appointment(None)

    def show_appointment(self, appt: AppointmentView | None) -> None:
        # The list reloads itself when anything changes (a kiosk check-in, say): notes the doctor
        # is typing are kept unless another appointment is shown.
        typed = self.diagnosis.isModified() or self.notes.document().isModified()
        keep_edits = appt is not None and self.current is not None and appt.id == self.current.id \
            and (appt.version == self.current.version or typed)
        self.current = appt
        self.notes_error.setVisible(False)
        if appt is None:
            self.stack.setCurrentWidget(self.empty)
            return
        tz = self.page.tz
        self.stack.setCurrentIndex(1)
        self.title.setText(appt.patient_name)
        phone = f" · {appt.patient_phone}" if appt.patient_phone else ""
        self.when.setText(f"{format_when(appt.starts_at, tz)} – {format_when(appt.ends_at, tz, with_day=False)}"
                          f" · {MODE_LABELS.get(appt.mode, appt.mode)}{phone}")
        colour = STATUS_COLOURS.get(appt.status, "#1F2933")
        status = status_label(appt.status)
        if appt.status == "cancelled" and appt.cancel_reason:
            status += f" — {appt.cancel_reason}"
        self.status.setText(self.tr("<span style='color:{colour}; font-weight:600'>● {status}</span>").format(colour=colour, status=status))
        self.reason.setText(self.tr("<b>Reason:</b> {reason}").format(reason=appt.reason) if appt.reason else self.tr("<i>No reason given.</i>"))
        self.meet_box.setVisible(appt.is_online)
        if appt.is_online:
            if appt.meet_link:
                self.meet_link.setText(appt.meet_link)
            else:
                self.meet_link.setText(self.tr("No Meet link yet — add one on the Meeting links page; the patient is "
                                       "e-mailed as soon as it is assigned."))
            self.join.setEnabled(bool(appt.meet_link) and appt.is_active)
            self.copy.setEnabled(bool(appt.meet_link))
        if not keep_edits:
            self.diagnosis.setText(appt.diagnosis or "")
            self.notes.setPlainText(appt.consultation_notes or "")
            self.diagnosis.setModified(False)
            self.notes.document().setModified(False)
        writable = appt.status not in ("cancelled", "no_show")
        self.diagnosis.setEnabled(writable)
        self.notes.setEnabled(writable)
        self.save_notes.setEnabled(writable)
        begun = appt.starts_at <= datetime.now(appt.starts_at.tzinfo)
        self.complete.setEnabled(appt.is_active and begun)
        self.no_show.setEnabled(appt.is_active and begun)
        waiting = "" if begun else self.tr("Available once the appointment has begun.")
        self.complete.setToolTip(waiting)
        self.no_show.setToolTip(waiting)
        self.cancel.setEnabled(appt.is_active)
        self.prescribe.setEnabled(writable)
        self.bill.setEnabled(appt.status == AppointmentStatus.COMPLETED.value)
        self.bill.setToolTip("" if appt.status == "completed" else self.tr("Mark the appointment completed to bill it."))

    def join_meeting(self) -> None:
        if self.current and self.current.meet_link:
            QDesktopServices.openUrl(QUrl(self.current.meet_link))

    def copy_link(self) -> None:
        if self.current and self.current.meet_link:
            QGuiApplication.clipboard().setText(self.current.meet_link)
            self.copy.setText(self.tr("Copied ✓"))
            from PySide6.QtCore import QTimer

            QTimer.singleShot(1500, self.copy, lambda: self.copy.setText(self.tr("Copy link")))


class AppointmentsPage(QWidget):
    def __init__(self, ctx: AppContext, actor: Actor, tz: tzinfo) -> None:
        super().__init__()
        self.ctx, self.actor, self.tz = ctx, actor, tz
        self.current_id: int | None = None
        self.reason_dialog: ReasonDialog | None = None
        self.prescription_dialog: QWidget | None = None
        self.bill_dialog: QWidget | None = None
        self.loaded: _Loaded | None = None
        self.profile: DoctorProfile | None = None
        self.week_start = self.today() - timedelta(days=self.today().weekday())
        self._lists = operations.Latest()  # a slow old load never overwrites a newer one
        self._weeks = operations.Latest()
        # Bookings, check-ins and cancellations here or at the front desk; a Meet link added.
        operations.watch(self, {"appointment", "doctor"}, self.refresh)

        root = QHBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        root.addWidget(splitter)

        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 8, 0)
        top = QHBoxLayout()
        self.title = heading(self.tr("Appointments"))
        top.addWidget(self.title)
        top.addStretch(1)
        self.date_label = QLabel()
        self.date_label.setProperty("role", "muted")
        top.addWidget(self.date_label)
        refresh = QPushButton(self.tr("Refresh"))
        refresh.setObjectName("refreshAppointments")
        refresh.setShortcut("F5")
        refresh.clicked.connect(self.refresh)
        top.addWidget(refresh)
        column.addLayout(top)

        self.link_banner = QFrame()
        banner = QHBoxLayout(self.link_banner)
        banner.setContentsMargins(0, 0, 0, 0)
        self.link_banner_text = QLabel()
        self.link_banner_text.setObjectName("waitingForLink")
        self.link_banner_text.setProperty("role", "banner")
        self.link_banner_text.setWordWrap(True)
        banner.addWidget(self.link_banner_text, 1)
        add_link = QPushButton(self.tr("Add a Meet link"))
        add_link.clicked.connect(lambda: self._show_page("links"))
        banner.addWidget(add_link)
        self.link_banner.setVisible(False)
        column.addWidget(self.link_banner)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("appointmentTabs")
        self.today_model: RowsModel[AppointmentView] = RowsModel(appointment_columns(tz, with_day=False))
        self.upcoming_model: RowsModel[AppointmentView] = RowsModel(appointment_columns(tz, with_day=True))
        self.past_model: RowsModel[AppointmentView] = RowsModel(appointment_columns(tz, with_day=True))
        self.today_view = self._list_tab(self.today_model, "todayTable",
                                         self.tr("No appointments today. Patients book your free slots from the kiosk, "
                                         "at home or through the front desk."), self.tr("Today"))
        # The tabs not shown at sign-in get their contents one per turn of the event loop after the
        # page shows (this page is built while the doctor signs in), or at once when one is needed.
        self.week_model = WeekModel(self.tz)
        self.week_label = heading("", 2)
        hosts = [QWidget() for _ in range(3)]
        for host, label in zip(hosts, (self.tr("Upcoming"), self.tr("Past"), self.tr("Week")), strict=True):
            QVBoxLayout(host).setContentsMargins(0, 0, 0, 0)
            self.tabs.addTab(host, label)
        self.upcoming_view: QTableView | None = None
        self.past_view: QTableView | None = None
        self._later = LaterSteps(self)
        self._later.add(lambda: self._fill_upcoming(hosts[0]), lambda: self._fill_past(hosts[1]),
                        lambda: self._fill_host(hosts[2], self._week_tab()))
        self.tabs.currentChanged.connect(lambda _index: self._ensure_tabs())
        column.addWidget(self.tabs, 1)
        splitter.addWidget(left)

        self.details = AppointmentDetails(self)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

    # --- layout helpers ----------------------------------------------------------------------
    def _ensure_tabs(self) -> None:
        """Every tab has its contents (before one is shown or its table is used)."""
        self._later.finish()

    @staticmethod
    def _fill_host(host: QWidget, content: QWidget) -> None:
        layout = host.layout()
        assert layout is not None
        layout.addWidget(content)

    def _fill_upcoming(self, host: QWidget) -> None:
        holder, self.upcoming_view = self._list_view(self.upcoming_model, "upcomingTable",
                                                     self.tr("Nothing booked in the next 60 days yet."))
        self._fill_host(host, holder)

    def _fill_past(self, host: QWidget) -> None:
        holder, self.past_view = self._list_view(self.past_model, "pastTable",
                                                 self.tr("No past appointments in the last 90 days."))
        self._fill_host(host, holder)

    def _list_view(self, model: RowsModel[AppointmentView], name: str, empty_text: str) -> tuple[QWidget, QTableView]:
        holder = QStackedWidget()
        view = make_table(model, stretch_column=3, name=name)
        view.selectionModel().selectionChanged.connect(lambda *_: self._selected_in(view))
        view.doubleClicked.connect(lambda *_: self.details.notes.setFocus())
        holder.addWidget(view)
        holder.addWidget(empty_state(empty_text))
        model.modelReset.connect(lambda: holder.setCurrentIndex(0 if model.rowCount() else 1))
        holder.setCurrentIndex(0 if model.rowCount() else 1)
        return holder, view

    def _list_tab(self, model: RowsModel[AppointmentView], name: str, empty_text: str, label: str) -> QTableView:
        holder = QStackedWidget()
        view = make_table(model, stretch_column=3, name=name)
        view.selectionModel().selectionChanged.connect(lambda *_: self._selected_in(view))
        view.doubleClicked.connect(lambda *_: self.details.notes.setFocus())
        empty = empty_state(empty_text)
        holder.addWidget(view)
        holder.addWidget(empty)
        model.modelReset.connect(lambda: holder.setCurrentIndex(0 if model.rowCount() else 1))
        holder.setCurrentIndex(1)
        self.tabs.addTab(holder, label)
        return view

    def _week_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(8, 8, 8, 8)
        bar = QHBoxLayout()
        previous = QPushButton(self.tr("◀  Previous"))
        previous.setObjectName("previousWeek")
        previous.clicked.connect(lambda: self.show_week(self.week_start - timedelta(days=7)))
        this_week = QPushButton(self.tr("This week"))
        this_week.clicked.connect(lambda: self.show_week(self.today() - timedelta(days=self.today().weekday())))
        following = QPushButton(self.tr("Next  ▶"))
        following.setObjectName("nextWeek")
        following.clicked.connect(lambda: self.show_week(self.week_start + timedelta(days=7)))
        bar.addWidget(previous)
        bar.addWidget(this_week)
        bar.addWidget(following)
        bar.addSpacing(12)
        bar.addWidget(self.week_label)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.week_view = QTableView()
        self.week_view.setObjectName("weekGrid")
        self.week_view.setModel(self.week_model)
        self.week_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.week_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.week_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.week_view.verticalHeader().setDefaultSectionSize(26)
        self.week_view.setWordWrap(False)
        self.week_view.clicked.connect(self._week_clicked)
        layout.addWidget(self.week_view, 1)
        layout.addWidget(muted(self.tr("Blue: booked · green: completed · amber: no-show · grey: outside your hours. "
                               "Click an appointment to open it.")))
        return tab

    def _show_page(self, key: str) -> None:
        window = self.window()
        if hasattr(window, "show_page"):
            window.show_page(key)

    def today(self) -> date:
        return datetime.now(self.tz).date()

    # --- loading -----------------------------------------------------------------------------
    def refresh(self) -> None:
        db, actor, today, doctor_id = self.ctx.db, self.actor, self.today(), self.actor.doctor_id
        assert doctor_id is not None  # the page exists only for a doctor
        self.date_label.setText(format_date(today, "EEEE d MMMM y"))

        def load() -> tuple[_Loaded, DoctorProfile]:
            loaded = _Loaded(
                today=appointments.doctor_schedule(db, actor=actor, first_day=today, days=1, include_cancelled=True),
                upcoming=appointments.doctor_schedule(db, actor=actor, first_day=today + timedelta(days=1), days=60),
                past=list(reversed(appointments.doctor_schedule(db, actor=actor, first_day=today - timedelta(days=90),
                                                                days=90, include_cancelled=True))),
                waiting_for_link=meetings.appointments_waiting_for_link(db, actor=actor),
            )
            return loaded, doctors.doctor_profile(db, doctor_id=doctor_id, actor=actor)

        operations.query(self, load, self._loaded, latest=self._lists)

    def _loaded(self, result: tuple[_Loaded, DoctorProfile]) -> None:
        loaded, self.profile = result
        self.loaded = loaded
        self.today_model.set_rows(loaded.today)
        self.upcoming_model.set_rows(loaded.upcoming)
        self.past_model.set_rows(loaded.past)
        active_today = sum(1 for a in loaded.today if a.is_active)
        self.tabs.setTabText(0, self.tr("Today ({active_today})").format(active_today=active_today) if active_today else self.tr("Today"))
        self.tabs.setTabText(1, self.tr("Upcoming ({len})").format(len=len(loaded.upcoming)) if loaded.upcoming else self.tr("Upcoming"))
        if loaded.waiting_for_link:
            n = loaded.waiting_for_link
            self.link_banner_text.setText(
                f"{n} online appointment{'s are' if n != 1 else ' is'} waiting for a Google Meet link. "
                "Add a link and the patient{} will be e-mailed automatically.".format("s" if n != 1 else ""))
        self.link_banner.setVisible(bool(loaded.waiting_for_link))
        self._reselect()
        self.show_week(self.week_start)

    def all_loaded(self) -> list[AppointmentView]:
        if self.loaded is None:
            return []
        return self.loaded.today + self.loaded.upcoming + self.loaded.past

    def _reselect(self) -> None:
        if self.current_id is None:
            self.details.show_appointment(None)
            return
        for model in (self.today_model, self.upcoming_model, self.past_model):
            for appt in model.rows:
                if appt.id == self.current_id:
                    self.details.show_appointment(appt)
                    return
        # not in the lists (e.g. older than 90 days): fetch it
        db, actor, appointment_id = self.ctx.db, self.actor, self.current_id
        run_task(lambda: appointments.get_appointment(db, actor=actor, appointment_id=appointment_id),
                 on_result=self.details.show_appointment, on_error=lambda e: self.details.show_appointment(None),
                 context=self)

    def show_week(self, first_day: date) -> None:
        self.week_start = first_day
        last = first_day + timedelta(days=6)
        self.week_label.setText(f"{format_date(first_day, 'd MMM')} – {format_date(last, 'd MMM y')}")
        db, actor, profile = self.ctx.db, self.actor, self.profile
        operations.query(self, lambda: appointments.doctor_schedule(db, actor=actor, first_day=first_day, days=7),
                         lambda items: self.week_model.set_week(first_day, items, profile, self.today()),
                         latest=self._weeks)

    # --- selection ---------------------------------------------------------------------------
    def _selected_in(self, view: QTableView) -> None:
        indexes = view.selectionModel().selectedRows()
        model = view.model()
        if not indexes or not isinstance(model, RowsModel):
            return
        appt = model.row_at(indexes[0])
        if appt is not None:
            self.select(appt)

    def select(self, appt: AppointmentView) -> None:
        self.current_id = appt.id
        self.details.show_appointment(appt)

    def select_id(self, appointment_id: int) -> bool:
        """Select an appointment in the lists (switching to its tab)."""
        self._ensure_tabs()
        for tab, view in enumerate((self.today_view, self.upcoming_view, self.past_view)):
            if view is None:  # pragma: no cover - built by _ensure_tabs
                continue
            model = view.model()
            assert isinstance(model, RowsModel)
            for row, appt in enumerate(model.rows):
                if appt.id == appointment_id:
                    self.tabs.setCurrentIndex(tab)
                    view.selectRow(row)
                    self.select(appt)
                    return True
        return False

    def _week_clicked(self, index: QModelIndex) -> None:
        appt = self.week_model.appointment_at(index)
        if appt is not None:
            self.select(appt)

    # --- actions -----------------------------------------------------------------------------
    def _current(self) -> AppointmentView | None:
        return self.details.current

    def _after_change(self, appt: AppointmentView) -> None:
        self.current_id = appt.id
        self.details.diagnosis.setModified(False)
        self.details.notes.document().setModified(False)
        self.details.show_appointment(appt)
        self.refresh()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError) and exc.field in ("diagnosis", "notes"):
            self.details.notes_error.setText(exc.message)
            self.details.notes_error.setVisible(True)
            return
        show_error(self, exc)

    def save_notes(self) -> None:
        appt = self._current()
        if appt is None:
            return
        db, actor = self.ctx.db, self.actor
        diagnosis, notes = self.details.diagnosis.text(), self.details.notes.toPlainText()
        self.details.notes_error.setVisible(False)
        self.details.save_notes.setText(self.tr("Save notes"))  # never "Saved ✓" beside the next outcome

        def saved(view: AppointmentView) -> None:
            self.details.diagnosis.setModified(False)
            self.details.notes.document().setModified(False)
            self.details.show_appointment(view)
            self.details.save_notes.setText(self.tr("Saved ✓"))

            QTimer.singleShot(1500, self.details.save_notes, lambda: self.details.save_notes.setText(self.tr("Save notes")))
            self.refresh()

        run_task(lambda: appointments.save_consultation_notes(db, actor=actor, appointment_id=appt.id,
                                                              diagnosis=diagnosis, notes=notes),
                 on_result=saved, on_error=self._failed, context=self)

    def mark_completed(self) -> None:
        appt = self._current()
        if appt is None:
            return
        when = format_when(appt.starts_at, self.tz)
        if appt.starts_at > datetime.now(appt.starts_at.tzinfo):
            text = self.tr("{name}'s visit is at {when} and has not started yet. Mark it completed anyway? "
                           "It can then be billed and cannot be reopened.").format(name=appt.patient_name, when=when)
        else:
            text = self.tr("Mark {name}'s visit of {when} completed? It can then be billed and cannot be "
                           "reopened.").format(name=appt.patient_name, when=when)
        if not widgets.confirm(self, self.tr("Mark completed"), text, yes=self.tr("Mark completed"),
                               no=self.tr("Go back"), destructive=False):
            return
        db, actor = self.ctx.db, self.actor
        diagnosis, notes = self.details.diagnosis.text(), self.details.notes.toPlainText()
        run_task(lambda: appointments.set_outcome(db, actor=actor, appointment_id=appt.id,
                                                  status=AppointmentStatus.COMPLETED, diagnosis=diagnosis,
                                                  notes=notes),
                 on_result=self._after_change, on_error=self._failed, context=self)

    def mark_no_show(self) -> None:
        appt = self._current()
        if appt is None:
            return
        if not widgets.confirm(self, self.tr("Mark as no-show"), self.tr("Mark {patient_name}'s appointment as a no-show?").format(patient_name=appt.patient_name),
                               yes=self.tr("Mark no-show"), no=self.tr("Go back"), destructive=False):
            return
        db, actor = self.ctx.db, self.actor
        run_task(lambda: appointments.set_outcome(db, actor=actor, appointment_id=appt.id,
                                                  status=AppointmentStatus.NO_SHOW),
                 on_result=self._after_change, on_error=self._failed, context=self)

    def cancel_selected(self) -> None:
        appt = self._current()
        if appt is None:
            return
        dialog = ReasonDialog(self, title=self.tr("Cancel appointment"), action=self.tr("Cancel appointment"),
                              prompt=self.tr("Cancel {patient_name}'s appointment on {format_when}? The patient is e-mailed with your reason.").format(patient_name=appt.patient_name, format_when=format_when(appt.starts_at, self.tz)),
                              placeholder=self.tr("e.g. I am called away for an emergency surgery. Please book another slot."))
        dialog.accepted.connect(lambda: self._cancel(appt, dialog.text()))
        self.reason_dialog = dialog
        dialog.open()

    def _cancel(self, appt: AppointmentView, reason: str) -> None:
        appointment_ops.cancel_appointment(self, self.ctx, self.actor, appointment_id=appt.id, reason=reason,
                                           on_done=self._after_change, on_error=self._failed)

    def write_prescription(self) -> None:
        appt = self._current()
        if appt is None:
            return
        from medlink.ui.doctor.prescription_dialog import PrescriptionDialog

        dialog = PrescriptionDialog(self.ctx, self.actor, appt, self.tz, self)
        self.prescription_dialog = dialog
        dialog.open()

    def open_bill(self) -> None:
        appt = self._current()
        if appt is None:
            return
        from medlink.ui.doctor.bill_dialog import BillDialog

        db, actor = self.ctx.db, self.actor

        def show(bills: list[billing.BillView]) -> None:
            existing = next((b for b in bills if b.appointment_id == appt.id and b.status != "void"), None)
            dialog = BillDialog(self.ctx, self.actor, appt, self.tz, self, existing=existing)
            dialog.finished.connect(lambda *_: self.refresh())
            self.bill_dialog = dialog
            dialog.open()

        run_task(lambda: billing.list_bills(db, actor=actor, patient_id=appt.patient_id),
                 on_result=show, on_error=lambda e: show_error(self, e), context=self)

    def open_chart(self) -> None:
        appt = self._current()
        if appt is None:
            return
        window = self.window()
        if hasattr(window, "show_patient"):
            window.show_patient(appt.patient_id, appt.patient_name)


__all__ = ["AppointmentsPage", "WeekModel", "MedLinkError"]
