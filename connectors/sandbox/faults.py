"""Fault injection for sandboxes: the misbehaviour a real vendor API shows on a bad day.

Configured through ``PUT /_sandbox/faults`` (or :meth:`Faults.update` in-process). Probabilistic
faults draw from their own seeded generator so a test that sets ``seed`` sees the same sequence
every run. Counted faults (``burst_429``, ``fail_after_accept``) count down as they fire.

Where each fault acts in the request pipeline (see ``SandboxApp.dispatch``):
- before routing and auth: ``drop_rate`` (close without answering), ``burst_429``, ``error_rate`` (5xx);
  nothing has been applied, so a client may safely retry;
- inside the handler's concurrency slot: ``latency_ms`` (a slow vendor holds its slot);
- after the handler succeeded: ``fail_after_accept`` for writes (applied, then a 500 or a dropped
  connection: the client cannot know it worked and must not create a duplicate) and
  ``malformed_rate`` (a truncated JSON body).
"""

from __future__ import annotations

import random
import threading
from collections.abc import Callable
from dataclasses import asdict, dataclass, fields
from typing import Any

DROP = "drop"


@dataclass(slots=True)
class FaultConfig:
    latency_ms: int = 0
    error_rate: float = 0.0
    burst_429: int = 0
    drop_rate: float = 0.0
    malformed_rate: float = 0.0
    expire_tokens: bool = False
    #: The next N requests that carry a valid token find it revoked (401), one token each: a vendor
    #: revoking fresh tokens in a row (an admin's "revoke all", another app signing in as this client).
    revoke_tokens: int = 0
    fail_after_accept: int = 0
    # "mixed" alternates 500 and a dropped connection, starting with 500; "500" or "drop" pin one.
    fail_after_accept_mode: str = "mixed"
    seed: int = 0

    def is_quiet(self) -> bool:
        return not (
            self.latency_ms
            or self.error_rate
            or self.burst_429
            or self.drop_rate
            or self.malformed_rate
            or self.fail_after_accept
        )


_RATES = ("error_rate", "drop_rate", "malformed_rate")
_COUNTS = ("latency_ms", "burst_429", "fail_after_accept", "revoke_tokens", "seed")
_FIELD_NAMES = tuple(f.name for f in fields(FaultConfig))


def parse_config(data: dict[str, Any], base: FaultConfig | None = None) -> FaultConfig:
    """Validate a JSON fault description; raises ``ValueError`` naming the bad field."""
    if not isinstance(data, dict):
        raise ValueError("faults must be a JSON object")
    unknown = sorted(set(data) - set(_FIELD_NAMES))
    if unknown:
        raise ValueError(f"unknown fault(s): {', '.join(unknown)}; known: {', '.join(_FIELD_NAMES)}")
    values = asdict(base) if base is not None else asdict(FaultConfig())
    for name, value in data.items():
        if name in _RATES:
            if isinstance(value, bool) or not isinstance(value, int | float) or not 0.0 <= value <= 1.0:
                raise ValueError(f"{name} must be a number between 0 and 1, got {value!r}")
            values[name] = float(value)
        elif name in _COUNTS:
            if isinstance(value, bool) or not isinstance(value, int) or (value < 0 and name != "seed"):
                raise ValueError(f"{name} must be a non-negative integer, got {value!r}")
            values[name] = value
        elif name == "expire_tokens":
            if not isinstance(value, bool):
                raise ValueError(f"expire_tokens must be true or false, got {value!r}")
            values[name] = value
        elif name == "fail_after_accept_mode":
            if value not in ("mixed", "500", "drop"):
                raise ValueError(f"fail_after_accept_mode must be mixed, 500 or drop, got {value!r}")
            values[name] = value
    return FaultConfig(**values)


class Faults:
    """The live fault state of one sandbox (thread-safe)."""

    def __init__(self) -> None:
        self.config = FaultConfig()
        self.active = False  # fast path: one attribute read per request when nothing is injected
        self._rng = random.Random(0)
        self._lock = threading.Lock()
        self._accept_failures = 0
        self._expire_hooks: list[Callable[[], None]] = []

    def watch_tokens(self, issuer: Any) -> None:
        """Let ``expire_tokens`` and ``revoke_tokens`` act on the vendor app's token issuer
        (``connectors.sandbox.auth.TokenIssuer``)."""
        self._expire_hooks.append(issuer.expire_all)
        issuer.revoke_check = self.take_revocation

    def take_revocation(self) -> bool:
        """Whether the token of the request being validated is to be revoked now (``revoke_tokens``)."""
        with self._lock:
            if self.config.revoke_tokens <= 0:
                return False
            self.config.revoke_tokens -= 1
            return True

    def set(self, config: FaultConfig) -> FaultConfig:
        with self._lock:
            self.config = config
            self._rng = random.Random(config.seed)
            self._accept_failures = 0
            self.active = not config.is_quiet()
        if config.expire_tokens:
            for hook in self._expire_hooks:
                hook()
        return config

    def update(self, data: dict[str, Any], *, merge: bool = False) -> FaultConfig:
        """Replace (``PUT``) or merge into (``PATCH``) the current faults."""
        return self.set(parse_config(data, self.config if merge else None))

    def reset(self) -> FaultConfig:
        return self.set(FaultConfig())

    def snapshot(self) -> dict[str, Any]:
        with self._lock:
            return asdict(self.config)

    def before(self) -> str | int | None:
        """Decide a fault before the request is handled: ``DROP``, an HTTP status, or ``None``."""
        with self._lock:
            cfg = self.config
            if cfg.drop_rate and self._rng.random() < cfg.drop_rate:
                return DROP
            if cfg.burst_429 > 0:
                cfg.burst_429 -= 1
                self._refresh()
                return 429
            if cfg.error_rate and self._rng.random() < cfg.error_rate:
                return self._rng.choice((500, 502, 503))
        return None

    def latency_seconds(self) -> float:
        return self.config.latency_ms / 1000.0

    def after(self, *, write: bool, ok: bool, json_body: bool) -> str | int | None:
        """Decide a fault after a handler answered: ``DROP``, 500, ``"malformed"`` or ``None``."""
        with self._lock:
            cfg = self.config
            if write and ok and cfg.fail_after_accept > 0:
                cfg.fail_after_accept -= 1
                self._accept_failures += 1
                self._refresh()
                mode = cfg.fail_after_accept_mode
                if mode == "500" or (mode == "mixed" and self._accept_failures % 2 == 1):
                    return 500
                return DROP
            if json_body and ok and cfg.malformed_rate and self._rng.random() < cfg.malformed_rate:
                return "malformed"
        return None

    def _refresh(self) -> None:
        self.active = not self.config.is_quiet()
