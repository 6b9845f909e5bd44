"""Build bench/final/final.jsonl deterministically.

Clean records are hand-written (clean_records*.py); every other record is one
clean record plus explicit hand-written text edits (violations*.py). Each edit's
old text must occur exactly once; each clean output must have 80-200 words.

Run: python bench/final/build.py
"""

import json
import random
from collections import Counter
from pathlib import Path

# this folder's modules: a script's folder is on sys.path
import violations_b  # noqa: F401  (registers its edits into V)
from clean_records import CLEAN_A
from clean_records_b import CLEAN_B
from violations import V

HERE = Path(__file__).resolve().parent

CHECKS = ["FMT001", "FMT002", "FMT003", "COD001", "COD002", "COD003", "COD004",
          "COD005", "COD006", "COD007", "HAL001", "HAL002", "CLN001", "REP001", "DEM001"]
SEED = 20250611


def apply(text, edits, what):
    for old, new in edits:
        n = text.count(old)
        assert n == 1, f"{what}: {old!r} occurs {n} times"
        text = text.replace(old, new)
    return text


def build():
    clean = CLEAN_A + CLEAN_B
    by_key = {}
    records = []
    for c in clean:
        assert c["key"] not in by_key, c["key"]
        by_key[c["key"]] = c
        words = len(c["output"].split())
        assert 80 <= words <= 200, f"{c['key']}: {words} words"
        assert c["output"].startswith("Ingresa por"), c["key"]
        records.append({"input": c["input"], "output": c["output"], "expected": [],
                        "note": f"limpio ({c['key']}): {c['note']}"})
    for e in V:
        base = by_key[e["base"]]
        what = f"{e['base']}/{e['expected']}"
        out = apply(base["output"], e["out"], what + " output")
        assert out != base["output"], what
        inp = base["input"]
        if e["inp"]:
            inp = json.loads(apply(json.dumps(inp, ensure_ascii=False), e["inp"], what + " input"))
        assert set(e["expected"]) <= set(CHECKS), what
        records.append({"input": inp, "output": out, "expected": e["expected"],
                        "note": f"{'+'.join(e['expected'])} sobre {e['base']}: {e['note']}"})
    random.Random(SEED).shuffle(records)
    final = []
    for i, r in enumerate(records, 1):
        final.append({"id": f"f{i:03d}", "input": r["input"], "output": r["output"],
                      "expected": r["expected"], "note": r["note"]})
    return final


def main():
    final = build()
    single = Counter(r["expected"][0] for r in final if len(r["expected"]) == 1)
    n_clean = sum(1 for r in final if not r["expected"])
    assert len(final) >= 100 and n_clean >= 35, (len(final), n_clean)
    for c in CHECKS:
        assert single[c] >= 4, (c, single[c])
    path = HERE / "final.jsonl"
    with open(path, "w", encoding="utf-8") as f:
        for r in final:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{path}: {len(final)} records, {n_clean} clean")
    for c in CHECKS:
        print(f"  {c}: {single[c]} single-violation")
    multi = [r["id"] + ":" + "+".join(r["expected"]) for r in final if len(r["expected"]) > 1]
    print("  multi:", ", ".join(multi) or "none")


if __name__ == "__main__":
    main()
