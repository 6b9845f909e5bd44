"""HAL001: a treatment the input names only as planned, which the output says was given.

'Recibe primer ciclo de FOLFOX durante la internación' where the input's only FOLFOX is 'policlínica
de oncología para valorar quimioterapia adyuvante FOLFOX'; 'Recibe radioyodo' where the input says
'valorar radioyodo o tiroidectomía según evolución': the input plans it, and a plan grounds no
administration (shared/spec/checklist.md: a procedure named in the output is absent from the input).

Narrow on both sides. The output must say it was given ('recibe', 'se administra', 'completa',
'primer ciclo') in a sentence that names no discharge, follow-up or future; the input must name it
only in clauses that plan it ('valorar', 'programar', 'pendiente', 'iniciará', 'a iniciar'). Drugs
and procedures alike: a start ('inicia', 'se indica') is no administration and is not read, as a
drug's start or continuation is often paraphrased from the discharge plan.
"""

from __future__ import annotations

import re

from checks.evidence import Evidence, evidence_memo
from checks.lexicon import DIAGNOSIS, Mention
from checks.text import fold, whole_word_spans

_GIVEN = re.compile(r"\b(?:recib\w*|se\s+administr\w*|administr[ao]\w*|complet\w*|se\s+aplic\w*|primer\s+ciclo"
                    r"|(?:\w+\s+)?ciclos?\s+de)\s+(?:\w+\s+){0,3}$")
_NOT_NOW = re.compile(r"\b(?:alta|egreso|egresa|ambulatori\w*|domicilio|programad\w*|program\w+|valorar|control"
                      r"|pendiente|proxim\w*|iniciara\w*|recibira\w*|plan\w*|consulta|policlinic\w*|derivad\w*"
                      r"|futur\w*|posterior\w*|previ[oa]s?|anterior\w*|antecedente\w*)\b")
_PLANNED = re.compile(r"\b(?:valorar|valoracion|programa\w*|planific\w*|plan|pendiente|iniciara\w*|a\s+iniciar"
                      r"|recibira\w*|evaluar|candidat[oa]|a\s+futuro|posteriormente|derivad[oa]|derivacion)\b")
_CLAUSE = re.compile(r"[.;\n]")


def _sentence(text: str, start: int, end: int) -> str:
    left = max(text.rfind(". ", 0, start), text.rfind(";", 0, start), text.rfind("\n", 0, start))
    right = _CLAUSE.search(text, end)
    return text[left + 1 : right.start() if right else len(text)]


def _input_plans(ev: Evidence) -> str | None:
    """The input's text folded, or None when it plans nothing: then no mention is planned only."""
    folded = fold(ev.raw)
    return folded if _PLANNED.search(folded) else None


def planned_only(doc, m: Mention) -> bool:
    """A drug or procedure the output says was given and the input names only as planned."""
    if m.kind == DIAGNOSIS:
        return False
    folded = evidence_memo(doc, "planned", _input_plans)  # once per distinct input
    if folded is None:
        return False
    text = doc.output
    before = fold(text[max(0, m.start - 60) : m.start])
    if not _GIVEN.search(before) or _NOT_NOW.search(fold(_sentence(text, m.start, m.end))):
        return False
    names = {fold(n) for e in m.entries for n in (e.label, *e.names)} | {fold(m.text)}
    spans = [span for n in names if len(n) > 2 for span in whole_word_spans(folded, n, underscore_splits=False)]
    return bool(spans) and all(_PLANNED.search(_sentence(folded, s, e)) for s, e in spans)
