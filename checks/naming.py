"""Does a term written in a text name a catalogue name? Exact words first,
then small typos (rapidfuzz), shortened and reordered forms: how COD005
compares the term before a code with the names the input or the catalogue
gives that code."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from rapidfuzz import fuzz

from checks.lexicon import catalogue_rows, entries, phrase_key, split_cell
from checks.text import STOPWORDS


@lru_cache(maxsize=1)
def name_words() -> frozenset[str]:
    """The head nouns of catalogue names ('encefalopatia', 'cirrosi'): a term
    that holds one names that, not what its tail might name."""
    return frozenset(key.split()[0] for e in entries() for key in e.keys if key) - STOPWORDS


_CONNECTIVE = re.compile(r"\b(?:y|e|o|con|sin|por|mas|asociad[oa])\b")


def words_within(needle: str, haystack: str, cutoff: float) -> bool:
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


# Abbreviations of a word that diagnoses' names hold written out: 'RN pretérmino' is 'recién nacido
# pretérmino', 'hijo de madre diabética' aside. Phrase keys (folded, lower case).
_WORD_ABBREVIATIONS = {"rn": "recien nacido", "rnt": "recien nacido a termino", "rnpt": "recien nacido pretermino"}


def _written_out(key: str) -> str:
    return " ".join(_WORD_ABBREVIATIONS.get(w, w) for w in key.split())


# A salt written with its element's chemical symbol ('sulfato de Mg', 'cloruro de K', 'gluconato de Ca',
# 'carbonato de Li'): the symbol is the element's name. Only after a salt's anion: 'mg' alone is a dose.
# The symbols are aliases.csv's, those written as chemistry writes one ('Mg', 'K', 'Zn'; the lower-case
# 'cr' of creatinina is no chromium), as phrase keys, each to its row's name.
_CHEMICAL_SYMBOL = re.compile(r"[A-Z][a-z]?")
_ELEMENT_SYMBOLS = {phrase_key(alias): phrase_key(row["name"]) for row in catalogue_rows("aliases.csv")
                    for alias in split_cell(row["aliases"]) if _CHEMICAL_SYMBOL.fullmatch(alias)}
_SALT_BY_SYMBOL = re.compile(r"\b((?:sulfato|cloruro|gluconato|bicarbonato|carbonato|fosfato|citrato|lactato|"
                             rf"acetato|oxido|hidroxido) de) ({'|'.join(sorted(_ELEMENT_SYMBOLS))})\b")


def _element_written_out(key: str) -> str:
    return _SALT_BY_SYMBOL.sub(lambda m: f"{m.group(1)} {_ELEMENT_SYMBOLS[m.group(2)]}", key)


def names_match(names: Sequence[str], term: str, clause: str, cutoff: float) -> bool:
    if _named_exactly(names, term, clause):  # the common case: no other reading needed
        return True
    words = term.split()
    noun = _bearer_named(names, words)
    if noun is not None:
        # 'varón de 58 años, miope alto (H52.1)': the adjective that names the patient by the condition
        # ('miope', 'cirrótico', 'hipertensa') is the condition's name ('miopía alta')
        i, head = noun
        rewritten = " ".join([*words[:i], head, *words[i + 1 :]])
        if _names_match(names, rewritten, f" {clause} ".replace(f" {words[i]} ", f" {head} ").strip(), cutoff):
            return True
    if " de " in term and not _ELEMENT_SYMBOLS.keys().isdisjoint(words):
        # 'sulfato de Mg (A12CC02)': the salt with its element written out
        salt = _element_written_out(term)
        if salt != term and _names_match(names, salt, _element_written_out(clause), cutoff):
            return True
    if any(w in _WORD_ABBREVIATIONS for w in words):
        # 'dificultad respiratoria en RN pretérmino (P07.3)': the term with its abbreviations written out
        return _names_match(names, _written_out(term), _written_out(clause), cutoff) or _names_match(
            names, term, clause, cutoff)
    return _names_match(names, term, clause, cutoff, exact=False)


def _named_exactly(names: Sequence[str], term: str, clause: str) -> bool:
    """A name written in full inside the term, or inside the clause for a name that holds a connective."""
    padded, padded_clause = f" {term} ", f" {clause} "
    return any(f" {name} " in padded or (f" {name} " in padded_clause and _CONNECTIVE.search(name))
               for name in names)


# Words that name a patient, before the adjective that names them by a condition: 'paciente cirrótico',
# 'mujer diabética'. Phrase keys.
_PERSONS = frozenset({"paciente", "varon", "hombre", "mujer", "nino", "nina", "lactante", "adolescente", "adulto",
                      "adulta", "anciano", "anciana", "senor", "senora", "persona"})


# Nouns whose look-alike adjective names no bearer of theirs: 'crítico' is no one with a crisis, and
# 'enfermo' is the bearer of any disease, not of 'enfermedad de Addison'.
_NO_BEARER = frozenset({"crisi", "enfermedad"})


@lru_cache(maxsize=8192)
def bearer_forms(noun: str) -> frozenset[str]:
    """The adjectives that name the bearer of a condition, from the phrase key of the condition's noun:
    'miopia' -> 'miope', 'cardiopatia' -> 'cardiopata', 'epilepsia' -> 'epileptico', 'cirrosi' (cirrosis)
    -> 'cirrotico', 'hipertension' -> 'hipertenso', 'diabet' (diabetes) -> 'diabetico', 'asma' ->
    'asmatico', 'obesidad' -> 'obeso', 'alcoholismo' -> 'alcoholico'; both genders. Spanish derives them
    by these endings only; a noun with none has no such form here."""
    forms: list[str] = []
    if noun in _NO_BEARER:
        return frozenset()
    if len(noun) >= 6 and noun.endswith("ia"):
        forms += [noun[:-2] + "e", noun[:-2] + "a", noun[:-2] + "ico", noun[:-2] + "ica"]
        if noun.endswith("sia"):
            forms += [noun[:-3] + "tico", noun[:-3] + "tica"]
    elif len(noun) >= 5 and noun.endswith("si"):
        forms += [noun[:-2] + "tico", noun[:-2] + "tica"]
    elif len(noun) >= 8 and noun.endswith("sion"):
        forms += [noun[:-3] + "o", noun[:-3] + "a"]
    elif len(noun) >= 6 and noun.endswith("idad"):
        forms += [noun[:-4] + "o", noun[:-4] + "a"]
    elif len(noun) >= 7 and noun.endswith("ismo"):
        forms += [noun[:-4] + "ico", noun[:-4] + "ica"]
    elif len(noun) >= 4 and noun.endswith("ma"):
        forms += [noun + "tico", noun + "tica"]
    elif len(noun) >= 5 and noun[-1] not in "aeiou":  # a plural-looking noun keyed without '-es': 'diabet'
        forms += [noun + "ico", noun + "ica"]
    return frozenset(forms)


def _bearer_named(names: Sequence[str], words: list[str]) -> tuple[int, str] | None:
    """Where the term starts (after any article) with the adjective naming the bearer of a name's head
    noun ('miope alto' for 'miopía'), or has it right after a word for the patient ('ascitis en paciente
    cirrótico'), and that noun."""
    bearers = _bearers(tuple(names))
    if not bearers:
        return None
    first = next((i for i, w in enumerate(words) if w not in STOPWORDS and w not in _PERSONS), None)
    if first is None:
        return None
    for i in (first, *(i + 1 for i in range(first, len(words) - 1) if words[i] in _PERSONS)):
        head = bearers.get(words[i])
        if head is not None:
            return i, head
    return None


@lru_cache(maxsize=8192)
def _bearers(names: tuple[str, ...]) -> dict[str, str]:
    """Each bearer adjective of the names' head nouns -> its noun, the first name's where two share one
    (read once per set of names: COD005 asks it of every code it compares)."""
    table: dict[str, str] = {}
    for name in names:
        head = name.split(" ", 1)[0]
        for form in bearer_forms(head):
            if form != head:
                table.setdefault(form, head)
    return table


def _names_match(names: Sequence[str], term: str, clause: str, cutoff: float, exact: bool = True) -> bool:
    """Does the term before a code name it?

    ``term`` runs back to the previous punctuation or connective ('y', 'con');
    ``clause`` to the previous punctuation only, for names that themselves
    hold a connective ('úlcera gástrica con hemorragia'). A name may be
    written in full inside the term (with a dose or a verb around it), or the
    term may be a shortened form of the name ('neumonía' for 'neumonía
    adquirida en la comunidad', 'Enterococcus faecalis' for 'infección por
    Enterococcus faecalis'). ``exact=False``: the caller has tried the full name already."""
    if exact and _named_exactly(names, term, clause):  # the common case: no fuzzy scoring needed
        return True
    words = term.split()
    # the term without leading verbs ('recibe n acetilcisteina' -> 'n acetilcisteina')
    # a leading head noun is never dropped: in 'encefalopatía hepática' the tail
    # 'hepática' is not the term ('cirrosis hepática' holds it too)
    vocabulary = name_words()
    tails = [t for t, dropped in ((" ".join(words[-j:]), words[:-j]) for j in range(1, len(words)))
             if len(t) >= 8 and vocabulary.isdisjoint(dropped)]
    term_words = set(words) | set(clause.split())
    for name in names:
        target = clause if _CONNECTIVE.search(name) else term
        if len(name) <= len(target):
            if words_within(name, target, cutoff):
                return True
        elif any(words_within(t, name, cutoff) for t in (term, *tails) if len(t) >= 8):
            return True
        content = [w for w in name.split() if w not in STOPWORDS]
        if len(content) >= 2 and term_words.issuperset(content):
            return True  # the name's words, reordered or split: 'embolias sépticas pulmonares'
        if content and shortened(words, content):
            return True
    return False


# A noun and its adjective on one stem: 'obstrucción'/'obstructiva', 'infección'/'infecciosa',
# 'inflamación'/'inflamatoria' (phrase keys: no accents). Only these endings: words that share a longer
# prefix are not one word by it ('colecistitis'/'colecistectomía').
_NOUN_ENDS = ("cion", "sion")
_ADJECTIVE_ENDS = ("tivo", "tiva", "ivo", "iva", "oso", "osa", "orio", "oria", "ico", "ica")


def same_word(a: str, b: str) -> bool:
    """One word, inflected or derived: 'biliar'/'biliares', 'asma'/'asmática',
    'obstrucción'/'obstructiva'. Only a suffix may differ: medical words share
    their first letters ('hipertensión'/'hipercolesterolemia', 'hepática'/'hepatopatía')."""
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    if len(short) >= 4 and long_.startswith(short) and len(long_) - len(short) <= 5:
        return True
    return _noun_and_adjective(a, b) or _noun_and_adjective(b, a) or _adjective_of_ia(a, b) or _adjective_of_ia(b, a)


def _adjective_of_ia(noun: str, adjective: str) -> bool:
    """'dislipemia'/'dislipémico', 'anemia'/'anémica', 'alergia'/'alérgico': a noun in -ia and the
    adjective that names its bearer, the noun less its '-ia' then '-ico'/'-ica'."""
    return len(noun) >= 6 and noun.endswith("ia") and adjective[:-1] == noun[:-2] + "ic" and adjective[-1] in "oa"


def _noun_and_adjective(noun: str, adjective: str) -> bool:
    """'obstruccion'/'obstructiva': the noun's stem less its last consonant ('obstruc') begins the
    adjective, and what follows is an adjective ending ('tiva')."""
    if not noun.endswith(_NOUN_ENDS) or len(noun) < 8:
        return False
    stem = noun[:-4].rstrip("cs") or noun[:-4]
    rest = adjective[len(stem) :]
    return len(stem) >= 4 and adjective.startswith(stem) and rest.lstrip("cs").endswith(_ADJECTIVE_ENDS) \
        and len(rest) <= 6


def shortened(term_words: list[str], name_content: list[str]) -> bool:
    """The term ends with the name shortened: its head noun first, then only
    words of the name ('úlcera perforada' for 'úlcera gástrica perforada',
    'hemorragia intracerebral subcortical' for 'hemorragia intracerebral en
    hemisferio, subcortical'). A word the name lacks ('tipo 1' against 'tipo
    2') keeps it from matching."""
    head = name_content[0]
    for i, word in enumerate(term_words):
        if same_word(word, head):
            tail = [w for w in term_words[i + 1 :] if w not in STOPWORDS]
            return all(any(same_word(w, n) for n in name_content[1:]) for w in tail)
    return False


__all__ = ["bearer_forms", "name_words", "names_match", "same_word", "shortened", "words_within"]
