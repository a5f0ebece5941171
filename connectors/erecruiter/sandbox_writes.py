"""The eRecruiter sandbox's write routes (VENDOR.md "Writes"), with eRecruiter's inverted verbs (PUT
creates, POST updates): applicants, applications, custom fields, documents, CVs and history entries,
validated as ASP.NET model binding answers (``ModelState`` errors per field)."""

from __future__ import annotations

import re
from typing import Any

from connectors.erecruiter.sandbox_data import FIELDS_BY_NAME, GENDERS, custom_value
from connectors.erecruiter.sandbox_records import (
    ERecruiterRecords,
    enum_name,
    json_object,
    parse_time,
    raise_invalid,
)
from connectors.sandbox.ids import IdCounter
from connectors.sandbox.wire import HttpError, Request, Response, file_bytes, json_response

MAX_DOCUMENT_BYTES = 10 * 1024 * 1024  # VENDOR.md "Writes": no published limit (A)
SALARY_PERIODS = ("Monthly", "Yearly")
HISTORY_TYPES = ("Manual", "Import", "PrivacyPolicy")
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
#: ApplicantParameter: the fields a client writes (VENDOR.md "Object shapes", V).
#: ``connectors/erecruiter/actions.py`` keeps the same list: a deliberate duplication, since the sandbox
#: is written from the vendor's docs and never imports the connector (CONTRIBUTING.md "The sandbox").
APPLICANT_FIELDS = (
    "DateOfCreation",
    "FirstName",
    "LastName",
    "Email",
    "Gender",
    "TitleBeforeName",
    "TitleAfterName",
    "BirthDate",
    "Street",
    "City",
    "ZipCode",
    "Country",
    "Citizenship",
    "Phone",
    "MobilePhone",
    "Url",
    "IsActive",
    "EnableNewsletter",
    "EnableMatchingJobsAutoMail",
    "Tags",
    "JobProfiles",
    "Regions",
    "CareerLevel",
    "Location",
    "Salary",
    "SalaryNotes",
    "SalaryCurrency",
    "SalaryPeriod",
    "EarliestPossibleBeginDate",
    "IsWillingToMove",
    "Referrer",
    "ReferrerAdditionalInfo",
    "Classification",
    "ImportantInfo",
    "SelfDescription",
    "JobDescription",
    "Culture",
    "GlobalId",
    "ExternalId",
    "PolicyAcceptedAt",
)


class ERecruiterWrites(ERecruiterRecords):
    """The PUT/POST/DELETE handlers; ``ERecruiterSandbox`` registers them."""

    ids: IdCounter

    def _check_applicant(self, body: dict[str, Any], errors: dict[str, list[str]]) -> dict[str, Any]:
        """ApplicantParameter → the stored fields, collecting ModelState errors (VENDOR.md "Writes")."""
        values: dict[str, Any] = {}
        unknown = sorted(
            set(body)
            - set(APPLICANT_FIELDS)
            - {
                "Id",
                "ThirdPartyProfiles",
                "HasCv",
                "HasPhoto",
                "DocumentsCount",
                "DateOfUpdateByUser",
                "DateOfUpdateByApplicant",
                "IsLocked",
                "HasApplicationsVisibleToApplicant",
            }
        )
        for name in unknown:  # Web API's JSON reader ignores unknown members (S); so do we
            body.pop(name)
        for name in ("FirstName", "LastName"):
            if not str(body.get(name) or "").strip():
                errors.setdefault(f"applicant.{name}", []).append(f"The {name} field is required.")
        email = str(body.get("Email") or "").strip()
        if email and not EMAIL.match(email):
            errors.setdefault("applicant.Email", []).append(f"'{email}' is not a valid e-mail address.")
        created = parse_time(body.get("DateOfCreation"), "applicant.DateOfCreation", errors)
        if created is None and "applicant.DateOfCreation" not in errors:
            # Required since 1.1 (V, ChangeLog).
            errors.setdefault("applicant.DateOfCreation", []).append("The DateOfCreation field is required.")
        gender = body.get("Gender", "Unknown")
        if isinstance(gender, int) and not isinstance(gender, bool) and 0 <= gender < len(GENDERS):
            gender = GENDERS[gender]
        if gender not in GENDERS:
            errors.setdefault("applicant.Gender", []).append(f"The value '{gender}' is not valid for Gender.")
        salary = body.get("Salary")
        if salary is not None and (isinstance(salary, bool) or not isinstance(salary, int)):
            # Salary is an int? (V): a decimal does not bind.
            errors.setdefault("applicant.Salary", []).append(
                f"The value '{salary}' is not valid for Nullable`1[Int32]."
            )
        if body.get("SalaryPeriod") not in (None, *SALARY_PERIODS):
            errors.setdefault("applicant.SalaryPeriod", []).append(
                f"The value '{body.get('SalaryPeriod')}' is not valid for SalaryPeriod."
            )
        begin = body.get("EarliestPossibleBeginDate")
        if begin is not None and not (
            isinstance(begin, dict)
            and all(isinstance(begin.get(k), int | None) for k in ("Year", "Month", "Day"))
        ):
            errors.setdefault("applicant.EarliestPossibleBeginDate", []).append(
                "A FlexDate is an object with Year, Month, Day and IsRelativeDate."
            )
        tags = body.get("Tags")
        if tags is not None and not (isinstance(tags, list) and all(isinstance(t, str) for t in tags)):
            errors.setdefault("applicant.Tags", []).append("Tags is a list of strings.")
        policy = parse_time(body.get("PolicyAcceptedAt"), "applicant.PolicyAcceptedAt", errors)
        for name in APPLICANT_FIELDS:
            if name in body:
                values[name] = body[name]
        values.update({"DateOfCreation": created, "Gender": gender, "PolicyAcceptedAt": policy})
        values["Tags"] = sorted(dict.fromkeys(t.strip() for t in (tags or []) if t.strip()), key=str.lower)
        return values

    def _create_applicant(self, request: Request) -> Response:
        """``PUT /Api/Applicant/``: creates (PUT creates at eRecruiter, V) and answers the applicant."""
        errors: dict[str, list[str]] = {}
        values = self._check_applicant(json_object(request), errors)
        raise_invalid(errors)
        applicant_id = self.ids.next("applicants")
        now = self.now()
        record = {
            "IsActive": True,
            "Tags": [],
            "JobProfiles": [],
            "Regions": [],
            "ThirdPartyProfiles": [],
            **{name: None for name in APPLICANT_FIELDS if name not in values},
            **values,
            "id": str(applicant_id),
            "Id": applicant_id,
            "DateOfUpdateByUser": now,
            "DateOfUpdateByApplicant": None,
            "IsLocked": False,
            "GlobalId": 900000000 + applicant_id,
            "_cf": {},
            "_cv": None,
        }
        self.store["applicants"].insert(record)
        return json_response(self.render_applicant(record))

    def _update_applicant(self, request: Request) -> Response:
        """``POST /Api/Applicant/{id}``: the whole parameter replaces the writable fields (V/A)."""
        applicant = self._applicant(request)
        errors: dict[str, list[str]] = {}
        values = self._check_applicant(json_object(request), errors)
        raise_invalid(errors)
        changes = {name: values.get(name) for name in APPLICANT_FIELDS if name != "GlobalId"}
        changes["Tags"] = values["Tags"]
        changes["DateOfUpdateByUser"] = self.now()
        updated = self.store["applicants"].update(applicant["id"], changes, merge=False)
        return json_response(self.render_applicant(updated))

    def _delete_applicant(self, request: Request) -> Response:
        """``DELETE /Api/Applicant/{id}?deleteCompletely=false|true``: anonymise the applicant (the
        default) or delete them completely; an ApplicantResponse (V: the client's
        ``ApplicantDeleteRequest``). How an anonymised applicant reads afterwards is not documented (A):
        here either way they and their applications and documents are gone from every read, as after
        the control API's delete; the answer is the applicant with the personal fields emptied."""
        applicant = self._applicant(request)
        flag = (request.args("deleteCompletely") or ["false"])[0].lower()
        if flag not in ("true", "false"):
            raise HttpError(400, f"The value '{flag}' is not valid for Boolean.")
        answer = self.render_applicant(applicant)
        for name in APPLICANT_FIELDS:
            if name in answer and name != "DateOfCreation":
                answer[name] = None
        for document in self.store["documents"].lookup("by_applicant", applicant["id"]):
            self.store["documents"].delete(document["id"])
        self.control_delete("applicants", applicant["id"])
        return json_response(answer)

    def _create_application(self, request: Request) -> Response:
        """``PUT /Api/Application/``: ``{ApplicationId, Errors}`` (V); RefreshApplicationIfItAlreadyExists
        as the vendor's knowledge base describes it (V)."""
        body = json_object(request)
        errors: list[str] = []
        job = self.store["jobs"].get(str(body.get("JobId")))
        applicant = self.store["applicants"].get(str(body.get("ApplicantId")))
        if applicant is None:
            errors.append("ApplicantDoesNotExist")
        if job is None:
            errors.append("JobDoesNotExist")
        elif job["Status"] != "Open":
            errors.append("JobIsClosed")
        if errors or job is None or applicant is None:
            return json_response({"ApplicationId": None, "Errors": errors})
        existing = [
            a
            for a in self.store["applications"].lookup("by_applicant", applicant["id"])
            if a["JobId"] == job["Id"]
        ]
        if existing:
            application = existing[0]
            if body.get("RefreshApplicationIfItAlreadyExists"):
                self.store["history"].insert(
                    {
                        "id": str(self.ids.next("history")),
                        "_applicant": applicant["id"],
                        "JobId": job["Id"],
                        "Subject": "Ponowna aplikacja",
                        "Body": "Kandydat ponownie zaaplikował na to stanowisko.",
                        "Type": "Manual",
                        "CreatedBy": "API",
                        "CreatedOn": self.now(),
                    }
                )
                return json_response({"ApplicationId": application["Id"], "Errors": []})
            return json_response({"ApplicationId": application["Id"], "Errors": ["ApplicationAlreadyExists"]})
        application_id = self.ids.next("applications")
        referrer = body.get("Referrer") or applicant.get("Referrer")
        self.store["applications"].insert(
            {
                "id": str(application_id),
                "Id": application_id,
                "ApplicantId": applicant["Id"],
                "JobId": job["Id"],
                "Status": "Nowa aplikacja",
                "StatusForApplicant": "Otrzymaliśmy Twoją aplikację",
                "StatusForContact": "Nowa aplikacja",
                "IsVisibleToApplicant": True,
                "IsVisibleToContact": True,
                "Referrer": referrer,
                "ReferrerAdditionalInfo": body.get("ReferrerAdditionalInfo"),
                "CoverLetter": body.get("CoverLetter"),
                "AvailableActivities": [],
            }
        )
        return json_response({"ApplicationId": application_id, "Errors": []})

    def _set_custom_field(self, request: Request) -> Response:
        """``POST /Api/Applicant/{id}/CustomField``: CustomFieldValueParameter ``{CustomField, Value,
        Values}`` with the formats its documentation gives (V)."""
        applicant = self._applicant(request)
        body = json_object(request)
        name = str(body.get("CustomField") or "")
        definition = FIELDS_BY_NAME.get(name)
        if definition is None or not definition["Target"].startswith(("Applicant", "JobApplicant")):
            raise HttpError(400, f"Unknown applicant custom field '{name}'.")
        kind = definition["Type"]
        value = body.get("Value")
        stored: Any
        if kind == "Html":
            raise HttpError(
                400, f"Custom field '{name}' is of type Html, which cannot be set through the API."
            )
        if kind == "CheckboxList":
            values = body.get("Values")
            if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
                raise HttpError(400, f"Custom field '{name}' is a CheckboxList: send its choices as Values.")
            wrong = [v for v in values if v not in definition["PossibleValues"]]
            if wrong:
                raise HttpError(400, f"'{wrong[0]}' is not a possible value of custom field '{name}'.")
            stored = list(values)
        elif kind == "CheckBox":
            if str(value).lower() not in ("true", "false"):
                raise HttpError(
                    400, f'Custom field \'{name}\' is a CheckBox: Value must be "true" or "false".'
                )
            stored = str(value).lower()
        elif kind == "DropdownList":
            if value not in definition["PossibleValues"]:
                raise HttpError(400, f"'{value}' is not a possible value of custom field '{name}'.")
            stored = value
        elif kind == "Date":
            problems: dict[str, list[str]] = {}
            parsed = parse_time(value, "Value", problems)
            if parsed is None:
                raise HttpError(400, f"Custom field '{name}' is a Date: '{value}' is not a date.")
            stored = str(value)[:10] + "T00:00:00"
        else:
            if not isinstance(value, str):
                raise HttpError(400, f"Custom field '{name}' takes its text as Value.")
            stored = value
        cf = {**applicant["_cf"], name: stored}
        self.store["applicants"].update(
            applicant["id"], {"_cf": cf, "DateOfUpdateByUser": self.now()}, merge=False
        )
        return json_response(custom_value(definition, stored))

    def _delete_custom_field(self, request: Request) -> Response:
        applicant = self._applicant(request)
        name = request.params["name"]
        if name not in applicant["_cf"]:
            raise HttpError(404, f"Custom field '{name}' has no value for applicant {applicant['id']}.")
        cf = {k: v for k, v in applicant["_cf"].items() if k != name}
        self.store["applicants"].update(applicant["id"], {"_cf": cf}, merge=False)
        return json_response(custom_value(FIELDS_BY_NAME[name], None))

    def _file(self, body: dict[str, Any]) -> tuple[str, str]:
        content = body.get("Content")
        extension = str(body.get("FileExtension") or "")
        if not isinstance(content, str) or not content:
            raise HttpError(400, "The document has no Content.")
        file_bytes(
            content,
            MAX_DOCUMENT_BYTES,
            HttpError(400, "Content is not valid base64."),
            (400, "The document is {size} bytes; at most {limit} are accepted."),
        )
        if not re.match(r"^\.[A-Za-z0-9]{1,8}$", extension):
            raise HttpError(400, f"'{extension}' is not a file extension (e.g. .pdf).")
        return content, extension.lower()

    def _add_document(self, request: Request) -> Response:
        """``PUT /Api/Applicant/Document/{applicantId}`` (V); ``Type`` must be one of the mandator's
        ApplicantDocumentTypes (A)."""
        applicant = self._applicant(request)
        body = json_object(request)
        content, extension = self._file(body)
        kind = body.get("Type")
        if kind not in self.mandator["ApplicantDocumentTypes"]:
            raise HttpError(
                400,
                f"'{kind}' is not a document type of this mandator "
                f"({', '.join(self.mandator['ApplicantDocumentTypes'])}).",
            )
        name = str(body.get("Name") or "").strip()
        if not name:
            raise HttpError(400, "The document needs a Name.")
        document_id = self.ids.next("documents")
        record = {
            "id": str(document_id),
            "Id": document_id,
            "_applicant": applicant["id"],
            "Name": name,
            "FileExtension": extension,
            "Type": kind,
            "IsPublic": bool(body.get("IsPublic")),
            "Content": content,
        }
        self.store["documents"].insert(record)
        self.store["applicants"].update(applicant["id"], {"DateOfUpdateByUser": self.now()}, merge=False)
        return json_response(self.render_document(record, False))

    def _delete_document(self, request: Request) -> Response:
        document = self._get("documents", request.params["documentId"], "Document")
        self.store["documents"].delete(document["id"])
        return json_response(self.render_document(document, False))

    def _add_cv(self, request: Request) -> Response:
        """``PUT /Api/Applicant/Cv/{applicantId}``: ``{Content, FileExtension}`` only (V, 1.1.1). One CV
        per applicant: a second PUT is refused (replacing is POST, A)."""
        applicant = self._applicant(request)
        content, extension = self._file(json_object(request))
        if applicant.get("_cv"):
            raise HttpError(400, f"Applicant {applicant['id']} already has a CV; POST replaces it.")
        self.store["applicants"].update(
            applicant["id"],
            {"_cv": {"FileExtension": extension, "Content": content}, "DateOfUpdateByUser": self.now()},
            merge=False,
        )
        return json_response({"FileExtension": extension, "Content": None})

    def _add_history(self, request: Request) -> Response:
        """``PUT /Api/Applicant/History/{applicantId}``: the answer is the parameter's shape (V)."""
        applicant = self._applicant(request)
        body = json_object(request)
        subject = str(body.get("Subject") or "").strip()
        errors: dict[str, list[str]] = {}
        if not subject:
            errors.setdefault("history.Subject", []).append("The Subject field is required.")
        kind = enum_name(body.get("Type"), HISTORY_TYPES) or "Manual"
        if kind not in HISTORY_TYPES:
            errors.setdefault("history.Type", []).append(f"The value '{kind}' is not valid for HistoryType.")
        job_id = body.get("JobId")
        if job_id is not None and self.store["jobs"].get(str(job_id)) is None:
            errors.setdefault("history.JobId", []).append(f"Job {job_id} not found.")
        raise_invalid(errors)
        record = {
            "id": str(self.ids.next("history")),
            "_applicant": applicant["id"],
            "JobId": job_id,
            "Subject": subject,
            "Body": body.get("Body"),
            "Type": kind,
            "CreatedBy": body.get("CreatedBy"),
            "CreatedOn": self.now(),
        }
        self.store["history"].insert(record)
        return json_response({k: record[k] for k in ("JobId", "Subject", "Body", "Type", "CreatedBy")})
