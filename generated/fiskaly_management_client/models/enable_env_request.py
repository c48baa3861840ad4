from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    model_repr,
    unknown_enum_value,
)
from .env import Env

_Env_BY_VALUE: dict[Any, Env] = {m.value: m for m in Env}
_FIELDS = frozenset(
    {
        "env",
    }
)


@_attrs_define
class EnableEnvRequest:
    """Body for turning on an environment.

    Attributes:
        env (Env | Unset): A fiskaly environment.
    """

    env: Env | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        _env = self.env
        if not isinstance(_env, Unset):
            field_dict["env"] = _env.value if isinstance(_env, Env) else _env
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        get = src_dict.get
        _env = get("env", UNSET)
        if _env is UNSET:
            env = UNSET
        else:
            if _env in _Env_BY_VALUE:
                env = _Env_BY_VALUE[_env]
            else:
                env = unknown_enum_value(Env, _env)
        obj = cls(env)
        if len(src_dict) > 1 or not _FIELDS.issuperset(src_dict):
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
