"""Front desk: the recall list — follow-ups the doctors asked for that are not booked yet, with WhatsApp."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QComboBox, QLabel, QStackedWidget, QVBoxLayout, QWidget

from medlink.formatting import format_date
from medlink.i18n import N_
from medlink.services import sharing
from medlink.services.sharing import RecallRow
from medlink.ui import operations
from medlink.ui.context import AppContext
from medlink.ui.staff.common import button, muted, pretty_phone, row
from medlink.ui.table import Column, RowsModel, make_table, selected_row
from medlink.ui.widgets import empty_state, heading

WINDOWS = ((7, N_("RecallPage", "Next 7 days")), (14, N_("RecallPage", "Next 14 days")),
           (30, N_("RecallPage", "Next 30 days")), (-14, N_("RecallPage", "Overdue (last 14 days)")))


class RecallPage(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.tz = ctx.clinic_settings().tz
        self._latest = operations.Latest()
        operations.watch(self, {"appointment"}, self.refresh)  # a follow-up booked anywhere leaves the list
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        self.period = QComboBox()
        self.period.setObjectName("recallWindow")
        for days, label in WINDOWS:
            self.period.addItem(self.tr(label), days)
        layout.addLayout(row(heading(self.tr("Follow-ups due")), None, QLabel(self.tr("Show")), self.period))
        layout.addWidget(muted(self.tr("Patients whose doctor asked to see them again and who have not booked yet. "
                                       "Call them, or send the reminder on WhatsApp.")))
        self.model: RowsModel[RecallRow] = RowsModel([
            Column(self.tr("Due"), lambda r: format_date(r.follow_up_on, "dd MMM y")),
            Column(self.tr("Patient"), lambda r: r.patient_name),
            Column(self.tr("Phone"), lambda r: pretty_phone(r.phone)),
            Column(self.tr("Doctor"), lambda r: r.doctor_name),
        ], self)
        self.table = make_table(self.model, "recallTable", stretch_column=1)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table instead of walking its cells
        self.stack = QStackedWidget()
        self.empty = empty_state(self.tr("No follow-ups are due in this period."))
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.table)
        layout.addWidget(self.stack, 1)
        self.whatsapp = button(self.tr("Share on &WhatsApp"), "primary", "recallWhatsApp")
        self.whatsapp.setToolTip(self.tr("Opens WhatsApp with the reminder typed in; you press Send."))
        self.whatsapp.clicked.connect(self.share)
        layout.addLayout(row(None, self.whatsapp))
        self.period.currentIndexChanged.connect(lambda *_: self.refresh())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update())
        self._update()

    def _range(self) -> tuple[date, date]:
        today = datetime.now(self.tz).date()  # the clinic's day, not the computer's
        days = int(self.period.currentData())
        return (today, today + timedelta(days=days)) if days > 0 else (today + timedelta(days=days), today)

    def refresh(self) -> None:
        db, actor = self.ctx.db, self.ctx.actor
        assert actor is not None
        first, last = self._range()
        operations.query(self, lambda: sharing.recall_list(db, actor=actor, first_day=first, last_day=last),
                         self._loaded, latest=self._latest)

    def _loaded(self, rows: list[RecallRow]) -> None:
        self.model.set_rows(rows)
        self.stack.setCurrentWidget(self.table if rows else self.empty)
        self._update()

    def selected(self) -> RecallRow | None:
        return self.model.row_at(selected_row(self.table))

    def _update(self) -> None:
        r = self.selected()
        self.whatsapp.setEnabled(bool(r and r.whatsapp_url))

    def share(self) -> None:
        r = self.selected()
        if r is not None and r.whatsapp_url:
            QDesktopServices.openUrl(QUrl(r.whatsapp_url))
