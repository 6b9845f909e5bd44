"""Render a canonical scenario into the export shape of a given hospital system.

Scenario keys (all optional except sex): sex 'F'/'M'; age (str/int) or dob + adm (YYYY-MM-DD);
service; motivo (str); tiempo (str); dx, ant: lists of (code|None, label); hab, tto, alta: lists of
(atc|None, name, posology, route); labs: {name: value}; estudios, proc, evo, indic: lists of str;
dias (int); extra: {key: value} merged as-is; side notes go inside the strings themselves.
"""


def _med_str(m):
    atc, name, pos, via = m
    s = name
    if pos:
        s += " " + pos
    if via:
        s += " vía " + via
    if atc:
        s += " [ATC " + atc + "]"
    return s


def _dx_str(d):
    code, label = d
    return "%s (%s)" % (label, code) if code else label


def r_cl(s):
    pac = {"sexo": {"F": "Femenino", "M": "Masculino"}[s["sex"]]}
    if "age" in s:
        pac["edad"] = s["age"]
    if "dob" in s:
        pac["fecha_nacimiento"] = s["dob"]
    o = {"paciente": pac}
    if "adm" in s:
        o["fecha_ingreso"] = s["adm"]
    o["servicio"] = s.get("service", "")
    o["motivo_consulta"] = {"sintomas": s.get("motivo", []), "tiempo_evolucion": s.get("tiempo", "")}
    o["antecedentes"] = [{"codigo": c, "nombre": l} if c else {"nombre": l} for c, l in s.get("ant", [])]
    o["medicamentos_habituales"] = [dict(codigo=a, nombre=n, dosis=p, via=v) if a else dict(nombre=n, dosis=p, via=v) for a, n, p, v in s.get("hab", [])]
    o["examenes"] = s.get("labs", {})
    o["estudios"] = s.get("estudios", [])
    o["diagnosticos"] = [{"codigo": c, "nombre": l, "tipo": "principal" if i == 0 else "secundario"} if c else {"nombre": l} for i, (c, l) in enumerate(s.get("dx", []))]
    o["procedimientos"] = s.get("proc", [])
    o["tratamiento"] = [dict(codigo=a, nombre=n, dosis=p, via=v) if a else dict(nombre=n, dosis=p, via=v) for a, n, p, v in s.get("tto", [])]
    o["evolucion"] = s.get("evo", [])
    if "dias" in s:
        o["dias_hospitalizacion"] = s["dias"]
    o["tratamiento_alta"] = [dict(codigo=a, nombre=n, dosis=p, via=v) if a else dict(nombre=n, dosis=p, via=v) for a, n, p, v in s.get("alta", [])]
    o["indicaciones_alta"] = s.get("indic", [])
    o.update(s.get("extra", {}))
    return o


def r_mx_flat(s):
    o = {"folio": "HGZ-" + s.get("folio", "A"), "sexo_pac": s["sex"]}
    if "age" in s:
        o["edad_pac"] = s["age"]
    if "dob" in s:
        o["fec_nac"] = s["dob"]
    if "adm" in s:
        o["fec_ingreso"] = s["adm"]
    o["servicio_egreso"] = s.get("service", "")
    o["padecimiento_actual"] = ", ".join(s.get("motivo", [])) + ((", evolución de " + s["tiempo"]) if s.get("tiempo") else "")
    for i, (c, l) in enumerate(s.get("dx", []), 1):
        o["dx_egreso_%d" % i] = l
        if c:
            o["cie10_dx_%d" % i] = c
    for i, (c, l) in enumerate(s.get("ant", []), 1):
        o["app_%d" % i] = l + (" " + c if c else "")
    for tag, key in (("hab", "med_previo"), ("tto", "med_intrahosp"), ("alta", "med_egreso")):
        for i, (a, n, p, v) in enumerate(s.get(tag, []), 1):
            o["%s_%d" % (key, i)] = n
            if a:
                o["%s_%d_atc" % (key, i)] = a
            if p:
                o["%s_%d_posologia" % (key, i)] = p
            if v:
                o["%s_%d_via" % (key, i)] = v
    for k, v in s.get("labs", {}).items():
        o["lab_" + k.replace(" ", "_")] = v
    if s.get("estudios"):
        o["gabinete"] = "; ".join(s["estudios"])
    if s.get("proc"):
        o["procedimientos_qx"] = "; ".join(s["proc"])
    if s.get("evo"):
        o["nota_evolucion"] = ". ".join(s["evo"])
    if "dias" in s:
        o["dias_estancia"] = s["dias"]
    if s.get("indic"):
        o["plan_egreso"] = "; ".join(s["indic"])
    o.update(s.get("extra", {}))
    return o


def r_fhir(s):
    ent = []
    pat = {"resourceType": "Patient", "id": "p1", "gender": {"F": "female", "M": "male"}[s["sex"]]}
    if "dob" in s:
        pat["birthDate"] = s["dob"]
    if "age" in s:
        pat["extension"] = [{"url": "edad-al-ingreso", "valueString": str(s["age"])}]
    ent.append({"resource": pat})
    enc = {"resourceType": "Encounter", "serviceType": {"text": s.get("service", "")},
           "reasonCode": [{"text": t} for t in s.get("motivo", [])]}
    if "adm" in s:
        enc["period"] = {"start": s["adm"]}
    if "dias" in s:
        enc["length"] = {"value": s["dias"], "unit": "d"}
    if s.get("tiempo"):
        enc["extension"] = [{"url": "tiempo-evolucion", "valueString": s["tiempo"]}]
    ent.append({"resource": enc})
    for cat, lst in (("encounter-diagnosis", s.get("dx", [])), ("problem-list-item", s.get("ant", []))):
        for c, l in lst:
            cond = {"resourceType": "Condition", "category": [{"text": cat}]}
            if c:
                cond["code"] = {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10", "code": c, "display": l}]}
            else:
                cond["code"] = {"text": l}
            ent.append({"resource": cond})
    for intent, lst in (("plan-previo", s.get("hab", [])), ("order", s.get("tto", [])), ("alta", s.get("alta", []))):
        for a, n, p, v in lst:
            mr = {"resourceType": "MedicationRequest", "intent": intent,
                  "medicationCodeableConcept": {"text": n}}
            if a:
                mr["medicationCodeableConcept"]["coding"] = [{"system": "http://www.whocc.no/atc", "code": a, "display": n}]
            di = {}
            if p:
                di["text"] = p
            if v:
                di["route"] = {"text": v}
            if di:
                mr["dosageInstruction"] = [di]
            ent.append({"resource": mr})
    for k, v in s.get("labs", {}).items():
        ent.append({"resource": {"resourceType": "Observation", "code": {"text": k}, "valueString": v}})
    for e in s.get("estudios", []):
        ent.append({"resource": {"resourceType": "DiagnosticReport", "conclusion": e}})
    for p in s.get("proc", []):
        ent.append({"resource": {"resourceType": "Procedure", "code": {"text": p}}})
    for e in s.get("evo", []):
        ent.append({"resource": {"resourceType": "ClinicalImpression", "summary": e}})
    for e in s.get("indic", []):
        ent.append({"resource": {"resourceType": "CarePlan", "description": e}})
    b = {"resourceType": "Bundle", "type": "document", "entry": ent}
    b.update(s.get("extra", {}))
    return b


def r_lines(s):
    L = ["Sexo: " + {"F": "Mujer", "M": "Hombre"}[s["sex"]]]
    if "age" in s:
        L.append("Edad: %s" % s["age"])
    if "dob" in s:
        L.append("Fecha de nacimiento: " + s["dob"])
    if "adm" in s:
        L.append("Fecha de ingreso: " + s["adm"])
    if s.get("service"):
        L.append("Servicio: " + s["service"])
    if s.get("motivo"):
        L.append("Motivo: " + ", ".join(s["motivo"]) + ((" (" + s["tiempo"] + ")") if s.get("tiempo") else ""))
    for d in s.get("ant", []):
        L.append("Antecedente: " + _dx_str(d))
    for m in s.get("hab", []):
        L.append("Fármaco habitual: " + _med_str(m))
    for k, v in s.get("labs", {}).items():
        L.append("Lab: %s %s" % (k, v))
    for e in s.get("estudios", []):
        L.append("Imagen: " + e)
    for d in s.get("dx", []):
        L.append("Diagnóstico: " + _dx_str(d))
    for p in s.get("proc", []):
        L.append("Procedimiento: " + p)
    for m in s.get("tto", []):
        L.append("Tratamiento: " + _med_str(m))
    for e in s.get("evo", []):
        L.append("Evolución: " + e)
    if "dias" in s:
        L.append("Estadía: %s días" % s["dias"])
    for m in s.get("alta", []):
        L.append("Receta de alta: " + _med_str(m))
    for e in s.get("indic", []):
        L.append("Indicación: " + e)
    for k, v in s.get("extra", {}).items():
        L.append("%s: %s" % (k, v))
    return L


def r_text(s):
    parts = []
    head = "PACIENTE: sexo " + {"F": "femenino", "M": "masculino"}[s["sex"]]
    if "age" in s:
        head += ", %s" % s["age"] + ("" if "año" in str(s["age"]) or "mes" in str(s["age"]) or "día" in str(s["age"]) else " años")
    if "dob" in s:
        head += ", nacido/a el " + s["dob"]
    parts.append(head)
    if "adm" in s:
        parts.append("FECHA DE INGRESO: " + s["adm"])
    if s.get("service"):
        parts.append("SERVICIO: " + s["service"])
    if s.get("motivo"):
        parts.append("MOTIVO DE CONSULTA: " + ", ".join(s["motivo"]) + ((", " + s["tiempo"] + " de evolución") if s.get("tiempo") else ""))
    if s.get("ant"):
        parts.append("ANTECEDENTES: " + "; ".join(_dx_str(d) for d in s["ant"]))
    if s.get("hab"):
        parts.append("MEDICAMENTOS HABITUALES: " + "; ".join(_med_str(m) for m in s["hab"]))
    if s.get("labs"):
        parts.append("LABORATORIO: " + "; ".join("%s %s" % kv for kv in s["labs"].items()))
    if s.get("estudios"):
        parts.append("IMÁGENES: " + "; ".join(s["estudios"]))
    if s.get("dx"):
        parts.append("DIAGNÓSTICOS: " + "; ".join(_dx_str(d) for d in s["dx"]))
    if s.get("proc"):
        parts.append("PROCEDIMIENTOS: " + "; ".join(s["proc"]))
    if s.get("tto"):
        parts.append("TRATAMIENTO: " + "; ".join(_med_str(m) for m in s["tto"]))
    if s.get("evo"):
        parts.append("EVOLUCIÓN: " + ". ".join(s["evo"]))
    if "dias" in s:
        parts.append("DÍAS DE ESTADA: %s" % s["dias"])
    if s.get("alta"):
        parts.append("RECETA DE ALTA: " + "; ".join(_med_str(m) for m in s["alta"]))
    if s.get("indic"):
        parts.append("INDICACIONES: " + "; ".join(s["indic"]))
    for k, v in s.get("extra", {}).items():
        parts.append("%s: %s" % (k.upper(), v))
    return "\n".join(parts)


def r_es(s):
    dp = {"genero": {"F": "mujer", "M": "varón"}[s["sex"]]}
    if "age" in s:
        dp["edad"] = s["age"]
    if "dob" in s:
        dp["f_nacimiento"] = s["dob"]
    o = {"datos_paciente": dp, "episodio": {"unidad": s.get("service", "")}}
    if "adm" in s:
        o["episodio"]["f_ingreso"] = s["adm"]
    if "dias" in s:
        o["episodio"]["estancia_dias"] = s["dias"]
    o["anamnesis"] = {"motivo": "; ".join(s.get("motivo", [])), "evolucion_previa": s.get("tiempo", ""),
                      "antecedentes_personales": [{"cie10": c, "descripcion": l} if c else {"descripcion": l} for c, l in s.get("ant", [])],
                      "tratamiento_domicilio": [{"principio_activo": n, "atc": a, "pauta": p, "via": v} if a else {"principio_activo": n, "pauta": p, "via": v} for a, n, p, v in s.get("hab", [])]}
    o["pruebas_complementarias"] = {"analitica": s.get("labs", {}), "imagen": s.get("estudios", [])}
    o["juicio_clinico"] = [{"cie10": c, "descripcion": l} if c else {"descripcion": l} for c, l in s.get("dx", [])]
    o["intervenciones"] = s.get("proc", [])
    o["tratamiento_hospitalario"] = [{"principio_activo": n, "atc": a, "pauta": p, "via": v} if a else {"principio_activo": n, "pauta": p, "via": v} for a, n, p, v in s.get("tto", [])]
    o["evolucion"] = " ".join(e.rstrip(".") + "." for e in s.get("evo", []))
    o["tratamiento_al_alta"] = [{"principio_activo": n, "atc": a, "pauta": p, "via": v} if a else {"principio_activo": n, "pauta": p, "via": v} for a, n, p, v in s.get("alta", [])]
    o["recomendaciones"] = s.get("indic", [])
    o.update(s.get("extra", {}))
    return o


def r_ar(s):
    df = {"sexo": {"F": "femenino", "M": "masculino"}[s["sex"]]}
    if "age" in s:
        df["edad"] = s["age"]
    if "dob" in s:
        df["fecha_nac"] = s["dob"]
    o = {"datos_filiatorios": df,
         "internacion": {"sector": s.get("service", ""), "motivo_internacion": s.get("motivo", []), "tiempo_evolucion": s.get("tiempo", "")}}
    if "adm" in s:
        o["internacion"]["fecha_ingreso"] = s["adm"]
    if "dias" in s:
        o["internacion"]["dias_internacion"] = s["dias"]
    o["antecedentes"] = {"patologicos": [_dx_str(d) for d in s.get("ant", [])],
                         "medicacion_habitual": [_med_str(m) for m in s.get("hab", [])]}
    o["laboratorio_ingreso"] = s.get("labs", {})
    o["estudios_complementarios"] = s.get("estudios", [])
    o["diagnosticos_egreso"] = [{"cie10": c, "diagnostico": l} if c else {"diagnostico": l} for c, l in s.get("dx", [])]
    o["procedimientos"] = s.get("proc", [])
    o["tratamiento_instaurado"] = [_med_str(m) for m in s.get("tto", [])]
    o["evolucion"] = s.get("evo", [])
    o["egreso"] = {"medicacion": [_med_str(m) for m in s.get("alta", [])], "pautas": s.get("indic", [])}
    o.update(s.get("extra", {}))
    return o


def r_co(s):
    o = {"historia_clinica": {"identificacion": {"genero": s["sex"]}}}
    ident = o["historia_clinica"]["identificacion"]
    if "age" in s:
        ident["edad"] = s["age"]
    if "dob" in s:
        ident["fecha_nacimiento"] = s["dob"]
    hc = o["historia_clinica"]
    hc["servicio"] = s.get("service", "")
    if "adm" in s:
        hc["fecha_ingreso"] = s["adm"]
    hc["enfermedad_actual"] = {"sintomas": s.get("motivo", []), "tiempo": s.get("tiempo", "")}
    hc["antecedentes"] = [{"cod_cie10": c, "nombre": l} if c else {"nombre": l} for c, l in s.get("ant", [])]
    hc["medicamentos_previos"] = [{"cod_atc": a, "medicamento": n, "posologia": p, "via": v} if a else {"medicamento": n, "posologia": p, "via": v} for a, n, p, v in s.get("hab", [])]
    hc["paraclinicos"] = [{"examen": k, "resultado": v} for k, v in s.get("labs", {}).items()]
    hc["imagenes"] = s.get("estudios", [])
    hc["impresion_diagnostica"] = [{"cod_cie10": c, "nombre": l} if c else {"nombre": l} for c, l in s.get("dx", [])]
    hc["procedimientos"] = s.get("proc", [])
    hc["ordenes_medicas"] = [{"cod_atc": a, "medicamento": n, "posologia": p, "via": v} if a else {"medicamento": n, "posologia": p, "via": v} for a, n, p, v in s.get("tto", [])]
    hc["evolucion"] = s.get("evo", [])
    if "dias" in s:
        hc["dias_estancia"] = s["dias"]
    hc["formula_egreso"] = [{"cod_atc": a, "medicamento": n, "posologia": p, "via": v} if a else {"medicamento": n, "posologia": p, "via": v} for a, n, p, v in s.get("alta", [])]
    hc["recomendaciones"] = s.get("indic", [])
    hc.update(s.get("extra", {}))
    return o


RENDERERS = {"cl": r_cl, "mx_flat": r_mx_flat, "fhir": r_fhir, "lines": r_lines, "text": r_text,
             "es": r_es, "ar": r_ar, "co": r_co}


def render(s, fmt):
    return RENDERERS[fmt](s)
