"""Moving the one selected row of a table view, the same way on every screen.

The catalog, the customer list, the customer picker and the cart all keep a single
current row that the keyboard moves while the focus stays in a text field, and the
lists re-select the record that was selected before a re-read. Doing it in one place
keeps them from drifting apart (clamping at the ends, scrolling the row into view).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QAbstractItemView

from pos_app.ui.paged_model import PagedTableModel

# How far down a refreshed result we look for the record that was selected before; beyond
# that the selection stays on the same row number rather than paging through the table.
RESELECT_SCAN_LIMIT = 1000


def select_row(view: QAbstractItemView, row: int) -> None:
    """Make `row` the current, selected and visible row; a negative row (empty table) does nothing."""
    if row < 0:
        return
    index = view.model().index(row, 0)
    view.selectionModel().setCurrentIndex(
        index,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    view.scrollTo(index)


def move_selection(view: QAbstractItemView, step: int) -> None:
    """Move the current row by `step`, stopping at the first and the last row."""
    rows = view.model().rowCount()
    if rows:
        current = view.currentIndex().row()
        select_row(view, max(0, min(rows - 1, current + step)))


def select_row_of_id(
    view: QAbstractItemView, model: PagedTableModel, row_id: int, hint_row: int = -1
) -> bool:
    """Select the row showing the record `row_id` if it is in the result; False when it is not.

    `hint_row` is where it was before: usually still there, which spares a scan of the pages.
    """
    candidate = model.row_at(hint_row) if hint_row >= 0 else None
    if candidate is not None and candidate.id == row_id:
        select_row(view, hint_row)
        return True
    for row in range(min(model.rowCount(), RESELECT_SCAN_LIMIT)):
        found = model.row_at(row)
        if found is not None and found.id == row_id:
            select_row(view, row)
            return True
    return False


@contextmanager
def selection_kept(view: QAbstractItemView, model: PagedTableModel, *, keep: bool = True) -> Iterator[None]:
    """Around a re-read of `model`: select the same record again, or the nearest row if it is gone.

    With `keep=False` (a new search) the first row is selected instead.
    """
    previous = model.row_at(view.currentIndex().row()) if keep else None
    previous_row = view.currentIndex().row() if keep else 0
    yield
    if previous is None or not select_row_of_id(view, model, previous.id, hint_row=previous_row):
        select_row(view, min(max(previous_row, 0), model.rowCount() - 1))
