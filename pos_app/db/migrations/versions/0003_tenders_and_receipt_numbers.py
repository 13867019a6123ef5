"""Tenders and receipt numbers: card and voucher payments with a reference, and a sequential
receipt number on every paid order.

Existing paid orders are numbered 1, 2, 3 … in the order they were paid, so the series has no
gaps from the start. `payments` is rebuilt (SQLite cannot alter its CHECK constraint) and
`orders` gains a unique receipt number and its cash rounding.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24 17:50:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from pos_app.db.migrations.dialects import rebuild_mode

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NUMBER_PAID_ORDERS = """
UPDATE orders SET receipt_no = (
    SELECT numbered.n FROM (
        SELECT id, ROW_NUMBER() OVER (ORDER BY paid_at, id) AS n FROM orders WHERE status = 'paid'
    ) AS numbered
    WHERE numbered.id = orders.id
)
WHERE status = 'paid'
"""


def upgrade() -> None:
    with op.batch_alter_table("payments", recreate=rebuild_mode()) as batch_op:
        batch_op.add_column(sa.Column("reference", sa.String(length=64), nullable=True))
        batch_op.drop_constraint(op.f("ck_payments_method_known"), type_="check")
        batch_op.create_check_constraint(
            op.f("ck_payments_method_known"), "method IN ('cash', 'card', 'voucher')"
        )
    with op.batch_alter_table("orders") as batch_op:
        batch_op.add_column(sa.Column("receipt_no", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("cash_rounding", sa.Integer(), server_default="0", nullable=False))
    op.execute(NUMBER_PAID_ORDERS)
    with op.batch_alter_table("orders", recreate=rebuild_mode()) as batch_op:
        batch_op.create_unique_constraint(op.f("uq_orders_receipt_no"), ["receipt_no"])
        batch_op.create_check_constraint(
            op.f("ck_orders_paid_has_receipt_no"), "status != 'paid' OR receipt_no IS NOT NULL"
        )


def downgrade() -> None:
    # The old schema knows only cash; rewriting card payments as cash would falsify the books.
    bind = op.get_bind()
    if bind.execute(sa.text("SELECT count(*) FROM payments WHERE method != 'cash'")).scalar():
        raise RuntimeError("cannot downgrade below 0003: card or voucher payments exist")
    with op.batch_alter_table("orders", recreate=rebuild_mode()) as batch_op:
        batch_op.drop_constraint(op.f("ck_orders_paid_has_receipt_no"), type_="check")
        batch_op.drop_constraint(op.f("uq_orders_receipt_no"), type_="unique")
        batch_op.drop_column("cash_rounding")
        batch_op.drop_column("receipt_no")
    with op.batch_alter_table("payments", recreate=rebuild_mode()) as batch_op:
        batch_op.drop_constraint(op.f("ck_payments_method_known"), type_="check")
        batch_op.create_check_constraint(op.f("ck_payments_method_known"), "method IN ('cash')")
        batch_op.drop_column("reference")
