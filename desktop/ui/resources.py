"""Where the app's resources (icons, translations, the .desktop file) are, in a checkout or a bundle."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QIcon


def resource_dir() -> Path:
    # PyInstaller unpacks data files under sys._MEIPASS; from a checkout they sit at the repo root.
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def translations_dir() -> Path:
    return resource_dir() / "translations"


def app_icon() -> QIcon:
    icon = QIcon()
    for name in ("recruiter-companion.svg", "recruiter-companion.png"):
        path = resource_dir() / "icons" / name
        if path.exists():
            icon.addFile(str(path))
    return icon
