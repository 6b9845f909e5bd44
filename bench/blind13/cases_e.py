# Scenarios E: neurology, neurosurgery, psychiatry (detox), infectious disease
# (HIV, dengue).  Spain, Argentina, Mexico, Peru, Honduras, Venezuela.

CASES = []

# ---------------------------------------------------------------- E1 Spain
CASES.append({
    "key": "E1_es_ictus_fuera_ventana",
    "setting": "España, hospital privado, Neurología - Unidad de Ictus; reperfusión no indicada",
    "input": {
        "centro": "Hospital privado, Sevilla",
        "servicio": "Neurología - Unidad de Ictus",
        "paciente": {"sexo": "varón", "edad": 76},
        "antecedentes": [{"cie10": "I48.9", "nombre": "Fibrilación auricular no anticoagulada"},
                         {"cie10": "E11.9", "nombre": "Diabetes mellitus tipo 2"}],
        "motivo": "hemiparesia derecha y afasia motora al despertar, última vez visto asintomático 11 horas antes",
        "exploracion": {"NIHSS_ingreso": 9, "NIHSS_alta": 3, "TA": "172/94 mmHg", "glucemia": "186 mg/dL"},
        "neuroimagen": "TC craneal: infarto agudo establecido en territorio de arteria cerebral media izquierda; angio-TC sin oclusión de gran vaso",
        "reperfusion": "no candidato a trombólisis ni trombectomía (fuera de ventana, sin oclusión de gran vaso)",
        "diagnosticos": [{"cie10": "I63.4", "nombre": "Infarto cerebral cardioembólico en territorio de ACM izquierda"}],
        "tratamiento": [{"atc": "B01AF02", "nombre": "Apixabán (Eliquis)", "pauta": "5 mg cada 12 horas VO, iniciado al día 4"},
                        {"atc": "C10AA05", "nombre": "Atorvastatina", "pauta": "40 mg cada 24 horas VO"},
                        {"atc": "A10BA02", "nombre": "Metformina", "pauta": "850 mg cada 12 horas VO"}],
        "disfagia": "test de disfagia superado",
        "alta": "traslado a centro de rehabilitación; logopedia; control en consulta de neurología vascular en 3 meses",
    },
    "output": (
        "Ingresa por hemiparesia derecha y afasia motora al despertar, visto asintomático por última vez 11 horas antes. "
        "Varón de 76 años con fibrilación auricular (I48.9) no anticoagulada y diabetes mellitus tipo 2 (E11.9). NIHSS 9 "
        "al ingreso, TA 172/94 mmHg y glucemia 186 mg/dL. La TC craneal muestra infarto agudo establecido en territorio "
        "de arteria cerebral media izquierda y la angio-TC no evidencia oclusión de gran vaso, por lo que no es "
        "candidato a trombólisis ni trombectomía. Dx infarto cerebral cardioembólico (I63.4). Supera el test de "
        "disfagia. Al día 4 inicia apixabán (B01AF02) 5 mg c/12h VO, junto con atorvastatina (C10AA05) 40 mg/día y "
        "metformina (A10BA02) 850 mg c/12h. NIHSS al alta 3. Se traslada a centro de rehabilitación con logopedia y "
        "control en neurología vascular en 3 meses."),
    "variants": [
        {"exp": [], "note": "clean: right hemiparesis with LEFT MCA infarct is the correct contralateral sign; thrombolysis/thrombectomy not indicated"},
        {"exp": [], "out": [("Dx infarto cerebral cardioembólico (I63.4).", "Dx infarto cerebral cardioembólico (I63.4) de ACM izquierda, con déficit del hemicuerpo derecho.")],
         "note": "trap clean: contralateral hemibody stated explicitly"},
        {"exp": ["HAL004"], "out": [("Ingresa por hemiparesia derecha", "Ingresa por hemiparesia izquierda")], "note": "hemiparesis side contradicts input"},
        {"exp": ["HAL001"], "out": [("por lo que no es candidato a trombólisis ni trombectomía", "por lo que se realiza trombectomía mecánica")],
         "note": "thrombectomy performed; input says not a candidate"},
        {"exp": ["COD002"], "out": [("y afasia motora al despertar", "y afasia motora (R47.0) al despertar")], "note": "R47.0 added; not in input"},
        {"exp": ["FMT003"], "full": (
            "Ingresa por hemiparesia derecha y afasia motora. Varón de 76 años con fibrilación auricular (I48.9) y diabetes "
            "mellitus tipo 2 (E11.9). Dx infarto cerebral cardioembólico (I63.4) en territorio de arteria cerebral media "
            "izquierda. Inicia apixabán (B01AF02), atorvastatina (C10AA05) y metformina (A10BA02). Se traslada a "
            "rehabilitación."),
         "note": "too short (<80 words)"},
    ],
})

# ---------------------------------------------------------------- E2 Argentina
CASES.append({
    "key": "E2_ar_hematoma_subdural",
    "setting": "Argentina, sanatorio privado, Neurocirugía; anticoagulante suspendido",
    "input": {
        "institucion": "Sanatorio privado, La Plata",
        "servicio": "Neurocirugía",
        "paciente": {"sexo": "femenino", "edad": 81},
        "motivo": "cefalea progresiva, bradipsiquia y paresia braquiocrural izquierda de 10 días, caída hace 5 semanas",
        "antecedentes": [{"codigo": "I48.0", "descripcion": "Fibrilación auricular paroxística"},
                         {"codigo": "I10", "descripcion": "Hipertensión arterial"}],
        "medicacion_habitual": [
            {"atc": "B01AF01", "nombre": "Rivaroxabán (Xarelto)", "dosis": "15 mg cada 24 horas",
             "estado": "suspendido al ingreso, reiniciar en 4 semanas según control tomográfico"},
            {"atc": "C09AA05", "nombre": "Ramipril", "dosis": "5 mg cada 24 horas"}],
        "tac_cerebro": "hematoma subdural crónico frontoparietal derecho de 22 mm con desviación de línea media de 8 mm",
        "diagnostico": {"codigo": "S06.5", "descripcion": "Hematoma subdural traumático crónico"},
        "cirugia": "evacuación mediante dos orificios de trépano derechos con drenaje subdural 48 horas",
        "medicacion_internacion": [{"atc": "N03AX14", "nombre": "Levetiracetam", "dosis": "500 mg cada 12 horas VO por 7 días"}],
        "tac_control": "reexpansión cerebral, sin resangrado",
        "alta": "día 6; control con TAC en 4 semanas",
    },
    "output": (
        "Ingresa por cefalea progresiva, bradipsiquia y paresia braquiocrural izquierda de 10 días, con antecedente de "
        "caída hace 5 semanas. Paciente de 81 años con fibrilación auricular paroxística (I48.0) anticoagulada con "
        "rivaroxabán (B01AF01) 15 mg c/24h e hipertensión arterial (I10) tratada con ramipril (C09AA05) 5 mg c/24h. La "
        "TAC de cerebro evidencia hematoma subdural crónico frontoparietal derecho de 22 mm con desviación de línea media "
        "de 8 mm. Dx hematoma subdural traumático crónico (S06.5). Se suspende el rivaroxabán y es intervenida mediante "
        "evacuación por dos orificios de trépano derechos con drenaje subdural 48 horas. Recibe levetiracetam (N03AX14) "
        "500 mg c/12h VO por 7 días. TAC de control con reexpansión cerebral sin resangrado. Alta al día 6; reiniciar "
        "rivaroxabán en 4 semanas según TAC de control."),
    "variants": [
        {"exp": [], "note": "clean: right hematoma with left paresis (contralateral); rivaroxabán suspended, restart planned"},
        {"exp": [], "out": [("Se suspende el rivaroxabán y es intervenida", "Se suspende el Xarelto y es intervenida")],
         "note": "trap clean: brand Xarelto in input"},
        {"exp": ["HAL004"], "out": [("frontoparietal derecho de 22 mm", "frontoparietal izquierdo de 22 mm")], "note": "hematoma side contradicts input"},
        {"exp": ["HAL003"], "out": [("rivaroxabán (B01AF01) 15 mg c/24h", "rivaroxabán (B01AF01) 15 mg c/12h")],
         "note": "interval contradicts cada 24 horas (12 is levetiracetam's)"},
        {"exp": ["DEM001"], "out": [("es intervenida mediante", "es intervenido mediante")], "note": "masculine participle; input femenino"},
    ],
})

# ---------------------------------------------------------------- E3 Mexico detox
CASES.append({
    "key": "E3_mx_abstinencia_alcohol",
    "setting": "México, clínica privada de salud mental y adicciones, Psiquiatría (desintoxicación); filas campo/valor",
    "input": {
        "expediente": [
            {"campo": "Clínica", "valor": "Clínica privada de salud mental y adicciones, Guadalajara"},
            {"campo": "Servicio", "valor": "Psiquiatría - Unidad de Desintoxicación"},
            {"campo": "Sexo", "valor": "Masculino"},
            {"campo": "Edad", "valor": "45"},
            {"campo": "Motivo", "valor": "temblor, diaforesis, ansiedad y alucinaciones visuales a las 36 horas de suspender consumo de alcohol"},
            {"campo": "Consumo", "valor": "aguardiente 1 litro al día por 20 años"},
            {"campo": "CIWA-Ar ingreso", "valor": "24"},
            {"campo": "Laboratorio", "valor": "GGT 312 U/L, VCM 104 fL, sodio 134 mEq/L, magnesio 1,4 mg/dL"},
            {"campo": "Diagnóstico", "valor": "F10.4 Síndrome de abstinencia alcohólica con delirium"},
            {"campo": "Diagnóstico", "valor": "K70.0 Hígado graso alcohólico"},
            {"campo": "Tratamiento", "valor": "Diazepam (Valium) N05BA01 10 mg VO cada 6 horas en esquema descendente"},
            {"campo": "Tratamiento", "valor": "Tiamina A11DA01 100 mg IV cada 8 horas por 5 días, previo a soluciones glucosadas"},
            {"campo": "Tratamiento", "valor": "Sulfato de magnesio A12CC02 2 g IV dosis única"},
            {"campo": "Evolución", "valor": "CIWA-Ar 4 al día 6, sin crisis convulsivas"},
            {"campo": "Alta", "valor": "Naltrexona N07BB04 50 mg VO cada 24 horas; grupo de ayuda mutua; consulta de psiquiatría en 14 días"},
        ],
    },
    "output": (
        "Ingresa por temblor, diaforesis, ansiedad y alucinaciones visuales a las 36 horas de suspender el consumo de "
        "alcohol, en paciente masculino de 45 años que consume 1 litro de aguardiente al día desde hace 20 años. "
        "CIWA-Ar de 24 al ingreso. Laboratorio con GGT 312 U/L, VCM 104 fL, sodio 134 mEq/L y magnesio 1,4 mg/dL. Dx "
        "síndrome de abstinencia alcohólica con delirium (F10.4) e hígado graso alcohólico (K70.0). Se maneja con "
        "diazepam (N05BA01) 10 mg VO c/6h en esquema descendente, tiamina (A11DA01) 100 mg IV c/8h por 5 días previo a "
        "soluciones glucosadas y sulfato de magnesio (A12CC02) 2 g IV dosis única. Al día 6 CIWA-Ar de 4, sin crisis "
        "convulsivas. Egresa con naltrexona (N07BB04) 50 mg VO c/24h, grupo de ayuda mutua y consulta de psiquiatría en "
        "14 días."),
    "variants": [
        {"exp": [], "note": "clean: 'sin crisis convulsivas' negated; thiamine before glucose"},
        {"exp": [], "out": [("Se maneja con diazepam (N05BA01)", "Se maneja con Valium (N05BA01)")], "note": "trap clean: brand Valium (in input)"},
        {"exp": ["COD007"], "inp": [("K70.0 Hígado graso", "K99.1 Hígado graso")], "out": [("(K70.0)", "(K99.1)")],
         "note": "K99.1 does not exist in ICD-10; in input and output"},
        {"exp": ["CLN001"], "inp": [("Naltrexona N07BB04 50 mg VO", "Tamsulosina G04CA02 0,4 mg VO")],
         "out": [("naltrexona (N07BB04) 50 mg VO c/24h", "tamsulosina (G04CA02) 0,4 mg VO c/24h")],
         "note": "tamsulosina without any prostatic/urinary diagnosis (replaced in input and output)"},
        {"exp": ["COD003"], "out": [("tiamina (A11DA01) 100 mg", "tiamina A11DA01 100 mg")], "note": "ATC outside parentheses"},
        {"exp": ["DEM001"], "out": [("en paciente masculino de 45 años", "en paciente femenina de 45 años")], "note": "female stated; input Masculino"},
        {"exp": ["HAL003"], "out": [("diazepam (N05BA01) 10 mg VO c/6h", "diazepam (N05BA01) 20 mg VO c/6h")],
         "note": "diazepam dose 20 mg vs 10 mg (20 exists in input as years of drinking)"},
    ],
})

# ---------------------------------------------------------------- E4 Peru HIV
CASES.append({
    "key": "E4_pe_vih_pneumocystis",
    "setting": "Perú, clínica privada, Infectología (VIH); FHIR Bundle, TB descartada",
    "input": {
        "resourceType": "Bundle",
        "meta": {"source": "Clínica privada, Lima - Infectología"},
        "entry": [
            {"resource": {"resourceType": "Patient", "gender": "male", "extension": [{"url": "edad", "valueInteger": 29}]}},
            {"resource": {"resourceType": "Encounter", "reasonCode": [{"text": "disnea progresiva, tos seca y fiebre de 3 semanas, baja de peso"}],
                          "length": {"value": 12, "unit": "d"}}},
            {"resource": {"resourceType": "Condition", "code": {"coding": [{"system": "icd-10", "code": "B20.6",
                          "display": "Enfermedad por VIH con neumonía por Pneumocystis jirovecii"}]}}},
            {"resource": {"resourceType": "Condition", "code": {"coding": [{"system": "icd-10", "code": "B37.0", "display": "Candidiasis orofaríngea"}]}}},
            {"resource": {"resourceType": "Observation", "code": {"text": "CD4"}, "valueQuantity": {"value": 45, "unit": "células/µL"}}},
            {"resource": {"resourceType": "Observation", "code": {"text": "Carga viral VIH"}, "valueString": "186.000 copias/mL"}},
            {"resource": {"resourceType": "Observation", "code": {"text": "pO2 arterial"}, "valueQuantity": {"value": 58, "unit": "mmHg"}}},
            {"resource": {"resourceType": "Observation", "code": {"text": "GeneXpert en esputo"}, "valueString": "negativo; tuberculosis descartada"}},
            {"resource": {"resourceType": "Procedure", "code": {"text": "Fibrobroncoscopia con lavado broncoalveolar: PCR positiva para Pneumocystis jirovecii"}}},
            {"resource": {"resourceType": "MedicationRequest", "medicationCodeableConcept": {"coding": [{"code": "J01EE01", "display": "Trimetoprim-sulfametoxazol"}]},
                          "dosageInstruction": [{"text": "15 mg/kg/día de trimetoprim IV dividido cada 8 horas por 21 días"}]}},
            {"resource": {"resourceType": "MedicationRequest", "medicationCodeableConcept": {"coding": [{"code": "H02AB07", "display": "Prednisona"}]},
                          "dosageInstruction": [{"text": "40 mg cada 12 horas VO por 5 días, luego descenso"}]}},
            {"resource": {"resourceType": "MedicationRequest", "medicationCodeableConcept": {"coding": [{"code": "J02AC01", "display": "Fluconazol"}]},
                          "dosageInstruction": [{"text": "200 mg cada 24 horas VO por 7 días"}]}},
            {"resource": {"resourceType": "CarePlan", "description": "inicio de TAR con bictegravir/emtricitabina/tenofovir alafenamida en 2 semanas en consultorio de VIH; profilaxis secundaria con TMP-SMX"}},
        ],
    },
    "output": (
        "Ingresa por disnea progresiva, tos seca, fiebre de 3 semanas y baja de peso en varón de 29 años. Se diagnostica "
        "enfermedad por VIH con neumonía por Pneumocystis jirovecii (B20.6), con CD4 de 45 células/µL, carga viral de "
        "186.000 copias/mL y pO2 de 58 mmHg; la fibrobroncoscopia con lavado broncoalveolar da PCR positiva para "
        "Pneumocystis y el GeneXpert negativo descarta tuberculosis. Presenta además candidiasis orofaríngea (B37.0). "
        "Recibe trimetoprim-sulfametoxazol (J01EE01) 15 mg/kg/día de trimetoprim IV cada 8 horas por 21 días, "
        "prednisona (H02AB07) 40 mg c/12h VO por 5 días con descenso posterior y fluconazol (J02AC01) 200 mg c/24h VO "
        "por 7 días. Tras 12 días de estancia egresa con profilaxis secundaria con TMP-SMX e inicio de TAR con "
        "bictegravir/emtricitabina/tenofovir alafenamida en 2 semanas en consultorio de VIH."),
    "variants": [
        {"exp": [], "note": "clean: TB ruled out; antiretrovirals only planned"},
        {"exp": [], "out": [("Tras 12 días de estancia egresa", "Tras 12 días de estancia, sin haber iniciado aún el TAR, egresa")],
         "note": "trap clean: ART explicitly not yet started"},
        {"exp": ["HAL002"], "out": [("CD4 de 45 células/µL", "CD4 de 54 células/µL")], "note": "CD4 54 appears nowhere in input"},
        {"exp": ["COD005"], "out": [("Presenta además candidiasis orofaríngea (B37.0).", "Presenta además tos seca (B37.0).")],
         "note": "B37.0 labelled tos seca; input pairs B37.0 with candidiasis orofaríngea"},
        {"exp": ["COD006"], "out": [("prednisona (H02AB07) 40 mg", "prednisona 40 mg")], "note": "input ATC H02AB07 omitted"},
        {"exp": ["DEM001"], "out": [("baja de peso en varón de 29 años", "baja de peso en mujer de 29 años")], "note": "female stated; input male"},
    ],
})

# ---------------------------------------------------------------- E5 Honduras military
CASES.append({
    "key": "E5_hn_neurocisticercosis_militar",
    "setting": "Honduras, hospital militar, Neurología; lesiones bilaterales",
    "input": {
        "hospital": "Hospital Militar, Tegucigalpa, Honduras",
        "servicio": "Neurología",
        "paciente": {"sexo": "femenino", "edad": 33},
        "motivo": "dos crisis convulsivas tónico-clónicas generalizadas en 6 horas, sin recuperar totalmente la conciencia entre ellas",
        "tac_cerebral": "múltiples quistes parenquimatosos con escólex en lóbulo frontal derecho y parietal izquierdo, con edema perilesional",
        "serologia": "Western blot para cisticerco positivo",
        "fondo_de_ojo": "sin papiledema",
        "diagnosticos": [{"cie10": "B69.0", "desc": "Neurocisticercosis"}, {"cie10": "G40.9", "desc": "Epilepsia sintomática"}],
        "tratamiento": [{"atc": "P02CA03", "nombre": "Albendazol", "dosis": "400 mg VO cada 12 horas por 14 días"},
                        {"atc": "H02AB02", "nombre": "Dexametasona", "dosis": "4 mg IV cada 8 horas"},
                        {"atc": "N03AB02", "nombre": "Fenitoína", "dosis": "100 mg VO cada 8 horas"}],
        "alta": {"dias": 7, "indicaciones": "completar albendazol y dexametasona en descenso; no conducir; TAC de control en 3 meses"},
    },
    "output": (
        "Ingresa por dos crisis convulsivas tónico-clónicas generalizadas en 6 horas, sin recuperación completa de la "
        "conciencia entre ellas. Paciente femenina de 33 años. La TAC cerebral muestra múltiples quistes parenquimatosos "
        "con escólex en lóbulo frontal derecho y parietal izquierdo, con edema perilesional; Western blot para cisticerco "
        "positivo y fondo de ojo sin papiledema. Dx neurocisticercosis (B69.0) con epilepsia sintomática (G40.9). "
        "Tratada con albendazol (P02CA03) 400 mg VO c/12h por 14 días, dexametasona (H02AB02) 4 mg IV c/8h y fenitoína "
        "(N03AB02) 100 mg VO c/8h, sin nuevas crisis. Alta a los 7 días para completar albendazol y dexametasona en "
        "descenso, con indicación de no conducir y TAC de control en 3 meses."),
    "variants": [
        {"exp": [], "note": "clean: albendazol (ATC P) for neurocysticercosis (CIE B) is coherent; two sides, each as in input"},
        {"exp": [], "out": [("fondo de ojo sin papiledema", "fondo de ojo sin papiledema, por lo que no se indica punción lumbar")],
         "note": "trap clean: procedure explicitly not indicated"},
        {"exp": ["FMT001"], "out": [("Ingresa por dos crisis", "\"Ingresa por dos crisis")], "note": "leading quote"},
        {"exp": ["HAL003"], "out": [("dexametasona (H02AB02) 4 mg IV c/8h", "dexametasona (H02AB02) 4 mg VO c/8h")], "note": "route VO vs IV"},
        {"exp": ["HAL001"], "out": [("Western blot para cisticerco positivo y", "Western blot para cisticerco positivo, punción lumbar con LCR normal y")],
         "note": "lumbar puncture absent from input"},
        {"exp": ["HAL004"], "out": [("lóbulo frontal derecho y parietal izquierdo", "lóbulo frontal izquierdo y parietal izquierdo")],
         "note": "frontal lesion side contradicts input"},
    ],
})

# ---------------------------------------------------------------- E6 Venezuela dengue
CASES.append({
    "key": "E6_ve_dengue_grave",
    "setting": "Venezuela, centro médico privado, Infectología; panel de laboratorio con referencias; fármacos contraindicados",
    "input": {
        "centro": "Centro Médico privado, Maracaibo",
        "servicio": "Infectología / Medicina Interna",
        "paciente": {"sexo": "F", "edad": 24, "peso_kg": 58},
        "motivo": "fiebre de 39,5 °C de 5 días, mialgias, dolor abdominal y gingivorragia",
        "laboratorios": [
            {"prueba": "Plaquetas", "resultado": "18.000", "unidad": "/mm3", "referencia": "150.000-450.000"},
            {"prueba": "Hematocrito", "resultado": "49", "unidad": "%", "referencia": "36-46"},
            {"prueba": "Leucocitos", "resultado": "2.900", "unidad": "/mm3", "referencia": "4.500-11.000"},
            {"prueba": "AST", "resultado": "212", "unidad": "U/L", "referencia": "hasta 40"},
            {"prueba": "NS1 dengue", "resultado": "positivo"}],
        "ecografia": "líquido libre perivesicular y derrame pleural derecho mínimo",
        "diagnosticos": [{"codigo": "A91", "nombre": "Fiebre del dengue hemorrágico"}],
        "tratamiento": [{"nombre": "Hidratación IV con cristaloides según protocolo OMS"},
                        {"atc": "N02BE01", "nombre": "Acetaminofén", "dosis": "1 g VO cada 8 horas"}],
        "no_administrado": "AINES contraindicados; no requirió transfusión de plaquetas",
        "egreso": {"plaquetas": "96.000 /mm3", "dias": 5, "control": "hematología en 48 horas"},
    },
    "output": (
        "Ingresa por fiebre de 39,5 °C de 5 días, mialgias, dolor abdominal y gingivorragia en paciente femenina de 24 "
        "años y 58 kg, con NS1 para dengue positivo. Presenta trombocitopenia con plaquetas de 18.000/mm3, hematocrito "
        "de 49% con hemoconcentración, leucopenia de 2.900/mm3 y AST de 212 U/L; la ecografía evidencia líquido libre "
        "perivesicular y derrame pleural derecho mínimo. Dx fiebre del dengue hemorrágico (A91). Manejada con "
        "hidratación IV con cristaloides según protocolo OMS y acetaminofén (N02BE01) 1 g VO c/8h; se evitan AINES por "
        "estar contraindicados y no requirió transfusión de plaquetas. Egresa a los 5 días con plaquetas de 96.000/mm3 "
        "y control por hematología en 48 horas."),
    "variants": [
        {"exp": [], "note": "clean: trombocitopenia, hemoconcentración and leucopenia supported by values; AINES contraindicated; no transfusion"},
        {"exp": [], "out": [("acetaminofén (N02BE01) 1 g VO c/8h", "acetaminofén (N02BE01) 1 g VO tres veces al día")],
         "note": "trap clean: 'tres veces al día' equals cada 8 horas"},
        {"exp": ["COD001"], "out": [("Dx fiebre del dengue hemorrágico (A91).", "Dx fiebre del dengue hemorrágico A91.")], "note": "CIE-10 code outside parentheses"},
        {"exp": ["REP001"], "out": [("Dx fiebre del dengue hemorrágico (A91).", "Dx fiebre del dengue hemorrágico (A91). Dx fiebre del dengue hemorrágico (A91).")],
         "note": "sentence repeated"},
        {"exp": ["HAL003"], "out": [("acetaminofén (N02BE01) 1 g VO c/8h", "acetaminofén (N02BE01) 1 g IV c/8h")], "note": "route IV vs VO"},
        {"exp": ["HAL001"], "out": [("y no requirió transfusión de plaquetas", "y se transfundieron plaquetas")],
         "note": "platelet transfusion claimed; input says none"},
        {"exp": ["HAL001"], "out": [("leucopenia de 2.900/mm3", "leucocitosis de 2.900/mm3")],
         "note": "leucocitosis contradicted by 2.900/mm3"},
        {"exp": ["DEM001"], "out": [("Manejada con hidratación", "Manejado con hidratación")], "note": "masculine participle; input F"},
    ],
})
