"""Carerix, declared: settings, auth, limits, streams, guides and writes — on either of its APIs.

Carerix has two APIs over one data model (VENDOR.md): the classic XML REST API at api.carerix.com
(HTTP Basic with application name and API token, or OAuth client credentials) and the GraphQL API at
api.carerix.io (OAuth client credentials). The account's ``api`` setting picks the route (``xml``, the
default, or ``graphql``); ``routes.discover`` binds the streams (``streams.py``) to it and says in each
stream's note which API and which sign-in served it. Both routes read the same key-paths and hand the
mapping the same shapes.

Facts in VENDOR.md; the mapping rules in ``mapping.py``; the writes (XML API) in ``actions.py``; the
GraphQL specifics in ``graphql.py``. Every list pages until the vendor's total says it is complete,
whatever the vendor's largest page turns out to be.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from connectors.base import Connector, Guide, SettingField
from connectors.base.connector import base64_content, decoded_too_large, encoded_limit
from connectors.carerix import actions, routes, signin
from connectors.carerix.routes import APIS, GRAPHQL_SCOPE, XML_SCOPE, api_of, uses_oauth
from connectors.carerix.streams import CANDIDATES, MATCHES, PAGES, XML_STREAMS
from connectors.http import (
    Auth,
    BadResponse,
    BasicAuth,
    Limits,
    OAuthClientCredentials,
    TooLarge,
    VendorClient,
)

__all__ = ["BASE_URL", "CONNECTOR", "GRAPHQL_BASE_URL", "GRAPHQL_SCOPE", "PAGES", "XML_SCOPE"]

BASE_URL = "https://api.carerix.com"
GRAPHQL_BASE_URL = "https://api.carerix.io"


def _auth(settings: Mapping[str, str]) -> Auth:
    if uses_oauth(settings):
        # OAuth client credentials from the identity service (VENDOR.md "Identity service"): the XML API's own
        # scope (S), or the Cx5 data scope the GraphQL CR… queries name (V).
        scope = GRAPHQL_SCOPE if api_of(settings) == "graphql" else XML_SCOPE
        client_id, secret = str(settings["client_id"]).strip(), str(settings["client_secret"]).strip()
        given = str(settings.get("token_url") or "").strip()
        urls = (given,) if given else signin.candidates(str(settings.get("application_name") or "").strip())
        options = tuple(OAuthClientCredentials(url, client_id, secret, scope=scope) for url in urls)
        return options[0] if len(options) == 1 else signin.FirstTokenUrl(options)
    # HTTP Basic: application name + API token (VENDOR.md "Hosts and auth", V).
    return BasicAuth(str(settings["application_name"]).strip(), str(settings["api_token"]).strip())


def _filled(settings: Mapping[str, str], name: str) -> bool:
    return bool(str(settings.get(name) or "").strip())


def _validate(settings: Mapping[str, str]) -> list[str]:
    problems: list[str] = []
    name = str(settings.get("application_name") or "").strip()
    if name and ("://" in name or "/" in name or " " in name):
        problems.append(
            "'application_name' is only the name of your Carerix application (the first part of your "
            f"Carerix address, e.g. 'mybureau' for mybureau.carerix.net), not a web address (got {name!r})."
        )
    api = api_of(settings)
    if api not in APIS:
        return [*problems, f"'api' is 'xml' (the REST API) or 'graphql' (got {api!r})."]
    if uses_oauth(settings):
        missing = [f for f in ("client_id", "client_secret") if not _filled(settings, f)]
        if missing:
            problems.append(
                f"The {'GraphQL' if api == 'graphql' else 'XML'} API signs in with OAuth client credentials: "
                f"enter {' and '.join(repr(f) for f in missing)} (Carerix → Identity Access → Clients)."
            )
        if not _filled(settings, "token_url") and not name:
            problems.append(
                "Enter 'application_name' (it names your sign-in realm) or the full 'token_url' of your "
                "Carerix sign-in service."
            )
    else:
        missing = [f for f in ("application_name", "api_token") if not _filled(settings, f)]
        if missing:
            problems.append(
                f"The XML API needs {' and '.join(repr(f) for f in missing)} (HTTP Basic), or a 'client_id' "
                "and 'client_secret' for OAuth."
            )
    return problems


@dataclass(frozen=True)
class CarerixConnector(Connector):
    """A connector whose default address follows the account's API (api.carerix.com for XML,
    api.carerix.io for GraphQL)."""

    def client(self, values: Mapping[str, str], **options: Any) -> VendorClient:
        """``Connector.client`` (same options) on the account's API's host, remembered per client."""
        merged = dict(values)
        if not str(merged.get("base_url") or "").strip():
            merged["base_url"] = GRAPHQL_BASE_URL if api_of(values) == "graphql" else BASE_URL
        client = super().client(merged, **options)
        routes.remember_api(client, values)
        return client


async def download(client: VendorClient, attachment: Mapping[str, Any], max_bytes: int | None) -> bytes:
    """``GET /CRAttachment/<id>?show=content``: the file base64 in ``toAttachmentData/CRAttachmentData/
    content`` (VENDOR.md "Attachments and CVs", S/V); the answer is bounded by the base64 size of
    ``max_bytes`` (the caller checks the decoded size)."""
    path = f"/CRAttachment/{attachment['remote_id']}"
    try:
        body = await client.get_json(path, params={"show": "content"}, max_bytes=encoded_limit(max_bytes))
    except TooLarge as exc:
        raise decoded_too_large(exc, max_bytes) from None
    data = body.get("toAttachmentData") if isinstance(body, dict) else None
    content = data.get("content") if isinstance(data, dict) else None
    if not isinstance(content, str) or not content.strip():
        raise BadResponse("Carerix sent the attachment without its content. Try again later.")
    return base64_content("".join(content.split()), "Carerix sent an attachment whose content is not base64.")



CONNECTOR = CarerixConnector(
    vendor="carerix",
    display_name="Carerix",
    default_base_url=BASE_URL,
    market="nl",
    settings=(
        SettingField(
            "base_url",
            "API address",
            kind="url",
            required=False,
            help="Leave empty: api.carerix.com for the XML API, api.carerix.io for GraphQL.",
        ),
        SettingField(
            "api",
            "Carerix API",
            default="xml",
            required=False,
            help="'xml' for the REST (XML) API, 'graphql' for the GraphQL API (Carerix's current one).",
        ),
        SettingField(
            "application_name",
            "Application name",
            required=False,
            help="The first part of your Carerix address: 'mybureau' for mybureau.carerix.net. The XML "
            "API's user name; it also names your sign-in realm for OAuth.",
        ),
        SettingField(
            "api_token",
            "API token (XML API)",
            secret=True,
            kind="password",
            required=False,
            help="The token Carerix support sent you for the REST (XML) API; leave empty with OAuth.",
        ),
        SettingField(
            "client_id",
            "Client ID (OAuth)",
            required=False,
            help="From Carerix → Identity Access → Clients: needed for GraphQL, optional for the XML API.",
        ),
        SettingField(
            "client_secret",
            "Client secret (OAuth)",
            secret=True,
            kind="password",
            required=False,
            help="The secret shown once when the client was created in Identity Access → Clients.",
        ),
        SettingField(
            "token_url",
            "Token address (OAuth)",
            kind="url",
            required=False,
            help="Leave empty: https://id.carerix.io/auth/realms/<application name>/protocol/openid-connect/"
            "token.",
        ),
    ),
    make_auth=_auth,
    # Nothing public on limits (VENDOR.md "Limits", A): modest and steady.
    limits=Limits(requests_per_second=8.0, concurrency=4),
    streams=XML_STREAMS,
    check_path="/CRStatusInfo?count=1&show=statusInfoID",
    check=routes.check,
    discover=routes.discover,
    download=download,
    actions={name: routes.xml_only(spec) for name, spec in actions.declare(CANDIDATES, MATCHES).items()},
    error_text=routes.error_text,
    validate=_validate,
    decode=routes.decode,
    accept="application/xml, application/json",
    guide=Guide(
        connection=(
            "Carerix has two APIs over the same data, and the app reads through either. The 'api' setting "
            "chooses: 'xml' (the default) is the REST API at api.carerix.com, signing in with your Carerix "
            "application name and an API token that Carerix support issues, or with an OAuth client; "
            "'graphql' is Carerix's current GraphQL API at api.carerix.io, signing in with an OAuth client "
            "your Carerix admin creates under Identity Access → Clients. Either way the app reads users, "
            "vacancies, candidates, match statuses and matches (a candidate on a vacancy) and shows the same "
            "records; each sync says which API and sign-in served every list. Writing — creating candidates "
            "and matches, adding files, moving a match to another status, adding notes and result links — "
            "goes through the XML API, so an account meant for writing uses 'xml'. Candidates it creates get "
            "the source you choose from your Carerix source list; with 'only applications created here' "
            "switched on, the app keeps just the matches it created. In Carerix, notes and result links the "
            "app writes appear on the match (its notes and its additional information); files on the match "
            "or, where the match cannot take them, on the candidate."
        ),
        prerequisites=(
            "A Carerix subscription with API access; Carerix asks you to accept its API terms of use.",
            "Your application name: the first part of the address you use for Carerix "
            "(mybureau.carerix.net → mybureau). It is the XML API's user name and names your sign-in realm.",
            "For the XML API with a token: someone who may ask Carerix support for an API token. For OAuth "
            "(GraphQL, or the XML API): a Carerix admin who may open Identity Access → Clients.",
            "If your Carerix restricts the XML interface to certain IP addresses: this computer's public "
            "IP address on that list.",
            "Your candidate source list ('Bron-Kandidaat') filled with the sources you want the app to set; "
            "the app picks existing entries and writes any other name as free text.",
            "Optional, for result links: an admin adds match extra fields (the table 'Attribute Match') "
            "labelled with your prefix and the link's label, e.g. 'Recruiter Companion: Result'.",
        ),
        create_credentials=(
            "XML API with a token: e-mail Carerix support and ask them to activate the REST API for your "
            "Carerix application and to issue an API token. Say it is for an integration that reads "
            "vacancies, candidates and matches and writes candidates, matches, files and notes. Enter the "
            "application name and the token; leave 'api' at 'xml'.",
            "OAuth client (GraphQL, or the XML API without a token): in Carerix open Identity Access, tab "
            "Clients, and create a confidential client with a service account (client credentials). Give it "
            "the default scope urn:cx/cx5Wrapper:data:manage for GraphQL, or urn:cx/xmlapi:data:manage for "
            "the XML API. Copy the client ID and the secret: the secret is shown once.",
            "Enter the client ID and secret and your application name; set 'api' to 'graphql' for the "
            "GraphQL API. Leave the token address empty unless Carerix gave you another: the app tries "
            "Carerix's sign-in hosts and reports which one answered.",
            "Keep tokens and secrets private: they open your whole Carerix database.",
            "If your organisation uses the IP allow-list for the XML API: in Carerix open Maintenance → "
            "Settings, the block 'XML interface', field 'Allow IP', add this computer's public IP address "
            "and save. An empty field allows every address: then leave it empty.",
        ),
    ),
)
