"""Refresh the translation sources from the code and compile them for the app.

    python tools/translations.py            # lupdate (keeps existing translations) + lrelease
    python tools/translations.py --release  # only compile .ts -> .qm

Sources: ``resources/translations/recruiter_companion_<lang>.ts`` (edit them in Qt Linguist:
``pyside6-linguist``). English has a catalogue too, for its plural forms ("1 record", "2 records").
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("en", "de", "nl", "pl")


def _tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease next to this Python, else on PATH."""
    beside = Path(sys.executable).with_name(f"pyside6-{name}")
    found = str(beside) if beside.exists() else shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} not found; install PySide6 in this environment")
    return found


def update() -> None:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "desktop" / "ui").rglob("*.py"))
    for lang in LANGUAGES:
        ts = TRANSLATIONS / f"recruiter_companion_{lang}.ts"
        subprocess.run(
            [
                _tool("lupdate"),
                *sources,
                "-ts",
                str(ts.relative_to(ROOT)),
                "-no-obsolete",
                "-target-language",
                lang,
            ],
            check=True,
            cwd=ROOT,
        )


def release() -> None:
    for lang in LANGUAGES:
        ts = TRANSLATIONS / f"recruiter_companion_{lang}.ts"
        subprocess.run([_tool("lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--release", action="store_true", help="only compile the .ts files")
    args = parser.parse_args()
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    if not args.release:
        update()
    release()


if __name__ == "__main__":
    main()
