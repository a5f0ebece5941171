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

from collections.abc import Mapping
from typing import Any

from connectors.base import action_specs as kit
from connectors.base.actions import (
    ActionContext,
    ActionResult,
    ActionSpec,
    get_path,
)
from connectors.base.declarations import Stream
from connectors.carerix import mapping as m
from connectors.carerix.action_calls import post_new, reconcile_upload, refresh, upload
from connectors.carerix.action_input import (
    MATCH_REFUSES,
    POLICY,
    SOURCE_ID_IS_A_NUMBER,
    XML,
    Lists,
    employee_fields,
    note_block,
    note_length,
    positive_salary,
    prefixed_names,
    profile_arrived,
    profile_fields,
    quote,
    since_literal,
    write_source,
)
from connectors.carerix.xmlcodec import Dictionary, body, ref
from connectors.http import ConnectorError, VendorClient, VendorRejected


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
            answer = await post_new(client, ctx, "CREmployee", fields, "employee", "candidate")
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
            await write_source(lists, data, wanted, notes, "Bron-Match", "match")
            match = str((await post_new(client, ctx, "CRMatch", wanted, "match", "match"))["id"])
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
                    "qualifier": f"emailAddress = {quote(email)} and creationDate >= {since_literal(ctx)}",
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
            arrived = bool(user) and await profile_arrived(client, str(user), cand)
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
        *kit.PERSON,
        "candidate.title",
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
    create_rules = (SOURCE_ID_IS_A_NUMBER, positive_salary)
    specs = (
        *kit.create_specs(create, create_fields, POLICY, reconcile_create, create_notes, rules=create_rules),
        *kit.attachment_specs(
            POLICY,
            to_candidate,
            reconcile_to_candidate,
            candidate_notes="Files up to 10 MB.",
            application=(to_application, reconcile_to_application),
            application_notes="Added to the match; where Carerix does not take it there, to the match's "
            "candidate.",
        ),
        kit.declared(
            "move-application-to-stage",
            move,
            leave_out=("rejection_reason_id",),
            idempotent=True,
            notes="Carerix may refuse a status it has switched off.",
        ),
        # Both append only what is not there yet: sending again is harmless.
        kit.declared(
            "add-note-to-application",
            note,
            rules=(note_length,),
            idempotent=True,
            notes="Added to the match's notes with a dated heading.",
        ),
        kit.declared(
            "add-result-link-to-application",
            result_link,
            rules=(prefixed_names,),
            idempotent=True,
            notes="Written to the match's extra fields labelled '<prefix><label>' and '<prefix><key>'; "
            "without such fields, to the match's notes.",
        ),
    )
    return {spec.action: spec for spec in specs}
