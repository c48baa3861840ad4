"""Types shared by this package's models and endpoint modules.

Written for fiscal-facade (our template, not the generator's stock one); do not edit.
"""

import enum
import logging
import threading
from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar

from attrs import define


class Unset:
    """The type of :data:`UNSET`: a value that was not given, as opposed to ``None``."""

    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

logger = logging.getLogger(__package__ or __name__)

E = TypeVar("E", bound=enum.Enum)
# Unknown enum values already logged, so each is logged once (bounded: the values come from a
# server, and a misbehaving one must not grow this set without end).
_LOGGED: set[tuple[str, Any]] = set()
_LOGGED_LIMIT = 1000
_LOGGED_LOCK = threading.Lock()


def unknown_enum_value(enum_class: type[E], value: Any) -> E:
    """A value the spec does not list for ``enum_class``, kept as received.

    A vendor that adds an enum value must not make every response carrying it unreadable: the
    model holds the plain value (a ``str`` or ``int``, not a member; ``to_dict`` sends it back
    as it came) and the first occurrence of each value is logged. A value of the wrong type
    (not what the enum's members are) still raises ``ValueError``, as before.
    """
    kinds = {type(member.value) for member in enum_class}
    if (
        not isinstance(value, tuple(kinds))
        or isinstance(value, bool)
        and bool not in kinds
    ):
        raise ValueError(f"{value!r} is not a valid {enum_class.__name__}")
    note_unknown_enum_value(enum_class, value)
    kept: E = value
    return kept


def enum_member(enum_class: type[E], value: Any) -> E:
    """The member of ``enum_class`` for ``value``, or the value as received (see
    :func:`unknown_enum_value`) when the spec does not list it."""
    try:
        return enum_class(value)
    except ValueError:
        return unknown_enum_value(enum_class, value)


def note_unknown_enum_value(enum_class: type[enum.Enum], value: Any) -> None:
    """Log the first occurrence of a value ``enum_class`` does not list (a union of enums
    keeps such a value as received, as it always did; this only says so)."""
    if not isinstance(value, str | int):
        return
    key = (enum_class.__qualname__, value)
    with _LOGGED_LOCK:
        first = key not in _LOGGED and len(_LOGGED) < _LOGGED_LIMIT
        if first:
            _LOGGED.add(key)
    if first:
        shown = repr(value) if len(repr(value)) <= 60 else repr(value)[:57] + "..."
        logger.warning(
            "%s: the value %s is not in the spec; kept as received",
            enum_class.__name__,
            shown,
        )


def model_repr(model: Any) -> str:
    """``Name(field=value, ...)`` with only the fields that are set (not UNSET), and the
    additional properties when there are any."""
    parts = []
    for attribute in type(model).__attrs_attrs__:
        value = getattr(model, attribute.name)
        if attribute.name == "additional_properties":
            if value:
                parts.append(f"additional_properties={value!r}")
        elif not isinstance(value, Unset):
            parts.append(f"{attribute.name}={value!r}")
    return f"{type(model).__name__}({', '.join(parts)})"


# What httpx accepts for one file of a multipart upload.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    tuple[str | None, FileContent, str | None]
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """A file to upload, or a binary body that came back."""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """The (name, content, type) triple httpx sends as one multipart part."""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """An HTTP exchange of the standalone functions: status, raw body, headers, parsed body."""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
    "enum_member",
    "model_repr",
    "note_unknown_enum_value",
    "unknown_enum_value",
]
