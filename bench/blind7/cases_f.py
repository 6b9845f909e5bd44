# -*- coding: utf-8 -*-
"""Scenarios F: GI bleeding, paediatric DKA, open tibial fracture, shoulder arthroscopy."""
from helpers import put, drop, append, both

SCENARIOS = []

# 38 Colombia, HVDA por úlcera gástrica, omeprazol IV a oral
SCENARIOS.append({
    "key": "hvda_co",
    "input": {
        "paciente": {"sexo": "masculino", "edad": 66},
        "servicio": "Gastroenterología",
        "motivo_consulta": "melenas de 2 días y un episodio de hematemesis",
        "antecedentes": [{"cie10": "M15.9", "descripcion": "Poliartrosis", "tratamiento": "naproxeno sin formula medica"}],
        "paraclinicos": {"hemoglobina_ingreso": "7,8 g/dL", "hemoglobina_egreso": "9,6 g/dL", "BUN": "48 mg/dL", "INR": "1,1",
                         "rango_hemoglobina": "13,5-17,5 g/dL"},
        "endoscopia": "úlcera gástrica en antro de 15 mm con vaso visible (Forrest IIa); terapia combinada con adrenalina y clips",
        "diagnosticos": [{"cie10": "K25.4", "descripcion": "Úlcera gástrica crónica con hemorragia"}, {"cie10": "D62", "descripcion": "Anemia poshemorrágica aguda"}],
        "transfusion": "2 unidades de glóbulos rojos",
        "medicamentos": [{"atc": "A02BC01", "nombre": "Omeprazol", "dosis_hospital": "80 mg IV en bolo y luego 40 mg IV cada 12 horas",
                          "dosis_egreso": "40 mg VO cada 12 horas por 8 semanas"},
                         {"atc": "M01AE02", "nombre": "Naproxeno", "estado": "suspendido definitivamente"}],
        "helicobacter": "biopsia pendiente",
        "dias_hospitalizacion": 4,
    },
    "output": """Ingresa por melenas de 2 días y un episodio de hematemesis en paciente masculino de 66 años con
poliartrosis (M15.9) que consumía naproxeno (M01AE02) sin fórmula médica. Hemoglobina de ingreso de 7,8 g/dL, BUN de 48
mg/dL e INR de 1,1. La endoscopia muestra úlcera gástrica en antro de 15 mm con vaso visible (Forrest IIa), tratada con
terapia combinada con adrenalina y clips, con diagnóstico de úlcera gástrica crónica con hemorragia (K25.4) y anemia
poshemorrágica aguda (D62), que requiere transfusión de 2 unidades de glóbulos rojos. Recibe omeprazol (A02BC01) 80 mg
IV en bolo y luego 40 mg IV cada 12 horas. Se suspende definitivamente el naproxeno. Sin nuevo sangrado, con hemoglobina
de egreso de 9,6 g/dL. Egresa a los 4 días con omeprazol 40 mg VO cada 12 horas por 8 semanas y biopsia para
Helicobacter pendiente.""",
    "note": "Limpio: dosis de omeprazol hospitalaria y de egreso, ambas en el input; naproxeno suspendido.",
    "variants": [
        ([], "Trampa: no se requirió cirugía ni embolización; negación.",
         [("Se suspende definitivamente el naproxeno.", "No requirió cirugía ni embolización. Se suspende definitivamente el naproxeno.")]),
        ([], "Trampa: 'omeprazol 40 mg IV cada 12 horas' y al egreso 'VO': cambio de vía documentado.",
         [("Sin nuevo sangrado,", "Evoluciona sin nuevo sangrado,")]),
        ("HAL003", "Omeprazol de egreso una vez al día; el input dice cada 12 horas.",
         [("omeprazol 40 mg VO cada 12 horas por 8 semanas", "omeprazol 40 mg VO una vez al día por 8 semanas")]),
        ("HAL001", "Erradicación de Helicobacter con claritromicina afirmada; la biopsia está pendiente.",
         [("y biopsia para Helicobacter pendiente.", "y claritromicina para erradicación de Helicobacter.")]),
        ("FMT001", "Empieza con 'Motivo de ingreso:'.",
         [("Ingresa por melenas", "Motivo de ingreso: melenas")]),
        ("CLN001", "Insulina sin diagnóstico de diabetes en el input.",
         [("Se suspende definitivamente el naproxeno.", "Se suspende definitivamente el naproxeno y se indica insulina NPH (A10AC01) 10 UI en la mañana.")],
         append(["medicamentos"], {"atc": "A10AC01", "nombre": "Insulina NPH", "dosis": "10 UI", "via": "SC", "frecuencia": "en la mañana"})),
    ],
})

# 39 Colombia, pediatría, cetoacidosis diabética debut
SCENARIOS.append({
    "key": "cad_co",
    "input": {
        "paciente": {"sexo": "femenino", "edad": 11, "peso": "34 kg"},
        "servicio": "UCI Pediátrica",
        "motivo": "poliuria, polidipsia, pérdida de peso de 3 semanas y vómito",
        "gases_y_quimica": [
            {"analito": "Glucemia", "valor": 486, "unidad": "mg/dL", "rango": "70-110"},
            {"analito": "pH", "valor": 7.12, "rango": "7,35-7,45"},
            {"analito": "HCO3", "valor": 8, "unidad": "mEq/L", "rango": "22-26"},
            {"analito": "Cetonemia", "valor": 5.4, "unidad": "mmol/L"},
            {"analito": "Potasio", "valor": 4.1, "unidad": "mEq/L", "rango": "3,5-5,0"},
            {"analito": "HbA1c", "valor": "11,2 %"}],
        "diagnosticos": [{"cie10": "E10.1", "descripcion": "Diabetes mellitus tipo 1 con cetoacidosis"}],
        "manejo": [{"nombre": "Solución salina 0,9 %", "dosis": "10 ml/kg en bolo"},
                   {"atc": "A10AB01", "nombre": "Insulina cristalina", "dosis": "0,1 UI/kg/hora", "via": "IV", "duracion": "18 horas"},
                   {"atc": "A10AE04", "nombre": "Insulina glargina", "dosis": "12 UI", "via": "SC", "frecuencia": "cada 24 horas"},
                   {"atc": "A10AB05", "nombre": "Insulina aspart", "dosis": "según conteo de carbohidratos", "via": "SC"}],
        "evolucion": "resolución de la cetoacidosis a las 18 horas, sin edema cerebral, educación diabetológica a la madre y a la paciente",
        "dias_hospitalizacion": 4,
    },
    "output": """Ingresa por poliuria, polidipsia, pérdida de peso de 3 semanas y vómito en escolar femenina de 11 años y
34 kg. Glucemia de 486 mg/dL, pH de 7,12, HCO3 de 8 mEq/L, cetonemia de 5,4 mmol/L, potasio de 4,1 mEq/L y HbA1c de
11,2 %, con diagnóstico de diabetes mellitus tipo 1 con cetoacidosis (E10.1). Se maneja en UCI pediátrica con solución
salina al 0,9 % 10 ml/kg en bolo e insulina cristalina (A10AB01) 0,1 UI/kg/hora IV, con resolución de la cetoacidosis a
las 18 horas y sin edema cerebral. Se inicia insulina glargina (A10AE04) 12 UI SC cada 24 horas e insulina aspart
(A10AB05) según conteo de carbohidratos. Se realiza educación diabetológica a la madre y a la paciente. Egresa a los 4
días con control por endocrinología pediátrica.""",
    "note": "Limpio: potasio normal (4,1), no se afirma hipopotasemia; cetoacidosis sustentada por pH y HCO3.",
    "variants": [
        ([], "Trampa: acidosis metabólica sustentada por pH 7,12 y HCO3 8; edema cerebral negado.",
         [("HCO3 de 8 mEq/L,", "acidosis metabólica con HCO3 de 8 mEq/L,")]),
        ([], "Trampa: hipopotasemia descartada por potasio 4,1 dentro del rango.",
         [("potasio de 4,1 mEq/L", "potasio de 4,1 mEq/L, sin hipopotasemia,")]),
        ("HAL001", "Hipopotasemia afirmada con potasio normal (4,1, rango 3,5-5,0).",
         [("potasio de 4,1 mEq/L", "hipopotasemia con potasio de 4,1 mEq/L")]),
        ("DEM001", "Escolar masculino; el input dice femenino.",
         [("en escolar femenina de 11 años", "en escolar masculino de 11 años"), ("a la madre y a la paciente", "a la madre y al paciente")]),
        ("HAL003", "Insulina glargina IV; el input dice SC.",
         [("insulina glargina (A10AE04) 12 UI SC cada 24 horas", "insulina glargina (A10AE04) 12 UI IV cada 24 horas")]),
        ("COD002", "E10.1 escrito pero el input trae la diabetes sin código.",
         [], put(["diagnosticos", 0], {"descripcion": "Diabetes mellitus tipo 1 con cetoacidosis"})),
        ("COD004", "A10AB05 escrito para la insulina aspart, pero el input la trae sin código ATC.",
         [], lambda d: d["manejo"][3].pop("atc") and None),
        ("FMT002", "Etiqueta HTML en el texto.",
         [("con diagnóstico de diabetes mellitus tipo 1 con cetoacidosis (E10.1).", "con diagnóstico de <b>diabetes mellitus tipo 1 con cetoacidosis</b> (E10.1).")]),
    ],
})

# 40 Perú, fractura expuesta de tibia derecha, fijador externo retirado y clavo
SCENARIOS.append({
    "key": "tibia_der_pe",
    "input": [
        "Paciente varón de 35 años, mototaxista, ingresa por emergencia de Traumatología.",
        {"diagnosticos": [{"cie10": "S82.2", "nombre": "Fractura de la diáfisis de la tibia", "lado": "derecho", "tipo": "expuesta Gustilo II"},
                          {"cie10": "S82.4", "nombre": "Fractura del peroné", "lado": "derecho"}]},
        {"procedimientos": [{"fecha": "2024-02-11", "nombre": "Limpieza quirúrgica y colocación de fijador externo", "lado": "derecho"},
                            {"fecha": "2024-02-20", "nombre": "Retiro de fijador externo y enclavado endomedular de tibia", "lado": "derecho"}]},
        {"medicacion": [{"atc": "J01DB04", "nombre": "Cefazolina", "dosis": "2 g", "via": "EV", "frecuencia": "cada 8 horas", "dias": 3},
                        {"atc": "J01GB03", "nombre": "Gentamicina", "dosis": "240 mg", "via": "EV", "frecuencia": "cada 24 horas", "dias": 3},
                        {"atc": "J07AM01", "nombre": "Toxoide tetánico", "dosis": "0,5 ml", "via": "IM", "frecuencia": "dosis única"},
                        {"atc": "B01AB05", "nombre": "Enoxaparina", "dosis": "40 mg", "via": "SC", "frecuencia": "cada 24 horas"}]},
        {"laboratorio": {"hemoglobina": "12,6 g/dL", "CPK": "1850 U/L"}},
        {"evolucion": "pulsos pedio y tibial posterior derechos presentes, sin síndrome compartimental, herida granulando, deambula con muletas sin apoyo"},
        {"estancia": "12 días"},
    ],
    "output": """Ingresa por fractura expuesta Gustilo II de la diáfisis de la tibia (S82.2) derecha con fractura del peroné
(S82.4) derecho en paciente varón de 35 años, mototaxista. Se realiza limpieza quirúrgica y colocación de fijador externo
derecho, con cefazolina (J01DB04) 2 g EV cada 8 horas y gentamicina (J01GB03) 240 mg EV cada 24 horas por 3 días, además
de toxoide tetánico (J07AM01) 0,5 ml IM. Hemoglobina de 12,6 g/dL y CPK de 1850 U/L. Posteriormente se retira el fijador
externo y se realiza enclavado endomedular de tibia derecha. Recibe enoxaparina (B01AB05) 40 mg SC cada 24 horas. Evoluciona
con pulsos pedio y tibial posterior derechos presentes, sin síndrome compartimental, con herida granulando, y deambula con
muletas sin apoyo. Se otorga el alta a los 12 días con indicación de control por consultorio externo de traumatología.""",
    "note": "Limpio: fijador externo colocado y retirado; antibiótico profiláctico de fractura expuesta coherente.",
    "variants": [
        ([], "Trampa: síndrome compartimental negado y 'no se realiza fasciotomía'.",
         [("sin síndrome compartimental,", "sin síndrome compartimental, por lo que no se realiza fasciotomía,")]),
        ([], "Trampa: abreviatura 'EMO' no usada; sinónimo 'clavo endomedular' por enclavado endomedular.",
         [("se realiza enclavado endomedular de tibia derecha", "se coloca clavo endomedular de tibia derecha")]),
        ("HAL004", "Enclavado de tibia izquierda; el input dice derecho.",
         [("enclavado endomedular de tibia derecha", "enclavado endomedular de tibia izquierda")]),
        ("HAL002", "CPK de 1580 U/L; el input dice 1850.",
         [("CPK de 1850 U/L", "CPK de 1580 U/L")]),
        ("COD003", "Código ATC de cefazolina escrito sin paréntesis.",
         [("con cefazolina (J01DB04) 2 g EV", "con cefazolina J01DB04 2 g EV")]),
        ("COD004", "B01AB05 escrito para la enoxaparina, pero el input la trae sin código ATC.",
         [], lambda d: d[3]["medicacion"][3].pop("atc") and None),
        ("REP001", "Frase de evolución repetida.",
         [("Se otorga el alta a los 12 días", "Evoluciona con pulsos pedio y tibial posterior derechos presentes. Evoluciona con pulsos pedio y tibial posterior derechos presentes. Se otorga el alta a los 12 días")]),
    ],
})

# 41 México, rotura de manguito rotador derecho, reparación artroscópica
SCENARIOS.append({
    "key": "hombro_der_mx",
    "input": {
        "paciente": {"genero": "F", "edad": 62, "mano_dominante": "derecha"},
        "servicio": "Ortopedia - Hombro y Codo",
        "dx": [{"clave_cie10": "M75.1", "descripcion": "Síndrome del manguito rotatorio", "lado": "derecho",
                "detalle": "rotura completa de supraespinoso de 2 cm"}],
        "comorbilidad": [{"clave_cie10": "E03.9", "descripcion": "Hipotiroidismo"}],
        "cirugia": {"fecha": "2024-10-22", "nombre": "Reparación artroscópica de manguito rotador con 2 anclas", "lado": "derecho",
                    "anestesia": "general con bloqueo interescalénico"},
        "hombro_izquierdo": "sin alteraciones",
        "medicamentos": [{"atc": "H03AA01", "nombre": "Levotiroxina", "dosis": "100 mcg", "via": "VO", "frecuencia": "cada 24 horas"},
                         {"atc": "N02AX02", "nombre": "Tramadol", "dosis": "50 mg", "via": "VO", "frecuencia": "cada 8 horas", "duracion": "5 días"},
                         {"atc": "M01AH01", "nombre": "Celecoxib", "dosis": "200 mg", "via": "VO", "frecuencia": "cada 12 horas", "duracion": "7 días"}],
        "indicaciones": "cabestrillo con cojín de abducción por 6 semanas, rehabilitación",
        "estancia": "1 día",
    },
    "output": """Ingresa por síndrome del manguito rotatorio (M75.1) derecho, con rotura completa de supraespinoso de 2 cm, en
paciente femenina de 62 años, diestra, con hipotiroidismo (E03.9) en tratamiento con levotiroxina (H03AA01) 100 mcg VO
cada 24 horas. Se realiza reparación artroscópica de manguito rotador derecho con 2 anclas, bajo anestesia general con
bloqueo interescalénico, sin complicaciones. El hombro izquierdo no presenta alteraciones. En el postoperatorio la
paciente se mantiene sin dolor significativo, con sensibilidad distal conservada una vez resuelto el bloqueo. Egresa al
día siguiente con tramadol (N02AX02) 50 mg VO cada 8 horas por 5 días y celecoxib (M01AH01) 200 mg VO cada 12 horas por 7
días, cabestrillo con cojín de abducción por 6 semanas y envío a rehabilitación.""",
    "note": "Limpio: 'diestra' y hombro izquierdo sin alteraciones coherentes con el input; operado el derecho.",
    "variants": [
        ([], "Trampa: el anestesiólogo y el cirujano mencionados; no se coloca prótesis (negación).",
         [("sin complicaciones.", "sin complicaciones; no se requiere prótesis inversa.")]),
        ("HAL004", "Reparación de manguito izquierdo; el input dice derecho.",
         [("reparación artroscópica de manguito rotador derecho", "reparación artroscópica de manguito rotador izquierdo"),
          ("El hombro izquierdo no presenta alteraciones.", "El hombro derecho no presenta alteraciones.")]),
        ("DEM001", "Paciente masculino ('diestro').",
         [("paciente femenina de 62 años, diestra,", "paciente masculino de 62 años, diestro,"), ("la paciente se mantiene", "el paciente se mantiene")]),
        ("HAL003", "Celecoxib 200 mg cada 24 horas; el input dice cada 12 horas.",
         [("200 mg VO cada 12 horas por 7", "200 mg VO cada 24 horas por 7")]),
        ("COD007", "M75.1 cambiado por L06.0 (inexistente) en input y output.",
         [("síndrome del manguito rotatorio (M75.1)", "síndrome del manguito rotatorio (L06.0)")], put(["dx", 0, "clave_cie10"], "L06.0")),
        ("FMT003", "Texto corto de menos de 80 palabras.",
         [("En el postoperatorio la paciente se mantiene sin dolor significativo, con sensibilidad distal conservada una vez resuelto el bloqueo. ", ""),
          ("bajo anestesia general con bloqueo interescalénico, sin complicaciones. El hombro izquierdo no presenta alteraciones.", "sin complicaciones."),
          (", cabestrillo con cojín de abducción por 6 semanas y envío a rehabilitación.", "."),
          (", con rotura completa de supraespinoso de 2 cm,", "")]),
        ("COD001", "CIE-10 sin paréntesis tras el diagnóstico.",
         [("con hipotiroidismo (E03.9) en tratamiento", "con hipotiroidismo E03.9 en tratamiento")]),
    ],
})
