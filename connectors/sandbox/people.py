"""Seeded, realistic people, company and place data for the vendor sandboxes.

Four markets match the vendors' home markets (SmartRecruiters: global, CareerPlug: US, Carerix: NL,
eRecruiter: PL, RECRU: DE). Names keep their diacritics (Jürgen Weiß, Łukasz Wiśniewski, Chloë de
Vries) so every layer of the app is exercised with non-ASCII text. Polish surnames are gendered
(Kowalski / Kowalska), as they are in real Polish data.

Everything is drawn from a caller-supplied ``random.Random`` so a seed always gives the same data;
nothing here reads the clock or the network. Vendor-neutral: vendor seed generators build their own
record shapes from these values. ``shared_for`` gives each vendor's sandbox part of a pool of people
drawn from the seed alone, so sandboxes started with the same seed have some candidates in common.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass

MARKET_CODES: tuple[str, ...] = ("en-US", "de-DE", "nl-NL", "pl-PL")


@dataclass(frozen=True, slots=True)
class Place:
    """A city with the fields ATS location objects use."""

    city: str
    region: str
    region_code: str
    country: str
    country_code: str  # ISO 3166-1 alpha-2, lower case as SmartRecruiters sends it
    postal_code: str
    lat: float
    lng: float
    market: str


@dataclass(frozen=True, slots=True)
class Market:
    """Name, place and company pools for one market."""

    code: str
    language: str
    country: str
    country_code: str
    currency: str
    first_names_female: tuple[str, ...]
    first_names_male: tuple[str, ...]
    last_names: tuple[str, ...]
    places: tuple[Place, ...]
    streets: tuple[str, ...]
    companies: tuple[str, ...]
    email_domains: tuple[str, ...]
    universities: tuple[str, ...]
    phone: Callable[[random.Random], str]


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


def _digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def _phone_us(rng: random.Random) -> str:
    # 555-01xx is the range reserved for fiction, so demo numbers never reach a real person.
    return (
        f"+1 {rng.choice(('212', '312', '415', '512', '617', '206', '303', '404'))} 555 01{_digits(rng, 2)}"
    )


def _phone_de(rng: random.Random) -> str:
    return f"+49 {rng.choice(('151', '152', '160', '170', '171', '176'))} {_digits(rng, 8)}"


def _phone_nl(rng: random.Random) -> str:
    return f"+31 6 {_digits(rng, 8)}"


def _phone_pl(rng: random.Random) -> str:
    prefix = rng.choice(("501", "512", "600", "601", "691", "730", "790"))
    return f"+48 {prefix} {_digits(rng, 3)} {_digits(rng, 3)}"


def _places(
    market: str, country: str, cc: str, rows: Sequence[tuple[str, str, str, str, float, float]]
) -> tuple[Place, ...]:
    return tuple(Place(c, r, rc, country, cc, pc, lat, lng, market) for c, r, rc, pc, lat, lng in rows)


MARKETS: dict[str, Market] = {
    "en-US": Market(
        code="en-US",
        language="en",
        country="United States",
        country_code="us",
        currency="USD",
        first_names_female=(
            "Emily",
            "Olivia",
            "Sophia",
            "Madison",
            "Ava",
            "Abigail",
            "Chloe",
            "Grace",
            "Hannah",
            "Natalie",
            "Samantha",
            "Zoe",
            "Brianna",
            "Aaliyah",
            "Maya",
            "Renée",
            "Chloé",
            "Lauren",
            "Jasmine",
            "Megan",
        ),
        first_names_male=(
            "James",
            "Michael",
            "Ethan",
            "Noah",
            "Liam",
            "Benjamin",
            "Daniel",
            "Tyler",
            "Jacob",
            "Logan",
            "Marcus",
            "Andrew",
            "José",
            "Kevin",
            "Jordan",
            "Brandon",
            "Christopher",
            "Ryan",
            "Nathan",
            "Isaiah",
        ),
        last_names=(
            "Smith",
            "Johnson",
            "Williams",
            "Brown",
            "Jones",
            "Garcia",
            "Miller",
            "Davis",
            "Rodriguez",
            "Martinez",
            "Hernández",
            "Lopez",
            "Wilson",
            "Anderson",
            "Thomas",
            "Taylor",
            "Moore",
            "Jackson",
            "Martin",
            "Lee",
            "Thompson",
            "White",
            "Harris",
            "Clark",
            "Lewis",
            "Robinson",
            "Walker",
            "Young",
            "O'Connor",
            "Nguyen",
            "Patel",
            "Kim",
            "Sullivan",
            "Brooks",
            "Peña",
        ),
        places=_places(
            "en-US",
            "United States",
            "us",
            (
                ("New York", "New York", "NY", "10001", 40.7128, -74.0060),
                ("San Francisco", "California", "CA", "94103", 37.7749, -122.4194),
                ("Austin", "Texas", "TX", "78701", 30.2672, -97.7431),
                ("Chicago", "Illinois", "IL", "60601", 41.8781, -87.6298),
                ("Boston", "Massachusetts", "MA", "02108", 42.3601, -71.0589),
                ("Seattle", "Washington", "WA", "98101", 47.6062, -122.3321),
                ("Denver", "Colorado", "CO", "80202", 39.7392, -104.9903),
                ("Atlanta", "Georgia", "GA", "30303", 33.7490, -84.3880),
                ("Raleigh", "North Carolina", "NC", "27601", 35.7796, -78.6382),
                ("San José", "California", "CA", "95113", 37.3382, -121.8863),
            ),
        ),
        streets=(
            "Main Street",
            "Oak Avenue",
            "Market Street",
            "Maple Drive",
            "Pine Street",
            "Broadway",
            "Lakeview Road",
            "Elm Street",
            "Park Avenue",
            "Sunset Boulevard",
        ),
        companies=(
            "Acme Analytics",
            "Brightline Health",
            "Cobalt Logistics",
            "Summit Retail Group",
            "Northwind Traders",
            "Pioneer Software",
            "Redwood Financial",
            "Bluebird Media",
            "Harbor Freight Systems",
            "Keystone Energy",
            "Evergreen Labs",
            "Vertex Robotics",
        ),
        email_domains=("gmail.com", "outlook.com", "yahoo.com", "icloud.com", "hotmail.com"),
        universities=(
            "University of Texas at Austin",
            "University of Michigan",
            "Georgia Institute of Technology",
            "University of Washington",
            "Boston University",
            "Ohio State University",
        ),
        phone=_phone_us,
    ),
    "de-DE": Market(
        code="de-DE",
        language="de",
        country="Deutschland",
        country_code="de",
        currency="EUR",
        first_names_female=(
            "Anna",
            "Lea",
            "Lena",
            "Hannah",
            "Sophie",
            "Marie",
            "Jülide",
            "Katharina",
            "Jana",
            "Johanna",
            "Franziska",
            "Gülşen",
            "Sabine",
            "Ursula",
            "Birgit",
            "Käthe",
            "Anja",
            "Svenja",
            "Clara",
            "Mia",
        ),
        first_names_male=(
            "Jürgen",
            "Lukas",
            "Maximilian",
            "Jonas",
            "Felix",
            "Leon",
            "Tobias",
            "Sebastian",
            "Björn",
            "Jörg",
            "Matthias",
            "Florian",
            "Stefan",
            "Uwe",
            "Dominik",
            "Sören",
            "Niklas",
            "Moritz",
            "Paul",
            "Günther",
        ),
        last_names=(
            "Müller",
            "Schmidt",
            "Schneider",
            "Fischer",
            "Weber",
            "Meyer",
            "Wagner",
            "Becker",
            "Schulz",
            "Hoffmann",
            "Schäfer",
            "Koch",
            "Bauer",
            "Richter",
            "Klein",
            "Wolf",
            "Schröder",
            "Neumann",
            "Schwarz",
            "Zimmermann",
            "Braun",
            "Krüger",
            "Hofmann",
            "Hartmann",
            "Lange",
            "Weiß",
            "Groß",
            "Köhler",
            "Böhm",
            "Jäger",
            "Vogel",
            "Günther",
            "Ströbele",
            "Öztürk",
            "Yılmaz",
        ),
        places=_places(
            "de-DE",
            "Deutschland",
            "de",
            (
                ("Berlin", "Berlin", "BE", "10115", 52.5200, 13.4050),
                ("München", "Bayern", "BY", "80331", 48.1351, 11.5820),
                ("Hamburg", "Hamburg", "HH", "20095", 53.5511, 9.9937),
                ("Köln", "Nordrhein-Westfalen", "NW", "50667", 50.9375, 6.9603),
                ("Frankfurt am Main", "Hessen", "HE", "60311", 50.1109, 8.6821),
                ("Stuttgart", "Baden-Württemberg", "BW", "70173", 48.7758, 9.1829),
                ("Düsseldorf", "Nordrhein-Westfalen", "NW", "40213", 51.2277, 6.7735),
                ("Leipzig", "Sachsen", "SN", "04109", 51.3397, 12.3731),
                ("Nürnberg", "Bayern", "BY", "90402", 49.4521, 11.0767),
                ("Lübeck", "Schleswig-Holstein", "SH", "23552", 53.8655, 10.6866),
            ),
        ),
        streets=(
            "Hauptstraße",
            "Schillerstraße",
            "Goethestraße",
            "Bahnhofstraße",
            "Lindenallee",
            "Königstraße",
            "Mühlenweg",
            "Gartenstraße",
            "Friedrichstraße",
            "Am Schloßpark",
        ),
        companies=(
            "Müller & Söhne GmbH",
            "Nordlicht Software AG",
            "Bäckerei Köhler KG",
            "Rheinwerk Logistik GmbH",
            "Schwarzwald Präzision GmbH",
            "Isar Digital GmbH",
            "Hanse Versicherungen AG",
            "Grünwerk Energie GmbH",
            "Spreeblick Medien GmbH",
            "Alpen Maschinenbau AG",
        ),
        email_domains=("web.de", "gmx.de", "t-online.de", "gmail.com", "posteo.de", "outlook.de"),
        universities=(
            "Technische Universität München",
            "Humboldt-Universität zu Berlin",
            "Universität zu Köln",
            "Ludwig-Maximilians-Universität München",
            "Universität Hamburg",
            "Karlsruher Institut für Technologie",
        ),
        phone=_phone_de,
    ),
    "nl-NL": Market(
        code="nl-NL",
        language="nl",
        country="Nederland",
        country_code="nl",
        currency="EUR",
        first_names_female=(
            "Emma",
            "Sanne",
            "Lotte",
            "Fleur",
            "Anouk",
            "Femke",
            "Chloë",
            "Noëlle",
            "Marieke",
            "Inge",
            "Sophie",
            "Julia",
            "Eline",
            "Lieke",
            "Maud",
            "Esmée",
            "Roos",
            "Iris",
            "Tess",
            "Anna",
        ),
        first_names_male=(
            "Daan",
            "Sem",
            "Lucas",
            "Thijs",
            "Bram",
            "Jesse",
            "Ruben",
            "Joost",
            "Sven",
            "Pieter",
            "Koen",
            "Wouter",
            "Niels",
            "Stijn",
            "Gijs",
            "Joël",
            "IJsbrand",
            "Maarten",
            "Teun",
            "Jeroen",
        ),
        last_names=(
            "de Jong",
            "Jansen",
            "de Vries",
            "van den Berg",
            "van Dijk",
            "Bakker",
            "Janssen",
            "Visser",
            "Smit",
            "Meijer",
            "de Boer",
            "Mulder",
            "de Groot",
            "Bos",
            "Vos",
            "Peters",
            "Hendriks",
            "van Leeuwen",
            "Dekker",
            "Brouwer",
            "de Wit",
            "Dijkstra",
            "Smits",
            "de Graaf",
            "van der Meer",
            "van der Linden",
            "Kok",
            "Jacobs",
            "Vermeulen",
            "Huisman",
            "van 't Hof",
            "Schoenmaekers",
            "IJzerman",
            "Doğan",
        ),
        places=_places(
            "nl-NL",
            "Nederland",
            "nl",
            (
                ("Amsterdam", "Noord-Holland", "NH", "1012 AB", 52.3676, 4.9041),
                ("Rotterdam", "Zuid-Holland", "ZH", "3011 AD", 51.9244, 4.4777),
                ("Utrecht", "Utrecht", "UT", "3511 AX", 52.0907, 5.1214),
                ("Den Haag", "Zuid-Holland", "ZH", "2511 BT", 52.0705, 4.3007),
                ("Eindhoven", "Noord-Brabant", "NB", "5611 AZ", 51.4416, 5.4697),
                ("Groningen", "Groningen", "GR", "9711 LM", 53.2194, 6.5665),
                ("Tilburg", "Noord-Brabant", "NB", "5038 CB", 51.5555, 5.0913),
                ("Nijmegen", "Gelderland", "GE", "6511 KH", 51.8126, 5.8372),
                ("Haarlem", "Noord-Holland", "NH", "2011 VB", 52.3874, 4.6462),
                ("'s-Hertogenbosch", "Noord-Brabant", "NB", "5211 JV", 51.6978, 5.3037),
            ),
        ),
        streets=(
            "Kerkstraat",
            "Dorpsstraat",
            "Stationsweg",
            "Molenweg",
            "Prinsengracht",
            "Keizersgracht",
            "Wilhelminastraat",
            "Julianalaan",
            "Beatrixlaan",
            "Zeeweg",
        ),
        companies=(
            "Oranje Logistiek B.V.",
            "Tulp Digitaal B.V.",
            "Dijkstra & Zonen B.V.",
            "Polder Energie N.V.",
            "Grachtenhuis Media B.V.",
            "Noordzee Techniek B.V.",
            "Van der Meer Bouw B.V.",
            "Molenaar Zorggroep",
            "Hollandse Vastgoed B.V.",
            "Zuidas Consultancy B.V.",
        ),
        email_domains=("gmail.com", "ziggo.nl", "kpnmail.nl", "hotmail.nl", "outlook.com", "xs4all.nl"),
        universities=(
            "Universiteit van Amsterdam",
            "Technische Universiteit Delft",
            "Universiteit Utrecht",
            "Rijksuniversiteit Groningen",
            "Erasmus Universiteit Rotterdam",
            "Technische Universiteit Eindhoven",
        ),
        phone=_phone_nl,
    ),
    "pl-PL": Market(
        code="pl-PL",
        language="pl",
        country="Polska",
        country_code="pl",
        currency="PLN",
        first_names_female=(
            "Anna",
            "Małgorzata",
            "Zofia",
            "Agnieszka",
            "Katarzyna",
            "Joanna",
            "Magdalena",
            "Ewa",
            "Aleksandra",
            "Dorota",
            "Barbara",
            "Łucja",
            "Jadwiga",
            "Halina",
            "Weronika",
            "Natalia",
            "Bożena",
            "Grażyna",
            "Kinga",
            "Żaneta",
        ),
        first_names_male=(
            "Łukasz",
            "Wojciech",
            "Paweł",
            "Krzysztof",
            "Grzegorz",
            "Piotr",
            "Tomasz",
            "Michał",
            "Jakub",
            "Marcin",
            "Jarosław",
            "Mikołaj",
            "Maciej",
            "Bartłomiej",
            "Przemysław",
            "Zbigniew",
            "Kacper",
            "Szymon",
            "Rafał",
            "Andrzej",
        ),
        # Masculine forms; -ski/-cki/-dzki take -ska/-cka/-dzka for women (see _gendered_surname).
        last_names=(
            "Nowak",
            "Kowalski",
            "Wiśniewski",
            "Wójcik",
            "Kowalczyk",
            "Kamiński",
            "Lewandowski",
            "Zieliński",
            "Szymański",
            "Woźniak",
            "Dąbrowski",
            "Kozłowski",
            "Jankowski",
            "Mazur",
            "Kwiatkowski",
            "Krawczyk",
            "Piotrowski",
            "Grabowski",
            "Nowakowski",
            "Pawłowski",
            "Michalski",
            "Król",
            "Wieczorek",
            "Jabłoński",
            "Wróbel",
            "Nowicki",
            "Majewski",
            "Olszewski",
            "Stępień",
            "Jaworski",
            "Malinowski",
            "Górski",
            "Sikora",
            "Witkowski",
            "Ślusarczyk",
            "Gołębiowski",
            "Zając",
        ),
        places=_places(
            "pl-PL",
            "Polska",
            "pl",
            (
                ("Warszawa", "Mazowieckie", "MZ", "00-001", 52.2297, 21.0122),
                ("Kraków", "Małopolskie", "MA", "30-001", 50.0647, 19.9450),
                ("Wrocław", "Dolnośląskie", "DS", "50-001", 51.1079, 17.0385),
                ("Poznań", "Wielkopolskie", "WP", "60-001", 52.4064, 16.9252),
                ("Gdańsk", "Pomorskie", "PM", "80-001", 54.3520, 18.6466),
                ("Łódź", "Łódzkie", "LD", "90-001", 51.7592, 19.4560),
                ("Katowice", "Śląskie", "SL", "40-001", 50.2649, 19.0238),
                ("Lublin", "Lubelskie", "LU", "20-001", 51.2465, 22.5684),
                ("Szczecin", "Zachodniopomorskie", "ZP", "70-001", 53.4285, 14.5528),
                ("Białystok", "Podlaskie", "PD", "15-001", 53.1325, 23.1688),
            ),
        ),
        streets=(
            "ul. Marszałkowska",
            "ul. Piotrkowska",
            "ul. Długa",
            "ul. Mickiewicza",
            "ul. Słowackiego",
            "ul. Kościuszki",
            "ul. Żeromskiego",
            "al. Jerozolimskie",
            "ul. Świętojańska",
            "ul. Grunwaldzka",
        ),
        companies=(
            "Wisła Logistyka Sp. z o.o.",
            "Bursztyn Software S.A.",
            "Zakłady Mięsne Łuków",
            "Tatry Energia Sp. z o.o.",
            "Polskie Systemy Płatności S.A.",
            "Kraków Digital Sp. z o.o.",
            "Mazowsze Budownictwo S.A.",
            "Gdańska Stocznia Jachtowa",
            "Śląska Grupa Przemysłowa",
            "Żubr Consulting Sp. z o.o.",
        ),
        email_domains=("wp.pl", "onet.pl", "o2.pl", "gmail.com", "interia.pl", "op.pl"),
        universities=(
            "Uniwersytet Warszawski",
            "Uniwersytet Jagielloński",
            "Politechnika Warszawska",
            "Politechnika Wrocławska",
            "Akademia Górniczo-Hutnicza",
            "Uniwersytet im. Adama Mickiewicza",
        ),
        phone=_phone_pl,
    ),
}

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
