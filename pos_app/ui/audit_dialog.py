"""The audit trail for the owner: Shop ▸ Audit trail… on the main window's menu bar.

A table of events, newest first and read page by page as it scrolls; filters for a date range
(YYYY-MM-DD, local days), the event, who did it and text in the details, applied with Enter
(or by choosing an event); the selected event's details as indented JSON with its hash; and
"Verify chain" (Ctrl+Shift+V), which walks the whole hash chain and shows whether it is
intact or the first row that was changed or removed. Esc closes. All of it from the keyboard:
Tab moves between the filters, the table and the buttons; arrows move in the table.

The main window's menu entry is `AuditLauncher` (pos_app.ui.audit_launcher), which imports
this module only when the dialog is first opened.
"""

from __future__ import annotations

import json
from datetime import date

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pos_app.controllers.audit_browse import AuditController
from pos_app.controllers.audit_rows import AuditFilter, AuditRow
from pos_app.controllers.errors import UserError
from pos_app.domain.i18n import translate
from pos_app.domain.locale_format import format_quantity
from pos_app.ui.audit_model import AuditModel, event_label
from pos_app.ui.local_time import local_time_text
from pos_app.ui.status_label import StatusLabel

VERIFY_KEY = "Ctrl+Shift+V"


class AuditDialog(QDialog):
    """Browse, filter and verify the audit trail (read only)."""

    def __init__(self, audit: AuditController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("AuditDialog", "Audit trail"))
        self.resize(1000, 640)
        self._audit = audit

        self.date_from = QLineEdit(placeholderText=translate("AuditDialog", "YYYY-MM-DD"))
        self.date_to = QLineEdit(placeholderText=translate("AuditDialog", "YYYY-MM-DD"))
        self.event_choice = QComboBox()
        self.event_choice.addItem(translate("AuditDialog", "All events"), "")
        for name in audit.events:
            self.event_choice.addItem(event_label(name), name)
        self.actor = QLineEdit(placeholderText="name")
        self.text = QLineEdit(placeholderText=translate("AuditDialog", "text in the details"))
        for field in (self.date_from, self.date_to, self.actor, self.text):
            field.setMaxLength(100)
            field.returnPressed.connect(self.apply_filter)
        self.event_choice.activated.connect(lambda _index: self.apply_filter())
        filters = QFormLayout()
        dates = QHBoxLayout()
        dates.addWidget(self.date_from)
        dates.addWidget(self.date_to)
        dates_label = QLabel(translate("AuditDialog", "&From / to:"))
        dates_label.setBuddy(self.date_from)  # Alt+F: a label of a layout has no buddy by itself
        filters.addRow(dates_label, dates)
        filters.addRow(translate("AuditDialog", "&Event:"), self.event_choice)
        filters.addRow(translate("AuditDialog", "&Who:"), self.actor)
        filters.addRow(translate("AuditDialog", "&Details contain:"), self.text)

        self.model = AuditModel(audit)
        self.model.load_failed.connect(self._on_load_failed)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.detail = QPlainTextEdit(readOnly=True)
        self.detail.setTabChangesFocus(True)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)

        self.message = StatusLabel()
        self.verify_button = QPushButton(
            translate("AuditDialog", "Verify chain  ({key})").format(key=VERIFY_KEY)
        )
        self.verify_button.clicked.connect(self.verify)
        QShortcut(QKeySequence(VERIFY_KEY), self, self.verify)
        self.close_button = QPushButton(translate("AuditDialog", "Close  (Esc)"))
        self.close_button.clicked.connect(self.reject)
        self.close_button.setAutoDefault(False)
        self.verify_button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.verify_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.apply_filter()
        self.table.setFocus()

    def apply_filter(self) -> None:
        """Read the filters; a bad date is shown and the table left as it was."""
        try:
            first = _day(self.date_from.text(), translate("AuditDialog", "From"))
            last = _day(self.date_to.text(), translate("AuditDialog", "To"))
        except ValueError as error:
            self.message.show_error(str(error))
            return
        if first is not None and last is not None and first > last:
            self.message.show_error(translate("AuditDialog", "The “from” date is after the “to” date."))
            return
        wanted = AuditFilter(
            date_from=first,
            date_to=last,
            event=self.event_choice.currentData() or None,
            actor=self.actor.text(),
            text=self.text.text(),
        )
        self.model.set_filter(wanted)
        shown = self.model.rowCount()
        more = "+" if self.model.canFetchMore() else ""
        count = format_quantity(shown) + more
        self.message.show_info(
            translate("AuditDialog", "{count} event.").format(count=count)
            if shown == 1 and not more
            else translate("AuditDialog", "{count} events.").format(count=count)
        )
        if shown:
            self.table.selectRow(0)
        else:
            self.detail.setPlainText("")

    def verify(self) -> None:
        """Walk the whole chain and show the result."""
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            report = self._audit.verify()
        except UserError as error:
            self.message.show_error(
                translate("AuditDialog", "The audit trail could not be read: {error}").format(
                    error=error.message
                )
            )
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        if report.bad is None:
            self.message.show_info(
                translate("AuditDialog", "Audit trail intact: {count} events, head {head}…").format(
                    count=format_quantity(report.count), head=report.head[:16]
                )
            )
        else:
            self.message.show_error(
                translate("AuditDialog", "Audit trail BROKEN at {where}").format(where=report.bad.describe())
            )

    def selected_event(self) -> AuditRow | None:
        return self.model.event_at(self.table.currentIndex().row())

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.event_at(current.row())
        self.detail.setPlainText("" if row is None else detail_text(row))

    def _on_load_failed(self, message: str) -> None:
        self.message.show_error(message)


def detail_text(row: AuditRow) -> str:
    """The selected event in full: who, when, what, the details as indented JSON, the hash."""
    try:
        details = json.dumps(json.loads(row.details), indent=2, ensure_ascii=False, sort_keys=True)
    except ValueError:
        details = row.details
    lines = [
        translate("AuditDialog", "Event {id}: {event}").format(id=row.id, event=event_label(row.event)),
        translate("AuditDialog", "When: {local} (UTC {utc})").format(
            local=local_time_text(row.created_at), utc=row.created_at.isoformat(sep=" ")
        ),
        translate("AuditDialog", "Who: {actor}").format(actor=row.actor)
        + (
            translate("AuditDialog", " (user {id})").format(id=row.actor_user_id)
            if row.actor_user_id is not None
            else ""
        ),
    ]
    if row.approver:
        lines.append(translate("AuditDialog", "Approved by: {approver}").format(approver=row.approver))
    lines += [
        translate("AuditDialog", "Register: {register}").format(register=row.register),
        translate("AuditDialog", "Subject: {subject}").format(subject=row.subject or "-"),
        translate("AuditDialog", "Details:"),
        details,
    ]
    lines.append(translate("AuditDialog", "Hash: {hash}").format(hash=row.hash))
    return "\n".join(lines)


def _day(typed: str, label: str) -> date | None:
    cleaned = typed.strip()
    if not cleaned:
        return None
    try:
        if len(cleaned) == len("YYYY-MM-DD"):
            return date.fromisoformat(cleaned)
    except ValueError:
        pass
    raise ValueError(
        translate("AuditDialog", "{label}: “{typed}” is not a date; type it as YYYY-MM-DD.").format(
            label=label, typed=cleaned[:20]
        )
    )
