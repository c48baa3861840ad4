from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.organization_user_envelope import OrganizationUserEnvelope
from ...models.validation_error_body import ValidationErrorBody
from ...types import UNSET, Response, Unset


def _get_kwargs(
    organization_id: str,
    organization_user_id: str,
    *,
    include: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include"] = include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/organizations/{organization_id}/users/{organization_user_id}".format(
            organization_id=quote(str(organization_id), safe=""),
            organization_user_id=quote(str(organization_user_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMessage | OrganizationUserEnvelope | ValidationErrorBody | None:
    if response.status_code == 200:
        response_200 = OrganizationUserEnvelope.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorMessage.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorMessage.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorMessage.from_dict(response.json())

        return response_404

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
) -> Response[ErrorMessage | OrganizationUserEnvelope | ValidationErrorBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    organization_id: str,
    organization_user_id: str,
    *,
    client: AuthenticatedClient | Client,
    include: str | Unset = UNSET,
) -> Response[ErrorMessage | OrganizationUserEnvelope | ValidationErrorBody]:
    """Delete an organization user

     Soft-deletes an organization user. The record is returned with `deleted_at` filled in and can be
    restored later. No request body is sent.

    Args:
        organization_id (str):
        organization_user_id (str):
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | OrganizationUserEnvelope | ValidationErrorBody]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        organization_user_id=organization_user_id,
        include=include,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    organization_id: str,
    organization_user_id: str,
    *,
    client: AuthenticatedClient | Client,
    include: str | Unset = UNSET,
) -> ErrorMessage | OrganizationUserEnvelope | ValidationErrorBody | None:
    """Delete an organization user

     Soft-deletes an organization user. The record is returned with `deleted_at` filled in and can be
    restored later. No request body is sent.

    Args:
        organization_id (str):
        organization_user_id (str):
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | OrganizationUserEnvelope | ValidationErrorBody
    """

    return sync_detailed(
        organization_id=organization_id,
        organization_user_id=organization_user_id,
        client=client,
        include=include,
    ).parsed


async def asyncio_detailed(
    organization_id: str,
    organization_user_id: str,
    *,
    client: AuthenticatedClient | Client,
    include: str | Unset = UNSET,
) -> Response[ErrorMessage | OrganizationUserEnvelope | ValidationErrorBody]:
    """Delete an organization user

     Soft-deletes an organization user. The record is returned with `deleted_at` filled in and can be
    restored later. No request body is sent.

    Args:
        organization_id (str):
        organization_user_id (str):
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | OrganizationUserEnvelope | ValidationErrorBody]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        organization_user_id=organization_user_id,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    organization_id: str,
    organization_user_id: str,
    *,
    client: AuthenticatedClient | Client,
    include: str | Unset = UNSET,
) -> ErrorMessage | OrganizationUserEnvelope | ValidationErrorBody | None:
    """Delete an organization user

     Soft-deletes an organization user. The record is returned with `deleted_at` filled in and can be
    restored later. No request body is sent.

    Args:
        organization_id (str):
        organization_user_id (str):
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | OrganizationUserEnvelope | ValidationErrorBody
    """

    return (
        await asyncio_detailed(
            organization_id=organization_id,
            organization_user_id=organization_user_id,
            client=client,
            include=include,
        )
    ).parsed
