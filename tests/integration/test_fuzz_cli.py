"""Issue 13: hostile files never crash the command line (the short profile;
``bench/fuzz.py`` runs the long one). Every command gets generated files
(``tests/fuzz_cli.py``) and must exit 0, 1 or 2, print no traceback, and on
2 name the file (``FILE:LINE:`` or ``FILE:``) with nothing on stdout."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.fuzz_cli import TARGETS, run_target

EXAMPLES = 6  # per command: seconds in CI; the long run is bench/fuzz.py


@pytest.fixture(scope="module")
def root(tmp_path_factory):
    """One workspace of good files for every command (built once: a run, a ledger, an app)."""
    return tmp_path_factory.mktemp("fuzz")


@pytest.mark.parametrize("name", sorted(TARGETS))
def test_hostile_files_never_crash_the_cli(name, root):

    @settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
              suppress_health_check=list(HealthCheck))
    @given(st.data())
    def case(data):
        run_target(name, data, root)

    case()
