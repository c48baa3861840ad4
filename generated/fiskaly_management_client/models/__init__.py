"""Contains all the data models used in inputs/outputs"""

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
