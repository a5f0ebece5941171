"""The test-control API every sandbox serves under ``/_sandbox/`` (JSON, no vendor auth, loopback only).

- ``GET  /_sandbox/collections``                  names and counts
- ``GET  /_sandbox/records/{collection}``         ``?offset=&limit=`` (default 1000) and ``?field=value``
                                                  equality filters on top-level fields
- ``GET  /_sandbox/records/{collection}/{id}``
- ``POST /_sandbox/records/{collection}``         add a record (vendor hook fills defaults) → 201 record
- ``PATCH /_sandbox/records/{collection}/{id}``   merge patch (vendor hook bumps timestamps) → record
- ``DELETE /_sandbox/records/{collection}/{id}``  delete, cascading as the vendor would → 204
- ``GET|PUT|PATCH|DELETE /_sandbox/faults``       see :mod:`connectors.sandbox.faults`
- ``GET|DELETE /_sandbox/requests``               request counters (DELETE resets them)
- ``GET|PUT /_sandbox/rate-limit``                ``{"rate": float | null, "mode"?: bucket|fixed|sliding}``
- ``GET|PATCH /_sandbox/settings``                vendor switches (e.g. SR ``require_rejection_reason``)
- ``GET  /_sandbox/account``                      what ``accounts add`` needs for this sandbox

Faults, auth and rate limits never apply here: tests must be able to steer a sandbox that is
misbehaving on purpose.
"""

from __future__ import annotations

import ipaddress
from typing import Any, Protocol

from connectors.sandbox.faults import Faults
from connectors.sandbox.ratelimit import RateLimiter
from connectors.sandbox.store import Store
from connectors.sandbox.wire import HttpError, Request, Response, empty_response, json_response


class _Counters(Protocol):
    def snapshot(self) -> dict[str, Any]: ...
    def reset(self) -> None: ...


class SandboxApp(Protocol):
    """What the control API steers (``connectors.sandbox.server.SandboxApp`` is one); a protocol, so
    this module need not import the server that dispatches to it."""

    store: Store
    faults: Faults
    limiter: RateLimiter
    settings: dict[str, Any]

    @property
    def stats(self) -> _Counters: ...
    def account(self) -> dict[str, str]: ...
    def set_limit_mode(self, mode: str) -> None: ...
    def set_rate_limit(self, rate: float | None) -> None: ...
    def control_add(self, collection: str, record: dict[str, Any]) -> dict[str, Any]: ...
    def control_patch(self, collection: str, record_id: str, changes: dict[str, Any]) -> dict[str, Any]: ...
    def control_delete(self, collection: str, record_id: str) -> dict[str, Any] | None: ...


def _is_loopback(address: str) -> bool:
    try:
        return ipaddress.ip_address(address.split("%", 1)[0]).is_loopback
    except ValueError:
        return False


def _error(status: int, message: str) -> Response:
    return json_response({"error": message}, status)


def _body_object(request: Request) -> dict[str, Any]:
    data = request.json()
    if not isinstance(data, dict):
        raise HttpError(400, "expected a JSON object")
    return data


def handle_control(app: SandboxApp, request: Request) -> Response:
    if not _is_loopback(request.client):
        return _error(403, "the sandbox control API answers loopback clients only")
    try:
        return _route(app, request)
    except HttpError as exc:
        return _error(exc.status, exc.message)
    except (ValueError, TypeError) as exc:
        return _error(400, str(exc))


def _route(app: SandboxApp, request: Request) -> Response:
    parts = [p for p in request.path.split("/") if p][1:]  # drop "_sandbox"
    method = request.method
    head = parts[0] if parts else ""
    store = app.store

    if head == "collections" and len(parts) == 1 and method == "GET":
        return json_response({"collections": [{"name": n, "count": c} for n, c in store.counts().items()]})

    if head == "records" and len(parts) in (2, 3):
        name = parts[1]
        if name not in store:
            return _error(404, f"unknown collection {name!r}; known: {', '.join(store.collections)}")
        coll = store[name]
        if len(parts) == 2:
            if method == "GET":
                return _list_records(request, coll.values(), name)
            if method == "POST":
                record = app.control_add(name, _body_object(request))
                return json_response(record, 201)
        else:
            record_id = parts[2]
            if coll.get(record_id) is None:
                return _error(404, f"no record {record_id!r} in {name}")
            if method == "GET":
                return json_response(coll.get(record_id))
            if method == "PATCH":
                return json_response(app.control_patch(name, record_id, _body_object(request)))
            if method == "DELETE":
                app.control_delete(name, record_id)
                return empty_response(204)
        return _error(405, f"{method} is not supported here")

    if head == "faults" and len(parts) == 1:
        if method == "GET":
            return json_response(app.faults.snapshot())
        if method in ("PUT", "PATCH"):
            app.faults.update(_body_object(request), merge=method == "PATCH")
            return json_response(app.faults.snapshot())
        if method == "DELETE":
            app.faults.reset()
            return json_response(app.faults.snapshot())

    if head == "requests" and len(parts) == 1:
        if method == "GET":
            return json_response(app.stats.snapshot())
        if method == "DELETE":
            app.stats.reset()
            return empty_response(204)

    if head == "rate-limit" and len(parts) == 1:
        if method == "PUT":
            rate = _body_object(request).get("rate")
            if rate is not None and (
                isinstance(rate, bool) or not isinstance(rate, int | float) or rate <= 0
            ):
                raise HttpError(400, "rate must be a positive number or null")
            mode = _body_object(request).get("mode")
            if mode is not None:
                app.set_limit_mode(str(mode))
            app.set_rate_limit(float(rate) if rate is not None else None)
        if method in ("GET", "PUT"):
            policy = app.limiter.policy
            return json_response(
                {"rate": policy.rate, "concurrency": policy.concurrency, "mode": policy.mode}
            )

    if head == "settings" and len(parts) == 1:
        if method == "PATCH":
            changes = _body_object(request)
            unknown = sorted(set(changes) - set(app.settings))
            if unknown:
                raise HttpError(
                    400, f"unknown setting(s): {', '.join(unknown)}; known: {', '.join(app.settings)}"
                )
            app.settings.update(changes)
        if method in ("GET", "PATCH"):
            return json_response(app.settings)

    if head == "account" and len(parts) == 1 and method == "GET":
        return json_response(app.account())

    return _error(404, f"unknown control endpoint {method} {request.path}")


def _list_records(request: Request, records: list[dict[str, Any]], name: str) -> Response:
    try:
        offset = int(request.arg("offset") or 0)
        limit = int(request.arg("limit") or 1000)
    except ValueError as exc:
        raise HttpError(400, "offset and limit must be integers") from exc
    filters = {k: v[0] for k, v in request.query.items() if k not in ("offset", "limit")}
    if filters:
        records = [r for r in records if all(str(r.get(k)) == v for k, v in filters.items())]
    return json_response(
        {
            "collection": name,
            "total": len(records),
            "offset": offset,
            "limit": limit,
            "records": records[offset : offset + limit],
        }
    )
