"""An unreachable team server does not cost the background outbox round a connect timeout every 15 s:
after a failure the round leaves the server alone for 15 s, 30 s, 60 s, … (an explicit flush tries at
once), the loss is logged once and the return once, and writes stay queued on this computer until a
round reaches the server, which hands them over. The server here is a real localhost port where no
PostgreSQL answers (a listener that counts and closes connections), the time a settable clock."""

from __future__ import annotations

import asyncio
import logging
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from sqlalchemy.engine import URL, make_url

from desktop.core import Core
from desktop.outbox import queue as q
from desktop.outbox.worker import OutboxWorker
from desktop.team.reach import Reachability
from desktop.team.send import TeamSender
from desktop.team.shared_outbox import SharedOutbox

NOW = "2026-12-06T10:00:00+00:00"


@dataclass
class Clock:
    now: float = 1000.0

    def __call__(self) -> float:
        return self.now


@dataclass
class DeadServer:
    """A localhost port that accepts connections and closes them at once (no PostgreSQL there)."""

    sock: socket.socket
    tries: int = 0
    stop: threading.Event = field(default_factory=threading.Event)

    @property
    def url(self) -> URL:
        return make_url(f"postgresql://anna@127.0.0.1:{self.sock.getsockname()[1]}/team")

    def serve(self) -> None:
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except TimeoutError:
                continue  # look at ``stop`` again (a closed socket does not wake a blocked accept)
            except OSError:
                return
            self.tries += 1
            conn.close()


@pytest.fixture()
def dead_server() -> Iterator[DeadServer]:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(16)
    sock.settimeout(0.1)
    server = DeadServer(sock)
    thread = threading.Thread(target=server.serve, daemon=True)
    thread.start()
    yield server
    server.stop.set()
    sock.close()
    thread.join(timeout=5)


def test_the_back_off_decision() -> None:
    clock = Clock()
    reach = Reachability(clock=clock)
    assert reach.due() and reach.wait() == 0
    waits = []
    for _ in range(7):  # each failure of a due try waits longer, up to the last step
        reach.lost("refused")
        waits.append(reach.wait())
        assert not reach.due()
        clock.now += reach.wait()
        assert reach.due()
    assert waits == [15, 30, 60, 120, 240, 240, 240]
    reach.lost("refused")
    clock.now += 5
    reach.lost("an explicit flush failed meanwhile")  # does not lengthen the wait
    assert reach.wait() == 235
    reach.answered()
    assert reach.failures == 0 and reach.due()


@pytest.fixture()
def worker(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[OutboxWorker]:
    monkeypatch.setenv("RECRUITER_COMPANION_HOME", str(tmp_path / "home"))
    core = Core.open()
    try:
        yield OutboxWorker(core.writer, core.accounts, team=False)
    finally:
        core.close()


def in_team(worker: OutboxWorker, url: URL, clock: Clock) -> TeamSender:
    sender = TeamSender(worker, SharedOutbox.open(url))
    sender.reach.clock = clock
    worker._team, worker._team_known = sender, True
    return sender


def queue_one(worker: OutboxWorker, text: str) -> q.Entry:
    return worker.writer.run_sync(
        lambda c: q.enqueue(c, "acme", "add-note-to-application", {"content": text}, {}, now=NOW)
    )


def test_the_background_round_backs_off_from_an_unreachable_server(
    worker: OutboxWorker, dead_server: DeadServer, caplog: pytest.LogCaptureFixture
) -> None:
    clock = Clock()
    sender = in_team(worker, dead_server.url, clock)
    entry = queue_one(worker, "while away")
    caplog.set_level(logging.DEBUG, logger="recruiter_companion.team")

    async def rounds() -> None:
        waiting = await worker.flush(ignore_schedule=False)  # the first round tries, and fails
        assert [o.entry_id for o in waiting] == [entry.id] and "cannot be reached" in (waiting[0].error or "")
        tried = dead_server.tries
        assert tried > 0 and sender.reach.failures == 1
        for _ in range(5):  # the next rounds within 15 s leave the server alone
            clock.now += 2
            assert await worker.flush(ignore_schedule=False) == []
        assert dead_server.tries == tried
        await worker.flush()  # the user flushes: tried at once, the wait not lengthened
        assert dead_server.tries > tried and sender.reach.failures == 1
        tried = dead_server.tries
        clock.now += 5  # 15 s after the failure: the round tries again, then waits 30 s
        await worker.flush(ignore_schedule=False)
        assert dead_server.tries > tried and sender.reach.failures == 2 and sender.reach.wait() == 30
        tried = dead_server.tries
        clock.now += 29
        assert await worker.flush(ignore_schedule=False) == [] and dead_server.tries == tried

    asyncio.run(rounds())
    lost = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert len(lost) == 1 and "unreachable" in lost[0].getMessage()  # logged once, not every round
    assert worker.writer.run_sync(lambda c: q.require(c, entry.id)).status == q.QUEUED  # still queued here


@pytest.mark.team
def test_the_first_round_that_reaches_the_server_hands_over_and_logs_the_return_once(
    worker: OutboxWorker, dead_server: DeadServer, pg_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    from desktop.team import schema

    engine = schema.engine_for(make_url(pg_url))
    schema.migrate(engine)
    engine.dispose()
    clock = Clock()
    sender = in_team(worker, dead_server.url, clock)
    entry = queue_one(worker, "handed over on return")
    caplog.set_level(logging.INFO, logger="recruiter_companion.team")

    async def rounds() -> None:
        await worker.flush(ignore_schedule=False)
        assert sender.reach.failures == 1
        sender.shared.close()
        sender.shared = SharedOutbox.open(make_url(pg_url))  # the server is back
        assert await worker.flush(ignore_schedule=False) == []  # not tried before its time
        clock.now += 15
        await worker.flush(ignore_schedule=False)
        assert sender.reach.failures == 0 and sender.gone is None
        await worker.flush(ignore_schedule=False)

    asyncio.run(rounds())
    assert worker.writer.run_sync(lambda c: q.require(c, entry.id)).handed_over
    said = [r.getMessage() for r in caplog.records]
    assert sum("unreachable" in m for m in said) == 1
    assert sum("answers again" in m for m in said) == 1
