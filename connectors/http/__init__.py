"""The shared HTTP mechanics: auth, retry/backoff, rate limits, paging, typed errors, redaction."""

from connectors.http import errors
from connectors.http.auth import ApiKeyHeader, Auth, BasicAuth, LoginToken, OAuthClientCredentials, QueryToken
from connectors.http.client import Exchange, RetryPolicy, VendorClient
from connectors.http.errors import *  # noqa: F403 (its __all__ is the list of errors)
from connectors.http.paging import CursorPaging, NoPaging, OffsetPaging, PageNumberPaging, Paginator
from connectors.http.ratelimit import Limits

__all__ = [
    "Exchange",
    "ApiKeyHeader",
    "Auth",
    "BasicAuth",
    "CursorPaging",
    "Limits",
    "LoginToken",
    "NoPaging",
    "OAuthClientCredentials",
    "OffsetPaging",
    "PageNumberPaging",
    "Paginator",
    "QueryToken",
    "RetryPolicy",
    "VendorClient",
]
__all__ += errors.__all__
