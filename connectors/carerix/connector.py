"""Carerix (classic REST API, XML), declared: settings, auth, limits, streams, guides and writes.

Facts in VENDOR.md; the mapping rules in ``mapping.py``; the writes in ``actions.py``. Every stream
names the attributes it reads with ``show`` (the documented way; the default depth is not), filters
``deleted = 0`` and asks for changes with a ``modificationDate`` qualifier.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from connectors.base import Connector, Guide, Incremental, SettingField, Stream
from connectors.carerix import actions
from connectors.carerix import mapping as m
from connectors.carerix.xmlcodec import decode, error_text
from connectors.http import Auth, BasicAuth, Limits, NoPaging
from connectors.http.paging import PageState

BASE_URL = "https://api.carerix.com"
PAGE_SIZE = 100
#: Deltas look back this far: second-precision dates and clock skew (VENDOR.md "Deltas", A).
OVERLAP_SECONDS = 300


@dataclass(frozen=True)
class StartCountPaging:
    """``start``/``count`` offset paging (VENDOR.md "Reading"). ``<array count>`` is the total; read on
    until ``start`` reaches it. Without a total, stop on an empty or short page."""

    size: int = PAGE_SIZE

    def first(self) -> PageState:
        return {"start": 0, "count": self.size}

    def next(self, state: PageState, body: Any, items: list[Any]) -> PageState | None:
        start = int(state.get("start", 0)) + len(items)
        total = body.get("count") if isinstance(body, dict) else None
        if not items:
            return None
        if isinstance(total, int):
            if start >= total:
                return None
        elif len(items) < int(state.get("count", self.size)):
            return None
        return {**state, "start": start}


def calendar_date(ts: str) -> str:
    """Our ISO UTC mark as a qualifier date literal (VENDOR.md "Qualifiers", S)."""
    stamp = datetime.fromisoformat(ts.replace("Z", "+00:00"))
    return f"(NSCalendarDate)'{stamp.strftime('%Y-%m-%d %H:%M:%S')} Etc/GMT'"


def changed_since(base: str, *fields: str) -> Incremental:
    """The delta: the stream's own filter and any of ``fields`` newer than the mark."""

    def qualifier(ts: str) -> str:
        newer = " or ".join(f"{name} > {calendar_date(ts)}" for name in fields)
        return f"{base} and ({newer})"

    return Incremental("qualifier", "__mark", qualifier, overlap_seconds=OVERLAP_SECONDS)


def _auth(settings: Mapping[str, str]) -> Auth:
    # HTTP Basic: application name + API token (VENDOR.md "Hosts and auth", V).
    return BasicAuth(str(settings["application_name"]).strip(), str(settings["api_token"]).strip())


def _validate(settings: Mapping[str, str]) -> list[str]:
    name = str(settings.get("application_name") or "").strip()
    if name and ("://" in name or "/" in name or " " in name):
        return [
            "'application_name' is only the name of your Carerix application (the first part of your "
            f"Carerix address, e.g. 'mybureau' for mybureau.carerix.net), not a web address (got {name!r})."
        ]
    return []


PAGES = StartCountPaging()

USER_SHOW = (
    "userID",
    "firstName",
    "lastNamePrefix",
    "lastName",
    "emailAddress",
    "userName",
    "isActive",
    "isLoginBlocked",
    "deleted",
    "creationDate",
    "modificationDate",
    "toUserRole.name",
)
JOB_SHOW = (
    "vacancyID",
    "vacancyNo",
    "jobTitle",
    "introInformation",
    "vacancyInformation",
    "requirements",
    "offerInformation",
    "companyInformation",
    "isConfidential",
    "isHidden",
    "isTemplate",
    "deleted",
    "hoursPerWeek",
    "minSalary",
    "maxSalary",
    "isSalaryPublic",
    "workCity",
    "workPostalCode",
    "workStreet",
    "workNumber",
    "workNumberSuffix",
    "workLocation",
    "activePublicationsCount",
    "creationDate",
    "modificationDate",
    "toStatusNode.value",
    "toContractTypeNode.value",
    "toCategoryNode.value",
    "toExperienceLevelNode.value",
    "toWorkplaceTypeNode.value",
    "toSalaryCurrencyNode.value",
    "toSalaryCurrencyNode.exportCode",
    "toSalaryPeriodNode.value",
    "toWorkCountryNode.value",
    "toWorkCountryNode.exportCode",
    "toFunctionLevel1.value",
    "owner.userID",
    "toCompany.name",
)
CANDIDATE_SHOW = (
    "employeeID",
    "firstName",
    "lastNamePrefix",
    "lastName",
    "emailAddress",
    "emailAddressBusiness",
    "phoneNumber",
    "mobileNumber",
    "phoneNumberBusiness",
    "mobileNumberBusiness",
    "city",
    "homeStreet",
    "homeNumber",
    "homeNumberSuffix",
    "homePostalCode",
    "isConfidential",
    "sourceInfo",
    "availableDate",
    "minSalary",
    "deleted",
    "creationDate",
    "modificationDate",
    "toCountryNode.value",
    "toCountryNode.exportCode",
    "toSourceNode.value",
    "toUser.jobTitle",
    "toUser.url",
    "toUser.urls.url",
    "toUser.urls.toUrlLabel.value",
    "attachments.label",
    "attachments.filePath",
    "attachments.toTypeNode.value",
)
STAGE_SHOW = (
    "statusInfoID",
    "statusName",
    "displayName",
    "statusValue",
    "sortOrder",
    "isFinal",
    "isSuccessfullyFilled",
    "isDefault",
    "notActive",
    "creationDate",
    "modificationDate",
)
MATCH_SHOW = (
    "matchID",
    "deleted",
    "isConfidential",
    "notes",
    "sourceInfo",
    "creationDate",
    "modificationDate",
    "statusInfoModificationDate",
    "toEmployee.employeeID",
    "toVacancy.vacancyID",
    "statusInfo.displayName",
    "statusInfo.isFinal",
    "statusInfo.isSuccessfullyFilled",
    "toSourceNode.value",
    "additionalInfo",
    "attachments.label",
    "attachments.filePath",
    "attachments.toTypeNode.value",
)

# Filters every list read uses (VENDOR.md "Deltas and deletes", A: deleted rows stay out).
USER_FILTER = "toUserRole != nil and deleted = 0"
JOB_FILTER = "deleted = 0 and isTemplate = 0"
LIVE = "deleted = 0"


def _list(
    name: str, path: str, mapper: Any, produces: str, show: tuple[str, ...], base: str, *delta: str
) -> Stream:
    return Stream(
        name=name,
        path=path,
        map=mapper,
        produces=(produces,),
        paginator=PAGES,
        records=m.items_with_mark(*delta),
        params={"qualifier": base, "show": list(show)},
        incremental=changed_since(base, *delta),
    )


USERS = _list("users", "/CRUser", m.map_user, "users", USER_SHOW, USER_FILTER, "modificationDate")
JOBS = _list("jobs", "/CRVacancy", m.map_job, "jobs", JOB_SHOW, JOB_FILTER, "modificationDate")
CANDIDATES = _list(
    "candidates", "/CREmployee", m.map_candidate, "candidates", CANDIDATE_SHOW, LIVE, "modificationDate"
)
# Match statuses: a short list, read whole every time (no delta: what is gone is noticed).
STAGES = Stream(
    name="stages",
    path="/CRStatusInfo",
    map=m.map_stage,
    produces=("application_stages",),
    paginator=NoPaging(),
    records=m.rank_stages,
    params={"start": 0, "count": 1000, "show": list(STAGE_SHOW)},
)
MATCHES = _list(
    "matches",
    "/CRMatch",
    m.map_application,
    "applications",
    MATCH_SHOW,
    LIVE,
    "modificationDate",
    "statusInfoModificationDate",
)

CONNECTOR = Connector(
    vendor="carerix",
    display_name="Carerix",
    default_base_url=BASE_URL,
    market="nl",
    settings=(
        SettingField(
            "base_url",
            "API address",
            default=BASE_URL,
            kind="url",
            required=False,
            help="Leave as is: every Carerix customer uses api.carerix.com.",
        ),
        SettingField(
            "application_name",
            "Application name (API user name)",
            help="The first part of your Carerix address: 'mybureau' for mybureau.carerix.net.",
        ),
        SettingField(
            "api_token",
            "API token",
            secret=True,
            kind="password",
            help="The token Carerix support sent you for the REST (XML) API.",
        ),
    ),
    make_auth=_auth,
    # Nothing public on limits (VENDOR.md "Limits", A): modest and steady.
    limits=Limits(requests_per_second=8.0, concurrency=4),
    streams=(USERS, JOBS, CANDIDATES, STAGES, MATCHES),
    check_path="/CRStatusInfo?count=1&show=statusInfoID",
    actions=actions.declare(CANDIDATES, MATCHES),
    error_text=error_text,
    validate=_validate,
    decode=decode,
    accept="application/xml",
    guide=Guide(
        connection=(
            "The app reads and writes Carerix through its REST API (the XML API at api.carerix.com), signing "
            "in with your Carerix application name and an API token that Carerix support issues. It reads "
            "users, vacancies, candidates, match statuses and matches (a candidate on a vacancy), and can "
            "create candidates and matches, add files, move a match to another status, add notes and result "
            "links. Candidates it creates get the source you choose from your Carerix source list; with "
            "'only applications created here' switched on, the app keeps just the matches it created. "
            "In Carerix, notes and result links the app writes appear on the match (its notes and its "
            "additional information); files on the match or, where the match cannot take them, on the "
            "candidate."
        ),
        prerequisites=(
            "A Carerix subscription with API access; Carerix asks you to accept its API terms of use.",
            "Someone who may ask Carerix support for an API token for your Carerix application.",
            "Your application name: the first part of the address you use for Carerix "
            "(mybureau.carerix.net → mybureau).",
            "If your Carerix restricts the XML interface to certain IP addresses: this computer's public "
            "IP address on that list.",
            "Your candidate source list ('Bron-Kandidaat') filled with the sources you want the app to set; "
            "the app picks existing entries and writes any other name as free text.",
            "Optional, for result links: an admin adds match extra fields (the table 'Attribute Match') "
            "labelled with your prefix and the link's label, e.g. 'Recruiter Companion: Result'.",
        ),
        create_credentials=(
            "E-mail Carerix support and ask them to activate the REST API for your Carerix application and "
            "to issue an API token. Say it is for an integration that reads vacancies, candidates and "
            "matches and writes candidates, matches, files and notes.",
            "Carerix sends the token. Your API user name is your application name. Keep the token secret: "
            "it opens your whole Carerix database.",
            "If your organisation uses the IP allow-list: in Carerix open Maintenance → Settings, the block "
            "'XML interface', field 'Allow IP', add this computer's public IP address and save. An empty "
            "field allows every address: then leave it empty.",
            "Enter the application name and the token here; leave the API address as it is.",
        ),
    ),
)
