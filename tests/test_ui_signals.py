"""track_signal: a connection to an application-wide signal lasts as long as its owner (or until the
owner says it is done), so an emission after a dialog is gone never calls into a deleted widget."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog

from desktop.ui.signals import track_signal


class Sender(QObject):
    fired = Signal(int)


def test_the_connection_ends_when_the_owner_is_destroyed(qapp: Any, qtbot: Any) -> None:
    sender = Sender()
    owner = QObject()
    seen: list[int] = []
    track_signal(sender.fired, seen.append, owner)
    sender.fired.emit(1)
    owner.deleteLater()
    qtbot.waitUntil(lambda: seen == [1], timeout=1000)
    with qtbot.waitSignal(owner.destroyed, timeout=1000):
        pass
    sender.fired.emit(2)
    assert seen == [1]


def test_the_connection_ends_when_the_dialog_finishes(qapp: Any) -> None:
    sender = Sender()
    dialog = QDialog()
    seen: list[int] = []
    track_signal(sender.fired, seen.append, dialog, until=dialog.finished)
    sender.fired.emit(1)
    dialog.reject()  # closed, kept for now: no more calls into it
    sender.fired.emit(2)
    assert seen == [1]
    dialog.deleteLater()  # and being destroyed later does not disconnect twice
