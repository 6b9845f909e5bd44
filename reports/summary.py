"""The clinical summary at the top of the report, for the committee that
signs a model off: in plain words what the candidate does better and worse
than the model in production, two or three sentences it (or production)
wrote for each check that moved, and the decision.

Every figure comes from the movements (``reports.movement``) and the gates'
verdict the engineering sections show; nothing is computed twice.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import islice

from markupsafe import Markup, escape

from harness.gating import CHECKPOINT
from harness.i18n import check_topic, plain_gate
from harness.schemas import Verdict
from reports.drilldown import clip_words, is_whole, sample_anchor, tidy_quote
from reports.movement import Movement, paired_ids
from reports.outcome import OVERALL, gate_figures
from reports.sources import Baseline, RunRecords
from reports.strings import DEFAULT_LANG, pct, t

EXAMPLES = 3  # sentences for a check that clearly moved
EXAMPLES_IF_CHANCE = 2  # for one whose move chance may explain: the page stays short enough to read
CONTEXT = 90  # characters of the sentence kept on each side of the finding
MARKED = 200  # characters of a long finding (a loop) kept inside the mark
PROBLEMS = 5  # checks listed when there is no baseline to compare with
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n")  # not the dot inside a code: J45.9, 0.5 mg


@dataclass(frozen=True, slots=True)
class Example:
    sentence: Markup  # the sentence, the finding's words in a <mark>
    who: str  # who wrote it: the candidate or the model in production
    anchor: str | None  # the sample in the drill-down (the candidate's samples only)
    note: str = ""  # a finding about the whole text: what it says (its message in Spanish)


@dataclass(frozen=True, slots=True)
class Change:
    check: str
    text: str  # the figures in words
    certainty: str  # whether chance could explain it ("" without a baseline)
    examples: tuple[Example, ...]


@dataclass(frozen=True)
class ClinicalSummary:
    intro: Markup
    overall: str
    has_baseline: bool
    worse: tuple[Change, ...]
    better: tuple[Change, ...]
    verdict: str  # promote | block | no gates
    decision: str
    reasons: tuple[str, ...]  # the failing gates in plain words, with their figures


def example_sentence(text: str, start: int, end: int) -> Markup:
    """The sentence around ``text[start:end]`` with that span marked; cut at
    word boundaries when the sentence is long."""
    while start > 0 and text[start - 1].isalnum():  # whole words marked: «Paciente hospitalizado», not «Paciente ho»
        start -= 1
    while end < len(text) and text[end - 1].isalnum() and text[end].isalnum():
        end += 1
    head = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    tail_match = _SENTENCE_END.search(text, end)
    tail = tail_match.end() if tail_match else len(text)
    before, marked, after = text[head:start], text[start:end], text[end:tail]
    before = " ".join(before.split())
    if len(before) > CONTEXT:
        before = "…" + clip_words(before[::-1], CONTEXT)[::-1].lstrip("…").lstrip()
    marked = clip_words(marked, MARKED)
    gap_after = " " if after[:1].isspace() and after.strip() else ""
    after = clip_words(after, CONTEXT)
    gap = " " if text[start - 1:start].isspace() and before else ""
    return Markup("{}{}<mark>{}</mark>{}{}").format(before, gap, marked, gap_after, after)


def _example(text: str, findings: Sequence[dict], check: str, words: int, who: str, anchor: str | None,
             lang: str) -> Example | None:
    mine = [f for f in findings if f.get("check") == check]
    if not mine:
        return None
    spanned = [f for f in mine if not is_whole(f, text)]
    if spanned:
        return Example(example_sentence(text, spanned[0]["start"], spanned[0]["end"]), who, anchor)
    # Nothing to mark (a length, a code left out): the text's opening, and what the finding says.
    note = tidy_quote(mine[0]["message"], text) if lang == "es" else t("summary.whole", lang, words=words)
    return Example(Markup("{}").format(clip_words(text, 2 * CONTEXT)), who, anchor, note)


def _examples(m: Movement, run: RunRecords, baseline: Baseline | None, ids: Sequence[str], lang: str,
              most: int = EXAMPLES) -> tuple[Example, ...]:
    """Sentences for a check that moved: for a rise, the candidate's samples
    that have the check where production's paired sample does not; for a fall,
    production's samples that the candidate fixed."""
    anchors = {o.id: sample_anchor(i) for i, o in enumerate(run.outputs)}

    def has(findings, check: str) -> bool:
        return any(f.get("check") == check for f in findings)
    if m.worse or baseline is None:
        # The samples where it appeared (paired: production's did not have it) first.
        new = [i for i in ids if has(run.findings[i].findings, m.check)
               and not has(baseline.findings[i].findings, m.check)] if baseline and ids else []
        order = new + [o.id for o in run.outputs if o.id not in new and has(run.findings[o.id].findings, m.check)]
        found = (_example(run.by_id[sid].text, run.findings[sid].findings, m.check, run.findings[sid].words,
                          t("summary.example_candidate", lang), anchors[sid], lang) for sid in order)
    elif baseline.findings and baseline.texts:
        fixed = [i for i in ids if has(baseline.findings[i].findings, m.check)
                 and not has(run.findings[i].findings, m.check)]
        order = fixed + [i for i, row in baseline.findings.items() if i not in fixed and has(row.findings, m.check)]
        found = (_example(baseline.texts[sid], baseline.findings[sid].findings, m.check, baseline.findings[sid].words,
                          t("summary.example_baseline", lang), None, lang) for sid in order if sid in baseline.texts)
    else:
        return ()
    return tuple(islice((e for e in found if e is not None), most))


def _change(m: Movement, run, baseline, ids, lang: str) -> Change:
    now, before = m.current, m.baseline
    topic = check_topic(m.check, lang)
    if before is None:
        text = t("summary.alone", lang, topic=topic, count=now.count, total=now.total, rate=pct(now.rate, lang))
        return Change(m.check, text, "", _examples(m, run, None, [], lang))
    text = t("summary.change", lang, topic=topic, count=now.count, total=now.total, rate=pct(now.rate, lang),
             b_count=before.count, b_total=before.total, b_rate=pct(before.rate, lang))
    certainty = t("summary.clear" if m.significant else "summary.chance", lang)
    most = EXAMPLES if m.significant else EXAMPLES_IF_CHANCE
    return Change(m.check, text, certainty, _examples(m, run, baseline, ids, lang, most))


def _reasons(gates: Verdict, lang: str) -> tuple[str, ...]:
    """Each failing gate once in plain words: a variant's gate and the same gate
    of its checkpoint's torch run say one thing to a committee."""
    seen: dict[str, str] = {}
    for result in gates.failures():
        plain = plain_gate(result.gate.removeprefix(CHECKPOINT), lang)
        if plain in seen:
            continue
        figures = gate_figures(result, lang)
        shown = ", ".join(x for x in (figures.current, figures.threshold and
                                      f"{t('col.threshold', lang)} {figures.threshold}") if x)
        seen[plain] = plain[:1].upper() + plain[1:] + (f" ({shown})" if shown else "")
    return tuple(seen.values())


def clinical_summary(run: RunRecords, baseline: Baseline | None, overall: Movement, checks: Sequence[Movement],
                     gates: Verdict | None, *, blocked_by: str | None = None,
                     lang: str = DEFAULT_LANG) -> ClinicalSummary:
    ids = paired_ids(run, baseline) if baseline else []
    now = overall.current
    if overall.baseline is not None and baseline is not None:
        intro = Markup(t("summary.candidate", lang, candidate=escape(run.label), baseline=escape(baseline.label),
                         n=len(ids) or now.total))
        before = overall.baseline
        line = t("summary.overall", lang, count=now.count, total=now.total, rate=pct(now.rate, lang),
                 b_count=before.count, b_total=before.total, b_rate=pct(before.rate, lang))
        moved = [m for m in checks if m.check != OVERALL and m.delta]
        worse = tuple(_change(m, run, baseline, ids, lang) for m in moved if m.worse)
        better = tuple(_change(m, run, baseline, ids, lang) for m in moved if not m.worse)
    else:
        intro = Markup(t("summary.candidate_alone", lang, candidate=escape(run.label)))
        line = t("summary.overall_alone", lang, count=now.count, total=now.total, rate=pct(now.rate, lang))
        fired = sorted((m for m in checks if m.current.count), key=lambda m: (-m.current.count, m.check))
        worse, better = tuple(_change(m, run, None, [], lang) for m in fired[:PROBLEMS]), ()
    if gates is None or not gates.results:
        verdict, decision, reasons = "no gates", t("summary.no_gates", lang), ()
    elif gates.failures() or blocked_by:
        verdict, decision, reasons = "block", t("summary.block", lang), _reasons(gates, lang)
        if blocked_by:
            reasons += (t("summary.blocked_by", lang),)
    else:
        verdict, decision, reasons = "promote", t("summary.promote", lang), ()
    return ClinicalSummary(intro, line, overall.baseline is not None, worse, better, verdict, decision, reasons)
