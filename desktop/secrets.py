"""Account credentials in the OS keyring, never on disk.

One keyring entry per account (service ``recruiter-companion``, user = account id) holds the
account's secret fields as JSON. Where no usable keyring exists (a headless Linux box without a
Secret Service), we say so plainly and keep credentials in memory for this session only; we never
fall back to a plain-text file.
"""

from __future__ import annotations

import json
import logging
from typing import Any

import keyring
import keyring.backend
import keyring.errors

from connectors.http.redact import register_secret
from desktop.paths import SERVICE

log = logging.getLogger("recruiter_companion.secrets")

NO_KEYRING = (
    "No usable system keyring was found (on Linux: install and unlock gnome-keyring or KWallet). "
    "Credentials are kept in memory for this session only and must be entered again next time."
)


class KeyringUnavailable(RuntimeError):
    """The keyring exists but refused (locked, denied): the user has to unlock it."""


def _usable(backend: keyring.backend.KeyringBackend) -> bool:
    name = type(backend).__module__ + "." + type(backend).__name__
    if "fail" in name.lower() or "null" in name.lower():
        return False
    if "chainer" in name.lower():
        return bool(getattr(backend, "backends", []))
    try:
        return float(backend.priority) > 0  # type: ignore[arg-type]
    except Exception:  # a backend whose priority probe raises is not usable here
        return False


class SecretStore:
    """Credentials per account id: the OS keyring when usable, else this process's memory."""

    def __init__(self) -> None:
        self._backend = keyring.get_keyring()
        self.persistent = _usable(self._backend)
        self._memory: dict[str, dict[str, str]] = {}
        if not self.persistent:
            log.warning(NO_KEYRING)

    @property
    def backend_name(self) -> str:
        backend = self._backend
        return (
            f"{type(backend).__module__}.{type(backend).__name__}"
            if self.persistent
            else "memory (session only)"
        )

    def get(self, account_id: str) -> dict[str, str]:
        if not self.persistent:
            return dict(self._memory.get(account_id, {}))
        raw = self._read(account_id)
        values: dict[str, str] = json.loads(raw) if raw else {}
        for value in values.values():
            register_secret(value)
        return values

    def _read(self, account_id: str) -> str | None:
        for attempt in range(3):
            try:
                return keyring.get_password(SERVICE, account_id)
            except keyring.errors.KeyringError as exc:
                raise KeyringUnavailable(
                    f"The system keyring refused to read credentials ({type(exc).__name__}). "
                    "Unlock it and try again."
                ) from None
            except Exception as exc:
                # Secret Service: an item found by the search can be replaced (another process saving
                # the same account) before its secret is read; secretstorage then raises
                # ItemNotFoundException, which keyring does not wrap. Searching again finds the new one.
                if type(exc).__name__ != "ItemNotFoundException" or attempt == 2:
                    raise
        return None

    def set(self, account_id: str, values: dict[str, Any]) -> None:
        clean = {k: str(v) for k, v in values.items() if v not in (None, "")}
        for value in clean.values():
            register_secret(value)
        if not self.persistent:
            self._memory[account_id] = clean
            return
        try:
            keyring.set_password(SERVICE, account_id, json.dumps(clean))
        except keyring.errors.KeyringError as exc:
            raise KeyringUnavailable(
                f"The system keyring refused to store credentials ({type(exc).__name__}). "
                "Unlock it and try again; nothing was saved."
            ) from None

    def delete(self, account_id: str) -> None:
        self._memory.pop(account_id, None)
        if not self.persistent:
            return
        try:
            keyring.delete_password(SERVICE, account_id)
        except keyring.errors.PasswordDeleteError:
            pass
        except keyring.errors.KeyringError as exc:
            raise KeyringUnavailable(
                f"The system keyring refused to delete credentials ({type(exc).__name__})."
            ) from None
