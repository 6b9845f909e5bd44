# -*- coding: utf-8 -*-
"""Input exporters (several hospital shapes) and a model-like output renderer."""
import copy

SEXW = {"A": ("Femenino", "Masculino"), "B": ("F", "M"), "C": ("mujer", "varón"),
        "D": ("femenino", "masculino"), "E": ("Femenino", "Masculino"), "F": ("F", "M"),
        "G": ("femenino", "masculino")}


def sexw(s):
    f, m = SEXW[s["schema"]]
    return f if s["sex"] == "F" else m


def g(s, m, f):
    return f if s["sex"] == "F" else m


def join_es(items):
    items = [i for i in items if i]
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    last = items[-1]
    conj = " e " if last[:1].lower() == "i" or last[:2].lower() == "hi" else " y "
    return ", ".join(items[:-1]) + conj + last


def low(name):
    # lowercase first letter unless it looks like an acronym
    if len(name) > 1 and name[1].isupper():
        return name
    return name[:1].lower() + name[1:]


# ----------------------------------------------------------------- exporters

def _age_val(s):
    return s.get("age")


def export(s):
    sch = s["schema"]
    return globals()["exp_" + sch](s)


def exp_A(s):
    pac = {"sexo": sexw(s)}
    if "dob" in s:
        pac["fecha_nacimiento"] = s["dob"]
    else:
        pac["edad"] = _age_val(s)
    d = {"paciente": pac, "servicio": s["service"],
         "motivo_consulta": {"sintomas": s["sym"], "tiempo_evolucion": s["tev"]},
         "antecedentes": [{"codigo": c, "nombre": n} if c else {"nombre": n} for c, n in s["ant"]],
         "medicamentos_habituales": [_drugA(x) for x in s["hab"]],
         "examen_fisico": s["ex"], "examenes": dict(s["lab"]),
         "estudios": [{"nombre": a, "resultado": b} for a, b in s["est"]],
         "diagnosticos": [dict(({"codigo": c} if c else {}), nombre=n, tipo=("principal" if i == 0 else "secundario"))
                          for i, (c, n) in enumerate(s["dx"])],
         "procedimientos": s["proc"], "tratamiento": [_drugA(x) for x in s["tx"]],
         "evolucion": s["evo"], "dias_hospitalizacion": s["dias"],
         "tratamiento_alta": [_drugA(x) for x in s["altx"]], "indicaciones_alta": s["ind"]}
    if "adm" in s:
        d["fecha_ingreso"] = s["adm"]
    return d


def _drugA(x):
    c, n, dose, via = x
    d = {}
    if c:
        d["codigo"] = c
    d["nombre"] = n
    d["dosis"] = dose
    d["via"] = via
    return d


def _drugB(x):
    c, n, dose, via = x
    d = {"farmaco": n, "posologia": dose, "via_administracion": via}
    if c:
        d["clave_atc"] = c
    return d


def exp_B(s):
    fi = {"genero": sexw(s), "unidad": s["service"]}
    if "dob" in s:
        fi["fecha_nacimiento"] = s["dob"]
    elif isinstance(s["age"], int):
        fi["edad_anios"] = s["age"]
    else:
        fi["edad"] = s["age"]
    d = {"ficha_identificacion": fi,
         "padecimiento_actual": {"sintomas": s["sym"], "evolucion": s["tev"]},
         "antecedentes_personales_patologicos": [dict(({"cie10": c} if c else {}), descripcion=n) for c, n in s["ant"]],
         "farmacos_previos": [_drugB(x) for x in s["hab"]],
         "exploracion_fisica": "; ".join(s["ex"]),
         "laboratorios": [{"prueba": k, "resultado": v} for k, v in s["lab"].items()],
         "gabinete": [f"{a}: {b}" for a, b in s["est"]],
         "impresion_diagnostica": [dict(({"cie10": c} if c else {}), descripcion=n) for c, n in s["dx"]],
         "procedimientos_realizados": s["proc"],
         "manejo_intrahospitalario": [_drugB(x) for x in s["tx"]],
         "evolucion_clinica": ". ".join(s["evo"]), "estancia_dias": s["dias"],
         "plan_egreso": {"medicamentos": [_drugB(x) for x in s["altx"]], "recomendaciones": s["ind"]}}
    if "adm" in s:
        d["fecha_ingreso"] = s["adm"]
    return d


def _drugC(x):
    c, n, dose, via = x
    d = {"principio_activo": n, "pauta": dose, "via": via}
    if c:
        d["atc"] = c
    return d


def exp_C(s):
    fil = {"sexo": sexw(s)}
    if "dob" in s:
        fil["fecha_nacimiento"] = s["dob"]
    elif isinstance(s["age"], int):
        fil["edad"] = f"{s['age']} años"
    else:
        fil["edad"] = s["age"]
    d = {"filiacion": fil, "servicio": s["service"],
         "motivo_ingreso": f"{', '.join(s['sym'])} de {s['tev']} de evolución",
         "antecedentes_personales": [dict(({"codigo_cie10": c} if c else {}), descripcion=n) for c, n in s["ant"]],
         "tratamiento_domiciliario": [_drugC(x) for x in s["hab"]],
         "exploracion": s["ex"],
         "pruebas_complementarias": {"analitica": dict(s["lab"]), "otras": [{"prueba": a, "hallazgo": b} for a, b in s["est"]]},
         "juicio_clinico": [dict(({"cie10": c} if c else {}), texto=n) for c, n in s["dx"]],
         "intervenciones": s["proc"], "tratamiento_hospitalario": [_drugC(x) for x in s["tx"]],
         "evolucion": ". ".join(s["evo"]), "estancia": f"{s['dias']} días",
         "tratamiento_al_alta": [_drugC(x) for x in s["altx"]], "recomendaciones": s["ind"]}
    if "adm" in s:
        d["fecha_ingreso"] = s["adm"]
    return d


def _drugD(x):
    c, n, dose, via = x
    d = {"droga": n, "dosis": dose, "via": via}
    if c:
        d["atc"] = c
    return d


def exp_D(s):
    dp = {"sexo": sexw(s)}
    if "dob" in s:
        dp["fecha_nacimiento"] = s["dob"]
    else:
        dp["edad"] = s["age"]
    d = {"datos_personales": dp, "servicio": s["service"],
         "motivo_internacion": s["sym"], "tiempo_evolucion": s["tev"],
         "app": [dict(({"codigo": c} if c else {}), diagnostico=n) for c, n in s["ant"]],
         "medicacion_habitual": [_drugD(x) for x in s["hab"]],
         "examen_ingreso": s["ex"],
         "laboratorio": [{"parametro": k, "valor": v} for k, v in s["lab"].items()],
         "imagenes_y_estudios": [{"estudio": a, "informe": b} for a, b in s["est"]],
         "diagnosticos_egreso": [dict(({"codigo": c} if c else {}), diagnostico=n) for c, n in s["dx"]],
         "procedimientos": s["proc"], "indicaciones_internacion": [_drugD(x) for x in s["tx"]],
         "evolucion": s["evo"], "dias_internacion": s["dias"],
         "medicacion_egreso": [_drugD(x) for x in s["altx"]], "pautas_alarma": s["ind"]}
    if "adm" in s:
        d["fecha_ingreso"] = s["adm"]
    return d


def exp_E(s):
    ide = {"sexo_biologico": sexw(s)}
    if "dob" in s:
        ide["fecha_nacimiento"] = s["dob"]
    else:
        ide["edad"] = s["age"]
    d = {"identificacion": ide, "fecha_ingreso": s.get("adm", "2024-08-19"),
         "servicio_tratante": s["service"],
         "enfermedad_actual": {"sintomas": s["sym"], "duracion": s["tev"]},
         "antecedentes": {"patologicos": [dict(({"cie10": c} if c else {}), nombre=n) for c, n in s["ant"]],
                          "farmacologicos": [_drugA(x) for x in s["hab"]]},
         "examen_fisico": s["ex"], "paraclinicos": dict(s["lab"]),
         "imagenes": [{"nombre": a, "resultado": b} for a, b in s["est"]],
         "diagnosticos": [dict(({"cie10": c} if c else {}), nombre=n) for c, n in s["dx"]],
         "procedimientos": s["proc"], "ordenes_medicas": [_drugA(x) for x in s["tx"]],
         "evolucion": s["evo"], "dias_estancia": s["dias"],
         "egreso": {"formula": [_drugA(x) for x in s["altx"]], "recomendaciones": s["ind"]}}
    return d


def exp_F(s):
    """list-shaped export: sections."""
    pac = {"seccion": "paciente", "sexo": sexw(s)}
    if "dob" in s:
        pac["nacimiento"] = s["dob"]
    else:
        pac["edad"] = s["age"]
    out = [pac,
           {"seccion": "ingreso", "servicio": s["service"], "sintomas": s["sym"], "tiempo": s["tev"]},
           {"seccion": "antecedentes", "items": [[c, n] if c else [n] for c, n in s["ant"]]},
           {"seccion": "medicacion_previa", "items": [list(x) if x[0] else list(x[1:]) for x in s["hab"]]},
           {"seccion": "examen", "items": s["ex"]},
           {"seccion": "laboratorio", "items": [f"{k}: {v}" for k, v in s["lab"].items()]},
           {"seccion": "estudios", "items": [f"{a}: {b}" for a, b in s["est"]]},
           {"seccion": "diagnosticos", "items": [[c, n] if c else [n] for c, n in s["dx"]]},
           {"seccion": "procedimientos", "items": s["proc"]},
           {"seccion": "tratamiento", "items": [list(x) if x[0] else list(x[1:]) for x in s["tx"]]},
           {"seccion": "evolucion", "items": s["evo"], "dias": s["dias"]},
           {"seccion": "alta", "medicacion": [list(x) if x[0] else list(x[1:]) for x in s["altx"]], "indicaciones": s["ind"]}]
    if "adm" in s:
        out[1]["fecha_ingreso"] = s["adm"]
    return out


def _dt(x):
    c, n, dose, via = x
    return f"{n}{' (' + c + ')' if c else ''} {dose} vía {via}"


def exp_G(s):
    """free-text string export."""
    if "dob" in s:
        who = f"Paciente {sexw(s)}, nacido el {s['dob']}, ingreso el {s['adm']}."
    else:
        age = f"{s['age']} años" if isinstance(s["age"], int) else s["age"]
        who = f"Paciente {sexw(s)} de {age}."
    parts = [who, f"Servicio: {s['service']}.",
             f"Motivo: {', '.join(s['sym'])}, {s['tev']} de evolución."]
    if s["ant"]:
        parts.append("Antecedentes: " + "; ".join(f"{n} ({c})" if c else n for c, n in s["ant"]) + ".")
    if s["hab"]:
        parts.append("Medicación habitual: " + "; ".join(_dt(x) for x in s["hab"]) + ".")
    parts.append("Examen: " + "; ".join(s["ex"]) + ".")
    if s["lab"]:
        parts.append("Laboratorio: " + "; ".join(f"{k} {v}" for k, v in s["lab"].items()) + ".")
    if s["est"]:
        parts.append("Estudios: " + "; ".join(f"{a}: {b}" for a, b in s["est"]) + ".")
    parts.append("Diagnósticos: " + "; ".join(f"{n} ({c})" if c else n for c, n in s["dx"]) + ".")
    if s["proc"]:
        parts.append("Procedimientos: " + "; ".join(s["proc"]) + ".")
    if s["tx"]:
        parts.append("Tratamiento: " + "; ".join(_dt(x) for x in s["tx"]) + ".")
    parts.append("Evolución: " + "; ".join(s["evo"]) + f". Estancia {s['dias']} días.")
    if s["altx"]:
        parts.append("Alta con: " + "; ".join(_dt(x) for x in s["altx"]) + ".")
    parts.append("Indicaciones: " + "; ".join(s["ind"]) + ".")
    return " ".join(parts)


# ----------------------------------------------------------------- renderer

VIA = {"oral": ["vía oral", "vo", "por vía oral"],
       "endovenosa": ["endovenoso", "ev", "vía endovenosa"],
       "intravenosa": ["intravenoso", "iv", "vía intravenosa"],
       "subcutánea": ["subcutáneo", "sc", "vía subcutánea"],
       "intramuscular": ["intramuscular", "im", "vía intramuscular"],
       "inhalatoria": ["inhalado", "inhalatorio", "vía inhalatoria"],
       "intraperitoneal": ["intraperitoneal", "intraperitoneal", "vía intraperitoneal"]}


def drug_txt(x, k, dose=True):
    c, n, d, via = x
    t = low(n)
    if c:
        t += f" ({c})"
    if dose:
        t += f" {d} {VIA[via][k % 3]}"
    return t


def person(s, k):
    if s.get("persona"):
        return s["persona"]
    age = s.get("age_out") or (f"{s['age']} años" if isinstance(s.get("age"), int) else s.get("age"))
    if s["sex"] == "F":
        opts = [f"paciente de sexo femenino de {age}", f"una mujer de {age}", f"paciente femenina de {age}"]
    else:
        opts = [f"paciente de sexo masculino de {age}", f"un hombre de {age}", f"paciente varón de {age}"]
    return opts[k % 3]


def render(s, k=0):
    """Render a clean epicrisis in a fine-tuned-model style. k picks variants."""
    P = []
    sym = join_es(s["sym"])
    dx = join_es([f"{low(n)} ({c})" if c else low(n) for c, n in s["dx"]])
    ant = join_es([f"{low(n)} ({c})" if c else low(n) for c, n in s["ant"] if (c, n) not in s["dx"]])
    per = person(s, k)
    if k % 2 == 0:
        first = f"Ingresa por {sym} de {s['tev']} de evolución, diagnosticándose {dx} en {per}"
        first += f", con antecedentes de {ant}." if ant else "."
    else:
        first = f"Ingresa por {sym} de {s['tev']} de evolución. Se trata de {per}"
        first += f" con antecedentes de {ant}," if ant else ""
        first += f" en quien se diagnostica {dx}."
    first = first.replace(",,", ",").replace(",.", ".").replace(", en quien", " en quien").replace(", con antecedentes", " con antecedentes")
    P.append(first)
    for e in s.get("extra_pre", []):
        P.append(e)
    if s["hab"]:
        hab = join_es([drug_txt(x, k + i) for i, x in enumerate(s["hab"])])
        P.append([f"Usuari{g(s, 'o', 'a')} de {hab}.", f"Como tratamiento habitual recibe {hab}."][k % 2])
    ex = join_es(s["ex"])
    P.append([f"Al ingreso se constata {ex}.", f"Al examen físico destaca {ex}."][k % 2])
    if s["lab"]:
        labs = join_es([f"{k2} de {v}" for k2, v in s["lab"].items()])
        P.append([f"En el laboratorio destaca {labs}.", f"Exámenes de ingreso con {labs}."][k % 2])
    for a, b in s["est"]:
        P.append(f"Se realiza {low(a)}, que informa {b}.")
    if s["proc"]:
        P.append([f"Se efectúa {join_es(s['proc'])}.", f"Durante la estadía se realiza {join_es(s['proc'])}."][k % 2])
    if s["tx"]:
        tx = join_es([drug_txt(x, k + i + 1) for i, x in enumerate(s["tx"])])
        P.append([f"Se indica {tx}.", f"Manejad{g(s, 'o', 'a')} con {tx}."][k % 2])
    evo = join_es(s["evo"])
    P.append([f"Durante la hospitalización presenta {evo}.", f"Evoluciona favorablemente con {evo}."][k % 2])
    for e in s.get("extra", []):
        P.append(e)
    alta = [f"Alta luego de {s['dias']} días de estadía en buenas condiciones generales",
            f"Se otorga el alta a domicilio tras {s['dias']} días de hospitalización"][k % 2]
    if s["altx"]:
        alta += ", indicándose " + join_es([drug_txt(x, k + i + 2) for i, x in enumerate(s["altx"])])
    P.append(alta + ".")
    if s["ind"]:
        P.append(f"Se indica {join_es([low(i) for i in s['ind']])}.")
    return " ".join(P)


def scen(base, upd=None):
    s = copy.deepcopy(base)
    if upd:
        for kk, vv in upd.items():
            s[kk] = vv
    return s
