"""QtCharts, kept out of :mod:`seller_desk.ui.qt`: only the reports screen draws a chart.

Loading QtCharts (and the OpenGL bindings it links) costs about a sixth of a second, so it
is imported by the reports screen when that screen is built, not by every window at start
(docs/performance.md, "Start").
"""

from __future__ import annotations

from PySide6.QtCharts import (  # noqa: F401 - re-exported (PySide6-Addons)
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
