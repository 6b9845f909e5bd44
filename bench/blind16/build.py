"""Build blind16.jsonl and blind16_notes.jsonl. Stdlib only. Deterministic.
Usage: python3 build.py   (from this folder or anywhere)"""
import json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
SPEC = "/work/shared/spec/checklist.md"

import cases_a, cases_b, cases_c, cases_d, cases_e  # noqa: E402

ERRORS = []


def fail(msg):
    ERRORS.append(msg)


def valid_ids():
    ids = set()
    with open(SPEC, encoding="utf-8") as f:
        for line in f:
            m = re.match(r"^\|\s*([A-Z]{3}\d{3})\s*\|", line)
            if m:
                ids.add(m.group(1))
    return ids


def replace_once(text, old, new, where):
    n = text.count(old)
    if n != 1:
        fail(f"{where}: old text found {n} times: {old!r}")
        return text
    return text.replace(old, new)


def words(s):
    return len(s.split())


CIE = re.compile(r"\b([A-TV-Z]\d\d(?:\.\d{1,2}|X)?)\b")
ATC = re.compile(r"\b([ABCDGHJLMNPRSV]\d\d[A-Z]{2}\d\d)\b")
NUM = re.compile(r"\d+(?:[.,]\d+)*")


def codes(text):
    s = set(ATC.findall(text))
    for c in CIE.findall(text):
        s.add(c.replace(".", "").rstrip("X"))
    return s


def main():
    ids = valid_ids()
    scen = []
    for mod in (cases_a, cases_b, cases_c, cases_d, cases_e):
        scen.extend(mod.SCENARIOS)
    recs = []
    for sc in scen:
        base_in = sc["input"]
        base_out = sc["output"]
        base_in_text = json.dumps(base_in, ensure_ascii=False)
        w = words(base_out)
        if not (120 <= w <= 180):
            fail(f"{sc['sid']}: base word count {w} outside 120-180")
        if not base_out.startswith("Ingresa por"):
            fail(f"{sc['sid']}: base does not start with Ingresa por")
        if re.search(r"[\[\]*#`_<>]", base_out):
            fail(f"{sc['sid']}: base has markup chars")
        # all input codes in base output
        missing = codes(base_in_text) - codes(base_out)
        if missing:
            fail(f"{sc['sid']}: base omits input codes {sorted(missing)}")
        extra = codes(base_out) - codes(base_in_text)
        if extra:
            fail(f"{sc['sid']}: base has codes not in input {sorted(extra)}")
        # numbers in base output should be in input (digits), except allowed
        in_nums = set(NUM.findall(base_in_text)) | set(sc["extra_nums"])
        out_wo_codes = CIE.sub(" ", ATC.sub(" ", base_out))
        for n in NUM.findall(out_wo_codes):
            if n not in in_nums:
                fail(f"{sc['sid']}: base number {n} not in input")
        recs.append(dict(scenario=sc["sid"], variant="base", kind="clean", setting=sc["setting"],
                         style=sc["style"], schema=sc["schema"], input=base_in, output=base_out,
                         expected=[], note="Salida base limpia, coherente con el input.", input_changed=False))
        seen = set()
        for v in sc["variants"]:
            where = f"{sc['sid']}/{v['name']}"
            if v["name"] in seen:
                fail(f"{where}: duplicate variant name")
            seen.add(v["name"])
            out = base_out
            for old, new in v["out"]:
                out = replace_once(out, old, new, where + " [output]")
            in_text = base_in_text
            for old, new in v["inp"]:
                in_text = replace_once(in_text, old, new, where + " [input]")
            try:
                inp = json.loads(in_text)
            except ValueError as e:
                fail(f"{where}: input JSON invalid after replacement: {e}")
                inp = base_in
            if not out.strip():
                fail(f"{where}: empty output")
            if out == base_out and in_text == base_in_text:
                fail(f"{where}: variant identical to base")
            for cid in v["expected"]:
                if cid not in ids:
                    fail(f"{where}: unknown check id {cid}")
            if v["kind"] == "plant" and not v["expected"]:
                fail(f"{where}: plant without expected ids")
            wv = words(out)
            if "FMT003" in v["expected"]:
                if 80 <= wv <= 200:
                    fail(f"{where}: FMT003 plant but {wv} words")
            elif not (80 <= wv <= 200):
                fail(f"{where}: {wv} words outside 80-200 without FMT003")
            if "FMT001" not in v["expected"] and not out.startswith("Ingresa por"):
                fail(f"{where}: does not start with Ingresa por")
            if v["kind"] == "trap":
                miss = codes(in_text) - codes(out)
                if miss:
                    fail(f"{where}: trap omits input codes {sorted(miss)}")
            recs.append(dict(scenario=sc["sid"], variant=v["name"],
                             kind="trap" if v["kind"] == "trap" else "plant",
                             setting=sc["setting"], style=sc["style"], schema=sc["schema"],
                             input=inp, output=out, expected=sorted(v["expected"]),
                             note=v["note"], input_changed=in_text != base_in_text))
    rng = random.Random(16)
    rng.shuffle(recs)
    for i, r in enumerate(recs, 1):
        r["id"] = f"g{i:03d}"
    with open(os.path.join(HERE, "blind16.jsonl"), "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps({"id": r["id"], "input": r["input"], "output": r["output"],
                                "expected": r["expected"]}, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "blind16_notes.jsonl"), "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps({"id": r["id"], "scenario": r["scenario"], "variant": r["variant"],
                                "kind": r["kind"], "setting": r["setting"], "style": r["style"],
                                "schema": r["schema"], "expected": r["expected"], "note": r["note"],
                                "words": words(r["output"]), "input_changed": r["input_changed"]},
                               ensure_ascii=False) + "\n")
    n = len(recs)
    clean = sum(1 for r in recs if not r["expected"])
    kinds = {}
    for r in recs:
        kinds[r["kind"]] = kinds.get(r["kind"], 0) + 1
    per = {}
    for r in recs:
        for c in r["expected"]:
            per[c] = per.get(c, 0) + 1
    print(f"scenarios: {len(scen)}  records: {n}  clean: {clean} ({100*clean/n:.1f}%)  kinds: {kinds}")
    print("per expected check id (records containing it):")
    for c in sorted(ids):
        print(f"  {c}: {per.get(c, 0)}")
        if per.get(c, 0) == 0:
            fail(f"check id {c} has no plant")
    multi = sum(1 for r in recs if len(r["expected"]) > 1)
    print(f"records with two ids: {multi}")
    if ERRORS:
        print(f"\nGUARD FAILURES ({len(ERRORS)}):")
        for e in ERRORS:
            print("  " + e)
        sys.exit(1)
    print("all guards passed")


if __name__ == "__main__":
    main()
