"""The registry: ids and names unique and well formed, docs and cases present."""

from __future__ import annotations

import re

from harness.registry import CRASH_ID, all_checks
from tests.casefile import CASES

SPEC_IDS = {
    "FMT001", "FMT002", "FMT003", "COD001", "COD002", "COD003", "COD004", "COD005",
    "COD006", "COD007", "HAL001", "HAL002", "HAL003", "HAL004", "CLN001", "REP001", "DEM001",
}


def test_every_spec_check_is_registered():
    assert set(all_checks()) == SPEC_IDS


def test_ids_and_names_are_unique():
    checks = all_checks().values()
    assert len({c.id for c in checks}) == len(checks)
    assert len({c.name for c in checks}) == len(checks)
    assert CRASH_ID not in all_checks()


def test_every_check_documents_a_good_and_a_bad_example():
    for spec in all_checks().values():
        doc = spec.doc
        assert re.search(r"^Okay: Ingresa por", doc, re.M), spec.id
        assert re.search(rf"^{spec.id}: ", doc, re.M), spec.id


def test_every_check_has_a_case_file():
    files = {p.stem for p in CASES.glob("*.txt")}
    assert SPEC_IDS <= files, sorted(SPEC_IDS - files)


def test_messages_are_spanish_templates():
    for spec in all_checks().values():
        assert spec.message and spec.message[0].isupper(), spec.id
        assert re.search(r"[áéíóúñ]|\b(de|la|el|no|en)\b", spec.message, re.I), spec.id


def test_the_builtin_families_come_through_this_distributions_entry_points():
    from importlib.metadata import entry_points

    from harness.registry import GROUP

    ours = [ep for ep in entry_points(group=GROUP) if ep.dist and ep.dist.name == "epicrisis-harness"]
    assert {ep.value for ep in ours} == {f"checks.{f.lower()}" for f in {i[:3] for i in SPEC_IDS}}
    assert all(spec.source.startswith("epicrisis-harness ") for spec in all_checks().values())
