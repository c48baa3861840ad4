from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.access_token_claims import AccessTokenClaims


T = TypeVar("T", bound="TokenResponse")


@_attrs_define
class TokenResponse:
    """Access and refresh tokens with their lifetimes.

    Attributes:
        access_token (str): JWT to send as bearer token.
        access_token_expires_in (int): Seconds until the access token expires.
        access_token_expires_at (int): Unix time (seconds) at which the access token expires.
        refresh_token (str): Token for getting new tokens without the API secret.
        refresh_token_expires_in (int): Seconds until the refresh token expires.
        refresh_token_expires_at (int): Unix time (seconds) at which the refresh token expires.
        access_token_claims (AccessTokenClaims | Unset): Selected claims of the access token, decoded for convenience.
    """

    access_token: str
    access_token_expires_in: int
    access_token_expires_at: int
    refresh_token: str
    refresh_token_expires_in: int
    refresh_token_expires_at: int
    access_token_claims: AccessTokenClaims | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_token = self.access_token

        access_token_expires_in = self.access_token_expires_in

        access_token_expires_at = self.access_token_expires_at

        refresh_token = self.refresh_token

        refresh_token_expires_in = self.refresh_token_expires_in

        refresh_token_expires_at = self.refresh_token_expires_at

        access_token_claims: dict[str, Any] | Unset = UNSET
        if not isinstance(self.access_token_claims, Unset):
            access_token_claims = self.access_token_claims.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "access_token": access_token,
                "access_token_expires_in": access_token_expires_in,
                "access_token_expires_at": access_token_expires_at,
                "refresh_token": refresh_token,
                "refresh_token_expires_in": refresh_token_expires_in,
                "refresh_token_expires_at": refresh_token_expires_at,
            }
        )
        if access_token_claims is not UNSET:
            field_dict["access_token_claims"] = access_token_claims

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.access_token_claims import AccessTokenClaims

        d = dict(src_dict)
        access_token = d.pop("access_token")

        access_token_expires_in = d.pop("access_token_expires_in")

        access_token_expires_at = d.pop("access_token_expires_at")

        refresh_token = d.pop("refresh_token")

        refresh_token_expires_in = d.pop("refresh_token_expires_in")

        refresh_token_expires_at = d.pop("refresh_token_expires_at")

        _access_token_claims = d.pop("access_token_claims", UNSET)
        access_token_claims: AccessTokenClaims | Unset
        if isinstance(_access_token_claims, Unset):
            access_token_claims = UNSET
        else:
            access_token_claims = AccessTokenClaims.from_dict(_access_token_claims)

        token_response = cls(
            access_token=access_token,
            access_token_expires_in=access_token_expires_in,
            access_token_expires_at=access_token_expires_at,
            refresh_token=refresh_token,
            refresh_token_expires_in=refresh_token_expires_in,
            refresh_token_expires_at=refresh_token_expires_at,
            access_token_claims=access_token_claims,
        )

        token_response.additional_properties = d
        return token_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
