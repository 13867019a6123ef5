"""The data layer: ORM models, the engine and its SQLite settings, migrations and backups."""
