from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.sort_order import SortOrder
from ...models.user_list import UserList
from ...models.user_order_by import UserOrderBy
from ...types import UNSET, Response, Unset


def _get_kwargs(
    organization_id: UUID,
    *,
    order_by: UserOrderBy | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    email: str | Unset = UNSET,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
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

    params["email"] = email

    params["first_name"] = first_name

    params["last_name"] = last_name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/organizations/{organization_id}/users".format(
            organization_id=quote(str(organization_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | UserList:
    if response.status_code == 200:
        response_200 = UserList.from_dict(response.json())

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
) -> Response[Error | UserList]:
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
    order_by: UserOrderBy | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    email: str | Unset = UNSET,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
) -> Response[Error | UserList]:
    """List the users of an organization

     Lists the users of an organization, with sorting, paging and filters.

    Args:
        organization_id (UUID):
        order_by (UserOrderBy | Unset): Sort field for the user list.
        order (SortOrder | Unset): Sort direction.
        limit (int | Unset):  Default: 100.
        offset (int | Unset):  Default: 0.
        email (str | Unset):
        first_name (str | Unset):
        last_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UserList]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        order_by=order_by,
        order=order,
        limit=limit,
        offset=offset,
        email=email,
        first_name=first_name,
        last_name=last_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    organization_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    order_by: UserOrderBy | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    email: str | Unset = UNSET,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
) -> Error | UserList | None:
    """List the users of an organization

     Lists the users of an organization, with sorting, paging and filters.

    Args:
        organization_id (UUID):
        order_by (UserOrderBy | Unset): Sort field for the user list.
        order (SortOrder | Unset): Sort direction.
        limit (int | Unset):  Default: 100.
        offset (int | Unset):  Default: 0.
        email (str | Unset):
        first_name (str | Unset):
        last_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UserList
    """

    return sync_detailed(
        organization_id=organization_id,
        client=client,
        order_by=order_by,
        order=order,
        limit=limit,
        offset=offset,
        email=email,
        first_name=first_name,
        last_name=last_name,
    ).parsed


async def asyncio_detailed(
    organization_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    order_by: UserOrderBy | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    email: str | Unset = UNSET,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
) -> Response[Error | UserList]:
    """List the users of an organization

     Lists the users of an organization, with sorting, paging and filters.

    Args:
        organization_id (UUID):
        order_by (UserOrderBy | Unset): Sort field for the user list.
        order (SortOrder | Unset): Sort direction.
        limit (int | Unset):  Default: 100.
        offset (int | Unset):  Default: 0.
        email (str | Unset):
        first_name (str | Unset):
        last_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UserList]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        order_by=order_by,
        order=order,
        limit=limit,
        offset=offset,
        email=email,
        first_name=first_name,
        last_name=last_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    organization_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    order_by: UserOrderBy | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    email: str | Unset = UNSET,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
) -> Error | UserList | None:
    """List the users of an organization

     Lists the users of an organization, with sorting, paging and filters.

    Args:
        organization_id (UUID):
        order_by (UserOrderBy | Unset): Sort field for the user list.
        order (SortOrder | Unset): Sort direction.
        limit (int | Unset):  Default: 100.
        offset (int | Unset):  Default: 0.
        email (str | Unset):
        first_name (str | Unset):
        last_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UserList
    """

    return (
        await asyncio_detailed(
            organization_id=organization_id,
            client=client,
            order_by=order_by,
            order=order,
            limit=limit,
            offset=offset,
            email=email,
            first_name=first_name,
            last_name=last_name,
        )
    ).parsed
