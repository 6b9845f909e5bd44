from cases_common import S, T, P

SCEN = []

# s10 Morelia, Gastro/Cirugia, colangitis aguda con CPRE
SCEN.append(S(
    "s10", "Hospital general regional, Morelia (México), Gastroenterología", "dictated prose, attending",
    "nested Spanish, labs as list of {analito, valor}, sex 'mujer'",
    {"identificacion": {"sexo": "mujer", "edad": 69},
     "cuadro_clinico": "dolor en hipocondrio derecho, fiebre de 39 ºC e ictericia de 3 días (tríada de Charcot)",
     "laboratorio": [{"analito": "bilirrubina total", "valor": "6,4 mg/dL"}, {"analito": "fosfatasa alcalina", "valor": "412 U/L"},
                     {"analito": "leucocitos", "valor": "18200/mm3"}, {"analito": "lipasa", "valor": "normal"}],
     "imagen": "ultrasonido: colédoco de 11 mm con lito distal, vesícula con litos",
     "diagnosticos": [{"cie10": "K80.3", "nombre": "Coledocolitiasis con colangitis"},
                      {"cie10": "E11.9", "nombre": "Diabetes mellitus tipo 2"}],
     "procedimientos": [{"nombre": "CPRE con esfinterotomía y extracción de lito con balón", "dia": 2}],
     "antibiotico": {"nombre": "Piperacilina/tazobactam", "atc": "J01CR05", "dosis": "4,5 g cada 6 horas IV", "duracion": "5 días"},
     "medicacion_previa": [{"nombre": "Insulina glargina", "atc": "A10AE04", "dosis": "18 UI por la noche subcutánea"}],
     "plan": "colecistectomía laparoscópica diferida en 6 semanas",
     "dias_estancia": 7},
    "Ingresa por dolor en hipocondrio derecho, fiebre de 39 ºC e ictericia de 3 días de evolución, cumpliendo la "
    "tríada de Charcot. Mujer de 69 años, diabética tipo 2 (E11.9) en tratamiento con insulina glargina (A10AE04) "
    "18 UI por la noche subcutánea. Laboratorio con bilirrubina total de 6,4 mg/dL, fosfatasa alcalina 412 U/L y "
    "leucocitos 18200/mm3, con lipasa normal. El ultrasonido muestra colédoco de 11 mm con lito distal y vesícula "
    "con litos. Con diagnóstico de coledocolitiasis con colangitis (K80.3) se inicia piperacilina/tazobactam "
    "(J01CR05) 4,5 g cada 6 horas IV y al segundo día se realiza CPRE con esfinterotomía y extracción de lito con "
    "balón, sin complicaciones. Evoluciona afebril, con descenso progresivo de la bilirrubina y buena tolerancia a "
    "la dieta. Completa 5 días de antibiótico y se egresa tras 7 días de estancia, con su insulina habitual. "
    "Queda programada colecistectomía laparoscópica diferida en 6 semanas, y se explican datos de alarma a la "
    "paciente y a su hijo.",
    [
        T("t_abbrev", "CPRE spelled out as colangiopancreatografía retrógrada endoscópica",
          [("se realiza CPRE con esfinterotomía", "se realiza colangiopancreatografía retrógrada endoscópica con esfinterotomía")]),
        T("t_neg_dx", "pancreatitis ruled out (lipasa normal)",
          [("con lipasa normal.", "con lipasa normal, lo que descarta pancreatitis asociada.")]),
        T("t_son", "son (male relative) mentioned; female patient",
          [("a la paciente y a su hijo.", "a la paciente y a su hijo, quien será el cuidador principal.")]),
        P("p_sex", ["DEM001"], "female patient called 'el paciente' / 'diabético'",
          [("Mujer de 69 años, diabética tipo 2", "Paciente de 69 años, diabético tipo 2"),
           ("a la paciente y a su hijo", "al paciente y a su hijo")]),
        P("p_side", ["HAL004"], "pain in left hypochondrium (input: right)",
          [("dolor en hipocondrio derecho", "dolor en hipocondrio izquierdo")]),
        P("p_proc", ["HAL001"], "claims a cholecystectomy was done during admission (input: deferred)",
          [("Queda programada colecistectomía laparoscópica diferida en 6 semanas,", "Se realiza además colecistectomía laparoscópica en el mismo ingreso,")]),
        P("p_abx_freq", ["HAL002", "HAL003"], "pip/tazo cada 6 h -> cada 8 h; 8 absent from input, so HAL002 too",
          [("4,5 g cada 6 horas IV", "4,5 g cada 8 horas IV")], allow_nums=[]),
        P("p_cie_extra", ["COD002"], "adds R17 to ictericia (uncoded in input)",
          [("e ictericia de 3 días", "e ictericia (R17) de 3 días")]),
        P("p_long", ["FMT003"], "padded over 200 words with verbose discharge advice (no new entities or numbers)",
          full=None, subs=[("y se explican datos de alarma a la paciente y a su hijo.",
            "y se explican datos de alarma a la paciente y a su hijo. Se insiste en que ante la reaparición de fiebre, "
            "dolor abdominal en hipocondrio derecho o coloración amarilla de piel y mucosas debe acudir de inmediato al "
            "servicio de urgencias del hospital más cercano a su domicilio. Asimismo se le recomienda mantener una dieta "
            "baja en grasas hasta la cirugía, vigilar las cifras de glucosa capilar en casa y acudir a su médico familiar "
            "para ajuste de la insulina si presenta valores fuera de las metas, y continuar con la actividad física ligera "
            "según tolerancia mientras se completa la recuperación.")]),
        P("p_rep", ["REP001"], "sentence duplicated",
          [("con lipasa normal.", "con lipasa normal. Laboratorio con bilirrubina total de 6,4 mg/dL, fosfatasa alcalina 412 U/L y leucocitos 18200/mm3, con lipasa normal.")]),
    ]))

# s11 Ourense, Neurologia, ictus isquemico con trombectomia
SCEN.append(S(
    "s11", "Complexo hospitalario, Ourense (Galicia), Neurología", "telegraphic with inline headings, Galician place names",
    "nested English/Spanish mix, NIHSS as numbers, sex 'V'",
    {"patient": {"sex": "V", "age": 74, "residencia": "O Carballiño"},
     "onset": "hemiparesia derecha y afasia al despertar, última vez visto bien 6 horas antes",
     "scores": {"NIHSS_ingreso": 16, "NIHSS_alta": 4, "mRS_previo": 0},
     "imaging": "TC perfusión: oclusión de arteria cerebral media izquierda segmento M1 con mismatch favorable",
     "diagnoses": [{"code": "I63.4", "text": "Infarto cerebral por embolia de arterias cerebrales"},
                   {"code": "I48.9", "text": "Fibrilación auricular no conocida"}],
     "procedures": ["trombectomía mecánica con recanalización TICI 2b"],
     "notes": "fuera de ventana para trombólisis intravenosa",
     "discharge_meds": [{"drug": "Apixabán", "atc": "B01AF02", "dose": "5 mg cada 12 horas", "start": "día 7"},
                        {"drug": "Atorvastatina", "atc": "C10AA05", "dose": "40 mg cada 24 horas"}],
     "destination": "unidad de rehabilitación",
     "length_of_stay_days": 12},
    "Ingresa por hemiparesia derecha y afasia al despertar, con última vez visto bien 6 horas antes. Varón de 74 "
    "años, vecino de O Carballiño, con mRS previo 0. NIHSS al ingreso: 16. TC perfusión: oclusión de arteria "
    "cerebral media izquierda, segmento M1, con mismatch favorable. Fuera de ventana para trombólisis intravenosa; "
    "se realiza trombectomía mecánica con recanalización TICI 2b. Monitorización: fibrilación auricular no "
    "conocida (I48.9). JC: infarto cerebral por embolia de arterias cerebrales (I63.4). Evolución: mejoría "
    "progresiva del lenguaje y de la fuerza, NIHSS al alta 4. Inicia apixabán (B01AF02) 5 mg cada 12 horas a "
    "partir del día 7 y atorvastatina (C10AA05) 40 mg cada 24 horas. Tras 12 días de ingreso se traslada a la "
    "unidad de rehabilitación. Control de tensión arterial y revisión en "
    "consulta de Neurología vascular. Se informa a su mujer y a su hija de la evolución.",
    [
        T("t_neg_thromb", "thrombolysis named but explicitly not given (alteplasa no administrada)",
          [("Fuera de ventana para trombólisis intravenosa;", "No se administra alteplasa por estar fuera de ventana para trombólisis intravenosa;")]),
        T("t_side_alt", "right hemiparesis written 'hemiparesia de hemicuerpo derecho'; left MCA as 'ACM izda.'",
          [("Ingresa por hemiparesia derecha", "Ingresa por hemiparesia del hemicuerpo derecho"),
           ("oclusión de arteria cerebral media izquierda", "oclusión de ACM izda.")]),
        T("t_abbrev", "FA and 'ictus isquémico cardioembólico' paraphrase of I63.4 label",
          [("fibrilación auricular no conocida (I48.9)", "FA no conocida (I48.9)"),
           ("JC: infarto cerebral por embolia de arterias cerebrales (I63.4).", "JC: ictus isquémico cardioembólico (I63.4).")]),
        P("p_side_hemi", ["HAL004"], "hemiparesis left (input: right)",
          [("Ingresa por hemiparesia derecha", "Ingresa por hemiparesia izquierda")]),
        P("p_side_artery", ["HAL004"], "right MCA occlusion (input: left)",
          [("cerebral media izquierda", "cerebral media derecha")]),
        P("p_thrombolysis", ["HAL001"], "claims thrombolysis given before thrombectomy",
          [("Fuera de ventana para trombólisis intravenosa;", "Se administra trombólisis intravenosa con alteplasa y"),
           ("se realiza trombectomía", "después se realiza trombectomía")]),
        P("p_nihss", ["HAL002"], "NIHSS at discharge 4 -> 3 (3 absent from input)",
          [("NIHSS al alta 4.", "NIHSS al alta 3.")]),
        P("p_apix", ["HAL002", "HAL003"], "apixaban 5 mg -> 2,5 mg; 2,5 absent from input, so HAL002 too",
          [("apixabán (B01AF02) 5 mg", "apixabán (B01AF02) 2,5 mg")]),
        P("p_cie_unknown", ["COD007"], "I63.7 (nonexistent) in both input and output",
          [("(I63.4)", "(I63.7)")], inp_sub=[("I63.4", "I63.7")]),
        P("p_heading", ["FMT002"], "markdown heading line",
          [("JC: infarto cerebral", "\n## JC\ninfarto cerebral")]),
    ]))

# s12 Almeria, Neurologia, estatus epileptico; English keys
SCEN.append(S(
    "s12", "Hospital general, Almería (Andalucía), Neurología", "dictated prose, resident",
    "English keys throughout, sex 'female', meds list with route/frequency split",
    {"demographics": {"sex": "female", "age": 45},
     "presenting_complaint": "crisis tónico-clónicas repetidas sin recuperación de conciencia entre ellas durante 25 minutos",
     "background": [{"icd10": "G40.9", "label": "Epilepsia"}],
     "trigger": "abandono del valproato hace 2 semanas",
     "diagnoses": [{"icd10": "G41.0", "label": "Estado de gran mal epiléptico"}],
     "acute_treatment": [{"drug": "Diazepam", "atc": "N05BA01", "dose": "10 mg", "route": "intravenosa"},
                         {"drug": "Levetiracetam", "atc": "N03AX14", "dose": "60 mg/kg", "route": "intravenosa"}],
     "icu_stay": "48 horas en UCI sin intubación",
     "tests": {"CK": "890 U/L", "lactato": "4,1 mmol/L", "TC craneal": "sin lesiones agudas", "EEG": "sin actividad epileptiforme persistente"},
     "discharge_meds": [{"drug": "Levetiracetam", "atc": "N03AX14", "dose": "1000 mg", "frequency": "cada 12 horas", "route": "oral"},
                        {"drug": "Ácido valproico", "atc": "N03AG01", "dose": "500 mg", "frequency": "cada 12 horas", "route": "oral"}],
     "los": 6},
    "Ingresa por crisis tónico-clónicas repetidas sin recuperación de conciencia entre ellas durante 25 minutos. "
    "Se trata de una mujer de 45 años con epilepsia (G40.9) conocida que había abandonado el valproato hace 2 "
    "semanas. Se diagnostica estado de gran mal epiléptico (G41.0). Recibe diazepam (N05BA01) 10 mg por vía "
    "intravenosa y levetiracetam (N03AX14) 60 mg/kg intravenoso, cediendo la actividad convulsiva. Permanece 48 "
    "horas en UCI sin necesidad de intubación. Analítica con CK de 890 U/L y lactato de 4,1 mmol/L. La TC craneal "
    "no muestra lesiones agudas y el EEG no evidencia actividad epileptiforme persistente. Recupera el nivel de "
    "conciencia y queda asintomática en planta. Tras 6 días de ingreso es dada de alta con levetiracetam 1000 mg "
    "cada 12 horas por vía oral y ácido valproico (N03AG01) 500 mg cada 12 horas por vía oral. Se insiste en la "
    "adherencia terapéutica, en no conducir y en evitar la privación de sueño. Revisión en consulta de epilepsia.",
    [
        T("t_brand", "levetiracetam called Keppra and valproic acid Depakine (brands)",
          [("con levetiracetam 1000 mg", "con Keppra (levetiracetam) 1000 mg"),
           ("y ácido valproico (N03AG01)", "y Depakine (N03AG01)")]),
        T("t_neg_drug", "phenytoin considered and not given",
          [("cediendo la actividad convulsiva.", "cediendo la actividad convulsiva sin precisar fenitoína ni anestésicos.")]),
        T("t_units", "1000 mg written as 1 g",
          [("levetiracetam 1000 mg", "levetiracetam 1 g")], allow_nums=["1"]),
        P("p_sex", ["DEM001"], "female patient: 'un varón', 'asintomático', 'dado de alta'",
          [("Se trata de una mujer de 45 años", "Se trata de un varón de 45 años"),
           ("queda asintomática", "queda asintomático"), ("es dada de alta", "es dado de alta")]),
        P("p_valp_dose", ["HAL002", "HAL003"], "valproico 500 mg cada 12 h -> cada 8 h (8 absent from input -> also HAL002)",
          [("ácido valproico (N03AG01) 500 mg cada 12 horas", "ácido valproico (N03AG01) 500 mg cada 8 horas")]),
        P("p_lev_route", ["HAL003"], "discharge levetiracetam route oral -> intravenosa",
          [("levetiracetam 1000 mg cada 12 horas por vía oral", "levetiracetam 1000 mg cada 12 horas por vía intravenosa")]),
        P("p_icu", ["HAL001"], "claims orotracheal intubation (input: sin intubación)",
          [("Permanece 48 horas en UCI sin necesidad de intubación.", "Permanece 48 horas en UCI con intubación orotraqueal.")]),
        P("p_code_label", ["COD005"], "G41.0 paired with 'epilepsia' and G40.9 with status",
          [("epilepsia (G40.9) conocida", "epilepsia (G41.0) conocida"),
           ("gran mal epiléptico (G41.0)", "gran mal epiléptico (G40.9)")]),
        P("p_omit_code", ["COD006"], "diazepam ATC omitted", [("diazepam (N05BA01) 10 mg", "diazepam 10 mg")]),
        P("p_ck", ["HAL002"], "CK 890 -> 8900 U/L", [("CK de 890 U/L", "CK de 8900 U/L")]),
    ]))
