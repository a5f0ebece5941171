"""Hostile or broken input gets a refusal that names the field and what to do, never a traceback,
and nothing is sent (the sandbox counts no write)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from connectors.sandbox.runner import RunningSandbox
from tests.conftest import CliResult, run_cli
from tests.test_smartrecruiters_writes import a_job, new_candidate


def _writes(sandbox: RunningSandbox) -> int:
    counts = httpx.get(f"{sandbox.base_url}/_sandbox/requests").json()["requests"]
    return sum(n for key, n in counts.items() if key.split(" ", 1)[0] in ("POST", "PUT", "PATCH", "DELETE"))


def _act(path: Path) -> CliResult:
    return run_cli("act", "create-candidate", "--account", "acme", "--input", str(path))


def _with_cv(tmp_path: Path, name: str, content: bytes) -> Path:
    (tmp_path / name).write_bytes(content)
    data = new_candidate(a_job(), "grace@example.org", cv=False)
    data["attachments"] = [{"path": name, "type": "CV"}]
    target = tmp_path / "in.json"
    target.write_text(json.dumps(data))
    return target


def _not_utf8(tmp_path: Path) -> Path:
    path = tmp_path / "in.json"
    path.write_bytes(b'{"candidate": {"first_name": "Jos\xe9"}}')  # Latin-1, as an old editor saves it
    return path


def _deep(tmp_path: Path) -> Path:
    path = tmp_path / "in.json"
    path.write_text("[" * 100_000 + "]" * 100_000)
    return path


def _program_named_cv(tmp_path: Path) -> Path:
    return _with_cv(tmp_path, "cv.pdf", b"MZ\x90\x00\x03\x00\x00\x00" + b"\x00" * 200)


def _empty_cv(tmp_path: Path) -> Path:
    return _with_cv(tmp_path, "cv.pdf", b"")


def _not_a_pdf(tmp_path: Path) -> Path:
    return _with_cv(tmp_path, "cv.pdf", b"Dear hiring manager, " * 20)


def _nul_in_a_name(tmp_path: Path) -> Path:
    data = new_candidate(a_job(), "grace@example.org", cv=False)
    data["candidate"]["first_name"] = "Gra\x00ce"
    path = tmp_path / "in.json"
    path.write_text(json.dumps(data))
    return path


CASES: dict[str, tuple[Callable[[Path], Path], str]] = {
    "a file that is not UTF-8": (_not_utf8, "is not UTF-8 text (byte 0xe9"),
    "JSON nested 100,000 deep": (_deep, "nests deeper than"),
    "a program renamed cv.pdf": (_program_named_cv, "is a program, not a document"),
    "a 0-byte CV": (_empty_cv, "is empty (0 bytes)"),
    "a text file named .pdf": (_not_a_pdf, "is not a .pdf file inside"),
    "a NUL byte in a name": (_nul_in_a_name, "candidate.first_name: contains a control character (U+0000)"),
}


@pytest.mark.parametrize("case", CASES)
def test_bad_action_input_is_refused_by_name_and_nothing_is_sent(
    synced_sr: str, sr_sandbox: RunningSandbox, tmp_path: Path, case: str
) -> None:
    make, expected = CASES[case]
    before = _writes(sr_sandbox)
    result = _act(make(tmp_path))
    assert result.code == 2, (result.out, result.err)
    assert "Traceback" not in result.err
    assert expected in result.err + result.out
    assert _writes(sr_sandbox) == before


def test_a_real_pdf_goes_with_the_type_its_content_shows(
    synced_sr: str, sr_sandbox: RunningSandbox, tmp_path: Path
) -> None:
    result = _act(_with_cv(tmp_path, "CV final.PDF", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n"))
    assert result.code == 0, result.err


@pytest.mark.parametrize(
    ("settings", "expected"),
    [
        ({"api_key": 12345678901234567890}, "'api_key' must be text in quotes, got a number"),
        ({"api_key": "abc", "base_url": "http://[::1"}, "'base_url' is not a usable address"),
        ({"api_key": "abc\x00def"}, "contains control characters"),
    ],
)
def test_bad_account_settings_are_refused_by_name(
    app_home: Path, settings: dict[str, object], expected: str
) -> None:
    result = run_cli("accounts", "add", "smartrecruiters", "--name", "acme", stdin=json.dumps(settings))
    assert result.code == 2, result.err
    assert expected in result.err and "Traceback" not in result.err
    assert run_cli("accounts", "list", "--json").json() == []
