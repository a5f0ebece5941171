"""API passthrough as a user runs it (issue 6 §3): ``recruiter-companion passthrough ACCOUNT METHOD PATH``
returns the sandbox's raw answer with the account's authentication, and never sends credentials to
another host."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from connectors.sandbox.runner import RunningSandbox
from tests.conftest import run_cli, sandbox_control, sandbox_records, start_sandbox
from tests.test_erecruiter_sync import er_account, er_sandbox

__all__ = ["er_account", "er_sandbox"]  # fixtures used here


class _Recorder(BaseHTTPRequestHandler):
    seen: list[dict[str, Any]] = []

    def _any(self) -> None:
        length = int(self.headers.get("content-length") or 0)
        self.seen.append({"path": self.path, "headers": dict(self.headers), "body": self.rfile.read(length)})
        self.send_response(200)
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"{}")

    do_GET = do_POST = do_PUT = _any

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
        pass


@pytest.fixture()
def stranger() -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """Another loopback host that records whatever reaches it."""
    _Recorder.seen = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", _Recorder.seen
    server.shutdown()
    server.server_close()


def _sent(sandbox: RunningSandbox) -> int:
    with sandbox_control(sandbox) as c:
        return int(c.get("/requests").json()["total"])


def test_a_raw_get_shows_the_sandboxs_answer_without_secrets(
    er_account: str, er_sandbox: RunningSandbox
) -> None:
    result = run_cli("passthrough", er_account, "GET", "/Api/PublishedJobs", "--query", "channel=")
    assert result.code == 0, result.err
    head, _, body = result.out.partition("\n\n")
    assert head.splitlines()[0] == "HTTP 200 OK"
    assert "content-type: application/json" in head.lower()
    jobs = json.loads(body)["Jobs"]
    on_portal = [
        j
        for j in sandbox_records(er_sandbox, "jobs")
        if j["Status"] == "Open" and any(p["Channel"] is None for p in j["PublishedOn"])
    ]
    assert [j["Id"] for j in jobs] == [j["Id"] for j in on_portal] and jobs[0]["Title"] == on_portal[0][
        "Title"
    ]
    assert er_sandbox.account["api_key"] not in result.out + result.err
    app = er_sandbox.app
    assert all(token not in result.out for token in app.tokens._tokens)  # type: ignore[attr-defined]


def test_a_raw_write_and_an_error_answer_come_back_as_they_are(
    er_account: str, er_sandbox: RunningSandbox, tmp_path: Path
) -> None:
    body = tmp_path / "applicant.json"
    body.write_text(
        json.dumps(
            {
                "DateOfCreation": "2026-11-20T10:00:00Z",
                "FirstName": "Jadwiga",
                "LastName": "Wiśniewska",
                "Email": "jadwiga.wisniewska@example.pl",
            }
        ),
        encoding="utf-8",
    )
    created = run_cli("passthrough", er_account, "PUT", "Api/Applicant/", "--data", str(body), "--json")
    assert created.code == 0, created.err
    answer = json.loads(created.out)
    assert answer["status"] == 200 and answer["body"]["LastName"] == "Wiśniewska"
    applicants_all = sandbox_records(er_sandbox, "applicants")
    assert any(a["Email"] == "jadwiga.wisniewska@example.pl" for a in applicants_all)

    missing = run_cli("passthrough", er_account, "GET", "/Api/Job/999999")
    assert missing.code == 4
    assert missing.out.startswith("HTTP 404") and '"Message":"Job 999999 not found."' in missing.out


def test_another_host_is_refused_and_no_credential_leaves(
    er_account: str, er_sandbox: RunningSandbox, stranger: tuple[str, list[dict[str, Any]]]
) -> None:
    url, seen = stranger
    before = _sent(er_sandbox)
    for target in (f"{url}/Api/Jobs", er_sandbox.base_url.replace("127.0.0.1", "localhost") + "/Api/Jobs"):
        result = run_cli("passthrough", er_account, "GET", target)
        assert result.code == 3, result.err
        assert "Refusing to send eRecruiter credentials" in result.err
    assert seen == []  # nothing reached the other host, not even a sign-in
    assert _sent(er_sandbox) == before  # nor was a token minted for it
    assert er_sandbox.account["api_key"] not in result.err


def test_vendors_without_passthrough_are_refused_clearly(app_home: Path) -> None:
    sandbox = start_sandbox("careerplug", size="tiny")
    try:
        added = run_cli("accounts", "add", "careerplug", "--name", "plug", stdin=json.dumps(sandbox.account))
        assert added.code == 0, added.err
        result = run_cli("passthrough", "plug", "GET", "/jobs")
    finally:
        sandbox.stop()
    assert result.code == 2
    assert "CareerPlug does not offer API passthrough; it is offered for eRecruiter" in result.err
    bad = run_cli("passthrough", "plug", "FETCH", "/jobs")
    assert bad.code == 2 and "Unknown method 'FETCH'" in bad.err
