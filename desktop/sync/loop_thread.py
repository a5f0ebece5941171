"""An asyncio loop on a thread of its own, where the window's syncs run.

A sync maps every page it reads (JSON decoding, mapping, change stamps): a few milliseconds per
page on a quiet machine, tens on a busy one. On the window's loop that work comes between paint
and input events, and a busy machine turned it into stalls of 100 ms and more (bench/ui.py). Here
it runs beside the window: the GUI thread waits at most one interpreter switch interval (5 ms) for
the GIL instead of a whole page's work.

``submit`` starts a coroutine on this loop and returns a ``RemoteTask``: its ``future`` completes
only when the task has really ended (cancelled included), so whoever cancels can wait for the
sync's own clean-up (clients closed, resume state committed) before saying it stopped.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import threading
from collections.abc import Coroutine
from typing import Any, Generic, TypeVar

T = TypeVar("T")


class RemoteTask(Generic[T]):
    """A task running on a ``LoopThread``, seen from another thread."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self._loop = loop
        self._task: asyncio.Task[T] | None = None
        #: Done when the task has ended: its result, its exception, or cancelled.
        self.future: concurrent.futures.Future[T] = concurrent.futures.Future()

    def _start(self, coro: Coroutine[Any, Any, T], name: str | None) -> None:
        task = self._loop.create_task(coro, name=name)
        self._task = task
        task.add_done_callback(self._finished)

    def _finished(self, task: asyncio.Task[T]) -> None:
        if task.cancelled():
            self.future.cancel()
        elif (exc := task.exception()) is not None:
            self.future.set_exception(exc)
        else:
            self.future.set_result(task.result())

    def cancel(self) -> None:
        """Ask the task to stop; ``future`` ends once it has (scheduled after ``_start``: FIFO)."""
        self._loop.call_soon_threadsafe(self._cancel)

    def _cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()


class LoopThread:
    """One daemon thread running one event loop until ``close``."""

    def __init__(self, name: str = "sync-loop") -> None:
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._main, name=name, daemon=True)
        self._thread.start()

    def _main(self) -> None:
        asyncio.set_event_loop(self._loop)
        try:
            self._loop.run_forever()
        finally:
            self._loop.run_until_complete(self._loop.shutdown_asyncgens())
            self._loop.close()

    def submit(self, coro: Coroutine[Any, Any, T], *, name: str | None = None) -> RemoteTask[T]:
        remote: RemoteTask[T] = RemoteTask(self._loop)
        self._loop.call_soon_threadsafe(remote._start, coro, name)
        return remote

    @property
    def alive(self) -> bool:
        return self._thread.is_alive()

    def close(self, timeout: float = 5.0) -> None:
        """Cancel what still runs, stop the loop and wait for the thread (app shutdown)."""
        if not self._thread.is_alive():
            return

        async def drain() -> None:
            tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
            for task in tasks:
                task.cancel()
            if tasks:
                await asyncio.wait(tasks, timeout=timeout)
            self._loop.stop()

        asyncio.run_coroutine_threadsafe(drain(), self._loop)
        self._thread.join(timeout + 1)
