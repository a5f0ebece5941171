"""Action input checks: the unified rules, then each connector's declared capabilities.

Every problem names its field, so a form can put the message next to it and the CLI can say which
field to fix. All of this is pure: no cache, no network.
"""

from __future__ import annotations

import base64
from collections.abc import Mapping
from typing import Any

import pytest

from connectors import registry
from connectors.base.actions import (
    SCHEMAS,
    ActionContext,
    ActionResult,
    ActionSpec,
    AttachmentPolicy,
    must_exist,
    path_pattern,
)
from connectors.base.validation import capability_problems, check_value, unified_problems, validate
from connectors.http import VendorClient

SR = registry.get("smartrecruiters")
PDF = base64.b64encode(b"%PDF-1.4 cv").decode()


def candidate(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "candidate": {"first_name": "Ada", "last_name": "Lovelace", "email_address": "ada@example.org"},
        "application": {"job_id": "JOB"},
    }
    for path, value in changes.items():
        target = data
        *parents, leaf = path.split("__")
        for part in parents:
            target = target.setdefault(part, {})
        target[leaf] = value
    return data


def messages(problems: list[Any]) -> list[str]:
    return [str(p) for p in problems]


# --- the unified layer -----------------------------------------------------------------------------


def test_a_valid_input_has_no_problems() -> None:
    assert unified_problems("create-candidate", candidate()) == []


@pytest.mark.parametrize(
    ("path", "value", "expected"),
    [
        ("candidate__email_address", "x@", "candidate.email_address: 'x@' is not an e-mail address"),
        (
            "candidate__email_address",
            "ada@localhost",
            "candidate.email_address: 'ada@localhost' is not an e-mail",
        ),
        ("candidate__phone_number", "call me", "candidate.phone_number: 'call me' is not a phone number"),
        (
            "candidate__availability_date",
            "next week",
            "candidate.availability_date: 'next week' is not an ISO date",
        ),
        (
            "candidate__availability_date",
            "2026-02-30",
            "candidate.availability_date: '2026-02-30' is not an ISO",
        ),
        ("candidate__gender", "M", "candidate.gender: 'M' is not one of MALE, FEMALE, OTHER"),
        (
            "candidate__location",
            {"country": "Germany"},
            "candidate.location.country: 'Germany' is not a two-letter",
        ),
        (
            "candidate__social_links",
            [{"url": "linkedin.com/in/ada"}],
            "candidate.social_links[0].url: 'linkedin.com",
        ),
        ("candidate__first_name", "  ", "candidate.first_name: is required (First name)"),
    ],
)
def test_a_bad_value_is_named_by_its_field(path: str, value: Any, expected: str) -> None:
    found = messages(unified_problems("create-candidate", candidate(**{path: value})))
    assert len(found) == 1 and found[0].startswith(expected), found


def test_good_values_of_each_kind_pass() -> None:
    data = candidate(
        candidate__phone_number="+49 (30) 123-4567",
        candidate__availability_date="2026-03-01",
        candidate__gender="FEMALE",
        candidate__location={"city": "Berlin", "country": "DE"},
        candidate__social_links=[{"url": "https://www.linkedin.com/in/ada"}],
        candidate__salary_expectations={"period": "YEAR", "amount": 65000},
        gdpr_consent={"given": True, "expires_at": "2027-01-01T00:00:00Z"},
    )
    assert unified_problems("create-candidate", data) == []


def test_missing_required_fields_and_unknown_ones_are_named() -> None:
    data = {"candidate": {"first_name": "Ada"}, "application": {}, "colour": "blue"}
    assert messages(unified_problems("create-candidate", data)) == [
        "candidate.last_name: is required (Last name)",
        "candidate.email_address: is required (E-mail)",
        "application.job_id: is required (Job)",
        "colour: unknown field; create-candidate takes: candidate, application, screening_question_answers, "
        "attachments, source, sourced_by, gdpr_consent",
    ]


def test_an_attachment_needs_exactly_one_readable_file() -> None:
    def problems(att: dict[str, Any]) -> list[str]:
        return messages(unified_problems("create-candidate", candidate(attachments=[att])))

    assert problems({"name": "cv.pdf", "type": "CV", "data": PDF}) == []
    data_url = "data:application/pdf;base64," + PDF
    assert problems({"name": "cv.pdf", "type": "CV", "data_url": data_url}) == []
    assert problems({"name": "cv.pdf", "type": "CV", "data_url": "https://files.example.org/cv.pdf"}) == []
    assert problems({"name": "cv.pdf", "type": "CV"}) == [
        "attachments[0]: give the file as exactly one of data (base64) or data_url"
    ]
    assert problems({"name": "cv.pdf", "type": "CV", "data": PDF, "data_url": data_url}) == [
        "attachments[0]: give the file as exactly one of data (base64) or data_url"
    ]
    assert problems({"name": "cv.pdf", "type": "CV", "data": "not base64!"}) == [
        "attachments[0].data: is not valid base64"
    ]
    assert problems({"name": "cv.pdf", "type": "RESUME", "data": PDF}) == [
        "attachments[0].type: 'RESUME' is not one of CV, COVER_LETTER, OTHER"
    ]
    assert problems({"type": "CV", "data": PDF}) == ["attachments[0].name: is required (File name)"]


def test_check_value_serves_inline_form_messages() -> None:
    assert messages(check_value("create-candidate", "candidate.email_address", "ada@")) == [
        "candidate.email_address: 'ada@' is not an e-mail address"
    ]
    assert messages(check_value("create-candidate", "candidate.first_name", "")) == [
        "candidate.first_name: is required"
    ]
    assert check_value("create-candidate", "attachments[2].type", "CV") == []
    assert check_value("add-note-to-application", "content", "Call back on Monday.") == []


def test_unknown_actions_and_non_objects_are_refused() -> None:
    assert messages(unified_problems("delete-everything", {}))[0].startswith(
        "Unknown action 'delete-everything'"
    )
    assert messages(unified_problems("add-tag-to-candidate", ["tag"])) == [
        "the input of add-tag-to-candidate must be one JSON object"
    ]


# --- the connector layer ---------------------------------------------------------------------------


def test_smartrecruiters_refuses_fields_it_does_not_take() -> None:
    data = candidate(candidate__gender="FEMALE", source={"name": "Referral"})
    assert messages(
        validate("create-candidate", data, SR.actions["create-candidate"], vendor="SmartRecruiters")
    ) == [
        "candidate.gender: SmartRecruiters does not take this field for create-candidate",
        "source: SmartRecruiters does not take this field for create-candidate",
    ]


def test_smartrecruiters_file_rules_type_and_size() -> None:
    spec = SR.actions["add-attachment-to-candidate"]
    big = base64.b64encode(b"x" * (2 * 1024 * 1024 + 1)).decode()
    data = {"candidate_id": "C", "attachment": {"name": "notes.txt", "type": "OTHER", "data": big}}
    assert messages(validate("add-attachment-to-candidate", data, spec, vendor="SmartRecruiters")) == [
        "attachment.name: SmartRecruiters takes only PDF, DOC, DOCX, RTF, JPG, JPEG, PNG files "
        "(got 'notes.txt')",
        "attachment.data: the file is 2097153 bytes; SmartRecruiters takes at most 2097152 bytes (2 MB)",
    ]


def test_smartrecruiters_rules_that_need_the_resolved_records() -> None:
    move = SR.actions["move-application-to-stage"]
    data = {"application_id": "A", "stage_id": "S", "rejection_reason_id": "R"}
    # Before resolution the rule cannot know the stage, so it stays quiet; after, it speaks.
    assert capability_problems(move, data, None) == []
    assert messages(capability_problems(move, data, {"stage_id": {"remote_id": "INTERVIEW"}})) == [
        "rejection_reason_id: SmartRecruiters takes a reason only when moving to Rejected or Withdrawn"
    ]
    assert capability_problems(move, data, {"stage_id": {"remote_id": "REJECTED"}}) == []
    create = SR.actions["create-candidate"]
    assert messages(
        capability_problems(create, candidate(), {"application.stage_id": {"remote_id": "REJECTED"}})
    )[0].startswith("application.stage_id: a new application cannot start rejected")
    links = [{"url": "https://linkedin.com/in/a"}, {"url": "https://www.linkedin.com/in/b"}]
    assert messages(capability_problems(create, candidate(candidate__social_links=links), None)) == [
        "candidate.social_links[1].url: SmartRecruiters keeps one linkedin link; "
        "social_links[0] is one already"
    ]


async def _nothing(client: VendorClient, data: Mapping[str, Any], ctx: ActionContext) -> ActionResult:
    return ActionResult()


def test_other_vendors_rules_are_expressible_as_data() -> None:
    # CareerPlug: exactly one attachment, and it must be a CV.
    careerplug = ActionSpec(
        "create-candidate",
        _nothing,
        ("candidate", "application", "attachments"),
        attachments=AttachmentPolicy(min_count=1, max_count=1, types=("CV",)),
    )
    cv = {"name": "cv.pdf", "type": "CV", "data": PDF}
    letter = {"name": "letter.pdf", "type": "COVER_LETTER", "data": PDF}
    assert capability_problems(careerplug, candidate(attachments=[cv])) == []
    assert messages(capability_problems(careerplug, candidate(), vendor="CareerPlug")) == [
        "attachments: CareerPlug needs a CV"
    ]
    assert messages(
        capability_problems(careerplug, candidate(attachments=[cv, letter]), vendor="CareerPlug")
    ) == [
        "attachments: CareerPlug takes at most 1 attachment(s), got 2",
        "attachments[1].type: CareerPlug takes only CV here",
    ]
    # RECRU: only tags that exist already.
    recru = ActionSpec(
        "add-tag-to-candidate", _nothing, ("candidate_id", "tag"), rules=(must_exist("tag.name", "tag"),)
    )
    data = {"candidate_id": "C", "tag": {"name": "vip"}}
    assert messages(capability_problems(recru, data, {"tag.name": None})) == [
        "tag.name: no tag named 'vip' exists; only existing tags can be used "
        "(sync first if it was just created)"
    ]
    assert capability_problems(recru, data, {"tag.name": {"id": "T", "remote_id": "7"}}) == []
    # Carerix / eRecruiter: an attachment to an application may land on the candidate.
    carerix = ActionSpec(
        "add-attachment-to-application", _nothing, ("application_id", "attachment"), fallback="candidate"
    )
    assert carerix.fallback == "candidate"


def test_declarations_only_name_fields_of_the_unified_schemas() -> None:
    for spec in SR.actions.values():
        paths = SCHEMAS[spec.action].paths
        for accepted in spec.fields:
            assert any(
                p == accepted or p.startswith(accepted + ".") or p.startswith(accepted + "[]") for p in paths
            ), f"{spec.action}: {accepted}"
    assert path_pattern("attachments[3].name") == "attachments[].name"


def test_a_connector_without_actions_still_declares_an_empty_set() -> None:
    from dataclasses import replace

    bare = replace(SR, actions={})
    assert dict(bare.actions) == {} and "create-candidate" in SR.actions
