"""What the forms offer and how they are laid out, derived from the declarations alone (no Qt here).

One declaration feeds the CLI, the checks and the forms: the unified ``SCHEMAS`` say which fields an
action has and of what kind; the account connector's ``ActionSpec`` says which of them it takes,
what it requires, its file policy and its notes. From these two this module derives

- which actions a record offers (``record_offers``): an action whose input names one record by id
  (``application_id``, ``candidate_id``) is offered on that record; creates are offered where their
  input can be filled from a record (``CREATES_FROM``);
- the form's layout (``plan``): groups per object, one item per field the connector accepts, the
  special widgets (files, screening answers, repeated rows), required marks;
- the input from the widgets' values (``build``) and which item a problem belongs to (``owner``).

Nothing here knows a vendor: a new connector's forms follow from its declarations.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from connectors.base.actions import (
    SCHEMAS,
    ActionSchema,
    ActionSpec,
    FieldSpec,
    existing_only,
    path_pattern,
)

#: Where a create action can start from a record: model -> (action, the input path the record's id
#: fills, or None when the record prefills the candidate instead).
CREATES_FROM: dict[str, tuple[tuple[str, str | None], ...]] = {
    "jobs": (("create-application", "application.job_id"),),
    "candidates": (("create-application", None),),
}
#: The creates offered globally (menu, toolbar), with their shortcut.
GLOBAL_CREATES: tuple[tuple[str, str], ...] = (("create-candidate", "Ctrl+N"),)
#: Text fields shown as several lines (a note's content), by the last part of their path.
MULTILINE = frozenset({"content", "description"})
#: The places in the unified inputs where files are given (the last part of the field's path).
FILE_PATHS = frozenset({"attachments", "attachment"})

Widget = Literal["value", "rows", "files", "screening", "fixed"]


@dataclass(frozen=True)
class Offer:
    """An action a record (or the window) offers: the action and what is filled in already.

    ``fixed`` paths are given by where the form was opened (the application being moved) and shown
    read-only; ``prefill`` values are suggestions the user may change.
    """

    action: str
    fixed: dict[str, Any] = field(default_factory=dict)
    prefill: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Item:
    """One widget of a form: a field's value, repeated rows, files, screening answers, or a fixed id."""

    path: str
    spec: FieldSpec
    widget: Widget
    required: bool = False
    #: The fields of one row (``rows``) or of one file (``files``).
    children: tuple[FieldSpec, ...] = ()
    #: Only values that already exist in the cache are accepted (a ``MustExist`` rule).
    existing_only: bool = False
    #: Multi-line text.
    multiline: bool = False

    @property
    def leaf(self) -> str:
        return self.path.rsplit(".", 1)[-1]


@dataclass
class Group:
    """Items under one object of the input (``candidate``, ``candidate.location``); "" is the top."""

    path: str
    label: str
    items: list[Item] = field(default_factory=list)


def _parent(path: str) -> str:
    cut = path.rfind(".")
    return path[:cut] if cut >= 0 else ""


def _ancestors(path: str) -> Iterable[str]:
    parent = _parent(path)
    while parent:
        yield parent
        parent = _parent(parent)


def record_id_fields(sch: ActionSchema) -> dict[str, str]:
    """The top-level id fields of an action and the model each names (``application_id`` ->
    ``applications``): the record the action is about."""
    return {f.path: f.model for f in sch.fields if f.kind == "id" and "." not in f.path and f.model}


def record_offers(model: str, record_id: str, actions: Iterable[str]) -> list[Offer]:
    """The actions a record of ``model`` offers, in the schemas' order, among ``actions`` (what the
    account's connector declares); creates from ``CREATES_FROM`` come last."""
    supported = set(actions)
    offers = []
    for name, sch in SCHEMAS.items():
        if name not in supported or name.startswith("create-") or not sch.offered:
            continue
        for path, target in record_id_fields(sch).items():
            if target == model:
                offers.append(Offer(name, fixed={path: record_id}))
                break
    for name, fills in CREATES_FROM.get(model, ()):
        if name in supported:
            offers.append(Offer(name, fixed={fills: record_id} if fills else {}))
    return offers


def unsupported(model: str, actions: Iterable[str]) -> list[str]:
    """Actions a record of ``model`` could offer that the connector does not declare (shown disabled
    with the reason)."""
    supported = set(actions)
    out = []
    for name, sch in SCHEMAS.items():
        if name in supported or name.startswith("create-") or not sch.offered:
            continue
        if model in record_id_fields(sch).values():
            out.append(name)
    return out


def _required(sch: ActionSchema, spec: ActionSpec, f: FieldSpec) -> bool:
    """Required for sure: declared so by the connector, or required by the schema with every object
    above it required too (a field required only once its optional parent is given is not marked)."""
    if f.path in spec.required:
        return True
    if not f.required:
        return False
    for parent in _ancestors(f.path):
        above = sch.field(parent)
        if above is None or (not above.required and parent not in spec.required):
            return False
    return True


def plan(action: str, spec: ActionSpec, fixed: Iterable[str] = ()) -> list[Group]:
    """The form of ``action`` for a connector declaring ``spec``: groups of items in schema order."""
    sch = SCHEMAS[action]
    fixed_paths = set(fixed)
    must_exist = existing_only(spec)
    groups: dict[str, Group] = {}
    handled: set[str] = set()  # lists and files whose children one widget shows

    def group_for(path: str, own: FieldSpec | None = None) -> Group:
        # Files, answers and rows at the top level get a group of their own, in schema order.
        key = own.path if own is not None and not path else path
        if key not in groups:
            above = own if own is not None and not path else sch.field(path)
            groups[key] = Group(key, above.label if above else "")
        return groups[key]

    for f in sch.fields:
        if not spec.accepts(f.path) or "[]" in f.path or any(f.path.startswith(h) for h in handled):
            continue  # not taken by this connector, or a child of a list or file another item shows
        parent = _parent(f.path)
        if f.path in fixed_paths:
            group_for(parent).items.append(Item(f.path, f, "fixed", True))
            continue
        children = tuple(c for c in sch.fields if c.path.startswith(f.path + "[]."))
        if f.path in FILE_PATHS:
            kids = children or tuple(c for c in sch.fields if _parent(c.path) == f.path)
            group_for(parent, f).items.append(Item(f.path, f, "files", _required(sch, spec, f), kids))
            handled.add(f.path + ".")
            continue
        if f.kind == "list":
            if any(c.model == "screening_questions" for c in children):
                item = Item(f.path, f, "screening", _required(sch, spec, f), children)
            elif children:
                visible = tuple(c for c in children if "[]" not in c.path[len(f.path) + 3 :])
                item = Item(f.path, f, "rows", _required(sch, spec, f), visible)
            else:
                continue
            group_for(parent, f).items.append(item)
            continue
        if f.kind == "object":
            group_for(f.path)
            continue
        if f.kind in ("base64", "data_url", "content_type", "any"):
            continue  # only inside files and answers, which their own widgets fill
        group_for(parent).items.append(
            Item(
                f.path,
                f,
                "value",
                _required(sch, spec, f),
                existing_only=f.path in must_exist,
                multiline=f.kind == "text" and f.path.rsplit(".", 1)[-1] in MULTILINE and not f.max_length,
            )
        )
    return [g for g in groups.values() if g.items]


def prefill_from(model: str, record: Mapping[str, Any]) -> dict[str, Any]:
    """Form values a record suggests for a create started from it: a candidate's name, e-mail,
    phone, title, company and location for a new application of that candidate."""
    if model != "candidates":
        return {}
    out: dict[str, Any] = {
        f"candidate.{key}": record.get(key) for key in ("first_name", "last_name", "company", "title")
    }
    emails = record.get("email_addresses") or []
    phones = record.get("phone_numbers") or []
    if emails and isinstance(emails[0], Mapping):
        out["candidate.email_address"] = emails[0].get("email_address")
    if phones and isinstance(phones[0], Mapping):
        out["candidate.phone_number"] = phones[0].get("phone_number")
    location = record.get("location")
    if isinstance(location, Mapping):
        for key in ("city", "country", "state", "street_1", "zip_code"):
            out[f"candidate.location.{key}"] = location.get(key)
    return {k: v for k, v in out.items() if v not in (None, "")}


# --- values -> input -------------------------------------------------------------------------------


def _blank(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {}


def prune(value: Any) -> Any:
    """Drop blanks (None, "", [], {}) at every depth, as an untouched form box means "not given"."""
    if isinstance(value, Mapping):
        out = {k: prune(v) for k, v in value.items()}
        return {k: v for k, v in out.items() if not _blank(v)}
    if isinstance(value, list):
        items = [prune(v) for v in value]
        return [v for v in items if not _blank(v)]
    if isinstance(value, str):
        return value.strip()
    return value


def build(values: Mapping[str, Any]) -> dict[str, Any]:
    """The unified input from the widgets' values, keyed by their (dotted, index-free) paths."""
    data: dict[str, Any] = {}
    for path, value in values.items():
        parts = path.split(".")
        target = data
        for part in parts[:-1]:
            target = target.setdefault(part, {})
        target[parts[-1]] = value
    pruned = prune(data)
    return pruned if isinstance(pruned, dict) else {}


def owner(problem_path: str, item_paths: Iterable[str]) -> str | None:
    """The item a problem belongs to: the item at its path, or the one holding it (a row, a file, an
    answer), or the first item inside an object the problem names; None for the form as a whole."""
    paths = list(item_paths)
    bare = path_pattern(problem_path).replace("[]", "")
    for path in sorted(paths, key=len, reverse=True):
        if bare == path or bare.startswith(path + ".") or bare.startswith(path + "["):
            return path
    for path in paths:
        if bare and path.startswith(bare + "."):
            return path
    return None
