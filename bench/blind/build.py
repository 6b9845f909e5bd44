#!/usr/bin/env python3
"""Build bench/blind/blind.jsonl from the hand-written records.

    python bench/blind/build.py

Deterministic: same sources, same file.  The asserts below are the author's
own consistency guards on the hand-written data (edit anchors occur exactly
once, word counts, and that a record labelled clean for a check really has no
such planted fault by simple textual rules).  They are not the checker.
"""
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from clean_records import CLEAN  # noqa: E402
from violations import VIOL  # noqa: E402

CIE = re.compile(r"(?<![A-Za-z0-9])[A-TV-Z]\d\d(?:\.\d{1,2}|X)?(?![A-Za-z0-9])")
ATC = re.compile(r"(?<![A-Za-z0-9])[ABCDGHJLMNPRSV]\d\d[A-Z]{2}\d\d(?![A-Za-z0-9])")
NUM = re.compile(r"\d+(?:[.,]\d+)*")
IDS = {"FMT001", "FMT002", "FMT003", "COD001", "COD002", "COD003", "COD004",
       "COD005", "COD006", "COD007", "HAL001", "HAL002", "CLN001", "REP001",
       "DEM001", "HAL003", "HAL004"}


def words(s):
    return len(s.split())


def norm_cie(c):
    return c.replace(".", "").rstrip("X")


def codes(s):
    atc = set(ATC.findall(s))
    cie = {norm_cie(c) for c in CIE.findall(s)}
    return cie, atc


def strip_codes(s):
    return CIE.sub(" ", ATC.sub(" ", s))


def numbers(s):
    return {n.replace(",", ".") for n in NUM.findall(strip_codes(s))}


def guard(rec):
    """Author's sanity guards: a check not in `expected` must not be planted."""
    out, exp = rec["output"], set(rec["expected"])
    assert exp <= IDS, (rec["id"], exp)
    ins = json.dumps(rec["input"], ensure_ascii=False)
    w = words(out)
    if "FMT003" in exp:
        assert w < 75 or w > 210, (rec["id"], w)
    else:
        assert 80 <= w <= 200, (rec["id"], "words", w)
    if "FMT001" not in exp:
        assert out.startswith("Ingresa por"), rec["id"]
    if "FMT002" not in exp:
        assert not re.search(r"[\[\]`*#_]|</?[A-Za-z][^>]*>|^\s*(?:[-+>]|\d+[.)])\s", out, re.M), (rec["id"], "markup")
    icie, iatc = codes(ins)
    ocie, oatc = codes(out)
    if "COD002" not in exp:
        assert ocie <= icie, (rec["id"], "cie not in input", ocie - icie)
    if "COD004" not in exp:
        assert oatc <= iatc, (rec["id"], "atc not in input", oatc - iatc)
    if "COD006" not in exp:
        assert icie <= ocie and iatc <= oatc, (rec["id"], "omitted", (icie - ocie) | (iatc - oatc))
    if "COD001" not in exp and "COD003" not in exp:
        for m in list(CIE.finditer(out)) + list(ATC.finditer(out)):
            a, b = m.start(), m.end()
            assert out[a - 1:a] == "(" and out[b:b + 1] == ")", (rec["id"], "code not alone in parens", m.group())
    if "HAL002" not in exp and not rec.get("allow_num"):
        extra = numbers(out) - numbers(ins)
        assert not extra, (rec["id"], "numbers not in input", extra)
    if "REP001" not in exp:
        sents = [x.strip() for x in re.split(r"(?<=\.)\s+", out) if x.strip()]
        assert len(sents) == len(set(sents)), (rec["id"], "repeated sentence")


def apply(base, v):
    out = base["output"]
    if "output" in v:
        out = v["output"]
    for old, new in v.get("out", []):
        n = out.count(old)
        assert n == 1, (v["id"], "output anchor occurs %d times" % n, old)
        out = out.replace(old, new)
    ins = json.dumps(base["input"], ensure_ascii=False)
    for old, new in v.get("inp", []):
        n = ins.count(old)
        assert n == 1, (v["id"], "input anchor occurs %d times" % n, old)
        ins = ins.replace(old, new)
    return json.loads(ins), out


def main():
    base = {r["id"]: r for r in CLEAN}
    assert len(base) == len(CLEAN), "duplicate clean ids"
    recs = []
    for r in CLEAN:
        recs.append({"src": r["id"], "input": r["input"], "output": r["output"],
                     "expected": [], "note": r["note"]})
    seen = set()
    for v in VIOL:
        assert v["id"] not in seen and v["id"] not in base, v["id"]
        seen.add(v["id"])
        inp, out = apply(base[v["base"]], v)
        assert out != base[v["base"]]["output"] or inp != base[v["base"]]["input"], v["id"]
        recs.append({"src": v["id"], "input": inp, "output": out,
                     "expected": sorted(v["expected"]), "note": v["note"],
                     "allow_num": v.get("allow_num", False)})
    for r in recs:
        guard({"id": r["src"], **r})
    random.Random(14).shuffle(recs)
    path = os.path.join(HERE, "blind.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for i, r in enumerate(recs, 1):
            line = {"id": "b%03d" % i, "input": r["input"], "output": r["output"],
                    "expected": r["expected"], "note": r["note"], "source": r["src"]}
            f.write(json.dumps(line, ensure_ascii=False) + "\n")
    counts = {}
    for r in recs:
        for c in r["expected"]:
            counts[c] = counts.get(c, 0) + 1
    clean = sum(1 for r in recs if not r["expected"])
    print("records", len(recs), "clean", clean)
    for c in sorted(counts):
        print(c, counts[c])
    return recs


if __name__ == "__main__":
    main()
