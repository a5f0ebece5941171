"""SmartRecruiters writes (VENDOR.md "Writes"; ``../shared/ats-apis/smartrecruiters.md`` §7).

The brief lists no SmartRecruiters actions; these go beyond it where SR's Customer API allows:

- create candidate / application: ``POST /jobs/{jobId}/candidates`` (CandidateInput), then each file
  through ``POST /candidates/{id}/attachments`` (the create call takes no file, §7), then, if a stage
  was asked for, ``PUT …/status`` (SR starts every new application at NEW, §7);
- attachments: to the candidate. SR's Customer API has no documented upload to an application, so
  "add attachment to application" falls back to the application's candidate and says so;
- move application to stage: ``PUT /candidates/{id}/jobs/{jobId}/status`` with the rejection or
  withdrawal ``reason`` where the stage is REJECTED or WITHDRAWN;
- note on an application: ``POST /messages/shares``, the candidate tagged ``#[CANDIDATE:<id>]`` in the
  text and the note shared with the job's hiring team;
- add / remove one tag: SR only replaces the whole list (``PUT /candidates/{id}/tags``), so read it,
  change one tag, write it back.

SR documents no idempotency key (§8): a create whose answer was lost is reconciled by looking the
candidate up by e-mail (``GET /candidates?q=``) and checking it sits on the job, and a file by its name
among the candidate's attachments that were not there before.

After each write the candidate is read again the way the sync reads it (``read_item``), so the cache
shows the write at once and the next sync finds nothing new to say.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

from connectors.base import action_specs as kit
from connectors.base.actions import (
    ActionContext,
    ActionResult,
    ActionSpec,
    AttachmentPolicy,
    Problem,
    attachment_bytes,
    get_path,
    read_item,
)
from connectors.base.declarations import Rec, Stream
from connectors.http import ConnectorError, CursorPaging, VendorClient
from connectors.unified.timefmt import iso

#: Files: ≤ 2 MB, PDF/DOC/DOCX/RTF/JPG/PNG (VENDOR.md "Writes", V for the Application API, U here).
MAX_FILE_BYTES = 2 * 1024 * 1024
FILE_EXTENSIONS = ("pdf", "doc", "docx", "rtf", "jpg", "jpeg", "png")
#: Unified attachment type → SR ``attachmentType`` (RESUME and GENERIC_FILE S; COVER_LETTER U).
ATTACHMENT_TYPE = {"CV": "RESUME", "COVER_LETTER": "COVER_LETTER", "OTHER": "GENERIC_FILE"}
#: Statuses that take a rejection / withdrawal ``reason`` (§7, V).
REASON_STATUSES = frozenset({"REJECTED", "WITHDRAWN"})
#: ``POST /messages/shares`` content is 1..10000 characters (V); the candidate tag takes some of it.
NOTE_MAX = 10_000 - 64
#: How far before the first attempt a reconciled candidate's ``createdOn`` may lie: clock skew between
#: us and SR. A same-e-mail candidate created on the same job in that window would be mistaken for ours.
RECONCILE_SLACK = timedelta(minutes=10)

_POLICY = AttachmentPolicy(max_bytes=MAX_FILE_BYTES, extensions=FILE_EXTENSIONS)
_WEB_KINDS = (
    ("linkedin.com", "linkedin"),
    ("facebook.com", "facebook"),
    ("twitter.com", "twitter"),
    ("x.com", "twitter"),
)


def _content(body: Any) -> list[dict[str, Any]]:
    return list(body.get("content") or []) if isinstance(body, dict) else []


def _web_kind(url: str) -> str:
    host = urlsplit(url).netloc.lower().split(":")[0]
    for domain, kind in _WEB_KINDS:
        if host == domain or host.endswith("." + domain):
            return kind
    return "website"


# --- rules (SR's own, beyond the unified ones) ----------------------------------------------------


def _one_link_per_kind(data: Mapping[str, Any], refs: Mapping[str, Any] | None) -> Iterable[Problem]:
    # SR keeps one link per kind (web{linkedin, facebook, twitter, website}, §5).
    seen: dict[str, int] = {}
    for index, link in enumerate(get_path(data, "candidate.social_links") or []):
        kind = _web_kind(str((link or {}).get("url") or ""))
        if kind in seen:
            yield Problem(
                f"candidate.social_links[{index}].url",
                f"SmartRecruiters keeps one {kind} link; social_links[{seen[kind]}] is one already",
            )
        seen.setdefault(kind, index)


def _no_rejection_on_create(data: Mapping[str, Any], refs: Mapping[str, Any] | None) -> Iterable[Problem]:
    stage = (refs or {}).get("application.stage_id")
    if stage and stage.get("remote_id") in REASON_STATUSES:
        yield Problem(
            "application.stage_id",
            "a new application cannot start rejected or withdrawn at "
            "SmartRecruiters; create it, then move it with a reason",
        )


def _reason_fits_stage(data: Mapping[str, Any], refs: Mapping[str, Any] | None) -> Iterable[Problem]:
    stage = (refs or {}).get("stage_id")
    if stage and data.get("rejection_reason_id") and stage.get("remote_id") not in REASON_STATUSES:
        yield Problem(
            "rejection_reason_id", "SmartRecruiters takes a reason only when moving to Rejected or Withdrawn"
        )


def _note_length(data: Mapping[str, Any], refs: Mapping[str, Any] | None) -> Iterable[Problem]:
    content = data.get("content")
    if isinstance(content, str) and len(content) > NOTE_MAX:
        yield Problem("content", f"is {len(content)} characters; SmartRecruiters takes at most {NOTE_MAX}")


# --- requests --------------------------------------------------------------------------------------


def candidate_body(cand: Mapping[str, Any]) -> dict[str, Any]:
    """Unified ``candidate`` → SR CandidateInput (§7: firstName*, lastName*, email*, phoneNumber,
    location, web, experience)."""
    body: dict[str, Any] = {
        "firstName": str(cand["first_name"]).strip(),
        "lastName": str(cand["last_name"]).strip(),
        "email": str(cand["email_address"]).strip(),
    }
    if cand.get("phone_number"):
        body["phoneNumber"] = cand["phone_number"]
    loc = cand.get("location") or {}
    location = {
        "city": loc.get("city"),
        "countryCode": loc.get("country"),
        "region": loc.get("state"),
        "address": loc.get("street_1"),
        "postalCode": loc.get("zip_code"),
    }
    location = {k: v for k, v in location.items() if v}
    if location:
        body["location"] = location
    web = {_web_kind(str(link["url"])): link["url"] for link in cand.get("social_links") or []}
    if web:
        body["web"] = web
    if cand.get("company") or cand.get("title"):
        # SR has no company/title on the candidate: they live in the current experience entry (§5).
        body["experience"] = [{"company": cand.get("company"), "title": cand.get("title"), "current": True}]
    return body


async def _attachments_of(client: VendorClient, cid: str) -> list[dict[str, Any]]:
    return _content(await client.get_json(f"/candidates/{cid}/attachments"))


async def _upload(client: VendorClient, cid: str, att: Mapping[str, Any]) -> str:
    data, media = await attachment_bytes(att, max_bytes=MAX_FILE_BYTES)
    name = str(att["name"])
    response = await client.request(
        "POST",
        f"/candidates/{cid}/attachments",
        files={"file": (name, data, media or "application/octet-stream")},
        data={"attachmentType": ATTACHMENT_TYPE.get(str(att.get("type")), "GENERIC_FILE")},
    )
    return str(response.json().get("id"))


async def _refresh(
    client: VendorClient,
    stream: Stream,
    ctx: ActionContext,
    cid: str,
    answer: Mapping[str, Any] | None = None,
) -> tuple[list[Rec], bool]:
    """The candidate as the sync would store it; if that read fails, the write's own answer (or
    nothing) and the next sync completes it. The write itself succeeded either way."""
    try:
        return await read_item(stream, client, ctx.map, {"id": cid}), True
    except ConnectorError:
        if answer:
            return list(stream.map(dict(answer), ctx.map)), False
        return [], False


def _file_target(data: Mapping[str, Any], ctx: ActionContext) -> tuple[str, str | None]:
    """The candidate a file goes to, and where the input named an application, the result's fallback
    line: SR takes files on the candidate only."""
    to = kit.Target.of(data, ctx)
    if to.application is None:
        return to.candidate, None
    return to.candidate, (
        f"SmartRecruiters takes files on the candidate only: the file was added to the candidate "
        f"{to.candidate} of this application."
    )


# --- actions ---------------------------------------------------------------------------------------


def declare(candidates: Stream) -> dict[str, ActionSpec]:
    """SR's action specs; ``candidates`` is the stream whose reading refreshes the cache after a write."""

    async def create(client: VendorClient, data: Mapping[str, Any], ctx: ActionContext) -> ActionResult:
        job = ctx.remote("application.job_id")
        answer: dict[str, Any] | None = None
        cid = ctx.progress.get("candidate_id")
        if not cid:
            response = await client.request(
                "POST", f"/jobs/{job}/candidates", json_body=candidate_body(data["candidate"])
            )
            answer = response.json()
            cid = str(answer["id"])
            ctx.progress["candidate_id"] = cid
            await ctx.save()
        stage = ctx.remote_or_none("application.stage_id")
        if stage and stage != "NEW" and not ctx.progress.get("stage_set"):
            await client.request("PUT", f"/candidates/{cid}/jobs/{job}/status", json_body={"status": stage})
            ctx.progress["stage_set"] = True
            await ctx.save()
        uploaded: dict[str, str] = ctx.progress.setdefault("attachments", {})
        for index, att in enumerate(data.get("attachments") or []):
            if str(index) not in uploaded:
                uploaded[str(index)] = await _upload(client, cid, att)
                await ctx.save()
        records, complete = await _refresh(client, candidates, ctx, cid, answer)
        return ActionResult(
            ids={"candidates": cid, "applications": f"{cid}:{job}"},
            created=("candidates", "applications"),
            remote={"candidate": cid, "job": job, "attachments": list(uploaded.values())},
            records=records,
            complete=complete,
        )

    async def reconcile_create(
        client: VendorClient, data: Mapping[str, Any], ctx: ActionContext
    ) -> ActionResult | None:
        job = ctx.remote("application.job_id")
        cid = ctx.progress.get("candidate_id")
        if not cid:
            email = str(data["candidate"]["email_address"]).strip().lower()
            since = iso(datetime.fromisoformat(ctx.started_at.replace("Z", "+00:00")) - RECONCILE_SLACK) or ""
            found: list[tuple[str, str]] = []
            async for items, _ in client.pages(
                "/candidates",
                paginator=CursorPaging(),
                params={"q": email},
                records=_content,
                group="candidates",
            ):
                for item in items:
                    jobs = {
                        ((a or {}).get("job") or {}).get("id")
                        for a in [item.get("primaryAssignment"), *(item.get("secondaryAssignments") or [])]
                    }
                    created = iso(item.get("createdOn")) or ""
                    if str(item.get("email") or "").lower() == email and job in jobs and created >= since:
                        found.append((created, str(item["id"])))
            if not found:
                return None  # the create never arrived: send it
            cid = min(found)[1]
            ctx.progress["candidate_id"] = cid
        pending = [
            i
            for i in range(len(data.get("attachments") or []))
            if str(i) not in ctx.progress.get("attachments", {})
        ]
        if pending:
            # A file whose answer was lost: one with its name that no other step of ours uploaded.
            uploaded: dict[str, str] = ctx.progress.setdefault("attachments", {})
            mine = set(uploaded.values())
            there = [a for a in await _attachments_of(client, cid) if str(a.get("id")) not in mine]
            for index in pending:
                name = data["attachments"][index].get("name")
                match = next((a for a in there if a.get("name") == name), None)
                if match is not None:
                    there.remove(match)
                    uploaded[str(index)] = str(match["id"])
        await ctx.save()
        return None  # send() finishes whatever is still missing and refreshes the cache

    async def attach(client: VendorClient, data: Mapping[str, Any], ctx: ActionContext) -> ActionResult:
        cid, fallback = _file_target(data, ctx)
        if "before" not in ctx.progress:
            # What is there already, so a reconcile can tell our upload from an older file of that name.
            ctx.progress["before"] = [str(a.get("id")) for a in await _attachments_of(client, cid)]
            await ctx.save()
        aid = await _upload(client, cid, data["attachment"])
        return ActionResult(
            ids={"candidates": cid}, remote={"candidate": cid, "attachment": aid}, fallback=fallback
        )

    async def reconcile_attach(
        client: VendorClient, data: Mapping[str, Any], ctx: ActionContext
    ) -> ActionResult | None:
        cid, fallback = _file_target(data, ctx)
        if "before" not in ctx.progress:
            return None  # the upload was never sent
        before = set(ctx.progress["before"])
        name = data["attachment"].get("name")
        for att in await _attachments_of(client, cid):
            if str(att.get("id")) not in before and att.get("name") == name:
                return ActionResult(
                    ids={"candidates": cid},
                    remote={"candidate": cid, "attachment": str(att["id"])},
                    fallback=fallback,
                )
        return None

    async def move(client: VendorClient, data: Mapping[str, Any], ctx: ActionContext) -> ActionResult:
        cid = ctx.linked("application_id", "candidate_id")
        job = ctx.linked("application_id", "job_id")
        body: dict[str, Any] = {"status": ctx.remote("stage_id")}
        reason = ctx.remote_or_none("rejection_reason_id")
        if reason:
            body["reason"] = reason
        await client.request("PUT", f"/candidates/{cid}/jobs/{job}/status", json_body=body)  # 204 (V)
        records, complete = await _refresh(client, candidates, ctx, cid)
        return ActionResult(ids={"applications": f"{cid}:{job}"}, records=records, complete=complete)

    async def note(client: VendorClient, data: Mapping[str, Any], ctx: ActionContext) -> ActionResult:
        cid = ctx.linked("application_id", "candidate_id")
        job = ctx.linked("application_id", "job_id")
        body = {
            "content": f"#[CANDIDATE:{cid}] {data['content']}",
            "shareWith": {"hiringTeamOf": [job]},
            # SR stores it; no lookup by it exists, so it cannot reconcile a lost answer (§7).
            "correlationId": ctx.idempotency_key,
        }
        answer = (await client.request("POST", "/messages/shares", json_body=body)).json()
        return ActionResult(ids={"applications": f"{cid}:{job}"}, remote={"note": answer.get("id")})

    async def retag(
        client: VendorClient, data: Mapping[str, Any], ctx: ActionContext, add: bool
    ) -> ActionResult:
        cid = ctx.remote("candidate_id")
        name = str(data["tag"]["name"]).strip()
        tags = list((await client.get_json(f"/candidates/{cid}/tags") or {}).get("tags") or [])
        note = None
        if add and name not in tags:
            await client.request("PUT", f"/candidates/{cid}/tags", json_body={"tags": [*tags, name]})
        elif not add and name in tags:
            await client.request(
                "PUT", f"/candidates/{cid}/tags", json_body={"tags": [t for t in tags if t != name]}
            )
        else:
            note = kit.tag_unchanged(add, name)
        records, complete = await _refresh(client, candidates, ctx, cid)
        return ActionResult(ids={"candidates": cid}, records=records, complete=complete, note=note)

    create_fields = (
        *kit.PERSON,
        "candidate.company",
        "candidate.title",
        "candidate.location",
        "candidate.social_links",
        "application.job_id",
        "application.stage_id",
        "attachments",
    )
    create_notes = (
        "SmartRecruiters starts every application at New (a stage is set right after); files "
        "up to 2 MB: PDF, DOC, DOCX, RTF, JPG, PNG."
    )
    create_rules = (_one_link_per_kind, _no_rejection_on_create)
    specs = (
        *kit.create_specs(create, create_fields, _POLICY, reconcile_create, create_notes, rules=create_rules),
        *kit.attachment_specs(
            _POLICY,
            attach,
            reconcile_attach,
            application_notes="SmartRecruiters keeps files on the candidate; the file goes there.",
        ),
        kit.declared(
            "move-application-to-stage",
            move,
            rules=(_reason_fits_stage,),
            idempotent=True,
            notes="Rejected and Withdrawn take a reason from SmartRecruiters' list.",
        ),
        kit.declared(
            "add-note-to-application", note, rules=(_note_length,), notes="Shared with the job's hiring team."
        ),
        *kit.tag_specs(retag, notes="A new tag name is created as it is used."),
    )
    return {spec.action: spec for spec in specs}
