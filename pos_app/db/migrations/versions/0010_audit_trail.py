"""The audit trail: an append-only, hash-chained journal of sensitive events.

- `audit_events`: one row per event (void, refund, discount, price override, catalog change,
  deletion, export, purge, settings change, shift events; login and user events for staff
  accounts). Each row carries `prev_hash` (the previous row's `hash`, or 64 zeros for the
  first) and `hash` = sha256(prev_hash || canonical JSON of the row's fields), computed by
  pos_app.controllers.audit. `actor_user_id` refers to `users` (0009) when the actor has an
  account; users are deactivated, never deleted, so the link never dangles.
- `audit_head`: a single row (id = 1) with the number of events, the last id and the last
  hash, updated in the same transaction as every append. It anchors the end of the chain:
  removing the newest rows is detected unless the head is rewritten consistently too.
- Triggers refuse any UPDATE or DELETE of `audit_events` and any DELETE of `audit_head`.
  Someone with a SQLite shell can drop them; the hash chain is what detects that tampering.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-24 22:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The event names known to this revision (a revision never imports the application).
EVENTS = (
    "login",
    "login_failed",
    "logout",
    "user_change",
    "void",
    "refund",
    "discount",
    "price_override",
    "drawer_open",
    "price_change",
    "item_change",
    "deletion",
    "export",
    "purge",
    "settings_change",
    "shift_open",
    "shift_close",
    "paid_in",
    "paid_out",
)
APPEND_ONLY = "RAISE(ABORT, 'audit trail: events are append-only')"
TRIGGERS = {
    "audit_events_append_only_update": "BEFORE UPDATE ON audit_events",
    "audit_events_append_only_delete": "BEFORE DELETE ON audit_events",
    "audit_head_keep": "BEFORE DELETE ON audit_head",
}


def upgrade() -> None:
    known = ", ".join(f"'{name}'" for name in EVENTS)
    op.create_table(
        "audit_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("event", sa.String(length=32), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.Column("actor_user_id", sa.Integer(), nullable=True),
        sa.Column("approver", sa.String(length=100), nullable=True),
        sa.Column("register", sa.String(length=64), nullable=False),
        sa.Column("subject_type", sa.String(length=32), nullable=True),
        sa.Column("subject_id", sa.String(length=64), nullable=True),
        sa.Column("details", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.CheckConstraint(f"event IN ({known})", name=op.f("ck_audit_events_event_known")),
        sa.ForeignKeyConstraint(
            ["actor_user_id"], ["users.id"], name=op.f("fk_audit_events_actor_user_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_events")),
        sa.UniqueConstraint("hash", name=op.f("uq_audit_events_hash")),
    )
    op.create_index(op.f("ix_audit_events_created_at"), "audit_events", ["created_at"], unique=False)
    op.create_index(op.f("ix_audit_events_event"), "audit_events", ["event"], unique=False)
    op.create_table(
        "audit_head",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("last_id", sa.Integer(), nullable=False),
        sa.Column("last_hash", sa.String(length=64), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_audit_head_single_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_head")),
    )
    if op.get_bind().dialect.name == "sqlite":
        for name, when in TRIGGERS.items():
            op.execute(f"CREATE TRIGGER {name} {when} BEGIN SELECT {APPEND_ONLY}; END")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_table("audit_head")
    op.drop_index(op.f("ix_audit_events_event"), table_name="audit_events")
    op.drop_index(op.f("ix_audit_events_created_at"), table_name="audit_events")
    op.drop_table("audit_events")
