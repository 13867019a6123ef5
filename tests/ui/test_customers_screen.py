"""The customers screen and form: add, edit, refused input, the order pane, and deletion with its cascade."""

from __future__ import annotations

import re
import time
from datetime import datetime
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from pos_app.controllers.app import AppControllers
from pos_app.controllers.rows import OrderSummary
from pos_app.ui.customer_dialog import CustomerDialog
from pos_app.ui.customers_screen import CustomersScreen, OrdersModel
from pos_app.ui.local_time import local_time_text

pytestmark = pytest.mark.usefixtures("no_leaked_windows")

MILK = "4006381333931"
BREAD = "5901234123457"
CUSTOMERS_SQL = "SELECT name, email, phone FROM customers ORDER BY id"


@pytest.fixture
def people(make_customer, make_item):
    make_item("Whole milk 1 L", "1.29", barcode=MILK, sku="DAI-1")
    make_item("Sourdough bread", "3.50", barcode=BREAD, sku="BAK-1")
    return {
        "ann": make_customer("Ann Smith", "ann@example.com", "+44 20 7946 0000"),
        "bob": make_customer("Bob Jones", "bob@example.com"),
        "cy": make_customer("Cy Young"),
    }


@pytest.fixture
def screen(qtbot, controllers, people, show_screen):
    widget = show_screen(CustomersScreen(controllers.customers))
    widget.focus_search()
    qtbot.waitUntil(widget.search_field.hasFocus)  # shortcuts reach only the active window
    return widget


def column(model, number: int) -> list[str]:
    return [model.index(row, number).data() for row in range(model.rowCount())]


def open_dialog(qtbot, screen: CustomersScreen, button) -> CustomerDialog:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(screen.dialog, CustomerDialog))
    dialog = screen.dialog
    qtbot.waitUntil(dialog.name.hasFocus)
    return dialog


def test_list_search_and_columns(qtbot, screen, paid_sale, people, search):
    assert column(screen.model, 0) == ["Ann Smith", "Bob Jones", "Cy Young"]
    assert screen.status_label.text() == "3 customers"
    assert [screen.model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == [
        "Name",
        "Email",
        "Phone",
        "Orders",
    ]
    paid_sale(people["ann"], MILK)
    search(screen, "example.com ann")  # every word must match name, email or phone
    assert [screen.model.index(0, c).data() for c in range(4)] == [
        "Ann Smith",
        "ann@example.com",
        "+44 20 7946 0000",
        "1",
    ]
    assert screen.status_label.text() == "1 customer"
    search(screen, "nobody")
    assert screen.model.rowCount() == 0
    assert not screen.delete_button.isEnabled()


def test_add_customer(qtbot, screen, db_rows, save_and_wait_closed):
    dialog = open_dialog(qtbot, screen, screen.add_button)
    qtbot.keyClicks(dialog.name, "  Dora   Diaz ")
    qtbot.keyClicks(dialog.email, "Dora@Example.COM")
    qtbot.keyClicks(dialog.phone, "0151 496 0000")
    save_and_wait_closed(screen, dialog)

    assert column(screen.model, 0) == ["Ann Smith", "Bob Jones", "Cy Young", "Dora Diaz"]
    assert screen.selected_customer().name == "Dora Diaz"
    assert db_rows(CUSTOMERS_SQL)[-1] == ("Dora Diaz", "dora@example.com", "0151 496 0000")


def test_edit_customer_with_enter(qtbot, screen, controllers, people, db_rows, fill, save_and_wait_closed):
    qtbot.keyClicks(screen.search_field, "bob")
    qtbot.keyClick(screen.search_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(screen.dialog, CustomerDialog))
    dialog = screen.dialog
    assert (dialog.name.text(), dialog.email.text(), dialog.phone.text()) == (
        "Bob Jones",
        "bob@example.com",
        "",
    )
    fill(dialog, email="robert@example.com")
    qtbot.keyClicks(dialog.phone, "555 0100")
    save_and_wait_closed(screen, dialog)

    assert column(screen.model, 1) == ["robert@example.com"]
    assert db_rows("SELECT email, phone FROM customers WHERE name = 'Bob Jones'") == [
        ("robert@example.com", "555 0100")
    ]
    assert controllers.customers.get_customer(people["bob"]).email == "robert@example.com"


@pytest.mark.parametrize(
    ("field", "typed", "message"),
    [
        ("email", "ann@example.com", "ann@example.com is already the email of Ann Smith."),
        ("email", "ANN@example.com", "ann@example.com is already the email of Ann Smith."),
        ("email", "not-an-email", "'not-an-email' is not an email address"),
        ("phone", "call me", "Phone may contain digits, spaces and + ( ) - . /"),
        ("name", "   ", "Name is required"),
    ],
    ids=["duplicate-email", "duplicate-email-case", "bad-email", "bad-phone", "blank-name"],
)
def test_bad_customer_input_is_refused(qtbot, screen, db_rows, field, typed, message):
    before = db_rows(CUSTOMERS_SQL)
    dialog = open_dialog(qtbot, screen, screen.add_button)
    values = {"name": "Eve Adams", "email": "eve@example.com", "phone": "", field: typed}
    for name, text in values.items():
        qtbot.keyClicks(getattr(dialog, name), text)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible()
    assert dialog.error_label.isVisible()
    assert dialog.error_label.text() == message
    qtbot.waitUntil(getattr(dialog, field).hasFocus)
    assert db_rows(CUSTOMERS_SQL) == before
    qtbot.keyClick(getattr(dialog, field), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: screen.dialog is None)
    assert db_rows(CUSTOMERS_SQL) == before


def test_edit_to_another_customers_email_changes_nothing(qtbot, screen, db_rows, search, fill):
    before = db_rows(CUSTOMERS_SQL)
    search(screen, "bob")
    dialog = open_dialog(qtbot, screen, screen.edit_button)
    fill(dialog, email="ann@example.com")
    qtbot.keyClick(dialog.email, Qt.Key.Key_Return)
    assert dialog.error_label.text() == "ann@example.com is already the email of Ann Smith."
    assert db_rows(CUSTOMERS_SQL) == before
    qtbot.keyClick(dialog.email, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: screen.dialog is None)


def test_order_pane_lists_the_selected_customers_orders(qtbot, screen, paid_sale, people, search):
    first = paid_sale(people["ann"], MILK, BREAD)
    second = paid_sale(people["ann"], MILK, MILK)
    paid_sale(people["bob"], BREAD)
    search(screen, "ann")
    assert screen.orders_label.text() == "Orders of Ann Smith"
    model = screen.orders_model
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == [
        "Date",
        "Status",
        "Lines",
        "Total",
    ]
    # Newest first; the same milk scanned twice is one line of two.
    assert [[model.index(r, c).data() for c in range(1, 4)] for r in range(model.rowCount())] == [
        ["Paid", "1", "2.58"],
        ["Paid", "2", "4.79"],
    ]
    assert [model.order_at(r).id for r in range(2)] == [second, first]
    # Dates in the shop's locale (en_US here), e.g. "1/2/2024, 4:30 PM".
    assert all(
        re.fullmatch(r"\d{1,2}/\d{1,2}/\d{4}, \d{1,2}:\d{2}\u202f[AP]M", text) for text in column(model, 0)
    )

    qtbot.keyClick(screen.search_field, Qt.Key.Key_Backspace)
    qtbot.keyClick(screen.search_field, Qt.Key.Key_Backspace)
    qtbot.keyClick(screen.search_field, Qt.Key.Key_Backspace)
    qtbot.keyClick(screen.search_field, Qt.Key.Key_Down)  # Ann -> Bob
    assert screen.orders_label.text() == "Orders of Bob Jones"
    assert column(model, 3) == ["3.50"]
    qtbot.keyClick(screen.search_field, Qt.Key.Key_Down)  # Cy has none
    assert model.rowCount() == 0


def test_dates_show_in_local_time(monkeypatch):
    # POSIX TZ syntax: "UTC-05:30" means 5 h 30 ahead of UTC; no tz database needed.
    monkeypatch.setenv("TZ", "XYZ-05:30")
    time.tzset()
    try:
        # In the shop's locale (en_US here): Babel's date with the full year and short time.
        assert local_time_text(datetime(2024, 1, 1, 23, 0)) == "1/2/2024, 4:30\u202fAM"
        model = OrdersModel()
        model.set_orders([OrderSummary(1, datetime(2024, 3, 31, 20, 15), "void", 3, Decimal("12.00"))])
        assert [model.index(0, c).data() for c in range(4)] == [
            "4/1/2024, 1:45\u202fAM",
            "Void",
            "3",
            "12.00",
        ]
    finally:
        monkeypatch.undo()
        time.tzset()


# -- deleting --------------------------------------------------------------------------------


@pytest.fixture
def ann_with_orders(paid_sale, people):
    """Ann has two paid orders (three lines); Bob has one that must survive Ann's deletion."""
    paid_sale(people["ann"], MILK, BREAD)
    paid_sale(people["ann"], BREAD)
    paid_sale(people["bob"], MILK)
    return people["ann"]


def test_delete_asks_with_the_order_count_and_cascades(
    qtbot, screen, monkeypatch, ann_with_orders, db_rows, controllers, search
):
    ann = ann_with_orders
    ann_orders = [row[0] for row in db_rows("SELECT id FROM orders WHERE customer_id = ?", ann)]
    assert len(ann_orders) == 2
    questions: list[str] = []
    monkeypatch.setattr(screen, "_confirm", lambda text: questions.append(text) or True)

    search(screen, "ann")
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_Delete)

    assert questions == ["Delete Ann Smith? Their 2 orders and all their lines will be deleted too."]
    assert screen.model.rowCount() == 0
    assert screen.status_label.text() == "Deleted Ann Smith and 2 orders."
    assert db_rows("SELECT name FROM customers ORDER BY id") == [("Bob Jones",), ("Cy Young",)]
    assert db_rows("SELECT count(*) FROM orders WHERE customer_id = ?", ann) == [(0,)]
    marks = ",".join("?" * len(ann_orders))
    assert db_rows(f"SELECT count(*) FROM orders WHERE id IN ({marks})", *ann_orders) == [(0,)]
    assert db_rows(f"SELECT count(*) FROM order_items WHERE order_id IN ({marks})", *ann_orders) == [(0,)]
    assert db_rows(f"SELECT count(*) FROM payments WHERE order_id IN ({marks})", *ann_orders) == [(0,)]
    # Bob's order and its line are untouched.
    assert db_rows("SELECT count(*) FROM orders") == [(1,)]
    assert db_rows("SELECT count(*) FROM order_items") == [(1,)]
    assert db_rows("PRAGMA foreign_key_check") == []
    search(screen, "")
    assert column(screen.model, 0) == ["Bob Jones", "Cy Young"]


def test_cancelling_the_confirmation_deletes_nothing(
    qtbot, screen, monkeypatch, ann_with_orders, db_rows, search
):
    snapshot = [
        db_rows(sql)
        for sql in ("SELECT * FROM customers", "SELECT * FROM orders", "SELECT * FROM order_items")
    ]
    questions: list[str] = []
    monkeypatch.setattr(screen, "_confirm", lambda text: questions.append(text) and False)

    search(screen, "ann")
    qtbot.mouseClick(screen.delete_button, Qt.MouseButton.LeftButton)

    assert questions == ["Delete Ann Smith? Their 2 orders and all their lines will be deleted too."]
    assert screen.selected_customer().name == "Ann Smith"
    assert snapshot == [
        db_rows(sql)
        for sql in ("SELECT * FROM customers", "SELECT * FROM orders", "SELECT * FROM order_items")
    ]


def test_delete_question_counts_orders_made_after_the_list_was_read(
    qtbot, screen, monkeypatch, paid_sale, people, search
):
    search(screen, "cy")
    assert column(screen.model, 3) == ["0"]
    paid_sale(people["cy"], MILK)  # at the till, while this screen still shows 0
    questions: list[str] = []
    monkeypatch.setattr(screen, "_confirm", lambda text: questions.append(text) and False)
    qtbot.mouseClick(screen.delete_button, Qt.MouseButton.LeftButton)
    assert questions == ["Delete Cy Young? Their 1 order and all its lines will be deleted too."]


def test_customer_without_orders_is_deleted_after_confirmation(qtbot, screen, monkeypatch, db_rows, search):
    questions: list[str] = []
    monkeypatch.setattr(screen, "_confirm", lambda text: questions.append(text) or True)
    search(screen, "cy")
    qtbot.mouseClick(screen.delete_button, Qt.MouseButton.LeftButton)
    assert questions == ["Delete Cy Young? They have no orders."]
    assert db_rows("SELECT name FROM customers WHERE name = 'Cy Young'") == []


# -- models ----------------------------------------------------------------------------------


def test_models_pass_the_qt_model_tester(qtbot, qtmodeltester, screen, ann_with_orders, search):
    search(screen, "ann")
    assert screen.orders_model.rowCount() == 2
    qtmodeltester.check(screen.orders_model)
    search(screen, "")
    assert screen.model.rowCount() == 3
    qtmodeltester.check(screen.model)


def test_customer_deleted_at_another_register_is_reported(qtbot, screen, db_url, people, monkeypatch, search):
    other_register = AppControllers(db_url)
    try:
        search(screen, "bob")
        other_register.customers.delete_customer(people["bob"])  # this screen hears nothing of it
        monkeypatch.setattr(screen, "_confirm", lambda text: pytest.fail(f"asked {text!r}"))
        qtbot.mouseClick(screen.delete_button, Qt.MouseButton.LeftButton)
        assert screen.status_label.text() == "That customer no longer exists."
        assert screen.status_label.property("kind") == "error"
        assert screen.model.rowCount() == 0  # the list shows what is really there
    finally:
        other_register.close()
