"""What the input of a record says, whatever its shape.

Grounding is schema-agnostic: the input may be an object with any keys,
a list, or one string. Every key and string is read; codes, numbers, names,
sex and age are found in it. Known keys (``sexo``, ``edad``) are only extra
evidence, never required.
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
from checks.demography import (
    DEMOGRAPHIC_KEYS as _DEMOGRAPHIC_KEYS, OTHER_PERSON_KEYS as _OTHER_PERSON_KEYS, SECTION_KEYS as _SECTION_KEYS,
    SEX_KEYS as _SEX_KEYS, read_demographic as _read_demographic, read_demographics_in_text, NEWBORN_KEYS,
)
from checks.code_labels import labels_around
from checks.lexicon import DIAGNOSIS, DRUG, PROCEDURE, Entry, Mention, alias_keys, by_code, lexicon
from checks.text import (
    CODE_TOKEN_RE, STOPWORDS, CodeToken, Tokens, find_code_tokens, fold, is_well_formed, keys_of,
    negated, norm_cie10, number_keys, token_key, tokenize, words_in,
)

_CODE_KEYS = {"codigo", "code", "cie10", "cie-10", "cie_10", "atc", "codigo_atc", "codigo_cie10", "icd10"}
_ANY_NUMBER_RE = re.compile(r"\d+(?:[.,]\d+)*")
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


def _add_code(ev: Evidence, code: CodeToken, labels: list[str]) -> None:
    if code.family == "atc":
        ev.atc.setdefault(code.text, []).extend(labels)
    else:
        ev.cie10.setdefault(norm_cie10(code.text), []).extend(labels)
# Whether a string may hold a code: a letter before two digits ('[A-Za-z]\d\d'), asked only
# yes or no. Led by the digits, the letter checked behind them: the engine skips to digits (few
# in most strings) instead of stopping at every letter.
_CODE_HINT = re.compile(r"\d\d(?<=[A-Za-z]\d\d)")
_FUZZY_RETRIES = 4  # words a fuzzy match may be found inside of before it is given up
# fold of a short string that recurs (keys, names): memoised
_fold_key = fold_short = lru_cache(maxsize=8192)(fold)


def _codes_in(text: str) -> list[CodeToken]:
    if not _CODE_HINT.search(text):  # most strings hold no code: skip the scan
        return []
    upper = text.upper()
    # 'x10^9/L' is a power of ten (a count's unit), upper-cased here like a code written 'i10x'
    return [c for c in find_code_tokens(upper) if is_well_formed(c, extended=True) and upper[c.end : c.end + 1] != "^"]


def _is_label(value: Any) -> bool:
    return isinstance(value, str) and sum(map(str.isalpha, value)) >= 2 and not _codes_in(value)


@lru_cache(maxsize=16384)
def _whole_code(text: str) -> CodeToken | None:
    """The code a string is, if it is nothing but one ('J18.9', ' i10x ')."""
    codes = _codes_in(text.strip())
    return codes[0] if len(codes) == 1 and codes[0].end - codes[0].start == len(text.strip()) else None


@lru_cache(maxsize=8192)
def _key_facts(key: str) -> tuple[str, bool]:
    """A key folded, and whether it may hold a code: keys recur from record to record."""
    return fold(key), _CODE_HINT.search(key) is not None


def _scan_string(ev: Evidence, value: str, texts: list[str]) -> None:
    texts.append(value)
    if _CODE_HINT.search(value):
        for code in _codes_in(value):
            _add_code(ev, code, labels_around(value, code))


def _scan(ev: Evidence, value: Any, texts: list[str], sexes: set[str], ages: set[int]) -> None:
    """Walk a JSON value: collect its text, pair codes with names, read sex/age.
    Strings, the common leaf, are handled inline: this runs for every record."""
    kind = type(value)
    if kind is dict:
        small = len(value) <= 6  # a diagnosis/drug entry, not a whole record
        if len(value) == 2:  # data given as rows: {"campo": "sexo", "valor": "F"}
            name, item = value.values()
            if type(name) is str:
                _read_demographic(_fold_key(name), item, sexes, ages)
        fkeys = list(map(_fold_key, map(str, value))) if small else ()  # folded once for both tests
        terse = small and not _SEX_KEYS.isdisjoint(fkeys)  # {"s": "F", "e": 82}
        # a section key first, by one set test: most small objects have none, and no value is read
        if small and not _SECTION_KEYS.isdisjoint(fkeys) and any(
                type(v) is str and _fold_key(str(k)) in _SECTION_KEYS and _fold_key(v).strip()
                in _OTHER_PERSON_KEYS for k, v in value.items()):
            sexes, ages = set(), set()  # {"seccion": "madre", "edad": "24 años"}: not the patient's
        for key, item in value.items():
            if type(key) is not str:
                key = str(key)
            texts.append(key)
            fkey, coded = _key_facts(key)
            if fkey in _DEMOGRAPHIC_KEYS:
                _read_demographic(fkey, item, sexes, ages)
            elif terse and fkey == "e":
                _read_demographic("edad", item, sexes, ages)
            if coded:  # a code as key: {"J18.9": "Neumonía"}
                for code in _codes_in(key):
                    _add_code(ev, code, [item] if isinstance(item, str) else [])
            if type(item) is str:
                code = _whole_code(item) if small else None
                if code is not None:
                    # a bare code beside its name: {"codigo": "J18.9", "nombre": "Neumonía"}
                    siblings = [v for k, v in value.items() if k != key and _is_label(v)]
                    if fkey not in _CODE_KEYS:  # {"Neumonía": "J18.9"}
                        siblings.append(key)
                    _add_code(ev, code, siblings)
                    texts.append(item)
                else:
                    _scan_string(ev, item, texts)
            elif fkey in NEWBORN_KEYS:  # the patient's sex only where nothing else gives one
                _scan(ev, item, texts, ev._memo.setdefault("newborn_sexes", set()), ages)
            elif fkey in _OTHER_PERSON_KEYS:
                _scan(ev, item, texts, set(), set())  # {"madre": {"edad": 29}}: not the patient's
            else:
                _scan(ev, item, texts, sexes, ages)
    elif kind is list:
        if len(value) == 2 and type(value[0]) is str:  # rows as pairs: ["Edad", "45"]
            _read_demographic(_fold_key(value[0]), value[1], sexes, ages)
        for item in value:
            if type(item) is str:
                _scan_string(ev, item, texts)
            else:
                _scan(ev, item, texts, sexes, ages)
    elif kind is str:
        _scan_string(ev, value, texts)
    elif kind is int or kind is float:
        texts.append(f"{value:g}" if kind is float else str(value))
    elif isinstance(value, (dict, list, str, int, float)) and not isinstance(value, bool):
        _scan(ev, _plain(value), texts, sexes, ages)  # subclasses (rare): as the base type


def _plain(value: Any) -> Any:
    for base in (dict, list, str, float, int):
        if isinstance(value, base):
            return base(value)
    return value


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
    _scan(ev, value, texts, sexes, ages)
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
    raws = numbers_outside_codes(joined) if _CODE_HINT.search(joined) else set(_ANY_NUMBER_RE.findall(joined))
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
    values), shared like the evidence itself."""
    memo = doc.memo("evidence", _evidence_of)._memo  # a dozen calls a record: one lookup when known
    try:
        return memo[key]
    except KeyError:
        value = memo[key] = compute(doc.input)
        return value


def code_key(code: CodeToken) -> str:
    return code.text if code.family == "atc" else norm_cie10(code.text)


def catalogue_entry(code: CodeToken) -> Entry | None:
    return by_code().get(code_key(code))
