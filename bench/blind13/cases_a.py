# Scenarios A: internal medicine, emergency/observation, cardiology, coronary
# unit, pneumology, infectious disease (TB).  Spain, Mexico, Argentina, Chile,
# Colombia, Peru, Venezuela.

CASES = []

# ---------------------------------------------------------------- A1 Spain
CASES.append({
    "key": "A1_es_pielonefritis",
    "setting": "España, clínica privada, Medicina Interna, estilo telegráfico de adjunto",
    "input": {
        "centro": "Clínica San Rafael (red privada), Almería, España",
        "servicio": "Medicina Interna",
        "paciente": {"sexo": "mujer", "edad": 84, "peso_kg": 61},
        "alergias": ["sulfamidas"],
        "antecedentes": [{"cod": "I10", "desc": "Hipertensión arterial"},
                         {"cod": "I48.9", "desc": "Fibrilación auricular permanente"}],
        "tto_habitual": [{"atc": "B01AA07", "farmaco": "Acenocumarol (Sintrom)", "pauta": "según INR"}],
        "motivo": "fiebre 38,6 ºC, disuria y dolor lumbar derecho de 3 días",
        "laboratorio": {"leucocitos": "18.400 /mm3", "creatinina": "2,1 mg/dL (basal 0,9)",
                        "potasio": "3,1 mEq/L", "sodio": "138 mEq/L",
                        "creatinina al alta": "1,2 mg/dL",
                        "urocultivo": "E. coli sensible a cefalosporinas"},
        "diagnosticos": [{"cod": "N10", "desc": "Pielonefritis aguda", "tipo": "principal"},
                         {"cod": "N17.9", "desc": "Insuficiencia renal aguda prerrenal"}],
        "procedimientos": ["Sondaje vesical"],
        "tratamiento_hospitalario": [
            {"atc": "J01DD04", "farmaco": "Ceftriaxona", "dosis": "1 g", "via": "IV", "frecuencia": "cada 24 horas"},
            {"farmaco": "Cloruro potásico", "via": "IV", "dosis": "en sueroterapia"}],
        "tratamiento_alta": [{"atc": "J01DC02", "farmaco": "Cefuroxima axetilo", "dosis": "500 mg", "via": "oral",
                              "frecuencia": "cada 12 horas", "duracion": "hasta completar 7 días"}],
        "plan": ["Control de INR en centro de salud en 72 h"],
    },
    "output": (
        "Ingresa por fiebre de 38,6 ºC, disuria y dolor lumbar derecho de 3 días; Dx pielonefritis aguda (N10) "
        "c/ insuficiencia renal aguda (N17.9) prerrenal. Pcte de 84 años, Hx de hipertensión arterial (I10) y "
        "fibrilación auricular permanente (I48.9), anticoagulada c/ acenocumarol (B01AA07). Alérgica a sulfamidas. "
        "Analítica: leucocitos 18.400/mm3, creatinina 2,1 mg/dL (basal 0,9), potasio 3,1 mEq/L. Se realiza sondaje "
        "vesical para control de diuresis. Tto c/ ceftriaxona (J01DD04) 1 g c/24h IV, sueroterapia y reposición de "
        "potasio; urocultivo c/ E. coli sensible. Buena evolución, afebril, creatinina al alta 1,2 mg/dL. Alta c/ "
        "cefuroxima (J01DC02) 500 mg c/12h VO hasta completar 7 días. Control de INR en su centro de salud en 72 h."),
    "variants": [
        {"exp": [], "note": "clean: telegraphic style; 'anticoagulada'/'Alérgica' agree with a woman; allergy is not a drug given"},
        {"exp": [], "out": [("reposición de potasio;", "reposición de potasio por hipopotasemia;")],
         "note": "trap clean: hipopotasemia supported by K 3,1 mEq/L"},
        {"exp": ["HAL003"], "out": [("cefuroxima (J01DC02) 500 mg c/12h VO", "cefuroxima (J01DC02) 500 mg c/24h VO")],
         "note": "cefuroxima cada 24 h vs input cada 12 horas (24 exists elsewhere in input)"},
        {"exp": ["DEM001"], "out": [("Pcte de 84 años", "Varón de 84 años")],
         "note": "male stated, input mujer"},
        {"exp": ["HAL001"], "out": [("sueroterapia y reposición de potasio", "sueroterapia por hiponatremia y reposición de potasio")],
         "note": "hiponatremia contradicted by sodio 138 mEq/L"},
        {"exp": ["COD002"], "out": [("urocultivo c/ E. coli sensible", "urocultivo c/ E. coli (B96.2) sensible")],
         "note": "B96.2 added for an uncoded input finding; not in input"},
    ],
})

# ---------------------------------------------------------------- A2 Mexico
CASES.append({
    "key": "A2_mx_dolor_toracico_obs",
    "setting": "México, hospital privado, Urgencias/Unidad de Observación; filas campo/valor",
    "input": {
        "formato": "filas",
        "hospital": "Hospital privado, Guadalajara, Jalisco, México",
        "filas": [
            {"campo": "Servicio", "valor": "Urgencias - Unidad de Observación"},
            {"campo": "Sexo", "valor": "Masculino"},
            {"campo": "Edad", "valor": "58 años"},
            {"campo": "Motivo", "valor": "Dolor torácico opresivo retroesternal de 2 horas, postprandial"},
            {"campo": "Antecedentes", "valor": "Diabetes mellitus tipo 2 (E11.9); tabaquismo activo"},
            {"campo": "ECG", "valor": "ritmo sinusal 76 lpm, sin cambios del ST"},
            {"campo": "Troponina I ultrasensible", "valor": "<5 ng/L a las 0 y 3 horas"},
            {"campo": "Prueba de esfuerzo", "valor": "negativa para isquemia"},
            {"campo": "Endoscopia", "valor": "no realizada, se deja programada ambulatoria"},
            {"campo": "Dx principal", "valor": "Dolor torácico no cardíaco R07.4"},
            {"campo": "Dx secundario", "valor": "Enfermedad por reflujo gastroesofágico K21.9"},
            {"campo": "Tto habitual", "valor": "Metformina A10BA02 850 mg cada 12 horas VO"},
            {"campo": "Tto alta", "valor": "Omeprazol A02BC01 20 mg cada 24 horas VO en ayunas por 8 semanas"},
            {"campo": "Estancia", "valor": "24 horas en observación"},
        ],
    },
    "output": (
        "Ingresa por dolor torácico opresivo retroesternal de 2 horas de evolución, de predominio postprandial, en "
        "paciente masculino de 58 años con diabetes mellitus tipo 2 (E11.9) en tratamiento con metformina (A10BA02) "
        "850 mg cada 12 horas VO y tabaquismo activo. Permanece 24 horas en la Unidad de Observación. El ECG mostró "
        "ritmo sinusal a 76 lpm sin cambios del ST y la troponina I ultrasensible fue negativa a las 0 y 3 horas; la "
        "prueba de esfuerzo resultó negativa para isquemia, por lo que se descarta síndrome coronario agudo. Se "
        "diagnostica dolor torácico no cardíaco (R07.4) secundario a enfermedad por reflujo gastroesofágico (K21.9). "
        "Egresa con omeprazol (A02BC01) 20 mg cada 24 horas VO en ayunas por 8 semanas y endoscopia programada de "
        "forma ambulatoria."),
    "variants": [
        {"exp": [], "note": "clean: 'se descarta síndrome coronario agudo' is a ruled-out diagnosis"},
        {"exp": [], "out": [("y endoscopia programada de forma ambulatoria", "y endoscopia pendiente, no realizada durante la estancia")],
         "note": "trap clean: endoscopy pending/not done, as in input"},
        {"exp": ["HAL001"], "out": [("la prueba de esfuerzo resultó negativa para isquemia, por lo que se descarta síndrome coronario agudo",
                                     "la prueba de esfuerzo resultó negativa para isquemia y la coronariografía no mostró lesiones")],
         "note": "coronariografía reported as done; absent from input"},
        {"exp": ["FMT001"], "out": [("Ingresa por dolor", "Paciente que ingresa por dolor")],
         "note": "does not start with 'Ingresa por'"},
        {"exp": ["COD006"], "out": [("tipo 2 (E11.9)", "tipo 2")], "note": "input code E11.9 omitted"},
        {"exp": ["HAL003"], "out": [("omeprazol (A02BC01) 20 mg cada 24 horas", "omeprazol (A02BC01) 20 mg cada 12 horas")],
         "note": "omeprazol cada 12 h vs input cada 24 horas (12 is metformina's interval)"},
    ],
})

# ---------------------------------------------------------------- A3 Argentina
CASES.append({
    "key": "A3_ar_insuficiencia_cardiaca",
    "setting": "Argentina, sanatorio privado, Cardiología; panel de laboratorio con unidades y rangos",
    "input": {
        "paciente": {"genero": "masculino", "edad": "79 años", "peso": "82 kg",
                     "signos_vitales_ingreso": {"TA": "160/95 mmHg", "FC": "104 lpm", "SatO2": "89% aire ambiente"}},
        "institucion": "Sanatorio privado, Ciudad Autónoma de Buenos Aires",
        "servicio": "Cardiología",
        "motivo_internacion": "disnea progresiva hasta clase funcional IV, ortopnea y edemas en miembros inferiores",
        "problemas": [
            {"codigo": "I50.0", "descripcion": "Insuficiencia cardíaca congestiva descompensada", "estado": "activo"},
            {"codigo": "I25.5", "descripcion": "Miocardiopatía isquémica", "estado": "activo"},
            {"codigo": "E87.1", "descripcion": "Hiponatremia", "estado": "resuelto"}],
        "laboratorio": [
            {"analito": "Sodio", "valor": 129, "unidad": "mEq/L", "rango": "135-145"},
            {"analito": "Potasio", "valor": 4.6, "unidad": "mEq/L", "rango": "3,5-5,0"},
            {"analito": "NT-proBNP", "valor": 6850, "unidad": "pg/mL", "rango": "<450"},
            {"analito": "Creatinina", "valor": 1.4, "unidad": "mg/dL", "rango": "0,7-1,3"}],
        "ecocardiograma": "FEVI 30%, hipoquinesia anterior",
        "medicacion_internacion": [{"atc": "C03CA01", "nombre": "Furosemida (Lasix)", "posologia": "40 mg EV cada 12 horas"}],
        "medicacion_alta": [
            {"atc": "C03CA01", "nombre": "Furosemida", "posologia": "40 mg/día VO"},
            {"atc": "C09AA02", "nombre": "Enalapril", "posologia": "10 mg cada 12 horas VO"},
            {"atc": "C03DA01", "nombre": "Espironolactona", "posologia": "25 mg/día VO"},
            {"atc": "C07AB07", "nombre": "Bisoprolol", "posologia": "2,5 mg/día VO"}],
        "dias_internacion": 6,
        "control": "Consultorio de insuficiencia cardíaca en 7 días con ionograma",
    },
    "output": (
        "Ingresa por disnea progresiva hasta clase funcional IV, ortopnea y edemas en miembros inferiores. Varón de "
        "79 años con miocardiopatía isquémica (I25.5) y FEVI 30%. Al ingreso TA 160/95 mmHg, FC 104 lpm y SatO2 89% "
        "aire ambiente. Dx insuficiencia cardíaca congestiva descompensada (I50.0). Laboratorio: NT-proBNP 6850 pg/mL, "
        "creatinina 1,4 mg/dL e hiponatremia (E87.1) de 129 mEq/L, ya resuelta. Recibe furosemida (C03CA01) 40 mg EV "
        "c/12h con balance negativo y mejoría de la disnea. Tras 6 días de internación egresa con furosemida 40 mg/día "
        "VO, enalapril (C09AA02) 10 mg c/12h, espironolactona (C03DA01) 25 mg/día y bisoprolol (C07AB07) 2,5 mg/día. "
        "Control en consultorio de insuficiencia cardíaca en 7 días con ionograma."),
    "variants": [
        {"exp": [], "note": "clean: hyponatraemia coded and supported by Na 129; restated doses faithful"},
        {"exp": [], "out": [("egresa con furosemida 40 mg/día VO", "egresa con Lasix 40 mg/día VO")],
         "note": "trap clean: brand Lasix for furosemida (brand given in input)"},
        {"exp": ["HAL003"], "out": [("furosemida (C03CA01) 40 mg EV c/12h", "furosemida (C03CA01) 40 mg VO c/12h")],
         "note": "inpatient furosemide route VO vs EV in input"},
        {"exp": ["COD005"], "out": [("con miocardiopatía isquémica (I25.5)", "con hipoquinesia anterior (I25.5)")],
         "note": "I25.5 labelled with the echo finding; input pairs I25.5 with miocardiopatía isquémica"},
        {"exp": ["COD007"], "inp": [("\"E87.1\"", "\"E18.3\"")], "out": [("(E87.1)", "(E18.3)")],
         "note": "E18.3 well formed but does not exist in ICD-10 (E17-E19 unused); present in input and output"},
        {"exp": ["REP001"], "out": [("Control en consultorio de insuficiencia cardíaca en 7 días con ionograma.",
                                     "Control en consultorio de insuficiencia cardíaca en 7 días con ionograma. Control en consultorio de insuficiencia cardíaca en 7 días con ionograma.")],
         "note": "last sentence repeated"},
        {"exp": ["DEM001"], "out": [("Varón de 79 años", "Mujer de 79 años")], "note": "female stated, input masculino"},
    ],
})

# ---------------------------------------------------------------- A4 Chile
CASES.append({
    "key": "A4_cl_iamcest_fhir",
    "setting": "Chile, hospital policial, Unidad Coronaria/Hemodinamia; FHIR Bundle con fecha de nacimiento",
    "allow_numbers": ["61"],
    "input": {
        "resourceType": "Bundle", "type": "collection",
        "meta": {"source": "Hospital de Carabineros, Santiago de Chile"},
        "entry": [
            {"resource": {"resourceType": "Patient", "gender": "male", "birthDate": "1962-08-30"}},
            {"resource": {"resourceType": "Encounter", "serviceType": "Unidad Coronaria",
                          "period": {"start": "2024-01-11", "end": "2024-01-16"},
                          "reasonCode": [{"text": "dolor torácico opresivo de 3 horas con diaforesis"}],
                          "dischargeDisposition": {"text": "domicilio; control con cardiología y rehabilitación cardíaca"}}},
            {"resource": {"resourceType": "Condition", "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10", "code": "I21.1",
                          "display": "Infarto agudo de miocardio con elevación del ST de pared inferior"}]}, "clinicalStatus": "active"}},
            {"resource": {"resourceType": "Condition", "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10", "code": "E78.5",
                          "display": "Dislipidemia"}]}, "clinicalStatus": "active"}},
            {"resource": {"resourceType": "Procedure", "code": {"text": "Coronariografía y angioplastia primaria con stent farmacoactivo en arteria coronaria derecha"},
                          "bodySite": {"text": "coronaria derecha, segmento medio"}}},
            {"resource": {"resourceType": "Observation", "code": {"text": "Troponina T ultrasensible peak"}, "valueQuantity": {"value": 4820, "unit": "ng/L"}}},
            {"resource": {"resourceType": "Observation", "code": {"text": "FEVI"}, "valueQuantity": {"value": 50, "unit": "%"}}},
            {"resource": {"resourceType": "Observation", "code": {"text": "Frecuencia cardíaca"}, "valueQuantity": {"value": 64, "unit": "lpm"}}},
            {"resource": {"resourceType": "MedicationRequest", "medicationCodeableConcept": {"coding": [{"system": "ATC", "code": "B01AC06", "display": "Ácido acetilsalicílico"}]},
                          "dosageInstruction": [{"text": "100 mg cada 24 horas VO"}]}},
            {"resource": {"resourceType": "MedicationRequest", "medicationCodeableConcept": {"coding": [{"system": "ATC", "code": "B01AC24", "display": "Ticagrelor (Brilinta)"}]},
                          "dosageInstruction": [{"text": "90 mg cada 12 horas VO por 12 meses"}]}},
            {"resource": {"resourceType": "MedicationRequest", "medicationCodeableConcept": {"coding": [{"system": "ATC", "code": "C10AA05", "display": "Atorvastatina"}]},
                          "dosageInstruction": [{"text": "80 mg cada 24 horas VO"}]}},
            {"resource": {"resourceType": "MedicationRequest", "medicationCodeableConcept": {"coding": [{"system": "ATC", "code": "C07AB02", "display": "Metoprolol"}]},
                          "dosageInstruction": [{"text": "25 mg cada 12 horas VO"}]}},
        ],
    },
    "output": (
        "Ingresa por dolor torácico opresivo de 3 horas con diaforesis. Varón de 61 años con dislipidemia (E78.5); Dx "
        "infarto agudo de miocardio con elevación del ST de pared inferior (I21.1). Se realiza coronariografía y "
        "angioplastia primaria con stent farmacoactivo en arteria coronaria derecha, segmento medio, sin complicaciones. "
        "Troponina T ultrasensible peak 4820 ng/L; FEVI 50%. Evoluciona en Unidad Coronaria sin arritmias ni angina, FC "
        "64 lpm. Alta con ácido acetilsalicílico (B01AC06) 100 mg c/24h VO, ticagrelor (B01AC24) 90 mg c/12h VO por 12 "
        "meses, atorvastatina (C10AA05) 80 mg c/24h VO y metoprolol (C07AB02) 25 mg c/12h VO. Control con cardiología y "
        "rehabilitación cardíaca."),
    "variants": [
        {"exp": [], "note": "clean: age 61 computed from birthDate 1962-08-30 and admission 2024-01-11 (allowed by the number guard)"},
        {"exp": [], "out": [("Evoluciona en Unidad Coronaria sin arritmias ni angina", "Evoluciona en Unidad Coronaria sin arritmias ni angina y sin requerir balón de contrapulsación")],
         "note": "trap clean: negated device (not a claim it was used)"},
        {"exp": ["HAL004"], "out": [("en arteria coronaria derecha, segmento medio", "en arteria coronaria izquierda, segmento medio")],
         "note": "stent side contradicts coronaria derecha"},
        {"exp": ["HAL003"], "out": [("ticagrelor (B01AC24) 90 mg c/12h VO", "ticagrelor (B01AC24) 90 mg c/24h VO")],
         "note": "ticagrelor interval contradicts cada 12 horas"},
        {"exp": ["DEM001"], "out": [("Varón de 61 años", "Varón de 64 años")],
         "note": "age 64 (the heart rate) contradicts the age derived from the dates (61)"},
        {"exp": ["COD003"], "out": [("metoprolol (C07AB02)", "metoprolol C07AB02")], "note": "ATC outside parentheses"},
    ],
})

# ---------------------------------------------------------------- A5 Colombia
CASES.append({
    "key": "A5_co_epoc_vmni",
    "setting": "Colombia, clínica privada, Neumología; gases y soporte ventilatorio",
    "input": {
        "ips": "Clínica privada, Bogotá D.C.",
        "servicio": "Neumología",
        "paciente": {"sexo": "F", "edad": 70, "ocupacion": "ama de casa, exposición a humo de leña"},
        "motivo": "aumento de disnea y esputo purulento de 4 días",
        "gases_ingreso": {"pH": 7.31, "pCO2": "58 mmHg", "pO2": "52 mmHg", "FiO2": "21%"},
        "signos": {"FR": 28, "SpO2": "84%"},
        "dx": [{"cie10": "J44.1", "nombre": "EPOC exacerbada"},
               {"cie10": "J96.0", "nombre": "Insuficiencia respiratoria aguda hipercápnica"}],
        "soporte": [{"tipo": "Ventilación mecánica no invasiva", "duracion": "48 horas"}],
        "medicamentos": [
            {"atc": "R03AC02", "nombre": "Salbutamol (Ventolin)", "posologia": "4 inhalaciones cada 4 horas"},
            {"atc": "R03BB01", "nombre": "Bromuro de ipratropio", "posologia": "4 inhalaciones cada 6 horas"},
            {"atc": "H02AB07", "nombre": "Prednisona", "posologia": "40 mg cada 24 horas VO por 5 días"},
            {"atc": "J01FA10", "nombre": "Azitromicina", "posologia": "500 mg cada 24 horas VO por 3 días"}],
        "egreso": {"oxigeno_domiciliario": "2 L/min por cánula nasal", "control": "neumología en 15 días con espirometría"},
    },
    "output": (
        "Ingresa por aumento de disnea y esputo purulento de 4 días de evolución. Paciente femenina de 70 años con "
        "exposición a humo de leña; Dx EPOC exacerbada (J44.1) con insuficiencia respiratoria aguda hipercápnica "
        "(J96.0): gases con pH 7,31, pCO2 58 mmHg y pO2 52 mmHg al aire ambiente, FR 28 y SpO2 84%. Requirió VMNI "
        "durante 48 horas con buena respuesta. Manejo con salbutamol (R03AC02) 4 inhalaciones c/4h, bromuro de "
        "ipratropio (R03BB01) 4 inhalaciones c/6h, prednisona (H02AB07) 40 mg/día VO por 5 días y azitromicina "
        "(J01FA10) 500 mg/día VO por 3 días. Es dada de alta con oxígeno domiciliario a 2 L/min por cánula nasal y "
        "control por neumología en 15 días con espirometría."),
    "variants": [
        {"exp": [], "note": "clean: VMNI abbreviation of ventilación mecánica no invasiva; 'dada de alta' agrees with F"},
        {"exp": [], "out": [("Requirió VMNI durante 48 horas con buena respuesta.", "Requirió VMNI durante 48 horas con buena respuesta, sin necesidad de intubación orotraqueal.")],
         "note": "trap clean: negated intubation"},
        {"exp": [], "out": [("Paciente femenina de 70 años", "Paciente septuagenaria")], "note": "trap clean: age word consistent with 70"},
        {"exp": ["HAL001"], "out": [("Requirió VMNI durante 48 horas", "Requirió VMI durante 48 horas")],
         "note": "VMI (invasive ventilation) not in input, only non-invasive"},
        {"exp": ["COD003"], "out": [("ipratropio (R03BB01)", "ipratropio R03BB01")], "note": "ATC outside parentheses"},
        {"exp": ["HAL002"], "out": [("pCO2 58 mmHg", "pCO2 63 mmHg")], "note": "pCO2 63 appears nowhere in input"},
    ],
})

# ---------------------------------------------------------------- A6 Peru
CASES.append({
    "key": "A6_pe_tbc_pulmonar",
    "setting": "Perú, hospital de la Policía, Infectología; entrada como lista de secciones",
    "input": [
        {"seccion": "datos", "texto": "Varón, 34 años, peso 54 kg, trabajador minero. Hospital Nacional de la Policía, Lima."},
        {"seccion": "servicio", "texto": "Infectología"},
        {"seccion": "enfermedad_actual", "texto": "tos productiva de 6 semanas, hemoptisis leve, fiebre vespertina y baja de peso de 8 kg"},
        {"seccion": "examenes", "items": ["BK en esputo: positivo (++)", "GeneXpert MTB/RIF: detectado, sin resistencia a rifampicina",
                                          "VIH: no reactivo", "Rx tórax: cavitación en lóbulo superior derecho"]},
        {"seccion": "diagnosticos", "items": [{"codigo": "A15.0", "texto": "Tuberculosis pulmonar con baciloscopia positiva"}]},
        {"seccion": "tratamiento", "items": [
            {"atc": "J04AC01", "nombre": "Isoniazida", "dosis": "300 mg cada 24 horas VO"},
            {"atc": "J04AB02", "nombre": "Rifampicina", "dosis": "600 mg cada 24 horas VO"},
            {"atc": "J04AK01", "nombre": "Pirazinamida", "dosis": "1500 mg cada 24 horas VO"},
            {"atc": "J04AK02", "nombre": "Etambutol", "dosis": "1200 mg cada 24 horas VO"},
            {"nombre": "Piridoxina", "dosis": "50 mg cada 24 horas VO"}]},
        {"seccion": "alta", "texto": "Aislamiento respiratorio domiciliario 2 semanas; DOTS en establecimiento de salud; estudio de contactos"},
    ],
    "output": (
        "Ingresa por tos productiva de 6 semanas, hemoptisis leve, fiebre vespertina y baja de peso de 8 kg. Varón de "
        "34 años, minero, peso 54 kg. BK en esputo positivo y GeneXpert MTB/RIF detectado sin resistencia a "
        "rifampicina; VIH no reactivo. Rx de tórax con cavitación en lóbulo superior derecho. Dx tuberculosis pulmonar "
        "con baciloscopia positiva (A15.0). Inicia esquema con isoniazida (J04AC01) 300 mg, rifampicina (J04AB02) 600 "
        "mg, pirazinamida (J04AK01) 1500 mg y etambutol (J04AK02) 1200 mg, todos c/24h VO, más piridoxina 50 mg/día. "
        "Buena tolerancia, sin hepatotoxicidad. Alta con aislamiento respiratorio domiciliario por 2 semanas, "
        "tratamiento supervisado DOTS en su establecimiento de salud y estudio de contactos."),
    "variants": [
        {"exp": [], "note": "clean: 'sin hepatotoxicidad' negated; uncoded piridoxina left uncoded"},
        {"exp": [], "out": [("Buena tolerancia, sin hepatotoxicidad.", "Buena tolerancia; no requirió suspender fármacos por hepatotoxicidad.")],
         "note": "trap clean: negated complication"},
        {"exp": ["HAL004"], "out": [("lóbulo superior derecho", "lóbulo superior izquierdo")], "note": "cavitation side contradicts input"},
        {"exp": ["COD004"], "out": [("más piridoxina 50 mg/día", "más piridoxina (A11HA02) 50 mg/día")],
         "note": "ATC A11HA02 added; the input has piridoxina without code"},
        {"exp": ["FMT002"], "out": [("Rx de tórax con cavitación", "Rx de tórax con `cavitación`")], "note": "backticks"},
    ],
})

# ---------------------------------------------------------------- A7 Venezuela
CASES.append({
    "key": "A7_ve_anemia_ferropenica",
    "setting": "Venezuela, policlínica privada, Medicina Interna; transfusión",
    "input": {
        "clinica": "Policlínica privada, Caracas",
        "servicio": "Medicina Interna",
        "identificacion": {"sexo": "femenino", "edad": "45 años"},
        "motivo_de_consulta": "astenia, disnea de esfuerzo y metrorragia de 8 días",
        "antecedentes": ["miomatosis uterina conocida"],
        "laboratorio_ingreso": {"hemoglobina": "6,8 g/dL", "VCM": "68 fL", "ferritina": "4 ng/mL", "plaquetas": "412.000 /mm3"},
        "laboratorio_egreso": {"hemoglobina": "8,9 g/dL"},
        "diagnosticos": [{"codigo": "D50.0", "descripcion": "Anemia ferropénica secundaria a pérdida crónica de sangre"},
                         {"codigo": "D25.9", "descripcion": "Leiomioma uterino"}],
        "procedimientos": ["Transfusión de 2 concentrados de glóbulos rojos",
                           "Ecografía transvaginal: útero miomatoso, mioma intramural de 5 cm"],
        "tratamiento_egreso": [
            {"atc": "B03AA07", "principio_activo": "Sulfato ferroso", "indicacion": "325 mg cada 24 horas VO en ayunas"},
            {"atc": "G03DA02", "principio_activo": "Medroxiprogesterona", "indicacion": "10 mg cada 24 horas VO por 10 días"}],
        "plan": "Valoración por ginecología para miomectomía en 4 semanas",
    },
    "output": (
        "Ingresa por astenia, disnea de esfuerzo y metrorragia de 8 días. Mujer de 45 años con miomatosis uterina "
        "conocida. Laboratorio con hemoglobina de 6,8 g/dL, VCM 68 fL, ferritina 4 ng/mL y plaquetas 412.000/mm3. Dx "
        "anemia ferropénica secundaria a pérdida crónica de sangre (D50.0) por leiomioma uterino (D25.9); la ecografía "
        "transvaginal muestra útero miomatoso con mioma intramural de 5 cm. Se transfunden 2 concentrados de glóbulos "
        "rojos, con hemoglobina al egreso de 8,9 g/dL. Egresa con sulfato ferroso (B03AA07) 325 mg c/24h VO en ayunas y "
        "medroxiprogesterona (G03DA02) 10 mg c/24h VO por 10 días para control del sangrado. Pendiente de valoración "
        "por ginecología para miomectomía en 4 semanas."),
    "variants": [
        {"exp": [], "note": "clean: anemia supported by Hb 6,8; miomectomía only planned (in input)"},
        {"exp": [], "out": [("Mujer de 45 años", "Paciente de cuarenta y cinco años")], "note": "trap clean: age in words, matches 45"},
        {"exp": ["DEM001"], "out": [("Mujer de 45 años", "Mujer de 68 años")], "note": "age 68 (the VCM) contradicts 45"},
        {"exp": ["HAL001"], "out": [("Se transfunden 2 concentrados de glóbulos rojos,", "Se transfunden 2 concentrados de glóbulos rojos y plasma fresco congelado,")],
         "note": "plasma transfusion absent from input"},
        {"exp": ["FMT002"], "out": [("hemoglobina de 6,8 g/dL", "**hemoglobina de 6,8 g/dL**")], "note": "bold markdown"},
        {"exp": ["COD001"], "out": [("leiomioma uterino (D25.9);", "leiomioma uterino D25.9;")], "note": "CIE-10 code outside parentheses"},
    ],
})
