from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ...client import AuthenticatedClient, Client
from ...models.billing_address import BillingAddress
from ...models.billing_address_update import BillingAddressUpdate
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    address_id: UUID,
    *,
    body: BillingAddressUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/billing-addresses/{address_id}".format(
            address_id=quote(str(address_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BillingAddress | Error:
    if response.status_code == 200:
        response_200 = BillingAddress.from_dict(response.json())

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
) -> Response[BillingAddress | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    address_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: BillingAddressUpdate,
) -> Response[BillingAddress | Error]:
    """Change a billing address

     Changes only the fields sent in the body.

    Args:
        address_id (UUID):
        body (BillingAddressUpdate): Body for changing a billing address; every field is optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BillingAddress | Error]
    """

    kwargs = _get_kwargs(
        address_id=address_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    address_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: BillingAddressUpdate,
) -> BillingAddress | Error | None:
    """Change a billing address

     Changes only the fields sent in the body.

    Args:
        address_id (UUID):
        body (BillingAddressUpdate): Body for changing a billing address; every field is optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BillingAddress | Error
    """

    return sync_detailed(
        address_id=address_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    address_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: BillingAddressUpdate,
) -> Response[BillingAddress | Error]:
    """Change a billing address

     Changes only the fields sent in the body.

    Args:
        address_id (UUID):
        body (BillingAddressUpdate): Body for changing a billing address; every field is optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BillingAddress | Error]
    """

    kwargs = _get_kwargs(
        address_id=address_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    address_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: BillingAddressUpdate,
) -> BillingAddress | Error | None:
    """Change a billing address

     Changes only the fields sent in the body.

    Args:
        address_id (UUID):
        body (BillingAddressUpdate): Body for changing a billing address; every field is optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BillingAddress | Error
    """

    return (
        await asyncio_detailed(
            address_id=address_id,
            client=client,
            body=body,
        )
    ).parsed
