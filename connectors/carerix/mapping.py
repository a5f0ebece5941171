"""Carerix records (decoded XML, see ``xmlcodec``) → unified records. The rules sit next to the code.

Every value arrives as text; relations arrive as the related entity's dict (a data node carries the
``value``/``exportCode`` the stream asked for with ``show``). ``remote_data`` is keyed by the list
endpoint the record came from. Keys the connector adds to an item start with ``__`` and are not the
vendor's: they are left out of ``remote_data``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from typing import Any
from urllib.parse import urlsplit

from connectors.base import MapContext, Rec
from connectors.unified.keywords import by_keywords
from connectors.unified.timefmt import iso
from connectors.unified.zones import vendor_zone

# Carerix's time zone (VENDOR.md "Data format").
AMSTERDAM = vendor_zone("Europe/Amsterdam")
_STAMP = re.compile(
    r"^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?)?\s*Z?\s*([+-]\d{2}:?\d{2})?$"
)


# --- values ---------------------------------------------------------------------------------------


def cx_time(value: Any) -> str | None:
    """A Carerix date as our ISO UTC text. Three spellings occur (VENDOR.md "Data format"):
    ``2024-05-03 08:41:19 +0200``, ``2013-08-20 10:09:53`` (Europe/Amsterdam) and, in extra fields,
    ``2014-10-02T12:00:00Z+0200`` (the offset wins over the stray ``Z``)."""
    if value is None:
        return None
    text = str(value).strip()
    if not text:
        return None
    found = _STAMP.match(text)
    if not found:
        return iso(text)  # anything else ISO-like; a ValueError skips the record, reported
    day, clock, offset = found.groups()
    stamp = datetime.fromisoformat(f"{day}T{clock or '12:00:00'}")
    if offset:
        sign = 1 if offset[0] == "+" else -1
        digits = offset[1:].replace(":", "")
        zone: tzinfo = timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))
        stamp = stamp.replace(tzinfo=zone)
    elif text.endswith("Z"):
        stamp = stamp.replace(tzinfo=UTC)
    else:
        stamp = stamp.replace(tzinfo=AMSTERDAM)
    return iso(stamp)


def flag(value: Any) -> bool | None:
    """Carerix booleans are 0/1 (V)."""
    if value is None or str(value).strip() == "":
        return None
    return str(value).strip() not in ("0", "false", "NO")


def number(value: Any) -> float | None:
    if value is None or str(value).strip() == "":
        return None
    try:
        return float(str(value).strip().replace(",", "."))
    except ValueError:
        return None


def rel(item: dict[str, Any], name: str) -> dict[str, Any]:
    """A to-one relation's dict ({} when absent)."""
    value = item.get(name)
    return value if isinstance(value, dict) else {}


def many(item: dict[str, Any], name: str) -> list[dict[str, Any]]:
    """A to-many relation's items ([] when absent or empty)."""
    value = item.get(name)
    if isinstance(value, dict):  # one item where the naming rule did not know the relation
        return [value]
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def rid(item: dict[str, Any], name: str) -> str | None:
    """The id of a related record (``toVacancy`` → "5310")."""
    found = rel(item, name).get("id")
    return str(found) if found not in (None, "") else None


def node_value(item: dict[str, Any], name: str) -> str | None:
    """The label (``value``) of a data node relation, e.g. ``toCategoryNode``."""
    value = rel(item, name).get("value")
    return str(value).strip() if value and str(value).strip() else None


def text(item: dict[str, Any], name: str) -> str | None:
    value = item.get(name)
    return str(value).strip() if isinstance(value, str) and value.strip() else None


def last_name(item: dict[str, Any]) -> str | None:
    """Dutch names keep their prefix ("van der") apart; it belongs to the last name (VENDOR.md)."""
    parts = [p for p in (text(item, "lastNamePrefix"), text(item, "lastName")) if p]
    return " ".join(parts) or None


def _person(item: dict[str, Any]) -> dict[str, Any]:
    """What a staff member (CRUser) and a candidate (CREmployee) name alike: their id and names."""
    return {"remote_id": str(item["id"]), "first_name": text(item, "firstName"), "last_name": last_name(item)}


def _raw(item: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in item.items() if not k.startswith("__")}


# --- users ----------------------------------------------------------------------------------------


def map_user(item: dict[str, Any], ctx: MapContext) -> Iterator[Rec]:
    """CRUser (staff): names, e-mail; INACTIVE when not active or blocked from logging in."""
    active = flag(item.get("isActive"))
    blocked = flag(item.get("isLoginBlocked"))
    status = None if active is None else ("ACTIVE" if active and not blocked else "INACTIVE")
    yield Rec(
        "users",
        str(item["id"]),
        {
            **_person(item),
            "email": text(item, "emailAddress"),
            "status": status,
            "remote_data": {"/CRUser": _raw(item)},
        },
    )


# --- jobs -----------------------------------------------------------------------------------------

#: ``toContractTypeNode`` (Dienstverband) → employment type. Part-time before full-time: "parttime"
#: never contains "fulltime", but "vast parttime" must read as part-time.
EMPLOYMENT = (
    (("parttime", "part-time", "deeltijd"), "PART_TIME"),
    (("stage", "intern", "afstudeer"), "INTERNSHIP"),
    (("seizoen", "season"), "SEASONAL"),
    (
        ("tijdelijk", "interim", "freelance", "detachering", "uitzend", "zzp", "contract", "temporary"),
        "CONTRACT",
    ),
    (("vast", "fulltime", "full-time", "voltijd", "permanent"), "FULL_TIME"),
)
#: ``toStatusNode`` (Vacature-status) → job status.
JOB_STATUS = (
    (("concept", "draft"), "DRAFT"),
    (("archief", "gearchiveerd", "archived"), "ARCHIVED"),
    (("gesloten", "vervuld", "geannuleerd", "ingetrokken", "closed", "filled", "cancel"), "CLOSED"),
    (("open", "actief", "active", "lopend"), "OPEN"),
)
#: ``toWorkplaceTypeNode`` → remote-work status (the list's values are A).
REMOTE = (
    (("hybride", "hybrid"), "HYBRID"),
    (("thuis", "remote", "op afstand"), "REMOTE"),
    (("locatie", "on-site", "onsite", "kantoor", "office"), "ON_SITE"),
    (("tijdelijk", "temporar"), "TEMPORARY"),
)
#: ``toSalaryPeriodNode`` (Salarisperiode) → salary period.
PERIOD = (
    (("4 weken", "vier weken", "two week", "2 weken", "twee weken"), "TWO_WEEKS"),
    (("jaar", "year", "annual"), "YEAR"),
    (("maand", "month"), "MONTH"),
    (("week",), "WEEK"),
    (("dag", "day"), "DAY"),
    (("uur", "hour"), "HOUR"),
)
_CURRENCY_WORDS = {"euro": "EUR", "eur": "EUR", "€": "EUR", "dollar": "USD", "pond": "GBP", "pound": "GBP"}


def currency(node: dict[str, Any]) -> str | None:
    """``toSalaryCurrencyNode`` (Valuta): the exportCode when it is an ISO code, else the label."""
    code = str(node.get("exportCode") or "").strip()
    if re.fullmatch(r"[A-Za-z]{3}", code):
        return code.upper()
    label = str(node.get("value") or "").strip()
    if re.fullmatch(r"[A-Z]{3}", label):
        return label
    return _CURRENCY_WORDS.get(label.lower(), label or None)


def description(item: dict[str, Any]) -> str | None:
    """The vacancy's publication texts, in the order a job ad reads, blank-line separated."""
    parts = [
        text(item, key)
        for key in (
            "introInformation",
            "vacancyInformation",
            "requirements",
            "offerInformation",
            "companyInformation",
        )
    ]
    return "\n\n".join(p for p in parts if p) or None


def job_location(item: dict[str, Any]) -> dict[str, Any] | None:
    street = (
        " ".join(
            p
            for p in (text(item, "workStreet"), text(item, "workNumber"), text(item, "workNumberSuffix"))
            if p
        )
        or None
    )
    country = rel(item, "toWorkCountryNode")
    code = str(country.get("exportCode") or "").strip().upper()
    loc = {
        "city": text(item, "workCity"),
        "zip_code": text(item, "workPostalCode"),
        "street_1": street,
        "country": code if len(code) == 2 else None,
        "raw": text(item, "workLocation")
        or ", ".join(p for p in (street, text(item, "workPostalCode"), text(item, "workCity")) if p)
        or None,
    }
    return loc if any(loc.values()) else None


def visibility(item: dict[str, Any]) -> str:
    """Hidden → UNLISTED; confidential → CONFIDENTIAL; published somewhere → PUBLIC; else INTERNAL."""
    if flag(item.get("isHidden")):
        return "UNLISTED"
    if flag(item.get("isConfidential")):
        return "CONFIDENTIAL"
    if (number(item.get("activePublicationsCount")) or 0) > 0:
        return "PUBLIC"
    return "INTERNAL"


def map_job(item: dict[str, Any], ctx: MapContext) -> Iterator[Rec]:
    """CRVacancy. ``salary_amount`` is the one figure when only one is given or both are equal;
    ``department`` is the job area (``toFunctionLevel1``): Carerix has no departments (A);
    ``contact_id`` is the responsible recruiter (``owner``, a staff user), so it points into users."""
    low, high = number(item.get("minSalary")), number(item.get("maxSalary"))
    amount = low if high is None or low == high else (high if low is None else None)
    paid = low is not None or high is not None
    yield Rec(
        "jobs",
        str(item["id"]),
        {
            "remote_id": str(item["id"]),
            "name": text(item, "jobTitle"),
            "job_code": text(item, "vacancyNo"),
            "description": description(item),
            "employment_type": by_keywords(node_value(item, "toContractTypeNode"), EMPLOYMENT),
            "status": by_keywords(node_value(item, "toStatusNode"), JOB_STATUS),
            "visibility": visibility(item),
            "category": node_value(item, "toCategoryNode"),
            "department": node_value(item, "toFunctionLevel1"),
            "experience_level": node_value(item, "toExperienceLevelNode"),
            "location": job_location(item),
            "remote_created_at": cx_time(item.get("creationDate")),
            "remote_updated_at": cx_time(item.get("modificationDate")),
            "contact_id": ctx.id("users", rid(item, "owner")),
            "confidential": flag(item.get("isConfidential")),
            "weekly_hours": number(item.get("hoursPerWeek")),
            "remote_work_status": by_keywords(node_value(item, "toWorkplaceTypeNode"), REMOTE),
            "salary_amount": amount,
            "salary_amount_from": low,
            "salary_amount_to": high,
            "salary_currency": currency(rel(item, "toSalaryCurrencyNode")) if paid else None,
            "salary_period": by_keywords(node_value(item, "toSalaryPeriodNode"), PERIOD) if paid else None,
            "remote_data": {"/CRVacancy": _raw(item)},
        },
    )


# --- candidates -----------------------------------------------------------------------------------

_SOCIAL = (
    ("linkedin", "LINKEDIN"),
    ("facebook", "FACEBOOK"),
    ("twitter", "TWITTER"),
    ("x.com", "TWITTER"),
    ("github", "GITHUB"),
    ("xing", "XING"),
    ("instagram", "INSTAGRAM"),
)


def social_type(url: str, label: str | None) -> str:
    """A link's kind from its ``toUrlLabel`` (URL-label list), else from the host; else WEBSITE."""
    host = urlsplit(url).netloc.lower()
    for probe in ((label or "").lower(), host):
        for word, kind in _SOCIAL:
            if word in probe:
                return kind
    return "WEBSITE"


def social_media(user: dict[str, Any]) -> list[dict[str, Any]]:
    links = []
    for link in many(user, "urls"):
        url = text(link, "url")
        if url:
            links.append(
                {"link": url, "type": social_type(url, node_value(link, "toUrlLabel")), "username": None}
            )
    single = text(user, "url")  # CRUser also has one plain ``url`` (V)
    if single and all(s["link"] != single for s in links):
        links.append({"link": single, "type": social_type(single, None), "username": None})
    return links


def map_candidate(item: dict[str, Any], ctx: MapContext) -> Iterator[Rec]:
    """CREmployee. ``title`` is the person's job title (``toUser.jobTitle``), not the name title;
    ``source`` the candidate source list's label, else the free-text ``sourceInfo``; mobile numbers
    are typed MOBILE (the vendor's word), business ones WORK."""
    user = rel(item, "toUser")
    phones = [
        {"phone_number": text(item, key), "type": kind}
        for key, kind in (
            ("mobileNumber", "MOBILE"),
            ("phoneNumber", "PERSONAL"),
            ("phoneNumberBusiness", "WORK"),
            ("mobileNumberBusiness", "WORK"),
        )
        if text(item, key)
    ]
    emails = [
        {"email_address": text(item, key), "type": kind}
        for key, kind in (("emailAddress", "PERSONAL"), ("emailAddressBusiness", "WORK"))
        if text(item, key)
    ]
    street = (
        " ".join(
            p
            for p in (text(item, "homeStreet"), text(item, "homeNumber"), text(item, "homeNumberSuffix"))
            if p
        )
        or None
    )
    country = str(rel(item, "toCountryNode").get("exportCode") or "").strip().upper()
    location = {
        "city": text(item, "city"),
        "zip_code": text(item, "homePostalCode"),
        "street_1": street,
        "country": country if len(country) == 2 else None,
    }
    yield Rec(
        "candidates",
        str(item["id"]),
        {
            **_person(item),
            "title": text(user, "jobTitle"),
            "confidential": flag(item.get("isConfidential")),
            "source": node_value(item, "toSourceNode") or text(item, "sourceInfo"),
            "phone_numbers": phones,
            "email_addresses": emails,
            "social_media": social_media(user),
            "location": location if any(location.values()) else None,
            "remote_created_at": cx_time(item.get("creationDate")),
            "remote_updated_at": cx_time(item.get("modificationDate")),
            "remote_data": {"/CREmployee": _raw(item)},
        },
    )
    yield from attachments(item, ctx, candidate=str(item["id"]))


#: ``Document-type`` words → unified attachment type (VENDOR.md "Attachments and CVs", A).
_DOCUMENT_TYPES: tuple[tuple[tuple[str, ...], str], ...] = (
    (("cv", "curriculum", "resume"), "CV"),
    (("motivatie", "cover", "sollicitatiebrief", "begeleid"), "COVER_LETTER"),
)
_MEDIA = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "doc": "application/msword",
    "odt": "application/vnd.oasis.opendocument.text",
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "png": "image/png",
    "rtf": "application/rtf",
    "txt": "text/plain",
}


def _document_type(value: str | None) -> str:
    found = by_keywords(value, _DOCUMENT_TYPES)
    return found if found in ("CV", "COVER_LETTER") else "OTHER"


def attachments(
    item: dict[str, Any], ctx: MapContext, *, candidate: str | None, application: str | None = None
) -> Iterator[Rec]:
    """A CREmployee's or a CRMatch's files (``attachments``: label, filePath, type node); a match's
    carry its ``application_id`` (and its candidate's id), a candidate's none: that is how the two
    streams tell their rows apart (``Stream.scope``). Carerix stores no media type or size (A): the
    type is the file name's guess until the downloaded bytes say."""
    for att in many(item, "attachments"):
        if not att.get("id"):
            continue
        aid = str(att["id"])
        name = text(att, "filePath") or text(att, "label") or f"attachment-{aid}"
        ext = name.rsplit(".", 1)[-1].lower() if "." in name else ""
        yield Rec(
            "attachments",
            aid,
            {
                "remote_id": aid,
                "candidate_id": ctx.id("candidates", candidate),
                "application_id": ctx.id("applications", application),
                "name": name,
                "type": _document_type(node_value(att, "toTypeNode")),
                "content_type": _MEDIA.get(ext),
                "size": None,
                "data_url": f"/CRAttachment/{aid}?show=content",
                "remote_created_at": None,
                "remote_updated_at": None,
                "remote_data": {"/CRAttachment": _raw(att)},
            },
        )


# --- stages ---------------------------------------------------------------------------------------


def _order(item: dict[str, Any]) -> tuple[float, float, int]:
    ident = str(item.get("id") or "")
    return (
        number(item.get("sortOrder")) or 0.0,
        number(item.get("statusValue")) or 0.0,
        int(ident) if ident.isdigit() else 0,
    )


def rank_stages(body: Any) -> list[dict[str, Any]]:
    """The status list with ``__rank``: 0-based position by (sortOrder, statusValue, id) — the order
    Carerix shows match statuses in (V attributes, A rule). ``body`` holds the whole list (the connector
    reads every page of it before ranking: a rank per page would restart at 0)."""
    items = [i for i in (body or {}).get("items", []) if isinstance(i, dict)]
    for index, item in enumerate(sorted(items, key=_order)):
        item["__rank"] = index
    return items


def map_stage(item: dict[str, Any], ctx: MapContext) -> Iterator[Rec]:
    """CRStatusInfo: ``name`` is the label shown (``displayName``, else ``statusName``)."""
    yield Rec(
        "application_stages",
        str(item["id"]),
        {
            "remote_id": str(item["id"]),
            "name": text(item, "displayName") or text(item, "statusName"),
            "global_index": item.get("__rank"),
            "remote_data": {"/CRStatusInfo": _raw(item)},
        },
    )


# --- applications ---------------------------------------------------------------------------------


def outcome(status: dict[str, Any]) -> str:
    """No status or not final → PENDING; final and successfully filled → HIRED; other final →
    DECLINED (Kombo's Carerix rule, S; the flags are V)."""
    if not status or not flag(status.get("isFinal")):
        return "PENDING"
    return "HIRED" if flag(status.get("isSuccessfullyFilled")) else "DECLINED"


def match_updated(item: dict[str, Any]) -> str | None:
    """The newer of ``modificationDate`` and ``statusInfoModificationDate`` (a status change may not
    move the former, VENDOR.md "Deltas")."""
    marks = [
        m
        for m in (cx_time(item.get("modificationDate")), cx_time(item.get("statusInfoModificationDate")))
        if m
    ]
    return max(marks) if marks else None


def map_application(item: dict[str, Any], ctx: MapContext) -> Iterator[Rec]:
    """CRMatch: a candidate (``toEmployee``) matched to a vacancy (``toVacancy``), at ``statusInfo``."""
    status = rel(item, "statusInfo")
    result = outcome(status)
    yield Rec(
        "applications",
        str(item["id"]),
        {
            "remote_id": str(item["id"]),
            "outcome": result,
            "rejected_at": cx_time(item.get("statusInfoModificationDate")) if result == "DECLINED" else None,
            "current_stage_id": ctx.id("application_stages", rid(item, "statusInfo")),
            "job_id": ctx.id("jobs", rid(item, "toVacancy")),
            "candidate_id": ctx.id("candidates", rid(item, "toEmployee")),
            "remote_created_at": cx_time(item.get("creationDate")),
            "remote_updated_at": match_updated(item),
            "remote_data": {"/CRMatch": _raw(item)},
        },
    )
    yield from attachments(item, ctx, candidate=rid(item, "toEmployee"), application=str(item["id"]))


# --- list pages -----------------------------------------------------------------------------------


def items_with_mark(*fields: str) -> Any:
    """A ``Stream.records`` reader that adds ``__mark`` (ISO UTC) = the newest of ``fields``, the
    delta's high-water mark (the reader wants ISO; Carerix writes ``… +0200``)."""

    def records(body: Any) -> list[dict[str, Any]]:
        items = [i for i in (body or {}).get("items", []) if isinstance(i, dict)]
        for item in items:
            marks = []
            for name in fields:
                try:
                    marks.append(cx_time(item.get(name)))
                except ValueError:  # an unreadable date: the mapping skips and reports the record
                    continue
            found = [m for m in marks if m]
            item["__mark"] = max(found) if found else None
        return items

    return records
