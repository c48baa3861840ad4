from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.api_key_authentication import ApiKeyAuthentication
from ...models.error import Error
from ...models.refresh_token_authentication import RefreshTokenAuthentication
from ...models.token_response import TokenResponse
from ...types import Response


def _get_kwargs(
    *,
    body: ApiKeyAuthentication | RefreshTokenAuthentication,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/auth",
    }

    if isinstance(body, ApiKeyAuthentication):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | TokenResponse:
    if response.status_code == 200:
        response_200 = TokenResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if 500 <= response.status_code <= 599:
        response_5xx = Error.from_dict(response.json())

        return response_5xx

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | TokenResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ApiKeyAuthentication | RefreshTokenAuthentication,
) -> Response[Error | TokenResponse]:
    """Get an access token

     Exchanges an API key and secret, or a refresh token from an earlier call, for a
    new access token and refresh token. Use the returned `*_expires_in` /
    `*_expires_at` values instead of assuming fixed lifetimes.

    Args:
        body (ApiKeyAuthentication | RefreshTokenAuthentication):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TokenResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ApiKeyAuthentication | RefreshTokenAuthentication,
) -> Error | TokenResponse | None:
    """Get an access token

     Exchanges an API key and secret, or a refresh token from an earlier call, for a
    new access token and refresh token. Use the returned `*_expires_in` /
    `*_expires_at` values instead of assuming fixed lifetimes.

    Args:
        body (ApiKeyAuthentication | RefreshTokenAuthentication):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TokenResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ApiKeyAuthentication | RefreshTokenAuthentication,
) -> Response[Error | TokenResponse]:
    """Get an access token

     Exchanges an API key and secret, or a refresh token from an earlier call, for a
    new access token and refresh token. Use the returned `*_expires_in` /
    `*_expires_at` values instead of assuming fixed lifetimes.

    Args:
        body (ApiKeyAuthentication | RefreshTokenAuthentication):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TokenResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ApiKeyAuthentication | RefreshTokenAuthentication,
) -> Error | TokenResponse | None:
    """Get an access token

     Exchanges an API key and secret, or a refresh token from an earlier call, for a
    new access token and refresh token. Use the returned `*_expires_in` /
    `*_expires_at` values instead of assuming fixed lifetimes.

    Args:
        body (ApiKeyAuthentication | RefreshTokenAuthentication):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TokenResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
