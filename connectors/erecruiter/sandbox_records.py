"""The eRecruiter sandbox's records as the API shows them (VENDOR.md "Object shapes",
"Conventions"): .NET local times, enums as integers, the write clock, lookups and one ``render_*``
per wire shape, shared by the read and write routes.

The field lists of the renderers repeat what ``mapping.py`` reads: a deliberate duplication. The
sandbox is written from VENDOR.md, never from the connector, so a field the connector misreads shows
up as a failing test instead of being copied here (CONTRIBUTING.md "The sandbox").
"""

from __future__ import annotations

import base64
from datetime import datetime
from typing import Any

from connectors.erecruiter.sandbox_data import (
    FIELDS_BY_NAME,
    GENDERS,
    ITEM_TYPES,
    JOB_STATUSES,
    PUBLICATION_TYPES,
    QUESTIONNAIRES,
    WORKFLOW_GROUPS,
    stamp,
    wire_field,
)
from connectors.sandbox import files
from connectors.sandbox.clock import WriteClock, from_micros
from connectors.sandbox.server import SandboxApp
from connectors.sandbox.wire import HttpError, Request
from connectors.unified.zones import vendor_zone

ACTIVITY_AVAILABILITY = ("None", "Simple", "Full")
#: Each of the sandbox mandator's status words in its WorkflowStatusGroup (V enum; the grouping A).
STATUS_GROUPS = {
    "Nowa aplikacja": "New",
    "Weryfikacja CV": "Internal",
    "Rozmowa telefoniczna": "Internal",
    "Rozmowa w biurze": "Internal",
    "Zadanie rekrutacyjne": "External",
    "Oferta": "Proposed",
    "Zatrudniony": "Accepted",
    "Odrzucony": "Rejected",
    "Rezygnacja kandydata": "Rejected",
}


# The installation's time zone (VENDOR.md).
TZ = vendor_zone("Europe/Warsaw")


def wire_time(stored: str | None) -> str | None:
    """A stored UTC time as .NET renders a local DateTime: ``2026-08-20T18:48:56.4523920+02:00``
    (VENDOR.md "Conventions": the installations' help pages show exactly this form, V)."""
    if not stored:
        return None
    moment = datetime.fromisoformat(stored.replace("Z", "+00:00")).astimezone(TZ)
    text = moment.strftime("%Y-%m-%dT%H:%M:%S.%f") + "0"
    offset = moment.strftime("%z")
    return f"{text}{offset[:3]}:{offset[3:]}"


def parse_time(value: Any, where: str, errors: dict[str, list[str]]) -> str | None:
    """A client's DateTime (any ISO-8601 spelling; no zone means the server's local time) as stored."""
    if value in (None, ""):
        return None
    try:
        moment = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        errors.setdefault(where, []).append(f"The value '{value}' is not valid for DateTime.")
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=TZ)
    return stamp(moment)


def wire_enum(value: Any, names: tuple[str, ...]) -> Any:
    """An internal enum name as its integer on the wire; anything else as it is."""
    return names.index(value) if isinstance(value, str) and value in names else value


def enum_name(value: Any, names: tuple[str, ...]) -> Any:
    """A client's enum, as Json.NET binds it (its name or its integer), as the name."""
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < len(names):
        return names[value]
    return value


def workflow_group(status: str) -> str:
    return STATUS_GROUPS.get(status, "Internal")


def json_object(request: Request) -> dict[str, Any]:
    body = request.json()
    if not isinstance(body, dict):
        raise HttpError(
            400,
            "The request is invalid.",
            errors=[{"field": "parameter", "message": "Expected a JSON object."}],
        )
    return body


def raise_invalid(errors: dict[str, list[str]]) -> None:
    if errors:
        raise HttpError(
            400,
            "The request is invalid.",
            errors=[{"field": field, "message": m} for field, messages in errors.items() for m in messages],
        )


class ERecruiterRecords(SandboxApp):
    """Lookups and renderers the routes share (state is set by ``ERecruiterSandbox``)."""

    clock: WriteClock
    mandator: dict[str, Any]

    def now(self) -> str:
        """Write times: real time, never before the seed and strictly increasing."""
        return stamp(from_micros(self.clock.tick()))

    def _get(self, collection: str, raw_id: str, what: str) -> dict[str, Any]:
        record = self.store[collection].get(raw_id) if raw_id.isdigit() else None
        if record is None:
            raise HttpError(404, f"{what} {raw_id} not found.")
        return record

    def _job(self, request: Request) -> dict[str, Any]:
        return self._get("jobs", request.params["jobId"], "Job")

    def _applicant(self, request: Request) -> dict[str, Any]:
        return self._get("applicants", request.params["applicantId"], "Applicant")

    # -- rendering ----------------------------------------------------------------------------------
    def render_job(self, job: dict[str, Any]) -> dict[str, Any]:
        out = {k: v for k, v in job.items() if not k.startswith("_") and k != "id"}
        for name in ("CreationDate", "UpdateDate", "OnlineDate", "OnlineDateCorrected", "ExpirationDate"):
            out[name] = wire_time(job.get(name))
        out["Status"] = wire_enum(job["Status"], JOB_STATUSES)
        out["UserGender"] = wire_enum(job.get("UserGender"), GENDERS)
        out["PublishedOn"] = [
            {
                **p,
                "Type": wire_enum(p["Type"], PUBLICATION_TYPES),
                "PublicationDate": wire_time(p["PublicationDate"]),
                "ExpirationDate": wire_time(p["ExpirationDate"]),
            }
            for p in job["PublishedOn"]
        ]
        return out

    def render_questionnaire(self, key: str) -> dict[str, Any]:
        questionnaire = QUESTIONNAIRES[key]
        items = []
        for item in questionnaire["Items"]:
            if "Field" in item:
                definition = FIELDS_BY_NAME[item["Field"]]
                rendered: dict[str, Any] = {
                    "Title": definition["Title"],
                    "Description": None,
                    "IsRequired": item["IsRequired"],
                    "Type": "CustomField",
                    "CustomField": wire_field(definition),
                    "Language": None,
                    "Knowledge": None,
                    "KnowledgeGroup": None,
                }
                if "Precondition" in item:
                    rendered["Precondition"] = dict(item["Precondition"])
            else:
                rendered = {
                    **item,
                    "CustomField": None,
                    "Language": None,
                    "Knowledge": None,
                    "KnowledgeGroup": None,
                }
            rendered["Type"] = wire_enum(rendered["Type"], ITEM_TYPES)
            items.append(rendered)
        return {k: v for k, v in questionnaire.items() if k != "Items"} | {"Items": items}

    def render_application(self, application: dict[str, Any]) -> dict[str, Any]:
        out = {
            k: v for k, v in application.items() if not k.startswith("_") and k not in ("id", "CoverLetter")
        }
        out["WorkflowStatusGroup"] = WORKFLOW_GROUPS.index(workflow_group(application["Status"]))
        out["AvailableActivities"] = [
            {**a, "AvailableToContact": wire_enum(a.get("AvailableToContact"), ACTIVITY_AVAILABILITY)}
            for a in application.get("AvailableActivities") or []
        ]
        out.setdefault("Rating", None)
        return out

    def render_applicant(self, applicant: dict[str, Any]) -> dict[str, Any]:
        out = {k: v for k, v in applicant.items() if not k.startswith("_") and k != "id"}
        for name in (
            "DateOfCreation",
            "DateOfUpdateByUser",
            "DateOfUpdateByApplicant",
            "PolicyAcceptedAt",
            "BirthDate",
        ):
            out[name] = wire_time(applicant.get(name))
        out["Gender"] = wire_enum(applicant.get("Gender"), GENDERS)
        applications = self.store["applications"].lookup("by_applicant", applicant["id"])
        out["HasCv"] = bool(applicant.get("_cv"))
        out["HasPhoto"] = False
        out["HasApplicationsVisibleToApplicant"] = any(a["IsVisibleToApplicant"] for a in applications)
        out["DocumentsCount"] = len(self.store["documents"].lookup("by_applicant", applicant["id"]))
        return out

    def render_document(self, document: dict[str, Any], with_content: bool) -> dict[str, Any]:
        out = {k: v for k, v in document.items() if not k.startswith("_") and k != "id"}
        if not with_content:
            out["Content"] = None
        elif out.get("Content") is None and document.get("_lines"):
            out["Content"] = base64.b64encode(files.pdf_bytes(document["_lines"])).decode("ascii")
        return out

    def render_history(self, entry: dict[str, Any]) -> dict[str, Any]:
        out = {k: v for k, v in entry.items() if not k.startswith("_") and k != "id"}
        out["CreatedOn"] = wire_time(entry.get("CreatedOn"))
        return out
