"""``epicrisis pretrain``: build the small pretrained base the embedded default fine-tunes.

The real user's path is a pretrained instruct model plus LoRA on a few
hundred examples; this is the same path in miniature. A Qwen2-architecture
model from the preset's config (``training/presets/micro-base.json``) is
trained from scratch on freshly generated records written in the base's
house style (``training.data.writer_base``: grounded like the hospital's,
in another format), with the micro tokenizer trained on those records, the
loss on the completion only, AdamW with warm-up and a cosine schedule, one
pass over the records in length-bucketed batches (little padding), bf16
autocast on CUDA and fp32 on CPU. A from-scratch micro model copies drugs,
codes and the age from its input only after ~20M training tokens
(bench/micro_sweep): about a minute of a GPU, hours of a CPU.

Only torch, transformers and tokenizers are needed (no trl, datasets or
optimum: the GPU machine lacks them). The folder written is a normal
Hugging Face model folder, weights in fp16 (every loader of the harness
upcasts to fp32), with ``base_card.json`` saying how it was made
(``training.base_card``).
"""

from __future__ import annotations

import json
import math
import os
import shutil
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Literal, Sequence

from pydantic import BaseModel, ConfigDict, Field

from harness.errors import UsageError
from harness.samples import Sample
from training.micro import MicroPreset, load_preset, preset_path

BASE_PRESET = "micro-base"
PARALLEL_FROM = 4000  # records: below this, worker processes cost more than they save
_CHUNK = 2000  # records per worker task


class PretrainSpec(BaseModel):
    """How the base is pretrained (the preset's ``pretrain`` table)."""

    model_config = ConfigDict(extra="forbid")

    tokens: int = Field(25_000_000, ge=1_000)  # prompt + completion tokens of the records trained on
    batch_size: int = Field(32, ge=1)
    learning_rate: float = Field(3e-3, gt=0)
    warmup_ratio: float = Field(0.03, ge=0, lt=1)
    weight_decay: float = Field(0.01, ge=0)
    max_grad_norm: float = Field(1.0, gt=0)
    seed: int = 0  # weights and batch order
    data_seed: int = 7001  # the generator's: not the bundled dataset's (350)
    style: Literal["hospital", "base"] = "base"
    shape: Literal["object", "flat", "nodots"] = "object"
    tokenizer_records: int = Field(5000, ge=1)  # the first records of the stream train the tokenizer
    max_length: int = Field(1024, ge=64)  # longer records are left out (and counted)
    bucket: int = Field(64, ge=1)  # batches whose records are sorted by length together
    log_every: int = Field(25, ge=1)  # steps per point of the loss curve


class BasePreset(MicroPreset):
    pretrain: PretrainSpec = PretrainSpec()


def resolve_preset(name: str | Path) -> tuple[Path, BasePreset]:
    """A preset by name (``micro-base``) or by path to its JSON file."""
    path = Path(name)
    if path.suffix != ".json" and not path.exists():
        path = preset_path(str(name))
        if not path.is_file():
            raise UsageError(f"--preset {name}: no such preset ({path} does not exist)")
    return path, load_preset(path, BasePreset)


# --------------------------------------------------------------------------- records


@dataclass(frozen=True)
class Stream:
    """The generated records trained on, and what was left out of them."""

    samples: list[Sample]
    first_index: int
    last_index: int  # exclusive
    held_out: int  # records whose input is a bundled record's (none expected: other seed)


def held_out_inputs() -> set[str]:
    """The bundled records' inputs (the validation split is drawn from them)."""
    from training.data.generator import BUNDLED_FILES, BUNDLED_SEED, generate_records

    return {_input_key(r["input"]) for _, start, n in BUNDLED_FILES
            for r in generate_records(n, BUNDLED_SEED, start=start)}


def _input_key(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def _records(task: tuple[int, int, int, str, str]) -> list[tuple[int, dict[str, Any]]]:
    """One worker task: records ``start``..``stop`` of ``seed`` (module level: picklable)."""
    from training.data.generator import generate_record

    seed, start, stop, shape, style = task
    return [(i, generate_record(seed, i, shape, style)) for i in range(start, stop)]


def generate_stream(spec: PretrainSpec, count: int, *, start: int = 0, held_out: set[str],
                    workers: int = 1) -> Stream:
    """``count`` records from index ``start`` on, skipping inputs in ``held_out``."""
    samples: list[Sample] = []
    skipped = 0
    index = start
    while len(samples) < count:
        want = count - len(samples)
        tasks = [(spec.data_seed, a, min(a + _CHUNK, index + want), spec.shape, spec.style)
                 for a in range(index, index + want, _CHUNK)]
        if workers > 1 and want >= PARALLEL_FROM:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            # spawn: the parent may hold torch threads or a CUDA context, which fork would copy
            with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn")) as pool:
                chunks = list(pool.map(_records, tasks))
        else:
            chunks = [_records(task) for task in tasks]
        for i, record in (pair for chunk in chunks for pair in chunk):
            if _input_key(record["input"]) in held_out:
                skipped += 1
                continue
            samples.append(Sample(line=i + 1, id=f"generated:{spec.data_seed}:{i}",
                                  instruction=record["instruction"], input=record["input"],
                                  reference=record["output"]))
        index += want
    return Stream(samples, start, index, skipped)


@dataclass(frozen=True)
class Encoded:
    ids: list[list[int]]  # prompt + completion token ids
    prompt_lengths: list[int]
    too_long: int

    @property
    def tokens(self) -> int:
        return sum(map(len, self.ids))

    @property
    def completion_tokens(self) -> int:
        return self.tokens - sum(self.prompt_lengths)


def encode(samples: Sequence[Sample], tokenizer: Any, max_length: int) -> Encoded:
    """Token ids of each conversation as training renders it (prompt by the
    PromptBuilder, completion up to the end-of-turn token)."""
    from harness.prompt import PromptBuilder
    from training.sft import completion_pairs  # trl-free: the one prompt/completion split

    pairs = completion_pairs(samples, PromptBuilder(tokenizer), Path("generated records"))
    prompts = tokenizer([p["prompt"] for p in pairs], add_special_tokens=False)["input_ids"]
    whole = tokenizer([p["prompt"] + p["completion"] for p in pairs], add_special_tokens=False)["input_ids"]
    ids, lengths, too_long = [], [], 0
    for prompt, full in zip(prompts, whole):
        if full[:len(prompt)] != prompt:
            raise UsageError("the tokenizer merges the prompt's end with the completion's start; "
                             "the completion mask would be wrong")
        if len(full) > max_length:
            too_long += 1
            continue
        ids.append(full)
        lengths.append(len(prompt))
    return Encoded(ids, lengths, too_long)


# --------------------------------------------------------------------------- the tokenizer files

# What ``save_pretrained`` of either transformers major writes for a tokenizer, all replaced.
TOKENIZER_FILES = ("tokenizer.json", "tokenizer_config.json", "chat_template.jinja", "special_tokens_map.json",
                   "added_tokens.json", "vocab.json", "merges.txt")


def write_portable_tokenizer(folder: Path, model_max_length: int) -> None:
    """Rewrite the folder's tokenizer so transformers 4.x and 5.x load the same one.

    The base is built on a GPU machine with transformers 5 and used here with
    4.57. Saved as a ``Qwen2Tokenizer``, transformers 5 rebuilds Qwen's own
    pre-tokenizer on loading (digits one by one, no JSON separators: 650
    tokens a record instead of 370), and 4.57 cannot read the list of extra
    special tokens that 5 writes. A generic fast tokenizer (``tokenizer.json``
    as trained, special tokens named in the 4.x form, which 5 also reads) is
    loaded as written by both, and by Transformers.js."""
    from tokenizers import Tokenizer

    from training.tokenizer import CHAT_TEMPLATE, IM_END, IM_START, PAD_TOKEN

    backend = Tokenizer.from_file(str(folder / "tokenizer.json"))
    for name in TOKENIZER_FILES:
        (folder / name).unlink(missing_ok=True)
    backend.save(str(folder / "tokenizer.json"))
    config = {"tokenizer_class": "PreTrainedTokenizerFast", "bos_token": None, "eos_token": IM_END,
              "pad_token": PAD_TOKEN, "unk_token": None, "additional_special_tokens": [IM_START, IM_END],
              "clean_up_tokenization_spaces": False, "model_max_length": model_max_length}
    (folder / "tokenizer_config.json").write_text(json.dumps(config, indent=2) + "\n", encoding="utf-8")
    (folder / "chat_template.jinja").write_text(CHAT_TEMPLATE, encoding="utf-8")


def load_portable_tokenizer(folder: Path) -> Any:
    """The folder's tokenizer as written. Not ``AutoTokenizer``: transformers 5
    maps every ``qwen2`` model folder to its ``Qwen2Tokenizer``, which swaps in
    Qwen's pre-tokenizer whatever the files say (4.x honours them)."""
    from transformers import PreTrainedTokenizerFast

    return PreTrainedTokenizerFast.from_pretrained(str(folder), local_files_only=True)


def write_portable_config(folder: Path) -> None:
    """transformers 5 writes the RoPE base only inside ``rope_parameters``,
    which 4.x does not read (it would silently use its default base): write
    it where 4.x looks too (5 reads either)."""
    path = folder / "config.json"
    config = json.loads(path.read_text(encoding="utf-8"))
    rope = config.get("rope_parameters") or {}
    if "rope_theta" not in config and "rope_theta" in rope:
        if rope.get("rope_type", "default") != "default":
            raise UsageError(f"{path}: RoPE scaling {rope.get('rope_type')!r} has no transformers 4.x form here")
        config["rope_theta"] = rope["rope_theta"]
        path.write_text(json.dumps(config, indent=2, sort_keys=True) + "\n", encoding="utf-8")


# --------------------------------------------------------------------------- the run


@dataclass(frozen=True)
class PretrainResult:
    out: Path
    card: Any  # training.base_card.BaseCard


def pick_device(request: str) -> str:
    import torch

    request = request.lower()
    if request not in ("auto", "cpu", "cuda"):
        raise UsageError(f"--device {request}: expected auto, cpu or cuda")
    if request == "cuda" and not torch.cuda.is_available():
        raise UsageError("--device cuda: torch sees no CUDA device (torch.cuda.is_available() is False)")
    return "cuda" if request == "cuda" or (request == "auto" and torch.cuda.is_available()) else "cpu"


def _staging(out: Path, overwrite: bool) -> Path:
    if out.exists() and (not out.is_dir() or any(out.iterdir())) and not overwrite:
        raise UsageError(f"{out}: exists and is not empty (--overwrite replaces it)")
    staged = out.with_name(f".{out.name}.partial")
    shutil.rmtree(staged, ignore_errors=True)
    return staged


def pretrain(preset_name: str | Path, out: Path, *, device: str = "auto", tokens: int | None = None,
             seed: int | None = None, overwrite: bool = False, workers: int | None = None,
             threads: int | None = None, say: Callable[[str], None] = print,
             progress: Callable[[int, int, int, float, float], None] | None = None) -> PretrainResult:
    """Generate the records, train the tokenizer, pretrain the model, write the folder and its card."""
    path, preset = resolve_preset(preset_name)
    spec = preset.pretrain.model_copy(update={k: v for k, v in (("tokens", tokens), ("seed", seed))
                                              if v is not None})
    if spec.tokens < 1_000:
        raise UsageError(f"--tokens {spec.tokens}: at least 1000")
    staged = _staging(out, overwrite)
    # Read by cuBLAS when it first runs: deterministic matrix products (training.pretrain_loop).
    os.environ.setdefault("CUBLAS_WORKSPACE_CONFIG", ":4096:8")
    device = pick_device(device)
    workers = workers or min(16, os.cpu_count() or 1)
    began = time.perf_counter()

    import torch
    from transformers import Qwen2ForCausalLM

    from training.base_card import write_card
    from training.micro import build_micro_base
    from training.pretrain_loop import run_loop

    if threads:
        torch.set_num_threads(threads)
    held_out = held_out_inputs()
    corpus = generate_stream(spec, spec.tokenizer_records, held_out=held_out, workers=workers)
    # The tokenizer, the config and the seeded initial weights are the micro preset's own.
    build_micro_base(preset, corpus.samples, staged, seed=spec.seed)
    write_portable_tokenizer(staged, int(preset.model.get("max_position_embeddings", 2048)))
    tokenizer = load_portable_tokenizer(staged)
    tokenizer_seconds = time.perf_counter() - began
    probe = encode(corpus.samples, tokenizer, spec.max_length)
    mean = probe.tokens / max(1, len(probe.ids))
    steps = max(1, round(spec.tokens / (spec.batch_size * mean)))
    wanted = steps * spec.batch_size
    say(f"{len(corpus.samples)} records trained the tokenizer ({len(tokenizer)} tokens, {mean:.0f} tokens a "
        f"record); {steps} steps of {spec.batch_size} records for ~{spec.tokens:,} tokens on {device}")
    stream, encoded = corpus, probe
    if wanted > len(probe.ids):
        more = generate_stream(spec, wanted - len(probe.ids), start=corpus.last_index, held_out=held_out,
                               workers=workers)
        extra = encode(more.samples, tokenizer, spec.max_length)
        stream = Stream(corpus.samples + more.samples, 0, more.last_index, corpus.held_out + more.held_out)
        encoded = Encoded(probe.ids + extra.ids, probe.prompt_lengths + extra.prompt_lengths,
                          probe.too_long + extra.too_long)
    encoded = Encoded(encoded.ids[:wanted], encoded.prompt_lengths[:wanted], encoded.too_long)
    steps = math.ceil(len(encoded.ids) / spec.batch_size)
    data_seconds = time.perf_counter() - began - tokenizer_seconds

    model = Qwen2ForCausalLM.from_pretrained(str(staged), dtype=torch.float32, local_files_only=True)
    loop = run_loop(model, encoded, spec, steps=steps, device=device, pad_id=tokenizer.pad_token_id,
                    progress=progress)
    model.to("cpu", dtype=torch.float16).save_pretrained(str(staged), safe_serialization=True)
    write_portable_config(staged)
    card = write_card(staged, preset_path=path, preset=preset, spec=spec, stream=stream, encoded=encoded,
                      loop=loop, device=device, parameters=sum(p.numel() for p in model.parameters()),
                      seconds={"tokenizer": tokenizer_seconds, "data": data_seconds, "training": loop.seconds,
                               "total": time.perf_counter() - began})
    if out.exists():
        shutil.rmtree(out)
    staged.rename(out)
    return PretrainResult(out, card)
