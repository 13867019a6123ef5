"""Migration 0006 on a shop file with stock history: reorder points and deliveries arrive, the
journal keeps every movement and stays append-only (now covering the delivery link too), and the
downgrade gives back 0005's schema with the movements and the items' search index intact."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from alembic import command

import pos_app.db.migrate as migrate
from pos_app.db.engine import sqlite_url

OLD_SHOP = """
INSERT INTO items (id, sku, barcode, name, price, stock, tax_rate, active, created_at, updated_at)
    VALUES (1, 'TEA', '4006381333931', 'Green tea', 250, 7, 0, 1, '2026-01-01', '2026-01-01'),
           (2, 'SOAP', NULL, 'Olive soap', 400, 3, 0, 1, '2026-01-01', '2026-01-01');
INSERT INTO stock_movements (item_id, change, kind, reason, created_at)
    VALUES (1, 10, 'opening', 'Stock entered with the new item', '2026-01-01'),
           (1, -3, 'adjustment', 'Broken', '2026-01-02'),
           (2, 3, 'opening', 'Stock entered with the new item', '2026-01-01');
"""
MOVEMENTS = "SELECT id, item_id, change, kind, reason, order_id, refund_id, created_at FROM stock_movements"


def rows(path: Path, sql: str, *params: object) -> list[tuple]:
    with closing(sqlite3.connect(path)) as shop:
        return shop.execute(sql, params).fetchall()


def write(path: Path, sql: str, *params: object) -> None:
    with closing(sqlite3.connect(path)) as shop, shop:
        shop.execute("PRAGMA foreign_keys=ON")
        shop.execute(sql, params)


def trigger_sql(path: Path, name: str) -> str:
    found = rows(path, "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", name)
    assert found, f"trigger {name} is missing"
    return found[0][0]


@pytest.fixture
def old_shop(run_alembic, tmp_path: Path) -> Path:
    path = tmp_path / "old-shop.sqlite3"
    run_alembic(sqlite_url(path), command.upgrade, "0005")
    with closing(sqlite3.connect(path)) as old:
        old.executescript(OLD_SHOP)
        old.commit()
    return path


@pytest.fixture
def upgraded(old_shop: Path) -> Path:
    before = rows(old_shop, MOVEMENTS)
    result = migrate.upgrade_database(sqlite_url(old_shop))
    assert (result.before, result.after) == ("0005", migrate.head_revision())
    assert result.backup is not None
    assert rows(old_shop, MOVEMENTS) == before  # the rebuilt journal kept every movement as it was
    return old_shop


def test_upgrade_keeps_the_journal_and_adds_untracked_reorder_points(upgraded: Path) -> None:
    assert rows(upgraded, "SELECT id, stock, reorder_point FROM items ORDER BY id") == [
        (1, 7, None),
        (2, 3, None),
    ]
    assert rows(upgraded, "SELECT DISTINCT delivery_id FROM stock_movements") == [(None,)]
    assert rows(upgraded, "SELECT COUNT(*) FROM deliveries") == [(0,)]
    # The items' search index still follows edits (items was not rebuilt, its FTS triggers stay).
    write(upgraded, "UPDATE items SET name = 'Jasmine tea' WHERE id = 1")
    assert rows(upgraded, "SELECT rowid FROM items_fts WHERE items_fts MATCH 'jasmine'") == [(1,)]


def test_upgraded_schema_guards_reorder_points_and_delivery_links(upgraded: Path) -> None:
    with pytest.raises(sqlite3.IntegrityError, match="reorder_point"):
        write(upgraded, "UPDATE items SET reorder_point = -1 WHERE id = 1")
    write(upgraded, "UPDATE items SET reorder_point = 5 WHERE id = 1")
    write(
        upgraded,
        "INSERT INTO deliveries (id, supplier, reference, received_at)"
        " VALUES (1, 'Acme', 'DN-1', '2026-02-01')",
    )
    write(
        upgraded,
        "INSERT INTO stock_movements (item_id, change, kind, delivery_id, created_at)"
        " VALUES (1, 12, 'delivery', 1, '2026-02-01')",
    )
    with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
        write(
            upgraded,
            "INSERT INTO stock_movements (item_id, change, kind, delivery_id, created_at)"
            " VALUES (1, 1, 'delivery', 99, '2026-02-01')",
        )
    # Append-only: the delivery link cannot change, nor anything 0005 guarded; no deletes.
    assert "delivery_id" in trigger_sql(upgraded, "stock_movements_append_only_update")
    for statement in (
        "UPDATE stock_movements SET delivery_id = NULL WHERE delivery_id = 1",
        "UPDATE stock_movements SET change = 99 WHERE id = 1",
        "DELETE FROM stock_movements WHERE id = 1",
    ):
        with pytest.raises(sqlite3.IntegrityError, match="stock journal"):
            write(upgraded, statement)
    with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
        write(upgraded, "DELETE FROM deliveries WHERE id = 1")  # a delivery with movements stays
    assert rows(
        upgraded, "SELECT item_id, change, kind, delivery_id FROM stock_movements WHERE kind = 'delivery'"
    ) == [(1, 12, "delivery", 1)]


def test_downgrade_to_0005_keeps_movements_and_restores_its_triggers(run_alembic, upgraded: Path) -> None:
    write(upgraded, "UPDATE items SET reorder_point = 5, stock = stock + 12 WHERE id = 1")
    write(upgraded, "INSERT INTO deliveries (id, supplier, received_at) VALUES (1, 'Acme', '2026-02-01')")
    write(
        upgraded,
        "INSERT INTO stock_movements (item_id, change, kind, delivery_id, created_at)"
        " VALUES (1, 12, 'delivery', 1, '2026-02-01')",
    )
    before = rows(upgraded, MOVEMENTS)

    run_alembic(sqlite_url(upgraded), command.downgrade, "0005")

    assert rows(upgraded, "SELECT version_num FROM alembic_version") == [("0005",)]
    assert rows(upgraded, MOVEMENTS) == before  # the delivery movement stays, without its link
    assert [c[1] for c in rows(upgraded, "PRAGMA table_info(stock_movements)")][-1] == "created_at"
    assert "reorder_point" not in [c[1] for c in rows(upgraded, "PRAGMA table_info(items)")]
    assert rows(upgraded, "SELECT name FROM sqlite_master WHERE name = 'deliveries'") == []
    assert "delivery_id" not in trigger_sql(upgraded, "stock_movements_append_only_update")
    with pytest.raises(sqlite3.IntegrityError, match="stock journal"):
        write(upgraded, "DELETE FROM stock_movements WHERE id = 1")
    write(upgraded, "UPDATE items SET name = 'Rooibos' WHERE id = 1")
    assert rows(upgraded, "SELECT rowid FROM items_fts WHERE items_fts MATCH 'rooibos'") == [(1,)]

    # And up again: the same file reaches head once more.
    run_alembic(sqlite_url(upgraded), command.upgrade, "head")
    assert rows(upgraded, "SELECT version_num FROM alembic_version") == [(migrate.head_revision(),)]
    assert "delivery_id" in trigger_sql(upgraded, "stock_movements_append_only_update")
