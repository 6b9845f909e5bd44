# -*- coding: utf-8 -*-
"""Scenarios C: ICU with devices, paediatrics, neonatology."""
from helpers import put, drop, append, both

SCENARIOS = []

# 21 Chile, UCI, shock séptico por neumonía, estadía larga con dispositivos
SCENARIOS.append({
    "key": "uci_sepsis_cl",
    "input": {
        "paciente": {"sexo": "Masculino", "edad": 61},
        "servicio": "Unidad de Paciente Crítico",
        "diagnosticos": [{"cie10": "A41.9", "nombre": "Shock séptico"}, {"cie10": "J18.9", "nombre": "Neumonía grave"},
                         {"cie10": "J80", "nombre": "Síndrome de distrés respiratorio agudo"}],
        "antecedentes": [{"cie10": "I10", "nombre": "Hipertensión arterial"}],
        "dispositivos": [
            {"dispositivo": "tubo endotraqueal", "instalacion": "2024-03-01", "retiro": "2024-03-10", "comentario": "reemplazado por traqueostomía"},
            {"dispositivo": "catéter venoso central yugular derecho", "instalacion": "2024-03-01", "retiro": "2024-03-15"},
            {"dispositivo": "línea arterial radial izquierda", "instalacion": "2024-03-01", "retiro": "2024-03-08"},
            {"dispositivo": "sonda Foley", "instalacion": "2024-03-01", "retiro": "2024-03-16"},
            {"dispositivo": "cánula de traqueostomía", "instalacion": "2024-03-10", "retiro": "2024-03-20", "comentario": "decanulado"}],
        "procedimientos": [{"fecha": "2024-03-10", "nombre": "Traqueostomía percutánea"}],
        "tratamiento": [
            {"atc": "C01CA03", "nombre": "Noradrenalina", "dosis": "dosis máxima 0,4 mcg/kg/min", "via": "EV", "duracion": "5 días"},
            {"atc": "J01DH02", "nombre": "Meropenem", "dosis": "1 g", "via": "EV", "frecuencia": "cada 8 horas", "duracion": "10 días"},
            {"atc": "J01XA01", "nombre": "Vancomicina", "dosis": "1 g", "via": "EV", "frecuencia": "cada 12 horas", "estado": "suspendida al día 3 por cultivos negativos para SAMR"},
            {"atc": "B01AB05", "nombre": "Enoxaparina", "dosis": "40 mg", "via": "SC", "frecuencia": "cada 24 horas"}],
        "laboratorio": {"lactato": ["5,2 mmol/L al ingreso", "1,4 mmol/L a las 72 horas"], "PaFi_minima": 88, "procalcitonina": "24 ng/mL"},
        "microbiologia": "hemocultivos negativos; cultivo de aspirado traqueal con Streptococcus pneumoniae",
        "evolucion": "ventilación mecánica 9 días, decanulado al día 20, deambula con ayuda, tolera vía oral",
        "dias_estada": 22,
        "destino": "sala de medicina",
    },
    "output": """Ingresa por shock séptico (A41.9) secundario a neumonía grave (J18.9) con síndrome de distrés respiratorio
agudo (J80) en paciente de sexo masculino de 61 años, hipertenso (I10). Lactato de 5,2 mmol/L, procalcitonina de 24
ng/mL y PaFi mínima de 88. Se instala tubo endotraqueal, catéter venoso central yugular derecho, línea arterial radial
izquierda y sonda Foley. Requiere noradrenalina (C01CA03) hasta 0,4 mcg/kg/min por 5 días y meropenem (J01DH02) 1 g EV
cada 8 horas por 10 días; la vancomicina (J01XA01) se suspende al día 3 por cultivos negativos para SAMR. Cultivo de
aspirado traqueal con Streptococcus pneumoniae. Tras 9 días de ventilación mecánica se realiza traqueostomía
percutánea y se decanula al día 20. Se retiran progresivamente la línea arterial, el catéter central y la sonda Foley.
Recibe enoxaparina (B01AB05) 40 mg SC cada 24 horas. Lactato a las 72 horas de 1,4 mmol/L. Deambula con ayuda y tolera vía
oral. Se traslada a sala de medicina tras 22 días de estada.""",
    "note": "Limpio: dispositivos instalados y retirados, vancomicina iniciada y suspendida, todo según el input.",
    "variants": [
        ([], "Trampa: 'no requirió hemodiálisis' y 'sin necesidad de ECMO': procedimientos negados.",
         [("Deambula con ayuda y tolera vía oral.", "No requirió hemodiálisis ni ECMO. Deambula con ayuda y tolera vía oral.")]),
        ([], "Trampa: abreviaturas CVC y TET por catéter venoso central y tubo endotraqueal.",
         [("Se instala tubo endotraqueal, catéter venoso central yugular derecho,", "Se instala TET, CVC yugular derecho,")]),
        ("HAL004", "CVC yugular izquierdo; el input dice derecho.",
         [("catéter venoso central yugular derecho", "catéter venoso central yugular izquierdo")]),
        ("HAL001", "Drenaje pleural inventado entre los dispositivos.",
         [("línea arterial radial izquierda y sonda Foley.", "línea arterial radial izquierda, sonda Foley y drenaje pleural.")]),
        ("HAL003", "Meropenem 1 g cada 12 horas; el input dice cada 8 horas (el 12 es de vancomicina).",
         [("meropenem (J01DH02) 1 g EV cada 8 horas", "meropenem (J01DH02) 1 g EV cada 12 horas")]),
        ("COD003", "ATC de meropenem sin paréntesis.",
         [("meropenem (J01DH02) 1 g", "meropenem J01DH02 1 g")]),
        ("FMT003", "Texto de más de 200 palabras (resumen diario redundante).",
         [("Se traslada a sala de medicina tras 22 días de estada.",
           "Se traslada a sala de medicina tras 22 días de estada. Durante su estadía en la unidad de paciente crítico se mantuvo comunicación diaria con la familia, informando el estado del paciente, los dispositivos instalados y el plan de retiro de cada uno de ellos. El equipo de enfermería realizó los cuidados del sitio de inserción del catéter central y de la línea arterial, el control de diuresis por sonda Foley y los cambios de posición indicados. Se explicó a la familia la necesidad de continuar la recuperación en sala, con controles clínicos y de laboratorio seriados, y se entregaron recomendaciones sobre movilización asistida y alimentación por boca.")]),
    ],
})

# 22 Argentina, UTI, TEC grave, craniectomía derecha, DVE y PIC
SCENARIOS.append({
    "key": "tec_craniectomia_ar",
    "input": {
        "datos": {"sexo": "masculino", "edad": 27},
        "servicio": "Unidad de Terapia Intensiva",
        "mecanismo": "accidente en moto sin casco",
        "ingreso": {"glasgow": 7, "pupilas": "anisocoria con midriasis derecha"},
        "tc_cerebro": "hematoma subdural agudo frontotemporoparietal derecho con desviación de línea media de 11 mm; contusión frontal izquierda pequeña",
        "diagnosticos": [{"cie10": "S06.5", "desc": "Hemorragia subdural traumática", "lado": "derecho"},
                         {"cie10": "S06.3", "desc": "Traumatismo cerebral focal"}],
        "cirugias": [{"fecha": "2024-05-02", "desc": "Craniectomía descompresiva con evacuación de hematoma", "lado": "derecho"}],
        "dispositivos": [{"tipo": "sensor de presión intracraneana", "colocado": "2024-05-02", "retirado": "2024-05-08"},
                         {"tipo": "drenaje ventricular externo", "lado": "derecho", "colocado": "2024-05-02", "retirado": "2024-05-09"},
                         {"tipo": "tubo endotraqueal", "colocado": "2024-05-02", "retirado": "2024-05-12"},
                         {"tipo": "sonda nasogástrica", "colocado": "2024-05-02", "retirado": "2024-05-14"}],
        "medicacion": [{"atc": "N03AX14", "droga": "Levetiracetam", "dosis": "1000 mg", "via": "EV", "frecuencia": "cada 12 h"},
                       {"atc": "N01AX10", "droga": "Propofol", "dosis": "infusión continua", "via": "EV", "duracion": "8 días"},
                       {"atc": "N01AH01", "droga": "Fentanilo", "dosis": "infusión continua", "via": "EV", "duracion": "8 días"}],
        "evolucion": "PIC controlada menor de 20 mmHg, extubado el día 10, Glasgow 14 al pase, hemiparesia izquierda leve",
        "dias_uti": 16,
        "pase": "sala de neurocirugía",
    },
    "output": """Ingresa por accidente en moto sin casco en paciente masculino de 27
años, con Glasgow 7 y anisocoria con midriasis derecha. La TC de cerebro muestra hematoma subdural agudo
frontotemporoparietal derecho con desviación de línea media de 11 mm y pequeña contusión frontal izquierda, con
diagnósticos de hemorragia subdural traumática (S06.5) y traumatismo cerebral focal (S06.3). Se realiza craniectomía
descompresiva derecha con evacuación del hematoma, con colocación de sensor de PIC y drenaje ventricular externo
derecho. Recibe sedoanalgesia con propofol (N01AX10) y fentanilo (N01AH01) por 8 días y levetiracetam (N03AX14) 1000 mg
EV cada 12 h. La PIC se mantiene controlada, menor de 20 mmHg; se retiran el sensor y el drenaje ventricular, y se
extuba el día 10. Al pase presenta Glasgow 14 con hemiparesia izquierda leve. Se retira la sonda nasogástrica.
Pasa a sala de neurocirugía tras 16 días en UTI.""",
    "note": "Trampa: hemiparesia izquierda con lesión derecha y contusión frontal izquierda: ambos lados están en el input.",
    "variants": [
        ([], "Trampa: 'no se realiza craneoplastia en esta internación' y sin necesidad de traqueostomía.",
         [("Se retira la sonda nasogástrica.", "Se retira la sonda nasogástrica; no requirió traqueostomía y la craneoplastia no se realiza en esta internación.")]),
        ("HAL004", "Hemiparesia derecha; el input dice hemiparesia izquierda.",
         [("hemiparesia izquierda leve", "hemiparesia derecha leve")]),
        ("HAL001", "Traqueostomía afirmada; el input no la registra.",
         [("y se extuba el día 10.", "y se realiza traqueostomía el día 10.")]),
        ("DEM001", "Edad 20 años (número de la PIC) en lugar de 27.",
         [("paciente masculino de 27 años", "paciente masculino de 20 años")]),
        ("COD007", "S06.3 cambiado por G33.1 (inexistente) en input y output.",
         [("traumatismo cerebral focal (S06.3)", "traumatismo cerebral focal (G33.1)")], put(["diagnosticos", 1, "cie10"], "G33.1")),
        ("FMT002", "Encabezado markdown en medio del texto.",
         [("Recibe sedoanalgesia con propofol", "\n## Evolución\nRecibe sedoanalgesia con propofol")]),
    ],
})

# 23 México, pediatría, bronquiolitis lactante 3 meses
SCENARIOS.append({
    "key": "bronquiolitis_mx",
    "input": {
        "paciente": {"sexo": "masculino", "edad_meses": 3, "peso_kg": 5.8},
        "servicio": "Pediatría",
        "padecimiento": "rinorrea y tos de 4 días, dificultad respiratoria y rechazo parcial de la alimentación",
        "exploracion": {"FR": "62 rpm", "SatO2_aire": "89 %", "auscultacion": "sibilancias y estertores finos bilaterales", "tiraje": "intercostal"},
        "estudios": {"panel_viral": "VSR positivo", "rx_torax": "atrapamiento aéreo sin consolidación"},
        "diagnosticos": [{"cie10": "J21.0", "descripcion": "Bronquiolitis aguda debida a virus sincitial respiratorio"}],
        "tratamiento": [{"nombre": "Oxígeno por puntas nasales", "dosis": "1 L/min", "duracion": "3 días"},
                        {"nombre": "Solución salina hipertónica 3 % nebulizada", "frecuencia": "cada 8 horas"},
                        {"atc": "N02BE01", "nombre": "Paracetamol", "dosis": "15 mg/kg", "via": "VO", "frecuencia": "cada 6 horas si fiebre"}],
        "no_indicado": "salbutamol y antibióticos no indicados",
        "evolucion": "SatO2 95 % al aire al día 4, alimentación completa al seno materno",
        "dias_estancia": 5,
    },
    "output": """Ingresa por rinorrea y tos de 4 días, dificultad respiratoria y rechazo parcial de la alimentación en
lactante masculino de 3 meses, de 5,8 kg. A la exploración, FR de 62 rpm, SatO2 al aire de 89 %, tiraje intercostal y
sibilancias con estertores finos bilaterales. Panel viral con VSR positivo y radiografía de tórax con atrapamiento aéreo
sin consolidación, con diagnóstico de bronquiolitis aguda debida a virus sincitial respiratorio (J21.0). Se maneja con
oxígeno por puntas nasales a 1 L/min por 3 días, solución salina hipertónica al 3 % nebulizada cada 8 horas y
paracetamol (N02BE01) 15 mg/kg VO cada 6 horas si fiebre; no se indican salbutamol ni antibióticos. Evoluciona con
SatO2 de 95 % al aire al día 4 y alimentación completa al seno materno. Egresa a los 5 días acompañado por su madre, con
datos de alarma y cita en consulta externa de pediatría.""",
    "note": "Trampa: salbutamol y antibióticos no indicados (negación); 'su madre' no cambia el sexo del lactante; edad en meses.",
    "variants": [
        ([], "Trampa: neumonía descartada por radiografía sin consolidación.",
         [("sin consolidación, con diagnóstico", "sin consolidación, que descarta neumonía, con diagnóstico")]),
        ([], "Trampa: la madre y la enfermera presentes; el lactante sigue en masculino.",
         [("Egresa a los 5 días acompañado por su madre,", "Egresa a los 5 días en brazos de su madre, que recibe educación de la enfermera,")]),
        ("DEM001", "Edad 3 años; el input dice 3 meses.",
         [("lactante masculino de 3 meses", "preescolar masculino de 3 años")]),
        ("HAL001", "Afirma nebulizaciones con adrenalina, fármaco que no figura en el input.",
         [("; no se indican salbutamol ni antibióticos.", " y nebulizaciones con adrenalina.")]),
        ("HAL003", "Paracetamol cada 8 horas; el input dice cada 6 horas.",
         [("15 mg/kg VO cada 6 horas si fiebre", "15 mg/kg VO cada 8 horas si fiebre")]),
        ("FMT001", "Empieza con 'ingresa por' en minúscula.",
         [("Ingresa por rinorrea", "ingresa por rinorrea")]),
    ],
})

# 24 Chile, neonatología, ictericia neonatal, RN femenina, madre de 28 años
SCENARIOS.append({
    "key": "ictericia_rn_cl",
    "input": {
        "recien_nacido": {"sexo": "Femenino", "fecha_nacimiento": "2024-08-01", "edad_gestacional": "38 semanas", "peso_nacimiento_g": 3150},
        "fecha_ingreso": "2024-08-04",
        "madre": {"edad": 28, "grupo_sanguineo": "O Rh positivo"},
        "servicio": "Neonatología",
        "motivo": "ictericia hasta abdomen detectada en control",
        "laboratorio": [{"examen": "Bilirrubina total", "valor": "18,2 mg/dL", "nota": "sobre curva de fototerapia"},
                        {"examen": "Bilirrubina directa", "valor": "0,6 mg/dL"},
                        {"examen": "Hematocrito", "valor": "52 %"},
                        {"examen": "Coombs directo", "valor": "negativo"},
                        {"examen": "Grupo RN", "valor": "A Rh positivo"}],
        "diagnosticos": [{"cie10": "P59.9", "nombre": "Ictericia neonatal"}],
        "tratamiento": "fototerapia continua por 36 horas",
        "evolucion": "bilirrubina de control 11,4 mg/dL, lactancia materna exclusiva, baja de peso 6 %",
    },
    "output": """Ingresa por ictericia hasta abdomen detectada en control en recién nacida de término de 38 semanas, con
peso de nacimiento de 3150 g, de tres días de vida. Madre de 28 años, grupo O Rh positivo; grupo de la recién nacida A
Rh positivo con Coombs directo negativo. Laboratorio con bilirrubina total de 18,2 mg/dL, sobre curva de fototerapia,
bilirrubina directa de 0,6 mg/dL y hematocrito de 52 %. Con diagnóstico de ictericia neonatal (P59.9) se indica
fototerapia continua por 36 horas, con bilirrubina de control de 11,4 mg/dL. Se mantiene lactancia materna exclusiva,
con baja de peso de 6 %. Se otorga el alta con control de bilirrubina y de peso en policlínico de seguimiento, junto a
su madre.""",
    "note": "Trampa: la edad de 28 años es de la madre; 'tres días de vida' en palabras, coherente con fechas (nacida 2024-08-01, ingreso 2024-08-04).",
    "variants": [
        ([], "Trampa: exanguinotransfusión no indicada y Coombs negativo descarta isoinmunización.",
         [("se indica fototerapia continua por 36 horas,", "se indica fototerapia continua por 36 horas, sin indicación de exanguinotransfusión,")]),
        ("DEM001", "Recién nacido masculino; el input dice femenino.",
         [("en recién nacida de término", "en recién nacido de término"), ("grupo de la recién nacida", "grupo del recién nacido")]),
        ("HAL001", "Anemia afirmada con hematocrito normal para la edad (52 %).",
         [("y hematocrito de 52 %.", "y anemia con hematocrito de 52 %.")]),
        ("HAL002", "Fototerapia de 48 horas: cifra ausente del input.",
         [("fototerapia continua por 36 horas", "fototerapia continua por 48 horas")]),
        ("COD004", "Vitamina K escrita con código ATC B02BA01, que no figura en el input (el input la nombra sin código).",
         [("Se mantiene lactancia", "Recibió vitamina K (B02BA01) al nacer. Se mantiene lactancia")],
         put(["antecedentes_perinatales"], "vitamina K intramuscular al nacer")),
    ],
})

# 25 España, neonatología, prematuro 32 semanas, SDR, surfactante, catéter umbilical
SCENARIOS.append({
    "key": "prematuro_es",
    "input": {
        "paciente": {"sexo": "Varón", "fecha_nacimiento": "2024-02-10", "fecha_ingreso": "2024-02-10", "fecha_alta": "2024-03-16"},
        "datos_perinatales": {"edad_gestacional": "32 semanas", "peso": "1640 g", "apgar": "6/8", "corticoides_prenatales": "ciclo completo"},
        "servicio": "Unidad Neonatal",
        "diagnosticos": [{"codigo": "P07.3", "descripcion": "Otros recién nacidos pretérmino"},
                         {"codigo": "P22.0", "descripcion": "Síndrome de dificultad respiratoria del recién nacido"},
                         {"codigo": "P28.4", "descripcion": "Apnea del prematuro"}],
        "soporte_respiratorio": [{"tipo": "CPAP nasal", "inicio": "2024-02-10", "fin": "2024-02-15"},
                                 {"tipo": "oxigenoterapia en gafas nasales", "inicio": "2024-02-15", "fin": "2024-02-20"}],
        "dispositivos": [{"tipo": "catéter venoso umbilical", "insercion": "2024-02-10", "retirada": "2024-02-16"},
                         {"tipo": "sonda orogástrica", "insercion": "2024-02-10", "retirada": "2024-03-05"}],
        "farmacos": [{"atc": "R07AA02", "nombre": "Poractant alfa", "pauta": "200 mg/kg endotraqueal, dosis única por técnica LISA"},
                     {"atc": "N06BC01", "nombre": "Citrato de cafeína", "pauta": "5 mg/kg cada 24 horas", "suspension": "2024-03-08"}],
        "ecografia_cerebral": "sin hemorragia intraventricular",
        "alimentacion_alta": "lactancia materna con fortificante",
        "peso_alta": "2210 g",
    },
    "output": """Ingresa por prematuridad de 32 semanas, con peso de 1640 g y Apgar 6/8, tras ciclo completo de corticoides
prenatales. Varón diagnosticado de síndrome de dificultad respiratoria del recién nacido (P22.0), en el contexto de otros
recién nacidos pretérmino (P07.3). Recibe poractant alfa (R07AA02) 200 mg/kg endotraqueal en dosis única por técnica LISA
y CPAP nasal hasta el 15 de febrero, seguido de oxigenoterapia en gafas nasales hasta el 20 de febrero. Presenta apnea del
prematuro (P28.4) tratada con citrato de cafeína (N06BC01) 5 mg/kg cada 24 horas, suspendido el 8 de marzo. El catéter
venoso umbilical se retira el 16 de febrero y la sonda orogástrica el 5 de marzo. Ecografía cerebral sin hemorragia
intraventricular. Se da de alta con peso de 2210 g y lactancia materna con fortificante, con seguimiento en consulta de
neonatología.""",
    "note": "Limpio: dispositivos y soporte con fechas del input; no se da edad en días para no inventar números.",
    "variants": [
        ([], "Trampa: 'no precisó ventilación mecánica invasiva' ni transfusión: negaciones.",
         [("Ecografía cerebral sin hemorragia intraventricular.", "No precisó ventilación mecánica invasiva ni transfusión. Ecografía cerebral sin hemorragia intraventricular.")]),
        ("HAL003", "Cafeína 5 mg/kg cada 12 horas: el input dice cada 24 horas.",
         [("5 mg/kg cada 24 horas", "5 mg/kg cada 12 horas")], put(["datos_perinatales", "horas_vida_ingreso"], 12)),
        ("DEM001", "Recién nacida en femenino; el input dice varón.",
         [("Varón diagnosticado de", "Niña diagnosticada de")]),
        ("COD005", "P07.3 rotulado como apnea y P28.4 como pretérmino.",
         [("apnea del\nprematuro", "x")] if False else [("Presenta apnea del prematuro (P28.4)", "Presenta apnea del prematuro (P07.3)"), ("recién nacidos pretérmino (P07.3)", "recién nacidos pretérmino (P28.4)")]),
        ("COD002", "P22.0 en el output pero el input trae el SDR sin código.",
         [], put(["diagnosticos", 1], {"descripcion": "Síndrome de dificultad respiratoria del recién nacido"})),
        ("REP001", "Frase repetida sobre el catéter umbilical.",
         [("Ecografía cerebral sin hemorragia intraventricular.", "El catéter venoso umbilical se retira el 16 de febrero y la sonda orogástrica el 5 de marzo. Ecografía cerebral sin hemorragia intraventricular.")]),
    ],
})
