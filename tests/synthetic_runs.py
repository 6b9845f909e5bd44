"""Synthetic run directories for report, plugin and benchmark tests: no model runs.

Inputs and reference texts come from the bundled dataset's generator; each
run's outputs are those texts with chosen defects, written with the
evaluation issue's pydantic models and scored by the real rule engine
(``harness.evaluate.score_run``), so findings, spans and scorecards are the
ones a real run would store.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable
from pathlib import Path

from harness.config import Config
from harness.evaluate import score_run
from harness.generation import GenerationConfig
from harness.runs import RunDir, cache_key, now
from harness.schemas import DataInfo, ModelInfo, OutputRecord, PromptInfo, RunManifest, Scorecard

SCRIPT_PAYLOAD = "<script>document.title='pwned';document.documentElement.setAttribute('data-pwned','script')</script>"
IMG_PAYLOAD = "<img src=x onerror=\"document.documentElement.setAttribute('data-pwned','img')\">"


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def clean(text: str) -> str:
    return text


def no_prefix(text: str) -> str:
    return text.replace("Ingresa por", "Paciente hospitalizado por", 1)


def repeat_last_sentence(text: str) -> str:
    last = text.rstrip().rsplit(". ", 1)[-1]
    return f"{text} {last} {last}"


def markdown(text: str) -> str:
    return "**Epicrisis**\n" + text


def xss(text: str) -> str:
    """Both payloads inside the text: FMT002 flags the HTML, so they sit inside marks too."""
    return f"{text} {SCRIPT_PAYLOAD} {IMG_PAYLOAD}"


def swap_word(text: str) -> str:
    """What a quantized model does: the same text until one word flips."""
    words = text.split(" ")
    middle = len(words) // 2
    words[middle] = words[middle] + "s"
    return " ".join(words)


Defect = Callable[[str], str]


def samples(n: int, seed: int = 350) -> list[tuple[str, object, str]]:
    """``n`` (id, input, reference text) from the dataset generator."""
    from training.data.generator import generate_record

    rows = []
    for index in range(n):
        record = generate_record(seed, index)
        rows.append((f"s{index:04d}", record["input"], record["output"]))
    return rows


def write_run(out: Path, rows: Iterable[tuple[str, object, str]], *, backend: str = "torch",
              variant: str = "fp32", model: str = "micro", generation: GenerationConfig | None = None,
              config: Config | None = None) -> Scorecard:
    """A scored run directory whose outputs are ``rows`` (id, input, text)."""
    rows = list(rows)
    generation = generation or GenerationConfig()
    fingerprint = _sha(f"{model}/{backend}/{variant}")
    prompt_hash = _sha("synthetic prompt")
    key = cache_key(fingerprint, backend, variant, prompt_hash, generation)
    manifest = RunManifest(
        key=key, created=now(),
        model=ModelInfo(path=f"/models/{model}", base=None, fingerprint=fingerprint, files={}),
        backend=backend, variant=variant,
        prompt=PromptInfo(system="Eres un asistente médico.", user_turn="{instruction}", template="{{ x }}",
                          hash=prompt_hash),
        generation=generation, packages={}, git_revision=None, python="3.11", machine="synthetic",
        data=DataInfo(path="validation.jsonl", sha256=_sha("data"), limit=None,
                      sample_ids=[sid for sid, _, _ in rows]))
    run = RunDir(out)
    run.write_manifest(manifest)
    lines = []
    for sid, data, text in rows:
        words = text.split()
        tokens = [int(_sha(w)[:6], 16) % 50000 for w in words] + [2]
        lines.append(OutputRecord(
            key=key, id=sid, instruction="Epicrisis:", input=data, reference=None,
            prompt_sha256=_sha(json.dumps(data, ensure_ascii=False, sort_keys=True)), text=text,
            token_ids=tokens, margins=[round(1.0 + (t % 97) / 10, 2) for t in tokens],
            prompt_tokens=200, finish_reason="eos", seconds=0.5, batch_seconds=4.0,
            batch_size=8).model_dump_json())
    path = run.outputs_path(key)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return score_run(run, manifest, config or Config(), jobs=1)


def defective(rows: list[tuple[str, object, str]], plan: dict[int, Defect]) -> list[tuple[str, object, str]]:
    """``rows`` with ``plan[i]`` applied to the text of row ``i``."""
    return [(sid, data, plan.get(i, clean)(text)) for i, (sid, data, text) in enumerate(rows)]


def write_ledger(folder: Path, rows: list[tuple[str, object, str]],
                 checkpoints: Iterable[tuple[int, int, float]] = ((40, 2, 2.9), (80, 3, 2.1), (120, 5, 1.7))) -> Path:
    """A training ledger (``training.ledger``'s own models) of scored checkpoints:
    at (step, every, loss) every ``every``-th output loops, so later ones pass more."""
    from training.ledger import Ledger, scored_row

    ledger = Ledger(folder)
    for step, every, loss in checkpoints:
        run = folder / "scores" / f"checkpoint-{step}"
        card = write_run(run, defective(rows, {i: repeat_last_sentence for i in range(0, len(rows), every)}),
                         model=f"checkpoint-{step}")
        ledger.append(scored_row(step=step, epoch=step / 80, checkpoint=folder / f"checkpoint-{step}",
                                 train_loss=loss, eval_loss=loss + 0.15, scorecard=card, run_dir=run, seconds=30.0))
    return folder
