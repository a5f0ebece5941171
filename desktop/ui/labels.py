"""Human, translated names for models, list columns, detail sections and fields.

The non-UI layers speak in keys (``candidates``, ``remote_created_at``); this is the one place that
turns them into words. Every string is a literal inside ``translate`` so pyside6-lupdate finds it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def model_label(model: str) -> str:
    labels = {
        "jobs": QCoreApplication.translate("Labels", "Jobs"),
        "candidates": QCoreApplication.translate("Labels", "Candidates"),
        "applications": QCoreApplication.translate("Labels", "Applications"),
        "interviews": QCoreApplication.translate("Labels", "Interviews"),
        "offers": QCoreApplication.translate("Labels", "Offers"),
        "users": QCoreApplication.translate("Labels", "Users"),
        "job_postings": QCoreApplication.translate("Labels", "Job postings"),
        "application_stages": QCoreApplication.translate("Labels", "Stages"),
        "tags": QCoreApplication.translate("Labels", "Tags"),
        "screening_questions": QCoreApplication.translate("Labels", "Screening questions"),
        "pipeline": QCoreApplication.translate("Labels", "Pipeline"),
    }
    return labels.get(model, model.replace("_", " ").capitalize())


def model_singular(model: str) -> str:
    labels = {
        "jobs": QCoreApplication.translate("Labels", "Job"),
        "candidates": QCoreApplication.translate("Labels", "Candidate"),
        "applications": QCoreApplication.translate("Labels", "Application"),
        "interviews": QCoreApplication.translate("Labels", "Interview"),
        "offers": QCoreApplication.translate("Labels", "Offer"),
        "users": QCoreApplication.translate("Labels", "User"),
        "job_postings": QCoreApplication.translate("Labels", "Job posting"),
        "application_stages": QCoreApplication.translate("Labels", "Stage"),
        "tags": QCoreApplication.translate("Labels", "Tag"),
        "screening_questions": QCoreApplication.translate("Labels", "Screening question"),
    }
    return labels.get(model, model.replace("_", " ").capitalize())


def column_label(key: str) -> str:
    labels = {
        "name": QCoreApplication.translate("Labels", "Name"),
        "job_code": QCoreApplication.translate("Labels", "Code"),
        "status": QCoreApplication.translate("Labels", "Status"),
        "department": QCoreApplication.translate("Labels", "Department"),
        "city": QCoreApplication.translate("Labels", "City"),
        "applications": QCoreApplication.translate("Labels", "Applications"),
        "opened_at": QCoreApplication.translate("Labels", "Opened"),
        "account": QCoreApplication.translate("Labels", "Account"),
        "email": QCoreApplication.translate("Labels", "E-mail"),
        "phone": QCoreApplication.translate("Labels", "Phone"),
        "title": QCoreApplication.translate("Labels", "Title"),
        "company": QCoreApplication.translate("Labels", "Company"),
        "updated": QCoreApplication.translate("Labels", "Updated"),
        "created": QCoreApplication.translate("Labels", "Created"),
        "candidate": QCoreApplication.translate("Labels", "Candidate"),
        "job": QCoreApplication.translate("Labels", "Job"),
        "stage": QCoreApplication.translate("Labels", "Stage"),
        "outcome": QCoreApplication.translate("Labels", "Outcome"),
        "starting_at": QCoreApplication.translate("Labels", "Starts"),
        "canceled": QCoreApplication.translate("Labels", "Canceled"),
    }
    return labels.get(key, key.replace("_", " ").capitalize())


def section_label(key: str) -> str:
    labels = {
        "applications": QCoreApplication.translate("Labels", "Applications"),
        "interviews": QCoreApplication.translate("Labels", "Interviews"),
        "offers": QCoreApplication.translate("Labels", "Offers"),
        "tags": QCoreApplication.translate("Labels", "Tags"),
        "pipeline": QCoreApplication.translate("Labels", "Applications by stage"),
        "hiring_team": QCoreApplication.translate("Labels", "Hiring team"),
        "postings": QCoreApplication.translate("Labels", "Postings"),
        "screening_questions": QCoreApplication.translate("Labels", "Screening questions"),
        "contact": QCoreApplication.translate("Labels", "Contact"),
        "belongs_to": QCoreApplication.translate("Labels", "Belongs to"),
        "interviewers": QCoreApplication.translate("Labels", "Interviewers"),
        "hiring_team_of": QCoreApplication.translate("Labels", "Hiring team of"),
        "same_person": QCoreApplication.translate("Labels", "Also in other accounts"),
        "same_person_applications": QCoreApplication.translate(
            "Labels", "Their applications in other accounts"
        ),
    }
    return labels.get(key, key.replace("_", " ").capitalize())


def reason_label(reason: str) -> str:
    """Why a record in another account is the same person (``Related.reason``)."""
    reasons = {
        "email": QCoreApplication.translate("Labels", "same e-mail"),
        "phone": QCoreApplication.translate("Labels", "same phone"),
    }
    return reasons.get(reason, reason)


def field_label(name: str) -> str:
    labels = {
        "name": QCoreApplication.translate("Labels", "Name"),
        "first_name": QCoreApplication.translate("Labels", "First name"),
        "last_name": QCoreApplication.translate("Labels", "Last name"),
        "title": QCoreApplication.translate("Labels", "Title"),
        "company": QCoreApplication.translate("Labels", "Company"),
        "source": QCoreApplication.translate("Labels", "Source"),
        "email": QCoreApplication.translate("Labels", "E-mail"),
        "email_addresses": QCoreApplication.translate("Labels", "E-mail addresses"),
        "phone_numbers": QCoreApplication.translate("Labels", "Phone numbers"),
        "social_media": QCoreApplication.translate("Labels", "Social media"),
        "location": QCoreApplication.translate("Labels", "Location"),
        "custom_fields": QCoreApplication.translate("Labels", "Custom fields"),
        "job_code": QCoreApplication.translate("Labels", "Job code"),
        "description": QCoreApplication.translate("Labels", "Description"),
        "employment_type": QCoreApplication.translate("Labels", "Employment type"),
        "status": QCoreApplication.translate("Labels", "Status"),
        "visibility": QCoreApplication.translate("Labels", "Visibility"),
        "category": QCoreApplication.translate("Labels", "Category"),
        "department": QCoreApplication.translate("Labels", "Department"),
        "post_url": QCoreApplication.translate("Labels", "Public link"),
        "url": QCoreApplication.translate("Labels", "Link"),
        "experience_level": QCoreApplication.translate("Labels", "Experience level"),
        "opened_at": QCoreApplication.translate("Labels", "Opened"),
        "closed_at": QCoreApplication.translate("Labels", "Closed"),
        "remote_created_at": QCoreApplication.translate("Labels", "Created at vendor"),
        "remote_updated_at": QCoreApplication.translate("Labels", "Updated at vendor"),
        "contact_id": QCoreApplication.translate("Labels", "Contact"),
        "confidential": QCoreApplication.translate("Labels", "Confidential"),
        "weekly_hours": QCoreApplication.translate("Labels", "Weekly hours"),
        "remote_work_status": QCoreApplication.translate("Labels", "Remote work"),
        "salary_amount": QCoreApplication.translate("Labels", "Salary"),
        "salary_amount_from": QCoreApplication.translate("Labels", "Salary from"),
        "salary_amount_to": QCoreApplication.translate("Labels", "Salary to"),
        "salary_currency": QCoreApplication.translate("Labels", "Currency"),
        "salary_period": QCoreApplication.translate("Labels", "Salary period"),
        "outcome": QCoreApplication.translate("Labels", "Outcome"),
        "rejection_reason_name": QCoreApplication.translate("Labels", "Rejection reason"),
        "rejected_at": QCoreApplication.translate("Labels", "Rejected"),
        "current_stage_id": QCoreApplication.translate("Labels", "Stage"),
        "job_id": QCoreApplication.translate("Labels", "Job"),
        "candidate_id": QCoreApplication.translate("Labels", "Candidate"),
        "application_id": QCoreApplication.translate("Labels", "Application"),
        "starting_at": QCoreApplication.translate("Labels", "Starts"),
        "ending_at": QCoreApplication.translate("Labels", "Ends"),
        "canceled": QCoreApplication.translate("Labels", "Canceled"),
        "remote_id": QCoreApplication.translate("Labels", "Vendor id"),
        "changed_at": QCoreApplication.translate("Labels", "Changed in cache"),
        "remote_deleted_at": QCoreApplication.translate("Labels", "Deleted at vendor"),
        "description_html": QCoreApplication.translate("Labels", "Description"),
        "global_index": QCoreApplication.translate("Labels", "Position"),
    }
    return labels.get(name, name.replace("_", " ").capitalize())
