import os
from pathlib import Path

import pytest

from tests import ROOT

# Tests never reach a model hub.
os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"

SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """../shared, present on the team's machines, absent in a user's fresh clone."""
    if not SHARED.is_dir():
        pytest.skip("../shared is absent (fresh clone): reference data not available")
    return SHARED
