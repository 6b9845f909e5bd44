"""Named quantization recipes: the one table of what each variant is made with.

``harness.variants`` holds the names, the Transformers.js dtype and the file
of each (the core and the CLI read those without importing export); this
table holds how each is made. The two are kept the same set of names by the
check at the bottom of this module.

    fp32               the export itself
    int8               (int8-wo) weight-only: MatMulNBits 8-bit weights (symmetric, block 32), fp32
                       activations: the default since issue 15 (the one int8 whose tokens Chromium's
                       WebAssembly runtime reproduces on a real pretrained model)
    int8-tensor        quantize_dynamic QInt8, MatMul only, per tensor: the default of issue 6
    int8-channel       QInt8, MatMul only, per channel
    int8-allops        QInt8, every op type onnxruntime quantizes, per tensor
    int8-u8            QUInt8 weights (Transformers.js's own q8 conversion for GQA graphs)
    int8-head-fp32     int8-tensor with the LM head (the last MatMul) left in fp32
    int8-sym-b32-a4    MatMulNBits 8-bit weights, activations int8 per block of 32 (accuracy level 4)
    int4               (int4-sym-b32-a0) MatMulNBits RTN symmetric, block 32, fp32 activations (accuracy
                       level 0): the default since issue 15, for the same reason as int8's
    int4-{sym,asym}-b{32,64,128}-a{0,4}   the RTN grid (0: fp32 activations; 4: int8 activations)
    int4-hqq-b32/-b128 HQQ (half-quadratic, no calibration data)
    int4-head-int8     int4-sym-b32-a4 with the LM head as an 8-bit MatMulNBits
    q4f16              float16 graph + MatMulNBits block 32 (WebGPU's dtype); onnxruntime's CPU
                       provider may lack float16 kernels for it: ``probe_cpu`` says so
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from export.quantize import (
    Int4Settings,
    Int8Settings,
    QuantizationRecord,
    plain_settings,
    quantize_int4,
    quantize_int8,
)
from harness.errors import UsageError
from harness.variants import ALIASES, DEFAULT_RECIPES, DTYPES, FP32, VARIANTS, canonical_variant


@dataclass(frozen=True)
class Recipe:
    variant: str  # the variant name (a default recipe's is int8 / int4)
    name: str  # the recipe's own name (an alias for the defaults)
    settings: Int8Settings | Int4Settings | None  # None: fp32, the export itself
    summary: str

    @property
    def dtype(self) -> str:
        return DTYPES[self.variant]

    def describe(self) -> dict:
        """What the export record and the manifest keep of the recipe."""
        return {"recipe": self.name, "dtype": self.dtype, "summary": self.summary,
                "kind": type(self.settings).__name__ if self.settings else "fp32",
                "settings": plain_settings(self.settings) if self.settings else {}}

    def build(self, source: Path, target: Path) -> QuantizationRecord:
        if isinstance(self.settings, Int8Settings):
            return quantize_int8(source, target, self.settings, variant=self.variant, recipe=self.name)
        if isinstance(self.settings, Int4Settings):
            return quantize_int4(source, target, self.settings, variant=self.variant, recipe=self.name)
        raise ValueError(f"{self.variant} is the export itself, not a quantization")


def _int4_grid() -> dict[str, tuple[Int4Settings, str]]:
    grid = {}
    for symmetric in (True, False):
        for block in (32, 64, 128):
            for level in (0, 4):
                name = f"int4-{'sym' if symmetric else 'asym'}-b{block}-a{level}"
                grid[name] = (Int4Settings(block_size=block, accuracy_level=level, is_symmetric=symmetric),
                              f"MatMulNBits RTN {'symmetric' if symmetric else 'asymmetric'}, block {block}, "
                              f"accuracy level {level}")
    return grid


_TABLE: dict[str, tuple[Int8Settings | Int4Settings | None, str]] = {
    FP32: (None, "the fp32 export itself"),
    "int8-tensor": (Int8Settings(), "quantize_dynamic QInt8, MatMul only, per tensor"),
    "int8-channel": (Int8Settings(per_channel=True), "quantize_dynamic QInt8, MatMul only, per channel"),
    "int8-allops": (Int8Settings(op_types=()), "quantize_dynamic QInt8, every op type, per tensor"),
    "int8-u8": (Int8Settings(weight_type="QUInt8"), "quantize_dynamic QUInt8 weights, MatMul only, per tensor"),
    "int8-head-fp32": (Int8Settings(lm_head="fp32"), "quantize_dynamic QInt8 per tensor (int8-tensor), LM head "
                       "kept in fp32"),
    # Weight-only: 8-bit MatMulNBits weights, fp32 activations. quantize_dynamic's int8 quantizes
    # every MatMul's activations with one scale per tensor, which a pretrained LLM's outlier
    # channels wreck (SmolLM2-135M: 4/35 passing against 22/35 in fp32, bench/quant_recipes.py).
    "int8-wo": (Int4Settings(bits=8, accuracy_level=0), "MatMulNBits 8-bit weights (symmetric, block 32), "
                "fp32 activations"),
    # The same 8-bit weights with accuracy level 4: activations quantized to int8 per block of 32
    # inputs, not per tensor, so an outlier channel takes only its block's range; and onnxruntime's
    # CPU kernel for it is the fast integer one (level 0's 8-bit path decoded SmolLM2-135M 8x slower).
    "int8-sym-b32-a4": (Int4Settings(bits=8, accuracy_level=4), "MatMulNBits 8-bit weights (symmetric, "
                        "block 32), activations int8 per block (accuracy level 4)"),
    **_int4_grid(),
    "int4-hqq-b32": (Int4Settings(algorithm="HQQ", is_symmetric=False, accuracy_level=0),
                     "MatMulNBits HQQ, block 32"),
    "int4-hqq-b128": (Int4Settings(algorithm="HQQ", block_size=128, is_symmetric=False, accuracy_level=0),
                      "MatMulNBits HQQ, block 128"),
    "int4-head-int8": (Int4Settings(lm_head="int8"), "MatMulNBits RTN symmetric block 32 level 4, LM head 8-bit"),
    "q4f16": (Int4Settings(fp16=True), "float16 graph + MatMulNBits RTN symmetric block 32 level 4"),
}

RECIPES: dict[str, Recipe] = {
    canonical_variant(name): Recipe(canonical_variant(name), name, settings, summary)
    for name, (settings, summary) in _TABLE.items()
}
# What ``epicrisis export --search`` tries when not told: the defaults and the variations that
# trade size or speed against agreement (the full grid is for the bench, bench/quant_recipes.py).
SEARCH_DEFAULT = ("fp32", "int8", "int8-tensor", "int8-u8", "int8-channel", "int8-head-fp32", "int8-sym-b32-a4",
                  "int4", "int4-sym-b32-a4", "int4-asym-b32-a4", "int4-sym-b64-a4", "int4-sym-b128-a4", "int4-hqq-b32",
                  "int4-head-int8")

if set(RECIPES) != set(VARIANTS) or set(DEFAULT_RECIPES.values()) - set(_TABLE):
    raise ImportError("export.recipes and harness.variants must name the same variants: "
                      f"{sorted(set(RECIPES) ^ set(VARIANTS))}")


def int8_override(per_channel: bool | None, all_ops: bool | None) -> Int8Settings | None:
    """The CLI's --int8-per-channel / --int8-all-ops: they configure
    quantize_dynamic, so they start from int8-tensor's settings, not from the
    default int8 recipe (weight-only MatMulNBits, which has neither); None
    when neither is given (the default recipe is made)."""
    if per_channel is None and all_ops is None:
        return None
    base = RECIPES["int8-tensor"].settings
    return replace(base, per_channel=base.per_channel if per_channel is None else per_channel,
                   op_types=base.op_types if all_ops is None else (() if all_ops else ("MatMul",)))


def int4_override(block_size: int | None, accuracy_level: int | None) -> Int4Settings | None:
    """The CLI's --int4-block-size / --int4-accuracy-level, applied to the
    default int4 recipe's settings; None when neither is given."""
    if block_size is None and accuracy_level is None:
        return None
    base = RECIPES["int4"].settings
    return replace(base, block_size=base.block_size if block_size is None else block_size,
                   accuracy_level=base.accuracy_level if accuracy_level is None else accuracy_level)


def recipe_for(variant: str, settings: Int8Settings | Int4Settings) -> Recipe:
    """The recipe that makes ``variant``'s file with ``settings``: named after
    the table's recipe with exactly these settings (``--int4-accuracy-level 4``
    is int4-sym-b32-a4), else ``<variant>-custom`` with the settings described."""
    for name, (known, summary) in _TABLE.items():
        if known == settings:
            return Recipe(variant, name, settings, summary)
    return Recipe(variant, f"{variant}-custom", settings, f"{describe(settings)} (set on the command line)")


def describe(settings: Int8Settings | Int4Settings) -> str:
    """One line saying how a file is made, in the table's words."""
    if isinstance(settings, Int8Settings):
        ops = "MatMul only" if settings.op_types == ("MatMul",) else \
            "every op type" if not settings.op_types else ", ".join(settings.op_types)
        text = (f"quantize_dynamic {settings.weight_type}, {ops}, "
                f"per {'channel' if settings.per_channel else 'tensor'}")
        return text + (", LM head kept in fp32" if settings.lm_head == "fp32" else "")
    text = (f"{'float16 graph + ' if settings.fp16 else ''}MatMulNBits {settings.algorithm} "
            f"{'symmetric' if settings.is_symmetric else 'asymmetric'} {settings.bits}-bit, "
            f"block {settings.block_size}, accuracy level {settings.accuracy_level}")
    return text + (", LM head 8-bit" if settings.lm_head == "int8" else "")


def known_names() -> list[str]:
    """Every name --variants accepts: the variants, then the defaults' recipe names."""
    return [*VARIANTS, *ALIASES]


def resolve_variants(names: list[str] | tuple[str, ...], where: str = "--variants") -> tuple[str, ...]:
    """Recipe names and aliases -> variant names, fp32 first, duplicates dropped;
    a usage error listing every known name for an unknown one."""
    unknown = [n for n in names if canonical_variant(n) not in RECIPES]
    if unknown:
        raise UsageError(f"{where}: unknown recipe {', '.join(repr(n) for n in unknown)}; known: "
                         f"{', '.join(known_names())}")
    chosen = [canonical_variant(n) for n in names]
    return tuple(v for v in VARIANTS if v in chosen)


def probe_cpu(variant: str, path: Path) -> str | None:
    """Load ``path`` in onnxruntime on CPU and run one step; the reason it
    cannot, or None. Only q4f16 is expected to be refused (float16 kernels)."""
    import numpy as np
    import onnxruntime

    try:
        session = onnxruntime.InferenceSession(str(path), providers=["CPUExecutionProvider"])
        feeds = {}
        for item in session.get_inputs():
            dtype = np.float16 if "float16" in item.type else np.float32 if "float" in item.type else np.int64
            shape = [1 if not isinstance(d, int) else d for d in item.shape]
            if item.name.startswith("past_key_values"):
                shape[2] = 0
            feeds[item.name] = np.zeros(shape, dtype=dtype) if item.name != "attention_mask" \
                else np.ones(shape, dtype=dtype)
        session.run(None, feeds)
    except Exception as exc:  # onnxruntime raises its own types per failure: any is a refusal here
        return (f"onnxruntime {onnxruntime.__version__} on CPU cannot run {variant} "
                f"({str(exc).splitlines()[0][:300]})")
    return None
