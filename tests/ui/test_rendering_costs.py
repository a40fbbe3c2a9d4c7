"""What keeps the GUI thread's turns short stays correct: the table model's cell texts kept between
paints, the trend chart's drawing kept between repaints, the style sheet set on the windows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from medlink.clinical.vitals import Target
from medlink.services.measurements import TrendPoint, TrendSeries
from medlink.ui import style
from medlink.ui.table import Column, RowsModel
from medlink.ui.trend_chart import TrendChart
from medlink.vocabulary import MeasurementKind, MeasurementSource


@dataclass(frozen=True)
class _Row:
    name: str
    amount: int


def test_rows_model_computes_a_cell_once_and_again_after_new_rows_or_columns() -> None:
    calls: list[str] = []

    def name(row: _Row) -> str:
        calls.append(row.name)
        return row.name.upper()

    model: RowsModel[_Row] = RowsModel([Column("Name", name), Column("Amount", lambda r: str(r.amount), align_right=True)])
    model.set_rows([_Row("asha", 5), _Row("ravi", 7)])
    index = model.index(0, 0)
    assert [model.data(index) for _ in range(5)] == ["ASHA"] * 5
    assert calls == ["asha"]  # the view asks on every paint; the text is computed once
    assert model.data(index, Qt.ItemDataRole.ToolTipRole) == "ASHA" and calls == ["asha"]
    assert model.data(model.index(1, 1), Qt.ItemDataRole.TextAlignmentRole) == int(
        (Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
    assert model.data(model.index(0, 0), Qt.ItemDataRole.DecorationRole) is None
    assert model.data(QModelIndex()) is None
    model.set_rows([_Row("meera", 1)])
    assert model.data(model.index(0, 0)) == "MEERA"  # new rows: new texts
    model.columns = [Column("Name", lambda r: f"Dr. {r.name}")]
    model.set_rows(model.rows)
    assert model.data(model.index(0, 0)) == "Dr. meera"  # new columns: new texts
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Name"
    model.append_rows([_Row("kavya", 2)])
    assert model.data(model.index(1, 0)) == "Dr. kavya"


def _series(values: list[float]) -> TrendSeries:
    start = datetime(2020, 1, 1, tzinfo=timezone.utc)
    return TrendSeries(kind=MeasurementKind.WEIGHT, label="Weight", unit="kg", target=Target(60.0, 75.0),
                       points=tuple(TrendPoint(at=start + timedelta(days=14 * i), value=v, value2=None,
                                               source=MeasurementSource.HOME) for i, v in enumerate(values)),
                       planned=False)


def test_the_trend_chart_keeps_its_drawing_until_the_series_or_the_size_changes(qtbot) -> None:
    chart = TrendChart(timezone.utc)
    qtbot.addWidget(chart)
    chart.resize(500, 240)
    chart.show()
    chart.set_series(_series([70.0 + (i % 5) for i in range(300)]))  # ten years, fortnightly
    qtbot.waitUntil(lambda: chart._drawn is not None and chart._drawn_for == chart._key())  # drawn in a turn of its own
    drawn = chart._drawn
    first = chart.grab().toImage()
    assert chart._drawn is drawn  # a repaint reuses the drawing
    assert _inked(first) > 500  # the line, the band and the labels, not a blank widget
    chart.set_series(_series([90.0 - (i % 7) for i in range(300)]))
    assert chart._drawn is None  # a new series is drawn anew
    second = chart.drawing().toImage()
    assert second != first.convertToFormat(second.format())
    chart.resize(600, 260)
    qtbot.waitUntil(lambda: chart._drawn is not None and chart._drawn.width() == 600)
    assert chart.grab().toImage().width() == 600


def _inked(image) -> int:  # type: ignore[no-untyped-def]
    """How many pixels (of every other row and column) are not white."""
    white = 0xFFFFFFFF
    return sum(1 for x in range(0, image.width(), 2) for y in range(0, image.height(), 2) if image.pixel(x, y) != white)


def test_the_window_style_sheet_is_set_on_windows_only_when_the_application_asks_for_it(qtbot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    style.style_window(window)
    assert window.styleSheet() == ""  # tests and screenshot scripts: nothing set on the window
    style.style_window(window, "QLabel { color: red; }")
    assert window.styleSheet() == "QLabel { color: red; }"
    style.use_window_style_sheet(style.STYLESHEET)
    try:
        other = QWidget()
        qtbot.addWidget(other)
        label = QLabel("x", other)
        label.setProperty("role", "h1")
        style.style_window(other, "QLabel { color: red; }")
        assert other.styleSheet().startswith(style.STYLESHEET) and other.styleSheet().endswith("color: red; }")
        assert QApplication.instance().styleSheet() == ""  # type: ignore[union-attr]
        other.show()
        assert label.font().pointSizeF() == 18  # the window's sheet reaches its children
    finally:
        style.use_window_style_sheet(None)


def test_a_table_measures_its_columns_once_per_content_and_as_wide_as_qt_would(qtbot) -> None:
    from PySide6.QtWidgets import QMainWindow, QTableView

    from medlink.ui import table

    rows = [_Row("x" * (1 + (i * 7) % 30), i) for i in range(120)]
    asked: list[int] = []
    windows: list[QMainWindow] = []

    class Counting(RowsModel[_Row]):
        def data(self, index, role=Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
            asked.append(index.row())
            return super().data(index, role)

    def show(view_class: type[QTableView]) -> tuple[QTableView, RowsModel[_Row]]:
        window = QMainWindow()
        qtbot.addWidget(window)
        windows.append(window)
        window.resize(900, 600)
        model: RowsModel[_Row] = Counting([Column("Name", lambda r: r.name), Column("Amount", lambda r: str(r.amount))])
        original = table.MeasuredTableView
        table.MeasuredTableView = view_class  # type: ignore[misc]
        try:
            view = table.make_table(model, "t")
        finally:
            table.MeasuredTableView = original  # type: ignore[misc]
        window.setCentralWidget(view)
        window.show()
        model.set_rows(rows[:80])
        qtbot.waitUntil(lambda: view.columnWidth(0) > 40)
        return view, model

    def widths(view: QTableView) -> list[int]:
        QApplication.processEvents()
        return [view.columnWidth(0), view.columnWidth(1)]

    measured, measured_model = show(table.MeasuredTableView)
    plain, plain_model = show(QTableView)
    assert widths(measured) == widths(plain)
    before = len(asked)
    for _ in range(3):  # what the header's later layout passes ask: answered from what was measured
        measured.sizeHintForColumn(0)
    assert len(asked) == before
    for model in (measured_model, plain_model):  # new content, a scrolled view: measured again, as Qt does
        model.set_rows([_Row("y" * 45, 1), *rows[80:]])
    assert widths(measured) == widths(plain)
    for view in (measured, plain):
        view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
        view.resize(700, 300)
    assert widths(measured) == widths(plain)


def test_later_steps_run_one_a_turn_and_all_at_once_when_asked(qtbot) -> None:
    from PySide6.QtCore import QCoreApplication

    from medlink.ui.widgets import LaterSteps

    owner = QWidget()
    qtbot.addWidget(owner)
    done: list[int] = []
    later = LaterSteps(owner)
    later.add(lambda: done.append(1), lambda: done.append(2), lambda: done.append(3))
    assert done == [] and later.pending == 3  # nothing in the turn that added them
    QCoreApplication.processEvents()
    assert done == [1]  # one a turn
    later.finish()
    assert done == [1, 2, 3] and later.pending == 0
    QCoreApplication.processEvents()
    assert done == [1, 2, 3]
