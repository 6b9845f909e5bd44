#!/usr/bin/env python3
"""Deterministic builder for the blind5 corpus (standard library only).

Each base case (cases_*.py) is a canonical scenario rendered into one of several
hospital export shapes, plus a clean Spanish epicrisis.  Variants are produced by
exact, single-occurrence text replacements on the output (and, rarely, on the
scenario).  Consistency guards make sure every planted record can only fail its
planted rule on the formal/grounding checks we can verify mechanically.

Usage: python3 build.py            -> writes blind5.jsonl, prints counts, exit 1 on guard failure
"""
import json
import os
import re
import sys
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from codes import CIE10, ATC, BOGUS_CIE10  # noqa: E402
from render import render  # noqa: E402
import cases_a  # noqa: E402
import cases_b  # noqa: E402
import cases_c  # noqa: E402
import cases_extra  # noqa: E402

IDS = ["FMT001", "FMT002", "FMT003", "COD001", "COD002", "COD003", "COD004", "COD005",
       "COD006", "COD007", "HAL001", "HAL002", "CLN001", "REP001", "DEM001", "HAL003", "HAL004"]

CIE_RE = re.compile(r"(?<![A-Za-z0-9])([A-Z]\d{2}(?:\.?[0-9X]{1,2})?)(?![A-Za-z0-9])")
ATC_RE = re.compile(r"(?<![A-Za-z0-9])([A-Z]\d{2}[A-Z]{2}\d{2})(?![A-Za-z0-9])")
NUM_RE = re.compile(r"(?<![A-Za-z0-9.,])(\d+(?:[.,]\d+)?)")
MD_RE = re.compile(r"\*\*|__|\*[^\s*][^*]*\*|[\[\]`#<>]|^\s*(?:[-*•+]|\d+[.)])\s", re.M)


def norm_cie(c):
    c = c.upper().replace(".", "")
    if c.endswith("X"):
        c = c[:-1]
    return c


def strings_of(v, keys=True):
    out = []
    if isinstance(v, dict):
        for k, x in v.items():
            if keys:
                out.append(str(k))
            out.extend(strings_of(x, keys))
    elif isinstance(v, list):
        for x in v:
            out.extend(strings_of(x, keys))
    elif v is None:
        pass
    else:
        out.append(str(v))
    return out


def strip_codes(text):
    text = ATC_RE.sub(" ", text)
    return CIE_RE.sub(" ", text)


def nums(text):
    res = set()
    for m in NUM_RE.finditer(strip_codes(text)):
        s = m.group(1).replace(",", ".")
        try:
            res.add(float(s))
        except ValueError:
            pass
    return res


def codes_in(text):
    atcs = set(ATC_RE.findall(text))
    t2 = ATC_RE.sub(" ", text)
    cies = set(CIE_RE.findall(t2))
    return cies, atcs


def paren_contents(text):
    return re.findall(r"\(([^()]*)\)", text)


def sentences(text):
    return [s.strip().lower() for s in re.split(r"(?<=[.;])\s+", text) if len(s.split()) >= 4]


def ngram_max(text, n=6):
    w = re.findall(r"\w+", text.lower())
    c = Counter(tuple(w[i:i + n]) for i in range(len(w) - n + 1))
    return max(c.values()) if c else 0


def guard(rec, scen):
    """Return list of guard failure strings."""
    errs = []
    out, inp, exp = rec["output"], rec["input"], set(rec["expected"])
    planted = exp
    if len(exp) > 1:
        errs.append("more than one planted id")
    for e in exp:
        if e not in IDS:
            errs.append("unknown id " + e)
    # FMT001
    starts = out.lstrip().startswith("Ingresa por")
    if ("FMT001" in planted) == starts:
        errs.append("FMT001 guard (starts=%s)" % starts)
    # FMT002
    md = bool(MD_RE.search(out))
    if ("FMT002" in planted) != md:
        errs.append("FMT002 guard (markdown=%s)" % md)
    # FMT003
    wc = len(out.split())
    bad_len = wc < 80 or wc > 200
    if ("FMT003" in planted) != bad_len:
        errs.append("FMT003 guard (words=%d)" % wc)
    if "FMT003" not in planted and not (84 <= wc <= 196):
        errs.append("clean length too near the limits (%d)" % wc)
    if "FMT003" in planted and 70 <= wc <= 210:
        errs.append("planted length too near the limits (%d)" % wc)
    # codes
    in_text = "\n".join(strings_of(inp, keys=False))
    in_cie, in_atc = codes_in(in_text)
    out_cie, out_atc = codes_in(out)
    for c in in_cie | out_cie:
        n = norm_cie(c)
        if n not in CIE10 and n not in BOGUS_CIE10:
            errs.append("unknown CIE-10 in corpus " + c)
        if n in BOGUS_CIE10 and "COD007" not in planted:
            errs.append("bogus CIE-10 outside COD007 " + c)
    for a in in_atc | out_atc:
        if a not in ATC:
            errs.append("unknown ATC " + a)
    has_bogus = any(norm_cie(c) in BOGUS_CIE10 for c in out_cie)
    if "COD007" in planted and not has_bogus:
        errs.append("COD007 planted without bogus code")
    # parenthesis placement
    par = paren_contents(out)
    single = set()
    multi_or_bad = False
    for p in par:
        cs, as_ = codes_in(p)
        if cs or as_:
            if p.strip() in cs or p.strip() in as_:
                single.add(p.strip())
            else:
                multi_or_bad = True
    loose_cie = [c for c in out_cie if c not in single]
    loose_atc = [a for a in out_atc if a not in single]
    cie_fmt_bad = bool(loose_cie) or (multi_or_bad and any(codes_in(p)[0] for p in par if p.strip() not in single))
    atc_fmt_bad = bool(loose_atc) or (multi_or_bad and any(codes_in(p)[1] for p in par if p.strip() not in single))
    if ("COD001" in planted) != cie_fmt_bad:
        errs.append("COD001 guard (loose=%s)" % loose_cie)
    if ("COD003" in planted) != atc_fmt_bad:
        errs.append("COD003 guard (loose=%s)" % loose_atc)
    in_cie_n = {norm_cie(c) for c in in_cie}
    out_cie_n = {norm_cie(c) for c in out_cie}
    absent = (out_cie_n - in_cie_n) | (out_atc - in_atc)
    if ("COD002" in planted) != bool(out_cie_n - in_cie_n):
        errs.append("COD002 guard %s" % (out_cie_n - in_cie_n))
    if ("COD004" in planted) != bool(out_atc - in_atc):
        errs.append("COD004 guard %s" % (out_atc - in_atc))
    omitted = (in_cie_n - out_cie_n) | (in_atc - out_atc)
    if ("COD006" in planted) != bool(omitted):
        errs.append("COD006 guard omitted=%s" % omitted)
    # COD002/COD004 planted codes must be real and their label correct (checked by hand)
    del absent
    # numbers
    in_vals = set()
    for s in strings_of(inp, keys=False):
        in_vals |= nums(s)
    in_all = set()
    for s in strings_of(inp, keys=True):
        in_all |= nums(s)
    out_n = nums(out)
    ungrounded = out_n - in_vals
    if "HAL002" in planted:
        if not (out_n - in_all):
            errs.append("HAL002 planted but every number grounded")
    elif ungrounded:
        errs.append("numbers not in input: %s" % sorted(ungrounded))
    # repetition
    ss = sentences(out)
    rep = len(ss) != len(set(ss)) or ngram_max(out, 6) >= 3
    if ("REP001" in planted) != rep:
        errs.append("REP001 guard (rep=%s)" % rep)
    if "REP001" not in planted and ngram_max(out, 6) >= 2:
        errs.append("6-gram repeated twice in non-REP001 record")
    if not rec["note"] or "\n" in rec["note"]:
        errs.append("note missing")
    return errs


def apply(out, repl):
    for old, new in repl:
        n = out.count(old)
        if n != 1:
            raise ValueError("replacement %r occurs %d times" % (old, n))
        out = out.replace(old, new)
    return out


def main():
    records = []
    failures = []
    bases = cases_a.CASES + cases_b.CASES + cases_c.CASES
    for b in bases:
        scen = b["scen"]
        inp = render(scen, b["fmt"])
        variants = [(b.get("exp0", ""), [], b["note"], None, None)]
        for m in b.get("muts", []) + cases_extra.EXTRA.get(b["key"], []):
            variants.append((m[0], m[1], m[2], m[3] if len(m) > 3 else None, None))
        for v in b.get("alts", []) + cases_extra.ALTS.get(b["key"], []):  # full alternative outputs: (id, output, note)
            variants.append((v[0], None, v[2], None, v[1]))
        for exp, repl, note, scen_mod, full in variants:
            s2 = scen
            if scen_mod:
                s2 = json.loads(json.dumps(scen))
                scen_mod(s2)
            inp2 = render(s2, b["fmt"]) if scen_mod else inp
            try:
                out = full if full is not None else apply(b["out"], repl)
            except ValueError as e:
                failures.append("%s/%s: %s" % (b["key"], exp, e))
                continue
            rec = OrderedDict()
            rec["id"] = None
            rec["input"] = inp2
            rec["output"] = out
            rec["expected"] = sorted([exp] if exp else [])
            rec["note"] = note
            g = guard(rec, s2)
            if g:
                failures.append("%s/%s: %s" % (b["key"], exp or "clean", "; ".join(g)))
            rec["_key"] = b["key"]
            records.append(rec)
    for i, r in enumerate(records, 1):
        r["id"] = "b%03d" % i
    with open(os.path.join(HERE, "blind5.jsonl"), "w", encoding="utf-8") as f:
        for r in records:
            r = OrderedDict((k, v) for k, v in r.items() if not k.startswith("_"))
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    by = Counter(e for r in records for e in r["expected"])
    clean = [r for r in records if not r["expected"]]
    print("records:", len(records))
    print("clean:", len(clean), "(trampa: %d)" % sum(1 for r in clean if "trampa" in r["note"].lower()))
    print("planted:", len(records) - len(clean))
    fmts = Counter(b["fmt"] for b in bases)
    print("input shapes (bases):", dict(sorted(fmts.items())))
    for i in IDS:
        print("  %s %d" % (i, by.get(i, 0)))
    mins = {i: 5 for i in IDS}
    for i in ("DEM001", "HAL001", "HAL003", "HAL004"):
        mins[i] = 12
    for i in IDS:
        if by.get(i, 0) < mins[i]:
            failures.append("count %s=%d below %d" % (i, by.get(i, 0), mins[i]))
    if len(records) < 200:
        failures.append("fewer than 200 records")
    if failures:
        print("GUARD FAILURES:")
        for f_ in failures:
            print("  " + f_)
        sys.exit(1)
    print("all guards passed")


if __name__ == "__main__":
    main()
