"""The walk of an input's JSON for its evidence (checks.evidence): every key
and string collected as text, each code paired with the names written beside
it, and the patient's sex and age read from the keys that give them (another
person's, a relative's or a newborn's, set apart). Any shape is walked: an
object with any keys, a list, one string.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from checks.code_labels import labels_around
from checks.demography import (
    DEMOGRAPHIC_KEYS as _DEMOGRAPHIC_KEYS, OTHER_PERSON_KEYS as _OTHER_PERSON_KEYS, SECTION_KEYS as _SECTION_KEYS,
    SEX_KEYS as _SEX_KEYS, read_demographic as _read_demographic, NEWBORN_KEYS,
)
from checks.text import fold
from checks.code_tokens import CodeToken, find_code_tokens, is_well_formed, norm_cie10

if TYPE_CHECKING:
    from checks.evidence import Evidence

_CODE_KEYS = {"codigo", "code", "cie10", "cie-10", "cie_10", "atc", "codigo_atc", "codigo_cie10", "icd10"}
# Whether a string may hold a code: a letter before two digits ('[A-Za-z]\d\d'), asked only
# yes or no. Led by the digits, the letter checked behind them: the engine skips to digits (few
# in most strings) instead of stopping at every letter.
CODE_HINT = re.compile(r"\d\d(?<=[A-Za-z]\d\d)")
# fold of a short string that recurs (keys, names): memoised
fold_short = lru_cache(maxsize=8192)(fold)


def _add_code(ev: Evidence, code: CodeToken, labels: list[str]) -> None:
    if code.family == "atc":
        ev.atc.setdefault(code.text, []).extend(labels)
    else:
        ev.cie10.setdefault(norm_cie10(code.text), []).extend(labels)


def _codes_in(text: str) -> list[CodeToken]:
    if not CODE_HINT.search(text):  # most strings hold no code: skip the scan
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
    return fold(key), CODE_HINT.search(key) is not None


def _walk_string(ev: Evidence, value: str, texts: list[str]) -> None:
    texts.append(value)
    if CODE_HINT.search(value):
        for code in _codes_in(value):
            _add_code(ev, code, labels_around(value, code))


def walk(ev: Evidence, value: Any, texts: list[str], sexes: set[str], ages: set[int]) -> None:
    """Walk a JSON value: collect its text, pair codes with names, read sex/age.
    Strings, the common leaf, are handled inline: this runs for every record."""
    kind = type(value)
    if kind is dict:
        small = len(value) <= 6  # a diagnosis/drug entry, not a whole record
        if len(value) == 2:  # data given as rows: {"campo": "sexo", "valor": "F"}
            name, item = value.values()
            if type(name) is str:
                _read_demographic(fold_short(name), item, sexes, ages)
        fkeys = list(map(fold_short, map(str, value))) if small else ()  # folded once for both tests
        terse = small and not _SEX_KEYS.isdisjoint(fkeys)  # {"s": "F", "e": 82}
        # a section key first, by one set test: most small objects have none, and no value is read
        if small and not _SECTION_KEYS.isdisjoint(fkeys) and any(
                type(v) is str and fold_short(str(k)) in _SECTION_KEYS and fold_short(v).strip()
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
                    _walk_string(ev, item, texts)
            elif fkey in NEWBORN_KEYS:  # the patient's sex only where nothing else gives one
                walk(ev, item, texts, ev._memo.setdefault("newborn_sexes", set()), ages)
            elif fkey in _OTHER_PERSON_KEYS:
                walk(ev, item, texts, set(), set())  # {"madre": {"edad": 29}}: not the patient's
            else:
                walk(ev, item, texts, sexes, ages)
    elif kind is list:
        if len(value) == 2 and type(value[0]) is str:  # rows as pairs: ["Edad", "45"]
            _read_demographic(fold_short(value[0]), value[1], sexes, ages)
        for item in value:
            if type(item) is str:
                _walk_string(ev, item, texts)
            else:
                walk(ev, item, texts, sexes, ages)
    elif kind is str:
        _walk_string(ev, value, texts)
    elif kind is int or kind is float:
        texts.append(f"{value:g}" if kind is float else str(value))
    elif isinstance(value, (dict, list, str, int, float)) and not isinstance(value, bool):
        walk(ev, _plain(value), texts, sexes, ages)  # subclasses (rare): as the base type


def _plain(value: Any) -> Any:
    for base in (dict, list, str, float, int):
        if isinstance(value, base):
            return base(value)
    return value
