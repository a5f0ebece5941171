"""CareerPlug writes: create candidate / application through ``POST /apps`` (VENDOR.md "Write").

CareerPlug has one write: apply an applicant to a job. A candidate exists only through an app, so
"create candidate" and "create application" are the same call, and both need a job.

- The brief's rule: exactly one attachment, it must be the CV, and it is required. The app's
  ``resume.file`` carries it base64-encoded (``resume.text`` is the other form; we always send a file).
- Every applicant field the spec marks required is required here too, so the form asks for it and
  nothing half-filled reaches CareerPlug.
- Source writing: CareerPlug takes ``source_id``, an id from the account's source list (an integer).
- The 201 echoes the input without the new app's id (V). Before sending we note which apps already
  exist for that job and e-mail (duplicates are accepted, VENDOR.md); afterwards the new one is the app
  for that job and e-mail that was not there before. The same lookup decides, after a lost answer,
  whether the app arrived: no idempotency key exists (VENDOR.md "Open questions").
"""

from __future__ import annotations

import base64
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

from connectors.base import action_specs as kit
from connectors.base.actions import (
    ActionContext,
    ActionResult,
    ActionSpec,
    AttachmentPolicy,
    attachment_bytes,
    get_path,
    whole_number,
)
from connectors.careerplug import mapping as m
from connectors.http import Paginator, VendorClient

#: "Exactly one attachment, it must be a CV; a CV is required" (COVERAGE.md, the brief). CareerPlug
#: publishes no file size or type limit (VENDOR.md "Write", U): 10 MB keeps a request reasonable.
POLICY = AttachmentPolicy(max_bytes=10 * 1024 * 1024, types=("CV",), min_count=1, max_count=1)

#: InboundApplicantEntity's required fields (V), as unified paths.
REQUIRED = (
    "candidate.phone_number",
    "candidate.location.city",
    "candidate.location.state",
    "candidate.location.zip_code",
    "candidate.title",
    "candidate.company",
    "attachments",
)
FIELDS = (
    *kit.PERSON,
    "candidate.company",
    "candidate.title",
    "candidate.location",
    "application.job_id",
    "screening_question_answers",
    "attachments",
    "source.id",
)
NOTES = (
    "CareerPlug takes exactly one file, the CV (required). Name, e-mail, phone, city, state, postcode, "
    "recent title and employer are required; the source is an id from your CareerPlug source list."
)
_SOURCE_IS_AN_ID = whole_number("source.id", "CareerPlug takes a source by its number from your source list")
#: ``/apps`` filters whole days in a time zone the docs do not give (U): look a day either side.
DAY = timedelta(days=1)


def _value(answer: Any) -> str:
    """A unified answer as CareerPlug's string ``value`` (V): yes/no questions have the options
    ``yes``/``no`` (S), several checkbox options are joined with commas (U)."""
    if isinstance(answer, bool):
        return "yes" if answer else "no"
    if isinstance(answer, list):
        return ",".join(str(v) for v in answer)
    return str(answer)


def app_body(data: Mapping[str, Any], ctx: ActionContext, resume: dict[str, Any]) -> dict[str, Any]:
    """Unified input → the spec's ``{"body": InboundApp}`` (VENDOR.md "Write": send the wrapper)."""
    cand = data["candidate"]
    loc = cand.get("location") or {}
    applicant: dict[str, Any] = {
        "email": str(cand["email_address"]).strip(),
        "firstname": str(cand["first_name"]).strip(),
        "lastname": str(cand["last_name"]).strip(),
        "phone": str(cand["phone_number"]).strip(),
        "city": str(loc["city"]).strip(),
        "state": str(loc["state"]).strip(),
        "postal_code": str(loc["zip_code"]).strip(),
        "recent_title": str(cand["title"]).strip(),
        "recent_employer": str(cand["company"]).strip(),
        "resume": resume,
    }
    if loc.get("street_1"):
        applicant["address"] = str(loc["street_1"])
    if loc.get("country"):
        applicant["country"] = str(loc["country"])
    source = get_path(data, "source.id")
    if source is not None:
        applicant["source_id"] = int(str(source).strip())
    answers = [
        {"id": ctx.remote(f"screening_question_answers[{index}].question_id"), "value": _value(a["answer"])}
        for index, a in enumerate(data.get("screening_question_answers") or [])
    ]
    job = ctx.remote("application.job_id")
    job_id: int | str = int(job) if job.isdigit() else job
    return {"body": {"job_id": job_id, "app": applicant, "prescreen_answers": answers}}


async def _apps_for(
    client: VendorClient, pages: Paginator, job: str, email: str, since: datetime
) -> list[dict[str, Any]]:
    """The job's apps by this e-mail applied since ``since`` (a day early: the filter's time zone is U)."""
    found: list[dict[str, Any]] = []
    params = {"job_id": job, "date_field": "applied_at", "start_date": (since - DAY).date().isoformat()}
    async for items, _ in client.pages("/apps", paginator=pages, params=params):
        for item in items:
            if isinstance(item, dict) and m.candidate_key(item) == email:
                found.append(item)
    return found


def _started(ctx: ActionContext) -> datetime:
    return datetime.fromisoformat(ctx.started_at.replace("Z", "+00:00")).astimezone(UTC)


def _result(item: dict[str, Any], ctx: ActionContext) -> ActionResult:
    return ActionResult(
        ids={"applications": str(item["id"]), "candidates": m.candidate_key(item)},
        created=("candidates", "applications"),
        remote={"app": str(item["id"])},
        records=list(m.map_app(item, ctx.map)),
    )


def declare(pages: Paginator) -> dict[str, ActionSpec]:
    """The two create actions; ``pages`` is how ``/apps`` is paged (the connector's paginator)."""

    async def create(client: VendorClient, data: Mapping[str, Any], ctx: ActionContext) -> ActionResult:
        job = ctx.remote("application.job_id")
        email = str(data["candidate"]["email_address"]).strip().lower()
        if "before" not in ctx.progress:
            existing = await _apps_for(client, pages, job, email, _started(ctx))
            ctx.progress["before"] = [str(item["id"]) for item in existing]
            await ctx.save()
        att = data["attachments"][0]
        content, media = await attachment_bytes(att, max_bytes=POLICY.max_bytes)
        resume = {
            "file": {
                "name": str(att["name"]),
                "data": base64.b64encode(content).decode("ascii"),
                "content_type": media or "application/octet-stream",
            }
        }
        await client.request("POST", "/apps", json_body=app_body(data, ctx, resume))  # 201, no id (V)
        found = await find_new(client, data, ctx)
        if found is not None:
            return found
        # Sent and accepted, but not listed yet: the next sync brings it.
        return ActionResult(
            note="CareerPlug accepted the application; it shows after the next sync.", complete=False
        )

    async def find_new(
        client: VendorClient, data: Mapping[str, Any], ctx: ActionContext
    ) -> ActionResult | None:
        job = ctx.remote("application.job_id")
        email = str(data["candidate"]["email_address"]).strip().lower()
        before = set(ctx.progress.get("before") or [])
        new = [
            item
            for item in await _apps_for(client, pages, job, email, _started(ctx))
            if str(item["id"]) not in before
        ]
        if not new:
            return None
        newest = max(new, key=lambda item: int(str(item["id"])) if str(item["id"]).isdigit() else 0)
        return _result(newest, ctx)

    async def reconcile(
        client: VendorClient, data: Mapping[str, Any], ctx: ActionContext
    ) -> ActionResult | None:
        if "before" not in ctx.progress:
            return None  # the POST was never sent
        return await find_new(client, data, ctx)

    specs = kit.create_specs(
        create, FIELDS, POLICY, reconcile, NOTES, required=REQUIRED, rules=(_SOURCE_IS_AN_ID,)
    )
    return {spec.action: spec for spec in specs}
