# -*- coding: utf-8 -*-
"""Scenarios B: general surgery, neurosurgery, breast, ICU, paediatrics, neonatology."""
from helpers import put, drop, append, both

SCENARIOS = []

# 15 Argentina, hernia inguinal derecha con hernia izquierda en seguimiento
SCENARIOS.append({
    "key": "hernia_der_ar",
    "input": {
        "paciente": {"sexo": "masculino", "edad": 58},
        "servicio": "Cirugía General - Pared Abdominal",
        "diagnosticos": [{"codigo": "K40.9", "descripcion": "Hernia inguinal unilateral sin obstrucción ni gangrena", "lado": "derecho"}],
        "hallazgos": "hernia inguinal indirecta derecha reductible; hernia inguinal izquierda pequeña asintomática, conducta expectante",
        "antecedentes": [{"codigo": "J44.9", "descripcion": "EPOC"}],
        "medicacion_habitual": [{"atc": "R03AL04", "droga": "Indacaterol/glicopirronio", "dosis": "110/50 mcg", "via": "inhalatoria", "frecuencia": "cada 24 h"}],
        "cirugia": {"fecha": "2024-10-01", "tecnica": "Hernioplastia con malla de polipropileno tipo Lichtenstein", "lado": "derecho", "anestesia": "raquídea"},
        "medicacion_alta": [{"atc": "M01AE01", "droga": "Ibuprofeno", "dosis": "600 mg", "via": "oral", "frecuencia": "cada 8 h", "duracion": "5 días"}],
        "evolucion": "afebril, diuresis espontánea, deambula, herida sin signos de infección",
        "internacion_horas": 24,
    },
    "output": """Ingresa por hernia inguinal unilateral sin obstrucción ni gangrena (K40.9) derecha para cirugía
programada en paciente de sexo masculino de 58 años, con EPOC (J44.9) en tratamiento con indacaterol/glicopirronio
(R03AL04) 110/50 mcg inhalado cada 24 h. Al examen presenta hernia inguinal indirecta derecha reductible y una hernia
inguinal izquierda pequeña asintomática, en la que se decide conducta expectante. Se realiza hernioplastia con malla de
polipropileno tipo Lichtenstein derecha bajo anestesia raquídea, sin complicaciones. Evoluciona afebril, con diuresis
espontánea, deambula y la herida no presenta signos de infección. Egresa a las 24 h con ibuprofeno (M01AE01) 600 mg cada
8 h por 5 días, pautas de alarma y control por consultorio de pared abdominal.""",
    "note": "Limpio: hernia izquierda contralateral mencionada en seguimiento, como en el input; la operada es la derecha.",
    "variants": [
        ([], "Trampa: 'no se opera la hernia izquierda' (procedimiento no realizado) y anestesista varón.",
         [("en la que se decide conducta expectante.", "que no se opera por decisión conjunta con el anestesista.")]),
        ("HAL004", "Hernioplastia izquierda; el input dice derecho.",
         [("tipo Lichtenstein derecha", "tipo Lichtenstein izquierda")]),
        ("HAL003", "Ibuprofeno 600 mg cada 24 h; el input dice cada 8 h.",
         [("600 mg cada 8 h por 5 días", "600 mg cada 24 h por 5 días")]),
        ("COD004", "R03AL04 en el output pero el input trae el inhalador sin código.",
         [], drop(["medicacion_habitual", 0, "atc"])),
        ("FMT001", "Empieza con el encabezado 'Epicrisis:'.",
         [("Ingresa por hernia", "Epicrisis: Ingresa por hernia")]),
        ("CLN001", "Alopurinol sin gota ni hiperuricemia en los diagnósticos.",
         [("Egresa a las 24 h con ibuprofeno (M01AE01) 600 mg cada 8 h por 5 días,", "Egresa a las 24 h con ibuprofeno (M01AE01) 600 mg cada 8 h por 5 días y alopurinol (M04AA01) 100 mg cada 24 h,")],
         append(["medicacion_alta"], {"atc": "M04AA01", "droga": "Alopurinol", "dosis": "100 mg", "via": "oral", "frecuencia": "cada 24 h"})),
    ],
})

# 16 Chile, pancreatitis biliar, colecistectomía diferida (no realizada)
SCENARIOS.append({
    "key": "pancreatitis_cl",
    "input": {
        "paciente": {"sexo": "Femenino", "edad": 44},
        "servicio": "Cirugía Digestiva",
        "anamnesis": "dolor epigástrico en cinturón de 12 horas con vómitos",
        "laboratorio": [
            {"examen": "Lipasa", "valor": 2450, "unidad": "U/L", "rango": "13-60"},
            {"examen": "Bilirrubina total", "valor": 2.8, "unidad": "mg/dL", "rango": "0,2-1,2"},
            {"examen": "GPT", "valor": 310, "unidad": "U/L", "rango": "< 35"},
            {"examen": "PCR a las 48 h", "valor": 88, "unidad": "mg/L"},
            {"examen": "Calcio", "valor": 9.1, "unidad": "mg/dL"}],
        "imagenes": ["Ecotomografía abdominal: colelitiasis, colédoco de 6 mm", "Colangio-RM: sin coledocolitiasis residual"],
        "diagnosticos": [{"cie10": "K85.1", "nombre": "Pancreatitis aguda biliar"}, {"cie10": "K80.2", "nombre": "Colelitiasis"}],
        "tratamiento": [{"atc": "N02AX02", "nombre": "Tramadol", "dosis": "100 mg", "via": "EV", "frecuencia": "cada 8 horas"},
                        {"atc": "A03FA01", "nombre": "Metoclopramida", "dosis": "10 mg", "via": "EV", "frecuencia": "cada 8 horas"}],
        "plan": "colecistectomía laparoscópica electiva diferida en 4 semanas; no se realiza CPRE por ausencia de coledocolitiasis",
        "evolucion": "realimentación oral al día 3 bien tolerada, dolor resuelto",
        "dias_hospitalizacion": 5,
    },
    "output": """Ingresa por dolor epigástrico en cinturón de 12 horas con vómitos en paciente de sexo femenino de 44 años.
Laboratorio con lipasa de 2450 U/L, bilirrubina total de 2,8 mg/dL, GPT de 310 U/L y calcio de 9,1 mg/dL; PCR a las 48 h
de 88 mg/L. La ecotomografía abdominal muestra colelitiasis con colédoco de 6 mm y la colangio-RM descarta coledocolitiasis
residual, por lo que no se realiza CPRE. Se diagnostica pancreatitis aguda biliar (K85.1) y colelitiasis (K80.2), manejada
con tramadol (N02AX02) 100 mg EV cada 8 horas y metoclopramida (A03FA01) 10 mg EV cada 8 horas.
Evoluciona con dolor resuelto y realimentación oral al día 3 bien tolerada. Se otorga el alta a los 5 días, con
colecistectomía laparoscópica electiva diferida en 4 semanas y control en policlínico de cirugía.""",
    "note": "Trampa: colecistectomía planificada y CPRE no realizada; ninguna se afirma como hecha.",
    "variants": [
        ([], "Trampa: hiperbilirrubinemia sustentada por bilirrubina 2,8 mg/dL sobre el rango; necrosis descartada.",
         [("bilirrubina total de 2,8 mg/dL,", "hiperbilirrubinemia de 2,8 mg/dL, sin evidencia de necrosis,")]),
        ("HAL001", "Afirma que se realizó CPRE con papilotomía; el input dice que no se realizó y el procedimiento no figura como hecho.",
         [("por lo que no se realiza CPRE.", "pese a lo cual se realiza papilotomía endoscópica.")]),
        ("DEM001", "Concordancia masculina: 'el paciente ... manejado'.",
         [("en paciente de sexo femenino de 44 años", "en un paciente varón de 44 años")]),
        ("HAL002", "Lipasa de 2540 U/L: cifra que no figura en el input.",
         [("lipasa de 2450 U/L", "lipasa de 2540 U/L")]),
        ("COD005", "Códigos de pancreatitis y colelitiasis intercambiados.",
         [("pancreatitis aguda biliar (K85.1) y colelitiasis (K80.2)", "pancreatitis aguda biliar (K80.2) y colelitiasis (K85.1)")]),
        ("REP001", "Frase de alta duplicada.",
         [("Se otorga el alta a los 5 días,", "Evoluciona con dolor resuelto y realimentación oral al día 3 bien tolerada. Se otorga el alta a los 5 días,")]),
    ],
})

# 17 España, neurocirugía, hematoma subdural crónico izquierdo
SCENARIOS.append({
    "key": "hsd_izq_es",
    "input": {
        "paciente": {"sexo": "Hombre", "fecha_nacimiento": "1948-12-30"},
        "episodio": {"ingreso": "2024-01-08", "alta": "2024-01-13", "servicio": "Neurocirugía"},
        "motivo": "cefalea y torpeza de mano derecha de 2 semanas tras traumatismo leve",
        "exploracion": "Glasgow 15, paresia 4/5 de miembro superior derecho",
        "pruebas": {"TC": "hematoma subdural crónico hemisférico izquierdo de 18 mm con desviación de línea media de 7 mm"},
        "diagnosticos": [{"codigo": "I62.0", "texto": "Hemorragia subdural no traumática", "lado": "izquierdo"},
                         {"codigo": "I48.9", "texto": "Fibrilación auricular"}],
        "procedimientos": [{"fecha": "2024-01-09", "texto": "Evacuación mediante dos trépanos", "lado": "izquierdo"}],
        "dispositivos": [{"tipo": "drenaje subdural", "lado": "izquierdo", "inicio": "2024-01-09", "retirada": "2024-01-11"}],
        "medicacion": [{"atc": "B01AF02", "nombre": "Apixabán", "pauta": "5 mg cada 12 horas", "estado": "suspendido al ingreso, reintroducir en 4 semanas según neurocirugía"},
                       {"atc": "N03AX14", "nombre": "Levetiracetam", "pauta": "500 mg cada 12 horas oral", "duracion": "1 mes"},
                       {"atc": "C07AB07", "nombre": "Bisoprolol", "pauta": "5 mg cada 24 horas oral"}],
        "evolucion": "mejoría de la paresia, TC de control con reexpansión cerebral, sin crisis",
    },
    "output": """Ingresa por cefalea y torpeza de mano derecha de 2 semanas tras traumatismo leve en varón de setenta y
cinco años con fibrilación auricular (I48.9) anticoagulado con apixabán (B01AF02) 5 mg cada 12 horas, que se suspende al
ingreso. Exploración con Glasgow 15 y paresia 4/5 de miembro superior derecho. La TC muestra hematoma subdural crónico
hemisférico izquierdo de 18 mm con desviación de línea media de 7 mm, con diagnóstico de hemorragia subdural no
traumática (I62.0). Se realiza evacuación mediante dos trépanos izquierdos y se deja drenaje subdural izquierdo, que se
retira a los 2 días. Se pauta levetiracetam (N03AX14) 500 mg cada 12 horas oral durante 1 mes y mantiene bisoprolol
(C07AB07) 5 mg cada 24 horas. Evoluciona sin crisis, con mejoría de la paresia y TC de control con reexpansión
cerebral. Alta a domicilio; reintroducir apixabán en 4 semanas según neurocirugía.""",
    "note": "Limpio: paresia derecha con hematoma izquierdo; edad en palabras coherente con fechas (75 años); apixabán suspendido.",
    "variants": [
        ([], "Trampa: anticoagulación suspendida y no se transfunde plasma; menciones negadas.",
         [("que se suspende al ingreso.", "que se suspende al ingreso; no se administra plasma fresco congelado.")]),
        ("HAL004", "Trépanos derechos; el input dice izquierdo.",
         [("dos trépanos izquierdos", "dos trépanos derechos")]),
        ("HAL003", "Levetiracetam 500 mg cada 24 horas; el input dice cada 12 horas.",
         [("500 mg cada 12 horas oral durante 1 mes", "500 mg cada 24 horas oral durante 1 mes")]),
        ("DEM001", "Edad 18 años (tamaño del hematoma) frente a fechas que dan 75 años.",
         [("varón de setenta y cinco años", "varón de 18 años")]),
        ("FMT002", "Palabra en negrita con asteriscos.",
         [("hemorragia subdural no traumática (I62.0)", "**hemorragia subdural no traumática** (I62.0)")]),
        ("COD007", "I29.9 (inexistente en CIE-10) en input y output para la fibrilación auricular.",
         [("fibrilación auricular (I48.9)", "fibrilación auricular (I29.9)")], put(["diagnosticos", 1, "codigo"], "I29.9")),
    ],
})

# 18 México, neurocirugía, hernia discal L4-L5 derecha
SCENARIOS.append({
    "key": "discal_der_mx",
    "input": {
        "datos_generales": {"sexo": "Femenino", "edad": 41, "ocupacion": "enfermera"},
        "servicio": "Neurocirugía",
        "cuadro_clinico": "lumbociática derecha de 3 meses refractaria a tratamiento conservador",
        "exploracion": "Lasègue derecho positivo a 30 grados, hipoestesia en dermatoma L5 derecho, fuerza 4/5 en dorsiflexión del pie derecho",
        "resonancia": "hernia discal extruida L4-L5 paramedial derecha con compresión de raíz L5",
        "diagnosticos": [{"cie": "M51.1", "nombre": "Trastorno de disco lumbar con radiculopatía"}],
        "cirugia": {"procedimiento": "Microdiscectomía L4-L5", "lado": "derecho", "fecha": "2024-02-27"},
        "medicamentos": [{"ATC": "M03BX08", "nombre": "Ciclobenzaprina", "dosis": "10 mg", "via": "VO", "frecuencia": "cada 12 horas"},
                         {"ATC": "N03AX16", "nombre": "Pregabalina", "dosis": "75 mg", "via": "VO", "frecuencia": "cada 12 horas"},
                         {"ATC": "M01AB15", "nombre": "Ketorolaco", "dosis": "30 mg", "via": "IV", "frecuencia": "cada 8 horas", "nota": "solo durante la estancia"}],
        "evolucion": "remisión del dolor radicular, deambula al día siguiente, herida sin datos de infección",
        "estancia": "2 días",
    },
    "output": """Ingresa por lumbociática derecha de 3 meses refractaria a tratamiento conservador en paciente femenina de
41 años, enfermera de ocupación. A la exploración, Lasègue derecho positivo a 30 grados, hipoestesia en dermatoma L5
derecho y fuerza 4/5 en dorsiflexión del pie derecho. La resonancia muestra hernia discal extruida L4-L5 paramedial
derecha con compresión de raíz L5, con diagnóstico de trastorno de disco lumbar con radiculopatía (M51.1). Se realiza
microdiscectomía L4-L5 derecha sin incidentes. Durante la estancia recibe ketorolaco (M01AB15) 30 mg IV cada 8 horas.
Evoluciona con remisión del dolor radicular, deambula al día siguiente y la herida no tiene datos de infección. Egresa a
los 2 días con ciclobenzaprina (M03BX08) 10 mg VO cada 12 horas y pregabalina (N03AX16) 75 mg VO cada 12 horas, con cita
a consulta externa de neurocirugía.""",
    "note": "Limpio: lado derecho consistente en clínica, imagen y cirugía; niveles L4-L5 y L5 están en el input.",
    "variants": [
        ([], "Trampa: 'la paciente, enfermera, acompañada por su esposo' y artrodesis no indicada.",
         [("enfermera de ocupación.", "enfermera de ocupación, acompañada por su esposo; no se indica artrodesis.")]),
        ("HAL004", "Microdiscectomía izquierda; el input dice derecho.",
         [("microdiscectomía L4-L5 derecha", "microdiscectomía L4-L5 izquierda")]),
        ("HAL003", "Pregabalina 75 mg IV; el input dice VO.",
         [("pregabalina (N03AX16) 75 mg VO", "pregabalina (N03AX16) 75 mg IV")]),
        ("COD006", "Ciclobenzaprina mencionada sin su código ATC.",
         [("ciclobenzaprina (M03BX08) 10 mg", "ciclobenzaprina 10 mg")]),
        ("FMT003", "Texto de más de 200 palabras.",
         [("con cita a consulta externa de neurocirugía.",
           "con cita a consulta externa de neurocirugía. Se explica a la paciente que la lumbociática derecha de 3 meses refractaria a tratamiento conservador se debía a la hernia discal extruida L4-L5 paramedial derecha con compresión de raíz L5, y que la microdiscectomía L4-L5 derecha se realizó sin incidentes. Se le indica mantener ciclobenzaprina y pregabalina con el horario indicado, evitar cargar peso, no conducir mientras tome los relajantes, caminar de forma progresiva según tolerancia, vigilar la herida y acudir a urgencias ante fiebre, salida de líquido por la herida, pérdida de fuerza en el pie derecho, alteraciones para orinar o adormecimiento en la región perineal. Se entrega incapacidad laboral y hoja de ejercicios de columna indicada por rehabilitación.")]),
        ("COD002", "M51.1 en el output pero el input no trae ningún código.",
         [], put(["diagnosticos", 0], {"nombre": "Trastorno de disco lumbar con radiculopatía"})),
    ],
})

# 19 Argentina, cirugía mamaria, cuadrantectomía izquierda + ganglio centinela
SCENARIOS.append({
    "key": "mama_izq_ar",
    "input": {
        "paciente": {"sexo": "F", "edad": 54},
        "servicio": "Patología Mamaria",
        "diagnostico": {"codigo": "C50.4", "descripcion": "Tumor maligno del cuadrante superior externo de la mama", "lado": "izquierdo",
                        "histologia": "carcinoma ductal infiltrante, RE positivo, HER2 negativo"},
        "estudios": {"mamografia": "BI-RADS 5 en CSE de mama izquierda; mama derecha BI-RADS 1", "axila": "sin adenopatías palpables"},
        "cirugia": [{"fecha": "2024-03-18", "procedimiento": "Cuadrantectomía con marcación por arpón", "lado": "izquierdo"},
                    {"fecha": "2024-03-18", "procedimiento": "Biopsia de ganglio centinela", "lado": "izquierdo", "resultado": "2 ganglios negativos en congelación"}],
        "dispositivos": [{"tipo": "drenaje aspirativo axilar izquierdo", "retiro": "al egreso"}],
        "antecedentes": [{"codigo": "E03.9", "descripcion": "Hipotiroidismo"}],
        "medicacion": [{"atc": "H03AA01", "droga": "Levotiroxina", "dosis": "75 mcg", "frecuencia": "cada 24 h", "via": "oral"},
                       {"atc": "J01DB04", "droga": "Cefazolina", "dosis": "2 g", "frecuencia": "dosis única", "via": "endovenosa"},
                       {"atc": "N02BE01", "droga": "Paracetamol", "dosis": "1 g", "frecuencia": "cada 8 h", "via": "oral"}],
        "evolucion": "afebril, herida sin hematoma, buena movilidad del hombro",
        "dias_internacion": 1,
    },
    "output": """Ingresa por tumor maligno del cuadrante superior externo de la mama izquierda (C50.4), carcinoma ductal
infiltrante RE positivo y HER2 negativo, en paciente de sexo femenino de 54 años con hipotiroidismo (E03.9) en
tratamiento con levotiroxina (H03AA01) 75 mcg cada 24 h. La mamografía informa BI-RADS 5 en CSE de mama izquierda y mama
derecha BI-RADS 1, axila sin adenopatías palpables. Se realiza cuadrantectomía izquierda con marcación por arpón y
biopsia de ganglio centinela izquierda, con 2 ganglios negativos en congelación, previa profilaxis con cefazolina
(J01DB04) 2 g endovenosa. Evoluciona afebril, con herida sin hematoma y buena movilidad del hombro. Se retira el
drenaje aspirativo axilar al egreso. Egresa a las 24 h con paracetamol (N02BE01) 1 g cada 8 h y turno en comité de
tumores para definir tratamiento adyuvante.""",
    "note": "Limpio: mama derecha BI-RADS 1 mencionada de paso; todo lo operado es izquierdo.",
    "variants": [
        ([], "Trampa: vaciamiento axilar no indicado por ganglios negativos; negación.",
         [("con 2 ganglios negativos en congelación,", "con 2 ganglios negativos en congelación, por lo que no se realiza vaciamiento axilar,")]),
        ("HAL004", "Ganglio centinela derecho; el input dice izquierdo.",
         [("biopsia de ganglio centinela izquierda", "biopsia de ganglio centinela derecha")]),
        ("HAL001", "Mastectomía afirmada; el input dice cuadrantectomía.",
         [("Se realiza cuadrantectomía izquierda con marcación por arpón", "Se realiza mastectomía izquierda con marcación por arpón")]),
        ("HAL002", "Egreso a las 48 h: el input dice 1 día.",
         [("Egresa a las 24 h", "Egresa a las 48 h")]),
        ("COD001", "CIE-10 del tumor escrito sin paréntesis.",
         [("de la mama izquierda (C50.4),", "de la mama izquierda, C50.4,")]),
        ("DEM001", "Concordancia masculina 'el paciente de sexo masculino'.",
         [("en paciente de sexo femenino de 54 años", "en paciente de sexo masculino de 54 años")]),
    ],
})

# 20 Chile, cáncer de mama en varón (trampa de sexo)
SCENARIOS.append({
    "key": "mama_varon_cl",
    "input": {
        "paciente": {"sexo": "Masculino", "edad": 68},
        "servicio": "Cirugía Oncológica",
        "diagnosticos": [{"cie10": "C50.0", "nombre": "Tumor maligno del pezón y aréola", "lado": "derecho"},
                         {"cie10": "E11.9", "nombre": "Diabetes mellitus tipo 2"}],
        "examen": "nódulo retroareolar derecho de 2 cm con retracción del pezón; mama izquierda con ginecomastia leve sin nódulos",
        "procedimientos": [{"nombre": "Mastectomía total", "lado": "derecho", "fecha": "2024-06-04"},
                           {"nombre": "Biopsia de ganglio centinela", "lado": "derecho"}],
        "dispositivos": [{"tipo": "drenaje aspirativo", "retiro": "control ambulatorio en 7 días"}],
        "farmacos": [{"atc": "A10BA02", "nombre": "Metformina", "dosis": "1000 mg", "frecuencia": "cada 12 horas", "via": "oral"},
                     {"atc": "N02BE01", "nombre": "Paracetamol", "dosis": "1 g", "frecuencia": "cada 8 horas", "via": "oral"}],
        "evolucion": "buena evolución, drenaje con débito seroso",
        "dias_hospitalizacion": 2,
    },
    "output": """Ingresa por nódulo retroareolar derecho de 2 cm con retracción del pezón en paciente de sexo masculino de 68
años, con diagnóstico de tumor maligno del pezón y aréola derecho (C50.0) y antecedente de diabetes mellitus tipo 2
(E11.9) en tratamiento con metformina (A10BA02) 1000 mg cada 12 horas. La mama izquierda presenta ginecomastia leve sin
nódulos. Se realiza mastectomía total derecha y biopsia de ganglio centinela derecha, sin incidentes. Presenta buena
evolución, con drenaje con débito seroso. Se otorga el alta a los 2 días con el drenaje aspirativo in situ, cuyo retiro
se hará en control ambulatorio en 7 días, y paracetamol (N02BE01) 1 g cada 8 horas. Se deriva a comité oncológico por cáncer de
mama en varón.""",
    "note": "Trampa: cáncer de mama en un varón; sexo masculino correcto aunque el diagnóstico sea típico de mujer.",
    "variants": [
        ("DEM001", "Paciente descrita como mujer ('la paciente ... operada').",
         [("en paciente de sexo masculino de 68 años", "en paciente de sexo femenino de 68 años"), (" por cáncer de mama en varón.", ".")]),
        ("HAL004", "Mastectomía izquierda; el input dice derecho.",
         [("Se realiza mastectomía total derecha", "Se realiza mastectomía total izquierda")]),
        ("HAL003", "Metformina 1000 mg cada 8 horas; el input dice cada 12 horas.",
         [("1000 mg cada 12 horas", "1000 mg cada 8 horas")]),
        ("COD006", "Diabetes (E11.9) omitida.",
         [("y antecedente de diabetes mellitus tipo 2 (E11.9) en tratamiento con metformina", "y en tratamiento con metformina")]),
    ],
})
