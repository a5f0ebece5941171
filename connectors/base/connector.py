"""A connector: everything the app knows about one vendor, as data (``Connector``).

Its own module, above the declarations it is made of (``declarations``: settings, streams, routes)
and the write actions it offers (``actions``), so neither of those has to know about the other.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import httpx

from connectors.base.actions import ActionSpec
from connectors.base.declarations import AnyStream, Discover, Guide, Routes, SettingField
from connectors.http import Auth, BadResponse, Limits, RetryPolicy, TooLarge, VendorClient
from connectors.http.client import decode_json, default_error_text

#: Room for what surrounds a base64 file in a JSON or XML answer (the record's other fields).
ENVELOPE_BYTES = 64 * 1024


def encoded_limit(max_bytes: int | None) -> int | None:
    """The largest answer to read for a file of at most ``max_bytes`` that comes base64 inside a JSON or
    XML answer: 4 characters per 3 bytes, a sixteenth more (base64 broken into lines, JSON writing ``/``
    as ``\\/``), and the record around it. The decoded file is checked against ``max_bytes`` itself."""
    if max_bytes is None:
        return None
    encoded = -(-max_bytes // 3) * 4
    return encoded + encoded // 16 + ENVELOPE_BYTES


def decoded_too_large(exc: TooLarge, max_bytes: int | None) -> TooLarge:
    """``exc`` of a base64 answer (``encoded_limit``) in the file's own bytes (3 per 4 characters), so
    what the user reads is the file's size against the file's limit."""
    size = exc.size * 3 // 4
    limit = max_bytes if max_bytes is not None else exc.limit * 3 // 4
    return TooLarge(str(exc), size=size, limit=limit, declared=exc.declared)


def base64_content(content: str, not_base64: str) -> bytes:
    """The bytes of a file a vendor sent base64-encoded in its answer; ``not_base64`` is the
    :class:`BadResponse` the user reads when it is not base64."""
    try:
        return base64.b64decode(content, validate=True)
    except (binascii.Error, ValueError):
        raise BadResponse(not_base64) from None


@dataclass(frozen=True)
class Connector:
    """Everything the app knows about one vendor, as data."""

    vendor: str
    display_name: str
    default_base_url: str
    settings: tuple[SettingField, ...]
    make_auth: Callable[[Mapping[str, str]], Auth]
    limits: Limits
    streams: tuple[AnyStream, ...]
    #: A cheap authenticated GET that proves the credentials work ("Test connection").
    check_path: str
    guide: Guide
    market: str = "en"
    error_text: Callable[[httpx.Response], str | None] = default_error_text
    is_throttle: Callable[[httpx.Response], bool] | None = None
    #: Checks on the settings as a whole (e.g. "an API key, or a client id and secret").
    validate: Callable[[Mapping[str, str]], list[str]] | None = None
    #: Write actions this vendor supports, by action name (``connectors.base.actions``); none by default.
    actions: Mapping[str, ActionSpec] = field(default_factory=dict)
    #: How a response body is read (default JSON; Carerix answers XML) and what we ask for.
    decode: Callable[[httpx.Response], Any] = decode_json
    accept: str = "application/json"
    #: "Test connection" for APIs where a GET of ``check_path`` is not the cheap proof (JSON-RPC).
    check: Callable[[VendorClient], Awaitable[Any]] | None = None
    #: Offers "API passthrough": a raw request to the vendor's API with the account's authentication
    #: (the brief lists it for eRecruiter); ``recruiter-companion passthrough`` refuses other vendors.
    passthrough: bool = False
    #: Binds the streams to the routes this tenant offers, at run time (see ``Routes``); ``None``: the
    #: declared ``streams`` as they are.
    discover: Discover | None = None
    #: Reads one attachment's file (issue 18.1) from its unified record (``remote_id``, ``remote_data``
    #: …) through the account's client, so the vendor's limits and the account's share hold; ``None``:
    #: this vendor offers no download and its files stay at the vendor. The third argument is the most
    #: bytes the file may have (``None``: no limit): a larger one raises ``TooLarge`` while it arrives
    #: (``VendorClient.request(max_bytes=…)``), never after it was read whole.
    download: Callable[[VendorClient, Mapping[str, Any], int | None], Awaitable[bytes]] | None = None

    async def bind(self, client: VendorClient, settings: Mapping[str, str]) -> Routes:
        """The streams to run for this account: discovered where the connector discovers, else declared."""
        if self.discover is None:
            return Routes(self.streams)
        return await self.discover(client, settings)

    async def check_connection(self, client: VendorClient) -> None:
        """One cheap authenticated read; raises the client's typed error when it fails."""
        if self.check is not None:
            await self.check(client)
        else:
            await client.get_json(self.check_path)

    @property
    def models(self) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for stream in self.streams:
            for model in stream.produces:
                seen[model] = None
        return tuple(seen)

    @property
    def secret_fields(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.settings if f.secret)

    def check_settings(self, values: Mapping[str, str]) -> list[str]:
        """Problems with ``values`` as a user would read them; empty when they are usable."""
        known = {f.name for f in self.settings}
        problems = [
            f"Unknown setting {name!r}; {self.display_name} takes: {', '.join(sorted(known))}."
            for name in values
            if name not in known
        ]
        for f in self.settings:
            if f.required and not str(values.get(f.name) or f.default or "").strip():
                problems.append(f"Missing {f.name!r} ({f.label}).")
        base = str(values.get("base_url") or self.default_base_url)
        if not base.startswith(("http://", "https://")):
            problems.append(f"'base_url' must start with http:// or https:// (got {base!r}).")
        else:
            try:
                host = urlsplit(base).hostname
            except ValueError as exc:  # e.g. "http://[::1": an unclosed IPv6 address
                host, why = None, f" ({exc})"
            else:
                why = ""
            if not host:
                problems.append(f"'base_url' is not a usable address{why}: {base!r}. Check it.")
        for f in self.settings:
            value = values.get(f.name)
            if isinstance(value, str) and any(ord(c) < 32 for c in value):
                problems.append(f"{f.name!r} ({f.label}) contains control characters; paste it again.")
        if self.validate:
            problems.extend(self.validate(values))
        return problems

    def client(
        self,
        values: Mapping[str, str],
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        retry: RetryPolicy | None = None,
        share: float = 1.0,
        limits: Limits | None = None,
    ) -> VendorClient:
        """A ready HTTP client for an account with these settings and secrets. ``share`` (0–1] is the
        part of the vendor's published limits it may use: the account's share for a background sync,
        the full limit (1.0, the default) for interactive writes and checks. ``retry``: how failed
        requests are tried again (``None``: the client's default policy); ``limits``: other limits than
        the vendor's declared ones (``None``: the declared ``self.limits``), e.g. for a loopback sandbox."""
        merged = {f.name: f.default for f in self.settings if f.default is not None}
        merged.update({k: v for k, v in values.items() if v not in (None, "")})
        return VendorClient(
            str(merged.get("base_url") or self.default_base_url),
            self.make_auth(merged),  # type: ignore[arg-type]
            self.limits if limits is None else limits,
            vendor=self.display_name,
            error_text=self.error_text,
            is_throttle=self.is_throttle,
            transport=transport,
            retry=retry,
            share=share,
            decode=self.decode,
            accept=self.accept,
        )
