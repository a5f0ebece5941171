"""File → Team server… (issue 17): the settings page connects the app to a team's PostgreSQL server
(checked, logged in, migrated), shows where it stands, says what is wrong with a bad address or an
absent server, never shows the password, and disconnects."""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from sqlalchemy.engine import make_url

from desktop.cache import db
from desktop.team import connect
from desktop.ui.app import Application
from tests.ui_fixtures import *  # noqa: F403  (session loop fixtures)
from tests.ui_fixtures import UiDriver

pytestmark = pytest.mark.team


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_the_team_page_connects_shows_the_server_and_disconnects(
    ui: UiDriver, qapp: Any, qtbot: Any, app_home: Path, pg_url: str
) -> None:
    url = make_url(pg_url)
    password = str(url.password)
    without = connect.without_password(url)

    async def scenario() -> None:
        app = Application(qapp, sync_on_start=False)
        app.start()
        window = app.window
        window.findChild(QAction, "teamServer").trigger()
        dialog = await ui.until(lambda: window.team_dialog, what="the team dialog")
        await ui.until(lambda: "Not connected" in dialog.state.text(), what="the state")
        assert not dialog.disconnect_button.isEnabled()

        # Nothing typed, a wrong scheme, a server that is not there: each says what to do, nothing is kept.
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
        assert "Enter the server's address" in dialog.message.text()
        dialog.url.setText("mysql://anna@localhost/recruiting")
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
        await ui.until(lambda: not dialog.busy, what="the refusal")
        assert "postgresql://" in dialog.message.text()
        dialog.url.setText(f"postgresql://anna@127.0.0.1:{_free_port()}/recruiting")
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
        await ui.until(lambda: not dialog.busy, timeout=30, what="the unreachable server")
        assert dialog.message.text() and "Connected." not in dialog.message.text()
        assert connect.saved() is None

        # The real server: the password is typed apart from the address and kept in the keyring.
        dialog.url.setText(without)
        dialog.password.setText(password)
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
        await ui.until(lambda: not dialog.busy, timeout=60, what="the connection")
        assert dialog.message.text() == "Connected.", dialog.message.text()
        assert f"schema {db.head_revision()}" in dialog.state.text()
        assert dialog.password.text() == ""
        shown = " ".join(w.text() for w in (dialog.state, dialog.message, dialog.url))
        assert password not in shown
        assert connect.saved() is not None and connect.saved()["url"] == without
        assert dialog.disconnect_button.isEnabled()

        # Opened again: it reads the kept server and asks it where it stands.
        dialog.close()
        window.open_team()
        again = window.team_dialog
        assert again is not dialog
        await ui.until(lambda: "schema" in again.state.text(), timeout=30, what="the status")
        assert again.url.text() == without

        # As if this cache had published to the server: disconnecting stops its tracking.
        app.core.writer.run_sync(lambda c: c.exec_driver_sql("INSERT INTO team_marks VALUES ('track', '1')"))
        qtbot.mouseClick(again.disconnect_button, Qt.MouseButton.LeftButton)
        await ui.until(lambda: "Disconnected from" in again.message.text(), what="the disconnect")
        assert "Not connected" in again.state.text()
        assert connect.saved() is None
        count = "SELECT count(*) FROM team_marks"
        assert app.core.writer.run_sync(lambda c: c.exec_driver_sql(count).scalar()) == 0
        again.close()
        await app.shutdown()

    ui.run(scenario(), timeout=180)


def test_disconnecting_from_an_absent_server_asks_first_and_keeps_handed_over_writes_unsent(
    ui: UiDriver, qapp: Any, qtbot: Any, app_home: Path
) -> None:
    import json

    from desktop import paths
    from desktop.outbox import queue as q
    from desktop.team import shared_outbox

    dead = f"postgresql://anna@127.0.0.1:{_free_port()}/recruiting"
    paths.write_private(connect.settings_path(), json.dumps({"url": dead, "member": "anna@here"}))

    async def scenario() -> None:
        app = Application(qapp, sync_on_start=False)
        app.start()

        def handed(c: Any) -> q.Entry:  # a write the team's outbox holds
            now = "2026-12-06T10:00:00+00:00"
            entry = q.enqueue(c, "acme", "add-note-to-application", {"content": "x"}, {}, now=now)
            shared_outbox.mark_handed(c, {entry.id: 7}, now)
            return q.require(c, entry.id)

        entry = app.core.writer.run_sync(handed)
        worker = app.outbox.worker
        assert await worker.team() is not None  # the window's outbox sends through the team
        window = app.window
        window.findChild(QAction, "teamServer").trigger()
        dialog = await ui.until(lambda: window.team_dialog, what="the team dialog")
        await ui.until(lambda: dialog.disconnect_button.isEnabled(), what="the kept server")
        qtbot.mouseClick(dialog.disconnect_button, Qt.MouseButton.LeftButton)
        await ui.until(lambda: "Disconnect anyway" in dialog.message.text(), timeout=30, what="the refusal")
        assert connect.saved() is not None  # still connected
        assert dialog.disconnect_button.text() == "Disconnect &anyway"
        qtbot.mouseClick(dialog.disconnect_button, Qt.MouseButton.LeftButton)
        await ui.until(lambda: "Disconnected from" in dialog.message.text(), timeout=30, what="the end")
        assert "kept here unsent" in dialog.message.text()
        assert connect.saved() is None
        kept = app.core.writer.run_sync(lambda c: q.require(c, entry.id))
        assert kept.handed_over and kept.status == q.QUEUED
        assert "not sent from here" in (kept.last_error or "")
        assert await worker.team() is None  # the window's outbox sends alone from now on
        dialog.close()
        await app.shutdown()

    ui.run(scenario(), timeout=120)
