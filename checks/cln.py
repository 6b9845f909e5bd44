"""CLN: clinical coherence between treatment and diagnoses."""

from __future__ import annotations

import re

from harness.records import Hit, Severity
from harness.registry import Document, check
from checks.agreement import fold_keep
from checks.context import negated_mention, not_claimed
from checks.evidence import evidence
from checks.hal import output_mentions
from checks.lexicon import DRUG, Mention, by_code, indications
from checks.text import fold, negated, output_tokens
from checks.code_tokens import output_codes


def _unclaimed(doc: Document, m: Mention) -> bool:
    return negated_mention(output_tokens(doc), m.first) or not_claimed(doc.output, m.start, m.end)


def _indicated_for(atc: str, table: dict[str, tuple[str, ...]] | None = None) -> tuple[str, ...] | None:
    """CIE-10 prefixes from the longest matching ATC prefix of ``table`` (everyone's rows by
    default), None if unknown."""
    table = indications() if table is None else table
    for length in range(len(atc), 0, -1):
        found = table.get(atc[:length])
        if found is not None:
            return found
    return None


_PRODUCT_BREAK = re.compile(r"[.;,]|\s(?:y|e|o|con|mas|más)\s")


def _named_by_written_code(text: str, m: Mention, atc_codes: list) -> bool:
    """A drug named inside a product's term whose own ATC code follows ('dexametasona/tobramicina
    colirio (S01CA01)', a combination or a form): the code written says what was given."""
    for c in atc_codes:
        gap_end = c.paren[0] if c.paren else c.start
        if 0 <= gap_end - m.end <= 30 and not _PRODUCT_BREAK.search(text, m.end, gap_end):
            return c.text not in {e.code for e in m.entries if e.code} and (
                c.text in by_code() or c.text[0] in _LOCAL_GROUPS)
    return False


# The ATC groups of local forms (D dermatological, S sense organs): a systemic drug applied to the
# skin, eye or ear has its own code there ('ciprofloxacino ótico (S02AA15)'), which says the form
# given even when the catalogue lacks it.
_LOCAL_GROUPS = "DS"


def _prophylaxis(text: str, m: Mention) -> bool:
    """An anti-infective written as prophylaxis ('profilaxis con ampicilina/sulbactam', 'cefazolina
    profiláctica'): given to prevent an infection, it needs no diagnosis of one."""
    return "profil" in text[max(0, m.start - 40) : m.end + 30].lower()


# A drug the text says is stopped: 'se suspende la metformina', 'metformina, que se suspende',
# 'ampicilina ... por 48 horas, suspendida con hemocultivos negativos', 'se retira el AINE'.
_WITHDRAWN_BEFORE = re.compile(r"\b(?:se\s+(?:suspende|suspendio|retira|retiro)n?|suspender|retirar|"
                               r"suspension\s+de|retirada\s+de|retiro\s+de)(?:\s+(?:el|la|los|las|de|del|su|sus))?\s*$")
_WITHDRAWN_AFTER = re.compile(r"(?:que\s+)?(?:se\s+(?:suspende|suspendio|retira|retiro)n?|"
                              r"(?:fue\s+|es\s+)?(?:suspendid|retirad|discontinuad)[oa]s?)\b")
_CLAUSE_STOP = re.compile(r"[.;:\n]|\s(?:y|e)\s")
_ITEM_START = re.compile(r"(?:^|,)\s*")  # where a clause's items start: its beginning and after each comma


def _withdrawn(text: str, m: Mention) -> bool:
    """A drug named as stopped ('que se suspende', 'suspendida con hemocultivos negativos', 'se
    retira el AINE'): withdrawing it is no treatment given for a diagnosis, and an empirical
    anti-infective stopped when cultures come back negative had the suspected infection as its
    indication. Read in its clause: after it up to the next '.', ';' or 'y', or right before it."""
    if _WITHDRAWN_BEFORE.search(fold(text[max(0, m.start - 30) : m.start])):
        return True
    stop = _CLAUSE_STOP.search(text, m.end)
    after = fold(text[m.end : stop.start() if stop else len(text)][:90])
    return any(_WITHDRAWN_AFTER.match(after, i.end()) for i in _ITEM_START.finditer(after))


def _open_fracture(flat: str) -> bool:
    """An open fracture ('fractura expuesta', Gustilo's grades) in the folded text: contaminated
    from the start, it is itself the indication of antibiotics."""
    return "fractura" in flat and ("expuest" in flat or "gustilo" in flat)


def _perinatal(ev) -> bool:
    """A newborn whose diagnoses are all perinatal (chapter P, with symptoms R and factors Z)."""
    codes = ev.diagnosis_codes()
    return bool(codes) and any(c.startswith("P") for c in codes) and all(c[0] in "PRZ" for c in codes)


# The populations whose patients rows of indications.csv (its 'population' column) hold to other
# indications than everyone's: acid suppression (A02), any hospitalised adult's stress-ulcer
# prophylaxis, is a newborn's under phototherapy only for a digestive disease, a bleeding or a
# critical state.
POPULATIONS = {"perinatal": _perinatal}


@check("CLN001", "treatment-incoherent", Severity.WARNING,
       "El fármaco {drug} ({code}) no tiene indicación plausible entre los diagnósticos de entrada")
def treatment_incoherent(doc: Document):
    """Each medication has a plausible indication among the input's diagnoses
    (ATC group vs CIE-10 chapter knowledge table in checks/catalog/indications.csv;
    a population's rows there, such as a newborn's, replace everyone's for its patients).
    A drug named as not given ('no se usa amoxicilina', 'insulina no indicada')
    needs no indication.

    Okay: Ingresa por diabetes mellitus tipo 2 (E11.9), se ajusta metformina (A10BA02).
    CLN001: Ingresa por apendicitis aguda (K35.8); se indica insulina glargina (A10AE04).
    """
    ev = evidence(doc)
    # drug code -> where it is first named, and every mention of it (None: a code alone)
    drugs: dict[str, tuple[int, int, str]] = {}
    said: dict[str, list[Mention | None]] = {}
    mentions = output_mentions(doc)
    for code in output_codes(doc):
        if code.family == "atc" and code.text in by_code():
            drugs.setdefault(code.text, (code.start, code.end, by_code()[code.text].label))
            said.setdefault(code.text, []).append(next((m for m in mentions if 0 <= code.start - m.end <= 3), None))
    atc_codes = [c for c in output_codes(doc) if c.family == "atc"]
    for m in mentions:
        entries = [e for e in m.entries if e.kind == DRUG and e.code]  # none for most: no code looked at
        if not entries or (atc_codes and _named_by_written_code(doc.output, m, atc_codes)):
            continue  # 'dexametasona/tobramicina colirio (S01CA01)': the written code is the product
        for e in entries:
            drugs.setdefault(e.code, (m.start, m.end, m.text))
            said.setdefault(e.code, []).append(m)
    coded = ev.diagnosis_codes(named=False)
    named: set[str] | None = None  # diagnoses named in the input text: read only if needed
    for atc, (start, end, name) in drugs.items():
        allowed = _indicated_for(atc)
        for population, of_it in POPULATIONS.items():
            own = _indicated_for(atc, indications(population))  # None for nearly every drug
            if own is not None and of_it(ev):
                allowed = own
        if allowed is None or "*" in allowed:
            continue
        if any(d.startswith(allowed) for d in coded):
            continue
        if named is None:
            named = ev.diagnosis_codes()
            if not named:
                return  # no diagnosis known: nothing to judge against
        if any(d.startswith(allowed) for d in named):
            continue
        if all(m is not None and (_unclaimed(doc, m) or _withdrawn(doc.output, m)) for m in said[atc]):
            continue  # 'no se usa amoxicilina (J01CA04)': named as not given; 'que se suspende': stopped
        if (atc[0] == "J" or atc.startswith("B01")) and any(
                m is not None and _prophylaxis(doc.output, m) for m in said[atc]):
            # 'profilaxis con cefazolina', 'profilaxis con rivaroxabán': the prophylaxis (of surgery, of
            # exposure, of thrombosis) is its indication
            continue
        if atc.startswith("J01") and (_open_fracture(ev.flat) or _open_fracture(fold_keep(doc.output))):
            continue  # 'fractura expuesta Gustilo II': the open fracture is its indication
        yield Hit(start, end, {"drug": name, "code": atc}, {"code": atc, "indications": list(allowed)})
