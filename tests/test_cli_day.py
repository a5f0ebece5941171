"""``recruiter-companion search`` and ``status`` as a user runs them, offline from the cache (issue 18.6)."""

from __future__ import annotations

from connectors.sandbox.runner import RunningSandbox
from tests.conftest import run_cli, sandbox_records
from tests.test_smartrecruiters_writes import rows


def test_search_finds_a_synced_candidate_by_name_and_says_which_account(
    synced_sr: str, sr_sandbox: RunningSandbox
) -> None:
    someone = sandbox_records(sr_sandbox, "candidates")[0]
    name = f"{someone['firstName']} {someone['lastName']}"

    result = run_cli("search", someone["firstName"], someone["lastName"], "--json")

    assert result.code == 0, result.err
    hits = result.json()
    assert hits and all(h["account"] == "acme" for h in hits)
    assert any(h["model"] == "candidates" and h["title"] == name for h in hits)
    plain = run_cli("search", someone["firstName"], someone["lastName"])
    assert plain.code == 0 and name in plain.out and "acme" in plain.out


def test_search_for_nothing_or_in_an_unknown_account_is_refused(synced_sr: str) -> None:
    empty = run_cli("search", "--", "!!")
    assert empty.code == 2 and "type at least one word" in empty.err
    unknown = run_cli("search", "anna", "--account", "nope")
    assert unknown.code == 2 and "nope" in unknown.err
    nothing = run_cli("search", "zzqqxxnothing")
    assert nothing.code == 0 and "Nothing matches" in nothing.out


def test_status_prints_counts_last_sync_and_waiting_writes(synced_sr: str) -> None:
    result = run_cli("status", "acme", "--json")

    assert result.code == 0, result.err
    status = result.json()
    assert status["account"] == "acme" and status["vendor"] == "smartrecruiters"
    live = rows("SELECT count(*) FROM candidates WHERE remote_deleted_at IS NULL")[0][0]
    assert status["counts"]["candidates"] == live > 0
    assert status["last_sync"] and status["pending_writes"] == 0 and status["failed_writes"] == 0
    every = run_cli("status", "--json")
    assert [row["account"] for row in every.json()] == ["acme"]
    plain = run_cli("status")
    assert plain.code == 0 and "acme (smartrecruiters): last synced" in plain.out
    assert "0 writes waiting" in plain.out


def test_status_before_any_account_says_how_to_add_one(app_home: object) -> None:
    result = run_cli("status")
    assert result.code == 0 and "accounts add" in result.out
