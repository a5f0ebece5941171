"""``recruiter-companion self-test`` from source, in a child process as CI runs the bundle's."""

from __future__ import annotations

import pytest

from tests.conftest import run_cli_process


def test_self_test_passes_and_names_every_step(app_home: object, real_keyring: bool) -> None:
    result = run_cli_process("self-test", *(["--require-keyring"] if real_keyring else []))
    assert result.code == 0, result.out + result.err
    steps = [line.split()[1] for line in result.out.splitlines() if line.startswith("ok ")]
    assert steps == ["cache", "keyring", "sandbox", "account", "sync", "sync-process", "outbox"]
    if real_keyring:  # inside tools/with-keyring.sh
        assert "keyring.backends.SecretService.Keyring" in result.out
    assert "api_key" not in result.out and "self-test passed" in result.out


def test_self_test_without_a_keyring_reports_the_fallback_or_fails_when_required(
    app_home: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    relaxed = run_cli_process("self-test")
    assert relaxed.code == 0 and "memory (session only)" in relaxed.out
    strict = run_cli_process("self-test", "--require-keyring")
    assert strict.code == 1 and "FAILED at step 'keyring'" in strict.err
