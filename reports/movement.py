"""How far each rate moved against the baseline, and how two runs agree.

Computed from stored scorecards and findings only. The interval of a
difference is Newcombe's hybrid score interval, built from the two Wilson
intervals the scorecards already hold (so it agrees with them and stays
sensible at 0 % and 100 %). Significance is an exact test: McNemar on the
samples both runs share with the same prompt when the baseline is a whole run
(paired), Fisher's exact test on the counts otherwise.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from harness.parity import Agreement, McNemar, agreement, first_divergence
from harness.scorecard import Proportion
from reports.exact import fisher_p, mcnemar_p
from reports.outcome import OVERALL
from reports.sources import Baseline, RunRecords

ALPHA = 0.05


@dataclass(frozen=True, slots=True)
class Movement:
    """One rate now and in the baseline. For a check the rate is the share of
    samples with a finding of it (lower is better); for ``pass`` the share
    that passed (higher is better)."""

    check: str
    name: str
    severity: str
    current: Proportion
    baseline: Proportion | None
    delta: float | None
    delta_low: float | None
    delta_high: float | None
    p_value: float | None
    test: str

    @property
    def significant(self) -> bool:
        return self.p_value is not None and self.p_value < ALPHA

    @property
    def worse(self) -> bool:
        """Moved the wrong way (more findings, or fewer passes)."""
        if self.delta is None or self.delta == 0:
            return False
        return self.delta > 0 if self.check != OVERALL else self.delta < 0


def newcombe(current: Proportion, baseline: Proportion) -> tuple[float, float, float] | None:
    """current - baseline with its hybrid score interval (Newcombe 1998, method 10)."""
    if None in (current.rate, current.low, current.high, baseline.rate, baseline.low, baseline.high):
        return None
    p1, l1, u1 = current.rate, current.low, current.high
    p2, l2, u2 = baseline.rate, baseline.low, baseline.high
    d = p1 - p2
    return d, d - math.sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2), d + math.sqrt((u1 - p1) ** 2 + (p2 - l2) ** 2)


def mcnemar(a: Sequence[bool], b: Sequence[bool]) -> McNemar:
    """The paired exact test on two runs' verdicts (as ``harness.parity`` reports it)."""
    a_only = sum(x and not y for x, y in zip(a, b))
    b_only = sum(y and not x for x, y in zip(a, b))
    return McNemar(a_pass_b_fail=a_only, a_fail_b_pass=b_only, p_value=mcnemar_p(a_only, b_only))


def paired_ids(run: RunRecords, baseline: Baseline) -> list[str]:
    """Samples both runs scored on the same prompt (empty when the baseline has no findings)."""
    if baseline.findings is None:
        return []
    ids = [o.id for o in run.outputs if o.id in baseline.findings]
    if baseline.prompts is not None:
        ids = [i for i in ids if baseline.prompts.get(i) == run.by_id[i].prompt_sha256]
    return ids


def _has(findings, check: str) -> bool:
    return any(f.get("check") == check for f in findings.findings)


def _movement(check: str, name: str, severity: str, current: Proportion, base: Proportion | None,
              paired: tuple[list[bool], list[bool]] | None) -> Movement:
    if base is None or base.total == 0 or current.total == 0:
        return Movement(check, name, severity, current, base, None, None, None, None, "no baseline")
    d = newcombe(current, base)
    delta, low, high = d if d else (None, None, None)
    if paired is not None:
        test = mcnemar(*paired)
        return Movement(check, name, severity, current, base, delta, low, high, test.p_value,
                        f"exact McNemar, paired n={len(paired[0])}")
    p = fisher_p(current.count, current.total - current.count, base.count, base.total - base.count)
    return Movement(check, name, severity, current, base, delta, low, high, p, "Fisher exact, unpaired")


def movements(run: RunRecords, baseline: Baseline | None) -> tuple[Movement, list[Movement]]:
    """The overall pass-rate movement and one per check, sorted by how much they moved."""
    card = run.scorecard
    base_card = baseline.scorecard if baseline else None
    ids = paired_ids(run, baseline) if baseline else []
    overall_pairs = None
    if ids:
        overall_pairs = ([run.findings[i].passed for i in ids], [baseline.findings[i].passed for i in ids])
    overall = _movement(OVERALL, "pass rate", "", card.passed, base_card.passed if base_card else None,
                        overall_pairs)
    rows = []
    checks = sorted({*card.by_check, *(base_card.by_check if base_card else {})})
    for check in checks:
        now = card.by_check.get(check)
        before = base_card.by_check.get(check) if base_card else None
        current = now.records if now else Proportion.of(0, card.records)
        if before is not None:
            base_rate = before.records
        elif base_card is not None:  # the check did not exist or never fired then
            base_rate = Proportion.of(0, base_card.records)
        else:
            base_rate = None
        pairs = None
        if ids:
            pairs = ([_has(run.findings[i], check) for i in ids], [_has(baseline.findings[i], check) for i in ids])
        meta = now or before
        rows.append(_movement(check, meta.name, meta.severity, current, base_rate, pairs))
    rows.sort(key=lambda m: (-(abs(m.delta) if m.delta is not None else -1), -(m.current.rate or 0), m.check))
    return overall, rows


@dataclass(frozen=True, slots=True)
class Parity:
    """A variant against the reference run, on the samples both ran with the same prompt."""

    reference: str  # run labels
    variant: str
    variant_name: str  # the variant's manifest name: fp32, int8, int4
    samples: int
    text_match: Proportion
    pass_agreement: Agreement
    check_agreement: dict[str, Agreement]
    mcnemar: McNemar
    first_divergence: dict[str, int]  # sample id -> first differing new token

    @property
    def lowest_check_agreement(self) -> tuple[str, Agreement] | None:
        rated = [(c, a) for c, a in self.check_agreement.items() if a.rate is not None]
        return min(rated, key=lambda item: (item[1].rate, item[0])) if rated else None


def parity(reference: RunRecords, variant: RunRecords) -> Parity | None:
    ids = [o.id for o in reference.outputs
           if o.id in variant.by_id and variant.by_id[o.id].prompt_sha256 == o.prompt_sha256]
    if not ids:
        return None
    a = [reference.by_id[i] for i in ids]
    b = [variant.by_id[i] for i in ids]
    divergence = {}
    for x, y in zip(a, b):
        position = first_divergence(x.token_ids, y.token_ids)
        if position is not None:
            divergence[x.id] = position
    checks = sorted({f["check"] for run in (reference, variant) for i in ids for f in run.findings[i].findings})
    by_check = {c: agreement([_has(reference.findings[i], c) for i in ids],
                             [_has(variant.findings[i], c) for i in ids]) for c in checks}
    passed_a = [reference.findings[i].passed for i in ids]
    passed_b = [variant.findings[i].passed for i in ids]
    return Parity(reference.label, variant.label, variant.variant, len(ids),
                  Proportion.of(sum(x.text == y.text for x, y in zip(a, b)), len(ids)),
                  agreement(passed_a, passed_b), by_check, mcnemar(passed_a, passed_b), divergence)


def reference_run(runs: Sequence[RunRecords]) -> RunRecords:
    """The run others are compared with: the first torch run, else the first run."""
    return next((r for r in runs if r.backend == "torch"), runs[0])


def parity_matrix(runs: Sequence[RunRecords]) -> list[Parity]:
    reference = reference_run(runs)
    rows = [parity(reference, r) for r in runs if r is not reference]
    return [row for row in rows if row is not None]
