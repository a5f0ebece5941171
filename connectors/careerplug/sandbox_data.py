"""Seed data for the CareerPlug sandbox: a deterministic US franchise business hiring hourly staff.

Shapes follow ``VENDOR.md`` and CareerPlug's spec (``../shared/ats-apis/careerplug/swagger_doc.json``);
the inner shape of prescreen questions is the sandbox's own (VENDOR.md "Inner shapes", U).

Internal records are the wire objects with string ids (the store keys on strings; responses turn
them back into integers, except ``Location.id`` which is a string on the wire too) plus link fields
the wire never shows (``job_id``, ``owner_id``, ``*_ms`` epoch milliseconds). ``sandbox.py`` renders.

Consistency rules the generator keeps (what a sync relies on, as on the real vendor):
- app ids ascend with ``applied_at``; an app's ``last_acted_on_at`` is ≥ its ``applied_at`` and equals
  it while nobody acted (``new_app``, VENDOR.md U); nothing is later than ``ANCHOR_MS``;
- apps exist only on jobs that were open (``active``, ``passive``, ``inactive`` before it closed) at
  ``applied_at``; ``hiring_step`` is null exactly for ``new_app`` and for some ``inactive`` apps
  declined before any step; ``hired`` apps have ``hired_at`` and a ``start_date``;
- a person's applicant data is one object shared by all their apps (a returning applicant's
  profile is pre-filled, U), and a person applies again only after their previous app was last
  acted on ("re-applicants"), so their newest app is also their most recently acted-on one;
- e-mails are unique per person; prescreen answers respect each question's options and precondition.

Generation is one pass with ``random.Random(seed)``; the clock is never read. "large" (≥100,000
apps) takes a few seconds: shared sub-objects (answers, applicant blocks) keep memory and time down.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any

from connectors.sandbox.people import MARKETS, PeopleFactory, Place, shared_for
from connectors.sandbox.store import paused_gc

# Everything happens before this instant (2026-11-01T00:00:00Z); writes against a running sandbox are
# stamped max(real clock, anchor) so they sort after the seed.
ANCHOR_MS = 1_793_491_200_000
HOUR_MS = 3_600_000
DAY_MS = 86_400_000
MARKET = "en-US"  # CareerPlug serves US small businesses (shared §1)

#: The ``SIZES`` count that is the candidates (``sandbox serve --candidates N``: connectors.sandbox.sizes).
CANDIDATE_COUNT = "people"
SIZES: dict[str, dict[str, int]] = {
    "tiny": {"locations": 2, "users": 5, "jobs": 5, "people": 12},
    "small": {"locations": 6, "users": 14, "jobs": 24, "people": 220},
    "large": {"locations": 250, "users": 420, "jobs": 2500, "people": 78_000},
}

# Spec enums (V): Job.status, App.hiring_status, User.role.
JOB_STATUSES = ("draft", "active", "inactive", "passive", "incompatible", "waiting", "rejected")
HIRING_STATUSES = ("new_app", "in_process", "hired", "inactive")
USER_ROLES = ("owner", "recruiter_admin", "recruiter", "employee")
# Jobs an applicant can be on: they are or were published.
APPABLE = frozenset({"active", "passive", "inactive"})
_JOB_STATUS_WEIGHTS = (
    ("active", 0.55),
    ("inactive", 0.25),
    ("passive", 0.06),
    ("draft", 0.06),
    ("waiting", 0.04),
    ("rejected", 0.02),
    ("incompatible", 0.02),
)

# Account-wide hiring steps (VENDOR.md U), in pipeline order.
HIRING_STEPS: tuple[tuple[str, str], ...] = (
    ("40211", "Phone Screen"),
    ("40212", "Interview"),
    ("40213", "Working Interview"),
    ("40214", "Background Check"),
    ("40215", "Offer"),
)
# Where applicants come from (source_name) and the ids POST /apps may name as source_id (U).
SOURCES: tuple[tuple[str, str, float], ...] = (
    ("11", "Indeed", 0.38),
    ("12", "CareerPlug Careers Page", 0.22),
    ("13", "ZipRecruiter", 0.12),
    ("14", "Facebook", 0.1),
    ("15", "Employee Referral", 0.08),
    ("16", "Walk-in", 0.05),
    ("17", "Google for Jobs", 0.05),
)
EMPLOYMENTS: tuple[tuple[str, str], ...] = (
    ("301", "Full Time"),
    ("302", "Part Time"),
    ("303", "Seasonal"),
    ("304", "Temporary"),
    ("305", "Internship"),
)


@dataclass(frozen=True)
class Title:
    name: str
    department: str
    pay: tuple[float, float]  # US dollars per hour
    #: employment ids with weights
    employment: tuple[tuple[str, float], ...]
    #: job-specific library questions (keys of QUESTIONS) this role asks
    questions: tuple[str, ...] = ()


@dataclass(frozen=True)
class Company:
    name: str
    slug: str
    domain: str
    brands: tuple[str, ...]
    departments: tuple[str, ...]
    titles: tuple[Title, ...]
    duties: tuple[str, ...]
    perks: tuple[str, ...]


_FT_PT = (("301", 0.35), ("302", 0.65))
_PT = (("302", 0.8), ("303", 0.1), ("304", 0.1))
_FT = (("301", 1.0),)

COMPANIES: tuple[Company, ...] = (
    Company(
        "Sunrise Smoothie Co.",
        "SSC",
        "sunrisesmoothie.example",
        ("Sunrise Smoothie Co.", "Sunrise Bowls & Juice"),
        ("Front of House", "Back of House", "Management", "Delivery"),
        (
            Title("Crew Member", "Front of House", (12.5, 15.0), _PT, ("food_handler",)),
            Title("Cashier", "Front of House", (12.0, 14.5), _PT),
            Title("Smoothie Artist", "Front of House", (12.5, 15.5), _PT, ("food_handler",)),
            Title("Prep Cook", "Back of House", (14.0, 17.0), _FT_PT, ("food_handler",)),
            Title("Shift Leader", "Management", (15.5, 18.5), _FT_PT, ("food_handler",)),
            Title("Assistant Manager", "Management", (17.0, 20.5), _FT),
            Title("General Manager", "Management", (21.0, 26.0), _FT),
            Title("Delivery Driver", "Delivery", (13.0, 16.0), _PT, ("license",)),
        ),
        (
            "Greet guests and take orders with a smile",
            "Blend smoothies and bowls to our recipes",
            "Keep the store clean, stocked and food-safe",
            "Handle cash and card payments accurately",
        ),
        ("Flexible schedules", "Free smoothie every shift", "Weekly pay", "Paid training"),
    ),
    Company(
        "Kindred Hearth Home Care",
        "KHH",
        "kindredhearth.example",
        ("Kindred Hearth Home Care",),
        ("Client Care", "Office", "Management"),
        (
            Title("Caregiver", "Client Care", (14.0, 18.0), _FT_PT, ("license", "cna")),
            Title("Certified Nursing Assistant", "Client Care", (16.0, 20.0), _FT_PT, ("cna",)),
            Title("Home Health Aide", "Client Care", (15.0, 18.5), _FT_PT, ("license",)),
            Title("Care Coordinator", "Office", (18.0, 22.0), _FT),
            Title("Scheduler", "Office", (17.0, 20.0), _FT),
            Title("Office Manager", "Management", (22.0, 27.0), _FT),
        ),
        (
            "Help clients with daily living, meals and light housekeeping",
            "Provide companionship and escort clients to appointments",
            "Record visit notes in our care app",
            "Work with families and the care team",
        ),
        ("Paid mileage", "Weekly pay", "Paid time off", "Free CNA renewal training"),
    ),
    Company(
        "Iron Horse Auto Care",
        "IHA",
        "ironhorseauto.example",
        ("Iron Horse Auto Care", "Iron Horse Tire Pros"),
        ("Service Bay", "Front Counter", "Management"),
        (
            Title("Lube Technician", "Service Bay", (15.0, 18.0), _FT_PT, ("license",)),
            Title("Tire Technician", "Service Bay", (15.0, 19.0), _FT_PT),
            Title("Automotive Technician", "Service Bay", (20.0, 30.0), _FT, ("license", "ase")),
            Title("Service Advisor", "Front Counter", (17.0, 22.0), _FT),
            Title("Porter", "Service Bay", (13.0, 15.0), _PT, ("license",)),
            Title("Shop Manager", "Management", (24.0, 32.0), _FT),
        ),
        (
            "Perform oil changes, tire rotations and multi-point inspections",
            "Explain recommended services to customers",
            "Keep the bays clean and tools organized",
            "Follow safety procedures at all times",
        ),
        ("Paid ASE certification", "Tool allowance", "Health insurance", "Weekly pay"),
    ),
)

# The account's question library (VENDOR.md "Inner shapes", U): key -> question without id.
# A follow-up names its parent by key and the parent's option values that show it.
_YES_NO = ({"value": "yes", "label": "Yes"}, {"value": "no", "label": "No"})
QUESTIONS: dict[str, dict[str, Any]] = {
    "age": {"name": "Are you at least 18 years of age?", "type": "yes_no", "required": True,
            "options": _YES_NO},
    "authorized": {"name": "Are you legally authorized to work in the United States?", "type": "yes_no",
                   "required": True, "options": _YES_NO},
    "shifts": {"name": "Which shifts are you available to work?", "type": "checkbox", "required": True,
               "options": ({"value": "mornings", "label": "Mornings"},
                           {"value": "afternoons", "label": "Afternoons"},
                           {"value": "evenings", "label": "Evenings"},
                           {"value": "weekends", "label": "Weekends"})},
    "hours": {"name": "How many hours per week are you looking for?", "type": "select", "required": False,
              "options": ({"value": "under_20", "label": "Under 20"}, {"value": "20_30", "label": "20-30"},
                          {"value": "30_40", "label": "30-40"}, {"value": "40_plus", "label": "40+"})},
    "transport": {"name": "Do you have reliable transportation to work?", "type": "yes_no",
                  "required": False, "options": _YES_NO},
    "start": {"name": "When could you start?", "type": "date", "required": False, "options": ()},
    "returning": {"name": "Have you worked for us before?", "type": "yes_no", "required": False,
                  "options": _YES_NO},
    "returning_where": {"name": "Which location, and when did you leave?", "type": "text", "required": True,
                        "options": (), "parent": ("returning", ("yes",))},
    "pay": {"name": "What hourly pay are you looking for?", "type": "number", "required": False,
            "options": ()},
    "why": {"name": "Tell us why you would be a great fit.", "type": "textarea", "required": False,
            "options": ()},
    "license": {"name": "Do you have a valid driver's license?", "type": "yes_no", "required": True,
                "options": _YES_NO},
    "license_years": {"name": "How many years have you been driving?", "type": "number", "required": True,
                      "options": (), "parent": ("license", ("yes",))},
    "food_handler": {"name": "Do you hold a current food handler card?", "type": "yes_no", "required": False,
                     "options": _YES_NO},
    "food_handler_expiry": {"name": "When does your food handler card expire?", "type": "date",
                            "required": False, "options": (), "parent": ("food_handler", ("yes",))},
    "cna": {"name": "Are you a Certified Nursing Assistant (CNA)?", "type": "radio", "required": True,
            "options": ({"value": "yes", "label": "Yes, certified"},
                        {"value": "in_training", "label": "Currently in training"},
                        {"value": "no", "label": "No"})},
    "cna_number": {"name": "Please enter your CNA certificate number.", "type": "text", "required": True,
                   "options": (), "parent": ("cna", ("yes", "in_training"))},
    "ase": {"name": "Which ASE certifications do you hold?", "type": "checkbox", "required": False,
            "options": ({"value": "a1", "label": "A1 Engine Repair"},
                        {"value": "a4", "label": "A4 Suspension"},
                        {"value": "a5", "label": "A5 Brakes"},
                        {"value": "g1", "label": "G1 Maintenance"})},
}
_QUESTION_IDS = {key: str(88100 + i) for i, key in enumerate(QUESTIONS)}
_FOLLOW_UPS = {q["parent"][0]: key for key, q in QUESTIONS.items() if "parent" in q}

_RECENT = {
    "titles": ("Cashier", "Crew Member", "Server", "Barista", "Sales Associate", "Stocker", "Line Cook",
               "Caregiver", "Delivery Driver", "Warehouse Associate", "Receptionist", "Student",
               "Lube Technician", "Host", "Dishwasher", "Customer Service Representative"),
    "employers": ("Lone Star Diner", "QuickStop Market", "Main Street Bakery", "Summit Retail Group",
                  "Northwind Traders", "Harbor Freight Systems", "Bluebird Cafe", "Pioneer Grocery",
                  "Evergreen Senior Living", "Metro Car Wash", "Self-employed", "Campus Dining Services",
                  "Redwood Cinemas", "Keystone Logistics"),
}
_WHY = (
    "I love working with people and I am always on time.",
    "I have two years of experience in a fast-paced store and I learn quickly.",
    "I live close by and I am looking for a team I can grow with.",
    "Friendly, reliable and happy to work weekends.",
)


@dataclass
class SeedData:
    account: dict[str, Any]
    brands: list[dict[str, Any]] = field(default_factory=list)
    departments: list[dict[str, Any]] = field(default_factory=list)
    employments: list[dict[str, Any]] = field(default_factory=list)
    locations: list[dict[str, Any]] = field(default_factory=list)
    #: location id -> (lat, lng); postal code -> (lat, lng): for postal_code_radius
    geo: dict[str, tuple[float, float]] = field(default_factory=dict)
    postal_geo: dict[str, tuple[float, float]] = field(default_factory=dict)
    users: list[dict[str, Any]] = field(default_factory=list)
    questions: list[dict[str, Any]] = field(default_factory=list)
    jobs: list[dict[str, Any]] = field(default_factory=list)
    apps: list[dict[str, Any]] = field(default_factory=list)
    hiring_steps: list[dict[str, Any]] = field(default_factory=list)
    sources: list[dict[str, Any]] = field(default_factory=list)


class _Weighted:
    """``random.choices`` without rebuilding the cumulative weights on every draw."""

    def __init__(self, pairs: tuple[tuple[Any, float], ...]) -> None:
        self.items = tuple(p[0] for p in pairs)
        total = 0.0
        cum = []
        for _, w in pairs:
            total += w
            cum.append(total)
        self.cum = tuple(cum)

    def pick(self, rng: random.Random) -> Any:
        return rng.choices(self.items, cum_weights=self.cum)[0]


def generate(seed: int, size: str) -> SeedData:
    """Build the whole CareerPlug account for ``seed`` and ``size`` (see ``SIZES``)."""
    if size not in SIZES:
        raise ValueError(f"unknown sandbox size {size!r}; known: {', '.join(SIZES)}")
    with paused_gc():
        return _generate(random.Random(f"careerplug:{seed}:{size}"), size, SIZES[size], seed)


def _generate(rng: random.Random, size: str, params: dict[str, int], seed: int = 1) -> SeedData:
    company = COMPANIES[rng.randrange(len(COMPANIES))]
    account = {"id": 48000 + rng.randrange(1000), "name": company.name, "slt_code": company.slug}
    data = SeedData(account)
    people = PeopleFactory(rng, shared_for(seed, "careerplug"))
    data.brands = [{"id": str(510 + i), "name": n, "account": account} for i, n in enumerate(company.brands)]
    data.departments = [
        {"id": str(620 + i), "name": n, "account": account} for i, n in enumerate(company.departments)
    ]
    data.employments = [{"id": i, "name": n, "account": account} for i, n in EMPLOYMENTS]
    data.hiring_steps = [{"id": i, "name": n} for i, n in HIRING_STEPS]
    data.sources = [{"id": i, "name": n} for i, n, _ in SOURCES]
    data.questions = [
        {
            "id": _QUESTION_IDS[key],
            "name": q["name"],
            "type": q["type"],
            "required": q["required"],
            "options": [dict(o) for o in q["options"]],
            "precondition": (
                {"question_id": _QUESTION_IDS[q["parent"][0]], "values": list(q["parent"][1])}
                if "parent" in q
                else None
            ),
        }
        for key, q in QUESTIONS.items()
    ]
    _locations(rng, people, data, params["locations"])
    gms = _users(rng, people, company, data, params["users"])
    _jobs(rng, company, data, params["jobs"], gms, size)
    _apps(rng, people, data, params["people"], size)
    return data


def _locations(rng: random.Random, people: PeopleFactory, data: SeedData, count: int) -> None:
    places = MARKETS[MARKET].places
    seen: set[str] = set()
    for i in range(count):
        place = places[i % len(places)] if i < len(places) else rng.choice(places)
        street = people.street_address(MARKET)
        number = f"{i + 1:04d}"
        name = f"{place.city} - {street.split(' ', 1)[1]}"
        if name in seen:
            name = f"{name} #{number}"
        seen.add(name)
        postal = place.postal_code[:3] + f"{rng.randrange(100):02d}"
        lat, lng = place.lat + rng.uniform(-0.08, 0.08), place.lng + rng.uniform(-0.08, 0.08)
        loc_id = str(7300 + i * 3 + rng.randrange(3))
        loc: dict[str, Any] = {
            "id": loc_id,
            "name": name,
            "city": place.city,
            "state": place.region_code,
            "zip code": postal,  # the key really contains a space (spec, V)
            "street": street,
            "country": "US",
            "number": number,
            "account": data.account,
        }
        data.locations.append(loc)
        data.geo[loc_id] = (lat, lng)
        data.postal_geo.setdefault(postal, (lat, lng))
        data.postal_geo.setdefault(place.postal_code, (place.lat, place.lng))


def _users(
    rng: random.Random, people: PeopleFactory, company: Company, data: SeedData, count: int
) -> dict[str, str]:
    """Users of the account; returns location id -> its general manager's user id."""
    gms: dict[str, str] = {}
    next_id = 20150
    for i in range(count):
        person = people.person(MARKET, email_domain=company.domain)
        if i == 0:
            role, title = "owner", "Owner"
        elif i <= max(1, count // 12):
            role, title = "recruiter_admin", rng.choice(("District Manager", "HR Coordinator"))
        elif i - max(1, count // 12) - 1 < len(data.locations) and i < count * 0.7:
            role, title = "recruiter", "General Manager"
        else:
            role, title = "employee", rng.choice(("Shift Leader", "Assistant Manager", "Trainer"))
        next_id += rng.randint(1, 9)
        user_id = str(next_id)
        user: dict[str, Any] = {
            "id": user_id,
            "email": person.email,
            "firstname": person.first_name,
            "lastname": person.last_name,
            "description": rng.choice((None, "", f"{title} at {company.name}")),
            "title": title,
            "role": role,
            "phone": person.phone,
            "login_token": f"{rng.getrandbits(128):032x}",
            "account": data.account,
        }
        data.users.append(user)
        if role == "recruiter":
            gms[data.locations[len(gms) % len(data.locations)]["id"]] = user_id
    return gms


def _description(rng: random.Random, company: Company, title: Title, location: dict[str, Any],
                 employment: str) -> str:
    low, high = title.pay
    duties = rng.sample(company.duties, 3)
    perks = rng.sample(company.perks, 3)
    return (
        f"<p>{company.name} is hiring a <strong>{title.name}</strong> ({employment.lower()}) at our "
        f"{location['name']} location in {location['city']}, {location['state']}.</p>"
        "<h3>What you will do</h3><ul>" + "".join(f"<li>{d}</li>" for d in duties) + "</ul>"
        "<h3>What we offer</h3><ul>"
        f"<li>${low:.2f} - ${high:.2f} per hour</li>" + "".join(f"<li>{p}</li>" for p in perks) + "</ul>"
    )


def _job_questions(rng: random.Random, title: Title, first: bool) -> list[str]:
    keys = ["age", "authorized"]
    for key, share in (("shifts", 0.75), ("hours", 0.4), ("transport", 0.5), ("start", 0.4)):
        if rng.random() < share:
            keys.append(key)
    keys.extend(title.questions)
    if first or rng.random() < 0.45:
        keys.append("returning")
    if rng.random() < 0.3:
        keys.append("pay")
    if rng.random() < 0.5:
        keys.append("why")
    ordered: list[str] = []
    for key in keys:  # a follow-up comes right after its parent
        ordered.append(key)
        if key in _FOLLOW_UPS:
            ordered.append(_FOLLOW_UPS[key])
    return [_QUESTION_IDS[k] for k in ordered]


def _jobs(
    rng: random.Random, company: Company, data: SeedData, count: int, gms: dict[str, str], size: str
) -> None:
    status_pick = _Weighted(_JOB_STATUS_WEIGHTS)
    admins = [u["id"] for u in data.users if u["role"] in ("owner", "recruiter_admin")]
    dept_ids = {d["name"]: d["id"] for d in data.departments}
    emp_names = dict(EMPLOYMENTS)
    next_id = 1_204_000 + rng.randrange(1000)
    # Small accounts still show every status a recruiter meets, in a fixed order.
    fixed = ("active", "inactive", "active", "draft", "passive", "active", "waiting", "rejected")
    jobs = []
    for i in range(count):
        title = rng.choice(company.titles)
        location = data.locations[i % len(data.locations)] if i < len(data.locations) else rng.choice(
            data.locations)
        status = fixed[i] if size != "large" and i < len(fixed) else status_pick.pick(rng)
        employment = _Weighted(title.employment).pick(rng)
        created = ANCHOR_MS - rng.randint(20, 420) * DAY_MS + rng.randint(8, 17) * HOUR_MS
        if status == "inactive":
            # Closed: the close was its last update, some weeks after posting.
            updated = min(created + rng.randint(14, 120) * DAY_MS, ANCHOR_MS - 2 * DAY_MS)
        else:
            updated = created + int(rng.random() * (ANCHOR_MS - DAY_MS - created) * 0.5)
        brand = data.brands[0] if len(data.brands) == 1 or rng.random() < 0.7 else data.brands[1]
        next_id += rng.randint(1, 40)
        abbr = "".join(w[0] for w in title.name.split()).upper()
        jobs.append({
            "id": str(next_id),
            "name": title.name,
            "description": _description(rng, company, title, location, emp_names[employment]),
            "status": status,
            "employment_id": employment,
            "job_template_name": f"{title.name} - Standard" if rng.random() < 0.6 else None,
            "code": f"{company.slug}-{location['number']}-{abbr}" if rng.random() < 0.7 else None,
            "created_ms": created,
            "updated_ms": max(updated, created),
            "location_id": location["id"],
            "department_id": dept_ids[title.department],
            "question_ids": _job_questions(rng, title, i == 0),
            "brand_id": brand["id"],
            "owner_id": gms.get(location["id"]) or rng.choice(admins),
            "pay": title.pay,
        })
    data.jobs = jobs


# --- applications ---------------------------------------------------------------------------------
def _answer_pool(rng: random.Random, question: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """A few precomputed (chosen option value, answer object) pairs per question, shared by apps."""
    qid, name, kind = question["id"], question["name"], question["type"]
    options = question["options"]
    pool: list[tuple[str, str]] = []
    if kind in ("yes_no", "radio", "select"):
        pool = [(o["value"], o["label"]) for o in options]
        if kind == "yes_no" and question["required"]:
            pool = [pool[0]] * 8 + [pool[1]]  # most applicants are 18+ and may work in the US
    elif kind == "checkbox":
        for _ in range(6):
            chosen = sorted(rng.sample(range(len(options)), rng.randint(1, len(options))))
            pool.append(("", ", ".join(options[i]["label"] for i in chosen)))
    elif kind == "date":
        pool = [("", f"2026-{rng.randint(11, 12):02d}-{rng.randint(1, 28):02d}") for _ in range(6)]
    elif kind == "number":
        pool = [("", str(rng.randint(1, 20))) for _ in range(6)]
    elif kind == "textarea":
        pool = [("", text) for text in _WHY]
    else:
        pool = [("", text) for text in ("Downtown, 2023", "Main St store, last summer", "C-4417-92",
                                        "In progress", "N/A")]
    return [(value, {"id": qid, "name": name, "answer": answer}) for value, answer in pool]


def _answers(rng: random.Random, job: dict[str, Any], questions: dict[str, dict[str, Any]],
             pools: dict[str, list[tuple[str, dict[str, Any]]]]) -> list[dict[str, Any]]:
    given: dict[str, str] = {}
    out = []
    for qid in job["question_ids"]:
        question = questions[qid]
        pre = question["precondition"]
        if pre and given.get(pre["question_id"]) not in pre["values"]:
            continue  # hidden by its precondition: no answer (VENDOR.md)
        if not question["required"] and rng.random() < 0.3:
            continue
        value, answer = rng.choice(pools[qid])
        given[qid] = value
        out.append(answer)
    return out


def _apps(rng: random.Random, people: PeopleFactory, data: SeedData, count: int, size: str) -> None:
    questions = {q["id"]: q for q in data.questions}
    pools = {qid: _answer_pool(rng, q) for qid, q in questions.items()}
    appable = [j for j in data.jobs if j["status"] in APPABLE]
    by_city: dict[str, list[dict[str, Any]]] = {}
    loc_city = {loc["id"]: loc["city"] for loc in data.locations}
    for open_job in appable:
        by_city.setdefault(loc_city[open_job["location_id"]], []).append(open_job)
    window: dict[str, tuple[int, int]] = {
        j["id"]: (j["created_ms"], j["updated_ms"] if j["status"] == "inactive" else ANCHOR_MS - HOUR_MS)
        for j in appable
    }
    source_pick = _Weighted(tuple((name, w) for _, name, w in SOURCES))
    apps_per_person = _Weighted(((1, 0.62), (2, 0.26), (3, 0.12)))
    pay_type = _Weighted((("Hourly", 0.85), ("Salary", 0.05), (None, 0.1)))
    emp_type = _Weighted((("Full Time", 0.45), ("Part Time", 0.45), (None, 0.1)))
    places = {p.city: p for p in MARKETS[MARKET].places}
    step_count = len(data.hiring_steps)
    emails: set[str] = set()
    planned: list[tuple[int, dict[str, Any]]] = []
    earliest_first = ANCHOR_MS - 240 * DAY_MS
    for n in range(count):
        person = people.candidate(MARKET, n)
        home = rng.choice(appable)
        city = loc_city[home["location_id"]]
        place: Place = places.get(city) or person.place
        email = person.email.lower()
        if email in emails:
            local, _, domain = email.partition("@")
            email = f"{local}{n}@{domain}"
        emails.add(email)
        applicant = {
            "email": email if rng.random() < 0.9 else email.capitalize(),  # some type capitals
            "firstname": person.first_name,
            "lastname": person.last_name,
            "phone": person.phone,
            "address": people.street_address(MARKET) if rng.random() < 0.8 else None,
            "city": place.city,
            "state": place.region_code,
            "postal_code": place.postal_code,
            "country": "US",
            "recent_title": rng.choice(_RECENT["titles"]),
            "recent_employer": rng.choice(_RECENT["employers"]),
            "pay_type": None,
            "pay_rate": None,
            "employment_type": emp_type.pick(rng),
        }
        kind = pay_type.pick(rng)
        if kind is not None:
            applicant["pay_type"] = kind
            applicant["pay_rate"] = (f"${rng.randint(12, 24)}.{rng.choice(('00', '50'))}" if kind == "Hourly"
                                     else f"${rng.randint(32, 55)},000")
        earliest = earliest_first
        applied_to: list[str] = []
        for _k in range(apps_per_person.pick(rng)):
            job = None
            for _try in range(8):
                pool = by_city.get(city) if rng.random() < 0.7 else None
                candidate_job = rng.choice(pool or appable)
                lo, hi = window[candidate_job["id"]]
                lo = max(lo, earliest)
                if lo < hi and candidate_job["id"] not in applied_to:
                    job = candidate_job
                    break
            if job is None:
                break
            applied = lo + int(rng.random() * (hi - lo))
            app = _outcome(rng, applied, step_count)
            app["job_id"] = job["id"]
            app["app"] = applicant
            app["prescreen_questions"] = _answers(rng, job, questions, pools)
            app["source_name"] = source_pick.pick(rng)
            planned.append((applied, app))
            applied_to.append(job["id"])
            # Re-applicants apply again only after the previous app was last acted on (module doc).
            earliest = app["acted_ms"] + rng.randint(1, 45) * DAY_MS
            if earliest >= ANCHOR_MS - HOUR_MS:
                break
    planned.sort(key=lambda p: p[0])
    if size != "large":
        _ensure_variety([a for _, a in planned], step_count)
    next_id = 5_310_000 + rng.randrange(10_000)
    steps = data.hiring_steps
    for _, app in planned:
        next_id += rng.randint(1, 4)
        app["id"] = str(next_id)
        index = app.pop("step_index")
        app["hiring_step_id"] = steps[index]["id"] if index is not None else None
        data.apps.append(app)


def _outcome(rng: random.Random, applied: int, step_count: int) -> dict[str, Any]:
    """Status, step and dates of an app applied at ``applied``: older apps are mostly decided."""
    age = ANCHOR_MS - applied
    roll = rng.random()
    if age < 3 * DAY_MS:
        status = "new_app" if roll < 0.7 else "in_process"
    elif age < 21 * DAY_MS:
        status = ("new_app", "in_process", "inactive", "hired")[
            0 if roll < 0.25 else 1 if roll < 0.7 else 2 if roll < 0.95 else 3]
    else:
        status = ("new_app", "in_process", "inactive", "hired")[
            0 if roll < 0.08 else 1 if roll < 0.25 else 2 if roll < 0.85 else 3]
    span = min(age, 30 * DAY_MS)
    hired = start = None
    if status == "new_app":
        step, acted = None, applied
    elif status == "in_process":
        step, acted = rng.randrange(step_count - 1), applied + int(rng.uniform(0.05, 1.0) * span)
    elif status == "inactive":
        step = None if rng.random() < 0.4 else rng.randrange(step_count)
        acted = applied + int(rng.uniform(0.05, 1.0) * span)
    else:
        step, acted = step_count - 1, applied + int(rng.uniform(0.3, 1.0) * span)
        hired = acted
        start = (hired // DAY_MS + rng.randint(3, 14)) * DAY_MS + 14 * HOUR_MS  # 9 am Central
    acted = min(acted, ANCHOR_MS - HOUR_MS)
    return {"hiring_status": status, "step_index": step, "applied_ms": applied, "acted_ms": acted,
            "updated_ms": acted, "hired_ms": hired, "start_ms": start}


def _ensure_variety(apps: list[dict[str, Any]], step_count: int) -> None:
    """Small accounts still show every hiring status: adjust the newest apps where one is missing.
    Each changed app keeps the module's rules (new apps last acted on when applied, etc.)."""
    if not apps:
        return
    statuses = {a["hiring_status"] for a in apps}
    newest = apps[-1]
    if "new_app" not in statuses or newest["hiring_status"] != "new_app":
        newest.update(hiring_status="new_app", step_index=None, acted_ms=newest["applied_ms"],
                      updated_ms=newest["applied_ms"], hired_ms=None, start_ms=None)
    if len(apps) < 4:
        return
    wanted = [s for s in ("in_process", "hired", "inactive") if s not in {a["hiring_status"] for a in apps}]
    for status, app in zip(wanted, apps[:-1], strict=False):
        applied = app["applied_ms"]
        # Half a day: a re-applicant's next app comes a day or more after this one's last action.
        acted = min(applied + 12 * HOUR_MS, ANCHOR_MS - HOUR_MS)
        app.update(hiring_status=status, acted_ms=acted, updated_ms=acted,
                   step_index={"in_process": 1, "hired": step_count - 1, "inactive": 0}[status],
                   hired_ms=acted if status == "hired" else None,
                   start_ms=acted + 7 * DAY_MS if status == "hired" else None)

