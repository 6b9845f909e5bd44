"""Shortcuts taken for speed hold only while the data they trust holds."""

from __future__ import annotations


def test_every_catalogue_diagnosis_code_exists_in_icd10():
    """COD007 trusts the catalogue before loading the WHO list (a slow parse):
    that holds only while every catalogue code is in the list."""
    from checks.cod import _icd10_lists
    from checks.lexicon import DIAGNOSIS, by_code

    keys = [k for k, e in by_code().items() if e.kind == DIAGNOSIS]
    assert len(keys) > 500
    assert [k for k in keys if not _icd10_lists(k)] == []
