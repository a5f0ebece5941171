"""The local cache: SQLite via SQLModel, migrations, record upserts with change tracking, queries."""
