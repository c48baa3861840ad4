from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.env import Env
from ...models.error import Error
from ...models.organization_list import OrganizationList
from ...models.organization_order_by import OrganizationOrderBy
from ...models.organization_type import OrganizationType
from ...models.sort_order import SortOrder
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    order_by: OrganizationOrderBy | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    env: Env | Unset = UNSET,
    type_: OrganizationType | Unset = UNSET,
    managed_by_organization_id: str | Unset = UNSET,
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

    json_env: str | Unset = UNSET
    if not isinstance(env, Unset):
        json_env = env.value

    params["env"] = json_env

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    params["managed_by_organization_id"] = managed_by_organization_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/organizations",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | OrganizationList:
    if response.status_code == 200:
        response_200 = OrganizationList.from_dict(response.json())

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
) -> Response[Error | OrganizationList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    order_by: OrganizationOrderBy | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    env: Env | Unset = UNSET,
    type_: OrganizationType | Unset = UNSET,
    managed_by_organization_id: str | Unset = UNSET,
) -> Response[Error | OrganizationList]:
    """List accessible organizations

     Lists the organizations the caller can access, with sorting, paging and filters.

    Args:
        order_by (OrganizationOrderBy | Unset): Sort field for the organization list.
        order (SortOrder | Unset): Sort direction.
        limit (int | Unset):  Default: 100.
        offset (int | Unset):  Default: 0.
        env (Env | Unset): A fiskaly environment.
        type_ (OrganizationType | Unset): Kind of organization.
        managed_by_organization_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | OrganizationList]
    """

    kwargs = _get_kwargs(
        order_by=order_by,
        order=order,
        limit=limit,
        offset=offset,
        env=env,
        type_=type_,
        managed_by_organization_id=managed_by_organization_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    order_by: OrganizationOrderBy | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    env: Env | Unset = UNSET,
    type_: OrganizationType | Unset = UNSET,
    managed_by_organization_id: str | Unset = UNSET,
) -> Error | OrganizationList | None:
    """List accessible organizations

     Lists the organizations the caller can access, with sorting, paging and filters.

    Args:
        order_by (OrganizationOrderBy | Unset): Sort field for the organization list.
        order (SortOrder | Unset): Sort direction.
        limit (int | Unset):  Default: 100.
        offset (int | Unset):  Default: 0.
        env (Env | Unset): A fiskaly environment.
        type_ (OrganizationType | Unset): Kind of organization.
        managed_by_organization_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | OrganizationList
    """

    return sync_detailed(
        client=client,
        order_by=order_by,
        order=order,
        limit=limit,
        offset=offset,
        env=env,
        type_=type_,
        managed_by_organization_id=managed_by_organization_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    order_by: OrganizationOrderBy | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    env: Env | Unset = UNSET,
    type_: OrganizationType | Unset = UNSET,
    managed_by_organization_id: str | Unset = UNSET,
) -> Response[Error | OrganizationList]:
    """List accessible organizations

     Lists the organizations the caller can access, with sorting, paging and filters.

    Args:
        order_by (OrganizationOrderBy | Unset): Sort field for the organization list.
        order (SortOrder | Unset): Sort direction.
        limit (int | Unset):  Default: 100.
        offset (int | Unset):  Default: 0.
        env (Env | Unset): A fiskaly environment.
        type_ (OrganizationType | Unset): Kind of organization.
        managed_by_organization_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | OrganizationList]
    """

    kwargs = _get_kwargs(
        order_by=order_by,
        order=order,
        limit=limit,
        offset=offset,
        env=env,
        type_=type_,
        managed_by_organization_id=managed_by_organization_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    order_by: OrganizationOrderBy | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    env: Env | Unset = UNSET,
    type_: OrganizationType | Unset = UNSET,
    managed_by_organization_id: str | Unset = UNSET,
) -> Error | OrganizationList | None:
    """List accessible organizations

     Lists the organizations the caller can access, with sorting, paging and filters.

    Args:
        order_by (OrganizationOrderBy | Unset): Sort field for the organization list.
        order (SortOrder | Unset): Sort direction.
        limit (int | Unset):  Default: 100.
        offset (int | Unset):  Default: 0.
        env (Env | Unset): A fiskaly environment.
        type_ (OrganizationType | Unset): Kind of organization.
        managed_by_organization_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | OrganizationList
    """

    return (
        await asyncio_detailed(
            client=client,
            order_by=order_by,
            order=order,
            limit=limit,
            offset=offset,
            env=env,
            type_=type_,
            managed_by_organization_id=managed_by_organization_id,
        )
    ).parsed
