"""Training settings: the guide's defaults, the micro preset, a TOML file, flags.

Later layers win: defaults < preset (base ``micro`` only) < ``--config`` file <
command-line flags. Every effective value and where it came from is recorded
in the output directory, and a bad value is reported where it was written:
``train.toml:7: lora.r: ...`` or ``--lora-r: ...``.

    base = "micro"             # "micro", a local model folder, or a .gguf file
    data = "data/prepared"     # folder with train.jsonl and validation.jsonl
    output = "runs/train"
    epochs = 3
    [lora]
    r = 16
    [eval]
    limit = 10                 # score only the first N validation records
    max_new_tokens = 300       # any generation setting (harness.generation.GenerationConfig)
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Callable, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from harness.errors import ConfigError, InputError, UsageError
from harness.generation import DEFAULT_GENERATION, GenerationConfig
from harness.tomlfile import parse_toml

LORA_TARGETS = ("q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj")


class _Settings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class LoraSettings(_Settings):
    r: int = Field(16, ge=1)
    alpha: int = Field(16, ge=1)
    dropout: float = Field(0.0, ge=0, lt=1)
    target_modules: tuple[str, ...] = LORA_TARGETS


GENERATION_KEYS = frozenset(GenerationConfig.model_fields)


class ScoringSettings(_Settings):
    """The evaluation run at each save (torch backend), and how it generates.

    ``generation`` is the harness's GenerationConfig embedded whole, so its
    defaults are ``epicrisis eval``'s and every setting of it (repetition
    penalty, sampling, ...) reaches the scoring runs and the pipeline's
    export. In train.toml (and presets, and flags) its keys are written
    directly in ``[eval]``, as they always were::

        [eval]
        limit = 10
        max_new_tokens = 300
        repetition_penalty = 1.1

    An ``[eval.generation]`` table says the same; ``train_config.json``
    records that nested form.
    """

    enabled: bool = True
    limit: int | None = Field(None, ge=1)
    onnx: bool = False  # also export each checkpoint to ONNX and score it (the app's ONNX scorer)
    generation: GenerationConfig = DEFAULT_GENERATION

    @model_validator(mode="before")
    @classmethod
    def _generation_keys_in_eval(cls, values: Any) -> Any:
        return nest_generation(values)[0] if isinstance(values, dict) else values


def nest_generation(values: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """``[eval]`` values with the generation settings written directly in it
    moved under ``generation``; also returns the keys moved. A key given both
    ways in one place is an error (ValueError naming it)."""
    moved = [key for key in values if key in GENERATION_KEYS]
    if not moved:
        return values, []
    nested = {k: v for k, v in values.items() if k not in GENERATION_KEYS}
    generation = values.get("generation", {})
    if isinstance(generation, BaseModel):
        generation = generation.model_dump()
    if not isinstance(generation, dict):
        return values, []  # not a table: left for validation to reject
    both = sorted(set(moved) & set(generation))
    if both:
        raise ValueError(f"eval.{both[0]}: given twice (also as eval.generation.{both[0]})")
    nested["generation"] = {**generation, **{k: values[k] for k in moved}}
    return nested, moved


class TrainSettings(_Settings):
    base: str = "micro"
    preset: Path | None = None  # the micro preset file (default: training/presets/micro.json)
    data: Path | None = None
    train_file: Path | None = None
    validation_file: Path | None = None
    output: Path = Path("runs/train")
    method: Literal["lora", "full"] = "lora"
    epochs: float = Field(3.0, gt=0)
    max_steps: int = Field(-1, ge=-1)  # -1: epochs decide
    batch_size: int = Field(2, ge=1)
    grad_accum: int = Field(4, ge=1)
    learning_rate: float = Field(2e-4, gt=0)
    lr_scheduler: str = "cosine"
    warmup_ratio: float = Field(0.03, ge=0, lt=1)
    weight_decay: float = Field(0.01, ge=0)
    max_grad_norm: float = Field(0.3, gt=0)
    seed: int = Field(42, ge=0)
    save_steps: int = Field(50, ge=1)
    save_total_limit: int = Field(3, ge=1)
    logging_steps: int = Field(10, ge=1)
    max_length: int = Field(2048, ge=16)
    device: Literal["auto", "cpu", "cuda"] = "auto"
    quantization: Literal["auto", "4bit", "none"] = "auto"
    unsloth: Literal["auto", "on", "off"] = "auto"  # auto: below 24 GB (training.device)
    compile: bool = False  # CUDA: torch.compile each decoder layer (a long cold compile; pays off on long runs)
    threads: int | None = Field(None, ge=1)
    lora: LoraSettings = LoraSettings()
    eval: ScoringSettings = ScoringSettings()

    @property
    def is_micro(self) -> bool:
        return self.base == "micro"


Layer = tuple[str, dict[str, Any]]  # (source, nested values)


def read_train_toml(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{path}: configuration file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read: {exc}") from None
    try:  # harness.tomlfile: deep nesting and huge integers located too, not a traceback
        return parse_toml(str(path), text.encode("utf-8"))[1]
    except InputError as exc:
        raise ConfigError(str(exc)) from None


def key_lines(text: str) -> dict[tuple[str, ...], int]:
    """The line of every ``key = value`` and ``[table]`` of a TOML text,
    by dotted path, to locate errors the TOML parser cannot see."""
    lines: dict[tuple[str, ...], int] = {}
    table: tuple[str, ...] = ()
    for number, line in enumerate(text.split("\n"), start=1):  # as tomllib counts lines
        stripped = line.strip()
        header = re.match(r"\[\s*([^\[\]]+?)\s*\]", stripped)
        if header:
            table = tuple(part.strip().strip('"') for part in header.group(1).split("."))
            lines.setdefault(table, number)
            continue
        key = re.match(r"([A-Za-z0-9_\-.\" ]+?)\s*=", stripped)
        if key:
            path = table + tuple(part.strip().strip('"') for part in key.group(1).split("."))
            lines.setdefault(path, number)
    return lines


def _merge(into: dict[str, Any], values: dict[str, Any], source: str,
           sources: dict[tuple[str, ...], str], prefix: tuple[str, ...] = ()) -> None:
    for key, value in values.items():
        path = prefix + (key,)
        if isinstance(value, dict) and isinstance(into.get(key), dict):
            _merge(into[key], value, source, sources, path)
        elif isinstance(value, dict):
            into[key] = {}
            _merge(into[key], value, source, sources, path)
        else:
            into[key] = value
            sources[path] = source


def resolve_settings(file: Path | None, flags: dict[str, Any], *,
                     preset_training: Callable[[Path | None], dict[str, Any]] | None = None,
                     flag_names: dict[tuple[str, ...], str] | None = None,
                     ) -> tuple[TrainSettings, dict[str, str]]:
    """Layer defaults, the micro preset's training settings (when the base is
    micro; ``preset_training(path)`` reads them), the file and the flags;
    validate; return the settings and each set value's source."""
    file_values = read_train_toml(file) if file is not None else {}
    layers: list[Layer] = []
    base = flags.get("base", file_values.get("base", TrainSettings.model_fields["base"].default))
    if base == "micro" and preset_training is not None:
        preset = flags.get("preset", file_values.get("preset"))
        layers.append(("preset:micro", preset_training(Path(preset) if preset else None)))
    if file is not None:
        layers.append((f"file:{file}", file_values))
    layers.append(("flag", flags))
    merged: dict[str, Any] = {}
    sources: dict[tuple[str, ...], str] = {}
    written: dict[tuple[str, ...], tuple[str, ...]] = {}  # nested path -> as the user wrote it
    for source, values in layers:
        _merge(merged, _nest_layer(values, source, file, written), source, sources)
    try:
        settings = TrainSettings.model_validate(merged)
    except ValidationError as exc:
        raise ConfigError(_located(exc, file, sources, flag_names or {}, written)) from None
    return settings, {".".join(path): source for path, source in sorted(sources.items())}


def _nest_layer(values: dict[str, Any], source: str, file: Path | None,
                written: dict[tuple[str, ...], tuple[str, ...]]) -> dict[str, Any]:
    """One layer with its ``[eval]`` generation keys nested (``nest_generation``)
    before layers merge, so a preset's flat key and a file's nested one
    override each other instead of colliding."""
    if not isinstance(values.get("eval"), dict):
        return values
    try:
        scoring, moved = nest_generation(values["eval"])
    except ValueError as exc:
        where = source
        if source.startswith("file:") and file is not None:
            key = str(exc).split(":", 1)[0]
            where = f"{file}:{key_lines(file.read_text(encoding='utf-8')).get(tuple(key.split('.')), 1)}"
        raise ConfigError(f"{where}: {exc}") from None
    given_nested = values["eval"].get("generation")
    for key in given_nested if isinstance(given_nested, dict) else ():  # a later layer spelled it nested
        written.pop(("eval", "generation", key), None)
    written.update({("eval", "generation", key): ("eval", key) for key in moved})
    return {**values, "eval": scoring}


def _located(exc: ValidationError, file: Path | None, sources: dict[tuple[str, ...], str],
             flag_names: dict[tuple[str, ...], str], written: dict[tuple[str, ...], tuple[str, ...]]) -> str:
    lines = key_lines(file.read_text(encoding="utf-8")) if file is not None else {}
    messages = []
    for error in exc.errors():
        nested = tuple(str(p) for p in error["loc"])
        path = written.get(nested, nested)
        name = ".".join(path)
        problem = "unknown setting" if error["type"] == "extra_forbidden" else error["msg"]
        source = sources.get(nested)
        if source is None:  # a table or an unknown key: find the nearest recorded ancestor
            source = next((sources[p] for p in sources if p[:len(nested)] == nested), None)
        if source == "flag":
            messages.append(f"{flag_names.get(path, '--' + name.replace('_', '-'))}: {problem}")
        elif source and source.startswith("file:") and file is not None:
            line = lines.get(path) or next((lines[path[:i]] for i in range(len(path), 0, -1)
                                            if path[:i] in lines), 1)
            messages.append(f"{file}:{line}: {name}: {problem}")
        else:
            messages.append(f"{source or 'settings'}: {name}: {problem}")
    return "\n".join(messages)


def data_files(settings: TrainSettings) -> tuple[Path, Path]:
    """(train.jsonl, validation.jsonl) from ``data`` or the two file settings."""
    if settings.data is not None:
        train = settings.train_file or settings.data / "train.jsonl"
        validation = settings.validation_file or settings.data / "validation.jsonl"
    elif settings.train_file is not None and settings.validation_file is not None:
        train, validation = settings.train_file, settings.validation_file
    else:
        raise UsageError(
            "no training data: pass --data DIR (train.jsonl and validation.jsonl, as written by "
            "`epicrisis data prepare`) or --train-file and --validation-file")
    for path in (train, validation):
        if not path.is_file():
            raise UsageError(f"{path}: file not found")
    return train, validation
