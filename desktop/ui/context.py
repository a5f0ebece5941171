"""What the window's parts share: the opened core, the UI's read connection, tasks, sync, settings."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings

from desktop.core import Core
from desktop.ui.sync_controller import SyncController
from desktop.ui.tasks import TaskSet
from desktop.ui.theme import Theme


def open_reader(core: Core) -> sqlite3.Connection:
    """The UI thread's own connection: read-only, so no write can ever happen on the UI thread."""
    path = core.engine.url.database
    conn = sqlite3.connect(str(path), check_same_thread=False)
    # WAL (set by the writer) lets this connection read while the sync writes; a short busy timeout
    # covers the rare moment a checkpoint holds the lock.
    conn.execute("PRAGMA busy_timeout=2000")
    conn.execute("PRAGMA query_only=1")
    conn.execute("PRAGMA temp_store=MEMORY")
    return conn


@dataclass
class AppContext:
    core: Core
    conn: sqlite3.Connection
    tasks: TaskSet
    sync: SyncController
    settings: QSettings
    theme: Theme | None
    demo: bool
    log_path: Path
