"""Administrator: the e-mail outbox — what was sent, what waits, what failed and why."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from medlink.formatting import format_datetime
from medlink.i18n import N_
from medlink.ui.i18n import LabelTable
from medlink.services import outbox_admin
from medlink.services.outbox_admin import OutboxRow
from medlink.ui import operations, widgets
from medlink.ui.context import AppContext
from medlink.ui.errors import show_error
from medlink.ui.staff.common import button, muted, row
from medlink.ui.table import Column, RowsModel, make_table, selected_row
from medlink.ui.tasks import run_task
from medlink.ui.widgets import card, empty_state, format_when, heading

STATUS_TEXT = LabelTable("OutboxPage", {"pending": N_("OutboxPage", "Waiting"), "sending": N_("OutboxPage", "Sending"), "sent": N_("OutboxPage", "Sent"), "failed": N_("OutboxPage", "Failed"),
               "cancelled": N_("OutboxPage", "Cancelled")})
STATUS_COLOUR = {"pending": "#B7791F", "sending": "#1D4ED8", "sent": "#3F6212", "failed": "#B42318",
                 "cancelled": "#9CA3AF"}
KIND_TEXT = LabelTable("OutboxPage", {"appointment_booked": N_("OutboxPage", "Booking confirmation"), "appointment_cancelled": N_("OutboxPage", "Cancellation"),
             "appointment_rescheduled": N_("OutboxPage", "Reschedule"), "doctor_notice": N_("OutboxPage", "Note to doctor"), "receipt": N_("OutboxPage", "Receipt"),
             "reminder": N_("OutboxPage", "Reminder"), "doctor_verification": N_("OutboxPage", "Verification result"), "meet_link": N_("OutboxPage", "Meeting link")})


class OutboxPage(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.tz = ctx.clinic_settings().tz
        self._latest = operations.Latest()
        operations.watch(self, {"outbox"}, self.refresh)  # reloads itself on changes, here or elsewhere
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        self.status = QComboBox()
        self.status.setObjectName("outboxStatus")
        self.status.addItem(self.tr("All messages"), None)
        for value in ("failed", "pending", "sent", "cancelled"):
            self.status.addItem(STATUS_TEXT[value], value)
        refresh = button(self.tr("Refresh"), name="outboxRefresh")
        refresh.clicked.connect(self.refresh)
        layout.addLayout(row(heading(self.tr("E-mail outbox")), None, QLabel(self.tr("Show")), self.status, refresh))
        layout.addWidget(muted(self.tr("Every e-mail MedLink sends waits here until the mail server accepts it. Failed "
                               "messages show the server's reason; fix the settings, then retry.")))
        tiles = QHBoxLayout()
        self.counts: dict[str, QLabel] = {}
        for value in ("pending", "failed", "sent", "cancelled"):
            tile = card()
            tile_layout = QVBoxLayout(tile)
            tile_layout.setContentsMargins(16, 10, 16, 10)
            number = QLabel("0")
            number.setObjectName(f"count_{value}")
            number.setStyleSheet(f"font-size: 20pt; font-weight: 700; color: {STATUS_COLOUR[value]};")
            tile_layout.addWidget(number)
            tile_layout.addWidget(muted(STATUS_TEXT[value]))
            tiles.addWidget(tile)
            self.counts[value] = number
        layout.addLayout(tiles)
        self.model: RowsModel[OutboxRow] = RowsModel([
            Column(self.tr("Queued"), lambda m: format_datetime(m.created_at, "dd MMM, HH:mm", tz=self.tz)),
            Column(self.tr("To"), lambda m: m.to_name or m.to_address),
            Column(self.tr("What"), lambda m: KIND_TEXT.get(m.kind, m.kind.replace("_", " ").capitalize())),
            Column(self.tr("Status"), lambda m: STATUS_TEXT.get(m.status, m.status) + (
                f" ({m.attempts} tries)" if m.attempts > 1 else ""), colour=lambda m: STATUS_COLOUR.get(m.status)),
            Column(self.tr("Subject"), lambda m: m.subject),
            Column(self.tr("Reason / sent"), lambda m: m.last_error if m.status in ("failed", "pending") and m.last_error
                   else (format_when(m.sent_at, self.tz) if m.sent_at else "")),
        ], self)
        self.table = make_table(self.model, "outboxTable", stretch_column=4)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(5, header.ResizeMode.Interactive)
        header.resizeSection(5, 220)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.stack = QStackedWidget()
        self.empty = empty_state(self.tr("The outbox is empty."))
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.table)
        layout.addWidget(self.stack, 1)
        self.detail = QLabel()
        self.detail.setObjectName("outboxDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setFrameShape(QFrame.Shape.NoFrame)
        self.retry_button = button(self.tr("Retry"), "primary", "retryMessage")
        self.cancel_button = button(self.tr("Don't send…"), "danger", "cancelMessage")
        self.retry_button.clicked.connect(self.retry)
        self.cancel_button.clicked.connect(self.cancel)
        actions = row(self.detail, self.cancel_button, self.retry_button)
        actions.setStretch(0, 1)
        layout.addLayout(actions)
        self.status.currentIndexChanged.connect(lambda *_: self.refresh())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update())
        self._update()

    def refresh(self) -> None:
        db, actor, status = self.ctx.db, self.ctx.actor, self.status.currentData()
        assert actor is not None

        def load() -> tuple[list[OutboxRow], dict[str, int]]:
            return (outbox_admin.list_outbox(db, actor=actor, status=status, limit=500),
                    outbox_admin.outbox_counts(db, actor=actor))

        run_task(load, on_result=self._latest.wrap(lambda r: self._loaded(r)), on_error=lambda e: show_error(self, e),
                 context=self)

    def _loaded(self, result: tuple[list[OutboxRow], dict[str, int]]) -> None:
        rows, counts = result
        selected = self.selected()
        self.model.set_rows(rows)
        for key, label in self.counts.items():
            label.setText(str(counts.get(key, 0) + (counts.get("sending", 0) if key == "pending" else 0)))
        status = self.status.currentData()
        self.empty.setText(self.tr("The outbox is empty.") if status is None
                           else self.tr("No {lower} messages.").format(lower=STATUS_TEXT[status].lower()))
        self.stack.setCurrentWidget(self.table if rows else self.empty)
        if selected is not None:
            for i, m in enumerate(rows):
                if m.id == selected.id:
                    self.table.selectRow(i)
        self._update()

    def selected(self) -> OutboxRow | None:
        return self.model.row_at(selected_row(self.table))

    def _update(self) -> None:
        m = self.selected()
        is_admin = bool(self.ctx.actor and self.ctx.actor.is_admin)
        self.retry_button.setEnabled(bool(m and is_admin and m.status in outbox_admin.RETRYABLE))
        self.cancel_button.setEnabled(bool(m and is_admin and m.status in outbox_admin.CANCELLABLE))
        if m is None:
            self.detail.setText("")
        elif m.status == "failed" and m.last_error:
            self.detail.setText(self.tr("Failed after {attempts} tries: {last_error}").format(attempts=m.attempts, last_error=m.last_error))
        elif m.status == "pending":
            self.detail.setText(self.tr("Next try {format_when}").format(format_when=format_when(m.next_attempt_at, self.tz)))
        else:
            self.detail.setText(m.subject)

    def retry(self) -> None:
        m = self.selected()
        if m is None:
            return
        db, actor = self.ctx.db, self.ctx.actor
        assert actor is not None
        run_task(lambda: outbox_admin.retry_message(db, actor=actor, message_id=m.id),
                 on_result=lambda _r: self.refresh(), on_error=lambda e: show_error(self, e), context=self)

    def cancel(self) -> None:
        m = self.selected()
        if m is None:
            return
        if not widgets.confirm(self, self.tr("Don't send"), self.tr("Never send “{subject}” to {to_address}?").format(subject=m.subject, to_address=m.to_address),
                               yes=self.tr("Don't send"), no=self.tr("Back")):
            return
        db, actor = self.ctx.db, self.ctx.actor
        assert actor is not None
        run_task(lambda: outbox_admin.cancel_message(db, actor=actor, message_id=m.id),
                 on_result=lambda _r: self.refresh(), on_error=lambda e: show_error(self, e), context=self)
