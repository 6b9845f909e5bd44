"""The layers' import contract: no "never" arrow anywhere in the package.

    app (harness/app/)                 imports everything below
    training · export · reports        import the core, never each other
    checks                             import the core's types and registry
    core (harness/, minus app/)        imports none of the above

Imports are read statically with ast from every module, including imports
inside functions and under ``if TYPE_CHECKING:`` (a lazy import hides a cycle
from Python, not from the layering) and ``importlib.import_module("...")``
with a literal name. Every violation is reported as FILE:LINE.
"""

from __future__ import annotations

import ast
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests import ROOT

# (layer, module prefix): the first prefix a module starts with gives its layer.
LAYERS = (
    ("app", "harness.app"),
    ("core", "harness"),
    ("checks", "checks"),
    ("training", "training"),
    ("export", "export"),
    ("reports", "reports"),
)
PACKAGES = tuple(sorted({prefix.partition(".")[0] for _, prefix in LAYERS}))

# layer -> {forbidden module prefix: why}. Nothing below the app imports it.
NEVER: dict[str, dict[str, str]] = {
    "core": {
        "harness.app": "the core never imports the app layer",
        "training": "the core never imports training",
        "export": "the core never imports export",
        "reports": "the core never imports reports",
        "checks": "the core finds checks through entry points, never by name",
    },
    "checks": {
        "harness.app": "checks never import the app layer",
        "harness.backends": "checks never import generation backends",
        "training": "checks never import training",
        "export": "checks never import export",
    },
    "reports": {
        "harness.app": "reports never import the app layer",
        "harness.backends": "reports read records only, never backends",
        "training": "reports read records only, never training",
        "export": "reports read records only, never export",
    },
    "training": {
        "harness.app": "training never imports the app layer",
        "export": "training never imports export (the app hands the callback its ONNX scorer)",
        "reports": "training never imports reports",
    },
    "export": {
        "harness.app": "export never imports the app layer",
        "training": "export never imports training",
        "reports": "export never imports reports",
    },
}


@dataclass(frozen=True, order=True)
class Violation:
    path: str
    line: int
    module: str
    target: str
    why: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.module} imports {self.target}: {self.why}"


def _within(module: str, prefix: str) -> bool:
    return module == prefix or module.startswith(prefix + ".")


def layer_of(module: str) -> str | None:
    return next((layer for layer, prefix in LAYERS if _within(module, prefix)), None)


def module_name(root: Path, path: Path) -> str:
    parts = path.relative_to(root).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported(tree: ast.AST, module: str, is_package: bool) -> list[tuple[int, str]]:
    """(line, absolute module name) for every import in a module, wherever it is."""
    package = module if is_package else module.rpartition(".")[0]
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                parts = package.split(".")
                base = ".".join([*parts[: len(parts) - node.level + 1], *filter(None, [node.module])])
            else:
                base = node.module or ""
            # `from harness import app` imports harness.app: name each imported thing
            found += [(node.lineno, base if a.name == "*" else f"{base}.{a.name}") for a in node.names]
        elif isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name in ("import_module", "__import__") and isinstance(node.args[0].value, str):
                found.append((node.lineno, node.args[0].value))
    return found


def violations(root: Path, packages: tuple[str, ...] = PACKAGES) -> list[Violation]:
    """Every never-arrow in the packages under root, sorted by file and line."""
    out: list[Violation] = []
    for package in packages:
        for path in sorted((root / package).rglob("*.py")):
            if "__pycache__" in path.parts:
                continue
            module = module_name(root, path)
            rules = NEVER.get(layer_of(module) or "", {})
            if not rules:
                continue
            rel = path.relative_to(root).as_posix()
            try:
                tree = ast.parse(path.read_bytes(), filename=rel)
            except SyntaxError as exc:
                raise AssertionError(f"{rel}:{exc.lineno}: cannot be parsed: {exc.msg}") from None
            for line, target in imported(tree, module, path.name == "__init__.py"):
                for prefix, why in rules.items():
                    if _within(target, prefix):
                        out.append(Violation(rel, line, module, target, why))
                        break
    return sorted(set(out))


def test_no_layer_imports_upward_or_sideways():
    found = violations(ROOT)
    assert not found, f"{len(found)} import(s) against the layers:\n" + "\n".join(map(str, found))


def test_every_package_folder_is_checked():
    assert {layer_of(p) for p in PACKAGES} >= {"core", "checks", "training", "export", "reports"}
    for package in PACKAGES:
        assert (ROOT / package / "__init__.py").is_file(), package


# --- the checker itself, on a fake tree with deliberate violations ---------------------------


def _tree(root: Path, files: dict[str, str]) -> None:
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    for package in PACKAGES:
        (root / package).mkdir(exist_ok=True)
        (root / package / "__init__.py").touch()


def test_the_checker_catches_every_kind_of_hidden_import(tmp_path):
    _tree(tmp_path, {
        "harness/app/__init__.py": "",
        "harness/gates.py": (
            "from harness.records import Finding\n"    # allowed: core to core
            "def decide():\n"
            "    from training.callback import score\n"   # 3: lazy, inside a function
            "    return score\n"
        ),
        "harness/cli_glue.py": "from harness import app\nfrom . import app as again\n",   # 1, 2
        "harness/backends/onnx.py": "from ..app import render\n",                       # 1: relative, one up
        "checks/fmt.py": "from harness.backends import torch\nfrom harness.registry import check\n",  # 1
        "reports/ledger.py": (
            "from typing import TYPE_CHECKING\n"
            "if TYPE_CHECKING:\n"
            "    from training.ledger import Row\n"   # 3: typing-only is still an arrow
            "import importlib\n"
            "def load():\n"
            "    return importlib.import_module('export.manifest')\n"   # 6: by name
        ),
        "training/callback.py": "import export.onnx_export as onnx\n",   # 1
        "export/pipeline.py": "from training import merge\n",            # 1
        "harness/app/pipeline.py": "import training, export, reports\nfrom harness.app import cli\n",  # allowed
    })
    found = [(v.path, v.line, v.target) for v in violations(tmp_path)]
    assert found == [
        ("checks/fmt.py", 1, "harness.backends.torch"),
        ("export/pipeline.py", 1, "training.merge"),
        ("harness/backends/onnx.py", 1, "harness.app.render"),
        ("harness/cli_glue.py", 1, "harness.app"),
        ("harness/cli_glue.py", 2, "harness.app"),
        ("harness/gates.py", 3, "training.callback.score"),
        ("reports/ledger.py", 3, "training.ledger.Row"),
        ("reports/ledger.py", 6, "export.manifest"),
        ("training/callback.py", 1, "export.onnx_export"),
    ]


def test_a_violation_is_reported_with_file_line_and_reason(tmp_path):
    _tree(tmp_path, {"harness/registry.py": "def load():\n    import checks\n"})
    (found,) = violations(tmp_path)
    assert str(found) == ("harness/registry.py:2: harness.registry imports checks: "
                          "the core finds checks through entry points, never by name")


def test_a_deliberate_violation_in_a_copy_of_the_real_tree_is_caught(tmp_path):
    def python_only(folder: str, names: list[str]) -> list[str]:
        return [n for n in names if n == "__pycache__" or (not n.endswith(".py") and not Path(folder, n).is_dir())]

    for package in PACKAGES:
        shutil.copytree(ROOT / package, tmp_path / package, ignore=python_only)
    engine = tmp_path / "harness" / "engine.py"
    lines = engine.read_text(encoding="utf-8").count("\n")
    with engine.open("a", encoding="utf-8") as f:
        f.write("\n\ndef _render(run):\n    from reports.html import render\n    return render(run)\n")
    added = set(violations(tmp_path)) - set(violations(ROOT))
    assert [str(v) for v in added] == [
        f"harness/engine.py:{lines + 4}: harness.engine imports reports.html.render: the core never imports reports"]


def test_a_module_that_does_not_parse_is_named(tmp_path):
    _tree(tmp_path, {"reports/broken.py": "def f(:\n"})
    with pytest.raises(AssertionError, match=r"reports/broken.py:1: cannot be parsed"):
        violations(tmp_path)
