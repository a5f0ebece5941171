"""The RECRU sandbox's write methods (VENDOR.md "Writes"): saving a jobseeker, applying to a project,
tags, file uploads (Base64), the product tour and newsletter subscriptions."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import Any

from connectors.recru import sandbox_data as sd
from connectors.recru.sandbox_records import DATE, EMAIL, Failed, RecruRecords, ok, parse_stamp
from connectors.sandbox.ids import next_numeric_id
from connectors.sandbox.wire import base64_bytes

MAX_FILE_BYTES = 10 * 1024 * 1024  # VENDOR.md "Writes" (A)
FILE_TYPES = ("CV", "COVER_LETTER", "CERTIFICATE", "OTHER")
FILE_EXTENSIONS = ("pdf", "doc", "docx", "odt", "rtf", "txt", "jpg", "jpeg", "png")


class RecruWrites(RecruRecords):
    """The write handlers; ``RecruSandbox`` puts them in its method table."""

    unsubscribed: set[str]
    file_contents: dict[str, bytes]

    @staticmethod
    def _viewed_tour(params: dict[str, Any]) -> dict[str, Any]:
        if params.get("tourId") in (None, ""):
            raise Failed("Pflichtfeld fehlt: tourId")
        return ok()

    def _unsubscribe(self, add: bool) -> Callable[[dict[str, Any]], dict[str, Any]]:
        def handler(params: dict[str, Any]) -> dict[str, Any]:
            email = str(params.get("email") or "").strip().lower()
            if not EMAIL.match(email):
                raise Failed("Ungültige E-Mail-Adresse")
            with self._lock:
                (self.unsubscribed.add if add else self.unsubscribed.discard)(email)
            return ok()

        return handler

    def _source_id(self, value: Any) -> int | None:
        source = self._int(value, "source_id", required=False)
        if source is not None and source not in {s[0] for s in sd.SOURCES}:
            raise Failed(f"Quelle nicht gefunden (id {source})")
        return source

    @staticmethod
    def _consent(request: dict[str, Any], changes: dict[str, Any]) -> None:
        if "gdpr_consent" not in request:
            if request.get("gdpr_consent_valid_to"):
                raise Failed("gdpr_consent_valid_to setzt eine Einwilligung voraus (gdpr_consent)")
            return
        given = request["gdpr_consent"]
        if given not in (True, False, 0, 1, "0", "1"):
            raise Failed(f"Ungültiger Wert für gdpr_consent: {given!r}")
        given = str(given).lower() in ("true", "1")
        changes["gdpr_consent"] = 1 if given else 0
        valid_to = request.get("gdpr_consent_valid_to")
        if not given:
            changes["gdpr_valid_to_ts"] = None
        elif valid_to not in (None, ""):
            if not isinstance(valid_to, str) or not DATE.match(valid_to):
                raise Failed(f"Ungültiges Datum für gdpr_consent_valid_to: {valid_to!r} (JJJJ-MM-TT)")
            try:
                changes["gdpr_valid_to_ts"] = parse_stamp(f"{valid_to} 00:00:00")
            except ValueError:
                raise Failed(f"Ungültiges Datum für gdpr_consent_valid_to: {valid_to!r}") from None

    def _save(self, params: dict[str, Any]) -> dict[str, Any]:
        """``JobseekerService.save``: without ``id`` creates, with one updates (VENDOR.md "Writes", A)."""
        request = self._request(params)
        seekers = self.store["jobseekers"]
        changes: dict[str, Any] = {}
        for name in ("first_name", "last_name", "email", "phone", "city"):
            if name in request:
                value = request[name]
                changes[name] = str(value).strip() if value not in (None, "") else None
        if "email" in changes and changes["email"] and not EMAIL.match(changes["email"]):
            raise Failed("Ungültige E-Mail-Adresse")
        if "source_id" in request:
            changes["source_id"] = self._source_id(request["source_id"])
        self._consent(request, changes)
        with self.store.lock:
            record_id = self._int(request.get("id"), "id", required=False)
            if record_id is not None:
                if seekers.get(str(record_id)) is None:
                    raise Failed(f"Bewerber nicht gefunden (id {record_id})")
                changes["updated_ts"] = self.now_ts()
                seekers.update(str(record_id), changes, merge=False)
                return ok({"id": record_id}, "Gespeichert")
            for name in ("first_name", "last_name", "email"):
                if not changes.get(name):
                    raise Failed(f"Pflichtfeld fehlt: {name}")
            if seekers.lookup("by_email", changes["email"].lower()):
                raise Failed("E-Mail-Adresse ist bereits einem Bewerber zugeordnet")
            now = self.now_ts()
            rec = {
                "id": next_numeric_id(self.store, "jobseekers", 9000),
                "title": None,
                "email2": None,
                "mobile": None,
                "street": None,
                "zip": None,
                "country_id": "DE",
                "current_employer": None,
                "current_position": None,
                "source_id": None,
                "tag_ids": [],
                "gdpr_consent": 0,
                "gdpr_valid_to_ts": None,
                **changes,
                "created_ts": now,
                "updated_ts": now,
            }
            seekers.insert(rec)
        return ok({"id": int(rec["id"])}, "Gespeichert")

    def _apply(self, params: dict[str, Any]) -> dict[str, Any]:
        """``JobseekerService.apply``: the jobseeker joins the project's pipeline at its first step,
        or at ``pipeline_step_id`` (VENDOR.md "Writes", A)."""
        request = self._request(params)
        jsid = self._int(request.get("jobseeker_id"), "jobseeker_id")
        pid = self._int(request.get("project_id"), "project_id")
        source = self._source_id(request.get("source_id"))
        with self.store.lock:
            seeker = self.store["jobseekers"].get(str(jsid))
            if seeker is None:
                raise Failed(f"Bewerber nicht gefunden (id {jsid})")
            project = self.store["projects"].get(str(pid))
            if project is None:
                raise Failed(f"Projekt nicht gefunden (id {pid})")
            if project["status"] != "open":
                raise Failed(f"Projekt ist nicht offen (Status: {project['status']})")
            apps = self.store["applications"]
            if apps.lookup("by_pair", (str(jsid), str(pid))):
                raise Failed("Bewerber ist bereits diesem Projekt zugeordnet")
            pipeline = list(project.get("pipeline") or [])
            step = self._int(request.get("pipeline_step_id"), "pipeline_step_id", required=False)
            if step is None:
                step = pipeline[0] if pipeline else 1
            elif step not in pipeline:
                raise Failed(f"Pipeline-Schritt {step} gehört nicht zu diesem Projekt")
            now = self.now_ts()
            new_id = next_numeric_id(self.store, "applications", 77000)
            rec = {
                "id": new_id,
                "project_id": str(pid),
                "jobseeker_id": str(jsid),
                "pipeline_step_id": step,
                "rejection_reason_id": None,
                "source_id": source if source is not None else seeker.get("source_id"),
                "created_ts": now,
                "updated_ts": now,
                "hired_ts": None,
                "rejected_ts": None,
            }
            apps.insert(rec)
        return ok({"id": int(new_id)}, "Bewerber wurde dem Projekt zugeordnet")

    def _add_tag(self, params: dict[str, Any]) -> dict[str, Any]:
        """``JobseekerService.addTag``: an existing tag only; twice is fine (VENDOR.md "Writes", A)."""
        request = self._request(params)
        jsid = self._int(request.get("jobseeker_id"), "jobseeker_id")
        tag = self._int(request.get("tag_id"), "tag_id")
        with self.store.lock:
            seeker = self.store["jobseekers"].get(str(jsid))
            if seeker is None:
                raise Failed(f"Bewerber nicht gefunden (id {jsid})")
            if str(tag) not in self.store["tags"]:
                raise Failed(f"Tag nicht gefunden (id {tag})")
            held = [int(t) for t in seeker.get("tag_ids") or []]
            if tag not in held:
                self.store["jobseekers"].update(
                    str(jsid), {"tag_ids": sorted([*held, tag]), "updated_ts": self.now_ts()}, merge=False
                )
        return ok()

    def _upload(self, params: dict[str, Any]) -> dict[str, Any]:
        """``FileService.upload``: base64 content with a type (VENDOR.md "Writes", A)."""
        request = self._request(params)
        jsid = self._int(request.get("jobseeker_id"), "jobseeker_id")
        appid = self._int(request.get("application_id"), "application_id", required=False)
        kind = str(request.get("file_type") or "")
        name = str(request.get("file_name") or "").strip()
        if not kind:
            raise Failed("Pflichtfeld fehlt: file_type")
        if kind not in FILE_TYPES:
            raise Failed(f"Ungültiger Dateityp: {kind} (erlaubt: {', '.join(FILE_TYPES)})")
        if not name:
            raise Failed("Pflichtfeld fehlt: file_name")
        extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
        if extension not in FILE_EXTENSIONS:
            raise Failed(f"Dateiformat nicht erlaubt: {name} (erlaubt: {', '.join(FILE_EXTENSIONS)})")
        content = base64_bytes(str(request.get("content") or ""))
        if content is None:
            raise Failed("Ungültiger Dateiinhalt (Base64 erwartet)")
        if not content:
            raise Failed("Pflichtfeld fehlt: content")
        if len(content) > MAX_FILE_BYTES:
            raise Failed("Datei zu groß (max. 10 MB)")
        with self.store.lock:
            if self.store["jobseekers"].get(str(jsid)) is None:
                raise Failed(f"Bewerber nicht gefunden (id {jsid})")
            if appid is not None:
                app = self.store["applications"].get(str(appid))
                if app is None or app["jobseeker_id"] != str(jsid):
                    raise Failed(f"Bewerbung nicht gefunden (id {appid})")
            file_id = next_numeric_id(self.store, "files", 5000)
            rec = {
                "id": file_id,
                "jobseeker_id": str(jsid),
                "application_id": str(appid) if appid is not None else None,
                "file_type": kind,
                "file_name": name,
                "mime_type": request.get("mime_type") or "application/octet-stream",
                "size": len(content),
                "sha256": hashlib.sha256(content).hexdigest(),
                "created_ts": self.now_ts(),
            }
            self.store["files"].insert(rec)
            self.file_contents[file_id] = content
        return ok({"id": int(file_id)}, "Datei gespeichert")
