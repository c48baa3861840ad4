"""Every generated request model, fuzzed with bodies its spec allows.

For each request body of the three specs (found from the specs' ``requestBody`` schemas, and the
model from the generated endpoint's ``body`` parameter), schemathesis generates valid JSON and:

* ``Model.from_dict(data).to_dict()`` gives the data back (date-times may change their spelling,
  never their instant: the models hold them as ``datetime``);
* a second round trip is exact (``to_dict`` output is a fixed point);
* the facade's validator accepts the data, and also what the facade sends for the model
  (``wire.to_wire(model)``), so a model read from one call can be sent in the next.
"""

from __future__ import annotations

import datetime
import importlib
import json
from typing import Any

import pytest
from dateutil.parser import isoparse  # type: ignore[import-untyped]
from hypothesis import given
from hypothesis import strategies as st

from facade._spec import load_spec
from facade._validation import RequestValidator
from tests.fuzz import DEFINITIONS, PACKAGES, all_operations, fuzz_settings, valid_requests

EXAMPLES = 20


def to_wire(api: str, value: Any) -> Any:
    """What the generated ``build_request`` sends for ``value`` (its package's wire helper)."""
    return importlib.import_module(f"{PACKAGES[api]}.wire").to_wire(value)


def _model_types(api: str, operation_id: str) -> tuple[type[Any], ...]:
    """The generated model(s) of an operation's body (a union for ``oneOf``), as the endpoint
    module lists them."""
    models: tuple[type[Any], ...] = all_operations(api)[operation_id].module.BODY_MODELS
    return models


BODY_OPERATIONS = [
    pytest.param(api, operation_id, id=f"{api}:{operation_id}")
    for api in DEFINITIONS
    for operation_id, operation in all_operations(api).items()
    if operation.has_body
]
VALIDATORS = {
    api: RequestValidator(load_spec(package), api=api) for api, package in PACKAGES.items()
}


def test_every_request_body_of_the_specs_is_fuzzed() -> None:
    # Counted from the raw specs, so an operation the facade's index missed would show here.
    counted = 0
    for package in PACKAGES.values():
        for item in load_spec(package)["paths"].values():
            counted += sum(
                1 for op in item.values() if isinstance(op, dict) and "requestBody" in op
            )
    assert len(BODY_OPERATIONS) == counted == 51
    models = {m for p in BODY_OPERATIONS for m in _model_types(str(p.values[0]), str(p.values[1]))}
    assert all(hasattr(m, "from_dict") and hasattr(m, "to_dict") for m in models)
    # Every package's request models take part (a union counts each member).
    assert {m.__module__.split(".")[0] for m in models} == set(PACKAGES.values())


def same(sent: Any, back: Any) -> bool:
    """Equal JSON, except that a date-time may be spelled differently for the same instant."""
    if isinstance(sent, dict) and isinstance(back, dict):
        return sent.keys() == back.keys() and all(same(sent[k], back[k]) for k in sent)
    if isinstance(sent, list) and isinstance(back, list):
        return len(sent) == len(back) and all(map(same, sent, back))
    if isinstance(sent, str) and isinstance(back, str) and sent != back:
        return _instant(sent) is not None and _instant(sent) == _instant(back)
    return type(sent) is type(back) and sent == back


def _instant(text: str) -> datetime.datetime | None:
    if "T" not in text:
        return None
    try:
        moment = isoparse(text)
    except (ValueError, OverflowError):
        return None
    return moment if moment.tzinfo is not None else None


def round_trip(models: tuple[type[Any], ...], data: Any) -> tuple[Any, Any]:
    """The model built from ``data`` and its ``to_dict``; for a union, the member that fits."""
    fits = []
    for model in models:
        try:
            built = model.from_dict(data)
        except (KeyError, TypeError, ValueError):
            continue  # another member of the union
        fits.append((built, built.to_dict()))
    assert fits, f"no model of {[m.__name__ for m in models]} reads {data!r}"
    matching = [fit for fit in fits if same(data, fit[1])]
    assert matching, f"round trip changed the data: {data!r} -> {fits[0][1]!r}"
    return matching[0]


@pytest.mark.parametrize(("api", "operation_id"), BODY_OPERATIONS)
def test_request_models_round_trip_and_pass_the_validator(api: str, operation_id: str) -> None:
    models = _model_types(api, operation_id)
    validator = VALIDATORS[api]

    @fuzz_settings(EXAMPLES)
    @given(case=valid_requests(api, operation_id))
    def check(case: Any) -> None:
        data = case.body
        # Parameters as well: some operations require query values beside their body. (Empty
        # strings aside: schemathesis makes them, OpenAPI forbids them in a query.)
        path = dict(case.path_parameters or {})
        query = {k: v for k, v in (case.query or {}).items() if v != ""}
        validator.check(operation_id, path=path, query=query, body=data)  # valid data is valid
        model, back = round_trip(models, data)
        assert isinstance(model, models)
        assert type(model).from_dict(back).to_dict() == back  # a fixed point after one trip
        assert json.loads(json.dumps(back, allow_nan=False)) == back  # plain JSON
        # what the facade sends for it
        validator.check(operation_id, path=path, query=query, body=to_wire(api, model))

    check()


def test_the_round_trip_would_notice_a_lost_field() -> None:
    # The comparison itself: a dropped key, a changed value or a different type is a change.
    assert not same({"a": 1, "b": 2}, {"a": 1})
    assert not same({"a": "x"}, {"a": "y"})
    assert not same({"a": 1}, {"a": 1.0})
    assert not same({"a": "2026-01-01T00:00:00Z"}, {"a": "2026-01-01T00:00:01+00:00"})
    assert same({"a": ["2026-01-01T00:00:00Z"]}, {"a": ["2026-01-01T00:00:00+00:00"]})


@given(st.data())
@fuzz_settings(5)
def test_envoice_seven_digit_timestamps_keep_microseconds(data: st.DataObject) -> None:
    """Envoice sends seven fractional digits (.NET ticks); a model keeps six (Python's
    datetime), so the last digit is dropped: a known limit, harmless for invoice dates."""
    from envoice_client.models import InvoiceUpdateApiModel

    micros = data.draw(st.integers(1, 999_999))  # 0 would drop the fraction
    tick = data.draw(st.integers(0, 9))
    sent = {"Id": 1, "IssuedOn": f"2026-11-21T10:11:12.{micros:06d}{tick}Z"}
    back = InvoiceUpdateApiModel.from_dict(sent).to_dict()
    assert back["IssuedOn"] == f"2026-11-21T10:11:12.{micros:06d}+00:00"
    VALIDATORS["envoice"].check("InvoiceApi_Update", body=back)
