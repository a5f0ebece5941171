"""Work-arounds for bugs in the Qt binding and its asyncio bridge, each with its reason and how to
drop it.

PySide6 6.12.0 on CPython 3.11 returns ``None`` (from every void method: ``setText``,
``showMessage``, ``processEvents`` …) and ``True`` (from ``SignalInstance.emit``) without taking a
reference. Each call takes one reference away from the singleton; after some thousands of calls
CPython "frees" it and aborts ("none_dealloc: deallocating None", "bool_dealloc") — mid-session
or at exit. CPython ≥ 3.12 makes these singletons immortal, which hides the bug; on 3.11 we do the
same by giving them a reference count no session can exhaust. Drop this module once the project
requires Python ≥ 3.12 or a PySide6 release with the fix.
"""

from __future__ import annotations

import asyncio
import ctypes
import sys
from typing import Any

_PIN = 1 << 40
_pinned = False


def pin_singletons() -> None:
    """Make ``None``, ``True``, ``False``, ``Ellipsis`` and ``NotImplemented`` effectively immortal on
    CPython < 3.12 (idempotent; a no-op elsewhere)."""
    global _pinned
    if _pinned or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    singletons = (None, True, False, Ellipsis, NotImplemented)
    cells = []
    for value in singletons:
        # ob_refcnt is the first field of every object in a release build of CPython 3.11.
        cell = ctypes.c_ssize_t.from_address(id(value))
        if not 0 < cell.value < _PIN:
            return  # not the layout we expect (a debug build?): leave everything alone
        cells.append(cell)
    for cell in cells:
        cell.value += _PIN
    _pinned = True


class _TimerHandle(asyncio.Handle):
    """A delayed callback whose ``cancel`` also drops its Qt timer (see ``make_event_loop``)."""

    __slots__ = ("_qt_timer", "_qt_timer_id")
    _qt_timer: Any
    _qt_timer_id: int | None

    def cancel(self) -> None:
        super().cancel()
        timer, timer_id = getattr(self, "_qt_timer", None), getattr(self, "_qt_timer_id", None)
        self._qt_timer = None
        if timer is None or timer_id is None:
            return
        callbacks = timer._SimpleTimer__callbacks
        # Only while still pending: a fired timer is gone, and Qt may have given its id to a new one.
        if callbacks.get(timer_id) is self:
            del callbacks[timer_id]
            timer.killTimer(timer_id)


def make_event_loop(app: Any) -> Any:
    """The app's qasync loop, with one fix: cancelled timers are released at once.

    qasync keeps every ``call_later`` handle until its Qt timer fires, cancelled or not. httpx arms a
    timeout per request and cancels it when the answer comes, so during a sync tens of thousands of
    dead handles (with their contexts) wait out their timeouts, and each full garbage collection
    walks them: that alone made 60-70 ms stalls. Here a cancelled handle kills its timer.
    """
    import qasync

    class QEventLoop(qasync.QEventLoop):  # type: ignore[misc, name-defined]
        def call_later(self, delay: float, callback: Any, *args: Any, context: Any = None) -> asyncio.Handle:
            if delay <= 0:
                return super().call_later(delay, callback, *args, context=context)  # type: ignore[no-any-return]
            handle = _TimerHandle(callback, args, self, context=context)
            timer = self._timer
            timer_id = timer.startTimer(int(delay * 1000))
            timer._SimpleTimer__callbacks[timer_id] = handle
            handle._qt_timer, handle._qt_timer_id = timer, timer_id
            return handle

    return QEventLoop(app)
