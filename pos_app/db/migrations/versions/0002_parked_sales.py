"""Parked sales: an order can be set aside with a label and resumed later.

Adds `park_label` and `parked_at`, lets `status` be 'parked', and requires a label on a
parked order. SQLite cannot alter a CHECK constraint, so `orders` is rebuilt in batch
mode; pos_app.db.migrate runs this with foreign keys off so its lines are not cascaded away.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24 17:37:52.686368
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from pos_app.db.migrations.dialects import rebuild_mode

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

STATUSES_BEFORE = "status IN ('draft', 'paid', 'void')"
STATUSES_AFTER = "status IN ('draft', 'parked', 'paid', 'void')"


def upgrade() -> None:
    with op.batch_alter_table("orders", recreate=rebuild_mode()) as batch_op:
        batch_op.add_column(sa.Column("park_label", sa.String(length=100), nullable=True))
        batch_op.add_column(sa.Column("parked_at", sa.DateTime(), nullable=True))
        batch_op.drop_constraint(op.f("ck_orders_status_known"), type_="check")
        batch_op.create_check_constraint(op.f("ck_orders_status_known"), STATUSES_AFTER)
        batch_op.create_check_constraint(
            op.f("ck_orders_parked_has_label"), "status != 'parked' OR park_label IS NOT NULL"
        )


def downgrade() -> None:
    # A parked sale has no place in the old schema: it goes back to being an open draft.
    op.execute("UPDATE orders SET status = 'draft' WHERE status = 'parked'")
    with op.batch_alter_table("orders", recreate=rebuild_mode()) as batch_op:
        batch_op.drop_constraint(op.f("ck_orders_parked_has_label"), type_="check")
        batch_op.drop_constraint(op.f("ck_orders_status_known"), type_="check")
        batch_op.create_check_constraint(op.f("ck_orders_status_known"), STATUSES_BEFORE)
        batch_op.drop_column("parked_at")
        batch_op.drop_column("park_label")
