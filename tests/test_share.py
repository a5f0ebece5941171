"""A good citizen's share: an account's background sync uses at most N % of the vendor's limit (default
50 %), set with ``accounts edit --share N`` or in the account dialog and kept with the account; the
writes a user makes may use the whole limit."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtWidgets import QDialogButtonBox

from connectors.sandbox.runner import RunningSandbox
from desktop.accounts import DEFAULT_SHARE
from desktop.ui.account_dialog import AccountDialog
from desktop.ui.tasks import TaskSet
from tests.conftest import add_account, run_cli, sandbox_control, start_sandbox
from tests.ui_fixtures import *  # noqa: F403  (session loop fixtures)
from tests.ui_fixtures import UiDriver


def _options(name: str) -> dict[str, Any]:
    result = run_cli("accounts", "list", "--json")
    assert result.code == 0, result.err
    return dict(next(a for a in result.json() if a["name"] == name)["options"])


def test_accounts_edit_share_round_trips(sr_account: str) -> None:
    assert "share" not in _options(sr_account)  # the default applies until the user picks one
    result = run_cli("accounts", "edit", sr_account, "--share", "25")
    assert result.code == 0, result.err
    assert "at most 25 %" in result.err
    assert _options(sr_account)["share"] == 25
    assert run_cli("accounts", "edit", sr_account, "--share", "100%").code == 0
    assert _options(sr_account)["share"] == 100
    for bad in ("0", "101", "half", "12.5"):
        refused = run_cli("accounts", "edit", sr_account, "--share", bad)
        assert refused.code == 2 and "1 to 100" in refused.err, (bad, refused.err)
    assert _options(sr_account)["share"] == 100  # a refused edit changes nothing


def test_a_background_sync_stays_under_its_share_of_the_limit(app_home: Any) -> None:
    # A vendor allowing 100 requests/s (it announces the limit in X-RateLimit-Limit); the account's share
    # is 30 %, so the sync must average at most 30 requests/s.
    sandbox = start_sandbox("smartrecruiters", rate_limit=100, limit_mode="sliding")
    try:
        add_account("smartrecruiters", "acme", sandbox)
        # Per-candidate status histories (no report file): enough requests to meet the limit.
        with sandbox_control(sandbox) as control:
            control.patch("/settings", json={"reporting_api": False}).raise_for_status()
        assert run_cli("accounts", "edit", "acme", "--share", "30").code == 0
        with sandbox_control(sandbox) as control:
            control.delete("/requests")
        started = time.monotonic()
        result = run_cli("sync", "acme")
        seconds = time.monotonic() - started
        assert result.code == 0, result.err
        with sandbox_control(sandbox) as control:
            stats = control.get("/requests").json()
    finally:
        sandbox.stop()
    assert stats["total"] > 50 and stats["status_429"] == 0
    assert stats["total"] / seconds <= 30


def test_the_default_share_is_half() -> None:
    from desktop.accounts import AccountInfo

    info = AccountInfo("id", "acme", "smartrecruiters", {}, {})
    assert DEFAULT_SHARE == 50 and info.share == 0.5
    assert AccountInfo("id", "acme", "smartrecruiters", {}, {"share": 80}).share == 0.8


def test_the_account_dialog_shows_and_saves_the_share(
    ui: UiDriver, qapp: Any, sr_sandbox: RunningSandbox, tmp_path: Any
) -> None:
    from desktop.core import Core

    core = Core.open(tmp_path / "cache.sqlite3")
    try:
        account = core.accounts.add("smartrecruiters", "acme", sr_sandbox.account, {"share": 30})

        async def scenario() -> None:
            dialog = AccountDialog(core.accounts, TaskSet(), account)
            dialog.show()
            assert dialog.share.value() == 30 and dialog.share.suffix() == " %"
            assert dialog.share.minimum() == 1 and dialog.share.maximum() == 100
            dialog.share.setValue(40)
            saved: list[Any] = []
            dialog.saved.connect(saved.append)
            dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
            await ui.until(lambda: saved, what="the account to be saved")
            assert saved[0].share_percent == 40
            new = AccountDialog(core.accounts, TaskSet())
            assert new.share.value() == DEFAULT_SHARE  # a new account starts at the default
            new.close()

        # A lone dialog closing is the app's last window: keep the session's loop running past it.
        quits = qapp.quitOnLastWindowClosed()
        qapp.setQuitOnLastWindowClosed(False)
        try:
            ui.run(scenario())
        finally:
            qapp.setQuitOnLastWindowClosed(quits)
        assert core.accounts.get("acme").options["share"] == 40
    finally:
        core.close()
