"""A file over the size cap is refused while it downloads, not after (issue 18.1).

A SmartRecruiters sandbox serves two 200 MB attachments made as they are sent (never held whole): one
saying its size, one chunked without it. The sync refuses both while they arrive: the sandbox manages
to send only what the sockets buffer, the lines say "too_large" and why, and the other files download.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from connectors.sandbox import files as seeded
from connectors.sandbox.runner import RunningSandbox
from connectors.sandbox.wire import StreamedBody
from tests.conftest import add_account, run_cli, start_sandbox, sync_lifted

MB = 1024 * 1024
HUGE = 200 * MB


@pytest.fixture()
def sandbox() -> Iterator[RunningSandbox]:
    sb = start_sandbox("smartrecruiters", seed=20)
    yield sb
    sb.stop()


def _huge_file(sb: RunningSandbox, name: str, *, say_length: bool) -> StreamedBody:
    """A 200 MB attachment of the candidate with the newest application (downloaded first)."""
    app: Any = sb.app
    newest = max(app.store["applications"].values(), key=lambda a: a.get("createdOn") or "")
    body = seeded.large_file(HUGE, say_length=say_length)
    att = {
        "id": f"huge-{name}",
        "candidateId": newest["candidateId"],
        "name": name,
        "type": "RESUME",
        "contentType": seeded.PDF,
        "createdOn": newest.get("createdOn"),
    }
    with app.store.lock:
        app.blobs[att["id"]] = body
        app.store["attachments"].insert(att)
    return body


def _conn() -> sqlite3.Connection:
    from desktop import paths
    from desktop.cache.db import open_reader

    return open_reader(paths.cache_path())


def _files() -> dict[str, tuple[Any, ...]]:
    """Each file's line by name: (status, size, message)."""
    found = _conn().execute(
        "SELECT a.name, f.status, f.size, f.message FROM attachments a JOIN attachment_files f ON f.id = a.id"
    )
    return {r[0]: tuple(r[1:]) for r in found}


def test_an_oversized_file_is_refused_while_it_arrives_and_the_others_download(
    app_home: Path, sandbox: RunningSandbox
) -> None:
    declared = _huge_file(sandbox, "declared.pdf", say_length=True)
    chunked = _huge_file(sandbox, "chunked.pdf", say_length=False)
    add_account("smartrecruiters", "acme", sandbox)
    assert run_cli("accounts", "edit", "acme", "--attachments-cap", "5").code == 0  # 5 MB a file
    started = time.monotonic()
    result = run_cli("sync", "acme")
    assert result.code == 0, result.err
    assert time.monotonic() - started < 60  # a 200 MB read would not be quick either; sent bytes tell

    # The sandbox sent no more than the sockets held before the client hung up: not 200 MB.
    assert declared.sent < 20 * MB, declared.sent
    assert 5 * MB < chunked.sent < 20 * MB, chunked.sent  # the 5 MB read, then the buffers

    conn = _conn()
    rows = _files()
    status, size, message = rows.pop("declared.pdf")
    assert status == "too_large" and size == HUGE
    assert message == (
        "Not downloaded: 200.0 MB is over the 5.0 MB a file may take here. Open it at the vendor."
    )
    status, size, message = rows.pop("chunked.pdf")
    assert status == "too_large" and 5 * MB < size < 6 * MB
    assert message.startswith("Not downloaded: the file is larger than the 5.0 MB a file may take here")
    assert "Open it at the vendor" in message
    kept = "SELECT count(*) FROM attachment_content k JOIN attachments a ON a.id = k.id WHERE a.name = ?"
    assert [conn.execute(kept, (name,)).fetchone()[0] for name in ("declared.pdf", "chunked.pdf")] == [0, 0]
    # Every other file came down whole, the candidate's own CVs included.
    assert rows and {r[0] for r in rows.values()} == {"ok"}


def test_a_file_sent_base64_is_refused_by_its_encoded_size_and_named_by_its_own(app_home: Path) -> None:
    """Carerix sends a file base64 inside XML: the answer is read under the base64 size of the cap (plus
    room for the XML), and the line gives the file's own size, not the answer's."""
    import base64

    sb = start_sandbox("carerix")
    try:
        app: Any = sb.app
        employee = next(e for e in app.store["CREmployee"].values() if not e.get("deleted"))
        with app.store.lock:
            content = base64.b64encode(b"%PDF-1.4\n" + b"0" * (2 * MB)).decode()
            data = {"id": "99001", "attachmentDataID": 99001, "content": content}
            app.store["CRAttachmentData"].insert(data)
            app.store["CRAttachment"].insert(
                {"id": "99001", "attachmentID": 99001, "label": "Portfolio", "filePath": "portfolio.pdf",
                 "toAttachmentData": "99001", "creationDate": employee["creationDate"],
                 "modificationDate": employee["creationDate"]}
            )  # fmt: skip
            app.store["CREmployee"].update(
                employee["id"], {"attachments": [*employee.get("attachments", []), "99001"]}, merge=False
            )
        add_account("carerix", "cx", sb)
        assert run_cli("accounts", "edit", "cx", "--attachments-cap", "1").code == 0
        # The declared limits are for real tenants; the loopback sandbox takes more (as its sync tests do).
        assert sync_lifted("cx").ok
    finally:
        sb.stop()
    rows = _files()
    status, size, message = rows.pop("portfolio.pdf")
    assert status == "too_large" and 2 * MB < size < 2 * MB + 64 * 1024  # the file, not its base64
    assert message.startswith("Not downloaded: 2.0 MB is over the 1.0 MB a file may take here.")
    assert rows and {r[0] for r in rows.values()} == {"ok"}
