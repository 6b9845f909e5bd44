"""Infectious agents as clinicians write them, for COD005: an organism in its
Latin or its Spanish spelling ('Streptococcus', 'estreptococo',
'Staphilococo') names a B95-B97 title ('Estreptococo no especificado como
causa de enfermedades clasificadas en otros capítulos') or an 'Infección por
<agente>' title ('Chlamydia' / 'Infección por clamidias'), and a genus names
the disease called after it ('Brucella' / 'Brucelosis', 'Nocardia' /
'nocardiosis', 'infección por Mucor' / 'Mucormicosis')."""

from __future__ import annotations

import re
from functools import lru_cache

from checks.naming import names_match

_AS_CAUSE = " como causa de enfermedad"
# Latin spelling -> Spanish: 'ph' is 'f', 'y' is 'i', 'th' is 't', a double consonant is single,
# an initial 's' before a consonant takes an 'e', '-us'/'-um' (phrase keys drop the final 's') is '-o'.
_DOUBLE = re.compile(r"([bcdfglmnprst])\1")
_INITIAL_S = re.compile(r"^s(?=[cpt])")
_LATIN_END = re.compile(r"(?:u|um)$")
_GREEK_CH = re.compile(r"ch(?=[lr])")  # 'Chlamydia', 'Chryseobacterium': a Greek chi before l or r is 'c'
# 'Infección por clamidias, no especificada', 'Infección debida al virus del herpes': the agent's words
_INFECTION_TITLE = re.compile(r"^infeccion (?:por|debida al?) (.+?)(?: no especificad.*| sin otra .*)?$")


@lru_cache(maxsize=4096)
def spanish_spelling(word: str) -> str:
    """One word of a phrase key as Spanish spells it ('streptococcu' -> 'estreptococo')."""
    word = word.replace("ph", "f").replace("th", "t").replace("y", "i")
    word = _GREEK_CH.sub("c", word)
    word = _DOUBLE.sub(r"\1", word)
    word = _INITIAL_S.sub("es", word)
    return _LATIN_END.sub("o", word) if len(word) >= 5 else word


def _spelled(key: str) -> str:
    return " ".join(map(spanish_spelling, key.split()))


# 'infección por Mucor': the agent after the words that say it infects
_INFECTION = re.compile(r"^(?:infeccion|infectado|infeccione) (?:por|de) ")


@lru_cache(maxsize=8192)  # keyed on the code's names and the term: the same pairs recur across records
def named_by_agent(names: tuple[str, ...], key: str, cutoff: float) -> bool:
    """Whether the term (phrase key) names the organism of an agent title, or the genus of a disease
    named after it ('-osis', '-iasis')."""
    term = _spelled(_INFECTION.sub("", key))
    if not term:
        return False
    for name in names:
        at = name.find(_AS_CAUSE)
        if at > 0:
            agent = _spelled(name[:at].removeprefix("otro ").removeprefix("otra "))
            if names_match((agent,), term, term, cutoff):
                return True
            continue
        infection = _INFECTION_TITLE.match(name)
        if infection is not None:
            agent = _spelled(infection.group(1))
            if names_match((agent,), term, term, cutoff):
                return True
            continue
        head = _spelled(name.split()[0]) if name else ""
        if head.endswith(("osi", "iasi")):
            # the genus, less its final vowel, starts the disease's name: 'brucela' / 'brucelosi'
            first = term.split()[0]
            if first.endswith(("osi", "iasi")):
                continue  # a disease's name, not a genus: names_match reads those
            stem = first[:-1] if first[-1] in "aeiou" else first
            if len(stem) >= 5 and head.startswith(stem) and len(term.split()) <= 2:
                return True
    return False
