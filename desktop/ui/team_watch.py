"""Team mode in the window: accounts another member syncs, followed until they are done.

A sync the window starts in team mode runs the CLI's team sync in the worker process
(``desktop.team.replica`` through ``desktop.sync.worker``). When another member holds the account's
lock, the worker pulls instead and says who syncs; from then on this watch asks the server every
``POLL_EVERY`` seconds who syncs it and how far, pulls what was published meanwhile (the lists
refresh through ``cacheChanged``), and once the lock is free pulls the last rounds and says so. The
server's calls run in threads (``desktop.team.follow``): the window's thread never waits on the
network.

Live views: while the app is in team mode it listens for the team's publishes (``listen``:
``desktop.team.listen`` on a thread of its own); a notification pulls that account (at most one pull
in flight per account; notifications meanwhile make one more pull after it) and the lists refresh. A
server that goes away is said once (``serverState``); the listener reconnects on its own, and on
reconnection every account is pulled (what was published meanwhile).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from desktop.accounts import AccountInfo
from desktop.core import Core
from desktop.team.follow import Follower
from desktop.team.listen import Listener
from desktop.team.schema import TeamError
from desktop.ui.tasks import TaskSet

log = logging.getLogger("recruiter_companion.ui.team")


@dataclass
class Busy:
    """Another member syncs this account: who, and how far (percent) at the last look."""

    account: AccountInfo
    holder: str
    percent: int


def team_url() -> str | None:
    """The team server's URL with its password (keyring), or None when the app is not in team mode.
    Blocking (the keyring): call it in a thread."""
    from desktop.team import connect

    url = connect.saved_url()
    return None if url is None else url.render_as_string(hide_password=False)


class TeamWatch(QObject):
    #: account id: another member started or stopped syncing it, or its percent moved
    busyChanged = Signal(str)
    #: account id, a one-line summary: the other member's sync ended and its last rounds are pulled
    followed = Signal(str, str)
    #: the cache has rows pulled from the team server
    cacheChanged = Signal()
    #: account id, rows: a pull after a notification wrote rows (an account new here included)
    pulled = Signal(str, int)
    #: the team server answers (True) or went away (False, what is wrong): said once per change
    serverState = Signal(bool, str)

    #: Seconds between looks at an account another member syncs.
    POLL_EVERY = 2.0

    def __init__(
        self,
        core: Core,
        tasks: TaskSet,
        parent: QObject | None = None,
        *,
        syncing: Callable[[str], bool] = lambda _account_id: False,
    ) -> None:
        """``syncing(account_id)``: this window syncs the account itself (and publishes it): no pulls."""
        super().__init__(parent)
        self.core = core
        self.tasks = tasks
        self.busy: dict[str, Busy] = {}
        self._syncing = syncing
        self._following: dict[str, asyncio.Task[None]] = {}
        self._follower: Follower | None = None
        self._listener: Listener | None = None
        self._pulling: set[str] = set()
        self._again: set[str] = set()
        #: Per account, ``time.monotonic()`` when its last pull after a notification ended (tests, bench).
        self.pulled_at: dict[str, float] = {}

    def describe(self, account_id: str) -> str | None:
        """ "Synced by anna@laptop, 62 %" while another member syncs the account, else None."""
        busy = self.busy.get(account_id)
        if busy is None:
            return None
        return self.tr("Synced by %1, %2 %").replace("%1", busy.holder).replace("%2", str(busy.percent))

    def follow(self, account: AccountInfo, url: str, holder: str | None, percent: int | None) -> None:
        """Another member syncs ``account`` (the worker found its lock taken): show it and follow it."""
        self.busy[account.id] = Busy(account, holder or self.tr("another member"), int(percent or 0))
        self.busyChanged.emit(account.id)
        if account.id not in self._following:
            task = self.tasks.spawn(self._follow(account, url), name=f"team:{account.name}")
            self._following[account.id] = task

    # --- live views ------------------------------------------------------------------------------
    async def listen(self) -> None:
        """Listen for the team's publishes when the app is in team mode (again after File → Team
        server… changed it); stop listening when it is not."""
        try:
            url = await asyncio.to_thread(team_url)
        except TeamError as exc:  # team.json unreadable: the team dialog says what to do
            log.warning("not listening to the team server: %s", exc)
            url = None
        current = self._listener
        if current is not None:
            if url is not None and current.url.render_as_string(hide_password=False) == url:
                return
            self._listener = None
            await asyncio.to_thread(current.stop)
        if url is None:
            return
        from sqlalchemy.engine import make_url

        self._get_follower(url)
        loop = asyncio.get_running_loop()

        def heard(account_id: str) -> None:
            with contextlib.suppress(RuntimeError):  # the window's loop has closed
                loop.call_soon_threadsafe(self.changed, account_id)

        def state(up: bool, message: str) -> None:
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(self._server_state, up, message)

        self._listener = Listener(make_url(url), heard, state)
        self._listener.start()

    @property
    def listening(self) -> bool:
        return self._listener is not None and self._listener.listening.is_set()

    def changed(self, account_id: str) -> None:
        """The team published rows of ``account_id``: pull them (coalesced per account)."""
        if self._syncing(account_id) or self._follower is None:
            return  # this window publishes it: nothing to pull
        if account_id in self._pulling:
            self._again.add(account_id)  # one more pull after the one in flight
            return
        self._pulling.add(account_id)
        self.tasks.spawn(self._pull(account_id), name=f"team-pull:{account_id}")

    async def _pull(self, account_id: str) -> None:
        follower = self._follower
        try:
            while follower is not None:
                self._again.discard(account_id)
                written = await asyncio.to_thread(follower.pull, self.core.writer, account_id)
                self.pulled_at[account_id] = time.monotonic()
                if written:
                    self.cacheChanged.emit()
                    self.pulled.emit(account_id, written)
                if account_id not in self._again:
                    break
        except TeamError as exc:
            log.warning("team pull of %s failed: %s", account_id, exc.kind)  # the listener says it once
        finally:
            self._pulling.discard(account_id)
            self._again.discard(account_id)

    def _server_state(self, up: bool, message: str) -> None:
        self.serverState.emit(up, message)
        if up:  # what was published while the server was out of reach
            for account in self.core.accounts.list():
                self.changed(account.id)

    async def stop(self) -> None:
        listener, self._listener = self._listener, None
        if listener is not None:
            await asyncio.to_thread(listener.stop)
        tasks = list(self._following.values())
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.wait(tasks, timeout=5)
        follower, self._follower = self._follower, None
        if follower is not None:
            await asyncio.to_thread(follower.close)

    def _get_follower(self, url: str) -> Follower:
        """One engine for every account followed on the same server (a new one for another server)."""
        from sqlalchemy.engine import make_url

        current = self._follower
        if current is None or current.url.render_as_string(hide_password=False) != url:
            if current is not None:
                current.close()
            current = self._follower = Follower(make_url(url))
        return current

    async def _follow(self, account: AccountInfo, url: str) -> None:
        follower = self._get_follower(url)
        summary = ""
        pulled = 0
        try:
            while True:
                await asyncio.sleep(self.POLL_EVERY)
                seen = await asyncio.to_thread(follower.check, self.core.writer, account.id)
                pulled += seen.pulled
                if seen.pulled:
                    self.cacheChanged.emit()
                if seen.holder is None:
                    break
                self.busy[account.id] = Busy(account, seen.holder.holder, seen.holder.percent)
                self.busyChanged.emit(account.id)
            summary = (
                self.tr("%1: the team's sync ended; pulled %2 changes from the team server.")
                .replace("%1", account.name)
                .replace("%2", str(pulled))
            )
        except TeamError as exc:
            log.warning("following %s stopped: %s", account.name, exc.kind)
            summary = f"{account.name}: {exc}"
        except asyncio.CancelledError:
            summary = ""
        finally:
            self._following.pop(account.id, None)
            self.busy.pop(account.id, None)
            self.busyChanged.emit(account.id)
        if summary:
            self.followed.emit(account.id, summary)
