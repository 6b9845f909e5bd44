"""What every file-boundary model shares: a schema version and no unknown keys.

A record on disk that carries a key its model does not know was written by
another version (or edited by hand): refusing it names the key, where
ignoring it would silently drop what the writer meant.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

SCHEMA_VERSION = 1


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid")
