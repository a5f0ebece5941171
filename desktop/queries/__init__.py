"""Read-only queries the app's views need, one module per concern: record lists page by page
(``lists``), single records and their names (``records``), related records declared per model
(``related``), a record's history (``changes``), pipelines (``pipeline``), and accounts, counts and
the outbox (``summaries``). No Qt here; ``desktop.ui`` turns these into widgets.

Everything takes a plain ``sqlite3.Connection`` (the UI keeps one for reading; SQLite's WAL lets it
read while the sync writes through the cache writer thread). Every query is short and indexed.
"""

from desktop.queries.changes import Change, changes
from desktop.queries.common import person
from desktop.queries.lists import BROWSABLE, LISTS, Col, ListSpec, Scope, count, page
from desktop.queries.pipeline import Card, StageColumn, pipeline
from desktop.queries.records import record, title_of
from desktop.queries.related import RELATIONS, Related, Relation, Section, related
from desktop.queries.summaries import AccountSummary, accounts, model_counts, outbox_counts

__all__ = [
    "BROWSABLE",
    "LISTS",
    "RELATIONS",
    "AccountSummary",
    "Card",
    "Change",
    "Col",
    "ListSpec",
    "Related",
    "Relation",
    "Scope",
    "Section",
    "StageColumn",
    "accounts",
    "changes",
    "count",
    "model_counts",
    "outbox_counts",
    "page",
    "person",
    "pipeline",
    "record",
    "related",
    "title_of",
]
