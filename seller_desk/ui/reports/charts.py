"""The report charts, drawn with QtCharts: bars for counts, a line for the reply-time trend."""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from datetime import date

from seller_desk.ui.qt import (
    QColor,
    QDate,
    QDateTime,
    QFont,
    QMargins,
    QPainter,
    QPen,
    Qt,
    QTime,
    QWidget,
)
from seller_desk.ui.qtcharts import (
    QAbstractAxis,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QDateTimeAxis,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)

ACCENT = QColor("#0f766e")
AMBER = QColor("#c27c0e")
RED = QColor("#b3261e")
MUTED = QColor("#52606d")
#: bars that call for nothing (a single complaint): present, not alarming
NEUTRAL = QColor("#9aa5b1")


def _chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    font = QFont()
    font.setPointSize(11)
    font.setBold(True)
    chart.setTitleFont(font)
    chart.setTitleBrush(QColor("#1f2933"))
    chart.legend().hide()
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setBackgroundRoundness(6)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    return chart


def _axis_font(axis: QAbstractAxis) -> None:
    font = QFont()
    font.setPointSize(8)
    axis.setLabelsFont(font)
    axis.setLabelsColor(MUTED)


def _value_axis(maximum: float, title: str = "", integers: bool = True) -> QValueAxis:
    axis = QValueAxis()
    top = max(1.0, float(maximum))
    if integers:
        # whole-number ticks: 0..top in at most five steps of 1, 2, 5, 10, 20, 50 ...
        step = next(s for s in _nice_steps() if s * 5 >= top)
        top = step * math.ceil(top / step)
        axis.setRange(0, top)
        axis.setTickCount(int(top / step) + 1)
        axis.setLabelFormat("%d")
    else:
        axis.setRange(0, top)
        axis.applyNiceNumbers()
        axis.setLabelFormat("%.0f" if axis.max() >= 10 else "%.1f")
    if title:
        axis.setTitleText(title)
        small = QFont()
        small.setPointSize(8)
        axis.setTitleFont(small)
    _axis_font(axis)
    return axis


def _nice_steps() -> Iterator[int]:
    magnitude = 1
    while True:
        for base in (1, 2, 5):
            yield base * magnitude
        magnitude *= 10


def bar_chart(title: str, categories: Sequence[str], values: Sequence[float],
              color: QColor = ACCENT, horizontal: bool = False,
              value_title: str = "") -> QChart:
    """One series of bars; horizontal bars suit long category names (products)."""
    chart = _chart(title)
    bars = QBarSet(title)
    bars.setColor(color)
    bars.setBorderColor(color)
    for value in values:
        bars.append(float(value))
    series = QHorizontalBarSeries() if horizontal else QBarSeries()
    series.setBarWidth(0.7)
    series.append(bars)
    chart.addSeries(series)
    category_axis = QBarCategoryAxis()
    category_axis.append(list(categories))
    _axis_font(category_axis)
    value_axis = _value_axis(max(values, default=0), value_title)
    if horizontal:
        chart.addAxis(category_axis, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(value_axis, Qt.AlignmentFlag.AlignBottom)
    else:
        chart.addAxis(category_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(value_axis, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(category_axis)
    series.attachAxis(value_axis)
    return chart


def stacked_bar_chart(title: str, categories: Sequence[str],
                      parts: Sequence[tuple[str, Sequence[float], QColor]],
                      horizontal: bool = False, value_title: str = "") -> QChart:
    """Bars made of parts (name, one value per category, colour) stacked on each other,
    with a legend naming the parts: answered and still waiting, repeated and single."""
    chart = _chart(title)
    series = QHorizontalStackedBarSeries() if horizontal else QStackedBarSeries()
    series.setBarWidth(0.7)
    for name, values, color in parts:
        bars = QBarSet(name)
        bars.setColor(color)
        bars.setBorderColor(color)
        for value in values:
            bars.append(float(value))
        series.append(bars)
    chart.addSeries(series)
    category_axis = QBarCategoryAxis()
    category_axis.append(list(categories))
    _axis_font(category_axis)
    totals = [sum(float(values[n]) for _name, values, _c in parts)
              for n in range(len(categories))]
    value_axis = _value_axis(max(totals, default=0), value_title)
    if horizontal:
        chart.addAxis(category_axis, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(value_axis, Qt.AlignmentFlag.AlignBottom)
    else:
        chart.addAxis(category_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(value_axis, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(category_axis)
    series.attachAxis(value_axis)
    _small_legend(chart)
    return chart


def _small_legend(chart: QChart) -> None:
    legend = chart.legend()
    legend.show()
    legend.setAlignment(Qt.AlignmentFlag.AlignBottom)
    small = QFont()
    small.setPointSize(8)
    legend.setFont(small)


def load_chart(title: str, days: Sequence[date], customers: Sequence[int],
               medians: Sequence[float | None], customers_name: str, median_name: str,
               value_title: str, label_format: str) -> QChart:
    """Customers per day (or week) as bars and the median first reply as a line over them,
    each on its own axis: does the line climb where the bars are tall?"""
    chart = _chart(title)
    _day_bars(chart, customers_name, customers, NEUTRAL,
              _value_axis(max(customers, default=0), customers_name))
    line = QLineSeries()
    line.setName(median_name)
    pen = QPen(ACCENT)
    pen.setWidth(2)
    line.setPen(pen)
    line.setPointsVisible(True)
    for n, median in enumerate(medians):
        if median is not None:
            line.append(float(n), float(median))
    chart.addSeries(line)
    top = max([v for v in medians if v is not None] + [1.0])
    hours_axis = _value_axis(top * 1.1, value_title, integers=False)
    chart.addAxis(hours_axis, Qt.AlignmentFlag.AlignRight)
    # the line's x is the bar's index: a value axis over the same span as the bars
    index_axis = QValueAxis()
    index_axis.setRange(-0.5, max(0, len(days) - 1) + 0.5)
    index_axis.setVisible(False)
    chart.addAxis(index_axis, Qt.AlignmentFlag.AlignBottom)
    line.attachAxis(index_axis)
    line.attachAxis(hours_axis)
    if days:
        chart.addAxis(_date_axis(days, label_format), Qt.AlignmentFlag.AlignBottom)
    _small_legend(chart)
    return chart


def _date_axis(days: Sequence[date], label_format: str) -> QDateTimeAxis:
    """A time axis from half a day before the first day to half a day after the last, so
    it lines up with bars centred on each day."""
    axis = QDateTimeAxis()
    first = QDateTime(_qdate(days[0]), QTime(0, 0)).addSecs(-12 * 3600)
    last = QDateTime(_qdate(days[-1]), QTime(0, 0)).addSecs(12 * 3600)
    axis.setRange(first, last)
    axis.setFormat(label_format)
    axis.setTickCount(min(len(days), 7) + 1 if len(days) < 7 else 7)
    axis.setGridLineVisible(False)
    _axis_font(axis)
    return axis


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _midday_ms(day: date) -> float:
    return float(QDateTime(_qdate(day), QTime(0, 0)).toMSecsSinceEpoch())


def _day_bars(chart: QChart, name: str, values: Sequence[float], color: QColor,
              value_axis: QValueAxis) -> None:
    """One bar per day, on a hidden category axis (a date axis is laid over it by the
    caller) and on ``value_axis`` at the left."""
    bars = QBarSet(name)
    bars.setColor(color)
    bars.setBorderColor(color)
    for value in values:
        bars.append(float(value))
    series = QBarSeries()
    series.setBarWidth(0.8)
    series.append(bars)
    chart.addSeries(series)
    hidden = QBarCategoryAxis()
    hidden.append([str(n) for n in range(len(values))])
    hidden.setVisible(False)
    chart.addAxis(hidden, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(value_axis, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(hidden)
    series.attachAxis(value_axis)


def day_bar_chart(title: str, days: Sequence[date], values: Sequence[float],
                  label_format: str, color: QColor = ACCENT) -> QChart:
    """One bar per day, under a date axis that writes only a few dates."""
    chart = _chart(title)
    _day_bars(chart, title, values, color, _value_axis(max(values, default=0)))
    if days:
        chart.addAxis(_date_axis(days, label_format), Qt.AlignmentFlag.AlignBottom)
    return chart


def trend_chart(title: str, days: Sequence[date], medians: Sequence[float | None],
                targets: Sequence[tuple[str, float, QColor]], value_title: str,
                median_name: str, label_format: str) -> QChart:
    """The median first reply per day or week as a line, with the target lines."""
    chart = _chart(title)
    line = QLineSeries()
    line.setName(median_name)
    pen = QPen(ACCENT)
    pen.setWidth(2)
    line.setPen(pen)
    line.setPointsVisible(True)
    for day, value in zip(days, medians, strict=True):
        if value is not None:
            line.append(_midday_ms(day), float(value))
    chart.addSeries(line)
    lines = [line]
    for name, hours, color in targets:
        target = QLineSeries()
        target.setName(name)
        dashed = QPen(color)
        dashed.setStyle(Qt.PenStyle.DashLine)
        target.setPen(dashed)
        if days:
            target.append(_midday_ms(days[0]) - 12 * 3600_000, hours)
            target.append(_midday_ms(days[-1]) + 12 * 3600_000, hours)
        chart.addSeries(target)
        lines.append(target)
    top = max([v for v in medians if v is not None] + [h for _n, h, _c in targets] + [1.0])
    y_axis = _value_axis(top * 1.1, value_title, integers=False)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    if days:
        x_axis = _date_axis(days, label_format)
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        for series in lines:
            series.attachAxis(x_axis)
            series.attachAxis(y_axis)
    legend = chart.legend()
    legend.show()
    legend.setAlignment(Qt.AlignmentFlag.AlignBottom)
    small = QFont()
    small.setPointSize(8)
    legend.setFont(small)
    return chart


class ChartView(QChartView):
    """A chart view with antialiasing and a sensible size."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(260)
        self.setMinimumWidth(360)

    def show_chart(self, chart: QChart) -> None:
        old = self.chart()
        self.setChart(chart)
        if old is not None and old is not chart:
            old.deleteLater()
