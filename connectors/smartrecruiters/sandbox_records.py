"""The SmartRecruiters sandbox's records as SR shows them: lookups, the write clock, and one
``render_*`` per wire shape (Job, JobAd, CandidateSummary, CandidateDetails, Assignment, offer,
interview, attachment), so each wire format lives in one place.

Sources as in ``sandbox.py``: ``VENDOR.md`` rows, ``../shared/ats-apis/smartrecruiters.md`` ("shared
§n") and the SDK generated from SR's spec ("SDK"); U where the sandbox had to choose.

The field lists of the renderers repeat what ``mapping.py`` reads: a deliberate duplication. The
sandbox is written from SR's docs, never from the connector, so a field the connector misreads shows
up as a failing test instead of being copied here (CONTRIBUTING.md "The sandbox").
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from connectors.sandbox.clock import WriteClock
from connectors.sandbox.server import SandboxApp
from connectors.sandbox.wire import HttpError, Request, StreamedBody
from connectors.smartrecruiters.sandbox_data import iso


def parse_time(text: str, name: str) -> str:
    """A client timestamp (SR accepts ``yyyy-MM-ddTHH:mm:ss.SSSZZ``, shared §1) in the sandbox's own
    sortable form, so filters compare strings."""
    raw = text.strip().replace(" ", "+")  # an unencoded "+" in a query string arrives as a space
    if raw.endswith("Z"):
        raw = raw[:-1] + "+00:00"
    if len(raw) > 5 and raw[-5] in "+-" and raw[-4:].isdigit():
        raw = raw[:-2] + ":" + raw[-2:]
    try:
        value = datetime.fromisoformat(raw)
    except ValueError as exc:
        raise HttpError(
            400, f"Invalid {name}: {text!r} is not an ISO-8601 date-time", "INVALID_PARAMETER"
        ) from exc
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return iso(int(value.timestamp() * 1000))


class SmartRecruitersRecords(SandboxApp):
    """Lookups and renderers the read and write routes share (state is set by ``SmartRecruitersSandbox``)."""

    clock: WriteClock
    company: dict[str, Any]
    #: Uploaded files' bytes by attachment id; a test may put a ``StreamedBody`` (a very large file,
    #: made as it is sent) in their place.
    blobs: dict[str, bytes | StreamedBody]
    #: the admin whose credential this is (shared §2: key = admin's rights)
    api_user_id: str

    def now(self) -> str:
        """Write timestamps: real time, but never before the seed data and strictly increasing, so
        ``updatedAfter`` sees every write."""
        return iso(self.clock.tick())

    def url(self, path: str) -> str:
        # HATEOAS actions carry absolute URLs of the API host (shared §3, V): here, our own base URL.
        return self.base_url + path

    # -- lookups ------------------------------------------------------------------------------------
    def _get(self, collection: str, record_id: str, what: str) -> dict[str, Any]:
        record = self.store[collection].get(record_id)
        if record is None:
            raise HttpError(404, f"{what} not found: {record_id}", "NOT_FOUND")
        return record

    def _app_of(self, request: Request) -> tuple[dict[str, Any], dict[str, Any]]:
        cand = self._get("candidates", request.params["id"], "Candidate")
        job_id = request.params["jobId"]
        self._get("jobs", job_id, "Job")
        app = self.store["applications"].lookup_one("by_pair", (cand["id"], job_id))
        if app is None:
            raise HttpError(404, f"Candidate {cand['id']} has not applied to job {job_id}", "NOT_FOUND")
        return cand, app

    # -- renderers ----------------------------------------------------------------------------------
    def _actions(self, path: str) -> dict[str, Any]:
        return {"details": {"url": self.url(path), "method": "GET"}}

    def render_user(self, user: dict[str, Any]) -> dict[str, Any]:
        return user  # stored in the wire shape already (VENDOR.md users row)

    def render_job_summary(self, job: dict[str, Any]) -> dict[str, Any]:
        # JobSummary (shared §5, S)
        return {
            "id": job["id"],
            "title": job["title"],
            "refNumber": job.get("refNumber"),
            "createdOn": job.get("createdOn"),
            "updatedOn": job.get("updatedOn"),
            "lastActivityOn": job.get("lastActivityOn"),
            "department": job.get("department"),
            "location": job.get("location"),
            "status": job.get("status"),
            "postingStatus": job.get("postingStatus"),
            "language": job.get("language"),
            "actions": self._actions(f"/jobs/{job['id']}"),
        }

    def render_job(self, job: dict[str, Any]) -> dict[str, Any]:
        # JobDetails (shared §5, SDK docs/JobDetails.md); the status history has its own endpoint
        body = {k: v for k, v in job.items() if k != "statusHistory"}
        jid = job["id"]
        body["actions"] = {
            "details": {"url": self.url(f"/jobs/{jid}"), "method": "GET"},
            "hiringTeam": {"url": self.url(f"/jobs/{jid}/hiring-team"), "method": "GET"},
            "jobAds": {"url": self.url(f"/jobs/{jid}/jobads"), "method": "GET"},
            "candidates": {"url": self.url(f"/candidates?jobId={jid}"), "method": "GET"},
        }
        return body

    def render_jobad(self, ad: dict[str, Any]) -> dict[str, Any]:
        body = {k: v for k, v in ad.items() if k != "jobId"}
        body["actions"] = {
            "details": {"url": self.url(f"/jobs/{ad['jobId']}/jobads/{ad['id']}"), "method": "GET"},
            "configuration": {"url": self.url(f"/postings/{ad['id']}/configuration"), "method": "GET"},
        }
        return body

    def _apps_of(self, candidate_id: str) -> list[dict[str, Any]]:
        apps = self.store["applications"].lookup("by_candidate", candidate_id)
        # The primary assignment is the latest application (U: SR's rule is not documented).
        apps.sort(key=lambda a: (a.get("createdOn") or "", a["id"]), reverse=True)
        return apps

    def _assignment(self, app: dict[str, Any], *, detail: bool) -> dict[str, Any]:
        job = self.store["jobs"].get(app["jobId"]) or {}
        cid, jid = app["candidateId"], app["jobId"]
        out: dict[str, Any] = {
            "job": {"id": jid, "title": job.get("title"), "actions": self._actions(f"/jobs/{jid}")},
            "status": app.get("status"),
            "subStatus": app.get("subStatus"),
        }
        if detail:
            # Assignment (SDK): + startsOn, source, reasonOfRejection, actions
            out["startsOn"] = app.get("startsOn")
            out["source"] = app.get("source")
            out["reasonOfRejection"] = app.get("reasonOfRejection")
            out["actions"] = {
                "details": {"url": self.url(f"/candidates/{cid}/jobs/{jid}"), "method": "GET"},
                "statusHistory": {
                    "url": self.url(f"/candidates/{cid}/jobs/{jid}/status/history"),
                    "method": "GET",
                },
            }
        return out

    def render_candidate_summary(self, cand: dict[str, Any]) -> dict[str, Any]:
        # CandidateSummary (shared §5, S/V)
        apps = self._apps_of(cand["id"])
        return {
            "id": cand["id"],
            "internal": cand.get("internal", False),
            "firstName": cand.get("firstName"),
            "lastName": cand.get("lastName"),
            "email": cand.get("email"),
            "createdOn": cand.get("createdOn"),
            "updatedOn": cand.get("updatedOn"),
            "location": cand.get("location"),
            "averageRating": cand.get("averageRating"),
            "tags": cand.get("tags", []),
            "primaryAssignment": self._assignment(apps[0], detail=False) if apps else None,
            "secondaryAssignments": [self._assignment(a, detail=False) for a in apps[1:]],
            "actions": self._actions(f"/candidates/{cand['id']}"),
        }

    def render_candidate(self, cand: dict[str, Any]) -> dict[str, Any]:
        # CandidateDetails (SDK docs/CandidateDetails.md; VENDOR.md candidates ↳ detail)
        apps = self._apps_of(cand["id"])
        cid = cand["id"]
        return {
            "id": cid,
            "internal": cand.get("internal", False),
            "firstName": cand.get("firstName"),
            "lastName": cand.get("lastName"),
            "email": cand.get("email"),
            "phoneNumber": cand.get("phoneNumber"),
            "location": cand.get("location"),
            "web": cand.get("web", {}),
            "createdOn": cand.get("createdOn"),
            "updatedOn": cand.get("updatedOn"),
            "tags": cand.get("tags", []),
            "averageRating": cand.get("averageRating"),
            "education": cand.get("education", []),
            "experience": cand.get("experience", []),
            "primaryAssignment": self._assignment(apps[0], detail=True) if apps else None,
            "secondaryAssignments": [self._assignment(a, detail=True) for a in apps[1:]],
            "actions": {
                "details": {"url": self.url(f"/candidates/{cid}"), "method": "GET"},
                "attachments": {"url": self.url(f"/candidates/{cid}/attachments"), "method": "GET"},
                "tags": {"url": self.url(f"/candidates/{cid}/tags"), "method": "GET"},
            },
        }

    def render_application(self, app: dict[str, Any]) -> dict[str, Any]:
        # VENDOR.md "↳ application": {id, job{id,title}, status, subStatus, startsOn, source,
        # reasonOfRejection}
        body = self._assignment(app, detail=True)
        return {"id": app["id"], **body}

    @staticmethod
    def render_history(app: dict[str, Any]) -> list[dict[str, Any]]:
        out = []
        for changed_on, status, sub in app.get("statusHistory", ()):
            entry = {"changedOn": changed_on, "status": status}
            if sub:
                entry["subStatus"] = sub
            out.append(entry)
        return out

    def render_offer(self, offer: dict[str, Any]) -> dict[str, Any]:
        cid, jid = offer["candidateId"], offer["jobId"]
        return {
            "id": offer["id"],
            "status": offer.get("status"),
            "createdOn": offer.get("createdOn"),
            "updatedOn": offer.get("updatedOn"),
            "properties": offer.get("properties", {}),
            "actions": self._actions(f"/candidates/{cid}/jobs/{jid}/offers/{offer['id']}"),
        }

    @staticmethod
    def render_interview(interview: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in interview.items() if k != "applicationId"}

    def render_attachment(self, att: dict[str, Any]) -> dict[str, Any]:
        return {
            "id": att["id"],
            "name": att.get("name"),
            "type": att.get("type"),
            "contentType": att.get("contentType"),
            "actions": {
                "download": {
                    "url": self.url(f"/candidates/{att['candidateId']}/attachments/{att['id']}"),
                    "method": "GET",
                }
            },
        }
