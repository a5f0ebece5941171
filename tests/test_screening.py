"""Screening answers against the job's questions (``connectors.base.screening``), the same for every
vendor: which questions apply, which are required, and whether an answer fits its format."""

from __future__ import annotations

from typing import Any

from connectors.base.screening import JOB_QUESTIONS, screening_problems

YES_NO = {"type": "BOOLEAN"}
SHIFTS = {
    "type": "MULTI_SELECT",
    "options": [{"id": "am", "name": "Mornings"}, {"id": "pm", "name": "Evenings"}],
}
QUESTIONS: list[dict[str, Any]] = [
    {"id": "q-adult", "title": "Are you 18?", "format": YES_NO, "required": True, "index": 0},
    {"id": "q-licence", "title": "Driving licence?", "format": YES_NO, "required": False, "index": 1},
    # Asked only of those with a licence, and then required.
    {"id": "q-class", "title": "Which class?", "format": {"type": "TEXT", "max_length": 5}, "required": True,
     "index": 2, "precondition_question_id": "q-licence", "precondition_options": [True]},
    {"id": "q-shifts", "title": "Shifts", "format": SHIFTS, "required": False, "index": 3},
    {"id": "q-years", "title": "Years", "format": {"type": "NUMBER", "min": 0, "max": 60}, "index": 4},
]
REFS = {JOB_QUESTIONS: QUESTIONS}


def problems(*answers: tuple[str, Any]) -> list[tuple[str, str]]:
    data = {"screening_question_answers": [{"question_id": q, "answer": a} for q, a in answers]}
    return [(p.path, p.message) for p in screening_problems(data, REFS, vendor="ACME")]


def test_required_questions_that_apply_must_be_answered() -> None:
    assert problems(("q-adult", True)) == []
    assert problems() == [("screening_question_answers", "ACME requires an answer to 'Are you 18?'")]


def test_a_precondition_makes_its_question_apply_and_required() -> None:
    assert problems(("q-adult", True), ("q-licence", False)) == []
    assert problems(("q-adult", True), ("q-licence", True)) == [
        ("screening_question_answers", "ACME requires an answer to 'Which class?'")
    ]
    assert problems(("q-adult", True), ("q-licence", True), ("q-class", "B")) == []


def test_an_answer_to_a_question_that_does_not_apply_is_refused() -> None:
    found = problems(("q-adult", True), ("q-licence", False), ("q-class", "B"))
    assert [path for path, _ in found] == ["screening_question_answers[2].question_id"]


def test_answers_must_fit_the_format() -> None:
    assert problems(("q-adult", "yes"))[0][0] == "screening_question_answers[0].answer"
    found = dict(problems(("q-adult", True), ("q-shifts", ["am", "night"]), ("q-years", 99)))
    assert "night is not an option" in found["screening_question_answers[1].answer"]
    assert "at most 60" in found["screening_question_answers[2].answer"]


def test_unknown_and_repeated_questions_are_named() -> None:
    found = problems(("q-adult", True), ("q-other", "x"), ("q-adult", False))
    assert found == [
        ("screening_question_answers[1].question_id", "is not a screening question of this job"),
        ("screening_question_answers[2].question_id", "answers 'Are you 18?' a second time"),
    ]


def test_without_the_jobs_questions_nothing_is_checked() -> None:
    assert list(screening_problems({"screening_question_answers": [{"question_id": "x"}]}, None)) == []
