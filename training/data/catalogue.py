"""The curated catalogues (``checks/catalog/*.csv``) read as plain tables.

The dataset tools read the CSV files, whose columns the README documents,
rather than the rule engine's lexicon internals: the mutation corpus must
decide "this drug is not in the input" without asking the code it measures.
"""

from __future__ import annotations

import csv
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True, slots=True)
class CatalogueRow:
    code: str | None  # dotted CIE-10 or ATC; None for procedures
    names: tuple[str, ...]  # label first, then synonyms (and brands)


def fold(text: str) -> str:
    """Lower case without accents: 'Neumonía' -> 'neumonia'."""
    return "".join(c for c in unicodedata.normalize("NFD", text.lower()) if not unicodedata.combining(c))


def _read(name: str, code: str | None, columns: tuple[str, ...]) -> tuple[CatalogueRow, ...]:
    with (resources.files("checks") / "catalog" / name).open(encoding="utf-8", newline="") as fh:
        rows = []
        for row in csv.DictReader(fh):
            names = [row[columns[0]].strip()]
            for column in columns[1:]:
                names += [n.strip() for n in (row.get(column) or "").split("|") if n.strip()]
            rows.append(CatalogueRow(row[code].strip() if code else None, tuple(names)))
        return tuple(rows)


@lru_cache(maxsize=1)
def cie10() -> tuple[CatalogueRow, ...]:
    return _read("cie10.csv", "code", ("label", "synonyms"))


@lru_cache(maxsize=1)
def atc() -> tuple[CatalogueRow, ...]:
    return _read("atc.csv", "code", ("name", "synonyms", "brands"))


@lru_cache(maxsize=1)
def procedures() -> tuple[CatalogueRow, ...]:
    return _read("procedures.csv", None, ("name", "synonyms"))


def norm_cie10(code: str) -> str:
    """'J18.9' -> 'J189'; 'I10X' and 'I10.X' -> 'I10'."""
    code = code.upper().replace(".", "")
    return code[:3] if len(code) == 4 and code.endswith("X") else code
