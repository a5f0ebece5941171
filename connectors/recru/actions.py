"""RECRU writes (VENDOR.md "Writes"): create candidate / application, add an existing tag to a candidate.

- Create candidate and create application are one sequence, in steps that each survive a retry
  (``ctx.progress``): the source name looked up in RECRU's source codebook; the jobseeker reused by
  e-mail or saved (``JobseekerService.save``, with phone, city, source and GDPR consent and its expiry);
  the application (``JobseekerService.apply``, RECRU's "apply jobseeker to project"); each file
  (``FileService.upload``, base64, with its type). Then the jobseeker and the application are read
  again and stored as the sync would store them.
- RECRU has no idempotency key: a lost answer is reconciled step by step (jobseeker by e-mail,
  application by jobseeker and project, a file by name among those that were not there before).
- Add tag: only tags that exist in RECRU (there is no call that creates one). The name is checked
  against the cached tags before anything is saved (``must_exist``; the refusal lists the existing
  ones); the tag's RECRU id comes from the cache.
- Every method is bound by discovery (``services``; the names above are our sandbox's): all the methods
  a write needs are found before its first call, so a tenant lacking one is refused with nothing sent.
  Where the tenant offers its apply form's description ("Get Jobseeker Apply Metadata", S), a field
  it requires that the input does not give is refused before sending too.
"""

from __future__ import annotations

import base64
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

from connectors.base import action_specs as kit
from connectors.base.actions import (
    ActionContext,
    ActionResult,
    ActionSpec,
    AttachmentPolicy,
    Problem,
    attachment_bytes,
    get_path,
    must_exist,
    whole_number,
)
from connectors.base.declarations import Rec, Stream
from connectors.http import ConnectorError, VendorClient, VendorRejected
from connectors.recru import mapping, rpc, services

#: Files: ≤ 10 MB, office documents and images (VENDOR.md "Writes", A).
MAX_FILE_BYTES = 10 * 1024 * 1024
FILE_EXTENSIONS = ("pdf", "doc", "docx", "odt", "rtf", "txt", "jpg", "jpeg", "png")
#: Unified attachment type → RECRU ``file_type`` (1:1, VENDOR.md "Writes", A).
FILE_TYPE = {"CV": "CV", "COVER_LETTER": "COVER_LETTER", "OTHER": "OTHER"}
POLICY = AttachmentPolicy(max_bytes=MAX_FILE_BYTES, extensions=FILE_EXTENSIONS)
#: How far before the first attempt a reconciled jobseeker's ``created_at`` may lie and still be ours.
RECONCILE_SLACK = timedelta(minutes=10)

CREATE_FIELDS = (
    *kit.PERSON,
    "candidate.location.city",
    "application.job_id",
    "attachments",
    "source",
    "gdpr_consent",
)
CREATE_NOTES = (
    "RECRU takes name, e-mail, phone and city; files up to 10 MB (PDF, DOC, DOCX, ODT, RTF, TXT, JPG, "
    "PNG) as CV, cover letter or other; the source by its name in RECRU's source list; GDPR consent "
    "and the date it expires."
)
TAG_NOTES = "Only tags that already exist in RECRU can be assigned: RECRU's API cannot create tags."


# --- rules (RECRU's own, beyond the unified ones) --------------------------------------------------


_SOURCE_ID_IS_A_NUMBER = whole_number(
    "source.id", "RECRU names a source by its number in the source list; or give source.name"
)


def _consent_rules(data: Mapping[str, Any], refs: Mapping[str, Any] | None) -> Iterable[Problem]:
    given = get_path(data, "gdpr_consent.given")
    expires = get_path(data, "gdpr_consent.expires_at")
    if not expires:
        return
    if given is not True:
        yield Problem(
            "gdpr_consent.expires_at",
            "RECRU keeps an expiry date only for a consent that was given (set gdpr_consent.given to true)",
        )
        return
    try:
        day = rpc.local_day(str(expires))
    except ValueError:
        return  # the unified check names a malformed date
    today = datetime.now(UTC).astimezone(rpc.TZ).date().isoformat()
    if day < today:
        yield Problem("gdpr_consent.expires_at", f"the consent would have expired already ({day})")


def _tags_cannot_be_created(data: Mapping[str, Any], refs: Mapping[str, Any] | None) -> Iterable[Problem]:
    """Why a new tag name is refused (the brief; VENDOR.md "Writes"). ``must_exist`` beside it checks the
    name against the cached tags and lists those there are (and, being data, lets a form offer only them)."""
    if refs is not None and "tag.name" in refs and refs["tag.name"] is None:
        yield Problem(
            "tag.name",
            "RECRU's API cannot create tags, so only a tag that already exists in RECRU can be assigned; "
            "create it in RECRU first (then sync) or pick an existing one",
        )


# --- helpers ---------------------------------------------------------------------------------------


def _int(value: Any) -> Any:
    text = str(value).strip()
    return int(text) if text.isdigit() else text


def _data(result: Mapping[str, Any]) -> Any:
    return result.get("data")


async def _source(client: VendorClient, data: Mapping[str, Any]) -> tuple[Any, str | None]:
    """The RECRU source id for the input's ``source`` (source writing), and a note when a named source
    is not in RECRU's list (VENDOR.md "Writes": never invented, the write goes ahead without it)."""
    given_id = get_path(data, "source.id")
    if given_id not in (None, ""):
        return _int(given_id), None
    name = str(get_path(data, "source.name") or "").strip()
    if not name:
        return None, None
    method = await services.find(client, await services.service_map(client), "sources")
    if method is None:
        return None, (
            f"RECRU offers no list of jobseeker sources (Get Jobseeker Sources) here, so the source {name!r} "
            "was not set."
        )
    book = rpc.codebook(await rpc.call(client, method))
    for entry in book:
        if str(entry.get("name") or "").strip().casefold() == name.casefold():
            return _int(entry["id"]), None
    known = ", ".join(str(e.get("name")) for e in book)
    return None, (
        f"RECRU has no source named {name!r}, so none was set (add it to RECRU's jobseeker sources to use "
        f"it; RECRU lists: {known})."
    )


async def _list(client: VendorClient, key: str, **filters: Any) -> list[dict[str, Any]]:
    method = await services.method(client, key)
    found: list[dict[str, Any]] = []
    paging = rpc.RpcPaging()
    state: dict[str, Any] | None = paging.first()
    while state is not None:
        result = await rpc.call(client, method, rpc.request_params(**state, filter=filters))
        page = [i for i in rpc.items(result) if isinstance(i, dict)]
        found.extend(page)
        state = paging.next(state, result, page)
    return found


async def _jobseeker_by_email(client: VendorClient, email: str) -> dict[str, Any] | None:
    wanted = email.strip().casefold()
    for item in await _list(client, "jobseekers", email=email.strip()):
        if str(item.get("email") or "").strip().casefold() == wanted:
            return item
    return None


async def _refresh(
    client: VendorClient, stream: Stream, keys: tuple[str, str], record_id: str, ctx: ActionContext
) -> tuple[list[Rec], bool]:
    """The record as the sync would store it (same mapping, ``remote_data`` keyed by the list method the
    sync reads, ``keys`` = (its need, the one-record need)); if the read fails, nothing, and the next
    sync brings it. The write itself succeeded either way."""
    listed, one = keys
    try:
        item = _data(await rpc.call(client, await services.method(client, one), {"id": _int(record_id)}))
        source = await services.method(client, listed)
    except ConnectorError:
        return [], False
    if not isinstance(item, dict):
        return [], False
    return list(mapping.keyed(stream.map, source)(dict(item), ctx.map)), True


def _started(ctx: ActionContext) -> datetime:
    return datetime.fromisoformat(ctx.started_at.replace("Z", "+00:00")).astimezone(UTC)


def _consent(data: Mapping[str, Any]) -> dict[str, Any]:
    """``gdpr_consent{given, expires_at}`` → RECRU's ``gdpr_consent`` and ``gdpr_consent_valid_to`` (a
    date in the tenant's zone; VENDOR.md "Writes", A)."""
    given = get_path(data, "gdpr_consent.given")
    if given is None:
        return {}
    fields: dict[str, Any] = {"gdpr_consent": bool(given)}
    expires = get_path(data, "gdpr_consent.expires_at")
    if given and expires:
        fields["gdpr_consent_valid_to"] = rpc.local_day(str(expires))
    return fields


def jobseeker_body(data: Mapping[str, Any], source_id: Any) -> dict[str, Any]:
    """Unified input → ``JobseekerService.save`` ``request`` (VENDOR.md "Writes", A)."""
    cand = data["candidate"]
    body: dict[str, Any] = {
        "first_name": str(cand["first_name"]).strip(),
        "last_name": str(cand["last_name"]).strip(),
        "email": str(cand["email_address"]).strip(),
    }
    if cand.get("phone_number"):
        body["phone"] = str(cand["phone_number"]).strip()
    city = get_path(data, "candidate.location.city")
    if city:
        body["city"] = str(city).strip()
    if source_id is not None:
        body["source_id"] = source_id
    body.update(_consent(data))
    return body


def _gdpr_note(data: Mapping[str, Any]) -> str | None:
    fields = _consent(data)
    if not fields:
        return None
    if not fields["gdpr_consent"]:
        return "GDPR consent: not given."
    until = fields.get("gdpr_consent_valid_to")
    return f"GDPR consent given, valid until {until}." if until else "GDPR consent given (no expiry date)."


#: RECRU's apply-form fields → where the unified input gives them (VENDOR.md "Writes", A).
_FORM_INPUT = {
    "first_name": "candidate.first_name",
    "last_name": "candidate.last_name",
    "email": "candidate.email_address",
    "phone": "candidate.phone_number",
    "city": "candidate.location.city",
    "source_id": "source.name",
    "gdpr_consent": "gdpr_consent.given",
    "gdpr_consent_valid_to": "gdpr_consent.expires_at",
    "project_id": "application.job_id",
    "files": "attachments",
}


def _given(data: Mapping[str, Any], field: str) -> bool:
    if field == "source_id":
        return bool(get_path(data, "source.name") or get_path(data, "source.id"))
    if field == "files":
        return bool(data.get("attachments"))
    path = _FORM_INPUT.get(field)
    return path is not None and get_path(data, path) not in (None, "")


async def _check_apply_form(client: VendorClient, data: Mapping[str, Any]) -> None:
    """Refuse, before anything is sent, an input lacking a field this tenant's apply form requires
    ("Get Jobseeker Apply Metadata", S; its shape ``data{fields[{name, label, required}]}``, A)."""
    smap = await services.service_map(client)
    method = await services.find(client, smap, "apply_metadata")
    if method is None:
        return
    answer = _data(await rpc.call(client, method))
    fields = answer.get("fields") if isinstance(answer, dict) else answer
    if not isinstance(fields, list):
        return  # a description we cannot read decides nothing; RECRU checks the save itself
    lacking = [
        f
        for f in fields
        if isinstance(f, dict) and rpc.flag(f.get("required")) and not _given(data, str(f.get("name")))
    ]
    if lacking:
        what = "; ".join(
            f"{f.get('label') or f.get('name')} ({_FORM_INPUT.get(str(f.get('name')), 'no field of ours')})"
            for f in lacking
        )
        raise VendorRejected(
            f"RECRU ({smap.account}) requires on its apply form what this input does not give: {what}. "
            "Nothing was sent; add it and send again."
        )


async def _bind_create(client: VendorClient, data: Mapping[str, Any]) -> None:
    """Every method the create sequence calls, found before its first call (``services.method`` raises
    ``NotFound`` naming the one missing)."""
    for key in ("jobseekers", "jobseeker_save", "apply"):
        await services.method(client, key)
    if data.get("attachments"):
        for key in ("files", "file_upload"):
            await services.method(client, key)


# --- actions ---------------------------------------------------------------------------------------


def declare(candidates: Stream, applications: Stream) -> dict[str, ActionSpec]:
    """RECRU's action specs; the two streams map the records a write reads back."""

    async def create(client: VendorClient, data: Mapping[str, Any], ctx: ActionContext) -> ActionResult:
        progress = ctx.progress
        project = _int(ctx.remote("application.job_id"))
        email = str(data["candidate"]["email_address"]).strip()
        if not progress.get("jobseeker_id"):
            await _bind_create(client, data)
            await _check_apply_form(client, data)
        if "source_id" not in progress:
            progress["source_id"], progress["source_note"] = await _source(client, data)
            await ctx.save()
        source_id = progress["source_id"]
        jsid = progress.get("jobseeker_id")
        if not jsid:
            found = await _jobseeker_by_email(client, email)
            if found is not None:
                jsid, progress["reused"] = str(found["id"]), True
            else:
                answer = await rpc.write(
                    client,
                    await services.method(client, "jobseeker_save"),
                    {"request": jobseeker_body(data, source_id)},
                )
                jsid, progress["reused"] = str(answer["id"]), False
            progress["jobseeker_id"] = jsid
            await ctx.save()
        if progress.get("reused") and _consent(data) and not progress.get("consent_saved"):
            # A jobseeker RECRU knew already: record the consent given now (save with an id updates, A).
            await rpc.write(
                client,
                await services.method(client, "jobseeker_save"),
                {"request": {"id": _int(jsid), **_consent(data)}},
            )
            progress["consent_saved"] = True
            await ctx.save()
        appid = progress.get("application_id")
        if not appid:
            request = rpc.request_params(jobseeker_id=_int(jsid), project_id=project, source_id=source_id)
            appid = str((await rpc.write(client, await services.method(client, "apply"), request))["id"])
            progress["application_id"] = appid
            await ctx.save()
        attachments = list(data.get("attachments") or [])
        uploaded: dict[str, str] = progress.setdefault("files", {})
        if attachments and "files_before" not in progress:
            # What is there already, so a reconcile can tell our upload from an older file of that name.
            before = await _list(client, "files", jobseeker_id=_int(jsid))
            progress["files_before"] = [str(f.get("id")) for f in before]
            await ctx.save()
        for index, att in enumerate(attachments):
            if str(index) in uploaded:
                continue
            content, media = await attachment_bytes(att, max_bytes=MAX_FILE_BYTES)
            request = rpc.request_params(
                jobseeker_id=_int(jsid),
                application_id=_int(appid),
                file_type=FILE_TYPE.get(str(att.get("type")), "OTHER"),
                file_name=str(att["name"]),
                mime_type=media or "application/octet-stream",
                content=base64.b64encode(content).decode("ascii"),
            )
            upload = await services.method(client, "file_upload")
            uploaded[str(index)] = str((await rpc.write(client, upload, request))["id"])
            await ctx.save()
        records, complete = await _refresh(client, candidates, ("jobseekers", "jobseeker_get"), jsid, ctx)
        app_records, _ = await _refresh(client, applications, ("applications", "application_get"), appid, ctx)
        notes = [
            "RECRU knew this e-mail already: the application was added to that jobseeker."
            if progress.get("reused")
            else None,
            _gdpr_note(data),
            progress.get("source_note"),
        ]
        return ActionResult(
            ids={"candidates": jsid, "applications": appid},
            created=("applications",) if progress.get("reused") else ("candidates", "applications"),
            remote={
                "jobseeker": jsid,
                "application": appid,
                "files": [uploaded[k] for k in sorted(uploaded, key=int)],
                "source_id": source_id,
            },
            records=records + app_records,
            complete=complete,
            note=" ".join(n for n in notes if n) or None,
        )

    async def reconcile(
        client: VendorClient, data: Mapping[str, Any], ctx: ActionContext
    ) -> ActionResult | None:
        """After a lost answer: record in ``progress`` what the lost attempt made, so ``create`` only
        does what is missing (VENDOR.md "Writes")."""
        progress = ctx.progress
        if not progress.get("jobseeker_id"):
            found = await _jobseeker_by_email(client, str(data["candidate"]["email_address"]))
            if found is None:
                return None  # the save never arrived: create sends everything
            created = rpc.local(found.get("created_at"))
            progress["jobseeker_id"] = str(found["id"])
            progress["reused"] = bool(created and created < _started(ctx) - RECONCILE_SLACK)
        jsid = progress["jobseeker_id"]
        if not progress.get("application_id"):
            project = _int(ctx.remote("application.job_id"))
            apps = await _list(client, "applications", jobseeker_id=_int(jsid), project_id=project)
            if apps:
                progress["application_id"] = str(apps[0]["id"])
        attachments = list(data.get("attachments") or [])
        uploaded: dict[str, str] = progress.setdefault("files", {})
        pending = [i for i in range(len(attachments)) if str(i) not in uploaded]
        if pending and "files_before" in progress:
            before = set(progress["files_before"]) | set(uploaded.values())
            there = [
                f
                for f in await _list(client, "files", jobseeker_id=_int(jsid))
                if str(f.get("id")) not in before
            ]
            for index in pending:
                match = next((f for f in there if f.get("file_name") == attachments[index].get("name")), None)
                if match is not None:
                    there.remove(match)
                    uploaded[str(index)] = str(match["id"])
        await ctx.save()
        return None  # create finishes whatever is still missing and refreshes the cache

    async def add_tag(client: VendorClient, data: Mapping[str, Any], ctx: ActionContext) -> ActionResult:
        jsid = ctx.remote("candidate_id")
        tag = ctx.remote("tag.name")  # the cached tag's RECRU id (FieldSpec.lookup resolved it)
        method = await services.method(client, "add_tag")  # refused here, with nothing sent, if absent
        await rpc.write(client, method, rpc.request_params(jobseeker_id=_int(jsid), tag_id=_int(tag)))
        records, complete = await _refresh(client, candidates, ("jobseekers", "jobseeker_get"), jsid, ctx)
        return ActionResult(
            ids={"candidates": jsid},
            remote={"jobseeker": jsid, "tag": tag},
            records=records,
            complete=complete,
        )

    creates = kit.create_specs(
        create, CREATE_FIELDS, POLICY, reconcile, CREATE_NOTES, rules=(_consent_rules, _SOURCE_ID_IS_A_NUMBER)
    )
    tag_spec = kit.declared(
        "add-tag-to-candidate",
        add_tag,
        # Only existing tags (the brief; VENDOR.md "Writes"): refused before saving, naming those there are.
        rules=(_tags_cannot_be_created, must_exist("tag.name", "tag")),
        idempotent=True,  # assigning a tag twice is harmless at RECRU (VENDOR.md, A)
        notes=TAG_NOTES,
    )
    return {spec.action: spec for spec in (*creates, tag_spec)}
