"""Charts and tables that had to say more (issue 17): round y ticks, every
check drawn, labelled histogram axes, the interval strip's key, why an
interval and a p-value can disagree, one unit in the gates table."""

from __future__ import annotations

import re

import pytest

from harness.schemas import Proportion
from reports.html import disagrees
from reports.movement import Movement
from reports.svg import histogram, line_chart, nice_ticks, Series
from reports.trend import CheckpointPoint, build_trend


def _ticks(svg: str) -> list[str]:
    return re.findall(r'class="tick">([^<]*)</text>', svg.split("</text>", 1)[1])


def test_loss_ticks_are_round_numbers():
    assert nice_ticks(1.98) == [0.0, 0.5, 1.0, 1.5, 2.0]
    assert nice_ticks(0.2) == [0.0, 0.05, 0.1, 0.15, 0.2]
    svg = str(line_chart([1, 2, 3], [Series("loss", [1.98, 1.2, 0.9])], title="t", x_label="x", y_label="y",
                         y_max=None, percent=False))
    y_ticks = [v for v in _ticks(svg) if "." in v or v == "0"]
    assert y_ticks[:5] == ["0.0", "0.5", "1.0", "1.5", "2.0"]
    assert "0.494" not in svg and "1.48" not in svg
    spanish = str(line_chart([1, 2], [Series("pérdida", [1.98, 1.0])], title="t", x_label="x", y_label="y",
                             y_max=None, percent=False, decimal=","))
    assert ">1,5<" in spanish


def test_every_check_that_fired_is_drawn_and_the_rest_named():
    checks = [f"CHK{i:03d}" for i in range(15)]
    points = [CheckpointPoint(step, None, None, Proportion.of(20, 40),
                              {c: (i + 1) / 100 * (step / 40) for i, c in enumerate(checks)} | {"QUI001": 0.0})
              for step in (40, 80, 120)]
    trend = build_trend(points, "en")
    chart = str(trend.checks_chart)
    assert all(f">{c}</text>" in chart for c in checks)  # 15 of 15, not 8
    assert trend.drawn == tuple(checks) and trend.never == ("QUI001",)
    height = int(re.search(r'height="(\d+)"', chart).group(1))
    assert height >= 26 + 16 * 15  # the legend fits


def test_the_page_names_the_checks_it_does_not_draw(reports):
    html = reports["es"].path.read_text(encoding="utf-8")
    trend = html.split('id="trend"', 1)[1].split("</section>", 1)[0]
    assert "Reglas que no aparecieron en ningún punto de control (no se dibujan): CLN001, COD001" in trend


def test_histograms_label_both_axes():
    svg = str(histogram([3, 1, 2], [0, 5, 10, 15], title="int8", x_label="posición del token", y_label="muestras"))
    assert 'class="axis">posición del token<' in svg and 'class="axis">muestras<' in svg
    assert 'rotate(-90' in svg


def test_interval_strip_has_a_key(reports):
    checks = reports["es"].path.read_text(encoding="utf-8").split('id="checks"', 1)[1].split("</table>", 1)[0]
    legend = checks.split('class="strip-legend"', 1)[1].split("</span>", 1)[0]
    assert "tasa actual" in legend and "intervalo del 95 %" in legend and "tasa de la referencia" in legend


def _movement(low: float, high: float, p: float) -> Movement:
    return Movement("REP001", "repetition", "error", Proportion.of(5, 40), Proportion.of(0, 40), 0.125, low, high,
                    p, "exact McNemar, paired n=40")


def test_an_interval_and_a_p_value_that_disagree_are_explained(reports):
    assert disagrees(_movement(0.013, 0.26, 0.0625)) and disagrees(_movement(-0.01, 0.2, 0.03))
    assert not disagrees(_movement(0.013, 0.26, 0.031)) and not disagrees(_movement(-0.01, 0.2, 0.2))
    html = reports["es"].path.read_text(encoding="utf-8")
    rep = next(m for m in reports["es"].model.checks if m.check == "REP001")
    assert rep.delta_low > 0 and not rep.significant  # the scenario's 5 of 40: Newcombe excludes 0, p = 0.0625
    row = html.split('data-filter="REP001"', 1)[1].split("</tr>", 1)[0]
    assert row.count('href="#tests-note">†</a>') == 2
    note = html.split('id="tests-note"', 1)[1].split("</p>", 1)[0]
    assert "Newcombe" in note and "McNemar" in note and "pareadas" in note


@pytest.mark.parametrize("lang", ["es", "en"])
def test_gates_table_in_one_unit(reports, lang):
    html = reports[lang].path.read_text(encoding="utf-8")
    gates = html.split('id="gates"', 1)[1].split("</section>", 1)[0]
    cells = []
    for row in re.findall(r'<tr><td class="mono gate-id">.*?</tr>', gates, re.DOTALL):
        numeric = re.findall(r'<td class="num">([^<]*)</td>', row)
        cells += numeric[:4]  # current, baseline, Δ, threshold
    filled = [c for c in cells if c]
    assert filled
    allowed = ("%", "pp", "lista permitida", "allowed list")
    assert all(c.endswith(allowed) for c in filled), [c for c in filled if not c.endswith(allowed)]
    assert not any(re.fullmatch(r"[<>=≤≥ \u00a0]*0[.,]\d+", c) for c in filled)  # no bare fractions


def test_the_overall_pass_rate_gets_the_same_note(reports):
    from dataclasses import replace

    from reports.html import render_html

    model = reports["es"].model
    odd = replace(model.overall, delta_low=-0.3, delta_high=-0.01, p_value=0.07)  # excludes 0, p >= 0.05
    quiet = replace(model, overall=odd, checks=[m for m in model.checks if not disagrees(m)])
    html = render_html(quiet)
    decision = html.split('id="decision"', 1)[1].split("</section>", 1)[0]
    assert 'href="#tests-note">†</a>' in decision and 'id="tests-note"' in html
    calm = render_html(replace(quiet, overall=replace(odd, p_value=0.01)))
    assert 'id="tests-note"' not in calm
