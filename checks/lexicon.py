"""The curated catalogues as a lexicon: finding drugs, diagnoses and
procedures in free text.

Catalogues (CSV files in ``checks/catalog``, our own Spanish labels):

- ``cie10.csv``       code,label,synonyms          diagnoses (CIE-10, WHO)
- ``atc.csv``         code,name,synonyms,brands    medications (ATC)
- ``substances.csv``  name,synonyms,kind           drug classes, analytes, chemicals
- ``procedures.csv``  name,synonyms                procedures and studies
- ``indications.csv`` atc_prefix,cie10_prefixes,note   (used by CLN001)

Matching works on folded, de-pluralised tokens (accents, case and plural do
not matter), longest phrase first; short all-capital abbreviations (HTA, K,
Na) match only as written in capitals; single long words also match with
small typos through rapidfuzz (memoised, so the cost is paid once per word).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Iterable

from rapidfuzz import fuzz, process

from checks.text import Token, fold, norm_cie10, stem, tokenize

DRUG, DIAGNOSIS, PROCEDURE = "drug", "diagnosis", "procedure"
_ACCENTS = str.maketrans("áéíóúÁÉÍÓÚ", "aeiouAEIOU")


@dataclass(frozen=True, slots=True)
class Entry:
    kind: str  # drug | diagnosis | procedure
    label: str  # the catalogue's Spanish label
    code: str | None  # CIE-10 (dotted) or ATC, when the entry has one
    names: tuple[str, ...]  # label + synonyms + brands, as written
    group: str = ""  # substances: class | analyte | chemical
    atc_prefixes: tuple[str, ...] = ()  # classes: the ATC groups they name

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(phrase_key(n) for n in self.names)


@dataclass(frozen=True, slots=True)
class Mention:
    entries: tuple[Entry, ...]
    start: int  # character offsets in the text
    end: int
    first: int  # token indices, half-open
    last: int
    text: str

    @property
    def kind(self) -> str:
        return self.entries[0].kind


def phrase_key(text: str) -> str:
    return " ".join(t.key for t in tokenize(text))


def _is_abbreviation(name: str) -> bool:
    letters = [c for c in name if c.isalpha()]
    if len(name) <= 2:  # chemical symbols: K, Na, Cl
        return True
    return len(name) <= 5 and bool(letters) and all(c.isupper() for c in letters)


def _split(cell: str | None) -> list[str]:
    return [s.strip() for s in (cell or "").split("|") if s.strip()]


def _rows(name: str) -> list[dict[str, str]]:
    path = resources.files("checks") / "catalog" / name
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@lru_cache(maxsize=1)
def entries() -> tuple[Entry, ...]:
    out: list[Entry] = []
    for row in _rows("cie10.csv"):
        names = (row["label"], *_split(row.get("synonyms")))
        out.append(Entry(DIAGNOSIS, row["label"], row["code"].strip(), names))
    for row in _rows("atc.csv"):
        names = (row["name"], *_split(row.get("synonyms")), *_split(row.get("brands")))
        out.append(Entry(DRUG, row["name"], row["code"].strip(), names))
    for row in _rows("substances.csv"):
        names = (row["name"], *_split(row.get("synonyms")))
        prefixes = tuple(_split(row.get("atc_prefixes")))
        out.append(Entry(DRUG, row["name"], None, names, row.get("kind", ""), prefixes))
    for row in _rows("procedures.csv"):
        names = (row["name"], *_split(row.get("synonyms")))
        out.append(Entry(PROCEDURE, row["name"], None, names))
    return tuple(out)


@lru_cache(maxsize=1)
def by_code() -> dict[str, Entry]:
    """Catalogue entries by canonical code (CIE-10 without dot, or ATC)."""
    table: dict[str, Entry] = {}
    for e in entries():
        if e.code:
            table[norm_cie10(e.code) if e.kind == DIAGNOSIS else e.code] = e
    return table


@lru_cache(maxsize=1)
def indications() -> dict[str, tuple[str, ...]]:
    """ATC prefix -> CIE-10 prefixes (no dots) that make it plausible; '*' = any."""
    return {
        row["atc_prefix"].strip(): tuple(p.replace(".", "") for p in _split(row["cie10_prefixes"]))
        for row in _rows("indications.csv")
    }


class Lexicon:
    """Phrase matcher over token keys, built once from the catalogues."""

    def __init__(self, items: Iterable[Entry], *, kinds: frozenset[str] | None = None) -> None:
        self._phrases: dict[tuple[str, ...], list[tuple[Entry, str | None]]] = {}
        self._longest: dict[str, int] = {}
        single: dict[str, list[Entry]] = {}
        for entry in items:
            if kinds and entry.kind not in kinds:
                continue
            for name in entry.names:
                key = tuple(phrase_key(name).split())
                if not key:
                    continue
                # Short capital abbreviations (HTA, K, Na) only as written.
                exact = name.translate(_ACCENTS) if _is_abbreviation(name) else None
                slot = self._phrases.setdefault(key, [])
                if all(e is not entry for e, _ in slot):
                    slot.append((entry, exact))
                self._longest[key[0]] = max(self._longest.get(key[0], 0), len(key))
                if len(key) == 1 and len(key[0]) >= 7 and exact is None:
                    single.setdefault(key[0], []).append(entry)
        self._single = single
        self._single_keys = list(single)

    @lru_cache(maxsize=131072)
    def _fuzzy(self, key: str) -> str | None:
        if len(key) < 7 or not self._single_keys:
            return None
        best = process.extractOne(key, self._single_keys, scorer=fuzz.ratio, score_cutoff=90)
        if best is None or best[0][0] != key[0]:
            return None
        return best[0]

    def find(self, tokens: list[Token], text: str) -> list[Mention]:
        """Non-overlapping mentions, longest first, left to right."""
        found: list[Mention] = []
        i, n = 0, len(tokens)
        phrases, longest = self._phrases, self._longest
        while i < n:
            key0 = tokens[i].key
            span = longest.get(key0, 0)
            hit = None
            for length in range(min(span, n - i), 0, -1):
                candidates = phrases.get(tuple(t.key for t in tokens[i : i + length]))
                if not candidates:
                    continue
                written = text[tokens[i].start : tokens[i + length - 1].end]
                matched = tuple(
                    e for e, exact in candidates
                    if exact is None or written.translate(_ACCENTS) == exact
                )
                if matched:
                    hit = (matched, length)
                    break
            if hit is None and span == 0 and len(key0) >= 7:
                near = self._fuzzy(key0)
                if near is not None:
                    hit = (tuple(self._single[near]), 1)
            if hit is None:
                i += 1
                continue
            matched, length = hit
            last = tokens[i + length - 1]
            found.append(Mention(matched, tokens[i].start, last.end, i, i + length,
                                 text[tokens[i].start : last.end]))
            i += length
        return found


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    return Lexicon(entries())


def names_for_code(code_key: str) -> tuple[str, ...]:
    entry = by_code().get(code_key)
    return entry.names if entry else ()


__all__ = ["DIAGNOSIS", "DRUG", "PROCEDURE", "Entry", "Lexicon", "Mention", "by_code",
           "entries", "indications", "lexicon", "names_for_code", "phrase_key", "stem"]
