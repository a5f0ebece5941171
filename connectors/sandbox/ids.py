"""New record ids for sandbox writes, the two ways vendors hand them out.

Most vendors' ids are numbers that grow: a new record gets one more than the highest id in its
collection (:func:`next_numeric_id`, optionally above a floor where the vendor's ids start). Some
never hand an id out twice, even after the record with the highest one was deleted
(:class:`IdCounter`). Which one a vendor does is its own fact, stated where it is used.
"""

from __future__ import annotations

import threading

from connectors.sandbox.store import Store


def sorted_ids(store: Store, collection: str) -> list[str]:
    """The collection's ids in ascending numeric order, cached until a record is added or deleted."""
    coll = store[collection]
    return store.cached(  # type: ignore[no-any-return]
        ("ids", collection, coll.shape_version), lambda: sorted(coll.records, key=int)
    )


def next_numeric_id(store: Store, collection: str, floor: int = 0) -> str:
    """One more than the highest numeric id in ``collection`` (or than ``floor``, if that is higher)."""
    ids = sorted_ids(store, collection)
    return str(max(floor, int(ids[-1]) if ids else floor) + 1)


class IdCounter:
    """Per-collection counters that start above the seeded ids and never go back, so an id freed by
    a delete is not handed out again."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._next: dict[str, int] = {}
        self._lock = threading.Lock()

    def next(self, collection: str) -> int:
        with self._lock:
            if collection not in self._next:
                self._next[collection] = max((int(k) for k in self._store[collection].records), default=0)
            self._next[collection] += 1
            return self._next[collection]
