"""eRecruiter objects → unified records. Every rule cites VENDOR.md ("Mapping") or the brief's notes.

eRecruiter's client reads enums as integers (no string-enum converter, VENDOR.md "Conventions", V) and
PascalCase keys; neither casing nor enum form is promised for every installation, so every read here goes
through ``val`` (any key casing) and the enum helpers (a name or its integer), in ``wire.py``.
``remote_data`` is keyed by the endpoint (path template) each part came from. Questionnaires are
``questions.py``; the names other modules read through ``mapping`` are re-exported here.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from connectors.base import MapContext, Rec
from connectors.erecruiter.questions import ITEM_TYPES, map_questionnaire, question_format, question_id
from connectors.erecruiter.wire import (
    COUNTRIES,
    COUNTRY_NAMES,
    FIELD_TYPES,
    clean,
    country_code,
    custom_fields,
    enum,
    listed,
    text,
    val,
)
from connectors.unified.keywords import by_keywords
from connectors.unified.timefmt import iso

__all__ = [
    "COUNTRIES",
    "COUNTRY_NAMES",
    "FIELD_TYPES",
    "ITEM_TYPES",
    "enum",
    "listed",
    "map_questionnaire",
    "question_format",
    "question_id",
    "text",
    "val",
]

# JobStatus, in the order of its explicit values 0..4 (V) → unified status (VENDOR.md "Mapping": A).
JOB_STATUSES = ("Open", "Draft", "Engaged", "Repositioned", "Cancelled")
_JOB_STATUS = {
    "Open": "OPEN",
    "Draft": "DRAFT",
    "Engaged": "CLOSED",
    "Repositioned": "CLOSED",
    "Cancelled": "CLOSED",
}
# WorkflowStatusGroup in declaration order (V): the closed groups decide an application's outcome.
WORKFLOW_GROUPS = ("None", "New", "Internal", "Proposed", "External", "Rejected", "Accepted")
CLOSED_GROUPS = ("Rejected", "Accepted")
# Application status words → outcome, compared lower-cased as substrings (VENDOR.md "Mapping", A: the
# statuses are each mandator's own words, German and Polish installations seen).
HIRED_WORDS = ("zatrudnion", "przyjęt", "eingestellt", "zusage", "hired")
DECLINED_WORDS = ("odrzuc", "rezygnac", "wycofan", "absage", "abgelehnt", "rejected", "declined", "withdrawn")
# Occupation type words → employment type (A); anything else passes through as the mandator's word.
_EMPLOYMENT = (
    (("staż", "praktyk", "praktik", "intern", "lehr"), "INTERNSHIP"),
    (("część", "niepełn", "teilzeit", "part"), "PART_TIME"),
    (("sezon", "saison", "season"), "SEASONAL"),
    (("b2b", "kontrakt", "zlecen", "dzieło", "freelanc", "werkvertrag", "contract", "befristet"), "CONTRACT"),
    (("pełny", "pełen", "vollzeit", "full", "etat"), "FULL_TIME"),
)


# --- jobs ----------------------------------------------------------------------------------------------
def employment_type(occupations: Any) -> str | None:
    return by_keywords(next((text(o) for o in listed(occupations) if text(o)), None), _EMPLOYMENT)


def post_url(job: Any) -> str | None:
    """The first publication with a job-ad URL, in eRecruiter's order (brief: "We select the first post url
    that we find for the job. It could have multiple."; ``JobAdUrl`` since 1.19, V)."""
    for publication in listed(val(job, "PublishedOn")):
        url = text(val(publication, "JobAdUrl"))
        if url:
            return url
    return None


def description(job: Any) -> str | None:
    """The whole ad (``Html``); without it, the company text and the four headed blocks (V fields)."""
    html = text(val(job, "Html"))
    if html:
        return html
    parts = [text(val(job, "CompanyDescription"))]
    for index in range(1, 5):
        header, block = text(val(job, f"HeaderBlock{index}")), text(val(job, f"Block{index}"))
        if block:
            parts.append((f"<h3>{header}</h3>" if header else "") + block)
    return "\n".join(p for p in parts if p) or None


def job_location(job: Any) -> dict[str, Any] | None:
    city = text(val(job, "Location")) or text(val(job, "InternalLocation"))
    raw = text(val(job, "GeoLocationName")) or city
    if not city and not raw:
        return None
    country = None
    if raw and "," in raw:
        country = country_code(raw.rsplit(",", 1)[1])
    return {
        "city": city,
        "country": country,
        "raw": raw,
        "state": None,
        "street_1": None,
        "street_2": None,
        "zip_code": None,
    }


def map_job(item: dict[str, Any], ctx: MapContext) -> Iterator[Rec]:
    key = str(val(item, "Id"))
    job = clean(item)
    questionnaire = item.get("_sub", {}).get("questionnaire")
    values, integration = custom_fields(val(job, "CustomFields"), key)
    yield Rec(
        "jobs",
        key,
        {
            "remote_id": key,
            "name": text(val(job, "Title")) or text(val(job, "InternalName")),
            "description": description(job),
            "employment_type": employment_type(val(job, "OccupationTypes")),
            "status": _JOB_STATUS.get(enum(val(job, "Status"), JOB_STATUSES) or "", text(val(job, "Status"))),
            "post_url": post_url(job),
            "experience_level": next((text(c) for c in listed(val(job, "CareerLevels")) if text(c)), None),
            "location": job_location(job),
            "custom_fields": values,
            "integration_fields": integration,
            "opened_at": iso(val(job, "OnlineDate")),
            "remote_created_at": iso(val(job, "CreationDate")),
            "remote_updated_at": iso(val(job, "UpdateDate")),
            "remote_data": {"/Api/Jobs": job, "/Api/Questionnaire/ByJob/{jobId}": questionnaire},
        },
    )
    yield from map_questionnaire(key, questionnaire, ctx)


# --- candidates, applications, stages ------------------------------------------------------------------
def workflow_group(application: Any) -> str | None:
    return enum(val(application, "WorkflowStatusGroup"), WORKFLOW_GROUPS)


def is_open(application: Any) -> bool:
    """Open as ``Applications/ByJob`` counts it (V): not in the Rejected or Accepted group."""
    group = workflow_group(application)
    if group is not None:
        return group not in CLOSED_GROUPS
    return outcome(val(application, "Status")) == "PENDING"


def outcome(status: Any, group: str | None = None) -> str:
    """The group where the server sends one (V), else the mandator's status word (A)."""
    if group == "Accepted":
        return "HIRED"
    if group == "Rejected":
        return "DECLINED"
    lowered = (text(status) or "").lower()
    if any(w in lowered for w in HIRED_WORDS):
        return "HIRED"
    if any(w in lowered for w in DECLINED_WORDS):
        return "DECLINED"
    return "PENDING"


def _social(applicant: Any) -> list[dict[str, Any]]:
    links = []
    for profile in listed(val(applicant, "ThirdPartyProfiles")):
        url = text(val(profile, "Url"))
        if url:
            links.append(
                {
                    "link": url,
                    "type": text(val(profile, "ThirdParty")),
                    "username": text(val(profile, "Identifier")),
                }
            )
    website = text(val(applicant, "Url"))
    if website:
        links.append({"link": website, "type": "WEBSITE", "username": None})
    return links


def _updated(applicant: Any) -> str | None:
    marks = [iso(val(applicant, name)) for name in ("DateOfUpdateByUser", "DateOfUpdateByApplicant")]
    return max((m for m in marks if m), default=None) or iso(val(applicant, "DateOfCreation"))


#: Words of the mandator's document types, per unified attachment type (A: each mandator names its own).
DOCUMENT_WORDS = {
    "CV": ("cv", "lebenslauf", "życiorys", "resume"),
    "COVER_LETTER": ("motywac", "anschreiben", "cover", "begleit"),
    "OTHER": ("inne", "sonstig", "other", "andere", "weitere"),
}
_MEDIA = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "doc": "application/msword",
    "odt": "application/vnd.oasis.opendocument.text",
    "rtf": "application/rtf",
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "png": "image/png",
    "txt": "text/plain",
}


def document_type(word: Any) -> str:
    """A mandator's document type word as CV / COVER_LETTER / OTHER (VENDOR.md "Attachments")."""
    lowered = str(word or "").lower()
    for unified in ("CV", "COVER_LETTER"):
        if any(w in lowered for w in DOCUMENT_WORDS[unified]):
            return unified
    return "OTHER"


def attachment_records(applicant: Mapping[str, Any], documents: Any, ctx: MapContext) -> Iterator[Rec]:
    """The applicant's documents (``Documents/{id}`` without content) and its CV slot (``HasCv``): files
    of the candidate, eRecruiter has none per application (VENDOR.md "Attachments and CVs")."""
    key = str(val(applicant, "Id"))
    cid = ctx.id("candidates", key)
    for doc in listed(documents):
        did = val(doc, "Id")
        if did is None:
            continue
        ext = (text(val(doc, "FileExtension")) or "").lstrip(".").lower()
        name = text(val(doc, "Name")) or "document"
        meta = {k: v for k, v in dict(doc).items() if k != "Content"}
        yield Rec(
            "attachments",
            f"document:{did}",
            {
                "remote_id": str(did),
                "candidate_id": cid,
                "application_id": None,
                "name": f"{name}.{ext}" if ext and not name.lower().endswith(f".{ext}") else name,
                "type": document_type(val(doc, "Type")),
                "content_type": _MEDIA.get(ext),
                "size": None,
                "data_url": f"/Api/Applicant/Document/{did}",
                "remote_created_at": None,
                "remote_updated_at": None,
                "remote_data": {"/Api/Applicant/Documents/{applicantId}": meta, "applicantId": key},
            },
        )
    if val(applicant, "HasCv"):
        yield Rec(
            "attachments",
            f"cv:{key}",
            {
                "remote_id": f"cv:{key}",
                "candidate_id": cid,
                "application_id": None,
                "name": "CV",  # the slot has no name; its extension comes with its content
                "type": "CV",
                "content_type": None,
                "size": None,
                "data_url": f"/Api/Applicant/Cv/{key}?includeContent=true",
                "remote_created_at": None,
                "remote_updated_at": None,
                "remote_data": {"applicantId": key, "cv": True},
            },
        )


def candidate_records(
    applicant: Mapping[str, Any], extra: Mapping[str, Any], ctx: MapContext
) -> Iterator[Rec]:
    """The candidate, its tags and candidate tags. ``extra`` holds what other endpoints said about it:
    ``custom`` (CustomFields) and ``documents``."""
    key = str(val(applicant, "Id"))
    values, integration = custom_fields(extra.get("custom"), key)
    email = text(val(applicant, "Email"))
    phones = [
        {"phone_number": p, "type": t}
        for p, t in (
            (text(val(applicant, "Phone")), "PERSONAL"),
            (text(val(applicant, "MobilePhone")), "MOBILE"),
        )
        if p
    ]
    street, zip_code, city = (text(val(applicant, n)) for n in ("Street", "ZipCode", "City"))
    country = text(val(applicant, "Country"))
    raw = ", ".join(p for p in (street, " ".join(x for x in (zip_code, city) if x), country) if p) or None
    yield Rec(
        "candidates",
        key,
        {
            "remote_id": key,
            "first_name": text(val(applicant, "FirstName")),
            "last_name": text(val(applicant, "LastName")),
            "source": text(val(applicant, "Referrer")),
            "phone_numbers": phones,
            "email_addresses": [{"email_address": email, "type": "PERSONAL"}] if email else [],
            "social_media": _social(applicant),
            "location": {
                "city": city,
                "country": country_code(country),
                "raw": raw,
                "state": None,
                "street_1": street,
                "street_2": None,
                "zip_code": zip_code,
            }
            if raw
            else None,
            "custom_fields": values,
            "integration_fields": integration,
            "remote_created_at": iso(val(applicant, "DateOfCreation")),
            "remote_updated_at": _updated(applicant),
            "remote_data": {
                "/Api/Applicant/{applicantId}": dict(applicant),
                "/Api/Applicant/CustomFields/{applicantId}": extra.get("custom"),
                "/Api/Applicant/Documents/{applicantId}": extra.get("documents"),
            },
        },
    )
    yield from attachment_records(applicant, extra.get("documents"), ctx)
    for tag in listed(val(applicant, "Tags")):
        name = text(tag)
        if not name:
            continue
        tag_key = name.lower()  # eRecruiter's tags are free words; one tag per spelling ignoring case (A)
        yield Rec("tags", tag_key, {"remote_id": tag_key, "name": name, "remote_data": None})
        yield Rec(
            "candidate_tags",
            f"{key}:{tag_key}",
            {"candidate_id": ctx.id("candidates", key), "tag_id": ctx.id("tags", tag_key)},
        )


_APPLICATION_FIELDS = (
    "Referrer",
    "ReferrerAdditionalInfo",
    "StatusForApplicant",
    "StatusForContact",
    "IsVisibleToApplicant",
    "IsVisibleToContact",
)


def application_records(application: Mapping[str, Any], ctx: MapContext) -> Iterator[Rec]:
    """An application and its stage. The application has no timestamps and no custom-field read (V):
    its own fields the unified schema lacks (source, the status texts shown to applicant and contact,
    visibility) are its custom fields."""
    key = str(val(application, "Id"))
    job = str(val(application, "JobId"))
    status = text(val(application, "Status"))
    values = {
        name: val(application, name) for name in _APPLICATION_FIELDS if val(application, name) is not None
    }
    if status:
        # A stage is an application status: eRecruiter lists no pipeline (VENDOR.md "Application stages").
        yield Rec(
            "application_stages",
            status,
            {"remote_id": status, "name": status, "global_index": None, "remote_data": None},
        )
    yield Rec(
        "applications",
        key,
        {
            "remote_id": key,
            "outcome": outcome(status, workflow_group(application)),
            "current_stage_id": ctx.id("application_stages", status),
            "job_id": ctx.id("jobs", job),
            "candidate_id": ctx.id("candidates", val(application, "ApplicantId")),
            "custom_fields": values or None,
            "integration_fields": [
                {"id": f"{key}:{name}", "key": name, "type": "DEFAULT", "value": value, "label": name}
                for name, value in values.items()
            ],
            "remote_data": {"/Api/Applications/{applicantId}": dict(application)},
        },
    )


def applicant_records(
    applicant: Mapping[str, Any], applications: Any, extra: Mapping[str, Any], ctx: MapContext
) -> list[Rec]:
    """An applicant and all their applications, as a write refreshes them."""
    records = list(candidate_records(applicant, extra, ctx))
    for application in listed(applications):
        records.extend(application_records(application, ctx))
    return records
