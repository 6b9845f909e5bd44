"""Drug names the catalogues lack, known by their INN stem.

The WHO assigns international nonproprietary names by stem ('-micina',
'-prazol', '-olol', '-mab': "The use of stems in the selection of INN",
WHO/EMP/RHT/TSN/2018.1); Spanish writes them with its own endings
('vancomicina', 'omeprazol', 'bisoprolol', 'rituximab'). A word with such an
ending names a drug even when no catalogue lists it, so a drug the input
lacks is not missed for being rare. Enzymes ('-plasa', '-kinasa') and
monoclonal antibodies ('-mab') are left to the catalogues: they are proteins
as much as drugs (PharmaCoNER annotates them so). Only endings that ordinary clinical words
do not share are listed; the few words that do are excluded by name.
"""

from __future__ import annotations

import re

from checks.agreement import fold_keep
from checks.text import Tokens


_STEMS = (
    # antibacterials, antivirals, antifungals
    "micina", "ciclina", "cilina", "floxacino", "oxacino", "penem", "bactam", "conazol", "fungina", "ciclovir",
    "navir", "buvir", "tegravir", "vudina", "mixina",
    # cardiovascular and blood
    "olol", "pril", "sartan", "dipino", "statina", "parina", "xaban", "gatran", "grel", "grelor",
    # digestive, respiratory, endocrine
    "prazol", "tidina", "setron", "lukast", "terol", "tropio", "gliptina", "glifozina", "gliflozina", "glitazona",
    "formina", "dronato", "nisona", "nisolona", "metasona", "cortisona", "sonida",
    # nervous system and pain
    "azepam", "azolam", "oxetina", "pramina", "triptilina", "peridol", "apina", "barbital", "triptan", "profeno",
    "fenaco", "coxib", "morfona", "fentanilo", "caina", "curonio", "tiazida",
    # oncology and immunology
    "platino", "rubicina", "taxel", "tinib", "anib", "fenib", "mustina", "fosfamida", "trexato",
    "citabina", "limus", "zosina", "osina",
    # more stems and endings of common INN families (antihistamines, cephalosporins, amides, ...)
    "tadina", "fenadina", "tirizina", "amida", "orfina", "ufina", "zolina", "oxima", "axona", "azidima", "ixima",
    "otaxima", "alol", "dilol", "iazida", "tericina", "nidazol", "oprim", "zolid", "farina", "cumarol",
    "goxina", "darona", "butamina", "dopamina", "ofol", "tamina", "tiroxina", "purinol", "chicina", "butamol",
    "tamol", "rolaco", "madol", "proxeno", "mizol", "codeina",
)
# Ordinary words that happen to end like a stem.
_NOT_DRUGS = frozenset({"colesterol", "ergosterol", "esterol", "proteina", "rosina", "resina", "vitrina",
                        "vitamina", "vitaminas", "glutamina", "histamina", "piramida", "piramidal"})
_ENDINGS = tuple(_STEMS)
_SALTS = ("bicarbonato", "sulfato", "fosfato", "carbonato", "gluconato", "citrato", "acetato", "nitrato",
          "valproato", "fumarato", "succinato", "maleato", "mesilato", "tartrato", "oxalato", "permanganato",
          "silicato", "hipoclorito", "perclorato", "cloruro", "yoduro", "fluoruro", "bromuro")
_CHEMICAL_HEADS = frozenset({"acido", "vitamina", *_SALTS})
_KIND: dict[str, int] = {}  # word key -> 0 nothing, 1 an INN, 2 may start a chemical's name


def _kind(key: str) -> int:
    kind = _KIND.get(key)
    if kind is None:
        if key in _CHEMICAL_HEADS:
            kind = 2
        elif len(key) >= 6 and key.isalpha() and key.endswith(_ENDINGS) and key not in _NOT_DRUGS:
            kind = 1
        else:
            kind = 0
        if len(_KIND) < 200_000:  # bounded: arbitrary text must not grow it forever
            _KIND[key] = kind
    return kind


# Chemicals by the way chemistry names them: 'ácido fólico', 'vitamina B12',
# salts ('bicarbonato', 'cloruro de potasio', 'sulfato de magnesio').
_CHEMICAL = re.compile(
    r"(?<![\w-])(?:acido\s+(?!de\b|del\b|la\b|el\b|en\b|y\b|alcohol)[a-z]{4,}"
    r"|vitamina\s+(?:[a-e]\d{0,2}|k\d?)(?![\w-])"
    r"|(?:bicarbon|sulf|fosf|carbon|glucon|citr|acet|nitr|valpro|fumar|succin|male|mesil|tartr|oxal|"
    r"permangan|silic|hipoclor|perclor)atos?(?:\s+(?:de|sodico|potasico|calcico|magnesico|ferroso)(?:\s+[a-z]{4,})?)?"
    r"|(?:clor|yod|fluor|brom)uros?(?:\s+de\s+[a-z]{4,})?)(?![\w-])"
)


def inn_spans(tokens: Tokens) -> list[tuple[int, int]]:
    """Spans of words that look like an INN, or a chemical by its name's form
    ('ácido fólico', 'cloruro de potasio'). Words are classified once per
    distinct word (a dict lookup afterwards); the chemical pattern runs only
    on a text that has one of its head words."""
    kinds = list(map(_KIND.get, tokens.keys))  # C speed; words never seen yet are classified below
    if None in kinds:
        kinds = [_kind(k) if c is None else c for k, c in zip(tokens.keys, kinds)]
    # the kinds (0, 1 or 2 each) as bytes: the INN words (few; most words of a text are not one) found
    # by bytes.find at C speed, where a test per word in a map costs a call each
    kinds = bytes(kinds)
    found = []
    i = kinds.find(1)
    while i >= 0:
        found.append((tokens.start(i), tokens.end(i)))
        i = kinds.find(1, i + 1)
    if 2 in kinds:
        folded = fold_keep(tokens.text)
        found += [m.span() for m in _CHEMICAL.finditer(folded)]
        found.sort()
    return found
