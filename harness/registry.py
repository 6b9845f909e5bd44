"""The check registry: checks are small functions declared with ``@check``.

A check receives a :class:`Document` and its options as keyword-only
parameters (their defaults are the documented defaults) and yields
:class:`~harness.records.Hit` objects. Id, name, default severity and the
Spanish message template live in the declaration only.

Checks are found the way pytest finds its plugins: through the entry point
group ``epicrisis.checks``. Each entry point names a module (or one function);
every ``@check`` function it holds joins the registry. This project's own
families are registered there like anyone else's (pyproject.toml), so the
registry names no package and a hospital ships its own rules in its own
distribution without editing this one (README, "Your own checks"). Entry
points load on the first :func:`all_checks`, once.

Ids are forever (shared/spec/checklist.md): an id is never reused, so two
checks may not share one, and a family prefix (the id's three letters)
belongs to one distribution, so that a new built-in HAL check can never
collide with a plugin's.
"""

from __future__ import annotations

import inspect
import re
import traceback
from dataclasses import dataclass, replace
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Mapping

from harness.errors import UsageError
from harness.records import Hit, Severity

if TYPE_CHECKING:
    from importlib.metadata import EntryPoint

GROUP = "epicrisis.checks"
ID_RE = re.compile(r"^[A-Z]{3}\d{3}$")
NAME_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

CheckFunc = Callable[..., Iterable[Hit]]

# Where @check leaves a function's declaration for the loader to find.
_SPEC_ATTR = "__epicrisis_check__"


class Document:
    """One record under check: the output text, the input (any JSON value),
    and a memo where checks share derived analyses (tokens, codes, evidence)
    so each is computed once per record whatever the number of checks."""

    __slots__ = ("output", "input", "_memo", "options")

    def __init__(self, output: str, input: Any, options: Mapping[str, Mapping[str, Any]] | None = None) -> None:
        self.output = output
        self.input = input
        self._memo: dict[Any, Any] = {}
        # every check's effective options by check id, as the engine resolved them: a check that
        # reads the text as another check does ('names its code', as COD005 reads it) uses that
        # check's configured options, not its defaults
        self.options = options or {}

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
    source: str = ""  # the distribution that ships it, "name version"; set when loaded

    @property
    def family(self) -> str:
        return self.id[:3]

    @property
    def doc(self) -> str:
        return inspect.getdoc(self.func) or ""

    def run(self, doc: Document, options: dict[str, Any]) -> Iterator[Hit]:
        return iter(self.func(doc, **options))


class PluginError(UsageError):
    """Entry points of the ``epicrisis.checks`` group that cannot be used,
    every problem collected, one line each naming the entry point and its
    distribution (the CLI prints it and exits 2)."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("\n".join(problems))


def check(id: str, name: str, severity: Severity | str, message: str) -> Callable[[CheckFunc], CheckFunc]:
    """Declare a check. Options are the function's keyword-only parameters."""

    def declare(func: CheckFunc) -> CheckFunc:
        if not ID_RE.match(id):
            raise ValueError(f"check id {id!r} must look like ABC123")
        if not NAME_RE.match(name):
            raise ValueError(f"check name {name!r} must be kebab-case")
        options = {}
        for p in inspect.signature(func).parameters.values():
            if p.kind is p.KEYWORD_ONLY:
                if p.default is p.empty:
                    raise ValueError(f"{id}: option {p.name!r} needs a default")
                options[p.name] = p.default
        setattr(func, _SPEC_ATTR, CheckSpec(id, name, Severity(severity), message, func, options))
        return func

    return declare


def declared_in(target: object) -> list[CheckSpec]:
    """The checks an entry point's target holds: a module's ``@check``
    functions (its own or re-exported), or the one check it names."""
    if isinstance(target, ModuleType):
        candidates: Iterable[object] = vars(target).values()
    else:
        candidates = (target,)
    found: dict[int, CheckSpec] = {}
    for value in candidates:
        # only functions: asking arbitrary module attributes for one would run
        # lazy-module and mock __getattr__ hooks
        spec = value.__dict__.get(_SPEC_ATTR) if inspect.isfunction(value) else None
        if isinstance(spec, CheckSpec):
            found[id(spec.func)] = spec
    return sorted(found.values(), key=lambda s: s.id)


# The engine's own check: a check that raised. Declared here so it has an id,
# name and message like any other, but it is never selected or run directly;
# its family is the engine's, closed to entry points.
CRASH_ID = "HAR001"
CRASH = CheckSpec(
    CRASH_ID,
    "check-crashed",
    Severity.ERROR,
    "La verificación {check} falló con un error interno: {error}",
    lambda doc: iter(()),
    {},
    "the engine",
)


def _distribution(ep: EntryPoint) -> tuple[str, str]:
    """(owner, label): the distribution's name, and how messages show it."""
    dist = ep.dist
    if dist is None:  # an EntryPoint built by hand, not read from metadata
        return ep.module.partition(".")[0], f"module {ep.module}"
    meta = dist.metadata  # read and parsed on every access (dist.name and dist.version each read it)
    return meta["Name"], f"{meta['Name']} {meta['Version']}"


def _where(exc: BaseException) -> str:
    """The plugin's own line that failed, not the import machinery's or ours."""
    if isinstance(exc, SyntaxError) and exc.filename:
        return f"{exc.filename}:{exc.lineno}: "
    ours = Path(__file__).resolve()
    for frame in reversed(traceback.extract_tb(exc.__traceback__)):
        name = frame.filename
        if name.startswith("<") or "importlib" in Path(name).parts or Path(name).resolve() == ours:
            continue
        return f"{name}:{frame.lineno}: "
    return ""


@dataclass(frozen=True, slots=True)
class _Declared:
    spec: CheckSpec
    owner: str  # distribution name: who a family belongs to
    label: str  # "name version", shown as the check's source
    where: str  # the entry point, for messages

    @property
    def detail(self) -> str:
        if self.spec is CRASH:
            return f"{CRASH.id} (the engine)"
        func = self.spec.func
        return f"{self.spec.id} ({func.__module__}.{func.__qualname__}, {self.where})"


def _entry_point(ep: EntryPoint, label: str) -> str:
    return f"entry point {ep.name} = {ep.value} (group {GROUP}) of {label}"


def _declarations(entry_points: Iterable[tuple[tuple[str, str], EntryPoint]],
                  problems: list[str]) -> list[_Declared]:
    """Load each entry point (with its _distribution); what fails to load or holds no check is a problem."""
    found: list[_Declared] = []
    seen: set[int] = set()
    for (owner, label), ep in entry_points:
        where = _entry_point(ep, label)
        try:
            target = ep.load()
        except Exception as exc:  # a broken plugin is a usage error, not a traceback
            problems.append(f"{where}: cannot be loaded: {_where(exc)}{type(exc).__name__}: {exc}")
            continue
        declared = declared_in(target)
        if not declared:
            problems.append(f"{where}: declares no checks (it must name a module of @check functions, or one)")
        for spec in declared:
            if id(spec.func) not in seen:  # one declaration reached through two entry points
                seen.add(id(spec.func))
                found.append(_Declared(spec, owner, label, where))
    return found


def _clashes(declared: list[_Declared]) -> list[str]:
    """Every family claimed by two distributions (or by a plugin, for the
    engine's own), every id and every name declared twice. Messages name both
    sides: which of two plugins came first says nothing about which is right."""
    problems: list[str] = []
    families: dict[str, dict[str, list[_Declared]]] = {}
    for d in declared:
        families.setdefault(d.spec.family, {}).setdefault(d.label, []).append(d)
    for family, by_dist in sorted(families.items()):
        if family == CRASH.family:
            problems.extend(f"check {d.detail}: family {family} belongs to the engine (HAR001 check-crashed); "
                            "use a prefix of your own" for ds in by_dist.values() for d in ds)
        elif len(by_dist) > 1:
            sides = "; ".join(f"{label}: {', '.join(d.detail for d in ds)}" for label, ds in sorted(by_dist.items()))
            problems.append(f"check family {family} is declared by {len(by_dist)} distributions ({sides}); a family "
                            "belongs to one distribution so that its ids stay unique forever: give one of them "
                            "a prefix of its own")
    for key in ("id", "name"):
        groups: dict[str, list[_Declared]] = {}
        for d in (_Declared(CRASH, "", "the engine", "the engine"), *declared):
            groups.setdefault(getattr(d.spec, key), []).append(d)
        for value, ds in sorted(groups.items()):
            # across distributions an id clash is already a family clash
            if len(ds) > 1 and (key == "name" or len({d.owner for d in ds}) == 1):
                problems.append(f"check {key} {value} is declared {len(ds)} times: "
                                f"{' and '.join(d.detail for d in sorted(ds, key=lambda d: d.spec.id))}; "
                                "ids and names are unique and never reused")
    return problems


def load_checks(entry_points: Iterable[EntryPoint] | None = None) -> dict[str, CheckSpec]:
    """Load every entry point of :data:`GROUP` (the installed ones by
    default) and return its checks by id; raise :class:`PluginError` listing
    every entry point that fails to import or declares nothing, and every id,
    name or family that two declarations claim."""
    if entry_points is None:
        from importlib.metadata import entry_points as installed

        entry_points = installed(group=GROUP)
    problems: list[str] = []
    # sorted so that messages do not depend on the order of sys.path; each entry point's
    # distribution read once (its metadata file is parsed on every read: 60 ms a start)
    ordered = sorted(((_distribution(e), e) for e in entry_points), key=lambda de: (de[0][0], de[1].name, de[1].value))
    declared = _declarations(ordered, problems)
    problems += _clashes(declared)
    if problems:
        raise PluginError(problems)
    if not declared:
        raise PluginError([f"no checks found: no installed distribution has entry points in group {GROUP} "
                           "(is epicrisis-harness installed? pip install -e .)"])
    return {d.spec.id: replace(d.spec, source=d.label) for d in declared}


_REGISTRY: dict[str, CheckSpec] = {}
_LOADED = False


def all_checks() -> dict[str, CheckSpec]:
    """Every registered check by id, loading the entry points on first use."""
    global _LOADED
    if not _LOADED:
        # fill only after everything loaded: a PluginError leaves no half registry
        _REGISTRY.update(load_checks())
        _LOADED = True
    return dict(sorted(_REGISTRY.items()))
