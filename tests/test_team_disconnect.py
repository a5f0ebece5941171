"""``team disconnect`` never doubles a write: writes handed over to the team's outbox are settled with the
server first. Left with the team (the default) they are never sent from this computer again, and a
teammate sends them once; taken back (``--take-back``) they leave the team's outbox and this computer
sends them exactly once (also after a take-back cut between its two steps); one a teammate is sending
stays with the team. The server unreachable: refused
unless ``--force``, and then nothing handed over is sent alone (counted at the sandbox each time)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from connectors.sandbox.runner import RunningSandbox
from tests.conftest import add_account, run_cli
from tests.test_team_outbox_flush import (
    _core,
    member,
    notes_at_vendor,
    ok,
    queue_notes,
    server_rows,
    two_members,
)

pytestmark = pytest.mark.team


def one_member(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pg_url: str, sandbox: RunningSandbox) -> None:
    member(monkeypatch, tmp_path / "anna", "anna")
    ok("team", "connect", pg_url)
    add_account("smartrecruiters", "acme", sandbox)
    ok("sync", "acme")


def solo_flush_sends() -> int:
    return int(json.loads(ok("outbox", "flush").out)["sent"])


def test_writes_left_with_the_team_are_never_sent_alone_and_a_teammate_sends_them_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pg_url: str, sr_sandbox: RunningSandbox
) -> None:
    two_members(tmp_path, monkeypatch, pg_url, sr_sandbox)
    member(monkeypatch, tmp_path / "anna", "anna")
    queue_notes(["left 0", "left 1", "done 2"])
    assert server_rows(pg_url, "SELECT count(*) FROM outbox WHERE status = 'queued'") == [(3,)]
    # The team's word on one of them: sent by a teammate already.
    server_rows(pg_url, "UPDATE outbox SET status = 'sent', sender = 'bernd@x' "
                        "WHERE input->'data'->>'content' = 'done 2' RETURNING id")

    said = ok("team", "disconnect").out
    assert "1 write sent by the team" in said and "2 writes left with the team" in said
    assert not (tmp_path / "anna" / "team.json").exists()
    listed = {r["outbox_id"]: r for r in ok("outbox", "list", "--json").json()}
    assert sorted(r["state"] for r in listed.values()) == ["queued", "queued", "sent"]
    left = [i for i, r in listed.items() if r["state"] == "queued"]
    assert all("left with the team" in (listed[i]["error"] or "") for i in left)

    assert solo_flush_sends() == 0  # alone now: nothing the team holds is sent from here
    refused = run_cli("outbox", "retry", str(left[0]))
    assert refused.code != 0 and "left with the team" in refused.err
    assert not notes_at_vendor(sr_sandbox, "left")
    assert server_rows(pg_url, "SELECT count(*) FROM outbox WHERE status = 'queued'") == [(2,)]  # not lost

    member(monkeypatch, tmp_path / "bernd", "bernd")
    assert solo_flush_sends() == 2  # bernd is still in the team: he sends them
    member(monkeypatch, tmp_path / "anna", "anna")
    assert solo_flush_sends() == 0
    assert notes_at_vendor(sr_sandbox, "left") == Counter({"left 0": 1, "left 1": 1})


def test_taken_back_writes_are_sent_once_alone_unless_a_teammate_holds_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pg_url: str, sr_sandbox: RunningSandbox
) -> None:
    one_member(tmp_path, monkeypatch, pg_url, sr_sandbox)
    cut = queue_notes(["back 0", "back 1", "held 2", "back 3"])[3]
    # An earlier take-back of "back 3" was cut off between deleting the team's row and the local step.
    from desktop.team import leave

    with _core() as core:
        core.writer.run_sync(lambda c: leave.mark_taking_back(c, cut.entry_id, "2026-12-06T10:00:00+00:00"))
    server_rows(pg_url, "DELETE FROM outbox WHERE input->'data'->>'content' = 'back 3' RETURNING id")
    # A teammate claimed one (its send is under way): it must stay with the team.
    server_rows(pg_url, "UPDATE outbox SET status = 'sending', sender = 'bernd@x', "
                        "next_attempt_at = '2999-01-01T00:00:00+00:00' "
                        "WHERE input->'data'->>'content' = 'held 2' RETURNING id")

    said = ok("team", "disconnect", "--take-back").out
    assert "3 writes taken back" in said and "1 write being sent by a teammate" in said
    left = server_rows(pg_url, "SELECT input->'data'->>'content', status FROM outbox")
    assert left == [("held 2", "sending")]  # only the held one is still the team's

    assert solo_flush_sends() == 3
    assert solo_flush_sends() == 0
    assert notes_at_vendor(sr_sandbox, "back") == Counter({"back 0": 1, "back 1": 1, "back 3": 1})
    assert not notes_at_vendor(sr_sandbox, "held")
    states = Counter(r["state"] for r in ok("outbox", "list", "--json").json())
    assert states == {"sent": 3, "queued": 1}


def test_disconnect_from_an_unreachable_server_is_refused_unless_forced_and_sends_nothing_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pg_url: str, sr_sandbox: RunningSandbox
) -> None:
    one_member(tmp_path, monkeypatch, pg_url, sr_sandbox)
    queue_notes(["gone 0"])
    settings = tmp_path / "anna" / "team.json"
    info = json.loads(settings.read_text())
    info["url"] = make_url(info["url"]).set(port=9).render_as_string(hide_password=False)
    settings.write_text(json.dumps(info))  # the server is gone (nothing listens there)

    refused = run_cli("team", "disconnect", "--take-back")
    assert refused.code != 0 and "--force" in refused.err and "No PostgreSQL server answers" in refused.err
    assert settings.exists()  # still connected

    forced = ok("team", "disconnect", "--force")
    assert "1 write in the team's outbox, whose server could not be used: kept here unsent" in forced.out
    assert not settings.exists()
    assert solo_flush_sends() == 0
    assert not notes_at_vendor(sr_sandbox, "gone")
    assert server_rows(pg_url, "SELECT status FROM outbox") == [("queued",)]  # the team still has it
