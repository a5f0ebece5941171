"""What a connector declares: its settings, auth, limits, streams and guides.

A connector is mostly this declaration, in the spirit of dlt's ``rest_api`` resources: per stream an
endpoint, its paging, its delta filter and per-record sub-requests, plus a mapping function from the
vendor's objects to unified records. ``reader.read_stream`` runs any such declaration.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from connectors.http import NoPaging, Paginator, VendorClient
from connectors.unified.ids import stable_id


@dataclass(frozen=True)
class SettingField:
    """One thing a user types when connecting an account. ``secret`` ones go to the OS keyring only."""

    name: str
    label: str
    secret: bool = False
    required: bool = True
    default: str | None = None
    help: str = ""
    kind: str = "text"  # text | url | password


@dataclass(frozen=True)
class Guide:
    """In-app help for connecting this vendor (the brief's connection guide, prerequisites and
    create-credentials pages), written by us from the vendor's docs."""

    connection: str
    prerequisites: tuple[str, ...] = ()
    create_credentials: tuple[str, ...] = ()


@dataclass(frozen=True)
class Rec:
    """One unified record a mapping produces. ``key`` is the vendor's id (or, for join models without
    one, a key built from the two sides); the engine derives our ``id`` from it."""

    model: str
    key: str
    fields: dict[str, Any]
    #: For records derived from several vendor objects (CareerPlug's candidates come from every app):
    #: fields compared as a tuple, and a stored record with larger values is kept rather than
    #: overwritten by an older object's view read later in the same sync.
    newer_wins: tuple[str, ...] = ()


class MapContext:
    """What a mapping function may ask: our ids for vendor keys."""

    def __init__(self, account_id: str) -> None:
        self.account_id = account_id

    def id(self, model: str, key: object) -> str | None:
        """Our id for the vendor's ``key`` of ``model``; ``None`` stays ``None``."""
        if key is None or key == "":
            return None
        return stable_id(self.account_id, model, str(key))


Mapper = Callable[[dict[str, Any], MapContext], Iterable[Rec]]


@dataclass(frozen=True)
class SubRequest:
    """A request made for each item of a list page, its answer attached to the item under
    ``item["_sub"][key]`` (keyed further by ``each_key`` when ``for_each`` fans out).

    ``path`` is formatted with the item's variables (``vars``) and those ``for_each`` yields.
    ``when`` skips the call (e.g. offers only for applications that reached OFFERED).
    """

    key: str
    path: str
    vars: Callable[[dict[str, Any]], Mapping[str, Any]] = lambda item: {"id": item["id"]}
    for_each: Callable[[dict[str, Any]], Iterable[Mapping[str, Any]]] | None = None
    each_key: str | None = None
    params: Callable[[dict[str, Any], Mapping[str, Any]], Mapping[str, Any]] | None = None
    when: Callable[[dict[str, Any], Mapping[str, Any]], bool] | None = None
    #: HTTP statuses meaning "nothing here" rather than a failure (the value becomes None).
    missing_ok: tuple[int, ...] = (404,)
    group: str | None = None
    #: The unified model this call alone serves when it is not the stream's first (eRecruiter reads
    #: applicants per application): the connection doctor reports its probe under that model's name.
    fills: str | None = None
    #: What this call's answer depends on in the list item (its own parent's stamp, e.g. the status of
    #: the application a status history belongs to). When it equals its value at the last read, the
    #: answer of that read is used again without a request (progressive streams keep the answers).
    #: ``None``: asked again whenever the item is enriched again.
    reuse: Callable[[dict[str, Any], Mapping[str, Any]], Any] | None = None
    #: A bulk source's answer for this call (e.g. one report read for every item), bound at run time
    #: by a connector's discovery; ``None`` from it: not there, the request is made as declared.
    lookup: Callable[[dict[str, Any], Mapping[str, Any]], Awaitable[Any]] | None = None


@dataclass(frozen=True)
class Incremental:
    """A vendor delta filter: ask for items changed after the last run's high-water mark."""

    param: str
    cursor_field: str
    #: Formats our stored ISO timestamp the way the vendor wants it in the query.
    format: Callable[[str], str] = lambda ts: ts
    #: Seconds subtracted from the mark, so clock skew and same-instant updates are not missed.
    overlap_seconds: int = 1


#: The rows of a model that one stream fills when another stream fills the same model, as (model,
#: column, set): the rows whose ``column`` is set (True) or empty (False). A stream's sweeps (its
#: ``owns`` and a full read's) then touch only its own rows. Why a column and not a record of which
#: stream wrote each row: every shared model so far tells its fillers apart by a parent it has or has
#: not (Carerix files: a candidate's have no ``application_id``, an application's have one), so the rule
#: needs no new state and holds for rows stored before it; a mapping must keep the two sets apart.
Scope = tuple[tuple[str, str, bool], ...]


def in_scope(scope: Scope, rec: Rec) -> bool:
    """Whether ``rec`` is one of the rows ``scope`` gives its stream (any row of an unscoped model)."""
    return all(
        (rec.fields.get(column) is not None) == is_set
        for model, column, is_set in scope
        if model == rec.model
    )


@dataclass(frozen=True)
class Stream:
    """A list endpoint read page by page and mapped to unified records."""

    name: str
    path: str
    map: Mapper
    #: Models whose records this stream alone produces (a full sweep marks the unseen ones deleted); a
    #: model two streams produce is split between them by ``scope``.
    produces: tuple[str, ...]
    paginator: Paginator = field(default_factory=NoPaging)
    #: Extracts the list from a page body; default: the body is the list.
    records: Callable[[Any], list[Any]] | None = None
    params: Mapping[str, Any] = field(default_factory=dict)
    incremental: Incremental | None = None
    enrich: tuple[SubRequest, ...] = ()
    group: str | None = None
    #: Children always read together with their parent, as (child model, its parent column, parent
    #: model): when a parent is read again, its children missing from that read are gone at the vendor.
    owns: tuple[tuple[str, str, str], ...] = ()
    #: For a model two streams fill (see ``Scope``): which of its rows are this stream's.
    scope: Scope = ()
    #: For APIs that read with POST (JSON-RPC): the method, and the body built from the parameters
    #: (the stream's, the delta filter's and the page state), which then stay out of the query.
    method: str = "GET"
    body: Callable[[dict[str, Any]], Any] | None = None
    #: Hand a page to the engine this many items at a time, for pages whose items each fan out into
    #: many sub-requests (see ``reader.read_stream``); ``None``: the page at once.
    slice: int | None = None
    #: For vendors without a delta filter: models whose stored raw objects (``remote_data`` by
    #: ``remote_id``, deleted ones left out) the engine hands ``remember`` before each read, so the
    #: stream can skip sub-requests for what has not changed and re-emit it from what it stored.
    recall: tuple[str, ...] = ()
    remember: Callable[[Mapping[str, Mapping[str, Any]]], None] | None = None
    #: Bookkeeping a stream keeps between syncs (where a rolling re-check stands, when it last re-read
    #: everything). ``load_memo`` is handed, before ``remember``, what the last complete read left
    #: (``{}`` the first time) and whether the user asked for a full read (``sync --full``);
    #: ``save_memo`` says what this read leaves, stored in the cache with the read's last page.
    load_memo: Callable[[Mapping[str, Any], bool], None] | None = None
    save_memo: Callable[[], dict[str, Any]] | None = None
    #: Items read after the list's last page (e.g. known ids the list no longer shows), enriched and
    #: mapped like a page's items; called once the pages are read.
    more: Callable[[], list[Any]] | None = None
    #: Progressive sync (phase 1 lists, phase 2 enriches): the list items are stored bare first (``map``
    #: must then cope with an item without ``_sub``) and their sub-requests run later, newest first,
    #: each item only when its ``stamp`` changed since it was last enriched. Off: sub-requests run with
    #: their page, as before.
    progressive: bool = False
    #: A list item's identity within the stream (default its ``id``).
    item_key: Callable[[dict[str, Any]], str] = lambda item: str(item["id"])
    #: What tells that a list item changed since it was enriched; default: a hash of the whole item
    #: (its update stamp included), so a changed status in a list summary re-enriches too.
    stamp: Callable[[dict[str, Any]], str] | None = None
    #: The item field that orders enrichment, newest first (default: the delta filter's cursor field).
    newest_field: str | None = None


@dataclass(frozen=True)
class StaticStream:
    """Records a vendor fixes in its product rather than serving (e.g. SmartRecruiters' statuses)."""

    name: str
    build: Callable[[MapContext], Iterable[Rec]]
    produces: tuple[str, ...]
    owns: tuple[tuple[str, str, str], ...] = ()
    scope: Scope = ()


AnyStream = Stream | StaticStream


@dataclass(frozen=True)
class Routes:
    """The streams bound to what one tenant actually offers, and which route served each.

    A connector whose vendor facts are not all published (a method name, a path that differs between
    tenants) finds them at run time: ``Connector.discover`` reads the tenant's self-description or tries
    known alternatives and returns the streams to run. ``notes`` says, per stream or capability, which
    route worked ("jobs: Api/PublishedJobs"), so a sync report and the connection doctor can say it.
    """

    streams: tuple[AnyStream, ...]
    notes: Mapping[str, str] = field(default_factory=dict)
    #: Declared actions this tenant turned out not to offer, with why (its self-description lists no
    #: method for them): the connection doctor reports them ``not_found`` without sending anything.
    missing_actions: Mapping[str, str] = field(default_factory=dict)
    #: Declared actions the app cannot do over the route this account is bound to (Carerix writes need
    #: its XML API), with why: reported ``unsupported``.
    unsupported_actions: Mapping[str, str] = field(default_factory=dict)


#: Finds the routes a tenant offers (see ``Routes``); raises a ``ConnectorError`` that names what to check.
Discover = Callable[[VendorClient, Mapping[str, str]], Awaitable[Routes]]
