from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ...client import AuthenticatedClient, Client
from ...models.api_key import ApiKey
from ...models.api_key_update import ApiKeyUpdate
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    organization_id: UUID,
    key_id: UUID,
    *,
    body: ApiKeyUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/organizations/{organization_id}/api-keys/{key_id}".format(
            organization_id=quote(str(organization_id), safe=""),
            key_id=quote(str(key_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiKey | Error:
    if response.status_code == 200:
        response_200 = ApiKey.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

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
) -> Response[ApiKey | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    organization_id: UUID,
    key_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: ApiKeyUpdate,
) -> Response[ApiKey | Error]:
    """Change an API key

     Changes the status and/or metadata of an API key; only the fields sent are changed.

    Args:
        organization_id (UUID):
        key_id (UUID):
        body (ApiKeyUpdate): Body for changing an API key; every field is optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiKey | Error]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        key_id=key_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    organization_id: UUID,
    key_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: ApiKeyUpdate,
) -> ApiKey | Error | None:
    """Change an API key

     Changes the status and/or metadata of an API key; only the fields sent are changed.

    Args:
        organization_id (UUID):
        key_id (UUID):
        body (ApiKeyUpdate): Body for changing an API key; every field is optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiKey | Error
    """

    return sync_detailed(
        organization_id=organization_id,
        key_id=key_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    organization_id: UUID,
    key_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: ApiKeyUpdate,
) -> Response[ApiKey | Error]:
    """Change an API key

     Changes the status and/or metadata of an API key; only the fields sent are changed.

    Args:
        organization_id (UUID):
        key_id (UUID):
        body (ApiKeyUpdate): Body for changing an API key; every field is optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiKey | Error]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        key_id=key_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    organization_id: UUID,
    key_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: ApiKeyUpdate,
) -> ApiKey | Error | None:
    """Change an API key

     Changes the status and/or metadata of an API key; only the fields sent are changed.

    Args:
        organization_id (UUID):
        key_id (UUID):
        body (ApiKeyUpdate): Body for changing an API key; every field is optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiKey | Error
    """

    return (
        await asyncio_detailed(
            organization_id=organization_id,
            key_id=key_id,
            client=client,
            body=body,
        )
    ).parsed
