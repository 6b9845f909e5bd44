"""The real path at 1.5B: the tool's own commands on a GPU machine, timed (issue 16).

Builds the Qwen2.5-1.5B-Instruct architecture from its published config with
random weights (bf16, seed 42) and the micro base's byte-level BPE tokenizer
(the only Qwen-kind tokenizer that can be made offline; the model keeps
Qwen's 151,936-row vocabulary), then runs the README's commands on it, each
as a subprocess, recording per stage: wall seconds, peak host RSS of the
command's process tree and peak GPU memory in use (nvidia-smi), sampled every
0.25 s, plus every output line with its time (so the steps inside one
command, such as export's fp32 / int8 / int4, can be told apart).

    python bench/gpu_pipeline.py --work /tmp/gp --stages build,prepare,train,...

Each run writes WORK/raw.json (the stage records) and WORK/log.txt; the
figures of bench/results/gpu_pipeline_h200.json were taken from those raw
records (kept, without the samples, in bench/results/gpu_pipeline_h200_raw/).
GPU_PIPELINE_TINY=1 builds a tiny model of the same family: a CPU dry run of
every command.

Stages (each reads what the earlier ones wrote under --work):
  build        the random 1.5B model folder (WORK/qwen15)
  prepare      epicrisis data prepare of the bundled dataset (WORK/data)
  train        epicrisis train, CUDA defaults (bf16 LoRA, varlen, chunked CE),
               every checkpoint scored on CUDA (35 records x 384 tokens)
  train_bf16   the CUDA defaults with unsloth installed but not used, unscored
               (the side-by-side baseline of train_unsloth and train_4bit)
  train_short  10 unscored steps: a checkpoint for merge and export
  smol         SmolLM2-135M-Instruct (WORK/smollm2.gguf) fine-tuned, scored on CUDA
  train_4bit   the same with --quantization 4bit (bitsandbytes QLoRA), unscored
  train_compile  the defaults with --compile, unscored
  train_unsloth  --unsloth (its own loader, forced: auto leaves it unused on
               cards of 24 GB or more), unscored
  train_auto   10 unscored steps with unsloth installed and every choice on
               auto: the plan the card gets (the transformers path above 24 GB)
  merge        epicrisis merge of the best checkpoint (WORK/merged)
  export       epicrisis export: fp32 + validation, int8, int4, each scored on
               ONNX Runtime with the host's cores, compared and gated
  gate         epicrisis gate of the int4 run
  gate_int8    epicrisis gate of the int8 run
  promote      epicrisis promote into WORK/app: the variant the policy prefers,
               verified in Transformers.js (Node) as the README's command does
               (needs node and export/js/node_modules; --extra promote=--no-verify
               without them)
  layout       what the app received: every file and its size, config.json's
               transformers.js_config, the manifest's dtype and verification,
               and each ONNX file opened by ONNX Runtime from the app folder
  decode1_fp32, decode1_int8, decode1_int4
               batch-1 decode speed of each exported file on ONNX Runtime:
               epicrisis eval of one record, batch 1 (its tok/s line); add
               --threads and --max-new-tokens with --extra
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TOKENIZER_FROM = ROOT / "training" / "presets" / "micro-base"
BUNDLED = sorted((ROOT / "training" / "data" / "bundled").glob("*.jsonl"))

# Qwen2.5-1.5B-Instruct's published config.json, weights aside.
QWEN15 = dict(vocab_size=151936, hidden_size=1536, intermediate_size=8960, num_hidden_layers=28,
              num_attention_heads=12, num_key_value_heads=2, max_position_embeddings=32768,
              max_window_layers=21, rope_theta=1000000.0, rms_norm_eps=1e-6, tie_word_embeddings=True,
              hidden_act="silu", use_sliding_window=False, sliding_window=32768, attention_dropout=0.0)

# With random weights no record passes the checklist, so the default policy
# blocks everything; the mechanics of gate and promote at this size are run
# under a policy that keeps only the parity of each variant with its torch run.
MECHANICS_GATES = """schema_version = 1
[parity.int8]
min_verdict_agreement = 0.5
[parity.int4]
min_verdict_agreement = 0.5
[ship]
variants = ["int8", "int4"]
"""


def build_model(out: Path) -> None:
    import torch
    from transformers import AutoTokenizer, Qwen2Config, Qwen2ForCausalLM

    tokenizer = AutoTokenizer.from_pretrained(TOKENIZER_FROM)
    shape = dict(QWEN15)
    if os.environ.get("GPU_PIPELINE_TINY"):  # a CPU dry run of the same commands
        shape.update(hidden_size=64, intermediate_size=128, num_hidden_layers=2, num_attention_heads=4,
                     num_key_value_heads=2, vocab_size=8192)
    config = Qwen2Config(**shape, bos_token_id=tokenizer.bos_token_id,
                         eos_token_id=tokenizer.eos_token_id, pad_token_id=tokenizer.pad_token_id)
    torch.manual_seed(42)
    device = "cuda" if torch.cuda.is_available() else "cpu"
    with torch.device(device):
        model = Qwen2ForCausalLM(config).to(torch.bfloat16)
    model.config.torch_dtype = torch.bfloat16
    model.save_pretrained(out, safe_serialization=True)
    for name in ("tokenizer.json", "tokenizer_config.json", "chat_template.jinja"):
        if (TOKENIZER_FROM / name).exists():
            shutil.copy2(TOKENIZER_FROM / name, out / name)
    print(f"built {sum(p.numel() for p in model.parameters()):,} parameters into {out}", flush=True)


class Monitor:
    """Peak RSS of a process tree and GPU memory in use, sampled in a thread."""

    def __init__(self, pid: int, period: float = 0.25):
        import psutil

        self.proc = psutil.Process(pid)
        self.period = period
        self.samples: list[tuple[float, float, float | None]] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self.start = time.time()
        self.has_gpu = shutil.which("nvidia-smi") is not None
        self._thread.start()

    def _gpu_mb(self) -> float | None:
        if not self.has_gpu:
            return None
        try:
            out = subprocess.run(["nvidia-smi", "--query-gpu=memory.used", "--format=csv,noheader,nounits"],
                                 capture_output=True, text=True, timeout=5).stdout
            return float(out.split()[0])
        except (OSError, ValueError, IndexError, subprocess.TimeoutExpired):
            return None

    def _rss_mb(self) -> float:
        import psutil

        total = 0
        try:
            procs = [self.proc, *self.proc.children(recursive=True)]
        except psutil.Error:
            return 0.0
        for p in procs:
            try:
                total += p.memory_info().rss
            except psutil.Error:
                pass
        return total / 2**20

    def _run(self) -> None:
        while not self._stop.is_set():
            self.samples.append((round(time.time() - self.start, 2), round(self._rss_mb(), 1), self._gpu_mb()))
            self._stop.wait(self.period)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()


def run_stage(name: str, cmd: list[str], log: Path) -> dict:
    print(f"== {name}: {' '.join(cmd)}", flush=True)
    began = time.time()
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env,
                            cwd=ROOT)
    monitor = Monitor(proc.pid)
    lines = []
    with log.open("a", encoding="utf-8") as fh:
        for line in proc.stdout:
            t = round(time.time() - began, 2)
            lines.append([t, line.rstrip("\n")[-400:]])
            fh.write(f"[{name} {t:7.1f}s] {line}")
            print(f"[{name} {t:7.1f}s] {line}", end="", flush=True)
    rc = proc.wait()
    monitor.stop()
    gpu = [g for _, _, g in monitor.samples if g is not None]
    return {"name": name, "command": cmd, "rc": rc, "seconds": round(time.time() - began, 2),
            "host_peak_rss_mb": max((r for _, r, _ in monitor.samples), default=None),
            "gpu_peak_used_mb": max(gpu) if gpu else None,
            "gpu_idle_used_mb": gpu[0] if gpu else None,
            "samples": monitor.samples, "lines": lines}


def best_checkpoint(train_dir: Path) -> Path:
    if not (train_dir / "best.json").exists():  # an unscored run: its last checkpoint
        return max(train_dir.glob("checkpoint-*"), key=lambda p: int(p.name.split("-")[1]))
    best = json.loads((train_dir / "best.json").read_text())
    path = Path(best["checkpoint"])
    return path if path.is_absolute() else train_dir / path.name


def stage_commands(stage: str, work: Path, extra: list[str]) -> list[str]:
    epi = [sys.executable, "-m", "harness.app.cli"]
    data = work / "data"
    common_train = [*epi, "train", "--base", str(work / "qwen15"), "--data", str(data), "--overwrite"]
    if stage == "build":
        return [sys.executable, __file__, "--build-model", str(work / "qwen15")]
    if stage == "prepare":
        return [*epi, "data", "prepare", *map(str, BUNDLED), "--out", str(data)]
    if stage == "train":
        return [*common_train, "--output", str(work / "train"), "--eval-limit", "35", "--max-new-tokens", "384",
                "--eval-batch-size", "35", *extra]
    if stage == "train_bf16":
        return [*common_train, "--output", str(work / "train_bf16"), "--no-scoring", "--no-unsloth", *extra]
    if stage == "train_short":  # a checkpoint to merge and export: the weights are random anyway
        return [*common_train, "--output", str(work / "train"), "--max-steps", "10", "--save-steps", "10",
                "--no-scoring", *extra]
    if stage == "smol":  # SmolLM2-135M-Instruct from its GGUF, fine-tuned and scored on CUDA (issue 15)
        return [*epi, "train", "--base", str(work / "smollm2.gguf"), "--data", str(data), "--overwrite",
                "--output", str(work / "smol"), "--eval-limit", "35", "--max-new-tokens", "300",
                "--eval-batch-size", "35", *extra]
    if stage == "train_4bit":
        return [*common_train, "--output", str(work / "train_4bit"), "--quantization", "4bit", "--no-scoring",
                "--no-unsloth", *extra]
    if stage == "train_compile":
        return [*common_train, "--output", str(work / "train_compile"), "--compile", "--no-scoring",
                "--no-unsloth", *extra]
    if stage == "train_unsloth":
        return [*common_train, "--output", str(work / "train_unsloth"), "--no-scoring", "--unsloth", *extra]
    if stage == "train_auto":
        return [*common_train, "--output", str(work / "train_auto"), "--no-scoring", "--max-steps", "10",
                "--save-steps", "10", *extra]
    if stage == "merge":
        return [*epi, "merge", str(best_checkpoint(work / "train")), "--out", str(work / "merged"), "--overwrite"]
    if stage == "export":
        gates = work / "mechanics_gates.toml"
        gates.write_text(MECHANICS_GATES)
        model = work / "merged" if (work / "merged").exists() else work / "qwen15"  # merge measured apart
        return [*epi, "export", str(model), "--out", str(work / "export"), "--data",
                str(data / "validation.jsonl"), "--gates", str(gates), *extra]
    if stage == "gate":
        return [*epi, "gate", str(work / "export" / "runs" / "int4"), "--gates", str(work / "mechanics_gates.toml")]
    if stage == "gate_int8":
        return [*epi, "gate", str(work / "export" / "runs" / "int8"), "--gates", str(work / "mechanics_gates.toml")]
    if stage == "promote":
        if not (work / "app").exists():  # a scratch Angular app: the bundled template, as the pipeline makes it
            shutil.copytree(ROOT / "export" / "app_template", work / "app")
        return [*epi, "promote", str(work / "export"), "--app", str(work / "app"), "--id", "local/qwen15-random",
                *extra]
    if stage == "layout":
        return [sys.executable, __file__, "--layout", str(work / "app" / "backend" / "models" / "qwen15-random")]
    if stage.startswith("decode1_"):
        variant = stage.removeprefix("decode1_")
        return [*epi, "eval", "--model", str(work / "export"), "--backend", "onnx", "--variant", variant,
                "--data", str(data / "validation.jsonl"), "--out", str(work / "decode1" / variant),
                "--limit", "1", "--batch-size", "1", "--no-config", *extra]
    raise SystemExit(f"unknown stage {stage!r}")


def layout(folder: Path) -> None:
    """Print what the app received and open each ONNX file from there."""
    import onnxruntime

    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        print(f"file {path.relative_to(folder)} {path.stat().st_size:,} bytes", flush=True)
    config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
    print("transformers.js_config", json.dumps(config.get("transformers.js_config")), flush=True)
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    print("manifest", json.dumps({k: manifest.get(k) for k in ("variant", "dtype", "file", "bytes", "verification")}),
          flush=True)
    for onnx_file in sorted((folder / "onnx").glob("*.onnx")):
        began = time.time()
        session = onnxruntime.InferenceSession(str(onnx_file), providers=["CPUExecutionProvider"])
        print(f"onnxruntime opened {onnx_file.name} from the app folder in {time.time() - began:.1f} s: "
              f"{len(session.get_inputs())} inputs, {len(session.get_outputs())} outputs", flush=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--build-model", type=Path)
    ap.add_argument("--layout", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--work", type=Path, default=Path("/tmp/gp"))
    ap.add_argument("--stages", default="")
    ap.add_argument("--extra", action="append", default=[],
                    help="STAGE=ARGS: extra arguments for one stage (space separated)")
    ap.add_argument("--raw", type=Path, help="where to write the raw stage records (default WORK/raw.json)")
    args = ap.parse_args()
    if args.build_model:
        build_model(args.build_model)
        return 0
    if args.layout:
        layout(args.layout)
        return 0
    args.work.mkdir(parents=True, exist_ok=True)
    raw_path = args.raw or args.work / "raw.json"
    raw = json.loads(raw_path.read_text()) if raw_path.exists() else {"stages": []}
    extras = dict(item.split("=", 1) for item in args.extra)
    for stage in filter(None, args.stages.split(",")):
        cmd = stage_commands(stage, args.work, extras.get(stage, "").split())
        record = run_stage(stage, cmd, args.work / "log.txt")
        raw["stages"] = [s for s in raw["stages"] if s["name"] != stage] + [record]
        raw_path.write_text(json.dumps(raw))
        print(f"== {stage}: rc {record['rc']}, {record['seconds']} s, host peak {record['host_peak_rss_mb']} MB, "
              f"GPU peak {record['gpu_peak_used_mb']} MB", flush=True)
        if record["rc"] not in (0, 1) or (record["rc"] == 1 and stage not in ("export", "gate", "gate_int8")
                                                    and not stage.startswith("decode1_")):
            print(f"== stopping: {stage} failed", flush=True)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
