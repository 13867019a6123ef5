"""The line on the sell screen that says which shift is open, or that none is and how to open one.

Without an open shift the till cannot take payment; saying so up front (and how to fix it)
spares the cashier a refusal at the end of a sale.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from pos_app.controllers.errors import UserError
from pos_app.controllers.shifts import ShiftController
from pos_app.domain.i18n import translate
from pos_app.domain.money import format_money
from pos_app.ui.local_time import local_time_text
from pos_app.ui.status_label import StatusLabel


def no_shift_hint() -> str:
    """What the sell screen says while no shift is open (translated when shown, not at import)."""
    return translate("ShiftStatus", "No shift open: press F10 to open one")


class ShiftStatus(StatusLabel):
    """Shows the open shift (cashier, since when, float); follows the controller's shift_changed."""

    def __init__(self, shifts: ShiftController | None, parent: QWidget | None = None) -> None:
        super().__init__("", parent, info_style="color: #37474f;")
        self.setObjectName("shiftStatus")
        self._shifts = shifts
        self.setVisible(shifts is not None)
        if shifts is not None:
            shifts.shift_changed.connect(self.refresh)
            self.refresh()

    def refresh(self) -> bool:
        """Read the open shift and show it; True when one is open."""
        if self._shifts is None:
            return False
        try:
            shift = self._shifts.current()
        except UserError as error:
            self.show_error(error.message)
            return False
        if shift is None:
            self.show_error(no_shift_hint())
            return False
        self.show_info(
            translate("ShiftStatus", "Shift {shift}: {cashier}, since {opened} (float {float})").format(
                shift=shift.id,
                cashier=shift.cashier,
                opened=local_time_text(shift.opened_at),
                float=format_money(shift.opening_float),
            )
        )
        return True
