"""The RECRU sandbox's read methods: paged lists with deltas (VENDOR.md "Paging and deltas"), single
reads, the pipeline, codebooks and the form metadata the published operations describe."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from connectors.recru import sandbox_data as sd
from connectors.recru.sandbox_records import DATE, STAMP, Failed, RecruRecords, ok, parse_stamp
from connectors.sandbox.ids import sorted_ids
from connectors.sandbox.wire import HttpError

LIMIT_DEFAULT, LIMIT_MAX = 50, 100  # VENDOR.md "Paging and deltas" (A)


def _form(rows: str) -> tuple[dict[str, Any], ...]:
    """Field metadata from rows of ``name | label | type | required | codebook`` (the last two may be
    empty or left out), in RECRU's shape: ``{name, label, type, required[, codebook]}``."""
    fields = []
    for row in filter(None, (line.strip() for line in rows.splitlines())):
        name, label, kind, required, codebook = ([c.strip() for c in row.split("|")] + ["", ""])[:5]
        field: dict[str, Any] = {"name": name, "label": label, "type": kind}
        field["required"] = required == "required"
        if codebook:
            field["codebook"] = codebook
        fields.append(field)
    return tuple(fields)


#: The form fields the metadata operations describe (VENDOR.md "Self-description": shapes A), one per
#: row: ``name | label | type | required | codebook``.
JOBSEEKER_FORM = _form(
    """
    first_name            | Vorname                 | string   | required
    last_name             | Nachname                | string   | required
    title                 | Titel                   | string
    email                 | E-Mail                  | email    | required
    phone                 | Telefon                 | string
    mobile                | Mobil                   | string
    street                | Straße                  | string
    zip                   | PLZ                     | string
    city                  | Ort                     | string
    country_id            | Land                    | codebook |          | countries
    source_id             | Quelle                  | codebook |          | jobseekerSources
    gdpr_consent          | DSGVO-Einwilligung      | bool
    gdpr_consent_valid_to | Einwilligung gültig bis | date
    """
)
#: The jobseeker fields the application form asks for too.
APPLY_FIELDS = {"first_name", "last_name", "email", "phone", "city", "source_id"}
APPLY_FIELDS |= {"gdpr_consent", "gdpr_consent_valid_to"}
APPLY_FORM: tuple[dict[str, Any], ...] = (
    *_form("project_id | Projekt | integer | required"),
    *(f for f in JOBSEEKER_FORM if f["name"] in APPLY_FIELDS),
    {
        "name": "files",
        "label": "Dateien",
        "type": "file[]",
        "required": False,
        "file_types": ["CV", "COVER_LETTER", "CERTIFICATE", "OTHER"],
    },
)
PROJECT_FORM = _form(
    """
    name               | Bezeichnung    | string   | required
    client_id          | Kunde          | integer  | required
    city               | Einsatzort     | string
    employment_type_id | Anstellungsart | codebook
    salary             | Gehalt         | number
    date_from          | Beginn         | date
    """
)
CLIENT_FORM = _form(
    """
    name       | Firmenname | string   | required
    street     | Straße     | string
    zip        | PLZ        | string
    city       | Ort        | string
    country_id | Land       | codebook |          | countries
    sk_nace    | SK NACE    | codebook |          | skNace
    """
)

class RecruReads(RecruRecords):
    """The read handlers; ``RecruSandbox`` puts them in its method table."""

    def _list_method(
        self, collection: str, render: Callable[[dict[str, Any]], Any], filters: dict[str, str]
    ) -> Callable[[dict[str, Any]], dict[str, Any]]:
        """A paged list (VENDOR.md "Paging and deltas", A): ``request{page, limit, filter{updated_from,
        …}}`` → ``data{items, total, page, limit}``, by id ascending. ``filters`` maps a filter name to
        an index of the collection (or ``status`` to the field)."""
        has_updated = collection in ("users", "projects", "jobseekers", "applications")

        def handler(params: dict[str, Any]) -> dict[str, Any]:
            request = self._request(params)
            page = self._int(request.get("page"), "page", required=False) or 1
            limit = self._int(request.get("limit"), "limit", required=False) or LIMIT_DEFAULT
            if page < 1 or limit < 1:
                raise Failed("Ungültige Seitenangabe: page und limit müssen positiv sein")
            limit = min(limit, int(self.settings.get("max_limit") or LIMIT_MAX))
            wanted = request.get("filter") or {}
            if not isinstance(wanted, dict):
                raise HttpError(200, "Invalid params: filter must be an object", "PARAMS")
            known = {*filters, *(("updated_from",) if has_updated else ())}
            unknown = sorted(set(wanted) - known)
            if unknown:
                raise HttpError(
                    200,
                    f"Invalid params: unknown filter {', '.join(unknown)}; "
                    f"allowed: {', '.join(sorted(known))}",
                    "PARAMS",
                )
            coll = self.store[collection]
            ids = sorted_ids(self.store, collection)
            for name, value in wanted.items():
                if name == "updated_from" or value in (None, ""):
                    continue
                index = filters[name]
                if name == "email":
                    key: Any = str(value).strip().lower()
                else:
                    key = str(self._int(value, name))
                if index in ("status",):
                    ids = [i for i in ids if str((coll.get(i) or {}).get(index)) == str(value)]
                else:
                    found = {r["id"] for r in coll.lookup(index, key)}
                    ids = [i for i in ids if i in found]
            since_text = wanted.get("updated_from")
            if since_text not in (None, ""):
                if not isinstance(since_text, str) or not (
                    STAMP.match(since_text) or DATE.match(since_text)
                ):
                    raise Failed(f"Ungültiges Datum für updated_from: {since_text!r} (JJJJ-MM-TT HH:MM:SS)")
                since = parse_stamp(since_text if " " in since_text else f"{since_text} 00:00:00")
                picked = tuple(sorted((k, str(v)) for k, v in wanted.items()))
                ids = self.store.cached(
                    ("since", collection, coll.version, picked),
                    lambda: [i for i in ids if (coll.get(i) or {}).get("updated_ts", 0) >= since],
                )
            chunk = ids[(page - 1) * limit : page * limit]
            items = [render(rec) for rec in (coll.get(i) for i in chunk) if rec is not None]
            return ok({"items": items, "total": len(ids), "page": page, "limit": limit})

        return handler

    def _get_method(
        self, collection: str, what: str, render: Callable[[dict[str, Any]], Any]
    ) -> Callable[[dict[str, Any]], dict[str, Any]]:
        def handler(params: dict[str, Any]) -> dict[str, Any]:
            record_id = self._int(params.get("id"), "id")
            rec = self.store[collection].get(str(record_id))
            if rec is None:
                raise Failed(f"{what} nicht gefunden (id {record_id})")
            return ok(render(rec))

        return handler

    def _pipeline(self, params: dict[str, Any]) -> dict[str, Any]:
        pid = self._int(params.get("project_id"), "project_id")
        rec = self.store["projects"].get(str(pid))
        if rec is None:
            raise Failed(f"Projekt nicht gefunden (id {pid})")
        return ok(self.render_pipeline(rec))

    @staticmethod
    def _metadata(form: tuple[dict[str, Any], ...]) -> Callable[[dict[str, Any]], dict[str, Any]]:
        """A "… save metadata" operation: the fields of a create form (S: the operations; A: the shape)."""
        return lambda params: ok({"fields": [dict(f) for f in form]})

    def _apply_metadata(self, params: dict[str, Any]) -> dict[str, Any]:
        """ "Get Jobseeker Apply Metadata": the fields of RECRU's apply form (S: the operation; A: shape),
        with what this tenant requires on top (setting ``required_apply_fields``)."""
        extra = set(self.settings.get("required_apply_fields") or ())
        fields = [{**f, "required": bool(f["required"]) or f["name"] in extra} for f in APPLY_FORM]
        return ok({"fields": fields})

    def _multiple_codebooks(self, params: dict[str, Any]) -> dict[str, Any]:
        books = {
            "jobseekerSources": {str(i): n for i, n, _ in sd.SOURCES},
            "rejectionReasons": {str(i): n for i, n in sd.REJECTION_REASONS},
            "projectCloseReasons": {str(i): n for i, n in sd.CLOSE_REASONS},
            "countries": dict(sd.COUNTRIES),
            "locales": dict(sd.LOCALES),
            "colors": dict(sd.COLORS),
            "eventTypes": {str(i): n for i, n in sd.EVENT_TYPES},
            "skNace": dict(sd.SK_NACE),
        }
        wanted = params.get("codebooks")
        if not isinstance(wanted, list) or not wanted:
            raise Failed("Pflichtfeld fehlt: codebooks")
        unknown = [str(w) for w in wanted if w not in books]
        if unknown:
            raise Failed(f"Unbekanntes Codebook: {', '.join(unknown)} (bekannt: {', '.join(books)})")
        return ok({str(w): books[str(w)] for w in wanted})
