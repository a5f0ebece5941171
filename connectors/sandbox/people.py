"""Seeded, realistic people, company and place data for the vendor sandboxes.

Four markets match the vendors' home markets (SmartRecruiters: global, CareerPlug: US, Carerix: NL,
eRecruiter: PL, RECRU: DE); their name, place and company pools are ``connectors.sandbox.markets``.
Names keep their diacritics (Jürgen Weiß, Łukasz Wiśniewski, Chloë de Vries) so every layer of the
app is exercised with non-ASCII text. Polish surnames are gendered (Kowalski / Kowalska), as they are
in real Polish data.

Everything is drawn from a caller-supplied ``random.Random`` so a seed always gives the same data;
nothing here reads the clock or the network. Vendor-neutral: vendor seed generators build their own
record shapes from these values. ``shared_for`` gives each vendor's sandbox part of a pool of people
drawn from the seed alone, so sandboxes started with the same seed have some candidates in common.
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass

from connectors.sandbox.markets import MARKET_CODES, MARKETS, Market, Place

__all__ = [
    "DEGREES",
    "DEPARTMENTS",
    "MAJORS",
    "MARKETS",
    "MARKET_CODES",
    "PHONE_ONLY_EVERY",
    "SHARED_EVERY",
    "SHARED_FIRST",
    "SHARED_POOL",
    "Market",
    "PeopleFactory",
    "Person",
    "Place",
    "ascii_fold",
    "dialled_from",
    "phone_only_shared",
    "shared_for",
    "shared_people",
    "slugify",
]


@dataclass(frozen=True, slots=True)
class Person:
    """One generated person."""

    first_name: str
    last_name: str
    gender: str  # "female" | "male"
    email: str
    phone: str
    place: Place
    market: str

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"


# Job families shared by every market: tech and business employers in all four markets advertise in
# English, so titles stay English; places, names and companies carry the local flavour.
DEPARTMENTS: dict[str, tuple[str, ...]] = {
    "Engineering": (
        "Backend Engineer",
        "Frontend Engineer",
        "Full-Stack Developer",
        "Site Reliability Engineer",
        "Data Engineer",
        "QA Engineer",
        "Mobile Developer (iOS)",
        "Android Developer",
        "Engineering Manager",
        "Security Engineer",
    ),
    "Product": ("Product Manager", "Product Owner", "Technical Product Manager", "Product Analyst"),
    "Design": ("UX Designer", "UI Designer", "UX Researcher", "Product Designer"),
    "Sales": (
        "Account Executive",
        "Sales Development Representative",
        "Key Account Manager",
        "Sales Manager DACH",
        "Inside Sales Representative",
    ),
    "Marketing": (
        "Content Marketing Manager",
        "Performance Marketing Specialist",
        "SEO Specialist",
        "Brand Manager",
        "Marketing Coordinator",
    ),
    "Customer Success": (
        "Customer Success Manager",
        "Support Specialist",
        "Technical Account Manager",
        "Onboarding Specialist",
    ),
    "Finance": ("Financial Controller", "Accountant", "FP&A Analyst", "Payroll Specialist"),
    "People": (
        "HR Business Partner",
        "Talent Acquisition Specialist",
        "People Operations Manager",
        "Recruiter",
    ),
    "Operations": (
        "Warehouse Associate",
        "Logistics Coordinator",
        "Operations Manager",
        "Forklift Operator",
        "Supply Chain Analyst",
        "Dispatcher",
    ),
    "Legal": ("Legal Counsel", "Compliance Officer", "Data Protection Officer"),
}

DEGREES: tuple[str, ...] = (
    "Bachelor of Science",
    "Master of Science",
    "Bachelor of Arts",
    "Master of Arts",
    "MBA",
    "Diplom-Ingenieur",
    "Licencjat",
    "Magister",
    "HBO Bachelor",
    "PhD",
)
MAJORS: tuple[str, ...] = (
    "Computer Science",
    "Business Administration",
    "Economics",
    "Mechanical Engineering",
    "Psychology",
    "Marketing",
    "Mathematics",
    "Logistics",
    "Law",
    "Information Systems",
)

_TRANSLIT = {
    "ß": "ss",
    "ł": "l",
    "Ł": "L",
    "ø": "o",
    "æ": "ae",
    "ı": "i",
    "đ": "d",
    "ä": "ae",
    "ö": "oe",
    "ü": "ue",
    "Ä": "Ae",
    "Ö": "Oe",
    "Ü": "Ue",
}
_TRANSLIT_TABLE = str.maketrans(_TRANSLIT)


def ascii_fold(text: str) -> str:
    """Transliterate to ASCII the way people build e-mail addresses (Müller → Mueller, Łukasz → Lukasz)."""
    folded = unicodedata.normalize("NFKD", text.translate(_TRANSLIT_TABLE))
    return folded.encode("ascii", "ignore").decode("ascii")


def slugify(text: str) -> str:
    """A lower-case ASCII slug for URLs (``Backend Engineer (Köln)`` → ``backend-engineer-koeln``)."""
    return re.sub(r"[^a-z0-9]+", "-", ascii_fold(text).lower()).strip("-")


def _gendered_surname(last_name: str, gender: str, market: str) -> str:
    if market == "pl-PL" and gender == "female":
        for masc, fem in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
            if last_name.endswith(masc):
                return last_name[: -len(masc)] + fem
    return last_name


#: People of a seed's shared pool: the sandboxes started with the same seed each take about half of
#: them as candidates, so two vendors' sandboxes have some people in common (same name, e-mail and
#: phone), as an agency working several ATSs sees in real life (issue 18.2).
SHARED_POOL = 12
#: Where a sandbox puts its shared people among its candidates: index FIRST, FIRST + EVERY, …
SHARED_FIRST, SHARED_EVERY = 2, 7


def shared_people(seed: int) -> tuple[Person, ...]:
    """The seed's pool of people shared across vendors; the same for every vendor."""
    factory = PeopleFactory(random.Random(f"shared-people:{seed}"))
    return tuple(factory.person(factory.market()) for _ in range(SHARED_POOL))


def shared_for(seed: int, vendor: str) -> dict[int, Person]:
    """The pool members ``vendor``'s sandbox uses for ``seed``, by the candidate index they take."""
    mine = [
        person
        for k, person in enumerate(shared_people(seed))
        if random.Random(f"shared-people:{seed}:{vendor}:{k}").random() < 0.5
    ]
    return {SHARED_FIRST + SHARED_EVERY * j: person for j, person in enumerate(mine)}


#: Every third member of the pool (0, 3, 6, 9) is one a recruiter took down from a phone call: a
#: vendor whose API takes a candidate without an e-mail (Carerix) keeps them by phone alone, so the
#: app's matching by phone can be tried without real accounts (issue 18.2).
PHONE_ONLY_EVERY = 3


def phone_only_shared(seed: int) -> tuple[Person, ...]:
    """The shared people a vendor allowing it records without an e-mail (``PHONE_ONLY_EVERY``)."""
    return shared_people(seed)[::PHONE_ONLY_EVERY]


def dialled_from(phone: str, country_code: str) -> str:
    """``phone`` ("+CC rest") as someone in the country with ``country_code`` writes it down: a
    national number with the trunk 0 ("+31 6 12345678" -> "06 12345678" in NL), a foreign one with
    the 00 international prefix ("+49 151 …" -> "0049 151 …"), as European recruiters type them."""
    code, _, rest = phone.removeprefix("+").partition(" ")
    return f"0{rest}" if code == country_code else f"00{code} {rest}"


class PeopleFactory:
    """Draws people, places and companies from a seeded generator."""

    def __init__(self, rng: random.Random, shared: dict[int, Person] | None = None) -> None:
        self.rng = rng
        #: candidate index -> a person of the seed's shared pool (``shared_for``)
        self.shared = shared or {}

    def market(self, weights: dict[str, float] | None = None) -> str:
        if not weights:
            return self.rng.choice(MARKET_CODES)
        codes = list(weights)
        return self.rng.choices(codes, weights=[weights[c] for c in codes])[0]

    def place(self, market: str) -> Place:
        return self.rng.choice(MARKETS[market].places)

    def company(self, market: str) -> str:
        return self.rng.choice(MARKETS[market].companies)

    def street_address(self, market: str) -> str:
        street = self.rng.choice(MARKETS[market].streets)
        number = self.rng.randint(1, 180)
        return f"{number} {street}" if market == "en-US" else f"{street} {number}"

    def university(self, market: str) -> str:
        return self.rng.choice(MARKETS[market].universities)

    def phone(self, market: str) -> str:
        return MARKETS[market].phone(self.rng)

    def person(self, market: str, *, email_domain: str | None = None) -> Person:
        """A person from ``market``; ``email_domain`` gives a work address instead of a private one."""
        rng = self.rng
        m = MARKETS[market]
        gender = "female" if rng.random() < 0.5 else "male"
        first = rng.choice(m.first_names_female if gender == "female" else m.first_names_male)
        last = _gendered_surname(rng.choice(m.last_names), gender, market)
        local_first = slugify(first).replace("-", "")
        local_last = slugify(last).replace("-", "")
        style = rng.randrange(4)
        if email_domain or style == 0:
            local = f"{local_first}.{local_last}"
        elif style == 1:
            local = f"{local_first[0]}{local_last}{rng.randint(1, 99)}"
        elif style == 2:
            local = f"{local_first}_{local_last}{rng.randint(70, 99)}"
        else:
            local = f"{local_last}.{local_first}{rng.randint(1, 9999)}"
        domain = email_domain or rng.choice(m.email_domains)
        return Person(first, last, gender, f"{local}@{domain}", m.phone(rng), rng.choice(m.places), market)

    def candidate(self, market: str, index: int) -> Person:
        """The ``index``-th candidate: a person of the shared pool where one goes there, else a new one.
        The generator is drawn from either way, so the rest of the seed stays as it was."""
        drawn = self.person(market)
        return self.shared.get(index, drawn)
