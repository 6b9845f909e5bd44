"""The wheel carries what the pipeline and the checks read at run time, so a
`pip install` outside the repository finds it as package data (nothing is
looked up relative to a checkout)."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests import ROOT


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    done = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                           "-w", str(out), str(ROOT)], capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot build a wheel here: {done.stderr.strip()[-300:]}")
    [built] = out.glob("epicrisis_harness-*.whl")
    return built


@pytest.fixture(scope="module")
def wheel_names(wheel) -> set[str]:
    with zipfile.ZipFile(wheel) as archive:
        return set(archive.namelist())


def test_the_wheel_carries_the_package_data(wheel_names):
    from export.app_registry import APP_TEMPLATE
    from harness.runs import LOCK_NAME
    from harness.gatefile import DEFAULT_POLICY
    from training.data.generator import bundled_paths
    from training.micro import PRESET_DIR

    def inside(path: Path) -> str:
        return path.resolve().relative_to(ROOT).as_posix()

    needed = [inside(p) for p in bundled_paths()] + [inside(DEFAULT_POLICY)]
    # a run's lock file (left by `epicrisis rescore` of a preset run in place, git-ignored) is no data
    needed += [inside(p) for p in PRESET_DIR.rglob("*") if p.is_file() and p.name != LOCK_NAME]
    needed += [inside(p) for p in APP_TEMPLATE.rglob("*") if p.is_file()]
    needed += [inside(p) for p in (ROOT / "reports" / "templates").iterdir()]
    needed += [inside(p) for p in (ROOT / "checks" / "catalog").glob("*.csv")]
    missing = [name for name in needed if name not in wheel_names]
    assert not missing, f"not in the wheel: {missing[:10]}"


def test_the_wheel_declares_the_entry_points(wheel, wheel_names):
    [name] = [n for n in wheel_names if n.endswith(".dist-info/entry_points.txt")]
    with zipfile.ZipFile(wheel) as archive:
        text = archive.read(name).decode()
    assert "epicrisis = harness.app.cli:main" in text  # the CLI
    assert "epicrisis = harness.app.pytest_plugin" in text  # the pytest plugin
    assert "[epicrisis.checks]" in text and "checks.fmt" in text  # the checks, found as plugins are
