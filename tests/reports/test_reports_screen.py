"""The Reports tab as the owner uses it: Ctrl+5 on the real main window, choose a report and dates with
the keyboard, Enter runs; the table and the chart show the same numbers as the controller; exports to
CSV (the CLI's writer) and PDF (its text read back); bad dates are refused; QtCharts loads only when the
tab is first shown."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

import pos_app.ui.reports_screen as reports_screen
from pos_app.controllers.report_rows import ReportKind
from pos_app.controllers.reports import ReportsController
from pos_app.services.report_export import csv_text
from pos_app.ui.main_window import MainWindow
from pos_app.ui.reports_model import ReportTableModel
from pos_app.ui.reports_screen import ReportsScreen

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def trading(controllers, make_item, shop_zone, till_clock):
    """Three days of March in Berlin: 1, 2 and 3 loaves, one customer's sale at 23:30 local."""
    zone = shop_zone("Europe/Berlin")
    make_item("Bread", "2.50", sku="BREAD", barcode="BREAD", stock="100", tax_rate="7")
    make_item("Jam", "3.20", sku="JAM", barcode="JAM", stock="100", tax_rate="7")
    for day, loaves in ((10, 1), (11, 2), (12, 3)):
        till_clock(datetime(2026, 3, day, 23, 30, tzinfo=zone))
        for _ in range(loaves):
            controllers.sale.scan("BREAD")
        controllers.sale.scan("JAM")
        controllers.sale.pay_cash()
    return zone


def retype(qtbot, field, text: str) -> None:
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, text)


def net_column(screen: ReportsScreen) -> list[float]:
    table = screen.report
    return [float(value) for value in table.column(table.columns[table.chart_column])]


def test_ctrl_5_then_keyboard_only_runs_a_report_with_a_matching_chart(qtbot, controllers, db_path, trading):
    window = MainWindow(controllers, str(db_path))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(window.isActiveWindow)
    assert window.tabs.tabText(window.tabs.indexOf(window.reports)) == "Reports  (Ctrl+5)"
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    screen = window.reports
    assert window.tabs.currentWidget() is screen
    qtbot.waitUntil(lambda: screen.chooser.hasFocus())
    assert screen.report is not None  # the default report ran when the tab was first shown
    assert screen.chooser.currentData() == ReportKind.DAY.value

    # Sales by week, then Tab to From and To, type the dates, Enter.
    qtbot.keyClick(screen.chooser, Qt.Key.Key_Down)
    assert screen.chooser.currentData() == ReportKind.WEEK.value
    qtbot.keyClick(screen.chooser, Qt.Key.Key_Up)
    qtbot.keyClick(screen.chooser, Qt.Key.Key_Tab)
    assert screen.from_field.hasFocus()
    retype(qtbot, screen.from_field, "2026-03-11")
    qtbot.keyClick(screen.from_field, Qt.Key.Key_Tab)
    assert screen.to_field.hasFocus()
    retype(qtbot, screen.to_field, "2026-03-31")
    qtbot.keyClick(screen.to_field, Qt.Key.Key_Return)

    expected = ReportsController(controllers.uow).sales_by_day(
        datetime(2026, 3, 11).date(), datetime(2026, 3, 31).date()
    )
    assert [row.period for row in expected] == ["2026-03-11", "2026-03-12"]
    model = screen.table.model()
    assert model.rowCount() == 2
    shown = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]
    assert shown == [
        ["2026-03-11", "1", "3", "8.20", "0.00", "0.00", "8.20", "0.54", "8.20"],
        ["2026-03-12", "1", "4", "10.70", "0.00", "0.00", "10.70", "0.70", "10.70"],
    ]
    assert screen.heading.text() == "Sales by day, 2026-03-11 to 2026-03-31"
    assert screen.chart is not None
    assert screen.chart.categories == ["2026-03-11", "2026-03-12"]
    assert screen.chart.values() == [float(row.figures.net_sales) for row in expected] == [8.20, 10.70]
    assert screen.message.text() == "2 rows."

    # Enter on the chooser itself runs too: top items now, charted as horizontal bars, the best on top.
    screen.chooser.setFocus()
    screen.choose(ReportKind.TOP_ITEMS)
    qtbot.keyClick(screen.chooser, Qt.Key.Key_Return)
    assert [model.index(r, 1).data() for r in range(model.rowCount())] == ["Bread", "Jam"]
    assert screen.chart.categories == ["Jam", "Bread"]
    assert screen.chart.values() == [6.40, 12.50]
    assert screen.chart.values() == list(reversed(net_column(screen)))


def test_bad_dates_are_refused_and_the_last_report_stays(qtbot, controllers, trading):
    screen = ReportsScreen(ReportsController(controllers.uow))
    qtbot.addWidget(screen)
    screen.from_field.setText("")
    screen.to_field.setText("")
    screen.show()
    qtbot.waitExposed(screen)
    assert [row[0] for row in screen.report.rows] == ["2026-03-10", "2026-03-11", "2026-03-12"]
    shown = screen.report
    for first, last, message in (
        ("2026-03-32", "", "From must be a date like 2026-03-31 (got '2026-03-32')."),
        ("", "tomorrow", "To must be a date like 2026-03-31 (got 'tomorrow')."),
        ("2026-03-12", "2026-03-11", "From (2026-03-12) is after To (2026-03-11): nothing to report."),
    ):
        screen.from_field.setText(first)
        screen.to_field.setText(last)
        qtbot.keyClick(screen.to_field, Qt.Key.Key_Return)
        assert screen.message.text() == message
        assert screen.message.property("kind") == "error"
        assert screen.report is shown
        assert screen.table.model().rowCount() == 3


def test_export_csv_and_pdf(qtbot, controllers, trading, tmp_path, monkeypatch):
    screen = ReportsScreen(ReportsController(controllers.uow))
    qtbot.addWidget(screen)
    screen.from_field.setText("2026-03-01")
    screen.to_field.setText("2026-03-31")
    screen.choose(ReportKind.ITEM)
    screen.show()
    qtbot.waitExposed(screen)
    asked = []
    target = {"csv": tmp_path / "items.csv", "pdf": tmp_path / "items.pdf"}

    def ask(parent, caption, suggested, file_filter):
        asked.append(suggested)
        return str(target[suggested.rsplit(".", 1)[1]])

    monkeypatch.setattr(reports_screen, "ask_save_path", ask)
    qtbot.mouseClick(screen.csv_button, Qt.MouseButton.LeftButton)
    assert target["csv"].read_text(encoding="utf-8") == csv_text(screen.report)
    assert target["csv"].read_text(encoding="utf-8").splitlines()[:2] == [
        "sku,name,units_sold,units_returned,units,gross_sales,discounts,refunds,net_sales,tax",
        "BREAD,Bread,6,0,6,15.00,0.00,0.00,15.00,0.98",
    ]
    assert screen.message.text() == f"Saved {target['csv']}."
    qtbot.mouseClick(screen.pdf_button, Qt.MouseButton.LeftButton)
    assert screen.message.text() == f"Saved {target['pdf']}."
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(target["pdf"]).pages)
    assert "Sales by item, 2026-03-01 to 2026-03-31" in text
    assert "BREAD Bread 6 0 6 15.00 0.00 0.00 15.00 0.98" in text
    assert "JAM Jam 3 0 3 9.60 0.00 0.00 9.60 0.63" in text
    assert asked == ["item-report-2026-03-01-2026-03-31.csv", "item-report-2026-03-01-2026-03-31.pdf"]

    # A folder that does not exist: said, nothing else happens; cancelling writes nothing.
    target["pdf"] = tmp_path / "missing" / "x.pdf"
    qtbot.mouseClick(screen.pdf_button, Qt.MouseButton.LeftButton)
    assert screen.message.property("kind") == "error"
    assert "Cannot write" in screen.message.text()
    monkeypatch.setattr(reports_screen, "ask_save_path", lambda *args: "")
    qtbot.mouseClick(screen.csv_button, Qt.MouseButton.LeftButton)
    assert "Cannot write" in screen.message.text()


@pytest.mark.parametrize("kind", list(ReportKind))
def test_the_model_passes_qt_model_tester(qtmodeltester, controllers, trading, kind):
    model = ReportTableModel()
    qtmodeltester.check(model)
    model.show_table(ReportsController(controllers.uow).table(kind))
    assert model.rowCount() > 0
    qtmodeltester.check(model)


def test_qtcharts_loads_only_when_the_reports_tab_is_shown(db_url):
    script = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from pos_app.controllers.app import AppControllers\n"
        "from pos_app.ui.main_window import MainWindow\n"
        "app = QApplication([])\n"
        f"controllers = AppControllers({db_url!r})\n"
        "window = MainWindow(controllers, 'test')\n"
        "window.show(); app.processEvents()\n"
        "print('before', 'PySide6.QtCharts' in sys.modules)\n"
        "window.tabs.setCurrentWidget(window.reports); app.processEvents()\n"
        "print('after', 'PySide6.QtCharts' in sys.modules, window.reports.chart is not None)\n"
        "window.close(); controllers.close()\n"
    )
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
    }
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[:2] == ["before False", "after True True"]
