"""The desktop app's account flows, through the real widgets: connect an account in the dialog (guide,
declared fields, test connection, keyring), watch it sync with progress, cancel a sync, edit, remove."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QPushButton

from connectors.sandbox.runner import RunningSandbox
from desktop.ui.app import Application
from tests.conftest import start_sandbox
from tests.ui_fixtures import *  # noqa: F403  (session loop fixtures)
from tests.ui_fixtures import UiDriver, app_with_account


def test_add_account_through_the_dialog_test_connection_and_first_sync(
    ui: UiDriver, qapp: Any, qtbot: Any, sr_sandbox: RunningSandbox
) -> None:
    async def scenario() -> None:
        app = Application(qapp, sync_on_start=False)
        window = app.window
        app.start()
        assert window.windowTitle() == "Recruiter Companion"
        # No accounts yet: the welcome page invites to connect one.
        assert window.stack.currentIndex() == 0
        qtbot.mouseClick(window.findChild(QPushButton, "welcomeAddAccount"), Qt.MouseButton.LeftButton)
        dialogs = window.account_flow.dialogs
        dialog = await ui.until(lambda: dialogs and dialogs[-1], what="the account dialog")
        assert dialog.isVisible() and dialog.isModal()
        # The guide and the declared fields of the picked vendor are shown.
        dialog.vendor.setCurrentIndex(dialog.vendor.findData("smartrecruiters"))
        assert "Credential Manager" in dialog.guide.toPlainText()
        assert set(dialog.fields) == {"base_url", "api_key", "client_id", "client_secret"}
        assert dialog.fields["api_key"].echoMode() == dialog.fields["api_key"].EchoMode.Password

        # A wrong key: the test says so, nothing is saved.
        dialog.fields["base_url"].setText(sr_sandbox.account["base_url"])
        qtbot.keyClicks(dialog.fields["api_key"], "wrong-key")
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
        await ui.until(lambda: not dialog.busy and dialog.message.text() != "", what="test result")
        assert "credentials" in dialog.message.text().lower() or "401" in dialog.message.text()

        dialog.fields["api_key"].setText(sr_sandbox.account["api_key"])
        results: list[tuple[bool, str]] = []
        dialog.tested.connect(lambda ok, text: results.append((ok, text)))
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
        await ui.until(lambda: results, what="a working connection test")
        assert results[-1][0], results[-1][1]
        assert "works" in dialog.message.text()

        qtbot.keyClicks(dialog.name, "Acme DACH")
        saved: list[Any] = []
        dialog.saved.connect(saved.append)
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
        )
        await ui.until(lambda: saved, what="the account to be saved")
        await ui.until(lambda: not window.account_flow.dialogs, what="the dialog to close")

        # Saved with its secret in the keyring (not the cache), and syncing at once with progress shown.
        account = app.core.accounts.get("Acme DACH")
        assert "api_key" not in account.settings
        assert app.core.secrets.get(account.id)["api_key"] == sr_sandbox.account["api_key"]
        assert window.stack.currentIndex() == 1
        await ui.until(
            lambda: account.id in window.sync_widgets or account.id in app.sync.last_result,
            what="sync progress in the status bar",
        )
        await ui.until(lambda: account.id in app.sync.last_result, timeout=30, what="the first sync")
        ok, message = app.sync.last_result[account.id]
        assert ok, message
        assert account.id not in window.sync_widgets  # the progress row goes away
        window.show_tab("jobs")
        assert window.lists["jobs"].table_model.rowCount() > 0
        assert "synced" in window.sidebar.list.item(1).text()
        await app.shutdown()

    ui.run(scenario())


def test_cancel_a_running_sync_from_the_status_bar(ui: UiDriver, qapp: Any, qtbot: Any) -> None:
    slow = start_sandbox("smartrecruiters", size="small", rate_limit=15)
    try:

        async def scenario() -> None:
            app, account = app_with_account(qapp, "smartrecruiters", "slow", slow.account)
            assert app.sync.start(account)
            widget = await ui.until(lambda: app.window.sync_widgets.get(account.id), what="progress row")
            assert widget.cancel.accessibleName()
            await ui.until(lambda: app.sync.runs[account.id].records > 0, what="some records")
            qtbot.mouseClick(widget.cancel, Qt.MouseButton.LeftButton)
            await ui.until(lambda: account.id in app.sync.last_result, what="the sync to stop")
            ok, message = app.sync.last_result[account.id]
            assert not ok and "cancelled" in message
            assert not app.sync.runs
            await app.shutdown()

        ui.run(scenario())
    finally:
        slow.stop()


def test_edit_and_remove_an_account(ui: UiDriver, qapp: Any, qtbot: Any, sr_sandbox: RunningSandbox) -> None:
    async def scenario() -> None:
        app, account = app_with_account(qapp, "smartrecruiters", "acme", sr_sandbox.account)
        app.sync.start(account)
        await ui.until(lambda: account.id in app.sync.last_result, timeout=30, what="sync")

        # Edit: the address changes, a blank secret keeps the stored one.
        app.window.edit_account(account.id)
        dialog = app.window.account_flow.dialogs[-1]
        assert not dialog.vendor.isEnabled() and dialog.name.isReadOnly()
        assert dialog.fields["api_key"].text() == ""
        dialog.fields["base_url"].setText(sr_sandbox.account["base_url"] + "/")
        dialog.only_created.setChecked(True)
        saved: list[Any] = []
        dialog.saved.connect(saved.append)
        dialog.save()
        await ui.until(lambda: saved, what="edit saved")
        edited = app.core.accounts.get("acme")
        assert edited.options["sync_only_created_applications"] is True
        assert app.core.secrets.get(account.id)["api_key"] == sr_sandbox.account["api_key"]

        # Remove: confirm in a (non-blocking) message box; the cache and the keyring forget it.
        app.window.sidebar.select_account(account.id)
        actions = {a.text(): a for a in app.window.sidebar.account_actions(account.id)}
        actions[[t for t in actions if t.startswith("Remove")][0]].trigger()
        box = await ui.until(lambda: app.window.findChild(QMessageBox, "confirmRemove"), what="confirmation")
        box.button(QMessageBox.StandardButton.Yes).click()
        # The removal task ends by showing the welcome page again: then cache and keyring are clean.
        await ui.until(lambda: app.window.stack.currentIndex() == 0, what="welcome page again")
        assert not app.core.accounts.list()
        assert app.conn.execute("SELECT count(*) FROM candidates").fetchone()[0] == 0
        assert app.conn.execute("SELECT count(*) FROM search_index").fetchone()[0] == 0
        assert app.core.secrets.get(account.id) == {}
        await app.shutdown()

    ui.run(scenario())
