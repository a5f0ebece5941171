"""The Carerix sandbox's read routes and rendering (VENDOR.md "Reading", "Data format"): entity lists
with a qualifier, paging, ordering and ``show`` key-paths (``sandbox_query``), one entity, ``describe``,
data nodes by type, and each record rendered as Carerix XML.

What an entity holds is ``sandbox_query.SCHEMA``, from the vendor's describe names; where its keys
repeat what ``mapping.py`` reads, that is a deliberate duplication: the sandbox is written from the
vendor's docs, never from the connector (CONTRIBUTING.md "The sandbox").
"""

from __future__ import annotations

import base64
from typing import Any
from xml.etree import ElementTree

from connectors.carerix.sandbox_query import (
    DERIVED,
    SCHEMA,
    QueryError,
    ShowTree,
    compile_qualifier,
    related_ids,
    render_date,
    resolve_path,
    show_tree,
)
from connectors.sandbox import files
from connectors.sandbox.server import SandboxApp
from connectors.sandbox.wire import HttpError, Request, Response, xml_response

#: VENDOR.md "Reading": default 10 (V); largest page 100 (S: secondary sources say "max 100" for the
#: XML ``count`` and the GraphQL ``size``). A larger ask is clamped, not refused (A).
COUNT_DEFAULT, COUNT_MAX = 10, 100


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.2f}"


class CarerixReads(SandboxApp):
    """The GET handlers and the XML renderer; ``CarerixSandbox`` registers them."""

    # the ``Lookup`` the qualifier language uses

    def record(self, entity: str, ident: str) -> dict[str, Any] | None:
        return self.store[entity].get(str(ident)) if entity in self.store else None

    def reverse(self, entity: str, key: str, ident: str) -> list[str]:
        coll = self.store[entity]
        try:
            return [r["id"] for r in coll.lookup(key, ident)]
        except KeyError:
            return [r["id"] for r in coll.values() if r.get(key) == ident]

    def _entity(self, request: Request) -> str:
        entity = request.params["entity"]
        if entity not in SCHEMA:
            raise HttpError(404, f"Unknown entity {entity!r}", "CXObjectNotFoundException")
        return entity

    def _get(self, entity: str, raw_id: str) -> dict[str, Any]:
        record = self.store[entity].get(raw_id) if raw_id.isdigit() else None
        if record is None:
            raise HttpError(404, f"No {entity} with id {raw_id}")
        return record

    @staticmethod
    def _int(request: Request, name: str, default: int) -> int:
        raw = request.arg(name)
        if raw is None or raw.strip() == "":
            return default
        try:
            value = int(raw)
        except ValueError:
            raise HttpError(400, f"{name} must be a whole number, got {raw!r}") from None
        if value < 0:
            raise HttpError(400, f"{name} must not be negative, got {value}")
        return value

    def _show(self, entity: str, request: Request) -> ShowTree | None:
        try:
            return show_tree(entity, request.args("show"))
        except QueryError as exc:
            raise HttpError(400, f"show: {exc}") from None

    def _language(self, request: Request) -> str:
        language = (request.arg("language") or "").strip()
        if language and language not in ("English", "Dutch", "Spanish"):
            raise HttpError(400, f"Unknown language {language!r}; use English, Dutch or Spanish")
        return language

    def _select(self, entity: str, qualifier: str, ordering: str) -> list[str]:
        """Ids matching ``qualifier`` in ``ordering`` (default: ascending id, VENDOR.md "Reading", A)."""
        try:
            predicate = compile_qualifier(entity, qualifier) if qualifier.strip() else None
        except QueryError as exc:
            raise HttpError(400, f"qualifier: {exc}") from None
        sort_key, descending = None, False
        if ordering.strip():
            parts = ordering.split()
            if len(parts) > 2 or (len(parts) == 2 and parts[1].lower() not in ("asc", "desc")):
                raise HttpError(400, f"ordering: write '<key>' or '<key> desc', got {ordering!r}")
            try:
                _found, kind = resolve_path(entity, [parts[0]])
            except QueryError as exc:
                raise HttpError(400, f"ordering: {exc}") from None
            if kind in ("one", "many"):
                raise HttpError(400, f"ordering: {parts[0]} is a relationship")
            sort_key, descending = parts[0], len(parts) == 2 and parts[1].lower() == "desc"
        versions = tuple(c.version for c in self.store.collections.values())

        def compute() -> list[str]:
            records = self.store[entity].values()
            if predicate is not None:
                records = [r for r in records if predicate(r, self)]
            if sort_key is None:
                return sorted((r["id"] for r in records), key=int)
            key = sort_key
            ordered = sorted(
                records, key=lambda r: (r.get(key) is None, r.get(key) or 0, int(r["id"])), reverse=descending
            )
            return [r["id"] for r in ordered]

        return self.store.cached(("select", entity, qualifier, ordering, versions), compute)  # type: ignore[no-any-return]

    def _list(self, request: Request) -> Response:
        entity = self._entity(request)
        start = self._int(request, "start", 0)
        count = min(self._int(request, "count", COUNT_DEFAULT), COUNT_MAX)
        tree, language = self._show(entity, request), self._language(request)
        ids = self._select(entity, request.arg("qualifier") or "", request.arg("ordering") or "")
        root = ElementTree.Element("array", {"count": str(len(ids))})
        coll = self.store[entity]
        for ident in ids[start : start + count]:
            record = coll.get(ident)
            if record is not None:
                root.append(self.render(entity, record, tree, language))
        return xml_response(root)

    def _one(self, request: Request) -> Response:
        entity = self._entity(request)
        record = self._get(entity, request.params["id"])
        return xml_response(self.render(entity, record, self._show(entity, request), self._language(request)))

    def _list_by(self, request: Request) -> Response:
        """One configurable list by its node type name; ``<array>`` without ``count`` (VENDOR.md, S)."""
        name = (request.arg("type") or "").strip()
        if not name:
            raise HttpError(400, "list-by needs the parameter type (a node type name such as Bron-Kandidaat)")
        language = self._language(request)
        types = [t for t in self.store["CRNodeType"].values() if t.get("name") == name]
        root = ElementTree.Element("array")
        if types:
            nodes = [
                n for n in self.store["CRDataNode"].lookup("type", types[0]["id"]) if not n.get("deleted")
            ]
            for node in sorted(nodes, key=lambda n: (n.get("sortOrder") or 0, int(n["id"]))):
                root.append(self.render("CRDataNode", node, None, language))
        return xml_response(root)

    def _describe(self, request: Request) -> Response:
        spec = SCHEMA[self._entity(request)]
        root = ElementTree.Element("entity", {"name": spec.name, "identifierKey": spec.id_key})
        for key, kind in spec.attrs.items():
            ElementTree.SubElement(root, "attribute", {"name": key, "type": kind})
        for key, target in spec.to_one.items():
            ElementTree.SubElement(root, "relationship", {"name": key, "destination": target, "toMany": "0"})
        for key, target in spec.to_many.items():
            ElementTree.SubElement(root, "relationship", {"name": key, "destination": target, "toMany": "1"})
        return xml_response(root)

    # -- rendering --------------------------------------------------------------------------------
    def _value(self, entity: str, key: str, kind: str, record: dict[str, Any], language: str) -> str | None:
        value = record.get(key)
        if entity == "CRDataNode" and key == "value" and language == "English":
            value = record.get("_value_en") or value
        if value is None or value == "":
            return None
        if kind == "date":
            return render_date(int(value))
        if kind in ("int", "bool"):
            return str(int(value))
        if kind == "decimal":
            return _number(float(value))
        return str(value)

    def _attr(
        self, el: ElementTree.Element, entity: str, key: str, kind: str, record: dict[str, Any], language: str
    ) -> None:
        if kind == "dict":
            values = record.get(key) or {}
            holder = ElementTree.SubElement(el, key)
            book = ElementTree.SubElement(holder, "NSDictionary")
            for name, item in values.items():
                sub = ElementTree.SubElement(book, name)
                if isinstance(item, list):
                    ElementTree.SubElement(sub, "NSArray").text = ",".join(map(str, item))
                else:
                    sub.text = str(item)
            return
        if entity == "CRAttachmentData" and key == "content" and record.get("_lines"):
            # A seeded CV: a real PDF, made when it is read (connectors.sandbox.files).
            ElementTree.SubElement(el, key).text = base64.b64encode(
                files.pdf_bytes(record["_lines"])
            ).decode()
            return
        text = self._value(entity, key, kind, record, language)
        if text is not None:
            ElementTree.SubElement(el, key).text = text

    def render(
        self,
        entity: str,
        record: dict[str, Any],
        tree: ShowTree | None,
        language: str = "",
        plain: bool = False,
    ) -> ElementTree.Element:
        """An entity as Carerix writes it (VENDOR.md "Data format"): ``tree`` is what ``show`` asked
        for; without it every plain attribute and each relation as an id reference; ``plain`` (a
        relation named without sub-keys) gives the plain attributes only."""
        spec = SCHEMA[entity]
        el = ElementTree.Element(entity, {"id": str(record["id"])})
        if tree is None or plain:
            for key, kind in spec.attrs.items():
                if key not in spec.hidden:
                    self._attr(el, entity, key, kind, record, language)
            if plain:
                return el
            for key, target in spec.to_one.items():
                if record.get(key):
                    ElementTree.SubElement(el, key).append(
                        ElementTree.Element(target, {"id": str(record[key])})
                    )
            for key, target in spec.to_many.items():
                if (entity, key) in DERIVED or not record.get(key):
                    continue
                holder = ElementTree.SubElement(el, key)
                for ident in record[key]:
                    holder.append(ElementTree.Element(target, {"id": str(ident)}))
            return el
        for key, sub in tree.items():
            what = spec.kind(key)
            if what == "attr":
                self._attr(el, entity, key, spec.attrs[key], record, language)
                continue
            target = spec.target(key)
            ids = (
                [record[key]]
                if what == "one" and record.get(key)
                else (related_ids(entity, record, key, self) if what == "many" else [])
            )
            related = [r for r in (self.record(target, i) for i in ids) if r is not None]
            if what == "one" and not related:
                continue
            holder = ElementTree.SubElement(el, key)
            for item in related:
                holder.append(self.render(target, item, sub, language, plain=not sub))
        return el
