"""The test suite, grouped to mirror the package: checks/, core/ (harness/
outside harness/app/), training/, export/, reports/, app/, and integration/
(the whole thing run as users run it). The shared builders (synthetic_runs,
tiny_model, export_fixtures, ...) and data (cases/, fixtures/, plugins/) sit
here at the top, imported as ``from tests import synthetic_runs``."""

from pathlib import Path

# One definition of where things are, so a test module does not count its
# own depth below the repository (``Path(__file__).parents[N]``).
TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
