"""A new application waiting in the outbox is a card in its job's pipeline, badged pending (issue 18.5),
through the real window: queued offline, shown at once in the job's first stage, not draggable, and
choosing it opens the pending writes."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt

from connectors.sandbox.runner import RunningSandbox
from desktop.ui.models import ID_ROLE, PENDING_ROLE
from desktop.ui.views.pipeline import is_pending_create
from tests.test_ui_forms import _fill_candidate, _open_job, _start, _sync
from tests.ui_fixtures import *  # noqa: F403  (session loop fixtures)
from tests.ui_fixtures import UiDriver


@pytest.fixture()
def synced_app_home(app_home: Any, sr_sandbox: RunningSandbox) -> Iterator[Any]:
    _sync("smartrecruiters", "acme", sr_sandbox)
    yield app_home


def _cards(window: Any) -> list[tuple[str, str, bool, Any]]:
    out = []
    for column in window.pipeline.columns:
        model = column.model
        for row in range(model.rowCount()):
            index = model.index(row)
            out.append(
                (column.title, index.data(ID_ROLE), bool(index.data(PENDING_ROLE)), model.flags(index))
            )
    return out


def test_a_queued_new_application_is_a_pending_card_in_its_jobs_pipeline(
    ui: UiDriver, qapp: Any, qtbot: Any, synced_app_home: Any, sr_sandbox: RunningSandbox
) -> None:
    async def scenario() -> None:
        app = await _start(ui, qapp)
        window = app.window
        app.core.accounts.edit("acme", settings_update={"base_url": "http://127.0.0.1:1"})  # the ATS is away
        job = _open_job(app.conn)
        window.show_tab("candidates")
        form = app.forms.new_record("create-candidate")
        assert form is not None
        _fill_candidate(qtbot, form, "Grace", "Hopper", "grace@example.org", job)
        form.submit()
        await ui.until(lambda: form.outcome is not None, timeout=30, what="the outcome")
        assert form.outcome.status == "queued", form.outcome

        window.open_pipeline(job)
        await ui.until(lambda: any(is_pending_create(c[1]) for c in _cards(window)), what="the pending card")
        [(column, card_id, pending, flags)] = [c for c in _cards(window) if is_pending_create(c[1])]
        assert column == window.pipeline.columns[0].title and pending
        assert not flags & Qt.ItemFlag.ItemIsDragEnabled  # nothing to move before the ATS has it
        first = window.pipeline.columns[0]
        index = first.model.index(0)
        assert first.model.data(index) == "Grace Hopper"
        assert "Grace Hopper" in first.model.data(index, Qt.ItemDataRole.ToolTipRole)

        # Choosing the card shows the pending writes (where it can be sent, retried or dropped).
        first.view.clicked.emit(index)
        await ui.until(lambda: app.forms.pending_dialog is not None and app.forms.pending_dialog.isVisible())
        app.forms.pending_dialog.close()
        await app.shutdown()

    ui.run(scenario())
