"""Names a code answers to beyond its own entry, for COD005: its CIE-10
category's, the initials of its names, 'Ca' spelled out before a neoplasm's
code, and the head of a 'X con Y' title written before it."""

from __future__ import annotations

import re
from functools import lru_cache

from checks.code_terms import LEAD_IN, after_frame
from checks.lexicon import DIAGNOSIS, by_code, entries, phrase_key
from checks.naming import names_match

# Lobes of the lung by their initials ('NAC LID', 'adenocarcinoma LSI'): they say where, as a side
# does, not what (a lobe against the input's is HAL004's finding, not a wrong code).
LOBES = frozenset({"lsd", "lsi", "lid", "lii"})


@lru_cache(maxsize=1)
def _names_by_category() -> dict[str, tuple[str, ...]]:
    """CIE-10 category (its first three characters) -> the names of every catalogued code in it."""
    found: dict[str, list[str]] = {}
    for e in entries():
        if e.code and e.kind == DIAGNOSIS:  # CIE-10 entries only: an ATC code also starts 'C08'
            found.setdefault(e.code.replace(".", "")[:3], []).extend(e.keys)
    return {cat: tuple(dict.fromkeys(names)) for cat, names in found.items()}


@lru_cache(maxsize=4096)
def category_names(key: str) -> tuple[str, ...]:
    """Names of the code's kin in its CIE-10 category (``key`` dotless, 'F051'). The category's
    unspecified code names every subcode by a shorter name ('síndrome confusional agudo', F05.9,
    before F05.1); a subcode's name is a more precise name of the unspecified code ('ICC', I50.0,
    before I50.9). Two specific subcodes are different things and do not name each other."""
    category = key[:3]
    if len(key) == 3 or key[3] == "9":
        return _names_by_category().get(category, ())
    table = by_code()
    general = table.get(category + "9") or table.get(category)
    return general.keys if general is not None else ()


# 'úlcera gástrica con sangrado (K25.4)': the term read before the code stops at 'con', but the
# title runs 'X con Y'; the words before 'con' are its head.
_HEAD_BEFORE_CON = re.compile(r"([^\W\d][\w-]*(?:\s+[^\W\d][\w-]*){0,3})\s+con\s+$")


def named_with_head(text: str, start: int, names: tuple[str, ...], key: str, cutoff: float, cie10: str) -> bool:
    """Whether the term names the code once read whole: with the head of its 'X con Y' title
    before it, or with 'Ca' spelled out before a neoplasm's code ('Ca de sigmoides', C18.7)."""
    if cie10[:1] == "C" and key.startswith("ca "):
        spelled = "cancer" + key[2:]
        if names_match(names, spelled, spelled, cutoff):
            return True
    if not text.endswith("con ", max(0, start - 5), start):
        return False
    head = _HEAD_BEFORE_CON.search(text[max(0, start - 80) : start])
    if head is None:
        return False
    name = phrase_key(LEAD_IN.sub("", after_frame(head.group(1)).strip()))
    joined = f"{name} con {key}"
    return bool(name) and names_match(names, joined, joined, cutoff)


def named_by_kin(text: str, start: int, names: tuple[str, ...], term: str, key: str, clause: str, cie10: str,
                 cutoff: float) -> bool:
    """Whether a term that does not name the code by its own names names it by its category's kin
    or initials, or read whole (``named_with_head``). A code nothing names stays unjudged elsewhere; here its
    kin add to its names, never stand alone."""
    kin = category_names(cie10)
    if kin and names_match(kin, key, clause, cutoff):
        return True
    if term.isupper() and 3 <= len(term) <= 6 and term.isalpha() and key in _initialisms(names + kin):
        return True
    return named_with_head(text, start, names + kin, key, cutoff, cie10)


# Words an initialism skips: 'SAHS', síndrome de apnea-hipopnea del sueño.
_LINKS = frozenset({"de", "del", "la", "el", "los", "las", "y", "e", "con", "por", "en", "a"})


@lru_cache(maxsize=4096)
def _initialisms(names: tuple[str, ...]) -> frozenset[str]:
    """The initials of each name of three words or more ('hipertension arterial sistemica' -> 'has'): a
    clinician's abbreviation of a code's own name names it ('HAS (I10)', 'EAO (I70.2)')."""
    found = set()
    for name in names:
        words = [w for w in name.replace("-", " ").split() if w not in _LINKS]
        if len(words) >= 3:
            found.add("".join(w[0] for w in words))
    return frozenset(found)
