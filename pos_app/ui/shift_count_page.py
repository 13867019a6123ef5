"""Counting the drawer to close a shift: one row per denomination, totals kept up to date as you type.

The cashier types the number of notes and coins of each value (Enter or Down to the next,
Up to the previous); the counted total, the expected cash and the variance are shown before
F12 closes the shift, so a miscount can be found while the drawer is still open.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGridLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from pos_app.domain.denominations import CountError, counted_total, denomination_text, parse_count
from pos_app.domain.i18n import translate
from pos_app.domain.money import ZERO, format_money
from pos_app.ui.status_label import StatusLabel

COUNT_FIELD_LENGTH = 7
EMPTY_COUNT = "0"  # what an empty count field means: a number, the same in every language
NO_FIGURE = "—"  # in place of an amount that cannot be worked out from what was typed


class CountPage(QWidget):
    """The count table; `fields` maps each denomination to its count field."""

    def __init__(self, denominations: tuple[Decimal, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.expected = ZERO
        self.fields: dict[Decimal, QLineEdit] = {}
        self._amounts: dict[Decimal, QLabel] = {}

        grid = QGridLayout()
        grid.addWidget(QLabel(translate("CountPage", "<b>Value</b>")), 0, 0)
        grid.addWidget(QLabel(translate("CountPage", "<b>Count</b>")), 0, 1)
        grid.addWidget(QLabel(translate("CountPage", "<b>Amount</b>")), 0, 2)
        for row, denomination in enumerate(denominations, start=1):
            label = QLabel(denomination_text(denomination))
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            field = QLineEdit()
            field.setMaxLength(COUNT_FIELD_LENGTH)
            field.setAlignment(Qt.AlignmentFlag.AlignRight)
            field.setPlaceholderText(EMPTY_COUNT)
            field.setFixedWidth(90)
            field.textChanged.connect(self._update_totals)
            amount = QLabel(format_money(ZERO))
            amount.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            label.setBuddy(field)
            grid.addWidget(label, row, 0)
            grid.addWidget(field, row, 1)
            grid.addWidget(amount, row, 2)
            self.fields[denomination] = field
            self._amounts[denomination] = amount

        self.counted_label = QLabel(format_money(ZERO))
        self.counted_label.setObjectName("countedCash")
        self.expected_label = QLabel(format_money(ZERO))
        self.expected_label.setObjectName("expectedCash")
        self.variance_label = QLabel(format_money(ZERO))
        self.variance_label.setObjectName("cashVariance")
        totals = QFormLayout()
        totals.addRow(translate("CountPage", "Counted"), self.counted_label)
        totals.addRow(translate("CountPage", "Expected"), self.expected_label)
        totals.addRow(translate("CountPage", "Variance"), self.variance_label)
        self.count_message = StatusLabel()
        self.count_message.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(
            QLabel(
                translate(
                    "CountPage", "Count the drawer: type how many of each. Enter/Down: next, Up: previous."
                )
            )
        )
        layout.addLayout(grid)
        layout.addLayout(totals)
        layout.addWidget(self.count_message)
        layout.addWidget(
            QLabel(translate("CountPage", "F12: close the shift with this count (final)    Esc: back"))
        )

    def start(self, expected: Decimal) -> None:
        """Show an empty count against the cash the drawer should hold now."""
        self.expected = expected
        for field in self.fields.values():
            field.clear()
        self.expected_label.setText(format_money(expected))
        self._update_totals()
        next(iter(self.fields.values())).setFocus()

    def typed_counts(self) -> dict[Decimal, str]:
        return {denomination: field.text() for denomination, field in self.fields.items()}

    def move_focus(self, step: int) -> None:
        fields = list(self.fields.values())
        # The window's focus widget, not hasFocus(): right even while the window is not active.
        current = self.window().focusWidget()
        focused = next((i for i, f in enumerate(fields) if f is current), -1)
        target = fields[max(0, min(len(fields) - 1, focused + step))]
        target.setFocus()
        target.selectAll()

    def _update_totals(self) -> None:
        counts: dict[Decimal, int] = {}
        problem: str | None = None
        for denomination, field in self.fields.items():
            try:
                counts[denomination] = parse_count(field.text(), denomination)
            except CountError as error:
                problem = problem or error.message
                self._amounts[denomination].setText(NO_FIGURE)
                continue
            self._amounts[denomination].setText(format_money(denomination * counts[denomination]))
        if problem is not None:
            self.counted_label.setText(NO_FIGURE)
            self.variance_label.setText(NO_FIGURE)
            self.count_message.show_error(problem)
            return
        counted = counted_total(counts)
        variance = counted - self.expected
        self.counted_label.setText(format_money(counted))
        self.variance_label.setText(format_money(variance))
        if variance:
            if variance > 0:
                text = translate("CountPage", "The drawer is {amount} over.")
            else:
                text = translate("CountPage", "The drawer is {amount} short.")
            self.count_message.show_info(text.format(amount=format_money(abs(variance))))
        else:
            self.count_message.show_info(translate("CountPage", "The count matches the expected cash."))
