"""The SmartRecruiters sandbox's write routes (VENDOR.md "Writes"): a candidate applying to a job,
attachments, application status, job publication, messages (notes) and tags."""

from __future__ import annotations

import re
import uuid
from typing import Any

from connectors.sandbox.wire import HttpError, Request, Response, empty_response, json_response
from connectors.smartrecruiters.sandbox_data import STATUSES
from connectors.smartrecruiters.sandbox_records import SmartRecruitersRecords, parse_time

MAX_ATTACHMENT_BYTES = 2 * 1024 * 1024  # VENDOR.md "Writes": files ≤ 2 MB (V, Application API limit; U here)
ATTACHMENT_EXTENSIONS = {
    "pdf": "application/pdf",
    "doc": "application/msword",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "rtf": "application/rtf",
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "png": "image/png",
}
# shared §7: attachmentType defaults to GENERIC_FILE; RESUME (S); COVER_LETTER (U)
ATTACHMENT_TYPES = ("RESUME", "GENERIC_FILE", "COVER_LETTER")
SUB_STATUS_ALLOWED = frozenset({"IN_REVIEW", "INTERVIEW", "OFFERED"})  # shared §6 (S)
REASON_STATUSES = frozenset({"REJECTED", "WITHDRAWN"})  # shared §7 status PUT: reason for these (V)
MESSAGE_MAX = 10_000  # VENDOR.md "Writes" note: content 1..10000 (V)
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_CANDIDATE_TAG = re.compile(r"#\[CANDIDATE:([^\]\s]+)\]")  # shared §9: notes link candidates this way (V)
_WEB_KEYS = ("skype", "linkedin", "facebook", "twitter", "website")


class SmartRecruitersWrites(SmartRecruitersRecords):
    """The POST/PUT/DELETE handlers; ``SmartRecruitersSandbox`` registers them."""

    # -- writes -------------------------------------------------------------------------------------
    def _body(self, request: Request) -> dict[str, Any]:
        body = request.json()
        if not isinstance(body, dict):
            raise HttpError(400, "Request body must be a JSON object", "INVALID_BODY")
        return body

    def _publish(self, request: Request) -> Response:
        # POST /jobs/{id}/publication publishes the default job ad (VENDOR.md "Writes", S); answer U.
        job = self._get("jobs", request.params["jobId"], "Job")
        self.control_patch("jobs", job["id"], {"postingStatus": "PUBLIC"})  # bumps updatedOn
        return json_response({"id": job["id"], "postingStatus": "PUBLIC"}, 201)

    def _unpublish(self, request: Request) -> Response:
        # DELETE /jobs/{id}/publication unpublishes the job from all sources (VENDOR.md "Writes", S); 204 U.
        job = self._get("jobs", request.params["jobId"], "Job")
        self.control_patch("jobs", job["id"], {"postingStatus": "NOT_PUBLISHED"})
        return empty_response(204)

    def _create_candidate(self, request: Request) -> Response:
        """``POST /jobs/{jobId}/candidates`` with CandidateInput → 201 CandidateDetails
        (VENDOR.md Writes, S)."""
        job = self._get("jobs", request.params["jobId"], "Job")
        body = self._body(request)
        errors = []
        for name in ("firstName", "lastName", "email"):
            value = body.get(name)
            if not isinstance(value, str) or not value.strip():
                errors.append({"code": "FIELD_REQUIRED", "message": f"{name}: must not be empty"})
        email = body.get("email")
        if isinstance(email, str) and email.strip() and not _EMAIL.match(email.strip()):
            errors.append(
                {"code": "INVALID_EMAIL", "message": f"email: {email!r} is not a valid e-mail address"}
            )
        tags = body.get("tags", [])
        if not isinstance(tags, list) or not all(isinstance(t, str) and t.strip() for t in tags):
            errors.append({"code": "INVALID_FIELD", "message": "tags: must be a list of non-empty strings"})
        for name in ("location", "web", "sourceDetails"):
            if body.get(name) is not None and not isinstance(body.get(name), dict):
                errors.append({"code": "INVALID_FIELD", "message": f"{name}: must be an object"})
        for name in ("education", "experience"):
            if body.get(name) is not None and not isinstance(body.get(name), list):
                errors.append({"code": "INVALID_FIELD", "message": f"{name}: must be a list"})
        source = body.get("sourceDetails")
        if isinstance(source, dict):
            # sourceDetails{sourceTypeId*, sourceSubTypeId, sourceId*} (shared §7, S)
            for name in ("sourceTypeId", "sourceId"):
                if not isinstance(source.get(name), str) or not source.get(name):
                    errors.append(
                        {"code": "FIELD_REQUIRED", "message": f"sourceDetails.{name}: must not be empty"}
                    )
        if errors:
            missing = [e["message"].split(":", 1)[0] for e in errors]
            raise HttpError(
                400, f"Invalid candidate: {', '.join(missing)}", "VALIDATION_ERROR", errors=errors
            )
        web_in = body.get("web") or {}
        web = {}
        for key, value in web_in.items():
            norm = "linkedin" if key == "linkedIn" else key  # shared §5: accept both spellings
            if norm in _WEB_KEYS and isinstance(value, str) and value:
                web[norm] = value
        now = self.now()
        cid = str(uuid.uuid4())
        location = body.get("location")
        candidate = {
            "id": cid,
            "internal": bool(body.get("internal", False)),
            "firstName": body["firstName"].strip(),
            "lastName": body["lastName"].strip(),
            "email": body["email"].strip(),
            "phoneNumber": body.get("phoneNumber"),
            "location": location if isinstance(location, dict) else None,
            "web": web,
            "createdOn": now,
            "updatedOn": now,
            "tags": _dedupe(tags),
            "averageRating": 0.0,
            "education": body.get("education") or [],
            "experience": body.get("experience") or [],
        }
        source_label = (source or {}).get("sourceId") if isinstance(source, dict) else None
        # The start status of this call is U (shared open question 5): the sandbox uses NEW.
        application = {
            "id": str(uuid.uuid4()),
            "candidateId": cid,
            "jobId": job["id"],
            "status": "NEW",
            "subStatus": None,
            "startsOn": None,
            "source": source_label or "API",
            "reasonOfRejection": None,
            "createdOn": now,
            "statusHistory": [[now, "NEW", None]],
        }
        with self.store.lock:
            self.store["candidates"].insert(candidate)
            self.store["applications"].insert(application)
            self.store["jobs"].update(job["id"], {"lastActivityOn": now})  # new applicant (shared §4)
        return json_response(self.render_candidate(candidate), 201)

    def _upload_attachment(self, request: Request) -> Response:
        """Multipart ``file`` + ``attachmentType`` (VENDOR.md Writes: ≤ 2 MB; PDF/DOC/DOCX/RTF/JPG/PNG)."""
        cand = self._get("candidates", request.params["id"], "Candidate")
        parts = {p.name: p for p in request.multipart()}
        file_part = parts.get("file")
        if file_part is None or file_part.filename is None:
            raise HttpError(400, "A file part named 'file' is required", "FILE_REQUIRED")
        att_type = parts["attachmentType"].text().strip() if "attachmentType" in parts else "GENERIC_FILE"
        if att_type not in ATTACHMENT_TYPES:
            raise HttpError(
                400,
                f"Invalid attachmentType {att_type!r}; allowed: {', '.join(ATTACHMENT_TYPES)}",
                "INVALID_ATTACHMENT_TYPE",
            )
        data = file_part.data
        if not data:
            raise HttpError(400, "The file is empty", "EMPTY_FILE")
        too_big = "The file is {} bytes; the limit is {} bytes (2 MB)"
        _at_most(len(data), MAX_ATTACHMENT_BYTES, too_big, "FILE_TOO_LARGE")
        name = file_part.filename.replace("\\", "/").rsplit("/", 1)[-1] or "file"
        ext = name.rsplit(".", 1)[-1].lower() if "." in name else ""
        content_type = ATTACHMENT_EXTENSIONS.get(ext)
        if content_type is None:
            by_type = {v: k for k, v in ATTACHMENT_EXTENSIONS.items()}
            if file_part.content_type in by_type and not ext:
                content_type = file_part.content_type
            else:
                raise HttpError(
                    400,
                    f"Unsupported file type {name!r}: allowed PDF, DOC, DOCX, RTF, JPG, PNG",
                    "UNSUPPORTED_FILE_TYPE",
                )
        att = {
            "id": str(uuid.uuid4()),
            "candidateId": cand["id"],
            "name": name,
            "type": att_type,
            "contentType": content_type,
            "size": len(data),
            "createdOn": self.now(),
        }
        with self.store.lock:
            self.blobs[att["id"]] = data
            self.store["attachments"].insert(att)
        return json_response(self.render_attachment(att), 201)

    def _set_status(self, request: Request) -> Response:
        """``PUT /candidates/{id}/jobs/{jobId}/status`` → 204 (VENDOR.md Writes, V)."""
        cand, app = self._app_of(request)
        body = self._body(request)
        status = body.get("status")
        if not isinstance(status, str) or not status:
            raise HttpError(400, "status is required", "FIELD_REQUIRED")
        if status not in STATUSES:
            raise HttpError(
                400, f"Invalid status {status!r}; allowed: {', '.join(STATUSES)}", "INVALID_STATUS"
            )
        sub = body.get("subStatus")
        if sub is not None and (not isinstance(sub, str) or status not in SUB_STATUS_ALLOWED):
            raise HttpError(
                400,
                f"subStatus is only allowed for {', '.join(sorted(SUB_STATUS_ALLOWED))}",
                "INVALID_SUB_STATUS",
            )
        starts_on = body.get("startsOn")
        if starts_on is not None:
            if not isinstance(starts_on, str):
                raise HttpError(400, "startsOn must be an ISO-8601 date-time", "INVALID_FIELD")
            starts_on = parse_time(starts_on, "startsOn")
        reason_id = body.get("reason")
        reason = None
        if reason_id is not None:
            if status not in REASON_STATUSES:
                raise HttpError(400, "reason is only allowed with REJECTED or WITHDRAWN", "INVALID_REASON")
            pools = (
                ["rejection_reasons"] if status == "REJECTED" else ["withdrawal_reasons", "rejection_reasons"]
            )
            for pool in pools:
                found = self.store[pool].get(str(reason_id))
                if found is not None:
                    reason = {"id": found["id"], "label": found["label"]}
                    break
            else:
                raise HttpError(
                    400,
                    f"Unknown {'rejection' if status == 'REJECTED' else 'withdrawal'} reason {reason_id!r}",
                    "INVALID_REASON",
                )
        elif status in REASON_STATUSES and self.settings.get("require_rejection_reason"):
            raise HttpError(400, f"reason is required for {status}", "FIELD_REQUIRED")
        self.apply_status(cand["id"], app, status, sub, starts_on, reason)
        return empty_response(204)

    def apply_status(
        self,
        candidate_id: str,
        app: dict[str, Any],
        status: str,
        sub: str | None,
        starts_on: str | None,
        reason: dict[str, Any] | None,
    ) -> dict[str, Any]:
        """Change an application's status the way SR does: history entry, candidate ``updatedOn``
        (U: whether SR bumps it is open, shared §4; the brief asks for it), job ``lastActivityOn``."""
        now = self.now()
        with self.store.lock:
            current = self.store["applications"].get(app["id"]) or app
            changes: dict[str, Any] = {
                "status": status,
                "subStatus": sub,
                "reasonOfRejection": reason if status in REASON_STATUSES else None,
            }
            if status == "HIRED":
                changes["startsOn"] = starts_on or current.get("startsOn")
            elif starts_on is not None:
                changes["startsOn"] = starts_on
            history = list(current.get("statusHistory") or [])
            if not history or history[-1][1] != status or history[-1][2] != sub:
                history.append([now, status, sub])
            changes["statusHistory"] = history
            updated = self.store["applications"].update(app["id"], changes, merge=False)
            self.store["candidates"].update(candidate_id, {"updatedOn": now})
            if app["jobId"] in self.store["jobs"]:
                self.store["jobs"].update(app["jobId"], {"lastActivityOn": now})
        return updated

    def _share_message(self, request: Request) -> Response:
        """``POST /messages/shares`` → 201 {id, shareRequired} (VENDOR.md Writes, V)."""
        body = self._body(request)
        content = body.get("content")
        if not isinstance(content, str) or not content:
            raise HttpError(400, "content is required", "FIELD_REQUIRED")
        too_long = "content is {} characters; at most {} are allowed"
        _at_most(len(content), MESSAGE_MAX, too_long, "CONTENT_TOO_LONG")
        share = body.get("shareWith")
        visibility = "PRIVATE"
        if share is not None:
            if not isinstance(share, dict):
                raise HttpError(400, "shareWith must be an object", "INVALID_VISIBILITY")
            users = share.get("users") or []
            teams = share.get("hiringTeamOf") or []
            if not isinstance(users, list) or not isinstance(teams, list):
                raise HttpError(
                    400, "shareWith.users and shareWith.hiringTeamOf must be lists", "INVALID_VISIBILITY"
                )
            unknown_users = [u for u in users if str(u) not in self.store["users"]]
            if unknown_users:
                raise HttpError(
                    400, f"Unknown users: {', '.join(map(str, unknown_users))}", "USERS_NOT_FOUND"
                )
            unknown_jobs = [j for j in teams if str(j) not in self.store["jobs"]]
            if unknown_jobs:
                raise HttpError(
                    400,
                    f"Unknown jobs in hiringTeamOf: {', '.join(map(str, unknown_jobs))}",
                    "JOBS_NOT_FOUND",
                )
            # Message visibility enum PRIVATE, DIRECT, OPEN, EVERYONE (shared §6, V); mapping U.
            if share.get("everyone"):
                visibility = "EVERYONE"
            elif share.get("openNote"):
                visibility = "OPEN"
            elif users or teams:
                visibility = "DIRECT"
        applications = []
        for cid in _CANDIDATE_TAG.findall(content):
            for app in self.store["applications"].lookup("by_candidate", cid):
                applications.append({"candidateId": cid, "jobId": app["jobId"]})
        message = {
            "id": str(uuid.uuid4()),
            "content": content,
            "createdOn": self.now(),
            "visibility": visibility,
            "authorId": self.api_user_id,
            "context": {"applications": applications},
            "shareWith": share,
            "correlationId": body.get("correlationId"),
            # U: a note nobody was given access to must still be shared (SR's exact rule is not documented)
            "shareRequired": share is None,
        }
        self.store["messages"].insert(message)
        return json_response({"id": message["id"], "shareRequired": message["shareRequired"]}, 201)

    def _tag_list(self, request: Request) -> list[str]:
        body = self._body(request)
        tags = body.get("tags")
        if not isinstance(tags, list) or not all(isinstance(t, str) and t.strip() for t in tags):
            raise HttpError(400, "tags must be a list of non-empty strings", "INVALID_FIELD")
        return _dedupe(tags)

    def _tags_put(self, request: Request) -> Response:
        # PUT replaces the list → 201 {tags} (VENDOR.md Writes, V/S)
        cand = self._get("candidates", request.params["id"], "Candidate")
        tags = self._tag_list(request)
        updated = self.store["candidates"].update(
            cand["id"], {"tags": tags, "updatedOn": self.now()}, merge=False
        )
        return json_response({"tags": updated["tags"]}, 201)

    def _tags_post(self, request: Request) -> Response:
        # POST adds (shared §7, S; answer U)
        cand = self._get("candidates", request.params["id"], "Candidate")
        tags = self._tag_list(request)
        with self.store.lock:
            current = self.store["candidates"].get(cand["id"]) or cand
            merged = _dedupe(list(current.get("tags") or []) + tags)
            updated = self.store["candidates"].update(
                cand["id"], {"tags": merged, "updatedOn": self.now()}, merge=False
            )
        return json_response({"tags": updated["tags"]}, 201)

    def _tags_delete(self, request: Request) -> Response:
        # DELETE removes all tags (shared §7, S)
        cand = self._get("candidates", request.params["id"], "Candidate")
        self.store["candidates"].update(cand["id"], {"tags": [], "updatedOn": self.now()}, merge=False)
        return empty_response(204)


def _at_most(size: int, limit: int, message: str, code: str) -> None:
    """A 400 with ``code`` when ``size`` is over ``limit``; ``message`` takes both."""
    if size > limit:
        raise HttpError(400, message.format(size, limit), code)


def _dedupe(tags: list[str]) -> list[str]:
    seen: dict[str, None] = {}
    for tag in tags:
        seen.setdefault(tag.strip(), None)
    return list(seen)
