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

The figures (which samples pair, identical text, verdict and per-check
agreement, McNemar, first divergences) are computed by ``pair_runs`` and
``parity_figures`` only: ``epicrisis compare`` (whose report the parity gates
read) and the HTML report (from the stored findings) both call them, so the
report cannot contradict the gate on what was compared or how. Samples pair by
``harness.stats.pair_samples`` (same id, same instruction and input), the rule
every comparison uses; parity also requires both runs to have rendered the
same prompts, a property of the two runs checked once by ``pair_runs``.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from harness.config import Config
from harness.errors import UsageError
from harness.evaluate import check_outputs
from harness.records import RecordResult
from harness.runs import RunDir, fingerprint
from harness.schemas import (
    Agreement,
    Divergence,
    McNemar,
    OutputRecord,
    ParityReport,
    Proportion,
    RunManifest,
    RunSide,
    TeacherForced,
)
from harness.stats import discordant, mcnemar_two_sided, pair_samples, sample_keys


def _side(run: RunDir, manifest: RunManifest) -> RunSide:
    return RunSide(path=str(run.path.resolve()), key=manifest.key, backend=manifest.backend,
                   variant=manifest.variant, model_fingerprint=manifest.model.fingerprint)


def first_divergence(a: Sequence[int], b: Sequence[int]) -> int | None:
    for i, (x, y) in enumerate(zip(a, b)):
        if x != y:
            return i
    return None if len(a) == len(b) else min(len(a), len(b))


def agreement(a: Sequence[bool], b: Sequence[bool]) -> Agreement:
    only_a, only_b = discordant(a, b)
    agree = len(a) - only_a - only_b
    return Agreement(agree=agree, total=len(a), rate=agree / len(a) if a else None, only_a=only_a, only_b=only_b)


def mcnemar_exact(a_passed: Sequence[bool], b_passed: Sequence[bool]) -> McNemar:
    only_a, only_b = discordant(a_passed, b_passed)
    return McNemar(a_pass_b_fail=only_a, a_fail_b_pass=only_b, p_value=mcnemar_two_sided(only_a, only_b))


@dataclass(frozen=True, slots=True)
class RunPairing:
    """The samples two runs share, as parity compares them."""

    pairs: list[tuple[OutputRecord, OutputRecord]]  # (run A's output, run B's), in run A's order
    excluded: list[str]  # ids in both runs that are not the same sample
    mismatch: str | None  # why the runs cannot be compared at all (then ``pairs`` is empty)


def pair_runs(manifest_a: RunManifest, outputs_a: Sequence[OutputRecord],
              manifest_b: RunManifest, outputs_b: Sequence[OutputRecord]) -> RunPairing:
    """Pair the samples of two runs for parity. Parity measures what the
    runtime changes, so both runs must have rendered the same prompt: the same
    template (a run-level fact) and, for every paired sample, the same prompt
    text (a different tokenizer under the same template would show there).
    Either difference makes the whole comparison meaningless, so it is
    reported as a mismatch rather than by dropping samples one by one."""
    if manifest_a.prompt.hash != manifest_b.prompt.hash:
        return RunPairing([], [], f"the runs used different prompt templates ({manifest_a.prompt.hash[:12]}… and "
                                  f"{manifest_b.prompt.hash[:12]}…): parity compares one prompt on two runtimes")
    keys_a, keys_b = sample_keys(outputs_a), sample_keys(outputs_b)
    by_id_a, by_id_b = {o.id: o for o in outputs_a}, {o.id: o for o in outputs_b}
    pairs = [(by_id_a[i], by_id_b[i]) for i in pair_samples(keys_a, keys_b)]
    differ = [a.id for a, b in pairs if a.prompt_sha256 != b.prompt_sha256]
    if differ:
        return RunPairing([], [], f"{len(differ)} samples (first: {differ[0]!r}) were rendered into different "
                                  "prompts under the same template: the runs used different tokenizers")
    paired = {a.id for a, _ in pairs}
    return RunPairing(pairs, [i for i in keys_a if i in keys_b and i not in paired], None)


@dataclass(frozen=True, slots=True)
class ParityFigures:
    """What parity measures on paired samples (A is the reference run)."""

    ids: tuple[str, ...]
    exact_match: Proportion
    pass_agreement: Agreement
    check_agreement: dict[str, Agreement]
    mcnemar: McNemar
    first_divergence: dict[str, int]  # sample id -> first differing new token (diverged samples only)

    @property
    def samples(self) -> int:
        return len(self.ids)


def parity_figures(pairs: Sequence[tuple[OutputRecord, OutputRecord]], passed: tuple[Sequence[bool], Sequence[bool]],
                   fired: tuple[Sequence[Iterable[str]], Sequence[Iterable[str]]],
                   checks: Iterable[str] = ()) -> ParityFigures:
    """The figures of two runs on their paired outputs, given each side's
    verdicts (``passed``) and the checks that fired per sample (``fired``), in
    the order of ``pairs``. Every check in ``checks`` (the engine's) gets an
    agreement, also those that never fired (they agree everywhere)."""
    fired_a, fired_b = ([frozenset(f) for f in side] for side in fired)
    if not len(pairs) == len(passed[0]) == len(passed[1]) == len(fired_a) == len(fired_b):
        raise ValueError("pairs, verdicts and fired checks differ in length")
    divergence = {}
    for a, b in pairs:
        position = first_divergence(a.token_ids, b.token_ids)
        if position is not None:
            divergence[a.id] = position
    check_ids = sorted({*checks, *(c for side in (fired_a, fired_b) for f in side for c in f)})
    return ParityFigures(
        ids=tuple(a.id for a, _ in pairs),
        exact_match=Proportion.of(sum(a.text == b.text for a, b in pairs), len(pairs)),
        pass_agreement=agreement(passed[0], passed[1]),
        check_agreement={c: agreement([c in f for f in fired_a], [c in f for f in fired_b]) for c in check_ids},
        mcnemar=mcnemar_exact(passed[0], passed[1]), first_divergence=divergence)


def compare_runs(run_a: str | Path, run_b: str | Path, config: Config, *, teacher_forced: int = 3,
                 model_a: Path | None = None, model_b: Path | None = None) -> ParityReport:
    from harness.engine import Engine

    engine = Engine(config)
    dirs = RunDir(run_a), RunDir(run_b)
    manifests = dirs[0].read_manifest(), dirs[1].read_manifest()
    pairing = pair_runs(manifests[0], dirs[0].outputs(manifests[0]), manifests[1], dirs[1].outputs(manifests[1]))
    if pairing.mismatch:
        raise UsageError(f"{run_b}: against {run_a}: {pairing.mismatch}")
    if not pairing.pairs:
        raise UsageError(f"{run_b}: shares no sample with {run_a} (same id, instruction and input): "
                         "nothing to compare")
    a = [x for x, _ in pairing.pairs]
    b = [y for _, y in pairing.pairs]
    results_a = check_outputs(a, config, jobs=1)
    results_b = check_outputs(b, config, jobs=1)
    figures = parity_figures(pairing.pairs, ([r.passed for r in results_a], [r.passed for r in results_b]),
                             ([_fired(r) for r in results_a], [_fired(r) for r in results_b]),
                             checks=engine.describe()["checks"])

    tokenizer_decode = _decoder(manifests[0])
    divergences = []
    for x, y in zip(a, b):
        pos = figures.first_divergence.get(x.id)
        if pos is None:
            continue
        divergences.append(Divergence(
            id=x.id, position=pos, token_a=_at(x.token_ids, pos), token_b=_at(y.token_ids, pos),
            piece_a=tokenizer_decode(_at(x.token_ids, pos)), piece_b=tokenizer_decode(_at(y.token_ids, pos)),
            margin_a=_at(x.margins, pos), margin_b=_at(y.margins, pos)))
    margins = [d.margin_a for d in divergences if d.margin_a is not None]
    forced = _teacher_forced(manifests, (model_a, model_b), a, divergences, teacher_forced)
    return ParityReport(
        run_a=_side(dirs[0], manifests[0]), run_b=_side(dirs[1], manifests[1]), samples=figures.samples,
        excluded=pairing.excluded, exact_match=figures.exact_match, divergences=divergences,
        margin_at_divergence={
            "min": min(margins) if margins else None,
            "median": statistics.median(margins) if margins else None,
            "max": max(margins) if margins else None},
        teacher_forced=forced, pass_agreement=figures.pass_agreement, check_agreement=figures.check_agreement,
        mcnemar=figures.mcnemar, engine=engine.describe())


def _at(values: Sequence, index: int):
    return values[index] if index < len(values) else None


def _fired(result: RecordResult) -> set[str]:
    return {f.check for f in result.findings}


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
