"""Where the app keeps its files: ``RECRUITER_COMPANION_HOME`` or the platform's data folder."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import platformdirs

APP_NAME = "recruiter-companion"
SERVICE = "recruiter-companion"  # the keyring service name


def home() -> Path:
    """The data folder, created private (0700) on first use."""
    override = os.environ.get("RECRUITER_COMPANION_HOME")
    path = (
        Path(override).expanduser()
        if override
        else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    )
    path.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(OSError):  # a folder the user pointed us at may not be ours to chmod
        path.chmod(0o700)
    return path


def cache_path() -> Path:
    return home() / "cache.sqlite3"


def log_path() -> Path:
    logs = home() / "logs"
    logs.mkdir(exist_ok=True)
    return logs / "recruiter-companion.log"
