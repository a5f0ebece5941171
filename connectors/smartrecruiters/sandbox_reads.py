"""The SmartRecruiters sandbox's read routes: users, jobs (ads, hiring team, posting configuration),
candidates (applications, status history, offers, interviews, attachments, tags) and configuration,
with SR's cursor paging (``pageId``) and the older offset envelope (VENDOR.md "Conventions")."""

from __future__ import annotations

from typing import Any

from connectors.sandbox import files
from connectors.sandbox.paging import (
    PagingError,
    SortedView,
    decode_cursor,
    encode_cursor,
    keyset_page,
    link_header,
    parse_limit,
    parse_offset,
    url_with,
)
from connectors.sandbox.wire import HttpError, Request, Response, StreamedBody, json_response
from connectors.smartrecruiters.sandbox_data import STATUSES
from connectors.smartrecruiters.sandbox_records import SmartRecruitersRecords, parse_time

PAGE_DEFAULT, PAGE_MAX = 10, 100  # VENDOR.md "Conventions": limit 1..100, default 10, clamped (V)


class SmartRecruitersReads(SmartRecruitersRecords):
    """The GET handlers; ``SmartRecruitersSandbox`` registers them."""

    # -- paging -------------------------------------------------------------------------------------
    def _limit(self, request: Request) -> int:
        try:
            return parse_limit(request.arg("limit"), default=PAGE_DEFAULT, maximum=PAGE_MAX)
        except PagingError as exc:
            raise HttpError(400, str(exc), "INVALID_PARAMETER") from exc

    def _after(self, request: Request) -> tuple[Any, ...] | None:
        token = request.arg("pageId")
        if not token:
            return None
        try:
            value = decode_cursor(token)
            key = value["k"]
            if not isinstance(key, list):
                raise PagingError("bad cursor")
        except (PagingError, KeyError, TypeError) as exc:
            raise HttpError(400, f"Invalid pageId: {token!r}", "INVALID_PAGE_ID") from exc
        return tuple(key)

    def _page(
        self,
        request: Request,
        view: SortedView,
        render: Any,
        *,
        total: bool = True,
        limit_in_body: bool = True,
    ) -> Response:
        """Cursor paging (VENDOR.md "Conventions", V), or the older offset envelope when the client
        sends ``offset`` (shared §3: "Some endpoints still use offset")."""
        limit = self._limit(request)
        if request.arg("offset") is not None and not request.arg("pageId"):
            try:
                offset = parse_offset(request.arg("offset"))
            except PagingError as exc:
                raise HttpError(400, str(exc), "INVALID_PARAMETER") from exc
            ids = view.ids[offset : offset + limit]
            return json_response(
                {
                    "limit": limit,
                    "offset": offset,
                    "totalFound": len(view),
                    "content": [render(i) for i in ids],
                }
            )
        ids, next_key = keyset_page(view, limit, self._after(request))
        body: dict[str, Any] = {}
        if total:
            body["totalFound"] = len(view)
        if limit_in_body:
            body["limit"] = limit
        body["content"] = [render(i) for i in ids]
        headers: list[tuple[str, str]] = []
        if next_key is not None:
            # Opaque URL-safe token; absent on the last page (VENDOR.md: "absent/null", U which).
            token = encode_cursor({"k": list(next_key)})
            body["nextPageId"] = token
            headers.append(
                ("Link", link_header(url_with(self.base_url, request.path, request.query, pageId=token)))
            )
        return json_response(body, headers=headers)

    def _statuses(self, request: Request) -> set[str]:
        values = set(request.args("status"))
        bad = sorted(values - set(STATUSES))
        if bad:
            raise HttpError(
                400,
                f"Invalid status value(s): {', '.join(bad)}; allowed: {', '.join(STATUSES)}",
                "INVALID_PARAMETER",
            )
        return values

    # -- read handlers --------------------------------------------------------------------------------
    def _users(self, request: Request) -> Response:
        users = self.store["users"]
        view = self.store.cached(
            ("users", users.shape_version), lambda: SortedView.build(users.values(), lambda u: (u["id"],))
        )
        # v201804 users: {limit, nextPageId, content} (shared §4, V)
        return self._page(request, view, lambda i: users.records[i], total=False)

    def _user(self, request: Request) -> Response:
        return json_response(self._get("users", request.params["userId"], "User"))

    def _jobs(self, request: Request) -> Response:
        jobs = self.store["jobs"]
        q = (request.arg("q") or "").strip().lower()
        updated_after = (
            parse_time(request.arg("updatedAfter") or "", "updatedAfter")
            if request.arg("updatedAfter")
            else None
        )
        activity_after = (
            parse_time(request.arg("lastActivityAfter") or "", "lastActivityAfter")
            if request.arg("lastActivityAfter")
            else None
        )
        statuses = set(request.args("status"))
        posting = set(request.args("postingStatus"))
        cities = {c.lower() for c in request.args("city")}
        departments = {d.lower() for d in request.args("department")}
        fkey = (
            q,
            updated_after,
            activity_after,
            frozenset(statuses),
            frozenset(posting),
            frozenset(cities),
            frozenset(departments),
        )

        def where(job: dict[str, Any]) -> bool:
            if q and q not in (job.get("title") or "").lower() and q != (job.get("refNumber") or "").lower():
                return False
            if updated_after and (job.get("updatedOn") or "") <= updated_after:
                return False
            if activity_after and (job.get("lastActivityOn") or "") <= activity_after:
                return False
            if statuses and job.get("status") not in statuses:
                return False
            if posting and job.get("postingStatus") not in posting:
                return False
            if cities and ((job.get("location") or {}).get("city") or "").lower() not in cities:
                return False
            return not (
                departments and ((job.get("department") or {}).get("label") or "").lower() not in departments
            )

        view = self.store.cached(
            ("jobs", jobs.version, fkey),
            lambda: SortedView.build(jobs.values(), lambda j: (j.get("createdOn") or "", j["id"]), where),
        )
        return self._page(request, view, lambda i: self.render_job_summary(jobs.records[i]))

    def _job(self, request: Request) -> Response:
        return json_response(self.render_job(self._get("jobs", request.params["jobId"], "Job")))

    def _job_status_history(self, request: Request) -> Response:
        # GET /jobs/{id}/status/history → {content:[{changedOn, status}]} oldest first (shared §4, S)
        job = self._get("jobs", request.params["jobId"], "Job")
        content = [
            {"changedOn": changed, "status": status} for changed, status in job.get("statusHistory", ())
        ]
        return json_response({"content": content})

    def _hiring_team(self, request: Request) -> Response:
        job = self._get("jobs", request.params["jobId"], "Job")
        members = self.store["hiring_team"].lookup("by_job", job["id"])
        content = [
            {
                "id": m["userId"],
                "role": m["role"],
                "actions": self._actions(f"/user-api/v201804/users/{m['userId']}"),
            }
            for m in members
        ]
        return json_response({"totalFound": len(content), "content": content})

    def _jobads(self, request: Request) -> Response:
        job = self._get("jobs", request.params["jobId"], "Job")
        ads = self.store["jobads"].lookup("by_job", job["id"])
        return json_response({"totalFound": len(ads), "content": [self.render_jobad(a) for a in ads]})

    def _jobad(self, request: Request) -> Response:
        job = self._get("jobs", request.params["jobId"], "Job")
        ad = self.store["jobads"].get(request.params["jobAdId"])
        if ad is None or ad.get("jobId") != job["id"]:
            raise HttpError(404, f"Job ad not found: {request.params['jobAdId']}", "NOT_FOUND")
        return json_response(self.render_jobad(ad))

    def _posting_configuration(self, request: Request) -> Response:
        config = self._get("postings", request.params["postingUuid"], "Posting")
        settings = config.get("settings", {})
        questions = config.get("questions", [])
        # conditionalsIncluded (shared §4, V): the sandbox includes conditional questions unless the
        # client says false (U: SR's default is not documented and VENDOR.md does not send it).
        if (request.arg("conditionalsIncluded") or "").lower() == "false":
            hidden = {q for c in settings.get("conditionals", []) for q in c.get("conditionalQuestions", [])}
            questions = [q for q in questions if q["id"] not in hidden]
            settings = {**settings, "conditionals": []}
        return json_response(
            {
                "questions": questions,
                "settings": settings,
                "privacyPolicies": config.get("privacyPolicies", []),
            }
        )

    def _reasons_handler(self, collection: str) -> Any:
        def handler(request: Request) -> Response:
            reasons = self.store[collection].values()
            return json_response(
                {
                    "totalFound": len(reasons),
                    "content": [{"id": r["id"], "label": r["label"]} for r in reasons],
                }
            )

        return handler

    def _company(self, request: Request) -> Response:
        return json_response({"identifier": self.company["identifier"], "name": self.company["name"]})

    def _candidates(self, request: Request) -> Response:
        """``GET /candidates`` (VENDOR.md candidates row; shared §4 and §9)."""
        cands = self.store["candidates"]
        apps = self.store["applications"]
        statuses = self._statuses(request)
        sub_status = request.arg("subStatus")
        if sub_status and not statuses:
            raise HttpError(400, "subStatus can only be used together with status", "INVALID_PARAMETER")
        job_ids = set(request.args("jobId"))
        tags = set(request.args("tag"))
        q = (request.arg("q") or "").strip().lower()
        updated_after = (
            parse_time(request.arg("updatedAfter") or "", "updatedAfter")
            if request.arg("updatedAfter")
            else None
        )
        # Only candidates with at least one application are listed (V): the base view.
        base = self.store.cached(
            ("cands", cands.shape_version, apps.shape_version),
            lambda: SortedView.build(
                cands.values(),
                lambda c: (c.get("createdOn") or "", c["id"]),
                lambda c: bool(apps.lookup("by_candidate", c["id"])),
            ),
        )
        if statuses or job_ids or tags or q or updated_after:
            fkey = (frozenset(statuses), sub_status, frozenset(job_ids), frozenset(tags), q, updated_after)

            def keep(cid: str) -> bool:
                cand = cands.records.get(cid)
                if cand is None:
                    return False
                if updated_after and (cand.get("updatedOn") or "") <= updated_after:
                    return False
                if tags and not tags.intersection(cand.get("tags") or ()):
                    return False
                if (
                    q
                    and q
                    not in " ".join(
                        (cand.get("firstName") or "", cand.get("lastName") or "", cand.get("email") or "")
                    ).lower()
                ):
                    return False
                if statuses or job_ids:
                    for app in apps.lookup("by_candidate", cid):
                        if job_ids and app.get("jobId") not in job_ids:
                            continue
                        if statuses and app.get("status") not in statuses:
                            continue
                        if sub_status and app.get("subStatus") != sub_status:
                            continue
                        return True
                    return False
                return True

            view = self.store.cached(
                ("cands-f", cands.version, apps.version, fkey), lambda: base.filtered(keep)
            )
        else:
            view = base
        return self._page(request, view, lambda i: self.render_candidate_summary(cands.records[i]))

    def _candidate(self, request: Request) -> Response:
        return json_response(
            self.render_candidate(self._get("candidates", request.params["id"], "Candidate"))
        )

    def _application(self, request: Request) -> Response:
        _cand, app = self._app_of(request)
        return json_response(self.render_application(app))

    def _status_history(self, request: Request) -> Response:
        _cand, app = self._app_of(request)
        content = self.render_history(app)  # oldest first (VENDOR.md status history row)
        return json_response({"totalFound": len(content), "content": content})

    def _offers(self, request: Request) -> Response:
        cand, app = self._app_of(request)
        offers = self.store["offers"].lookup("by_pair", (cand["id"], app["jobId"]))
        offers.sort(key=lambda o: (o.get("createdOn") or "", o["id"]))
        return json_response({"totalFound": len(offers), "content": [self.render_offer(o) for o in offers]})

    def _offer_document(self, request: Request) -> Response:
        # GET /offers/{id}/documents/{docId}: binary (shared §4, V); the sandbox seeds no offer documents,
        # so a known offer answers 404 for its document (U) and an unknown offer 404 too.
        offer = self._get("offers", request.params["offerId"], "Offer")
        document = request.params["documentId"]
        raise HttpError(404, f"Offer {offer['id']} has no document {document}", "NOT_FOUND")

    def _interviews(self, request: Request) -> Response:
        # GET /interviews-api/v201904/interviews?applicationId= (VENDOR.md interviews row, S for path/param)
        application_id = request.arg("applicationId")
        if not application_id:
            raise HttpError(
                400, "applicationId is required", "INVALID_PARAMETER"
            )  # U: no list-all documented
        found = self.store["interviews"].lookup("by_application", application_id)
        found.sort(key=lambda i: (i.get("createdOn") or "", i["id"]))
        return json_response({"content": [self.render_interview(i) for i in found]})

    def _attachments(self, request: Request) -> Response:
        cand = self._get("candidates", request.params["id"], "Candidate")
        atts = self.store["attachments"].lookup("by_candidate", cand["id"])
        return json_response({"totalFound": len(atts), "content": [self.render_attachment(a) for a in atts]})

    def _attachment_download(self, request: Request) -> Response:
        cand = self._get("candidates", request.params["id"], "Candidate")
        att = self.store["attachments"].get(request.params["attachmentId"])
        if att is None or att.get("candidateId") != cand["id"]:
            raise HttpError(404, f"Attachment not found: {request.params['attachmentId']}", "NOT_FOUND")
        data = self.blobs.get(att["id"])
        stream = data if isinstance(data, StreamedBody) else None
        if data is None and att.get("_lines"):
            kind = att.get("contentType")
            data = files.pdf_bytes(att["_lines"]) if kind == files.PDF else files.docx_bytes(att["_lines"])
        return Response(
            200,
            data if isinstance(data, bytes) else b"",
            att.get("contentType") or "application/octet-stream",
            [("Content-Disposition", f'attachment; filename="{att.get("name", "file")}"')],
            stream=stream,
        )

    def _tags_get(self, request: Request) -> Response:
        cand = self._get("candidates", request.params["id"], "Candidate")
        return json_response({"tags": list(cand.get("tags") or [])})
