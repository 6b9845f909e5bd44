"""Exact tests in closed form, without scipy.stats.

Importing scipy.stats costs one to four seconds on the team's 2-core
machines, more than the whole report may take; these are the same numbers
scipy's ``binomtest(k, n, 0.5)`` and ``fisher_exact`` give (the tests hold
them equal), computed in log space so thousands of samples do not overflow.
"""

from __future__ import annotations

import math

_RELATIVE = 1 + 1e-7  # scipy's tolerance when collecting "as extreme" tables


def _log_comb(n: int, k: int) -> float:
    return math.lgamma(n + 1) - math.lgamma(k + 1) - math.lgamma(n - k + 1)


def mcnemar_p(a_only: int, b_only: int) -> float:
    """Exact McNemar: two-sided binomial test of the discordant pairs at p = 0.5."""
    n = a_only + b_only
    if n == 0:
        return 1.0
    k = min(a_only, b_only)
    tail = sum(math.exp(_log_comb(n, i) - n * math.log(2)) for i in range(k + 1))
    return min(1.0, 2 * tail)


def fisher_p(a: int, b: int, c: int, d: int) -> float:
    """Two-sided Fisher exact test of the 2x2 table [[a, b], [c, d]]."""
    row1, col1, n = a + b, a + c, a + b + c + d
    if n == 0 or row1 in (0, n) or col1 in (0, n):
        return 1.0
    low, high = max(0, row1 + col1 - n), min(row1, col1)

    def log_pmf(x: int) -> float:
        return _log_comb(col1, x) + _log_comb(n - col1, row1 - x) - _log_comb(n, row1)

    observed = log_pmf(a)
    limit = observed + math.log(_RELATIVE)
    total = sum(math.exp(lp) for lp in map(log_pmf, range(low, high + 1)) if lp <= limit)
    return min(1.0, total)
