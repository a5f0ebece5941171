"""Which team server this app uses: the ``postgresql://`` URL checked, tried and kept.

The URL is kept without its password in ``team.json`` in the data folder (0600); the password goes to
the OS keyring like an account's credentials (``desktop.secrets``, entry ``team``). A server that is
not on this computer must be asked for TLS (``sslmode=require``, ``verify-ca`` or ``verify-full``)
unless the user says ``--allow-insecure``: candidates' data would otherwise cross the network in clear.
"""

from __future__ import annotations

import ipaddress
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from desktop import paths
from desktop.team.schema import BadUrl, TeamError, check_login, engine_for, member_name, migrate

SETTINGS_FILE = "team.json"
SECRET_ID = "team"
TLS_MODES = ("require", "verify-ca", "verify-full")
EXAMPLE = "postgresql://anna@db.agency.example:5432/recruiting?sslmode=require"


def settings_path() -> Path:
    return paths.home() / SETTINGS_FILE


def _query_value(url: URL, key: str) -> str | None:
    value = url.query.get(key)
    if isinstance(value, tuple):
        value = value[-1] if value else None
    return value


def host_of(url: URL) -> str | None:
    """The host libpq will use: the URL's, or a ``host=`` parameter (a socket folder or a name)."""
    return url.host or _query_value(url, "host")


def is_local(host: str | None) -> bool:
    """True for this computer: a Unix socket (no host, or a folder), ``localhost`` or a loopback address."""
    if not host or host.startswith("/") or host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def parse(text: str, *, allow_insecure: bool = False) -> URL:
    """``text`` as a team server URL, or ``BadUrl`` saying what to fix."""
    text = text.strip()
    if text.startswith("postgres://"):
        text = "postgresql://" + text[len("postgres://"):]
    if not text.startswith("postgresql://"):
        raise BadUrl(f"A team server URL starts with postgresql://, for example {EXAMPLE}")
    try:
        url = make_url(text)
    except (ArgumentError, ValueError) as exc:
        raise BadUrl(f"The URL cannot be read ({exc}); for example {EXAMPLE}") from None
    if not url.username:
        raise BadUrl(f"The URL names no user: put the member login before the host, as in {EXAMPLE}")
    if not url.database:
        raise BadUrl(f"The URL names no database: put it after the host, as in {EXAMPLE}")
    sslmode = _query_value(url, "sslmode")
    if not is_local(host_of(url)) and sslmode not in TLS_MODES and not allow_insecure:
        raise BadUrl(
            f"The server {host_of(url)} is not on this computer and the URL does not ask for TLS: add "
            "?sslmode=require (or verify-full, which also checks the server's certificate) so candidates' "
            "data is encrypted on the way, or pass --allow-insecure if the network is trusted."
        )
    return url


def without_password(url: URL) -> str:
    # URL.set(password=None) leaves the password as it is ("not given"); the tuple's _replace clears it.
    return url._replace(password=None).render_as_string(hide_password=False)


def _secrets() -> Any:
    from desktop.secrets import SecretStore

    return SecretStore()


def connect(text: str, *, allow_insecure: bool = False, password: str | None = None) -> dict[str, Any]:
    """Check the URL, log in, migrate the team database, then keep the server as this app's. Nothing is
    kept when any step fails."""
    url = parse(text, allow_insecure=allow_insecure)
    if password is not None:
        url = url.set(password=password)
    engine = engine_for(url)
    try:
        login = check_login(engine)
        revision = migrate(engine)
    finally:
        engine.dispose()
    store = _secrets()
    if url.password:
        store.set(SECRET_ID, {"password": str(url.password)})
    else:
        store.delete(SECRET_ID)
    info = {
        "url": without_password(url),
        "allow_insecure": allow_insecure,
        "member": member_name(),
        "connected_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    paths.write_private(settings_path(), json.dumps(info, indent=2) + "\n")
    return {**info, **login, "schema": revision}


def connected() -> bool:
    """Team mode's one test: ``team connect`` was run in this data folder (``team.json`` is there).
    The CLI's sync, the outbox worker and the window all ask this (or ``saved_url``, which agrees)."""
    return settings_path().exists()


def saved() -> dict[str, Any] | None:
    """The kept team server (``url`` without password …), or None when the app uses the embedded cache."""
    try:
        data: dict[str, Any] = json.loads(settings_path().read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        raise TeamError(
            f"The team settings {settings_path()} cannot be read ({exc}); run 'recruiter-companion team "
            "disconnect' and connect again."
        ) from None
    return data


def saved_url() -> URL | None:
    """The kept server's URL with its password from the keyring (for opening an engine)."""
    info = saved()
    if info is None:
        return None
    url = make_url(info["url"])
    password = _secrets().get(SECRET_ID).get("password")
    return url.set(password=password) if password else url


def status() -> dict[str, Any] | None:
    """The kept server and what it says now (login, schema); None when not connected. Raises the
    ``explain``ed ``TeamError`` when the server cannot be reached or refuses."""
    from desktop.team.schema import current_revision

    url = saved_url()
    if url is None:
        return None
    info = dict(saved() or {})
    engine = engine_for(url)
    try:
        info.update(check_login(engine))
        info["schema"] = current_revision(engine)
    finally:
        engine.dispose()
    return info


def disconnect() -> str | None:
    """Forget the team server (settings and keyring password); the server's data is not touched.
    Returns the URL that was kept, or None if there was none."""
    info = saved()
    _secrets().delete(SECRET_ID)
    settings_path().unlink(missing_ok=True)
    return None if info is None else str(info.get("url"))
