"""Needs attention: the doctor's open alerts (readings out of range, big changes, overdue readings,
abnormal lab results); acknowledge each with a note, or open the patient's chart."""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from medlink.errors import ValidationError
from medlink.services import measurements
from medlink.services.actor import Actor
from medlink.services.measurements import AlertView
from medlink.ui.clinical_labels import ALERT_COLOURS, alert_label
from medlink.ui.context import AppContext
from medlink.ui.errors import show_error
from medlink.ui.table import Column, RowsModel, make_table, selected_row
from medlink.ui.tasks import run_task
from medlink.ui.widgets import empty_state, format_when, heading, reserve_message_space


def nav_label(count: int) -> str:
    base = QCoreApplication.translate("AttentionPage", "Needs attention")
    return f"{base} ({count})" if count else base


class AttentionPage(QWidget):
    def __init__(self, ctx: AppContext, actor: Actor, tz: tzinfo) -> None:
        super().__init__()
        self.ctx, self.actor, self.tz = ctx, actor, tz
        self.rows: list[AlertView] = []
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(heading(self.tr("Needs attention")))
        intro = QLabel(self.tr("Readings from your monitored patients that are dangerous, outside the target you set "
                               "or changed a lot, planned readings that are overdue, and abnormal lab results. "
                               "Each one was also e-mailed to you."))
        intro.setProperty("role", "muted")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        top = QHBoxLayout()
        self.show_done = QCheckBox(self.tr("Show acknowledged"))
        self.show_done.setObjectName("showAcknowledged")
        self.show_done.toggled.connect(self.refresh)
        top.addStretch(1)
        top.addWidget(self.show_done)
        layout.addLayout(top)
        self.model: RowsModel[AlertView] = RowsModel([
            Column(self.tr("When"), lambda a: format_when(a.last_seen_at or a.created_at, tz)),
            Column(self.tr("Patient"), lambda a: a.patient_name),
            Column(self.tr("Alert"), lambda a: alert_label(a.kind) + (f" ×{a.occurrences}" if a.occurrences > 1 else ""),
                   colour=lambda a: ALERT_COLOURS.get(a.kind.value)),
            Column(self.tr("Details"), lambda a: a.message, tooltip=lambda a: a.message),
            Column(self.tr("Acknowledged"), lambda a: (f"{format_when(a.acknowledged_at, tz)} — "
                                                     f"{a.acknowledgement_note}") if a.acknowledged_at else "—"),
        ], self)
        self.table = make_table(self.model, "alertsTable", stretch_column=3)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selected())
        self.table.doubleClicked.connect(lambda _: self.open_chart())
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.empty = empty_state(self.tr("Nothing needs your attention. Set a monitoring plan in a patient's chart "
                                         "(Readings tab) to be told about their readings."))
        self.stack.addWidget(self.empty)
        layout.addWidget(self.stack, 1)

        self.note = QPlainTextEdit()
        self.note.setObjectName("acknowledgeNote")
        self.note.setPlaceholderText(self.tr("What you did, e.g. “Called the patient; dose increased”"))
        self.note.setFixedHeight(64)
        self.note.setTabChangesFocus(True)
        layout.addWidget(self.note)
        self.error = QLabel()
        self.error.setObjectName("acknowledgeError")
        self.error.setProperty("role", "fieldError")
        reserve_message_space(self.error)
        self.error.setVisible(False)
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.chart_button = QPushButton(self.tr("Open chart"))
        self.chart_button.setObjectName("openAlertChart")
        self.chart_button.clicked.connect(self.open_chart)
        buttons.addWidget(self.chart_button)
        self.ack_button = QPushButton(self.tr("Acknowledge"))
        self.ack_button.setObjectName("acknowledgeAlert")
        self.ack_button.setProperty("role", "primary")
        self.ack_button.clicked.connect(self.acknowledge)
        buttons.addWidget(self.ack_button)
        layout.addLayout(buttons)
        self._selected()

    def refresh(self) -> None:
        db, actor, include = self.ctx.db, self.actor, self.show_done.isChecked()
        run_task(lambda: measurements.list_alerts(db, actor=actor, include_acknowledged=include),
                 on_result=self._loaded, on_error=lambda e: show_error(self, e), context=self)

    def _loaded(self, rows: list[AlertView]) -> None:
        self.rows = rows
        self.model.set_rows(rows)
        self.stack.setCurrentIndex(0 if rows else 1)
        if rows:
            self.table.selectRow(0)
        window = self.window()
        button = getattr(window, "_buttons", {}).get("attention")
        if button is not None:
            button.setText(nav_label(sum(1 for a in rows if a.acknowledged_at is None)))
        self._selected()

    def selected(self) -> AlertView | None:
        return self.model.row_at(selected_row(self.table))

    def _selected(self) -> None:
        alert = self.selected()
        self.ack_button.setEnabled(alert is not None and alert.acknowledged_at is None)
        self.chart_button.setEnabled(alert is not None)

    def acknowledge(self) -> None:
        alert = self.selected()
        if alert is None:
            return
        self.error.setVisible(False)
        db, actor, note = self.ctx.db, self.actor, self.note.toPlainText()
        run_task(lambda: measurements.acknowledge_alert(db, actor=actor, alert_id=alert.id, note=note),
                 on_result=lambda _: self._acknowledged(), on_error=self._failed, context=self)

    def _acknowledged(self) -> None:
        self.note.clear()
        self.refresh()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError):
            self.error.setText(exc.message)
            self.error.setVisible(True)
            self.note.setFocus()
            return
        show_error(self, exc)

    def open_chart(self) -> None:
        alert = self.selected()
        window = self.window()
        if alert is not None and hasattr(window, "show_patient"):
            window.show_patient(alert.patient_id, alert.patient_name)


__all__ = ["AttentionPage", "nav_label"]
