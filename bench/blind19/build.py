"""Build blind19.jsonl and blind19_notes.jsonl; exit 1 if a guard fails."""
import glob
import importlib
import json
import os
import random
import re
import sys
sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

CHECK_IDS = ["FMT001", "FMT002", "FMT003", "COD001", "COD002", "COD003",
             "COD004", "COD005", "COD006", "COD007", "HAL001", "HAL002",
             "CLN001", "REP001", "DEM001", "HAL003", "HAL004"]

ATC_RE = re.compile(r"\b[ABCDGHJLMNPRSV]\d\d[A-Z]{2}\d\d\b")
CIE_RE = re.compile(r"\b[A-Z]\d\d(?:\.[0-9X]{1,2})?\b")
NUM_RE = re.compile(r"\d+(?:[.,]\d+)?")
MARKUP_RE = re.compile(r"(\*|__|#|\[|\]|`|<[a-zA-Z/]|^\s*[-+] |^\s*\d+\. |\|)", re.M)


def codes(text):
    atc = set(ATC_RE.findall(text))
    rest = ATC_RE.sub(" ", text)
    cie = set(CIE_RE.findall(rest))
    return atc, cie


def norm_cie(c):
    return c.replace(".", "").rstrip("X")


def strip_codes(text):
    return CIE_RE.sub(" ", ATC_RE.sub(" ", text))


def nums(text):
    return {n.replace(",", ".") for n in NUM_RE.findall(strip_codes(text))}


def in_text(inp):
    return json.dumps(inp, ensure_ascii=False)


def apply(base, inp, v):
    errs = []
    if v["full"] is not None:
        out = v["full"]
    else:
        out = base
        for old, new in v["subs"]:
            if out.count(old) != 1:
                errs.append("sub %r occurs %d times" % (old, out.count(old)))
            out = out.replace(old, new, 1)
    s = in_text(inp)
    for old, new in v["inp_sub"]:
        if s.count(old) < 1:
            errs.append("inp_sub %r not found" % old)
        s = s.replace(old, new)
    return out, json.loads(s), errs


def main():
    scen = []
    for path in sorted(glob.glob(os.path.join(HERE, "cases_[a-z].py"))):
        mod = importlib.import_module(os.path.basename(path)[:-3])
        scen.extend(mod.SCEN)
    errors = []
    recs = []
    planted = {c: 0 for c in CHECK_IDS}
    sids = set()
    for sc in scen:
        sid = sc["sid"]
        if sid in sids:
            errors.append("dup scenario " + sid)
        sids.add(sid)
        inp, base = sc["input"], sc["base"]
        itext = in_text(inp)
        ia, ic = codes(itext)
        ba, bc = codes(base)
        inums = nums(itext)
        w = len(base.split())
        if not 120 <= w <= 180:
            errors.append("%s base words %d" % (sid, w))
        if not base.startswith("Ingresa por"):
            errors.append(sid + " base start")
        if MARKUP_RE.search(base):
            errors.append(sid + " base markup")
        if ia - ba or {norm_cie(c) for c in ic} - {norm_cie(c) for c in bc}:
            errors.append("%s input codes missing in base: %s" % (sid, (ia - ba) | (ic - bc)))
        if ba - ia or {norm_cie(c) for c in bc} - {norm_cie(c) for c in ic}:
            errors.append("%s base codes not in input: %s" % (sid, (ba - ia) | (bc - ic)))
        bad = nums(base) - inums - set(sc["age_ok"])
        if bad:
            errors.append("%s base numbers not in input: %s" % (sid, bad))
        common = dict(scenario=sid, setting=sc["setting"], style=sc["style"],
                      schema=sc["schema"])
        recs.append(dict(input=inp, output=base, expected=[],
                         notes=dict(common, variant="base", kind="base",
                                    expected=[], note="clean base output",
                                    words=w, input_changed=False)))
        names = set()
        for v in sc["variants"]:
            tag = "%s/%s" % (sid, v["name"])
            if v["name"] in names:
                errors.append("dup variant " + tag)
            names.add(v["name"])
            out, vin, errs = apply(base, inp, v)
            errors.extend(tag + ": " + e for e in errs)
            exp = v["expected"]
            for c in exp:
                if c not in CHECK_IDS:
                    errors.append("%s unknown id %s" % (tag, c))
            if out == base and vin == inp:
                errors.append(tag + " identical to base")
            if out == base:
                errors.append(tag + " output identical to base")
            vw = len(out.split())
            if not 80 <= vw <= 200 and "FMT003" not in exp:
                errors.append("%s words %d" % (tag, vw))
            if (vw < 80 or vw > 200) and "FMT003" not in exp:
                pass
            if "FMT003" in exp and 80 <= vw <= 200:
                errors.append("%s FMT003 expected but words %d" % (tag, vw))
            if not out.startswith("Ingresa por") and "FMT001" not in exp:
                errors.append(tag + " start")
            if out.startswith("Ingresa por") and "FMT001" in exp:
                errors.append(tag + " FMT001 expected but starts ok")
            if MARKUP_RE.search(out) and "FMT002" not in exp:
                errors.append(tag + " markup without FMT002")
            vtext = in_text(vin)
            va, vc = codes(vtext)
            oa, oc = codes(out)
            omitted = (va - oa) | ({norm_cie(c) for c in vc} - {norm_cie(c) for c in oc})
            if v["kind"] == "trap":
                if exp:
                    errors.append(tag + " trap with expected")
                if omitted:
                    errors.append("%s trap omits %s" % (tag, omitted))
            else:
                if not exp:
                    errors.append(tag + " plant without expected")
                if omitted and "COD006" not in exp:
                    errors.append("%s omits %s without COD006" % (tag, omitted))
            extra = (oa - va) | ({norm_cie(c) for c in oc} - {norm_cie(c) for c in vc})
            if extra and "COD002" not in exp and "COD004" not in exp:
                errors.append("%s codes not in input %s" % (tag, extra))
            newn = nums(out) - nums(vtext) - set(sc["age_ok"]) - set(v["allow_nums"])
            if newn and "HAL002" not in exp:
                errors.append("%s numbers not in input %s" % (tag, newn))
            for c in exp:
                if v["kind"] == "plant":
                    planted[c] += 1
            recs.append(dict(input=vin, output=out, expected=exp,
                             notes=dict(common, variant=v["name"], kind=v["kind"],
                                        expected=exp, note=v["note"], words=vw,
                                        input_changed=(vin != inp))))
    for c, n in planted.items():
        if n == 0:
            errors.append("no plant for " + c)
    random.Random(19).shuffle(recs)
    with open(os.path.join(HERE, "blind19.jsonl"), "w", encoding="utf-8") as f, \
            open(os.path.join(HERE, "blind19_notes.jsonl"), "w", encoding="utf-8") as g:
        for i, r in enumerate(recs, 1):
            rid = "m%03d" % i
            f.write(json.dumps(dict(id=rid, input=r["input"], output=r["output"],
                                    expected=r["expected"]), ensure_ascii=False) + "\n")
            g.write(json.dumps(dict(id=rid, **r["notes"]), ensure_ascii=False) + "\n")
    clean = sum(1 for r in recs if not r["expected"])
    counts = {c: 0 for c in CHECK_IDS}
    for r in recs:
        for c in r["expected"]:
            counts[c] += 1
    print("scenarios %d records %d clean %d (%.1f%%)" % (len(scen), len(recs), clean,
                                                      100.0 * clean / max(1, len(recs))))
    print("expected per check:", json.dumps(counts))
    if errors:
        print("GUARD FAILURES:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("all guards passed")


if __name__ == "__main__":
    main()
