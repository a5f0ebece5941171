"""Alembic environment: runs migrations on the engine the app hands over (no alembic.ini).

All pending migrations run in one transaction, on both dialects: a start killed half-way (or a
migration that fails) leaves the cache exactly as it was, and the next start runs them all again.
PostgreSQL gives that with ``engine.begin()``. SQLite's Python driver does not: in its default mode it
opens a transaction only before INSERT/UPDATE/DELETE, so each CREATE/ALTER commits the moment it runs
and a cut left tables of a revision that ``alembic_version`` never recorded ("table … already exists"
on the next start). There the driver's own transaction handling is switched off for the migration and
the transaction is opened by hand.
"""

from __future__ import annotations

from alembic import context
from sqlmodel import SQLModel

import connectors.unified.model  # noqa: F401
import desktop.cache.tables  # noqa: F401

engine = context.config.attributes["engine"]
with engine.connect() as connection:
    driver = connection.connection.driver_connection
    by_hand = engine.dialect.name == "sqlite"
    if by_hand:
        kept = driver.isolation_level
        driver.isolation_level = None  # the driver no longer begins or ends anything itself
        connection.exec_driver_sql("BEGIN IMMEDIATE")
    try:
        context.configure(connection=connection, target_metadata=SQLModel.metadata, render_as_batch=True)
        context.run_migrations()
        connection.commit()
    except BaseException:
        connection.rollback()
        raise
    finally:
        if by_hand:
            if driver.in_transaction:  # a failed COMMIT: nothing of it stays
                driver.rollback()
            driver.isolation_level = kept
