# -*- coding: utf-8 -*-
"""Construye blind8.jsonl de forma determinista (solo biblioteca estándar).

Uso: python3 build.py   -> escribe blind8.jsonl, imprime conteos, sale con 1 si falla un guardia.
"""
import json, re, sys, os, datetime
from collections import Counter
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cases import CASES, M

HERE = os.path.dirname(os.path.abspath(__file__))

UNC_DX = {"cirrosis": ("hernia umbilical", "K42.9"), "pielo": ("migraña", "G43.9"),
          "celulitis": ("hígado graso", "K76.0"), "itu_anciano": ("hipoacusia", "H91.9")}
UNC_MED = {"nac": ("paracetamol", "N02BE01"), "hda": ("paracetamol", "N02BE01"),
           "epoc": ("acetilcisteína", "R05CB01"), "fxcadera": ("colecalciferol", "A11CC05"),
           "iam": ("nitroglicerina sublingual", "C01DA02"), "tvp": ("paracetamol", "N02BE01")}
FINDING = {"icc": "Destaca hiperkalemia.", "pancreatitis": "Cursa con hiperbilirrubinemia.",
           "estenosis": "Cursa con hipokalemia.", "paliativo": "Presenta hipercalcemia."}
HAL004B = {"tvp": ("TVP de MII", "TVP de MID"),
           "fxcadera": ("fractura de cuello femoral derecho", "fractura de cuello femoral izquierdo"),
           "neumotorax": ("neumotórax izquierdo", "neumotórax bilateral")}
NONEXIST = {"N24.1", "J48.0", "M38.1", "E17.8", "G38.3", "L96.0", "F37.1", "L96.3", "F26.0", "E17.1", "I53.8"}

UNOS = ["", "un", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce",
        "trece", "catorce", "quince", "dieciséis", "diecisiete", "dieciocho", "diecinueve", "veinte",
        "veintiún", "veintidós", "veintitrés", "veinticuatro", "veinticinco", "veintiséis", "veintisiete",
        "veintiocho", "veintinueve"]
DECENAS = {3: "treinta", 4: "cuarenta", 5: "cincuenta", 6: "sesenta", 7: "setenta", 8: "ochenta", 9: "noventa"}


def words(n):
    if n < 30:
        return UNOS[n]
    d, u = divmod(n, 10)
    return DECENAS[d] + ("" if u == 0 else " y " + UNOS[u])


def age_from(dob, adm):
    b = datetime.date.fromisoformat(dob); a = datetime.date.fromisoformat(adm)
    return a.year - b.year - ((a.month, a.day) < (b.month, b.day))


def lc(s):
    return s[0].lower() + s[1:]


def lst(items):
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " y " + items[-1]


EVO = {"A": "Evolución favorable: %s.", "B": "Evolución: %s."}
TRAPX = {"acv": "hemiparesia derecha con lesión en arteria cerebral media izquierda: lados distintos pero ambos del input", "mama": "reservorio en subclavia derecha y carcinoma de mama izquierda, cada lado según el input", "estenosis": "marcapasos por subclavia izquierda según el input", "graves": "betabloqueador mencionado como no usado por asma", "hda": "ibuprofeno habitual suspendido, mencionado como fármaco previo del input"}
FREQ_AB = {"cada 4 horas": "c/4 h", "cada 6 horas": "c/6 h", "cada 8 horas": "c/8 h", "cada 12 horas": "c/12 h",
           "cada 24 horas": "c/24 h"}
ROUTE_AB = {"oral": "vo", "endovenosa": "ev", "intravenosa": "iv", "subcutánea": "sc", "intramuscular": "im",
            "inhalatoria": "inhalado", "inhalada": "inhalado", "nebulizada": "nebulizado", "tópica": "tópico"}


# ---------------------------------------------------------------- input exporters
def med_str(m):
    return " ".join(x for x in [m["dose"], m["freq"]] if x)


def lab_str(l):
    v = l[1] + (" " + l[2] if l[2] else "")
    return v + (" (VN " + l[3] + ")" if l[3] else "")


def export(c, schema, override=None):
    o = override or {}
    ant = o.get("ant", c["ant"]); alta = o.get("alta", c["alta"])
    sexw = {0: ("Femenino", "Masculino"), 1: ("mujer", "varón"), 2: ("F", "M"), 3: ("femenino", "masculino"),
            4: ("mujer", "hombre")}[schema]
    sx = sexw[0] if c["sex"] == "F" else sexw[1]
    unc_dx = c.get("uncoded_dx") or UNC_DX.get(c["key"])
    unc_med = c.get("uncoded_med") or UNC_MED.get(c["key"])
    extras_in = [e[1] for e in c["extras"]]
    fam = c["fam"][0] if c["fam"] else None
    if schema == 0:
        pac = {"sexo": sx}
        if "dob" in c:
            pac.update(fecha_nacimiento=c["dob"][0])
        elif "months" in c:
            pac["edad"] = "%d meses" % c["months"]
        else:
            pac["edad"] = c["age"]
        d = {"paciente": pac, "servicio": c["svc"]}
        if "dob" in c:
            d["fecha_ingreso"] = c["dob"][1]
        d["motivo_consulta"] = {"sintomas": c["motivo"], "tiempo_evolucion": c["tiempo"]}
        d["antecedentes"] = [{"codigo": a["code"], "nombre": a["name"]} for a in ant]
        if unc_dx: d["otros_antecedentes"] = [unc_dx[0]]
        if fam: d["antecedentes_familiares"] = [fam]
        d["medicamentos_habituales"] = [{"codigo": m["atc"], "nombre": m["name"], "dosis": med_str(m), "via": m["route"]} for m in c["home"]]
        if unc_med: d["medicamentos_habituales"].append({"nombre": unc_med[0], "dosis": "a demanda"})
        d["examenes"] = {l[0]: lab_str(l) for l in c["labs"]}
        d["estudios"] = [{"nombre": s[0], "resultado": s[1]} for s in c["studies"]]
        d["diagnosticos"] = [{"codigo": x["code"], "nombre": x["name"], "tipo": "principal" if i == 0 else "secundario"} for i, x in enumerate(c["dx"])]
        d["procedimientos"] = c["procs"]
        d["tratamiento"] = [{"codigo": m["atc"], "nombre": m["name"], "dosis": med_str(m), "via": m["route"]} for m in c["hosp"]]
        d["evolucion"] = c["evol"] + extras_in
        d["dias_hospitalizacion"] = c["days"]
        d["tratamiento_alta"] = [{"codigo": m["atc"], "nombre": m["name"], "dosis": med_str(m), "via": m["route"]} for m in alta]
        d["indicaciones_alta"] = [c["advice"][0]]
        return d
    if schema == 1:
        dp = {"genero": sx}
        if "dob" in c:
            dp["fecha_nacimiento"] = c["dob"][0]
        elif "months" in c:
            dp["edad_meses"] = c["months"]
        else:
            dp["edad"] = "%d años" % c["age"]
        d = {"datos_paciente": dp}
        if "dob" in c: d["fecha_ingreso"] = c["dob"][1]
        d["unidad"] = c["svc"]
        d["motivo_ingreso"] = "%s de %s de evolución" % (c["motivo"], c["tiempo"])
        d["antecedentes_personales"] = ["%s - %s" % (a["code"], a["name"]) for a in ant] + ([unc_dx[0]] if unc_dx else [])
        if fam: d["antecedentes_familiares"] = fam
        d["tratamiento_domiciliario"] = ["%s %s vía %s (ATC %s)" % (m["name"], med_str(m), m["route"], m["atc"]) for m in c["home"]] + ([unc_med[0] + " a demanda"] if unc_med else [])
        d["analitica"] = [{"parametro": l[0], "resultado": l[1], "unidades": l[2], "rango": l[3] or ""} for l in c["labs"]]
        d["pruebas_complementarias"] = {s[0]: s[1] for s in c["studies"]}
        d["juicio_clinico"] = [{"cie10": x["code"], "descripcion": x["name"]} for x in c["dx"]]
        d["intervenciones"] = c["procs"]
        d["tratamiento_hospitalario"] = [{"farmaco": m["name"], "atc": m["atc"], "pauta": med_str(m), "via": m["route"]} for m in c["hosp"]]
        d["evolucion"] = ". ".join(c["evol"] + extras_in)
        d["estancia_dias"] = c["days"]
        d["tratamiento_al_alta"] = [{"farmaco": m["name"], "atc": m["atc"], "pauta": med_str(m), "via": m["route"]} for m in alta]
        d["recomendaciones"] = [c["advice"][0]]
        return d
    if schema == 2:
        p = {"gender": sx}
        if "dob" in c:
            p["birth_date"] = c["dob"][0]
        elif "months" in c:
            p["age"] = {"value": c["months"], "unit": "meses"}
        else:
            p["age"] = {"value": c["age"], "unit": "años"}
        adm = {"department": c["svc"], "chief_complaint": c["motivo"], "duration": c["tiempo"]}
        if "dob" in c: adm["date"] = c["dob"][1]
        probs = [{"icd10": x["code"], "description": x["name"], "type": "primary" if i == 0 else "secondary"} for i, x in enumerate(c["dx"])]
        probs += [{"icd10": a["code"], "description": a["name"], "type": "history"} for a in ant]
        if unc_dx: probs.append({"description": unc_dx[0], "type": "history"})
        meds = []
        for phase, ml in (("home", c["home"]), ("inpatient", c["hosp"]), ("discharge", alta)):
            meds += [{"atc": m["atc"], "drug": m["name"], "dose": m["dose"], "frequency": m["freq"], "route": m["route"], "phase": phase} for m in ml]
        if unc_med: meds.append({"drug": unc_med[0], "frequency": "a demanda", "phase": "home"})
        d = {"patient": p, "admission": adm, "problems": probs, "medications": meds,
             "labs": [{"test": l[0], "value": l[1], "unit": l[2], "reference": l[3]} for l in c["labs"]],
             "imaging": [{"study": s[0], "finding": s[1]} for s in c["studies"]],
             "procedures": c["procs"], "course": c["evol"], "notes": extras_in,
             "length_of_stay": c["days"], "discharge_instructions": [c["advice"][0]]}
        if fam: d["family_history"] = fam
        return d
    if schema == 3:
        ident = {"seccion": "identificacion", "sexo": sx}
        if "dob" in c:
            ident.update(nacimiento=c["dob"][0], ingreso=c["dob"][1])
        elif "months" in c:
            ident["edad"] = "%d meses" % c["months"]
        else:
            ident["edad"] = "%d años" % c["age"]
        secs = [ident, {"seccion": "servicio", "texto": c["svc"]},
                {"seccion": "motivo", "texto": "%s, %s" % (c["motivo"], c["tiempo"])},
                {"seccion": "diagnosticos", "items": [{"cie": x["code"], "dx": x["name"]} for x in c["dx"]]},
                {"seccion": "comorbilidades", "items": [{"cie": a["code"], "dx": a["name"]} for a in ant] + ([{"dx": unc_dx[0]}] if unc_dx else [])}]
        if fam: secs.append({"seccion": "familiares", "texto": fam})
        def ml(lst_):
            return [{"atc": m["atc"], "principio_activo": m["name"], "posologia": "%s %s" % (med_str(m), m["route"])} for m in lst_]
        secs.append({"seccion": "farmacos_previos", "items": ml(c["home"]) + ([{"principio_activo": unc_med[0], "posologia": "a demanda"}] if unc_med else [])})
        secs.append({"seccion": "laboratorio", "items": [lab_str(l).join([l[0] + ": ", ""]) for l in c["labs"]]})
        secs.append({"seccion": "imagenes", "items": ["%s: %s" % s for s in c["studies"]]})
        secs.append({"seccion": "procedimientos", "items": c["procs"]})
        secs.append({"seccion": "tratamiento_internacion", "items": ml(c["hosp"])})
        secs.append({"seccion": "evolucion", "items": c["evol"] + extras_in, "dias": c["days"]})
        secs.append({"seccion": "egreso", "farmacos": ml(alta), "pautas": [c["advice"][0]]})
        return secs
    # schema 4: texto libre
    if "dob" in c:
        idt = "Paciente %s, fecha de nacimiento %s, fecha de ingreso %s." % (sx, c["dob"][0], c["dob"][1])
    elif "months" in c:
        idt = "Paciente %s de %d meses." % (sx, c["months"])
    else:
        idt = "Paciente %s de %d años." % (sx, c["age"])
    parts = [idt, "Servicio: %s." % c["svc"], "Motivo: %s de %s de evolución." % (c["motivo"], c["tiempo"]),
             "Diagnósticos: " + "; ".join("%s %s" % (x["code"], x["name"]) for x in c["dx"]) + "."]
    if ant or unc_dx:
        parts.append("Antecedentes: " + "; ".join(["%s %s" % (a["code"], a["name"]) for a in ant] + ([unc_dx[0]] if unc_dx else [])) + ".")
    if fam: parts.append("Familiares: %s." % fam)
    def mt(m):
        return "%s (%s) %s vía %s" % (m["name"], m["atc"], med_str(m), m["route"])
    if c["home"] or unc_med:
        parts.append("Tratamiento habitual: " + "; ".join([mt(m) for m in c["home"]] + ([unc_med[0] + " a demanda"] if unc_med else [])) + ".")
    parts.append("Laboratorio: " + "; ".join("%s %s" % (l[0], lab_str(l)) for l in c["labs"]) + ".")
    if c["studies"]: parts.append("Estudios: " + "; ".join("%s: %s" % s for s in c["studies"]) + ".")
    if c["procs"]: parts.append("Procedimientos: " + "; ".join(c["procs"]) + ".")
    parts.append("Tratamiento intrahospitalario: " + "; ".join(mt(m) for m in c["hosp"]) + ".")
    parts.append("Evolución: " + "; ".join(c["evol"] + extras_in) + ". Días de estadía: %d." % c["days"])
    if alta: parts.append("Al alta: " + "; ".join(mt(m) for m in alta) + ".")
    parts.append("Indicaciones: %s." % c["advice"][0])
    return " ".join(parts)


# ---------------------------------------------------------------- output renderer
def render(c, style="A", sex=None, nodot=False, alt=False, age_override=None, override=None, short=False,
           extra_before_evol=None, alta_days=None):
    o = override or {}
    ant = o.get("ant", c["ant"]); alta = o.get("alta", c["alta"])
    sex = sex or c["sex"]
    F = sex == "F"
    a = "a" if F else "o"
    unc_dx = c.get("uncoded_dx") or UNC_DX.get(c["key"])
    unc_med = c.get("uncoded_med") or UNC_MED.get(c["key"])
    code = (lambda x: x.replace(".", "")) if nodot else (lambda x: x)
    if age_override:
        agestr = age_override
    elif "dob" in c:
        n = age_from(*c["dob"]); agestr = words(n) + " años"
        if agestr.startswith("un "): agestr = agestr
    elif "months" in c:
        agestr = "%d meses" % c["months"]
    else:
        agestr = "%d años" % c["age"]
    child = "months" in c or c.get("age", 99) < 14

    def dxp(x, B):
        return "%s (%s)" % (x["abbr"] if B else x["out"], code(x["code"]))

    def medp(m, B):
        nm = m["alt"] if alt else (m["abbr"] if B else m["name"])
        brand = alt and m["alt"] != m["name"] and m["alt"][0].isupper()
        nm = lc(nm) if not (brand or nm.isupper() or nm[:2].isupper()) else nm
        if B:
            fr = FREQ_AB.get(m["freq"], m["freq"]); rt = ROUTE_AB.get(m["route"], m["route"])
            return " ".join(x for x in [nm, "(%s)" % m["atc"], m["dose"], fr, rt] if x)
        rv[0] += 1
        rt = ("por vía " if rv[0] % 2 == 1 else "vía ") + m["route"]
        return " ".join(x for x in [nm, "(%s)" % m["atc"], m["dose"], m["freq"], rt] if x)

    B = style == "B"
    rv = [0]
    ants = [dxp(x, B) for x in ant] + ([unc_dx[0]] if unc_dx else [])
    S = []
    if short:
        if child:
            pac = ("niña" if F else "niño") + " de " + agestr
        else:
            pac = ("mujer" if F else "hombre") + " de " + agestr
        S.append("Ingresa por %s, diagnosticándose %s en %s%s." % (c["motivo"], dxp(c["dx"][0], False), pac,
                 (", con antecedentes de " + lst([dxp(x, False) for x in ant])) if ant else ""))
        if len(c["dx"]) > 1:
            S.append("Además %s." % lst([dxp(x, False) for x in c["dx"][1:]]))
        allm = []
        seen = set()
        for m in c["home"] + c["hosp"] + alta:
            if m["atc"] not in seen:
                seen.add(m["atc"]); allm.append("%s (%s)" % (lc(m["name"]), m["atc"]))
        S.append("Recibe %s." % lst(allm))
        S.append("Alta en buenas condiciones.")
        return " ".join(S)
    if not B:
        if child:
            pac = ("lactante de sexo %s de %s" if "months" in c else "paciente de sexo %s de %s") % ("femenino" if F else "masculino", agestr)
        elif c["key"] in ("icc", "hda", "depresion", "graves", "esquizo", "pie", "mama", "abstinencia"):
            pac = ("una mujer de " if F else "un hombre de ") + agestr
        else:
            pac = "paciente de sexo %s de %s" % ("femenino" if F else "masculino", agestr)
        s = "Ingresa por %s de %s de evolución, diagnosticándose %s en %s" % (c["motivo"], c["tiempo"], dxp(c["dx"][0], False), pac)
        if ants: s += ", con antecedentes de " + lst(ants)
        S.append(s + ".")
        if c["fam"]: S.append(c["fam"][1])
        hm = [medp(m, False) for m in c["home"]] + ([unc_med[0] + " a demanda"] if unc_med else [])
        if hm: S.append("Usuari%s de %s." % (a, lst(hm)))
        S.append("En el laboratorio destaca %s." % lst([("%s de %s%s" if l[1][0].isdigit() else "%s %s%s") % (l[0], l[1], " " + l[2] if l[2] else "") for l in c["labs"]]))
        for st in c["studies"]:
            S.append("%s informa %s." % (st[0], st[1]))
        if c["procs"]: S.append("Se realiza %s." % lst(c["procs"]))
        S.append("Se maneja con %s." % lst([medp(m, False) for m in c["hosp"]]))
        if len(c["dx"]) > 1: S.append("Se diagnostica además %s." % lst([dxp(x, False) for x in c["dx"][1:]]))
        S += [e[2] for e in c["extras"]]
        if extra_before_evol: S.append(extra_before_evol)
        S.append(EVO[style] % lst(c["evol"]))
        dd = alta_days or c["days"]
        if alta:
            S.append("Es dad%s de alta tras %s días de hospitalización con %s." % (a, dd, lst([medp(m, False) for m in alta])))
        else:
            S.append("Es dad%s de alta tras %s días de hospitalización." % (a, dd))
        S.append(c["advice"][1])
        return " ".join(S)
    # estilo B (clínico)
    if child:
        who = ("Lactante %s de %s" if "months" in c else "Preescolar %s de %s") % ("mujer" if F else "varón", agestr)
    elif c["pais"] == "ES":
        who = ("Mujer de " if F else "Varón de ") + agestr
    else:
        who = ("Paciente femenina de " if F else "Paciente masculino de ") + agestr
    s = "Ingresa por %s, %s de evolución. %s" % (c["motivo"], c["tiempo"], who)
    s += (" con antecedentes de " + lst(ants) + ".") if ants else ", sin antecedentes mórbidos."
    S.append(s)
    hm = [medp(m, True) for m in c["home"]] + ([unc_med[0] + " a demanda"] if unc_med else [])
    if hm: S.append("Tratamiento habitual: %s." % lst(hm))
    if c["fam"]: S.append(c["fam"][1])
    S.append("Laboratorio: %s." % ", ".join("%s %s%s" % (l[0], l[1], " " + l[2] if l[2] else "") for l in c["labs"]))
    for st in c["studies"]:
        S.append("%s: %s." % (st[0], st[1]))
    S.append("Diagnóstico: %s." % lst([dxp(x, True) for x in c["dx"]]))
    if c["procs"]: S.append("Se realiza %s." % lst(c["procs"]))
    S.append("Recibe %s." % lst([medp(m, True) for m in c["hosp"]]))
    S += [e[2] for e in c["extras"]]
    if extra_before_evol: S.append(extra_before_evol)
    S.append(EVO[style] % lst(c["evol"]))
    dd = alta_days or c["days"]
    tail = (" con %s." % lst([medp(m, True) for m in alta])) if alta else "."
    S.append("Egresa orientad%s y estable tras %s días%s" % (a, dd, tail))
    S.append(c["advice"][1])
    return " ".join(S)


# ---------------------------------------------------------------- guards
ATC_RE = re.compile(r"\b[A-Z]\d{2}[A-Z]{2}\d{2}\b")
CIE_RE = re.compile(r"\b[A-Z]\d{2}(?:\.\d{1,2}|\d{1,2}|\.X|X)?\b")
NUM_RE = re.compile(r"(?<![A-Za-z0-9])\d+(?:[.,]\d+)?(?![A-Za-z0-9])")


def norm_code(x):
    x = x.replace(".", "")
    return x[:-1] if x.endswith("X") else x


def codes(text):
    atc = ATC_RE.findall(text)
    rest = ATC_RE.sub(" ", text)
    return atc, CIE_RE.findall(rest)


def nums(text):
    t = ATC_RE.sub(" ", text)
    t = CIE_RE.sub(" ", t)
    out = set()
    for n in NUM_RE.findall(t):
        out.add(float(n.replace(",", ".")))
    return out


def in_text(inp):
    return json.dumps(inp, ensure_ascii=False)


def input_codes(inp):
    t = in_text(inp)
    atc, cie = codes(t)
    return {norm_code(a) for a in atc}, {norm_code(c) for c in cie}


def guard(rec, allow_nums=()):
    """Devuelve lista de problemas: reglas que dispararían aparte de la plantada."""
    exp = set(rec["expected"]); out = rec["output"]; inp = rec["input"]
    probs = []
    if "FMT001" not in exp and not out.lstrip().startswith("Ingresa por"):
        probs.append("FMT001")
    if "FMT001" in exp and out.lstrip().startswith("Ingresa por"):
        probs.append("FMT001 no plantado")
    md = bool(re.search(r"[*_#\[\]`<>|]", out)) or bool(re.search(r"(?m)^\s*(?:[-+]|\d+\.)\s", out))
    if ("FMT002" in exp) != md:
        probs.append("FMT002 %s" % md)
    wc = len(out.split())
    if ("FMT003" in exp) != (wc < 80 or wc > 200):
        probs.append("FMT003 wc=%d" % wc)
    ia, ic = input_codes(inp)
    oa, oc = codes(out)
    # formato: cada código en su propio paréntesis
    bad1 = [c for c in oc if not re.search(r"\(" + re.escape(c) + r"\)", out)]
    bad3 = [c for c in oa if not re.search(r"\(" + re.escape(c) + r"\)", out)]
    if ("COD001" in exp) != bool(bad1): probs.append("COD001 %s" % bad1)
    if ("COD003" in exp) != bool(bad3): probs.append("COD003 %s" % bad3)
    n2 = [c for c in oc if norm_code(c) not in ic]
    n4 = [c for c in oa if norm_code(c) not in ia]
    if ("COD002" in exp) != bool(n2): probs.append("COD002 %s" % n2)
    if ("COD004" in exp) != bool(n4): probs.append("COD004 %s" % n4)
    onorm = {norm_code(c) for c in oc} | {norm_code(c) for c in oa}
    om = sorted((ic | ia) - onorm)
    if ("COD006" in exp) != bool(om): probs.append("COD006 %s" % om)
    ne = [c for c in oc if c in NONEXIST or c.replace(".", "") in {x.replace(".", "") for x in NONEXIST}]
    if ("COD007" in exp) != bool(ne): probs.append("COD007 %s" % ne)
    innums = nums(in_text(inp))
    extra = sorted(n for n in nums(out) - innums if n not in allow_nums)
    if ("HAL002" in exp) != bool(extra): probs.append("HAL002 %s" % extra)
    sents = [s.strip() for s in re.split(r"(?<=[.!?])\s+", out) if s.strip()]
    dup = [s for s, k in Counter(sents).items() if k > 1]
    w = [x.lower().strip(".,;:") for x in out.split()]
    grams = Counter(tuple(w[i:i + 8]) for i in range(len(w) - 7))
    loop = [g for g, k in grams.items() if k > 1]
    if ("REP001" in exp) != bool(dup or loop): probs.append("REP001 %s %s" % (dup[:1], loop[:1]))
    fem = re.compile(r"\b(la paciente|mujer|femenin[oa]|dada|hospitalizada|orientada|usuaria|niña|lactante mujer)\b", re.I)
    mas = re.compile(r"\b(el paciente|varón|hombre|masculino|dado|hospitalizado|orientado|usuario|niño|un hombre)\b", re.I)
    sx = rec.get("_sex")
    if sx:
        wrong = (mas if sx == "F" else fem).findall(out)
        if ("DEM001" not in exp) and wrong: probs.append("sexo %s" % wrong)
    return probs


# ---------------------------------------------------------------- records
RECS = []
NONCLEAN_NOTES = []


def add(c, schema, output, expected, note, inp=None, allow_nums=()):
    rec = {"input": inp if inp is not None else export(c, schema), "output": output,
           "expected": sorted(expected), "note": note}
    rec["_allow"] = tuple(allow_nums); rec["_case"] = c["key"]; rec["_sex"] = c["sex"]
    RECS.append(rec)
    return rec


def trap_note(c, style, extra=""):
    bits = [TRAPX[c["key"]]] if c["key"] in TRAPX else []
    if c["fam"]: bits.append("antecedente familiar (%s) no es del paciente" % lc(c["fam"][0]))
    neg = [e[2].rstrip(".") for e in c["extras"]]
    if neg: bits.append("menciones negadas, descartadas, pendientes o sustentadas por el input: " + "; ".join(lc(x) for x in neg))
    bits.append("los consejos de alarma nombran cuadros que no tiene")
    if style == "B": bits.append("abreviaturas de diagnósticos y posología abreviada (c/12 h, vo, ev, sc)")
    if "dob" in c: bits.append("edad en palabras coherente con fecha de nacimiento e ingreso")
    if c.get("uncoded_dx") or UNC_DX.get(c["key"]): bits.append("antecedente sin código en el input se menciona sin código")
    return "Limpio (trampa): " + "; ".join(([extra] if extra else []) + bits) + "."


def rep(text, old, new, count=1):
    if old not in text:
        raise KeyError("no encontrado: %r" % old)
    return text.replace(old, new, count)


def lcs(s):
    return lc(s)


CK = {c["key"]: c for c in CASES}
sch = [0]


ROT = [0, 1, 2, 0, 3, 1, 2, 4, 0, 2, 1, 3]
rot = [0]


def nxt():
    rot[0] += 1
    sch[0] = ROT[rot[0] % len(ROT)]
    return sch[0]


# ---- limpios
for i, c in enumerate(CASES):
    add(c, nxt(), render(c, "A"), [], trap_note(c, "A"))
    add(c, nxt(), render(c, "B"), [], trap_note(c, "B"))

NODOT = ["icc", "nac", "cirrosis", "fxcadera", "derrame", "estenosis", "pancreatitis"]
for k in NODOT:
    c = CK[k]
    add(c, nxt(), render(c, "A" if k not in ("cirrosis", "derrame") else "B", nodot=True), [],
        trap_note(c, "A", "códigos CIE-10 escritos sin punto (equivalentes normalizados)"))
ALT = ["icc", "hda", "acv", "tvp", "depresion", "iam", "cirrosis", "graves", "esquizo", "abstinencia", "otitis",
       "neumotorax", "pancreatitis", "paliativo", "estenosis", "fxcadera", "celulitis", "itu_anciano"]
for j, k in enumerate(ALT):
    c = CK[k]
    names = [m["alt"] for m in c["home"] + c["hosp"] + c["alta"] if m["alt"] != m["name"]]
    add(c, nxt(), render(c, "A" if j % 2 == 0 else "B", alt=True), [],
        trap_note(c, "A" if j % 2 == 0 else "B", "fármacos por marca o sinónimo del principio activo del input (%s)" % ", ".join(names)))

for k in ["acv", "tvp", "mama", "pie", "graves", "esquizo", "depresion", "hda", "celulitis", "abstinencia"]:
    c = CK[k]
    add(c, nxt(), render(c, "B", nodot=True), [], trap_note(c, "B", "códigos CIE-10 sin punto (equivalentes normalizados)"))
for k in ["nac", "epoc", "pie"]:
    c = CK[k]
    names = [m["alt"] for m in c["home"] + c["hosp"] + c["alta"] if m["alt"] != m["name"]]
    add(c, nxt(), render(c, "B", alt=True), [], trap_note(c, "B", "fármacos por marca o sinónimo (%s)" % ", ".join(names)))

# conversiones de unidades (trampa): 1 g = 1000 mg, 0,4 mg = 400 mcg
UNITS = [("pielo", "1 g cada 24 horas", "1000 mg cada 24 horas", 1000.0),
         ("celulitis", "1 g cada 8 horas", "1000 mg cada 8 horas", 1000.0),
         ("itu_anciano", "0,4 mg cada 24 horas", "400 mcg cada 24 horas", 400.0)]
for k, old, new, n in UNITS:
    c = CK[k]
    add(c, nxt(), rep(render(c, "A"), old, new), [],
        trap_note(c, "A", "dosis expresada en otra unidad equivalente (%s = %s)" % (old.split(" cada")[0], new.split(" cada")[0])),
        allow_nums=(n,))

# ---- plantados
P = Counter()


def plant(c, style, output, chk, note, inp=None, **kw):
    P[chk] += 1
    add(c, nxt(), output, [chk], note, inp=inp, **kw)


keys = [c["key"] for c in CASES]

# FMT001
F1 = [("icc", "A", "Paciente ingresa por"), ("nac", "B", "ingresa por"), ("hda", "A", "INGRESA POR"),
      ("depresion", "B", "Mujer que ingresa por"), ("mama", "A", "\"Ingresa por"), ("graves", "B", "Se hospitaliza. Ingresa por")]
for k, st, pre in F1:
    c = CK[k]; o = render(c, st)
    o2 = pre + o[len("Ingresa por"):]
    if pre.startswith("\""): o2 += "\""
    plant(c, st, o2, "FMT001", "Plantado FMT001: el texto comienza con «%s» en lugar de «Ingresa por»." % pre)

# FMT002
c = CK["acv"]; o = render(c, "A")
plant(c, "A", rep(o, "accidente cerebrovascular isquémico (I63.9)", "**accidente cerebrovascular isquémico** (I63.9)"), "FMT002", "Plantado FMT002: diagnóstico principal en negrita markdown.")
c = CK["tvp"]; o = render(c, "B")
plant(c, "B", rep(o, "Laboratorio: ", "Laboratorio: [") .replace(". Ecografía Doppler", "]. Ecografía Doppler", 1), "FMT002", "Plantado FMT002: valores de laboratorio entre corchetes.")
c = CK["paliativo"]; o = render(c, "A")
alta_s = o[o.index("Es dada de alta"):o.index(c["advice"][1])]
newalta = "Es dada de alta tras 6 días de hospitalización con:\n- morfina (N02AA01) 10 mg cada 4 horas por vía oral\n- metoclopramida (A03FA01) 10 mg cada 8 horas por vía oral\n"
plant(c, "A", o.replace(alta_s, newalta), "FMT002", "Plantado FMT002: medicación de alta como lista con viñetas.")
c = CK["cirrosis"]; o = render(c, "B")
plant(c, "B", rep(o, "Diagnóstico: ", "<b>Diagnóstico:</b> "), "FMT002", "Plantado FMT002: etiqueta HTML <b>.")
c = CK["itu_anciano"]; o = render(c, "A")
plant(c, "A", rep(o, "No se deja sonda Foley permanente.", "No se deja sonda Foley *permanente*."), "FMT002", "Plantado FMT002: énfasis markdown con asteriscos simples.")
c = CK["epoc"]; o = render(c, "A")
plant(c, "A", rep(o, "Se descarta TEP con angioTC.", "Se descarta TEP con `angioTC`."), "FMT002", "Plantado FMT002: backticks de código.")

# FMT003
PAD = ["Durante la estadía se mantuvo con control seriado de signos vitales y evaluación clínica diaria por el equipo tratante.",
       "Se explicó a la familia la condición clínica, el pronóstico y los objetivos del tratamiento, quienes comprenden y aceptan el plan propuesto.",
       "Se reforzó la educación sobre adherencia a la medicación, reconocimiento precoz de síntomas de alarma y hábitos de vida saludable.",
       "Enfermería realizó educación sobre administración de fármacos en domicilio y cuidados generales.",
       "Se coordinó el control ambulatorio con el equipo de atención primaria y con la especialidad correspondiente.",
       "Al momento del alta se encuentra vigil, con estabilidad hemodinámica y buena tolerancia a la alimentación.",
       "Se entregan recetas, epicrisis impresa y citación de control."]
for k in ["otitis", "neumotorax", "esquizo"]:
    c = CK[k]; o = render(c, "A", short=True)
    plant(c, "A", o, "FMT003", "Plantado FMT003: epicrisis demasiado breve (%d palabras)." % len(o.split()))
for k, st in [("icc", "A"), ("pie", "B"), ("fxcadera", "A")]:
    c = CK[k]; o = render(c, st)
    i = 0
    while len(o.split()) <= 212 and i < len(PAD):
        o = o + " " + PAD[i]; i += 1
    plant(c, st, o, "FMT003", "Plantado FMT003: epicrisis demasiado larga (%d palabras)." % len(o.split()))

# COD001
def c1(k, st, note, f):
    c = CK[k]; o = render(c, st)
    plant(c, st, f(c, o), "COD001", note)
c1("nac", "A", "Plantado COD001: código CIE-10 de EPOC sin paréntesis.", lambda c, o: rep(o, "obstructiva crónica (J44.9)", "obstructiva crónica J44.9"))
c1("hiponatremia", "B", "Plantado COD001: código del diagnóstico principal precedido de 'CIE-10' y sin paréntesis.", lambda c, o: rep(o, "hiponatremia grave (E87.1)", "hiponatremia grave, CIE-10 E87.1"))
c1("paliativo", "A", "Plantado COD001: código de metástasis hepáticas sin paréntesis.", lambda c, o: rep(o, "metástasis hepáticas (C78.7)", "metástasis hepáticas C78.7"))
c1("graves", "A", "Plantado COD001: código del diagnóstico principal suelto tras guion.", lambda c, o: rep(o, "enfermedad de Graves (E05.0)", "enfermedad de Graves - E05.0"))
c1("pie", "A", "Plantado COD001: código de ERC con la palabra 'código' y sin paréntesis.", lambda c, o: rep(o, "enfermedad renal crónica (N18.3)", "enfermedad renal crónica código N18.3"))
c1("bronquiolitis", "B", "Plantado COD001: código de prematurez sin paréntesis.", lambda c, o: rep(o, "prematuro (P07.3)", "prematuro P07.3"))

# COD002
for k, st in [("icc", "A"), ("nac", "B"), ("iam", "A"), ("cirrosis", "A"), ("pielo", "B"), ("celulitis", "A")]:
    c = CK[k]; o = render(c, st); u = c.get("uncoded_dx") or UNC_DX[k]
    plant(c, st, rep(o, u[0], "%s (%s)" % (u[0], u[1])), "COD002", "Plantado COD002: se agrega código %s a '%s', que en el input figura sin código." % (u[1], u[0]))

# COD003
def c3(k, st, note, f):
    c = CK[k]; o = render(c, st)
    plant(c, st, f(c, o), "COD003", note)
c3("icc", "B", "Plantado COD003: ATC de bisoprolol sin paréntesis.", lambda c, o: rep(o, "bisoprolol (C07AB07)", "bisoprolol C07AB07"))
c3("hiponatremia", "A", "Plantado COD003: dos ATC en un mismo paréntesis.", lambda c, o: rep(rep(o, "escitalopram (N06AB10)", "escitalopram (N06AB10, C03AA03)"), "hidroclorotiazida (C03AA03)", "hidroclorotiazida"))
c3("depresion", "A", "Plantado COD003: ATC de mirtazapina precedido de 'ATC' sin paréntesis.", lambda c, o: rep(o, "mirtazapina (N06AX11)", "mirtazapina, ATC N06AX11,"))
c3("pancreatitis", "B", "Plantado COD003: ATC de ondansetrón sin paréntesis.", lambda c, o: rep(o, "ondansetrón (A04AA01)", "ondansetrón A04AA01"))
c3("mama", "A", "Plantado COD003: ATC de filgrastim tras dos puntos, sin paréntesis.", lambda c, o: rep(o, "filgrastim (L03AA02)", "filgrastim: L03AA02"))
c3("esquizo", "B", "Plantado COD003: dos ATC compartiendo paréntesis.", lambda c, o: rep(rep(o, "haloperidol (N05AD01)", "haloperidol (N05AD01/N05BA06)"), "lorazepam (N05BA06)", "lorazepam"))

# COD004
for k, st in [("nac", "A"), ("hda", "B"), ("epoc", "A"), ("fxcadera", "B"), ("iam", "A"), ("tvp", "B")]:
    c = CK[k]; o = render(c, st); u = UNC_MED[k]
    plant(c, st, rep(o, u[0] + " a demanda", "%s (%s) a demanda" % (u[0], u[1])), "COD004", "Plantado COD004: ATC %s agregado a %s, que en el input no trae código." % (u[1], u[0]))

# COD005
def c5(k, st, a, b, note):
    c = CK[k]; o = render(c, st)
    o = rep(rep(rep(o, "(%s)" % a, "(@@)"), "(%s)" % b, "(%s)" % a), "(@@)", "(%s)" % b)
    plant(c, st, o, "COD005", note)
c5("icc", "A", "I10", "I48.9", "Plantado COD005: códigos de HTA y fibrilación auricular intercambiados.")
c5("cirrosis", "B", "K70.3", "K72.9", "Plantado COD005: cirrosis y encefalopatía con los códigos intercambiados.")
c5("depresion", "A", "F41.1", "E03.9", "Plantado COD005: ansiedad generalizada e hipotiroidismo con códigos cruzados.")
c5("acv", "B", "C08CA01", "C10AA05", "Plantado COD005: ATC de amlodipino y atorvastatina intercambiados.")
c5("estenosis", "A", "I35.0", "I44.2", "Plantado COD005: estenosis aórtica y BAV completo con códigos cruzados.")
c5("itu_anciano", "A", "N40", "G20", "Plantado COD005: hiperplasia prostática y Parkinson con códigos cruzados.")

# COD006
for k, st, cd, lab in [("icc", "B", "N18.3", "ERC 3"), ("nac", "A", "E11.9", "diabetes"), ("abstinencia", "A", "K21.9", "reflujo"),
                       ("graves", "B", "J45.9", "asma"), ("derrame", "A", "R03BB04", "tiotropio"), ("estenosis", "B", "G04CA02", "tamsulosina")]:
    c = CK[k]; o = render(c, st)
    plant(c, st, rep(o, " (%s)" % cd, "", count=5), "COD006", "Plantado COD006: se menciona %s pero se omite su código %s del input." % (lab, cd))

# COD007
for k, st in [("icc", "A"), ("nac", "B"), ("acv", "A"), ("epoc", "B"), ("tvp", "A"), ("hiponatremia", "A")]:
    c = CK[k]; idx, bad = c["badcode"]
    ant = [dict(x) for x in c["ant"]]; ant[idx]["code"] = bad
    ov = {"ant": ant}
    plant(c, st, render(c, st, override=ov), "COD007", "Plantado COD007: el input y la salida usan %s para %s, código bien formado inexistente en CIE-10." % (bad, ant[idx]["name"].lower()),
          inp=export(c, sch[0] + 1 if sch[0] < 4 else 0, override=ov))

# CLN001
for k, st in [("nac", "A"), ("hda", "B"), ("acv", "A"), ("tvp", "B"), ("depresion", "A"), ("itu_anciano", "B"), ("pie", "A")]:
    c = CK[k]; m = c["cln"]
    ov = {"alta": [m] + c["alta"]}
    plant(c, st, render(c, st, override=ov), "CLN001", "Plantado CLN001: %s al alta sin indicación entre los diagnósticos del input (presente en el input)." % m["name"].lower(),
          inp=export(c, sch[0] + 1 if sch[0] < 4 else 0, override=ov))

# REP001
for k, st in [("hda", "A"), ("tvp", "B"), ("bronquiolitis", "A"), ("graves", "A"), ("pancreatitis", "B"), ("mama", "B")]:
    c = CK[k]; o = render(c, st)
    ev = EVO[st] % lst(c["evol"])
    if k in ("graves", "mama"):
        o2 = rep(o, ev, ev + " " + ev)
        note = "Plantado REP001: la oración de evolución aparece dos veces seguidas."
    else:
        o2 = rep(o, c["advice"][1], c["advice"][1] + " " + c["advice"][1])
        note = "Plantado REP001: la indicación final se repite literalmente."
    plant(c, st, o2, "REP001", note)

# HAL002
H2 = [("icc", "A", "Al ingreso presenta presión arterial de 168/94 mmHg.", "presión arterial 168/94 inexistente en el input"),
      ("cirrosis", "B", "Peso al alta de 71 kg.", "peso de 71 kg no presente en el input"),
      ("neumotorax", "A", "Temperatura máxima de 37,9 grados.", "temperatura 37,9 no presente"),
      ("graves", "A", "Al ingreso con saturación de 89% ambiental.", "saturación 89% no presente"),
      ("celulitis", "B", "Hemoglobina glicosilada de 7,7%.", "HbA1c 7,7% no presente en el input")]
for k, st, sent, why in H2:
    c = CK[k]
    plant(c, st, render(c, st, extra_before_evol=sent), "HAL002", "Plantado HAL002: %s." % why)
for k, st, dd in [("epoc", "A", 10), ("esquizo", "B", 19)]:
    c = CK[k]
    plant(c, st, render(c, st, alta_days=dd), "HAL002", "Plantado HAL002: días de estadía %d en la salida; el input dice %d." % (dd, c["days"]))

# DEM001
for k, st in [("icc", "A"), ("hda", "B"), ("epoc", "A"), ("fxcadera", "B"), ("bronquiolitis", "A"), ("graves", "A"), ("abstinencia", "B")]:
    c = CK[k]; ns = "M" if c["sex"] == "F" else "F"
    plant(c, st, render(c, st, sex=ns), "DEM001", "Plantado DEM001: sexo %s en la salida (sustantivos y concordancia); el input dice %s." % ("masculino" if ns == "M" else "femenino", "femenino" if ns == "M" else "masculino"))
for k, st, old, new, why in [("mama", "A", "Es dada de alta", "Es dado de alta", "solo la concordancia 'dado' contradice el sexo femenino del input"),
                              ("pielo", "B", "Egresa orientada", "Egresa orientado", "concordancia masculina 'orientado' en paciente mujer")]:
    c = CK[k]
    plant(c, st, rep(render(c, st), old, new), "DEM001", "Plantado DEM001: %s." % why)
DA = [("icc", "B", "84 años", "52 años", "edad 52 (edad del hijo en el input) en vez de 84"),
      ("nac", "A", "79 años", "setenta y cuatro años", "edad en palabras (74) distinta de 79"),
      ("bronquiolitis", "B", "5 meses", "5 años", "5 años en vez de 5 meses"),
      ("otitis", "A", "3 años", "3 meses", "3 meses en vez de 3 años"),
      ("epoc", "B", "setenta y un años", "ochenta y un años", "edad en palabras (81) contradice fecha de nacimiento 1953 e ingreso 2024 (71)"),
      ("fxcadera", "A", "ochenta y ocho años", "setenta y ocho años", "78 años contradice nacimiento 1936 e ingreso 2024 (88)"),
      ("hda", "A", "67 años", "48 años", "edad 48 (número del BUN) en lugar de 67")]
for k, st, old, new, why in DA:
    c = CK[k]
    plant(c, st, rep(render(c, st), old, new), "DEM001", "Plantado DEM001: %s." % why)

# HAL001
H1 = ["icc", "nac", "hda", "acv", "epoc", "tvp", "fxcadera", "pielo", "depresion", "iam", "derrame", "celulitis"]
for j, k in enumerate(H1):
    c = CK[k]; st = "A" if j % 2 == 0 else "B"
    plant(c, st, render(c, st, extra_before_evol=c["hal001"]), "HAL001", "Plantado HAL001: '%s' no está en el input." % c["hal001"].rstrip("."))
for j, (k, s) in enumerate(FINDING.items()):
    c = CK[k]; st = "B" if j % 2 == 0 else "A"
    plant(c, st, render(c, st, extra_before_evol=s), "HAL001", "Plantado HAL001: hallazgo '%s' contradicho por los valores del input." % s.rstrip("."))

# HAL003
H3 = ["icc", "nac", "hda", "acv", "epoc", "tvp", "cad", "cirrosis", "fxcadera", "bronquiolitis", "depresion", "paliativo",
      "graves", "pie", "abstinencia"]
for k in H3:
    c = CK[k]; o = render(c, "A"); old, new = c["hal003"]
    if lc(old) not in o:
        old, new = old.replace("por vía", "vía"), new.replace("por vía", "vía")
    plant(c, "A", rep(o, lc(old), lc(new)), "HAL003", "Plantado HAL003: '%s' en la salida; el input indica '%s'." % (lc(new), lc(old)))

# HAL004
H4 = ["nac", "acv", "tvp", "fxcadera", "pielo", "derrame", "celulitis", "otitis", "neumotorax", "pie", "estenosis", "mama"]
for k in H4:
    c = CK[k]; o = render(c, "A"); old, new = c["hal004"]
    plant(c, "A", rep(o, old, new), "HAL004", "Plantado HAL004: '%s' en la salida; el input dice '%s'." % (new, old))
for k, (old, new) in HAL004B.items():
    c = CK[k]; o = render(c, "B")
    plant(c, "B", rep(o, old, new), "HAL004", "Plantado HAL004 (abreviado): '%s' contradice el lado del input." % new)


# ---------------------------------------------------------------- salida
def main():
    fails = 0
    out = []
    for i, r in enumerate(RECS, 1):
        r["id"] = "b%03d" % i
        pr = guard(r, r["_allow"])
        if pr:
            fails += 1
            print("GUARD", r["id"], r["_case"], r["expected"], pr, "wc=%d" % len(r["output"].split()))
        out.append({"id": r["id"], "input": r["input"], "output": r["output"], "expected": r["expected"], "note": r["note"]})
    with open(os.path.join(HERE, "blind8.jsonl"), "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    cnt = Counter(x for r in out for x in r["expected"])
    clean = sum(1 for r in out if not r["expected"])
    print("registros:", len(out), "limpios:", clean, "plantados:", len(out) - clean)
    for k in sorted(cnt):
        print(" %s %d" % (k, cnt[k]))
    wcs = [len(r["output"].split()) for r in out]
    print("palabras min/max:", min(wcs), max(wcs))
    if fails:
        print("FALLAN", fails, "guardias")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
