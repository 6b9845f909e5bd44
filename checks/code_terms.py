"""The term written before a code: where the name before "(CODE)" starts
and ends in a text, less the words that frame it ('se diagnostica', 'la TC
muestra') and its lead-in ('ingresa por'). COD005 compares that term with
the names the input or the catalogue gives the code."""

from __future__ import annotations

import re
from functools import lru_cache

from checks.code_tokens import CodeToken


# The name before "(CODE)" runs back to the previous clause boundary: a punctuation mark, or a
# connective between spaces. Led by one class of both first characters, then told apart by a
# lookbehind: the engine skips to them at C speed (an alternation led by '\s' is tried everywhere).
BOUNDARY = re.compile(r"[.;:,()\n\s](?:(?<=[.;:,()\n])|(?<=\s)(?:y|e|o|con|mas|más|sin|además|junto a|"
                       r"asociad[oa] a)\s)", re.IGNORECASE)


CLAUSE = re.compile(r"[.;:,()\n]")
LEAD_IN = re.compile(r"^(?:ingresa por|por|de|el|la|los|las)\s+", re.IGNORECASE)


def without_lead_in(text: str) -> str:
    """``LEAD_IN.sub("", text)``: its '^' matches at the start only, so one match (no scan) says it all."""
    m = LEAD_IN.match(text)
    return text[m.end() :] if m else text
# Words that frame a name without being part of it: a finding reported by a
# study ('la TC muestra'), a diagnosis made ('se diagnostica', 'con diagnóstico
# de', 'diagnosticándose', 'codificada como'), a course ('evoluciona a'), a
# treatment given ('se inicia', 'recibe', 'continúa'), a procedure done ('se realiza'), a sign shown
# ('presenta'), a setting ('en contexto de'). The name starts after the last one.
FRAME = re.compile(
    r"\b(?:\w+(?:ándose|iéndose|andose|iendose)"
    r"|(?:se\s+)?(?:muestra|muestran|informa|informan|evidencia|evidencian|revela|demuestra|objetiva|describe"
    r"|diagnostica|confirma|constata|pesquisa|inicia|indica|administra|agrega|mantiene|suspende|realiza|practica"
    r"|efectúa|presenta|continúa|continua)"
    r"|recibe|diagnóstico\s+(?:de|es)|diagnosticad[oa]\s+(?:de|como)|codificad[oa]\s+como|catalogad[oa]\s+como"
    r"|compatible\s+con|sugerente\s+de|en\s+contexto\s+de|como|evoluciona\s+(?:a|con)|antecedentes?\s+de|historia\s+de)\s+",
    re.IGNORECASE)
# A literal that each alternative of FRAME holds, in lower case: a text with
# none has no frame word and is not tried at every word start by FRAME (its
# backtracking '\w+' makes that costly). For Latin-1 text, lower() is what
# IGNORECASE compares (beyond it, 'ſ' is an 's' to IGNORECASE and not to lower()).
_FRAME_HINTS = ("ndose", "muestra", "informa", "evidencia", "revela", "demuestra", "objetiva", "describe",
                "diagnostic", "confirma", "constata", "pesquisa", "inicia", "indica", "administra", "agrega",
                "mantiene", "suspende", "realiza", "practica", "efectúa", "presenta", "continúa", "continua", "contexto",
                "recibe", "diagnóstico", "codificad", "catalogad", "compatible",
                "sugerente", "como", "evoluciona", "antecedente", "historia")


@lru_cache(maxsize=1)
def _frame_hints():
    """The hints in one Aho-Corasick automaton (pyahocorasick, as the lexicon's
    names): one pass over a term finds whether any is in it, where an
    alternation of some 30 literals is tried at nearly every letter."""
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for hint in _FRAME_HINTS:
        automaton.add_word(hint, hint)
    automaton.make_automaton()
    return automaton


def _latin1(text: str) -> bool:
    """Whether every character is Latin-1 (an encode is a copy for such text; faster than max())."""
    try:
        text.encode("latin-1")
    except UnicodeEncodeError:
        return False
    return True


def after_frame(text: str) -> str:
    """The text after its last frame word (all of it when it has none)."""
    if text and _latin1(text) and next(_frame_hints().iter(text.lower()), None) is None:
        return text
    return FRAME.split(text)[-1]


_PUNCTUATION = ".;:,()\n"  # what ends a clause: BOUNDARY's first alternative


def after_punctuation(window: str) -> str:
    """The text after the window's last punctuation mark (a few rfind calls at C speed)."""
    return window[max(map(window.rfind, _PUNCTUATION)) + 1 :]


def term_before(text: str, code: CodeToken) -> tuple[int, int, str]:
    """Where the term before the code starts and ends, and the clause it ends
    (the text after the last punctuation mark of the 200 characters before)."""
    end = code.paren[0] if code.paren else code.start
    clause = after_punctuation(text[max(0, end - 200) : end])
    # BOUNDARY's last match ends at or after the last punctuation mark (its
    # other alternative holds only spaces and letters, a newline at most as its
    # last character), so only the text after that mark needs splitting: the
    # clause, when that mark is among the last 160 characters.
    window = clause if len(clause) < 160 else text[max(0, end - 160) : end]
    last = BOUNDARY.split(window)[-1]  # C speed: no match objects
    return end - len(last), end, clause
