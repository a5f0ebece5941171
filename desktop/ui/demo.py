"""Demo mode: the app on the built-in sandboxes, so a new user sees a full app within seconds.

Every vendor that ships a sandbox gets one, started in this process (size "small", a generous rate
limit), and a demo account pointing at it. The demo keeps its own home (``<data dir>/demo``): its
cache survives restarts, so the second start shows data at once, and the real accounts are never
touched. Demo credentials are throwaway tokens of a local server: they stay in memory, never in
the OS keyring. Each start syncs everything fully (the sandbox is rebuilt each time).
"""

from __future__ import annotations

import asyncio
import logging
import os
import sys
from pathlib import Path

from connectors import registry
from connectors.sandbox import runner
from connectors.sandbox.runner import RunningSandbox
from desktop import paths
from desktop.accounts import SHARE_OPTION, AccountInfo, Accounts
from desktop.cache.db import open_engine
from desktop.cache.writer import CacheWriter
from desktop.core import Core
from desktop.secrets import SecretStore
from desktop.sync.engine import SyncEngine

log = logging.getLogger("recruiter_companion.demo")

SIZE = "small"
#: Requests per second the demo sandboxes allow: the vendors' real limits would make the first sync slow.
RATE_LIMIT = 2000.0
#: A demo account's share of its vendor's published limit: the whole of it. The share keeps a real
#: company's other integrations from going without; a demo sandbox serves this app alone. The sync
#: still keeps to the vendor's published pace, as it would on a real account.
DEMO_SHARE = 100


def demo_home() -> Path:
    """The demo's own app home, beside (never inside the files of) the real one."""
    home = paths.home() / "demo"
    home.mkdir(parents=True, exist_ok=True)
    return home


def use_demo_home() -> Path:
    """Point this process at the demo home (before anything opens the cache or the log)."""
    home = demo_home()
    os.environ["RECRUITER_COMPANION_HOME"] = str(home)
    return home


class MemorySecrets(SecretStore):
    """Credentials in this process only: demo tokens have no business in the OS keyring."""

    def __init__(self) -> None:  # no super().__init__: it would probe (and maybe unlock) the keyring
        self._backend = None  # type: ignore[assignment]
        self.persistent = False
        self._memory: dict[str, dict[str, str]] = {}


def open_core() -> Core:
    """``Core.open`` for the demo home, with in-memory credentials."""
    # Made-up people only, and the demo keeps out of the keyring (see MemorySecrets): a plain cache.
    engine = open_engine(paths.cache_path(), encrypt=False)
    writer = CacheWriter(engine)
    secrets = MemorySecrets()
    return Core(engine, writer, secrets, Accounts(engine, secrets), SyncEngine(writer))


def launch_command() -> tuple[str, list[str]]:
    """Program and arguments starting this app in demo mode: the bundle runs itself, a source
    install runs ``python -m desktop``."""
    if getattr(sys, "frozen", False):
        return sys.executable, ["--demo"]
    return sys.executable, ["-m", "desktop", "--demo"]


def demo_vendors() -> list[str]:
    """Every known vendor, the list's first; each has a connector and a sandbox (tests/test_registry.py)."""
    return registry.names()


class Demo:
    """The sandboxes of one demo session and their accounts."""

    def __init__(self, core: Core, *, size: str = SIZE, rate_limit: float = RATE_LIMIT) -> None:
        self.core = core
        self.size = size
        self.rate_limit = rate_limit
        self.sandboxes: dict[str, RunningSandbox] = {}

    def _account_for(self, vendor: str, sandbox: RunningSandbox) -> AccountInfo:
        connector = registry.get(vendor)
        name = f"{connector.display_name} demo"
        values = dict(sandbox.account)
        existing = {a.name: a for a in self.core.accounts.list()}
        if name in existing:
            # Same account as last time: the sandbox listens on a new port (every address it gave,
            # CareerPlug's OAuth host too) with a new token.
            secrets = {k: v for k, v in values.items() if k in connector.secret_fields}
            plain = {k: v for k, v in values.items() if k not in connector.secret_fields}
            return self.core.accounts.edit(name, settings_update=plain, secrets=secrets)
        return self.core.accounts.add(vendor, name, values, {SHARE_OPTION: DEMO_SHARE})

    async def start(self) -> list[AccountInfo]:
        """Start every sandbox and make sure its demo account exists; off the UI thread."""
        accounts = []
        for vendor in demo_vendors():
            try:
                sandbox = await asyncio.to_thread(
                    runner.start, vendor, size=self.size, rate_limit=self.rate_limit
                )
            except Exception:
                log.exception("the %s sandbox did not start", vendor)
                continue
            self.sandboxes[vendor] = sandbox
            accounts.append(await asyncio.to_thread(self._account_for, vendor, sandbox))
        return accounts

    async def stop(self) -> None:
        sandboxes, self.sandboxes = list(self.sandboxes.values()), {}
        for sandbox in sandboxes:
            await asyncio.to_thread(sandbox.stop)
