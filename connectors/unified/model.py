"""The unified records: one SQLModel table per model the product brief names.

Field names follow Kombo's unified ATS API (see ../shared/unified-model.md) so an export reads the
same as Kombo's. Every table also has ``account_id`` (ours). Lists and objects are JSON columns;
timestamps are ISO-8601 UTC strings (``2026-11-23T09:40:00.000Z``), which sort and diff as text.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from sqlalchemy import JSON, Column
from sqlmodel import Field, SQLModel


def _json(nullable: bool = True) -> Any:
    return Field(default=None, sa_column=Column(JSON, nullable=nullable))


def _array() -> Any:
    """A JSON list Kombo's schema requires as an array: ``[]`` when there is none, never ``null``.
    Marked on the column (``info``) so the cache writes and the export read it that way for every vendor;
    no schema change, so caches written before keep working (the export fills their nulls)."""
    return Field(default_factory=list, sa_column=Column(JSON, nullable=True, info={"always_array": True}))


class _Record(SQLModel):
    """Columns every unified record carries."""

    id: str = Field(primary_key=True)
    account_id: str = Field(index=True)
    changed_at: str
    remote_deleted_at: str | None = None


class User(_Record, table=True):
    __tablename__ = "users"
    remote_id: str
    first_name: str | None = None
    last_name: str | None = None
    email: str | None = None
    status: str | None = None
    remote_data: dict[str, Any] | None = _json()


class Job(_Record, table=True):
    __tablename__ = "jobs"
    remote_id: str
    name: str | None = None
    job_code: str | None = None
    description: str | None = None
    employment_type: str | None = None
    status: str | None = None
    visibility: str | None = None
    category: str | None = None
    department: str | None = None
    post_url: str | None = None
    experience_level: str | None = None
    location: dict[str, Any] | None = _json()
    custom_fields: dict[str, Any] | None = _json()
    integration_fields: list[dict[str, Any]] | None = _array()
    opened_at: str | None = None
    closed_at: str | None = None
    remote_created_at: str | None = None
    remote_updated_at: str | None = None
    contact_id: str | None = None
    confidential: bool | None = None
    weekly_hours: float | None = None
    remote_work_status: str | None = None
    salary_amount: float | None = None
    salary_amount_from: float | None = None
    salary_amount_to: float | None = None
    salary_currency: str | None = None
    salary_period: str | None = None
    remote_data: dict[str, Any] | None = _json()


class JobPosting(_Record, table=True):
    __tablename__ = "job_postings"
    remote_id: str
    title: str | None = None
    description_html: str | None = None
    status: str | None = None
    visibility: str | None = None
    url: str | None = None
    job_id: str | None = Field(default=None, index=True)
    remote_created_at: str | None = None
    remote_data: dict[str, Any] | None = _json()


class Candidate(_Record, table=True):
    __tablename__ = "candidates"
    remote_id: str
    first_name: str | None = None
    last_name: str | None = None
    company: str | None = None
    title: str | None = None
    confidential: bool | None = None
    source: str | None = None
    phone_numbers: list[dict[str, Any]] | None = _json()
    email_addresses: list[dict[str, Any]] | None = _json()
    social_media: list[dict[str, Any]] | None = _json()
    location: dict[str, Any] | None = _json()
    custom_fields: dict[str, Any] | None = _json()
    integration_fields: list[dict[str, Any]] | None = _array()
    remote_created_at: str | None = None
    remote_updated_at: str | None = None
    remote_data: dict[str, Any] | None = _json()


class ApplicationStage(_Record, table=True):
    __tablename__ = "application_stages"
    remote_id: str
    name: str | None = None
    global_index: int | None = None
    remote_data: dict[str, Any] | None = _json()


class Application(_Record, table=True):
    __tablename__ = "applications"
    remote_id: str
    outcome: str | None = None
    rejection_reason_name: str | None = None
    rejected_at: str | None = None
    current_stage_id: str | None = Field(default=None, index=True)
    job_id: str | None = Field(default=None, index=True)
    candidate_id: str | None = Field(default=None, index=True)
    custom_fields: dict[str, Any] | None = _json()
    integration_fields: list[dict[str, Any]] | None = _array()
    remote_created_at: str | None = None
    remote_updated_at: str | None = None
    remote_data: dict[str, Any] | None = _json()


class ScreeningQuestion(_Record, table=True):
    __tablename__ = "screening_questions"
    remote_id: str
    title: str | None = None
    description: str | None = None
    format: dict[str, Any] | None = _json()
    category: str | None = None
    remote_data: dict[str, Any] | None = _json()


class JobScreeningQuestion(_Record, table=True):
    __tablename__ = "job_screening_questions"
    job_id: str = Field(index=True)
    question_id: str
    index: int | None = None
    required: bool | None = None
    precondition_question_id: str | None = None
    precondition_options: list[Any] | None = _json()


class JobHiringTeamMember(_Record, table=True):
    __tablename__ = "job_hiring_team_members"
    job_id: str = Field(index=True)
    user_id: str
    roles: list[str] | None = _json()


class Tag(_Record, table=True):
    __tablename__ = "tags"
    remote_id: str
    name: str | None = None
    remote_data: dict[str, Any] | None = _json()


class CandidateTag(_Record, table=True):
    __tablename__ = "candidate_tags"
    candidate_id: str = Field(index=True)
    tag_id: str


class Interview(_Record, table=True):
    __tablename__ = "interviews"
    remote_id: str
    title: str | None = None
    starting_at: str | None = None
    ending_at: str | None = None
    location: dict[str, Any] | None = _json()
    application_id: str | None = Field(default=None, index=True)
    canceled: bool | None = None
    remote_data: dict[str, Any] | None = _json()


class InterviewingTeamMember(_Record, table=True):
    __tablename__ = "interviewing_team_members"
    interview_id: str = Field(index=True)
    user_id: str


class Offer(_Record, table=True):
    __tablename__ = "offers"
    remote_id: str
    status: str | None = None
    application_id: str | None = Field(default=None, index=True)
    custom_fields: dict[str, Any] | None = _json()
    integration_fields: list[dict[str, Any]] | None = _array()
    remote_created_at: str | None = None
    remote_updated_at: str | None = None
    remote_data: dict[str, Any] | None = _json()


class RejectionReason(_Record, table=True):
    __tablename__ = "rejection_reasons"
    remote_id: str
    name: str | None = None
    remote_data: dict[str, Any] | None = _json()


class JobApplicationStage(_Record, table=True):
    __tablename__ = "job_application_stages"
    job_id: str = Field(index=True)
    stage_id: str
    index: int | None = None


class Attachment(_Record, table=True):
    """A candidate's file (CV, cover letter, other), after Kombo's candidate attachments. The file
    itself is downloaded after the sync into the data folder (``desktop.attachments``); ``data_url``
    is where the vendor serves it (its credentials needed), ``size`` what the vendor says or the
    downloaded file's size."""

    __tablename__ = "attachments"
    remote_id: str
    candidate_id: str | None = Field(default=None, index=True)
    application_id: str | None = Field(default=None, index=True)
    name: str | None = None
    type: str | None = None  # CV | COVER_LETTER | OTHER
    content_type: str | None = None
    size: int | None = None
    data_url: str | None = None
    remote_created_at: str | None = None
    remote_updated_at: str | None = None
    remote_data: dict[str, Any] | None = _json()


#: Every unified model by its table name, in a dependency-friendly order (parents first).
MODELS: dict[str, type[_Record]] = {
    cls.__tablename__: cls  # type: ignore[misc]
    for cls in (
        User,
        Job,
        JobPosting,
        Candidate,
        ApplicationStage,
        Application,
        ScreeningQuestion,
        JobScreeningQuestion,
        JobHiringTeamMember,
        Tag,
        CandidateTag,
        Interview,
        InterviewingTeamMember,
        Offer,
        RejectionReason,
        JobApplicationStage,
        Attachment,
    )
}

#: Columns the sync engine owns; everything else a connector maps.
BOOKKEEPING = frozenset({"id", "account_id", "changed_at", "remote_deleted_at"})


def columns(model: str) -> list[str]:
    """The model's column names in declaration order (the export's field order)."""
    return [c.name for c in MODELS[model].__table__.columns]  # type: ignore[attr-defined]


@cache
def array_columns(model: str) -> frozenset[str]:
    """The model's columns that are always an array (Kombo's required lists: ``integration_fields``)."""
    table = MODELS[model].__table__  # type: ignore[attr-defined]
    return frozenset(c.name for c in table.columns if c.info.get("always_array"))


def with_arrays(model: str, values: dict[str, Any]) -> dict[str, Any]:
    """``values`` with each always-array column that is missing or ``None`` set to ``[]``."""
    missing = [name for name in array_columns(model) if values.get(name) is None]
    return {**values, **{name: [] for name in missing}} if missing else values


def mapped_columns(model: str) -> list[str]:
    """The columns a connector fills (all but the engine's bookkeeping)."""
    return [c for c in columns(model) if c not in BOOKKEEPING]


#: What belongs to a candidate, each as (model, the column pointing at its parent, the parent model),
#: parents first: what a candidate stream that reads a whole candidate owns, and what forgetting a
#: person removes with them.
PERSON_OWNED: tuple[tuple[str, str, str], ...] = (
    ("applications", "candidate_id", "candidates"),
    ("candidate_tags", "candidate_id", "candidates"),
    ("interviews", "application_id", "applications"),
    ("offers", "application_id", "applications"),
    ("interviewing_team_members", "interview_id", "interviews"),
    ("attachments", "candidate_id", "candidates"),
)

#: Foreign keys: (model, column) -> the model the id points at. Exports and tests check these resolve.
FOREIGN_KEYS: dict[tuple[str, str], str] = {
    ("jobs", "contact_id"): "users",
    ("job_postings", "job_id"): "jobs",
    ("applications", "current_stage_id"): "application_stages",
    ("applications", "job_id"): "jobs",
    ("applications", "candidate_id"): "candidates",
    ("job_screening_questions", "job_id"): "jobs",
    ("job_screening_questions", "question_id"): "screening_questions",
    ("job_screening_questions", "precondition_question_id"): "screening_questions",
    ("job_hiring_team_members", "job_id"): "jobs",
    ("job_hiring_team_members", "user_id"): "users",
    ("candidate_tags", "candidate_id"): "candidates",
    ("candidate_tags", "tag_id"): "tags",
    ("interviews", "application_id"): "applications",
    ("interviewing_team_members", "interview_id"): "interviews",
    ("interviewing_team_members", "user_id"): "users",
    ("offers", "application_id"): "applications",
    ("job_application_stages", "job_id"): "jobs",
    ("job_application_stages", "stage_id"): "application_stages",
    ("attachments", "candidate_id"): "candidates",
    ("attachments", "application_id"): "applications",
}
