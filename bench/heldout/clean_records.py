# -*- coding: utf-8 -*-
"""Hand-written CLEAN held-out records (input + epicrisis output).

Each entry: key, note, input (any JSON value), output (string).
Written independently of the project's checks and development corpus.
Every clean output: starts with "Ingresa por", plain prose, 80-200 words,
all input codes written once in parentheses after their name, only real codes,
only entities and numbers present in the input.
"""

CLEAN = []


def rec(key, note, inp, out):
    CLEAN.append({"key": key, "note": note, "input": inp, "output": out})


# c01 hiperkalemia en ERC - objeto con claves en español
rec("c01", "Hiperkalemia en ERC etapa 4; objeto con claves en español",
    {"paciente": {"nombre": "R.M.S.", "sexo": "Masculino", "edad": 71},
     "motivo_consulta": "Debilidad muscular y bradicardia",
     "antecedentes": ["Enfermedad renal crónica etapa 4", "Hipertensión arterial"],
     "diagnosticos": [{"descripcion": "Hiperkalemia", "cie10": "E87.5"},
                      {"descripcion": "Enfermedad renal crónica etapa 4", "cie10": "N18.4"}],
     "examenes": {"potasio_ingreso": "7,1 mEq/L", "potasio_egreso": "4,9 mEq/L",
                  "creatinina": "3,8 mg/dL", "ECG": "ondas T picudas"},
     "tratamiento": [{"farmaco": "Gluconato de calcio", "atc": "A12AA03", "dosis": "10 ml ev"},
                     {"farmaco": "Insulina cristalina con glucosa", "atc": "A10AB01", "dosis": "10 UI ev"},
                     {"farmaco": "Poliestireno sulfonato de calcio", "atc": "V03AE01", "dosis": "15 g c/8h vo"}],
     "suspendidos": ["Losartán"],
     "dias_hospitalizacion": 4,
     "indicaciones_alta": "Dieta baja en potasio, control en policlínico de nefrología con potasio en 1 semana"},
    "Ingresa por debilidad muscular y bradicardia en paciente masculino de 71 años con enfermedad renal crónica etapa 4 (N18.4) e hipertensión arterial. Se constata hiperkalemia (E87.5) con potasio de 7,1 mEq/L, creatinina de 3,8 mg/dL y ondas T picudas en el ECG. Se maneja con gluconato de calcio (A12AA03) 10 ml ev, insulina cristalina (A10AB01) 10 UI ev con glucosa y poliestireno sulfonato de calcio (V03AE01) 15 g cada 8 horas por vía oral. Se suspende losartán por su efecto sobre el potasio. Evoluciona favorablemente, con potasio de egreso de 4,9 mEq/L, completando 4 días de hospitalización. Se indica dieta baja en potasio y control en policlínico de nefrología con potasio en 1 semana.")

# c02 hipoglicemia por sulfonilurea - claves en inglés, códigos sin punto
rec("c02", "Hipoglicemia severa por glibenclamida en ERC; claves en inglés, códigos sin punto",
    {"patient": {"sex": "F", "age": 79},
     "chief_complaint": "Found confused at home by daughter, capillary glucose 38 mg/dL",
     "history": "Type 2 diabetes on glibenclamide 5 mg twice daily, chronic kidney disease stage 3",
     "diagnoses": [{"name": "Hipoglicemia severa", "icd10": "E162"},
                   {"name": "Diabetes mellitus tipo 2", "icd10": "E119"},
                   {"name": "Enfermedad renal crónica etapa 3", "icd10": "N183"}],
     "meds": [{"name": "Glucosa 30% bolo y suero glucosado 10%", "atc": "B05BA03"},
              {"name": "Glibenclamida", "atc": "A10BB01", "status": "suspendida"},
              {"name": "Linagliptina 5 mg/día", "atc": "A10BH05", "status": "indicada al alta"}],
     "labs": {"glucose_admission": "38 mg/dL", "creatinine": "1,9 mg/dL", "HbA1c": "6,4%"},
     "course": "Recurrent hypoglycemia first 24 h requiring glucose infusion; stable after 48 h without infusion",
     "los_days": 3},
    "Ingresa por cuadro confusional en paciente femenina de 79 años, encontrada confusa en su domicilio por su hija con glicemia capilar de 38 mg/dL. Tiene antecedente de diabetes mellitus tipo 2 (E11.9) en tratamiento con glibenclamida (A10BB01) 5 mg dos veces al día y enfermedad renal crónica etapa 3 (N18.3) con creatinina de 1,9 mg/dL. Se diagnostica hipoglicemia severa (E16.2) y se administra bolo de glucosa (B05BA03) al 30% seguido de suero glucosado al 10%, presentando hipoglicemias recurrentes durante las primeras 24 horas que requieren infusión continua. Tras 48 horas sin infusión se mantiene estable, con HbA1c de 6,4%. Se suspende glibenclamida en forma definitiva y se indica linagliptina (A10BH05) 5 mg al día. Alta tras 3 días de hospitalización.")

# c03 abstinencia alcohólica con delirium - claves abreviadas, códigos en línea
rec("c03", "Síndrome de abstinencia alcohólica con delirium; claves abreviadas con códigos en línea",
    {"pac": "Hombre, 52 años",
     "mc": "Temblor, sudoración y alucinaciones visuales 36 h después de suspender consumo de alcohol",
     "dg": ["Síndrome de abstinencia alcohólica con delirium (F10.4)", "Hipomagnesemia (E83.4)",
            "Hepatopatía crónica por alcohol en estudio"],
     "tto": ["Lorazepam 2 mg ev c/6h según escala CIWA-Ar (N05BA06)", "Tiamina 300 mg ev/día (A11DA01)",
             "Sulfato de magnesio 2 g ev (A12CC02)"],
     "lab": "Mg 1,2 mg/dL, GGT 410 U/L, plaquetas 98.000",
     "evol": "Disminución progresiva de lorazepam, sin convulsiones, CIWA-Ar menor a 8 al día 5",
     "alta": "Día 6. Derivación a programa de alcohol y drogas. Tiamina oral 100 mg/día"},
    "Ingresa por temblor, sudoración y alucinaciones visuales 36 horas después de suspender el consumo de alcohol en hombre de 52 años. Se diagnostica síndrome de abstinencia alcohólica con delirium (F10.4) e hipomagnesemia (E83.4), con magnesio de 1,2 mg/dL, GGT de 410 U/L y plaquetas de 98.000, quedando en estudio una hepatopatía crónica por alcohol. Se maneja con lorazepam (N05BA06) 2 mg ev cada 6 horas según escala CIWA-Ar, tiamina (A11DA01) 300 mg ev al día y sulfato de magnesio (A12CC02) 2 g ev. Evoluciona con disminución progresiva de lorazepam, sin convulsiones, alcanzando CIWA-Ar menor a 8 al día 5. Se da de alta el día 6 con tiamina oral 100 mg al día y derivación a programa de alcohol y drogas.")

# c04 derrame pleural paraneumónico - lista de filas campo/valor, J90X y J189
rec("c04", "Derrame pleural paraneumónico complicado con pleurostomía; filas campo/valor, relleno X y códigos sin punto",
    [["Campo", "Valor"],
     ["Sexo", "Femenino"],
     ["Edad", "63"],
     ["Motivo de ingreso", "Disnea progresiva y fiebre de 5 días"],
     ["Diagnóstico principal", "Derrame pleural paraneumónico complicado derecho - J90X"],
     ["Diagnóstico secundario", "Neumonía adquirida en la comunidad - J189"],
     ["Comorbilidad", "Hipotiroidismo - E039"],
     ["Procedimiento", "Toracocentesis diagnóstica; pleurostomía derecha"],
     ["Líquido pleural", "pH 7,08; LDH 1250 U/L; glucosa 35 mg/dL"],
     ["Antibiótico", "Ampicilina/sulbactam 3 g c/6h ev - J01CR01"],
     ["Fármaco crónico", "Levotiroxina 75 mcg/día - H03AA01"],
     ["Evolución", "Retiro de pleurostomía al día 6, radiografía de control con reexpansión pulmonar"],
     ["Días de estadía", "9"],
     ["Indicación de alta", "Amoxicilina/ácido clavulánico 875/125 mg c/12h hasta completar 21 días - J01CR02"]],
    "Ingresa por disnea progresiva y fiebre de 5 días de evolución en paciente femenina de 63 años con antecedente de hipotiroidismo (E03.9) en tratamiento con levotiroxina (H03AA01) 75 mcg al día. Se diagnostica neumonía adquirida en la comunidad (J18.9) que evoluciona con derrame pleural paraneumónico complicado derecho (J90). La toracocentesis diagnóstica muestra pH de 7,08, LDH de 1250 U/L y glucosa de 35 mg/dL, por lo que se instala pleurostomía derecha. Recibe ampicilina/sulbactam (J01CR01) 3 g cada 6 horas ev. Se retira la pleurostomía al día 6 y la radiografía de control muestra reexpansión pulmonar. Tras 9 días de estadía se da de alta con amoxicilina/ácido clavulánico (J01CR02) 875/125 mg cada 12 horas hasta completar 21 días.")

# c05 obstrucción intestinal por bridas - texto libre
rec("c05", "Obstrucción intestinal por bridas, manejo conservador; input texto libre",
    "Paciente masculino de 68 años, antecedente de colectomía por cáncer de colon hace 6 años. Consulta por dolor abdominal cólico, vómitos y ausencia de deposiciones de 3 días. TAC de abdomen: obstrucción de intestino delgado con punto de transición, sin signos de sufrimiento de asas. Diagnósticos: Obstrucción intestinal por bridas (K56.5); Hipertensión arterial (I10X). Manejo: régimen cero, sonda nasogástrica a caída libre con débito de 900 ml el primer día, hidratación ev, ondansetrón 4 mg ev c/8h (A04AA01), omeprazol 40 mg ev/día (A02BC01), enalapril 10 mg c/12h (C09AA02) reiniciado al tolerar vía oral. Prueba con contraste hidrosoluble con paso a colon a las 24 horas. Tolera régimen liviano al día 4. Alta al día 5, control con cirugía en 2 semanas.",
    "Ingresa por dolor abdominal cólico, vómitos y ausencia de deposiciones de 3 días en paciente masculino de 68 años con antecedente de colectomía por cáncer de colon hace 6 años e hipertensión arterial (I10). La TAC de abdomen muestra obstrucción de intestino delgado con punto de transición, sin signos de sufrimiento de asas, diagnosticándose obstrucción intestinal por bridas (K56.5). Se maneja con régimen cero, sonda nasogástrica a caída libre con débito de 900 ml el primer día, hidratación ev, ondansetrón (A04AA01) 4 mg ev cada 8 horas y omeprazol (A02BC01) 40 mg ev al día. La prueba con contraste hidrosoluble demuestra paso a colon a las 24 horas. Tolera régimen liviano al día 4 y se reinicia enalapril (C09AA02) 10 mg cada 12 horas. Alta al día 5 con control con cirugía en 2 semanas.")

# c06 diverticulitis - anidado ingreso/estudio/evolucion/egreso
rec("c06", "Diverticulitis aguda de sigmoides con flegmón; input anidado con evolución por días",
    {"ingreso": {"fecha": "2025-02-14", "paciente": {"sexo": "F", "edad": 58},
                 "motivo": "Dolor en fosa ilíaca izquierda y fiebre 38,4 °C"},
     "estudio": {"TAC abdomen y pelvis": "Diverticulitis de colon sigmoides con flegmón, sin absceso ni aire libre",
                 "laboratorio": {"leucocitos": 14800, "PCR": "156 mg/L"}},
     "diagnosticos": {"principal": {"nombre": "Diverticulitis aguda de colon sigmoides", "codigo": "K57.3"},
                      "otros": [{"nombre": "Obesidad", "codigo": "E66.9"}]},
     "tratamiento": {"antibioticos": [{"nombre": "Ciprofloxacino", "atc": "J01MA02", "posologia": "400 mg c/12h ev"},
                                      {"nombre": "Metronidazol", "atc": "J01XD01", "posologia": "500 mg c/8h ev"}],
                     "otros": ["Paracetamol 1 g c/8h ev"]},
     "evolucion": [{"dia": 2, "nota": "Afebril, dolor en disminución"},
                   {"dia": 4, "nota": "PCR 48 mg/L, tolera dieta blanda, paso a vía oral"}],
     "egreso": {"fecha": "2025-02-18",
                "indicaciones": "Ciprofloxacino 500 mg c/12h y metronidazol 500 mg c/8h vo hasta completar 10 días; colonoscopía en 6 semanas"}},
    "Ingresa por dolor en fosa ilíaca izquierda y fiebre de 38,4 °C en paciente femenina de 58 años con obesidad (E66.9). La TAC de abdomen y pelvis muestra diverticulitis de colon sigmoides con flegmón, sin absceso ni aire libre, con leucocitos de 14800 y PCR de 156 mg/L, confirmándose diverticulitis aguda de colon sigmoides (K57.3). Se inicia ciprofloxacino (J01MA02) 400 mg cada 12 horas ev y metronidazol (J01XD01) 500 mg cada 8 horas ev, junto con paracetamol 1 g cada 8 horas. Al día 2 está afebril y con menor dolor, y al día 4 presenta PCR de 48 mg/L, tolera dieta blanda y pasa a vía oral. Egresa el 2025-02-18 con ciprofloxacino 500 mg cada 12 horas y metronidazol 500 mg cada 8 horas por vía oral hasta completar 10 días, y colonoscopía en 6 semanas.")

# c07 colangitis aguda - objeto español, lista de diagnósticos con código en línea
rec("c07", "Colangitis aguda por coledocolitiasis, CPRE, anticoagulado con apixabán; objeto español",
    {"sexo": "masculino", "edad": 84,
     "motivo_consulta": "Ictericia, fiebre con calofríos y dolor en hipocondrio derecho",
     "diagnosticos_egreso": ["Colangitis aguda (K83.0)", "Coledocolitiasis (K80.5)", "Fibrilación auricular crónica (I48.2)"],
     "examenes": "Bilirrubina total 6,8 mg/dL, fosfatasa alcalina 540 U/L, leucocitos 18200, hemocultivos positivos para Escherichia coli. Ecografía abdominal: vía biliar dilatada, colédoco de 11 mm",
     "procedimientos": ["CPRE con papilotomía y extracción de cálculos"],
     "farmacos": [{"nombre": "Piperacilina/tazobactam 4,5 g c/8h ev", "atc": "J01CR05"},
                  {"nombre": "Apixabán 2,5 mg c/12h", "atc": "B01AF02", "obs": "suspendido 48 h para CPRE y reiniciado"}],
     "evolucion": "Afebril a las 48 h post CPRE, bilirrubina de egreso 1,4 mg/dL",
     "alta": "Completar 7 días de antibiótico con ciprofloxacino 500 mg c/12h vo. Evaluación por cirugía para colecistectomía electiva."},
    "Ingresa por ictericia, fiebre con calofríos y dolor en hipocondrio derecho en paciente masculino de 84 años con fibrilación auricular crónica (I48.2) en tratamiento con apixabán (B01AF02) 2,5 mg cada 12 horas. Presenta bilirrubina total de 6,8 mg/dL, fosfatasa alcalina de 540 U/L, leucocitos de 18200 y hemocultivos positivos para Escherichia coli, con ecografía abdominal que muestra vía biliar dilatada y colédoco de 11 mm. Se diagnostica colangitis aguda (K83.0) secundaria a coledocolitiasis (K80.5) y se inicia piperacilina/tazobactam (J01CR05) 4,5 g cada 8 horas ev. Se suspende apixabán por 48 horas para realizar CPRE con papilotomía y extracción de cálculos, reiniciándose posteriormente. Evoluciona afebril a las 48 horas post CPRE, con bilirrubina de egreso de 1,4 mg/dL. Se indica completar 7 días de antibiótico con ciprofloxacino 500 mg cada 12 horas por vía oral y evaluación por cirugía para colecistectomía electiva.")

# c08 endocarditis tricuspídea - claves en inglés, code null
rec("c08", "Endocarditis tricuspídea por SAMS en usuario de drogas ev; claves en inglés, un diagnóstico sin código",
    {"patient": {"gender": "male", "age_years": 45},
     "reason_for_admission": "Fiebre de 2 semanas, baja de peso y soplo nuevo",
     "history": ["Usuario de drogas intravenosas", "Hepatitis C crónica (B18.2)"],
     "final_diagnoses": [{"dx": "Endocarditis infecciosa aguda de válvula tricúspide", "code": "I33.0"},
                         {"dx": "Bacteriemia por Staphylococcus aureus meticilino sensible", "code": "B95.6"},
                         {"dx": "Embolias sépticas pulmonares", "code": None}],
     "studies": ["Hemocultivos 3 de 3 positivos para SAMS",
                 "Ecocardiograma transesofágico: vegetación de 14 mm en válvula tricúspide",
                 "TAC de tórax: nódulos cavitados bilaterales"],
     "treatment": [{"drug": "Cloxacilina", "atc": "J01CF02", "dose": "2 g c/4h ev", "duration": "6 semanas"}],
     "course": "Hemocultivos de control negativos al día 4. Afebril desde el día 6. Traslado a hospitalización domiciliaria para completar antibiótico.",
     "los": "18 días"},
    "Ingresa por fiebre de 2 semanas, baja de peso y soplo nuevo en paciente masculino de 45 años, usuario de drogas intravenosas y con hepatitis C crónica (B18.2). Los hemocultivos resultan 3 de 3 positivos, configurando bacteriemia por Staphylococcus aureus meticilino sensible (B95.6), y el ecocardiograma transesofágico muestra una vegetación de 14 mm en la válvula tricúspide, diagnosticándose endocarditis infecciosa aguda de válvula tricúspide (I33.0). La TAC de tórax evidencia nódulos cavitados bilaterales compatibles con embolias sépticas pulmonares. Se trata con cloxacilina (J01CF02) 2 g cada 4 horas ev, con hemocultivos de control negativos al día 4 y afebril desde el día 6. Tras 18 días de hospitalización se traslada a hospitalización domiciliaria para completar 6 semanas de cloxacilina.")

# c09 meningitis neumocócica
rec("c09", "Meningitis neumocócica con dexametasona; objeto español con lista de exámenes",
    {"identificacion": {"sexo": "F", "edad": "34 años"},
     "motivo_ingreso": "Cefalea intensa, fiebre y rigidez de nuca de 24 horas",
     "examenes": ["Punción lumbar: LCR turbio, 2400 leucocitos/mm3 con 90% polimorfonucleares, glucosa 18 mg/dL, proteínas 245 mg/dL",
                  "Gram de LCR: diplococos grampositivos",
                  "Cultivo de LCR: Streptococcus pneumoniae sensible a ceftriaxona",
                  "TAC de cerebro sin contraste normal"],
     "diagnosticos": [{"glosa": "Meningitis neumocócica", "cie10": "G00.1"}],
     "tratamiento": [{"medicamento": "Dexametasona", "codigo_atc": "H02AB02", "dosis": "10 mg c/6h ev por 4 días"},
                     {"medicamento": "Ceftriaxona", "codigo_atc": "J01DD04", "dosis": "2 g c/12h ev por 10 días"},
                     {"medicamento": "Vancomicina", "codigo_atc": "J01XA01", "dosis": "15 mg/kg c/8h ev",
                      "obs": "suspendida al conocer sensibilidad"}],
     "evolucion": "Sin déficit neurológico focal. Audiometría de control normal.",
     "estadia_dias": 11},
    "Ingresa por cefalea intensa, fiebre y rigidez de nuca de 24 horas de evolución en paciente femenina de 34 años. La TAC de cerebro sin contraste es normal y la punción lumbar muestra LCR turbio con 2400 leucocitos/mm3, 90% de polimorfonucleares, glucosa de 18 mg/dL y proteínas de 245 mg/dL, con Gram de diplococos grampositivos. El cultivo de LCR informa Streptococcus pneumoniae sensible a ceftriaxona, confirmándose meningitis neumocócica (G00.1). Recibe dexametasona (H02AB02) 10 mg cada 6 horas ev por 4 días, ceftriaxona (J01DD04) 2 g cada 12 horas ev por 10 días y vancomicina (J01XA01) 15 mg/kg cada 8 horas ev, esta última suspendida al conocer la sensibilidad. Evoluciona sin déficit neurológico focal y con audiometría de control normal. Alta tras 11 días de estadía.")

# c10 cetoacidosis diabética - texto libre
rec("c10", "Cetoacidosis diabética en DM1 por suspensión de insulina; texto libre",
    "Mujer de 23 años con diabetes mellitus tipo 1 diagnosticada a los 12 años, usuaria de insulina glargina 20 UI/noche. Consulta por vómitos, dolor abdominal y polidipsia de 2 días tras suspender insulina. Glicemia 486 mg/dL, pH 7,12, bicarbonato 8 mEq/L, cetonemia positiva, potasio 5,6 mEq/L. Dg: Cetoacidosis diabética (E10.1). Manejo en UTI: suero fisiológico 0,9% 1000 ml/h la primera hora, insulina cristalina en infusión 0,1 UI/kg/h (A10AB01), cloruro de potasio (A12BA01) al bajar potasio a 4,8. Cierre de brecha aniónica a las 18 horas. Reinicio de insulina glargina 20 UI (A10AE04) más insulina cristalina según esquema. Educación por enfermera de diabetes. Alta al 4° día.",
    "Ingresa por vómitos, dolor abdominal y polidipsia de 2 días tras suspender la insulina en paciente femenina de 23 años con diabetes mellitus tipo 1 usuaria de insulina glargina (A10AE04) 20 UI por la noche. Presenta glicemia de 486 mg/dL, pH de 7,12, bicarbonato de 8 mEq/L, cetonemia positiva y potasio de 5,6 mEq/L, diagnosticándose cetoacidosis diabética (E10.1). Se maneja en UTI con suero fisiológico 0,9% a 1000 ml/h la primera hora, insulina cristalina (A10AB01) en infusión a 0,1 UI/kg/h y cloruro de potasio (A12BA01) al descender el potasio a 4,8. La brecha aniónica se cierra a las 18 horas, reiniciándose insulina glargina 20 UI más insulina cristalina según esquema. Recibe educación por enfermera de diabetes y se da de alta al 4° día.")

# c11 hipercalcemia por mieloma - claves abreviadas, fármacos como filas
rec("c11", "Hipercalcemia por mieloma múltiple con LRA; claves abreviadas, códigos sin paréntesis, fármacos como filas",
    {"sx": "M", "ed": 66,
     "mc": "Constipación, poliuria y somnolencia de 1 semana",
     "dx": ["Hipercalcemia E83.5", "Mieloma múltiple C90.0", "Lesión renal aguda N17.9"],
     "lab": {"Ca": "14,2 mg/dL", "Ca_alta": "10,1 mg/dL", "Crea": "2,3 mg/dL", "Crea_alta": "1,5 mg/dL",
             "Hb": "9,8 g/dL", "electroforesis": "peak monoclonal IgG"},
     "rx": [["Suero fisiológico", "200 ml/h ev", ""],
            ["Ácido zoledrónico", "4 mg ev dosis única", "M05BA08"],
            ["Calcitonina", "4 UI/kg c/12h sc por 48 h", "H05BA01"]],
     "proc": ["Mielograma", "Radiografía de cráneo: lesiones líticas"],
     "plan": "Derivación a hematología para inicio de quimioterapia. 8 días hospitalizado."},
    "Ingresa por constipación, poliuria y somnolencia de 1 semana de evolución en paciente masculino de 66 años. Se constata hipercalcemia (E83.5) con calcio de 14,2 mg/dL y lesión renal aguda (N17.9) con creatinina de 2,3 mg/dL, además de hemoglobina de 9,8 g/dL. La electroforesis muestra peak monoclonal IgG y la radiografía de cráneo evidencia lesiones líticas, por lo que se realiza mielograma, con diagnóstico de mieloma múltiple (C90.0). Se maneja con suero fisiológico a 200 ml/h ev, ácido zoledrónico (M05BA08) 4 mg ev en dosis única y calcitonina (H05BA01) 4 UI/kg cada 12 horas subcutánea por 48 horas. Evoluciona con calcio de 10,1 mg/dL y creatinina de 1,5 mg/dL al alta, tras 8 días de hospitalización. Se deriva a hematología para inicio de quimioterapia.")

# c12 crisis tirotóxica - lista de objetos campo/valor
rec("c12", "Crisis tirotóxica en enfermedad de Graves; lista de objetos campo/valor",
    [{"campo": "sexo", "valor": "femenino"},
     {"campo": "edad", "valor": "41"},
     {"campo": "motivo de consulta", "valor": "Palpitaciones, fiebre 39,2 °C, agitación y diarrea"},
     {"campo": "antecedentes", "valor": "Enfermedad de Graves sin tratamiento desde hace 6 meses"},
     {"campo": "diagnóstico", "valor": "Crisis tirotóxica (E05.5)"},
     {"campo": "diagnóstico", "valor": "Taquicardia sinusal"},
     {"campo": "laboratorio", "valor": "TSH < 0,01 mUI/L, T4 libre 6,2 ng/dL"},
     {"campo": "puntaje Burch-Wartofsky", "valor": "65"},
     {"campo": "tratamiento", "valor": "Propiltiouracilo 200 mg c/4h vo (H03BA02)"},
     {"campo": "tratamiento", "valor": "Propranolol 40 mg c/6h vo (C07AA05)"},
     {"campo": "tratamiento", "valor": "Hidrocortisona 100 mg c/8h ev (H02AB09)"},
     {"campo": "tratamiento", "valor": "Lugol 5 gotas c/6h, iniciado 1 hora después del propiltiouracilo"},
     {"campo": "evolución", "valor": "Frecuencia cardiaca de 148 a 92 lpm en 72 horas, afebril"},
     {"campo": "alta", "valor": "Día 7, cambio a tiamazol 20 mg c/8h, control con endocrinología"}],
    "Ingresa por palpitaciones, fiebre de 39,2 °C, agitación y diarrea en paciente femenina de 41 años con enfermedad de Graves sin tratamiento desde hace 6 meses. Presenta taquicardia sinusal, TSH menor a 0,01 mUI/L y T4 libre de 6,2 ng/dL, con puntaje de Burch-Wartofsky de 65, diagnosticándose crisis tirotóxica (E05.5). Se trata con propiltiouracilo (H03BA02) 200 mg cada 4 horas vo, propranolol (C07AA05) 40 mg cada 6 horas vo e hidrocortisona (H02AB09) 100 mg cada 8 horas ev, agregándose lugol 5 gotas cada 6 horas iniciado 1 hora después del propiltiouracilo. Evoluciona afebril y con descenso de la frecuencia cardiaca de 148 a 92 lpm en 72 horas. Se da de alta al día 7 con cambio a tiamazol 20 mg cada 8 horas y control con endocrinología.")

# c13 anafilaxia por mariscos - claves en inglés, meds como strings con código
rec("c13", "Anafilaxia por mariscos en asmático; claves en inglés, medicamentos como strings con código",
    {"demographics": {"sex": "M", "age": 29},
     "presenting_complaint": "Urticaria generalizada, edema labial, disnea e hipotensión 20 minutos después de ingerir mariscos",
     "vitals_on_arrival": {"BP": "78/40 mmHg", "HR": 124, "SpO2": "89%"},
     "diagnoses": ["Anafilaxia por alimentos (T78.0)", "Asma bronquial (J45.9)"],
     "medications": ["Adrenalina 0,5 mg im (C01CA24), 2 dosis", "Clorfenamina 10 mg ev (R06AB04)",
                     "Hidrocortisona 200 mg ev (H02AB09)", "Salbutamol 4 puff c/20 min (R03AC02)"],
     "observation": "Hospitalizado 24 horas en intermedio por riesgo de reacción bifásica, sin recurrencia",
     "discharge": "Autoinyector de adrenalina, evitar mariscos, derivación a inmunología"},
    "Ingresa por urticaria generalizada, edema labial, disnea e hipotensión 20 minutos después de ingerir mariscos en paciente masculino de 29 años con asma bronquial (J45.9). Al ingreso presenta presión arterial de 78/40 mmHg, frecuencia cardiaca de 124 y saturación de 89%, configurándose anafilaxia por alimentos (T78.0). Recibe adrenalina (C01CA24) 0,5 mg intramuscular en 2 dosis, clorfenamina (R06AB04) 10 mg ev, hidrocortisona (H02AB09) 200 mg ev y salbutamol (R03AC02) 4 puff cada 20 minutos. Se hospitaliza 24 horas en intermedio por riesgo de reacción bifásica, sin recurrencia de los síntomas. Se indica al alta autoinyector de adrenalina, evitar mariscos y derivación a inmunología.")

# c14 neumonía COVID-19 - anidado español
rec("c14", "Neumonía por COVID-19 con alto flujo; objeto anidado en español (U07.1)",
    {"datos_paciente": {"sexo": "masculino", "edad": 76,
                        "comorbilidades": [{"nombre": "Hipertensión arterial", "codigo": "I10"},
                                           {"nombre": "Diabetes mellitus tipo 2", "codigo": "E11.9"}]},
     "cuadro": "Fiebre, tos seca y disnea de 7 días. PCR SARS-CoV-2 positiva. SpO2 86% ambiental.",
     "imagenes": "TAC de tórax: vidrio esmerilado bilateral, compromiso estimado 40%",
     "diagnostico_principal": {"nombre": "Neumonía por COVID-19", "codigo": "U07.1"},
     "manejo": [{"farmaco": "Dexametasona", "atc": "H02AB02", "dosis": "6 mg/día ev por 10 días"},
                {"farmaco": "Enoxaparina", "atc": "B01AB05", "dosis": "40 mg sc/día"},
                {"farmaco": "Losartán", "atc": "C09CA01", "dosis": "50 mg c/12h"},
                {"farmaco": "Metformina", "atc": "A10BA02", "dosis": "850 mg c/12h",
                 "obs": "suspendida durante hospitalización, reiniciada al alta"},
                {"soporte": "Oxígeno por cánula nasal de alto flujo, máximo FiO2 50%"}],
     "evolucion": "Destete de oxígeno al día 9. Glicemias hasta 280 mg/dL por corticoides, manejadas con insulina según esquema.",
     "alta": {"dia": 10, "indicaciones": "Kinesioterapia respiratoria ambulatoria, control en 2 semanas"}},
    "Ingresa por fiebre, tos seca y disnea de 7 días en paciente masculino de 76 años con hipertensión arterial (I10) y diabetes mellitus tipo 2 (E11.9). Presenta saturación de 86% ambiental, PCR para SARS-CoV-2 positiva y TAC de tórax con vidrio esmerilado bilateral con compromiso estimado de 40%, diagnosticándose neumonía por COVID-19 (U07.1). Requiere oxígeno por cánula nasal de alto flujo con FiO2 máxima de 50% y recibe dexametasona (H02AB02) 6 mg al día ev por 10 días y enoxaparina (B01AB05) 40 mg sc al día. Se mantiene losartán (C09CA01) 50 mg cada 12 horas y se suspende metformina (A10BA02) 850 mg cada 12 horas durante la hospitalización, presentando glicemias hasta 280 mg/dL por corticoides, manejadas con insulina según esquema. Se logra destete de oxígeno al día 9 y se da de alta al día 10 con metformina reiniciada, kinesioterapia respiratoria ambulatoria y control en 2 semanas.")

# c15 fractura de cadera - objeto español con cie10 null
rec("c15", "Fractura de cuello femoral con artroplastia parcial en adulta mayor; objeto español, un diagnóstico sin código",
    {"paciente": {"sexo": "F", "edad": 87, "procedencia": "ELEAM"},
     "motivo_consulta": "Caída a nivel en su residencia con dolor e impotencia funcional de cadera izquierda",
     "diagnosticos": [{"dg": "Fractura del cuello del fémur izquierdo", "cie10": "S72.0"},
                      {"dg": "Osteoporosis", "cie10": "M81.9"},
                      {"dg": "Demencia mixta leve", "cie10": None}],
     "cirugia": "Artroplastia parcial de cadera izquierda a las 36 horas del ingreso",
     "medicamentos": [{"nombre": "Paracetamol", "dosis": "1 g c/8h", "atc": "N02BE01"},
                      {"nombre": "Tramadol", "dosis": "50 mg c/8h", "atc": "N02AX02"},
                      {"nombre": "Enoxaparina", "dosis": "40 mg/día sc por 35 días", "atc": "B01AB05"},
                      {"nombre": "Colecalciferol", "dosis": "100.000 UI dosis única", "atc": "A11CC05"}],
     "laboratorio": {"Hb_postop": "9,6 g/dL", "vitamina_D": "12 ng/mL"},
     "evolucion": "Sedestación al día 1 postoperatorio, marcha con andador asistida por kinesiología al día 3. Sin delirium.",
     "dias_estadia": 6},
    "Ingresa por caída a nivel en su residencia con dolor e impotencia funcional de cadera izquierda en paciente femenina de 87 años procedente de ELEAM, con demencia mixta leve y osteoporosis (M81.9). Se diagnostica fractura del cuello del fémur izquierdo (S72.0) y se realiza artroplastia parcial de cadera izquierda a las 36 horas del ingreso. Recibe paracetamol (N02BE01) 1 g cada 8 horas, tramadol (N02AX02) 50 mg cada 8 horas y enoxaparina (B01AB05) 40 mg sc al día. Con vitamina D de 12 ng/mL se administra colecalciferol (A11CC05) 100.000 UI en dosis única. La hemoglobina postoperatoria es de 9,6 g/dL. Logra sedestación al día 1 postoperatorio y marcha con andador asistida por kinesiología al día 3, sin delirium. Alta al completar 6 días de estadía, con enoxaparina hasta completar 35 días.")

# c16 HDA en paciente con acenocumarol - inglés anidado
rec("c16", "Hemorragia digestiva alta por úlcera gástrica en paciente con acenocumarol e INR elevado; inglés anidado",
    {"patient": {"sex": "female", "age": 74},
     "admission": {"complaint": "Melena de 2 días y lipotimia", "vitals": {"BP": "92/54", "HR": 112},
                   "labs": {"Hb": "6,9 g/dL", "INR": "4,8", "BUN": "62 mg/dL"}},
     "background": [{"condition": "Fibrilación auricular permanente", "icd10": "I48.2",
                     "treatment": {"drug": "Acenocumarol", "atc": "B01AA07"}},
                    {"condition": "Artrosis de rodilla", "icd10": "M17.9",
                     "treatment": {"drug": "Ibuprofeno por automedicación"}}],
     "diagnoses": [{"description": "Úlcera gástrica crónica con hemorragia", "icd10": "K25.4"},
                   {"description": "Sobreanticoagulación"}],
     "interventions": ["Endoscopía digestiva alta: úlcera de antro Forrest IIb, escleroterapia con adrenalina y clip",
                       "Transfusión de 2 unidades de glóbulos rojos"],
     "drugs_given": [{"drug": "Vitamina K", "atc": "B02BA01", "dose": "10 mg ev"},
                     {"drug": "Omeprazol", "atc": "A02BC01", "dose": "80 mg ev en bolo y luego 40 mg c/12h ev"}],
     "discharge": {"day": 5, "Hb": "8,9 g/dL",
                   "plan": "Omeprazol 40 mg c/12h vo por 8 semanas, suspender ibuprofeno, reiniciar acenocumarol al día 7 post endoscopía con control de INR, endoscopía de control"}},
    "Ingresa por melena de 2 días y lipotimia en paciente femenina de 74 años con fibrilación auricular permanente (I48.2) en tratamiento con acenocumarol (B01AA07) y artrosis de rodilla (M17.9) con uso de ibuprofeno por automedicación. Al ingreso presenta presión arterial de 92/54, frecuencia cardiaca de 112, hemoglobina de 6,9 g/dL, INR de 4,8 y BUN de 62 mg/dL. Recibe vitamina K (B02BA01) 10 mg ev, omeprazol (A02BC01) 80 mg ev en bolo seguido de 40 mg cada 12 horas ev y transfusión de 2 unidades de glóbulos rojos. La endoscopía digestiva alta muestra úlcera de antro Forrest IIb, diagnosticándose úlcera gástrica crónica con hemorragia (K25.4) en contexto de sobreanticoagulación, tratada con escleroterapia con adrenalina y clip. Se da de alta al día 5 con hemoglobina de 8,9 g/dL, omeprazol 40 mg cada 12 horas vo por 8 semanas, suspensión de ibuprofeno, reinicio de acenocumarol al día 7 post endoscopía con control de INR y endoscopía de control.")

# c17 pielonefritis aguda no embarazada - texto libre con N10X
rec("c17", "Pielonefritis aguda en mujer no embarazada (test negativo); texto libre con relleno X",
    "Sexo: F. Edad: 36. Motivo: fiebre 39,5 °C, calofríos, disuria y dolor lumbar derecho de 48 horas. Examen: puño percusión derecha positiva. Lab: leucocitos 17300, PCR 210 mg/L, creatinina 0,8 mg/dL, test de embarazo negativo. Urocultivo: E. coli > 100.000 UFC/ml sensible a ceftriaxona, resistente a ciprofloxacino. Ecografía renal: sin dilatación de vía urinaria. Dg egreso: Pielonefritis aguda (N10X). Tto: ceftriaxona 1 g c/24h ev (J01DD04) por 3 días, luego cefadroxilo 500 mg c/12h vo (J01DB05) hasta completar 10 días. Paracetamol 1 g c/8h SOS. Alta día 3 afebril.",
    "Ingresa por fiebre de 39,5 °C, calofríos, disuria y dolor lumbar derecho de 48 horas de evolución en paciente femenina de 36 años, con puño percusión derecha positiva. El laboratorio muestra leucocitos de 17300, PCR de 210 mg/L y creatinina de 0,8 mg/dL, con test de embarazo negativo. El urocultivo informa E. coli sobre 100.000 UFC/ml sensible a ceftriaxona y resistente a ciprofloxacino, y la ecografía renal no muestra dilatación de la vía urinaria, confirmándose pielonefritis aguda (N10). Recibe ceftriaxona (J01DD04) 1 g cada 24 horas ev por 3 días y paracetamol 1 g cada 8 horas SOS. Se da de alta al día 3 afebril, con cefadroxilo (J01DB05) 500 mg cada 12 horas vo hasta completar 10 días.")

# c18 hiponatremia por tiazidas - claves abreviadas mínimas
rec("c18", "Hiponatremia severa asociada a tiazidas; claves abreviadas de una letra, HTA con I10X",
    {"pcte": {"s": "F", "e": 82},
     "mc": "Confusión, náuseas y 2 caídas en la última semana",
     "antec": "HTA (I10X) en tto con hidroclorotiazida 25 mg/día (C03AA03) y amlodipino 5 mg/día (C08CA01)",
     "dg": "Hiponatremia hipotónica severa (E87.1) asociada a tiazidas",
     "lab": "Na 116 mEq/L, osm plasmática 242 mOsm/kg, Na urinario 54 mEq/L, TSH y cortisol normales",
     "tto": "Suero salino hipertónico 3% 100 ml en bolo (B05XA03), luego restricción hídrica; suspensión de hidroclorotiazida",
     "evol": "Na 122 a las 24 h, 131 al alta; resolución de la confusión",
     "alta": "Día 6. Amlodipino 10 mg/día. Control de Na en 1 semana."},
    "Ingresa por confusión, náuseas y 2 caídas en la última semana en paciente femenina de 82 años con HTA (I10X) en tratamiento con hidroclorotiazida (C03AA03) 25 mg al día y amlodipino (C08CA01) 5 mg al día. Presenta sodio de 116 mEq/L, osmolalidad plasmática de 242 mOsm/kg y sodio urinario de 54 mEq/L, con TSH y cortisol normales, diagnosticándose hiponatremia hipotónica severa (E87.1) asociada a tiazidas. Recibe suero salino hipertónico (B05XA03) al 3% 100 ml en bolo y luego restricción hídrica, suspendiéndose la hidroclorotiazida. Evoluciona con sodio de 122 a las 24 horas y 131 al alta, con resolución de la confusión. Alta al día 6 con amlodipino 10 mg al día y control de sodio en 1 semana.")

# c19 celulitis de pierna - pares [campo, valor] sin cabecera
rec("c19", "Celulitis de pierna en diabético con intertrigo; pares campo/valor sin cabecera",
    [["sexo", "masculino"], ["edad", "57"],
     ["motivo", "Eritema, calor y dolor en pierna derecha de 3 días con fiebre"],
     ["antecedentes", "Diabetes mellitus tipo 2 (E11.9), insuficiencia venosa crónica"],
     ["diagnóstico", "Celulitis de pierna derecha (L03.1)"],
     ["puerta de entrada", "Intertrigo interdigital"],
     ["laboratorio", "PCR 98 mg/L, leucocitos 13100, glicemia 212 mg/dL"],
     ["ecografía doppler", "Sin trombosis venosa profunda"],
     ["tratamiento", "Cefazolina 1 g c/8h ev (J01DB04) por 4 días; cefadroxilo 500 mg c/12h vo (J01DB05) hasta 10 días; clotrimazol crema (D01AC01) para intertrigo; metformina 850 mg c/12h (A10BA02)"],
     ["evolución", "Regresión del eritema demarcado, afebril al día 2"],
     ["alta", "Día 5"]],
    "Ingresa por eritema, calor y dolor en pierna derecha de 3 días asociado a fiebre en paciente masculino de 57 años con diabetes mellitus tipo 2 (E11.9) en tratamiento con metformina (A10BA02) 850 mg cada 12 horas e insuficiencia venosa crónica. Presenta PCR de 98 mg/L, leucocitos de 13100 y glicemia de 212 mg/dL, con ecografía doppler sin trombosis venosa profunda, diagnosticándose celulitis de pierna derecha (L03.1) con intertrigo interdigital como puerta de entrada. Recibe cefazolina (J01DB04) 1 g cada 8 horas ev por 4 días y clotrimazol (D01AC01) en crema para el intertrigo. Evoluciona afebril al día 2 con regresión del eritema demarcado. Se da de alta al día 5 con cefadroxilo (J01DB05) 500 mg cada 12 horas vo hasta completar 10 días.")

# c20 EPOC exacerbado con VMNI
rec("c20", "EPOC exacerbado con insuficiencia respiratoria global y BiPAP; objeto español con lista de tratamientos",
    {"sexo": "M", "edad": 69,
     "motivo_consulta": "Aumento de disnea y de expectoración purulenta de 4 días",
     "antecedentes": "EPOC GOLD 3, tabaquismo de 45 paquetes/año, usuario de oxígeno domiciliario nocturno",
     "gases_ingreso": "pH 7,31; pCO2 58 mmHg; pO2 52 mmHg",
     "diagnosticos": [{"nombre": "Enfermedad pulmonar obstructiva crónica con exacerbación aguda", "codigo": "J44.1"},
                      {"nombre": "Insuficiencia respiratoria aguda global", "codigo": "J96.0"}],
     "tratamiento_hospitalario": [{"nombre": "Salbutamol", "codigo": "R03AC02", "via": "nebulizado c/4h"},
                                  {"nombre": "Bromuro de ipratropio", "codigo": "R03BB01", "via": "nebulizado c/6h"},
                                  {"nombre": "Prednisona", "codigo": "H02AB07", "dosis": "40 mg/día por 5 días"},
                                  {"nombre": "Amoxicilina/ácido clavulánico", "codigo": "J01CR02", "dosis": "875/125 mg c/12h por 7 días"},
                                  {"nombre": "Ventilación mecánica no invasiva", "detalle": "BiPAP por 36 horas"}],
     "evolucion": "pCO2 46 mmHg al retiro de BiPAP",
     "alta": "Día 7, salmeterol/fluticasona 50/500 mcg c/12h, rehabilitación pulmonar"},
    "Ingresa por aumento de disnea y de expectoración purulenta de 4 días en paciente masculino de 69 años con EPOC GOLD 3, tabaquismo de 45 paquetes/año y oxígeno domiciliario nocturno. Los gases de ingreso muestran pH 7,31, pCO2 58 mmHg y pO2 52 mmHg, diagnosticándose enfermedad pulmonar obstructiva crónica con exacerbación aguda (J44.1) e insuficiencia respiratoria aguda global (J96.0). Requiere ventilación mecánica no invasiva con BiPAP por 36 horas, con pCO2 de 46 mmHg al retiro. Recibe salbutamol (R03AC02) nebulizado cada 4 horas, bromuro de ipratropio (R03BB01) nebulizado cada 6 horas, prednisona (H02AB07) 40 mg al día por 5 días y amoxicilina/ácido clavulánico (J01CR02) 875/125 mg cada 12 horas por 7 días. Se da de alta al día 7 con salmeterol/fluticasona 50/500 mcg cada 12 horas y derivación a rehabilitación pulmonar.")

# c21 insuficiencia cardiaca descompensada - inglés con claves cortas
rec("c21", "Insuficiencia cardiaca descompensada con FEVI reducida; claves en inglés abreviadas",
    {"pt": {"sex": "male", "age": 81},
     "cc": "Disnea de esfuerzo progresiva hasta ortopnea, edema de extremidades inferiores, aumento de 6 kg de peso",
     "pmh": ["Cardiopatía coronaria (I25.9)", "Hipertensión arterial"],
     "dx": [{"label": "Insuficiencia cardiaca congestiva descompensada", "icd": "I50.0"}],
     "workup": {"NT-proBNP": "8450 pg/mL", "ecocardiograma": "FEVI 30%, hipoquinesia anterior",
                "radiografía de tórax": "congestión pulmonar y derrame pleural bilateral pequeño"},
     "rx": [{"name": "Furosemida", "atc": "C03CA01", "sig": "40 mg c/12h ev"},
            {"name": "Bisoprolol", "atc": "C07AB07", "sig": "2,5 mg/día"},
            {"name": "Espironolactona", "atc": "C03DA01", "sig": "25 mg/día"},
            {"name": "Ácido acetilsalicílico", "atc": "B01AC06", "sig": "100 mg/día"},
            {"name": "Atorvastatina", "atc": "C10AA05", "sig": "40 mg/día"}],
     "course": "Balance negativo, baja de 5 kg, sin ortopnea al día 5",
     "dc": "Alta día 6 con furosemida 40 mg/día vo, control de peso diario, consulta en unidad de insuficiencia cardiaca en 7 días"},
    "Ingresa por disnea de esfuerzo progresiva hasta ortopnea, edema de extremidades inferiores y aumento de 6 kg de peso en paciente masculino de 81 años con cardiopatía coronaria (I25.9) e hipertensión arterial. Presenta NT-proBNP de 8450 pg/mL, radiografía de tórax con congestión pulmonar y derrame pleural bilateral pequeño, y ecocardiograma con FEVI de 30% e hipoquinesia anterior, diagnosticándose insuficiencia cardiaca congestiva descompensada (I50.0). Se trata con furosemida (C03CA01) 40 mg cada 12 horas ev, bisoprolol (C07AB07) 2,5 mg al día y espironolactona (C03DA01) 25 mg al día, manteniendo ácido acetilsalicílico (B01AC06) 100 mg al día y atorvastatina (C10AA05) 40 mg al día. Logra balance negativo con baja de 5 kg y sin ortopnea al día 5. Se da de alta al día 6 con furosemida 40 mg al día vo, control de peso diario y consulta en unidad de insuficiencia cardiaca en 7 días.")

# c22 FA paroxística de reciente diagnóstico - paciente como string
rec("c22", "FA paroxística de reciente diagnóstico con respuesta rápida; demografía como string, códigos con guion",
    {"paciente": "Mujer de 67 años",
     "motivo": "Palpitaciones y disnea de 12 horas",
     "ecg_ingreso": "Fibrilación auricular con respuesta ventricular de 148 lpm",
     "diagnosticos": ["Fibrilación auricular paroxística de reciente diagnóstico - I48.0",
                      "Hipertiroidismo subclínico descartado",
                      "Hipertensión arterial - I10"],
     "examenes": {"TSH": "1,8 mUI/L", "ecocardiograma": "aurícula izquierda dilatada 44 mm, FEVI 60%"},
     "score": "CHA2DS2-VASc 3",
     "tratamiento": [{"f": "Bisoprolol", "atc": "C07AB07", "d": "5 mg/día"},
                     {"f": "Apixabán", "atc": "B01AF02", "d": "5 mg c/12h"},
                     {"f": "Enalapril", "atc": "C09AA02", "d": "10 mg c/12h"}],
     "evolucion": "Conversión espontánea a ritmo sinusal a las 30 horas",
     "alta": "Día 3, control con cardiología y Holter en 1 mes"},
    "Ingresa por palpitaciones y disnea de 12 horas en paciente femenina de 67 años con hipertensión arterial (I10). El ECG de ingreso muestra fibrilación auricular con respuesta ventricular de 148 lpm, diagnosticándose fibrilación auricular paroxística de reciente diagnóstico (I48.0). El ecocardiograma muestra aurícula izquierda dilatada de 44 mm con FEVI de 60% y la TSH es de 1,8 mUI/L. Con CHA2DS2-VASc de 3 se inicia apixabán (B01AF02) 5 mg cada 12 horas, además de bisoprolol (C07AB07) 5 mg al día para control de frecuencia, manteniendo enalapril (C09AA02) 10 mg cada 12 horas. Presenta conversión espontánea a ritmo sinusal a las 30 horas. Alta al día 3 con control con cardiología y Holter en 1 mes.")

# c23 TEP + TVP - texto libre
rec("c23", "Tromboembolismo pulmonar con TVP poplítea postoperatoria; texto libre",
    "Hombre 59 años. Consulta por disnea súbita y dolor torácico pleurítico. Antecedente de cirugía de rodilla hace 3 semanas. FC 118 lpm, SpO2 90%. Dímero D 4,2 mg/L. AngioTAC de tórax: tromboembolismo pulmonar bilateral segmentario. Ecocardiograma sin disfunción de ventrículo derecho. Troponina normal. Diagnósticos: Tromboembolismo pulmonar (I26.9), Trombosis venosa profunda poplítea izquierda (I80.2) confirmada por ecografía doppler. Tratamiento: enoxaparina 1 mg/kg c/12h sc (B01AB05) por 3 días, luego rivaroxabán 15 mg c/12h por 21 días y luego 20 mg/día (B01AF01) por 3 meses. Alta al día 4.",
    "Ingresa por disnea súbita y dolor torácico pleurítico en paciente masculino de 59 años con antecedente de cirugía de rodilla hace 3 semanas. Presenta frecuencia cardiaca de 118 lpm, saturación de 90% y dímero D de 4,2 mg/L. La angioTAC de tórax muestra tromboembolismo pulmonar bilateral segmentario, configurándose tromboembolismo pulmonar (I26.9), y la ecografía doppler confirma trombosis venosa profunda poplítea izquierda (I80.2). El ecocardiograma no muestra disfunción de ventrículo derecho y la troponina es normal. Recibe enoxaparina (B01AB05) 1 mg/kg cada 12 horas sc por 3 días, cambiándose luego a rivaroxabán (B01AF01) 15 mg cada 12 horas por 21 días y posteriormente 20 mg al día hasta completar 3 meses. Alta al día 4.")

# c24 pancreatitis biliar - anidado profundo
rec("c24", "Pancreatitis aguda biliar leve; input anidado en 'episodio' con lista de estudios",
    {"episodio": {"paciente": {"sexo": "femenino", "edad": 48},
                  "ingreso": {"sintomas": ["dolor epigástrico intenso irradiado en faja", "vómitos"],
                              "lipasa": "3200 U/L", "PCR_48h": "165 mg/L"},
                  "estudios": [{"tipo": "Ecografía abdominal", "resultado": "colelitiasis múltiple, colédoco 6 mm"},
                               {"tipo": "TAC de abdomen a las 72 horas", "resultado": "pancreatitis edematosa, sin necrosis"}],
                  "diagnosticos": [{"texto": "Pancreatitis aguda biliar leve", "cod": "K85.1"},
                                   {"texto": "Colelitiasis", "cod": "K80.2"}],
                  "terapia": [{"nombre": "Ringer lactato", "detalle": "hidratación 250 ml/h"},
                              {"nombre": "Morfina", "atc": "N02AA01", "detalle": "2 mg ev c/4h SOS"},
                              {"nombre": "Ondansetrón", "atc": "A04AA01", "detalle": "4 mg ev c/8h"}],
                  "evolucion": "Realimentación oral al día 3 bien tolerada",
                  "egreso": {"dia": 5, "plan": "Colecistectomía laparoscópica programada en 4 semanas"}}},
    "Ingresa por dolor epigástrico intenso irradiado en faja y vómitos en paciente femenina de 48 años, con lipasa de 3200 U/L. La ecografía abdominal muestra colelitiasis (K80.2) múltiple con colédoco de 6 mm, diagnosticándose pancreatitis aguda biliar leve (K85.1). Se maneja con hidratación con ringer lactato a 250 ml/h, morfina (N02AA01) 2 mg ev cada 4 horas SOS y ondansetrón (A04AA01) 4 mg ev cada 8 horas. La PCR a las 48 horas es de 165 mg/L y la TAC de abdomen a las 72 horas muestra pancreatitis edematosa sin necrosis. Presenta realimentación oral bien tolerada al día 3. Se da de alta al día 5 con colecistectomía laparoscópica programada en 4 semanas.")

# c25 encefalopatía hepática - abreviado
rec("c25", "Encefalopatía hepática grado 2 por constipación en cirrosis alcohólica; claves abreviadas",
    {"id_pac": {"sx": "M", "edad": 61},
     "mc": "Somnolencia, desorientación y asterixis de 2 días",
     "dg": ["Cirrosis hepática alcohólica Child-Pugh C (K70.3)", "Encefalopatía hepática grado 2 (K72.9)", "Constipación (K59.0)"],
     "desencadenante": "constipación de 5 días, sin infección (paracentesis diagnóstica con 80 PMN/mm3)",
     "lab": "amonio 142 ug/dL, Na 133 mEq/L, bilirrubina 3,4 mg/dL, INR 1,9",
     "tto": ["Lactulosa 30 ml c/8h vo (A06AD11) titulada a 2-3 deposiciones/día", "Rifaximina 550 mg c/12h (A07AA11)", "Enema evacuante"],
     "evol": "Lúcido al día 3",
     "alta": "Día 4. Abstinencia alcohólica, evaluación por equipo de trasplante hepático"},
    "Ingresa por somnolencia, desorientación y asterixis de 2 días en paciente masculino de 61 años con cirrosis hepática alcohólica Child-Pugh C (K70.3). Se diagnostica encefalopatía hepática grado 2 (K72.9) desencadenada por constipación (K59.0) de 5 días, descartándose infección mediante paracentesis diagnóstica con 80 PMN/mm3. Presenta amonio de 142 ug/dL, sodio de 133 mEq/L, bilirrubina de 3,4 mg/dL e INR de 1,9. Se trata con enema evacuante, lactulosa (A06AD11) 30 ml cada 8 horas vo titulada a 2-3 deposiciones al día y rifaximina (A07AA11) 550 mg cada 12 horas. Evoluciona lúcido al día 3. Alta al día 4 con indicación de abstinencia alcohólica y evaluación por equipo de trasplante hepático.")

# c26 peritonitis bacteriana espontánea
rec("c26", "Peritonitis bacteriana espontánea en cirrosis por esteatohepatitis; objeto plano español",
    {"sexo": "F", "edad": 55,
     "motivo": "Aumento de volumen abdominal, fiebre y dolor abdominal difuso",
     "antecedentes": [{"dg": "Cirrosis hepática secundaria a esteatohepatitis no alcohólica", "cie10": "K74.6"},
                      {"dg": "Diabetes mellitus tipo 2", "cie10": "E11.9"}],
     "paracentesis": "Líquido ascítico con 620 PMN/mm3, cultivo positivo para Klebsiella pneumoniae",
     "diagnosticos": [{"dg": "Peritonitis bacteriana espontánea", "cie10": "K65.0"}, {"dg": "Ascitis", "cie10": "R18"}],
     "tratamiento": [{"med": "Cefotaxima", "atc": "J01DD01", "dosis": "2 g c/8h ev por 5 días"},
                     {"med": "Albúmina 20%", "atc": "B05AA01", "dosis": "1,5 g/kg el día 1 y 1 g/kg el día 3"},
                     {"med": "Insulina NPH", "atc": "A10AC01", "dosis": "12 UI/día"}],
     "control": "Paracentesis de control a las 48 h con 180 PMN/mm3",
     "alta": "Día 7, profilaxis secundaria con ciprofloxacino 500 mg/día, espironolactona 100 mg/día, furosemida 40 mg/día"},
    "Ingresa por aumento de volumen abdominal, fiebre y dolor abdominal difuso en paciente femenina de 55 años con cirrosis hepática secundaria a esteatohepatitis no alcohólica (K74.6) y diabetes mellitus tipo 2 (E11.9) usuaria de insulina NPH (A10AC01) 12 UI al día. Se constata ascitis (R18) y la paracentesis muestra líquido ascítico con 620 PMN/mm3 y cultivo positivo para Klebsiella pneumoniae, diagnosticándose peritonitis bacteriana espontánea (K65.0). Recibe cefotaxima (J01DD01) 2 g cada 8 horas ev por 5 días y albúmina (B05AA01) al 20% 1,5 g/kg el día 1 y 1 g/kg el día 3. La paracentesis de control a las 48 horas muestra 180 PMN/mm3. Alta al día 7 con profilaxis secundaria con ciprofloxacino 500 mg al día, espironolactona 100 mg al día y furosemida 40 mg al día.")

# c27 estado epiléptico
rec("c27", "Estado de mal epiléptico por abandono de valproato; claves en inglés, alta anidada",
    {"patient_info": {"sex": "M", "age": 38},
     "history_of_present_illness": "Epilepsia focal con generalización secundaria, abandono de ácido valproico hace 2 semanas. Presenta 3 crisis tónico-clónicas sin recuperar conciencia entre ellas.",
     "diagnoses": [{"name": "Estado de mal epiléptico tónico-clónico", "icd10": "G41.0"}, {"name": "Epilepsia", "icd10": "G40.9"}],
     "emergency_treatment": ["Lorazepam 4 mg ev (N05BA06)", "Levetiracetam carga 60 mg/kg ev (N03AX14)"],
     "studies": ["TAC de cerebro: sin lesiones agudas",
                 "Electroencefalograma: actividad epileptiforme frontal izquierda sin estado eléctrico",
                 "CK 1890 U/L"],
     "course": "Intubación por 24 horas en UCI, extubado sin complicaciones",
     "discharge": {"day": 5, "meds": ["Levetiracetam 1000 mg c/12h", "Ácido valproico 500 mg c/12h (N03AG01)"],
                   "notes": "No conducir, control con neurología"}},
    "Ingresa por 3 crisis tónico-clónicas sin recuperación de conciencia entre ellas en paciente masculino de 38 años con epilepsia (G40.9) focal con generalización secundaria, que abandonó el ácido valproico (N03AG01) hace 2 semanas. Se diagnostica estado de mal epiléptico tónico-clónico (G41.0) y recibe lorazepam (N05BA06) 4 mg ev y carga de levetiracetam (N03AX14) 60 mg/kg ev, requiriendo intubación por 24 horas en UCI con extubación sin complicaciones. La TAC de cerebro no muestra lesiones agudas, el electroencefalograma muestra actividad epileptiforme frontal izquierda sin estado eléctrico y la CK es de 1890 U/L. Alta al día 5 con levetiracetam 1000 mg cada 12 horas y ácido valproico 500 mg cada 12 horas, con indicación de no conducir y control con neurología.")

# c28 ACV isquémico con trombólisis
rec("c28", "Infarto cerebral con trombólisis y FA no conocida; objeto español",
    {"paciente": {"sexo": "masculino", "edad": 73},
     "motivo_consulta": "Hemiparesia derecha y afasia de inicio brusco, 90 minutos de evolución",
     "escala_NIHSS": {"ingreso": 14, "alta": 4},
     "imagenes": ["TAC de cerebro sin signos de hemorragia",
                  "AngioTAC: oclusión de arteria cerebral media izquierda segmento M2"],
     "diagnosticos": [{"nombre": "Infarto cerebral", "cie10": "I63.9"},
                      {"nombre": "Fibrilación auricular no conocida", "cie10": "I48.9"},
                      {"nombre": "Dislipidemia", "cie10": "E78.5"}],
     "tratamiento": [{"farmaco": "Alteplasa", "atc": "B01AD02", "dosis": "0,9 mg/kg ev"},
                     {"farmaco": "Atorvastatina", "atc": "C10AA05", "dosis": "80 mg/día"},
                     {"farmaco": "Apixabán", "atc": "B01AF02", "dosis": "5 mg c/12h, iniciado al día 6"}],
     "evolucion": "Holter con fibrilación auricular paroxística. Evaluación fonoaudiológica con disfagia leve resuelta.",
     "alta": {"dia": 8, "destino": "rehabilitación ambulatoria con kinesiología y fonoaudiología"}},
    "Ingresa por hemiparesia derecha y afasia de inicio brusco con 90 minutos de evolución en paciente masculino de 73 años, con NIHSS de 14 al ingreso. La TAC de cerebro no muestra signos de hemorragia y la angioTAC evidencia oclusión de la arteria cerebral media izquierda en segmento M2, diagnosticándose infarto cerebral (I63.9) y recibiendo alteplasa (B01AD02) 0,9 mg/kg ev. Se indica atorvastatina (C10AA05) 80 mg al día por dislipidemia (E78.5). El Holter muestra fibrilación auricular (I48.9) no conocida, por lo que se inicia apixabán (B01AF02) 5 mg cada 12 horas al día 6. La evaluación fonoaudiológica detecta disfagia leve que se resuelve. Alta al día 8 con NIHSS de 4 y rehabilitación ambulatoria con kinesiología y fonoaudiología.")

# c29 intoxicación por paracetamol - texto libre
rec("c29", "Intoxicación por paracetamol con intento suicida y episodio depresivo; texto libre",
    "Femenina, 19 años. Ingesta voluntaria de 20 comprimidos de paracetamol 500 mg hace 6 horas con fines suicidas. Nivel de paracetamol a las 6 horas: 182 ug/mL, sobre línea de tratamiento del nomograma. GPT inicial 34 U/L, máxima 96 U/L. INR 1,1. Diagnósticos: Intoxicación por paracetamol (T39.1), Episodio depresivo moderado (F32.1). Tratamiento: N-acetilcisteína ev en esquema de 21 horas (V03AB23). Evaluada por psiquiatría: se inicia sertralina 50 mg/día (N06AB06). Alta al día 3 con derivación a COSAM y control en 1 semana.",
    "Ingresa por ingesta voluntaria de 20 comprimidos de paracetamol de 500 mg con fines suicidas, 6 horas antes de la consulta, en paciente femenina de 19 años. El nivel de paracetamol a las 6 horas es de 182 ug/mL, sobre la línea de tratamiento del nomograma, configurándose intoxicación por paracetamol (T39.1). Recibe N-acetilcisteína (V03AB23) ev en esquema de 21 horas, con GPT inicial de 34 U/L y máxima de 96 U/L e INR de 1,1. Es evaluada por psiquiatría, que diagnostica episodio depresivo moderado (F32.1) e inicia sertralina (N06AB06) 50 mg al día. Se da de alta al día 3 con derivación a COSAM y control en 1 semana.")

# c30 LRA prerrenal por gastroenteritis - filas con cabecera
rec("c30", "Lesión renal aguda prerrenal por gastroenteritis en usuario de losartán y metformina; filas con cabecera",
    [["Campo", "Dato"], ["Paciente", "Hombre"], ["Edad", "77"],
     ["Consulta", "Diarrea acuosa de 4 días, vómitos, oliguria"],
     ["Antecedentes", "HTA en tratamiento con losartán 50 mg c/12h (C09CA01); DM2 con metformina 850 mg c/12h (A10BA02)"],
     ["Diagnósticos", "Gastroenteritis aguda infecciosa (A09.0); Lesión renal aguda prerrenal (N17.9); Hipertensión arterial (I10X); Diabetes mellitus tipo 2 (E11.9)"],
     ["Laboratorio", "Creatinina 3,1 mg/dL (basal 1,0), BUN 78 mg/dL, K 5,4 mEq/L, bicarbonato 17 mEq/L"],
     ["Manejo", "Suero fisiológico 2000 ml en 24 h; suspensión transitoria de losartán y metformina"],
     ["Evolución", "Creatinina 1,2 mg/dL al día 4, diuresis conservada"],
     ["Alta", "Día 4, reiniciar metformina y losartán en control de 1 semana"]],
    "Ingresa por diarrea acuosa de 4 días, vómitos y oliguria en paciente masculino de 77 años con hipertensión arterial (I10) en tratamiento con losartán (C09CA01) 50 mg cada 12 horas y diabetes mellitus tipo 2 (E11.9) con metformina (A10BA02) 850 mg cada 12 horas. Presenta creatinina de 3,1 mg/dL con basal de 1,0, BUN de 78 mg/dL, potasio de 5,4 mEq/L y bicarbonato de 17 mEq/L, diagnosticándose gastroenteritis aguda infecciosa (A09.0) con lesión renal aguda prerrenal (N17.9). Se maneja con suero fisiológico 2000 ml en 24 horas y suspensión transitoria de losartán y metformina. Evoluciona con diuresis conservada y creatinina de 1,2 mg/dL al día 4, fecha del alta. Se indica reiniciar metformina y losartán en control en 1 semana.")

# c31 herpes zóster oftálmico
rec("c31", "Herpes zóster oftálmico con queratitis en paciente con linfoma; claves en inglés planas",
    {"sex": "female", "age": 70,
     "complaint": "Vesículas en frente y párpado izquierdos con dolor urente de 3 días, ojo rojo",
     "diagnoses": [{"dx": "Herpes zóster oftálmico con queratitis", "icd10": "B02.3"},
                   {"dx": "Linfoma no Hodgkin en quimioterapia", "icd10": "C85.9"}],
     "ophthalmology": "Queratitis epitelial pseudodendrítica, presión intraocular 16 mmHg",
     "treatment": [{"drug": "Aciclovir", "atc": "J05AB01", "dose": "10 mg/kg c/8h ev por 7 días"},
                   {"drug": "Paracetamol", "atc": "N02BE01", "dose": "1 g c/8h"}],
     "course": "Costras al día 6, sin compromiso de agudeza visual",
     "discharge": "Día 7, valaciclovir 1 g c/8h vo hasta completar 10 días, control con oftalmología en 48 horas"},
    "Ingresa por vesículas en frente y párpado izquierdos con dolor urente de 3 días y ojo rojo en paciente femenina de 70 años con linfoma no Hodgkin (C85.9) en quimioterapia. La evaluación por oftalmología muestra queratitis epitelial pseudodendrítica con presión intraocular de 16 mmHg, diagnosticándose herpes zóster oftálmico con queratitis (B02.3). Se trata con aciclovir (J05AB01) 10 mg/kg cada 8 horas ev por 7 días y paracetamol (N02BE01) 1 g cada 8 horas. Evoluciona con costras al día 6 y sin compromiso de la agudeza visual. Se da de alta al día 7 con valaciclovir 1 g cada 8 horas vo hasta completar 10 días y control con oftalmología en 48 horas.")

# c32 neumonía aspirativa en Parkinson
rec("c32", "Neumonía aspirativa en enfermedad de Parkinson con disfagia; objeto español con strings con código",
    {"sexo": "masculino", "edad": 80,
     "motivo_ingreso": "Tos con la alimentación, fiebre y desaturación",
     "diagnosticos": ["Neumonía aspirativa (J69.0)", "Enfermedad de Parkinson (G20)", "Trastorno de deglución (R13)"],
     "examenes": "Radiografía de tórax con condensación basal derecha, PCR 134 mg/L, SpO2 88% ambiental",
     "tratamiento": ["Ampicilina/sulbactam 1,5 g c/6h ev por 7 días (J01CR01)",
                     "Levodopa/carbidopa 250/25 mg c/8h por sonda nasoenteral (N04BA02)",
                     "Oxígeno por naricera 2 L/min"],
     "evaluaciones": "Videofluoroscopía: aspiración con líquidos, tolera consistencia papilla",
     "alta": "Día 8, régimen papilla con espesante, kinesioterapia motora y control con neurología"},
    "Ingresa por tos con la alimentación, fiebre y desaturación en paciente masculino de 80 años con enfermedad de Parkinson (G20) y trastorno de deglución (R13). Presenta saturación de 88% ambiental, PCR de 134 mg/L y radiografía de tórax con condensación basal derecha, diagnosticándose neumonía aspirativa (J69.0). Recibe ampicilina/sulbactam (J01CR01) 1,5 g cada 6 horas ev por 7 días y oxígeno por naricera a 2 L/min, manteniendo levodopa/carbidopa (N04BA02) 250/25 mg cada 8 horas por sonda nasoenteral. La videofluoroscopía demuestra aspiración con líquidos y tolerancia a consistencia papilla. Se da de alta al día 8 con régimen papilla con espesante, kinesioterapia motora y control con neurología.")

# c33 estado asmático
rec("c33", "Estado asmático tras infección viral; abreviado, paciente 'F 26a', J46X",
    {"pac": "F 26a",
     "mc": "Disnea progresiva y sibilancias de 3 días tras infección respiratoria viral, sin respuesta a salbutamol en domicilio",
     "ex": "FR 32, SpO2 89%, PEF 30% del teórico, pCO2 44 mmHg",
     "dg": ["Estado asmático J46X", "Rinitis alérgica J30.4"],
     "tto": ["Salbutamol nebulizado continuo (R03AC02)", "Bromuro de ipratropio (R03BB01)",
             "Sulfato de magnesio 2 g ev (A12CC02)", "Metilprednisolona 40 mg c/8h ev (H02AB04)",
             "Budesonida/formoterol 160/4,5 mcg 2 inh c/12h (R03AK07)"],
     "evol": "Hospitalizada en intermedio 48 h, PEF 75% al alta",
     "alta": "Día 4, prednisona 40 mg/día por 5 días, control en policlínico de broncopulmonar"},
    "Ingresa por disnea progresiva y sibilancias de 3 días tras una infección respiratoria viral, sin respuesta a salbutamol en domicilio, en paciente femenina de 26 años con rinitis alérgica (J30.4). Presenta frecuencia respiratoria de 32, saturación de 89%, PEF de 30% del teórico y pCO2 de 44 mmHg, diagnosticándose estado asmático (J46). Se hospitaliza en intermedio por 48 horas con salbutamol (R03AC02) nebulizado continuo, bromuro de ipratropio (R03BB01), sulfato de magnesio (A12CC02) 2 g ev y metilprednisolona (H02AB04) 40 mg cada 8 horas ev, iniciándose budesonida/formoterol (R03AK07) 160/4,5 mcg 2 inhalaciones cada 12 horas. Alcanza PEF de 75% al alta, que se otorga al día 4 con prednisona 40 mg al día por 5 días y control en policlínico de broncopulmonar.")

# c34 coma mixedematoso - anidado en 'ficha'
rec("c34", "Coma mixedematoso por abandono de levotiroxina; anidado en 'ficha'",
    {"ficha": {"identificacion": {"sexo": "F", "edad": 78},
               "anamnesis": {"motivo": "Somnolencia progresiva, hipotermia y bradicardia",
                             "antecedentes": "Hipotiroidismo con abandono de levotiroxina hace 4 meses"},
               "examen_fisico": {"temperatura": "34,6 °C", "FC": "46 lpm", "PA": "94/58 mmHg"},
               "laboratorio": {"TSH": "86 mUI/L", "T4L": "0,2 ng/dL", "Na": "128 mEq/L", "cortisol": "8 ug/dL"}},
     "diagnosticos": [{"desc": "Coma mixedematoso", "cie": "E03.5"}, {"desc": "Hiponatremia", "cie": "E87.1"}],
     "indicaciones": [{"farmaco": "Levotiroxina", "atc": "H03AA01", "posologia": "200 ug ev de carga, luego 100 ug/día"},
                      {"farmaco": "Hidrocortisona", "atc": "H02AB09", "posologia": "100 mg c/8h ev hasta descartar insuficiencia suprarrenal"}],
     "evolucion": "Recalentamiento pasivo, manejo en UCI 4 días. Vigil al día 3.",
     "egreso": {"dia": 9, "dosis_levotiroxina": "100 ug/día vo", "control": "TSH y T4L en 6 semanas con endocrinología"}},
    "Ingresa por somnolencia progresiva, hipotermia y bradicardia en paciente femenina de 78 años con hipotiroidismo y abandono de levotiroxina (H03AA01) hace 4 meses. Presenta temperatura de 34,6 °C, frecuencia cardiaca de 46 lpm, presión arterial de 94/58 mmHg, TSH de 86 mUI/L, T4L de 0,2 ng/dL, sodio de 128 mEq/L y cortisol de 8 ug/dL, diagnosticándose coma mixedematoso (E03.5) e hiponatremia (E87.1). Se maneja en UCI por 4 días con recalentamiento pasivo, levotiroxina 200 ug ev de carga seguida de 100 ug al día e hidrocortisona (H02AB09) 100 mg cada 8 horas ev hasta descartar insuficiencia suprarrenal. Se encuentra vigil al día 3 y se da de alta al día 9 con levotiroxina 100 ug al día vo y control de TSH y T4L en 6 semanas con endocrinología.")

# c35 absceso hepático - texto libre
rec("c35", "Absceso hepático piógeno por Klebsiella con drenaje percutáneo; texto libre",
    "Paciente: hombre de 64 años, diabético tipo 2 (E11.9) usuario de metformina 1 g c/12h (A10BA02). Motivo de consulta: fiebre de 10 días, dolor en hipocondrio derecho y baja de peso. Laboratorio: leucocitos 21400, PCR 287 mg/L, fosfatasa alcalina 310 U/L. TAC de abdomen: absceso hepático de 7 cm en lóbulo derecho. Hemocultivos: Klebsiella pneumoniae. Diagnóstico: Absceso hepático piógeno (K75.0). Procedimiento: drenaje percutáneo guiado por ecografía, con salida de 120 ml de pus. Tratamiento: ceftriaxona 2 g/día ev (J01DD04) y metronidazol 500 mg c/8h ev (J01XD01) por 14 días. Retiro de drenaje al día 10. Alta día 15 con amoxicilina/ácido clavulánico 875/125 mg c/12h por 4 semanas (J01CR02). Ecografía de control al término.",
    "Ingresa por fiebre de 10 días, dolor en hipocondrio derecho y baja de peso en paciente masculino de 64 años con diabetes mellitus tipo 2 (E11.9) en tratamiento con metformina (A10BA02) 1 g cada 12 horas. Presenta leucocitos de 21400, PCR de 287 mg/L y fosfatasa alcalina de 310 U/L, con TAC de abdomen que muestra un absceso hepático de 7 cm en lóbulo derecho y hemocultivos positivos para Klebsiella pneumoniae, diagnosticándose absceso hepático piógeno (K75.0). Se realiza drenaje percutáneo guiado por ecografía con salida de 120 ml de pus y se trata con ceftriaxona (J01DD04) 2 g al día ev y metronidazol (J01XD01) 500 mg cada 8 horas ev por 14 días. Se retira el drenaje al día 10. Alta al día 15 con amoxicilina/ácido clavulánico (J01CR02) 875/125 mg cada 12 horas por 4 semanas y ecografía de control al término.")

# c36 apendicitis aguda
rec("c36", "Apendicitis aguda con peritonitis localizada, apendicectomía laparoscópica; objeto español",
    {"paciente": {"sexo": "Masculino", "edad": 22},
     "motivo": "Dolor periumbilical migrado a fosa ilíaca derecha de 18 horas, náuseas, fiebre 38,1 °C",
     "laboratorio": {"leucocitos": 15200, "PCR": "62 mg/L"},
     "imagen": "Ecografía abdominal: apéndice no compresible de 11 mm con líquido periapendicular",
     "diagnostico": {"descripcion": "Apendicitis aguda con peritonitis localizada", "cie10": "K35.3"},
     "cirugia": "Apendicectomía laparoscópica; hallazgo de apendicitis flegmonosa",
     "farmacos": [{"nombre": "Cefazolina", "atc": "J01DB04", "dosis": "2 g ev"},
                  {"nombre": "Metronidazol", "atc": "J01XD01", "dosis": "500 mg ev"},
                  {"nombre": "Ketorolaco", "atc": "M01AB15", "dosis": "30 mg c/8h ev"}],
     "evolucion": "Sin complicaciones, tolera régimen al día 1",
     "alta": "Día 2, paracetamol 1 g c/8h y control de herida en 7 días"},
    "Ingresa por dolor periumbilical migrado a fosa ilíaca derecha de 18 horas de evolución, náuseas y fiebre de 38,1 °C en paciente masculino de 22 años. Presenta leucocitos de 15200 y PCR de 62 mg/L, con ecografía abdominal que muestra apéndice no compresible de 11 mm con líquido periapendicular, diagnosticándose apendicitis aguda con peritonitis localizada (K35.3). Se realiza apendicectomía laparoscópica con hallazgo de apendicitis flegmonosa, recibiendo cefazolina (J01DB04) 2 g ev, metronidazol (J01XD01) 500 mg ev y ketorolaco (M01AB15) 30 mg cada 8 horas ev. Evoluciona sin complicaciones y tolera régimen al día 1. Se da de alta al día 2 con paracetamol 1 g cada 8 horas y control de herida en 7 días.")

# c37 colecistitis aguda
rec("c37", "Colecistitis aguda litiásica con colecistectomía precoz; claves en inglés, comorbilidad con fármaco anidado",
    {"patient": {"sex": "F", "age": 53},
     "presentation": "Dolor en hipocondrio derecho de 30 horas, vómitos, signo de Murphy positivo",
     "labs": {"WBC": 16400, "CRP": "112 mg/L", "total_bilirubin": "1,1 mg/dL"},
     "imaging": "Ecografía: vesícula distendida, pared de 6 mm, cálculo impactado en bacinete",
     "diagnosis": {"name": "Colecistitis aguda litiásica", "icd10": "K80.0"},
     "comorbidities": [{"name": "Hipotiroidismo", "icd10": "E03.9",
                        "med": {"name": "Levotiroxina 50 ug/día", "atc": "H03AA01"}}],
     "procedure": "Colecistectomía laparoscópica a las 24 horas del ingreso",
     "antibiotics": [{"name": "Ceftriaxona", "atc": "J01DD04", "dose": "2 g/día ev"},
                     {"name": "Metronidazol", "atc": "J01XD01", "dose": "500 mg c/8h ev"}],
     "discharge": {"postop_day": 2, "instructions": "Paracetamol 1 g c/8h, control con biopsia en 10 días"}},
    "Ingresa por dolor en hipocondrio derecho de 30 horas de evolución y vómitos en paciente femenina de 53 años con hipotiroidismo (E03.9) en tratamiento con levotiroxina (H03AA01) 50 ug al día. Presenta signo de Murphy positivo, leucocitos de 16400, PCR de 112 mg/L y bilirrubina total de 1,1 mg/dL. La ecografía muestra vesícula distendida con pared de 6 mm y cálculo impactado en bacinete, diagnosticándose colecistitis aguda litiásica (K80.0). Recibe ceftriaxona (J01DD04) 2 g al día ev y metronidazol (J01XD01) 500 mg cada 8 horas ev, y se realiza colecistectomía laparoscópica a las 24 horas del ingreso. Se da de alta al día 2 postoperatorio con paracetamol 1 g cada 8 horas y control con biopsia en 10 días.")

# c38 delirium por ITU en demencia
rec("c38", "Delirium superpuesto a demencia desencadenado por ITU baja en nonagenaria; objeto español",
    {"sexo": "femenino", "edad": 91,
     "motivo_consulta": "Agitación nocturna, desorientación y rechazo alimentario de 2 días",
     "antecedentes": ["Demencia tipo Alzheimer moderada (G30.9)", "Hipertensión arterial (I10)"],
     "diagnosticos": ["Delirium superpuesto a demencia (F05.1)", "Infección del tracto urinario baja (N39.0)"],
     "examenes": "Orina completa con leucocituria y nitritos positivos; urocultivo con Escherichia coli sensible a nitrofurantoína",
     "farmacos": [{"nombre": "Nitrofurantoína", "atc": "J01XE01", "dosis": "100 mg c/12h vo por 7 días"},
                  {"nombre": "Quetiapina", "atc": "N05AH04", "dosis": "12,5 mg en la noche"},
                  {"nombre": "Amlodipino", "atc": "C08CA01", "dosis": "5 mg/día"}],
     "medidas": "Medidas no farmacológicas de prevención de delirium, acompañamiento familiar",
     "alta": "Día 5, retorno a domicilio con cuidadora"},
    "Ingresa por agitación nocturna, desorientación y rechazo alimentario de 2 días en paciente femenina de 91 años con demencia tipo Alzheimer moderada (G30.9) e hipertensión arterial (I10) en tratamiento con amlodipino (C08CA01) 5 mg al día. La orina completa muestra leucocituria y nitritos positivos, con urocultivo positivo para Escherichia coli sensible a nitrofurantoína, diagnosticándose infección del tracto urinario baja (N39.0) que desencadena un delirium superpuesto a demencia (F05.1). Recibe nitrofurantoína (J01XE01) 100 mg cada 12 horas vo por 7 días, quetiapina (N05AH04) 12,5 mg en la noche y medidas no farmacológicas de prevención de delirium con acompañamiento familiar. Se da de alta al día 5 para retorno a domicilio con cuidadora.")

# c39 TVP - abreviado, códigos sin punto en una sola cadena
rec("c39", "TVP femoropoplítea tras viaje largo; claves de una letra, dos códigos sin punto en una cadena",
    {"s": "M", "e": 46,
     "mc": "Aumento de volumen y dolor de pantorrilla izquierda de 5 días tras viaje en avión de 14 horas",
     "dg": "TVP femoropoplítea izquierda I802 / Obesidad E669",
     "eco": "Ecografía doppler: trombo oclusivo en vena femoral superficial y poplítea izquierdas",
     "lab": "Dímero D 3,8 mg/L, creatinina 0,9 mg/dL, plaquetas 245.000",
     "tto": "Enoxaparina 1 mg/kg c/12h sc (B01AB05) por 48 h, luego rivaroxabán 15 mg c/12h x 21 días y 20 mg/día x 3 meses (B01AF01); medias de compresión",
     "alta": "Día 3"},
    "Ingresa por aumento de volumen y dolor de pantorrilla izquierda de 5 días tras un viaje en avión de 14 horas en paciente masculino de 46 años con obesidad (E66.9). La ecografía doppler muestra trombo oclusivo en vena femoral superficial y poplítea izquierdas, con dímero D de 3,8 mg/L, creatinina de 0,9 mg/dL y plaquetas de 245.000, diagnosticándose TVP femoropoplítea izquierda (I80.2). Recibe enoxaparina (B01AB05) 1 mg/kg cada 12 horas sc por 48 horas y luego rivaroxabán (B01AF01) 15 mg cada 12 horas por 21 días, seguido de 20 mg al día por 3 meses, además de medias de compresión. Se da de alta al día 3.")

# c40 intoxicación por benzodiacepinas - texto libre
rec("c40", "Intoxicación por benzodiacepinas con intento suicida, flumazenil; texto libre",
    "Masculino de 44 años traído por SAMU tras ingesta de 30 comprimidos de clonazepam 2 mg, Glasgow 8 al ingreso, FR 10, SpO2 91%. Antecedente de trastorno de ansiedad generalizada (F41.1) en tratamiento con escitalopram 10 mg/día (N06AB10). Diagnóstico: intoxicación por benzodiacepinas (T42.4), intento suicida. Manejo: flumazenil 0,2 mg ev repetido hasta 1 mg (V03AB25), monitorización en intermedio 36 horas, sin necesidad de intubación. Evaluación por psiquiatría: riesgo suicida moderado, se ajusta escitalopram a 20 mg/día. Alta día 3 con derivación a psiquiatría ambulatoria y familiar a cargo de los fármacos.",
    "Ingresa por ingesta de 30 comprimidos de clonazepam de 2 mg en paciente masculino de 44 años con trastorno de ansiedad generalizada (F41.1) en tratamiento con escitalopram (N06AB10) 10 mg al día, trasladado por SAMU con Glasgow de 8, frecuencia respiratoria de 10 y saturación de 91%. Se diagnostica intoxicación por benzodiacepinas (T42.4) en contexto de intento suicida y recibe flumazenil (V03AB25) 0,2 mg ev repetido hasta 1 mg, con monitorización en intermedio por 36 horas sin necesidad de intubación. La evaluación por psiquiatría determina riesgo suicida moderado y se ajusta escitalopram a 20 mg al día. Se da de alta al día 3 con derivación a psiquiatría ambulatoria y un familiar a cargo de los fármacos.")

# c41 neumotórax espontáneo - filas con cabecera item/detalle
rec("c41", "Neumotórax espontáneo primario con pleurostomía en joven fumador; filas item/detalle",
    [["item", "detalle"], ["Sexo", "M"], ["Edad", "24"],
     ["Motivo", "Dolor torácico derecho súbito y disnea en reposo"],
     ["Antecedentes", "Tabaquismo 10 cigarrillos/día"],
     ["Radiografía de tórax", "Neumotórax derecho de 45%"],
     ["Diagnóstico", "Neumotórax espontáneo primario - J93.1"],
     ["Procedimiento", "Pleurostomía derecha con tubo 24 Fr, retirado al día 4 sin fuga aérea"],
     ["Medicamentos", "Paracetamol 1 g c/8h (N02BE01); tramadol 50 mg c/8h SOS (N02AX02)"],
     ["Alta", "Día 5, evitar vuelos y buceo, consejería antitabaco, control con cirugía de tórax"]],
    "Ingresa por dolor torácico derecho súbito y disnea en reposo en paciente masculino de 24 años con tabaquismo de 10 cigarrillos al día. La radiografía de tórax muestra neumotórax derecho de 45%, diagnosticándose neumotórax espontáneo primario (J93.1). Se instala pleurostomía derecha con tubo 24 Fr, que se retira al día 4 sin fuga aérea. Durante la hospitalización recibe paracetamol (N02BE01) 1 g cada 8 horas y tramadol (N02AX02) 50 mg cada 8 horas SOS. Se da de alta al día 5 con indicación de evitar vuelos y buceo, consejería antitabaco y control con cirugía de tórax.")

# c42 hipokalemia por crisis de colitis ulcerosa
rec("c42", "Hipokalemia severa e hipomagnesemia por crisis de colitis ulcerosa; inglés, código repetido en input",
    {"patient": {"sex": "female", "age": 60},
     "chief_complaint": "Debilidad muscular generalizada y calambres tras 6 días de diarrea",
     "history": [{"dx": "Colitis ulcerosa", "icd10": "K51.9",
                  "current_med": {"name": "Mesalazina 2 g/día", "atc": "A07EC02"}}],
     "labs": {"K": "2,4 mEq/L", "Mg": "1,4 mg/dL", "HCO3": "16 mEq/L", "ECG": "ondas U prominentes"},
     "diagnoses": [{"dx": "Hipokalemia severa", "icd10": "E87.6"},
                   {"dx": "Crisis de colitis ulcerosa", "icd10": "K51.9"},
                   {"dx": "Hipomagnesemia", "icd10": "E83.4"}],
     "treatment": ["Cloruro de potasio 10 mEq/h ev por vía central (A12BA01)", "Sulfato de magnesio 2 g ev (A12CC02)",
                   "Hidrocortisona 100 mg c/8h ev (H02AB09)"],
     "course": "K 3,9 mEq/L al día 3, deposiciones formadas al día 5",
     "discharge": "Día 6, prednisona 40 mg/día en descenso, mesalazina 4 g/día, control en unidad de enfermedad inflamatoria intestinal"},
    "Ingresa por debilidad muscular generalizada y calambres tras 6 días de diarrea en paciente femenina de 60 años con colitis ulcerosa en tratamiento con mesalazina (A07EC02) 2 g al día. Presenta potasio de 2,4 mEq/L, magnesio de 1,4 mg/dL, bicarbonato de 16 mEq/L y ondas U prominentes en el ECG, diagnosticándose hipokalemia severa (E87.6) e hipomagnesemia (E83.4) secundarias a una crisis de colitis ulcerosa (K51.9). Recibe cloruro de potasio (A12BA01) 10 mEq/h ev por vía central, sulfato de magnesio (A12CC02) 2 g ev e hidrocortisona (H02AB09) 100 mg cada 8 horas ev. Alcanza potasio de 3,9 mEq/L al día 3 y deposiciones formadas al día 5. Se da de alta al día 6 con prednisona 40 mg al día en descenso, mesalazina 4 g al día y control en unidad de enfermedad inflamatoria intestinal.")

# c43 tuberculosis pulmonar
rec("c43", "Tuberculosis pulmonar bacilífera con esquema HRZE; objeto español con lista de exámenes",
    {"paciente": {"sexo": "masculino", "edad": 33, "nacionalidad": "extranjero, residente en Santiago"},
     "motivo": "Tos productiva de 6 semanas, hemoptisis leve, sudoración nocturna y baja de 8 kg",
     "examenes": ["Baciloscopía de expectoración positiva (++)",
                  "GeneXpert MTB/RIF: detectado, sin resistencia a rifampicina",
                  "Radiografía de tórax: cavitación en lóbulo superior derecho",
                  "VIH negativo"],
     "diagnosticos": [{"nombre": "Tuberculosis pulmonar confirmada bacteriológicamente", "cie10": "A15.0"},
                      {"nombre": "Desnutrición proteico-calórica moderada", "cie10": "E44.0"}],
     "tratamiento": [{"farmaco": "Isoniazida", "atc": "J04AC01", "dosis": "300 mg/día"},
                     {"farmaco": "Rifampicina", "atc": "J04AB02", "dosis": "600 mg/día"},
                     {"farmaco": "Pirazinamida", "atc": "J04AK01", "dosis": "1500 mg/día"},
                     {"farmaco": "Etambutol", "atc": "J04AK02", "dosis": "1200 mg/día"}],
     "aislamiento": "Respiratorio hasta 14 días de tratamiento",
     "alta": "Día 15, continuar tratamiento directamente observado en CESFAM, estudio de contactos"},
    "Ingresa por tos productiva de 6 semanas, hemoptisis leve, sudoración nocturna y baja de 8 kg en paciente masculino de 33 años, extranjero residente en Santiago. La baciloscopía de expectoración es positiva, el GeneXpert MTB/RIF lo detecta sin resistencia a rifampicina y la radiografía de tórax muestra cavitación en lóbulo superior derecho, con VIH negativo, diagnosticándose tuberculosis pulmonar confirmada bacteriológicamente (A15.0) y desnutrición proteico-calórica moderada (E44.0). Se inicia esquema con isoniazida (J04AC01) 300 mg al día, rifampicina (J04AB02) 600 mg al día, pirazinamida (J04AK01) 1500 mg al día y etambutol (J04AK02) 1200 mg al día, con aislamiento respiratorio hasta 14 días de tratamiento. Se da de alta al día 15 para continuar tratamiento directamente observado en CESFAM y estudio de contactos.")

# c44 crisis addisoniana - anidado en 'registro'
rec("c44", "Crisis addisoniana por gastroenteritis en enfermedad de Addison; anidado en 'registro'",
    {"registro": {"paciente": {"sexo": "F", "edad": 50},
                  "ingreso": {"motivo": "Vómitos, dolor abdominal, hipotensión refractaria a volumen",
                              "signos_vitales": {"PA": "76/42 mmHg", "FC": 122}},
                  "antecedentes": [{"dg": "Insuficiencia suprarrenal primaria (enfermedad de Addison)", "cie10": "E27.1",
                                    "tratamiento": "Hidrocortisona 20 mg/día y fludrocortisona 0,1 mg/día, suspendidos por vómitos 3 días antes"}],
                  "laboratorio": {"Na": "124 mEq/L", "K": "6,1 mEq/L", "glicemia": "58 mg/dL"},
                  "diagnostico_egreso": [{"dg": "Crisis addisoniana", "cie10": "E27.2"},
                                         {"dg": "Gastroenteritis aguda", "cie10": "A09.9"}],
                  "farmacos": [{"n": "Hidrocortisona", "atc": "H02AB09", "d": "100 mg ev en bolo y 50 mg c/6h ev"},
                               {"n": "Fludrocortisona", "atc": "H02AA02", "d": "0,1 mg/día vo"},
                               {"n": "Suero glucosalino", "d": "3000 ml en 24 h"}],
                  "evolucion": "Normotensa a las 12 horas, Na 136 mEq/L al alta",
                  "egreso": {"dia": 4, "educacion": "Duplicar dosis de hidrocortisona ante enfermedad intercurrente, tarjeta de alerta"}}},
    "Ingresa por vómitos, dolor abdominal e hipotensión refractaria a volumen en paciente femenina de 50 años con insuficiencia suprarrenal primaria (E27.1) por enfermedad de Addison, que suspendió hidrocortisona 20 mg al día y fludrocortisona 0,1 mg al día por vómitos 3 días antes. Presenta presión arterial de 76/42 mmHg, frecuencia cardiaca de 122, sodio de 124 mEq/L, potasio de 6,1 mEq/L y glicemia de 58 mg/dL, diagnosticándose crisis addisoniana (E27.2) desencadenada por gastroenteritis aguda (A09.9). Recibe hidrocortisona (H02AB09) 100 mg ev en bolo seguida de 50 mg cada 6 horas ev y suero glucosalino 3000 ml en 24 horas, lográndose normotensión a las 12 horas. Se reinicia fludrocortisona (H02AA02) 0,1 mg al día vo y egresa al día 4 con sodio de 136 mEq/L, educación para duplicar la dosis de hidrocortisona ante enfermedad intercurrente y tarjeta de alerta.")

# c45 hemorragia variceal
rec("c45", "Hemorragia por várices esofágicas con terlipresina y ligadura; objeto plano español",
    {"sexo": "masculino", "edad": 57,
     "motivo_consulta": "Hematemesis abundante y melena",
     "signos": "PA 88/50 mmHg, FC 120 lpm",
     "laboratorio": "Hb 7,2 g/dL, plaquetas 74.000, INR 1,6",
     "diagnosticos": [{"texto": "Hemorragia por várices esofágicas", "cie10": "I85.0"},
                      {"texto": "Cirrosis hepática alcohólica", "cie10": "K70.3"}],
     "procedimientos": ["Endoscopía digestiva alta con ligadura de 4 várices esofágicas",
                        "Transfusión de 2 unidades de glóbulos rojos"],
     "tratamiento": [{"nombre": "Terlipresina", "atc": "H01BA04", "dosis": "2 mg c/4h ev por 5 días"},
                     {"nombre": "Propranolol", "atc": "C07AA05", "dosis": "20 mg c/12h al alta"}],
     "evolucion": "Sin resangrado, Hb estable en 8,4 g/dL",
     "alta": "Día 6, ligadura de control en 2 semanas, abstinencia alcohólica"},
    "Ingresa por hematemesis abundante y melena en paciente masculino de 57 años con cirrosis hepática alcohólica (K70.3). Al ingreso presenta presión arterial de 88/50 mmHg, frecuencia cardiaca de 120 lpm, hemoglobina de 7,2 g/dL, plaquetas de 74.000 e INR de 1,6. Se inicia terlipresina (H01BA04) 2 mg cada 4 horas ev por 5 días y se transfunden 2 unidades de glóbulos rojos. La endoscopía digestiva alta confirma hemorragia por várices esofágicas (I85.0), realizándose ligadura de 4 várices esofágicas. Evoluciona sin resangrado, con hemoglobina estable en 8,4 g/dL. Se da de alta al día 6 con propranolol (C07AA05) 20 mg cada 12 horas, ligadura de control en 2 semanas y abstinencia alcohólica.")

# c46 shock séptico neumocócico - inglés, problemas como pares, línea de tiempo
rec("c46", "Shock séptico por neumonía neumocócica con LRA; problemas como pares [nombre, código] y línea de tiempo por día",
    {"patient": {"sex": "M", "age": 65},
     "problems": [["Shock séptico", "R57.2"], ["Neumonía neumocócica", "J13"], ["Lesión renal aguda", "N17.9"],
                  ["Tabaquismo activo", ""]],
     "timeline": [{"day": 1, "events": ["Ingreso con fiebre, tos y PA 70/40 mmHg pese a 30 ml/kg de cristaloides",
                                         "Lactato 5,2 mmol/L", "Antígeno urinario neumococo positivo",
                                         "Noradrenalina hasta 0,3 ug/kg/min (C01CA03)",
                                         "Ceftriaxona 2 g/día ev (J01DD04) + azitromicina 500 mg/día (J01FA10)"]},
                  {"day": 3, "events": ["Suspensión de noradrenalina", "Creatinina 2,8 mg/dL, diuresis conservada"]},
                  {"day": 7, "events": ["Término de ceftriaxona", "Creatinina 1,3 mg/dL"]},
                  {"day": 8, "events": ["Alta con consejería antitabaco"]}]},
    "Ingresa por fiebre, tos y presión arterial de 70/40 mmHg pese a 30 ml/kg de cristaloides en paciente masculino de 65 años con tabaquismo activo. Presenta lactato de 5,2 mmol/L y antígeno urinario para neumococo positivo, configurándose shock séptico (R57.2) por neumonía neumocócica (J13) con lesión renal aguda (N17.9). Requiere noradrenalina (C01CA03) hasta 0,3 ug/kg/min y recibe ceftriaxona (J01DD04) 2 g al día ev más azitromicina (J01FA10) 500 mg al día. Al día 3 se suspende la noradrenalina, con creatinina de 2,8 mg/dL y diuresis conservada. Al día 7 termina la ceftriaxona con creatinina de 1,3 mg/dL. Se da de alta al día 8 con consejería antitabaco.")

# c47 NAC con HTA y DM2 - abreviado con códigos chilenos sin punto y con X
rec("c47", "NAC CURB-65 2 en hipertensa y diabética; abreviaturas NAC/HTA/DM2, códigos I10X, E119, J189 sin paréntesis",
    {"pac": {"sexo": "F", "edad": 72},
     "mc": "Tos, fiebre y dolor pleurítico izquierdo de 4 días",
     "antec": "HTA I10X, DM2 E119",
     "fx_cronicos": "Enalapril 10 mg c/12h C09AA02; Metformina 850 mg c/12h A10BA02",
     "ex": "Rx tórax: condensación lingular. PCR 178 mg/L, leucocitos 14900, CURB-65 de 2",
     "dg": "NAC J189",
     "tto": "Ceftriaxona 2 g/día ev J01DD04 por 3 días, luego amoxicilina/ácido clavulánico 875/125 mg c/12h vo J01CR02 hasta 7 días",
     "alta": "Día 4"},
    "Ingresa por tos, fiebre y dolor pleurítico izquierdo de 4 días en paciente femenina de 72 años con HTA (I10X) en tratamiento con enalapril (C09AA02) 10 mg cada 12 horas y DM2 (E11.9) con metformina (A10BA02) 850 mg cada 12 horas. La radiografía de tórax muestra condensación lingular, con PCR de 178 mg/L, leucocitos de 14900 y CURB-65 de 2, diagnosticándose neumonía adquirida en la comunidad (J18.9). Recibe ceftriaxona (J01DD04) 2 g al día ev por 3 días con buena respuesta clínica. Se da de alta al día 4 con amoxicilina/ácido clavulánico (J01CR02) 875/125 mg cada 12 horas vo hasta completar 7 días de tratamiento.")

# c48 anemia ferropénica por metrorragia - filas
rec("c48", "Anemia ferropénica severa por metrorragia y mioma submucoso; filas campo/valor",
    [["Campo", "Valor"], ["Sexo", "Femenino"], ["Edad", "46"],
     ["Motivo de ingreso", "Astenia, disnea de esfuerzo y metrorragia de 3 meses"],
     ["Diagnóstico 1", "Anemia ferropénica secundaria a pérdida de sangre crónica (D50.0)"],
     ["Diagnóstico 2", "Leiomioma uterino (D25.9)"],
     ["Diagnóstico 3", "Metrorragia (N92.1)"],
     ["Laboratorio", "Hb 5,8 g/dL, VCM 68 fL, ferritina 4 ng/mL"],
     ["Ecografía transvaginal", "Útero miomatoso con mioma submucoso de 42 mm"],
     ["Tratamiento", "Transfusión de 2 unidades de glóbulos rojos; ácido tranexámico 1 g c/8h vo (B02AA02); sulfato ferroso 200 mg c/12h vo (B03AA07)"],
     ["Evolución", "Hb 8,1 g/dL postransfusión, cese de metrorragia"],
     ["Alta", "Día 3, control con ginecología para histerectomía programada"]],
    "Ingresa por astenia, disnea de esfuerzo y metrorragia (N92.1) de 3 meses en paciente femenina de 46 años. Presenta hemoglobina de 5,8 g/dL, VCM de 68 fL y ferritina de 4 ng/mL, diagnosticándose anemia ferropénica secundaria a pérdida de sangre crónica (D50.0). La ecografía transvaginal muestra útero miomatoso con mioma submucoso de 42 mm, compatible con leiomioma uterino (D25.9). Se transfunden 2 unidades de glóbulos rojos y se indica ácido tranexámico (B02AA02) 1 g cada 8 horas vo y sulfato ferroso (B03AA07) 200 mg cada 12 horas vo. Evoluciona con hemoglobina de 8,1 g/dL postransfusión y cese de la metrorragia. Se da de alta al día 3 con control con ginecología para histerectomía programada.")

# c49 bloqueo AV completo - texto libre
rec("c49", "Bloqueo AV completo con marcapasos definitivo en hipertenso con atenolol; texto libre",
    "Hombre de 83 años con antecedente de hipertensión arterial (I10) en tratamiento con amlodipino 10 mg/día (C08CA01) y atenolol 50 mg/día (C07AB03). Consulta por síncope en domicilio y mareos de 1 semana. ECG: bloqueo auriculoventricular completo con escape ventricular a 34 lpm. Potasio 4,6 mEq/L, TSH normal, troponina negativa. Diagnóstico: Bloqueo AV completo (I44.2). Se suspende atenolol, sin recuperación de conducción a las 72 horas. Se instala marcapasos transitorio y luego marcapasos definitivo bicameral al día 4. Radiografía de control sin neumotórax. Alta día 5 con control de herida y de marcapasos en 10 días.",
    "Ingresa por síncope en domicilio y mareos de 1 semana en paciente masculino de 83 años con hipertensión arterial (I10) en tratamiento con amlodipino (C08CA01) 10 mg al día y atenolol (C07AB03) 50 mg al día. El ECG muestra bloqueo auriculoventricular completo con escape ventricular a 34 lpm, con potasio de 4,6 mEq/L, TSH normal y troponina negativa, diagnosticándose bloqueo AV completo (I44.2). Se suspende atenolol sin recuperación de la conducción a las 72 horas, por lo que se instala marcapasos transitorio y luego marcapasos definitivo bicameral al día 4. La radiografía de control no muestra neumotórax. Se da de alta al día 5 con control de herida y de marcapasos en 10 días.")

# c50 Guillain-Barré
rec("c50", "Síndrome de Guillain-Barré con inmunoglobulina; objeto español con estudios anidados",
    {"paciente": {"sexo": "F", "edad": 39},
     "motivo_consulta": "Debilidad ascendente de extremidades inferiores y parestesias de 5 días, antecedente de diarrea hace 2 semanas",
     "examen": "Tetraparesia de predominio crural, arreflexia generalizada",
     "estudios": {"puncion_lumbar": "disociación albúmino-citológica, proteínas 132 mg/dL, 2 células",
                  "electromiografia": "polineuropatía desmielinizante aguda",
                  "capacidad_vital": "2,1 L, sin caída bajo 20 ml/kg"},
     "diagnosticos": [{"nombre": "Síndrome de Guillain-Barré", "cie10": "G61.0"}],
     "tratamiento": [{"nombre": "Inmunoglobulina humana", "atc": "J06BA02", "dosis": "0,4 g/kg/día ev por 5 días"},
                     {"nombre": "Enoxaparina", "atc": "B01AB05", "dosis": "40 mg/día sc"},
                     {"nombre": "Pregabalina", "atc": "N02BF02", "dosis": "75 mg c/12h por dolor neuropático"}],
     "evolucion": "Estabilización motora al día 7, inicia marcha con apoyo al día 12",
     "alta": {"dia": 14, "destino": "rehabilitación en centro especializado"}},
    "Ingresa por debilidad ascendente de extremidades inferiores y parestesias de 5 días, con antecedente de diarrea hace 2 semanas, en paciente femenina de 39 años. Al examen presenta tetraparesia de predominio crural y arreflexia generalizada. La punción lumbar muestra disociación albúmino-citológica con proteínas de 132 mg/dL y 2 células, y la electromiografía informa polineuropatía desmielinizante aguda, diagnosticándose síndrome de Guillain-Barré (G61.0). Recibe inmunoglobulina humana (J06BA02) 0,4 g/kg/día ev por 5 días, enoxaparina (B01AB05) 40 mg al día sc y pregabalina (N02BF02) 75 mg cada 12 horas por dolor neuropático. La capacidad vital se mantiene en 2,1 L sin caída bajo 20 ml/kg. Logra estabilización motora al día 7 e inicia marcha con apoyo al día 12. Alta al día 14 con destino a rehabilitación en centro especializado.")
