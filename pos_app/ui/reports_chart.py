"""The chart beside a report's table, drawn with QtCharts (PySide6-Addons).

This module imports QtCharts, which is heavy: the Reports tab imports it only when it is first
shown, so starting the till never pays for it. Periods and hours are vertical bars in time
order; items, customers, cashiers and tenders are horizontal bars, the best at the top. The bars
are the report's chart column (net sales; net for tenders), the same numbers as the table,
converted to float for drawing only. Long lists chart their first `HORIZONTAL_LIMIT` rows (the
SQL already ranks them).
"""

from __future__ import annotations

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QWidget

from pos_app.controllers.report_rows import ReportKind, ReportTable
from pos_app.domain.i18n import translate
from pos_app.ui.reports_model import column_title, display_text

VERTICAL = (ReportKind.DAY, ReportKind.WEEK, ReportKind.MONTH, ReportKind.HOUR)
HORIZONTAL_LIMIT = 15


class ReportChart(QChartView):
    """Bars of one report's chart column; `show_table` redraws it. `bars` is the set drawn (tests read it)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumWidth(320)
        self.bars: QBarSet | None = None
        self.categories: list[str] = []
        self.setChart(QChart())

    def show_table(self, table: ReportTable) -> None:
        vertical = table.kind in VERTICAL
        rows = table.rows if vertical else table.rows[:HORIZONTAL_LIMIT]
        if not vertical:
            rows = tuple(reversed(rows))  # a horizontal axis draws its first category at the bottom
        name = column_title(table.columns[table.chart_column])
        bars = QBarSet(name)
        bars.append([float(row[table.chart_column] or 0) for row in rows])
        series: QAbstractBarSeries = QBarSeries() if vertical else QHorizontalBarSeries()
        series.append(bars)
        chart = QChart()
        title = (
            table.title
            if len(table.rows) == len(rows)
            else translate("ReportChart", "{title} (first {count})").format(
                title=table.title, count=len(rows)
            )
        )
        chart.setTitle(title)
        chart.legend().hide()
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        self.categories = [display_text(row[table.label_column]) or "?" for row in rows]
        if table.kind is ReportKind.DAY and len(rows) > 12:
            # Many days: "03-14" fits under a bar where "2026-03-14" is elided to "…".
            self.categories = [label[5:] for label in self.categories]
        categories.append(self.categories)
        values = QValueAxis()
        values.setTitleText(name)
        category_side, value_side = (
            (Qt.AlignmentFlag.AlignBottom, Qt.AlignmentFlag.AlignLeft)
            if vertical
            else (Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignBottom)
        )
        chart.addAxis(categories, category_side)
        chart.addAxis(values, value_side)
        series.attachAxis(categories)
        series.attachAxis(values)
        if rows:
            values.applyNiceNumbers()
        if vertical and len(rows) > 12:
            categories.setLabelsAngle(-90)
            categories.setTruncateLabels(False)
        old = self.chart()
        self.setChart(chart)
        old.deleteLater()
        self.bars = bars

    def values(self) -> list[float]:
        """The heights of the bars drawn, in the order of the axis."""
        if self.bars is None:
            return []
        return [self.bars.at(i) for i in range(self.bars.count())]
