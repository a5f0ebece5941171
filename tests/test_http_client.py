"""The shared HTTP layer against a live sandbox: retries, backoff, throttling, token renewal, redaction."""

from __future__ import annotations

import asyncio
import logging

import httpx
import pytest

from connectors import registry
from connectors.http import AuthError, PermissionDenied, RetryPolicy
from connectors.http.redact import RedactingFilter, redact, register_secret
from connectors.sandbox.runner import RunningSandbox
from tests.conftest import start_sandbox

FAST = RetryPolicy(attempts=5, base_delay=0.01, max_delay=0.05)


def _faults(sandbox: RunningSandbox, **faults: object) -> None:
    httpx.put(f"{sandbox.base_url}/_sandbox/faults", json=faults).raise_for_status()


def _get(sandbox: RunningSandbox, path: str = "/user-api/v201804/users", **settings: str) -> object:
    async def go() -> object:
        client = registry.get("smartrecruiters").client({**sandbox.account, **settings}, retry=FAST)
        try:
            return await client.get_json(path)
        finally:
            await client.aclose()

    return asyncio.run(go())


def test_429_bursts_and_5xx_are_retried(sr_sandbox: RunningSandbox) -> None:
    _faults(sr_sandbox, burst_429=3)
    assert _get(sr_sandbox)
    _faults(sr_sandbox, error_rate=0.5, seed=3)
    for _ in range(5):
        assert _get(sr_sandbox)


def test_malformed_bodies_and_dropped_connections_are_retried(sr_sandbox: RunningSandbox) -> None:
    _faults(sr_sandbox, malformed_rate=0.5, drop_rate=0.3, seed=5)
    for _ in range(5):
        assert _get(sr_sandbox)


def test_an_expired_oauth_token_is_renewed_once() -> None:
    sandbox = start_sandbox("smartrecruiters", auth="oauth")
    try:

        async def go() -> None:
            client = registry.get("smartrecruiters").client(sandbox.account, retry=FAST)
            try:
                await client.get_json("/jobs")
                _faults(sandbox, expire_tokens=True)
                await client.get_json("/jobs")  # 401 → new token → success
            finally:
                await client.aclose()

        asyncio.run(go())
    finally:
        sandbox.stop()


def test_credentials_never_go_to_another_host(sr_sandbox: RunningSandbox) -> None:
    with pytest.raises(PermissionDenied, match="Refusing to send"):
        _get(sr_sandbox, "https://evil.example.com/jobs")


def test_bad_key_is_an_auth_error_without_the_key(sr_sandbox: RunningSandbox) -> None:
    with pytest.raises(AuthError) as err:
        _get(sr_sandbox, api_key="DCRA1-notthekeynotthekeynotthekey")
    assert "notthekey" not in str(err.value)


def test_redaction_masks_registered_secrets_and_credential_params(caplog: pytest.LogCaptureFixture) -> None:
    register_secret("s3cr3t-value-123")
    assert (
        redact("GET /apps?access_token=abc123&page=2 with s3cr3t-value-123")
        == "GET /apps?access_token=***&page=2 with ***"
    )
    assert "tok" not in redact("Authorization: Bearer tok123456")
    logger = logging.getLogger("recruiter_companion.test")
    logger.addFilter(RedactingFilter())
    with caplog.at_level(logging.INFO, logger="recruiter_companion.test"):
        logger.info("key is %s", "s3cr3t-value-123")
    assert "s3cr3t" not in caplog.text
