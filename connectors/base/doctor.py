"""The connection doctor: what one real account can do, probed with cheap reads and no writes.

For every stream the tenant's discovery binds, the doctor reads the first page (small, through the
stream's own paging), maps it, and makes each sub-request once; for every write action it checks the
streams that fill the models the action's input points at. Each capability ends as one of:

- ``ok``;
- ``forbidden``: the credentials lack a scope or role (the vendor's words name it);
- ``not_found``: the tenant does not know the path or method (an older API, a module not booked);
- ``unsupported``: the vendor offers no such action at all (the unified action catalogue, ``SCHEMAS``);
- ``error``: anything else, with the vendor's answer and what to check.

A stream capability is named after the unified model it fills first (``stream.produces[0]``: ``jobs``,
``candidates`` …), an action after the action (``create-candidate``). Nothing here writes, and nothing
here knows Qt or the desktop: the CLI (``accounts test``, ``accounts diagnose``) and the account dialog
both run ``run_doctor``.
"""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from connectors.base.actions import SCHEMAS, ActionSchema, ActionSpec, existing_only
from connectors.base.connector import Connector
from connectors.base.declarations import (
    AnyStream,
    MapContext,
    Routes,
    StaticStream,
    Stream,
    SubRequest,
)
from connectors.http import (
    AuthError,
    BadResponse,
    ConnectorError,
    NotFound,
    PermissionDenied,
    RetryPolicy,
    Unreachable,
    VendorClient,
)
from connectors.http.paging import Paginator
from connectors.http.redact import redact

Status = Literal["ok", "forbidden", "not_found", "unsupported", "error"]
Kind = Literal["stream", "action"]

#: Worse statuses win within a capability.
_RANK: dict[str, int] = {"ok": 0, "unsupported": 1, "not_found": 2, "forbidden": 3, "error": 4}

#: Items asked for on the probe's one page, where the stream's paginator takes a size.
PROBE_PAGE_SIZE = 20

#: The doctor gives up on a failing route sooner than a sync: it only needs to know whether it works.
PROBE_RETRY = RetryPolicy(attempts=3, base_delay=0.3, max_delay=3.0, connect_attempts=2)

#: What to do when the vendor refuses the credentials.
CREDENTIALS_ADVICE = "Check the credentials (or create new ones) and edit the account."


@dataclass
class Capability:
    """One thing the account can or cannot do, as the report shows it."""

    name: str
    kind: Kind
    status: Status
    detail: str

    def as_dict(self) -> dict[str, str]:
        return {"name": self.name, "kind": self.kind, "status": self.status, "detail": self.detail}


@dataclass
class Report:
    """The doctor's findings for one account: the credentials check, then one entry per capability."""

    account: str
    vendor: str
    capabilities: list[Capability] = field(default_factory=list)
    #: The plain credentials check (``Connector.check_connection``): passed, and its one line.
    credentials_ok: bool = False
    credentials: str = ""
    #: Why the credentials check failed, when it did (the CLI's exit code follows it).
    credentials_error: ConnectorError | None = None

    @property
    def ok(self) -> bool:
        """Everything the vendor offers works (``unsupported`` is the vendor's choice, not a fault)."""
        return self.credentials_ok and all(c.status in ("ok", "unsupported") for c in self.capabilities)

    def as_dict(self, *, offered_only: bool = False) -> dict[str, Any]:
        """``{"account", "capabilities": [{"name", "kind", "status", "detail"}]}`` (``test --json``).
        ``offered_only`` leaves out the actions the vendor offers no way to do (``unsupported``)."""
        caps = [c for c in self.capabilities if not (offered_only and c.status == "unsupported")]
        return {"account": self.account, "capabilities": [c.as_dict() for c in caps]}

    def capability(self, name: str) -> Capability | None:
        return next((c for c in self.capabilities if c.name == name), None)

    def counts(self) -> dict[str, int]:
        found: dict[str, int] = {}
        for cap in self.capabilities:
            found[cap.status] = found.get(cap.status, 0) + 1
        return found


def _worst(statuses: Sequence[Status]) -> Status:
    return max(statuses, key=lambda s: _RANK[s], default="ok")


def classify(exc: BaseException, vendor: str) -> tuple[Status, str]:
    """A probe's failure as a capability status and a detail a user can act on."""
    if isinstance(exc, NotFound):
        return "not_found", f"not offered by this {vendor} account: {exc}"
    if isinstance(exc, PermissionDenied):
        return "forbidden", f"missing scope or role: {exc}"
    if isinstance(exc, AuthError):
        return "error", f"credentials refused: {exc} {CREDENTIALS_ADVICE}"
    if isinstance(exc, BadResponse):
        return "error", (
            f"{exc} If it keeps happening, check the API address; if it is right, send us the "
            "'accounts diagnose' report."
        )
    if isinstance(exc, ConnectorError):
        return "error", str(exc)
    return "error", redact(
        f"{vendor} answered something we cannot read ({type(exc).__name__}: {exc}). Check the API "
        "address; if it is right, send us the 'accounts diagnose' report."
    )


def stream_capability(stream: AnyStream) -> str:
    """The capability a stream is reported as: the first unified model it fills."""
    return stream.produces[0] if stream.produces else stream.name


def _small(paginator: Paginator) -> Paginator:
    """The same paging with a small page where the paginator takes a size (dataclass ``size``/``limit``)."""
    if not dataclasses.is_dataclass(paginator) or isinstance(paginator, type):
        return paginator
    names = {f.name for f in dataclasses.fields(paginator)}
    for name in ("limit", "size"):
        current = getattr(paginator, name, None)
        if name in names and isinstance(current, int) and current > PROBE_PAGE_SIZE:
            return dataclasses.replace(paginator, **{name: PROBE_PAGE_SIZE})  # type: ignore[misc]
    return paginator


# --- streams -------------------------------------------------------------------------------------


@dataclass
class _Finding:
    status: Status
    detail: str
    #: Findings of sub-requests that serve a model of their own (``SubRequest.fills``), by that model.
    filled: dict[str, list[tuple[Status, str]]] = field(default_factory=dict)


async def _probe_sub(
    client: VendorClient, sub: SubRequest, items: list[Any]
) -> tuple[Status, str] | None:
    """One call of ``sub`` on the first item of the page it applies to; ``None`` when none needs it."""
    for item in items:
        if not isinstance(item, dict):
            continue
        base = dict(sub.vars(item))
        if sub.for_each is None:
            fan = [base] if sub.when is None or sub.when(item, base) else []
        else:
            fan = [{**base, **extra} for extra in sub.for_each(item)]
            fan = [v for v in fan if sub.when is None or sub.when(item, v)]
        if not fan:
            continue
        variables = fan[0]
        params = sub.params(item, variables) if sub.params else None
        attached: dict[str, Any] = item.setdefault("_sub", {})
        try:
            answer = await client.get_json(sub.path.format(**variables), params=params, group=sub.group)
        except ConnectorError as exc:
            if exc.status in sub.missing_ok:
                answer = None
            else:
                status, detail = classify(exc, client.vendor)
                return status, f"{sub.path}: {detail}"
        # Later sub-requests may read this one's answer (SmartRecruiters' interviews need the
        # application's id), as during a sync.
        if sub.for_each is None:
            attached[sub.key] = answer
        else:
            attached[sub.key] = {str(variables[sub.each_key or "id"]): answer}
        return "ok", sub.path
    return None


def _route(stream: Stream) -> str:
    """``GET /jobs``, or for a JSON-RPC read the method it calls (``POST /api/json-rpc Jobs.list``)."""
    text = f"{stream.method} {stream.path}"
    if stream.body is not None:
        try:
            body = stream.body(dict(stream.params))
        except Exception:  # a body builder needing page state: the path alone then
            body = None
        if isinstance(body, dict) and isinstance(body.get("method"), str):
            text += f" {body['method']}"
    return text


async def probe_stream(stream: AnyStream, client: VendorClient, ctx: MapContext) -> _Finding:
    """The first page of ``stream``, its mapping and each sub-request once."""
    if isinstance(stream, StaticStream):
        # Built, not read: no request. A connector whose discovery found no route for a stream binds it
        # as a static stream that raises why (RECRU), and that must show here as it would in a sync.
        try:
            list(stream.build(ctx))
        except Exception as exc:
            status, detail = classify(exc, client.vendor)
            return _Finding(status, detail)
        return _Finding("ok", "fixed by the vendor; nothing to read")
    items: list[Any] = []
    try:
        async for page, _next in client.pages(
            stream.path,
            paginator=_small(stream.paginator),
            params=dict(stream.params),
            records=stream.records,
            group=stream.group,
            method=stream.method,
            body=stream.body,
        ):
            items = page
            break  # the first page proves the route; the rest is the sync's job
    except Exception as exc:  # garbage in the list (a records extractor tripping) is reported, not raised
        status, detail = classify(exc, client.vendor)
        return _Finding(status, f"{_route(stream)}: {detail}")
    notes = [f"{_route(stream)}: {len(items)} on the first page"]
    statuses: list[Status] = ["ok"]
    unreadable = []
    for item in items:
        try:
            list(stream.map(item, ctx))
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            unreadable.append(f"{type(exc).__name__}: {exc}")
    if unreadable:
        statuses.append("error")
        notes.append(
            f"{len(unreadable)} of {len(items)} records unreadable ({unreadable[0]}); {client.vendor}'s "
            "answer differs from what we read: send us the 'accounts diagnose' report"
        )
    probed, skipped = 0, []
    filled: dict[str, list[tuple[Status, str]]] = {}
    for sub in stream.enrich:
        try:
            found = await _probe_sub(client, sub, items)
        except Exception as exc:  # a vars/when callable tripping over an odd item
            found = classify(exc, client.vendor)
            found = (found[0], f"{sub.path}: {found[1]}")
        if found is None:
            skipped.append(sub.path)
            continue
        probed += 1
        if sub.fills and sub.fills != stream.produces[0]:
            filled.setdefault(sub.fills, []).append(
                (found[0], found[1] if found[0] != "ok" else f"{sub.path}: answered")
            )
            continue
        if found[0] != "ok":
            statuses.append(found[0])
            notes.append(found[1])
    if stream.enrich:
        notes.append(f"{probed} of {len(stream.enrich)} detail requests checked")
        if skipped:
            notes.append(f"not checked (nothing on the first page needs them): {', '.join(skipped)}")
    for model in {s.fills for s in stream.enrich if s.fills and s.fills != stream.produces[0]}:
        filled.setdefault(model, [("ok", "not checked: nothing on the first page needs it")])
    return _Finding(_worst(statuses), "; ".join(notes), filled)


# --- actions -------------------------------------------------------------------------------------


def _parent(path: str) -> str | None:
    if "." not in path:
        return None
    head = path.rsplit(".", 1)[0]
    return head[:-2] if head.endswith("[]") else head


def _required(schema: ActionSchema, spec: ActionSpec, path: str) -> bool:
    """Whether an input always carries ``path``: it and every object above it are required."""
    current: str | None = path
    while current is not None:
        f = schema.field(current)
        if not ((f is not None and f.required) or current in spec.required):
            return False
        current = _parent(current)
    return True


def action_prerequisites(action: str, spec: ActionSpec) -> tuple[list[str], list[str]]:
    """The models an action's input points at (ids, and names that must exist), as
    (always needed, needed when that field is given); from the declarations alone."""
    schema = SCHEMAS.get(action)
    if schema is None:
        return [], []
    needed: dict[str, None] = {}
    optional: dict[str, None] = {}
    must = existing_only(spec)
    for f in schema.fields:
        if not spec.accepts(f.path):
            continue
        model = f.model if f.kind == "id" else None
        if model is None and f.lookup is not None and f.path in must:
            model = f.lookup[0]
        if model is None:
            continue
        (needed if _required(schema, spec, f.path) else optional)[model] = None
    return list(needed), [m for m in optional if m not in needed]


def _action_capability(
    action: str,
    spec: ActionSpec,
    by_model: Mapping[str, Capability],
    vendor: str,
) -> Capability:
    needed, optional = action_prerequisites(action, spec)
    statuses: list[Status] = ["ok"]
    notes: list[str] = []
    for model in needed:
        cap = by_model.get(model)
        if cap is None:
            continue  # filled by no stream (e.g. a vendor's fixed list): nothing to read first
        served = model if cap.name == model else f"{model} (read with {cap.name})"
        statuses.append(cap.status)
        if cap.status == "not_found":
            notes.append(f"needs {served}, which this tenant does not serve")
        elif cap.status == "forbidden":
            notes.append(f"needs {served}, which these credentials may not read")
        elif cap.status != "ok":
            notes.append(f"needs {served}, whose check failed")
    for model in optional:
        cap = by_model.get(model)
        if cap is not None and cap.status != "ok":
            notes.append(f"works without {model}, which cannot be picked ({cap.status})")
    status = _worst(statuses)
    if status == "ok" and not notes:
        notes.append(f"needs {', '.join(needed)} (all readable)" if needed else "needs nothing read first")
    return Capability(action, "action", status, "; ".join(notes))


# --- the whole account ---------------------------------------------------------------------------


async def run_doctor(
    connector: Connector,
    client: VendorClient,
    settings: Mapping[str, str],
    *,
    account: str,
    account_id: str = "doctor",
) -> Report:
    """Probe everything ``account`` can do through ``client``; never writes, never raises a
    ``ConnectorError`` (each failure lands in the capability it concerns)."""
    report = Report(account, connector.vendor)
    vendor = connector.display_name
    try:
        await connector.check_connection(client)
        report.credentials_ok = True
        report.credentials = f"Connection to {vendor} works for {account!r}: the credentials are accepted."
    except ConnectorError as exc:
        report.credentials = f"The credentials check of {account!r} did not pass: {exc}"
        report.credentials_error = exc
        if isinstance(exc, AuthError | Unreachable):
            # Nothing further can be learnt: every capability fails the same way.
            status, detail = classify(exc, vendor)
            _fill_all(report, connector, status, detail)
            return report
    try:
        routes = await connector.bind(client, settings)
    except Exception as exc:  # a ConnectorError, or discovery tripping over an odd answer
        status, detail = classify(exc, vendor)
        _fill_all(report, connector, status, f"finding this account's routes failed: {detail}")
        return report
    await _probe_streams(report, connector, client, routes, account_id)
    _probe_actions(report, connector, vendor, routes.missing_actions, routes.unsupported_actions)
    return report


async def _probe_streams(
    report: Report, connector: Connector, client: VendorClient, routes: Routes, account_id: str
) -> None:
    ctx = MapContext(account_id)
    bound = {s.name: s for s in routes.streams}
    names = {d.name for d in connector.streams}
    declared = [*connector.streams, *(s for s in routes.streams if s.name not in names)]
    findings = await asyncio.gather(
        *(probe_stream(bound[s.name], client, ctx) for s in declared if s.name in bound)
    )
    by_name = dict(zip([s.name for s in declared if s.name in bound], findings, strict=True))
    grouped: dict[str, list[tuple[AnyStream, _Finding]]] = {}
    for stream in declared:
        finding = by_name.get(stream.name) or _Finding(
            "not_found", f"this account offers no route for {stream.name} (the discovery found none)"
        )
        grouped.setdefault(stream_capability(stream), []).append((stream, finding))
    for name, parts in grouped.items():
        details = []
        for stream, finding in parts:
            others = [m for m in stream.produces if m != name]
            text = finding.detail
            if others:
                text += f"; also fills {', '.join(others)}"
            note = routes.notes.get(stream.name)
            if note:
                text += f"; route: {note}"
            details.append(text if len(parts) == 1 else f"[{stream.name}] {text}")
        report.capabilities.append(
            Capability(name, "stream", _worst([f.status for _s, f in parts]), " | ".join(details))
        )
    # Models served by one detail call of another stream (SubRequest.fills), unless a stream of their
    # own already reports them.
    own = {c.name for c in report.capabilities}
    extra: dict[str, list[tuple[Status, str]]] = {}
    for stream in declared:
        probed = by_name.get(stream.name)
        for model, found in (probed.filled if probed else {}).items():
            if model not in own:
                extra.setdefault(model, []).extend(found)
    for model, found in extra.items():
        report.capabilities.append(
            Capability(model, "stream", _worst([st for st, _d in found]), "; ".join(d for _s, d in found))
        )


def _probe_actions(
    report: Report,
    connector: Connector,
    vendor: str,
    missing: Mapping[str, str] | None = None,
    unsupported: Mapping[str, str] | None = None,
) -> None:
    by_model: dict[str, Capability] = {}
    streams = {stream_capability(s): s for s in connector.streams}
    for cap in report.capabilities:
        stream = streams.get(cap.name)
        for model in stream.produces if stream is not None else (cap.name,):
            by_model.setdefault(model, cap)
    for action in [*SCHEMAS, *(a for a in connector.actions if a not in SCHEMAS)]:
        spec = connector.actions.get(action)
        if spec is None:
            report.capabilities.append(
                Capability(action, "action", "unsupported", f"the app knows no way to do this with {vendor}")
            )
            continue
        if missing and action in missing:
            # The tenant's self-description lists no method for it: nothing to send, nothing to try.
            report.capabilities.append(Capability(action, "action", "not_found", missing[action]))
            continue
        if unsupported and action in unsupported:
            report.capabilities.append(Capability(action, "action", "unsupported", unsupported[action]))
            continue
        report.capabilities.append(_action_capability(action, spec, by_model, vendor))


def _fill_all(report: Report, connector: Connector, status: Status, detail: str) -> None:
    """Every capability failing the same way (credentials refused, discovery failed)."""
    seen: set[str] = set()
    for stream in connector.streams:
        name = stream_capability(stream)
        if name not in seen:
            seen.add(name)
            report.capabilities.append(Capability(name, "stream", status, detail))
    for action in [*SCHEMAS, *(a for a in connector.actions if a not in SCHEMAS)]:
        if action in connector.actions:
            report.capabilities.append(Capability(action, "action", status, detail))
        else:
            report.capabilities.append(
                Capability(
                    action, "action", "unsupported",
                    f"the app knows no way to do this with {connector.display_name}",
                )
            )


def summary_lines(report: Report) -> list[str]:
    """The report as a readable table: the credentials line first, then one row per capability."""
    lines = [report.credentials]
    width = max((len(c.name) for c in report.capabilities), default=10)
    for cap in report.capabilities:
        lines.append(f"  {cap.name:<{width}}  {cap.kind:<6}  {cap.status:<11}  {cap.detail}")
    counts = report.counts()
    if any(c.kind == "action" for c in report.capabilities):
        lines.append("  (write actions are judged by what they need to read first: none was sent)")
    lines.append(
        "  " + ", ".join(f"{n} {status}" for status, n in sorted(counts.items(), key=lambda kv: _RANK[kv[0]]))
    )
    return lines
