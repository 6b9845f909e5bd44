"""Where a diagnosis is, read as clinicians write it, for COD005: an organ by
its noun, its adjective or its Greek/Latin root ('bazo', 'esplénico',
'esplenomegalia'), and the organ it lies within (the testicle in the male
genital organs, the hypochondrium in the upper abdomen), from the curated
table catalog/sites.csv, so that a term and a code's title are compared site
by site. Each reading is for a kind of title:

- residual titles ('Otros trastornos especificados del riñón y del uréter',
  'Trastorno de la vejiga, no especificado'): coders file there the specific
  conditions of that site that have no code of their own ('quistes
  hepáticos', 'hernia vesical', 'dolor testicular'); a term that says a
  lesion of the site names the code, a neoplasm or an injury does not;
- neoplasm titles ('Tumor maligno del colon descendente', 'Tumor benigno de
  la vejiga'): a morphology word says the behaviour ('adenocarcinoma',
  'leiomioma', 'metástasis') and the term's sites must lie in the title's;
- acquired absence ('histerectomía' for 'Ausencia adquirida de órganos
  genitales') and personal history ('infecciones urinarias de repetición',
  'exfumador');
- any other title: the term says what the title says (or part of it) of the
  title's site or a part of it ('absceso esplénico' for 'Absceso del bazo',
  'tuberculosis renal' for 'Tuberculosis del aparato genitourinario'); a
  root and a Greek suffix are the noun and the site written apart
  ('epigastralgia' is 'dolor epigástrico').
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from checks.code_agents import named_by_agent
from checks.lexicon import catalogue_rows, phrase_key, split_cell
from checks.naming import names_match, same_word
from checks.text import STOPWORDS


@lru_cache(maxsize=1)
def _table() -> tuple[dict[tuple[str, ...], str], tuple[tuple[str, str], ...], dict[str, str], dict[str, str]]:
    """(site phrase as words -> site, (root, site) pairs, site -> the site it lies within,
    site -> its first name's key) from catalog/sites.csv, built once."""
    rows = catalogue_rows("sites.csv")
    phrases: dict[tuple[str, ...], str] = {}
    roots: list[tuple[str, str]] = []
    within: dict[str, str] = {}
    noun: dict[str, str] = {}
    for row in rows:
        site = row["site"]
        names = split_cell(row["names"])
        noun[site] = phrase_key(names[0])
        for form in (*names, *split_cell(row["adjectives"])):
            phrases.setdefault(tuple(phrase_key(form).split()), site)
        roots.extend((phrase_key(root), site) for root in split_cell(row["prefixes"]))
        if row["within"]:
            within[site] = row["within"]
    return phrases, tuple(roots), within, noun


@lru_cache(maxsize=8192)
def _read(key: str, with_roots: bool) -> tuple[tuple[str, ...], frozenset[str], tuple[str, ...]]:
    """The key's words with each site phrase written as its site's noun, the sites it names
    directly (by roots too when ``with_roots``: 'nefritis', 'gastrectomía'), and its words
    outside its site phrases (what it says is there)."""
    phrases, roots, _within, noun = _table()
    words = key.split()
    out: list[str] = []
    rest: list[str] = []
    found: set[str] = set()
    after_compound = False  # 'encefalopatía hepática': an organ's adjective after a compound is its cause
    i = 0
    while i < len(words):
        for size in (5, 4, 3, 2, 1):
            site = phrases.get(tuple(words[i : i + size])) if i + size <= len(words) else None
            if site is not None:
                out.append(noun[site])
                if after_compound:
                    rest.append(noun[site])
                else:
                    found.add(site)
                after_compound = False
                i += size
                break
        else:
            word = words[i]
            split = _compound(word, roots) if len(word) >= 7 else None
            if split is not None:  # 'blefaroptosis' is 'ptosis' of the 'párpado', on either side
                out.extend((split[1], noun[split[0]]))
                rest.append(split[1])
                found.add(split[0])
                after_compound = True
                i += 1
                continue
            after_compound = False
            if with_roots and len(word) >= 7:
                found.update(site for root, site in roots if word.startswith(root) and len(word) >= len(root) + 3)
            out.append(word)
            rest.append(word)
            i += 1
    return tuple(out), frozenset(found), tuple(rest)


# Greek suffixes a root takes, as the noun a clinician writes beside the site instead:
# 'epigastralgia' is 'dolor epigástrico', 'nefrolitiasis' 'litiasis renal', 'blefaroptosis' 'ptosis palpebral'.
_SUFFIXES = {"algia": "dolor", "rragia": "hemorragia", "megalia": "aumento", "ptosi": "ptosi",
             "litiasi": "litiasi", "patia": "enfermedad"}


def _compound(word: str, roots: tuple[tuple[str, str], ...]) -> tuple[str, str] | None:
    """(site, noun) for a word that is a site's root and one of _SUFFIXES, joined or by an 'o'."""
    for root, site in roots:
        if word.startswith(root):
            tail = word[len(root) :]
            noun = _SUFFIXES.get(tail) or (_SUFFIXES.get(tail[1:]) if tail[:1] == "o" else None)
            if noun is not None:
                return site, noun
    return None


@lru_cache(maxsize=1024)
def _with_ancestors(sites: frozenset[str]) -> frozenset[str]:
    within = _table()[2]
    found = set(sites)
    for site in sites:
        while site in within:
            site = within[site]
            found.add(site)
    return frozenset(found)


# Residual titles: a generic kind ('otros trastornos', 'enfermedad') then where, specified or not.
_RESIDUAL = re.compile(r"^(?:otr[oa] )?(?:trastorno|enfermedad|afeccion|alteracion|lesion)\b.*\bespecificad")
# Head nouns that say only what kind of lesion a site has, not which disease: with a site they
# name that site's residual code ('masa renal', 'dolor testicular', 'quistes hepáticos').
_GENERIC = frozenset(phrase_key(w) for w in (
    "masa", "tumoración", "tumefacción", "lesión", "quiste", "dolor", "dilatación", "hernia", "herniación",
    "absceso", "edema", "hemorragia", "sangrado", "hematoma", "inflamación", "infección", "atrofia",
    "calcificación", "nódulo", "úlcera", "fístula", "estenosis", "obstrucción", "perforación", "rotura",
    "aumento", "alteración", "deterioro", "trastorno", "enfermedad", "afectación", "afección", "disfunción",
    "patología", "coágulo", "pólipo", "infarto", "necrosis", "adherencia", "engrosamiento", "hipertrofia",
    "debilidad", "espasmo", "fibrosis", "anomalía", "malformación", "ectasia"))
# Words that make a term a neoplasm or an injury: those have codes of their own (C/D00-D48, S/T),
# never a residual code of another chapter ('carcinoma renal' is not 'otro trastorno del riñón').
_OWN_CHAPTER = frozenset(phrase_key(w) for w in (
    "tumor", "neoplasia", "neo", "cáncer", "traumatismo", "fractura", "herida", "contusión", "laceración"))
_MALIGNANT_PARTS = ("carcinom", "sarcom", "blastom", "linfom", "melanom", "mielom", "leucemi", "mesoteliom",
                    "seminom", "germinom", "gliom")
_BENIGN = frozenset(phrase_key(w) for w in (
    "adenoma", "leiomioma", "mioma", "lipoma", "fibroma", "hemangioma", "angioma", "papiloma", "schwannoma",
    "neurinoma", "meningioma", "feocromocitoma", "osteoma", "condroma", "neurofibroma", "cistoadenoma",
    "quistoadenoma", "fibroadenoma", "angiomiolipoma", "oncocitoma", "teratoma",
    # benign tumours whose names hold a malignant part ('-blastoma')
    "hemangioblastoma", "osteoblastoma", "condroblastoma", "lipoblastoma"))
_SECONDARY = ("metasta", "secundari")


def _behaviour(words: tuple[str, ...]) -> str:
    """'malignant', 'benign', 'secondary', 'neoplasm' (behaviour unsaid) or '' for a term's words."""
    if "situ" in words or "intraepitelial" in words:
        return "in situ"  # 'carcinoma in situ' is its own title's, by its words
    if any(w.startswith(_SECONDARY) for w in words):
        return "secondary"
    if any(part in w for w in words if w not in _BENIGN for part in _MALIGNANT_PARTS) or "maligno" in words \
            or "cancer" in words:
        return "malignant"
    if any(w in _BENIGN for w in words) or "benigno" in words:
        return "benign"
    # 'neo de pulmón': the clinician's short form of 'neoplasia'
    return "neoplasm" if "tumor" in words or "neoplasia" in words or "neo" in words else ""


def _title_behaviour(name: str) -> str:
    if name.startswith("tumor maligno secundario"):
        return "secondary"
    if name.startswith("tumor maligno"):
        return "malignant"
    if name.startswith("tumor benigno"):
        return "benign"
    if name.startswith("tumor de comportamiento incierto"):
        return "neoplasm"
    return ""


_PROCEDURE_PARTS = ("ectom", "ostomi", "otomi", "plasti")


@lru_cache(maxsize=1)
def _site_words() -> frozenset[str]:
    return frozenset(w for phrase in _table()[0] for w in phrase)


# a generic noun's stem, so that its inflections and adjectives read as it ('quistes', 'doloroso',
# 'edematoso'): all but its last two letters, four at least ('hipertrofia' is not 'hipertensión')
_GENERIC_STEMS = tuple(sorted({g[: max(4, len(g) - 2)] for g in _GENERIC}))


@lru_cache(maxsize=4096)
def _generic_like(word: str) -> bool:
    return word.startswith(_GENERIC_STEMS)


def _says_a_lesion(words: tuple[str, ...]) -> bool:
    """Whether a term says what a site has, not only where: its head is a generic lesion noun ('masa
    renal') or a site's root word ('nefropatía', 'gingivorragia'), or a site noun is qualified by a
    generic lesion's adjective ('testículo doloroso'). A lone 'renal', or 'testículo supernumerario'
    (a malformation, with a code of its own), says no lesion of a residual title."""
    head = next((w for w in words if w not in STOPWORDS), "")
    if _generic_like(head):
        return True
    if head not in _site_words():
        # a root word that names a disease of its own ('hepatitis', 'nefritis': '-itis') or a procedure
        # ('histerectomía') is no residual lesion of the site
        if not head or head.endswith(("iti", "itis")) or any(p in head for p in _PROCEDURE_PARTS):
            return False
        return bool(_read(head, True)[1])
    return any(_generic_like(w) for w in words if w != head and w not in _site_words())


@lru_cache(maxsize=8192)  # keyed on the code's names and the term: the same pairs recur across records
def named_by_site(names: tuple[str, ...], key: str, cutoff: float) -> bool:
    """Whether the term (phrase key) names one of the code's names read site by site: a residual
    title's site, a neoplasm title's behaviour and site, or a title whose site words it writes
    otherwise ('absceso esplénico', 'Absceso del bazo')."""
    words, direct, _rest = _read(key, True)
    if not direct:
        return _EX_AGENT.match(key) is not None and any(
            name.startswith(_HISTORY) and _past_condition(key, name, frozenset(), words, "") for name in names)
    # 'dolor abdominal en FID': the most specific of the term's sites says where
    direct = frozenset(s for s in direct if not any(s in _with_ancestors(frozenset({o})) - {o} for o in direct))
    sites = _with_ancestors(direct)
    behaviour = _behaviour(words)
    plain, _found, rest = _read(key, False)
    for name in names:
        title_words, title_sites, title_rest = _read(name, False)
        if not title_sites:
            continue
        kind = _title_behaviour(name)
        if kind:
            # a term's every site lies in the title's ('carcinoma de colon' is not the stomach's)
            # 'tumor' or 'neoplasia' of a site, its behaviour unsaid, names its malignant code too
            fits = behaviour == kind or kind == "malignant" and behaviour == "neoplasm"
            if fits and all(_with_ancestors(frozenset({s})) & title_sites for s in direct):
                return True
            continue
        if _RESIDUAL.match(name):
            if sites & title_sites and not behaviour and _OWN_CHAPTER.isdisjoint(words) and _says_a_lesion(words):
                return True
            continue
        if name.startswith(_HISTORY):
            if _past_condition(key, name, sites, words, behaviour):
                return True
            continue
        if name.startswith("ausencia adquirida"):
            # 'histerectomía previa', 'gastrectomizado': the organ removed, by its root
            removed = frozenset().union(*(_read(w, True)[1] for w in words if "ectom" in w))
            if removed and all(_with_ancestors(frozenset({s})) & title_sites for s in removed):
                return True
            continue
        # the term's every site lies in the title's, and it says what is there, not only where
        what, title_what = _without_sites(rest), _without_sites(title_rest[: _until_without(title_rest)])
        if not what or not all(_with_ancestors(frozenset({s})) & title_sites for s in direct):
            continue
        spelled, title_spelled = " ".join(plain), " ".join(title_words[: _until_without(title_words)])
        if spelled != key or title_spelled != name:
            if names_match((title_spelled,), spelled, spelled, cutoff):
                return True
        # what the title says of its site, said of a part of that site: 'tuberculosis testicular' for
        # 'Tuberculosis del aparato genitourinario', 'masa en flanco derecho' for 'Tumefacción, masa o
        # prominencia intraabdominal y pélvica' (the term says the title's what, or a part of it)
        if title_what:
            if names_match((" ".join(title_what),), " ".join(what), " ".join(what), cutoff):
                return True
            if all(any(same_word(w, t) for t in title_what) for w in what):
                return True
    return False


# A personal history title ('Historia personal de enfermedades del sistema genitourinario') names a
# past condition of its site, said past by the term: 'de repetición', 'previa'; an 'ex-' agent
# ('exfumador') names the title with no site ('Historia personal de otras afecciones especificadas').
_HISTORY = "historia personal de "
_PAST = (" de repeticion", " previo", " previa", " antiguo", " antigua")
_EX_AGENT = re.compile(r"^ex ?[a-z]{3,}dora?$")


def _past_condition(key: str, name: str, sites: frozenset[str], words: tuple[str, ...], behaviour: str) -> bool:
    tail = name[len(_HISTORY) :]
    title_sites = _read(tail, False)[1]
    if _EX_AGENT.match(key):
        return not title_sites and _RESIDUAL.match(tail) is not None
    if not key.endswith(_PAST) or not title_sites or behaviour:
        return False
    return bool(sites & title_sites) and _OWN_CHAPTER.isdisjoint(words) and _says_a_lesion(words)


# A side says where, not what ('masa en flanco derecho'); 'nivel', 'region', 'zona' frame a site.
_PLACE_WORDS = frozenset({"derecho", "derecha", "izquierdo", "izquierda", "bilateral", "nivel", "region",
                          "zona", "area", "localizado", "localizada"})


def _without_sites(rest: tuple[str, ...]) -> tuple[str, ...]:
    """A phrase's words outside its site phrases (``_read``), less links and place words."""
    return tuple(w for w in rest if w not in STOPWORDS and w not in _PLACE_WORDS)


def _until_without(words: tuple[str, ...]) -> int:
    """Where a title's 'sin' begins: what follows is what the code is not ('Enfermedad renal hipertensiva
    sin insuficiencia renal')."""
    return words.index("sin") if "sin" in words else len(words)


def named_by_reading(names: tuple[str, ...], key: str, clause: str, cutoff: float, others: Iterable[tuple[str, ...]]
                     ) -> bool:
    """COD005's looser readings: whether the term names the code site by site (``named_by_site``) or by
    its agent (code_agents), and no other input code (``others``: their names) by its own names; a
    code that names the term outright keeps it."""
    if not (named_by_site(names, key, cutoff) or named_by_agent(names, key, cutoff)):
        return False
    return not any(names_match(other, key, clause, cutoff) for other in others)
