"""The shared HTTP mechanics: auth, retry/backoff, rate limits, paging, typed errors, redaction."""

from connectors.http.auth import ApiKeyHeader, Auth, BasicAuth, LoginToken, OAuthClientCredentials, QueryToken
from connectors.http.client import Exchange, RetryPolicy, VendorClient
from connectors.http.errors import (
    AuthError,
    BadResponse,
    ConnectorError,
    NotFound,
    OutcomeUnknown,
    PermissionDenied,
    RateLimited,
    ServerError,
    TooLarge,
    Unreachable,
    VendorRejected,
)
from connectors.http.paging import CursorPaging, NoPaging, OffsetPaging, PageNumberPaging, Paginator
from connectors.http.ratelimit import Limits

__all__ = [
    "Exchange",
    "ApiKeyHeader",
    "Auth",
    "AuthError",
    "BadResponse",
    "BasicAuth",
    "ConnectorError",
    "CursorPaging",
    "Limits",
    "LoginToken",
    "NoPaging",
    "NotFound",
    "OAuthClientCredentials",
    "OffsetPaging",
    "OutcomeUnknown",
    "PageNumberPaging",
    "Paginator",
    "PermissionDenied",
    "QueryToken",
    "RateLimited",
    "RetryPolicy",
    "ServerError",
    "TooLarge",
    "Unreachable",
    "VendorClient",
    "VendorRejected",
]
