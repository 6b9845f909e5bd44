"""The model variants this project exports, scores, gates and ships, and the
file names Transformers.js gives them: one list every module imports (the
backends, export, the gate file, promotion, the CLI's options and help).

A variant is a quantization recipe (``export.recipes`` holds each one's
settings; this module holds only the names, the Transformers.js ``dtype`` and
the file, so the core and the CLI read them without importing export):

    variant   file under onnx/            Transformers.js dtype
    fp32      model.onnx                  fp32    the export itself: what validation checks
    int8      model_quantized.onnx        q8      and quantization starts from
    int4      model_q4.onnx               q4
    q4f16     model_q4f16.onnx            q4f16
    NAME      model_NAME<suffix>.onnx     the recipe's dtype (suffix: _quantized, _q4, ...)

``int8`` and ``int4`` are the default recipes (``DEFAULT_RECIPES`` names the
recipe each stands for; those names are aliases of them). Their files carry
the names Transformers.js loads for the dtype, so an exported folder is the
folder the app loads. Every other recipe's file is loadable with
Transformers.js's ``model_file_name`` option (``model_NAME`` + the dtype's
suffix); promotion copies it into the app under the dtype's own name
(``app_file``). Plain data, no imports.
"""

from __future__ import annotations

ONNX_DIR = "onnx"  # where Transformers.js looks for the graphs, beside config and tokenizer
FP32 = "fp32"  # the unquantized export; the torch run is fp32 too
# Transformers.js dtype -> the suffix of its file name (DEFAULT_DTYPE_SUFFIX_MAPPING in transformers.js)
DTYPE_SUFFIX = {"fp32": "", "q8": "_quantized", "q4": "_q4", "q4f16": "_q4f16"}
# The recipe each default variant stands for: its name is an alias of the variant.
DEFAULT_RECIPES = {"int8": "int8-wo", "int4": "int4-sym-b32-a0"}
# variant -> Transformers.js ``dtype``; in this order: fp32 first, then the defaults, then the other recipes.
DTYPES = {
    FP32: "fp32", "int8": "q8", "int4": "q4",
    **{name: "q8" for name in ("int8-tensor", "int8-channel", "int8-allops", "int8-u8", "int8-head-fp32", "int8-wo",
                               "int8-sym-b32-a4") if name != DEFAULT_RECIPES["int8"]},  # that one is int8
    **{f"int4-{scheme}-b{block}-a{level}": "q4" for scheme in ("sym", "asym") for block in (32, 64, 128)
       for level in (0, 4) if f"int4-{scheme}-b{block}-a{level}" != DEFAULT_RECIPES["int4"]},  # that one is int4
    "int4-hqq-b32": "q4", "int4-hqq-b128": "q4", "int4-head-int8": "q4",
    "q4f16": "q4f16",
}
ALIASES = {recipe: variant for variant, recipe in DEFAULT_RECIPES.items()}
# The variant whose file has the Transformers.js name of each dtype.
CANONICAL = {"fp32": FP32, "q8": "int8", "q4": "int4", "q4f16": "q4f16"}


def _file(variant: str) -> str:
    dtype = DTYPES[variant]
    stem = "model" if CANONICAL[dtype] == variant else f"model_{variant}"
    return f"{stem}{DTYPE_SUFFIX[dtype]}.onnx"


ONNX_FILES = {variant: _file(variant) for variant in DTYPES}
VARIANTS = tuple(ONNX_FILES)  # every variant a gate file, eval or promote may name
DEFAULT_VARIANTS = (FP32, "int8", "int4")  # what ``epicrisis export`` makes when not told
# What ``promote`` ships when no variant is named (and no search chose one): the first promotable of these.
PREFERENCE = ("int8", "int4", FP32)


# The default variant whose gate-file entries ([parity.X], [ship] variants) a recipe of each dtype
# falls back to when the gate file does not name the recipe itself (q4f16 is an int4 recipe).
GATE_FAMILY = {"fp32": FP32, "q8": "int8", "q4": "int4", "q4f16": "int4"}


def gate_names(variant: str) -> tuple[str, ...]:
    """The names a gate file may judge ``variant`` by: its own, then its family's default."""
    family = GATE_FAMILY.get(DTYPES.get(variant, ""), variant)
    return (variant,) if family == variant else (variant, family)


def canonical_variant(name: str) -> str:
    """The variant a recipe name stands for (``int4-sym-b32-a4`` -> ``int4``); unknown names unchanged."""
    return ALIASES.get(name, name)


def app_file(variant: str) -> str:
    """The file name the app loads for ``variant``'s dtype (promotion copies it there)."""
    return ONNX_FILES[CANONICAL[DTYPES[variant]]]


def file_stem(variant: str) -> str:
    """Transformers.js's ``model_file_name`` for ``variant``'s file (the name before the dtype suffix)."""
    return ONNX_FILES[variant][: -len(DTYPE_SUFFIX[DTYPES[variant]] + ".onnx")]
