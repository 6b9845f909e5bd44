"""Rendering check results: JSON for tools (the spec's document), text for people."""

from __future__ import annotations

import json
import re
from collections import Counter
from typing import TYPE_CHECKING, Sequence

from harness import figures
from harness.engine import Engine, summarize
from harness.records import RecordResult

if TYPE_CHECKING:  # `check` must start fast: the verdict's schema loads only when a verdict is rendered
    from harness.schemas import Verdict


def render_json(results: Sequence[RecordResult], engine: Engine) -> str:
    document = {
        "records": [r.to_json() for r in results],
        "summary": summarize(results),
        "config": engine.describe(),
    }
    return json.dumps(document, ensure_ascii=False)


# Shown as escapes, never written raw to a terminal: C0 and C1 controls and DEL
# (ESC starts the sequences that clear screens, retitle windows, or hide text),
# line and paragraph separators, and the bidirectional overrides.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def visible(text: str) -> str:
    """``text`` safe to print: every control character as ``\\xNN`` / ``\\uNNNN``."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100
                        else f"\\u{ord(m.group()):04x}", text)


def render_text(results: Sequence[RecordResult], items: Sequence, engine: Engine, path: str) -> None:
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    console = Console(highlight=False, soft_wrap=True)
    outputs = {item.id: item.output for item in items}
    lines = {item.id: item.line for item in items}
    colour = {"error": "red", "warning": "yellow", "preview": "cyan"}
    for result in results:
        for f in result.findings:
            excerpt = visible(figures.excerpt(outputs[result.id][f.start:f.end], 50))
            shown = f"  «{escape(excerpt)}»" if excerpt else ""
            console.print(
                f"{escape(visible(path))}:{lines[result.id]}: [bold]{f.check}[/bold] "
                f"[{colour[f.severity.value]}]{f.severity.value}[/] id={escape(visible(result.id))} "
                f"{f.start}-{f.end}: {escape(visible(f.message))}{shown}"
            )
    summary = summarize(results)
    counts: Counter[str] = Counter()
    records_with: Counter[str] = Counter()
    names = {spec.id: spec.name for spec in engine.checks}
    severities = {}
    for result in results:
        for f in result.findings:
            counts[f.check] += 1
            severities[f.check] = f.severity.value
            names.setdefault(f.check, f.name)
        for check_id in {f.check for f in result.findings}:
            records_with[check_id] += 1
    table = Table("check", "name", "severity", "findings", "records", title="Resumen")
    for check_id in sorted(counts):
        table.add_row(check_id, names[check_id], severities[check_id], str(counts[check_id]),
                      str(records_with[check_id]))
    console.print()
    if counts:
        console.print(table)
    failed = summary["records"] - summary["passed"]
    console.print(
        f"{summary['records']} registros: {summary['passed']} aprobados, {failed} con errores."
    )


def render_verdict(verdict: Verdict) -> str:
    """Plain text: one line per gate, the worst samples under each failure,
    the warnings, and the decision."""
    title = f"{verdict.run} ({verdict.backend} {verdict.variant})"
    lines = [f"gates for {title}" + (f" against {verdict.baseline}" if verdict.baseline
                                      else " (no baseline: regression gates not run)")]
    if verdict.checkpoint_run:
        lines.append(f"  with its checkpoint's torch run {verdict.checkpoint_run} (gates named checkpoint.*)")
    for r in verdict.results:
        lines.append(f"  {'PASS' if r.passed else 'FAIL'}  {r.gate}: {r.explanation}")
        for w in r.worst:
            lines.append(f"          sample {visible(w.id)}: {visible(w.why)}")
            if w.excerpt:
                lines.append(f"            “{visible(w.excerpt)}”")
    for warning in verdict.warnings:
        lines.append(f"  warning: {warning}")
    failed = len(verdict.failures())
    lines.append(f"{len(verdict.results) - failed} passed, {failed} failed: "
                 + ("the run may ship" if verdict.passed else "the run may NOT ship"))
    return "\n".join(lines) + "\n"
