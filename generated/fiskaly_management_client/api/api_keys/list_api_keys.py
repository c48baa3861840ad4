from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ...client import AuthenticatedClient, Client
from ...models.api_key_list import ApiKeyList
from ...models.api_key_order_by import ApiKeyOrderBy
from ...models.api_key_status_filter import ApiKeyStatusFilter
from ...models.error import Error
from ...models.sort_order import SortOrder
from ...types import UNSET, Response, Unset


def _get_kwargs(
    organization_id: UUID,
    *,
    order_by: ApiKeyOrderBy | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    status: ApiKeyStatusFilter | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_order_by: str | Unset = UNSET
    if not isinstance(order_by, Unset):
        json_order_by = order_by.value

    params["order_by"] = json_order_by

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

    params["limit"] = limit

    params["offset"] = offset

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/organizations/{organization_id}/api-keys".format(
            organization_id=quote(str(organization_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiKeyList | Error:
    if response.status_code == 200:
        response_200 = ApiKeyList.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

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
) -> Response[ApiKeyList | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    organization_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    order_by: ApiKeyOrderBy | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    status: ApiKeyStatusFilter | Unset = UNSET,
) -> Response[ApiKeyList | Error]:
    """List the API keys of an organization

     Lists the API keys of an organization, with sorting, paging and a status filter.

    Args:
        organization_id (UUID):
        order_by (ApiKeyOrderBy | Unset): Sort field for the API key list.
        order (SortOrder | Unset): Sort direction.
        limit (int | Unset):  Default: 100.
        offset (int | Unset):  Default: 0.
        status (ApiKeyStatusFilter | Unset): API key status to filter on (no default, unlike
            `ApiKeyStatus`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiKeyList | Error]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        order_by=order_by,
        order=order,
        limit=limit,
        offset=offset,
        status=status,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    organization_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    order_by: ApiKeyOrderBy | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    status: ApiKeyStatusFilter | Unset = UNSET,
) -> ApiKeyList | Error | None:
    """List the API keys of an organization

     Lists the API keys of an organization, with sorting, paging and a status filter.

    Args:
        organization_id (UUID):
        order_by (ApiKeyOrderBy | Unset): Sort field for the API key list.
        order (SortOrder | Unset): Sort direction.
        limit (int | Unset):  Default: 100.
        offset (int | Unset):  Default: 0.
        status (ApiKeyStatusFilter | Unset): API key status to filter on (no default, unlike
            `ApiKeyStatus`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiKeyList | Error
    """

    return sync_detailed(
        organization_id=organization_id,
        client=client,
        order_by=order_by,
        order=order,
        limit=limit,
        offset=offset,
        status=status,
    ).parsed


async def asyncio_detailed(
    organization_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    order_by: ApiKeyOrderBy | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    status: ApiKeyStatusFilter | Unset = UNSET,
) -> Response[ApiKeyList | Error]:
    """List the API keys of an organization

     Lists the API keys of an organization, with sorting, paging and a status filter.

    Args:
        organization_id (UUID):
        order_by (ApiKeyOrderBy | Unset): Sort field for the API key list.
        order (SortOrder | Unset): Sort direction.
        limit (int | Unset):  Default: 100.
        offset (int | Unset):  Default: 0.
        status (ApiKeyStatusFilter | Unset): API key status to filter on (no default, unlike
            `ApiKeyStatus`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiKeyList | Error]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        order_by=order_by,
        order=order,
        limit=limit,
        offset=offset,
        status=status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    organization_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    order_by: ApiKeyOrderBy | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    status: ApiKeyStatusFilter | Unset = UNSET,
) -> ApiKeyList | Error | None:
    """List the API keys of an organization

     Lists the API keys of an organization, with sorting, paging and a status filter.

    Args:
        organization_id (UUID):
        order_by (ApiKeyOrderBy | Unset): Sort field for the API key list.
        order (SortOrder | Unset): Sort direction.
        limit (int | Unset):  Default: 100.
        offset (int | Unset):  Default: 0.
        status (ApiKeyStatusFilter | Unset): API key status to filter on (no default, unlike
            `ApiKeyStatus`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiKeyList | Error
    """

    return (
        await asyncio_detailed(
            organization_id=organization_id,
            client=client,
            order_by=order_by,
            order=order,
            limit=limit,
            offset=offset,
            status=status,
        )
    ).parsed
