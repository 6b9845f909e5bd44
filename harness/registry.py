"""The check registry: checks are small functions declared with ``@check``.

A check receives a :class:`Document` and its options as keyword-only
parameters (their defaults are the documented defaults) and yields
:class:`~harness.records.Hit` objects. Id, name, default severity and the
Spanish message template live in the declaration only.
"""

from __future__ import annotations

import importlib
import inspect
import re
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Iterator

from harness.records import Hit, Severity

ID_RE = re.compile(r"^[A-Z]{3}\d{3}$")
NAME_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

CheckFunc = Callable[..., Iterable[Hit]]


class Document:
    """One record under check: the output text, the input (any JSON value),
    and a memo where checks share derived analyses (tokens, codes, evidence)
    so each is computed once per record whatever the number of checks."""

    __slots__ = ("output", "input", "_memo")

    def __init__(self, output: str, input: Any) -> None:
        self.output = output
        self.input = input
        self._memo: dict[Any, Any] = {}

    def memo(self, key: Any, compute: Callable[["Document"], Any]) -> Any:
        try:
            return self._memo[key]
        except KeyError:
            value = self._memo[key] = compute(self)
            return value


@dataclass(frozen=True, slots=True)
class CheckSpec:
    id: str
    name: str
    severity: Severity
    message: str
    func: CheckFunc
    options: dict[str, Any]

    @property
    def family(self) -> str:
        return self.id[:3]

    @property
    def doc(self) -> str:
        return inspect.getdoc(self.func) or ""

    def run(self, doc: Document, options: dict[str, Any]) -> Iterator[Hit]:
        return iter(self.func(doc, **options))


_REGISTRY: dict[str, CheckSpec] = {}
_BUILTINS_LOADED = False


def check(id: str, name: str, severity: Severity | str, message: str) -> Callable[[CheckFunc], CheckFunc]:
    """Declare a check. Options are the function's keyword-only parameters."""

    def register(func: CheckFunc) -> CheckFunc:
        if not ID_RE.match(id):
            raise ValueError(f"check id {id!r} must look like ABC123")
        if not NAME_RE.match(name):
            raise ValueError(f"check name {name!r} must be kebab-case")
        params = inspect.signature(func).parameters.values()
        options = {}
        for p in params:
            if p.kind is p.KEYWORD_ONLY:
                if p.default is p.empty:
                    raise ValueError(f"{id}: option {p.name!r} needs a default")
                options[p.name] = p.default
        for other in _REGISTRY.values():
            if other.func is not func and (other.id == id or other.name == name):
                raise ValueError(f"duplicate check id or name: {id} {name}")
        _REGISTRY[id] = CheckSpec(id, name, Severity(severity), message, func, options)
        return func

    return register


def all_checks() -> dict[str, CheckSpec]:
    """Every registered check by id, loading the built-in ``checks`` package once."""
    global _BUILTINS_LOADED
    if not _BUILTINS_LOADED:
        importlib.import_module("checks")
        _BUILTINS_LOADED = True
    return dict(sorted(_REGISTRY.items()))


# The engine's own check: a check that raised. Declared here so it has an id,
# name and message like any other, but it is never selected or run directly.
CRASH_ID = "HAR001"
CRASH = CheckSpec(
    CRASH_ID,
    "check-crashed",
    Severity.ERROR,
    "La verificación {check} falló con un error interno: {error}",
    lambda doc: iter(()),
    {},
)
