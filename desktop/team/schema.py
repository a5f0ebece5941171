"""The team's database: an engine on a ``postgresql://`` URL (psycopg 3) and the cache's own Alembic
migrations run on it, with the server's refusals turned into messages a user can act on.

Migrations are the embedded cache's (``desktop/cache/migrations``), dialect-aware where SQLite and
PostgreSQL differ. Two members starting at once do not both migrate: the upgrade runs under a
session advisory lock. A database migrated by a newer app is refused, never touched.
"""

from __future__ import annotations

import getpass
import socket
from typing import Any

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.pool import NullPool

import connectors.unified.model  # noqa: F401  (registers the unified tables on the metadata)
import desktop.cache.tables  # noqa: F401
from desktop.cache import db

#: The advisory-lock key migrations run under (any constant that is not an account key).
MIGRATION_LOCK = 0x7265637275697431  # "recruit1"
CONNECT_TIMEOUT = 8


class TeamError(Exception):
    """A team-mode failure the user can act on; ``kind`` says which (for exit codes and tests)."""

    kind = "other"


class BadUrl(TeamError):
    kind = "input"


class LoginRefused(TeamError):
    kind = "auth"


class Unreachable(TeamError):
    kind = "unreachable"


class SchemaTooNew(TeamError):
    kind = "too_new"


def member_name() -> str:
    """This member as others see them: ``user@host``."""
    return f"{getpass.getuser()}@{socket.gethostname()}"


def engine_for(url: URL, *, pooled: bool = True) -> Engine:
    """An engine on ``url`` (any ``postgresql`` driver name is swapped for psycopg 3). ``pooled=False``:
    no connection is kept open between uses (an engine a short-lived object holds and may not dispose)."""
    pool: dict[str, Any] = {} if pooled else {"poolclass": NullPool}
    try:
        return create_engine(
            url.set(drivername="postgresql+psycopg"),
            pool_pre_ping=True,
            **pool,
            connect_args={"connect_timeout": CONNECT_TIMEOUT, "application_name": "recruiter-companion"},
        )
    except ImportError:
        # The installers leave psycopg and its 12 MB of libpq out while team mode is in its first steps.
        raise TeamError(
            "Team mode needs the psycopg package, which this installation does not include: run Recruiter "
            "Companion from source (README, \"Team mode\") to use a team server."
        ) from None


def explain(exc: BaseException, url: URL) -> TeamError:
    """The server's (or libpq's) refusal as a ``TeamError`` whose message says what to do."""
    said = str(getattr(exc, "orig", None) or exc).strip()
    where = f"{url.host or 'the local socket'}:{url.port or 5432}"
    low = said.lower()
    if "password authentication failed" in low or "no password supplied" in low or (
        "role" in low and "does not exist" in low
    ):
        return LoginRefused(
            f"The server at {where} refused the login for user {url.username!r}: check the user name and "
            "password (ask the team's database admin for a member login)."
        )
    if "database" in low and "does not exist" in low:
        return LoginRefused(
            f"The server at {where} has no database {url.database!r}: check the name in the URL, or ask "
            "the team's database admin to create it."
        )
    if "permission denied" in low:
        return LoginRefused(
            f"The server at {where} refused this login the rights it needs ({said.splitlines()[0]}): ask "
            "the team's database admin to grant them."
        )
    if "ssl" in low:
        first = said.splitlines()[0]
        return Unreachable(f"No TLS connection to the server at {where} could be made: {first}")
    if any(
        sign in low
        for sign in ("connection refused", "could not translate host name", "timeout", "no route to host",
                     "network is unreachable", "could not connect", "server closed the connection")
    ):
        return Unreachable(
            f"No PostgreSQL server answers at {where}: check the host and port, and that the server is "
            "running and reachable from this computer."
        )
    return TeamError(f"The server at {where} failed: {said.splitlines()[0] if said else type(exc).__name__}")


def _known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory(str(db.MIGRATIONS))
    return {rev.revision for rev in script.walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        exists = conn.execute(text("SELECT to_regclass('alembic_version') IS NOT NULL")).scalar()
        if not exists:
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def migrate(engine: Engine) -> str:
    """Bring the team database to this app's newest schema; returns the revision it is at.

    Raises ``SchemaTooNew`` (nothing touched) when a newer app migrated it, and the ``explain``ed
    error when the server refuses."""
    try:
        with engine.connect() as guard:
            guard.execute(text("SELECT pg_advisory_lock(:k)"), {"k": MIGRATION_LOCK})
            guard.commit()
            try:
                found = current_revision(engine)
                if found is not None and found not in _known_revisions():
                    raise SchemaTooNew(
                        f"The team database is at schema {found!r}, newer than this app knows "
                        f"(newest here: {db.head_revision()!r}). Update Recruiter Companion; nothing was "
                        "changed."
                    )
                if found != db.head_revision():
                    from alembic import command

                    command.upgrade(db.alembic_config(engine), "head")
            finally:
                guard.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": MIGRATION_LOCK})
                guard.commit()
    except (DBAPIError, SQLAlchemyError) as exc:
        raise explain(exc, engine.url) from None
    return str(db.head_revision())


def check_login(engine: Engine) -> dict[str, Any]:
    """Log in once and say who and where we are (server version, user, database)."""
    try:
        with engine.connect() as conn:
            row = conn.execute(
                text("SELECT current_setting('server_version'), current_user, current_database(), "
                     "coalesce((SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()), false)")
            ).one()
    except (DBAPIError, SQLAlchemyError) as exc:
        raise explain(exc, engine.url) from None
    return {"server_version": row[0], "user": row[1], "database": row[2], "tls": bool(row[3])}
