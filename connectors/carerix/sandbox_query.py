"""The Carerix sandbox's entity schema, qualifier language and ``show`` key-paths (VENDOR.md "Reading").

Built from VENDOR.md (the vendor's describe names and the EOQualifier syntax), never from the
connector. ``SCHEMA`` says per entity which keys are plain attributes (with a type), to-one and
to-many relations; qualifiers and ``show`` lists are checked against it, so an unknown key is a 400
as a real server would refuse it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from fnmatch import fnmatchcase
from typing import Any, Protocol

from connectors.unified.zones import vendor_zone

# Carerix's time zone (VENDOR.md "Data format").
TZ = vendor_zone("Europe/Amsterdam")


@dataclass(frozen=True)
class Entity:
    name: str
    id_key: str
    #: plain attributes → type: int, str, bool, decimal, date, dict
    attrs: dict[str, str]
    to_one: dict[str, str] = field(default_factory=dict)
    to_many: dict[str, str] = field(default_factory=dict)
    #: attributes left out of an answer unless ``show`` names them (A)
    hidden: frozenset[str] = frozenset()

    def kind(self, key: str) -> str | None:
        if key in self.attrs:
            return "attr"
        if key in self.to_one:
            return "one"
        if key in self.to_many:
            return "many"
        return None

    def target(self, key: str) -> str:
        return self.to_one.get(key) or self.to_many[key]


def _e(
    name: str,
    id_key: str,
    attrs: str,
    one: dict[str, str] | None = None,
    many: dict[str, str] | None = None,
    hidden: tuple[str, ...] = (),
) -> Entity:
    parsed = {}
    for part in attrs.split():
        key, _, kind = part.partition(":")
        parsed[key] = kind or "str"
    return Entity(name, id_key, {id_key: "int", **parsed}, one or {}, many or {}, frozenset(hidden))


_DATES = "creationDate:date modificationDate:date"
SCHEMA: dict[str, Entity] = {
    e.name: e
    for e in (
        _e(
            "CRUser",
            "userID",
            f"firstName lastNamePrefix lastName emailAddress userName jobTitle url "
            f"isActive:bool isLoginBlocked:bool deleted:bool {_DATES}",
            {"toUserRole": "CRUserRole", "toCompany": "CRCompany"},
            {"urls": "CRUrl"},
        ),
        _e("CRUserRole", "userRoleID", "name"),
        _e("CRCompany", "companyID", "name deleted:bool"),
        _e("CRUrl", "urlID", "url", {"toUrlLabel": "CRDataNode"}),
        _e("CRNodeType", "typeID", "name localizedName identifier deleted:bool"),
        _e(
            "CRDataNode",
            "dataNodeID",
            f"value exportCode sortOrder:int notActive:bool isDefault:bool "
            f"isHidden:bool isSystem:bool deleted:bool notes {_DATES}",
            {"type": "CRNodeType"},
        ),
        _e(
            "CRStatusInfo",
            "statusInfoID",
            f"statusName displayName statusValue:int sortOrder:int isFinal:bool "
            f"isSuccessfullyFilled:bool notActive:bool isDefault:bool {_DATES}",
        ),
        _e(
            "CRVacancy",
            "vacancyID",
            f"vacancyNo jobTitle introInformation vacancyInformation requirements offerInformation "
            f"companyInformation isConfidential:bool isHidden:bool isTemplate:bool deleted:bool "
            f"hoursPerWeek:decimal minSalary:decimal maxSalary:decimal isSalaryPublic:bool workCity "
            f"workPostalCode workStreet workNumber workNumberSuffix workLocation activePublicationsCount:int "
            f"additionalInfo:dict {_DATES}",
            {
                "toStatusNode": "CRDataNode",
                "toContractTypeNode": "CRDataNode",
                "toCategoryNode": "CRDataNode",
                "toExperienceLevelNode": "CRDataNode",
                "toWorkplaceTypeNode": "CRDataNode",
                "toSalaryCurrencyNode": "CRDataNode",
                "toSalaryPeriodNode": "CRDataNode",
                "toWorkCountryNode": "CRDataNode",
                "toFunctionLevel1": "CRDataNode",
                "owner": "CRUser",
                "toCompany": "CRCompany",
                "toUser": "CRUser",
            },
            {"matches": "CRMatch"},
            hidden=("additionalInfo",),
        ),
        _e(
            "CREmployee",
            "employeeID",
            f"firstName lastNamePrefix lastName title emailAddress emailAddressBusiness phoneNumber "
            f"mobileNumber phoneNumberBusiness mobileNumberBusiness city homeStreet homeNumber "
            f"homeNumberSuffix homePostalCode isConfidential:bool sourceInfo availableDate:date "
            f"minSalary:decimal deleted:bool "
            f"additionalInfo:dict {_DATES}",
            {
                "toUser": "CRUser",
                "toSourceNode": "CRDataNode",
                "toCountryNode": "CRDataNode",
                "toMinSalaryPeriodNode": "CRDataNode",
                "toStatusNode": "CRDataNode",
            },
            {"attachments": "CRAttachment", "matches": "CRMatch"},
            hidden=("additionalInfo",),
        ),
        _e(
            "CRMatch",
            "matchID",
            # No ``deleted`` attribute: the vendor's generated CRMatch model has none (VENDOR.md, V).
            f"notes sourceInfo isConfidential:bool statusInfoModificationDate:date "
            f"additionalInfo:dict {_DATES}",
            {
                "toEmployee": "CREmployee",
                "toVacancy": "CRVacancy",
                "statusInfo": "CRStatusInfo",
                "toSourceNode": "CRDataNode",
            },
            {"attachments": "CRAttachment"},
            hidden=("additionalInfo",),
        ),
        _e(
            "CRAttachment",
            "attachmentID",
            f"label filePath size:int {_DATES}",
            {"toTypeNode": "CRDataNode", "toAttachmentData": "CRAttachmentData"},
        ),
        _e("CRAttachmentData", "attachmentDataID", "content", hidden=("content",)),
        _e(
            "CRToDo",
            "todoID",
            f"subject notes todoTypeKey:int status:int deleted:bool {_DATES}",
            {"owner": "CRUser", "toEmployee": "CREmployee", "toVacancy": "CRVacancy"},
        ),
    )
}
#: Reverse to-many relations computed from the other side (a vacancy's matches, a candidate's matches).
DERIVED = {
    ("CRVacancy", "matches"): ("CRMatch", "toVacancy"),
    ("CREmployee", "matches"): ("CRMatch", "toEmployee"),
}


class QueryError(ValueError):
    """A qualifier, ``show`` or parameter the server cannot read (answered with 400)."""


# --- dates ----------------------------------------------------------------------------------------

_DATE_IN = re.compile(
    r"^(\d{4}-\d{2}-\d{2})(?:[ T](\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?)?"
    r"\s*(Z|Etc/GMT|GMT|UTC|[+-]\d{2}:?\d{2})?$"
)


def parse_date(text: str, *, need_zone: bool = False) -> int:
    """Epoch seconds of a Carerix date; ``need_zone`` refuses one without offset (writes, V)."""
    found = _DATE_IN.match(text.strip())
    if not found:
        raise QueryError(f"{text!r} is not a date (YYYY-MM-DD HH:MM:SS +0200)")
    day, clock, zone = found.groups()
    stamp = datetime.fromisoformat(f"{day}T{clock or '00:00:00'}")
    if zone in ("Z", "Etc/GMT", "GMT", "UTC"):
        aware = stamp.replace(tzinfo=UTC)
    elif zone:
        sign = 1 if zone[0] == "+" else -1
        digits = zone[1:].replace(":", "")
        aware = stamp.replace(
            tzinfo=timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))
        )
    else:
        if need_zone:
            raise QueryError(f"{text!r} has no time zone; write YYYY-MM-DD HH:MM:SS +0200")
        aware = stamp.replace(tzinfo=TZ)
    return int(aware.timestamp())


def render_date(epoch: int) -> str:
    """``YYYY-MM-DD HH:MM:SS +0200`` in Europe/Amsterdam (VENDOR.md "Data format")."""
    local = datetime.fromtimestamp(epoch, TZ)
    return local.strftime("%Y-%m-%d %H:%M:%S ") + (local.strftime("%z") or "+0100")


# --- the qualifier language ---------------------------------------------------------------------

_TOKEN = re.compile(
    r"\s*(?:(?P<str>'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\")|(?P<num>-?\d+(?:\.\d+)?)(?![\w.])"
    r"|(?P<op>==|!=|<>|<=|>=|=|<|>)|(?P<paren>[()])|(?P<word>[A-Za-z_][\w.]*))"
)


class Lookup(Protocol):
    """How a qualifier reaches related records (the sandbox's store)."""

    def record(self, entity: str, ident: str) -> dict[str, Any] | None: ...

    def reverse(self, entity: str, key: str, ident: str) -> list[str]:
        """Ids of ``entity`` records whose to-one ``key`` is ``ident``."""
        ...


Predicate = Callable[[dict[str, Any], Lookup], bool]


def _tokens(text: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    pos = 0
    text = text.strip()
    while pos < len(text):
        found = _TOKEN.match(text, pos)
        if not found or found.end() == pos:
            raise QueryError(f"cannot read the qualifier at {text[pos : pos + 20]!r}")
        kind = found.lastgroup or ""
        out.append((kind, found.group(kind)))
        pos = found.end()
    return out


def _unquote(raw: str) -> str:
    return re.sub(r"\\(.)", r"\1", raw[1:-1])


def resolve_path(entity: str, parts: list[str]) -> tuple[str, str]:
    """(final entity, type) of a key-path; the type is an attribute type or "one"/"many" for a bare
    relation. Unknown keys raise ``QueryError``."""
    current = SCHEMA[entity]
    for index, part in enumerate(parts):
        kind = current.kind(part)
        if kind is None:
            raise QueryError(f"{current.name} has no key {part!r}")
        last = index == len(parts) - 1
        if kind == "attr":
            if not last:
                raise QueryError(f"{current.name}.{part} is an attribute, not a relationship")
            return current.name, current.attrs[part]
        if last:
            return current.name, kind
        current = SCHEMA[current.target(part)]
    raise QueryError("empty key")


def values_at(entity: str, record: dict[str, Any] | None, parts: list[str], get: Lookup) -> list[Any]:
    """Every value a key-path reaches (a to-many relation fans out); ``[None]`` where it ends early."""
    if record is None:
        return [None]
    spec = SCHEMA[entity]
    head, rest = parts[0], parts[1:]
    kind = spec.kind(head)
    if kind == "attr":
        return [record.get(head)]
    if kind == "one":
        target = record.get(head)
        if not rest:
            return [target]
        related = get.record(spec.target(head), target) if target else None
        return values_at(spec.target(head), related, rest, get)
    ids = related_ids(entity, record, head, get)
    if not rest:
        return [ids or None]
    found: list[Any] = []
    for ident in ids:
        found.extend(values_at(spec.target(head), get.record(spec.target(head), ident), rest, get))
    return found or [None]


def related_ids(entity: str, record: dict[str, Any], key: str, get: Lookup) -> list[str]:
    derived = DERIVED.get((entity, key))
    if derived is not None:
        return get.reverse(derived[0], derived[1], record["id"])
    return list(record.get(key) or [])


def _compare(kind: str, op: str, have: Any, want: Any) -> bool:
    if want is None:  # nil
        empty = have is None or have == "" or have == []
        return empty if op in ("=", "==") else not empty
    if have is None:
        return op in ("!=", "<>")
    if op == "like":
        return fnmatchcase(str(have).lower(), str(want).lower())
    if kind in ("int", "bool", "decimal", "date", "one"):
        try:
            left: Any = float(have)
            right: Any = float(want)
        except (TypeError, ValueError):
            left, right = str(have), str(want)
    else:
        left, right = str(have), str(want)
    if op in ("=", "=="):
        return bool(left == right)
    if op in ("!=", "<>"):
        return bool(left != right)
    if op == "<":
        return bool(left < right)
    if op == "<=":
        return bool(left <= right)
    if op == ">":
        return bool(left > right)
    return bool(left >= right)


class _Parser:
    def __init__(self, entity: str, text: str) -> None:
        self.entity = entity
        self.tokens = _tokens(text)
        self.pos = 0

    def peek(self) -> tuple[str, str] | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self) -> tuple[str, str]:
        token = self.peek()
        if token is None:
            raise QueryError("the qualifier ends too early")
        self.pos += 1
        return token

    def word(self, *words: str) -> bool:
        token = self.peek()
        if token and token[0] == "word" and token[1].lower() in words:
            self.pos += 1
            return True
        return False

    def parse(self) -> Predicate:
        pred = self.or_expr()
        if self.peek() is not None:
            raise QueryError(f"unexpected {self.peek()[1]!r} in the qualifier")  # type: ignore[index]
        return pred

    def or_expr(self) -> Predicate:
        parts = [self.and_expr()]
        while self.word("or"):
            parts.append(self.and_expr())
        return parts[0] if len(parts) == 1 else (lambda r, g: any(p(r, g) for p in parts))

    def and_expr(self) -> Predicate:
        parts = [self.not_expr()]
        while self.word("and"):
            parts.append(self.not_expr())
        return parts[0] if len(parts) == 1 else (lambda r, g: all(p(r, g) for p in parts))

    def not_expr(self) -> Predicate:
        if self.word("not"):
            inner = self.not_expr()
            return lambda r, g: not inner(r, g)
        token = self.peek()
        if token == ("paren", "("):
            self.take()
            inner = self.or_expr()
            if self.take() != ("paren", ")"):
                raise QueryError("a parenthesis is not closed")
            return inner
        return self.comparison()

    def comparison(self) -> Predicate:
        kind, key = self.take()
        if kind != "word":
            raise QueryError(f"expected a key, found {key!r}")
        parts = key.split(".")
        _entity, key_type = resolve_path(self.entity, parts)
        if self.word("like"):
            op = "like"
        else:
            op_kind, op = self.take()
            if op_kind != "op":
                raise QueryError(f"expected an operator after {key!r}, found {op!r}")
        value = self.value(key_type)
        if key_type in ("one", "many") and value is not None and op not in ("=", "==", "!="):
            raise QueryError(f"{key} is a relationship: compare it with nil or an id")
        entity = self.entity

        def check(record: dict[str, Any], get: Lookup) -> bool:
            found = values_at(entity, record, parts, get)
            if op in ("!=", "<>"):
                return all(_compare(key_type, op, v, value) for v in found)
            return any(_compare(key_type, op, v, value) for v in found)

        return check

    def value(self, key_type: str) -> Any:
        kind, raw = self.take()
        if kind == "word" and raw.lower() == "nil":
            return None
        if kind == "paren" and raw == "(":
            cast_kind, cast = self.take()
            closing = self.take()
            lit_kind, literal = self.take()
            if cast_kind != "word" or closing != ("paren", ")") or lit_kind != "str":
                raise QueryError("a cast is written (NSCalendarDate)'YYYY-MM-DD HH:MM:SS Etc/GMT'")
            if cast not in ("NSCalendarDate", "NSNumber", "NSString"):
                raise QueryError(f"unknown cast {cast!r}")
            text = _unquote(literal)
            return parse_date(text) if cast == "NSCalendarDate" else text
        if kind == "str":
            text = _unquote(raw)
            return parse_date(text) if key_type == "date" else text
        if kind == "num":
            return raw
        raise QueryError(f"expected a value, found {raw!r}")


def compile_qualifier(entity: str, text: str) -> Predicate:
    """A predicate for ``text``; ``QueryError`` names what it cannot read."""
    return _Parser(entity, text).parse()


# --- show key-paths -------------------------------------------------------------------------------

ShowTree = dict[str, "ShowTree"]


def show_tree(entity: str, keys: list[str]) -> ShowTree | None:
    """``show=toStatusNode.value&show=jobTitle`` → ``{"toStatusNode": {"value": {}}, "jobTitle": {}}``;
    ``None`` without ``show``. ``show=content`` on an attachment reads its data (S)."""
    if not keys:
        return None
    tree: ShowTree = {}
    for raw in keys:
        for key in (k.strip() for k in raw.split(",")):
            if not key:
                continue
            if entity == "CRAttachment" and key == "content":
                key = "toAttachmentData.content"
            parts = key.split(".")
            resolve_path(entity, parts)
            node = tree
            for part in parts:
                node = node.setdefault(part, {})
    return tree
