"""Rendering check results: JSON for tools (the spec's document), text for people.

`epicrisis check` streams both through harness.app.check_stream; ``render_json``
is the whole document at once, for records already in memory."""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Iterable, Sequence

from harness import figures
from harness.engine import Engine, summarize
from harness.i18n import CHECK_TOPICS, DEFAULT_LANG, check_topic, count, plain_gate, text
from harness.records import RecordResult
from harness.registry import CheckSpec

if TYPE_CHECKING:  # `check` must start fast: the verdict's schema loads only when a verdict is rendered
    from harness.schemas import GateResult, Verdict


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


# A check's finding inside an explanation, "FMT001: <its Spanish message>", up
# to the next one ("; COD002: ...") or the end.
_FINDING = re.compile(r"\b([A-Z]{3}\d{3}): (?:(?!; [A-Z]{3}\d{3}: ).)*")
_CHECK_GATES = ("floor.max_check_rate[", "regression.check_rate[")


_CODE = re.compile(r"`([^`\n]+)`")


def _quoted(said: str) -> str:
    """Text written for Markdown (a command in backticks) as a terminal
    shows it: the command in quotes, no literal backticks."""
    return _CODE.sub(r"“\1”", said)


def _why(gate: str, why: str, lang: str) -> str:
    """Why a sample counts against ``gate``, in ``lang``, or "" when that
    cannot be said without mixing: harness.gates words it in English around
    the checks' Spanish messages (a check gate's is the message alone)."""
    if lang == "es":  # the messages alone are Spanish: a check gate's, and the record's errors
        return why if gate.startswith(_CHECK_GATES) or gate == "regression.pass_rate" else ""
    if gate.startswith(_CHECK_GATES):
        return ""  # the message of the check the gate names: the gate says which
    from harness.registry import all_checks

    names = {check: spec.name for check, spec in all_checks().items()}
    return _FINDING.sub(lambda m: f"{m[1]} {names.get(m[1], '')}".rstrip(), why)


def _figures(result: GateResult, lang: str) -> str:
    """A gate's figures from its fields, in ``lang``: what the Spanish
    output shows instead of the (English) explanation."""
    from harness.gating import CHECKPOINT

    gate = result.gate.removeprefix(CHECKPOINT)
    if result.comparison == "in":
        return text("gate.pass" if result.passed else "gate.fail", lang).lower()
    drop = gate.endswith(".pass_rate_drop")

    def rate(value: float | None, as_delta: bool = False) -> str:
        return "—" if value is None else figures.pts(value) if as_delta else figures.pct(value)

    parts = [text("gate.value", lang, current=rate(result.current, drop))]
    if result.baseline is not None:
        parts.append(text("gate.baseline", lang, baseline=rate(result.baseline)))
    if result.delta is not None:
        parts.append(text("gate.delta", lang, delta=figures.pts(result.delta)))
    if result.threshold is not None:
        parts.append(text("gate.threshold", lang, comparison=result.comparison,
                          threshold=rate(result.threshold, drop or gate.startswith("regression."))))
    if result.p_value is not None:
        parts.append(text("gate.paired", lang, paired=result.paired, p=f"{result.p_value:.3g}"))
    return ", ".join(parts)


def render_verdict(verdict: Verdict, lang: str = DEFAULT_LANG) -> str:
    """Plain text in ``lang``: one line per gate with its plain name, the
    worst samples under each failure, the warnings, and the decision. English
    gives each gate's full explanation; Spanish its figures (the explanation
    and the comparison warnings are English engineering text, kept in the
    verdict file and shown with ``--lang en``)."""
    from harness.gating import CHECKPOINT

    run = f"{verdict.run} ({verdict.backend} {verdict.variant})"
    lines = [text("gate.title", lang, run=run) + (text("gate.against", lang, baseline=verdict.baseline)
                                                   if verdict.baseline else text("gate.no_baseline", lang))]
    if verdict.checkpoint_run:
        lines.append(text("gate.checkpoint", lang, run=verdict.checkpoint_run))
    width = max(len(text("gate.pass", lang)), len(text("gate.fail", lang)))
    for r in verdict.results:
        said = _quoted(r.explanation) if lang == "en" else _figures(r, lang)
        lines.append(f"  {text('gate.pass' if r.passed else 'gate.fail', lang):<{width}}  {r.gate} "
                     f"({plain_gate(r.gate, lang)}): {said}")
        for w in r.worst:
            why = _why(r.gate.removeprefix(CHECKPOINT), w.why, lang)
            lines.append(f"          {text('gate.sample', lang)} {visible(w.id)}" + (f": {visible(why)}" if why else ""))
            if w.excerpt:
                lines.append(f"            “{visible(w.excerpt)}”")
    if lang == "en":
        lines += [f"  {text('gate.warning', lang)}: {_quoted(warning)}" for warning in verdict.warnings]
    elif verdict.warnings:
        lines.append(f"  {text('gate.warning', lang)}: "
                     + count("gate.warnings", len(verdict.warnings), lang))
    failed = len(verdict.failures())
    lines.append(text("gate.total", lang, passed=len(verdict.results) - failed, failed=failed,
                      decision=text("gate.ship" if verdict.passed else "gate.no_ship", lang)))
    return "\n".join(lines) + "\n"


def _rule(spec: CheckSpec) -> str:
    """A check's rule: its docstring's first paragraph, on one line, without
    reStructuredText's double backticks."""
    return " ".join(spec.doc.split("\n\n")[0].split()).replace("``", "")


def _catches(spec: CheckSpec) -> str:
    """What a check catches, in Spanish: its plain topic (harness.i18n), or
    for a plugin's check its message with the placeholders shown as "…"."""
    if spec.id in CHECK_TOPICS:
        topic = check_topic(spec.id, "es")
        return topic[0].upper() + topic[1:]
    return re.sub(r"\{[^{}]*\}", "…", spec.message)


def render_checks_json(checks: Iterable[CheckSpec]) -> str:
    """``epicrisis checks --format json``: one object per check."""
    return json.dumps([{"id": spec.id, "name": spec.name, "severity": spec.severity.value,
                        "rule": _rule(spec), "message": spec.message,
                        "options": {k: list(v) if isinstance(v, tuple) else v for k, v in spec.options.items()},
                        "source": spec.source} for spec in checks], ensure_ascii=False, indent=2)


def render_checks(checks: Iterable[CheckSpec], lang: str = DEFAULT_LANG) -> None:
    """``epicrisis checks``: a table with, per check, what makes it fire: in
    English its rule (the docstring), in Spanish what it catches in plain
    words, with its options under it. The distribution
    that ships a check is a column only when plugins add checks."""
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    checks = list(checks)
    said = _rule if lang == "en" else _catches
    sources = len({spec.source for spec in checks}) > 1
    table = Table(title=text("checks.title", lang))
    for column in ("id", "name", "severity"):
        table.add_column(text(f"checks.col.{column}", lang), no_wrap=True)
    table.add_column(text("checks.col.rule", lang), ratio=1)
    if sources:
        table.add_column(text("checks.col.source", lang))
    for spec in checks:
        cell = escape(said(spec))
        if spec.options:
            options = ", ".join(f"{k}={v!r}" for k, v in spec.options.items())
            cell += f"\n[dim]{text('checks.col.options', lang)}: {escape(options)}[/dim]"
        table.add_row(spec.id, spec.name, text("severity." + spec.severity.value, lang), cell,
                      *([spec.source] if sources else []))
    Console(highlight=False).print(table)
