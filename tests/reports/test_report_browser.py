"""The report in a real headless Chromium: model-written HTML never runs, the
report's own script does, and the page renders (a screenshot is taken).

Skips only when no Chromium is installed (Debian: ``apt-get install chromium``).
"""

from __future__ import annotations

import shutil
import struct
import subprocess
from pathlib import Path

import pytest

from reports.build import ReportRequest, make_report
from tests import synthetic_runs as sr

CHROMIUM = next((shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome") if shutil.which(n)), None)
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (apt-get install -y chromium)")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--virtual-time-budget=3000"]


def chromium(page: Path, profile: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *extra, page.as_uri()],
                          check=False, capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def page(tmp_path_factory) -> Path:
    """A report whose outputs, input and sample ids carry script and onerror payloads."""
    root = tmp_path_factory.mktemp("browser")
    rows = sr.samples(12)
    rows[2] = (f"id-{sr.IMG_PAYLOAD}", {"nota": sr.SCRIPT_PAYLOAD, **rows[2][1]}, rows[2][2])
    torch_rows = sr.defective(rows, {1: sr.xss, 2: sr.xss, 4: sr.repeat_last_sentence, 5: sr.markdown})
    sr.write_run(root / "torch", torch_rows)
    sr.write_run(root / "int8", sr.defective(torch_rows, {1: sr.swap_word, 3: sr.swap_word}),
                 backend="onnx", variant="int8")
    sr.write_run(root / "baseline", rows, model="prod")
    made = make_report(ReportRequest(runs=[root / "torch", root / "int8"], baseline=root / "baseline",
                                     out=root / "report.html"))
    return made.path


def test_injected_markup_never_executes(page, tmp_path):
    proc = chromium(page, tmp_path / "profile", "--dump-dom")
    dom = proc.stdout
    assert proc.returncode == 0 and "</html>" in dom, proc.stderr[-2000:]
    # The report's own script ran: so a payload that had become markup would have run too.
    assert 'data-report-ready="1"' in dom
    assert 'data-pwned="' not in dom  # the payloads set this attribute on <html> if they run
    assert "<title>pwned" not in dom and "<title>Informe de regresión de epicrisis</title>" in dom
    assert "<img" not in dom and dom.count("<script") == 1
    assert "&lt;script&gt;document.title=" in dom and "&lt;img src=x onerror=" in dom


def test_page_renders(page, tmp_path):
    shot = tmp_path / "report.png"
    proc = chromium(page, tmp_path / "profile", f"--screenshot={shot}", "--window-size=1280,1800",
                    "--hide-scrollbars")
    assert shot.is_file(), proc.stderr[-2000:]
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (1280, 1800)
    assert len(data) > 50_000  # a blank or error page compresses to a few kilobytes
