"""Build the blind17 corpus: blind17.jsonl and blind17_notes.jsonl.

Deterministic (random.Random(17)); verifies guards and exits 1 on failure.
Standard library only; imports nothing from the project.
"""
import json
import os
import random
import re
import sys
sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from cases_common import (CHECK_IDS, NONEXISTENT_CIE, SCENARIOS, apply_reps,  # noqa: E402
                          atc_codes, cie_codes, input_text, norm_cie, numbers, words)
import cases_a  # noqa: E402,F401
import cases_b  # noqa: E402,F401
import cases_c  # noqa: E402,F401
import cases_d  # noqa: E402,F401
import cases_e  # noqa: E402,F401
import cases_f  # noqa: E402,F401

MARKUP_RE = re.compile(r"\*\*|__|(?<!\w)\*\w|\[|\]|`|<[a-zA-Z/][^>]*>|^\s*#|^\s*[-*•]\s|^\s*\d+[.)]\s|\|",
                       re.M)

errors = []


def err(msg):
    errors.append(msg)


def paren_ok(text, code):
    """True when every occurrence of code is alone inside parentheses."""
    ok = True
    for m in re.finditer(re.escape(code) + r"(?![A-Za-z0-9]|\.\d)", text):
        s, e = m.start(), m.end()
        if not (s > 0 and text[s - 1] == "(" and e < len(text) and text[e] == ")"):
            ok = False
    return ok


def auto_checks(rid, inp, out, expected, base_out=None, numok=False, age_ok=None):
    exp = set(expected)
    itxt = input_text(inp)
    # FMT001
    f1 = not out.lstrip().startswith("Ingresa por")
    if f1 != ("FMT001" in exp):
        err("%s: FMT001 expectation inconsistent" % rid)
    # FMT002
    f2 = bool(MARKUP_RE.search(out))
    if f2 != ("FMT002" in exp):
        err("%s: FMT002 expectation inconsistent (markup=%s)" % (rid, f2))
    # FMT003
    n = words(out)
    f3 = n < 80 or n > 200
    if f3 != ("FMT003" in exp):
        err("%s: FMT003 expectation inconsistent (%d words)" % (rid, n))
    in_cie = {norm_cie(c) for c in cie_codes(itxt)}
    in_atc = set(atc_codes(itxt))
    out_cie = cie_codes(out)
    out_atc = atc_codes(out)
    c2 = any(norm_cie(c) not in in_cie for c in out_cie)
    if c2 != ("COD002" in exp):
        err("%s: COD002 expectation inconsistent" % rid)
    c4 = any(c not in in_atc for c in out_atc)
    if c4 != ("COD004" in exp):
        err("%s: COD004 expectation inconsistent" % rid)
    out_cie_n = {norm_cie(c) for c in out_cie}
    c6 = any(c not in out_cie_n for c in in_cie) or any(c not in set(out_atc) for c in in_atc)
    if c6 != ("COD006" in exp):
        err("%s: COD006 expectation inconsistent" % rid)
    c1 = any(not paren_ok(out, c) for c in set(out_cie))
    if c1 != ("COD001" in exp):
        err("%s: COD001 expectation inconsistent" % rid)
    c3 = any(not paren_ok(out, c) for c in set(out_atc))
    c3 = c3 or any(not re.fullmatch(r"[A-Z]\d\d[A-Z]{2}\d\d", m) for m in re.findall(r"\(([A-Z]\d\d[A-Z]+\d*)\)", out))
    if c3 != ("COD003" in exp):
        err("%s: COD003 expectation inconsistent" % rid)
    c7 = any(c in NONEXISTENT_CIE for c in out_cie)
    if c7 != ("COD007" in exp):
        err("%s: COD007 expectation inconsistent" % rid)
    if base_out is not None and not numok:
        new = numbers(out) - numbers(base_out) - numbers(itxt)
        if bool(new) != ("HAL002" in exp):
            err("%s: HAL002 expectation inconsistent (new ungrounded numbers %s)" % (rid, sorted(new)))
    for e in exp:
        if e not in CHECK_IDS:
            err("%s: unknown check id %s" % (rid, e))


def main():
    records, notes = [], []
    plants_by_check = {c: 0 for c in CHECK_IDS}
    seen_sid = set()
    for sc in SCENARIOS:
        sid = sc["sid"]
        if sid in seen_sid:
            err("duplicate scenario %s" % sid)
        seen_sid.add(sid)
        inp, base = sc["input"], sc["base"]
        itxt = input_text(inp)
        # base guards
        nb = words(base)
        if not 120 <= nb <= 180:
            err("%s base: %d words (want 120-180)" % (sid, nb))
        if not base.startswith("Ingresa por"):
            err("%s base: does not start with Ingresa por" % sid)
        if MARKUP_RE.search(base):
            err("%s base: markup" % sid)
        in_cie = {norm_cie(c) for c in cie_codes(itxt)}
        in_atc = set(atc_codes(itxt))
        b_cie = {norm_cie(c) for c in cie_codes(base)}
        b_atc = set(atc_codes(base))
        if in_cie != b_cie or in_atc != b_atc:
            err("%s base: code sets differ: missing %s extra %s" % (
                sid, sorted((in_cie - b_cie) | (in_atc - b_atc)), sorted((b_cie - in_cie) | (b_atc - in_atc))))
        extra_nums = numbers(base) - numbers(itxt)
        if sc["age_from_dates"] is not None:
            extra_nums -= {str(sc["age_from_dates"])}
        if extra_nums:
            err("%s base: numbers not in input %s" % (sid, sorted(extra_nums)))
        auto_checks(sid + "/base", inp, base, [])
        recs = [(sc, "base", "base", inp, base, [], "clean base summary", False)]
        for i, v in enumerate(sc["variants"]):
            where = "%s/v%d" % (sid, i)
            try:
                out = apply_reps(base, v["reps"], where)
                if v["input_reps"]:
                    vin = json.loads(apply_reps(json.dumps(inp, ensure_ascii=False), v["input_reps"], where + "/input"))
                else:
                    vin = inp
            except ValueError as ex:
                err(str(ex))
                continue
            if out == base:
                err("%s: variant identical to base" % where)
            exp = v["expected"]
            nv = words(out)
            if "FMT003" not in exp and not 80 <= nv <= 200:
                err("%s: %d words" % (where, nv))
            if "FMT001" not in exp and not out.startswith("Ingresa por"):
                err("%s: does not start with Ingresa por" % where)
            if v["kind"] == "trap":
                if exp:
                    err("%s: trap with expected ids" % where)
                vi_cie = {norm_cie(c) for c in cie_codes(input_text(vin))}
                vo_cie = {norm_cie(c) for c in cie_codes(out)}
                vi_atc = set(atc_codes(input_text(vin)))
                if not vi_cie <= vo_cie or not vi_atc <= set(atc_codes(out)):
                    err("%s: trap omits input codes" % where)
            elif v["kind"] == "plant":
                if not exp:
                    err("%s: plant with no expected ids" % where)
                for e in exp:
                    plants_by_check[e] = plants_by_check.get(e, 0) + 1
            else:
                err("%s: bad kind" % where)
            auto_checks(where, vin, out, exp, base_out=base, numok=v["numok"])
            recs.append((sc, v.get("variant") or "v%02d" % (i + 1), v["kind"], vin, out, exp, v["note"],
                         vin is not inp))
        for r in recs:
            records.append(r)
    for c in CHECK_IDS:
        if plants_by_check.get(c, 0) == 0:
            err("no plant for %s" % c)
    rng = random.Random(17)
    rng.shuffle(records)
    out_lines, note_lines = [], []
    for k, (sc, variant, kind, inp, out, exp, note, changed) in enumerate(records, 1):
        rid = "h%03d" % k
        out_lines.append(json.dumps({"id": rid, "input": inp, "output": out, "expected": sorted(exp)},
                                    ensure_ascii=False))
        note_lines.append(json.dumps({
            "id": rid, "scenario": sc["sid"], "variant": variant, "kind": kind,
            "setting": sc["setting"], "style": sc["style"], "schema": sc["schema"],
            "expected": sorted(exp), "note": note, "words": words(out), "input_changed": changed,
        }, ensure_ascii=False))
    if errors:
        for e in errors:
            print("GUARD FAIL:", e, file=sys.stderr)
        print("%d guard failures" % len(errors), file=sys.stderr)
        sys.exit(1)
    with open(os.path.join(HERE, "blind17.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(out_lines) + "\n")
    with open(os.path.join(HERE, "blind17_notes.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(note_lines) + "\n")
    clean = sum(1 for r in records if not r[5])
    counts = {c: 0 for c in CHECK_IDS}
    for r in records:
        for e in r[5]:
            counts[e] += 1
    print("records=%d clean=%d (%.1f%%) scenarios=%d" % (len(records), clean, 100.0 * clean / len(records),
                                                         len(SCENARIOS)))
    print("expected per check:", json.dumps(counts))


if __name__ == "__main__":
    main()
