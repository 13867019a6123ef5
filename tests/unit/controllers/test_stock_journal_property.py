"""Property: whatever a shop does through the controllers (add items, sell, take returns, correct stock in
the catalog, import a CSV), every item's stock stays the sum of its stock journal, and the journal holds
one sale movement per paid line and one return movement per returned line.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from contextlib import closing
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pos_app.controllers.app import AppControllers
from pos_app.db.engine import sqlite_url
from pos_app.db.migrate import upgrade_database
from pos_app.domain.validation import validate_item
from pos_app.services.csv_import import import_items

OFF_THE_JOURNAL = (
    "SELECT i.id FROM items i LEFT JOIN stock_movements m ON m.item_id = i.id"
    " GROUP BY i.id HAVING i.stock != COALESCE(SUM(m.change), 0)"
)
LINKED = (
    "SELECT (SELECT count(*) FROM stock_movements WHERE kind = 'sale'),"
    " (SELECT count(*) FROM order_items l JOIN orders o ON o.id = l.order_id WHERE o.status = 'paid'),"
    " (SELECT count(*) FROM stock_movements WHERE kind = 'return'),"
    " (SELECT count(*) FROM refund_lines)"
)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated database with an open shift and a named zero rate, copied for every example."""
    path = tmp_path_factory.mktemp("stock-property") / "template.sqlite3"
    upgrade_database(sqlite_url(path))
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute(
            "INSERT INTO shifts (cashier, opened_at, opening_float) VALUES ('Prop', '2026-11-24 08:00', 0)"
        )
        connection.execute("INSERT INTO tax_rates (name, percent) VALUES ('Zero', 0)")
    return path


stocks = st.integers(min_value=0, max_value=60)
picks = st.integers(min_value=0, max_value=1000)  # an index, taken modulo what exists
operations = st.one_of(
    st.tuples(st.just("add"), stocks),
    st.tuples(
        st.just("sell"),
        st.lists(st.tuples(picks, st.integers(min_value=1, max_value=5)), min_size=1, max_size=4),
    ),
    st.tuples(st.just("return"), picks, picks, st.integers(min_value=1, max_value=5)),
    st.tuples(st.just("edit"), picks, stocks, st.booleans()),
    st.tuples(
        st.just("import"),
        st.lists(st.tuples(st.one_of(picks, st.none()), stocks), min_size=1, max_size=5),
        st.booleans(),
    ),
)


class Shop:
    """Runs the operations against one AppControllers, keeping only ids between steps."""

    def __init__(self, app: AppControllers, folder: Path) -> None:
        self.app = app
        self.folder = folder
        self.skus: list[str] = []
        self.item_ids: list[int] = []
        self.order_ids: list[int] = []
        self.files = 0

    def add(self, stock: int) -> None:
        sku = f"P{len(self.skus) + 1}"
        draft = validate_item(sku=sku, barcode="", name=f"Item {sku}", price="1.00", stock=str(stock))
        self.item_ids.append(self.app.catalog.add_item(draft))
        self.skus.append(sku)

    def sell(self, lines: list[tuple[int, int]]) -> None:
        if not self.item_ids:
            return
        for pick, quantity in lines:
            self.app.sale.add_item(
                self.app.catalog.get_item(self.item_ids[pick % len(self.item_ids)]), quantity
            )
        self.order_ids.append(self.app.sale.pay_cash().order_id)

    def give_back(self, sale_pick: int, line_pick: int, quantity: int) -> None:
        if not self.order_ids:
            return
        sale = self.app.returns.sale(self.order_ids[sale_pick % len(self.order_ids)])
        line = sale.lines[line_pick % len(sale.lines)]
        if line.returnable == 0:
            return
        self.app.returns.refund(
            sale.order_id, {line.order_item_id: min(quantity, line.returnable)}, "returned"
        )

    def edit(self, pick: int, stock: int, stale: bool) -> None:
        if not self.item_ids:
            return
        item = self.app.catalog.get_item(self.item_ids[pick % len(self.item_ids)])
        draft = validate_item(
            sku=item.sku, barcode="", name=item.name, price="1.00", stock=str(stock), tax_rate="0"
        )
        # A stale form: it showed a stock that has changed since (a sale on another register).
        seen = item.stock + 1 if stale else item.stock
        self.app.catalog.update_item(item.id, draft, stock_seen=seen)

    def import_file(self, rows: list[tuple[int | None, int]], has_stock: bool) -> None:
        lines, in_file = [], set()
        for pick, stock in rows:
            if pick is None or not self.skus:
                sku = f"P{len(self.skus) + 1}"
                self.skus.append(sku)  # the id is learnt after the import
            else:
                sku = self.skus[pick % len(self.skus)]
            if sku in in_file:
                continue
            in_file.add(sku)
            lines.append(f"{sku},,Item {sku},1.00,{stock},0" if has_stock else f"{sku},,Item {sku},1.00,0")
        header = "sku,barcode,name,price,stock,tax_rate" if has_stock else "sku,barcode,name,price,tax_rate"
        self.files += 1
        path = self.folder / f"import-{self.files}.csv"
        path.write_text("\n".join([header, *lines]) + "\n", encoding="utf-8")
        import_items(self.app.uow, path)
        with closing(sqlite3.connect(self.folder / "shop.sqlite3")) as connection:
            ids = dict(connection.execute("SELECT sku, id FROM items").fetchall())
        self.item_ids = [ids[sku] for sku in self.skus]


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(operations, min_size=1, max_size=10))
def test_stock_is_the_sum_of_the_journal_after_every_operation(template: Path, steps: list[tuple]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "shop.sqlite3"
        shutil.copyfile(template, path)
        app = AppControllers(sqlite_url(path))
        shop = Shop(app, Path(folder))
        actions = {
            "add": shop.add,
            "sell": shop.sell,
            "return": shop.give_back,
            "edit": shop.edit,
            "import": shop.import_file,
        }
        try:
            for name, *arguments in steps:
                actions[name](*arguments)
                with closing(sqlite3.connect(path)) as connection:
                    assert connection.execute(OFF_THE_JOURNAL).fetchall() == [], (name, arguments)
                    sales, paid_lines, returns, refund_lines = connection.execute(LINKED).fetchone()
                assert (sales, returns) == (paid_lines, refund_lines)
        finally:
            app.close()
