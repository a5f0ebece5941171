"""The Carerix sandbox's write routes (VENDOR.md "Writing"): ``POST`` and ``PUT`` with XML bodies
(plain attributes set, to-one relations by id, to-many items without id appended,
``additionalInfoPartial`` merged) and the rules per entity (employees, matches, to-dos), plus the
write clock and new ids."""

from __future__ import annotations

from typing import Any
from xml.etree import ElementTree

from connectors.carerix.sandbox_query import DERIVED, SCHEMA, QueryError, parse_date
from connectors.carerix.sandbox_reads import CarerixReads
from connectors.sandbox.clock import WriteClock
from connectors.sandbox.ids import next_numeric_id
from connectors.sandbox.wire import HttpError, Request, Response, file_bytes, xml_response

MAX_FILE = 10 * 1024 * 1024  # VENDOR.md "Writing", A
CREATABLE = frozenset({"CREmployee", "CRMatch", "CRToDo"})
UPDATABLE = frozenset({"CREmployee", "CRMatch", "CRUser", "CRVacancy"})
READ_ONLY = frozenset({"creationDate", "modificationDate", "statusInfoModificationDate"})


class CarerixWrites(CarerixReads):
    """The POST/PUT handlers; ``CarerixSandbox`` registers them and sets the state."""

    clock: WriteClock

    def now(self) -> int:
        """Write times: real time, never before the seed, strictly increasing (deltas rely on it)."""
        return self.clock.tick()

    def next_id(self, entity: str) -> str:
        return next_numeric_id(self.store, entity)

    # the ``Lookup`` the qualifier language uses

    def _pending_id(self, entity: str, pending: list[tuple[str, dict[str, Any]]]) -> str:
        """The id of a new ``entity`` record made in the same write as the ``pending`` ones, which the
        store does not hold yet (they are stored together at the end)."""
        return str(int(self.next_id(entity)) + sum(1 for t, _ in pending if t == entity))

    @staticmethod
    def _fresh(entity: str, ident: str, now: int) -> dict[str, Any]:
        """What every new record starts with: its id (also as the entity's own id key) and both dates."""
        return {"id": ident, SCHEMA[entity].id_key: int(ident), "creationDate": now, "modificationDate": now}

    # -- writing ----------------------------------------------------------------------------------
    def _body(self, request: Request, entity: str) -> ElementTree.Element:
        if not request.body.strip():
            raise HttpError(400, f"The request has no body; send one <{entity}> element")
        try:
            root = ElementTree.fromstring(request.body)
        except ElementTree.ParseError as exc:
            raise HttpError(400, f"The body is not well-formed XML: {exc}") from None
        if root.tag != entity:
            raise HttpError(400, f"The body's root element must be <{entity}>, not <{root.tag}>")
        return root

    def _scalar(self, entity: str, key: str, kind: str, elem: ElementTree.Element) -> Any:
        text = elem.text.strip() if elem.text and elem.text.strip() else None
        if kind == "dict":
            book = elem.find("NSDictionary")
            if book is None:
                if text is None:
                    return {}
                raise HttpError(422, f"{entity}.{key} takes an <NSDictionary>")
            return {child.tag: (child.text or "") for child in book}
        if text is None:
            return None
        try:
            if kind == "int":
                return int(text)
            if kind == "bool":
                if text.lower() not in ("0", "1", "true", "false"):
                    raise ValueError
                return 1 if text.lower() in ("1", "true") else 0
            if kind == "decimal":
                return float(text.replace(",", "."))
            if kind == "date":
                return parse_date(text, need_zone=True)
        except QueryError as exc:
            raise HttpError(422, f"{entity}.{key}: {exc}") from None
        except ValueError:
            raise HttpError(422, f"{entity}.{key} must be a {kind}, got {text!r}") from None
        return elem.text  # text keeps its own spacing

    def _apply(
        self,
        entity: str,
        record: dict[str, Any],
        elem: ElementTree.Element,
        now: int,
        pending: list[tuple[str, dict[str, Any]]],
    ) -> tuple[dict[str, Any], set[str]]:
        """``elem``'s children applied to a copy of ``record``; new related records go to ``pending``."""
        spec = SCHEMA[entity]
        new = dict(record)
        changed: set[str] = set()
        for child in elem:
            key = child.tag
            if key == "additionalInfoPartial" and "additionalInfo" in spec.attrs:
                merged = dict(new.get("additionalInfo") or {})
                merged.update(self._scalar(entity, key, "dict", child))
                new["additionalInfo"] = merged
                changed.add("additionalInfo")
                continue
            kind = spec.kind(key)
            if kind is None:
                raise HttpError(400, f"{entity} has no key {key!r}", "NSUnknownKeyException")
            if kind == "attr":
                if key == spec.id_key or key in READ_ONLY:
                    continue  # read-only: ignored (A)
                new[key] = self._scalar(entity, key, spec.attrs[key], child)
            elif kind == "one":
                new[key] = self._to_one(entity, key, child)
            else:
                if (entity, key) in DERIVED:
                    raise HttpError(400, f"{entity}.{key} is read-only; set the relation on the other side")
                ids = list(new.get(key) or [])
                for item in child:
                    ids.append(self._nested(entity, key, item, now, pending))
                new[key] = ids
            changed.add(key)
        return new, changed

    def _to_one(self, entity: str, key: str, child: ElementTree.Element) -> str | None:
        items = list(child)
        if not items:
            return None
        target = SCHEMA[entity].target(key)
        item = items[0]
        if item.tag != target:
            raise HttpError(400, f"{entity}.{key} takes a <{target}>, not <{item.tag}>")
        ident = (item.get("id") or "").strip()
        if not ident:
            raise HttpError(422, f"{entity}.{key}: give the id of an existing {target}")
        if self.record(target, ident) is None:
            raise HttpError(422, f"{entity}.{key}: there is no {target} with id {ident}")
        return ident

    def _nested(
        self,
        entity: str,
        key: str,
        item: ElementTree.Element,
        now: int,
        pending: list[tuple[str, dict[str, Any]]],
    ) -> str:
        """A new item of a to-many list (VENDOR.md "Writing": items without id are added)."""
        target = SCHEMA[entity].target(key)
        if item.tag != target:
            raise HttpError(400, f"{entity}.{key} takes <{target}> items, not <{item.tag}>")
        if item.get("id"):
            raise HttpError(422, f"{entity}.{key}: only new items (without id) can be added here")
        if target not in ("CRAttachment", "CRUrl"):
            raise HttpError(422, f"{entity}.{key}: new {target} records cannot be made here")
        ident = self._pending_id(target, pending)
        record = self._fresh(target, ident, now)
        if target == "CRAttachment":
            data = item.find("toAttachmentData")
            content_elem = data.find("CRAttachmentData/content") if data is not None else None
            rest = ElementTree.Element(target)
            rest.extend([c for c in item if c.tag != "toAttachmentData"])
            record, _ = self._apply(target, record, rest, now, pending)
            if not record.get("filePath"):
                raise HttpError(422, "CRAttachment.filePath is mandatory (the file name)")
            raw = "".join((content_elem.text or "").split()) if content_elem is not None else ""
            if not raw:
                raise HttpError(422, "CRAttachment: toAttachmentData/CRAttachmentData/content is empty")
            decoded = file_bytes(
                raw,
                MAX_FILE,
                HttpError(400, "CRAttachmentData.content is not valid base64"),
                (413, "The file is {size} bytes; at most {limit} are accepted"),
            )
            record["size"] = len(decoded)
            record["toAttachmentData"] = ident
            pending.append(
                ("CRAttachmentData", {"id": ident, "attachmentDataID": int(ident), "content": raw})
            )
        else:
            record, _ = self._apply(target, record, item, now, pending)
            if not record.get("url"):
                raise HttpError(422, "CRUrl.url is mandatory")
        pending.append((target, record))
        return ident

    def _create(self, request: Request) -> Response:
        entity = self._entity(request)
        if entity not in CREATABLE:
            raise HttpError(405, f"This sandbox does not create {entity} records over the API")
        root = self._body(request, entity)
        with self.store.lock:
            now = self.now()
            ident = self.next_id(entity)
            base = self._fresh(entity, ident, now)
            if "deleted" in SCHEMA[entity].attrs:  # CRMatch has none (VENDOR.md, V)
                base["deleted"] = 0
            pending: list[tuple[str, dict[str, Any]]] = []
            record, _ = self._apply(entity, base, root, now, pending)
            if entity == "CREmployee":
                self._new_employee(record, now, pending)
            elif entity == "CRMatch":
                self._new_match(record, now)
            else:
                self._new_todo(record)
            for target, item in pending:
                self.store[target].insert(item)
            self.store[entity].insert(record)
        return xml_response(self.render(entity, record, None))

    def _update(self, request: Request) -> Response:
        entity = self._entity(request)
        if entity not in UPDATABLE:
            raise HttpError(405, f"This sandbox does not change {entity} records over the API")
        root = self._body(request, entity)
        with self.store.lock:
            old = self._get(entity, request.params["id"])
            now = self.now()
            pending: list[tuple[str, dict[str, Any]]] = []
            record, changed = self._apply(entity, old, root, now, pending)
            if entity == "CRMatch":
                pending = self._match_update(old, record, changed, now, pending)
            if entity == "CREmployee":
                self._mirror_person(record, changed, now)
            record["modificationDate"] = now
            for target, item in pending:
                self.store[target].insert(item)
            self.store[entity].insert(record)
        return xml_response(self.render(entity, record, None))

    # -- entity rules -----------------------------------------------------------------------------
    def _new_employee(
        self, record: dict[str, Any], now: int, pending: list[tuple[str, dict[str, Any]]]
    ) -> None:
        if not record.get("lastName"):
            raise HttpError(422, "CREmployee.lastName is mandatory")
        record.setdefault("isConfidential", 0)
        record.setdefault("attachments", [])
        record.setdefault("additionalInfo", {})
        if not record.get("toUser"):
            # The person record behind a candidate (VENDOR.md "Reads": CREmployee flattens it).
            ident = self._pending_id("CRUser", pending)
            person = {
                **self._fresh("CRUser", ident, now),
                "isActive": 1,
                "isLoginBlocked": 0,
                "deleted": 0,
                "urls": [],
            }
            for key in ("firstName", "lastNamePrefix", "lastName", "emailAddress"):
                person[key] = record.get(key)
            pending.append(("CRUser", person))
            record["toUser"] = ident

    def _mirror_person(self, record: dict[str, Any], changed: set[str], now: int) -> None:
        keys = {"firstName", "lastNamePrefix", "lastName", "emailAddress"} & changed
        person = self.record("CRUser", record.get("toUser") or "")
        if keys and person is not None:
            self.store["CRUser"].update(
                person["id"], {**{k: record.get(k) for k in keys}, "modificationDate": now}, merge=False
            )

    def _check_status(self, status_id: str | None) -> None:
        status = self.record("CRStatusInfo", status_id or "")
        if status is not None and status.get("notActive"):
            raise HttpError(422, f"Status {status.get('displayName')!r} ({status_id}) is not active")

    def _new_match(self, record: dict[str, Any], now: int) -> None:
        for key in ("toEmployee", "toVacancy"):
            if not record.get(key):
                raise HttpError(422, f"Relationship {key} is mandatory")
        vacancy = self.record("CRVacancy", record["toVacancy"]) or {}
        employee = self.record("CREmployee", record["toEmployee"]) or {}
        if vacancy.get("deleted") or vacancy.get("isTemplate"):
            raise HttpError(422, f"Vacancy {record['toVacancy']} cannot take matches (deleted or a template)")
        if employee.get("deleted"):
            raise HttpError(422, f"Candidate {record['toEmployee']} is deleted")
        for other in self.store["CRMatch"].lookup("toEmployee", record["toEmployee"]):
            if other.get("toVacancy") == record["toVacancy"] and not other.get("deleted"):
                raise HttpError(
                    422,
                    f"Candidate {record['toEmployee']} is already matched to vacancy "
                    f"{record['toVacancy']} (match {other['id']})",
                )
        if not record.get("statusInfo"):
            default = next((s for s in self.store["CRStatusInfo"].values() if s.get("isDefault")), None)
            record["statusInfo"] = default["id"] if default else None
        self._check_status(record.get("statusInfo"))
        record["statusInfoModificationDate"] = now
        record.setdefault("isConfidential", 0)
        record.setdefault("attachments", [])
        record.setdefault("additionalInfo", {})

    def _match_update(
        self,
        old: dict[str, Any],
        record: dict[str, Any],
        changed: set[str],
        now: int,
        pending: list[tuple[str, dict[str, Any]]],
    ) -> list[tuple[str, dict[str, Any]]]:
        if "statusInfo" in changed and record.get("statusInfo") != old.get("statusInfo"):
            if not record.get("statusInfo"):
                raise HttpError(422, "Relationship statusInfo is mandatory on a match")
            self._check_status(record["statusInfo"])
            record["statusInfoModificationDate"] = now
        for key in ("additionalInfo",):
            for name in record.get(key) or {}:
                node = self.record("CRDataNode", name.lstrip("_")) if name.startswith("_") else None
                if node is None:
                    raise HttpError(422, f"additionalInfo key {name!r} names no extra-field definition")
        if "attachments" in changed:
            mode = self.settings.get("match_attachments", "accept")
            if mode == "reject":
                raise HttpError(
                    422, "Matches do not take attachments in this Carerix; add them to the candidate"
                )
            if mode == "ignore":
                record["attachments"] = old.get("attachments") or []
                return []
        return pending

    def _new_todo(self, record: dict[str, Any]) -> None:
        if not record.get("subject") and not record.get("notes"):
            raise HttpError(422, "CRToDo needs a subject or notes")
        record.setdefault("todoTypeKey", 4)
        record.setdefault("status", 0)
