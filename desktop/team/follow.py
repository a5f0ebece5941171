"""Following what another member does to an account, for a window that does not sync it itself.

While another member holds an account's sync lock, the window asks every few seconds who syncs it and
how far (``Follower.check``) and pulls what was published meanwhile; once the lock is free it pulls the
last rounds. The calls block (a server round trip, a write through the cache writer): callers run
them off the window's thread. Only ``desktop/ui`` shows what they return.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine
from sqlalchemy.engine import URL
from sqlalchemy.exc import SQLAlchemyError

from desktop.cache.writer import CacheWriter
from desktop.team import pull
from desktop.team.lock import SyncHolder, who_syncs
from desktop.team.schema import engine_for, explain


@dataclass(frozen=True)
class Seen:
    """One look at an account: who syncs it now (None: nobody) and how many rows were pulled."""

    holder: SyncHolder | None
    pulled: int


class Follower:
    """One engine on the team server for a window's looks and pulls (``close`` when done)."""

    def __init__(self, url: URL) -> None:
        self.url = url
        self._server: Engine | None = None

    @property
    def server(self) -> Engine:
        if self._server is None:
            self._server = engine_for(self.url)
        return self._server

    def check(self, writer: CacheWriter, account_id: str) -> Seen:
        """Who syncs ``account_id`` and what they published since the last look, pulled into the cache.
        Raises the ``explain``ed ``TeamError`` when the server cannot be reached."""
        try:
            with self.server.connect() as conn:
                holder = who_syncs(conn, account_id)
            return Seen(holder, pull.pull_account(self.server, writer, account_id))
        except SQLAlchemyError as exc:
            raise explain(exc, self.url) from None

    def pull(self, writer: CacheWriter, account_id: str) -> int:
        """What the team published for ``account_id`` since this cache's mark; rows written."""
        try:
            return pull.pull_account(self.server, writer, account_id)
        except SQLAlchemyError as exc:
            raise explain(exc, self.url) from None

    def close(self) -> None:
        if self._server is not None:
            self._server.dispose()
            self._server = None
