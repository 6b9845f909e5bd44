"""Generic plant makers used by cases.py (one planted problem each)."""
import json
import re

CIE = re.compile(r"(?<![A-Za-z0-9])([A-Z]\d\d(?:\.\d{1,2}|\.X)?)(?![A-Za-z0-9])")
ATC = re.compile(r"(?<![A-Za-z0-9])([ABCDGHJLMNPRSV]\d\d[A-Z]{2}\d\d)(?![A-Za-z0-9])")

_rot = {"FMT001": 0, "FMT002": 0}

FMT001_PREFIX = ["Paciente que ingresa por", "ingresa por", "EPICRISIS. Ingresa por",
                 "\"Ingresa por", "Se trata de paciente que ingresa por", "INGRESA POR"]


def sents(out):
    return re.split(r"(?<=\.)\s+", out)


def make(kind, case):
    out = case["output"]
    cies = CIE.findall(out)
    atcs = ATC.findall(out)
    if kind == "FMT001":
        p = FMT001_PREFIX[_rot["FMT001"] % len(FMT001_PREFIX)]
        _rot["FMT001"] += 1
        return ("FMT001", {"out": [("Ingresa por", p)], "note": "Planta FMT001: no empieza con 'Ingresa por' ('%s')." % p.strip('"')})
    if kind == "FMT002":
        s = sents(out)
        r = _rot["FMT002"] % 4
        _rot["FMT002"] += 1
        last = s[-1]
        if r == 0:
            new = out.replace(" " + last, "\n- " + last)
            n = "línea de viñeta"
        elif r == 1:
            w = last.split()[0]
            new = out.replace(" " + last, " **" + w + "**" + last[len(w):])
            n = "negrita markdown"
        elif r == 2:
            mid = s[len(s) // 2]
            new = out.replace(" " + mid, "\n## Evolución\n" + mid)
            n = "encabezado markdown"
        else:
            new = out.replace(" " + last, " [" + last[:-1] + "].")
            n = "corchetes"
        return ("FMT002", {"text": new, "note": "Planta FMT002: %s." % n})
    if kind == "REP001":
        s = sents(out)
        i = 2 if len(s) > 4 else 1
        new = " ".join(s[:i + 1] + [s[i]] + s[i + 1:])
        return ("REP001", {"text": new, "note": "Planta REP001: oración repetida literalmente (bucle de modelo)."})
    if kind == "COD001":
        c = cies[-1]
        return ("COD001", {"out": [("(%s)" % c, c)], "note": "Planta COD001: código CIE-10 %s sin paréntesis." % c})
    if kind == "COD003":
        c = atcs[-1]
        return ("COD003", {"out": [("(%s)" % c, c)], "note": "Planta COD003: código ATC %s sin paréntesis." % c})
    if kind == "COD005":
        a, b = cies[0], cies[1]
        new = out.replace("(%s)" % a, "(@@)").replace("(%s)" % b, "(%s)" % a).replace("(@@)", "(%s)" % b)
        return ("COD005", {"text": new, "note": "Planta COD005: códigos %s y %s intercambiados, cada etiqueta queda con el código de la otra." % (a, b)})
    if kind == "COD006":
        c = case.get("omit") or atcs[-1]
        return ("COD006", {"out": [(" (%s)" % c, "")], "note": "Planta COD006: el código %s del input no aparece en la salida (se nombra sin código)." % c})
    if kind == "COD002":
        c = case["cie_drop"]
        return ("COD002", {"inp_text": [(c, "")], "note": "Planta COD002: el input trae el diagnóstico sin código; la salida agrega %s." % c})
    if kind == "COD004":
        c = case["atc_drop"]
        return ("COD004", {"inp_text": [(c, "")], "note": "Planta COD004: el input trae el fármaco sin código; la salida agrega %s." % c})
    if kind == "COD007":
        c, bogus = case["bogus"]
        return ("COD007", {"inp_text": [(c, bogus)], "out": [("(%s)" % c, "(%s)" % bogus)],
                           "note": "Planta COD007: %s (copiado del input) no existe en CIE-10." % bogus})
    if kind == "HAL002":
        old, new = case["hal2"]
        return ("HAL002", {"out": [(old, new)], "note": "Planta HAL002: cifra clínica ausente del input."})
    raise ValueError(kind)
