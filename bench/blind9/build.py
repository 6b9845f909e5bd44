# -*- coding: utf-8 -*-
"""Constructor determinista del corpus ciego blind9. Solo biblioteca estandar.

Uso: python3 build.py  -> escribe blind9.jsonl, imprime conteos, exit 1 si falla un guard.
"""
import copy
import json
import os
import re
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cases import S  # noqa: E402
from extra import EXTRA  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ATC_RE = re.compile(r"\b[ABCDGHJLMNPRSV]\d\d[A-Z]{2}\d\d\b")
CIE_RE = re.compile(r"\b[A-TV-Z]\d\d(?:\.?\d{1,2})?\b")
NUM_RE = re.compile(r"(?<![\w])\d+(?:[.,]\d+)*(?![\w])")
MD_RE = re.compile(r"\*|#|\[|\]|`|^\s*[-•]\s|<[a-z]+>|__", re.M)

FEMALE = {"icc_esp", "parto_chile", "epoc_arg", "ictus_esp", "nf_chile", "anemia_arg", "dep_mex", "cadera_esp",
          "sepsis_chile", "ar_arg", "tep_chile", "gea_chile", "pe_col", "fra_esp", "radio_col", "cad_esp",
          "asma_peru", "dengue_peru", "sjs_arg", "itu_arg", "dm_mex", "colecist_col", "aborto_peru"}

FILLER = [
    "Se explican al paciente y a su familia los signos de alarma por los que debe consultar de nuevo.",
    "Se revisa la conciliación de la medicación habitual antes de la salida.",
    "Se entrega por escrito el plan de cuidados y los teléfonos de contacto de la unidad.",
    "El equipo de enfermería refuerza la educación sobre hábitos saludables y adherencia.",
    "Se coordina con trabajo social el apoyo en domicilio durante las primeras semanas.",
    "Se deja constancia de que la información fue comprendida y aceptada sin reparos.",
    "Se recomienda reposo relativo, alimentación equilibrada y buena hidratación en domicilio.",
    "Se insiste en acudir a todos los controles programados con los exámenes solicitados.",
    "La evolución durante la estancia fue favorable y sin incidentes de enfermería relevantes.",
    "Se informa que cualquier duda puede resolverse en la consulta ambulatoria correspondiente.",
    "Se valoró la movilidad y la autonomía para actividades básicas antes de la salida.",
    "Se completó el registro de alergias, vacunas y hábitos en la historia clínica.",
]

CLN_POOL = [  # farmaco sin indicacion entre los diagnosticos del escenario
    ("alopurinol", "M04AA01", "100 mg cada 24 horas"),
    ("levotiroxina", "H03AA01", "50 mcg al día"),
    ("donepezilo", "N06DA02", "5 mg al día"),
    ("mesalazina", "A07EC02", "1 g cada 12 horas"),
    ("alopurinol", "M04AA01", "100 mg cada 24 horas"),
    ("levotiroxina", "H03AA01", "50 mcg al día"),
    ("donepezilo", "N06DA02", "5 mg al día"),
]


def words(t):
    return len(t.split())


def norm_cie(c):
    return c.replace(".", "").upper()


def input_codes(inp):
    s = json.dumps(inp, ensure_ascii=False)
    atc = set(ATC_RE.findall(s))
    s2 = ATC_RE.sub(" ", s)
    cie = set(norm_cie(c) for c in CIE_RE.findall(s2))
    return atc, cie


def output_codes(out):
    atc = ATC_RE.findall(out)
    s2 = ATC_RE.sub(" ", out)
    cie = [norm_cie(c) for c in CIE_RE.findall(s2)]
    return atc, cie


def nums(text):
    return set(n for n in NUM_RE.findall(text))


def out_nums(out):
    s = ATC_RE.sub(" ", out)
    s = CIE_RE.sub(" ", s)
    return nums(s)


def sentences(out):
    return [x.strip() for x in re.split(r"(?<=\.)\s+", out) if x.strip()]


def rep1(text, old, new):
    assert old in text, (old, text[:60])
    return text.replace(old, new, 1)


def guard(rec):
    """Devuelve lista de problemas: reglas que parecen disparar y no estan en expected."""
    exp = set(rec["expected"])
    out, inp = rec["output"], rec["input"]
    probs = []
    fired = set()
    if not out.lstrip().startswith("Ingresa por"):
        fired.add("FMT001")
    if MD_RE.search(out):
        fired.add("FMT002")
    w = words(out)
    if w < 80 or w > 200:
        fired.add("FMT003")
    iatc, icie = input_codes(inp)
    oatc, ocie = output_codes(out)
    # codes inside own parentheses
    for c in re.findall(r"\(([^)]*)\)", out):
        inner = c.strip()
        if (ATC_RE.search(inner) or CIE_RE.search(ATC_RE.sub(" ", inner))) and not (
                ATC_RE.fullmatch(inner) or CIE_RE.fullmatch(inner)):
            fired.add("COD001" if not ATC_RE.search(inner) else "COD003")
    for code in ATC_RE.findall(out):
        if "(" + code + ")" not in out:
            fired.add("COD003")
    for m in CIE_RE.finditer(ATC_RE.sub(lambda m: " " * len(m.group(0)), out)):
        a, b = m.span()
        if not (out[a - 1:a] == "(" and out[b:b + 1] == ")"):
            fired.add("COD001")
    if set(ocie) - icie:
        fired.add("COD002")
    if set(oatc) - iatc:
        fired.add("COD004")
    if (icie - set(ocie)) or (iatc - set(oatc)):
        fired.add("COD006")
    innums = nums(json.dumps(inp, ensure_ascii=False))
    if out_nums(out) - innums:
        fired.add("HAL002")
    ss = sentences(out)
    if len(ss) != len(set(ss)):
        fired.add("REP001")
    if "Ingresa por" not in out[:40] and out.lstrip().lower().startswith("ingresa por"):
        fired.add("FMT001")
    unexpected = fired - exp
    for f in sorted(unexpected):
        probs.append("dispara %s no esperado" % f)
    mech = {"FMT001", "FMT002", "FMT003", "COD001", "COD002", "COD003", "COD004", "COD006", "HAL002", "REP001"}
    for e in exp & mech:
        if e not in fired:
            probs.append("esperado %s no detectado por guard" % e)
    return probs


def inject_input(inp, key, value):
    inp = copy.deepcopy(inp)
    if isinstance(inp, dict):
        inp[key] = value
    elif isinstance(inp, list):
        inp.append({"campo": key, "valor": value})
    else:
        inp = inp + " " + key.replace("_", " ") + ": " + value + "."
    return inp


def add_sentence_before_last(out, sent):
    ss = sentences(out)
    ss.insert(len(ss) - 1, sent)
    return " ".join(ss)


def main():
    recs = []
    planted_pool = {}

    def add(kind, sc, inp, out, exp, note, svc):
        r = {"input": inp, "output": out, "expected": sorted(exp), "note": note, "_kind": kind,
             "_svc": svc, "_key": sc}
        return r

    clean, trampa = [], []
    for i, sc in enumerate(S + EXTRA):
        k, inp, out, svc = sc["key"], sc["input"], sc["out"], sc["svc"]
        if sc.get("planted_only"):
            planted_pool.setdefault(sc["planted_only"], []).append(
                add("p", k, inp, out, [sc["planted_only"]], sc["note"], svc))
            continue
        clean.append(add("clean", k, inp, out, [], sc.get("note_clean") or "Limpio: epicrisis fiel al input, códigos y cifras presentes.", svc))
        if sc.get("neg") and i % 3 != 2:
            trampa.append(add("trampa", k, inp, add_sentence_before_last(out, sc["neg"]), [],
                              "Trampa: mención negada/descartada (%s), no es afirmación." % sc["neg"].rstrip("."), svc))
        if sc.get("syn") and i % 3 != 0:
            trampa.append(add("trampa", k, inp, rep1(out, *sc["syn"]), [],
                              "Trampa: sinónimo/abreviatura/marca '%s' por '%s' del input." % (sc["syn"][1], sc["syn"][0]), svc))
        fem = k in FEMALE
        if i % 4 == 0:
            if svc == "pediatria":
                other = ("Su padre, que la acompaña, queda informado de los controles." if fem else
                         "Su madre, que lo acompaña, queda informada de los controles.")
            elif svc == "obstetricia":
                other = "Su esposo, que la acompaña, queda informado de los controles."
            else:
                other = ("Su hijo, que la acompaña, queda informado de los controles." if fem else
                         "Su hija, que lo acompaña, queda informada de los controles.")
            trampa.append(add("trampa", k, inp, add_sentence_before_last(out, other), [],
                              "Trampa: concordancia de género referida a un familiar, no al paciente.", svc))
        m = re.search(r"cada (\d+) horas", out)
        if m and i % 4 == 1:
            trampa.append(add("trampa", k, inp, out.replace(m.group(0), "c/%s h" % m.group(1), 1), [],
                              "Trampa: posología equivalente abreviada (%s = c/%s h)." % (m.group(0), m.group(1)), svc))
        # planted candidates
        for cid, fld in (("DEM001", "dem"), ("HAL001", "hal1"), ("HAL002", "hal2"), ("HAL003", "hal3"), ("HAL004", "hal4")):
            if sc.get(fld):
                o, n = sc[fld]
                planted_pool.setdefault(cid, []).append(add("p", k, inp, rep1(out, o, n), [cid],
                                                            "Plantado %s: '%s' -> '%s'." % (cid, o, n), svc))
        # FMT001
        v = i % 4
        if v == 0:
            o2 = out.replace("Ingresa por", "Paciente que ingresa por", 1)
        elif v == 1:
            o2 = out.replace("Ingresa por", "ingresa por", 1)
        elif v == 2:
            o2 = out.replace("Ingresa por", "Se hospitaliza por", 1)
        else:
            o2 = "Epicrisis. " + out
        planted_pool.setdefault("FMT001", []).append(add("p", k, inp, o2, ["FMT001"], "Plantado FMT001: inicio distinto de 'Ingresa por'.", svc))
        # FMT002
        v = i % 4
        ss = sentences(out)
        if v == 0:
            mm = re.search(r"(\w+) \(([A-Z]\d\d[\w.]*)\)", out)
            o2 = out[:mm.start()] + "**" + mm.group(1) + "** (" + mm.group(2) + ")" + out[mm.end():]
            nt = "negrita markdown"
        elif v == 1:
            o2 = " ".join(ss[:-1]) + "\n- " + ss[-1]
            nt = "línea de viñeta"
        elif v == 2:
            o2 = " ".join(ss[:2]) + "\n## Evolución\n" + " ".join(ss[2:])
            nt = "encabezado markdown"
        else:
            o2 = " ".join(ss[:-1]) + " [" + ss[-1].rstrip(".") + "]."
            nt = "corchetes"
        planted_pool.setdefault("FMT002", []).append(add("p", k, inp, o2, ["FMT002"], "Plantado FMT002: %s." % nt, svc))
        # FMT003 short or long
        if i % 2 == 0:
            keep = [s for j, s in enumerate(ss) if j == 0 or re.search(r"\([A-Z]\d\d", s)]
            o2 = " ".join(keep)
            if words(o2) < 80:
                planted_pool.setdefault("FMT003", []).append(add("p", k, inp, o2, ["FMT003"], "Plantado FMT003: epicrisis demasiado corta (%d palabras)." % words(o2), svc))
        else:
            o2 = out
            j = 0
            while words(o2) <= 205:
                o2 = add_sentence_before_last(o2, FILLER[(i + j) % len(FILLER)])
                j += 1
            planted_pool.setdefault("FMT003", []).append(add("p", k, inp, o2, ["FMT003"], "Plantado FMT003: epicrisis demasiado larga (%d palabras)." % words(o2), svc))
        # COD001: CIE sin parentesis o dos codigos juntos
        cies = re.findall(r"\(([A-Z]\d\d(?:\.\d{1,2})?)\)", out)
        if cies:
            if i % 2 == 0 or len(cies) < 2:
                o2 = out.replace("(%s)" % cies[0], cies[0], 1)
                nt = "código %s sin paréntesis" % cies[0]
            else:
                o2 = out.replace(" (%s)" % cies[1], " código %s" % cies[1], 1)
                nt = "código %s escrito sin paréntesis tras la etiqueta" % cies[1]
            planted_pool.setdefault("COD001", []).append(add("p", k, inp, o2, ["COD001"], "Plantado COD001: %s." % nt, svc))
        atcs = re.findall(r"\(([A-Z]\d\d[A-Z]{2}\d\d)\)", out)
        if atcs:
            o2 = out.replace("(%s)" % atcs[0], atcs[0], 1)
            planted_pool.setdefault("COD003", []).append(add("p", k, inp, o2, ["COD003"], "Plantado COD003: ATC %s sin paréntesis." % atcs[0], svc))
            o2 = out.replace(" (%s)" % atcs[-1], "", 1)
            planted_pool.setdefault("COD006", []).append(add("p", k, inp, o2, ["COD006"], "Plantado COD006: se omite el código %s del input." % atcs[-1], svc))
        if len(cies) >= 2:
            o2 = out.replace("(%s)" % cies[0], "(@@)", 1).replace("(%s)" % cies[1], "(%s)" % cies[0], 1).replace("(@@)", "(%s)" % cies[1], 1)
            planted_pool.setdefault("COD005", []).append(add("p", k, inp, o2, ["COD005"], "Plantado COD005: códigos %s y %s intercambiados entre etiquetas." % (cies[0], cies[1]), svc))
        # REP001
        o2 = add_sentence_before_last(out, ss[1])
        planted_pool.setdefault("REP001", []).append(add("p", k, inp, o2, ["REP001"], "Plantado REP001: oración repetida.", svc))
        # COD007
        if sc.get("bogus"):
            real, fake = sc["bogus"]
            s_in = json.dumps(inp, ensure_ascii=False)
            s_in = s_in.replace(real, fake).replace(real.replace(".", ""), fake.replace(".", ""))
            planted_pool.setdefault("COD007", []).append(add("p", k, json.loads(s_in), out.replace("(%s)" % real, "(%s)" % fake),
                                                             ["COD007"], "Plantado COD007: %s no existe en CIE-10 (en input y output)." % fake, svc))
        # COD002 / COD004 (antecedente sin código en el input)
        if isinstance(inp, (dict, list)):
            inp2 = inject_input(inp, "otros_antecedentes", "hipotiroidismo en tratamiento con levotiroxina")
            base = "Antecedente de hipotiroidismo en tratamiento con levotiroxina."
            trampa_ok = words(out) + 7 <= 200
            if trampa_ok:
                planted_pool.setdefault("COD002", []).append(add("p", k, inp2, add_sentence_before_last(out, base.replace("hipotiroidismo", "hipotiroidismo (E03.9)")),
                                                                 ["COD002"], "Plantado COD002: E03.9 añadido, el input nombra hipotiroidismo sin código.", svc))
                planted_pool.setdefault("COD004", []).append(add("p", k, inp2, add_sentence_before_last(out, base.replace("levotiroxina.", "levotiroxina (H03AA01).")),
                                                                 ["COD004"], "Plantado COD004: H03AA01 añadido, el input nombra levotiroxina sin código.", svc))
                planted_pool.setdefault("T_ANT", []).append(add("trampa", k, inp2, add_sentence_before_last(out, base), [],
                                                                "Trampa: antecedente sin código en el input, citado sin código (correcto).", svc))
            # CLN001
            name, code, dose = CLN_POOL[i % len(CLN_POOL)]
            inp3 = inject_input(inp, "farmacos_adicionales", [{"atc": code, "nombre": name, "dosis": dose}])
            planted_pool.setdefault("CLN001", []).append(add("p", k, inp3, add_sentence_before_last(out, "Además recibe %s (%s) %s." % (name, code, dose)),
                                                             ["CLN001"], "Plantado CLN001: %s (%s) sin diagnóstico que lo indique." % (name, code), svc))
        for c in ("COD002", "COD004"):
            if sc.get("c2" if c == "COD002" else "c4"):
                ph, code = sc["c2" if c == "COD002" else "c4"]
                planted_pool.setdefault(c, []).insert(0, add("p", k, inp, rep1(out, ph, "%s (%s)" % (ph, code)), [c],
                                                             "Plantado %s: %s no figura en el input (solo el texto '%s')." % (c, code, ph), svc))

    quotas = {"DEM001": 16, "HAL001": 16, "HAL003": 16, "HAL004": 14, "HAL002": 10, "FMT001": 8, "FMT002": 8,
              "FMT003": 8, "COD001": 8, "COD002": 8, "COD003": 8, "COD004": 8, "COD005": 8, "COD006": 8,
              "COD007": 8, "CLN001": 8, "REP001": 8}
    planted = []
    used = Counter()
    for cid in sorted(quotas):
        pool = planted_pool.get(cid, [])
        # extras (planted_only) first, then spread over scenarios not yet overused
        pool = sorted(pool, key=lambda r: (0 if r["_key"].startswith("x_") else 1, used[r["_key"]], r["_key"]))
        take = []
        for r in pool:
            if len(take) >= quotas[cid]:
                break
            take.append(r)
            used[r["_key"]] += 1
        planted.extend(take)
    trampa.extend(planted_pool.get("T_ANT", [])[1::9])
    allrecs = clean + trampa + planted
    # deterministic interleave by key hash-free ordering
    allrecs.sort(key=lambda r: (sum(map(ord, r["note"] + r["_key"])) % 97, r["_key"], r["note"]))
    bad = 0
    out_lines = []
    for n, r in enumerate(allrecs, 1):
        r["id"] = "b%03d" % n
        probs = guard(r)
        if probs:
            bad += 1
            print("GUARD", r["id"], r["_key"], r["expected"], probs, file=sys.stderr)
        out_lines.append(json.dumps({"id": r["id"], "input": r["input"], "output": r["output"],
                                     "expected": r["expected"], "note": r["note"]}, ensure_ascii=False))
    with open(os.path.join(HERE, "blind9.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(out_lines) + "\n")
    cnt = Counter(e for r in allrecs for e in r["expected"])
    print("records", len(allrecs), "clean", sum(1 for r in allrecs if not r["expected"]),
          "trampa", sum(1 for r in allrecs if r["_kind"] == "trampa"))
    for c in sorted(cnt):
        print(c, cnt[c])
    print("servicios", dict(Counter(r["_svc"] for r in allrecs)))
    for c, q in quotas.items():
        if cnt[c] < min(q, 12 if c in ("DEM001", "HAL001", "HAL003", "HAL004") else 5):
            print("QUOTA FAIL", c, cnt[c], file=sys.stderr)
            bad += 1
    if bad:
        print("GUARD FAILURES:", bad, file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
