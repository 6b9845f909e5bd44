# -*- coding: utf-8 -*-
"""Scenarios E: psychiatry, oncology/haematology, nephrology, neurology, infectious disease, geriatrics."""
from helpers import put, drop, append, both

SCENARIOS = []

# 32 Chile, psiquiatría, episodio depresivo grave con intento suicida
SCENARIOS.append({
    "key": "depresion_cl",
    "input": {
        "paciente": {"sexo": "Femenino", "edad": 33},
        "servicio": "Psiquiatría de Corta Estadía",
        "motivo_ingreso": "ingesta voluntaria de 20 comprimidos de clonazepam con fines suicidas",
        "diagnosticos": [{"cie10": "F32.2", "nombre": "Episodio depresivo grave sin síntomas psicóticos"},
                         {"cie10": "X61", "nombre": "Envenenamiento autoinfligido intencionalmente por psicotrópicos"}],
        "descartado": "trastorno bipolar y síntomas psicóticos descartados en evaluación",
        "acompanante": "hermano",
        "tratamiento": [{"atc": "N06AB06", "nombre": "Sertralina", "dosis_inicial": "50 mg cada 24 horas", "dosis_alta": "100 mg cada 24 horas", "via": "oral"},
                        {"atc": "N05AH04", "nombre": "Quetiapina", "dosis": "25 mg", "frecuencia": "en la noche", "via": "oral"}],
        "suspendidos": [{"atc": "N03AE01", "nombre": "Clonazepam", "motivo": "suspendido por riesgo de sobreingesta"}],
        "evolucion": "ánimo en mejoría, sin ideación suicida activa al alta, plan de seguridad con familia",
        "dias_estadia": 14,
        "control": "COSAM en 7 días",
    },
    "output": """Ingresa por ingesta voluntaria de 20 comprimidos de clonazepam con fines suicidas, en paciente de sexo
femenino de 33 años que llega acompañada por su hermano. Se diagnostica episodio depresivo grave sin síntomas psicóticos
(F32.2) y envenenamiento autoinfligido intencionalmente por psicotrópicos (X61). En la evaluación se descartan trastorno
bipolar y síntomas psicóticos. Se suspende el clonazepam (N03AE01) por riesgo de sobreingesta. Se inicia sertralina
(N06AB06) 50 mg cada 24 horas, que se ajusta a 100 mg cada 24 horas, y quetiapina (N05AH04) 25 mg en la noche. Evoluciona
con ánimo en mejoría y sin ideación suicida activa al alta, con plan de seguridad elaborado junto a su familia. Se
otorga el alta tras 14 días de estadía, con sertralina 100 mg cada 24 horas y control en COSAM en 7 días.""",
    "note": "Limpio: dosis de sertralina cambiada durante la estadía (50 a 100 mg), ambas en el input; clonazepam suspendido.",
    "variants": [
        ([], "Trampa: 'acompañada por su hermano' y 'el psiquiatra tratante'; la paciente sigue siendo mujer.",
         [("con plan de seguridad elaborado junto a su familia.", "con plan de seguridad elaborado por el psiquiatra tratante junto a su familia.")]),
        ([], "Trampa: no se indica terapia electroconvulsiva ni litio (negación).",
         [("En la evaluación se descartan trastorno bipolar y síntomas psicóticos.", "En la evaluación se descartan trastorno bipolar y síntomas psicóticos, por lo que no se indica litio.")]),
        ("HAL003", "Sertralina 100 mg dos veces al día al alta; el input dice cada 24 horas.",
         [("con sertralina 100 mg cada 24 horas y control", "con sertralina 100 mg dos veces al día y control")]),
        ("HAL001", "Trastorno límite de la personalidad afirmado; no figura en el input.",
         [("En la evaluación se descartan trastorno bipolar y síntomas psicóticos.", "En la evaluación se descartan trastorno bipolar y síntomas psicóticos, y se diagnostica trastorno límite de la personalidad.")]),
        ("DEM001", "Concordancia masculina: 'el paciente ... acompañado'.",
         [("en paciente de sexo femenino de 33 años que llega acompañada por su hermano", "en paciente de sexo masculino de 33 años que llega acompañado por su hermano")]),
        ("COD007", "F32.2 cambiado por K33.0 (inexistente) en input y output.",
         [("sin síntomas psicóticos (F32.2)", "sin síntomas psicóticos (K33.0)")], put(["diagnosticos", 0, "cie10"], "K33.0")),
    ],
})

# 33 México, oncohematología pediátrica, neutropenia febril + LLA, puerto subcutáneo
SCENARIOS.append({
    "key": "neutropenia_mx",
    "input": {
        "paciente": {"sexo": "masculino", "edad": 6, "peso_kg": 21},
        "servicio": "Oncología Pediátrica",
        "diagnosticos": [{"cie10": "D70", "nombre": "Neutropenia febril"}, {"cie10": "C91.0", "nombre": "Leucemia linfoblástica aguda"}],
        "contexto": "fase de consolidación, último ciclo hace 9 días",
        "signos": {"temperatura": "38,9 °C", "FC": "128 lpm", "TA": "98/60"},
        "laboratorio": [{"prueba": "Neutrófilos absolutos", "valor": "180 /µL", "referencia": "1500-8000"},
                        {"prueba": "Hemoglobina", "valor": "8,4 g/dL", "referencia": "11,5-15,5"},
                        {"prueba": "Plaquetas", "valor": "42 000 /µL", "referencia": "150 000-450 000"},
                        {"prueba": "PCR", "valor": "6,1 mg/dL"}],
        "cultivos": "hemocultivos central y periférico negativos a 48 horas",
        "dispositivos": [{"tipo": "puerto subcutáneo", "lado": "subclavio derecho", "colocacion": "previo al ingreso", "estado": "permanece"}],
        "tratamiento": [{"atc": "J01DE01", "nombre": "Cefepime", "dosis": "50 mg/kg", "via": "IV", "frecuencia": "cada 8 horas", "dias": 7},
                        {"atc": "L03AA02", "nombre": "Filgrastim", "dosis": "5 mcg/kg", "via": "SC", "frecuencia": "cada 24 horas"},
                        {"nombre": "Transfusión de concentrado eritrocitario", "cantidad": "10 ml/kg"}],
        "evolucion": "afebril a las 72 horas, neutrófilos de 1100 /µL al egreso",
        "dias_estancia": 7,
    },
    "output": """Ingresa por fiebre de 38,9 °C en escolar masculino de 6 años, de 21 kg, con leucemia linfoblástica aguda
(C91.0) en fase de consolidación, con último ciclo hace 9 días. FC de 128 lpm y TA de 98/60. Laboratorio con neutrófilos
absolutos de 180 /µL, hemoglobina de 8,4 g/dL, plaquetas de 42 000 /µL y PCR de 6,1 mg/dL, con diagnóstico de neutropenia
febril (D70). Se toman hemocultivos central y periférico, negativos a 48 horas. Recibe cefepime (J01DE01) 50 mg/kg IV
cada 8 horas por 7 días, filgrastim (L03AA02) 5 mcg/kg SC cada 24 horas y transfusión de concentrado eritrocitario 10
ml/kg. El puerto subcutáneo subclavio derecho permanece funcional. Evoluciona afebril a las 72 horas y egresa a los 7
días con neutrófilos de 1100 /µL, acompañado por su madre, con cita en oncología pediátrica.""",
    "note": "Limpio: anemia y trombocitopenia no nombradas; valores del laboratorio copiados; puerto que permanece.",
    "variants": [
        ([], "Trampa: anemia y trombocitopenia sustentadas por Hb 8,4 y plaquetas 42 000 bajo los rangos del input.",
         [("hemoglobina de 8,4 g/dL, plaquetas de 42 000 /µL", "anemia con hemoglobina de 8,4 g/dL, trombocitopenia de 42 000 /µL")]),
        ([], "Trampa: bacteriemia descartada por hemocultivos negativos; no se retira el puerto.",
         [("negativos a 48 horas.", "negativos a 48 horas, que descartan bacteriemia asociada a catéter; no se retira el puerto.")]),
        ("HAL004", "Puerto subclavio izquierdo; el input dice derecho.",
         [("puerto subcutáneo subclavio derecho", "puerto subcutáneo subclavio izquierdo")]),
        ("DEM001", "Edad 6 meses en lugar de 6 años.",
         [("en escolar masculino de 6 años", "en lactante masculino de 6 meses")]),
        ("HAL001", "Vancomicina añadida sin estar en el input.",
         [("por 7 días, filgrastim", "por 7 días más vancomicina, filgrastim")]),
        ("CLN001", "Metformina sin ningún diagnóstico de diabetes.",
         [("y transfusión de concentrado eritrocitario 10 ml/kg.", "metformina (A10BA02) 500 mg cada 24 horas y transfusión de concentrado eritrocitario 10 ml/kg.")],
         append(["tratamiento"], {"atc": "A10BA02", "nombre": "Metformina", "dosis": "500 mg", "via": "VO", "frecuencia": "cada 24 horas"})),
    ],
})

# 34 Argentina, nefrología, ERC 5 inicio de hemodiálisis, CVC tunelizado yugular derecho, FAV planificada
SCENARIOS.append({
    "key": "hemodialisis_ar",
    "input": {
        "paciente": {"sexo": "F", "edad": 59},
        "servicio": "Nefrología",
        "motivo": "astenia, vómitos y edemas de 2 semanas",
        "laboratorio": {"urea": {"valor": 248, "unidad": "mg/dL", "ref": "15-45"},
                        "creatinina": {"valor": 9.6, "unidad": "mg/dL", "ref": "0,5-1,1"},
                        "potasio": {"valor": 6.4, "unidad": "mEq/L", "ref": "3,5-5,1"},
                        "bicarbonato": {"valor": 14, "unidad": "mEq/L", "ref": "22-28"},
                        "hemoglobina": {"valor": 8.2, "unidad": "g/dL", "ref": "12-16"}},
        "diagnosticos": [{"codigo": "N18.5", "texto": "Enfermedad renal crónica estadio 5"},
                         {"codigo": "E87.5", "texto": "Hiperpotasemia"},
                         {"codigo": "E11.2", "texto": "Diabetes mellitus tipo 2 con complicaciones renales"}],
        "procedimientos": [{"fecha": "2024-06-03", "detalle": "Colocación de catéter de hemodiálisis tunelizado en yugular interna derecha"},
                           {"fecha": "2024-06-03", "detalle": "Primera sesión de hemodiálisis"}],
        "planificado": "fístula arteriovenosa braquiocefálica izquierda, turno con cirugía vascular; no realizada en esta internación",
        "medicacion": [{"atc": "B03XA01", "droga": "Eritropoyetina", "dosis": "4000 UI", "via": "SC", "frecuencia": "3 veces por semana"},
                       {"atc": "A10AE04", "droga": "Insulina glargina", "dosis_previa": "20 UI", "dosis_alta": "12 UI", "via": "SC", "frecuencia": "en la noche"},
                       {"atc": "V03AE02", "droga": "Sevelamer", "dosis": "800 mg", "via": "oral", "frecuencia": "con cada comida"}],
        "evolucion": "potasio de 4,8 mEq/L tras 3 sesiones, sin vómitos",
        "dias_internacion": 6,
    },
    "output": """Ingresa por astenia, vómitos y edemas de 2 semanas en paciente de sexo femenino de 59 años con diabetes
mellitus tipo 2 con complicaciones renales (E11.2). Laboratorio con urea de 248 mg/dL, creatinina de 9,6 mg/dL, potasio
de 6,4 mEq/L, bicarbonato de 14 mEq/L y hemoglobina de 8,2 g/dL, diagnosticándose enfermedad renal crónica estadio 5
(N18.5) con hiperpotasemia (E87.5). Se coloca catéter de hemodiálisis tunelizado en yugular interna derecha y se inicia
hemodiálisis, con potasio de 4,8 mEq/L tras 3 sesiones. Se indica eritropoyetina (B03XA01) 4000 UI SC 3 veces por
semana y sevelamer (V03AE02) 800 mg con cada comida, y se reduce la insulina glargina (A10AE04) de 20 UI a 12 UI en la
noche. Egresa a los 6 días sin vómitos, con hemodiálisis trisemanal ambulatoria. Queda pendiente la fístula
arteriovenosa braquiocefálica izquierda con cirugía vascular, no realizada en esta internación.""",
    "note": "Trampa: FAV izquierda planificada y no realizada; catéter derecho colocado; dosis de insulina cambiada (20 a 12 UI).",
    "variants": [
        ([], "Trampa: anemia sustentada por Hb 8,2 bajo el rango; acidosis metabólica sustentada por bicarbonato 14.",
         [("bicarbonato de 14 mEq/L y hemoglobina de 8,2 g/dL,", "acidosis metabólica con bicarbonato de 14 mEq/L y anemia con hemoglobina de 8,2 g/dL,")]),
        ("HAL004", "Catéter en yugular interna izquierda; el input dice derecha.",
         [("tunelizado en yugular interna derecha", "tunelizado en yugular interna izquierda")]),
        ("HAL003", "Insulina glargina mantenida en 20 UI en la mañana; el input da 12 UI en la noche al alta (20 era la dosis previa).",
         [("se reduce la insulina glargina (A10AE04) de 20 UI a 12 UI en la noche", "se mantiene la insulina glargina (A10AE04) 20 UI en la mañana")]),
        ("COD002", "N18.5 escrito pero el input trae la ERC sin código.",
         [], put(["diagnosticos", 0], {"texto": "Enfermedad renal crónica estadio 5"})),
        ("REP001", "Frase de laboratorio repetida.",
         [("Egresa a los 6 días sin vómitos,", "Se coloca catéter de hemodiálisis tunelizado en yugular interna derecha y se inicia hemodiálisis, con potasio de 4,8 mEq/L tras 3 sesiones. Egresa a los 6 días sin vómitos,")]),
    ],
})

# 35 España, neurología, ictus isquémico izquierdo con hemiparesia derecha; fuera de ventana
SCENARIOS.append({
    "key": "ictus_es",
    "input": {
        "datos_paciente": {"sexo": "Mujer", "edad": 78},
        "servicio": "Neurología - Unidad de Ictus",
        "motivo": "hemiparesia derecha y afasia al despertar",
        "exploracion": "NIHSS 8 al ingreso; afasia motora, hemiparesia derecha 3/5",
        "pruebas": {"TC_craneal": "hipodensidad en territorio de arteria cerebral media izquierda", "angioTC": "sin oclusión de gran vaso",
                    "ECG": "fibrilación auricular no conocida", "LDL": "142 mg/dL"},
        "diagnosticos": [{"cie": "I63.4", "desc": "Infarto cerebral por embolia de arterias cerebrales", "territorio": "arteria cerebral media izquierda"},
                         {"cie": "I48.9", "desc": "Fibrilación auricular"}],
        "tratamientos_no_aplicados": "fuera de ventana para trombólisis; sin indicación de trombectomía por ausencia de oclusión",
        "tratamiento": [{"atc": "B01AC06", "nombre": "Ácido acetilsalicílico", "pauta": "300 mg cada 24 horas", "estado": "suspendido al día 4"},
                        {"atc": "B01AF02", "nombre": "Apixabán", "pauta": "5 mg cada 12 horas", "inicio": "día 4"},
                        {"atc": "C10AA05", "nombre": "Atorvastatina", "pauta": "80 mg cada 24 horas"}],
        "evolucion": "NIHSS 3 al alta, mejoría de la afasia, disfagia descartada en test de deglución",
        "dias_ingreso": 7,
        "destino": "domicilio con rehabilitación ambulatoria",
    },
    "output": """Ingresa por hemiparesia derecha y afasia al despertar en mujer de 78 años. NIHSS 8 al ingreso, con afasia
motora y hemiparesia derecha 3/5. La TC craneal muestra hipodensidad en territorio de arteria cerebral media izquierda y
la angioTC no muestra oclusión de gran vaso; el ECG revela fibrilación auricular (I48.9) no conocida. Con diagnóstico de
infarto cerebral por embolia de arterias cerebrales (I63.4) izquierdo, queda fuera de ventana para trombólisis y no hay
indicación de trombectomía. Recibe ácido acetilsalicílico (B01AC06) 300 mg cada 24 horas, suspendido al día 4, cuando se
inicia apixabán (B01AF02) 5 mg cada 12 horas, junto con atorvastatina (C10AA05) 80 mg cada 24 horas por LDL de 142 mg/dL.
Se descarta disfagia en el test de deglución. Al alta, NIHSS 3 con mejoría de la afasia. Alta a domicilio a los 7 días
con rehabilitación ambulatoria.""",
    "note": "Trampa: hemiparesia derecha con infarto izquierdo; trombólisis y trombectomía no realizadas; AAS sustituido por apixabán.",
    "variants": [
        ([], "Trampa: abreviaturas ACM izquierda y AAS por los términos del input.",
         [("en territorio de arteria cerebral media izquierda", "en territorio de ACM izquierda"), ("Recibe ácido acetilsalicílico (B01AC06)", "Recibe AAS (B01AC06)")]),
        ([], "Trampa: 'la neuróloga de guardia' no cambia el sexo de la paciente; disfagia descartada (negación).",
         [("Se descarta disfagia", "La neuróloga de guardia descarta disfagia")]),
        ("HAL004", "Territorio de arteria cerebral media derecha; el input dice izquierda.",
         [("hipodensidad en territorio de arteria cerebral media izquierda", "hipodensidad en territorio de arteria cerebral media derecha")]),
        ("HAL001", "Afirma tratamiento con alteplasa, fármaco ausente del input (que dice fuera de ventana).",
         [("queda fuera de ventana para trombólisis y no hay indicación de trombectomía.", "recibe alteplasa intravenosa, sin indicación de trombectomía.")]),
        ("HAL003", "Apixabán 5 mg cada 24 horas; el input dice cada 12 horas.",
         [("apixabán (B01AF02) 5 mg cada 12 horas", "apixabán (B01AF02) 5 mg cada 24 horas")]),
        ("FMT002", "Corchetes alrededor de una aclaración.",
         [("el ECG revela fibrilación auricular (I48.9) no conocida.", "el ECG revela fibrilación auricular (I48.9) [no conocida].")]),
        ("COD003", "Código ATC del ácido acetilsalicílico tras dos puntos, sin paréntesis.",
         [("Recibe ácido acetilsalicílico (B01AC06) 300 mg", "Recibe ácido acetilsalicílico, ATC: B01AC06, 300 mg")]),
    ],
})

# 36 Colombia, infectología, celulitis pierna izquierda, cambio IV a oral
SCENARIOS.append({
    "key": "celulitis_co",
    "input": {
        "paciente": {"sexo": "masculino", "edad": 49, "EPS": "contributivo"},
        "servicio": "Medicina Interna - Infectología",
        "motivo_consulta": "eritema, calor y dolor en pierna izquierda de 3 días con fiebre",
        "examen": "placa eritematosa de 15 cm en cara anterior de pierna izquierda, sin fluctuación; intertrigo interdigital izquierdo; pierna derecha normal",
        "paraclinicos": [{"nombre": "Leucocitos", "valor": "13 900", "unidades": "/mm3", "rango": "4500-11 000"},
                         {"nombre": "PCR", "valor": "78", "unidades": "mg/L", "rango": "0-5"},
                         {"nombre": "Glucemia", "valor": "162", "unidades": "mg/dL", "rango": "70-100"}],
        "ecografia_doppler": "sin trombosis venosa profunda en miembro inferior izquierdo; sin colecciones",
        "diagnosticos": [{"cie10": "L03.1", "descripcion": "Celulitis de otras partes de los miembros", "lado": "izquierdo"},
                         {"cie10": "E11.9", "descripcion": "Diabetes mellitus tipo 2"}],
        "medicamentos": [{"atc": "J01DB04", "nombre": "Cefazolina", "dosis": "1 g", "via": "IV", "frecuencia": "cada 8 horas", "dias": 3},
                         {"atc": "J01DB01", "nombre": "Cefalexina", "dosis": "500 mg", "via": "VO", "frecuencia": "cada 6 horas", "dias": 7, "momento": "egreso"},
                         {"atc": "A10BA02", "nombre": "Metformina", "dosis": "850 mg", "via": "VO", "frecuencia": "cada 12 horas"},
                         {"atc": "D01AC02", "nombre": "Miconazol crema", "dosis": "aplicación", "via": "tópica", "frecuencia": "cada 12 horas"}],
        "evolucion": "afebril a las 48 horas, disminución del eritema",
        "dias_hospitalizacion": 3,
    },
    "output": """Ingresa por eritema, calor y dolor en pierna izquierda de 3 días con fiebre en paciente masculino de 49
años con diabetes mellitus tipo 2 (E11.9) en manejo con metformina (A10BA02) 850 mg cada 12 horas. Al examen, placa
eritematosa de 15 cm en cara anterior de pierna izquierda, sin fluctuación, con intertrigo interdigital izquierdo; pierna
derecha normal. Paraclínicos con leucocitos de 13 900 /mm3, PCR de 78 mg/L y glucemia de 162 mg/dL. La ecografía doppler
descarta trombosis venosa profunda y colecciones en el miembro inferior izquierdo. Con diagnóstico de celulitis de otras
partes de los miembros (L03.1) izquierda recibe cefazolina (J01DB04) 1 g IV cada 8 horas por 3 días y miconazol crema
(D01AC02) cada 12 horas. Evoluciona afebril a las 48 horas con disminución del eritema. Egresa con cefalexina (J01DB01)
500 mg VO cada 6 horas por 7 días y control por consulta externa.""",
    "note": "Trampa: TVP descartada por doppler; cambio de cefazolina IV a cefalexina oral, ambos en el input.",
    "variants": [
        ([], "Trampa: hiperglucemia sustentada por glucemia 162 mg/dL sobre el rango del input.",
         [("y glucemia de 162 mg/dL.", "e hiperglucemia de 162 mg/dL.")]),
        ([], "Trampa: no requiere drenaje quirúrgico ni clindamicina (negación).",
         [("sin fluctuación, con intertrigo", "sin fluctuación, por lo que no requiere drenaje quirúrgico, con intertrigo")]),
        ("HAL004", "Celulitis en pierna derecha; el input dice izquierda.",
         [("placa eritematosa de 15 cm en cara anterior de pierna izquierda", "placa eritematosa de 15 cm en cara anterior de pierna derecha"),
          ("; pierna derecha normal.", "; pierna izquierda normal.")]),
        ("HAL003", "Cefalexina cada 8 horas; el input dice cada 6 horas.",
         [("500 mg VO cada 6 horas por 7 días", "500 mg VO cada 8 horas por 7 días")]),
        ("COD006", "Miconazol sin código ATC.",
         [("miconazol crema (D01AC02) cada 12 horas", "miconazol crema cada 12 horas")]),
        ("COD004", "J01DB01 escrito para la cefalexina, pero el input la trae sin código ATC.",
         [], lambda d: d["medicamentos"][1].pop("atc") and None),
        ("COD001", "Código CIE-10 tras dos puntos, sin paréntesis.",
         [("celulitis de otras partes de los miembros (L03.1) izquierda", "celulitis de otras partes de los miembros izquierda, código L03.1,")]),
    ],
})

# 37 Chile, geriatría, ITU con delirium, fecha de nacimiento, sonda retirada
SCENARIOS.append({
    "key": "geriatria_cl",
    "input": {
        "identificacion": {"sexo": "Femenino", "fecha_nacimiento": "1936-05-09", "fecha_ingreso": "2024-09-17"},
        "servicio": "Geriatría Agudos",
        "motivo": "confusión aguda fluctuante y fiebre de 1 día",
        "acompanante": "hija, cuidadora principal",
        "examenes": [{"examen": "Sedimento urinario", "resultado": "leucocitos > 100 por campo, nitritos positivos"},
                     {"examen": "Urocultivo", "resultado": "Escherichia coli > 100 000 UFC/mL sensible a ceftriaxona"},
                     {"examen": "Creatinina", "resultado": "1,3 mg/dL", "rango": "0,5-1,1"},
                     {"examen": "Sodio", "resultado": "137 mEq/L", "rango": "135-145"}],
        "diagnosticos": [{"cie10": "N39.0", "nombre": "Infección de vías urinarias"}, {"cie10": "F05.0", "nombre": "Delirium no superpuesto a demencia"}],
        "antecedentes": [{"cie10": "I10", "nombre": "Hipertensión arterial"}, {"cie10": "M81.0", "nombre": "Osteoporosis"}],
        "dispositivos": [{"dispositivo": "sonda Foley", "instalacion": "2024-09-17", "retiro": "2024-09-19", "motivo": "retención urinaria transitoria"}],
        "farmacos": [{"atc": "J01DD04", "nombre": "Ceftriaxona", "dosis": "1 g", "via": "EV", "frecuencia": "cada 24 horas", "dias": 4},
                     {"atc": "J01DB01", "nombre": "Cefalexina", "dosis": "500 mg", "via": "oral", "frecuencia": "cada 6 horas", "dias": 3},
                     {"atc": "C09CA01", "nombre": "Losartán", "dosis": "50 mg", "via": "oral", "frecuencia": "cada 24 horas"},
                     {"atc": "N05AD01", "nombre": "Haloperidol", "dosis": "0,5 mg", "via": "oral", "frecuencia": "en la noche", "estado": "suspendido al día 3"}],
        "evolucion": "delirium resuelto, deambula con bastón, medidas no farmacológicas con la familia",
        "dias_hospitalizacion": 5,
    },
    "output": """Ingresa por confusión aguda fluctuante y fiebre de 1 día en paciente de sexo femenino de ochenta y ocho
años, acompañada por su hija, cuidadora principal. Antecedentes de hipertensión arterial (I10) en tratamiento con
losartán (C09CA01) 50 mg cada 24 horas y osteoporosis (M81.0). Sedimento urinario con leucocitos sobre 100 por campo y
nitritos positivos; urocultivo con Escherichia coli sensible a ceftriaxona. Creatinina de 1,3 mg/dL y sodio de 137 mEq/L.
Se diagnostica infección de vías urinarias (N39.0) y delirium no superpuesto a demencia (F05.0). Recibe ceftriaxona
(J01DD04) 1 g EV cada 24 horas por 4 días y haloperidol (N05AD01) 0,5 mg en la noche, suspendido al día 3, junto con
medidas no farmacológicas con la familia. Se instala sonda Foley por retención urinaria transitoria, retirada al segundo
día. Evoluciona con delirium resuelto y deambula con bastón. Alta a los 5 días con cefalexina (J01DB01) 500 mg oral cada
6 horas por 3 días.""",
    "note": "Limpio: edad en palabras (88) coherente con nacimiento 1936-05-09 e ingreso 2024-09-17; hija acompañante; sonda retirada.",
    "variants": [
        ([], "Trampa: hiponatremia descartada con sodio 137 dentro del rango; no se indica benzodiacepina.",
         [("Creatinina de 1,3 mg/dL y sodio de 137 mEq/L.", "Creatinina de 1,3 mg/dL; sodio de 137 mEq/L, sin hiponatremia.")]),
        ("DEM001", "Edad 'setenta y ocho' contradice las fechas (88 años).",
         [("ochenta y ocho años", "setenta y ocho años")]),
        ("HAL001", "Hiponatremia afirmada con sodio normal (137, rango 135-145).",
         [("Creatinina de 1,3 mg/dL y sodio de 137 mEq/L.", "Creatinina de 1,3 mg/dL e hiponatremia con sodio de 137 mEq/L.")]),
        ("HAL003", "Ceftriaxona 1 g cada 6 horas; el input dice cada 24 horas (el 6 es de la cefalexina).",
         [("(J01DD04) 1 g EV cada 24 horas", "(J01DD04) 1 g EV cada 6 horas")]),
        ("COD005", "Códigos de ITU y delirium intercambiados.",
         [("infección de vías urinarias (N39.0) y delirium no superpuesto a demencia (F05.0)", "infección de vías urinarias (F05.0) y delirium no superpuesto a demencia (N39.0)")]),
        ("COD007", "N39.0 cambiado por N24.0 (inexistente) en input y output.",
         [("infección de vías urinarias (N39.0)", "infección de vías urinarias (N24.0)")], put(["diagnosticos", 0, "cie10"], "N24.0")),
    ],
})
