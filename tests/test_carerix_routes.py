"""Carerix on both of its APIs (issue 13): the XML REST API with Basic or OAuth sign-in and the GraphQL
API, chosen by the account's ``api`` setting; the same unified records from either; every list paged
until the vendor's total, whatever its largest page; GraphQL error payloads as typed errors; models
switched off with ``--without`` fail their own stream only."""

from __future__ import annotations

import asyncio
import json
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast

import httpx
import pytest

from connectors.carerix import graphql as gql
from connectors.carerix import signin
from connectors.carerix.connector import CONNECTOR, GRAPHQL_SCOPE, PAGES
from connectors.carerix.sandbox import CarerixSandbox
from connectors.http import AuthError, NotFound, OAuthClientCredentials, PermissionDenied, VendorRejected
from connectors.sandbox.runner import RunningSandbox
from connectors.unified.model import BOOKKEEPING, FOREIGN_KEYS
from tests.conftest import add_account, read_export, run_cli, sandbox_control, sandbox_records, start_sandbox

SEED = 7


def _export(tmp_path: Path, account: str) -> dict[str, list[dict[str, Any]]]:
    out = tmp_path / account
    result = run_cli("export", "--account", account, "--format", "jsonl", "--out", str(out))
    assert result.code == 0, result.err
    return read_export(out)


def _sync(account: str) -> dict[str, Any]:
    result = run_cli("sync", account, "--json")
    report: dict[str, Any] = json.loads(result.out)
    return report


def _by_remote(data: dict[str, list[dict[str, Any]]]) -> dict[str, dict[str, dict[str, Any]]]:
    """Each model's records by vendor id, with what can only differ by route left out:
    our ids and bookkeeping (derived from the account, and each route is its own account), foreign keys
    as the vendor ids they point to, and ``remote_data`` (the vendor's raw object: XML text values and
    a ``+0200`` date spelling on one route, typed JSON values, ``_id``/``_kind`` and ISO dates on the
    other; the mapped fields read both the same)."""
    remote_of = {(model, r["id"]): r["remote_id"] for model, rows in data.items() for r in rows}
    out: dict[str, dict[str, dict[str, Any]]] = {}
    for model, rows in data.items():
        for row in rows:
            fields = {k: v for k, v in row.items() if k not in BOOKKEEPING and k != "remote_data"}
            for (owner, column), target in FOREIGN_KEYS.items():
                if owner == model and fields.get(column):
                    fields[column] = remote_of.get((target, fields[column]), "?")
            out.setdefault(model, {})[row["remote_id"]] = fields
    return out


def test_the_same_seed_over_xml_and_over_graphql_gives_the_same_records(
    app_home: Path, tmp_path: Path
) -> None:
    # "small": candidates and matches take several pages on both routes.
    xml = start_sandbox("carerix", size="small", seed=SEED)
    graph = start_sandbox("carerix", size="small", seed=SEED, api="graphql")
    try:
        assert graph.account["api"] == "graphql" and "api_token" not in graph.account
        reports = {}
        for name, sandbox in (("cx-xml", xml), ("cx-graphql", graph)):
            # The records are compared, not the files (their paced downloads took about 35 s a route).
            add_account("carerix", name, sandbox, files=False, share=100)
            reports[name] = _sync(name)
            assert reports[name]["ok"], reports[name]
    finally:
        xml.stop()
        graph.stop()
    routes = {name: {s["stream"]: s["route"] for s in r["streams"]} for name, r in reports.items()}
    assert routes["cx-xml"]["matches"].startswith("XML API GET /CRMatch, HTTP Basic")
    assert routes["cx-graphql"]["matches"].startswith("GraphQL API /graphql/v1/graphql crMatchPage, OAuth")
    assert [s["pages"] for s in reports["cx-graphql"]["streams"] if s["stream"] == "matches"] != [1]

    over_xml = _by_remote(_export(tmp_path, "cx-xml"))
    over_graphql = _by_remote(_export(tmp_path, "cx-graphql"))
    models = {"users", "jobs", "candidates", "application_stages", "applications", "attachments"}
    assert set(over_xml) == models
    for model in over_xml:
        assert over_xml[model].keys() == over_graphql[model].keys(), model
        for remote_id, fields in over_xml[model].items():
            assert over_graphql[model][remote_id] == fields, (model, remote_id)


def test_the_xml_api_signs_in_with_oauth_client_credentials(app_home: Path) -> None:
    sandbox = start_sandbox("carerix", auth="oauth")
    try:
        account = sandbox.account
        assert account["token_url"].endswith("/auth/realms/oranjeflex/protocol/openid-connect/token")
        assert "api_token" not in account and account["api"] == "xml"
        add_account("carerix", "cx", sandbox, share=100)
        report = _sync("cx")
        assert report["ok"], report
        assert all(
            s["route"].startswith(f"XML API GET /{entity}, OAuth client credentials")
            and "urn:cx/xmlapi:data:manage" in s["route"]
            for s, entity in zip(
                report["streams"],
                ("CRUser", "CRVacancy", "CREmployee", "CRStatusInfo", "CRMatch"),
                strict=True,
            )
        )
        with sandbox_control(sandbox) as control:
            requests = control.get("/requests").json()["requests"]
        assert requests["POST /auth/realms/{realm}/protocol/openid-connect/token"] == 1  # one token, reused
        assert requests["GET /CRMatch"] >= 1

        bad = {**account, "client_secret": "f" * 32}
        assert run_cli("accounts", "add", "carerix", "--name", "bad", stdin=json.dumps(bad)).code == 0
        result = run_cli("sync", "bad")
        assert result.code != 0 and "refused the client id or secret" in result.err
        assert "f" * 32 not in result.err + result.out
    finally:
        sandbox.stop()


def test_a_bearer_token_needs_the_xml_scope_and_basic_still_works() -> None:
    sandbox = start_sandbox("carerix", auth="oauth")
    try:
        token_url = sandbox.account["token_url"]
        form = {
            "grant_type": "client_credentials",
            "client_id": sandbox.account["client_id"],
            "client_secret": sandbox.account["client_secret"],
        }
        graph_only = httpx.post(token_url, data={**form, "scope": "urn:cx/cx5Wrapper:data:manage"}).json()
        answer = httpx.get(
            f"{sandbox.base_url}/CRStatusInfo",
            headers={"Authorization": f"Bearer {graph_only['access_token']}"},
        )
        assert answer.status_code == 403 and b"urn:cx/xmlapi:data:manage" in answer.content
        assert httpx.post(token_url, data={**form, "scope": "urn:cx/other"}).status_code == 400
        app = sandbox.app
        assert isinstance(app, CarerixSandbox)
        basic = httpx.get(f"{sandbox.base_url}/CRStatusInfo", auth=(app.application_name, app.api_token))
        assert basic.status_code == 200
    finally:
        sandbox.stop()


@pytest.fixture()
def many_statuses() -> Iterator[RunningSandbox]:
    sandbox = start_sandbox("carerix")
    with sandbox_control(sandbox) as control:
        for n in range(111):  # 9 seeded + 111 = 120 statuses: two pages of the vendor's largest (100)
            record = {"statusName": f"stap{n:03d}", "displayName": f"Stap {n:03d}", "sortOrder": 100 + n}
            assert control.post("/records/CRStatusInfo", json=record).status_code == 201
    yield sandbox
    sandbox.stop()


@pytest.mark.parametrize("api", ["xml", "graphql"])
def test_stages_beyond_one_page_are_all_read_and_ranked_as_one_list(
    app_home: Path, tmp_path: Path, many_statuses: RunningSandbox, api: str
) -> None:
    app = many_statuses.app
    assert isinstance(app, CarerixSandbox)
    app.api = api  # the same data, the account for either API
    account = json.dumps(app.account())
    assert run_cli("accounts", "add", "carerix", "--name", "cx", stdin=account).code == 0
    assert run_cli("accounts", "edit", "cx", "--attachments-cap", "0").code == 0  # stages, not files
    report = _sync("cx")
    assert report["ok"], report
    stages = next(s for s in report["streams"] if s["stream"] == "stages")
    assert stages["created"] == 120 and "120 statuses read whole in 2 page(s)" in stages["route"]
    exported = _export(tmp_path, "cx")["application_stages"]
    ranked = sorted(exported, key=lambda s: s["global_index"])
    assert [s["global_index"] for s in ranked] == list(range(120))
    assert ranked[-1]["name"] == "Stap 110"


def test_paging_follows_the_total_whatever_page_size_the_vendor_serves() -> None:
    # Asked 100, served 40 of 120: two more pages, never "a short page, so done".
    second = PAGES.next(PAGES.first(), {"count": 120}, [{}] * 40)
    assert second == {"start": 40, "count": 100}
    assert PAGES.next(second, {"count": 120}, [{}] * 40) == {"start": 80, "count": 100}
    assert PAGES.next({"start": 80, "count": 100}, {"count": 120}, [{}] * 40) is None
    # Without a total a short page proves nothing; only an empty one ends the list.
    assert PAGES.next({"start": 0, "count": 100}, {"count": None}, [{}] * 40) == {"start": 40, "count": 100}
    assert PAGES.next({"start": 40, "count": 100}, {"count": None}, []) is None
    pageable = gql.PageablePaging()
    assert pageable.next({"page": 0, "size": 100}, {"count": 120, "size": 50}, [{}] * 50) == {
        "page": 1,
        "size": 100,
    }
    assert pageable.next({"page": 2, "size": 100}, {"count": 120, "size": 50}, [{}] * 20) is None


def test_a_model_switched_off_on_graphql_fails_its_stream_alone_with_a_clear_error(
    app_home: Path, tmp_path: Path
) -> None:
    sandbox = start_sandbox("carerix", api="graphql", without=("applications",))
    try:
        add_account("carerix", "cx", sandbox, files=False, share=100)
        result = run_cli("sync", "cx", "--json")
        report = json.loads(result.out)
    finally:
        sandbox.stop()
    assert result.code != 0
    failed = {s["stream"]: s["error"] for s in report["streams"] if s["error"]}
    assert list(failed) == ["matches"]
    assert "Carerix GraphQL (crMatchPage, for matches) does not know what we asked for" in failed["matches"]
    assert "Identity Access → Clients" in failed["matches"] and "crMatchPage" in failed["matches"]
    data = _export(tmp_path, "cx")
    assert not data.get("applications")  # nothing of the failed stream is written …
    assert data["candidates"] and data["jobs"] and data["application_stages"]  # … the rest is saved


def test_a_model_switched_off_on_xml_fails_its_stream_alone(app_home: Path, tmp_path: Path) -> None:
    sandbox = start_sandbox("carerix", without=("application_stages",))
    try:
        add_account("carerix", "cx", sandbox, files=False, share=100)
        report = json.loads(run_cli("sync", "cx", "--json").out)
    finally:
        sandbox.stop()
    failed = {s["stream"]: s["error"] for s in report["streams"] if s["error"]}
    assert list(failed) == ["stages"] and "/CRStatusInfo" in failed["stages"] and "404" in failed["stages"]
    data = _export(tmp_path, "cx")
    assert data["applications"] and not data.get("application_stages")


def _answer(payload: dict[str, Any]) -> httpx.Response:
    request = httpx.Request(
        "POST", "https://api.carerix.io/graphql/v1/graphql", json={"query": "{ crUserPage }"}
    )
    return httpx.Response(200, json=payload, request=request)


@pytest.mark.parametrize(
    ("message", "classification", "error"),
    [
        ("Field 'crUserPage' in type 'Query' is undefined", "ValidationError", NotFound),
        ("Unauthorized: the access token has expired", "UNAUTHENTICATED", AuthError),
        ("Access denied: missing scope urn:cx/cx5Wrapper:data:manage", "FORBIDDEN", PermissionDenied),
        ("qualifier: CRUser has no key 'salary'", "BAD_REQUEST", VendorRejected),
    ],
)
def test_graphql_error_payloads_become_typed_errors_naming_the_read(
    message: str, classification: str, error: type[Exception]
) -> None:
    payload = {
        "errors": [{"message": message, "extensions": {"classification": classification}}],
        "data": None,
    }
    with pytest.raises(error) as raised:
        CONNECTOR.decode(_answer(payload))
    assert "crUserPage, for users" in str(raised.value) and message in str(raised.value)


def test_settings_say_which_credentials_each_api_needs() -> None:
    assert CONNECTOR.check_settings({"application_name": "mybureau", "api_token": "t"}) == []
    assert (
        CONNECTOR.check_settings(
            {"api": "graphql", "client_id": "c", "client_secret": "s", "application_name": "mybureau"}
        )
        == []
    )
    problems = CONNECTOR.check_settings({"api": "graphql", "application_name": "mybureau"})
    assert any("'client_id' and 'client_secret'" in p for p in problems)
    assert any("'api' is 'xml'" in p for p in CONNECTOR.check_settings({"api": "soap", "api_token": "t"}))
    client = CONNECTOR.client(
        {"api": "graphql", "client_id": "c", "client_secret": "s", "application_name": "b"}
    )
    assert client.base_url == "https://api.carerix.io"
    assert CONNECTOR.client({"application_name": "b", "api_token": "t"}).base_url == "https://api.carerix.com"


def test_graphql_finds_the_paging_type_the_tenant_knows(app_home: Path) -> None:
    sandbox = start_sandbox("carerix", api="graphql")
    try:
        with sandbox_control(sandbox) as control:
            assert (
                control.patch("/settings", json={"graphql_pageable_type": "SimplePageable"}).status_code
                == 200
            )
        add_account("carerix", "cx", sandbox, files=False, share=100)
        report = _sync("cx")
    finally:
        sandbox.stop()
    assert report["ok"], report
    assert all(
        s["route"].endswith("paging input SimplePageable") or "statuses read whole" in s["route"]
        for s in report["streams"]
    )
    assert "paging input SimplePageable" in next(
        s["route"] for s in report["streams"] if s["stream"] == "jobs"
    )


def test_without_a_token_address_the_known_sign_in_hosts_are_tried_in_turn() -> None:
    sandbox = start_sandbox("carerix", api="graphql")
    with socket.socket() as spare:  # a loopback port nobody listens on: an identity host that is not there
        spare.bind(("127.0.0.1", 0))
        dead = (
            f"http://127.0.0.1:{spare.getsockname()[1]}/auth/realms/oranjeflex/protocol/openid-connect/token"
        )
    account = sandbox.account
    options = tuple(
        OAuthClientCredentials(url, account["client_id"], account["client_secret"], scope=GRAPHQL_SCOPE)
        for url in (dead, account["token_url"])
    )
    auth = signin.FirstTokenUrl(options)

    async def sign_in() -> dict[str, str]:
        headers: dict[str, str] = {}
        async with httpx.AsyncClient() as client:
            await auth.apply(client, headers, {})
            await auth.apply(client, headers, {})  # the working host is kept
        return headers

    try:
        headers = asyncio.run(sign_in())
    finally:
        sandbox.stop()
    assert headers["Authorization"].startswith("Bearer ")
    assert auth.token_url == account["token_url"]
    assert signin.candidates("mybureau") == (
        "https://id.carerix.io/auth/realms/mybureau/protocol/openid-connect/token",
        "https://id-s4.carerix.io/auth/realms/mybureau/protocol/openid-connect/token",
    )


def test_writes_on_a_graphql_account_say_they_need_the_xml_api() -> None:
    settings = {"api": "graphql", "client_id": "c", "client_secret": "s", "application_name": "mybureau"}

    async def send() -> None:
        async with CONNECTOR.client(settings) as client:
            spec = next(iter(CONNECTOR.actions.values()))
            await spec.send(client, {}, cast(Any, None))

    with pytest.raises(PermissionDenied, match="writes through Carerix's XML API"):
        asyncio.run(send())


def test_a_graphql_delta_asks_only_for_changes_with_the_same_qualifier(
    app_home: Path, tmp_path: Path
) -> None:
    sandbox = start_sandbox("carerix", api="graphql")
    try:
        add_account("carerix", "cx", sandbox, files=False, share=100)
        assert _sync("cx")["ok"]
        match = next(iter(sandbox_records(sandbox, "CRMatch")))
        with sandbox_control(sandbox) as control:
            assert (
                control.patch(f"/records/CRMatch/{match['id']}", json={"statusInfo": "6"}).status_code == 200
            )
        delta = _sync("cx")
    finally:
        sandbox.stop()
    assert delta["ok"], delta
    matches = next(s for s in delta["streams"] if s["stream"] == "matches")
    assert matches["mode"] == "delta" and matches["changed"] == 1
    jobs = next(s for s in delta["streams"] if s["stream"] == "jobs")
    assert jobs["mode"] == "delta" and jobs["changed"] == 0 and jobs["created"] == 0
    moved = next(a for a in _export(tmp_path, "cx")["applications"] if a["remote_id"] == match["id"])
    assert moved["outcome"] in ("HIRED", "DECLINED", "PENDING") and moved["current_stage_id"]


def test_test_connection_works_on_either_api_and_names_bad_credentials() -> None:
    sandbox = start_sandbox("carerix", api="graphql")
    try:
        with sandbox_control(sandbox) as control:
            control.patch("/settings", json={"graphql_pageable_type": "SimplePageable"})

        async def check(settings: dict[str, str]) -> None:
            async with CONNECTOR.client(settings) as client:
                await CONNECTOR.check_connection(client)

        asyncio.run(check(sandbox.account))
        app = sandbox.app
        assert isinstance(app, CarerixSandbox)
        asyncio.run(
            check(
                {"base_url": sandbox.base_url, "application_name": "oranjeflex", "api_token": app.api_token}
            )
        )
        with pytest.raises(AuthError, match="refused the client id or secret"):
            asyncio.run(check({**sandbox.account, "client_secret": "0" * 32}))
    finally:
        sandbox.stop()
