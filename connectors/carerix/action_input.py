"""Carerix writes, before anything is sent (``connectors.carerix.actions``): limits, the tenant's lists,
Carerix's own input rules and the XML fields a new candidate is made of."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime, timedelta
from typing import Any

from connectors.base.actions import (
    ActionContext,
    AttachmentPolicy,
    Problem,
    get_path,
    whole_number,
)
from connectors.carerix import mapping as m
from connectors.carerix.xmlcodec import parse, ref
from connectors.http import OutcomeUnknown, VendorClient

#: Carerix publishes no file limit (VENDOR.md "Writing", A): 10 MB, which the sandbox enforces.
MAX_FILE_BYTES = 10 * 1024 * 1024
POLICY = AttachmentPolicy(max_bytes=MAX_FILE_BYTES)
XML = {"Content-Type": "application/xml; charset=utf-8"}
#: How far before the first attempt a reconciled record's ``creationDate`` may lie (clock skew).
RECONCILE_SLACK = timedelta(minutes=10)
#: ``CRMatch.notes`` holds up to 1,000,000 characters (V); leave room for what is there.
NOTE_MAX = 100_000
#: Answers meaning "this match does not take files" rather than a broken request (A).
MATCH_REFUSES = (400, 405, 409, 422)
HEADING = "Recruiter Companion"

#: Unified attachment type → words to find the tenant's ``Document-type`` entry by (value/exportCode).
DOCUMENT_TYPES = {
    "CV": ("cv", "c.v.", "curriculum vitae", "resume", "résumé"),
    "COVER_LETTER": (
        "motivatiebrief",
        "motivatie",
        "sollicitatiebrief",
        "begeleidende brief",
        "cover letter",
    ),
    "OTHER": ("overig", "overige", "other", "anders", "document"),
}
URL_LABELS = (
    ("linkedin", "LinkedIn"),
    ("facebook", "Facebook"),
    ("twitter", "Twitter"),
    ("x.com", "X"),
    ("github", "GitHub"),
    ("xing", "Xing"),
    ("instagram", "Instagram"),
)
PERIODS = {"MONTH": ("per maand", "maand", "month"), "YEAR": ("per jaar", "jaar", "year")}
#: Dutch surname prefixes (tussenvoegsels), longest first: Carerix keeps them in ``lastNamePrefix``.
PREFIXES = (
    "van der",
    "van den",
    "van de",
    "van het",
    "van 't",
    "in 't",
    "in de",
    "op de",
    "uit de",
    "van",
    "de",
    "den",
    "der",
    "het",
    "'t",
    "te",
    "ten",
    "ter",
)


# --- small helpers --------------------------------------------------------------------------------


def quote(value: str) -> str:
    """A qualifier string literal (VENDOR.md "Qualifiers"; backslash escapes are A)."""
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def write_date(day: date) -> str:
    """A date-only value as Carerix wants it written: 12:00 that day, with its Amsterdam offset (V)."""
    noon = datetime(day.year, day.month, day.day, 12, 0, tzinfo=m.AMSTERDAM)
    offset = noon.strftime("%z") or "+0100"
    return f"{noon.strftime('%Y-%m-%d %H:%M:%S')} {offset}"


def split_last_name(value: str) -> tuple[str | None, str]:
    """ "van den Berg" → ("van den", "Berg"); anything else stays whole."""
    text = " ".join(value.split())
    low = text.lower()
    for prefix in PREFIXES:
        if low.startswith(prefix + " ") and len(text) > len(prefix) + 1:
            return text[: len(prefix)], text[len(prefix) + 1 :]
    return None, text


def is_mobile(phone: str) -> bool:
    """Dutch mobile numbers (+31 6…, 06…) go to ``mobileNumber``, others to ``phoneNumber``."""
    digits = re.sub(r"\D", "", phone)
    return digits.startswith("316") or digits.startswith("00316") or digits.startswith("06")


def _started(ctx: ActionContext) -> datetime:
    return datetime.fromisoformat(ctx.started_at.replace("Z", "+00:00")).astimezone(UTC)


def since_literal(ctx: ActionContext) -> str:
    since = _started(ctx) - RECONCILE_SLACK
    return f"(NSCalendarDate)'{since.strftime('%Y-%m-%d %H:%M:%S')} Etc/GMT'"


def note_block(content: str, started_at: str, title: str | None = None) -> str:
    """A note as appended to the match's notes: a heading with the time of the first attempt (so a
    resend finds it), then the text."""
    when = datetime.fromisoformat(started_at.replace("Z", "+00:00")).astimezone(m.AMSTERDAM)
    head = f"— {HEADING}, {when.strftime('%d-%m-%Y %H:%M:%S')}" + (f": {title}" if title else "")
    return f"{head}\n{content.strip()}"


async def decoded(client: VendorClient, method: str, path: str, payload: bytes) -> dict[str, Any]:
    """Send a write and read its answer. A create whose answer is unreadable may have happened."""
    response = await client.request(method, path, content=payload, headers=XML, idempotent=False)
    try:
        answer = parse(response.content)
    except ValueError:
        raise OutcomeUnknown(
            f"Carerix answered {method} {path} with an unreadable body; it may have been applied."
        ) from None
    return answer if isinstance(answer, dict) else {}


class Lists:
    """The tenant's configurable lists (``GET /CRDataNode/list-by?type=…``, VENDOR.md), read once per send."""

    def __init__(self, client: VendorClient) -> None:
        self.client = client
        self._cache: dict[str, list[dict[str, Any]]] = {}

    async def nodes(self, node_type: str) -> list[dict[str, Any]]:
        if node_type not in self._cache:
            answer = await self.client.get_json("/CRDataNode/list-by", params={"type": node_type})
            items = (answer or {}).get("items", []) if isinstance(answer, dict) else []
            self._cache[node_type] = [
                i
                for i in items
                if isinstance(i, dict) and not m.flag(i.get("notActive")) and not m.flag(i.get("deleted"))
            ]
        return self._cache[node_type]

    async def find(self, node_type: str, *words: str, contains: bool = False) -> str | None:
        """The id of the first entry whose label or export code equals one of ``words`` (or contains
        one, with ``contains``), compared case-insensitively; ``words`` are tried in order."""
        nodes = await self.nodes(node_type)
        for word in (w.strip().lower() for w in words if w and w.strip()):
            for node in nodes:
                labels = [str(node.get(k) or "").strip().lower() for k in ("value", "exportCode")]
                if any(lab == word or (contains and lab and word in lab) for lab in labels):
                    return str(node["id"])
        return None


# --- input rules (Carerix's own, beyond the unified ones) -------------------------------------------


SOURCE_ID_IS_A_NUMBER = whole_number(
    "source.id",
    "Carerix takes a source by its number in the candidate source list (Bron-Kandidaat); or give source.name",
)


def positive_salary(data: Mapping[str, Any], refs: Mapping[str, Any] | None) -> Iterable[Problem]:
    amount = get_path(data, "candidate.salary_expectations.amount")
    if isinstance(amount, int | float) and not isinstance(amount, bool) and amount <= 0:
        yield Problem("candidate.salary_expectations.amount", "must be more than 0")


def note_length(data: Mapping[str, Any], refs: Mapping[str, Any] | None) -> Iterable[Problem]:
    content = data.get("content")
    if isinstance(content, str) and len(content) > NOTE_MAX:
        yield Problem("content", f"is {len(content)} characters; at most {NOTE_MAX} are taken at once")


def prefixed_names(data: Mapping[str, Any], refs: Mapping[str, Any] | None) -> Iterable[Problem]:
    # A CRDataNode label (``value``) has room for 255 characters (A, as the other short text fields).
    prefix = str(get_path(data, "details.custom_field_name_prefix") or "")
    names = [("label", data.get("label"))] + [
        (f"details.attributes[{i}].key", a.get("key"))
        for i, a in enumerate(get_path(data, "details.attributes") or [])
        if isinstance(a, Mapping)
    ]
    for path, name in names:
        if isinstance(name, str) and len(prefix + name) > 255:
            yield Problem(path, "with the prefix it is longer than the 255 characters of a Carerix label")


# --- create ----------------------------------------------------------------------------------------


async def employee_fields(lists: Lists, data: Mapping[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """The unified candidate as flat ``CREmployee`` attributes (VENDOR.md "Reads": person fields are
    flattened onto CREmployee, V), plus notes for the result."""
    cand = data["candidate"]
    notes: list[str] = []
    prefix, last = split_last_name(str(cand["last_name"]))
    fields: dict[str, Any] = {"firstName": str(cand["first_name"]).strip()}
    if prefix:
        fields["lastNamePrefix"] = prefix
    fields["lastName"] = last
    fields["emailAddress"] = str(cand["email_address"]).strip()
    phone = str(cand.get("phone_number") or "").strip()
    if phone:
        fields["mobileNumber" if is_mobile(phone) else "phoneNumber"] = phone
    loc = cand.get("location") or {}
    if loc.get("street_1"):
        fields["homeStreet"] = str(loc["street_1"]).strip()
    if loc.get("zip_code"):
        fields["homePostalCode"] = str(loc["zip_code"]).strip()
    if loc.get("city"):
        fields["city"] = str(loc["city"]).strip()
    if loc.get("country"):
        node = await lists.find("Land", str(loc["country"]))
        if node:
            fields["toCountryNode"] = ref("CRDataNode", node)
        else:
            notes.append(f"Carerix's country list has no entry {loc['country']!r}; the country was left out.")
    if cand.get("availability_date"):
        fields["availableDate"] = write_date(date.fromisoformat(str(cand["availability_date"])[:10]))
    salary = cand.get("salary_expectations") or {}
    if salary.get("amount") is not None:
        fields["minSalary"] = f"{float(salary['amount']):.2f}"
        period = await lists.find("Salarisperiode", *PERIODS.get(str(salary.get("period")), ()))
        if period:
            fields["toMinSalaryPeriodNode"] = ref("CRDataNode", period)
    await write_source(lists, data, fields, notes, "Bron-Kandidaat", "candidate")
    return fields, notes


async def write_source(
    lists: Lists, data: Mapping[str, Any], fields: dict[str, Any], notes: list[str], node_type: str, what: str
) -> None:
    """Source writing (VENDOR.md "Writing") into a candidate's or a match's ``fields``: the entry of
    ``node_type`` named ``source.name`` (or with the number ``source.id``) as ``toSourceNode``; else the
    name as the free-text ``sourceInfo``, and a line in ``notes`` that says so."""
    given_id = str(get_path(data, "source.id") or "").strip()
    name = str(get_path(data, "source.name") or "").strip()
    if not given_id and not name:
        return
    node: str | None = None
    if given_id and any(str(n.get("id")) == given_id for n in await lists.nodes(node_type)):
        node = given_id
    elif name:
        node = await lists.find(node_type, name)
    if node:
        fields["toSourceNode"] = ref("CRDataNode", node)
        return
    fields["sourceInfo"] = name or given_id
    notes.append(
        f"Carerix's {what} source list ({node_type}) has no entry {name or given_id!r}; it was written as "
        f"the {what}'s free-text source instead."
    )


def _url_label(url: str) -> str:
    low = url.lower()
    return next((label for word, label in URL_LABELS if word in low), "Website")


async def profile_fields(lists: Lists, cand: Mapping[str, Any]) -> dict[str, Any]:
    """Job title and links on the person record behind the candidate (``CRUser``, V)."""
    fields: dict[str, Any] = {}
    if cand.get("title"):
        fields["jobTitle"] = str(cand["title"]).strip()
    urls = []
    for link in cand.get("social_links") or []:
        url = str(link["url"]).strip()
        item: dict[str, Any] = {"_entity": "CRUrl", "url": url}
        label = await lists.find("URL-label", _url_label(url), "website", "overig")
        if label:
            item["toUrlLabel"] = ref("CRDataNode", label)
        urls.append(item)
    if urls:
        fields["urls"] = urls
    return fields


async def profile_arrived(client: VendorClient, user: str, cand: Mapping[str, Any]) -> bool:
    answer = await client.get_json(f"/CRUser/{user}", params={"show": ["jobTitle", "urls.url"]})
    answer = answer if isinstance(answer, dict) else {}
    if cand.get("title") and m.text(answer, "jobTitle") != str(cand["title"]).strip():
        return False
    have = {m.text(u, "url") for u in m.many(answer, "urls")}
    return all(str(link["url"]).strip() in have for link in cand.get("social_links") or [])
