"""Event-loop stalls while attachment files download (issue 18.1 target: never > 50 ms).

    python bench/attachments.py [--size small] [--vendor smartrecruiters]

Syncs a sandbox (served by a separate process, as a vendor would be: its heap and its threads are not
the app's) into a throw-away home with the sync engine on an asyncio loop, as the window runs it; a
5 ms ticker on the same loop records how late each tick comes, apart for the download phase (after
the streams) and for the rest of the sync. Prints the download phase's figures: files, bytes,
seconds, the worst lateness and ticks over 50 ms.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))


async def _measure(vendor: str, size: str) -> None:
    from sandbox_process import serve

    from desktop.attachments import download
    from desktop.cli.main import main as cli
    from desktop.core import Core

    proc, ready = serve(vendor, "--size", size)
    try:
        import contextlib
        import io

        with contextlib.redirect_stderr(io.StringIO()):
            sys.stdin = io.StringIO(json.dumps(ready["account"]))
            cli(["accounts", "add", vendor, "--name", "bench"])
        core = Core.open()
        account = core.accounts.get("bench")
        credentials = core.accounts.credentials(account)
        in_files = {"on": False, "seconds": 0.0}
        late: list[tuple[float, bool]] = []

        async def tick() -> None:
            while True:
                started = time.perf_counter()
                await asyncio.sleep(0.005)
                late.append(((time.perf_counter() - started - 0.005) * 1000, bool(in_files["on"])))

        real = download.download_account

        async def timed(*args: object, **kwargs: object) -> download.DownloadReport:
            in_files["on"] = True
            started = time.perf_counter()
            try:
                return await real(*args, **kwargs)  # type: ignore[arg-type]
            finally:
                in_files["seconds"] = time.perf_counter() - started
                in_files["on"] = False

        import desktop.sync.engine as engine

        engine.attachment_files.download_account = timed  # type: ignore[assignment]
        ticker = asyncio.create_task(tick())
        report = await core.sync.sync(account, credentials, full=True)
        ticker.cancel()
        files = report.files
        during = [ms for ms, on in late if on]
        rest = [ms for ms, on in late if not on]
        assert files is not None
        print(
            f"{vendor} {size}: {files.downloaded} files, {files.bytes:,} bytes, {files.indexed} searchable, "
            f"{files.requests} requests in {in_files['seconds']:.2f} s"
        )
        print(
            f"event loop during downloads: worst {max(during, default=0):.1f} ms late, "
            f"{sum(ms > 50 for ms in during)} of {len(during)} ticks over 50 ms "
            f"(rest of the sync: worst {max(rest, default=0):.1f} ms)"
        )
        core.close()
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--vendor", default="smartrecruiters")
    parser.add_argument("--size", default="small")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        os.environ["RECRUITER_COMPANION_HOME"] = home
        asyncio.run(_measure(args.vendor, args.size))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
