"""The dashboard: today at a glance, and a chosen period with charts, a table and CSV export.

The charts (:mod:`medlink.ui.charts`, drawn with QPainter) are created the first time the page is opened.
"""

from __future__ import annotations

import operator

from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from medlink.formatting import format_date
from medlink.i18n import N_
from medlink.services import dashboard
from medlink.services.dashboard import DoctorDayRow, PeriodReport, TodaySummary
from medlink.ui.labels import speciality_label
from medlink.ui import operations
from medlink.ui.context import AppContext
from medlink.ui.errors import show_error
from medlink.ui.staff.common import (
    STATUS_COLOURS,
    ask_csv_path,
    button,
    muted,
    pydate,
    qdate,
    row,
    write_csv,
)
from medlink.ui.table import Column, RowsModel, make_table
from medlink.ui.tasks import run_task
from medlink.ui.i18n import LabelTable, tr_label
from medlink.ui.widgets import card, empty_state, format_money, heading, reserve_message_space

ACCENT = "#0F766E"
TODAY_TILES = (("booked", N_("Labels", "Expected")), ("checked_in", N_("Labels", "Arrived")),
               ("completed", N_("Labels", "Seen")), ("no_show", N_("Labels", "No-show")),
               ("cancelled", N_("Labels", "Cancelled")))
PRESETS = ((N_("Labels", "Last 7 days"), 7), (N_("Labels", "Last 30 days"), 30), (N_("Labels", "Last 90 days"), 90),
           (N_("Labels", "Last 365 days"), 365))


class _Tile(QWidget):
    def __init__(self, caption: str, name: str, colour: str = "#102A43") -> None:
        super().__init__()
        frame = card()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(16, 10, 16, 12)
        self.value = QLabel("—")
        self.value.setObjectName(name)
        self.value.setStyleSheet(f"font-size: 20pt; font-weight: 700; color: {colour}; border: none;")
        self.caption = muted(caption)
        self.caption.setStyleSheet("border: none;")
        layout.addWidget(self.value)
        layout.addWidget(self.caption)

    def set(self, text: str) -> None:
        self.value.setText(text)


class DashboardPage(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.tz = ctx.clinic_settings().tz
        self.is_admin = bool(ctx.actor and ctx.actor.is_admin)
        self.report: PeriodReport | None = None
        self.summary: TodaySummary | None = None
        self.charts_ready = False
        self._latest = operations.Latest()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(heading(self.tr("Dashboard")))
        self.tabs = QTabWidget()
        self.tabs.setObjectName("dashboardTabs")
        layout.addWidget(self.tabs, 1)
        self._build_today()
        self._build_period()

    # --- today ---------------------------------------------------------------------------------

    def _build_today(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(16, 14, 16, 14)
        self.today_title = muted("")
        self.today_title.setObjectName("todayTitle")
        layout.addWidget(self.today_title)
        tiles = QHBoxLayout()
        self.today_tiles: dict[str, _Tile] = {}
        for key, caption in TODAY_TILES:
            tile = _Tile(tr_label(caption), f"today_{key}", STATUS_COLOURS[key])
            tiles.addWidget(tile)
            self.today_tiles[key] = tile
        layout.addLayout(tiles)
        layout.addWidget(heading(self.tr("Per doctor"), 2))
        self.doctor_model: RowsModel[DoctorDayRow] = RowsModel([
            Column(self.tr("Doctor"), lambda r: r.doctor_name),
            Column(self.tr("Speciality"), lambda r: speciality_label(r.speciality)),
            Column(self.tr("Appointments"), lambda r: str(r.total), align_right=True),
            Column(self.tr("Expected"), lambda r: str(r.booked), align_right=True),
            Column(self.tr("Arrived"), lambda r: str(r.checked_in), align_right=True),
            Column(self.tr("Seen"), lambda r: str(r.completed), align_right=True),
            Column(self.tr("No-show"), lambda r: str(r.no_show), align_right=True),
            Column(self.tr("Cancelled"), lambda r: str(r.cancelled), align_right=True),
        ], self)
        self.doctor_table = make_table(self.doctor_model, "todayPerDoctor", stretch_column=0)
        self.today_stack = QStackedWidget()
        self.today_empty = empty_state(self.tr("No appointments today yet."))
        self.today_stack.addWidget(self.today_empty)
        self.today_stack.addWidget(self.doctor_table)
        layout.addWidget(self.today_stack, 1)
        self.tabs.addTab(page, self.tr("Today"))

    # --- period --------------------------------------------------------------------------------

    def _build_period(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(16, 14, 16, 14)
        today = datetime.now(self.tz).date()
        self.preset = QComboBox()
        self.preset.setObjectName("periodPreset")
        for text, days in PRESETS:
            self.preset.addItem(tr_label(text), days)
        self.preset.addItem(self.tr("Custom"), None)
        self.preset.setCurrentIndex(1)
        self.first = QDateEdit()
        self.last = QDateEdit()
        for edit, name in ((self.first, "periodFrom"), (self.last, "periodTo")):
            edit.setObjectName(name)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd MMM yyyy")
        self.first.setDate(qdate(today - timedelta(days=29)))
        self.last.setDate(qdate(today))
        self.export_button = button(self.tr("Export CSV…"), name="exportCsv")
        self.export_button.clicked.connect(self.export_csv)
        self.period_error = QLabel()
        self.period_error.setProperty("role", "fieldError")
        reserve_message_space(self.period_error)
        self.period_error.setObjectName("periodError")
        self.period_error.setVisible(False)
        layout.addLayout(row(self.preset, QLabel(self.tr("From")), self.first, QLabel(self.tr("to")), self.last, self.period_error,
                             None, self.export_button))
        kpis = QHBoxLayout()
        self.kpi: dict[str, _Tile] = {}
        wanted = [("appointments", self.tr("Appointments")), ("no_show_rate", self.tr("No-show rate")),
                  ("top", self.tr("Busiest speciality"))]
        if self.is_admin:
            wanted += [("revenue", self.tr("Revenue (bills issued)")), ("gst", self.tr("GST collected"))]
        for key, caption in wanted:
            tile = _Tile(caption, f"kpi_{key}", ACCENT if key in ("revenue", "gst") else "#102A43")
            kpis.addWidget(tile)
            self.kpi[key] = tile
        layout.addLayout(kpis)
        self.charts_box = QWidget()
        self.charts_grid = QGridLayout(self.charts_box)
        self.charts_grid.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.charts_box, 3)
        self.period_model: RowsModel[list[str]] = RowsModel([], self)
        self.period_table = make_table(self.period_model, "periodTable")
        layout.addWidget(self.period_table, 2)
        if not self.is_admin:
            layout.addWidget(muted(self.tr("Revenue and GST are shown to administrators only.")))
        self.tabs.addTab(page, self.tr("Period"))
        self.preset.currentIndexChanged.connect(self._preset_changed)
        self.first.dateChanged.connect(lambda *_: self._dates_edited())
        self.last.dateChanged.connect(lambda *_: self._dates_edited())

    def _preset_changed(self) -> None:
        days = self.preset.currentData()
        if days is None:
            return
        today = datetime.now(self.tz).date()
        for edit in (self.first, self.last):
            edit.blockSignals(True)
        self.first.setDate(qdate(today - timedelta(days=days - 1)))
        self.last.setDate(qdate(today))
        for edit in (self.first, self.last):
            edit.blockSignals(False)
        self.load_period()

    def _dates_edited(self) -> None:
        self.preset.blockSignals(True)
        self.preset.setCurrentIndex(self.preset.count() - 1)
        self.preset.blockSignals(False)
        self.load_period()

    # --- loading -------------------------------------------------------------------------------

    def refresh(self) -> None:
        if not self.charts_ready:
            self._create_charts()
        self.load_today()
        self.load_period()

    def load_today(self) -> None:
        db, actor = self.ctx.db, self.ctx.actor
        assert actor is not None
        run_task(lambda: dashboard.today_summary(db, actor=actor), on_result=self._today_loaded,
                 on_error=lambda e: show_error(self, e), context=self)

    def _today_loaded(self, summary: TodaySummary) -> None:
        self.summary = summary
        self.today_title.setText(self.tr("{strftime} — {total} appointment(s)").format(strftime=format_date(summary.day, 'EEEE dd MMMM y'), total=summary.total))
        for key, tile in self.today_tiles.items():
            tile.set(str(summary.by_status.get(key, 0)))
        self.doctor_model.set_rows(list(summary.per_doctor))
        self.today_stack.setCurrentWidget(self.doctor_table if summary.per_doctor else self.today_empty)

    def load_period(self) -> None:
        self.period_error.setVisible(False)
        first, last = pydate(self.first.date()), pydate(self.last.date())
        db, actor = self.ctx.db, self.ctx.actor
        assert actor is not None
        run_task(lambda: dashboard.period_report(db, actor=actor, first_day=first, last_day=last),
                 on_result=self._latest.wrap(lambda r: self._period_loaded(r)), on_error=self._period_failed, context=self)

    def _period_failed(self, exc: BaseException) -> None:
        from medlink.errors import ValidationError

        if isinstance(exc, ValidationError):
            self.period_error.setText(exc.message)
            self.period_error.setVisible(True)
            return
        show_error(self, exc)

    def _period_loaded(self, report: PeriodReport) -> None:
        self.report = report
        self.kpi["appointments"].set(str(report.appointments))
        rate = report.no_show_rate
        self.kpi["no_show_rate"].set(f"{rate} %" if rate is not None else "—")
        top = speciality_label(report.top_specialities[0].speciality) if report.top_specialities else "—"
        self.kpi["top"].set(top)
        if "revenue" in self.kpi:
            self.kpi["revenue"].set(format_money(report.revenue))
            self.kpi["gst"].set(format_money(report.gst))
        header, rows = dashboard.report_table(report)
        # the CSV keeps the English headers (accountants' tools); the screen shows them translated
        self.period_model.columns = [Column(PERIOD_HEADERS.get(h, h), operator.itemgetter(i), align_right=i > 0)
                                     for i, h in enumerate(header)]
        display = [[_display(h, v) for h, v in zip(header, r, strict=True)] for r in rows]
        self.period_model.set_rows(display)
        self._fill_charts(report)

    # --- charts --------------------------------------------------------------------------------

    def _create_charts(self) -> None:
        from medlink.ui.charts import ChartWidget

        self.charts_ready = True
        self.chart_views: dict[str, ChartWidget] = {}
        titles = [("per_day", self.tr("Appointments per day"), "line"),
                  ("specialities", self.tr("Top specialities"), "hbars")]
        if self.is_admin:
            titles.insert(1, ("revenue", self.tr("Revenue per day (₹)"), "bars"))
        for column, (key, title, kind) in enumerate(titles):
            view = ChartWidget(title, kind)  # type: ignore[arg-type]
            view.setObjectName(f"chart_{key}")
            self.charts_grid.addWidget(view, 0, column)
            self.chart_views[key] = view

    def _fill_charts(self, report: PeriodReport) -> None:
        if not self.charts_ready:
            return
        from medlink.ui.charts import ChartSeries

        days = [f"{d.day.day}/{d.day.month}" for d in report.days]
        self.chart_views["per_day"].set_data(days, [
            ChartSeries(self.tr("Appointments"), tuple(float(d.appointments) for d in report.days), ACCENT),
            ChartSeries(self.tr("No-shows"), tuple(float(d.no_show) for d in report.days), "#B42318"),
        ])
        if "revenue" in self.chart_views:
            buckets = _buckets(report)
            span = len(report.days)
            unit = self.tr("day") if span <= 14 else self.tr("week") if span <= 120 else self.tr("month")
            chart = self.chart_views["revenue"]
            chart.setTitle(self.tr("Revenue per %1 (₹)").replace("%1", unit))
            chart.set_data([label for label, _ in buckets],
                           [ChartSeries(self.tr("Revenue"), tuple(_bar_height(a) for _, a in buckets), ACCENT)],
                           value_format=lambda v: f"{v:,.0f}")
        specialities = report.top_specialities
        self.chart_views["specialities"].set_data(
            [speciality_label(s.speciality) for s in specialities],
            [ChartSeries(self.tr("Appointments"), tuple(float(s.appointments) for s in specialities), "#3B82F6")])

    # --- export --------------------------------------------------------------------------------

    def export_csv(self) -> None:
        if self.report is None:
            return
        path = ask_csv_path(self, f"medlink-dashboard-{self.report.first_day}-{self.report.last_day}.csv")
        if path is not None:
            self.write_csv(path)

    def write_csv(self, path: Any) -> None:
        assert self.report is not None
        header, rows = dashboard.report_table(self.report)
        try:
            write_csv(path, header, rows)
        except OSError as exc:
            from medlink.errors import StorageError

            show_error(self, StorageError(self.tr("The file could not be written: {value}.").format(value=exc.strerror or exc)))


PERIOD_HEADERS = LabelTable("DashboardPage", {
    "Date": N_("DashboardPage", "Date"), "Appointments": N_("DashboardPage", "Appointments"),
    "Completed": N_("DashboardPage", "Completed"), "No-shows": N_("DashboardPage", "No-shows"),
    "Cancelled": N_("DashboardPage", "Cancelled"), "Revenue (INR)": N_("DashboardPage", "Revenue (INR)"),
    "GST (INR)": N_("DashboardPage", "GST (INR)"), "Total": N_("DashboardPage", "Total"),
})


def _display(header: str, value: str) -> str:
    if header == "Date" and value == "Total":
        return PERIOD_HEADERS["Total"]
    if header.endswith("(INR)"):
        return format_money(Decimal(value))
    if header == "Date":
        try:
            return format_date(date.fromisoformat(value), "EEE dd MMM y")
        except ValueError:
            return value
    return value


def _buckets(report: PeriodReport) -> list[tuple[str, Decimal]]:
    """Revenue per day for short periods, per week (or month) for longer ones, so bars stay readable."""
    days = report.days
    if len(days) <= 14:
        return [(f"{d.day.day}/{d.day.month}", d.revenue or Decimal(0)) for d in days]
    size = 7 if len(days) <= 120 else 30
    out = []
    for i in range(0, len(days), size):
        chunk = days[i:i + size]
        out.append((f"{chunk[0].day.day}/{chunk[0].day.month}", sum((d.revenue or Decimal(0) for d in chunk), Decimal(0))))
    return out


def _bar_height(value: Decimal) -> float:
    """Charts draw bar heights as floats: display only — the dashboard's figures,
    totals and CSV keep the exact Decimal values."""
    return float(value)
