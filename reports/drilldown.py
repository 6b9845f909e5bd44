"""Per-sample views: the output with findings marked at their spans, a short
summary of the input, and a word diff of two runs' outputs.

Everything a model or a user wrote passes through ``escape`` here, before it
is wrapped in markup; the template receives ``Markup`` it need not escape.
"""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from markupsafe import Markup, escape

from harness.figures import excerpt
from harness.parity import pair_runs
from reports.sources import RunRecords

INPUT_SUMMARY_CHARS = 320
_TOKENS = re.compile(r"\s*\S+|\s+")


@dataclass(frozen=True, slots=True)
class Flag:
    """A finding as the drill-down lists it (number = its mark in the text);
    ``count`` findings alike (same check, message and words) shown once."""

    number: int
    check: str
    name: str
    severity: str
    message: str
    excerpt: str
    count: int = 1
    whole: bool = False  # about the whole output (no span): nothing to quote or mark


@dataclass(frozen=True, slots=True)
class VariantText:
    label: str
    identical: bool
    passed: bool | None
    left: Markup  # the reference run's text, words the variant lacks in <del>
    right: Markup  # the variant's text, words it added in <ins>


@dataclass(frozen=True, slots=True)
class SampleView:
    id: str
    passed: bool
    words: int
    checks: tuple[str, ...]
    input_summary: str
    input_json: str
    output: Markup
    flags: tuple[Flag, ...]
    finish_reason: str
    variants: tuple[VariantText, ...]
    anchor: str = ""  # the element id of the sample (s-<n>): never the sample id, which is model data
    history: str = ""  # one line from the per-sample history (reports.history)


def highlight(text: str, findings: Sequence[dict[str, Any]], numbers: Sequence[int] | None = None) -> Markup:
    """``text`` with each finding's span wrapped in a ``<mark>``; overlapping
    spans split the text at every boundary so each piece names all its findings
    (by ``numbers[i]``, the flag that lists finding i; default: i + 1)."""
    numbers = list(numbers) if numbers is not None else list(range(1, len(findings) + 1))
    spans = [(f["start"], f["end"], n) for n, f in enumerate(findings, start=1) if not is_whole(f, text)]
    if not spans:
        return escape(text)
    cuts = sorted({0, len(text), *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    pieces = []
    for start, end in pairwise(cuts):
        covering = [n for s, e, n in spans if s <= start and end <= e]
        chunk = escape(text[start:end])
        if not covering:
            pieces.append(chunk)
            continue
        worst = min((findings[n - 1]["severity"] for n in covering), key=_severity_rank)
        names = ", ".join(dict.fromkeys(f"{numbers[n - 1]}: {findings[n - 1]['check']}" for n in covering))
        pieces.append(Markup('<mark class="sev-{}" title="{}">{}</mark>').format(worst, names, chunk))
    return Markup("").join(pieces)


def _severity_rank(severity: str) -> int:
    return {"error": 0, "warning": 1, "preview": 2}.get(severity, 3)


def is_whole(finding: dict[str, Any], text: str) -> bool:
    """A finding about the whole output (its length, a code it omits): no span
    to mark, as 0-0 (or an impossible span) or as one covering all the text."""
    start, end = finding["start"], finding["end"]
    if not 0 <= start < end <= len(text):
        return True
    return not text[:start].strip() and not text[end:].strip() and bool(text.strip())


def clip_words(text: str, limit: int) -> str:
    """``text`` on one line, cut at a word boundary before ``limit`` characters
    with an ellipsis: «…suero fisiológico», never «…suero fisioló»."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    head = flat[:limit - 1]
    if flat[limit - 1].isalnum() and " " in head:  # the cut falls inside a word
        head = head.rsplit(" ", 1)[0]
    return head.rstrip(" ,;:.") + "…"  # «…44 años…», not «…44 años.…»


_QUOTE = re.compile(r"«([^«»]*)»")


def tidy_quote(message: str, text: str) -> str:
    """A message whose «quote» of ``text`` (the output) was cut short (REP001
    quotes 60 characters) quotes whole words and says it goes on: «…suero…»,
    never «…suero fisioló» nor a quote ending in a space."""
    def fix(match: re.Match[str]) -> str:
        q = match.group(1)
        at = text.find(q) if q.strip() else -1
        end = at + len(q)
        if at < 0 or end >= len(text):
            return match.group(0)
        inside_word = text[end - 1].isalnum() and text[end].isalnum()
        if not inside_word and not q[-1].isspace():
            return match.group(0)
        words = q.rstrip()
        if inside_word and " " in words:
            words = words.rsplit(" ", 1)[0]
        return "«" + words.rstrip(" ,;:") + "…»"
    return _QUOTE.sub(fix, message)


def flags_of(text: str, findings: Sequence[dict[str, Any]], lang: str = "es") -> tuple[list[Flag], list[int]]:
    """The findings as listed under a sample: errors before warnings (then by
    position), the same finding repeated shown once with a count, findings
    about the whole output without a span; and for each finding its flag's number."""
    from harness.i18n import check_topic

    order = sorted(range(len(findings)), key=lambda i: (_severity_rank(findings[i]["severity"]),
                                                          findings[i]["start"], findings[i]["check"]))
    groups: dict[tuple, list[int]] = {}
    for i in order:
        f = findings[i]
        words = "" if is_whole(f, text) else " ".join(text[f["start"]:f["end"]].split()).lower()
        groups.setdefault((f["check"], f["severity"], f["message"] if not words else "", words), []).append(i)
    flags, numbers = [], [0] * len(findings)
    for number, members in enumerate(groups.values(), start=1):
        f = findings[members[0]]
        whole = is_whole(f, text)
        quoted = "" if whole else text[f["start"]:f["end"]]
        message = tidy_quote(f["message"], text) if lang == "es" else check_topic(f["check"], "en").capitalize()
        flags.append(Flag(number, f["check"], f.get("name", ""), f["severity"], message,
                          "" if whole else clip_words(quoted, 80), len(members), whole))
        for i in members:
            numbers[i] = number
    return flags, numbers


def sample_anchor(index: int) -> str:
    """The element id of the primary run's ``index``-th sample in the drill-down."""
    return f"s-{index}"


def summarize_input(value: Any, limit: int = INPUT_SUMMARY_CHARS) -> str:
    """One line a reader can scan: ``key: value`` pairs, lists of objects as
    their values joined; any JSON shape is accepted (the checks are schema-agnostic)."""
    if isinstance(value, dict):
        text = "; ".join(f"{k}: {_flat(v)}" for k, v in value.items())
    else:
        text = _flat(value)
    return excerpt(text, limit)


def _flat(value: Any) -> str:
    if isinstance(value, dict):
        return " ".join(_flat(v) for v in value.values())
    if isinstance(value, list):
        return ", ".join(_flat(v) for v in value)
    return str(value)


def word_diff(a: str, b: str) -> tuple[Markup, Markup]:
    """Side-by-side word diff: ``a`` with removed words in ``<del>``, ``b`` with added ones in ``<ins>``.

    Tokens are words with their leading space (whitespace alone would give
    difflib hundreds of equal tokens to match, and quadratic time), and the
    common head and tail are cut first: variants of one model usually agree up
    to a divergence and often after it.
    """
    ta, tb = _TOKENS.findall(a), _TOKENS.findall(b)
    head = 0
    while head < min(len(ta), len(tb)) and ta[head] == tb[head]:
        head += 1
    tail = 0
    while tail < min(len(ta), len(tb)) - head and ta[-1 - tail] == tb[-1 - tail]:
        tail += 1
    mid_a, mid_b = ta[head:len(ta) - tail], tb[head:len(tb) - tail]
    left, right = [escape("".join(ta[:head]))], [escape("".join(tb[:head]))]
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, mid_a, mid_b, autojunk=False).get_opcodes():
        old, new = escape("".join(mid_a[i1:i2])), escape("".join(mid_b[j1:j2]))
        if op == "equal":
            left.append(old)
            right.append(new)
            continue
        if i2 > i1:
            left.append(Markup("<del>{}</del>").format(old))
        if j2 > j1:
            right.append(Markup("<ins>{}</ins>").format(new))
    left.append(escape("".join(ta[len(ta) - tail:])))
    right.append(escape("".join(tb[len(tb) - tail:])))
    return Markup("").join(left), Markup("").join(right)


def sample_views(primary: RunRecords, reference: RunRecords, others: Sequence[RunRecords], *,
                 lang: str = "es", history: dict[str, str] | None = None) -> list[SampleView]:
    """One view per sample of ``primary``; beside it, each of ``others`` diffed
    word by word against ``reference`` (torch against each ONNX variant).
    ``history``: sample id -> its line of the per-sample history."""
    # The samples each variant shares with the reference, paired as parity pairs them.
    shared = [{a.id for a, _ in pair_runs(reference.manifest, reference.outputs, other.manifest, other.outputs).pairs}
              for other in others]
    views = []
    for index, output in enumerate(primary.outputs):
        row = primary.findings[output.id]
        findings = row.findings
        flags, numbers = flags_of(output.text, findings, lang)
        base = reference.by_id.get(output.id)
        variants = []
        for other, ids in zip(others, shared):
            theirs = other.by_id.get(output.id)
            if base is None or theirs is None or output.id not in ids:
                continue
            same = theirs.text == base.text
            left, right = (Markup(""), Markup("")) if same else word_diff(base.text, theirs.text)
            their_row = other.findings.get(output.id)
            variants.append(VariantText(other.label, same, their_row.passed if their_row else None, left, right))
        views.append(SampleView(
            id=output.id, passed=row.passed, words=row.words,
            checks=tuple(sorted({f["check"] for f in findings})),
            input_summary=summarize_input(output.input),
            input_json=json.dumps(output.input, ensure_ascii=False),  # indent would bypass the C encoder
            output=highlight(output.text, findings, numbers), flags=tuple(flags),
            finish_reason=output.finish_reason, variants=tuple(variants), anchor=sample_anchor(index),
            history=(history or {}).get(output.id, "")))
    return views
