"""The client layer shared by the three APIs, in a sync and an async form.

A call such as ``fk.organizations.create(name=..., metadata=...)`` goes through the same steps
for every operation of every API:

1. bind the keyword arguments to the operation's path, query and body (``_operations``);
2. check them against the spec's limits, raising before anything is sent (``_validation``);
3. build the request: absolute URL, idempotency key, timeout, per-call retry options;
4. send it through the API's httpx ``Auth`` flow and the retry transport (``_auth``,
   ``_transport``);
5. map failures to ``facade.errors`` (``_responses``), including faults reported with 200;
6. parse the body with the generated package into its typed model.

Only what truly differs between the APIs lives in ``facade/fiskaly.py``, ``enlivy.py`` and
``envoice.py``: names, resources, credentials and a few flags in an :class:`ApiDefinition`.
"""

from __future__ import annotations

import functools
import importlib
import os
import typing
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

import attrs
import httpx

from . import _options, errors
from ._auth import require_secure_url
from ._lifecycle import check_usable
from ._operations import (
    Operation,
    bind,
    operations,
    path_values,
    query_pairs,
    query_values,
    url_path,
)
from ._pagination import AsyncPaginator, Page, Paginator, PagingStyle, paging_style
from ._responses import (
    connection_error,
    decode_json,
    error_from_response,
    json_body,
    request_id_of,
)
from ._spec import load_spec
from ._transport import (
    EXTENSION,
    AsyncRetryTransport,
    RequestOptions,
    RetryPolicy,
    RetryTransport,
    install_retries,
)
from ._validation import RequestValidator

T = TypeVar("T")

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
CALL_OPTIONS = frozenset({"timeout", "max_retries", "idempotency_key"})


@dataclass(frozen=True)
class ApiDefinition:
    """What one API needs that the others do not."""

    name: str  # "fiskaly", "enlivy", "envoice": used in errors and logs
    package: str  # the generated client package
    default_base_url: str
    base_url_env: str
    resources: Mapping[str, Mapping[str, str]]  # resource -> verb -> operationId
    idempotency_header: str | None = None  # sent on POSTs when the API honours it
    unwrap_data: bool = False  # single objects come as {"data": {...}}: return the inside
    fault_envelopes: bool = False  # failures may arrive with HTTP 200 and IsFaulted (Envoice)
    path_defaults: tuple[str, ...] = ()  # path parameters the client can fill (organization_id)
    list_verbs: frozenset[str] = field(default_factory=lambda: frozenset({"list"}))

    def operation(self, operation_id: str) -> Operation:
        return operations(self.package)[operation_id]


class APIResponse(Generic[T]):
    """A parsed result together with the HTTP exchange it came from."""

    def __init__(self, parsed: T, http_response: httpx.Response, body: Any = None) -> None:
        self.parsed = parsed
        self.http_response = http_response
        self._body = body  # the decoded JSON, when the client already has it

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def content(self) -> bytes:
        return self.http_response.content

    @property
    def request_id(self) -> str | None:
        return request_id_of(self.http_response)

    def json(self) -> Any:
        return self._body if self._body is not None else json_body(self.http_response)

    def __repr__(self) -> str:
        kind = type(self.parsed).__name__
        return f"<APIResponse {self.status_code} request_id={self.request_id!r} parsed={kind}>"


@dataclass(frozen=True)
class _Listing:
    """A list call's fixed parts (paging style, path, call options) and its first query."""

    style: PagingStyle
    path: Mapping[str, Any]
    options: Mapping[str, Any]
    first_query: dict[str, Any]

    def arguments(self, query: Mapping[str, Any]) -> dict[str, Any]:
        """The call's arguments for one page."""
        return {**self.path, **query, **self.options}

    def page(self, query: dict[str, Any], result: APIResponse[Any]) -> Page[Any]:
        parsed = result.parsed
        if self.style.items_key is None:
            items = list(parsed) if isinstance(parsed, list) else []
        else:
            items = list(_attribute(parsed, self.style.items_key) or [])
        next_query = self.style.next_query(query, result.json(), len(items))
        return Page(items=items, response=result, next_query=next_query)


class _Core:
    """State and request/response handling shared by the sync and async clients."""

    _definition: ApiDefinition
    _http: httpx.Client | httpx.AsyncClient

    def __init__(
        self,
        *,
        auth: httpx.Auth | None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.Client | httpx.AsyncClient | None = None,
        path_defaults: Mapping[str, Any] | None = None,
        max_response_bytes: int | None = None,
    ) -> None:
        self._base_url = resolve_base_url(self._definition, base_url)
        require_secure_url(httpx.URL(self._base_url))
        wants_async = not isinstance(self, SyncAPIClient)
        _options.check_http_client(http_client, owner=type(self).__name__, wants_async=wants_async)
        self._auth = auth
        self._timeout = _timeout(timeout)
        self._max_response_bytes = _options.max_response_bytes(max_response_bytes)
        self._policy = RetryPolicy(
            max_retries=_options.max_retries(max_retries),
            max_response_bytes=self._max_response_bytes,
        )
        self._path_defaults = {k: v for k, v in (path_defaults or {}).items() if v is not None}
        # The caller's client keeps its settings and gains our retries; ours is closed by us.
        self._owns_http = http_client is None
        if http_client is None:
            self._http = self._new_http()
        else:
            install_retries(http_client, self._policy)
            self._http = http_client

    def _new_http(self) -> httpx.Client | httpx.AsyncClient:
        raise NotImplementedError  # a client with our retry transport, sync or async

    def __getattr__(self, name: str) -> _Resource:
        verbs = self._definition.resources.get(name) if not name.startswith("_") else None
        if verbs is None:
            raise AttributeError(f"{type(self).__name__} has no attribute {name!r}")
        return _Resource(self._dispatch, name, verbs)

    @property
    def with_raw_response(self) -> Any:
        return _RawView(self)

    def _dispatch(
        self, resource: str, verb: str, arguments: dict[str, Any], *, raw: bool = False
    ) -> Any:
        raise NotImplementedError  # the sync and async clients send differently

    # -- introspection -------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        return self._base_url

    @property
    def auth(self) -> httpx.Auth | None:
        return self._auth

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self._base_url!r})"

    def __dir__(self) -> list[str]:
        return sorted({*super().__dir__(), *self._definition.resources})

    @functools.cached_property
    def _validator(self) -> RequestValidator:
        return RequestValidator(load_spec(self._definition.package), api=self._definition.name)

    @functools.cached_property
    def _generated_client(self) -> Any:
        package = importlib.import_module(self._definition.package)
        return package.Client(base_url=self._base_url)

    # -- request -------------------------------------------------------------------------

    def _prepare(self, operation: Operation, arguments: Mapping[str, Any]) -> dict[str, Any]:
        """Bind and check a call; returns the arguments for ``httpx.Client.build_request``."""
        check_usable(self)  # closed, or (async) another event loop
        options = {k: arguments[k] for k in CALL_OPTIONS if k in arguments}
        call_args = {k: v for k, v in arguments.items() if k not in CALL_OPTIONS}
        api = self._definition
        _options.check_call_options(api.name, options, api.idempotency_header)
        _options.check_arguments(api.name, call_args)  # str keys, bounded nesting
        bound = bind(operation, call_args, self._path_defaults)
        path = path_values(operation, bound.path)
        query = query_values(operation, bound.query)
        self._validator.check(operation.operation_id, path=path, query=query, body=bound.body)
        headers: dict[str, str] = {}
        retry_unsafe = False
        key = options.get("idempotency_key")
        header = self._definition.idempotency_header
        if header and operation.method in ("POST", "PATCH"):
            # One key per logical call, reused by every retry of it.
            headers[header] = str(key) if key is not None else str(uuid.uuid4())
            retry_unsafe = True
        url = self._base_url + url_path(operation, path)
        if not operation.secured:  # no auth flow will look at this URL (e.g. a login)
            require_secure_url(httpx.URL(url))
        # Always explicit per request: a caller's http_client may be shared by several clients.
        max_retries = options.get("max_retries", self._policy.max_retries)
        timeout = _timeout(options["timeout"]) if "timeout" in options else self._timeout
        params = query_pairs(query)
        _options.check_url_length(self._definition.name, url, params, {**path, **query})
        build = {
            "method": operation.method,
            "url": url,
            "params": params,
            "headers": headers,
            "timeout": timeout,
            "extensions": {
                EXTENSION: RequestOptions(
                    api=self._definition.name,
                    max_retries=max_retries,
                    retry_unsafe=retry_unsafe,
                    deadline=_options.call_deadline(timeout),  # the whole call, retries included
                    max_response_bytes=self._max_response_bytes,
                )
            },
        }
        if operation.has_body and bound.body is not None:
            build["json"] = bound.body
        return build

    def _auth_for(self, operation: Operation) -> httpx.Auth | None:
        return self._auth if operation.secured else None

    # -- response ------------------------------------------------------------------------

    def _finish(self, operation: Operation, response: httpx.Response) -> APIResponse[Any]:
        """Raise the mapped error for a failure; otherwise parse the body into its model."""
        if not response.is_success:
            raise error_from_response(self._definition.name, response)
        body = _decode(response)  # decoded once, used by the fault check and the parser
        if self._definition.fault_envelopes and _faulted(body):
            raise error_from_response(self._definition.name, response)
        module = operation.module
        try:
            decoded = _Decoded(response, body)
            parsed = module._build_response(client=self._generated_client, response=decoded).parsed
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            # Whatever a hostile body makes the generated parser trip on is the vendor's fault.
            raise errors.APIError(
                f"the response of {operation.operation_id} does not match the spec "
                f"({type(error).__name__}: {error})",
                api=self._definition.name,
                status_code=response.status_code,
                request_id=request_id_of(response),
                body=json_body(response),
                response=response,
            ) from None
        if self._definition.unwrap_data and not _is_list_result(parsed):
            parsed = _unwrap(parsed, response)
        return APIResponse(parsed, response, None if body is _NOT_JSON else body)

    def _listing(self, operation: Operation, arguments: Mapping[str, Any]) -> _Listing:
        """Bind a list call once; each page then differs only in its query."""
        bound = bind(
            operation,
            {k: v for k, v in arguments.items() if k not in CALL_OPTIONS},
            self._path_defaults,
        )
        return _Listing(
            style=paging_style(operation),
            path=dict(bound.path),
            options={k: v for k, v in arguments.items() if k in CALL_OPTIONS},
            first_query=dict(bound.query),
        )

    def _resolve(self, resource: str, verb: str) -> Operation:
        try:
            operation_id = self._definition.resources[resource][verb]
        except KeyError:
            verbs = ", ".join(sorted(self._definition.resources.get(resource, {})))
            raise AttributeError(f"{resource!r} has no {verb!r} (it has: {verbs})") from None
        return self._definition.operation(operation_id)

    def _is_list(self, verb: str) -> bool:
        return verb in self._definition.list_verbs


def _timeout(value: float | httpx.Timeout | None) -> httpx.Timeout:
    return _options.timeout(value, default=DEFAULT_TIMEOUT)


class _Decoded:
    """A response whose JSON body is already decoded: the generated parser reads it from here
    instead of decoding the same bytes again."""

    def __init__(self, response: httpx.Response, body: Any) -> None:
        self.status_code = response.status_code
        self.content = response.content
        self.headers = response.headers
        self._body = body

    def json(self) -> Any:
        if self._body is _NOT_JSON:  # fail the way response.json() would
            raise ValueError("the body is not JSON")
        return self._body


_NOT_JSON: Any = object()


def _decode(response: httpx.Response) -> Any:
    if not response.content:
        return None
    try:
        return decode_json(response.content)
    except ValueError:
        return _NOT_JSON


def _faulted(body: Any) -> bool:
    return isinstance(body, dict) and body.get("IsFaulted") is True


def _attribute(model: Any, wire_name: str) -> Any:
    """A generated model's attribute for a wire name (``Result`` -> ``result``)."""
    if isinstance(model, Mapping):
        return model.get(wire_name)
    for candidate in (wire_name, wire_name.lower()):
        if hasattr(model, candidate):
            return getattr(model, candidate)
    return None


def _is_list_result(parsed: Any) -> bool:
    return isinstance(getattr(parsed, "data", None), list)


def _unwrap(parsed: Any, response: httpx.Response) -> Any:
    """``{"data": X}`` -> X. A body that arrives without the wrapper (Enlivy's documented create
    sample) is parsed into the inner model directly."""
    if not attrs.has(type(parsed)) or not hasattr(parsed, "data"):
        return parsed
    inner = parsed.data
    if attrs.has(type(inner)):
        return inner
    body = json_body(response)
    if isinstance(body, dict) and "data" not in body:
        hints = typing.get_type_hints(type(parsed))
        for option in typing.get_args(hints.get("data")):
            if attrs.has(option) and hasattr(option, "from_dict"):
                return option.from_dict(body)
    return parsed


# --- resources --------------------------------------------------------------------------------


class _Resource:
    """``client.<resource>``: its verbs are the operations of that resource."""

    def __init__(
        self, call: Callable[[str, str, dict[str, Any]], Any], name: str, verbs: Mapping[str, str]
    ) -> None:
        self._call = call
        self._name = name
        self._verbs = verbs

    def __getattr__(self, verb: str) -> Callable[..., Any]:
        if verb.startswith("_") or verb not in self._verbs:
            raise AttributeError(
                f"{self._name!r} has no {verb!r} (it has: {', '.join(sorted(self._verbs))})"
            )
        call = self._call
        name = self._name

        def method(**arguments: Any) -> Any:
            return call(name, verb, arguments)

        method.__name__ = verb
        method.__qualname__ = f"{name}.{verb}"
        method.__doc__ = f"Operation {self._verbs[verb]} of the spec."
        return method

    def __dir__(self) -> list[str]:
        return sorted(self._verbs)

    def __repr__(self) -> str:
        return f"<resource {self._name}: {', '.join(sorted(self._verbs))}>"


class _RawView:
    """``client.with_raw_response``: the same resources, returning :class:`APIResponse`."""

    def __init__(self, client: Any) -> None:
        self._client = client

    def __getattr__(self, name: str) -> _Resource:
        verbs = self._client._definition.resources.get(name)
        if verbs is None or name.startswith("_"):
            raise AttributeError(name)
        return _Resource(functools.partial(self._client._dispatch, raw=True), name, verbs)


# --- sync ---------------------------------------------------------------------------------------


class SyncAPIClient(_Core):
    """The synchronous client; one per API (``facade.Fiskaly`` etc.). Thread-safe."""

    _http: httpx.Client

    def _new_http(self) -> httpx.Client:
        return httpx.Client(transport=RetryTransport(httpx.HTTPTransport(), self._policy))

    def _dispatch(
        self, resource: str, verb: str, arguments: dict[str, Any], *, raw: bool = False
    ) -> Any:
        operation = self._resolve(resource, verb)
        if self._is_list(verb) and not raw:
            return self._paginate(operation, arguments)
        result = self._send(operation, arguments)
        return result if raw else result.parsed

    def _send(self, operation: Operation, arguments: Mapping[str, Any]) -> APIResponse[Any]:
        build = self._prepare(operation, arguments)
        request = self._http.build_request(**build)
        try:
            # Never follow redirects, whatever the caller's client says: a redirect could carry
            # credentials to another host, or over plain http (no API here needs one).
            response = self._http.send(
                request, auth=self._auth_for(operation), follow_redirects=False
            )
        except httpx.TransportError as error:
            raise connection_error(self._definition.name, error) from error
        return self._finish(operation, response)

    def _paginate(self, operation: Operation, arguments: dict[str, Any]) -> Paginator[Any]:
        listing = self._listing(operation, arguments)

        def fetch(query: dict[str, Any]) -> Page[Any]:
            return listing.page(query, self._send(operation, listing.arguments(query)))

        return Paginator(fetch, listing.first_query)

    def close(self) -> None:
        if self._owns_http:
            self._http.close()

    def __enter__(self: _S) -> _S:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


_S = TypeVar("_S", bound=SyncAPIClient)
_A = TypeVar("_A", bound="AsyncAPIClient")


# --- async --------------------------------------------------------------------------------------


class AsyncAPIClient(_Core):
    """The asynchronous client (``facade.AsyncFiskaly`` etc.): awaitable calls, ``async for``."""

    _http: httpx.AsyncClient

    def _new_http(self) -> httpx.AsyncClient:
        transport = AsyncRetryTransport(httpx.AsyncHTTPTransport(), self._policy)
        return httpx.AsyncClient(transport=transport)

    def _dispatch(
        self, resource: str, verb: str, arguments: dict[str, Any], *, raw: bool = False
    ) -> Any:
        operation = self._resolve(resource, verb)
        if self._is_list(verb) and not raw:
            return self._paginate(operation, arguments)
        return self._call(operation, arguments, raw)

    async def _call(self, operation: Operation, arguments: Mapping[str, Any], raw: bool) -> Any:
        result = await self._send(operation, arguments)
        return result if raw else result.parsed

    async def _send(self, operation: Operation, arguments: Mapping[str, Any]) -> APIResponse[Any]:
        build = self._prepare(operation, arguments)
        request = self._http.build_request(**build)
        try:
            response = await self._http.send(  # no redirects: see SyncAPIClient._send
                request, auth=self._auth_for(operation), follow_redirects=False
            )
        except httpx.TransportError as error:
            raise connection_error(self._definition.name, error) from error
        return self._finish(operation, response)

    def _paginate(self, operation: Operation, arguments: dict[str, Any]) -> AsyncPaginator[Any]:
        listing = self._listing(operation, arguments)

        async def fetch(query: dict[str, Any]) -> Page[Any]:
            return listing.page(query, await self._send(operation, listing.arguments(query)))

        return AsyncPaginator(fetch, listing.first_query)

    async def aclose(self) -> None:
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self: _A) -> _A:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()


def resolve_base_url(definition: ApiDefinition, base_url: str | None) -> str:
    """The explicit base URL, else the API's environment variable, else the vendor's URL."""
    env = os.environ.get(definition.base_url_env)
    source = "base_url" if base_url else definition.base_url_env if env else "the default URL"
    return _options.base_url(base_url or env or definition.default_base_url, source=source)


def env_or(value: str | None, name: str) -> str | None:
    """An explicit value, else the environment variable ``name``."""
    return value if value is not None else os.environ.get(name) or None


def require(value: str | None, what: str, env: str) -> str:
    if not value:
        raise errors.ConfigurationError(f"{what} is missing: pass it, or set {env}")
    return value
