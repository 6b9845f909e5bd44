"""HSP: the house rules of one hospital, beyond the shared checklist."""

from __future__ import annotations

import re
import unicodedata

from harness.records import Hit, Severity
from harness.registry import Document, check


def _fold(text: str) -> str:
    # accents and case do not matter to the reader: "Control" = "contról"
    decomposed = unicodedata.normalize("NFD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@check("HSP001", "follow-up-stated", Severity.ERROR,
       "La epicrisis no indica el control posterior al alta (se esperaba: {expected})")
def follow_up_stated(doc: Document, *, words: tuple[str, ...] = ("control", "seguimiento")):
    """The discharge plan names the patient's follow-up (a control or seguimiento).

    Okay: Ingresa por neumonía (J18.9) ... Control en policlínico en 7 días.
    HSP001: Ingresa por neumonía (J18.9) ... Se da de alta.
    """
    folded = _fold(doc.output)
    if any(re.search(rf"\b{re.escape(_fold(w))}", folded) for w in words):
        return
    yield Hit(0, 0, {"expected": " o ".join(words)})
