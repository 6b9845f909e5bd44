"""A parity report: two runs of one model compared on the same samples
(typically torch against ONNX fp32/int8/int4), as ``epicrisis compare`` and
``epicrisis export`` write it (``parity/<variant>.json``,
``compare-*-vs-<run>.json``). Computing one lives in ``harness.parity``;
finding the one that belongs to a run, in ``harness.gating``."""

from __future__ import annotations

from typing import Literal

from harness.schemas.base import SCHEMA_VERSION, Record
from harness.schemas.scorecard import Proportion


class RunSide(Record):
    path: str
    key: str
    backend: str
    variant: str
    model_fingerprint: str


class Divergence(Record):
    id: str
    position: int  # index of the first differing new token
    token_a: int | None  # None: that run had stopped
    token_b: int | None
    piece_a: str
    piece_b: str
    margin_a: float | None  # top1 - top2 of run A's scores at the position
    margin_b: float | None


class TeacherForced(Record):
    samples: int
    max_abs_logit_diff: float | None
    per_sample: dict[str, float]
    skipped: str | None = None


class Agreement(Record):
    agree: int
    total: int
    rate: float | None
    only_a: int  # verdict true in A only (a finding / a pass)
    only_b: int


class McNemar(Record):
    """Exact two-sided McNemar: a binomial test on the discordant pass/fail pairs."""

    a_pass_b_fail: int
    a_fail_b_pass: int
    p_value: float
    method: Literal["exact binomial on discordant pairs"] = "exact binomial on discordant pairs"


class ParityReport(Record):
    schema_version: Literal[1] = SCHEMA_VERSION
    run_a: RunSide
    run_b: RunSide
    samples: int
    excluded: list[str]  # ids in both runs that are not the same sample (instruction or input differ)
    exact_match: Proportion
    divergences: list[Divergence]
    margin_at_divergence: dict[str, float | None]
    teacher_forced: TeacherForced
    pass_agreement: Agreement
    check_agreement: dict[str, Agreement]
    mcnemar: McNemar
    engine: dict
