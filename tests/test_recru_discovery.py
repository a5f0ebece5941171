"""RECRU binds its methods by discovery (issue 13): the tenant's service map (SMD on GET of the endpoint),
else its method page, else probes; a tenant naming a method differently still syncs; a tenant without a
model syncs the rest and names what is missing; garbage where the self-description should be, an unknown
method, a refusal for lack of rights and a write the tenant does not offer each end in a clear message,
with nothing half-written and nothing sent."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from connectors.recru import sandbox_data as sd
from connectors.recru import services
from connectors.recru.sandbox import RecruSandbox
from connectors.sandbox.runner import RunningSandbox
from tests.conftest import add_account, run_cli, start_sandbox, sync_account
from tests.test_smartrecruiters_writes import rows

#: The 21 operations of RECRU's public catalogue (S [MC-README]), by their titles.
PUBLISHED = {
    "Login", "Ping", "Echo Text", "Get Jobseeker Sources", "Get Rejection Reasons",
    "Get Project Close Reasons", "Get Country Pairs", "Get User Name Pairs", "Get Multiple Codebooks",
    "Get SK NACE Pairs", "Get Locales", "Get Colors", "Get Event Types", "Get Jobseeker Apply Metadata",
    "Get Jobseeker Save Metadata", "Get Project Save Metadata", "Get Client Save Metadata",
    "Get Allowed Mobile App Menu Items", "Add Newsletter Unsubscribe", "Remove Newsletter Unsubscribe",
    "Set Viewed Tour",
}  # fmt: skip


@pytest.fixture(autouse=True)
def fresh_maps() -> Iterator[None]:
    # Each test's tenant describes itself anew (a port may be reused by the next test's sandbox).
    services.forget()
    yield
    services.forget()


def _start(**kwargs: Any) -> RunningSandbox:
    return start_sandbox("recru", size="tiny", **kwargs)


@pytest.fixture()
def sandbox() -> Iterator[RunningSandbox]:
    running = _start()
    yield running
    running.stop()


def _app(sandbox: RunningSandbox) -> RecruSandbox:
    assert isinstance(sandbox.app, RecruSandbox)
    return sandbox.app


def _sync(name: str) -> tuple[int, dict[str, dict[str, Any]]]:
    result = run_cli("sync", name, "--json")
    report = json.loads(result.out)
    return result.code, {s["stream"]: s for s in report["streams"]}


def _count(model: str) -> int:
    return int(rows(f"SELECT COUNT(*) FROM {model}")[0][0])


def test_the_tenant_describes_every_published_operation_and_the_methods_a_sync_needs(
    sandbox: RunningSandbox,
) -> None:
    app = _app(sandbox)
    assert {op.published for op in app.ops.values() if op.published} == PUBLISHED
    with httpx.Client(base_url=sandbox.base_url, timeout=10) as http:
        smd = http.get("/api/json-rpc").json()
        page = http.get("/api/index/documentation").text
    assert smd["envelope"] == "JSON-RPC-2.0" and smd["target"] == "/api/json-rpc"
    assert set(smd["services"]) == set(app.ops) and smd["methods"] == smd["services"]
    login = smd["services"]["AuthService.login"]["parameters"]
    assert [p["name"] for p in login] == ["login", "password", "type"]
    assert 'id="AuthService_login"' in page and 'id="JobseekerService_getApplyMetadata"' in page
    # The published codebooks carry German and Slovak data, umlauts and háčeks intact.
    answer = http_call(sandbox, "CodebookService.getMultipleCodebooks", codebooks=["skNace", "locales"])
    assert (
        answer["skNace"]["C"] == "Priemyselná výroba" and answer["locales"]["de_AT"] == "Deutsch (Österreich)"
    )
    fields = http_call(sandbox, "JobseekerService.getApplyMetadata")["fields"]
    assert {f["name"] for f in fields if f["required"]} == {"project_id", "first_name", "last_name", "email"}


def http_call(sandbox: RunningSandbox, method: str, **params: Any) -> Any:
    account = sandbox.account
    with httpx.Client(base_url=sandbox.base_url, timeout=10) as http:
        login = {"login": account["login"], "password": account["password"]}
        token = http.post(
            "/api/json-rpc", json={"jsonrpc": "2.0", "id": 1, "method": "AuthService.login", "params": login}
        ).json()["result"]["token"]
        body = http.post(
            "/api/json-rpc",
            json={"jsonrpc": "2.0", "id": 2, "method": method, "params": params},
            headers={"Authorization": f"Bearer {token}"},
        ).json()
    return body["result"]["data"] if "result" in body else body


def test_without_a_model_its_methods_answer_method_not_found_and_leave_the_service_map() -> None:
    running = _start(without=("candidates",))
    try:
        answer = http_call(running, "JobseekerService.getList")
        assert answer["error"] == {"code": -32601, "message": "Method not found"}
        with httpx.Client(base_url=running.base_url, timeout=10) as http:
            listed = set(http.get("/api/json-rpc").json()["services"])
        assert "JobseekerService.getList" not in listed and "ProjectService.getList" in listed
        assert {"candidates", "jobs", "users", "rejection_reasons"} <= _app(running).servable_models()
    finally:
        running.stop()


def test_a_sync_binds_each_stream_to_the_method_the_service_map_lists(
    app_home: Path, sandbox: RunningSandbox
) -> None:
    code, streams = _sync(add_account("recru", "weiss", sandbox, share=100))
    assert code == 0
    where = "(from the service map on GET /api/json-rpc)"
    assert streams["jobs"]["route"] == f"ProjectService.getList {where}"
    assert streams["candidates"]["route"] == f"JobseekerService.getList {where}"
    assert streams["users"]["route"] == f"UserService.getList {where}"
    assert streams["stages"]["route"] == f"CodebookService.getPipelineSteps {where}"
    assert streams["rejection_reasons"]["route"] == f"CodebookService.getRejectionReasons {where}"
    assert _count("rejection_reasons") == len(sd.REJECTION_REASONS)


def test_a_tenant_naming_its_lists_otherwise_still_syncs_and_says_which_method_served(
    app_home: Path, sandbox: RunningSandbox
) -> None:
    # A labelled variation (no public material names RECRU's list methods): other names, same data.
    renamed = {
        "ProjectService.getList": "ProjectService.search",
        "UserService.getList": "UserService.getUsers",
    }
    _app(sandbox).settings["renamed"] = renamed
    code, streams = _sync(add_account("recru", "weiss", sandbox, share=100))
    assert code == 0, streams
    assert streams["jobs"]["route"] == "ProjectService.search (from the service map on GET /api/json-rpc)"
    assert streams["users"]["route"].startswith("UserService.getUsers (from the service map")
    assert _count("jobs") == len(_app(sandbox).store["projects"])
    remote = json.loads(rows("SELECT remote_data FROM jobs LIMIT 1")[0][0])
    assert list(remote) == ["ProjectService.search"]  # keyed by the method that served it
    assert _app(sandbox).calls["ProjectService.getList"] > 0  # served under its new name only


def test_only_the_method_page_still_binds_every_stream(app_home: Path, sandbox: RunningSandbox) -> None:
    _app(sandbox).settings.update(
        self_description="page", renamed={"TagService.getList": "TagService.getTags"}
    )
    code, streams = _sync(add_account("recru", "weiss", sandbox, share=100))
    assert code == 0, streams
    assert streams["tags"]["route"] == "TagService.getTags (from the method page /api/index/documentation)"
    assert _count("tags") == len(_app(sandbox).store["tags"])


def test_without_any_self_description_the_streams_are_probed_and_say_so(
    app_home: Path, sandbox: RunningSandbox
) -> None:
    _app(sandbox).settings["self_description"] = "none"
    code, streams = _sync(add_account("recru", "weiss", sandbox, share=100))
    assert code == 0, streams
    assert streams["jobs"]["route"] == "ProjectService.getList (probed: RECRU describes no methods)"
    assert streams["rejection_reasons"]["route"].startswith("CodebookService.getRejectionReasons (probed")
    assert _count("jobs") == len(_app(sandbox).store["projects"]) and _count("candidates") > 0


def test_a_sign_in_page_instead_of_the_method_page_means_probing_and_a_missing_list_is_named(
    app_home: Path,
) -> None:
    running = _start(without=("candidates",))
    try:
        _app(running).settings["self_description"] = "signin"
        code, streams = _sync(add_account("recru", "weiss", running, share=100))
        assert code != 0
        assert streams["jobs"]["route"] == "ProjectService.getList (probed: RECRU describes no methods)"
        assert {name for name, s in streams.items() if s["error"]} == {"candidates"}
        assert (
            "does not offer the list of jobseekers (candidates): none of JobseekerService.getList or a "
            "similar name answers (RECRU describes no methods, so they were tried)"
            in streams["candidates"]["error"]
        )
        assert _count("jobs") == len(_app(running).store["projects"])
    finally:
        running.stop()


def test_without_candidates_a_sync_saves_every_other_stream_and_names_the_missing_one(app_home: Path) -> None:
    running = _start(without=("candidates",))
    try:
        code, streams = _sync(add_account("recru", "weiss", running, share=100))
        assert code != 0
        failed = {name for name, s in streams.items() if s["error"]}
        assert failed == {"candidates"}
        why = streams["candidates"]["error"]
        assert "does not offer the list of jobseekers (candidates)" in why
        assert f"api.recruiter-companion at {running.base_url}" in why
        assert streams["candidates"]["route"].startswith("not offered:")
        assert _count("jobs") == len(_app(running).store["projects"]) and _count("applications") > 0
        assert _count("candidates") == 0
    finally:
        running.stop()


def test_without_a_user_list_users_come_from_the_published_user_name_pairs(
    app_home: Path, sandbox: RunningSandbox
) -> None:
    _app(sandbox).settings["renamed"] = {"UserService.getList": "UserService.internalOnly"}
    code, streams = _sync(add_account("recru", "weiss", sandbox, share=100))
    assert code == 0, streams
    assert streams["users"]["route"] == (
        "CodebookService.getUserNamePairs (from the service map on GET /api/json-rpc); "
        "no user list, so names only"
    )
    names = {f"{first} {last}" for first, last in rows("SELECT first_name, last_name FROM users")}
    live = {u["name"] for u in _app(sandbox).store["users"].values() if u["status"] == 0}
    assert names == live


@pytest.mark.parametrize(
    ("mode", "said"),
    [
        ("garbage_html", "an HTML page"),
        ("garbage_json", "unreadable JSON"),
        ("garbage_shape", "JSON that is not a service map"),
    ],
)
def test_garbage_for_a_self_description_fails_clearly_and_writes_nothing(
    app_home: Path, sandbox: RunningSandbox, mode: str, said: str
) -> None:
    _app(sandbox).settings["self_description"] = mode
    code, streams = _sync(add_account("recru", "weiss", sandbox, share=100))
    assert code != 0
    assert set(streams) >= {"users", "jobs", "candidates", "applications", "tags"}
    for stream in streams.values():
        why = stream["error"]
        assert f"RECRU (api.recruiter-companion at {sandbox.base_url})" in why
        assert f"self-description (GET /api/json-rpc) with {said}" in why
        assert "Check that the account's address is the RECRU address" in why
    assert all(_count(model) == 0 for model in ("users", "jobs", "candidates", "applications", "tags"))


def test_a_refusal_for_lack_of_rights_is_permission_denied_for_that_stream_only(
    app_home: Path, sandbox: RunningSandbox
) -> None:
    _app(sandbox).settings["denied_methods"] = ["ApplicationService.getList"]
    code, streams = _sync(add_account("recru", "weiss", sandbox, share=100))
    assert code != 0
    assert {name for name, s in streams.items() if s["error"]} == {"applications"}
    assert "may not use ApplicationService.getList (Zugriff verweigert" in streams["applications"]["error"]

    import asyncio

    from connectors import registry
    from connectors.http import PermissionDenied
    from connectors.recru import rpc

    async def read() -> None:
        client = registry.get("recru").client(sandbox.account)
        try:
            await rpc.call(client, "ApplicationService.getList")
        finally:
            await client.aclose()

    with pytest.raises(PermissionDenied):
        asyncio.run(read())


def _act(tmp_path: Path, action: str, data: dict[str, Any]) -> Any:
    path = tmp_path / "in.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return run_cli("act", action, "--account", "weiss", "--input", str(path))


def test_a_write_the_tenant_does_not_offer_is_refused_before_anything_is_sent(
    app_home: Path, sandbox: RunningSandbox, tmp_path: Path
) -> None:
    app = _app(sandbox)
    app.settings["renamed"] = {"JobseekerService.addTag": "JobseekerService.internalLabel"}
    sync_account(add_account("recru", "weiss", sandbox, share=100))
    candidate, remote = rows("SELECT id, remote_id FROM candidates ORDER BY remote_id LIMIT 1")[0]
    before = list(app.store["jobseekers"].get(str(remote))["tag_ids"])
    app.calls.clear()
    result = _act(
        tmp_path, "add-tag-to-candidate", {"candidate_id": candidate, "tag": {"name": "Top-Kandidat"}}
    )
    assert result.code != 0
    said = result.out + result.err
    assert "does not offer assigning a tag to a jobseeker" in said and "Nothing was sent" in said
    assert app.calls["JobseekerService.addTag"] == 0
    assert app.store["jobseekers"].get(str(remote))["tag_ids"] == before


def test_a_field_the_tenants_apply_form_requires_is_asked_for_before_sending(
    app_home: Path, sandbox: RunningSandbox, tmp_path: Path
) -> None:
    app = _app(sandbox)
    app.settings["required_apply_fields"] = ["phone"]
    sync_account(add_account("recru", "weiss", sandbox, share=100))
    job = str(rows("SELECT id FROM jobs WHERE status = 'OPEN' ORDER BY remote_id LIMIT 1")[0][0])
    app.calls.clear()
    data = {
        "candidate": {"first_name": "Jörg", "last_name": "Weiß", "email_address": "joerg.weiss@web.de"},
        "application": {"job_id": job},
    }
    result = _act(tmp_path, "create-candidate", data)
    assert result.code != 0
    said = result.out + result.err
    assert "requires on its apply form" in said and "Telefon (candidate.phone_number)" in said
    assert app.calls["JobseekerService.save"] == 0 and app.calls["JobseekerService.apply"] == 0
    data["candidate"]["phone_number"] = "+49 30 1234567"
    assert _act(tmp_path, "create-candidate", data).code == 0
    assert app.calls["JobseekerService.save"] == 1
