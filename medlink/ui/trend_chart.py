"""A small trend chart drawn with QPainter: one measurement over time with its target band.

Points outside the band are drawn red; blood pressure draws the systolic and
diastolic lines (each with its own band).  No chart library: the few things a
clinic needs (dates along the bottom, values up the side, the band, the last
value labelled) are simple to draw and keep the bundle small.
"""

from __future__ import annotations

import math
from datetime import datetime, tzinfo

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from medlink.ui.clinical_labels import kind_label
from medlink.formatting import format_datetime
from medlink.services.measurements import TrendSeries

INK = QColor("#243B53")
MUTED = QColor("#627D98")
GRID = QColor("#E4E7EB")
BAND = QColor(39, 174, 96, 40)
BAND_EDGE = QColor(39, 174, 96, 110)
LINE = QColor("#2F6FED")
LINE2 = QColor("#8E44AD")
OUT = QColor("#B42318")


def _nice_step(span: float, ticks: int = 6) -> float:
    raw = span / max(1, ticks)
    magnitude = 10 ** math.floor(math.log10(raw)) if raw > 0 else 1
    for factor in (1, 2, 2.5, 5, 10):
        if raw <= factor * magnitude:
            return factor * magnitude
    return 10 * magnitude


class TrendChart(QWidget):
    def __init__(self, tz: tzinfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tz = tz
        self.series: TrendSeries | None = None
        self.setObjectName("trendChart")
        self.setMinimumSize(300, 130)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._empty_text = self.tr("No readings yet.")
        # The drawn chart, kept until the series, the size or the font changes: a ten-year trend is
        # hundreds of points, and the widget is repainted whenever anything near it changes.  It is
        # drawn in a turn of the event loop of its own (tens of milliseconds for a long trend), not
        # inside the window's repaint with everything else that changed.
        self._drawn: QPixmap | None = None
        self._drawn_for: tuple[object, ...] = ()
        self._draw_pending = False

    def sizeHint(self) -> QSize:
        return QSize(640, 280)

    def set_series(self, series: TrendSeries | None, empty_text: str | None = None) -> None:
        self.series = series
        if empty_text:
            self._empty_text = empty_text
        self._drawn = None
        self.update()

    # --- geometry ----------------------------------------------------------------------------
    def _value_range(self, s: TrendSeries, ticks: int = 6) -> tuple[float, float]:
        values = [p.value for p in s.points] + [p.value2 for p in s.points if p.value2 is not None]
        for bound in (s.target.low, s.target.high, s.target.low2, s.target.high2):
            if bound is not None:
                values.append(bound)
        low, high = min(values), max(values)
        if high - low < 1e-9:
            low, high = low - 1, high + 1
        pad = (high - low) * 0.1
        step = _nice_step(high - low + 2 * pad, ticks)
        return math.floor((low - pad) / step) * step, math.ceil((high + pad) / step) * step

    def _key(self) -> tuple[object, ...]:
        return (self.width(), self.height(), self.devicePixelRatioF(), id(self.series), self._empty_text,
                self.font().key())

    def drawing(self) -> QPixmap:
        """The chart as drawn for the widget's current size and series (drawn now if it is not)."""
        key = self._key()
        if self._drawn is None or self._drawn_for != key:
            ratio = self.devicePixelRatioF()
            pixmap = QPixmap(max(1, round(self.width() * ratio)), max(1, round(self.height() * ratio)))
            pixmap.setDevicePixelRatio(ratio)
            self._draw(QPainter(pixmap))
            self._drawn, self._drawn_for = pixmap, key
        return self._drawn

    def _draw_now(self) -> None:
        self._draw_pending = False
        if self.isVisible():
            self.drawing()
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        if self._drawn is not None and self._drawn_for == self._key():
            painter.drawPixmap(0, 0, self._drawn)
        else:
            painter.fillRect(self.rect(), QColor("#FFFFFF"))
            if self._drawn is not None and self._drawn_for[3:] == self._key()[3:]:
                painter.drawPixmap(0, 0, self._drawn)  # the same chart at the old size, until redrawn
            if not self._draw_pending:
                self._draw_pending = True
                QTimer.singleShot(0, self, self._draw_now)
        painter.end()

    def _draw(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#FFFFFF"))
        s = self.series
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, self.font().pointSizeF() * 0.85))
        painter.setFont(small)
        if s is None or not s.points:
            painter.setPen(MUTED)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self._empty_text)
            painter.end()
            return
        metrics = painter.fontMetrics()
        left = 12 + metrics.horizontalAdvance("00000")
        plot = QRectF(left, 28, max(10, self.width() - left - 16), max(10, self.height() - 28 - 34))
        ticks = max(2, min(6, int(plot.height() // 40)))
        v_min, v_max = self._value_range(s, ticks)
        times = [p.at.timestamp() for p in s.points]
        t_min, t_max = min(times), max(times)
        if t_max - t_min < 1:
            t_min, t_max = t_min - 43200, t_max + 43200

        def x(t: float) -> float:
            return plot.left() + (t - t_min) / (t_max - t_min) * plot.width()

        def y(v: float) -> float:
            return plot.bottom() - (v - v_min) / (v_max - v_min) * plot.height()

        # title
        painter.setPen(INK)
        title_font = QFont(self.font())
        title_font.setBold(True)
        painter.setFont(title_font)
        band = s.target.describe(s.kind) if any(b is not None for b in (s.target.low, s.target.high)) else ""
        title = f"{kind_label(s.kind)} ({s.unit})"
        painter.drawText(QRectF(plot.left(), 2, plot.width(), 22), Qt.AlignmentFlag.AlignLeft
                         | Qt.AlignmentFlag.AlignVCenter, title)
        painter.setFont(small)
        if band:
            caption = (self.tr("Target %1 (set by the doctor)") if s.planned else self.tr("Usual range %1")).replace(
                "%1", band)
            painter.setPen(MUTED)
            painter.drawText(QRectF(plot.left(), 2, plot.width(), 22), Qt.AlignmentFlag.AlignRight
                             | Qt.AlignmentFlag.AlignVCenter, caption)

        # grid and value labels
        step = _nice_step(v_max - v_min, ticks)
        value = v_min
        while value <= v_max + 1e-9:
            painter.setPen(QPen(GRID, 1))
            painter.drawLine(QPointF(plot.left(), y(value)), QPointF(plot.right(), y(value)))
            painter.setPen(MUTED)
            painter.drawText(QRectF(0, y(value) - 8, left - 6, 16), Qt.AlignmentFlag.AlignRight
                             | Qt.AlignmentFlag.AlignVCenter, f"{value:g}")
            value += step

        # target bands
        for low, high in ((s.target.low, s.target.high), (s.target.low2, s.target.high2)):
            if low is None and high is None:
                continue
            top = y(min(v_max, high if high is not None else v_max))
            bottom = y(max(v_min, low if low is not None else v_min))
            painter.fillRect(QRectF(plot.left(), top, plot.width(), bottom - top), BAND)
            painter.setPen(QPen(BAND_EDGE, 1, Qt.PenStyle.DashLine))
            for edge in (low, high):
                if edge is not None and v_min <= edge <= v_max:
                    painter.drawLine(QPointF(plot.left(), y(edge)), QPointF(plot.right(), y(edge)))

        # date labels
        painter.setPen(MUTED)
        labels = 6 if plot.width() > 420 else 3
        span_days = (t_max - t_min) / 86400
        fmt = "dd MMM y" if span_days > 300 else "dd MMM" if span_days > 3 else "dd MMM HH:mm"
        if len({p.at for p in s.points}) == 1:
            moments = [s.points[0].at.timestamp()]  # one reading: one label, under it
        else:
            labels = min(labels, max(1, int(span_days * 2))) if span_days < 3 else labels
            moments = [t_min + (t_max - t_min) * i / labels for i in range(labels + 1)]
        for t in moments:
            text = format_datetime(datetime.fromtimestamp(t, self.tz), fmt, tz=self.tz)
            width = metrics.horizontalAdvance(text)
            cx = min(max(x(t) - width / 2, plot.left() - 4), plot.right() - width + 4)
            painter.drawText(QRectF(cx, plot.bottom() + 6, width + 2, 18), Qt.AlignmentFlag.AlignLeft, text)
        painter.setPen(QPen(MUTED, 1))
        painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))

        # lines and points
        def outside(v: float, low: float | None, high: float | None) -> bool:
            return (low is not None and v < low) or (high is not None and v > high)

        tracks = [([(p.at.timestamp(), p.value) for p in s.points], LINE, s.target.low, s.target.high)]
        second = [(p.at.timestamp(), p.value2) for p in s.points if p.value2 is not None]
        if second:
            tracks.append((second, LINE2, s.target.low2, s.target.high2))
        dense = len(s.points) >= 120
        radius = 3.5 if not dense else 1.8
        for points, colour, low, high in tracks:
            painter.setPen(QPen(colour, 1.8))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPolyline(QPolygonF([QPointF(x(t), y(v)) for t, v in points]))
            for t, v in points:
                bad = outside(v, low, high)
                if dense and not bad:
                    continue  # hundreds of readings: the line shows them; only those out of range get a dot
                painter.setPen(QPen(OUT if bad else colour, 1.2))
                painter.setBrush(OUT if bad else QColor("#FFFFFF"))
                painter.drawEllipse(QPointF(x(t), y(v)), radius + (1 if bad else 0), radius + (1 if bad else 0))
            last_t, last_v = points[-1]
            painter.setPen(OUT if outside(last_v, low, high) else colour)
            label = f"{last_v:g}"
            lx = min(x(last_t) + 6, plot.right() - metrics.horizontalAdvance(label))
            painter.drawText(QPointF(lx, y(last_v) - 6), label)
        painter.end()

    def point_count(self) -> int:
        return len(self.series.points) if self.series else 0


__all__ = ["TrendChart"]
