"""How a figure is written wherever it is shown: a rate, a change in rate, a
rate with its 95% interval, a sample's text cut to a line, and the seconds a
step took as records keep them.

The gate's explanation, the CLI's tables and the HTML report print the same
number the same way because they all format it here.
"""

from __future__ import annotations

import time
from typing import Protocol


class _Proportion(Protocol):
    rate: float | None
    low: float | None
    high: float | None


def pct(value: float | None, digits: int = 1) -> str:
    """A rate as a percentage: ``12.5%``; ``n/a`` when there is none."""
    return "n/a" if value is None else f"{value:.{digits}%}"


def pts(value: float) -> str:
    """A change in rate, in percentage points with its sign: ``+3.0 pts``."""
    return f"{value * 100:+.1f} pts"


def pct_interval(proportion: _Proportion | None) -> str:
    """A rate with its 95% interval: ``12.5% [6.1%, 23.8%]``."""
    if proportion is None or proportion.rate is None:
        return "n/a"
    return f"{pct(proportion.rate)} [{pct(proportion.low)}, {pct(proportion.high)}]"


def excerpt(text: str, width: int = 100) -> str:
    """``text`` on one line (runs of white space folded), cut to ``width``
    characters with an ellipsis."""
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def seconds_since(began: float) -> float:
    """Seconds since ``began`` (a ``time.perf_counter()`` reading), to the
    millisecond, as run and export records keep durations."""
    return round(time.perf_counter() - began, 3)
