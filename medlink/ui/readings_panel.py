"""Readings: enter one, see the trend with its target band, the history, and the plan.

Used as the patient's "My readings" page (also on the kiosk) and as the
"Readings" tab of the doctor's chart, where the doctor also sets the
monitoring plan.  Everything goes through :mod:`medlink.services.measurements`
off the GUI thread; this widget only shows results.
"""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from medlink.clinical import vitals
from medlink.errors import ValidationError
from medlink.services import measurements
from medlink.services.actor import Actor
from medlink.services.measurements import MeasurementView, PlanView, ReadingResult, ReadingsOverview, TrendSeries
from medlink.ui.clinical_labels import kind_label, source_label
from medlink.ui.context import AppContext
from medlink.ui.errors import show_error
from medlink.ui.table import Column, RowsModel, make_table
from medlink.ui.tasks import run_task
from medlink.ui.trend_chart import TrendChart
from medlink.ui.widgets import format_when, heading, reserve_message_space
from medlink.vocabulary import MeasurementKind

OUT_COLOUR = "#B42318"
#: Readings listed at first (the newest); "Show older readings" adds OLDER_PAGE at a time.
FIRST_PAGE = 100
OLDER_PAGE = 200


def compact_combos(widget: QWidget, chars: int = 14) -> None:
    """Long item texts must not make a page wider than the screen."""
    for combo in widget.findChildren(QComboBox):
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(chars)


def _float_or_none(text: str, field: str) -> float | None:
    text = text.strip().replace(",", ".")
    if not text:
        return None
    try:
        return float(text)
    except ValueError as exc:
        raise ValidationError(field, "Enter a number, or leave it empty.") from exc


class ReadingsPanel(QWidget):
    changed = Signal()

    def __init__(self, ctx: AppContext, actor: Actor, tz: tzinfo, *, patient_id: int | None = None,
                 doctor_mode: bool = False) -> None:
        super().__init__()
        self.ctx, self.actor, self.tz = ctx, actor, tz
        self.patient_id = patient_id if patient_id is not None else actor.patient_id
        self.doctor_mode = doctor_mode
        self.last_result: ReadingResult | None = None
        self._show_kind_next: str | None = None
        self.plans: list[PlanView] = []
        self.row_limit = FIRST_PAGE
        self.setObjectName("readingsPanel")

        root = QVBoxLayout(self)
        root.setContentsMargins(8, 8, 8, 8)
        root.setSpacing(8)
        if actor.is_patient:
            root.addWidget(heading(self.tr("My readings")))
        self.plan_label = QLabel()
        self.plan_label.setObjectName("planSummary")
        self.plan_label.setWordWrap(True)
        self.plan_label.setProperty("role", "banner")
        self.plan_label.setVisible(False)
        root.addWidget(self.plan_label)

        # --- entry ---------------------------------------------------------------------------
        entry = QFrame()
        entry.setProperty("role", "card")
        grid = QGridLayout(entry)
        grid.setContentsMargins(12, 10, 12, 10)
        grid.setHorizontalSpacing(8)
        self.kind = QComboBox()
        self.kind.setObjectName("readingKind")
        for kind in vitals.PATIENT_KINDS:
            self.kind.addItem(kind_label(kind), kind.value)
        self.value = QLineEdit()
        self.value.setObjectName("readingValue")
        self.unit = QComboBox()
        self.unit.setObjectName("readingUnit")
        self.note = QLineEdit()
        self.note.setObjectName("readingNote")
        self.note.setPlaceholderText(self.tr("Note (optional), e.g. after a walk"))
        self.save_button = QPushButton(self.tr("&Save reading"))
        self.save_button.setObjectName("saveReading")
        self.save_button.setProperty("role", "primary")
        self.save_button.clicked.connect(self.save_reading)
        self.value.returnPressed.connect(self.save_reading)
        for col, (caption, widget) in enumerate(((self.tr("What"), self.kind), (self.tr("Reading"), self.value),
                                                 (self.tr("Unit"), self.unit), (self.tr("Note"), self.note))):
            label = QLabel(caption)
            label.setProperty("role", "muted")
            grid.addWidget(label, 0, col)
            grid.addWidget(widget, 1, col)
        grid.addWidget(self.save_button, 1, 4)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(3, 3)
        self.error = QLabel()
        self.error.setObjectName("readingError")
        self.error.setProperty("role", "fieldError")
        reserve_message_space(self.error)
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        grid.addWidget(self.error, 2, 0, 1, 5)
        root.addWidget(entry)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

        self.alarm = QLabel()
        self.alarm.setObjectName("dangerAdvice")
        self.alarm.setProperty("role", "alarm")
        self.alarm.setWordWrap(True)
        self.alarm.setVisible(False)
        root.addWidget(self.alarm)
        self.saved = QLabel()
        self.saved.setObjectName("readingSaved")
        self.saved.setProperty("role", "success")
        reserve_message_space(self.saved)
        self.saved.setWordWrap(True)
        self.saved.setVisible(False)
        grid.addWidget(self.saved, 2, 0, 1, 5)  # the error's line: one message at a time, one reserved line

        # --- plan (doctor) -------------------------------------------------------------------
        if doctor_mode:
            root.addWidget(self._plan_editor())

        # --- trend and history ---------------------------------------------------------------
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        trend_box = QWidget()
        trend_layout = QVBoxLayout(trend_box)
        trend_layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Trend of")))
        self.trend_kind = QComboBox()
        self.trend_kind.setObjectName("trendKind")
        self.trend_kind.currentIndexChanged.connect(self.load_trend)
        top.addWidget(self.trend_kind, 1)
        self.flowsheet_button = QPushButton(self.tr("Print flowsheet (PDF)"))
        self.flowsheet_button.setObjectName("printFlowsheet")
        self.flowsheet_button.clicked.connect(self.print_flowsheet)
        top.addWidget(self.flowsheet_button)
        trend_layout.addLayout(top)
        self.chart = TrendChart(tz)
        self.chart.set_series(None, self.tr("No readings yet. Enter one above to start the trend."))
        trend_layout.addWidget(self.chart, 1)
        splitter.addWidget(trend_box)
        self.model: RowsModel[MeasurementView] = RowsModel([
            Column(self.tr("When"), lambda m: format_when(m.measured_at, tz)),
            Column(self.tr("Measurement"), lambda m: kind_label(m.kind)),
            Column(self.tr("Value"), lambda m: m.display, colour=lambda m: OUT_COLOUR if m.outside_target else None),
            Column(self.tr("Where"), lambda m: source_label(m.source)),
            Column(self.tr("Entered by"), lambda m: m.entered_by,
                   tooltip=lambda m: self.tr("Entered %1").replace("%1", format_when(m.entered_at, tz))),
        ])
        self.table = make_table(self.model, stretch_column=1, name="readingsTable")
        self.table.setMinimumHeight(80)
        history = QWidget()
        history_layout = QVBoxLayout(history)
        history_layout.setContentsMargins(0, 0, 0, 0)
        history_layout.setSpacing(4)
        history_layout.addWidget(self.table, 1)
        self.more_button = QPushButton(self.tr("Show older readings"))
        self.more_button.setObjectName("olderReadings")
        self.more_button.setVisible(False)
        self.more_button.clicked.connect(self.show_older)
        history_layout.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignLeft)
        splitter.addWidget(history)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        root.addWidget(splitter, 1)
        if doctor_mode:
            compact_combos(self, 12)  # the chart shares the screen with the patient list

    # --- plan editor ---------------------------------------------------------------------------
    def _plan_editor(self) -> QWidget:
        box = QFrame()
        box.setProperty("role", "card")
        grid = QGridLayout(box)
        grid.setContentsMargins(12, 8, 12, 8)
        grid.setHorizontalSpacing(8)
        self.plan_title = QLabel(self.tr("<b>Monitoring plan</b>"))
        self.plan_title.setObjectName("planTitle")
        self.plan_title.setWordWrap(True)
        grid.addWidget(self.plan_title, 2, 0, 1, 5)
        grid.addWidget(QLabel(self.tr("Plan:")), 0, 0)
        self.plan_kind = QComboBox()
        self.plan_kind.setObjectName("planKind")
        for kind in vitals.PATIENT_KINDS:
            self.plan_kind.addItem(kind_label(kind), kind.value)
        self.plan_every = QSpinBox()
        self.plan_every.setObjectName("planEveryDays")
        self.plan_every.setRange(1, 366)
        self.plan_every.setValue(1)
        self.plan_every.setPrefix(self.tr("every "))
        self.plan_every.setSuffix(self.tr(" day(s)"))
        self.plan_low, self.plan_high = QLineEdit(), QLineEdit()
        self.plan_low2, self.plan_high2 = QLineEdit(), QLineEdit()
        for name, edit in (("planLow", self.plan_low), ("planHigh", self.plan_high), ("planLow2", self.plan_low2),
                           ("planHigh2", self.plan_high2)):
            edit.setObjectName(name)
            edit.setMaximumWidth(70)
        self.plan_low.setPlaceholderText(self.tr("low"))
        self.plan_high.setPlaceholderText(self.tr("high"))
        self.plan_low2.setPlaceholderText(self.tr("dia. low"))
        self.plan_high2.setPlaceholderText(self.tr("dia. high"))
        self.plan_instructions = QLineEdit()
        self.plan_instructions.setObjectName("planInstructions")
        self.plan_instructions.setPlaceholderText(self.tr("Instructions, e.g. before breakfast"))
        save = QPushButton(self.tr("Save &plan"))
        save.setObjectName("savePlan")
        save.clicked.connect(self.save_plan)
        stop = QPushButton(self.tr("Stop"))
        stop.setObjectName("stopPlan")
        stop.clicked.connect(self.stop_plan)
        grid.addWidget(self.plan_kind, 0, 1)
        grid.addWidget(self.plan_every, 0, 2)
        grid.addWidget(self.plan_instructions, 0, 3, 1, 2)
        targets = QHBoxLayout()
        targets.addWidget(QLabel(self.tr("Target")))
        for edit in (self.plan_low, self.plan_high, self.plan_low2, self.plan_high2):
            targets.addWidget(edit)
        targets.addStretch(1)
        grid.addLayout(targets, 1, 1, 1, 2)
        grid.addWidget(save, 1, 3)
        grid.addWidget(stop, 1, 4)
        grid.setColumnStretch(3, 1)
        self.plan_error = QLabel()
        self.plan_error.setObjectName("planError")
        self.plan_error.setProperty("role", "fieldError")
        reserve_message_space(self.plan_error)
        self.plan_error.setVisible(False)
        grid.addWidget(self.plan_error, 3, 0, 1, 5)
        self.plan_kind.currentIndexChanged.connect(self._plan_kind_changed)
        self._plan_kind_changed()
        return box

    def _plan_kind_changed(self) -> None:
        kind = MeasurementKind(self.plan_kind.currentData())
        is_bp = kind is MeasurementKind.BLOOD_PRESSURE
        self.plan_low2.setVisible(is_bp)
        self.plan_high2.setVisible(is_bp)
        existing = next((p for p in self.plans if p.kind is kind), None)
        target = existing.target if existing else vitals.default_target(kind)
        for edit, value in ((self.plan_low, target.low), (self.plan_high, target.high),
                            (self.plan_low2, target.low2), (self.plan_high2, target.high2)):
            edit.setText("" if value is None else f"{value:g}")
        if existing:
            self.plan_every.setValue(existing.every_days)
            self.plan_instructions.setText(existing.instructions or "")

    # --- behaviour -----------------------------------------------------------------------------
    def _kind_changed(self) -> None:
        s = vitals.spec(self.kind.currentData())
        self.unit.clear()
        for unit in s.units:
            self.unit.addItem(unit, unit)
        self.value.setPlaceholderText(self.tr("e.g. %1").replace("%1", s.example))

    def set_patient(self, patient_id: int) -> None:
        self.patient_id = patient_id
        self.row_limit = FIRST_PAGE
        self.alarm.setVisible(False)
        self.saved.setVisible(False)
        self.refresh()

    def refresh(self) -> None:
        if self.patient_id is None:
            return
        db, actor, patient_id = self.ctx.db, self.actor, self.patient_id
        wanted = self._show_kind_next or self.trend_kind.currentData()
        limit = self.row_limit
        run_task(lambda: measurements.readings_overview(db, actor=actor, patient_id=patient_id, trend_kind=wanted,
                                                        limit=limit),
                 on_result=self._loaded, on_error=lambda e: show_error(self, e), context=self)

    def _loaded(self, overview: ReadingsOverview) -> None:
        rows, plans, kinds = list(overview.rows), list(overview.plans), list(overview.kinds)
        self.model.set_rows(rows)
        self.more_button.setVisible(len(rows) >= self.row_limit)  # there may be older ones
        self.plans = plans
        if plans:
            lines = [self.tr("%1 every %2 day(s), target %3 — next due %4").replace("%1", kind_label(p.kind))
                     .replace("%2", str(p.every_days)).replace("%3", p.target_text)
                     .replace("%4", format_when(p.next_due, self.tz)) + (f" ({p.instructions})" if p.instructions else "")
                     for p in plans]
            intro = (self.tr("Your doctor asked you to measure:") if self.actor.is_patient
                     else self.tr("Monitoring plan:"))
            text = intro + "<br>" + "<br>".join(f"• {line}" for line in lines)
            self.plan_label.setText(text)
            # the doctor's tab has the plan editor instead (its tooltip holds the full plan): room for the trend
            self.plan_label.setVisible(not self.doctor_mode and self.alarm.isHidden())
            if self.doctor_mode:
                self.plan_title.setToolTip(text)
                self.plan_title.setText(self.tr("<b>Monitoring plan</b> (%1)").replace(
                    "%1", ", ".join(kind_label(p.kind) for p in plans)))
        else:
            self.plan_label.setVisible(False)
            if self.doctor_mode:
                self.plan_title.setToolTip("")
                self.plan_title.setText(self.tr("<b>Monitoring plan</b> (none yet)"))
        self._show_kind_next = None
        self.trend_kind.blockSignals(True)
        self.trend_kind.clear()
        for kind in kinds:
            self.trend_kind.addItem(kind_label(kind), kind.value)
        index = self.trend_kind.findData(overview.trend.kind.value) if overview.trend is not None else -1
        self.trend_kind.setCurrentIndex(index if index >= 0 else 0)
        self.trend_kind.blockSignals(False)
        if self.doctor_mode:
            self._plan_kind_changed()
        self.chart.set_series(overview.trend)  # the trend came with the rest: no second round trip

    def show_older(self) -> None:
        self.row_limit += OLDER_PAGE
        self.refresh()

    def load_trend(self) -> None:
        kind = self.trend_kind.currentData()
        if kind is None or self.patient_id is None:
            self.chart.set_series(None)
            return
        db, actor, patient_id = self.ctx.db, self.actor, self.patient_id
        run_task(lambda: measurements.trend(db, actor=actor, patient_id=patient_id, kind=kind),
                 on_result=self._trend_loaded, on_error=lambda e: show_error(self, e), context=self)

    def _trend_loaded(self, series: TrendSeries) -> None:
        if self.trend_kind.currentData() == series.kind.value:
            self.chart.set_series(series)

    def save_reading(self) -> None:
        if self.patient_id is None:
            return
        self.error.setVisible(False)
        self.alarm.setVisible(False)
        self.saved.setVisible(False)
        db, actor, patient_id = self.ctx.db, self.actor, self.patient_id
        kind, value, unit, note = self.kind.currentData(), self.value.text(), self.unit.currentData(), self.note.text()
        source = "kiosk" if self.ctx.kiosk and actor.is_patient else None
        self.save_button.setEnabled(False)
        run_task(lambda: measurements.record_measurement(db, actor=actor, patient_id=patient_id, kind=kind,
                                                         value=value, unit=unit, note=note, source=source),
                 on_result=self._saved, on_error=self._failed, context=self)

    def _saved(self, result: ReadingResult) -> None:
        self.save_button.setEnabled(True)
        self.last_result = result
        self.value.clear()
        self.note.clear()
        if result.danger is not None:
            self.alarm.setText(self.tr("<b>{headline}</b><br>{advice}").format(headline=result.danger.headline, advice=result.danger.advice))
            self.alarm.setVisible(True)
            self.plan_label.setVisible(False)  # what to do now matters more than the plan (and needs the room)
        message = self.tr("Saved: %1 %2.").replace("%1", kind_label(result.measurement.kind)).replace(
            "%2", result.measurement.display)
        if result.derived:
            message += " " + self.tr("BMI %1.").replace("%1", result.derived[0].display)
        if result.outside_target:
            message += " " + self.tr("This is outside the target your doctor set.")
        if result.doctor_alerted:
            message += " " + (self.tr("Your doctor has been told.") if self.actor.is_patient
                              else self.tr("The monitoring doctor has been alerted."))
        self.saved.setText(message)
        self.saved.setVisible(True)
        self._show_kind_next = result.measurement.kind.value  # the trend of what was just entered
        self.refresh()
        self.changed.emit()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.plan_label.setVisible(bool(self.plans) and not self.doctor_mode)
        if isinstance(exc, ValidationError):
            self.error.setText(exc.message)
            self.error.setVisible(True)
            self.value.setFocus()
            return
        show_error(self, exc)

    def save_plan(self) -> None:
        if self.patient_id is None:
            return
        self.plan_error.setVisible(False)
        try:
            low, high = _float_or_none(self.plan_low.text(), "target_low"), _float_or_none(self.plan_high.text(),
                                                                                          "target_high")
            low2 = _float_or_none(self.plan_low2.text(), "target_low2") if not self.plan_low2.isHidden() else None
            high2 = _float_or_none(self.plan_high2.text(), "target_high2") if not self.plan_high2.isHidden() else None
        except ValidationError as exc:
            self._plan_failed(exc)
            return
        db, actor, patient_id = self.ctx.db, self.actor, self.patient_id
        kind, every, instructions = self.plan_kind.currentData(), self.plan_every.value(), self.plan_instructions.text()
        run_task(lambda: measurements.set_monitoring_plan(
            db, actor=actor, patient_id=patient_id, kind=kind, every_days=every, target_low=low, target_high=high,
            target_low2=low2, target_high2=high2, instructions=instructions),
            on_result=lambda _: self.refresh(), on_error=self._plan_failed, context=self)

    def stop_plan(self) -> None:
        kind = MeasurementKind(self.plan_kind.currentData())
        plan = next((p for p in self.plans if p.kind is kind), None)
        if plan is None:
            self._plan_failed(ValidationError("plan", self.tr("There is no plan for this measurement.")))
            return
        db, actor = self.ctx.db, self.actor
        run_task(lambda: measurements.stop_monitoring_plan(db, actor=actor, plan_id=plan.id),
                 on_result=lambda _: self.refresh(), on_error=self._plan_failed, context=self)

    def _plan_failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError):
            self.plan_error.setText(exc.message)
            self.plan_error.setVisible(True)
            return
        show_error(self, exc)

    def print_flowsheet(self) -> None:
        if self.patient_id is None:
            return
        db, actor, patient_id = self.ctx.db, self.actor, self.patient_id
        from medlink.ui.viewer import open_document_viewer

        open_document_viewer(self, db=db, actor=actor, on_open=self._flowsheet_opened,
                             load=lambda: measurements.flowsheet_document(db, actor=actor, patient_id=patient_id))

    def _flowsheet_opened(self, viewer) -> None:
        self.viewer = viewer  # rendered in memory: print it or save a copy from the viewer


__all__ = ["ReadingsPanel"]
