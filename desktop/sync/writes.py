"""A sync's writes, each run on the cache writer's thread inside one transaction.

Phase 1 commits a vendor page with the state to resume after it (``write_page``); phase 2 commits the
records of items whose details were read with their removal from the queue (``write_enriched_many``)
and, once the queue is empty, the deferred sweep of a full read (``finish_enrichment``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection

from connectors.base import AnyStream, Rec, Stream
from connectors.base.reader import Answers, Batch
from connectors.unified.ids import stable_id
from desktop.cache.records import WriteCounts, delete_orphaned_children, sweep_unseen, upsert_records
from desktop.cache.search_batch import search_batched
from desktop.sync import enrich
from desktop.sync import state as st

#: Drops records an account's options exclude before they are stored (by model and foreign keys; see
#: ``desktop.outbox.created`` for "sync only created applications").
RecordFilter = Callable[[list[Rec]], list[Rec]]


def _note_shared(counts: WriteCounts, stream: AnyStream, seen: dict[str, set[str]]) -> None:
    """Records of models other than the stream's own (its first model and the children it owns) may
    come again with every page or item, a tag with each of its candidates: count each one once."""
    own = {*stream.produces[:1], *(child for child, _column, _parent in stream.owns)}
    for model, ids in seen.items():
        if model not in own:
            counts.count_shared(model, ids)


@search_batched
def write_page(
    conn: Connection,
    account_id: str,
    stream: AnyStream,
    run: st.RunInfo,
    batch: Batch,
    now: str,
    keep: RecordFilter | None = None,
    refresh: bool = False,
    memo: dict[str, Any] | None = None,
) -> WriteCounts:
    records = batch.records
    listing = None
    if isinstance(stream, Stream) and stream.progressive:
        # Phase 1: new items stored bare and queued, changed ones queued, unchanged ones only marked seen.
        listing = enrich.store_listed(conn, account_id, stream, batch.listed, run.run_id, keep, refresh)
        records = listing.records
    records = keep(records) if keep is not None else records
    counts, seen = upsert_records(conn, account_id, records, run_id=run.run_id, now=now)
    _note_shared(counts, stream, seen)
    counts.deleted += delete_orphaned_children(conn, account_id, stream.owns, seen, now, stream.scope)
    if listing is not None:
        counts.queued = listing.queued
        counts.unchanged += listing.unchanged
        if stream.produces and listing.unchanged:
            primary = stream.produces[0]
            counts.per_model[primary] = counts.per_model.get(primary, 0) + listing.unchanged
    pending = max(filter(None, [run.pending_high, batch.high_water]), default=None)
    run.pending_high = pending
    if batch.state is None:  # the read is complete
        if run.full and listing is not None:
            # The sweep waits for phase 2: the records only details produce are not stored yet.
            enrich.defer_sweep(conn, account_id, stream.name, run.run_id)
        elif run.full:
            counts.deleted += sweep_unseen(conn, account_id, stream.produces, run.run_id, now, stream.scope)
        st.finish(conn, account_id, stream.name, run, now, memo)
    else:
        st.advance(conn, account_id, stream.name, batch.state, pending)
    return counts


@search_batched
def write_enriched_many(
    conn: Connection,
    account_id: str,
    stream: Stream,
    run_id: int,
    done: list[tuple[enrich.Pending, list[Rec], Answers]],
    now: str,
    keep: RecordFilter | None = None,
) -> WriteCounts:
    """Enriched items, their records committed together with their removal from the queue.

    Items that finished while the writer was busy come together: their records are stored in one
    upsert per kind (an item's first details fill in what phase 1 stored bare, which is not a change
    at the vendor; details of an item stored in full before are compared as usual).
    """
    counts = WriteCounts()
    for fill in (True, False):
        group = [entry for entry in done if entry[0].full_before != fill]
        if not group:
            continue
        records = [rec for _pending, recs, _answers in group for rec in recs]
        records = keep(records) if keep is not None else records
        kept = {(rec.model, rec.key) for rec in records}
        part, seen = upsert_records(conn, account_id, records, run_id=run_id, now=now, fill=fill)
        _note_shared(part, stream, seen)
        part.deleted += delete_orphaned_children(conn, account_id, stream.owns, seen, now, stream.scope)
        counts.add(part)
        enrich.complete(
            conn,
            account_id,
            stream.name,
            [
                (
                    pending.key,
                    pending.stamp,
                    [stable_id(account_id, r.model, r.key) for r in recs if (r.model, r.key) in kept],
                    answers,
                )
                for pending, recs, answers in group
            ],
        )
    return counts


def finish_enrichment(conn: Connection, account_id: str, stream: Stream, now: str) -> tuple[int, int]:
    """After phase 2: the items still queued, and the deferred sweep of a full read once none is left."""
    left = enrich.pending_count(conn, account_id, stream.name)
    deleted = 0
    sweep_run = enrich.deferred_sweep(conn, account_id, stream.name)
    if left == 0 and sweep_run is not None:
        deleted = sweep_unseen(conn, account_id, stream.produces, sweep_run, now, stream.scope)
        enrich.clear_sweep(conn, account_id, stream.name)
    return left, deleted


def merge_phase_two(counts: WriteCounts, phase_two: WriteCounts) -> None:
    """Phase 2 rewrites records phase 1 already counted: per model, the larger count is the number read;
    a shared model's (a tag's) count is of the distinct records either phase named."""
    counts.created += phase_two.created
    counts.changed += phase_two.changed
    counts.unchanged += phase_two.unchanged
    counts.deleted += phase_two.deleted
    for model, n in phase_two.per_model.items():
        if model in phase_two.shared:
            counts.count_shared(model, phase_two.shared[model])
        else:
            counts.per_model[model] = max(counts.per_model.get(model, 0), n)
