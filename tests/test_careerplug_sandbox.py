"""The CareerPlug sandbox against CareerPlug's own Swagger spec and connectors/careerplug/VENDOR.md, over
real loopback HTTP with httpx: OAuth, every collection and parameter of the spec, response shapes, paging,
the /apps filters, POST /apps, errors, the load balancer's throttle, provisioning, seed data.
"""

from __future__ import annotations

import base64
import json
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import httpx
import pytest

from connectors.careerplug.connector import is_throttle
from connectors.careerplug.sandbox_data import ANCHOR_MS, generate
from connectors.sandbox.runner import RunningSandbox, start

#: CareerPlug's Swagger document as it serves it, kept beside the connector (a copy of
#: ../shared/ats-apis/careerplug/swagger_doc.json) so a clone anywhere checks the sandbox against it.
SPEC = Path(__file__).parents[1] / "connectors" / "careerplug" / "swagger_doc.json"
WINEBOUNCER = "OAuth error: WineBouncer::Errors::OAuthUnauthorizedError"

# The spec's known slips (../shared/ats-apis/careerplug.md): collections declared as one object that
# return arrays, and prescreen_questions typed as one object where an array is served.
LIST_DECLARED_AS_OBJECT = {"/users", "/locations", "/departments", "/employments", "/brands"}
ARRAY_DECLARED_AS_OBJECT = {("V1_Entities_JobEntity", "prescreen_questions"),
                            ("V1_Entities_AppEntity", "prescreen_questions")}


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    return json.loads(SPEC.read_text())  # type: ignore[no-any-return]


@pytest.fixture()
def cp() -> Iterator[RunningSandbox]:
    sandbox = start("careerplug", size="small", seed=1)
    try:
        yield sandbox
    finally:
        sandbox.stop()


def _mint(sandbox: RunningSandbox, **form: str) -> httpx.Response:
    acct = sandbox.account
    data = {"grant_type": "client_credentials", "client_id": acct["client_id"],
            "client_secret": acct["client_secret"], "scope": "global_partner_api", **form}
    return httpx.post(acct["auth_url"] + "/oauth/token", data=data)


@pytest.fixture()
def token(cp: RunningSandbox) -> str:
    return str(_mint(cp).json()["access_token"])


@pytest.fixture()
def client(cp: RunningSandbox, token: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=cp.account["base_url"], params={"access_token": token}, timeout=10) as c:
        yield c


def _all(client: httpx.Client, path: str, per_page: int = 100, **params: Any) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    page = 1
    while True:
        r = client.get(path, params={**params, "page": page, "per_page": per_page})
        assert r.status_code == 200, r.text
        body = r.json()
        assert isinstance(body, list)  # bare arrays, no envelope (V)
        if not body:
            return items
        items += body
        page += 1


# -- validation against the spec's definitions ------------------------------------------------------
def _validate(
    value: Any, schema: dict[str, Any], spec: dict[str, Any], where: str, problems: list[str]
) -> None:
    name = None
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        schema = spec["definitions"][name]
    kind = schema.get("type") or ("object" if "properties" in schema else None)
    if kind == "integer":
        if not isinstance(value, int) or isinstance(value, bool):
            problems.append(f"{where}: {value!r} is not an integer")
    elif kind == "string":
        if not isinstance(value, str):
            problems.append(f"{where}: {value!r} is not a string")
        elif schema.get("format") == "date-time":
            try:
                datetime.fromisoformat(value)
            except ValueError:
                problems.append(f"{where}: {value!r} is not a date-time")
    elif kind == "boolean":
        if not isinstance(value, bool):
            problems.append(f"{where}: {value!r} is not a boolean")
    elif kind == "array":
        if not isinstance(value, list):
            problems.append(f"{where}: {type(value).__name__} is not an array")
        else:
            for i, item in enumerate(value):
                _validate(item, schema.get("items", {}), spec, f"{where}[{i}]", problems)
    elif kind == "object":
        if not isinstance(value, dict):
            problems.append(f"{where}: {type(value).__name__} is not an object")
            return
        for field in schema.get("required", []):
            if value.get(field) is None:
                problems.append(f"{where}: required {field!r} missing")
        for field, sub in schema.get("properties", {}).items():
            if value.get(field) is None:
                continue
            if (name, field) in ARRAY_DECLARED_AS_OBJECT:
                assert isinstance(value[field], list), f"{where}.{field}"
                item_schema = sub if "$ref" in sub else {"type": "object"}
                for i, item in enumerate(value[field]):
                    _validate(item, item_schema, spec, f"{where}.{field}[{i}]", problems)
                continue
            _validate(value[field], sub, spec, f"{where}.{field}", problems)
    if "enum" in schema and value not in schema["enum"]:
        problems.append(f"{where}: {value!r} not in {schema['enum']}")


def _response_schema(spec: dict[str, Any], path: str) -> dict[str, Any]:
    schema: dict[str, Any] = spec["paths"][path]["get"]["responses"]["200"]["schema"]
    if "{" not in path and schema.get("type") != "array":
        assert path in LIST_DECLARED_AS_OBJECT, f"{path}: an unknown slip"
        schema = {"type": "array", "items": schema}
    return schema


def test_every_spec_path_is_served_and_answers_match_the_definitions(
    spec: dict[str, Any], client: httpx.Client
) -> None:
    gets = [p for p, ops in spec["paths"].items() if "get" in ops]
    assert len(gets) == 11 and len(spec["paths"]) == 13
    ids: dict[str, Any] = {}
    for path in (p for p in gets if "{" not in p):
        body = client.get(path, params={"per_page": 20}).json()
        problems: list[str] = []
        _validate(body, _response_schema(spec, path), spec, path, problems)
        assert not problems, problems[:10]
        assert body, f"{path} is empty"
        ids[path] = body[0]["id"]
    for path in (p for p in gets if "{" in p):
        collection = path.split("/{", 1)[0]
        r = client.get(path.replace("{id}", str(ids[collection])))
        assert r.status_code == 200, (path, r.text)
        problems = []
        _validate(r.json(), _response_schema(spec, path), spec, path, problems)
        assert not problems, problems[:10]
    # Location.id is a string, every other id an integer; UserRef.id (a job's owner) a string (spec).
    job = client.get("/jobs").json()[0]
    assert isinstance(job["location"]["id"], str) and isinstance(job["owner"]["id"], str)
    assert "zip code" in job["location"]  # the key really has a space


def test_full_reads_of_apps_and_jobs_conform(spec: dict[str, Any], client: httpx.Client) -> None:
    for path in ("/apps", "/jobs"):
        problems: list[str] = []
        _validate(_all(client, path), _response_schema(spec, path), spec, path, problems)
        assert not problems, problems[:10]


def _value_for(param: dict[str, Any], known: dict[str, str]) -> Any:
    name = param["name"]
    if name in known:
        return known[name]
    if param["type"] == "array":
        return ["1", "2"]
    if param["type"] == "boolean":
        return "true"
    if param["type"] == "integer":
        return "1"
    return "a"


def test_every_spec_query_parameter_is_accepted(spec: dict[str, Any], client: httpx.Client) -> None:
    job = client.get("/jobs").json()[0]
    user = client.get("/users").json()[0]
    known = {
        "page": "1", "per_page": "5", "job_id": str(job["id"]), "location_id": job["location"]["id"],
        "employment_id": str(job["employment"]["id"]), "department_id": str(job["department"]["id"]),
        "brand_id": str(job["brand"]["id"]), "postal_code": job["postal_code"], "postal_code_radius": "30",
        "search": job["name"][:4], "email": user["email"].upper(), "date_field": "applied_at",
        "start_date": "2026-01-01", "end_date": "2026-12-31",
    }
    for path, ops in spec["paths"].items():
        params = [p for p in ops.get("get", {}).get("parameters", []) if p["in"] == "query"]
        for param in params:
            r = client.get(path, params={param["name"]: _value_for(param, known)})
            assert r.status_code == 200, (path, param["name"], r.text)
            assert isinstance(r.json(), list)
    # The filters narrow as they say.
    assert [u["id"] for u in client.get("/users", params={"email": known["email"]}).json()] == [user["id"]]
    for name, key in (("location_id", "location"), ("employment_id", "employment"),
                      ("department_id", "department"), ("brand_id", "brand")):
        got = _all(client, "/jobs", **{name: known[name]})
        assert got and all(str(j[key]["id"]) == known[name] for j in got)
    near = _all(client, "/jobs", postal_code=job["postal_code"], postal_code_radius="30")
    assert job["id"] in {j["id"] for j in near} and all(j["city"] == job["city"] for j in near)
    found = _all(client, "/jobs", search=job["name"].upper())
    assert job["id"] in {j["id"] for j in found}


def test_bad_parameters_get_grape_errors(client: httpx.Client) -> None:
    for path, params, text in (
        ("/apps", {"date_field": "created_at"}, "date_field does not have a valid value"),
        ("/apps", {"start_date": "01/02/2026"}, "start_date is invalid"),
        ("/apps", {"job_id": "x", "page": "y"}, "page is invalid, job_id is invalid"),
        ("/jobs", {"aggregate": "maybe"}, "aggregate is invalid"),
        ("/jobs/abc", {}, "id is invalid"),
    ):
        r = client.get(path, params=params)
        assert r.status_code == 400 and r.json() == {"error": text}, (path, r.text)
    r = client.get("/jobs/999999999")
    assert r.status_code == 404 and r.json() == {"error": "Couldn't find Job with 'id'=999999999"}
    r = client.get("/v1/jobs")
    assert r.status_code == 404 and r.json() == {"error": "Unable to find endpoint"}
    assert client.get("/oauth/authorize/x").json() == {"error": "not_found"}


# -- auth ---------------------------------------------------------------------------------------------
def test_oauth_client_credentials(cp: RunningSandbox) -> None:
    acct = cp.account
    assert set(acct) == {"base_url", "auth_url", "client_id", "client_secret"}
    r = _mint(cp)
    assert r.status_code == 200
    body = r.json()
    assert body["token_type"] == "Bearer" and body["expires_in"] == 172800
    assert body["scope"] == "global_partner_api"
    assert isinstance(body["created_at"], int) and abs(body["created_at"] - time.time()) < 60
    # Credentials in HTTP Basic work too; the scope may be left out (the default one is given).
    basic = base64.b64encode(f"{acct['client_id']}:{acct['client_secret']}".encode()).decode()
    r = httpx.post(acct["auth_url"] + "/oauth/token", data={"grant_type": "client_credentials"},
                   headers={"Authorization": f"Basic {basic}"})
    assert r.status_code == 200 and r.json()["scope"] == "global_partner_api"
    bad = _mint(cp, client_secret="wrong")
    assert bad.status_code == 401 and bad.json()["error"] == "invalid_client"
    assert _mint(cp, scope="public").json()["error"] == "invalid_scope"
    assert _mint(cp, grant_type="password").json()["error"] == "unsupported_grant_type"
    info = httpx.get(acct["auth_url"] + "/oauth/token/info",
                     headers={"Authorization": f"Bearer {body['access_token']}"}).json()
    assert info["resource_owner_id"] is None and info["scope"] == ["global_partner_api"]
    assert 172700 < info["expires_in"] <= 172800


def test_token_in_query_no_token_401(cp: RunningSandbox, token: str) -> None:
    base = cp.account["base_url"]
    for r in (httpx.get(base + "/jobs"), httpx.get(base + "/jobs", params={"access_token": "nope"})):
        assert r.status_code == 401 and r.headers["content-type"].startswith("application/json")
        assert isinstance(r.json()["error"], str) and r.json()["error"]
        assert "x-request-id" in r.headers  # the application answered, not the load balancer
    assert httpx.get(base + "/jobs", params={"access_token": token}).status_code == 200
    # A Bearer header is taken too (U; the connector never relies on it).
    assert httpx.get(base + "/jobs", headers={"Authorization": f"Bearer {token}"}).status_code == 200


def test_expired_tokens_and_unprovisioned_application(cp: RunningSandbox, client: httpx.Client) -> None:
    assert client.put("/_sandbox/faults", json={"expire_tokens": True}).status_code == 200
    assert client.get("/jobs").status_code == 401
    fresh = _mint(cp).json()["access_token"]
    base = cp.account["base_url"]
    assert httpx.get(base + "/jobs", params={"access_token": fresh}).status_code == 200
    client.patch("/_sandbox/settings", json={"unprovisioned": True})
    minted = _mint(cp)
    assert minted.status_code == 200  # the token mints fine …
    r = httpx.get(base + "/jobs", params={"access_token": minted.json()["access_token"]})
    assert r.status_code == 401 and r.json() == {"error": WINEBOUNCER}  # … and is refused


def test_elb_throttle_is_a_bare_html_403(client: httpx.Client) -> None:
    client.patch("/_sandbox/settings", json={"elb_throttle": 2})
    for _ in range(2):
        r = client.get("/jobs")
        assert r.status_code == 403 and r.headers["content-type"].startswith("text/html")
        assert r.text.startswith("<html>") and r.headers["server"] == "awselb/2.0"
        assert "x-request-id" not in r.headers and "x-runtime" not in r.headers
        assert is_throttle(r)
    ok = client.get("/jobs")
    assert ok.status_code == 200 and ok.headers["x-request-id"] and ok.headers["x-runtime"]
    assert not is_throttle(httpx.Response(403, json={"error": "Forbidden"}, headers={"X-Request-Id": "1"}))
    client.put("/_sandbox/faults", json={"burst_429": 1})
    assert is_throttle(client.get("/jobs"))


# -- paging and filters --------------------------------------------------------------------------
def test_paging_default_max_and_no_repeats(client: httpx.Client) -> None:
    total = client.get("/_sandbox/collections").json()["collections"]
    counts = {c["name"]: c["count"] for c in total}
    assert len(client.get("/apps").json()) == 25  # default per_page (U)
    assert len(client.get("/apps", params={"per_page": 500}).json()) == 100  # clamped to 100 (U)
    for path in ("/apps", "/jobs", "/users", "/locations"):
        one = client.get(path, params={"page": 1, "per_page": 3}).json()
        two = client.get(path, params={"page": 2, "per_page": 3}).json()
        assert len(one) == 3 and two
        assert not {x["id"] for x in one} & {x["id"] for x in two}
    everything = _all(client, "/apps", per_page=7)
    assert len(everything) == len({a["id"] for a in everything}) == counts["apps"]
    assert [a["id"] for a in everything] == sorted(a["id"] for a in everything)
    assert client.get("/apps", params={"page": 999}).json() == []


def test_apps_date_filters_are_inclusive_whole_days(client: httpx.Client) -> None:
    apps = _all(client, "/apps")
    for field in ("applied_at", "last_acted_on_at", "hired_at"):
        stamps = sorted(a[field] for a in apps if a[field])
        day = stamps[len(stamps) // 2][:10]  # the account's local date, as rendered
        same = _all(client, "/apps", date_field=field, start_date=day, end_date=day)
        assert same and all(a[field][:10] == day for a in same)
        assert len(same) == sum(1 for s in stamps if s[:10] == day)
        later = _all(client, "/apps", date_field=field, start_date=day)
        assert len(later) == sum(1 for s in stamps if s[:10] >= day)
        earlier = _all(client, "/apps", date_field=field, end_date=day)
        assert len(earlier) == sum(1 for s in stamps if s[:10] <= day)
    # date_field alone filters nothing; dates alone filter applied_at (U)
    assert len(_all(client, "/apps", date_field="hired_at")) == len(apps)
    day = apps[5]["applied_at"][:10]
    assert {a["id"] for a in _all(client, "/apps", start_date=day, end_date=day)} == {
        a["id"] for a in apps if a["applied_at"][:10] == day}
    job = apps[0]["job"]["id"]
    mine = _all(client, "/apps", job_id=job)
    assert mine and {a["id"] for a in mine} == {a["id"] for a in apps if a["job"]["id"] == job}


def test_admin_hook_moves_an_app_through_hiring_steps(client: httpx.Client) -> None:
    new = next(a for a in _all(client, "/apps") if a["hiring_step"] is None)
    assert new["hiring_status"] in ("new_app", "inactive")
    r = client.patch(f"/_sandbox/records/apps/{new['id']}", json={"hiring_step_id": "40212"})
    assert r.status_code == 200
    moved = client.get(f"/apps/{new['id']}").json()
    assert moved["hiring_step"] == {"id": 40212, "name": "Interview"}
    assert moved["hiring_status"] == "in_process"
    assert moved["last_acted_on_at"] > new["last_acted_on_at"]
    today = moved["last_acted_on_at"][:10]
    recent = _all(client, "/apps", date_field="last_acted_on_at", start_date=today)
    assert new["id"] in {a["id"] for a in recent}
    client.patch(f"/_sandbox/records/apps/{new['id']}", json={"hiring_status": "hired"})
    hired = client.get(f"/apps/{new['id']}").json()
    assert hired["hiring_status"] == "hired" and hired["hired_at"]
    unknown_step = client.patch(f"/_sandbox/records/apps/{new['id']}", json={"hiring_step_id": "1"})
    assert unknown_step.status_code == 400


def test_users_reset_rotates_login_urls(client: httpx.Client) -> None:
    before = {u["id"]: u["login_url"] for u in _all(client, "/users")}
    assert client.post("/users/reset", data={"aggregate": "false"}).status_code == 201
    after = {u["id"]: u["login_url"] for u in _all(client, "/users")}
    assert all(before[i] != after[i] for i in before)
    one = next(iter(after))
    assert client.put(f"/users/reset/{one}").status_code == 200
    assert client.get(f"/users/{one}").json()["login_url"] != after[one]


# -- POST /apps ----------------------------------------------------------------------------------
def _answers(job: dict[str, Any]) -> list[dict[str, str]]:
    """An answer to every question the job shows, following preconditions."""
    given: dict[str, str] = {}
    for q in job["prescreen_questions"]:
        pre = q["precondition"]
        if pre and given.get(pre["question_id"]) not in pre["values"]:
            continue
        if q["options"]:
            given[q["id"]] = q["options"][0]["value"]
        else:
            given[q["id"]] = {"date": "2026-12-01", "number": "3"}.get(q["type"], "Main St store, 2024")
    return [{"id": k, "value": v} for k, v in given.items()]


def _applicant(email: str, **extra: Any) -> dict[str, Any]:
    return {"email": email, "firstname": "Dana", "lastname": "Whitfield", "phone": "+1 512 555 0142",
            "city": "Austin", "state": "TX", "postal_code": "78701", "recent_title": "Barista",
            "recent_employer": "Bluebird Cafe", **extra}


def test_post_apps_refuses_missing_fields_grape_style(client: httpx.Client) -> None:
    job = next(j for j in client.get("/jobs").json() if j["status"] == "active")
    r = client.post("/apps", json={"body": {"app": {"email": "x@example.com"}}})
    assert r.status_code == 400
    error = r.json()["error"]
    for text in ("job_id is missing", "app[firstname] is missing", "app[phone] is missing",
                 "app[recent_employer] is missing", "prescreen_answers is missing",
                 "app[resume][text], app[resume][file] are missing, exactly one parameter must be provided"):
        assert text in error
    both = _applicant("b@example.com", resume={"text": "cv", "file": {"name": "cv.pdf", "data": "YQ==",
                                                                     "content_type": "application/pdf"}})
    r = client.post("/apps", json={"job_id": job["id"], "app": both, "prescreen_answers": []})
    assert r.status_code == 400 and "are mutually exclusive" in r.json()["error"]
    bad_file = _applicant("c@example.com", resume={"file": {"name": "cv.pdf", "data": "%%%"}})
    r = client.post("/apps", json={"job_id": job["id"], "app": bad_file, "prescreen_answers": []})
    assert r.json()["error"] == (
        "app[resume][file][content_type] is missing, app[resume][file][data] is invalid"
    )
    # Required prescreen questions must be answered, with one of their options (U).
    ok_app = _applicant("d@example.com", resume={"text": "Two years at Bluebird Cafe."})
    r = client.post("/apps", json={"job_id": job["id"], "app": ok_app, "prescreen_answers": []})
    assert r.status_code == 422 and "is required" in r.json()["error"]
    wrong = [{**a, "value": "maybe"} if a["id"] == "88100" else a for a in _answers(job)]
    r = client.post("/apps", json={"job_id": job["id"], "app": ok_app, "prescreen_answers": wrong})
    assert r.status_code == 422 and "88100" in r.json()["error"]
    r = client.post("/apps", json={"job_id": 1, "app": ok_app, "prescreen_answers": []})
    assert r.status_code == 404
    closed = next(j for j in _all(client, "/jobs") if j["status"] == "inactive")
    answers = _answers(closed)
    r = client.post("/apps", json={"job_id": closed["id"], "app": ok_app, "prescreen_answers": answers})
    assert r.status_code == 422


def test_post_apps_creates_and_echoes_without_an_id(client: httpx.Client) -> None:
    job = next(j for j in client.get("/jobs").json() if j["status"] == "active")
    cv = base64.b64encode(b"%PDF-1.4 Dana Whitfield").decode()
    inbound = {
        "job_id": job["id"],
        "app": _applicant("Dana.Whitfield@example.com", country="US", source_id=11,
                          resume={"file": {"name": "cv.pdf", "data": cv, "content_type": "application/pdf"}}),
        "prescreen_answers": _answers(job),
    }
    r = client.post("/apps", json={"body": inbound})  # the spec's wrapper
    assert r.status_code == 201
    echo = r.json()
    assert "id" not in echo and echo == inbound  # the InboundApp entity, no id (V)
    flat = {**inbound, "app": _applicant("sam.ortiz@example.com", resume={"text": "Cashier, 3 years."})}
    r = client.post("/apps", json=flat)  # the bare body is taken too (U)
    assert r.status_code == 201 and "id" not in r.json()
    # Reconcile as the write will: this job's apps applied today, matched by e-mail.
    recent = _all(client, "/apps", job_id=job["id"], date_field="applied_at",
                  start_date=_local_today(client, job["id"]))
    mine = [a for a in recent if a["app"]["email"].lower() == "dana.whitfield@example.com"]
    assert len(mine) == 1
    app = mine[0]
    assert app["hiring_step"] is None and app["hiring_status"] == "new_app" and app["source_name"] == "Indeed"
    assert app["last_acted_on_at"] == app["applied_at"] and app["app"]["country"] == "US"
    first = job["prescreen_questions"][0]
    assert {"id": first["id"], "name": first["name"], "answer": first["options"][0]["label"]} in (
        app["prescreen_questions"])
    assert {a["app"]["email"] for a in recent} >= {"Dana.Whitfield@example.com", "sam.ortiz@example.com"}


def _local_today(client: httpx.Client, job_id: int) -> str:
    newest = max(_all(client, "/apps", job_id=job_id), key=lambda a: a["id"])
    return str(newest["applied_at"][:10])


# -- seed data ------------------------------------------------------------------------------------
def test_seed_is_deterministic_and_consistent() -> None:
    a, b = generate(4, "small"), generate(4, "small")
    assert a == b and generate(5, "small").apps != a.apps
    assert 18 <= len(a.jobs) <= 30 and 250 <= len(a.apps) <= 340
    assert {"active", "inactive", "draft", "passive"} <= {j["status"] for j in a.jobs}
    assert {a_["hiring_status"] for a_ in a.apps} == {"new_app", "in_process", "hired", "inactive"}
    jobs = {j["id"]: j for j in a.jobs}
    last: dict[str, dict[str, Any]] = {}
    previous = 0
    for app in a.apps:
        assert int(app["id"]) > previous  # ids ascend with applied_at
        previous = int(app["id"])
        assert app["applied_ms"] <= app["acted_ms"] < ANCHOR_MS
        assert jobs[app["job_id"]]["status"] in ("active", "passive", "inactive")
        if app["hiring_status"] == "new_app":
            assert app["hiring_step_id"] is None and app["acted_ms"] == app["applied_ms"]
        if app["hiring_status"] in ("in_process", "hired"):
            assert app["hiring_step_id"] is not None
        if app["hiring_status"] == "hired":
            assert app["hired_ms"] and app["start_ms"]
        person = app["app"]["email"].lower()
        if person in last:  # re-applicants apply after their previous app was last acted on
            assert last[person]["acted_ms"] < app["applied_ms"]
            assert last[person]["app"] is app["app"]
        last[person] = app
    assert len(last) < len(a.apps)  # some people applied more than once
    assert any(q["precondition"] for q in a.questions)


def test_large_generation() -> None:
    started = time.perf_counter()
    data = generate(1, "large")
    elapsed = time.perf_counter() - started
    print(f"\nlarge CareerPlug seed: {len(data.apps)} apps, {len(data.jobs)} jobs in {elapsed:.1f} s")
    assert len(data.apps) >= 100_000 and elapsed < 20
