"""The client layer shared by every API, in a sync and an async form.

The typed resource classes in ``facade/resources/`` are generated; each method hands this layer
an :class:`Operation` (the generated endpoint module's ``build_request`` and ``parse_response``)
and the caller's arguments. Every call of every API then takes the same steps:

1. build the request with the generated ``build_request``: the one place that knows where each
   argument travels (path, query, body) under which wire name;
2. check it against the spec's limits, raising before anything is sent (``_validation``);
3. add what the facade owns: base URL, idempotency key, timeout, per-call retry options;
4. send it through the API's httpx ``Auth`` flow and the retry transport (``_auth``,
   ``_transport``);
5. map failures to ``facade.errors`` (``_responses``), including faults reported with 200;
6. parse the body with the generated ``parse_response``: a status the spec does not document,
   or a body that does not fit its model, is an :class:`~facade.errors.UnexpectedResponseError`.
"""

from __future__ import annotations

import difflib
import functools
import importlib
import inspect
import os
import re
import uuid
from collections.abc import Callable, Coroutine, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, Protocol, TypeVar
from urllib.parse import urlencode

import httpx

from . import _http, _options, errors
from ._auth import StaticHeaderAuth, require_secure_url
from ._direct import ATTRIBUTE as DIRECT_ROUTE
from ._direct import DirectCall, DirectRoute
from ._lifecycle import check_usable
from ._pagination import AsyncPaginator, Page, Paginator, PagingStyle
from ._responses import (
    connection_error,
    decode_json,
    error_from_response,
    json_body,
    request_id_of,
)
from ._secrets import Secret
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
P = TypeVar("P")
M = TypeVar("M", bound="_FromDict")

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2


class WireRequest(Protocol):
    """What a generated ``build_request`` returns (``<package>.wire.Request``)."""

    method: str
    path: str
    path_params: dict[str, Any]
    query: dict[str, Any]
    headers: dict[str, str]
    body: Any
    kind: str

    def url(self) -> str: ...

    def query_pairs(self) -> list[tuple[str, str]]: ...


class _FromDict(Protocol):
    @classmethod
    def from_dict(cls: type[M], src_dict: Mapping[str, Any]) -> M: ...


@dataclass(frozen=True)
class ApiDefinition:
    """What one API needs that the others do not (written by the pipeline)."""

    name: str  # "fiskaly", "enlivy", "envoice": used in errors and logs
    package: str  # the generated client package
    default_base_url: str
    base_url_env: str
    # resource -> verb -> operationId: every operation as client.<resource>.<verb>
    resources: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    idempotency_header: str | None = None  # sent on POST and PATCH when the API honours it
    fault_envelopes: bool = False  # failures may arrive with HTTP 200 and IsFaulted (Envoice)
    list_verbs: frozenset[str] = frozenset({"list"})  # verbs that return a Paginator


@dataclass(frozen=True)
class Operation(Generic[T]):
    """One generated operation as the facade calls it: ``client.<call>(...) -> T``.

    Its generated endpoint module is imported on first use, not with the client class: an API
    has dozens of them and a program calls a few."""

    call: str  # "organizations.create": how errors name it
    operation_id: str
    module: str  # the generated endpoint module, e.g. "enlivy_client.api.tags.get_tag"
    secured: bool = True
    path_defaults: tuple[str, ...] = ()  # path arguments the client can fill (organization_id)
    unwrap: type[Any] | None = None  # the body is {"data": <this model>}: parse returns it

    @functools.cached_property
    def _endpoint(self) -> Any:
        return importlib.import_module(self.module)

    @functools.cached_property
    def build(self) -> Callable[..., WireRequest]:
        """The generated ``build_request``."""
        build: Callable[..., WireRequest] = self._endpoint.build_request
        return build

    @functools.cached_property
    def parse(self) -> Callable[[Any], T]:
        """The generated ``parse_response`` (unwrapped, see :func:`unwrap_data`)."""
        parse: Callable[[Any], T] = self._endpoint.parse_response
        return parse if self.unwrap is None else unwrap_data(parse, self.unwrap)

    @functools.cached_property
    def arguments(self) -> Mapping[str, tuple[str, str]]:
        """Python name -> (where it travels, wire name): the generated ``ARGUMENTS``."""
        arguments: Mapping[str, tuple[str, str]] = self._endpoint.ARGUMENTS
        return arguments


@dataclass(frozen=True)
class ListOperation(Operation[P], Generic[P]):
    """A list operation: ``parse`` gives the page model, ``paging`` walks the pages."""

    paging: PagingStyle = field(default_factory=lambda: PagingStyle(None))


def unwrap_data(parse: Callable[[Any], Any], model: type[M]) -> Callable[[Any], M]:
    """Wrap a parser of ``{"data": {...}}`` bodies so it returns what is inside. A body that
    arrives without the wrapper (Enlivy's documented create sample) is read as the inner model;
    any other shape is refused."""

    def parse_inner(response: Any) -> M:
        body = response.json()
        bare = isinstance(body, Mapping) and "data" not in body
        try:
            outer = parse(response)  # also refuses a status the spec does not document
        except (KeyError, TypeError, ValueError, AttributeError):
            if bare:
                return model.from_dict(body)
            raise
        inner = getattr(outer, "data", None)
        if isinstance(inner, model):
            return inner
        if bare:
            return model.from_dict(body)
        raise ValueError("the body's data is not an object of the documented model")

    return parse_inner


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
        path_defaults: Mapping[str, str | None] | None = None,
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

    # -- introspection -------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        return self._base_url

    @property
    def auth(self) -> httpx.Auth | None:
        return self._auth

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self._base_url!r})"

    @functools.cached_property
    def _validator(self) -> RequestValidator:
        return RequestValidator(load_spec(self._definition.package), api=self._definition.name)

    @functools.cached_property
    def _unexpected_status(self) -> type[Exception]:
        generated_errors = importlib.import_module(f"{self._definition.package}.errors")
        kind: type[Exception] = generated_errors.UnexpectedStatus
        return kind

    # -- request -------------------------------------------------------------------------

    def _build(self, operation: Operation[Any], arguments: dict[str, Any]) -> WireRequest:
        """The generated request shape, with the client's path defaults filled in."""
        for name in operation.path_defaults:
            if arguments.get(name) is None:
                default = self._path_defaults.get(name)
                if default is None:
                    raise TypeError(
                        f"{operation.call}() needs {name}: pass it, or give the client one"
                    )
                arguments[name] = default
        # str keys, bounded nesting; arguments left out (UNSET, most of them) need no walk
        unset = _unset_of(self._definition.package)
        given = {name: value for name, value in arguments.items() if type(value) is not unset}
        _options.check_arguments(self._definition.name, given)
        try:
            return operation.build(**arguments)
        except RecursionError:
            raise errors.ValidationError(
                f"{operation.call}(): the arguments nest too deeply (or refer to themselves)",
                api=self._definition.name,
            ) from None

    def _prepare(
        self,
        operation: Operation[Any],
        request: WireRequest,
        *,
        idempotency_key: str | None,
        timeout: float | httpx.Timeout | None,
        max_retries: int | None,
        checked: bool = False,
        check_only: bool = False,
    ) -> dict[str, Any]:
        """Check a built request and return the arguments for ``httpx.Client.build_request``.
        ``checked``: the same request already passed the spec's checks (a list's first page);
        ``check_only``: check, build nothing (a list, checked when it is made)."""
        check_usable(self)  # closed, or (async) another event loop
        api = self._definition
        options = {"idempotency_key": idempotency_key, "timeout": timeout}
        if max_retries is not None:
            options["max_retries"] = max_retries
        _options.check_call_options(api.name, options, api.idempotency_header)
        missing = () if checked else [k for k, v in request.path_params.items() if v is None]
        if missing:  # None where the URL needs a value: refused rather than sent as "None"
            python = {wire: name for name, (where, wire) in operation.arguments.items()}
            raise errors.ValidationError(
                f"{operation.call}(): nothing was sent",
                errors={
                    python.get(name, name): ["is required (got None)"] for name in sorted(missing)
                },
                api=self._definition.name,
            )
        json_body = (
            None if request.body is _no_body(request) or request.kind != "json" else (request.body)
        )
        if not checked:
            self._validator.check(
                operation.operation_id,
                path=request.path_params,
                query=request.query,
                body=json_body,
                call=operation.call,
                arguments=operation.arguments,
            )
        url = self._base_url + request.url()
        if not operation.secured:  # no auth flow will look at this URL (e.g. a login)
            require_secure_url(httpx.URL(url))
        pairs = request.query_pairs()
        if not checked:
            values = {**request.path_params, **request.query}
            _options.check_url_length(api.name, url, pairs, values)
        if check_only:
            return {}
        headers = dict(request.headers)
        retry_unsafe = False
        header = self._definition.idempotency_header
        if header and request.method in ("POST", "PATCH"):
            # One key per logical call, reused by every retry of it.
            headers[header] = (
                str(idempotency_key) if idempotency_key is not None else (str(uuid.uuid4()))
            )
            retry_unsafe = True
        # Always explicit per request: a caller's http_client may be shared by several clients.
        retries = self._policy.max_retries if max_retries is None else max_retries
        limits = self._timeout if timeout is None else _timeout(timeout)
        params: Any = None  # not []: httpx re-parses the URL to merge even an empty query
        if pairs and self._http.params:
            params = pairs  # merged with the client's default params by httpx
        elif pairs:
            # The query in the URL, parsed once by httpx instead of twice. urlencode is what
            # httpx.QueryParams encodes with; the pairs come from a dict (a list's values
            # adjacent), so its grouping of repeated names would change nothing.
            url += "?" + urlencode(pairs)
        build: dict[str, Any] = {
            "method": request.method,
            "url": url,
            "params": params,
            "headers": headers,
            "timeout": limits,
            "extensions": {
                EXTENSION: RequestOptions(
                    api=api.name,
                    max_retries=retries,
                    retry_unsafe=retry_unsafe,
                    deadline=_options.call_deadline(limits),  # the whole call, retries included
                    max_response_bytes=self._max_response_bytes,
                )
            },
        }
        if request.body is not _no_body(request):
            build[request.kind] = request.body
        return build

    def _checked(
        self,
        operation: Operation[Any],
        request: WireRequest,
        idempotency_key: str | None,
        timeout: float | httpx.Timeout | None,
        max_retries: int | None,
        checked: bool = False,
    ) -> dict[str, Any]:
        """:meth:`_prepare` for a request that is sent."""
        return self._prepare(
            operation,
            request,
            idempotency_key=idempotency_key,
            timeout=timeout,
            max_retries=max_retries,
            checked=checked,
        )

    def _auth_for(self, operation: Operation[Any]) -> httpx.Auth | None:
        return self._auth if operation.secured else None

    # -- response ------------------------------------------------------------------------

    def _finish(self, operation: Operation[T], response: httpx.Response) -> APIResponse[T]:
        """Raise the mapped error for a failure; otherwise parse the body into its model."""
        # The body is read. httpx's client left the response's stream wrapped in one that refers
        # back to the response: a reference cycle that only the cyclic garbage collector frees,
        # which makes it run more often (and longer) with many requests in flight.
        response.stream = httpx.ByteStream(response.content)
        if not response.is_success:
            raise error_from_response(self._definition.name, response)
        body = _decode(response)  # decoded once, used by the fault check and the parser
        if self._definition.fault_envelopes and _faulted(body):
            raise error_from_response(self._definition.name, response)
        try:
            parsed = operation.parse(_Decoded(response, body))
        except self._unexpected_status:
            raise self._unexpected(
                operation,
                response,
                f"{operation.call}() got HTTP {response.status_code}, which the spec does not "
                f"document for {operation.operation_id}",
            ) from None
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            # Whatever a hostile body makes the generated parser trip on is the vendor's fault.
            raise self._unexpected(
                operation,
                response,
                f"the response to {operation.call}() does not fit the documented model "
                f"({type(error).__name__}: {_short(error)})",
            ) from None
        return APIResponse(parsed, response, None if body is _NOT_JSON else body)

    def _unexpected(
        self, operation: Operation[Any], response: httpx.Response, message: str
    ) -> errors.UnexpectedResponseError:
        return errors.UnexpectedResponseError(
            message,
            api=self._definition.name,
            status_code=response.status_code,
            request_id=request_id_of(response),
            body=json_body(response),
            response=response,
        )

    def _page(
        self, operation: ListOperation[Any], query: dict[str, Any], result: APIResponse[Any]
    ) -> Page[Any]:
        items = operation.paging.items_of(result.parsed)
        next_query = operation.paging.next_query(query, result.json(), len(items))
        return Page(items=items, response=result, next_query=next_query)


def _no_body(request: WireRequest) -> Any:
    """The generated package's NO_BODY marker (each package has its own)."""
    return _no_body_of(type(request).__module__)


@functools.cache  # looked up on every call: once per generated package
def _no_body_of(module: str) -> Any:
    return importlib.import_module(module).NO_BODY


@functools.cache
def _unset_of(package: str) -> type:
    """The generated package's ``Unset`` type (each package has its own)."""
    unset: type = importlib.import_module(f"{package}.types").Unset
    return unset


def _short(error: Exception) -> str:
    text = str(error)
    return text if len(text) <= 200 else text[:200] + "..."


def _timeout(value: float | httpx.Timeout | None) -> httpx.Timeout:
    return _options.timeout(value, default=DEFAULT_TIMEOUT)


class _Decoded:
    """A response whose JSON body is already decoded: the generated parser reads it from here
    instead of decoding the same bytes again."""

    def __init__(self, response: httpx.Response, body: Any) -> None:
        self.status_code = response.status_code
        self.content = response.content
        self.headers = response.headers
        self._response = response
        self._body = body

    @property
    def text(self) -> str:
        return self._response.text

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


# --- resources ------------------------------------------------------------------------------


def _suggesting(function: Callable[..., Any]) -> Callable[..., Any]:
    """``function``, whose TypeError for a misspelled keyword argument names the nearest
    argument it takes (Python 3.11 and 3.12 do not; 3.13 does, and is left to say it)."""
    names = [name for name in inspect.signature(function).parameters if name != "self"]

    @functools.wraps(function)
    def call(*args: Any, **kwargs: Any) -> Any:
        try:
            return function(*args, **kwargs)
        except TypeError as error:
            text = str(error)
            trace = error.__traceback__
            # Only the binding of the arguments (raised by this very call), not a TypeError
            # from inside the method. Async methods bind when called, so this covers them too.
            unexpected = re.search(r"unexpected keyword argument '([^']*)'", text)
            if trace is None or trace.tb_next is not None or unexpected is None:
                raise
            if "did you mean" in text.lower():
                raise
            near = difflib.get_close_matches(unexpected.group(1), names, n=1)
            if not near:
                raise
            raise TypeError(f"{text}; did you mean {near[0]!r}?") from None

    mark = getattr(inspect, "markcoroutinefunction", None)  # Python 3.12+
    if mark is not None and inspect.iscoroutinefunction(function):
        mark(call)
    return call


class _Resource:
    """What the generated resource classes share: each public method suggests the nearest
    argument name when a keyword argument is misspelled."""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        for name, value in list(vars(cls).items()):
            if not name.startswith("_") and inspect.isfunction(value):
                setattr(cls, name, _suggesting(value))


class SyncResource(_Resource):
    """Base of the generated sync resource classes (``client.organizations`` etc.)."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"


class AsyncResource(_Resource):
    """Base of the generated async resource classes."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"


# --- sync ---------------------------------------------------------------------------------------


class SyncAPIClient(_Core):
    """The synchronous client; one per API (``facade.Fiskaly`` etc.). Thread-safe."""

    _http: httpx.Client

    def _new_http(self) -> httpx.Client:
        return _http.Client(transport=RetryTransport(httpx.HTTPTransport(), self._policy))

    def _call(
        self,
        operation: Operation[T],
        arguments: dict[str, Any],
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> T:
        request = self._build(operation, arguments)
        return self._send(operation, request, idempotency_key, timeout, max_retries).parsed

    def _call_raw(
        self,
        operation: Operation[T],
        arguments: dict[str, Any],
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> APIResponse[T]:
        request = self._build(operation, arguments)
        return self._send(operation, request, idempotency_key, timeout, max_retries)

    def _list(
        self,
        operation: ListOperation[Any],
        arguments: dict[str, Any],
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Paginator[Any]:
        request = self._build(operation, arguments)
        # Checked now, so bad input fails at the call, not at the first iteration.
        self._prepare(
            operation,
            request,
            idempotency_key=None,
            timeout=timeout,
            max_retries=0,
            check_only=True,
        )

        def fetch(query: dict[str, Any]) -> Page[Any]:
            page = _with_query(request, query)
            checked = query == request.query  # the first page: checked above
            result = self._send(operation, page, None, timeout, max_retries, checked)
            return self._page(operation, query, result)

        return Paginator(fetch, dict(request.query))

    def _send(
        self,
        operation: Operation[T],
        request: WireRequest,
        idempotency_key: str | None,
        timeout: float | httpx.Timeout | None,
        max_retries: int | None,
        checked: bool = False,
    ) -> APIResponse[T]:
        build = self._checked(operation, request, idempotency_key, timeout, max_retries, checked)
        http_request = self._http.build_request(**build)
        try:
            # Never follow redirects, whatever the caller's client says: a redirect could carry
            # credentials to another host, or over plain http (no API here needs one).
            response = self._http.send(
                http_request, auth=self._auth_for(operation), follow_redirects=False
            )
        except httpx.TransportError as error:
            raise connection_error(self._definition.name, error) from error
        return self._finish(operation, response)

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
        return _http.AsyncClient(transport=transport)

    # _call and _call_raw check and build the request at once, in a plain function, and return
    # the coroutine that sends it: nothing the call was given (the arguments, the generated
    # request, the checked pieces) stays referenced while it waits for the network. With many
    # calls in flight, what each one holds while it waits is what Python's cyclic garbage
    # collector has to walk, again and again (bench/RESULTS.md, benchmark 2). The resource
    # methods await them at once, so errors still surface where the call is awaited.

    def _call(
        self,
        operation: Operation[T],
        arguments: dict[str, Any],
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Coroutine[Any, Any, T]:
        request = self._build(operation, arguments)
        parsed: Coroutine[Any, Any, T] = self._dispatch(
            operation, request, idempotency_key, timeout, max_retries, parsed=True
        )
        return parsed

    def _call_raw(
        self,
        operation: Operation[T],
        arguments: dict[str, Any],
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Coroutine[Any, Any, APIResponse[T]]:
        request = self._build(operation, arguments)
        raw: Coroutine[Any, Any, APIResponse[T]] = self._dispatch(
            operation, request, idempotency_key, timeout, max_retries, parsed=False
        )
        return raw

    def _list(
        self,
        operation: ListOperation[Any],
        arguments: dict[str, Any],
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AsyncPaginator[Any]:
        request = self._build(operation, arguments)
        self._prepare(
            operation,
            request,
            idempotency_key=None,
            timeout=timeout,
            max_retries=0,
            check_only=True,
        )

        async def fetch(query: dict[str, Any]) -> Page[Any]:
            page = _with_query(request, query)
            checked = query == request.query  # the first page: checked above
            result = await self._dispatch(
                operation, page, None, timeout, max_retries, parsed=False, checked=checked
            )
            return self._page(operation, query, result)

        return AsyncPaginator(fetch, dict(request.query))

    def _dispatch(
        self,
        operation: Operation[Any],
        request: WireRequest,
        idempotency_key: str | None,
        timeout: float | httpx.Timeout | None,
        max_retries: int | None,
        *,
        parsed: bool,
        checked: bool = False,
    ) -> Coroutine[Any, Any, Any]:
        """Check ``request`` and return the coroutine that sends it: straight over aiohttp when
        the client allows it (``facade/_direct.py``), else through httpx's client."""
        build = self._checked(operation, request, idempotency_key, timeout, max_retries, checked)
        route = self._direct_route(operation, request)
        if route is None:
            return self._exchange(operation, self._http.build_request(**build), parsed=parsed)
        static = self._static_credentials if operation.secured else None
        credentials, secrets = static if static is not None else ([], ())
        call = DirectCall.of(build, credentials, secrets)
        return self._exchange_direct(route, operation, call, parsed=parsed)

    def _direct_route(self, operation: Operation[Any], request: WireRequest) -> DirectRoute | None:
        route: DirectRoute | None = getattr(self._http, DIRECT_ROUTE, None)
        if route is None or not route.serves(self._http):
            return None
        if operation.secured and self._static_credentials is None:
            return None  # a token flow (fiskaly): httpx's client runs it
        if request.body is not _no_body(request) and request.kind != "json":
            return None  # form and multipart bodies: httpx encodes them
        return route

    @functools.cached_property
    def _static_credentials(self) -> tuple[list[tuple[str, str]], tuple[Secret, ...]] | None:
        """The credential headers every secured call carries, when they are fixed (the base
        URL they may travel to was checked when the client was made)."""
        auth = self._auth
        if isinstance(auth, StaticHeaderAuth):
            return auth.credential_headers()
        return None

    async def _exchange(
        self, operation: Operation[T], http_request: httpx.Request, *, parsed: bool = False
    ) -> Any:
        """Send; the APIResponse, or with ``parsed`` only its model (one coroutine either way,
        for the reason given above ``_call``)."""
        try:
            response = await self._http.send(  # no redirects: see SyncAPIClient._send
                http_request, auth=self._auth_for(operation), follow_redirects=False
            )
        except httpx.TransportError as error:
            raise connection_error(self._definition.name, error) from error
        result = self._finish(operation, response)
        return result.parsed if parsed else result

    async def _exchange_direct(
        self, route: DirectRoute, operation: Operation[T], call: DirectCall, *, parsed: bool
    ) -> Any:
        """As :meth:`_exchange`, straight over aiohttp. A fault envelope (Envoice) is an error
        read from a success, so those APIs keep the request for it too."""
        keep = not parsed or self._definition.fault_envelopes
        try:
            response = await route.send(call, self._http, keep_request=keep)
        except httpx.TransportError as error:
            raise connection_error(self._definition.name, error) from error
        result = self._finish(operation, response)
        return result.parsed if parsed else result

    async def aclose(self) -> None:
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self: _A) -> _A:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()


def _with_query(request: WireRequest, query: dict[str, Any]) -> WireRequest:
    """The same request for another page."""
    return type(request)(  # type: ignore[call-arg]
        request.method,
        request.path,
        request.path_params,
        query,
        request.headers,
        request.body,
        request.kind,
    )


def resolve_base_url(definition: ApiDefinition, base_url: str | None) -> str:
    """The explicit base URL, else the API's environment variable, else the vendor's URL."""
    env = os.environ.get(definition.base_url_env)
    source = "base_url" if base_url else definition.base_url_env if env else "the default URL"
    return _options.base_url(base_url or env or definition.default_base_url, source=source)


def env_or(value: str | None, name: str) -> str | None:
    """An explicit value, else the environment variable ``name``."""
    return value if value is not None else os.environ.get(name) or None
