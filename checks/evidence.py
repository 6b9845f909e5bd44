"""What the input of a record says, whatever its shape.

Grounding is schema-agnostic: the input may be an object with any keys,
a list, or one string. Every key and string is read; codes, numbers, names,
sex and age are found in it. Known keys (``sexo``, ``edad``) are only extra
evidence, never required.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz

from harness.registry import Document
from checks.lexicon import DIAGNOSIS, DRUG, Entry, Mention, by_code, lexicon
from checks.text import (
    CodeToken, find_code_tokens, fold, is_well_formed, iter_numbers, iter_strings,
    norm_cie10, number_keys, tokenize,
)

_SEX_KEYS = {"sexo", "sex", "genero", "gender", "sexo_biologico"}
_AGE_KEYS = {"edad", "age", "edad_anos", "edad_anios", "anos", "edad_paciente"}
_FEMALE = {"f", "fem", "femenino", "femenina", "mujer", "female", "woman"}
_MALE = {"m", "masc", "masculino", "varon", "hombre", "male", "man"}
_SEX_IN_TEXT = re.compile(
    r"\b(femenin[oa]|masculin[oa]|mujer|varon|hombre|sexo:?\s*[fm])\b"
)
_AGE_IN_TEXT = re.compile(r"\b(\d{1,3})\s*(?:anos|a\.)(?:\s+de\s+edad)?\b")
_CODE_KEYS = {"codigo", "code", "cie10", "cie-10", "cie_10", "atc", "codigo_atc", "codigo_cie10", "icd10"}
_LABEL_SPLIT = re.compile(r"[;,\n|]|\s-\s|:")


@dataclass
class Evidence:
    text: str = " "  # folded, de-pluralised tokens of every key and string, space-joined
    flat: str = ""  # folded raw text (for fuzzy search)
    cie10: dict[str, list[str]] = field(default_factory=dict)  # code key -> labels from input
    atc: dict[str, list[str]] = field(default_factory=dict)
    numbers: set[str] = field(default_factory=set)
    sex: str | None = None  # "F" | "M" | None (unknown or contradictory)
    age: int | None = None
    _mentions: list[Mention] | None = None

    def mentions(self) -> list[Mention]:
        """Catalogue entities named in the input (computed on demand)."""
        if self._mentions is None:
            self._mentions = []
            for piece in self.flat.split("\n"):
                self._mentions.extend(lexicon().find(tokenize(piece), piece))
        return self._mentions

    def has_phrase(self, key: str) -> bool:
        return bool(key) and f" {key} " in self.text

    def fuzzy_has(self, folded: str, cutoff: float = 90) -> bool:
        if len(folded) < 5 or not self.flat:
            return False
        return fuzz.partial_ratio(folded, self.flat, score_cutoff=cutoff) > 0

    def diagnosis_codes(self) -> set[str]:
        """CIE-10 keys in the input: written codes plus catalogue diagnoses named."""
        codes = set(self.cie10)
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

    def grounds(self, entry: Entry, mention_key: str, mention_folded: str, cutoff: float = 90) -> bool:
        if self.has_phrase(mention_key):
            return True
        if any(self.has_phrase(k) for k in entry.keys):
            return True
        if entry.code:
            if entry.kind == DIAGNOSIS and norm_cie10(entry.code) in self.cie10:
                return True
            if entry.kind == DRUG and entry.code in self.atc:
                return True
        if entry.atc_prefixes:  # a class is grounded by any input drug of the class
            if any(c.startswith(entry.atc_prefixes) for c in self.drug_codes()):
                return True
        return self.fuzzy_has(mention_folded, cutoff)


def _labels_around(text: str, code: CodeToken) -> list[str]:
    """In 'Neumonía (J18.9), HTA (I10)': the words just before or after a code."""
    before = _LABEL_SPLIT.split(text[: code.start])[-1]
    after = _LABEL_SPLIT.split(text[code.end :])[0]
    out = []
    for piece in (before, after):
        piece = re.sub(r"[()\[\]]", " ", piece)
        piece = " ".join(w for w in piece.split() if not find_code_tokens(w))
        if sum(c.isalpha() for c in piece) >= 2:
            out.append(piece.strip())
    return out


def _add_code(ev: Evidence, code: CodeToken, labels: list[str]) -> None:
    if code.family == "atc":
        ev.atc.setdefault(code.text, []).extend(labels)
    else:
        ev.cie10.setdefault(norm_cie10(code.text), []).extend(labels)


def _scan(ev: Evidence, value: Any, texts: list[str], sexes: set[str], ages: set[int]) -> None:
    if isinstance(value, dict):
        scalars = [(str(k), v) for k, v in value.items() if isinstance(v, (str, int, float))]
        small = len(scalars) <= 6
        for key, item in value.items():
            key = str(key)
            texts.append(key)
            fkey = fold(key)
            if fkey in _SEX_KEYS and isinstance(item, str):
                s = fold(item).strip().rstrip(".")
                if s in _FEMALE:
                    sexes.add("F")
                elif s in _MALE:
                    sexes.add("M")
            if fkey in _AGE_KEYS and isinstance(item, (int, float, str)) and not isinstance(item, bool):
                m = re.match(r"\s*(\d{1,3})", str(item))
                if m:
                    ages.add(int(m.group(1)))
            # a code as key: {"J18.9": "Neumonía"}; as value beside its name
            for code in find_code_tokens(key.upper()):
                if is_well_formed(code, extended=True):
                    _add_code(ev, code, [item] if isinstance(item, str) else [])
            if isinstance(item, str) and small:
                codes = [c for c in find_code_tokens(item.strip().upper()) if is_well_formed(c, extended=True)]
                if len(codes) == 1 and len(item.strip()) == codes[0].end - codes[0].start:
                    siblings = [v for k, v in scalars if k != key and isinstance(v, str)
                                and sum(c.isalpha() for c in v) >= 2 and not find_code_tokens(v.upper())]
                    if fold(key) not in _CODE_KEYS:  # {"Neumonía": "J18.9"}
                        siblings.append(key)
                    _add_code(ev, codes[0], siblings)
                    texts.append(item)
                    continue
            _scan(ev, item, texts, sexes, ages)
    elif isinstance(value, list):
        for item in value:
            _scan(ev, item, texts, sexes, ages)
    elif isinstance(value, str):
        texts.append(value)
        upper = value.upper()
        for code in find_code_tokens(upper):
            if is_well_formed(code, extended=True):
                _add_code(ev, code, _labels_around(value, code))
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        texts.append(f"{value:g}" if isinstance(value, float) else str(value))


def build_evidence(value: Any) -> Evidence:
    ev = Evidence()
    texts: list[str] = []
    sexes: set[str] = set()
    ages: set[int] = set()
    _scan(ev, value, texts, sexes, ages)
    flat = "\n".join(fold(t) for t in texts)
    ev.flat = flat
    ev.text = " " + " ".join(t.key for t in tokenize(flat)) + " "
    for t in texts:
        # numbers are read everywhere (DM2, c/8h), except inside codes
        masked = t
        for code in find_code_tokens(t.upper()):
            masked = masked[: code.start] + " " * (code.end - code.start) + masked[code.end :]
        for m in iter_numbers(masked, anywhere=True):
            ev.numbers |= number_keys(m.group())
    if not sexes:
        for m in _SEX_IN_TEXT.finditer(flat):
            word = m.group(1).replace(":", " ").split()[-1]
            sexes.add("F" if word[0] == "f" or word == "mujer" else "M")
    if not ages:
        for m in _AGE_IN_TEXT.finditer(flat):
            ages.add(int(m.group(1)))
    ev.sex = next(iter(sexes)) if len(sexes) == 1 else None
    ev.age = next(iter(ages)) if len(ages) == 1 else None
    return ev


def evidence(doc: Document) -> Evidence:
    return doc.memo("evidence", lambda d: build_evidence(d.input))


def code_key(code: CodeToken) -> str:
    return code.text if code.family == "atc" else norm_cie10(code.text)


def catalogue_entry(code: CodeToken) -> Entry | None:
    return by_code().get(code_key(code))
