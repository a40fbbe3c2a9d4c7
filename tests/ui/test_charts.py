"""The QPainter charts that replaced QtCharts: they draw what they are given."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor

from medlink.ui.charts import ChartSeries, ChartWidget, nice_ticks


def _colours(widget: ChartWidget) -> set[str]:
    image = widget.grab().toImage()
    return {QColor(image.pixel(x, y)).name() for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)}


def test_nice_ticks_are_round_and_cover_the_top():
    assert nice_ticks(7) == [0, 2, 4, 6, 8]
    assert nice_ticks(0) == [0, 1]
    ticks = nice_ticks(12_345.6)
    assert ticks[0] == 0 and ticks[-1] >= 12_345.6 and len(ticks) <= 7


@pytest.mark.parametrize("kind", ["line", "bars", "hbars"])
def test_each_kind_draws_its_series_colour(qtbot, kind):
    chart = ChartWidget("Test", kind)
    qtbot.addWidget(chart)
    chart.resize(420, 260)
    chart.set_data(["Mon", "Tue", "Wed"], [ChartSeries("Seen", (3.0, 5.0, 1.0), "#0f766e")])
    assert "#0f766e" in _colours(chart)


def test_an_empty_period_draws_no_bars(qtbot):
    chart = ChartWidget("Revenue", "bars")
    qtbot.addWidget(chart)
    chart.resize(420, 260)
    chart.set_data(["1/4", "2/4"], [ChartSeries("Revenue", (0.0, 0.0), "#0f766e")])
    assert "#0f766e" not in _colours(chart)


def test_series_must_match_the_categories(qtbot):
    chart = ChartWidget("x", "line")
    qtbot.addWidget(chart)
    with pytest.raises(ValueError):
        chart.set_data(["a", "b"], [ChartSeries("s", (1.0,), "#000000")])
