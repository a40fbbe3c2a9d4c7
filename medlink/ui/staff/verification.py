"""Administrator: verify doctors' registrations, and suspend a verified doctor."""

from __future__ import annotations

import functools

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from medlink.i18n import N_
from medlink.ui.labels import speciality_label
from medlink.ui.i18n import LabelTable
from medlink.vocabulary import VerificationStatus
from medlink.errors import ValidationError
from medlink.services import doctors
from medlink.services.doctors import AffectedAppointment, PendingDoctor
from medlink.ui import operations, widgets
from medlink.ui.context import AppContext
from medlink.ui.errors import show_error
from medlink.ui.staff.common import (
    DOCTOR_STATUS_LABELS,
    MODE_LABELS,
    button,
    muted,
    pretty_phone,
    row,
)
from medlink.ui.table import Column, RowsModel, make_table, selected_row
from medlink.ui.tasks import run_task
from medlink.ui.widgets import card, empty_state, format_when, heading, reserve_message_space

EMPTY_TEXT = LabelTable("VerificationPage", {
    "pending": N_("VerificationPage", "No registrations are waiting. New doctor sign-ups appear here for you to verify."),
    "verified": N_("VerificationPage", "No verified doctors yet."),
    "suspended": N_("VerificationPage", "No suspended doctors."),
    "rejected": N_("VerificationPage", "No rejected registrations."),
})


class VerificationPage(QWidget):
    def __init__(self, ctx: AppContext, open_doctor_day: Callable[[int, date], None] | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        operations.watch(self, {"doctor"}, self.refresh)  # a sign-up or another admin's decision
        self.tz = ctx.clinic_settings().tz
        self.open_doctor_day = open_doctor_day
        self.affected: list[AffectedAppointment] = []
        self._suspended_id: int | None = None
        self._hold_selection = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        self.status = QComboBox()
        self.status.setObjectName("doctorStatusFilter")
        for status in ("pending", "verified", "suspended", "rejected"):
            self.status.addItem(DOCTOR_STATUS_LABELS[status], status)
        layout.addLayout(row(heading(self.tr("Doctors")), None, QLabel(self.tr("Show")), self.status))
        layout.addWidget(muted(self.tr("Check each registration against the medical council's register before approving. "
                               "The doctor is e-mailed the decision.")))
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.model: RowsModel[PendingDoctor] = RowsModel([
            Column(self.tr("Doctor"), lambda d: d.profile.full_name),
            Column(self.tr("Speciality"), lambda d: speciality_label(d.profile.speciality)),
            Column(self.tr("Registered"), lambda d: format_when(d.submitted_at, self.tz)),
        ], self)
        self.table = make_table(self.model, "doctorTable", stretch_column=0)
        self.list_stack = QStackedWidget()
        self.list_empty = empty_state(EMPTY_TEXT["pending"])
        self.list_stack.addWidget(self.list_empty)
        self.list_stack.addWidget(self.table)
        splitter.addWidget(self.list_stack)
        self.detail_stack = QStackedWidget()
        self.detail_empty = empty_state(self.tr("Choose a doctor to see the details they submitted."))
        self.detail_stack.addWidget(self.detail_empty)
        self.detail = self._build_detail()
        self.detail_stack.addWidget(self.detail)
        splitter.addWidget(self.detail_stack)
        splitter.setSizes([420, 620])
        layout.addWidget(splitter, 1)
        self.status.currentIndexChanged.connect(lambda *_: self.refresh())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())

    def _build_detail(self) -> QWidget:
        box = QWidget()
        outer = QVBoxLayout(box)
        outer.setContentsMargins(8, 0, 0, 0)
        info = card()
        top = QHBoxLayout(info)
        top.setContentsMargins(18, 14, 18, 14)
        self.photo = QLabel()
        self.photo.setObjectName("doctorPhoto")
        self.photo.setFixedSize(120, 120)
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo.setStyleSheet("background: #F0F4F8; border-radius: 8px; color: #627D98;")
        top.addWidget(self.photo, 0, Qt.AlignmentFlag.AlignTop)
        form = QFormLayout()
        form.setHorizontalSpacing(14)
        self.values: dict[str, QLabel] = {}
        for key, caption in (("full_name", self.tr("Name")), ("status", self.tr("Status")), ("registration_number", self.tr("Registration no.")),
                             ("qualifications", self.tr("Qualifications")), ("speciality", self.tr("Speciality")),
                             ("years_experience", self.tr("Experience")), ("hospital", self.tr("Hospital / clinic")),
                             ("contact", self.tr("Contact")), ("note", self.tr("Note"))):
            value = QLabel("—")
            value.setObjectName(f"doctor_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(muted(caption), value)
            self.values[key] = value
        top.addLayout(form, 1)
        outer.addWidget(info)

        self.reason = QPlainTextEdit()
        self.reason.setObjectName("decisionReason")
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(70)
        self.reason_caption = QLabel(self.tr("Reason (required to reject or suspend; the doctor will read it)"))
        self.reason_error = QLabel()
        self.reason_error.setObjectName("error_reason")
        self.reason_error.setProperty("role", "fieldError")
        reserve_message_space(self.reason_error)
        self.reason_error.setVisible(False)
        outer.addWidget(self.reason_caption)
        outer.addWidget(self.reason)
        outer.addWidget(self.reason_error)
        self.approve_button = button(self.tr("&Approve"), "primary", "approveDoctor")
        self.reject_button = button(self.tr("&Reject…"), "danger", "rejectDoctor")
        self.suspend_button = button(self.tr("&Suspend…"), "danger", "suspendDoctor")
        self.approve_button.clicked.connect(self.approve)
        self.reject_button.clicked.connect(self.reject)
        self.suspend_button.clicked.connect(self.suspend)
        outer.addLayout(row(None, self.reject_button, self.suspend_button, self.approve_button))

        self.affected_title = heading("", 2)
        self.affected_title.setObjectName("affectedTitle")
        self.affected_model: RowsModel[AffectedAppointment] = RowsModel([
            Column(self.tr("When"), lambda a: format_when(a.starts_at, self.tz)),
            Column(self.tr("Patient"), lambda a: a.patient_name),
            Column(self.tr("Mode"), lambda a: MODE_LABELS.get(a.mode, a.mode)),
        ], self)
        self.affected_table = make_table(self.affected_model, "affectedAppointments", stretch_column=1)
        self.rebook_button = button(self.tr("Open in Doctor's day to move them"), "link", "rebookButton")
        self.rebook_button.clicked.connect(self._rebook)
        for w in (self.affected_title, self.affected_table, self.rebook_button):
            w.setVisible(False)
        outer.addWidget(self.affected_title)
        outer.addWidget(self.affected_table, 1)
        outer.addWidget(self.rebook_button, 0, Qt.AlignmentFlag.AlignLeft)
        outer.addStretch(0)
        return box

    def refresh(self) -> None:
        status = VerificationStatus(self.status.currentData())
        db, actor = self.ctx.db, self.ctx.actor
        assert actor is not None
        run_task(lambda: doctors.list_doctors_by_status(db, actor=actor, status=status),
                 on_result=functools.partial(self._loaded, status.value),
                 on_error=lambda e: show_error(self, e), context=self)

    def _loaded(self, status: str, rows: list[PendingDoctor]) -> None:
        if status != self.status.currentData():
            return
        self.model.set_rows(rows)
        self.list_empty.setText(EMPTY_TEXT[status])
        self.list_stack.setCurrentWidget(self.table if rows else self.list_empty)
        if self._suspended_id is not None:
            return  # keep the suspended doctor's appointments on screen until another doctor is chosen
        if rows and not self._hold_selection:
            self.table.selectRow(0)
        else:
            self.table.clearSelection()
            self.detail_stack.setCurrentWidget(self.detail_empty)
        self._hold_selection = False

    def selected(self) -> PendingDoctor | None:
        return self.model.row_at(selected_row(self.table))

    def _show_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        p = chosen.profile
        self.values["full_name"].setText(p.full_name)
        self.values["status"].setText(DOCTOR_STATUS_LABELS.get(p.verification_status, p.verification_status))
        self.values["registration_number"].setText(p.registration_number)
        self.values["qualifications"].setText(p.qualifications)
        self.values["speciality"].setText(speciality_label(p.speciality))
        self.values["years_experience"].setText(self.tr("{years_experience} years").format(years_experience=p.years_experience))
        self.values["hospital"].setText(", ".join(x for x in (p.hospital_name, p.hospital_address) if x) or "—")
        self.values["contact"].setText(f"{p.email} · {pretty_phone(p.phone)}")
        self.values["note"].setText(p.verification_note or "—")
        if p.photo_png:
            pixmap = QPixmap()
            pixmap.loadFromData(p.photo_png)
            self.photo.setPixmap(pixmap.scaled(120, 120, Qt.AspectRatioMode.KeepAspectRatio,
                                               Qt.TransformationMode.SmoothTransformation))
        else:
            self.photo.clear()
            self.photo.setText(self.tr("No photo"))
        status = p.verification_status
        self.approve_button.setVisible(status in ("pending", "rejected", "suspended"))
        self.approve_button.setText(self.tr("Approve") if status == "pending" else self.tr("Reinstate"))
        self.reject_button.setVisible(status == "pending")
        self.suspend_button.setVisible(status == "verified")
        needs_reason = status in ("pending", "verified")
        self.reason.setVisible(needs_reason)
        self.reason_caption.setVisible(needs_reason)
        self.reason.clear()
        self.reason_error.setVisible(False)
        if self._suspended_id != p.id:
            self._suspended_id = None
            self.affected = []
            for w in (self.affected_title, self.affected_table, self.rebook_button):
                w.setVisible(False)
        self.detail_stack.setCurrentWidget(self.detail)

    # --- decisions -----------------------------------------------------------------------------

    def approve(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        p = chosen.profile
        verb = self.tr("Approve") if p.verification_status == "pending" else self.tr("Reinstate")
        if not widgets.confirm(self, self.tr("Approve doctor") if p.verification_status == "pending" else self.tr("Reinstate doctor"),
                               self.tr("{verb} {name} (registration {number})? They can then practise in MedLink "
                                       "and patients can book them.").format(verb=verb, name=p.full_name,
                                                                            number=p.registration_number),
                               yes=verb, no=self.tr("Back"), destructive=False):
            return
        self._decide(p.id, True, None)

    def reject(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        reason = self.reason.toPlainText()
        if not reason.strip():
            self._show_reason_error(self.tr("Please give the reason for rejecting the registration."))
            return
        if not widgets.confirm(self, self.tr("Reject registration"),
                               self.tr("Reject {full_name}'s registration? They are e-mailed the reason.").format(full_name=chosen.profile.full_name),
                               yes=self.tr("Reject"), no=self.tr("Back")):
            return
        self._decide(chosen.profile.id, False, reason)

    def _decide(self, doctor_id: int, approve: bool, reason: str | None) -> None:
        db, actor = self.ctx.db, self.ctx.actor
        assert actor is not None
        self.reason_error.setVisible(False)
        run_task(lambda: doctors.decide_verification(db, actor=actor, doctor_id=doctor_id, approve=approve,
                                                     reason=reason),
                 on_result=lambda _p: self._decided(), on_error=self._failed, context=self)

    def _decided(self) -> None:
        # After a decision nothing is selected: the next doctor never lands under the cursor.
        self._hold_selection = True
        self.refresh()

    def suspend(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        reason = self.reason.toPlainText()
        if not reason.strip():
            self._show_reason_error(self.tr("Please give the reason for the suspension."))
            return
        if not widgets.confirm(self, self.tr("Suspend doctor"),
                               self.tr("Suspend {full_name}? They can no longer practise in MedLink and their future appointments must be moved or cancelled.").format(full_name=chosen.profile.full_name),
                               yes=self.tr("Suspend"), no=self.tr("Back")):
            return
        db, actor = self.ctx.db, self.ctx.actor
        assert actor is not None
        doctor_id = chosen.profile.id
        run_task(lambda: doctors.suspend_doctor(db, actor=actor, doctor_id=doctor_id, reason=reason),
                 on_result=lambda rows: self._suspended(doctor_id, chosen.profile.full_name, rows),
                 on_error=self._failed, context=self)

    def _suspended(self, doctor_id: int, name: str, rows: list[AffectedAppointment]) -> None:
        self.affected = rows
        self._suspended_id = doctor_id
        self.affected_model.set_rows(rows)
        self.affected_title.setText(self.tr("{name} is suspended — {len} future appointment(s) to rebook").format(name=name, len=len(rows))
                                    if rows else self.tr("{name} is suspended — no future appointments to rebook").format(name=name))
        self.affected_title.setVisible(True)
        self.affected_table.setVisible(bool(rows))
        self.rebook_button.setVisible(bool(rows) and self.open_doctor_day is not None)
        self.reason.clear()
        self.values["status"].setText(DOCTOR_STATUS_LABELS["suspended"])
        for w in (self.approve_button, self.reject_button, self.suspend_button, self.reason, self.reason_caption):
            w.setVisible(False)
        self.refresh()

    def _rebook(self) -> None:
        if not self.affected or self.open_doctor_day is None or self._suspended_id is None:
            return
        first = min(self.affected, key=lambda a: a.starts_at)
        self.open_doctor_day(self._suspended_id, first.starts_at.astimezone(self.tz).date())

    def _show_reason_error(self, text: str) -> None:
        self.reason_error.setText(text)
        self.reason_error.setVisible(True)
        self.reason.setFocus()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError) and exc.field == "reason":
            self._show_reason_error(exc.message)
            return
        show_error(self, exc)
