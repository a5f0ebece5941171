"""Signing in to Carerix's identity service when the account gives no token address.

The token endpoint is ``https://<host>/auth/realms/<application name>/protocol/openid-connect/token``;
two hosts are seen in public integrations (VENDOR.md "Identity service", both S): ``id.carerix.io`` and
``id-s4.carerix.io``. Neither is published by the vendor, so neither may be the only way in: the first
host that answers with a token is kept for the session, and ``token_url`` says which one served.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import httpx

from connectors.http import BadResponse, OAuthClientCredentials, Unreachable

HOSTS = ("id.carerix.io", "id-s4.carerix.io")
TEMPLATE = "https://{host}/auth/realms/{realm}/protocol/openid-connect/token"


def candidates(realm: str) -> tuple[str, ...]:
    return tuple(TEMPLATE.format(host=host, realm=realm) for host in HOSTS)


@dataclass
class FirstTokenUrl:
    """OAuth client credentials against the first of several token endpoints that issues a token. A
    refusal of the credentials (400/401/403) is final; an endpoint that is not there (unreachable, or
    an answer without a token) hands over to the next."""

    options: tuple[OAuthClientCredentials, ...]
    _chosen: OAuthClientCredentials | None = field(default=None, repr=False)

    @property
    def token_url(self) -> str | None:
        """The endpoint that issued the token (``None`` before the first sign-in)."""
        return self._chosen.token_url if self._chosen else None

    async def apply(self, client: httpx.AsyncClient, headers: dict[str, str], params: dict[str, Any]) -> None:
        if self._chosen is not None:
            await self._chosen.apply(client, headers, params)
            return
        failures: list[str] = []
        for option in self.options:
            try:
                await option.apply(client, headers, params)
            except (Unreachable, BadResponse) as exc:
                failures.append(f"{option.token_url}: {exc}")
                continue
            self._chosen = option
            return
        raise Unreachable(
            "No Carerix sign-in service answered (" + "; ".join(failures) + "). Enter your Carerix "
            "token address (Identity Access shows your realm) in the account's 'token_url'."
        )

    def invalidate(self) -> bool:
        return self._chosen.invalidate() if self._chosen is not None else True
