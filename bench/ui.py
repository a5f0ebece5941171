"""Desktop app figures: event-loop stalls during a large sync, search latency on 100k candidates,
cold start to a usable window on that cache.

    python bench/ui.py --home /tmp/rc-bench            # builds the 100k cache there once (minutes)
    python bench/ui.py --home /tmp/rc-bench --skip-stall --cold-runs 5

Targets: stall < 50 ms, search < 50 ms, cold start < 1.5 s.

* Stall: the real window syncs a "large" SmartRecruiters sandbox (served by a separate process, as a
  vendor would be) into a fresh cache for ``--stall-seconds``, with the candidates list on screen
  and refreshing; a QTimer ticking every 5 ms records how late each tick comes. Then cancelled. The
  sync runs in its worker process as in the app; ``--sync-in-thread`` runs it on a thread of the
  window's process instead (the way before, for comparison). Only this part:
  ``python bench/ui.py --stall-child 30 [--sync-in-thread]``. On Linux it also says where the ticks
  over 20 ms late went (the window thread's schedstat): on a CPU, waiting for one, or asleep.
* Search: ``desktop.search.search`` (the Ctrl+K box) and the list filter, on the cache in ``--home``,
  for names, e-mails, companies, job titles, and every prefix of a name as it is typed.
* ``--compare-encryption``: the search figures on the (encrypted) 100k cache and on a plain copy of
  it made in the same run, and the ratio of their medians and p95s (target <= 1.3, issue 15).
* Cold start: a new process per run, from exec to the window shown with the 100k candidates list
  loaded (imports, cache open and migration check, Qt, first page and count).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from child_ready import time_until_ready
from sandbox_process import serve

ROOT = Path(__file__).resolve().parents[1]
TARGET_STALL_MS, TARGET_SEARCH_MS, TARGET_COLD_S = 50.0, 50.0, 1.5


def _serve_large(rate_limit: float) -> tuple[subprocess.Popen[str], dict[str, str]]:
    """A large SmartRecruiters sandbox in its own process; returns it and the account to connect."""
    proc, ready = serve("smartrecruiters", "--size", "large", "--rate-limit", str(rate_limit))
    return proc, ready["account"]


def _pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


# --- the 100k cache ---------------------------------------------------------------------------
def build_cache(home: Path) -> None:
    """Sync the whole large sandbox into ``home`` once; later runs reuse it."""
    os.environ["RECRUITER_COMPANION_HOME"] = str(home)
    from desktop.core import Core

    core = Core.open()
    try:
        count = (
            core.engine.raw_connection()
            .driver_connection.execute(  # type: ignore[union-attr]
                "SELECT count(*) FROM candidates"
            )
            .fetchone()[0]
        )
        if count >= 100_000:
            print(f"cache: {home / 'cache.sqlite3'} ({count:,} candidates), reused")
            return
        print("cache: building the 100k cache (large sandbox, full sync; takes minutes) …", flush=True)
        proc, account_values = _serve_large(5000)
        try:
            account = (
                core.accounts.get("large")
                if any(a.name == "large" for a in core.accounts.list())
                else core.accounts.add("smartrecruiters", "large", account_values)
            )
            started = time.monotonic()
            report = asyncio.run(core.sync.sync(account, account_values, full=True))
            print(f"cache: synced in {time.monotonic() - started:.0f}s: {report.per_model()}")
        finally:
            proc.terminate()
    finally:
        core.close()
    # The bench's app must not try to sync against a sandbox that is gone.
    (home / "settings.ini").write_text("[sync]\non_start=false\n")


# --- search ----------------------------------------------------------------------------------------
def bench_search(home: Path, samples: int, picked: dict[str, Any] | None = None) -> dict[str, float]:
    """``picked`` (filled on the first call, reused on the next): the same people and jobs to type,
    for two caches with the same rows (--compare-encryption)."""
    from desktop import queries, search
    from desktop.cache.db import open_reader

    conn = open_reader(home / "cache.sqlite3")
    rng = random.Random(7)
    picked = {} if picked is None else picked
    if not picked:
        picked["people"] = conn.execute(
            "SELECT first_name, last_name, json_extract(email_addresses, '$[0].email_address'), "
            "company, title FROM candidates ORDER BY random() LIMIT ?",
            (samples,),
        ).fetchall()
        picked["jobs"] = [r[0] for r in conn.execute("SELECT name FROM jobs ORDER BY random() LIMIT 20")]
    people, jobs = picked["people"], picked["jobs"]
    queries_typed: list[str] = []
    for first, last, email, company, title in people:
        queries_typed += [last or "", f"{first} {last}", email or "", company or "", title or ""]
    queries_typed += jobs
    # As typed: every prefix of some names, one keystroke at a time.
    for first, last, *_ in people[:20]:
        text = f"{first} {last}"
        queries_typed += [text[:i] for i in range(1, len(text) + 1)]
    queries_typed = [q for q in queries_typed if q.strip()]
    rng.shuffle(queries_typed)
    for q in queries_typed[:20]:  # warm the page cache as a running app would have
        search.search(conn, q)
    timings, worst = [], ("", 0.0)
    for q in queries_typed:
        started = time.perf_counter()
        search.search(conn, q)
        ms = (time.perf_counter() - started) * 1000
        timings.append(ms)
        if ms > worst[1]:
            worst = (q, ms)
    spec = queries.LISTS["candidates"]
    filter_ms = []
    for _first, last, *_ in people[:20]:
        text = last or ""
        for i in range(1, len(text) + 1):
            scope = queries.Scope(text=text[:i])
            started = time.perf_counter()
            queries.count(conn, spec, scope)
            queries.page(conn, spec, scope)
            filter_ms.append((time.perf_counter() - started) * 1000)
    # Scrolling: the list fetches 200 rows more each time the view nears its end.
    scroll_ms = []
    for offset in range(0, 100_000, 5_000):
        started = time.perf_counter()
        queries.page(conn, spec, queries.Scope(), offset=offset, limit=200)
        scroll_ms.append((time.perf_counter() - started) * 1000)
    total = conn.execute("SELECT count(*) FROM candidates").fetchone()[0]
    print(
        f"search: {len(timings)} queries on {total:,} candidates: "
        f"median {statistics.median(timings):.1f} ms, "
        f"p95 {_pct(timings, 95):.1f} ms, max {max(timings):.1f} ms (worst: {worst[0]!r})"
    )
    print(
        f"list filter (count + first page, per keystroke): median {statistics.median(filter_ms):.1f} ms, "
        f"p95 {_pct(filter_ms, 95):.1f} ms, max {max(filter_ms):.1f} ms"
    )
    print(f"scroll (the next 200 rows anywhere in 100k, sorted by name): max {max(scroll_ms):.1f} ms")
    return {
        "search_median_ms": statistics.median(timings),
        "search_p95_ms": _pct(timings, 95),
        "search_max_ms": max(timings),
        "filter_median_ms": statistics.median(filter_ms),
        "filter_p95_ms": _pct(filter_ms, 95),
        "filter_max_ms": max(filter_ms),
    }


# --- cold start ------------------------------------------------------------------------------------
def _cold_child(home: Path) -> int:
    """In a fresh process: start the app on ``home`` and say when it is usable."""
    os.environ["RECRUITER_COMPANION_HOME"] = str(home)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop.ui.app import run_app

    async def ready(app: Any) -> None:
        window = app.window
        window.show_tab("candidates")
        model = window.lists["candidates"].table_model
        while not (window.isVisible() and model.rowCount() > 0):
            await asyncio.sleep(0.005)
        await asyncio.sleep(0)  # one more turn: the first paint of the list
        print(f"READY {model.total}", flush=True)
        window.close()

    return run_app(False, script=ready)


def bench_cold_start(home: Path, runs: int) -> dict[str, float]:
    # Settings: the app opens on the candidates list, and does not sync on start.
    (home / "settings.ini").write_text("[sync]\non_start=false\n[window]\ntab=candidates\n")
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    times = []
    for _ in range(runs):
        elapsed, line = time_until_ready(
            [sys.executable, __file__, "--cold-child", str(home)],
            env=env,
            cwd=ROOT,
            failed="cold start child failed",
        )
        times.append(elapsed)
    print(
        f"cold start to a usable window ({line.split()[1]} candidates listed): "
        + ", ".join(f"{t:.2f}s" for t in times)
        + f"; median {statistics.median(times):.2f}s"
    )
    return {"cold_start_median_s": statistics.median(times)}


# --- stalls during a sync -------------------------------------------------------------------------
def bench_stall(seconds: float, in_thread: bool = False) -> dict[str, float]:
    """In a fresh process, like the app a user starts (nothing from the other benchmarks in memory)."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    variant = ["--sync-in-thread"] if in_thread else []
    proc = subprocess.run(
        [sys.executable, __file__, "--stall-child", str(seconds), *variant],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=seconds + 300,
    )
    result: dict[str, float] = {}
    for line in proc.stdout.splitlines():
        if line.startswith("RESULT "):
            result = json.loads(line[len("RESULT ") :])
        else:
            print(line, flush=True)
    if not result:
        raise SystemExit(f"the stall benchmark failed (exit {proc.returncode})")
    return result


def _schedstat() -> tuple[float, float] | None:
    """This thread's time on a CPU and waiting for one, in ms (Linux's schedstat), or None elsewhere."""
    try:
        with open("/proc/thread-self/schedstat") as f:
            on_cpu, waiting, _slices = f.read().split()
    except OSError:
        return None
    return int(on_cpu) / 1e6, int(waiting) / 1e6


def _stall_child(seconds: float, in_thread: bool = False) -> int:
    home = Path(tempfile.mkdtemp(prefix="rc-bench-stall-"))
    os.environ["RECRUITER_COMPANION_HOME"] = str(home)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    (home / "settings.ini").write_text("[sync]\non_start=false\n[window]\ntab=candidates\n")
    print("stall: starting the large sandbox (about 10 s) …", flush=True)
    proc, account_values = _serve_large(5000)
    result: dict[str, float] = {}
    try:
        from PySide6.QtCore import QTimer

        from desktop.ui.app import run_app
        from desktop.ui.sync_controller import SyncController

        # The window's sync in its worker process (the app's way), or on its thread in the window's
        # process as before (--sync-in-thread: the comparison in README "Benchmarks").
        SyncController.use_process = not in_thread

        async def measure(app: Any) -> None:
            account = await asyncio.to_thread(
                app.core.accounts.add, "smartrecruiters", "large", account_values
            )
            app.window.refresh_accounts()
            app.window.show_tab("candidates")
            await asyncio.sleep(0.5)
            gaps: list[float] = []
            last = [time.perf_counter()]
            # Per tick, where the window's thread spent the gap (Linux): on a CPU, runnable but waiting
            # for one (the OS gave the CPU to another process), or asleep (the interpreter lock held
            # by another thread, or blocking I/O).
            sched: list[tuple[float, float]] = []
            sched_last = [_schedstat()]

            def tick() -> None:
                now = time.perf_counter()
                gaps.append((now - last[0]) * 1000)
                last[0] = now
                if sched_last[0] is not None:
                    current = _schedstat()
                    assert current is not None
                    sched.append((current[0] - sched_last[0][0], current[1] - sched_last[0][1]))
                    sched_last[0] = current

            timer = QTimer()
            timer.setInterval(5)
            timer.timeout.connect(tick)
            timer.start()
            app.sync.start(account, full=True)
            await asyncio.sleep(seconds)
            run = app.sync.runs.get(account.id)
            records = run.records if run else 0
            app.sync.cancel(account.id)
            while app.sync.runs:
                await asyncio.sleep(0.05)
            timer.stop()
            stalls = [g - 5 for g in gaps]
            listed = app.window.lists["candidates"].table_model.total
            result.update(stall_max_ms=max(stalls), stall_p99_ms=_pct(stalls, 99))
            print(
                f"stall: {seconds:.0f}s of a large sync {'on a thread' if in_thread else 'in a process'} "
                f"({records:,} records read, "
                f"{listed:,} candidates listed and refreshing): longest stall {max(stalls):.1f} ms, "
                f"p99 {_pct(stalls, 99):.1f} ms, "
                f"{sum(s > 50 for s in stalls)} ticks over 50 ms of {len(stalls)}",
                flush=True,
            )
            if sched:
                late = [(g - 5, cpu, wait) for g, (cpu, wait) in zip(gaps, sched, strict=True) if g - 5 > 20]
                lateness = sum(s for s, _c, _w in late)
                on_cpu, runnable = sum(c for _s, c, _w in late), sum(w for _s, _c, w in late)
                print(
                    f"stall: the {len(late)} ticks over 20 ms late ({lateness:.0f} ms in all) were on a CPU "
                    f"{on_cpu:.0f} ms, waiting for a CPU {runnable:.0f} ms, asleep (interpreter lock or I/O) "
                    f"{lateness - on_cpu - runnable:.0f} ms beyond the tick's own 5 ms",
                    flush=True,
                )
            app.window.close()

        run_app(False, script=measure)
    finally:
        proc.terminate()
        shutil.rmtree(home, ignore_errors=True)
    print("RESULT " + json.dumps(result), flush=True)
    return 0


def plain_copy(home: Path) -> Path:
    """A plain (decrypted) copy of ``home``'s cache in a folder beside it, for the side-by-side search."""
    from desktop.cache import crypt

    plain_home = home.with_name(home.name + "-plain")
    shutil.rmtree(plain_home, ignore_errors=True)
    plain_home.mkdir(parents=True)
    target = plain_home / "cache.sqlite3"
    conn = crypt.connect(home / "cache.sqlite3")
    try:
        conn.execute("ATTACH DATABASE ? AS plain KEY ''", (str(target),))  # an empty key: no encryption
        conn.execute("SELECT sqlcipher_export('plain')")
        conn.execute("DETACH DATABASE plain")
    finally:
        conn.close()
    assert crypt.is_plain(target)
    return plain_home


def encrypted_copy(home: Path) -> Path:
    """An encrypted copy of ``home``'s plain cache beside it, made as the app's first start makes it
    (the in-place migration: export, verify, replace), timed."""
    from desktop.cache import crypt

    target_home = home.with_name(home.name + "-encrypted")
    shutil.rmtree(target_home, ignore_errors=True)
    target_home.mkdir(parents=True)
    source = sqlite3.connect(f"file:{home / 'cache.sqlite3'}?mode=ro", uri=True)
    target = sqlite3.connect(target_home / "cache.sqlite3")
    source.backup(target)  # a consistent copy, its WAL included
    source.close()
    target.close()
    size = (target_home / "cache.sqlite3").stat().st_size
    started = time.monotonic()
    crypt.prepare(target_home / "cache.sqlite3")
    seconds = time.monotonic() - started
    print(f"migration: encrypted a plain {size / 1e6:,.0f} MB cache in place in {seconds:.1f}s", flush=True)
    return target_home


def compare_encryption(home: Path, samples: int) -> None:
    """Search on the 100k cache and on a copy of the other kind (plain or encrypted), same queries."""
    from desktop.cache import crypt

    if crypt.is_plain(home / "cache.sqlite3"):
        plain_home, encrypted_home = home, encrypted_copy(home)
    else:
        plain_home, encrypted_home = plain_copy(home), home
    picked: dict[str, Any] = {}
    print("search on the encrypted cache:")
    encrypted = bench_search(encrypted_home, samples, picked)
    print("search on the plain cache:")
    plain = bench_search(plain_home, samples, picked)
    print("search on the encrypted cache again (the first run warmed the disk cache for both):")
    encrypted = bench_search(encrypted_home, samples, picked)
    for key in ("search_median_ms", "search_p95_ms", "filter_median_ms", "filter_p95_ms"):
        ratio = encrypted[key] / plain[key]
        print(f"{key:<18}: plain {plain[key]:6.1f} ms, encrypted {encrypted[key]:6.1f} ms, ratio {ratio:.2f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--home",
        type=Path,
        default=Path(tempfile.gettempdir()) / "rc-bench-100k",
        help="app home holding the 100k cache (built there on first use)",
    )
    parser.add_argument("--stall-seconds", type=float, default=30.0)
    parser.add_argument("--cold-runs", type=int, default=3)
    parser.add_argument("--samples", type=int, default=60, help="candidates to derive search queries from")
    parser.add_argument("--skip-stall", action="store_true")
    parser.add_argument(
        "--sync-in-thread", action="store_true", help="stall: sync on a thread of the window, not a process"
    )
    parser.add_argument("--compare-encryption", action="store_true", help="search: encrypted vs plain copy")
    parser.add_argument("--cold-child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--stall-child", type=float, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.cold_child:
        return _cold_child(args.cold_child)
    if args.stall_child:
        return _stall_child(args.stall_child, args.sync_in_thread)

    args.home.mkdir(parents=True, exist_ok=True)
    if not (args.compare_encryption and (args.home / "cache.sqlite3").exists()):
        build_cache(args.home)  # (a plain 100k cache given to --compare-encryption is not encrypted)
    if args.compare_encryption:
        compare_encryption(args.home, args.samples)
        return 0
    figures: dict[str, float] = {}
    figures.update(bench_search(args.home, args.samples))
    figures.update(bench_cold_start(args.home, args.cold_runs))
    if not args.skip_stall:
        figures.update(bench_stall(args.stall_seconds, args.sync_in_thread))
    checks = [
        ("search p95", figures["search_p95_ms"], TARGET_SEARCH_MS, "ms"),
        ("cold start", figures["cold_start_median_s"], TARGET_COLD_S, "s"),
    ]
    if "stall_max_ms" in figures:
        checks.insert(0, ("longest stall", figures["stall_max_ms"], TARGET_STALL_MS, "ms"))
    print(
        "summary: "
        + "; ".join(
            f"{name} {value:.2f} {unit} ({'ok' if value < target else 'OVER'} < {target} {unit})"
            for name, value, target, unit in checks
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
