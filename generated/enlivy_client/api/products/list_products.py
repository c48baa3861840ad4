from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.deleted_filter import DeletedFilter
from ...models.error_message import ErrorMessage
from ...models.product_list import ProductList
from ...models.sort_order import SortOrder
from ...models.validation_error_body import ValidationErrorBody
from ...types import UNSET, Response, Unset


def _get_kwargs(
    organization_id: str,
    *,
    page: int | Unset = 1,
    per_page: int | Unset = 30,
    limit: int | Unset = UNSET,
    include: str | Unset = UNSET,
    include_meta: str | Unset = UNSET,
    q: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    deleted: DeletedFilter | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["per_page"] = per_page

    params["limit"] = limit

    params["include"] = include

    params["include_meta"] = include_meta

    params["q"] = q

    params["order_by"] = order_by

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

    json_deleted: int | Unset = UNSET
    if not isinstance(deleted, Unset):
        json_deleted = deleted.value

    params["deleted"] = json_deleted

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/organizations/{organization_id}/products".format(
            organization_id=quote(str(organization_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMessage | ProductList | ValidationErrorBody | None:
    if response.status_code == 200:
        response_200 = ProductList.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorMessage.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorMessage.from_dict(response.json())

        return response_403

    if response.status_code == 422:
        response_422 = ValidationErrorBody.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ErrorMessage.from_dict(response.json())

        return response_429

    if 500 <= response.status_code <= 599:
        response_5xx = ErrorMessage.from_dict(response.json())

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorMessage | ProductList | ValidationErrorBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    organization_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    per_page: int | Unset = 30,
    limit: int | Unset = UNSET,
    include: str | Unset = UNSET,
    include_meta: str | Unset = UNSET,
    q: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    deleted: DeletedFilter | Unset = UNSET,
) -> Response[ErrorMessage | ProductList | ValidationErrorBody]:
    """List products

     Returns one page of the organization's products.

    Args:
        organization_id (str):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 30.
        limit (int | Unset):
        include (str | Unset):
        include_meta (str | Unset):
        q (str | Unset):
        order_by (str | Unset):
        order (SortOrder | Unset): Sort direction.
        deleted (DeletedFilter | Unset): Soft-delete filter (-1 all, 0 active only, 1 deleted
            only).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | ProductList | ValidationErrorBody]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        page=page,
        per_page=per_page,
        limit=limit,
        include=include,
        include_meta=include_meta,
        q=q,
        order_by=order_by,
        order=order,
        deleted=deleted,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    organization_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    per_page: int | Unset = 30,
    limit: int | Unset = UNSET,
    include: str | Unset = UNSET,
    include_meta: str | Unset = UNSET,
    q: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    deleted: DeletedFilter | Unset = UNSET,
) -> ErrorMessage | ProductList | ValidationErrorBody | None:
    """List products

     Returns one page of the organization's products.

    Args:
        organization_id (str):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 30.
        limit (int | Unset):
        include (str | Unset):
        include_meta (str | Unset):
        q (str | Unset):
        order_by (str | Unset):
        order (SortOrder | Unset): Sort direction.
        deleted (DeletedFilter | Unset): Soft-delete filter (-1 all, 0 active only, 1 deleted
            only).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | ProductList | ValidationErrorBody
    """

    return sync_detailed(
        organization_id=organization_id,
        client=client,
        page=page,
        per_page=per_page,
        limit=limit,
        include=include,
        include_meta=include_meta,
        q=q,
        order_by=order_by,
        order=order,
        deleted=deleted,
    ).parsed


async def asyncio_detailed(
    organization_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    per_page: int | Unset = 30,
    limit: int | Unset = UNSET,
    include: str | Unset = UNSET,
    include_meta: str | Unset = UNSET,
    q: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    deleted: DeletedFilter | Unset = UNSET,
) -> Response[ErrorMessage | ProductList | ValidationErrorBody]:
    """List products

     Returns one page of the organization's products.

    Args:
        organization_id (str):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 30.
        limit (int | Unset):
        include (str | Unset):
        include_meta (str | Unset):
        q (str | Unset):
        order_by (str | Unset):
        order (SortOrder | Unset): Sort direction.
        deleted (DeletedFilter | Unset): Soft-delete filter (-1 all, 0 active only, 1 deleted
            only).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | ProductList | ValidationErrorBody]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        page=page,
        per_page=per_page,
        limit=limit,
        include=include,
        include_meta=include_meta,
        q=q,
        order_by=order_by,
        order=order,
        deleted=deleted,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    organization_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    per_page: int | Unset = 30,
    limit: int | Unset = UNSET,
    include: str | Unset = UNSET,
    include_meta: str | Unset = UNSET,
    q: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    deleted: DeletedFilter | Unset = UNSET,
) -> ErrorMessage | ProductList | ValidationErrorBody | None:
    """List products

     Returns one page of the organization's products.

    Args:
        organization_id (str):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 30.
        limit (int | Unset):
        include (str | Unset):
        include_meta (str | Unset):
        q (str | Unset):
        order_by (str | Unset):
        order (SortOrder | Unset): Sort direction.
        deleted (DeletedFilter | Unset): Soft-delete filter (-1 all, 0 active only, 1 deleted
            only).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | ProductList | ValidationErrorBody
    """

    return (
        await asyncio_detailed(
            organization_id=organization_id,
            client=client,
            page=page,
            per_page=per_page,
            limit=limit,
            include=include,
            include_meta=include_meta,
            q=q,
            order_by=order_by,
            order=order,
            deleted=deleted,
        )
    ).parsed
