"""Manager approval on the spot: when the person at the till may not do something, a manager or
owner types their name and password here and the action goes on, with them recorded as approver.

`install_approval_prompt` gives the staff controller a prompt that shows this dialog (modal, on
top of whatever dialog asked). The controllers call it from inside the refused action, so every
protected action everywhere in the window gets approval the same way, and Cancel (Esc) leaves the
refusal as it was: the screen that asked shows "Voiding a sale needs a manager." and nothing
changed. A wrong password is said in the dialog, counts towards that person's lockout, and the
dialog stays open for another try.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QFormLayout, QLabel, QLineEdit, QWidget

from pos_app.controllers.staff import Approval, StaffController
from pos_app.controllers.users import MAX_NAME, MAX_PASSWORD
from pos_app.domain.i18n import translate
from pos_app.domain.permissions import Permission
from pos_app.ui.form_dialog import FormDialog


class ApprovalDialog(FormDialog):
    """Name + password of a manager or owner; `approval` is set once they approved."""

    def __init__(
        self, staff: StaffController, permission: Permission, why: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("approvalDialog")
        self.setWindowTitle(translate("ApprovalDialog", "Manager approval"))
        self._staff = staff
        self._permission = permission
        self.approval: Approval | None = None
        self.reason = QLabel(
            translate("ApprovalDialog", "{why} A manager approves it here with their password.").format(
                why=why
            )
        )
        self.reason.setWordWrap(True)
        self.name_field = self._line_edit(MAX_NAME, translate("ApprovalDialog", "Manager's name"))
        self.password_field = self._line_edit(MAX_PASSWORD, translate("ApprovalDialog", "Password"))
        self.password_field.setEchoMode(QLineEdit.EchoMode.Password)
        self._fields["name"] = self.name_field
        self._fields["password"] = self.password_field
        self.save_button.setText(translate("ApprovalDialog", "Approve"))
        form = QFormLayout()
        form.addRow(self.reason)
        form.addRow(translate("ApprovalDialog", "&Name"), self.name_field)
        form.addRow(translate("ApprovalDialog", "&Password"), self.password_field)
        self._lay_out(form, 420)
        self.name_field.setFocus()

    def _save(self) -> int:
        password = self.password_field.text()
        self.password_field.clear()
        self.approval = self._staff.approve(self.name_field.text(), password, self._permission)
        return self.approval.approver.id

    def show_error(self, message: str, field: str | None = None) -> None:
        # The password was cleared: the next try starts there, unless the name is what is missing.
        super().show_error(message, "name" if not self.name_field.text().strip() else "password")


def install_approval_prompt(staff: StaffController, fallback_parent: QWidget) -> None:
    """Let `staff` ask for a manager's approval with an ApprovalDialog over the active window."""

    def prompt(permission: Permission, why: str) -> Approval | None:
        parent = QApplication.activeModalWidget() or QApplication.activeWindow() or fallback_parent
        dialog = ApprovalDialog(staff, permission, why, parent)
        try:
            dialog.exec()  # modal: the refused action waits for the answer
            return dialog.approval
        finally:
            dialog.deleteLater()

    staff.set_approval_prompt(prompt)
