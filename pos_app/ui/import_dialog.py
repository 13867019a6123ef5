"""The import preview: what a CSV file would change, before anything is written.

The dialog shows how the file was read (encoding, separator), a combo per file column to say
which field it feeds (changing one plans the file again), the counts (to add / to update / with
errors), and a table of the rows with their status, filterable by status. "Apply" is enabled
only when the plan has no problems and no errors; it writes everything in one transaction and
closes the dialog, leaving the result on the screen that opened it.

Planning runs on a worker thread (ImportController), with a busy cursor, so a 100k-row file
does not freeze the window; the table is a PagedTableModel fed pages of the plan's rows.

Keys: Enter applies (when possible), Escape cancels.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pos_app.controllers.errors import UserError
from pos_app.controllers.imports import (
    IGNORE,
    UNMAPPED,
    CsvImportError,
    ImportController,
    ImportPlan,
    ImportReport,
    PlanPageSource,
    Status,
)
from pos_app.domain.i18n import translate
from pos_app.ui.import_preview_model import make_preview_model, status_names
from pos_app.ui.status_label import StatusLabel

FILTERS: tuple[Status | None, ...] = (None, "error", "update", "add")


def filter_label(status: Status | None) -> str:
    """The "Show:" choice for rows of `status` (None: all rows), in the user's language."""
    labels = {
        None: translate("ImportDialog", "All rows"),
        "error": translate("ImportDialog", "Errors"),
        "update": translate("ImportDialog", "To update"),
        "add": translate("ImportDialog", "To add"),
    }
    return labels[status]


class ImportDialog(QDialog):
    """Preview and apply the import of `path` as `kind` ("items" or "customers").

    After `accepted`, `report` holds what the import changed.
    """

    def __init__(
        self, imports: ImportController, kind: str, path: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        title = (
            translate("ImportDialog", "Import items — {file}")
            if kind == "items"
            else translate("ImportDialog", "Import customers — {file}")
        )
        self.setWindowTitle(title.format(file=path.name))
        self.setObjectName("importDialog")
        self.resize(900, 600)
        self._imports = imports
        self._kind = kind
        self._path = path
        self._choices: dict[int, str] = {}
        self._request = 0  # the plan request whose answer the dialog waits for (0: none)
        self._busy = False
        self._keep_message = False  # a refusal stays on screen while the file is planned again
        self.plan: ImportPlan | None = None
        self.report: ImportReport | None = None

        self.read_as = QLabel(translate("ImportDialog", "Reading the file…"))
        self.read_as.setObjectName("importReadAs")
        self.mapping_box = QWidget()
        self.mapping_grid = QGridLayout(self.mapping_box)
        self.mapping_grid.setContentsMargins(0, 0, 0, 0)
        self.combos: list[QComboBox] = []
        mapping_area = QScrollArea()
        mapping_area.setWidgetResizable(True)
        mapping_area.setWidget(self.mapping_box)
        mapping_area.setMaximumHeight(90)
        self.problems = StatusLabel()
        self.problems.setObjectName("importProblems")
        self.problems.setWordWrap(True)
        self.counts = QLabel()
        self.counts.setObjectName("importCounts")
        self.filter = QComboBox()
        self.filter.setObjectName("importFilter")
        for status in FILTERS:
            self.filter.addItem(filter_label(status), status)
        self.model = make_preview_model(kind)
        self.table = QTableView()
        self.table.setObjectName("importPreview")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        # Widths from sample text, not ResizeToContents: that would format up to 1,000 rows.
        sample = self.table.fontMetrics().horizontalAdvance
        for column, text in enumerate(("000,000", status_names()["update"], "X" * 14, "X" * 22)):
            self.table.setColumnWidth(column, sample(text) + 16)
        self.message = StatusLabel()
        self.message.setObjectName("importMessage")
        self.message.setWordWrap(True)
        self.apply_button = QPushButton(translate("ImportDialog", "Apply  (Enter)"))
        self.apply_button.setObjectName("importApply")
        self.apply_button.setDefault(True)
        self.apply_button.setEnabled(False)
        self.cancel_button = QPushButton(translate("ImportDialog", "Cancel  (Esc)"))
        self.cancel_button.setAutoDefault(False)

        filter_row = QHBoxLayout()
        filter_row.addWidget(self.counts, 1)
        filter_row.addWidget(QLabel(translate("ImportDialog", "Show:")))
        filter_row.addWidget(self.filter)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.read_as)
        layout.addWidget(
            QLabel(translate("ImportDialog", "Columns of the file, and the field each one gives:"))
        )
        layout.addWidget(mapping_area)
        layout.addWidget(self.problems)
        layout.addLayout(filter_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        self.apply_button.clicked.connect(self.apply)
        self.cancel_button.clicked.connect(self.reject)
        self.filter.currentIndexChanged.connect(self._show_rows)
        imports.plan_ready.connect(self._on_plan_ready)
        imports.plan_failed.connect(self._on_plan_failed)
        self._start_plan()

    # -- public --------------------------------------------------------------------------

    @property
    def planning(self) -> bool:
        return self._request != 0

    def choose(self, column: int, target: str) -> None:
        """Map file column `column` to the field `target` (or IGNORE) and plan again."""
        self._choices[column] = target
        self._start_plan()

    def show_status(self, status: Status | None) -> None:
        """Filter the table to one status (None: all rows)."""
        self.filter.setCurrentIndex(next(i for i, each in enumerate(FILTERS) if each == status))

    def apply(self) -> None:
        plan = self.plan
        if plan is None or self.planning or not plan.can_apply:
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.report = self._imports.apply(plan)
        except CsvImportError as error:
            # Stale (the catalog changed since the preview): show the file as it now stands.
            self.message.show_error(
                translate("ImportDialog", "Nothing was imported: {reason}.").format(reason=error)
            )
            self._start_plan(keep_message=True)
            return
        except UserError as error:
            self.message.show_error(
                translate("ImportDialog", "Nothing was imported: {reason}").format(reason=error.message)
            )
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.accept()

    # -- planning ------------------------------------------------------------------------

    def _start_plan(self, *, keep_message: bool = False) -> None:
        self._request = self._imports.start_plan(self._kind, self._path, dict(self._choices))
        self._set_busy(True)
        self.apply_button.setEnabled(False)
        self._keep_message = keep_message
        if not keep_message:
            self.message.show_info(translate("ImportDialog", "Checking the file…"))

    def _on_plan_ready(self, number: int, plan: object) -> None:
        if number != self._request or not isinstance(plan, ImportPlan):
            return  # an answer to an earlier request, or to another dialog
        self._request = 0
        self._set_busy(False)
        self.plan = plan
        self.read_as.setText(
            translate(
                "ImportDialog", "{file}: read as {encoding}, {separator}-separated, {count} columns"
            ).format(
                file=self._path.name,
                encoding=plan.encoding_name,
                separator=plan.delimiter_name,
                count=len(plan.header),
            )
        )
        self._show_mapping(plan)
        if plan.problems:
            self.problems.show_error(
                translate("ImportDialog", "The columns need attention: {problems}.").format(
                    problems="; ".join(plan.problems)
                )
            )
        else:
            self.problems.show_info("")
        self.counts.setText(self._counts_text(plan))
        self._show_rows()
        self.apply_button.setEnabled(plan.can_apply)
        if not self._keep_message:
            self.message.show_info(self._advice(plan))
        self._keep_message = False

    def _on_plan_failed(self, number: int, message: str) -> None:
        if number != self._request:
            return
        self._request = 0
        self._set_busy(False)
        self.plan = None
        self.read_as.setText(
            translate("ImportDialog", "{file} cannot be imported").format(file=self._path.name)
        )
        self.model.set_source(_NO_ROWS)
        self.counts.setText("")
        self.message.show_error(
            translate("ImportDialog", "{reason}. Nothing can be imported from this file.").format(
                reason=f"{message[:1].upper()}{message[1:]}"
            )
        )

    def _set_busy(self, busy: bool) -> None:
        # The cursor says "wait" while the worker plans; the window itself keeps responding.
        if busy and not self._busy:
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        elif not busy and self._busy:
            QApplication.restoreOverrideCursor()
        self._busy = busy

    # -- showing the plan ----------------------------------------------------------------

    def _show_mapping(self, plan: ImportPlan) -> None:
        if len(self.combos) != len(plan.header):
            self._build_combos(plan)
        for combo, target in zip(self.combos, plan.mapping, strict=True):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(target), 0))
            combo.blockSignals(False)

    def _build_combos(self, plan: ImportPlan) -> None:
        for index, title in enumerate(plan.header):
            label = QLabel(title or translate("ImportDialog", "(no name)"))
            combo = QComboBox()
            combo.setObjectName(f"importColumn{index}")
            combo.addItem(translate("ImportDialog", "— choose —"), UNMAPPED)
            for spec in plan.fields:
                combo.addItem(f"{spec.label}{' *' if spec.required else ''}", spec.key)
            combo.addItem(translate("ImportDialog", "ignore"), IGNORE)
            combo.currentIndexChanged.connect(
                lambda _i, column=index, box=combo: self.choose(column, box.currentData())
            )
            self.mapping_grid.addWidget(label, 0, index)
            self.mapping_grid.addWidget(combo, 1, index)
            self.combos.append(combo)

    def _show_rows(self) -> None:
        if self.plan is None:
            return
        self.model.set_source(PlanPageSource(self.plan, self.filter.currentData()))

    def _counts_text(self, plan: ImportPlan) -> str:
        text = translate("ImportDialog", "{adds} to add · {updates} to update · {errors} with errors").format(
            adds=f"{len(plan.adds):,}", updates=f"{len(plan.updates):,}", errors=f"{plan.error_count:,}"
        )
        if plan.unchanged:
            text += translate("ImportDialog", " · {count} unchanged").format(count=f"{plan.unchanged:,}")
        if plan.error_count > len(plan.errors):
            text += translate("ImportDialog", " (the first {count} errors are listed)").format(
                count=f"{len(plan.errors):,}"
            )
        return text

    def _advice(self, plan: ImportPlan) -> str:
        if plan.problems:
            return translate("ImportDialog", "Choose a field (or “ignore”) for each column above.")
        if plan.error_count:
            return translate(
                "ImportDialog",
                "Correct the rows with errors in the file and open it again; nothing is imported until then.",
            )
        if not plan.adds and not plan.updates:
            return translate("ImportDialog", "Nothing to import: every row matches what is stored.")
        return translate("ImportDialog", "Press Enter to import these rows in one go, or Escape to cancel.")

    def done(self, result: int) -> None:
        self._set_busy(False)
        self._request = 0
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._set_busy(False)
        super().closeEvent(event)


class _NoRows:
    def count(self) -> int:
        return 0

    def fetch(self, offset: int, limit: int) -> list[object]:
        return []


_NO_ROWS = _NoRows()
