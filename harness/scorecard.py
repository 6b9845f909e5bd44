"""Scorecards: what a run's outputs scored, with 95% confidence intervals.

Rates over a few hundred samples move by several points from chance alone,
so every rate carries a Wilson score interval (``harness.stats``, the one
statistics module: it stays inside [0, 1] and behaves at 0 and n). The
scorecard's models live in ``harness.schemas``; this module builds them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from harness.records import RecordResult
from harness.schemas import (
    CheckScore,
    OutputRecord,
    Proportion,
    RunManifest,
    Scorecard,
    SpeedStats,
    WordStats,
)


def word_count(text: str) -> int:
    return len(text.split())


@dataclass(frozen=True, slots=True)
class OutputStats:
    """What a scorecard reads of one output: rescoring streams the outputs
    and keeps only this of each, not its text and token lists."""

    words: int
    seconds: float
    new_tokens: int
    prompt_tokens: int
    finish_reason: str

    @classmethod
    def of(cls, output: OutputRecord) -> OutputStats:
        return cls(word_count(output.text), output.seconds, len(output.token_ids), output.prompt_tokens,
                   output.finish_reason)


def _quantile(sorted_values: Sequence[int], q: float) -> float:
    # Linear interpolation between closest ranks (numpy's default), without numpy.
    position = (len(sorted_values) - 1) * q
    low = int(position)
    high = min(low + 1, len(sorted_values) - 1)
    return sorted_values[low] + (sorted_values[high] - sorted_values[low]) * (position - low)


def word_stats(counts: Sequence[int], min_words: int, max_words: int) -> WordStats:
    ordered = sorted(counts)
    inside = sum(min_words <= c <= max_words for c in ordered)
    if not ordered:
        return WordStats(mean=None, min=None, p10=None, median=None, p90=None, max=None,
                         in_range=Proportion.of(0, 0), range=(min_words, max_words))
    return WordStats(
        mean=sum(ordered) / len(ordered), min=ordered[0], p10=_quantile(ordered, 0.1),
        median=_quantile(ordered, 0.5), p90=_quantile(ordered, 0.9), max=ordered[-1],
        in_range=Proportion.of(inside, len(ordered)), range=(min_words, max_words))


def speed_stats(outputs: Sequence[OutputStats]) -> SpeedStats:
    seconds = sum(o.seconds for o in outputs)
    new_tokens = sum(o.new_tokens for o in outputs)
    return SpeedStats(
        samples=len(outputs),
        prompt_tokens=sum(o.prompt_tokens for o in outputs),
        new_tokens=new_tokens,
        seconds=round(seconds, 6),
        samples_per_s=len(outputs) / seconds if seconds > 0 else None,
        tokens_per_s=new_tokens / seconds if seconds > 0 else None,
        stopped_by_eos=Proportion.of(sum(o.finish_reason == "eos" for o in outputs), len(outputs)),
    )


def build_scorecard(manifest: RunManifest, outputs: Sequence[OutputStats],
                    results: Sequence[RecordResult], engine: dict[str, Any]) -> Scorecard:
    total = len(results)
    checks = engine.get("checks", {})
    with_finding: dict[str, set[str]] = {cid: set() for cid in checks}
    finding_counts: dict[str, int] = {cid: 0 for cid in checks}
    meta: dict[str, tuple[str, str]] = {cid: (c["name"], c["severity"]) for cid, c in checks.items()}
    for result in results:
        for f in result.findings:
            with_finding.setdefault(f.check, set()).add(result.id)
            finding_counts[f.check] = finding_counts.get(f.check, 0) + 1
            meta.setdefault(f.check, (f.name, f.severity.value))  # e.g. HAR001, a crashed check
    by_check = {
        cid: CheckScore(name=meta[cid][0], severity=meta[cid][1],
                        records=Proportion.of(len(ids), total), findings=finding_counts[cid])
        for cid, ids in sorted(with_finding.items())
    }
    fmt003 = checks.get("FMT003", {}).get("options", {})
    words = word_stats([o.words for o in outputs],
                       int(fmt003.get("min_words", 80)), int(fmt003.get("max_words", 200)))
    return Scorecard(
        run_key=manifest.key, backend=manifest.backend, variant=manifest.variant,
        model_fingerprint=manifest.model.fingerprint, prompt_hash=manifest.prompt.hash,
        records=total, passed=Proportion.of(sum(r.passed for r in results), total),
        by_check=by_check, words=words, speed=speed_stats(outputs), engine=engine,
    )
