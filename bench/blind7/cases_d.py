# -*- coding: utf-8 -*-
"""Scenarios D: obstetrics and gynaecology, paediatric surgery."""
from helpers import put, drop, append, both

SCENARIOS = []

# 26 México, cesárea por presentación pélvica; RN masculino
SCENARIOS.append({
    "key": "cesarea_mx",
    "input": {
        "paciente": {"sexo": "Femenino", "edad": 31, "gestas": "G2P1"},
        "servicio": "Ginecología y Obstetricia",
        "motivo": "embarazo de 39 semanas con presentación pélvica y trabajo de parto incipiente",
        "diagnosticos": [{"cie10": "O32.1", "descripcion": "Atención materna por presentación de nalgas"},
                         {"cie10": "O99.0", "descripcion": "Anemia que complica el embarazo"}],
        "laboratorio": {"Hb_preoperatoria": "10,4 g/dL (ref 11-15)", "plaquetas": "231 000 /µL"},
        "procedimiento": {"nombre": "Cesárea segmentaria transperitoneal", "anestesia": "bloqueo peridural", "fecha": "2024-07-19",
                          "sangrado": "500 ml"},
        "recien_nacido": {"sexo": "masculino", "peso": "3280 g", "apgar": "8/9"},
        "medicamentos": [{"atc": "J01DB04", "nombre": "Cefazolina", "dosis": "2 g", "via": "IV", "frecuencia": "dosis única"},
                         {"atc": "H01BB02", "nombre": "Oxitocina", "dosis": "20 UI en 1000 ml", "via": "IV", "frecuencia": "infusión por 8 horas"},
                         {"atc": "B03AA07", "nombre": "Sulfato ferroso", "dosis": "200 mg", "via": "VO", "frecuencia": "cada 24 horas"},
                         {"atc": "M01AB15", "nombre": "Ketorolaco", "dosis": "30 mg", "via": "IV", "frecuencia": "cada 8 horas"}],
        "evolucion": "puerperio quirúrgico inmediato sin complicaciones, útero contraído, loquios normales, tolera vía oral, deambula",
        "dias_estancia": 2,
    },
    "output": """Ingresa por embarazo de 39 semanas con presentación pélvica y trabajo de parto incipiente en paciente de
31 años, G2P1, con diagnóstico de atención materna por presentación de nalgas (O32.1) y anemia que complica el embarazo
(O99.0), con Hb preoperatoria de 10,4 g/dL. Se realiza cesárea segmentaria transperitoneal bajo bloqueo peridural, con
sangrado de 500 ml y profilaxis con cefazolina (J01DB04) 2 g IV. Se obtiene recién nacido masculino de 3280 g, Apgar
8/9. Recibe oxitocina (H01BB02) 20 UI en 1000 ml IV en infusión por 8 horas y ketorolaco (M01AB15) 30 mg IV cada 8
horas. Cursa puerperio quirúrgico inmediato sin complicaciones, con útero contraído, loquios normales, tolera vía oral y
deambula. Egresa a los 2 días con sulfato ferroso (B03AA07) 200 mg VO cada 24 horas, cita a revisión de herida y
control del recién nacido en pediatría.""",
    "note": "Trampa: el recién nacido masculino no contradice el sexo femenino de la paciente.",
    "variants": [
        ([], "Trampa: 'la anestesióloga' y 'su esposo' presentes; anemia sustentada por Hb 10,4 bajo el rango.",
         [("bajo bloqueo peridural,", "bajo bloqueo peridural aplicado por la anestesióloga, con su esposo presente,")]),
        ([], "Trampa: no se requirió histerectomía ni transfusión: negación.",
         [("Cursa puerperio quirúrgico", "No requirió transfusión. Cursa puerperio quirúrgico")]),
        ("DEM001", "Paciente masculino por concordancia ('el paciente ... operado').",
         [("en paciente de\n31 años", "x")] if False else [("en paciente de 31 años, G2P1,", "en el paciente masculino de 31 años,")]),
        ("HAL003", "Sulfato ferroso cada 8 horas; el input dice cada 24 horas.",
         [("200 mg VO cada 24 horas", "200 mg VO cada 8 horas")]),
        ("CLN001", "Salbutamol sin ningún diagnóstico respiratorio en el input.",
         [("Egresa a los 2 días con sulfato ferroso (B03AA07) 200 mg VO cada 24 horas,", "Egresa a los 2 días con sulfato ferroso (B03AA07) 200 mg VO cada 24 horas y salbutamol (R03AC02) 2 disparos cada 8 horas,")],
         append(["medicamentos"], {"atc": "R03AC02", "nombre": "Salbutamol", "dosis": "2 disparos", "via": "inhalada", "frecuencia": "cada 8 horas"})),
    ],
})

# 27 Chile, preeclampsia severa, sulfato de magnesio sin código
SCENARIOS.append({
    "key": "preeclampsia_cl",
    "input": {
        "paciente": {"sexo": "F", "edad": 26},
        "servicio": "Alto Riesgo Obstétrico",
        "motivo": "embarazo de 34 semanas con cefalea y presión arterial de 168/112 mmHg",
        "laboratorio": [{"examen": "Proteinuria 24 h", "valor": "2,1 g", "ref": "< 0,3 g"},
                        {"examen": "Plaquetas", "valor": "142 000 /mm3", "ref": "150 000-400 000"},
                        {"examen": "GOT", "valor": "38 U/L", "ref": "< 40"},
                        {"examen": "LDH", "valor": "410 U/L", "ref": "< 600"},
                        {"examen": "Creatinina", "valor": "0,8 mg/dL"}],
        "diagnosticos": [{"cie10": "O14.1", "glosa": "Preeclampsia severa"}],
        "tratamiento": [{"nombre": "Sulfato de magnesio", "dosis": "carga de 5 g y mantención de 1 g/hora", "via": "EV", "duracion": "24 horas"},
                        {"atc": "C02AB01", "nombre": "Metildopa", "dosis": "500 mg", "via": "oral", "frecuencia": "cada 8 horas"},
                        {"atc": "C08CA05", "nombre": "Nifedipino", "dosis": "20 mg", "via": "oral", "frecuencia": "cada 12 horas"},
                        {"atc": "H02AB01", "nombre": "Betametasona", "dosis": "12 mg", "via": "IM", "frecuencia": "cada 24 horas por 2 dosis"}],
        "parto": "inducción fallida, cesárea a las 35 semanas; recién nacida femenina de 2380 g",
        "evolucion": "presiones en rango en puerperio, sin síntomas neurológicos",
        "dias_hospitalizacion": 8,
    },
    "output": """Ingresa por embarazo de 34 semanas con cefalea y presión arterial de 168/112 mmHg en paciente de 26 años,
diagnosticándose preeclampsia severa (O14.1). Laboratorio con proteinuria de 24 h de 2,1 g, plaquetas de 142 000 /mm3,
GOT de 38 U/L, LDH de 410 U/L y creatinina de 0,8 mg/dL. Recibe sulfato de magnesio con carga de 5 g y mantención de
1 g/hora EV por 24 horas, betametasona (H02AB01) 12 mg IM cada 24 horas por 2 dosis para maduración pulmonar,
metildopa (C02AB01) 500 mg oral cada 8 horas y nifedipino (C08CA05) 20 mg oral cada 12 horas. Tras inducción fallida
se realiza cesárea a las 35 semanas, con recién nacida femenina de 2380 g. En el puerperio mantiene presiones en rango y
sin síntomas neurológicos. Se otorga el alta a los 8 días con control de presión en policlínico de alto riesgo
obstétrico.""",
    "note": "Limpio: sulfato de magnesio sin código en el input y sin código en el output; GOT y LDH normales, no se afirma HELLP.",
    "variants": [
        ([], "Trampa: síndrome de HELLP descartado con GOT y LDH normales del input.",
         [("y creatinina de 0,8 mg/dL.", "y creatinina de 0,8 mg/dL, que descartan síndrome de HELLP.")]),
        ([], "Trampa: trombocitopenia leve sustentada por plaquetas 142 000 bajo el rango.",
         [("plaquetas de 142 000 /mm3,", "trombocitopenia leve de 142 000 /mm3,")]),
        ("HAL001", "Eclampsia afirmada; el input no la registra.",
         [("sin síntomas neurológicos.", "sin síntomas neurológicos tras una crisis de eclampsia el día de la cesárea.")]),
        ("HAL003", "Nifedipino 20 mg cada 8 horas; el input dice cada 12 horas.",
         [("nifedipino (C08CA05) 20 mg oral cada 12 horas", "nifedipino (C08CA05) 20 mg oral cada 8 horas")]),
        ("COD004", "Sulfato de magnesio con código ATC inventado (A12CC02) ausente del input.",
         [("Recibe sulfato de magnesio con carga", "Recibe sulfato de magnesio (A12CC02) con carga")]),
    ],
})

# 28 Argentina, embarazo ectópico tubárico derecho, salpingectomía
SCENARIOS.append({
    "key": "ectopico_der_ar",
    "input": "Paciente: mujer de 29 años. Servicio: Ginecología. Motivo: dolor en fosa ilíaca derecha y metrorragia, amenorrea de 7 semanas. "
             "Laboratorio: beta-hCG 3850 mUI/mL; hemoglobina 10,9 g/dL. Ecografía transvaginal: masa anexial derecha de 32 mm con "
             "líquido libre en fondo de saco; ovario izquierdo normal; útero vacío. Diagnóstico: Embarazo tubárico (O00.1), trompa derecha. "
             "Procedimiento: salpingectomía laparoscópica derecha; trompa izquierda de aspecto normal. Medicación: cefazolina (J01DB04) 2 g EV "
             "dosis única; ibuprofeno (M01AE01) 400 mg VO cada 8 h por 3 días. Grupo O Rh negativo: inmunoglobulina anti-D (J06BB01) 300 mcg IM dosis única. "
             "Evolución: afebril, tolera vía oral, deambula. Internación: 2 días.",
    "output": """Ingresa por dolor en fosa ilíaca derecha y metrorragia con amenorrea de 7 semanas en paciente de sexo
femenino de 29 años. Beta-hCG de 3850 mUI/mL y hemoglobina de 10,9 g/dL. La ecografía transvaginal muestra masa anexial
derecha de 32 mm con líquido libre en fondo de saco, útero vacío y ovario izquierdo normal. Con diagnóstico de embarazo
tubárico (O00.1) derecho se realiza salpingectomía laparoscópica derecha, constatándose trompa izquierda de aspecto
normal, con profilaxis con cefazolina (J01DB04) 2 g EV. Por grupo O Rh negativo recibe inmunoglobulina anti-D (J06BB01)
300 mcg IM en dosis única. Evoluciona afebril, tolera vía oral y deambula. Egresa a los 2 días de internación con
ibuprofeno (M01AE01) 400 mg VO cada 8 h por 3 días y control de beta-hCG por consultorio de ginecología.""",
    "note": "Limpio: input en texto libre; trompa izquierda y ovario izquierdo normales mencionados de paso.",
    "variants": [
        ([], "Trampa: metotrexato no indicado por masa de 32 mm; negación.",
         [("Con diagnóstico de embarazo", "No se indica metotrexato. Con diagnóstico de embarazo")]),
        ("HAL004", "Salpingectomía izquierda; el input dice derecha.",
         [("salpingectomía laparoscópica derecha", "salpingectomía laparoscópica izquierda")]),
        ("HAL002", "Masa anexial de 23 mm; el input dice 32 mm.",
         [("derecha de 32 mm", "derecha de 23 mm")]),
        ("COD003", "Código ATC escrito sin paréntesis tras la inmunoglobulina.",
         [("inmunoglobulina anti-D (J06BB01)", "inmunoglobulina anti-D, ATC J06BB01,")]),
    ],
})

# 29 España, torsión anexial izquierda
SCENARIOS.append({
    "key": "torsion_izq_es",
    "input": {
        "Paciente": {"Sexo": "M", "Edad": 17, "Nota": "M = mujer en el sistema de este centro"},
        "Sexo_texto": "mujer",
        "Servicio": "Ginecología",
        "Motivo": "dolor abdominal brusco en fosa ilíaca izquierda con vómitos de 6 horas",
        "Ecografia": "quiste de ovario izquierdo de 7 cm con signo del remolino y flujo disminuido; ovario derecho normal",
        "Analitica": "leucocitos 12 400/µL; beta-hCG negativa",
        "Diagnosticos": [{"CIE": "N83.5", "Desc": "Torsión de ovario y trompa", "Lado": "izquierdo"},
                         {"CIE": "N83.2", "Desc": "Quiste ovárico", "Lado": "izquierdo"}],
        "Intervencion": {"Fecha": "2024-04-03", "Tecnica": "Laparoscopia con detorsión anexial y quistectomía", "Lado": "izquierdo"},
        "Tratamiento": [{"ATC": "N02BB02", "Nombre": "Metamizol", "Pauta": "575 mg vía oral cada 8 horas"},
                        {"ATC": "A03FA01", "Nombre": "Metoclopramida", "Pauta": "10 mg intravenosa cada 8 horas", "Estado": "suspendida al alta"}],
        "Evolucion": "ovario recupera coloración tras detorsión; tolerancia oral y deambulación",
        "Estancia": "2 días",
    },
    "output": """Ingresa por dolor abdominal brusco en fosa ilíaca izquierda con vómitos de 6 horas de evolución en mujer
de 17 años. Leucocitos de 12 400/µL y beta-hCG negativa. La ecografía muestra quiste de ovario izquierdo de 7 cm con signo
del remolino y flujo disminuido, con ovario derecho normal. Con diagnóstico de torsión de ovario y trompa (N83.5)
izquierda sobre quiste ovárico (N83.2) izquierdo, se realiza laparoscopia con detorsión anexial y quistectomía izquierda.
El ovario recupera coloración tras la detorsión, por lo que se conserva. Recibe metoclopramida (A03FA01) 10 mg intravenosa
cada 8 horas, suspendida al alta. Presenta buena tolerancia oral y deambulación. Alta a los 2 días con metamizol
(N02BB02) 575 mg vía oral cada 8 horas y control en consultas de ginecología con ecografía.""",
    "note": "Trampa: el código de sexo 'M' significa mujer en ese centro (el input lo aclara); la paciente es mujer.",
    "variants": [
        ([], "Trampa: anexectomía no realizada porque el ovario se conserva; negación explícita.",
         [("por lo que se conserva.", "por lo que se conserva y no se realiza anexectomía.")]),
        ("HAL004", "Quistectomía derecha; el input dice izquierdo.",
         [("detorsión anexial y quistectomía izquierda", "detorsión anexial y quistectomía derecha")]),
        ("DEM001", "Edad 7 años (tamaño del quiste) en lugar de 17.",
         [("en mujer de 17 años", "en niña de 7 años")]),
        ("COD001", "CIE-10 de la torsión escrito sin paréntesis.",
         [("torsión de ovario y trompa (N83.5) izquierda", "torsión de ovario y trompa N83.5 izquierda")]),
    ],
})

# 30 Perú, hemorragia postparto por atonía
SCENARIOS.append({
    "key": "hpp_pe",
    "input": {
        "filiacion": {"sexo": "femenino", "edad": 34, "paridad": "G4P4"},
        "servicio": "Obstetricia",
        "parto": {"tipo": "vaginal eutócico", "fecha": "2024-11-02", "rn": "femenino, 3600 g, Apgar 9/9"},
        "complicacion": "hemorragia posparto por atonía uterina con pérdida estimada de 1500 ml",
        "diagnosticos": [{"cie10": "O72.1", "nombre": "Hemorragia posparto inmediata"}, {"cie10": "D62", "nombre": "Anemia poshemorrágica aguda"}],
        "laboratorio": [{"examen": "Hemoglobina", "pre": "11,8 g/dL", "post": "7,2 g/dL"}, {"examen": "Fibrinógeno", "valor": "310 mg/dL"}],
        "manejo": [{"atc": "H01BB02", "nombre": "Oxitocina", "dosis": "40 UI en 1000 ml", "via": "EV"},
                   {"atc": "G02AD06", "nombre": "Misoprostol", "dosis": "800 mcg", "via": "sublingual", "frecuencia": "dosis única"},
                   {"atc": "B02AA02", "nombre": "Ácido tranexámico", "dosis": "1 g", "via": "EV", "frecuencia": "dosis única"},
                   {"nombre": "Transfusión de paquete globular", "cantidad": "2 unidades"},
                   {"atc": "B03AA07", "nombre": "Sulfato ferroso", "dosis": "300 mg", "via": "VO", "frecuencia": "cada 24 horas", "alta": True}],
        "dispositivos": [{"tipo": "sonda Foley", "colocacion": "2024-11-02", "retiro": "2024-11-03"}],
        "no_realizado": "balón de Bakri y histerectomía no requeridos",
        "evolucion": "útero contraído, sangrado escaso, Hb de control 8,9 g/dL",
        "estancia_dias": 3,
    },
    "output": """Ingresa por parto vaginal eutócico en paciente de 34 años, G4P4, con recién
nacida femenina de 3600 g y Apgar 9/9. Presenta hemorragia posparto inmediata (O72.1) por atonía uterina, con pérdida
estimada de 1500 ml, manejada con oxitocina (H01BB02) 40 UI en 1000 ml EV, misoprostol (G02AD06) 800 mcg sublingual y
ácido tranexámico (B02AA02) 1 g EV en dosis única, sin requerir balón de Bakri ni histerectomía. Hemoglobina de 11,8 g/dL
antes y 7,2 g/dL después del evento, con anemia poshemorrágica aguda (D62) que requiere transfusión de 2 unidades de
paquete globular; fibrinógeno de 310 mg/dL. Se coloca sonda Foley, que se retira al día siguiente. Evoluciona con útero
contraído, sangrado escaso y Hb de control de 8,9 g/dL. Se da de alta a los 3 días con sulfato ferroso (B03AA07) 300 mg
VO cada 24 horas.""",
    "note": "Trampa: balón de Bakri e histerectomía negados; recién nacida y madre ambas femeninas.",
    "variants": [
        ([], "Trampa: sinónimo 'hemorragia postparto' y 'paquete globular' como concentrado de hematíes.",
         [("que requiere transfusión de 2 unidades de paquete globular;", "que requiere transfusión de 2 unidades de paquete globular (concentrado de hematíes);")]),
        ("HAL001", "Embolización de arterias uterinas afirmada; no figura en el input.",
         [("sin requerir balón de Bakri ni histerectomía.", "y embolización de arterias uterinas.")]),
        ("HAL003", "Misoprostol por vía intravenosa; el input dice sublingual.",
         [("800 mcg sublingual", "800 mcg EV")]),
        ("COD005", "O72.1 etiquetado como anemia y D62 como hemorragia.",
         [("hemorragia posparto inmediata (O72.1)", "hemorragia posparto inmediata (D62)"), ("anemia poshemorrágica aguda (D62)", "anemia poshemorrágica aguda (O72.1)")]),
        ("FMT001", "Empieza con comillas antes de 'Ingresa por'.",
         [("Ingresa por parto vaginal", "\"Ingresa por parto vaginal")]),
    ],
})

# 31 España, cirugía pediátrica, orquidopexia izquierda, 2 años
SCENARIOS.append({
    "key": "orquidopexia_es",
    "input": {
        "paciente": {"sexo": "varón", "fecha_nacimiento": "2022-03-14", "fecha_ingreso": "2024-05-21"},
        "servicio": "Cirugía Pediátrica (CMA)",
        "diagnostico": [{"codigo": "Q53.1", "descripcion": "Testículo no descendido, unilateral", "lado": "izquierdo"}],
        "exploracion": "testículo izquierdo palpable en canal inguinal, no descendible; teste derecho en bolsa",
        "intervencion": {"tecnica": "Orquidopexia inguinal", "lado": "izquierdo", "anestesia": "general con bloqueo caudal"},
        "medicacion_alta": [{"atc": "N02BE01", "farmaco": "Paracetamol", "pauta": "15 mg/kg cada 6 horas"},
                            {"atc": "M01AE01", "farmaco": "Ibuprofeno", "pauta": "10 mg/kg cada 8 horas si dolor"}],
        "evolucion": "micción espontánea, tolera líquidos, herida inguinal y escrotal limpias",
        "peso": "12,5 kg",
    },
    "output": """Ingresa por testículo no descendido, unilateral (Q53.1) izquierdo en régimen de cirugía mayor ambulatoria;
varón de dos años, de 12,5 kg. En la exploración, testículo izquierdo palpable en canal inguinal, no descendible, con
teste derecho en bolsa. Se realiza orquidopexia inguinal izquierda bajo anestesia general con bloqueo caudal, sin
incidencias. En el postoperatorio presenta micción espontánea, tolera líquidos y las heridas inguinal y escrotal están
limpias. Se da de alta el mismo día acompañado de sus padres con paracetamol (N02BE01) 15 mg/kg cada 6 horas e ibuprofeno
(M01AE01) 10 mg/kg cada 8 horas si dolor. Se explican signos de alarma y se cita en consultas externas de cirugía
pediátrica para control de posición testicular y de la herida.""",
    "note": "Limpio: 'dos años' en palabras, coherente con nacimiento 2022-03-14 e ingreso 2024-05-21; teste derecho sano de paso.",
    "variants": [
        ([], "Trampa: hernia inguinal descartada durante la cirugía; negación.",
         [("sin incidencias.", "sin incidencias; no se encuentra hernia inguinal asociada.")]),
        ("HAL004", "Orquidopexia derecha; el input dice izquierdo.",
         [("orquidopexia inguinal izquierda", "orquidopexia inguinal derecha")]),
        ("DEM001", "Edad 'doce años' incoherente con las fechas (2 años).",
         [("varón de dos años", "varón de doce años")]),
        ("HAL003", "Ibuprofeno cada 6 horas; el input dice cada 8 horas.",
         [("10 mg/kg cada 8 horas si dolor", "10 mg/kg cada 6 horas si dolor")]),
        ("COD006", "Paracetamol sin su código ATC.",
         [("paracetamol (N02BE01) 15 mg/kg", "paracetamol 15 mg/kg")]),
        ("FMT003", "Texto corto (menos de 80 palabras).",
         [("En la exploración, testículo izquierdo palpable en canal inguinal, no descendible, con teste derecho en bolsa. ", ""),
          ("En el postoperatorio presenta micción espontánea, tolera líquidos y las heridas inguinal y escrotal están limpias. ", ""),
          ("Se explican signos de alarma y se cita en consultas externas de cirugía pediátrica para control de posición testicular y de la herida.", "Control en consultas.")]),
    ],
})
