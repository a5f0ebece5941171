"""Team mode in the window: accounts another member syncs, followed until they are done.

A sync the window starts in team mode runs the CLI's team sync in the worker process
(``desktop.team.replica`` through ``desktop.sync.worker``). When another member holds the account's
lock, the worker pulls instead and says who syncs; from then on this watch asks the server every
``POLL_EVERY`` seconds who syncs it and how far, pulls what was published meanwhile (the lists
refresh through ``cacheChanged``), and once the lock is free pulls the last rounds and says so. The
server's calls run in threads (``desktop.team.follow``): the window's thread never waits on the
network.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from desktop.accounts import AccountInfo
from desktop.core import Core
from desktop.team.follow import Follower
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

    #: Seconds between looks at an account another member syncs.
    POLL_EVERY = 2.0

    def __init__(self, core: Core, tasks: TaskSet, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.core = core
        self.tasks = tasks
        self.busy: dict[str, Busy] = {}
        self._following: dict[str, asyncio.Task[None]] = {}
        self._follower: Follower | None = None

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

    async def stop(self) -> None:
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
