"""The curated catalogues as a lexicon: finding drugs, diagnoses and
procedures in free text.

Catalogues (CSV files in ``checks/catalog``, our own Spanish labels):

- ``cie10.csv``       code,label,synonyms          diagnoses (CIE-10, WHO)
- ``atc.csv``         code,name,synonyms,brands    medications (ATC)
- ``substances.csv``  name,synonyms,kind           drug classes, analytes, chemicals
- ``procedures.csv``  name,synonyms                procedures and studies
- ``indications.csv`` atc_prefix,cie10_prefixes,population,note   (used by CLN001)

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
from itertools import accumulate
from operator import add
from typing import Iterable, NamedTuple

from rapidfuzz import fuzz, process

from checks.ages import NUMBER_ENDS
from checks.text import Tokens, WORD_RE, stem, token_key
from checks.code_tokens import norm_cie10

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
    keys: tuple[str, ...] = ()  # the names as phrase keys, computed once

    def __post_init__(self) -> None:
        if not self.keys:
            object.__setattr__(self, "keys", tuple(dict.fromkeys(phrase_key(n) for n in self.names)))


class Mention(NamedTuple):
    """A catalogue name found in a text. Immutable like a frozen dataclass,
    built a third as dear (a dozen per text, in every record's output and
    input: the frozen dataclass's __init__ was a tenth of the lexicon's time)."""

    entries: tuple[Entry, ...]
    start: int  # character offsets in the text
    end: int
    first: int  # token indices, half-open
    last: int
    text: str

    @property
    def kind(self) -> str:
        return self.entries[0].kind


@lru_cache(maxsize=65536)
def phrase_key(text: str) -> str:
    return " ".join(token_key(w) for w in WORD_RE.findall(text))


def _is_abbreviation(name: str) -> bool:
    if len(name) <= 2:  # chemical symbols: K, Na, Cl
        return True
    if len(name) > 5:  # most names: no letters looked at (every process builds the lexicon)
        return False
    letters = [c for c in name if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def split_cell(cell: str | None) -> list[str]:
    """A catalogue cell's '|'-separated values."""
    return [s.strip() for s in (cell or "").split("|") if s.strip()]


def catalogue_rows(name: str) -> list[dict[str, str]]:
    """The rows of checks/catalog/<name> (every curated table is read here)."""
    path = resources.files("checks") / "catalog" / name
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))



@lru_cache(maxsize=1)
def entries() -> tuple[Entry, ...]:
    out: list[Entry] = []
    for row in catalogue_rows("cie10.csv"):
        names = (row["label"], *split_cell(row.get("synonyms")))
        out.append(Entry(DIAGNOSIS, row["label"], row["code"].strip(), names))
    for row in catalogue_rows("atc.csv"):
        names = (row["name"], *split_cell(row.get("synonyms")), *split_cell(row.get("brands")))
        out.append(Entry(DRUG, row["name"], row["code"].strip(), names))
    for row in catalogue_rows("substances.csv"):
        names = (row["name"], *split_cell(row.get("synonyms")))
        prefixes = tuple(split_cell(row.get("atc_prefixes")))
        out.append(Entry(DRUG, row["name"], None, names, row.get("kind", ""), prefixes))
    for row in catalogue_rows("procedures.csv"):
        names = (row["name"], *split_cell(row.get("synonyms")))
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


@lru_cache(maxsize=None)
def indications(population: str = "") -> dict[str, tuple[str, ...]]:
    """ATC prefix -> CIE-10 prefixes (no dots) that make it plausible; '*' = any.
    Without ``population``, the rows for every patient; with one ('perinatal'), only
    the rows that replace them for a patient of that population."""
    return {
        row["atc_prefix"].strip(): tuple(p.replace(".", "") for p in split_cell(row["cie10_prefixes"]))
        for row in catalogue_rows("indications.csv") if row["population"].strip() == population
    }


@lru_cache(maxsize=1)
def _analyte_words() -> frozenset[str]:
    """The words of the analytes lab_findings.csv names (its analyte and aliases columns):
    what a result is read from, never a typo of a finding ('leucocitos', 'plaquetas')."""
    return frozenset(w for row in catalogue_rows("lab_findings.csv")
                     for name in (row["analyte"], *split_cell(row["aliases"])) for w in phrase_key(name).split())


class Lexicon:
    """Phrase matcher over token keys: every catalogue name in one compiled
    Aho-Corasick automaton (pyahocorasick), built once.

    A text's token keys, space-joined, are scanned in one pass at C speed
    whatever the number of names; Python then only sees the names found.
    Names are space-delimited in the automaton (' insuficiencia cardiaca '),
    so they match whole words only. Selection is longest first, left to
    right, non-overlapping; a capital abbreviation must be written as in
    the catalogue; a long word no name starts may be a small typo of one."""

    def __init__(self, items: Iterable[Entry], *, kinds: frozenset[str] | None = None) -> None:
        import ahocorasick  # compiled (C); the one automaton of all names

        slots: dict[str, tuple[int, list]] = {}  # ' a b ' -> (words, [(entry, exact)])
        single: dict[str, list[Entry]] = {}
        items_list = [e for e in items if not kinds or e.kind in kinds]
        for entry in items_list:
            for name in entry.names:
                key = phrase_key(name).split()
                if not key:
                    continue
                # Short capital abbreviations (HTA, K, Na) only as written.
                exact = name.translate(_ACCENTS) if _is_abbreviation(name) else None
                slot = slots.setdefault(f" {' '.join(key)} ", (len(key), []))[1]
                if all(e is not entry or x != exact for e, x in slot):
                    slot.append((entry, exact))
                if len(key) == 1 and len(key[0]) >= 7 and exact is None:
                    single.setdefault(key[0], []).append(entry)
        automaton = ahocorasick.Automaton()
        for phrase, (words, slot) in slots.items():
            # a name no abbreviation shares matches whatever the case: its entries, ready
            plain = None if any(exact is not None for _, exact in slot) else tuple(e for e, _ in slot)
            automaton.add_word(phrase, (len(phrase), words, slot, plain))
        automaton.make_automaton()
        self._automaton = automaton
        self._single = single
        self._single_keys = list(single)
        self._by_length: dict[int, list[str]] = {}  # word length -> self._near_length(length)
        # Words of any catalogue name are never typos of another one
        # ('porfiria' is not a misspelt 'porfirina'), nor are the lab analytes' names
        # ('leucocitos 900/mm3' is a count, not a misspelt 'leucocitosis').
        self._vocabulary = frozenset(w for e in items_list for k in e.keys for w in k.split()) | _analyte_words()
        # Words known to be, or not to be, a typo of a one-word name: a text's
        # new words are found by set difference at C speed, so the usual text
        # (no typo, no new word) costs no Python loop over its words.
        self._typos: set[str] = set()
        self._not_typos: set[str] = set()

    def _near_length(self, length: int) -> list[str]:
        """The one-word names whose length lets fuzz.ratio reach 90 against a word of this
        length, in catalogue order. ratio = 200 * common / (m + n) and common <= min(m, n), so
        90 needs the shorter at least 9/11 of the longer; the bounds taken here are wider."""
        found = self._by_length.get(length)
        if found is None:
            lo, hi = int(length * 0.8), int(length * 1.25) + 1
            found = self._by_length[length] = [k for k in self._single_keys if lo <= len(k) <= hi]
        return found

    @lru_cache(maxsize=16384)
    def _fuzzy(self, key: str) -> str | None:
        """The catalogue word this one is a small typo of (same first letter). Only names
        of a near length are scored (the others cannot reach the cutoff): the same best, in
        the same order, at a fraction of the cost (each word new to a text asks this)."""
        if len(key) < 7 or not self._single_keys or key in self._vocabulary:
            return None
        best = process.extractOne(key, self._near_length(len(key)), scorer=fuzz.ratio, score_cutoff=90)
        if best is None or best[0][0] != key[0]:
            return None
        return best[0]

    def _typo_starts(self, keys: list[str], words: frozenset[str]) -> set[int]:
        """Indices of the words that may be a typo of a one-word name (``words``: the keys' set)."""
        new = words - self._not_typos - self._typos
        if new:
            if len(self._not_typos) > 100_000:  # bounded (~10 MB): arbitrary text must not grow it forever
                self._not_typos.clear()
            for key in new:
                typo = len(key) >= 7 and self._fuzzy(key) is not None
                (self._typos if typo else self._not_typos).add(key)
        typos = words & self._typos
        return {i for i, k in enumerate(keys) if k in typos} if typos else set()

    def names_at(self, keys: list[str]) -> dict[int, list[tuple[int, int, list, tuple | None]]]:
        """Token index -> (characters, words, [(entry, exact)], entries when
        none is an abbreviation) of every name starting there, shortest
        first: all matches, overlapping ones included. The automaton reports
        matches by their end, so the names starting at one token come
        shortest first without a sort (one start and one length in words
        make one name)."""
        found: dict[int, list[tuple[int, int, list, tuple | None]]] = {}
        if not keys:
            return found
        joined = " " + " ".join(keys) + " "
        get = found.get
        if joined.count(" ") == len(keys) + 1:
            # no key holds a space (the usual case): the token a name starts at
            # is the number of spaces before it, counted at C speed; matches come by their end,
            # so most starts lie after the last one's and only the spaces between are counted
            count = joined.count
            last = spaces = 0
            for end, value in self._automaton.iter(joined):
                start = end - value[0] + 1
                if start >= last:
                    spaces += count(" ", last, start)
                    last, i = start, spaces
                else:  # a longer name starting before the last start
                    i = count(" ", 0, start)
                at = get(i)
                if at is None:
                    found[i] = [value]
                else:
                    at.append(value)
        else:
            # the offset of the space before token i is i + the lengths before it
            lead = dict(zip(map(add, accumulate(map(len, keys), initial=0), range(len(keys))), range(len(keys))))
            for end, value in self._automaton.iter(joined):
                found.setdefault(lead[end - value[0] + 1], []).append(value)
        return found

    def find(self, tokens: Tokens, text: str) -> list[Mention]:
        """Non-overlapping mentions, longest first, left to right."""
        found: list[Mention] = []
        keys, starts_of, words_of = tokens.keys, tokens.starts, tokens.words
        at = self.names_at(keys)
        typos = self._typo_starts(keys, tokens.key_set)
        covered = 0
        for i in sorted(at.keys() | typos) if typos else sorted(at):
            if i < covered:
                continue
            ends = at.get(i)
            if ends is None:  # no name starts here: a typo of a one-word name does
                near = self._fuzzy(keys[i])
                if near is None:
                    continue
                hit = (tuple(self._single[near]), 1)
            elif ends[-1][3] is not None:  # the longest name is no abbreviation (the usual case)
                hit = (ends[-1][3], ends[-1][1])
            else:
                hit = self._written_as(tokens, text, i, ends)
                if hit is None:
                    continue
            matched_entries, length = hit
            if length == 1 and _dose_unit(keys, i):
                continue
            last = i + length - 1
            start, end = starts_of[i], starts_of[last] + len(words_of[last])  # Tokens.start(i), Tokens.end(last)
            found.append(Mention(matched_entries, start, end, i, i + length, text[start:end]))
            covered = i + length
        return found

    @staticmethod
    def _written_as(tokens: Tokens, text: str, i: int, ends: list) -> tuple[tuple[Entry, ...], int] | None:
        """The longest name at token ``i`` whose abbreviations are written as
        the catalogue writes them (HTA, K, Na), with its length in tokens."""
        for _, length, candidates, plain in reversed(ends):
            if plain is not None:
                return plain, length
            written = None
            matched = []
            for entry, exact in candidates:
                if exact is not None:
                    if written is None:
                        first, last = tokens.start(i), tokens.end(i + length - 1)
                        written = text[first:last].translate(_ACCENTS)
                        if len(written) == 1 and "." in text[first - 1 : first] + text[last : last + 1]:
                            written = ""  # an initial ('A.P.', 'P. jirovecii'), not a symbol
                    if written != exact:
                        continue
                matched.append(entry)
            if matched:
                return tuple(matched), length
        return None


# Names of a disease that are also a dose unit: 'gota' is gout and a drop ('1 gota cada 6 horas en
# ojo derecho', 'veinte gotas'); counted, or followed by its interval, it is the drop.
_DOSE_UNIT_NAMES = frozenset({"gota"})
# The word before a counted drop, besides a numeral: a number in words (its last word: 'siete gotas',
# 'treinta y cinco gotas'), 'unas' or 'x'; as token keys, de-pluralised as the text's are.
_COUNTS = frozenset(map(token_key, NUMBER_ENDS)) | {"unas", "x"}


def _dose_unit(keys: list[str], i: int) -> bool:
    """Token ``i`` is a dose unit, not a disease: a counted drop ('2 gotas') or one given at an
    interval ('gota cada 8 horas')."""
    if keys[i] not in _DOSE_UNIT_NAMES:
        return False
    before = keys[i - 1] if i else ""
    return (before[:1].isdigit() or before in _COUNTS
            or (i + 1 < len(keys) and keys[i + 1] == "cada"))


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    return Lexicon(entries())


@lru_cache(maxsize=1)
def _aliases() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """Grounding-only aliases (aliases.csv: name,aliases): what an input may
    write for a name: lab abbreviations (Crea, Ca, WBC), English names. Too
    ambiguous to find entities in free text, safe as evidence that the
    input holds the named thing. Split into one-word and longer aliases."""
    table: dict[str, list[str]] = {}
    for row in catalogue_rows("aliases.csv"):
        names = phrase_key(row["name"])
        for alias in split_cell(row["aliases"]):
            table.setdefault(phrase_key(alias), []).append(names)
    single = {k: tuple(v) for k, v in table.items() if " " not in k}
    multi = {k: tuple(v) for k, v in table.items() if " " in k}
    return single, multi


@lru_cache(maxsize=1)
def _multi_aliases() -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """(' alias ', its first word, names) of every alias of several words."""
    return tuple((f" {alias} ", alias.split(" ", 1)[0], names) for alias, names in _aliases()[1].items())


def alias_keys(words: list[str], text: str, present: frozenset[str] | None = None) -> list[str]:
    """Token keys of the names that aliases in the input stand for.
    ``text`` is the space-padded, space-joined ``words``; ``present``, their set when the caller has it."""
    single, _ = _aliases()
    out: list[str] = []
    present = set(words) if present is None else present
    # Set intersection (C speed), sorted: a set's order follows the string hash, which
    # PYTHONHASHSEED changes per process, and the keys' order reaches phrase matching.
    for alias in sorted(single.keys() & present):
        for name in single[alias]:
            out.extend(name.split())
    # An alias of several words is in the text only if its first word is among the words (when no
    # word holds a space, as none does but in scripts that folding empties): a set lookup first.
    spaced = text.count(" ") != len(words) + 1
    for padded, first, names in _multi_aliases():
        if (spaced or first in present) and padded in text:
            for name in names:
                out.extend(name.split())
    return out


def names_for_code(code_key: str) -> tuple[str, ...]:
    entry = by_code().get(code_key)
    return entry.names if entry else ()


__all__ = ["DIAGNOSIS", "DRUG", "PROCEDURE", "Entry", "Lexicon", "Mention", "by_code",
           "entries", "indications", "lexicon", "names_for_code", "phrase_key", "stem"]
