"""CVs and attachments offline (issue 18.1): synced, downloaded, searchable, shown inline.

A SmartRecruiters sandbox serves generated PDF and DOCX CVs; the sync lists them, downloads the files
into the cache (``attachment_content``, encrypted with it: no loose file) and indexes their text.
"Open in viewer" writes a private copy, removed at shutdown. Bad input: a damaged PDF, a program
named ``.pdf``, a file over the account's cap.
"""

from __future__ import annotations

import io
import json
import sqlite3
import stat
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pypdf
import pytest

from connectors.sandbox import files as seeded
from connectors.sandbox.runner import RunningSandbox
from desktop.attachments import text as texts
from tests.conftest import add_account, read_export, run_cli, start_sandbox, sync_lifted
from tests.ui_fixtures import *  # noqa: F403  (session loop fixtures)
from tests.ui_fixtures import UiDriver

SEED = 20  # a seed whose tiny SmartRecruiters sandbox has CVs saying "Python Kubernetes Berlin"


@pytest.fixture()
def sandbox() -> Iterator[RunningSandbox]:
    sb = start_sandbox("smartrecruiters", seed=SEED)
    yield sb
    sb.stop()


def _add_file(sb: RunningSandbox, candidate_index: int, name: str, data: bytes, content_type: str) -> str:
    """A file as if the vendor held it: the sandbox's own store, the way its upload stores one."""
    app: Any = sb.app
    listed = [
        c
        for c in app.store["candidates"].values()
        if app.store["applications"].lookup("by_candidate", c["id"])
    ]
    cand = sorted(listed, key=lambda c: c["id"])[candidate_index]  # SR lists candidates with applications
    att = {
        "id": f"extra-{candidate_index}-{name}",
        "candidateId": cand["id"],
        "name": name,
        "type": "RESUME",
        "contentType": content_type,
        "createdOn": cand.get("createdOn"),
    }
    with app.store.lock:
        app.blobs[att["id"]] = data
        app.store["attachments"].insert(att)
    return str(cand["id"])


def _sync(sb: RunningSandbox) -> sqlite3.Connection:
    add_account("smartrecruiters", "acme", sb, share=100)
    result = run_cli("sync", "acme")
    assert result.code == 0, result.err
    return _conn()


def _conn() -> sqlite3.Connection:
    from desktop import paths
    from desktop.cache.db import open_reader

    return open_reader(paths.cache_path())


def test_generated_cvs_are_valid_pdf_and_docx_with_their_text() -> None:
    found = [seeded.cv_for("smartrecruiters", SEED, f"c{i}", "Anna Müller", "Engineer") for i in range(40)]
    pdf = next(f for f in found if f and f.content_type == seeded.PDF)
    docx = next(f for f in found if f and f.content_type == seeded.DOCX)
    assert pdf.data() == pdf.data()  # deterministic bytes
    assert "Anna Müller" in pypdf.PdfReader(io.BytesIO(pdf.data())).pages[0].extract_text()
    with zipfile.ZipFile(io.BytesIO(docx.data())) as z:
        assert "word/document.xml" in z.namelist()
    assert texts.extract(docx.data(), seeded.DOCX, docx.name) == docx.text
    assert sum(1 for f in found if f and "Python" in f.text and "Berlin" in f.text) >= 1


def test_sync_stores_attachments_and_their_files_inside_the_cache(
    app_home: Path, sandbox: RunningSandbox
) -> None:
    conn = _sync(sandbox)
    rows = conn.execute(
        "SELECT a.id, a.type, a.content_type, f.status, f.path, f.size, f.indexed, k.content "
        "FROM attachments a JOIN attachment_files f ON f.id = a.id "
        "LEFT JOIN attachment_content k ON k.id = a.id"
    ).fetchall()
    synced = {r[0] for r in conn.execute("SELECT remote_id FROM candidates")}
    held = [a for a in sandbox.app.store["attachments"].values() if a["candidateId"] in synced]
    assert len(rows) == len(held) > 0
    for _aid, kind, content_type, status, path, size, indexed, content in rows:
        assert kind == "CV" and status == "ok" and indexed
        assert path is None and content is not None and len(content) == size
        assert bytes(content[:4]) == (b"%PDF" if content_type == seeded.PDF else b"PK\x03\x04")
    # Nothing beside the cache: no folder of loose files.
    assert not (app_home / "attachments").exists()
    # A second sync downloads nothing again.
    before = {r[0]: r for r in conn.execute("SELECT id, downloaded_at FROM attachment_files")}
    assert run_cli("sync", "acme").code == 0
    after = {r[0]: r for r in conn.execute("SELECT id, downloaded_at FROM attachment_files")}
    assert before == after


def test_search_by_cv_text_finds_the_candidate(app_home: Path, sandbox: RunningSandbox) -> None:
    conn = _sync(sandbox)
    expected = {
        str(a["candidateId"])
        for a in sandbox.app.store["attachments"].values()
        if {"Python", "Kubernetes", "Berlin"} <= set(" ".join(a["_lines"]).replace(",", " ").split())
    }
    ours = {remote: cid for cid, remote in conn.execute("SELECT id, remote_id FROM candidates").fetchall()}
    expected &= set(ours)  # SR lists only candidates with an application
    assert expected
    result = run_cli("search", "Python Kubernetes Berlin", "--json")
    assert result.code == 0, result.err
    hits = json.loads(result.out)
    found = {h["id"] for h in hits if h["model"] == "candidates"}
    assert found == {ours[r] for r in expected}
    assert all("CV" in h["subtitle"] for h in hits)


def test_export_has_the_attachments(app_home: Path, sandbox: RunningSandbox, tmp_path: Path) -> None:
    _sync(sandbox)
    out = tmp_path / "export"
    assert run_cli("export", "--account", "acme", "--format", "jsonl", "--out", str(out)).code == 0
    rows = read_export(out)["attachments"]
    assert rows and {r["type"] for r in rows} == {"CV"}
    assert all(r["candidate_id"] and r["name"] and r["content_type"] for r in rows)


def test_bad_files_are_kept_out_or_named_never_crash(app_home: Path, sandbox: RunningSandbox) -> None:
    _add_file(sandbox, 0, "broken.pdf", b"%PDF-1.4\nthis is not a PDF at all", "application/pdf")
    _add_file(sandbox, 1, "cv.pdf", b"MZ\x90\x00" + b"\x00" * 200, "application/pdf")
    conn = _sync(sandbox)
    status = dict(
        conn.execute("SELECT a.name, f.status FROM attachments a JOIN attachment_files f ON f.id = a.id")
    )
    assert status["broken.pdf"] == "ok"  # kept: the pane says it is damaged (below)
    assert status["cv.pdf"] == "refused"
    message = conn.execute("SELECT message FROM attachment_files WHERE status = 'refused'").fetchone()[0]
    assert "program" in message


def test_files_over_the_cap_are_not_downloaded_and_say_why(app_home: Path, sandbox: RunningSandbox) -> None:
    add_account("smartrecruiters", "acme", sandbox, share=100)
    assert run_cli("accounts", "edit", "acme", "--attachments-cap", "0.0005").code == 0  # about 500 bytes
    assert run_cli("sync", "acme").code == 0
    conn = _conn()
    rows = conn.execute("SELECT status, message, path FROM attachment_files").fetchall()
    assert rows and {r[0] for r in rows} == {"too_large"}
    assert all("MB" in r[1] and r[2] is None for r in rows)
    assert conn.execute("SELECT count(*) FROM attachment_content").fetchone()[0] == 0
    bad = run_cli("accounts", "edit", "acme", "--attachments-cap", "lots")
    assert bad.code != 0 and "megabytes" in bad.err
    # A raised cap: the next sync fetches them.
    assert run_cli("accounts", "edit", "acme", "--attachments-cap", "100").code == 0
    assert run_cli("sync", "acme").code == 0
    assert {r[0] for r in conn.execute("SELECT status FROM attachment_files")} == {"ok"}


def test_a_file_gone_at_the_vendor_is_deleted_here(app_home: Path, sandbox: RunningSandbox) -> None:
    conn = _sync(sandbox)
    aid, remote, cand = conn.execute(
        "SELECT a.id, a.remote_id, c.remote_id FROM attachments a "
        "JOIN attachment_content k ON k.id = a.id JOIN candidates c ON c.id = a.candidate_id "
        "ORDER BY a.id LIMIT 1"
    ).fetchone()
    app: Any = sandbox.app
    with app.store.lock:
        app.store["attachments"].delete(remote)
        app.store["candidates"].update(
            cand, {"updatedOn": app.now()}, merge=False
        )  # the vendor's change mark
    assert run_cli("sync", "acme").code == 0
    assert conn.execute("SELECT remote_deleted_at FROM attachments WHERE id = ?", (aid,)).fetchone()[0]
    assert conn.execute("SELECT count(*) FROM attachment_content WHERE id = ?", (aid,)).fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM attachment_files WHERE id = ?", (aid,)).fetchone()[0] == 0


# --- the detail pane ------------------------------------------------------------------------------------


def _pane(qtbot: Any, conn: sqlite3.Connection) -> Any:
    from desktop.ui.views.detail import DetailPane

    pane = DetailPane(conn)
    qtbot.addWidget(pane)
    pane.resize(700, 800)
    pane.show()
    return pane


def _a_pdf_owner(conn: Any) -> str:
    """The candidate of the first downloaded PDF."""
    return str(
        conn.execute(
            "SELECT a.candidate_id FROM attachments a JOIN attachment_files f ON f.id = a.id "
            "WHERE f.content_type = 'application/pdf' ORDER BY a.id LIMIT 1"
        ).fetchone()[0]
    )


def test_detail_pane_shows_the_cv_pdf_inline(app_home: Path, sandbox: RunningSandbox, qtbot: Any) -> None:
    conn = _sync(sandbox)
    cid = _a_pdf_owner(conn)
    pane = _pane(qtbot, conn)
    assert pane.show_record("candidates", cid)
    assert pane.tabs.isTabVisible(pane.tabs.indexOf(pane.cv))
    pane.tabs.setCurrentWidget(pane.cv)
    assert pane.cv.mode == "pdf"
    assert pane.cv._pdf_document.pageCount() == 1
    assert "1 page" in pane.cv.status.text() and "PDF" in pane.cv.status.text()
    assert pane.cv.open_button.isEnabled()
    # An application shows its candidate's files.
    application = conn.execute("SELECT id FROM applications WHERE candidate_id = ?", (cid,)).fetchone()[0]
    pane.show_record("applications", application)
    assert pane.tabs.isTabVisible(pane.tabs.indexOf(pane.cv)) and pane.cv.mode == "pdf"
    # A record without files hides the tab.
    job = conn.execute("SELECT id FROM jobs LIMIT 1").fetchone()[0]
    pane.show_record("jobs", job)
    assert not pane.tabs.isTabVisible(pane.tabs.indexOf(pane.cv))


def test_detail_pane_shows_docx_as_text(app_home: Path, sandbox: RunningSandbox, qtbot: Any) -> None:
    docx = seeded.docx_bytes(["Curriculum Vitae", "Skills: Haskell, Erlang"])
    cand = _add_file(sandbox, 2, "cv.docx", docx, seeded.DOCX)
    conn = _sync(sandbox)
    ours = conn.execute("SELECT id FROM candidates WHERE remote_id = ?", (cand,)).fetchone()[0]
    pane = _pane(qtbot, conn)
    pane.show_record("candidates", ours)
    names = [pane.cv.chooser.itemText(i) for i in range(pane.cv.chooser.count())]
    pane.cv.chooser.setCurrentIndex(next(i for i, n in enumerate(names) if n.endswith("cv.docx")))
    assert pane.cv.mode == "text"
    assert "Haskell, Erlang" in pane.cv.text.toPlainText()


def test_detail_pane_names_a_damaged_pdf(app_home: Path, sandbox: RunningSandbox, qtbot: Any) -> None:
    cand = _add_file(sandbox, 0, "broken.pdf", b"%PDF-1.4\nthis is not a PDF at all", "application/pdf")
    conn = _sync(sandbox)
    ours = conn.execute("SELECT id FROM candidates WHERE remote_id = ?", (cand,)).fetchone()[0]
    pane = _pane(qtbot, conn)
    pane.show_record("candidates", ours)
    names = [pane.cv.chooser.itemText(i) for i in range(pane.cv.chooser.count())]
    pane.cv.chooser.setCurrentIndex(next(i for i, n in enumerate(names) if n.endswith("broken.pdf")))
    assert pane.cv.mode == "message"
    assert "damaged" in pane.cv.message.text()


def test_detail_pane_says_why_a_file_is_not_here(app_home: Path, sandbox: RunningSandbox, qtbot: Any) -> None:
    add_account("smartrecruiters", "acme", sandbox, share=100)
    assert run_cli("accounts", "edit", "acme", "--attachments-cap", "0.0005").code == 0
    assert run_cli("sync", "acme").code == 0
    conn = _conn()
    cid = conn.execute("SELECT candidate_id FROM attachments LIMIT 1").fetchone()[0]
    pane = _pane(qtbot, conn)
    pane.show_record("candidates", cid)
    assert pane.cv.mode == "message"
    assert "over the" in pane.cv.message.text()
    assert not pane.cv.open_button.isEnabled()


@pytest.mark.parametrize("vendor", ["carerix", "erecruiter"])
def test_other_vendors_cvs_are_downloaded_searchable_and_shown(
    vendor: str, app_home: Path, qtbot: Any
) -> None:
    sb = start_sandbox(vendor)
    try:
        conn = _sync_vendor(vendor, sb)
    finally:
        sb.stop()
    rows = conn.execute(
        "SELECT a.candidate_id, f.status, f.content_type, f.indexed FROM attachments a "
        "JOIN attachment_files f ON f.id = a.id"
    ).fetchall()
    assert rows and all(r[1] == "ok" and r[3] for r in rows)
    cid = next(r[0] for r in rows if r[2] == "application/pdf")
    words = conn.execute(
        "SELECT s.extra FROM attachments a JOIN search_index s ON s.rowid = a.rowid * 8 + 5 "
        "WHERE a.candidate_id = ?",
        (cid,),
    ).fetchone()[0]
    hits = json.loads(run_cli("search", words.splitlines()[0], "--json").out)
    assert cid in {h["id"] for h in hits}
    pane = _pane(qtbot, conn)
    pane.show_record("candidates", cid)
    for i in range(pane.cv.chooser.count()):
        pane.cv.chooser.setCurrentIndex(i)
        if pane.cv.mode == "pdf":
            break
    assert pane.cv.mode == "pdf" and pane.cv._pdf_document.pageCount() == 1


def _sync_vendor(vendor: str, sb: RunningSandbox) -> sqlite3.Connection:
    add_account(vendor, "acme", sb, share=100)
    # The declared limits are for real tenants; the loopback sandbox takes more (as their sync tests do).
    assert sync_lifted("acme").ok
    return _conn()


def test_removing_the_account_removes_its_files(app_home: Path, sandbox: RunningSandbox) -> None:
    conn = _sync(sandbox)
    assert conn.execute("SELECT count(*) FROM attachment_content").fetchone()[0] > 0
    assert run_cli("accounts", "remove", "acme").code == 0
    assert conn.execute("SELECT count(*) FROM attachment_content").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM attachment_files").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM search_index WHERE rowid % 8 = 5").fetchone()[0] == 0


def test_images_unknown_types_and_open_in_viewer(
    app_home: Path, sandbox: RunningSandbox, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QDesktopServices, QImage

    image = QImage(120, 80, QImage.Format.Format_RGB32)
    image.fill(QColor("steelblue"))
    raw = QByteArray()
    buffer = QBuffer(raw)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes; PySide wants str
    cand = _add_file(sandbox, 3, "photo-cv.png", bytes(raw.data()), "image/png")
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600  # a Word 97 file's signature
    _add_file(sandbox, 3, "old.doc", ole, "application/msword")
    conn = _sync(sandbox)
    ours = conn.execute("SELECT id FROM candidates WHERE remote_id = ?", (cand,)).fetchone()[0]
    pane = _pane(qtbot, conn)
    pane.show_record("candidates", ours)
    names = [pane.cv.chooser.itemText(i) for i in range(pane.cv.chooser.count())]
    pane.cv.chooser.setCurrentIndex(next(i for i, n in enumerate(names) if n.endswith("photo-cv.png")))
    assert pane.cv.mode == "image" and pane.cv.image.pixmap().width() == 120
    opened: list[str] = []

    def open_url(url: Any) -> bool:
        opened.append(url.toLocalFile())
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    assert pane.cv.open_in_viewer()
    # A private copy for the viewer, the cache's bytes: 0600 in 0700 folders under the data folder.
    copy = Path(opened[0])
    assert opened and copy.name == "photo-cv.png" and copy.read_bytes() == bytes(raw.data())
    assert copy.is_relative_to(app_home / "open-copies")
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert stat.S_IMODE(copy.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE((app_home / "open-copies").stat().st_mode) == 0o700
    pane.cv.chooser.setCurrentIndex(next(i for i, n in enumerate(names) if n.endswith("old.doc")))
    assert pane.cv.mode == "message" and "not shown here" in pane.cv.message.text()
    assert pane.cv.open_button.isEnabled()


def test_search_box_finds_by_cv_and_opens_the_cv(app_home: Path, sandbox: RunningSandbox, qtbot: Any) -> None:
    from PySide6.QtWidgets import QWidget

    from desktop.ui.views.search_popup import SearchPopup

    conn = _sync(sandbox)
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(900, 700)
    window.show()
    popup = SearchPopup(conn, window)
    popup.popup()
    qtbot.keyClicks(popup.input, "Python Kubernetes Berlin")
    popup.run_query()
    assert popup.results.rowCount() > 0
    pane = _pane(qtbot, conn)
    popup.opened.connect(pane.show_record)
    with qtbot.waitSignal(popup.opened):
        popup._open_index(popup.results.index(0))
    assert pane.model == "candidates"
    pane.tabs.setCurrentWidget(pane.cv)
    assert pane.cv.mode in ("pdf", "text")
    if pane.cv.mode == "pdf":  # the very words searched for, on the page Qt's PDF module drew
        assert "Kubernetes" in pane.cv._pdf_document.getAllText(0).text()
    else:
        assert "Kubernetes" in pane.cv.text.toPlainText()


def test_open_in_viewer_copy_is_private_and_removed_at_shutdown_and_next_start(
    ui: UiDriver, qapp: Any, app_home: Path, sandbox: RunningSandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QDesktopServices

    from desktop.ui.app import Application

    conn = _sync(sandbox)
    cid = _a_pdf_owner(conn)
    opened: list[Path] = []

    def open_url(url: Any) -> bool:
        opened.append(Path(url.toLocalFile()))
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    # A copy a crashed session left behind: the next start removes it.
    left = app_home / "open-copies" / "old" / "cv.pdf"
    left.parent.mkdir(parents=True)
    left.write_bytes(b"%PDF-1.4 left over")

    async def scenario() -> None:
        app = Application(qapp, sync_on_start=False)
        app.start()
        assert not left.exists()
        window = app.window
        window.open_record("candidates", cid)
        await ui.until(lambda: window.detail.record_id == cid, what="the candidate to show")
        window.detail.tabs.setCurrentWidget(window.detail.cv)
        assert window.detail.cv.mode == "pdf"
        window.detail.cv.open_button.click()
        assert opened and opened[0].is_file() and opened[0].suffix == ".pdf"
        assert opened[0].read_bytes()[:4] == b"%PDF"
        assert stat.S_IMODE(opened[0].stat().st_mode) == 0o600
        assert stat.S_IMODE(opened[0].parent.stat().st_mode) == 0o700
        await app.shutdown()

    ui.run(scenario(), timeout=60)
    assert not opened[0].exists() and not (app_home / "open-copies").exists()


def test_migration_0008_moves_loose_files_into_the_cache_and_deletes_them(tmp_path: Path) -> None:
    from alembic import command

    from desktop.cache.db import alembic_config, open_engine

    cache = tmp_path / "cache.sqlite3"
    engine = open_engine(cache, encrypt=False)
    cfg = alembic_config(engine)
    command.downgrade(cfg, "0007_attachments")
    folder = tmp_path / "attachments" / "acc"
    folder.mkdir(parents=True)
    (folder / "a1.pdf").write_bytes(b"%PDF-1.4 Svenja Meyer")
    with engine.begin() as c:
        for aid, path in (("a1", "attachments/acc/a1.pdf"), ("a2", "attachments/acc/gone.pdf")):
            c.exec_driver_sql(
                "INSERT INTO attachment_files (id, account_id, status, path, size, downloaded_at, indexed) "
                "VALUES (?, 'acc', 'ok', ?, 21, '2026-12-05T09:00:00Z', 1)",
                (aid, path),
            )
    command.upgrade(cfg, "head")
    with engine.connect() as c:
        assert c.exec_driver_sql("SELECT id, content FROM attachment_content").fetchall() == [
            ("a1", b"%PDF-1.4 Svenja Meyer")
        ]
        # Moved: its path cleared; a row whose file was gone is dropped (downloaded again).
        assert c.exec_driver_sql("SELECT id, path FROM attachment_files").fetchall() == [("a1", None)]
        c.exec_driver_sql("DELETE FROM attachment_files WHERE id = 'a1'")
        assert c.exec_driver_sql("SELECT count(*) FROM attachment_content").scalar_one() == 0
    engine.dispose()
    assert not (tmp_path / "attachments").exists()


def test_retention_drops_a_reduced_candidates_file_bytes(app_home: Path, sandbox: RunningSandbox) -> None:
    from desktop import paths
    from desktop.cache.db import open_engine

    conn = _sync(sandbox)
    cid, aid = conn.execute(
        "SELECT a.candidate_id, a.id FROM attachments a JOIN attachment_content k ON k.id = a.id LIMIT 1"
    ).fetchone()

    engine = open_engine(paths.cache_path())
    with engine.begin() as c:  # deleted at the vendor 40 days ago, as the sync's sweep marks it
        c.exec_driver_sql(
            "UPDATE candidates SET remote_deleted_at = '2020-01-01T00:00:00Z' WHERE id = ?", (cid,)
        )
    engine.dispose()
    assert run_cli("privacy", "retention", "acme", "--keep-deleted-days", "30", "--apply").code == 0
    assert conn.execute("SELECT count(*) FROM attachment_content WHERE id = ?", (aid,)).fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM attachment_files WHERE id = ?", (aid,)).fetchone()[0] == 0


def test_a_large_file_is_read_off_the_gui_thread(
    app_home: Path, sandbox: RunningSandbox, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QDesktopServices

    from desktop.ui.views import cv_view

    monkeypatch.setattr(cv_view, "INLINE_BYTES", 10)  # every sandbox CV counts as large here
    conn = _sync(sandbox)
    cid = _a_pdf_owner(conn)
    pane = _pane(qtbot, conn)
    pane.show_record("candidates", cid)
    assert pane.cv.mode == "message" and "Loading" in pane.cv.message.text()
    qtbot.waitUntil(lambda: pane.cv.mode == "pdf", timeout=10000)
    assert pane.cv._pdf_document.pageCount() == 1
    opened: list[str] = []

    def open_url(url: Any) -> bool:
        opened.append(url.toLocalFile())
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    assert pane.cv.open_in_viewer()  # on its way: copied on a worker thread
    qtbot.waitUntil(lambda: bool(opened), timeout=10000)
    assert Path(opened[0]).read_bytes()[:4] == b"%PDF"
