"""The Carerix sandbox's GraphQL side: ``POST /graphql/v1/graphql`` with ``{query, variables}``.

Built from VENDOR.md "GraphQL" (docs.carerix.io, help.carerix.com examples), never from the connector:

- list queries ``cr<Entity>Page(qualifier: String, pageable: {page, size})`` answer a page object with
  ``totalElements``, ``totalPages``, ``page``, ``size``, ``numberOfElements`` and ``items``; the
  qualifier is the same EOQualifier language as the XML API; pages are 0-based; a ``size`` above the
  maximum is clamped like the XML ``count``;
- objects carry ``_id`` and ``_kind`` plus the Cx5 attribute names; a to-one relation is an object,
  a to-many relation a page object with ``items``;
- errors come as HTTP 200 with ``{"errors": [{"message", "extensions": {"classification"}}],
  "data": null}`` (graphql-java wording, A): an unknown query or field is a ``ValidationError``
  ("Field 'x' in type 'Y' is undefined"), a bad qualifier a ``BAD_REQUEST``.

Only what a read needs is parsed: one query operation with variables, arguments (variables, strings,
numbers, booleans, null, input objects), nested selection sets, ``#`` comments. Fragments, aliases
and mutations are refused as validation errors.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from connectors.carerix.sandbox_query import SCHEMA, TZ, QueryError, related_ids

_TOKEN = re.compile(
    r"\s*(?:#[^\n]*\n?\s*)*"
    r"(?:(?P<str>\"(?:[^\"\\]|\\.)*\")|(?P<num>-?\d+(?:\.\d+)?)|(?P<name>[_A-Za-z][_0-9A-Za-z]*)"
    r"|(?P<var>\$[_A-Za-z][_0-9A-Za-z]*)|(?P<punct>[{}():\[\]!,=]|\.\.\.))"
)
#: Page-object fields besides ``items`` (docs.carerix.io ``CR…Page``, V).
PAGE_FIELDS = frozenset({"totalElements", "totalPages", "page", "size", "numberOfElements", "first", "last"})


class GraphQLError(Exception):
    """One error for the ``errors`` list; ``classification`` goes into ``extensions``."""

    def __init__(self, message: str, classification: str = "ValidationError") -> None:
        super().__init__(message)
        self.message = message
        self.classification = classification


@dataclass
class Selection:
    name: str
    args: dict[str, Any] = field(default_factory=dict)
    children: list[Selection] = field(default_factory=list)


class _Parser:
    def __init__(self, text: str, variables: Mapping[str, Any]) -> None:
        self.tokens: list[tuple[str, str]] = []
        pos = 0
        text = text.rstrip()
        while pos < len(text):
            found = _TOKEN.match(text, pos)
            if not found or found.end() == pos:
                raise GraphQLError(f"Invalid syntax at offset {pos}", "InvalidSyntax")
            pos = found.end()
            kind = found.lastgroup
            if kind:
                self.tokens.append((kind, found.group(kind)))
        self.at = 0
        self.variables = variables
        self.types: list[str] = []

    def peek(self) -> tuple[str, str]:
        return self.tokens[self.at] if self.at < len(self.tokens) else ("eof", "")

    def take(self, value: str | None = None) -> tuple[str, str]:
        token = self.peek()
        if token[0] == "eof" or (value is not None and token[1] != value):
            raise GraphQLError(
                f"Invalid syntax: expected {value or 'more'} but found {token[1] or 'end'}", "InvalidSyntax"
            )
        self.at += 1
        return token

    def document(self) -> list[Selection]:
        kind, word = self.peek()
        if kind == "name":
            if word != "query":
                raise GraphQLError(f"Operation type '{word}' is not supported here", "ValidationError")
            self.take()
            if self.peek()[0] == "name":
                self.take()
            if self.peek()[1] == "(":
                self._skip_definitions()
        selections = self.selection_set()
        if self.peek()[0] != "eof":
            raise GraphQLError("Invalid syntax: one operation per request", "InvalidSyntax")
        return selections

    def _skip_definitions(self) -> None:
        """Variable definitions: only their type names matter here (``pageable_type`` is checked)."""
        depth = 0
        after_colon = False
        while True:
            kind, word = self.take()
            depth += word == "("
            depth -= word == ")"
            if after_colon and kind == "name":
                self.types.append(word)
            after_colon = word == ":"
            if depth == 0:
                return

    def selection_set(self) -> list[Selection]:
        self.take("{")
        out: list[Selection] = []
        while self.peek()[1] != "}":
            kind, word = self.take()
            if kind != "name":
                raise GraphQLError(f"Invalid syntax: unexpected {word!r}", "InvalidSyntax")
            if self.peek()[1] == ":":
                raise GraphQLError("Aliases are not supported by this sandbox", "ValidationError")
            sel = Selection(word)
            if self.peek()[1] == "(":
                self.take("(")
                while self.peek()[1] != ")":
                    name = self.take()[1]
                    self.take(":")
                    sel.args[name] = self.value()
                    if self.peek()[1] == ",":
                        self.take()
                self.take(")")
            if self.peek()[1] == "{":
                sel.children = self.selection_set()
            out.append(sel)
            if self.peek()[1] == ",":
                self.take()
        self.take("}")
        return out

    def value(self) -> Any:
        kind, word = self.take()
        if kind == "var":
            return self.variables.get(word[1:])
        if kind == "str":
            return bytes(word[1:-1], "utf-8").decode("unicode_escape")
        if kind == "num":
            return float(word) if "." in word else int(word)
        if kind == "name":
            return {"true": True, "false": False, "null": None}.get(word, word)
        if word == "{":
            obj: dict[str, Any] = {}
            while self.peek()[1] != "}":
                name = self.take()[1]
                self.take(":")
                obj[name] = self.value()
                if self.peek()[1] == ",":
                    self.take()
            self.take("}")
            return obj
        if word == "[":
            items = []
            while self.peek()[1] != "]":
                items.append(self.value())
                if self.peek()[1] == ",":
                    self.take()
            self.take("]")
            return items
        raise GraphQLError(f"Invalid syntax: unexpected {word!r}", "InvalidSyntax")


def parse(
    query: Any, variables: Mapping[str, Any] | None, pageable_type: str = "Pageable"
) -> list[Selection]:
    """The query's selections; a variable declared with a paging type other than ``pageable_type`` is
    an unknown type (the input type's name is secondary knowledge, VENDOR.md "GraphQL", S)."""
    if not isinstance(query, str) or not query.strip():
        raise GraphQLError("The request has no query", "InvalidSyntax")
    parser = _Parser(query, variables or {})
    selections = parser.document()
    for name in parser.types:
        if name.endswith("Pageable") and name != pageable_type:
            raise GraphQLError(f"Validation error (UnknownType) : Unknown type '{name}'")
    return selections


def iso_date(epoch: int) -> str:
    """GraphQL dates as ISO 8601 with the Amsterdam offset (VENDOR.md "GraphQL", A)."""
    return datetime.fromtimestamp(epoch, TZ).isoformat()


#: The query name for an entity: ``CRMatch`` → ``crMatchPage`` (V, docs.carerix.io).
def page_query(entity: str) -> str:
    return "cr" + entity[2:] + "Page"


class Resolver:
    """Answers parsed queries from the sandbox's store.

    ``select(entity, qualifier)`` gives the matching ids in the vendor's order (the XML API's own
    selection, so both APIs agree); ``record``/``reverse`` reach related records; ``allowed(entity)``
    says whether a query is served (``--without`` switches types off: then the field is undefined).
    """

    def __init__(
        self,
        lookup: Any,
        select: Callable[[str, str], list[str]],
        allowed: Callable[[str], bool],
        max_size: int,
    ) -> None:
        self.lookup = lookup
        self.select = select
        self.allowed = allowed
        self.max_size = max_size
        self.queries = {page_query(name): name for name in SCHEMA}

    def run(self, selections: list[Selection]) -> dict[str, Any]:
        data: dict[str, Any] = {}
        for sel in selections:
            entity = self.queries.get(sel.name)
            if entity is None or not self.allowed(entity):
                raise GraphQLError(
                    f"Validation error (FieldUndefined@[{sel.name}]) : Field '{sel.name}' in type 'Query' "
                    "is undefined"
                )
            data[sel.name] = self.page(entity, sel)
        return data

    def page(self, entity: str, sel: Selection) -> dict[str, Any]:
        qualifier = sel.args.get("qualifier") or ""
        pageable = sel.args.get("pageable") or {}
        if not isinstance(pageable, dict):
            raise GraphQLError("pageable must be an input object {page, size}")
        page, size = pageable.get("page", 0), pageable.get("size", 10)
        if not isinstance(page, int) or not isinstance(size, int) or page < 0 or size < 1:
            raise GraphQLError("pageable.page must be 0 or more and pageable.size 1 or more")
        size = min(size, self.max_size)
        try:
            ids = self.select(entity, str(qualifier))
        except QueryError as exc:
            raise GraphQLError(f"qualifier: {exc}", "BAD_REQUEST") from None
        chunk = ids[page * size : (page + 1) * size]
        items = [r for r in (self.lookup.record(entity, i) for i in chunk) if r is not None]
        total = len(ids)
        meta = {
            "totalElements": total,
            "totalPages": (total + size - 1) // size,
            "page": page,
            "size": size,
            "numberOfElements": len(items),
            "first": page == 0,
            "last": (page + 1) * size >= total,
        }
        return self._page_object(entity, f"{entity}Page", sel.children, meta, items)

    def _page_object(
        self, entity: str, type_name: str, children: list[Selection], meta: dict[str, Any], items: list[Any]
    ) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for child in children:
            if child.name == "items":
                out["items"] = [self.obj(entity, r, child.children) for r in items]
            elif child.name in PAGE_FIELDS:
                out[child.name] = meta.get(child.name)
            else:
                raise GraphQLError(
                    f"Validation error (FieldUndefined@[{child.name}]) : Field '{child.name}' in type "
                    f"'{type_name}' is undefined"
                )
        return out

    def obj(self, entity: str, record: dict[str, Any], children: list[Selection]) -> dict[str, Any]:
        spec = SCHEMA[entity]
        if not children:
            raise GraphQLError(f"Validation error: a selection of {entity} must name its fields")
        out: dict[str, Any] = {}
        for child in children:
            key = child.name
            if key == "_id":
                out[key] = str(record["id"])
                continue
            if key == "_kind":
                out[key] = entity
                continue
            kind = spec.kind(key)
            if kind is None:
                raise GraphQLError(
                    f"Validation error (FieldUndefined@[{key}]) : Field '{key}' in type '{entity}' "
                    "is undefined"
                )
            if kind == "attr":
                out[key] = self.scalar(spec.attrs[key], record.get(key))
                continue
            target = spec.target(key)
            if kind == "one":
                related = self.lookup.record(target, record[key]) if record.get(key) else None
                out[key] = self.obj(target, related, child.children) if related else None
                continue
            ids = related_ids(entity, record, key, self.lookup)
            rows = [r for r in (self.lookup.record(target, i) for i in ids) if r is not None]
            meta = {"totalElements": len(rows), "numberOfElements": len(rows), "page": 0, "size": len(rows)}
            out[key] = self._page_object(target, f"{target}Page", child.children, meta, rows)
        return out

    @staticmethod
    def scalar(kind: str, value: Any) -> Any:
        if value is None or value == "":
            return None
        if kind == "date":
            return iso_date(int(value))
        if kind == "bool":
            return bool(int(value))
        if kind == "int":
            return int(value)
        if kind == "decimal":
            return float(value)
        if kind == "dict":
            return {k: (list(map(str, v)) if isinstance(v, list) else str(v)) for k, v in value.items()}
        return str(value)
