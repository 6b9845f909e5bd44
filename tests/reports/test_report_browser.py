"""The report in a real headless Chromium: model-written HTML never runs, the
report's own script does, and the page renders (a screenshot is taken); no
sideways scroll down to 800 px, a jump lands below the sticky filter bar, print
to PDF gives a clean A4 document, and the docs' screenshots are taken here.

Skips only when no Chromium is installed (Debian: ``apt-get install chromium``).
To re-take docs/report-1400.png and docs/report-800.png from a real pipeline
report (``epicrisis pipeline --out OUT``)::

    EPICRISIS_UPDATE_SCREENSHOTS=1 EPICRISIS_SCREENSHOT_REPORT=OUT/report.html \
        .venv/bin/python -m pytest -q tests/reports/test_report_browser.py -k screenshots
"""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
from pathlib import Path

import pytest

from reports.build import ReportRequest, make_report
from tests import ROOT
from tests import synthetic_runs as sr
from export.cdp import CHROMIUM, Browser
from tests.reports.conftest import INT4_FLIP, N

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


# -- layout, jumps, print, screenshots (issue 17) ----------------------------------------------------

# The columns a reader must see at any width: the gate, p and the Δ interval of the checks table.
MUST_SEE = """(() => {
  const heads = Array.from(document.querySelectorAll('table.checks-table th, table.gates-table th'));
  return heads.filter(h => h.offsetParent !== null).map(h => [h.textContent.trim(), Math.round(h.getBoundingClientRect().right)]);
})()"""


@pytest.fixture(scope="module")
def browser():
    with Browser() as b:
        yield b


@pytest.mark.parametrize("lang, width", [("es", 1400), ("es", 1280), ("es", 1261), ("es", 1200), ("es", 800),
                                         ("en", 1200), ("en", 800)])
def test_no_sideways_scroll_and_key_columns_visible(browser, reports, lang, width):
    browser.viewport(width, 1000)
    browser.open(reports[lang].path.as_uri())
    assert browser.js("document.documentElement.getAttribute('data-report-ready')") == "1"
    assert browser.js("document.documentElement.scrollWidth") <= width
    # No table scrolls inside its own box either.
    assert browser.js("Array.from(document.querySelectorAll('table')).filter(t => t.offsetParent !== null)"
                      ".every(t => t.getBoundingClientRect().right <= document.documentElement.clientWidth + 0.5)")
    heads = dict(browser.js(MUST_SEE))
    for name in {"es": ("puerta", "p", "intervalo de Δ"), "en": ("gate", "p", "Δ interval")}[lang]:
        assert name in heads and heads[name] <= width, (name, heads)


def test_a_jump_lands_below_the_sticky_filter_bar(browser, reports):
    browser.viewport(800, 900)
    browser.open(reports["es"].path.as_uri())
    browser.js("document.getElementById('failing-only').click()")  # hides the passing samples
    target = f"s-{N - 1}"  # a passing sample near the end of the page
    browser.open(reports["es"].path.as_uri() + f"#{target}")
    browser.js("new Promise(done => setTimeout(done, 200))")  # the page's hashchange handler runs
    top, bar, opened, hidden = browser.js(
        f"(() => {{ const s = document.getElementById('{target}'); const f = document.querySelector('.filters');"
        " return [s.getBoundingClientRect().top, f.getBoundingClientRect().bottom, s.open, s.hidden]; })()")
    assert opened and not hidden  # the jump opened it and lifted the filter that hid it
    assert top >= bar - 1, f"sample header at {top}px under the filter bar ending at {bar}px"
    # The history's link to a sample and back.
    browser.open(reports["es"].path.as_uri() + f"#h-{INT4_FLIP}")
    browser.js("new Promise(done => setTimeout(done, 200))")
    assert browser.js(f"document.getElementById('h-{INT4_FLIP}').getBoundingClientRect().top") >= 0


PDF_TOOLS = all(shutil.which(tool) for tool in ("pdftoppm", "pdftotext", "pdfinfo"))


@pytest.mark.skipif(not PDF_TOOLS, reason="poppler-utils is not installed (apt-get install -y poppler-utils)")
def test_print_to_pdf_gives_a_clean_document(reports, tmp_path):
    pdf = tmp_path / "report.pdf"
    proc = chromium(reports["es"].path, tmp_path / "profile", f"--print-to-pdf={pdf}", "--no-pdf-header-footer")
    assert pdf.is_file() and pdf.read_bytes()[:5] == b"%PDF-", proc.stderr[-2000:]
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "(A4)" in info and int(re.search(r"Pages:\s+(\d+)", info).group(1)) > 1
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Resumen para el comité clínico" in text and "intervalo de Δ" in text
    for screen_only in ("sólo las que fallan", "entrada JSON", "Resumen clínico Decisión"):  # filters, JSON, nav
        assert screen_only not in text, screen_only
    subprocess.run(["pdftoppm", "-r", "40", "-png", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "page")],
                   check=True, capture_output=True)
    [page_png] = tmp_path.glob("page*.png")
    width, height = struct.unpack(">II", page_png.read_bytes()[16:24])
    assert abs(height / width - 297 / 210) < 0.02  # A4 portrait, nothing wider than the page


SCREENSHOTS = {1400: ROOT / "docs" / "report-1400.png", 800: ROOT / "docs" / "report-800.png"}


def _real_report() -> Path | None:
    """The report of a real pipeline run: EPICRISIS_SCREENSHOT_REPORT, else runs/demo's."""
    candidate = Path(os.environ.get("EPICRISIS_SCREENSHOT_REPORT", ROOT / "runs" / "demo" / "report.html"))
    return candidate if candidate.is_file() else None


@pytest.mark.parametrize("width", sorted(SCREENSHOTS))
def test_screenshots(browser, reports, tmp_path, width):
    """With EPICRISIS_UPDATE_SCREENSHOTS=1, docs/report-<width>.png from a real
    pipeline report; otherwise the same shot of the fixtures' report, checked."""
    update = os.environ.get("EPICRISIS_UPDATE_SCREENSHOTS") == "1"
    source = _real_report() if update else reports["es"].path
    if source is None:
        pytest.skip("no real report: run `epicrisis pipeline` (runs/demo) or set EPICRISIS_SCREENSHOT_REPORT")
    height = 2400
    browser.viewport(width, height)
    browser.open(source.as_uri())
    assert browser.js("document.documentElement.scrollWidth") <= width
    shot = browser.screenshot(SCREENSHOTS[width] if update else tmp_path / f"report-{width}.png")
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and struct.unpack(">II", data[16:24]) == (width, height)
    assert len(data) > 50_000  # a blank or error page compresses to a few kilobytes
