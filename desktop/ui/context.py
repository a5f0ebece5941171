"""What the window's parts share: the opened core, the UI's read connection, tasks, sync, settings."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings

from desktop.cache import db
from desktop.core import Core
from desktop.ui.background_reader import BackgroundReader
from desktop.ui.sync_controller import SyncController
from desktop.ui.tasks import TaskSet
from desktop.ui.theme import Theme


def open_reader(core: Core) -> sqlite3.Connection:
    """The UI thread's own connection: read-only, so no write can ever happen on the UI thread."""
    return db.open_reader(Path(str(core.engine.url.database)))


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
    #: where lists re-read what they show while a sync writes (None: on the GUI thread)
    reader: BackgroundReader | None = None
