"""The shift dialog (F10 on the sell screen): open a shift, pay cash in or out, read reports, close.

With no shift open it asks for the cashier and the float (the cursor in the float). With one
open it offers, by key: F2 paid in, F3 paid out, F4 X report, F5 close the shift (count the
drawer, then F12 closes and shows the Z report), F6 past shifts and their reports. On a report,
Ctrl+P prints and Ctrl+S saves a PDF. Esc goes back a step, and from the first page closes.

Every refusal (bad amount, no reason, a shift closed meanwhile, a busy database) is shown in
the dialog and changes nothing. `outcome` holds what the sell screen should say afterwards.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QLineEdit, QStackedWidget, QVBoxLayout, QWidget

from pos_app.controllers.errors import UserError
from pos_app.controllers.shift_report import ShiftReport
from pos_app.controllers.shifts import ShiftController, describe_movement
from pos_app.domain.i18n import translate
from pos_app.domain.money import ZERO, format_money
from pos_app.ui.key_claim import CONTROL, PLAIN, claim_keys
from pos_app.ui.shift_count_page import CountPage
from pos_app.ui.shift_pages import CashMovementPage, OpenShiftPage, PastShiftsPage, ShiftMenuPage
from pos_app.ui.shift_report_view import ReportPage
from pos_app.ui.status_label import StatusLabel

K = Qt.Key
DIALOG_KEYS = [
    *((key, PLAIN) for key in (K.Key_Return, K.Key_Enter, K.Key_Escape, K.Key_Up, K.Key_Down)),
    *((key, PLAIN) for key in (K.Key_F2, K.Key_F3, K.Key_F4, K.Key_F5, K.Key_F6, K.Key_F12)),
    (K.Key_P, CONTROL),
    (K.Key_S, CONTROL),
]


class ShiftDialog(QDialog):
    """Everything about the till's shift, on pages of one dialog; see the module docstring."""

    def __init__(self, shifts: ShiftController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ShiftDialog", "Shift"))
        self._shifts = shifts
        self.outcome: str | None = None
        self._report_back: Callable[[], None] = self.reject

        self.open_page = OpenShiftPage()
        self.menu_page = ShiftMenuPage()
        self.movement_page = CashMovementPage()
        self.count_page = CountPage(shifts.denominations)
        self.report_page = ReportPage()
        self.past_page = PastShiftsPage()
        self.pages = QStackedWidget()
        for page in (
            self.open_page,
            self.menu_page,
            self.movement_page,
            self.count_page,
            self.report_page,
            self.past_page,
        ):
            self.pages.addWidget(page)
        self.message = StatusLabel()
        self.message.setObjectName("shiftMessage")
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.message)
        self.resize(560, 640)

        self.open_page.open_button.clicked.connect(self.open_shift)
        self.open_page.past_button.clicked.connect(self.show_past_shifts)
        self.menu_page.paid_in_button.clicked.connect(lambda: self.start_movement(paying_in=True))
        self.menu_page.paid_out_button.clicked.connect(lambda: self.start_movement(paying_in=False))
        self.menu_page.x_report_button.clicked.connect(self.show_x_report)
        self.menu_page.close_button.clicked.connect(self.start_count)
        self.menu_page.past_button.clicked.connect(self.show_past_shifts)
        self.movement_page.record_button.clicked.connect(self.record_movement)
        self.report_page.back_button.clicked.connect(lambda: self._report_back())
        self.past_page.list.itemActivated.connect(lambda _item: self.show_selected_report())
        claim_keys(self, DIALOG_KEYS)
        self.show_start()

    @property
    def page(self) -> QWidget | None:
        return self.pages.currentWidget()

    # -- pages ---------------------------------------------------------------------------

    def show_start(self) -> None:
        """The open-shift form, or the actions of the open shift."""
        try:
            shift = self._shifts.current()
            last_cashier = self._shifts.last_cashier() if shift is None else ""
        except UserError as error:
            self.message.show_error(error.message)
            return
        if shift is None:
            self.pages.setCurrentWidget(self.open_page)
            account = self._shifts.logged_in_name()
            # Logged in, the shift is theirs: the name is shown, not typed.
            self.open_page.cashier.setReadOnly(account is not None)
            if account is not None:
                self.open_page.cashier.setText(account)
            elif not self.open_page.cashier.text():
                self.open_page.cashier.setText(last_cashier)
            self.open_page.float_field.setFocus()
        else:
            self.menu_page.show_shift(shift)
            self.pages.setCurrentWidget(self.menu_page)
            self.menu_page.paid_in_button.setFocus()

    def start_movement(self, *, paying_in: bool) -> None:
        self.message.clear()
        self.movement_page.start(paying_in)
        self.pages.setCurrentWidget(self.movement_page)
        self.movement_page.amount.setFocus()

    def start_count(self) -> None:
        try:
            expected = self._shifts.x_report().expected_cash
        except UserError as error:
            self.message.show_error(error.message)
            return
        self.message.clear()
        self.pages.setCurrentWidget(self.count_page)
        self.count_page.start(expected)

    def show_x_report(self) -> None:
        try:
            report = self._shifts.x_report()
        except UserError as error:
            self.message.show_error(error.message)
            return
        self._show_report(report, translate("ShiftDialog", "Back"), self.show_start)

    def show_past_shifts(self) -> None:
        try:
            shifts = self._shifts.recent_shifts()
        except UserError as error:
            self.message.show_error(error.message)
            return
        self.message.clear()
        self.pages.setCurrentWidget(self.past_page)
        self.past_page.show_shifts(shifts)
        if not shifts:
            self.message.show_info(translate("ShiftDialog", "No shift has been opened on this till yet."))

    def show_selected_report(self) -> None:
        shift = self.past_page.selected()
        if shift is None:
            return
        try:
            report = self._shifts.report(shift.id)
        except UserError as error:
            self.message.show_error(error.message)
            return
        self._show_report(report, translate("ShiftDialog", "Back"), self.show_past_shifts)

    def _show_report(self, report: ShiftReport, back_text: str, back: Callable[[], None]) -> None:
        self.message.clear()
        self._report_back = back
        self.pages.setCurrentWidget(self.report_page)
        self.report_page.show_report(report, back_text)

    # -- actions -------------------------------------------------------------------------

    def open_shift(self) -> None:
        page = self.open_page
        try:
            shift = self._shifts.open_shift(page.cashier.text(), page.float_field.text())
        except UserError as error:
            self._refuse(error.message, page.cashier if error.field == "cashier" else page.float_field)
            return
        opening_float = format_money(shift.opening_float)
        self.outcome = translate(
            "ShiftDialog", "Shift {shift} opened for {cashier} with a float of {float}."
        ).format(shift=shift.id, cashier=shift.cashier, float=opening_float)
        self.accept()

    def record_movement(self) -> None:
        page = self.movement_page
        move = self._shifts.paid_in if page.paying_in else self._shifts.paid_out
        try:
            row = move(page.amount.text(), page.reason.text())
        except UserError as error:
            self._refuse(error.message, page.reason if error.field == "reason" else page.amount)
            return
        self.outcome = f"{describe_movement(row)}."
        self.accept()

    def close_shift(self) -> None:
        try:
            report = self._shifts.close_shift(self.count_page.typed_counts())
        except UserError as error:
            self.message.show_error(error.message)
            return
        counted = report.counted_cash if report.counted_cash is not None else ZERO
        self.outcome = translate(
            "ShiftDialog",
            "Shift {shift} closed: counted {counted}, expected {expected}, variance {variance}. "
            "Press F10 to open the next shift.",
        ).format(
            shift=report.shift_id,
            counted=format_money(counted),
            expected=format_money(report.expected_cash),
            variance=format_money(counted - report.expected_cash),
        )
        self._show_report(report, translate("ShiftDialog", "Done"), self.accept)
        self.message.show_info(
            translate("ShiftDialog", "The shift is closed. Print the Z report (Ctrl+P) or save it (Ctrl+S).")
        )

    def _refuse(self, text: str, field: QLineEdit) -> None:
        self.message.show_error(text)
        field.setFocus()
        field.selectAll()  # typing again replaces what was refused

    # -- keys ----------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Every key of the dialog is decided here, by page (the line edits pass these keys up).
        key = event.key()
        control = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        page = self.page
        enter = key in (K.Key_Return, K.Key_Enter)
        if key == K.Key_Escape:
            self._go_back()
        elif page is self.open_page and enter:
            self.open_shift()
        elif page is self.open_page and key == K.Key_F6:
            self.show_past_shifts()
        elif page is self.menu_page and key in (K.Key_F2, K.Key_F3):
            self.start_movement(paying_in=key == K.Key_F2)
        elif page is self.menu_page and key == K.Key_F4:
            self.show_x_report()
        elif page is self.menu_page and key == K.Key_F5:
            self.start_count()
        elif page is self.menu_page and key == K.Key_F6:
            self.show_past_shifts()
        elif page is self.movement_page and enter:
            self.record_movement()
        elif page is self.count_page and (enter or key in (K.Key_Down, K.Key_Up)):
            self.count_page.move_focus(-1 if key == K.Key_Up else +1)
        elif page is self.count_page and key == K.Key_F12:
            self.close_shift()
        elif page is self.report_page and control and key == K.Key_P:
            self.report_page.print_report()
        elif page is self.report_page and control and key == K.Key_S:
            self.report_page.save_pdf()
        elif page is self.past_page and enter:
            self.show_selected_report()
        elif not enter:  # Enter never falls through to a default button
            super().keyPressEvent(event)

    def _go_back(self) -> None:
        page = self.page
        if page is self.report_page:
            self._report_back()
        elif page in (self.movement_page, self.count_page, self.past_page):
            self.message.clear()
            self.show_start()
        else:
            self.reject()
