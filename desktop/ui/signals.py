"""Connections from a longer-lived sender to a shorter-lived receiver, undone when the receiver goes.

Qt drops a connection by itself when the receiver is a QObject's slot, but a Python bound method or
lambda connected to an application-wide signal (``QApplication.focusChanged``, the sync controller's
signals) outlives the widget it belongs to: the next emission then calls into a deleted C++ object
("Internal C++ object already deleted"). ``track_signal`` connects and disconnects for the owner.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, SignalInstance


def track_signal(
    signal: SignalInstance,
    slot: Callable[..., Any],
    owner: QObject,
    *,
    until: SignalInstance | None = None,
) -> None:
    """Connect ``slot`` to ``signal`` while ``owner`` lives (and, given ``until``, until it fires:
    e.g. a dialog's ``finished``, as a closed dialog may be kept for a while before it is deleted)."""
    # Disconnected by its handle: the slot's own object may already be gone by then.
    connection = signal.connect(slot)
    done = False

    def disconnect(*_: Any) -> None:
        nonlocal done
        if done:
            return
        done = True
        with contextlib.suppress(RuntimeError, TypeError):  # already gone with its sender
            QObject.disconnect(connection)

    owner.destroyed.connect(disconnect)
    if until is not None:
        until.connect(disconnect)
