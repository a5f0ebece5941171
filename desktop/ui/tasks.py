"""Background tasks started from the UI, kept alive and accounted for.

asyncio holds only weak references to tasks, and a Qt slot drops whatever it returns: a task started
from a slot can be garbage-collected mid-flight (qasync #98). Every task the UI starts goes through
``TaskSet.spawn``, which keeps it until it finishes, logs its failure and reports it to the window
(never through a modal dialog), and lets shutdown cancel everything still running.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

from connectors.http.redact import redact

log = logging.getLogger("recruiter_companion.ui")

T = TypeVar("T")


class TaskSet:
    def __init__(self, on_error: Callable[[str], None] | None = None) -> None:
        # The loop is taken once, at construction inside the app's loop: slots may run while
        # asyncio does not consider the loop "running" (e.g. in a nested Qt event loop).
        self.loop = asyncio.get_event_loop()
        self.on_error = on_error
        self._tasks: set[asyncio.Task[Any]] = set()

    def spawn(self, coro: Coroutine[Any, Any, T], name: str) -> asyncio.Task[T]:
        task = self.loop.create_task(coro, name=name)
        self._tasks.add(task)
        task.add_done_callback(self._done)
        return task

    def _done(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is not None:
            log.error("task %s failed", task.get_name(), exc_info=exc)
            if self.on_error:
                self.on_error(redact(f"{type(exc).__name__}: {exc}"))

    def __len__(self) -> int:
        return len(self._tasks)

    def running(self) -> list[asyncio.Task[Any]]:
        return list(self._tasks)

    async def cancel_all(self, timeout: float = 5.0) -> None:
        """Cancel every task and wait (bounded) for them to unwind, e.g. to close their HTTP clients."""
        current = asyncio.current_task()
        tasks = [t for t in self._tasks if t is not current]
        for task in tasks:
            task.cancel()
        if tasks:
            done, pending = await asyncio.wait(tasks, timeout=timeout)
            if pending:
                log.warning(
                    "%d tasks did not stop within %.0fs: %s",
                    len(pending),
                    timeout,
                    ", ".join(t.get_name() for t in pending),
                )
