"""Generation backends behind one small protocol: PyTorch and ONNX Runtime.

Importing this package imports neither torch nor onnxruntime; ``load_backend``
imports the one asked for, and a missing extra raises :class:`MissingExtra`
naming the pip command. ``model_files`` lists what a backend would read (for
the model fingerprint) without importing anything heavy.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from harness.errors import UsageError
from harness.variants import ONNX_DIR, ONNX_FILES, VARIANTS

if TYPE_CHECKING:
    import numpy

    from harness.generation import GenerationConfig

BACKENDS = ("torch", "onnx")
TOKENIZER_FILES = (
    "tokenizer.json", "tokenizer_config.json", "special_tokens_map.json", "added_tokens.json",
    "vocab.json", "merges.txt", "tokenizer.model", "chat_template.jinja", "chat_template.json",
)
CONFIG_FILES = ("config.json", "generation_config.json")


class MissingExtra(UsageError):
    """A backend's libraries are not installed."""


@dataclass(frozen=True, slots=True)
class Generation:
    """What a model wrote for one prompt.

    ``token_ids`` are the new tokens (the end-of-sequence token included when
    the model stopped by itself); ``margins[i]`` is top1 - top2 of the scores
    that chose token i (after repetition penalties), the distance to a flip.
    """

    text: str
    token_ids: tuple[int, ...]
    margins: tuple[float | None, ...]
    prompt_tokens: int
    finish_reason: str  # "eos" | "length"


class Backend(Protocol):
    name: str
    variant: str
    tokenizer: Any

    def generate(self, prompts: Sequence[str], config: GenerationConfig,
                 seeds: Sequence[int] | None = None) -> list[Generation]:
        """Left-padded batched generation; with sampling, ``seeds[i]`` seeds prompt i."""
        ...

    def logits(self, prompt: str, continuation: Sequence[int]) -> numpy.ndarray:
        """Teacher-forced logits that predict each continuation token: [len, vocab]."""
        ...


def require(module: str, backend: str, extra: str) -> Any:
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise MissingExtra(
            f"the {backend} backend needs {module.split('.')[0]} ({exc}): "
            f"pip install 'epicrisis-harness[{extra}]'") from None


def adapter_base(model_dir: Path, base: Path | None) -> Path | None:
    """For a LoRA adapter folder, the local base model folder; None for a full model."""
    adapter_config = model_dir / "adapter_config.json"
    if not adapter_config.is_file():
        return None
    if base is not None:
        return base
    try:
        name = json.loads(adapter_config.read_text(encoding="utf-8")).get("base_model_name_or_path")
    except (OSError, json.JSONDecodeError) as exc:
        raise UsageError(f"{adapter_config}: cannot read: {exc}") from None
    if name and Path(name).is_dir():
        return Path(name)
    raise UsageError(
        f"{adapter_config}: base model {name!r} is not a local folder; pass --base DIR "
        "(no model hub is used)")


def model_files(backend: str, model_dir: str | Path, *, variant: str = "fp32",
                base: str | Path | None = None) -> list[Path]:
    """Every file the backend reads: weights, configs, tokenizer (and an
    adapter's base model). Missing weights are a usage error."""
    folder = Path(model_dir)
    if not folder.is_dir():
        raise UsageError(f"{folder}: model folder not found")
    if backend not in BACKENDS:
        raise UsageError(f"unknown backend {backend!r} (choose from: {', '.join(BACKENDS)})")
    files = [folder / n for n in (*CONFIG_FILES, *TOKENIZER_FILES) if (folder / n).is_file()]
    if backend == "onnx":
        return files + onnx_model_files(folder, variant)
    base_dir = adapter_base(folder, Path(base) if base else None)
    weights = _torch_weights(folder)
    if base_dir is not None:
        weights += [folder / "adapter_config.json"]
        weights += model_files("torch", base_dir)
    elif not any(p.suffix in (".safetensors", ".bin") for p in weights):
        raise UsageError(f"{folder}: no weights (*.safetensors or pytorch_model*.bin)")
    return files + weights


def _torch_weights(folder: Path) -> list[Path]:
    found = [*folder.glob("*.safetensors"), *folder.glob("pytorch_model*.bin"),
             *folder.glob("adapter_model.bin"), *folder.glob("*.safetensors.index.json"),
             *folder.glob("pytorch_model*.bin.index.json")]
    return sorted(set(found))


def onnx_model_path(model_dir: Path, variant: str) -> Path:
    """``onnx/<file>`` (the Transformers.js layout), or ``<file>`` at the top."""
    if variant not in ONNX_FILES:
        raise UsageError(f"unknown variant {variant!r} (choose from: {', '.join(VARIANTS)})")
    for candidate in (model_dir / ONNX_DIR / ONNX_FILES[variant], model_dir / ONNX_FILES[variant]):
        if candidate.is_file():
            return candidate
    raise UsageError(
        f"{model_dir}/{ONNX_DIR}/{ONNX_FILES[variant]}: not found (variant {variant}); "
        "export and quantize the model first")


def onnx_model_files(model_dir: Path, variant: str) -> list[Path]:
    path = onnx_model_path(model_dir, variant)
    # External weights: optimum writes model.onnx_data, Transformers.js adds _data_1, ...
    data = sorted(p for p in path.parent.glob(path.name + "*") if p != path)
    return [path, *data]


TORCH_DEVICES = ("cpu", "cuda", "auto")


def resolve_torch_device(device: str | None) -> str:
    """``cpu`` (the default: the reference every exported variant is compared
    with), ``cuda``, or ``auto`` (cuda when available)."""
    device = (device or "cpu").lower()
    if device not in TORCH_DEVICES:
        raise UsageError(f"unknown torch device {device!r} (choose from: {', '.join(TORCH_DEVICES)})")
    if device == "cpu":
        return device
    import torch

    if torch.cuda.is_available():
        return "cuda"
    if device == "cuda":
        raise UsageError("--device cuda: torch sees no CUDA device (use --device cpu or auto)")
    return "cpu"


def load_backend(backend: str, model_dir: str | Path, *, variant: str = "fp32",
                 base: str | Path | None = None, threads: int | None = None,
                 device: str | None = None) -> Backend:
    if backend == "torch":
        if variant != "fp32":
            raise UsageError(f"the torch backend runs fp32 weights only, not {variant!r}")
        from harness.backends.torch_backend import TorchBackend

        return TorchBackend(Path(model_dir), base=Path(base) if base else None, threads=threads,
                            device=resolve_torch_device(device))
    if backend == "onnx":
        from harness.backends.onnx_backend import OnnxBackend

        return OnnxBackend(Path(model_dir), variant=variant, threads=threads)
    raise UsageError(f"unknown backend {backend!r} (choose from: {', '.join(BACKENDS)})")


def load_tokenizer(model_dir: str | Path, *, base: str | Path | None = None, backend: str = "torch",
                   padding_side: str | None = "left") -> Any:
    """The tokenizer alone (enough to render prompts and check the cache).
    ``padding_side=None`` keeps the side the tokenizer's config names (training
    pads as its collator expects); generation pads on the left."""
    require("transformers", backend, "train" if backend == "torch" else "export")
    from transformers import AutoTokenizer

    folder = Path(model_dir)
    if not any((folder / n).is_file() for n in TOKENIZER_FILES) and backend == "torch":
        base_dir = adapter_base(folder, Path(base) if base else None)
        folder = base_dir or folder
    try:
        tokenizer = AutoTokenizer.from_pretrained(str(folder), local_files_only=True)
    except (OSError, ValueError) as exc:
        raise UsageError(f"{folder}: cannot load the tokenizer: {exc}") from None
    if padding_side:  # "left" for decoder-only batches: prompts end where generation starts
        tokenizer.padding_side = padding_side
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token
    return tokenizer
