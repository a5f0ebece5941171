"""eRecruiter objects → unified records. Every rule cites VENDOR.md ("Mapping") or the brief's notes.

eRecruiter's client reads enums as integers (no string-enum converter, VENDOR.md "Conventions", V) and
PascalCase keys; neither casing nor enum form is promised for every installation, so every read here goes
through ``val`` (any key casing) and the enum helpers (a name or its integer). ``remote_data`` is keyed
by the endpoint (path template) each part
came from.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from connectors.base import MapContext, Rec
from connectors.unified.timefmt import iso

# JobStatus, in the order of its explicit values 0..4 (V) → unified status (VENDOR.md "Mapping": A).
JOB_STATUSES = ("Open", "Draft", "Engaged", "Repositioned", "Cancelled")
_JOB_STATUS = {
    "Open": "OPEN",
    "Draft": "DRAFT",
    "Engaged": "CLOSED",
    "Repositioned": "CLOSED",
    "Cancelled": "CLOSED",
}
# QuestionnaireItemType and CustomFieldType in declaration order (V), for servers sending integers.
ITEM_TYPES = (
    "SingleLanguage",
    "SingleKnowledge",
    "Headline",
    "CustomField",
    "KnowledgeGroup",
    "AbroadTravelling",
    "DomesticTravelling",
    "BeginDate",
    "Salary",
    "MilitaryService",
    "WillingToMove",
    "SelfDescription",
    "JobDescription",
    "SubHeadline",
    "Languages",
    "Referrer",
    "JobProfiles",
    "Regions",
    "Location",
    "EmploymentType",
    "Educations",
    "Experiences",
)
FIELD_TYPES = ("TextMultiLine", "CheckBox", "DropdownList", "CheckboxList", "Date", "TextSingleLine", "Html")
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
# Country names eRecruiter keeps as words (the mandator's Countries list, V) → ISO 3166 codes.
COUNTRIES = {
    "polska": "PL",
    "poland": "PL",
    "polen": "PL",
    "niemcy": "DE",
    "germany": "DE",
    "deutschland": "DE",
    "austria": "AT",
    "österreich": "AT",
    "ukraina": "UA",
    "ukraine": "UA",
    "czechy": "CZ",
    "czech republic": "CZ",
    "tschechien": "CZ",
    "słowacja": "SK",
    "slovakia": "SK",
    "slowakei": "SK",
    "litwa": "LT",
    "lithuania": "LT",
    "litauen": "LT",
    "szwajcaria": "CH",
    "switzerland": "CH",
    "schweiz": "CH",
    "holandia": "NL",
    "netherlands": "NL",
    "niederlande": "NL",
    "wielka brytania": "GB",
    "united kingdom": "GB",
}
COUNTRY_NAMES = {
    "PL": "Polska",
    "DE": "Niemcy",
    "AT": "Austria",
    "UA": "Ukraina",
    "CZ": "Czechy",
    "SK": "Słowacja",
    "LT": "Litwa",
    "CH": "Szwajcaria",
    "NL": "Holandia",
    "GB": "Wielka Brytania",
}


# --- reading the wire ----------------------------------------------------------------------------------
def val(obj: Any, key: str, default: Any = None) -> Any:
    """``obj[key]`` whatever the casing the server chose (``FirstName``, ``firstName``)."""
    if not isinstance(obj, Mapping):
        return default
    if key in obj:
        return obj[key]
    lowered = key.lower()
    for name, value in obj.items():
        if isinstance(name, str) and name.lower() == lowered:
            return value
    return default


def enum(value: Any, names: tuple[str, ...]) -> str | None:
    """An enum sent as its name (any casing) or its integer value, as the name."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int):
        return names[value] if 0 <= value < len(names) else str(value)
    text = str(value)
    return next((n for n in names if n.lower() == text.lower()), text)


def listed(value: Any) -> list[Any]:
    return list(value) if isinstance(value, list) else []


def text(value: Any) -> str | None:
    if value is None:
        return None
    out = str(value).strip()
    return out or None


def country_code(name: Any) -> str | None:
    """A country word as ISO code where we know it; a two-letter code passes as it is."""
    raw = text(name)
    if raw is None:
        return None
    if len(raw) == 2 and raw.isalpha():
        return raw.upper()
    return COUNTRIES.get(raw.lower())


def _clean(item: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in item.items() if k != "_sub"}


def _custom_value(entry: Any) -> Any:
    """The typed value of a CustomFieldValueResponse (V): CheckBox → bool, CheckboxList → its choices,
    Date → the date, anything else → the formatted ``Value``."""
    definition = val(entry, "CustomField") or {}
    kind = enum(val(definition, "Type"), FIELD_TYPES)
    if kind == "CheckBox" and isinstance(val(entry, "BoolValue"), bool):
        return val(entry, "BoolValue")
    if kind == "CheckboxList":
        joined = val(entry, "StringValue")
        if isinstance(joined, str):
            return [v for v in joined.split("|") if v]
    if kind == "Date" and val(entry, "DateValue"):
        return str(val(entry, "DateValue"))[:10]
    if val(entry, "Value") is not None:
        return val(entry, "Value")
    for typed in ("StringValue", "NumberValue", "BoolValue", "DateValue"):
        if val(entry, typed) is not None:
            return val(entry, typed)
    return None


def custom_fields(entries: Any, owner: str) -> tuple[dict[str, Any] | None, list[dict[str, Any]]]:
    """``custom_fields`` ({Name: value}) and ``integration_fields`` from CustomFieldValueResponses."""
    values: dict[str, Any] = {}
    integration = []
    for entry in listed(entries):
        definition = val(entry, "CustomField") or {}
        name = text(val(definition, "Name"))
        if name is None:
            continue
        value = _custom_value(entry)
        values[name] = value
        integration.append(
            {
                "id": f"{owner}:{name}",
                "key": name,
                "type": "CUSTOM",
                "value": value,
                "label": val(definition, "Title") or name,
            }
        )
    return (values or None), integration


# --- jobs ----------------------------------------------------------------------------------------------
def employment_type(occupations: Any) -> str | None:
    first = next((text(o) for o in listed(occupations) if text(o)), None)
    if first is None:
        return None
    lowered = first.lower()
    for needles, unified in _EMPLOYMENT:
        if any(n in lowered for n in needles):
            return unified
    return first


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
    job = _clean(item)
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


# --- screening questions -----------------------------------------------------------------------------
def question_id(item: Any) -> str | None:
    """A questionnaire item's stable id (VENDOR.md "Screening questions", A): ``cf:<Name>`` for a custom
    field (the same field in two questionnaires is one question), ``std:<Type>`` for a built-in item,
    ``lang:``/``knw:`` for one language or knowledge."""
    kind = enum(val(item, "Type"), ITEM_TYPES)
    if kind == "CustomField":
        name = text(val(val(item, "CustomField"), "Name"))
        return f"cf:{name}" if name else None
    if kind == "SingleLanguage":
        return f"lang:{text(val(item, 'Language'))}"
    if kind == "SingleKnowledge":
        return f"knw:{text(val(item, 'Knowledge'))}"
    if kind == "KnowledgeGroup":
        return f"knwgroup:{text(val(item, 'KnowledgeGroup'))}"
    if kind in ("Headline", "SubHeadline"):
        return f"std:{kind}:{text(val(item, 'Title'))}"  # several headlines per questionnaire
    return f"std:{kind}" if kind else None


def _options(values: Iterable[Any]) -> list[dict[str, Any]]:
    # An option's id is its text: eRecruiter stores the chosen text itself (V: CustomFieldValueParameter).
    return [{"id": str(v), "remote_id": str(v), "name": str(v)} for v in values]


def question_format(item: Any) -> dict[str, Any]:
    """Unified ``format`` of a questionnaire item (VENDOR.md "Screening questions": the table)."""
    kind = enum(val(item, "Type"), ITEM_TYPES)
    if kind == "CustomField":
        definition = val(item, "CustomField") or {}
        field_type = enum(val(definition, "Type"), FIELD_TYPES)
        possible = listed(val(definition, "PossibleValues"))
        if field_type == "TextSingleLine":
            return {"type": "TEXT", "display_type": "SINGLE_LINE", "max_length": None}
        if field_type == "TextMultiLine":
            return {"type": "TEXT", "display_type": "MULTI_LINE", "max_length": None}
        if field_type == "CheckBox":
            return {"type": "BOOLEAN"}
        if field_type == "DropdownList":
            return {"type": "SINGLE_SELECT", "display_type": "DROPDOWN", "options": _options(possible)}
        if field_type == "CheckboxList":
            return {"type": "MULTI_SELECT", "options": _options(possible)}
        if field_type == "Date":
            return {"type": "DATE"}
        if field_type == "Html":
            return {"type": "INFORMATION"}
    if kind in ("SelfDescription", "JobDescription"):
        return {"type": "TEXT", "display_type": "MULTI_LINE", "max_length": None}
    if kind == "Referrer":
        # The mandator's source words (its Referrers list); stored as the applicant's Referrer text.
        return {"type": "TEXT", "display_type": "SINGLE_LINE", "max_length": None}
    if kind == "WillingToMove":
        return {"type": "BOOLEAN"}
    if kind == "BeginDate":
        return {"type": "DATE"}
    if kind == "Salary":
        return {"type": "NUMBER", "display_type": "FIELD", "min": 0, "max": None}
    if kind in ("Headline", "SubHeadline"):
        return {"type": "INFORMATION"}
    return {"type": "UNKNOWN", "raw_question": _clean(item) if isinstance(item, dict) else item}


def _precondition(item: Any, items_by_field: Mapping[str, Any]) -> tuple[str | None, list[Any] | None]:
    """The sandbox's ``Precondition {CustomFieldName, Values}`` (A): the parent question and the options
    (booleans for a CheckBox parent) that make this item apply."""
    condition = val(item, "Precondition")
    name = text(val(condition, "CustomFieldName"))
    if not name:
        return None, None
    values = [str(v) for v in listed(val(condition, "Values"))]
    parent = items_by_field.get(name)
    parent_type = enum(val(val(parent, "CustomField"), "Type"), FIELD_TYPES) if parent is not None else None
    if parent_type == "CheckBox":
        return f"cf:{name}", [v.lower() == "true" for v in values]
    return f"cf:{name}", values


def map_questionnaire(job_key: str, questionnaire: Any, ctx: MapContext) -> Iterator[Rec]:
    items = listed(val(questionnaire, "Items"))
    by_field = {
        str(val(val(i, "CustomField"), "Name")): i
        for i in items
        if enum(val(i, "Type"), ITEM_TYPES) == "CustomField"
    }
    for index, item in enumerate(items):
        qid = question_id(item)
        if qid is None:
            continue
        definition = val(item, "CustomField")
        title = text(val(item, "Title")) or text(val(definition, "Title")) or qid
        yield Rec(
            "screening_questions",
            qid,
            {
                "remote_id": qid,
                "title": title,
                "description": text(val(item, "Description")),
                "format": question_format(item),
                "category": None,
                "remote_data": {"/Api/Questionnaire/ByJob/{jobId}": item},
            },
        )
        parent, options = _precondition(item, by_field)
        yield Rec(
            "job_screening_questions",
            f"{job_key}:{qid}",
            {
                "job_id": ctx.id("jobs", job_key),
                "question_id": ctx.id("screening_questions", qid),
                "index": index,  # the position in Items: items carry no id or index (V)
                "required": bool(val(item, "IsRequired")),
                "precondition_question_id": ctx.id("screening_questions", parent) if parent else None,
                "precondition_options": options,
            },
        )


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
