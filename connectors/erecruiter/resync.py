"""What one eRecruiter sync knows, and which applicants it reads again (VENDOR.md "Paging and deltas").

eRecruiter has no delta filter and no applicant list; the only list that names applicants is a job's
open applications (``Api/Applications/ByJob``: ``{Id, JobId, ApplicantId}``, no stamp, V). The stamps
(applicant) and statuses (applications) need one read per applicant. So a re-sync reads the list pages
and re-reads in full only:

- applicants it never read;
- applicants with an open application that appeared in, or disappeared from, a job's list since the
  last sync (a new application, or one closed, withdrawn or moved to another job);
- a rolling slice of the rest, as many as fit in a budget of requests: ``RECHECK_SHARE`` of the list
  requests this sync made (at least one applicant), next in key order after where the last sync's slice
  ended, so with N applicants and k per sync each is re-checked within N / k syncs;
- everyone on ``sync --full`` and on the first sync ``FULL_EVERY`` after the last full re-read (which
  bounds how stale an applicant can get when the rotation is slow).

Every other applicant is re-emitted from what the cache stored (``Stream.recall``), so the sweep of
the (always full) read does not take them for gone. Where the slice stands and when the last full
re-read was are kept in the cache with the read (``Stream.save_memo``), so a restart changes nothing.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

from connectors.base import MapContext, Rec
from connectors.erecruiter import mapping as m

#: The rolling re-check's budget, as a share of the list requests this sync made (issue 14: a quiet
#: re-sync costs at most the list pages plus 5 %). A stage move between two open statuses, an edited
#: name or a new document is visible only on the applicant and its applications (VENDOR.md "Paging and
#: deltas"), so some applicants are re-read although no list shows a change; the budget caps what that
#: costs, the daily full re-read (``FULL_EVERY``) caps how stale anyone gets.
RECHECK_SHARE = 0.05
#: What re-checking one applicant costs when nothing changed: the applicant and its applications (its
#: custom fields and documents only when a stamp moved, ``needs_details``).
RECHECK_READS = 2
#: At most this long between two full re-reads: a user who syncs rarely gets everything fresh once a day.
FULL_EVERY = timedelta(hours=24)

#: The key suffix of the reads of stored applicants (a fan-out's answers are kept per key).
STORED = "_stored"

Pair = tuple[str, str]  # (job id, application id) of an open application


def answer(item: Mapping[str, Any], key: str, applicant: str) -> tuple[bool, Any]:
    """Whether ``key`` was read for ``applicant`` on this item, and the answer."""
    sub = item.get("_sub") or {}
    for name in (key, f"{key}{STORED}"):
        read = sub.get(name) or {}
        if applicant in read:
            return True, read[applicant]
    return False, None


def _changed(applicant: Any, stored: Any) -> bool:
    """Whether an applicant moved since we stored it: its two update stamps (V) and its document and CV
    flags (V); that every change of custom fields and documents moves one of them is A."""
    if not isinstance(stored, Mapping):
        return True
    return any(
        m.val(applicant, name) != m.val(stored, name)
        for name in ("DateOfUpdateByUser", "DateOfUpdateByApplicant", "DocumentsCount", "HasCv")
    )


def _order(key: str) -> tuple[int, int, str]:
    """Applicant ids are numbers (V); anything else after them, in text order."""
    return (0, int(key), "") if key.isdigit() else (1, 0, key)


def _moment(text: Any) -> datetime | None:
    try:
        value = datetime.fromisoformat(str(text).replace("Z", "+00:00"))
    except ValueError:
        return None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


class SyncMemo:
    """What one sync's streams know (built fresh by ``discover``): the records stored by the last sync
    (``Stream.recall``), the jobs listed so far, the applicants already read in this sync (one applicant
    applies to several jobs) and which applicants this sync re-reads (see the module's docstring)."""

    def __init__(self) -> None:
        self.listed_jobs: set[str] = set()
        self.stored_jobs: dict[str, Any] = {}
        self.stored_job_ids: set[str] = set()
        self.open_job_ids: set[str] = set()
        self.stored_applicants: dict[str, Any] = {}
        self.claimed: set[str] = set()
        #: Jobs named by an open application read in this sync (their other open applications are
        #: listed by ByJob even when no channel lists the job).
        self.open_jobs_seen: set[str] = set()
        #: Per applicant: its stored applications (all, by id) and the open ones as (job, application).
        self.stored_applications: dict[str, dict[str, Any]] = {}
        self.stored_open: dict[str, set[Pair]] = {}
        #: Per applicant: the open applications the job lists of this sync showed.
        self.listed_open: dict[str, set[Pair]] = {}
        #: Applicants re-read although no list shows a change (the slice, or all on a full re-read).
        self.due: set[str] = set()
        #: The applications stream's list requests so far: its jobs list pages and each job's ByJob. The
        #: jobs stream's own (its pages, questionnaires, jobs by id) and the sign-in come on top, so the
        #: slice stays within its share of the list requests however they are counted.
        self.list_requests = 0
        self.full = False
        self.started = datetime.now(UTC)
        self._memo: Mapping[str, Any] = {}
        self._next_cursor: str | None = None

    # -- between syncs (Stream.load_memo / save_memo) ----------------------------------------------
    def load_memo(self, memo: Mapping[str, Any], full: bool) -> None:
        """What the last complete read left; a full re-read when asked, never done, or due again."""
        self._memo = memo
        last = _moment(memo.get("full_at")) if memo.get("full_at") else None
        self.full = full or last is None or self.started - last >= FULL_EVERY
        self._next_cursor = memo.get("recheck_after")

    def save_memo(self) -> dict[str, Any]:
        full_at = self.started.isoformat() if self.full else self._memo.get("full_at")
        return {"full_at": full_at, "recheck_after": self._next_cursor}

    # -- recall ---------------------------------------------------------------------------------------
    def remember(self, stored: Mapping[str, Mapping[str, Any]]) -> None:
        for key, data in (stored.get("jobs") or {}).items():
            self.stored_jobs[key] = data
            self.stored_job_ids.add(key)
        for key, data in (stored.get("applications") or {}).items():
            application = (data or {}).get("/Api/Applications/{applicantId}")
            job = m.val(application, "JobId")
            applicant = m.val(application, "ApplicantId")
            if applicant is not None:
                self.stored_applications.setdefault(str(applicant), {})[key] = application
            if job is not None:
                self.stored_job_ids.add(str(job))
                if m.is_open(application):
                    self.open_job_ids.add(str(job))
                    if applicant is not None:
                        self.stored_open.setdefault(str(applicant), set()).add((str(job), key))
        if "candidates" in stored:
            for key, data in (stored.get("candidates") or {}).items():
                self.stored_applicants[key] = data or {}
            self._pick_due()

    def _pick_due(self) -> None:
        """Everyone on a full re-read (the job lists then claim them as they come). The rolling slice is
        picked later, once the lists are read (``_pick_slice``): its size depends on what they cost."""
        if self.full:
            self.due = set(self.stored_applicants)

    def slice_size(self) -> int:
        """How many applicants the rolling re-check reads: ``RECHECK_SHARE`` of the list requests made,
        at ``RECHECK_READS`` requests each, and at least one (so the rotation always moves on)."""
        return max(1, math.floor(self.list_requests * RECHECK_SHARE) // RECHECK_READS)

    def _pick_slice(self, candidates: list[str]) -> list[str]:
        """Of the applicants no list gave a reason to read, the next ``slice_size`` in key order after
        where the last slice ended (wrapping round): those the rolling re-check reached longest ago."""
        keys = sorted(candidates, key=_order)
        cursor = self._next_cursor
        start = 0
        if isinstance(cursor, str):
            start = next((i for i, k in enumerate(keys) if _order(k) > _order(cursor)), len(keys))
        chosen = (keys[start:] + keys[:start])[: self.slice_size()]
        if chosen:
            self._next_cursor = chosen[-1]
        return chosen

    # -- jobs -----------------------------------------------------------------------------------------
    def list_jobs(self, body: Any) -> list[Any]:
        # A JobsResponse {Jobs, JobPublicationType, Culture} as PublishedJobs answers (V), or a bare
        # array (A).
        items = body if isinstance(body, list) else m.listed(m.val(body, "Jobs"))
        self.listed_jobs.update(str(m.val(j, "Id")) for j in items if isinstance(j, dict))
        return items

    def list_application_jobs(self, body: Any) -> list[Any]:
        """``list_jobs`` for the applications stream, which counts its list pages for the slice's budget."""
        self.list_requests += 1
        return self.list_jobs(body)

    def unlisted_jobs(self) -> list[Any]:
        """Jobs we know of (stored, or named by a stored application) that no channel lists: no longer
        published, reachable only by id (V)."""
        return [
            {"Id": int(k), "_by_id": True} for k in sorted(self.stored_job_ids - self.listed_jobs, key=int)
        ]

    # -- applications ---------------------------------------------------------------------------------
    def more_applications(self) -> list[Any]:
        """After the listed jobs: unpublished jobs that can still hold open applications (open when we
        stored them, or with an open application stored or read in this sync; a closed job takes no new
        ones, A), then every stored applicant no job listed (all their applications closed, or on jobs we
        cannot list)."""
        known = self.open_job_ids | self.open_jobs_seen
        for key, data in self.stored_jobs.items():
            if m.enum(m.val(data, "Status"), m.JOB_STATUSES) == "Open":
                known.add(key)
        extra: list[Any] = [{"Id": int(k), "_known": True} for k in sorted(known - self.listed_jobs, key=int)]
        return [*extra, {"Id": None, "_leftover": True}]

    def claim(self, item: dict[str, Any]) -> list[dict[str, Any]]:
        """The applicants this item reads, claimed once and kept on the item. A job: those of its open
        applications that are new to us, due (a full re-read), or whose open applications on this job
        differ from the stored ones. The leftover item (after every job list): every stored applicant no
        job claimed that is due, has a stored open application no job list showed, or falls in the
        rolling slice (picked here from the rest); the others it re-emits from the cache (``_kept``)."""
        if "_mine" not in item:
            mine: list[str] = []
            if item.get("_leftover"):
                # Every job list is read by now (``more`` comes after the pages, one item at a time).
                kept: list[str] = []
                for key in self.stored_applicants:
                    if key in self.claimed:
                        continue
                    gone = self.stored_open.get(key, set()) - self.listed_open.get(key, set())
                    unread = not isinstance(self._stored(key).get("/Api/Applicant/{applicantId}"), Mapping)
                    (mine if key in self.due or gone or unread else kept).append(key)
                if not self.full:
                    self.due = set(self._pick_slice(kept))
                    mine.extend(k for k in kept if k in self.due)
                    kept = [k for k in kept if k not in self.due]
                self.claimed.update(kept)
                item["_kept"] = kept
            else:
                self.list_requests += 1  # this job's Api/Applications/ByJob
                job = str(m.val(item, "Id"))
                here: dict[str, set[Pair]] = {}
                for entry in m.listed((item.get("_sub") or {}).get("by_job")):
                    applicant, application = m.val(entry, "ApplicantId"), m.val(entry, "Id")
                    if applicant is None or application is None:
                        continue
                    pair = (str(m.val(entry, "JobId") or job), str(application))
                    here.setdefault(str(applicant), set()).add(pair)
                    self.listed_open.setdefault(str(applicant), set()).add(pair)
                for key, pairs in here.items():
                    stored_here = {p for p in self.stored_open.get(key, set()) if p[0] == job}
                    if key not in self.stored_applicants or key in self.due or pairs != stored_here:
                        mine.append(key)
            mine = [a for a in mine if a not in self.claimed]
            self.claimed.update(mine)
            item["_mine"] = mine
        return [{"applicant": a} for a in item["_mine"]]

    def _stored(self, applicant: str) -> Mapping[str, Any]:
        return self.stored_applicants.get(applicant) or {}

    def needs_details(self, item: dict[str, Any], v: Mapping[str, Any]) -> bool:
        key = str(v["applicant"])
        applicant = answer(item, "applicant", key)[1]
        if not isinstance(applicant, Mapping):
            return False
        return _changed(applicant, self._stored(key).get("/Api/Applicant/{applicantId}"))

    def map_applications(self, item: dict[str, Any], ctx: MapContext) -> Iterator[Rec]:
        """Each applicant this item read, with all of its applications (open and closed, V); on the
        leftover item also those not read again, as stored."""
        for key in item.get("_mine") or []:
            applicant = answer(item, "applicant", key)[1]
            if not isinstance(applicant, Mapping):
                continue  # gone (anonymised or deleted): the sweep marks it
            stored = self._stored(key)
            extra = {}
            for name, path in (
                ("custom", "/Api/Applicant/CustomFields/{applicantId}"),
                ("documents", "/Api/Applicant/Documents/{applicantId}"),
            ):
                read, value = answer(item, name, key)
                extra[name] = value if read else stored.get(path)
            applications = answer(item, "applications", key)[1]
            for application in m.listed(applications):
                if m.is_open(application) and m.val(application, "JobId") is not None:
                    self.open_jobs_seen.add(str(m.val(application, "JobId")))
            yield from m.applicant_records(applicant, applications, extra, ctx)
        for key in item.get("_kept") or []:
            stored = self._stored(key)
            applicant = stored.get("/Api/Applicant/{applicantId}")
            if not isinstance(applicant, Mapping):
                continue  # not kept without it (``claim``)
            extra = {
                "custom": stored.get("/Api/Applicant/CustomFields/{applicantId}"),
                "documents": stored.get("/Api/Applicant/Documents/{applicantId}"),
            }
            applications = list((self.stored_applications.get(key) or {}).values())
            yield from m.applicant_records(applicant, applications, extra, ctx)
