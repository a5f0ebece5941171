"""Light and dark: follow the OS by default, live; let the user force one.

Qt reports the OS colour scheme through ``QStyleHints.colorScheme`` and signals changes. Fusion is
used everywhere (it renders both schemes well on all three OSes); where the platform cannot switch
palettes itself (offscreen, plain X11) we set a matching palette. Widgets never hard-code colours:
they use palette roles, and the few accents (errors, stage badges) come from ``accent`` below, which
picks a shade readable on the current background.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

MODES = ("system", "light", "dark")


def _dark_palette() -> QPalette:
    p = QPalette()
    window, base, text = QColor(37, 38, 41), QColor(28, 29, 31), QColor(230, 230, 230)
    highlight = QColor(64, 128, 200)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        p.setColor(group, QPalette.ColorRole.Window, window)
        p.setColor(group, QPalette.ColorRole.WindowText, text)
        p.setColor(group, QPalette.ColorRole.Base, base)
        p.setColor(group, QPalette.ColorRole.AlternateBase, QColor(44, 45, 49))
        p.setColor(group, QPalette.ColorRole.ToolTipBase, QColor(50, 51, 55))
        p.setColor(group, QPalette.ColorRole.ToolTipText, text)
        p.setColor(group, QPalette.ColorRole.PlaceholderText, QColor(140, 140, 140))
        p.setColor(group, QPalette.ColorRole.Text, text)
        p.setColor(group, QPalette.ColorRole.Button, QColor(50, 51, 55))
        p.setColor(group, QPalette.ColorRole.ButtonText, text)
        p.setColor(group, QPalette.ColorRole.BrightText, QColor(255, 90, 90))
        p.setColor(group, QPalette.ColorRole.Light, QColor(70, 71, 75))
        p.setColor(group, QPalette.ColorRole.Midlight, QColor(60, 61, 65))
        p.setColor(group, QPalette.ColorRole.Mid, QColor(45, 46, 50))
        p.setColor(group, QPalette.ColorRole.Dark, QColor(20, 20, 22))
        p.setColor(group, QPalette.ColorRole.Shadow, QColor(0, 0, 0))
        p.setColor(group, QPalette.ColorRole.Highlight, highlight)
        p.setColor(group, QPalette.ColorRole.HighlightedText, QColor(255, 255, 255))
        p.setColor(group, QPalette.ColorRole.Link, QColor(110, 170, 240))
        p.setColor(group, QPalette.ColorRole.LinkVisited, QColor(170, 140, 230))
    disabled = QColor(120, 120, 120)
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Base, window)
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Window, window)
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Button, QColor(45, 46, 50))
    return p


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def accent(name: str, palette: QPalette | None = None) -> QColor:
    """A status colour (ok, warn, error, muted) readable on the current background."""
    dark = is_dark(palette)
    colours = {
        "ok": ("#2e7d32", "#81c784"),
        "warn": ("#b26a00", "#ffb74d"),
        "error": ("#c62828", "#ef9a9a"),
        "muted": ("#6b6b6b", "#9e9e9e"),
        "info": ("#1565c0", "#90caf9"),
    }
    light_colour, dark_colour = colours.get(name, colours["muted"])
    return QColor(dark_colour if dark else light_colour)


class Theme(QObject):
    """Applies the chosen mode now and again whenever the OS scheme changes."""

    def __init__(self, app: QApplication, mode: str = "system") -> None:
        super().__init__(app)
        self.app = app
        self.mode = mode if mode in MODES else "system"
        app.setStyle("Fusion")
        app.styleHints().colorSchemeChanged.connect(self._os_changed)
        self.apply()

    def set_mode(self, mode: str) -> None:
        self.mode = mode if mode in MODES else "system"
        self.apply()

    def wants_dark(self) -> bool:
        if self.mode == "system":
            return self.app.styleHints().colorScheme() == Qt.ColorScheme.Dark
        return self.mode == "dark"

    def apply(self) -> None:
        dark = self.wants_dark()
        style = self.app.style()
        palette = _dark_palette() if dark else style.standardPalette()
        if is_dark(palette) != dark and not dark:
            # Some platforms hand Fusion a dark standard palette while the user asked for light.
            palette = QPalette(QColor(240, 240, 240))
        self.app.setPalette(palette)

    def _os_changed(self, scheme: Qt.ColorScheme) -> None:
        if self.mode == "system":
            self.apply()
