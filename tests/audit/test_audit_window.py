"""Shop ▸ Audit trail… on the real main window, driven by keys: the events newest first, filters by
event, details text and a bad date, the selected event's details, and "Verify chain" before and
after tampering; the table model passes Qt's model tester while paging."""

from __future__ import annotations

import pytest
from audit_db import tamper  # type: ignore[import-not-found]
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from pos_app.controllers.audit_browse import AuditController
from pos_app.controllers.audit_rows import AuditFilter
from pos_app.ui.audit_dialog import AuditDialog
from pos_app.ui.audit_model import AuditModel
from pos_app.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard", extend=True
)


@pytest.fixture
def shop(controllers, make_item):
    controllers.sale.add_item(controllers.catalog.get_item(make_item("Tea", "2.50")))
    controllers.sale.cancel_sale("customer left")
    controllers.shifts.paid_in("20.00", "change from bank")
    controllers.shifts.paid_out("5.00", "milk")
    return controllers


@pytest.fixture
def window(qtbot, shop, db_path):
    main = MainWindow(shop, str(db_path))
    qtbot.addWidget(main)
    main.show()
    qtbot.waitUntil(main.isActiveWindow)
    return main


def open_audit(qtbot, window: MainWindow) -> AuditDialog:
    assert "&Audit trail…" in [action.text() for action in window.purge.menu.actions()]
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(window.purge.menu.isVisible)
    qtbot.keyClick(window.purge.menu, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: window.audit.dialog is not None and window.audit.dialog.isVisible())
    dialog = window.audit.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.table)
    return dialog


def column(dialog: AuditDialog, number: int) -> list[str]:
    model = dialog.model
    return [model.index(row, number).data() for row in range(model.rowCount())]


def test_browse_filter_and_verify_by_keyboard(qtbot, window, db_path):
    dialog = open_audit(qtbot, window)
    assert column(dialog, 2) == ["Paid out", "Paid in", "Void"]  # newest first
    assert column(dialog, 3) == ["Test cashier"] * 3
    assert "Paid out" in dialog.detail.toPlainText()
    assert '"reason": "milk"' in dialog.detail.toPlainText()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
    assert '"reason": "customer left"' in dialog.detail.toPlainText()
    assert '"total": "2.50"' in dialog.detail.toPlainText()

    # Text in the details: Alt+D jumps to the field, Enter applies.
    qtbot.keyClick(dialog, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is dialog.text
    qtbot.keyClicks(dialog.text, "bank")
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return)
    assert column(dialog, 2) == ["Paid in"]
    assert dialog.message.text() == "1 event."
    qtbot.keyClick(dialog.text, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(dialog.text, Qt.Key.Key_Backspace)
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return)
    assert len(column(dialog, 2)) == 3

    # A bad date is refused and the table stays as it was.
    qtbot.keyClick(dialog, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is dialog.date_from
    qtbot.keyClicks(dialog.date_from, "2026-13-01")
    qtbot.keyClick(dialog.date_from, Qt.Key.Key_Return)
    assert dialog.message.property("kind") == "error"
    assert "is not a date" in dialog.message.text()
    assert len(column(dialog, 2)) == 3
    qtbot.keyClick(dialog.date_from, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.date_from, "2000-01-01")
    qtbot.keyClick(dialog.date_from, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.date_to, "2000-12-31")
    qtbot.keyClick(dialog.date_to, Qt.Key.Key_Return)
    assert column(dialog, 2) == []
    assert dialog.message.text() == "0 events."

    # Verify: intact, then broken after someone edits a row with a SQLite shell.
    qtbot.keyClick(
        dialog, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert dialog.message.property("kind") == "info"
    assert dialog.message.text().startswith("Audit trail intact: 3 events, head ")
    tamper(db_path, "UPDATE audit_events SET details = replace(details, 'milk', 'tea') WHERE id = 3")
    qtbot.keyClick(
        dialog, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert dialog.message.property("kind") == "error"
    assert "BROKEN at row 3 (" in dialog.message.text()
    assert "hash does not match" in dialog.message.text()

    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.audit.dialog is None)


def test_filter_by_event_with_the_keyboard(qtbot, window):
    dialog = open_audit(qtbot, window)
    qtbot.keyClick(dialog, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is dialog.event_choice
    index = dialog.event_choice.findData("void")
    dialog.event_choice.setCurrentIndex(index - 1)
    qtbot.keyClick(dialog.event_choice, Qt.Key.Key_Down)  # a closed combo box moves and activates
    assert dialog.event_choice.currentData() == "void"
    assert column(dialog, 2) == ["Void"]


def test_the_model_pages_by_keyset_and_passes_the_model_tester(qtmodeltester, shop):
    for n in range(7):
        shop.shifts.paid_in("1.00", f"coins {n}")
    model = AuditModel(AuditController(shop.uow), page_size=4)
    model.set_filter(AuditFilter())
    assert model.rowCount() == 4
    qtmodeltester.check(model)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 10
    assert [model.event_at(row).id for row in range(10)] == list(range(10, 0, -1))
    filtered = AuditModel(AuditController(shop.uow), page_size=4)
    filtered.set_filter(AuditFilter(event="paid_in", text="coins"))
    qtmodeltester.check(filtered)  # the tester fetches the next pages itself
    while filtered.canFetchMore():
        filtered.fetchMore()
    assert filtered.rowCount() == 7
    assert filtered.index(0, 5).data() == 'amount: "1.00"; reason: "coins 6"'
