# -*- coding: utf-8 -*-
"""Scenarios S19-S24: Uruguay ASSE (oftalmología), Costa Rica CCSS
(psiquiatría), Galicia (oncología), República Dominicana (pediatría, dengue;
English input keys), Guatemala (desnutrición), Paraguay (cuidados
intermedios)."""
from cases_common import T, P

SCENARIOS = []

# ---------------------------------------------------------------- S19
SCENARIOS.append(dict(
    key="uy_retina_dr",
    setting="ASSE - Hospital de Ojos José Martí, Montevideo (Uruguay) - Oftalmología/Retina; desprendimiento de retina",
    style="prosa dictada uruguaya ('usuaria', 'policlínica')",
    input={
        "prestador": "ASSE - Hospital de Ojos José Martí, Montevideo",
        "servicio": "Oftalmología - Retina",
        "usuaria": {"sexo": "femenino", "edad": 71},
        "consulta": "miodesopsias y fotopsias seguidas de sombra en el campo visual superior del ojo derecho de 3 días",
        "antecedentes": ["pseudofaquia bilateral", "hipertensión arterial en tratamiento con losartán 50 mg/día"],
        "examen": {"agudeza_visual_OD": "0,3", "agudeza_visual_OI": "0,8", "PIO_OD": "12 mmHg",
                   "fondo_de_ojo_OD": "desprendimiento de retina regmatógeno inferior con desgarro en herradura a las 6 horas, mácula aplicada",
                   "fondo_de_ojo_OI": "sin hallazgos"},
        "diagnostico": {"cie10": "H33.0", "texto": "Desprendimiento de retina con ruptura, ojo derecho"},
        "cirugia": "vitrectomía pars plana del ojo derecho con endoláser y taponamiento con gas SF6",
        "medicacion": [
            {"nombre": "moxifloxacino colirio", "atc": "S01AE07", "pauta": "1 gota cada 6 horas en ojo derecho por 7 días"},
            {"nombre": "prednisolona acetato colirio", "atc": "S01BA04", "pauta": "1 gota cada 4 horas en ojo derecho, descenso semanal"},
            {"nombre": "losartán", "atc": "C09CA01", "pauta": "50 mg VO por día"}],
        "posoperatorio": "retina aplicada, PIO 18 mmHg al día 1",
        "estadia": "2 días",
        "alta": ["posicionamiento en decúbito prono 50 minutos por hora durante 5 días", "no viajar en avión mientras persista el gas", "control en policlínica de Retina en 7 días"],
    },
    output=(
        "Ingresa por miodesopsias y fotopsias seguidas de una sombra en el campo visual superior del ojo "
        "derecho, de 3 días de evolución. Usuaria de 71 años, pseudofáquica bilateral, hipertensa en tratamiento "
        "con losartán (C09CA01) 50 mg por día. Presenta agudeza visual de 0,3 en ojo derecho y 0,8 en ojo "
        "izquierdo, PIO de 12 mmHg en el ojo derecho y, en el fondo de ojo derecho, desprendimiento de retina "
        "regmatógeno inferior con desgarro en herradura a las 6 horas y mácula aplicada; el fondo de ojo "
        "izquierdo no presenta hallazgos. Con diagnóstico de desprendimiento de retina con ruptura del ojo "
        "derecho (H33.0) se realiza vitrectomía pars plana con endoláser y taponamiento con gas SF6. La retina se "
        "mantiene aplicada, con PIO de 18 mmHg al día 1. Alta a los 2 días con moxifloxacino colirio (S01AE07) 1 "
        "gota cada 6 horas en ojo derecho por 7 días, prednisolona acetato colirio (S01BA04) 1 gota cada 4 horas "
        "con descenso semanal, decúbito prono 50 minutos por hora durante 5 días, no viajar en avión mientras "
        "persista el gas y control en policlínica de Retina en 7 días."),
    variants=[
        T("abbreviations OD/OI for the eyes named in the input",
          out=[("de 0,3 en ojo derecho y 0,8 en ojo izquierdo", "de 0,3 en OD y 0,8 en OI")]),
        T("procedure mentioned as not required for the fellow eye: 'sin indicación de tratamiento profiláctico'",
          out=[("izquierdo no presenta hallazgos.", "izquierdo no presenta hallazgos, sin indicación de tratamiento profiláctico.")]),
        P(["HAL004"], "diagnosis side written as ojo izquierdo; input says ojo derecho",
          out=[("con ruptura del ojo derecho (H33.0)", "con ruptura del ojo izquierdo (H33.0)")]),
        P(["HAL001"], "cerclaje escleral added to the surgery: procedure absent from the input",
          out=[("vitrectomía pars plana con endoláser", "vitrectomía pars plana con cerclaje escleral, endoláser")]),
        P(["COD007"], "H33.0 replaced by H33.7 in input and output (well-formed, not an ICD-10 code)",
          out=[("(H33.0)", "(H33.7)")], inp=[("H33.0", "H33.7")]),
        P(["DEM001"], "masculine forms 'Usuario ... pseudofáquico ... hipertenso' for a female patient",
          out=[("Usuaria de 71 años, pseudofáquica bilateral, hipertensa", "Usuario de 71 años, pseudofáquico bilateral, hipertenso")]),
        P(["CLN001"], "alopurinol added to input and output with no gout or hyperuricaemia among the diagnoses",
          out=[("losartán (C09CA01) 50 mg por día.", "losartán (C09CA01) 50 mg por día y alopurinol (M04AA01) 300 mg por día.")],
          inp=[("{\"nombre\": \"losartán\", \"atc\": \"C09CA01\", \"pauta\": \"50 mg VO por día\"}",
                "{\"nombre\": \"losartán\", \"atc\": \"C09CA01\", \"pauta\": \"50 mg VO por día\"}, {\"nombre\": \"alopurinol\", \"atc\": \"M04AA01\", \"pauta\": \"300 mg VO por día\"}")]),
        P(["FMT003"], "over-long summary (> 200 words): a restatement of the examination and indications added",
          out=[("persista el gas y control en policlínica de Retina en 7 días.",
                "persista el gas y control en policlínica de Retina en 7 días. Se explica a la usuaria que la "
                "visión del ojo derecho será borrosa mientras persista la burbuja de gas, que debe mantener la "
                "posición indicada con rigurosidad durante el período señalado, evitar esfuerzos físicos, no "
                "frotarse el ojo operado y consultar de inmediato ante dolor intenso, náuseas o disminución "
                "brusca de la visión.")]),
    ]))

# ---------------------------------------------------------------- S20
SCENARIOS.append(dict(
    key="cr_psiquiatria_esquizofrenia",
    setting="CCSS - Hospital Nacional Psiquiátrico Manuel Antonio Chapuí y Torres (Costa Rica) - Psiquiatría de agudos",
    style="narrativa larga costarricense ('se egresa', 'consulta externa')",
    input={
        "centro": "CCSS - Hospital Nacional Psiquiátrico Manuel Antonio Chapuí y Torres",
        "servicio": "Psiquiatría de agudos, varones",
        "paciente": {"sexo": "masculino", "edad": 29, "convivencia": "vive con su madre"},
        "motivo": "ideas delirantes de persecución, alucinaciones auditivas, insomnio y agresividad verbal de 3 semanas tras abandonar la medicación",
        "antecedentes": [
            {"codigo": "F20.0", "nombre": "Esquizofrenia paranoide", "evolucion": "8 años"},
            {"codigo": "F12.1", "nombre": "Consumo perjudicial de cannabis"}],
        "examen_mental_ingreso": "suspicaz, afecto aplanado, discurso con ideación delirante persecutoria, sin ideación suicida, sin juicio de enfermedad",
        "laboratorio": {"hemograma": "normal", "glucosa": "88 mg/dL", "prolactina": "18 ng/mL", "toxicologico_orina": "positivo para cannabinoides"},
        "tratamiento": [
            {"codigo": "N05AX08", "nombre": "Risperidona", "dosis": "2 mg VO cada 12 horas"},
            {"codigo": "N05BA06", "nombre": "Lorazepam", "dosis": "1 mg VO cada 8 horas, suspendido al día 10"}],
        "evolucion": "disminución progresiva de la sintomatología psicótica, adherencia al tratamiento, juicio parcial de enfermedad al egreso",
        "estancia_dias": 18,
        "egreso": ["risperidona 2 mg VO cada 12 horas", "cita en consulta externa de Psiquiatría en 15 días",
                   "referencia a programa de rehabilitación y a atención de consumo de sustancias", "psicoeducación a la madre"],
    },
    output=(
        "Ingresa por ideas delirantes de persecución, alucinaciones auditivas, insomnio y agresividad verbal de "
        "3 semanas de evolución, tras abandonar la medicación. Se trata de un hombre de 29 años que vive con su "
        "madre, con esquizofrenia paranoide (F20.0) de 8 años de evolución y consumo perjudicial de cannabis "
        "(F12.1). Al ingreso se muestra suspicaz, con afecto aplanado, discurso con ideación delirante "
        "persecutoria, sin ideación suicida y sin juicio de enfermedad. Laboratorio con glucosa de 88 mg/dL, "
        "prolactina de 18 ng/mL y toxicológico en orina positivo para cannabinoides. Se reinicia "
        "risperidona (N05AX08) 2 mg VO cada 12 horas y se indica lorazepam (N05BA06) 1 mg VO cada 8 horas, que se "
        "suspende al día 10. Presenta disminución progresiva de la sintomatología psicótica y adherencia al "
        "tratamiento, con juicio parcial de enfermedad al egreso. Tras 18 días de estancia se egresa con "
        "risperidona 2 mg VO cada 12 horas, cita en consulta externa de Psiquiatría en 15 días, referencia a "
        "programa de rehabilitación y a atención de consumo de sustancias, y psicoeducación a la madre."),
    variants=[
        T("procedures absent from the input mentioned as not needed: 'no requirió contención mecánica ni aislamiento'",
          out=[("sin juicio de enfermedad.", "sin juicio de enfermedad. No requirió contención mecánica ni aislamiento.")]),
        T("correct age in words: 'veintinueve años'",
          out=[("un hombre de 29 años", "un hombre de veintinueve años")]),
        P(["DEM001"], "'la paciente egresa' for a male patient",
          out=[("Tras 18 días de estancia se egresa con", "Tras 18 días de estancia la paciente egresa con")]),
        P(["HAL003"], "risperidona 3 mg at restart where the input says 2 mg (3 occurs elsewhere: 3 semanas, so no HAL002)",
          out=[("Se reinicia risperidona (N05AX08) 2 mg", "Se reinicia risperidona (N05AX08) 3 mg")]),
        P(["REP001"], "degenerate loop repeating a clause",
          out=[("Presenta disminución progresiva de la sintomatología psicótica y",
                "Presenta disminución progresiva de la sintomatología psicótica, disminución progresiva de la sintomatología psicótica, disminución progresiva de la sintomatología psicótica y")]),
        P(["FMT002"], "markdown emphasis *...*",
          out=[("sin ideación suicida y sin juicio", "*sin ideación suicida* y sin juicio")]),
    ]))

# ---------------------------------------------------------------- S21
SCENARIOS.append(dict(
    key="ga_onco_hipercalcemia",
    setting="Hospital Álvaro Cunqueiro, Vigo (Galicia, SERGAS) - Oncología Médica; hipercalcemia tumoral",
    style="prosa peninsular; plan diferido (denosumab a valorar)",
    input={
        "centro": "Hospital Álvaro Cunqueiro, Vigo (SERGAS)",
        "servicio": "Oncología Médica",
        "paciente": {"sexo": "mujer", "edad": 64},
        "motivo_ingreso": "somnolencia, estreñimiento, poliuria y vómitos de 5 días",
        "antecedentes_oncologicos": [
            {"cie10": "C50.9", "desc": "carcinoma ductal infiltrante de mama izquierda, luminal B"},
            {"cie10": "C79.5", "desc": "metástasis óseas"}],
        "tratamiento_oncologico_previo": "letrozol (L02BG04) 2,5 mg diarios",
        "analitica_ingreso": {"calcio_corregido": "13,8 mg/dL", "creatinina": "1,6 mg/dL", "albumina": "3,2 g/dL", "potasio": "3,9 mEq/L"},
        "diagnostico_principal": {"cie10": "E83.5", "desc": "Hipercalcemia tumoral"},
        "tratamiento": [
            {"atc": "M05BA08", "farmaco": "ácido zoledrónico", "pauta": "4 mg IV en dosis única"},
            "sueroterapia con suero salino 0,9% 3000 mL/24 h",
            {"atc": "N02AA01", "farmaco": "morfina", "pauta": "5 mg VO cada 4 horas si dolor"}],
        "evolucion": "calcio corregido 10,1 mg/dL al día 4, creatinina 1,1 mg/dL, recuperación del nivel de conciencia",
        "estancia": 6,
        "plan_alta": ["continuar letrozol", "denosumab a valorar en consulta", "revisión en Hospital de Día de Oncología en 1 semana"],
    },
    output=(
        "Ingresa por somnolencia, estreñimiento, poliuria y vómitos de 5 días de evolución. Mujer de 64 años con "
        "carcinoma ductal infiltrante de mama izquierda luminal B (C50.9) con metástasis óseas (C79.5), en "
        "tratamiento con letrozol (L02BG04) 2,5 mg diarios. En la analítica de ingreso presenta calcio corregido "
        "de 13,8 mg/dL, creatinina 1,6 mg/dL, albúmina 3,2 g/dL y potasio 3,9 mEq/L, con diagnóstico de "
        "hipercalcemia tumoral (E83.5). Se trata con sueroterapia con suero salino 0,9% 3000 mL/24 h y ácido "
        "zoledrónico (M05BA08) 4 mg IV en dosis única, además de morfina (N02AA01) 5 mg VO cada 4 horas si dolor. "
        "Al día 4 el calcio corregido desciende a 10,1 mg/dL y la creatinina a 1,1 mg/dL, y recupera el nivel de "
        "conciencia. Tras 6 días de ingreso se da de alta para continuar letrozol, con revisión en el Hospital de "
        "Día de Oncología en 1 semana, donde se valorará el inicio de denosumab."),
    variants=[
        T("derived finding 'hipoalbuminemia' supported by albúmina 3,2 g/dL",
          out=[("albúmina 3,2 g/dL y potasio", "hipoalbuminemia de 3,2 g/dL y potasio")]),
        T("procedure absent from the input mentioned as not needed: 'sin necesidad de hemodiálisis'",
          out=[("y recupera el nivel de conciencia.", "y recupera el nivel de conciencia, sin necesidad de hemodiálisis.")]),
        P(["HAL004"], "tumour side written as mama derecha; input says mama izquierda",
          out=[("de mama izquierda luminal B", "de mama derecha luminal B")]),
        P(["HAL001"], "calcitonina subcutánea added: drug absent from the input",
          out=[("4 mg IV en dosis única,", "4 mg IV en dosis única y calcitonina subcutánea,")]),
        P(["COD006"], "letrozol written without its input ATC code L02BG04",
          out=[("letrozol (L02BG04) 2,5 mg", "letrozol 2,5 mg")]),
        P(["COD005"], "C50.9 and C79.5 swapped between carcinoma de mama and metástasis óseas",
          out=[("luminal B (C50.9) con metástasis óseas (C79.5)", "luminal B (C79.5) con metástasis óseas (C50.9)")]),
        P(["DEM001"], "age in words 'veinticuatro años' for a 64-year-old (24 occurs in the input: 3000 mL/24 h, so no HAL002)",
          out=[("Mujer de 64 años", "Mujer de veinticuatro años")]),
        P(["HAL002"], "calcio corregido 15,2 mg/dL at admission; input says 13,8 and 15,2 appears nowhere",
          out=[("calcio corregido de 13,8 mg/dL", "calcio corregido de 15,2 mg/dL")]),
        P(["FMT001"], "output starts with a label 'Motivo de ingreso:' instead of 'Ingresa por'",
          out=[("Ingresa por somnolencia", "Motivo de ingreso: somnolencia")]),
        P(["CLN001"], "tamsulosina added to input and output in a woman with no urological diagnosis",
          out=[("letrozol (L02BG04) 2,5 mg diarios.", "letrozol (L02BG04) 2,5 mg diarios y tamsulosina (G04CA02) 0,4 mg diarios.")],
          inp=[("\"tratamiento_oncologico_previo\": \"letrozol (L02BG04) 2,5 mg diarios\"",
                "\"tratamiento_oncologico_previo\": \"letrozol (L02BG04) 2,5 mg diarios\", \"otra_medicacion\": \"tamsulosina (G04CA02) 0,4 mg diarios\"")]),
    ]))

# ---------------------------------------------------------------- S22
SCENARIOS.append(dict(
    key="do_dengue_pediatrico",
    setting="Hospital Infantil Dr. Robert Reid Cabral, Santo Domingo (República Dominicana) - Infectología pediátrica; dengue con signos de alarma (English input keys)",
    style="prosa dominicana ('internamiento', 'TA', 'se egresa')",
    input={
        "facility": "Hospital Infantil Dr. Robert Reid Cabral, Santo Domingo",
        "ward": "Infectología pediátrica",
        "patient": {"sex": "male", "age_years": 9, "weight_kg": 28},
        "chief_complaint": "fiebre de 4 días, dolor abdominal intenso y vómitos persistentes",
        "vitals": {"temp": "37,2 °C", "HR": "118 lpm", "BP": "95/70 mmHg", "cap_refill": "3 segundos"},
        "labs": [
            {"test": "hematocrito", "admission": "46%", "day_3": "38%"},
            {"test": "plaquetas", "admission": "42.000/mm3", "nadir": "18.000/mm3", "discharge": "96.000/mm3"},
            {"test": "NS1", "result": "positivo"}],
        "imaging": "ecografía abdominal con líquido libre perivesicular y engrosamiento de pared vesicular",
        "diagnoses": [{"icd10": "A97.1", "label": "Dengue con signos de alarma"}],
        "treatment": ["lactato de Ringer 10 mL/kg/h con descenso progresivo según hematocrito", "paracetamol 15 mg/kg/dosis cada 6 horas", "sales de rehidratación oral"],
        "course": "sin sangrado, tolerancia oral al día 4 de internamiento, afebril más de 48 horas",
        "length_of_stay_days": 5,
        "discharge_plan": ["evitar AINEs", "control de hemograma en 48 horas en consulta", "signos de alarma explicados a la madre"],
    },
    output=(
        "Ingresa por fiebre de 4 días de evolución, dolor abdominal intenso y vómitos persistentes. Escolar "
        "masculino de 9 años y 28 kg. Al ingreso temperatura 37,2 °C, FC 118 lpm, TA 95/70 mmHg y llenado capilar "
        "de 3 segundos. Hematocrito de 46% y plaquetas 42.000/mm3, con NS1 positivo; la ecografía abdominal mostró "
        "líquido libre perivesicular y engrosamiento de la pared vesicular. Se diagnostica dengue con signos de "
        "alarma (A97.1) y se maneja con lactato de Ringer a 10 mL/kg/h con descenso progresivo según "
        "hematocrito, paracetamol 15 mg/kg/dosis cada 6 horas y sales de rehidratación oral. Las plaquetas "
        "descienden hasta 18.000/mm3 y el hematocrito baja a 38% al día 3, sin sangrado. Tolera la vía oral al "
        "día 4 de internamiento y permanece afebril más de 48 horas, con plaquetas de 96.000/mm3 al egreso. Se "
        "egresa a los 5 días, evitando AINEs, con control de hemograma en 48 horas en consulta y signos de alarma "
        "explicados a la madre."),
    variants=[
        T("derived findings 'hemoconcentración' and 'trombocitopenia' supported by hematocrito 46% falling to 38% and plaquetas 42.000/mm3",
          out=[("Hematocrito de 46% y plaquetas 42.000/mm3", "Hemoconcentración, con hematocrito de 46%, y trombocitopenia de 42.000/mm3")]),
        T("procedure absent from the input mentioned as not needed: 'ni necesidad de transfusión de plaquetas'",
          out=[("al día 3, sin sangrado.", "al día 3, sin sangrado ni necesidad de transfusión de plaquetas.")]),
        P(["DEM001"], "age 6 for a 9-year-old (6 occurs elsewhere: cada 6 horas, so no HAL002)",
          out=[("Escolar masculino de 9 años", "Escolar masculino de 6 años")]),
        P(["COD002"], "R10.4 added to dolor abdominal; the input has no such code",
          out=[("dolor abdominal intenso y vómitos", "dolor abdominal intenso (R10.4) y vómitos")]),
        P(["FMT002"], "discharge instructions as markdown bullet lines",
          out=[("Se egresa a los 5 días, evitando AINEs, con control de hemograma en 48 horas en consulta y signos de alarma explicados a la madre.",
                "Se egresa a los 5 días con las siguientes indicaciones:\n- evitar AINEs\n- control de hemograma en 48 horas en consulta\n- signos de alarma explicados a la madre")]),
        P(["REP001"], "sentence about platelets and haematocrit repeated verbatim",
          out=[("al día 3, sin sangrado.", "al día 3, sin sangrado. Las plaquetas descienden hasta 18.000/mm3 y el hematocrito baja a 38% al día 3, sin sangrado.")]),
    ]))

# ---------------------------------------------------------------- S23
SCENARIOS.append(dict(
    key="gt_desnutricion_aguda",
    setting="Hospital Roosevelt, Ciudad de Guatemala - Pediatría / Centro de Recuperación Nutricional; desnutrición aguda severa",
    style="narrativa guatemalteca; edad en meses; sin códigos",
    input={
        "hospital": "Hospital Roosevelt, Ciudad de Guatemala",
        "departamento": "Pediatría - Centro de Recuperación Nutricional",
        "nina": {"sexo": "femenino", "edad": "14 meses", "peso": "6,1 kg", "talla": "71 cm", "puntaje_z_peso_talla": "-3,4"},
        "procedencia": "San Juan Sacatepéquez",
        "motivo": "diarrea líquida sin sangre de 6 días, vómitos y rechazo a la alimentación",
        "examen": "ojos hundidos, signo del pliegue que regresa lentamente, emaciación visible, sin edema",
        "laboratorio": {"sodio": "131 mEq/L", "potasio": "2,9 mEq/L", "glucosa": "74 mg/dL", "hemoglobina": "9,2 g/dL"},
        "diagnosticos": ["desnutrición aguda severa tipo marasmo", "diarrea aguda con deshidratación", "hipokalemia", "anemia"],
        "tratamiento": ["ReSoMal por vía oral", "fórmula F-75 y luego F-100", "cloruro de potasio oral", "zinc 20 mg VO al día", "ácido fólico 5 mg VO dosis inicial"],
        "evolucion": "sin diarrea al día 4, ganancia de peso a 6,8 kg, apetito recuperado",
        "dias_estancia": 15,
        "egreso": ["seguimiento en Centro de Recuperación Nutricional del área de salud", "alimento terapéutico listo para el consumo", "control de peso semanal"],
    },
    output=(
        "Ingresa por diarrea líquida sin sangre de 6 días de evolución, vómitos y rechazo a la alimentación. Niña "
        "de 14 meses procedente de San Juan Sacatepéquez, con peso de 6,1 kg, talla de 71 cm y puntaje Z "
        "peso/talla de -3,4. Al examen presenta ojos hundidos, signo del pliegue que regresa lentamente y "
        "emaciación visible, sin edema. En el laboratorio, sodio 131 mEq/L, potasio 2,9 mEq/L, glucosa 74 mg/dL y "
        "hemoglobina 9,2 g/dL. Se diagnostica desnutrición aguda severa tipo marasmo, diarrea aguda con "
        "deshidratación, hipokalemia y anemia. Se rehidrata con ReSoMal por vía oral y se alimenta con fórmula "
        "F-75 y luego F-100, con cloruro de potasio oral, zinc 20 mg VO al día y ácido fólico 5 mg VO como dosis "
        "inicial. Sin diarrea al día 4, recupera el apetito y gana peso hasta 6,8 kg. Egresa a los 15 días para "
        "seguimiento en el Centro de Recuperación Nutricional de su área de salud, con alimento terapéutico listo "
        "para el consumo y control de peso semanal."),
    variants=[
        T("ruled-out diagnosis absent from the input: 'lo que descarta kwashiorkor'",
          out=[("emaciación visible, sin edema.", "emaciación visible, sin edema, lo que descarta kwashiorkor.")]),
        T("procedure absent from the input mentioned as not needed: 'sin necesidad de hidratación intravenosa'",
          out=[("Se rehidrata con ReSoMal por vía oral y", "Se rehidrata con ReSoMal por vía oral, sin necesidad de hidratación intravenosa, y")]),
        P(["DEM001"], "age 14 months written as 'Niña de 14 años' (14 is in the input, so no HAL002)",
          out=[("Niña de 14 meses", "Niña de 14 años")]),
        P(["HAL001"], "sonda nasogástrica for feeding: device absent from the input",
          out=[("y se alimenta con fórmula F-75", "y se alimenta por sonda nasogástrica con fórmula F-75")]),
        P(["HAL002"], "discharge weight 7,2 kg; input says 6,8 kg and 7,2 appears nowhere",
          out=[("gana peso hasta 6,8 kg", "gana peso hasta 7,2 kg")]),
        P(["FMT003"], "truncated summary under 80 words",
          out=[("Al examen presenta ojos hundidos, signo del pliegue que regresa lentamente y emaciación visible, sin edema. ", ""),
               ("En el laboratorio, sodio 131 mEq/L, potasio 2,9 mEq/L, glucosa 74 mg/dL y hemoglobina 9,2 g/dL. ", ""),
               (" para seguimiento en el Centro de Recuperación Nutricional de su área de salud, con alimento terapéutico listo para el consumo y control de peso semanal.", "."),
               ("Niña de 14 meses procedente de San Juan Sacatepéquez, con peso de 6,1 kg, talla de 71 cm y puntaje Z peso/talla de -3,4.", "Niña de 14 meses."),
               (", con cloruro de potasio oral, zinc 20 mg VO al día y ácido fólico 5 mg VO como dosis inicial.", ".")]),
    ]))

# ---------------------------------------------------------------- S24
SCENARIOS.append(dict(
    key="py_intermedios_nac",
    setting="Hospital de Clínicas (Universidad Nacional de Asunción), San Lorenzo (Paraguay) - Cuidados Intermedios tras UTI; neumonía grave",
    style="telegráfico con abreviaturas (IOT, VMI, CVC, UTI, c/12 h, Dx)",
    input={
        "hospital": "Hospital de Clínicas - Universidad Nacional de Asunción, San Lorenzo",
        "unidad": "Cuidados Intermedios (egreso desde UTI adultos)",
        "paciente": {"sexo": "masculino", "edad": 63},
        "ingreso": {"motivo": "fiebre, tos productiva y disnea progresiva de 5 días", "SpO2": "82% con aire ambiente", "FR": "34 rpm", "temperatura": "38,9 °C"},
        "antecedentes": [{"cie10": "E11.9", "nombre": "Diabetes mellitus tipo 2"}],
        "medicacion_habitual": [{"atc": "A10BA02", "nombre": "metformina", "dosis": "850 mg cada 12 horas VO"}],
        "imagenes": "radiografía de tórax con consolidación basal derecha",
        "microbiologia": "antígeno urinario de neumococo positivo",
        "diagnosticos": [
            {"cie10": "J18.9", "nombre": "Neumonía adquirida en la comunidad grave"},
            {"cie10": "J96.0", "nombre": "Insuficiencia respiratoria aguda"}],
        "procedimientos": ["intubación orotraqueal y ventilación mecánica invasiva por 6 días en UTI", "catéter venoso central yugular derecho", "sonda vesical"],
        "antibioticos": [
            {"atc": "J01DD04", "nombre": "ceftriaxona", "dosis": "2 g EV cada 24 horas por 7 días"},
            {"atc": "J01FA09", "nombre": "claritromicina", "dosis": "500 mg EV cada 12 horas por 5 días"}],
        "evolucion_intermedios": "extubado sin complicaciones, retiro de catéter venoso central y sonda vesical, SpO2 95% con aire ambiente, deambula con asistencia",
        "glicemias": "controladas con insulina corriente según esquema durante la internación",
        "dias_internacion_total": 14,
        "indicaciones_alta": ["reiniciar metformina", "kinesioterapia respiratoria ambulatoria", "vacunación antineumocócica y antigripal", "control en consultorio de Neumología en 2 semanas"],
    },
    output=(
        "Ingresa por fiebre, tos productiva y disnea progresiva de 5 días de evolución. Paciente masculino de 63 "
        "años, DM2 (E11.9) en tratamiento con metformina (A10BA02) 850 mg c/12 h VO. Al ingreso SpO2 82% con aire "
        "ambiente, FR 34 rpm y T 38,9 °C; Rx de tórax con consolidación basal derecha y antígeno urinario de "
        "neumococo positivo. Dx: neumonía adquirida en la comunidad grave (J18.9) con insuficiencia respiratoria "
        "aguda (J96.0). Requirió IOT y VMI por 6 días en UTI, CVC yugular derecho y sonda vesical. Recibió "
        "ceftriaxona (J01DD04) 2 g EV c/24 h por 7 días y claritromicina (J01FA09) 500 mg EV c/12 h por 5 días; "
        "glicemias controladas con insulina corriente según esquema. En Cuidados Intermedios: extubado sin "
        "complicaciones, se retiran CVC y sonda vesical, SpO2 95% con aire ambiente y deambula con asistencia. "
        "Alta tras 14 días de internación total; reinicia metformina, con kinesioterapia respiratoria "
        "ambulatoria, vacunación antineumocócica y antigripal y control en consultorio de Neumología en 2 semanas."),
    variants=[
        T("negated finding absent from the input: 'sin derrame pleural'",
          out=[("con consolidación basal derecha y", "con consolidación basal derecha, sin derrame pleural, y")]),
        T("derived finding 'hipoxemia' supported by SpO2 82%",
          out=[("Al ingreso SpO2 82% con aire ambiente", "Al ingreso hipoxemia con SpO2 82% con aire ambiente")]),
        P(["COD007"], "J18.9 replaced by J18.7 in input and output (well-formed, not an ICD-10 code)",
          out=[("(J18.9)", "(J18.7)")], inp=[("J18.9", "J18.7")]),
        P(["HAL001"], "traqueostomía percutánea added: procedure absent from the input",
          out=[("CVC yugular derecho y sonda vesical. Recibió", "CVC yugular derecho, sonda vesical y traqueostomía percutánea. Recibió")]),
        P(["DEM001"], "'Paciente femenina de 63 años' for a male patient",
          out=[("Paciente masculino de 63 años", "Paciente femenina de 63 años")]),
        P(["COD003"], "two ATC codes sharing one parenthesis after both antibiotics",
          out=[("ceftriaxona (J01DD04) 2 g EV c/24 h por 7 días y claritromicina (J01FA09) 500 mg EV c/12 h por 5 días",
                "ceftriaxona 2 g EV c/24 h por 7 días y claritromicina 500 mg EV c/12 h por 5 días (J01DD04, J01FA09)")]),
        P(["REP001"], "diagnosis sentence repeated verbatim",
          out=[("aguda (J96.0).", "aguda (J96.0). Dx: neumonía adquirida en la comunidad grave (J18.9) con insuficiencia respiratoria aguda (J96.0).")]),
    ]))
