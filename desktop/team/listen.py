"""Live views: hear the team's publishes as they are committed (PostgreSQL LISTEN/NOTIFY).

Every publish batch ends with ``NOTIFY rc_changes, '<account id>'`` in its transaction
(``publish.publish_round``), so a notification arrives once the rows are visible to others. A
``Listener`` runs on a daemon thread with a psycopg connection of its own (autocommit, ``LISTEN
rc_changes``) and calls ``on_change(account_id)`` per notification: no polling of any table, and
nothing of it on the caller's thread. When the server goes away, ``on_state(False, message)`` is
called once, and the thread reconnects with a growing pause (``BACKOFF``); on success
``on_state(True, "")`` follows (the caller should then pull what it may have missed). ``stop``
ends the thread within about ``WAKE_EVERY`` seconds.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from sqlalchemy.engine import URL

from desktop.team.publish import CHANNEL
from desktop.team.schema import CONNECT_TIMEOUT, explain

log = logging.getLogger("recruiter_companion.team.listen")

#: Seconds between reconnection attempts: doubled from the first to the last, then kept.
BACKOFF = (0.5, 30.0)
#: Seconds a wait for notifications lasts before it looks whether it was told to stop.
WAKE_EVERY = 0.5


def conninfo(url: URL) -> str:
    """``url`` as a libpq URI (SQLAlchemy's driver name dropped; the password kept: it is needed)."""
    return url.set(drivername="postgresql").render_as_string(hide_password=False)


class Listener:
    """``LISTEN rc_changes`` on a thread of its own; see the module for the callbacks."""

    def __init__(
        self,
        url: URL,
        on_change: Callable[[str], None],
        on_state: Callable[[bool, str], None] = lambda _up, _said: None,
    ) -> None:
        self.url = url
        self._on_change = on_change
        self._on_state = on_state
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="team-listener", daemon=True)
        #: Set once LISTEN is in place (tests, and a caller that wants to know it hears).
        self.listening = threading.Event()

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        self._thread.join(timeout)

    def _connect(self) -> Any:
        import psycopg

        conn = psycopg.connect(
            conninfo(self.url),
            autocommit=True,
            connect_timeout=CONNECT_TIMEOUT,
            application_name="recruiter-companion listener",
        )
        conn.execute(f"LISTEN {CHANNEL}")
        return conn

    def _run(self) -> None:
        try:
            import psycopg
        except ImportError:  # the installers leave psycopg out while team mode is in its first steps
            self._said(False, "Team mode needs the psycopg package, which this installation lacks.")
            return
        pause = BACKOFF[0]
        up: bool | None = None  # unknown until the first attempt
        while not self._stop.is_set():
            try:
                conn = self._connect()
            except psycopg.Error as exc:
                if up is not False:
                    up = False
                    self._said(False, str(explain(exc, self.url)))
                self._stop.wait(pause)
                pause = min(BACKOFF[1], pause * 2)
                continue
            pause = BACKOFF[0]
            if up is False:
                self._said(True, "")
            up = True
            self.listening.set()
            try:
                with conn:
                    while not self._stop.is_set():
                        for note in conn.notifies(timeout=WAKE_EVERY):
                            self._heard(note.payload)
            except psycopg.Error as exc:
                self.listening.clear()
                up = False
                log.warning("team listener lost the server: %s", type(exc).__name__)
                self._said(False, str(explain(exc, self.url)))
                self._stop.wait(pause)

    def _heard(self, account_id: str) -> None:
        try:
            self._on_change(account_id)
        except Exception:  # a listener's bug must not end the listening
            log.exception("team change handler failed")

    def _said(self, up: bool, message: str) -> None:
        try:
            self._on_state(up, message)
        except Exception:
            log.exception("team state handler failed")
