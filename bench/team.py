"""Team mode with five members on one server (issue 17): one syncs the large SmartRecruiters sandbox and
publishes as it goes, four follow it live and search their own caches meanwhile.

A throw-away PostgreSQL cluster (tools/pg_cluster.py) and the sandbox (its own process, its rate limit
lifted) are started; each member is a process with a data folder of its own, connected with ``team
connect``. The four followers do what the window does in team mode (``desktop.team.listen.Listener``
on a thread, a pull per notification through ``desktop.team.follow``, at most one in flight) while
their main thread searches their cache with ``desktop.search.search`` as a user types (a query every
50 ms, names sampled from what was pulled so far). The syncer runs the CLI's team sync
(``desktop.team.replica.team_sync``) with the sandbox's limits lifted, or with ``--limit`` at the
vendor's pace: the sandbox's published limits (SmartRecruiters: 10 requests/s) and the account's default
share of them (50 %), as a real account syncs. Printed:

* search p95 (and median, max) in the four followers while the sync runs (target <= 50 ms);
* commit to visible, what a user sees: per row, from the commit of its last change in the syncer's cache
  to the commit of the pull that brought it into a follower's cache (target <= 1 s). Both members'
  cache writers note the time of each commit (one machine: ``time.monotonic`` is one clock for every
  process) with, in the syncer, the newest local change number it made durable and, in a follower, its
  pull mark (the server's change number it has everything up to); each row's last local and server
  change numbers (``team_changes`` on both sides, matched by table and key) place it on both logs;
* the old, narrower figure too: from a notification's arrival in a follower (sent with the publish
  batch's commit) to the end of the pull that brought it;
* the syncer's publish in parts: commit to committed on the server, then its rounds, each group's step,
  the server upserts, the reads from its cache, its marks, its progress reports and its cache writer's
  transactions (median, p95, max; ``--save FILE`` keeps every figure as JSON);
* rows pulled per second (pull time only) and the syncer's time and published rows;
* then the shared outbox: each member queues its share of ``--writes`` notes (handed over to the team
  server's outbox), and the five flush at the same moment (``outbox flush``, a process each): the
  writes the sandbox received twice (target 0), missing ones, and who sent how many.

``--archive N`` first gives the team a second account, ``archive``: a SmartRecruiters sandbox of its own
with N candidates, team-synced by the syncer with the limits lifted; each follower pulls all the team
published before it starts following, so its searches run over N candidates plus the live sync's
(issue 17: search p95 on 100k candidates while a sync runs). Untimed; the archive's sync and the pulls'
durations are printed.

    tools/with-keyring.sh .venv/bin/python bench/team.py                 # large: 100k candidates
    tools/with-keyring.sh .venv/bin/python bench/team.py --candidates 2000   # a quick check
    tools/with-keyring.sh .venv/bin/python bench/team.py --candidates 300 --limit   # the vendor's pace
    tools/with-keyring.sh .venv/bin/python bench/team.py --archive 100000 --candidates 300 --limit --writes 0

Needs PostgreSQL's binaries (tools/bootstrap.sh installs them) and a keyring (the members' team
password goes there, as with ``team connect``).
"""

from __future__ import annotations

import argparse
import bisect
import importlib
import json
import os
import queue
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from sandbox_process import ROOT, serve

FOLLOWERS = 4
TYPE_EVERY = 0.05


def _pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))] if ordered else 0.0


def _cli(home: Path, *args: str, stdin: str | None = None) -> str:
    env = {**os.environ, "RECRUITER_COMPANION_HOME": str(home), "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "desktop", *args]
    done = subprocess.run(
        command, input=stdin, capture_output=True, text=True, cwd=ROOT, env=env, timeout=600
    )
    if done.returncode != 0:
        raise SystemExit(f"recruiter-companion {' '.join(args)} failed: {done.stderr.strip()}")
    return done.stderr


def _member_env(home: Path, i: int) -> dict[str, str]:
    # LOGNAME names the member as author and sender; PYTHONPATH as for _child below.
    home_env = {"RECRUITER_COMPANION_HOME": str(home), "LOGNAME": f"member{i}"}
    return {**os.environ, **home_env, "PYTHONPATH": str(ROOT)}


def _child(mode: str, home: Path, *args: str) -> subprocess.Popen[str]:
    # PYTHONPATH: a script's own folder comes first on its path, not the working directory, and the venv's
    # editable install points at one checkout: without it, a member would run that checkout's code.
    return subprocess.Popen(
        [sys.executable, __file__, mode, str(home), *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, "RECRUITER_COMPANION_HOME": str(home), "PYTHONPATH": str(ROOT)},
    )


def _clock(core: Any, sql: str) -> list[tuple[float, int]]:
    """Note (time, ``sql``'s value read in the transaction) after every commit of ``core``'s cache writer:
    the bench's own wrapper, so the same figure is taken whatever the team code does."""
    log: list[tuple[float, int]] = []
    writer = core.writer
    inner = writer._transaction

    def timed(fn: Any, args: tuple[Any, ...]) -> Any:
        value = None

        def wrapped(conn: Any, *a: Any) -> Any:
            nonlocal value
            out = fn(conn, *a)
            value = conn.exec_driver_sql(sql).scalar()
            return out

        out = inner(wrapped, args)
        if value is not None:
            log.append((time.monotonic(), int(value)))
        return out

    writer._transaction = timed
    return log


# --- a follower ----------------------------------------------------------------------------------------
def follower(home: Path, first: bool) -> int:
    """Follow the team live and search meanwhile until told to stop on stdin; print figures as JSON.
    ``first``: pull every account the team published before following (``ready`` says how long)."""
    from desktop import search
    from desktop.cache.db import open_reader
    from desktop.cli.common import open_core
    from desktop.team import connect, pull
    from desktop.team.follow import Follower
    from desktop.team.listen import Listener

    url = connect.saved_url()
    assert url is not None
    core = open_core()
    pulls = Follower(url)
    before = {"rows": 0, "seconds": 0.0}
    if first:  # accounts this cache has no row for yet: the server's list, as the window's pull-all does
        started = time.monotonic()
        before["rows"] = sum(pulls.pull(core.writer, a) for a, _name in pull.team_accounts(pulls.server))
        before["seconds"] = time.monotonic() - started
    # After the first pull: its commits are not the live figure's.
    applied = _clock(core, "SELECT max(CAST(value AS INTEGER)) FROM team_marks WHERE name LIKE 'pulled:%'")
    heard: queue.Queue[tuple[str, float]] = queue.Queue()
    delays: list[float] = []
    pulled = {"rows": 0, "seconds": 0.0, "pulls": 0}
    stop = threading.Event()

    def puller() -> None:
        while not stop.is_set():
            try:
                first = heard.get(timeout=0.2)
            except queue.Empty:
                continue
            waiting = [first]
            while not heard.empty():  # notifications meanwhile: the same pull covers them
                waiting.append(heard.get_nowait())
            started = time.monotonic()
            rows = sum(pulls.pull(core.writer, a) for a in {a for a, _t in waiting})
            ended = time.monotonic()
            pulled["rows"] += rows
            pulled["seconds"] += ended - started
            pulled["pulls"] += 1
            delays.extend(ended - t for _a, t in waiting)

    listener = Listener(url, lambda account_id: heard.put((account_id, time.monotonic())))
    listener.start()
    listener.listening.wait(30)
    worker = threading.Thread(target=puller, daemon=True)
    worker.start()
    print("ready", json.dumps(before), flush=True)
    told = threading.Event()

    def wait_for_stop() -> None:
        sys.stdin.readline()
        told.set()

    threading.Thread(target=wait_for_stop, daemon=True).start()

    reader = open_reader(core_path(core))
    rng = random.Random(os.getpid())
    typed: list[float] = []
    names: list[str] = []
    sampled = 0.0
    while not told.is_set():
        now = time.monotonic()
        if now - sampled > 2.0:
            sampled = now
            names = [
                r[0]
                for r in reader.execute(
                    "SELECT last_name FROM candidates WHERE last_name IS NOT NULL ORDER BY random() LIMIT 50"
                )
            ]
        if names:
            name = rng.choice(names)
            query = name[: rng.randint(2, len(name))] if len(name) > 2 else name
            started = time.perf_counter()
            search.search(reader, query)
            typed.append((time.perf_counter() - started) * 1000)
        time.sleep(TYPE_EVERY)
    time.sleep(1.0)  # the last notifications' pulls
    stop.set()
    worker.join()
    listener.stop()
    candidates = reader.execute("SELECT count(*) FROM candidates").fetchone()[0]
    reader.close()
    pulls.close()
    core.close()
    print(
        json.dumps(
            {"search_ms": typed, "delays": delays, "candidates": candidates, "applied": applied, **pulled}
        ),
        flush=True,
    )
    return 0


def core_path(core: Any) -> Path:
    return Path(str(core.engine.url.database))


def _team_sync(core: Any, account: str, limited: bool) -> tuple[Any, Any, float]:
    """The CLI's team sync of ``account`` (the sandbox's limits lifted unless ``limited``): the server's
    URL, the ``replica.Outcome`` and the seconds it took."""
    from connectors.http import Limits
    from desktop.team import connect, replica

    url = connect.saved_url()
    assert url is not None
    started = time.monotonic()
    lifted = {"limits": Limits(requests_per_second=5000, concurrency=8)}
    done = replica.team_sync(core, url, account, sync_options=None if limited else lifted)
    seconds = time.monotonic() - started
    assert isinstance(done, replica.Outcome), done
    return url, done, seconds


# --- the archive ----------------------------------------------------------------------------------------
def archiver(home: Path) -> int:
    """The CLI's team sync of account ``archive`` with the sandbox's limits lifted; prints its time."""
    from desktop.cli.common import open_core

    core = open_core()
    _url, done, seconds = _team_sync(core, "archive", limited=False)
    core.close()
    print(json.dumps({"seconds": seconds, "published": done.published, "error": done.publish_error}))
    return 0


# --- the syncer ------------------------------------------------------------------------------------------
def _timed_writes(core: Any) -> list[tuple[float, float, int]]:
    """Note (start, seconds, 0) of every transaction of ``core``'s cache writer: what a publish's marks
    wait behind."""
    noted: list[tuple[float, float, int]] = []
    inner = core.writer._transaction

    def timed(fn: Any, args: tuple[Any, ...]) -> Any:
        started = time.monotonic()
        try:
            return inner(fn, args)
        finally:
            noted.append((started, time.monotonic() - started, 0))

    core.writer._transaction = timed
    return noted


def _timed_publish() -> dict[str, list[tuple[float, float, int]]]:
    """Note (start, seconds, rows) of every publish round, of each group's step in it and of each
    table's upsert on the server, and (time, 0, change number) after each server transaction: where
    a row's way from the syncer's commit to the server goes."""
    from desktop.team import publish
    from desktop.team import rows as team_rows

    kinds = ("rounds", "steps", "upserts", "served", "marks", "reads", "told")
    noted: dict[str, list[tuple[float, float, int]]] = {kind: [] for kind in kinds}
    whole, batch = publish.publish_round, publish._publish
    upsert, read = team_rows.pg_upsert, team_rows.sqlite_rows

    def timed_round(cache: Any, server: Any, account: str, save_mark: Any, **kwargs: Any) -> Any:
        def noted_mark(name: str, value: str) -> None:
            if name.startswith("pulled:"):  # after each server transaction: its newest change number
                noted["served"].append((time.monotonic(), 0.0, int(value)))
            started = time.monotonic()
            save_mark(name, value)  # through the cache writer, behind the sync's writes
            noted["marks"].append((started, time.monotonic() - started, 0))

        told = kwargs.get("after_batch")
        if told is not None:

            def timed_told() -> None:
                started = time.monotonic()
                told()
                noted["told"].append((started, time.monotonic() - started, 0))

            kwargs["after_batch"] = timed_told
        started = time.monotonic()
        done = whole(cache, server, account, noted_mark, **kwargs)
        noted["rounds"].append((started, time.monotonic() - started, done.published))
        return done

    def timed_batch(*args: Any, **kwargs: Any) -> Any:
        started = time.monotonic()
        before = args[7].published  # the round's running count (``done``)
        out = batch(*args, **kwargs)
        noted["steps"].append((started, time.monotonic() - started, args[7].published - before))
        return out

    def timed_upsert(conn: Any, name: str, found: Any) -> None:
        started = time.monotonic()
        upsert(conn, name, found)
        noted["upserts"].append((started, time.monotonic() - started, len(found)))

    def timed_read(reader: Any, name: str, keys: Any) -> Any:
        started = time.monotonic()
        found = read(reader, name, keys)
        noted["reads"].append((started, time.monotonic() - started, len(found)))
        return found

    publish.publish_round = timed_round  # type: ignore[assignment]
    publish._publish = timed_batch  # type: ignore[assignment]
    team_rows.pg_upsert = timed_upsert  # type: ignore[assignment]
    team_rows.sqlite_rows = timed_read  # type: ignore[assignment]
    return noted


def syncer(home: Path, limited: bool) -> int:
    """The CLI's team sync of account ``acme``, the sandbox's limits lifted unless ``limited``; prints
    figures as JSON, with each row's (server change number, local commit time)."""
    from desktop.cache.db import open_reader
    from desktop.cli.common import open_core
    from desktop.team.schema import engine_for

    core = open_core()
    committed = _clock(core, "SELECT max(seq) FROM team_changes")
    rounds = _timed_publish()
    rounds["writes"] = _timed_writes(core)
    url, done, seconds = _team_sync(core, "acme", limited)
    acme = core.accounts.get("acme").id
    reader = open_reader(core_path(core))
    changes = reader.execute("SELECT seq, tbl, row_key FROM team_changes").fetchall()
    local = {(t, tuple(json.loads(k))): int(s) for s, t, k in changes}
    reader.close()
    core.close()
    server = engine_for(url)
    with server.connect() as conn:
        remote = conn.exec_driver_sql(  # acme's only: an archive's rows were published before the run
            "SELECT seq, tbl, row_key::text FROM team_changes WHERE account_id = %(a)s", {"a": acme}
        ).all()
    server.dispose()
    times = [t for t, _ in committed]
    seqs = [s for _, s in committed]  # non-decreasing: change numbers only grow
    rows = []
    for seq, table, key in remote:
        mine = local.get((table, tuple(json.loads(key))))
        at = bisect.bisect_left(seqs, mine) if mine is not None else len(seqs)
        if at < len(seqs):
            rows.append((int(seq), times[at]))
    print(
        json.dumps({
            "seconds": seconds,
            "published": done.published,
            "error": done.publish_error,
            "rows": rows,
            "unmatched": len(remote) - len(rows),
            **rounds,
        })
    )
    return 0


# --- the shared outbox ----------------------------------------------------------------------------------
NOTE_MARK = "bench-outbox"


def queuer(home: Path, count: int, first: int) -> int:
    """Queue ``count`` notes on the account's first applications without sending them (team mode hands
    them over to the server's outbox)."""
    import asyncio

    from desktop.cli.common import open_core
    from desktop.outbox.worker import OutboxWorker

    core = open_core()
    try:
        account = core.accounts.get("acme")
        with core.engine.connect() as conn:
            apps = [
                r[0]
                for r in conn.exec_driver_sql(  # acme's: an archive's applications are another sandbox's
                    "SELECT id FROM applications WHERE account_id = ? ORDER BY id LIMIT 50", (account.id,)
                )
            ]
        worker = OutboxWorker(core.writer, core.accounts)

        async def go() -> None:
            for i in range(first, first + count):
                data = {"application_id": apps[i % len(apps)], "content": f"{NOTE_MARK} {i}"}
                await worker.submit(account, "add-note-to-application", data, send=False)

        asyncio.run(go())
    finally:
        core.close()
    return 0


def outbox_figure(homes: list[Path], account: str, base_url: str, writes: int) -> str:
    """Five members queue ``writes`` notes between them, then flush at the same moment; the line to print."""
    import httpx

    share = writes // len(homes)
    for i, home in enumerate(homes):
        if i:  # the followers pulled the account without its credentials
            _cli(home, "accounts", "edit", "acme", "--credentials", stdin=account)
        count = share if i < len(homes) - 1 else writes - share * (len(homes) - 1)
        done = subprocess.run(
            [sys.executable, __file__, "_queue", str(home), str(count), str(share * i)],
            capture_output=True, text=True, cwd=ROOT, timeout=600,
            env=_member_env(home, i),
        )
        if done.returncode != 0:
            raise SystemExit(f"queueing failed: {done.stderr.strip()}")
    started = time.monotonic()
    flushes = [
        subprocess.Popen(
            [sys.executable, "-m", "desktop", "outbox", "flush"], stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, text=True, cwd=ROOT,
            env=_member_env(home, i),
        )
        for i, home in enumerate(homes)
    ]
    sent = []
    for proc in flushes:
        out, err = proc.communicate(timeout=600)
        sent.append(json.loads(out)["sent"] if out.strip() else f"failed: {err.strip()[-200:]}")
    seconds = time.monotonic() - started
    found = httpx.get(f"{base_url}/_sandbox/records/messages", params={"limit": 1_000_000}, timeout=60)
    texts = [m["content"].split("] ", 1)[-1] for m in found.json()["records"]]
    counts: dict[str, int] = {}
    for text in texts:
        if text.startswith(NOTE_MARK):
            counts[text] = counts.get(text, 0) + 1
    duplicates = sum(n - 1 for n in counts.values())
    return (
        f"shared outbox: {len(homes)} members flushed {writes} queued writes at once in {seconds:.1f} s; "
        f"sent per member {sent}; at the sandbox {len(counts)} distinct, {duplicates} duplicates "
        f"(target 0), {writes - len(counts)} missing"
    )


# --- the run ---------------------------------------------------------------------------------------------
def _visible(rows: list[tuple[int, float]], applied: list[tuple[float, int]]) -> tuple[list[float], int]:
    """Per row, seconds from its local commit in the syncer to the follower's commit that brought it
    (its pull mark at or past the row's server change number); and how many rows never arrived."""
    marks: list[int] = []
    times: list[float] = []
    for t, m in applied:
        if not marks or m > marks[-1]:
            marks.append(m)
            times.append(t)
    delays, missing = [], 0
    for seq, committed in rows:
        at = bisect.bisect_left(marks, seq)
        if at == len(marks):
            missing += 1
        else:
            delays.append(times[at] - committed)
    return delays, missing


def _archive(homes: list[Path], n: int) -> list[subprocess.Popen[str]]:
    """A second sandbox with ``n`` candidates, team-synced as account ``archive`` by member 0, then the
    followers started, each pulling it all before it says ready; prints how long each part took."""
    sandbox, ready = serve("smartrecruiters", "--candidates", str(n), "--rate-limit", "1000000")
    try:
        account = json.dumps(ready["account"])
        _cli(homes[0], "accounts", "add", "smartrecruiters", "--name", "archive", stdin=account)
        print(f"archive: team-syncing {n:,} candidates (limits lifted)", flush=True)
        sync = _child("_archive", homes[0])
        out, _ = sync.communicate()
    finally:
        sandbox.terminate()
    if sync.returncode != 0:
        raise SystemExit("the archive's sync failed")
    synced = json.loads(out.strip().splitlines()[-1])
    print(
        f"archive: synced in {synced['seconds']:.1f} s, {synced['published']:,} rows published "
        f"({synced['published'] / synced['seconds']:,.0f} rows/s)"
        + (f" (publishing stopped: {synced['error']})" if synced["error"] else ""),
        flush=True,
    )
    started = time.monotonic()
    members = [_child("_follower", home, "first") for home in homes[1:]]
    pulled = [_ready(member) for member in members]
    seconds = time.monotonic() - started
    each = ", ".join(f"{p['rows']:,} rows in {p['seconds']:.1f} s" for p in pulled)
    rate = sum(p["rows"] for p in pulled) / seconds if seconds else 0.0
    print(
        f"archive: the {FOLLOWERS} followers' first pulls (at once) took {seconds:.1f} s: {each} "
        f"({rate:,.0f} rows/s together)",
        flush=True,
    )
    return members


def _ready(member: subprocess.Popen[str]) -> dict[str, Any]:
    """A follower's ``ready`` line: what its first pull brought (nothing unless ``first``)."""
    assert member.stdout is not None
    word, _, rest = member.stdout.readline().strip().partition(" ")
    if word != "ready":
        raise SystemExit("a follower did not start")
    found: dict[str, Any] = json.loads(rest)
    return found


def run(
    size: str, candidates: int | None, limited: bool, writes: int, archive: int, save: Path | None = None
) -> int:
    import psycopg

    sys.path.insert(0, str(ROOT))  # tools/ is not a package the venv installs
    # Every child (sandboxes too) runs this checkout's code, not the one the venv's editable install names.
    os.environ["PYTHONPATH"] = str(ROOT)
    # By name: mypy checks tools/ as top-level modules, and "tools.pg_cluster" would be the same file twice.
    pg_cluster: Any = importlib.import_module("tools.pg_cluster")

    cluster = pg_cluster.start()
    more = ["--candidates", str(candidates)] if candidates else []
    lift = [] if limited else ["--rate-limit", "1000000"]
    sandbox, ready = serve("smartrecruiters", "--size", size, *lift, *more)
    folder = Path(tempfile.mkdtemp(prefix="rc-bench-team-"))
    members: list[subprocess.Popen[str]] = []
    try:
        with psycopg.connect(cluster.url(), autocommit=True) as admin:
            admin.execute("CREATE DATABASE team")
        url = cluster.url("team")
        homes = [folder / f"member{i}" for i in range(FOLLOWERS + 1)]
        for home in homes:
            _cli(home, "team", "connect", url)
        account = json.dumps(ready["account"])
        _cli(homes[0], "accounts", "add", "smartrecruiters", "--name", "acme", stdin=account)
        if archive:
            members.extend(_archive(homes, archive))
        else:
            members.extend(_child("_follower", home, "live") for home in homes[1:])
            for member in members:
                _ready(member)
        what = f"{size}, {candidates} candidates" if candidates else size
        pace = "the vendor's limits, the account's default share" if limited else "limits lifted"
        print(f"{FOLLOWERS} followers listening; the syncer starts ({what}, {pace})", flush=True)
        sync = _child("_syncer", homes[0], "limited" if limited else "lifted")
        out, _ = sync.communicate()
        synced = json.loads(out.strip().splitlines()[-1])
        results = []
        for member in members:
            out, _ = member.communicate("stop\n", timeout=600)
            results.append(json.loads(out.strip().splitlines()[-1]))
        outbox = outbox_figure(homes, account, ready["base_url"], writes) if writes else ""
    finally:
        for member in members:
            if member.poll() is None:
                member.kill()
                member.wait()
        sandbox.terminate()
        cluster.stop()
        shutil.rmtree(folder, ignore_errors=True)  # five members' caches: gigabytes at --archive 100000
    if save is not None:  # the raw figures, to look into a run afterwards
        save.write_text(json.dumps({"syncer": synced, "followers": results}))
    searches = [ms for r in results for ms in r["search_ms"]]
    delays = [d * 1000 for r in results for d in r["delays"]]
    rows = sum(r["rows"] for r in results)
    pull_seconds = sum(r["seconds"] for r in results)
    print(
        f"syncer: {synced['seconds']:.1f} s, {synced['published']:,} rows published"
        + (f" (publishing stopped: {synced['error']})" if synced["error"] else "")
    )
    counts = ", ".join(f"{r['candidates']:,}" for r in results)
    print(f"followers' caches: {counts} candidates")
    print(
        f"search in the {FOLLOWERS} followers during the sync: {len(searches):,} queries, median "
        f"{statistics.median(searches):.1f} ms, p95 {_pct(searches, 95):.1f} ms, max {max(searches):.1f} ms "
        "(target p95 <= 50 ms)"
    )
    print(
        f"notification to pulled (the old, narrower figure): {len(delays):,} notifications, median "
        f"{statistics.median(delays):.0f} ms, p95 {_pct(delays, 95):.0f} ms, max {max(delays):.0f} ms "
        "(target <= 1000 ms)"
    )
    visible: list[float] = []
    missing = 0
    for r in results:
        seen, lost = _visible([(int(s), float(t)) for s, t in synced["rows"]], r["applied"])
        visible.extend(d * 1000 for d in seen)
        missing += lost
    print(
        f"commit in the syncer to visible in a follower: {len(visible):,} row arrivals, median "
        f"{statistics.median(visible):.0f} ms, p95 {_pct(visible, 95):.0f} ms, "
        f"p99 {_pct(visible, 99):.0f} ms, max {max(visible):.0f} ms; "
        f"within 1 s: {sum(d <= 1000 for d in visible) / len(visible):.1%}"
        f" (target <= 1000 ms; {missing} never arrived, {synced['unmatched']} unmatched)"
    )
    commits = [(int(q), float(t)) for q, t in synced["rows"]]
    served, _unserved = _visible(commits, [(t, n) for t, _d, n in synced["served"]])
    if served:
        ms = [d * 1000 for d in served]
        print(
            f"commit in the syncer to committed on the server: median {statistics.median(ms):.0f} ms, "
            f"p95 {_pct(ms, 95):.0f} ms, p99 {_pct(ms, 99):.0f} ms, max {max(ms):.0f} ms"
        )
    labels = {
        "rounds": "publish rounds",
        "steps": "publish steps (a group's changes from one snapshot)",
        "upserts": "upserts on the server (a table's rows of a batch)",
        "reads": "reads of the rows to publish from its cache",
        "marks": "publish marks written through its cache writer",
        "told": "progress reports on the lock",
        "writes": "cache writer transactions",
    }
    for what, label in labels.items():
        took = [d * 1000 for _t, d, _n in synced[what]]
        if took:
            print(
                f"the syncer's {label}: {len(took):,}, median {statistics.median(took):.0f} ms, "
                f"p95 {_pct(took, 95):.0f} ms, max {max(took):.0f} ms; rows in the slowest "
                f"{sorted(synced[what], key=lambda r: -r[1])[0][2]:,}"
            )
    print(
        f"pulls: {sum(r['pulls'] for r in results):,}, {rows:,} rows in {pull_seconds:.1f} s of pulling, "
        f"{rows / pull_seconds if pull_seconds else 0:,.0f} rows/s per follower"
    )
    if outbox:
        print(outbox)
    return 0


def main() -> int:
    if len(sys.argv) == 5 and sys.argv[1] == "_queue":
        return queuer(Path(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]))
    if len(sys.argv) == 4 and sys.argv[1] == "_follower":
        return follower(Path(sys.argv[2]), sys.argv[3] == "first")
    if len(sys.argv) == 3 and sys.argv[1] == "_archive":
        return archiver(Path(sys.argv[2]))
    if len(sys.argv) == 4 and sys.argv[1] == "_syncer":
        return syncer(Path(sys.argv[2]), sys.argv[3] == "limited")
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--size", default="large", help="the sandbox's size (tiny, small, large)")
    parser.add_argument("--candidates", type=int, help="candidates in the sandbox instead of the size's own")
    parser.add_argument(
        "--writes", type=int, default=100, help="writes the members queue, then flush at once (0: skip)"
    )
    parser.add_argument(
        "--limit",
        action="store_true",
        help="sync at the vendor's pace: the sandbox's published limits, the account's default share",
    )
    parser.add_argument(
        "--archive",
        type=int,
        default=0,
        metavar="N",
        help="first team-sync a second sandbox of N candidates (untimed); the followers pull and search it",
    )
    parser.add_argument("--save", type=Path, metavar="FILE", help="write the raw figures there as JSON")
    args = parser.parse_args()
    return run(args.size, args.candidates, args.limit, args.writes, args.archive, args.save)


if __name__ == "__main__":
    sys.exit(main())
