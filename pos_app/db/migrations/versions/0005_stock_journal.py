"""The stock journal and void reasons.

`stock_movements` records every change of an item's stock, signed, so stock on hand is always
the sum of the journal. Existing history is written into it: a sale movement per paid line, a
return movement per refunded line, and per item an opening movement for whatever remains, so
that each item's movements add up to its stock as it stands. On SQLite a trigger keeps the
journal append-only (its links to a sale or refund may only become NULL, if history is purged).

`orders.void_reason` keeps why the cashier voided a sale.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-24 20:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BACKFILL = (
    """
    INSERT INTO stock_movements (item_id, change, kind, order_id, created_at)
    SELECT order_items.item_id, -order_items.quantity, 'sale', orders.id, orders.paid_at
    FROM order_items JOIN orders ON orders.id = order_items.order_id
    WHERE orders.status = 'paid'
    ORDER BY orders.paid_at, order_items.id
    """,
    """
    INSERT INTO stock_movements (item_id, change, kind, refund_id, created_at)
    SELECT order_items.item_id, refund_lines.quantity, 'return', refunds.id, refunds.created_at
    FROM refund_lines
    JOIN refunds ON refunds.id = refund_lines.refund_id
    JOIN order_items ON order_items.id = refund_lines.order_item_id
    ORDER BY refunds.created_at, refund_lines.id
    """,
    # The opening balance is dated with the item, so it sorts before the item's sales.
    """
    INSERT INTO stock_movements (item_id, change, kind, reason, created_at)
    SELECT items.id,
           items.stock - COALESCE((SELECT SUM(change) FROM stock_movements WHERE item_id = items.id), 0),
           'opening', 'Stock when the journal began', items.created_at
    FROM items
    """,
)

APPEND_ONLY = (
    """CREATE TRIGGER stock_movements_append_only_update
    BEFORE UPDATE OF item_id, change, kind, reason, created_at ON stock_movements
    BEGIN SELECT RAISE(ABORT, 'stock journal: movements cannot change'); END""",
    """CREATE TRIGGER stock_movements_append_only_delete BEFORE DELETE ON stock_movements
    BEGIN SELECT RAISE(ABORT, 'stock journal: movements cannot be deleted'); END""",
)


def upgrade() -> None:
    op.create_table(
        "stock_movements",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("change", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=True),
        sa.Column("order_id", sa.Integer(), nullable=True),
        sa.Column("refund_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('opening', 'sale', 'return', 'delivery', 'adjustment')",
            name=op.f("ck_stock_movements_kind_known"),
        ),
        sa.ForeignKeyConstraint(
            ["item_id"], ["items.id"], name=op.f("fk_stock_movements_item_id_items"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["order_id"], ["orders.id"], name=op.f("fk_stock_movements_order_id_orders"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["refund_id"],
            ["refunds.id"],
            name=op.f("fk_stock_movements_refund_id_refunds"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stock_movements")),
    )
    op.create_index(
        "ix_stock_movements_item_id_created_at", "stock_movements", ["item_id", "created_at"], unique=False
    )
    op.create_index(op.f("ix_stock_movements_order_id"), "stock_movements", ["order_id"], unique=False)
    op.create_index(op.f("ix_stock_movements_refund_id"), "stock_movements", ["refund_id"], unique=False)
    for statement in BACKFILL:
        op.execute(statement)
    # Items whose stock never moved need no opening row of zero.
    op.execute("DELETE FROM stock_movements WHERE kind = 'opening' AND change = 0")
    if op.get_bind().dialect.name == "sqlite":
        for statement in APPEND_ONLY:
            op.execute(statement)
    with op.batch_alter_table("orders") as batch_op:
        batch_op.add_column(sa.Column("void_reason", sa.String(length=200), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("orders") as batch_op:
        batch_op.drop_column("void_reason")
    if op.get_bind().dialect.name == "sqlite":
        for name in ("stock_movements_append_only_update", "stock_movements_append_only_delete"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_table("stock_movements")
