"""The eRecruiter sandbox answers as the vendor's client expects (VENDOR.md "Reads", "Conventions"):
PublishedJobs per channel, Job/{id} for any job, open applications only in ByJob, enums as integers,
dates with an offset, no history read and no Api/Jobs unless the tenant variation is on."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any

import httpx
import pytest

from connectors.erecruiter.sandbox_data import CHANNEL_IDS, CLOSED_GROUPS, JOB_STATUSES, WORKFLOW_GROUPS
from connectors.erecruiter.sandbox_records import workflow_group
from connectors.sandbox.runner import RunningSandbox
from tests.conftest import sandbox_records, start_sandbox


@pytest.fixture()
def sandbox() -> Iterator[RunningSandbox]:
    running = start_sandbox("erecruiter", size="small")
    yield running
    running.stop()


def api(sandbox: RunningSandbox) -> httpx.Client:
    account = sandbox.account
    sign_in = httpx.post(
        f"{sandbox.base_url}/Api/",
        json={"Key": account["api_key"], "MandatorId": int(account["mandator_id"]), "ClientInfo": "test"},
        timeout=10,
    )
    assert sign_in.status_code == 200
    token = sign_in.json()["Token"]
    return httpx.Client(base_url=sandbox.base_url, headers={"X-ApiToken": token}, timeout=10)


def test_published_jobs_per_channel_with_integer_enums_and_offsets(sandbox: RunningSandbox) -> None:
    with api(sandbox) as client:
        portal = client.get("/Api/PublishedJobs", params={"channel": "", "culture": "pl-PL"}).json()
        assert set(portal) == {"Jobs", "JobPublicationType", "Culture"}
        assert portal["Jobs"] and all(j["Status"] == JOB_STATUSES.index("Open") for j in portal["Jobs"])
        job = portal["Jobs"][0]
        assert isinstance(job["UserGender"], int) and all(
            isinstance(p["Type"], int) for p in job["PublishedOn"]
        )
        assert datetime.fromisoformat(job["CreationDate"]).utcoffset() is not None
        channel = next(iter(CHANNEL_IDS.values()))
        board = client.get("/Api/PublishedJobs", params={"channel": str(channel)}).json()
        assert all(any(p["Channel"] == channel for p in j["PublishedOn"]) for j in board["Jobs"])
        mandator = client.get("/Api/Mandator").json()
        assert {p["Channel"] for p in mandator["JobPublicationTypes"]} == {None, *CHANNEL_IDS.values()}


def test_any_job_by_id_and_no_all_jobs_list_by_default(sandbox: RunningSandbox) -> None:
    draft = next(j for j in sandbox_records(sandbox, "jobs") if j["Status"] == "Draft")
    with api(sandbox) as client:
        answer = client.get(f"/Api/Job/{draft['id']}")
        assert answer.status_code == 200 and answer.json()["Status"] == JOB_STATUSES.index("Draft")
        missing = client.get("/Api/Jobs")
        assert missing.status_code == 404 and "No HTTP resource was found" in missing.json()["Message"]
        history = client.get("/Api/Applicant/History/1")
        assert history.status_code in (404, 405)


def test_by_job_lists_open_applications_and_the_applicant_all_of_theirs(sandbox: RunningSandbox) -> None:
    applications = sandbox_records(sandbox, "applications")
    closed = next(a for a in applications if workflow_group(a["Status"]) in CLOSED_GROUPS)
    with api(sandbox) as client:
        listed = client.get(f"/Api/Applications/ByJob/{closed['JobId']}").json()
        assert closed["Id"] not in {a["Id"] for a in listed}
        assert all(set(a) == {"Id", "JobId", "ApplicantId"} for a in listed)
        own: list[dict[str, Any]] = client.get(f"/Api/Applications/{closed['ApplicantId']}").json()
        mine = next(a for a in own if a["Id"] == closed["Id"])
        assert WORKFLOW_GROUPS[mine["WorkflowStatusGroup"]] in CLOSED_GROUPS
        applicant = client.get(f"/Api/Applicant/{closed['ApplicantId']}").json()
        assert isinstance(applicant["Gender"], int)


def test_the_all_jobs_variation_lists_every_job() -> None:
    running = start_sandbox("erecruiter", size="tiny", api="all-jobs")
    try:
        with api(running) as client:
            jobs = client.get("/Api/Jobs").json()
        assert {str(j["Id"]) for j in jobs} == {j["id"] for j in sandbox_records(running, "jobs")}
    finally:
        running.stop()
