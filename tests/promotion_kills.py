"""Killing promotions and checking what they leave behind: shared by the short
tests (``tests/integration/test_hardening_promote.py``) and the long run
(``bench/promote_kills.py``).

``agreement_problems(app)`` is the property every kill must keep: after
recovery, every catalogue entry that points into the app names a complete
folder whose files match its manifest (id and dtype too), and every promoted
folder is listed; no journal and no staged folder is left.
"""

from __future__ import annotations

import json
import re
import signal
import subprocess
import time
from pathlib import Path

from export.app_registry import _find_array, mask
from export.transaction import ANNOUNCE_ENV, PAUSE_ENV
from harness.variants import DTYPES
from tests.export_fixtures import ENV, EPICRISIS, REGISTRY, manifest_state

MODELS = Path("backend/models")
_FIELD = re.compile(r"""(\w+)\s*:\s*('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|true|false)""", re.S)


def _js_value(literal: str):
    """A JS literal as the app's catalogue writes it: true, false, or a
    string in ' or " quotes with JSON's escapes (\\' for a quote in '...')."""
    if literal in ("true", "false"):
        return literal == "true"
    body, out, i = literal[1:-1], [], 0
    while i < len(body):
        if body[i] == "\\":
            out.append("'" if body[i + 1] == "'" else body[i:i + 2])
            i += 2
        else:
            out.append('\\"' if body[i] == '"' else body[i])
            i += 1
    return json.loads('"' + "".join(out) + '"')


def catalogue(app: Path) -> list[dict]:
    """The LLM_MODELS entries of the app, each as a dict of its literal fields."""
    path = app / REGISTRY
    text = path.read_text(encoding="utf-8")
    masked = mask(text)
    entries = []
    for start, end in _find_array(text, masked, str(path)).objects:
        # fields at the object's own level: string values are masked to blanks
        # in ``masked`` except their quotes, so match the real text at their places
        entries.append({m.group(1): _js_value(m.group(2)) for m in _FIELD.finditer(text, start, end)})
    return entries


def agreement_problems(app: Path) -> list[str]:
    """What disagrees between the app's model folders and its catalogue
    (empty: they agree), and leftovers a recovery must not leave."""
    models = app / MODELS
    problems = []
    if (models / ".promotion.json").exists():
        problems.append("the journal is still there")
    problems += [f"{p.name} left behind" for p in models.glob(".*.staging")]
    listed: dict[str, dict] = {}
    for entry in catalogue(app):
        path = entry.get("localPath")
        if not isinstance(path, str) or not path.startswith("/models/"):
            continue  # a model served from elsewhere
        name = path[len("/models/"):]
        if name in listed:
            problems.append(f"{name} is listed twice")
        listed[name] = entry
        folder = models / name
        if not folder.is_dir():
            problems.append(f"{entry['id']} names {path}, which does not exist")
            continue
        manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
        if "files" not in manifest:
            continue  # placed by hand (the fixture's local-previous), not by a promotion
        state = manifest_state(folder)
        if state == "mixed":
            problems.append(f"{name} does not hold exactly its manifest's files")
        elif manifest["id"] != entry["id"] or DTYPES[state] != entry["dtype"]:
            problems.append(f"{name} holds {manifest['id']} {state}, listed as {entry['id']} {entry['dtype']}")
    for folder in models.iterdir():
        if folder.name.startswith(".") or not (folder / "manifest.json").is_file():
            continue
        if "files" in json.loads((folder / "manifest.json").read_text(encoding="utf-8")) \
                and folder.name not in listed:
            problems.append(f"{folder.name} holds a promoted model that LLM_MODELS does not list")
    return problems


def served(app: Path, name: str) -> str | None:
    """The variant at backend/models/NAME (None: no folder; "mixed": incomplete)."""
    folder = app / MODELS / name
    return manifest_state(folder) if folder.exists() else None


def listed_dtype(app: Path, model_id: str) -> str | None:
    return next((e["dtype"] for e in catalogue(app) if e.get("id") == model_id), None)


def promote_args(export: Path, app: Path, model_id: str, variant: str) -> list[str]:
    return [EPICRISIS, "promote", str(export), "--app", str(app), "--id", model_id, "--variant", variant,
            "--no-verify"]


def start(args: list[str], pause: str | None = None) -> subprocess.Popen:
    env = {**ENV, PAUSE_ENV: pause} if pause else ENV
    return subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def pause_line(proc: subprocess.Popen) -> str:
    """The "promotion paused at STAGE" line (blocks until it, or an early
    exit: then the last line read); promote's progress lines come before it."""
    line = proc.stderr.readline()
    while line and not line.startswith("promotion paused at "):
        line = proc.stderr.readline()
    return line


def kill_at_stage(args: list[str], stage: str) -> None:
    """Run until the named stage, then kill -9 there."""
    proc = start(args, pause=stage)
    line = pause_line(proc)
    if line.strip() != f"promotion paused at {stage}":
        proc.kill()
        raise AssertionError(f"never reached {stage}: {line}{proc.stderr.read()}")
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    proc.stderr.close()


def kill_after(args: list[str], seconds: float) -> int | None:
    """kill -9 after ``seconds``; the exit status if it finished first (None: killed)."""
    proc = start(args)
    try:
        return proc.wait(timeout=seconds)
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        return None
    finally:
        proc.stderr.close()


def kill_after_stage(args: list[str], stage: str, seconds: float) -> int | None:
    """Let it run to the named stage, then kill -9 ``seconds`` later (a random
    moment inside what follows the stage); the exit status if it finished
    first (None: killed)."""
    proc = subprocess.Popen(args, env={**ENV, ANNOUNCE_ENV: stage}, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)
    try:
        for line in proc.stderr:
            if line.strip() == f"promotion at {stage}":
                break
        else:
            return proc.wait(timeout=30)  # ended before the stage (nothing to recover, say)
        time.sleep(seconds)  # not wait(timeout): it polls in steps of up to 50 ms
        if proc.poll() is not None:
            return proc.returncode
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        return None
    finally:
        proc.stderr.close()


def run(args: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, env=ENV, check=False, capture_output=True, text=True, timeout=300)


def recover(app: Path) -> subprocess.CompletedProcess[str]:
    return run([EPICRISIS, "promote", "--recover", str(app)])


def timed(args: list[str]) -> float:
    began = time.perf_counter()
    proc = run(args)
    assert proc.returncode == 0, proc.stderr
    return time.perf_counter() - began
