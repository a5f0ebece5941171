"""Runs a declared stream: list pages, per-item sub-requests, mapping to unified records.

Yields one ``Batch`` per vendor page with the page state to resume from, so the sync engine can
commit each page together with its cursor. Knows nothing about the cache.

A progressive stream's pages come without sub-requests: each item mapped bare, with its key, stamp
and order mark (``Listed``), for the engine to queue; ``enrich_and_map`` does one item's phase 2.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass, field, replace
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
    #: Progressive streams (phase 1): each list item with its bare records, to store or queue.
    listed: list[Listed] = field(default_factory=list)


@dataclass
class Listed:
    """A list item read in phase 1 of a progressive stream: what phase 2 needs to enrich it later."""

    key: str
    stamp: str
    newest: str | None
    item: dict[str, Any]
    #: The item mapped bare (without sub-requests).
    records: list[Rec]


def stamp_of(item: dict[str, Any], ignore: tuple[str, ...] = ()) -> str:
    """A hash of a list item's fields (but ``ignore``d ones): the default ``Stream.stamp``."""
    text = json.dumps(
        {k: v for k, v in item.items() if k != "_sub" and k not in ignore}, sort_keys=True, default=str
    )
    return hashlib.blake2b(text.encode(), digest_size=16).hexdigest()


def item_stamp(stream: Stream, item: dict[str, Any]) -> str:
    """What tells that ``item`` changed since it was last enriched (see ``Stream.stamp``)."""
    return stream.stamp(item) if stream.stamp is not None else stamp_of(item)


def newest_mark(stream: Stream, item: dict[str, Any]) -> str | None:
    name = stream.newest_field or (stream.incremental.cursor_field if stream.incremental else None)
    return iso(item.get(name)) if name else None


async def enrich_and_map(
    stream: Stream,
    client: VendorClient,
    ctx: MapContext,
    item: dict[str, Any],
    previous: Answers | None = None,
) -> tuple[list[Rec], list[str], Answers]:
    """Phase 2 of a progressive stream for one list item: its sub-requests (reusing ``previous``
    answers where ``SubRequest.reuse`` allows), then its full mapping; also the answers to keep."""
    kept = await enrich_item(client, stream.enrich, item, previous)
    records, skipped = map_items(stream, [item], ctx)
    return records, skipped, kept


async def _sub_request(
    client: VendorClient, sub: SubRequest, item: dict[str, Any], variables: Mapping[str, Any]
) -> Any:
    if sub.lookup is not None:
        found = await sub.lookup(item, variables)
        if found is not None:
            return found
    params = sub.params(item, variables) if sub.params else None
    try:
        return await client.get_json(sub.path.format(**variables), params=params, group=sub.group)
    except ConnectorError as exc:
        if exc.status in sub.missing_ok:
            return None
        raise


#: Answers kept for ``SubRequest.reuse``: per sub-request key and call ("" for a single call, else
#: its ``each_key`` value), the stamp the answer was read at and the answer.
Answers = dict[str, dict[str, list[Any]]]


def _reuse_stamp(sub: SubRequest, item: dict[str, Any], variables: Mapping[str, Any]) -> str | None:
    if sub.reuse is None:
        return None
    return json.dumps(sub.reuse(item, variables), sort_keys=True, default=str)


async def enrich_item(
    client: VendorClient,
    subs: tuple[SubRequest, ...],
    item: dict[str, Any],
    previous: Answers | None = None,
) -> Answers:
    """Attach each sub-request's answer to ``item["_sub"]``; steps run in order, fan-outs in parallel.

    ``previous``: answers kept from the item's last enrichment; a call whose ``reuse`` stamp is the
    same takes its answer from there. Returns the answers to keep for the next time.
    """
    attached: dict[str, Any] = item.setdefault("_sub", {})
    kept: Answers = {}

    async def call(sub: SubRequest, variables: Mapping[str, Any], name: str) -> Any:
        stamp = _reuse_stamp(sub, item, variables)
        if stamp is None:
            return await _sub_request(client, sub, item, variables)
        old = ((previous or {}).get(sub.key) or {}).get(name)
        answer = old[1] if old and old[0] == stamp else await _sub_request(client, sub, item, variables)
        kept.setdefault(sub.key, {})[name] = [stamp, answer]
        return answer

    for sub in subs:
        base_vars = dict(sub.vars(item))
        if sub.for_each is None:
            if sub.when is None or sub.when(item, base_vars):
                attached[sub.key] = await call(sub, base_vars, "")
            continue
        fan = [{**base_vars, **extra} for extra in sub.for_each(item)]
        fan = [v for v in fan if sub.when is None or sub.when(item, v)]
        each_key = sub.each_key or "id"
        answers = await asyncio.gather(*(call(sub, v, str(v[each_key])) for v in fan))
        attached[sub.key] = {str(v[each_key]): answer for v, answer in zip(fan, answers, strict=True)}
    return kept


def map_items(stream: Stream, items: list[dict[str, Any]], ctx: MapContext) -> tuple[list[Rec], list[str]]:
    """Map a page; an item the mapping cannot read is skipped and reported, never half-stored."""
    records: list[Rec] = []
    skipped: list[str] = []
    for item in items:
        try:
            mapped = list(stream.map(item, ctx))
            for rec in mapped:
                # A vendor object without an id (null, empty) cannot be stored or found again.
                if rec.key is None or rec.key == "":
                    raise ValueError(f"a {rec.model} record without an id")
            records.extend(r if isinstance(r.key, str) else replace(r, key=str(r.key)) for r in mapped)
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError) as exc:
            ident = item.get("id") if isinstance(item, dict) else None
            skipped.append(f"{stream.name} {ident!r}: {type(exc).__name__}: {exc}")
            log.warning("skipped unreadable %s record %r: %s", stream.name, ident, exc)
    return records, skipped


def stream_pages(
    client: VendorClient,
    stream: Stream,
    *,
    params: Mapping[str, Any] | None = None,
    start: PageState | None = None,
) -> AsyncIterator[tuple[list[Any], PageState | None]]:
    """``stream``'s list pages as its declaration asks for them (path, paging, records, request group,
    method, body); ``params`` replace the stream's own (a delta filter added), ``start`` resumes."""
    return client.pages(
        stream.path,
        paginator=stream.paginator,
        params=stream.params if params is None else params,
        records=stream.records,
        start=start,
        group=stream.group,
        method=stream.method,
        body=stream.body,
    )


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
    async for items, next_state in stream_pages(client, stream, params=params, start=start):
        # A page whose items each need many sub-requests can take long (eRecruiter lists every job in
        # one answer, then reads each of its applicants): a stream may hand it over in slices, each
        # stored as it is ready, so progress shows and a cut-off sync keeps what it read. A slice
        # before the last resumes at the page itself (re-reading it is harmless: upserts are idempotent).
        size = stream.slice or max(len(items), 1)
        for first in range(0, max(len(items), 1), size):
            part = items[first : first + size]
            last = first + size >= len(items)
            listed: list[Listed] = []
            if stream.progressive:
                # Phase 1: no sub-request; each item is mapped bare and handed over for phase 2.
                records, skipped = [], []
                for item in part:
                    if not isinstance(item, dict):
                        continue
                    bare, bad = map_items(stream, [item], ctx)
                    skipped.extend(bad)
                    try:
                        key = stream.item_key(item)
                    except (KeyError, TypeError, ValueError) as exc:
                        skipped.append(f"{stream.name}: item without a key: {type(exc).__name__}: {exc}")
                        continue
                    listed.append(
                        Listed(key, item_stamp(stream, item), newest_mark(stream, item), item, bare)
                    )
                    records.extend(bare)
            else:
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
            yield Batch(records, next_state if done else current, high, len(part), skipped, listed)
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
