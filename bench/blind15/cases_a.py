"""blind15 scenarios S01-S06: Colombia, Ecuador, Venezuela."""
from cases_common import I, O, P, T, scenario

S01 = scenario(
    "S01",
    setting="Colombia, Hospital Universitario San Vicente Fundación (Medellín), unidad de quemados; adulto varón",
    style="prosa dictada",
    schema="objeto anidado; fecha de nacimiento + fecha de ingreso en lugar de edad; sexo 'varón'; claves cie10/atc",
    input={
        "institucion": "Hospital Universitario San Vicente Fundación, Medellín",
        "unidad": "Unidad de Quemados",
        "paciente": {"sexo": "varón", "fecha_nacimiento": "1987-03-14", "ocupacion": "soldador"},
        "ingreso": {"fecha": "2024-08-02",
                    "motivo": "quemadura por llama al incendiarse un tanque de gasolina en su taller",
                    "tiempo_evolucion": "3 horas"},
        "examen_ingreso": {"superficie_corporal_quemada": "18%", "profundidad": "segundo grado profundo",
                           "localizacion": "miembro superior derecho y hemitórax anterior derecho",
                           "FC": "112 lpm", "TA": "128/76 mmHg"},
        "laboratorio": {"hemoglobina": "15,8 g/dL", "lactato": "2,9 mmol/L", "creatinina": "0,9 mg/dL"},
        "diagnosticos": [
            {"cie10": "T22.2", "descripcion": "Quemadura de segundo grado del hombro y miembro superior derecho"},
            {"cie10": "T21.2", "descripcion": "Quemadura de segundo grado del tronco"},
            {"cie10": "T31.1", "descripcion": "Quemaduras que afectan del 10 al 19% de la superficie corporal"}],
        "procedimientos": ["reanimación hídrica según fórmula de Parkland", "escarectomía tangencial",
                           "autoinjerto de piel de espesor parcial tomado del muslo derecho"],
        "medicacion": [
            {"atc": "B05BB01", "nombre": "Lactato de Ringer", "pauta": "según fórmula de Parkland", "via": "EV"},
            {"atc": "N02AA01", "nombre": "Morfina", "pauta": "2 mg cada 4 horas", "via": "EV"},
            {"atc": "D06BA01", "nombre": "Sulfadiazina de plata", "pauta": "cada 24 horas", "via": "tópica"}],
        "evolucion": "Toma del injerto del 95% al quinto día. Sin signos de infección.",
        "estancia_dias": 16,
        "alta": {"fecha": "2024-08-18",
                 "indicaciones": ["curaciones en consulta externa de quemados cada 48 horas",
                                  "prenda de presoterapia", "fisioterapia de mano y hombro", "protección solar"],
                 "medicacion": [{"atc": "N02BE01", "nombre": "Acetaminofén", "pauta": "1 g cada 8 horas", "via": "VO"}]},
    },
    output=("Ingresa por quemadura por llama de 3 horas de evolución, sufrida al incendiarse un tanque de gasolina "
            "en su taller, en un varón de 37 años, soldador. Al ingreso presenta quemaduras de segundo grado profundo "
            "en el 18% de la superficie corporal, en miembro superior derecho y hemitórax anterior derecho, con FC 112 lpm "
            "y TA 128/76 mmHg. Se diagnostica quemadura de segundo grado del miembro superior derecho (T22.2), "
            "quemadura de segundo grado del tronco (T21.2) y quemaduras del 10 al 19% de la superficie corporal (T31.1). "
            "Laboratorio: hemoglobina 15,8 g/dL, lactato 2,9 mmol/L y creatinina 0,9 mg/dL. Recibe reanimación hídrica "
            "con lactato de Ringer (B05BB01) según fórmula de Parkland, morfina (N02AA01) 2 mg EV cada 4 horas y "
            "sulfadiazina de plata (D06BA01) tópica cada 24 horas. Se realiza escarectomía tangencial y autoinjerto de "
            "piel de espesor parcial del muslo derecho, con toma del injerto del 95% al quinto día y sin signos de "
            "infección. Alta tras 16 días con acetaminofén (N02BE01) 1 g VO cada 8 horas, curaciones en consulta de "
            "quemados cada 48 horas, presoterapia, fisioterapia de mano y hombro y protección solar."),
    note="base: clean; the age 37 is not written in the input but follows from birth date 1987-03-14 and admission 2024-08-02",
    variants=[
        T("dose written in an equivalent form: 1 g = 1000 mg and 'cada 8 horas' = 'c/8h'; same drug, same dose",
          O("acetaminofén (N02BE01) 1 g VO cada 8 horas", "acetaminofén (N02BE01) 1000 mg VO c/8h")),
        T("negation: systemic antibiotics are mentioned as not used; HAL001/CLN001 must not treat them as given",
          O("y sin signos de infección.", "y sin signos de infección, por lo que no se usaron antibióticos sistémicos.")),
        T("age in words, consistent with birth date and admission date (37 years)",
          O("en un varón de 37 años, soldador", "en un varón de treinta y siete años, soldador")),
        P("DEM001", "sex contradicts the input (varón): 'una mujer'",
          O("en un varón de 37 años", "en una mujer de 37 años")),
        P(["DEM001", "HAL002"], "birth date in the input changed to 1967-03-14 (57 years at admission); the output's age 37 now contradicts the input (DEM001) and is neither written in nor derivable from the input (HAL002)",
          I("1987-03-14", "1967-03-14")),
        P("HAL004", "side contradicts the input: graft donor site is the right thigh, output says left",
          O("piel de espesor parcial del muslo derecho", "piel de espesor parcial del muslo izquierdo")),
        P("HAL003", "route contradicts the input for morfina (EV in the input, VO in the output)",
          O("morfina (N02AA01) 2 mg EV cada 4 horas", "morfina (N02AA01) 2 mg VO cada 4 horas")),
        P("COD005", "codes swapped: 'morfina (D06BA01)' and 'sulfadiazina de plata (N02AA01)'; the input pairs each code with the other drug",
          O("morfina (N02AA01)", "morfina (D06BA01)"), O("sulfadiazina de plata (D06BA01)", "sulfadiazina de plata (N02AA01)")),
        P("FMT002", "markdown bold on a heading",
          O("Laboratorio: hemoglobina", "**Laboratorio:** hemoglobina")),
    ],
)

S02 = scenario(
    "S02",
    setting="Colombia, Hospital Pablo Tobón Uribe (Medellín), trasplante renal; mujer adulta",
    style="telegráfico con encabezados en línea y abreviaturas",
    schema="mapa plano clave:valor con los códigos dentro de textos libres; sexo 'F'; edad como texto",
    input={
        "hospital": "Hospital Pablo Tobón Uribe, Medellín",
        "servicio": "Trasplante renal",
        "sexo": "F",
        "edad": "46 años",
        "acompañante": "esposo",
        "motivo de ingreso": "llamado de la lista de espera por disponibilidad de donante cadavérico",
        "antecedentes": "enfermedad renal crónica estadio 5 (N18.5) secundaria a nefropatía hipertensiva (I12.0), en hemodiálisis desde hace 4 años por fístula arteriovenosa radiocefálica izquierda",
        "diagnóstico principal": "Z94.0 Trasplante de riñón",
        "procedimiento": "trasplante renal de donante cadavérico en fosa ilíaca derecha con catéter doble J",
        "inducción": "basiliximab (L04AC02) 20 mg EV días 0 y 4",
        "inmunosupresión": "tacrolimus (L04AD02) 4 mg cada 12 horas VO; micofenolato de mofetilo (L04AA06) 1 g cada 12 horas VO; prednisona (H02AB07) 20 mg al día VO",
        "creatinina ingreso": "8,7 mg/dL",
        "creatinina alta": "1,4 mg/dL",
        "nivel de tacrolimus": "9,2 ng/mL",
        "diuresis": "función inmediata del injerto, diuresis de 3.200 mL el primer día",
        "ecografía doppler": "injerto bien perfundido, índice de resistencia 0,68",
        "estancia": "9 días",
        "plan": "retiro de catéter doble J en 6 semanas; controles en clínica de trasplante dos veces por semana; amlodipino (C08CA01) 5 mg al día VO",
    },
    output=("Ingresa por llamado de lista de espera para trasplante renal de donante cadavérico. Mujer de 46 años con "
            "ERC estadio 5 (N18.5) secundaria a nefropatía hipertensiva (I12.0), en hemodiálisis hace 4 años por FAV "
            "radiocefálica izquierda. Procedimiento: trasplante renal en fosa ilíaca derecha con catéter doble J. "
            "Dx principal: trasplante de riñón (Z94.0). Inducción: basiliximab (L04AC02) 20 mg EV días 0 y 4. "
            "Inmunosupresión: tacrolimus (L04AD02) 4 mg c/12h VO, micofenolato de mofetilo (L04AA06) 1 g c/12h VO y "
            "prednisona (H02AB07) 20 mg/día VO. Evolución: función inmediata del injerto, diuresis de 3.200 mL el primer "
            "día; creatinina de 8,7 mg/dL al ingreso y 1,4 mg/dL al alta; nivel de tacrolimus 9,2 ng/mL. Doppler: "
            "injerto bien perfundido, índice de resistencia 0,68. Estancia: 9 días. Plan: amlodipino (C08CA01) 5 mg/día "
            "VO, controles en clínica de trasplante dos veces por semana y retiro del catéter doble J en 6 semanas."),
    variants=[
        T("another person of the other sex (her husband, in the input) named next to the patient; the patient stays female",
          O("Mujer de 46 años con", "Mujer de 46 años, acompañada por su esposo, con")),
        T("abbreviation expanded and stage in Roman numerals (ERC estadio 5 = enfermedad renal crónica estadio V)",
          O("ERC estadio 5 (N18.5)", "enfermedad renal crónica estadio V (N18.5)")),
        P("HAL004", "side contradicts the input: graft placed in the right iliac fossa, output says left",
          O("trasplante renal en fosa ilíaca derecha", "trasplante renal en fosa ilíaca izquierda")),
        P("HAL003", "frequency contradicts the input for tacrolimus (cada 12 horas in the input, once a day in the output; no new digits)",
          O("tacrolimus (L04AD02) 4 mg c/12h VO", "tacrolimus (L04AD02) 4 mg una vez al día VO")),
        P("DEM001", "sex contradicts the input (F)",
          O("Mujer de 46 años con", "Varón de 46 años con")),
        P("COD006", "the ATC code of amlodipino (input C08CA01) is left out of the output; the drug is still named",
          O("amlodipino (C08CA01) 5 mg/día", "amlodipino 5 mg/día")),
        P("CLN001", "alopurinol (M04AA01) added to the input plan and to the output; no gout/hyperuricaemia among the input's diagnoses (N18.5, I12.0, Z94.0)",
          I("amlodipino (C08CA01) 5 mg al día VO", "amlodipino (C08CA01) 5 mg al día VO; alopurinol (M04AA01) 100 mg al día VO"),
          O("Plan: amlodipino (C08CA01) 5 mg/día VO,", "Plan: amlodipino (C08CA01) 5 mg/día VO, alopurinol (M04AA01) 100 mg/día VO,")),
        P("COD003", "ATC code written without parentheses",
          O("micofenolato de mofetilo (L04AA06) 1 g", "micofenolato de mofetilo L04AA06 1 g")),
        T("abbreviation: IR = índice de resistencia",
          O("índice de resistencia 0,68", "IR 0,68")),
    ],
)

S03 = scenario(
    "S03",
    setting="Colombia, Hospital Niño Jesús (Barranquilla), pediatría; crisis vasooclusiva por anemia falciforme; niño de 9 años con su madre",
    style="prosa dictada, vocabulario colombiano (paraclínicos, egreso, internación)",
    schema="objeto anidado; edad como objeto valor/unidad; laboratorio como lista de objetos; sexo 'M'",
    input={
        "centro": "Hospital Niño Jesús, Barranquilla",
        "servicio": "Pediatría",
        "paciente": {"sexo": "M", "edad": {"valor": 9, "unidad": "años"}, "peso_kg": 27},
        "acompanante": {"parentesco": "madre", "nombre": "Yuleidis"},
        "consulta": {"sintomas": ["dolor intenso en ambas piernas y región lumbar", "fiebre de 38,6 °C"],
                     "evolucion": "2 días"},
        "diagnosticos": [{"cie10": "D57.0", "nombre": "Anemia falciforme con crisis vasooclusiva"}],
        "laboratorio": [
            {"prueba": "hemoglobina", "valor": 6.9, "unidad": "g/dL"},
            {"prueba": "reticulocitos", "valor": 14, "unidad": "%"},
            {"prueba": "LDH", "valor": 812, "unidad": "U/L"},
            {"prueba": "hemocultivos", "valor": "negativos"}],
        "manejo": [
            {"atc": "N02AA01", "farmaco": "morfina", "dosis": "0,1 mg/kg cada 4 horas", "via": "intravenosa"},
            {"procedimiento": "transfusión de glóbulos rojos", "detalle": "10 mL/kg"}],
        "medicacion_cronica": [
            {"atc": "L01XX05", "farmaco": "hidroxiurea", "dosis": "500 mg al día", "via": "oral"},
            {"atc": "B03BB01", "farmaco": "ácido fólico", "dosis": "1 mg al día", "via": "oral"}],
        "evolucion": "control del dolor a las 72 horas, afebril desde el segundo día, hemoglobina postransfusional 8,8 g/dL",
        "dias_internacion": 5,
        "egreso": "continuar hidroxiurea y ácido fólico, hidratación abundante, control en hematología pediátrica en 1 semana",
    },
    output=("Ingresa por dolor intenso en ambas piernas y región lumbar de 2 días de evolución, asociado a fiebre de "
            "38,6 °C, en un escolar de 9 años y 27 kg, traído por su madre, Yuleidis. Se diagnostica anemia falciforme "
            "con crisis vasooclusiva (D57.0). Paraclínicos: hemoglobina 6,9 g/dL, reticulocitos 14%, LDH 812 U/L y "
            "hemocultivos negativos. Recibe morfina (N02AA01) 0,1 mg/kg intravenosa cada 4 horas y transfusión de "
            "glóbulos rojos a 10 mL/kg, con hemoglobina postransfusional de 8,8 g/dL. Se mantiene su tratamiento crónico "
            "con hidroxiurea (L01XX05) 500 mg al día y ácido fólico (B03BB01) 1 mg al día por vía oral. Evoluciona "
            "afebril desde el segundo día y con control del dolor a las 72 horas. Egresa tras 5 días de internación, con "
            "indicación de hidratación abundante, continuar hidroxiurea y ácido fólico, y control en hematología "
            "pediátrica en 1 semana."),
    note="base: clean; the mother (female) is named next to a male patient",
    variants=[
        T("finding supported by the input's own lab value: 'anemia severa' from hemoglobina 6,9 g/dL",
          O("Paraclínicos: hemoglobina 6,9 g/dL", "Paraclínicos: anemia severa con hemoglobina 6,9 g/dL")),
        T("age written in words and 'niño' for 'escolar'; same age and sex as the input",
          O("en un escolar de 9 años y 27 kg", "en un niño de nueve años y 27 kg")),
        P("DEM001", "sex contradicts the input (M): 'una escolar ... traída'",
          O("en un escolar de 9 años y 27 kg, traído por su madre", "en una escolar de 9 años y 27 kg, traída por su madre")),
        P("DEM001", "age contradicts the input (9 años): output says 9 months and 'lactante'; the digit 9 is in the input, so no new number",
          O("en un escolar de 9 años", "en un lactante de 9 meses")),
        P("HAL003", "route contradicts the input for morfina (intravenosa in the input, oral in the output)",
          O("morfina (N02AA01) 0,1 mg/kg intravenosa cada 4 horas", "morfina (N02AA01) 0,1 mg/kg oral cada 4 horas")),
        P("HAL001", "diagnosis not in the input: 'síndrome torácico agudo'",
          O("con crisis vasooclusiva (D57.0).", "con crisis vasooclusiva (D57.0) y síndrome torácico agudo.")),
        P("HAL002", "lab value not in the input: reticulocitos 18% (input 14%)",
          O("reticulocitos 14%", "reticulocitos 18%")),
        P("REP001", "the diagnosis sentence is repeated verbatim",
          O("hemocultivos negativos.", "hemocultivos negativos. Se diagnostica anemia falciforme con crisis vasooclusiva (D57.0).")),
        T("negation: NSAIDs avoided; not a claim that they were given",
          O("Recibe morfina (N02AA01)", "Se evitan los AINE y recibe morfina (N02AA01)")),
        P("FMT003", "output cut to about 45 words (below 80); every input code kept, nothing outside the input",
          O("Ingresa por dolor intenso en ambas piernas y región lumbar de 2 días de evolución, asociado a fiebre de "
            "38,6 °C, en un escolar de 9 años y 27 kg, traído por su madre, Yuleidis. Se diagnostica anemia falciforme "
            "con crisis vasooclusiva (D57.0). Paraclínicos: hemoglobina 6,9 g/dL, reticulocitos 14%, LDH 812 U/L y "
            "hemocultivos negativos. Recibe morfina (N02AA01) 0,1 mg/kg intravenosa cada 4 horas y transfusión de "
            "glóbulos rojos a 10 mL/kg, con hemoglobina postransfusional de 8,8 g/dL. Se mantiene su tratamiento crónico "
            "con hidroxiurea (L01XX05) 500 mg al día y ácido fólico (B03BB01) 1 mg al día por vía oral. Evoluciona "
            "afebril desde el segundo día y con control del dolor a las 72 horas. Egresa tras 5 días de internación, con "
            "indicación de hidratación abundante, continuar hidroxiurea y ácido fólico, y control en hematología "
            "pediátrica en 1 semana.",
            "Ingresa por dolor intenso en ambas piernas y región lumbar con fiebre. Escolar de 9 años con anemia "
            "falciforme con crisis vasooclusiva (D57.0). Recibe morfina (N02AA01) y transfusión de glóbulos rojos, y "
            "mantiene hidroxiurea (L01XX05) y ácido fólico (B03BB01). Egresa tras 5 días.")),
    ],
)

S04 = scenario(
    "S04",
    setting="Ecuador, Hospital de Especialidades Eugenio Espejo (Quito), edema pulmonar de altura; mujer de 34 años",
    style="prosa dictada",
    schema="claves en inglés (patient, diagnoses, treatment, course); sexo 'female'",
    input={
        "facility": "Hospital de Especialidades Eugenio Espejo, Quito",
        "ward": "Medicina Interna",
        "patient": {"sex": "female", "age_years": 34, "residence": "Guayaquil (nivel del mar)"},
        "chief_complaint": "disnea progresiva y tos con expectoración rosada tras ascenso al volcán Cotopaxi",
        "onset": "36 horas",
        "vitals_on_admission": {"SpO2": "72% aire ambiente", "RR": "32 rpm", "HR": "118 lpm", "temp": "37,4 °C"},
        "imaging": "radiografía de tórax con infiltrados alveolares parcheados bilaterales de predominio derecho",
        "diagnoses": [{"code": "T70.2", "label": "Edema pulmonar de altura"}],
        "treatment": [
            {"atc": "V03AN01", "drug": "Oxígeno", "regimen": "cánula nasal 4 L/min"},
            {"atc": "C08CA05", "drug": "Nifedipino", "regimen": "30 mg de liberación prolongada cada 12 horas", "route": "oral"}],
        "course": "SpO2 94% con oxígeno a las 48 horas, aclaramiento radiológico al cuarto día, SpO2 90% aire ambiente al alta",
        "length_of_stay_days": 4,
        "discharge_plan": "no reascender sin aclimatación; retiro de nifedipino al alta; control en consulta externa en 10 días",
    },
    output=("Ingresa por disnea progresiva y tos con expectoración rosada de 36 horas de evolución tras el ascenso al "
            "volcán Cotopaxi, en una mujer de 34 años residente en Guayaquil, a nivel del mar. Al ingreso presenta SpO2 "
            "72% al aire ambiente, frecuencia respiratoria 32 rpm, frecuencia cardiaca 118 lpm y temperatura 37,4 °C. "
            "La radiografía de tórax muestra infiltrados alveolares parcheados bilaterales de predominio derecho, y se "
            "diagnostica edema pulmonar de altura (T70.2). Se trata con oxígeno (V03AN01) por cánula nasal a 4 L/min y "
            "nifedipino (C08CA05) de liberación prolongada 30 mg cada 12 horas por vía oral. Alcanza SpO2 94% con "
            "oxígeno a las 48 horas y presenta aclaramiento radiológico al cuarto día, con SpO2 90% al aire ambiente al "
            "alta. Tras 4 días de hospitalización se retira el nifedipino y se indica no reascender sin aclimatación "
            "previa, con control en consulta externa en 10 días."),
    variants=[
        T("synonym of the diagnosis (gran altitud = altura), same code",
          O("edema pulmonar de altura (T70.2)", "edema pulmonar de gran altitud (T70.2)")),
        T("negation: pneumonia ruled out and antibiotics not indicated; neither is a claim",
          O("edema pulmonar de altura (T70.2).", "edema pulmonar de altura (T70.2); se descarta neumonía, por lo que no se indican antibióticos.")),
        P("DEM001", "sex contradicts the input (female)",
          O("en una mujer de 34 años", "en un hombre de 34 años")),
        P("HAL004", "side contradicts the input: infiltrates predominate on the right, output says left",
          O("bilaterales de predominio derecho", "bilaterales de predominio izquierdo")),
        P("HAL003", "frequency contradicts the input for nifedipino (cada 12 horas in the input, three times a day in the output)",
          O("30 mg cada 12 horas por vía oral", "30 mg tres veces al día por vía oral")),
        P("HAL001", "procedure not in the input: ecocardiograma transtorácico",
          O("por vía oral. Alcanza", "por vía oral, y se realiza ecocardiograma transtorácico. Alcanza")),
        P("COD007", "the code is changed in both input and output to T70.7, a well-formed code that does not exist in ICD-10; the term still matches the input's label",
          I("T70.2", "T70.7"), O("(T70.2)", "(T70.7)")),
        P("HAL002", "vital sign not in the input: respiratory rate 38 rpm (input 32 rpm)",
          O("frecuencia respiratoria 32 rpm", "frecuencia respiratoria 38 rpm")),
        T("finding consistent with the input's own value: 37,4 °C is not fever",
          O("temperatura 37,4 °C.", "temperatura 37,4 °C, sin fiebre.")),
    ],
)

S05 = scenario(
    "S05",
    setting="Ecuador, Hospital Teodoro Maldonado Carbo (IESS, Guayaquil), pancreatitis aguda biliar; varón de 51 años",
    style="prosa dictada",
    schema="objeto con 'afiliado'/'genero'; diagnósticos en una sola cadena con códigos; tratamiento con codigo_atc",
    input={
        "establecimiento": "Hospital de Especialidades Teodoro Maldonado Carbo - IESS, Guayaquil",
        "servicio": "Gastroenterología",
        "afiliado": {"genero": "masculino", "edad": 51},
        "motivo": "dolor epigástrico transfixiante irradiado en cinturón, vómitos",
        "tiempo_de_enfermedad": "12 horas",
        "antecedentes": ["colelitiasis conocida sin tratamiento"],
        "laboratorio_ingreso": {"lipasa": "2.340 U/L", "leucocitos": "13.600/mm3", "PCR 48 h": "186 mg/L",
                                "bilirrubina total": "2,1 mg/dL", "triglicéridos": "142 mg/dL"},
        "imagen": "ecografía abdominal: colelitiasis múltiple, colédoco de 6 mm; TC contrastada al día 3: pancreatitis edematosa intersticial sin necrosis",
        "diagnosticos": "K85.1 Pancreatitis aguda biliar; K80.2 Cálculo de la vesícula biliar sin colecistitis",
        "tratamiento": [
            {"medicamento": "Lactato de Ringer", "codigo_atc": "B05BB01", "indicacion": "hidratación 3 mL/kg/h las primeras 24 horas"},
            {"medicamento": "Tramadol", "codigo_atc": "N02AX02", "indicacion": "50 mg cada 8 horas intravenoso"}],
        "procedimientos": ["colecistectomía laparoscópica en el mismo ingreso (día 6)"],
        "evolucion": "tolera dieta oral al día 3; sin complicaciones posoperatorias",
        "estancia": "8 días",
        "indicaciones_egreso": "dieta baja en grasas, control por consulta externa de cirugía en 15 días",
    },
    output=("Ingresa por dolor epigástrico transfixiante irradiado en cinturón y vómitos de 12 horas de evolución, en un "
            "paciente masculino de 51 años con colelitiasis conocida sin tratamiento. En los exámenes de ingreso destaca "
            "lipasa de 2.340 U/L, leucocitos 13.600/mm3, bilirrubina total 2,1 mg/dL y triglicéridos 142 mg/dL, con PCR de "
            "186 mg/L a las 48 horas. La ecografía abdominal muestra colelitiasis múltiple con colédoco de 6 mm, y la TC "
            "contrastada al día 3 informa pancreatitis edematosa intersticial sin necrosis. Se diagnostica pancreatitis "
            "aguda biliar (K85.1) y cálculo de la vesícula biliar sin colecistitis (K80.2). Recibe hidratación con lactato "
            "de Ringer (B05BB01) a 3 mL/kg/h las primeras 24 horas y tramadol (N02AX02) 50 mg intravenoso cada 8 horas. "
            "Tolera dieta oral al día 3 y se realiza colecistectomía laparoscópica en el mismo ingreso, al día 6, sin "
            "complicaciones posoperatorias. Egresa tras 8 días de estancia con dieta baja en grasas y control por consulta "
            "externa de cirugía en 15 días."),
    variants=[
        T("thousands separator dropped: 2.340 = 2340",
          O("lipasa de 2.340 U/L", "lipasa de 2340 U/L")),
        T("negation: alcoholic and hypertriglyceridaemic causes ruled out (triglycerides 142 mg/dL support it); not claims",
          O("Se diagnostica pancreatitis aguda biliar (K85.1)", "Se descarta origen alcohólico o por hipertrigliceridemia y se diagnostica pancreatitis aguda biliar (K85.1)")),
        P("DEM001", "sex contradicts the input (masculino)",
          O("en un paciente masculino de 51 años", "en una paciente femenina de 51 años")),
        P("HAL001", "procedure not in the input: CPRE con esfinterotomía",
          O("se realiza colecistectomía laparoscópica", "se realiza CPRE con esfinterotomía y colecistectomía laparoscópica")),
        P("HAL003", "frequency contradicts the input for tramadol (cada 8 horas in the input, cada 6 horas in the output); 6 occurs elsewhere in the input (día 6, 6 mm), which does not ground a dose",
          O("tramadol (N02AX02) 50 mg intravenoso cada 8 horas", "tramadol (N02AX02) 50 mg intravenoso cada 6 horas")),
        P("COD001", "CIE-10 code written without parentheses",
          O("aguda biliar (K85.1)", "aguda biliar K85.1")),
        P("COD002", "CIE-10 code R11 attached to 'vómitos'; the code does not occur in the input (the symptom does)",
          O("y vómitos de 12 horas", "y vómitos (R11) de 12 horas")),
        P("FMT001", "output does not begin with 'Ingresa por'",
          O("Ingresa por dolor epigástrico", "Paciente que ingresa por dolor epigástrico")),
        T("abbreviations for route and frequency: EV = intravenoso, c/8h = cada 8 horas",
          O("tramadol (N02AX02) 50 mg intravenoso cada 8 horas", "tramadol (N02AX02) 50 mg EV c/8h")),
    ],
)

S06 = scenario(
    "S06",
    setting="Venezuela, Hospital Universitario de Caracas, crisis miasténica; mujer de 28 años",
    style="prosa dictada, vocabulario venezolano (egreso)",
    schema="objeto anidado con 'identificacion' (edad como cadena), antecedentes patológicos/quirúrgicos, claves cie/atc",
    input={
        "hospital": "Hospital Universitario de Caracas",
        "servicio": "Neurología / UCI",
        "identificacion": {"sexo": "femenino", "edad": "28"},
        "enfermedad_actual": "disfagia, disartria y disnea progresiva de 4 días tras infección respiratoria alta",
        "antecedentes": {"patologicos": [{"cie": "G70.0", "dx": "Miastenia gravis"}],
                         "quirurgicos": ["timectomía hace 3 años"]},
        "examen": "ptosis bilateral, debilidad cervical y proximal, capacidad vital forzada 14 mL/kg",
        "diagnosticos_egreso": [{"cie": "G70.0", "dx": "Crisis miasténica"},
                                {"cie": "J06.9", "dx": "Infección aguda de las vías respiratorias superiores"}],
        "procedimientos": ["intubación orotraqueal y ventilación mecánica por 5 días", "plasmaféresis, 5 sesiones"],
        "farmacos": [
            {"atc": "N07AA02", "nombre": "Piridostigmina", "dosis": "60 mg cada 6 horas", "via": "oral"},
            {"atc": "H02AB07", "nombre": "Prednisona", "dosis": "40 mg diarios", "via": "oral"},
            {"atc": "L04AX01", "nombre": "Azatioprina", "dosis": "100 mg diarios", "via": "oral"}],
        "evolucion": "extubada al sexto día, CVF 32 mL/kg al egreso, deglución normal",
        "dias": 11,
        "egreso": "evitar aminoglucósidos, quinolonas y magnesio; control en consulta de neuromuscular en 2 semanas",
    },
    output=("Ingresa por disfagia, disartria y disnea progresiva de 4 días de evolución tras una infección respiratoria "
            "alta (J06.9), en una paciente femenina de 28 años con miastenia gravis (G70.0) y timectomía hace 3 años. Al "
            "examen presenta ptosis bilateral, debilidad cervical y proximal, y capacidad vital forzada de 14 mL/kg. Se "
            "diagnostica crisis miasténica, por lo que requiere intubación orotraqueal y ventilación mecánica durante 5 "
            "días, además de plasmaféresis en 5 sesiones. Recibe piridostigmina (N07AA02) 60 mg cada 6 horas por vía "
            "oral, prednisona (H02AB07) 40 mg diarios y azatioprina (L04AX01) 100 mg diarios. Es extubada al sexto día y "
            "al egreso presenta CVF de 32 mL/kg y deglución normal. Egresa tras 11 días de hospitalización con "
            "indicación de evitar aminoglucósidos, quinolonas y magnesio, y control en consulta de neuromuscular en 2 "
            "semanas."),
    note="base: clean; aminoglucósidos/quinolonas/magnesio appear only as drugs to avoid (as in the input)",
    variants=[
        T("abbreviations: IOT = intubación orotraqueal, VM = ventilación mecánica",
          O("requiere intubación orotraqueal y ventilación mecánica durante", "requiere IOT y VM durante")),
        T("a male professional (el intensivista) next to a female patient; the participle 'extubada' still agrees with the patient",
          O("Es extubada al sexto día", "Es extubada por el intensivista al sexto día")),
        P("DEM001", "sex contradicts the input (femenino): participle 'extubado' about the patient",
          O("Es extubada al sexto día", "Es extubado al sexto día")),
        P(["DEM001", "HAL002"], "age contradicts the input (28): output says 48 (DEM001); 48 appears nowhere in the input (HAL002, age is a clinical number)",
          O("paciente femenina de 28 años", "paciente femenina de 48 años")),
        P("HAL004", "side contradicts the input: ptosis is bilateral in the input, right-sided in the output",
          O("presenta ptosis bilateral", "presenta ptosis derecha")),
        P("CLN001", "atorvastatina (C10AA05) added to input and output; no dyslipidaemia or vascular diagnosis among the input's diagnoses",
          I("{\"atc\": \"L04AX01\", \"nombre\": \"Azatioprina\", \"dosis\": \"100 mg diarios\", \"via\": \"oral\"}",
            "{\"atc\": \"L04AX01\", \"nombre\": \"Azatioprina\", \"dosis\": \"100 mg diarios\", \"via\": \"oral\"}, {\"atc\": \"C10AA05\", \"nombre\": \"Atorvastatina\", \"dosis\": \"20 mg diarios\", \"via\": \"oral\"}"),
          O("azatioprina (L04AX01) 100 mg diarios.", "azatioprina (L04AX01) 100 mg diarios y atorvastatina (C10AA05) 20 mg diarios.")),
        P("FMT002", "medication list turned into bullet lines",
          O("Recibe piridostigmina (N07AA02) 60 mg cada 6 horas por vía oral, prednisona (H02AB07) 40 mg diarios y azatioprina (L04AX01) 100 mg diarios. ",
            "Recibe:\n- piridostigmina (N07AA02) 60 mg cada 6 horas por vía oral\n- prednisona (H02AB07) 40 mg diarios\n- azatioprina (L04AX01) 100 mg diarios\n")),
        P("COD005", "codes swapped between piridostigmina and azatioprina; the input pairs N07AA02 with piridostigmina and L04AX01 with azatioprina",
          O("piridostigmina (N07AA02)", "piridostigmina (L04AX01)"), O("azatioprina (L04AX01)", "azatioprina (N07AA02)")),
        T("abbreviation: CVF = capacidad vital forzada",
          O("capacidad vital forzada de 14 mL/kg", "CVF de 14 mL/kg")),
    ],
)

SCENARIOS = [S01, S02, S03, S04, S05, S06]
