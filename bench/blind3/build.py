#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Construye blind3.jsonl de forma determinista y aplica guardas de consistencia.

Uso: python3 build.py   (escribe blind3.jsonl junto a este archivo; sale con 1 si falla una guarda)
Solo biblioteca estándar. No importa ni ejecuta nada del proyecto.
"""
import copy
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

import cases_a  # noqa: E402
import cases_b  # noqa: E402,F401
import variants  # noqa: E402

CHECKS = ["FMT001", "FMT002", "FMT003", "COD001", "COD002", "COD003", "COD004", "COD005", "COD006", "COD007",
          "HAL001", "HAL002", "CLN001", "REP001", "DEM001", "HAL003", "HAL004"]
MIN_PER = {c: 5 for c in CHECKS}
MIN_PER.update({"DEM001": 12, "HAL001": 12, "HAL003": 12, "HAL004": 12})

CIE_VALID = set("""I10 E11.9 J18.9 J21.0 P59.9 P70.0 O14.1 S72.1 K35.3 F32.2 F20.0 C92.0 D70 C50.4 N18.5 D63.8 E87.5
I21.1 E78.0 I63.4 I48.9 G00.1 N10 A90 G30.1 F05.1 N39.0 A41.5 K83.0 K26.4 J45.0 J46 I26.9 I80.2 K80.0 E10.1 B24
A15.0 O72.1 O99.0 N83.5 S06.4 P07.3 P22.0 L03.1 I50.0""".split())
CIE_INVALID = set("J18.7 G00.7 I21.7 N18.7 K35.7 F32.6".split())
ATC_VALID = set("""C09CA01 A10BA02 J01DD04 B05XA03 N02BE01 A12CC02 C07AG01 C08CA05 C09AA02 B01AB05 J01DB04 J01XD01
M01AB15 N06AB06 N05BA06 N05AX08 N05BA01 J01CR05 L03AA02 N02AX02 A12AA03 A10AB01 B03XA01 B01AC06 B01AC24 C10AA05
C07AB07 B01AF02 J01XA01 H02AB02 J01DC02 B05BB01 J01XX01 N05AD01 C01CA03 J01DH02 A02BC01 J01CA04 J01FA09 R03AC02
H02AB07 R03BB01 B01AF01 J01CR02 N02BB02 A12BA01 A10AE04 A10AB05 J04AM06 J01EE01 H01BB02 G02AD06 B02AA02 B03AA07
M01AE01 N03AX14 R07AA02 N06BC01 J01DB01 C03CA01 M04AA01 H03AA01 L02BA01 N04BA02 G04CA02""".split())

ATC_RE = re.compile(r"\b[A-Z]\d\d[A-Z]{2}\d\d\b")
CIE_RE = re.compile(r"\b[A-Z]\d\d(?:\.\d{1,2}|\d{1,2}|\.?X)?\b")
NUM_RE = re.compile(r"\d+(?:[.,]\d+)*")
MD_RE = re.compile(r"\*|__|#|\[|\]|`|</?[a-zA-Z]|\|")
LIST_RE = re.compile(r"(?m)^\s*(?:[-•+]|\d+[.)])\s")


def strings_of(v):
    if isinstance(v, dict):
        for k, x in v.items():
            yield str(k)
            yield from strings_of(x)
    elif isinstance(v, list):
        for x in v:
            yield from strings_of(x)
    elif v is None:
        return
    else:
        yield str(v)


def norm_cie(c):
    c = c.replace(".", "")
    if c.endswith("X"):
        c = c[:-1]
    return c[:3] + ("." + c[3:] if len(c) > 3 else "")


def codes_in(text):
    atc = set(ATC_RE.findall(text))
    rest = ATC_RE.sub(" ", text)
    cie = {norm_cie(c) for c in CIE_RE.findall(rest)}
    return cie, atc


def strip_codes(text):
    return CIE_RE.sub(" ", ATC_RE.sub(" ", text))


def norm_num(t):
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", t):
        t = t.replace(".", "")
    t = t.replace(",", ".")
    try:
        f = float(t)
    except ValueError:
        return t
    return ("%g" % f) if f != int(f) else str(int(f))


def nums(text, union=False):
    """Números normalizados; '18 000' (miles con espacio) se une en 18000."""
    t = strip_codes(text)
    joined = re.sub(r"(?<=\d) (?=\d{3}(?!\d))", "", t)
    found = {norm_num(x) for x in NUM_RE.findall(joined)}
    if union:
        found |= {norm_num(x) for x in NUM_RE.findall(t)}
    return found


def ngrams(words, n):
    return [" ".join(words[i:i + n]) for i in range(len(words) - n + 1)]


def guards(rec, allow):
    """Devuelve lista de (check, problema) detectados por mis guardas aproximadas."""
    out, inp = rec["output"], rec["input"]
    itext = "\n".join(strings_of(inp))
    found = []
    if not out.lstrip().startswith("Ingresa por"):
        found.append(("FMT001", "no empieza con 'Ingresa por'"))
    if MD_RE.search(out) or LIST_RE.search(out):
        found.append(("FMT002", "markdown"))
    wc = len(out.split())
    if wc < 80 or wc > 200:
        found.append(("FMT003", "palabras=%d" % wc))
    ocie, oatc = codes_in(out)
    icie, iatc = codes_in(itext)
    paren_cie = set(re.findall(r"\(([A-Z]\d\d(?:\.\d{1,2})?)\)", out))
    paren_atc = set(re.findall(r"\(([A-Z]\d\d[A-Z]{2}\d\d)\)", out))
    if ocie - paren_cie or len(CIE_RE.findall(strip_atc(out))) != len(re.findall(r"\([A-Z]\d\d(?:\.\d{1,2})?\)", out)):
        found.append(("COD001", "CIE fuera de paréntesis"))
    if ocie - icie:
        found.append(("COD002", "CIE no en input: %s" % sorted(ocie - icie)))
    if oatc - paren_atc or len(ATC_RE.findall(out)) != len(re.findall(r"\([A-Z]\d\d[A-Z]{2}\d\d\)", out)):
        found.append(("COD003", "ATC fuera de paréntesis"))
    if oatc - iatc:
        found.append(("COD004", "ATC no en input: %s" % sorted(oatc - iatc)))
    if (icie - ocie) or (iatc - oatc):
        found.append(("COD006", "código omitido: %s" % sorted((icie - ocie) | (iatc - oatc))))
    if ocie & CIE_INVALID:
        found.append(("COD007", "CIE inexistente"))
    unknown = (ocie - CIE_VALID - CIE_INVALID) | (oatc - ATC_VALID) | (icie - CIE_VALID - CIE_INVALID) | (iatc - ATC_VALID)
    if unknown:
        found.append(("CATALOGO", "código fuera de catálogo: %s" % sorted(unknown)))
    extra = nums(out) - nums(itext, union=True) - set(allow)
    if extra:
        found.append(("HAL002", "números sin respaldo: %s" % sorted(extra)))
    sents = [s.strip().lower() for s in re.split(r"(?<=[.!?])\s+", out) if s.strip()]
    words = re.findall(r"\w+", out.lower())
    g6 = ngrams(words, 6)
    g4 = ngrams(words, 4)
    rep6 = max([g6.count(g) for g in set(g6)] or [0])
    rep4 = max([g4.count(g) for g in set(g4)] or [0])
    if len(sents) != len(set(sents)) or rep6 >= 3 or rep4 >= 4:
        found.append(("REP001", "repetición"))
    return found


def strip_atc(text):
    return ATC_RE.sub(" ", text)


def walk_replace(v, old, new):
    if isinstance(v, dict):
        return {walk_replace(k, old, new) if isinstance(k, str) else k: walk_replace(x, old, new) for k, x in v.items()}
    if isinstance(v, list):
        return [walk_replace(x, old, new) for x in v]
    if isinstance(v, str):
        return v.replace(old, new)
    return v


def as_fields(d):
    rows = []
    for k, v in d.items():
        if isinstance(v, dict):
            for k2, v2 in v.items():
                rows.append({"campo": "%s.%s" % (k, k2), "valor": v2})
        else:
            rows.append({"campo": k, "valor": v})
    return rows


GUARD_KEYS = {"FMT001", "FMT002", "FMT003", "COD001", "COD002", "COD003", "COD004", "COD006", "COD007",
              "HAL002", "REP001"}


def main():
    bases = {b["key"]: b for b in cases_a.BASES}
    records, errors = [], []
    for b in cases_a.BASES:
        records.append(dict(src=b["key"], input=copy.deepcopy(b["input"]), output=b["output"], expected=[],
                            note=b["note"], allow=b["allow"], shape=b["shape"], kind="base"))
    for v in variants.VARIANTS:
        b = bases[v["base"]]
        inp = copy.deepcopy(b["input"])
        out = b["output"]
        for pair in v.get("both", []):
            old, new = pair
            if old not in out:
                errors.append("%s: '%s' no está en output" % (v["base"], old))
            out = out.replace(old, new)
            inp = walk_replace(inp, old, new)
        if v.get("out"):
            out = " ".join(v["out"].split()) if not v.get("raw") else v["out"]
        for rep in v.get("repl", []):
            old, new = rep[0], rep[1]
            n = out.count(old)
            if n != 1:
                errors.append("%s/%s: '%s' aparece %d veces" % (v["base"], v["expected"], old, n))
            out = out.replace(old, new, 1)
        if v.get("inp"):
            inp = v["inp"](inp)
        if v.get("raw_out") is not None:
            out = v["raw_out"](out)
        if v.get("wc") is not None and len(out.split()) != v["wc"]:
            errors.append("%s: %d palabras, se esperaban %d" % (v["base"], len(out.split()), v["wc"]))
        if out == b["output"] and inp == b["input"] and v["expected"]:
            errors.append("%s: variante sin cambios" % v["base"])
        records.append(dict(src=v["base"], input=inp, output=out, expected=sorted(v["expected"]), note=v["note"],
                            allow=set(b["allow"]) | set(v.get("allow", ())), shape=b["shape"], kind="variant",
                            manual=v.get("manual", False)))
    # forma del input
    for r in records:
        if r["shape"] == "fields" and isinstance(r["input"], dict):
            r["input"] = as_fields(r["input"])
    # guardas
    for r in records:
        found = guards(r, r["allow"])
        ids = {c for c, _ in found}
        exp = set(r["expected"])
        if "CATALOGO" in ids:
            errors.append("%s %s: %s" % (r["src"], r["expected"], found))
        # lo que detectan mis guardas debe coincidir con lo plantado (en las reglas que las guardas cubren)
        must = exp & GUARD_KEYS
        got = ids & GUARD_KEYS
        if "COD005" in exp or "COD001" in exp or "COD003" in exp:
            pass
        if got != must:
            errors.append("%s %s: guardas=%s (%s)" % (r["src"], sorted(exp), sorted(got), found))
        if len(exp) > 1:
            errors.append("%s: más de un check plantado %s" % (r["src"], sorted(exp)))
        if not r["note"] or "\n" in r["note"]:
            errors.append("%s: nota vacía o multilínea" % r["src"])
    # ids deterministas
    rng = random.Random(3)
    order = list(range(len(records)))
    rng.shuffle(order)
    lines = []
    for i, idx in enumerate(order, 1):
        r = records[idx]
        lines.append(json.dumps({"id": "b%03d" % i, "input": r["input"], "output": r["output"],
                                 "expected": r["expected"], "note": r["note"]}, ensure_ascii=False))
    counts = {c: 0 for c in CHECKS}
    clean = trampa = 0
    for r in records:
        for c in r["expected"]:
            counts[c] += 1
        if not r["expected"]:
            clean += 1
            if "trampa" in r["note"].lower():
                trampa += 1
    for c in CHECKS:
        if counts[c] < MIN_PER[c]:
            errors.append("%s plantado %d veces (< %d)" % (c, counts[c], MIN_PER[c]))
    total = len(records)
    if total < 200:
        errors.append("solo %d registros" % total)
    with open(os.path.join(HERE, "blind3.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print("registros: %d  limpios: %d (trampa: %d)  plantados: %d" % (total, clean, trampa, total - clean))
    for c in CHECKS:
        print("  %s: %d" % (c, counts[c]))
    if errors:
        print("\nFALLAN GUARDAS (%d):" % len(errors))
        for e in errors:
            print("  - " + e)
        sys.exit(1)
    print("guardas OK")


if __name__ == "__main__":
    main()
