"""Verification in the app's own runtime: Transformers.js (Node) must write
the same tokens as the harness's Python ONNX backend.

The Node script (``export/js/verify.mjs``) loads the folder with remote
models disabled, builds each prompt as the app does (``epicrisis-prompt.js``:
the system message, the instruction and the input as Python writes JSON,
through the tokenizer's chat template), and greedy-generates. Here the Python ONNX backend does the same; the rendered
prompt, the prompt's token ids and the generated token ids must all be
equal, for every prompt. Both sides run on the same number of threads and
report tokens/s.

Transformers.js loads the file with the variant's ``dtype`` (q8, q4, q4f16,
fp32), the one promotion writes into the catalogue: in an app folder the file
has the dtype's own name; in an export folder a non-default recipe's file is
named by ``model_file_name`` (``harness.variants.file_stem``).
"""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from harness.errors import UsageError
from harness.generation import GenerationConfig
from harness.parity import first_divergence
from harness.samples import Sample
from harness.variants import CANONICAL, DTYPES, ONNX_DIR, ONNX_FILES, file_stem

JS_DIR = Path(os.environ.get("EPICRISIS_JS_DIR", Path(__file__).with_name("js")))
PROGRESS = "progress: "  # verify.mjs's prefix for a progress line on stderr
RUNTIMES = {"node": "Node", "browser": "Chromium WebAssembly"}
INSTALL = "npm install --prefix export/js --ignore-scripts --no-audit --no-fund"


class PromptCheck(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    prompt_match: bool  # the chat template renders the same text in both runtimes
    prompt_ids_match: bool  # the tokenizers give the same ids
    tokens_match: bool
    first_divergence: int | None
    python_tokens: int
    js_tokens: int
    python_seconds: float
    js_seconds: float


class JsVerification(BaseModel):
    model_config = ConfigDict(extra="forbid")

    variant: str
    dtype: str
    max_new_tokens: int
    threads: int | None
    passed: bool
    prompts: list[PromptCheck]
    python_tokens_per_s: float | None
    js_tokens_per_s: float | None
    js_load_seconds: float
    versions: dict[str, str | int | bool | None]
    runtime: str = "node"  # a key of RUNTIMES
    browser: "JsVerification | None" = None  # promote --browser: the same request in Chromium

    def summary(self) -> str:
        same = sum(p.tokens_match for p in self.prompts)
        return (f"Transformers.js {self.versions.get('transformers_js')} ({self.dtype}, {RUNTIMES[self.runtime]}): "
                f"identical tokens for "
                f"{same}/{len(self.prompts)} prompts; {self.js_tokens_per_s or 0:.1f} tok/s vs Python ONNX "
                f"{self.python_tokens_per_s or 0:.1f} tok/s ({self.threads or 'default'} threads)")


class JsVerificationError(UsageError):
    def __init__(self, folder: Path, verification: JsVerification) -> None:
        self.verification = verification
        problems = []
        for p in verification.prompts:
            if not p.prompt_match:
                problems.append(f"prompt {p.id}: the chat template renders differently in Transformers.js")
            elif not p.prompt_ids_match:
                problems.append(f"prompt {p.id}: the tokenizers give different ids for the same prompt")
            elif not p.tokens_match:
                problems.append(f"prompt {p.id}: tokens differ from position {p.first_divergence} "
                                f"({p.python_tokens} Python vs {p.js_tokens} Transformers.js tokens)")
        super().__init__(f"{folder}: Transformers.js does not reproduce the Python ONNX backend:\n"
                         + "\n".join(f"  - {p}" for p in problems))


def node_command() -> list[str]:
    """``node verify.mjs``, or a usage error naming what to install."""
    node = shutil.which("node")
    if node is None:
        raise UsageError("node is not on PATH: the Transformers.js verification needs Node.js >= 18 "
                         "(or pass --no-verify)")
    if not (JS_DIR / "node_modules" / "@huggingface" / "transformers").is_dir():
        raise UsageError(f"Transformers.js is not installed in {JS_DIR}: run `{INSTALL}` "
                         "(make setup does), or pass --no-verify")
    return [node, str(JS_DIR / "verify.mjs")]


def verify_in_transformers_js(model_dir: Path, variant: str, samples: Sequence[Sample], *,
                              max_new_tokens: int = 32, threads: int | None = 2,
                              timeout: float = 900, runtime: str = "node") -> JsVerification:
    """Greedy-generate ``samples`` in both runtimes from ``model_dir``; raise
    :class:`JsVerificationError` unless every prompt gives the same tokens.
    ``runtime``: "node" (onnxruntime-node) or "browser" (headless Chromium,
    onnxruntime-web's WebAssembly backend: ``export.browser``)."""
    verification = verify_runtimes(model_dir, variant, samples, (runtime,), max_new_tokens=max_new_tokens,
                                   threads=threads, timeout=timeout)[0]
    if not verification.passed:
        raise JsVerificationError(model_dir, verification)
    return verification


def verify_runtimes(model_dir: Path, variant: str, samples: Sequence[Sample], runtimes: Sequence[str], *,
                    max_new_tokens: int = 32, threads: int | None = 2, timeout: float = 900,
                    stop_at_mismatch: bool = True,
                    log: Callable[[str], None] = lambda _: None) -> list[JsVerification]:
    """One verification per runtime of ``runtimes``, in order, against one
    Python ONNX generation of the prompts (made once, however many runtimes
    are asked). With ``stop_at_mismatch`` the runtimes after the first that
    differs are not run. Raises nothing for a mismatch: each result says.
    ``log`` gets a line per step: a large model's verification takes minutes
    (Qwen2.5-1.5B's int8 on 16 cores: over 7 minutes for 3 prompts)."""
    from harness.backends import load_backend
    from harness.backends.hf import stop_ids
    from harness.prompt import PromptBuilder

    for runtime in runtimes:
        if runtime not in RUNTIMES:
            raise UsageError(f"unknown Transformers.js runtime {runtime!r} (one of {', '.join(RUNTIMES)})")
    command = node_command() if "node" in runtimes else []
    if "browser" in runtimes:
        from export.browser import missing, run_in_browser

        if reason := missing(JS_DIR):
            raise UsageError(f"the browser verification cannot run: {reason}")
    loaded, stem = loadable_as(model_dir, variant)
    log(f"Python ONNX Runtime ({variant}): loading the model and generating {len(samples)} prompt(s) x "
        f"{max_new_tokens} tokens")
    backend = load_backend("onnx", model_dir, variant=loaded, threads=threads)
    builder = PromptBuilder(backend.tokenizer)
    config = GenerationConfig(max_new_tokens=max_new_tokens, batch_size=1)
    prompts = [builder.render(s.instruction, s.input) for s in samples]
    backend.generate(prompts[:1], GenerationConfig(max_new_tokens=2, batch_size=1))  # warm-up, untimed
    python = []
    for number, prompt in enumerate(prompts, 1):
        began = time.perf_counter()
        python.append((backend.generate([prompt], config)[0], time.perf_counter() - began))
        log(f"Python ONNX Runtime ({variant}): prompt {number}/{len(prompts)}, "
            f"{len(python[-1][0].token_ids)} tokens in {python[-1][1]:.1f} s")
    prompt_ids = [list(backend.tokenizer(prompt, add_special_tokens=False)["input_ids"]) for prompt in prompts]
    request = {
        "dtype": DTYPES[variant], "model_file_name": stem, "threads": threads,
        "system": builder.system,
        "generation": {"max_new_tokens": max_new_tokens, "eos_token_id": stop_ids(backend.model, backend.tokenizer)},
        "prompts": [{"id": s.id, "instruction": s.instruction, "input": s.input} for s in samples],
    }
    verifications = []
    for runtime in runtimes:
        log(f"Transformers.js ({runtime}): loading the model and generating {len(prompts)} prompt(s)")
        if runtime == "browser":
            result = run_in_browser(request, model_dir.resolve(), JS_DIR, timeout=timeout)
        else:
            result = _run_node(command, request, model_dir, timeout, log)
        checks = []
        for prompt, ids, (generation, seconds), js in zip(prompts, prompt_ids, python, result["results"]):
            checks.append(PromptCheck(
                id=js["id"], prompt_match=js["prompt"] == prompt, prompt_ids_match=js["prompt_ids"] == ids,
                tokens_match=js["new_ids"] == list(generation.token_ids),
                first_divergence=first_divergence(list(generation.token_ids), js["new_ids"]),
                python_tokens=len(generation.token_ids), js_tokens=len(js["new_ids"]),
                python_seconds=round(seconds, 4), js_seconds=round(js["seconds"], 4)))
        verifications.append(JsVerification(
            variant=variant, dtype=DTYPES[variant], max_new_tokens=max_new_tokens, threads=threads,
            passed=all(c.prompt_match and c.prompt_ids_match and c.tokens_match for c in checks), prompts=checks,
            python_tokens_per_s=_rate(checks, "python"), js_tokens_per_s=_rate(checks, "js"),
            js_load_seconds=round(result["load_seconds"], 3), versions=result["versions"], runtime=runtime))
        if stop_at_mismatch and not verifications[-1].passed:
            break
    return verifications


def _run_node(command: list[str], request: dict, model_dir: Path, timeout: float,
              log: Callable[[str], None] = lambda _: None) -> dict:
    """verify.mjs's answer to ``request``, passed in a private scratch folder;
    its "progress: ..." lines on stderr go to ``log`` as they come."""
    with scratch_dir() as scratch:
        # Loaded as the app loads it: env.localModelPath + a plain model name.
        # The staged folder's own name (.NAME.staging) is no valid model id.
        link = scratch / "model"
        try:
            link.symlink_to(model_dir.resolve(), target_is_directory=True)
            request = {**request, "model_dir": str(link)}
        except OSError:  # no symlinks (Windows without the privilege)
            request = {**request, "model_dir": str(model_dir.resolve())}
        request_path = scratch / "request.json"
        with os.fdopen(os.open(request_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "w",
                       encoding="utf-8") as handle:  # validation inputs: patient data in a hospital
            handle.write(json.dumps(request, ensure_ascii=False))
        returncode, stdout, errors = _stream(command + [str(request_path)], timeout, log)
        if returncode is None:
            raise UsageError(f"{model_dir}: the Transformers.js verification took over {timeout:.0f} s "
                             "(fewer or shorter prompts: --verify-prompts, --verify-tokens)")
    if returncode != 0:
        raise UsageError(f"{model_dir}: Transformers.js failed to load or run the model:\n{errors.strip()}")
    return json.loads(stdout)


def _stream(command: list[str], timeout: float, log: Callable[[str], None]) -> tuple[int | None, str, str]:
    """Run ``command``: (exit status or None past ``timeout``, stdout, stderr
    without its progress lines), forwarding each "progress: " line to ``log``."""
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    out: list[str] = []
    errors: list[str] = []

    def read_stderr() -> None:
        for line in proc.stderr:
            if line.startswith(PROGRESS):
                log(f"Transformers.js: {line[len(PROGRESS):].strip()}")
            else:
                errors.append(line)

    readers = [threading.Thread(target=lambda: out.append(proc.stdout.read()), daemon=True),
               threading.Thread(target=read_stderr, daemon=True)]
    for reader in readers:
        reader.start()
    try:
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
        return None, "", ""
    for reader in readers:
        reader.join()
    return proc.returncode, "".join(out), "".join(errors)


def loadable_as(model_dir: Path, variant: str) -> tuple[str, str]:
    """(the variant whose file name ``model_dir`` holds for ``variant``,
    Transformers.js's ``model_file_name`` for it): the recipe's own file in
    an export folder, else the dtype's file name (a promoted copy)."""
    if any((folder / ONNX_FILES[variant]).is_file() for folder in (model_dir / ONNX_DIR, model_dir)):
        return variant, file_stem(variant)
    canonical = CANONICAL[DTYPES[variant]]
    return canonical, file_stem(canonical)


SCRATCH_PREFIX = "epicrisis-verify-"
STARTING_SECONDS = 60  # a folder without its lock file younger than this may be starting up


@contextmanager
def scratch_dir() -> Iterator[Path]:
    """A private (0700) temporary folder for the verification's request,
    which holds validation inputs. A kill skips the clean-up, so every start
    first removes the folders of verifications no longer running: each holds
    a lock on its ``.owner`` file while it lives, and the kernel drops the
    lock when the process dies."""
    remove_stale_scratch()
    folder = Path(tempfile.mkdtemp(prefix=SCRATCH_PREFIX))  # mode 0700
    owner = os.open(folder / ".owner", os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        _try_lock(owner)
        yield folder
    finally:
        os.close(owner)
        shutil.rmtree(folder, ignore_errors=True)


def remove_stale_scratch(root: Path | None = None) -> list[Path]:
    """Remove this user's verification folders whose process is gone; the removed ones."""
    removed = []
    for folder in Path(root or tempfile.gettempdir()).glob(SCRATCH_PREFIX + "*"):
        try:
            info = folder.lstat()
            if not stat.S_ISDIR(info.st_mode) or info.st_uid != getattr(os, "getuid", lambda: info.st_uid)():
                continue
            fd = os.open(folder / ".owner", os.O_RDWR | getattr(os, "O_NOFOLLOW", 0))
        except FileNotFoundError:  # no lock file: killed right after creating the folder, or just created
            if time.time() - info.st_mtime < STARTING_SECONDS:
                continue
            fd = None
        except OSError:
            continue
        try:
            if fd is not None and not _try_lock(fd):
                continue  # a verification running now
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder)
        finally:
            if fd is not None:
                os.close(fd)
    return removed


def _try_lock(fd: int) -> bool:
    try:
        import fcntl
    except ImportError:  # Windows: no advisory locks; folders are removed by their own run only
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _rate(checks: Sequence[PromptCheck], side: str) -> float | None:
    tokens = sum(getattr(c, f"{side}_tokens") for c in checks)
    seconds = sum(getattr(c, f"{side}_seconds") for c in checks)
    return round(tokens / seconds, 2) if seconds > 0 else None
