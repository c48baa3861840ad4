"""Contains all the data models used in inputs/outputs.

Each model is imported on first use: ``from <this package>.models import Invoice`` imports the
``invoice`` module and what it needs, not every model.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .access_token_claims import AccessTokenClaims
    from .api_key import ApiKey
    from .api_key_authentication import ApiKeyAuthentication
    from .api_key_create import ApiKeyCreate
    from .api_key_list import ApiKeyList
    from .api_key_list_type import ApiKeyListType
    from .api_key_order_by import ApiKeyOrderBy
    from .api_key_status import ApiKeyStatus
    from .api_key_status_filter import ApiKeyStatusFilter
    from .api_key_type import ApiKeyType
    from .api_key_update import ApiKeyUpdate
    from .billing_address import BillingAddress
    from .billing_address_create import BillingAddressCreate
    from .billing_address_list import BillingAddressList
    from .billing_address_list_type import BillingAddressListType
    from .billing_address_type import BillingAddressType
    from .billing_address_update import BillingAddressUpdate
    from .billing_options import BillingOptions
    from .country_code import CountryCode
    from .enable_env_request import EnableEnvRequest
    from .env import Env
    from .error import Error
    from .managed_organization_configuration import ManagedOrganizationConfiguration
    from .metadata import Metadata
    from .organization import Organization
    from .organization_create import OrganizationCreate
    from .organization_list import OrganizationList
    from .organization_list_type import OrganizationListType
    from .organization_order_by import OrganizationOrderBy
    from .organization_type import OrganizationType
    from .organization_update import OrganizationUpdate
    from .refresh_token_authentication import RefreshTokenAuthentication
    from .sort_order import SortOrder
    from .status_response import StatusResponse
    from .token_response import TokenResponse
    from .user import User
    from .user_invite import UserInvite
    from .user_list import UserList
    from .user_list_type import UserListType
    from .user_order_by import UserOrderBy
    from .user_type import UserType

# Each model's name -> the module (in this package) that defines it.
_MODULES = {
    "AccessTokenClaims": "access_token_claims",
    "ApiKey": "api_key",
    "ApiKeyAuthentication": "api_key_authentication",
    "ApiKeyCreate": "api_key_create",
    "ApiKeyList": "api_key_list",
    "ApiKeyListType": "api_key_list_type",
    "ApiKeyOrderBy": "api_key_order_by",
    "ApiKeyStatus": "api_key_status",
    "ApiKeyStatusFilter": "api_key_status_filter",
    "ApiKeyType": "api_key_type",
    "ApiKeyUpdate": "api_key_update",
    "BillingAddress": "billing_address",
    "BillingAddressCreate": "billing_address_create",
    "BillingAddressList": "billing_address_list",
    "BillingAddressListType": "billing_address_list_type",
    "BillingAddressType": "billing_address_type",
    "BillingAddressUpdate": "billing_address_update",
    "BillingOptions": "billing_options",
    "CountryCode": "country_code",
    "EnableEnvRequest": "enable_env_request",
    "Env": "env",
    "Error": "error",
    "ManagedOrganizationConfiguration": "managed_organization_configuration",
    "Metadata": "metadata",
    "Organization": "organization",
    "OrganizationCreate": "organization_create",
    "OrganizationList": "organization_list",
    "OrganizationListType": "organization_list_type",
    "OrganizationOrderBy": "organization_order_by",
    "OrganizationType": "organization_type",
    "OrganizationUpdate": "organization_update",
    "RefreshTokenAuthentication": "refresh_token_authentication",
    "SortOrder": "sort_order",
    "StatusResponse": "status_response",
    "TokenResponse": "token_response",
    "User": "user",
    "UserInvite": "user_invite",
    "UserList": "user_list",
    "UserListType": "user_list_type",
    "UserOrderBy": "user_order_by",
    "UserType": "user_type",
}

__all__ = (
    "AccessTokenClaims",
    "ApiKey",
    "ApiKeyAuthentication",
    "ApiKeyCreate",
    "ApiKeyList",
    "ApiKeyListType",
    "ApiKeyOrderBy",
    "ApiKeyStatus",
    "ApiKeyStatusFilter",
    "ApiKeyType",
    "ApiKeyUpdate",
    "BillingAddress",
    "BillingAddressCreate",
    "BillingAddressList",
    "BillingAddressListType",
    "BillingAddressType",
    "BillingAddressUpdate",
    "BillingOptions",
    "CountryCode",
    "EnableEnvRequest",
    "Env",
    "Error",
    "ManagedOrganizationConfiguration",
    "Metadata",
    "Organization",
    "OrganizationCreate",
    "OrganizationList",
    "OrganizationListType",
    "OrganizationOrderBy",
    "OrganizationType",
    "OrganizationUpdate",
    "RefreshTokenAuthentication",
    "SortOrder",
    "StatusResponse",
    "TokenResponse",
    "User",
    "UserInvite",
    "UserList",
    "UserListType",
    "UserOrderBy",
    "UserType",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value  # found directly from now on
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
