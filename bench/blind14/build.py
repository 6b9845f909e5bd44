#!/usr/bin/env python3
"""Build the blind14 evaluation corpus from the scenario files.

Standard library only.  Usage:  python3 build.py
Writes blind14.jsonl and blind14_notes.jsonl next to this file, prints the
count of records per expected check id, and exits 1 if any guard fails.
"""
import importlib
import json
import os
import random
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
SPEC = "/work/shared/spec/checklist.md"
MODULES = ["cases_a", "cases_b", "cases_c", "cases_d", "cases_e", "cases_f"]
SEED = 14

ERRORS = []


def fail(msg):
    ERRORS.append(msg)


# ------------------------------------------------------------------ spec ids
def spec_ids():
    ids = {}
    try:
        with open(SPEC, encoding="utf-8") as fh:
            for line in fh:
                m = re.match(r"^\|\s*([A-Z]{3}\d{3})\s*\|[^|]*\|\s*(error|warning|preview)\s*\|", line)
                if m:
                    ids[m.group(1)] = m.group(2)
    except OSError:
        pass
    if not ids:
        sys.exit("cannot read check ids from " + SPEC)
    return ids


# ------------------------------------------------------------------ helpers
CIE_RE = re.compile(r"(?<![A-Za-z0-9])([A-Z]\d{2}(?:\.\d{1,2}|\.?X)?)(?![A-Za-z0-9])")
ATC_RE = re.compile(r"(?<![A-Za-z0-9])([ABCDGHJLMNPRSV]\d{2}[A-Z]{2}\d{2})(?![A-Za-z0-9])")
NUM_RE = re.compile(r"(?<![\w])\d+(?:[.,]\d+)*")
MD_RE = re.compile(r"\*\*|__|(?<![\w*])\*[^*\s][^*\n]*\*|^\s*#|^\s*[-+*\u2022]\s|^\s*\d+[.)]\s|\[|\]|`"
                   r"|<[A-Za-z/][^>]*>|^\s*\|", re.M)


def norm_cie(c):
    c = c.upper().replace(".", "")
    if c.endswith("X"):
        c = c[:-1]
    return c


def cies(text):
    return [m for m in CIE_RE.finditer(text)]


def atcs(text):
    return [m for m in ATC_RE.finditer(text)]


def strip_codes(text):
    text = ATC_RE.sub(" ", text)
    text = CIE_RE.sub(" ", text)
    return text


def numbers(text):
    return [m.group(0) for m in NUM_RE.finditer(strip_codes(text))]


def num_keys(tok):
    keys = {tok, tok.replace(",", ".")}
    try:
        keys.add(float(tok.replace(",", ".")))
    except ValueError:
        pass
    return keys


def ungrounded_numbers(output, input_text, whitelist):
    ground = set()
    for tok in numbers(input_text):
        ground |= num_keys(tok)
    bad = []
    for tok in numbers(output):
        if tok in whitelist:
            continue
        if not (num_keys(tok) & ground):
            bad.append(tok)
    return bad


def sentences(text):
    parts = re.split(r"(?<=[.!?])\s+", text.strip())
    return [p.strip().lower() for p in parts if len(p.split()) > 3]


def ngram_max(text, n):
    toks = re.findall(r"\w+", text.lower())
    grams = Counter(tuple(toks[i:i + n]) for i in range(len(toks) - n + 1))
    return max(grams.values()) if grams else 0


def apply(text, repls, where, label):
    for old, new in repls:
        c = text.count(old)
        if c != 1:
            fail("%s: %s replacement occurs %d times: %r" % (label, where, c, old[:80]))
            continue
        text = text.replace(old, new)
    return text


# ------------------------------------------------------------------ build
def main():
    ids = spec_ids()
    scenarios = []
    for name in MODULES:
        mod = importlib.import_module(name)
        scenarios.extend(mod.SCENARIOS)

    keys = [s["key"] for s in scenarios]
    for k, c in Counter(keys).items():
        if c > 1:
            fail("duplicate scenario key %s" % k)

    items = []  # (record-without-id, note)
    for s in scenarios:
        base_in_text = json.dumps(s["input"], ensure_ascii=False)
        variants = [{"kind": "clean", "expected": [], "note": "clean base", "out": [], "inp": []}] + s["variants"]
        for vi, v in enumerate(variants):
            label = "%s#%d" % (s["key"], vi)
            out = apply(s["output"], v["out"], "output", label)
            in_text = apply(base_in_text, v["inp"], "input", label)
            try:
                inp = json.loads(in_text)
            except ValueError as e:
                fail("%s: input JSON broken after replacement: %s" % (label, e))
                continue
            if v["kind"] != "clean" and out == s["output"] and in_text == base_in_text:
                fail("%s: variant changes nothing" % label)
            if v["kind"] == "trap" and v["expected"]:
                fail("%s: trap with expected ids" % label)
            if v["kind"] == "plant" and not v["expected"]:
                fail("%s: planted variant without expected ids" % label)
            for e in v["expected"]:
                if e not in ids:
                    fail("%s: expected id %s not in the spec table" % (label, e))
            exp = sorted(set(v["expected"]))
            guard(label, out, in_text, exp, s.get("whitelist", []))
            words = len(out.split())
            rec = {"input": inp, "output": out, "expected": exp}
            note = {"scenario": s["key"], "variant": vi, "kind": v["kind"],
                    "setting": s["setting"], "style": s.get("style", ""),
                    "expected": exp, "note": v["note"], "words": words}
            if v.get("inp"):
                note["input_changed"] = True
            items.append((rec, note))

    random.Random(SEED).shuffle(items)
    width = max(3, len(str(len(items))))
    recs, notes = [], []
    for i, (rec, note) in enumerate(items, 1):
        rid = "e%0*d" % (width, i)
        recs.append({"id": rid, "input": rec["input"], "output": rec["output"], "expected": rec["expected"]})
        notes.append(dict({"id": rid}, **note))

    # ---------------------------------------------------------- corpus guards
    total = len(recs)
    clean = sum(1 for r in recs if not r["expected"])
    by_check = Counter(e for r in recs for e in r["expected"])
    sole = Counter(r["expected"][0] for r in recs if len(r["expected"]) == 1)
    if total < 200:
        fail("only %d records (need >= 200)" % total)
    ratio = clean / total if total else 0
    if not 0.35 <= ratio <= 0.40:
        fail("clean ratio %.3f outside 0.35-0.40" % ratio)
    for cid, sev in ids.items():
        need = 6 if sev == "error" else 3
        if by_check[cid] < need:
            fail("check %s (%s) has %d planted records, need %d" % (cid, sev, by_check[cid], need))

    with open(os.path.join(HERE, "blind14.jsonl"), "w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "blind14_notes.jsonl"), "w", encoding="utf-8") as fh:
        for n in notes:
            fh.write(json.dumps(n, ensure_ascii=False) + "\n")

    print("scenarios: %d" % len(scenarios))
    print("records:   %d" % total)
    print("clean:     %d (%.1f%%; %d bases + %d traps)" % (
        clean, 100 * ratio, len(scenarios), clean - len(scenarios)))
    print("planted:   %d" % (total - clean))
    print("records per expected check (any position / as the only id):")
    for cid in ids:
        print("  %s %-8s %3d / %3d" % (cid, ids[cid], by_check[cid], sole[cid]))
    multi = Counter(tuple(r["expected"]) for r in recs if len(r["expected"]) > 1)
    print("multi-id labels:")
    for k, c in sorted(multi.items()):
        print("  %s: %d" % ("+".join(k), c))
    if ERRORS:
        print("\nGUARD FAILURES (%d):" % len(ERRORS))
        for e in ERRORS:
            print("  " + e)
        sys.exit(1)
    print("all guards passed")


def guard(label, out, in_text, exp, whitelist):
    e = set(exp)
    # FMT001
    starts = out.lstrip().startswith("Ingresa por")
    if starts == ("FMT001" in e):
        fail("%s: FMT001 label disagrees with the text start" % label)
    # FMT002
    md = MD_RE.search(out)
    if bool(md) != ("FMT002" in e):
        fail("%s: FMT002 label disagrees with markdown scan (%r)" % (label, md.group(0) if md else None))
    # FMT003 (with a margin around the limits for unlabelled records)
    w = len(out.split())
    if "FMT003" in e:
        if not (w < 75 or w > 210):
            fail("%s: FMT003 planted but %d words" % (label, w))
    elif not 85 <= w <= 195:
        fail("%s: %d words, outside the safe 85-195 band" % (label, w))
    # REP001
    sents = sentences(out)
    dup = len(sents) != len(set(sents))
    if "REP001" in e:
        if not (dup or ngram_max(out, 3) >= 3):
            fail("%s: REP001 planted but no repetition found" % label)
    elif dup or ngram_max(out, 8) > 1:
        fail("%s: unlabelled repetition" % label)
    # codes
    in_cie = {norm_cie(m.group(1)) for m in cies(strip_atc(in_text))}
    in_atc = {m.group(1) for m in atcs(in_text)}
    out_cie_m = cies(strip_atc(out))
    out_atc_m = atcs(out)
    out_cie = {norm_cie(m.group(1)) for m in out_cie_m}
    out_atc = {m.group(1) for m in out_atc_m}
    if (not out_cie <= in_cie) != ("COD002" in e):
        fail("%s: COD002 label disagrees (out %s, in %s)" % (label, sorted(out_cie - in_cie), sorted(in_cie)))
    if (not out_atc <= in_atc) != ("COD004" in e):
        fail("%s: COD004 label disagrees (%s)" % (label, sorted(out_atc - in_atc)))
    omitted = (in_cie - out_cie) | (in_atc - out_atc)
    if bool(omitted) != ("COD006" in e):
        fail("%s: COD006 label disagrees (omitted %s)" % (label, sorted(omitted)))
    so = strip_atc(out)
    bad_cie = [m.group(1) for m in out_cie_m
               if not (m.start() > 0 and so[m.start() - 1] == "(" and so[m.end():m.end() + 1] == ")")]
    if bool(bad_cie) != ("COD001" in e):
        fail("%s: COD001 label disagrees (%s)" % (label, bad_cie))
    bad_atc = [m.group(1) for m in out_atc_m
               if not (m.start() > 0 and out[m.start() - 1] == "(" and out[m.end():m.end() + 1] == ")")]
    if bool(bad_atc) != ("COD003" in e):
        fail("%s: COD003 label disagrees (%s)" % (label, bad_atc))
    # HAL002
    bad = ungrounded_numbers(out, in_text, set(whitelist))
    if bool(bad) != ("HAL002" in e):
        fail("%s: HAL002 label disagrees (ungrounded numbers %s)" % (label, bad))


def strip_atc(text):
    # keep offsets: blank ATC codes with spaces of the same length
    return ATC_RE.sub(lambda m: " " * len(m.group(0)), text)


if __name__ == "__main__":
    main()
