"""What the catalog and the customer list share: a searchable list whose rows open a form.

Both screens filter a paged table as the person types, move its selection with Up / Down
without leaving the search field, edit the selected record with Enter or a double-click and
add one with Ctrl+N or Insert. They open one form at a time and select what it saved, and
re-read the list when shown or when the data changes, keeping the same record selected.
Written once here so the two screens cannot come to behave differently.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QDialog, QWidget

from pos_app.controllers.paging import PageSource
from pos_app.ui.form_dialog import FormDialog
from pos_app.ui.paged_model import Column, PagedTableModel
from pos_app.ui.row_selection import move_selection, select_row_of_id, selection_kept
from pos_app.ui.search_table import make_result_table, make_search_field
from pos_app.ui.status_label import StatusLabel


class RecordListScreen(QWidget):
    """A search field over a paged table of records, each added or edited in a FormDialog.

    Subclasses build their other widgets, call `_connect_list` once, and implement
    `_source` (the rows for the current search), `_make_form` (the form for a row, or
    None to add one) and `_after_reload` (bring buttons and status up to date).
    """

    def __init__(
        self,
        columns: Sequence[Column],
        *,
        search_name: str,
        search_placeholder: str,
        table_name: str,
        status_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._load_error: str | None = None
        self.dialog: QDialog | None = None  # the open add / edit dialog, if any (tests drive it)

        self.search_field = make_search_field(search_name, search_placeholder)
        self.model = PagedTableModel(columns)
        self.table = make_result_table(self.model)
        self.table.setObjectName(table_name)
        self.status_label = StatusLabel()
        self.status_label.setObjectName(status_name)

    def _connect_list(self, add: Callable[[], None]) -> None:
        """Wire the search, the table keys and the add shortcuts (`add` is the screen's Add action)."""
        self.model.load_failed.connect(self._on_load_failed)
        self.search_field.textChanged.connect(self._on_search_changed)
        self.table.doubleClicked.connect(lambda index: self._edit_row(index.row()))
        self.search_field.installEventFilter(self)
        self.table.installEventFilter(self)
        for sequence in (QKeySequence("Ctrl+N"), QKeySequence(Qt.Key.Key_Insert)):
            shortcut = QShortcut(sequence, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(add)

    # -- to implement ----------------------------------------------------------------------

    def _source(self) -> PageSource[Any]:
        """The rows matching what the search field (and any filter) says now."""
        raise NotImplementedError

    def _make_form(self, row: Any | None) -> FormDialog:
        """The form that edits `row`, or adds a record when `row` is None."""
        raise NotImplementedError

    def _after_reload(self) -> None:
        """Bring what depends on the list (buttons, status line, detail panes) up to date."""
        raise NotImplementedError

    # -- Qt overrides ----------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            # Handled here rather than through `activated`, which some styles emit on a
            # single click: one stray click must not open the edit form.
            self.edit_selected()
            return True
        if watched is self.search_field and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            move_selection(self.table, -1 if key == Qt.Key.Key_Up else +1)
            return True
        return False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Sales change stock and order counts without a change notice; re-reading on show
        # is one count and one page, and keeps what the tab shows true.
        self._reload()

    # -- public --------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search_field.setFocus()
        self.search_field.selectAll()

    def edit_selected(self) -> None:
        self._edit_row(self.table.currentIndex().row())

    # -- the form ------------------------------------------------------------------------

    def _selected_row(self) -> Any | None:
        return self.model.row_at(self.table.currentIndex().row())

    def _edit_row(self, row: int) -> None:
        record = self.model.row_at(row)
        if record is not None:
            self._open_form(record)

    def _open_form(self, row: Any | None) -> None:
        if self.dialog is not None:
            return
        dialog = self._make_form(row)

        def finished(code: int) -> None:
            self.dialog = None
            saved_id = dialog.saved_id
            dialog.deleteLater()
            if code == QDialog.DialogCode.Accepted and saved_id is not None:
                select_row_of_id(self.table, self.model, saved_id)
            self.table.setFocus()

        # open() rather than exec(): no nested event loop, and tests can drive the dialog.
        self.dialog = dialog
        dialog.finished.connect(finished)
        dialog.open()

    # -- reacting to changes -------------------------------------------------------------

    def _on_search_changed(self) -> None:
        # No debounce: an FTS5 prefix count plus one page costs about a millisecond.
        self._reload(keep_selection=False)

    def _on_records_changed(self, *_what: object) -> None:
        if self.isVisible():
            self._reload()
        # A hidden screen re-reads when it is shown again (showEvent).

    def _on_load_failed(self, message: str) -> None:
        self._load_error = message
        self.status_label.show_error(message)

    def _reload(self, *, keep_selection: bool = True) -> None:
        with selection_kept(self.table, self.model, keep=keep_selection):
            self._load_error = None
            self.model.set_source(self._source())
        self._after_reload()

    def _show_list_status(self, text: str) -> None:
        """Show `text` about the list, unless reading it failed: then the reason stays on screen."""
        if self._load_error is not None:
            self.status_label.show_error(self._load_error)
            return
        self.status_label.show_info(text)
