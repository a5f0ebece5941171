"""Human, translated names for models, list columns, detail sections and fields.

The non-UI layers speak in keys (``candidates``, ``remote_created_at``); this is the one place that
turns them into words. Each table marks its strings with ``QT_TRANSLATE_NOOP`` (so pyside6-lupdate
finds them) and one lookup, ``translated``, turns them into the user's language when asked.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name pyside6-lupdate looks for)
    """Marks ``text`` for translation under ``context`` and returns it as it is (Qt's own is untyped)."""
    return text


def translated(context: str, table: Mapping[str, str], key: str, fallback: str) -> str:
    """``table[key]``, an English text marked for ``context``, in the user's language; ``fallback``
    where the table does not know ``key``. Translating at call time (not when the table is built)
    follows a language switch."""
    text = table.get(key)
    return fallback if text is None else QCoreApplication.translate(context, text)


def _words(key: str) -> str:
    """A key no table knows, as words: ``job_postings`` -> "Job postings"."""
    return key.replace("_", " ").capitalize()


# Each model's name in the plural (tabs, lists) and the singular (one record); None: no singular.
_MODELS: dict[str, tuple[str, str | None]] = {
    "jobs": (QT_TRANSLATE_NOOP("Labels", "Jobs"), QT_TRANSLATE_NOOP("Labels", "Job")),
    "candidates": (QT_TRANSLATE_NOOP("Labels", "Candidates"), QT_TRANSLATE_NOOP("Labels", "Candidate")),
    "applications": (QT_TRANSLATE_NOOP("Labels", "Applications"), QT_TRANSLATE_NOOP("Labels", "Application")),
    "interviews": (QT_TRANSLATE_NOOP("Labels", "Interviews"), QT_TRANSLATE_NOOP("Labels", "Interview")),
    "offers": (QT_TRANSLATE_NOOP("Labels", "Offers"), QT_TRANSLATE_NOOP("Labels", "Offer")),
    "users": (QT_TRANSLATE_NOOP("Labels", "Users"), QT_TRANSLATE_NOOP("Labels", "User")),
    "job_postings": (QT_TRANSLATE_NOOP("Labels", "Job postings"), QT_TRANSLATE_NOOP("Labels", "Job posting")),
    "application_stages": (QT_TRANSLATE_NOOP("Labels", "Stages"), QT_TRANSLATE_NOOP("Labels", "Stage")),
    "tags": (QT_TRANSLATE_NOOP("Labels", "Tags"), QT_TRANSLATE_NOOP("Labels", "Tag")),
    "screening_questions": (
        QT_TRANSLATE_NOOP("Labels", "Screening questions"),
        QT_TRANSLATE_NOOP("Labels", "Screening question"),
    ),
    "pipeline": (QT_TRANSLATE_NOOP("Labels", "Pipeline"), None),
}


_PLURALS = {model: plural for model, (plural, _) in _MODELS.items()}
_SINGULARS = {model: singular for model, (_, singular) in _MODELS.items() if singular is not None}


def model_label(model: str) -> str:
    return translated("Labels", _PLURALS, model, _words(model))


def model_singular(model: str) -> str:
    return translated("Labels", _SINGULARS, model, _words(model))


_SECTIONS: dict[str, str] = {
    "applications": QT_TRANSLATE_NOOP("Labels", "Applications"),
    "interviews": QT_TRANSLATE_NOOP("Labels", "Interviews"),
    "offers": QT_TRANSLATE_NOOP("Labels", "Offers"),
    "tags": QT_TRANSLATE_NOOP("Labels", "Tags"),
    "pipeline": QT_TRANSLATE_NOOP("Labels", "Applications by stage"),
    "hiring_team": QT_TRANSLATE_NOOP("Labels", "Hiring team"),
    "postings": QT_TRANSLATE_NOOP("Labels", "Postings"),
    "screening_questions": QT_TRANSLATE_NOOP("Labels", "Screening questions"),
    "contact": QT_TRANSLATE_NOOP("Labels", "Contact"),
    "belongs_to": QT_TRANSLATE_NOOP("Labels", "Belongs to"),
    "interviewers": QT_TRANSLATE_NOOP("Labels", "Interviewers"),
    "hiring_team_of": QT_TRANSLATE_NOOP("Labels", "Hiring team of"),
    "same_person": QT_TRANSLATE_NOOP("Labels", "Also in other accounts"),
    "same_person_applications": QT_TRANSLATE_NOOP("Labels", "Their applications in other accounts"),
}


def section_label(key: str) -> str:
    return translated("Labels", _SECTIONS, key, _words(key))


_REASONS: dict[str, str] = {
    "email": QT_TRANSLATE_NOOP("Labels", "same e-mail"),
    "phone": QT_TRANSLATE_NOOP("Labels", "same phone"),
}


def reason_label(reason: str) -> str:
    """Why a record in another account is the same person (``Related.reason``)."""
    return translated("Labels", _REASONS, reason, reason)


# Record fields and list columns, one entry a key (a column says what the field it shows says).
_FIELDS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("Labels", "Name"),
    "first_name": QT_TRANSLATE_NOOP("Labels", "First name"),
    "last_name": QT_TRANSLATE_NOOP("Labels", "Last name"),
    "title": QT_TRANSLATE_NOOP("Labels", "Title"),
    "company": QT_TRANSLATE_NOOP("Labels", "Company"),
    "source": QT_TRANSLATE_NOOP("Labels", "Source"),
    "email": QT_TRANSLATE_NOOP("Labels", "E-mail"),
    "email_addresses": QT_TRANSLATE_NOOP("Labels", "E-mail addresses"),
    "phone_numbers": QT_TRANSLATE_NOOP("Labels", "Phone numbers"),
    "social_media": QT_TRANSLATE_NOOP("Labels", "Social media"),
    "location": QT_TRANSLATE_NOOP("Labels", "Location"),
    "custom_fields": QT_TRANSLATE_NOOP("Labels", "Custom fields"),
    "job_code": QT_TRANSLATE_NOOP("Labels", "Job code"),
    "description": QT_TRANSLATE_NOOP("Labels", "Description"),
    "employment_type": QT_TRANSLATE_NOOP("Labels", "Employment type"),
    "status": QT_TRANSLATE_NOOP("Labels", "Status"),
    "visibility": QT_TRANSLATE_NOOP("Labels", "Visibility"),
    "category": QT_TRANSLATE_NOOP("Labels", "Category"),
    "department": QT_TRANSLATE_NOOP("Labels", "Department"),
    "post_url": QT_TRANSLATE_NOOP("Labels", "Public link"),
    "url": QT_TRANSLATE_NOOP("Labels", "Link"),
    "experience_level": QT_TRANSLATE_NOOP("Labels", "Experience level"),
    "opened_at": QT_TRANSLATE_NOOP("Labels", "Opened"),
    "closed_at": QT_TRANSLATE_NOOP("Labels", "Closed"),
    "remote_created_at": QT_TRANSLATE_NOOP("Labels", "Created at vendor"),
    "remote_updated_at": QT_TRANSLATE_NOOP("Labels", "Updated at vendor"),
    "contact_id": QT_TRANSLATE_NOOP("Labels", "Contact"),
    "confidential": QT_TRANSLATE_NOOP("Labels", "Confidential"),
    "weekly_hours": QT_TRANSLATE_NOOP("Labels", "Weekly hours"),
    "remote_work_status": QT_TRANSLATE_NOOP("Labels", "Remote work"),
    "salary_amount": QT_TRANSLATE_NOOP("Labels", "Salary"),
    "salary_amount_from": QT_TRANSLATE_NOOP("Labels", "Salary from"),
    "salary_amount_to": QT_TRANSLATE_NOOP("Labels", "Salary to"),
    "salary_currency": QT_TRANSLATE_NOOP("Labels", "Currency"),
    "salary_period": QT_TRANSLATE_NOOP("Labels", "Salary period"),
    "outcome": QT_TRANSLATE_NOOP("Labels", "Outcome"),
    "rejection_reason_name": QT_TRANSLATE_NOOP("Labels", "Rejection reason"),
    "rejected_at": QT_TRANSLATE_NOOP("Labels", "Rejected"),
    "current_stage_id": QT_TRANSLATE_NOOP("Labels", "Stage"),
    "job_id": QT_TRANSLATE_NOOP("Labels", "Job"),
    "candidate_id": QT_TRANSLATE_NOOP("Labels", "Candidate"),
    "application_id": QT_TRANSLATE_NOOP("Labels", "Application"),
    "starting_at": QT_TRANSLATE_NOOP("Labels", "Starts"),
    "ending_at": QT_TRANSLATE_NOOP("Labels", "Ends"),
    "canceled": QT_TRANSLATE_NOOP("Labels", "Canceled"),
    "remote_id": QT_TRANSLATE_NOOP("Labels", "Vendor id"),
    "changed_at": QT_TRANSLATE_NOOP("Labels", "Changed in cache"),
    "remote_deleted_at": QT_TRANSLATE_NOOP("Labels", "Deleted at vendor"),
    "description_html": QT_TRANSLATE_NOOP("Labels", "Description"),
    "global_index": QT_TRANSLATE_NOOP("Labels", "Position"),
    # Keys only list columns use.
    "city": QT_TRANSLATE_NOOP("Labels", "City"),
    "applications": QT_TRANSLATE_NOOP("Labels", "Applications"),
    "account": QT_TRANSLATE_NOOP("Labels", "Account"),
    "phone": QT_TRANSLATE_NOOP("Labels", "Phone"),
    "updated": QT_TRANSLATE_NOOP("Labels", "Updated"),
    "created": QT_TRANSLATE_NOOP("Labels", "Created"),
    "candidate": QT_TRANSLATE_NOOP("Labels", "Candidate"),
    "job": QT_TRANSLATE_NOOP("Labels", "Job"),
    "stage": QT_TRANSLATE_NOOP("Labels", "Stage"),
}
# Where a list column, being narrow, says it shorter than the field.
_COLUMNS: dict[str, str] = {"job_code": QT_TRANSLATE_NOOP("Labels", "Code")}


def field_label(name: str) -> str:
    return translated("Labels", _FIELDS, name, _words(name))


def column_label(key: str) -> str:
    return translated("Labels", _COLUMNS, key, field_label(key))
