"""``epicrisis export --search``: of the recipes tried, the one to ship.

Each recipe's variant has been built, scored on the validation split with
ONNX Runtime and judged by the one verdict (``harness.gating``) like any
variant. The search only chooses among those whose verdict passed and whose
files fit the size budget: the smallest, or the fastest (ONNX Runtime tokens/s
on this machine's CPU, ties going to the smaller file). It never passes a
variant the gates blocked.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from harness.schemas import SearchCandidate, SearchRecord, VariantRecord, Verdict
from harness.variants import DTYPES

Prefer = Literal["smallest", "fastest"]
PREFER: tuple[Prefer, ...] = ("smallest", "fastest")
MB = 1024 * 1024


@dataclass(frozen=True)
class SearchRequest:
    budget_mb: float | None = None  # the largest file set (MiB) the app may ship; None: no limit
    prefer: Prefer = "smallest"


def choose(request: SearchRequest, variants: dict[str, VariantRecord], verdicts: dict[str, Verdict],
           refused: dict[str, str]) -> SearchRecord:
    """Every candidate with its outcome, and the chosen variant (None when none passes and fits)."""
    rows = []
    for variant, record in variants.items():
        fits = request.budget_mb is None or record.bytes <= request.budget_mb * MB
        verdict = verdicts[variant]
        if not verdict.passed:
            reason = "; ".join(verdict.reasons()[:3]) or verdict.summary()
        elif not fits:
            reason = f"{record.bytes / MB:.1f} MiB over the budget of {request.budget_mb:g} MiB"
        else:
            reason = "gates passed and fits the budget"
        rows.append(SearchCandidate(
            variant=variant, recipe=record.recipe.recipe if record.recipe else variant, dtype=DTYPES[variant],
            bytes=record.bytes, tokens_per_s=record.tokens_per_s, verdict_agreement=record.verdict_agreement,
            pass_rate=record.pass_rate, gate_passed=verdict.passed, fits_budget=fits,
            outcome="gates failed" if not verdict.passed else "over budget" if not fits else "passed, not chosen",
            reason=reason))
    for variant, why in refused.items():
        rows.append(SearchCandidate(
            variant=variant, recipe=variant, dtype=DTYPES[variant], bytes=None, tokens_per_s=None,
            verdict_agreement=None, pass_rate=None, gate_passed=False, fits_budget=False, outcome="refused on CPU",
            reason=why))
    eligible = [(index, r) for index, r in enumerate(rows) if r.outcome == "passed, not chosen"]
    # Ties go to the earlier recipe (the defaults come first), not to a speed difference: two
    # recipes can write the same file (a tied LM head is fp32 in both int8 and int8-head-fp32).
    if request.prefer == "fastest":
        eligible.sort(key=lambda item: (-(item[1].tokens_per_s or 0.0), item[1].bytes, item[0]))
    else:
        eligible.sort(key=lambda item: (item[1].bytes, item[0]))
    eligible = [r for _, r in eligible]
    chosen = eligible[0].variant if eligible else None
    rows = [r.model_copy(update={"outcome": "chosen", "reason": f"the {request.prefer} variant whose gates "
                                 "passed" + (" within the budget" if request.budget_mb is not None else "")})
            if r.variant == chosen else r for r in rows]
    return SearchRecord(prefer=request.prefer, budget_mb=request.budget_mb, chosen=chosen, candidates=rows)


def render_table(search: SearchRecord) -> str:
    """The search as a plain-text table, smallest file first (what the CLI prints)."""
    header = f"{'variant':<18} {'dtype':<6} {'MiB':>7} {'tok/s':>7} {'agree':>6} {'pass':>6}  outcome"
    lines = [header, "-" * len(header)]
    ordered = sorted(search.candidates, key=lambda r: (r.bytes is None, r.bytes or 0))
    for r in ordered:
        lines.append(
            f"{r.variant:<18} {r.dtype:<6} {_num(r.bytes and r.bytes / MB, 7, 2)} {_num(r.tokens_per_s, 7, 1)} "
            f"{_num(r.verdict_agreement, 6, 2)} {_num(r.pass_rate, 6, 2)}  "
            + (">> chosen" if r.outcome == "chosen" else f"{r.outcome}: {r.reason.split('; ')[0]}"))
    budget = f"budget {search.budget_mb:g} MiB" if search.budget_mb is not None else "no size budget"
    lines.append(f"prefer {search.prefer}, {budget}: "
                 + (f"promotable: {search.chosen}" if search.chosen else "no recipe passed its gates within it"))
    return "\n".join(lines) + "\n"


def _num(value: float | None, width: int, digits: int) -> str:
    return f"{'-':>{width}}" if value is None else f"{value:>{width}.{digits}f}"
