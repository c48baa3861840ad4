"""Credentials that cannot leak by accident through repr, str, logs or tracebacks."""

from __future__ import annotations

import hmac
from typing import Any, NoReturn


class Secret:
    """A credential. ``repr``/``str``/``format`` show only ``'***'``; ``reveal()`` gives the
    value, and is called only where the value goes on the wire."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        if isinstance(value, Secret):
            value = value.reveal()
        if not isinstance(value, str) or not value:
            raise ValueError("a credential must be a non-empty string")
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "Secret('***')"

    __str__ = __repr__

    def __format__(self, spec: str) -> str:
        return repr(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Secret):
            return NotImplemented
        return hmac.compare_digest(self._value.encode(), other._value.encode())

    def __hash__(self) -> int:
        return hash((Secret, len(self._value)))

    def __reduce__(self) -> NoReturn:
        raise TypeError("credentials are not picklable")

    def __getstate__(self) -> Any:  # pragma: no cover - __reduce__ already refuses
        raise TypeError("credentials are not picklable")
