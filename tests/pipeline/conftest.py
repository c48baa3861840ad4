"""Import a small document written for the tests, as the pipeline imports a vendor's, and
load the generated client from a scratch folder."""

from __future__ import annotations

import importlib
import sys
import typing
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from scripts import regenerate
from scripts.pipeline import documents, normalise
from scripts.pipeline.completeness import Completeness, check_imports, check_package
from scripts.pipeline.documents import Api
from scripts.pipeline.repairs import RepairLog
from scripts.pipeline.repairs.walk import join

SPECS_HERE = Path(__file__).parent / "specs"
BASE_URL = "https://api.test"


@dataclass
class Imported:
    """A document imported into a scratch folder, with its generated client loaded."""

    name: str
    spec: dict[str, Any]
    log: RepairLog
    root: Path
    completeness: Completeness
    requests: list[httpx.Request] = field(default_factory=list)

    @property
    def package(self) -> str:
        return f"{self.name}_client"

    def operation(self, operation_id: str) -> ModuleType:
        """The generated module of ``operation_id`` (looked up in the spec for its tag)."""
        from openapi_python_client.strings import PythonIdentifier

        for item in self.spec["paths"].values():
            for operation in item.values():
                if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                    tag = (operation.get("tags") or ["default"])[0]
                    folder = PythonIdentifier(tag, prefix="tag")
                    module = PythonIdentifier(operation_id, prefix="field_")
                    return importlib.import_module(f"{self.package}.api.{folder}.{module}")
        raise KeyError(operation_id)

    def models(self) -> ModuleType:
        return importlib.import_module(f"{self.package}.models")

    def file(self, content: bytes, name: str | None = None) -> Any:
        """A generated ``types.File`` holding ``content``."""
        from io import BytesIO

        types = importlib.import_module(f"{self.package}.types")
        return types.File(payload=BytesIO(content), file_name=name)

    def client(self, answer: Callable[[httpx.Request], httpx.Response]) -> Any:
        """A generated ``Client`` whose requests go to ``answer`` (and are kept)."""
        package = importlib.import_module(self.package)

        def handler(request: httpx.Request) -> httpx.Response:
            request.read()
            self.requests.append(request)
            return answer(request)

        client = package.Client(base_url=BASE_URL, raise_on_unexpected_status=True)
        client.set_httpx_client(
            httpx.Client(base_url=BASE_URL, transport=httpx.MockTransport(handler))
        )
        return client

    def body_type(self, operation_id: str) -> Any:
        """The class the generated operation takes as ``body``."""
        hints = typing.get_type_hints(self.operation(operation_id).sync_detailed)
        # The body is ``Params | Model`` (a TypedDict or the generated model), ``| Unset`` when
        # optional: the model is the member with ``from_dict``.
        members = [m for m in typing.get_args(hints["body"]) if hasattr(m, "from_dict")]
        return members[0] if members else hints["body"]

    def repairs(self, kind: str) -> dict[str, str]:
        """pointer -> reason of the repairs of ``kind``."""
        return {r.pointer: r.reason for r in self.log if r.kind == kind}


def import_document(document: dict[str, Any], name: str, folder: Path) -> Imported:
    """normalise + validate + generate + completeness + import check, like
    ``scripts/regenerate.py --source``; fails the test on any gap."""
    log = RepairLog()
    spec = normalise.normalise(document, log=log)
    api = Api(name, folder / "specs")
    regenerate.validate(api, spec)
    outcome = regenerate.build(regenerate.Outcome(api), spec, folder / "build")
    assert not outcome.problems, "\n".join(outcome.problems)
    root = folder / "build" / name / "generated"  # laid out like the project
    result = check_package(spec, root / f"{name}_client")
    check_imports(result, spec, root, f"{name}_client")
    return Imported(name, spec, log, root, result)


def load(file: str) -> dict[str, Any]:
    """A test spec from ``specs/``, read the way vendor documents are read."""
    return documents.parse_vendor_document((SPECS_HERE / file).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def imported_module(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Imported]:
    """Module-scoped: the test module names its spec in ``SPEC`` and its API in ``NAME``."""
    spec_file: str = request.module.SPEC
    name: str = request.module.NAME
    folder = tmp_path_factory.mktemp(name)
    imported = import_document(load(spec_file), name, folder)
    sys.path.insert(0, str(imported.root))
    try:
        yield imported
    finally:
        sys.path.remove(str(imported.root))
        for module in [m for m in sys.modules if m.split(".")[0] == imported.package]:
            del sys.modules[module]


def pointer(*tokens: object) -> str:
    return join("", *tokens)
