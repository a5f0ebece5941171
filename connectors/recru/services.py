"""Which JSON-RPC method serves what, found on the tenant (VENDOR.md "Self-description", "Methods").

Only ``AuthService.login`` is a published method name; RECRU's 21 public operations are known by their
titles only, and the list/read/write methods a sync needs by nobody. So nothing here is hard-wired:
each capability (``Need``) names the methods that may serve it, in order (exact names first, then a
pattern), and a tenant's own self-description picks among them:

1. its Service Mapping Description on ``GET /api/json-rpc`` (the Laminas JSON-RPC server's SMD, A);
2. else the method page ``/api/index/documentation``, whose anchors name each method ``Service_method``
   (S [MC-NATIVE]); a page naming none (a sign-in page in front of it) counts as absent;
3. else, for reads, a probe: the first candidate that does not answer -32601 "Method not found".

A self-description that is there but unreadable (HTML where the SMD should be, broken JSON, another
shape) is an error naming the account, what was read and what to check: guessing past it could bind a
stream to the wrong method. The map found is kept per tenant for the process, so writes bind without
reading it again (each sync reads it afresh).
"""

from __future__ import annotations

import html
import json
import re
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from connectors.http import AuthError, BadResponse, ConnectorError, NotFound, VendorClient
from connectors.recru import rpc

#: The human method page (S [MC-NATIVE]: ``…/api/index/documentation#AuthService_login``).
DOCUMENTATION = "/api/index/documentation"
_ANCHOR = re.compile(r"""(?:id|name)\s*=\s*["']([A-Z][A-Za-z0-9]*Service)_([A-Za-z][A-Za-z0-9]*)["']""")
_DOTTED = re.compile(r"\b([A-Z][A-Za-z0-9]*Service)\.([a-z][A-Za-z0-9]*)\b")
#: Answers meaning "no self-description here": redirects (to a sign-in page), refusals, unknown path, a
#: server that does not answer GET.
_ABSENT = (301, 302, 303, 307, 308, 400, 401, 403, 404, 405, 406, 410, 415, 501)


@dataclass(frozen=True)
class Need:
    """One capability and the methods that may serve it: ``names`` in order, then any the tenant lists
    that match ``pattern``. ``probe`` is the params of a harmless call that tells whether a read method
    exists where the tenant describes nothing; writes are never probed."""

    key: str
    what: str
    names: tuple[str, ...]
    pattern: str | None = None
    probe: Mapping[str, Any] | None = None


_PAGE = {"request": {"page": 1, "limit": 1}}
_NONE: Mapping[str, Any] = {}

# Published operations (S [MC-README]; the JSON-RPC names are A, the titles S) and the unpublished
# methods a sync needs (A): the names our sandbox serves first, then common alternatives.
NEEDS: dict[str, Need] = {
    n.key: n
    for n in (
        Need("ping", "the connection test (Ping)", ("TestService.ping",), r"^\w+Service\.ping$", _NONE),
        Need(
            "users",
            "the list of users",
            ("UserService.getList",),
            r"^Users?Service\.(getList|list|search|getUsers|getAll)$",
            _PAGE,
        ),
        Need(
            "user_names",
            "the user name pairs (Get User Name Pairs)",
            ("CodebookService.getUserNamePairs",),
            r"^\w+Service\.getUserNamePairs$",
            _NONE,
        ),
        Need(
            "steps",
            "the pipeline steps (application stages)",
            ("CodebookService.getPipelineSteps",),
            r"^\w+Service\.get(Pipeline)?(Steps|Stages|PipelineStepPairs|StepPairs)$",
            _NONE,
        ),
        Need(
            "projects",
            "the list of projects (jobs)",
            ("ProjectService.getList",),
            r"^ProjectService\.(getList|list|search|getProjects|getAll)$",
            _PAGE,
        ),
        Need(
            "jobseekers",
            "the list of jobseekers (candidates)",
            ("JobseekerService.getList",),
            r"^JobseekerService\.(getList|list|search|getJobseekers|getAll)$",
            _PAGE,
        ),
        Need(
            "applications",
            "the list of applications",
            ("ApplicationService.getList",),
            r"^ApplicationService\.(getList|list|search|getApplications|getAll)$",
            _PAGE,
        ),
        Need(
            "tags",
            "the list of tags",
            ("TagService.getList",),
            r"^TagService\.(getList|list|search|getTags|getAll|getTagPairs)$",
            _PAGE,
        ),
        Need(
            "rejection_reasons",
            "the rejection reasons (Get Rejection Reasons)",
            ("CodebookService.getRejectionReasons",),
            r"^\w+Service\.getRejectionReasons?$",
            _NONE,
        ),
        Need(
            "sources",
            "the jobseeker sources (Get Jobseeker Sources)",
            ("CodebookService.getJobseekerSources",),
            r"^\w+Service\.getJobseekerSources$",
            _NONE,
        ),
        Need(
            "apply_metadata",
            "the apply form's fields (Get Jobseeker Apply Metadata)",
            ("JobseekerService.getApplyMetadata", "CodebookService.getJobseekerApplyMetadata"),
            r"^\w+Service\.get(Jobseeker)?ApplyMetadata$",
            _NONE,
        ),
        Need(
            "jobseeker_get",
            "reading one jobseeker",
            ("JobseekerService.get",),
            r"^JobseekerService\.get(ById)?$",
        ),
        Need(
            "application_get",
            "reading one application",
            ("ApplicationService.get",),
            r"^ApplicationService\.get(ById)?$",
        ),
        Need(
            "jobseeker_save",
            "saving a jobseeker",
            ("JobseekerService.save", "JobseekerService.create"),
            r"^JobseekerService\.(save|create|add|insert)$",
        ),
        Need(
            "apply",
            "applying a jobseeker to a project",
            ("JobseekerService.apply", "ApplicationService.create", "ApplicationService.save"),
            r"^\w+Service\.(apply|applyJobseeker|applyToProject)$",
        ),
        Need(
            "files",
            "the list of a jobseeker's files",
            ("FileService.getList",),
            r"^(File|Attachment|Document)Service\.(getList|list|search)$",
        ),
        Need(
            "file_upload",
            "uploading a file",
            ("FileService.upload",),
            r"^(File|Attachment|Document)Service\.(upload|save|create|add)$",
        ),
        Need(
            "add_tag",
            "assigning a tag to a jobseeker",
            ("JobseekerService.addTag", "TagService.assign"),
            r"^\w+Service\.(addTag|assignTag|addJobseekerTag)$",
        ),
    )
}


@dataclass
class ServiceMap:
    """What one tenant says it offers: ``methods`` (``None`` when it describes nothing) and where that
    came from; ``bound`` keeps each need's method once found (probes included)."""

    base_url: str
    account: str
    methods: frozenset[str] | None
    source: str
    bound: dict[str, str] = field(default_factory=dict)
    read_at: float = field(default_factory=time.monotonic)

    def listed(self, need: Need) -> str | None:
        """The method for ``need`` among those the tenant lists, or ``None``."""
        assert self.methods is not None
        for name in need.names:
            if name in self.methods:
                return name
        if need.pattern:
            pattern = re.compile(need.pattern)
            for name in sorted(self.methods):
                if pattern.match(name):
                    return name
        return None

    def note(self, method: str) -> str:
        if self.methods is None:
            return f"{method} (probed: RECRU describes no methods)"
        return f"{method} (from {self.source})"

    def missing(self, need: Need) -> str:
        """Why ``need`` has no method, in words naming the account and what to check."""
        looked = ", ".join(need.names) + (" or a similar name" if need.pattern else "")
        if self.methods is None:
            found = f"none of {looked} answers (RECRU describes no methods, so they were tried)"
        else:
            found = f"{self.source} lists none of {looked}"
        return (
            f"RECRU ({self.account}) does not offer {need.what}: {found}. Check with RECRU support that "
            "the API user's plan and role include it."
        )


#: The map found per tenant address, for this process (see the module docstring), and how long a write
#: or a connection test relies on it before reading it again (a sync always reads it afresh).
_MAPS: dict[str, ServiceMap] = {}
KEEP_SECONDS = 15 * 60


def account_of(client: VendorClient, settings: Mapping[str, str] | None) -> str:
    login = str((settings or {}).get("login") or "").strip()
    return f"{login} at {client.base_url}" if login else client.base_url


def forget(base_url: str | None = None) -> None:
    """Drop the kept maps (one tenant's, or all): the next use reads the self-description again."""
    if base_url is None:
        _MAPS.clear()
    else:
        _MAPS.pop(base_url.rstrip("/"), None)


async def discover(client: VendorClient, settings: Mapping[str, str] | None = None) -> ServiceMap:
    """Read the tenant's self-description now and keep it (a sync's ``bind`` calls this every time)."""
    kept = _MAPS.get(client.base_url)
    account = account_of(client, settings) if settings or kept is None else kept.account
    smap = await _read(client, account)
    _MAPS[client.base_url] = smap
    return smap


async def service_map(client: VendorClient) -> ServiceMap:
    """The kept map of this tenant, read first where there is none yet (writes, the connection test)."""
    found = _MAPS.get(client.base_url)
    if found is None or time.monotonic() - found.read_at > KEEP_SECONDS:
        return await discover(client)
    return found


async def find(client: VendorClient, smap: ServiceMap, key: str) -> str | None:
    """The method serving ``key`` on this tenant, or ``None``: listed, else probed (reads only)."""
    need = NEEDS[key]
    if key in smap.bound:
        return smap.bound[key]
    if smap.methods is not None:
        method = smap.listed(need)
    elif need.probe is None:
        # Nothing to read it from and not safe to try: the first candidate, which a -32601 refutes.
        method = need.names[0]
    else:
        method = await _probe(client, need)
    if method is not None:
        smap.bound[key] = method
    return method


async def method(client: VendorClient, key: str) -> str:
    """The method for a write or a lookup ``key``; ``NotFound`` before anything is sent when the tenant
    does not offer it."""
    smap = await service_map(client)
    found = await find(client, smap, key)
    if found is None:
        raise NotFound(smap.missing(NEEDS[key]) + " Nothing was sent.")
    return found


# --- reading the self-description -------------------------------------------------------------------


async def _read(client: VendorClient, account: str) -> ServiceMap:
    smd = await _smd(client, account)
    if smd is not None:
        return ServiceMap(client.base_url, account, smd, f"the service map on GET {rpc.ENDPOINT}")
    page = await _page(client, account)
    if page is not None:
        return ServiceMap(client.base_url, account, page, f"the method page {DOCUMENTATION}")
    return ServiceMap(client.base_url, account, None, "probing")


def _garbage(account: str, where: str, what: str) -> BadResponse:
    return BadResponse(
        f"RECRU ({account}) answered its self-description ({where}) with {what}, not a list of its API "
        "methods, so no data could be matched to a method and nothing was synced. Check that the account's "
        "address is the RECRU address itself (e.g. https://ihre-firma.recru.eu, no proxy or login page in "
        "between), then ask RECRU support whether its API is switched on."
    )


async def _smd(client: VendorClient, account: str) -> frozenset[str] | None:
    """The methods of the SMD (``services`` or ``methods``, a map by name, V for Laminas), ``None`` where
    the tenant serves none (404/405, or a JSON-RPC error: a server without the SMD branch)."""
    where = f"GET {rpc.ENDPOINT}"
    response = await client.request("GET", rpc.ENDPOINT, ok_statuses=_ABSENT, idempotent=True)
    if response.status_code != 200:
        return None
    text = response.text.strip()
    if not text:
        return None
    if text.startswith("<"):
        raise _garbage(account, where, "an HTML page")
    try:
        body = json.loads(text)
    except ValueError:
        raise _garbage(account, where, "unreadable JSON") from None
    if isinstance(body, dict) and body.get("error") is not None and "result" not in body:
        return None  # answered as a JSON-RPC call: no service map here
    services = body.get("services", body.get("methods")) if isinstance(body, dict) else None
    if isinstance(services, list) and services and all(isinstance(s, dict) and "name" in s for s in services):
        services = {str(s["name"]): s for s in services}  # the Dojo-compatible form lists them
    if not isinstance(services, dict) or not services or not all(isinstance(k, str) for k in services):
        raise _garbage(account, where, "JSON that is not a service map (no 'services' by method name)")
    names = frozenset(k for k in services if "." in k)
    if not names:
        raise _garbage(account, where, "a service map naming no Service.method")
    return names


async def _page(client: VendorClient, account: str) -> frozenset[str] | None:
    """The methods named by the method page's anchors (``AuthService_login``, S) or dotted names."""
    response = await client.request(
        "GET", DOCUMENTATION, ok_statuses=_ABSENT, idempotent=True, headers={"Accept": "text/html"}
    )
    if response.status_code != 200 or not response.text.strip():
        return None
    text = html.unescape(response.text)
    names = {f"{s}.{m}" for s, m in _ANCHOR.findall(text)} | {f"{s}.{m}" for s, m in _DOTTED.findall(text)}
    # A page naming no method is most likely a sign-in page in front of it (the page is meant for
    # people): not a description, so the methods are probed rather than the sync refused.
    return frozenset(names) or None


async def _probe(client: VendorClient, need: Need) -> str | None:
    """The first candidate that exists: any answer but -32601 (a FAILED result, invalid params) says
    the method is there. Only exact names can be probed; patterns need a list."""
    for name in need.names:
        try:
            await rpc.call(client, name, need.probe)
        except rpc.MethodNotFound:
            continue
        except ConnectorError as exc:
            if exc.transient or isinstance(exc, AuthError):
                raise
            return name  # refused for its params, a record or the role: the method is there
        return name
    return None
