"""Demo mode: every vendor with a sandbox, demo accounts in a home of their own, synced on start;
and the real entry point (``run_app``) starting and quitting cleanly in a child process."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

from desktop.ui import demo
from desktop.ui.app import Application
from tests.ui_fixtures import *  # noqa: F403  (session loop fixtures)
from tests.ui_fixtures import UiDriver


def test_demo_starts_sandboxes_adds_accounts_and_syncs_in_the_background(
    ui: UiDriver, qapp: Any, qtbot: Any, app_home: Path, monkeypatch: Any
) -> None:
    home = demo.use_demo_home()
    assert home == app_home / "demo"  # beside the real home, never in it
    monkeypatch.setenv("RECRUITER_COMPANION_HOME", str(home))  # undone after the test
    monkeypatch.setattr(demo, "SIZE", "tiny")  # the same code path, less data to wait for

    async def scenario() -> None:
        app = Application(qapp, demo=True)
        app.demo = demo.Demo(app.core, size="tiny")
        app.start()
        # The window is up before any sandbox or sync: the demo fills it in the background.
        assert app.window.isVisible() and app.window.windowTitle() == "Recruiter Companion"
        vendors = demo.demo_vendors()
        assert "smartrecruiters" in vendors
        await ui.until(lambda: len(app.sync.last_result) == len(vendors), timeout=45, what="demo syncs")
        assert all(ok for ok, _ in app.sync.last_result.values()), app.sync.last_result
        accounts = app.core.accounts.list()
        assert len({a.name for a in accounts}) == len(vendors)
        # A demo sandbox serves this app alone: its account takes the vendor's whole published pace.
        assert {a.share_percent for a in accounts} == {demo.DEMO_SHARE} == {100}
        # Demo tokens never reach the OS keyring.
        assert not app.core.secrets.persistent
        assert app.window.findChild(type(app.window.pending_label), "demoBadge").isVisible()
        app.window.show_tab("candidates")
        assert app.window.lists["candidates"].table_model.total > 0
        await app.shutdown()
        assert not app.demo.sandboxes

    ui.run(scenario(), timeout=90)


def test_run_app_demo_shows_the_window_and_exits_cleanly(app_home: Path) -> None:
    """The real entry point in a child process: QApplication, qasync loop, demo, shutdown, exit 0."""
    script = textwrap.dedent("""
        import asyncio, sys
        from desktop.ui import demo
        demo.SIZE = "tiny"
        from desktop.ui.app import run_app

        async def check(app):
            assert app.window.isVisible() and app.window.windowTitle() == "Recruiter Companion"
            for _ in range(600):
                if app.sync.last_result and not app.sync.runs:
                    break
                await asyncio.sleep(0.05)
            print("synced", sorted(ok for ok, _ in app.sync.last_result.values()), flush=True)
            app.window.close()

        sys.exit(run_app(True, script=check))
    """)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "RECRUITER_COMPANION_HOME": str(app_home)}
    proc = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=90,
        env=env,
        cwd=Path(__file__).resolve().parents[1],
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "synced [True" in proc.stdout and "False" not in proc.stdout, proc.stdout + proc.stderr[-2000:]
    assert "Fatal Python error" not in proc.stderr
    assert (app_home / "demo" / "cache.sqlite3").exists() and not (app_home / "cache.sqlite3").exists()
    assert (app_home / "demo" / "settings.ini").exists()  # the layout was saved on the way out


def test_a_second_demo_start_points_every_account_setting_at_the_new_sandboxes(
    app_home: Path, monkeypatch: Any
) -> None:
    """Sandboxes come back on new ports: every address they give (CareerPlug's OAuth host as well as
    the API host) must follow, or the demo's second start cannot sign in."""
    import asyncio

    from connectors import registry

    monkeypatch.setenv("RECRUITER_COMPANION_HOME", str(demo.use_demo_home()))
    core = demo.open_core()
    try:
        for _ in range(2):
            session = demo.Demo(core, size="tiny")
            asyncio.run(session.start())
            try:
                for vendor, sandbox in session.sandboxes.items():
                    connector = registry.get(vendor)
                    account = core.accounts.get(f"{connector.display_name} demo")
                    plain = {k: v for k, v in sandbox.account.items() if k not in connector.secret_fields}
                    assert {k: account.settings.get(k) for k in plain} == plain, vendor
            finally:
                asyncio.run(session.stop())
        assert len(core.accounts.list()) == len(demo.demo_vendors())
    finally:
        core.close()
