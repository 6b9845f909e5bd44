"""The main job: every stage, from the dataset to a report, in one command.

    prepare -> train (scored checkpoints) -> best -> merge/export fp32
      -> int8/int4 -> score each variant + parity -> gate against the baseline
      -> promote into the demo app + Transformers.js verification -> report

    OUT/data/            train.jsonl, validation.jsonl, rejected.jsonl
    OUT/train/           checkpoints, ledger.jsonl, best.json, train_config.json, scores/
    OUT/export/          the Transformers.js layout, runs/, parity/, gates/, export.json
    OUT/app/             the demo app (from export/app_template) with backend/models/<name>/
    OUT/report.html      OUT/gates.xml (JUnit)  OUT/pipeline.json (stage times, decision)

Layering: this module belongs to the core's CLI side and imports
``training``, ``export`` and ``reports`` only inside the stage functions,
so importing the harness never loads them (nor torch).
"""

from __future__ import annotations

import json
import shutil
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from export.app_registry import APP_TEMPLATE
from harness.atomic import write_atomic, write_files_atomic
from harness.errors import UsageError
from harness.runs import now
from harness.variants import DEFAULT_VARIANTS
from training.micro import PRESET_DIR as PRESETS

# The embedded default: the real user's path in miniature. A small Qwen2 base
# pretrained on a GPU in another house style (`epicrisis pretrain`, its card in
# base_card.json) is fine-tuned here with the recipe below on the bundled data,
# and gated by the default policy against the demo app's production model (an
# earlier, shorter fine-tune of the same base, whose run is the baseline).
EMBEDDED = "micro-base"
EMBEDDED_BASE = PRESETS / EMBEDDED
EMBEDDED_RECIPE = PRESETS / "micro-base-finetune.toml"
BUNDLED_BASELINE = PRESETS / "micro-base-baseline"
STAGES = ("prepare", "train", "best", "export", "gate", "promote", "report")

Say = Callable[[str], None]


@dataclass(frozen=True)
class PipelineRequest:
    out: Path = Path("runs/demo")
    data: tuple[Path, ...] = ()  # JSONL files; default: the bundled dataset
    base: str = EMBEDDED  # micro-base (the shipped base), micro (from scratch), a local HF model folder, a .gguf
    train_config: Path | None = None  # train.toml
    app: Path | None = None  # default: OUT/app, created from the template
    gates: Path | None = None  # default: harness/default_gates.toml, for every model
    baseline: Path | None = None  # default: the bundled baseline (embedded default on the bundled dataset only)
    no_baseline: bool = False  # run without regression gates even where a bundled baseline applies
    model_id: str = "local/epicrisis-demo"
    variants: tuple[str, ...] = DEFAULT_VARIANTS
    train_flags: dict[str, Any] = field(default_factory=dict)  # e.g. {"max_steps": 20, "eval": {"limit": 4}}
    verify: bool = True
    score_onnx: bool = True  # export and score every checkpoint on ONNX too (its parity in the ledger)
    threads: int | None = None


@dataclass
class PipelineOutcome:
    out: Path
    times: dict[str, float] = field(default_factory=dict)
    best_checkpoint: Path | None = None
    promotable: list[str] = field(default_factory=list)
    promoted: str | None = None  # the variant now in the app
    promoted_to: Path | None = None
    decision: str = ""
    report: Path | None = None
    notes: list[str] = field(default_factory=list)
    gates: str = ""  # the gate file that applied
    baseline: str | None = None  # the baseline that applied

    def record(self) -> dict[str, Any]:
        return {"created": now(), "out": str(self.out), "times": self.times,
                "best_checkpoint": str(self.best_checkpoint) if self.best_checkpoint else None,
                "promotable": self.promotable, "promoted": self.promoted,
                "promoted_to": str(self.promoted_to) if self.promoted_to else None,
                "decision": self.decision, "report": str(self.report) if self.report else None,
                "gates": self.gates, "baseline": self.baseline, "notes": self.notes}


class StageClock:
    """Announces each stage, times it, and keeps the times for the record."""

    def __init__(self, outcome: PipelineOutcome, say: Say) -> None:
        self.outcome, self.say = outcome, say

    def run(self, name: str, work: Callable[[], Any]) -> Any:
        number = STAGES.index(name) + 1
        self.say(f"[{number}/{len(STAGES)}] {name} ...")
        began = time.perf_counter()
        try:
            return work()
        finally:
            seconds = round(time.perf_counter() - began, 1)
            self.outcome.times[name] = seconds
            self.say(f"[{number}/{len(STAGES)}] {name} done in {seconds:.1f} s")


def bundled_data() -> list[Path]:
    """The dataset shipped as package data (``epicrisis data generate`` writes it)."""
    from training.data.generator import bundled_paths

    return bundled_paths()


def prepare_data(files: Sequence[Path], out: Path, say: Say) -> tuple[Path, Path]:
    from training.data import prepare as prep

    reading = prep.validate(prep.load(files))
    if reading.rejected:
        from harness.errors import InputErrors

        raise InputErrors([r.as_error() for r in reading.rejected])
    train, validation = prep.split(reading.examples)
    write_files_atomic(out, {
        "train.jsonl": "".join(prep.example_line(ex) for ex in train),
        "validation.jsonl": "".join(prep.example_line(ex) for ex in validation),
        "rejected.jsonl": "",
    })
    say(f"  {reading.lines} records from {len(files)} file(s): {len(train)} train, {len(validation)} validation")
    return out / "train.jsonl", out / "validation.jsonl"


def train_model(request: PipelineRequest, data_dir: Path, out: Path, say: Say, progress: Callable | None):
    from export.score import score_onnx_checkpoint
    from harness.config import load_config
    from training.config import resolve_settings
    from training.micro import load_preset
    from training.sft import train

    flags = {**request.train_flags, "base": base_path(request), "data": data_dir, "output": out}
    if request.threads:
        flags["threads"] = request.threads
    if request.score_onnx:
        flags["eval"] = {**flags.get("eval", {}), "onnx": True}
    settings, sources = resolve_settings(resolve_recipe(request), flags,
                                         preset_training=lambda path: load_preset(path).training)
    # training never imports export: the app hands it the ONNX scorer ([eval] onnx uses it)
    result = train(settings, sources, overwrite=True, say=say, checks=load_config(), scoring_progress=progress,
                   onnx_scorer=score_onnx_checkpoint)
    for row in result.rows:
        rate = "not scored" if row.passed is None else f"{row.passed.count}/{row.passed.total} pass"
        say(f"  checkpoint-{row.step}: train loss {_num(row.train_loss)}, eval loss {_num(row.eval_loss)}, {rate}"
            + (" (best)" if row.best else "") + (f" [{row.error}]" if row.error else ""))
    return settings, result


def export_best(request: PipelineRequest, settings: Any, best: Any, validation: Path, out: Path,
                baseline: Path | None, say: Say):
    from export.pipeline import ExportRequest, export_checkpoint
    from harness.config import load_config
    from harness.gatefile import load_policy

    generation = settings.eval.generation  # what the training callback scored the checkpoints with
    base = Path(base_path(request)) if Path(base_path(request)).is_dir() else None
    export_request = ExportRequest(
        checkpoint=Path(best.checkpoint), out=out, data=validation, policy=load_policy(request.gates),
        base=base, baseline=baseline, variants=request.variants, limit=settings.eval.limit,
        generation=generation, threads=request.threads,
        # The training callback already ran this checkpoint with these settings: reused, not
        # regenerated, when it ran on the CPU (the fp32 reference the ONNX variants are compared with).
        torch_run=Path(best.run_dir) if best.run_dir and _trained_on(settings.output) == "cpu" else None)
    return export_checkpoint(export_request, load_config(), log=lambda text: say(f"  {text}"))


def _trained_on(train_dir: Path) -> str | None:
    from training.record import read_record

    try:
        return read_record(train_dir).device.get("device")
    except (OSError, ValueError):
        return None


def _num(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def demo_app(target: Path, say: Say) -> Path:
    """The app folder: an existing one is used as is; otherwise the template is copied."""
    if (target / "backend").is_dir():
        return target
    if not APP_TEMPLATE.is_dir():
        raise UsageError(f"{APP_TEMPLATE}: the app template is missing from this checkout")
    shutil.copytree(APP_TEMPLATE, target, dirs_exist_ok=True)
    say(f"  created the demo app {target} from {APP_TEMPLATE}")
    return target


def embedded_default(request: PipelineRequest) -> bool:
    """The shipped base on the bundled dataset: what the bundled recipe and baseline describe."""
    return request.base == EMBEDDED and not request.data


def base_path(request: PipelineRequest) -> str:
    """``micro-base`` is the base shipped as package data; anything else as given."""
    return str(EMBEDDED_BASE) if request.base == EMBEDDED else request.base


def resolve_recipe(request: PipelineRequest) -> Path | None:
    """The train.toml that applies: the user's, else the embedded default's fine-tune recipe."""
    if request.train_config is None and request.base == EMBEDDED:
        return EMBEDDED_RECIPE
    return request.train_config


def resolve_gates(request: PipelineRequest) -> Path | None:
    return request.gates  # None: harness/default_gates.toml, the same policy for every model


def resolve_baseline(request: PipelineRequest) -> Path | None:
    if request.no_baseline:
        if request.baseline is not None:
            raise UsageError("--baseline and --no-baseline contradict each other: pass one")
        return None
    if request.baseline is None and embedded_default(request) and (BUNDLED_BASELINE / "run.json").is_file():
        return BUNDLED_BASELINE
    return request.baseline


def check_inputs(request: PipelineRequest) -> tuple[Path | None, Path | None]:
    """Everything a late stage would trip on, checked before the first one
    runs: the gate file, the baseline, the app folder. Returns the gate file
    and the baseline that apply."""
    from harness.gatefile import load_policy
    from harness.verdicts import RunEvidence

    gates = resolve_gates(request)
    load_policy(gates)
    if request.base == EMBEDDED and not (EMBEDDED_BASE / "config.json").is_file():
        raise UsageError(f"{EMBEDDED_BASE}: the shipped base is missing from this install (rebuild it with "
                         "`epicrisis pretrain --preset micro-base --out ...`, see its base_card.json)")
    baseline = resolve_baseline(request)
    if baseline is not None:
        if not baseline.exists():
            raise UsageError(f"{baseline}: baseline not found (a baseline folder or a scorecard.json; "
                             "leave --baseline out to run without regression gates)")
        RunEvidence.load(baseline)
    if request.app is not None and not (request.app / "backend").is_dir():
        raise UsageError(f"{request.app}: no backend/ folder: --app must be the app's root")
    return gates, baseline


def run_pipeline(request: PipelineRequest, say: Say = print, progress: Callable | None = None) -> PipelineOutcome:
    gates, baseline = check_inputs(request)
    request = replace(request, gates=gates)
    out = request.out
    out.mkdir(parents=True, exist_ok=True)
    outcome = PipelineOutcome(out)
    clock = StageClock(outcome, say)
    outcome.gates = str(gates) if gates else "harness/default_gates.toml (built in)"
    outcome.baseline = str(baseline) if baseline else None
    say(f"gates: {outcome.gates}; baseline: {outcome.baseline or 'none'}")
    if baseline is None:
        outcome.notes.append("no baseline: the regression gates were not run")

    _, validation = clock.run("prepare", lambda: prepare_data(
        list(request.data) or bundled_data(), out / "data", say))
    settings, _ = clock.run("train", lambda: train_model(request, out / "data", out / "train", say, progress))

    def best():
        from training.ledger import read_best

        chosen = read_best(out / "train")
        say(f"  best: {Path(chosen.checkpoint).name} ({chosen.passed.count}/{chosen.passed.total} pass, "
            f"eval loss {_num(chosen.eval_loss)})")
        return chosen

    chosen = clock.run("best", best)
    outcome.best_checkpoint = Path(chosen.checkpoint)
    exported = clock.run("export", lambda: export_best(request, settings, chosen, validation, out / "export",
                                                       baseline, say))
    outcome.promotable = list(exported.promotable)

    def gate():
        for name, verdict in exported.reports.items():
            say(f"  {name}: {verdict.summary()}")
            for reason in verdict.reasons():
                say(f"    {reason}")
            for warning in verdict.warnings:
                say(f"    warning: {warning}")
        say(f"  promotable: {', '.join(outcome.promotable) or 'none'}")
        return subject_of(exported)

    subject = clock.run("gate", gate)
    blocked_by = clock.run("promote", lambda: _promote(request, out, outcome, subject, exported, say))
    clock.run("report", lambda: _report(out, exported, outcome, subject, blocked_by, baseline, say))
    write_atomic(out / "pipeline.json", json.dumps(outcome.record(), indent=2) + "\n")
    return outcome


def subject_of(exported: Any) -> str | None:
    """The variant the decision is about: the one promotion takes (the first
    of the preference order that passed), or, when none passed, the one it
    would have preferred, so the decision says why that one is blocked."""
    from export.promote import PREFERENCE

    variants = exported.record.variants
    return (next((v for v in PREFERENCE if v in variants and exported.reports[v].passed), None)
            or next((v for v in PREFERENCE if v in variants), None))


def _promote(request: PipelineRequest, out: Path, outcome: PipelineOutcome, subject: str | None,
             exported: Any, say: Say) -> str | None:
    """Promote the subject when its verdict passed; returns what blocked it
    after the gates (the Transformers.js check), if anything."""
    from export.promote import PromotionRefused, PromotionRequest, promote
    from export.verify_js import JsVerificationError

    verdict = exported.reports[subject] if subject else exported.reports["checkpoint"]
    if not verdict.passed:
        outcome.decision = f"blocked: {subject or 'the checkpoint'} fails " + "; ".join(verdict.reasons())
        say(f"  blocked: nothing promoted ({verdict.summary()})")
        return None
    app = demo_app(request.app or out / "app", say)
    try:
        promoted = promote(PromotionRequest(export_dir=out / "export", app_dir=app, model_id=request.model_id,
                                            variant=subject, verify=request.verify, threads=request.threads or 2),
                           log=lambda text: say(f"  {text}"))
    except (PromotionRefused, JsVerificationError) as exc:
        outcome.decision = f"blocked at promotion: {str(exc).splitlines()[0]}"
        say(f"  {outcome.decision}")
        return outcome.decision
    outcome.promoted, outcome.promoted_to = promoted.variant, promoted.target
    verified = "verified in Transformers.js" if request.verify else "not verified (--no-verify)"
    outcome.decision = f"promoted {promoted.variant} to {promoted.target} ({verified})"
    say(f"  {outcome.decision}")
    return None


def _report(out: Path, exported: Any, outcome: PipelineOutcome, subject: str | None, blocked_by: str | None,
            baseline: Path | None, say: Say) -> None:
    """The report is about the decision's subject, with its verdict (the same
    object the gate stage printed and promotion checked) as headline and JUnit."""
    from reports.build import ReportRequest, make_report

    export_dir = out / "export"
    record = exported.record
    runs = [export_dir / record.torch_run] + [export_dir / v.run for v in record.variants.values()]
    primary = export_dir / record.variants[subject].run if subject else runs[0]
    verdict = exported.reports[subject] if subject else exported.reports["checkpoint"]
    made = make_report(ReportRequest(runs=runs, out=out / "report.html", baseline=baseline, primary=primary,
                                     gate_report=verdict, blocked_by=blocked_by, junit=out / "gates.xml",
                                     ledger=out / "train"))  # title: the report's own, in its language
    outcome.report = made.path
    say(f"  wrote {made.path} and {out / 'gates.xml'}")
