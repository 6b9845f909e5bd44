"""The HTML report from synthetic scored runs: figures, escaping, sections, the CLI."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from html import unescape
from html.parser import HTMLParser
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

from harness.config import Config
from harness.errors import InputError
from harness.parity import compare_runs
from harness.stats import fisher_two_sided, newcombe_interval
from harness.verdicts import RunEvidence
from reports.build import ReportRequest, make_report
from reports.drilldown import highlight, summarize_input, word_diff
from harness.gating import gate_verdict
from reports.html import build_report, render_html
from reports.movement import movements, parity_matrix
from reports.sources import load_baseline, load_runs
from tests import synthetic_runs as sr

N = 30
EPICRISIS = shutil.which("epicrisis", path=str(Path(sys.executable).parent))


@pytest.fixture(scope="module")
def runs(tmp_path_factory) -> dict[str, Path]:
    """baseline: 3 samples lose "Ingresa por"; torch: 6 repeat, one carries
    both XSS payloads (FMT002); int8: torch with a word changed in every third
    sample. The generator's own texts pass every check (asserted)."""
    root = tmp_path_factory.mktemp("report-runs")
    rows = sr.samples(N)
    assert sr.write_run(root / "clean", rows).passed.count == N
    sr.write_run(root / "baseline", sr.defective(rows, {0: sr.no_prefix, 10: sr.no_prefix, 20: sr.no_prefix}),
                 model="prod")
    torch_rows = sr.defective(rows, {**{i: sr.repeat_last_sentence for i in range(1, N, 5)}, 3: sr.xss})
    sr.write_run(root / "torch", torch_rows)
    sr.write_run(root / "int8", sr.defective(torch_rows, {i: sr.swap_word for i in range(0, N, 3)}),
                 backend="onnx", variant="int8")
    return {"root": root, "baseline": root / "baseline", "torch": root / "torch", "int8": root / "int8"}


@pytest.fixture(scope="module")
def model(runs):
    """The torch run's report, gated by the bundled default policy."""
    return build_report(load_runs([runs["torch"], runs["int8"]]), load_baseline(runs["baseline"]),
                        gates=gate_verdict(runs["torch"], baseline=runs["baseline"]))


# -- figures -----------------------------------------------------------------------------------


def test_checks_sorted_by_movement_with_paired_tests(runs):
    overall, rows = movements(*load_runs([runs["torch"]]), load_baseline(runs["baseline"]))
    assert overall.current.count == N - 7 and overall.baseline.count == N - 3  # 6 repeat + 1 XSS; 3 lack the prefix
    assert overall.test == f"exact McNemar, paired n={N}"
    first = rows[0]
    assert first.check == "REP001" and first.delta == pytest.approx(6 / N) and first.worse
    assert first.p_value == pytest.approx(2 * 0.5 ** 6)  # exact two-sided McNemar: 6 worse, 0 better
    assert (first.delta_low, first.delta_high) == pytest.approx(newcombe_interval(6, N, 0, N)[1:])
    fmt001 = next(m for m in rows if m.check == "FMT001")
    assert fmt001.delta == pytest.approx(-3 / N) and not fmt001.worse
    moved = [abs(m.delta) for m in rows]
    assert moved == sorted(moved, reverse=True)


def test_unpaired_baseline_uses_fisher(runs):
    overall, _ = movements(*load_runs([runs["torch"]]), load_baseline(runs["baseline"] / "scorecard.json"))
    assert overall.test == "Fisher exact, unpaired"
    assert overall.p_value == pytest.approx(fisher_two_sided(N - 7, 7, N - 3, 3))


def test_parity_from_records(runs):
    (row,) = parity_matrix(load_runs([runs["torch"], runs["int8"]]))
    changed = len(range(0, N, 3))
    assert row.reference == "torch fp32" and row.variant == "onnx int8" and row.samples == N
    assert row.text_match.count == N - changed
    assert len(row.first_divergence) == changed and all(p > 5 for p in row.first_divergence.values())
    assert row.pass_agreement.agree == N  # a changed word flips no verdict here


def test_the_report_says_what_the_parity_gate_read(runs):
    """The report's parity row and the ``compare`` report the parity gates read
    are one computation: same samples, same figures."""
    (row,) = parity_matrix(load_runs([runs["torch"], runs["int8"]]))
    gate_input = compare_runs(runs["torch"], runs["int8"], Config(), teacher_forced=0)
    assert row.samples == gate_input.samples
    assert row.text_match == gate_input.exact_match
    assert row.pass_agreement == gate_input.pass_agreement and row.mcnemar == gate_input.mcnemar
    assert row.check_agreement == gate_input.check_agreement
    assert row.first_divergence == {d.id: d.position for d in gate_input.divergences}


def test_the_report_pairs_samples_as_the_gates_do(runs):
    overall, _ = movements(*load_runs([runs["torch"]]), load_baseline(runs["baseline"]))
    paired = RunEvidence.load(runs["torch"]).paired_count(RunEvidence.load(runs["baseline"]))
    assert overall.test == f"exact McNemar, paired n={paired}"


# -- drill-down pieces ---------------------------------------------------------------------------


def test_highlight_splits_overlapping_spans_and_escapes():
    text = "Ingresa por <b>x</b> fin"
    findings = [{"check": "FMT002", "severity": "error", "start": 12, "end": 20},
                {"check": "HAL001", "severity": "warning", "start": 15, "end": 24},
                {"check": "FMT003", "severity": "error", "start": 0, "end": 0}]
    html = str(highlight(text, findings))
    assert "<b>" not in html and "&lt;b&gt;" in html
    assert html.count("<mark") == 3  # [12,15) FMT002, [15,20) both, [20,24) HAL001
    assert 'title="1: FMT002, 2: HAL001"' in html and 'class="sev-error"' in html
    assert re.sub(r"<[^>]+>", "", html).replace("&lt;", "<").replace("&gt;", ">") == text


def test_word_diff_marks_changes_and_keeps_texts():
    a = "Ingresa por neumonía <grave> con fiebre"
    b = "Ingresa por neumonías <grave> con fiebre alta"
    left, right = (str(x) for x in word_diff(a, b))
    assert "<del> neumonía</del>" in left and "<ins> neumonías</ins>" in right and "<ins> alta</ins>" in right
    unescape = lambda s: re.sub(r"</?(del|ins)>", "", s).replace("&lt;", "<").replace("&gt;", ">")
    assert unescape(left) == a and unescape(right) == b


def test_input_summary_any_shape():
    assert summarize_input({"sexo": "F", "dx": [{"c": "J18.9", "n": "neumonía"}]}) == "sexo: F; dx: J18.9 neumonía"
    assert summarize_input(["a", 1]) == "a, 1"
    assert len(summarize_input("x" * 1000)) == 320


# -- the page ------------------------------------------------------------------------------------


class _Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def test_page_escapes_model_text_and_has_every_section(model):
    html = render_html(model)
    parser = _Elements()
    parser.feed(html)
    tags = [t for t, _ in parser.tags]
    assert tags.count("script") == 1 and "img" not in tags  # only the report's own script
    assert not any(k.startswith("on") for _, attrs in parser.tags for k in attrs)
    assert "&lt;script&gt;document.title=" in html and "&lt;img src=x onerror=" in html
    for section in ("decision", "gates", "checks", "parity", "advice", "samples-section", "runs"):
        assert f'id="{section}"' in html
    assert html.count('class="sample"') == N
    assert 'data-checks="REP001"' in html and '<option value="REP001">' in html
    assert "<del>" in html and "<ins>" in html  # torch vs int8 side by side
    assert "http://" not in html.replace("http://www.w3.org/2000/svg", "")  # loads nothing


def test_csp_admits_exactly_the_inline_script(model):
    import base64
    import hashlib

    html = render_html(model)
    script = re.search(r"<script>(.*?)</script>", html, re.DOTALL).group(1)
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    csp = unescape(re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html).group(1))
    assert f"script-src 'sha256-{digest}'" in csp and "default-src 'none'" in csp


def test_without_gates_advice_follows_significant_regressions(runs):
    model = build_report(load_runs([runs["torch"]]), load_baseline(runs["baseline"]), lang="en")
    assert model.decision.verdict == "no gates" and model.gate_report is None
    advice = {a.subject: a for a in model.advice}
    assert "REP001" in advice
    rep = advice["REP001"]
    assert "repetition_penalty" in rep.remedy and "no_repeat_ngram_size" in rep.remedy
    assert "6 of 30 samples" in rep.figures and "repetition_penalty=1.0" in rep.figures


def test_gate_results_drive_decision_status_and_advice(runs):
    made = make_report(ReportRequest(runs=[runs["torch"], runs["int8"]], out=runs["root"] / "gated.html",
                                     baseline=runs["baseline"]))  # the bundled policy by default
    model = made.model
    assert model.decision.verdict == "block" and model.decision.subject == "torch fp32"
    assert any(r.startswith("floor.max_check_rate[REP001]") for r in model.decision.reasons)
    assert model.gate_status["REP001"] is False and model.gate_status["FMT001"] is True
    assert [a.subject for a in model.advice] == ["FMT002", "REP001"]  # the XSS sample is HTML: FMT002 3.3% > 2%
    assert "floor.max_check_rate[REP001]" in made.path.read_text(encoding="utf-8")


def test_checkpoint_trend_from_the_training_ledger(runs, tmp_path):
    from reports.ledger import read_ledger

    rows = sr.samples(N)
    points, training = read_ledger(sr.write_ledger(tmp_path / "train", rows))
    assert [p.step for p in points] == [40, 80, 120] and training is None  # no train_config.json here
    assert [p.passed.count for p in points] == [N - 15, N - 10, N - 6]
    assert [p.best for p in points] == [False, False, True]
    model = build_report(load_runs([runs["torch"]]), checkpoints=points)
    assert model.trend.best.step == 120
    html = render_html(model)
    assert 'id="trend"' in html and "Tasa de aprobación por punto de control" in html and "REP001</text>" in html
    with pytest.raises(InputError, match="no training ledger"):
        read_ledger(tmp_path)


# -- the command -----------------------------------------------------------------------------------


def _cli(*args, cwd: Path) -> subprocess.CompletedProcess[str]:
    assert EPICRISIS, "the epicrisis console script is not installed"
    return subprocess.run([EPICRISIS, *map(str, args)], check=False, cwd=cwd, capture_output=True, text=True, timeout=120,
                          env={**os.environ, "HF_HUB_OFFLINE": "1"})


def test_cli_writes_report_and_junit(runs):
    root = runs["root"]
    proc = _cli("report", runs["torch"], runs["int8"], "--baseline", runs["baseline"], "--out", root / "cli.html",
                "--junit", root / "gates.xml", cwd=root)
    assert proc.returncode == 0, proc.stderr
    assert "No promover torch fp32" in proc.stderr and f"wrote {root / 'cli.html'}" in proc.stderr
    suite = ET.parse(root / "gates.xml").getroot().find("testsuite")
    failed = {case.get("name") for case in suite.iter("testcase") if case.find("failure") is not None}
    assert "floor.max_check_rate[REP001]" in failed and "regression.check_rate[REP001]" in failed
    assert int(suite.get("failures")) == len(failed)
    strict = _cli("report", runs["torch"], "--out", root / "strict.html", "--strict", cwd=root)
    assert strict.returncode == 1


def test_cli_bad_input_exits_2_with_location(runs, tmp_path):
    missing = _cli("report", tmp_path / "nope", "--out", tmp_path / "r.html", cwd=tmp_path)
    assert missing.returncode == 2 and missing.stdout == ""
    assert f"{tmp_path / 'nope'}: not a run directory" in missing.stderr
    broken = tmp_path / "broken"
    shutil.copytree(runs["torch"], broken)
    lines = (broken / "findings.jsonl").read_text(encoding="utf-8").splitlines()
    lines[4] = json.dumps({"id": "s0004", "passed": "maybe"})
    (broken / "findings.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    proc = _cli("report", broken, "--out", tmp_path / "r.html", cwd=tmp_path)
    assert proc.returncode == 2 and f"{broken / 'findings.jsonl'}:5:" in proc.stderr
    assert not (tmp_path / "r.html").exists()
