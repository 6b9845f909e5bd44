"""Whether a mention in the output claims that the patient had or received
the thing it names (shared/spec/checklist.md, "Negation and context").

"no se usa amoxicilina", "fuera de ventana para trombólisis", "se descarta
TEP", "sin necesidad de transfusión", "trombólisis contraindicada", "se opta por
doble J en lugar de nefrostomía" name a
drug, diagnosis or procedure without claiming it: HAL001 and CLN001 (and the
side and dose checks) leave such mentions alone. Cues that come before the
mention must reach it through function words only ("no se inicia tratamiento
con ..."), so "no se observa mejoría con ceftriaxona" stays a claim that
ceftriaxona was given. Patterns compile at import: this runs per mention.
"""

from __future__ import annotations

import re
from functools import lru_cache

from checks.text import NEGATIONS, Tokens, fold, negated, word_led

# Words allowed between a cue and the mention it governs.
_FILLER = (r"(?:de|del|la|el|los|las|lo|un|una|unos|unas|para|a|al|uso|tratamiento|terapia|con|"
           r"realizar|realizacion|iniciar|inicio|indicar|administrar|usar|instalar|colocar|nuevo|nueva|"
           r"nuevamente|otro|otra|mas|ningun|ninguna|ninguno|medidas|manejo|apoyo|soporte|dosis|ni|o|u|"
           # the purpose of a therapy, between the cue and the drug: 'sin indicación
           # de tromboprofilaxis con enoxaparina', 'no se inicia anticoagulación con'
           r"profilaxis|tromboprofilaxis|anticoagulacion|antiagregacion|antibioticoterapia|"
           r"analgesia|sedacion|cobertura|reposicion|suplementacion|"
           # the therapy a thrombolytic is given for: 'fuera de ventana para trombólisis con alteplasa'
           r"trombolisis|fibrinolisis|reperfusion)")
_VERBS = (r"(?:us|utiliz|administr|indic|realiz|requi|amerit|precis|necesit|recib|inici|consider|plante|"
          r"aplic|efectu|practic|instal|coloc|transfund|dializ|intub|agreg|anad|prescrib|dispon|logr|"
          r"pud|puede|acept|conect|dej)\w*")
_AUX = r"(?:se\s+|le\s+|lo\s+|la\s+|fue\s+|es\s+|ha\s+|han\s+|hubo\s+|habia\s+)?"
# The cues, each a word-led alternative (see _ANY_CUE); a cue starts a word.
_CUE_ALTERNATIVES = (
    r"no\s+" + _AUX + _VERBS, r"nunca\s+" + _AUX + _VERBS, r"tampoco\s+" + _AUX + _VERBS,
    r"no\s+(?:fue|es|era|resulta)\s+(?:posible|necesari[oa]|candidat[oa]|tributari[oa])",
    r"no\s+(?:candidat[oa]|tributari[oa]|indicad[oa])s?",
    r"sin\s+(?:necesidad|indicacion|requerimiento|criterio)s?",
    # 'ni' goes on with a negation already made: 'sin resangrado ni necesidad de TIPS'
    r"ni\s+(?:necesidad|indicacion|requerimiento)(?:es)?\b",
    r"fuera\s+de\s+(?:la\s+)?ventana(?:\s+terapeutica)?",
    r"contraindic\w*", r"descart\w*", r"rechaz\w*", r"desestim\w*",
    r"se\s+(?:difieren?|postergan?|evitan?)", r"evitando", r"evit(?:ar|e|en)\b", r"se\s+decide\s+no\s+\w+",
)
_CUE = "(?:" + "|".join(r"\b" + cue for cue in _CUE_ALTERNATIVES) + ")"
# A cue, then function words, then the mention: anchored at the mention.
_BEFORE = re.compile(_CUE + r"(?:\s+" + _FILLER + r"){0,4}\s*$")
# The head noun a name hangs from, last before it: 'se descarta síndrome de HELLP', 'se difiere la
# valoración de amigdalectomía', 'sin necesidad de
# aceite de silicona' (only here: after a comma, ', con síndrome de X' goes on affirming).
_BEFORE_HEAD = re.compile(_CUE + r"(?:\s+" + _FILLER + r"){0,4}\s+(?:sindrome|aceite|solucion|crema|gel|valoracion|realizacion|indicacion|inicio)\s+de\s*$")
# 'ni trombólisis', 'o diálisis' continue a negation earlier in the clause; so does a cause offered as
# the alternative ('se descarta origen alcohólico o por hipertrigliceridemia'), though 'por' is no filler.
_CHAIN = re.compile(r"(?:\bni|,|\bo|\bu|\b[ou]\s+por)\s+(?:" + _FILLER + r"\s+){0,3}$")
_CUE_ANYWHERE = re.compile(_CUE)
# 'se contraindican AINES y aspirina': a cue, a short list of nouns, then 'y' and the mention.
# A preposition or a verb's 'se' among them ends the list ('no se usa amoxicilina por alergia y ...').
_ITEM = r"(?!(?:se|por|con|en|tras|pero|luego|que|y|e)\b)[^\W\d][\w/+-]*"
_LIST_BEFORE = re.compile(_CUE + r"(?:\s+" + _FILLER + r"){0,4}\s+" + _ITEM + r"(?:(?:\s*,\s*|\s+)" + _ITEM
                          + r"){0,4}\s+(?:y|e)\s+$")
_BREAKS = re.compile(r"\b(?:y|e|pero|aunque|luego|posteriormente|sin embargo)\b")
# After the mention: 'TEP descartado', 'trombólisis contraindicada', 'anticoagulación no indicada'.
# (The input's status after a thing is checks.input_denials._STATUS_AFTER: other words, other bounds.)
_AFTER = re.compile(
    # one word may come between ('TEP agudo descartado'), never a relative: in
    # 'ecografía que descarta colecistitis' the study is the subject, and done
    r"^\s*(?:\([^()]{0,12}\)\s*)?(?:(?!que\b|quien\b|cual\b|y\b|e\b|con\b|lo\b|la\b|el\b)\w+\s+)?"
    r"(?:(?:fue|es|queda|resulta|se\s+considera)\s+)?"
    r"(?:descartad[oa]s?|se\s+descart\w*|contraindicad[oa]s?|no\s+indicad[oa]s?|no\s+se\s+" + _VERBS + r"|diferid[oa]s?)\b"
)
_CLAUSE_END = re.compile(r"[.;:\n](?:\s|$)|[;:\n]")
# The alternative set aside for the one chosen: 'se opta por catéter doble J en lugar de nefrostomía'.
# Only after a choice in the clause: 'introduciendo levofloxacino en lugar de ceftriaxona' is a switch,
# and the drug switched from was given. Its own pattern, asked only where 'lugar de' or 'vez de' stands
# (not one more cue of _CUE, which every mention's clause is searched with).
_INSTEAD = re.compile(r"\b(?:opt|eleg|elig|escog|prefi)\w*\b[^.;:]{0,80}?\ben\s+(?:lugar|vez)\s+de(?:\s+"
                      + _FILLER + r"){0,4}\s*$")
_INSTEAD_WORDS = ("lugar de", "vez de")


def clause_before(text: str, start: int) -> str:
    """The text of the mention's clause that precedes it, folded."""
    cut = max(text.rfind(". ", 0, start), text.rfind(";", 0, start), text.rfind(":", 0, start),
              text.rfind("\n", 0, start))
    return fold(text[cut + 1 : start])


# Whether a text holds any cue (or 'diferid'), the alternatives led by their first letters
# (text.word_led: the engine skips to those letters instead of trying \b at every character).
# Only whether one matches is asked, so the alternatives' order is free.
_ANY_CUE = re.compile(word_led((*_CUE_ALTERNATIVES, "diferid")))


# Most outputs hold no cue, and most of those hold none of the cues' rarer words either: each
# cue other than those led by the words 'no' and 'sin' holds one of these (a literal of its
# pattern), so a text without any needs only the 'no ...' and 'sin ...' cues looked for, each by
# a pattern led by its word (the engine jumps from one 'no' to the next at C speed, where the
# word-led class of _ANY_CUE stops at nearly every letter). tests/checks/test_led_patterns.py
# holds both ways to the same answer.
_RARE_CUE_WORDS = ("nunca", "tampoco", "ventana", "contraindic", "descart", "rechaz", "desestim", "difiere",
                   "posterga", "evita", "decide", "diferid", "ni necesidad", "ni indicacion",
                   "ni requerimiento")


def _word_led_cues(word: str) -> re.Pattern[str]:
    """The cues that start with the word ``word`` (and a space), led by that word."""
    rests = [a[len(word):] for a in _CUE_ALTERNATIVES if a.startswith(word + r"\s")]
    return re.compile(rf"{word}(?<!\w{word})(?:{'|'.join(rests)})")


_NO_CUE, _SIN_CUE = _word_led_cues("no"), _word_led_cues("sin")


# One entry: every mention of a record asks about the same output, one record after another
# (a larger cache would answer for outputs seen in earlier records, and a benchmark that repeats
# outputs would measure the cache).
@lru_cache(maxsize=1)
def _has_cue(text: str) -> bool:
    """Whether the text holds any cue at all: most outputs hold none, and
    then no mention of theirs needs a closer look."""
    folded = fold_output(text)
    if any(word in folded for word in _INSTEAD_WORDS):
        return True  # an alternative set aside ('se opta por X en lugar de Y'): not_claimed reads it
    if any(word in folded for word in _RARE_CUE_WORDS):
        return _ANY_CUE.search(folded) is not None
    return _NO_CUE.search(folded) is not None or _SIN_CUE.search(folded) is not None


# The record's output folded, shared by the checks that scan all of it (HAL001's advice, the
# cues above); one entry, for the reason given above.
fold_output = lru_cache(maxsize=1)(fold)


def not_claimed(text: str, start: int, end: int) -> bool:
    """True when the words around text[start:end] say it was not given, not
    done, ruled out, contraindicated or not indicated."""
    if not _has_cue(text):
        return False
    before = clause_before(text, start)
    if before and (_BEFORE.search(before) or _BEFORE_HEAD.search(before) or (_CHAIN.search(before)
                                              and _CUE_ANYWHERE.search(_BREAKS.split(before)[-1]))):
        return True
    if before.endswith((" y ", " e ")) and _LIST_BEFORE.search(before):
        return True  # the last item of a list the cue governs
    if any(word in before for word in _INSTEAD_WORDS) and _INSTEAD.search(before):
        return True  # 'se opta por catéter doble J en lugar de nefrostomía'
    after = text[end : end + 60]
    stop = _CLAUSE_END.search(after)
    return bool(_AFTER.match(fold(after[: stop.start()] if stop else after)))


# 'antiinflamatorios no esteroideos', 'causa no filiada': a 'no' before an
# adjective or participle negates that word, not what follows; 'sin respuesta
# a prednisona', 'no ha mejorado con tobramicina' say the drug was given.
_BOUND_NO = re.compile(r"(?:ad[oa]|id[oa]|ic[oa]|iv[oa]|e[oa]|al|ante|ente|ble)s?$")
_NO_EFFECT = frozenset({"respuesta", "mejoria", "exito", "efecto", "beneficio", "resultado", "mejora", "mejorado",
                        "mejoro", "respondido", "responde", "respondio", "cede", "cedio", "remite", "remitio"})
_NOT_ADJECTIVES = frozenset({"se", "le", "lo", "la", "ha", "han", "hay", "es", "fue", "tiene", "tuvo", "presenta",
                             "presento", "requiere", "requirio", "precisa", "recibe", "recibio", "toma", "tomaba"})


def negated_mention(tokens: Tokens, first: int, window: int = 4) -> bool:
    """checks.text.negated, less a 'no' bound to the adjective after it and a
    'sin respuesta a ...' that says the drug was given."""
    keys = tokens.keys
    # negated() finds a cue only among these words: most mentions have none before them, and
    # testing a slice of a few keys is cheaper than negated's walk over their gaps
    if NEGATIONS.isdisjoint(keys[max(0, first - window) : first]) or not negated(tokens, first, window):
        return _ends_denied_list(tokens, first, window)  # 'niega DM2, HTA y alergias': the list's last item
    for j in range(first - 1, max(0, first - window) - 1, -1):
        if keys[j] in NEGATIONS:
            after = keys[j + 1] if j + 1 < first else ""
            if keys[j] == "no" and after and after not in _NOT_ADJECTIVES and _BOUND_NO.search(after):
                return False
            if any(k in _NO_EFFECT for k in keys[j + 1 : first]):  # 'sin respuesta a', 'no mejora con'
                return False
            if "se" in keys[j + 1 : first] and _new_clause(tokens, j + 1, first):
                return False  # 'sin incidencias, se realiza traqueostomía': the comma and 'se' open a clause
            if _new_phrase(tokens, j + 1, first):
                return False  # 'sin complicaciones, previa episiotomía': the comma and 'previa' open a phrase
            if keys[j] in _RESULTS and "," in tokens.text[tokens.end(j) : tokens.start(first)]:
                return False  # 'urocultivo negativo, ecocardiograma ...': the result is the word before's
            return True
    return True


def _new_clause(tokens: Tokens, start: int, stop: int) -> bool:
    """A comma followed by the clitic 'se' among the words start..stop: a new clause with its own verb."""
    keys = tokens.keys
    return any(keys[k] == "se" and "," in tokens.text[tokens.end(k - 1) : tokens.start(k)]
               for k in range(max(start, 1), stop))


# After a comma, these open a phrase of their own that the denial before the comma does not reach:
# 'se sutura sin complicaciones, previa episiotomía', 'sin fiebre, con tos productiva'.
# 'usuario de' affirms what it uses: 'consumo de ibuprofeno sin prescripción, usuario de metformina';
# 'además de' adds an item the condition before does not govern: 'paracetamol si fiebre, además de
# atorvastatina 40 mg al día'.
_PHRASE_LEADS = frozenset({"previa", "previo", "tras", "con", "mediante", "durante", "posteriormente", "luego",
                           "usuario", "usuaria", "adema"})  # the key of "además"
# A result written after what it reports ('hemocultivos negativos'): a comma after it ends what it says.
_RESULTS = frozenset({"negativo", "negativa"})


def _new_phrase(tokens: Tokens, start: int, stop: int) -> bool:
    """A comma, then a word that opens a phrase of its own, among the words start..stop."""
    keys = tokens.keys
    return any((keys[k] in _PHRASE_LEADS or _gerund(keys[k])) and "," in tokens.text[tokens.end(k - 1) : tokens.start(k)]
               for k in range(max(start, 1), stop))


def _gerund(key: str) -> bool:
    """A gerund opens a clause with its own verb: 'colecistectomía sin incidentes, dejando drenaje',
    'sin complicaciones, colocando una sonda' (a denial that is itself one, 'descartando', is read as
    a cue before this is asked)."""
    return len(key) > 6 and key.endswith(("ando", "iendo", "yendo"))


def _ends_denied_list(tokens: Tokens, first: int, window: int) -> bool:
    """The last item of a list that 'niega' governs: in 'niega DM2, HTA y alergias' the denial reaches
    past the 'y' that joins the list's last item. Only 'niega' lists what it denies: after 'sin' or 'no'
    a 'y' usually goes on affirming ('diarrea sin productos patológicos y vómitos')."""
    keys = tokens.keys
    if first < 2 or keys[first - 1] not in ("y", "e") or "niega" not in keys[max(0, first - 1 - window) : first - 1]:
        return False
    gap = tokens.text[tokens.end(first - 2) : tokens.start(first)]
    return not any(c in gap for c in ".;:\n") and negated_mention(tokens, first - 1, window)


# Denials only ('sospecha de', 'en caso de' are hypotheses, not denials): used on the input's text.
_DENIALS = frozenset({"sin", "no", "niega", "descarta", "descartado", "descartada", "descartandose",
                      "descartando", "negativo", "negativa", "ausencia", "ni", "nunca"})


# A preposition opens another phrase: in 'sin infección en paracentesis diagnóstica' the
# paracentesis was done.
_SCOPE_STOPS = frozenset({"en", "por", "con", "tras", "durante", "mediante", "desde", "hasta", "y", "e", "pero"})


def _DENYING_NO(after: str) -> bool:
    """'no requiere', 'no se realiza', 'no candidato' deny; 'no alcohólica', 'no Hodgkin' name a kind."""
    if after in _NOT_ADJECTIVES:
        return True
    return not _BOUND_NO.search(after) and after.endswith(("a", "e", "o", "an", "en", "on"))


def denied_words(text: str, window: int = 4, *, tokens: Tokens | None = None) -> list[int]:
    """The indices of the words of ``text`` that a denial governs: in an input, 'sin
    requerimiento de ventilación mecánica' or 'AngioTC: sin tromboembolismo pulmonar' names
    the thing only to deny it. Narrower than negated_mention: a comma ends the denial too, so
    'HTA sin tratamiento, diabetes' still affirms the diabetes."""
    if tokens is None:  # the caller's tokens of ``text``, when it has them
        tokens = Tokens(text)
    keys = tokens.keys
    if _DENIALS.isdisjoint(keys):  # most inputs deny nothing: no word looked at
        return []
    out: list[int] = []
    # only a word at most ``window`` words after a denial may be governed by one
    denials = [j for j, key in enumerate(keys) if key in _DENIALS]
    for i in sorted({i for j in denials for i in range(j + 1, min(len(keys), j + window + 1))}):
        for j in range(i - 1, max(0, i - window) - 1, -1):
            gap = text[tokens.end(j) : tokens.start(j + 1)]
            if gap != " " and any(c in gap for c in ".;:,\n"):  # one space, the usual gap, ends nothing
                break
            if keys[j] in _SCOPE_STOPS:
                break
            if keys[j] in _DENIALS:
                if negated_mention(tokens, i, i - j) and not (keys[j] == "no" and not _DENYING_NO(keys[j + 1])):
                    out.append(i)
                break
    return out


def affirmed_text(text: str, window: int = 4, *, tokens: Tokens | None = None) -> str:
    """The word keys of ``text`` (' a b c '), with those a denial governs left out
    (:func:`denied_words`, each written '|')."""
    if tokens is None:
        tokens = Tokens(text)
    kept = list(tokens.keys)
    for i in denied_words(text, window, tokens=tokens):
        kept[i] = "|"
    return " " + " ".join(kept) + " "
