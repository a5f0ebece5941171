"""The Carerix sandbox against VENDOR.md, over loopback HTTP with a plain client (not the connector):
Basic auth, the ``<array count>`` envelope and ``start``/``count`` paging, ``show`` key-paths,
qualifiers with date casts, ``list-by``, XML writes and NSException errors."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from xml.etree import ElementTree

import httpx
import pytest

from connectors.sandbox.runner import RunningSandbox
from tests.conftest import start_sandbox

XML = {"Content-Type": "application/xml"}


@pytest.fixture(scope="module")
def sandbox() -> Iterator[RunningSandbox]:
    running = start_sandbox("carerix", size="tiny")
    yield running
    running.stop()


@pytest.fixture()
def api(sandbox: RunningSandbox) -> Iterator[httpx.Client]:
    auth = (sandbox.account["application_name"], sandbox.account["api_token"])
    with httpx.Client(base_url=sandbox.base_url, auth=auth, timeout=10) as client:
        yield client


def xml(response: httpx.Response) -> ElementTree.Element:
    assert response.headers["content-type"].startswith("application/xml"), response.headers
    return ElementTree.fromstring(response.content)


def reason(response: httpx.Response) -> str:
    root = xml(response)
    assert root.tag == "NSException"
    return root.findtext("reason") or ""


def test_every_call_needs_the_application_name_and_token(sandbox: RunningSandbox) -> None:
    for auth in (
        None,
        (sandbox.account["application_name"], "wrong"),
        ("other", sandbox.account["api_token"]),
    ):
        answer = httpx.get(f"{sandbox.base_url}/CRVacancy", auth=auth)
        assert answer.status_code == 401
        assert answer.headers["www-authenticate"] == 'Basic realm="Carerix"'
        assert "application name or API token" in reason(answer)


def test_lists_page_with_start_and_count_and_report_the_total(api: httpx.Client) -> None:
    everything = xml(api.get("/CRStatusInfo", params={"count": 1000}))
    total = int(everything.get("count") or 0)
    assert total == len(everything) == 9
    seen: list[str] = []
    for start in range(0, total, 4):
        page = xml(api.get("/CRStatusInfo/list", params={"start": start, "count": 4}))
        assert page.tag == "array" and page.get("count") == str(total)
        seen += [item.get("id") or "" for item in page]
    assert seen == [item.get("id") for item in everything]
    assert len(xml(api.get("/CRStatusInfo"))) == 9  # default count 10
    assert api.get("/CRStatusInfo", params={"count": "ten"}).status_code == 400


def test_show_names_attributes_and_key_paths(api: httpx.Client) -> None:
    root = xml(
        api.get("/CRVacancy", params={"count": 1, "show": ["jobTitle", "toStatusNode.value", "owner"]})
    )
    vacancy = root[0]
    assert [child.tag for child in vacancy] == ["jobTitle", "toStatusNode", "owner"]
    node = vacancy.find("toStatusNode/CRDataNode")
    assert node is not None and node.get("id") and [c.tag for c in node] == ["value"]
    owner = vacancy.find("owner/CRUser")
    assert owner is not None and owner.findtext("lastName")  # a relation alone: its plain attributes
    plain = xml(api.get(f"/CRVacancy/{vacancy.get('id')}"))
    assert (
        plain.find("toStatusNode/CRDataNode") is not None
        and plain.find("toStatusNode/CRDataNode/value") is None
    )
    assert plain.find("additionalInfo") is None  # only when asked for
    assert "has no key" in reason(api.get("/CRVacancy", params={"show": "salary"}))


def test_qualifiers_filter_with_key_paths_nil_like_and_dates(api: httpx.Client) -> None:
    def ids(qualifier: str, entity: str = "CRMatch") -> set[str]:
        root = xml(api.get(f"/{entity}", params={"qualifier": qualifier, "count": 1000, "show": "matchID"}))
        return {item.get("id") or "" for item in root}

    every = ids("matchID > 0")
    placed = ids("statusInfo.isSuccessfullyFilled = 1")
    assert placed and placed < every
    late = ids("modificationDate > (NSCalendarDate)'2026-10-01 00:00:00 Etc/GMT'")
    early = ids("modificationDate <= (NSCalendarDate)'2026-10-01 02:00:00 +0200'")
    assert late | early == every and not late & early
    assert ids("not (statusInfo.isSuccessfullyFilled = 1)") == every - placed
    staff = xml(api.get("/CRUser", params={"qualifier": "toUserRole != nil", "count": 1000}))
    people = xml(api.get("/CRUser", params={"qualifier": "toUserRole = nil", "count": 1000}))
    assert len(staff) and len(people) and not {u.get("id") for u in staff} & {u.get("id") for u in people}
    found = xml(api.get("/CRDataNode", params={"qualifier": "value like 'recruiter companion*'"}))
    assert {n.findtext("value") for n in found} == {
        "Recruiter Companion: Result",
        "Recruiter Companion: Score",
    }
    # CRMatch has no ``deleted`` attribute (the vendor's generated model): a qualifier on it is refused.
    for bad in ("deleted = 0", "salary > 3", "modificationDate > (NSDate)'x'", "(matchID = 0"):
        answer = api.get("/CRMatch", params={"qualifier": bad})
        assert answer.status_code == 400 and reason(answer).startswith("qualifier"), bad


def test_list_by_serves_one_list_without_a_count(api: httpx.Client) -> None:
    root = xml(api.get("/CRDataNode/list-by", params={"type": "Bron-Kandidaat"}))
    assert root.tag == "array" and root.get("count") is None
    assert [n.findtext("value") for n in root][:3] == ["LinkedIn", "Indeed", "Eigen website"]
    english = xml(api.get("/CRDataNode/list-by", params={"type": "Bron-Kandidaat", "language": "English"}))
    assert "Own website" in [n.findtext("value") for n in english]
    assert api.get("/CRDataNode/list-by").status_code == 400


def test_writes_take_xml_and_refuse_what_carerix_would(api: httpx.Client) -> None:
    created = api.post(
        "/CREmployee",
        headers=XML,
        content=b"<CREmployee><firstName>Eva</firstName><lastName>Bos</lastName></CREmployee>",
    )
    assert created.status_code == 200
    employee = xml(created)
    assert employee.get("id") and employee.find("toUser/CRUser") is not None
    ident = employee.get("id")
    assert "lastName is mandatory" in reason(
        api.post("/CREmployee", headers=XML, content=b"<CREmployee><firstName>X</firstName></CREmployee>")
    )
    assert api.post("/CREmployee", headers=XML, content=b"<CREmployee><firstName>").status_code == 400
    assert api.post("/CRMatch", headers=XML, content=b"<CRMatch/>").status_code == 422
    no_zone = b"<CREmployee><availableDate>2026-12-01 12:00:00</availableDate></CREmployee>"
    assert "time zone" in reason(api.put(f"/CREmployee/{ident}", headers=XML, content=no_zone))
    big = base64.b64encode(b"x" * (10 * 1024 * 1024 + 1))
    upload = (
        b"<CREmployee><attachments><CRAttachment><filePath>big.pdf</filePath><toAttachmentData>"
        b"<CRAttachmentData><content>" + big + b"</content></CRAttachmentData></toAttachmentData>"
        b"</CRAttachment></attachments></CREmployee>"
    )
    assert api.put(f"/CREmployee/{ident}", headers=XML, content=upload).status_code == 413
    small = upload.replace(big, base64.b64encode(b"%PDF-1.4"))
    answer = xml(api.put(f"/CREmployee/{ident}", headers=XML, content=small))
    attachment = answer.find("attachments/CRAttachment")
    assert attachment is not None
    content = xml(api.get(f"/CRAttachment/{attachment.get('id')}", params={"show": "content"}))
    assert (
        content.findtext("toAttachmentData/CRAttachmentData/content")
        == base64.b64encode(b"%PDF-1.4").decode()
    )
    assert api.delete(f"/CREmployee/{ident}").status_code == 405
    assert api.get("/CRNothing").status_code == 404
