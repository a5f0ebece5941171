"""``accounts diagnose NAME --out FILE.zip``: a report a user can send, with shapes and never values."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from connectors import registry
from connectors.base.shapes import body_shape, path_template
from connectors.sandbox.runner import RunningSandbox
from tests.conftest import add_account, run_cli, sandbox_records, start_sandbox


def _unzipped(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as zf:
        return {name: zf.read(name).decode("utf-8") for name in zf.namelist()}


def test_the_report_holds_requests_and_shapes_but_no_secret_and_no_person(
    app_home: Path, tmp_path: Path, sr_sandbox: RunningSandbox
) -> None:
    add_account("smartrecruiters", "acme", sr_sandbox)
    out = tmp_path / "acme.zip"
    result = run_cli("accounts", "diagnose", "acme", "--out", str(out))
    assert result.code == 0, result.err
    assert f"Wrote {out}" in result.err
    files = _unzipped(out)
    assert set(files) == {"README.txt", "report.json", "requests.jsonl"}

    report = json.loads(files["report.json"])
    assert report["account"] == "acme" and report["vendor"] == "smartrecruiters"
    assert {c["name"] for c in report["capabilities"]} >= {"jobs", "candidates", "create-candidate"}
    assert report["versions"]["recruiter-companion"]
    requests = [json.loads(line) for line in files["requests.jsonl"].splitlines()]
    assert len(requests) == report["requests"] > 5
    assert {"method", "path", "status", "ms", "content_type", "shape"} == set(requests[0])
    paths = {r["path"] for r in requests}
    assert "/candidates" in paths and "/candidates/{id}" in paths and "/jobs/{id}/hiring-team" in paths
    listing = next(r for r in requests if r["path"] == "/candidates")
    assert listing["status"] == 200 and listing["shape"]["json"]["content"][0]["firstName"] == "string"

    text = "\n".join(files.values())
    assert sr_sandbox.account["api_key"] not in text
    people = sandbox_records(sr_sandbox, "candidates")
    for person in people[:20]:
        for value in (person["firstName"], person["lastName"], person["email"], person.get("phoneNumber")):
            assert not value or value not in text, value
    assert not any(r["id"] in text for r in people)


def test_careerplug_query_tokens_stay_out_of_the_report(app_home: Path, tmp_path: Path) -> None:
    sandbox = start_sandbox("careerplug")
    try:
        add_account("careerplug", "cp", sandbox)
        out = tmp_path / "cp.zip"
        assert run_cli("accounts", "diagnose", "cp", "--out", str(out)).code == 0
        text = "\n".join(_unzipped(out).values())
        assert sandbox.account["client_secret"] not in text and sandbox.account["client_id"] not in text
        assert "access_token" not in text
        apps = sandbox_records(sandbox, "apps")
        assert not any(str(app["app"].get("email")) in text for app in apps[:20])
    finally:
        sandbox.stop()


@pytest.mark.parametrize("where", ["missing/dir/report.zip", "."])
def test_an_unwritable_target_says_what_to_do(
    app_home: Path, tmp_path: Path, sr_sandbox: RunningSandbox, where: str
) -> None:
    add_account("smartrecruiters", "acme", sr_sandbox)
    result = run_cli("accounts", "diagnose", "acme", "--out", str(tmp_path / where))
    assert result.code == 2
    assert "--out" in result.err and str(tmp_path) in result.err


def test_a_folder_that_refuses_files_is_refused_cleanly(
    app_home: Path, tmp_path: Path, sr_sandbox: RunningSandbox
) -> None:
    add_account("smartrecruiters", "acme", sr_sandbox)
    # /proc takes no new files, not even from root (tests may run as root, where chmod does not bite).
    result = run_cli("accounts", "diagnose", "acme", "--out", "/proc/acme-report.zip")
    assert result.code == 2, result.err
    assert (
        "Cannot write /proc/acme-report.zip" in result.err and "Pick a folder you can write to" in result.err
    )


def test_ids_leave_paths_and_values_leave_bodies() -> None:
    assert path_template("/candidates/3f2a9c1e-0b7d-4e55-9a4f-2b1c0d9e8f7a/jobs/17/status") == (
        "/candidates/{id}/jobs/{id}/status"
    )
    assert path_template("/user-api/v201804/users/5f1e2d3c4b5a69788796a5b4") == "/user-api/v201804/users/{id}"
    assert path_template("/CRVacancy/123") == "/CRVacancy/{id}"
    shape = body_shape(
        b'{"total": 2, "items": [{"name": "Ada", "mail": "ada@x.de", "ok": true, "score": 1.5}], '
        b'"byId": {"123": {"x": null}, "456": {"x": null}}}',
        "application/json",
    )
    assert shape == {
        "json": {
            "total": "integer",
            "items": [{"name": "string", "mail": "string", "ok": "boolean", "score": "number"}],
            "byId": {"{key}": {"x": "null"}},
        }
    }
    xml = body_shape(
        b'<list count="2"><CRUser id="1"><name>Ada</name></CRUser><CRUser id="2"/></list>', "text/xml"
    )
    assert xml == {
        "xml": {
            "element": "list",
            "attributes": ["count"],
            "children": [{"element": "CRUser", "attributes": ["id"], "children": [{"element": "name"}]}],
        }
    }
    assert "Ada" not in json.dumps(xml)


@pytest.mark.parametrize("vendor", registry.vendors())
def test_no_vendor_report_holds_a_credential(app_home: Path, tmp_path: Path, vendor: str) -> None:
    sandbox = start_sandbox(vendor)
    try:
        add_account(vendor, "acme", sandbox)
        out = tmp_path / "acme.zip"
        result = run_cli("accounts", "diagnose", "acme", "--out", str(out))
        assert result.code == 0, result.err
    finally:
        sandbox.stop()
    files = _unzipped(out)
    text = "\n".join(files.values())
    secrets = [
        sandbox.account[name] for name in registry.get(vendor).secret_fields if sandbox.account.get(name)
    ]
    assert secrets and not any(secret in text for secret in secrets)
    assert all(json.loads(line)["shape"] is not None for line in files["requests.jsonl"].splitlines()[:3])
    if vendor == "recru":  # one JSON-RPC path for everything: the method called tells the requests apart
        assert any(json.loads(line).get("rpc") for line in files["requests.jsonl"].splitlines())
