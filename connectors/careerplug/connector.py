"""CareerPlug, declared: settings, auth, limits, streams and writes (facts and derived-model rules in
VENDOR.md). The one write CareerPlug offers, ``POST /apps``, is in ``actions.py``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import httpx

from connectors.base import Connector, Guide, Incremental, SettingField, Stream
from connectors.careerplug import actions
from connectors.careerplug import mapping as m
from connectors.http import Auth, Limits, OAuthClientCredentials, PageNumberPaging
from connectors.http.client import default_error_text
from connectors.http.paging import PageState
from connectors.unified.timefmt import iso

BASE_URL = "https://api.careerplug.com"
AUTH_URL = "https://app.careerplug.com"
SCOPE = "global_partner_api"  # the only scope a partner application may ask for (VENDOR.md, S)
SUPPORT = "TechAM@careerplug.com"
DAY_SECONDS = 86_400


@dataclass(frozen=True)
class UntilEmptyPaging(PageNumberPaging):
    """``page``/``per_page``, stopping on an empty page only.

    CareerPlug documents no ``per_page`` maximum (VENDOR.md "Conventions", U): a server capping it
    below our ``size`` would make "a short page is the last" stop after the first page and silently
    lose data. One extra request per read buys certainty.
    """

    def next(self, state: PageState, body: Any, items: list[Any]) -> PageState | None:
        if not items:
            return None
        return {**state, self.page_param: int(state.get(self.page_param, self.first_page)) + 1}


def _auth(settings: Mapping[str, str]) -> Auth:
    # Client credentials at the OAuth host; the token travels as ?access_token= (VENDOR.md, V/S).
    auth_url = str(settings.get("auth_url") or AUTH_URL).rstrip("/")
    return OAuthClientCredentials(f"{auth_url}/oauth/token", settings["client_id"], settings["client_secret"],
                                  scope=SCOPE, placement="access_token")


def _validate(settings: Mapping[str, str]) -> list[str]:
    auth_url = str(settings.get("auth_url") or AUTH_URL)
    if not auth_url.startswith(("http://", "https://")):
        return [f"'auth_url' must start with http:// or https:// (got {auth_url!r})."]
    return []


def is_throttle(response: httpx.Response) -> bool:
    """429, or the AWS load balancer's bare HTML 403: CareerPlug's application always adds
    ``X-Request-Id`` to its own answers, the balancer never does (VENDOR.md "Conventions", S)."""
    if response.status_code == 429:
        return True
    if response.status_code != 403 or "x-request-id" in response.headers:
        return False
    return "json" not in response.headers.get("content-type", "")


def error_text(response: httpx.Response) -> str | None:
    """CareerPlug's ``{"error": …}``; a WineBouncer 401 gets what to do about it. The client only
    reports a 401 after retrying with a freshly minted token, so by then the credentials are known to
    work and the application lacks API access (VENDOR.md "Hosts and auth", S)."""
    text = default_error_text(response)
    if response.status_code == 401 and text and "WineBouncer" in text:
        return (f"{text}. The client id and secret work, but CareerPlug has not enabled API access for this "
                f"API application: ask CareerPlug ({SUPPORT}) to enable API access for it, then sync again")
    return text


def _day(ts: str) -> str:
    # /apps takes whole days (YYYY-MM-DD); the stream's day of overlap covers the server's time zone.
    return (iso(ts) or ts)[:10]


PAGES = UntilEmptyPaging(size=100)

APPS = Stream(
    name="apps",
    path="/apps",
    map=m.map_app,
    # Candidates and stages exist only as derived from apps (VENDOR.md "Derived models"): this stream
    # alone produces them, so a full read of /apps also marks the ones no app names any more.
    produces=("applications", "candidates", "application_stages"),
    paginator=PAGES,
    records=m.newest_last,
    # The delta filter always names its field; without start_date it filters nothing (VENDOR.md).
    params={"date_field": "last_acted_on_at"},
    incremental=Incremental("start_date", "last_acted_on_at", _day, overlap_seconds=DAY_SECONDS),
)

JOBS = Stream(
    name="jobs",
    path="/jobs",
    map=m.map_job,
    produces=("jobs", "screening_questions", "job_screening_questions", "job_hiring_team_members"),
    paginator=PAGES,
    # No delta filter on /jobs (V): every sync re-reads and diffs. A job's questions and owner come
    # with it, so those it no longer lists are gone.
    owns=(("job_screening_questions", "job_id", "jobs"), ("job_hiring_team_members", "job_id", "jobs")),
)

CONNECTOR = Connector(
    vendor="careerplug",
    display_name="CareerPlug",
    default_base_url=BASE_URL,
    settings=(
        SettingField("base_url", "API address", default=BASE_URL, kind="url", required=False,
                     help="Leave as is unless CareerPlug gave you another API host."),
        SettingField("auth_url", "Sign-in address", default=AUTH_URL, kind="url", required=False,
                     help="CareerPlug's OAuth host; leave as is."),
        SettingField("client_id", "Application key (client id)",
                     help="Shown on the API application you created in CareerPlug."),
        SettingField("client_secret", "Secret key (client secret)", secret=True, kind="password",
                     help="Shown next to the application key."),
    ),
    make_auth=_auth,
    # No published limits (V/S): two requests in flight and a modest pace keep the load balancer calm.
    limits=Limits(requests_per_second=5.0, concurrency=2),
    streams=(
        Stream("users", "/users", m.map_user, ("users",), PAGES),
        JOBS,
        APPS,
    ),
    check_path="/users",
    actions=actions.declare(PAGES),
    error_text=error_text,
    is_throttle=is_throttle,
    validate=_validate,
    guide=Guide(
        connection=(
            "The app reads CareerPlug through an API application that an admin of your CareerPlug "
            "account creates once. Its application key and secret key let the app sign in (OAuth client "
            "credentials) and read users, jobs with their screening questions, and applicants. If the "
            f"first sync says API access is not enabled, CareerPlug still has to switch it on for the "
            f"application: write to {SUPPORT}."
        ),
        prerequisites=(
            "An admin login for the CareerPlug account: only admins see the API settings.",
            f"API access enabled by CareerPlug for your account; if the API section is missing, or the "
            f"first sync is refused, ask your CareerPlug contact or {SUPPORT}.",
        ),
        create_credentials=(
            "Sign in to CareerPlug as an admin and open Settings (the Toolkit menu), then Integrations, "
            "then API.",
            "Choose 'Create API Application'. Name it (for example 'Recruiter Companion') and enter "
            "urn:ietf:wg:oauth:2.0:oob as callback URL: a desktop app needs no web redirect.",
            "Save. CareerPlug shows the application key and the secret key; copy them into the two "
            "fields here. Keep the secret to yourself: it reads all your applicants.",
            "Leave both addresses as they are unless CareerPlug gave you others.",
        ),
    ),
)
