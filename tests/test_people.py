"""One person across every ATS: matching by e-mail, else phone; why records were joined; splitting."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlalchemy import text

from desktop.people import CandidateRef, match_people, normalise_email, normalise_phone


def ref(cid: str, account: str, emails: tuple[str, ...] = (), phones: tuple[str, ...] = ()) -> CandidateRef:
    """A record as ``load_refs`` makes it: addresses and numbers normalised."""
    addresses = tuple(filter(None, map(normalise_email, emails)))
    numbers = tuple(filter(None, map(normalise_phone, phones)))
    return CandidateRef(cid, account, f"r-{cid}", f"Name {cid}", addresses, numbers)


def test_addresses_and_numbers_are_compared_normalised() -> None:
    assert normalise_email("  Ada.Lovelace@Example.ORG ") == "ada.lovelace@example.org"
    assert normalise_email("not-an-address") is None
    assert normalise_phone("+49 (30) 123-4567") == normalise_phone("0049 30 1234567") == "+49301234567"
    assert normalise_phone("12 34") is None  # more cases in tests/test_phone.py


def test_same_email_in_two_accounts_is_one_person_with_the_reason() -> None:
    people = match_people(
        [ref("a1", "sr", ("ada@x.org",)), ref("b1", "cx", ("ada@x.org",)), ref("c1", "cx", ("bob@x.org",))]
    )
    joined = [p for p in people if len(p.records) > 1]
    assert len(people) == 2 and len(joined) == 1
    assert {r.id for r in joined[0].records} == {"a1", "b1"}
    assert joined[0].reasons == ["email:ada@x.org"] and joined[0].accounts == {"sr", "cx"}


def test_a_record_without_an_email_joins_the_person_with_its_phone_and_says_so() -> None:
    people = match_people(
        [
            ref("a", "sr", phones=("+49 30 1234567",)),
            ref("b", "cx", phones=("030 1234567",)),  # the same line, typed in Germany
            ref("c", "rc", ("c@x.org",), ("0049-30-1234567",)),
            ref("d", "rc", ("d@x.org",)),
        ]
    )
    joined = [p for p in people if len(p.records) > 1]
    assert len(joined) == 1 and {r.id for r in joined[0].records} == {"a", "b", "c"}
    assert joined[0].matched_by == "phone" and joined[0].reasons == ["phone:+49301234567"]
    assert joined[0].joined_by("c", "b") == "phone"


def test_a_phone_never_joins_two_different_emails() -> None:
    """A number shared by two addresses is a family line or a switchboard: both stay apart, and a
    record with that number but no e-mail joins neither (rather than gluing them together)."""
    people = match_people(
        [
            ref("mum", "sr", ("mum@x.org",), ("+31612345678",)),
            ref("son", "cx", ("son@x.org",), ("+31612345678",)),
            ref("who", "rc", phones=("0612345678",)),
        ]
    )
    assert sorted(len(p.records) for p in people) == [1, 1, 1]


def test_email_and_phone_joins_in_one_person_say_which_is_which() -> None:
    people = match_people(
        [
            ref("a", "sr", ("ada@x.org",), ("+31612345678",)),
            ref("b", "cx", ("ADA@x.org",)),
            ref("c", "rc", phones=("06-12 34 56 78",)),
        ]
    )
    (person,) = [p for p in people if len(p.records) > 1]
    assert person.matched_by == "email+phone"
    assert person.joined_by("a", "b") == "email" and person.joined_by("b", "c") == "phone"


def test_a_split_record_stands_alone() -> None:
    refs = [ref("mum", "sr", ("family@x.org",)), ref("son", "cx", ("family@x.org",))]
    assert len(match_people(refs)) == 1
    assert len(match_people(refs, split={"son"})) == 2
    by_phone = [ref("mum", "sr", ("mum@x.org",), ("+31201234567",)), ref("son", "cx", phones=("0201234567",))]
    assert len(match_people(by_phone)) == 1
    assert len(match_people(by_phone, split={"son"})) == 2


def _seed_cache(home: Path) -> None:
    from desktop import paths
    from desktop.cache.db import open_engine

    engine = open_engine(paths.cache_path())
    rows: list[dict[str, Any]] = [
        {"id": "1", "acc": "acc-sr", "rid": "SR-1", "email": "Ada@X.org"},
        {"id": "2", "acc": "acc-cx", "rid": "CX-9", "email": "ada@x.org "},
        {"id": "3", "acc": "acc-cx", "rid": "CX-10", "email": "bob@x.org"},
    ]
    with engine.begin() as conn:
        for acc, name, vendor in (
            ("acc-sr", "SR Berlin", "smartrecruiters"),
            ("acc-cx", "Carerix NL", "carerix"),
        ):
            conn.execute(
                text(
                    "INSERT INTO accounts (id, name, vendor, settings, options, created_at)"
                    " VALUES (:i, :n, :v, '{}', '{}', '2026-12-05')"
                ),
                {"i": acc, "n": name, "v": vendor},
            )
        for row in rows:
            conn.execute(
                text(
                    "INSERT INTO candidates (id, account_id, remote_id, first_name, email_addresses,"
                    " phone_numbers, changed_at)"
                    " VALUES (:id, :acc, :rid, 'Ada', :emails, '[]', '2026-12-05')"
                ),
                {**row, "emails": json.dumps([{"email_address": row["email"], "type": None}])},
            )
    engine.dispose()


def test_people_duplicates_json_in_the_issue_shape_and_split(app_home: Path, cli: Any) -> None:
    _seed_cache(app_home)
    result = cli("people", "--duplicates", "--json")
    assert result.code == 0, result.err
    listing = result.json()
    assert len(listing) == 1
    assert listing[0]["records"] == [
        {"account": "Carerix NL", "candidate_id": "CX-9"},
        {"account": "SR Berlin", "candidate_id": "SR-1"},
    ]
    assert listing[0]["person"]["joined_by"] == ["email:ada@x.org"]
    assert listing[0]["person"]["matched_by"] == "email"

    split = cli("people", "--duplicates", "--json", "--split", "CX-9")
    assert split.code == 0 and split.json() == []
    assert cli("people", "--duplicates", "--json").json() == []  # the split is remembered

    unknown = cli("people", "--split", "NOPE")
    assert unknown.code == 2 and "no cached candidate NOPE" in unknown.err


def test_a_candidate_shows_the_same_person_in_other_accounts_until_split(app_home: Path, cli: Any) -> None:
    from desktop import paths, queries
    from desktop.cache.db import open_reader

    _seed_cache(app_home)
    conn = open_reader(paths.cache_path())
    try:
        sections = queries.related(conn, "candidates", "1")
        assert sections[0].key == "same_person"
        assert [(r.record_id, r.label, r.detail) for r in sections[0].items] == [
            ("2", "Carerix NL", "0 applications · ada@x.org")
        ]
        # Bob has nobody elsewhere; the other way round Ada is found too.
        assert all(s.key != "same_person" for s in queries.related(conn, "candidates", "3"))
        assert queries.related(conn, "candidates", "2")[0].items[0].label == "SR Berlin"

        assert cli("people", "--split", "CX-9").code == 0
        assert all(s.key != "same_person" for s in queries.related(conn, "candidates", "1"))
    finally:
        conn.close()


def test_sandboxes_started_with_the_same_seed_share_some_people(app_home: Path, cli: Any) -> None:
    """As an agency sees it: some people applied through two vendors' accounts (issue 18.2). Started
    with the same seed, the sandboxes draw them from one pool, and the app joins them by e-mail."""
    from connectors.sandbox.people import shared_people
    from tests.conftest import add_account, sandbox_records, start_sandbox, sync_account

    sr, cp = start_sandbox("smartrecruiters", size="tiny"), start_sandbox("careerplug", size="tiny")
    try:
        held = [json.dumps(sandbox_records(sb, coll)) for sb, coll in ((sr, "candidates"), (cp, "apps"))]
        add_account("smartrecruiters", "acme", sr, share=100)
        add_account("careerplug", "plug", cp, share=100)
        sync_account("acme")
        sync_account("plug")
    finally:
        sr.stop()
        cp.stop()
    in_both = {p.email for p in shared_people(1) if all(p.email in h for h in held)}
    assert in_both, "the two tiny sandboxes of seed 1 share at least one person"
    listing = cli("people", "--duplicates", "--json").json()
    joined = {
        reason.removeprefix("email:")
        for entry in listing
        if {r["account"] for r in entry["records"]} == {"acme", "plug"}
        for reason in entry["person"]["joined_by"]
    }
    assert in_both <= joined
    # A candidate's pane is the person's whole story: their applications in the other account too.
    from desktop import paths, queries
    from desktop.cache import crypt

    with crypt.connect(paths.cache_path()) as conn:
        mine = conn.execute(
            "SELECT c.id FROM candidates c JOIN accounts a ON a.id = c.account_id "
            "WHERE a.name = 'acme' AND c.email_addresses LIKE ?",
            (f"%{sorted(in_both)[0]}%",),
        ).fetchone()[0]
        sections = {s.key: s.items for s in queries.related(conn, "candidates", mine)}
        theirs = conn.execute(
            "SELECT count(*) FROM applications a JOIN candidates c ON c.id = a.candidate_id "
            "JOIN accounts acc ON acc.id = c.account_id WHERE acc.name = 'plug' AND c.email_addresses LIKE ?",
            (f"%{sorted(in_both)[0]}%",),
        ).fetchone()[0]
    assert [i.label for i in sections["same_person"]] == ["plug"]
    assert len(sections.get("same_person_applications", [])) == theirs > 0
    assert all(i.detail.endswith("plug") for i in sections["same_person_applications"])


def test_search_results_show_one_row_per_person_naming_the_other_accounts(app_home: Path, cli: Any) -> None:
    from desktop import paths
    from desktop.cache import crypt
    from desktop.same_person import group_hits
    from desktop.search import Hit

    _seed_cache(app_home)
    hits = [
        Hit("candidates", "2", "acc-cx", "Ada", "ada@x.org", False),
        Hit("jobs", "j1", "acc-sr", "Ada Lovelace Engineer", "", False),
        Hit("candidates", "1", "acc-sr", "Ada", "Ada@X.org", False),
        Hit("candidates", "3", "acc-cx", "Ada", "bob@x.org", False),
    ]
    with crypt.connect(paths.cache_path()) as conn:
        grouped = group_hits(conn, hits)
        assert [(h.record_id, h.also) for h in grouped] == [("2", ("acc-sr",)), ("j1", ()), ("3", ())]
        assert cli("people", "--split", "CX-9").code == 0  # record 2 stands alone from now on
        assert [h.record_id for h in group_hits(conn, hits)] == ["2", "j1", "1", "3"]


def test_a_person_carerix_knows_by_phone_alone_is_joined_by_phone(app_home: Path, cli: Any) -> None:
    """A shared person a Carerix consultant took down from a phone call (no e-mail, the mobile as
    typed in the Netherlands: "001 415 …") is the CareerPlug applicant with that number: one person,
    matched by phone, in ``people --duplicates`` and in the candidate pane, until split."""
    from connectors.sandbox.people import phone_only_shared
    from desktop import paths, queries
    from desktop.cache import crypt
    from tests.conftest import add_account, sandbox_records, start_sandbox, sync_account

    cp, cx = start_sandbox("careerplug", size="tiny"), start_sandbox("carerix", candidates=20)
    try:
        plug, rix = sandbox_records(cp, "apps"), sandbox_records(cx, "CREmployee")
        add_account("careerplug", "plug", cp, share=100)
        add_account("carerix", "oranje", cx, share=100)
        sync_account("plug")
        sync_account("oranje")
    finally:
        cp.stop()
        cx.stop()
    in_both = [
        (p, e)
        for p in phone_only_shared(1)
        if p.email in json.dumps(plug)
        for e in rix
        if (e["firstName"], e["lastName"]) == (p.first_name, p.last_name)
    ]
    assert in_both, "seed 1: a phone-only person is in both sandboxes"
    person, theirs = in_both[0]
    assert theirs["emailAddress"] is None and theirs["mobileNumber"] != person.phone  # typed otherwise

    listing = cli("people", "--duplicates", "--json").json()
    (entry,) = [e for e in listing if {r["account"] for r in e["records"]} == {"plug", "oranje"}]
    assert entry["person"]["matched_by"] == "phone"
    assert entry["person"]["joined_by"] == [f"phone:{normalise_phone(theirs['mobileNumber'])}"]
    assert {r["candidate_id"] for r in entry["records"]} >= {str(theirs["id"])}

    with crypt.connect(paths.cache_path()) as conn:
        (mine,) = conn.execute(
            "SELECT c.id FROM candidates c JOIN accounts a ON a.id = c.account_id "
            "WHERE a.name = 'oranje' AND c.remote_id = ?",
            (str(theirs["id"]),),
        ).fetchone()
        sections = {s.key: s.items for s in queries.related(conn, "candidates", mine)}
        assert [(i.label, i.reason) for i in sections["same_person"]] == [("plug", "phone")]
        assert sections["same_person"][0].detail.endswith(normalise_phone(person.phone) or "?")
        applications = sections["same_person_applications"]
        assert applications and all(i.reason == "phone" and i.detail.endswith("plug") for i in applications)

        split = cli("people", "--split", str(theirs["id"]))
        assert split.code == 0, split.err
        assert all(s.key != "same_person" for s in queries.related(conn, "candidates", mine))
    after = cli("people", "--duplicates", "--json").json()
    assert not [e for e in after if e["person"]["matched_by"] != "email"]


def test_the_pane_follows_phones_added_after_it_first_looked(app_home: Path) -> None:
    """The phone index behind the pane catches up with what a sync added or changed since (new rows,
    and the change log's phone changes), without rebuilding."""
    from desktop import paths, queries
    from desktop.cache.db import open_engine, open_reader

    _seed_cache(app_home)
    conn = open_reader(paths.cache_path())
    try:
        assert [i.reason for i in queries.related(conn, "candidates", "1")[0].items] == ["email"]
        engine = open_engine(paths.cache_path())
        with engine.begin() as write:
            write.execute(
                text(
                    "UPDATE candidates SET phone_numbers = :p, changed_at = '2026-12-06' WHERE id = '1'"
                ),
                {"p": json.dumps([{"phone_number": "+31 6 1234 5678", "type": "MOBILE"}])},
            )
            write.execute(
                text(
                    "INSERT INTO candidates (id, account_id, remote_id, first_name, email_addresses,"
                    " phone_numbers, changed_at)"
                    " VALUES ('4', 'acc-cx', 'CX-11', 'Ada', '[]', :p, '2026-12-06')"
                ),
                {"p": json.dumps([{"phone_number": "06-12345678", "type": None}])},
            )
        engine.dispose()
        (section,) = [s for s in queries.related(conn, "candidates", "4") if s.key == "same_person"]
        assert [(i.label, i.reason, i.detail) for i in section.items] == [
            ("SR Berlin", "phone", "0 applications · +31612345678")
        ]
    finally:
        conn.close()
