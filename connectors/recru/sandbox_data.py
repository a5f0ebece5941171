"""Seed data for the RECRU sandbox: a deterministic German staffing agency placing staff with clients.

Shapes follow ``VENDOR.md`` ("Record shapes"). Internal records are the wire objects with string ids
(the store keys on strings), epoch seconds in ``*_ts`` fields instead of RECRU's local time strings,
and codebook references as ids; ``sandbox.py`` renders the wire shape.

Consistency rules the generator keeps (what a sync relies on, as on the real vendor):
- the tenant has one list of pipeline steps; each project uses a subset in its own order (the
  "Personalvermittlung" pipeline shows the client before the interview, unlike the tenant's order);
- applications sit in a step of their project's pipeline; rejected steps carry a rejection reason,
  hired ones a hiring time; closed projects have only finished applications (hired or rejected);
- applications exist only on projects that were open when the jobseeker applied; ids ascend with
  creation time; ``updated`` ≥ ``created``; nothing is later than ``ANCHOR_TS``;
- a deleted user (``status`` 1) is on no project team; e-mails are unique per jobseeker.

Generation is one pass with ``random.Random`` seeded by seed and size; the clock is never read.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

from connectors.sandbox.people import MARKETS, PeopleFactory, shared_for, slugify

#: Everything happens before 2026-11-01T00:00:00Z; writes are stamped with the real clock, after it.
ANCHOR_TS = 1_793_491_200
DAY = 86_400
MARKET = "de-DE"
AGENCY = "Weiß Personalberatung GmbH"
AGENCY_DOMAIN = "weiss-personal.de"
API_LOGIN = "api.recruiter-companion"

#: The ``SIZES`` count that is the candidates (``sandbox serve --candidates N``: connectors.sandbox.sizes).
CANDIDATE_COUNT = "people"
SIZES: dict[str, dict[str, int]] = {
    "tiny": {"users": 5, "projects": 5, "people": 14},
    "small": {"users": 12, "projects": 24, "people": 180},
    "large": {"users": 300, "projects": 3_000, "people": 80_000},
}

#: The tenant's pipeline steps: id, name, type, position (VENDOR.md "Record shapes", A).
STEPS: tuple[tuple[int, str, str, int], ...] = (
    (1, "Neu", "new", 1),
    (2, "In Prüfung", "in_progress", 2),
    (3, "Telefoninterview", "interview", 3),
    (4, "Vorstellungsgespräch", "interview", 4),
    (5, "Beim Kunden vorgestellt", "in_progress", 5),
    (6, "Probearbeit", "interview", 6),
    (7, "Angebot", "offer", 7),
    (8, "Eingestellt", "hired", 8),
    (9, "Abgesagt", "rejected", 9),
    (10, "Zurückgezogen", "rejected", 10),
)
STEP_TYPES = {sid: kind for sid, _, kind, _ in STEPS}
#: Pipelines projects use, as step ids in the project's order.
PIPELINES: dict[str, tuple[int, ...]] = {
    "Standard": (1, 2, 4, 7, 8, 9),
    "Personalvermittlung": (1, 3, 5, 4, 7, 8, 9, 10),
    "Gewerblich": (1, 3, 6, 8, 9, 10),
}
SOURCES: tuple[tuple[int, str, float], ...] = (
    (1, "Karriereseite", 0.22),
    (2, "StepStone", 0.2),
    (3, "Indeed", 0.16),
    (4, "Bundesagentur für Arbeit", 0.12),
    (5, "Empfehlung", 0.08),
    (6, "LinkedIn", 0.08),
    (7, "XING", 0.06),
    (8, "Initiativbewerbung", 0.08),
    (9, "Recruiter Companion", 0.0),  # the prerequisite for source writing (VENDOR.md "Writes")
)
REJECTION_REASONS: tuple[tuple[int, str], ...] = (
    (1, "Qualifikation passt nicht"),
    (2, "Gehaltsvorstellung zu hoch"),
    (3, "Bewerber hat zurückgezogen"),
    (4, "Stelle anderweitig besetzt"),
    (5, "Kunde hat abgesagt"),
)
CLOSE_REASONS: tuple[tuple[int, str], ...] = (
    (1, "Stelle besetzt"),
    (2, "Auftrag storniert"),
    (3, "Kunde hat intern besetzt"),
)
EMPLOYMENT_TYPES: tuple[tuple[int, str, float], ...] = (
    (1, "Vollzeit", 0.55),
    (2, "Teilzeit", 0.12),
    (3, "Befristet", 0.08),
    (4, "Arbeitnehmerüberlassung", 0.15),
    (5, "Praktikum", 0.03),
    (6, "Werkstudent", 0.03),
    (7, "Minijob", 0.04),
)
EXPERIENCE_LEVELS: tuple[tuple[int, str], ...] = (
    (1, "Berufseinsteiger"),
    (2, "Berufserfahren"),
    (3, "Senior"),
    (4, "Führungskraft"),
)
TAGS: tuple[tuple[int, str, str], ...] = (
    (2, "Führerschein Klasse B", "#2e7d32"),
    (5, "Rückruf vereinbart", "#f9a825"),
    (8, "Schweißerprüfung", "#1565c0"),
    (11, "Staplerschein", "#6d4c41"),
    (14, "Englisch fließend", "#00838f"),
    (17, "Top-Kandidat", "#c62828"),
    (20, "Schichtbereitschaft", "#5e35b1"),
    (23, "Umzugsbereit", "#ef6c00"),
    (26, "Nicht vermitteln", "#424242"),
    (29, "Größere Reisebereitschaft", "#ad1457"),
)
COUNTRIES: dict[str, str] = {
    "DE": "Deutschland",
    "AT": "Österreich",
    "CH": "Schweiz",
    "SK": "Slowakei",
    "PL": "Polen",
}
#: The other published codebooks (their contents are ours, A; the operations are S [MC-README]).
SK_NACE: tuple[tuple[str, str], ...] = (
    ("A", "Poľnohospodárstvo, lesníctvo a rybolov"),
    ("C", "Priemyselná výroba"),
    ("F", "Stavebníctvo"),
    ("G", "Veľkoobchod a maloobchod; oprava motorových vozidiel a motocyklov"),
    ("H", "Doprava a skladovanie"),
    ("J", "Informácie a komunikácia"),
    ("M", "Odborné, vedecké a technické činnosti"),
    ("Q", "Zdravotníctvo a sociálna pomoc"),
)
LOCALES: dict[str, str] = {
    "de_DE": "Deutsch",
    "de_AT": "Deutsch (Österreich)",
    "sk_SK": "Slovenčina",
    "cs_CZ": "Čeština",
    "en_GB": "English",
}
COLORS: dict[str, str] = {
    "#2e7d32": "Grün",
    "#f9a825": "Gelb",
    "#1565c0": "Blau",
    "#c62828": "Rot",
    "#6d4c41": "Braun",
    "#5e35b1": "Violett",
    "#ef6c00": "Orange",
    "#424242": "Grau",
}
EVENT_TYPES: tuple[tuple[int, str], ...] = (
    (1, "Vorstellungsgespräch"),
    (2, "Telefoninterview"),
    (3, "Kundentermin"),
    (4, "Probearbeitstag"),
    (5, "Rückruf"),
    (6, "Vertragsunterzeichnung"),
)
MOBILE_MENU_ITEMS: tuple[tuple[int, str], ...] = ((1, "Bewerber"), (2, "Projekte"), (3, "Kalender"))
OFFICES: tuple[tuple[int, str], ...] = ((1, "München"), (2, "Köln"), (3, "Hamburg"), (4, "Leipzig"))
#: acl values (S [ITC]): 1 Superadmin, 4 Consultant, 7 Sales, 10 Manager.
ACL_WEIGHTS = ((4, 0.6), (7, 0.15), (10, 0.2), (1, 0.05))


@dataclass(frozen=True)
class Role:
    title: str
    department: str
    salary: tuple[int, int]  # a yearly amount range in euros (hourly for "Stunde")
    period: str  # Jahr | Monat | Stunde
    position: str  # what a jobseeker doing it today calls themselves
    pipeline: str


ROLES: tuple[Role, ...] = (
    Role(
        "Elektroniker für Betriebstechnik (m/w/d)",
        "Instandhaltung",
        (42_000, 56_000),
        "Jahr",
        "Elektroniker",
        "Gewerblich",
    ),
    Role(
        "Industriemechaniker (m/w/d)",
        "Produktion",
        (38_000, 50_000),
        "Jahr",
        "Industriemechaniker",
        "Gewerblich",
    ),
    Role("Schweißer WIG/MAG (m/w/d)", "Produktion", (17, 23), "Stunde", "Schweißer", "Gewerblich"),
    Role("Staplerfahrer (m/w/d)", "Logistik", (14, 18), "Stunde", "Lagerhelfer", "Gewerblich"),
    Role(
        "Fachkraft für Lagerlogistik (m/w/d)",
        "Logistik",
        (32_000, 40_000),
        "Jahr",
        "Lagerlogistiker",
        "Gewerblich",
    ),
    Role("CNC-Fräser (m/w/d)", "Fertigung", (40_000, 52_000), "Jahr", "Zerspanungsmechaniker", "Gewerblich"),
    Role(
        "Sachbearbeiter Buchhaltung (m/w/d)", "Finanzen", (40_000, 52_000), "Jahr", "Buchhalterin", "Standard"
    ),
    Role(
        "Steuerfachangestellter (m/w/d)",
        "Finanzen",
        (42_000, 55_000),
        "Jahr",
        "Steuerfachangestellte",
        "Standard",
    ),
    Role(
        "Kaufmann für Büromanagement (m/w/d)",
        "Verwaltung",
        (3_000, 3_600),
        "Monat",
        "Bürokauffrau",
        "Standard",
    ),
    Role("Personalreferent (m/w/d)", "Personal", (52_000, 66_000), "Jahr", "HR Generalist", "Standard"),
    Role(
        "Softwareentwickler Java (m/w/d)",
        "IT",
        (62_000, 85_000),
        "Jahr",
        "Java-Entwickler",
        "Personalvermittlung",
    ),
    Role(
        "IT-Systemadministrator (m/w/d)",
        "IT",
        (50_000, 65_000),
        "Jahr",
        "Systemadministrator",
        "Personalvermittlung",
    ),
    Role(
        "Vertriebsinnendienst (m/w/d)",
        "Vertrieb",
        (38_000, 46_000),
        "Jahr",
        "Kundenberater",
        "Personalvermittlung",
    ),
    Role("Projektleiter Bau (m/w/d)", "Bau", (65_000, 82_000), "Jahr", "Bauleiter", "Personalvermittlung"),
    Role("Pflegefachkraft (m/w/d)", "Pflege", (40_000, 50_000), "Jahr", "Pflegefachfrau", "Standard"),
)
_DESCRIPTION = (
    "<p>Für unseren Kunden <strong>{client}</strong> in {city} suchen wir im Rahmen der {kind} "
    "ab sofort eine/n <strong>{title}</strong>.</p>"
    "<h3>Ihre Aufgaben</h3><ul><li>Eigenverantwortliche Tätigkeit im Bereich {department}</li>"
    "<li>Zusammenarbeit mit einem erfahrenen Team</li></ul>"
    "<h3>Ihr Profil</h3><ul><li>Abgeschlossene Ausbildung oder vergleichbare Qualifikation</li>"
    "<li>Zuverlässigkeit und Teamgeist</li></ul>"
    "<h3>Wir bieten</h3><ul><li>Unbefristeter Arbeitsvertrag, 30 Tage Urlaub</li>"
    "<li>Persönliche Betreuung durch Ihre Ansprechpartnerin bei {agency}</li></ul>"
)


@dataclass
class SeedData:
    users: list[dict[str, Any]]
    projects: list[dict[str, Any]]
    jobseekers: list[dict[str, Any]]
    applications: list[dict[str, Any]]
    tags: list[dict[str, Any]]


def _pick(rng: random.Random, weighted: tuple[tuple[Any, ...], ...]) -> Any:
    return rng.choices(weighted, weights=[w[-1] for w in weighted])[0]


def generate(seed: int, size: str) -> SeedData:
    """The whole RECRU tenant for ``seed`` and ``size`` (see ``SIZES``)."""
    if size not in SIZES:
        raise ValueError(f"unknown sandbox size {size!r}; known: {', '.join(SIZES)}")
    return _generate(random.Random(f"recru:{seed}:{size}"), SIZES[size], size, seed)


def _users(rng: random.Random, people: PeopleFactory, count: int) -> list[dict[str, Any]]:
    users = [
        {
            # The API user the connection signs in with (VENDOR.md "Authentication": a dedicated user).
            "id": "7",
            "name": "API Schnittstelle",
            "first_name": "API",
            "last_name": "Schnittstelle",
            "username": API_LOGIN,
            "email": f"it@{AGENCY_DOMAIN}",
            "phone": "+49 89 1234567",
            "acl": 1,
            "status": 0,
            "office_ids": [1],
            "updated_ts": ANCHOR_TS - 400 * DAY,
        }
    ]
    for n in range(1, count):
        person = people.person(MARKET, email_domain=AGENCY_DOMAIN)
        acl = _pick(rng, ACL_WEIGHTS)[0]
        users.append(
            {
                "id": str(10 + n),
                "name": person.full_name,
                "first_name": person.first_name,
                "last_name": person.last_name,
                "username": slugify(f"{person.first_name[0]}{person.last_name}").replace("-", ""),
                "email": person.email,
                "phone": person.phone if rng.random() < 0.8 else None,
                "acl": acl,
                # One colleague left the agency: RECRU keeps the user as Deleted (status 1, S).
                "status": 1 if n == count - 1 else 0,
                "office_ids": [rng.choice(OFFICES)[0]],
                "updated_ts": ANCHOR_TS - rng.randint(1, 380) * DAY - rng.randint(0, DAY),
            }
        )
    return users


def _projects(
    rng: random.Random, people: PeopleFactory, count: int, users: list[dict[str, Any]], small: bool
) -> list[dict[str, Any]]:
    active = [u for u in users if u["status"] == 0]
    consultants = [u for u in active if u["acl"] in (1, 4, 10)] or active
    market = MARKETS[MARKET]
    projects = []
    # Tiny and small tenants show every status; large ones draw them.
    fixed = ("open", "open", "closed", "draft", "archived")
    for n in range(count):
        role = rng.choice(ROLES)
        client = rng.choice(market.companies)
        place = rng.choice(market.places)
        created = ANCHOR_TS - rng.randint(20, 420) * DAY - rng.randint(0, DAY)
        if small and n < len(fixed):
            status = fixed[n]
        else:
            status = rng.choices(("open", "closed", "draft", "archived"), (0.6, 0.25, 0.08, 0.07))[0]
        employment = _pick(rng, EMPLOYMENT_TYPES)
        low, high = role.salary
        if role.period == "Stunde":
            salary: float | None = round(rng.uniform(low, high) * 4) / 4
        else:
            step = 50 if role.period == "Monat" else 500
            salary = float(rng.randrange(low, high + 1, step))
        if rng.random() < 0.12:
            salary = None  # "nach Vereinbarung"
        owner = rng.choice(consultants)
        team = [{"user_id": owner["id"], "role": "owner"}]
        for other in rng.sample(active, k=min(len(active), rng.randint(0, 2))):
            if other["id"] != owner["id"]:
                kind = "sales" if other["acl"] == 7 else rng.choice(("consultant", "manager"))
                team.append({"user_id": other["id"], "role": kind})
        date_from = created + rng.randint(0, 6) * DAY
        closed = None
        if status in ("closed", "archived"):
            closed = min(ANCHOR_TS - DAY, date_from + rng.randint(20, 160) * DAY)
        updated = max(created, closed or created) + rng.randint(0, 3 * DAY)
        if updated >= ANCHOR_TS:  # last edited before the anchor, at some point after creation
            updated = rng.randint(max(created, closed or created), ANCHOR_TS - 1)
        kind = (
            "Arbeitnehmerüberlassung" if employment[1] == "Arbeitnehmerüberlassung" else "Personalvermittlung"
        )
        projects.append(
            {
                "id": str(301 + n),
                "name": role.title,
                "description": _DESCRIPTION.format(
                    client=client,
                    city=place.city,
                    kind=kind,
                    title=role.title,
                    department=role.department,
                    agency=AGENCY,
                ),
                "client": {"id": 50 + market.companies.index(client), "name": client},
                "department": role.department,
                "city": place.city,
                "country_id": "DE",
                "employment_type_id": employment[0],
                "experience_level_id": rng.choice(EXPERIENCE_LEVELS)[0] if rng.random() < 0.85 else None,
                "salary": salary,
                "salary_currency": "EUR",
                "salary_period": role.period,
                "status": status,
                "published": 1 if status == "open" and rng.random() < 0.8 else 0,
                "internal": 1 if rng.random() < 0.2 else 0,
                "date_from_ts": date_from,
                "date_to_ts": date_from + 365 * DAY if employment[1] == "Befristet" else None,
                "closed_ts": closed if status == "closed" else None,
                "close_reason_id": rng.choice(CLOSE_REASONS)[0] if status == "closed" else None,
                "owner_id": owner["id"],
                "users": team,
                "pipeline": list(PIPELINES[role.pipeline]),
                "position": role.position,
                "created_ts": created,
                "updated_ts": updated,
            }
        )
    return projects


def _generate(rng: random.Random, counts: dict[str, int], size: str, seed: int = 1) -> SeedData:
    people = PeopleFactory(rng, shared_for(seed, "recru"))
    market = MARKETS[MARKET]
    users = _users(rng, people, counts["users"])
    small = size != "large"
    projects = _projects(rng, people, counts["projects"], users, small)
    appable = [p for p in projects if p["status"] != "draft"]
    tag_ids = [t[0] for t in TAGS[: 6 if size == "tiny" else len(TAGS)]]
    seekers: list[dict[str, Any]] = []
    apps: list[dict[str, Any]] = []
    emails: set[str] = set()
    for n in range(counts["people"]):
        person = people.candidate(MARKET, n)
        email = person.email
        while email in emails:
            local, domain = email.split("@")
            email = f"{local}{rng.randint(1, 99)}@{domain}"
        emails.add(email)
        created = ANCHOR_TS - rng.randint(2, 430) * DAY - rng.randint(0, DAY)
        source = _pick(rng, SOURCES)[0]
        consent = rng.random() < 0.85
        role = rng.choice(ROLES)
        seeker: dict[str, Any] = {
            "id": "",
            "first_name": person.first_name,
            "last_name": person.last_name,
            "title": "Dr." if rng.random() < 0.03 else None,
            "email": email,
            "email2": f"{slugify(person.last_name).replace('-', '')}@{rng.choice(market.email_domains)}"
            if rng.random() < 0.1
            else None,
            "phone": person.phone if rng.random() < 0.7 else None,
            "mobile": f"+49 1{rng.choice(('51', '52', '60', '70', '76'))} {rng.randint(1000000, 99999999)}"
            if rng.random() < 0.6
            else None,
            "street": people.street_address(MARKET) if rng.random() < 0.75 else None,
            "zip": person.place.postal_code,
            "city": person.place.city,
            "country_id": "DE" if rng.random() < 0.93 else rng.choice(("AT", "CH", "PL")),
            "current_employer": rng.choice(market.companies) if rng.random() < 0.7 else None,
            "current_position": role.position if rng.random() < 0.8 else None,
            "source_id": source,
            "tag_ids": sorted(rng.sample(tag_ids, k=rng.choice((0, 0, 1, 1, 2, 3)))),
            "gdpr_consent": 1 if consent else 0,
            # DSGVO: consent for the talent pool typically runs two years from the application.
            "gdpr_valid_to_ts": created + 730 * DAY if consent else None,
            "created_ts": created,
            "updated_ts": created,
        }
        seekers.append(seeker)
        for project in rng.sample(appable, k=min(len(appable), rng.choice((1, 1, 1, 2, 2, 3)))):
            _apply(rng, seeker, project, apps)
    seekers.sort(key=lambda s: (s["created_ts"], s["email"]))
    for n, seeker in enumerate(seekers):
        seeker["id"] = str(9001 + n)
    apps.sort(key=lambda a: (a["created_ts"], a["_seeker"]["id"], a["project_id"]))
    for n, app in enumerate(apps):
        app["id"] = str(77001 + n)
        app["jobseeker_id"] = app.pop("_seeker")["id"]
    tags = [{"id": str(t[0]), "name": t[1], "color": t[2]} for t in TAGS if t[0] in tag_ids]
    return SeedData(users, projects, seekers, apps, tags)


def _apply(
    rng: random.Random, seeker: dict[str, Any], project: dict[str, Any], apps: list[dict[str, Any]]
) -> None:
    """One application of ``seeker`` to ``project``, in a step of the project's pipeline."""
    start = max(seeker["created_ts"], project["date_from_ts"])
    end = project["closed_ts"] or ANCHOR_TS - DAY
    if project["status"] == "archived":
        end = project["updated_ts"]
    if start >= end:
        return
    created = rng.randint(start, end)
    pipeline = project["pipeline"]
    finished = project["status"] in ("closed", "archived")
    rejected = [s for s in pipeline if STEP_TYPES[s] == "rejected"]
    hired = [s for s in pipeline if STEP_TYPES[s] == "hired"]
    open_steps = [s for s in pipeline if STEP_TYPES[s] not in ("rejected", "hired")]
    roll = rng.random()
    if finished:
        step = rng.choice(hired) if roll < 0.15 else rng.choice(rejected)
    elif roll < 0.55:
        step = rng.choice(open_steps[:3])
    elif roll < 0.75:
        step = rng.choice(open_steps)
    elif roll < 0.82:
        step = rng.choice(hired)
    else:
        step = rng.choice(rejected)
    updated = created + rng.randint(0, 30) * DAY + rng.randint(0, DAY)
    if updated > end:  # the last move happened before the project closed (or before the anchor)
        updated = rng.randint(created, end)
    kind = STEP_TYPES[step]
    reason = None
    if kind == "rejected":
        reason = 3 if step == 10 else rng.choice((1, 2, 4, 5))
    app = {
        "id": "",
        "project_id": project["id"],
        "_seeker": seeker,
        "pipeline_step_id": step,
        "rejection_reason_id": reason,
        "source_id": seeker["source_id"] if rng.random() < 0.9 else rng.choice(SOURCES[:8])[0],
        "created_ts": created,
        "updated_ts": max(created, updated),
        "hired_ts": updated if kind == "hired" else None,
        "rejected_ts": updated if kind == "rejected" else None,
    }
    apps.append(app)
    seeker["updated_ts"] = max(seeker["updated_ts"], created)
