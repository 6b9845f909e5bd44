# Scenarios B: thoracic surgery, digestive surgery, bariatric surgery,
# hepatology, urology.  Spain, Mexico, Argentina, Chile, Colombia, Peru, Uruguay.

CASES = []

# ---------------------------------------------------------------- B1 Spain
CASES.append({
    "key": "B1_es_neumotorax_militar",
    "setting": "España, hospital militar, Cirugía Torácica; intern style",
    "input": {
        "hospital": "Hospital Central de la Defensa, Madrid",
        "servicio": "Cirugía Torácica",
        "paciente": {"sexo": "varón", "edad": 22, "talla_cm": 188, "peso_kg": 70, "profesion": "soldado profesional"},
        "motivo": "dolor pleurítico súbito en hemitórax izquierdo y disnea de 12 horas",
        "rx_torax_ingreso": "neumotórax izquierdo completo",
        "tac_torax": "bullas apicales izquierdas",
        "diagnosticos": [{"codigo": "J93.1", "nombre": "Neumotórax espontáneo primario izquierdo"}],
        "procedimientos": [{"nombre": "Drenaje pleural izquierdo 24 Fr", "fecha": "día 1"},
                           {"nombre": "Videotoracoscopia izquierda con resección de bullas apicales y pleurodesis mecánica", "fecha": "día 3"}],
        "tratamiento": [{"atc": "N02BE01", "nombre": "Paracetamol", "pauta": "1 g cada 8 horas IV"},
                        {"atc": "N02BB02", "nombre": "Metamizol (Nolotil)", "pauta": "575 mg cada 8 horas VO"}],
        "evolucion": "retirada del drenaje al día 5 sin fuga aérea; Rx control con pulmón reexpandido",
        "tratamiento_alta": [{"atc": "N02BB02", "nombre": "Metamizol (Nolotil)", "pauta": "575 mg cada 8 horas VO si dolor"}],
        "recomendaciones": "evitar vuelos y buceo durante 4 semanas; revisión en consultas en 10 días",
    },
    "output": (
        "Ingresa por dolor pleurítico súbito en hemitórax izquierdo y disnea de 12 horas. Varón de 22 años, soldado "
        "profesional, 188 cm y 70 kg. La Rx de tórax muestra neumotórax izquierdo completo y la TC bullas apicales "
        "izquierdas; Dx neumotórax espontáneo primario izquierdo (J93.1). Se coloca drenaje pleural izquierdo de 24 Fr y "
        "al día 3 se realiza videotoracoscopia izquierda con resección de bullas apicales y pleurodesis mecánica. "
        "Analgesia con paracetamol (N02BE01) 1 g c/8h IV y Nolotil (N02BB02) 575 mg c/8h VO. Se retira el drenaje al "
        "día 5 sin fuga aérea, con pulmón reexpandido. Alta con metamizol 575 mg c/8h VO si dolor. Evitar vuelos y "
        "buceo durante 4 semanas; revisión en consultas en 10 días."),
    "variants": [
        {"exp": [], "note": "clean: brand Nolotil with its code, then generic metamizol"},
        {"exp": [], "out": [("Varón de 22 años", "Varón de veintidós años")], "note": "trap clean: age in words"},
        {"exp": ["HAL004"], "out": [("Se coloca drenaje pleural izquierdo", "Se coloca drenaje pleural derecho")],
         "note": "chest drain side contradicts input"},
        {"exp": ["DEM001"], "out": [("Varón de 22 años", "Mujer de 22 años")], "note": "female stated, input varón"},
        {"exp": ["FMT001"], "out": [("Ingresa por dolor", "INGRESA POR dolor")], "note": "wrong case at start"},
    ],
})

# ---------------------------------------------------------------- B2 Mexico
CASES.append({
    "key": "B2_mx_colecistitis",
    "setting": "México, hospital privado, Cirugía General y Digestiva; alergias",
    "input": {
        "hospital": "Hospital privado, Mérida, Yucatán",
        "servicio": "Cirugía General y Digestiva",
        "paciente": {"sexo": "Femenino", "edad": 48, "peso": "78 kg"},
        "alergias": [{"sustancia": "Penicilina", "reaccion": "urticaria"}],
        "padecimiento_actual": "dolor en hipocondrio derecho de 36 horas, fiebre de 38,4 °C y vómito",
        "laboratorios": {"leucocitos": "15.600/µL", "bilirrubina total": "1,1 mg/dL", "PCR": "96 mg/L"},
        "usg_abdominal": "vesícula con litos, pared de 6 mm, Murphy ecográfico positivo",
        "diagnosticos": [{"cie": "K80.0", "desc": "Colecistitis aguda litiásica"}, {"cie": "E66.9", "desc": "Obesidad"}],
        "cirugia": {"procedimiento": "Colecistectomía laparoscópica", "hallazgos": "vesícula hidrópica",
                    "drenaje": "Drenaje tipo Blake en lecho vesicular, retirado a las 48 horas"},
        "medicamentos": [{"atc": "J01DD04", "nombre": "Ceftriaxona", "dosis": "1 g IV cada 12 horas"},
                         {"atc": "J01XD01", "nombre": "Metronidazol", "dosis": "500 mg IV cada 8 horas"},
                         {"atc": "M01AB15", "nombre": "Ketorolaco", "dosis": "30 mg IV cada 8 horas"}],
        "egreso": {"dias_estancia": 3, "indicaciones": ["dieta blanda baja en grasas", "retiro de puntos en 10 días",
                                                         "paracetamol 500 mg cada 8 horas VO si dolor"]},
    },
    "output": (
        "Ingresa por dolor en hipocondrio derecho de 36 horas, fiebre de 38,4 °C y vómito. Paciente femenina de 48 años "
        "con obesidad (E66.9), alérgica a penicilina. Leucocitos 15.600/µL y PCR 96 mg/L; el USG abdominal muestra "
        "vesícula con litos, pared de 6 mm y Murphy ecográfico positivo. Dx colecistitis aguda litiásica (K80.0). Es "
        "intervenida mediante colecistectomía laparoscópica, con hallazgo de vesícula hidrópica, y se deja drenaje tipo "
        "Blake en lecho vesicular, retirado a las 48 horas. Recibe ceftriaxona (J01DD04) 1 g IV c/12h, metronidazol "
        "(J01XD01) 500 mg IV c/8h y ketorolaco (M01AB15) 30 mg IV c/8h. Egresa a los 3 días con dieta blanda baja en "
        "grasas, paracetamol 500 mg c/8h VO si dolor y retiro de puntos en 10 días."),
    "variants": [
        {"exp": [], "note": "clean: 'alérgica a penicilina' is an allergy, not a drug given"},
        {"exp": [], "out": [("alérgica a penicilina.", "alérgica a penicilina, por lo que no se usa amoxicilina con clavulanato.")],
         "note": "trap clean: drug explicitly not used (spec negation); not a claim"},
        {"exp": ["HAL003"], "out": [("metronidazol (J01XD01) 500 mg IV c/8h", "metronidazol (J01XD01) 500 mg IV c/12h")],
         "note": "metronidazol interval contradicts cada 8 horas (12 exists elsewhere)"},
        {"exp": ["COD004"], "out": [("paracetamol 500 mg c/8h VO", "paracetamol (N02BE01) 500 mg c/8h VO")],
         "note": "ATC added for uncoded input drug"},
        {"exp": ["FMT003"], "full": (
            "Ingresa por dolor en hipocondrio derecho y fiebre. Mujer de 48 años con obesidad (E66.9), alérgica a "
            "penicilina. Dx colecistitis aguda litiásica (K80.0); se realiza colecistectomía laparoscópica. Recibe "
            "ceftriaxona (J01DD04), metronidazol (J01XD01) y ketorolaco (M01AB15). Egresa a los 3 días con dieta blanda."),
         "note": "too short (<80 words)"},
    ],
})

# ---------------------------------------------------------------- B3 Argentina
CASES.append({
    "key": "B3_ar_bypass_bariatrico",
    "setting": "Argentina, clínica privada, Cirugía Bariátrica; fecha de nacimiento, fármaco suspendido",
    "allow_numbers": ["38"],
    "input": {
        "sanatorio": "Clínica privada de cirugía bariátrica, Córdoba, Argentina",
        "servicio": "Cirugía Bariátrica",
        "paciente": {"sexo": "femenino", "fecha_nacimiento": "12/06/1985", "fecha_ingreso": "04/03/2024",
                     "peso": "118 kg", "talla": "1,66 m", "IMC": 42.8},
        "comorbilidades": [{"cie10": "E66.0", "desc": "Obesidad mórbida por exceso de calorías"},
                           {"cie10": "E11.9", "desc": "Diabetes mellitus tipo 2"},
                           {"desc": "Apnea obstructiva del sueño en CPAP nocturna"}],
        "medicacion_previa": [{"atc": "A10BA02", "droga": "Metformina", "dosis": "850 mg cada 12 horas", "estado": "suspendida al alta"}],
        "cirugia": "Bypass gástrico en Y de Roux laparoscópico",
        "complicaciones": "ninguna",
        "estudios_postop": "tránsito esofagogastroduodenal al día 1 sin fugas",
        "medicacion_alta": [
            {"atc": "B01AB05", "droga": "Enoxaparina (Clexane)", "dosis": "40 mg SC cada 24 horas por 10 días"},
            {"atc": "A02BC01", "droga": "Omeprazol", "dosis": "40 mg cada 24 horas VO"},
            {"atc": "A11AA03", "droga": "Multivitamínico con minerales", "dosis": "1 comprimido cada 24 horas"}],
        "glucemias": "en ayunas 104-126 mg/dL sin metformina",
        "dias_internacion": 2,
        "seguimiento": "dieta líquida 2 semanas; control con nutrición y cirugía en 7 días",
    },
    "output": (
        "Ingresa por obesidad mórbida por exceso de calorías (E66.0) para cirugía programada. Paciente de 38 años, 118 "
        "kg, talla 1,66 m e IMC 42,8, con diabetes mellitus tipo 2 (E11.9) y apnea obstructiva del sueño en CPAP "
        "nocturna. Es intervenida mediante bypass gástrico en Y de Roux laparoscópico, sin complicaciones; tránsito "
        "esofagogastroduodenal al día 1 sin fugas. Glucemias en ayunas de 104-126 mg/dL, por lo que se suspende la "
        "metformina (A10BA02) al alta. Tras 2 días de internación egresa con enoxaparina (B01AB05) 40 mg SC c/24h por "
        "10 días, omeprazol (A02BC01) 40 mg/día VO y multivitamínico con minerales (A11AA03) 1 comprimido/día. Dieta "
        "líquida 2 semanas; control con nutrición y cirugía en 7 días."),
    "variants": [
        {"exp": [], "note": "clean: age 38 derived from 12/06/1985 and 04/03/2024; metformina suspended; 'intervenida' agrees with F"},
        {"exp": [], "out": [("egresa con enoxaparina (B01AB05) 40 mg SC", "egresa con Clexane (B01AB05) 40 mg SC")],
         "note": "trap clean: brand Clexane for enoxaparina"},
        {"exp": ["HAL003"], "out": [("enoxaparina (B01AB05) 40 mg SC", "enoxaparina (B01AB05) 40 mg IV")],
         "note": "route IV vs SC"},
        {"exp": ["DEM001"], "out": [("Es intervenida", "Es intervenido")], "note": "masculine participle about the patient; input femenino"},
        {"exp": ["COD002"], "out": [("apnea obstructiva del sueño en CPAP", "apnea obstructiva del sueño (G47.3) en CPAP")],
         "note": "G47.3 added to an uncoded comorbidity; not in input"},
    ],
})

# ---------------------------------------------------------------- B4 Chile
CASES.append({
    "key": "B4_cl_cirrosis_ascitis",
    "setting": "Chile, clínica privada, Hepatología; lista de problemas activos/resueltos",
    "input": {
        "establecimiento": "Clínica privada, Santiago",
        "unidad": "Hepatología / Gastroenterología",
        "paciente": {"sexo": "masculino", "edad": 57},
        "motivo": "aumento del perímetro abdominal y somnolencia de 5 días",
        "lista_problemas": [
            {"codigo": "K70.3", "problema": "Cirrosis hepática alcohólica Child-Pugh C", "estado": "activo"},
            {"codigo": "R18", "problema": "Ascitis a tensión", "estado": "activo"},
            {"codigo": "K72.9", "problema": "Encefalopatía hepática grado 2", "estado": "resuelto"},
            {"codigo": "I85.9", "problema": "Várices esofágicas pequeñas", "estado": "activo"}],
        "liquido_ascitico": "PMN 120/mm3, cultivo negativo: se descarta peritonitis bacteriana espontánea",
        "laboratorio": {"sodio": "131 mEq/L", "bilirrubina": "3,4 mg/dL", "INR": 1.9, "albumina": "2,6 g/dL", "creatinina": "1,0 mg/dL"},
        "procedimientos": ["Paracentesis evacuadora de 6 litros con reposición de albúmina"],
        "tratamiento_alta": [
            {"atc": "A06AD11", "nombre": "Lactulosa", "pauta": "20 mL cada 8 horas VO"},
            {"atc": "A07AA11", "nombre": "Rifaximina", "pauta": "550 mg cada 12 horas VO"},
            {"atc": "C03DA01", "nombre": "Espironolactona", "pauta": "100 mg cada 24 horas VO"},
            {"atc": "C07AA05", "nombre": "Propranolol", "pauta": "20 mg cada 12 horas VO"}],
        "plan": "abstinencia alcohólica; evaluación en comité de trasplante hepático; control en 2 semanas",
    },
    "output": (
        "Ingresa por aumento del perímetro abdominal y somnolencia de 5 días. Varón de 57 años con cirrosis hepática "
        "alcohólica Child-Pugh C (K70.3) y várices esofágicas pequeñas (I85.9), que presenta ascitis a tensión (R18) y "
        "encefalopatía hepática grado 2 (K72.9), ya resuelta. Laboratorio: sodio 131 mEq/L, bilirrubina 3,4 mg/dL, INR "
        "1,9 y albúmina 2,6 g/dL. Se realiza paracentesis evacuadora de 6 litros con reposición de albúmina; el líquido "
        "ascítico con PMN 120/mm3 y cultivo negativo descarta peritonitis bacteriana espontánea. Alta con lactulosa "
        "(A06AD11) 20 mL c/8h, rifaximina (A07AA11) 550 mg c/12h, espironolactona (C03DA01) 100 mg/día y propranolol "
        "(C07AA05) 20 mg c/12h, todos VO. Abstinencia alcohólica, evaluación en comité de trasplante hepático y control "
        "en 2 semanas."),
    "variants": [
        {"exp": [], "note": "clean: PBE ruled out; liver transplant only an evaluation plan"},
        {"exp": [], "out": [("Laboratorio: sodio 131 mEq/L", "Laboratorio: hiponatremia leve con sodio 131 mEq/L")],
         "note": "trap clean: hiponatremia supported by Na 131"},
        {"exp": ["FMT002"], "out": [("Alta con lactulosa", "Alta con <b>lactulosa</b>")], "note": "HTML tags"},
        {"exp": ["COD001"], "out": [("grado 2 (K72.9), ya resuelta", "grado 2 K72.9, ya resuelta")], "note": "CIE-10 code outside parentheses"},
        {"exp": ["COD004"], "out": [("con reposición de albúmina;", "con reposición de albúmina (B05AA01);")],
         "note": "ATC added to uncoded albúmina; not in input"},
        {"exp": ["COD005"], "out": [("que presenta ascitis a tensión (R18)", "que presenta somnolencia (R18)")],
         "note": "R18 is ascitis in the input, labelled somnolencia"},
    ],
})

# ---------------------------------------------------------------- B5 Colombia
CASES.append({
    "key": "B5_co_litiasis_ureteral_militar",
    "setting": "Colombia, hospital militar, Urología; filas [campo, valor]",
    "input": {
        "registro": [
            ["Institución", "Hospital Militar Central, Bogotá"],
            ["Servicio", "Urología"],
            ["Sexo", "Masculino"],
            ["Edad", "44"],
            ["Motivo", "cólico renal derecho de 2 días refractario a analgesia, con fiebre de 38,2 °C"],
            ["Uro-TAC", "cálculo de 9 mm en uréter distal derecho con hidronefrosis grado 2"],
            ["Creatinina", "1,3 mg/dL"],
            ["Leucocitos", "13.800/mm3"],
            ["Diagnóstico", "N20.1 Cálculo del uréter"],
            ["Diagnóstico", "N39.0 Infección de vías urinarias"],
            ["Procedimiento", "Cateterismo ureteral derecho con colocación de catéter doble J"],
            ["Medicamento", "Ceftriaxona J01DD04 1 g IV cada 24 horas"],
            ["Medicamento", "Tamsulosina G04CA02 0,4 mg VO cada 24 horas"],
            ["Medicamento", "Dipirona N02BB02 1 g IV cada 8 horas"],
            ["Egreso", "Cefalexina J01DB01 500 mg VO cada 6 horas por 7 días; ureteroscopia programada en 4 semanas para extracción del cálculo y retiro del doble J"],
        ],
    },
    "output": (
        "Ingresa por cólico renal derecho de 2 días refractario a analgesia, con fiebre de 38,2 °C. Paciente masculino "
        "de 44 años; el uro-TAC evidencia cálculo de 9 mm en uréter distal derecho con hidronefrosis grado 2. "
        "Creatinina 1,3 mg/dL y leucocitos 13.800/mm3. Dx cálculo del uréter (N20.1) con infección de vías urinarias "
        "(N39.0). Se realiza cateterismo ureteral derecho con colocación de catéter doble J. Recibe ceftriaxona "
        "(J01DD04) 1 g IV c/24h, tamsulosina (G04CA02) 0,4 mg VO c/24h y dipirona (N02BB02) 1 g IV c/8h, con buena "
        "evolución. Egresa con cefalexina (J01DB01) 500 mg VO c/6h por 7 días; ureteroscopia programada en 4 semanas "
        "para extracción del cálculo y retiro del doble J."),
    "variants": [
        {"exp": [], "note": "clean: ureteroscopia only programmed (as in input)"},
        {"exp": [], "out": [("y dipirona (N02BB02) 1 g IV c/8h", "y Novalgina (N02BB02) 1 g IV c/8h")],
         "note": "trap clean: brand Novalgina for dipirona (brand not in input; same drug and code)"},
        {"exp": ["HAL004"], "out": [("Se realiza cateterismo ureteral derecho", "Se realiza cateterismo ureteral izquierdo")],
         "note": "procedure side contradicts input"},
        {"exp": ["HAL001"], "out": [("Se realiza cateterismo ureteral derecho con colocación de catéter doble J.",
                                     "Se realiza ureteroscopia derecha con litotricia láser y colocación de catéter doble J.")],
         "note": "ureteroscopy with laser lithotripsy done now: only planned in the input; litotricia absent"},
        {"exp": ["COD003"], "out": [("tamsulosina (G04CA02)", "tamsulosina G04CA02")], "note": "ATC outside parentheses"},
        {"exp": ["CLN001"], "inp": [("Tamsulosina G04CA02 0,4 mg VO", "Levotiroxina H03AA01 100 mcg VO")],
         "out": [("tamsulosina (G04CA02) 0,4 mg VO c/24h", "levotiroxina (H03AA01) 100 mcg VO c/24h")],
         "note": "levotiroxina with no thyroid diagnosis in input (drug replaced in input and output)"},
    ],
})

# ---------------------------------------------------------------- B6 Peru
CASES.append({
    "key": "B6_pe_apendicitis_texto",
    "setting": "Perú, clínica privada, Cirugía General; entrada en texto libre",
    "input": (
        "Clínica privada, Lima. Servicio: Cirugía General. Paciente varón de 19 años. Motivo: dolor abdominal de 18 "
        "horas iniciado en epigastrio y migrado a fosa ilíaca derecha (FID), náuseas, temperatura 37,9 °C. "
        "Laboratorio: leucocitos 15.200/mm3 con 86% de neutrófilos. Ecografía abdominal: apéndice no compresible de 11 "
        "mm. Diagnóstico: K35.8 Apendicitis aguda. Procedimiento: apendicectomía laparoscópica; hallazgo de apéndice "
        "flemonoso sin perforación. Tratamiento: cefazolina J01DB04 2 g IV dosis única profiláctica; ketorolaco M01AB15 "
        "30 mg IV cada 8 horas. Evolución: tolera dieta al día 1, afebril. Alta al día 2 con paracetamol N02BE01 500 mg "
        "VO cada 6 horas por 3 días. Control por consultorio externo en 7 días."),
    "output": (
        "Ingresa por dolor abdominal de 18 horas iniciado en epigastrio y migrado a fosa ilíaca derecha, con náuseas y "
        "temperatura de 37,9 °C. Varón de 19 años. Leucocitos 15.200/mm3 con 86% de neutrófilos; la ecografía abdominal "
        "muestra apéndice no compresible de 11 mm. Dx apendicitis aguda (K35.8). Se realiza apendicectomía "
        "laparoscópica, con apéndice flemonoso sin perforación. Recibe cefazolina (J01DB04) 2 g IV dosis única "
        "profiláctica y ketorolaco (M01AB15) 30 mg IV c/8h. Tolera dieta al día 1 y permanece afebril. Alta al día 2 "
        "con paracetamol (N02BE01) 500 mg VO c/6h por 3 días y control por consultorio externo en 7 días."),
    "variants": [
        {"exp": [], "note": "clean: 'dosis única' restated faithfully"},
        {"exp": [], "out": [("migrado a fosa ilíaca derecha,", "migrado a FID,")], "note": "trap clean: FID abbreviation of fosa ilíaca derecha"},
        {"exp": ["HAL004"], "out": [("migrado a fosa ilíaca derecha", "migrado a fosa ilíaca izquierda")], "note": "side contradicts FID"},
        {"exp": ["HAL002"], "out": [("Leucocitos 15.200/mm3", "Leucocitos 16.200/mm3")], "note": "16.200 appears nowhere in input"},
        {"exp": ["REP001"], "out": [("Se realiza apendicectomía laparoscópica, con apéndice flemonoso sin perforación.",
                                     "Se realiza apendicectomía laparoscópica, con apéndice flemonoso sin perforación. Se realiza apendicectomía laparoscópica, con apéndice flemonoso sin perforación.")],
         "note": "sentence repeated"},
    ],
})

# ---------------------------------------------------------------- B7 Uruguay
CASES.append({
    "key": "B7_uy_rtu_prostata",
    "setting": "Uruguay, sanatorio mutual privado, Urología; lista de dispositivos",
    "input": {
        "institucion": "Sanatorio privado (mutualista), Montevideo",
        "servicio": "Urología",
        "paciente": {"sexo": "masculino", "edad": 72},
        "motivo": "retención aguda de orina recurrente, portador de sonda vesical desde hace 3 semanas",
        "antecedentes": [{"codigo": "I10", "nombre": "Hipertensión arterial"}],
        "diagnostico": {"codigo": "N40", "nombre": "Hiperplasia benigna de próstata", "volumen_prostatico": "65 mL"},
        "procedimiento": "Resección transuretral de próstata (RTU-P)",
        "dispositivos": [{"tipo": "Sonda vesical de 3 vías 22 Fr", "uso": "lavado vesical continuo 48 horas", "retiro": "día 3"}],
        "laboratorio": {"hemoglobina_preop": "14,1 g/dL", "hemoglobina_postop": "12,9 g/dL", "PSA": "3,2 ng/mL", "sodio_postop": "139 mEq/L"},
        "medicacion": [{"atc": "C09CA01", "nombre": "Losartán", "posologia": "50 mg cada 12 horas VO"},
                       {"atc": "J01MA02", "nombre": "Ciprofloxacino", "posologia": "500 mg cada 12 horas VO por 5 días"}],
        "anatomia_patologica": "pendiente",
        "alta": "micción espontánea con residuo de 40 mL; control en policlínica en 30 días con resultado de anatomía patológica",
    },
    "output": (
        "Ingresa por retención aguda de orina recurrente, portador de sonda vesical desde hace 3 semanas. Varón de 72 "
        "años con hipertensión arterial (I10); Dx hiperplasia benigna de próstata (N40) con volumen prostático de 65 mL "
        "y PSA 3,2 ng/mL. Se realiza resección transuretral de próstata (RTU-P), con sonda vesical de 3 vías 22 Fr y "
        "lavado vesical continuo durante 48 horas, retirada al día 3. Hemoglobina preoperatoria 14,1 g/dL y "
        "postoperatoria 12,9 g/dL, sodio 139 mEq/L. Recibe losartán (C09CA01) 50 mg c/12h VO y ciprofloxacino "
        "(J01MA02) 500 mg c/12h VO por 5 días. Alta con micción espontánea y residuo de 40 mL; anatomía patológica "
        "pendiente, control en policlínica en 30 días."),
    "variants": [
        {"exp": [], "note": "clean: RTU-P abbreviation; pathology pending"},
        {"exp": [], "out": [("Varón de 72 años", "Varón septuagenario")], "note": "trap clean: age word consistent with 72"},
        {"exp": ["DEM001"], "out": [("Varón de 72 años", "Varón octogenario")], "note": "age word octogenario contradicts 72"},
        {"exp": [], "out": [("postoperatoria 12,9 g/dL, sodio", "postoperatoria 12,9 g/dL sin requerir transfusión, sodio")],
         "note": "trap clean: negated transfusion"},
        {"exp": ["HAL001"], "out": [("postoperatoria 12,9 g/dL, sodio", "postoperatoria 12,9 g/dL que requirió transfusión, sodio")],
         "note": "transfusion absent from input"},
        {"exp": ["HAL003"], "out": [("losartán (C09CA01) 50 mg c/12h VO", "losartán (C09CA01) 40 mg c/12h VO")],
         "note": "losartán 40 mg vs 50 mg (40 exists in input as residuo)"},
        {"exp": ["COD007"], "inp": [("\"codigo\": \"N40\"", "\"codigo\": \"N55.0\"")], "out": [("(N40)", "(N55.0)")],
         "note": "N55.0 does not exist in ICD-10 (N51 then N60); present in input and output"},
        {"exp": ["FMT001"], "out": [("Ingresa por retención", "Reingresa por retención")], "note": "starts with Reingresa"},
    ],
})
