"""Staff accounts: the `users` table, and who rang up each sale and ran each shift.

- `users`: one row per person who works the till. The name is unique without regard to case
  (COLLATE NOCASE; the controller also compares Unicode case-folded names). Cashiers log in
  with a PIN and have no password; managers and owners log in with a password and have no PIN
  (a 4-6 digit secret is only as strong as its lockout, so rights beyond a cashier's need a
  password). Both rules are CHECK constraints. People are deactivated, never deleted.
  `failed_attempts` and `locked_until` carry the password lockout (pos_app.controllers.users).
- `orders.cashier_id` and `shifts.user_id`: nullable links to `users` (NULL for the sales and
  shifts recorded before accounts existed, and for imported history). Deleting a user they point
  at is refused: SQLite's default NO ACTION on a non-deferred foreign key checks at the end of the
  statement, which for a DELETE is what RESTRICT does. The clause is left out on purpose: SQLite
  keeps a column-level ON DELETE only in the table text, where SQLAlchemy's reflection does not
  read it, so the migrated schema would no longer compare equal to the models. Both are added
  with a plain ADD COLUMN (a column-level REFERENCES clause, which SQLite allows for a column
  whose default is NULL) rather than a batch rebuild, so the closed-shift triggers on `orders`
  and `shifts` (0004, 0008) stay untouched, as 0007 added import_ref.
  SQLite >= 3.35 drops such a column in place too, so the downgrade keeps the triggers as well.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-24 22:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from pos_app.db.migrations.dialects import on_sqlite

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Alembic's add_column cannot add a foreign key on SQLite outside batch mode (it would ALTER a
# constraint); SQLite itself accepts REFERENCES on ADD COLUMN, so the DDL is spelled out.
ADD_LINK = (
    "ALTER TABLE {table} ADD COLUMN {column} INTEGER"
    " CONSTRAINT fk_{table}_{column}_users REFERENCES users (id)"
)


# Names compare case-insensitively: SQLite's NOCASE collation there, a lower(name) index elsewhere.
USER_NAME = sa.String(length=60).with_variant(sa.String(length=60, collation="NOCASE"), "sqlite")


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", USER_NAME, nullable=False),
        sa.Column("role", sa.String(length=8), nullable=False),
        sa.Column("pin_hash", sa.String(length=200), nullable=True),
        sa.Column("password_hash", sa.String(length=200), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("failed_attempts", sa.Integer(), server_default="0", nullable=False),
        sa.Column("locked_until", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("last_login_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint("role IN ('cashier', 'manager', 'owner')", name=op.f("ck_users_role_known")),
        sa.CheckConstraint(
            "(role = 'cashier') = (pin_hash IS NOT NULL) AND (role = 'cashier') = (password_hash IS NULL)",
            name=op.f("ck_users_credential_fits_role"),
        ),
        sa.CheckConstraint("failed_attempts >= 0", name=op.f("ck_users_failed_attempts_not_negative")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("name", name=op.f("uq_users_name")),
    )
    if not on_sqlite():
        # NOCASE is SQLite's; elsewhere names are kept unique regardless of case by an index.
        op.create_index("uq_users_name_folded", "users", [sa.text("lower(name)")], unique=True)
    op.execute(ADD_LINK.format(table="orders", column="cashier_id"))
    op.create_index(op.f("ix_orders_cashier_id"), "orders", ["cashier_id"], unique=False)
    op.execute(ADD_LINK.format(table="shifts", column="user_id"))
    op.create_index(op.f("ix_shifts_user_id"), "shifts", ["user_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_shifts_user_id"), table_name="shifts")
    op.drop_column("shifts", "user_id")
    op.drop_index(op.f("ix_orders_cashier_id"), table_name="orders")
    op.drop_column("orders", "cashier_id")
    op.drop_table("users")
