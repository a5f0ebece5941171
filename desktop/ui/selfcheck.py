"""The self-test's UI step: open the real main window offscreen on a throw-away home, then close it;
with ``--soak SECONDS``, a scripted day in it first (``desktop.ui.soak``).

Kept in the UI package so that only ``desktop/ui`` imports Qt; ``desktop.selftest`` calls
``open_and_close_window`` and reports what it returns.
"""

from __future__ import annotations

import asyncio
import base64
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QColor, QImage, QImageReader, QImageWriter, QPainter, QPdfWriter
from PySide6.QtWidgets import QApplication

from desktop.ui import i18n
from desktop.ui.app import Application, settings_for
from desktop.ui.event_loop import make_event_loop


def open_and_close_window(home: Path, language: str = "de") -> str:
    """Open and close the main window on ``home``; the language proves the translations shipped."""
    qapp = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(qapp, QApplication)
    installed = i18n.install(qapp, language)
    loop = make_event_loop(qapp)
    asyncio.set_event_loop(loop)

    async def open_and_close() -> str:
        app = Application(qapp, settings=settings_for(home), sync_on_start=False)
        app.start()
        await asyncio.sleep(0.2)  # let the window lay itself out and load the accounts
        title = app.window.windowTitle()
        await app.shutdown()
        return title

    try:
        title = loop.run_until_complete(open_and_close())
    finally:
        loop.close()
        asyncio.set_event_loop(None)
    # The offline indicator needs a network-information backend plugin (build.spec keeps them).
    from PySide6.QtNetwork import QNetworkInformation

    backends = ", ".join(sorted(QNetworkInformation.availableBackends()))
    if not backends:
        raise RuntimeError("no Qt network-information backend in this build: the offline indicator is dead")
    return (
        f"{qapp.platformName()} main window {title!r} opened and closed (translations: {installed}; "
        f"network backends: {backends}; {cv_viewer_formats()})"
    )


#: A 1x1 GIF89a: Qt's GIF plugin reads GIF but cannot write one, so the sample is ready-made.
_GIF = base64.b64decode("R0lGODlhAQABAIAAAP///wAAACwAAAAAAQABAAACAkQBADs=")


def _buffer(data: bytes | None = None) -> QBuffer:
    buffer = QBuffer()
    if data is None:
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    else:
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    return buffer


def _readable(data: bytes) -> bool:
    source = _buffer(data)  # referenced here: the reader does not keep its device alive
    return not QImageReader(source).read().isNull()


def cv_viewer_formats() -> str:
    """What the CV viewer shows inline (``views/cv_view.py``): PDFs through QtPdf and the images a CV
    can be (PNG, JPEG, GIF: ``connectors/base/filetypes.py``). The bundle leaves Qt's other image
    plugins out (build.spec), so this proves the ones it keeps; raises ``RuntimeError`` naming a gap."""
    from PySide6.QtPdf import QPdfDocument

    samples = {"PNG": b"", "JPEG": b"", "GIF": _GIF}
    for fmt in ("PNG", "JPEG"):
        image = QImage(8, 8, QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        out = _buffer()
        # Fails without the format's plugin: the empty sample then fails to read below.
        QImageWriter(out, QByteArray(fmt.encode())).write(image)
        samples[fmt] = bytes(out.data().data())
    unreadable = [fmt for fmt, data in samples.items() if not _readable(data)]
    if unreadable:
        raise RuntimeError(
            f"this build cannot read {', '.join(unreadable)} images: such a CV would show as damaged"
        )
    out = _buffer()
    writer = QPdfWriter(out)
    painter = QPainter(writer)
    painter.drawText(100, 100, "CV")
    painter.end()
    document = QPdfDocument()
    source = _buffer(bytes(out.data().data()))
    document.load(source)
    if document.pageCount() != 1 or document.render(0, QSize(60, 80)).isNull():
        raise RuntimeError(f"this build cannot show PDF CVs (QtPdf: {document.error().name})")
    document.close()
    return f"CV viewer: PDF, {', '.join(samples)}"


def soak_window(home: Path, seconds: float) -> str:
    """The demo accounts syncing in the real window for ``seconds`` while a scripted user clicks
    through it (``desktop.ui.soak``); raises ``RuntimeError`` naming what went wrong."""
    from desktop import paths
    from desktop.ui import demo
    from desktop.ui.soak import soak

    qapp = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(qapp, QApplication)
    demo.use_demo_home()  # inside the throw-away home: paths.home() is ``home`` now
    loop = make_event_loop(qapp)
    asyncio.set_event_loop(loop)

    async def day() -> Any:
        app = Application(qapp, settings=settings_for(home), demo=True)
        app.demo = demo.Demo(app.core, size="tiny")
        app.start()
        try:
            return await soak(app, seconds, accounts=len(demo.demo_vendors()))
        finally:
            await app.shutdown()

    try:
        figures = loop.run_until_complete(day())
    finally:
        loop.close()
        asyncio.set_event_loop(None)
    log = paths.log_path()
    logged = [
        line
        for line in (log.read_text(encoding="utf-8").splitlines() if log.exists() else [])
        if " ERROR " in line or "Traceback" in line
    ]
    problems = [
        *(f"sync failed: {message}" for message in figures.failed_syncs.values()),
        *(f"status bar: {message}" for message in figures.status_errors[:3]),
        *(f"log: {line}" for line in logged[:3]),
    ]
    if figures.rss_start and figures.rss_growth > 0.20:
        problems.append(f"memory grew by {figures.rss_growth:.0%}")
    if problems:
        raise RuntimeError("; ".join(problems))
    return f"soak {figures.summary()}"
