"""The stream reader: a stream may hand a page over in slices, so a long page (eRecruiter lists every
job in one answer, then reads each of its applicants) is stored as it is read."""

from __future__ import annotations

import asyncio

from connectors import registry
from connectors.base import MapContext
from connectors.base.reader import Batch, read_stream
from tests.conftest import start_sandbox


def test_an_enriched_page_is_handed_over_in_slices_resuming_at_the_page() -> None:
    sandbox = start_sandbox("erecruiter", size="small")
    try:
        connector = registry.get("erecruiter")
        stream = next(s for s in connector.streams if s.name == "applications")

        async def read() -> list[Batch]:
            client = connector.client(sandbox.account)
            try:
                return [b async for b in read_stream(stream, client, MapContext("acct"))]
            finally:
                await client.aclose()

        batches = asyncio.run(read())
    finally:
        sandbox.stop()
    assert len(batches) > 1
    assert stream.slice == 1 and all(b.items == 1 for b in batches)
    assert [b.state is None for b in batches] == [False] * (len(batches) - 1) + [True]
    assert all(b.state for b in batches[:-1])  # a cut-off read starts again at the page it was in
