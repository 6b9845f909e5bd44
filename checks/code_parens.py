"""COD001/COD003: a code that shares its parenthesis with other text ('tamsulosina (G04CA02 0.4 mg)',
'fractura de tibia (S82.2 izquierda)', '(código O14.1)').

A parenthesis holds the code alone (shared/spec/checklist.md: COD003 'shares a parenthesis', its
pattern anchored '^...$'; COD001 'holds ... more than one code', in the README 'sharing one'): a
dose, a route, a side, a name or a label ('ATC', 'código') written inside it with the code shares
it as much as a second code does. Only spaces may stand beside the code.
"""

from __future__ import annotations


def shares_with_text(text: str, paren: tuple[int, int], code_start: int, code_end: int) -> bool:
    """Whether the parenthesis ``paren`` (its span, brackets included) holds a letter or digit
    beside the code at code_start..code_end."""
    return any(c.isalnum() for c in text[paren[0] + 1 : code_start]) or any(
        c.isalnum() for c in text[code_end : paren[1] - 1])


def paren_problem(text: str, code, sharing: int) -> str | None:
    """What is wrong with a well-formed code's parenthesis: another code in it, or other text
    beside it; None when it holds the code alone."""
    if sharing > 1:
        return "comparte el paréntesis con otro código"
    if shares_with_text(text, code.paren, code.start, code.end):
        return "comparte el paréntesis con otro texto"
    return None
