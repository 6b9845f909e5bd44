"""FMT: the shape of the text (opening, markup, length)."""

from __future__ import annotations

import re

from harness.records import Hit, Severity
from harness.registry import Document, check

_OPENING = "Ingresa por"


@check("FMT001", "starts-with-ingresa-por", Severity.ERROR,
       "La epicrisis debe comenzar con «Ingresa por»; comienza con «{start}»")
def starts_with_ingresa_por(doc: Document):
    """The output begins with 'Ingresa por' (exact case) after leading whitespace.

    Okay: Ingresa por neumonía adquirida en la comunidad (J18.9) ...
    FMT001: Paciente ingresa por neumonía adquirida en la comunidad ...
    """
    text = doc.output
    lead = len(text) - len(text.lstrip())
    rest = text[lead:]
    if rest.startswith(_OPENING) and not rest[len(_OPENING):len(_OPENING) + 1].isalnum():
        return
    shown = rest[: len(_OPENING)] or "(texto vacío)"
    yield Hit(lead, lead + min(len(rest), len(_OPENING)), {"start": shown})


_MARKUP = [
    (re.compile(r"\*\*[^*\n]+\*\*|__[^_\n]+__"), "negrita"),
    # led by the '*' or '_' (its lookbehind after it): the engine skips to them at C speed
    (re.compile(r"\*(?<![\w*]\*)(?=\S)[^*\n]+(?<=\S)\*(?![\w*])|_(?<![\w_]_)(?=\S)[^_\n]+(?<=\S)_(?![\w_])"), "énfasis"),
    (re.compile(r"(?m)^[ \t]*#{1,6}[ \t]"), "encabezado"),
    # a heading run into the prose ('..., ## Juicio clínico'): '##' has no other use in clinical text
    (re.compile(r"#{2,6}[ \t]+(?=[^\W\d_])"), "encabezado"),
    (re.compile(r"(?m)^[ \t]*[-*+•·][ \t]+"), "lista con viñetas"),
    (re.compile(r"(?m)^[ \t]*\d{1,2}[.)][ \t]+(?=\D)"), "lista numerada"),
    (re.compile(r"\[[^\[\]\n]*\](?:\([^()\n]*\))?|[\[\]]"), "corchetes"),
    (re.compile(r"`[^`\n]*`|`"), "comilla invertida"),
    (re.compile(r"(?m)^[ \t]*\|.*\|[ \t]*$"), "tabla"),
    (re.compile(r"<([A-Za-z][A-Za-z0-9]*)(?:\s[^<>]*)?>[^<>]*</\1\s*>|</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>"),
     "etiqueta HTML"),
]


# Every pattern above needs one of these characters, or a list marker at a line start.
# Two patterns, each led by what it looks for: a '^' in MULTILINE mode is tried
# at every character, a character class or a newline lets the engine skip to it.
_MARKUP_CHARS = "*_#[]`|<•·"
_LIST_MARKER = re.compile(r"[ \t]*(?:[-+]|\d{1,2}[.)])[ \t]")
_LINE_LIST_MARKER = re.compile(r"\n[ \t]*(?:[-+]|\d{1,2}[.)])[ \t]")


def _may_hold_markup(text: str) -> bool:
    # one substring test per character (a C scan each, stopping at the first found): a
    # character class's scan tests every character of the text against the class, 10x dearer
    return any(map(text.__contains__, _MARKUP_CHARS)) or bool(_LIST_MARKER.match(text)
                                                             or _LINE_LIST_MARKER.search(text))


@check("FMT002", "no-markdown", Severity.ERROR,
       "Formato no permitido ({kind}): «{text}»; la epicrisis debe ser texto plano")
def no_markdown(doc: Document):
    """Plain prose only: no bold, emphasis, headings, lists, brackets, backticks,
    tables, links or HTML tags.

    Okay: Ingresa por neumonía (J18.9), tratada con ceftriaxona (J01DD04).
    FMT002: Ingresa por **neumonía** [J18.9], tratada con ceftriaxona.
    """
    text = doc.output
    if not _may_hold_markup(text):
        return  # one cheap pass settles the usual case: plain prose
    taken: list[tuple[int, int]] = []
    for pattern, kind in _MARKUP:
        for m in pattern.finditer(text):
            start, end = m.start(), m.end()
            if any(s <= start < e for s, e in taken):
                continue  # one finding per piece of markup
            taken.append((start, end))
            shown = m.group().strip()
            yield Hit(start, end, {"kind": kind, "text": shown[:40]})


@check("FMT003", "word-count", Severity.ERROR,
       "La epicrisis tiene {words} palabras; debe tener entre {min_words} y {max_words}")
def word_count(doc: Document, *, min_words: int = 80, max_words: int = 200):
    """Between 80 and 200 words (codes in parentheses count as words).

    Okay: Ingresa por neumonía ... (a text of 80 to 200 words)
    FMT003: Ingresa por neumonía. Buena evolución. Alta.
    """
    words = doc.output.split()
    if min_words <= len(words) <= max_words:
        return
    start = len(doc.output) - len(doc.output.lstrip())
    yield Hit(start, len(doc.output.rstrip()),
              {"words": len(words), "min_words": min_words, "max_words": max_words},
              {"words": len(words)})
