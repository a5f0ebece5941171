"""The SmartRecruiters sandbox's Reporting API (VENDOR.md "Reporting API"): one seeded report of
application status changes, whose files are generated on request and read as CSV."""

from __future__ import annotations

import threading
import time
import uuid
from typing import Any

from connectors.sandbox.wire import HttpError, Request, Response, json_response, text_response
from connectors.smartrecruiters.sandbox_data import ANCHOR_MS, iso
from connectors.smartrecruiters.sandbox_records import SmartRecruitersRecords

# The seeded report: one row per application status change (its row entity and column names are U;
# SR's reports are defined by each customer in the app, VENDOR.md "Reporting API").
STATUS_CHANGES_REPORT_ID = "9c3a4e1e-7d1b-4c55-9a53-5e0f3b0a7f21"
STATUS_CHANGES_COLUMNS = ("candidateId", "jobId", "applicationId", "status", "subStatus", "changedOn")
REPORT_GENERATION_SECONDS = 0.2  # a file is PENDING this long after it was asked for (U)


class SmartRecruitersReports(SmartRecruitersRecords):
    """The report handlers; ``SmartRecruitersSandbox`` registers them and sets the state."""

    #: report files generated on request, per report id, newest last
    _report_files: dict[str, list[dict[str, Any]]]
    _reports_lock: threading.Lock

    def _report_definition(self) -> dict[str, Any]:
        columns = [
            {
                "entityTypeId": "application_status_change",
                "dataPointId": name,
                "dataPointName": name,
                "dataPointType": "ID" if name.endswith("Id") else "TEXT",
            }
            for name in STATUS_CHANGES_COLUMNS
        ]
        return {
            "reportId": STATUS_CHANGES_REPORT_ID,
            "name": "Application status changes",
            "rowEntityTypeId": "application_status_change",
            "columns": columns,
            "filters": [],
            "creationDate": iso(ANCHOR_MS),
            "modificationDate": iso(ANCHOR_MS),
            "creatorId": self.api_user_id,
            "reportFormats": ["CSV"],
        }

    def _may_report(self) -> None:
        if not self.settings["reporting_api"]:
            raise HttpError(403, "Access denied: the credential lacks the reports scope", "FORBIDDEN")  # U

    def _report_of(self, request: Request) -> dict[str, Any]:
        self._may_report()
        if request.params["reportId"] != STATUS_CHANGES_REPORT_ID:
            raise HttpError(404, f"Report {request.params['reportId']} not found", "NOT_FOUND")
        return self._report_definition()

    def _reports(self, request: Request) -> Response:
        self._may_report()
        return json_response({"content": [self._report_definition()]})

    def _report(self, request: Request) -> Response:
        return json_response(self._report_of(request))

    def _render_report_file(self, entry: dict[str, Any]) -> dict[str, Any]:
        done = time.monotonic() >= entry["ready_at"]
        return {
            "reportFileId": entry["id"],
            "reportId": STATUS_CHANGES_REPORT_ID,
            "reportFileStatus": "COMPLETED" if done else "PENDING",
            "scheduleType": "AD_HOC",
            "schedulingDate": entry["scheduled"],
            "generationDate": entry["scheduled"] if done else None,
            "requestorId": self.api_user_id,
            "rowEntityTypeId": "application_status_change",
            "columns": self._report_definition()["columns"],
            "filters": [],
        }

    def _report_generate(self, request: Request) -> Response:
        self._report_of(request)
        # The file holds the data as it is when asked for (a snapshot), CSV with a header row.
        lines = [",".join(STATUS_CHANGES_COLUMNS)]
        for app in self.store["applications"].values():
            for changed_on, status, sub in app.get("statusHistory", ()):
                row = (app["candidateId"], app["jobId"], app["id"], status, sub or "", changed_on)
                lines.append(",".join(_csv_cell(str(v)) for v in row))
        entry = {
            "id": str(uuid.uuid4()),
            "scheduled": self.now(),
            "ready_at": time.monotonic() + REPORT_GENERATION_SECONDS,
            "data": "\r\n".join(lines) + "\r\n",
        }
        with self._reports_lock:
            self._report_files.setdefault(STATUS_CHANGES_REPORT_ID, []).append(entry)
        return json_response(self._render_report_file(entry), 201)

    def _report_files_list(self, request: Request) -> Response:
        self._report_of(request)
        files = list(reversed(self._report_files.get(STATUS_CHANGES_REPORT_ID, [])))
        return json_response({"content": [self._render_report_file(f) for f in files]})

    def _latest_file(self, request: Request) -> dict[str, Any]:
        self._report_of(request)
        files = self._report_files.get(STATUS_CHANGES_REPORT_ID) or []
        if not files:
            raise HttpError(404, "The report has no file yet; generate one first", "NOT_FOUND")
        return files[-1]

    def _report_recent(self, request: Request) -> Response:
        return json_response(self._render_report_file(self._latest_file(request)))

    def _report_recent_data(self, request: Request) -> Response:
        entry = self._latest_file(request)
        if time.monotonic() < entry["ready_at"]:
            raise HttpError(404, "The most recent report file is not generated yet", "NOT_FOUND")  # U
        return text_response(entry["data"], content_type="text/csv; charset=utf-8")


def _csv_cell(text: str) -> str:
    if any(c in text for c in ',"\r\n'):
        return '"' + text.replace('"', '""') + '"'
    return text
