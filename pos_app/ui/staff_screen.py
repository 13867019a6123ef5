"""The owner's Staff accounts screen: Shop ▸ Staff accounts… on the main window's menu bar.

A table of every account (name, role, PIN or password, active / deactivated / locked until) and
the buttons, each with its Alt key: Add… (Alt+A), Change PIN / Reset password… (Alt+P; a PIN for
a cashier, a password for a manager or owner), Change role… (Alt+R), Deactivate (Alt+D) and
Reactivate (Alt+T; a returning cashier gets a new PIN). Arrows move in the table; Esc closes.
What was done, or why it was refused, shows in the line under the table (the forms show their
own refusals in place); a refusal changes nothing.

Every change goes through `StaffAdminController`, which is what refuses anyone but the owner
(or someone holding the owner's approval) and records the audit event. The menu entry is only
enabled while the owner is logged in, and the screen closes when the till locks.

`StaffLauncher` is everything the main window needs: one line there creates it, adding its
action to the Shop menu.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QMainWindow,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pos_app.controllers.app import AppControllers
from pos_app.controllers.errors import UserError
from pos_app.controllers.staff import StaffController
from pos_app.controllers.staff_admin import AccountRow, StaffAdminController
from pos_app.domain.i18n import translate
from pos_app.domain.permissions import Role
from pos_app.ui.dialog_launcher import DialogLauncher
from pos_app.ui.form_dialog import FormDialog
from pos_app.ui.staff_accounts_model import StaffAccountsModel
from pos_app.ui.staff_forms import AddAccountDialog, RoleDialog, SecretDialog
from pos_app.ui.status_label import StatusLabel


def role_phrase(role: Role) -> str:
    """A role as said after "is now": "a cashier", "a manager", "an owner"."""
    phrases = {
        Role.CASHIER: translate("StaffScreen", "a cashier"),
        Role.MANAGER: translate("StaffScreen", "a manager"),
        Role.OWNER: translate("StaffScreen", "an owner"),
    }
    return phrases[role]


class StaffDialog(QDialog):
    """List staff accounts and change them through the controller; `form` is the open sub-form."""

    def __init__(self, admin: StaffAdminController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("StaffDialog", "Staff accounts"))
        self.resize(640, 420)
        self._admin = admin
        self.form: FormDialog | None = None

        self.model = StaffAccountsModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)

        self.add_button = QPushButton(translate("StaffDialog", "&Add…"))
        self.secret_button = QPushButton(translate("StaffDialog", "Change &PIN / Reset password…"))
        self.role_button = QPushButton(translate("StaffDialog", "Change &role…"))
        self.deactivate_button = QPushButton(translate("StaffDialog", "&Deactivate"))
        self.reactivate_button = QPushButton(translate("StaffDialog", "Reac&tivate"))
        self.close_button = QPushButton(translate("StaffDialog", "Close  (Esc)"))
        for button, slot in (
            (self.add_button, self.add_account),
            (self.secret_button, self.change_secret),
            (self.role_button, self.change_role),
            (self.deactivate_button, self.deactivate),
            (self.reactivate_button, self.reactivate),
            (self.close_button, self.reject),
        ):
            button.setAutoDefault(False)
            button.clicked.connect(slot)
        buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.secret_button,
            self.role_button,
            self.deactivate_button,
            self.reactivate_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        self.message = StatusLabel()
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.reload()
        self.table.setFocus()

    # -- the list ---------------------------------------------------------------------------

    def reload(self, select_id: int | None = None) -> None:
        """Read the accounts again and select `select_id` (or keep the selection, or the first row)."""
        keep = select_id if select_id is not None else getattr(self.selected(), "id", None)
        try:
            rows = self._admin.accounts()
        except UserError as error:
            self.message.show_error(error.message)
            return
        self.model.set_rows(rows)
        row = self.model.row_of(keep) if keep is not None else -1
        if rows:
            self.table.selectRow(max(row, 0))
        self._update_buttons()

    def selected(self) -> AccountRow | None:
        return self.model.row_at(self.table.currentIndex().row())

    def _on_current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        account = self.selected()
        for button in (self.secret_button, self.role_button):
            button.setEnabled(account is not None)
        self.deactivate_button.setEnabled(account is not None and account.active)
        self.reactivate_button.setEnabled(account is not None and not account.active)
        if account is not None:
            if account.role is Role.CASHIER:
                tip = translate("StaffDialog", "Give {name} a new PIN.")
            else:
                tip = translate("StaffDialog", "Give {name} a new password.")
            self.secret_button.setToolTip(tip.format(name=account.name))

    # -- the actions ------------------------------------------------------------------------

    def add_account(self) -> None:
        self._open_form(AddAccountDialog(self._admin, self), translate("StaffDialog", "{name} added."))

    def change_secret(self) -> None:
        account = self._selected_or_say()
        if account is None:
            return
        if account.role is Role.CASHIER:
            title = translate("StaffDialog", "New PIN for {name}").format(name=account.name)
            done = translate("StaffDialog", "{name} has a new PIN.")
            form = SecretDialog(
                title, pin=True, save=lambda pin: self._admin.change_pin(account.id, pin), parent=self
            )
        else:
            title = translate("StaffDialog", "New password for {name}").format(name=account.name)
            done = translate("StaffDialog", "{name} has a new password.")
            form = SecretDialog(
                title,
                pin=False,
                save=lambda password: self._admin.reset_password(account.id, password),
                parent=self,
            )
        self._open_form(form, done)

    def change_role(self) -> None:
        account = self._selected_or_say()
        if account is not None:
            self._open_form(
                RoleDialog(self._admin, account, self), translate("StaffDialog", "{name} is now {role}.")
            )

    def deactivate(self) -> None:
        account = self._selected_or_say()
        if account is None:
            return
        try:
            self._admin.deactivate(account.id)
        except UserError as error:
            self.message.show_error(error.message)
            return
        self.reload(account.id)
        self.message.show_info(
            translate("StaffDialog", "{name} is deactivated and can no longer log in.").format(
                name=account.name
            )
        )

    def reactivate(self) -> None:
        account = self._selected_or_say()
        if account is None:
            return
        if account.role is Role.CASHIER:
            # A returning cashier needs a PIN nobody active has (see UserController.reactivate_in).
            form = SecretDialog(
                translate("StaffDialog", "New PIN for {name}, who comes back").format(name=account.name),
                pin=True,
                save=lambda pin: self._admin.reactivate(account.id, pin=pin),
                parent=self,
            )
            self._open_form(form, translate("StaffDialog", "{name} can log in again, with the new PIN."))
            return
        try:
            self._admin.reactivate(account.id)
        except UserError as error:
            self.message.show_error(error.message)
            return
        self.reload(account.id)
        self.message.show_info(translate("StaffDialog", "{name} can log in again.").format(name=account.name))

    # -- helpers ----------------------------------------------------------------------------

    def _selected_or_say(self) -> AccountRow | None:
        account = self.selected()
        if account is None:
            self.message.show_error(translate("StaffDialog", "Choose someone in the list first."))
        return account

    def _open_form(self, form: FormDialog, done: str) -> None:
        """Open `form` (not blocking); after a save, reload, select the account and say `done`
        ("{name}" and "{role}" are filled in from the saved account)."""
        if self.form is not None:
            return
        self.form = form

        def finished(code: int) -> None:
            self.form = None
            form.deleteLater()
            if code == QDialog.DialogCode.Accepted and form.saved_id is not None:
                self.reload(form.saved_id)
                saved = self.selected()
                if saved is not None:
                    self.message.show_info(done.format(name=saved.name, role=role_phrase(saved.role)))
            # Back to the list with the keys working (not every window manager reactivates the parent).
            self.activateWindow()
            self.table.setFocus()

        form.finished.connect(finished)
        form.open()


class StaffLauncher(DialogLauncher):
    """Adds "Staff accounts…" to `menu`, enabled while the owner is logged in; `dialog` while open."""

    def __init__(self, window: QMainWindow, controllers: AppControllers, menu: QMenu) -> None:
        super().__init__(window)
        self.admin = controllers.staff_admin
        self._staff: StaffController = controllers.staff
        self.dialog: StaffDialog | None = None
        self.action = QAction(translate("StaffLauncher", "&Staff accounts…"), self)
        self.action.triggered.connect(self.open_dialog)
        menu.addAction(self.action)
        self._staff.logged_in.connect(self._on_who_changed)
        self._staff.logged_out.connect(self._on_logged_out)
        self._on_who_changed()

    def open_dialog(self) -> None:
        # The menu entry is a convenience; the controller refuses anyone else whatever opens this.
        if self.dialog is not None or not self.admin.may_manage():
            return
        dialog = StaffDialog(self.admin, self._window)
        self._open(dialog)

    def _on_who_changed(self, _member: object = None) -> None:
        allowed = self.admin.may_manage()
        self.action.setEnabled(allowed)
        self.action.setStatusTip(
            ""
            if allowed
            else translate("StaffLauncher", "Only the owner manages staff accounts: log in as the owner.")
        )

    def _on_logged_out(self) -> None:
        self._on_who_changed()
        # Locking the till (Ctrl+L, idle) must not leave the owner's screen open over the lock screen.
        if self.dialog is not None:
            if self.dialog.form is not None:
                self.dialog.form.reject()
            self.dialog.reject()
