"""File → Team server…: the "Team" settings page of issue 17. Shows whether this app uses the embedded
cache or a team's PostgreSQL server, connects (URL, password, the explicit "allow without TLS") and
disconnects. The work and its checks are ``desktop.team.connect``'s, the same as ``recruiter-companion
team connect | status | disconnect``; here they run off the GUI thread (a login can wait on the network
for seconds) and their errors, which already say what to do (a missing PostgreSQL driver in an
installed build included), are shown as they are."""

from __future__ import annotations

import asyncio
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.cache.writer import CacheWriter
from desktop.team import connect as team
from desktop.team import leave, publish
from desktop.team.schema import TeamError
from desktop.ui.tasks import TaskSet
from desktop.ui.theme import accent


class TeamDialog(QDialog):
    #: connected to a team server, or disconnected: the window listens to the new one (or to none)
    serverChanged = Signal()

    def __init__(
        self, tasks: TaskSet, parent: QWidget | None = None, *, writer: CacheWriter | None = None
    ) -> None:
        """``writer``: the open cache's, for forgetting this cache's team marks when the server goes or
        changes (as ``team disconnect`` / ``team connect`` do from the command line)."""
        super().__init__(parent)
        self.writer = writer
        self.setObjectName("teamDialog")
        self.setWindowTitle(self.tr("Team server"))
        self.resize(620, 360)
        self.tasks = tasks
        self.busy = False
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "A team shares one cache on a PostgreSQL server it already runs: one member syncs each "
                "account, everyone sees the records and the writes waiting. Without a team server the app "
                "keeps its cache on this computer only."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.state = QLabel()
        self.state.setObjectName("teamState")
        self.state.setWordWrap(True)
        self.state.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.state)

        form = QFormLayout()
        self.url = QLineEdit()
        self.url.setObjectName("teamUrl")
        self.url.setPlaceholderText(team.EXAMPLE)
        self.url.setAccessibleName(self.tr("Server address"))
        url_label = QLabel(self.tr("Server &address:"))
        url_label.setBuddy(self.url)
        form.addRow(url_label, self.url)
        self.password = QLineEdit()
        self.password.setObjectName("teamPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("kept in the system keyring, never in a file"))
        self.password.setAccessibleName(self.tr("Password"))
        password_label = QLabel(self.tr("&Password:"))
        password_label.setBuddy(self.password)
        form.addRow(password_label, self.password)
        self.insecure = QCheckBox(self.tr("Allow a server on another computer without TLS"))
        self.insecure.setObjectName("teamInsecure")
        self.insecure.setToolTip(
            self.tr(
                "Candidates' data would cross the network unencrypted. Only for a server on a network you "
                "trust; otherwise add sslmode=require to the address."
            )
        )
        form.addRow("", self.insecure)
        self.take_back = QCheckBox(
            self.tr("On disconnecting, take back the writes still waiting in the team's outbox")
        )
        self.take_back.setObjectName("teamTakeBack")
        self.take_back.setToolTip(
            self.tr(
                "Unticked, they are left with the team: a teammate sends them, and this computer never sends "
                "them itself (that could do them twice). Ticked, those nobody has started sending come back "
                "to this computer's outbox and are sent from here."
            )
        )
        form.addRow("", self.take_back)
        layout.addLayout(form)

        self.message = QLabel()
        self.message.setObjectName("teamMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)
        layout.addStretch()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.connect_button = QPushButton(self.tr("&Connect"))
        self.connect_button.setObjectName("teamConnect")
        self.connect_button.setDefault(True)
        self.disconnect_button = QPushButton(self.tr("&Disconnect"))
        self.disconnect_button.setObjectName("teamDisconnect")
        self.buttons.addButton(self.connect_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.disconnect_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.connect_button.clicked.connect(self.start_connect)
        self.disconnect_button.clicked.connect(self.start_disconnect)
        layout.addWidget(self.buttons)

        #: The server did not answer the last disconnect: the next click disconnects anyway (forced).
        self._force = False
        self._show_saved(None)
        self._task: asyncio.Task[None] | None = self.tasks.spawn(self._refresh(), name="team-status")

    # --- what is shown ------------------------------------------------------------------------------
    def set_message(self, text: str, state: str | None = None) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(f"color: {accent(state).name()};" if state else "")

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        widgets = (self.connect_button, self.disconnect_button, self.url, self.password, self.insecure)
        for widget in (*widgets, self.take_back):
            widget.setEnabled(not busy)
        if not busy:
            self.disconnect_button.setEnabled(self._connected)

    def _show_saved(self, info: dict[str, Any] | None) -> None:
        self._connected = info is not None
        self.disconnect_button.setEnabled(self._connected and not self.busy)
        if info is None:
            self.state.setText(self.tr("Not connected: the app uses its embedded cache on this computer."))
            return
        if not self.url.text():
            self.url.setText(str(info.get("url") or ""))
        self.insecure.setChecked(bool(info.get("allow_insecure")))
        text = self.tr("Connected to %1 as member %2.").replace("%1", str(info.get("url"))).replace(
            "%2", str(info.get("member") or "?")
        )
        if info.get("schema"):
            tls = self.tr("TLS") if info.get("tls") else self.tr("no TLS")
            text += " " + self.tr("Logged in as %1 (%2); the team database is at schema %3.").replace(
                "%1", str(info.get("user"))
            ).replace("%2", tls).replace("%3", str(info["schema"]))
        self.state.setText(text)

    # --- work, off the GUI thread -------------------------------------------------------------------
    async def _refresh(self) -> None:
        """The kept server at once, then what it says now (it may be away: that is said, not raised)."""
        try:
            kept = await asyncio.to_thread(team.saved)
        except Exception as exc:  # a damaged team.json: its message says what to do
            self.set_message(str(exc), "error")
            return
        self._show_saved(kept)
        if kept is None:
            return
        self.set_message(self.tr("Asking the server…"), "info")
        try:
            info = await asyncio.to_thread(team.status)
        except Exception as exc:  # TeamError: unreachable, refused, schema from a newer app
            self.set_message(str(exc), "error")
            return
        self._show_saved(info)
        self.set_message("")

    def start_connect(self) -> None:
        if self.busy:
            return
        text = self.url.text().strip()
        if not text:
            example = self.tr("Enter the server's address, e.g. %1").replace("%1", team.EXAMPLE)
            self.set_message(example, "error")
            self.url.setFocus()
            return
        self._set_busy(True)
        self.set_message(self.tr("Connecting, logging in and bringing the team database up to date…"), "info")
        self._task = self.tasks.spawn(self._connect(text), name="team-connect")

    async def _connect(self, text: str) -> None:
        password = self.password.text() or None
        try:
            before = await asyncio.to_thread(team.saved)
            info = await asyncio.to_thread(
                lambda: team.connect(text, allow_insecure=self.insecure.isChecked(), password=password)
            )
            if before is not None and before.get("url") != info["url"]:
                await self._forget_server()  # the previous server's marks mean nothing on this one
        except Exception as exc:  # TeamError: its message names the cause and what to do
            # The same words as the CLI's, whose switch is the check box here.
            option = self.tr("tick \"%1\"").replace("%1", self.insecure.text())
            self.set_message(str(exc).replace("pass --allow-insecure", option), "error")
        else:
            self.password.clear()
            self.url.setText(str(info.get("url") or text))
            self._show_saved(info)
            self.set_message(self.tr("Connected."), "ok")
            self.serverChanged.emit()
        finally:
            self._set_busy(False)

    def start_disconnect(self) -> None:
        if self.busy or not self._connected:
            return
        self._set_busy(True)
        self._task = self.tasks.spawn(self._disconnect(), name="team-disconnect")

    async def _disconnect(self) -> None:
        force, self._force = self._force, False
        self.disconnect_button.setText(self.tr("&Disconnect"))
        try:
            settled = await self._settle_outbox(take_back=self.take_back.isChecked(), force=force)
        except Exception as exc:  # TeamError: unreachable, refused
            said = str(exc)
            if isinstance(exc, TeamError):  # the server cannot be used: the user may still want to go
                self._force = True
                self.disconnect_button.setText(self.tr("Disconnect &anyway"))
                said += " " + self.tr(
                    "Still connected: writes handed over to the team's outbox are settled with the server "
                    "first (a teammate may send them, or may have). Click \"Disconnect anyway\" to go now: "
                    "they are then kept on this computer unsent."
                )
            self.set_message(said, "error")
            self._set_busy(False)
            return
        try:
            url = await asyncio.to_thread(team.disconnect)
            await self._forget_server()
        except Exception as exc:
            self.set_message(str(exc), "error")
        else:
            self._show_saved(None)
            text = self.tr("Disconnected from %1; the team database was left as it is.")
            text = text.replace("%1", str(url))
            lines = settled.lines() if settled is not None else []
            self.set_message("\n".join([text, *(f"• {line}." for line in lines)]), "ok")
            self.serverChanged.emit()
        finally:
            self._set_busy(False)

    async def _settle_outbox(self, *, take_back: bool, force: bool) -> leave.Settled | None:
        """The writes handed over to the team settled with it first (``desktop.team.leave``), as
        ``team disconnect`` does; None without an open cache."""
        if self.writer is None:
            return None
        url = await asyncio.to_thread(team.saved_url)
        if url is None:
            return None
        writer = self.writer
        return await asyncio.to_thread(
            lambda: leave.settle_outbox(writer.run_sync, url, take_back=take_back, force=force)
        )

    async def _forget_server(self) -> None:
        """This cache stops tracking changes for a server (its rows stay; a next server gets them whole)."""
        if self.writer is not None:
            await self.writer.run(publish.forget_server)

    def done(self, result: int) -> None:
        # A status read may be waiting on the network: stop waiting for it. A connect or disconnect is
        # left to finish, so the settings and the keyring are never left half-written.
        if self._task and not self._task.done() and self._task.get_name() == "team-status":
            self._task.cancel()
        super().done(result)
