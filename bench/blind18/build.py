"""Build blind18.jsonl and blind18_notes.jsonl; exit 1 when a guard fails."""
import json
import sys as _sys
_sys.dont_write_bytecode = True
import random
import re
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cases_common import CHECK_IDS, codes_in, norm_cie, apply  # noqa: E402

import importlib  # noqa: E402
import glob  # noqa: E402

NUM_RE = re.compile(r"(?<![A-Za-z0-9.,])\d+(?:[.,]\d+)?")
MARKUP_RE = re.compile(r"\*|__|`|\[|\]|^#|^\s*[-•]\s|<[a-z/]", re.M)

errors = []


def err(msg):
    errors.append(msg)


def nums(text):
    return set(n.replace(",", ".") for n in NUM_RE.findall(text))


def words(text):
    return len(text.split())


scens = []
for path in sorted(glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), "cases_[a-z].py"))):
    scens += importlib.import_module(os.path.basename(path)[:-3]).SCEN
ids = [s["id"] for s in scens]
if len(ids) != len(set(ids)):
    err("duplicate scenario ids")

records = []
for s in scens:
    inp = s["input"]
    inp_text = json.dumps(inp, ensure_ascii=False)
    base = s["base"]
    cie_in, atc_in = codes_in(inp_text)
    cie_b, atc_b = codes_in(base)
    wb = words(base)
    if not (120 <= wb <= 180):
        err("%s: base has %d words" % (s["id"], wb))
    if not base.startswith("Ingresa por"):
        err("%s: base does not start with Ingresa por" % s["id"])
    if MARKUP_RE.search(base):
        err("%s: base has markup" % s["id"])
    if {norm_cie(c) for c in cie_in} != {norm_cie(c) for c in cie_b}:
        err("%s: CIE codes input %s vs base %s" % (s["id"], sorted(cie_in), sorted(cie_b)))
    if atc_in != atc_b:
        err("%s: ATC codes input %s vs base %s" % (s["id"], sorted(atc_in), sorted(atc_b)))
    missing = nums(base) - nums(inp_text) - s["allow_numbers"]
    if missing:
        err("%s: base numbers absent from input: %s" % (s["id"], sorted(missing)))
    records.append(dict(scenario=s["id"], variant="base", kind="base", setting=s["setting"], style=s["style"],
                        schema=s["schema"], input=inp, output=base, expected=[],
                        note="clean reference output", input_changed=False))
    for i, v in enumerate(s["variants"], 1):
        try:
            out = apply(base, v)
        except ValueError as e:
            err("%s v%d: %s" % (s["id"], i, e))
            continue
        vin = v.input_fn(inp) if v.input_fn else inp
        changed = vin != inp
        for c in v.expected:
            if c not in CHECK_IDS:
                err("%s v%d: unknown check %s" % (s["id"], i, c))
        if out == base and not changed:
            err("%s v%d: identical to base" % (s["id"], i))
        if out == base:
            err("%s v%d: output identical to base" % (s["id"], i))
        w = words(out)
        if "FMT003" not in v.expected and not (80 <= w <= 200):
            err("%s v%d: %d words without FMT003" % (s["id"], i, w))
        if "FMT003" in v.expected and 80 <= w <= 200:
            err("%s v%d: FMT003 expected but %d words" % (s["id"], i, w))
        if "FMT001" not in v.expected and not out.startswith("Ingresa por"):
            err("%s v%d: does not start with Ingresa por" % (s["id"], i))
        if "FMT001" in v.expected and out.lstrip().startswith("Ingresa por"):
            err("%s v%d: FMT001 expected but starts with Ingresa por" % (s["id"], i))
        if v.kind == "trap":
            vtext = json.dumps(vin, ensure_ascii=False)
            ci, ai = codes_in(vtext)
            co, ao = codes_in(out)
            if not ({norm_cie(c) for c in ci} <= {norm_cie(c) for c in co}) or not (ai <= ao):
                err("%s v%d: trap omits input codes" % (s["id"], i))
            if v.expected:
                err("%s v%d: trap with expected" % (s["id"], i))
        if v.kind == "plant":
            vtext = json.dumps(vin, ensure_ascii=False)
            new_nums = nums(out) - nums(vtext) - nums(base)
            if new_nums and "HAL002" not in v.expected:
                err("%s v%d: new ungrounded numbers %s but HAL002 not expected" % (s["id"], i, sorted(new_nums)))
            if not new_nums and "HAL002" in v.expected:
                err("%s v%d: HAL002 expected but no new ungrounded number" % (s["id"], i))
        if v.kind == "plant" and not v.expected:
            err("%s v%d: plant without expected" % (s["id"], i))
        records.append(dict(scenario=s["id"], variant="v%02d" % i, kind=v.kind, setting=s["setting"], style=s["style"],
                            schema=s["schema"], input=vin, output=out, expected=v.expected,
                            note=v.note, input_changed=changed))

planted = set()
for r in records:
    if r["kind"] == "plant":
        planted.update(r["expected"])
for c in CHECK_IDS:
    if c not in planted:
        err("check %s has no plant" % c)

random.Random(18).shuffle(records)
here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "blind18.jsonl"), "w", encoding="utf-8") as f, \
        open(os.path.join(here, "blind18_notes.jsonl"), "w", encoding="utf-8") as g:
    for n, r in enumerate(records, 1):
        rid = "k%03d" % n
        f.write(json.dumps({"id": rid, "input": r["input"], "output": r["output"], "expected": r["expected"]},
                           ensure_ascii=False) + "\n")
        g.write(json.dumps({"id": rid, "scenario": r["scenario"], "variant": r["variant"], "kind": r["kind"],
                            "setting": r["setting"], "style": r["style"], "schema": r["schema"],
                            "expected": r["expected"], "note": r["note"], "words": words(r["output"]),
                            "input_changed": r["input_changed"]}, ensure_ascii=False) + "\n")

clean = sum(1 for r in records if not r["expected"])
counts = {c: sum(1 for r in records if c in r["expected"]) for c in CHECK_IDS}
print("scenarios %d records %d clean %d (%.1f%%)" % (len(scens), len(records), clean, 100.0 * clean / max(1, len(records))))
print("per-check:", json.dumps(counts))
if errors:
    for e in errors:
        print("GUARD FAIL:", e)
    sys.exit(1)
print("all guards passed")
