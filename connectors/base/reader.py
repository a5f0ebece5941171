"""Runs a declared stream: list pages, per-item sub-requests, mapping to unified records.

Yields one ``Batch`` per vendor page with the page state to resume from, so the sync engine can
commit each page together with its cursor. Knows nothing about the cache.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from connectors.base.declarations import AnyStream, MapContext, Rec, StaticStream, Stream, SubRequest
from connectors.http import ConnectorError, VendorClient
from connectors.http.paging import PageState
from connectors.unified.timefmt import iso

log = logging.getLogger("recruiter_companion.reader")


@dataclass
class Batch:
    records: list[Rec]
    #: Where to resume after this batch; ``None`` once the stream is complete.
    state: PageState | None
    #: Newest ``cursor_field`` value among this batch's items (ISO), for the next delta run.
    high_water: str | None = None
    items: int = 0
    skipped: list[str] = field(default_factory=list)


async def _sub_request(
    client: VendorClient, sub: SubRequest, item: dict[str, Any], variables: Mapping[str, Any]
) -> Any:
    params = sub.params(item, variables) if sub.params else None
    try:
        return await client.get_json(sub.path.format(**variables), params=params, group=sub.group)
    except ConnectorError as exc:
        if exc.status in sub.missing_ok:
            return None
        raise


async def enrich_item(client: VendorClient, subs: tuple[SubRequest, ...], item: dict[str, Any]) -> None:
    """Attach each sub-request's answer to ``item["_sub"]``; steps run in order, fan-outs in parallel."""
    attached: dict[str, Any] = item.setdefault("_sub", {})
    for sub in subs:
        base_vars = dict(sub.vars(item))
        if sub.for_each is None:
            if sub.when is None or sub.when(item, base_vars):
                attached[sub.key] = await _sub_request(client, sub, item, base_vars)
            continue
        fan = [{**base_vars, **extra} for extra in sub.for_each(item)]
        fan = [v for v in fan if sub.when is None or sub.when(item, v)]
        answers = await asyncio.gather(*(_sub_request(client, sub, item, v) for v in fan))
        each_key = sub.each_key or "id"
        attached[sub.key] = {str(v[each_key]): answer for v, answer in zip(fan, answers, strict=True)}


def map_items(stream: Stream, items: list[dict[str, Any]], ctx: MapContext) -> tuple[list[Rec], list[str]]:
    """Map a page; an item the mapping cannot read is skipped and reported, never half-stored."""
    records: list[Rec] = []
    skipped: list[str] = []
    for item in items:
        try:
            records.extend(stream.map(item, ctx))
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            ident = item.get("id") if isinstance(item, dict) else None
            skipped.append(f"{stream.name} {ident!r}: {type(exc).__name__}: {exc}")
            log.warning("skipped unreadable %s record %r: %s", stream.name, ident, exc)
    return records, skipped


async def read_stream(
    stream: AnyStream,
    client: VendorClient,
    ctx: MapContext,
    *,
    start: PageState | None = None,
    since: str | None = None,
) -> AsyncIterator[Batch]:
    """Read ``stream`` from ``start`` (a stored page state) or the beginning; ``since`` asks the vendor
    only for items changed after that ISO time, where the stream has a delta filter."""
    if isinstance(stream, StaticStream):
        yield Batch(list(stream.build(ctx)), None)
        return
    params = dict(stream.params)
    if since and stream.incremental:
        params[stream.incremental.param] = stream.incremental.format(since)
    current: PageState = start if start is not None else stream.paginator.first()
    async for items, next_state in client.pages(
        stream.path,
        paginator=stream.paginator,
        params=params,
        records=stream.records,
        start=start,
        group=stream.group,
        method=stream.method,
        body=stream.body,
    ):
        # A page whose items each need many sub-requests can take long (eRecruiter lists every job in
        # one answer, then reads each of its applicants): a stream may hand it over in slices, each
        # stored as it is ready, so progress shows and a cut-off sync keeps what it read. A slice
        # before the last resumes at the page itself (re-reading it is harmless: upserts are idempotent).
        size = stream.slice or max(len(items), 1)
        for first in range(0, max(len(items), 1), size):
            part = items[first : first + size]
            last = first + size >= len(items)
            if stream.enrich:
                await asyncio.gather(*(enrich_item(client, stream.enrich, item) for item in part))
            records, skipped = map_items(stream, part, ctx)
            high = None
            if stream.incremental:
                marks = [
                    iso(item.get(stream.incremental.cursor_field)) for item in part if isinstance(item, dict)
                ]
                high = max((m for m in marks if m), default=None)
            # With ``more`` to read after the list, the list's end is not the stream's: resume at it.
            done = last and (next_state is not None or stream.more is None)
            yield Batch(records, next_state if done else current, high, len(part), skipped)
        if next_state is not None:
            current = next_state
    if stream.more is not None:
        # Sliced like a page; a cut-off read resumes at the list's last page, then reads these again.
        extra = stream.more()
        size = stream.slice or max(len(extra), 1)
        for first in range(0, max(len(extra), 1), size):
            part = extra[first : first + size]
            if stream.enrich:
                await asyncio.gather(*(enrich_item(client, stream.enrich, item) for item in part))
            records, skipped = map_items(stream, part, ctx)
            yield Batch(records, None if first + size >= len(extra) else current, None, len(part), skipped)
