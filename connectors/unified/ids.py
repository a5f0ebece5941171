"""Stable ids: the same account, model and vendor id give the same id on every sync and machine."""

from __future__ import annotations

import hashlib
from functools import lru_cache

_ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
#: Every two-digit base58 string by value: one big-number division per two digits, not per digit.
_PAIRS = tuple(a + b for a in _ALPHABET for b in _ALPHABET)
_PAIR = len(_PAIRS)  # 58 ** 2


def _base58(data: bytes) -> str:
    n = int.from_bytes(data, "big")
    out = []
    while n:
        n, r = divmod(n, _PAIR)
        out.append(_PAIRS[r])
    # The top pair may start with a zero digit ("1"); the number's first digit never is one.
    return "".join(reversed(out)).lstrip(_ALPHABET[0]) or _ALPHABET[0]


@lru_cache(maxsize=1 << 15)
def stable_id(account_id: str, model: str, remote_key: str) -> str:
    """A 24-character base58 id, as Kombo's, derived from account, model and the vendor's key.

    Cached: one sync asks for the same record's id several times (listed, mapped, stored, enriched),
    and the hash and base58 of each cost more than the rest of storing the record."""
    digest = hashlib.sha256(f"{account_id}\x1f{model}\x1f{remote_key}".encode()).digest()
    return _base58(digest)[:24]


def account_id_for(vendor: str, name: str) -> str:
    """Our account id: derived from vendor and the account's name, so it is the same on any machine."""
    return "acc_" + _base58(hashlib.sha256(f"{vendor}\x1f{name}".encode()).digest())[:16]
