"""The team's outbox in the real flush path (issue 17, items 4 and 6): writes queued by two members go
to the server's outbox; both members flushing at the same moment (two processes, two data folders, one
sandbox account) send each write exactly once, and the author and the sender are recorded. A member
who cannot reach the server queues locally; the writes move to the team's outbox on reconnect, once,
even when the hand-over is cut between its two steps or runs twice."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.engine import make_url

from connectors.sandbox.runner import RunningSandbox
from desktop.core import Core
from desktop.outbox import queue as q
from desktop.outbox.outcome import Outcome
from desktop.outbox.worker import OutboxWorker
from desktop.team.schema import member_name
from tests.conftest import add_account, run_cli, sandbox_control, sandbox_records

pytestmark = pytest.mark.team

NOTE = "add-note-to-application"


def member(monkeypatch: pytest.MonkeyPatch, home: Path, name: str) -> dict[str, str]:
    """Act as member ``name`` (its data folder ``home``, its login name) from now on; the environment a
    process of that member gets."""
    monkeypatch.setenv("RECRUITER_COMPANION_HOME", str(home))
    monkeypatch.setenv("LOGNAME", name)  # getpass.getuser(), so member_name() is name@host
    return {**os.environ, "RECRUITER_COMPANION_HOME": str(home), "LOGNAME": name}


def ok(*args: str, stdin: str | None = None) -> Any:
    result = run_cli(*args, stdin=stdin)
    assert result.code == 0, result.err
    return result


def an_application() -> str:
    with _core() as core, core.engine.connect() as conn:
        row = conn.exec_driver_sql("SELECT id FROM applications ORDER BY id LIMIT 1").first()
    assert row is not None
    return str(row[0])


class _core:
    def __enter__(self) -> Core:
        self.core = Core.open()
        return self.core

    def __exit__(self, *_exc: object) -> None:
        self.core.close()


def queue(action: str, inputs: list[dict[str, Any]], *, send: bool = False) -> list[Outcome]:
    """Queue ``action`` once per input (as the window's form would; sent at once only with ``send``)."""
    with _core() as core:
        worker = OutboxWorker(core.writer, core.accounts)
        account = core.accounts.get("acme")

        async def go() -> list[Outcome]:
            return [await worker.submit(account, action, data, send=send) for data in inputs]

        return asyncio.run(go())


def queue_notes(texts: list[str], *, send: bool = False) -> list[Outcome]:
    """A note per text on the first application."""
    application = an_application()
    return queue(NOTE, [{"application_id": application, "content": t} for t in texts], send=send)


def flush_at_once(env: dict[str, dict[str, str]]) -> list[int]:
    """Every member's ``outbox flush`` in a process of its own, started together; how many each sent."""
    flushes = [
        subprocess.Popen(
            [sys.executable, "-m", "desktop", "outbox", "flush"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=member_env,
        )
        for member_env in env.values()
    ]
    said = [p.communicate(timeout=120) for p in flushes]
    for proc, (out, err) in zip(flushes, said, strict=True):
        assert out.strip(), err
        assert proc.returncode in (0, 4), err  # 4: some write still waits (a lost answer, retried later)
    return [int(json.loads(out)["sent"]) for out, _err in said]


def server_rows(pg_url: str, sql: str) -> list[tuple[Any, ...]]:
    import psycopg

    with psycopg.connect(pg_url, autocommit=True) as conn:
        return list(conn.execute(sql).fetchall())


def notes_at_vendor(sandbox: RunningSandbox, marker: str) -> Counter[str]:
    """How many times the sandbox holds each note whose text contains ``marker``."""
    found = [m["content"].split("] ", 1)[-1] for m in sandbox_records(sandbox, "messages")]
    return Counter(t for t in found if marker in t)


def two_members(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pg_url: str, sandbox: RunningSandbox
) -> dict[str, dict[str, str]]:
    """anna syncs the account for the team; bernd joins, pulls it and enters its credentials."""
    env = {"anna": member(monkeypatch, tmp_path / "anna", "anna")}
    ok("team", "connect", pg_url)
    add_account("smartrecruiters", "acme", sandbox)
    ok("sync", "acme")
    env["bernd"] = member(monkeypatch, tmp_path / "bernd", "bernd")
    ok("team", "connect", pg_url)
    ok("team", "pull")
    ok("accounts", "edit", "acme", "--credentials", stdin=json.dumps(sandbox.account))
    return env


def test_two_members_flushing_at_once_send_each_write_once_with_author_and_sender(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pg_url: str, sr_sandbox: RunningSandbox
) -> None:
    env = two_members(tmp_path, monkeypatch, pg_url, sr_sandbox)
    texts = {}
    for who in ("anna", "bernd"):
        member(monkeypatch, tmp_path / who, who)
        texts[who] = [f"team-flush {who} {i}" for i in range(6)]
        queued = queue_notes(texts[who])
        assert all(o.state == q.QUEUED and o.error is None for o in queued)
    # Queued and handed over: the team sees every pending write, with its author.
    authors = Counter(
        r[0].split("@")[0] for r in server_rows(pg_url, "SELECT author FROM outbox WHERE status = 'queued'")
    )
    assert authors == {"anna": 6, "bernd": 6}

    with sandbox_control(sr_sandbox) as control:  # a slow vendor: the two flushes overlap for seconds
        control.put("/faults", json={"latency_ms": 300}).raise_for_status()
    sent_by = flush_at_once(env)
    assert sum(sent_by) == 12 and min(sent_by) > 0, sent_by  # shared between them, every write once

    counted = notes_at_vendor(sr_sandbox, "team-flush")
    assert counted == Counter(t for ts in texts.values() for t in ts)  # each exactly once at the vendor
    rows = server_rows(pg_url, "SELECT status, author, sender, input FROM outbox ORDER BY id")
    assert len(rows) == 12 and all(r[0] == q.SENT for r in rows)
    for _status, author, sender, data in rows:
        assert author.split("@")[0] in data["data"]["content"]  # the author is who queued it
        assert sender.split("@")[0] in ("anna", "bernd")

    # Status both ways: each member's list shows every team write, sent, with author and sender.
    for who in ("anna", "bernd"):
        member(monkeypatch, tmp_path / who, who)
        listed = ok("outbox", "list", "--json").json()
        assert len(listed) == 12 and all(r["state"] == q.SENT for r in listed)
        assert all(r["author"] and r["sender"] for r in listed)
        own = [r for r in listed if r["author"] == member_name()]
        assert len(own) == 6 and all(r["outbox_id"] is not None for r in own)
        assert ok("outbox", "list", "--pending", "--json").json() == []


def test_writes_queued_without_the_server_are_handed_over_once_on_reconnect(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pg_url: str, sr_sandbox: RunningSandbox
) -> None:
    member(monkeypatch, tmp_path / "anna", "anna")
    ok("team", "connect", pg_url)
    add_account("smartrecruiters", "acme", sr_sandbox)
    ok("sync", "acme")
    settings = tmp_path / "anna" / "team.json"
    kept = settings.read_text()
    info = json.loads(kept)
    info["url"] = make_url(info["url"]).set(port=9).render_as_string(hide_password=False)
    settings.write_text(json.dumps(info))  # the server is gone (nothing listens there)

    texts = [f"offline {i}" for i in range(4)]
    queued = queue_notes(texts, send=True)
    assert all(o.state == q.QUEUED and "team server cannot be reached" in (o.error or "") for o in queued)
    assert not notes_at_vendor(sr_sandbox, "offline")  # nothing was sent while the team cannot see it
    assert server_rows(pg_url, "SELECT count(*) FROM outbox") == [(0,)]
    listed = run_cli("outbox", "list", "--pending", "--json")
    assert listed.code == 0 and "only this computer's outbox is listed" in listed.err
    assert len(listed.json()) == 4

    settings.write_text(kept)  # the server is back
    # A hand-over killed between its two steps: the server has the rows, the local marks were not made.
    from desktop.team import shared_outbox
    from desktop.team.connect import saved_url

    with _core() as core:
        waiting = core.writer.run_sync(lambda c: shared_outbox.to_hand_over(c, "2026-12-06T10:00:00+00:00"))
    url = saved_url()
    assert url is not None and len(waiting) == 4
    shared = shared_outbox.SharedOutbox.open(url)
    try:
        shared.offer(waiting, "2026-12-06T10:00:00+00:00")
        shared.offer(waiting, "2026-12-06T10:00:01+00:00")  # and again: the keys conflict
    finally:
        shared.close()
    assert server_rows(pg_url, "SELECT count(*) FROM outbox") == [(4,)]

    flushed = ok("outbox", "flush")  # hands over again (no duplicate), then sends
    assert json.loads(flushed.out)["sent"] == 4
    counts = server_rows(pg_url, "SELECT count(*), min(status), max(status) FROM outbox")
    assert counts == [(4, "sent", "sent")]
    assert notes_at_vendor(sr_sandbox, "offline") == Counter(texts)
    listed = ok("outbox", "list", "--json").json()
    assert [r["state"] for r in listed] == [q.SENT] * 4
    assert all(r["author"] == member_name() == r["sender"] for r in listed)

    # Dropping a handed-over write drops the team's row first (another member could send it otherwise).
    [extra] = queue_notes(["dropped one"])
    assert server_rows(pg_url, "SELECT count(*) FROM outbox WHERE status = 'queued'") == [(1,)]
    ok("outbox", "drop", str(extra.entry_id))
    assert server_rows(pg_url, "SELECT count(*) FROM outbox") == [(4,)]
    assert ok("outbox", "list", "--pending", "--json").json() == []


def test_creates_whose_answers_are_lost_are_reconciled_across_members_never_doubled(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pg_url: str, sr_sandbox: RunningSandbox
) -> None:
    env = two_members(tmp_path, monkeypatch, pg_url, sr_sandbox)
    with _core() as core, core.engine.connect() as conn:
        job = str(conn.exec_driver_sql("SELECT id FROM jobs ORDER BY remote_id LIMIT 1").scalar())
    emails = []
    for who in ("anna", "bernd"):
        member(monkeypatch, tmp_path / who, who)
        mine = [f"{who}{i}@example.org" for i in range(5)]
        emails += mine
        person = {"first_name": "Ada", "last_name": who}
        queue("create-candidate", [
            {"candidate": {**person, "email_address": e}, "application": {"job_id": job}} for e in mine
        ])
    with sandbox_control(sr_sandbox) as control:  # the answers of 4 accepted creates are lost
        control.put("/faults", json={"fail_after_accept": 4, "latency_ms": 200}).raise_for_status()
    sent = 0
    for _ in range(4):  # a write whose answer was lost is tried again (reconciled first) by either member
        sent += sum(flush_at_once(env))
        if server_rows(pg_url, "SELECT count(*) FROM outbox WHERE status <> 'sent'") == [(0,)]:
            break
    with sandbox_control(sr_sandbox) as control:
        assert control.get("/faults").json()["fail_after_accept"] == 0
    per_email = Counter(c["email"] for c in sandbox_records(sr_sandbox, "candidates") if c["email"] in emails)
    assert per_email == Counter(emails)  # every create once: none doubled, none lost
    rows = server_rows(pg_url, "SELECT status, attempts FROM outbox")
    assert sent == 10 and [r[0] for r in rows] == [q.SENT] * 10
    assert sum(1 for r in rows if r[1] > 1) > 0  # some were reconciled
