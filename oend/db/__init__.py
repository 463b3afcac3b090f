"""Opening the database: engine, session factory, SQLite settings, migrations."""

from oend.db.database import Database, open_database

__all__ = ["Database", "open_database"]
