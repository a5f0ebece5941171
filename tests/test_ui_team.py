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

        qtbot.mouseClick(again.disconnect_button, Qt.MouseButton.LeftButton)
        await ui.until(lambda: "Disconnected from" in again.message.text(), what="the disconnect")
        assert "Not connected" in again.state.text()
        assert connect.saved() is None
        again.close()
        await app.shutdown()

    ui.run(scenario(), timeout=180)
