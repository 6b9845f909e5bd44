"""The name an input writes beside a code, for the input's evidence (checks.evidence): the words just
before it in 'Neumonía (J18.9), HTA (I10)', those after it in 'J18.9 Neumonía; I10 HTA', and for an ATC
code closing a drug's row, the drug the row starts with."""

from __future__ import annotations

import re

from checks.code_tokens import CodeToken, find_code_tokens

# Before a code, a name also starts after a closing parenthesis or a conjunction:
# 'amlodipino 10 mg/día (C08CA01) y atenolol 50 mg/día (C07AB03)'.
# A comma between digits is a decimal ('0,4 g/kg/día'), not a list separator; a slash between
# spaces separates list items ('E11.5 ... / L03.0 Celulitis'), one between digits is a dose ('875 / 125').
_LABEL_START = re.compile(r"[;\n|)]|(?<!\d),|,(?!\d)|\s-\s|(?<!\d)\s/\s|:|\s(?:y|e|con|más|mas)\s", re.IGNORECASE)
# After a code ('E11.5 Diabetes mellitus tipo 2 con complicaciones circulatorias periféricas / L03.0
# Celulitis'), 'con' and 'sin' belong to the title (CIE-10 titles hold them: 'con cetoacidosis', 'sin
# complicaciones'); they end the name only when another code follows them. A slash between spaces
# separates list items ('amoxicilina/ácido clavulánico' has none).
_LABEL_END = re.compile(r"[;\n|(]|(?<!\d),|,(?!\d)|\s-\s|(?<!\d)\s/\s|:|\s(?:y|e|más|mas)\s"
                        r"|\s(?:con|sin)\s(?=[A-Za-z]\d\d)", re.IGNORECASE)


def labels_around(text: str, code: CodeToken) -> list[str]:
    """In 'Neumonía (J18.9), HTA (I10)': the words just before a code; in
    'J18.9 Neumonía; I10 HTA', where nothing names it before, those after."""
    before = _LABEL_START.split(text[: code.start])[-1]
    if code.family == "atc" and _REGIMEN_PIECE.match(before):
        before = _drug_row_head(text, code.start, before)
    elif code.family == "atc" and _DRUG_LEAD.search(before):  # 'lumbalgia en uso de ibuprofeno (M01AE01)'
        before = _DRUG_LEAD.split(before)[-1]
    after = _LABEL_END.split(text[code.end :])[0]
    for piece in (before, after):
        piece = " ".join(w for w in re.sub(r"[()\[\]]", " ", piece).split() if not find_code_tokens(w))
        if sum(map(str.isalpha, piece)) >= 2:
            return [piece]
    return []


# Words that introduce the drug an ATC code follows in prose: what comes before them is what it is
# taken for ('lumbalgia crónica en uso de ibuprofeno (M01AE01)'), not its name.
_DRUG_LEAD = re.compile(r"\b(?:(?:en\s+)?uso|usuari[oa]|consumo)\s+de\s+|\b(?:recibe|recibi[oó]|tomando|"
                        r"se\s+(?:indica|inicia|administra|pauta|prescribe))\s+", re.IGNORECASE)
# A piece that is only the tail of a drug's regimen: it starts with a number ('1 g/h vía endovenosa')
# or names a route without a dose ('dextrosa vía endovenosa'), as in 'Sulfato de magnesio 4 g de
# carga y 1 g/h vía endovenosa [ATC A12CC02]', 'Insulina 10 UI con dextrosa vía endovenosa [ATC ...]'.
_REGIMEN_PIECE = re.compile(r"\s*(?:\d|[^\d]*\bv[ií]a\b[^\d]*$)", re.IGNORECASE)
# The row the code ends, cut only at hard separators; its name leads and a dose follows it.
_ROW_START = re.compile(r"[;\n|)\]]|(?<!\d),|,(?!\d)|\s-\s|:")
_ROW_HEAD = re.compile(r"\s*\[?([^\W\d_][^\d\[\]]*?)\s+\d")


def _drug_row_head(text: str, end: int, piece: str) -> str:
    """An ATC code closing a drug row whose regimen holds 'y'/'con' names the drug the row starts
    with; without such a row the piece stays."""
    row = _ROW_START.split(text[:end])[-1]
    head = _ROW_HEAD.match(row)
    return head.group(1) if head and len(head.group(1)) >= 3 and len(row) > len(piece) else piece
