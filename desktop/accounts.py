"""Connected ATS accounts: non-secret settings in the cache, secrets in the keyring.

Which fields are secret is the connector's declaration (``SettingField.secret``). Options (``share``,
``sync_only_created_applications``) live in the cache with the account.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, delete, update
from sqlmodel import Session, col, select

from connectors import registry
from connectors.base import Connector
from connectors.unified.ids import account_id_for
from connectors.unified.model import MODELS
from connectors.unified.timefmt import now_iso
from desktop.cache.tables import Account, AttachmentFile, OutboxEntry, RecordState, SyncState
from desktop.secrets import SecretStore


class AccountError(ValueError):
    """Bad account input; the message says what to fix."""


#: Option key: the percentage of the vendor's published limits a background sync may use. The rest is
#: left to the customer's other integrations and to interactive writes (which may use the full limit).
SHARE_OPTION = "share"
DEFAULT_SHARE = 50


def check_share(value: Any) -> int:
    """A share percentage as stored (1..100); ``AccountError`` saying what to give otherwise."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        number = float("nan")
    if isinstance(value, bool) or not number == number or not 1 <= number <= 100 or number != int(number):
        raise AccountError(
            f"The share of the vendor's limit must be a whole percentage from 1 to 100 (got {value!r})."
        )
    return int(number)


@dataclass(frozen=True)
class AccountInfo:
    id: str
    name: str
    vendor: str
    settings: dict[str, Any]
    options: dict[str, Any]

    @property
    def connector(self) -> Connector:
        return registry.get(self.vendor)

    @property
    def share_percent(self) -> int:
        """How much of the vendor's limits a background sync of this account may use, in percent."""
        try:
            return check_share(self.options.get(SHARE_OPTION, DEFAULT_SHARE))
        except AccountError:
            return DEFAULT_SHARE  # a hand-edited cache must not stop syncs

    @property
    def share(self) -> float:
        """``share_percent`` as the fraction ``Connector.client(share=)`` takes."""
        return self.share_percent / 100


def _info(row: Account) -> AccountInfo:
    return AccountInfo(row.id, row.name, row.vendor, dict(row.settings), dict(row.options))


def read_all(conn: sqlite3.Connection) -> list[AccountInfo]:
    """The accounts by name, read on a plain (the window's read-only) connection; no secrets."""
    rows = conn.execute("SELECT id, name, vendor, settings, options FROM accounts ORDER BY name").fetchall()
    return [
        AccountInfo(str(i), str(n), str(v), dict(json.loads(s or "{}")), dict(json.loads(o or "{}")))
        for i, n, v, s, o in rows
    ]


class Accounts:
    def __init__(self, engine: Engine, secrets: SecretStore) -> None:
        self.engine = engine
        self.secrets = secrets

    def list(self) -> list[AccountInfo]:
        with Session(self.engine) as s:
            return [_info(r) for r in s.exec(select(Account).order_by(col(Account.name)))]

    def get(self, name: str) -> AccountInfo:
        with Session(self.engine) as s:
            row = s.exec(select(Account).where(col(Account.name) == name)).first()
        if row is None:
            known = ", ".join(a.name for a in self.list()) or "none yet"
            raise AccountError(
                f"No account named {name!r} (accounts: {known}). Add one with "
                "'recruiter-companion accounts add VENDOR --name NAME'."
            )
        return _info(row)

    def credentials(self, account: AccountInfo) -> dict[str, str]:
        """Settings and secrets together, as the connector's client needs them.

        An account whose keyring entry is gone (a keyring reset, a cache moved to another machine) is
        an ``AccountError`` saying how to enter the credentials again, not a ``KeyError`` deep in a
        connector."""
        secrets = self.secrets.get(account.id)
        if not secrets and account.connector.secret_fields:
            names = ", ".join(account.connector.secret_fields)
            raise AccountError(
                f"The credentials of account {account.name!r} are not in the system keyring (it was "
                f"reset, or this cache came from another machine or data folder). Enter them again: "
                f"`recruiter-companion accounts edit {account.name} --credentials` ({names}), or Edit "
                f"account in the app."
            )
        return {**{k: str(v) for k, v in account.settings.items()}, **secrets}

    def add(
        self, vendor: str, name: str, values: Mapping[str, Any], options: Mapping[str, Any] | None = None
    ) -> AccountInfo:
        try:
            connector = registry.get(vendor)
        except ValueError as exc:
            raise AccountError(str(exc)) from None
        name = name.strip()
        if not name:
            raise AccountError("Give the account a name with --name.")
        control = next((c for c in name if ord(c) < 32 or ord(c) == 127), None)
        if control is not None:
            # A NUL or tab in a name breaks listings, file names and the keyring entry's label.
            raise AccountError(
                f"The account name contains a control character (U+{ord(control):04X}); "
                "use letters, digits, spaces and punctuation."
            )
        if not isinstance(values, Mapping):
            raise AccountError("The account settings must be one JSON object of field names and values.")
        for field in connector.settings:
            given = values.get(field.name)
            if given is not None and not isinstance(given, str):
                kind = (
                    "a number"
                    if isinstance(given, int | float) and not isinstance(given, bool)
                    else (f"a {type(given).__name__}")
                )
                raise AccountError(
                    f"{field.name!r} must be text in quotes, got {kind}: a key or address "
                    f"read as a number may have lost digits. Copy it again as text."
                )
        clean = {str(k): str(v) for k, v in values.items() if v not in (None, "")}
        if options and SHARE_OPTION in options:
            options = {**options, SHARE_OPTION: check_share(options[SHARE_OPTION])}
        problems = connector.check_settings(clean)
        if problems:
            raise AccountError(" ".join(problems))
        with Session(self.engine) as s:
            if s.exec(select(Account).where(col(Account.name) == name)).first():
                raise AccountError(
                    f"An account named {name!r} exists already; pick another name or remove it first."
                )
        secret_names = set(connector.secret_fields)
        settings = {k: v for k, v in clean.items() if k not in secret_names}
        secret = {k: v for k, v in clean.items() if k in secret_names}
        account_id = account_id_for(connector.vendor, name)
        # Keyring first: if it refuses, nothing is written to the cache either.
        self.secrets.set(account_id, secret)
        row = Account(
            id=account_id,
            name=name,
            vendor=connector.vendor,
            settings=settings,
            options=dict(options or {}),
            created_at=now_iso(),
        )
        try:
            with Session(self.engine) as s:
                s.add(row)
                s.commit()
                s.refresh(row)
        except Exception:
            self.secrets.delete(account_id)
            raise
        return _info(row)

    def edit(
        self,
        name: str,
        *,
        base_url: str | None = None,
        options: Mapping[str, Any] | None = None,
        secrets: Mapping[str, str] | None = None,
        settings_update: Mapping[str, str] | None = None,
    ) -> AccountInfo:
        """Change an account; ``settings_update`` replaces non-secret settings (e.g. every address of a
        demo sandbox that came back on a new port)."""
        account = self.get(name)
        settings = dict(account.settings)
        for key, value in (settings_update or {}).items():
            if key in account.connector.secret_fields:
                raise AccountError(f"{key!r} is a secret; it goes to the keyring, not the settings.")
            settings[key] = value
        if base_url is not None:
            if not base_url.startswith(("http://", "https://")):
                raise AccountError(f"--base-url must start with http:// or https:// (got {base_url!r}).")
            settings["base_url"] = base_url.rstrip("/")
        merged_options = {**account.options, **(options or {})}
        if SHARE_OPTION in (options or {}):
            merged_options[SHARE_OPTION] = check_share(merged_options[SHARE_OPTION])
        if secrets:
            merged = {**self.secrets.get(account.id), **{k: str(v) for k, v in secrets.items() if v}}
            problems = account.connector.check_settings({**settings, **merged})
            if problems:
                raise AccountError(" ".join(problems))
            self.secrets.set(account.id, merged)
        with Session(self.engine) as s:
            s.execute(
                update(Account)
                .where(col(Account.id) == account.id)
                .values(settings=settings, options=merged_options)
            )
            s.commit()
        return self.get(name)

    def remove(self, name: str) -> None:
        """Forget the account, its credentials and everything cached for it."""
        account = self.get(name)
        with self.engine.begin() as conn:
            for model in MODELS.values():
                conn.execute(delete(model).where(col(model.account_id) == account.id))
            for table in (RecordState, SyncState, OutboxEntry, AttachmentFile):
                conn.execute(delete(table).where(col(table.account_id) == account.id))
            conn.execute(delete(Account).where(col(Account.id) == account.id))
        self.secrets.delete(account.id)
        # Its downloaded CVs and files go with it (they are personal data, kept for this account only).
        from desktop.attachments import files

        files.remove_account(account.id)
