"""The history table model: Qt's model tester, pages on demand, and memory that stays flat."""

from __future__ import annotations

from PySide6.QtCore import Qt

from pos_app.controllers.order_history import HistoryFilter, parse_history_filter
from pos_app.ui.history_model import HistoryTableModel, history_columns
from pos_app.ui.paged_model import RowRole


def test_the_history_model_passes_the_qt_model_tester(qtmodeltester, mid_history):
    model = HistoryTableModel(mid_history, page_size=50, max_pages=3)
    model.show(parse_history_filter(cashier="Emeka"))
    assert model.rowCount() > 1000
    qtmodeltester.check(model)


def test_an_empty_result_passes_the_qt_model_tester_too(qtmodeltester, mid_history):
    model = HistoryTableModel(mid_history)
    model.show(parse_history_filter(receipt="999999999"))
    assert model.rowCount() == 0
    qtmodeltester.check(model)


def test_rows_show_as_the_list_says_and_pages_stay_few(mid_history, mid_sql):
    model = HistoryTableModel(mid_history, page_size=100, max_pages=4)
    model.show(HistoryFilter())
    total = model.rowCount()
    assert total == mid_sql("SELECT COUNT(*) FROM orders")[0][0]
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())] == [
        column.title for column in history_columns()
    ]
    for row in range(0, total, 97):  # the whole list, top to bottom
        assert model.data(model.index(row, 0), RowRole) is not None
        assert model.cached_page_count() <= 4
    oldest = model.order_at(total - 1)
    assert oldest is not None
    expected = mid_sql("SELECT id, receipt_no FROM orders ORDER BY created_at, id LIMIT 1")[0]
    assert oldest.id == expected[0]
    assert model.index(total - 1, 0).data() == f"{expected[1]:06d}"
    assert model.index(total - 1, 7).data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
