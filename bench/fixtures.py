"""The tests' builders that benchmarks reuse: ``tiny_model`` (a tiny Qwen2
model, its ONNX export and a LoRA adapter) and ``synthetic_runs`` (run folders
written without a model).

The package itself is imported as installed (``pip install -e .``); tests/ is
not part of it, so these two helpers are loaded from their files, found
wherever tests/ keeps them, instead of putting the repository on sys.path.
A benchmark imports this module as its sibling (``from fixtures import
tiny_model``): Python puts a script's own folder on the path.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

TESTS = Path(__file__).resolve().parents[1] / "tests"


def _load(name: str) -> ModuleType:
    found = sorted(TESTS.rglob(f"{name}.py"))
    if len(found) != 1:
        raise SystemExit(f"bench: expected one {name}.py under {TESTS}, found {len(found)}")
    spec = importlib.util.spec_from_file_location(f"bench_fixtures.{name}", found[0])
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses resolve their module by name while it executes
    spec.loader.exec_module(module)
    return module


tiny_model = _load("tiny_model")
synthetic_runs = _load("synthetic_runs")
