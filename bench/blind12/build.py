#!/usr/bin/env python3
"""Build blind12.jsonl from the scenario files cases_*.py (standard library only).

Each cases_N.py defines CASES: a list of dicts
    {"name", "country", "service", "input", "output", "variants": [...]}
and each variant is
    {"expected": [] | ["CHECK"], "note": str,
     "out": [(old, new), ...]   # optional replacements in the output
     "inp": [(old, new), ...]   # optional replacements in json.dumps(input)
     "full": str}               # optional full replacement of the output

Every record passes through the guards below.  A clean record and a record
planted for a semantic check must pass every guard; a record planted for a
guard-visible check must fail exactly that guard.  Exit 1 on any violation.
"""
import datetime
import importlib.util
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))

ALL_CHECKS = ["FMT001", "FMT002", "FMT003", "COD001", "COD002", "COD003",
              "COD004", "COD005", "COD006", "COD007", "HAL001", "HAL002",
              "CLN001", "REP001", "DEM001", "HAL003", "HAL004"]
GUARDABLE = {"FMT001", "FMT002", "FMT003", "COD001", "COD002", "COD003",
             "COD004", "COD006", "HAL002", "REP001"}
# three-character CIE-10 categories that do not exist in ICD-10 (WHO / ES):
# used only for COD007 plants; a clean record must not contain them.
NONEXISTENT_CATEGORIES = {"J19", "I53", "G48", "K69", "E93", "N54", "M37",
                          "J48", "L96", "D92", "B29"}

ATC_RE = re.compile(r"(?<![A-Za-z0-9])[A-Z]\d\d[A-Z]{2}\d\d(?![A-Za-z0-9])")
ATC_VALID = re.compile(r"^[ABCDGHJLMNPRSV]\d\d[A-Z]{2}\d\d$")
CIE_RE = re.compile(r"(?<![A-Za-z0-9])[A-Z]\d\d(?:\.?\d{1,2}|\.?X)?(?![A-Za-z0-9])")
NUM_RE = re.compile(r"(?<![A-Za-z\d.,])\d+(?:[.,]\d+)?")
DATE_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
DATE_DMY = re.compile(r"(?<!\d)(\d{1,2})/(\d{1,2})/(\d{4})(?!\d)")
PAREN_RE = re.compile(r"\(([^()]*)\)")

WORD_NUM = {
    "uno": 1, "una": 1, "un": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5,
    "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11,
    "doce": 12, "trece": 13, "catorce": 14, "quince": 15, "dieciséis": 16,
    "diecisiete": 17, "dieciocho": 18, "diecinueve": 19, "veinte": 20,
    "veintiuno": 21, "veintiún": 21, "veintiuna": 21, "veintidós": 22,
    "veintitrés": 23, "veinticuatro": 24, "veinticinco": 25, "veintiséis": 26,
    "veintisiete": 27, "veintiocho": 28, "veintinueve": 29, "treinta": 30,
    "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "setenta": 70,
    "ochenta": 80, "noventa": 90, "cien": 100, "ciento": 100,
}
WORD_SEQ = re.compile(
    r"\b((?:(?:%s)(?:\s+y\s+|\s+))+)(años|meses|días|semanas|horas)\b"
    % "|".join(sorted(WORD_NUM, key=len, reverse=True)), re.IGNORECASE)


def norm_code(c):
    c = c.upper().replace(".", "")
    if c.endswith("X"):
        c = c[:-1]
    return c


def mask_codes(text):
    text = ATC_RE.sub(lambda m: " " * len(m.group()), text)
    return CIE_RE.sub(lambda m: " " * len(m.group()), text)


def codes_in(text):
    atc = [m.group() for m in ATC_RE.finditer(text)]
    masked = ATC_RE.sub(lambda m: " " * len(m.group()), text)
    cie = [m.group() for m in CIE_RE.finditer(masked)]
    return cie, atc


def norm_num(tok):
    v = float(tok.replace(",", "."))
    return ("%f" % v).rstrip("0").rstrip(".")


def strings_of(value):
    """Every string (keys included) and number of an arbitrary JSON value."""
    if isinstance(value, dict):
        for k, v in value.items():
            yield str(k)
            yield from strings_of(v)
    elif isinstance(value, list):
        for v in value:
            yield from strings_of(v)
    elif isinstance(value, bool) or value is None:
        return
    elif isinstance(value, (int, float)):
        yield repr(value)
    else:
        yield str(value)


def dates_in(text):
    out = []
    for m in DATE_ISO.finditer(text):
        out.append(datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3))))
    for m in DATE_DMY.finditer(text):
        out.append(datetime.date(int(m.group(3)), int(m.group(2)), int(m.group(1))))
    return out


def birth_dates(value):
    """Dates labelled as a birth date: a key containing 'nac' (fecha_nac,
    fecha_nacimiento), or a row (list or dict) that pairs a label containing
    'nacimiento' with a date."""
    out = []
    if isinstance(value, dict):
        vals = [x for x in value.values() if isinstance(x, str)]
        labelled = any("nacimiento" in x.lower() for x in vals)
        for k, x in value.items():
            if isinstance(x, str) and ("nac" in str(k).lower() or (labelled and dates_in(x))):
                out.extend(dates_in(x))
            else:
                out.extend(birth_dates(x))
    elif isinstance(value, list):
        strs = [x for x in value if isinstance(x, str)]
        if any("nacimiento" in x.lower() for x in strs):
            for x in strs:
                out.extend(dates_in(x))
        for x in value:
            if not isinstance(x, str):
                out.extend(birth_dates(x))
    return out


def derived_numbers(inp, input_text):
    """Ages in years, months and days from a labelled birth date to every
    other date of the input (admission, discharge)."""
    out = set()
    births = set(birth_dates(inp))
    others = set(dates_in(input_text)) - births
    for birth in births:
        for d in others:
            if d <= birth:
                continue
            years = d.year - birth.year - ((d.month, d.day) < (birth.month, birth.day))
            months = (d.year - birth.year) * 12 + d.month - birth.month - (d.day < birth.day)
            out.update({str(years), str(months), str((d - birth).days)})
    return out


def numbers_of_input(inp):
    nums = set()
    text = "\n".join(strings_of(inp))
    for m in NUM_RE.finditer(mask_codes(text)):
        nums.add(norm_num(m.group()))
    return nums | derived_numbers(inp, text)


def word_numbers(text):
    vals = []
    for m in WORD_SEQ.finditer(text):
        words = [w for w in re.split(r"\s+", m.group(1).lower()) if w and w != "y"]
        if all(w in ("un", "una", "uno") for w in words):
            continue
        vals.append((m.group(0), sum(WORD_NUM[w] for w in words)))
    return vals


MD_PATTERNS = [
    re.compile(r"\*\*|__"), re.compile(r"(?<![\w*])\*[^*\s][^*\n]*\*(?![\w*])"),
    re.compile(r"(?m)^\s*#"), re.compile(r"(?m)^\s*[-*+•]\s"),
    re.compile(r"(?m)^\s*\d+[.)]\s"), re.compile(r"[\[\]`|]"),
    re.compile(r"</?[A-Za-z][^>]*>"),
]


def guard_failures(inp, out):
    fails = set()
    if not out.lstrip().startswith("Ingresa por"):
        fails.add("FMT001")
    if any(p.search(out) for p in MD_PATTERNS):
        fails.add("FMT002")
    n = len(out.split())
    if n < 80 or n > 200:
        fails.add("FMT003")
    cie_o, atc_o = codes_in(out)
    masked_atc = ATC_RE.sub(lambda m: " " * len(m.group()), out)
    for m in CIE_RE.finditer(masked_atc):
        if out[m.start() - 1:m.start()] != "(" or out[m.end():m.end() + 1] != ")":
            fails.add("COD001")
    for m in ATC_RE.finditer(out):
        if out[m.start() - 1:m.start()] != "(" or out[m.end():m.end() + 1] != ")" \
                or not ATC_VALID.match(m.group()):
            fails.add("COD003")
    for m in PAREN_RE.finditer(out):
        content = m.group(1).strip()
        c_cie, c_atc = codes_in(content)
        if c_cie and not (len(c_cie) == 1 and not c_atc and content == c_cie[0]):
            fails.add("COD001")
        if c_atc and not (len(c_atc) == 1 and not c_cie and content == c_atc[0]):
            fails.add("COD003")
        if re.match(r"^[A-Z]\d[0-9A-Z.,]*$", content) and not c_cie and not c_atc:
            fails.add("COD001")
    in_text = "\n".join(strings_of(inp))
    cie_i, atc_i = codes_in(in_text)
    if {norm_code(c) for c in cie_o} - {norm_code(c) for c in cie_i}:
        fails.add("COD002")
    if set(atc_o) - set(atc_i):
        fails.add("COD004")
    in_codes = {norm_code(c) for c in cie_i} | set(atc_i)
    out_codes = {norm_code(c) for c in cie_o} | set(atc_o)
    if in_codes - out_codes:
        fails.add("COD006")
    allowed = numbers_of_input(inp)
    for m in NUM_RE.finditer(mask_codes(out)):
        if norm_num(m.group()) not in allowed:
            fails.add("HAL002")
    for _, v in word_numbers(out):
        if str(v) not in allowed:
            fails.add("HAL002")
    sents = [re.sub(r"\s+", " ", s.strip().lower())
             for s in re.split(r"(?<=[.!?])\s+", out)]
    sents = [s for s in sents if len(s.split()) >= 3]
    if len(sents) != len(set(sents)):
        fails.add("REP001")
    return fails


def explain(tag, inp, out):
    allowed = numbers_of_input(inp)
    miss = [m.group() for m in NUM_RE.finditer(mask_codes(out)) if norm_num(m.group()) not in allowed]
    miss += [w for w, v in word_numbers(out) if str(v) not in allowed]
    cie_o, atc_o = codes_in(out)
    cie_i, atc_i = codes_in("\n".join(strings_of(inp)))
    print("EXPLAIN %s words=%d missing_numbers=%s out_codes=%s in_codes=%s"
          % (tag, len(out.split()), miss, cie_o + atc_o, cie_i + atc_i), file=sys.stderr)


def apply(text, pairs, where, errors, rid):
    for old, new in pairs:
        k = text.count(old)
        if k != 1:
            errors.append("%s: replacement %r occurs %d times in %s" % (rid, old, k, where))
            continue
        text = text.replace(old, new)
    return text


def load_cases():
    files = sorted((f for f in os.listdir(HERE) if re.match(r"^cases_\d+\.py$", f)),
                   key=lambda f: int(re.findall(r"\d+", f)[0]))
    cases = []
    for f in files:
        spec = importlib.util.spec_from_file_location(f[:-3], os.path.join(HERE, f))
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        for c in mod.CASES:
            c = dict(c)
            c["file"] = f
            cases.append(c)
    return cases


def main():
    errors = []
    records, notes = [], []
    names = set()
    for case in load_cases():
        if case["name"] in names:
            errors.append("duplicate case name %s" % case["name"])
        names.add(case["name"])
        base_fail = guard_failures(case["input"], case["output"])
        for vi, var in enumerate(case["variants"]):
            rid = "c%03d" % (len(records) + 1)
            tag = "%s/%s#%d" % (rid, case["name"], vi)
            exp = list(var["expected"])
            for e in exp:
                if e not in ALL_CHECKS:
                    errors.append("%s: unknown check %s" % (tag, e))
            if len(exp) > 1:
                errors.append("%s: more than one planted problem" % tag)
            inp = case["input"]
            if var.get("inp"):
                s = json.dumps(inp, ensure_ascii=False)
                s = apply(s, var["inp"], "input", errors, tag)
                inp = json.loads(s)
            if "full" in var:
                out = var["full"]
            else:
                out = apply(case["output"], var.get("out", []), "output", errors, tag)
            if exp and not (var.get("inp") or var.get("out") or "full" in var):
                errors.append("%s: planted record without a change" % tag)
            if exp and out == case["output"] and inp == case["input"]:
                errors.append("%s: planted record identical to base" % tag)
            fails = guard_failures(inp, out)
            if "--explain" in sys.argv and fails != (set(exp) & GUARDABLE):
                explain(tag, inp, out)
            g_exp = set(exp) & GUARDABLE
            if fails != g_exp:
                errors.append("%s: guards failed %s, expected %s" % (tag, sorted(fails), sorted(g_exp)))
            cie_o, _ = codes_in(out)
            bad = [c for c in cie_o if norm_code(c)[:3] in NONEXISTENT_CATEGORIES]
            if bad and exp != ["COD007"]:
                errors.append("%s: non-existent CIE-10 %s outside a COD007 plant" % (tag, bad))
            if exp == ["COD007"] and not bad:
                errors.append("%s: COD007 plant without a non-existent code" % tag)
            records.append({"id": rid, "input": inp, "output": out, "expected": exp})
            notes.append({"id": rid, "case": case["name"], "file": case["file"],
                          "country": case.get("country"), "service": case.get("service"),
                          "expected": exp, "note": var.get("note", "")})
        if base_fail and not any(not v["expected"] and not v.get("out") and not v.get("inp")
                                 for v in case["variants"]):
            pass  # base text itself need not be a record
    with open(os.path.join(HERE, "blind12.jsonl"), "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "blind12_notes.jsonl"), "w", encoding="utf-8") as fh:
        for r in notes:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    cnt = Counter(e for r in records for e in r["expected"])
    clean = sum(1 for r in records if not r["expected"])
    print("records: %d  clean: %d (%.1f%%)  planted: %d"
          % (len(records), clean, 100.0 * clean / max(1, len(records)), len(records) - clean))
    for c in ALL_CHECKS:
        print("  %s %3d" % (c, cnt.get(c, 0)))
    print("cases: %d  countries: %s" % (len(names), dict(Counter(n["country"] for n in notes))))
    for c in ALL_CHECKS:
        need = 15 if c in ("DEM001", "HAL001", "HAL003", "HAL004") else 5
        if cnt.get(c, 0) < need:
            errors.append("check %s has %d planted records (< %d)" % (c, cnt.get(c, 0), need))
    if len(records) < 200:
        errors.append("only %d records" % len(records))
    if errors:
        for e in errors:
            print("GUARD FAIL:", e, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
