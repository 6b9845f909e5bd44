# Scenarios 1: Spain, Argentina, Mexico, Colombia, Chile, Peru, Guatemala, Bolivia.
CASES = []

CASES.append(dict(
    name="es_mi_icc", country="España", service="Medicina Interna",
    input={
        "episodio": {"servicio": "Medicina Interna", "hospital": "Hospital Clínico Universitario",
                     "fecha_ingreso": "14/01/2024", "fecha_alta": "22/01/2024"},
        "paciente": {"sexo": "Mujer", "edad": 84},
        "motivo": "disnea progresiva hasta hacerse de reposo y edemas en miembros inferiores de 10 días",
        "diagnosticos": [
            {"cod": "I50.0", "desc": "Insuficiencia cardiaca congestiva descompensada", "tipo": "principal"},
            {"cod": "I48.2", "desc": "Fibrilación auricular permanente", "tipo": "secundario"},
            {"cod": "E11.9", "desc": "Diabetes mellitus tipo 2 sin complicaciones", "tipo": "secundario"},
            {"cod": "I10", "desc": "Hipertensión esencial", "tipo": "secundario"}],
        "analitica": [
            {"prueba": "Hemoglobina", "valor": 10.9, "unidad": "g/dL", "ref": "12-16"},
            {"prueba": "NT-proBNP", "valor": 6840, "unidad": "pg/mL", "ref": "<450"},
            {"prueba": "Creatinina", "valor": 1.1, "unidad": "mg/dL", "ref": "0.5-1.1"},
            {"prueba": "Potasio", "valor": 3.2, "unidad": "mmol/L", "ref": "3.5-5.1"},
            {"prueba": "Sodio", "valor": 138, "unidad": "mmol/L", "ref": "135-145"}],
        "rx_torax": "cardiomegalia y derrame pleural bilateral",
        "tratamiento_hospitalario": [
            {"atc": "C03CA01", "farmaco": "Furosemida (Seguril)", "pauta": "40 mg IV cada 12 h"}],
        "evolucion": "mejoría clínica con buena respuesta diurética, pérdida de 4 kg de peso",
        "tratamiento_alta": [
            {"atc": "C03CA01", "farmaco": "Furosemida", "pauta": "40 mg VO cada 24 h"},
            {"atc": "B01AF01", "farmaco": "Rivaroxabán (Xarelto)", "pauta": "15 mg cada 24 h"},
            {"atc": "A10BH01", "farmaco": "Sitagliptina", "pauta": "50 mg cada 24 h"}],
        "seguimiento": "consultas externas de Medicina Interna"},
    output=("Ingresa por disnea progresiva hasta hacerse de reposo y edemas en miembros inferiores de 10 días "
            "de evolución. Se trata de una paciente de 84 años, hipertensa (I10) y diabética (E11.9), con "
            "fibrilación auricular permanente (I48.2) anticoagulada. En urgencias presenta NT-proBNP de 6840 pg/mL, "
            "hemoglobina de 10,9 g/dL e hipopotasemia leve con potasio de 3,2 mmol/L, con creatinina de 1,1 mg/dL. "
            "La radiografía de tórax muestra cardiomegalia y derrame pleural bilateral. Con diagnóstico de "
            "insuficiencia cardiaca congestiva descompensada (I50.0) se inicia furosemida (C03CA01) 40 mg IV cada "
            "12 h, con buena respuesta diurética y pérdida de 4 kg de peso. Es dada de alta con furosemida 40 mg VO "
            "cada 24 h, rivaroxabán (B01AF01) 15 mg cada 24 h y sitagliptina (A10BH01) 50 mg cada 24 h. Control en "
            "consultas externas de Medicina Interna."),
    variants=[
        dict(expected=[], out=[('hemoglobina de 10,9 g/dL e hipopotasemia', 'anemia leve con hemoglobina de 10,9 g/dL e hipopotasemia')], note='clean: anemia derived from Hb 10.9 (ref 12-16)'),
        dict(expected=[], note="clean: hipopotasemia derived from K 3.2 (ref 3.5-5.1); 'hipertensa'/'diabética' name I10/E11.9"),
        dict(expected=[], out=[("40 mg IV cada 12 h", "40 mg endovenosos dos veces al día"),
                               ("una paciente de 84 años", "una paciente de ochenta y cuatro años")],
             note="clean: cada 12 h restated as dos veces al día, IV as endovenosos, age in words"),
        dict(expected=["DEM001"], out=[("Es dada de alta", "Es dado de alta")],
             note="masculine participle for a female patient"),
        dict(expected=["HAL001"], out=[("hipopotasemia leve", "hiperpotasemia leve")],
             note="hiperpotasemia contradicted by K 3.2 below range"),
        dict(expected=["HAL003"], out=[("rivaroxabán (B01AF01) 15 mg cada 24 h", "rivaroxabán (B01AF01) 15 mg cada 12 h")],
             note="rivaroxabán frequency; 12 exists elsewhere (furosemida IV)"),
        dict(expected=["HAL004"], out=[("derrame pleural bilateral", "derrame pleural derecho")],
             note="input says bilateral"),
    ]))

CASES.append(dict(
    name="ar_cardio_iam", country="Argentina", service="Cardiología",
    input={"filas": [
        ["Apellido y nombre", "R. G."], ["Sexo", "masculino"], ["Fecha de nacimiento", "03/05/1962"],
        ["Fecha de internación", "11/09/2023"], ["Cobertura", "OSDE"], ["Servicio", "Unidad Coronaria"],
        ["Motivo", "dolor precordial opresivo irradiado a miembro superior izquierdo de 2 horas de evolución"],
        ["Antecedentes", "HTA (I10); dislipemia (E78.5); tabaquista activo"],
        ["Signos vitales", "TA 150/90 mmHg, FC 62 lpm"],
        ["ECG", "supradesnivel del ST de V1 a V4"],
        ["Laboratorio", "troponina T ultrasensible 2450 ng/L; CPK 1870 U/L"],
        ["Diagnóstico", "I21.0 IAM con elevación del ST de cara anterior"],
        ["Procedimiento", "cinecoronariografía: oclusión de DA proximal; angioplastia con stent farmacológico a DA sin complicaciones"],
        ["Ecocardiograma", "FEVI 45%, hipoquinesia anteroapical"],
        ["Evolución", "sin angor ni arritmias en unidad coronaria"],
        ["Indicaciones al egreso", "AAS B01AC06 100 mg/día; ticagrelor B01AC24 90 mg c/12 h; atorvastatina C10AA05 80 mg/día; bisoprolol C07AB07 2,5 mg/día; enalapril C09AA02 5 mg c/12 h"],
        ["Seguimiento", "consultorio de cardiología y rehabilitación cardiovascular"]]},
    output=("Ingresa por dolor precordial opresivo irradiado a miembro superior izquierdo de 2 horas de evolución. "
            "Paciente masculino de 61 años, hipertenso (I10) y dislipémico (E78.5), tabaquista activo. El ECG muestra "
            "supradesnivel del ST de V1 a V4 con troponina T ultrasensible de 2450 ng/L, y se diagnostica IAM con "
            "elevación del ST de cara anterior (I21.0). Se realiza cinecoronariografía con oclusión de DA proximal y "
            "angioplastia con stent farmacológico, sin complicaciones. Ecocardiograma con FEVI 45% e hipoquinesia "
            "anteroapical. Evoluciona sin angor ni arritmias en unidad coronaria. Egresa con AAS (B01AC06) 100 mg/día, "
            "ticagrelor (B01AC24) 90 mg c/12 h, atorvastatina (C10AA05) 80 mg/día, bisoprolol (C07AB07) 2,5 mg/día y "
            "enalapril (C09AA02) 5 mg c/12 h. Control en consultorio de cardiología y rehabilitación cardiovascular."),
    variants=[
        dict(expected=[], out=[('Paciente masculino de 61 años', 'Varón de sesenta y un años')], note='clean: computed age in words'),
        dict(expected=[], note="clean: age 61 computed from birth date 03/05/1962 and admission 11/09/2023"),
        dict(expected=[], out=[("ticagrelor (B01AC24) 90 mg c/12 h", "ticagrelor (B01AC24) 90 mg dos veces por día")],
             note="clean: c/12 h restated"),
        dict(expected=["DEM001"], out=[("Paciente masculino de 61 años", "Paciente masculino de 62 años")],
             note="age 62 contradicts computed 61; 62 exists in input (FC) so no number finding"),
        dict(expected=["HAL004"], out=[("irradiado a miembro superior izquierdo", "irradiado a miembro superior derecho")],
             note="irradiation side"),
        dict(expected=["HAL003"], out=[("bisoprolol (C07AB07) 2,5 mg/día", "bisoprolol (C07AB07) 5 mg/día")],
             note="5 exists in input for enalapril, not for bisoprolol"),
        dict(expected=["HAL001"], out=[("angioplastia con stent farmacológico, sin complicaciones",
                                        "angioplastia con stent farmacológico, requiriendo balón de contrapulsación intraaórtico")],
             note="balón de contrapulsación absent from input"),
        dict(expected=["COD003"], out=[("AAS (B01AC06) 100 mg/día", "AAS B01AC06 100 mg/día")],
             note="ATC code outside parentheses"),
    ]))

CASES.append(dict(
    name="es_ictus_texto", country="España", service="Neurología - Unidad de Ictus",
    input=("Mujer, 78 años. Unidad de Ictus, Neurología. Motivo: hemiparesia derecha y afasia de expresión "
           "detectadas al despertar, última vez asintomática 11 horas antes. NIHSS 9 al ingreso. TC craneal: "
           "hipodensidad en territorio de ACM izquierda; angio-TC sin oclusión de gran vaso. No candidata a "
           "trombólisis (fuera de ventana) ni a trombectomía. Glucemia 168 mg/dL. LDL 142 mg/dL. ECG: fibrilación "
           "auricular no conocida. Diagnósticos: I63.5 Infarto cerebral por oclusión de arterias cerebrales; "
           "I48.9 Fibrilación auricular no especificada. Tratamiento al alta: apixabán (B01AF02) 5 mg cada 12 h "
           "desde el día 4; atorvastatina (C10AA05) 40 mg cada 24 h. NIHSS al alta 3. Destino: Unidad de "
           "rehabilitación. Antecedentes familiares: madre con ictus."),
    output=("Ingresa por hemiparesia derecha y afasia de expresión detectadas al despertar, con última vez "
            "asintomática 11 horas antes. Mujer de setenta y ocho años, con madre con ictus como antecedente familiar. "
            "NIHSS 9 al ingreso. La TC craneal muestra hipodensidad en territorio de la ACM izquierda y la angio-TC "
            "descarta oclusión de gran vaso; fuera de ventana para trombólisis y no candidata a trombectomía. Se "
            "diagnostica infarto cerebral (I63.5) en relación con fibrilación auricular (I48.9) no conocida. Presenta "
            "hiperglucemia de 168 mg/dL y LDL de 142 mg/dL. Evoluciona favorablemente con NIHSS 3 al alta. Se inicia "
            "apixabán (B01AF02) 5 mg cada 12 h desde el día 4 y atorvastatina (C10AA05) 40 mg cada 24 h. Se traslada "
            "a la Unidad de rehabilitación."),
    variants=[
        dict(expected=[], out=[('apixabán (B01AF02) 5 mg cada 12 h', 'apixabán (B01AF02) 5 mg dos veces al día')], note='clean: restated frequency'),
        dict(expected=[], note="clean: free-text input; left MCA infarct with right hemiparesis; trombólisis/trombectomía negated; family history"),
        dict(expected=["HAL004"], out=[("territorio de la ACM izquierda", "territorio de la ACM derecha")],
             note="artery side contradicts input"),
        dict(expected=["HAL004"], out=[("Ingresa por hemiparesia derecha", "Ingresa por hemiparesia izquierda")],
             note="hemiparesis side contradicts input"),
        dict(expected=["DEM001"], out=[("Mujer de setenta y ocho años", "Varón de setenta y ocho años")],
             note="sex"),
        dict(expected=["HAL001"], out=[("fuera de ventana para trombólisis y no candidata a trombectomía",
                                        "se administra trombólisis intravenosa y no es candidata a trombectomía")],
             note="input says trombólisis was not given (fuera de ventana); output claims it was given"),
        dict(expected=["HAL003"], out=[("apixabán (B01AF02) 5 mg cada 12 h", "apixabán (B01AF02) 5 mg cada 24 h")],
             note="apixabán frequency; 24 exists for atorvastatina"),
        dict(expected=["REP001"], out=[("NIHSS 9 al ingreso.", "NIHSS 9 al ingreso. NIHSS 9 al ingreso.")],
             note="repeated sentence"),
    ]))

CASES.append(dict(
    name="mx_cx_colecistitis", country="México", service="Cirugía General",
    input={
        "ficha": {"nss": "4312-88-1234", "genero": "F", "edad": "45 años", "unidad": "HGZ IMSS"},
        "servicio": "Cirugía General",
        "padecimiento_actual": "dolor en hipocondrio derecho de 3 días, náusea, vómito y fiebre",
        "signos_vitales": {"temp": "38.6 °C", "FC": 104, "TA": "120/80"},
        "laboratorios": {"leucocitos": "16.2 x10^3/µL", "neutrófilos": "86%", "bilirrubina total": "1.1 mg/dL"},
        "usg": "vesícula con litos, pared engrosada de 5 mm, Murphy ecográfico positivo",
        "diagnosticos": [{"clave": "K80.0", "descripcion": "Cálculo de la vesícula biliar con colecistitis aguda"}],
        "procedimientos": ["Colecistectomía laparoscópica (día 2), sin complicaciones"],
        "medicamentos": [
            {"clave": "J01DD04", "nombre": "Ceftriaxona", "dosis": "1 g IV c/12h"},
            {"clave": "M01AB15", "nombre": "Ketorolaco", "dosis": "30 mg IV c/8h"}],
        "alta": {"medicamentos": [{"clave": "N02BE01", "nombre": "Paracetamol", "dosis": "500 mg VO c/8h por 5 días"}],
                 "evolucion": "tolera la vía oral", "cita": "consulta externa de cirugía en 10 días"}},
    output=("Ingresa por dolor en hipocondrio derecho de 3 días de evolución acompañado de náusea, vómito y fiebre "
            "de 38.6 °C, con FC de 104 lpm. Paciente femenina de 45 años. Los laboratorios reportan leucocitosis de "
            "16.2 x10^3/µL con 86% de neutrófilos y bilirrubina total de 1.1 mg/dL. El USG muestra vesícula con "
            "litos, pared engrosada de 5 mm y Murphy ecográfico positivo, integrándose colecistitis aguda litiásica "
            "(K80.0). Se maneja con ceftriaxona (J01DD04) 1 g IV c/12h y ketorolaco (M01AB15) 30 mg IV c/8h, y al "
            "día 2 se realiza colecistectomía laparoscópica sin complicaciones. Tolera la vía oral y es egresada con "
            "paracetamol (N02BE01) 500 mg VO c/8h por 5 días. Cita a consulta externa de cirugía en 10 días."),
    variants=[
        dict(expected=[], out=[('Paciente femenina de 45 años.', 'Paciente femenina de cuarenta y cinco años.')], note='clean: age in words'),
        dict(expected=[], note="clean: leucocitosis and fiebre grounded in values; genero F"),
        dict(expected=[], out=[("ketorolaco (M01AB15) 30 mg IV c/8h", "ketorolaco (M01AB15) 30 mg intravenosos cada 8 horas")],
             note="clean: restated route and frequency"),
        dict(expected=["HAL001"], out=[("se realiza colecistectomía laparoscópica sin complicaciones",
                                        "se realiza colecistectomía laparoscópica con colocación de drenaje tipo Penrose")],
             note="drenaje absent from input"),
        dict(expected=["HAL003"], out=[("ketorolaco (M01AB15) 30 mg IV c/8h", "ketorolaco (M01AB15) 30 mg VO c/8h")],
             note="route IV -> VO"),
        dict(expected=["DEM001"], out=[("es egresada con", "es egresado con")],
             note="masculine participle for female patient"),
        dict(expected=["HAL004"], out=[("dolor en hipocondrio derecho", "dolor en hipocondrio izquierdo")],
             note="side"),
    ]))

CASES.append(dict(
    name="co_ped_bronquiolitis", country="Colombia", service="Pediatría",
    input=[
        {"campo": "Nombre", "valor": "J. S. M."},
        {"campo": "Sexo", "valor": "masculino"},
        {"campo": "Fecha de nacimiento", "valor": "2023-06-10"},
        {"campo": "Fecha de ingreso", "valor": "2023-10-18"},
        {"campo": "EPS", "valor": "Sanitas"},
        {"campo": "Servicio", "valor": "Pediatría - sala general"},
        {"campo": "Enfermedad actual", "valor": "cuadro de 3 días de rinorrea, tos y dificultad respiratoria progresiva; la madre refiere rechazo parcial de la vía oral"},
        {"campo": "Antecedentes", "valor": "producto a término, sin hospitalizaciones previas"},
        {"campo": "Examen físico", "valor": "saturación 88% al aire ambiente, tirajes subcostales, sibilancias difusas"},
        {"campo": "Paraclínicos", "valor": "panel viral positivo para VSR"},
        {"campo": "Diagnóstico", "valor": "J21.0 Bronquiolitis aguda debida a virus sincitial respiratorio"},
        {"campo": "Manejo", "valor": "oxígeno por cánula nasal a 1 L/min durante 3 días; lavados nasales; acetaminofén N02BE01 15 mg/kg VO c/6h si fiebre"},
        {"campo": "Evolución", "valor": "mejoría de la dificultad respiratoria, saturación 95% al aire ambiente, buena succión"},
        {"campo": "Plan", "valor": "egreso con la madre, signos de alarma, control por pediatría en 48 horas"}],
    output=("Ingresa por cuadro de 3 días de rinorrea, tos y dificultad respiratoria progresiva. Lactante masculino "
            "de 4 meses, producto a término, sin hospitalizaciones previas. Al ingreso con saturación de 88% al aire "
            "ambiente, tirajes subcostales y sibilancias difusas; la madre refiere rechazo parcial de la vía oral. "
            "Panel viral positivo para VSR, configurándose bronquiolitis aguda por VSR (J21.0) con hipoxemia. Se "
            "maneja en sala general con oxígeno por cánula nasal a 1 L/min durante 3 días, lavados nasales y "
            "acetaminofén (N02BE01) 15 mg/kg VO c/6h si fiebre. Evoluciona con mejoría de la dificultad respiratoria, "
            "saturación de 95% al aire ambiente y buena succión. Se da egreso con la madre, explicándose signos de "
            "alarma, y control por pediatría en 48 horas."),
    variants=[
        dict(expected=[], out=[('acetaminofén (N02BE01) 15 mg/kg VO c/6h', 'acetaminofén (N02BE01) 15 mg/kg por vía oral cada 6 horas')], note='clean: restated'),
        dict(expected=[], note="clean: age 4 months computed from birth and admission dates; 'la madre' is not the patient; hipoxemia from SpO2 88%"),
        dict(expected=["DEM001"], out=[("Lactante masculino de 4 meses", "Lactante masculino de 3 meses")],
             note="age in months contradicts computed 4; 3 exists elsewhere"),
        dict(expected=["DEM001"], out=[("Lactante masculino de 4 meses", "Lactante femenina de 4 meses")],
             note="sex"),
        dict(expected=["HAL001"], out=[("con oxígeno por cánula nasal a 1 L/min durante 3 días",
                                        "con CPAP nasal durante 3 días")],
             note="CPAP absent from input"),
        dict(expected=["HAL003"], out=[("acetaminofén (N02BE01) 15 mg/kg VO c/6h", "acetaminofén (N02BE01) 15 mg/kg IV c/6h")],
             note="route VO -> IV"),
    ]))

CASES.append(dict(
    name="cl_mi_neumonia", country="Chile", service="Medicina Interna",
    input={
        "paciente": {"sexo": "Masculino", "edad": 72},
        "servicio": "Medicina Interna",
        "motivo_consulta": "fiebre, tos productiva y disnea de 4 días",
        "alergias": ["penicilina"],
        "antecedentes": [{"codigo": "J44.9", "nombre": "EPOC"}, {"codigo": "E11.9", "nombre": "Diabetes mellitus tipo 2"}],
        "medicamentos_habituales": [
            {"codigo": "A10BA02", "nombre": "Metformina", "dosis": "850 mg cada 12 horas"},
            {"codigo": "R03AK07", "nombre": "Budesonida/formoterol", "dosis": "160/4,5 mcg cada 12 horas"}],
        "examen_fisico": ["temperatura 38,9 °C", "crépitos en base pulmonar derecha", "saturación 89% ambiental"],
        "examenes": {"leucocitos": "18,4 x10^3/mm3", "PCR": "212 mg/L", "glicemia": "248 mg/dL", "creatinina": "1,0 mg/dL"},
        "estudios": [{"nombre": "Radiografía de tórax", "resultado": "condensación en lóbulo inferior derecho"}],
        "diagnosticos": [{"codigo": "J18.1", "nombre": "Neumonía lobar", "tipo": "principal"}],
        "tratamiento": [
            {"codigo": "J01MA12", "nombre": "Levofloxacino", "dosis": "750 mg cada 24 horas", "via": "endovenosa, luego oral"},
            {"codigo": "A10AE04", "nombre": "Insulina glargina", "dosis": "14 UI en la noche", "via": "subcutánea"}],
        "notas": "no se usa amoxicilina-ácido clavulánico por alergia a penicilina; se suspende metformina durante la hospitalización",
        "evolucion": ["afebril desde el día 3", "suspensión de oxígeno al día 4"],
        "dias_hospitalizacion": 6,
        "indicaciones_alta": ["completar levofloxacino oral hasta 7 días", "reiniciar metformina", "control en policlínico"]},
    output=("Ingresa por fiebre, tos productiva y disnea de 4 días. Paciente de setenta y dos años, con EPOC (J44.9) y "
            "diabetes mellitus tipo 2 (E11.9) en tratamiento con metformina (A10BA02) 850 mg cada 12 horas y "
            "budesonida/formoterol (R03AK07) 160/4,5 mcg cada 12 horas. Al ingreso febril con 38,9 °C, crépitos en "
            "base pulmonar derecha e hipoxemia con saturación de 89% ambiental. Leucocitosis de 18,4 x10^3/mm3, PCR "
            "212 mg/L e hiperglicemia de 248 mg/dL. La radiografía de tórax muestra condensación en lóbulo inferior "
            "derecho, diagnosticándose neumonía lobar (J18.1). Por alergia a penicilina no se usa amoxicilina-ácido "
            "clavulánico y se trata con levofloxacino (J01MA12) 750 mg cada 24 horas, más insulina glargina (A10AE04) "
            "14 UI en la noche, suspendiéndose metformina. Afebril desde el día 3. Alta al día 6, completando 7 días "
            "de levofloxacino oral y reiniciando metformina. Control en policlínico."),
    variants=[
        dict(expected=[], out=[('levofloxacino (J01MA12) 750 mg cada 24 horas', 'levofloxacino (J01MA12) 750 mg una vez al día')], note='clean: restated'),
        dict(expected=[], note="clean: amoxicilina negated (alergia); metformina suspended; derived leucocitosis/hiperglicemia/hipoxemia"),
        dict(expected=["DEM001"], out=[("Paciente de setenta y dos años", "Paciente femenina de setenta y dos años")],
             note="sex"),
        dict(expected=["HAL004"], out=[("condensación en lóbulo inferior derecho", "condensación en lóbulo inferior izquierdo")],
             note="lobe side"),
        dict(expected=["HAL001"], out=[("se trata con levofloxacino (J01MA12) 750 mg cada 24 horas,",
                                        "se trata con levofloxacino (J01MA12) 750 mg cada 24 horas y nebulizaciones con salbutamol,")],
             note="salbutamol absent"),
        dict(expected=["HAL003"], out=[("insulina glargina (A10AE04) 14 UI en la noche", "insulina glargina (A10AE04) 14 UI cada 12 horas")],
             note="glargina frequency; 12 exists elsewhere"),
        dict(expected=["COD006"], out=[("con EPOC (J44.9) y", "con EPOC y")],
             note="J44.9 omitted from output"),
    ]))

CASES.append(dict(
    name="pe_obs_cesarea", country="Perú", service="Obstetricia",
    input={
        "datos_filiacion": {"sexo": "femenino", "fecha_nacimiento": "1994-08-21", "seguro": "EsSalud"},
        "fecha_ingreso": "2024-02-03",
        "servicio": "Obstetricia",
        "gestacion": "G2P1, 39 semanas por FUR",
        "motivo": "trabajo de parto con presentación podálica",
        "diagnosticos": ["O32.1 Atención materna por presentación de nalgas", "O99.0 Anemia que complica el embarazo"],
        "procedimientos": ["cesárea segmentaria transversa", "anestesia raquídea"],
        "recien_nacido": {"sexo": "masculino", "peso": "3250 g", "apgar": "8 y 9", "destino": "alojamiento conjunto con la madre"},
        "laboratorio": {"hemoglobina_pre": "10.2 g/dL", "hemoglobina_post": "9.1 g/dL"},
        "medicacion": [
            {"atc": "J01DB04", "farmaco": "Cefazolina", "posologia": "2 g EV dosis única profiláctica"},
            {"atc": "B03AA07", "farmaco": "Sulfato ferroso", "posologia": "300 mg VO cada 24 h"},
            {"atc": "M01AE01", "farmaco": "Ibuprofeno", "posologia": "400 mg VO cada 8 h"}],
        "evolucion": "puerperio quirúrgico sin complicaciones",
        "alta": "día 3 postoperatorio; control en consultorio de obstetricia en 7 días para retiro de puntos"},
    output=("Ingresa por trabajo de parto con presentación podálica. Gestante de 29 años, G2P1, con 39 semanas por "
            "FUR. Se realiza cesárea segmentaria transversa bajo anestesia raquídea, con profilaxis de cefazolina "
            "(J01DB04) 2 g EV en dosis única. Se obtiene recién nacido de sexo masculino de 3250 g, Apgar 8 y 9, que "
            "pasa a alojamiento conjunto con la madre. Diagnósticos: atención materna por presentación de nalgas "
            "(O32.1) y anemia que complica el embarazo (O99.0), con hemoglobina de 10.2 g/dL antes y 9.1 g/dL después "
            "de la cesárea. Puerperio quirúrgico sin complicaciones. Es dada de alta en el día 3 postoperatorio con "
            "sulfato ferroso (B03AA07) 300 mg VO cada 24 h e ibuprofeno (M01AE01) 400 mg VO cada 8 h. Control en "
            "consultorio de obstetricia en 7 días para retiro de puntos."),
    variants=[
        dict(expected=[], out=[('ibuprofeno (M01AE01) 400 mg VO cada 8 h', 'ibuprofeno (M01AE01) 400 mg por vía oral tres veces al día')], note='clean: cada 8 h as tres veces al día'),
        dict(expected=[], note="clean: age 29 computed; masculine newborn is not the patient; 'la madre' is the patient; cefazolina prophylaxis for caesarean is a plausible indication"),
        dict(expected=["DEM001"], out=[("Gestante de 29 años", "Gestante de 39 años")],
             note="age 39 contradicts computed 29; 39 exists (semanas)"),
        dict(expected=["HAL003"], out=[("cefazolina (J01DB04) 2 g EV en dosis única", "cefazolina (J01DB04) 2 g EV cada 8 h")],
             note="dosis única -> cada 8 h; 8 exists for ibuprofeno"),
        dict(expected=["HAL001"], out=[("bajo anestesia raquídea", "bajo anestesia general con intubación orotraqueal")],
             note="anestesia general / IOT absent"),
        dict(expected=["FMT002"], out=[("Diagnósticos: atención materna", "**Diagnósticos:** atención materna")],
             note="bold"),
    ]))

CASES.append(dict(
    name="es_trauma_cadera", country="España", service="Cirugía Ortopédica y Traumatología",
    input=[
        {"campo": "Sexo", "valor": "Mujer"}, {"campo": "Edad", "valor": "88"},
        {"campo": "Servicio", "valor": "Cirugía Ortopédica y Traumatología"},
        {"campo": "Motivo", "valor": "caída casual en domicilio con dolor e impotencia funcional de cadera izquierda"},
        {"campo": "Rx", "valor": "fractura subcapital de cuello femoral izquierdo"},
        {"campo": "Diagnóstico", "valor": "S72.0 Fractura del cuello del fémur"},
        {"campo": "Antecedentes", "valor": "I48.9 Fibrilación auricular, anticoagulada con Sintrom; hipotiroidismo"},
        {"campo": "Intervención", "valor": "Artroplastia parcial de cadera izquierda (hemiartroplastia) a las 48 h"},
        {"campo": "Analítica", "valor": "Hb ingreso 11.4 g/dL; Hb postoperatoria 7.8 g/dL; INR ingreso 2.6"},
        {"campo": "Hemoderivados", "valor": "Transfusión de 2 concentrados de hematíes"},
        {"campo": "Fármacos", "valor": "Acenocumarol B01AA07 (Sintrom) suspendido al ingreso; vitamina K 10 mg IV; enoxaparina B01AB05 40 mg SC cada 24 h; levotiroxina H03AA01 75 mcg al día"},
        {"campo": "Evolución", "valor": "buena evolución, inicia sedestación y deambulación con andador"},
        {"campo": "Alta", "valor": "reinicio de acenocumarol según pauta de Hematología; enoxaparina 40 mg SC cada 24 h hasta INR en rango"}],
    output=("Ingresa por caída casual en domicilio con dolor e impotencia funcional de cadera izquierda. Mujer de "
            "ochenta y ocho años con fibrilación auricular (I48.9) anticoagulada con Sintrom e hipotiroidismo en "
            "tratamiento con levotiroxina (H03AA01) 75 mcg al día. La radiografía muestra fractura subcapital de "
            "cuello femoral izquierdo (S72.0). Al ingreso INR de 2.6, por lo que se suspende acenocumarol (B01AA07) y "
            "se revierte con vitamina K 10 mg IV. A las 48 h se realiza hemiartroplastia de cadera izquierda. En el "
            "postoperatorio presenta anemia con Hb de 7.8 g/dL, precisando transfusión de 2 concentrados de hematíes. "
            "Buena evolución, inicia sedestación y deambulación con andador. Alta con enoxaparina (B01AB05) 40 mg SC "
            "cada 24 h hasta INR en rango y reinicio de acenocumarol según pauta de Hematología."),
    variants=[
        dict(expected=[], out=[('enoxaparina (B01AB05) 40 mg SC cada 24 h', 'enoxaparina (B01AB05) 40 mg subcutáneos una vez al día')], note='clean: restated'),
        dict(expected=[], note="clean: Sintrom brand in input; acenocumarol suspended; anemia derived from Hb 7.8; enoxaparina thromboprophylaxis/bridge plausible"),
        dict(expected=["HAL004"], out=[("hemiartroplastia de cadera izquierda", "hemiartroplastia de cadera derecha")],
             note="operated side"),
        dict(expected=["HAL003"], out=[("enoxaparina (B01AB05) 40 mg SC", "enoxaparina (B01AB05) 40 mg IV")],
             note="route SC -> IV"),
        dict(expected=["HAL001"], out=[("transfusión de 2 concentrados de hematíes", "transfusión de 2 concentrados de plaquetas")],
             note="platelet transfusion absent (red cells were given)"),
        dict(expected=["DEM001"], out=[("Mujer de ochenta y ocho años", "Varón de ochenta y ocho años")],
             note="sex"),
        dict(expected=["COD004"], out=[("se revierte con vitamina K 10 mg IV", "se revierte con vitamina K (B02BA01) 10 mg IV")],
             note="ATC for vitamin K (fitomenadiona) added; not in input"),
        dict(expected=["COD002"], out=[("e hipotiroidismo en tratamiento", "e hipotiroidismo (E03.9) en tratamiento")],
             note="uncoded input diagnosis given a real code absent from input"),
    ]))

CASES.append(dict(
    name="gt_nefro_ira", country="Guatemala", service="Nefrología",
    input={
        "IGSS": {"afiliacion": "2019-556677", "unidad": "Hospital General de Enfermedades"},
        "paciente": {"genero": "masculino", "edad_anios": 56},
        "servicio": "Nefrología",
        "motivo_ingreso": "oliguria de 4 días, náusea y debilidad generalizada",
        "problemas": {
            "activos": [{"cie10": "E11.2", "dx": "Diabetes mellitus tipo 2 con complicaciones renales"},
                        {"cie10": "I10", "dx": "Hipertensión arterial"},
                        {"cie10": "N17.9", "dx": "Insuficiencia renal aguda no especificada"}],
            "resueltos": [{"cie10": "A09", "dx": "Diarrea infecciosa", "anio": "2019"}]},
        "laboratorio": [
            {"analito": "creatinina", "resultado": "6.8", "unidad": "mg/dL", "basal": "1.4"},
            {"analito": "potasio", "resultado": "6.9", "unidad": "mEq/L", "rango": "3.5-5.0"},
            {"analito": "BUN", "resultado": "98", "unidad": "mg/dL"},
            {"analito": "bicarbonato", "resultado": "14", "unidad": "mEq/L", "rango": "22-28"},
            {"analito": "creatinina al egreso", "resultado": "2.9", "unidad": "mg/dL"}],
        "procedimientos": ["colocación de catéter de hemodiálisis yugular derecho", "3 sesiones de hemodiálisis"],
        "medicamentos_hospital": [
            {"atc": "A12AA03", "nombre": "Gluconato de calcio", "dosis": "1 g IV"},
            {"atc": "A10AB01", "nombre": "Insulina regular", "dosis": "10 UI IV con dextrosa"}],
        "medicamentos_previos": [{"atc": "A10BA02", "nombre": "Metformina", "indicacion": "se suspende"}],
        "egreso": {"medicamentos": [
            {"atc": "C08CA01", "nombre": "Amlodipino", "dosis": "10 mg al día"},
            {"atc": "A10AC01", "nombre": "Insulina NPH", "dosis": "20 UI por la mañana"}],
            "evolucion": "recuperación parcial de la diuresis",
            "control": "consulta externa de nefrología"}},
    output=("Ingresa por oliguria de 4 días, náusea y debilidad generalizada. Paciente masculino de 56 años, "
            "diabético con complicaciones renales (E11.2) e hipertenso (I10), con antecedente de diarrea infecciosa "
            "(A09) resuelta. Al ingreso creatinina 6.8 mg/dL (basal 1.4), potasio 6.9 mEq/L, BUN 98 mg/dL y "
            "bicarbonato 14 mEq/L, diagnosticándose insuficiencia renal aguda (N17.9) con hiperpotasemia y acidosis "
            "metabólica. Recibe gluconato de calcio (A12AA03) 1 g IV e insulina regular (A10AB01) 10 UI IV con "
            "dextrosa. Se coloca catéter de hemodiálisis yugular derecho y recibe 3 sesiones de hemodiálisis, con "
            "recuperación parcial de la diuresis y creatinina de 2.9 mg/dL al egreso. Se suspende metformina "
            "(A10BA02). Egresa con amlodipino (C08CA01) 10 mg al día e insulina NPH (A10AC01) 20 UI por la mañana, "
            "con control en consulta externa de nefrología."),
    variants=[
        dict(expected=[], out=[('Paciente masculino de 56 años', 'Paciente masculino de cincuenta y seis años')], note='clean: age in words'),
        dict(expected=[], note="clean: resolved problem A09 reported as antecedent; hiperpotasemia/acidosis derived from K 6.9 and HCO3 14; metformina suspended"),
        dict(expected=[], out=[("insulina regular (A10AB01) 10 UI IV", "insulina rápida (A10AB01) 10 UI IV")],
             note="clean: insulina rápida = insulina regular"),
        dict(expected=["HAL004"], out=[("catéter de hemodiálisis yugular derecho", "catéter de hemodiálisis yugular izquierdo")],
             note="catheter side"),
        dict(expected=["HAL001"], out=[("con hiperpotasemia y acidosis", "con hipopotasemia y acidosis")],
             note="hipopotasemia contradicted by K 6.9"),
        dict(expected=["HAL003"], out=[("insulina regular (A10AB01) 10 UI IV", "insulina regular (A10AB01) 20 UI IV")],
             note="20 exists for NPH, not regular"),
        dict(expected=["CLN001"], inp=[("\"atc\": \"C08CA01\", \"nombre\": \"Amlodipino\", \"dosis\": \"10 mg al día\"",
                                       "\"atc\": \"H03AA01\", \"nombre\": \"Levotiroxina\", \"dosis\": \"50 mcg al día\"")],
             out=[("amlodipino (C08CA01) 10 mg al día", "levotiroxina (H03AA01) 50 mcg al día")],
             note="levotiroxina with no thyroid diagnosis (input and output changed together)"),
        dict(expected=["COD001"], out=[("e hipertenso (I10), con", "e hipertenso I10, con")],
             note="CIE-10 code without parentheses"),
    ]))

CASES.append(dict(
    name="bo_gastro_hda", country="Bolivia", service="Gastroenterología",
    input={
        "episodios": [{
            "tipo": "hospitalización", "servicio": "Gastroenterología", "seguro": "CNS",
            "paciente": {"sexo": "varón", "edad": 67},
            "motivo": "melena de 2 días y un episodio de hematemesis con mareo",
            "antecedentes": "lumbalgia crónica en uso de ibuprofeno (M01AE01) 400 mg c/8h; sin otros antecedentes",
            "ingreso": {"PA": "90/60 mmHg", "FC": "112 lpm", "Hb": "6.9 g/dL", "plaquetas": "210 x10^3/µL", "INR": "1.1"},
            "problemas": [
                {"codigo": "K26.4", "desc": "Úlcera duodenal crónica o no especificada con hemorragia", "estado": "activo"},
                {"codigo": "D62", "desc": "Anemia posthemorrágica aguda", "estado": "activo"}],
            "procedimientos": ["transfusión de 2 unidades de paquete globular",
                               "endoscopia alta: úlcera duodenal en cara anterior de bulbo con vaso visible, adrenalina y clips"],
            "anatomia_patologica": "biopsia positiva para Helicobacter pylori",
            "tratamiento": [{"atc": "A02BC01", "nombre": "Omeprazol", "pauta": "80 mg EV en bolo, luego 8 mg/h en infusión"}],
            "evolucion": "sin resangrado; Hb de control 9.2 g/dL; se suspende ibuprofeno",
            "alta": [{"atc": "A02BC01", "nombre": "Omeprazol", "pauta": "40 mg VO c/12h"},
                     {"atc": "J01CA04", "nombre": "Amoxicilina", "pauta": "1 g c/12h por 14 días"},
                     {"atc": "J01FA09", "nombre": "Claritromicina", "pauta": "500 mg c/12h por 14 días"}],
            "control": "consulta de gastroenterología"}]},
    output=("Ingresa por melena de 2 días y un episodio de hematemesis con mareo. Varón de 67 años con lumbalgia "
            "crónica en uso de ibuprofeno (M01AE01), sin otros antecedentes. Al ingreso PA 90/60 mmHg, FC 112 lpm y "
            "hemoglobina de 6.9 g/dL, configurando anemia posthemorrágica aguda (D62). Se transfunden 2 unidades de "
            "paquete globular y se inicia omeprazol (A02BC01) 80 mg EV en bolo seguido de infusión. La endoscopia alta "
            "muestra úlcera duodenal en cara anterior de bulbo con vaso visible, tratada con adrenalina y clips, "
            "diagnosticándose úlcera duodenal con hemorragia (K26.4). Biopsia positiva para Helicobacter pylori. Sin "
            "resangrado, Hb de control 9.2 g/dL. Se suspende ibuprofeno. Alta con omeprazol 40 mg VO c/12h, "
            "amoxicilina (J01CA04) 1 g c/12h y claritromicina (J01FA09) 500 mg c/12h por 14 días. Control en consulta "
            "de gastroenterología."),
    variants=[
        dict(expected=[], out=[('Varón de 67 años', 'Varón de sesenta y siete años')], note='clean: age in words'),
        dict(expected=[], note="clean: ibuprofeno suspended; triple therapy for H. pylori ulcer"),
        dict(expected=[], out=[("amoxicilina (J01CA04) 1 g c/12h", "amoxicilina (J01CA04) 1 g dos veces al día")],
             note="clean: frequency restated"),
        dict(expected=["HAL001"], out=[("Se transfunden 2 unidades", "Se coloca SNG y se transfunden 2 unidades")],
             note="SNG absent"),
        dict(expected=["HAL003"], out=[("amoxicilina (J01CA04) 1 g c/12h", "amoxicilina (J01CA04) 1 g c/8h")],
             note="8 exists for ibuprofeno / infusion"),
        dict(expected=["DEM001"], out=[("Varón de 67 años", "Varón de 90 años")],
             note="age; 90 exists (PA)"),
        dict(expected=["HAL002"], out=[("Hb de control 9.2 g/dL", "Hb de control 9.6 g/dL")],
             note="9.6 absent from input"),
        dict(expected=["COD005"], out=[("con lumbalgia crónica en uso de ibuprofeno (M01AE01)",
                                        "con lumbalgia crónica (M01AE01) en uso de ibuprofeno")],
             note="M01AE01 written after lumbalgia; input pairs it with ibuprofeno"),
    ]))
