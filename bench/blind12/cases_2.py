# Scenarios 2: Paraguay, Costa Rica, Dominican Republic, Argentina, Spain, Mexico, Chile.
CASES = []

CASES.append(dict(
    name="py_uci_sepsis_urinaria", country="Paraguay", service="Terapia Intensiva",
    input={
        "institucion": "IPS - Hospital Central", "servicio": "Terapia Intensiva",
        "paciente": {"sexo": "F", "fecha_nac": "1960-11-02",
                     "procedencia": "trasladada desde el Hospital Regional de Coronel Oviedo"},
        "ingreso": "2024-05-20", "egreso": "2024-06-01", "estancia": "12 días",
        "motivo": "fiebre, dolor lumbar derecho e hipotensión",
        "signos": {"temperatura": "39,2 °C", "PAM": "55 mmHg"},
        "antecedentes": "sin antecedentes de importancia",
        "laboratorio": {"leucocitos": "22,3 x10^3/µL", "plaquetas": "68 x10^3/µL (150-400)",
                        "creatinina": "2,4 mg/dL", "lactato": "4,8 mmol/L"},
        "imagen": "TC abdominal: cálculo en uréter proximal derecho con hidronefrosis",
        "urocultivo": "E. coli BLEE",
        "diagnosticos": [
            {"codigo": "A41.5", "descripcion": "Sepsis debida a otros organismos gramnegativos"},
            {"codigo": "N10", "descripcion": "Pielonefritis aguda"},
            {"codigo": "N20.1", "descripcion": "Cálculo del uréter"}],
        "procedimientos": ["CVC yugular interno derecho", "sonda vesical Foley",
                           "catéter doble J derecho por urología (día 1)", "retiro de CVC y sonda vesical al día 5"],
        "medicacion": [
            {"atc": "C01CA03", "nombre": "Noradrenalina", "pauta": "infusión durante 48 h"},
            {"atc": "J01DH02", "nombre": "Meropenem", "pauta": "1 g EV c/8h por 10 días"},
            {"atc": "N02BE01", "nombre": "Paracetamol", "pauta": "1 g EV c/8h si fiebre"}],
        "plan": "control por urología para tratamiento diferido del cálculo"},
    output=("Ingresa por fiebre de 39,2 °C, dolor lumbar derecho e hipotensión con PAM de 55 mmHg. Paciente femenina "
            "de 63 años, trasladada desde el Hospital Regional de Coronel Oviedo, sin antecedentes de importancia. "
            "Laboratorio con leucocitosis de 22,3 x10^3/µL, trombocitopenia de 68 x10^3/µL, creatinina 2,4 mg/dL y "
            "lactato 4,8 mmol/L. La TC abdominal muestra cálculo en uréter proximal derecho (N20.1) con "
            "hidronefrosis, diagnosticándose sepsis por gramnegativos (A41.5) secundaria a pielonefritis aguda (N10). "
            "En Terapia Intensiva se coloca CVC yugular interno derecho y sonda vesical Foley, y requiere noradrenalina "
            "(C01CA03) durante 48 h. Urología coloca catéter doble J derecho el día 1. Urocultivo con E. coli BLEE, "
            "tratada con meropenem (J01DH02) 1 g EV c/8h por 10 días y paracetamol (N02BE01) 1 g EV c/8h si fiebre. "
            "Se retiran CVC y sonda vesical al día 5. Alta tras 12 días, con control por urología para tratamiento "
            "diferido del cálculo."),
    variants=[
        dict(expected=[], out=[('Paciente femenina de 63 años', 'Paciente de sesenta y tres años')], note="clean: computed age in words; sex carried by 'trasladada', 'tratada'"),
        dict(expected=[], note="clean: age 63 computed from birth date and admission date; trombocitopenia from 68 (150-400); 'trasladada' agrees with the female patient"),
        dict(expected=[], out=[("meropenem (J01DH02) 1 g EV c/8h", "meropenem (J01DH02) 1 g intravenoso tres veces al día")],
             note="clean: c/8h restated as tres veces al día"),
        dict(expected=["HAL004"], out=[("dolor lumbar derecho", "dolor lumbar izquierdo")], note="side"),
        dict(expected=["HAL004"], out=[("catéter doble J derecho", "catéter doble J izquierdo")], note="stent side"),
        dict(expected=["HAL001"], out=[("requiere noradrenalina (C01CA03) durante 48 h",
                                        "requiere noradrenalina (C01CA03) y ventilación mecánica invasiva durante 48 h")],
             note="VMI absent"),
        dict(expected=["HAL003"], out=[("meropenem (J01DH02) 1 g EV c/8h", "meropenem (J01DH02) 1 g VO c/8h")],
             note="route EV -> VO"),
        dict(expected=["DEM001"], out=[("Paciente femenina de 63 años", "Paciente masculino de 63 años")], note="sex"),
    ]))

CASES.append(dict(
    name="cr_neumo_epoc_vmni", country="Costa Rica", service="Neumología",
    input=[
        {"seccion": "Identificación", "items": ["Masculino", "69 años", "Hospital México, CCSS", "acompañado por su esposa"]},
        {"seccion": "Motivo", "items": ["aumento de disnea y esputo purulento de 5 días"]},
        {"seccion": "Antecedentes", "items": ["exfumador de 40 paquetes-año", "familiares: esposa con asma"]},
        {"seccion": "Gases arteriales", "items": ["pH 7.28", "PaCO2 68 mmHg", "PaO2 52 mmHg con FiO2 21%"]},
        {"seccion": "Diagnósticos", "items": ["J44.1 EPOC con exacerbación aguda", "J96.0 Insuficiencia respiratoria aguda"]},
        {"seccion": "Soporte", "items": ["VMNI modo BiPAP durante 3 días", "oxígeno por nasocánula 2 L/min"]},
        {"seccion": "Fármacos", "items": ["Salbutamol/ipratropio (R03AL02) nebulizado c/6h",
                                          "Metilprednisolona (H02AB04) 40 mg IV c/24h",
                                          "Amoxicilina-clavulánico (J01CR02) 875/125 mg VO c/12h"]},
        {"seccion": "Alta", "items": ["Tiotropio (R03BB04) 18 mcg inhalado c/24h",
                                      "Prednisona (H02AB07) 40 mg VO c/24h hasta completar 5 días",
                                      "oxigenoterapia domiciliaria no indicada",
                                      "control en consulta de neumología en 4 semanas"]}],
    output=("Ingresa por aumento de disnea y esputo purulento de 5 días. Paciente masculino de 69 años, exfumador de "
            "40 paquetes-año, con EPOC. Gases arteriales al ingreso con pH 7.28, PaCO2 68 mmHg y PaO2 52 mmHg con "
            "FiO2 21%, compatibles con insuficiencia respiratoria aguda (J96.0) hipercápnica por EPOC con exacerbación "
            "aguda (J44.1). Requiere VMNI modo BiPAP durante 3 días y luego oxígeno por nasocánula a 2 L/min. Recibe "
            "salbutamol/ipratropio (R03AL02) nebulizado c/6h, metilprednisolona (H02AB04) 40 mg IV c/24h y "
            "amoxicilina-clavulánico (J01CR02) 875/125 mg VO c/12h. Egresa con tiotropio (R03BB04) 18 mcg inhalado "
            "c/24h y prednisona (H02AB07) 40 mg VO c/24h hasta completar 5 días; no se indica oxigenoterapia "
            "domiciliaria. Acompañado por su esposa, que tiene asma. Control en consulta de neumología en 4 semanas."),
    variants=[
        dict(expected=[], out=[('Requiere VMNI modo BiPAP', 'Requiere ventilación mecánica no invasiva modo BiPAP')], note='clean: VMNI expanded'),
        dict(expected=[], note="clean: hipercápnica from PaCO2 68; oxigenoterapia domiciliaria negated; wife's asthma is family"),
        dict(expected=[], out=[("prednisona (H02AB07) 40 mg VO c/24h", "prednisona (H02AB07) 40 mg por vía oral una vez al día")],
             note="clean: restated route/frequency"),
        dict(expected=["HAL001"], out=[("Requiere VMNI modo BiPAP durante 3 días", "Requiere intubación orotraqueal y VMI durante 3 días")],
             note="invasive ventilation absent (input: VMNI)"),
        dict(expected=["HAL003"], out=[("metilprednisolona (H02AB04) 40 mg IV c/24h", "metilprednisolona (H02AB04) 40 mg IV c/6h")],
             note="6 exists for salbutamol"),
        dict(expected=["DEM001"], out=[("Paciente masculino de 69 años", "Paciente masculino de 68 años")],
             note="68 exists (PaCO2)"),
        dict(expected=["COD007"], inp=[("J96.0 Insuficiencia", "J48.0 Insuficiencia")],
             out=[("insuficiencia respiratoria aguda (J96.0)", "insuficiencia respiratoria aguda (J48.0)")],
             note="J48 is not an ICD-10 category; code changed in input and output"),
        dict(expected=["FMT001"], out=[("Ingresa por aumento", "Paciente que ingresa por aumento")], note="does not start with Ingresa por"),
    ]))

CASES.append(dict(
    name="do_endo_cad", country="República Dominicana", service="Endocrinología",
    input={
        "Nombre": "Y. M. R.", "Sexo": "Femenino", "Edad": "19 años", "ARS": "SENASA", "Servicio": "Endocrinología",
        "Motivo": "poliuria, polidipsia, vómitos y dolor abdominal de 2 días, tras suspender la insulina",
        "Antecedentes personales": "diabetes mellitus tipo 1 desde los 12 años",
        "Antecedentes familiares": "madre con diabetes tipo 2",
        "Laboratorio": {"glucosa": "486 mg/dL", "pH": "7.12", "bicarbonato": "8 mEq/L", "cetonemia": "5.6 mmol/L",
                        "potasio": "3.4 mEq/L (3.5-5.0)", "sodio": "131 mEq/L (135-145)", "creatinina": "1.0 mg/dL"},
        "Diagnóstico": [{"CIE10": "E10.1", "Descripción": "Diabetes mellitus tipo 1 con cetoacidosis"}],
        "Tratamiento": [
            {"Fármaco": "Solución salina 0.9%", "Dosis": "2 litros en las primeras 2 horas"},
            {"ATC": "A10AB01", "Fármaco": "Insulina regular", "Dosis": "infusión 0.1 UI/kg/h"},
            {"ATC": "B05XA01", "Fármaco": "Cloruro de potasio", "Dosis": "20 mEq por litro de solución"}],
        "Evolución": "resolución de la cetoacidosis en 24 horas, paso a esquema basal-bolo",
        "Alta": [{"ATC": "A10AE04", "Fármaco": "Insulina glargina", "Dosis": "18 UI SC cada noche"},
                 {"ATC": "A10AB05", "Fármaco": "Insulina aspart", "Dosis": "6 UI SC antes de cada comida"}],
        "Plan": "educación diabetológica; cita en consulta de endocrinología en 2 semanas"},
    output=("Ingresa por poliuria, polidipsia, vómitos y dolor abdominal de 2 días tras suspender la insulina. Paciente "
            "femenina de 19 años con diabetes mellitus tipo 1 desde los 12 años; madre con diabetes tipo 2. Al ingreso "
            "glucosa 486 mg/dL, pH 7.12, bicarbonato 8 mEq/L y cetonemia 5.6 mmol/L, con hiponatremia de 131 mEq/L e "
            "hipopotasemia leve de 3.4 mEq/L, diagnosticándose diabetes mellitus tipo 1 con cetoacidosis (E10.1). Se "
            "maneja con solución salina 0.9% 2 litros en las primeras 2 horas, infusión de insulina regular (A10AB01) "
            "a 0.1 UI/kg/h y cloruro de potasio (B05XA01) 20 mEq por litro de solución. La cetoacidosis se resuelve "
            "en 24 horas y se pasa a esquema basal-bolo. Egresa con insulina glargina (A10AE04) 18 UI SC cada noche e "
            "insulina aspart (A10AB05) 6 UI SC antes de cada comida, tras educación diabetológica. Cita en consulta "
            "de endocrinología en 2 semanas."),
    variants=[
        dict(expected=[], out=[('Paciente femenina de 19 años', 'Paciente femenina de diecinueve años')], note='clean: age in words'),
        dict(expected=[], note="clean: '12 años' is age at onset, not the patient's age; hiponatremia/hipopotasemia derived from values; KCl plausible in DKA with K 3.4"),
        dict(expected=[], out=[("18 UI SC cada noche", "18 UI subcutáneas cada noche")], note="clean: SC restated"),
        dict(expected=["DEM001"], out=[("Paciente femenina de 19 años", "Paciente masculino de 19 años")], note="sex"),
        dict(expected=["DEM001"], out=[("Paciente femenina de 19 años", "Paciente femenina de 24 años")],
             note="age; 24 exists (horas)"),
        dict(expected=["HAL001"], out=[("con hiponatremia de 131 mEq/L", "con hipernatremia de 131 mEq/L")],
             note="hipernatremia contradicted by Na 131"),
        dict(expected=["HAL003"], out=[("insulina aspart (A10AB05) 6 UI SC", "insulina aspart (A10AB05) 18 UI SC")],
             note="18 exists for glargina"),
        dict(expected=["COD001"], out=[("con cetoacidosis (E10.1)", "con cetoacidosis (E10.1, código CIE)")],
             note="parenthesis holds more than the code"),
    ]))

CASES.append(dict(
    name="ar_vascular_isquemia", country="Argentina", service="Cirugía Vascular",
    input={
        "paciente": {"sexo": "masculino", "edad": 74, "obra_social": "PAMI"},
        "servicio": "Cirugía Vascular",
        "motivo": "dolor de reposo y lesión necrótica en quinto dedo del pie derecho de 3 semanas",
        "antecedentes": [
            {"cie": "E11.5", "desc": "Diabetes tipo 2 con complicaciones circulatorias periféricas"},
            {"cie": "I70.2", "desc": "Aterosclerosis de arterias de los miembros"},
            {"cie": "N18.3", "desc": "Enfermedad renal crónica estadio 3"}],
        "examen": "ausencia de pulsos poplíteo y distales en MID; pulsos conservados en MII",
        "itb": {"derecho": "0,35", "izquierdo": "0,92"},
        "ecodoppler": "oclusión de arteria femoral superficial derecha",
        "lab": {"HbA1c": "8,9%", "creatinina": "1,7 mg/dL"},
        "decisiones": "bypass femoropoplíteo descartado por mal lecho distal",
        "procedimientos": ["angioplastia transluminal de arteria femoral superficial derecha con stent",
                           "amputación de quinto dedo de pie derecho"],
        "medicacion_egreso": [
            {"atc": "B01AC06", "nombre": "AAS", "dosis": "100 mg/día"},
            {"atc": "B01AC04", "nombre": "Clopidogrel", "dosis": "75 mg/día"},
            {"atc": "C10AA05", "nombre": "Atorvastatina", "dosis": "40 mg/día"},
            {"atc": "A10AE04", "nombre": "Insulina glargina", "dosis": "16 UI/noche"}],
        "alta": "curaciones cada 48 h en centro de salud; control en consultorio de cirugía vascular en 15 días"},
    output=("Ingresa por dolor de reposo y lesión necrótica en quinto dedo del pie derecho de 3 semanas. Paciente "
            "masculino de 74 años, diabético con complicaciones circulatorias periféricas (E11.5), con aterosclerosis "
            "de arterias de los miembros (I70.2) y enfermedad renal crónica estadio 3 (N18.3), creatinina 1,7 mg/dL y "
            "HbA1c 8,9%. Al examen sin pulsos poplíteo ni distales en MID, con pulsos conservados en MII; ITB derecho "
            "0,35 e izquierdo 0,92. El ecodoppler muestra oclusión de arteria femoral superficial derecha. Se descarta "
            "bypass femoropoplíteo por mal lecho distal y se realiza angioplastia transluminal con stent de la femoral "
            "superficial derecha, seguida de amputación del quinto dedo del pie derecho. Egresa con AAS (B01AC06) 100 "
            "mg/día, clopidogrel (B01AC04) 75 mg/día, atorvastatina (C10AA05) 40 mg/día e insulina glargina (A10AE04) "
            "16 UI/noche. Curaciones cada 48 h en centro de salud y control en cirugía vascular en 15 días."),
    variants=[
        dict(expected=[], out=[('Egresa con AAS (B01AC06)', 'Egresa con aspirina (B01AC06)')], note='clean: aspirina = AAS'),
        dict(expected=[], note="clean: MID/MII abbreviations; bypass ruled out; numbers with comma decimals"),
        dict(expected=[], out=[("ni distales en MID, con pulsos conservados en MII",
                                "ni distales en miembro inferior derecho, con pulsos conservados en el izquierdo")],
             note="clean: abbreviations expanded, side carried by 'el izquierdo'"),
        dict(expected=["HAL004"], out=[("ni distales en MID,", "ni distales en MII,")], note="pulse deficit side"),
        dict(expected=["HAL004"], out=[("amputación del quinto dedo del pie derecho", "amputación del quinto dedo del pie izquierdo")],
             note="amputation side"),
        dict(expected=["HAL001"], out=[("seguida de amputación del quinto dedo",
                                        "con colocación de sistema de presión negativa, seguida de amputación del quinto dedo")],
             note="negative-pressure therapy absent"),
        dict(expected=["HAL003"], out=[("clopidogrel (B01AC04) 75 mg/día", "clopidogrel (B01AC04) 75 mg cada 48 h")],
             note="frequency; 48 exists elsewhere"),
        dict(expected=["COD006"], out=[("estadio 3 (N18.3), creatinina", "estadio 3, creatinina")], note="N18.3 omitted"),
    ]))

CASES.append(dict(
    name="cr_neo_ictericia", country="Costa Rica", service="Neonatología",
    input={
        "recien_nacido": {"sexo": "femenino", "fecha_nacimiento": "2024-03-10", "peso_nacimiento": "3120 g",
                          "edad_gestacional": "38 semanas", "grupo": "A positivo, Coombs directo positivo"},
        "fecha_ingreso": "2024-03-13",
        "madre": {"edad": 31, "grupo": "O positivo", "paridad": "primigesta"},
        "servicio": "Neonatología, Hospital Nacional de Niños",
        "motivo": "ictericia hasta muslos detectada en control de tamizaje",
        "laboratorio": {"bilirrubina total": "18.6 mg/dL", "bilirrubina directa": "0.6 mg/dL",
                        "hemoglobina": "15.8 g/dL", "reticulocitos": "6%"},
        "diagnosticos": [{"codigo": "P55.1", "nombre": "Enfermedad hemolítica del feto y del recién nacido por incompatibilidad ABO"}],
        "tratamiento": ["fototerapia intensiva por 48 horas", "lactancia materna exclusiva"],
        "no_realizado": "exanguinotransfusión no indicada",
        "evolucion": "bilirrubina total al egreso 11.2 mg/dL",
        "plan": "egreso con la madre; signos de alarma explicados; control de bilirrubina en EBAIS en 48 horas"},
    output=("Ingresa por ictericia hasta muslos detectada en control de tamizaje. Recién nacida de 3 días, de 38 semanas "
            "y 3120 g al nacer, hija de madre primigesta de 31 años, grupo O positivo; la niña es A positivo con Coombs "
            "directo positivo. Bilirrubina total 18.6 mg/dL con directa de 0.6 mg/dL, hemoglobina 15.8 g/dL y "
            "reticulocitos 6%, diagnosticándose enfermedad hemolítica del recién nacido por incompatibilidad ABO "
            "(P55.1). Recibe fototerapia intensiva por 48 horas manteniendo lactancia materna exclusiva; no se indica "
            "exanguinotransfusión. Al egreso bilirrubina total de 11.2 mg/dL. Se da de alta con su madre, con signos "
            "de alarma explicados y control de bilirrubina en EBAIS en 48 horas."),
    variants=[
        dict(expected=[], out=[('hija de madre primigesta de 31 años', 'hija de madre primigesta de treinta y un años')], note="clean: the age in words is the mother's"),
        dict(expected=[], note="clean: age 3 days computed from birth/admission dates; 31 años is the mother's age; exanguinotransfusión negated"),
        dict(expected=[], out=[("Recién nacida de 3 días", "Neonata de tres días de vida")], note="clean: days in words"),
        dict(expected=["DEM001"], out=[("Recién nacida de 3 días", "Recién nacido de 3 días")], note="sex of the neonate"),
        dict(expected=["DEM001"], out=[("Recién nacida de 3 días", "Recién nacida de 6 días")],
             note="age 6 days vs computed 3; 6 exists (reticulocitos)"),
        dict(expected=["HAL001"], out=[("; no se indica exanguinotransfusión", " y requiere una exanguinotransfusión")],
             note="exchange transfusion stated as done; input says not indicated"),
        dict(expected=["HAL002"], out=[("Al egreso bilirrubina total de 11.2 mg/dL", "Al egreso bilirrubina total de 11.8 mg/dL")],
             note="11.8 absent"),
        dict(expected=["REP001"], out=[("Al egreso bilirrubina total de 11.2 mg/dL.",
                                        "Al egreso bilirrubina total de 11.2 mg/dL. Al egreso bilirrubina total de 11.2 mg/dL.")],
             note="repeated sentence"),
    ]))

CASES.append(dict(
    name="es_nc_hsd", country="España", service="Neurocirugía",
    input={
        "id_episodio": "NC-2023-0912", "datos": {"sexo": "V", "edad": "81a"}, "servicio": "Neurocirugía",
        "anamnesis": "caída hace 4 semanas; cefalea progresiva y torpeza de mano derecha de 1 semana",
        "antecedentes": [{"c": "I10", "d": "HTA"}, {"c": "I25.9", "d": "Cardiopatía isquémica crónica"}],
        "tto_previo": [{"atc": "B01AC06", "n": "AAS (Adiro)", "p": "100 mg/24h"},
                       {"atc": "C09AA05", "n": "Ramipril", "p": "5 mg/24h"}],
        "exploracion": "Glasgow 15, hemiparesia derecha leve 4/5",
        "TC": "hematoma subdural crónico hemisférico izquierdo de 22 mm con desviación de línea media de 6 mm",
        "dx": [{"c": "I62.0", "d": "Hemorragia subdural no traumática"}],
        "intervencion": "trepanación frontoparietal izquierda con evacuación y drenaje subdural, retirado a las 48 h",
        "postop": "TC control con reexpansión cerebral; mejoría de la hemiparesia",
        "plan": "AAS suspendido, reintroducir en 4 semanas según control; levetiracetam no indicado; alta a domicilio",
        "social": "vive con su hija, que será su cuidadora"},
    output=("Ingresa por cefalea progresiva y torpeza de la mano derecha de 1 semana, con antecedente de caída hace 4 "
            "semanas. Varón de 81 años, hipertenso (I10) con cardiopatía isquémica crónica (I25.9), en tratamiento con "
            "ramipril (C09AA05) 5 mg/24h y antiagregado con Adiro (B01AC06) 100 mg/24h. A la exploración Glasgow 15 y "
            "hemiparesia derecha leve 4/5. La TC muestra hematoma subdural crónico hemisférico izquierdo de 22 mm con "
            "desviación de línea media de 6 mm, diagnosticándose hemorragia subdural (I62.0). Se realiza trepanación "
            "frontoparietal izquierda con evacuación y drenaje subdural, que se retira a las 48 h. La TC de control "
            "muestra reexpansión cerebral y mejora la hemiparesia. Se suspende el AAS, a reintroducir en 4 semanas "
            "según control; no se indica levetiracetam. Es dado de alta a domicilio."),
    variants=[
        dict(expected=[], out=[('antiagregado con Adiro (B01AC06)', 'antiagregado con ácido acetilsalicílico (B01AC06)')], note='clean: Adiro/AAS written as the generic name'),
        dict(expected=[], note="clean: left subdural haematoma with right hemiparesis; 'V' and '81a' in input; AAS suspended; levetiracetam not indicated"),
        dict(expected=[], out=[("Es dado de alta a domicilio.", "Es dado de alta a domicilio con su hija, que será su cuidadora.")],
             note="clean: feminine agreement with the daughter, not the patient"),
        dict(expected=["HAL004"], out=[("trepanación frontoparietal izquierda", "trepanación frontoparietal derecha")], note="side of burr hole"),
        dict(expected=["HAL004"], out=[("hematoma subdural crónico hemisférico izquierdo", "hematoma subdural crónico hemisférico derecho")],
             note="side of haematoma"),
        dict(expected=["DEM001"], out=[("Varón de 81 años", "Varón de 48 años")], note="age; 48 exists (horas)"),
        dict(expected=["HAL003"], out=[("ramipril (C09AA05) 5 mg/24h", "ramipril (C09AA05) 4 mg/24h")], note="4 exists (semanas)"),
        dict(expected=["FMT002"], out=[("La TC muestra hematoma", "La TC [ver informe] muestra hematoma")], note="square brackets"),
    ]))

CASES.append(dict(
    name="mx_onco_neutropenia", country="México", service="Oncología Médica",
    input={
        "paciente": {"nombre": "M. L. G.", "sexo": "Femenino", "edad": 52}, "servicio": "Oncología Médica",
        "hospital": "Centro Médico Nacional",
        "motivo": "fiebre de 38.8 °C y escalofríos al día 9 postquimioterapia",
        "antecedentes_oncologicos": {
            "dx": "C50.4 Tumor maligno del cuadrante superior externo de la mama", "lado": "izquierda",
            "tratamiento": "mastectomía radical modificada izquierda (2023); quimioterapia adyuvante con docetaxel-ciclofosfamida, ciclo 3",
            "dispositivo": "catéter puerto subclavio derecho"},
        "antecedentes_familiares": "madre con cáncer de mama a los 60 años",
        "biometria": {"hemoglobina": "10.1 g/dL", "leucocitos": "0.9 x10^3/µL", "neutrofilos totales": "0.2 x10^3/µL",
                      "plaquetas": "96 x10^3/µL (150-450)"},
        "diagnosticos": [{"cie10": "D70", "desc": "Neutropenia febril postquimioterapia (agranulocitosis)"},
                         {"cie10": "C50.4", "desc": "Tumor maligno del cuadrante superior externo de la mama"}],
        "hemocultivos": "negativos a 72 horas",
        "tratamiento": [{"atc": "J01DE01", "nombre": "Cefepime", "dosis": "2 g IV c/8h por 7 días"},
                        {"atc": "L03AA02", "nombre": "Filgrastim", "dosis": "300 mcg SC c/24h por 5 días"}],
        "egreso": "neutrófilos 2.1 x10^3/µL, afebril 72 horas; próxima quimioterapia diferida una semana; cita en consulta de oncología"},
    output=("Ingresa por fiebre de 38.8 °C y escalofríos al día 9 postquimioterapia. Paciente femenina de 52 años con "
            "tumor maligno del cuadrante superior externo de la mama (C50.4) izquierda, operada con mastectomía radical "
            "modificada izquierda en 2023 y en quimioterapia adyuvante con docetaxel-ciclofosfamida, ciclo 3; portadora "
            "de catéter puerto subclavio derecho. Madre con cáncer de mama a los 60 años. Biometría con hemoglobina "
            "10.1 g/dL, leucocitos 0.9 x10^3/µL, neutrófilos totales 0.2 x10^3/µL y trombocitopenia leve con plaquetas "
            "de 96 x10^3/µL, integrándose neutropenia febril postquimioterapia (D70). Recibe cefepime (J01DE01) 2 g IV "
            "c/8h por 7 días y filgrastim (L03AA02) 300 mcg SC c/24h por 5 días. Hemocultivos negativos a 72 horas. "
            "Egresa afebril por 72 horas con neutrófilos de 2.1 x10^3/µL; se difiere la próxima quimioterapia una "
            "semana. Cita en consulta de oncología."),
    variants=[
        dict(expected=[], out=[('Paciente femenina de 52 años', 'Paciente femenina de cincuenta y dos años')], note='clean: age in words'),
        dict(expected=[], note="clean: 60 años is the mother's age; trombocitopenia from 96 (150-450); quimioterapia deferred; 'operada', 'portadora'"),
        dict(expected=[], out=[("cefepime (J01DE01) 2 g IV c/8h", "cefepime (J01DE01) 2 g intravenoso cada 8 horas")],
             note="clean: restated"),
        dict(expected=["HAL004"], out=[("mastectomía radical modificada izquierda", "mastectomía radical modificada derecha")],
             note="mastectomy side"),
        dict(expected=["HAL004"], out=[("catéter puerto subclavio derecho", "catéter puerto subclavio izquierdo")],
             note="port side"),
        dict(expected=["DEM001"], out=[("Paciente femenina de 52 años", "Paciente femenina de 60 años")],
             note="60 is the mother's age at diagnosis"),
        dict(expected=["HAL003"], out=[("filgrastim (L03AA02) 300 mcg SC", "filgrastim (L03AA02) 300 mcg IV")], note="route"),
        dict(expected=["HAL001"], out=[("y trombocitopenia leve con plaquetas", "y trombocitosis leve con plaquetas")],
             note="trombocitosis contradicted by 96"),
        dict(expected=["COD003"], out=[("cefepime (J01DE01) 2 g IV", "cefepime J01DE01 2 g IV")], note="ATC outside parentheses"),
    ]))

CASES.append(dict(
    name="cl_psiq_depresion", country="Chile", service="Psiquiatría",
    input={
        "identificacion": "Paciente de sexo femenino, 34 años",
        "servicio": "Psiquiatría (Unidad de Corta Estadía)",
        "motivo": "ideación suicida estructurada, insomnio y anhedonia de 6 semanas",
        "antecedentes": ["episodio depresivo previo en 2019 tratado en APS", "hipotiroidismo en tratamiento"],
        "diagnosticos": [{"codigo": "F32.2", "nombre": "Episodio depresivo grave sin síntomas psicóticos"},
                         {"codigo": "E03.9", "nombre": "Hipotiroidismo"}],
        "examenes": {"TSH": "3,1 mUI/L", "hemograma": "normal", "función renal": "normal"},
        "farmacos": [{"codigo": "N06AB06", "nombre": "Sertralina", "dosis": "50 mg/día, aumentada a 100 mg/día"},
                     {"codigo": "N05AH04", "nombre": "Quetiapina", "dosis": "25 mg en la noche"},
                     {"codigo": "H03AA01", "nombre": "Levotiroxina", "dosis": "75 mcg/día"}],
        "evolucion": "remisión de la ideación suicida, mejoría del sueño; días de estadía 18",
        "red_apoyo": "vive con su pareja; el hermano participa en las entrevistas familiares",
        "alta": "control en COSAM en 7 días; plan de seguridad entregado"},
    output=("Ingresa por ideación suicida estructurada, insomnio y anhedonia de 6 semanas de evolución. Paciente de "
            "sexo femenino de 34 años con episodio depresivo previo en 2019 tratado en APS e hipotiroidismo (E03.9) en "
            "tratamiento con levotiroxina (H03AA01) 75 mcg/día, con TSH de 3,1 mUI/L. Hemograma y función renal "
            "normales. Se diagnostica episodio depresivo grave sin síntomas psicóticos (F32.2) y se inicia sertralina "
            "(N06AB06) 50 mg/día, aumentada a 100 mg/día, más quetiapina (N05AH04) 25 mg en la noche. Evoluciona con "
            "remisión de la ideación suicida y mejoría del sueño tras 18 días de estadía. Vive con su pareja y el "
            "hermano participa en las entrevistas familiares. Es dada de alta con plan de seguridad entregado y "
            "control en COSAM en 7 días."),
    variants=[
        dict(expected=[], out=[('sertralina (N06AB06) 50 mg/día, aumentada', 'sertralina (N06AB06) 50 mg diarios, aumentada')], note='clean: restated'),
        dict(expected=[], note="clean: masculine 'el hermano' is not the patient; quetiapina at low dose for insomnia within a depressive episode"),
        dict(expected=[], out=[("Paciente de sexo femenino de 34 años", "Mujer de treinta y cuatro años")], note="clean: age in words"),
        dict(expected=["DEM001"], out=[("Es dada de alta", "Es dado de alta")], note="masculine participle"),
        dict(expected=["HAL003"], out=[("quetiapina (N05AH04) 25 mg en la noche", "quetiapina (N05AH04) 25 mg cada 6 horas")],
             note="frequency; 6 exists (semanas)"),
        dict(expected=["HAL001"], out=[("25 mg en la noche. Evoluciona", "25 mg en la noche y terapia electroconvulsiva. Evoluciona")],
             note="TEC absent"),
        dict(expected=["CLN001"], inp=[("\"codigo\": \"N05AH04\", \"nombre\": \"Quetiapina\", \"dosis\": \"25 mg en la noche\"",
                                       "\"codigo\": \"M04AA01\", \"nombre\": \"Alopurinol\", \"dosis\": \"100 mg en la noche\"")],
             out=[("quetiapina (N05AH04) 25 mg en la noche", "alopurinol (M04AA01) 100 mg en la noche")],
             note="alopurinol with no gout/hyperuricaemia among diagnoses"),
        dict(expected=["FMT001"], out=[("Ingresa por ideación", "ingresa por ideación")], note="lower-case start"),
    ]))
