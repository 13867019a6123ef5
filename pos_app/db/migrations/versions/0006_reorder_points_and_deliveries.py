"""Reorder points and supplier deliveries.

- `items.reorder_point`: stock at or below it is low (the stock screen's low-stock list);
  NULL means the item's stock is not tracked against a reorder point. Never negative.
- `deliveries`: goods received from a supplier (the supplier's delivery note number, when and
  a note). Each item received is one 'delivery' movement in the stock journal, linked to its
  delivery by the new `stock_movements.delivery_id`.

On SQLite `items.reorder_point` is a plain `ALTER TABLE ... ADD COLUMN` with its CHECK inline,
so `items` is not rebuilt and its FTS triggers stay. `stock_movements` is rebuilt in batch mode
(an inline REFERENCES would be reflected without its name and ON DELETE, and the schema would
stop matching the models); the rebuild drops its append-only triggers, which are created again,
the update one now covering `delivery_id` too: a movement cannot be moved to another delivery,
or off its delivery, afterwards. The downgrade rebuilds it again and puts 0005's triggers back.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-24 21:20:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from pos_app.db.migrations.dialects import rebuild_mode

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

APPEND_ONLY_UPDATE = "stock_movements_append_only_update"
# 0005's triggers, which the downgrade puts back after rebuilding the table.
UPDATE_TRIGGER_0005 = f"""CREATE TRIGGER {APPEND_ONLY_UPDATE}
    BEFORE UPDATE OF item_id, change, kind, reason, created_at ON stock_movements
    BEGIN SELECT RAISE(ABORT, 'stock journal: movements cannot change'); END"""
APPEND_ONLY_DELETE = "stock_movements_append_only_delete"
DELETE_TRIGGER_0005 = f"""CREATE TRIGGER {APPEND_ONLY_DELETE} BEFORE DELETE ON stock_movements
    BEGIN SELECT RAISE(ABORT, 'stock journal: movements cannot be deleted'); END"""
UPDATE_TRIGGER_0006 = f"""CREATE TRIGGER {APPEND_ONLY_UPDATE}
    BEFORE UPDATE OF item_id, change, kind, reason, created_at, delivery_id ON stock_movements
    BEGIN SELECT RAISE(ABORT, 'stock journal: movements cannot change'); END"""


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    if sqlite:
        # Alembic's add_column leaves a column's CHECK constraint out; SQLite takes it inline.
        op.execute(
            "ALTER TABLE items ADD COLUMN reorder_point INTEGER"
            " CONSTRAINT ck_items_reorder_point_not_negative CHECK (reorder_point >= 0)"
        )
    else:
        op.add_column("items", sa.Column("reorder_point", sa.Integer(), nullable=True))
        op.create_check_constraint("reorder_point_not_negative", "items", "reorder_point >= 0")

    op.create_table(
        "deliveries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("supplier", sa.String(length=200), nullable=False),
        sa.Column("reference", sa.String(length=64), nullable=True),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("note", sa.String(length=500), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deliveries")),
    )
    op.create_index(op.f("ix_deliveries_received_at"), "deliveries", ["received_at"], unique=False)

    # A column REFERENCES added in place is reflected without its name or ON DELETE, so the
    # schema would no longer match the models: the table is rebuilt with a named constraint
    # (foreign keys are off during migrations), which drops its triggers; both come back below.
    with op.batch_alter_table("stock_movements", recreate=rebuild_mode()) as batch_op:
        batch_op.add_column(sa.Column("delivery_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_stock_movements_delivery_id_deliveries"),
            "deliveries",
            ["delivery_id"],
            ["id"],
            ondelete="RESTRICT",
        )
        batch_op.create_index(batch_op.f("ix_stock_movements_delivery_id"), ["delivery_id"], unique=False)
    if sqlite:
        for name in (APPEND_ONLY_UPDATE, APPEND_ONLY_DELETE):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute(UPDATE_TRIGGER_0006)
        op.execute(DELETE_TRIGGER_0005)


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    # SQLite cannot drop a column that a foreign key uses in place: the batch rebuilds the table
    # (foreign keys are off during migrations) and drops its triggers with it, so 0005's two
    # append-only triggers are created again afterwards. The delivery links go with the column.
    with op.batch_alter_table("stock_movements", recreate=rebuild_mode()) as batch_op:
        batch_op.drop_index(batch_op.f("ix_stock_movements_delivery_id"))
        batch_op.drop_constraint(batch_op.f("fk_stock_movements_delivery_id_deliveries"), type_="foreignkey")
        batch_op.drop_column("delivery_id")
    if sqlite:
        for name in (APPEND_ONLY_UPDATE, APPEND_ONLY_DELETE):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute(UPDATE_TRIGGER_0005)
        op.execute(DELETE_TRIGGER_0005)
    op.drop_index(op.f("ix_deliveries_received_at"), table_name="deliveries")
    op.drop_table("deliveries")
    if sqlite:
        # The column's own CHECK does not stop SQLite (3.35+) dropping it in place, so the
        # items table is not rebuilt and its FTS triggers stay.
        op.execute("ALTER TABLE items DROP COLUMN reorder_point")
    else:
        op.drop_constraint(op.f("ck_items_reorder_point_not_negative"), "items", type_="check")
        op.drop_column("items", "reorder_point")
