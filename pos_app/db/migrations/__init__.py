"""Alembic migration scripts; every schema change, from the first table on, is one of these."""
