"""HAL: hallucinations: entities and numbers in the output that the input lacks."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import accumulate

from harness.records import Hit, Severity
from harness.registry import Document, check
from checks.context import denied_words, fold_output, negated_mention, not_claimed
from checks.framing import framed, lab_or_diet, spelled_out
# HAL002, HAL003 and HAL004 live in their own modules and register through
# this one, the HAL family's entry point (one entry point a family).
from checks.dose import dose_mismatch, dose_mismatches  # noqa: F401
from checks.side import laterality_mismatch  # noqa: F401
from checks.ungrounded_numbers import ungrounded_number  # noqa: F401
from checks.variants import acuity_only, contradicted_variants
from checks.removals import removed_devices  # 'se retira el catéter' where the input keeps it
from checks.results import denied_by_result  # 'VIH' where the input's VIH test is 'no reactiva'
from checks.input_denials import denied_by_status  # 'exanguinotransfusión no indicada', {"descartado": ...}
from checks.agreement import fold_keep
from checks.label_mismatch import names_its_code
from checks.code_terms import term_before
from checks.evidence import evidence, input_memo
from checks.input_walk import fold_short
from checks.inn import inn_spans
from checks.findings import (device_grounding, implied_keys, lab_verdict, is_lab_finding_name, names_a_lab_finding,
                             qualifier_words)
from checks.lexicon import DIAGNOSIS, Mention
from checks.mentions import output_mentions
from checks.states import state_grounded, therapy_grounded
from checks.text import STOPWORDS, fold, output_tokens, token_key
from checks.code_tokens import norm_cie10, output_codes

_KIND_ES = {"drug": "fármaco", "diagnosis": "diagnóstico", "procedure": "procedimiento"}


@check("HAL001", "ungrounded-entity", Severity.ERROR,
       "Entidad no presente en los datos de entrada ({kind_es}): «{text}»")
def ungrounded_entity(doc: Document, *, fuzzy_cutoff: float = 90.0, negation_window: int = 4):
    """Every drug, diagnosis and procedure named is in the input (accents, case,
    plurals, synonyms, abbreviations and small typos allowed). Negated mentions
    ('sin signos de sepsis', 'fuera de ventana para trombólisis', 'se descarta
    TEP') are not claims and are skipped. Devices and therapies are grounded
    only by their own names; a finding by the input's values where it gives
    them (anemia by Hb 8,9; hipokalemia contradicted by K 4,2). A device
    the output says was removed where the input says it stays ('se retira
    el catéter de Tenckhoff' for 'se mantiene catéter') is a removal the
    input lacks (checks/removals.py).

    Okay: Ingresa por NAC (J18.9), tratada con ceftriaxona (J01DD04).   [input: neumonía, ceftriaxona]
    HAL001: Ingresa por NAC (J18.9), tratada con vancomicina.   [input: neumonía, ceftriaxona]
    """
    ev = evidence(doc)
    tokens = output_tokens(doc)
    inside_code = _code_spans(doc)
    advice = doc.memo("hal_advice", _has_advice_lead)  # once, not once a mention
    reported = set()
    for m in output_mentions(doc):
        if inside_code is not None and inside_code(m.start, m.end) or negated_mention(tokens, m.first, negation_window):
            continue
        key = " ".join(tokens.keys[m.first : m.last])
        # most mentions are grounded: the pure tests below are asked only of the others (same findings)
        if (_grounded(doc, ev, m, key, fuzzy_cutoff) and not _denied_in_input(doc, ev, m, key)
                and not denied_by_result(doc, m)):
            continue
        if _other_side_named(ev, key):
            continue  # 'bloqueo de rama izquierda' for the input's 'rama derecha': a side flip, HAL004's
        if (advice and _advice(doc, m.start)) or not_claimed(doc.output, m.start, m.end) or _covered_agent(doc, m):
            continue
        if framed(doc, m.start, m.text, m.kind) or lab_or_diet(doc, m) or spelled_out(doc.output, m.start, m.end):
            continue  # a clinic, a form, a lab value; an abbreviation spelled out beside it
        reported.add((m.start, m.end))
        yield Hit(m.start, m.end, {"kind_es": _KIND_ES[m.kind], "text": m.text}, {"kind": m.kind, "text": m.text})
    yield from _uncatalogued_drugs(doc, ev, negation_window)
    yield from removed_devices(doc)
    # 'apendicectomía abierta' for the input's laparoscópica, unless reported above as another study of its kind
    yield from (h for h in contradicted_variants(doc) if (h.start, h.end) not in reported)


# An organism (an agent code, B95-B96) named as what an antibiotic covers or what there is a risk
# of ('cobertura para Pseudomonas', 'por riesgo de SAMR') is no isolate the patient had.
_AGENTS = ("B95", "B96")
_COVERS_BEFORE = re.compile(r"(?:\bcobertura|\bcubr\w*|\briesgo)\b[^.;:,]{0,30}?\s(?:para|contra|de|frente\s+a|a)\s+$")


def _covered_agent(doc: Document, m: Mention) -> bool:
    if m.kind != DIAGNOSIS or not any(e.code and e.code.startswith(_AGENTS) for e in m.entries):
        return False
    before = fold_keep(doc.output[max(0, m.start - 60) : m.start])
    return ("cobert" in before or "cubr" in before or "riesgo" in before) and bool(_COVERS_BEFORE.search(before))


def _code_spans(doc: Document):
    """None for an output without codes; else whether a span overlaps a code's: the last
    code to start before the span ends, by bisection, with the furthest end of those up to
    it (a mention's text inside 'J18.9' is part of the code, not a name)."""
    codes = output_codes(doc)
    if not codes:
        return None
    spans = sorted((c.start, c.end) for c in codes)
    starts = [s for s, _ in spans]
    reach = list(accumulate((e for _, e in spans), max))

    def overlaps(start: int, end: int) -> bool:
        last = bisect_left(starts, end) - 1  # the codes that start before the span ends
        return last >= 0 and reach[last] > start
    return overlaps


def _uncatalogued_drugs(doc: Document, ev, negation_window: int):
    """Drugs no catalogue lists, known by their INN stem ('tinazidina')."""
    text = doc.output
    tokens = output_tokens(doc)
    spans = inn_spans(tokens)
    if not spans:
        return
    # mentions come in order and never overlap: only the last one to start at or before a span can hold it
    mentions = output_mentions(doc)
    starts = [m.start for m in mentions]
    for start, end in spans:
        at = bisect_right(starts, start) - 1
        if at >= 0 and mentions[at].end > start:
            continue
        first = bisect_left(tokens.starts, start)
        if negated_mention(tokens, first, negation_window) or _advice(doc, start) or not_claimed(text, start, end):
            continue
        word = text[start:end]
        if ev.has_phrase(token_key(word)) or ev.fuzzy_has(fold(word)):
            continue
        yield Hit(start, end, {"kind_es": _KIND_ES["drug"], "text": word}, {"kind": "drug", "text": word})


def _grounded(doc: Document, ev, m: Mention, key: str, fuzzy_cutoff: float) -> bool:
    """Devices by their own names (or what implies them), findings by the
    input's values when it gives them, drug-implied states by the drug, then
    names as for any entity. The rare paths are tried only when they apply."""
    device = device_grounding(ev, m.entries, key)
    if device is not None:
        return device
    diagnosis = m.kind == DIAGNOSIS
    if diagnosis and names_a_lab_finding(key):
        key = _with_severity(doc.output, m.end, key)
        verdict = lab_verdict(doc, key, doc.output, m.end)
        if verdict is not None:
            said = ev.has_phrase(key) or any(ev.has_phrase(k) or (e.code and norm_cie10(e.code) in ev.cie10)
                                             for e in m.entries for k in e.keys)
            if verdict[1]:  # the finding's own name: 'anemia', not 'anemia ferropénica'
                return said or verdict[0] == "supports"  # only the input naming it outweighs its values
            if verdict[0] == "supports" and (_qualifier_grounded(ev, key) or _acute_loss(ev, key)):
                return True  # 'anemia renal' with a low Hb and a renal disease in the input
    # grounds() asks has_phrase(key) first of each entry: the usual answer, asked once (names recur: folded once)
    if ev.has_phrase(key) or any(ev.grounds(e, key, fold_short(m.text), fuzzy_cutoff) for e in m.entries):
        return True
    return diagnosis and (state_grounded(ev, m.entries) or _category_grounded(ev, m.entries)
                          or _named_as_input_code(doc, ev, m)) or therapy_grounded(ev, m.entries)


# A name whose side is one of its words ('bloqueo de rama izquierda', I44.7, beside 'bloqueo de rama
# derecha', I45.1): with the other side, the input's own name. The thing is grounded and its side
# contradicted, which HAL004 reports; HAL001 would report the one error twice.
_OTHER_SIDE = {"izquierda": "derecha", "izquierdo": "derecho", "derecha": "izquierda", "derecho": "izquierdo"}


def _other_side_named(ev, key: str) -> bool:
    words = key.split()
    if not any(w in _OTHER_SIDE for w in words):
        return False
    return ev.has_phrase(" ".join(_OTHER_SIDE.get(w, w) for w in words))


def _named_as_input_code(doc: Document, ev, m: Mention) -> bool:
    """A diagnosis written as the term before one of the input's own CIE-10 codes, which that term
    names ('ICC descompensada (I50.9)' where the input says 'Insuficiencia cardíaca descompensada'):
    the input's diagnosis by another of its names. Whether the term names the code is COD005's reading."""
    text = doc.output
    if "(" not in text[m.end : m.end + 80]:
        return False
    for code in output_codes(doc):  # in order of place
        if code.start < m.end:
            continue
        if code.family != "cie10" or code.paren is None or code.paren[0] - m.end > 80:
            return False
        key = norm_cie10(code.text)
        if term_before(text, code)[0] > m.start or key not in ev.cie10 or _other_subtype(m, key):
            return False
        return names_its_code(doc, code)
    return False


def _other_subtype(m: Mention, key: str) -> bool:
    """The mention names another code of the input code's category in words ('infarto cerebral
    aterotrombótico', I63.3, before the input's I63.9): a subtype the input does not state. An
    abbreviation is not held to its catalogue subcode ('ICC' is congestiva at one site, crónica at
    another): its code's kin decide."""
    if m.text.isupper() and len(m.text) <= 6 or acuity_only(m.text, key):
        return False  # or 'gastroenteritis aguda' for A09.9: acuity is no subtype of its category
    return any(e.code and norm_cie10(e.code)[:3] == key[:3] and norm_cie10(e.code) != key for e in m.entries)


_SEVERE = {"severa": "severa", "severo": "severa", "grave": "grave"}
_WORD_AFTER = re.compile(r" (\w+)")


def _with_severity(text: str, end: int, key: str) -> str:
    """'trombocitopenia severa': the finding with the severity written after it, when the lab table
    knows that name (its values then judge the severity: platelets of 98.000 are no severe one)."""
    after = _WORD_AFTER.match(fold(text[end : end + 10]))
    severity = _SEVERE.get(after.group(1)) if after else None
    if severity is None:
        return key
    named = f"{key} {severity}"
    return named if names_a_lab_finding(named) and is_lab_finding_name(named) else key


def _category_grounded(ev, entries) -> bool:
    """A diagnosis named by its category's unspecified code ('embarazo ectópico', O00.9) is
    grounded by a more specific code of that category in the input (O00.1, embarazo tubárico)."""
    categories = tuple(k[:3] for k in (norm_cie10(e.code) for e in entries if e.code and e.kind == DIAGNOSIS)
                       if len(k) == 3 or (len(k) == 4 and k[3] == "9"))
    return bool(categories) and any(c.startswith(categories) for c in ev.cie10)


def _input_texts(doc: Document) -> tuple[str, str, frozenset[str]]:
    """The input's word keys (' a b c '), all of them and those no denial governs, and the
    words a denial governs: once per distinct input, and one lookup per record for its many
    mentions (a module function: no closure made per mention)."""
    return doc.memo("hal001_affirmed", _read_input_texts)


def _read_input_texts(doc: Document) -> tuple[str, str, frozenset[str]]:
    def read(value) -> tuple[str, str, frozenset[str]]:
        ev = evidence(doc)
        if ev.word_set.isdisjoint(_DENIAL_WORDS):
            return "", "", frozenset()  # no denial in the input: nothing to read
        tokens = ev.raw_tokens()  # one tokenisation for both texts, shared with the input's mentions
        keys = tokens.keys
        marked = denied_words(ev.raw, tokens=tokens) + denied_by_status(ev.raw, tokens)
        full = " " + " ".join(keys) + " "
        if not marked:
            return full, full, frozenset()
        kept = list(keys)
        for i in marked:
            kept[i] = "|"
        return full, " " + " ".join(kept) + " ", frozenset(keys[i] for i in marked)
    return input_memo(doc, "hal001_affirmed", read)


def _denied_in_input(doc: Document, ev, m: Mention, key: str) -> bool:
    """The input names the thing only to deny it ('sin requerimiento de ventilación mecánica',
    'sin tromboembolismo pulmonar'): a denied mention does not ground an affirmed one. Only
    when the input names it by words: a code, a value or a drug that implies it still grounds."""
    full, affirmed, denied = _input_texts(doc)
    if not denied:
        return False
    if all(denied.isdisjoint(_entry_names(e)[1]) for e in m.entries) and denied.isdisjoint(key.split()):
        return False  # no word of its names is denied anywhere: the common case, a few set tests
    names = {key, *(n for e in m.entries for n in _entry_names(e)[0])}
    if any(e.code and (norm_cie10(e.code) in ev.cie10 or e.code in ev.atc) for e in m.entries):
        return False
    if any(e.atc_prefixes and any(c.startswith(e.atc_prefixes) for c in ev.drug_codes()) for e in m.entries):
        return False  # a class named by an input drug of the class ('tiazida' by hidroclorotiazida)
    if m.kind == DIAGNOSIS and (names_a_lab_finding(key) or state_grounded(ev, m.entries)):
        return False
    named = [k for k in names if k and f" {k} " in full]
    if not named:  # the input names it by its head noun alone: 'no candidato a trombectomía' for 'trombectomía mecánica'
        head = f" {key.split()[0]} " if " " in key else ""
        return len(head) > 6 and head in full and head not in affirmed
    return not any(f" {k} " in affirmed for k in names if k)


_ENTRY_NAMES: dict[str, tuple[frozenset[str], frozenset[str]]] = {}


def _entry_names(entry) -> tuple[frozenset[str], frozenset[str]]:
    """An entry's name keys and what implies it (devices), and every word of those; by label
    (a string's hash is cached: cheaper than hashing the entry)."""
    found = _ENTRY_NAMES.get(entry.label)
    if found is None:
        names = frozenset((*entry.keys, *implied_keys(entry.label)))
        found = _ENTRY_NAMES[entry.label] = (names, frozenset(w for n in names for w in n.split()))
    return found


_DENIAL_WORDS = ("sin", "no", "niega", "descarta", "descartado", "descartada", "negativo", "negativa", "ausencia",
                 "contraindicado", "contraindicada", "diferido", "diferida")


def _qualifier_grounded(ev, key: str) -> bool:
    """A finding named with its cause or kind ('anemia renal', 'hipokalemia
    por diuréticos'): the values support the finding, and every other word
    of the name is the input's own ('renal' from 'enfermedad renal crónica')."""
    extra = [w for w in qualifier_words(key) if w not in STOPWORDS]
    return bool(extra) and ev.word_set.issuperset(extra)


# 'anemia aguda' is the anaemia of an acute blood loss (D62): with the values supporting the anaemia,
# a bleeding the input names ('úlcera gástrica con hemorragia', 'melena') says it is acute.
_ACUTE = frozenset({"aguda", "agudo"})
_BLEEDING = frozenset({"hemorragia", "hemorragica", "hemorragico", "sangrado", "hematemesis", "melena",
                       "rectorragia", "hematoquecia", "metrorragia", "hemoptisis"})


def _acute_loss(ev, key: str) -> bool:
    words = key.split()
    return (words[0] == "anemia" and not _ACUTE.isdisjoint(words) and not _BLEEDING.isdisjoint(ev.word_set)
            and all(w in _ACUTE or w in STOPWORDS or w in ev.word_set for w in qualifier_words(key)))


# Discharge advice names what to watch for, not what happened: 'consultar ante
# fiebre o compromiso del estado general', 'signos de alarma: dolor torácico'.
# 'consultó con Nefrología' and 'consultas externas' tell what happened: only
# the advice's own forms (consultar, consulte) count.
# 'acudir a urgencias ante fiebre' likewise, with what to watch for after it ('a raíz de acudir a su
# médico' and 'acudió' tell what happened).
_ADVICE = re.compile(r"\b(?:(?:re)?consult(?:ar|e|en)|acud(?:a|an)|acudir\b[^.;]{0,40}\b(?:ante|si)|alarma|en caso de"
                     r"|ante la aparici\w+)\b")


# Every form of the advice starts with one of these: a text that holds none
# (most) needs no sentence looked at.
_ADVICE_LEADS = ("consult", "alarma", "en caso de", "ante la aparici", "acud")


def _has_advice_lead(doc: Document) -> bool:
    folded = fold_output(doc.output)  # once, not once per lead; the cues' search reads it too
    return any(lead in folded for lead in _ADVICE_LEADS)


def _advice(doc: Document, start: int) -> bool:
    if not doc.memo("hal_advice", _has_advice_lead):
        return False  # fold(sentence) is a piece of fold(text): no lead there, none in any sentence
    text = doc.output
    sentence = text[text.rfind(".", 0, start) + 1 : start]
    folded = fold(sentence)
    return bool(_ADVICE.search(folded)) or _watch_for(folded, text, start)


# 'ante fiebre o dolor debe consultar', 'si presenta disnea, acudir a urgencias': what to watch for
# comes first, the advice's verb after it in the same sentence.
_WATCH_LEAD = re.compile(r"\b(?:ante|si\s+presenta|en\s+caso\s+de)\s")
_ADVICE_AFTER = re.compile(r"\b(?:debe\s+|deben\s+|debera\s+)?(?:re)?(?:consult(?:ar|e|en)|acudir|acuda|acudan)\b")


def _watch_for(folded: str, text: str, start: int) -> bool:
    if " ante " not in f" {folded}" and "si presenta" not in folded and "en caso de" not in folded:
        return False
    if not _WATCH_LEAD.search(folded[-80:]):
        return False
    stop = text.find(".", start)
    return bool(_ADVICE_AFTER.search(fold(text[start : stop if stop >= 0 else len(text)])))
