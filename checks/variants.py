"""Names that differ from the input's by a variant word (HAL001): a variant that contradicts the
input's, and one that is no subtype at all.

A procedure named in a variant that contradicts the input's:

'apendicectomía abierta' where the input says 'apendicectomía laparoscópica', 'cesárea bajo anestesia
general' where it says 'anestesia raquídea': the procedure's name is the input's, the procedure the
output names is not (shared/spec/checklist.md: a procedure named in the output is absent from the input).
Only a variant the input contradicts is reported: a variant the input leaves unsaid is a detail, and an
input that names both (a laparoscopy converted to an open operation) grounds either.

A fluid's nature likewise: 'derrame pleural de tipo trasudado' where the input's effusion is an exudate
names an effusion the input lacks (an input that names both grounds either).

Read on the folded text; tried only where the words of a head stand in the output (most hold none).

Acuity is no subtype where the classification does not split a disease by its course (HAL001).

'gastroenteritis aguda (A09.9)' names the input's A09.9 ('gastroenteritis de origen no
especificado'): 'aguda' says how the illness runs, not which of the category's codes it is,
although the catalogue files the acute name under a sibling code (A09.0). Where the category
does split by course ('leucemia mieloide aguda' C92.0 beside 'leucemia mieloide crónica' C92.1),
'aguda' names the subtype and stays one.
"""

from __future__ import annotations

import re
from functools import lru_cache

from harness.records import Hit
from checks.context import fold_output, not_claimed
from checks.evidence import evidence, input_memo
from checks.lexicon import DIAGNOSIS, entries, phrase_key
from checks.text import fold
from checks.code_tokens import norm_cie10

# Each variant's class: the open and the minimally invasive approach of an operation; general and
# regional (neuraxial, local) anaesthesia.
_OPEN = r"abiert[oa]|clasic[oa]|convencional|laparotomic[oa]|por\s+laparotomia"
_MINIMAL = r"laparoscopic[oa]|videolaparoscopic[oa]|vlp|por\s+laparoscopia|toracoscopic[oa]|videotoracoscopic[oa]"
_GENERAL = r"general"
_REGIONAL = r"raquidea|espinal|subaracnoidea|intradural|epidural|peridural|neuroaxial|regional|local"
# An operation's name (the suffixes of surgery) or anaesthesia, then at most two words, then a variant.
_SURGERY = re.compile(rf"\b(?P<head>\w+(?:ectomia|stomia|plastia|rrafia|pexia|tomia))(?:\s+\w+){{0,2}}?\s+"
                      rf"(?:(?P<open>{_OPEN})|(?P<minimal>{_MINIMAL}))\b")
# A neuraxial block is regional anaesthesia by its other name ('bloqueo peridural', 'bloqueo subaracnoideo').
_ANESTHESIA = re.compile(rf"\b(?P<head>anestesia)\s+(?:(?P<general>{_GENERAL})|(?P<regional>{_REGIONAL}))\b"
                         r"|\b(?P<raqui>raquianestesia|anestesia\s+raquidea)\b"
                         r"|\b(?P<block>bloqueo\s+(?:neuro?axial|peridural|epidural|subaracnoideo|espinal|raquideo"
                         r"|intradural|combinado\s+espinal[\s-]+epidural))\b")


# A body fluid's nature by Light's criteria, exudate or transudate: 'derrame pleural de tipo trasudado'
# where the input's fluid is an exudate names another effusion (a finding, not a detail). Read only
# where a fluid is named near the word: 'exudado faríngeo' is a swab, no fluid's nature.
_FLUID_NATURE = re.compile(r"\b(?:(?P<exudate>exudad[oa]s?|exudativ[oa]s?)|(?P<transudate>tran?sudad[oa]s?|"
                           r"tran?sudativ[oa]s?))\b")
_FLUID = re.compile(r"\b(?:derrame|liquido|ascitis|ascitico|pleural|peritoneal|pericardico|toracocentesis|"
                    r"paracentesis)\b")
FLUID = "derrame"  # the head of a fluid's nature (a finding: HAL001 reports it as a diagnosis)


# A stem of each alternative of _OPEN and _MINIMAL: a text without any (most that name an operation)
# holds no match of _SURGERY, whose scan tries \w+ at every word.
_VARIANT_STEMS = ("abiert", "clasic", "convencional", "laparotom", "laparoscop", "vlp", "toracoscop")


def _variants(folded: str) -> list[tuple[int, int, str, str]]:
    """(start, end, head, class) of each procedure variant the folded text names."""
    found = []
    if ("tomia" in folded or "stomia" in folded or "plastia" in folded or "rrafia" in folded or "pexia" in folded) \
            and any(stem in folded for stem in _VARIANT_STEMS):
        for m in _SURGERY.finditer(folded):
            found.append((m.start(), m.end(), m.group("head"), "open" if m.group("open") else "minimal"))
    if "udad" in folded or "udativ" in folded:
        for m in _FLUID_NATURE.finditer(folded):
            if _FLUID.search(folded, max(0, m.start() - 80), m.end() + 40):
                found.append((m.start(), m.end(), FLUID, "exudate" if m.group("exudate") else "transudate"))
    if "anestesia" in folded or "bloqueo" in folded:
        for m in _ANESTHESIA.finditer(folded):
            kind = "general" if m.group("general") else "regional"
            found.append((m.start(), m.end(), "anestesia", kind))
    return found


def _input_variants(doc) -> dict[str, frozenset[str]]:
    """The input's head -> the variant classes it names for it (once per distinct input)."""
    def read(value) -> dict[str, frozenset[str]]:
        table: dict[str, set[str]] = {}
        for _, _, head, kind in _variants(fold(evidence(doc).raw)):
            table.setdefault(head, set()).add(kind)
        return {h: frozenset(k) for h, k in table.items()}
    return input_memo(doc, "hal001_variants", read)


def contradicted_variants(doc):
    """HAL001 hits for each procedure variant (and fluid's nature) of the output that the input names otherwise."""
    folded = fold_output(doc.output)
    said = _variants(folded)
    if not said:
        return
    known = _input_variants(doc)
    for start, end, head, kind in said:
        other = known.get(head)
        if not other or kind in other or not_claimed(doc.output, start, end):
            continue
        text = doc.output[start:end]
        kind_es, kind = ("diagnóstico", "diagnosis") if head == FLUID else ("procedimiento", "procedure")
        yield Hit(start, end, {"kind_es": kind_es, "text": text}, {"kind": kind, "text": text})


# --- acuity ------------------------------------------------------------------------------------

_ACUTE = frozenset({"aguda", "agudo", "agudas", "agudos"})


@lru_cache(maxsize=1)
def _codes_by_name() -> dict[str, frozenset[str]]:
    """A diagnosis name's key -> the code keys (no dot) that name stands for."""
    table: dict[str, set[str]] = {}
    for e in entries():
        if e.kind == DIAGNOSIS and e.code:
            for k in e.keys:
                table.setdefault(k, set()).add(norm_cie10(e.code))
    return {k: frozenset(v) for k, v in table.items()}


@lru_cache(maxsize=1)
def _split_by_course() -> frozenset[str]:
    """The categories (three characters) with a code the catalogue names as chronic."""
    return frozenset(norm_cie10(e.code)[:3] for e in entries()
                     if e.kind == DIAGNOSIS and e.code and any(w.startswith("cronic") for k in e.keys
                                                                for w in k.split()))


def acuity_only(mention_text: str, code_key: str) -> bool:
    """Whether the mention is the input's code ``code_key`` (no dot) named with an acuity word that
    its category does not code: the name without the word names that very code."""
    words = phrase_key(mention_text).split()
    if _ACUTE.isdisjoint(words) or code_key[:3] in _split_by_course():
        return False
    plain = " ".join(w for w in words if w not in _ACUTE)
    codes = _codes_by_name().get(plain, ())
    # an input code that is a bare category (A09) is named by any of its codes' names
    return code_key in codes or len(code_key) == 3 and any(c[:3] == code_key for c in codes)
