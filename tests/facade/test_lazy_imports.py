"""The first client class does not import every endpoint module and model of its API: each is
imported when a call first needs it (a fresh interpreter per check)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

PROBE = """
import json, sys
import httpx, facade

def loaded(prefix):
    return sorted(name for name in sys.modules if name.startswith(prefix))

facade.Enlivy
before = {"api": loaded("enlivy_client.api."), "models": len(loaded("enlivy_client.models."))}

def answer(request):
    return httpx.Response(200, json={"data": {"id": "org_tag_1", "alias": "vip"}})

en = facade.Enlivy(token="t", organization_id="o", http_client=httpx.Client(
    transport=httpx.MockTransport(answer)))
tag = en.tags.get(tag_id="org_tag_1")
after = loaded("enlivy_client.api.")
from enlivy_client.models import InvoiceStatus
import enlivy_client.models as models
try:
    models.NoSuchModel
    missing = "no error"
except AttributeError as error:
    missing = str(error)
print(json.dumps({"before": before, "after": after, "alias": tag.alias,
                  "status": InvoiceStatus.__module__, "all": len(models.__all__),
                  "missing": missing}))
"""


@pytest.fixture(scope="module")
def probe() -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, check=True, timeout=120
    )
    result: dict[str, object] = json.loads(done.stdout)
    return result


def test_the_client_class_imports_no_endpoint_module(probe: dict[str, object]) -> None:
    before = probe["before"]
    assert isinstance(before, dict)
    assert before["api"] == []
    assert before["models"] < probe["all"]  # only those the typed surface names
    assert probe["after"] == ["enlivy_client.api.tags", "enlivy_client.api.tags.get_tag"]
    assert probe["alias"] == "vip"


def test_every_model_is_still_importable_from_the_models_package(
    probe: dict[str, object],
) -> None:
    assert probe["status"] == "enlivy_client.models.invoice_status"
    assert isinstance(probe["all"], int) and probe["all"] > 50
    assert probe["missing"] == "module 'enlivy_client.models' has no attribute 'NoSuchModel'"
