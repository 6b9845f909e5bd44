"""The statistics every comparison uses, and the rule that pairs samples across runs.

Gates, parity and the report all call these, so a figure in the report is the
figure the gate judged:

- ``wilson_interval``: the interval of every rate in a scorecard;
- ``newcombe_interval``: the interval of a difference of two rates
  (Newcombe 1998, method 10, the hybrid score interval built from the two
  Wilson intervals, so it agrees with them and stays sensible at 0 % and 100 %);
- ``mcnemar_one_sided``: "more samples got worse than better", what a
  regression gate asks; ``mcnemar_two_sided``: "the runs differ either way",
  what parity and the report show; both exact (a binomial test on the
  discordant pairs at p = 0.5);
- ``fisher_two_sided``: the report's unpaired test against a bare scorecard.

They are closed forms computed in log space (thousands of samples do not
overflow), not calls into scipy.stats: importing it costs one to four seconds
on the team's 2-core machines, more than ``epicrisis check`` or a report may
take. tests/core/test_stats.py holds them equal to scipy's ``binomtest``,
``proportion_ci(method="wilson")`` and ``fisher_exact`` on many cases.

Pairing. A sample is "the same sample" in two runs when it has the same id
and the same (instruction, input): ``sample_key`` hashes the pair and
``pair_samples`` keeps the ids whose keys agree. The rendered prompt is not
part of the key on purpose: a regression gate compares a candidate with the
production model, which may be another model family with another chat
template, so prompts differ while the clinical case is the same. Parity
(one checkpoint on two runtimes) asks more: that both runs rendered the same
prompt, a property of the runs (one template, one tokenizer) that
``harness.parity.pair_runs`` checks once for the pair of runs instead of
silently dropping samples one by one.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Iterable, Mapping, Sequence
from statistics import NormalDist
from typing import Any, Protocol

CONFIDENCE = 0.95
_LOG_HALF = math.log(0.5)
_RELATIVE = 1 + 1e-7  # scipy's tolerance when collecting "as extreme" tables


def wilson_interval(count: int, total: int, confidence: float = CONFIDENCE) -> tuple[float, float]:
    """Wilson score interval (no continuity correction) for count/total: it
    stays inside [0, 1] and behaves at 0 and n, where the normal approximation
    claims a certainty it does not have."""
    if not 0 <= count <= total or total <= 0:
        raise ValueError(f"need 0 <= count <= total and total > 0, got {count}/{total}")
    z = NormalDist().inv_cdf(0.5 + confidence / 2)
    p = count / total
    denominator = 1 + z * z / total
    centre = (p + z * z / (2 * total)) / denominator
    half = z * math.sqrt(p * (1 - p) / total + z * z / (4 * total * total)) / denominator
    # Clamp the rounding at the ends: the interval of 0/n starts at 0 exactly.
    return (0.0 if count == 0 else max(0.0, centre - half),
            1.0 if count == total else min(1.0, centre + half))


def newcombe_interval(count_a: int, total_a: int, count_b: int, total_b: int,
                      confidence: float = CONFIDENCE) -> tuple[float, float, float]:
    """rate_a - rate_b with its hybrid score interval (Newcombe 1998, method 10)."""
    p1, p2 = count_a / total_a, count_b / total_b
    l1, u1 = wilson_interval(count_a, total_a, confidence)
    l2, u2 = wilson_interval(count_b, total_b, confidence)
    d = p1 - p2
    return d, d - math.sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2), d + math.sqrt((u1 - p1) ** 2 + (p2 - l2) ** 2)


def discordant(a: Sequence[bool], b: Sequence[bool]) -> tuple[int, int]:
    """Pairs true in ``a`` only, and true in ``b`` only: all McNemar looks at."""
    if len(a) != len(b):
        raise ValueError(f"paired sequences differ in length: {len(a)} and {len(b)}")
    return sum(x and not y for x, y in zip(a, b)), sum(y and not x for x, y in zip(a, b))


def _log_comb(n: int, k: int) -> float:
    return math.lgamma(n + 1) - math.lgamma(k + 1) - math.lgamma(n - k + 1)


def _half_tail(k: int, n: int) -> float:
    """P(X <= k) for X ~ Binomial(n, 1/2)."""
    return min(1.0, sum(math.exp(_log_comb(n, i) + n * _LOG_HALF) for i in range(k + 1)))


def mcnemar_one_sided(worse: int, better: int) -> float:
    """Exact one-sided McNemar: P(at least ``worse`` of the ``worse + better``
    discordant pairs went the bad way | no change). 1.0 without discordant pairs."""
    _counts(worse, better)
    n = worse + better
    return 1.0 if n == 0 else _half_tail(better, n)  # P(X >= worse) = P(X <= better) by symmetry


def mcnemar_two_sided(only_a: int, only_b: int) -> float:
    """Exact two-sided McNemar on the discordant pairs (scipy ``binomtest(k, n, 0.5)``)."""
    _counts(only_a, only_b)
    n = only_a + only_b
    return 1.0 if n == 0 else min(1.0, 2 * _half_tail(min(only_a, only_b), n))


def fisher_two_sided(a: int, b: int, c: int, d: int) -> float:
    """Two-sided Fisher exact test of the 2x2 table [[a, b], [c, d]] (scipy ``fisher_exact``)."""
    _counts(a, b, c, d)
    row1, col1, n = a + b, a + c, a + b + c + d
    if n == 0 or row1 in (0, n) or col1 in (0, n):
        return 1.0
    low, high = max(0, row1 + col1 - n), min(row1, col1)

    def log_pmf(x: int) -> float:
        return _log_comb(col1, x) + _log_comb(n - col1, row1 - x) - _log_comb(n, row1)

    limit = log_pmf(a) + math.log(_RELATIVE)
    return min(1.0, sum(math.exp(lp) for lp in map(log_pmf, range(low, high + 1)) if lp <= limit))


def _counts(*values: int) -> None:
    if any(v < 0 for v in values):
        raise ValueError(f"counts must be >= 0, got {values}")


# -- pairing ------------------------------------------------------------------------------------

class _Sample(Protocol):
    id: str
    instruction: str
    input: Any


def sample_key(instruction: str, input: object) -> str:
    """What makes a sample the same clinical case in two runs: its instruction and input."""
    return hashlib.sha256(json.dumps([instruction, input], sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def sample_keys(samples: Iterable[_Sample]) -> dict[str, str]:
    """id -> ``sample_key`` for output records (or anything with id, instruction, input)."""
    return {s.id: sample_key(s.instruction, s.input) for s in samples}


def pair_samples(a: Mapping[str, str], b: Mapping[str, str]) -> list[str]:
    """The ids, in ``a``'s order, that are the same sample in both runs: the
    same id with the same ``sample_key`` (both arguments map id -> key). A
    validation set edited between two runs pairs only the unchanged cases."""
    return [sid for sid, key in a.items() if b.get(sid) == key]
