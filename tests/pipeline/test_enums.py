"""Enums (issue 11): every value of every enum reaches the client, whatever Python makes of
its name. Spec: specs/enums.yaml."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from scripts.pipeline.repairs.enums import generator_member_names
from tests.pipeline.conftest import Imported, pointer

SPEC = "enums.yaml"
NAME = "quirks_enums"


@pytest.fixture(scope="module")
def api(imported_module: Imported) -> Imported:
    return imported_module


def payout(api: Imported, **fields: Any) -> Any:
    model = api.models().Payout.from_dict(fields)
    assert model.to_dict() == fields  # every value survives the round trip unchanged
    return model


def test_the_collisions_are_real_without_the_repair() -> None:
    names = generator_member_names(["cashOutFee", "cashoutFee", "cash out fee", "cash_out_fee"])
    assert names == ["CASHOUTFEE", "CASHOUTFEE", "CASH_OUT_FEE", "CASH_OUT_FEE"]
    assert generator_member_names(["net 30", "Net 30"]) == ["NET_30", "NET_30"]


@pytest.mark.parametrize("value", ["cashOutFee", "cashoutFee", "cash out fee", "cash_out_fee"])
def test_values_that_collide_as_member_names_are_all_kept(api: Imported, value: str) -> None:
    assert payout(api, fee_kind=value).fee_kind.value == value
    enum = type(payout(api, fee_kind=value).fee_kind)
    assert len(enum) == 4
    reason = api.repairs("enum-member-names")[
        pointer("components", "schemas", "Payout", "properties", "fee_kind", "enum")
    ]
    assert "x-enum-varnames" in reason


@pytest.mark.parametrize("value", ["net 30", "Net 30", "2fa", "", "état"])
def test_spaces_leading_digits_and_empty_strings_are_values_like_any_other(
    api: Imported, value: str
) -> None:
    assert payout(api, terms=value).terms.value == value
    assert len(type(payout(api, terms=value).terms)) == 5


def test_an_enum_parameter_with_a_leading_digit_is_sent_as_its_value(api: Imported) -> None:
    client = api.client(lambda request: httpx.Response(200, json={}))
    module = api.operation("getPayout")
    speed = next(
        hint for name, hint in module.sync_detailed.__annotations__.items() if name == "speed"
    )
    enum = next(arg for arg in speed.__args__ if hasattr(arg, "__members__"))
    module.sync_detailed(client=client, id="p1", speed=enum("24h"))
    assert api.requests[-1].url.params["speed"] == "24h"


@pytest.mark.parametrize("value", ["A7", 7, None])
def test_an_enum_of_mixed_types_takes_each_of_its_values(api: Imported, value: Any) -> None:
    assert payout(api, code=value).to_dict()["code"] == value
    where = pointer("components", "schemas", "Payout", "properties", "code", "enum")
    assert "anyOf" in api.repairs("enum-mixed-types")[where]


def test_values_of_another_type_than_declared_are_converted(api: Imported) -> None:
    schema = api.spec["components"]["schemas"]["Payout"]["properties"]["level"]
    assert schema["enum"] == ["1", "2", "3"]
    assert payout(api, level="2").level.value == "2"


def test_fractional_and_boolean_enums_keep_their_values(api: Imported) -> None:
    assert payout(api, ratio=1.5, settled=False).ratio == 1.5
    properties = api.spec["components"]["schemas"]["Payout"]["properties"]
    assert properties["ratio"] == {"type": "number"}
    assert properties["settled"]["type"] == "boolean"


def test_a_duplicate_value_is_dropped_once(api: Imported) -> None:
    channel = api.spec["components"]["schemas"]["Payout"]["properties"]["channel"]
    assert channel["enum"] == ["sepa", "swift"]
    assert payout(api, channel="swift").channel.value == "swift"


def test_inline_enums_with_one_class_name_get_a_class_each(api: Imported) -> None:
    order = api.models().Order.from_dict(
        {"line_status": "shipped", "lines": [{"status": "backordered"}]}
    )
    assert order.line_status.value == "shipped"
    assert order.lines[0].status.value == "backordered"
    assert type(order.line_status) is not type(order.lines[0].status)
    hoisted = api.repairs("hoisted-schema")
    assert any("conflicting enums named OrderLineStatus" in reason for reason in hoisted.values())
