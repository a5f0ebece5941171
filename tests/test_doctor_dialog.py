"""The account dialog's "Test connection" runs the connection doctor and lists what the account can do."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from desktop.ui.app import Application
from tests.conftest import start_sandbox
from tests.ui_fixtures import *  # noqa: F403  (session loop fixtures)
from tests.ui_fixtures import UiDriver


def _rows(dialog: Any) -> dict[str, str]:
    tree = dialog.capabilities
    return {
        tree.topLevelItem(i).text(0): tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole)
        for i in range(tree.topLevelItemCount())
    }


def test_test_connection_lists_each_capability_and_names_the_missing_one(
    ui: UiDriver, qapp: Any, qtbot: Any
) -> None:
    sandbox = start_sandbox("smartrecruiters", without=("candidates",))

    async def scenario() -> None:
        app = Application(qapp, sync_on_start=False)
        app.start()
        try:
            app.window.add_account()
            dialogs = app.window.account_flow.dialogs
            dialog = await ui.until(lambda: dialogs and dialogs[-1], what="dialog")
            dialog.vendor.setCurrentIndex(dialog.vendor.findData("smartrecruiters"))
            assert dialog.capabilities.isHidden()
            dialog.fields["base_url"].setText(sandbox.account["base_url"])
            dialog.fields["api_key"].setText(sandbox.account["api_key"])
            results: list[tuple[bool, str]] = []
            dialog.tested.connect(lambda ok, text: results.append((ok, text)))
            qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
            await ui.until(lambda: results, timeout=30, what="the connection test")
            ok, text = results[-1]
            assert not ok and "works" in text and "Not working: candidates, the write actions" in text, text
            assert not dialog.capabilities.isHidden()
            rows = _rows(dialog)
            assert rows["jobs"] == rows["users"] == rows["create-candidate"] == "ok"
            assert rows["candidates"] == "not_found" and rows["add-tag-to-candidate"] == "not_found"
            assert rows["add-result-link-to-candidate"] == "unsupported"
            found = dialog.capabilities.findItems("candidates", Qt.MatchFlag.MatchExactly, 0)[0]
            assert found.text(2) == "not found" and "/candidates" in found.text(3)
            dialog.reject()
        finally:
            await app.shutdown()

    try:
        ui.run(scenario())
    finally:
        sandbox.stop()
