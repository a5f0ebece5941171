"""Erasure at the vendor (issue 15.2): ``privacy forget --at-vendor`` deletes the person at each vendor
that offers it (eRecruiter anonymises, VENDOR.md) through the outbox before forgetting them here; a
vendor without a deletion is named; a deletion not sent forgets nothing locally."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from connectors.sandbox.people import shared_people
from connectors.sandbox.runner import RunningSandbox
from tests.conftest import (
    add_account,
    run_cli,
    sandbox_control,
    sandbox_records,
    start_sandbox,
    sync_account,
    sync_lifted,
)
from tests.test_smartrecruiters_writes import rows


@pytest.fixture()
def two_vendors(app_home: Path) -> Iterator[tuple[RunningSandbox, RunningSandbox, str]]:
    """eRecruiter and SmartRecruiters tiny sandboxes of one seed, synced: a person applied through both."""
    er, sr = start_sandbox("erecruiter", size="tiny"), start_sandbox("smartrecruiters", size="tiny")
    try:
        add_account("erecruiter", "bursztyn", er, share=100)
        add_account("smartrecruiters", "acme", sr, share=100)
        # eRecruiter reads some jobs from its second sync on; its declared 20 requests/s is for a real
        # installation, the loopback sandbox takes more.
        assert sync_lifted("bursztyn").ok and sync_lifted("bursztyn").ok
        sync_account("acme")
        held = [str(sandbox_records(er, "applicants")), str(sandbox_records(sr, "candidates"))]
        email = next(p.email for p in shared_people(1) if all(p.email in h for h in held))
        yield er, sr, email
    finally:
        er.stop()
        sr.stop()


def _applicants_with(er: RunningSandbox, email: str) -> list[str]:
    return [a["id"] for a in sandbox_records(er, "applicants") if a.get("Email") == email]


def test_forget_at_vendor_anonymises_at_erecruiter_and_names_the_vendor_without_deletion(
    two_vendors: tuple[RunningSandbox, RunningSandbox, str],
) -> None:
    er, _sr, email = two_vendors
    assert _applicants_with(er, email)
    done = run_cli("privacy", "forget", "--email", email, "--at-vendor", "--yes")
    assert done.code == 0, done.err
    assert "bursztyn: eRecruiter anonymised the applicant" in done.err
    assert "acme: SmartRecruiters offers no deletion through its API" in done.err
    assert _applicants_with(er, email) == []
    assert rows("SELECT count(*) FROM candidates WHERE email_addresses LIKE ?", f"%{email}%")[0][0] == 0
    assert "kept" not in done.err and rows("SELECT count(*) FROM outbox")[0][0] == 0, "the deletion went too"
    # eRecruiter no longer has them: its next full sync brings nobody back; SmartRecruiters still does.
    again = sync_lifted("bursztyn", full=True)
    assert again.ok and again.returned == []
    back = run_cli("sync", "acme", "--full", "--json")
    assert len(back.json()["returned"]) == 1 and "SmartRecruiters still has them" in back.err


def test_a_deletion_not_sent_forgets_nothing_here_and_waits_in_the_outbox(
    two_vendors: tuple[RunningSandbox, RunningSandbox, str],
) -> None:
    er, _sr, email = two_vendors
    before = rows("SELECT count(*) FROM candidates")[0][0]
    with sandbox_control(er) as control:
        control.put("/faults", json={"error_rate": 1.0}).raise_for_status()
    refused = run_cli("privacy", "forget", "--email", email, "--at-vendor", "--yes")
    with sandbox_control(er) as control:
        control.delete("/faults")
    assert refused.code != 0
    assert "Not deleted at the vendor: bursztyn" in refused.err and "Nothing was forgotten" in refused.err
    assert rows("SELECT count(*) FROM candidates")[0][0] == before
    assert _applicants_with(er, email)
    waiting = rows("SELECT action, status FROM outbox")
    assert [w[0] for w in waiting] == ["delete-candidate"] and waiting[0][1] != "sent"
