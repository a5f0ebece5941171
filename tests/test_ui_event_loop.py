"""The Qt binding and the app's event loop: no reference-count leak, timers that never raise."""

from __future__ import annotations

import asyncio
import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QLabel

from desktop.ui.event_loop import make_event_loop


class _Emitter(QObject):
    fired = Signal()


def test_the_pinned_binding_keeps_none_and_true_alive(qapp: QApplication) -> None:
    # PySide6 6.12.0 on CPython 3.11 loses a reference to None per void call and to True per emit,
    # and aborts after some thousands ("bool_dealloc"). The pinned release must not drift at all.
    label, emitter = QLabel(), _Emitter()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(20_000):
        label.setText("x")
        emitter.fired.emit()
    assert abs(sys.getrefcount(None) - none_before) < 100
    assert abs(sys.getrefcount(True) - true_before) < 100


def test_cancelled_timers_are_released_at_once_and_never_raise(qapp: QApplication) -> None:
    loop = make_event_loop(qapp)
    asyncio.set_event_loop(loop)
    errors: list[object] = []
    loop.set_exception_handler(lambda _loop, context: errors.append(context))
    original_hook = sys.excepthook
    sys.excepthook = lambda *exc: errors.append(exc)  # Qt reports errors in overrides through it
    ran: list[int] = []

    async def scenario() -> None:
        # A timeout armed and cancelled per request, as httpx does: thousands of them.
        handles = [loop.call_later(30, ran.append, i) for i in range(5000)]
        for handle in handles:
            handle.cancel()
        assert loop._timer.pending() == 0, "a cancelled handle must not wait out its delay"
        # A handle cancelled by its own callback, and one cancelled while its timer event is queued.
        box: list[asyncio.TimerHandle] = []
        box.append(loop.call_later(0.01, lambda: (ran.append(-1), box[0].cancel())))
        late = loop.call_later(0.01, ran.append, -2)
        await asyncio.sleep(0.03)
        late.cancel()
        await asyncio.sleep(0.05)

    try:
        loop.run_until_complete(scenario())
    finally:
        sys.excepthook = original_hook
        loop.close()
        asyncio.set_event_loop(None)
    assert errors == []
    assert ran == [-1, -2]
