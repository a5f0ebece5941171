"""The RECRU sandbox against its contract (``connectors/recru/VENDOR.md``), spoken to as raw JSON-RPC over
loopback: sign-in, the gone-session and protocol errors, paging and filters, FAILED results of the
writes, \\u-escaped umlauts, and 429s for going too fast."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from connectors.recru.sandbox import RecruSandbox
from connectors.sandbox.runner import RunningSandbox
from tests.conftest import start_sandbox


@pytest.fixture()
def sandbox() -> Iterator[RunningSandbox]:
    running = start_sandbox("recru", size="tiny")
    yield running
    running.stop()


class Rpc:
    """A bare JSON-RPC caller: what any integration would write against RECRU."""

    def __init__(self, sandbox: RunningSandbox) -> None:
        self.http = httpx.Client(base_url=sandbox.base_url, timeout=10)
        self.account = sandbox.account
        self.token: str | None = None
        self.seq = 0

    def raw(self, method: str, params: Any = None, *, token: str | None = None) -> httpx.Response:
        self.seq += 1
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        body = {"jsonrpc": "2.0", "id": self.seq, "method": method, "params": params or {}}
        return self.http.post("/api/json-rpc", json=body, headers=headers)

    def login(self) -> str:
        answer = self.raw(
            "AuthService.login", {"login": self.account["login"], "password": self.account["password"]}
        )
        self.token = answer.json()["result"]["token"]
        return self.token

    def __call__(self, method: str, **request: Any) -> dict[str, Any]:
        if self.token is None:
            self.login()
        answer = self.raw(method, {"request": request} if request else {}, token=self.token)
        assert answer.status_code == 200, answer.text
        body: dict[str, Any] = answer.json()
        assert body["id"] == self.seq and body["jsonrpc"] == "2.0"
        return body


@pytest.fixture()
def rpc(sandbox: RunningSandbox) -> Iterator[Rpc]:
    caller = Rpc(sandbox)
    yield caller
    caller.http.close()


def test_login_answers_a_token_and_the_api_user(rpc: Rpc) -> None:
    answer = rpc.raw(
        "AuthService.login", {"login": rpc.account["login"], "password": rpc.account["password"], "type": 1}
    )
    result = answer.json()["result"]
    assert answer.status_code == 200 and result["status"] == "OK" and result["token"]
    assert result["user"]["username"] == rpc.account["login"] and result["user"]["acl"] == 1
    assert result["user_id"] == result["user"]["id"]


def test_a_wrong_password_is_a_failed_result_without_token(rpc: Rpc) -> None:
    answer = rpc.raw("AuthService.login", {"login": rpc.account["login"], "password": "falsch"})
    result = answer.json()["result"]
    assert answer.status_code == 200 and result["status"] == "FAILED" and "token" not in result
    assert result["message"] == "Ungültiger Benutzername oder Passwort"


def test_a_gone_session_is_error_32000_in_a_200_or_a_401_when_switched(
    rpc: Rpc, sandbox: RunningSandbox
) -> None:
    answer = rpc.raw("UserService.getList", {"request": {}}, token="not-a-token")
    assert answer.status_code == 200
    assert answer.json()["error"] == {"code": -32000, "message": "Unauthorized: invalid or expired token"}
    sandbox.app.settings["auth_error_status"] = 401
    answer = rpc.raw("UserService.getList", {"request": {}})
    assert answer.status_code == 401 and answer.json()["error"]["code"] == -32000
    assert rpc.raw("TestService.ping").json()["error"]["code"] == -32000  # Ping proves the token too
    assert rpc.raw("TestService.ping", token=rpc.login()).json()["result"]["data"] == {"pong": True}


def test_protocol_errors_follow_json_rpc(rpc: Rpc, sandbox: RunningSandbox) -> None:
    token = rpc.login()
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    parse = rpc.http.post("/api/json-rpc", content=b"{nope", headers=headers)
    assert parse.status_code == 200 and parse.json()["error"]["code"] == -32700
    batch = rpc.http.post("/api/json-rpc", json=[{"jsonrpc": "2.0", "id": 1, "method": "TestService.ping"}])
    assert batch.json()["error"]["code"] == -32600
    # RECRU cannot create tags: there is no such method.
    assert rpc("TagService.create", name="Neu")["error"]["code"] == -32601
    assert rpc("JobseekerService.getList", filter={"colour": "blau"})["error"]["code"] == -32602
    page = rpc.http.get("/api/index/documentation")
    assert page.status_code == 200 and "JobseekerService_addTag" in page.text


def test_lists_page_by_id_with_totals_and_clamp_the_limit(rpc: Rpc, sandbox: RunningSandbox) -> None:
    first = rpc("JobseekerService.getList", page=1, limit=5)["result"]["data"]
    second = rpc("JobseekerService.getList", page=2, limit=5)["result"]["data"]
    assert first["total"] == len(sandbox.app.store["jobseekers"]) and first["limit"] == 5
    ids = [i["id"] for i in first["items"] + second["items"]]
    assert ids == sorted(ids) and len(set(ids)) == 10
    assert rpc("JobseekerService.getList", limit=500)["result"]["data"]["limit"] == 100
    email = first["items"][0]["email"]
    found = rpc("JobseekerService.getList", filter={"email": email.upper()})["result"]["data"]
    assert [i["id"] for i in found["items"]] == [first["items"][0]["id"]]
    newest = max(
        a["updated_at"] for a in rpc("ApplicationService.getList", limit=100)["result"]["data"]["items"]
    )
    recent = rpc("ApplicationService.getList", filter={"updated_from": newest})["result"]["data"]["items"]
    assert recent and all(a["updated_at"] >= newest for a in recent)
    bad = rpc("ApplicationService.getList", filter={"updated_from": "gestern"})["result"]
    assert bad["status"] == "FAILED" and "updated_from" in bad["message"]


def test_umlauts_arrive_escaped_and_decode_intact(rpc: Rpc) -> None:
    answer = rpc.raw("CodebookService.getPipelineSteps", token=rpc.login())
    assert b"\\u00fc" in answer.content and "ü".encode() not in answer.content
    names = {s["name"] for s in answer.json()["result"]["data"]}
    assert {"Vorstellungsgespräch", "Zurückgezogen", "In Prüfung"} <= names


def test_projects_carry_their_own_pipeline_order_and_team(rpc: Rpc, sandbox: RunningSandbox) -> None:
    projects = rpc("ProjectService.getList")["result"]["data"]["items"]
    agency = next((p for p in projects if [s["id"] for s in p["pipeline"]][:4] == [1, 3, 5, 4]), None)
    if agency is None:
        pytest.skip("no 'Personalvermittlung' pipeline in this seed")
    assert [s["position"] for s in agency["pipeline"]] == list(range(1, len(agency["pipeline"]) + 1))
    assert agency["users"][0] == {"user_id": agency["owner_id"], "role": "owner"}
    deleted = [u["id"] for u in sandbox.app.store["users"].values() if u["status"] == 1]
    assert deleted and all(str(u["user_id"]) not in deleted for p in projects for u in p["users"])


def test_writes_refuse_bad_input_with_failed_results(rpc: Rpc, sandbox: RunningSandbox) -> None:
    app = sandbox.app
    assert isinstance(app, RecruSandbox)
    missing = rpc("JobseekerService.save", first_name="Jörg", last_name="Weiß")["result"]
    assert missing == {"status": "FAILED", "message": "Pflichtfeld fehlt: email", "data": []}
    bad_mail = rpc("JobseekerService.save", first_name="A", last_name="B", email="x@")["result"]
    assert bad_mail["message"] == "Ungültige E-Mail-Adresse"
    saved = rpc(
        "JobseekerService.save",
        first_name="Jörg",
        last_name="Weiß",
        email="joerg@web.de",
        gdpr_consent=True,
        gdpr_consent_valid_to="2028-01-31",
        source_id=9,
    )["result"]
    assert saved["status"] == "OK"
    jsid = saved["data"]["id"]
    again = rpc("JobseekerService.save", first_name="J", last_name="W", email="JOERG@web.de")["result"]
    assert again["status"] == "FAILED"
    stored = rpc("JobseekerService.get")  # no id
    assert stored["result"]["message"] == "Pflichtfeld fehlt: id"
    closed = next(p for p in app.store["projects"].values() if p["status"] == "closed")
    opened = next(p for p in app.store["projects"].values() if p["status"] == "open")
    refused = rpc("JobseekerService.apply", jobseeker_id=jsid, project_id=int(closed["id"]))["result"]
    assert refused["status"] == "FAILED" and "nicht offen" in refused["message"]
    made = rpc("JobseekerService.apply", jobseeker_id=jsid, project_id=int(opened["id"]))["result"]
    assert made["status"] == "OK"
    twice = rpc("JobseekerService.apply", jobseeker_id=jsid, project_id=int(opened["id"]))["result"]
    assert twice["message"] == "Bewerber ist bereits diesem Projekt zugeordnet"
    assert rpc("JobseekerService.addTag", jobseeker_id=jsid, tag_id=999)["result"]["message"].startswith(
        "Tag nicht gefunden"
    )
    pdf = base64.b64encode(b"%PDF-1.4 Lebenslauf").decode()
    exe = rpc("FileService.upload", jobseeker_id=jsid, file_type="CV", file_name="cv.exe", content=pdf)[
        "result"
    ]
    assert exe["status"] == "FAILED" and "Dateiformat" in exe["message"]
    junk = rpc("FileService.upload", jobseeker_id=jsid, file_type="CV", file_name="cv.pdf", content="@@")[
        "result"
    ]
    assert "Base64" in junk["message"]
    done = rpc("FileService.upload", jobseeker_id=jsid, file_type="CV", file_name="cv.pdf", content=pdf)[
        "result"
    ]
    assert done["status"] == "OK"
    seeker = rpc.raw("JobseekerService.get", {"id": jsid}, token=rpc.token).json()["result"]["data"]
    assert seeker["gdpr_consent"] == 1 and seeker["gdpr_consent_valid_to"] == "2028-01-31"
    assert seeker["source"] == {"id": 9, "name": "Recruiter Companion"}


def test_too_many_calls_get_429_with_retry_after(rpc: Rpc, sandbox: RunningSandbox) -> None:
    sandbox.app.set_rate_limit(2)
    token = rpc.login()
    answers = [rpc.raw("TestService.echoText", {"text": "x"}, token=token) for _ in range(3)]
    answers += [rpc.raw("TagService.getList", {"request": {}}, token=token) for _ in range(4)]
    limited = [a for a in answers if a.status_code == 429]
    assert limited and limited[0].headers["Retry-After"]
    assert limited[0].json()["error"] == {"code": -32029, "message": "Too many requests"}


def test_the_published_operations_answer_with_german_and_slovak_data(rpc: Rpc) -> None:
    token = rpc.login()

    def data(method: str, params: Any = None) -> Any:
        return rpc.raw(method, params, token=token).json()["result"]

    assert data("TestService.echoText", {"text": "Grüße"})["data"] == {"text": "Grüße"}
    assert data("CodebookService.getCountryPairs")["data"]["AT"] == "Österreich"
    assert data("CodebookService.getSkNacePairs")["data"]["F"] == "Stavebníctvo"
    assert "Vorstellungsgespräch" in data("CodebookService.getEventTypes")["data"].values()
    assert data("CodebookService.getProjectCloseReasons")["data"]["1"] == "Stelle besetzt"
    assert data("UserService.getAllowedMobileAppMenuItems")["data"][0] == {"id": 1, "name": "Bewerber"}
    assert data("UserService.setViewedTour", {"tourId": 1})["status"] == "OK"
    assert data("UserService.setViewedTour")["message"] == "Pflichtfeld fehlt: tourId"
    assert (
        data("NewsletterService.addUnsubscribe", {"email": "jörg@web"})["message"]
        == "Ungültige E-Mail-Adresse"
    )
    assert data("NewsletterService.addUnsubscribe", {"email": "Bjoern.Groessler@web.de"})["status"] == "OK"
    assert data("NewsletterService.removeUnsubscribe", {"email": "bjoern.groessler@web.de"})["status"] == "OK"
    unknown = data("CodebookService.getMultipleCodebooks", {"codebooks": ["farben"]})
    assert unknown["status"] == "FAILED" and "Unbekanntes Codebook: farben" in unknown["message"]
    for method in ("ProjectService.getSaveMetadata", "ClientService.getSaveMetadata"):
        assert data(method)["data"]["fields"][0]["required"] is True


def test_an_unknown_method_is_method_not_found_even_without_a_token(
    rpc: Rpc, sandbox: RunningSandbox
) -> None:
    assert rpc.raw("ProjectService.delete").json()["error"] == {"code": -32601, "message": "Method not found"}
    sandbox.app.settings["denied_methods"] = ["TagService.getList"]
    refused = rpc("TagService.getList")["result"]
    assert refused["status"] == "FAILED" and refused["message"].startswith("Zugriff verweigert")
