from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    model_repr,
)
from .access_token_claims import AccessTokenClaims

_FIELDS = frozenset(
    {
        "access_token",
        "access_token_expires_in",
        "access_token_expires_at",
        "refresh_token",
        "refresh_token_expires_in",
        "refresh_token_expires_at",
        "access_token_claims",
    }
)


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
        access_token_claims (AccessTokenClaims | Unset): Selected claims of the access token,
        decoded for convenience.
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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["access_token"] = self.access_token
        field_dict["access_token_expires_in"] = self.access_token_expires_in
        field_dict["access_token_expires_at"] = self.access_token_expires_at
        field_dict["refresh_token"] = self.refresh_token
        field_dict["refresh_token_expires_in"] = self.refresh_token_expires_in
        field_dict["refresh_token_expires_at"] = self.refresh_token_expires_at
        _access_token_claims = self.access_token_claims
        if not isinstance(_access_token_claims, Unset):
            field_dict["access_token_claims"] = _access_token_claims.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        get = src_dict.get
        access_token = src_dict["access_token"]
        access_token_expires_in = src_dict["access_token_expires_in"]
        access_token_expires_at = src_dict["access_token_expires_at"]
        refresh_token = src_dict["refresh_token"]
        refresh_token_expires_in = src_dict["refresh_token_expires_in"]
        refresh_token_expires_at = src_dict["refresh_token_expires_at"]
        _access_token_claims = get("access_token_claims", UNSET)
        if _access_token_claims is UNSET:
            access_token_claims = UNSET
        else:
            access_token_claims = AccessTokenClaims.from_dict(_access_token_claims)
        obj = cls(
            access_token,
            access_token_expires_in,
            access_token_expires_at,
            refresh_token,
            refresh_token_expires_in,
            refresh_token_expires_at,
            access_token_claims,
        )
        if len(src_dict) > 7 or not _FIELDS.issuperset(src_dict):
            rest = {k: v for k, v in src_dict.items() if k not in _FIELDS}
            obj.additional_properties = rest
        return obj

    def __repr__(self) -> str:
        return model_repr(self)

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
