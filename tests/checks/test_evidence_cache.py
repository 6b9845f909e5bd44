"""Input evidence is built once per distinct input and shared: the findings
are those of evidence built afresh, and the cache stays bounded."""

from __future__ import annotations

import json
from pathlib import Path

import checks.evidence as evidence_module
from checks.evidence import SHARED_INPUTS, build_evidence, input_key, shared_evidence
from harness.config import Config
from harness.engine import Engine

LABELLED = Path(__file__).resolve().parents[2] / "bench" / "data" / "labelled.jsonl"


def _rows() -> list[dict]:
    return [json.loads(line) for line in LABELLED.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_records_sharing_an_input_share_its_evidence():
    data = _rows()[0]["input"]
    copy = json.loads(json.dumps(data))
    assert shared_evidence(data) is shared_evidence(copy)
    assert input_key(data) == input_key(copy)
    assert input_key({"a": 1, "b": 2}) != input_key({"b": 2, "a": 1})  # order shapes the evidence
    assert input_key({"a": [1]}) != input_key({"a": (1,)}) != input_key({"a": [1.0]})  # types count
    assert input_key({"a": object()}) is None  # not writable: built, never shared
    assert shared_evidence({"a": object()}) is not shared_evidence({"a": object()})


def test_shared_evidence_gives_the_findings_of_fresh_evidence(monkeypatch):
    rows = _rows()[::4]
    engine = Engine(Config())
    shared = [engine.check(r["output"], r["input"], r["id"]) for r in rows + rows]
    monkeypatch.setattr(evidence_module, "shared_evidence", build_evidence)
    fresh = [engine.check(r["output"], r["input"], r["id"]) for r in rows + rows]
    assert shared == fresh
    assert any(r.findings for r in fresh)


def test_the_cache_is_bounded():
    for i in range(SHARED_INPUTS + 50):
        shared_evidence({"episodio": i})
    assert len(evidence_module._SHARED) == SHARED_INPUTS


def test_input_memo_computes_once_per_distinct_input():
    from harness.registry import Document
    from checks.evidence import input_memo

    calls = []
    data = {"tratamiento": [{"nombre": "Furosemida", "dosis": "40 mg cada 12 horas"}], "episodio": "memo"}
    for output in ("Ingresa por x.", "Ingresa por y."):
        doc = Document(output, json.loads(json.dumps(data)))
        assert input_memo(doc, "test.doses", lambda value: calls.append(value) or len(value)) == 2
    assert len(calls) == 1



def test_evidence_memo_reads_the_evidence_it_is_given_once_per_distinct_input():
    from harness.registry import Document
    from checks.evidence import evidence, evidence_memo

    given = []
    data = {"tratamiento": [{"nombre": "Furosemida", "dosis": "40 mg cada 12 horas"}], "episodio": "evidence memo"}
    for output in ("Ingresa por x.", "Ingresa por y."):
        doc = Document(output, json.loads(json.dumps(data)))
        assert evidence_memo(doc, "test.flat", lambda ev: given.append(ev) or ev.flat) == evidence(doc).flat
    assert len(given) == 1 and given[0] is shared_evidence(data)
