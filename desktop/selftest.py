"""``recruiter-companion self-test``: prove that this installation (a checkout or the packaged bundle) runs.

Missing hidden imports, data files left out of a bundle or a keyring that cannot be reached only show
up when the frozen program runs (anchors §5), so CI runs this against the built bundle. Every step uses
the app's own code paths, in a throw-away home that is deleted afterwards:

    user      the user's own cache, read-only (SQLite's quick check): named if damaged
    cache     open the SQLite cache, running the Alembic migrations shipped as data
    keyring   name the backend and round-trip a throw-away secret (a memory fallback is reported,
              and fails only with ``--require-keyring``)
    sandbox   start the SmartRecruiters sandbox in this process (tiny, no rate limit to speak of)
    account   add an account on it (credentials go to the keyring)
    sync      sync it into the cache
    sync-process  a delta sync as the window runs it: in a worker process (the bundle's own executable)
    outbox    send one write (a note on a synced application) through the outbox worker
    ui        with ``--with-ui``: a QApplication and the main window, offscreen, then closed

It prints one line per step with its duration and exits 0, or 1 naming the step that failed. The
report carries no secrets: the sandbox's key is never printed and errors pass the redactor.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import shutil
import sys
import tempfile
import time
import traceback
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

#: Requests per second for the in-process sandbox: the vendor's real limit would only slow the test.
SANDBOX_RATE = 5000.0
VENDOR = "smartrecruiters"


class StepFailed(Exception):
    """A step's own check failed (as opposed to an unexpected exception)."""


class Skipped(Exception):
    """A step that cannot run in this build and is not required (e.g. the UI package is absent)."""


@dataclass
class Report:
    lines: list[str] = field(default_factory=list)
    failed: str | None = None

    def emit(self, status: str, step: str, seconds: float, detail: str) -> None:
        from connectors.http.redact import redact

        line = f"{status:<4} {step:<8} {seconds:6.2f}s  {redact(detail)}"
        self.lines.append(line)
        print(line, flush=True)


@dataclass
class State:
    """What the steps hand on to each other."""

    home: Path
    require_keyring: bool
    #: The user's own cache (outside the throw-away home), checked read-only.
    user_cache: Path | None = None
    core: Any = None
    sandbox: Any = None
    account: Any = None
    #: Seconds of scripted use of the window (``--soak``); 0: open and close it only.
    soak_seconds: float = 0.0


@contextlib.contextmanager
def _throwaway_home() -> Iterator[Path]:
    """A temporary app home for this run only; the previous RECRUITER_COMPANION_HOME comes back after."""
    previous = os.environ.get("RECRUITER_COMPANION_HOME")
    home = Path(tempfile.mkdtemp(prefix="rc-selftest-"))
    os.environ["RECRUITER_COMPANION_HOME"] = str(home)
    try:
        yield home
    finally:
        if previous is None:
            os.environ.pop("RECRUITER_COMPANION_HOME", None)
        else:
            os.environ["RECRUITER_COMPANION_HOME"] = previous
        from desktop.cache import crypt

        with contextlib.suppress(Exception):  # the throw-away cache's key goes with it (best effort)
            crypt.delete_key(home)
        shutil.rmtree(home, ignore_errors=True)


# --- steps -----------------------------------------------------------------------------------------
def step_user_cache(state: State) -> str:
    from desktop.cache.health import DamagedCache, check_contents

    path = state.user_cache
    if path is None or not path.exists():
        raise Skipped(f"no cache yet at {path}")
    try:
        check_contents(path)  # read-only: SQLite's quick check on a mode=ro connection
    except DamagedCache as exc:
        raise StepFailed(str(exc)) from None
    from desktop.cache.crypt import is_plain

    how = "plain: no keyring when it was made" if is_plain(path) else "encrypted"
    return f"{path} is sound ({path.stat().st_size // 1024} KiB, {how}), checked read-only"


def step_cache(state: State) -> str:
    from desktop.core import Core, setup_logging

    setup_logging()
    state.core = Core.open()
    with state.core.engine.connect() as conn:
        revision = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    if not revision:
        raise StepFailed("the migrations did not record a revision")
    from desktop.cache import crypt

    path = Path(str(state.core.engine.url.database))
    if crypt.is_plain(path):  # --require-keyring fails at the keyring step, which says why
        return f"migrated to {revision}; NOT encrypted (no usable keyring: the cache stays plain)"
    with contextlib.closing(crypt.connect(path)) as conn:
        version = conn.execute("PRAGMA cipher_version").fetchone()[0]
    return f"migrated to {revision}; encrypted (SQLCipher {version}, key in the keyring)"


def step_keyring(state: State) -> str:
    secrets = state.core.secrets
    if not secrets.persistent:
        from desktop.secrets import NO_KEYRING

        if state.require_keyring:
            raise StepFailed(f"--require-keyring: {NO_KEYRING}")
        return f"{secrets.backend_name} (no system keyring; not required)"
    # A random id and value: never a real account's entry, and nothing worth hiding if it leaks.
    probe_id = f"self-test-{uuid.uuid4().hex}"
    value = {"probe": uuid.uuid4().hex}
    secrets.set(probe_id, value)
    try:
        if secrets.get(probe_id) != value:
            raise StepFailed(f"{secrets.backend_name} returned something else than was stored")
    finally:
        secrets.delete(probe_id)
    if secrets.get(probe_id):
        raise StepFailed(f"{secrets.backend_name} kept the secret after it was deleted")
    return f"{secrets.backend_name}: stored, read back and deleted a secret"


def step_sandbox(state: State) -> str:
    from connectors.sandbox import runner

    state.sandbox = runner.start(VENDOR, size="tiny", rate_limit=SANDBOX_RATE)
    return f"{VENDOR} on {state.sandbox.base_url}"


def step_account(state: State) -> str:
    state.account = state.core.accounts.add(VENDOR, "self-test", state.sandbox.account)
    return f"{state.account.connector.display_name} account {state.account.name!r}"


def step_sync(state: State) -> str:
    core = state.core
    report = asyncio.run(core.sync.sync(state.account, core.accounts.credentials(state.account), full=True))
    failed = [r for r in report.streams if r.error]
    if failed:
        raise StepFailed(f"{len(failed)} of {len(report.streams)} streams failed; first: {failed[0].error}")
    with core.engine.connect() as conn:
        applications = conn.exec_driver_sql("SELECT count(*) FROM applications").scalar() or 0
    if not applications:
        raise StepFailed("the sync stored no applications")
    return f"{len(report.streams)} streams, {applications} applications"


def step_sync_process(state: State) -> str:
    """A delta sync as the window runs it: in a worker process, which in the bundle is the bundle's own
    executable with the hidden ``_sync-worker`` subcommand (``desktop.sync.process.worker_command``)."""
    from desktop import paths
    from desktop.cache import crypt
    from desktop.sync.process import SyncProcess, SyncRequest, SyncWorkerError, worker_command

    core = state.core
    cache = Path(str(core.engine.url.database))
    key = None if crypt.is_plain(cache) else crypt.key_for(cache.parent, create=False)
    credentials = core.accounts.credentials(state.account)
    process = SyncProcess(SyncRequest(paths.home(), cache, key, state.account.id, credentials))
    try:
        process.start()
        report = process.future.result(timeout=120)
    except (OSError, SyncWorkerError, TimeoutError) as exc:
        raise StepFailed(f"the sync worker process ({' '.join(worker_command()[1:])}): {exc}") from None
    failed = [r for r in report.streams if r.error]
    if failed:
        raise StepFailed(f"in the worker process {failed[0].stream} failed: {failed[0].error}")
    return f"delta sync in worker process {process.pid}: {len(report.streams)} streams"


def step_outbox(state: State) -> str:
    from desktop.outbox.worker import OutboxWorker

    core = state.core
    with core.engine.connect() as conn:
        application = conn.exec_driver_sql(
            "SELECT id FROM applications WHERE remote_deleted_at IS NULL ORDER BY remote_id LIMIT 1"
        ).scalar()
    if application is None:
        raise StepFailed("no synced application to write to")
    worker = OutboxWorker(core.writer, core.accounts)  # the same path as 'act' and the window
    outcome = asyncio.run(
        worker.submit(
            state.account, "add-note-to-application", {"application_id": application, "content": "Self-test."}
        )
    )
    if outcome.status != "sent":
        raise StepFailed(f"add-note-to-application ended {outcome.status}: {outcome.error}")
    return f"add-note-to-application sent (outbox entry {outcome.entry_id})"


def step_ui(state: State) -> str:
    # Offscreen unless the caller chose a platform: the self-test must run without a display.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        from desktop.ui.selfcheck import open_and_close_window
    except ImportError as exc:
        raise Skipped(f"the desktop UI is not importable in this build ({exc})") from None
    # The window opens its own core on the same (throw-away) home, as the real app does.
    assert state.core is not None
    state.core.close()
    state.core = None
    try:
        opened = open_and_close_window(state.home)
    except RuntimeError as exc:
        raise StepFailed(str(exc)) from None
    if not state.soak_seconds:
        return opened
    from desktop.ui.selfcheck import soak_window

    try:
        return f"{opened}; {soak_window(state.home, state.soak_seconds)}"
    except RuntimeError as exc:
        raise StepFailed(f"window soak: {exc}") from None


STEPS: list[tuple[str, Callable[[State], str]]] = [
    ("user", step_user_cache),
    ("cache", step_cache),
    ("keyring", step_keyring),
    ("sandbox", step_sandbox),
    ("account", step_account),
    ("sync", step_sync),
    ("sync-process", step_sync_process),
    ("outbox", step_outbox),
]


def run(*, with_ui: bool = False, require_keyring: bool = False, soak_seconds: float = 0.0) -> Report:
    """Run the steps in order, stopping at the first failure; ``Report.failed`` names it."""
    report = Report()
    steps = STEPS + ([("ui", step_ui)] if with_ui else [])
    from desktop import paths

    user_cache = paths.cache_path()
    with _throwaway_home() as home:
        state = State(
            home=home, require_keyring=require_keyring, user_cache=user_cache, soak_seconds=soak_seconds
        )
        try:
            for name, step in steps:
                started = time.monotonic()
                try:
                    detail = step(state)
                except Skipped as exc:
                    report.emit("skip", name, time.monotonic() - started, str(exc))
                    continue
                except Exception as exc:
                    why = str(exc) if isinstance(exc, StepFailed) else f"{type(exc).__name__}: {exc}"
                    report.emit("FAIL", name, time.monotonic() - started, why)
                    if not isinstance(exc, StepFailed):
                        # Unexpected: the traceback is what a packager needs (a missing module or file).
                        traceback.print_exc(file=sys.stderr)
                    report.failed = name
                    break
                report.emit("ok", name, time.monotonic() - started, detail)
        finally:
            _cleanup(state)
    return report


def _cleanup(state: State) -> None:
    """Remove the throw-away account's keyring entry, stop the sandbox, close the cache."""
    if state.core is not None:
        if state.account is not None:
            with contextlib.suppress(Exception):
                state.core.secrets.delete(state.account.id)
        state.core.close()
    elif state.account is not None:
        from desktop.secrets import SecretStore

        with contextlib.suppress(Exception):
            SecretStore().delete(state.account.id)
    if state.sandbox is not None:
        state.sandbox.stop()


def cmd_self_test(args: argparse.Namespace) -> int:
    started = time.monotonic()
    frozen = "bundle" if getattr(sys, "frozen", False) else "source"
    print(f"recruiter-companion self-test ({frozen}, Python {sys.version.split()[0]}, {sys.platform})")
    report = run(
        with_ui=args.with_ui or args.soak > 0, require_keyring=args.require_keyring, soak_seconds=args.soak
    )
    total = time.monotonic() - started
    if report.failed:
        print(f"self-test FAILED at step {report.failed!r} after {total:.2f}s", file=sys.stderr)
        return 1
    print(f"self-test passed in {total:.2f}s")
    return 0


def add_self_test_command(sub: Any) -> None:
    """Register ``self-test`` on the top-level subcommands of ``recruiter-companion``."""
    parser = sub.add_parser(
        "self-test",
        help="check that this installation works (cache, keyring, sandbox sync, outbox; exit 0)",
    )
    parser.add_argument(
        "--with-ui", action="store_true", help="also open and close the main window (offscreen by default)"
    )
    parser.add_argument(
        "--soak",
        type=float,
        default=0.0,
        metavar="SECONDS",
        help="with the window: the demo accounts syncing while a scripted user clicks through it for"
        " SECONDS; fails on any error or memory growing over 20 %%",
    )
    parser.add_argument(
        "--require-keyring",
        action="store_true",
        help="fail when no system keyring is usable instead of reporting the in-memory fallback",
    )
    parser.set_defaults(func=cmd_self_test)
