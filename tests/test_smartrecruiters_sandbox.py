"""The SmartRecruiters sandbox against its contract (connectors/smartrecruiters/VENDOR.md), over real
loopback HTTP with httpx: auth, paging, filters, limits, faults, the control API, writes, seed data.
"""

from __future__ import annotations

import base64
import threading
import time
from collections.abc import Iterator
from typing import Any, cast

import httpx
import pytest

from connectors.sandbox.runner import RunningSandbox, start
from connectors.smartrecruiters.sandbox import SmartRecruitersSandbox
from connectors.smartrecruiters.sandbox_data import generate


@pytest.fixture()
def sr() -> Iterator[RunningSandbox]:
    """A tiny SR sandbox with a generous rate limit (the published 10/s is tested separately)."""
    sandbox = start("smartrecruiters", size="tiny", seed=1, rate_limit=1000)
    try:
        yield sandbox
    finally:
        sandbox.stop()


@pytest.fixture()
def client(sr: RunningSandbox) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=sr.base_url, headers={"X-SmartToken": sr.account["api_key"]}, timeout=10) as c:
        yield c


def _all(client: httpx.Client, path: str, **params: Any) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    page_id = None
    while True:
        query = dict(params) | ({"pageId": page_id} if page_id else {})
        body = client.get(path, params=query).json()
        items += body["content"]
        page_id = body.get("nextPageId")
        if not page_id or not body["content"]:
            return items


def _records(client: httpx.Client, collection: str, **filters: str) -> list[dict[str, Any]]:
    return client.get(f"/_sandbox/records/{collection}", params=filters | {"limit": "100000"}).json()[
        "records"
    ]


# -- auth ------------------------------------------------------------------------------------------


def test_api_key_auth(sr: RunningSandbox, client: httpx.Client) -> None:
    assert set(sr.account) == {"base_url", "api_key"} and sr.account["base_url"] == sr.base_url
    r = httpx.get(sr.base_url + "/jobs")
    assert r.status_code == 401
    body = r.json()
    assert body["message"] and body["errors"][0]["code"] and body["errors"][0]["message"]
    assert httpx.get(sr.base_url + "/jobs", headers={"X-SmartToken": "DCRA1-wrong"}).status_code == 401
    for name in ("x-smarttoken", "X-SMARTTOKEN", "X-SmartToken"):  # header names are case-insensitive
        assert httpx.get(sr.base_url + "/jobs", headers={name: sr.account["api_key"]}).status_code == 200
    assert "X-RateLimit-Limit" in r.headers  # on every response, 401s included


def test_oauth_client_credentials_and_expiry() -> None:
    sandbox = start("smartrecruiters", size="tiny", auth="oauth", rate_limit=1000)
    try:
        acct = sandbox.account
        assert set(acct) == {"base_url", "client_id", "client_secret"}
        token_url = sandbox.base_url + "/identity/oauth/token"
        form = {
            "grant_type": "client_credentials",
            "client_id": acct["client_id"],
            "client_secret": acct["client_secret"],
        }
        r = httpx.post(token_url, data=form)
        assert r.status_code == 200
        token = r.json()
        assert token["token_type"] == "bearer" and token["expires_in"] == 1800 and token["access_token"]
        bearer = {"Authorization": f"Bearer {token['access_token']}"}
        assert httpx.get(sandbox.base_url + "/jobs", headers=bearer).status_code == 200
        assert httpx.get(sandbox.base_url + "/jobs").status_code == 401
        assert (
            httpx.get(sandbox.base_url + "/jobs", headers={"Authorization": "Bearer nope"}).status_code == 401
        )
        assert httpx.post(token_url, data=form | {"client_secret": "wrong"}).status_code == 401
        assert httpx.post(token_url, data=form | {"grant_type": "password"}).status_code == 400
        assert httpx.post(token_url, json=form).status_code == 400  # form body only
        basic = base64.b64encode(f"{acct['client_id']}:{acct['client_secret']}".encode()).decode()
        assert (
            httpx.post(
                token_url,
                data={"grant_type": "client_credentials"},
                headers={"Authorization": f"Basic {basic}"},
            ).status_code
            == 200
        )
        # expired tokens answer 401 until the client mints a new one
        httpx.put(sandbox.base_url + "/_sandbox/faults", json={"expire_tokens": True})
        r = httpx.get(sandbox.base_url + "/jobs", headers=bearer)
        assert r.status_code == 401 and r.json()["errors"]
        fresh = httpx.post(token_url, data=form).json()["access_token"]
        assert (
            httpx.get(sandbox.base_url + "/jobs", headers={"Authorization": f"Bearer {fresh}"}).status_code
            == 200
        )
        # a short token lifetime expires by itself
        httpx.patch(sandbox.base_url + "/_sandbox/settings", json={"token_ttl_seconds": 1})
        short = httpx.post(token_url, data=form).json()
        assert short["expires_in"] == 1
        time.sleep(1.1)
        assert (
            httpx.get(
                sandbox.base_url + "/jobs", headers={"Authorization": f"Bearer {short['access_token']}"}
            ).status_code
            == 401
        )
    finally:
        sandbox.stop()


# -- paging and filters ----------------------------------------------------------------------------


def test_cursor_paging_all_pages_link_and_clamp(sr: RunningSandbox, client: httpx.Client) -> None:
    first = client.get("/candidates", params={"limit": 5})
    body = first.json()
    assert body["totalFound"] == 12 and len(body["content"]) == 5
    next_id = body["nextPageId"]
    assert next_id and all(c.isalnum() or c in "-_" for c in next_id)  # URL-safe, opaque
    link = first.headers["Link"]
    assert link.startswith(f"<{sr.base_url}/candidates?") and link.endswith('>; rel="next"')
    assert f"pageId={next_id}" in link and "limit=5" in link
    ids = [c["id"] for c in _all(client, "/candidates", limit=5)]
    assert len(ids) == 12 == len(set(ids))
    last = client.get(
        "/candidates",
        params={
            "limit": 5,
            "pageId": client.get("/candidates", params={"limit": 5, "pageId": next_id}).json()["nextPageId"],
        },
    )
    assert "nextPageId" not in last.json() and "Link" not in last.headers
    assert len(client.get("/candidates").json()["content"]) == 10  # default limit
    clamped = client.get("/user-api/v201804/users", params={"limit": 1000}).json()
    assert len(clamped["content"]) == 6 and clamped["limit"] == 100 and "nextPageId" not in clamped
    users = _all(client, "/user-api/v201804/users", limit=2)
    assert len({u["id"] for u in users}) == 6
    assert all(len(u["id"]) == 24 and int(u["id"], 16) >= 0 for u in users)
    assert set(users[0]) >= {"id", "firstName", "lastName", "email", "active", "systemRole", "updatedOn"}
    for bad in ({"limit": 0}, {"limit": "x"}, {"pageId": "garbage!"}):
        r = client.get("/candidates", params=bad)
        assert r.status_code == 400 and r.json()["errors"][0]["code"]
    offset = client.get("/jobs", params={"offset": 1, "limit": 1}).json()  # older offset envelope
    assert offset["offset"] == 1 and offset["totalFound"] == 3 and len(offset["content"]) == 1


def test_updated_after_filter(client: httpx.Client) -> None:
    everyone = _all(client, "/candidates", limit=100)
    stamps = sorted(c["updatedOn"] for c in everyone)
    cut = stamps[len(stamps) // 2]
    newer = _all(client, "/candidates", updatedAfter=cut)
    assert newer and all(c["updatedOn"] > cut for c in newer)
    assert len(newer) == sum(1 for s in stamps if s > cut)
    # other spellings of the same instant: offset without colon, +00:00
    alt = cut.replace("Z", "+0000")
    assert len(_all(client, "/candidates", updatedAfter=alt)) == len(newer)
    assert client.get("/candidates", params={"updatedAfter": "yesterday"}).status_code == 400
    # a write moves updatedOn, so the candidate shows up after the latest stamp
    target = everyone[0]["id"]
    assert _all(client, "/candidates", updatedAfter=stamps[-1]) == []
    client.put(f"/candidates/{target}/tags", json={"tags": ["moved"]})
    assert [c["id"] for c in _all(client, "/candidates", updatedAfter=stamps[-1])] == [target]
    jobs = _all(client, "/jobs")
    jcut = sorted(j["updatedOn"] for j in jobs)[0]
    assert all(j["updatedOn"] > jcut for j in _all(client, "/jobs", updatedAfter=jcut))


def test_only_candidates_with_applications_are_listed(client: httpx.Client) -> None:
    listed = {c["id"] for c in _all(client, "/candidates", limit=100)}
    all_cands = _records(client, "candidates")
    with_apps = {a["candidateId"] for a in _records(client, "applications")}
    pool = [c["id"] for c in all_cands if c["id"] not in with_apps]
    assert pool and listed == with_apps
    assert client.get(f"/candidates/{pool[0]}").status_code == 200  # still readable by id
    # remove every application of a listed candidate: it disappears from the list
    victim = next(iter(listed))
    for app in _records(client, "applications", candidateId=victim):
        assert client.delete(f"/_sandbox/records/applications/{app['id']}").status_code == 204
    assert victim not in {c["id"] for c in _all(client, "/candidates", limit=100)}


def test_repeated_filters(client: httpx.Client) -> None:
    apps = _records(client, "applications")
    by_status: dict[str, set[str]] = {}
    for a in apps:
        by_status.setdefault(a["status"], set()).add(a["candidateId"])
    got = {c["id"] for c in _all(client, "/candidates", status=["HIRED", "OFFERED"], limit=100)}
    assert got == by_status.get("HIRED", set()) | by_status.get("OFFERED", set())
    job = apps[0]["jobId"]
    got = {c["id"] for c in _all(client, "/candidates", jobId=[job], limit=100)}
    assert got == {a["candidateId"] for a in apps if a["jobId"] == job}
    tagged = [
        c for c in _records(client, "candidates") if c["tags"] and c["id"] in {a["candidateId"] for a in apps}
    ]
    tag = tagged[0]["tags"][0]
    got = {c["id"] for c in _all(client, "/candidates", tag=[tag, "no-such-tag"], limit=100)}
    assert tagged[0]["id"] in got and all(tag in c["tags"] for c in _all(client, "/candidates", tag=tag))
    assert client.get("/candidates", params={"status": "NOPE"}).status_code == 400
    assert client.get("/candidates", params={"subStatus": "x"}).status_code == 400
    someone = _records(client, "candidates", id=next(iter(by_status["HIRED"])))[0]
    assert [c["id"] for c in _all(client, "/candidates", q=someone["email"].upper())] == [someone["id"]]


# -- rate limits -----------------------------------------------------------------------------------


def test_published_rate_limit_429_and_headers() -> None:
    sandbox = start("smartrecruiters", size="tiny")  # rate_limit=None: SR's 10 req/s
    try:
        with httpx.Client(
            base_url=sandbox.base_url, headers={"X-SmartToken": sandbox.account["api_key"]}
        ) as c:
            responses = [c.get("/configuration/rejection-reasons") for _ in range(14)]
        codes = [r.status_code for r in responses]
        assert codes[:10] == [200] * 10 and 429 in codes
        for r in responses:
            for header in (
                "X-RateLimit-Limit",
                "X-RateLimit-Remaining",
                "X-RateLimit-Concurrent-Limit",
                "X-RateLimit-Concurrent-Remaining",
            ):
                assert header in r.headers
        assert responses[0].headers["X-RateLimit-Limit"] == "10"
        assert responses[0].headers["X-RateLimit-Concurrent-Limit"] == "8"
        limited = responses[codes.index(429)]
        assert limited.headers["X-RateLimit-Remaining"] == "0" and int(limited.headers["Retry-After"]) >= 1
        assert limited.json()["errors"][0]["code"] == "TOO_MANY_REQUESTS"
    finally:
        sandbox.stop()


def test_one_concurrent_candidates_request(sr: RunningSandbox, client: httpx.Client) -> None:
    client.put("/_sandbox/faults", json={"latency_ms": 400})
    results: dict[str, list[int]] = {"candidates": [], "jobs": []}

    def call(path: str) -> None:
        with httpx.Client(base_url=sr.base_url, headers={"X-SmartToken": sr.account["api_key"]}) as own:
            results[path.strip("/")].append(own.get(path).status_code)

    threads = [
        threading.Thread(target=call, args=(p,)) for p in ("/candidates", "/candidates", "/jobs", "/jobs")
    ]
    for t in threads:
        t.start()
        time.sleep(0.02)
    for t in threads:
        t.join()
    assert sorted(results["candidates"]) == [200, 429]
    assert results["jobs"] == [200, 200]  # the per-credential limit is 8
    client.delete("/_sandbox/faults")
    assert client.get("/candidates").headers["X-RateLimit-Concurrent-Limit"] == "1"


# -- reads -----------------------------------------------------------------------------------------


def test_job_reads(sr: RunningSandbox, client: httpx.Client) -> None:
    jobs = _all(client, "/jobs")
    assert len(jobs) == 3
    assert jobs[0]["actions"]["details"]["url"] == f"{sr.base_url}/jobs/{jobs[0]['id']}"
    job = client.get(f"/jobs/{jobs[0]['id']}").json()
    for key in (
        "refNumber",
        "department",
        "location",
        "typeOfEmployment",
        "experienceLevel",
        "industry",
        "function",
        "status",
        "postingStatus",
        "createdOn",
        "updatedOn",
        "jobAd",
        "properties",
    ):
        assert key in job, key
    assert job["location"]["city"] and "remote" in job["location"]
    assert set(job["jobAd"]["sections"]) == {
        "companyDescription",
        "jobDescription",
        "qualifications",
        "additionalInformation",
    }
    assert "statusHistory" not in job
    history = client.get(f"/jobs/{job['id']}/status/history").json()["content"]
    assert history[0]["status"] == "CREATED" and history[-1]["status"] == job["status"]
    assert [h["changedOn"] for h in history] == sorted(h["changedOn"] for h in history)
    team = client.get(f"/jobs/{job['id']}/hiring-team").json()
    assert 2 <= team["totalFound"] <= 4 and len(team["content"]) == team["totalFound"]
    roles = {m["role"] for m in team["content"]}
    assert {"HIRING_MANAGER", "RECRUITER"} <= roles
    user_ids = {u["id"] for u in _all(client, "/user-api/v201804/users", limit=100)}
    assert all(m["id"] in user_ids for m in team["content"])
    ads = client.get(f"/jobs/{job['id']}/jobads").json()
    assert 1 <= ads["totalFound"] <= 2 and sum(a["default"] for a in ads["content"]) == 1
    default = next(a for a in ads["content"] if a["default"])
    identifier = cast(SmartRecruitersSandbox, sr.app).company["identifier"]
    assert default["applyUrl"].startswith(f"https://jobs.smartrecruiters.com/{identifier}/{default['id']}-")
    assert default["language"]["code"] and default["postingStatus"] and "jobId" not in default
    config = client.get(f"/postings/{default['id']}/configuration").json()
    q_ids = {q["id"] for q in config["questions"]}
    conditionals = config["settings"]["conditionals"]
    assert conditionals and all(
        c["parentQuestionId"] in q_ids and set(c["conditionalQuestions"]) <= q_ids for c in conditionals
    )
    parent = next(q for q in config["questions"] if q["id"] == conditionals[0]["parentQuestionId"])
    assert set(conditionals[0]["valueIds"]) <= {v["id"] for v in parent["fields"][0]["values"]}
    assert config["privacyPolicies"][0]["url"].startswith("https://")
    without = client.get(
        f"/postings/{default['id']}/configuration", params={"conditionalsIncluded": "false"}
    ).json()
    assert len(without["questions"]) < len(config["questions"]) and without["settings"]["conditionals"] == []
    # across the small company every field type shows up
    types = {f["type"] for p in _records(client, "postings") for q in p["questions"] for f in q["fields"]}
    assert {"INPUT_TEXT", "RADIO", "CHECKBOX"} <= types
    reasons = client.get("/configuration/rejection-reasons").json()
    assert reasons["totalFound"] == len(reasons["content"]) >= 5
    for path in ("/jobs/nope", "/jobs/nope/hiring-team", "/jobs/nope/jobads", "/postings/nope/configuration"):
        r = client.get(path)
        assert r.status_code == 404 and r.json()["errors"][0]["code"] == "NOT_FOUND"


def test_candidate_application_history_interview_offer_reads(
    sr: RunningSandbox, client: httpx.Client
) -> None:
    apps = _records(client, "applications")
    interviews = _records(client, "interviews")
    offers = _records(client, "offers")
    seen_interview = seen_offer = False
    for app in apps:
        cid, jid = app["candidateId"], app["jobId"]
        detail = client.get(f"/candidates/{cid}").json()
        assignments = [detail["primaryAssignment"], *detail["secondaryAssignments"]]
        assert jid in {a["job"]["id"] for a in assignments}
        assert {"phoneNumber", "web", "experience", "education", "location", "tags"} <= set(detail)
        history = client.get(f"/candidates/{cid}/jobs/{jid}/status/history").json()["content"]
        assert history and [h["changedOn"] for h in history] == sorted(h["changedOn"] for h in history)
        application = client.get(f"/candidates/{cid}/jobs/{jid}").json()
        assert application["id"] == app["id"] and application["status"] == history[-1]["status"]
        assert application["job"]["id"] == jid
        reached = {h["status"] for h in history}
        if application["status"] in ("REJECTED", "WITHDRAWN"):
            assert application["reasonOfRejection"]["id"] and application["reasonOfRejection"]["label"]
        got = client.get("/interviews-api/v201904/interviews", params={"applicationId": app["id"]}).json()[
            "content"
        ]
        assert len(got) == sum(1 for i in interviews if i["applicationId"] == app["id"])
        if got:
            seen_interview = True
            assert "INTERVIEW" in reached
            slot = got[0]["timeslots"][0]
            assert got[0]["candidate"]["id"] == cid and got[0]["jobId"] == jid
            assert 1 <= len(slot["interviewers"]) <= 4 and slot["startsOn"] < slot["endsOn"]
        got_offers = client.get(f"/candidates/{cid}/jobs/{jid}/offers").json()
        if got_offers["totalFound"]:
            seen_offer = True
            assert "OFFERED" in reached
            assert {"id", "status", "createdOn", "updatedOn", "properties", "actions"} <= set(
                got_offers["content"][0]
            )
        assert got_offers["totalFound"] == sum(
            1 for o in offers if (o["candidateId"], o["jobId"]) == (cid, jid)
        )
    assert seen_interview and seen_offer
    cid = apps[0]["candidateId"]
    assert client.get(f"/candidates/{cid}/jobs/not-a-job").status_code == 404
    assert client.get("/candidates/not-a-candidate").status_code == 404
    assert client.get("/interviews-api/v201904/interviews").status_code == 400
    actions = client.get(f"/candidates/{cid}").json()["actions"]
    assert actions["details"]["url"] == f"{sr.base_url}/candidates/{cid}"


# -- writes ----------------------------------------------------------------------------------------


def test_create_candidate_on_job(client: httpx.Client) -> None:
    job = _all(client, "/jobs")[0]["id"]
    payload = {
        "firstName": "Małgorzata",
        "lastName": "Wiśniewska",
        "email": "m.wisniewska@example.pl",
        "phoneNumber": "+48 600 100 200",
        "location": {"city": "Kraków", "country": "Polska"},
        "web": {"linkedIn": "https://www.linkedin.com/in/mw"},
        "tags": ["api", "api"],
        "sourceDetails": {"sourceTypeId": "JOB_BOARD", "sourceId": "Pracuj.pl"},
    }
    r = client.post(f"/jobs/{job}/candidates", json=payload)
    assert r.status_code == 201
    created = r.json()
    assert created["firstName"] == "Małgorzata" and created["web"] == {
        "linkedin": "https://www.linkedin.com/in/mw"
    }
    assert created["tags"] == ["api"] and created["primaryAssignment"]["status"] == "NEW"
    assert created["primaryAssignment"]["job"]["id"] == job
    listed = [c for c in _all(client, "/candidates", limit=100) if c["id"] == created["id"]]
    assert listed and listed[0]["primaryAssignment"]["status"] == "NEW"
    history = client.get(f"/candidates/{created['id']}/jobs/{job}/status/history").json()["content"]
    assert [h["status"] for h in history] == ["NEW"]
    r = client.post(f"/jobs/{job}/candidates", json={"firstName": "Ann"})
    assert r.status_code == 400
    assert "lastName" in r.json()["message"] and "email" in r.json()["message"]
    assert {e["message"].split(":")[0] for e in r.json()["errors"]} == {"lastName", "email"}
    assert client.post(f"/jobs/{job}/candidates", json=payload | {"email": "not-an-email"}).status_code == 400
    assert client.post(f"/jobs/{job}/candidates", json=[1]).status_code == 400
    assert client.post("/jobs/nope/candidates", json=payload).status_code == 404


def test_attachments(client: httpx.Client) -> None:
    cid = _all(client, "/candidates")[0]["id"]
    url = f"/candidates/{cid}/attachments"
    seeded = client.get(url).json()["totalFound"]  # generated CVs (connectors.sandbox.files)
    r = client.post(
        url,
        files={"file": ("Lebenslauf Müller.pdf", b"%PDF-1.7 hello", "application/pdf")},
        data={"attachmentType": "RESUME"},
    )
    assert r.status_code == 201
    att = r.json()
    assert (
        att["type"] == "RESUME" and att["contentType"] == "application/pdf" and att["name"].endswith(".pdf")
    )
    assert client.get(att["actions"]["download"]["url"]).content == b"%PDF-1.7 hello"
    assert client.get(url).json()["totalFound"] == seeded + 1
    assert client.post(url, files={"file": ("cv.docx", b"x")}).json()["type"] == "GENERIC_FILE"
    too_big = b"0" * (2 * 1024 * 1024 + 1)
    r = client.post(url, files={"file": ("cv.pdf", too_big, "application/pdf")})
    assert r.status_code == 400 and r.json()["errors"][0]["code"] == "FILE_TOO_LARGE"
    assert client.post(url, files={"file": ("cv.exe", b"MZ")}).status_code == 400
    assert (
        client.post(url, files={"file": ("cv.pdf", b"x")}, data={"attachmentType": "SELFIE"}).status_code
        == 400
    )
    assert (
        client.post(url, data={"attachmentType": "RESUME"}, files={"other": ("a.pdf", b"x")}).status_code
        == 400
    )
    assert client.post(url, json={"file": "x"}).status_code == 400
    assert client.post("/candidates/nope/attachments", files={"file": ("cv.pdf", b"x")}).status_code == 404


def test_status_change(client: httpx.Client) -> None:
    app = next(a for a in _records(client, "applications") if a["status"] == "NEW")
    cid, jid = app["candidateId"], app["jobId"]
    url = f"/candidates/{cid}/jobs/{jid}/status"
    before = client.get(f"/candidates/{cid}").json()["updatedOn"]
    r = client.put(url, json={"status": "IN_REVIEW", "subStatus": "Phone screen"})
    assert r.status_code == 204 and r.content == b""
    history = client.get(f"/candidates/{cid}/jobs/{jid}/status/history").json()["content"]
    assert history[-1]["status"] == "IN_REVIEW" and history[-1]["subStatus"] == "Phone screen"
    assert len(history) == len(app["statusHistory"]) + 1
    assert client.get(f"/candidates/{cid}").json()["updatedOn"] > before
    reasons = client.get("/configuration/rejection-reasons").json()["content"]
    assert client.put(url, json={"status": "REJECTED", "reason": "bogus"}).status_code == 400
    assert client.put(url, json={"status": "IN_REVIEW", "reason": reasons[0]["id"]}).status_code == 400
    assert client.put(url, json={"status": "NOPE"}).status_code == 400
    assert client.put(url, json={}).status_code == 400
    assert client.put(url, json={"status": "HIRED", "subStatus": "x"}).status_code == 400
    client.patch("/_sandbox/settings", json={"require_rejection_reason": True})
    assert client.put(url, json={"status": "REJECTED"}).status_code == 400
    assert client.put(url, json={"status": "REJECTED", "reason": reasons[1]["id"]}).status_code == 204
    detail = client.get(f"/candidates/{cid}/jobs/{jid}").json()
    assert detail["status"] == "REJECTED" and detail["reasonOfRejection"] == reasons[1]
    withdrawal = client.get("/configuration/withdrawal-reasons").json()["content"][0]
    assert client.put(url, json={"status": "WITHDRAWN", "reason": withdrawal["id"]}).status_code == 204
    assert client.put(f"/candidates/{cid}/jobs/nope/status", json={"status": "NEW"}).status_code == 404


def test_notes_and_tags(client: httpx.Client) -> None:
    cid = _all(client, "/candidates")[0]["id"]
    user = _all(client, "/user-api/v201804/users")[0]["id"]
    r = client.post("/messages/shares", json={"content": f"Great call with #[CANDIDATE:{cid}] – ünïcödé ✓"})
    assert r.status_code == 201 and set(r.json()) == {"id", "shareRequired"}
    stored = _records(client, "messages", id=r.json()["id"])[0]
    assert stored["context"]["applications"] and stored["context"]["applications"][0]["candidateId"] == cid
    shared = client.post("/messages/shares", json={"content": "x", "shareWith": {"users": [user]}})
    assert shared.status_code == 201 and shared.json()["shareRequired"] is False
    assert client.post("/messages/shares", json={"content": ""}).status_code == 400
    assert client.post("/messages/shares", json={"content": "y" * 10_001}).status_code == 400
    assert client.post("/messages/shares", json={"content": "y" * 10_000}).status_code == 201
    assert (
        client.post("/messages/shares", json={"content": "x", "shareWith": {"users": ["nobody"]}}).status_code
        == 400
    )
    url = f"/candidates/{cid}/tags"
    r = client.put(url, json={"tags": ["Python", "Umzug möglich"]})
    assert r.status_code == 201 and r.json() == {"tags": ["Python", "Umzug möglich"]}
    assert client.get(url).json() == {"tags": ["Python", "Umzug möglich"]}
    assert client.put(url, json={"tags": ["only"]}).json() == {"tags": ["only"]}  # replaces
    assert [c["tags"] for c in _all(client, "/candidates", limit=100) if c["id"] == cid] == [["only"]]
    assert client.put(url, json={"tags": "only"}).status_code == 400
    assert client.put("/candidates/nope/tags", json={"tags": []}).status_code == 404


def test_fail_after_accept_applies_the_write(client: httpx.Client) -> None:
    job = _all(client, "/jobs")[0]["id"]
    client.put("/_sandbox/faults", json={"fail_after_accept": 1})
    payload = {"firstName": "Jörg", "lastName": "Groß", "email": "joerg.gross@example.de"}
    assert client.post(f"/jobs/{job}/candidates", json=payload).status_code == 500
    found = _all(client, "/candidates", q="joerg.gross@example.de")
    assert len(found) == 1  # the write happened: a client must look it up before resending
    client.put("/_sandbox/faults", json={"fail_after_accept": 1, "fail_after_accept_mode": "drop"})
    with pytest.raises(httpx.TransportError):
        client.put(f"/candidates/{found[0]['id']}/tags", json={"tags": ["dropped-but-saved"]})
    assert client.get(f"/candidates/{found[0]['id']}/tags").json() == {"tags": ["dropped-but-saved"]}
    client.put("/_sandbox/faults", json={"burst_429": 1, "malformed_rate": 0.0})
    r = client.get("/jobs")
    assert r.status_code == 429 and r.headers["Retry-After"] and r.headers["X-RateLimit-Remaining"] == "0"


# -- control API -----------------------------------------------------------------------------------


def test_control_api_changes_what_reads_return(client: httpx.Client) -> None:
    counts = {c["name"]: c["count"] for c in client.get("/_sandbox/collections").json()["collections"]}
    assert counts["candidates"] == 14 and counts["applications"] >= 12 and counts["jobs"] == 3
    job = _all(client, "/jobs")[0]["id"]
    cand = client.post(
        "/_sandbox/records/candidates",
        json={"firstName": "Chloë", "lastName": "van 't Hof", "email": "chloe@example.nl"},
    ).json()
    assert cand["id"] and cand["createdOn"]
    assert cand["id"] not in {c["id"] for c in _all(client, "/candidates", limit=100)}  # no application yet
    app = client.post("/_sandbox/records/applications", json={"candidateId": cand["id"], "jobId": job}).json()
    assert app["status"] == "NEW" and app["statusHistory"]
    assert cand["id"] in {c["id"] for c in _all(client, "/candidates", limit=100)}
    assert (
        client.post(
            "/_sandbox/records/applications", json={"candidateId": cand["id"], "jobId": job}
        ).status_code
        == 400
    )  # one per pair
    before = client.get(f"/candidates/{cand['id']}").json()["updatedOn"]
    patched = client.patch(f"/_sandbox/records/candidates/{cand['id']}", json={"firstName": "Noëlle"}).json()
    assert patched["firstName"] == "Noëlle" and patched["updatedOn"] > before
    assert client.get(f"/candidates/{cand['id']}").json()["firstName"] == "Noëlle"
    client.patch(f"/_sandbox/records/applications/{app['id']}", json={"status": "INTERVIEW"})
    history = client.get(f"/candidates/{cand['id']}/jobs/{job}/status/history").json()["content"]
    assert [h["status"] for h in history] == ["NEW", "INTERVIEW"]
    job_before = client.get(f"/jobs/{job}").json()["updatedOn"]
    client.patch(f"/_sandbox/records/jobs/{job}", json={"title": "Renamed", "status": "ON_HOLD"})
    assert client.get(f"/jobs/{job}/status/history").json()["content"][-1]["status"] == "ON_HOLD"
    assert client.get(f"/jobs/{job}").json()["title"] == "Renamed"
    assert client.get(f"/jobs/{job}").json()["updatedOn"] > job_before
    # deleting a candidate cascades to its applications, interviews and offers
    with_interview = _records(client, "interviews")[0]
    owner = with_interview["candidate"]["id"]
    assert client.delete(f"/_sandbox/records/candidates/{owner}").status_code == 204
    assert client.get(f"/candidates/{owner}").status_code == 404
    assert _records(client, "applications", candidateId=owner) == []
    assert _records(client, "interviews", applicationId=with_interview["applicationId"]) == []
    assert owner not in {c["id"] for c in _all(client, "/candidates", limit=100)}
    assert (
        client.get(
            "/interviews-api/v201904/interviews", params={"applicationId": with_interview["applicationId"]}
        ).json()["content"]
        == []
    )


# -- seed data -------------------------------------------------------------------------------------


def test_seed_data_is_deterministic_and_consistent() -> None:
    a, b = generate(7, "small"), generate(7, "small")
    assert a == b
    assert generate(8, "small").candidates != a.candidates
    assert 12 <= len(a.jobs) <= 20 and 140 <= len(a.candidates) <= 170 and 200 <= len(a.applications) <= 300
    job_status = {j["status"] for j in a.jobs}
    assert {"SOURCING"} <= job_status and len(job_status) >= 3
    by_app = {x["id"]: x for x in a.applications}
    for interview in a.interviews:
        assert "INTERVIEW" in {h[1] for h in by_app[interview["applicationId"]]["statusHistory"]}
    pairs = {(x["candidateId"], x["jobId"]): x for x in a.applications}
    for offer in a.offers:
        assert "OFFERED" in {h[1] for h in pairs[(offer["candidateId"], offer["jobId"])]["statusHistory"]}
    cands = {c["id"]: c for c in a.candidates}
    for app in a.applications:
        history = app["statusHistory"]
        assert history[0][0] == app["createdOn"] and history[-1][1] == app["status"]
        assert cands[app["candidateId"]]["updatedOn"] >= history[-1][0]
        assert cands[app["candidateId"]]["createdOn"] <= app["createdOn"]
    assert len({c["email"] for c in a.candidates}) == len(a.candidates)
    assert any(not (c["firstName"] + c["lastName"]).isascii() for c in a.candidates)


def test_same_seed_same_sandbox() -> None:
    one = start("smartrecruiters", size="tiny", seed=3, rate_limit=1000)
    two = start("smartrecruiters", size="tiny", seed=3, rate_limit=1000)
    try:
        assert one.account["api_key"] == two.account["api_key"]
        pages = []
        for sandbox in (one, two):
            with httpx.Client(
                base_url=sandbox.base_url, headers={"X-SmartToken": sandbox.account["api_key"]}
            ) as c:
                body = c.get("/candidates", params={"limit": 100}).json()
                pages.append([(x["id"], x["email"], x["updatedOn"]) for x in body["content"]])
        assert pages[0] == pages[1]
    finally:
        one.stop()
        two.stop()


def test_large_generation_timing() -> None:
    started = time.perf_counter()
    data = generate(1, "large")
    elapsed = time.perf_counter() - started
    print(
        f"\nlarge SR seed: {len(data.candidates)} candidates, {len(data.applications)} applications, "
        f"{len(data.jobs)} jobs, {len(data.interviews)} interviews, {len(data.offers)} offers "
        f"in {elapsed:.1f} s"
    )
    assert len(data.candidates) >= 100_000 and len(data.applications) >= 200_000
