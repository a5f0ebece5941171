"""Bulk triage (issue 18.3): one action on many records, one outbox entry per record.

``prepare`` checks and saves every item before anything is sent (an item the checks refuse is
reported and not saved); ``send`` sends the saved ones through the worker (retries, reconciling of
lost answers: the outbox's own, so nothing is sent twice); ``undo`` drops the items still waiting.
Each item's idempotency key is ``<batch>:<record id>``: preparing the same batch again (a double
click, a retry after a crash) gives back the same entries, never a second action. No Qt here.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from desktop.accounts import AccountInfo
from desktop.outbox import queue as q
from desktop.outbox.outcome import outcome_of
from desktop.outbox.worker import ActionRefused, OutboxWorker

REFUSED = "refused"
UNDONE = "undone"

#: The bulk actions the app offers, with the record id field each takes.
ACTIONS: dict[str, str] = {
    "add-tag-to-candidate": "candidate_id",
    "move-application-to-stage": "application_id",
    "add-note-to-application": "application_id",
}


@dataclass(frozen=True)
class BulkItem:
    account: AccountInfo
    record_id: str


@dataclass
class ItemResult:
    """Where one item of a bulk action stands: queued, sent, failed, refused (never saved), undone."""

    record_id: str
    account_id: str
    entry_id: int | None
    status: str
    error: str | None = None


class ItemRefused(Exception):
    """This item cannot take the action (e.g. its account has no stage of the chosen name)."""


#: Shared parameters, or a function giving one item's (raising ``ItemRefused`` to refuse it).
Params = dict[str, Any] | Callable[[BulkItem], dict[str, Any]]


def item_data(action: str, record_id: str, params: dict[str, Any]) -> dict[str, Any]:
    """The action's input for one record: the record's id field plus the shared parameters."""
    return {ACTIONS[action]: record_id, **params}


def move_params(
    conn: sqlite3.Connection, stage: str, reason: str | None
) -> Callable[[BulkItem], dict[str, Any]]:
    """Parameters of a bulk move by names: each application gets its own account's stage of that name
    (its job's own stage list first, where the vendor has one) and rejection reason of that name.
    Stages and reasons are per account, so one choice in the window means a different id in each."""

    def for_item(item: BulkItem) -> dict[str, Any]:
        row = conn.execute(
            "SELECT s.id FROM application_stages s WHERE s.account_id = ? AND s.name = ? COLLATE NOCASE "
            "AND s.remote_deleted_at IS NULL ORDER BY EXISTS (SELECT 1 FROM job_application_stages js "
            "JOIN applications a ON a.job_id = js.job_id WHERE a.id = ? AND js.stage_id = s.id) DESC LIMIT 1",
            (item.account.id, stage, item.record_id),
        ).fetchone()
        if row is None:
            raise ItemRefused(f"{item.account.name} has no stage named {stage!r}")
        params: dict[str, Any] = {"stage_id": row[0]}
        if reason:
            found = conn.execute(
                "SELECT id FROM rejection_reasons WHERE account_id = ? AND name = ? COLLATE NOCASE "
                "AND remote_deleted_at IS NULL LIMIT 1",
                (item.account.id, reason),
            ).fetchone()
            if found is None:
                raise ItemRefused(f"{item.account.name} has no rejection reason named {reason!r}")
            params["rejection_reason_id"] = found[0]
        return params

    return for_item


async def prepare(
    worker: OutboxWorker,
    action: str,
    items: Sequence[BulkItem],
    params: Params,
    *,
    batch: str,
    progress: Callable[[int], None] | None = None,
) -> list[ItemResult]:
    """Check and save every item (nothing is sent yet); one result per item, in order."""
    results = []
    for done, item in enumerate(items, 1):
        try:
            data = item_data(action, item.record_id, params(item) if callable(params) else params)
            outcome = await worker.submit(
                item.account, action, data, key=f"{batch}:{item.record_id}", send=False
            )
        except ActionRefused as exc:
            why = "; ".join(p.message for p in exc.problems)
            results.append(ItemResult(item.record_id, item.account.id, None, REFUSED, why))
        except ItemRefused as exc:
            results.append(ItemResult(item.record_id, item.account.id, None, REFUSED, str(exc)))
        else:
            results.append(
                ItemResult(item.record_id, item.account.id, outcome.entry_id, outcome.status, outcome.error)
            )
        if progress is not None:
            progress(done)
    return results


async def send(worker: OutboxWorker, results: list[ItemResult]) -> list[ItemResult]:
    """Send the saved items still waiting; results are updated in place (and returned)."""
    waiting = [r for r in results if r.entry_id is not None and r.status == q.QUEUED]
    entries = [e for e in await worker.entries(pending=True) if e.id in {r.entry_id for r in waiting}]
    await worker.send_entries(entries)
    return await refresh(worker, results)


async def refresh(worker: OutboxWorker, results: list[ItemResult]) -> list[ItemResult]:
    """Re-read each saved item's state from the outbox (sent in the background meanwhile, say)."""
    by_id = {e.id: e for e in await worker.entries()}
    for result in results:
        if result.entry_id is None or result.status == UNDONE:
            continue
        entry = by_id.get(result.entry_id)
        if entry is None:
            result.status, result.error = UNDONE, None
            continue
        outcome = outcome_of(entry)
        result.status, result.error = outcome.status, outcome.error
    return results


async def undo(worker: OutboxWorker, results: list[ItemResult]) -> int:
    """Drop the items not sent yet (queued, or failed); those already sent stay. How many dropped."""
    dropped = 0
    await refresh(worker, results)
    for result in results:
        if result.entry_id is None or result.status not in (q.QUEUED, q.FAILED):
            continue
        try:
            await worker.drop(result.entry_id)
        except q.OutboxError:  # being sent right now: it is no longer ours to take back
            continue
        result.status, result.error = UNDONE, None
        dropped += 1
    return dropped


def summary(results: Sequence[ItemResult]) -> dict[str, int]:
    out: dict[str, int] = {}
    for result in results:
        out[result.status] = out.get(result.status, 0) + 1
    return out
