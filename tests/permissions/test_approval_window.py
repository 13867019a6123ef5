"""Manager approval at the real till: a cashier's void, no-sale drawer and big discount ask for a
manager's password in a dialog, and go on (or not) as the manager answers; the screens a
cashier may not use say so; the settings a shop sets for its staff."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from permission_shop import CASHIER_PIN, MANAGER, OWNER, TEA, Shop, audit_events, rows  # type: ignore[import-not-found]
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from pos_app.services.csv_export import ExportKind
from pos_app.ui.approval_dialog import ApprovalDialog
from pos_app.ui.main_window import MainWindow
from pos_app.ui.no_sale_dialog import NoSaleDialog
from pos_app.ui.settings_dialog import SettingsDialog
from pos_app.ui.void_dialog import VoidDialog

DRAWER_KICK = b"\x1bp"


def type_keys(qtbot: QtBot, text: str = "", key: Qt.Key = Qt.Key.Key_Return) -> None:
    """Type into whatever has the focus, the open dialog first, as the till's keyboard does."""
    modal = QApplication.activeModalWidget()
    target = modal.focusWidget() if modal is not None else QApplication.focusWidget()
    assert target is not None
    if text:
        qtbot.keyClicks(target, text)
    qtbot.keyClick(target, key)


def log_in_ann(qtbot: QtBot, till: MainWindow) -> None:
    type_keys(qtbot, CASHIER_PIN)
    qtbot.waitUntil(lambda: till.focusWidget() is till.sell.scan_field)


def when_approval_asked(qtbot: QtBot, answer: Callable[[ApprovalDialog], None]) -> list[ApprovalDialog]:
    """Answer the approval dialog once it is up (it runs modally inside the action that asked)."""
    seen: list[ApprovalDialog] = []

    def check() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, ApprovalDialog) and modal.isVisible():
            seen.append(modal)
            answer(modal)
        else:
            QTimer.singleShot(10, check)

    QTimer.singleShot(0, check)
    return seen


def approve_as(qtbot: QtBot, name: str, password: str) -> Callable[[ApprovalDialog], None]:
    def answer(dialog: ApprovalDialog) -> None:
        assert dialog.focusWidget() is dialog.name_field
        type_keys(qtbot, name, Qt.Key.Key_Tab)
        type_keys(qtbot, password)

    return answer


def ring_up_tea(qtbot: QtBot, till: MainWindow) -> None:
    qtbot.keyClicks(till.sell.scan_field, TEA)
    qtbot.keyClick(till.sell.scan_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: till.sell.cart_model.rowCount() == 1)


def test_a_cashiers_void_goes_through_with_the_managers_password(qtbot: QtBot, till: MainWindow, shop: Shop):
    log_in_ann(qtbot, till)
    ring_up_tea(qtbot, till)
    order_id = shop.app.sale.cart().order_id
    qtbot.keyClick(till.sell.scan_field, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(till.sell.dialog, VoidDialog))
    seen = when_approval_asked(qtbot, approve_as(qtbot, *MANAGER))
    type_keys(qtbot, "customer left")  # the reason, Enter: the manager is asked, then it is voided
    qtbot.waitUntil(lambda: till.sell.dialog is None)
    assert len(seen) == 1
    assert "Voiding a sale needs a manager." in seen[0].reason.text()
    assert till.sell.message.text() == "Sale voided."
    assert rows(shop.db_path, f"SELECT status FROM orders WHERE id = {order_id}") == [("void",)]
    assert audit_events(shop.db_path)[-1][1:] == ("void", "Ann", shop.app.staff.current.id, "Mia")


def test_a_wrong_password_is_said_and_esc_leaves_the_sale_alone(qtbot: QtBot, till: MainWindow, shop: Shop):
    log_in_ann(qtbot, till)
    ring_up_tea(qtbot, till)
    order_id = shop.app.sale.cart().order_id
    messages: list[str] = []

    def wrong_then_esc(dialog: ApprovalDialog) -> None:
        type_keys(qtbot, MANAGER[0], Qt.Key.Key_Tab)
        type_keys(qtbot, "not-it-at-all")
        messages.append(dialog.error_label.text())
        assert dialog.isVisible()
        assert dialog.focusWidget() is dialog.password_field
        type_keys(qtbot, key=Qt.Key.Key_Escape)

    qtbot.keyClick(till.sell.scan_field, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(till.sell.dialog, VoidDialog))
    void_dialog = till.sell.dialog
    when_approval_asked(qtbot, wrong_then_esc)
    type_keys(qtbot, "customer left")
    qtbot.waitUntil(lambda: void_dialog.error_label.isVisible())
    assert messages == ["Wrong name or password."]
    assert void_dialog.error_label.text() == "Voiding a sale needs a manager."
    assert rows(shop.db_path, f"SELECT status FROM orders WHERE id = {order_id}") == [("draft",)]
    failed = audit_events(shop.db_path)[-1]
    assert failed[1:3] == ("login_failed", "Mia")


def test_no_sale_drawer_with_approval_kicks_the_drawer(qtbot: QtBot, till: MainWindow, shop: Shop):
    log_in_ann(qtbot, till)
    qtbot.keyClick(till.sell.scan_field, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(till.sell.dialog, NoSaleDialog))
    when_approval_asked(qtbot, approve_as(qtbot, *MANAGER))
    type_keys(qtbot, "change for the bank")
    qtbot.waitUntil(lambda: till.sell.dialog is None)
    assert till.sell.message.text() == "The drawer was opened (no sale)."
    assert shop.drawer_device.read_bytes().startswith(DRAWER_KICK)
    event = rows(
        shop.db_path, "SELECT event, actor, approver, details FROM audit_events ORDER BY id DESC LIMIT 1"
    )
    assert event[0][:3] == ("drawer_open", "Ann", "Mia")
    assert "change for the bank" in event[0][3]


def test_a_manager_opens_the_drawer_without_being_asked(qtbot: QtBot, till: MainWindow, shop: Shop):
    shop.app.staff.login_password(*MANAGER)
    qtbot.waitUntil(lambda: not till.locked)
    qtbot.keyClick(till.sell.scan_field, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(till.sell.dialog, NoSaleDialog))
    seen = when_approval_asked(qtbot, lambda dialog: dialog.reject())
    type_keys(qtbot, "float check")
    qtbot.waitUntil(lambda: till.sell.dialog is None)
    assert seen == []
    assert shop.drawer_device.read_bytes().startswith(DRAWER_KICK)


def test_reports_are_greyed_out_for_a_cashier(qtbot: QtBot, till: MainWindow, shop: Shop):
    log_in_ann(qtbot, till)
    reports = till.tabs.indexOf(till.reports)
    assert not till.tabs.isTabEnabled(reports)
    qtbot.keyClick(till.sell.scan_field, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert till.tabs.currentWidget() is till.sell
    assert till.statusBar().currentMessage() == "Viewing reports needs a manager."
    shop.app.staff.logout()
    shop.app.staff.login_password(*MANAGER)
    assert till.tabs.isTabEnabled(reports)


@pytest.mark.parametrize(
    ("limit", "minutes", "problem"),
    [
        ("abc", "5", "discount limit is a percent"),
        ("101", "5", "discount limit is a percent"),
        ("12.345", "5", "discount limit is a percent"),
        ("15", "-1", "Auto-lock is a whole number"),
        ("15", "ten", "Auto-lock is a whole number"),
        ("15", "99999", "Auto-lock is a whole number"),
    ],
)
def test_staff_settings_refuse_bad_input(qtbot: QtBot, shop: Shop, limit: str, minutes: str, problem: str):
    shop.app.staff.login_password(*OWNER)
    dialog = SettingsDialog(shop.app.shop_settings, shop.app.receipts)
    qtbot.addWidget(dialog)
    before = shop.app.settings
    dialog.discount_limit.setText(limit)
    dialog.auto_lock_minutes.setText(minutes)
    dialog.save()
    assert problem in dialog.message.text()
    assert shop.app.settings == before
    assert dialog.result() == 0


def test_staff_settings_are_saved(qtbot: QtBot, shop: Shop):
    from decimal import Decimal

    shop.app.staff.login_password(*OWNER)
    dialog = SettingsDialog(shop.app.shop_settings, shop.app.receipts)
    qtbot.addWidget(dialog)
    assert (dialog.discount_limit.text(), dialog.auto_lock_minutes.text()) == ("10", "5")
    dialog.discount_limit.setText("12.5")
    dialog.auto_lock_minutes.setText("3")
    dialog.save()
    assert (shop.app.settings.cashier_discount_limit, shop.app.settings.auto_lock_minutes) == (
        Decimal("12.5"),
        3,
    )
    stored = dict(rows(shop.db_path, "SELECT key, value FROM settings"))
    assert (stored["cashier_discount_limit"], stored["auto_lock_minutes"]) == ("12.5", "3")


def test_a_cashiers_export_is_refused_before_asking_where_to_save(qtbot: QtBot, till: MainWindow, shop: Shop):
    log_in_ann(qtbot, till)
    events = audit_events(shop.db_path)
    seen = when_approval_asked(qtbot, lambda dialog: dialog.reject())
    till.exports.actions[ExportKind.ITEMS].trigger()  # File ▸ Export items…
    assert len(seen) == 1
    box = till.exports.message_box
    assert box is not None
    assert (box.windowTitle(), box.text()) == ("Export not allowed", "Exporting data needs a manager.")
    assert audit_events(shop.db_path) == events
