from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.fault_result import FaultResult
from ...models.list_result_product_details_api_model import (
    ListResultProductDetailsApiModel,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    query_options_page: int | Unset = UNSET,
    query_options_page_size: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["queryOptions.page"] = query_options_page

    params["queryOptions.pageSize"] = query_options_page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/product/all",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FaultResult | ListResultProductDetailsApiModel:
    if response.status_code == 200:
        response_200 = ListResultProductDetailsApiModel.from_dict(response.json())

        return response_200

    response_default = FaultResult.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FaultResult | ListResultProductDetailsApiModel]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    query_options_page: int | Unset = UNSET,
    query_options_page_size: int | Unset = UNSET,
) -> Response[FaultResult | ListResultProductDetailsApiModel]:
    """List products a page at a time.

    Args:
        query_options_page (int | Unset):
        query_options_page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FaultResult | ListResultProductDetailsApiModel]
    """

    kwargs = _get_kwargs(
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
    query_options_page: int | Unset = UNSET,
    query_options_page_size: int | Unset = UNSET,
) -> FaultResult | ListResultProductDetailsApiModel | None:
    """List products a page at a time.

    Args:
        query_options_page (int | Unset):
        query_options_page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FaultResult | ListResultProductDetailsApiModel
    """

    return sync_detailed(
        client=client,
        query_options_page=query_options_page,
        query_options_page_size=query_options_page_size,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    query_options_page: int | Unset = UNSET,
    query_options_page_size: int | Unset = UNSET,
) -> Response[FaultResult | ListResultProductDetailsApiModel]:
    """List products a page at a time.

    Args:
        query_options_page (int | Unset):
        query_options_page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FaultResult | ListResultProductDetailsApiModel]
    """

    kwargs = _get_kwargs(
        query_options_page=query_options_page,
        query_options_page_size=query_options_page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    query_options_page: int | Unset = UNSET,
    query_options_page_size: int | Unset = UNSET,
) -> FaultResult | ListResultProductDetailsApiModel | None:
    """List products a page at a time.

    Args:
        query_options_page (int | Unset):
        query_options_page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FaultResult | ListResultProductDetailsApiModel
    """

    return (
        await asyncio_detailed(
            client=client,
            query_options_page=query_options_page,
            query_options_page_size=query_options_page_size,
        )
    ).parsed
