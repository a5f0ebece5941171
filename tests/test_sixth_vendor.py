"""A sixth vendor is one package: Tiny ATS (``tests/fake_vendor/``), registered at run time, runs
through its sandbox, an account, a sync, the export, a write, the account dialog and the main window
with nothing in ``desktop/`` knowing its name. CONTRIBUTING.md's "Adding a vendor" follows these steps.
"""

from __future__ import annotations

import asyncio
import json
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

from connectors import registry
from connectors.sandbox import runner
from connectors.sandbox.runner import RunningSandbox
from connectors.unified.model import FOREIGN_KEYS, MODELS
from desktop.core import Core
from desktop.export import export_jsonl
from desktop.ui.account_dialog import AccountDialog
from desktop.ui.tasks import TaskSet
from tests.conftest import read_export, run_cli, start_sandbox
from tests.ui_fixtures import *  # noqa: F403  (session loop fixtures)
from tests.ui_fixtures import UiDriver

ROOT = Path(__file__).resolve().parent.parent
VENDOR, PACKAGE = "tinyats", "tests.fake_vendor"
TINY_MODELS = {"users", "jobs", "applications", "candidates"}


@pytest.fixture()
def tiny() -> Iterator[RunningSandbox]:
    """Tiny ATS registered (as a plugin would be) and its sandbox serving; both undone afterwards."""
    registry.register(VENDOR, PACKAGE)
    try:
        sandbox = start_sandbox(VENDOR, size="tiny")
        try:
            yield sandbox
        finally:
            sandbox.stop()
    finally:
        registry.unregister(VENDOR)


@pytest.fixture()
def core(app_home: Path) -> Iterator[Core]:
    opened = Core.open()
    yield opened
    opened.close()


def test_nothing_in_desktop_names_the_fake_vendor() -> None:
    found = subprocess.run(
        ["grep", "-rli", "-e", VENDOR, "-e", "fake_vendor", "-e", "Tiny ATS", str(ROOT / "desktop")],
        capture_output=True,
        text=True,
    )
    assert found.stdout == "", f"desktop/ knows the fake vendor: {found.stdout}"


def test_sandbox_account_sync_and_export(tiny: RunningSandbox, core: Core, tmp_path: Path) -> None:
    assert VENDOR in registry.vendors()
    account = core.accounts.add(VENDOR, "tiny", tiny.account)
    # The secret went to the keyring, not the cache.
    assert "api_key" not in account.settings
    assert core.accounts.credentials(account)["api_key"] == tiny.account["api_key"]

    report = asyncio.run(core.sync.sync(account, core.accounts.credentials(account)))
    assert report.ok, [r.error for r in report.streams]
    stats = tiny.app.stats.snapshot()
    # 30 applications at 50 a page: one page per stream, no extra empty read.
    assert stats["requests"] == {"GET /v1/applications": 1, "GET /v1/jobs": 1, "GET /v1/users": 1}

    counts = export_jsonl(core.engine, account.id, tmp_path / "out")
    data = read_export(tmp_path / "out")
    assert set(data) == set(MODELS)
    assert {m for m, n in counts.items() if n} == TINY_MODELS
    vendor_counts = tiny.app.store.counts()
    assert counts["users"] == vendor_counts["users"] and counts["jobs"] == vendor_counts["jobs"]
    assert counts["applications"] == counts["candidates"] == vendor_counts["applications"]
    all_ids = {model: {r["id"] for r in rows} for model, rows in data.items()}
    for (model, column), target in FOREIGN_KEYS.items():
        for row in data[model]:
            if row[column] is not None:
                assert row[column] in all_ids[target], f"{model}.{column} -> {target} dangles"
    assert all(a["candidate_id"] and a["job_id"] for a in data["applications"])
    assert tiny.account["api_key"] not in json.dumps(data), "a secret reached the export"

    # The one write, through the CLI's `act` and the outbox, as a user sends it.
    first = data["applications"][0]
    note = tmp_path / "note.json"
    note.write_text(json.dumps({"application_id": first["id"], "content": "Called back, strong fit."}))
    sent = run_cli("act", "add-note-to-application", "--account", "tiny", "--input", str(note))
    assert sent.code == 0, sent.err
    assert sent.json()["status"] == "sent"
    [stored] = tiny.app.store["notes"].values()
    assert (stored["application_id"], stored["body"]) == (first["remote_id"], "Called back, strong fit.")

    # A second sync changes nothing.
    again = asyncio.run(core.sync.sync(account, core.accounts.credentials(account)))
    assert again.ok
    assert export_jsonl(core.engine, account.id, tmp_path / "again") == counts


def test_a_page_number_past_the_end_is_empty_and_a_wrong_key_is_refused(tiny: RunningSandbox) -> None:
    import httpx

    with httpx.Client(base_url=tiny.base_url) as http:
        wrong = http.get("/v1/users", headers={"X-Api-Key": "nope"})
        assert wrong.status_code == 401 and wrong.json()["error"]["code"] == "unauthorized"
        key = {"X-Api-Key": tiny.account["api_key"]}
        page = http.get("/v1/applications", params={"page": 2, "per_page": 20}, headers=key).json()
        assert len(page["data"]) == 10 and page["data"][0]["id"] == "a21"
        past = http.get("/v1/applications", params={"page": 3, "per_page": 20}, headers=key)
        assert past.json()["data"] == []
        assert http.get("/v1/users", params={"per_page": 500}, headers=key).json()["per_page"] == 50
    # Benchmark sizes by candidate count come from its sandbox_data.CANDIDATE_COUNT, as for every vendor.
    grown = runner.create_app(VENDOR, candidates=120)
    assert grown.store.counts()["applications"] == 120


def test_the_account_dialog_offers_it_with_its_fields_and_saves_it(
    ui: UiDriver, qapp: Any, tiny: RunningSandbox, core: Core
) -> None:
    async def scenario() -> None:
        dialog = AccountDialog(core.accounts, TaskSet())
        dialog.show()
        index = dialog.vendor.findData(VENDOR)
        assert index >= 0 and dialog.vendor.itemText(index) == "Tiny ATS"
        dialog.vendor.setCurrentIndex(index)
        assert set(dialog.fields) == {"base_url", "api_key"}
        assert dialog.fields["api_key"].echoMode() == QLineEdit.EchoMode.Password
        assert "API key" in dialog.guide.toPlainText()
        dialog.fields["base_url"].setText(tiny.account["base_url"])
        dialog.fields["api_key"].setText(tiny.account["api_key"])
        results: list[tuple[bool, str]] = []
        dialog.tested.connect(lambda ok, text: results.append((ok, text)))
        dialog.test_button.click()
        await ui.until(lambda: results, what="the connection test")
        assert results[-1][0], results[-1][1]
        dialog.name.setText("Tiny")
        saved: list[Any] = []
        dialog.saved.connect(saved.append)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        await ui.until(lambda: saved, what="the account to be saved")
        assert saved[0].vendor == VENDOR

    # A lone dialog closing is the app's last window: keep the session's loop running past it.
    quits = qapp.quitOnLastWindowClosed()
    qapp.setQuitOnLastWindowClosed(False)
    try:
        ui.run(scenario())
    finally:
        qapp.setQuitOnLastWindowClosed(quits)
    assert core.accounts.get("Tiny").vendor == VENDOR


def test_the_window_lists_its_account_and_records(
    ui: UiDriver, qapp: Any, tiny: RunningSandbox, core: Core
) -> None:
    from desktop.ui.app import Application

    account = core.accounts.add(VENDOR, "tiny", tiny.account)
    assert asyncio.run(core.sync.sync(account, core.accounts.credentials(account))).ok

    async def scenario() -> None:
        app = Application(qapp, sync_on_start=False)
        app.start()
        window = app.window
        items = [window.sidebar.list.item(i).text() for i in range(window.sidebar.list.count())]
        assert any(text.startswith("tiny\nTiny ATS · synced") for text in items), items
        window.show_tab("candidates")
        assert window.lists["candidates"].table_model.total == tiny.app.store.counts()["applications"]
        window.show_tab("applications")
        assert window.lists["applications"].table_model.total == tiny.app.store.counts()["applications"]
        await app.shutdown()

    ui.run(scenario())
