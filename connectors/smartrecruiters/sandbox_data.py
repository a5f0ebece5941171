"""Seed data for the SmartRecruiters sandbox: a deterministic, internally consistent SR company.

Shapes follow ``VENDOR.md`` (the read table) and ``../shared/ats-apis/smartrecruiters.md`` §5/§6;
field names the vendor doc leaves open were taken from the SDK generated from SR's spec
(roksela/smartrecruiters-python-client ``docs/``: CandidateDetails, Assignment, JobDetails, Location,
JobAdItem, Offer, Experience, Education, WebProfile, CandidateLocation, Compensation, JobProperty).

Consistency rules the generator keeps (a sync must be able to rely on them, as on the real vendor):
- an application's status history starts at its ``createdOn`` and is ordered oldest first; its
  current status/subStatus is the last entry; nothing is later than ``ANCHOR_MS`` except interviews
  scheduled in the future;
- a candidate's ``createdOn`` is its first application's, its ``updatedOn`` the latest of its profile
  edits and its applications' status changes (the sandbox bumps ``updatedOn`` on status writes too);
- interviews exist only for applications whose history reached INTERVIEW, offers only for those that
  reached OFFERED (HIRED passes through OFFERED); REJECTED/WITHDRAWN carry a reason from the
  configured reason lists;
- ids: users 24 hex (V: "users use 24-hex ids"), everything else UUIDs.

Generation is one pass with a ``random.Random(seed)``; the clock is never read, so a seed gives the
same company on every machine. "large" (≥100,000 candidates, ≥200,000 applications) takes a few
seconds; memory is kept down by sharing immutable sub-objects (locations, labels, questions).
"""

from __future__ import annotations

import random
import time
import uuid
from bisect import bisect
from dataclasses import dataclass, field
from itertools import accumulate
from typing import Any

from connectors.sandbox.people import (
    DEGREES,
    DEPARTMENTS,
    MAJORS,
    MARKETS,
    PeopleFactory,
    Place,
    shared_for,
    slugify,
)
from connectors.sandbox.store import paused_gc

# Everything happens before this instant (2026-11-01T00:00:00Z); writes made against a running
# sandbox are stamped with max(real clock, anchor) so they always sort after the seed data.
ANCHOR_MS = 1_793_491_200_000
DAY_MS = 86_400_000
HOUR_MS = 3_600_000

#: The ``SIZES`` count that is the candidates (``sandbox serve --candidates N``: connectors.sandbox.sizes).
CANDIDATE_COUNT = "candidates"
SIZES: dict[str, dict[str, Any]] = {
    # apps_weights: probability of 1, 2, 3 applications for a candidate who applied
    "tiny": {"users": 6, "jobs": 3, "candidates": 12, "pool": 2, "apps_weights": (0.4, 0.4, 0.2)},
    "small": {"users": 20, "jobs": 15, "candidates": 150, "pool": 10, "apps_weights": (0.5, 0.35, 0.15)},
    "large": {
        "users": 150,
        "jobs": 1000,
        "candidates": 100_000,
        "pool": 2_000,
        "apps_weights": (0.25, 0.45, 0.30),
    },
}

# SR candidate statuses in pipeline order (VENDOR.md "Application stages", V).
STATUSES: tuple[str, ...] = (
    "LEAD",
    "NEW",
    "IN_REVIEW",
    "INTERVIEW",
    "OFFERED",
    "HIRED",
    "REJECTED",
    "WITHDRAWN",
    "TRANSFERRED",
)
# subStatus is free text from the hiring process, only for IN_REVIEW / INTERVIEW / OFFERED (shared doc §6, S).
SUB_STATUSES: dict[str, tuple[str, ...]] = {
    "IN_REVIEW": ("To review", "Phone screen", "Shortlisted"),
    "INTERVIEW": ("To schedule", "Scheduled", "Feedback pending"),
    "OFFERED": ("Offer drafted", "Offer sent", "Offer accepted"),
}
JOB_STATUSES = (
    ("SOURCING", 0.52),
    ("INTERVIEW", 0.1),
    ("OFFER", 0.05),
    ("FILLED", 0.12),
    ("CANCELLED", 0.06),
    ("ON_HOLD", 0.05),
    ("CREATED", 0.10),
)  # shared doc §6 job status enum (S)
OFFER_OPEN_STATUSES = (
    ("CREATED", 0.15),
    ("PENDING_APPROVAL", 0.2),
    ("APPROVED", 0.2),
    ("PENDING_ACCEPTANCE", 0.45),
)
HIRING_ROLES_EXTRA = ("INTERVIEWER", "INTERVIEWER", "EXECUTIVE")  # VENDOR.md hiring team roles (U strings)
MARKET_WEIGHTS = {"en-US": 0.4, "de-DE": 0.25, "nl-NL": 0.15, "pl-PL": 0.2}

COMPANIES = (
    ("Brightwave Technologies", "BrightwaveTechnologies", "brightwave.example"),
    ("Nordhafen Logistics", "NordhafenLogistics", "nordhafen.example"),
    ("Vistula Health Group", "VistulaHealthGroup", "vistula-health.example"),
    ("Polder & Peak Retail", "PolderPeakRetail", "polderpeak.example"),
)

EMPLOYMENT_TYPES = (
    {"id": "permanent", "label": "Full-time"},
    {"id": "part_time", "label": "Part-time"},
    {"id": "contract", "label": "Contract"},
    {"id": "temporary", "label": "Temporary"},
    {"id": "intern", "label": "Internship"},
)
EMPLOYMENT_WEIGHTS = (0.68, 0.12, 0.1, 0.05, 0.05)
EXPERIENCE_LEVELS = (
    {"id": "internship", "label": "Internship"},
    {"id": "entry_level", "label": "Entry Level"},
    {"id": "associate", "label": "Associate"},
    {"id": "mid_senior_level", "label": "Mid-Senior Level"},
    {"id": "director", "label": "Director"},
    {"id": "executive", "label": "Executive"},
)
INDUSTRIES = (
    {"id": "computer_software", "label": "Computer Software"},
    {"id": "logistics_and_supply_chain", "label": "Logistics and Supply Chain"},
    {"id": "hospital_health_care", "label": "Hospital & Health Care"},
    {"id": "retail", "label": "Retail"},
)
FUNCTIONS = {
    "Engineering": {"id": "information_technology", "label": "Information Technology"},
    "Product": {"id": "product_management", "label": "Product Management"},
    "Design": {"id": "design", "label": "Design"},
    "Sales": {"id": "sales", "label": "Sales"},
    "Marketing": {"id": "marketing", "label": "Marketing"},
    "Customer Success": {"id": "customer_service", "label": "Customer Service"},
    "Finance": {"id": "finance", "label": "Finance"},
    "People": {"id": "human_resources", "label": "Human Resources"},
    "Operations": {"id": "supply_chain", "label": "Supply Chain"},
    "Legal": {"id": "legal", "label": "Legal"},
}
LANGUAGES = {
    "en": {"code": "en", "label": "English", "labelNative": "English (US)"},
    "de": {"code": "de", "label": "German", "labelNative": "Deutsch"},
    "nl": {"code": "nl", "label": "Dutch", "labelNative": "Nederlands"},
    "pl": {"code": "pl", "label": "Polish", "labelNative": "polski"},
}
# German, Dutch and Polish job titles carry the legally expected gender marker.
TITLE_SUFFIX = {"en-US": "", "de-DE": " (m/w/d)", "nl-NL": " (m/v/x)", "pl-PL": " (k/m)"}
SECTION_TITLES = {
    "en": ("Company Description", "Job Description", "Qualifications", "Additional Information"),
    "de": ("Unternehmensbeschreibung", "Stellenbeschreibung", "Qualifikationen", "Zusätzliche Informationen"),
    "nl": ("Bedrijfsomschrijving", "Functieomschrijving", "Functie-eisen", "Aanvullende informatie"),
    "pl": ("Opis firmy", "Opis stanowiska", "Kwalifikacje", "Informacje dodatkowe"),
}
SECTION_TEXT = {
    "en": (
        "<p>{company} builds products people rely on every day.</p>",
        "<p>As {title} in {city} you will own meaningful work from day one.</p>",
        "<ul><li>Relevant experience as {title}</li><li>Fluent English</li></ul>",
        "<p>Hybrid work, 28 days of vacation and a learning budget.</p>",
    ),
    "de": (
        "<p>{company} entwickelt Produkte, auf die sich Menschen täglich verlassen.</p>",
        "<p>Als {title} in {city} übernehmen Sie vom ersten Tag an Verantwortung.</p>",
        "<ul><li>Einschlägige Berufserfahrung</li><li>Sehr gute Deutsch- und Englischkenntnisse</li></ul>",
        "<p>Flexible Arbeitszeiten, 30 Tage Urlaub und ein Weiterbildungsbudget.</p>",
    ),
    "nl": (
        "<p>{company} bouwt producten waar mensen elke dag op vertrouwen.</p>",
        "<p>Als {title} in {city} werk je vanaf dag één aan betekenisvolle projecten.</p>",
        "<ul><li>Relevante werkervaring</li><li>Uitstekende beheersing van Nederlands en Engels</li></ul>",
        "<p>Hybride werken, 25 vakantiedagen en een opleidingsbudget.</p>",
    ),
    "pl": (
        "<p>{company} tworzy produkty, na których ludzie polegają każdego dnia.</p>",
        "<p>Jako {title} w mieście {city} od pierwszego dnia odpowiadasz za ważne zadania.</p>",
        "<ul><li>Doświadczenie na podobnym stanowisku</li>"
        "<li>Bardzo dobra znajomość języka angielskiego</li></ul>",
        "<p>Praca hybrydowa, prywatna opieka medyczna i budżet szkoleniowy.</p>",
    ),
}
REJECTION_REASONS = (
    "Insufficient experience",
    "Missing required skills",
    "Salary expectations too high",
    "Position filled by another candidate",
    "No show for interview",
    "Did not pass assessment",
    "Not eligible to work in the country",
    "Duplicate application",
)
WITHDRAWAL_REASONS = (
    "Accepted another offer",
    "Compensation not competitive",
    "Personal reasons",
    "Relocation not possible",
    "No longer responsive",
)
SOURCES = {
    "en-US": ("LinkedIn", "Indeed", "Career site", "Employee referral", "Glassdoor"),
    "de-DE": ("LinkedIn", "StepStone", "XING", "Career site", "Employee referral"),
    "nl-NL": ("LinkedIn", "Indeed", "Nationale Vacaturebank", "Career site", "Employee referral"),
    "pl-PL": ("Pracuj.pl", "LinkedIn", "Just Join IT", "Career site", "Employee referral"),
}
TAGS = (
    "python",
    "java",
    "remote-ok",
    "relocation",
    "senior",
    "talent-pool-2025",
    "boomerang",
    "referral",
    "German speaker",
    "Deutsch C1",
    "Nederlands",
    "język polski",
    "silver medalist",
    "do-not-contact",
)
TIMEZONES = {
    "en-US": "America/New_York",
    "de-DE": "Europe/Berlin",
    "nl-NL": "Europe/Amsterdam",
    "pl-PL": "Europe/Warsaw",
}
INTERVIEW_TITLES = (
    "Phone screen",
    "Hiring manager interview",
    "Technical interview",
    "Case study presentation",
    "Meet the team",
    "Final interview",
)
SALARY = {
    "en-US": (55_000, 160_000, "USD"),
    "de-DE": (42_000, 95_000, "EUR"),
    "nl-NL": (38_000, 85_000, "EUR"),
    "pl-PL": (90_000, 300_000, "PLN"),
}


def iso(ms: int) -> str:
    """SR timestamp: ISO-8601 UTC with milliseconds (VENDOR.md "Conventions", V)."""
    seconds, milli = divmod(ms, 1000)
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(seconds)) + f".{milli:03d}Z"


def _month(ms: int) -> str:
    return time.strftime("%Y-%m", time.gmtime(ms // 1000))


def _date(ms: int) -> str:
    return time.strftime("%Y-%m-%d", time.gmtime(ms // 1000))


@dataclass
class SeedData:
    """Every collection of the SR sandbox as lists of records (internal shapes, see ``sandbox.py``)."""

    company: dict[str, str]
    users: list[dict[str, Any]] = field(default_factory=list)
    jobs: list[dict[str, Any]] = field(default_factory=list)
    jobads: list[dict[str, Any]] = field(default_factory=list)
    postings: list[dict[str, Any]] = field(default_factory=list)
    hiring_team: list[dict[str, Any]] = field(default_factory=list)
    rejection_reasons: list[dict[str, Any]] = field(default_factory=list)
    withdrawal_reasons: list[dict[str, Any]] = field(default_factory=list)
    candidates: list[dict[str, Any]] = field(default_factory=list)
    applications: list[dict[str, Any]] = field(default_factory=list)
    interviews: list[dict[str, Any]] = field(default_factory=list)
    offers: list[dict[str, Any]] = field(default_factory=list)


# -- screening questions ------------------------------------------------------------------------------
# The Application API configuration shape is V (VENDOR.md "questions" row); the field ``type`` strings
# are U (shared doc §6: "Configuration field type ... not found"), so the sandbox uses a spread of
# plausible ones that a form renderer must handle: INPUT_TEXT, TEXTAREA, SINGLE_SELECT, MULTI_SELECT,
# RADIO, CHECKBOX (a single box = a boolean/acknowledgement).

_YES_NO = {"en": ("Yes", "No"), "de": ("Ja", "Nein"), "nl": ("Ja", "Nee"), "pl": ("Tak", "Nie")}
# key -> (labels per language, field type, required, option labels in English or None, repeatable)
_QUESTION_LIBRARY: dict[str, tuple[dict[str, str], str, bool, tuple[str, ...] | None, bool]] = {
    "salary": (
        {
            "en": "What are your salary expectations (gross per year)?",
            "de": "Wie hoch sind Ihre Gehaltsvorstellungen (brutto pro Jahr)?",
            "nl": "Wat zijn je salarisverwachtingen (bruto per jaar)?",
            "pl": "Jakie są Twoje oczekiwania finansowe (brutto rocznie)?",
        },
        "INPUT_TEXT",
        True,
        None,
        False,
    ),
    "notice": (
        {
            "en": "What is your notice period?",
            "de": "Wie lang ist Ihre Kündigungsfrist?",
            "nl": "Wat is je opzegtermijn?",
            "pl": "Jaki jest Twój okres wypowiedzenia?",
        },
        "SINGLE_SELECT",
        True,
        ("Immediately", "2 weeks", "1 month", "3 months"),
        False,
    ),
    "motivation": (
        {
            "en": "Why do you want to join us?",
            "de": "Warum möchten Sie bei uns arbeiten?",
            "nl": "Waarom wil je bij ons werken?",
            "pl": "Dlaczego chcesz do nas dołączyć?",
        },
        "TEXTAREA",
        False,
        None,
        False,
    ),
    "languages": (
        {
            "en": "Which languages do you speak fluently?",
            "de": "Welche Sprachen sprechen Sie fließend?",
            "nl": "Welke talen spreek je vloeiend?",
            "pl": "Jakimi językami posługujesz się biegle?",
        },
        "MULTI_SELECT",
        False,
        ("English", "Deutsch", "Nederlands", "Polski", "Français", "Español"),
        False,
    ),
    "model": (
        {
            "en": "Preferred working model",
            "de": "Bevorzugtes Arbeitsmodell",
            "nl": "Voorkeur voor werkvorm",
            "pl": "Preferowany model pracy",
        },
        "RADIO",
        True,
        ("On-site", "Hybrid", "Remote"),
        False,
    ),
    "licence": (
        {
            "en": "I hold a valid driving licence (category B)",
            "de": "Ich besitze einen gültigen Führerschein (Klasse B)",
            "nl": "Ik heb een geldig rijbewijs (categorie B)",
            "pl": "Posiadam ważne prawo jazdy (kat. B)",
        },
        "CHECKBOX",
        False,
        ("Yes",),
        False,
    ),
    "accuracy": (
        {
            "en": "I confirm that the information I provided is accurate",
            "de": "Ich bestätige, dass meine Angaben korrekt sind",
            "nl": "Ik bevestig dat de verstrekte informatie juist is",
            "pl": "Potwierdzam, że podane przeze mnie informacje są prawdziwe",
        },
        "CHECKBOX",
        True,
        ("Yes",),
        False,
    ),
    "certifications": (
        {
            "en": "Relevant certifications",
            "de": "Relevante Zertifikate",
            "nl": "Relevante certificeringen",
            "pl": "Odpowiednie certyfikaty",
        },
        "INPUT_TEXT",
        False,
        None,
        True,
    ),
    "portfolio": (
        {
            "en": "Link to your portfolio or GitHub profile",
            "de": "Link zu Ihrem Portfolio oder GitHub-Profil",
            "nl": "Link naar je portfolio of GitHub-profiel",
            "pl": "Link do portfolio lub profilu GitHub",
        },
        "INPUT_TEXT",
        False,
        None,
        False,
    ),
    # parents of conditional questions (yes/no radios) and their children
    "permit": (
        {
            "en": "Do you have a valid work permit for this country?",
            "de": "Besitzen Sie eine gültige Arbeitserlaubnis für dieses Land?",
            "nl": "Heb je een geldige werkvergunning voor dit land?",
            "pl": "Czy posiadasz ważne pozwolenie na pracę w tym kraju?",
        },
        "RADIO",
        True,
        None,
        False,
    ),
    "sponsorship": (
        {
            "en": "Which visa or permit would you need us to sponsor?",
            "de": "Welches Visum bzw. welche Erlaubnis müssten wir für Sie beantragen?",
            "nl": "Welk visum of welke vergunning zouden wij moeten aanvragen?",
            "pl": "Jakiej wizy lub jakiego zezwolenia potrzebujesz?",
        },
        "INPUT_TEXT",
        True,
        None,
        False,
    ),
    "relocate": (
        {
            "en": "Are you willing to relocate?",
            "de": "Sind Sie bereit umzuziehen?",
            "nl": "Ben je bereid om te verhuizen?",
            "pl": "Czy jesteś gotów/gotowa się przeprowadzić?",
        },
        "RADIO",
        False,
        None,
        False,
    ),
    "relocate_when": (
        {
            "en": "When could you relocate?",
            "de": "Ab wann könnten Sie umziehen?",
            "nl": "Wanneer zou je kunnen verhuizen?",
            "pl": "Kiedy możesz się przeprowadzić?",
        },
        "SINGLE_SELECT",
        True,
        ("Within 1 month", "Within 3 months", "Within 6 months"),
        False,
    ),
}
_CONDITIONAL_PAIRS = (
    ("permit", "sponsorship", 1),
    ("relocate", "relocate_when", 0),
)  # (parent, child, value index)
_PLAIN_KEYS = (
    "salary",
    "notice",
    "motivation",
    "languages",
    "model",
    "licence",
    "certifications",
    "portfolio",
)


class _Weighted:
    """``rng.choices`` with the cumulative weights computed once (it is the generator's hot path)."""

    __slots__ = ("items", "cum", "total")

    def __init__(self, items: tuple[Any, ...], weights: tuple[float, ...]) -> None:
        self.items = items
        self.cum = list(accumulate(weights))
        self.total = self.cum[-1]

    def pick(self, rng: random.Random) -> Any:
        return self.items[bisect(self.cum, rng.random() * self.total)]


_TAG_COUNT = _Weighted((0, 1, 2, 3), (0.45, 0.3, 0.17, 0.08))
_SLOT_KIND = _Weighted(("VIDEO", "ONSITE", "PHONE"), (0.55, 0.3, 0.15))
_INTERVIEWER_STATUS = _Weighted(("accepted", "tentative", "pending"), (0.8, 0.1, 0.1))
_CANDIDATE_IV_STATUS = _Weighted(("accepted", "pending", "tentative"), (0.85, 0.1, 0.05))


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _hex24(rng: random.Random) -> str:
    return f"{rng.getrandbits(96):024x}"


class _QuestionBank:
    """Company-level questions (one id per question, reused by every posting, as SR's custom
    screening questions are) with a localised copy per job-ad language."""

    def __init__(self, rng: random.Random) -> None:
        self.ids: dict[str, tuple[str, str]] = {}  # key -> (question id, field id)
        self.value_ids: dict[str, list[str]] = {}
        for key, (_labels, _ftype, _req, options, _rep) in _QUESTION_LIBRARY.items():
            self.ids[key] = (_uuid(rng), _uuid(rng))
            count = 2 if options is None and key in ("permit", "relocate") else len(options or ())
            self.value_ids[key] = [_uuid(rng) for _ in range(count)]
        self._cache: dict[tuple[str, str], dict[str, Any]] = {}

    def question(self, key: str, lang: str) -> dict[str, Any]:
        cached = self._cache.get((key, lang))
        if cached is not None:
            return cached
        labels, ftype, required, options, repeatable = _QUESTION_LIBRARY[key]
        qid, fid = self.ids[key]
        if key in ("permit", "relocate"):
            option_labels: tuple[str, ...] = _YES_NO[lang]
        else:
            option_labels = options or ()
        fld: dict[str, Any] = {"id": fid, "label": labels[lang], "type": ftype, "required": required}
        if option_labels:
            fld["values"] = [
                {"id": vid, "label": label}
                for vid, label in zip(self.value_ids[key], option_labels, strict=True)
            ]
        question = {"id": qid, "label": labels[lang], "repeatable": repeatable, "fields": [fld]}
        self._cache[(key, lang)] = question
        return question

    def conditional(self, parent: str, child: str, value_index: int) -> dict[str, Any]:
        # VENDOR.md: settings.conditionals
        # [{parentQuestionId, fieldId, valueIds[], conditionalQuestions[]}] (V)
        return {
            "parentQuestionId": self.ids[parent][0],
            "fieldId": self.ids[parent][1],
            "valueIds": [self.value_ids[parent][value_index]],
            "conditionalQuestions": [self.ids[child][0]],
        }


# -- the generator ---------------------------------------------------------------------------------------


def generate(seed: int, size: str) -> SeedData:
    """Build the whole SR company for ``seed`` and ``size`` (see ``SIZES``)."""
    if size not in SIZES:
        raise ValueError(f"unknown sandbox size {size!r}; known: {', '.join(SIZES)}")
    params = SIZES[size]
    with paused_gc():  # nothing generated here forms cycles
        return _generate(seed, size, params)


def _generate(seed: int, size: str, params: dict[str, Any]) -> SeedData:
    rng = random.Random(f"smartrecruiters:{seed}:{size}")
    people = PeopleFactory(rng, shared_for(seed, "smartrecruiters"))
    company_name, identifier, domain = COMPANIES[seed % len(COMPANIES)]
    data = SeedData(company={"name": company_name, "identifier": identifier, "domain": domain})

    users = _users(rng, people, params["users"], domain, data)
    rejection = [{"id": _uuid(rng), "label": label} for label in REJECTION_REASONS]
    withdrawal = [{"id": _uuid(rng), "label": label} for label in WITHDRAWAL_REASONS]
    data.rejection_reasons, data.withdrawal_reasons = rejection, withdrawal
    bank = _QuestionBank(rng)
    jobs_meta = _jobs(rng, people, params["jobs"], users, company_name, identifier, domain, bank, data)
    _candidates(rng, people, params, jobs_meta, users, rejection, withdrawal, data)
    return data


@dataclass(slots=True)
class _JobMeta:
    record: dict[str, Any]
    created: int
    market: str
    status: str
    team: list[str]  # user ids, recruiter first
    office: str
    last_activity: int = 0


def _users(rng: random.Random, people: PeopleFactory, count: int, domain: str, data: SeedData) -> list[str]:
    roles = (
        ("ADMINISTRATOR", 0.1),
        ("EXTENDED", 0.3),
        ("STANDARD", 0.4),
        ("RESTRICTED", 0.1),
        ("EMPLOYEE", 0.1),
    )
    ids: list[str] = []
    seen_emails: set[str] = set()
    for i in range(count):
        person = people.person(people.market(MARKET_WEIGHTS), email_domain=domain)
        email = person.email
        while email in seen_emails:
            email = email.replace("@", f"{rng.randint(2, 9)}@", 1)
        seen_emails.add(email)
        role = "ADMINISTRATOR" if i == 0 else rng.choices([r for r, _ in roles], [w for _, w in roles])[0]
        uid = _hex24(rng)
        ids.append(uid)
        # VENDOR.md users row: {id, firstName, lastName, email, active, systemRole{id}, updatedOn} (V)
        data.users.append(
            {
                "id": uid,
                "firstName": person.first_name,
                "lastName": person.last_name,
                "email": email,
                "active": i == 0 or rng.random() < 0.92,
                "systemRole": {"id": role},
                "updatedOn": iso(ANCHOR_MS - rng.randint(1, 700) * DAY_MS - rng.randint(0, DAY_MS)),
            }
        )
    return ids


def _location(place: Place, address: str | None, remote: bool) -> dict[str, Any]:
    # JobSummary location (shared doc §5, S); latitude/longitude are strings in SR's Location model (S).
    return {
        "country": place.country,
        "countryCode": place.country_code,
        "regionCode": place.region_code,
        "region": place.region,
        "city": place.city,
        "address": address,
        "postalCode": place.postal_code,
        "latitude": f"{place.lat:.4f}",
        "longitude": f"{place.lng:.4f}",
        "remote": remote,
        "manual": False,
    }


def _jobs(
    rng: random.Random,
    people: PeopleFactory,
    count: int,
    users: list[str],
    company: str,
    identifier: str,
    domain: str,
    bank: _QuestionBank,
    data: SeedData,
) -> list[_JobMeta]:
    metas: list[_JobMeta] = []
    user_names = {u["id"]: (u["firstName"], u["lastName"]) for u in data.users}
    departments = {name: {"id": _uuid(rng), "label": name} for name in DEPARTMENTS}
    cost_center = {"id": _uuid(rng), "label": "Cost center"}
    cost_values = [{"id": _uuid(rng), "label": f"CC-{n}"} for n in (100, 200, 300, 410, 520)]
    industry = INDUSTRIES[len(identifier) % len(INDUSTRIES)]  # one industry per company, stable per seed
    status_names = [s for s, _ in JOB_STATUSES]
    status_weights = [w for _, w in JOB_STATUSES]
    for j in range(count):
        market = people.market(MARKET_WEIGHTS)
        lang = MARKETS[market].language
        place = people.place(market)
        dept_name = rng.choice(list(DEPARTMENTS))
        base_title = rng.choice(DEPARTMENTS[dept_name])
        level_roll = rng.random()
        if level_roll < 0.2 and not base_title.startswith(("Senior", "Junior")):
            base_title, level = f"Senior {base_title}", EXPERIENCE_LEVELS[3]
        elif level_roll < 0.3:
            base_title, level = f"Junior {base_title}", EXPERIENCE_LEVELS[1]
        else:
            level = EXPERIENCE_LEVELS[2] if level_roll < 0.8 else EXPERIENCE_LEVELS[3]
        title = base_title + TITLE_SUFFIX[market]
        created = ANCHOR_MS - rng.randint(3, 560) * DAY_MS - rng.randint(0, DAY_MS)
        status = rng.choices(status_names, status_weights)[0]
        if created > ANCHOR_MS - 20 * DAY_MS and status in ("FILLED", "CANCELLED"):
            status = "SOURCING"
        posting = (
            "NOT_PUBLISHED"
            if status in ("CREATED", "FILLED", "CANCELLED")
            else rng.choices(("PUBLIC", "INTERNAL", "PRIVATE"), (0.8, 0.15, 0.05))[0]
        )
        job_id = _uuid(rng)
        team_size = rng.randint(2, 4)
        team = rng.sample(users, min(team_size, len(users)))
        recruiter, manager = team[0], team[1]
        remote = rng.random() < 0.15
        office = people.street_address(market)
        emp = rng.choices(EMPLOYMENT_TYPES, EMPLOYMENT_WEIGHTS)[0]
        titles = SECTION_TITLES[lang]
        texts = SECTION_TEXT[lang]
        fmt = {"company": company, "title": title, "city": place.city}
        sections = {
            key: {"title": titles[i], "text": texts[i].format(**fmt)}
            for i, key in enumerate(
                ("companyDescription", "jobDescription", "qualifications", "additionalInformation")
            )
        }
        updated = min(ANCHOR_MS - HOUR_MS, created + rng.randint(0, 40) * DAY_MS + rng.randint(0, DAY_MS))
        record: dict[str, Any] = {
            "id": job_id,
            "title": title,
            "refNumber": f"REF{2000 + j:05d}",
            "createdOn": iso(created),
            "updatedOn": iso(updated),
            "lastActivityOn": iso(updated),
            "department": departments[dept_name],
            "location": _location(place, office, remote),
            "status": status,
            "postingStatus": posting,
            "targetHiringDate": iso(created + rng.randint(45, 120) * DAY_MS),
            "industry": industry,
            "function": FUNCTIONS[dept_name],
            "typeOfEmployment": emp,
            "experienceLevel": level,
            "eeoCategory": None,
            "template": False,
            "creator": {
                "id": recruiter,
                "firstName": user_names[recruiter][0],
                "lastName": user_names[recruiter][1],
            },
            "jobAd": {"sections": sections},
            "properties": [
                {"id": cost_center["id"], "label": cost_center["label"], "value": rng.choice(cost_values)}
            ],
            "language": LANGUAGES[lang],
            # GET /jobs/{id}/status/history {content:[{changedOn, status}]} (shared §4, S); internal field
            "statusHistory": _job_history(status, created, updated),
        }
        if rng.random() < 0.6:
            low, high, currency = SALARY[market]
            minimum = rng.randrange(low, high, 1000)
            record["compensation"] = {
                "min": minimum,
                "max": minimum + rng.randrange(5000, 30000, 1000),
                "currency": currency,
            }
        data.jobs.append(record)
        data.hiring_team.append(
            {"id": f"{job_id}:{recruiter}", "jobId": job_id, "userId": recruiter, "role": "RECRUITER"}
        )
        data.hiring_team.append(
            {"id": f"{job_id}:{manager}", "jobId": job_id, "userId": manager, "role": "HIRING_MANAGER"}
        )
        for uid in team[2:]:
            data.hiring_team.append(
                {
                    "id": f"{job_id}:{uid}",
                    "jobId": job_id,
                    "userId": uid,
                    "role": rng.choice(HIRING_ROLES_EXTRA),
                }
            )
        # One or two job ads; the default one is in the job's market language (JobAdItem, S).
        ad_langs = [lang]
        if lang != "en" and rng.random() < 0.5 or lang == "en" and rng.random() < 0.25:
            ad_langs.append("en")
        for n, ad_lang in enumerate(ad_langs):
            ad_id = _uuid(rng)
            ad_title = title if n == 0 or ad_lang == lang else base_title
            ad_sections = (
                sections
                if ad_lang == lang
                else {
                    key: {"title": SECTION_TITLES[ad_lang][i], "text": SECTION_TEXT[ad_lang][i].format(**fmt)}
                    for i, key in enumerate(
                        ("companyDescription", "jobDescription", "qualifications", "additionalInformation")
                    )
                }
            )
            ad_posting = posting if n == 0 else ("INTERNAL" if ad_lang == lang else posting)
            data.jobads.append(
                {
                    "id": ad_id,
                    "jobId": job_id,
                    "title": ad_title,
                    "language": LANGUAGES[ad_lang],
                    "jobAd": {"sections": ad_sections},
                    "createdOn": iso(created + n * HOUR_MS),
                    "updatedOn": iso(updated),
                    "postingStatus": ad_posting,
                    "default": n == 0,
                    "applyUrl": f"https://jobs.smartrecruiters.com/{identifier}/{ad_id}-{slugify(ad_title)}",
                    "creator": {"id": recruiter},
                }
            )
            data.postings.append(_posting_config(rng, bank, ad_id, ad_lang, company, domain))
        metas.append(_JobMeta(record, created, market, status, team, office, updated))
    return metas


def _job_history(status: str, created: int, updated: int) -> list[list[str]]:
    history = [[iso(created), "CREATED"]]
    if status != "CREATED":
        history.append([iso(created + (updated - created) // 3 + 60_000), "SOURCING"])
    if status not in ("CREATED", "SOURCING"):
        history.append([iso(max(updated, created + 120_000)), status])
    return history


def _posting_config(
    rng: random.Random, bank: _QuestionBank, ad_id: str, lang: str, company: str, domain: str
) -> dict[str, Any]:
    keys = rng.sample(_PLAIN_KEYS, rng.randint(2, 4))
    pairs = [_CONDITIONAL_PAIRS[0]] if rng.random() < 0.5 else [_CONDITIONAL_PAIRS[1]]
    if rng.random() < 0.35:
        pairs = list(_CONDITIONAL_PAIRS)
    questions = [bank.question(k, lang) for k in keys]
    for parent, child, _ in pairs:
        questions.append(bank.question(parent, lang))
        questions.append(bank.question(child, lang))
    questions.append(bank.question("accuracy", lang))
    return {
        "id": ad_id,
        "questions": questions,
        "settings": {
            "avatarUploadAvailable": rng.random() < 0.5,
            "conditionals": [bank.conditional(p, c, v) for p, c, v in pairs],
        },
        "privacyPolicies": [{"url": f"https://www.{domain}/privacy", "orgName": company}],
    }


# Scripted outcomes for the first applications, so even "tiny" has every path a test needs.
_SCRIPT: tuple[tuple[str, ...], ...] = (
    ("NEW", "IN_REVIEW", "INTERVIEW", "OFFERED", "HIRED"),
    ("NEW", "IN_REVIEW", "INTERVIEW", "REJECTED"),
    ("NEW", "IN_REVIEW", "INTERVIEW", "OFFERED"),
    ("NEW", "IN_REVIEW", "INTERVIEW"),
    ("NEW", "IN_REVIEW", "WITHDRAWN"),
    ("NEW",),
    ("NEW", "IN_REVIEW"),
    ("NEW", "REJECTED"),
    ("LEAD",),
)
_FLOW = ("NEW", "IN_REVIEW", "INTERVIEW", "OFFERED", "HIRED")
_REACH_WEIGHTS = (0.22, 0.33, 0.25, 0.08, 0.12)
_REACH_PICK = _Weighted(tuple(range(5)), _REACH_WEIGHTS)


def _path(rng: random.Random, job_status: str) -> list[str]:
    reach = _REACH_PICK.pick(rng)
    path = list(_FLOW[: reach + 1])
    if rng.random() < 0.04:
        path.insert(0, "LEAD")  # sourced first, applied later
    if path[-1] != "HIRED":
        roll = rng.random()
        if job_status in ("FILLED", "CANCELLED") or roll < 0.45:
            path.append("REJECTED")
        elif roll < 0.52:
            path.append("WITHDRAWN")
    return path


def _candidates(
    rng: random.Random,
    people: PeopleFactory,
    params: dict[str, Any],
    jobs: list[_JobMeta],
    users: list[str],
    rejection: list[dict[str, Any]],
    withdrawal: list[dict[str, Any]],
    data: SeedData,
) -> None:
    n_apply: int = params["candidates"]
    n_pool: int = params["pool"]
    app_count = _Weighted((1, 2, 3), params["apps_weights"])
    # Popular jobs draw more applicants; jobs still in CREATED have none (not published yet).
    open_jobs = [j for j in jobs if j.status != "CREATED"] or jobs
    popularity = [rng.uniform(0.3, 3.0) for _ in open_jobs]
    cum: list[float] = []
    total = 0.0
    for w in popularity:
        total += w
        cum.append(total)
    place_locations: dict[Place, dict[str, Any]] = {}
    seen_emails: set[str] = set()
    script_i = 0
    apps_out, cands_out, ivs_out, offers_out = (
        data.applications,
        data.candidates,
        data.interviews,
        data.offers,
    )
    reject_ids = [(r["id"], r["label"]) for r in rejection]
    withdraw_ids = [(r["id"], r["label"]) for r in withdrawal]
    web_roll_sites = ("github.io", "dev", "me")

    for i in range(n_apply + n_pool):
        applies = i < n_apply
        if applies:
            k = min(len(open_jobs), app_count.pick(rng))
            chosen: list[_JobMeta] = []
            while len(chosen) < k:
                job = open_jobs[bisect(cum, rng.random() * total)]
                if job not in chosen:
                    chosen.append(job)
            market = chosen[0].market if rng.random() < 0.8 else people.market(MARKET_WEIGHTS)
        else:
            chosen = []
            market = people.market(MARKET_WEIGHTS)
        person = people.candidate(market, i)
        email = person.email
        while email in seen_emails:
            local, _, dom = email.partition("@")
            email = f"{local}{rng.randint(0, 9)}@{dom}"
        seen_emails.add(email)
        cid = _uuid(rng)
        location = place_locations.get(person.place)
        if location is None:
            p = person.place
            location = {
                "country": p.country,
                "countryCode": p.country_code,
                "regionCode": p.region_code,
                "region": p.region,
                "city": p.city,
                "lat": p.lat,
                "lng": p.lng,
            }
            place_locations[p] = location

        if chosen:
            first_job = chosen[0]
            window = max(DAY_MS, min(ANCHOR_MS - first_job.created - DAY_MS, 150 * DAY_MS))
            created = first_job.created + rng.randint(HOUR_MS, window)
        else:
            created = ANCHOR_MS - rng.randint(2, 700) * DAY_MS
        created = min(created, ANCHOR_MS - HOUR_MS)
        last_change = created
        reached_review = False
        for n, job in enumerate(chosen):
            if n == 0:
                app_created = created
            else:  # a later application, still before the anchor
                base = max(created, job.created)
                spread = max(60_000, min(40 * DAY_MS, ANCHOR_MS - HOUR_MS - base))
                app_created = min(base + rng.randint(spread // 10, spread), ANCHOR_MS - 60_000)
            if script_i < len(_SCRIPT):
                path = list(_SCRIPT[script_i])
                script_i += 1
                forced = True
            else:
                path = _path(rng, job.status)
                forced = False
            history: list[list[Any]] = []
            times: list[int] = []
            t = app_created
            # Scripted paths must complete before the anchor: squeeze their gaps to fit.
            gap_max = (
                12 * DAY_MS if not forced else max(HOUR_MS, min(12 * DAY_MS, (ANCHOR_MS - t) // len(path)))
            )
            for step, status in enumerate(path):
                if step:
                    t += rng.randint(min(6 * HOUR_MS, gap_max), gap_max)
                    if t >= ANCHOR_MS:
                        break  # the future has not happened yet: the application is still at the last step
                sub = None
                choices = SUB_STATUSES.get(status)
                if choices and rng.random() < 0.7:
                    sub = rng.choice(choices)
                history.append([iso(t), status, sub])
                times.append(t)
            final_status, final_sub = history[-1][1], history[-1][2]
            last_t = times[-1]
            statuses = {h[1] for h in history}
            reached_review = reached_review or "IN_REVIEW" in statuses
            reason = None
            if final_status == "REJECTED":
                rid, label = rng.choice(reject_ids) if job.status != "FILLED" else reject_ids[3]
                reason = {"id": rid, "label": label}
            elif final_status == "WITHDRAWN":
                rid, label = rng.choice(withdraw_ids)
                reason = {"id": rid, "label": label}
            app_id = _uuid(rng)
            hire_start = None
            if final_status == "HIRED":
                hire_start = iso(_day_start(last_t + rng.randint(14, 60) * DAY_MS))
            apps_out.append(
                {
                    "id": app_id,
                    "candidateId": cid,
                    "jobId": job.record["id"],
                    "status": final_status,
                    "subStatus": final_sub,
                    "startsOn": hire_start,
                    "source": rng.choice(SOURCES[job.market]),
                    "reasonOfRejection": reason,
                    "createdOn": iso(app_created),
                    "statusHistory": history,
                }
            )
            last_change = max(last_change, last_t)
            job.last_activity = max(job.last_activity, last_t)
            if "INTERVIEW" in statuses and (forced or rng.random() < 0.85):
                when = next(ms for ms, h in zip(times, history, strict=True) if h[1] == "INTERVIEW")
                ivs_out.append(_interview(rng, app_id, cid, job, users, when, final_status))
            if "OFFERED" in statuses:
                when = next(ms for ms, h in zip(times, history, strict=True) if h[1] == "OFFERED")
                offers_out.extend(_offers(rng, cid, job, when, final_status, last_t))

        updated = last_change
        if rng.random() < 0.3:  # a later profile edit (new phone, tags …), if there was time for one
            edit = updated + rng.randint(HOUR_MS, 90 * DAY_MS)
            if edit < ANCHOR_MS:
                updated = edit
        cands_out.append(
            _candidate(
                rng,
                people,
                cid,
                person,
                email,
                location,
                created,
                updated,
                market,
                reached_review,
                chosen,
                web_roll_sites,
            )
        )

    for job in jobs:
        job.record["lastActivityOn"] = iso(job.last_activity)  # last_activity starts at updatedOn


def _candidate(
    rng: random.Random,
    people: PeopleFactory,
    cid: str,
    person: Any,
    email: str,
    location: dict[str, Any],
    created: int,
    updated: int,
    market: str,
    reviewed: bool,
    chosen: list[_JobMeta],
    sites: tuple[str, ...],
) -> dict[str, Any]:
    slug = f"{slugify(person.first_name)}-{slugify(person.last_name)}"
    web: dict[str, str] = {}
    if rng.random() < 0.7:
        web["linkedin"] = f"https://www.linkedin.com/in/{slug}-{rng.getrandbits(24):06x}"
    if rng.random() < 0.15:
        web["website"] = f"https://{slug}.{rng.choice(sites)}"
    if rng.random() < 0.08:
        web["twitter"] = f"https://twitter.com/{slug.replace('-', '_')}"
    if rng.random() < 0.04:
        web["skype"] = f"live:{slug.replace('-', '.')}"
    if rng.random() < 0.04:
        web["facebook"] = f"https://www.facebook.com/{slug.replace('-', '.')}"
    dept = chosen[0].record["department"]["label"] if chosen else rng.choice(list(DEPARTMENTS))
    experience: list[dict[str, Any]] = []
    start = created - rng.randint(300, 3000) * DAY_MS
    for n in range(rng.randint(1, 2)):
        entry: dict[str, Any] = {
            "title": rng.choice(DEPARTMENTS[dept]),
            "company": people.company(market),
            "current": n == 0,
            "startDate": _month(start),
        }
        if n:
            entry["endDate"] = _month(start + rng.randint(200, 900) * DAY_MS)
            entry["startDate"] = _month(start - rng.randint(400, 1500) * DAY_MS)
        experience.append(entry)
    education: list[dict[str, Any]] = []
    if rng.random() < 0.7:
        grad = start - rng.randint(30, 400) * DAY_MS
        education.append(
            {
                "institution": people.university(market),
                "degree": rng.choice(DEGREES),
                "major": rng.choice(MAJORS),
                "current": False,
                "startDate": _month(grad - rng.randint(3, 5) * 365 * DAY_MS),
                "endDate": _month(grad),
            }
        )
    tags = rng.sample(TAGS, _TAG_COUNT.pick(rng))
    # CandidateDetails (S): the assignments are derived from the applications at read time.
    return {
        "id": cid,
        "internal": rng.random() < 0.02,
        "firstName": person.first_name,
        "lastName": person.last_name,
        "email": email,
        "phoneNumber": person.phone,
        "location": location,
        "web": web,
        "createdOn": iso(created),
        "updatedOn": iso(updated),
        "tags": tags,
        "averageRating": round(rng.uniform(2.0, 5.0), 1) if reviewed and rng.random() < 0.6 else 0.0,
        "education": education,
        "experience": experience,
    }


def _interview(
    rng: random.Random, app_id: str, cid: str, job: _JobMeta, users: list[str], when: int, final_status: str
) -> dict[str, Any]:
    # Interview API shape (VENDOR.md interviews row, V): statuses lower case (shared doc §6, V).
    created = when + rng.randint(2, 30) * HOUR_MS
    slots: list[dict[str, Any]] = []
    start = (
        _day_start(created + rng.randint(1, 7) * DAY_MS) + rng.choice((9, 10, 11, 13, 14, 15, 16)) * HOUR_MS
    )
    pool = job.team[1:] or job.team
    for _ in range(1 if rng.random() < 0.8 else 2):
        kind = _SLOT_KIND.pick(rng)
        place = {
            "VIDEO": rng.choice(("Microsoft Teams", "Zoom", "Google Meet")),
            "ONSITE": f"{job.office}, {job.record['location']['city']}",
            "PHONE": "Phone call",
        }[kind]
        duration = rng.choice((30, 45, 60, 90)) * 60_000
        interviewers = rng.sample(pool, min(len(pool), rng.randint(1, 3)))
        if rng.random() < 0.2:
            extra = rng.choice(users)
            if extra not in interviewers:
                interviewers.append(extra)
        slots.append(
            {
                "id": _uuid(rng),
                "interviewType": kind,
                "title": rng.choice(INTERVIEW_TITLES),
                "place": place,
                "startsOn": iso(start),
                "endsOn": iso(start + duration),
                "interviewers": [{"id": u, "status": _INTERVIEWER_STATUS.pick(rng)} for u in interviewers],
            }
        )
        start += duration + rng.choice((15, 30, 60)) * 60_000
    withdrew = final_status == "WITHDRAWN"
    return {
        "id": _uuid(rng),
        "applicationId": app_id,
        "candidate": {"id": cid, "status": "declined" if withdrew else _CANDIDATE_IV_STATUS.pick(rng)},
        "jobId": job.record["id"],
        "location": job.record["location"]["city"],
        "organizerId": job.team[0],
        "timezone": TIMEZONES[job.market],
        "timeslots": slots,
        "createdOn": iso(created),
        "refUrl": f"https://www.smartrecruiters.com/app/interviews/{app_id}",
    }


def _offers(
    rng: random.Random, cid: str, job: _JobMeta, when: int, final_status: str, last_t: int
) -> list[dict[str, Any]]:
    # Offer (S): {id, status, createdOn, updatedOn, properties{}}; status enum shared doc §6 (S).
    low, high, currency = SALARY[job.market]
    salary = rng.randrange(low, high, 500)
    out: list[dict[str, Any]] = []
    created = max(when - rng.randint(2, 48) * HOUR_MS, job.created + HOUR_MS)
    if rng.random() < 0.1:  # a first offer that was turned down and replaced
        out.append(_offer(rng, cid, job, created, created + DAY_MS, "NOT_ACCEPTED", salary, currency))
        created += DAY_MS + HOUR_MS
        salary = int(salary * 1.05)
    if final_status == "HIRED":
        status, updated = "ACCEPTED", last_t
    elif final_status == "OFFERED":
        status = rng.choices([s for s, _ in OFFER_OPEN_STATUSES], [w for _, w in OFFER_OPEN_STATUSES])[0]
        updated = max(created, last_t)
    else:
        status, updated = rng.choice(("NOT_ACCEPTED", "ABANDONED")), max(created, last_t)
    out.append(
        _offer(rng, cid, job, created, min(max(updated, created), ANCHOR_MS - 1000), status, salary, currency)
    )
    return out


def _offer(
    rng: random.Random,
    cid: str,
    job: _JobMeta,
    created: int,
    updated: int,
    status: str,
    salary: int,
    currency: str,
) -> dict[str, Any]:
    return {
        "id": _uuid(rng),
        "candidateId": cid,
        "jobId": job.record["id"],
        "status": status,
        "createdOn": iso(created),
        "updatedOn": iso(updated),
        "properties": {
            "jobTitle": job.record["title"],
            "baseSalary": str(salary),
            "currency": currency,
            "startDate": _date(created + rng.randint(20, 70) * DAY_MS),
        },
    }


def _day_start(ms: int) -> int:
    return ms - ms % DAY_MS
