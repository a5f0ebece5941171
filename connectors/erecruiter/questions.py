"""eRecruiter questionnaires → unified screening questions and a job's questions (VENDOR.md "Screening
questions"): a stable id per item, its format, and the condition that makes it apply.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from connectors.base import MapContext, Rec
from connectors.erecruiter.wire import FIELD_TYPES, clean, enum, listed, text, val

# QuestionnaireItemType in declaration order (V), for servers sending integers.
ITEM_TYPES = (
    "SingleLanguage",
    "SingleKnowledge",
    "Headline",
    "CustomField",
    "KnowledgeGroup",
    "AbroadTravelling",
    "DomesticTravelling",
    "BeginDate",
    "Salary",
    "MilitaryService",
    "WillingToMove",
    "SelfDescription",
    "JobDescription",
    "SubHeadline",
    "Languages",
    "Referrer",
    "JobProfiles",
    "Regions",
    "Location",
    "EmploymentType",
    "Educations",
    "Experiences",
)


def question_id(item: Any) -> str | None:
    """A questionnaire item's stable id (VENDOR.md "Screening questions", A): ``cf:<Name>`` for a custom
    field (the same field in two questionnaires is one question), ``std:<Type>`` for a built-in item,
    ``lang:``/``knw:`` for one language or knowledge."""
    kind = enum(val(item, "Type"), ITEM_TYPES)
    if kind == "CustomField":
        name = text(val(val(item, "CustomField"), "Name"))
        return f"cf:{name}" if name else None
    if kind == "SingleLanguage":
        return f"lang:{text(val(item, 'Language'))}"
    if kind == "SingleKnowledge":
        return f"knw:{text(val(item, 'Knowledge'))}"
    if kind == "KnowledgeGroup":
        return f"knwgroup:{text(val(item, 'KnowledgeGroup'))}"
    if kind in ("Headline", "SubHeadline"):
        return f"std:{kind}:{text(val(item, 'Title'))}"  # several headlines per questionnaire
    return f"std:{kind}" if kind else None


def _options(values: Iterable[Any]) -> list[dict[str, Any]]:
    # An option's id is its text: eRecruiter stores the chosen text itself (V: CustomFieldValueParameter).
    return [{"id": str(v), "remote_id": str(v), "name": str(v)} for v in values]


def question_format(item: Any) -> dict[str, Any]:
    """Unified ``format`` of a questionnaire item (VENDOR.md "Screening questions": the table)."""
    kind = enum(val(item, "Type"), ITEM_TYPES)
    if kind == "CustomField":
        definition = val(item, "CustomField") or {}
        field_type = enum(val(definition, "Type"), FIELD_TYPES)
        possible = listed(val(definition, "PossibleValues"))
        if field_type == "TextSingleLine":
            return {"type": "TEXT", "display_type": "SINGLE_LINE", "max_length": None}
        if field_type == "TextMultiLine":
            return {"type": "TEXT", "display_type": "MULTI_LINE", "max_length": None}
        if field_type == "CheckBox":
            return {"type": "BOOLEAN"}
        if field_type == "DropdownList":
            return {"type": "SINGLE_SELECT", "display_type": "DROPDOWN", "options": _options(possible)}
        if field_type == "CheckboxList":
            return {"type": "MULTI_SELECT", "options": _options(possible)}
        if field_type == "Date":
            return {"type": "DATE"}
        if field_type == "Html":
            return {"type": "INFORMATION"}
    if kind in ("SelfDescription", "JobDescription"):
        return {"type": "TEXT", "display_type": "MULTI_LINE", "max_length": None}
    if kind == "Referrer":
        # The mandator's source words (its Referrers list); stored as the applicant's Referrer text.
        return {"type": "TEXT", "display_type": "SINGLE_LINE", "max_length": None}
    if kind == "WillingToMove":
        return {"type": "BOOLEAN"}
    if kind == "BeginDate":
        return {"type": "DATE"}
    if kind == "Salary":
        return {"type": "NUMBER", "display_type": "FIELD", "min": 0, "max": None}
    if kind in ("Headline", "SubHeadline"):
        return {"type": "INFORMATION"}
    return {"type": "UNKNOWN", "raw_question": clean(item) if isinstance(item, dict) else item}


def _precondition(item: Any, items_by_field: Mapping[str, Any]) -> tuple[str | None, list[Any] | None]:
    """The sandbox's ``Precondition {CustomFieldName, Values}`` (A): the parent question and the options
    (booleans for a CheckBox parent) that make this item apply."""
    condition = val(item, "Precondition")
    name = text(val(condition, "CustomFieldName"))
    if not name:
        return None, None
    values = [str(v) for v in listed(val(condition, "Values"))]
    parent = items_by_field.get(name)
    parent_type = enum(val(val(parent, "CustomField"), "Type"), FIELD_TYPES) if parent is not None else None
    if parent_type == "CheckBox":
        return f"cf:{name}", [v.lower() == "true" for v in values]
    return f"cf:{name}", values


def map_questionnaire(job_key: str, questionnaire: Any, ctx: MapContext) -> Iterator[Rec]:
    items = listed(val(questionnaire, "Items"))
    by_field = {
        str(val(val(i, "CustomField"), "Name")): i
        for i in items
        if enum(val(i, "Type"), ITEM_TYPES) == "CustomField"
    }
    for index, item in enumerate(items):
        qid = question_id(item)
        if qid is None:
            continue
        definition = val(item, "CustomField")
        title = text(val(item, "Title")) or text(val(definition, "Title")) or qid
        yield Rec(
            "screening_questions",
            qid,
            {
                "remote_id": qid,
                "title": title,
                "description": text(val(item, "Description")),
                "format": question_format(item),
                "category": None,
                "remote_data": {"/Api/Questionnaire/ByJob/{jobId}": item},
            },
        )
        parent, options = _precondition(item, by_field)
        yield Rec(
            "job_screening_questions",
            f"{job_key}:{qid}",
            {
                "job_id": ctx.id("jobs", job_key),
                "question_id": ctx.id("screening_questions", qid),
                "index": index,  # the position in Items: items carry no id or index (V)
                "required": bool(val(item, "IsRequired")),
                "precondition_question_id": ctx.id("screening_questions", parent) if parent else None,
                "precondition_options": options,
            },
        )

