"""The per-sample history (issue 17): which records started passing at which
checkpoint, which flipped in a quantized variant, reachable from the drill-down."""

from __future__ import annotations

from reports.history import passes_from
from tests.reports.conftest import INT4_FLIP, LEDGER, N, REPEATS, sample_id


def test_passes_from_is_the_first_step_of_the_last_passing_stretch():
    assert passes_from([40, 80, 120], [False, True, True]) == 80
    assert passes_from([40, 80, 120], [True, False, True]) == 120
    assert passes_from([40, 80, 120], [True, True, False]) is None
    assert passes_from([40, 80, 120], [False, None, True]) == 120  # a checkpoint not scored is skipped
    assert passes_from([], []) is None


def test_history_from_the_ledger_and_the_variants(reports):
    history = reports["es"].model.history
    assert history.steps == tuple(step for step, _, _ in LEDGER) and history.missing == ()
    assert history.runs == ("torch fp32", "onnx fp32", "onnx int8", "onnx int4") and history.reference == "torch fp32"
    assert len(history.rows) == N
    rows = {row.id: row for row in history.rows}
    # The ledger's checkpoint at step s loops every n-th output: sample 2 fails at 40 (every 2nd), passes after.
    assert rows[sample_id(2)].steps == (False, True, True, True, True, True) and rows[sample_id(2)].passes_from == 80
    flipped = rows[sample_id(INT4_FLIP)]
    assert flipped.flips == ("onnx int4",) and flipped.variants == (True, True, True, False) and flipped.changes
    assert all(not row.flips for sid, row in rows.items() if sid != sample_id(INT4_FLIP))
    for i in REPEATS:  # they fail in torch and in every variant alike: no flip
        assert rows[sample_id(i)].variants == (False, False, False, False)


def test_history_is_linked_both_ways(reports):
    html = reports["es"].path.read_text(encoding="utf-8")
    sample = html.split(f'id="s-{INT4_FLIP}"', 1)[1].split('<details class="sample"', 1)[0]
    assert "aprueba desde el paso 80; cambia en onnx int4" in sample
    assert f'<a href="#h-{INT4_FLIP}">historial de esta muestra</a>' in sample
    row = html.split(f'id="h-{INT4_FLIP}"', 1)[1].split("</tr>", 1)[0]
    assert f'href="#s-{INT4_FLIP}"' in row and "onnx int4" in row
    english = reports["en"].path.read_text(encoding="utf-8")
    assert "passes from step 80; flips in onnx int4" in english


def test_a_checkpoint_whose_records_are_gone_is_named(scenario, tmp_path):
    import shutil

    from reports.build import ReportRequest, make_report

    train = tmp_path / "train"
    shutil.copytree(scenario.ledger, train)
    # The ledger names its runs as training wrote them (absolute): point one at a folder that is gone.
    ledger = (train / "ledger.jsonl").read_text(encoding="utf-8")
    (train / "ledger.jsonl").write_text(ledger.replace(str(scenario.ledger / "scores" / "checkpoint-80"),
                                                       str(tmp_path / "gone")), encoding="utf-8")
    made = make_report(ReportRequest(runs=[scenario.torch, scenario.int4], out=tmp_path / "r.html", use_gates=False,
                                     ledger=train))
    assert made.model.history.steps == (40, 120, 160, 200, 240) and made.model.history.missing == (80,)
    assert "Puntos de control sin registros por muestra (no se muestran): 80." in made.path.read_text(encoding="utf-8")
