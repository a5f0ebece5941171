"""The app's non-UI core, opened once: cache engine, writer thread, keyring, accounts, sync engine.

The CLI and the Qt app both start from here.
"""

from __future__ import annotations

import logging
import logging.handlers
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine

from connectors.http.redact import RedactingFilter
from desktop import activity, paths, saved_searches
from desktop.accounts import Accounts
from desktop.cache.db import open_engine
from desktop.cache.writer import CacheWriter
from desktop.secrets import SecretStore
from desktop.sync.engine import SyncEngine


def setup_logging(level: int = logging.INFO) -> Path:
    """Log to a rotating file in the app home; every line passes the secret redactor."""
    path = paths.log_path()
    root = logging.getLogger("recruiter_companion")
    for old in [h for h in root.handlers if isinstance(h, logging.handlers.RotatingFileHandler)]:
        if Path(old.baseFilename) == path.absolute():
            break
        # Another data folder was opened in this process (a profile switch, tests): log into its own.
        root.removeHandler(old)
        old.close()
    else:
        # Every log file 0600, also the fresh one after each rollover (activity.PrivateRotatingFileHandler).
        handler = activity.PrivateRotatingFileHandler(
            path, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
        )
        handler.setFormatter(activity.ScrubbingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        handler.addFilter(RedactingFilter())
        root.addHandler(handler)
        root.setLevel(level)
    # httpx logs full URLs (CareerPlug puts its token in the query): keep it quiet.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    return path


@dataclass
class Core:
    engine: Engine
    writer: CacheWriter
    secrets: SecretStore
    accounts: Accounts
    sync: SyncEngine
    #: Things to tell the user about this start (a damaged saved-searches file set aside …).
    notices: list[str] = field(default_factory=list)

    @classmethod
    def open(cls, cache: Path | None = None, *, encrypt: bool = True) -> Core:
        path = cache or paths.cache_path()
        engine = open_engine(path, encrypt=encrypt)
        notice = saved_searches.settle_legacy_file(engine, path.parent)
        writer = CacheWriter(engine)
        secrets = SecretStore()
        core = cls(engine, writer, secrets, Accounts(engine, secrets), SyncEngine(writer))
        if notice:
            logging.getLogger("recruiter_companion").warning("saved searches: %s", notice)
            core.notices.append(notice)
        return core

    def close(self) -> None:
        self.writer.close()
        self.engine.dispose()
