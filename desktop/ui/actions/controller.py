"""The app's side of the outbox: check, submit, send in the background, retry and drop, on the loop.

Every call goes through ``OutboxWorker`` (the CLI's path too): checks and cache lookups run on the
cache writer thread, HTTP on the asyncio loop, so the window never waits. ``changed`` tells the
window to re-read what it shows (pending marks, counts, the records a write touched).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from connectors.base.actions import Problem
from desktop.accounts import AccountInfo
from desktop.core import Core
from desktop.outbox.outcome import Outcome
from desktop.outbox.worker import ActionRefused, OutboxWorker
from desktop.ui.tasks import TaskSet

log = logging.getLogger("recruiter_companion.ui.outbox")


class OutboxController(QObject):
    #: the outbox or the records a write touched changed: re-read what is shown
    changed = Signal()
    #: an Outcome of a background send (the user's own submits return theirs)
    sent = Signal(object)

    #: Seconds between background rounds that send what is due (the worker's backoff decides what is).
    INTERVAL = 15.0

    def __init__(self, core: Core, tasks: TaskSet, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.core = core
        self.tasks = tasks
        self.worker = OutboxWorker(core.writer, core.accounts)
        self._stop = asyncio.Event()
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None

    # --- the user's writes -------------------------------------------------------------------------
    async def check(self, account: AccountInfo, action: str, data: Any) -> list[Problem]:
        """Both validation layers and the cache lookups; the problems (none: fine to submit)."""
        try:
            await self.worker.check(account, action, data)
        except ActionRefused as exc:
            return list(exc.problems)
        return []

    async def submit(
        self, account: AccountInfo, action: str, data: Any, *, key: str | None = None
    ) -> Outcome:
        """Save in the outbox, then send at once; raises ``ActionRefused`` with the problems."""
        try:
            return await self.worker.submit(account, action, data, key=key)
        finally:
            self.changed.emit()

    async def retry(self, entry_id: int) -> Outcome:
        try:
            return await self.worker.retry(entry_id)
        finally:
            self.changed.emit()

    async def drop(self, entry_id: int) -> None:
        try:
            await self.worker.drop(entry_id)
        finally:
            self.changed.emit()

    async def flush(self, account_id: str | None = None) -> list[Outcome]:
        """Send everything pending now (the user asked, or the network came back)."""
        try:
            outcomes = await self.worker.flush(account_id)
        finally:
            self.changed.emit()
        for outcome in outcomes:
            self.sent.emit(outcome)
        return outcomes

    # --- background sending ------------------------------------------------------------------------
    def start(self) -> None:
        if self._task is None:
            self._stop.clear()
            self._task = self.tasks.spawn(self._run(), name="outbox")

    def wake(self) -> None:
        """Send what is due now rather than at the next round (e.g. back online)."""
        self._wake.set()

    async def stop(self) -> None:
        self._stop.set()
        self._wake.set()
        task, self._task = self._task, None
        if task is not None:
            with contextlib.suppress(asyncio.CancelledError, TimeoutError):
                await asyncio.wait_for(task, timeout=5)

    async def _run(self) -> None:
        while not self._stop.is_set():
            try:
                outcomes = await self.worker.flush(ignore_schedule=False)
                if outcomes:
                    self.changed.emit()
                    for outcome in outcomes:
                        self.sent.emit(outcome)
            except Exception:  # one bad round must not end background sending
                log.exception("outbox round failed")
            if self._stop.is_set():
                break  # asked to stop while sending: the wake-up that said so must not be lost
            self._wake.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), timeout=self.INTERVAL)


class OutboxDialog(QDialog):
    """A dialog that works on the outbox (the action form, the pending writes): what every such
    dialog holds, the UI's read connection, the controller that submits and sends, the window's
    tasks, and whether one of its operations is under way (``busy``)."""

    def __init__(
        self, conn: Any, controller: OutboxController, tasks: TaskSet, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.conn = conn
        self.controller = controller
        self.tasks = tasks
        self.busy = False
