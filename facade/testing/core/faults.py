"""Fault injection: make chosen requests slow, fail, throttle or break off mid-response.

A rule matches by API, method and path (a regular expression searched in the path below the
API's base URL); the first matching rule that still has uses left applies.
"""

from __future__ import annotations

import random
import re
import threading
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Fault:
    """What to do to matching requests.

    ``status``: answer with this status (and the API's error body) instead of the real answer;
    ``times``: only for the next N matching requests (None: every time);
    ``rate``: only with this probability (seeded, so runs repeat);
    ``latency``: seconds to wait before answering;
    ``retry_after``: a ``Retry-After`` header value to send with ``status``;
    ``drop``: start the response, then cut the connection;
    ``body``: raw text to send with ``status`` instead of the API's error body (an HTML page,
    truncated JSON ...);
    ``after``: let the emulator act on the request first, then apply ``status`` or ``drop`` to
    its answer ("the write happened, the client never heard"). Without it the fault replaces
    the emulator: nothing happens on the server.
    """

    api: str | None = None
    method: str | None = None
    path: str | None = None
    status: int | None = None
    times: int | None = None
    rate: float | None = None
    latency: float = 0.0
    retry_after: str | None = None
    drop: bool = False
    body: str | None = None
    after: bool = False
    hits: int = 0
    _pattern: re.Pattern[str] | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        self._pattern = re.compile(self.path) if self.path else None
        if self.rate is not None and not 0.0 <= self.rate <= 1.0:
            raise ValueError("rate is a probability between 0 and 1")
        if self.after and self.status is None and not self.drop:
            raise ValueError("after=True needs status or drop: what should happen to the answer")

    def matches(self, api: str, method: str, path: str) -> bool:
        return (
            (self.api is None or self.api == api)
            and (self.method is None or self.method.upper() == method.upper())
            and (self._pattern is None or self._pattern.search(path) is not None)
        )


class Faults:
    """The fault rules of one sandbox. Thread-safe."""

    def __init__(self, seed: int = 0) -> None:
        self._rules: list[Fault] = []
        self._lock = threading.Lock()
        self._random = random.Random(seed)  # noqa: S311 - repeatable fault rates, not security

    def add(self, **settings: Any) -> Fault:
        """Add a rule (see :class:`Fault` for the settings); returns it, e.g. to read ``hits``."""
        rule = Fault(**settings)
        with self._lock:
            self._rules.append(rule)
        return rule

    def remove(self, rule: Fault) -> None:
        with self._lock:
            if rule in self._rules:
                self._rules.remove(rule)

    def clear(self) -> None:
        with self._lock:
            self._rules.clear()

    def pick(self, api: str, method: str, path: str) -> Fault | None:
        """The rule to apply to this request, if any (using up one of its ``times``)."""
        with self._lock:
            for rule in self._rules:
                if not rule.matches(api, method, path):
                    continue
                if rule.times is not None and rule.hits >= rule.times:
                    continue
                if rule.rate is not None and self._random.random() >= rule.rate:
                    continue
                rule.hits += 1
                return rule
        return None

    def __len__(self) -> int:
        return len(self._rules)
