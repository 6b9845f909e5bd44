"""Code-shaped tokens of a text (CIE-10 and ATC): where they are, which family,
well formed or not, and a record's output codes, memoised per record. Split
from checks/text.py; written for speed like it (see CODE_TOKEN_RE)."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import NamedTuple

from harness.registry import Document

# Anything shaped like a code: a capital letter and two digits, then letters,
# digits and dots. 'vitamina B12' and 'coenzima Q10' are excluded by context.
# The letter comes first and the "not after a word character or dot" test
# right after it: a pattern that starts with a character class lets the regex
# engine skip to the next capital at C speed (15x faster on an output than the
# same pattern led by its lookbehind, which is tried at every character).
CODE_TOKEN_RE = re.compile(r"[A-Z](?<![\w.][A-Z])\d\d(?:[0-9A-Z]*)(?:\.[0-9A-Z]*)?(?![\w])")
_NOT_CODE_BEFORE = re.compile(r"(?:vitamina|vit\.?|coenzima|complejo)\s*$", re.IGNORECASE)
_NOT_CODE_ENDS = frozenset("aAtToO.")
# A vertebral level (C1-C7, T1-T12 = D1-D12, L1-L5, S1-S5) is written like a code
# only from T10/D10 to T12/D12 ('vértebra T10' is not CIE-10 T10, a limb fracture).
# Such a token is a level, not a code, after a spine word ('vértebra', 'cuerpo
# vertebral de', 'a nivel de', 'columna dorsal', 'disco', 'raíz') or after another
# level it ranges from or lists with ('T11-T12', 'L1 y T12').
_SPINAL_LEVEL_SHAPE = frozenset(("T10", "T11", "T12", "D10", "D11", "D12"))
_SPINE_WORD_BEFORE = re.compile(
    r"(?:\bv[ée]rtebras?|\bvertebral(?:es)?|\bnivel(?:es)?|\bcolumna(?:\s+(?:dorsal|tor[áa]cica|lumbar|cervical))?"
    r"|\bdiscos?(?:\s+intervertebral(?:es)?)?|\bespacios?(?:\s+(?:intervertebral|discal)(?:es)?)?|\bsegmentos?"
    r"|\bra[íi]z|\bra[íi]ces|\bped[íi]culos?|\bap[óo]fisis(?:\s+(?:espinosa|transversa)s?)?|\bplatillos?"
    r"|\bdermatomas?|\bmet[áa]meras?|(?-i:\b[CTDLS](?:[1-9]|1[0-2]))\s*(?:[-–/,]|\by\b|\ba\b|\be\b))"
    r"\s*(?:(?:de|del|en|a|al|la|el|los|las)\s+)*$", re.IGNORECASE)
_SPINAL_LEVEL_AFTER = re.compile(r"\s*[-–/]\s*[CTDLS](?:[1-9]|1[0-2])(?![\w])")

ATC_RE = re.compile(r"^[ABCDGHJLMNPRSV]\d\d[A-Z]{2}\d\d$")
CIE10_RE = re.compile(r"^[A-Z]\d\d(?:\.?(?:\d|X))?$")
CIE10_EXTENDED_RE = re.compile(r"^[A-Z]\d\d(?:\.?[0-9X](?:[0-9A-Z]{1,3})?)?$")


class CodeToken(NamedTuple):
    """A code-shaped token of a text. Immutable like a frozen dataclass and a
    third as dear to build (a frozen dataclass's __init__ sets each field
    through object.__setattr__): every output's and input's codes are made."""

    text: str  # as written, trailing sentence dot removed
    start: int
    end: int
    family: str  # "cie10" or "atc"
    paren: tuple[int, int] | None  # the enclosing parenthesis, if any


@lru_cache(maxsize=65536)  # asked of every code token, and codes repeat across records
def code_family(token: str) -> str:
    """ATC codes have letters after the first three characters and no dot;
    a lone trailing X is the Chilean CIE-10 filler (I10X)."""
    core = token.rstrip(".")
    if "." not in core and len(core) > 3 and not core[3:].isdigit() and core[3:] != "X":
        return "atc"
    return "cie10"


@lru_cache(maxsize=65536)  # codes repeat across records; a hit costs a dict lookup
def norm_cie10(code: str) -> str:
    """Canonical key of a CIE-10 code: no dot, no X filler ('I10.X' -> 'I10')."""
    code = code.upper().replace(".", "")
    if len(code) == 4 and code.endswith("X"):
        code = code[:3]
    return code


def dotted_cie10(code: str) -> str:
    key = norm_cie10(code)
    return key if len(key) <= 3 else f"{key[:3]}.{key[3:]}"


def is_well_formed(token: CodeToken, *, extended: bool = False) -> bool:
    return _well_formed(token.text, token.family, extended)


@lru_cache(maxsize=65536)  # asked by several checks of every code, and codes repeat
def _well_formed(text: str, family: str, extended: bool) -> bool:
    if family == "atc":
        return bool(ATC_RE.match(text))
    return bool((CIE10_EXTENDED_RE if extended else CIE10_RE).match(text))


_PAREN_RE = re.compile(r"\(([^()]*)\)")
_NEAR_CODE_RE = re.compile(r"\(\s*([A-Z]\d\.\d+)\s*\)")


def find_code_tokens(text: str) -> list[CodeToken]:
    tokens: list[CodeToken] = []
    parens: list[tuple[int, int]] | None = None
    opens: list[int] = []
    for m in CODE_TOKEN_RE.finditer(text):
        raw, start = m.group(), m.start()
        # _NOT_CODE_BEFORE's words end in a, t, '.' or o (no other letter matches those under
        # IGNORECASE): only then is the window searched
        if start and text[max(0, start - 12) : start].rstrip()[-1:] in _NOT_CODE_ENDS \
                and _NOT_CODE_BEFORE.search(text, max(0, start - 12), start):
            continue
        if raw.rstrip(".") in _SPINAL_LEVEL_SHAPE and (_SPINE_WORD_BEFORE.search(text, max(0, start - 40), start)
                                           or _SPINAL_LEVEL_AFTER.match(text, m.end())):
            continue  # a vertebral level ('vértebra T10', 'T12-L1'), not a CIE-10 code
        if parens is None:
            parens = [m.span() for m in _PAREN_RE.finditer(text)] if "(" in text else []
            opens = [p[0] for p in parens]
        # Parentheses found by _PAREN_RE do not overlap: only the last one opened
        # before the code can hold it (found by bisection, not a walk over all).
        at = bisect_left(opens, start) - 1
        enclosing = parens[at] if at >= 0 and m.end() < parens[at][1] else None
        if raw.endswith(".") and enclosing is None:
            raw = raw[:-1]  # a sentence full stop, not part of the code
        tokens.append(CodeToken(raw, start, start + len(raw), code_family(raw), enclosing))
    if "(" in text:
        # A code with its dot misplaced, '(I1.0)', is not code-shaped enough for
        # the pattern above but is one, malformed, when it fills a parenthesis.
        shaped = len(tokens)
        for m in _NEAR_CODE_RE.finditer(text):
            start, end = m.span(1)
            if not any(t.start <= start < t.end for t in tokens):
                tokens.append(CodeToken(m.group(1), start, end, "cie10", (m.start(), m.end())))
        if len(tokens) > shaped:  # the pattern's own tokens come in order
            tokens.sort(key=lambda t: t.start)
    return tokens


def output_codes(doc: Document) -> list[CodeToken]:
    return doc.memo("codes", lambda d: find_code_tokens(d.output))
