"""Account credentials in the OS keyring, never on disk.

One keyring entry per account (service ``recruiter-companion``, user = ``<profile>/<account id>``)
holds the account's secret fields as JSON. The profile is the data folder's own id
(``paths.profile_id``): two data folders with an account of the same name keep apart. Entries of
earlier versions (user = account id alone) move under the profile when first read.

Where no usable keyring exists (a headless Linux box without a Secret Service), we say so plainly and
keep credentials in memory for this session only; we never fall back to a plain-text file.
"""

from __future__ import annotations

import json
import logging
from typing import Any

import keyring
import keyring.backend
import keyring.errors

from connectors.http.redact import register_secret
from desktop import paths
from desktop.paths import SERVICE

log = logging.getLogger("recruiter_companion.secrets")

NO_KEYRING = (
    "No usable system keyring was found (on Linux: install and unlock gnome-keyring or KWallet). "
    "Credentials are kept in memory for this session only and must be entered again next time."
)


LOCKED = (
    "The system keyring is locked and was not unlocked (the unlock prompt was dismissed, or none can "
    "be shown here, e.g. over SSH). Unlock it (on Linux: open \"Passwords and Keys\" and unlock the "
    "\"Login\" keyring, or log in to the desktop once) and try again; nothing was changed."
)


class KeyringUnavailable(RuntimeError):
    """The keyring exists but refused (locked, denied): the user has to unlock it."""


def refused(what: str, exc: Exception) -> KeyringUnavailable:
    if isinstance(exc, keyring.errors.KeyringLocked):
        return KeyringUnavailable(LOCKED)
    return KeyringUnavailable(
        f"The system keyring refused to {what} ({type(exc).__name__}). Unlock it and try again; "
        "nothing was changed."
    )


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


def keyring_usable() -> bool:
    """True when the OS keyring can keep secrets across sessions (else: this process's memory only)."""
    return _usable(keyring.get_keyring())


class SecretStore:
    """Credentials per account id: the OS keyring when usable, else this process's memory."""

    def __init__(self, profile: str | None = None) -> None:
        self._backend = keyring.get_keyring()
        self.persistent = _usable(self._backend)
        self._memory: dict[str, dict[str, str]] = {}
        self._profile = profile
        if not self.persistent:
            log.warning(NO_KEYRING)

    def _user(self, account_id: str) -> str:
        if self._profile is None:
            self._profile = paths.profile_id()
        return f"{self._profile}/{account_id}"

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
        raw = self._read(self._user(account_id))
        if raw is None:
            raw = self._adopt_legacy(account_id)
        values: dict[str, str] = json.loads(raw) if raw else {}
        for value in values.values():
            register_secret(value)
        return values

    def _adopt_legacy(self, account_id: str) -> str | None:
        """An entry stored by an earlier version under the bare account id: moved under this profile
        (written first, then the old one removed, so a crash in between loses nothing)."""
        raw = self._read(account_id)
        if raw is None:
            return None
        try:
            keyring.set_password(SERVICE, self._user(account_id), raw)
            keyring.delete_password(SERVICE, account_id)
            log.info("moved the keyring entry of account %s under this data folder's profile", account_id)
        except keyring.errors.KeyringError as exc:
            log.warning("could not move account %s's keyring entry (%s)", account_id, type(exc).__name__)
        return raw

    def _read(self, user: str) -> str | None:
        for attempt in range(3):
            try:
                return keyring.get_password(SERVICE, user)
            except keyring.errors.KeyringError as exc:
                raise refused("read credentials", exc) from None
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
            keyring.set_password(SERVICE, self._user(account_id), json.dumps(clean))
        except keyring.errors.KeyringError as exc:
            raise refused("store credentials", exc) from None

    def delete(self, account_id: str) -> None:
        self._memory.pop(account_id, None)
        if not self.persistent:
            return
        try:
            keyring.delete_password(SERVICE, self._user(account_id))
        except keyring.errors.PasswordDeleteError:
            pass
        except keyring.errors.KeyringError as exc:
            raise refused("delete credentials", exc) from None
