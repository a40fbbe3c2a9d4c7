"""Small charts drawn with QPainter: lines over days, vertical and horizontal bars.

Replaces QtCharts (deprecated since Qt 6.10, and the reason installs needed the
153 MB PySide6-Addons wheel).  Qt's own painter is all a dashboard needs:
axes with "nice" ticks, category labels that thin out when crowded, a legend,
value labels on horizontal bars, and an empty state.  Values are floats for
drawing only; the figures shown elsewhere stay exact ``Decimal``.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

ChartKind = Literal["line", "bars", "hbars"]

INK = QColor("#102A43")
MUTED = QColor("#627D98")
GRID = QColor("#E4E7EB")


@dataclass(frozen=True)
class ChartSeries:
    name: str
    values: tuple[float, ...]
    colour: str


def nice_ticks(top: float, *, count: int = 5) -> list[float]:
    """0 … a round number ≥ ``top`` in about ``count`` steps of 1, 2 or 5 × 10ⁿ (at least 1:
    the dashboard counts visits and rupees)."""
    top = max(top, 1.0)
    raw = top / max(count, 1)
    magnitude = 10 ** math.floor(math.log10(raw))
    step = max(1.0, next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw))
    steps = math.ceil(top / step - 1e-9)
    return [i * step for i in range(steps + 1)]


class ChartWidget(QWidget):
    """One chart: a title, a kind, categories and one or more series."""

    def __init__(self, title: str, kind: ChartKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = title
        self.kind: ChartKind = kind
        self.categories: tuple[str, ...] = ()
        self.series: tuple[ChartSeries, ...] = ()
        self.show_legend = kind == "line"
        self._format: Callable[[float], str] = lambda v: f"{v:,.0f}"
        self.empty_text = self.tr("Nothing in this period")
        self.setMinimumHeight(220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def title(self) -> str:
        return self._title

    def setTitle(self, title: str) -> None:
        self._title = title
        self.update()

    def set_data(self, categories: Sequence[str], series: Sequence[ChartSeries], *,
                 value_format: Callable[[float], str] | None = None) -> None:
        for s in series:
            if len(s.values) != len(categories):
                raise ValueError(f"series {s.name!r} has {len(s.values)} values for {len(categories)} categories")
        self.categories = tuple(categories)
        self.series = tuple(series)
        if value_format is not None:
            self._format = value_format
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(420, 260)

    # --- painting ------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        painter.setPen(QPen(GRID, 1))
        painter.setBrush(QColor("white"))
        painter.drawRoundedRect(rect, 8, 8)
        base = QFont(self.font())
        title_font = QFont(base)
        title_font.setBold(True)
        title_font.setPointSizeF(base.pointSizeF() + 1)
        painter.setFont(title_font)
        painter.setPen(INK)
        title_h = QFontMetricsF(title_font).height() + 10
        painter.drawText(rect.adjusted(12, 6, -12, 0), Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter,
                         self._title)
        small = QFont(base)
        small.setPointSizeF(max(7.0, base.pointSizeF() - 1))
        painter.setFont(small)
        metrics = QFontMetricsF(small)
        body = rect.adjusted(12, title_h + 4, -14, -10)
        if self.show_legend and self.series:
            body.setBottom(body.bottom() - metrics.height() - 6)
            self._legend(painter, metrics, QRectF(rect.left(), body.bottom() + 6, rect.width(), metrics.height()))
        values = [v for s in self.series for v in s.values]
        if not self.categories or not values or (max(values) <= 0 and self.kind != "line"):
            painter.setPen(MUTED)
            painter.drawText(body, Qt.AlignmentFlag.AlignCenter, self.empty_text)
            painter.end()
            return
        ticks = nice_ticks(max(values) if values else 1)
        if self.kind == "hbars":
            self._paint_hbars(painter, metrics, body, ticks)
        else:
            self._paint_vertical(painter, metrics, body, ticks)
        painter.end()

    def _legend(self, painter: QPainter, metrics: QFontMetricsF, area: QRectF) -> None:
        widths = [metrics.horizontalAdvance(s.name) + 26 for s in self.series]
        x = area.center().x() - sum(widths) / 2
        for s, width in zip(self.series, widths, strict=True):
            painter.fillRect(QRectF(x, area.center().y() - 4, 14, 8), QColor(s.colour))
            painter.setPen(INK)
            painter.drawText(QRectF(x + 18, area.top(), width, area.height()), Qt.AlignmentFlag.AlignVCenter, s.name)
            x += width

    def _paint_vertical(self, painter: QPainter, metrics: QFontMetricsF, body: QRectF, ticks: list[float]) -> None:
        label_w = max(metrics.horizontalAdvance(self._format(t)) for t in ticks) + 8
        plot = QRectF(body.left() + label_w, body.top(), body.width() - label_w, body.height() - metrics.height() - 6)
        top = ticks[-1]
        for t in ticks:
            y = plot.bottom() - plot.height() * t / top
            painter.setPen(QPen(GRID, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(MUTED)
            painter.drawText(QRectF(body.left(), y - metrics.height() / 2, label_w - 6, metrics.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, self._format(t))
        n = len(self.categories)
        slot = plot.width() / n
        widest = max(metrics.horizontalAdvance(c) for c in self.categories) + 8
        every = max(1, math.ceil(widest / slot))
        painter.setPen(MUTED)
        for i, category in enumerate(self.categories):
            if i % every == 0:
                painter.drawText(QRectF(plot.left() + i * slot + slot / 2 - widest / 2, plot.bottom() + 4, widest,
                                        metrics.height()), Qt.AlignmentFlag.AlignHCenter, category)
        if self.kind == "bars":
            group = slot * 0.7
            width = group / len(self.series)
            for k, s in enumerate(self.series):
                for i, value in enumerate(s.values):
                    h = plot.height() * value / top
                    x = plot.left() + i * slot + (slot - group) / 2 + k * width
                    painter.fillRect(QRectF(x, plot.bottom() - h, max(1.0, width - 1), h), QColor(s.colour))
            return
        for s in self.series:
            points = [QPointF(plot.left() + i * slot + slot / 2, plot.bottom() - plot.height() * v / top)
                      for i, v in enumerate(s.values)]
            # Round joins: a miter join on a zig-zag line costs the raster engine ~5 ms a line.
            painter.setPen(QPen(QColor(s.colour), 2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                                Qt.PenJoinStyle.RoundJoin))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPolyline(QPolygonF(points))
            if len(points) <= 31:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(s.colour))
                for p in points:
                    painter.drawEllipse(p, 2.5, 2.5)

    def _paint_hbars(self, painter: QPainter, metrics: QFontMetricsF, body: QRectF, ticks: list[float]) -> None:
        label_w = min(body.width() * 0.4, max(metrics.horizontalAdvance(c) for c in self.categories) + 10)
        value_w = max(metrics.horizontalAdvance(self._format(v)) for s in self.series for v in s.values) + 8
        plot = QRectF(body.left() + label_w, body.top(), body.width() - label_w - value_w, body.height())
        top = ticks[-1]
        n = len(self.categories)
        slot = plot.height() / n
        bar = min(slot * 0.65, 28.0)
        series = self.series[0]
        for i, (category, value) in enumerate(zip(self.categories, series.values, strict=True)):
            y = plot.top() + i * slot + (slot - bar) / 2
            painter.setPen(INK)
            label = metrics.elidedText(category, Qt.TextElideMode.ElideRight, label_w - 10)
            painter.drawText(QRectF(body.left(), y, label_w - 8, bar),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
            w = plot.width() * value / top
            painter.fillRect(QRectF(plot.left(), y, w, bar), QColor(series.colour))
            painter.setPen(MUTED)
            painter.drawText(QRectF(plot.left() + w + 4, y, value_w, bar), Qt.AlignmentFlag.AlignVCenter,
                             self._format(value))
