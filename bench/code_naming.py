"""How the checks read diagnoses as clinicians write them: CodiEsp's gold
(mention, CIE-10 code) pairs from real Spanish case reports.

Each CodiEsp DIAGNOSTICO annotation pairs a clinician's words ('enfermedad
de Dupuytren en mano derecha') with the code a coder gave them (M72.0).
The code is read as the WHO/OPS code it falls under (CIE-10-ES agrees with
WHO at three characters: its four-character code where the OPS list has it,
else its category) and the input gives it with the OPS title, as a site's
export would. Four measures, each over the distinct (mention, code) pairs of
the chosen split:

- COD005 accepts: output ``Ingresa por <mention> (<code>).``, input the code
  and its title; COD005 should stay silent (a synonym, abbreviation or more
  specific wording of the title names the code).
- COD005 catches a swap: the mention with the code of another pair of the
  same document from another chapter (and no word of the mention shared
  with that code's title); COD005 should fire.
- HAL001 grounds: output ``Ingresa por <mention>.``, same input; HAL001
  should not report the mention as a diagnosis missing from the input.
- HAL001 catches: the mention against an input holding only the swapped
  code; HAL001 should report it (recall of the diagnosis vocabulary: a
  mention the checks do not read as a diagnosis cannot be caught).

Mentions of one word under three letters, discontinuous spans and codes
outside the OPS list are left out. Development on the train split; the test
split is kept for measurement (``--split test``). Needs
../shared/external/spaccc_all.jsonl and ../shared/reference/cie10-ops-es.fsh
(neither ships with the project).

Usage:  python bench/code_naming.py [--split train|dev|test] [--show accept|swap|ground|catch] [--top 40]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "external" / "spaccc_all.jsonl"
OPS = SHARED / "reference" / "cie10-ops-es.fsh"
_OPS_ROW = re.compile(r'^\* #([A-Z]\d\d[0-9X]?)\s+"(.*)"\s*$')


def ops_titles() -> dict[str, str]:
    titles = {}
    for line in OPS.read_text(encoding="utf-8").splitlines():
        m = _OPS_ROW.match(line)
        if m:
            titles[m.group(1)] = m.group(2)
    return titles


def who_code(code: str, titles: dict[str, str]) -> str | None:
    """The OPS code a CIE-10-ES code falls under, dotted ('M72.0', 'I10')."""
    bare = code.replace(".", "").upper()
    for key in (bare[:4], bare[:3]):
        if len(key) >= 3 and key in titles:
            return key if len(key) == 3 else f"{key[:3]}.{key[3]}"
    return None


def pairs(split: str, titles: dict[str, str]) -> list[tuple[str, list[tuple[str, str]]]]:
    """Per document of the split: its distinct (mention, code) pairs."""
    docs = []
    for line in CORPUS.read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        if doc["splits"].get("codiesp") != split or not doc.get("codes"):
            continue
        found = {}
        for c in doc["codes"]:
            if c["type"] != "DIAGNOSTICO" or not c.get("offsets_ok") or len(c.get("spans") or []) != 1:
                continue
            mention = " ".join(c["text"].split())
            code = who_code(c["code"], titles)
            if code is None or sum(ch.isalpha() for ch in mention) < 3:
                continue
            found[(mention.lower(), code)] = (mention, code)
        docs.append((doc["id"], list(found.values())))
    return docs


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[^\W\d_]{4,}", text.lower())}


def cases(docs, titles):
    """(kind, mention, code, input, output, should_fire) for the four measures; each
    distinct (mention, code) pair once over the split."""
    seen: set[tuple[str, str]] = set()
    for _doc_id, found in docs:
        for mention, code in found:
            if (mention.lower(), code) in seen:
                continue
            seen.add((mention.lower(), code))
            title = titles[code.replace(".", "")]
            given = {"diagnosticos": [{"codigo": code, "descripcion": title}]}
            yield "accept", mention, code, given, f"Ingresa por {mention} ({code}).", False
            yield "ground", mention, code, given, f"Ingresa por {mention}.", False
            other = next((o for m, o in found if o[0] != code[0]
                          and not _words(mention) & _words(titles[o.replace(".", "")] + " " + m)), None)
            if other is None:
                continue
            both = {"diagnosticos": [{"codigo": code, "descripcion": title},
                                     {"codigo": other, "descripcion": titles[other.replace(".", "")]}]}
            yield "swap", mention, other, both, f"Ingresa por {mention} ({other}).", True
            alone = {"diagnosticos": [{"codigo": other, "descripcion": titles[other.replace(".", "")]}]}
            # HAL001 on the mention alone: without a code, COD002/COD005 do not stand in for it
            yield "catch", mention, other, alone, f"Ingresa por {mention}.", True


_CHECK = {"accept": "COD005", "swap": "COD005", "ground": "HAL001", "catch": "HAL001"}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="train", choices=("train", "dev", "test"))
    ap.add_argument("--show", choices=tuple(_CHECK), help="list the pairs this measure gets wrong")
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument("--json", type=Path, help="write the figures here")
    args = ap.parse_args()
    if not CORPUS.exists() or not OPS.exists():
        print(f"needs {CORPUS} and {OPS} (../shared is not part of the project)", file=sys.stderr)
        return 2
    from harness.config import Config
    from harness.engine import Engine

    titles = ops_titles()
    docs = pairs(args.split, titles)
    engine = Engine(Config())
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    wrong: dict[str, list[str]] = {k: [] for k in _CHECK}
    all_cases = list(cases(docs, titles))
    for n, (kind, mention, code, given, output, should_fire) in enumerate(all_cases, 1):
        if n % 2000 == 0:
            print(f"  {n:,}/{len(all_cases):,}", file=sys.stderr)
        result = engine.check(output, given, "")
        fired = any(f.check == _CHECK[kind] for f in result.findings)
        total[kind] += 1
        if fired == should_fire:
            right[kind] += 1
        else:
            wrong[kind].append(f"{mention!r} ({code} {titles[code.replace('.', '')]})")
    figures = {}
    print(f"CodiEsp {args.split}: {len(docs)} documents, "
          f"{total['accept']:,} distinct (mention, code) pairs, {total['swap']:,} with a swap partner")
    labels = {"accept": "COD005 accepts the mention before its own code",
              "swap": "COD005 fires on a code swapped from another chapter",
              "ground": "HAL001 grounds the mention in its coded input",
              "catch": "HAL001 reports the mention against an input without it"}
    for kind in _CHECK:
        share = right[kind] / total[kind] if total[kind] else 0.0
        figures[kind] = {"right": right[kind], "total": total[kind], "share": round(share, 4)}
        print(f"  {labels[kind]:58} {right[kind]:>6,}/{total[kind]:<6,} {share:.3f}")
    if args.show:
        print(f"\n{args.show}: {len(wrong[args.show])} wrong (first --top)")
        for line in wrong[args.show][: args.top]:
            print("  " + line)
    if args.json:
        args.json.write_text(json.dumps({"split": args.split, "figures": figures}, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
