"""The app's asyncio event loop on Qt (qasync), with its timers kept by a Qt object of ours.

qasync keeps every ``call_later`` handle until its Qt timer fires, cancelled or not. httpx arms a
timeout per request and cancels it when the answer comes, so during a sync tens of thousands of dead
handles (with their contexts) wait out their timeouts, and each full garbage collection walks them:
that alone made 60-70 ms stalls. So here a cancelled handle kills its timer at once.

An earlier version did that by reaching into qasync's private timer dictionary, which raced with
qasync's own ``timerEvent`` (a handle cancelled while its timer event was already queued, or by its
own callback): ``KeyError: <timer id>`` in the status bar and "Error calling Python override of
QObject::timerEvent()" on stderr. Now the timers are a small ``QObject`` of ours that owns its
dictionary: a timer event finds its handle or nothing, never an error.

(The PySide6 release is pinned below 6.12 in ``pyproject.toml``: 6.12.0 on CPython 3.11 returns
``None`` and ``True`` without taking a reference and aborts after some thousands of calls;
``tests/test_ui_event_loop.py`` shows that the pinned one does not.)
"""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any

from PySide6.QtCore import QObject, QTimerEvent


class _TimerHandle(asyncio.TimerHandle):
    """A delayed callback whose ``cancel`` also drops its Qt timer."""

    __slots__ = ("_timers", "_timer_id")
    _timers: _Timers | None
    _timer_id: int

    def cancel(self) -> None:
        super().cancel()
        timers = getattr(self, "_timers", None)
        if timers is not None:
            self._timers = None
            timers.drop(self._timer_id, self)


class _Timers(QObject):
    """qasync's timer object, replaced: one Qt timer per delayed callback, owned here."""

    def __init__(self) -> None:
        super().__init__()
        self._handles: dict[int, asyncio.Handle] = {}
        self._stopped = False

    # The interface qasync's loop uses (``add_callback``, ``stop``, ``set_debug``).
    def add_callback(self, handle: asyncio.Handle, delay: float = 0) -> asyncio.Handle:
        timer_id = self.startTimer(int(max(0.0, delay) * 1000))
        self._handles[timer_id] = handle
        if isinstance(handle, _TimerHandle):
            handle._timers, handle._timer_id = self, timer_id
        return handle

    def stop(self) -> None:
        self._stopped = True

    def set_debug(self, enabled: bool) -> None:
        pass  # asyncio's own debug mode reports slow callbacks

    def drop(self, timer_id: int, handle: asyncio.Handle) -> None:
        """Forget a cancelled handle's timer, if it is still that handle's (ids are reused)."""
        if self._handles.get(timer_id) is handle:
            del self._handles[timer_id]
            if not self._stopped:  # after the loop closed, Qt may have deleted this object already
                with contextlib.suppress(RuntimeError):  # ... or at exit, before the loop closed
                    self.killTimer(timer_id)

    def pending(self) -> int:
        return len(self._handles)

    def timerEvent(self, event: QTimerEvent) -> None:  # noqa: N802 - Qt's name
        timer_id = event.timerId()
        self.killTimer(timer_id)
        handle = self._handles.pop(timer_id, None)
        if handle is None or self._stopped or handle.cancelled():
            return
        handle._run()


def make_event_loop(app: Any) -> Any:
    """The app's qasync loop, its timers kept by :class:`_Timers`."""
    import qasync

    class QEventLoop(qasync.QEventLoop):  # type: ignore[misc, name-defined]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._timer = _Timers()

        def call_later(self, delay: float, callback: Any, *args: Any, context: Any = None) -> asyncio.Handle:
            if delay <= 0:
                return super().call_later(delay, callback, *args, context=context)  # type: ignore[no-any-return]
            handle = _TimerHandle(self.time() + delay, callback, args, self, context=context)
            return self._timer.add_callback(handle, delay)

    return QEventLoop(app)
