"""How far each rate moved against the baseline, and how two runs agree.

Computed from stored scorecards and findings only, with the core's
statistics (``harness.stats``) and parity (``harness.parity``), so a figure
here is the one the gates judge. The interval of a difference is Newcombe's
hybrid score interval. Significance is an exact two-sided test: McNemar on the
samples both runs share (``harness.stats.pair_samples``, the gates' pairing)
when the baseline is a whole run, Fisher's exact test on the counts otherwise.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from harness.parity import mcnemar_exact, pair_runs, parity_figures
from harness.schemas import Agreement, McNemar, Proportion
from harness.stats import fisher_two_sided, newcombe_interval, pair_samples, sample_keys
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


def paired_ids(run: RunRecords, baseline: Baseline) -> list[str]:
    """The samples both runs share, paired as the gates pair them (empty when
    the baseline kept no per-sample findings or outputs)."""
    if baseline.findings is None or baseline.keys is None:
        return []
    return [i for i in pair_samples(sample_keys(run.outputs), baseline.keys) if i in baseline.findings]


def _has(findings, check: str) -> bool:
    return any(f.get("check") == check for f in findings.findings)


def _fired(findings) -> frozenset[str]:
    return frozenset(f["check"] for f in findings.findings)


def _movement(check: str, name: str, severity: str, current: Proportion, base: Proportion | None,
              paired: tuple[list[bool], list[bool]] | None) -> Movement:
    if base is None or base.total == 0 or current.total == 0:
        return Movement(check, name, severity, current, base, None, None, None, None, "no baseline")
    delta, low, high = newcombe_interval(current.count, current.total, base.count, base.total)
    if paired is not None:
        test = mcnemar_exact(*paired)
        return Movement(check, name, severity, current, base, delta, low, high, test.p_value,
                        f"exact McNemar, paired n={len(paired[0])}")
    p = fisher_two_sided(current.count, current.total - current.count, base.count, base.total - base.count)
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
    """A variant against the reference run: the figures ``harness.parity``
    computes (the ones ``epicrisis compare`` writes for the parity gates), from
    the two runs' stored findings."""

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
    """None when the runs cannot be compared (different prompts, no shared sample)."""
    pairing = pair_runs(reference.manifest, reference.outputs, variant.manifest, variant.outputs)
    if not pairing.pairs:
        return None
    rows = [(reference.findings[a.id], variant.findings[b.id]) for a, b in pairing.pairs]
    checks = {*reference.scorecard.engine.get("checks", {}), *variant.scorecard.engine.get("checks", {})}
    figures = parity_figures(pairing.pairs, ([x.passed for x, _ in rows], [y.passed for _, y in rows]),
                             ([_fired(x) for x, _ in rows], [_fired(y) for _, y in rows]), checks)
    return Parity(reference.label, variant.label, variant.variant, figures.samples, figures.exact_match,
                  figures.pass_agreement, figures.check_agreement, figures.mcnemar, figures.first_divergence)


def reference_run(runs: Sequence[RunRecords]) -> RunRecords:
    """The run others are compared with: the first torch run, else the first run."""
    return next((r for r in runs if r.backend == "torch"), runs[0])


def parity_matrix(runs: Sequence[RunRecords]) -> list[Parity]:
    reference = reference_run(runs)
    rows = [parity(reference, r) for r in runs if r is not reference]
    return [row for row in rows if row is not None]
