"""What the input of a record says, whatever its shape.

Grounding is schema-agnostic: the input may be an object with any keys,
a list, or one string. Every key and string is read (checks.input_walk);
codes, numbers, names, sex and age are found in it. Known keys (``sexo``,
``edad``) are only extra evidence, never required.
"""

from __future__ import annotations

import marshal
import re
from collections import OrderedDict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Callable

from rapidfuzz import fuzz

from harness.registry import Document
from checks.demography import read_demographics_in_text
from checks.input_walk import CODE_HINT, walk
from checks.lexicon import DIAGNOSIS, DRUG, PROCEDURE, Entry, Mention, alias_keys, by_code, lexicon
from checks.text import STOPWORDS, Tokens, fold, keys_of, negated, number_keys, tokenize, words_in
from checks.code_tokens import CodeToken, norm_cie10

_FUZZY_RETRIES = 4  # words a fuzzy match may be found inside of before it is given up
_ANY_NUMBER_RE = re.compile(r"\d+(?:[.,]\d+)*")
# The name of a classification ('cie10', 'icd_10', 'CIE-10-ES', a key such as "codigo_cie10") holds
# its revision's number, no clinical number of the record: blanked before the input's numbers are read.
_CLASSIFICATION_NAME = re.compile(r"(?<![a-z])(?:cie|icd)[-_ ]?(?:9|10|11)(?![0-9])", re.IGNORECASE)
# From a digit: the rest of a code whose letter stands before it (group 2), else a number.
_NUMBER_OR_CODE = re.compile(r"(\d(?:(?<=[A-Z]\d)(?<![\w.][A-Z]\d)(\d[0-9A-Z]*(?:\.[0-9A-Z]*)?)(?!\w)|\d*(?:[.,]\d+)*))")


@dataclass
class Evidence:
    text: str = " "  # folded, de-pluralised tokens of every key and string, space-joined
    raw: str = ""  # every key and string, newline-joined, as written
    flat: str = ""  # the same, folded (for fuzzy search)
    cie10: dict[str, list[str]] = field(default_factory=dict)  # code key -> labels from input
    atc: dict[str, list[str]] = field(default_factory=dict)
    numbers: set[str] = field(default_factory=set)
    words: list[str] = field(default_factory=list)  # token keys of the text, plus aliases' names
    word_set: frozenset[str] = frozenset()
    sex: str | None = None  # "F" | "M" | None (unknown or contradictory)
    age: int | None = None
    _mentions: list[Mention] | None = None
    _raw_tokens: Tokens | None = None
    _memo: dict[str, Any] = field(default_factory=dict)

    def memo(self, key: str, compute: Callable[[], Any]) -> Any:
        """An analysis of the input alone, computed once per distinct input:
        every record that shares the input (see :func:`shared_evidence`)
        shares it. ``compute`` must read only the input."""
        try:
            return self._memo[key]
        except KeyError:
            value = self._memo[key] = compute()
            return value

    def raw_tokens(self) -> Tokens:
        """The words of ``raw`` as written (computed on demand, once: the input's
        mentions and HAL001's reading of its denials share them)."""
        if self._raw_tokens is None:
            self._raw_tokens = tokenize(self.raw)
        return self._raw_tokens

    def mentions(self) -> list[Mention]:
        """Catalogue entities named in the input (computed on demand)."""
        if self._mentions is None:
            tokens = self.raw_tokens()  # as written: abbreviations match only in capitals
            self._mentions = [m for m in lexicon().find(tokens, self.raw) if not negated(tokens, m.first)]
        return self._mentions

    def has_phrase(self, key: str) -> bool:
        return bool(key) and f" {key} " in self.text

    def fuzzy_has(self, folded: str, cutoff: float = 90) -> bool:
        """Whether the input holds ``folded`` give or take a typo. A match that is only the
        whole tail of a longer word is none: a prefix makes another thing ('eclampsia' inside
        'preeclampsia'); that word is blanked and the search tried again."""
        if len(folded) < 5 or not self.flat:
            return False
        flat = self.flat
        for _ in range(_FUZZY_RETRIES):
            found = fuzz.partial_ratio_alignment(folded, flat, score_cutoff=cutoff)
            if found is None:
                return False
            start = found.dest_start
            if not (start and flat[start - 1].isalpha() and flat[start : found.dest_end] == folded):
                return True
            word = start
            while word and flat[word - 1].isalpha():
                word -= 1
            flat = flat[:word] + " " * (found.dest_end - word) + flat[found.dest_end :]
        return False

    def diagnosis_codes(self, *, named: bool = True) -> set[str]:
        """CIE-10 keys in the input: written codes, plus (``named``) the
        catalogue diagnoses named in its text."""
        codes = set(self.cie10)
        if not named:
            return codes
        for m in self.mentions():
            for e in m.entries:
                if e.kind == DIAGNOSIS and e.code:
                    codes.add(norm_cie10(e.code))
        return codes

    def drug_codes(self) -> set[str]:
        codes = set(self.atc)
        for m in self.mentions():
            for e in m.entries:
                if e.kind == DRUG and e.code:
                    codes.add(e.code)
        return codes

    def has_words(self, key: str) -> bool:
        """Every content word of a name is in the input, in any order and with
        other words between: 'TAC de abdomen y pelvis' ~ 'TAC abdomen y pelvis'."""
        words = [w for w in key.split() if w not in STOPWORDS]
        return len(words) >= 2 and self.word_set.issuperset(words)

    def has_head(self, key: str, entry: Entry | None = None) -> bool:
        """A study named more precisely than the input does ('ecografía
        abdominal' for 'Ecografía: colelitiasis', 'radiografía de tórax' for
        'Rx'): the head word of the procedure's name is in the input, unless
        the input names the study only as another one of its kind (``entry``'s
        sibling: 'TC de tórax' where the input has only 'TC de cerebro')."""
        head = key.split(" ", 1)[0]
        if len(head) < 3 or head in STOPWORDS or head not in self.word_set:
            return False
        return entry is None or not self._only_siblings(entry, head)

    def _only_siblings(self, entry: Entry, head: str) -> bool:
        """Every input mention led by ``head`` names a study that is neither ``entry``, nor a less
        precise name of it, nor a more precise one: another site or kind of the same study. Like
        a variant (checks.variants), one the input leaves unsaid is a detail; one it contradicts is not."""
        own = entry.keys[0]
        tokens = self.raw_tokens()
        seen = False
        for m in self.mentions():
            if tokens.keys[m.first] != head:
                continue
            seen = True
            for other in m.entries:
                name = other.keys[0]
                if other is entry or own.startswith(name + " ") or name.startswith(own + " "):
                    return False
        return seen

    def grounds(self, entry: Entry, mention_key: str, mention_folded: str, cutoff: float = 90) -> bool:
        if self.has_phrase(mention_key) or self.has_words(mention_key):
            return True
        if any(self.has_phrase(k) or self.has_phrase(_bare_name(k)) for k in entry.keys):
            return True
        if entry.code:
            if entry.kind == DIAGNOSIS and norm_cie10(entry.code) in self.cie10:
                return True
            if entry.kind == DRUG and entry.code in self.atc:
                return True
        if entry.kind == PROCEDURE and self.has_head(mention_key, entry):
            return True
        if entry.atc_prefixes:  # a class is grounded by any input drug of the class
            if any(c.startswith(entry.atc_prefixes) for c in self.drug_codes()):
                return True
        return self.fuzzy_has(mention_folded, cutoff)


@lru_cache(maxsize=8192)
def _bare_name(key: str) -> str:
    """A catalogue name without its small words, the way keys and terse notes write it
    ('radiografia_torax', 'Ecografía abdomen' for 'radiografía de tórax', 'ecografía de abdomen');
    empty when that leaves it unchanged or a single word."""
    words = [w for w in key.split() if w not in STOPWORDS]
    return " ".join(words) if len(words) >= 2 and len(words) < len(key.split()) else ""


def numbers_outside_codes(text: str) -> set[str]:
    """The numbers written in ``text`` except those inside codes (J18.9,
    J01DD04): what finding numbers in the text with every code blanked out
    finds, at a fraction of its cost. One findall at C speed, stopping at
    digits only: a code is tried at each number's first digit, with the
    letter before it (CODE_TOKEN_RE's lookbehind there as at the letter), and
    taken whole (so 'J18.9,5' still gives 5); a code's tail is group 2."""
    return {number for number, code in _NUMBER_OR_CODE.findall(text.upper()) if not code}


@lru_cache(maxsize=65536)
def cached_number_keys(raw: str) -> frozenset[str]:
    return frozenset(number_keys(raw))


def build_evidence(value: Any) -> Evidence:
    ev = Evidence()
    texts: list[str] = []
    sexes: set[str] = set()
    ages: set[int] = set()
    walk(ev, value, texts, sexes, ages)
    joined = "\n".join(texts)
    flat = fold(joined).replace("_", " ")  # keys such as 'ecg_ingreso' name 'ECG'
    ev.raw, ev.flat = joined, flat
    ev.words = keys_of(words_in(flat))  # token_key of each word, from the shared word table
    ev.text = " " + " ".join(ev.words) + " "
    present = frozenset(ev.words)  # one set of the words, for the aliases and the word set
    aliased = alias_keys(ev.words, ev.text, present)
    if aliased:
        ev.words.extend(aliased)
        ev.text += " ".join(aliased) + " "
    ev.word_set = present.union(aliased) if aliased else present
    # numbers are read everywhere (DM2, c/8h), except inside codes
    numbered = _CLASSIFICATION_NAME.sub(" ", joined) if "cie" in flat or "icd" in flat else joined
    raws = numbers_outside_codes(numbered) if CODE_HINT.search(numbered) else set(_ANY_NUMBER_RE.findall(numbered))
    ev.numbers = set().union(*map(cached_number_keys, raws))
    newborn = ev._memo.pop("newborn_sexes", ())
    ev._memo["newborn_of_mother"] = bool(sexes and newborn)  # the newborn object is her baby's
    sexes = sexes or set(newborn)
    read_demographics_in_text(flat, sexes, ages)
    ev.sex = next(iter(sexes)) if len(sexes) == 1 else None
    ev.age = next(iter(ages)) if len(ages) == 1 else None
    return ev


# Evidence of the inputs seen last, by content: records that share an input
# (every run and checkpoint scored on one validation split, a model's outputs
# checked again) read it once. Bounded, so memory stays flat on any file.
_SHARED: OrderedDict[bytes, Evidence] = OrderedDict()
SHARED_INPUTS = 256


def input_key(value: Any) -> bytes | None:
    """An input's content as ``marshal`` writes it, or None for a value it
    cannot write (an object of a class of its own, a dict subclass: then
    nothing is shared). Version 2 writes no back-references, so the same
    content gives the same bytes whatever objects hold it; key order counts
    (evidence follows it) and so do types (1, 1.0, True, '1'; a tuple is no
    list). A fourth of what ``json.dumps`` cost, paid by every record; the
    bytes themselves are the key (a dict hashes them faster than a digest is
    made, and the cache holds only ``SHARED_INPUTS`` of them)."""
    try:
        return marshal.dumps(value, 2)
    except ValueError:
        return None


def shared_evidence(value: Any) -> Evidence:
    """The input's evidence, built once per distinct input while it is among
    the last ``SHARED_INPUTS`` seen. Checks only read an Evidence."""
    key = input_key(value)
    if key is None:
        return build_evidence(value)
    ev = _SHARED.get(key)
    if ev is None:
        ev = _SHARED[key] = build_evidence(value)
        if len(_SHARED) > SHARED_INPUTS:
            _SHARED.popitem(last=False)
    else:
        _SHARED.move_to_end(key)
    return ev


def _evidence_of(doc: Document) -> Evidence:
    return shared_evidence(doc.input)


def evidence(doc: Document) -> Evidence:
    # called dozens of times a record: no closure made per call
    return doc.memo("evidence", _evidence_of)


def input_memo(doc: Document, key: str, compute: Callable[[Any], Any]) -> Any:
    """``compute(doc.input)``, once per distinct input rather than once per
    record: for a check's own reading of the input (its doses, its lab
    values), shared like the evidence itself. ``compute`` must read only its
    argument; a reading of the evidence goes through :func:`evidence_memo`."""
    memo = doc.memo("evidence", _evidence_of)._memo  # a dozen calls a record: one lookup when known
    try:
        return memo[key]
    except KeyError:
        value = memo[key] = compute(doc.input)
        return value


def evidence_memo(doc: Document, key: str, compute: Callable[[Evidence], Any]) -> Any:
    """``compute(evidence)``, once per distinct input as :func:`input_memo`
    does, for a reading of the input as its evidence holds it (its folded
    text, its codes). The Evidence is passed, not reached through ``doc``:
    what is memoised depends on its argument alone, which is built from the
    input alone."""
    ev = doc.memo("evidence", _evidence_of)
    memo = ev._memo
    try:
        return memo[key]
    except KeyError:
        value = memo[key] = compute(ev)
        return value


def code_key(code: CodeToken) -> str:
    return code.text if code.family == "atc" else norm_cie10(code.text)


def catalogue_entry(code: CodeToken) -> Entry | None:
    return by_code().get(code_key(code))
