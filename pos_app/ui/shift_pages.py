"""The pages of the shift dialog: open a shift, an open one's actions, a paid in or out, past shifts.

They only lay out fields and buttons; the shift dialog calls the controller and moves
between them, so every key of the dialog is handled in one place.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos_app.controllers.shifts import MAX_CASHIER_NAME, MAX_REASON, ShiftRow
from pos_app.domain.i18n import translate
from pos_app.domain.money import format_money
from pos_app.ui.local_time import local_time_text


def _button(text: str) -> QPushButton:
    button = QPushButton(text)
    button.setAutoDefault(False)  # Enter is the dialog's, never a focused button's
    return button


class OpenShiftPage(QWidget):
    """Cashier name (the last one suggested) and the float counted into the drawer."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cashier = QLineEdit()
        # Longer than allowed so an over-long name is refused with a message, not cut.
        self.cashier.setMaxLength(MAX_CASHIER_NAME * 2)
        self.cashier.setPlaceholderText(translate("OpenShiftPage", "Who is on the till?"))
        self.float_field = QLineEdit()
        self.float_field.setMaxLength(32)
        self.float_field.setPlaceholderText(translate("OpenShiftPage", "Cash in the drawer now, e.g. 100.00"))
        self.open_button = _button(translate("OpenShiftPage", "Open shift  (Enter)"))
        self.past_button = _button(translate("OpenShiftPage", "Past shifts  (F6)"))
        form = QFormLayout()
        form.addRow(translate("OpenShiftPage", "Cashier"), self.cashier)
        form.addRow(translate("OpenShiftPage", "Float"), self.float_field)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(
            QLabel(
                translate(
                    "OpenShiftPage", "No shift is open. Count the float into the drawer and open a shift."
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.open_button)
        layout.addWidget(self.past_button)
        layout.addStretch(1)


class ShiftMenuPage(QWidget):
    """What can be done in an open shift, each by its key."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel()
        self.summary.setObjectName("shiftSummary")
        self.summary.setWordWrap(True)
        self.paid_in_button = _button(translate("ShiftMenuPage", "Paid in  (F2)"))
        self.paid_out_button = _button(translate("ShiftMenuPage", "Paid out  (F3)"))
        self.x_report_button = _button(translate("ShiftMenuPage", "X report  (F4)"))
        self.close_button = _button(translate("ShiftMenuPage", "Close shift: count, Z report  (F5)"))
        self.past_button = _button(translate("ShiftMenuPage", "Past shifts  (F6)"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        for button in (
            self.paid_in_button,
            self.paid_out_button,
            self.x_report_button,
            self.close_button,
            self.past_button,
        ):
            layout.addWidget(button)
        layout.addWidget(QLabel(translate("ShiftMenuPage", "Esc: back to the sale")))
        layout.addStretch(1)

    def show_shift(self, shift: ShiftRow) -> None:
        self.summary.setText(
            translate("ShiftMenuPage", "Shift {shift}: {cashier}, open since {opened}, float {float}").format(
                shift=shift.id,
                cashier=shift.cashier,
                opened=local_time_text(shift.opened_at),
                float=format_money(shift.opening_float),
            )
        )


class CashMovementPage(QWidget):
    """Amount and reason of a paid in or a paid out; `paying_in` says which."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paying_in = True
        self.heading = QLabel()
        self.heading.setObjectName("movementHeading")
        self.amount = QLineEdit()
        self.amount.setMaxLength(32)
        self.reason = QLineEdit()
        self.reason.setMaxLength(MAX_REASON * 2)
        self.record_button = _button(translate("CashMovementPage", "Record  (Enter)"))
        form = QFormLayout()
        form.addRow(translate("CashMovementPage", "Amount"), self.amount)
        form.addRow(translate("CashMovementPage", "Reason"), self.reason)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.record_button)
        layout.addWidget(QLabel(translate("CashMovementPage", "Esc: back")))
        layout.addStretch(1)

    def start(self, paying_in: bool) -> None:
        self.paying_in = paying_in
        if paying_in:
            self.heading.setText(
                translate("CashMovementPage", "<b>Paid in</b>: cash put into the drawer that is not a sale.")
            )
            self.reason.setPlaceholderText(
                translate("CashMovementPage", "Why? e.g. more change from the bank")
            )
        else:
            self.heading.setText(
                translate(
                    "CashMovementPage", "<b>Paid out</b>: cash taken from the drawer that is not a refund."
                )
            )
            self.reason.setPlaceholderText(translate("CashMovementPage", "Why? e.g. window cleaner"))
        self.amount.clear()
        self.reason.clear()
        self.amount.setFocus()


class PastShiftsPage(QWidget):
    """Recent shifts, newest first; Enter shows the selected one's report (a Z report again)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shifts: list[ShiftRow] = []
        self.list = QListWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(
            QLabel(translate("PastShiftsPage", "Up/Down to choose, Enter to show its report, Esc: back"))
        )
        layout.addWidget(self.list, 1)

    def show_shifts(self, shifts: list[ShiftRow]) -> None:
        self.shifts = shifts
        self.list.clear()
        for shift in shifts:
            if shift.closed_at is not None:
                until = local_time_text(shift.closed_at)
            else:
                until = translate("PastShiftsPage", "open now")
            self.list.addItem(
                translate("PastShiftsPage", "Shift {shift}   {cashier}   {opened} to {until}").format(
                    shift=shift.id,
                    cashier=shift.cashier,
                    opened=local_time_text(shift.opened_at),
                    until=until,
                )
            )
        self.list.setCurrentRow(0)
        self.list.setFocus()

    def selected(self) -> ShiftRow | None:
        row = self.list.currentRow()
        return self.shifts[row] if 0 <= row < len(self.shifts) else None
