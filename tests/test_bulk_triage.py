"""Bulk triage against a sandbox with injected failures (issue 18.3): 200 notes, one outbox entry
each, exact per-item results, nothing sent twice; a refused item is reported and never saved; undo
drops what is still waiting and leaves what was sent."""

from __future__ import annotations

import asyncio
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from connectors.sandbox.runner import RunningSandbox
from desktop.outbox import bulk
from desktop.outbox import queue as q
from tests.conftest import add_account, sandbox_control, sandbox_records, start_sandbox, sync_account
from tests.test_smartrecruiters_writes import opened, worker


@pytest.fixture()
def big_sr(app_home: Path) -> Iterator[RunningSandbox]:
    sandbox = start_sandbox("smartrecruiters", candidates=200)
    try:
        add_account("smartrecruiters", "acme", sandbox, share=100)
        sync_account("acme")
        yield sandbox
    finally:
        sandbox.stop()


def _notes(sandbox: RunningSandbox, marker: str) -> list[dict[str, Any]]:
    """The notes (SmartRecruiters messages) at the vendor whose text has ``marker``."""
    return [m for m in sandbox_records(sandbox, "messages") if marker in m["content"]]


def _notes_per_application(sandbox: RunningSandbox, marker: str) -> Counter[tuple[str, str]]:
    """(candidate id, job id) -> how many notes the vendor holds for that application."""
    out: Counter[tuple[str, str]] = Counter()
    for message in _notes(sandbox, marker):
        candidate = re.findall(r"#\[CANDIDATE:([^\]\s]+)\]", message["content"])
        for job in (message.get("shareWith") or {}).get("hiringTeamOf") or []:
            for cid in candidate:
                out[(cid, str(job))] += 1
    return out


def test_200_notes_under_injected_failures_end_with_exact_results_and_nothing_twice(
    big_sr: RunningSandbox,
) -> None:
    with opened() as core:
        account = core.accounts.get("acme")
        with core.engine.connect() as conn:
            rows = conn.exec_driver_sql(
                "SELECT id, remote_id FROM applications WHERE remote_deleted_at IS NULL ORDER BY id LIMIT 200"
            ).fetchall()
            ids = [r[0] for r in rows]
        assert len(ids) == 200
        items = [bulk.BulkItem(account, i) for i in ids] + [bulk.BulkItem(account, "nope:nope")]
        with sandbox_control(big_sr) as control:
            # Answers lost after the vendor applied the write (500 or a dropped connection), and 5xx
            # before it did: the outbox must reconcile the first and retry the second.
            assert control.put(
                "/faults", json={"fail_after_accept": 40, "error_rate": 0.1, "seed": 7}
            ).is_success
        work = worker(core)

        async def run() -> list[bulk.ItemResult]:
            results = await bulk.prepare(
                work, "add-note-to-application", items, {"content": "bulk-200 triage"}, batch="b1"
            )
            # Saved before anything was sent: one entry per valid item, the bad one refused.
            assert bulk.summary(results) == {q.QUEUED: 200, bulk.REFUSED: 1}
            # Preparing the same batch again gives back the same entries (a double click).
            again = await bulk.prepare(
                work, "add-note-to-application", items[:5], {"content": "bulk-200 triage"}, batch="b1"
            )
            assert [r.entry_id for r in again] == [r.entry_id for r in results[:5]]
            for _ in range(6):
                await bulk.send(work, results)
                if all(r.status != q.QUEUED for r in results):
                    break
            return results

        results = asyncio.run(run())
        with sandbox_control(big_sr) as control:
            left = control.get("/faults").json()["fail_after_accept"]
            control.delete("/faults")
        entries = core.writer.run_sync(q.entries, account.id)

    per_app = _notes_per_application(big_sr, "bulk-200 triage")
    by_item = {r.record_id: r for r in results}
    counts = {i: per_app[tuple(rid.split(":", 1))] for i, rid in rows}  # SR: <candidate>:<job>
    print(
        f"\n200 bulk notes, fail_after_accept=40 ({40 - left} fired) + error_rate 0.1: "
        f"{bulk.summary(results)}; notes at the vendor {sum(counts.values())}, "
        f"{sum(1 for n in counts.values() if n > 1)} items noted twice"
    )
    assert left < 40  # the injected failures did fire
    assert len(entries) == 200  # one outbox entry per item
    assert results[-1].record_id == "nope:nope" and results[-1].status == bulk.REFUSED and results[-1].error
    # Exact per-item results: every item is sent or failed, a sent one is at the vendor exactly once,
    # a failed one says its answer was lost (it may have arrived) and was not sent again.
    assert {r.status for r in results[:-1]} <= {q.SENT, q.FAILED}
    assert all(n <= 1 for n in counts.values()), "an item was sent twice"
    assert all(counts[i] == 1 for i in counts if by_item[i].status == q.SENT)
    assert all(
        "may have arrived" in (by_item[i].error or "") for i in counts if by_item[i].status == q.FAILED
    )
    assert sum(1 for r in results if r.status == q.SENT) >= 100


def test_undo_drops_what_waits_and_keeps_what_was_sent(big_sr: RunningSandbox) -> None:
    with opened() as core:
        account = core.accounts.get("acme")
        with core.engine.connect() as conn:
            ids = [r[0] for r in conn.exec_driver_sql("SELECT id FROM applications ORDER BY id LIMIT 6")]
        work = worker(core)

        async def run() -> list[bulk.ItemResult]:
            items = [bulk.BulkItem(account, i) for i in ids]
            results = await bulk.prepare(
                work, "add-note-to-application", items, {"content": "undo-me"}, batch="u"
            )
            await work.send_entries(
                [e for e in await work.entries(pending=True) if e.id == results[0].entry_id]
            )
            assert await bulk.undo(work, results) == 5
            return results

        results = asyncio.run(run())
    assert [r.status for r in results] == [q.SENT] + [bulk.UNDONE] * 5
    assert len(_notes(big_sr, "undo-me")) == 1
