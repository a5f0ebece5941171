"""Throttling that converges: whichever way a vendor counts its rate limit (token bucket, fixed window,
sliding window that also counts the requests it refused), a sync with the vendor's published limits on
completes with next to no 429s; a client that believes in a higher limit than the vendor enforces slows
down to it; throttle retries are bounded by time, not by a count of tries; endpoint groups with their own
lower rate (SmartRecruiters' job publications) are paced apart."""

from __future__ import annotations

import asyncio
import dataclasses
import time
from typing import Any

import httpx
import pytest

from connectors import registry
from connectors.http import Limits, RateLimited, RetryPolicy
from connectors.sandbox.ratelimit import RateLimiter, RateLimitPolicy
from connectors.sandbox.runner import RunningSandbox
from tests.conftest import add_account, run_cli, sandbox_control, start_sandbox


def _stats(sandbox: RunningSandbox) -> dict[str, Any]:
    with sandbox_control(sandbox) as control:
        return dict(control.get("/requests").json())


@pytest.mark.parametrize(
    ("mode", "retry_after"),
    [("bucket", True), ("fixed", True), ("sliding", False)],
    ids=["bucket", "fixed", "sliding-without-retry-after"],
)
def test_a_sync_at_the_published_limits_completes_with_at_most_2_percent_429s(
    app_home: Any, mode: str, retry_after: bool
) -> None:
    sandbox = start_sandbox("smartrecruiters", rate_limit=None, limit_mode=mode)  # 10 req/s, 8 concurrent
    sandbox.app.send_retry_after = retry_after
    try:
        add_account("smartrecruiters", "acme", sandbox)
        # Per-candidate status histories (no report file): enough requests to meet the limit.
        with sandbox_control(sandbox) as control:
            control.patch("/settings", json={"reporting_api": False}).raise_for_status()
        # The whole limit, not the default half: the harder case for convergence, and a quicker test.
        assert run_cli("accounts", "edit", "acme", "--share", "100").code == 0
        started = time.monotonic()
        result = run_cli("sync", "acme", "--json")
        seconds = time.monotonic() - started
        assert result.code == 0, result.err
        assert result.json()["ok"]
        stats = _stats(sandbox)
    finally:
        sandbox.stop()
    assert stats["total"] > 50
    assert stats["status_429"] <= 0.02 * stats["total"], stats
    assert stats["total"] / seconds <= 10.0  # never above the vendor's rate on average


@pytest.mark.parametrize("mode", ["bucket", "fixed", "sliding"])
def test_a_client_that_believes_in_a_higher_limit_slows_down_to_the_vendors(mode: str) -> None:
    # The sandbox enforces 20 req/s; the client thinks 100 and reads no limit header: only the 429s
    # (without Retry-After) tell it. It must finish everything without giving up, few 429s on the way.
    sandbox = start_sandbox("smartrecruiters", rate_limit=20, limit_mode=mode)
    sandbox.app.send_retry_after = False
    connector = dataclasses.replace(registry.get("smartrecruiters"), limits=Limits(100, 8))
    try:

        async def go() -> int:
            client = connector.client(sandbox.account)
            try:
                answers = await asyncio.gather(*(client.get_json("/jobs") for _ in range(150)))
                return len(answers)
            finally:
                await client.aclose()

        assert asyncio.run(go()) == 150
        stats = _stats(sandbox)
    finally:
        sandbox.stop()
    assert stats["by_status"]["200"] == 150
    assert stats["status_429"] <= 0.06 * stats["total"], stats


def test_a_429_burst_without_retry_after_is_waited_out_beyond_the_try_count(
    sr_sandbox: RunningSandbox,
) -> None:
    sr_sandbox.app.send_retry_after = False
    connector = registry.get("smartrecruiters")
    # A short vendor window keeps the doubling pauses of this test short (0.05 s, 0.1 s, 0.2 s …).
    quick = dataclasses.replace(connector, limits=dataclasses.replace(connector.limits, window=0.05))
    with sandbox_control(sr_sandbox) as control:
        control.put("/faults", json={"burst_429": 7}).raise_for_status()

    async def go() -> Any:
        client = quick.client(sr_sandbox.account, retry=RetryPolicy(attempts=5))
        try:
            return await client.get_json("/user-api/v201804/users"), client.limiter.pauses
        finally:
            await client.aclose()

    body, pauses = asyncio.run(go())
    assert body["content"]
    assert pauses == 7  # seven 429s in a row, more than the five tries a failure gets


def test_throttling_gives_up_after_its_time_budget(sr_sandbox: RunningSandbox) -> None:
    with sandbox_control(sr_sandbox) as control:
        control.put("/faults", json={"burst_429": 10_000}).raise_for_status()

    async def go() -> None:
        client = registry.get("smartrecruiters").client(
            sr_sandbox.account, retry=RetryPolicy(throttle_seconds=1.5)
        )
        try:
            await client.get_json("/jobs")
        finally:
            await client.aclose()

    started = time.monotonic()
    with pytest.raises(RateLimited, match="slow down"):
        asyncio.run(go())
    assert time.monotonic() - started < 6


def test_job_publications_are_paced_at_their_own_2_per_second(sr_sandbox: RunningSandbox) -> None:
    sr_sandbox.app.set_rate_limit(None)  # the published limits: 10/s overall, 2/s on publications
    sr_sandbox.app.set_limit_mode("sliding")
    job = httpx.get(f"{sr_sandbox.base_url}/_sandbox/records/jobs", params={"limit": 1}).json()["records"][0]
    path = f"/jobs/{job['id']}/publication"

    async def publish(times: int, group: str | None) -> float:
        client = registry.get("smartrecruiters").client(sr_sandbox.account)
        started = time.monotonic()
        try:
            for method in ["POST", "DELETE"] * (times // 2):
                await client.request(method, path, group=group)
        finally:
            await client.aclose()
        return time.monotonic() - started

    # The vendor refuses a client that sends them faster …
    with httpx.Client(
        base_url=sr_sandbox.base_url, headers={"X-SmartToken": sr_sandbox.account["api_key"]}
    ) as raw:
        statuses = [raw.request(method, path).status_code for method in ["POST", "DELETE"] * 3]
    assert 429 in statuses
    time.sleep(1.2)  # let the sliding window forget those
    # … in its group it is paced at the group's rate and never refused.
    with sandbox_control(sr_sandbox) as control:
        control.delete("/requests")
    seconds = asyncio.run(publish(6, "publication"))
    stats = _stats(sr_sandbox)
    assert stats["status_429"] == 0, stats
    assert stats["requests"] == {"POST /jobs/{jobId}/publication": 3, "DELETE /jobs/{jobId}/publication": 3}
    assert seconds >= 5 / 2  # six requests at most 2 per second


def test_the_sandbox_counts_three_ways() -> None:
    knock = 0.01

    def refused_while_knocking(limiter: RateLimiter, seconds: float = 0.2) -> bool:
        # Use up the window (5 per 0.1 s), then knock every 10 ms for a while: any let in?
        assert all(limiter.acquire("k").allowed for _ in range(5))
        let_in = False
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            let_in = let_in or limiter.acquire("k").allowed
            time.sleep(knock)
        return not let_in

    # A fixed window opens again at its next boundary, knocking or not.
    assert not refused_while_knocking(RateLimiter(RateLimitPolicy(rate=50, mode="fixed", window=0.1)))
    # A sliding window that counts refused requests stays shut while the client keeps knocking …
    sliding = RateLimiter(RateLimitPolicy(rate=50, mode="sliding", window=0.1))
    assert refused_while_knocking(sliding)
    time.sleep(0.11)  # … and opens once it has been quiet for a whole window.
    assert sliding.acquire("k").allowed
    # A token bucket (5 tokens) refills continuously, knocking or not: at 5/s a token is back in 0.2 s.
    assert not refused_while_knocking(RateLimiter(RateLimitPolicy(rate=5, mode="bucket")), 0.35)
