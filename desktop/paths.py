"""Where the app keeps its files: ``RECRUITER_COMPANION_HOME`` or the platform's data folder."""

from __future__ import annotations

import contextlib
import os
import uuid
from pathlib import Path

import platformdirs

APP_NAME = "recruiter-companion"
SERVICE = "recruiter-companion"  # the keyring service name


def home() -> Path:
    """The data folder, created private (0700) on first use.

    A folder that exists already is left as it is: the user may have pointed us at a shared folder on
    purpose, and silently taking other people's access away from it is not ours to do. Open to others,
    it is reported (``open_to_others``) rather than changed."""
    override = os.environ.get("RECRUITER_COMPANION_HOME")
    path = (
        Path(override).expanduser()
        if override
        else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    )
    private_dir(path)
    return path


def private_dir(path: Path) -> Path:
    """``path`` as a folder; created 0700 (parents as the umask says), an existing one left alone."""
    if not path.is_dir():
        path.parent.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(FileExistsError):  # another process made it first
            path.mkdir(mode=0o700)
            with contextlib.suppress(OSError):  # mkdir's mode is filtered by the umask
                path.chmod(0o700)
    return path


def create_private(path: Path) -> Path:
    """``path`` created (or truncated) as a file only the user may read: 0600 whatever the umask, also
    when it existed (what we write into it is candidates' data)."""
    os.close(os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600))
    os.chmod(path, 0o600)
    return path


def write_private(path: Path, body: str) -> None:
    """Write ``body`` to ``path`` whole (a temporary file renamed into place), 0600."""
    partial = path.with_name(path.name + ".part")
    try:
        create_private(partial)
        partial.write_text(body, encoding="utf-8")
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def open_to_others(path: Path) -> bool:
    """True when other users may read or enter ``path`` (a POSIX mode with group or other bits)."""
    try:
        return os.name == "posix" and bool(path.stat().st_mode & 0o077)
    except OSError:
        return False


def cache_path() -> Path:
    return home() / "cache.sqlite3"


def log_path() -> Path:
    return private_dir(home() / "logs") / "recruiter-companion.log"


def profile_id(folder: Path | None = None) -> str:
    """This data folder's own id (or ``folder``'s), made on first use and kept in it (``profile``, 0600).

    Keyring entries are keyed by it, so two data folders (``RECRUITER_COMPANION_HOME`` profiles, two
    installs) with an account of the same name never read, overwrite or delete each other's secrets."""
    path = (folder if folder is not None else home()) / "profile"
    found = _read_profile(path)
    if found:
        return found
    fresh = uuid.uuid4().hex
    partial = path.with_name(f"profile.{fresh}.partial")
    fd = os.open(partial, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(fresh + "\n")
    try:
        os.link(partial, path)  # first writer wins; a racing process reads the winner's id
    except FileExistsError:
        winner = _read_profile(path)
        if winner:  # a racing process made it first
            os.unlink(partial)
            return winner
        os.replace(partial, path)  # an unreadable profile file: the entries under it are lost anyway
    except OSError:  # no hard links on this file system
        os.replace(partial, path)
    else:
        os.unlink(partial)
    return fresh


def _read_profile(path: Path) -> str | None:
    try:
        text = path.read_text(encoding="ascii", errors="replace").strip()
    except FileNotFoundError:
        return None
    return text if len(text) == 32 and all(c in "0123456789abcdef" for c in text) else None
