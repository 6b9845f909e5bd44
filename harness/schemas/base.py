"""What every file-boundary model shares: a schema version and no unknown keys.

A record on disk that carries a key its model does not know was written by
another version (or edited by hand): refusing it names the key, where
ignoring it would silently drop what the writer meant.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, model_validator

SCHEMA_VERSION = 1
# JavaScript's Number.MAX_SAFE_INTEGER: every count a record holds is exact in
# a double, so the statistics (rates, intervals) and the app's JS read it as
# written; a count of 400 digits would otherwise overflow them (issue 13).
MAX_INTEGER = 2**53 - 1


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid")

    @model_validator(mode="before")
    @classmethod
    def _integers_in_range(cls, data: Any) -> Any:
        """Each integer field within +-MAX_INTEGER (nested records check their own)."""
        if isinstance(data, dict):
            for key, value in data.items():
                if type(value) is int and not -MAX_INTEGER <= value <= MAX_INTEGER:
                    raise ValueError(f"{key}: a {value.bit_length()}-bit integer (at most 2**53 - 1 here)")
        return data
