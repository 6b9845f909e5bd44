#!/usr/bin/env python3
"""Build blind13.jsonl from the scenario files cases_*.py (standard library only).

Each scenario has a clean base (input + output) and a list of variants.  A
variant is the base with text replacements applied to the output (and, where the
planted rule needs it, to the JSON text of the input), or a full replacement
output (format checks).  Every record is run through the surface guards below;
a planted record must fail exactly the guard of its planted rule when a guard
can see that rule, and no guard otherwise.  Exit status 1 when any guard fails.
"""
import glob
import importlib.util
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

CHECKS = ["FMT001", "FMT002", "FMT003", "COD001", "COD002", "COD003", "COD004",
          "COD005", "COD006", "COD007", "HAL001", "HAL002", "CLN001", "REP001",
          "DEM001", "HAL003", "HAL004"]
GUARDED = {"FMT001", "FMT002", "FMT003", "COD001", "COD002", "COD003",
           "COD004", "COD006", "HAL002", "REP001"}
BIG = {"DEM001", "HAL001", "HAL003", "HAL004"}

CIE = re.compile(r"(?<![A-Za-z0-9])([A-Z]\d{2}(?:\.?[0-9X]{1,2})?)(?![A-Za-z0-9])")
ATC = re.compile(r"(?<![A-Za-z0-9])([A-Z]\d{2}[A-Z]{2}\d{2})(?![A-Za-z0-9])")
ATC_OK = re.compile(r"^[ABCDGHJLMNPRSV]\d\d[A-Z]{2}\d\d$")
NUM = re.compile(r"(?<![A-Za-z0-9.,])\d+(?:[.,]\d+)*")
MD = [re.compile(p, re.M) for p in (
    r"\*", r"__", r"`", r"[\[\]]", r"^\s*#", r"^\s*[-+\u2022]\s", r"^\s*\d+[.)]\s",
    r"\|", r"</?[A-Za-z][^>]*>")]


def norm_cie(c):
    c = c.replace(".", "")
    while c.endswith("X"):
        c = c[:-1]
    return c


def strings(v):
    """Every key and scalar of a JSON value, as strings."""
    if isinstance(v, dict):
        for k, x in v.items():
            yield str(k)
            yield from strings(x)
    elif isinstance(v, list):
        for x in v:
            yield from strings(x)
    elif v is None or isinstance(v, bool):
        return
    else:
        yield str(v)


def codes(text):
    cie = {norm_cie(m.group(1)) for m in CIE.finditer(text)}
    atc = {m.group(1) for m in ATC.finditer(text)}
    return cie, atc


def strip_codes(text):
    return ATC.sub(" ", CIE.sub(" ", text))


def norm_num(s):
    s = s.replace(",", ".")
    parts = s.split(".")
    head = parts[0].lstrip("0") or "0"
    return ".".join([head] + parts[1:])


def numbers(text):
    return {norm_num(m.group(0)) for m in NUM.finditer(strip_codes(text))}


def input_numbers(inp):
    out = set()
    for s in strings(inp):
        out |= numbers(s)
    return out


def sentences(text):
    parts = re.split(r"(?<=[.!?])\s+", text.strip())
    return [re.sub(r"[^\w/]+", " ", p.lower()).strip() for p in parts if p.strip()]


def guards(inp, out, allow=()):
    """Return the set of guard names that fail."""
    fail = set()
    if not out.lstrip().startswith("Ingresa por"):
        fail.add("FMT001")
    if any(p.search(out) for p in MD):
        fail.add("FMT002")
    n = len(out.split())
    if n < 80 or n > 200:
        fail.add("FMT003")
    groups = [(m.start(1), m.end(1), m.group(1).strip()) for m in re.finditer(r"\(([^()]*)\)", out)]

    def alone(m):
        return any(s <= m.start(1) and m.end(1) <= e and t == m.group(1) for s, e, t in groups)

    for m in CIE.finditer(out):
        if not alone(m):
            fail.add("COD001")
    for m in ATC.finditer(out):
        if not alone(m) or not ATC_OK.match(m.group(1)):
            fail.add("COD003")
    for s, e, t in groups:  # a parenthesis holding a code must hold only that code
        cs = [m.group(1) for m in CIE.finditer(t)]
        ats = [m.group(1) for m in ATC.finditer(t)]
        if cs and (len(cs) > 1 or ats or t != cs[0]):
            fail.add("COD001")
        if ats and (len(ats) > 1 or cs or t != ats[0]):
            fail.add("COD003")
    in_text = "\n".join(strings(inp))
    in_cie, in_atc = codes(in_text)
    out_cie, out_atc = codes(out)
    if out_cie - in_cie:
        fail.add("COD002")
    if out_atc - in_atc:
        fail.add("COD004")
    if (in_cie - out_cie) or (in_atc - out_atc):
        fail.add("COD006")
    allowed = input_numbers(inp) | {norm_num(a) for a in allow}
    if numbers(out) - allowed:
        fail.add("HAL002")
    sents = [s for s in sentences(out) if len(s.split()) >= 3]
    if len(sents) != len(set(sents)):
        fail.add("REP001")
    return fail


def load_cases():
    cases = []
    for path in sorted(glob.glob(os.path.join(HERE, "cases_*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        for c in mod.CASES:
            c["_file"] = os.path.basename(path)
            cases.append(c)
    return cases


def replace_once(text, old, new, where, errors):
    k = text.count(old)
    if k != 1:
        errors.append("%s: replacement string occurs %d times: %r" % (where, k, old))
        return text
    return text.replace(old, new)


def main():
    errors = []
    records = []
    keys = set()
    for c in load_cases():
        key = c["key"]
        if key in keys:
            errors.append("duplicate case key %s" % key)
        keys.add(key)
        for i, v in enumerate(c["variants"]):
            where = "%s/%s#%d" % (c["_file"], key, i)
            exp = list(v.get("exp", []))
            if len(exp) > 1 or any(e not in CHECKS for e in exp):
                errors.append("%s: bad expected %r" % (where, exp))
            inp_text = json.dumps(c["input"], ensure_ascii=False)
            for old, new in v.get("inp", []):
                inp_text = replace_once(inp_text, old, new, where + " (input)", errors)
            try:
                inp = json.loads(inp_text)
            except ValueError as e:
                errors.append("%s: input no longer JSON: %s" % (where, e))
                continue
            if "full" in v:
                out = v["full"]
            else:
                out = c["output"]
                for old, new in v.get("out", []):
                    out = replace_once(out, old, new, where + " (output)", errors)
            if exp and "full" not in v and not v.get("out") and not v.get("inp"):
                errors.append("%s: planted variant without any edit" % where)
            allow = c.get("allow_numbers", [])
            fail = guards(inp, out, allow)
            want = set(exp) & GUARDED
            if fail != want:
                errors.append("%s: expected %s, guards fail %s" % (where, sorted(want) or "none", sorted(fail) or "none"))
            records.append({"key": key, "variant": i, "input": inp, "output": out,
                            "expected": exp, "note": v.get("note", ""),
                            "setting": c.get("setting", ""), "allow": allow,
                            "words": len(out.split())})
    random.Random(13).shuffle(records)
    counts = {k: 0 for k in CHECKS}
    clean = 0
    for r in records:
        if not r["expected"]:
            clean += 1
        for e in r["expected"]:
            counts[e] += 1
    total = len(records)
    for k in CHECKS:
        need = 15 if k in BIG else 5
        if counts[k] < need:
            errors.append("check %s has %d planted records, need %d" % (k, counts[k], need))
    if total < 200:
        errors.append("only %d records" % total)
    if total and not (0.34 <= clean / total <= 0.41):
        errors.append("clean share %.3f outside 0.34-0.41" % (clean / total))
    with open(os.path.join(HERE, "blind13.jsonl"), "w", encoding="utf-8") as f, \
            open(os.path.join(HERE, "blind13_notes.jsonl"), "w", encoding="utf-8") as g:
        for n, r in enumerate(records, 1):
            rid = "d%03d" % n
            f.write(json.dumps({"id": rid, "input": r["input"], "output": r["output"],
                                "expected": r["expected"]}, ensure_ascii=False) + "\n")
            g.write(json.dumps({"id": rid, "case": r["key"], "variant": r["variant"],
                                "expected": r["expected"], "setting": r["setting"],
                                "note": r["note"], "words": r["words"],
                                "derived_numbers_allowed": r["allow"]},
                               ensure_ascii=False) + "\n")
    print("records: %d  clean: %d (%.1f%%)  planted: %d" % (total, clean, 100.0 * clean / max(total, 1), total - clean))
    for k in CHECKS:
        print("  %s %3d" % (k, counts[k]))
    if errors:
        print("\nGUARD FAILURES (%d):" % len(errors), file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        sys.exit(1)
    print("all guards passed")


if __name__ == "__main__":
    main()
