"""Every sandbox takes ``--without MODEL`` for each model it declares servable, and then behaves as a
tenant without it: the connection doctor reports exactly that stream capability ``not_found`` (and
actions needing it ``not_found`` naming it), everything else as with the full sandbox."""

from __future__ import annotations

import pytest

from connectors import registry
from connectors.base.doctor import Report
from connectors.sandbox import runner
from tests.conftest import doctor_report, start_sandbox


def _servable() -> list[tuple[str, str]]:
    cases: list[tuple[str, str]] = []
    for vendor in registry.vendors():
        app = runner.create_app(vendor, size="tiny")
        cases.extend((vendor, model) for model in sorted(app.servable_models()))
    return cases


CASES = _servable()


def _doctor(vendor: str, without: tuple[str, ...]) -> Report:
    sandbox = start_sandbox(vendor, without=without)
    try:
        report: Report = doctor_report(sandbox)
        return report
    finally:
        sandbox.stop()


def test_smartrecruiters_and_careerplug_declare_what_they_can_switch_off() -> None:
    assert {m for v, m in CASES if v == "smartrecruiters"} == {
        "users",
        "jobs",
        "rejection_reasons",
        "candidates",
    }
    # Candidates and stages have no endpoint of their own at CareerPlug: they come with applications.
    assert {m for v, m in CASES if v == "careerplug"} == {"users", "jobs", "applications"}


_FULL: dict[str, Report] = {}

#: Capabilities the vendor reaches only through another model, so they go with it (the doctor reports the
#: capabilities that depend on a missing model as not_found too).
DEPENDENTS: dict[tuple[str, str], set[str]] = {
    # eRecruiter lists applicants only through each published job's applications (VENDOR.md "Reads").
    ("erecruiter", "jobs"): {"candidates"},
}


def _full(vendor: str) -> Report:
    if vendor not in _FULL:
        _FULL[vendor] = _doctor(vendor, ())
    return _FULL[vendor]


@pytest.mark.parametrize(("vendor", "model"), CASES, ids=[f"{v}-{m}" for v, m in CASES])
def test_without_a_model_exactly_its_capability_is_not_found(vendor: str, model: str) -> None:
    report = _doctor(vendor, (model,))
    streams = {c.name: c for c in report.capabilities if c.kind == "stream"}
    full = {c.name: c for c in _full(vendor).capabilities}
    if model in streams:
        if streams[model].status == "ok":
            # A connector with a fallback route for this model (RECRU reads stages from the projects'
            # own pipelines) keeps it, and its report names the other route.
            assert streams[model].detail != full[model].detail and "route:" in streams[model].detail
        else:
            assert streams[model].status == "not_found", streams[model]
    else:
        # Served by a write method only (RECRU's tag assignment): the action that needs it is not found.
        gone = [c for c in report.capabilities if c.kind == "action" and c.status == "not_found"]
        assert gone and all(full[c.name].status == "ok" for c in gone), report.capabilities
    dependents = DEPENDENTS.get((vendor, model), set())
    others = {name: c.status for name, c in streams.items() if name != model and name not in dependents}
    assert set(others.values()) <= {"ok"}, others
    assert all(streams[name].status == "not_found" for name in dependents & set(streams))
    for action in (c for c in report.capabilities if c.kind == "action"):
        assert action.status in ("ok", "unsupported", "not_found"), action
        if action.status == "not_found":
            # Either it needs the missing model, or the tenant lists no method for it any more.
            named = {model} | dependents
            assert (any(m in action.detail for m in named) and "does not serve" in action.detail) or (
                "does not offer" in action.detail and full[action.name].status == "ok"
            ), action


def test_an_unknown_model_is_refused_naming_the_servable_ones() -> None:
    with pytest.raises(ValueError, match="cannot switch off offers: it serves"):
        start_sandbox("smartrecruiters", without=("offers",))
