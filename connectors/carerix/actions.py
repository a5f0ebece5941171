"""Carerix writes (VENDOR.md "Writing"): XML bodies, one step at a time, each step remembered.

- create candidate / application: ``POST /CREmployee`` (flat person fields, source), the job title and
  links on the person record (``PUT /CRUser/<toUser>``), each file by ``PUT /CREmployee/<id>``, then
  ``POST /CRMatch`` on the vacancy. Carerix needs a vacancy for both actions (the brief lists
  ``application.job_id`` for each), so both make a candidate *and* a match;
- files: ``PUT /<entity>/<id>`` with one new ``CRAttachment`` (base64 content). A file for an application
  goes to the match; where Carerix refuses it there (or drops it), to the match's candidate, and the
  result says so (``ActionResult.fallback``);
- move: ``PUT /CRMatch/<id>`` with the new ``statusInfo``;
- note: appended to the match's own ``notes`` under a dated heading (a ``CRToDo`` cannot point at a
  match, VENDOR.md);
- result link: the match's extra fields labelled ``<prefix><label>`` / ``<prefix><key>`` through
  ``additionalInfoPartial``; whatever has no field is appended to the match's notes, said in the result.

Nothing here is sent twice blindly. Appending PUTs go out with ``idempotent=False`` (the HTTP client does
not repeat them); every step is saved in ``ctx.progress`` once done, and after a lost answer
``reconcile`` looks at the record (the new candidate by e-mail, the match by candidate and vacancy, a
file by its name among the ones that were not there before) before anything is sent again.
After each write the records are read back the way the sync reads them, so the cache shows the write.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime, timedelta
from typing import Any

from connectors.base.actions import (
    ActionContext,
    ActionResult,
    ActionSpec,
    AttachmentPolicy,
    Problem,
    attachment_bytes,
    get_path,
    whole_number,
)
from connectors.base.declarations import Rec, Stream
from connectors.carerix import mapping as m
from connectors.carerix.xmlcodec import Dictionary, body, parse, ref
from connectors.http import ConnectorError, OutcomeUnknown, VendorClient, VendorRejected

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


def _since_literal(ctx: ActionContext) -> str:
    since = _started(ctx) - RECONCILE_SLACK
    return f"(NSCalendarDate)'{since.strftime('%Y-%m-%d %H:%M:%S')} Etc/GMT'"


def note_block(content: str, started_at: str, title: str | None = None) -> str:
    """A note as appended to the match's notes: a heading with the time of the first attempt (so a
    resend finds it), then the text."""
    when = datetime.fromisoformat(started_at.replace("Z", "+00:00")).astimezone(m.AMSTERDAM)
    head = f"— {HEADING}, {when.strftime('%d-%m-%Y %H:%M:%S')}" + (f": {title}" if title else "")
    return f"{head}\n{content.strip()}"


async def _decoded(client: VendorClient, method: str, path: str, payload: bytes) -> dict[str, Any]:
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


_SOURCE_ID_IS_A_NUMBER = whole_number(
    "source.id",
    "Carerix takes a source by its number in the candidate source list (Bron-Kandidaat); or give source.name",
)


def _positive_salary(data: Mapping[str, Any], refs: Mapping[str, Any] | None) -> Iterable[Problem]:
    amount = get_path(data, "candidate.salary_expectations.amount")
    if isinstance(amount, int | float) and not isinstance(amount, bool) and amount <= 0:
        yield Problem("candidate.salary_expectations.amount", "must be more than 0")


def _note_length(data: Mapping[str, Any], refs: Mapping[str, Any] | None) -> Iterable[Problem]:
    content = data.get("content")
    if isinstance(content, str) and len(content) > NOTE_MAX:
        yield Problem("content", f"is {len(content)} characters; at most {NOTE_MAX} are taken at once")


def _prefixed_names(data: Mapping[str, Any], refs: Mapping[str, Any] | None) -> Iterable[Problem]:
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


# --- reading back ----------------------------------------------------------------------------------


async def fetch(client: VendorClient, stream: Stream, record_id: str) -> dict[str, Any]:
    """One record as ``stream`` reads it (same ``show`` list)."""
    answer = await client.get_json(f"{stream.path}/{record_id}", params={"show": stream.params["show"]})
    if not isinstance(answer, dict) or not answer.get("id"):
        raise ConnectorError(f"Carerix answered {stream.path}/{record_id} without the record.")
    return answer


async def refresh(client: VendorClient, stream: Stream, ctx: ActionContext, record_id: str) -> list[Rec]:
    """The record mapped as the sync maps it; nothing (the next sync brings it) if the read fails:
    the write itself succeeded."""
    try:
        item = await fetch(client, stream, record_id)
    except ConnectorError:
        return []
    reader = stream.records or (lambda b: b["items"])
    return [rec for entry in reader({"items": [item]}) for rec in stream.map(entry, ctx.map)]


async def attachments_of(client: VendorClient, entity: str, record_id: str) -> list[dict[str, Any]]:
    answer = await client.get_json(
        f"/{entity}/{record_id}", params={"show": ["attachments.filePath", "attachments.label"]}
    )
    return m.many(answer if isinstance(answer, dict) else {}, "attachments")


# --- files -----------------------------------------------------------------------------------------


async def attachment_xml(lists: Lists, att: Mapping[str, Any]) -> dict[str, Any]:
    """One new ``CRAttachment``: file name, label, document type (when the tenant's list has it) and the
    base64 content (VENDOR.md "Writing", the vendor's own example)."""
    content, _media = await attachment_bytes(att, max_bytes=MAX_FILE_BYTES)
    name = str(att["name"]).strip()
    item: dict[str, Any] = {
        "_entity": "CRAttachment",
        "label": name.rsplit(".", 1)[0] or name,
        "filePath": name,
    }
    kind = str(att.get("type") or "OTHER")
    node = await lists.find("Document-type", *DOCUMENT_TYPES.get(kind, ()))
    if node:
        item["toTypeNode"] = ref("CRDataNode", node)
    item["toAttachmentData"] = {
        "_entity": "CRAttachmentData",
        "content": base64.b64encode(content).decode("ascii"),
    }
    return item


def _new_file(found: list[dict[str, Any]], before: Iterable[str], name: str) -> str | None:
    old = {str(b) for b in before}
    fresh = [a for a in found if str(a.get("id")) not in old and str(a.get("filePath") or "") == name]
    if not fresh:
        return None
    return str(max(fresh, key=lambda a: int(str(a["id"])) if str(a["id"]).isdigit() else 0)["id"])


async def upload(
    client: VendorClient,
    ctx: ActionContext,
    lists: Lists,
    entity: str,
    record_id: str,
    att: Mapping[str, Any],
    slot: str,
) -> str | None:
    """Add one file to ``entity``/``record_id``; its new attachment id, or ``None`` when Carerix answered
    but does not list it. ``ctx.progress[slot]`` keeps the ids there before, so a lost answer can be
    told from an older file of that name."""
    state: dict[str, Any] = ctx.progress.setdefault(slot, {})
    if state.get("id") and state.get("on") == f"{entity}/{record_id}":
        return str(state["id"])
    item = await attachment_xml(lists, att)
    state["on"] = f"{entity}/{record_id}"
    state["before"] = [str(a.get("id")) for a in await attachments_of(client, entity, record_id)]
    await ctx.save()
    await client.request(
        "PUT",
        f"/{entity}/{record_id}",
        content=body(entity, {"attachments": [item]}),
        headers=XML,
        idempotent=False,
    )
    found = _new_file(await attachments_of(client, entity, record_id), state["before"], item["filePath"])
    if found:
        state["id"] = found
        await ctx.save()
    return found


async def reconcile_upload(
    client: VendorClient, ctx: ActionContext, entity: str, record_id: str, att: Mapping[str, Any], slot: str
) -> str | None:
    """After a lost answer: the file's id if it arrived on ``entity``/``record_id``; else forget the try."""
    state = ctx.progress.get(slot) or {}
    if state.get("id") or "before" not in state or state.get("on") != f"{entity}/{record_id}":
        return str(state["id"]) if state.get("id") else None
    found = _new_file(
        await attachments_of(client, entity, record_id), state["before"], str(att["name"]).strip()
    )
    if found:
        state["id"] = found
        ctx.progress[slot] = state
        await ctx.save()
    return found


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
    source_node, source_note = await source(lists, data, "Bron-Kandidaat", "candidate")
    if source_node:
        fields["toSourceNode"] = ref("CRDataNode", source_node)
    elif source_note:
        fields["sourceInfo"] = source_name(data)
        notes.append(source_note)
    return fields, notes


def source_name(data: Mapping[str, Any]) -> str:
    return str(get_path(data, "source.name") or get_path(data, "source.id") or "").strip()


async def source(
    lists: Lists, data: Mapping[str, Any], node_type: str, what: str
) -> tuple[str | None, str | None]:
    """Source writing (VENDOR.md "Writing"): the entry of ``node_type`` named ``source.name`` (or with
    the number ``source.id``); else ``(None, why)`` and the caller writes the name as free text."""
    given_id = str(get_path(data, "source.id") or "").strip()
    name = str(get_path(data, "source.name") or "").strip()
    if not given_id and not name:
        return None, None
    if given_id and any(str(n.get("id")) == given_id for n in await lists.nodes(node_type)):
        return given_id, None
    if name:
        found = await lists.find(node_type, name)
        if found:
            return found, None
    shown = name or given_id
    return None, (
        f"Carerix's {what} source list ({node_type}) has no entry {shown!r}; it was written as the "
        f"{what}'s free-text source instead."
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


async def _profile_arrived(client: VendorClient, user: str, cand: Mapping[str, Any]) -> bool:
    answer = await client.get_json(f"/CRUser/{user}", params={"show": ["jobTitle", "urls.url"]})
    answer = answer if isinstance(answer, dict) else {}
    if cand.get("title") and m.text(answer, "jobTitle") != str(cand["title"]).strip():
        return False
    have = {m.text(u, "url") for u in m.many(answer, "urls")}
    return all(str(link["url"]).strip() in have for link in cand.get("social_links") or [])


def declare(candidates: Stream, matches: Stream) -> dict[str, ActionSpec]:
    """Carerix's action specs; the two streams are how records are read back after a write."""

    async def person_user(client: VendorClient, ctx: ActionContext, employee: str) -> str:
        user = ctx.progress.get("user")
        if not user:
            answer = await client.get_json(f"/CREmployee/{employee}", params={"show": ["toUser.userID"]})
            user = m.rid(answer if isinstance(answer, dict) else {}, "toUser")
            if not user:
                raise ConnectorError("Carerix did not say which person record belongs to the new candidate.")
            ctx.progress["user"] = user
        return str(user)

    async def create(client: VendorClient, data: Mapping[str, Any], ctx: ActionContext) -> ActionResult:
        cand = data["candidate"]
        job = ctx.remote("application.job_id")
        lists = Lists(client)
        notes: list[str] = list(ctx.progress.get("notes") or [])
        employee = ctx.progress.get("employee")
        if not employee:
            fields, found_notes = await employee_fields(lists, data)
            ctx.progress["posting_employee"] = True
            await ctx.save()
            answer = await _decoded(client, "POST", "/CREmployee", body("CREmployee", fields))
            if not answer.get("id"):
                raise OutcomeUnknown("Carerix answered the new candidate without its id; it may exist.")
            employee = str(answer["id"])
            notes.extend(found_notes)
            ctx.progress.update(employee=employee, user=m.rid(answer, "toUser"), notes=notes)
            await ctx.save()
        profile = await profile_fields(lists, cand)
        if profile and ctx.progress.get("profile") is not True:
            user = await person_user(client, ctx, employee)
            ctx.progress["profile"] = "sending"
            await ctx.save()
            await client.request(
                "PUT", f"/CRUser/{user}", content=body("CRUser", profile), headers=XML, idempotent=False
            )
            ctx.progress["profile"] = True
            await ctx.save()
        files: list[str] = []
        for index, att in enumerate(data.get("attachments") or []):
            found = await upload(client, ctx, lists, "CREmployee", employee, att, f"file{index}")
            if found is None:
                raise VendorRejected(
                    f"Carerix accepted {att['name']!r} for the candidate but does not list "
                    "it; check the candidate's documents in Carerix."
                )
            files.append(found)
        match = ctx.progress.get("match")
        if not match:
            wanted: dict[str, Any] = {
                "toEmployee": ref("CREmployee", employee),
                "toVacancy": ref("CRVacancy", job),
            }
            stage = ctx.remote_or_none("application.stage_id")
            if stage:
                wanted["statusInfo"] = ref("CRStatusInfo", stage)
            node, why = await source(lists, data, "Bron-Match", "match")
            if node:
                wanted["toSourceNode"] = ref("CRDataNode", node)
            elif why:
                wanted["sourceInfo"] = source_name(data)
                notes.append(why)
            ctx.progress["posting_match"] = True
            await ctx.save()
            answer = await _decoded(client, "POST", "/CRMatch", body("CRMatch", wanted))
            if not answer.get("id"):
                raise OutcomeUnknown("Carerix answered the new match without its id; it may exist.")
            match = str(answer["id"])
            ctx.progress.update(match=match, notes=notes)
            await ctx.save()
        records = await refresh(client, candidates, ctx, employee)
        records += await refresh(client, matches, ctx, match)
        return ActionResult(
            ids={"candidates": employee, "applications": match},
            created=("candidates", "applications"),
            remote={"candidate": employee, "match": match, "attachments": files},
            records=records,
            note=" ".join(dict.fromkeys(notes)) or None,
        )

    async def reconcile_create(
        client: VendorClient, data: Mapping[str, Any], ctx: ActionContext
    ) -> ActionResult | None:
        cand = data["candidate"]
        job = ctx.remote("application.job_id")
        if not ctx.progress.get("employee") and ctx.progress.get("posting_employee"):
            email = str(cand["email_address"]).strip()
            answer = await client.get_json(
                "/CREmployee",
                params={
                    "qualifier": f"emailAddress = {quote(email)} and creationDate >= {_since_literal(ctx)}",
                    "show": ["employeeID", "toUser.userID"],
                    "count": 100,
                },
            )
            found = [i for i in (answer or {}).get("items", []) if isinstance(i, dict)]
            if not found:
                return None  # the candidate never arrived: send creates it
            mine = min(found, key=lambda i: int(str(i["id"])) if str(i["id"]).isdigit() else 0)
            ctx.progress.update(employee=str(mine["id"]), user=m.rid(mine, "toUser"))
        employee = ctx.progress.get("employee")
        if employee and ctx.progress.get("profile") == "sending":
            user = ctx.progress.get("user")
            arrived = bool(user) and await _profile_arrived(client, str(user), cand)
            ctx.progress["profile"] = True if arrived else None
        for index, att in enumerate(data.get("attachments") or []):
            if employee:
                await reconcile_upload(client, ctx, "CREmployee", str(employee), att, f"file{index}")
        if employee and not ctx.progress.get("match") and ctx.progress.get("posting_match"):
            answer = await client.get_json(
                "/CRMatch",
                params={
                    "qualifier": f"toEmployee.employeeID = {int(employee)} and "
                    f"toVacancy.vacancyID = {int(job)}",
                    "show": ["matchID"],
                    "count": 10,
                },
            )
            found = [i for i in (answer or {}).get("items", []) if isinstance(i, dict)]
            if found:
                ctx.progress["match"] = str(found[0]["id"])
        await ctx.save()
        return None  # send() does whatever is still missing and reads the records back

    # --- files -------------------------------------------------------------------------------------

    async def to_candidate(client: VendorClient, data: Mapping[str, Any], ctx: ActionContext) -> ActionResult:
        employee = ctx.remote("candidate_id")
        found = await upload(client, ctx, Lists(client), "CREmployee", employee, data["attachment"], "file")
        if found is None:
            raise VendorRejected(
                "Carerix accepted the file but does not list it on the candidate; check the "
                "candidate's documents in Carerix."
            )
        return ActionResult(
            ids={"candidates": employee},
            remote={"candidate": employee, "attachment": found},
            records=await refresh(client, candidates, ctx, employee),
        )

    async def reconcile_to_candidate(
        client: VendorClient, data: Mapping[str, Any], ctx: ActionContext
    ) -> ActionResult | None:
        employee = ctx.remote("candidate_id")
        found = await reconcile_upload(client, ctx, "CREmployee", employee, data["attachment"], "file")
        if not found:
            return None
        return ActionResult(
            ids={"candidates": employee},
            remote={"candidate": employee, "attachment": found},
            records=await refresh(client, candidates, ctx, employee),
        )

    def _fallback(employee: str, why: str) -> str:
        return (
            f"Carerix did not take the file on the match ({why}); it was added to the match's candidate "
            f"{employee} instead."
        )

    async def on_candidate(
        client: VendorClient, ctx: ActionContext, lists: Lists, att: Mapping[str, Any], why: str
    ) -> ActionResult:
        employee = ctx.linked("application_id", "candidate_id")
        ctx.progress["fallback"] = why
        found = await upload(client, ctx, lists, "CREmployee", employee, att, "file")
        if found is None:
            raise VendorRejected(
                "Carerix did not take the file on the match nor list it on the candidate; "
                "check the candidate's documents in Carerix."
            )
        return ActionResult(
            ids={"candidates": employee, "applications": ctx.remote("application_id")},
            remote={"candidate": employee, "attachment": found, "attached_to": "candidate"},
            records=await refresh(client, candidates, ctx, employee),
            fallback=_fallback(employee, why),
        )

    async def to_application(
        client: VendorClient, data: Mapping[str, Any], ctx: ActionContext
    ) -> ActionResult:
        match = ctx.remote("application_id")
        att = data["attachment"]
        lists = Lists(client)
        why = ctx.progress.get("fallback")
        if not why:
            try:
                found = await upload(client, ctx, lists, "CRMatch", match, att, "file")
            except VendorRejected as exc:
                if exc.status not in MATCH_REFUSES:
                    raise
                why = f"HTTP {exc.status}: {exc.detail or 'refused'}"
            else:
                if found:
                    return ActionResult(
                        ids={"applications": match},
                        remote={"match": match, "attachment": found, "attached_to": "application"},
                        records=await refresh(client, matches, ctx, match),
                    )
                why = "the match does not list it after the upload"
            ctx.progress.pop("file", None)  # a fresh slot for the candidate
            await ctx.save()
        return await on_candidate(client, ctx, lists, att, why)

    async def reconcile_to_application(
        client: VendorClient, data: Mapping[str, Any], ctx: ActionContext
    ) -> ActionResult | None:
        match = ctx.remote("application_id")
        att = data["attachment"]
        why = ctx.progress.get("fallback")
        if not why:
            found = await reconcile_upload(client, ctx, "CRMatch", match, att, "file")
            if found:
                return ActionResult(
                    ids={"applications": match},
                    remote={"match": match, "attachment": found, "attached_to": "application"},
                    records=await refresh(client, matches, ctx, match),
                )
            return None
        employee = ctx.linked("application_id", "candidate_id")
        found = await reconcile_upload(client, ctx, "CREmployee", employee, att, "file")
        if not found:
            return None
        return ActionResult(
            ids={"candidates": employee, "applications": match},
            remote={"candidate": employee, "attachment": found, "attached_to": "candidate"},
            records=await refresh(client, candidates, ctx, employee),
            fallback=_fallback(employee, str(why)),
        )

    # --- match updates -----------------------------------------------------------------------------

    async def move(client: VendorClient, data: Mapping[str, Any], ctx: ActionContext) -> ActionResult:
        match = ctx.remote("application_id")
        stage = ctx.remote("stage_id")
        await client.request(
            "PUT",
            f"/CRMatch/{match}",
            content=body("CRMatch", {"statusInfo": ref("CRStatusInfo", stage)}),
            headers=XML,
        )
        return ActionResult(
            ids={"applications": match},
            remote={"match": match, "status": stage},
            records=await refresh(client, matches, ctx, match),
        )

    async def append_note(client: VendorClient, match: str, block: str) -> bool:
        """Append ``block`` to the match's notes unless it is there already (a resend); True if sent."""
        answer = await client.get_json(f"/CRMatch/{match}", params={"show": ["notes"]})
        current = m.text(answer if isinstance(answer, dict) else {}, "notes") or ""
        if block in current:
            return False
        notes = f"{current.rstrip()}\n\n{block}" if current else block
        await client.request(
            "PUT",
            f"/CRMatch/{match}",
            content=body("CRMatch", {"notes": notes}),
            headers=XML,
            idempotent=False,
        )
        return True

    async def note(client: VendorClient, data: Mapping[str, Any], ctx: ActionContext) -> ActionResult:
        match = ctx.remote("application_id")
        sent = await append_note(client, match, note_block(str(data["content"]), ctx.started_at))
        return ActionResult(
            ids={"applications": match},
            remote={"match": match},
            records=await refresh(client, matches, ctx, match),
            note=None if sent else "The note was already on the match; nothing was added.",
        )

    async def field_definitions(client: VendorClient, names: list[str]) -> dict[str, str]:
        """Extra-field definitions by label (lower case) → data node id, preferring match fields
        (VENDOR.md "Configurable lists": the definitions' node type name is A)."""
        wanted = list(dict.fromkeys(n for n in names if n.strip()))
        if not wanted:
            return {}
        either = " or ".join(f"value = {quote(n)}" for n in wanted)
        answer = await client.get_json(
            "/CRDataNode",
            params={
                "qualifier": f"({either}) and deleted = 0",
                "show": ["value", "notActive", "type.name"],
                "count": 100,
            },
        )
        found: dict[str, tuple[int, str]] = {}
        for node in (answer or {}).get("items", []) if isinstance(answer, dict) else []:
            if not isinstance(node, dict) or m.flag(node.get("notActive")):
                continue
            label = str(node.get("value") or "").strip().lower()
            kind = str(m.rel(node, "type").get("name") or "").lower()
            score = 0 if "match" in kind else (1 if not kind else 2)
            if label and (label not in found or score < found[label][0]):
                found[label] = (score, str(node["id"]))
        return {label: ident for label, (_score, ident) in found.items()}

    async def result_link(client: VendorClient, data: Mapping[str, Any], ctx: ActionContext) -> ActionResult:
        match = ctx.remote("application_id")
        prefix = str(get_path(data, "details.custom_field_name_prefix") or "")
        values = [(prefix + str(data["label"]).strip(), str(data["url"]).strip())]
        values += [
            (prefix + str(a["key"]).strip(), str(a["value"]))
            for a in get_path(data, "details.attributes") or []
        ]
        fields = await field_definitions(client, [name for name, _ in values])
        written = Dictionary()
        missing: list[tuple[str, str]] = []
        for name, value in values:
            node = fields.get(name.lower())
            if node:
                written[f"_{node}"] = value
            else:
                missing.append((name, value))
        if written:
            # Merges into the match's extra fields (VENDOR.md "Writing", A): sending it again changes nothing.
            await client.request(
                "PUT",
                f"/CRMatch/{match}",
                content=body("CRMatch", {"additionalInfoPartial": written}),
                headers=XML,
            )
        fallback = None
        if missing:
            lines = "\n".join(f"{name}: {value}" for name, value in missing)
            await append_note(client, match, note_block(lines, ctx.started_at, str(data["label"]).strip()))
            fallback = (
                "Carerix has no match field labelled "
                + ", ".join(repr(n) for n, _ in missing)
                + ": "
                + ("those were" if len(missing) > 1 else "it was")
                + " added to the match's notes instead."
            )
        return ActionResult(
            ids={"applications": match},
            remote={"match": match, "fields": sorted(written), "in_notes": [n for n, _ in missing]},
            records=await refresh(client, matches, ctx, match),
            fallback=fallback,
        )

    create_fields = (
        "candidate.first_name",
        "candidate.last_name",
        "candidate.email_address",
        "candidate.title",
        "candidate.phone_number",
        "candidate.location.city",
        "candidate.location.zip_code",
        "candidate.location.street_1",
        "candidate.location.country",
        "candidate.availability_date",
        "candidate.salary_expectations",
        "candidate.social_links",
        "application.job_id",
        "application.stage_id",
        "attachments",
        "source",
    )
    create_notes = (
        "Carerix makes the candidate and a match on the vacancy. The source is picked from your candidate "
        "source list (else written as free text); files up to 10 MB."
    )
    specs = (
        *(
            ActionSpec(
                name,
                create,
                create_fields,
                rules=(_SOURCE_ID_IS_A_NUMBER, _positive_salary),
                attachments=POLICY,
                reconcile=reconcile_create,
                notes=create_notes,
            )
            for name in ("create-candidate", "create-application")
        ),
        ActionSpec(
            "add-attachment-to-candidate",
            to_candidate,
            ("candidate_id", "attachment"),
            attachments=POLICY,
            reconcile=reconcile_to_candidate,
            notes="Files up to 10 MB.",
        ),
        ActionSpec(
            "add-attachment-to-application",
            to_application,
            ("application_id", "attachment"),
            attachments=POLICY,
            reconcile=reconcile_to_application,
            fallback="candidate",
            notes="Added to the match; where Carerix does not take it there, to the match's candidate.",
        ),
        ActionSpec(
            "move-application-to-stage",
            move,
            ("application_id", "stage_id"),
            idempotent=True,
            notes="Carerix may refuse a status it has switched off.",
        ),
        # Both append only what is not there yet: sending again is harmless.
        ActionSpec(
            "add-note-to-application",
            note,
            ("application_id", "content", "content_type"),
            rules=(_note_length,),
            idempotent=True,
            notes="Added to the match's notes with a dated heading.",
        ),
        ActionSpec(
            "add-result-link-to-application",
            result_link,
            ("application_id", "label", "url", "details"),
            rules=(_prefixed_names,),
            idempotent=True,
            notes="Written to the match's extra fields labelled '<prefix><label>' and '<prefix><key>'; "
            "without such fields, to the match's notes.",
        ),
    )
    return {spec.action: spec for spec in specs}
