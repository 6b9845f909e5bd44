"""COD005: the term just before a code's parenthesis names what the input (or,
without a label there, the catalogue) says the code is. Registered through
the COD family's module (checks.cod re-exports it), like every check of a
family; HAL001 asks ``names_its_code`` for an input code named otherwise."""

from __future__ import annotations

import re
from functools import lru_cache

from harness.records import Hit, Severity
from harness.registry import Document, check
from checks.code_kin import LOBES, named_by_kin
from checks.code_sites import named_by_reading
from checks.code_terms import CLAUSE, LEAD_IN, after_frame, term_before, without_lead_in
from checks.evidence import code_key, evidence, input_memo
from checks.lexicon import by_code, entries, phrase_key
from checks.naming import names_match
from checks.text import STOPWORDS
from checks.code_tokens import CodeToken, find_code_tokens, is_well_formed, output_codes


@lru_cache(maxsize=1)
def _names_by_name() -> dict[str, tuple[str, ...]]:
    """Every catalogue name -> the names of the entries it names (built once)."""
    index: dict[str, list[str]] = {}
    for e in entries():
        for key in e.keys:
            index.setdefault(key, []).extend(e.keys)
    return {key: tuple(dict.fromkeys(names)) for key, names in index.items()}


def _variants_for_label(label_key: str) -> tuple[str, ...]:
    """Catalogue names of the entries one of whose names is this label."""
    return _names_by_name().get(label_key, ())


# A drug row names the drug, then its regimen: 'Nicardipino 5 mg/h EV en infusión continua'.
_REGIMEN = re.compile(r"\s+(?=\d)")

_LOOKS_LIKE_CODE = re.compile(r"\s*[A-Za-z]\d\d")


@lru_cache(maxsize=16384)
def _whole_code(value: str) -> CodeToken | None:
    """The code a short string is, if it is nothing else ('N17.9', 'C08CA05')."""
    tokens = find_code_tokens(value.strip().upper())
    if len(tokens) == 1 and tokens[0].end - tokens[0].start == len(value.strip()):
        return tokens[0] if is_well_formed(tokens[0], extended=True) else None
    return None


def _row_labels(value: object) -> dict[str, list[str]]:
    """Codes given as rows, ``["N17.9", "Insuficiencia renal aguda"]``: the
    code beside its name in one list, as tables are often exported."""
    found: dict[str, list[str]] = {}
    stack = [value]
    looks = _LOOKS_LIKE_CODE.match
    while stack:
        item = stack.pop()
        kind = type(item)
        if kind is dict:
            stack.extend(v for v in item.values() if type(v) is dict or type(v) is list)
        elif kind is list:
            if 2 <= len(item) <= 4 and all(type(v) is str for v in item):
                codes = [(v, c) for v in item if len(v) <= 12 and looks(v) and (c := _whole_code(v)) is not None]
                if len(codes) == 1:
                    labels = [v for v in item if v is not codes[0][0] and sum(map(str.isalpha, v)) >= 2]
                    found.setdefault(code_key(codes[0][1]), []).extend(labels)
                continue
            stack.extend(v for v in item if type(v) is dict or type(v) is list)
    return found


def _drug_part(labels: list[str], family: str) -> list[str]:
    if family == "atc":  # the drug, without its dose, route and frequency
        labels = [_REGIMEN.split(label, maxsplit=1)[0] for label in labels]
    return [label for label in labels if sum(map(str.isalpha, label)) >= 2]


@lru_cache(maxsize=16384)
def _catalogue_agrees(label_keys: tuple[str, ...], catalogue_keys: tuple[str, ...]) -> bool:
    """The catalogue's names are synonyms of the input's label when one of
    them is named by it ('Hipertensión esencial (primaria)' and
    'hipertensión arterial'); a site whose label says another thing
    (nicardipino under a code the catalogue calls nifedipino) is followed."""
    return any(names_match(list(catalogue_keys), label, label, 85.0) for label in label_keys)


def _catalogue_names(family: str, key: str):
    """The code's catalogue entry or, for a CIE-10 subcode the catalogue
    lacks, its category's general entry ('gota' for M10.0, filed as M10.9):
    the category's name is a shortened name of every subcode."""
    table = by_code()
    entry = table.get(key)  # what catalogue_entry finds for the code
    if entry is None and family == "cie10":
        entry = table.get(key[:3] + "9") or table.get(key[:3])
    return entry


def _names_for(doc: Document, family: str, key: str) -> tuple[str, tuple[str, ...]]:
    """What the code of this family and key (code_key) is called (for the
    message) and every acceptable name key: they depend only on the labels
    the input gives the code, and are read once for those (_read_names)."""
    ev = evidence(doc)
    read = (ev.atc if family == "atc" else ev.cie10).get(key)
    # a code given as a row beside its name leaves the evidence without a label:
    # only then is the input walked for rows (once per distinct input)
    rows = () if read else tuple(input_memo(doc, "cod005_rows", _row_labels).get(key, ()))
    return _read_names(family, key, tuple(read) if read else (), rows)


_DELIVERY_BY = "parto por "
# A label that gives its abbreviation in parentheses, 'Sulfato de magnesio (MgSO4)': one word of two
# capitals or more ('HRZE', 'MgSO4'), not a qualifier ('(primaria)', '(GOLD 3)') nor a code.
_ABBREVIATION_GIVEN = re.compile(r"\(\s*((?=(?:[^\W\d_]*[A-ZÁÉÍÓÚÑ]){2})[^\W_][\w+/-]{1,9})\s*\)")


_OR = frozenset({"o", "u"})


def _alternatives(key: str) -> tuple[str, ...]:
    """A title that opens with two nouns as alternatives names each with what follows them:
    'Crisis o tormenta tirotóxica' (E05.5) is 'crisis tirotóxica' and 'tormenta tirotóxica',
    'Estrechez o estenosis congénita del esófago' (Q39.3) 'estenosis congénita del esófago'.
    Only a leading pair of words: 'comportamiento incierto o desconocido' qualifies, it does not name."""
    words = key.split()
    if len(words) < 3 or words[1] not in _OR or words[0] in STOPWORDS or words[2] in STOPWORDS:
        return ()
    rest = words[3:]
    return " ".join([words[0], *rest]), " ".join(words[2:])


@lru_cache(maxsize=16384)  # keyed on the input's labels for the code: the same drug rows recur across inputs
def _read_names(family: str, key: str, read: tuple[str, ...], rows: tuple[str, ...]) -> tuple[str, tuple[str, ...]]:
    """What the code is called and its name keys, from the labels the input
    gives it (``read``: around it in prose; ``rows``: beside it in a row). The
    input's own label wins: the catalogue is consulted only for a code the
    input does not name (a site may file nicardipino under a code the
    catalogue calls nifedipino; the text follows the site)."""
    row_labels = _drug_part(list(rows), family)
    # labels read around a code in prose are a guess ('luego amoxicilina'); a row is not
    labels = row_labels + _drug_part(list(read), family)
    names = [phrase_key(label) for label in labels]
    names.extend(phrase_key(m.group(1)) for label in labels for m in _ABBREVIATION_GIVEN.finditer(label))
    if family == "cie10":  # a delivery is named by how it was done: 'parto por cesárea de urgencia' (O82.1)
        names.extend(n[len(_DELIVERY_BY) :] for n in names if n.startswith(_DELIVERY_BY))
        names.extend(alt for n in list(names) for alt in _alternatives(n))
    for name in list(names):
        names.extend(_variants_for_label(name))
    entry = _catalogue_names(family, key)
    # a CIE-10 code means one thing everywhere: the catalogue's clinical names
    # ('hipertensa', 'EPOC') paraphrase the input's official title; an ATC row
    # is a site's drug list, followed where it names another drug
    if entry is not None and (family == "cie10" or not row_labels
                              or _catalogue_agrees(tuple(map(phrase_key, row_labels)), entry.keys)):
        names.extend(entry.keys)
    shown = labels[0] if labels else entry.label if entry else ""
    return shown, tuple(n for n in dict.fromkeys(names) if n)


_MARKUP = re.compile(r"[*_`~]+")
# COD005's default cutoff for a term to name a code (0-100); HAL001 reads coded diagnoses with COD005's
# cutoff as configured (names_its_code).
MIN_SCORE = 85.0
# A side says where, not what: 'celulitis orbitaria izquierda' names H05.0 whatever the side
# (a side against the input's is HAL004's finding).
_SIDE_WORDS = frozenset({"derecho", "derecha", "izquierdo", "izquierda", "bilateral", "derecho", "izquierdo"}) | LOBES


def _without_sides(key: str) -> str:
    return " ".join(w for w in key.split() if w not in _SIDE_WORDS)


def _matches_loosely(text: str, start: int, names: tuple[str, ...], key: str, cutoff: float) -> bool:
    """The term matches once its side words are left out of it and of the names, or, when the
    term names nothing of the catalogue by itself ('episodio moderado', 'desplazamiento dorsal'),
    together with the comma segment before it ('trastorno depresivo recurrente, episodio moderado'),
    through the connective that cut it ('fractura de Colles, de radio distal con desplazamiento dorsal')."""
    bare = _without_sides(key)
    if bare != key or any(_without_sides(n) != n for n in names):
        bare_names = [_without_sides(n) for n in names]
        if bare and names_match(bare_names, bare, bare, cutoff):
            return True
    head = text[max(0, start - 200) : start].rstrip()
    if key in _names_by_name():
        return False
    if not head.endswith(","):  # cut by a connective: the clause up to it, and the comma segment before
        linked = CLAUSE.split(head)[-1]
        head, key = head[: len(head) - len(linked)].rstrip(), phrase_key(linked + " " + key)
        if not head.endswith(","):
            return False
    before = CLAUSE.split(head[:-1])[-1]
    joined = phrase_key(without_lead_in(after_frame(before).strip()) + " " + key)
    return any(n in f" {joined} " or joined.startswith(n) for n in names if len(n.split()) >= 2)


# 'preeclampsia con criterios de severidad (O14.1)', 'pancreatitis con criterios de gravedad': the
# criteria qualify the name before 'con' as 'severa' / 'grave' do.
_CRITERIA = ("criterio de severidad", "criterio de gravedad")
_NAME_BEFORE_CON = re.compile(r"([^\W\d][\w-]*(?:\s+[^\W\d][\w-]*){0,3})\s+con\s+$")


def _with_criteria(text: str, start: int, key: str) -> str:
    head = _NAME_BEFORE_CON.search(text[max(0, start - 80) : start])
    if head is None:
        return key
    name = phrase_key(LEAD_IN.sub("", after_frame(head.group(1)).strip()))
    return f"{name} {'severa' if key.startswith(_CRITERIA[0]) else 'grave'}" if name else key


def _another_code_named(doc: Document, code: CodeToken, key: str) -> bool:
    """``key`` is exactly the name the input (or the catalogue) gives another code of its own."""
    ev = evidence(doc)
    own = code_key(code)
    given = ev.cie10 if code.family == "cie10" else ev.atc  # by code key
    if own not in given:
        return False  # a code the input lacks is COD002/COD004's finding
    return any(other != own and key in _names_for(doc, code.family, other)[1] for other in given)


@check("COD005", "code-label-mismatch", Severity.ERROR,
       "El término «{term}» no corresponde al código {code} ({expected})")
def code_label_mismatch(doc: Document, *, min_score: float = MIN_SCORE):
    """The term just before ``(CODE)`` names what the input says the code is
    (or, without a label in the input, what the catalogue says).

    Okay: Ingresa por neumonía (J18.9) con diabetes mellitus tipo 2 (E11.9).
    COD005: Ingresa por diabetes mellitus (J18.9).   [input pairs J18.9 with neumonía]
    """
    text = doc.output
    codes = output_codes(doc)
    # codes come in order of place and parentheses never nest: the codes of one parenthesis
    # are neighbours, so a shared one is found by comparing each code with the next
    parens = [c.paren for c in codes]
    shared = {p for p, after in zip(parens, parens[1:]) if p is not None and p == after}
    for code in codes:
        if code.paren is None or not is_well_formed(code, extended=True):
            continue
        if code.paren in shared:
            continue  # a shared parenthesis is COD001/COD003's finding
        hit = _mismatch(doc, text, code, min_score)
        if hit is not None:
            yield hit


def _mismatch(doc: Document, text: str, code: CodeToken, min_score: float) -> Hit | None:
    """COD005's finding for one code in its own parenthesis, if the term before it names another thing."""
    shown, names = _names_for(doc, code.family, code_key(code))
    if not names:
        return None  # nothing known about this code: cannot judge
    start, end, clause = term_before(text, code)
    framed = after_frame(text[start:end])
    start = end - len(framed)
    term = without_lead_in(framed.strip())
    # '__preeclampsia severa__': FMT002's finding, not this one's (substring tests first: rare)
    marked = "*" in term or "_" in term or "`" in term or "~" in term
    key = phrase_key(_MARKUP.sub(" ", term) if marked else term)
    if sum(map(str.isalpha, key)) < 3:
        return None  # no term written before the code
    clause = phrase_key(clause)
    if key.startswith(_CRITERIA):
        key = _with_criteria(text, start, key)
    if names_match(names, key, clause, min_score) or _matches_loosely(text, start, names, key, min_score):
        if key in names or not _another_code_named(doc, code, key):
            return None
        # the term is exactly another input code's name and only loosely this one's: swapped codes
    elif (code.family == "cie10" and (named_by_kin(text, start, names, term, key, clause, code_key(code), min_score)
                                      or named_by_reading(names, key, clause, min_score, (
                                          _names_for(doc, "cie10", o)[1] for o in evidence(doc).cie10
                                          if o != code_key(code))))
          and not _another_code_named(doc, code, key)):
        return None  # named by its category's kin or site by site, and not exactly another input code's name
    lead = start + (len(text[start:end]) - len(text[start:end].lstrip()))
    return Hit(lead, code.end, {"term": term, "code": code.text, "expected": shown},
               {"term": term, "code": code.text, "expected": shown})


def names_its_code(doc: Document, code: CodeToken) -> bool:
    """Whether the term before an input code in its own parenthesis names it, as COD005 reads it (HAL001:
    'ICC descompensada (I50.9)' is the input's coded diagnosis by another of its names)."""
    if code.paren is None or not is_well_formed(code, extended=True):
        return False
    if not _names_for(doc, code.family, code_key(code))[1]:
        return False  # nothing known about the code: COD005 does not judge it, so it names nothing
    return _mismatch(doc, doc.output, code, doc.options.get("COD005", {}).get("min_score", MIN_SCORE)) is None
