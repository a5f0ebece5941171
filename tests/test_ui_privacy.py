"""Forgetting a person from the window: the detail pane's and the search result's "Forget this
person…", a confirmation opened with ``open()`` (never ``exec()``), and the result; the access
export from the File menu."""

from __future__ import annotations

import asyncio
import json
import os
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QMessageBox, QToolButton

from connectors.sandbox.runner import RunningSandbox
from desktop.core import Core
from desktop.privacy.person import mentions
from desktop.ui.app import Application
from tests.ui_fixtures import *  # noqa: F403  (session loop fixtures)
from tests.ui_fixtures import UiDriver

#: Set to a folder to keep screenshots of the confirmation and the result (looked at by hand).
SHOTS = os.environ.get("PRIVACY_SCREENSHOTS")


@pytest.fixture()
def synced_app_home(app_home: Any, sr_sandbox: RunningSandbox) -> Iterator[Any]:
    core = Core.open()
    account = core.accounts.add("smartrecruiters", "acme", sr_sandbox.account)
    report = asyncio.run(core.sync.sync(account, core.accounts.credentials(account)))
    assert report.ok
    core.close()
    yield app_home


def _shot(widget: Any, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SHOTS) / name))


def _person(app: Application) -> tuple[str, str, str]:
    for cid, first, last, emails in app.conn.execute(
        "SELECT c.id, c.first_name, c.last_name, c.email_addresses FROM candidates c WHERE EXISTS "
        "(SELECT 1 FROM applications a WHERE a.candidate_id = c.id) ORDER BY c.remote_id"
    ):
        found = json.loads(emails or "[]")
        if found and first and last:
            return cid, f"{first} {last}", found[0]["email_address"]
    raise AssertionError("no candidate with an application and an e-mail")


def test_forget_from_the_detail_pane_and_from_a_search_result(
    ui: UiDriver, qapp: Any, qtbot: Any, synced_app_home: Any
) -> None:
    async def scenario() -> None:
        app = Application(qapp, sync_on_start=False)
        app.start()
        window = app.window
        window.resize(1280, 800)
        cid, name, email = _person(app)
        window.open_record("candidates", cid)
        await ui.until(lambda: window.detail.record_id == cid, what="the candidate to show")

        def forget_button() -> QToolButton:
            # Looked up each time: the pane rebuilds its buttons when the record is shown again.
            return next(
                b
                for b in window.detail.action_bar.findChildren(QToolButton)
                if b.defaultAction() and b.defaultAction().objectName() == "forgetPerson"
            )

        assert window.detail.action_bar.isVisible()

        # Cancel first: nothing changes.
        forget_button().click()
        box = await ui.until(lambda: window.privacy.box, what="the confirmation")
        assert isinstance(box, QMessageBox) and box.objectName() == "confirmForget"
        assert name in box.text() and "cannot be undone" in box.text() and "application" in box.text()
        assert box.isVisible() and box.isModal()
        _shot(window, "forget-confirm-window.png")
        _shot(box, "forget-confirm.png")
        box.button(QMessageBox.StandardButton.Cancel).click()
        await ui.idle(0.2)
        assert app.conn.execute("SELECT count(*) FROM candidates WHERE id = ?", (cid,)).fetchone()[0] == 1

        # Then for real.
        window.privacy.box = None
        forget_button().click()
        box = await ui.until(lambda: window.privacy.box, what="the confirmation again")
        next(b for b in box.buttons() if b.objectName() == "forgetButton").click()
        done = await ui.until(
            lambda: window.privacy.box if window.privacy.box and window.privacy.box is not box else None,
            what="the result",
        )
        assert "Forgotten:" in done.text(), done.text()
        _shot(window, "forget-done-window.png")
        _shot(done, "forget-done.png")
        done.accept()
        assert window.detail.record_id is None, "the pane no longer shows them"
        assert app.conn.execute("SELECT count(*) FROM candidates WHERE id = ?", (cid,)).fetchone()[0] == 0
        with app.core.engine.connect() as conn:
            assert mentions(conn, [email, name]) == {}

        # From the search box: a result's context menu.
        other = app.conn.execute(
            "SELECT id, last_name FROM candidates WHERE last_name IS NOT NULL AND length(last_name) > 3 "
            "ORDER BY remote_id LIMIT 1"
        ).fetchone()
        window.open_search()
        qtbot.keyClicks(window.search.input, other[1])
        window.search.run_query()
        model = window.search.results
        row = next(
            r for r in range(model.rowCount()) if model.index(r).data(model.HIT_ROLE).record_id == other[0]
        )
        rect = window.search.list.visualRect(model.index(row))
        window.privacy.box = None
        window.search._context_menu(rect.center() + QPoint(0, 0))
        menu = await ui.until(lambda: window.search._menu, what="the result's menu")
        _shot(menu, "search-context-menu.png")
        forget = next(a for a in menu.actions() if a.objectName() == "forgetPerson")
        forget.trigger()
        menu.hide()
        box = await ui.until(lambda: window.privacy.box, what="the confirmation from search")
        assert box.objectName() == "confirmForget"
        next(b for b in box.buttons() if b.objectName() == "forgetButton").click()
        await ui.until(
            lambda: (
                app.conn.execute("SELECT count(*) FROM candidates WHERE id = ?", (other[0],)).fetchone()[0]
                == 0
            ),
            what="the second forget",
        )
        result = await ui.until(
            lambda: window.privacy.box is not box and window.privacy.box, what="the result"
        )
        result.accept()
        await app.shutdown()

    ui.run(scenario(), timeout=90)


def test_access_export_from_the_menu(ui: UiDriver, qapp: Any, synced_app_home: Any, tmp_path: Path) -> None:
    async def scenario() -> None:
        app = Application(qapp, sync_on_start=False)
        app.start()
        window = app.window
        menu = window.menus.file_menu.findChild(type(window.menus.file_menu), "privacyMenu")
        assert menu is not None and {a.objectName() for a in menu.actions()} >= {"privacyExport"}
        _cid, _name, email = _person(app)
        out = tmp_path / "p.zip"
        await window.privacy.export(email, out)
        with zipfile.ZipFile(out) as zf:
            assert "summary.html" in zf.namelist()
        window.privacy.box = None
        await window.privacy.export("nobody@nowhere.example", tmp_path / "q.zip")
        box = await ui.until(lambda: window.privacy.box, what="the unknown-person message")
        assert "No cached candidate" in box.text()
        box.accept()

        # File > Privacy > Forget a person by e-mail: the same confirmation, every account's records.
        window.privacy.box = None
        await window.privacy._confirm_forget_email(email.upper())
        box = await ui.until(lambda: window.privacy.box, what="the confirmation by e-mail")
        assert box.objectName() == "confirmForget" and "1 candidate record" in box.text()
        next(b for b in box.buttons() if b.objectName() == "forgetButton").click()
        done = await ui.until(lambda: window.privacy.box is not box and window.privacy.box, what="the result")
        assert "Forgotten:" in done.text()
        done.accept()
        with app.core.engine.connect() as conn:
            assert mentions(conn, [email]) == {}
        await app.shutdown()

    ui.run(scenario(), timeout=60)


def test_a_sync_bringing_a_forgotten_person_back_says_so(
    ui: UiDriver, qapp: Any, synced_app_home: Any
) -> None:
    from tests.conftest import run_cli

    async def scenario() -> None:
        app = Application(qapp, sync_on_start=False)
        app.start()
        window = app.window
        cid, _name, email = _person(app)
        assert run_cli("privacy", "forget", "--email", email, "--yes").code == 0
        account = next(iter(window.account_infos().values()))
        window.privacy.box = None
        app.ctx.sync.start(account, full=True)
        box = await ui.until(lambda: window.privacy.box, timeout=60, what="the came-back message")
        assert "came back with this sync" in box.text() and "SmartRecruiters still has them" in box.text()
        assert cid in box.text()
        _shot(box, "forget-came-back.png")
        box.accept()
        await app.shutdown()

    ui.run(scenario(), timeout=90)


def test_due_for_review_is_a_built_in_list(ui: UiDriver, qapp: Any, synced_app_home: Any) -> None:
    from tests.conftest import run_cli

    # The sandbox's candidates were last active weeks before "now": 20 days flags some, 0 all.
    assert run_cli("privacy", "retention", "acme", "--review-after-days", "20").code == 0
    due = run_cli("privacy", "review", "--json").json()
    assert due, "some sandbox candidates are older than 20 days"

    async def scenario() -> None:
        app = Application(qapp, sync_on_start=False)
        app.start()
        window = app.window
        saved = window.sidebar.saved
        item = next(saved.item(i) for i in range(saved.count()) if saved.item(i).text() == "Due for review")
        window.sidebar._saved_chosen(item)
        view = window.lists["candidates"]
        await ui.until(lambda: window.tabs.currentWidget() is view and view.saved_name, what="the list")
        assert view.table_model.total == len(due)
        ids = {view.table_model.record_id(r) for r in range(view.table_model.rowCount())}
        assert ids == {d["candidate_id"] for d in due}
        await app.shutdown()

    ui.run(scenario(), timeout=60)


def test_forget_and_delete_at_the_vendor_from_the_detail_pane(
    ui: UiDriver, qapp: Any, app_home: Any
) -> None:
    """A person in an eRecruiter and a SmartRecruiters account (sandboxes of one seed share people):
    the confirmation offers "Forget and delete at eRecruiter"; eRecruiter anonymises them, the result
    names SmartRecruiters as offering no deletion, and they are forgotten here (issue 15.2)."""
    from connectors.sandbox.people import shared_people
    from tests.conftest import lifted_limits, sandbox_records, start_sandbox

    er, sr = start_sandbox("erecruiter", size="tiny"), start_sandbox("smartrecruiters", size="tiny")
    try:
        core = Core.open()
        plan = (("erecruiter", "bursztyn", er, 2), ("smartrecruiters", "acme", sr, 1))
        for vendor, name, sb, times in plan:
            account = core.accounts.add(vendor, name, sb.account)
            for _ in range(times):  # eRecruiter reads some jobs from its second sync on
                # The declared limits are for real tenants; the loopback sandbox takes more.
                credentials = core.accounts.credentials(account)
                assert asyncio.run(core.sync.sync(account, credentials, limits=lifted_limits())).ok
        core.close()
        held = [str(sandbox_records(er, "applicants")), str(sandbox_records(sr, "candidates"))]
        email = next(p.email for p in shared_people(1) if all(p.email in h for h in held))

        async def scenario() -> None:
            app = Application(qapp, sync_on_start=False)
            app.start()
            window = app.window
            window.resize(1280, 800)
            # File › Privacy › Forget a person by e-mail: every account's records with it.
            window.ctx.tasks.spawn(window.privacy._confirm_forget_email(email), name="test:forget")
            box = await ui.until(lambda: window.privacy.box, what="the confirmation")
            button = next(b for b in box.buttons() if b.objectName() == "forgetAtVendorButton")
            assert button.text() == "Forget and delete at eRecruiter"
            _shot(box, "forget-at-vendor-confirm.png")
            button.click()
            done = await ui.until(
                lambda: window.privacy.box if window.privacy.box and window.privacy.box is not box else None,
                what="the result",
                timeout=30,
            )
            assert "eRecruiter anonymised the applicant" in done.text(), done.text()
            assert "SmartRecruiters offers no deletion" in done.text(), done.text()
            assert "kept in the outbox" not in done.text(), done.text()
            _shot(done, "forget-at-vendor-done.png")
            done.accept()
            gone = app.conn.execute(
                "SELECT count(*) FROM candidates WHERE email_addresses LIKE ?", (f"%{email}%",)
            ).fetchone()[0]
            assert gone == 0
            await app.shutdown()

        ui.run(scenario(), timeout=90)
        assert not [a for a in sandbox_records(er, "applicants") if a.get("Email") == email]
    finally:
        er.stop()
        sr.stop()
