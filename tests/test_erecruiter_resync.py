"""eRecruiter re-syncs read little (issue 14): the list pages, the applicants whose open applications
appeared in or disappeared from a job's list, and a rolling slice of the rest within a budget of 5 % of
the list requests (at least one applicant); everyone on ``--full`` and once a day; where the slice
stands survives a restart (``connectors/erecruiter/resync.py``)."""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from connectors.erecruiter.resync import RECHECK_READS, RECHECK_SHARE, SyncMemo
from connectors.erecruiter.sandbox_data import CLOSED_GROUPS
from connectors.erecruiter.sandbox_records import workflow_group
from connectors.sandbox.runner import RunningSandbox
from tests.conftest import (
    add_account,
    run_cli_process,
    sandbox_control,
    sandbox_records,
    start_sandbox,
)
from tests.test_erecruiter_routes import requests_made, sync_json
from tests.test_smartrecruiters_writes import opened, rows

APPLICANT = "GET /Api/Applicant/{applicantId}"
APPLICATIONS = "GET /Api/Applications/{applicantId}"
#: What a re-sync reads besides applicants: sign-in, the jobs lists, each job's open applications and
#: questionnaire, unpublished jobs by id.
LIST_ROUTES = {
    "POST /Api",
    "GET /Api/Jobs",
    "GET /Api/Mandator",
    "GET /Api/PublishedJobs",
    "GET /Api/Job/{jobId}",
    "GET /Api/Questionnaire/ByJob/{jobId}",
    "GET /Api/Applications/ByJob/{jobId}",
}


@pytest.fixture()
def small() -> Iterator[RunningSandbox]:
    sandbox = start_sandbox("erecruiter", size="small")
    yield sandbox
    sandbox.stop()


@pytest.fixture()
def account(app_home: Path, small: RunningSandbox) -> str:
    name = add_account("erecruiter", "e", small)
    # Twice: the second sync learns the unpublished jobs the applications name (test_erecruiter_routes).
    assert sync_json(name)["ok"] and sync_json(name)["ok"]
    requests_made(small)
    return name


def applicants() -> list[str]:
    live = rows("SELECT remote_id FROM candidates WHERE remote_deleted_at IS NULL")
    return sorted((r[0] for r in live), key=int)


def memo() -> dict[str, Any]:
    return dict(json.loads(rows("SELECT memo FROM sync_state WHERE stream = 'applications'")[0][0]))


def list_requests(counts: dict[str, int]) -> int:
    return sum(n for route, n in counts.items() if route in LIST_ROUTES)


def slice_budget(counts: dict[str, int]) -> int:
    """How many applicants a quiet sync with these requests re-checks: 5 % of the applications stream's
    list requests (its jobs list, one page per channel as the jobs stream's, and each job's ByJob) at
    two reads each, at least one."""
    own = counts.get("GET /Api/PublishedJobs", 0) // 2 + counts.get("GET /Api/Applications/ByJob/{jobId}", 0)
    return max(1, math.floor(own * RECHECK_SHARE) // RECHECK_READS)


def next_slice(size: int = 1) -> list[str]:
    """The applicants the next quiet sync re-checks: the next ``size`` after where the last slice ended
    (the small sandbox's list requests buy one, ``test_a_quiet_resync_...``)."""
    keys = applicants()
    after = int(memo()["recheck_after"])
    start = next((i for i, k in enumerate(keys) if int(k) > after), len(keys))
    return (keys[start:] + keys[:start])[:size]


def rename(sandbox: RunningSandbox, *applicant_ids: str) -> None:
    """Edits a recruiter makes on the applicant: invisible in every list the vendor has."""
    with sandbox_control(sandbox) as control:
        for key in applicant_ids:
            assert control.patch(f"/records/applicants/{key}", json={"FirstName": "Zmieniona"}).is_success


def renamed() -> set[str]:
    return {r[0] for r in rows("SELECT remote_id FROM candidates WHERE first_name = 'Zmieniona'")}


def is_open(application: dict[str, Any]) -> bool:
    return workflow_group(application["Status"]) not in CLOSED_GROUPS


def test_the_slice_is_a_budget_of_the_list_requests_and_at_least_one_applicant() -> None:
    memo = SyncMemo()
    for made, size in ((0, 1), (10, 1), (59, 1), (60, 1), (80, 2), (120, 3), (1000, 25)):
        memo.list_requests = made
        assert memo.slice_size() == size
        assert size == 1 or size * RECHECK_READS <= made * RECHECK_SHARE


def test_a_quiet_resync_reads_the_lists_and_a_rolling_slice_only(account: str, small: RunningSandbox) -> None:
    everyone = applicants()
    picked = next_slice()
    report = sync_json(account)
    counts = requests_made(small)
    assert report["ok"] and all(s["created"] == s["changed"] == s["deleted"] == 0 for s in report["streams"])
    assert set(counts) <= LIST_ROUTES | {APPLICANT, APPLICATIONS}, counts
    assert slice_budget(counts) == len(picked) == 1  # the small sandbox's ~30 list requests buy one
    assert counts[APPLICANT] == counts[APPLICATIONS] == len(picked)
    # The target: the list pages plus at most 5 % (or the one applicant every sync re-checks).
    rechecks = counts[APPLICANT] + counts[APPLICATIONS]
    assert rechecks <= max(RECHECK_READS, list_requests(counts) * RECHECK_SHARE)
    # `sync --json` reports the requests per record (the sign-in is not counted there).
    assert report["requests_per_record"] is not None
    assert report["requests"] == sum(counts.values()) - counts.get("POST /Api", 0)
    # The slice is exactly the predicted applicants (their edits show), and the next one follows it.
    rename(small, *everyone)
    following = next_slice()
    assert not set(following) & set(picked)
    assert sync_json(account)["ok"]
    assert renamed() == set(following)
    assert applicants() == everyone  # the others re-emitted from the cache, none taken for gone


def test_a_new_application_on_a_known_job_rereads_only_its_applicant(
    account: str, small: RunningSandbox
) -> None:
    picked = set(next_slice())
    applications = sandbox_records(small, "applications")
    open_jobs = {a["JobId"] for a in applications if is_open(a)}
    applicant, bystander = [k for k in applicants() if k not in picked][:2]
    theirs = {a["JobId"] for a in applications if str(a["ApplicantId"]) == applicant}
    job = min(open_jobs - theirs)
    new_id = max(int(a["Id"]) for a in applications) + 1000
    with sandbox_control(small) as control:
        answer = control.post(
            "/records/applications",
            json={
                "id": str(new_id),
                "Id": new_id,
                "ApplicantId": int(applicant),
                "JobId": job,
                "Status": "Nowa aplikacja",
                "StatusForApplicant": "Otrzymaliśmy Twoją aplikację",
                "StatusForContact": "Nowa aplikacja",
                "IsVisibleToApplicant": True,
                "IsVisibleToContact": True,
                "AvailableActivities": [],
            },
        )
        assert answer.status_code == 201, answer.text
    rename(small, applicant, bystander)
    assert sync_json(account)["ok"]
    counts = requests_made(small)
    assert counts[APPLICANT] == counts[APPLICATIONS] == len(picked) + 1
    assert renamed() == {applicant}  # re-read; the bystander's edit waits for its turn in the slice
    assert rows(
        "SELECT c.remote_id, a.outcome FROM applications a JOIN candidates c ON c.id = a.candidate_id "
        "WHERE a.remote_id = ?",
        str(new_id),
    ) == [(applicant, "PENDING")]


def test_a_closed_application_leaves_its_job_list_and_its_applicant_is_reread(
    account: str, small: RunningSandbox
) -> None:
    picked = set(next_slice())
    application = next(
        a
        for a in sorted(sandbox_records(small, "applications"), key=lambda a: int(a["Id"]))
        if is_open(a) and str(a["ApplicantId"]) not in picked
    )
    applicant = str(application["ApplicantId"])
    with sandbox_control(small) as control:
        closed = control.patch(f"/records/applications/{application['id']}", json={"Status": "Odrzucony"})
        assert closed.is_success
    assert sync_json(account)["ok"]
    counts = requests_made(small)
    assert counts[APPLICANT] == counts[APPLICATIONS] == len(picked) + 1
    # Closed ones come through the applicant's Api/Applications: kept, with their status, not deleted.
    assert rows(
        "SELECT outcome, remote_deleted_at FROM applications WHERE remote_id = ?", str(application["Id"])
    ) == [("DECLINED", None)]
    assert rows("SELECT remote_deleted_at FROM candidates WHERE remote_id = ?", applicant) == [(None,)]


def test_full_rereads_everyone_and_so_does_the_first_sync_a_day_after_the_last_full_one(
    account: str, small: RunningSandbox
) -> None:
    everyone = applicants()
    assert sync_json(account, full=True)["ok"]
    assert requests_made(small)[APPLICANT] == len(everyone)
    full_at = memo()["full_at"]
    assert requests_made(small) == {} and sync_json(account)["ok"]
    assert requests_made(small)[APPLICANT] < len(everyone) and memo()["full_at"] == full_at
    # A day later (the app left closed, say) the next sync reads everyone again.
    stale = (datetime.now(UTC) - timedelta(hours=25)).isoformat()
    with opened() as core, core.engine.begin() as conn:
        conn.exec_driver_sql(
            "UPDATE sync_state SET memo = json_set(memo, '$.full_at', ?) WHERE stream = 'applications'",
            (stale,),
        )
    assert memo()["full_at"] == stale
    assert sync_json(account)["ok"]
    assert requests_made(small)[APPLICANT] == len(everyone)
    assert memo()["full_at"] > full_at


def test_where_the_slice_stands_survives_a_restart(account: str, small: RunningSandbox) -> None:
    picked = next_slice()
    rename(small, *applicants())
    # Another process, another engine: it reads the slice the cache says is next, not everyone.
    result = run_cli_process("sync", account, "--json")
    assert result.code == 0, result.err
    assert requests_made(small)[APPLICANT] == len(picked)
    assert renamed() == set(picked)
    assert memo()["recheck_after"] == picked[-1]
