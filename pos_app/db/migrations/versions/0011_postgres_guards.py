"""PostgreSQL's guards: what SQLite's triggers of 0004, 0005, 0008 and 0010 refuse, refused there too.

On SQLite those revisions created triggers that refuse any change to a closed shift's records
(except a sanctioned purge's deletes, 0008), any change to the stock journal (0005) and any change
to the audit trail (0010). PostgreSQL triggers cannot hold a subquery in their WHEN condition, so
each guard here is a PL/pgSQL function holding the same condition, raised with SQLSTATE 23000
(integrity_constraint_violation) and the same message, which pos_app.controllers.errors already
turns into the user's message. On SQLite this revision does nothing.

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-25 04:50:00
"""

from collections.abc import Sequence

from alembic import op

from pos_app.db.migrations.dialects import on_sqlite

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CLOSED = "closed shift: a closed shift and its records cannot change"
SHIFT = "(SELECT closed_at FROM shifts WHERE id = {})"
SHIFT_OF_ORDER = (
    "(SELECT shifts.closed_at FROM orders JOIN shifts ON shifts.id = orders.shift_id WHERE orders.id = {})"
)
SHIFT_OF_REFUND = (
    "(SELECT shifts.closed_at FROM refunds JOIN shifts ON shifts.id = refunds.shift_id WHERE refunds.id = {})"
)
NO_PERMIT = "NOT EXISTS (SELECT 1 FROM purge_permit) AND "


def _closed_shift_guards() -> dict[str, tuple[str, str, str]]:
    """Trigger name -> (event, table, condition), as SQLite has them after 0008."""
    guards: dict[str, tuple[str, str, str]] = {
        "shifts_closed_update": ("UPDATE", "shifts", "OLD.closed_at IS NOT NULL"),
        "shifts_closed_delete": ("DELETE", "shifts", NO_PERMIT + "OLD.closed_at IS NOT NULL"),
        "orders_closed_update": (
            "UPDATE",
            "orders",
            f"{SHIFT.format('OLD.shift_id')} IS NOT NULL OR {SHIFT.format('NEW.shift_id')} IS NOT NULL",
        ),
        "orders_closed_delete": (
            "DELETE",
            "orders",
            NO_PERMIT + f"{SHIFT.format('OLD.shift_id')} IS NOT NULL",
        ),
    }
    by_shift = ("cash_movements", "cash_counts", "refunds")
    by_order = ("order_items", "payments", "order_taxes")
    by_refund = ("refund_lines", "refund_tenders")
    for tables, lookup, column in (
        (by_shift, SHIFT, "shift_id"),
        (by_order, SHIFT_OF_ORDER, "order_id"),
        (by_refund, SHIFT_OF_REFUND, "refund_id"),
    ):
        for table in tables:
            guards[f"{table}_closed_insert"] = (
                "INSERT",
                table,
                f"{lookup.format('NEW.' + column)} IS NOT NULL",
            )
            guards[f"{table}_closed_update"] = (
                "UPDATE",
                table,
                f"{lookup.format('OLD.' + column)} IS NOT NULL",
            )
            guards[f"{table}_closed_delete"] = (
                "DELETE",
                table,
                NO_PERMIT + f"{lookup.format('OLD.' + column)} IS NOT NULL",
            )
    return guards


# Trigger name -> (timing and event, table, message): refused whatever the row.
APPEND_ONLY: dict[str, tuple[str, str, str]] = {
    "stock_movements_append_only_update": (
        "UPDATE OF item_id, change, kind, reason, created_at",
        "stock_movements",
        "stock journal: movements cannot change",
    ),
    "stock_movements_append_only_delete": (
        "DELETE",
        "stock_movements",
        "stock journal: movements cannot be deleted",
    ),
    "audit_events_append_only_update": ("UPDATE", "audit_events", "audit trail: events are append-only"),
    "audit_events_append_only_delete": ("DELETE", "audit_events", "audit trail: events are append-only"),
    "audit_head_keep": ("DELETE", "audit_head", "audit trail: events are append-only"),
}


def _function(name: str, event: str, condition: str, message: str) -> str:
    kept = "OLD" if event == "DELETE" else "NEW"
    return f"""CREATE FUNCTION {name}_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF {condition} THEN
        RAISE EXCEPTION '{message}' USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN {kept};
END
$$"""


def _trigger(name: str, event: str, table: str) -> str:
    return f"CREATE TRIGGER {name} BEFORE {event} ON {table} FOR EACH ROW EXECUTE FUNCTION {name}_guard()"


def upgrade() -> None:
    if on_sqlite():
        return
    for name, (event, table, condition) in _closed_shift_guards().items():
        op.execute(_function(name, event, condition, CLOSED))
        op.execute(_trigger(name, event, table))
    for name, (event, table, message) in APPEND_ONLY.items():
        op.execute(_function(name, event.split()[0], "TRUE", message))
        op.execute(_trigger(name, event, table))


def downgrade() -> None:
    if on_sqlite():
        return
    guarded = {name: table for name, (_event, table, _c) in _closed_shift_guards().items()}
    guarded.update({name: table for name, (_event, table, _m) in APPEND_ONLY.items()})
    for name, table in guarded.items():
        op.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
        op.execute(f"DROP FUNCTION IF EXISTS {name}_guard()")
