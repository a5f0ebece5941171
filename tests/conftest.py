"""Shared fixtures: an app home per test, the keyring, running sandboxes, the CLI, an opened core.

Tests talk to sandboxes over real loopback HTTP and store credentials in the real keyring: run the
suite inside ``../shared/tools/with-keyring`` (the README's test command does) to get a fresh
Secret Service; elsewhere the app's in-memory fallback is used and keyring-specific tests skip.
"""

from __future__ import annotations

import asyncio
import io
import json
import os
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx
import pytest

from connectors import registry
from connectors.http import Limits
from connectors.sandbox import runner
from connectors.sandbox.runner import RunningSandbox

if TYPE_CHECKING:
    from desktop.sync.engine import SyncReport

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

#: Requests per second the test sandboxes allow: the vendor's real limit would make every sync slow.
TEST_RATE = 5000.0


@dataclass
class CliResult:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


@pytest.fixture()
def app_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh, empty app home for this test (RECRUITER_COMPANION_HOME)."""
    home = tmp_path / "home"
    monkeypatch.setenv("RECRUITER_COMPANION_HOME", str(home))
    return home


@pytest.fixture(scope="session")
def real_keyring() -> bool:
    """True when a real Secret Service keyring is available (inside with-keyring)."""
    from desktop.secrets import SecretStore

    return SecretStore().persistent


def lifted_limits() -> Limits:
    """Limits for asking a loopback sandbox: a vendor's declared ones are for a real tenant (eRecruiter's
    20 requests/s, say) and would make every sync slow. Pass them to ``SyncEngine.sync(limits=)``."""
    return Limits(requests_per_second=2000, concurrency=4)


def sync_lifted(name: str, *, full: bool = False) -> SyncReport:
    """Sync account ``name`` in this process as ``recruiter-companion sync NAME`` does, with
    ``lifted_limits()`` (``desktop.sync.engine.as_dict`` turns the report into the CLI's ``--json``)."""
    from desktop.cli.common import open_core

    core = open_core()
    try:
        account = core.accounts.get(name)
        credentials = core.accounts.credentials(account)
        report: SyncReport = asyncio.run(
            core.sync.sync(account, credentials, full=full, limits=lifted_limits())
        )
    finally:
        core.close()
    return report


def start_sandbox(vendor: str = "smartrecruiters", **kwargs: Any) -> RunningSandbox:
    kwargs.setdefault("size", "tiny")
    kwargs.setdefault("rate_limit", TEST_RATE)
    return runner.start(vendor, **kwargs)


@pytest.fixture()
def sr_sandbox() -> Iterator[RunningSandbox]:
    """A tiny SmartRecruiters sandbox with a generous rate limit."""
    sandbox = start_sandbox("smartrecruiters")
    yield sandbox
    sandbox.stop()


def doctor_report(sandbox: RunningSandbox, connector: Any = None) -> Any:
    """The connection doctor's report (``connectors.base.doctor.Report``) for ``sandbox``'s account,
    with the vendor's connector or the one given (a variation under test)."""
    from connectors.base.doctor import run_doctor

    connector = connector or registry.get(sandbox.vendor)

    async def go() -> Any:
        client = connector.client(sandbox.account)
        try:
            return await run_doctor(connector, client, sandbox.account, account="probe")
        finally:
            await client.aclose()

    return asyncio.run(go())


def run_in_threads(target: Callable[..., Any], each: list[tuple[Any, ...]], timeout: float = 60) -> None:
    """``target(*args)`` on one thread per ``args`` in ``each``, all started, then all joined."""
    threads = [threading.Thread(target=target, args=args) for args in each]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout)


def run_cli(*args: str, stdin: str | None = None) -> CliResult:
    """Run ``recruiter-companion ARGS`` in this process (fast); stdin is fed as a non-terminal."""
    from desktop.cli.main import main

    out, err = io.StringIO(), io.StringIO()
    old_stdin = sys.stdin
    sys.stdin = io.StringIO(stdin or "")
    try:
        with redirect_stdout(out), redirect_stderr(err):
            try:
                code = main(list(args))
            except SystemExit as exc:
                code = int(exc.code or 0)
    finally:
        sys.stdin = old_stdin
    return CliResult(code, out.getvalue(), err.getvalue())


def run_cli_process(*args: str, stdin: str | None = None, timeout: float = 120) -> CliResult:
    """Run the real console command in a child process, as a user would."""
    proc = subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
        env=os.environ.copy(),
    )
    return CliResult(proc.returncode, proc.stdout, proc.stderr)


@pytest.fixture()
def cli() -> Any:
    return run_cli


def add_account(
    vendor: str, name: str, sandbox: RunningSandbox, *, files: bool = True, share: int | None = None
) -> str:
    """An account on ``sandbox`` added through the CLI, as a user pastes the sandbox's account JSON.
    ``files=False`` keeps no attachment files (``--attachments-cap 0``): for tests about something
    else, since downloads keep to the account's share of the vendor's published limit (Carerix: about
    3 s of a tiny sandbox's 4 s sync). ``share``: the account's share of that limit in % (default 50);
    100 for tests about something other than pacing, so their syncs keep to the vendor's whole pace."""
    result = run_cli("accounts", "add", vendor, "--name", name, stdin=json.dumps(sandbox.account))
    assert result.code == 0, result.err
    edits = [] if files else ["--attachments-cap", "0"]
    if share is not None:
        edits += ["--share", str(share)]
    if edits:
        result = run_cli("accounts", "edit", name, *edits)
        assert result.code == 0, result.err
    return name


def sync_account(name: str) -> str:
    result = run_cli("sync", name)
    assert result.code == 0, result.err
    return name


def sandbox_control(sandbox: RunningSandbox) -> httpx.Client:
    """A client for the sandbox's control API (``/_sandbox``: records, faults, stats)."""
    return httpx.Client(base_url=f"{sandbox.base_url}/_sandbox", timeout=10)


def sandbox_records(sandbox: RunningSandbox, collection: str, **where: str) -> list[dict[str, Any]]:
    """Every record of a sandbox collection (optionally filtered), as the vendor holds it."""
    with sandbox_control(sandbox) as control:
        body = control.get(f"/records/{collection}", params={**where, "limit": 100_000}).json()
    return list(body["records"])


@pytest.fixture()
def sr_account(app_home: Path, sr_sandbox: RunningSandbox) -> str:
    """An account named 'acme' on the SmartRecruiters sandbox, added through the CLI."""
    return add_account("smartrecruiters", "acme", sr_sandbox)


@pytest.fixture()
def synced_sr(sr_account: str) -> str:
    return sync_account(sr_account)


def read_export(directory: Path) -> dict[str, list[dict[str, Any]]]:
    return {
        p.stem: [json.loads(line) for line in p.read_text().splitlines()]
        for p in sorted(directory.glob("*.jsonl"))
    }


# Team mode (issue 17): one throw-away PostgreSQL cluster per test session (tools/pg_cluster.py), a fresh
# database per test. Team tests carry ``@pytest.mark.team``; without PostgreSQL's binaries they skip.
NO_POSTGRES = (
    "PostgreSQL's binaries are absent (apt-get install postgresql, or set PG_BIN): the team-mode tests "
    "need a throw-away cluster (tools/bootstrap.sh installs it)"
)


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Any]:
    """A private PostgreSQL cluster on 127.0.0.1 (a temporary folder, a free port), removed at the end."""
    from tools import pg_cluster as pgc

    if pgc.find_bin() is None:
        pytest.skip(NO_POSTGRES)
    cluster = pgc.start()
    yield cluster
    cluster.stop()


def pg_admin(cluster: Any, database: str = "postgres") -> Any:
    """A psycopg connection as the cluster's superuser (autocommit), for set-up and raw checks."""
    import psycopg

    return psycopg.connect(cluster.url(database), autocommit=True)


@pytest.fixture()
def pg_url(pg_cluster: Any) -> Iterator[str]:
    """The URL (superuser) of a fresh, empty database on the session's cluster; dropped afterwards."""
    import uuid

    name = f"t_{uuid.uuid4().hex[:12]}"
    with pg_admin(pg_cluster) as admin:
        admin.execute(f"CREATE DATABASE {name}")
    yield pg_cluster.url(name)
    with pg_admin(pg_cluster) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
