"""Seed data for the eRecruiter sandbox: one Polish mandator (customer) hiring across Poland.

Shapes follow ``VENDOR.md`` (the official .NET client's DTOs: ``JobResponse``, ``ApplicantResponse``,
``ApplicationResponse``, ``QuestionnaireItemResponse``, ``CustomFieldValueResponse`` …), never the
connector. Internal records are the wire objects with string ids plus link fields the wire never
shows, all starting with ``_`` (``_cf``: an applicant's custom-field values by field name, ``_cv``:
its CV). ``sandbox.py`` renders them.

Consistency rules the generator keeps (what a sync relies on, as on the real vendor):
- every application points at an existing job and applicant; an applicant applies to a job once;
- applications exist only on jobs that are or were published (Open, Engaged, Repositioned, Cancelled);
  a Draft job has none; an Engaged job (filled) has one ``Zatrudniony`` application;
- an applicant's custom-field values respect the field's type and ``PossibleValues``, and a value
  whose questionnaire precondition is not met is absent;
- ``UpdateDate`` ≥ ``CreationDate``; nothing is later than ``ANCHOR``.

Generation is one pass with ``random.Random(seed)``; the clock is never read.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from connectors.sandbox.people import MARKETS, PeopleFactory, shared_for, slugify

# Everything in the seed happens before this instant; writes against a running sandbox are stamped
# max(real clock, anchor) so they sort after the seed.
ANCHOR = datetime(2026, 11, 1, tzinfo=UTC)
MARKET = "pl-PL"
CULTURE = "pl-PL"
MANDATOR_ID = 4711

#: The ``SIZES`` count that is the candidates (``sandbox serve --candidates N``: connectors.sandbox.sizes).
CANDIDATE_COUNT = "applicants"
SIZES: dict[str, dict[str, int]] = {
    "tiny": {"jobs": 5, "applicants": 12},
    "small": {"jobs": 12, "applicants": 80},
    "large": {"jobs": 400, "applicants": 20_000},
}

# JobStatus with its wire values (VENDOR.md "Object shapes", V).
JOB_STATUSES = ("Open", "Draft", "Engaged", "Repositioned", "Cancelled")
GENDERS = ("Unknown", "Male", "Female")

#: The mandator's application statuses in pipeline order (a sandbox extension of ``GET Api/Mandator``,
#: VENDOR.md "Application stages", A).
APPLICATION_STATUSES = (
    "Nowa aplikacja",
    "Weryfikacja CV",
    "Rozmowa telefoniczna",
    "Rozmowa w biurze",
    "Zadanie rekrutacyjne",
    "Oferta",
    "Zatrudniony",
    "Odrzucony",
    "Rezygnacja kandydata",
)
_OPEN_STATUSES = APPLICATION_STATUSES[:6]
_STATUS_FOR_APPLICANT = {
    "Nowa aplikacja": "Otrzymaliśmy Twoją aplikację",
    "Zatrudniony": "Zatrudniony",
    "Odrzucony": "Dziękujemy za udział w rekrutacji",
    "Rezygnacja kandydata": "Aplikacja wycofana",
}

REFERRERS: tuple[tuple[str, str, bool], ...] = (  # name, group, allows additional info
    ("pracuj.pl", "Portale ogłoszeniowe", True),
    ("LinkedIn", "Media społecznościowe", True),
    ("Strona kariery", "Własne kanały", False),
    ("Polecenie pracownika", "Polecenia", True),
    ("justjoin.it", "Portale ogłoszeniowe", True),
    ("OLX Praca", "Portale ogłoszeniowe", False),
    ("Targi pracy", "Wydarzenia", True),
)
DOCUMENT_TYPES = ("CV", "List motywacyjny", "Świadectwo pracy", "Certyfikat", "Dyplom", "Inne")
COUNTRIES = ("Polska", "Niemcy", "Ukraina", "Czechy", "Słowacja", "Litwa")
CAREER_LEVELS = ("Stażysta", "Junior", "Specjalista (Mid)", "Starszy specjalista (Senior)", "Kierownik")
OCCUPATION_TYPES = ("Pełny etat", "Część etatu", "Kontrakt B2B", "Umowa zlecenie", "Staż / praktyki")
SALARY_CURRENCIES = ("PLN", "EUR")
PUBLICATION_CHANNELS = ("Strona kariery", "pracuj.pl", "LinkedIn", "justjoin.it")
#: The career site is the mandator's applicant portal (JobPublicationType Portal, no channel id); the job
#: boards are channels with a numeric id (JobPublicationResponse.Channel is an ``int?``, V; values A).
PORTAL = "Strona kariery"
CHANNEL_IDS = {"pracuj.pl": 11, "LinkedIn": 12, "justjoin.it": 13}
#: Enums travel as their integer values (the client has no string-enum converter, VENDOR.md, V).
PUBLICATION_TYPES = ("Portal", "Channel", "MultiPostChannel")
FIELD_TYPES = ("TextMultiLine", "CheckBox", "DropdownList", "CheckboxList", "Date", "TextSingleLine", "Html")
FIELD_TARGETS = (
    "Applicant",
    "Company",
    "Job",
    "JobApplicant",
    "JobCompany",
    "ApplicantCompany",
    "JobApplicantCompany",
)
#: QuestionnaireItemType in declaration order (V).
ITEM_TYPES = (
    "SingleLanguage",
    "SingleKnowledge",
    "Headline",
    "CustomField",
    "KnowledgeGroup",
    "AbroadTravelling",
    "DomesticTravelling",
    "BeginDate",
    "Salary",
    "MilitaryService",
    "WillingToMove",
    "SelfDescription",
    "JobDescription",
    "SubHeadline",
    "Languages",
    "Referrer",
    "JobProfiles",
    "Regions",
    "Location",
    "EmploymentType",
    "Educations",
    "Experiences",
)
POLICY_TYPES = ("Consent", "Information")
#: WorkflowStatusGroup (V): None, New, Internal, Proposed, External, Rejected, Accepted.
WORKFLOW_GROUPS = ("None", "New", "Internal", "Proposed", "External", "Rejected", "Accepted")
CLOSED_GROUPS = ("Rejected", "Accepted")

# Custom-field definitions (CustomFieldResponse, V): name, title, group, type, target, possible values.
CUSTOM_FIELDS: tuple[dict[str, Any], ...] = (
    {
        "Name": "prawo_jazdy_b",
        "Title": "Czy posiadasz prawo jazdy kat. B?",
        "GroupName": "Kwestionariusz",
        "Type": "CheckBox",
        "Target": "Applicant",
        "IsPublic": True,
        "PossibleValues": [],
    },
    {
        "Name": "samochod",
        "Title": "Czy dysponujesz własnym samochodem?",
        "GroupName": "Kwestionariusz",
        "Type": "CheckBox",
        "Target": "Applicant",
        "IsPublic": True,
        "PossibleValues": [],
    },
    {
        "Name": "jezyk_angielski",
        "Title": "Poziom znajomości języka angielskiego",
        "GroupName": "Języki",
        "Type": "DropdownList",
        "Target": "Applicant",
        "IsPublic": True,
        "PossibleValues": ["A1", "A2", "B1", "B2", "C1", "C2"],
    },
    {
        "Name": "technologie",
        "Title": "Technologie, w których pracujesz",
        "GroupName": "Kwestionariusz",
        "Type": "CheckboxList",
        "Target": "Applicant",
        "IsPublic": True,
        "PossibleValues": ["Java", "Python", ".NET", "SQL", "React", "Kubernetes"],
    },
    {
        "Name": "tryb_pracy",
        "Title": "Preferowany tryb pracy",
        "GroupName": "Kwestionariusz",
        "Type": "DropdownList",
        "Target": "JobApplicant",
        "IsPublic": True,
        "PossibleValues": ["Stacjonarnie", "Hybrydowo", "Zdalnie", "Do ustalenia"],
    },
    {
        "Name": "uwagi_tryb_pracy",
        "Title": "Opisz, jaki tryb pracy Ci odpowiada",
        "GroupName": "Kwestionariusz",
        "Type": "TextMultiLine",
        "Target": "JobApplicant",
        "IsPublic": True,
        "PossibleValues": [],
    },
    {
        "Name": "portfolio",
        "Title": "Link do portfolio lub profilu GitHub",
        "GroupName": "Kwestionariusz",
        "Type": "TextSingleLine",
        "Target": "Applicant",
        "IsPublic": True,
        "PossibleValues": [],
    },
    {
        "Name": "data_badan",
        "Title": "Data ważności orzeczenia lekarskiego",
        "GroupName": "Kierowcy",
        "Type": "Date",
        "Target": "Applicant",
        "IsPublic": True,
        "PossibleValues": [],
    },
    {
        "Name": "klauzula_html",
        "Title": "Informacja o przetwarzaniu danych",
        "GroupName": "RODO",
        "Type": "Html",
        "Target": "Applicant",
        "IsPublic": True,
        "PossibleValues": [],
    },
    # Job fields (Target Job): internal classifications recruiters fill on the job.
    {
        "Name": "centrum_kosztow",
        "Title": "Centrum kosztów",
        "GroupName": "Kontroling",
        "Type": "TextSingleLine",
        "Target": "Job",
        "IsPublic": False,
        "PossibleValues": [],
    },
    {
        "Name": "tryb_pracy_oferty",
        "Title": "Tryb pracy",
        "GroupName": "Ogłoszenie",
        "Type": "DropdownList",
        "Target": "Job",
        "IsPublic": True,
        "PossibleValues": ["Stacjonarna", "Hybrydowa", "Zdalna"],
    },
    {
        "Name": "rekrutacja_pilna",
        "Title": "Rekrutacja pilna",
        "GroupName": "Kontroling",
        "Type": "CheckBox",
        "Target": "Job",
        "IsPublic": False,
        "PossibleValues": [],
    },
)
FIELDS_BY_NAME = {f["Name"]: f for f in CUSTOM_FIELDS}

# Jobs: title, department-ish profile, career level, occupation type, questionnaire key.
JOB_TEMPLATES: tuple[tuple[str, str, str, str, str | None], ...] = (
    ("Starszy programista Java", "IT", "Starszy specjalista (Senior)", "Kontrakt B2B", "it"),
    ("Księgowa / Księgowy", "Finanse", "Specjalista (Mid)", "Pełny etat", None),
    (
        "Kierowca kat. C+E w transporcie międzynarodowym",
        "Logistyka",
        "Specjalista (Mid)",
        "Pełny etat",
        "drivers",
    ),
    ("Specjalista ds. rekrutacji", "HR", "Specjalista (Mid)", "Pełny etat", "basic"),
    ("Magazynier z uprawnieniami UDT", "Logistyka", "Junior", "Umowa zlecenie", "drivers"),
    ("Analityk danych (Python, SQL)", "IT", "Specjalista (Mid)", "Pełny etat", "it"),
    ("Przedstawiciel handlowy – region Śląsk", "Sprzedaż", "Specjalista (Mid)", "Pełny etat", "drivers"),
    ("Kierownik projektu IT", "IT", "Kierownik", "Kontrakt B2B", "it"),
    ("Tester oprogramowania (manualny)", "IT", "Junior", "Pełny etat", "basic"),
    (
        "Konsultant ds. obsługi klienta z językiem niemieckim",
        "Obsługa klienta",
        "Junior",
        "Część etatu",
        "basic",
    ),
    ("Stażysta w dziale marketingu", "Marketing", "Stażysta", "Staż / praktyki", None),
    ("Programista .NET", "IT", "Specjalista (Mid)", "Kontrakt B2B", "it"),
)

#: Questionnaires (QuestionnaireResponse, V; ``Precondition`` is the sandbox's extension, A).
QUESTIONNAIRES: dict[str, dict[str, Any]] = {
    "it": {
        "Id": 31,
        "Name": "Kwestionariusz IT",
        "Description": "Pytania dla kandydatów do działu IT",
        "Location": "OnSecondPage",
        "Items": [
            {"Title": "Dane dodatkowe", "Description": None, "IsRequired": False, "Type": "Headline"},
            {"Field": "technologie", "IsRequired": True},
            {"Field": "jezyk_angielski", "IsRequired": True},
            {"Field": "tryb_pracy", "IsRequired": True},
            {
                "Field": "uwagi_tryb_pracy",
                "IsRequired": True,
                "Precondition": {"CustomFieldName": "tryb_pracy", "Values": ["Do ustalenia"]},
            },
            {"Field": "portfolio", "IsRequired": False},
            {
                "Title": "Oczekiwania finansowe",
                "Description": "Kwota miesięczna brutto",
                "IsRequired": False,
                "Type": "Salary",
            },
            {
                "Title": "Najwcześniejsza data rozpoczęcia pracy",
                "Description": None,
                "IsRequired": True,
                "Type": "BeginDate",
            },
        ],
    },
    "drivers": {
        "Id": 32,
        "Name": "Kwestionariusz – kierowcy i logistyka",
        "Description": None,
        "Location": "OnFirstPage",
        "Items": [
            {"Field": "prawo_jazdy_b", "IsRequired": True},
            {
                "Field": "samochod",
                "IsRequired": False,
                "Precondition": {"CustomFieldName": "prawo_jazdy_b", "Values": ["true"]},
            },
            {"Field": "data_badan", "IsRequired": True},
            {
                "Title": "Czy jesteś gotów/gotowa do przeprowadzki?",
                "Description": None,
                "IsRequired": False,
                "Type": "WillingToMove",
            },
            {
                "Title": "Oczekiwania finansowe",
                "Description": "Kwota miesięczna brutto",
                "IsRequired": True,
                "Type": "Salary",
            },
        ],
    },
    "basic": {
        "Id": 33,
        "Name": "Kwestionariusz podstawowy",
        "Description": None,
        "Location": "OnFirstPage",
        "Items": [
            {"Title": "O sobie", "Description": None, "IsRequired": False, "Type": "SubHeadline"},
            {
                "Title": "Napisz kilka słów o sobie",
                "Description": "Maks. kilka zdań",
                "IsRequired": False,
                "Type": "SelfDescription",
            },
            {"Field": "jezyk_angielski", "IsRequired": False},
            {
                "Title": "Skąd dowiedziałeś/-aś się o ofercie?",
                "Description": None,
                "IsRequired": True,
                "Type": "Referrer",
            },
        ],
    },
}

_STATUS_WEIGHTS = (
    ("Open", 0.6),
    ("Engaged", 0.12),
    ("Cancelled", 0.08),
    ("Repositioned", 0.06),
    ("Draft", 0.14),
)
_TECH = ("Java", "Python", ".NET", "SQL", "React", "Kubernetes")
_SELF = (
    "Lubię pracę w zespole i szybko się uczę.",
    "Od kilku lat pracuję w branży i szukam nowych wyzwań.",
    "Jestem osobą komunikatywną, cenię sobie jasne zasady współpracy.",
)


@dataclass
class SeedData:
    mandator: dict[str, Any]
    jobs: list[dict[str, Any]] = field(default_factory=list)
    applicants: list[dict[str, Any]] = field(default_factory=list)
    applications: list[dict[str, Any]] = field(default_factory=list)
    documents: list[dict[str, Any]] = field(default_factory=list)
    history: list[dict[str, Any]] = field(default_factory=list)
    policies: list[dict[str, Any]] = field(default_factory=list)


def _moment(rng: random.Random, days_back: int, *, after: datetime | None = None) -> datetime:
    low = after or ANCHOR - timedelta(days=days_back)
    span = max(1, int((ANCHOR - low).total_seconds()) - 3600)
    # Office hours in Warsaw (UTC+1/+2): stamps between 07:00 and 17:00 UTC look like real work.
    moment = low + timedelta(seconds=rng.randrange(span))
    return moment.replace(hour=7 + rng.randrange(10), microsecond=rng.randrange(1_000_000))


def mandator() -> dict[str, Any]:
    """The MandatorResponse (V fields; ``ApplicationStatuses`` is the sandbox's extension, A)."""
    return {
        "Id": MANDATOR_ID,
        "Name": "Bursztyn Software S.A.",
        "Urls": ["https://kariera.bursztyn-software.pl"],
        "Referrers": [
            {"Name": n, "CultureFilter": [], "Group": g, "AllowsAdditionalInfo": a, "IsInternalOnly": False}
            for n, g, a in REFERRERS
        ],
        "ApplicantDocumentTypes": list(DOCUMENT_TYPES),
        "Countries": list(COUNTRIES),
        "CareerLevels": list(CAREER_LEVELS),
        "OccupationTypes": list(OCCUPATION_TYPES),
        "SalaryCurrencies": list(SALARY_CURRENCIES),
        "TitlesBeforeName": ["inż.", "mgr", "mgr inż.", "dr", "dr hab."],
        "TitlesAfterName": [],
        "Regions": ["Mazowieckie", "Małopolskie", "Dolnośląskie", "Wielkopolskie", "Pomorskie", "Śląskie"],
        "JobProfiles": ["IT", "Finanse", "Logistyka", "HR", "Sprzedaż", "Obsługa klienta", "Marketing"],
        "CustomFields": [wire_field(f) for f in CUSTOM_FIELDS],
        "Cultures": [CULTURE, "en-US"],
        "JobPublicationTypes": [
            {
                "Name": c,
                "InternalName": c,
                "Partner": None if c == PORTAL else c,
                "Account": "bursztyn-software",
                "Channel": CHANNEL_IDS.get(c),
                "Type": PUBLICATION_TYPES.index("Portal" if c == PORTAL else "Channel"),
                "JobAdUrl": None,
                "ApplyUrl": None,
            }
            for c in PUBLICATION_CHANNELS
        ],
        "ApplicationStatuses": list(APPLICATION_STATUSES),
    }


def wire_field(definition: dict[str, Any]) -> dict[str, Any]:
    """A CustomFieldResponse as sent: ``Type`` and ``Target`` as their enum integers (V)."""
    return {
        **definition,
        "Type": FIELD_TYPES.index(definition["Type"]),
        "Target": FIELD_TARGETS.index(definition["Target"]),
    }


def custom_value(definition: dict[str, Any], raw: str | list[str] | None) -> dict[str, Any]:
    """A CustomFieldValueResponse (V): the definition, the formatted ``Value`` and one typed value."""
    kind = definition["Type"]
    typed: dict[str, Any] = {"BoolValue": None, "DateValue": None, "StringValue": None, "NumberValue": None}
    if kind == "CheckBox":
        flag = str(raw).lower() == "true"
        typed["BoolValue"] = flag
        text = "Tak" if flag else "Nie"
    elif kind == "CheckboxList":
        values = raw if isinstance(raw, list) else [v for v in str(raw or "").split("|") if v]
        typed["StringValue"] = "|".join(values)
        text = ", ".join(values)
    elif kind == "Date":
        typed["DateValue"] = raw
        text = str(raw or "")[:10]
    else:
        typed["StringValue"] = raw
        text = str(raw or "")
    return {"CustomField": wire_field(definition), "Value": text, **typed}


def _job(
    rng: random.Random,
    job_id: int,
    template: tuple[str, str, str, str, str | None],
    status: str,
    people: PeopleFactory,
) -> dict[str, Any]:
    title, profile, level, occupation, questionnaire = template
    place = people.place(MARKET)
    owner = people.person(MARKET, email_domain="bursztyn-software.pl")
    created = _moment(rng, 400)
    online = None if status == "Draft" else created + timedelta(days=rng.randint(1, 10))
    updated = _moment(rng, 0, after=online or created)
    publications = []
    if online is not None:
        channels = rng.sample(PUBLICATION_CHANNELS, rng.choice((0, 1, 1, 2, 2, 3)))
        for channel in channels:
            slug = slugify(title)
            if channel == "Strona kariery":
                ad = f"https://kariera.bursztyn-software.pl/oferty/{job_id}-{slug}"
            elif channel == "pracuj.pl":
                ad = f"https://www.pracuj.pl/praca/{slug},oferta,{1000000000 + job_id * 7919}"
            elif channel == "LinkedIn":
                ad = f"https://www.linkedin.com/jobs/view/{3900000000 + job_id * 104729}"
            else:
                ad = f"https://justjoin.it/job-offer/bursztyn-software-{slug}"
            publications.append(
                {
                    "Name": channel,
                    "Account": "bursztyn-software",
                    "Channel": CHANNEL_IDS.get(channel),
                    "Partner": None if channel == PORTAL else channel,
                    "PublicationDate": online,
                    "ExpirationDate": online + timedelta(days=30) if status != "Open" else None,
                    "Type": "Portal" if channel == "Strona kariery" else "Channel",
                    # A job boards' own listing URL; the career site publication sometimes carries none
                    # (the portal builds it, VENDOR.md "Mapping": post_url).
                    "JobAdUrl": None if channel == "Strona kariery" and rng.random() < 0.3 else ad,
                    "ApplyUrl": f"https://kariera.bursztyn-software.pl/aplikuj/{job_id}",
                }
            )
    custom = [
        custom_value(FIELDS_BY_NAME["centrum_kosztow"], f"MPK-{rng.randint(100, 999)}"),
        custom_value(FIELDS_BY_NAME["tryb_pracy_oferty"], rng.choice(["Stacjonarna", "Hybrydowa", "Zdalna"])),
    ]
    if rng.random() < 0.4:
        custom.append(custom_value(FIELDS_BY_NAME["rekrutacja_pilna"], "true"))
    blocks = (
        f"<p>Do naszego zespołu w mieście {place.city} poszukujemy osoby na stanowisko {title}.</p>",
        "<ul><li>realizacja zadań zgodnie z harmonogramem</li><li>współpraca z zespołem</li></ul>",
        "<ul><li>doświadczenie na podobnym stanowisku</li><li>komunikatywność</li></ul>",
        "<ul><li>stabilne zatrudnienie</li><li>prywatna opieka medyczna</li><li>karta sportowa</li></ul>",
    )
    headers = ("O firmie", "Twoje zadania", "Nasze wymagania", "Oferujemy")
    return {
        "id": str(job_id),
        "Id": job_id,
        "MandatorId": MANDATOR_ID,
        "InternalName": f"{title} ({place.city})",
        "InternalLocation": place.city,
        "Status": status,
        "Latitude": place.lat,
        "Longitude": place.lng,
        "UserFirstName": owner.first_name,
        "UserLastName": owner.last_name,
        "UserFullName": owner.full_name,
        "UserEmail": owner.email,
        "UserPhone": owner.phone,
        "UserGender": "Female" if owner.gender == "female" else "Male",
        "CreationDate": created,
        "UpdateDate": updated,
        "OnlineDate": online,
        "OnlineDateCorrected": online,
        "ExpirationDate": None if status in ("Open", "Draft") else updated,
        "JobProfiles": [profile],
        "Regions": [place.region],
        "OccupationTypes": [occupation],
        "CareerLevels": [level],
        "Tags": [profile.lower()],
        "CustomFields": custom,
        "PublishedOn": publications,
        "AvailableCultures": [CULTURE],
        "Culture": CULTURE,
        "Title": title,
        "SubTitle": f"{place.city}, {place.region}",
        "Location": place.city,
        "CompanyDescription": (
            "Bursztyn Software S.A. tworzy oprogramowanie dla logistyki i handlu od 2004 roku."
        ),
        "Html": "".join(f"<h3>{h}</h3>{b}" for h, b in zip(headers, blocks, strict=True)),
        **{f"Block{i + 1}": b for i, b in enumerate(blocks)},
        **{f"HeaderBlock{i + 1}": h for i, h in enumerate(headers)},
        "TemplateName": "Standard PL",
        "HasQuestionnaire": questionnaire is not None,
        "GeoLocationName": f"{place.city}, {place.region}, {place.country}",
        "CompanyLocationName": place.city,
        "CustomerId": None,
        "CustomerName": None,
        "_questionnaire": questionnaire,
    }


def _answers(rng: random.Random, questionnaire: str | None) -> dict[str, Any]:
    """Custom-field values an applicant gave in a job's questionnaire, preconditions respected."""
    values: dict[str, Any] = {}
    if questionnaire is None:
        return values
    for item in QUESTIONNAIRES[questionnaire]["Items"]:
        name = item.get("Field")
        if not name or (not item["IsRequired"] and rng.random() < 0.4):
            continue
        pre = item.get("Precondition")
        if pre and str(values.get(pre["CustomFieldName"])) not in pre["Values"]:
            continue
        kind = FIELDS_BY_NAME[name]["Type"]
        if kind == "CheckBox":
            values[name] = "true" if rng.random() < 0.75 else "false"
        elif kind == "DropdownList":
            values[name] = rng.choice(FIELDS_BY_NAME[name]["PossibleValues"])
        elif kind == "CheckboxList":
            values[name] = rng.sample(_TECH, rng.randint(1, 3))
        elif kind == "Date":
            values[name] = (ANCHOR + timedelta(days=rng.randint(60, 900))).strftime("%Y-%m-%dT00:00:00")
        elif name == "portfolio":
            values[name] = f"https://github.com/dev{rng.randint(100, 9999)}"
        else:
            values[name] = "Mogę pracować z biura dwa dni w tygodniu, najlepiej we wtorki i czwartki."
    return values


def generate(seed: int, size: str) -> SeedData:
    """The whole seed for ``size`` (tiny | small | large), the same for the same seed."""
    rng = random.Random(f"erecruiter:{seed}")
    people = PeopleFactory(rng, shared_for(seed, "erecruiter"))
    counts = SIZES[size]
    data = SeedData(mandator=mandator())
    statuses = [s for s, _ in _STATUS_WEIGHTS]
    weights = [w for _, w in _STATUS_WEIGHTS]
    for index in range(counts["jobs"]):
        template = JOB_TEMPLATES[index % len(JOB_TEMPLATES)]
        # The first jobs are open and carry each questionnaire, so even "tiny" has them all.
        status = "Open" if index < 3 else ("Draft" if index == 3 else rng.choices(statuses, weights)[0])
        data.jobs.append(_job(rng, 1201 + index, template, status, people))
    appable = [j for j in data.jobs if j["Status"] != "Draft"]
    market = MARKETS[MARKET]
    next_application = 88001
    next_document = 230001
    next_history = 510001
    filled: set[str] = set()
    for index in range(counts["applicants"]):
        applicant_id = 55001 + index
        person = people.candidate(MARKET, index)
        created = _moment(rng, 380)
        by_applicant = _moment(rng, 0, after=created)
        by_user = _moment(rng, 0, after=created)
        jobs = rng.sample(appable, min(len(appable), rng.choice((1, 1, 1, 2, 2, 3))))
        custom: dict[str, Any] = {}
        for job in jobs:
            custom.update(_answers(rng, job["_questionnaire"]))
        profiles = []
        if rng.random() < 0.55:
            handle = f"{slugify(person.first_name)}-{slugify(person.last_name)}-{rng.randint(10, 999)}"
            profiles.append(
                {
                    "ThirdParty": "LinkedIn",
                    "Identifier": handle,
                    "Url": f"https://www.linkedin.com/in/{handle}",
                }
            )
        if rng.random() < 0.1:
            handle = f"{person.first_name}_{person.last_name}".replace(" ", "")
            profiles.append(
                {
                    "ThirdParty": "Xing",
                    "Identifier": handle,
                    "Url": f"https://www.xing.com/profile/{slugify(handle)}",
                }
            )
        referrer = rng.choice(REFERRERS)[0]
        salary = rng.choice((None, 6500, 8000, 9500, 12000, 15000, 18000, 22000, 26000))
        begin = ANCHOR + timedelta(days=rng.randint(7, 120))
        has_cv = rng.random() < 0.85
        applicant = {
            "id": str(applicant_id),
            "Id": applicant_id,
            "DateOfCreation": created,
            "DateOfUpdateByUser": by_user,
            "DateOfUpdateByApplicant": by_applicant,
            "FirstName": person.first_name,
            "LastName": person.last_name,
            "Email": person.email,
            "Gender": "Female" if person.gender == "female" else "Male",
            "TitleBeforeName": rng.choice((None, None, None, "inż.", "mgr", "mgr inż.")),
            "TitleAfterName": None,
            "BirthDate": None,
            "Street": people.street_address(MARKET)
            + (f"/{rng.randint(1, 40)}" if rng.random() < 0.5 else ""),
            "City": person.place.city,
            "ZipCode": f"{person.place.postal_code[:2]}-{rng.randint(0, 999):03d}",
            "Country": rng.choice((market.country,) * 9 + ("Ukraina",)),
            "Citizenship": market.country,
            "Phone": person.phone if rng.random() < 0.5 else None,
            "MobilePhone": people.phone(MARKET),
            "Url": f"https://{slugify(person.last_name)}.dev" if rng.random() < 0.15 else None,
            "IsActive": True,
            "EnableNewsletter": rng.random() < 0.3,
            "EnableMatchingJobsAutoMail": rng.random() < 0.2,
            "Tags": sorted(
                rng.sample(
                    ("java", "talent-pool", "relokacja", "senior", "ukraiński", "b2b"),
                    rng.choice((0, 0, 1, 2)),
                )
            ),
            "JobProfiles": sorted({j["JobProfiles"][0] for j in jobs}),
            "Regions": [person.place.region],
            "CareerLevel": rng.choice(CAREER_LEVELS),
            "Location": person.place.city,
            "Salary": salary,
            "SalaryNotes": "brutto, do negocjacji" if salary and rng.random() < 0.3 else None,
            "SalaryCurrency": "PLN" if salary else None,
            "SalaryPeriod": "Monthly" if salary else None,
            "EarliestPossibleBeginDate": {
                "Year": begin.year,
                "Month": begin.month,
                "Day": begin.day,
                "IsRelativeDate": False,
            },
            "IsWillingToMove": rng.choice((None, True, False)),
            "Referrer": referrer,
            "ReferrerAdditionalInfo": None,
            "Classification": None,
            "ImportantInfo": None,
            "SelfDescription": rng.choice(_SELF) if rng.random() < 0.4 else None,
            "JobDescription": None,
            "Culture": CULTURE,
            "GlobalId": 900000000 + applicant_id,
            "ExternalId": None,
            "IsLocked": False,
            "PolicyAcceptedAt": created,
            "ThirdPartyProfiles": profiles,
            "_cf": custom,
            # The file is made when it is read (connectors.sandbox.files): 100k applicants cost no PDFs.
            "_cv": {"FileExtension": ".pdf", "Content": None, "_name": person.full_name} if has_cv else None,
        }
        data.applicants.append(applicant)
        for job in jobs:
            status = rng.choice(_OPEN_STATUSES + ("Odrzucony", "Odrzucony", "Rezygnacja kandydata"))
            if job["Status"] in ("Engaged", "Repositioned", "Cancelled") and status in _OPEN_STATUSES:
                # A closed job's applicants were all answered; the one who got an Engaged job is hired.
                status = "Odrzucony"
                if job["Status"] == "Engaged" and job["id"] not in filled:
                    status = "Zatrudniony"
                    filled.add(job["id"])
            visible = status not in ("Weryfikacja CV",)
            data.applications.append(
                {
                    "id": str(next_application),
                    "Id": next_application,
                    "ApplicantId": applicant_id,
                    "JobId": job["Id"],
                    "Status": status,
                    "StatusForApplicant": _STATUS_FOR_APPLICANT.get(status, "W trakcie rozpatrywania"),
                    "StatusForContact": status,
                    "IsVisibleToApplicant": visible,
                    "IsVisibleToContact": True,
                    "Referrer": referrer,
                    "ReferrerAdditionalInfo": f"Oferta {1000000000 + job['Id'] * 7919}"
                    if referrer == "pracuj.pl"
                    else None,
                    "CoverLetter": None,
                    "AvailableActivities": [
                        {
                            "Name": "Zaproś na rozmowę",
                            "NameForApplicant": None,
                            "NameForContact": None,
                            "IsVisibleToApplicant": False,
                            "AvailableToContact": "None",
                        }
                    ]
                    if status in _OPEN_STATUSES
                    else [],
                }
            )
            next_application += 1
        if rng.random() < 0.35:
            kind = rng.choice(DOCUMENT_TYPES[1:])
            data.documents.append(
                {
                    "id": str(next_document),
                    "Id": next_document,
                    "_applicant": str(applicant_id),
                    "Name": f"{kind.replace(' ', '_')}_{person.last_name}",
                    "FileExtension": ".pdf",
                    "Type": kind,
                    "IsPublic": False,
                    "Content": None,
                    "_lines": [kind, person.full_name],
                }
            )
            next_document += 1
        if rng.random() < 0.3:
            data.history.append(
                {
                    "id": str(next_history),
                    "_applicant": str(applicant_id),
                    "JobId": jobs[0]["Id"],
                    "Subject": "Rozmowa telefoniczna",
                    "Body": "Kandydat zainteresowany, umówiono spotkanie.",
                    "Type": "Manual",
                    "CreatedBy": "Anna Nowak",
                    "CreatedOn": by_user,
                }
            )
            next_history += 1
    data.policies = [
        {
            "Id": 3,
            "Text": "Wyrażam zgodę na przetwarzanie moich danych osobowych w celu rekrutacji.",
            "CreatedOn": ANCHOR - timedelta(days=900),
            "Type": "Consent",
        },
        {
            "Id": 4,
            "Text": "Klauzula informacyjna RODO dla kandydatów.",
            "CreatedOn": ANCHOR - timedelta(days=900),
            "Type": "Information",
        },
    ]
    for records in (
        data.jobs,
        data.applicants,
        data.applications,
        data.documents,
        data.history,
        data.policies,
    ):
        records[:] = [_plain(r) for r in records]
    return data


def stamp(moment: datetime) -> str:
    """How the store keeps a time: ISO-8601 UTC with microseconds (``sandbox.py`` renders the wire form)."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _plain(value: Any) -> Any:
    """Datetimes as stored strings, so every record stays JSON (the control API serves them as they are)."""
    if isinstance(value, datetime):
        return stamp(value)
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value
