"""The small forms of the Staff accounts screen: add someone, set a PIN or password, change a role.

Each is a `FormDialog`: Enter saves from any field, a refusal (the controller's rules, a missing
permission, two different entries of the secret) shows its reason in the form with the cursor
where the fix goes, and nothing is saved. A PIN or password is typed twice, hidden, since the
owner types it for someone else and cannot see a typo. The controller does all checking; the
forms only compare the two entries.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from pos_app.controllers.errors import UserError
from pos_app.controllers.staff_admin import AccountRow, StaffAdminController
from pos_app.controllers.users import MAX_NAME, MAX_PASSWORD
from pos_app.domain.i18n import translate
from pos_app.domain.permissions import Role
from pos_app.ui.form_dialog import FormDialog


def role_name(role: Role) -> str:
    """A role as the screens show it ("Cashier"), translated when shown."""
    names = {
        Role.CASHIER: translate("StaffForms", "Cashier"),
        Role.MANAGER: translate("StaffForms", "Manager"),
        Role.OWNER: translate("StaffForms", "Owner"),
    }
    return names[role]


def _role_choice(roles: list[Role]) -> QComboBox:
    choice = QComboBox()
    for role in roles:
        choice.addItem(role_name(role), role.value)
    return choice


class _SecretPair:
    """A hidden secret and its repetition (two of the form's line edits), labelled for a PIN or a password."""

    def __init__(self, field: QLineEdit, repeat: QLineEdit) -> None:
        self.field = field
        self.repeat = repeat
        for line in (field, repeat):
            line.setEchoMode(QLineEdit.EchoMode.Password)
        self.label = QLabel()
        self.repeat_label = QLabel()
        self.label.setBuddy(self.field)
        self.repeat_label.setBuddy(self.repeat)
        self.for_pin = True

    def show_for(self, pin: bool) -> None:
        """Label the fields for a PIN (cashiers) or a password (managers and owners); clears them."""
        self.for_pin = pin
        if pin:
            self.label.setText(translate("_SecretPair", "&PIN:"))
            self.repeat_label.setText(translate("_SecretPair", "R&epeat PIN:"))
            self.field.setPlaceholderText(translate("_SecretPair", "4 to 6 digits"))
        else:
            self.label.setText(translate("_SecretPair", "&Password:"))
            self.repeat_label.setText(translate("_SecretPair", "R&epeat password:"))
            self.field.setPlaceholderText(translate("_SecretPair", "at least 8 characters"))
        self.field.clear()
        self.repeat.clear()

    def value(self) -> str:
        """The secret typed, once both entries agree; UserError (field "repeat") otherwise."""
        if self.field.text() and self.field.text() != self.repeat.text():
            if self.for_pin:
                message = translate("_SecretPair", "The two entries differ: type the same PIN twice.")
            else:
                message = translate("_SecretPair", "The two entries differ: type the same password twice.")
            raise UserError(message, "repeat")
        return self.field.text()

    def register(self, fields: dict[str, QWidget]) -> None:
        fields.update({"pin": self.field, "password": self.field, "repeat": self.repeat})


class AddAccountDialog(FormDialog):
    """Add a cashier (PIN) or a manager or owner (password); `saved_id` is the new account's id."""

    def __init__(self, admin: StaffAdminController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("AddAccountDialog", "Add a staff account"))
        self._admin = admin
        self.name = self._line_edit(
            MAX_NAME, translate("AddAccountDialog", "first name, or as the till should show it")
        )
        self.role = _role_choice(list(Role))
        self.secret = _SecretPair(self._line_edit(MAX_PASSWORD, ""), self._line_edit(MAX_PASSWORD, ""))
        self.secret.show_for(pin=True)
        self.role.currentIndexChanged.connect(self._on_role_changed)
        self._fields = {"name": self.name, "role": self.role}
        self.secret.register(self._fields)
        form = QFormLayout()
        form.addRow(translate("AddAccountDialog", "&Name:"), self.name)
        form.addRow(translate("AddAccountDialog", "&Role:"), self.role)
        form.addRow(self.secret.label, self.secret.field)
        form.addRow(self.secret.repeat_label, self.secret.repeat)
        self._lay_out(form, 420)
        self.name.setFocus()

    def chosen_role(self) -> Role:
        return Role(self.role.currentData())

    def _on_role_changed(self, _index: int) -> None:
        self.secret.show_for(pin=self.chosen_role() is Role.CASHIER)
        self._clear_error()

    def _save(self) -> int:
        secret = self.secret.value()
        role = self.chosen_role()
        pin, password = (secret, None) if role is Role.CASHIER else (None, secret)
        if not secret:
            pin, password = (None, None)  # the controller says which one is missing
        return self._admin.add_account(self.name.text(), role, pin=pin, password=password).id


class SecretDialog(FormDialog):
    """Type a new PIN or password twice; `save(secret)` is the controller call that sets it."""

    def __init__(
        self,
        title: str,
        *,
        pin: bool,
        save: Callable[[str], AccountRow],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._save_secret = save
        self.secret = _SecretPair(self._line_edit(MAX_PASSWORD, ""), self._line_edit(MAX_PASSWORD, ""))
        self.secret.show_for(pin=pin)
        self.secret.register(self._fields)
        form = QFormLayout()
        form.addRow(QLabel(translate("SecretDialog", "{title}:").format(title=title)))
        form.addRow(self.secret.label, self.secret.field)
        form.addRow(self.secret.repeat_label, self.secret.repeat)
        self._lay_out(form, 380)
        self.secret.field.setFocus()

    def _save(self) -> int:
        return self._save_secret(self.secret.value()).id


class RoleDialog(FormDialog):
    """Give `account` another role; a move to or from cashier asks for the new PIN or password."""

    def __init__(
        self, admin: StaffAdminController, account: AccountRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("RoleDialog", "Change {name}'s role").format(name=account.name))
        self._admin = admin
        self._account = account
        self.role = _role_choice([role for role in Role if role is not account.role])
        self.secret = _SecretPair(self._line_edit(MAX_PASSWORD, ""), self._line_edit(MAX_PASSWORD, ""))
        self._fields = {"role": self.role}
        self.secret.register(self._fields)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self._form = QFormLayout()
        self._form.addRow(
            QLabel(
                translate("RoleDialog", "{name}'s role: {role}.").format(
                    name=account.name, role=role_name(account.role)
                )
            )
        )
        self._form.addRow(translate("RoleDialog", "New &role:"), self.role)
        self._form.addRow(self.note)
        self._form.addRow(self.secret.label, self.secret.field)
        self._form.addRow(self.secret.repeat_label, self.secret.repeat)
        self.role.currentIndexChanged.connect(self._on_role_changed)
        self._on_role_changed(0)
        self._lay_out(self._form, 420)
        self.role.setFocus()

    def chosen_role(self) -> Role:
        return Role(self.role.currentData())

    def needs_secret(self) -> bool:
        """Whether the move crosses the line between PIN (cashier) and password (manager, owner)."""
        return (self.chosen_role() is Role.CASHIER) != (self._account.role is Role.CASHIER)

    def _on_role_changed(self, _index: int) -> None:
        crossing = self.needs_secret()
        to_cashier = self.chosen_role() is Role.CASHIER
        self.secret.show_for(pin=to_cashier)
        for widget in (self.secret.field, self.secret.repeat):
            self._form.setRowVisible(widget, crossing)
        if not crossing:
            self.note.setText(translate("RoleDialog", "The password stays as it is."))
        elif to_cashier:
            self.note.setText(
                translate("RoleDialog", "Cashiers log in with a PIN: give the new PIN (the password goes).")
            )
        else:
            self.note.setText(
                translate("RoleDialog", "Managers and owners log in with a password: give it (the PIN goes).")
            )
        self._clear_error()

    def _save(self) -> int:
        role = self.chosen_role()
        pin = password = None
        if self.needs_secret():
            secret = self.secret.value() or None
            pin, password = (secret, None) if role is Role.CASHIER else (None, secret)
        return self._admin.change_role(self._account.id, role, pin=pin, password=password).id
