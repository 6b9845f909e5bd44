"""JUnit XML of gate results, for CI systems that draw test reports from it.

One ``<testcase>`` per gate (classname ``gates``, the gate's name, as in the
pytest items ``gates::<name>``); a failing gate carries a ``<failure>`` whose
message is the gate's own explanation and whose body adds the figures and the
worst samples. ElementTree does the escaping, so any text in a message is safe.
"""

from __future__ import annotations

import re
from pathlib import Path
from xml.etree import ElementTree as ET

from harness.schemas import GateResult, Verdict
from reports.outcome import threshold_text

# XML 1.0 allows only tab, LF, CR, U+0020-U+D7FF, U+E000-U+FFFD and U+10000
# up, even escaped; a model can write any of the rest (a C0 control, U+FFFE,
# U+FFFF, a lone surrogate). They are shown as \uXXXX, not dropped, so the
# reader sees that something was there.
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _clean(text: str) -> str:
    return _FORBIDDEN.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def failure_text(result: GateResult) -> str:
    """A gate's figures as a failure shows them (the pytest plugin uses it too)."""
    lines = [result.explanation]
    figures = [f"current {_fmt(result.current)}"]
    if result.baseline is not None:
        figures.append(f"baseline {_fmt(result.baseline)}")
    if result.delta is not None:
        figures.append(f"delta {result.delta:+.4g}")
    if threshold_text(result):
        figures.append(f"threshold {threshold_text(result)}")
    if result.p_value is not None:
        figures.append(f"p {result.p_value:.3g} (paired on {result.paired})")
    lines.append("; ".join(figures))
    if result.worst:
        lines.append("worst samples:")
        for w in result.worst:
            lines.append(f"  {w.id}: {w.why}")
            if w.excerpt:
                lines.append(f"    “{w.excerpt}”")
    return "\n".join(lines)


def _fmt(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.4g}"


def junit_xml(report: Verdict, *, suite: str = "epicrisis-gates") -> str:
    results = report.results
    failures = sum(not r.passed for r in results)
    root = ET.Element("testsuites", name=suite, tests=str(len(results)), failures=str(failures), errors="0")
    node = ET.SubElement(root, "testsuite", name=suite, tests=str(len(results)), failures=str(failures),
                         errors="0", skipped="0", timestamp=report.created)
    properties = ET.SubElement(node, "properties")
    for name, value in (("run", report.run), ("backend", report.backend), ("variant", report.variant),
                        ("baseline", report.baseline or ""), ("policy", report.policy),
                        ("checkpoint_run", report.checkpoint_run or ""), ("passed", str(report.passed).lower())):
        ET.SubElement(properties, "property", name=name, value=_clean(value))
    for number, warning in enumerate(report.warnings, start=1):
        ET.SubElement(properties, "property", name=f"warning.{number}", value=_clean(warning))
    for result in results:
        case = ET.SubElement(node, "testcase", classname="gates", name=_clean(result.gate))
        if not result.passed:
            failure = ET.SubElement(case, "failure", message=_clean(result.explanation), type="GateFailed")
            failure.text = _clean(failure_text(result))
        else:
            ET.SubElement(case, "system-out").text = _clean(result.explanation)
    ET.indent(root)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def write_junit(path: str | Path, report: Verdict) -> Path:
    from harness.atomic import write_atomic

    target = Path(path)
    write_atomic(target, junit_xml(report))
    return target
