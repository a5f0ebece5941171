"""Screening answers checked against the job's own questions, for every vendor that takes them.

A create on a job may carry ``screening_question_answers[{question_id, answer}]``. Before anything is
saved, the outbox puts the job's questions from the cache beside the input (``JOB_QUESTIONS`` in the
refs, see ``desktop.outbox.resolve``); this module then checks, the same way for every vendor:

- each answer names a question of that job, once;
- every required question that applies is answered, where a question applies when it has no
  precondition or its precondition question was answered with one of ``precondition_options``;
- no answer is given to a question that does not apply (the vendor would reject or misfile it);
- the answer fits the question's unified ``format``: text (``max_length``), number (``min``/``max``),
  yes/no, date, one option id, several option ids; INFORMATION and FILE questions take no answer here.

Pure and synchronous like ``validation``; without the refs (a form's keystroke check) it does nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from connectors.base.actions import Problem

#: The refs key holding the job's questions: a list of dicts with the screening question's ``id``,
#: ``title``, ``format`` and the job's ``required``, ``index``, ``precondition_question_id`` and
#: ``precondition_options``.
JOB_QUESTIONS = "application.job_id#screening_questions"

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")
_NO_ANSWER = frozenset({"INFORMATION", "FILE"})


def _title(question: Mapping[str, Any]) -> str:
    title = str(question.get("title") or question.get("id"))
    return title if len(title) <= 60 else title[:57] + "…"


def _option_ids(fmt: Mapping[str, Any]) -> set[str]:
    return {str(o.get("id")) for o in fmt.get("options") or [] if isinstance(o, Mapping)}


def format_problem(fmt: Mapping[str, Any], answer: Any) -> str | None:
    """Why ``answer`` does not fit a question of format ``fmt`` (``None`` when it does)."""
    kind = str(fmt.get("type") or "UNKNOWN")
    if kind == "TEXT":
        if not isinstance(answer, str):
            return "needs text"
        limit = fmt.get("max_length")
        if isinstance(limit, int) and len(answer) > limit:
            return f"is {len(answer)} characters; the question takes at most {limit}"
        return None
    if kind == "NUMBER":
        if isinstance(answer, bool) or not isinstance(answer, int | float):
            return "needs a number"
        low, high = fmt.get("min"), fmt.get("max")
        if isinstance(low, int | float) and answer < low:
            return f"must be at least {low:g}"
        if isinstance(high, int | float) and answer > high:
            return f"must be at most {high:g}"
        return None
    if kind == "BOOLEAN":
        return None if isinstance(answer, bool) else "needs yes or no (true or false)"
    if kind == "DATE":
        return None if isinstance(answer, str) and _DATE.match(answer) else "needs a date (YYYY-MM-DD)"
    if kind == "SINGLE_SELECT":
        options = _option_ids(fmt)
        if isinstance(answer, list | dict) or str(answer) not in options:
            return f"must be one of the question's option ids ({', '.join(sorted(options)) or 'none'})"
        return None
    if kind == "MULTI_SELECT":
        options = _option_ids(fmt)
        if not isinstance(answer, list) or not answer:
            return "needs a list of the question's option ids"
        wrong = [str(a) for a in answer if str(a) not in options]
        if wrong:
            return f"{', '.join(wrong)} is not an option of this question ({', '.join(sorted(options))})"
        return None
    if kind in _NO_ANSWER:
        return f"is a {kind.lower()} question and takes no answer here"
    return None  # UNKNOWN: the vendor decides


def applies(question: Mapping[str, Any], answers: Mapping[str, Any]) -> bool:
    """Whether ``question`` is asked, given the answers so far (question id -> answer); the forms show
    and hide questions by the same rule the checks apply."""
    parent = question.get("precondition_question_id")
    if not parent:
        return True
    if parent not in answers:
        return False
    wanted = question.get("precondition_options") or []
    given = answers[parent]
    given_values = given if isinstance(given, list) else [given]
    for value in given_values:
        for option in wanted:
            if isinstance(option, bool) or isinstance(value, bool):
                if value is option:
                    return True
            elif str(value) == str(option):
                return True
    return False


def screening_problems(
    data: Mapping[str, Any], refs: Mapping[str, Any] | None, *, vendor: str = "This ATS"
) -> Iterator[Problem]:
    """The problems of ``data``'s screening answers against the job's questions in ``refs``."""
    if refs is None or JOB_QUESTIONS not in refs:
        return
    questions = {str(q["id"]): q for q in refs[JOB_QUESTIONS] if isinstance(q, Mapping) and q.get("id")}
    raw = data.get("screening_question_answers") or []
    answers: dict[str, Any] = {}
    for index, item in enumerate(raw if isinstance(raw, list) else []):
        where = f"screening_question_answers[{index}]"
        qid = str((item or {}).get("question_id") or "")
        question = questions.get(qid)
        if question is None:
            yield Problem(f"{where}.question_id", "is not a screening question of this job")
            continue
        if qid in answers:
            yield Problem(f"{where}.question_id", f"answers {_title(question)!r} a second time")
            continue
        answer = (item or {}).get("answer")
        why = format_problem(question.get("format") or {}, answer)
        if why:
            yield Problem(f"{where}.answer", f"{_title(question)!r} {why}")
            continue
        answers[qid] = answer
    ordered = sorted(questions.values(), key=lambda q: (q.get("index") is None, q.get("index") or 0))
    for question in ordered:
        qid = str(question["id"])
        kind = str((question.get("format") or {}).get("type") or "")
        asked = applies(question, answers)
        if qid in answers and not asked:
            index = next(i for i, a in enumerate(raw) if str((a or {}).get("question_id")) == qid)
            yield Problem(
                f"screening_question_answers[{index}].question_id",
                f"{_title(question)!r} only applies after another answer that was not given; leave it out",
            )
        elif qid not in answers and asked and question.get("required") and kind not in _NO_ANSWER:
            yield Problem(
                "screening_question_answers", f"{vendor} requires an answer to {_title(question)!r}"
            )
