"""Kiosk: today's appointments with a big Check-in button, and a report upload for each."""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from medlink.services import appointments, kiosk, tokens
from medlink.services.appointments import AppointmentView
from medlink.ui import operations
from medlink.ui.context import AppContext
from medlink.ui.errors import show_error
from medlink.ui.operations import printing as printing_ops
from medlink.ui.patient.common import MODE_LABELS, STATUS_LABELS, set_scroll_widget
from medlink.ui.labels import speciality_label
from medlink.ui.patient.records_page import RecordUploadDialog
from medlink.ui.tasks import run_task
from medlink.ui.widgets import card, empty_state, format_when, heading, reserve_message_space


class CheckInPage(QWidget):
    find_doctor_requested = Signal()

    def __init__(self, ctx: AppContext, tz: tzinfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tz = tz
        self._latest = operations.Latest()
        operations.watch(self, {"appointment"}, self.refresh)  # reloads itself on changes, here or elsewhere
        self.items: list[AppointmentView] = []
        self.upload_dialog: RecordUploadDialog | None = None
        self.check_in_buttons: dict[int, QPushButton] = {}
        self.slip_buttons: dict[int, QPushButton] = {}
        self.last_token: int | None = None
        self.upload_buttons: dict[int, QPushButton] = {}
        layout = QVBoxLayout(self)
        layout.setSpacing(14)
        actor = ctx.actor
        layout.addWidget(heading(self.tr("Welcome, {value}").format(value=actor.display_name.split()[0] if actor else '')))
        sub = QLabel(self.tr("Check in for today's appointment so the doctor knows you are here. "
                     "You can also add a report or scan the doctor should see."))
        sub.setProperty("role", "muted")
        sub.setWordWrap(True)
        layout.addWidget(sub)
        self.status = QLabel()
        self.status.setObjectName("checkInStatus")
        self.status.setProperty("role", "success")
        reserve_message_space(self.status)
        self.status.setWordWrap(True)
        self.status.setVisible(False)
        layout.addWidget(self.status)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        layout.addWidget(self.scroll_area, 1)
        set_scroll_widget(self.scroll_area, empty_state(self.tr("Loading today's appointments…")))

    def refresh(self) -> None:
        actor, db = self.ctx.actor, self.ctx.db
        assert actor is not None
        run_task(lambda: kiosk.todays_appointments(db, actor=actor),
                 on_result=self._latest.wrap(lambda rows: self._loaded(rows)),
                 on_error=lambda exc: show_error(self, exc), context=self)

    def _loaded(self, rows: list[AppointmentView]) -> None:
        self.items = rows
        self.check_in_buttons.clear()
        self.slip_buttons.clear()
        self.upload_buttons.clear()
        if not rows:
            box = QWidget()
            inner = QVBoxLayout(box)
            inner.addStretch(1)
            inner.addWidget(empty_state(self.tr("You have no appointments today.\nYou can book one now.")))
            book = QPushButton(self.tr("Find a doctor"))
            book.setObjectName("kioskFindDoctor")
            book.setProperty("role", "primary")
            book.clicked.connect(self.find_doctor_requested)
            inner.addWidget(book, 0, Qt.AlignmentFlag.AlignHCenter)
            inner.addStretch(2)
            set_scroll_widget(self.scroll_area, box)
            return
        box = QWidget()
        inner = QVBoxLayout(box)
        inner.setSpacing(14)
        inner.setContentsMargins(0, 0, 12, 0)
        for item in rows:
            inner.addWidget(self._card(item))
        inner.addStretch(1)
        set_scroll_widget(self.scroll_area, box)

    def _card(self, a: AppointmentView) -> QFrame:
        frame = card()
        frame.setObjectName(f"checkInCard_{a.id}")
        row = QHBoxLayout(frame)
        row.setContentsMargins(24, 18, 24, 18)
        row.setSpacing(20)
        when = QLabel(format_when(a.starts_at, self.tz, with_day=False))
        when.setStyleSheet("font-size: 22pt; font-weight: 700; color: #0F766E;")
        when.setMinimumWidth(150)
        row.addWidget(when)
        text = QVBoxLayout()
        name = QLabel(a.doctor_name)
        name.setStyleSheet("font-weight: 600;")
        text.addWidget(name)
        info = QLabel(f"{speciality_label(a.speciality)} · {MODE_LABELS.get(a.mode, a.mode)} · {STATUS_LABELS.get(a.status, a.status)}")
        info.setProperty("role", "muted")
        text.addWidget(info)
        row.addLayout(text, 1)
        upload = QPushButton(self.tr("Add a report"))
        upload.setObjectName(f"kioskUpload_{a.id}")
        upload.clicked.connect(lambda _=False, item=a: self.upload_for(item))
        self.upload_buttons[a.id] = upload
        row.addWidget(upload)
        if kiosk.can_check_in(a):
            button = QPushButton(self.tr("&Check in"))
            button.setObjectName(f"checkIn_{a.id}")
            button.setProperty("role", "primary")
            button.setMinimumSize(200, 64)
            button.setStyleSheet("font-size: 16pt;")
            button.clicked.connect(lambda _=False, item=a: self.check_in(item))
            self.check_in_buttons[a.id] = button
            row.addWidget(button)
        else:
            done = QLabel(self.tr("✓ Checked in") if a.status == "checked_in" else STATUS_LABELS.get(a.status, a.status))
            done.setObjectName(f"checkedIn_{a.id}")
            done.setProperty("role", "success")
            column = QVBoxLayout()
            column.setSpacing(6)
            column.addWidget(done)
            if a.status == "checked_in":
                slip = QPushButton(self.tr("Print slip"))
                slip.setObjectName(f"printSlip_{a.id}")
                slip.clicked.connect(lambda _=False, item=a: self.print_slip(item))
                self.slip_buttons[a.id] = slip
                column.addWidget(slip)
            row.addLayout(column)
        return frame

    def check_in(self, a: AppointmentView) -> None:
        actor, db = self.ctx.actor, self.ctx.db
        assert actor is not None
        button = self.check_in_buttons.get(a.id)
        if button:
            button.setEnabled(False)

        def work() -> tuple[AppointmentView, int | None]:
            view = appointments.check_in(db, actor=actor, appointment_id=a.id)
            return view, tokens.token_for(db, appointment_id=a.id)

        run_task(work, on_result=lambda result: self._checked_in(*result), on_error=self._failed, context=self)

    def _checked_in(self, view: AppointmentView, token: int | None = None) -> None:
        when = format_when(view.starts_at, self.tz, with_day=False)
        if token is not None:
            text = self.tr("You are checked in for {when} with {doctor}. Your token is {token} — please take a seat "
                           "and watch the screen.").format(when=when, doctor=view.doctor_name, token=token)
        else:
            text = self.tr("You are checked in for {when} with {doctor}. Please take a seat — you will be "
                           "called.").format(when=when, doctor=view.doctor_name)
        self.last_token = token
        self.status.setText(text)
        self.status.setVisible(True)
        self.refresh()

    def print_slip(self, a: AppointmentView) -> None:
        actor = self.ctx.actor
        assert actor is not None
        printing_ops.print_slip(self, self.ctx, actor, appointment_id=a.id)

    def _failed(self, exc: BaseException) -> None:
        show_error(self, exc)
        self.refresh()

    def upload_for(self, a: AppointmentView) -> RecordUploadDialog:
        dialog = RecordUploadDialog(self.ctx, self.tz, self, appointment_id=a.id,
                                    context_text=f"For your appointment with {a.doctor_name} at "
                                                 f"{format_when(a.starts_at, self.tz, with_day=False)}. "
                                                 "PDF, JPEG or PNG; stored encrypted.")
        dialog.uploaded.connect(lambda view: (self.status.setText(self.tr("“{title}” was added for {doctor_name}.").format(title=view.title, doctor_name=a.doctor_name)),
                                              self.status.setVisible(True)))
        self.upload_dialog = dialog
        dialog.open()
        return dialog
