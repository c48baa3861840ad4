"""Types shared by this package's models and endpoint modules.

Written for fiscal-facade (our template, not the generator's stock one); do not edit.
"""

from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, BinaryIO, Generic, Literal, TypeVar

from attrs import define


class Unset:
    """The type of :data:`UNSET`: a value that was not given, as opposed to ``None``."""

    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

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


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset"]
