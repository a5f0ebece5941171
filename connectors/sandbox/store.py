"""The in-memory record store behind a sandbox: named collections, secondary indexes, cached views.

Records are plain JSON-able dicts keyed by ``id``. Updates are copy-on-write: a changed record is a
new dict swapped into the collection, so a handler thread serialising the old one never sees it
change under its feet (no locks on the read path). Writers take the store's lock.

Two version counters per collection let sandboxes cache derived views (sorted id lists, filter
results): ``version`` moves on every change, ``shape_version`` only when records appear or vanish
or a field the collection is sorted by changes. A sorted list therefore survives the status writes
of a benchmark and is rebuilt only when it must be.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Callable, Hashable, Iterator, Mapping
from typing import Any

Record = dict[str, Any]
KeyFn = Callable[[Record], Hashable | None]

_DELETE = None  # in a merge patch (RFC 7396) a null value removes the field


@contextlib.contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while building a large seed: it would rescan the growing
    heap of fresh, acyclic dicts again and again (doubling the time of a "large" sandbox)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def merge_patch(target: Record, patch: Record) -> Record:
    """RFC 7396 JSON merge patch, returning new dicts (nested objects merge; lists and scalars replace;
    ``null`` removes). Shared nested objects in ``target`` are never mutated."""
    result = dict(target)
    for key, value in patch.items():
        if value is _DELETE:
            result.pop(key, None)
        elif isinstance(value, dict) and isinstance(result.get(key), dict):
            result[key] = merge_patch(result[key], value)
        else:
            result[key] = value
    return result


def text_key(*fields: str) -> KeyFn:
    """An index key on ``fields`` as text (one field: its text; more: a tuple of them), so an id sent
    as a number finds the record that holds it as a string."""
    if len(fields) == 1:
        return lambda record: str(record.get(fields[0]))
    return lambda record: tuple(str(record.get(f)) for f in fields)


def email_key(field: str) -> KeyFn:
    """An index key that finds records by e-mail address: ``field`` trimmed and lower-cased, so a
    lookup ignores case; a record without an address stays out of the index."""
    return lambda record: str(record.get(field) or "").strip().lower() or None


class _Index:
    __slots__ = ("key_fn", "entries", "unique")

    def __init__(self, key_fn: KeyFn, unique: bool) -> None:
        self.key_fn = key_fn
        self.unique = unique
        # key -> insertion-ordered set of ids (a dict with None values)
        self.entries: dict[Hashable, dict[str, None]] = {}

    def add(self, record: Record) -> None:
        key = self.key_fn(record)
        if key is None:
            return
        bucket = self.entries.get(key)
        if bucket is None:
            self.entries[key] = {record["id"]: None}
        else:
            bucket[record["id"]] = None

    def remove(self, record: Record) -> None:
        key = self.key_fn(record)
        if key is None:
            return
        bucket = self.entries.get(key)
        if bucket is not None:
            bucket.pop(record["id"], None)
            if not bucket:
                del self.entries[key]


class Collection:
    """One kind of record (``candidates``, ``jobs`` …)."""

    def __init__(self, name: str, lock: threading.RLock, *, sort_fields: tuple[str, ...] = ()) -> None:
        self.name = name
        self.records: dict[str, Record] = {}
        self.version = 0
        self.shape_version = 0
        self.sort_fields = frozenset(sort_fields)
        self._indexes: dict[str, _Index] = {}
        self._lock = lock

    # -- reads (lock-free) -------------------------------------------------------------------------
    def get(self, record_id: str) -> Record | None:
        return self.records.get(record_id)

    def __len__(self) -> int:
        return len(self.records)

    def __contains__(self, record_id: object) -> bool:
        return record_id in self.records

    def values(self) -> list[Record]:
        """A snapshot list (safe to iterate while writers run)."""
        return list(self.records.values())

    def __iter__(self) -> Iterator[Record]:
        return iter(self.values())

    def lookup(self, index: str, key: Hashable) -> list[Record]:
        """Records whose index key equals ``key``, in insertion order."""
        bucket = self._indexes[index].entries.get(key)
        if not bucket:
            return []
        records = self.records
        return [r for r in (records.get(i) for i in list(bucket)) if r is not None]

    def lookup_one(self, index: str, key: Hashable) -> Record | None:
        found = self.lookup(index, key)
        return found[0] if found else None

    # -- writes ------------------------------------------------------------------------------------
    def add_index(self, name: str, key_fn: KeyFn, *, unique: bool = False) -> None:
        with self._lock:
            idx = _Index(key_fn, unique)
            for record in self.records.values():
                idx.add(record)
            self._indexes[name] = idx

    def insert(self, record: Record) -> Record:
        """Add (or fully replace) a record; it must carry a string ``id``."""
        record_id = record.get("id")
        if not isinstance(record_id, str) or not record_id:
            raise ValueError(f"{self.name}: a record needs a non-empty string id")
        with self._lock:
            old = self.records.get(record_id)
            if old is not None:
                for idx in self._indexes.values():
                    idx.remove(old)
            for idx in self._indexes.values():
                if idx.unique:
                    key = idx.key_fn(record)
                    if key is not None and idx.entries.get(key):
                        raise ValueError(f"{self.name}: duplicate key {key!r}")
                idx.add(record)
            self.records[record_id] = record
            self.version += 1
            self.shape_version += 1
        return record

    def load(self, records: list[Record]) -> None:
        """Bulk insert at seed time (no per-record checks)."""
        with self._lock:
            for record in records:
                self.records[record["id"]] = record
                for idx in self._indexes.values():
                    idx.add(record)
            self.version += 1
            self.shape_version += 1

    def update(self, record_id: str, changes: Record, *, merge: bool = True) -> Record:
        """Apply ``changes`` (merge patch, or shallow replace of the given fields with ``merge=False``)."""
        with self._lock:
            old = self.records.get(record_id)
            if old is None:
                raise KeyError(record_id)
            if "id" in changes and changes["id"] != record_id:
                raise ValueError(f"{self.name}: the id of a record cannot change")
            if merge:
                new = merge_patch(old, changes)
            else:
                new = dict(old)
                new.update(changes)
            for idx in self._indexes.values():
                idx.remove(old)
                idx.add(new)
            self.records[record_id] = new
            self.version += 1
            if self.sort_fields.intersection(changes):
                self.shape_version += 1
        return new

    def delete(self, record_id: str) -> Record | None:
        with self._lock:
            old = self.records.pop(record_id, None)
            if old is None:
                return None
            for idx in self._indexes.values():
                idx.remove(old)
            self.version += 1
            self.shape_version += 1
        return old


class Store:
    """All collections of one sandbox, one lock for writers, and a small cache of derived views."""

    CACHE_SIZE = 32  # a filtered view of a large sandbox holds ~10 MB; recomputing one costs ~0.2 s

    def __init__(self) -> None:
        self.lock = threading.RLock()
        self.collections: dict[str, Collection] = {}
        self._cache: dict[Hashable, Any] = {}

    def add_collection(
        self,
        name: str,
        *,
        sort_fields: tuple[str, ...] = (),
        indexes: Mapping[str, KeyFn] | None = None,
        records: list[Record] | None = None,
    ) -> Collection:
        """A new collection: ``indexes`` (name: key) built, then the seed ``records`` loaded."""
        coll = Collection(name, self.lock, sort_fields=sort_fields)
        for index, key_fn in (indexes or {}).items():
            coll.add_index(index, key_fn)
        if records is not None:
            coll.load(records)
        self.collections[name] = coll
        return coll

    def __getitem__(self, name: str) -> Collection:
        return self.collections[name]

    def __contains__(self, name: object) -> bool:
        return name in self.collections

    def counts(self) -> dict[str, int]:
        return {name: len(coll) for name, coll in self.collections.items()}

    def cached(self, key: Hashable, compute: Callable[[], Any]) -> Any:
        """Memoise a derived view; ``key`` must include the versions the view depends on."""
        try:
            return self._cache[key]
        except KeyError:
            pass
        value = compute()
        with self.lock:
            if len(self._cache) >= self.CACHE_SIZE:
                # Drop the oldest half: stale versions are never asked for again.
                for old in list(self._cache)[: self.CACHE_SIZE // 2]:
                    self._cache.pop(old, None)
            self._cache[key] = value
        return value
