"""Typed errors with a message a recruiter can act on.

Every error raised out of a connector is one of these; ``str(err)`` is a single line saying what went
wrong and what to do. Secrets are redacted before an error is built (see ``redact``).
"""

from __future__ import annotations

#: The errors a connector raises, re-exported by ``connectors.http``.
__all__ = [
    "ConnectorError",
    "AuthError",
    "PermissionDenied",
    "NotFound",
    "VendorRejected",
    "RateLimited",
    "ServerError",
    "Unreachable",
    "BadResponse",
    "OutcomeUnknown",
    "TooLarge",
]


class ConnectorError(Exception):
    """Base of every connector failure. ``transient`` errors are worth retrying later."""

    transient = False

    def __init__(self, message: str, *, status: int | None = None, detail: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.detail = detail


class AuthError(ConnectorError):
    """The vendor refused the credentials (401, or a token endpoint saying invalid_client)."""


class PermissionDenied(ConnectorError):
    """Credentials are valid but lack the rights (403)."""


class NotFound(ConnectorError):
    """The vendor has no such record or path (404)."""


class VendorRejected(ConnectorError):
    """The vendor refused the request's content (400/409/422): fix the input and send again."""


class RateLimited(ConnectorError):
    """Still throttled after backing off: try again later."""

    transient = True


class ServerError(ConnectorError):
    """The vendor kept failing (5xx) after retries: try again later."""

    transient = True


class Unreachable(ConnectorError):
    """No answer: host down, DNS, TLS or timeout. Offline counts here."""

    transient = True


class BadResponse(ConnectorError):
    """The vendor answered something we cannot read (malformed JSON/XML, unexpected shape)."""

    transient = True


class OutcomeUnknown(ConnectorError):
    """A write was sent but its answer was lost: it may or may not have been applied."""

    transient = True


class TooLarge(ConnectorError):
    """An answer larger than its reader allowed (``VendorClient.request(max_bytes=…)``), refused while
    it arrived rather than after: it never sits whole in memory. ``size`` is what the vendor declared
    (``Content-Length``, ``declared`` True) or, when it declared nothing, what had arrived when reading
    stopped (so the answer is larger still); ``limit`` the bytes allowed. Not transient: the same file
    stays as large until the limit is raised."""

    def __init__(self, message: str, *, size: int, limit: int, declared: bool) -> None:
        super().__init__(message)
        self.size = size
        self.limit = limit
        self.declared = declared
