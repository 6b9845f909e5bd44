# -*- coding: utf-8 -*-
"""Deterministic builder for bench/blind6/blind6.jsonl (standard library only).

    python3 build.py          # writes blind6.jsonl, prints counts, exit 1 on a guard failure

The guards are the writer's own consistency checks (not the project's checker):
they make sure every record breaks only the rules its `expected` lists.
"""
import json
import os
import re
import sys
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from scenarios import S  # noqa: E402
from render import render, export, scen  # noqa: E402
from records import RECORDS, INVALID_CIE, EXTRA_KNOWN  # noqa: E402

IDS = ["FMT001", "FMT002", "FMT003", "COD001", "COD002", "COD003", "COD004", "COD005", "COD006",
       "COD007", "HAL001", "HAL002", "CLN001", "REP001", "DEM001", "HAL003", "HAL004"]

CIE_RE = re.compile(r"(?<![A-Za-z0-9])([A-TV-Z]\d{2}(?:\.\d{1,2})?)(?![A-Za-z0-9]|\.\d)")
ATC_RE = re.compile(r"(?<![A-Za-z0-9])([ABCDGHJLMNPRSV]\d\d[A-Z]{2}\d\d)(?![A-Za-z0-9])")
NUM_RE = re.compile(r"\d+(?:[.,]\d+)*")
MD_RE = re.compile(r"\*|__|(^|\n)\s*#|(^|\n)\s*[-+•]\s|(^|\n)\s*\d+[.)]\s|\[|\]|`|<[a-zA-Z/]|\|")

FEM = r"\b(la paciente|una paciente|paciente femenina|sexo femenino|mujer|niña|lactante femenina|usuaria|manejada|dada de alta|ingresada|conocida|hospitalizada|operada|intervenida|trasladada|gestante|puérpera|recién nacida|primigesta|multípara|hija de)\b"
MAS = r"\b(el paciente|un paciente|del paciente|al paciente|paciente masculino|sexo masculino|varón|hombre|niño|lactante masculino|usuario|manejado|dado de alta|ingresado|conocido|hospitalizado|operado|intervenido|trasladado|recién nacido|hijo de)\b"

VOCAB = ["omeprazol", "pantoprazol", "ceftriaxona", "cefazolina", "cefadroxilo", "cefuroxima", "cefepime",
         "meropenem", "vancomicina", "amoxicilina", "ampicilina", "gentamicina", "metronidazol", "azitromicina",
         "claritromicina", "levofloxacino", "ciprofloxacino", "clindamicina", "piperacilina", "aciclovir",
         "paracetamol", "acetaminofén", "ibuprofeno", "ketorolaco", "metamizol", "tramadol", "morfina",
         "furosemida", "espironolactona", "enalapril", "losartán", "amlodipino", "bisoprolol", "carvedilol",
         "atorvastatina", "rosuvastatina", "ácido acetilsalicílico", "aspirina", "clopidogrel", "ticagrelor",
         "enoxaparina", "heparina", "apixabán", "rivaroxabán", "warfarina", "acenocumarol", "vitamina k",
         "insulina", "metformina", "glibenclamida", "sitagliptina", "levotiroxina", "prednisona", "prednisolona",
         "hidrocortisona", "dexametasona", "metilprednisolona", "salbutamol", "ipratropio", "budesonida",
         "sertralina", "fluoxetina", "escitalopram", "quetiapina", "risperidona", "haloperidol", "olanzapina",
         "lorazepam", "clonazepam", "diazepam", "midazolam", "levetiracetam", "valproato", "fenitoína",
         "ondansetrón", "metoclopramida", "labetalol", "nifedipino", "sulfato de magnesio", "oxitocina",
         "misoprostol", "noradrenalina", "dobutamina", "donepezilo", "sulfato ferroso", "hierro",
         "inmunoglobulina", "gluconato de calcio", "bicarbonato", "potasio", "glucosa",
         "sonda", "catéter", "drenaje", "ventilación mecánica", "ventilación no invasiva", "hemodiálisis",
         "diálisis", "transfusión", "intubación", "traqueostomía", "tomografía", "ecografía", "ultrasonido",
         "resonancia", "endoscopia", "colonoscopia", "biopsia", "punción lumbar", "oxigenoterapia", "fototerapia",
         "cesárea", "legrado", "apendicectomía", "colecistectomía", "laparotomía", "artroplastia", "osteosíntesis",
         "yeso", "férula", "marcapasos", "stent", "angioplastia", "trombólisis", "trombectomía", "craneotomía",
         "toracocentesis", "paracentesis", "pleurostomía", "ecocardiograma", "electrocardiograma",
         "electroencefalograma", "electromiografía", "cpap", "bipap", "cultivo", "hemocultivo"]

def norm_code(c):
    c = c.upper().replace(".", "")
    if c.endswith("X"):
        c = c[:-1]
    return c


def codes(text):
    return [m.group(1) for m in CIE_RE.finditer(text)], [m.group(1) for m in ATC_RE.finditer(text)]


def strip_codes(text):
    text = ATC_RE.sub(" ", text)
    return CIE_RE.sub(" ", text)


def nums(text):
    out = set()
    for m in NUM_RE.finditer(strip_codes(text)):
        v = m.group(0).replace(",", ".")
        out.add(v)
    return out


def fold(t):
    t = unicodedata.normalize("NFD", t.lower())
    return "".join(ch for ch in t if unicodedata.category(ch) != "Mn")


def sentences(t):
    return [x.strip() for x in re.split(r"(?<=[.!?])\s+", t) if x.strip()]


def known_codes():
    k = set()
    for s in S.values():
        for c, _ in s["ant"] + s["dx"]:
            if c:
                k.add(norm_code(c))
        for x in s["hab"] + s["tx"] + s["altx"]:
            if x[0]:
                k.add(x[0])
    return k | {norm_code(c) for c in EXTRA_KNOWN}


def labels_from(s):
    lab = {}
    for c, n in s["ant"] + s["dx"]:
        if c:
            lab.setdefault(norm_code(c), []).append(n)
    for x in s["hab"] + s["tx"] + s["altx"]:
        if x[0]:
            lab.setdefault(x[0], []).append(x[1])
    return lab


STOP = {"aguda", "agudo", "cronica", "cronico", "otros", "otras", "sin", "con", "por", "del", "tipo", "para",
        "secundaria", "secundario", "asociada", "asociado", "severa", "grave", "moderada", "simple",
        "izquierda", "izquierdo", "derecha", "derecho", "etapa", "estadio", "arterial", "esencial"}


def build():
    problems = []
    rows = []
    KNOWN = known_codes()
    INV = {norm_code(c) for c in INVALID_CIE}
    for i, r in enumerate(RECORDS, 1):
        rid = f"b{i:03d}"
        base = S[r["scen"]]
        s = scen(base, r.get("upd"))
        k = r.get("k", 0)
        out = render(scen(s, r.get("out_upd")), k)
        for old, new in r.get("edits", []):
            if old not in out:
                problems.append(f"{rid}: edit anchor not found: {old!r}")
                continue
            out = out.replace(old, new, 1)
        if "output" in r:
            out = r["output"]
        si = scen(s, r.get("inp_upd"))
        inp = export(si) if "input" not in r else r["input"]
        if r.get("inp_fn"):
            inp = r["inp_fn"](inp)
        exp = sorted(set(r["exp"]))
        rows.append({"id": rid, "input": inp, "output": out, "expected": exp, "note": r["note"]})
        E = set(exp)
        skip = set(r.get("skip", ()))
        bad = E - set(IDS)
        if bad:
            problems.append(f"{rid}: unknown ids {bad}")
        if len(E) > 1 and not r.get("multi"):
            problems.append(f"{rid}: more than one expected id {exp}")
        itext = json.dumps(inp, ensure_ascii=False)
        # FMT001
        f1 = not out.lstrip().startswith("Ingresa por")
        if f1 != ("FMT001" in E):
            problems.append(f"{rid}: FMT001 guard {f1}")
        f2 = bool(MD_RE.search(out))
        if f2 != ("FMT002" in E):
            problems.append(f"{rid}: FMT002 guard {f2}")
        wc = len(out.split())
        f3 = wc < 80 or wc > 200
        if f3 != ("FMT003" in E):
            problems.append(f"{rid}: FMT003 guard wc={wc}")
        if not f3 and (wc < 84 or wc > 196) and "FMT003" not in E:
            problems.append(f"{rid}: word count {wc} too close to a limit")
        oc, oa = codes(out)
        ic, ia = codes(itext)
        icn, ocn = {norm_code(c) for c in ic}, {norm_code(c) for c in oc}
        # code placement
        c1 = False
        for m in CIE_RE.finditer(out):
            if not (out[m.start() - 1:m.start()] == "(" and out[m.end():m.end() + 1] == ")"):
                c1 = True
        c3 = False
        for m in ATC_RE.finditer(out):
            if not (out[m.start() - 1:m.start()] == "(" and out[m.end():m.end() + 1] == ")"):
                c3 = True
        if c1 != ("COD001" in E) and "codefmt" not in skip:
            problems.append(f"{rid}: COD001 guard {c1}")
        if c3 != ("COD003" in E) and "codefmt" not in skip:
            problems.append(f"{rid}: COD003 guard {c3}")
        c2 = bool(ocn - icn)
        if c2 != ("COD002" in E):
            problems.append(f"{rid}: COD002 guard {ocn - icn}")
        c4 = bool(set(oa) - set(ia))
        if c4 != ("COD004" in E):
            problems.append(f"{rid}: COD004 guard {set(oa) - set(ia)}")
        c6 = bool((icn - ocn) | (set(ia) - set(oa)))
        if c6 != ("COD006" in E):
            problems.append(f"{rid}: COD006 guard {(icn - ocn) | (set(ia) - set(oa))}")
        c7 = bool(ocn & INV)
        if c7 != ("COD007" in E):
            problems.append(f"{rid}: COD007 guard")
        unk = (icn | ocn | set(ia) | set(oa)) - KNOWN - INV
        if unk:
            problems.append(f"{rid}: codes not in the verified list {unk}")
        # labels (COD005 guard): a content word of the code's input label must precede it
        labs = labels_from(si)
        c5 = False
        for m in re.finditer(r"\(([A-Z0-9.]+)\)", out):
            code = norm_code(m.group(1))
            names = labs.get(code)
            if not names:
                continue
            before = fold(out[max(0, m.start() - 70):m.start()])
            words = {w for n in names for w in re.findall(r"[a-z]{4,}", fold(n)) if w not in STOP}
            if not any(w in before for w in words):
                c5 = True
        if c5 != ("COD005" in E) and "label" not in skip:
            problems.append(f"{rid}: COD005 guard {c5}")
        # numbers
        extra = nums(out) - nums(itext) - set(r.get("allow_nums", ()))
        h2 = bool(extra)
        if h2 != ("HAL002" in E):
            problems.append(f"{rid}: HAL002 guard {extra}")
        # sex markers
        if "sex" not in skip:
            fo = re.findall(FEM, out, flags=re.I)
            ma = re.findall(MAS, out, flags=re.I)
            wrong = ma if s["sex"] == "F" else fo
            if bool(wrong) and "DEM001" not in E:
                problems.append(f"{rid}: sex guard {wrong}")
            if r.get("sexplant") and not wrong:
                problems.append(f"{rid}: planted sex marker missing")
        # repetition
        sents = [x.lower() for x in sentences(out)]
        dup = len(sents) != len(set(sents))
        toks = re.findall(r"\w+", out.lower())
        grams = Counter(tuple(toks[j:j + 7]) for j in range(len(toks) - 6))
        loop = any(v > 1 for v in grams.values())
        if (dup or loop) != ("REP001" in E):
            problems.append(f"{rid}: REP001 guard dup={dup} loop={loop}")
        # ungrounded vocabulary
        fi, fout = fold(itext), fold(out)
        neg = {fold(x) for x in r.get("neg_ok", ())}
        ung = [v for v in VOCAB if fold(v) in fout and fold(v) not in fi and fold(v) not in neg]
        if ung and "HAL001" not in E and "vocab" not in skip:
            problems.append(f"{rid}: ungrounded vocab {ung}")
        if r.get("vocabplant") and not ung:
            problems.append(f"{rid}: planted HAL001 vocab missing")
        if not r.get("note"):
            problems.append(f"{rid}: missing note")
    return rows, problems


def main():
    rows, problems = build()
    with open(os.path.join(HERE, "blind6.jsonl"), "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    cnt = Counter(c for r in rows for c in r["expected"])
    clean = [r for r in rows if not r["expected"]]
    trampa = [r for r in clean if r["note"].lower().startswith("trampa")]
    print(f"records: {len(rows)}  clean: {len(clean)}  trampa: {len(trampa)}  planted: {len(rows) - len(clean)}")
    for c in IDS:
        print(f"  {c}: {cnt.get(c, 0)}")
    scen_use = Counter()
    for r in RECORDS:
        scen_use[r["scen"]] += 1
    print("scenarios used:", len(scen_use), "of", len(S))
    if problems:
        print("GUARD FAILURES:")
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print("all guards passed")


if __name__ == "__main__":
    main()
