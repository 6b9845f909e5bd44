"""COD003: an ATC code that shares its parenthesis with other text ('tamsulosina (G04CA02 0.4 mg)').

A parenthesis holds the code alone (shared/spec/checklist.md, COD003: 'or shares a parenthesis'): a
dose, a route or a name written inside it with the code shares it as much as a second code does. A
leading 'ATC' label ('(ATC: J01DD04)') names the code and is no other text.
"""

from __future__ import annotations

import re

_LABEL = re.compile(r"\s*(?:c[oó]d(?:igo|\.)?\s*)?(?:ATC\s*)?[:=]?\s*", re.IGNORECASE)


def shares_with_text(text: str, paren: tuple[int, int], code_start: int, code_end: int) -> bool:
    """Whether the parenthesis ``paren`` (its span, brackets included) holds anything beside the code
    at code_start..code_end and a label before it."""
    before = text[paren[0] + 1 : code_start]
    after = text[code_end : paren[1] - 1]
    return _LABEL.fullmatch(before) is None or any(c.isalnum() for c in after)


def paren_problem(text: str, code, sharing: int) -> str | None:
    """What is wrong with a well-formed code's parenthesis: another code in it, or (an ATC code)
    other text beside it; None when it holds the code alone."""
    if sharing > 1:
        return "comparte el paréntesis con otro código"
    if code.family == "atc" and shares_with_text(text, code.paren, code.start, code.end):
        return "comparte el paréntesis con otro texto"
    return None
