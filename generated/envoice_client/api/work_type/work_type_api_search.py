from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.fault_result import FaultResult
from ...models.work_type_api_search_query_options_order import (
    WorkTypeApiSearchQueryOptionsOrder,
)
from ...models.work_type_details_api_model import WorkTypeDetailsApiModel
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    query_options_query: str | Unset = UNSET,
    query_options_order_by: str | Unset = UNSET,
    query_options_order: WorkTypeApiSearchQueryOptionsOrder | Unset = UNSET,
    query_options_page: int | Unset = UNSET,
    query_options_page_size: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["queryOptions.query"] = query_options_query

    params["queryOptions.orderBy"] = query_options_order_by

    json_query_options_order: str | Unset = UNSET
    if not isinstance(query_options_order, Unset):
        json_query_options_order = query_options_order.value

    params["queryOptions.order"] = json_query_options_order

    params["queryOptions.page"] = query_options_page

    params["queryOptions.pageSize"] = query_options_page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/worktype/search",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FaultResult | list[WorkTypeDetailsApiModel]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = WorkTypeDetailsApiModel.from_dict(
                response_200_item_data
            )

            response_200.append(response_200_item)

        return response_200

    response_default = FaultResult.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FaultResult | list[WorkTypeDetailsApiModel]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    query_options_query: str | Unset = UNSET,
    query_options_order_by: str | Unset = UNSET,
    query_options_order: WorkTypeApiSearchQueryOptionsOrder | Unset = UNSET,
    query_options_page: int | Unset = UNSET,
    query_options_page_size: int | Unset = UNSET,
) -> Response[FaultResult | list[WorkTypeDetailsApiModel]]:
    """Search work types by text

    Args:
        query_options_query (str | Unset):
        query_options_order_by (str | Unset):
        query_options_order (WorkTypeApiSearchQueryOptionsOrder | Unset):
        query_options_page (int | Unset):
        query_options_page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FaultResult | list[WorkTypeDetailsApiModel]]
    """

    kwargs = _get_kwargs(
        query_options_query=query_options_query,
        query_options_order_by=query_options_order_by,
        query_options_order=query_options_order,
        query_options_page=query_options_page,
        query_options_page_size=query_options_page_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    query_options_query: str | Unset = UNSET,
    query_options_order_by: str | Unset = UNSET,
    query_options_order: WorkTypeApiSearchQueryOptionsOrder | Unset = UNSET,
    query_options_page: int | Unset = UNSET,
    query_options_page_size: int | Unset = UNSET,
) -> FaultResult | list[WorkTypeDetailsApiModel] | None:
    """Search work types by text

    Args:
        query_options_query (str | Unset):
        query_options_order_by (str | Unset):
        query_options_order (WorkTypeApiSearchQueryOptionsOrder | Unset):
        query_options_page (int | Unset):
        query_options_page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FaultResult | list[WorkTypeDetailsApiModel]
    """

    return sync_detailed(
        client=client,
        query_options_query=query_options_query,
        query_options_order_by=query_options_order_by,
        query_options_order=query_options_order,
        query_options_page=query_options_page,
        query_options_page_size=query_options_page_size,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    query_options_query: str | Unset = UNSET,
    query_options_order_by: str | Unset = UNSET,
    query_options_order: WorkTypeApiSearchQueryOptionsOrder | Unset = UNSET,
    query_options_page: int | Unset = UNSET,
    query_options_page_size: int | Unset = UNSET,
) -> Response[FaultResult | list[WorkTypeDetailsApiModel]]:
    """Search work types by text

    Args:
        query_options_query (str | Unset):
        query_options_order_by (str | Unset):
        query_options_order (WorkTypeApiSearchQueryOptionsOrder | Unset):
        query_options_page (int | Unset):
        query_options_page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FaultResult | list[WorkTypeDetailsApiModel]]
    """

    kwargs = _get_kwargs(
        query_options_query=query_options_query,
        query_options_order_by=query_options_order_by,
        query_options_order=query_options_order,
        query_options_page=query_options_page,
        query_options_page_size=query_options_page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    query_options_query: str | Unset = UNSET,
    query_options_order_by: str | Unset = UNSET,
    query_options_order: WorkTypeApiSearchQueryOptionsOrder | Unset = UNSET,
    query_options_page: int | Unset = UNSET,
    query_options_page_size: int | Unset = UNSET,
) -> FaultResult | list[WorkTypeDetailsApiModel] | None:
    """Search work types by text

    Args:
        query_options_query (str | Unset):
        query_options_order_by (str | Unset):
        query_options_order (WorkTypeApiSearchQueryOptionsOrder | Unset):
        query_options_page (int | Unset):
        query_options_page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FaultResult | list[WorkTypeDetailsApiModel]
    """

    return (
        await asyncio_detailed(
            client=client,
            query_options_query=query_options_query,
            query_options_order_by=query_options_order_by,
            query_options_order=query_options_order,
            query_options_page=query_options_page,
            query_options_page_size=query_options_page_size,
        )
    ).parsed
