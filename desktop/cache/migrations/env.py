"""Alembic environment: runs migrations on the engine the app hands over (no alembic.ini)."""

from __future__ import annotations

from alembic import context
from sqlmodel import SQLModel

import connectors.unified.model  # noqa: F401
import desktop.cache.tables  # noqa: F401

engine = context.config.attributes["engine"]
with engine.begin() as connection:
    context.configure(connection=connection, target_metadata=SQLModel.metadata, render_as_batch=True)
    context.run_migrations()
