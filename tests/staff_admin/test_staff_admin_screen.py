"""Shop ▸ Staff accounts… on the real main window, driven by keys: the entry follows who is logged in;
the owner adds a cashier with a PIN who then unlocks the till with it; changes a PIN, a role, and
deactivates and reactivates; refusals (a rule, a missing permission, two different entries) show in
the dialog and change nothing; the table passes Qt's model tester."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from staff_admin_support import (  # type: ignore[import-not-found]
    CASHIER,
    CASHIER_PIN,
    FORMER_CASHIER,
    MANAGER,
    MANAGER_PASSWORD,
    OTHER_MANAGER,
    OWNER,
    OWNER_PASSWORD,
    account_id,
    user_events,
    users_table,
)

from pos_app.controllers.app import AppControllers
from pos_app.controllers.users import MAX_FAILURES, AuthenticationError
from pos_app.domain.permissions import Role
from pos_app.ui.form_dialog import FormDialog
from pos_app.ui.main_window import MainWindow
from pos_app.ui.staff_screen import StaffDialog

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard", extend=True
)

ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def window(qtbot: QtBot, shop: AppControllers, db_path: object) -> MainWindow:
    main = MainWindow(shop, str(db_path))
    qtbot.addWidget(main)
    main.show()
    qtbot.waitUntil(main.isActiveWindow)
    return main


def log_in_owner(qtbot: QtBot, window: MainWindow, shop: AppControllers) -> None:
    shop.staff.login_password(OWNER, OWNER_PASSWORD)
    qtbot.waitUntil(lambda: not window.locked)


def open_staff(qtbot: QtBot, window: MainWindow) -> StaffDialog:
    qtbot.keyClick(window, Qt.Key.Key_S, ALT)
    qtbot.waitUntil(window.purge.menu.isVisible)
    qtbot.keyClick(window.purge.menu, Qt.Key.Key_S)
    qtbot.waitUntil(
        lambda: window.staff_accounts.dialog is not None and window.staff_accounts.dialog.isVisible()
    )
    dialog = window.staff_accounts.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.table)
    return dialog


def names(dialog: StaffDialog) -> list[str]:
    model = dialog.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def row_text(dialog: StaffDialog, name: str) -> list[str]:
    model = dialog.model
    [row] = [row for row in range(model.rowCount()) if model.index(row, 0).data() == name]
    return [model.index(row, column).data() for column in range(model.columnCount())]


def select(qtbot: QtBot, dialog: StaffDialog, name: str) -> None:
    """Move to `name` with the arrow keys, as the owner would."""
    qtbot.keyClick(dialog.table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    for _ in range(dialog.model.rowCount()):
        account = dialog.selected()
        if account is not None and account.name == name:
            return
        qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
    raise AssertionError(f"{name} is not in the list")


def press_alt(qtbot: QtBot, dialog: StaffDialog, key: Qt.Key) -> None:
    """Press a button's Alt key; the button clicks itself after a short animation, so wait for it."""
    qtbot.waitUntil(dialog.isActiveWindow)  # a button's Alt key reaches the active window only
    buttons = [button for button in dialog.findChildren(QPushButton) if button.isVisible()]
    [button] = [button for button in buttons if button.shortcut() == QKeySequence(ALT | key)]
    with qtbot.waitSignal(button.clicked):
        qtbot.keyClick(dialog, key, ALT)


def open_form(qtbot: QtBot, dialog: StaffDialog, key: Qt.Key) -> FormDialog:
    press_alt(qtbot, dialog, key)
    qtbot.waitUntil(lambda: dialog.form is not None and dialog.form.isVisible())
    form = dialog.form
    assert form is not None
    # The keys go where the cursor is: wait until it is in the form.
    qtbot.waitUntil(lambda: form.isActiveWindow() and form.isAncestorOf(QApplication.focusWidget()))
    return form


def type_here(qtbot: QtBot, text: str, key: Qt.Key = Qt.Key.Key_Tab) -> None:
    """Type into the focused widget, then press `key`."""
    target = QApplication.focusWidget()
    assert target is not None
    if text:
        qtbot.keyClicks(target, text)
    qtbot.keyClick(target, key)


def save_form(qtbot: QtBot, dialog: StaffDialog) -> None:
    type_here(qtbot, "", Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.form is None)


def test_the_entry_is_enabled_only_while_the_owner_is_logged_in(
    qtbot: QtBot, window: MainWindow, shop: AppControllers
) -> None:
    action = window.staff_accounts.action
    assert action in window.purge.menu.actions()
    assert window.locked
    assert not action.isEnabled()
    shop.staff.login_pin(CASHIER_PIN)
    assert not action.isEnabled()
    shop.staff.login_password(MANAGER, MANAGER_PASSWORD)
    assert not action.isEnabled()
    window.staff_accounts.open_dialog()  # even asked directly, nothing opens for a manager
    assert window.staff_accounts.dialog is None
    shop.staff.logout()
    shop.staff.login_password(OWNER, OWNER_PASSWORD)
    assert action.isEnabled()
    shop.staff.logout()
    assert not action.isEnabled()


def test_the_owner_adds_a_cashier_who_then_logs_in_with_the_pin(
    qtbot: QtBot, window: MainWindow, shop: AppControllers
) -> None:
    log_in_owner(qtbot, window, shop)
    dialog = open_staff(qtbot, window)
    assert names(dialog) == [CASHIER, OTHER_MANAGER, MANAGER, OWNER, FORMER_CASHIER]
    assert row_text(dialog, FORMER_CASHIER) == [FORMER_CASHIER, "Cashier", "PIN", "Deactivated"]
    assert row_text(dialog, OWNER) == [OWNER, "Owner", "Password", "Active"]

    form = open_form(qtbot, dialog, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is getattr(form, "name", None))
    type_here(qtbot, "Bea")
    type_here(qtbot, "")  # the role: Cashier is first
    # Two different entries are refused in the form, which stays open.
    type_here(qtbot, "5827")
    type_here(qtbot, "5828", Qt.Key.Key_Return)
    assert form.error_label.text() == "The two entries differ: type the same PIN twice."
    assert dialog.form is form
    assert QApplication.focusWidget() is form.secret.repeat
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_here(qtbot, "5827", Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.form is None)
    assert row_text(dialog, "Bea") == ["Bea", "Cashier", "PIN", "Active"]
    assert getattr(dialog.selected(), "name", None) == "Bea"
    assert dialog.message.text() == "Bea added."
    [event] = user_events(shop)
    assert event.details == {
        "action": "add",
        "name": "Bea",
        "role": "cashier",
        "login": "PIN",
        "active": True,
    }
    assert event.actor == OWNER

    qtbot.keyClick(dialog.table, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.staff_accounts.dialog is None)
    window.activateWindow()  # a window manager would do this; the offscreen platform has none
    qtbot.waitUntil(window.isActiveWindow)
    with qtbot.waitSignal(shop.staff.logged_out):
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.locked
    login = window.login
    assert login is not None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is login.pin_field)
    type_here(qtbot, "5827", Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.locked)
    assert shop.staff.current is not None
    assert shop.staff.current.name == "Bea"
    assert window.user_label.text() == "Logged in: Bea (cashier)"


def test_the_owner_changes_a_pin_a_role_and_who_is_active(
    qtbot: QtBot, window: MainWindow, shop: AppControllers
) -> None:
    log_in_owner(qtbot, window, shop)
    dialog = open_staff(qtbot, window)

    select(qtbot, dialog, CASHIER)
    open_form(qtbot, dialog, Qt.Key.Key_P)
    type_here(qtbot, "3958")
    type_here(qtbot, "3958", Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.form is None)
    assert dialog.message.text() == "Ann has a new PIN."
    assert shop.users.authenticate_pin("3958").name == CASHIER

    select(qtbot, dialog, OTHER_MANAGER)
    form = open_form(qtbot, dialog, Qt.Key.Key_R)
    # Cashier comes first, and a cashier logs in with a PIN: the form asks for one.
    assert form.secret.field.isVisible()
    assert form.secret.label.text() == "&PIN:"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)  # Owner: keeps the password
    assert not form.secret.field.isVisible()
    save_form(qtbot, dialog)
    assert row_text(dialog, OTHER_MANAGER)[1] == "Owner"
    assert dialog.message.text() == "Max is now an owner."

    select(qtbot, dialog, CASHIER)
    press_alt(qtbot, dialog, Qt.Key.Key_D)
    assert row_text(dialog, CASHIER)[3] == "Deactivated"
    assert dialog.message.text() == "Ann is deactivated and can no longer log in."
    assert not dialog.deactivate_button.isEnabled()
    assert dialog.reactivate_button.isEnabled()

    # A returning cashier gets a new PIN in a form.
    open_form(qtbot, dialog, Qt.Key.Key_T)
    type_here(qtbot, "6183")
    type_here(qtbot, "6183", Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.form is None)
    assert row_text(dialog, CASHIER)[3] == "Active"
    assert shop.users.authenticate_pin("6183").name == CASHIER
    assert [event.details["action"] for event in user_events(shop)] == [
        "change_pin",
        "change_role",
        "deactivate",
        "reactivate",
    ]
    assert shop.users.find(OTHER_MANAGER).role is Role.OWNER


def test_a_refused_change_shows_why_and_changes_nothing(
    qtbot: QtBot, window: MainWindow, shop: AppControllers
) -> None:
    log_in_owner(qtbot, window, shop)
    dialog = open_staff(qtbot, window)
    before = users_table(shop)
    select(qtbot, dialog, OWNER)
    press_alt(qtbot, dialog, Qt.Key.Key_D)
    assert dialog.message.text() == "You cannot deactivate yourself while logged in: another owner can do it."
    assert dialog.message.property("kind") == "error"
    # A rule broken in a form: a PIN anyone would guess.
    form = open_form(qtbot, dialog, Qt.Key.Key_A)
    type_here(qtbot, "Bea")
    type_here(qtbot, "")
    type_here(qtbot, "1234")
    type_here(qtbot, "1234", Qt.Key.Key_Return)
    assert "too easy to guess" in form.error_label.text()
    assert QApplication.focusWidget() is form.secret.field
    type_here(qtbot, "", Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: dialog.form is None)
    assert users_table(shop) == before
    assert user_events(shop) == []


def test_the_controller_refuses_a_manager_even_in_the_dialog(qtbot: QtBot, shop: AppControllers) -> None:
    # The menu entry is disabled for a manager; were the screen reached anyway, the controller refuses.
    shop.staff.login_password(MANAGER, MANAGER_PASSWORD)
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = StaffDialog(shop.staff_admin, parent)
    dialog.show()
    before = users_table(shop)
    select(qtbot, dialog, CASHIER)
    qtbot.mouseClick(dialog.deactivate_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "Managing staff accounts needs the owner."
    assert dialog.message.property("kind") == "error"
    assert row_text(dialog, CASHIER)[3] == "Active"
    assert users_table(shop) == before
    assert user_events(shop) == []
    assert account_id(shop, CASHIER) > 0


def test_locking_the_till_closes_the_screen(qtbot: QtBot, window: MainWindow, shop: AppControllers) -> None:
    log_in_owner(qtbot, window, shop)
    dialog = open_staff(qtbot, window)
    open_form(qtbot, dialog, Qt.Key.Key_A)
    shop.staff.logout()  # as the idle lock does
    qtbot.waitUntil(lambda: window.staff_accounts.dialog is None)
    assert window.locked


def test_the_table_model_passes_qts_model_tester(
    qtbot: QtBot, qtmodeltester: ModelTester, shop: AppControllers
) -> None:
    shop.staff.login_password(OWNER, OWNER_PASSWORD)
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = StaffDialog(shop.staff_admin, parent)
    qtmodeltester.check(dialog.model)
    for _ in range(MAX_FAILURES):
        with pytest.raises(AuthenticationError):
            shop.users.authenticate_password(OTHER_MANAGER, "not-the-password")
    dialog.reload()
    qtmodeltester.check(dialog.model)
    assert row_text(dialog, OTHER_MANAGER)[3].startswith("Locked until ")
    assert [dialog.model.headerData(n, Qt.Orientation.Horizontal) for n in range(4)] == [
        "Name",
        "Role",
        "Logs in with",
        "Status",
    ]
