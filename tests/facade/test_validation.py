"""RequestValidator: the vendors' limits, read from the three specs, checked before sending."""

from __future__ import annotations

import copy
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import facade._validation as validation_module
from facade._spec import load_spec
from facade._validation import RequestValidator
from facade.errors import MetadataLimitError, ValidationError
from tests.support.examples import example
from tests.support.specs import HTTP_METHODS, resolve

FISKALY = "fiskaly_management_client"
ENLIVY = "enlivy_client"
ENVOICE = "envoice_client"
APIS = {FISKALY: "fiskaly", ENLIVY: "enlivy", ENVOICE: "envoice"}

ORG_ID = "3fa85f64-5717-4562-b3fc-2c963f66afa6"
KEY_RULE = "key names must be 1-40 characters"
VALUE_RULE = "values must be strings of at most 500 characters"
ENLIVY_ORG = {"organization_id": "org_1"}


@pytest.fixture(scope="module")
def fiskaly() -> RequestValidator:
    return RequestValidator(load_spec(FISKALY), api="fiskaly")


@pytest.fixture(scope="module")
def enlivy() -> RequestValidator:
    return RequestValidator(load_spec(ENLIVY), api="enlivy")


@pytest.fixture(scope="module")
def envoice() -> RequestValidator:
    return RequestValidator(load_spec(ENVOICE), api="envoice")


def organization(**changes: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "name": "Acme GmbH",
        "address_line1": "Main street 1",
        "zip": "1010",
        "town": "Vienna",
        "country_code": "AUT",
    }
    body.update(changes)
    return body


def metadata_of(count: int, **extra: Any) -> dict[str, Any]:
    """``count`` keys in all: plain ones, then ``extra``."""
    plain = {f"key_{i}": "value" for i in range(count - len(extra))}
    return {**plain, **extra}


def check_org(validator: RequestValidator, metadata: Any) -> None:
    validator.check("createOrganization", body=organization(metadata=metadata))


# -- metadata -------------------------------------------------------------------------------


def test_every_metadata_violation_is_reported_in_one_error(fiskaly: RequestValidator) -> None:
    long_key, long_value = "k" * 41, "v" * 501
    metadata = metadata_of(21, **{long_key: "ok", "": "empty key", "big": long_value, "num": 7})
    assert len(metadata) == 21

    with pytest.raises(MetadataLimitError) as caught:
        check_org(fiskaly, metadata)

    error = caught.value
    expected = [
        (None, "at most 20 keys (got 21)"),
        (long_key, KEY_RULE),
        ("", KEY_RULE),
        ("big", VALUE_RULE),
        ("num", VALUE_RULE),
    ]
    assert sorted(error.violations, key=repr) == sorted(expected, key=repr)
    assert error.errors == {
        "metadata": ["at most 20 keys (got 21)"],
        f"metadata.{long_key}": [KEY_RULE],
        'metadata[""]': [KEY_RULE],
        "metadata.big": [VALUE_RULE],
        "metadata.num": [VALUE_RULE],
    }
    text = str(error)
    for key in (long_key, '""', "big", "num"):
        assert key in text
    for rule in ("at most 20 keys (got 21)", KEY_RULE, VALUE_RULE):
        assert rule in text
    # The values themselves never appear, only the rule they broke.
    assert long_value not in text
    assert error.api == "fiskaly"
    assert error.status_code is None
    assert error.response is None
    assert isinstance(error, ValidationError)


def test_metadata_exactly_at_the_limits_passes(fiskaly: RequestValidator) -> None:
    metadata = metadata_of(20, **{"k" * 40: "v" * 500, "x": ""})
    assert len(metadata) == 20
    check_org(fiskaly, metadata)


@pytest.mark.parametrize(
    ("bad", "violation"),
    [
        (metadata_of(21), (None, "at most 20 keys (got 21)")),
        ({"k" * 41: "v"}, ("k" * 41, KEY_RULE)),
        ({"": "v"}, ("", KEY_RULE)),
        ({"key": "v" * 501}, ("key", VALUE_RULE)),
        ({"key": 1}, ("key", VALUE_RULE)),
        ({"key": None}, ("key", VALUE_RULE)),
        ({"key": {"nested": "no"}}, ("key", VALUE_RULE)),
        ("not a mapping", (None, "must be an object")),
    ],
)
def test_each_metadata_rule_alone(
    fiskaly: RequestValidator, bad: Any, violation: tuple[str | None, str]
) -> None:
    with pytest.raises(MetadataLimitError) as caught:
        check_org(fiskaly, bad)
    assert caught.value.violations == [violation]


def test_a_key_can_break_both_the_name_and_the_value_rule(fiskaly: RequestValidator) -> None:
    key = "k" * 41
    with pytest.raises(MetadataLimitError) as caught:
        check_org(fiskaly, {key: 5})
    assert caught.value.violations == [(key, KEY_RULE), (key, VALUE_RULE)]


METADATA_OPERATIONS = [
    ("createOrganization", {}),
    ("updateOrganization", {"organization_id": ORG_ID}),
    ("createApiKey", {"organization_id": ORG_ID}),
    ("updateApiKey", {"organization_id": ORG_ID, "key_id": ORG_ID}),
    ("createBillingAddress", {}),
    ("updateBillingAddress", {"address_id": ORG_ID}),
]


@pytest.mark.parametrize(("operation_id", "path"), METADATA_OPERATIONS)
def test_every_fiskaly_body_with_metadata_is_checked(
    fiskaly: RequestValidator, operation_id: str, path: dict[str, Any]
) -> None:
    body = dict(valid_body(FISKALY, operation_id))
    fiskaly.check(operation_id, path=path, body={**body, "metadata": {"a": "b"}})
    with pytest.raises(MetadataLimitError) as caught:
        fiskaly.check(operation_id, path=path, body={**body, "metadata": metadata_of(21)})
    assert caught.value.violations == [(None, "at most 20 keys (got 21)")]


def test_other_problems_ride_along_in_a_metadata_error(fiskaly: RequestValidator) -> None:
    with pytest.raises(MetadataLimitError) as caught:
        fiskaly.check("createOrganization", body=organization(name="Ab", metadata={"k": 1}))
    assert caught.value.violations == [("k", VALUE_RULE)]
    assert caught.value.errors == {
        "name": ["must be at least 3 characters (got 2)"],
        "metadata.k": [VALUE_RULE],
    }


def test_metadata_at_any_depth_is_a_metadata_problem() -> None:
    spec = {
        "openapi": "3.1.0",
        "paths": {
            "/things": {
                "post": {
                    "operationId": "createThings",
                    "requestBody": {
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Batch"}}
                        }
                    },
                }
            }
        },
        "components": {
            "schemas": {
                "Batch": {
                    "type": "object",
                    "properties": {
                        "items": {"type": "array", "items": {"$ref": "#/components/schemas/Item"}}
                    },
                },
                "Item": {
                    "type": "object",
                    "properties": {"metadata": {"$ref": "#/components/schemas/Meta"}},
                },
                "Meta": {"type": "object", "additionalProperties": {"type": "string"}},
            }
        },
    }
    validator = RequestValidator(spec, api="test")
    with pytest.raises(MetadataLimitError) as caught:
        validator.check("createThings", body={"items": [{}, {"metadata": {"a b": 3}}]})
    assert caught.value.violations == [("a b", "values must be strings")]
    assert caught.value.errors == {'items[1].metadata["a b"]': ["values must be strings"]}


# -- the limits come from the spec ----------------------------------------------------------


def test_the_limits_are_read_from_the_spec() -> None:
    spec = copy.deepcopy(load_spec(FISKALY))
    metadata_schema = spec["components"]["schemas"]["Metadata"]
    metadata_schema["maxProperties"] = 2
    metadata_schema["propertyNames"] = {"minLength": 2, "maxLength": 4}
    metadata_schema["additionalProperties"]["maxLength"] = 3
    spec["components"]["parameters"]["LimitUpTo5000"]["schema"]["maximum"] = 10
    changed = RequestValidator(spec, api="fiskaly")
    original = RequestValidator(load_spec(FISKALY), api="fiskaly")
    metadata = {"ab": "v", "cd": "v", "ef": "v"}

    original.check("createOrganization", body=organization(metadata=metadata))
    with pytest.raises(MetadataLimitError) as caught:
        changed.check("createOrganization", body=organization(metadata=metadata))
    assert caught.value.violations == [(None, "at most 2 keys (got 3)")]

    with pytest.raises(MetadataLimitError) as caught:
        changed.check("createOrganization", body=organization(metadata={"abcde": "long"}))
    assert caught.value.violations == [
        ("abcde", "key names must be 2-4 characters"),
        ("abcde", "values must be strings of at most 3 characters"),
    ]

    original.check("listOrganizations", query={"limit": 11})
    with pytest.raises(ValidationError) as limit:
        changed.check("listOrganizations", query={"limit": 11})
    assert limit.value.errors == {"limit": ["must be at most 10 (got 11)"]}


def test_the_shipped_spec_states_20_keys_40_characters_500_characters() -> None:
    schema = load_spec(FISKALY)["components"]["schemas"]["Metadata"]
    assert schema["maxProperties"] == 20
    assert schema["propertyNames"] == {"minLength": 1, "maxLength": 40}
    assert schema["additionalProperties"] == {"type": "string", "maxLength": 500}


# -- fiskaly bodies and parameters ----------------------------------------------------------


def test_short_organization_name(fiskaly: RequestValidator) -> None:
    with pytest.raises(ValidationError) as caught:
        fiskaly.check("createOrganization", body=organization(name="Ab"))
    assert type(caught.value) is ValidationError
    assert caught.value.errors == {"name": ["must be at least 3 characters (got 2)"]}
    assert "name: must be at least 3 characters" in str(caught.value)
    assert caught.value.api == "fiskaly"
    assert caught.value.status_code is None


def test_api_key_name_must_match_the_spec_pattern(fiskaly: RequestValidator) -> None:
    pattern = load_spec(FISKALY)["components"]["schemas"]["ApiKeyName"]["pattern"]
    with pytest.raises(ValidationError) as caught:
        fiskaly.check(
            "createApiKey",
            path={"organization_id": ORG_ID},
            body={"name": "Bad Name!", "status": "enabled"},
        )
    assert caught.value.errors == {"name": [f"must match {pattern}"]}
    assert pattern == r"^[a-z0-9\-]{3,30}$"
    assert "Bad Name!" not in str(caught.value)
    fiskaly.check(
        "createApiKey",
        path={"organization_id": ORG_ID},
        body={"name": "pos-1", "status": "enabled"},
    )


def test_country_code_outside_the_enum(fiskaly: RequestValidator) -> None:
    with pytest.raises(ValidationError) as caught:
        fiskaly.check("createOrganization", body=organization(country_code="XXX"))
    (message,) = caught.value.errors["country_code"]
    assert message.startswith("must be one of the 249 allowed values (ABW, AFG,")

    with pytest.raises(ValidationError) as short:
        fiskaly.check("createOrganization", body=organization(country_code="XX"))
    assert short.value.errors["country_code"] == [
        "must be at least 3 characters (got 2)",
        message,
    ]


def test_short_enums_are_listed_in_full(fiskaly: RequestValidator) -> None:
    with pytest.raises(ValidationError) as caught:
        fiskaly.check(
            "enableOrganizationEnv", path={"organization_id": ORG_ID}, body={"env": "PROD"}
        )
    assert caught.value.errors == {"env": ["must be one of: TEST, LIVE"]}


def test_every_violation_is_listed_not_just_the_first(fiskaly: RequestValidator) -> None:
    body = organization(name="Ab", country_code="DEU", contact_person_id="nope")
    del body["zip"], body["town"]
    with pytest.raises(ValidationError) as caught:
        fiskaly.check("createOrganization", body=body)
    assert caught.value.errors == {
        "name": ["must be at least 3 characters (got 2)"],
        "contact_person_id": ["must be a valid UUID"],
        "zip": ["is required"],
        "town": ["is required"],
    }


@pytest.mark.parametrize(
    ("operation_id", "path", "limit", "message"),
    [
        ("listOrganizations", {}, 5001, "must be at most 5000 (got 5001)"),
        ("listOrganizations", {}, 0, "must be at least 1 (got 0)"),
        ("listUsers", {"organization_id": ORG_ID}, 6000, "must be at most 5000 (got 6000)"),
        ("listApiKeys", {"organization_id": ORG_ID}, 101, "must be at most 100 (got 101)"),
        ("listApiKeys", {"organization_id": ORG_ID}, "10", "must be an integer"),
    ],
)
def test_fiskaly_page_sizes(
    fiskaly: RequestValidator, operation_id: str, path: dict[str, Any], limit: Any, message: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        fiskaly.check(operation_id, path=path, query={"limit": limit})
    assert caught.value.errors == {"limit": [message]}


@pytest.mark.parametrize(
    ("operation_id", "path", "limit"),
    [
        ("listOrganizations", {}, 5000),
        ("listOrganizations", {}, 1),
        ("listApiKeys", {"organization_id": ORG_ID}, 100),
    ],
)
def test_fiskaly_page_sizes_at_the_limit_pass(
    fiskaly: RequestValidator, operation_id: str, path: dict[str, Any], limit: int
) -> None:
    fiskaly.check(operation_id, path=path, query={"limit": limit, "order": "desc"})


def test_path_parameters_are_checked(fiskaly: RequestValidator) -> None:
    with pytest.raises(ValidationError) as caught:
        fiskaly.check("retrieveApiKey", path={"organization_id": ORG_ID, "key_id": "nope"})
    assert caught.value.errors == {"key_id": ["must be a valid UUID"]}


def test_one_of_reports_the_closest_alternative(fiskaly: RequestValidator) -> None:
    fiskaly.check("authenticate", body={"api_key": "key", "api_secret": "secret"})
    fiskaly.check("authenticate", body={"refresh_token": "token"})
    with pytest.raises(ValidationError) as caught:
        fiskaly.check("authenticate", body={"api_key": "key"})
    assert caught.value.errors == {"api_secret": ["is required"]}
    with pytest.raises(ValidationError) as wrong_type:
        fiskaly.check("authenticate", body=["key"])
    assert wrong_type.value.errors == {"body": ["must be an object"]}


def test_submitted_values_never_appear_in_the_error(fiskaly: RequestValidator) -> None:
    secret = "sk_live_" + "Z" * 600
    with pytest.raises(ValidationError) as caught:
        fiskaly.check(
            "createOrganization",
            body=organization(name="Ab", vat_id=12, metadata={"token": secret}),
        )
    text = str(caught.value)
    assert "sk_live_" not in text
    assert "sk_live_" not in repr(caught.value.errors)
    assert caught.value.errors["vat_id"] == ["must be a string"]


# -- what is supplied and what is not ---------------------------------------------------------


def test_none_and_absent_parameters_are_skipped(fiskaly: RequestValidator) -> None:
    fiskaly.check("listOrganizations")
    fiskaly.check("listOrganizations", query={"limit": None, "env": None})


def test_unknown_parameters_are_refused(fiskaly: RequestValidator) -> None:
    with pytest.raises(ValidationError) as caught:
        fiskaly.check("listOrganizations", query={"per_page": 5}, path={"organization_id": ORG_ID})
    assert caught.value.errors == {
        "organization_id": ["is not a path parameter of listOrganizations"],
        "per_page": ["is not a query parameter of listOrganizations"],
    }


def test_a_required_body_must_be_given(fiskaly: RequestValidator) -> None:
    with pytest.raises(ValidationError) as caught:
        fiskaly.check("createOrganization")
    assert caught.value.errors == {"body": ["is required"]}


def test_a_body_where_none_is_accepted(fiskaly: RequestValidator) -> None:
    with pytest.raises(ValidationError) as caught:
        fiskaly.check("listOrganizations", body={"limit": 5})
    assert caught.value.errors == {"body": ["is not accepted by listOrganizations"]}


# -- what JSON Schema cannot see ---------------------------------------------------------------


def enlivy_product(**changes: Any) -> dict[str, Any]:
    return {"type": "service", "name_lang_map": {"en": "Tea"}, "price_map": {"EUR": 1.5}, **changes}


@pytest.mark.parametrize("number", [float("nan"), float("inf"), -float("inf"), Decimal("NaN")])
def test_non_finite_numbers_are_named(enlivy: RequestValidator, number: Any) -> None:
    with pytest.raises(ValidationError) as caught:
        enlivy.check(
            "createProduct", path=ENLIVY_ORG, body=enlivy_product(price_map={"EUR": number})
        )
    assert caught.value.errors["price_map.EUR"] == ["must be a finite number (not NaN or infinity)"]


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (b"raw", "cannot be sent as JSON (got a bytes)"),
        ({1, 2}, "cannot be sent as JSON (got a set)"),
        (Decimal("0.1000000000000000000000001"), "has more digits than a JSON number can carry"),
    ],
)
def test_values_without_a_json_form_are_named(
    envoice: RequestValidator, value: Any, message: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        envoice.check("ClientApi_Delete", body={"Id": 1, "Note": value})
    problem, *others = caught.value.errors["Note"]
    assert problem.startswith(message)
    assert others == ["is not an allowed field"]  # and the body lists no Note


def test_lone_surrogates_are_named_and_the_error_prints(enlivy: RequestValidator) -> None:
    with pytest.raises(ValidationError) as caught:
        enlivy.check(
            "createProduct",
            path=ENLIVY_ORG,
            body=enlivy_product(name_lang_map={"en": "bad \ud800", "bad \udfff": "x"}),
        )
    assert caught.value.errors["name_lang_map.en"] == [
        "must be valid Unicode text (it holds a lone surrogate)"
    ]
    assert "key names must be valid Unicode text" in caught.value.errors["name_lang_map"]
    str(caught.value).encode("utf-8")  # the message itself is printable
    with pytest.raises(ValidationError) as in_path:
        enlivy.check("getProduct", path={**ENLIVY_ORG, "product_id": "x\ud800"})
    assert list(in_path.value.errors) == ["product_id"]


@pytest.mark.parametrize("value", ["", ["EUR", ""]])
def test_empty_query_values_are_refused(fiskaly: RequestValidator, value: Any) -> None:
    with pytest.raises(ValidationError) as caught:
        fiskaly.check("listOrganizations", query={"managed_by_organization_id": value})
    assert list(caught.value.errors) == ["managed_by_organization_id"]
    assert "empty" in caught.value.errors["managed_by_organization_id"][0]


@pytest.mark.parametrize("identifier", ["", ".", ".."])
def test_path_identifiers_that_change_the_url_are_refused(
    fiskaly: RequestValidator, identifier: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        fiskaly.check("retrieveOrganization", path={"organization_id": identifier})
    assert caught.value.errors["organization_id"][0].startswith("must be an identifier")


def test_required_query_parameters_must_be_given(envoice: RequestValidator) -> None:
    with pytest.raises(ValidationError) as caught:
        envoice.check("ClientApi_Details")
    assert caught.value.errors == {"id": ["is required"]}


def test_remembered_checks_keep_equal_values_of_other_types_apart(
    fiskaly: RequestValidator,
) -> None:
    # 1, 1.5 and True: 1 == True, so a memo keyed on the value alone would pass True.
    fiskaly.check("listOrganizations", query={"limit": 1})
    with pytest.raises(ValidationError) as caught:
        fiskaly.check("listOrganizations", query={"limit": True})
    assert caught.value.errors == {"limit": ["must be an integer"]}
    for _ in range(2):  # remembered failures fail again
        with pytest.raises(ValidationError):
            fiskaly.check("listOrganizations", query={"limit": 0})


def test_remembered_checks_stay_bounded_over_a_long_walk() -> None:
    validator = RequestValidator(load_spec(FISKALY), api="fiskaly")
    for offset in range(0, 100_000, 50):  # 2,000 pages: a new offset each time
        validator.check("listOrganizations", query={"limit": 50, "offset": offset})
    assert len(validator._memo) <= validation_module._MEMO_SIZE
    assert ("/components/parameters/LimitUpTo5000/schema", int, 50) in validator._memo  # hot


@pytest.mark.parametrize("package", list(APIS))
def test_unknown_operation_is_a_key_error(package: str) -> None:
    validator = RequestValidator(load_spec(package), api=APIS[package])
    with pytest.raises(KeyError):
        validator.check("noSuchOperation")


# -- Enlivy ---------------------------------------------------------------------------------


def test_enlivy_create_invoice_requires_fields(enlivy: RequestValidator) -> None:
    with pytest.raises(ValidationError) as caught:
        enlivy.check("createInvoice", path={"organization_id": "org_1"}, body={})
    assert caught.value.errors == {
        "organization_receiver_user_id": ["is required"],
        "status": ["is required"],
        "currency": ["is required"],
    }


def test_enlivy_valid_invoice_passes(enlivy: RequestValidator) -> None:
    enlivy.check(
        "createInvoice",
        path={"organization_id": "org_1"},
        query={"include": "line_items"},
        body={
            "organization_receiver_user_id": "user_1",
            "status": "draft",
            "currency": "EUR",
            "issued_at": "2026-03-01",
            "line_items": [{"organization_product_id": "p_1", "quantity": 2, "price": 9.5}],
        },
    )


def test_enlivy_nested_fields_are_named_by_path(enlivy: RequestValidator) -> None:
    body = {
        "organization_receiver_user_id": "user_1",
        "status": "draft",
        "currency": "eur",
        "issued_at": "2026-13-01",
        "line_items": [{"quantity": 1}, {"price": "9.50"}],
    }
    with pytest.raises(ValidationError) as caught:
        enlivy.check("createInvoice", path={"organization_id": "org_1"}, body=body)
    assert caught.value.errors == {
        "currency": ["must match ^[A-Z]{3}$"],
        "issued_at": ["must be a date (YYYY-MM-DD)"],
        "line_items[1].price": ["must be a number"],
    }


def test_enlivy_per_page(enlivy: RequestValidator) -> None:
    path = {"organization_id": "org_1"}
    enlivy.check("listInvoices", path=path, query={"per_page": 50, "page": 2})
    with pytest.raises(ValidationError) as caught:
        enlivy.check("listInvoices", path=path, query={"per_page": 51, "q": "ab", "deleted": 2})
    assert caught.value.errors == {
        "per_page": ["must be at most 50 (got 51)"],
        "q": ["must be at least 3 characters (got 2)"],
        "deleted": ["must be one of: -1, 0, 1"],
    }


# -- Envoice --------------------------------------------------------------------------------


def test_envoice_new_client_requires_fields(envoice: RequestValidator) -> None:
    with pytest.raises(ValidationError) as caught:
        envoice.check("ClientApi_New", body={"Email": "a@example.com"})
    assert caught.value.errors == {
        "Name": ["is required"],
        "UiLanguageId": ["is required"],
        "ClientCurrencyId": ["is required"],
        "ClientCountryId": ["is required"],
    }


def test_envoice_valid_client_passes(envoice: RequestValidator) -> None:
    envoice.check(
        "ClientApi_New",
        body={
            "Name": "Acme",
            "Email": "billing@example.com",
            "UiLanguageId": 1,
            "ClientCurrencyId": 2,
            "ClientCountryId": 3,
            "Vat": None,
        },
    )


def test_envoice_types_formats_and_alternatives(envoice: RequestValidator) -> None:
    body = {
        "ClientId": 2**31,
        "Duedate": "2026-03-01",
        "Status": "Sent",
        "RecurringProfile": 5,
    }
    with pytest.raises(ValidationError) as caught:
        envoice.check("InvoiceApi_New", body=body)
    errors = caught.value.errors
    assert errors["ClientId"] == ["must fit in a 32-bit integer"]
    assert errors["Duedate"][0] == "must be a date-time (RFC 3339)"
    assert errors["Duedate"][1].startswith("must match ^")
    assert errors["Status"] == ["must be one of: Draft, Paid, Unpaid, Overdue, Void, null"]
    assert errors["RecurringProfile"] == ["must be an object or null"]
    envoice.check("InvoiceApi_New", body={"ClientId": 2**31 - 1, "Status": None})


def test_envoice_query_parameters_by_wire_name(envoice: RequestValidator) -> None:
    envoice.check("InvoiceApi_All", query={"queryOptions.page": 1, "queryOptions.pageSize": 50})
    with pytest.raises(ValidationError) as caught:
        envoice.check("InvoiceApi_All", query={"queryOptions.pageSize": "50"})
    assert caught.value.errors == {"queryOptions.pageSize": ["must be an integer"]}
    with pytest.raises(ValidationError) as required:
        envoice.check("ClientApi_Details", query={"id": 2**40})
    assert required.value.errors == {"id": ["must fit in a 32-bit integer"]}


# -- every operation accepts what its spec allows ---------------------------------------------


def valid_body(package: str, operation_id: str) -> Any:
    spec = load_spec(package)
    for item in spec["paths"].values():
        for method in HTTP_METHODS:
            operation = item.get(method)
            if operation and operation["operationId"] == operation_id:
                request_body = resolve(spec, operation.get("requestBody"))
                if not request_body:
                    return None
                schema = request_body["content"]["application/json"]["schema"]
                return example(spec, schema)
    raise AssertionError(operation_id)


def spec_cases() -> list[Any]:
    cases = []
    for package, api in APIS.items():
        spec = load_spec(package)
        for item in spec["paths"].values():
            for method in HTTP_METHODS:
                if method in item:
                    operation_id = item[method]["operationId"]
                    cases.append(pytest.param(package, item, method, id=f"{api}:{operation_id}"))
    return cases


@pytest.mark.parametrize(("package", "item", "method"), spec_cases())
def test_every_operation_accepts_values_its_spec_allows(
    package: str, item: dict[str, Any], method: str
) -> None:
    spec = load_spec(package)
    operation = item[method]
    values: dict[str, dict[str, Any]] = {"path": {}, "query": {}}
    for raw in [*item.get("parameters", []), *operation.get("parameters", [])]:
        parameter = resolve(spec, raw)
        if parameter["in"] in values:
            values[parameter["in"]][parameter["name"]] = example(spec, parameter["schema"])
    validator = RequestValidator(spec, api=APIS[package])
    validator.check(
        operation["operationId"],
        path=values["path"],
        query=values["query"],
        body=valid_body(package, operation["operationId"]),
    )


# -- cheap to create, compiled once -----------------------------------------------------------


class CountingSpec(dict[str, Any]):
    reads = 0

    def __getitem__(self, key: str) -> Any:
        CountingSpec.reads += 1
        return super().__getitem__(key)

    def get(self, key: str, default: Any = None) -> Any:
        CountingSpec.reads += 1
        return super().get(key, default)


def test_construction_does_not_read_the_spec() -> None:
    CountingSpec.reads = 0
    spec = CountingSpec(load_spec(FISKALY))
    validator = RequestValidator(spec, api="fiskaly")
    assert CountingSpec.reads == 0
    validator.check("listOrganizations", query={"limit": 5})
    assert CountingSpec.reads > 0


def test_validators_are_built_lazily_and_cached(monkeypatch: pytest.MonkeyPatch) -> None:
    built: list[str] = []
    real = validation_module.Draft202012Validator

    def counting(schema: dict[str, Any], **kwargs: Any) -> Any:
        built.append(schema["$ref"].split("#", 1)[1])
        return real(schema, **kwargs)

    monkeypatch.setattr(validation_module, "Draft202012Validator", counting)
    validator = RequestValidator(load_spec(FISKALY), api="fiskaly")
    assert built == []

    validator.check("listOrganizations", query={"limit": 5, "offset": 0})
    validator.check("listOrganizations", query={"limit": 6, "offset": 1})
    assert sorted(built) == [
        "/components/parameters/LimitUpTo5000/schema",
        "/components/parameters/Offset/schema",
    ]
    # listUsers shares the limit parameter: nothing new for it.
    validator.check("listUsers", path={"organization_id": ORG_ID}, query={"limit": 7})
    assert len(built) == 3
    for _ in range(2):
        validator.check("createOrganization", body=organization())
    assert len(built) == 4
    assert built[-1].endswith("/requestBody/content/application~1json/schema")


# -- property: random metadata --------------------------------------------------------------

keys = st.one_of(st.text(max_size=3), st.text(min_size=38, max_size=42))
values = st.one_of(
    st.text(max_size=3),
    st.text(min_size=498, max_size=502),
    st.integers(),
    st.none(),
    st.booleans(),
    st.lists(st.text(max_size=2), max_size=2),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(metadata=st.dictionaries(keys, values, max_size=23))
def test_random_metadata_passes_exactly_when_within_the_limits(metadata: dict[str, Any]) -> None:
    validator = RequestValidator(load_spec(FISKALY), api="fiskaly")
    expected: set[tuple[str | None, str]] = set()
    if len(metadata) > 20:
        expected.add((None, f"at most 20 keys (got {len(metadata)})"))
    for key, value in metadata.items():
        if not 1 <= len(key) <= 40:
            expected.add((key, KEY_RULE))
        if not isinstance(value, str) or len(value) > 500:
            expected.add((key, VALUE_RULE))
    try:
        check_org(validator, metadata)
    except MetadataLimitError as error:
        assert expected, "valid metadata was refused"
        assert set(error.violations) == expected
        assert len(error.violations) == len(expected)
    else:
        assert not expected, "metadata over the limits was accepted"


# -- errors in the caller's words --------------------------------------------------------------

ENVOICE_CLIENT_ARGUMENTS = {
    "name": ("field", "Name"),
    "ui_language_id": ("field", "UiLanguageId"),
    "email": ("field", "Email"),
}


def test_with_the_call_and_its_arguments_errors_use_python_names(
    envoice: RequestValidator,
) -> None:
    with pytest.raises(ValidationError) as caught:
        envoice.check(
            "ClientApi_New",
            body={"Name": "x", "Email": "a@example.com", "UiLanguageId": "English"},
            call="clients.create",
            arguments=ENVOICE_CLIENT_ARGUMENTS,
        )
    error = caught.value
    assert error.errors["ui_language_id"] == ["must be an integer or null"]
    assert "UiLanguageId" not in str(error) and "ClientApi_New" not in str(error)
    assert "invalid clients.create() request; nothing was sent" in str(error)


def test_without_them_errors_keep_the_wire_names(envoice: RequestValidator) -> None:
    with pytest.raises(ValidationError) as caught:
        envoice.check("ClientApi_New", body={"UiLanguageId": "English"})
    assert "UiLanguageId" in caught.value.errors
    assert "ClientApi_New" in str(caught.value)


def test_query_parameters_go_by_their_python_names(envoice: RequestValidator) -> None:
    with pytest.raises(ValidationError) as caught:
        envoice.check(
            "InvoiceApi_All",
            query={"queryOptions.pageSize": "many"},
            call="invoices.list",
            arguments={"query_options_page_size": ("query", "queryOptions.pageSize")},
        )
    assert list(caught.value.errors) == ["query_options_page_size"]


def test_keys_inside_a_dict_stay_as_the_api_names_them(envoice: RequestValidator) -> None:
    with pytest.raises(ValidationError) as caught:
        envoice.check(
            "InvoiceApi_New",
            body={"Items": [{"WorkTypeId": 1, "Cost": "high"}]},
            call="invoices.create",
            arguments={"items": ("field", "Items")},
        )
    assert "items[0].Cost" in caught.value.errors


def test_a_body_argument_is_named_body(fiskaly: RequestValidator) -> None:
    with pytest.raises(ValidationError) as caught:
        fiskaly.check(
            "authenticate",
            body={"api_key": "key", "api_secrett": "secret"},
            call="tokens.create",
            arguments={"body": ("body", "")},
        )
    assert caught.value.errors["body.api_secrett"] == [
        "is not an allowed field (did you mean api_secret?)"
    ]
    assert caught.value.errors["body.api_secret"] == ["is required"]


def test_unknown_nested_keys_are_refused_with_the_nearest_name(enlivy: RequestValidator) -> None:
    line = {"name_lang_map": {"en": "Consulting"}, "quantity": 2, "prise": 150.0}
    with pytest.raises(ValidationError) as caught:
        enlivy.check(
            "createInvoice",
            path=ENLIVY_ORG,
            body={
                "organization_receiver_user_id": "org_user_1",
                "status": "draft",
                "currency": "EUR",
                "line_items": [line],
            },
        )
    assert caught.value.errors == {
        "line_items[0].prise": ["is not an allowed field (did you mean price?)"]
    }


def test_free_form_objects_stay_open(enlivy: RequestValidator) -> None:
    # Free-form by the spec: additionalProperties given (a language map, any language code).
    enlivy.check(
        "createProduct",
        path=ENLIVY_ORG,
        body=enlivy_product(name_lang_map={"en": "Tea", "xx": "Thé"}),
    )


def test_the_closing_rule() -> None:
    spec = {
        "openapi": "3.1.0",
        "paths": {},
        "components": {
            "schemas": {
                "Listed": {"type": "object", "properties": {"a": {"type": "string"}}},
                "Open": {"type": "object", "properties": {}, "additionalProperties": True},
                "Mapped": {"type": "object", "additionalProperties": {"type": "string"}},
                "Part": {"type": "object", "properties": {"a": {"type": "string"}}},
                "Whole": {
                    "allOf": [
                        {"$ref": "#/components/schemas/Part"},
                        {"type": "object", "properties": {"b": {"type": "string"}}},
                    ]
                },
                "Nested": {
                    "type": "object",
                    "properties": {"inner": {"type": "object", "properties": {"c": {}}}},
                },
            }
        },
    }
    closed = validation_module._closed(spec)["components"]["schemas"]
    assert closed["Listed"]["additionalProperties"] is False
    assert closed["Open"]["additionalProperties"] is True
    assert closed["Mapped"]["additionalProperties"] == {"type": "string"}
    assert "additionalProperties" not in closed["Part"]  # an allOf part: its siblings add more
    assert all("additionalProperties" not in part for part in closed["Whole"]["allOf"])
    assert closed["Nested"]["properties"]["inner"]["additionalProperties"] is False
    assert "additionalProperties" not in spec["components"]["schemas"]["Listed"]  # a copy
