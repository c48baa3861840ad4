"""The credential schemes a generated client can be set up with, chosen per API in
``specs/NAME/generator.yaml`` (``facade.auth.scheme``):

* ``key_secret_token``: an API key and secret traded for short-lived tokens (fiskaly);
* ``bearer``: a bearer token (Enlivy, and OAuth-style APIs with a token from elsewhere);
* ``api_key_headers``: one or more keys sent as headers on every request (Envoice);
* ``none``: nothing.

Each function reads an explicit value first, then the API's environment variable, and refuses
to build a client without the credentials it needs.
"""

from __future__ import annotations

import httpx

from ._auth import BearerTokenAuth, FiskalyTokenAuth, HeaderCredentialsAuth
from ._client import env_or, resolve_base_url
from ._options import credential_from

__all__ = [
    "TokenAuth",
    "bearer",
    "env_or",
    "header_keys",
    "key_secret_token",
    "resolve_base_url",
    "token_auth",
]

TokenAuth = FiskalyTokenAuth


def key_secret_token(
    api_key: str | None,
    api_secret: str | None,
    *,
    variables: tuple[str, str],
    token_url: str,
) -> FiskalyTokenAuth:
    """``variables``: the environment variables of the key and the secret."""
    key_env, secret_env = variables
    key = credential_from(api_key, name="api_key", env=key_env, header=False)
    secret = credential_from(api_secret, name="api_secret", env=secret_env, header=False)
    return FiskalyTokenAuth(key, secret, token_url=token_url)


def bearer(token: str | None, *, env: str) -> BearerTokenAuth:
    return BearerTokenAuth(credential_from(token, name="token", env=env, header=True))


def header_keys(values: dict[str, tuple[str | None, str, str]]) -> HeaderCredentialsAuth:
    """``{argument: (value, header, env)}`` -> the headers sent with every request."""
    headers = {
        header: credential_from(value, name=argument, env=env, header=True)
        for argument, (value, header, env) in values.items()
    }
    return HeaderCredentialsAuth(headers)


def token_auth(auth: httpx.Auth | None) -> FiskalyTokenAuth:
    """The token flow of a ``key_secret_token`` client (typed access to ``stats`` and
    ``expire_now()``)."""
    if not isinstance(auth, FiskalyTokenAuth):  # pragma: no cover - set by the constructor
        raise TypeError("this client has no token flow")
    return auth
