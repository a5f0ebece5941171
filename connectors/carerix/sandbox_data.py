"""Seed data for the Carerix sandbox: a deterministic Dutch staffing agency (VENDOR.md; market nl-NL).

Records are stored the way ``sandbox.py`` renders them: one collection per Carerix entity, keyed by the
id as a string; attribute names are Carerix's own; a to-one relation holds the related id (a string),
a to-many relation a list of ids; dates are epoch seconds, booleans ``0``/``1``, money a float. Keys
starting with ``_`` are the sandbox's own (e.g. ``_value_en``, a data node's English translation) and
never rendered.

Consistency the generator keeps (what a sync relies on, as on the real vendor):
- a match is created after its vacancy and its candidate; its status date lies between its creation
  and its modification date; nothing is later than ``ANCHOR``;
- every relation points at an existing record; each candidate has its own person record (``CRUser``
  without a role), staff users have a role; e-mail addresses are unique per person;
- a data node belongs to exactly one list (``type``), ids are unique across all entities of a kind.

One pass with ``random.Random``; the clock is never read.
"""

from __future__ import annotations

import base64
import random
from dataclasses import dataclass, field
from typing import Any

from connectors.sandbox import files
from connectors.sandbox.people import MARKETS, PeopleFactory, dialled_from, phone_only_shared, shared_for
from connectors.sandbox.store import paused_gc

MARKET = "nl-NL"
#: Everything in the seed happens before 2026-11-01T00:00:00Z; writes are stamped after it.
ANCHOR = 1_793_491_200
DAY = 86_400
AGENCY_DOMAIN = "oranjeflex.nl"

#: The ``SIZES`` count that is the candidates (``sandbox serve --candidates N``: connectors.sandbox.sizes).
CANDIDATE_COUNT = "candidates"
SIZES: dict[str, dict[str, int]] = {
    "tiny": {"staff": 4, "contacts": 3, "vacancies": 6, "candidates": 14},
    "small": {"staff": 10, "contacts": 12, "vacancies": 30, "candidates": 200},
    "large": {"staff": 120, "contacts": 400, "vacancies": 3000, "candidates": 60_000},
}

Record = dict[str, Any]

# --- the tenant's lists (VENDOR.md "Configurable lists") ---------------------------------------------
# (node type id, name, entries: (Dutch value, exportCode, English value))
NODE_TYPES: tuple[tuple[int, str, tuple[tuple[str, str, str], ...]], ...] = (
    (
        11,
        "Vacature-status",
        (
            ("Open", "open", "Open"),
            ("Concept", "draft", "Draft"),
            ("Vervuld", "filled", "Filled"),
            ("Gesloten", "closed", "Closed"),
            ("Geannuleerd", "cancelled", "Cancelled"),
        ),
    ),
    (
        12,
        "Dienstverband",
        (
            ("Vast", "permanent", "Permanent"),
            ("Tijdelijk", "temporary", "Temporary"),
            ("Parttime", "parttime", "Part-time"),
            ("Uitzenden", "agency", "Temporary agency work"),
            ("Detachering", "secondment", "Secondment"),
            ("Stage", "internship", "Internship"),
            ("Freelance", "freelance", "Freelance"),
        ),
    ),
    (
        13,
        "Vacature-categorie",
        (
            ("Logistiek", "LOG", "Logistics"),
            ("ICT", "ICT", "IT"),
            ("Financieel", "FIN", "Finance"),
            ("Techniek", "TECH", "Engineering"),
            ("Zorg", "ZORG", "Care"),
            ("Sales", "SALES", "Sales"),
            ("Administratief", "ADM", "Administration"),
            ("Horeca", "HOR", "Hospitality"),
            ("Bouw", "BOUW", "Construction"),
        ),
    ),
    (
        14,
        "Ervaring",
        (
            ("Starter", "0", "Entry level"),
            ("1-3 jaar", "1-3", "1-3 years"),
            ("3-5 jaar", "3-5", "3-5 years"),
            ("5-10 jaar", "5-10", "5-10 years"),
            ("Meer dan 10 jaar", "10+", "More than 10 years"),
        ),
    ),
    (
        15,
        "Salarisperiode",
        (
            ("Per uur", "hour", "Per hour"),
            ("Per dag", "day", "Per day"),
            ("Per week", "week", "Per week"),
            ("Per 4 weken", "4weeks", "Per 4 weeks"),
            ("Per maand", "month", "Per month"),
            ("Per jaar", "year", "Per year"),
        ),
    ),
    (16, "Valuta", (("Euro", "EUR", "Euro"), ("Britse pond", "GBP", "Pound sterling"))),
    (
        17,
        "Land",
        (
            ("Nederland", "NL", "Netherlands"),
            ("België", "BE", "Belgium"),
            ("Duitsland", "DE", "Germany"),
            ("Polen", "PL", "Poland"),
            ("Verenigd Koninkrijk", "GB", "United Kingdom"),
            ("Frankrijk", "FR", "France"),
        ),
    ),
    (
        18,
        "Functie0",
        (
            ("Logistiek & Transport", "LT", "Logistics & Transport"),
            ("ICT", "ICT", "IT"),
            ("Financieel", "FIN", "Finance"),
            ("Technisch", "TECH", "Technical"),
            ("Zorg & Welzijn", "ZW", "Care & Welfare"),
            ("Commercieel", "COM", "Commercial"),
            ("Administratief", "ADM", "Administrative"),
        ),
    ),
    (
        19,
        "Bron-Kandidaat",
        (
            ("LinkedIn", "linkedin", "LinkedIn"),
            ("Indeed", "indeed", "Indeed"),
            ("Eigen website", "website", "Own website"),
            ("Werken bij", "werkenbij", "Careers page"),
            ("Nationale Vacaturebank", "nvb", "Nationale Vacaturebank"),
            ("Doorverwijzing", "referral", "Referral"),
            ("Open sollicitatie", "open", "Open application"),
        ),
    ),
    (
        20,
        "Bron-Match",
        (
            ("LinkedIn", "linkedin", "LinkedIn"),
            ("Indeed", "indeed", "Indeed"),
            ("Eigen website", "website", "Own website"),
            ("Werken bij", "werkenbij", "Careers page"),
            ("Doorverwijzing", "referral", "Referral"),
            ("Recruiter", "recruiter", "Recruiter"),
        ),
    ),
    (
        21,
        "Document-type",
        (
            ("CV", "cv", "CV"),
            ("Motivatiebrief", "motivatie", "Cover letter"),
            ("Diploma", "diploma", "Diploma"),
            ("Referentie", "referentie", "Reference"),
            ("Overig", "overig", "Other"),
        ),
    ),
    (
        22,
        "URL-label",
        (
            ("LinkedIn", "linkedin", "LinkedIn"),
            ("Facebook", "facebook", "Facebook"),
            ("Twitter", "twitter", "Twitter"),
            ("GitHub", "github", "GitHub"),
            ("Website", "website", "Website"),
        ),
    ),
    (
        23,
        "Werkplek",
        (
            ("Op locatie", "onsite", "On site"),
            ("Hybride", "hybrid", "Hybrid"),
            ("Thuiswerken", "remote", "Remote"),
        ),
    ),
    (
        24,
        "Kandidaat-status",
        (
            ("Actief", "active", "Active"),
            ("Passief", "passive", "Passive"),
            ("Geplaatst", "placed", "Placed"),
        ),
    ),
    (
        25,
        "Attribute Match",
        (
            ("Recruiter Companion: Result", "rc_result", "Recruiter Companion: Result"),
            ("Recruiter Companion: Score", "rc_score", "Recruiter Companion: Score"),
            ("Referentiecheck", "refcheck", "Reference check"),
        ),
    ),
)
#: Match statuses (CRStatusInfo): id, name, sortOrder, isFinal, isSuccessfullyFilled, notActive, isDefault.
STATUSES: tuple[tuple[int, str, int, int, int, int, int], ...] = (
    (1, "Nieuw", 10, 0, 0, 0, 1),
    (2, "Screening", 20, 0, 0, 0, 0),
    (10, "Telefonisch gesprek (oud)", 25, 0, 0, 1, 0),  # switched off: old matches may still carry it
    (3, "Voorgesteld", 30, 0, 0, 0, 0),
    (4, "Gesprek klant", 40, 0, 0, 0, 0),
    (5, "Aanbod", 50, 0, 0, 0, 0),
    (6, "Geplaatst", 60, 1, 1, 0, 0),
    (7, "Afgewezen", 70, 1, 0, 0, 0),
    (8, "Teruggetrokken", 80, 1, 0, 0, 0),
)
ROLES = ((1, "Beheerder"), (2, "Recruiter"), (3, "Consultant"), (4, "Accountmanager"))
STAFF_TITLES = ("Recruiter", "Senior recruiter", "Intercedent", "Accountmanager", "Teamleider")
#: Vacancy titles per category (Dutch, as a Dutch agency writes them).
TITLES = {
    "Logistiek": ("Orderpicker", "Heftruckchauffeur", "Logistiek medewerker", "Planner transport"),
    "ICT": ("Python developer", "Servicedesk medewerker", "Netwerkbeheerder", "Data-analist"),
    "Financieel": (
        "Boekhouder",
        "Financieel administratief medewerker",
        "Controller",
        "Salarisadministrateur",
    ),
    "Techniek": ("Monteur elektrotechniek", "Onderhoudsmonteur", "Werkvoorbereider", "CNC-operator"),
    "Zorg": ("Verpleegkundige", "Verzorgende IG", "Doktersassistent", "Begeleider gehandicaptenzorg"),
    "Sales": ("Binnendienst medewerker", "Accountmanager", "Customer success manager", "Verkoopadviseur"),
    "Administratief": ("Receptionist", "Office manager", "Administratief medewerker", "Managementassistent"),
    "Horeca": ("Kok", "Bediening", "Gastheer/gastvrouw", "Zelfstandig werkend kok"),
    "Bouw": ("Timmerman", "Uitvoerder", "Projectleider bouw", "Metselaar"),
}
#: The job area (``toFunctionLevel1``, our "department") each category belongs to.
JOB_AREA = {
    "Logistiek": "Logistiek & Transport",
    "ICT": "ICT",
    "Financieel": "Financieel",
    "Techniek": "Technisch",
    "Zorg": "Zorg & Welzijn",
    "Sales": "Commercieel",
    "Administratief": "Administratief",
    "Horeca": "Commercieel",
    "Bouw": "Technisch",
}
CONTRACT_WEIGHTS = {
    "Vast": 0.35,
    "Tijdelijk": 0.25,
    "Uitzenden": 0.15,
    "Detachering": 0.1,
    "Parttime": 0.1,
    "Stage": 0.03,
    "Freelance": 0.02,
}
CANDIDATE_TITLES = (
    "Orderpicker",
    "Chauffeur",
    "Software engineer",
    "Boekhouder",
    "Verpleegkundige",
    "Monteur",
    "Verkoper",
    "Receptionist",
    "Kok",
    "Timmerman",
    "Student",
    "Data-analist",
)
PDF = base64.b64encode(b"%PDF-1.4\n% Oranjeflex demo CV\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n").decode()
#: Dutch surname prefixes, longest first (they are kept apart in ``lastNamePrefix``).
PREFIXES = ("van der", "van den", "van de", "van 't", "van", "de", "den", "der", "te", "ter", "ten")


@dataclass
class SeedData:
    tables: dict[str, list[Record]] = field(default_factory=dict)
    #: node type name → {value: node id}, for the generator and the sandbox's defaults.
    lists: dict[str, dict[str, str]] = field(default_factory=dict)
    application_name: str = "oranjeflex"


def split_name(last: str) -> tuple[str | None, str]:
    low = last.lower()
    for prefix in PREFIXES:
        if low.startswith(prefix + " "):
            return last[: len(prefix)], last[len(prefix) + 1 :]
    return None, last


def generate(seed: int, size: str) -> SeedData:
    """The whole tenant for ``seed`` and ``size`` (see ``SIZES``)."""
    if size not in SIZES:
        raise ValueError(f"unknown sandbox size {size!r}; known: {', '.join(SIZES)}")
    with paused_gc():
        return _Generator(random.Random(f"carerix:{seed}:{size}"), size, seed).run()


class _Generator:
    def __init__(self, rng: random.Random, size: str, seed: int = 1) -> None:
        self.rng = rng
        self.size = size
        self.counts = SIZES[size]
        self.people = PeopleFactory(rng, shared_for(seed, "carerix"))
        #: Shared people a consultant entered from a phone call: no e-mail, the mobile as typed in NL.
        self.phone_only = set(phone_only_shared(seed))
        self.data = SeedData()
        self.t: dict[str, list[Record]] = {
            name: []
            for name in (
                "CRNodeType",
                "CRDataNode",
                "CRStatusInfo",
                "CRUserRole",
                "CRCompany",
                "CRUser",
                "CRUrl",
                "CRVacancy",
                "CREmployee",
                "CRAttachment",
                "CRMatch",
                "CRToDo",
            )
        }
        self.emails: set[str] = set()

    def run(self) -> SeedData:
        self.lists()
        self.statuses()
        self.staff()
        self.companies()
        self.vacancies()
        self.candidates()
        self.data.tables = self.t
        return self.data

    # -- helpers ----------------------------------------------------------------------------------
    def node(self, list_name: str, value: str) -> str:
        return self.data.lists[list_name][value]

    def pick_node(self, list_name: str, weights: dict[str, float] | None = None) -> str:
        values = list(self.data.lists[list_name])
        if weights:
            chosen = self.rng.choices(list(weights), weights=list(weights.values()))[0]
            return self.data.lists[list_name][chosen]
        return self.data.lists[list_name][self.rng.choice(values)]

    def stamp(self, low: int, high: int) -> int:
        return self.rng.randint(low, max(low, high))

    def unique_email(self, email: str) -> str:
        local, _, domain = email.partition("@")
        candidate, n = email, 1
        while candidate in self.emails:
            n += 1
            candidate = f"{local}{n}@{domain}"
        self.emails.add(candidate)
        return candidate

    # -- lists ------------------------------------------------------------------------------------
    def lists(self) -> None:
        created = ANCHOR - 900 * DAY
        next_id = 201
        for type_id, name, entries in NODE_TYPES:
            self.t["CRNodeType"].append(
                {"id": str(type_id), "typeID": type_id, "name": name, "localizedName": name, "deleted": 0}
            )
            ids: dict[str, str] = {}
            for order, (value, code, english) in enumerate(entries, 1):
                node: Record = {
                    "id": str(next_id),
                    "dataNodeID": next_id,
                    "value": value,
                    "exportCode": code,
                    "sortOrder": order * 10,
                    "notActive": 0,
                    "isDefault": 1 if order == 1 else 0,
                    "isHidden": 0,
                    "isSystem": 0,
                    "deleted": 0,
                    "type": str(type_id),
                    "creationDate": created,
                    "modificationDate": created,
                    "_value_en": english,
                }
                if name == "Attribute Match":
                    # The grouping heading of extra fields (VENDOR.md "Configurable lists", V shape).
                    group = "Recruiter Companion" if value.startswith("Recruiter Companion") else "Screening"
                    node["notes"] = f"{{AttributeLabel = {group}; }}"
                self.t["CRDataNode"].append(node)
                ids[value] = str(next_id)
                next_id += 1
            self.data.lists[name] = ids

    def statuses(self) -> None:
        created = ANCHOR - 900 * DAY
        for ident, name, order, final, filled, inactive, default in STATUSES:
            self.t["CRStatusInfo"].append(
                {
                    "id": str(ident),
                    "statusInfoID": ident,
                    "statusName": name,
                    "displayName": name,
                    "statusValue": order,
                    "sortOrder": order,
                    "isFinal": final,
                    "isSuccessfullyFilled": filled,
                    "notActive": inactive,
                    "isDefault": default,
                    "creationDate": created,
                    "modificationDate": created if not inactive else created + 400 * DAY,
                }
            )
        for ident, name in ROLES:
            self.t["CRUserRole"].append({"id": str(ident), "userRoleID": ident, "name": name})

    # -- people -----------------------------------------------------------------------------------
    def _person_fields(self, first: str, last: str) -> Record:
        prefix, rest = split_name(last)
        fields: Record = {"firstName": first, "lastName": rest}
        if prefix:
            fields["lastNamePrefix"] = prefix
        return fields

    def staff(self) -> None:
        self.staff_ids: list[str] = []
        for n in range(self.counts["staff"]):
            ident = 1001 + n
            person = self.people.person(MARKET, email_domain=AGENCY_DOMAIN)
            created = self.stamp(ANCHOR - 1200 * DAY, ANCHOR - 400 * DAY)
            active = 0 if n == self.counts["staff"] - 1 and n > 2 else 1
            self.t["CRUser"].append(
                {
                    "id": str(ident),
                    "userID": ident,
                    **self._person_fields(person.first_name, person.last_name),
                    "emailAddress": self.unique_email(person.email),
                    "userName": person.email.split("@")[0],
                    "jobTitle": self.rng.choice(STAFF_TITLES),
                    "isActive": active,
                    "isLoginBlocked": 0,
                    "deleted": 0,
                    "toUserRole": str(1 + n % len(ROLES)),
                    "urls": [],
                    "creationDate": created,
                    "modificationDate": self.stamp(created, ANCHOR - 5 * DAY),
                }
            )
            if active:
                self.staff_ids.append(str(ident))
        if self.size != "tiny":  # a former colleague, removed: never listed as staff
            last = self.t["CRUser"][-1]
            last["deleted"] = 1

    def companies(self) -> None:
        self.company_ids: list[str] = []
        self.contacts: dict[str, list[str]] = {}
        names = MARKETS[MARKET].companies
        for n, name in enumerate(names):
            ident = 71 + n
            self.t["CRCompany"].append({"id": str(ident), "companyID": ident, "name": name, "deleted": 0})
            self.company_ids.append(str(ident))
        for n in range(self.counts["contacts"]):
            ident = 2001 + n
            company = self.company_ids[n % len(self.company_ids)]
            domain = names[n % len(names)].split()[0].lower().replace("&", "") + ".nl"
            person = self.people.person(MARKET, email_domain=domain)
            created = self.stamp(ANCHOR - 1000 * DAY, ANCHOR - 200 * DAY)
            self.t["CRUser"].append(
                {
                    "id": str(ident),
                    "userID": ident,
                    **self._person_fields(person.first_name, person.last_name),
                    "emailAddress": self.unique_email(person.email),
                    "jobTitle": "HR-adviseur",
                    "isActive": 1,
                    "isLoginBlocked": 0,
                    "deleted": 0,
                    "toCompany": company,
                    "urls": [],
                    "creationDate": created,
                    "modificationDate": created,
                }
            )
            self.contacts.setdefault(company, []).append(str(ident))

    # -- vacancies --------------------------------------------------------------------------------
    def vacancies(self) -> None:
        rng = self.rng
        self.open_vacancies: list[Record] = []
        self.all_vacancies: list[Record] = []
        count = self.counts["vacancies"]
        for n in range(count):
            ident = 5001 + n
            category = rng.choice(list(TITLES))
            title = rng.choice(TITLES[category])
            place = self.people.place(MARKET)
            company = rng.choice(self.company_ids)
            client = self.t["CRCompany"][int(company) - 71]["name"]
            created = self.stamp(ANCHOR - 700 * DAY, ANCHOR - 20 * DAY)
            status = (
                "Open"
                if n < 3
                else rng.choices(
                    ["Open", "Vervuld", "Gesloten", "Concept", "Geannuleerd"], [0.55, 0.18, 0.12, 0.1, 0.05]
                )[0]
            )
            low: float | None = (
                float(rng.choice((2200, 2500, 2800, 3100, 3500, 4000, 4600))) if rng.random() < 0.85 else None
            )
            high: float | None = None
            if low is not None:
                high = (
                    low
                    if rng.random() < 0.2
                    else (None if rng.random() < 0.1 else low + rng.choice((300, 600, 900)))
                )
            period = "Per maand"
            if low is not None and category == "Horeca" and rng.random() < 0.5:
                low, high, period = round(low / 160, 2), (round(high / 160, 2) if high else None), "Per uur"
            vacancy: Record = {
                "id": str(ident),
                "vacancyID": ident,
                "vacancyNo": f"V-{2024 + n % 3}-{ident - 4000:04d}",
                "jobTitle": title,
                "introInformation": f"Voor {client} in {place.city} zoeken wij een {title.lower()}.",
                "vacancyInformation": f"Als {title.lower()} werk je in een hecht team. Je krijgt de "
                "ruimte om je verder te ontwikkelen.",
                "requirements": rng.choice(
                    (
                        "MBO-2 werk- en denkniveau",
                        "MBO-4 of HBO",
                        "HBO/WO",
                        "Rijbewijs B en VCA",
                        "Ervaring is een pré",
                    )
                ),
                "offerInformation": "Reiskostenvergoeding, 8% vakantiegeld en een goede pensioenregeling.",
                "isConfidential": 1 if rng.random() < 0.1 else 0,
                "isHidden": 1 if rng.random() < 0.05 else 0,
                "isTemplate": 1 if n == count - 1 and count > 3 else 0,
                "deleted": 1 if n == count - 2 and self.size != "tiny" else 0,
                "hoursPerWeek": float(rng.choice((24, 32, 36, 38, 40))),
                "minSalary": float(low) if low is not None else None,
                "maxSalary": float(high) if high is not None else None,
                "isSalaryPublic": 1 if low is not None and rng.random() < 0.7 else 0,
                "workCity": place.city,
                "workPostalCode": place.postal_code,
                "workStreet": rng.choice(MARKETS[MARKET].streets),
                "workNumber": str(rng.randint(1, 180)),
                "activePublicationsCount": rng.randint(1, 3) if status == "Open" else 0,
                "toStatusNode": self.node("Vacature-status", status),
                "toContractTypeNode": self.pick_node("Dienstverband", CONTRACT_WEIGHTS),
                "toCategoryNode": self.node("Vacature-categorie", category),
                "toExperienceLevelNode": self.pick_node("Ervaring"),
                "toWorkplaceTypeNode": self.pick_node(
                    "Werkplek", {"Op locatie": 0.6, "Hybride": 0.3, "Thuiswerken": 0.1}
                ),
                "toSalaryCurrencyNode": self.node("Valuta", "Euro"),
                "toSalaryPeriodNode": self.node("Salarisperiode", period),
                "toWorkCountryNode": self.node("Land", "Nederland"),
                "toFunctionLevel1": self.node("Functie0", JOB_AREA[category]),
                "owner": rng.choice(self.staff_ids),
                "toCompany": company,
                "toUser": rng.choice(self.contacts.get(company) or [None]),  # type: ignore[list-item]
                "creationDate": created,
                "modificationDate": self.stamp(created, ANCHOR - 2 * DAY),
            }
            self.t["CRVacancy"].append(vacancy)
            if not vacancy["isTemplate"] and not vacancy["deleted"] and status != "Concept":
                self.all_vacancies.append(vacancy)
                if status == "Open":
                    self.open_vacancies.append(vacancy)

    # -- candidates and matches -------------------------------------------------------------------
    def candidates(self) -> None:
        rng = self.rng
        next_match, next_attachment, next_url = 88001, 9001, 3001
        statuses = [s for s in STATUSES if not s[5]]
        weights = [0.2, 0.18, 0.15, 0.12, 0.06, 0.1, 0.14, 0.05]
        for n in range(self.counts["candidates"]):
            ident, person_id = 20001 + n, 100001 + n
            person = self.people.candidate(MARKET, n)
            created = self.stamp(ANCHOR - 650 * DAY, ANCHOR - 3 * DAY)
            modified = self.stamp(created, ANCHOR - DAY)
            email = self.unique_email(person.email)
            # Taken down from a phone call (connectors.sandbox.people.PHONE_ONLY_EVERY): no e-mail, the
            # mobile as typed here (VENDOR.md, a candidate may have no e-mail, A).
            by_phone = person in self.phone_only
            names = self._person_fields(person.first_name, person.last_name)
            urls: list[str] = []
            if rng.random() < 0.45:
                slug = email.split("@")[0].replace(".", "").replace("_", "")
                self.t["CRUrl"].append(
                    {
                        "id": str(next_url),
                        "urlID": next_url,
                        "url": f"https://www.linkedin.com/in/{slug}",
                        "toUrlLabel": self.node("URL-label", "LinkedIn"),
                    }
                )
                urls.append(str(next_url))
                next_url += 1
            if rng.random() < 0.08:
                self.t["CRUrl"].append(
                    {
                        "id": str(next_url),
                        "urlID": next_url,
                        "url": f"https://github.com/{email.split('@')[0].replace('.', '-')}",
                        "toUrlLabel": self.node("URL-label", "GitHub"),
                    }
                )
                urls.append(str(next_url))
                next_url += 1
            self.t["CRUser"].append(
                {
                    "id": str(person_id),
                    "userID": person_id,
                    **names,
                    "emailAddress": None if by_phone else email,
                    "jobTitle": rng.choice(CANDIDATE_TITLES) if rng.random() < 0.8 else None,
                    "isActive": 1,
                    "isLoginBlocked": 0,
                    "deleted": 0,
                    "urls": urls,
                    "creationDate": created,
                    "modificationDate": created,
                }
            )
            attachments: list[str] = []
            if rng.random() < 0.6:
                self.t["CRAttachment"].append(
                    {
                        "id": str(next_attachment),
                        "attachmentID": next_attachment,
                        "label": f"CV {person.first_name}",
                        "filePath": f"cv-{email.split('@')[0]}.pdf",
                        "toTypeNode": self.node("Document-type", "CV"),
                        "_content": "",
                        # Its lines; the PDF is made when its content is read (connectors.sandbox.files).
                        "_lines": list(
                            files.cv_for("carerix", "", email, person.full_name, always=True).lines  # type: ignore[union-attr]
                        ),
                        "creationDate": created,
                        "modificationDate": created,
                    }
                )
                attachments.append(str(next_attachment))
                next_attachment += 1
            source_roll = rng.random()
            area = rng.choice(("10", "20", "30", "40", "50", "70"))
            landline = f"+31 {area} {rng.randint(1000000, 9999999)}"
            employer = rng.choice(MARKETS[MARKET].companies).split()[0].lower()
            work_mail = f"{email.split('@')[0]}@{employer}.nl"
            street = rng.choice(MARKETS[MARKET].streets)
            employee: Record = {
                "id": str(ident),
                "employeeID": ident,
                **names,
                "emailAddress": None if by_phone else email,
                "mobileNumber": dialled_from(person.phone, "31") if by_phone else person.phone,
                "phoneNumber": landline if rng.random() < 0.25 else None,
                # (drawn either way, so the rest of the seed stays as it was)
                "emailAddressBusiness": work_mail if rng.random() < 0.1 and not by_phone else None,
                "city": person.place.city,
                "homePostalCode": person.place.postal_code,
                "homeStreet": street,
                "homeNumber": str(rng.randint(1, 220)),
                "toCountryNode": self.node("Land", "Nederland" if rng.random() < 0.92 else "België"),
                "isConfidential": 1 if rng.random() < 0.05 else 0,
                "toSourceNode": self.pick_node("Bron-Kandidaat") if source_roll < 0.85 else None,
                "sourceInfo": "Banenmarkt Utrecht" if 0.85 <= source_roll < 0.93 else None,
                "availableDate": self.stamp(ANCHOR - 30 * DAY, ANCHOR + 90 * DAY) // DAY * DAY + 11 * 3600
                if rng.random() < 0.5
                else None,
                "minSalary": float(rng.choice((2400, 2800, 3200, 3800, 4500)))
                if rng.random() < 0.4
                else None,
                "toStatusNode": self.pick_node("Kandidaat-status"),
                "deleted": 1 if n == 5 and self.size != "tiny" else 0,
                "toUser": str(person_id),
                "attachments": attachments,
                "creationDate": created,
                "modificationDate": modified,
            }
            self.t["CREmployee"].append(employee)
            if employee["deleted"] or not self.all_vacancies:
                continue
            count = rng.choices((0, 1, 2, 3), (0.1, 0.55, 0.25, 0.1))[0]
            for vacancy in rng.sample(self.all_vacancies, min(count, len(self.all_vacancies))):
                start = max(created, vacancy["creationDate"])
                if start >= ANCHOR - DAY:
                    continue
                made = self.stamp(start, ANCHOR - DAY)
                status = rng.choices(statuses, weights)[0]
                moved = made if status[0] == 1 else self.stamp(made, ANCHOR - DAY // 2)
                match: Record = {
                    "id": str(next_match),
                    "matchID": next_match,
                    "toEmployee": str(ident),
                    "toVacancy": vacancy["id"],
                    "statusInfo": str(status[0]),
                    "toSourceNode": self.pick_node("Bron-Match") if rng.random() < 0.7 else None,
                    "notes": "Telefonisch gesproken, enthousiast." if rng.random() < 0.2 else None,
                    "isConfidential": 0,
                    "attachments": [],
                    "additionalInfo": {f"_{self.node('Attribute Match', 'Referentiecheck')}": "Akkoord"}
                    if status[0] in (5, 6)
                    else {},
                    "creationDate": made,
                    "statusInfoModificationDate": moved,
                    "modificationDate": self.stamp(moved, ANCHOR - 1),
                }
                self.t["CRMatch"].append(match)
                next_match += 1
