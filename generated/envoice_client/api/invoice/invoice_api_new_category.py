from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.fault_result import FaultResult
from ...models.invoice_category_api_model import InvoiceCategoryApiModel
from ...models.invoice_category_create_api_model import InvoiceCategoryCreateApiModel
from ...types import Response


def _get_kwargs(
    *,
    body: InvoiceCategoryCreateApiModel,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/invoice/newcategory",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FaultResult | InvoiceCategoryApiModel:
    if response.status_code == 200:
        response_200 = InvoiceCategoryApiModel.from_dict(response.json())

        return response_200

    response_default = FaultResult.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FaultResult | InvoiceCategoryApiModel]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: InvoiceCategoryCreateApiModel,
) -> Response[FaultResult | InvoiceCategoryApiModel]:
    """Add a new invoice category.

    Args:
        body (InvoiceCategoryCreateApiModel):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FaultResult | InvoiceCategoryApiModel]
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
    body: InvoiceCategoryCreateApiModel,
) -> FaultResult | InvoiceCategoryApiModel | None:
    """Add a new invoice category.

    Args:
        body (InvoiceCategoryCreateApiModel):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FaultResult | InvoiceCategoryApiModel
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: InvoiceCategoryCreateApiModel,
) -> Response[FaultResult | InvoiceCategoryApiModel]:
    """Add a new invoice category.

    Args:
        body (InvoiceCategoryCreateApiModel):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FaultResult | InvoiceCategoryApiModel]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: InvoiceCategoryCreateApiModel,
) -> FaultResult | InvoiceCategoryApiModel | None:
    """Add a new invoice category.

    Args:
        body (InvoiceCategoryCreateApiModel):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FaultResult | InvoiceCategoryApiModel
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
