# -*- coding: utf-8 -*-
"""Scenarios S07-S12: Andalusia (HaD), Galicia, Canary Islands, Mexico IMSS,
Mexico ISSSTE, Argentina (pediatría provincial)."""
from cases_common import T, P

SCENARIOS = []

# ---------------------------------------------------------------- S07
SCENARIOS.append(dict(
    key="an_had_epoc",
    setting="Hospital Universitario Virgen del Rocío, Sevilla (Andalucía) - Hospitalización a Domicilio; agudización de EPOC",
    style="telegráfico peninsular (HaD, HTA, IV, VO, Rx, SatO2)",
    input={
        "unidad": "Hospitalización a Domicilio - Hospital Universitario Virgen del Rocío, Sevilla",
        "paciente": {"sexo": "varón", "edad": 79},
        "procedencia": "Urgencias del hospital, tras 24 horas en observación",
        "motivo": "aumento de disnea basal, tos y expectoración purulenta de 4 días",
        "antecedentes": [
            {"dx": "EPOC grave, fenotipo agudizador", "cie10": "J44.1"},
            {"dx": "Hipertensión arterial", "cie10": "I10"},
            "exfumador de 40 paquetes-año"],
        "tratamiento_domiciliario_previo": [
            {"nombre": "budesonida/formoterol", "atc": "R03AK07", "pauta": "160/4,5 mcg 2 inhalaciones cada 12 horas"},
            {"nombre": "amlodipino", "atc": "C08CA01", "pauta": "5 mg cada 24 horas VO"}],
        "exploracion": {"SatO2": "89% basal", "FR": "24 rpm", "auscultacion": "roncus y sibilancias espiratorias difusas"},
        "analitica": {"glucemia": "168 mg/dL", "PCR": "64 mg/L", "leucocitos": "12.800/µL"},
        "radiografia_torax": "sin consolidaciones",
        "tratamiento_hado": [
            {"nombre": "ceftriaxona", "atc": "J01DD04", "pauta": "2 g IV cada 24 horas durante 7 días"},
            {"nombre": "metilprednisolona", "atc": "H02AB04", "pauta": "40 mg IV cada 24 horas durante 5 días"},
            {"nombre": "salbutamol", "atc": "R03AC02", "pauta": "nebulizado cada 6 horas"},
            "oxigenoterapia domiciliaria a 2 L/min"],
        "evolucion": "mejoría progresiva de la disnea; glucemias controladas; SatO2 93% basal al alta",
        "estancia_hado_dias": 8,
        "al_alta": ["retirada de oxigenoterapia", "seguimiento por su médico de Atención Primaria", "revisión en consultas de Neumología en 1 mes"],
    },
    output=(
        "Ingresa por aumento de su disnea basal, tos y expectoración purulenta de 4 días, procedente de "
        "Urgencias tras 24 horas en observación. Varón de 79 años, exfumador de 40 paquetes-año, con EPOC grave "
        "fenotipo agudizador (J44.1) e HTA (I10), en tratamiento con budesonida/formoterol (R03AK07) 160/4,5 mcg "
        "2 inhalaciones cada 12 horas y amlodipino (C08CA01) 5 mg cada 24 horas VO. Exploración: SatO2 89% basal, "
        "FR 24 rpm, roncus y sibilancias espiratorias difusas. Analítica con glucemia 168 mg/dL, PCR 64 mg/L y "
        "leucocitos 12.800/µL; Rx de tórax sin consolidaciones. En HaD recibe ceftriaxona (J01DD04) 2 g IV cada "
        "24 horas durante 7 días, metilprednisolona (H02AB04) 40 mg IV cada 24 horas durante 5 días, salbutamol "
        "(R03AC02) nebulizado cada 6 horas y oxigenoterapia a 2 L/min. Mejoría progresiva de la disnea, con "
        "glucemias controladas y SatO2 93% basal al alta. Tras 8 días en HaD se retira la oxigenoterapia y se da "
        "de alta con seguimiento por su médico de Atención Primaria y revisión en consultas de Neumología en 1 mes."),
    variants=[
        T("derived finding 'hiperglucemia' supported by glucemia 168 mg/dL",
          out=[("Analítica con glucemia 168 mg/dL", "Analítica con hiperglucemia de 168 mg/dL")]),
        T("another person with feminine agreement (su médica de Atención Primaria) in a male patient",
          out=[("seguimiento por su médico de Atención Primaria", "seguimiento por su médica de Atención Primaria")]),
        T("ruled-out diagnosis absent from the input: 'que descarta neumonía'",
          out=[("Rx de tórax sin consolidaciones.", "Rx de tórax sin consolidaciones, que descarta neumonía.")]),
        P(["HAL003"], "ceftriaxona written IM; the input route is IV",
          out=[("ceftriaxona (J01DD04) 2 g IV", "ceftriaxona (J01DD04) 2 g IM")]),
        P(["COD003"], "ATC of amlodipino outside parentheses",
          out=[("amlodipino (C08CA01) 5 mg", "amlodipino C08CA01 5 mg")]),
        P(["COD001"], "CIE-10 I10 written without parentheses",
          out=[("e HTA (I10),", "e HTA I10,")]),
        P(["DEM001", "HAL002"], "age 97 in the output; input age 79 (digit swap); 97 appears nowhere in the input",
          out=[("Varón de 79 años", "Varón de 97 años")]),
        P(["HAL001"], "ventilación mecánica no invasiva nocturna: procedure absent from the input",
          out=[("nebulizado cada 6 horas y oxigenoterapia a 2 L/min.", "nebulizado cada 6 horas, oxigenoterapia a 2 L/min y ventilación mecánica no invasiva nocturna.")]),
        P(["HAL002"], "SatO2 95% at discharge; the input says 93% and 95 appears nowhere",
          out=[("SatO2 93% basal al alta", "SatO2 95% basal al alta")]),
    ]))

# ---------------------------------------------------------------- S08
SCENARIOS.append(dict(
    key="ga_ortogeriatria_cadera",
    setting="Complexo Hospitalario Universitario A Coruña (Galicia) - Traumatología / Ortogeriatría; fractura de cadera",
    style="narrativa peninsular con fechas; fecha de nacimiento en lugar de edad",
    input={
        "episodio": {"centro": "Complexo Hospitalario Universitario A Coruña", "servicio": "Traumatología - Unidad de Ortogeriatría",
                     "fecha_ingreso": "2023-11-20", "fecha_alta": "2023-11-28"},
        "paciente": {"sexo": "mujer", "fecha_nacimiento": "1939-04-02", "vive": "sola, con apoyo de su hija"},
        "motivo": "caída accidental en domicilio con dolor e impotencia funcional de cadera izquierda",
        "antecedentes": [
            {"codigo": "I10", "descripcion": "hipertensión arterial"},
            {"codigo": "M81.0", "descripcion": "osteoporosis posmenopáusica"}],
        "exploracion": "miembro inferior izquierdo acortado y en rotación externa",
        "pruebas": {"radiografia": "fractura pertrocantérea de fémur izquierdo", "hemoglobina_ingreso": "11,9 g/dL", "hemoglobina_postoperatoria": "9,6 g/dL"},
        "diagnostico_principal": {"codigo": "S72.1", "descripcion": "fractura pertrocantérea de fémur izquierdo"},
        "intervencion": "osteosíntesis con clavo endomedular cefalomedular el 2023-11-21, bajo anestesia raquídea",
        "tratamiento": [
            {"farmaco": "enoxaparina", "atc": "B01AB05", "pauta": "40 mg SC cada 24 horas"},
            {"farmaco": "paracetamol", "atc": "N02BE01", "pauta": "1 g IV cada 8 horas"},
            {"farmaco": "enalapril", "atc": "C09AA02", "pauta": "10 mg VO cada 24 horas"}],
        "evolucion": "sedestación a las 24 horas, inicio de carga asistida con andador al segundo día, sin delirium",
        "alta": {"destino": "domicilio de su hija",
                 "recomendaciones": ["enoxaparina 40 mg SC cada 24 horas hasta completar 30 días", "paracetamol 1 g VO cada 8 horas si dolor",
                                     "retirada de grapas en centro de salud a los 14 días", "revisión en consultas de Traumatología en 6 semanas"]},
    },
    output=(
        "Ingresa por caída accidental en su domicilio con dolor e impotencia funcional de la cadera izquierda. "
        "Mujer que vive sola con apoyo de su hija, con hipertensión arterial (I10) y osteoporosis posmenopáusica "
        "(M81.0). A la exploración, miembro inferior izquierdo acortado y en rotación externa; la radiografía "
        "confirma fractura pertrocantérea de fémur izquierdo (S72.1). Hemoglobina al ingreso de 11,9 g/dL. El "
        "21/11/2023 se realiza osteosíntesis con clavo endomedular cefalomedular bajo anestesia raquídea, con "
        "hemoglobina postoperatoria de 9,6 g/dL. Recibe enoxaparina (B01AB05) 40 mg SC cada 24 horas, "
        "paracetamol (N02BE01) 1 g IV cada 8 horas y enalapril (C09AA02) 10 mg VO cada 24 horas. Sedestación a "
        "las 24 horas e inicio de carga asistida con andador al segundo día, sin delirium. Alta el 28/11/2023 al "
        "domicilio de su hija con enoxaparina 40 mg SC cada 24 horas hasta completar 30 días, paracetamol 1 g VO "
        "cada 8 horas si dolor, retirada de grapas en su centro de salud a los 14 días y revisión en consultas "
        "de Traumatología en 6 semanas."),
    variants=[
        T("derived finding 'anemia postoperatoria' supported by hemoglobina 9,6 g/dL in a woman",
          out=[("con hemoglobina postoperatoria de 9,6 g/dL", "con anemia postoperatoria, hemoglobina de 9,6 g/dL")]),
        T("negated procedure absent from the input: 'sin necesidad de transfusión'",
          out=[("hemoglobina postoperatoria de 9,6 g/dL.", "hemoglobina postoperatoria de 9,6 g/dL, sin necesidad de transfusión.")]),
        P(["DEM001", "HAL002"], "age 76 stated; birth 1939-04-02 and admission 2023-11-20 give 84; 76 appears nowhere in the input",
          out=[("Mujer que vive sola", "Mujer de 76 años que vive sola")]),
        P(["HAL004"], "radiograph reported as fémur derecho; the input says izquierdo",
          out=[("confirma fractura pertrocantérea de fémur izquierdo", "confirma fractura pertrocantérea de fémur derecho")]),
        P(["HAL001"], "artroplastia parcial de cadera instead of the input's osteosíntesis with clavo: ungrounded procedure",
          out=[("se realiza osteosíntesis con clavo endomedular cefalomedular bajo", "se realiza artroplastia parcial de cadera bajo")]),
        P(["COD005"], "I10 and M81.0 swapped between hipertensión and osteoporosis",
          out=[("hipertensión arterial (I10) y osteoporosis posmenopáusica (M81.0)", "hipertensión arterial (M81.0) y osteoporosis posmenopáusica (I10)")]),
        P(["FMT001"], "all-caps 'INGRESA POR' (exact case required)",
          out=[("Ingresa por caída", "INGRESA POR caída")]),
    ]))

# ---------------------------------------------------------------- S09
SCENARIOS.append(dict(
    key="can_vascular_isquemia",
    setting="Hospital Universitario de Gran Canaria Doctor Negrín (Canarias) - Angiología y Cirugía Vascular",
    style="prosa dictada; antecedentes y medicación como cadenas con códigos incrustados",
    input={
        "hospital": "Hospital Universitario de Gran Canaria Doctor Negrín",
        "servicio": "Angiología y Cirugía Vascular",
        "sexo": "Hombre",
        "edad": 67,
        "antecedentes_personales": "DM2 de 15 años de evolución (E11.5), HTA (I10), exfumador",
        "enfermedad_actual": "dolor de reposo y lesión necrótica en primer dedo del pie izquierdo de 3 semanas",
        "exploracion": "ausencia de pulsos poplíteo y distales en miembro inferior izquierdo; pulsos presentes en miembro inferior derecho",
        "pruebas": ["índice tobillo-brazo izquierdo 0,35", "angio-TC: oclusión de arteria femoral superficial izquierda con recanalización en poplítea infragenicular",
                    "HbA1c 8,9%", "creatinina 1,0 mg/dL"],
        "diagnostico": "isquemia crítica de miembro inferior izquierdo por aterosclerosis (I70.2)",
        "procedimientos": ["bypass femoropoplíteo infragenicular con vena safena interna izquierda", "amputación transfalángica del primer dedo del pie izquierdo"],
        "medicacion": ["ácido acetilsalicílico (B01AC06) 100 mg/24 h VO", "atorvastatina (C10AA05) 40 mg/24 h VO",
                       "metformina (A10BA02) 850 mg/12 h VO", "cefazolina 2 g IV profilaxis quirúrgica"],
        "evolucion": "bypass permeable con pulso pedio palpable, herida quirúrgica y muñón sin signos de infección",
        "estancia": "10 días",
        "recomendaciones": ["curas del muñón en centro de salud cada 48 h", "revisión en consultas externas de Cirugía Vascular en 1 mes", "abandono definitivo del tabaco"],
    },
    output=(
        "Ingresa por dolor de reposo y lesión necrótica en el primer dedo del pie izquierdo de 3 semanas de "
        "evolución. Hombre de 67 años, exfumador, con DM2 (E11.5) de 15 años de evolución e HTA (I10). A la "
        "exploración destaca ausencia de pulsos poplíteo y distales en el miembro inferior izquierdo, con pulsos "
        "presentes en el derecho. El índice tobillo-brazo izquierdo es de 0,35 y el angio-TC muestra oclusión de "
        "la arteria femoral superficial izquierda con recanalización en poplítea infragenicular; HbA1c 8,9% y "
        "creatinina 1,0 mg/dL. Con diagnóstico de isquemia crítica de miembro inferior izquierdo por "
        "aterosclerosis (I70.2), se realiza bypass femoropoplíteo infragenicular con vena safena interna "
        "izquierda y amputación transfalángica del primer dedo, con cefazolina 2 g IV como profilaxis quirúrgica. "
        "El bypass queda permeable con pulso pedio palpable y la herida y el muñón evolucionan sin signos de "
        "infección. Alta a los 10 días con ácido acetilsalicílico (B01AC06) 100 mg/24 h, atorvastatina (C10AA05) "
        "40 mg/24 h y metformina (A10BA02) 850 mg/12 h por vía oral, curas del muñón en su centro de salud cada "
        "48 h y revisión en Cirugía Vascular en 1 mes."),
    variants=[
        T("abbreviation of a drug that is in the input: AAS for ácido acetilsalicílico",
          out=[("con ácido acetilsalicílico (B01AC06)", "con AAS (B01AC06)")]),
        T("procedure mentioned as not indicated: 'sin indicación de amputación mayor'",
          out=[("y amputación transfalángica del primer dedo,", "y amputación transfalángica del primer dedo, sin indicación de amputación mayor,")]),
        P(["HAL004"], "diagnosis side written as derecho; the input says miembro inferior izquierdo",
          out=[("isquemia crítica de miembro inferior izquierdo", "isquemia crítica de miembro inferior derecho")]),
        P(["COD007"], "I10 replaced by I10.9 in input and output (well-formed; I10 has no subcategories)",
          out=[("e HTA (I10).", "e HTA (I10.9).")], inp=[("HTA (I10)", "HTA (I10.9)")]),
        P(["HAL001"], "heparina sódica intraoperatoria: drug absent from the input",
          out=[("con cefazolina 2 g IV como profilaxis quirúrgica.", "con cefazolina 2 g IV como profilaxis quirúrgica y heparina sódica intraoperatoria.")]),
        P(["HAL003"], "metformina 850 mg/24 h; the input says /12 h (24 occurs elsewhere, so no HAL002)",
          out=[("metformina (A10BA02) 850 mg/12 h", "metformina (A10BA02) 850 mg/24 h")]),
        P(["DEM001"], "'Mujer de 67 años' for a male patient",
          out=[("Hombre de 67 años", "Mujer de 67 años")]),
        P(["CLN001"], "levotiroxina added to input and output (coded, dosed) with no thyroid diagnosis in the input",
          out=[("y metformina (A10BA02) 850 mg/12 h por vía oral", "metformina (A10BA02) 850 mg/12 h y levotiroxina (H03AA01) 50 mcg/24 h por vía oral")],
          inp=[("\"metformina (A10BA02) 850 mg/12 h VO\",", "\"metformina (A10BA02) 850 mg/12 h VO\", \"levotiroxina (H03AA01) 50 mcg/24 h VO\",")]),
    ]))

# ---------------------------------------------------------------- S10
SCENARIOS.append(dict(
    key="mx_imss_preeclampsia",
    setting="Hospital General de Zona, IMSS, Mérida, Yucatán (México) - Ginecología y Obstetricia",
    style="nota mexicana ('Femenino de 31 años', 'se integra diagnóstico', 'se egresa'); separador de miles con coma",
    input={
        "unidad": "Hospital General de Zona, IMSS, Mérida, Yucatán",
        "servicio": "Ginecología y Obstetricia",
        "derechohabiente": {"sexo": "Femenino", "edad": "31 años"},
        "gesta": "G2 P1, embarazo de 35.4 semanas de gestación",
        "motivo_ingreso": "cefalea, fosfenos y tensión arterial de 168/112 mmHg",
        "laboratorios": {"proteinuria": "2+ en tira reactiva", "plaquetas": "156,000/mm3", "TGO": "48 U/L", "creatinina": "0.8 mg/dL"},
        "diagnosticos": [{"clave": "O14.1", "descripcion": "Preeclampsia con datos de severidad"}],
        "manejo": [
            {"medicamento": "sulfato de magnesio", "indicacion": "impregnación 4 g IV y mantenimiento 1 g/h por 24 horas"},
            {"clave_atc": "C08CA05", "medicamento": "nifedipino", "indicacion": "10 mg VO cada 8 horas"},
            {"procedimiento": "cesárea tipo Kerr"}],
        "recien_nacido": "masculino, 2,450 g, Apgar 8/9, ingresa a cunero fisiológico",
        "evolucion_puerperio": "cifras tensionales de 130/85 mmHg, sin datos de vasoespasmo, herida quirúrgica limpia",
        "dias_estancia": 4,
        "egreso": [{"medicamento": "alfametildopa", "clave_atc": "C02AB01", "dosis": "250 mg VO cada 8 horas"},
                   "cita en consulta externa en 7 días", "datos de alarma obstétrica"],
    },
    output=(
        "Ingresa por cefalea, fosfenos y tensión arterial de 168/112 mmHg. Femenino de 31 años, G2 P1, con "
        "embarazo de 35.4 semanas de gestación. Laboratorios con proteinuria 2+ en tira reactiva, plaquetas "
        "156,000/mm3, TGO 48 U/L y creatinina 0.8 mg/dL. Se integra diagnóstico de preeclampsia con datos de "
        "severidad (O14.1) y se inicia sulfato de magnesio con impregnación de 4 g IV y mantenimiento de 1 g/h "
        "por 24 horas, además de nifedipino (C08CA05) 10 mg VO cada 8 horas. Se realiza cesárea tipo Kerr, "
        "obteniéndose recién nacido masculino de 2,450 g, Apgar 8/9, que ingresa a cunero fisiológico. Durante "
        "el puerperio mantiene cifras tensionales de 130/85 mmHg, sin datos de vasoespasmo y con herida quirúrgica "
        "limpia. Se egresa a los 4 días con alfametildopa (C02AB01) 250 mg VO cada 8 horas, cita en consulta "
        "externa en 7 días y datos de alarma obstétrica."),
    variants=[
        T("ruled-out diagnosis absent from the input: 'ni de síndrome HELLP'",
          out=[("sin datos de vasoespasmo y con herida", "sin datos de vasoespasmo ni de síndrome HELLP y con herida")]),
        T("equivalent frequency notation 'c/8 h' for the input's 'cada 8 horas'",
          out=[("nifedipino (C08CA05) 10 mg VO cada 8 horas", "nifedipino (C08CA05) 10 mg VO c/8 h")]),
        P(["DEM001"], "'Paciente masculino de 31 años' for the obstetric (female) patient; the newborn's 'masculino' is not the trap here",
          out=[("Femenino de 31 años", "Paciente masculino de 31 años")]),
        P(["HAL001"], "oclusión tubaria bilateral added to the cesarean: procedure absent from the input",
          out=[("Se realiza cesárea tipo Kerr,", "Se realiza cesárea tipo Kerr con oclusión tubaria bilateral,")]),
        P(["FMT002"], "markdown bold label '**Laboratorios:**'",
          out=[("Laboratorios con proteinuria", "**Laboratorios:** proteinuria")]),
        P(["COD004"], "ATC B05XA05 added to sulfato de magnesio; the input gives no ATC for it",
          out=[("se inicia sulfato de magnesio con", "se inicia sulfato de magnesio (B05XA05) con")]),
        P(["HAL002"], "puerperal blood pressure 140/90 mmHg; input says 130/85 and neither 140 nor 90 is in the input",
          out=[("cifras tensionales de 130/85 mmHg", "cifras tensionales de 140/90 mmHg")]),
        P(["REP001"], "degenerate loop repeating 'sin datos de vasoespasmo'",
          out=[("sin datos de vasoespasmo y con herida", "sin datos de vasoespasmo, sin datos de vasoespasmo, sin datos de vasoespasmo, sin datos de vasoespasmo y con herida")]),
    ]))

# ---------------------------------------------------------------- S11
SCENARIOS.append(dict(
    key="mx_issste_erc_hd",
    setting="ISSSTE Hospital Regional Lic. Adolfo López Mateos, Ciudad de México - Nefrología; inicio de hemodiálisis",
    style="nota mexicana telegráfica ('Masculino de 55 años', 'Se egresa'); decimales con punto",
    input={
        "unidad_medica": "ISSSTE Hospital Regional Lic. Adolfo López Mateos, Ciudad de México",
        "servicio": "Nefrología",
        "sexo": "masculino",
        "edad": 55,
        "padecimiento_actual": "náusea, vómito, astenia y edema generalizado de 2 semanas",
        "antecedentes": [
            {"cie10": "E11.2", "desc": "Diabetes mellitus tipo 2 con nefropatía"},
            {"cie10": "I10", "desc": "Hipertensión arterial sistémica"}],
        "laboratorio_ingreso": {"urea": "286 mg/dL", "creatinina": "11.4 mg/dL", "potasio": "6.8 mEq/L", "bicarbonato": "12 mEq/L", "hemoglobina": "7.9 g/dL"},
        "diagnostico_egreso": [{"cie10": "N18.5", "desc": "Enfermedad renal crónica estadio 5"}],
        "procedimientos": ["colocación de catéter Mahurkar yugular derecho", "3 sesiones de hemodiálisis"],
        "tratamiento": [
            {"atc": "B03XA01", "nombre": "eritropoyetina", "dosis": "4000 UI SC tres veces por semana"},
            {"atc": "A12AA04", "nombre": "carbonato de calcio", "dosis": "500 mg VO cada 8 horas"},
            {"atc": "C08CA01", "nombre": "amlodipino", "dosis": "10 mg VO cada 24 horas"},
            {"nombre": "insulina NPH", "dosis": "10 UI SC en la mañana"}],
        "evolucion": "remisión de síntomas urémicos, potasio de 4.6 mEq/L tras diálisis",
        "plan": ["programa de hemodiálisis 3 veces por semana en unidad de hemodiálisis", "valoración para fístula arteriovenosa", "cita en consulta de Nefrología en 2 semanas"],
    },
    output=(
        "Ingresa por náusea, vómito, astenia y edema generalizado de 2 semanas de evolución. Masculino de 55 años "
        "con diabetes mellitus tipo 2 con nefropatía (E11.2) e hipertensión arterial sistémica (I10). A su "
        "ingreso urea 286 mg/dL, creatinina 11.4 mg/dL, potasio 6.8 mEq/L, bicarbonato 12 mEq/L y hemoglobina "
        "7.9 g/dL. Se diagnostica enfermedad renal crónica estadio 5 (N18.5); se coloca catéter Mahurkar yugular "
        "derecho y recibe 3 sesiones de hemodiálisis, con remisión de los síntomas urémicos y potasio de 4.6 mEq/L "
        "tras la diálisis. Se indica eritropoyetina (B03XA01) 4000 UI SC tres veces por semana, carbonato de "
        "calcio (A12AA04) 500 mg VO cada 8 horas, amlodipino (C08CA01) 10 mg VO cada 24 horas e insulina NPH 10 "
        "UI SC en la mañana. Se egresa para continuar programa de hemodiálisis 3 veces por semana en unidad de "
        "hemodiálisis, valoración para fístula arteriovenosa y cita en consulta de Nefrología en 2 semanas."),
    variants=[
        T("derived finding 'hiperkalemia' supported by potasio 6.8 mEq/L",
          out=[("potasio 6.8 mEq/L, bicarbonato", "hiperkalemia de 6.8 mEq/L, bicarbonato")]),
        T("abbreviation HD for hemodiálisis, which is in the input",
          out=[("recibe 3 sesiones de hemodiálisis", "recibe 3 sesiones de HD")]),
        P(["HAL004"], "catheter side written as izquierdo; input says yugular derecho",
          out=[("catéter Mahurkar yugular derecho", "catéter Mahurkar yugular izquierdo")]),
        P(["COD007"], "N18.5 replaced by N18.7 in input and output (well-formed, not an ICD-10 code)",
          out=[("(N18.5)", "(N18.7)")], inp=[("N18.5", "N18.7")]),
        P(["HAL001"], "catéter de Tenckhoff para diálisis peritoneal: device absent from the input",
          out=[("yugular derecho y recibe", "yugular derecho y catéter de Tenckhoff para diálisis peritoneal, y recibe")]),
        P(["DEM001"], "'Femenino de 55 años' for a male patient",
          out=[("Masculino de 55 años", "Femenino de 55 años")]),
        P(["COD001"], "two CIE-10 codes in one parenthesis after both diagnoses",
          out=[("con diabetes mellitus tipo 2 con nefropatía (E11.2) e hipertensión arterial sistémica (I10).",
                "con diabetes mellitus tipo 2 con nefropatía e hipertensión arterial sistémica (E11.2, I10).")]),
    ]))

# ---------------------------------------------------------------- S12
SCENARIOS.append(dict(
    key="ar_bronquiolitis",
    setting="Hospital de Niños Dr. Orlando Alassia, Santa Fe (Argentina) - Clínica Pediátrica; lactante con bronquiolitis",
    style="narrativa argentina ('internación', 'egreso', 'bigotera', 'pediatra de cabecera'); sin códigos",
    input={
        "efector": "Hospital de Niños Dr. Orlando Alassia, Santa Fe",
        "sala": "Clínica Pediátrica",
        "paciente": {"sexo": "masculino", "edad": "4 meses", "peso": "6,2 kg"},
        "motivo_internacion": "dificultad respiratoria, rechazo del alimento y tos de 3 días",
        "antecedentes": "nacido a término, vacunas completas para la edad, hermano de 3 años con cuadro catarral",
        "examen_ingreso": {"FR": "64 rpm", "SatO2": "88% aire ambiente", "tiraje": "subcostal e intercostal", "auscultacion": "sibilancias y rales finos bilaterales"},
        "estudios": {"panel_viral": "VSR positivo", "radiografia": "hiperinsuflación sin consolidación"},
        "diagnostico": "bronquiolitis por VSR",
        "tratamiento": ["oxigenoterapia por cánula nasal de alto flujo durante 48 horas", "oxígeno por bigotera hasta el día 5", "aspiración de secreciones", "alimentación fraccionada"],
        "evolucion": "descenso progresivo del requerimiento de oxígeno; SatO2 95% aire ambiente al egreso",
        "dias_internacion": 6,
        "indicaciones_egreso": ["lavados nasales con solución fisiológica", "pautas de alarma respiratoria", "control con pediatra de cabecera en 48 horas"],
    },
    output=(
        "Ingresa por dificultad respiratoria, rechazo del alimento y tos de 3 días de evolución. Lactante de 4 "
        "meses y 6,2 kg, nacido a término y con vacunas completas para la edad, cuyo hermano de 3 años presenta "
        "un cuadro catarral. Al ingreso se constata FR 64 rpm, SatO2 88% aire ambiente, tiraje subcostal e "
        "intercostal, y sibilancias y rales finos bilaterales. El panel viral resulta positivo para VSR y la "
        "radiografía muestra hiperinsuflación sin consolidación. Con diagnóstico de bronquiolitis por VSR, recibe "
        "oxigenoterapia por cánula nasal de alto flujo durante 48 horas y luego oxígeno por bigotera hasta el día "
        "5, con aspiración de secreciones y alimentación fraccionada. Presenta descenso progresivo del "
        "requerimiento de oxígeno, con SatO2 95% aire ambiente al egreso. Se otorga el egreso a los 6 días de "
        "internación con lavados nasales con solución fisiológica, pautas de alarma respiratoria y control con "
        "pediatra de cabecera en 48 horas."),
    variants=[
        T("ruled-out diagnosis and not-indicated drug class absent from the input: 'se descarta neumonía y no se indican antibióticos'",
          out=[("hiperinsuflación sin consolidación.", "hiperinsuflación sin consolidación, por lo que se descarta neumonía y no se indican antibióticos.")]),
        T("derived finding 'hipoxemia' supported by SatO2 88%",
          out=[("FR 64 rpm, SatO2 88% aire ambiente", "FR 64 rpm, hipoxemia con SatO2 88% aire ambiente")]),
        P(["DEM001"], "infant of 4 months written as 'Niño de 4 años' (4 is in the input, so no HAL002)",
          out=[("Lactante de 4 meses y 6,2 kg", "Niño de 4 años y 6,2 kg")]),
        P(["HAL001"], "CPAP replaces the input's high-flow cannula: ventilatory procedure absent from the input",
          out=[("oxigenoterapia por cánula nasal de alto flujo durante 48 horas", "ventilación no invasiva con CPAP durante 48 horas")]),
        P(["FMT001"], "whole output wrapped in quotation marks (leading quote)",
          out=[("Ingresa por dificultad", "«Ingresa por dificultad"), ("cabecera en 48 horas.", "cabecera en 48 horas.»")]),
    ]))
