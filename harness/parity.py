"""Parity of two runs on the same samples (typically torch vs onnx fp32/int8/int4).

Everything except the teacher-forced logits comes from the run records alone:
each output stores, per generated token, the margin (top1 - top2) of the
scores that chose it, so at the first divergent token the margin of run A's
model at that exact position is on disk (the prefixes are equal up to there).
A small margin there means a near-tie flip (what int4 MatMulNBits is known
for); a large one means the runtimes really disagree.

The teacher-forced check needs both models: it feeds prompt + run A's tokens
to each and reports the largest absolute logit difference. The models are
loaded from the paths the runs recorded (or ``model_a``/``model_b``), and
their fingerprints must match the runs'.

Verdicts are recomputed for both runs with one engine configuration, so a
rule change between the two runs' scoring cannot pass for a model difference.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict

from harness.config import Config
from harness.errors import UsageError
from harness.evaluate import check_outputs
from harness.records import RecordResult
from harness.runs import SCHEMA_VERSION, OutputRecord, RunDir, RunManifest, fingerprint
from harness.scorecard import Proportion


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class RunSide(_Model):
    path: str
    key: str
    backend: str
    variant: str
    model_fingerprint: str


class Divergence(_Model):
    id: str
    position: int  # index of the first differing new token
    token_a: int | None  # None: that run had stopped
    token_b: int | None
    piece_a: str
    piece_b: str
    margin_a: float | None  # top1 - top2 of run A's scores at the position
    margin_b: float | None


class TeacherForced(_Model):
    samples: int
    max_abs_logit_diff: float | None
    per_sample: dict[str, float]
    skipped: str | None = None


class Agreement(_Model):
    agree: int
    total: int
    rate: float | None
    only_a: int  # verdict true in A only (a finding / a pass)
    only_b: int


class McNemar(_Model):
    """Exact McNemar: a binomial test on the discordant pass/fail pairs."""

    a_pass_b_fail: int
    a_fail_b_pass: int
    p_value: float
    method: Literal["exact binomial on discordant pairs"] = "exact binomial on discordant pairs"


class ParityReport(_Model):
    schema_version: Literal[1] = SCHEMA_VERSION
    run_a: RunSide
    run_b: RunSide
    samples: int
    excluded: list[str]  # ids whose prompts differ between the runs
    exact_match: Proportion
    divergences: list[Divergence]
    margin_at_divergence: dict[str, float | None]
    teacher_forced: TeacherForced
    pass_agreement: Agreement
    check_agreement: dict[str, Agreement]
    mcnemar: McNemar
    engine: dict


def _side(run: RunDir, manifest: RunManifest) -> RunSide:
    return RunSide(path=str(run.path.resolve()), key=manifest.key, backend=manifest.backend,
                   variant=manifest.variant, model_fingerprint=manifest.model.fingerprint)


def first_divergence(a: Sequence[int], b: Sequence[int]) -> int | None:
    for i, (x, y) in enumerate(zip(a, b)):
        if x != y:
            return i
    return None if len(a) == len(b) else min(len(a), len(b))


def agreement(a: Sequence[bool], b: Sequence[bool]) -> Agreement:
    agree = sum(x == y for x, y in zip(a, b))
    return Agreement(agree=agree, total=len(a), rate=agree / len(a) if a else None,
                     only_a=sum(x and not y for x, y in zip(a, b)),
                     only_b=sum(y and not x for x, y in zip(a, b)))


def mcnemar_exact(a_passed: Sequence[bool], b_passed: Sequence[bool]) -> McNemar:
    from scipy.stats import binomtest

    b = sum(x and not y for x, y in zip(a_passed, b_passed))
    c = sum(y and not x for x, y in zip(a_passed, b_passed))
    p = binomtest(b, b + c, 0.5).pvalue if b + c else 1.0
    return McNemar(a_pass_b_fail=b, a_fail_b_pass=c, p_value=float(p))


def compare_runs(run_a: str | Path, run_b: str | Path, config: Config, *, teacher_forced: int = 3,
                 model_a: Path | None = None, model_b: Path | None = None) -> ParityReport:
    from harness.engine import Engine

    engine = Engine(config)
    dirs = RunDir(run_a), RunDir(run_b)
    manifests = dirs[0].read_manifest(), dirs[1].read_manifest()
    outs_a, outs_b = ({o.id: o for o in d.outputs(m)} for d, m in zip(dirs, manifests))
    common = [sid for sid in outs_a if sid in outs_b]
    excluded = [sid for sid in common if outs_a[sid].prompt_sha256 != outs_b[sid].prompt_sha256]
    ids = [sid for sid in common if sid not in excluded]
    if not ids:
        raise UsageError(f"{run_a} and {run_b} share no sample with the same prompt: nothing to compare")
    a = [outs_a[i] for i in ids]
    b = [outs_b[i] for i in ids]

    tokenizer_decode = _decoder(manifests[0])
    divergences = []
    for x, y in zip(a, b):
        pos = first_divergence(x.token_ids, y.token_ids)
        if pos is None:
            continue
        divergences.append(Divergence(
            id=x.id, position=pos, token_a=_at(x.token_ids, pos), token_b=_at(y.token_ids, pos),
            piece_a=tokenizer_decode(_at(x.token_ids, pos)), piece_b=tokenizer_decode(_at(y.token_ids, pos)),
            margin_a=_at(x.margins, pos), margin_b=_at(y.margins, pos)))
    margins = [d.margin_a for d in divergences if d.margin_a is not None]
    results_a = check_outputs(a, config, jobs=1)
    results_b = check_outputs(b, config, jobs=1)
    check_ids = sorted({*engine.describe()["checks"], *_fired(results_a), *_fired(results_b)})
    by_check = {
        cid: agreement([_has(r, cid) for r in results_a], [_has(r, cid) for r in results_b])
        for cid in check_ids}
    passed_a = [r.passed for r in results_a]
    passed_b = [r.passed for r in results_b]
    forced = _teacher_forced(manifests, (model_a, model_b), a, divergences, teacher_forced)
    return ParityReport(
        run_a=_side(dirs[0], manifests[0]), run_b=_side(dirs[1], manifests[1]), samples=len(ids),
        excluded=excluded,
        exact_match=Proportion.of(sum(x.text == y.text for x, y in zip(a, b)), len(ids)),
        divergences=divergences,
        margin_at_divergence={
            "min": min(margins) if margins else None,
            "median": statistics.median(margins) if margins else None,
            "max": max(margins) if margins else None},
        teacher_forced=forced,
        pass_agreement=agreement(passed_a, passed_b), check_agreement=by_check,
        mcnemar=mcnemar_exact(passed_a, passed_b), engine=engine.describe())


def _at(values: Sequence, index: int):
    return values[index] if index < len(values) else None


def _fired(results: Sequence[RecordResult]) -> set[str]:
    return {f.check for r in results for f in r.findings}


def _has(result: RecordResult, check_id: str) -> bool:
    return any(f.check == check_id for f in result.findings)


def _decoder(manifest: RunManifest):
    """Token id -> text with run A's tokenizer when it loads; ids alone otherwise."""
    try:
        from harness.backends import load_tokenizer

        tokenizer = load_tokenizer(manifest.model.path, base=manifest.model.base, backend=manifest.backend)
    except UsageError:
        return lambda token: "" if token is None else f"<{token}>"
    return lambda token: "" if token is None else tokenizer.decode([token])


def _teacher_forced(manifests: tuple[RunManifest, RunManifest], overrides: tuple[Path | None, Path | None],
                    outputs_a: Sequence[OutputRecord], divergences: Sequence[Divergence],
                    count: int) -> TeacherForced:
    if count <= 0:
        return TeacherForced(samples=0, max_abs_logit_diff=None, per_sample={}, skipped="not asked for")
    from harness.backends import load_backend, model_files
    from harness.prompt import PromptBuilder, text_sha256

    backends = []
    for manifest, override in zip(manifests, overrides):
        folder = Path(override or manifest.model.path)
        if not folder.is_dir():
            return TeacherForced(samples=0, max_abs_logit_diff=None, per_sample={},
                                 skipped=f"{folder}: model folder not found (pass --model-a/--model-b)")
        base = Path(manifest.model.base) if manifest.model.base else None
        files = model_files(manifest.backend, folder, variant=manifest.variant, base=base)
        found, _ = fingerprint(files, folder)
        if found != manifest.model.fingerprint:
            raise UsageError(f"{folder}: model fingerprint {found[:12]}… differs from the run's "
                             f"{manifest.model.fingerprint[:12]}…: not the model that wrote it")
        backends.append(load_backend(manifest.backend, folder, variant=manifest.variant, base=base))
    # Divergent samples first: that is where a logit difference matters.
    diverged = {d.id for d in divergences}
    chosen = sorted(outputs_a, key=lambda o: o.id not in diverged)[:count]
    builder = PromptBuilder(backends[0].tokenizer)
    per_sample: dict[str, float] = {}
    for output in chosen:
        prompt = builder.render(output.instruction, output.input)
        if text_sha256(prompt) != output.prompt_sha256:
            raise UsageError(f"sample {output.id!r}: the tokenizer's prompt differs from the run's")
        logits_a = backends[0].logits(prompt, output.token_ids)
        logits_b = backends[1].logits(prompt, output.token_ids)
        per_sample[output.id] = float(abs(logits_a - logits_b).max()) if len(output.token_ids) else 0.0
    return TeacherForced(samples=len(per_sample), per_sample=per_sample,
                         max_abs_logit_diff=max(per_sample.values()) if per_sample else None)
