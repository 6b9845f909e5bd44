# Scenarios F: haematology/anticoagulation, nephrology/dialysis/transplant,
# endocrinology (DKA, thyroid), ophthalmology, ENT, dermatology, rheumatology,
# palliative care, internal medicine.  Spain, Chile, Colombia, Mexico, Uruguay,
# Puerto Rico, Panama, Nicaragua, El Salvador, Cuba, Ecuador.

CASES = []

# ---------------------------------------------------------------- F1 Spain
CASES.append({
    "key": "F1_es_tvp_apixaban",
    "setting": "España, clínica privada, Hematología y Hemoterapia; TEP descartado, THS suspendida",
    "input": {
        "clinica": "Clínica privada, Bilbao",
        "servicio": "Hematología y Hemoterapia",
        "paciente": {"sexo": "mujer", "edad": 52, "peso": "64 kg"},
        "motivo": "dolor y tumefacción de miembro inferior izquierdo de 4 días tras vuelo de 11 horas",
        "eco_doppler": "trombosis venosa profunda femoropoplítea izquierda",
        "angio_tc_torax": "sin defectos de repleción; se descarta TEP",
        "dimero_D": "3.850 ng/mL",
        "hemograma": {"hemoglobina": "13,2 g/dL", "plaquetas": "245.000/mm3"},
        "funcion_renal": {"creatinina": "0,7 mg/dL"},
        "diagnosticos": [{"cod": "I80.2", "desc": "Trombosis venosa profunda de miembro inferior izquierdo"}],
        "medicacion_previa": [{"atc": "G03FA12", "nombre": "Medroxiprogesterona con estrógenos (terapia hormonal sustitutiva)", "estado": "suspendida"}],
        "tratamiento_alta": [{"atc": "B01AF02", "nombre": "Apixabán (Eliquis)", "pauta": "10 mg cada 12 horas 7 días, después 5 mg cada 12 horas"}],
        "recomendaciones": "media de compresión en MII; revisión en consulta de trombosis en 3 meses",
    },
    "output": (
        "Ingresa por dolor y tumefacción de miembro inferior izquierdo de 4 días tras un vuelo de 11 horas. Mujer de 52 "
        "años y 64 kg en terapia hormonal sustitutiva con medroxiprogesterona con estrógenos (G03FA12), que se suspende. "
        "El eco-Doppler confirma trombosis venosa profunda femoropoplítea izquierda; dímero D 3.850 ng/mL. La angio-TC "
        "de tórax no muestra defectos de repleción y se descarta TEP. Hemoglobina 13,2 g/dL, plaquetas 245.000/mm3 y "
        "creatinina 0,7 mg/dL. Dx trombosis venosa profunda de miembro inferior izquierdo (I80.2). Alta con apixabán "
        "(B01AF02) 10 mg c/12h durante 7 días y después 5 mg c/12h, media de compresión en MII y revisión en consulta de "
        "trombosis en 3 meses."),
    "variants": [
        {"exp": [], "note": "clean: TEP ruled out; hormone therapy named only to be suspended (not treatment incoherence)"},
        {"exp": [], "out": [("Alta con apixabán (B01AF02)", "Alta con Eliquis (B01AF02)")], "note": "trap clean: brand Eliquis (in input)"},
        {"exp": ["HAL004"], "out": [("media de compresión en MII", "media de compresión en MID")], "note": "MID contradicts left leg"},
        {"exp": ["HAL001"], "out": [("La angio-TC de tórax no muestra defectos de repleción y se descarta TEP.", "La angio-TC de tórax muestra TEP segmentario.")],
         "note": "TEP claimed; input rules it out"},
        {"exp": ["HAL003"], "out": [("apixabán (B01AF02) 10 mg c/12h durante 7 días", "apixabán (B01AF02) 5 mg c/12h durante 7 días")],
         "note": "loading dose 5 mg vs 10 mg for the first 7 days (5 mg is the later maintenance dose)"},
        {"exp": ["FMT002"], "out": [(". Dx trombosis venosa profunda", ".\n## Dx trombosis venosa profunda")], "note": "markdown heading line"},
    ],
})

# ---------------------------------------------------------------- F2 Chile
CASES.append({
    "key": "F2_cl_erc_inicio_hd_fach",
    "setting": "Chile, hospital de la Fuerza Aérea, Nefrología; dispositivos, inicio de hemodiálisis",
    "input": {
        "establecimiento": "Hospital de la Fuerza Aérea, Santiago",
        "servicio": "Nefrología",
        "paciente": {"sexo": "masculino", "edad": 63, "peso": "71 kg"},
        "motivo": "disnea, edema generalizado, náuseas y prurito de 2 semanas",
        "antecedentes": [{"cie10": "E11.2", "glosa": "Diabetes mellitus tipo 2 con nefropatía"},
                         {"cie10": "I10", "glosa": "Hipertensión arterial"}],
        "laboratorio": {"creatinina": "9,8 mg/dL", "BUN": "112 mg/dL", "potasio": "6,4 mEq/L", "bicarbonato": "14 mEq/L",
                        "hemoglobina": "8,2 g/dL", "fosforo": "7,1 mg/dL"},
        "diagnosticos": [{"cie10": "N18.5", "glosa": "Enfermedad renal crónica etapa 5"},
                         {"cie10": "D63.8", "glosa": "Anemia en enfermedad crónica"}],
        "dispositivos": [{"tipo": "Catéter de hemodiálisis tunelizado", "sitio": "yugular interna derecha"}],
        "procedimientos": ["Inicio de hemodiálisis: 4 sesiones"],
        "tratamiento_alta": [
            {"atc": "B03XA01", "nombre": "Eritropoyetina", "posologia": "4.000 UI SC tres veces por semana post diálisis"},
            {"atc": "V03AE02", "nombre": "Sevelámero", "posologia": "800 mg VO con cada comida"},
            {"atc": "C08CA01", "nombre": "Amlodipino", "posologia": "10 mg cada 24 horas VO"},
            {"atc": "A10AE04", "nombre": "Insulina glargina", "posologia": "12 UI SC en la noche"}],
        "plan": "hemodiálisis trisemanal en centro ambulatorio; derivación a cirugía vascular para confección de FAV en brazo izquierdo",
    },
    "output": (
        "Ingresa por disnea, edema generalizado, náuseas y prurito de 2 semanas en varón de 63 años y 71 kg con diabetes "
        "mellitus tipo 2 con nefropatía (E11.2) e hipertensión arterial (I10). Laboratorio: creatinina 9,8 mg/dL, BUN "
        "112 mg/dL, potasio 6,4 mEq/L, bicarbonato 14 mEq/L, fósforo 7,1 mg/dL y hemoglobina 8,2 g/dL. Dx enfermedad "
        "renal crónica etapa 5 (N18.5) con anemia en enfermedad crónica (D63.8). Se instala catéter de hemodiálisis "
        "tunelizado en yugular interna derecha e inicia HD, con 4 sesiones. Alta con eritropoyetina (B03XA01) 4.000 UI "
        "SC tres veces por semana post diálisis, sevelámero (V03AE02) 800 mg VO con cada comida, amlodipino (C08CA01) 10 "
        "mg/día VO e insulina glargina (A10AE04) 12 UI SC en la noche. Hemodiálisis trisemanal ambulatoria y derivación "
        "a cirugía vascular para FAV en brazo izquierdo."),
    "variants": [
        {"exp": [], "note": "clean: HD abbreviation; right jugular catheter and planned left-arm FAV are different devices"},
        {"exp": [], "out": [("potasio 6,4 mEq/L,", "hiperpotasemia de 6,4 mEq/L,")], "note": "trap clean: hiperpotasemia supported by K 6,4"},
        {"exp": ["HAL004"], "out": [("tunelizado en yugular interna derecha", "tunelizado en yugular interna izquierda")], "note": "catheter side contradicts input"},
        {"exp": ["COD006"], "out": [("anemia en enfermedad crónica (D63.8)", "anemia en enfermedad crónica")], "note": "input code D63.8 omitted"},
        {"exp": ["FMT003"], "full": (
            "Ingresa por disnea, edema y prurito en varón de 63 años con diabetes mellitus tipo 2 con nefropatía (E11.2) e "
            "hipertensión arterial (I10). Dx enfermedad renal crónica etapa 5 (N18.5) y anemia en enfermedad crónica "
            "(D63.8); inicia HD por catéter yugular derecho. Alta con eritropoyetina (B03XA01), sevelámero (V03AE02), "
            "amlodipino (C08CA01) e insulina glargina (A10AE04)."),
         "note": "too short (<80 words)"},
    ],
})

# ---------------------------------------------------------------- F3 Colombia
CASES.append({
    "key": "F3_co_trasplante_cmv",
    "setting": "Colombia, clínica privada de trasplantes, Nefrología - Trasplante Renal; inmunosupresor suspendido",
    "input": {
        "institucion": "Clínica privada de trasplantes, Cali",
        "servicio": "Nefrología - Trasplante Renal",
        "paciente": {"sexo": "femenino", "edad": 41},
        "antecedente": "trasplante renal de donante cadavérico hace 8 meses en fosa ilíaca derecha",
        "motivo": "fiebre de 38,7 °C, diarrea y elevación de creatinina",
        "laboratorio": {"creatinina_ingreso": "2,3 mg/dL", "creatinina_basal": "1,2 mg/dL", "creatinina_alta": "1,4 mg/dL",
                        "tacrolimus_valle": "14,6 ng/mL", "carga_viral_CMV": "48.000 UI/mL", "leucocitos": "2.700/mm3"},
        "problemas": [{"code": "B25.8", "display": "Enfermedad por citomegalovirus", "status": "activo"},
                      {"code": "Z94.0", "display": "Trasplante de riñón", "status": "activo"},
                      {"code": "N17.9", "display": "Lesión renal aguda", "status": "resuelto"}],
        "medicacion": [{"atc": "J05AB14", "nombre": "Valganciclovir", "dosis": "900 mg cada 12 horas VO por 21 días"},
                       {"atc": "L04AD02", "nombre": "Tacrolimus", "dosis": "reducido de 4 mg a 3 mg cada 12 horas VO"},
                       {"atc": "L04AA06", "nombre": "Ácido micofenólico", "dosis": "suspendido temporalmente (previo 720 mg cada 12 horas)"},
                       {"atc": "H02AB07", "nombre": "Prednisona", "dosis": "5 mg cada 24 horas VO"}],
        "ecografia_injerto": "riñón en fosa ilíaca derecha sin hidronefrosis, índices de resistencia normales",
        "plan": "carga viral CMV semanal; control de niveles de tacrolimus en 5 días",
    },
    "output": (
        "Ingresa por fiebre de 38,7 °C, diarrea y elevación de creatinina a 2,3 mg/dL (basal 1,2 mg/dL) en paciente "
        "femenina de 41 años con trasplante de riñón (Z94.0) de donante cadavérico hace 8 meses en fosa ilíaca derecha. "
        "Presenta leucocitos de 2.700/mm3, carga viral de CMV de 48.000 UI/mL y tacrolimus valle de 14,6 ng/mL. Dx "
        "enfermedad por citomegalovirus (B25.8) con lesión renal aguda (N17.9). La ecografía del injerto no muestra "
        "hidronefrosis. Inicia valganciclovir (J05AB14) 900 mg c/12h VO por 21 días, se reduce tacrolimus (L04AD02) de 4 "
        "mg a 3 mg c/12h y se suspende temporalmente el ácido micofenólico (L04AA06); mantiene prednisona (H02AB07) 5 "
        "mg/día. Creatinina al alta 1,4 mg/dL. Control semanal de carga viral y de niveles de tacrolimus en 5 días."),
    "variants": [
        {"exp": [], "note": "clean: mycophenolate suspended; dose reduction restated exactly"},
        {"exp": [], "out": [("Presenta leucocitos de 2.700/mm3", "Presenta leucopenia de 2.700/mm3")], "note": "trap clean: leucopenia supported by 2.700"},
        {"exp": ["HAL003"], "out": [("valganciclovir (J05AB14) 900 mg c/12h VO", "valganciclovir (J05AB14) 900 mg c/12h IV")], "note": "route IV vs VO"},
        {"exp": ["COD002"], "out": [("Ingresa por fiebre de 38,7 °C", "Ingresa por fiebre (R50.9) de 38,7 °C")], "note": "R50.9 added; not in input"},
    ],
})

# ---------------------------------------------------------------- F4 Mexico DKA
CASES.append({
    "key": "F4_mx_cetoacidosis",
    "setting": "México, hospital privado, Endocrinología; panel con referencias, fechas en lugar de edad",
    "allow_numbers": ["19"],
    "input": {
        "hospital": "Hospital privado, Puebla",
        "servicio": "Endocrinología",
        "paciente": {"sexo": "masculino", "fecha_nacimiento": "2004-10-15", "fecha_ingreso": "2024-06-02", "peso_kg": 58},
        "padecimiento": "poliuria, polidipsia, vómito y dolor abdominal de 3 días; omitió insulina",
        "signos_vitales": {"FC": 118, "FR": 30, "TA": "100/60 mmHg", "temperatura": "36,8 °C"},
        "laboratorio": [
            {"analito": "Glucosa", "valor": "486 mg/dL", "ref": "70-100"},
            {"analito": "pH", "valor": "7,08"},
            {"analito": "HCO3", "valor": "6 mEq/L"},
            {"analito": "Cetonas séricas", "valor": "positivas"},
            {"analito": "Sodio", "valor": "131 mEq/L"},
            {"analito": "Potasio", "valor": "5,2 mEq/L", "ref": "3,5-5,1"},
            {"analito": "Potasio a las 12 horas", "valor": "3,3 mEq/L"}],
        "diagnosticos": [{"cie10": "E10.1", "descripcion": "Diabetes mellitus tipo 1 con cetoacidosis"}],
        "tratamiento": [{"nombre": "Solución salina 0,9%", "dosis": "1 L en la primera hora"},
                        {"atc": "A10AB01", "nombre": "Insulina regular (cristalina)", "dosis": "0,1 UI/kg/h en infusión IV"},
                        {"nombre": "Cloruro de potasio", "dosis": "20 mEq por litro de solución"}],
        "resolucion": "cetoacidosis resuelta a las 20 horas",
        "alta": [{"atc": "A10AE04", "nombre": "Insulina glargina", "dosis": "22 UI SC cada 24 horas"},
                 {"atc": "A10AB05", "nombre": "Insulina aspart", "dosis": "6 UI SC antes de cada comida"}],
        "educacion": "técnica de inyección y cetonuria en días de enfermedad; consulta de endocrinología en 7 días",
    },
    "output": (
        "Ingresa por poliuria, polidipsia, vómito y dolor abdominal de 3 días tras omitir la insulina, en varón de 19 "
        "años y 58 kg. FC 118, FR 30 y TA 100/60 mmHg. Glucosa 486 mg/dL, pH 7,08, HCO3 6 mEq/L, cetonas séricas "
        "positivas, sodio 131 mEq/L y potasio 5,2 mEq/L. Dx diabetes mellitus tipo 1 con cetoacidosis (E10.1). Se maneja "
        "con solución salina 0,9% 1 L en la primera hora, insulina regular (A10AB01) 0,1 UI/kg/h en infusión IV y "
        "cloruro de potasio 20 mEq por litro; a las 12 horas el potasio desciende a 3,3 mEq/L. La cetoacidosis se "
        "resuelve a las 20 horas. Egresa con insulina glargina (A10AE04) 22 UI SC c/24h e insulina aspart (A10AB05) 6 UI "
        "SC antes de cada comida, educación en técnica de inyección y consulta de endocrinología en 7 días."),
    "variants": [
        {"exp": [], "note": "clean: age 19 derived from 2004-10-15 / 2024-06-02"},
        {"exp": [], "out": [("a las 12 horas el potasio desciende a 3,3 mEq/L", "a las 12 horas presenta hipopotasemia de 3,3 mEq/L")],
         "note": "trap clean: hipopotasemia supported by the 12-hour value"},
        {"exp": ["HAL001"], "out": [("sodio 131 mEq/L y potasio 5,2 mEq/L", "sodio 131 mEq/L e hipopotasemia con potasio de 5,2 mEq/L")],
         "note": "admission hipopotasemia contradicted by K 5,2 (above range)"},
        {"exp": ["DEM001"], "out": [("en varón de 19 años", "en varón de 22 años")], "note": "22 (glargine units) contradicts derived age 19"},
        {"exp": ["COD004"], "out": [("cloruro de potasio 20 mEq", "cloruro de potasio (B05XA01) 20 mEq")], "note": "ATC added for uncoded input drug"},
    ],
})

# ---------------------------------------------------------------- F5 Uruguay thyroid (free text)
CASES.append({
    "key": "F5_uy_graves_texto",
    "setting": "Uruguay, sanatorio mutual privado, Endocrinología; texto libre",
    "input": (
        "Sanatorio privado (mutualista), Montevideo, Uruguay. Endocrinología. Sexo femenino, 34 años. Motivo: "
        "palpitaciones, pérdida de 7 kg, temblor e intolerancia al calor de 2 meses. Examen: FC 132 lpm, bocio difuso "
        "grado 2, exoftalmos bilateral. Laboratorio: TSH menor de 0,01 mUI/L, T4 libre 5,8 ng/dL, TRAb 12 UI/L. ECG: "
        "taquicardia sinusal. Diagnóstico: E05.0 Tirotoxicosis con bocio difuso (enfermedad de Graves). Tratamiento: "
        "metimazol H03BB02 30 mg cada 24 horas VO; propranolol C07AA05 40 mg cada 8 horas VO. Evolución: FC 88 lpm al "
        "día 3. Alta: control de hemograma y hepatograma en 3 semanas; consulta de endocrinología en 4 semanas; valorar "
        "radioyodo o tiroidectomía según evolución."),
    "output": (
        "Ingresa por palpitaciones, pérdida de 7 kg, temblor e intolerancia al calor de 2 meses en paciente de sexo "
        "femenino de 34 años. Al examen FC 132 lpm, bocio difuso grado 2 y exoftalmos bilateral. Laboratorio con TSH "
        "menor de 0,01 mUI/L, T4 libre 5,8 ng/dL y TRAb 12 UI/L; ECG con taquicardia sinusal. Dx tirotoxicosis con bocio "
        "difuso (E05.0), enfermedad de Graves. Inicia metimazol (H03BB02) 30 mg c/24h VO y propranolol (C07AA05) 40 mg "
        "c/8h VO, con FC de 88 lpm al día 3. Alta con control de hemograma y hepatograma en 3 semanas y consulta de "
        "endocrinología en 4 semanas, donde se valorará radioyodo o tiroidectomía según evolución."),
    "variants": [
        {"exp": [], "note": "clean: radioiodine/thyroidectomy only to be assessed later"},
        {"exp": [], "out": [("propranolol (C07AA05) 40 mg c/8h VO", "propranolol (C07AA05) 40 mg tres veces al día VO")],
         "note": "trap clean: 'tres veces al día' equals cada 8 horas"},
        {"exp": ["HAL001"], "out": [("Inicia metimazol", "Recibe radioyodo e inicia metimazol")], "note": "radioiodine given; input: only to be assessed"},
        {"exp": ["COD003"], "out": [("metimazol (H03BB02)", "metimazol H03BB02")], "note": "ATC outside parentheses"},
        {"exp": ["FMT003"], "full": (
            "Ingresa por palpitaciones, pérdida de peso y temblor en paciente femenina de 34 años. Dx tirotoxicosis con "
            "bocio difuso (E05.0), enfermedad de Graves. Inicia metimazol (H03BB02) y propranolol (C07AA05) con buena "
            "evolución. Control por endocrinología en 4 semanas."),
         "note": "too short (<80 words)"},
    ],
})

# ---------------------------------------------------------------- F6 Puerto Rico ophthalmology
CASES.append({
    "key": "F6_pr_desprendimiento_retina",
    "setting": "Puerto Rico, hospital privado, Oftalmología; claves en inglés, OD/OI",
    "input": {
        "facility": "Hospital privado, San Juan, Puerto Rico",
        "department": "Oftalmología",
        "patient": {"sex": "male", "age": 58},
        "chief_complaint": "visión de cortina y fotopsias en ojo derecho de 3 días",
        "history": [{"icd10": "H52.1", "text": "Miopía alta"}, {"icd10": "E11.9", "text": "Diabetes mellitus tipo 2"}],
        "exam": {"AV_OD": "cuenta dedos a 1 metro", "AV_OI": "20/25", "PIO_OD": "12 mmHg", "PIO_OI": "15 mmHg",
                 "fondo_OD": "desprendimiento de retina regmatógeno temporal superior con mácula desprendida"},
        "diagnosis": [{"icd10": "H33.0", "text": "Desprendimiento de retina con ruptura"}],
        "procedure": "Vitrectomía pars plana OD con endoláser y taponamiento con gas SF6",
        "medications": [{"atc": "S01CA01", "name": "Dexametasona con antibiótico colirio", "posology": "1 gota cada 4 horas en OD"},
                        {"atc": "S01FA01", "name": "Atropina 1% colirio", "posology": "1 gota cada 12 horas en OD"},
                        {"atc": "S01EC01", "name": "Acetazolamida", "posology": "250 mg VO cada 12 horas por 3 días"},
                        {"atc": "A10BA02", "name": "Metformina", "posology": "850 mg cada 12 horas VO"}],
        "discharge": "posición boca abajo 50 minutos de cada hora por 7 días; no viajar en avión; cita en 24 horas",
    },
    "output": (
        "Ingresa por visión de cortina y fotopsias en ojo derecho de 3 días en varón de 58 años con miopía alta (H52.1) "
        "y diabetes mellitus tipo 2 (E11.9) tratada con metformina (A10BA02) 850 mg c/12h VO. AV OD cuenta dedos a 1 "
        "metro y AV OI 20/25; PIO OD 12 mmHg y OI 15 mmHg. El fondo de ojo derecho muestra desprendimiento de retina "
        "regmatógeno temporal superior con mácula desprendida; Dx desprendimiento de retina con ruptura (H33.0). Se "
        "realiza vitrectomía pars plana OD con endoláser y taponamiento con gas SF6. Alta con dexametasona con "
        "antibiótico en colirio (S01CA01) 1 gota c/4h en OD, atropina 1% colirio (S01FA01) 1 gota c/12h en OD y "
        "acetazolamida (S01EC01) 250 mg VO c/12h por 3 días. Posición boca abajo 50 minutos de cada hora por 7 días, no "
        "viajar en avión y cita en 24 horas."),
    "variants": [
        {"exp": [], "note": "clean: OD/OI used for both eyes, each value on the right eye"},
        {"exp": [], "out": [("Se realiza vitrectomía pars plana OD", "Se realiza vitrectomía pars plana del ojo derecho")], "note": "trap clean: OD spelled out"},
        {"exp": ["FMT001"], "out": [("Ingresa por visión", "ingresa por visión")], "note": "lower-case start"},
        {"exp": ["COD007"], "inp": [("\"H33.0\"", "\"H56.0\"")], "out": [("(H33.0)", "(H56.0)")],
         "note": "H56.0 does not exist in ICD-10 (H55 then H57); in input and output"},
        {"exp": ["HAL004"], "out": [("Se realiza vitrectomía pars plana OD", "Se realiza vitrectomía pars plana OI")], "note": "operated eye contradicts input"},
        {"exp": ["HAL001"], "out": [("con endoláser y taponamiento", "con endoláser, cerclaje escleral y taponamiento")], "note": "scleral buckle absent"},
    ],
})

# ---------------------------------------------------------------- F7 Panama ENT
CASES.append({
    "key": "F7_pa_absceso_periamigdalino",
    "setting": "Panamá, clínica privada, Otorrinolaringología; signo contralateral (úvula)",
    "input": {
        "hospital": "Clínica privada, Ciudad de Panamá",
        "servicio": "Otorrinolaringología",
        "paciente": {"sexo": "femenino", "edad": 27},
        "motivo": "odinofagia intensa, trismus y voz de papa caliente de 4 días pese a amoxicilina oral",
        "examen": "abombamiento del pilar amigdalino anterior izquierdo con desviación de la úvula a la derecha",
        "tac_cuello": "colección periamigdalina izquierda de 2,4 cm sin extensión parafaríngea",
        "laboratorio": {"leucocitos": "17.300/mm3", "PCR": "142 mg/L"},
        "alergias": "ninguna conocida",
        "diagnosticos": [{"codigo": "J36", "descripcion": "Absceso periamigdalino"}],
        "procedimientos": ["Punción-aspiración y drenaje transoral del absceso izquierdo bajo anestesia local"],
        "medicamentos": [{"atc": "J01CR02", "nombre": "Amoxicilina/ácido clavulánico (Augmentin)",
                          "posologia": "1 g IV cada 8 horas; al alta 875/125 mg VO cada 12 horas por 10 días"},
                         {"atc": "H02AB02", "nombre": "Dexametasona", "posologia": "8 mg IV dosis única"},
                         {"atc": "N02BE01", "nombre": "Paracetamol", "posologia": "1 g VO cada 6 horas"}],
        "alta": "dieta blanda; control en consulta de ORL en 7 días; valorar amigdalectomía diferida",
    },
    "output": (
        "Ingresa por odinofagia intensa, trismus y voz de papa caliente de 4 días pese a amoxicilina oral, en paciente "
        "femenina de 27 años. Presenta abombamiento del pilar amigdalino anterior izquierdo con desviación de la úvula a "
        "la derecha; la TAC de cuello muestra colección periamigdalina izquierda de 2,4 cm sin extensión parafaríngea. "
        "Leucocitos 17.300/mm3 y PCR 142 mg/L. Dx absceso periamigdalino (J36). Se realiza punción-aspiración y drenaje "
        "transoral del absceso izquierdo bajo anestesia local. Recibe amoxicilina/ácido clavulánico (J01CR02) 1 g IV "
        "c/8h, dexametasona (H02AB02) 8 mg IV dosis única y paracetamol (N02BE01) 1 g VO c/6h. Alta con Augmentin "
        "875/125 mg VO c/12h por 10 días, dieta blanda y control en ORL en 7 días; se difiere la valoración de "
        "amigdalectomía."),
    "variants": [
        {"exp": [], "note": "clean: uvula deviated to the right by a left abscess is the correct contralateral sign; amigdalectomía deferred"},
        {"exp": [], "out": [("Leucocitos 17.300/mm3 y PCR 142 mg/L.", "Leucocitosis de 17.300/mm3 y PCR 142 mg/L.")], "note": "trap clean: leucocitosis supported"},
        {"exp": ["HAL004"], "out": [("pilar amigdalino anterior izquierdo", "pilar amigdalino anterior derecho")], "note": "side contradicts input"},
        {"exp": ["HAL003"], "out": [("dexametasona (H02AB02) 8 mg IV dosis única", "dexametasona (H02AB02) 8 mg IV c/8h")],
         "note": "frequency cada 8 h contradicts dosis única"},
        {"exp": ["REP001"], "out": [("Leucocitos 17.300/mm3 y PCR 142 mg/L.", "Leucocitos 17.300/mm3 y PCR 142 mg/L. Leucocitos 17.300/mm3 y PCR 142 mg/L.")],
         "note": "sentence repeated"},
    ],
})

# ---------------------------------------------------------------- F8 Nicaragua dermatology
CASES.append({
    "key": "F8_ni_celulitis_mid",
    "setting": "Nicaragua, hospital privado, Dermatología/Medicina Interna; filas [campo, valor]",
    "input": {
        "campos": [
            ["Centro", "Hospital privado, Managua, Nicaragua"],
            ["Servicio", "Dermatología / Medicina Interna"],
            ["Sexo", "Masculino"],
            ["Edad", "55 años"],
            ["Motivo", "eritema, calor y edema en pierna derecha de 3 días con fiebre de 38,9 °C"],
            ["Examen", "placa eritematosa de bordes mal definidos en cara anterior de pierna derecha, intertrigo interdigital en pie derecho"],
            ["Laboratorio", "leucocitos 14.900/mm3, glucosa 248 mg/dL, HbA1c 9,6%"],
            ["Eco Doppler venoso", "sin trombosis venosa profunda en MID"],
            ["Dx", "L03.1 Celulitis de miembro inferior"],
            ["Dx", "E11.9 Diabetes mellitus tipo 2"],
            ["Dx", "B35.3 Tiña del pie"],
            ["Tratamiento", "Cefazolina J01DB04 1 g IV cada 8 horas"],
            ["Tratamiento", "Clotrimazol crema D01AC01 cada 12 horas en espacios interdigitales"],
            ["Tratamiento", "Insulina NPH A10AC01 10 UI SC cada 12 horas"],
            ["Alta", "Cefalexina J01DB01 500 mg VO cada 6 horas hasta completar 10 días; elevación del miembro; control en 5 días"],
        ],
    },
    "output": (
        "Ingresa por eritema, calor y edema en pierna derecha de 3 días con fiebre de 38,9 °C en varón de 55 años con "
        "diabetes mellitus tipo 2 (E11.9). Presenta placa eritematosa de bordes mal definidos en cara anterior de pierna "
        "derecha e intertrigo interdigital en pie derecho. Leucocitos 14.900/mm3, glucosa 248 mg/dL y HbA1c 9,6%. El eco "
        "Doppler venoso descarta trombosis venosa profunda en MID. Dx celulitis de miembro inferior (L03.1) derecho con "
        "tiña del pie (B35.3) como puerta de entrada. Recibe cefazolina (J01DB04) 1 g IV c/8h, clotrimazol crema "
        "(D01AC01) c/12h en espacios interdigitales e insulina NPH (A10AC01) 10 UI SC c/12h. Alta con cefalexina "
        "(J01DB01) 500 mg VO c/6h hasta completar 10 días, elevación del miembro y control en 5 días."),
    "variants": [
        {"exp": [], "note": "clean: TVP ruled out; hiperglucemia not stated but glucose restated"},
        {"exp": [], "out": [("Leucocitos 14.900/mm3, glucosa 248 mg/dL", "Leucocitosis de 14.900/mm3, hiperglucemia de 248 mg/dL")],
         "note": "trap clean: leucocitosis and hiperglucemia supported by values"},
        {"exp": ["HAL002"], "out": [("glucosa 248 mg/dL", "glucosa 284 mg/dL")], "note": "284 appears nowhere in input"},
        {"exp": ["COD001"], "out": [("con tiña del pie (B35.3) como", "con tiña del pie B35.3 como")], "note": "CIE-10 code outside parentheses"},
        {"exp": ["HAL004"], "out": [("intertrigo interdigital en pie derecho", "intertrigo interdigital en pie izquierdo")], "note": "foot side contradicts input"},
        {"exp": ["HAL001"], "out": [("El eco Doppler venoso descarta trombosis venosa profunda en MID.", "El eco Doppler venoso muestra trombosis venosa profunda en MID.")],
         "note": "TVP claimed; input rules it out"},
    ],
})

# ---------------------------------------------------------------- F9 El Salvador rheumatology
CASES.append({
    "key": "F9_sv_nefritis_lupica_militar",
    "setting": "El Salvador, hospital militar, Reumatología; FHIR con fecha de nacimiento",
    "allow_numbers": ["26"],
    "input": {
        "resourceType": "Bundle",
        "source": "Hospital Militar Central, San Salvador - Reumatología",
        "entry": [
            {"resourceType": "Patient", "gender": "female", "birthDate": "1998-01-19"},
            {"resourceType": "Encounter", "period": {"start": "2024-02-20", "end": "2024-03-01"},
             "reason": "edema de miembros inferiores, orina espumosa, artralgias y eritema malar de 3 semanas",
             "dischargeInstructions": "control en consulta de reumatología y nefrología en 2 semanas"},
            {"resourceType": "Condition", "code": {"coding": [{"code": "M32.1", "display": "Lupus eritematoso sistémico con afectación renal (nefritis lúpica clase IV)"}]}},
            {"resourceType": "Condition", "code": {"coding": [{"code": "I10", "display": "Hipertensión arterial secundaria"}]}},
            {"resourceType": "Observation", "code": {"text": "Proteinuria"}, "valueString": "3,6 g/24 h"},
            {"resourceType": "Observation", "code": {"text": "Creatinina"}, "valueString": "1,5 mg/dL"},
            {"resourceType": "Observation", "code": {"text": "Anti-DNA"}, "valueString": "positivo 1/320, C3 y C4 bajos"},
            {"resourceType": "Procedure", "code": {"text": "Biopsia renal percutánea guiada por ecografía (riñón izquierdo)"}},
            {"resourceType": "MedicationRequest", "medication": {"coding": [{"code": "H02AB04", "display": "Metilprednisolona"}]}, "dosage": "500 mg IV cada 24 horas por 3 días"},
            {"resourceType": "MedicationRequest", "medication": {"coding": [{"code": "H02AB07", "display": "Prednisona"}]}, "dosage": "50 mg cada 24 horas VO"},
            {"resourceType": "MedicationRequest", "medication": {"coding": [{"code": "L04AA06", "display": "Micofenolato de mofetilo"}]}, "dosage": "1 g cada 12 horas VO"},
            {"resourceType": "MedicationRequest", "medication": {"coding": [{"code": "P01BA02", "display": "Hidroxicloroquina"}]}, "dosage": "200 mg cada 24 horas VO"},
            {"resourceType": "MedicationRequest", "medication": {"coding": [{"code": "C09AA02", "display": "Enalapril"}]}, "dosage": "10 mg cada 12 horas VO"},
        ],
    },
    "output": (
        "Ingresa por edema de miembros inferiores, orina espumosa, artralgias y eritema malar de 3 semanas. Paciente "
        "femenina de 26 años con proteinuria de 3,6 g/24 h, creatinina 1,5 mg/dL, anti-DNA positivo 1/320 y C3 y C4 "
        "bajos. Se realiza biopsia renal percutánea guiada por ecografía en riñón izquierdo, compatible con nefritis "
        "lúpica clase IV. Dx lupus eritematoso sistémico con afectación renal (M32.1) e hipertensión arterial secundaria "
        "(I10). Recibe pulsos de metilprednisolona (H02AB04) 500 mg IV c/24h por 3 días, seguidos de prednisona "
        "(H02AB07) 50 mg/día VO, micofenolato de mofetilo (L04AA06) 1 g c/12h VO, hidroxicloroquina (P01BA02) 200 "
        "mg/día VO y enalapril (C09AA02) 10 mg c/12h VO. Alta con control en consulta de reumatología y nefrología en 2 "
        "semanas."),
    "variants": [
        {"exp": [], "note": "clean: age 26 derived from 1998-01-19 / 2024-02-20; hidroxicloroquina (ATC P, antimalarial) is standard for lupus"},
        {"exp": [], "out": [("Paciente femenina de 26 años", "Mujer joven de 26 años")], "note": "trap clean: rephrased demographics"},
        {"exp": ["HAL003"], "out": [("metilprednisolona (H02AB04) 500 mg IV c/24h", "metilprednisolona (H02AB04) 500 mg VO c/24h")], "note": "route VO vs IV"},
        {"exp": ["DEM001"], "out": [("Paciente femenina de 26 años", "Paciente femenina de 50 años")], "note": "50 (prednisone dose) contradicts derived age 26"},
        {"exp": ["COD005"], "out": [("e hipertensión arterial secundaria (I10)", "y artralgias (I10)")],
         "note": "I10 labelled artralgias; input pairs it with hipertensión arterial secundaria"},
    ],
})

# ---------------------------------------------------------------- F10 Cuba palliative
CASES.append({
    "key": "F10_cu_paliativos_pancreas",
    "setting": "Cuba, hospital clínico-quirúrgico, Cuidados Paliativos; tratamientos no indicados",
    "input": {
        "centro": "Hospital Clínico Quirúrgico (sala de cuidados paliativos), La Habana, Cuba",
        "servicio": "Cuidados Paliativos",
        "paciente": {"sexo": "masculino", "edad": 71},
        "motivo": "dolor abdominal en barra refractario, vómitos y anorexia de 10 días",
        "diagnosticos": [{"codigo": "C25.0", "descripcion": "Tumor maligno de la cabeza del páncreas con metástasis hepáticas"},
                         {"codigo": "R11", "descripcion": "Náuseas y vómitos"}],
        "escala_dolor": {"EVA_ingreso": 9, "EVA_alta": 3},
        "laboratorio": {"bilirrubina": "4,8 mg/dL", "albumina": "2,7 g/dL", "hemoglobina": "10,5 g/dL"},
        "tratamiento": [{"atc": "N02AA01", "nombre": "Morfina", "dosis": "5 mg SC cada 4 horas, rescates de 2,5 mg SC"},
                        {"atc": "A03FA01", "nombre": "Metoclopramida", "dosis": "10 mg SC cada 8 horas"},
                        {"atc": "H02AB02", "nombre": "Dexametasona", "dosis": "4 mg SC cada 24 horas"},
                        {"atc": "A06AB02", "nombre": "Bisacodilo", "dosis": "10 mg VO cada 24 horas"}],
        "no_indicado": "quimioterapia no indicada por ECOG 3; no candidato a stent biliar por deseo del paciente",
        "alta": "domicilio con equipo de atención paliativa del policlínico; infusor subcutáneo",
    },
    "output": (
        "Ingresa por dolor abdominal en barra refractario, vómitos y anorexia de 10 días en varón de 71 años con tumor "
        "maligno de la cabeza del páncreas con metástasis hepáticas (C25.0). Presenta náuseas y vómitos (R11), EVA 9 al "
        "ingreso, bilirrubina 4,8 mg/dL, albúmina 2,7 g/dL y hemoglobina 10,5 g/dL. Se controla el dolor con morfina "
        "(N02AA01) 5 mg SC c/4h con rescates de 2,5 mg SC, metoclopramida (A03FA01) 10 mg SC c/8h, dexametasona "
        "(H02AB02) 4 mg SC c/24h y bisacodilo (A06AB02) 10 mg VO c/24h, con EVA 3 al alta. Quimioterapia no indicada por "
        "ECOG 3 y no candidato a stent biliar por deseo del paciente. Alta a domicilio con infusor subcutáneo y "
        "seguimiento por el equipo de atención paliativa del policlínico."),
    "variants": [
        {"exp": [], "note": "clean: chemotherapy not indicated and biliary stent declined are not claims; bisacodilo for opioid constipation is coherent"},
        {"exp": [], "out": [("morfina (N02AA01) 5 mg SC c/4h", "morfina (N02AA01) 5 mg subcutánea cada 4 horas")], "note": "trap clean: route/frequency spelled out"},
        {"exp": ["COD005"], "out": [("Presenta náuseas y vómitos (R11),", "Presenta anorexia (R11),")],
         "note": "R11 labelled anorexia; input pairs it with náuseas y vómitos"},
        {"exp": ["COD006"], "out": [("Presenta náuseas y vómitos (R11),", "Presenta náuseas y vómitos,")], "note": "input code R11 omitted"},
        {"exp": ["CLN001"], "inp": [("\"A06AB02\"", "\"G04BE03\""), ("\"Bisacodilo\"", "\"Sildenafilo\""), ("10 mg VO cada 24 horas", "50 mg VO cada 24 horas")],
         "out": [("bisacodilo (A06AB02) 10 mg VO c/24h", "sildenafilo (G04BE03) 50 mg VO c/24h")],
         "note": "sildenafilo with no urological/pulmonary-hypertension diagnosis (replaced in input and output)"},
        {"exp": ["DEM001"], "out": [("en varón de 71 años", "en mujer de 71 años")], "note": "female stated; input masculino"},
    ],
})

# ---------------------------------------------------------------- F11 Ecuador pneumonia
CASES.append({
    "key": "F11_ec_neumonia_lobar",
    "setting": "Ecuador, clínica privada, Medicina Interna; alergia a AINE",
    "input": {
        "clinica": "Clínica privada, Guayaquil, Ecuador",
        "servicio": "Medicina Interna",
        "paciente": {"sexo": "femenino", "edad": 67, "peso_kg": 70},
        "motivo": "tos productiva, fiebre de 38,8 °C y disnea de 4 días",
        "signos": {"FR": 26, "SpO2": "90% aire ambiente", "TA": "118/70 mmHg"},
        "rx_torax": "consolidación en lóbulo inferior derecho",
        "laboratorio": {"leucocitos": "16.700/mm3", "PCR": "188 mg/L", "urea": "38 mg/dL", "sodio": "136 mEq/L"},
        "CURB-65": 1,
        "diagnosticos": [{"cie10": "J18.1", "nombre": "Neumonía lobar"}, {"cie10": "I10", "nombre": "Hipertensión arterial"}],
        "tratamiento": [{"atc": "J01DD04", "nombre": "Ceftriaxona", "dosis": "2 g IV cada 24 horas"},
                        {"atc": "J01FA09", "nombre": "Claritromicina", "dosis": "500 mg IV cada 12 horas"},
                        {"atc": "C09CA01", "nombre": "Losartán", "dosis": "50 mg VO cada 24 horas"}],
        "alergias": ["ibuprofeno"],
        "alta": {"dias": 5, "tratamiento": [{"atc": "J01DD13", "nombre": "Cefpodoxima", "dosis": "200 mg VO cada 12 horas por 5 días"}],
                 "control": "Rx de tórax en 6 semanas"},
    },
    "output": (
        "Ingresa por tos productiva, fiebre de 38,8 °C y disnea de 4 días en paciente femenina de 67 años con "
        "hipertensión arterial (I10) tratada con losartán (C09CA01) 50 mg VO c/24h, alérgica a ibuprofeno. FR 26, SpO2 "
        "90% aire ambiente y TA 118/70 mmHg; leucocitos 16.700/mm3, PCR 188 mg/L, urea 38 mg/dL y sodio 136 mEq/L, "
        "CURB-65 de 1. La Rx de tórax muestra consolidación en lóbulo inferior derecho; Dx neumonía lobar (J18.1). "
        "Recibe ceftriaxona (J01DD04) 2 g IV c/24h y claritromicina (J01FA09) 500 mg IV c/12h con buena evolución. Alta a "
        "los 5 días con cefpodoxima (J01DD13) 200 mg VO c/12h por 5 días y Rx de tórax de control en 6 semanas."),
    "variants": [
        {"exp": [], "note": "clean: allergy to ibuprofeno is not a drug given"},
        {"exp": [], "out": [("alérgica a ibuprofeno.", "alérgica a ibuprofeno, por lo que no se pautan AINE.")], "note": "trap clean: drug class explicitly not given"},
        {"exp": ["COD007"], "inp": [("\"J18.1\"", "\"J48.1\"")], "out": [("(J18.1)", "(J48.1)")],
         "note": "J48.1 does not exist in ICD-10 (J47 then J60); in input and output"},
        {"exp": ["CLN001"], "inp": [("\"J01FA09\"", "\"A10BA02\""), ("\"Claritromicina\"", "\"Metformina\""), ("500 mg IV cada 12 horas", "500 mg VO cada 12 horas")],
         "out": [("y claritromicina (J01FA09) 500 mg IV c/12h", "y metformina (A10BA02) 500 mg VO c/12h")],
         "note": "metformina with no diabetes diagnosis (replaced in input and output)"},
    ],
})
