"""The one place where the pipeline changes how openapi-python-client (pinned) behaves.

The generator refuses an operation whose parameters share a Python identifier once their names
are cleaned up (Twilio's ``StartTime``, ``StartTime<`` and ``StartTime>`` filters, all three
``StartTime``), and drops the operation with a warning. Its names for parameters are not used:
our endpoint template (``templates/client/endpoint_module.py.jinja``) names every argument from
``typed.py`` (``Arg.python_name``, unique per operation) and sends each under its wire name. So
when the generator's own names clash, they are made unique here (``start_time``,
``start_time_2``) instead of the operation being refused. Nothing else is changed, and an
operation without such a clash is parsed exactly as before.
"""

from __future__ import annotations

from typing import Any

from openapi_python_client.parser.errors import ParseError
from openapi_python_client.parser.openapi import Endpoint

CLASH = "Parameters with same Python identifier"
_ORIGINAL = Endpoint._check_parameters_for_conflicts


def _check_parameters_for_conflicts(
    self: Endpoint, *, config: Any, previously_modified_params: Any = None
) -> Endpoint | ParseError:
    result = _ORIGINAL(self, config=config, previously_modified_params=previously_modified_params)
    if not isinstance(result, ParseError) or CLASH not in str(result.detail):
        return result
    used: set[str] = {"client", "url"}  # the generator's reserved names stay reserved
    for _, prop in self.iter_all_parameters():
        base = str(prop.python_name)
        name, n = base, 2
        while name in used:
            name, n = f"{base}_{n}", n + 1
        if name != base:
            prop.set_python_name(new_name=name, config=config, skip_snake_case=True)  # type: ignore[arg-type]
        used.add(str(prop.python_name))
    return self


def install() -> None:
    """Idempotent; called when the pipeline's generator drivers are imported."""
    Endpoint._check_parameters_for_conflicts = _check_parameters_for_conflicts  # type: ignore[method-assign]


install()
