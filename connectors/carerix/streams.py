"""Carerix's streams: what each list reads (its ``show`` key-paths, filter and delta), how it pages
(``start``/``count``), and the same streams over GraphQL.

Both routes read the same key-paths and hand the mapping (``mapping.py``) the same shapes; which one an
account uses is decided in ``routes.py``. Facts in VENDOR.md.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from connectors.base import Incremental, Stream
from connectors.carerix import graphql as gql
from connectors.carerix import mapping as m
from connectors.http.paging import PageState

#: What we ask per page; the vendor may serve fewer (VENDOR.md "Reading": 100 is the largest, S).
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
        # ``start`` moves by what came, not by what we asked: a vendor maximum below our ``count`` only
        # means more pages. Without a total a short page proves nothing (it may be that maximum), so
        # only an empty page ends the list.
        start = int(state.get("start", 0)) + len(items)
        total = body.get("count") if isinstance(body, dict) else None
        if not items:
            return None
        if isinstance(total, int) and start >= total:
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
        return f"{base} and ({newer})" if base else newer

    return Incremental("qualifier", "__mark", qualifier, overlap_seconds=OVERLAP_SECONDS)



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

# Filters every list read uses (VENDOR.md "Deltas and deletes", A: deleted rows stay out). CRMatch has
# no ``deleted`` attribute (V: the vendor's generated model), so matches are filtered on nothing but
# the delta; a match whose candidate or vacancy is deleted still is a match.
USER_FILTER = "toUserRole != nil and deleted = 0"
JOB_FILTER = "deleted = 0 and isTemplate = 0"
LIVE = "deleted = 0"


def _list(
    name: str, path: str, mapper: Any, produces: str, show: tuple[str, ...], base: str, *delta: str
) -> Stream:
    params: dict[str, Any] = {"show": list(show)}
    if base:
        params["qualifier"] = base
    return Stream(
        name=name,
        path=path,
        map=mapper,
        produces=(produces,),
        paginator=PAGES,
        records=m.items_with_mark(*delta),
        params=params,
        incremental=changed_since(base, *delta) if delta else None,
    )


USERS = _list("users", "/CRUser", m.map_user, "users", USER_SHOW, USER_FILTER, "modificationDate")
JOBS = _list("jobs", "/CRVacancy", m.map_job, "jobs", JOB_SHOW, JOB_FILTER, "modificationDate")
CANDIDATES = replace(
    _list(
        "candidates", "/CREmployee", m.map_candidate, "candidates", CANDIDATE_SHOW, LIVE, "modificationDate"
    ),
    # A candidate's files come with it (``attachments.*`` in its show list, VENDOR.md "Attachments"); an
    # application's files come with the match stream: each stream sweeps only its own (``scope``).
    produces=("candidates", "attachments"),
    owns=(("attachments", "candidate_id", "candidates"),),
    scope=(("attachments", "application_id", False),),
)
# Match statuses: a short list, read whole every time (no delta: what is gone is noticed). Paged like
# every list (the vendor's largest page is not published); ``discover`` reads all pages first, so the
# statuses are ranked as one list (``global_index``).
STAGES = replace(
    _list("stages", "/CRStatusInfo", m.map_stage, "application_stages", STAGE_SHOW, ""),
    records=m.rank_stages,
)
MATCHES = replace(
    _list(
        "matches",
        "/CRMatch",
        m.map_application,
        "applications",
        MATCH_SHOW,
        "",
        "modificationDate",
        "statusInfoModificationDate",
    ),
    # A match's own files (``CRMatch.attachments``, VENDOR.md "Attachments"): the unified attachments
    # with an ``application_id``, swept by this stream alone.
    produces=("applications", "attachments"),
    owns=(("attachments", "application_id", "applications"),),
    scope=(("attachments", "application_id", True),),
)
XML_STREAMS: tuple[Stream, ...] = (USERS, JOBS, CANDIDATES, STAGES, MATCHES)


def _on_graphql(stream: Stream, pageable_type: str) -> Stream:
    """The same stream over GraphQL: the same key-paths, filter and delta, as a ``cr…Page`` query."""
    entity = stream.path.strip("/")
    show = tuple(stream.params.get("show") or ())
    params = {k: v for k, v in stream.params.items() if k != "show"}
    return replace(
        stream,
        path=gql.PATH,
        method="POST",
        body=gql.request_body(gql.page_query(entity, show, pageable_type)),
        paginator=gql.PageablePaging(),
        params=params,
    )


#: The GraphQL streams per name of the paging input type: ``Pageable`` (S) first, then ``SimplePageable``
#: (the name docs.carerix.io shows on nested lists, V); ``discover`` keeps the one the tenant knows.
GRAPHQL_STREAMS: dict[str, tuple[Stream, ...]] = {
    kind: tuple(_on_graphql(s, kind) for s in XML_STREAMS) for kind in gql.PAGEABLE_TYPES
}
#: The most pages the status list may take (100 000 statuses): a vendor that never ends is an error.
MAX_STAGE_PAGES = 1000

