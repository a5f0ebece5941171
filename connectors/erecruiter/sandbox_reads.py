"""The eRecruiter sandbox's read routes (VENDOR.md "Reads"): jobs (published per channel, one job),
questionnaires, applications by job and by applicant, applicants by e-mail, custom fields, documents
and CVs, and the mandator's policies."""

from __future__ import annotations

import base64
from typing import Any

from connectors.erecruiter.sandbox_data import (
    CHANNEL_IDS,
    CLOSED_GROUPS,
    CULTURE,
    FIELDS_BY_NAME,
    JOB_STATUSES,
    POLICY_TYPES,
    PORTAL,
    QUESTIONNAIRES,
    custom_value,
)
from connectors.erecruiter.sandbox_records import (
    ERecruiterRecords,
    enum_name,
    wire_enum,
    wire_time,
    workflow_group,
)
from connectors.sandbox import files
from connectors.sandbox.wire import HttpError, Request, Response, json_response


class ERecruiterReads(ERecruiterRecords):
    """The GET handlers; ``ERecruiterSandbox`` registers them."""

    policies: list[dict[str, Any]]

    def _job_detail(self, request: Request) -> Response:
        return json_response(self.render_job(self._job(request)))

    def _applicant_detail(self, request: Request) -> Response:
        return json_response(self.render_applicant(self._applicant(request)))

    def _policies(self, request: Request) -> Response:
        return json_response(
            [
                {**p, "Type": wire_enum(p.get("Type"), POLICY_TYPES), "CreatedOn": wire_time(p["CreatedOn"])}
                for p in self.policies
            ]
        )

    def _jobs(self, request: Request) -> Response:
        """``GET /Api/Jobs``: every job of the mandator as a bare array, optionally by ``status``. Not in
        the vendor's client (VENDOR.md "Reads", A): only with the ``all_jobs_endpoint`` variation."""
        if not self.settings.get("all_jobs_endpoint"):
            return self.unknown_path_response(request)
        wanted = [enum_name(int(w) if w.isdigit() else w, JOB_STATUSES) for w in request.args("status")]
        unknown = [s for s in wanted if s not in JOB_STATUSES]
        if unknown:
            raise HttpError(400, f"The value '{unknown[0]}' is not valid for JobStatus.")
        jobs = sorted(self.store["jobs"].values(), key=lambda j: int(j["id"]))
        return json_response([self.render_job(j) for j in jobs if not wanted or j["Status"] in wanted])

    def _published_jobs(self, request: Request) -> Response:
        """``GET /Api/PublishedJobs?channel=&culture=``: a JobsResponse ``{Jobs, JobPublicationType,
        Culture}`` (V) of the open jobs published on that channel; no channel is the default applicant
        portal (the vendor's README and command-line client, V). A channel is the ``Channel`` id of one
        of the mandator's ``JobPublicationTypes`` (A: the help pages are per installation)."""
        raw = (request.arg("channel") or "").strip()
        if raw and not raw.isdigit():
            raise HttpError(
                400,
                "The request is invalid.",
                errors=[
                    {"field": "channel", "message": f"The value '{raw}' is not valid for Nullable`1[Int32]."}
                ],
            )
        names = [n for n, i in CHANNEL_IDS.items() if str(i) == raw] if raw else [PORTAL]
        now = self.now()
        jobs = [
            j
            for j in sorted(self.store["jobs"].values(), key=lambda j: int(j["id"]))
            if j["Status"] == "Open"
            and any(
                p["Name"] in names and (not p.get("ExpirationDate") or p["ExpirationDate"] > now)
                for p in j["PublishedOn"]
            )
        ]
        publication = next((p for p in self.mandator["JobPublicationTypes"] if p["Name"] in names), None)
        return json_response(
            {
                "Jobs": [self.render_job(j) for j in jobs],
                "JobPublicationType": publication,
                "Culture": request.arg("culture") or CULTURE,
            }
        )

    def _questionnaire_by_job(self, request: Request) -> Response:
        job = self._job(request)
        key = job.get("_questionnaire")
        if not key:
            raise HttpError(404, f"Job {job['id']} has no questionnaire.")
        return json_response(self.render_questionnaire(key))

    def _questionnaire(self, request: Request) -> Response:
        for key, questionnaire in QUESTIONNAIRES.items():
            if str(questionnaire["Id"]) == request.params["id"]:
                return json_response(self.render_questionnaire(key))
        raise HttpError(404, f"Questionnaire {request.params['id']} not found.")

    def _applications_by_job(self, request: Request) -> Response:
        job = self._job(request)
        # Only the open applications (the client's ChangeLog 1.44.0, V): rejected and hired ones are
        # reached through each applicant's Api/Applications/{applicantId}.
        found = self.store["applications"].lookup("by_job", job["id"])
        return json_response(
            [
                {"Id": a["Id"], "JobId": a["JobId"], "ApplicantId": a["ApplicantId"]}
                for a in found
                if workflow_group(a["Status"]) not in CLOSED_GROUPS
            ]
        )

    def _applications_of(self, request: Request) -> Response:
        applicant = self._applicant(request)
        found = self.store["applications"].lookup("by_applicant", applicant["id"])
        return json_response([self.render_application(a) for a in found])

    def _by_email(self, request: Request) -> Response:
        found = self.store["applicants"].lookup("by_email", request.params["email"].strip().lower())
        return json_response([self.render_applicant(a) for a in found])

    def _custom_fields(self, request: Request) -> Response:
        applicant = self._applicant(request)
        return json_response(
            [custom_value(FIELDS_BY_NAME[name], value) for name, value in applicant["_cf"].items()]
        )

    def _custom_field(self, request: Request) -> Response:
        applicant = self._applicant(request)
        name = request.params["name"]
        if name not in applicant["_cf"]:
            raise HttpError(404, f"Custom field '{name}' has no value for applicant {applicant['id']}.")
        return json_response(custom_value(FIELDS_BY_NAME[name], applicant["_cf"][name]))

    def _documents(self, request: Request) -> Response:
        applicant = self._applicant(request)
        with_content = (request.arg("includeContent") or "false").lower() == "true"
        return json_response(
            [
                self.render_document(d, with_content)
                for d in self.store["documents"].lookup("by_applicant", applicant["id"])
            ]
        )

    def _document(self, request: Request) -> Response:
        document = self._get("documents", request.params["documentId"], "Document")
        with_content = (request.arg("includeContent") or "true").lower() != "false"
        return json_response(self.render_document(document, with_content))

    def _cv(self, request: Request) -> Response:
        applicant = self._applicant(request)
        if not applicant.get("_cv"):
            raise HttpError(404, f"Applicant {applicant['id']} has no CV.")
        cv = {k: v for k, v in applicant["_cv"].items() if not k.startswith("_")}
        if (request.arg("includeContent") or "true").lower() == "false":
            cv["Content"] = None
        elif cv.get("Content") is None and applicant["_cv"].get("_name"):
            # A seeded CV: a real PDF, made now (connectors.sandbox.files).
            made = files.cv_for(
                "erecruiter", self.seed, applicant["id"], applicant["_cv"]["_name"], always=True
            )
            assert made is not None
            cv["Content"] = base64.b64encode(files.pdf_bytes(made.lines)).decode("ascii")
        return json_response(cv)
