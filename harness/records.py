"""Record types shared by the rule engine, the runs and the reports.

In memory these are frozen dataclasses with slots (cheap, hashable, immutable);
at file boundaries they are converted to plain JSON.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any, Mapping


class Severity(str, Enum):
    """How much a finding matters. Only ``error`` makes a record fail."""

    ERROR = "error"
    WARNING = "warning"
    PREVIEW = "preview"  # reported, never gates

    @classmethod
    def parse(cls, value: str) -> "Severity":
        try:
            return cls(value.lower())
        except ValueError:
            allowed = ", ".join(s.value for s in cls)
            raise ValueError(f"unknown severity {value!r} (allowed: {allowed})") from None


@dataclass(frozen=True, slots=True)
class Span:
    """Half-open character range into a record's output."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Hit:
    """What a check yields: where, the values for its message, optional data.

    The engine turns a hit into a Finding, adding id, name, severity and the
    formatted message, so that metadata has one source: the check declaration.
    """

    start: int
    end: int
    values: Mapping[str, Any] = field(default_factory=dict)
    data: Mapping[str, Any] | None = None


@dataclass(frozen=True, slots=True)
class Finding:
    check: str
    name: str
    severity: Severity
    message: str
    start: int
    end: int
    data: Mapping[str, Any] | None = None

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "check": self.check,
            "name": self.name,
            "severity": self.severity.value,
            "message": self.message,
            "start": self.start,
            "end": self.end,
        }
        if self.data:
            out["data"] = dict(self.data)
        return out


@dataclass(frozen=True, slots=True)
class RecordResult:
    """The findings of one record. It passes when no finding is an error."""

    id: str
    findings: tuple[Finding, ...]

    @property
    def passed(self) -> bool:
        return not any(f.severity is Severity.ERROR for f in self.findings)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "passed": self.passed,
            "findings": [f.to_json() for f in self.findings],
        }
