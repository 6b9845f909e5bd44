#!/usr/bin/env python3
"""Deterministic builder for bench/blind11/blind11.jsonl (standard library only).

Each scenario (cases_*.py) has an input, a clean output (usually a near-miss),
optional alternative clean outputs and planted variants. Guards check the formal
rules so that each planted record fails only its planted rule.
"""
import copy, json, re, sys, os
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cases_a, cases_b, cases_c  # noqa: E402

ALL = ["FMT001", "FMT002", "FMT003", "COD001", "COD002", "COD003", "COD004", "COD005", "COD006",
       "COD007", "HAL001", "HAL002", "CLN001", "REP001", "DEM001", "HAL003", "HAL004"]
ATC_RE = re.compile(r"\b[ABCDGHJLMNPRSV]\d\d[A-Z]{2}\d\d\b")
CIE_RE = re.compile(r"\b[A-Z]\d\d(?:\.?\d{1,2}|\.?X)?\b")
NUM_RE = re.compile(r"\d+(?:[.,]\d+)?")


def norm_code(c):
    c = c.replace(".", "").upper()
    if c.endswith("X"):
        c = c[:-1]
    return c


def strings(v):
    if isinstance(v, dict):
        for k, x in v.items():
            yield str(k)
            yield from strings(x)
    elif isinstance(v, list):
        for x in v:
            yield from strings(x)
    else:
        yield str(v)


def codes(text):
    atc = set(m.group(0) for m in ATC_RE.finditer(text))
    t2 = ATC_RE.sub(" ", text)
    cie = set(norm_code(m.group(0)) for m in CIE_RE.finditer(t2))
    return atc, cie


def norm_num(n):
    n = n.replace(",", ".")
    if "." in n:
        a, b = n.split(".", 1)
        b = b.rstrip("0")
        a = a.lstrip("0") or "0"
        return a + ("." + b if b else "")
    return n.lstrip("0") or "0"


def nums(text):
    t = ATC_RE.sub(" ", text)
    t = CIE_RE.sub(" ", t)
    return set(norm_num(m.group(0)) for m in NUM_RE.finditer(t))


def guards(inp, out):
    """Return set of formal rule ids violated (the ones a guard can see)."""
    bad = set()
    itext = " ".join(strings(inp))
    if not out.lstrip().startswith("Ingresa por"):
        bad.add("FMT001")
    if re.search(r"\*|__|`|\[|\]|<[a-zA-Z/]|^\s*(#|[-•]\s|\d+[.)]\s)", out, re.M):
        bad.add("FMT002")
    w = len(out.split())
    if w < 80 or w > 200:
        bad.add("FMT003")
    oatc, ocie = codes(out)
    iatc, icie = codes(itext)
    # placement: every code alone in its own parentheses
    for m in list(ATC_RE.finditer(out)):
        s, e = m.start(), m.end()
        if not (out[s - 1:s] == "(" and out[e:e + 1] == ")"):
            bad.add("COD003")
    t2 = ATC_RE.sub(lambda m: "#" * len(m.group(0)), out)
    for m in CIE_RE.finditer(t2):
        s, e = m.start(), m.end()
        if not (t2[s - 1:s] == "(" and t2[e:e + 1] == ")"):
            bad.add("COD001")
    if ocie - icie:
        bad.add("COD002")
    if oatc - iatc:
        bad.add("COD004")
    if (icie - ocie) or (iatc - oatc):
        bad.add("COD006")
    if nums(out) - nums(itext):
        bad.add("HAL002")
    sents = [s.strip().lower() for s in re.split(r"(?<=[.!?])\s+", out) if len(s.split()) >= 4]
    if len(sents) != len(set(sents)):
        bad.add("REP001")
    return bad


FORMAL = {"FMT001", "FMT002", "FMT003", "COD001", "COD002", "COD003", "COD004", "COD006", "HAL002", "REP001"}


def apply(text, reps, where):
    for old, new in reps:
        if text.count(old) != 1:
            raise ValueError("%s: %r occurs %d times" % (where, old, text.count(old)))
        text = text.replace(old, new)
    return text


def main():
    scen = cases_a.CASES + cases_b.CASES + cases_c.CASES
    recs, errors = [], []
    for si, sc in enumerate(scen):
        tag = sc["tag"]
        variants = [(None, sc["note"], [], [], None)]
        for alt in sc.get("alts", []):
            variants.append((None, alt[0], alt[1], alt[2] if len(alt) > 2 else [], None))
        for p in sc.get("plants", []):
            variants.append((p[0], p[1], p[2], p[3] if len(p) > 3 else [], p[4] if len(p) > 4 else None))
        for check, note, oreps, ireps, full in variants:
            where = "%s/%s" % (tag, check or "clean")
            try:
                itext = json.dumps(sc["input"], ensure_ascii=False)
                itext = apply(itext, ireps, where + " input")
                inp = json.loads(itext)
                out = full if full is not None else apply(sc["out"], oreps, where)
            except ValueError as e:
                errors.append(str(e))
                continue
            g = guards(inp, out)
            exp = [check] if check else []
            want = ({check} & FORMAL) if check else set()
            if g != want:
                errors.append("%s: guards %s, expected %s (words=%d, extra nums=%s)" % (
                    where, sorted(g), sorted(want), len(out.split()),
                    sorted(nums(out) - nums(" ".join(strings(inp))))))
            recs.append({"input": inp, "output": out, "expected": exp, "note": note, "_tag": tag})
    out_recs = []
    for i, r in enumerate(recs, 1):
        out_recs.append({"id": "b%03d" % i, "input": r["input"], "output": r["output"],
                         "expected": r["expected"], "note": r["note"]})
    cnt = Counter(c for r in out_recs for c in r["expected"])
    clean = sum(1 for r in out_recs if not r["expected"])
    print("records:", len(out_recs), "clean:", clean, "planted:", len(out_recs) - clean)
    for c in ALL:
        print("  %s %d" % (c, cnt[c]))
    mins = {c: 5 for c in ALL}
    for c in ("DEM001", "HAL001", "HAL003", "HAL004"):
        mins[c] = 12
    for c in ALL:
        if cnt[c] < mins[c]:
            errors.append("count %s=%d < %d" % (c, cnt[c], mins[c]))
    if len(out_recs) < 200:
        errors.append("only %d records" % len(out_recs))
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "blind11.jsonl"), "w", encoding="utf-8") as f:
        for r in out_recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    if errors:
        print("GUARD FAILURES:")
        for e in errors:
            print("  " + e)
        sys.exit(1)


if __name__ == "__main__":
    main()
