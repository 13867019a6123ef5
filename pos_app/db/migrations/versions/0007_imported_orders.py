"""Sales history imported from another till: the other system's order reference, and import batches.

- `orders.import_ref`: the other system's order_ref for an imported sale (NULL for the till's own
  sales). A unique index, so importing the same file twice can never record a sale twice. It is
  added with a plain ADD COLUMN plus CREATE UNIQUE INDEX rather than a batch rebuild, so the
  closed-shift triggers on `orders` (migration 0004) stay untouched.
- `order_imports`: one row per import that added sales (file name, when, how many orders and
  lines, how many were already there), linked to the closed shift that holds the imported sales,
  so an owner can see what came in.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-24 21:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("orders", sa.Column("import_ref", sa.String(length=64), nullable=True))
    op.create_index(op.f("ix_orders_import_ref"), "orders", ["import_ref"], unique=True)
    op.create_table(
        "order_imports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("shift_id", sa.Integer(), nullable=False),
        sa.Column("order_count", sa.Integer(), nullable=False),
        sa.Column("line_count", sa.Integer(), nullable=False),
        sa.Column("skipped_count", sa.Integer(), nullable=False),
        sa.CheckConstraint("order_count > 0", name=op.f("ck_order_imports_order_count_positive")),
        sa.ForeignKeyConstraint(
            ["shift_id"], ["shifts.id"], name=op.f("fk_order_imports_shift_id_shifts"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_order_imports")),
    )
    op.create_index(op.f("ix_order_imports_shift_id"), "order_imports", ["shift_id"], unique=True)


def downgrade() -> None:
    op.drop_index(op.f("ix_order_imports_shift_id"), table_name="order_imports")
    op.drop_table("order_imports")
    op.drop_index(op.f("ix_orders_import_ref"), table_name="orders")
    # SQLite >= 3.35 drops a column in place: no table rebuild, so the closed-shift triggers stay.
    op.drop_column("orders", "import_ref")
