"""Tiny ATS, declared: settings, auth, limits, three streams and one write (``actions.py``); facts in
VENDOR.md."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from connectors.base import Connector, Guide, SettingField, Stream
from connectors.http import ApiKeyHeader, Auth, Limits, PageNumberPaging
from tests.fake_vendor import actions
from tests.fake_vendor import mapping as m

BASE_URL = "https://api.tinyats.example"


def _auth(settings: Mapping[str, str]) -> Auth:
    return ApiKeyHeader("X-Api-Key", settings["api_key"])  # VENDOR.md "Hosts and auth" (V)


def _data(body: Any) -> list[Any]:
    return list(body["data"]) if isinstance(body, dict) else []


# 50 is the documented maximum (V); a short page is the last (V), so no extra empty read.
PAGES = PageNumberPaging(size=50)


def _stream(name: str, mapper: Any, produces: tuple[str, ...]) -> Stream:
    return Stream(name, f"/v1/{name}", mapper, produces, PAGES, records=_data)


CONNECTOR = Connector(
    vendor="tinyats",
    display_name="Tiny ATS",
    default_base_url=BASE_URL,
    settings=(
        SettingField("base_url", "API address", default=BASE_URL, kind="url", required=False,
                     help="Leave as is unless Tiny ATS gave you another host."),
        SettingField("api_key", "API key", secret=True, kind="password",
                     help="Settings → API keys in Tiny ATS."),
    ),
    make_auth=_auth,
    limits=Limits(requests_per_second=10.0, concurrency=2),  # 10 per second per key (V)
    streams=(
        _stream("users", m.map_user, ("users",)),
        _stream("jobs", m.map_job, ("jobs",)),
        # Candidates exist only inside applications (VENDOR.md): this stream alone produces them.
        _stream("applications", m.map_application, ("applications", "candidates")),
    ),
    check_path="/v1/users",
    actions=actions.declare(),
    guide=Guide(
        connection="The app reads Tiny ATS with an API key: users, jobs, and applications with their "
        "candidates.",
        prerequisites=("An admin login for Tiny ATS.",),
        create_credentials=("In Tiny ATS open Settings, then API keys, and create a key.",
                            "Paste it into the API key field here."),
    ),
)
