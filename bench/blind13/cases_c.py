# Scenarios C: high-risk obstetrics (maternity hospital transfers),
# gynaecological oncology, neonatal ICU, paediatric surgery.
# Spain, Mexico, Argentina, Chile, Colombia, Ecuador, Cuba.

CASES = []

# ---------------------------------------------------------------- C1 Spain
CASES.append({
    "key": "C1_es_preeclampsia_materno",
    "setting": "España, hospital materno-infantil (traslado desde clínica privada), Obstetricia de Alto Riesgo",
    "input": {
        "centro": "Hospital Materno-Infantil (traslado desde clínica privada de Marbella)",
        "servicio": "Obstetricia de Alto Riesgo",
        "gestante": {"sexo": "mujer", "edad": 38, "formula_obstetrica": "G2P1", "edad_gestacional": "36 semanas"},
        "motivo": "cifras tensionales de 168/112 mmHg, cefalea y fotopsias",
        "laboratorio": {"plaquetas": "98.000/mm3", "GOT": "88 U/L", "proteinuria": "2,8 g/24 h", "creatinina": "0,8 mg/dL"},
        "diagnosticos": [{"cie10": "O14.1", "descripcion": "Preeclampsia grave"},
                         {"cie10": "O34.2", "descripcion": "Cesárea anterior"}],
        "procedimientos": ["Cesárea urgente bajo anestesia raquídea"],
        "recien_nacido": {"sexo": "varón", "peso": "2.640 g", "apgar": "8/9", "destino": "nido con su madre"},
        "tratamiento": [{"atc": "A12CC02", "farmaco": "Sulfato de magnesio", "pauta": "4 g IV en bolo y 1 g/h durante 24 h"},
                        {"atc": "C07AG01", "farmaco": "Labetalol", "pauta": "100 mg cada 8 horas VO"}],
        "tratamiento_alta": [{"atc": "C07AG01", "farmaco": "Labetalol", "pauta": "100 mg cada 8 horas VO"},
                             {"atc": "B01AB05", "farmaco": "Enoxaparina (Clexane)", "pauta": "40 mg SC cada 24 horas durante 6 semanas"}],
        "evolucion": "plaquetas al alta 156.000/mm3; TA 135/85 mmHg",
        "dias": 5,
    },
    "output": (
        "Ingresa por cifras tensionales de 168/112 mmHg, cefalea y fotopsias en gestante de 38 años, G2P1, de 36 "
        "semanas, trasladada desde clínica privada. Plaquetas 98.000/mm3, GOT 88 U/L y proteinuria de 2,8 g/24 h; Dx "
        "preeclampsia grave (O14.1) sobre cesárea anterior (O34.2). Recibe sulfato de magnesio (A12CC02) 4 g IV en bolo "
        "y 1 g/h durante 24 h y labetalol (C07AG01) 100 mg c/8h VO. Se realiza cesárea urgente bajo anestesia "
        "raquídea; nace un varón de 2.640 g con Apgar 8/9, que pasa a nido con su madre. Buena evolución, con plaquetas "
        "al alta de 156.000/mm3 y TA 135/85 mmHg. Alta a los 5 días con labetalol 100 mg c/8h VO y enoxaparina "
        "(B01AB05) 40 mg SC c/24h durante 6 semanas."),
    "variants": [
        {"exp": [], "note": "clean: 'nace un varón' is the newborn, not the patient; 'trasladada' agrees with the mother"},
        {"exp": [], "out": [("en gestante de 38 años", "en gestante de treinta y ocho años")], "note": "trap clean: age in words"},
        {"exp": ["DEM001"], "out": [("en gestante de 38 años", "en gestante de 36 años")],
         "note": "age 36 (the gestational weeks) contradicts 38"},
        {"exp": ["HAL001"], "out": [("Se realiza cesárea urgente bajo anestesia raquídea;", "Se realiza cesárea urgente con intubación orotraqueal;")],
         "note": "intubation absent (input: anestesia raquídea)"},
        {"exp": ["COD006"], "out": [("sobre cesárea anterior (O34.2)", "sobre cesárea anterior")], "note": "input code O34.2 omitted"},
        {"exp": ["FMT002"], "out": [("Plaquetas 98.000/mm3, GOT", "Plaquetas 98.000/mm3 | GOT")], "note": "table pipe"},
    ],
})

# ---------------------------------------------------------------- C2 Mexico
C2_LONG = (
    "Ingresa por hemorragia posparto inmediata tras parto vaginal eutócico en una maternidad privada de Monterrey, con "
    "una pérdida sanguínea estimada de 1.200 mL, tensión arterial de 84/50 mmHg y frecuencia cardíaca de 122 lpm. Se "
    "trata de una paciente femenina de 27 años, G1P1, sin antecedentes patológicos. Se diagnostica hemorragia posparto "
    "inmediata por atonía uterina (O72.1), complicada con anemia aguda posthemorrágica (D62), con una hemoglobina de "
    "ingreso de 7,2 g/dL. De forma inmediata se realiza masaje uterino bimanual y se administra oxitocina (H01BB02) 20 "
    "UI en 1000 mL IV en infusión continua, a la que se añade misoprostol (G02AD06) 800 mcg por vía rectal en dosis "
    "única y ácido tranexámico (B02AA02) 1 g IV a pasar en 10 minutos. Por la repercusión hemodinámica se transfunden "
    "2 concentrados eritrocitarios, con recuperación progresiva de las cifras tensionales. El fibrinógeno se mantuvo en "
    "310 mg/dL, por lo que no fue necesario administrar crioprecipitados. Durante el resto de la estancia el útero "
    "permanece contraído y el sangrado es escaso. Egresa con hemoglobina de 9,4 g/dL y tratamiento con sulfato ferroso "
    "(B03AA07) 200 mg cada 12 horas por vía oral. Se recomienda mantener lactancia materna exclusiva, vigilar datos de "
    "alarma como sangrado abundante, fiebre o mareo, y acudir a cita de control en 7 días con biometría hemática.")

CASES.append({
    "key": "C2_mx_hemorragia_posparto",
    "setting": "México, maternidad privada, Obstetricia; transfusión y uterotónicos",
    "input": {
        "unidad": "Maternidad privada, Monterrey, Nuevo León",
        "servicio": "Obstetricia",
        "paciente": {"sexo": "F", "edad": "27 años", "gesta": "G1P1", "antecedentes": "sin antecedentes patológicos"},
        "motivo": "hemorragia posparto inmediata tras parto vaginal eutócico, pérdida estimada de 1.200 mL",
        "signos_vitales": {"TA": "84/50 mmHg", "FC": "122 lpm"},
        "laboratorio": {"hemoglobina_ingreso": "7,2 g/dL", "hemoglobina_alta": "9,4 g/dL", "fibrinógeno": "310 mg/dL"},
        "diagnosticos": [{"cie10": "O72.1", "nombre": "Hemorragia posparto inmediata por atonía uterina"},
                         {"cie10": "D62", "nombre": "Anemia aguda posthemorrágica"}],
        "procedimientos": ["Masaje uterino bimanual", "Transfusión de 2 concentrados eritrocitarios"],
        "medicamentos": [{"atc": "H01BB02", "nombre": "Oxitocina", "dosis": "20 UI en 1000 mL IV en infusión continua"},
                         {"atc": "G02AD06", "nombre": "Misoprostol", "dosis": "800 mcg vía rectal dosis única"},
                         {"atc": "B02AA02", "nombre": "Ácido tranexámico", "dosis": "1 g IV en 10 minutos"}],
        "evolucion": "útero contraído, sangrado escaso; no requirió crioprecipitados",
        "egreso": {"medicamentos": [{"atc": "B03AA07", "nombre": "Sulfato ferroso", "dosis": "200 mg cada 12 horas VO"}],
                   "indicaciones": "lactancia materna exclusiva; datos de alarma: sangrado abundante, fiebre o mareo; cita en 7 días con biometría hemática"},
    },
    "output": (
        "Ingresa por hemorragia posparto inmediata tras parto vaginal eutócico, con pérdida estimada de 1.200 mL, TA "
        "84/50 mmHg y FC 122 lpm. Paciente femenina de 27 años, G1P1. Dx hemorragia posparto inmediata por atonía "
        "uterina (O72.1) con anemia aguda posthemorrágica (D62), hemoglobina de 7,2 g/dL. Se realiza masaje uterino "
        "bimanual y se administran oxitocina (H01BB02) 20 UI en 1000 mL IV en infusión continua, misoprostol (G02AD06) "
        "800 mcg vía rectal dosis única y ácido tranexámico (B02AA02) 1 g IV en 10 minutos; se transfunden 2 "
        "concentrados eritrocitarios. Fibrinógeno 310 mg/dL. Egresa con hemoglobina de 9,4 g/dL y sulfato ferroso "
        "(B03AA07) 200 mg c/12h VO; lactancia materna exclusiva y cita en 7 días."),
    "variants": [
        {"exp": [], "note": "clean: anemia coded and supported by Hb 7,2"},
        {"exp": [], "out": [("Fibrinógeno 310 mg/dL.", "Fibrinógeno 310 mg/dL, sin necesidad de crioprecipitados.")],
         "note": "trap clean: negated blood product"},
        {"exp": ["HAL003"], "out": [("misoprostol (G02AD06) 800 mcg vía rectal dosis única", "misoprostol (G02AD06) 800 mcg vía oral dosis única")],
         "note": "route oral vs rectal"},
        {"exp": ["FMT002"], "out": [("; lactancia materna exclusiva y cita en 7 días.", ".\n- Lactancia materna exclusiva.\n- Cita en 7 días.")],
         "note": "bullet list lines"},
        {"exp": ["FMT003"], "full": C2_LONG, "note": "too long (>200 words), otherwise grounded and non-repetitive"},
    ],
})

# ---------------------------------------------------------------- C3 Argentina
CASES.append({
    "key": "C3_ar_cancer_ovario_fhir",
    "setting": "Argentina, hospital privado universitario, Ginecología Oncológica; recursos tipo FHIR sin 'resource'",
    "input": {
        "resourceType": "Bundle",
        "institucion": "Hospital privado universitario, Rosario",
        "entry": [
            {"resourceType": "Patient", "gender": "female", "age": 58},
            {"resourceType": "Encounter", "service": "Ginecología Oncológica", "length": {"value": 6, "unit": "días"},
             "reason": "masa anexial izquierda de 11 cm con CA 125 de 640 U/mL y ascitis",
             "plan": "control en consultorio de ginecología oncológica con anatomía patológica definitiva"},
            {"resourceType": "Condition", "code": {"coding": [{"code": "C56", "display": "Tumor maligno del ovario izquierdo"}]}, "stage": "FIGO IIIC"},
            {"resourceType": "Condition", "code": {"coding": [{"code": "E03.9", "display": "Hipotiroidismo"}]}, "clinicalStatus": "active"},
            {"resourceType": "Condition", "code": {"text": "Derrame pleural derecho leve"}},
            {"resourceType": "Procedure", "code": {"text": "Laparotomía: histerectomía total, anexectomía bilateral, omentectomía y linfadenectomía pélvica"}},
            {"resourceType": "MedicationStatement", "medication": {"coding": [{"code": "H03AA01", "display": "Levotiroxina"}]}, "dosage": "75 mcg cada 24 horas VO"},
            {"resourceType": "MedicationRequest", "medication": {"coding": [{"code": "B01AB05", "display": "Enoxaparina"}]}, "dosage": "40 mg SC cada 24 horas por 28 días"},
            {"resourceType": "MedicationRequest", "medication": {"coding": [{"code": "N02AX02", "display": "Tramadol"}]}, "dosage": "50 mg cada 8 horas VO si dolor"},
            {"resourceType": "Observation", "code": {"text": "Hemoglobina postoperatoria"}, "value": "10,2 g/dL"},
        ],
    },
    "output": (
        "Ingresa por masa anexial izquierda de 11 cm con CA 125 de 640 U/mL y ascitis. Mujer de 58 años con "
        "hipotiroidismo (E03.9) en tratamiento con levotiroxina (H03AA01) 75 mcg c/24h VO. Dx tumor maligno del ovario "
        "izquierdo (C56), estadio FIGO IIIC, con derrame pleural derecho leve. Es intervenida por laparotomía con "
        "histerectomía total, anexectomía bilateral, omentectomía y linfadenectomía pélvica, sin complicaciones. "
        "Hemoglobina postoperatoria 10,2 g/dL. Alta a los 6 días con enoxaparina (B01AB05) 40 mg SC c/24h por 28 días y "
        "tramadol (N02AX02) 50 mg c/8h VO si dolor. Control en consultorio de ginecología oncológica con anatomía "
        "patológica definitiva."),
    "variants": [
        {"exp": [], "note": "clean: left ovarian tumour, bilateral adnexectomy, right pleural effusion: each side as in input"},
        {"exp": [], "out": [("omentectomía y linfadenectomía pélvica, sin complicaciones.", "omentectomía y linfadenectomía pélvica, sin complicaciones y sin requerir transfusión.")],
         "note": "trap clean: negated transfusion"},
        {"exp": ["HAL004"], "out": [("anexectomía bilateral", "anexectomía izquierda")], "note": "bilateral procedure reported as left only"},
        {"exp": ["COD002"], "out": [("640 U/mL y ascitis.", "640 U/mL y ascitis (R18).")], "note": "R18 added; not in input"},
        {"exp": ["CLN001"], "inp": [("\"N02AX02\"", "\"G04CA02\""), ("\"Tramadol\"", "\"Tamsulosina\""),
                                    ("50 mg cada 8 horas VO si dolor", "0,4 mg cada 24 horas VO")],
         "out": [("tramadol (N02AX02) 50 mg c/8h VO si dolor", "tamsulosina (G04CA02) 0,4 mg c/24h VO")],
         "note": "tamsulosina in a woman with no urinary/prostatic diagnosis (replaced in input and output)"},
    ],
})

# ---------------------------------------------------------------- C4 Chile
CASES.append({
    "key": "C4_cl_prematuro_ucin",
    "setting": "Chile, clínica privada, UCI Neonatal; edad en días, madre en el registro",
    "input": {
        "hospital": "Clínica privada, Santiago",
        "servicio": "UCI Neonatal",
        "paciente": {"sexo": "masculino", "edad": "14 días", "edad_gestacional_nacimiento": "32 semanas",
                     "peso_nacimiento": "1.650 g", "peso_alta": "1.910 g"},
        "madre": {"edad": 31, "antecedente": "preeclampsia, cesárea de urgencia"},
        "diagnosticos": [{"cie10": "P07.3", "nombre": "Recién nacido pretérmino"},
                         {"cie10": "P22.0", "nombre": "Síndrome de dificultad respiratoria del recién nacido"},
                         {"cie10": "P59.0", "nombre": "Ictericia neonatal asociada al parto pretérmino"}],
        "soporte_respiratorio": ["CPAP nasal durante 4 días", "oxígeno por naricera hasta el día 9"],
        "procedimientos": ["Administración de surfactante por técnica mínimamente invasiva (LISA)", "Fototerapia 48 horas",
                           "Catéter venoso umbilical retirado al día 6"],
        "medicamentos": [{"atc": "R07AA02", "nombre": "Poractant alfa (Curosurf)", "dosis": "200 mg/kg dosis única intratraqueal"},
                         {"atc": "N06BC01", "nombre": "Citrato de cafeína", "dosis": "5 mg/kg cada 24 horas VO"},
                         {"atc": "J01CA01", "nombre": "Ampicilina", "dosis": "50 mg/kg cada 12 horas IV por 48 horas, suspendida con hemocultivos negativos"}],
        "alimentacion": "leche materna con fortificante, succión completa",
        "alta": "control en policlínico de seguimiento del prematuro en 72 horas; fondo de ojo y ecografía cerebral ambulatorios",
    },
    "output": (
        "Ingresa por dificultad respiratoria al nacer en RN pretérmino (P07.3) de 32 semanas y 1.650 g, hijo de madre de "
        "31 años con preeclampsia, nacido por cesárea de urgencia. Dx síndrome de dificultad respiratoria del recién "
        "nacido (P22.0): requiere CPAP nasal durante 4 días y surfactante poractant alfa (R07AA02) 200 mg/kg "
        "intratraqueal en dosis única por técnica LISA, con oxígeno por naricera hasta el día 9. Recibe citrato de "
        "cafeína (N06BC01) 5 mg/kg c/24h y ampicilina (J01CA01) 50 mg/kg c/12h IV por 48 horas, suspendida con "
        "hemocultivos negativos. Presenta ictericia neonatal asociada al parto pretérmino (P59.0) tratada con "
        "fototerapia 48 horas. Catéter venoso umbilical retirado al día 6. Al alta, con 14 días de vida, pesa 1.910 g y "
        "se alimenta con leche materna fortificada. Control en policlínico de seguimiento del prematuro en 72 horas."),
    "variants": [
        {"exp": [], "note": "clean: mother's age 31 and sex are the mother's; 'hijo' agrees with male newborn"},
        {"exp": [], "out": [("Catéter venoso umbilical retirado al día 6.", "Catéter venoso umbilical retirado al día 6, sin requerir ventilación mecánica invasiva.")],
         "note": "trap clean: negated invasive ventilation"},
        {"exp": ["DEM001"], "out": [("hijo de madre de 31 años", "hija de madre de 31 años")], "note": "female newborn stated, input masculino"},
        {"exp": ["HAL002"], "out": [("pesa 1.910 g", "pesa 1.950 g")], "note": "1.950 appears nowhere in input"},
        {"exp": ["COD001"], "out": [("pretérmino (P59.0) tratada", "pretérmino P59.0 tratada")], "note": "CIE-10 code outside parentheses"},
    ],
})

# ---------------------------------------------------------------- C5 Colombia
CASES.append({
    "key": "C5_co_estenosis_piloro_texto",
    "setting": "Colombia, fundación clínica privada, Cirugía Pediátrica; texto libre, edad en semanas",
    "input": (
        "Fundación clínica privada, Medellín. Cirugía Pediátrica. Paciente: lactante masculino, edad 5 semanas, peso 3,9 "
        "kg. Consulta la madre por vómitos en proyectil postprandiales de 6 días, no biliosos. Gases venosos: pH 7,49, "
        "cloro 91 mEq/L, potasio 3,2 mEq/L (alcalosis metabólica hipoclorémica). Ecografía: píloro con grosor muscular de "
        "5 mm y longitud de 19 mm. Dx: Q40.0 Estenosis hipertrófica congénita del píloro; E87.3 Alcalosis. Manejo: "
        "corrección hidroelectrolítica IV 24 horas, sonda nasogástrica a drenaje, piloromiotomía laparoscópica. Inicia "
        "vía oral a las 6 horas, tolerancia adecuada. Analgesia: acetaminofén N02BE01 15 mg/kg cada 6 horas VO. Alta al "
        "día 3, control en 10 días."),
    "output": (
        "Ingresa por vómitos en proyectil postprandiales no biliosos de 6 días en lactante masculino de 5 semanas y 3,9 "
        "kg, traído por la madre. Gases venosos con pH 7,49, cloro 91 mEq/L y potasio 3,2 mEq/L, compatibles con "
        "alcalosis (E87.3) metabólica hipoclorémica. La ecografía muestra píloro con grosor muscular de 5 mm y longitud "
        "de 19 mm; Dx estenosis hipertrófica congénita del píloro (Q40.0). Se realiza corrección hidroelectrolítica IV "
        "durante 24 horas con SNG a drenaje y posteriormente piloromiotomía laparoscópica. Inicia vía oral a las 6 horas "
        "con tolerancia adecuada. Analgesia con acetaminofén (N02BE01) 15 mg/kg c/6h VO. Alta al día 3 con control en 10 "
        "días."),
    "variants": [
        {"exp": [], "note": "clean: SNG abbreviation; 'traído' agrees with male infant, 'la madre' is another person"},
        {"exp": [], "out": [("y potasio 3,2 mEq/L, compatibles", "e hipopotasemia de 3,2 mEq/L, compatibles")],
         "note": "trap clean: hipopotasemia supported by K 3,2"},
        {"exp": ["DEM001"], "out": [("lactante masculino de 5 semanas", "lactante masculino de 5 meses")], "note": "5 months contradicts 5 weeks"},
        {"exp": ["HAL003"], "out": [("acetaminofén (N02BE01) 15 mg/kg c/6h VO", "acetaminofén (N02BE01) 15 mg/kg c/6h IV")], "note": "route IV vs VO"},
        {"exp": ["COD007"], "inp": [("Q40.0", "Q47.0")], "out": [("(Q40.0)", "(Q47.0)")],
         "note": "Q47.0 does not exist in ICD-10 (Q46-Q49 unused); in input and output"},
        {"exp": ["REP001"], "out": [("Inicia vía oral a las 6 horas con tolerancia adecuada.",
                                     "Inicia vía oral a las 6 horas con tolerancia adecuada. Inicia vía oral a las 6 horas con tolerancia adecuada.")],
         "note": "sentence repeated"},
    ],
})

# ---------------------------------------------------------------- C6 Ecuador
CASES.append({
    "key": "C6_ec_invaginacion_policia",
    "setting": "Ecuador, hospital de la Policía, Cirugía Pediátrica; edad en meses, acompañante el padre",
    "input": {
        "hospital": "Hospital de la Policía Nacional, Quito",
        "servicio": "Cirugía Pediátrica",
        "paciente": {"sexo": "femenino", "edad_meses": 11, "peso_kg": 9.2},
        "acompañante": "padre",
        "cuadro": "llanto intermitente con encogimiento de piernas, vómitos y deposiciones en jalea de grosella de 14 horas",
        "eco_abdominal": "imagen en diana de 3,1 cm en flanco derecho",
        "dx": [{"codigo": "K56.1", "descripcion": "Invaginación intestinal ileocólica"}],
        "procedimientos": ["Intento de reducción hidrostática guiada por ecografía fallido",
                           "Laparotomía con desinvaginación manual, sin resección intestinal"],
        "farmacos": [{"atc": "J01DB04", "nombre": "Cefazolina", "dosis": "30 mg/kg IV dosis única prequirúrgica"},
                     {"atc": "N02BE01", "nombre": "Paracetamol", "dosis": "15 mg/kg cada 6 horas IV"}],
        "evolucion": "tránsito intestinal al día 2, tolera fórmula",
        "alta": {"dia": 4, "control": "consulta externa en 7 días, signos de alarma explicados al padre"},
    },
    "output": (
        "Ingresa por llanto intermitente con encogimiento de piernas, vómitos y deposiciones en jalea de grosella de 14 "
        "horas en lactante femenina de 11 meses y 9,2 kg, traída por el padre. La ecografía abdominal muestra imagen en "
        "diana de 3,1 cm en flanco derecho; Dx invaginación intestinal ileocólica (K56.1). Tras un intento fallido de "
        "reducción hidrostática guiada por ecografía, es intervenida mediante laparotomía con desinvaginación manual, "
        "sin resección intestinal. Recibe cefazolina (J01DB04) 30 mg/kg IV en dosis única prequirúrgica y paracetamol "
        "(N02BE01) 15 mg/kg c/6h IV. Recupera tránsito intestinal al día 2 y tolera fórmula. Alta al día 4 con control "
        "en consulta externa en 7 días; se explican signos de alarma al padre."),
    "variants": [
        {"exp": [], "note": "clean: 'el padre' is the companion; patient agreement feminine"},
        {"exp": [], "out": [("Tras un intento fallido de reducción hidrostática guiada por ecografía,", "Tras fracasar la reducción hidrostática guiada por ecografía,")],
         "note": "trap clean: failed procedure restated"},
        {"exp": ["FMT001"], "out": [("Ingresa por llanto", "Se ingresa por llanto")], "note": "starts with 'Se ingresa'"},
        {"exp": ["DEM001"], "out": [("lactante femenina de 11 meses", "lactante femenina de 14 meses")],
         "note": "14 months (the hours of evolution) contradicts 11 months"},
        {"exp": ["DEM001"], "out": [("es intervenida mediante", "es intervenido mediante")], "note": "masculine participle; input femenino"},
    ],
})

# ---------------------------------------------------------------- C7 Cuba
CASES.append({
    "key": "C7_cu_ectopico_texto",
    "setting": "Cuba, hospital ginecobstétrico (traslado), Ginecología; texto libre",
    "input": (
        "Hospital Ginecobstétrico (traslado desde policlínico), La Habana, Cuba. Servicio: Ginecología. Paciente "
        "femenina de 29 años, G3P1A1. Motivo: dolor en fosa ilíaca izquierda y sangrado vaginal escaso con amenorrea de "
        "7 semanas. β-hCG 3.450 mUI/mL. Ecografía transvaginal: masa anexial izquierda de 3 cm con líquido libre en "
        "fondo de saco. Hemoglobina 10,1 g/dL. Diagnóstico: O00.1 Embarazo tubárico izquierdo. Procedimiento: "
        "salpingectomía izquierda por laparoscopia. Trompa derecha de aspecto normal. Grupo O Rh negativo: se administra "
        "inmunoglobulina anti-D J06BB01 300 mcg IM dosis única. Analgesia con dipirona N02BB02 1 g IV cada 8 horas. Alta "
        "a las 48 horas; control de β-hCG en 7 días."),
    "output": (
        "Ingresa por dolor en fosa ilíaca izquierda y sangrado vaginal escaso con amenorrea de 7 semanas. Paciente "
        "femenina de 29 años, G3P1A1, con β-hCG de 3.450 mUI/mL; la ecografía transvaginal muestra masa anexial "
        "izquierda de 3 cm con líquido libre en fondo de saco. Hemoglobina 10,1 g/dL. Dx embarazo tubárico izquierdo "
        "(O00.1). Se realiza salpingectomía izquierda por laparoscopia; trompa derecha de aspecto normal. Por ser grupo O "
        "Rh negativo recibe inmunoglobulina anti-D (J06BB01) 300 mcg IM en dosis única. Analgesia con dipirona (N02BB02) "
        "1 g IV c/8h. Alta a las 48 horas con control de β-hCG en 7 días."),
    "variants": [
        {"exp": [], "note": "clean: contralateral tube described as normal (right) while surgery is left"},
        {"exp": [], "out": [("Se realiza salpingectomía izquierda por laparoscopia;", "Se realiza salpingectomía izquierda laparoscópica;")],
         "note": "trap clean: paraphrase"},
        {"exp": ["HAL004"], "out": [("Se realiza salpingectomía izquierda", "Se realiza salpingectomía derecha")], "note": "side contradicts input"},
        {"exp": ["HAL002"], "out": [("Hemoglobina 10,1 g/dL.", "Hemoglobina 10,4 g/dL.")], "note": "10,4 appears nowhere in input"},
        {"exp": ["COD005"], "out": [("Dx embarazo tubárico izquierdo (O00.1).", "Dx amenorrea (O00.1).")],
         "note": "O00.1 labelled amenorrea; input pairs it with embarazo tubárico"},
        {"exp": ["COD003"], "out": [("anti-D (J06BB01) 300 mcg", "anti-D J06BB01 300 mcg")], "note": "ATC outside parentheses"},
    ],
})
