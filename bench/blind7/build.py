#!/usr/bin/env python3
"""Deterministic builder for the blind7 corpus (standard library only).

Each scenario in cases_*.py gives one input and one clean output; variants
derive from it by exact string replacements in the output (each `old` must
occur exactly once) and, optionally, a function that edits a deep copy of
the input.  Guards check that every record breaks only the rule planted.
"""
import copy
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import cases_a  # noqa: E402
import cases_b  # noqa: E402
import cases_c  # noqa: E402
import cases_d  # noqa: E402
import cases_e  # noqa: E402
import cases_f  # noqa: E402
import extra_clean  # noqa: E402

ALL_IDS = ["FMT001", "FMT002", "FMT003", "COD001", "COD002", "COD003", "COD004",
           "COD005", "COD006", "COD007", "HAL001", "HAL002", "CLN001", "REP001",
           "DEM001", "HAL003", "HAL004"]
MIN_COUNT = {k: 5 for k in ALL_IDS}
for k in ("DEM001", "HAL001", "HAL003", "HAL004"):
    MIN_COUNT[k] = 12

ATC_RE = re.compile(r"(?<![A-Za-z0-9])([ABCDGHJLMNPRSV]\d\d[A-Z]{2}\d\d)(?![A-Za-z0-9])")
CIE_RE = re.compile(r"(?<![A-Za-z0-9])([A-Z]\d\d(?:\.?[0-9X]{1,2})?)(?![A-Za-z0-9])")
NUM_RE = re.compile(r"\d+(?:[.,]\d+)?")

# Real codes used in this corpus (checked by hand against ICD-10 WHO 2019 / ATC WHO).
from codes import VALID_CIE, VALID_ATC, FAKE_CIE  # noqa: E402


def norm_code(c):
    c = c.upper().replace(".", "")
    if c.endswith("X"):
        c = c[:-1]
    return c


def strings_of(v):
    if isinstance(v, str):
        yield v
    elif isinstance(v, (int, float)) and not isinstance(v, bool):
        yield str(v)
    elif isinstance(v, dict):
        for k, x in v.items():
            # keys are not yielded: numbers hidden in key names are not counted as grounding
            yield from strings_of(x)
    elif isinstance(v, list):
        for x in v:
            yield from strings_of(x)


def codes_in(text):
    atc = ATC_RE.findall(text)
    rest = ATC_RE.sub(" ", text)
    cie = CIE_RE.findall(rest)
    return atc, cie


def num_norm(s):
    s = s.replace(",", ".")
    if "." in s:
        a, b = s.split(".", 1)
        b = b.rstrip("0")
        a = a.lstrip("0") or "0"
        return a if not b else a + "." + b
    return s.lstrip("0") or "0"


def input_numbers(inp):
    out = set()
    for s in strings_of(inp):
        s2 = ATC_RE.sub(" ", s)
        s2 = CIE_RE.sub(" ", s2)
        for n in NUM_RE.findall(s2):
            out.add(num_norm(n))
            for part in re.split(r"[.,]", n):
                out.add(num_norm(part))
    return out


def output_numbers(text):
    t = re.sub(r"\(\s*[A-Z]\d\d[^)]*\)", " ", text)
    t = ATC_RE.sub(" ", t)
    t = CIE_RE.sub(" ", t)
    return [num_norm(n) for n in NUM_RE.findall(t)]


def guard(rec, planted):
    """Return list of guard failures (strings)."""
    errs = []
    out = rec["output"]
    inp = rec["input"]
    inp_text = "\n".join(strings_of(inp))
    p = set(planted)
    words = len(out.split())
    if "FMT003" in p:
        if 75 <= words <= 210:
            errs.append(f"FMT003 planted but words={words}")
    elif not (85 <= words <= 195):
        errs.append(f"words={words}")
    if "FMT001" not in p and not out.startswith("Ingresa por"):
        errs.append("does not start with Ingresa por")
    if "FMT001" in p and out.lstrip().startswith("Ingresa por"):
        errs.append("FMT001 planted but starts fine")
    md = bool(re.search(r"[*_#\[\]`<>|]", out)) or bool(re.search(r"(?m)^\s*(?:[-+•]|\d+[.)])\s", out))
    if "FMT002" not in p and md:
        errs.append("markdown present")
    if "FMT002" in p and not md:
        errs.append("FMT002 planted but no markdown")
    atc_o, cie_o = codes_in(out)
    atc_i, cie_i = codes_in(inp_text)
    ni_cie = {norm_code(c) for c in cie_i}
    ni_atc = {c for c in atc_i}
    # placement: each code alone in its parentheses
    bad_place_cie = bad_place_atc = False
    for m in ATC_RE.finditer(out):
        if not (out[m.start() - 1:m.start()] == "(" and out[m.end():m.end() + 1] == ")"):
            bad_place_atc = True
    tmp = ATC_RE.sub("ATCCODE", out)
    for m in CIE_RE.finditer(tmp):
        if not (tmp[m.start() - 1:m.start()] == "(" and tmp[m.end():m.end() + 1] == ")"):
            bad_place_cie = True
    if bad_place_cie != ("COD001" in p):
        errs.append(f"COD001 placement mismatch (bad={bad_place_cie})")
    if bad_place_atc != ("COD003" in p):
        errs.append(f"COD003 placement mismatch (bad={bad_place_atc})")
    miss_cie = [c for c in cie_o if norm_code(c) not in ni_cie]
    miss_atc = [c for c in atc_o if c not in ni_atc]
    if bool(miss_cie) != ("COD002" in p):
        errs.append(f"COD002 mismatch {miss_cie}")
    if bool(miss_atc) != ("COD004" in p):
        errs.append(f"COD004 mismatch {miss_atc}")
    no_cie = {norm_code(c) for c in cie_o}
    omitted = [c for c in cie_i if norm_code(c) not in no_cie] + [c for c in atc_i if c not in atc_o]
    if bool(omitted) != ("COD006" in p):
        errs.append(f"COD006 mismatch {omitted}")
    unknown = [c for c in cie_o + cie_i if norm_code(c) not in VALID_CIE]
    fake = [c for c in unknown if norm_code(c) in FAKE_CIE]
    if len(fake) != len(unknown):
        errs.append(f"code not in VALID_CIE list: {[c for c in unknown if c not in fake]}")
    if bool([c for c in cie_o if norm_code(c) in FAKE_CIE]) != ("COD007" in p):
        errs.append(f"COD007 mismatch {fake}")
    for c in atc_o + atc_i:
        if c not in VALID_ATC:
            errs.append(f"ATC not in VALID_ATC {c}")
    innums = input_numbers(inp)
    ungrounded = [n for n in output_numbers(out) if n not in innums]
    if bool(ungrounded) != ("HAL002" in p):
        errs.append(f"HAL002 mismatch {ungrounded}")
    sents = [s.strip().lower() for s in re.split(r"(?<=[.;])\s+", out) if len(s.split()) >= 4]
    rep = any(v > 1 for v in Counter(sents).values())
    if rep != ("REP001" in p):
        errs.append(f"REP001 mismatch rep={rep}")
    return errs


def apply(text, repls, rid):
    for old, new in repls:
        n = text.count(old)
        if n != 1:
            raise SystemExit(f"{rid}: replacement target occurs {n} times: {old!r}")
        text = text.replace(old, new)
    return text


def main():
    scenarios = cases_a.SCENARIOS + cases_b.SCENARIOS + cases_c.SCENARIOS + cases_d.SCENARIOS + cases_e.SCENARIOS + cases_f.SCENARIOS
    records = []
    failures = 0
    for sc in scenarios:
        base_out = " ".join(sc["output"].split())
        variants = ([([], sc["note"], [], None)] + sc.get("variants", [])
                    + extra_clean.EXTRA.get(sc["key"], []))
        for v in variants:
            checks, note, repls, fn = (list(v) + [None])[:4]
            if isinstance(checks, str):
                checks = [checks]
            rid = f"b{len(records) + 1:03d}"
            inp = copy.deepcopy(sc["input"])
            if fn is not None:
                r = fn(inp)
                if r is not None:
                    inp = r
            out = apply(base_out, repls, rid + "/" + sc["key"])
            rec = {"id": rid, "input": inp, "output": out,
                   "expected": sorted(checks), "note": note}
            errs = guard(rec, checks)
            if errs:
                failures += 1
                print(f"GUARD {rid} ({sc['key']}, {checks}): " + "; ".join(errs), file=sys.stderr)
            records.append(rec)
    with open(HERE / "blind7.jsonl", "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    cnt = Counter(c for r in records for c in r["expected"])
    clean = sum(1 for r in records if not r["expected"])
    trampa = sum(1 for r in records if not r["expected"] and "trampa" in r["note"].lower())
    print(f"records={len(records)} clean={clean} trampa={trampa} planted={len(records) - clean}")
    for k in ALL_IDS:
        flag = "" if cnt[k] >= MIN_COUNT[k] else f"  (< {MIN_COUNT[k]})"
        print(f"  {k}: {cnt[k]}{flag}")
        if cnt[k] < MIN_COUNT[k]:
            failures += 1
    multi = sum(1 for r in records if len(r["expected"]) > 1)
    print(f"records with more than one expected id: {multi}")
    if len(records) < 200:
        failures += 1
        print("fewer than 200 records", file=sys.stderr)
    if failures:
        print(f"GUARD FAILURES: {failures}", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
