"""Purge cascades: the database removes a sale's returns with it, and a sanctioned purge may pass
the closed-shift guards.

- `refunds.order_id` and `refund_lines.order_item_id` become ON DELETE CASCADE (they were
  RESTRICT), so one `DELETE FROM orders` takes the sale's lines, payments, taxes, refunds,
  refund lines and refund tenders with it; stock movements keep their row and lose the link
  (ON DELETE SET NULL since 0005). Both tables are rebuilt in batch mode, which drops the
  triggers on them: their closed-shift guards are created again here.
- `purge_permit`, a table of at most one row. Every closed-shift DELETE guard of 0004 now
  fires only when that table is empty. pos_app.controllers.purge inserts the row and deletes
  it again inside its own write transaction, so the permit is never visible to another
  connection and never outlives the purge; everywhere else a closed shift stays immutable.
  (SQLite triggers on main tables cannot refer to a temp table, hence a real one.) The UPDATE
  and INSERT guards are unchanged: a purge only deletes.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-24 21:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from pos_app.db.migrations.dialects import rebuild_mode

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# 0004's guards, spelled out again (a revision never imports another): same names, same texts.
CLOSED = "RAISE(ABORT, 'closed shift: a closed shift and its records cannot change')"
SHIFT = "(SELECT closed_at FROM shifts WHERE id = {})"
SHIFT_OF_ORDER = (
    "(SELECT shifts.closed_at FROM orders JOIN shifts ON shifts.id = orders.shift_id WHERE orders.id = {})"
)
SHIFT_OF_REFUND = (
    "(SELECT shifts.closed_at FROM refunds JOIN shifts ON shifts.id = refunds.shift_id WHERE refunds.id = {})"
)
NO_PERMIT = "NOT EXISTS (SELECT 1 FROM purge_permit) AND "

# Trigger name -> (table, condition under which a DELETE of OLD is refused).
DELETE_GUARDS: dict[str, tuple[str, str]] = {
    "shifts_closed_delete": ("shifts", "OLD.closed_at IS NOT NULL"),
    "orders_closed_delete": ("orders", f"{SHIFT.format('OLD.shift_id')} IS NOT NULL"),
    "cash_movements_closed_delete": ("cash_movements", f"{SHIFT.format('OLD.shift_id')} IS NOT NULL"),
    "cash_counts_closed_delete": ("cash_counts", f"{SHIFT.format('OLD.shift_id')} IS NOT NULL"),
    "refunds_closed_delete": ("refunds", f"{SHIFT.format('OLD.shift_id')} IS NOT NULL"),
    "order_items_closed_delete": ("order_items", f"{SHIFT_OF_ORDER.format('OLD.order_id')} IS NOT NULL"),
    "payments_closed_delete": ("payments", f"{SHIFT_OF_ORDER.format('OLD.order_id')} IS NOT NULL"),
    "order_taxes_closed_delete": ("order_taxes", f"{SHIFT_OF_ORDER.format('OLD.order_id')} IS NOT NULL"),
    "refund_lines_closed_delete": ("refund_lines", f"{SHIFT_OF_REFUND.format('OLD.refund_id')} IS NOT NULL"),
    "refund_tenders_closed_delete": (
        "refund_tenders",
        f"{SHIFT_OF_REFUND.format('OLD.refund_id')} IS NOT NULL",
    ),
}
# The other guards on the two rebuilt tables: (event, table, condition), as 0004 made them.
REBUILT_TABLE_GUARDS: dict[str, tuple[str, str, str]] = {
    "refunds_closed_insert": ("INSERT", "refunds", f"{SHIFT.format('NEW.shift_id')} IS NOT NULL"),
    "refunds_closed_update": ("UPDATE", "refunds", f"{SHIFT.format('OLD.shift_id')} IS NOT NULL"),
    "refund_lines_closed_insert": (
        "INSERT",
        "refund_lines",
        f"{SHIFT_OF_REFUND.format('NEW.refund_id')} IS NOT NULL",
    ),
    "refund_lines_closed_update": (
        "UPDATE",
        "refund_lines",
        f"{SHIFT_OF_REFUND.format('OLD.refund_id')} IS NOT NULL",
    ),
}


def _trigger(name: str, event: str, table: str, condition: str) -> str:
    return f"CREATE TRIGGER {name} BEFORE {event} ON {table} WHEN {condition} BEGIN SELECT {CLOSED}; END"


def _replace_delete_guards(*, permitted: bool) -> None:
    for name, (table, condition) in DELETE_GUARDS.items():
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute(_trigger(name, "DELETE", table, (NO_PERMIT if permitted else "") + condition))


def _recreate_rebuilt_table_guards() -> None:
    for name, (event, table, condition) in REBUILT_TABLE_GUARDS.items():
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute(_trigger(name, event, table, condition))


def _set_ondelete(ondelete: str) -> None:
    with op.batch_alter_table("refunds", recreate=rebuild_mode()) as batch_op:
        batch_op.drop_constraint(op.f("fk_refunds_order_id_orders"), type_="foreignkey")
        batch_op.create_foreign_key(
            op.f("fk_refunds_order_id_orders"), "orders", ["order_id"], ["id"], ondelete=ondelete
        )
    with op.batch_alter_table("refund_lines", recreate=rebuild_mode()) as batch_op:
        batch_op.drop_constraint(op.f("fk_refund_lines_order_item_id_order_items"), type_="foreignkey")
        batch_op.create_foreign_key(
            op.f("fk_refund_lines_order_item_id_order_items"),
            "order_items",
            ["order_item_id"],
            ["id"],
            ondelete=ondelete,
        )


def upgrade() -> None:
    op.create_table(
        "purge_permit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("granted_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_purge_permit_single_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_purge_permit")),
    )
    _set_ondelete("CASCADE")
    if op.get_bind().dialect.name == "sqlite":
        _recreate_rebuilt_table_guards()
        _replace_delete_guards(permitted=True)


def downgrade() -> None:
    _set_ondelete("RESTRICT")
    if op.get_bind().dialect.name == "sqlite":
        _recreate_rebuilt_table_guards()
        _replace_delete_guards(permitted=False)
    op.drop_table("purge_permit")
