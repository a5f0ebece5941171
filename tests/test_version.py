"""``recruiter-companion --version`` prints the one version the packages carry (issue 20)."""

from __future__ import annotations

import pytest

from desktop import __version__
from desktop.cli.main import main


def test_version_flag_prints_the_single_source_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"recruiter-companion {__version__}"


def test_version_is_the_release_after_v0_1_0() -> None:
    assert __version__ == "0.2.0"
