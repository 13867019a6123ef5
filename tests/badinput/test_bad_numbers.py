"""Bad numbers where they are typed: non-numeric, negative, huge and empty amounts, quantities and
discounts are refused with a message that says why, and nothing is written.

Part of the bad-input catalogue (docs/bad-input.md).
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from pos_app.controllers.app import AppControllers
from pos_app.controllers.errors import UserError
from pos_app.domain.cash import Tender, TenderMethod
from pos_app.domain.money import MAX_AMOUNT
from pos_app.domain.validation import ValidationError, validate_item
from pos_app.ui.payment_dialog import PaymentDialog

ORDER_STATE = "SELECT id, status, receipt_no, subtotal, total FROM orders ORDER BY id"
LINE_STATE = "SELECT id, quantity, gross FROM order_items ORDER BY id"


def rows(db_path: Path, sql: str) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(db_path)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def state(db_path: Path) -> tuple[object, ...]:
    return (
        rows(db_path, ORDER_STATE),
        rows(db_path, LINE_STATE),
        rows(db_path, "SELECT count(*) FROM payments"),
        rows(db_path, "SELECT id, stock FROM items ORDER BY id"),
    )


@pytest.mark.parametrize(
    ("price", "message"),
    [
        ("1000000000000000", "Price is too large"),  # 10^15
        ("10000000000", "Price is too large"),  # one cent over the largest amount
        ("1e15", "Price must be a number"),
        ("-0.01", "Price cannot be negative"),
        ("", "Price is required"),
        ("12.345", "Price can have at most 2 decimal places"),
    ],
)
def test_an_out_of_range_price_is_refused(price: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message) as caught:
        validate_item(sku="P-1", barcode="", name="Thing", price=price, stock="1", tax_rate="0")
    assert caught.value.field == "price"


def test_the_largest_price_is_stored_exactly_and_sold(
    controllers: AppControllers, make_item: Callable[..., int], db_path: Path
) -> None:
    make_item("Yacht", "9999999999.99", sku="YACHT", tax_rate="0")
    controllers.sale.scan("YACHT")

    receipt = controllers.sale.pay([Tender(TenderMethod.CARD, MAX_AMOUNT)])

    assert receipt.total == MAX_AMOUNT
    # Integer minor units: not a digit lost, as REAL would lose them.
    assert rows(db_path, "SELECT price FROM items") == [(999_999_999_999,)]
    assert rows(db_path, "SELECT total FROM orders") == [(999_999_999_999,)]


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        (
            "100000",
            "The sale would come to 999,999,999,999,000.00, more than the 9,999,999,999.99 one sale"
            " can take; nothing was changed.",
        ),
        ("1000000000", "Quantity cannot be more than 100,000"),  # 10^9
    ],
)
def test_a_quantity_making_a_sale_no_tender_could_pay_is_refused(
    controllers: AppControllers, make_item: Callable[..., int], db_path: Path, typed: str, message: str
) -> None:
    make_item("Yacht", "9999999999.99", sku="YACHT", tax_rate="0")
    controllers.sale.scan("YACHT")
    line_id = controllers.sale.cart().lines[0].line_id
    before = state(db_path)

    with pytest.raises(UserError) as caught:
        controllers.sale.set_quantity_text(line_id, typed)

    assert caught.value.field == "quantity"
    assert caught.value.message == message
    assert state(db_path) == before
    assert [line.quantity for line in controllers.sale.cart().lines] == [1]


def test_scanning_past_the_largest_sale_total_is_refused_and_the_sale_stays_payable(
    controllers: AppControllers, make_item: Callable[..., int], db_path: Path
) -> None:
    make_item("Half a yacht", "6000000000.00", sku="HALF", tax_rate="0")
    controllers.sale.scan("HALF")
    before = state(db_path)

    with pytest.raises(UserError, match=re.escape("more than the 9,999,999,999.99 one sale can take")):
        controllers.sale.scan("HALF")

    assert state(db_path) == before
    assert controllers.sale.pay([Tender(TenderMethod.CARD, Decimal("6000000000.00"))]).receipt_no == 1


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("1000%", "A discount cannot be more than 100%"),
        ("-10%", "A discount must be more than 0"),
        ("99999999999999", "Discount is too large"),
        ("-1.00", "Discount cannot be negative"),
        ("ten", "Discount must be a percentage like 10% or an amount like 2.50 (got 'ten')"),
        ("", "Discount is required"),
        ("5.00", "more than"),  # more than the 1.00 sale
    ],
)
def test_a_bad_discount_is_refused_and_changes_nothing(
    controllers: AppControllers, make_item: Callable[..., int], db_path: Path, typed: str, message: str
) -> None:
    make_item("Bread", "1.00", sku="BREAD", tax_rate="0")
    controllers.sale.scan("BREAD")
    before = state(db_path)

    with pytest.raises(UserError, match=re.escape(message)):
        controllers.sale.discount_sale(typed, "staff")

    assert state(db_path) == before


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("abc", "Amount must be a number, like 4.99 (got 'abc')"),
        ("-5", "Amount cannot be negative"),
        ("1.234", "Amount can have at most 2 decimal places"),
        ("1e3", "Amount must be a number, like 4.99 (got '1e3')"),
        ("99999999999", "Amount is too large"),
        ("0", "Type an amount to pay."),
        ("'; DROP TABLE payments; --", "Amount must be a number"),
    ],
)
def test_the_payment_dialog_refuses_a_bad_amount_and_charges_nothing(
    qtbot: QtBot,
    controllers: AppControllers,
    make_item: Callable[..., int],
    db_path: Path,
    typed: str,
    message: str,
) -> None:
    make_item("Bread", "2.50", sku="BREAD", tax_rate="0")
    controllers.sale.scan("BREAD")
    before = state(db_path)
    dialog = PaymentDialog(controllers.sale, controllers.sale.cart().total)
    qtbot.addWidget(dialog)
    dialog.show()

    qtbot.keyClicks(dialog.tendered, typed)
    qtbot.keyClick(dialog.tendered, Qt.Key.Key_Return)

    assert dialog.isVisible()
    assert dialog.receipt is None
    assert dialog.message.text().startswith(message)
    assert dialog.tenders() == []
    assert state(db_path) == before
    # The cashier corrects it: exact cash by Enter on an empty field completes the sale.
    dialog.tendered.clear()
    qtbot.keyClick(dialog.tendered, Qt.Key.Key_Return)
    assert dialog.receipt is not None
    assert dialog.receipt.receipt_no == 1


def test_a_card_payment_larger_than_due_is_refused_in_the_dialog(
    qtbot: QtBot, controllers: AppControllers, make_item: Callable[..., int], db_path: Path
) -> None:
    make_item("Bread", "2.50", sku="BREAD", tax_rate="0")
    controllers.sale.scan("BREAD")
    dialog = PaymentDialog(controllers.sale, controllers.sale.cart().total)
    qtbot.addWidget(dialog)
    dialog.show()

    qtbot.keyClicks(dialog.tendered, "100")
    qtbot.keyClick(dialog.tendered, Qt.Key.Key_F2)

    assert dialog.message.text() == (
        "A card payment of 100.00 is more than the 2.50 still due; only cash may be overpaid."
    )
    assert rows(db_path, "SELECT count(*) FROM payments") == [(0,)]


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("abc", "must be a number"),
        ("-5", "cannot be negative"),
        ("99999999999", "too large"),
        ("", "required"),
    ],
)
def test_bad_paid_in_amounts_are_refused(
    controllers: AppControllers, db_path: Path, typed: str, message: str
) -> None:
    with pytest.raises(UserError, match=message):
        controllers.shifts.paid_in(typed, "change from the bank")
    assert rows(db_path, "SELECT count(*) FROM cash_movements") == [(0,)]
