"""Carerix files on an application (``CRMatch.attachments``) sync beside the candidate's own (issue 18).

Both land in the unified ``attachments``: a match's with its ``application_id`` (and its candidate's
id), a candidate's without. The match stream and the candidate stream each sweep only their own rows,
so a candidate re-read keeps the application's files, a match re-read keeps the candidate's, and full
reads keep each other's even when the two streams' run counts differ.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from connectors.sandbox.runner import RunningSandbox
from tests.conftest import add_account, run_cli, sandbox_control, start_sandbox, sync_lifted

BRIEF = b"%PDF-1.4\n% a cover letter for this vacancy\n"


def sync_ok(name: str, *, full: bool = False) -> str:
    """Sync as ``recruiter-companion sync`` does; the declared limits are for real tenants, the
    loopback sandbox takes more (``lifted_limits``, as its sync tests do)."""
    report = sync_lifted(name, full=full)
    assert report.ok, report
    return name


@pytest.fixture()
def cx_sandbox() -> Iterator[RunningSandbox]:
    sandbox = start_sandbox("carerix", size="tiny")
    yield sandbox
    sandbox.stop()


def _rows(sql: str, *args: Any) -> list[tuple[Any, ...]]:
    from desktop import paths
    from desktop.cache.db import open_reader

    conn = open_reader(paths.cache_path())
    try:
        return [tuple(r) for r in conn.execute(sql, args).fetchall()]
    finally:
        conn.close()


def _live_files() -> dict[str, tuple[Any, ...]]:
    """Live attachments by name: (application id, candidate id, file status)."""
    found = _rows(
        "SELECT a.name, a.application_id, a.candidate_id, f.status FROM attachments a "
        "LEFT JOIN attachment_files f ON f.id = a.id WHERE a.remote_deleted_at IS NULL"
    )
    return {r[0]: r[1:] for r in found}


def _file_on_a_match(tmp_path: Path) -> tuple[str, str, str, str]:
    """``brief.pdf`` added to a pending application whose candidate has a file of its own, through the
    app's own write. (application id, match id, candidate id, candidate's remote id)"""
    application, match_id, candidate, employee = _rows(
        "SELECT ap.id, ap.remote_id, ap.candidate_id, c.remote_id FROM applications ap "
        "JOIN candidates c ON c.id = ap.candidate_id WHERE ap.outcome = 'PENDING' AND EXISTS "
        "(SELECT 1 FROM attachments a WHERE a.candidate_id = ap.candidate_id AND a.application_id IS NULL) "
        "ORDER BY ap.remote_id LIMIT 1"
    )[0]
    data = {
        "application_id": application,
        "attachment": {"name": "brief.pdf", "type": "COVER_LETTER", "data": base64.b64encode(BRIEF).decode()},
    }
    path = tmp_path / "attach.json"
    path.write_text(json.dumps(data))
    result = run_cli("act", "add-attachment-to-application", "--account", "cx", "--input", str(path))
    answer = json.loads(result.out)
    assert answer["status"] == "sent" and answer["remote_ids"]["attached_to"] == "application", answer
    return application, match_id, candidate, employee


def _candidate_files(candidate: str) -> set[str]:
    return {
        r[0]
        for r in _rows(
            "SELECT name FROM attachments WHERE candidate_id = ? AND application_id IS NULL "
            "AND remote_deleted_at IS NULL",
            candidate,
        )
    }


def test_a_file_on_an_application_is_synced_downloaded_and_removed_apart_from_the_candidates(
    app_home: Path, cx_sandbox: RunningSandbox, tmp_path: Path
) -> None:
    sync_ok(add_account("carerix", "cx", cx_sandbox, share=100))
    application, match_id, candidate, employee = _file_on_a_match(tmp_path)
    own = _candidate_files(candidate)
    assert own and "brief.pdf" not in own
    # The write's answer already shows it, as the application's (and its candidate's) file.
    assert _live_files()["brief.pdf"][:2] == (application, candidate)

    sync_ok("cx")
    assert _live_files()["brief.pdf"] == (application, candidate, "ok")  # listed by the match, downloaded
    [(size,)] = _rows(
        "SELECT f.size FROM attachment_files f JOIN attachments a ON a.id = f.id WHERE a.name = 'brief.pdf'"
    )
    assert size == len(BRIEF)

    # The candidate changes at Carerix and is read again: its sweep leaves the application's file alone.
    with sandbox_control(cx_sandbox) as control:
        changed = control.patch(f"/records/CREmployee/{employee}", json={"sourceInfo": "Beurs"})
        assert changed.status_code == 200
    sync_ok("cx")
    assert "brief.pdf" in _live_files() and _candidate_files(candidate) == own

    # Carerix no longer lists it on the match: gone here with its bytes; the candidate's files stay.
    with sandbox_control(cx_sandbox) as control:
        assert control.patch(f"/records/CRMatch/{match_id}", json={"attachments": []}).status_code == 200
    sync_ok("cx")
    assert "brief.pdf" not in _live_files()
    assert _rows(
        "SELECT count(*) FROM attachment_files f JOIN attachments a ON a.id = f.id WHERE a.name = 'brief.pdf'"
    ) == [(0,)]
    assert _candidate_files(candidate) == own
    assert {_live_files()[name][2] for name in own} == {"ok"}


@pytest.mark.parametrize("lagging", ["candidates", "applications"])
def test_full_reads_keep_each_others_files_when_the_streams_run_counts_differ(
    lagging: str, app_home: Path, cx_sandbox: RunningSandbox, tmp_path: Path
) -> None:
    sync_ok(add_account("carerix", "cx", cx_sandbox, share=100))
    _file_on_a_match(tmp_path)
    # One sync in which one stream fails: it resumes its cut-off run next time, so from then on it
    # counts one run fewer than the other (a full read sweeps what its own run did not see).
    cx_sandbox.app.set_without({lagging})
    sync_lifted("cx")
    cx_sandbox.app.set_without(set())
    sync_ok("cx")
    before = _live_files()
    assert "brief.pdf" in before and any(a is None for a, _c, _s in before.values())

    sync_ok("cx", full=True)
    runs = dict(_rows("SELECT stream, run_id FROM sync_state WHERE stream IN ('candidates', 'matches')"))
    assert runs["candidates"] != runs["matches"], runs  # the case an unscoped sweep gets wrong
    assert _live_files() == before
