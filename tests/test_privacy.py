"""Issue 15 items 2-5: forget a person, answer an access request, retention, nothing personal in logs."""

from __future__ import annotations

import json
import stat
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from connectors.sandbox.runner import RunningSandbox
from desktop import paths, saved_searches
from desktop.privacy.person import mentions
from desktop.saved_searches import SavedSearch
from tests.conftest import run_cli
from tests.test_smartrecruiters_writes import a_job, act, new_candidate, opened, rows


def _person_with_applications() -> tuple[str, str, str, str]:
    """(candidate id, vendor id, e-mail, full name) of a candidate with an application and an e-mail."""
    for cid, remote_id, first, last, emails in rows(
        "SELECT c.id, c.remote_id, c.first_name, c.last_name, c.email_addresses FROM candidates c "
        "WHERE EXISTS (SELECT 1 FROM applications a WHERE a.candidate_id = c.id) ORDER BY c.remote_id"
    ):
        found = json.loads(emails or "[]")
        if found and first and last:
            return cid, remote_id, found[0]["email_address"], f"{first} {last}"
    raise AssertionError("the sandbox has no candidate with an application and an e-mail")


def _everywhere(needles: list[str]) -> dict[str, int]:
    with opened() as core, core.engine.connect() as conn:
        return mentions(conn, needles)


def _fts_hits(word: str) -> int:
    quoted = '"' + word.replace('"', "") + '"'
    return int(rows("SELECT count(*) FROM search_index WHERE search_index MATCH ?", quoted)[0][0])


def test_forget_by_email_leaves_no_row_index_entry_or_file_bytes(synced_sr: str, tmp_path: Path) -> None:
    cid, _remote, email, name = _person_with_applications()
    application = rows("SELECT id FROM applications WHERE candidate_id = ? LIMIT 1", cid)[0][0]
    # A write about them (a note, sent) and a saved search naming them: traces outside the records.
    assert (
        act("add-note-to-application", {"application_id": application, "content": "Strong call"}).state
        == "sent"
    )
    with opened() as core:
        saved_searches.save(
            core.engine, [SavedSearch("follow up", "candidates", name), SavedSearch("mine", "jobs", "sales")]
        )
    assert _everywhere([email]), "the person is in the cache before"
    assert _fts_hits(email.split("@")[0]) > 0

    asked = run_cli("privacy", "forget", "--email", email.upper())  # not a terminal: must say --yes
    assert asked.code == 2 and "--yes" in asked.err, asked.err
    assert _everywhere([email]), "nothing was removed without confirmation"

    done = run_cli("privacy", "forget", "--email", f"  {email.upper()} ", "--yes")
    assert done.code == 0, done.err
    assert "Forgotten:" in done.err and "application" in done.err, done.err
    assert "warning" not in done.err, done.err

    needles = [email, name, json.dumps(name)[1:-1]]
    assert _everywhere(needles) == {}, "every table, the full-text index content included"
    assert rows("SELECT count(*) FROM candidates WHERE id = ?", cid)[0][0] == 0
    assert rows("SELECT count(*) FROM applications WHERE candidate_id = ?", cid)[0][0] == 0
    assert rows("SELECT count(*) FROM record_state WHERE id = ?", cid)[0][0] == 0
    assert rows("SELECT count(*) FROM outbox WHERE CAST(input AS TEXT) LIKE ?", f"%{application}%")[0][0] == 0
    for word in [email, *name.split()]:
        hits = rows(
            "SELECT count(*) FROM search_index WHERE search_index MATCH ? AND record_id = ?",
            '"' + word + '"',
            cid,
        )
        assert hits[0][0] == 0
    # What is remembered: ids and a keyed hash, never the address or the name.
    remembered = rows("SELECT account_id, remote_id, email_key FROM forgotten")
    assert remembered and all(email not in json.dumps(r) for r in remembered)
    # Not among the index's terms either (FTS5 keeps a deleted row's terms until its segments merge).
    local = max(email.split("@")[0].replace(".", " ").replace("_", " ").split(), key=len).lower()
    with opened() as core, core.engine.connect() as conn:
        conn.exec_driver_sql("CREATE VIRTUAL TABLE temp.terms USING fts5vocab(main, search_index, 'row')")
        assert (
            conn.exec_driver_sql("SELECT count(*) FROM temp.terms WHERE term = ?", (local,)).scalar_one() == 0
        )
    # Not in free pages or the WAL either (the encrypted cache of issue 15.1 hides it further).
    for file in paths.home().glob("cache.sqlite3*"):
        body = file.read_bytes()
        assert email.encode() not in body and local.encode() not in body, file.name
    assert "1 saved search naming them removed" in done.err
    with opened() as core, core.engine.connect() as conn:
        assert saved_searches.load(conn.connection) == [SavedSearch("mine", "jobs", "sales")]

    again = run_cli("privacy", "forget", "--email", email, "--yes")
    assert again.code == 2 and "No cached candidate has the e-mail address" in again.err


def test_forget_unknown_person_and_bad_input_are_clear(synced_sr: str) -> None:
    unknown = run_cli("privacy", "forget", "--candidate", "no-such-id", "--yes")
    assert unknown.code == 2 and "No cached candidate has the id 'no-such-id'" in unknown.err
    bad = run_cli("privacy", "forget", "--email", "not-an-address", "--yes")
    assert bad.code == 2 and "is not an e-mail address" in bad.err
    nobody = run_cli("privacy", "export", "--email", "nobody@nowhere.example", "--out", "x.zip")
    assert nobody.code == 2 and "No cached candidate" in nobody.err


def test_a_forgotten_person_the_vendor_still_has_comes_back_and_the_app_says_so(synced_sr: str) -> None:
    cid, remote_id, _email, _name = _person_with_applications()
    assert run_cli("privacy", "forget", "--candidate", remote_id, "--yes").code == 0
    assert rows("SELECT count(*) FROM candidates WHERE id = ?", cid)[0][0] == 0
    synced = run_cli("sync", "acme", "--full", "--json")
    assert synced.code == 0, synced.err
    assert synced.json()["returned"] == [cid]
    assert "came back with this sync" in synced.err and "SmartRecruiters still has them" in synced.err
    assert "cannot delete candidates at SmartRecruiters" in synced.err, synced.err
    assert rows("SELECT count(*) FROM forgotten WHERE reappeared_at IS NOT NULL")[0][0] >= 1


def test_access_export_is_a_readable_zip_of_everything_held(synced_sr: str, tmp_path: Path) -> None:
    cid, _remote, email, _name = _person_with_applications()
    with opened() as core, core.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE candidates SET first_name = '<b>Ann & Co</b>' WHERE id = ?", (cid,))
    job = a_job()
    pending = new_candidate(job, email)
    # A write about them still waiting (offline): its CV is a file we hold, so it is exported.
    with opened() as core:
        from desktop.outbox import queue as q

        account = core.accounts.get("acme")
        core.writer.run_sync(
            lambda conn: q.enqueue(conn, account.id, "create-candidate", pending, {}, now=_ago(0), key="k-1")
        )
    out = tmp_path / "person.zip"
    done = run_cli("privacy", "export", "--email", email, "--out", str(out))
    assert done.code == 0, done.err
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    with zipfile.ZipFile(out) as zf:
        names = set(zf.namelist())
        page = zf.read("summary.html").decode()
        candidates = json.loads(zf.read("records/candidates.json"))
        applications = json.loads(zf.read("records/applications.json"))
        attachments = [n for n in names if n.startswith("attachments/")]
        assert attachments and zf.read(attachments[0]).startswith(b"%PDF")
    assert {"summary.html", "records/candidates.json", "records/outbox.json"} <= names
    assert [c["id"] for c in candidates] == [cid]
    assert applications and all(a["candidate_id"] == cid for a in applications)
    assert "&lt;b&gt;Ann &amp; Co&lt;/b&gt;" in page and "<b>Ann" not in page
    assert email in page

    as_file = tmp_path / "a-file"  # a folder that is a file: unwritable also for root
    as_file.write_text("x")
    refused = run_cli("privacy", "export", "--email", email, "--out", str(as_file / "p.zip"))
    assert refused.code == 2 and "Cannot write the export" in refused.err, refused.err
    assert "Traceback" not in refused.err and as_file.read_text() == "x"
    folder = run_cli("privacy", "export", "--email", email, "--out", str(tmp_path))
    assert folder.code == 2 and "is a folder" in folder.err


def _ago(days: int) -> str:
    return (datetime.now(UTC) - timedelta(days=days)).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def test_retention_reduces_old_deleted_records_and_lists_candidates_due_for_review(synced_sr: str) -> None:
    (old, old_first), (recent, _) = rows(
        "SELECT id, first_name FROM candidates WHERE first_name IS NOT NULL ORDER BY remote_id LIMIT 2"
    )
    with opened() as core, core.engine.begin() as conn:
        # As the sync's deletion sweep marks them: changed_at moves, so the change log records it.
        for cid, days in ((old, 40), (recent, 10)):
            conn.exec_driver_sql(
                "UPDATE candidates SET remote_deleted_at = ?, changed_at = ? WHERE id = ?",
                (_ago(days), _ago(days), cid),
            )
    assert rows("SELECT count(*) FROM record_changes WHERE record_id = ?", old)[0][0] > 0

    synced = run_cli("sync", "acme", "--json")  # retention runs after every sync
    assert synced.code == 0, synced.err
    assert synced.json()["reduced"].get("candidates", 0) >= 1
    kept: tuple[Any, ...] = rows(
        "SELECT first_name, last_name, email_addresses, remote_data, remote_id, changed_at, "
        "remote_deleted_at FROM candidates WHERE id = ?",
        old,
    )[0]
    assert kept[:4] == (None, None, None, None) and all(kept[4:]), kept
    assert rows("SELECT count(*) FROM record_changes WHERE record_id = ?", old)[0][0] == 0
    assert rows("SELECT count(*) FROM search_index WHERE record_id = ?", old)[0][0] == 0
    assert rows("SELECT first_name FROM candidates WHERE id = ?", recent)[0][0] is not None

    # 5 days: the recent one goes too, when asked to run now.
    assert run_cli("privacy", "retention", "acme", "--keep-deleted-days", "5", "--apply").code == 0
    assert rows("SELECT first_name FROM candidates WHERE id = ?", recent)[0][0] is None
    bad = run_cli("privacy", "retention", "acme", "--keep-deleted-days", "soon")
    assert bad.code == 2 and "number of days" in bad.err

    assert run_cli("privacy", "review", "--json").json() == []  # off by default
    assert run_cli("privacy", "retention", "acme", "--review-after-days", "0").code == 0
    due = run_cli("privacy", "review", "--json").json()
    live = rows("SELECT count(*) FROM candidates WHERE remote_deleted_at IS NULL")[0][0]
    assert len(due) == live and {d["account"] for d in due} == {"acme"}
    assert old_first not in json.dumps(due)


def test_logs_hold_no_name_or_email_after_a_full_sync_and_writes(
    synced_sr: str, sr_sandbox: RunningSandbox
) -> None:
    cid, _remote, email, _name = _person_with_applications()
    application = rows("SELECT id FROM applications WHERE candidate_id = ? LIMIT 1", cid)[0][0]
    assert (
        act("add-note-to-application", {"application_id": application, "content": "Call back"}).state
        == "sent"
    )
    assert act("add-tag-to-candidate", {"candidate_id": cid, "tag": {"name": "privacy-test"}}).state == "sent"
    assert act("create-candidate", new_candidate(a_job(), "ada.privacy@example.org")).state == "sent"
    assert run_cli("sync", "acme", "--full").code == 0
    assert run_cli("privacy", "forget", "--email", email, "--yes").code == 0

    people = rows("SELECT first_name, last_name, email_addresses FROM candidates")
    needles = {"ada.privacy@example.org", email}
    for first, last, emails in people:
        needles |= {v for v in (first, last) if v and len(v) > 3}
        needles |= {e["email_address"] for e in json.loads(emails or "[]") if e.get("email_address")}
    assert len(needles) > 20
    logs = [p for p in paths.home().rglob("*") if p.is_file() and not p.name.startswith("cache.sqlite3")]
    logs = [p for p in logs if p.suffix in (".log", ".txt") or ".log." in p.name or "crash" in p.name]
    assert logs, "the sync wrote a log"
    for file in logs:
        body = file.read_text(encoding="utf-8", errors="replace")
        found = sorted(n for n in needles if n in body)
        assert not found, f"{file.name} names {found[:3]}"
        assert stat.S_IMODE(file.stat().st_mode) == 0o600


def test_an_email_forgets_the_person_in_every_account_a_candidate_id_only_that_record(
    synced_sr: str, sr_sandbox: RunningSandbox
) -> None:
    from tests.conftest import add_account, sync_account

    sync_account(add_account("smartrecruiters", "acme-nl", sr_sandbox))  # the same people, a second account
    cid, _remote, email, _name = _person_with_applications()
    same = [r[0] for r in rows("SELECT id FROM candidates WHERE instr(lower(email_addresses), ?) > 0", email)]
    assert len(same) == 2 and cid in same

    one = run_cli("privacy", "forget", "--candidate", cid, "--yes")
    assert one.code == 0, one.err
    assert "1 other candidate record" in one.err and "forget by e-mail" in one.err
    assert (
        rows("SELECT count(*) FROM candidates WHERE instr(lower(email_addresses), ?) > 0", email)[0][0] == 1
    )

    every = run_cli("privacy", "forget", "--email", email, "--yes")
    assert every.code == 0, every.err
    assert _everywhere([email]) == {}
    assert len(rows("SELECT DISTINCT account_id FROM forgotten")) == 2


def test_writes_about_the_person_are_kept_when_asked(synced_sr: str) -> None:
    from desktop.outbox import queue as q

    _cid, _remote, email, _name = _person_with_applications()
    with opened() as core:
        account = core.accounts.get("acme")
        core.writer.run_sync(
            lambda conn: q.enqueue(
                conn,
                account.id,
                "create-candidate",
                new_candidate(a_job(), email),
                {},
                now=_ago(0),
                key="k-2",
            )
        )
    kept = run_cli("privacy", "forget", "--email", email, "--yes", "--keep-outbox")
    assert kept.code == 0, kept.err
    assert "1 outbox write about them kept" in kept.err and "warning" not in kept.err, kept.err
    assert rows("SELECT count(*) FROM outbox WHERE idempotency_key = 'k-2'")[0][0] == 1
    assert (
        rows("SELECT count(*) FROM candidates WHERE instr(lower(email_addresses), ?) > 0", email)[0][0] == 0
    )


def test_an_error_quoting_an_email_is_logged_without_it(app_home: Path) -> None:
    import logging

    from desktop.core import setup_logging

    path = setup_logging()
    log = logging.getLogger("recruiter_companion.sync")
    try:
        raise ValueError("vendor said: a candidate with e-mail ann.example@example.org exists")
    except ValueError:
        log.exception("stream candidates failed")
    for handler in logging.getLogger("recruiter_companion").handlers:
        handler.flush()
    text = path.read_text(encoding="utf-8")
    assert "stream candidates failed" in text and "ValueError" in text and "<email>" in text
    assert "ann.example@example.org" not in text


def test_forget_removes_downloaded_cvs_and_the_access_export_carries_them(
    synced_sr: str, tmp_path: Path
) -> None:
    import zipfile

    found = rows(
        "SELECT c.id, c.email_addresses, a.id, k.content FROM candidates c "
        "JOIN attachments a ON a.candidate_id = c.id JOIN attachment_content k ON k.id = a.id ORDER BY c.id"
    )
    cid, emails, aid, content = next((r for r in found if json.loads(r[1] or "[]")), (None,) * 4)
    assert cid is not None, "the sandbox serves CVs and the sync downloaded some (into the cache)"
    email = json.loads(emails)[0]["email_address"]
    # A copy open in the system's viewer goes with the person too.
    from desktop.attachments import files

    copy = files.open_copy(aid, "cv.pdf", bytes(content))

    out = tmp_path / "access.zip"
    assert run_cli("privacy", "export", "--email", email, "--out", str(out)).code == 0
    with zipfile.ZipFile(out) as zf:
        names = zf.namelist()
        assert "records/attachments.json" in names
        cvs = [n for n in names if n.startswith("attachments/")]
        assert cvs and zf.read(cvs[0]) == bytes(content)

    assert run_cli("privacy", "forget", "--email", email, "--yes").code == 0
    assert not copy.exists()
    assert rows("SELECT count(*) FROM attachments WHERE candidate_id = ?", cid)[0][0] == 0
    assert rows("SELECT count(*) FROM attachment_files WHERE id = ?", aid)[0][0] == 0
    assert rows("SELECT count(*) FROM attachment_content WHERE id = ?", aid)[0][0] == 0
