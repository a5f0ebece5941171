"""Team mode with five members on one server (issue 17): one syncs the large SmartRecruiters sandbox and
publishes as it goes, four follow it live and search their own caches meanwhile.

A throw-away PostgreSQL cluster (tools/pg_cluster.py) and the sandbox (its own process, its rate limit
lifted) are started; each member is a process with a data folder of its own, connected with ``team
connect``. The four followers do what the window does in team mode (``desktop.team.listen.Listener``
on a thread, a pull per notification through ``desktop.team.follow``, at most one in flight) while
their main thread searches their cache with ``desktop.search.search`` as a user types (a query every
50 ms, names sampled from what was pulled so far). The syncer runs the CLI's team sync
(``desktop.team.replica.team_sync``) with the sandbox's limits lifted. Printed:

* search p95 (and median, max) in the four followers while the sync runs (target <= 50 ms);
* the delay from a publish to its rows in a follower's cache: from the notification's arrival (it is
  sent with the publish batch's commit) to the end of the pull that brought it (target <= 1 s);
* rows pulled per second (pull time only) and the syncer's time and published rows;
* then the shared outbox: each member queues its share of ``--writes`` notes (handed over to the team
  server's outbox), and the five flush at the same moment (``outbox flush``, a process each): the
  writes the sandbox received twice (target 0), missing ones, and who sent how many.

    tools/with-keyring.sh .venv/bin/python bench/team.py                 # large: 100k candidates
    tools/with-keyring.sh .venv/bin/python bench/team.py --candidates 2000   # a quick check

Needs PostgreSQL's binaries (tools/bootstrap.sh installs them) and a keyring (the members' team
password goes there, as with ``team connect``).
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import queue
import random
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
    env = {**os.environ, "RECRUITER_COMPANION_HOME": str(home)}
    command = [sys.executable, "-m", "desktop", *args]
    done = subprocess.run(
        command, input=stdin, capture_output=True, text=True, cwd=ROOT, env=env, timeout=600
    )
    if done.returncode != 0:
        raise SystemExit(f"recruiter-companion {' '.join(args)} failed: {done.stderr.strip()}")
    return done.stderr


def _child(mode: str, home: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, __file__, mode, str(home)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, "RECRUITER_COMPANION_HOME": str(home)},
    )


# --- a follower ----------------------------------------------------------------------------------------
def follower(home: Path) -> int:
    """Follow the team live and search meanwhile until told to stop on stdin; print figures as JSON."""
    from desktop import search
    from desktop.cache.db import open_reader
    from desktop.cli.common import open_core
    from desktop.team import connect
    from desktop.team.follow import Follower
    from desktop.team.listen import Listener

    url = connect.saved_url()
    assert url is not None
    core = open_core()
    pulls = Follower(url)
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
    print("ready", flush=True)
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
    print(json.dumps({"search_ms": typed, "delays": delays, "candidates": candidates, **pulled}), flush=True)
    return 0


def core_path(core: Any) -> Path:
    return Path(str(core.engine.url.database))


# --- the syncer ------------------------------------------------------------------------------------------
def syncer(home: Path) -> int:
    """The CLI's team sync of account ``acme``, the sandbox's limits lifted; prints figures as JSON."""
    from connectors.http import Limits
    from desktop.cli.common import open_core
    from desktop.team import connect, replica

    url = connect.saved_url()
    assert url is not None
    core = open_core()
    started = time.monotonic()
    done = replica.team_sync(
        core, url, "acme", sync_options={"limits": Limits(requests_per_second=5000, concurrency=8)}
    )
    seconds = time.monotonic() - started
    assert isinstance(done, replica.Outcome), done
    core.close()
    print(json.dumps({"seconds": seconds, "published": done.published, "error": done.publish_error}))
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
        with core.engine.connect() as conn:
            apps = [r[0] for r in conn.exec_driver_sql("SELECT id FROM applications ORDER BY id LIMIT 50")]
        worker = OutboxWorker(core.writer, core.accounts)
        account = core.accounts.get("acme")

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
            env={**os.environ, "RECRUITER_COMPANION_HOME": str(home), "LOGNAME": f"member{i}"},
        )
        if done.returncode != 0:
            raise SystemExit(f"queueing failed: {done.stderr.strip()}")
    started = time.monotonic()
    flushes = [
        subprocess.Popen(
            [sys.executable, "-m", "desktop", "outbox", "flush"], stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, text=True, cwd=ROOT,
            env={**os.environ, "RECRUITER_COMPANION_HOME": str(home), "LOGNAME": f"member{i}"},
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
def run(size: str, candidates: int | None, writes: int) -> int:
    import psycopg

    sys.path.insert(0, str(ROOT))  # tools/ is not a package the venv installs
    # By name: mypy checks tools/ as top-level modules, and "tools.pg_cluster" would be the same file twice.
    pg_cluster: Any = importlib.import_module("tools.pg_cluster")

    cluster = pg_cluster.start()
    more = ["--candidates", str(candidates)] if candidates else []
    sandbox, ready = serve("smartrecruiters", "--size", size, "--rate-limit", "1000000", *more)
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
        for home in homes[1:]:
            members.append(_child("_follower", home))
        for member in members:
            assert member.stdout is not None
            if member.stdout.readline().strip() != "ready":
                raise SystemExit("a follower did not start")
        what = f"{size}, {candidates} candidates" if candidates else size
        print(f"{FOLLOWERS} followers listening; the syncer starts ({what})")
        sync = _child("_syncer", homes[0])
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
        sandbox.terminate()
        cluster.stop()
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
        f"publish to a follower's cache: {len(delays):,} notifications, median "
        f"{statistics.median(delays):.0f} ms, p95 {_pct(delays, 95):.0f} ms, max {max(delays):.0f} ms "
        "(target <= 1000 ms)"
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
    if len(sys.argv) == 3 and sys.argv[1] in ("_follower", "_syncer"):
        return (follower if sys.argv[1] == "_follower" else syncer)(Path(sys.argv[2]))
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--size", default="large", help="the sandbox's size (tiny, small, large)")
    parser.add_argument("--candidates", type=int, help="candidates in the sandbox instead of the size's own")
    parser.add_argument(
        "--writes", type=int, default=100, help="writes the members queue, then flush at once (0: skip)"
    )
    args = parser.parse_args()
    return run(args.size, args.candidates, args.writes)


if __name__ == "__main__":
    sys.exit(main())
