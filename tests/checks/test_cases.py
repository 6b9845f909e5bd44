"""Each check against its case file: one pytest.param per block."""

from __future__ import annotations

import pytest

from harness.config import Config
from harness.engine import Engine
from tests.casefile import CASES, load_cases

ALL_CASES = [case for path in sorted(CASES.glob("*.txt")) for case in load_cases(path)]
_ENGINES: dict[str, Engine] = {}


def _engine(check_id: str) -> Engine:
    if check_id not in _ENGINES:
        _ENGINES[check_id] = Engine(Config(select=(check_id,)))
    return _ENGINES[check_id]


@pytest.mark.parametrize("case", [pytest.param(c, id=c.label) for c in ALL_CASES])
def test_case(case):
    result = _engine(case.check).check(case.output, case.input, case.label)
    found = tuple(sorted(f.check for f in result.findings))
    detail = [(f.check, f.message, case.output[f.start : f.end]) for f in result.findings]
    assert found == case.expected, detail
    for f in result.findings:
        assert 0 <= f.start <= f.end <= len(case.output)


def test_every_case_file_has_good_and_bad_blocks():
    for path in sorted(CASES.glob("*.txt")):
        cases = load_cases(path)
        assert any(not c.expected for c in cases), f"{path.name} has no Okay block"
        assert any(c.expected for c in cases), f"{path.name} has no failing block"
        assert all(set(c.expected) <= {path.stem} for c in cases), path.name
