"""The unified model: records, enums, stable ids and the timestamp format every connector maps to."""

from connectors.unified.ids import account_id_for, stable_id
from connectors.unified.model import BOOKKEEPING, FOREIGN_KEYS, MODELS, columns, mapped_columns
from connectors.unified.timefmt import iso, now_iso

__all__ = [
    "BOOKKEEPING",
    "FOREIGN_KEYS",
    "MODELS",
    "account_id_for",
    "columns",
    "iso",
    "mapped_columns",
    "now_iso",
    "stable_id",
]
