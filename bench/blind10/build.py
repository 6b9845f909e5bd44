#!/usr/bin/env python3
"""Deterministic builder for the blind10 corpus (standard library only).

Each case in cases.py gives an input, a clean output and the edits that plant
exactly one problem (or a clean near-miss). The guards below check that every
record fails only what it is meant to fail, as far as plain rules can tell.
"""
import copy
import json
import re
import sys
from collections import Counter, OrderedDict
from pathlib import Path

from cases import CASES

ROUTE_EQUIV = [(" VO ", " por vía oral ", "VO = vía oral"), (" EV ", " endovenoso ", "EV = endovenosa"),
               (" IV ", " intravenoso ", "IV = intravenosa"), (" v/o ", " por boca ", "v/o = vía oral"),
               (" sc ", " subcutánea ", "sc = subcutánea"), (" ev ", " intravenosa ", "ev = endovenosa"),
               (" iv ", " endovenosa ", "iv = intravenosa"), (" vo ", " oral ", "vo = oral")]
NO_ROUTE = set()
HERE = Path(__file__).resolve().parent
CIE = re.compile(r"(?<![A-Za-z0-9])([A-Z]\d\d(?:\.\d{1,2}|\.X)?)(?![A-Za-z0-9])")
ATC = re.compile(r"(?<![A-Za-z0-9])([ABCDGHJLMNPRSV]\d\d[A-Z]{2}\d\d)(?![A-Za-z0-9])")
NUM = re.compile(r"(?<![A-Za-z0-9.,/])(\d+(?:[.,]\d+)?)")
NUM_IN = re.compile(r"(\d+(?:[.,]\d+)?)")
MD = re.compile(r"\*\*|__|`|\[|\]|^\s*#|^\s*[-*+] |^\s*\d+[.)] |<[a-z/]|\|", re.M)

TARGET = OrderedDict([
    ("FMT001", 6), ("FMT002", 6), ("FMT003", 7), ("COD001", 6), ("COD002", 6),
    ("COD003", 6), ("COD004", 6), ("COD005", 6), ("COD006", 6), ("COD007", 6),
    ("HAL001", 14), ("HAL002", 7), ("CLN001", 6), ("REP001", 6), ("DEM001", 14),
    ("HAL003", 14), ("HAL004", 13),
])


def strings(v):
    if isinstance(v, dict):
        for k, x in v.items():
            yield str(k)
            yield from strings(x)
    elif isinstance(v, list):
        for x in v:
            yield from strings(x)
    elif v is None:
        return
    else:
        yield str(v)


def norm_code(c):
    c = c.upper().replace(".", "")
    if c.endswith("X"):
        c = c[:-1]
    return c


def input_codes(inp):
    cie, atc = set(), set()
    for s in strings(inp):
        cie.update(norm_code(c) for c in CIE.findall(s))
        atc.update(ATC.findall(s))
    return cie, atc


def norm_num(n):
    n = n.replace(",", ".")
    if "." in n:
        n = n.rstrip("0").rstrip(".")
    return n


def input_nums(inp):
    out = set()
    for s in strings(inp):
        s2 = CIE.sub(" ", ATC.sub(" ", s))
        out.update(norm_num(n) for n in NUM_IN.findall(s2))
    return out


def output_nums(text):
    t = CIE.sub(" ", ATC.sub(" ", text))
    return [norm_num(n) for n in NUM.findall(t)]


def sentences(text):
    return [s.strip().lower() for s in re.split(r"(?<=[.!?])\s+", text) if len(s.split()) >= 4]


def guard(rec, allow_nums=()):
    """Return list of guard failures for a record given its expected list."""
    exp = set(rec["expected"])
    out, inp = rec["output"], rec["input"]
    errs = []
    if "FMT001" not in exp and not out.lstrip().startswith("Ingresa por"):
        errs.append("FMT001 unplanted")
    if "FMT001" in exp and out.lstrip().startswith("Ingresa por"):
        errs.append("FMT001 planted but starts ok")
    md = bool(MD.search(out))
    if md != ("FMT002" in exp):
        errs.append("FMT002 mismatch")
    wc = len(out.split())
    if (wc < 80 or wc > 200) != ("FMT003" in exp):
        errs.append("FMT003 mismatch wc=%d" % wc)
    icie, iatc = input_codes(inp)
    ocie = CIE.findall(out)
    oatc = ATC.findall(out)
    paren_ok = all(re.search(r"\(" + re.escape(c) + r"\)", out) for c in ocie) and \
        not re.search(r"\([^()]*[A-Z]\d\d[^()]*[,;/][^()]*[A-Z]\d\d[^()]*\)", out)
    if ("COD001" in exp) == paren_ok and "COD003" not in exp:
        if not ("COD001" in exp):
            errs.append("COD001 unplanted")
        elif paren_ok:
            errs.append("COD001 planted but codes fine")
    if "COD001" not in exp and "COD003" not in exp:
        atc_ok = all(re.search(r"\(" + c + r"\)", out) for c in oatc)
        if not atc_ok:
            errs.append("COD003 unplanted")
    if "COD003" in exp:
        atc_ok = all(re.search(r"\(" + c + r"\)", out) for c in oatc)
        if atc_ok and not re.search(r"\([^()]*\d\d[,;/ ]+[A-Z]\d\d[A-Z]{2}", out):
            errs.append("COD003 planted but fine")
    miss_cie = {norm_code(c) for c in ocie} - icie
    miss_atc = set(oatc) - iatc
    if bool(miss_cie) != ("COD002" in exp):
        errs.append("COD002 mismatch %s" % miss_cie)
    if bool(miss_atc) != ("COD004" in exp):
        errs.append("COD004 mismatch %s" % miss_atc)
    omitted = (icie - {norm_code(c) for c in ocie}) | (iatc - set(oatc))
    if bool(omitted) != ("COD006" in exp):
        errs.append("COD006 mismatch %s" % omitted)
    onums = set(output_nums(out))
    inums = input_nums(inp) | {norm_num(a) for a in allow_nums}
    ungrounded = onums - inums
    if bool(ungrounded) != ("HAL002" in exp):
        errs.append("HAL002 mismatch %s" % ungrounded)
    sents = sentences(out)
    rep = len(sents) != len(set(sents))
    words = re.findall(r"\w+", out.lower())
    grams = Counter(tuple(words[i:i + 7]) for i in range(len(words) - 6))
    rep = rep or any(v > 1 for v in grams.values())
    if rep != ("REP001" in exp):
        errs.append("REP001 mismatch")
    return errs


def apply(text, old, new, where):
    if old not in text:
        raise SystemExit("builder: '%s' not found in %s" % (old, where))
    return text.replace(old, new, 1)


def candidates(case):
    """Yield (expected, input, output, note, allow_nums) for one case."""
    inp, out, cid = case["input"], case["output"], case["id"]
    allow = case.get("allow_nums", ())
    yield [], inp, out, case["note"], allow
    for old, new, what in ROUTE_EQUIV:
        if old in out and case["id"] not in NO_ROUTE:
            yield [], inp, out.replace(old, new), "Trampa limpia: vía escrita de otra forma (%s), misma vía que el input." % what, allow
            break
    for t in case.get("trampas", []):
        old, new, note = t[:3]
        i2 = copy.deepcopy(inp)
        if len(t) > 3 and t[3]:
            i2 = t[3](i2)
        yield [], i2, apply(out, old, new, cid) if old else out, note, allow
    for chk, edits in case.get("plants", []):
        i2 = copy.deepcopy(inp)
        o2 = out
        note = edits.get("note", "")
        for old, new in edits.get("out", []):
            o2 = apply(o2, old, new, cid + " " + chk)
        if "inp" in edits:
            i2 = edits["inp"](i2)
        if "inp_text" in edits:
            s = json.dumps(i2, ensure_ascii=False)
            for old, new in edits["inp_text"]:
                if old not in s:
                    raise SystemExit("builder: input text '%s' not in %s" % (old, cid))
                s = s.replace(old, new)
            i2 = json.loads(s)
        if "text" in edits:
            o2 = edits["text"]
        yield [chk], i2, o2, note, allow


def main():
    pool_clean, pool_plant = [], {k: [] for k in TARGET}
    failures = 0
    for case in CASES:
        for exp, inp, out, note, allow in candidates(case):
            rec = {"input": inp, "output": out, "expected": sorted(exp), "note": note,
                   "_case": case["id"], "_allow": allow}
            errs = guard(rec, allow)
            if errs:
                failures += 1
                print("GUARD %s %s %s: %s" % (case["id"], exp, note[:50], "; ".join(errs)))
            if exp:
                pool_plant[exp[0]].append(rec)
            else:
                pool_clean.append(rec)
    records = list(pool_clean)
    for chk, n in TARGET.items():
        got = pool_plant[chk]
        seen = Counter()
        ranked = []
        for r in got:
            ranked.append((seen[r["_case"]], len(ranked), r))
            seen[r["_case"]] += 1
        ranked.sort(key=lambda t: (t[0], t[1]))
        got = [t[2] for t in ranked[:n]]
        if len(got) < 5:
            print("TOO FEW planted for %s: %d" % (chk, len(got)))
            failures += 1
        records.extend(got)
    # deterministic interleave: order by case then kind, so files mix services
    order = {c["id"]: i for i, c in enumerate(CASES)}
    records.sort(key=lambda r: (order[r["_case"]], bool(r["expected"]), r["expected"]))
    # spread: round-robin across cases
    by_case = OrderedDict()
    for r in records:
        by_case.setdefault(r["_case"], []).append(r)
    mixed = []
    while any(by_case.values()):
        for k in list(by_case):
            if by_case[k]:
                mixed.append(by_case[k].pop(0))
    import random
    random.Random(10).shuffle(mixed)
    lines = []
    counts = Counter()
    clean = 0
    for i, r in enumerate(mixed, 1):
        rid = "b%03d" % i
        for c in r["expected"]:
            counts[c] += 1
        if not r["expected"]:
            clean += 1
        lines.append(json.dumps({"id": rid, "input": r["input"], "output": r["output"],
                                 "expected": r["expected"], "note": r["note"]},
                                ensure_ascii=False))
    (HERE / "blind10.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("records: %d  clean: %d  planted: %d" % (len(mixed), clean, len(mixed) - clean))
    for k in TARGET:
        print("  %s %d" % (k, counts[k]))
    for k, n in counts.items():
        if n < (12 if k in ("DEM001", "HAL001", "HAL003", "HAL004") else 5):
            print("under target:", k, n)
            failures += 1
    if len(mixed) < 200:
        print("fewer than 200 records")
        failures += 1
    if failures:
        print("guard failures: %d" % failures)
        sys.exit(1)


if __name__ == "__main__":
    main()
