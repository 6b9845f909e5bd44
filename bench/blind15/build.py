#!/usr/bin/env python3
"""Build the blind15 corpus: python3 build.py (from any directory).

Applies each variant's exact-text replacements, runs guards, shuffles with
random.Random(15) and writes blind15.jsonl and blind15_notes.jsonl next to
this file. Exit status 1 on any guard failure. Standard library only.
"""
import collections
import glob
import importlib.util
import json
import os
import random
import re
import sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
SPEC = "/work/shared/spec/checklist.md"

ICD_RE = re.compile(r"(?<![A-Za-z0-9])([A-Z]\d\d(?:\.[0-9X]{1,2})?)(?![A-Za-z0-9])")
ATC_RE = re.compile(r"(?<![A-Za-z0-9])([A-Z]\d\d[A-Z]{2}\d\d)(?![A-Za-z0-9])")
NUM_RE = re.compile(r"\d+(?:[.,]\d+)*")
MD_RE = re.compile(r"\*|__|`|\[|\]|<[A-Za-z/]|\||^\s*#|^\s*[-+•]\s|^\s*\d+[.)]\s",
                   re.M)

errors = []


def fail(msg):
    errors.append(msg)


def spec_ids():
    ids = {}
    with open(SPEC, encoding="utf-8") as fh:
        for line in fh:
            m = re.match(r"^\|\s*([A-Z]{3}\d{3})\s*\|\s*([a-z0-9-]+)\s*\|\s*(\w+)\s*\|", line)
            if m:
                ids[m.group(1)] = m.group(3)
    return ids


def load_scenarios():
    scen = []
    for path in sorted(glob.glob(os.path.join(HERE, "cases_*.py"))):
        name = os.path.basename(path)[:-3]
        if name == "cases_common":
            continue
        spec = importlib.util.spec_from_file_location(name, path)
        mod = importlib.util.module_from_spec(spec)
        sys.path.insert(0, HERE)
        spec.loader.exec_module(mod)
        scen.extend(mod.SCENARIOS)
    return scen


def words(text):
    return len(text.split())


def norm_code(c):
    c = c.upper().replace(".", "")
    if c.endswith("X"):
        c = c[:-1]
    return c


def codes(text):
    atc = set(m.group(1) for m in ATC_RE.finditer(text))
    icd = set(norm_code(m.group(1)) for m in ICD_RE.finditer(text))
    return icd, atc


def strip_codes(text):
    return ICD_RE.sub(" ", ATC_RE.sub(" ", text))


def num_forms(tok):
    forms = {tok, tok.replace(",", ".")}
    if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", tok):
        forms.add(re.sub(r"[.,]", "", tok))
    t = tok.replace(",", ".")
    if re.fullmatch(r"\d+\.0+", t):
        forms.add(t.split(".")[0])
    return forms


def ungrounded_numbers(inp_text, out_text):
    have = set()
    for t in NUM_RE.findall(strip_codes(inp_text)):
        have |= num_forms(t)
    bad = []
    for t in NUM_RE.findall(strip_codes(out_text)):
        if not (num_forms(t) & have):
            bad.append(t)
    return bad


def sentences(text):
    return [s.strip().lower() for s in re.split(r"(?<=[.!?])\s+|\n+", text) if s.strip()]


def apply(base_in_text, base_out, reps, where):
    in_text, out = base_in_text, base_out
    for target, old, new in reps:
        src = out if target == "output" else in_text
        n = src.count(old)
        if n != 1:
            fail("%s: %s text found %d times (must be 1): %r" % (where, target, n, old[:70]))
            continue
        src = src.replace(old, new)
        if target == "output":
            out = src
        else:
            in_text = src
    return in_text, out


def lint(rec_in_text, out, expected, where, kind):
    exp = set(expected)
    w = words(out)
    if "FMT003" in exp:
        if 80 <= w <= 200:
            fail("%s: FMT003 planted but %d words" % (where, w))
    elif not (80 <= w <= 200):
        fail("%s: %d words outside 80-200 without FMT003" % (where, w))
    if kind == "clean" and not (130 <= w <= 190):
        fail("%s: base has %d words (want 130-190)" % (where, w))
    starts = out.lstrip().startswith("Ingresa por")
    if ("FMT001" in exp) == starts:
        fail("%s: FMT001 label disagrees with the start %r" % (where, out[:20]))
    md = bool(MD_RE.search(out))
    if ("FMT002" in exp) != md:
        fail("%s: FMT002 label disagrees with markup search" % where)
    in_icd, in_atc = codes(rec_in_text)
    out_icd, out_atc = codes(out)
    missing = (in_icd - out_icd) | (in_atc - out_atc)
    if ("COD006" in exp) != bool(missing):
        fail("%s: COD006 label disagrees; input codes missing: %s" % (where, sorted(missing)))
    if ("COD002" in exp) != bool(out_icd - in_icd):
        fail("%s: COD002 label disagrees; extra CIE-10: %s" % (where, sorted(out_icd - in_icd)))
    if ("COD004" in exp) != bool(out_atc - in_atc):
        fail("%s: COD004 label disagrees; extra ATC: %s" % (where, sorted(out_atc - in_atc)))
    bare_icd = [m.group(1) for m in ICD_RE.finditer(out)
                if not (out[m.start() - 1:m.start()] == "(" and out[m.end():m.end() + 1] == ")")]
    bare_atc = [m.group(1) for m in ATC_RE.finditer(out)
                if not (out[m.start() - 1:m.start()] == "(" and out[m.end():m.end() + 1] == ")")]
    if ("COD001" in exp) != bool(bare_icd):
        fail("%s: COD001 label disagrees; unparenthesised CIE-10: %s" % (where, bare_icd))
    if ("COD003" in exp) != bool(bare_atc):
        fail("%s: COD003 label disagrees; unparenthesised ATC: %s" % (where, bare_atc))
    sents = [s for s in sentences(out) if len(s.split()) > 3]
    dup = len(sents) != len(set(sents))
    toks = re.findall(r"\w+", out.lower())
    grams = collections.Counter(tuple(toks[i:i + 3]) for i in range(len(toks) - 2))
    loop = any(c >= 4 for c in grams.values())
    if ("REP001" in exp) != (dup or loop):
        fail("%s: REP001 label disagrees (dup=%s loop=%s)" % (where, dup, loop))
    return w


def main():
    ids = spec_ids()
    if len(ids) < 10:
        fail("could not read the check table from %s" % SPEC)
    scen = load_scenarios()
    seen = set()
    records = []
    warnings = []
    for s in scen:
        if s["id"] in seen:
            fail("duplicate scenario id %s" % s["id"])
        seen.add(s["id"])
        base_in_text = json.dumps(s["input"], ensure_ascii=False)
        base_out = s["output"]
        if not base_out.strip():
            fail("%s: empty output" % s["id"])
        items = [(0, "clean", [], s.get("note") or "base: clean summary consistent with the input", [])]
        for k, v in enumerate(s["variants"], 1):
            items.append((k, v["kind"], v["expected"], v["note"], v["reps"]))
        for k, kind, expected, note, reps in items:
            where = "%s/v%d" % (s["id"], k)
            for e in expected:
                if e not in ids:
                    fail("%s: unknown check id %s" % (where, e))
            if expected != sorted(set(expected)):
                fail("%s: expected not sorted/unique" % where)
            if kind == "plant" and not expected:
                fail("%s: plant without expected ids" % where)
            if kind == "trap" and expected:
                fail("%s: trap with expected ids" % where)
            in_text, out = apply(base_in_text, base_out, reps, where)
            if k and in_text == base_in_text and out == base_out:
                fail("%s: variant identical to base" % where)
            if not out.strip():
                fail("%s: empty output" % where)
            try:
                inp = json.loads(in_text)
            except ValueError as exc:
                fail("%s: input JSON broken by replacement: %s" % (where, exc))
                continue
            w = lint(in_text, out, expected, where, kind)
            bad = ungrounded_numbers(in_text, out)
            if "HAL002" in expected and not bad:
                fail("%s: HAL002 planted but every output number occurs in the input" % where)
            if "HAL002" not in expected:
                if bad:
                    warnings.append("%s (%s): numbers not literally in input: %s" % (where, kind, bad))
            records.append({
                "input": inp, "output": out, "expected": expected,
                "notes": {"scenario": s["id"], "variant": k, "kind": kind,
                          "setting": s["setting"], "style": s["style"],
                          "schema": s.get("schema", ""),
                          "expected": expected, "note": note, "words": w,
                          "input_changed": in_text != base_in_text},
            })
    used = collections.Counter(e for r in records for e in r["expected"])
    for cid in ids:
        if used[cid] == 0:
            fail("check id %s never expected" % cid)
    if "--warnings" in sys.argv:
        for line in warnings:
            print("WARN", line)
    if errors:
        for e in errors:
            print("GUARD FAILURE:", e, file=sys.stderr)
        print("%d guard failure(s)" % len(errors), file=sys.stderr)
        sys.exit(1)
    rng = random.Random(15)
    rng.shuffle(records)
    with open(os.path.join(HERE, "blind15.jsonl"), "w", encoding="utf-8") as f1, \
            open(os.path.join(HERE, "blind15_notes.jsonl"), "w", encoding="utf-8") as f2:
        for i, r in enumerate(records, 1):
            rid = "f%03d" % i
            f1.write(json.dumps({"id": rid, "input": r["input"], "output": r["output"],
                                 "expected": r["expected"]}, ensure_ascii=False) + "\n")
            f2.write(json.dumps(dict({"id": rid}, **r["notes"]), ensure_ascii=False) + "\n")
    kinds = collections.Counter(r["notes"]["kind"] for r in records)
    clean = kinds["clean"] + kinds["trap"]
    print("scenarios: %d" % len(scen))
    print("records: %d  (bases %d, traps %d, plants %d)" % (len(records), kinds["clean"], kinds["trap"], kinds["plant"]))
    print("clean (expected []): %d = %.1f%%" % (clean, 100.0 * clean / len(records)))
    print("multi-id plants: %d" % sum(1 for r in records if len(r["expected"]) > 1))
    print("per expected check id (records containing it):")
    for cid in ids:
        print("  %s %-7s %3d" % (cid, ids[cid], used[cid]))
    wc = [r["notes"]["words"] for r in records if r["notes"]["kind"] == "clean"]
    print("base words: min %d max %d" % (min(wc), max(wc)))


if __name__ == "__main__":
    main()
