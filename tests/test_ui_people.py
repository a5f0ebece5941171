"""One person across accounts in the window (issue 18.2): a candidate joined by phone shows the other
account's record and applications in the detail pane with the reason ("same phone"), and the search
popup shows them as one row that is "also in" the other account; "Not the same person" splits a wrong
join off at once, with an undo."""

from __future__ import annotations

import asyncio
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QUrl

from connectors.sandbox.people import Person, phone_only_shared
from desktop.core import Core
from desktop.ui.app import Application
from tests.conftest import sandbox_records, start_sandbox
from tests.ui_fixtures import *  # noqa: F403  (session loop fixtures)
from tests.ui_fixtures import UiDriver

#: Set to a folder to keep a screenshot of the pane (looked at by hand).
SHOTS = os.environ.get("PEOPLE_SCREENSHOTS")


@pytest.fixture()
def phone_joined(app_home: Any) -> Iterator[tuple[Person, str]]:
    """CareerPlug and Carerix sandboxes of one seed, synced: a shared person Carerix knows by phone
    alone. Gives the person and their Carerix id."""
    cp, cx = start_sandbox("careerplug", size="tiny"), start_sandbox("carerix", candidates=20)
    try:
        plug, rix = json.dumps(sandbox_records(cp, "apps")), sandbox_records(cx, "CREmployee")
        core = Core.open()
        for vendor, name, sandbox in (("careerplug", "plug", cp), ("carerix", "oranje", cx)):
            account = core.accounts.add(vendor, name, sandbox.account)
            assert asyncio.run(core.sync.sync(account, core.accounts.credentials(account))).ok
        core.close()
    finally:
        cp.stop()
        cx.stop()
    person, remote = next(
        (p, str(e["id"]))
        for p in phone_only_shared(1)
        if p.email in plug
        for e in rix
        if (e["firstName"], e["lastName"]) == (p.first_name, p.last_name) and not e["emailAddress"]
    )
    yield person, remote


def test_the_pane_shows_a_phone_joined_persons_other_account_with_the_reason(
    ui: UiDriver, qapp: Any, phone_joined: tuple[Person, str]
) -> None:
    person, remote = phone_joined

    async def scenario() -> None:
        app = Application(qapp, sync_on_start=False)
        app.start()
        window = app.window
        window.resize(1280, 800)
        (cid,) = app.conn.execute("SELECT id FROM candidates WHERE remote_id = ?", (remote,)).fetchone()
        window.open_record("candidates", cid)
        await ui.until(lambda: window.detail.record_id == cid, what="the candidate to show")
        text = window.detail.overview.toPlainText()
        assert "Also in other accounts (1)" in text, text
        (other,) = [line for line in text.splitlines() if line.strip().startswith("plug")]
        assert "same phone" in other and "+1" in other, other  # the number, normalised
        assert "Their applications in other accounts" in text
        theirs = text.split("Their applications in other accounts", 1)[1].splitlines()[1]
        assert theirs.rstrip().endswith("plug (same phone)"), theirs
        if SHOTS:
            Path(SHOTS).mkdir(parents=True, exist_ok=True)
            window.detail.grab().save(str(Path(SHOTS) / "phone-joined-pane.png"))
            window.grab().save(str(Path(SHOTS) / "phone-joined-window.png"))

        # Searching their name: one row, also in the other account.
        window.open_search()
        window.search.input.setText(person.last_name)
        window.search.run_query()
        model = window.search.results
        hits = [model.index(r).data(model.HIT_ROLE) for r in range(model.rowCount())]
        mine = [h for h in hits if h.model == "candidates" and h.record_id == cid]
        assert len(mine) == 1 and len(mine[0].also) == 1, hits
        assert not [h for h in hits if h.model == "candidates" and h.account_id in mine[0].also]
        window.search.hide()

        # "Not the same person" splits the other record off, at once, with an undo in its place.
        html = window.detail.overview.toHtml()
        other_id = html.split('href="split:', 1)[1].split('"', 1)[0]
        window.detail.overview.anchorClicked.emit(QUrl(f"split:{other_id}"))
        text = window.detail.overview.toPlainText()
        assert "Also in other accounts" not in text, text
        assert "no longer counts as this person. Undo" in text, text
        assert other_id in json.loads((app_home_of(app) / "people-splits.json").read_text())
        if SHOTS:
            window.detail.grab().save(str(Path(SHOTS) / "split-pane.png"))
        # The record split off says so where it is opened, with the way back.
        window.open_record("candidates", other_id)
        await ui.until(lambda: window.detail.record_id == other_id, what="the split record to show")
        assert "You marked this record as a person of its own. Match it again" in (
            window.detail.overview.toPlainText()
        )
        # Undo from the first record: joined again.
        window.open_record("candidates", cid)
        await ui.until(lambda: window.detail.record_id == cid, what="the candidate to show again")
        window.detail.overview.anchorClicked.emit(QUrl(f"split:{other_id}"))
        window.detail.overview.anchorClicked.emit(QUrl(f"rejoin:{other_id}"))
        text = window.detail.overview.toPlainText()
        assert "Also in other accounts (1)" in text and "no longer counts" not in text, text
        assert json.loads((app_home_of(app) / "people-splits.json").read_text()) == []
        await app.shutdown()

    ui.run(scenario(), timeout=90)


def app_home_of(app: Application) -> Path:
    """The folder the cache (and the splits file beside it) lives in."""
    return Path(str(app.core.engine.url.database)).parent
