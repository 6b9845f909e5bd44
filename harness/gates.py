"""Gates: small objects that decide whether a run may ship, and say why.

Each gate answers ``fails(current, baseline) -> str | None`` (pytest-benchmark
style) and, for reports, ``evaluate(current, baseline) -> GateResult``: the
current value, the baseline, the delta, the threshold, pass or fail, the
paired test where it applies, and the worst samples behind the number.

``current`` and ``baseline`` are :class:`RunEvidence`: a run's scorecard, its
per-sample verdicts (absent for a bare scorecard file), and for an ONNX
variant the parity report against the torch run of its checkpoint.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from harness.errors import UsageError
from harness.figures import excerpt, pct, pts
from harness.gatefile import GatePolicy, ParityPolicy
from harness.runs import now
from harness.schemas import GateReport, GateResult, ParityReport, Scorecard, WorstSample
from harness.stats import discordant, mcnemar_one_sided
from harness.variants import gate_names
from harness.verdicts import RunEvidence, SampleVerdict

WORST = 3  # samples shown per failing gate


class Gate:
    name: str

    def evaluate(self, current: RunEvidence, baseline: RunEvidence | None) -> GateResult:
        raise NotImplementedError

    def fails(self, current: RunEvidence, baseline: RunEvidence | None) -> str | None:
        result = self.evaluate(current, baseline)
        return None if result.passed else result.explanation


def _worst(samples: Mapping[str, SampleVerdict] | None, ids: Sequence[str], why) -> list[WorstSample]:
    if not samples:
        return []
    return [WorstSample(id=i, why=why(samples[i]), excerpt=excerpt(samples[i].text)) for i in ids[:WORST]]


@dataclass(frozen=True)
class PassRateFloor(Gate):
    minimum: float
    name: str = "floor.pass_rate"

    def evaluate(self, current, baseline=None) -> GateResult:
        p = current.scorecard.passed
        ok = p.rate is not None and p.rate >= self.minimum
        failing = sorted((s for s in (current.samples or {}).values() if not s.passed), key=lambda s: -len(s.errors))
        text = (f"{pct(p.rate)} of {p.total} records pass [95% CI {pct(p.low)}, {pct(p.high)}]; "
                f"needs >= {pct(self.minimum)}")
        return GateResult(gate=self.name, passed=ok, current=p.rate, threshold=self.minimum, comparison=">=",
                          explanation=text, worst=[] if ok else _worst(
                              current.samples, [s.id for s in failing],
                              lambda s: f"{len(s.errors)} errors: " + "; ".join(s.errors[:2])))


@dataclass(frozen=True)
class CheckRateCeiling(Gate):
    check: str
    maximum: float

    @property
    def name(self) -> str:  # type: ignore[override]
        return f"floor.max_check_rate[{self.check}]"

    def evaluate(self, current, baseline=None) -> GateResult:
        score = current.scorecard.by_check.get(self.check)
        if score is None:
            return GateResult(gate=self.name, passed=False, current=None, threshold=self.maximum, comparison="<=",
                              explanation=f"{self.check} was not run (deselected?): its rate cannot be checked")
        rate = score.records.rate
        ok = rate is not None and rate <= self.maximum
        flagged = [s.id for s in (current.samples or {}).values() if self.check in s.checks]
        return GateResult(
            gate=self.name, passed=ok, current=rate, threshold=self.maximum, comparison="<=",
            explanation=f"{self.check} {score.name}: {score.records.count} of {score.records.total} records "
                        f"({pct(rate)}); allowed <= {pct(self.maximum)}",
            worst=[] if ok else _worst(current.samples, flagged, lambda s: s.messages[self.check]))


def mcnemar_worse(pairs: Sequence[tuple[bool, bool]]) -> tuple[int, int, float]:
    """One-sided exact McNemar on (baseline bad, current bad) pairs: the
    samples that got worse, those that got better, and P(at least that many
    got worse | no change) (``harness.stats.mcnemar_one_sided``)."""
    worse, better = discordant([cur for _, cur in pairs], [base for base, _ in pairs])
    return worse, better, mcnemar_one_sided(worse, better)


@dataclass(frozen=True)
class _Regression(Gate):
    """A rate of bad records (failing, or flagged by a check) that must not
    rise by more than ``max_increase`` over the baseline, unless the paired
    test says the rise may be chance."""

    max_increase: float
    alpha: float

    def bad(self, sample: SampleVerdict) -> bool:
        raise NotImplementedError

    def rates(self, card: Scorecard) -> float | None:
        raise NotImplementedError

    def label(self) -> str:
        raise NotImplementedError

    def evaluate(self, current, baseline) -> GateResult:
        now_rate, base_rate = self.rates(current.scorecard), self.rates(baseline.scorecard)
        if now_rate is None or base_rate is None:
            return GateResult(gate=self.name, passed=False, current=now_rate, baseline=base_rate,
                              threshold=self.max_increase, comparison="<=",
                              explanation=f"{self.label()}: not measured in both runs")
        delta = now_rate - base_rate
        pairs, worse_ids = [], []
        for s, base in current.paired(baseline):
            pairs.append((self.bad(base), self.bad(s)))
            if self.bad(s) and not self.bad(base):
                worse_ids.append(s.id)
        text = (f"{self.label()}: {pct(now_rate)} (baseline {pct(base_rate)}), {pts(delta)}; "
                f"allowed {pts(self.max_increase)}")
        p_value = None
        if delta <= self.max_increase:
            ok = True
        elif pairs:
            worse, better, p_value = mcnemar_worse(pairs)
            ok = p_value >= self.alpha
            text += (f"; paired on {len(pairs)} samples: {worse} got worse, {better} better, one-sided exact "
                     f"McNemar p={p_value:.3g} {'>=' if ok else '<'} alpha={self.alpha:g}"
                     + (" (the rise may be chance)" if ok else ""))
        else:
            ok = False
            text += "; no shared samples for a paired test: judged by the delta alone"
        if not worse_ids and current.samples:
            worse_ids = [s.id for s in current.samples.values() if self.bad(s)]
        return GateResult(gate=self.name, passed=ok, current=now_rate, baseline=base_rate, delta=delta,
                          threshold=self.max_increase, comparison="<=", p_value=p_value,
                          paired=len(pairs) if pairs else None, explanation=text,
                          worst=[] if ok else _worst(current.samples, worse_ids, self.why))

    def why(self, sample: SampleVerdict) -> str:
        return "; ".join(sample.errors[:2])


@dataclass(frozen=True)
class FailRateRegression(_Regression):
    name: str = "regression.pass_rate"

    def bad(self, sample):
        return not sample.passed

    def rates(self, card):
        return None if card.passed.rate is None else 1 - card.passed.rate

    def label(self):
        return "records failing"


@dataclass(frozen=True)
class CheckRateRegression(_Regression):
    check: str = ""

    @property
    def name(self) -> str:  # type: ignore[override]
        return f"regression.check_rate[{self.check}]"

    def bad(self, sample):
        return self.check in sample.checks

    def rates(self, card):
        score = card.by_check.get(self.check)
        return None if score is None else score.records.rate

    def label(self):
        return f"records with {self.check}"

    def why(self, sample):
        return sample.messages.get(self.check, "")


@dataclass(frozen=True)
class ParityFloor(Gate):
    """A floor on one parity measure of an ONNX variant against its torch run."""

    variant: str
    measure: Literal["text_match", "verdict_agreement", "check_agreement", "pass_rate_drop"]
    limit: float

    @property
    def name(self) -> str:  # type: ignore[override]
        return f"parity.{self.variant}.{self.measure}"

    def evaluate(self, current, baseline=None) -> GateResult:
        report = current.parity
        comparison = "<=" if self.measure == "pass_rate_drop" else ">="
        if report is None:
            return GateResult(gate=self.name, passed=False, current=None, threshold=self.limit, comparison=comparison,
                              explanation=f"no parity report for {self.variant}: run `epicrisis compare TORCH_RUN "
                                          f"{current.source}` and pass it with --parity")
        value, text, ids = self._measure(report, current)
        ok = value <= self.limit if comparison == "<=" else value >= self.limit
        shown = f"{pts(value)}" if self.measure == "pass_rate_drop" else pct(value)
        limit = f"{pts(self.limit)}" if self.measure == "pass_rate_drop" else pct(self.limit)
        worst = [] if ok else self._worst(report, current, ids)
        return GateResult(gate=self.name, passed=ok, current=value, threshold=self.limit, comparison=comparison,
                          explanation=f"{self.variant} vs torch: {text} {shown}; needs {comparison} {limit}",
                          worst=worst)

    def _measure(self, report: ParityReport, current: RunEvidence) -> tuple[float, str, list[str]]:
        if self.measure == "text_match":
            return report.exact_match.rate or 0.0, f"identical text in {report.exact_match.count}/{report.samples}:", []
        if self.measure == "verdict_agreement":
            agree = report.pass_agreement
            return agree.rate or 0.0, f"same pass/fail verdict in {agree.agree}/{agree.total}:", self._flipped(current, None)
        if self.measure == "check_agreement":
            check, agree = min(report.check_agreement.items(), key=lambda kv: (kv[1].rate or 0.0, kv[0]))
            return (agree.rate or 0.0, f"lowest per-check agreement is {check} ({agree.agree}/{agree.total}):",
                    self._flipped(current, check))
        agree = report.pass_agreement  # torch passes, variant fails: only_a; the reverse: only_b
        drop = (agree.only_a - agree.only_b) / agree.total if agree.total else 0.0
        return drop, f"pass rate drop ({agree.only_a} lost, {agree.only_b} gained of {agree.total}):", \
            self._flipped(current, None)

    @staticmethod
    def _flipped(current: RunEvidence, check: str | None) -> list[str]:
        ref = current.reference
        if ref is None:
            return []
        verdict = (lambda s: s.passed) if check is None else (lambda s: check in s.checks)
        return [s.id for s, r in current.paired(ref) if verdict(s) != verdict(r)]

    def _worst(self, report: ParityReport, current: RunEvidence, ids: list[str]) -> list[WorstSample]:
        if self.measure == "text_match":
            texts = current.samples or {}
            return [WorstSample(id=d.id, excerpt=excerpt(texts[d.id].text) if d.id in texts else "",
                                why=f"diverges at token {d.position}: {d.piece_a!r} (torch) vs {d.piece_b!r}, "
                                    f"torch margin {d.margin_a}")
                    for d in sorted(report.divergences, key=lambda d: d.position)[:WORST]]
        ref = current.reference
        return _worst(current.samples, ids, lambda s: "verdict differs from torch: torch "
                      + ("passes" if ref.samples[s.id].passed else "fails") + ", this variant "
                      + ("passes" if s.passed else "fails: " + "; ".join(s.errors[:1])))


@dataclass(frozen=True)
class ShipAllowed(Gate):
    allowed: tuple[str, ...]
    name: str = "ship.variant"

    def evaluate(self, current, baseline=None) -> GateResult:
        variant = current.scorecard.variant
        ok = any(name in self.allowed for name in gate_names(variant))  # int4 allows every int4 recipe
        return GateResult(gate=self.name, passed=ok, current=None, comparison="in",
                          explanation=f"variant {variant} {'is' if ok else 'is not'} among the variants that may "
                                      f"ship ({', '.join(self.allowed) or 'none'})")


def gates_for(policy: GatePolicy, current: RunEvidence, baseline: RunEvidence | None) -> list[Gate]:
    """The gates a run must pass: floors always, regressions with a baseline,
    parity and shipping for an ONNX variant."""
    gates: list[Gate] = []
    if policy.min_pass_rate is not None:
        gates.append(PassRateFloor(policy.min_pass_rate))
    gates += [CheckRateCeiling(check, limit) for check, limit in sorted(policy.max_check_rate.items())]
    if baseline is not None:
        if policy.max_pass_rate_drop is not None:
            gates.append(FailRateRegression(policy.max_pass_rate_drop, policy.alpha))
        checks = {*current.scorecard.by_check, *baseline.scorecard.by_check, *policy.max_check_rate_increase_by_check}
        for check in sorted(checks):
            limit = policy.check_increase_limit(check)
            if limit is not None:
                gates.append(CheckRateRegression(limit, policy.alpha, check=check))
    if current.scorecard.backend == "onnx":
        variant = current.scorecard.variant
        # A recipe without its own [parity.X] table is held to its family's (int8, int4).
        floors: ParityPolicy = next((policy.parity[n] for n in gate_names(variant) if n in policy.parity),
                                    ParityPolicy())
        for measure in ("text_match", "verdict_agreement", "check_agreement"):
            limit = getattr(floors, f"min_{measure}")
            if limit is not None:
                gates.append(ParityFloor(variant, measure, limit))
        if floors.max_pass_rate_drop is not None:
            gates.append(ParityFloor(variant, "pass_rate_drop", floors.max_pass_rate_drop))
        gates.append(ShipAllowed(policy.ship))
    return gates


def same_rules(current: Scorecard, baseline: Scorecard) -> bool:
    return current.engine.get("checks") == baseline.engine.get("checks")


def evaluate_gates(policy: GatePolicy, current: RunEvidence, baseline: RunEvidence | None) -> GateReport:
    if baseline is not None and not same_rules(current.scorecard, baseline.scorecard):
        raise UsageError(
            f"{baseline.source}: the baseline was scored with different rules from {current.source} "
            "(checks, severities or options): rescore both with one configuration "
            "(`epicrisis rescore RUN --config FILE`) before gating")
    results = [gate.evaluate(current, baseline) for gate in gates_for(policy, current, baseline)]
    card = current.scorecard
    return GateReport(
        created=now(), run=current.source, run_key=card.run_key, backend=card.backend, variant=card.variant,
        baseline=baseline.source if baseline else None,
        baseline_run_key=baseline.scorecard.run_key if baseline else None,
        policy=policy.source, policy_sha256=policy.sha256,
        passed=all(r.passed for r in results), results=results)
