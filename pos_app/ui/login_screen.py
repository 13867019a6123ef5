"""The till's lock screen, Ctrl+L to lock now, and the auto-lock after idle minutes.

Shown over the main window's tabs (a page of a QStackedWidget) only when the shop has at least
one active staff account: a shop without accounts works unlocked, as before. A cashier types a
PIN and Enter; "Manager / owner login" (Alt+M) shows name + password fields instead. The open
sale is a saved draft, so locking never loses it: the next login finds it on the sell screen.

`IdleLock` watches every key and mouse input the application gets (an event filter on the
QApplication) and locks the till when none came for `auto_lock_minutes` (0 = never).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos_app.controllers.settings import SettingsController
from pos_app.controllers.staff import StaffController
from pos_app.controllers.users import AuthenticationError
from pos_app.domain.i18n import translate

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class LoginScreen(QWidget):
    """PIN login (focused), or name + password for managers and owners. Signal `unlocked` on success."""

    unlocked = Signal(object)

    def __init__(self, staff: StaffController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._staff = staff
        title = QLabel(translate("LoginScreen", "The till is locked"))
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title.setStyleSheet("font-size: 20pt;")
        self.message = QLabel(translate("LoginScreen", "Type your PIN and press Enter."))
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)

        self.pin_field = QLineEdit()
        self.pin_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_field.setMaxLength(6)
        self.pin_field.setPlaceholderText(translate("LoginScreen", "PIN"))
        self.pin_field.setAccessibleName(translate("LoginScreen", "PIN"))
        self.pin_field.returnPressed.connect(self._login_pin)

        self.manager_toggle = QPushButton(translate("LoginScreen", "&Manager / owner login  (Alt+M)"))
        self.manager_toggle.setCheckable(True)
        self.manager_toggle.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.manager_toggle.toggled.connect(self._show_password_login)

        self.name_field = QLineEdit()
        self.name_field.setAccessibleName(translate("LoginScreen", "Name"))
        self.password_field = QLineEdit()
        self.password_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_field.setAccessibleName(translate("LoginScreen", "Password"))
        self.name_field.returnPressed.connect(self.password_field.setFocus)
        self.password_field.returnPressed.connect(self._login_password)
        self.password_form = QWidget()
        form = QFormLayout(self.password_form)
        form.addRow(translate("LoginScreen", "&Name"), self.name_field)
        form.addRow(translate("LoginScreen", "&Password"), self.password_field)
        self.password_form.hide()

        box = QWidget()
        box.setMaximumWidth(420)
        inner = QVBoxLayout(box)
        inner.addWidget(title)
        inner.addWidget(self.message)
        inner.addWidget(self.pin_field)
        inner.addWidget(self.password_form)
        inner.addWidget(self.manager_toggle)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)

    def reset(self) -> None:
        """Back to the PIN field, empty, as the till shows itself when it locks."""
        self.manager_toggle.setChecked(False)
        for field in (self.pin_field, self.name_field, self.password_field):
            field.clear()
        self.message.setText(translate("LoginScreen", "Type your PIN and press Enter."))
        self.focus_entry()

    def focus_entry(self) -> None:
        field = self.name_field if self.manager_toggle.isChecked() else self.pin_field
        field.setFocus()

    def _show_password_login(self, on: bool) -> None:
        self.pin_field.setVisible(not on)
        self.password_form.setVisible(on)
        self.message.setText(
            translate("LoginScreen", "Type your name and password, then Enter.")
            if on
            else translate("LoginScreen", "Type your PIN and press Enter.")
        )
        self.focus_entry()

    def _login_pin(self) -> None:
        pin = self.pin_field.text()
        self.pin_field.clear()
        if not pin:
            return
        try:
            member = self._staff.login_pin(pin)
        except AuthenticationError as error:
            self._refuse(error.message, self.pin_field)
            return
        self.unlocked.emit(member)

    def _login_password(self) -> None:
        password = self.password_field.text()
        self.password_field.clear()
        try:
            member = self._staff.login_password(self.name_field.text(), password)
        except AuthenticationError as error:
            self._refuse(error.message, self.password_field)
            return
        self.name_field.clear()
        self.unlocked.emit(member)

    def _refuse(self, text: str, field: QLineEdit) -> None:
        self.message.setText(text)
        QApplication.beep()
        field.setFocus()


class IdleLock(QObject):
    """Locks the till (`staff.logout()`) after `auto_lock_minutes` without key or mouse input."""

    def __init__(self, staff: StaffController, settings: SettingsController, parent: QObject | None = None):
        super().__init__(parent)
        self._staff = staff
        self._settings = settings
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._lock)
        settings.changed.connect(lambda _settings: self.restart())
        staff.logged_in.connect(lambda _member: self.restart())
        staff.logged_out.connect(self.timer.stop)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.restart()

    def restart(self) -> None:
        """Count the idle minutes again from now (stopped while locked or when set to 0)."""
        minutes = self._settings.current.auto_lock_minutes
        if minutes <= 0 or self._staff.current is None:
            self.timer.stop()
            return
        self.timer.start(minutes * 60_000)

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS and self.timer.isActive():
            self.timer.start()  # restarts with the same interval
        return False

    def _lock(self) -> None:
        if self._staff.current is not None:
            self._staff.logout("idle")
