"""Cold start to a usable window: the PyInstaller bundle against the source, side by side in one run.

Issue 20's target: the trimmed bundle starts no slower than from source. Both open the same cache (a
SmartRecruiters sandbox synced once into ``--home``) with ``--quit-when-usable``: a new process per
run, timed from exec until it prints ``READY`` (the window shown with the candidates list's first
rows), alternating bundle and source so that the machine's load falls on both alike.

    tools/with-keyring.sh .venv/bin/python bench/startup.py                   # after packaging/build-linux.sh
    tools/with-keyring.sh .venv/bin/python bench/startup.py --runs 9 --candidates 20000
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

from child_ready import time_until_ready
from sandbox_process import serve

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "dist" / "recruiter-companion" / "recruiter-companion"


def build_home(home: Path, candidates: int) -> int:
    """Sync a SmartRecruiters sandbox of ``candidates`` into ``home``; the number synced."""
    os.environ["RECRUITER_COMPANION_HOME"] = str(home)
    from desktop.core import Core

    proc, ready = serve("smartrecruiters", "--candidates", str(candidates), "--rate-limit", "5000")
    core = Core.open()
    try:
        account = core.accounts.add("smartrecruiters", "startup", ready["account"])
        report = asyncio.run(core.sync.sync(account, ready["account"], full=True))
        # Nothing to sync on start (the sandbox is gone), and the candidates list first.
        (home / "settings.ini").write_text("[sync]\non_start=false\n[window]\ntab=candidates\n")
        return int(report.per_model().get("candidates", 0))
    finally:
        core.close()
        proc.terminate()


def time_start(command: list[str], home: Path) -> float:
    env = {**os.environ, "RECRUITER_COMPANION_HOME": str(home)}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.pop("PYTHONPATH", None)
    argv = [*command, "--quit-when-usable"]
    # The bundle must not find the checkout's modules: it starts in the temporary folder.
    elapsed, _line = time_until_ready(
        argv, env=env, cwd=tempfile.gettempdir(), failed=f"{command[0]} did not become usable"
    )
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=BUNDLE)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--candidates", type=int, default=2000, help="candidates in the synced cache")
    args = parser.parse_args()
    if not args.bundle.exists():
        raise SystemExit(f"no bundle at {args.bundle}: run packaging/build-linux.sh first")
    home = Path(tempfile.mkdtemp(prefix="rc-startup-"))
    try:
        candidates = build_home(home, args.candidates)
        # Both run from a neutral folder; the source one puts the checkout on its path itself.
        source = (
            f"import sys; sys.path.insert(0, {str(ROOT)!r}); "
            "from desktop.cli.main import main; sys.exit(main())"
        )
        commands = {"bundle": [str(args.bundle)], "source": [sys.executable, "-c", source]}
        times: dict[str, list[float]] = {name: [] for name in commands}
        for command in commands.values():
            time_start(command, home)  # warm the file cache once for each, not timed
        for _ in range(args.runs):
            for name, command in commands.items():
                times[name].append(time_start(command, home))
        medians = {name: statistics.median(values) for name, values in times.items()}
        for name, values in times.items():
            print(f"{name:7s} {', '.join(f'{t:.2f}' for t in values)} s; median {medians[name]:.2f} s")
        ratio = medians["bundle"] / medians["source"]
        print(
            f"cold start to a usable window ({candidates:,} candidates): bundle {medians['bundle']:.2f} s, "
            f"source {medians['source']:.2f} s, bundle/source {ratio:.2f} "
            f"({'ok' if ratio <= 1.0 else 'SLOWER'}: target <= 1.0)"
        )
        return 0
    finally:
        shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
