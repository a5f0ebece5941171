"""Stable ids: the same account, model and vendor id give the same id on every sync and machine."""

from __future__ import annotations

import hashlib

_ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def _base58(data: bytes) -> str:
    n = int.from_bytes(data, "big")
    out = []
    while n:
        n, r = divmod(n, 58)
        out.append(_ALPHABET[r])
    return "".join(reversed(out)) or _ALPHABET[0]


def stable_id(account_id: str, model: str, remote_key: str) -> str:
    """A 24-character base58 id, as Kombo's, derived from account, model and the vendor's key."""
    digest = hashlib.sha256(f"{account_id}\x1f{model}\x1f{remote_key}".encode()).digest()
    return _base58(digest)[:24]


def account_id_for(vendor: str, name: str) -> str:
    """Our account id: derived from vendor and the account's name, so it is the same on any machine."""
    return "acc_" + _base58(hashlib.sha256(f"{vendor}\x1f{name}".encode()).digest())[:16]
