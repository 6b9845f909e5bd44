"""harness.stats against scipy and the published values, and the one pairing rule."""

from __future__ import annotations

import random
import subprocess
import sys
from types import SimpleNamespace

import pytest

from harness.parity import pair_runs
from harness.runs import RunDir
from harness.stats import (
    discordant,
    fisher_two_sided,
    mcnemar_one_sided,
    mcnemar_two_sided,
    newcombe_interval,
    pair_samples,
    sample_key,
    sample_keys,
    wilson_interval,
)
from tests import synthetic_runs as sr

scipy_stats = pytest.importorskip("scipy.stats")

_RNG = random.Random(11)
# Small and large counts, ties, zeros and one-sided extremes; then random draws.
PAIRS = [(0, 0), (0, 1), (1, 0), (0, 5), (5, 0), (3, 9), (9, 3), (12, 12), (40, 7), (1, 200), (200, 1),
         (600, 400), (1500, 1480), (0, 60)] + [(_RNG.randint(0, 80), _RNG.randint(0, 80)) for _ in range(60)]
TABLES = [(3, 27, 0, 30), (8, 22, 1, 29), (0, 30, 0, 30), (150, 850, 120, 880), (5, 0, 0, 5), (0, 0, 0, 0),
          (1, 0, 0, 0), (10, 10, 10, 10), (2, 398, 9, 391)] + [
    tuple(_RNG.randint(0, 40) for _ in range(4)) for _ in range(60)]
PROPORTIONS = [(0, 1), (1, 1), (0, 7), (3, 7), (7, 7), (1, 250), (137, 250), (9999, 10000), (0, 5000)] + [
    (k, n) for n in (_RNG.randint(1, 400) for _ in range(40)) for k in (_RNG.randint(0, n),)]


@pytest.mark.parametrize(("count", "total"), PROPORTIONS)
def test_wilson_equals_scipy(count, total):
    for confidence in (0.9, 0.95, 0.99):
        ci = scipy_stats.binomtest(count, total).proportion_ci(confidence_level=confidence, method="wilson")
        assert wilson_interval(count, total, confidence) == pytest.approx((ci.low, ci.high), abs=1e-12)


def test_wilson_textbook_value_and_bad_counts():
    # Wilson 95% for 8/10: [0.4902, 0.9433] (Newcombe 1998, table I).
    low, high = wilson_interval(8, 10)
    assert (round(low, 4), round(high, 4)) == (0.4902, 0.9433)
    assert wilson_interval(0, 20)[0] == 0.0 and wilson_interval(20, 20)[1] == 1.0
    for bad in ((3, 2), (-1, 5), (0, 0)):
        with pytest.raises(ValueError):
            wilson_interval(*bad)


@pytest.mark.parametrize(("a", "b"), PAIRS)
def test_mcnemar_equals_scipy_binomtest(a, b):
    n = a + b
    two = scipy_stats.binomtest(a, n, 0.5).pvalue if n else 1.0
    greater = scipy_stats.binomtest(a, n, 0.5, alternative="greater").pvalue if n else 1.0
    assert mcnemar_two_sided(a, b) == pytest.approx(two, rel=1e-9, abs=1e-300)
    assert mcnemar_one_sided(a, b) == pytest.approx(greater, rel=1e-9, abs=1e-300)


def test_mcnemar_by_hand():
    assert mcnemar_one_sided(7, 0) == pytest.approx(0.5 ** 7)  # all seven went the bad way
    assert mcnemar_two_sided(10, 0) == pytest.approx(2 * 0.5 ** 10)
    assert mcnemar_one_sided(0, 7) == pytest.approx(1.0) and mcnemar_two_sided(4, 4) == 1.0
    # 7 worse, 1 better: what blocked the demo's REP001 (p = 0.035).
    assert round(mcnemar_one_sided(7, 1), 3) == 0.035
    with pytest.raises(ValueError):
        mcnemar_two_sided(-1, 3)


@pytest.mark.parametrize("table", TABLES)
def test_fisher_equals_scipy(table):
    a, b, c, d = table
    expected = scipy_stats.fisher_exact([[a, b], [c, d]]).pvalue
    assert fisher_two_sided(*table) == pytest.approx(expected, rel=1e-7)


@pytest.mark.parametrize(("counts", "expected"), [
    # Newcombe 1998, table II, method 10 (hybrid score), to the four places printed.
    ((56, 70, 48, 80), (0.0524, 0.3339)),
    ((9, 10, 3, 10), (0.1705, 0.8090)),
    ((6, 7, 2, 7), (0.0582, 0.8062)),
    ((5, 56, 0, 29), (-0.0381, 0.1926)),
])
def test_newcombe_matches_the_published_intervals(counts, expected):
    delta, low, high = newcombe_interval(*counts)
    assert delta == pytest.approx(counts[0] / counts[1] - counts[2] / counts[3])
    assert (round(low, 4), round(high, 4)) == expected


def test_newcombe_is_built_from_the_two_wilson_intervals():
    delta, low, high = newcombe_interval(12, 40, 4, 40)
    (l1, u1), (l2, u2) = wilson_interval(12, 40), wilson_interval(4, 40)
    assert low == pytest.approx(0.2 - ((0.3 - l1) ** 2 + (u2 - 0.1) ** 2) ** 0.5)
    assert high == pytest.approx(0.2 + ((u1 - 0.3) ** 2 + (0.1 - l2) ** 2) ** 0.5)
    assert 0 < low < delta < high  # 12/40 vs 4/40 is a real rise


def test_discordant_counts_and_length_check():
    assert discordant([True, True, False, False], [True, False, True, False]) == (1, 1)
    with pytest.raises(ValueError, match="differ in length"):
        discordant([True], [True, False])


def test_statistics_do_not_import_scipy():
    """The reason for the closed forms: scipy.stats costs seconds to import."""
    code = ("import sys, harness.stats, harness.gates, harness.parity, reports.movement; "
            "sys.exit('scipy.stats' in sys.modules)")
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


# -- pairing -----------------------------------------------------------------------------------

def _sample(sid: str, input: object, instruction: str = "Epicrisis:") -> SimpleNamespace:
    return SimpleNamespace(id=sid, instruction=instruction, input=input)


def test_a_sample_is_its_id_instruction_and_input():
    a = [_sample("s1", {"edad": 70}), _sample("s2", {"edad": 71}), _sample("s3", {"edad": 72})]
    # s2's input was edited and s4 is new; the order does not matter.
    b = [_sample("s3", {"edad": 72}), _sample("s2", {"edad": 99}), _sample("s1", {"edad": 70}), _sample("s4", {})]
    assert pair_samples(sample_keys(a), sample_keys(b)) == ["s1", "s3"]  # in the first run's order
    assert sample_key("Epicrisis:", {"a": 1, "b": 2}) == sample_key("Epicrisis:", {"b": 2, "a": 1})
    assert sample_key("Epicrisis:", {"a": 1}) != sample_key("Resumen:", {"a": 1})


def test_gates_pair_across_prompt_templates_and_parity_refuses_them(tmp_path):
    """A production baseline may use another chat template: the gates still
    pair its samples; parity (one model, two runtimes) refuses the runs."""
    rows = sr.samples(3)
    sr.write_run(tmp_path / "a", rows)
    run = RunDir(tmp_path / "a")
    manifest = run.read_manifest()
    outputs = run.outputs(manifest)
    rendered_elsewhere = [o.model_copy(update={"prompt_sha256": "r" * 64}) for o in outputs]
    assert pair_samples(sample_keys(outputs), sample_keys(rendered_elsewhere)) == [o.id for o in outputs]

    edited = [outputs[0].model_copy(update={"input": {"otro": 1}}), *outputs[1:]]
    same = pair_runs(manifest, outputs, manifest, edited)
    assert [a.id for a, _ in same.pairs] == [o.id for o in outputs[1:]] and same.excluded == [outputs[0].id]
    assert same.mismatch is None
    other_template = manifest.model_copy(update={"prompt": manifest.prompt.model_copy(update={"hash": "h" * 64})})
    assert "different prompt templates" in pair_runs(manifest, outputs, other_template, outputs).mismatch
    found = pair_runs(manifest, outputs, manifest, rendered_elsewhere)
    assert found.pairs == [] and "different tokenizers" in found.mismatch
