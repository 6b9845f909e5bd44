from cases_common import add_treat, set_key

S01 = dict(
    id='s01', setting='Argentina, sanatorio privado, cuidados intermedios post-UCI', style='rioplatense, narrativa', schema='nested objects, Spanish keys, cie10/atc keys',
    input={"clinica": "Sanatorio privado, Córdoba, Argentina", "unidad": "Cuidados intermedios (traslado desde UCI)",
           "paciente": {"sexo": "M", "edad": 67},
           "motivo": "fiebre, ictericia y dolor en hipocondrio derecho", "evolucion_previa_dias": 3,
           "antecedentes": [{"cie10": "I10", "descripcion": "Hipertensión arterial"}],
           "medicacion_cronica": [{"atc": "C09AA02", "farmaco": "enalapril", "dosis": "10 mg", "frecuencia": "cada 12 horas"}],
           "estadia_uci": {"dias": 4, "vasopresor": {"atc": "C01CA03", "farmaco": "noradrenalina", "suspension": "día 2"}},
           "laboratorio": {"bilirrubina_total": "6,8 mg/dL", "leucocitos": "18.400/mm3", "lactato": "4,1 mmol/L", "bilirrubina_control": "1,9 mg/dL"},
           "procedimientos": ["CPRE con esfinterotomía endoscópica y extracción de cálculos"],
           "diagnosticos": [{"cie10": "K80.3", "descripcion": "Coledocolitiasis con colangitis"}, {"cie10": "A41.9", "descripcion": "Sepsis, no especificada"}],
           "tratamiento": [{"atc": "J01CR05", "farmaco": "piperacilina/tazobactam", "dosis": "4,5 g", "frecuencia": "cada 6 horas", "via": "endovenosa", "duracion_dias": 7},
                           {"atc": "B01AB05", "farmaco": "enoxaparina", "dosis": "40 mg", "frecuencia": "cada 24 horas", "via": "subcutánea"}],
           "alta": {"evolucion": "afebril, buena tolerancia oral", "control": "consultorio de cirugía en 10 días"}},
    base=("Ingresa por fiebre, ictericia y dolor en hipocondrio derecho de 3 días de evolución, diagnosticándose coledocolitiasis con colangitis (K80.3) "
          "complicada con sepsis (A41.9), en un varón de 67 años con antecedente de hipertensión arterial (I10) en tratamiento con enalapril (C09AA02) 10 mg cada 12 horas. "
          "Permaneció 4 días en UCI con noradrenalina (C01CA03), suspendida al segundo día, y se traslada a la unidad de cuidados intermedios. "
          "Laboratorio de ingreso con bilirrubina total de 6,8 mg/dL, leucocitos de 18.400/mm3 y lactato de 4,1 mmol/L. "
          "Se realiza CPRE con esfinterotomía y extracción de cálculos. "
          "Recibe piperacilina/tazobactam (J01CR05) 4,5 g cada 6 horas endovenoso por 7 días y enoxaparina (B01AB05) 40 mg subcutánea al día como profilaxis. "
          "Evoluciona afebril, con bilirrubina en descenso a 1,9 mg/dL y buena tolerancia oral. Alta a domicilio con control en consultorio de cirugía en 10 días."),
    codes=[('coledocolitiasis con colangitis', 'K80.3'), ('sepsis', 'A41.9'), ('hipertensión arterial', 'I10'), ('enalapril', 'C09AA02'),
           ('noradrenalina', 'C01CA03'), ('piperacilina/tazobactam', 'J01CR05'), ('enoxaparina', 'B01AB05')],
    fake=('A41.9', 'A41.6'), motivo='fiebre, ictericia y dolor en hipocondrio derecho',
    traps=[("Se realiza CPRE con esfinterotomía", "Se realiza colangiopancreatografía retrógrada endoscópica con papilotomía", 'procedure expanded and synonym (papilotomía = esfinterotomía)'),
           ("4,5 g cada 6 horas endovenoso", "4,5 g c/6 h EV", 'dose/frequency/route abbreviated'),
           ("Evoluciona afebril,", "Evoluciona afebril, sin requerir drenaje biliar percutáneo,", 'procedure mentioned as not needed (negation)')],
    plants=[("en un varón de 67 años", "en una mujer de 67 años", ['DEM001'], 'sex flipped (input M)'),
            ("4,5 g cada 6 horas", "4,5 g cada 12 horas", ['HAL003'], 'pip/tazo frequency 12 h vs 6 h; 12 exists elsewhere in input (enalapril), so no HAL002'),
            ("Se realiza CPRE con esfinterotomía y extracción de cálculos.", "Se realiza CPRE con esfinterotomía y extracción de cálculos, y luego colecistectomía laparoscópica.", ['HAL001'], 'invented cholecystectomy'),
            ("lactato de 4,1 mmol/L", "lactato de 5,3 mmol/L", ['HAL002'], 'lactate value not in input')],
)

S02 = dict(
    id='s02', setting='Uruguay, hospital público ASSE, cuidados intermedios tras CTI', style='uruguayo (paraclínica, chuchos, CTI)', schema='flat map, English keys, codes inside free-text strings',
    input={"hospital": "Hospital de Clínicas, Montevideo (ASSE)", "unit": "step-down unit", "sex": "female", "age": 74,
           "chief_complaint": "fiebre, chuchos y dolor lumbar izquierdo",
           "diagnoses": "N13.6 Pionefrosis izquierda por litiasis ureteral; A41.5 Sepsis por gramnegativos (E. coli)",
           "history": "E11.9 Diabetes mellitus tipo 2", "home_meds": "A10BA02 metformina 850 mg cada 12 horas",
           "procedures": "nefrostomía percutánea izquierda (día 1)", "icu_days": 3,
           "labs": "creatinina 2,4 mg/dL -> 1,1 mg/dL; PCR 286 mg/L; urocultivo E. coli sensible a ceftriaxona",
           "treatment": "J01DD04 ceftriaxona 2 g cada 24 horas IV por 10 días",
           "discharge": "alta con nefrostomía, control en policlínica de urología en 2 semanas"},
    base=("Ingresa por fiebre, chuchos y dolor lumbar izquierdo, diagnosticándose pionefrosis izquierda por litiasis ureteral (N13.6) con sepsis por gramnegativos (A41.5) "
          "en paciente de sexo femenino de 74 años, diabética tipo 2 (E11.9) usuaria de metformina (A10BA02) 850 mg cada 12 horas. "
          "Se realiza nefrostomía percutánea izquierda el primer día y permanece 3 días en CTI antes de pasar a cuidados intermedios. "
          "En la paraclínica destaca creatinina de 2,4 mg/dL que desciende a 1,1 mg/dL y PCR de 286 mg/L, con urocultivo positivo a E. coli sensible a ceftriaxona. "
          "Completa ceftriaxona (J01DD04) 2 g cada 24 horas intravenosa por 10 días, con buena respuesta clínica. "
          "Se otorga alta con la nefrostomía funcionante y control en policlínica de urología en 2 semanas para coordinar la resolución de la litiasis."),
    codes=[('pionefrosis izquierda por litiasis ureteral', 'N13.6'), ('sepsis por gramnegativos', 'A41.5'), ('diabética tipo 2', 'E11.9'),
           ('metformina', 'A10BA02'), ('ceftriaxona', 'J01DD04')],
    fake=('A41.5', 'A41.7'), motivo='fiebre, chuchos y dolor lumbar izquierdo',
    traps=[("Se realiza nefrostomía percutánea izquierda", "Se realiza nefrostomía percutánea del lado izquierdo", 'laterality said another way'),
           ("2 g cada 24 horas intravenosa", "2 g/día i.v.", 'frequency and route abbreviated'),
           ("en paciente de sexo femenino de 74 años", "en una señora de setenta y cuatro años, acompañada por su hijo,", 'age in words; male relative')],
    plants=[("Se realiza nefrostomía percutánea izquierda", "Se realiza nefrostomía percutánea derecha", ['HAL004'], 'nephrostomy side flipped'),
            ("de 74 años", "de 47 años", ['DEM001', 'HAL002'], 'age transposed 74->47; 47 not in input so HAL002 too'),
            ("urocultivo positivo a E. coli sensible", "urocultivo positivo a E. coli (B96.2) sensible", ['COD002'], 'real CIE-10 B96.2 added, absent from input'),
            ("con buena respuesta clínica.", "con buena respuesta clínica. Se agrega levotiroxina (H03AA01) 50 mcg al día.", ['CLN001'], 'levothyroxine added to input and output with no thyroid diagnosis',
             lambda inp: {**inp, 'treatment': inp['treatment'] + '; H03AA01 levotiroxina 50 mcg al día'})],
)

S03 = dict(
    id='s03', setting='Chile, hospital regional, UCI a intermedio', style='chileno (glicemia, se va de alta)', schema='list of sections',
    input=[{"seccion": "Identificación", "contenido": "Mujer, 19 años, Hospital Regional de Concepción, Chile; pasa de UCI a intermedio"},
           {"seccion": "Motivo de ingreso", "contenido": "poliuria, vómitos y dolor abdominal de 2 días"},
           {"seccion": "Diagnósticos", "contenido": ["E10.1 Diabetes mellitus tipo 1 con cetoacidosis", "N39.0 Infección del tracto urinario"]},
           {"seccion": "Exámenes", "contenido": {"glicemia": "512 mg/dL", "pH": "7,08", "bicarbonato": "6 mEq/L", "potasio": "3,4 mEq/L", "cetonemia": "positiva"}},
           {"seccion": "Tratamiento", "contenido": ["A10AB01 insulina cristalina en infusión 0,1 UI/kg/h", "B05XA01 cloruro de potasio 20 mEq por litro de suero",
                                                    "J01DC02 cefuroxima 500 mg cada 12 horas oral por 7 días"]},
           {"seccion": "Alta", "contenido": ["A10AE04 insulina glargina 18 UI en la noche", "educación diabetológica", "control con diabetóloga en 7 días"]}],
    base=("Ingresa por poliuria, vómitos y dolor abdominal de 2 días de evolución. Se diagnostica diabetes mellitus tipo 1 con cetoacidosis (E10.1) desencadenada por "
          "infección del tracto urinario (N39.0) en una joven de 19 años. Al ingreso presenta glicemia de 512 mg/dL, pH 7,08, bicarbonato de 6 mEq/L y potasio de 3,4 mEq/L, "
          "con cetonemia positiva. Se maneja en UCI con insulina cristalina (A10AB01) en infusión a 0,1 UI/kg/h, hidratación y cloruro de potasio (B05XA01) 20 mEq por litro de suero, "
          "y luego se traslada a intermedio, donde se cierra la acidosis y se inicia esquema subcutáneo. "
          "La infección urinaria se trata con cefuroxima (J01DC02) 500 mg cada 12 horas oral por 7 días. "
          "Se va de alta con insulina glargina (A10AE04) 18 UI en la noche, educación diabetológica completa y control con su diabetóloga en 7 días."),
    codes=[('diabetes mellitus tipo 1 con cetoacidosis', 'E10.1'), ('infección del tracto urinario', 'N39.0'), ('insulina cristalina', 'A10AB01'),
           ('cloruro de potasio', 'B05XA01'), ('cefuroxima', 'J01DC02'), ('insulina glargina', 'A10AE04')],
    fake=('N39.0', 'N39.5'), motivo='poliuria, vómitos y dolor abdominal',
    traps=[("en una joven de 19 años", "en una paciente de diecinueve años", 'age in words'),
           ("en una joven de 19 años.", "en una joven de 19 años, traída a urgencias por su padre.", 'male relative, patient still female'),
           ("con cetonemia positiva.", "con cetonemia positiva; no se indicó bicarbonato de sodio.", 'drug mentioned as NOT given')],
    plants=[("500 mg cada 12 horas oral", "500 mg cada 8 horas oral", ['HAL003', 'HAL002'], 'cefuroxime frequency 8 h vs 12 h; 8 not in input so HAL002 too'),
            ("en una joven de 19 años", "en un joven de 19 años", ['DEM001'], 'masculine agreement for female patient'),
            ("hidratación y cloruro", "hidratación con bicarbonato de sodio y cloruro", ['HAL001'], 'sodium bicarbonate infusion invented (only a lab value in input)'),
            ("18 UI en la noche,", "18 UI en la noche, sertralina (N06AB06) 50 mg al día,", ['CLN001'], 'sertraline added to input+output without psychiatric diagnosis',
             lambda inp: (inp[5]['contenido'].append('N06AB06 sertralina 50 mg al día'), inp)[1])],
)

S04 = dict(
    id='s04', setting='Perú, EsSalud, unidad de cuidados intermedios', style='peruano (sale de alta, sensorio)', schema='nested, birth date + admission date, labs as objects',
    input={"establecimiento": "Hospital Nacional Edgardo Rebagliati Martins, EsSalud, Lima", "servicio": "Unidad de cuidados intermedios", "genero": "varón",
           "fecha_nacimiento": "12/03/1944", "fecha_ingreso": "02/11/2025", "motivo": "somnolencia, desorientación y poliuria de 5 días",
           "antecedentes": [{"codigo": "I10", "nombre": "Hipertensión esencial"}],
           "medicacion_previa": [{"codigo": "C09CA01", "nombre": "losartán", "dosis": "50 mg cada 12 horas"}],
           "laboratorio": [{"examen": "glucosa", "valor": "948", "unidad": "mg/dL"}, {"examen": "osmolaridad sérica", "valor": "352", "unidad": "mOsm/kg"},
                           {"examen": "sodio corregido", "valor": "158", "unidad": "mEq/L"}, {"examen": "creatinina", "valor": "2,9", "unidad": "mg/dL"}],
           "diagnosticos": [{"codigo": "E11.0", "nombre": "Diabetes mellitus tipo 2 con estado hiperosmolar"}, {"codigo": "N17.9", "nombre": "Insuficiencia renal aguda"}],
           "tratamiento": [{"codigo": "B05XA03", "nombre": "cloruro de sodio 0,9%", "dosis": "1000 mL/h las primeras 2 horas"},
                           {"codigo": "A10AB01", "nombre": "insulina regular", "dosis": "0,05 UI/kg/h en infusión"},
                           {"codigo": "B01AB05", "nombre": "enoxaparina", "dosis": "40 mg subcutánea cada 24 horas"}],
           "alta": {"medicacion": [{"codigo": "A10AC01", "nombre": "insulina NPH", "dosis": "12 UI mañana y 8 UI noche"}],
                    "indicaciones": "paracetamol 1 g condicional a dolor", "creatinina_alta": "1,3 mg/dL", "control": "endocrinología en 14 días"}},
    base=("Ingresa por somnolencia, desorientación y poliuria de 5 días de evolución. Varón de 81 años, hipertenso (I10) en tratamiento con losartán (C09CA01) 50 mg cada 12 horas, "
          "en quien se diagnostica diabetes mellitus tipo 2 con estado hiperosmolar (E11.0) e insuficiencia renal aguda (N17.9). "
          "Exámenes de ingreso: glucosa 948 mg/dL, osmolaridad sérica 352 mOsm/kg, sodio corregido 158 mEq/L y creatinina 2,9 mg/dL. "
          "Se hospitaliza en la unidad de cuidados intermedios, donde recibe cloruro de sodio 0,9% (B05XA03) a 1000 mL/h las primeras 2 horas, insulina regular (A10AB01) "
          "en infusión a 0,05 UI/kg/h y enoxaparina (B01AB05) 40 mg subcutánea cada 24 horas. Recupera progresivamente el sensorio y la función renal, con creatinina de 1,3 mg/dL al alta. "
          "Sale de alta con insulina NPH (A10AC01) 12 UI en la mañana y 8 UI en la noche, y control por endocrinología en 14 días."),
    codes=[('hipertenso', 'I10'), ('losartán', 'C09CA01'), ('diabetes mellitus tipo 2 con estado hiperosmolar', 'E11.0'), ('insuficiencia renal aguda', 'N17.9'),
           ('cloruro de sodio 0,9%', 'B05XA03'), ('insulina regular', 'A10AB01'), ('enoxaparina', 'B01AB05'), ('insulina NPH', 'A10AC01')],
    fake=('N17.9', 'N17.5'), motivo='somnolencia, desorientación y poliuria', num_ok=['81'],
    traps=[("Varón de 81 años", "Paciente masculino de ochenta y un años", 'age (computed from dates) in words'),
           ("creatinina 2,9 mg/dL", "creatinina 2.9 mg/dL", 'decimal point instead of comma'),
           ("insulina regular (A10AB01)", "insulina cristalina (A10AB01)", 'synonym for regular insulin')],
    plants=[("Varón de 81 años", "Varón de 71 años", ['DEM001', 'HAL002'], 'age 71 vs 81 from birth/admission dates; 71 not in input'),
            ("enoxaparina (B01AB05) 40 mg subcutánea cada 24 horas", "enoxaparina (B01AB05) 40 mg subcutánea cada 12 horas", ['HAL003'], 'enoxaparin frequency 12 h vs 24 h; 12 grounded elsewhere'),
            ("e insuficiencia renal aguda (N17.9).", "e insuficiencia renal aguda (N17.9), que requirió una sesión de hemodiálisis.", ['HAL001'], 'invented haemodialysis'),
            ("y control por endocrinología", "paracetamol (N02BE01) 1 g condicional a dolor y control por endocrinología", ['COD004'], 'ATC N02BE01 added; paracetamol is in input but uncoded')],
)

S05 = dict(
    id='s05', setting='Venezuela, IVSS, cuidados intermedios', style='venezolano (egresa, EV)', schema='single free-text string with codes inside',
    input=("Hospital Universitario de Caracas (IVSS), unidad de cuidados intermedios. Paciente masculino de 58 años. Motivo: oliguria, edemas y disnea de 4 días tras cuadro diarreico. "
           "Antecedentes: hipertensión arterial (I10) tratada con amlodipino (C08CA01) 10 mg diario. Diagnósticos: lesión renal aguda (N17.9), hiperpotasemia (E87.5), acidosis metabólica. "
           "Laboratorio: creatinina 8,7 mg/dL, urea 245 mg/dL, potasio 6,9 mEq/L, bicarbonato 12 mEq/L. Procedimiento: instalación de catéter temporal de hemodiálisis en vena yugular interna derecha; "
           "3 sesiones de hemodiálisis. Tratamiento: gluconato de calcio (A12AA03) 10 mL IV, insulina regular con dextrosa, furosemida (C03CA01) 80 mg IV cada 12 horas. "
           "Evolución: recupera diuresis, creatinina al alta 2,1 mg/dL; se retira catéter. Alta: control en nefrología en 7 días."),
    base=("Ingresa por oliguria, edemas y disnea de 4 días de evolución posterior a un cuadro diarreico, en paciente masculino de 58 años con hipertensión arterial (I10) tratada con "
          "amlodipino (C08CA01) 10 mg diario. Se diagnostica lesión renal aguda (N17.9) con hiperpotasemia (E87.5) y acidosis metabólica, con creatinina de 8,7 mg/dL, urea de 245 mg/dL, "
          "potasio de 6,9 mEq/L y bicarbonato de 12 mEq/L. Recibe gluconato de calcio (A12AA03) 10 mL endovenoso, insulina regular con dextrosa y furosemida (C03CA01) 80 mg endovenosa cada 12 horas. "
          "Se instala catéter temporal de hemodiálisis en vena yugular interna derecha y se realizan 3 sesiones de hemodiálisis en la unidad de cuidados intermedios. "
          "Evoluciona con recuperación de la diuresis y creatinina de 2,1 mg/dL al alta, retirándose el catéter. Egresa con control por nefrología en 7 días."),
    codes=[('hipertensión arterial', 'I10'), ('amlodipino', 'C08CA01'), ('lesión renal aguda', 'N17.9'), ('hiperpotasemia', 'E87.5'),
           ('gluconato de calcio', 'A12AA03'), ('furosemida', 'C03CA01')],
    fake=('E87.5', 'E87.9'), motivo='oliguria, edemas y disnea',
    traps=[("en vena yugular interna derecha", "en la yugular interna del lado derecho", 'laterality paraphrased'),
           ("furosemida (C03CA01) 80 mg endovenosa cada 12 horas", "furosemida (C03CA01) 80 mg EV c/12 h", 'route and frequency abbreviated'),
           ("en paciente masculino de 58 años", "en un hombre de cincuenta y ocho años", 'age in words')],
    plants=[("yugular interna derecha", "yugular interna izquierda", ['HAL004'], 'catheter side flipped'),
            ("y acidosis metabólica,", "y acidosis metabólica (E87.2),", ['COD002'], 'E87.2 (real) added for uncoded acidosis; not in input'),
            ("80 mg endovenosa cada 12 horas", "40 mg endovenosa cada 12 horas", ['HAL003', 'HAL002'], 'furosemide 40 mg vs 80 mg; 40 absent from input'),
            ("Recibe gluconato de calcio", "Recibe poliestireno sulfonato cálcico, gluconato de calcio", ['HAL001'], 'invented potassium binder')],
)

S06 = dict(
    id='s06', setting='Cuba, hospital clínico quirúrgico, terapia intermedia', style='cubano (complementarios, proceder, consulta)', schema='nested, codes as object keys',
    input={"datos_generales": {"institucion": "Hospital Clínico Quirúrgico Hermanos Ameijeiras, La Habana", "sala": "Terapia intermedia", "sexo": "masculino", "edad": "45 años"},
           "motivo_ingreso": "melena y dos episodios de hematemesis de 12 horas",
           "impresion_diagnostica": {"K26.4": "Úlcera duodenal sangrante", "D62": "Anemia aguda posthemorrágica"},
           "antecedentes": {"M25.5": "Artralgia de rodilla izquierda"},
           "medicamentos": {"M01AE01": {"nombre": "ibuprofeno", "dosis": "400 mg cada 8 horas", "estado": "suspendido al ingreso"},
                            "A02BC01": {"nombre": "omeprazol", "dosis": "80 mg en bolo, luego 8 mg/h en infusión por 72 horas; después 40 mg cada 12 horas oral"}},
           "complementarios": {"hemoglobina_ingreso": "7,2 g/dL", "hemoglobina_alta": "9,8 g/dL", "urea": "68 mg/dL"},
           "proceder": ["endoscopia digestiva superior: úlcera en cara anterior del bulbo duodenal Forrest IIa", "terapia endoscópica con adrenalina y clips", "transfusión de 2 concentrados de hematíes"],
           "evolucion": "sin resangrado, tolera dieta", "alta": "consulta de gastroenterología en 4 semanas con test de Helicobacter pylori"},
    base=("Ingresa por melena y dos episodios de hematemesis de 12 horas de evolución en paciente masculino de 45 años con artralgia de rodilla izquierda (M25.5) que consumía "
          "ibuprofeno (M01AE01) 400 mg cada 8 horas, suspendido al ingreso. La hemoglobina inicial es de 7,2 g/dL con urea de 68 mg/dL. "
          "Se realiza endoscopia digestiva superior que muestra úlcera en cara anterior del bulbo duodenal Forrest IIa, tratada con adrenalina y clips, con diagnóstico de "
          "úlcera duodenal sangrante (K26.4) y anemia aguda posthemorrágica (D62), que requiere transfusión de 2 concentrados de hematíes. "
          "Recibe omeprazol (A02BC01) 80 mg en bolo seguido de infusión a 8 mg/h por 72 horas en terapia intermedia, pasando luego a 40 mg cada 12 horas por vía oral. "
          "Evoluciona sin resangrado, tolerando la dieta, con hemoglobina de 9,8 g/dL al alta. Seguimiento en consulta de gastroenterología en 4 semanas con test de Helicobacter pylori."),
    codes=[('artralgia de rodilla izquierda', 'M25.5'), ('ibuprofeno', 'M01AE01'), ('úlcera duodenal sangrante', 'K26.4'), ('anemia aguda posthemorrágica', 'D62'), ('omeprazol', 'A02BC01')],
    fake=('K26.4', 'K26.8'), motivo='melena y dos episodios de hematemesis',
    traps=[("Se realiza endoscopia digestiva superior", "Se realiza esofagogastroduodenoscopia", 'procedure synonym'),
           ("Evoluciona sin resangrado,", "Evoluciona sin resangrado y sin necesidad de cirugía,", 'surgery mentioned as not needed'),
           ("La hemoglobina inicial es de 7,2 g/dL", "La Hb inicial es de 7.2 g/dl", 'abbreviation and decimal point')],
    plants=[("artralgia de rodilla izquierda (M25.5)", "artralgia de rodilla derecha (M25.5)", ['HAL004'], 'knee side flipped'),
            ("transfusión de 2 concentrados", "transfusión de 3 concentrados", ['HAL002'], 'number of units 3 not in input'),
            ("en paciente masculino de 45 años", "en paciente femenina de 45 años", ['DEM001'], 'sex flipped'),
            ("40 mg cada 12 horas por vía oral", "40 mg cada 12 horas por vía endovenosa", ['HAL003'], 'omeprazole step-down route oral -> endovenosa')],
)

S07 = dict(
    id='s07', setting='Guatemala, IGSS, cuidados intermedios', style='guatemalteco, telegráfico', schema='nested, English keys, labs as list of strings',
    input={"facility": "IGSS Hospital General de Enfermedades, Ciudad de Guatemala", "ward": "intermediate care", "patient": {"gender": "M", "age_years": 52},
           "presenting_complaint": "aumento del perímetro abdominal y edema de miembros inferiores de 3 semanas",
           "diagnoses": [{"code": "K70.3", "label": "Cirrosis hepática alcohólica descompensada"}, {"code": "E87.1", "label": "Hiponatremia"}],
           "labs": ["sodio 126 mEq/L", "albúmina 2,3 g/dL", "bilirrubina 3,1 mg/dL", "INR 1,8", "líquido ascítico: 120 PMN/mm3"],
           "procedures": ["paracentesis evacuadora de 6 litros guiada por ecografía en flanco izquierdo"],
           "inpatient_meds": [{"atc": "B05AA01", "name": "albúmina humana 20%", "dose": "8 g por litro extraído"},
                              {"atc": "C03DA01", "name": "espironolactona", "dose": "100 mg al día"}, {"atc": "C03CA01", "name": "furosemida", "dose": "40 mg al día"}],
           "discharge_meds": [{"atc": "C07AA05", "name": "propranolol", "dose": "20 mg cada 12 horas"}, {"atc": "A06AD11", "name": "lactulosa", "dose": "15 mL cada 8 horas"}],
           "outcome": "pierde 5 kg, sodio 131 mEq/L al alta", "follow_up": "consulta de hepatología en 15 días; abstinencia de alcohol"},
    base=("Ingresa por aumento del perímetro abdominal y edema de miembros inferiores de 3 semanas de evolución. Hombre de 52 años con cirrosis hepática alcohólica descompensada (K70.3) "
          "e hiponatremia (E87.1), con sodio de 126 mEq/L, albúmina de 2,3 g/dL, bilirrubina de 3,1 mg/dL e INR de 1,8. "
          "Se realiza paracentesis evacuadora de 6 litros guiada por ecografía en flanco izquierdo, con líquido ascítico de 120 PMN/mm3, reponiendo albúmina humana 20% (B05AA01) "
          "8 g por litro extraído. Se indica espironolactona (C03DA01) 100 mg al día y furosemida (C03CA01) 40 mg al día, con pérdida de 5 kg y sodio de 131 mEq/L al alta. "
          "Egresa de la unidad de cuidados intermedios con propranolol (C07AA05) 20 mg cada 12 horas y lactulosa (A06AD11) 15 mL cada 8 horas, abstinencia de alcohol "
          "y consulta de hepatología en 15 días."),
    codes=[('cirrosis hepática alcohólica descompensada', 'K70.3'), ('hiponatremia', 'E87.1'), ('albúmina humana 20%', 'B05AA01'), ('espironolactona', 'C03DA01'),
           ('furosemida', 'C03CA01'), ('propranolol', 'C07AA05'), ('lactulosa', 'A06AD11')],
    fake=('K70.3', 'K70.5'), motivo='aumento del perímetro abdominal y edema de miembros inferiores',
    traps=[("con líquido ascítico de 120 PMN/mm3,", "con líquido ascítico de 120 PMN/mm3, que descarta peritonitis bacteriana espontánea,", 'ruled-out diagnosis'),
           ("Hombre de 52 años", "Paciente varón de cincuenta y dos años", 'age in words'),
           ("propranolol (C07AA05) 20 mg cada 12 horas", "propranolol (C07AA05) 20 mg c/12 h, betabloqueador no selectivo,", 'drug class added, abbreviation')],
    plants=[("en flanco izquierdo", "en flanco derecho", ['HAL004'], 'paracentesis side flipped'),
            ("paracentesis evacuadora de 6 litros", "paracentesis evacuadora de 9 litros", ['HAL002'], 'volume 9 L not in input'),
            ("15 mL cada 8 horas,", "15 mL cada 8 horas, alopurinol (M04AA01) 300 mg al día,", ['CLN001'], 'allopurinol added to input+output without gout/hyperuricaemia',
             lambda inp: (inp['discharge_meds'].append({"atc": "M04AA01", "name": "alopurinol", "dose": "300 mg al día"}), inp)[1]),
            ("Se indica espironolactona", "Se indica terlipresina, espironolactona", ['HAL001'], 'invented terlipressin')],
)

S08 = dict(
    id='s08', setting='República Dominicana, hospital de las Fuerzas Armadas, cuidados intermedios', style='dominicano, frases largas', schema='flat Spanish keys, pipe-separated codes, sex "F"',
    input={"centro": "Hospital Central de las Fuerzas Armadas, Santo Domingo", "area": "Cuidados intermedios", "sexo": "F", "edad": 77,
           "motivo": "disnea súbita, ortopnea y tos con esputo rosado de 6 horas",
           "dx": "I50.1 Edema agudo de pulmón | N18.3 Enfermedad renal crónica estadio 3",
           "signos_ingreso": "PA 210/115 mmHg, FC 118 lpm, SatO2 82% aire ambiente",
           "laboratorio": "NT-proBNP 9800 pg/mL; creatinina 1,7 mg/dL; troponina negativa",
           "soporte": "ventilación no invasiva BiPAP por 36 horas",
           "tratamiento": "C01DA02 nitroglicerina en infusión 10 mcg/min; C03CA01 furosemida 40 mg IV cada 8 horas",
           "alta": "C09AA02 enalapril 5 mg cada 12 horas; C03CA01 furosemida 40 mg oral al día; ecocardiograma: FEVI 35%; control en cardiología en 10 días"},
    base=("Ingresa por disnea súbita, ortopnea y tos con esputo rosado de 6 horas de evolución en una paciente de 77 años con enfermedad renal crónica estadio 3 (N18.3). "
          "A su llegada presenta PA 210/115 mmHg, FC 118 lpm y SatO2 82% a aire ambiente, diagnosticándose edema agudo de pulmón (I50.1). "
          "Se inicia ventilación no invasiva con BiPAP durante 36 horas en cuidados intermedios, nitroglicerina (C01DA02) en infusión a 10 mcg/min y furosemida (C03CA01) "
          "40 mg intravenosa cada 8 horas. El NT-proBNP es de 9800 pg/mL, la creatinina de 1,7 mg/dL y la troponina resulta negativa. El ecocardiograma informa FEVI de 35%. "
          "Mejora la mecánica ventilatoria y se retira el soporte sin complicaciones. Se indica al alta enalapril (C09AA02) 5 mg cada 12 horas y furosemida 40 mg oral al día, "
          "con control en cardiología en 10 días."),
    codes=[('enfermedad renal crónica estadio 3', 'N18.3'), ('edema agudo de pulmón', 'I50.1'), ('nitroglicerina', 'C01DA02'), ('furosemida', 'C03CA01'), ('enalapril', 'C09AA02')],
    fake=('I50.1', 'I50.7'), motivo='disnea súbita, ortopnea y tos con esputo rosado',
    traps=[("y la troponina resulta negativa.", "y la troponina resulta negativa, descartándose síndrome coronario agudo.", 'ruled-out diagnosis'),
           ("en una paciente de 77 años", "en una paciente de 77 años traída por su esposo", 'male relative'),
           ("Se inicia ventilación no invasiva con BiPAP", "Se inicia VMNI con BiPAP", 'NIV abbreviation')],
    plants=[("en una paciente de 77 años", "en un paciente de 77 años", ['DEM001'], 'masculine agreement for female patient'),
            ("40 mg intravenosa cada 8 horas", "40 mg intravenosa cada 12 horas", ['HAL003'], 'furosemide IV frequency 12 h vs 8 h; 12 grounded elsewhere'),
            ("El ecocardiograma informa FEVI de 35%.", "El ecocardiograma informa FEVI de 35% y se realiza coronariografía sin lesiones.", ['HAL001'], 'invented coronary angiography'),
            ("Se indica al alta enalapril", "Se indica al alta levofloxacino (J01MA12) 750 mg al día, enalapril", ['CLN001'], 'levofloxacin added to input+output with no infection diagnosis',
             lambda inp: {**inp, 'alta': 'J01MA12 levofloxacino 750 mg al día; ' + inp['alta']})],
)

SCENARIOS = [S01, S02, S03, S04, S05, S06, S07, S08]
