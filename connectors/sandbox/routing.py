"""Routing and request counting for sandboxes: the route table and the per-route request tally.

Split from :mod:`connectors.sandbox.server` (which imports both): the table indexes routes by method
and segment count so matching stays cheap under the benchmark's load.
"""

from __future__ import annotations

import threading
from typing import Any
from urllib.parse import unquote

from connectors.sandbox.wire import Route


class Router:
    """Exact paths in a dict; templated paths (``/jobs/{id}``) grouped by method and segment count."""

    def __init__(self) -> None:
        self._static: dict[tuple[str, str], Route] = {}
        self._dynamic: dict[tuple[str, int], list[tuple[tuple[str | None, ...], tuple[str, ...], Route]]] = {}
        self._paths: set[str] = set()
        self._templates: list[tuple[tuple[str | None, ...], Route]] = []

    def add(self, route: Route) -> None:
        template = route.template.rstrip("/") or "/"
        segs = template.strip("/").split("/") if template != "/" else []
        if not any(s.startswith("{") for s in segs):
            self._static[(route.method, template)] = route
            self._paths.add(template)
            return
        pattern = tuple(None if s.startswith("{") else s for s in segs)
        names = tuple(s[1:-1] for s in segs if s.startswith("{"))
        self._dynamic.setdefault((route.method, len(segs)), []).append((pattern, names, route))
        self._templates.append((pattern, route))

    def match(self, method: str, path: str) -> tuple[Route, dict[str, str]] | None:
        if len(path) > 1 and path.endswith("/"):
            path = path.rstrip("/")
        route = self._static.get((method, path))
        if route is not None:
            return route, {}
        segs = path.strip("/").split("/")
        for pattern, names, route in self._dynamic.get((method, len(segs)), ()):
            values: list[str] = []
            for want, got in zip(pattern, segs, strict=True):
                if want is None:
                    if not got:
                        break
                    values.append(unquote(got))
                elif want != got:
                    break
            else:
                return route, dict(zip(names, values, strict=True))
        return None

    def routes(self) -> list[Route]:
        """Every registered route."""
        return [*self._static.values(), *(route for _pattern, route in self._templates)]

    def path_exists(self, path: str) -> bool:
        """Whether some method serves ``path`` (a 405 rather than a 404)."""
        if path in self._paths:
            return True
        segs = path.strip("/").split("/")
        for pattern, _route in self._templates:
            if len(pattern) == len(segs) and all(
                w is None or w == g for w, g in zip(pattern, segs, strict=True)
            ):
                return True
        return False


# -- statistics ------------------------------------------------------------------------------------


class RequestStats:
    """Counters per ``METHOD /path/template`` and per status, for tests and benchmarks."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.reset()

    def reset(self) -> None:
        with self._lock:
            self.by_route: dict[str, int] = {}
            self.by_status: dict[int, int] = {}
            self.dropped = 0
            self.total = 0

    def record(self, method: str, template: str | None, status: int | None) -> None:
        key = f"{method} {template or '<unmatched>'}"
        with self._lock:
            self.total += 1
            self.by_route[key] = self.by_route.get(key, 0) + 1
            if status is None:
                self.dropped += 1
            else:
                self.by_status[status] = self.by_status.get(status, 0) + 1

    def snapshot(self) -> dict[str, Any]:
        with self._lock:
            return {
                "total": self.total,
                "requests": dict(sorted(self.by_route.items())),
                "by_status": {str(k): v for k, v in sorted(self.by_status.items())},
                "status_429": self.by_status.get(429, 0),
                "dropped": self.dropped,
            }
