"""The rule engine: runs the selected checks over records and collects findings.

A check that raises does not abort the record: it becomes a ``HAR001``
finding (pandera's CHECK_ERROR idea) and the other checks still run.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import partial
from typing import Any, Callable, Iterable

from harness.config import Config
from harness.errors import ConfigError
from harness.records import Finding, Hit, RecordResult, Severity
from harness.registry import CRASH, CheckSpec, Document, all_checks


@dataclass(frozen=True, slots=True)
class _Active:
    spec: CheckSpec
    severity: Severity
    options: dict[str, Any]
    # the check with its options bound once: per record, a call with no keyword unpacking
    run: Callable[[Document], Iterable[Hit]]


def _matches(check_id: str, selectors: Iterable[str]) -> bool:
    return any(check_id.startswith(s) for s in selectors)


def _coerce(check_id: str, name: str, default: Any, value: Any, where: str) -> Any:
    # bool is an int subclass: compare exact types, but let ints stand for floats.
    if isinstance(default, bool) or not isinstance(default, (int, float)):
        ok = type(value) is type(default) or (isinstance(default, tuple) and isinstance(value, list))
    else:
        ok = isinstance(value, (int, float)) and not isinstance(value, bool)
        if ok and isinstance(default, int) and not isinstance(value, int):
            ok = False
    if not ok:
        raise ConfigError(
            f"{where}: option {check_id}.{name} expects {type(default).__name__}, got {value!r}"
        )
    return tuple(value) if isinstance(default, tuple) else value


class Engine:
    """Resolves a Config against the registry once, then checks records."""

    def __init__(self, config: Config | None = None) -> None:
        self.config = config or Config()
        cfg = self.config
        registry = all_checks()
        known = list(registry)
        # Every problem of the configuration, each located (FILE:LINE, or the
        # command-line option), reported together: fixing one at a time is slow.
        problems: list[str] = []
        for key, selectors in (("select", cfg.select), ("ignore", cfg.ignore)):
            for selector in selectors:
                if not any(k.startswith(selector.strip().upper()) for k in known) or not selector.strip():
                    problems.append(f"{cfg.where(key)}: unknown check selector {selector!r}")
        for key, table in (("severity", cfg.severity), ("options", cfg.options)):
            for check_id in table:
                if check_id not in registry:
                    problems.append(f"{cfg.where(key, check_id)}: unknown check id {check_id!r}")
        select = [s.strip().upper() for s in cfg.select]
        ignore = [s.strip().upper() for s in cfg.ignore]
        active: list[_Active] = []
        resolved: dict[str, dict[str, Any]] = {}  # every check's options, active or not
        for check_id, spec in registry.items():
            options = dict(spec.options)
            for name, value in cfg.options.get(check_id, {}).items():
                where = cfg.where("options", check_id, name)
                if name not in spec.options:
                    problems.append(f"{where}: check {check_id} has no option {name!r}"
                                    f" (options: {', '.join(spec.options) or 'none'})")
                    continue
                try:
                    options[name] = _coerce(check_id, name, spec.options[name], value, where)
                except ConfigError as exc:
                    problems.append(str(exc))
            resolved[check_id] = options
            if (select and not _matches(check_id, select)) or _matches(check_id, ignore):
                continue
            severity = spec.severity
            if check_id in cfg.severity:
                severity = Severity.parse(cfg.severity[check_id])
            active.append(_Active(spec, severity, options, partial(spec.func, **options)))
        if problems:
            raise ConfigError("\n".join(problems))
        self._active = tuple(active)
        self._options = resolved

    @property
    def checks(self) -> tuple[CheckSpec, ...]:
        return tuple(a.spec for a in self._active)

    def describe(self) -> dict[str, Any]:
        """Every effective setting, for the record of a run."""
        return {
            "source": self.config.source,
            "select": list(self.config.select),
            "ignore": list(self.config.ignore),
            "checks": {
                a.spec.id: {
                    "name": a.spec.name,
                    "severity": a.severity.value,
                    "options": {k: list(v) if isinstance(v, tuple) else v for k, v in a.options.items()},
                }
                for a in self._active
            },
        }

    def check(self, output: str, input: Any, id: str = "") -> RecordResult:
        doc = Document(output, input, self._options)
        findings: list[Finding] = []
        size = len(output)
        for active in self._active:
            spec = active.spec
            try:
                for hit in active.run(doc):
                    start = min(max(hit.start, 0), size)
                    end = min(max(hit.end, start), size)
                    findings.append(
                        Finding(
                            spec.id,
                            spec.name,
                            active.severity,
                            spec.message.format(**hit.values),
                            start,
                            end,
                            hit.data,
                        )
                    )
            except Exception as exc:  # a crashing check is a finding, not an abort
                error = f"{type(exc).__name__}: {exc}"
                findings.append(
                    Finding(
                        CRASH.id,
                        CRASH.name,
                        CRASH.severity,
                        CRASH.message.format(check=spec.id, error=error),
                        0,
                        0,
                        {"check": spec.id, "error": error},
                    )
                )
        findings.sort(key=lambda f: (f.start, f.end, f.check))
        return RecordResult(id, tuple(findings))


class Summary:
    """The ``summary`` of the check document, counted as records pass by (a
    stream of a million records keeps only these counts)."""

    __slots__ = ("records", "passed", "by_check")

    def __init__(self) -> None:
        self.records = 0
        self.passed = 0
        self.by_check: Counter[str] = Counter()

    def add(self, passed: bool, checks: Iterable[str]) -> None:
        self.records += 1
        self.passed += passed
        self.by_check.update(checks)

    def to_json(self) -> dict[str, Any]:
        return {"records": self.records, "passed": self.passed, "by_check": dict(sorted(self.by_check.items()))}


def summarize(results: Iterable[RecordResult]) -> dict[str, Any]:
    summary = Summary()
    for result in results:
        summary.add(result.passed, (f.check for f in result.findings))
    return summary.to_json()
