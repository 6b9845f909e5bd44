"""What an input names only to deny it, where the denial is not a word before the thing
(checks.context.denied_words reads 'sin X', 'no se realiza X', 'se descarta X'):

- a status written after the thing, ending its clause: 'exanguinotransfusión no indicada',
  'fibrinolíticos intrapleurales: no se usaron', 'PBE descartada por PMN < 250';
- a field named for what was ruled out or not done, over its value:
  {"descartado": "peritonitis bacteriana espontánea (PMN 120/mm3)"}, {"no_realizado": "..."}.

HAL001 reads both as it reads the others: a denied mention does not ground an affirmed one
(an input that only says a procedure was not indicated does not ground 'se realiza').
"""

from __future__ import annotations

import re
from bisect import bisect_left

from checks.agreement import fold_keep
from checks.text import Tokens

# The status, after the thing on its line (or after a colon that follows it), then the end of its
# clause or the reason that explains it ('no indicada por ...', 'descartada dado ...'). Not across a
# line: a field named 'descartados' is its value's status, not the line's before it.
# Not checks.context's _AFTER (a status after a mention of the output), though both start from
# 'descartado', 'contraindicado', 'diferido': that one lets a word come between ('TEP agudo
# descartado'), takes 'se considera' and any verb of context._VERBS after 'no se', and needs no clause
# end; this one stands right after the thing and ends its clause, takes 'quedó'/'resultó' and its own
# shorter verbs, with or without 'se' ('no realizado', 'no se usaron'). One built from the other
# would change what either finds.
_STATUS_AFTER = re.compile(
    r"(?:[ \t]*:[ \t]*|[ \t]+)(?:(?:fue|es|queda|quedo|resulta|resulto)\s+)?"
    r"(?:(?:descartad[oa]s?|contraindicad[oa]s?|diferid[oa]s?"
    r"|no\s+(?:indicad|realizad|requerid|administrad|aplicad|colocad|usad|utilizad)[oa]s?"
    # 'no precisado' is the classification's 'unspecified' ('de origen no precisado'), no status
    r"|no\s+(?:se\s+)?(?!precisad)(?:us|utiliz|administr|indic|realiz|requi|precis|necesit|aplic|coloc|transfund)\w*)"
    r"(?=\s*(?:[.;,)\n]|$|(?:por|dad[oa]|debido|ya|al|tras|segun)\b))"
    # a deferral to weeks or months ahead, past the stay: 'colecistectomía diferida en 6 semanas', 'diferida
    # a las 4-6 semanas', 'diferida 2 meses' ('diferida en la misma hospitalización' is still done)
    r"|diferid[oa]s?(?=\s+(?:(?:en|a|hasta|para|por|durante|unas|las|los)\s+)*\d+(?:\s*[-a]\s*\d+)?\s+(?:semanas?|mes(?:es)?)\b))")
# What a status after it reaches back to: its own clause, a few words, never past a connective.
_CLAUSE_START = re.compile(r"[.;,:(\n]")
_STOPS = frozenset({"y", "e", "pero", "con", "tras", "aunque", "mientras"})
_REACH = 5
# A field whose name says its value was ruled out or not done (keys and values are one line each
# in the input's joined text: the key's line, then its value's).
_DENYING_FIELD = re.compile(
    r"(?:(?:diagnosticos?|procedimientos?|tratamientos?|intervenciones?)[ _])?"
    r"(?:descartad[oa]s?|no[ _](?:realizad|indicad|administrad|aplicad)[oa]s?|contraindicad[oa]s?)")
_VALUE_END = re.compile(r"[(.;\n]")
# Every match of the two patterns above holds one of their status words ('descartad', 'contraindicad',
# 'diferid') or a 'no' that starts a word or a field's name part, followed by a space or '_': a text
# with none (most inputs, where 'no' stands inside 'neumonía', 'plano ...') is not scanned. Led by the
# literal 'no' so the engine skips to it at C speed; the character before it is checked after.
_DENYING_NO = re.compile(r"no[\s_](?<![^\s:_]no[\s_])")


def _words_in(tokens: Tokens, start: int, end: int) -> range:
    """The indices of the words that start within start..end."""
    return range(bisect_left(tokens.starts, start), bisect_left(tokens.starts, end))


def denied_by_status(text: str, tokens: Tokens) -> list[int]:
    """The indices of the words of ``text`` (its tokens ``tokens``) that a status after them or
    a denying field over them denies."""
    folded = fold_keep(text)
    if "descartad" not in folded and "contraindicad" not in folded and "diferid" not in folded \
            and not _DENYING_NO.search(folded):
        return []
    out: list[int] = []
    keys = tokens.keys
    for m in _STATUS_AFTER.finditer(folded):
        cut = max((c.end() for c in _CLAUSE_START.finditer(folded, max(0, m.start() - 120), m.start())),
                  default=max(0, m.start() - 120))
        span = list(_words_in(tokens, cut, m.start()))[-_REACH:]
        for i in reversed(span):
            if keys[i] in _STOPS:
                break
            out.append(i)
    if "\n" in folded:
        at = 0
        for line in folded.split("\n"):
            end = at + len(line)
            if _DENYING_FIELD.fullmatch(line.strip()) and end < len(folded):
                stop = _VALUE_END.search(folded, end + 1)
                out.extend(_words_in(tokens, end + 1, stop.start() if stop else len(folded)))
            at = end + 1
    return out
