"""The lock screen on the real main window: PIN and password login, Ctrl+L, the idle lock, and the
cashier recorded on the sale and on the shift."""

from __future__ import annotations

import sqlite3

import pytest
from login_support import (  # type: ignore[import-not-found]
    CASHIER_PIN,
    MANAGER_PASSWORD,
    OWNER_PASSWORD,
    as_manager,
    type_into_focus,
)
from PySide6.QtCore import Qt

from pos_app.controllers.settings import ShopSettings
from pos_app.domain.permissions import Permission
from pos_app.ui.payment_dialog import PaymentDialog

TEA = "4006381333931"


def rows(db_path, sql: str) -> list[tuple]:
    with sqlite3.connect(db_path) as connection:
        return connection.execute(sql).fetchall()


@pytest.fixture
def window(qtbot, staffed, open_main, make_item):
    with as_manager(staffed):
        make_item("Green tea", "3.20", barcode=TEA, stock="10")
    return open_main(staffed)


def log_in_ann(qtbot, window) -> None:
    type_into_focus(qtbot, window, CASHIER_PIN)
    qtbot.waitUntil(lambda: window.focusWidget() is window.sell.scan_field)


def test_the_till_starts_locked_with_the_pin_field_focused(window):
    assert window.locked
    assert window.focusWidget() is window.login.pin_field
    assert not window.tabs.isVisible()
    assert window.user_label.text() == "Locked"


def test_a_wrong_pin_says_so_and_stays_locked(qtbot, window):
    type_into_focus(qtbot, window, "9999")
    assert window.locked
    assert "PIN" in window.login.message.text()
    assert window.login.pin_field.text() == ""
    assert window.focusWidget() is window.login.pin_field


def test_the_right_pin_shows_the_sell_screen_and_the_name(qtbot, window, staffed):
    log_in_ann(qtbot, window)
    assert not window.locked
    assert window.tabs.currentWidget() is window.sell
    assert window.user_label.text() == "Logged in: Ann (cashier)"
    assert staffed.staff.current.name == "Ann"


def test_a_sale_paid_by_keyboard_records_the_cashier(qtbot, window, staffed, db_path):
    log_in_ann(qtbot, window)
    type_into_focus(qtbot, window, TEA)
    type_into_focus(qtbot, window, "", Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: isinstance(window.sell.dialog, PaymentDialog))
    dialog = window.sell.dialog
    qtbot.waitUntil(lambda: dialog.tendered.hasFocus())
    type_into_focus(qtbot, window)
    qtbot.waitUntil(lambda: window.sell.dialog is None)
    ann = staffed.users.find("Ann").id
    assert rows(db_path, "SELECT status, cashier_id FROM orders") == [("paid", ann)]


def test_ctrl_l_locks_and_the_open_sale_waits_for_the_next_login(qtbot, window, staffed):
    log_in_ann(qtbot, window)
    type_into_focus(qtbot, window, TEA)
    with qtbot.waitSignal(staffed.staff.logged_out):
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.locked
    assert staffed.staff.current is None
    assert window.focusWidget() is window.login.pin_field
    log_in_ann(qtbot, window)
    assert window.sell.cart_model.rowCount() == 1


def test_idle_minutes_lock_the_till(qtbot, window, staffed):
    log_in_ann(qtbot, window)
    timer = window.idle_lock.timer
    assert timer.isActive()
    assert timer.interval() == 5 * 60_000
    with qtbot.waitSignal(staffed.staff.logged_out):
        timer.timeout.emit()
    assert window.locked
    assert not timer.isActive()


def test_the_idle_time_comes_from_the_setting_and_zero_means_never(qtbot, window, staffed):
    log_in_ann(qtbot, window)
    staff = staffed.staff
    with staff.using(staff.approve("Olga", OWNER_PASSWORD, Permission.SETTINGS)):
        staffed.shop_settings.save(ShopSettings(auto_lock_minutes=2))
    assert window.idle_lock.timer.interval() == 2 * 60_000
    with staff.using(staff.approve("Olga", OWNER_PASSWORD, Permission.SETTINGS)):
        staffed.shop_settings.save(ShopSettings(auto_lock_minutes=0))
    assert not window.idle_lock.timer.isActive()


def test_a_tiny_idle_timeout_locks_by_itself(qtbot, window, staffed):
    log_in_ann(qtbot, window)
    window.idle_lock.timer.setInterval(50)
    window.idle_lock.timer.start()
    with qtbot.waitSignal(staffed.staff.logged_out, timeout=3000):
        pass
    assert window.locked


def test_manager_logs_in_with_name_and_password(qtbot, window, staffed):
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.focusWidget() is window.login.name_field)
    type_into_focus(qtbot, window, "Mia")
    type_into_focus(qtbot, window, "wrong-password")
    assert window.locked
    assert window.focusWidget() is window.login.password_field
    type_into_focus(qtbot, window, MANAGER_PASSWORD)
    qtbot.waitUntil(lambda: window.focusWidget() is window.sell.scan_field)
    assert window.user_label.text() == "Logged in: Mia (manager)"


def test_a_shop_without_accounts_never_locks(qtbot, controllers, open_main):
    window = open_main(controllers)
    assert window.login is None
    assert window.idle_lock is None
    assert not window.locked
    assert window.focusWidget() is window.sell.scan_field


def test_the_shift_and_the_sale_record_who_is_logged_in(staffed, make_item, db_path):
    with as_manager(staffed):
        make_item("Green tea", "3.20", barcode=TEA, stock="10")
    staffed.shifts.close_shift({})  # the fixture's shift, opened before anyone logged in
    ann = staffed.staff.login_pin(CASHIER_PIN)
    shift = staffed.shifts.open_shift("Somebody else", "50")  # logged in, the shift is Ann's
    assert shift.cashier == "Ann"
    staffed.sale.scan(TEA)
    order_id = staffed.sale.pay_cash().order_id
    assert rows(db_path, f"SELECT user_id FROM shifts WHERE id = {shift.id}") == [(ann.id,)]
    assert rows(db_path, f"SELECT cashier_id FROM orders WHERE id = {order_id}") == [(ann.id,)]


def test_without_a_login_nothing_is_recorded(controllers, make_item, db_path):
    make_item("Green tea", "3.20", barcode=TEA, stock="10")
    controllers.sale.scan(TEA)
    controllers.sale.pay_cash()
    assert rows(db_path, "SELECT cashier_id FROM orders") == [(None,)]


def test_auto_lock_minutes_is_validated_and_stored(controllers):
    with pytest.raises(ValueError, match="Auto-lock"):
        ShopSettings(auto_lock_minutes=-1)
    controllers.shop_settings.save(ShopSettings(auto_lock_minutes=12))
    assert controllers.shop_settings.current.auto_lock_minutes == 12


def test_window_keys_do_nothing_while_locked(qtbot, window):
    for key in (Qt.Key.Key_Comma, Qt.Key.Key_4):
        qtbot.keyClick(window.focusWidget(), key, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_F12)
    assert window.settings.dialog is None
    assert window.sell.dialog is None
    assert window.locked
    assert window.focusWidget() is window.login.pin_field


def test_five_wrong_pins_show_the_pin_pad_lockout(qtbot, window):
    for _ in range(5):
        type_into_focus(qtbot, window, "9999")
    assert "PIN pad is locked until" in window.login.message.text()
    type_into_focus(qtbot, window, CASHIER_PIN)  # even the right PIN waits out the lockout
    assert "PIN pad is locked until" in window.login.message.text()
    assert window.locked
    assert window.focusWidget() is window.login.pin_field
