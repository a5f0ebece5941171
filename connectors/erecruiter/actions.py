"""eRecruiter writes (VENDOR.md "Writes"): the brief's eight actions on eRecruiter's applicant API.

- create candidate / create application: ``PUT /Api/Applicant/`` (PUT creates at eRecruiter, V) with
  the applicant's fields, the standard questionnaire answers (salary, start date, …) and the GDPR
  acceptance time; then each custom-field answer (``POST …/CustomField``); then the application
  (``PUT /Api/Application/``); then the files (the CV through ``…/Cv/``, the others as documents).
  The steps are recorded in ``ctx.progress`` so a retry does only what is missing.
- add / remove a tag: eRecruiter updates an applicant as a whole (``POST /Api/Applicant/{id}``), so the
  applicant is read, its ``Tags`` changed and written back.
- attachments belong to the applicant: "add attachment to application" falls back to the application's
  candidate and says so (the brief's note; there is no application document endpoint, V).
- result links: a history entry on the applicant (``PUT /Api/Applicant/History/{id}``, V), bound to the
  application's job for the application variant (no link object exists, A).

Screening answers are checked against the job's cached questions before anything is sent (required,
formats and preconditions in ``connectors.base.screening``); the rules in ``action_input`` add what
only eRecruiter needs: questions its API cannot answer, answers that contradict the candidate's own
fields, one CV, an open job. After each write the applicant is read again as the sync reads it, so the
cache shows the write at once.
"""

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from connectors.base import action_specs as kit
from connectors.base.actions import (
    ActionContext,
    ActionResult,
    ActionSpec,
    get_path,
)
from connectors.base.declarations import Rec
from connectors.erecruiter import mapping as m
from connectors.erecruiter.action_calls import (
    created_at_of,
    read_applicant,
    read_documents,
    read_optional,
    refresh,
    upload,
)
from connectors.erecruiter.action_input import (
    APPLICATION_ERRORS,
    CREATED_BY,
    POLICY,
    RECONCILE_SLACK,
    WRITABLE,
    answerable,
    answers_agree,
    applicant_body,
    custom_field_body,
    job_is_open,
    one_cv,
    salary_whole,
    split_name,
)
from connectors.http import ConnectorError, VendorClient, VendorRejected
from connectors.unified.timefmt import iso


# --- actions ---------------------------------------------------------------------------------------------
def declare() -> dict[str, ActionSpec]:
    """eRecruiter's action specs."""

    async def create(client: VendorClient, data: Mapping[str, Any], ctx: ActionContext) -> ActionResult:
        job = ctx.remote("application.job_id")
        applicant_id = ctx.progress.get("applicant")
        if not applicant_id:
            answer = (
                await client.request(
                    "PUT",
                    "/Api/Applicant/",
                    params={"sendRegistrationEmail": "false", "url": ""},
                    json_body=applicant_body(data, ctx),
                    idempotent=False,
                )
            ).json()
            applicant_id = str(m.val(answer, "Id"))
            ctx.progress["applicant"] = applicant_id
            ctx.progress["cv_free"] = not m.val(answer, "HasCv")
            await ctx.save()
        fields: list[str] = ctx.progress.setdefault("fields", [])
        for index, item in enumerate(data.get("screening_question_answers") or []):
            remote = str(ctx.remote(f"screening_question_answers[{index}].question_id"))
            if remote.startswith("cf:") and remote not in fields:
                # Setting a value twice leaves one value: safe to resend.
                await client.request(
                    "POST",
                    f"/Api/Applicant/{applicant_id}/CustomField",
                    idempotent=True,
                    json_body=custom_field_body(remote[3:], item.get("answer")),
                )
                fields.append(remote)
                await ctx.save()
        application_id = ctx.progress.get("application")
        note = None
        if not application_id:
            source = get_path(data, "source.name")
            body = {
                "JobId": int(job) if job.isdigit() else job,
                "ApplicantId": int(applicant_id),
                "Referrer": str(source).strip() if source else None,
                "ReferrerAdditionalInfo": CREATED_BY,
                # False: an existing application is answered with its id and left alone (V), so a
                # resend never applies twice.
                "RefreshApplicationIfItAlreadyExists": False,
                "CoverLetter": None,
            }
            answer = (
                await client.request(
                    "PUT",
                    "/Api/Application/",
                    params={"sendApplicationEmail": "false", "url": ""},
                    json_body=body,
                    idempotent=True,
                )
            ).json()
            errors = [str(e) for e in m.listed(m.val(answer, "Errors"))]
            application_id = m.val(answer, "ApplicationId")
            if errors == ["ApplicationAlreadyExists"] and application_id is not None:
                note = "The applicant had applied to this job already; eRecruiter kept that application."
            elif errors or application_id is None:
                words = (
                    "; ".join(APPLICATION_ERRORS.get(e, e) for e in errors) or "no application id came back"
                )
                raise VendorRejected(
                    f"eRecruiter did not create the application: {words}. The applicant {applicant_id} was "
                    "created; retrying sends only the rest.",
                    detail=", ".join(errors),
                )
            application_id = str(application_id)
            ctx.progress["application"] = application_id
            await ctx.save()
        files: dict[str, Any] = ctx.progress.setdefault("files", {})
        for index, att in enumerate(data.get("attachments") or []):
            if str(index) in files:
                continue
            cv_free = bool(ctx.progress.get("cv_free", True)) and not any(f.get("cv") for f in files.values())
            if "documents_before" not in ctx.progress:
                ctx.progress["documents_before"] = [
                    str(m.val(d, "Id")) for d in await read_documents(client, applicant_id)
                ]
            ctx.progress["uploading"] = index
            await ctx.save()
            files[str(index)] = await upload(client, ctx, applicant_id, att, cv_free=cv_free)
            ctx.progress.pop("uploading", None)
            await ctx.save()
        records = await _refresh_or_nothing(client, ctx, applicant_id)
        return ActionResult(
            ids={"candidates": applicant_id, "applications": application_id},
            created=("candidates", "applications"),
            remote={"applicant": applicant_id, "application": application_id, "files": list(files.values())},
            records=records,
            complete=bool(records),
            note=note,
        )

    async def reconcile_create(
        client: VendorClient, data: Mapping[str, Any], ctx: ActionContext
    ) -> ActionResult | None:
        """After a lost answer: find the applicant by e-mail and the DateOfCreation we sent, and a file
        that was being uploaded among the documents that were not there before; ``send`` does the rest."""
        if not ctx.progress.get("applicant"):
            email = str(data["candidate"]["email_address"]).strip()
            ours = iso(ctx.started_at) or ctx.started_at
            found = []
            for applicant in m.listed(await client.get_json(f"/Api/Applicants/ByEmail/{email}")):
                created = created_at_of(applicant)
                if created and abs(_moment(created) - _moment(ours)) <= RECONCILE_SLACK:
                    found.append(str(m.val(applicant, "Id")))
            if not found:
                return None  # never arrived: send() creates it
            ctx.progress["applicant"] = min(found, key=int)
            ctx.progress["cv_free"] = True
        index = ctx.progress.get("uploading")
        if index is not None:
            applicant_id = str(ctx.progress["applicant"])
            att = data["attachments"][int(index)]
            stem, _ext = split_name(str(att["name"]))
            before = set(ctx.progress.get("documents_before") or [])
            match = next(
                (
                    d
                    for d in await read_documents(client, applicant_id)
                    if str(m.val(d, "Id")) not in before and m.val(d, "Name") == stem
                ),
                None,
            )
            if match is not None:
                ctx.progress.setdefault("files", {})[str(index)] = {"document": str(m.val(match, "Id"))}
            elif att.get("type") == "CV" and m.val(await read_applicant(client, applicant_id), "HasCv"):
                ctx.progress.setdefault("files", {})[str(index)] = {"cv": True, "name": str(att["name"])}
            ctx.progress.pop("uploading", None)
        await ctx.save()
        return None

    async def attach(client: VendorClient, data: Mapping[str, Any], ctx: ActionContext) -> ActionResult:
        to = kit.Target.of(data, ctx)
        applicant_id = to.candidate
        stored = ctx.progress.get("stored")
        if stored is None:
            applicant = await read_applicant(client, applicant_id)
            ctx.progress["documents_before"] = [
                str(m.val(d, "Id")) for d in await read_documents(client, applicant_id)
            ]
            ctx.progress["had_cv"] = bool(m.val(applicant, "HasCv"))
            await ctx.save()
            stored = await upload(
                client, ctx, applicant_id, data["attachment"], cv_free=not ctx.progress["had_cv"]
            )
            ctx.progress["stored"] = stored
            await ctx.save()
        records = await _refresh_or_nothing(client, ctx, applicant_id)
        return ActionResult(
            ids=to.ids,
            remote={"applicant": applicant_id, **stored},
            records=records,
            complete=bool(records),
            fallback=_fallback(to),
        )

    async def reconcile_attach(
        client: VendorClient, data: Mapping[str, Any], ctx: ActionContext
    ) -> ActionResult | None:
        applicant_id = kit.Target.of(data, ctx).candidate
        if "documents_before" not in ctx.progress or "stored" in ctx.progress:
            return None  # never sent, or known done: send() carries on
        stem, _ext = split_name(str(data["attachment"]["name"]))
        before = set(ctx.progress["documents_before"])
        match = next(
            (
                d
                for d in await read_documents(client, applicant_id)
                if str(m.val(d, "Id")) not in before and m.val(d, "Name") == stem
            ),
            None,
        )
        if match is not None:
            ctx.progress["stored"] = {"document": str(m.val(match, "Id")), "name": stem}
        elif (
            data["attachment"].get("type") == "CV"
            and not ctx.progress.get("had_cv")
            and m.val(await read_applicant(client, applicant_id), "HasCv")
        ):
            ctx.progress["stored"] = {"cv": True, "name": str(data["attachment"]["name"])}
        await ctx.save()
        return None

    async def retag(
        client: VendorClient, data: Mapping[str, Any], ctx: ActionContext, add: bool
    ) -> ActionResult:
        applicant_id = ctx.remote("candidate_id")
        name = str(data["tag"]["name"]).strip()
        applicant = await read_applicant(client, applicant_id)
        tags = [str(t) for t in m.listed(m.val(applicant, "Tags"))]
        has = [t for t in tags if t.casefold() == name.casefold()]
        note = None
        if add == bool(has):
            note = kit.tag_unchanged(add, name)
        else:
            body = {field: m.val(applicant, field) for field in WRITABLE}
            body["Tags"] = [*tags, name] if add else [t for t in tags if t not in has]
            # An update carries the whole applicant (V); the last writer wins (no version token, A).
            await client.request("POST", f"/Api/Applicant/{applicant_id}", json_body=body, idempotent=True)
        records = await _refresh_or_nothing(client, ctx, applicant_id)
        return ActionResult(
            ids={"candidates": applicant_id}, records=records, complete=bool(records), note=note
        )

    async def delete(client: VendorClient, data: Mapping[str, Any], ctx: ActionContext) -> ActionResult:
        """``DELETE /Api/Applicant/{id}`` with the vendor's default, anonymisation (VENDOR.md, V): a
        complete deletion is "rarely necessary" in its own words. An applicant already gone counts as
        done, so a resend after a lost answer is harmless."""
        applicant_id = ctx.remote("candidate_id")
        note = "eRecruiter anonymised the applicant (its way of deleting one)."
        try:
            await client.request(
                "DELETE",
                f"/Api/Applicant/{applicant_id}",
                params={"deleteCompletely": "false"},
                idempotent=True,
            )
        except ConnectorError as exc:
            if exc.status != 404:
                raise
            note = "eRecruiter no longer had this applicant; nothing was left to delete."
        return ActionResult(ids={"candidates": applicant_id}, records=[], complete=True, note=note)

    def _history_body(data: Mapping[str, Any], job: str | None) -> dict[str, Any]:
        lines = [str(data["url"]).strip()]
        for attribute in get_path(data, "details.attributes") or []:
            lines.append(f"{attribute['key']}: {attribute['value']}")
        return {
            "JobId": int(job) if job and job.isdigit() else job,
            "Subject": str(data["label"]).strip(),
            "Body": "\n".join(lines),
            "Type": "Manual",
            "CreatedBy": CREATED_BY,
        }

    async def link(client: VendorClient, data: Mapping[str, Any], ctx: ActionContext) -> ActionResult:
        to = kit.Target.of(data, ctx)
        applicant_id, job = to.candidate, _job(to, ctx)
        if not ctx.progress.get("written"):
            ctx.progress["sending"] = True
            await ctx.save()
            await client.request(
                "PUT",
                f"/Api/Applicant/History/{applicant_id}",
                json_body=_history_body(data, job),
                idempotent=False,
            )
            ctx.progress["written"] = True
            await ctx.save()
        records = await _refresh_or_nothing(client, ctx, applicant_id)
        return ActionResult(
            ids=to.ids,
            remote={"applicant": applicant_id, "history": data["label"]},
            records=records,
            complete=bool(records),
        )

    async def reconcile_link(
        client: VendorClient, data: Mapping[str, Any], ctx: ActionContext
    ) -> ActionResult | None:
        to = kit.Target.of(data, ctx)
        applicant_id, job = to.candidate, _job(to, ctx)
        if not ctx.progress.get("sending") or ctx.progress.get("written"):
            return None
        wanted = _history_body(data, job)
        # History has no read in the vendor's client (V: PUT only); where the server has none (404/405)
        # the entry is sent again.
        for entry in m.listed(await read_optional(client, f"/Api/Applicant/History/{applicant_id}")):
            if m.val(entry, "Subject") == wanted["Subject"] and m.val(entry, "Body") == wanted["Body"]:
                ctx.progress["written"] = True
                await ctx.save()
                return None
        return None

    create_fields = (
        *kit.PERSON,
        "candidate.location.city",
        "candidate.location.country",
        "candidate.location.street_1",
        "candidate.location.zip_code",
        "candidate.gender",
        "candidate.availability_date",
        "candidate.salary_expectations",
        "application.job_id",
        "screening_question_answers",
        "attachments",
        "source.name",
        "gdpr_consent.given",
    )
    create_notes = (
        "eRecruiter creates the applicant, then the application on an open job; the salary is stored in "
        "whole PLN (rounded), one CV per applicant, other files as documents of the matching type."
    )
    create_rules = (answerable, answers_agree, one_cv, job_is_open, salary_whole)
    link_notes = "Stored as a history entry of the applicant (label as subject, link and details as text)."
    specs = (
        *kit.create_specs(create, create_fields, POLICY, reconcile_create, create_notes, rules=create_rules),
        *kit.tag_specs(retag, notes="Any word can be a tag; a new one is created as it is used."),
        kit.declared(
            "delete-candidate",
            delete,
            idempotent=True,
            notes="eRecruiter anonymises the applicant with all their applications and documents.",
        ),
        *kit.attachment_specs(
            POLICY,
            attach,
            reconcile_attach,
            application_notes="eRecruiter keeps files on the applicant; the file goes to the application's "
            "candidate.",
        ),
        ActionSpec(
            "add-result-link-to-application",
            link,
            ("application_id", "label", "url", "details.attributes"),
            reconcile=reconcile_link,
            notes=link_notes + " Bound to the application's job.",
        ),
        ActionSpec(
            "add-result-link-to-candidate",
            link,
            ("candidate_id", "label", "url", "details.attributes"),
            reconcile=reconcile_link,
            notes=link_notes,
        ),
    )
    return {spec.action: spec for spec in specs}


def _fallback(to: kit.Target) -> str | None:
    """The result's line where a file for an application went to its candidate (always, here)."""
    if to.application is None:
        return None
    return (
        "eRecruiter keeps files on the applicant, not on an application: the file was added to the "
        f"candidate {to.candidate} of this application."
    )


def _job(to: kit.Target, ctx: ActionContext) -> str | None:
    """The job a result link is bound to: the application's, where the input named one."""
    return ctx.linked("application_id", "job_id") if to.application else None


async def _refresh_or_nothing(client: VendorClient, ctx: ActionContext, applicant_id: str) -> list[Rec]:
    """The refreshed records; if that read fails the write still succeeded and the next sync shows it."""
    try:
        return await refresh(client, ctx, applicant_id)
    except ConnectorError:
        return []


def _moment(ts: str) -> datetime:
    return datetime.fromisoformat(ts.replace("Z", "+00:00")).astimezone(UTC)
