S17 = dict(
    id='s17', setting='Argentina, sanatorio privado, cirugía infantil con cuidados intermedios pediátricos', style='rioplatense quirúrgico', schema='flat Spanish keys, capitalised, sex inside free text',
    input={"Institución": "Sanatorio de niños, Mendoza", "Datos": "Femenina, 15 años, sin antecedentes",
           "Motivo": "dolor abdominal periumbilical que migra a fosa ilíaca derecha, vómitos y fiebre de 36 horas",
           "Examen": "signo de Blumberg positivo", "Laboratorio": "leucocitos 16.200/mm3; PCR 98 mg/L",
           "Ecografía": "apéndice de 11 mm, líquido libre en fosa ilíaca derecha, ovarios normales",
           "Cirugía": "apendicectomía laparoscópica; drenaje retirado al tercer día", "Diagnóstico": "K35.3 Apendicitis aguda con peritonitis localizada",
           "Tratamiento": "J01CR01 ampicilina/sulbactam 3 g cada 6 horas EV por 5 días; N02BB02 dipirona 1 g cada 8 horas",
           "Cuidados intermedios": "24 horas por taquicardia", "Alta": "control en cirugía infantil en 7 días; reposo deportivo 4 semanas"},
    base=("Ingresa por dolor abdominal periumbilical que migra a fosa ilíaca derecha, vómitos y fiebre de 36 horas de evolución en una adolescente de 15 años, sin antecedentes. "
          "Al examen presenta signo de Blumberg positivo, con leucocitos de 16.200/mm3 y PCR de 98 mg/L. La ecografía muestra apéndice de 11 mm con líquido libre en fosa ilíaca derecha "
          "y ovarios normales. Se realiza apendicectomía laparoscópica, constatándose apendicitis aguda con peritonitis localizada (K35.3). Recibe ampicilina/sulbactam (J01CR01) 3 g "
          "cada 6 horas endovenosa por 5 días y dipirona (N02BB02) 1 g cada 8 horas. Permanece 24 horas en cuidados intermedios pediátricos por taquicardia y luego pasa a sala. "
          "Evoluciona afebril, con tránsito intestinal recuperado y herida sin signos de infección. Se retira el drenaje al tercer día. "
          "Alta con control en consultorio de cirugía infantil en 7 días y reposo deportivo por 4 semanas."),
    codes=[('apendicitis aguda con peritonitis localizada', 'K35.3'), ('ampicilina/sulbactam', 'J01CR01'), ('dipirona', 'N02BB02')],
    fake=('K35.3', 'K35.6'), motivo='dolor abdominal periumbilical, vómitos y fiebre',
    traps=[("Se realiza apendicectomía laparoscópica", "Se realiza apendicectomía videolaparoscópica", 'procedure synonym'),
           ("dipirona (N02BB02)", "metamizol (N02BB02)", 'drug synonym (dipirona = metamizol)'),
           ("y ovarios normales.", "y ovarios normales, descartándose torsión ovárica.", 'ruled-out diagnosis'),
           ("en una adolescente de 15 años", "en una paciente de quince años, traída por su padre", 'age in words; male relative')],
    plants=[("líquido libre en fosa ilíaca derecha", "líquido libre en fosa ilíaca izquierda", ['HAL004'], 'side of free fluid flipped'),
            ("en una adolescente de 15 años", "en un adolescente de 15 años", ['DEM001'], 'masculine agreement for female patient'),
            ("3 g cada 6 horas endovenosa", "3 g cada 8 horas endovenosa", ['HAL003'], 'amp/sulbactam frequency 8 vs 6 h; 8 grounded elsewhere'),
            ("Se realiza apendicectomía laparoscópica,", "Se realiza apendicectomía laparoscópica con ooforectomía derecha,", ['HAL001'], 'invented oophorectomy'),
            ("por taquicardia y luego", "por taquicardia (R00.0) y luego", ['COD002'], 'real code R00.0 added to tachycardia; input has no code for it')],
)

S18 = dict(
    id='s18', setting='Chile, hospital público, cuidados intermedios pediátricos, intoxicación', style='chileno (COSAM, se va de alta)', schema='nested English keys, dob + admission date',
    input={"site": "Hospital Dr. Sótero del Río, Santiago", "unit": "pediatric step-down", "demographics": {"sex": "female", "dob": "2009-04-02"}, "admission_date": "2025-10-09",
           "history": "ingesta voluntaria de 30 comprimidos de paracetamol de 500 mg (15 g) 4 horas antes de consultar",
           "diagnoses": [{"icd10": "T39.1", "name": "Envenenamiento por paracetamol"}, {"icd10": "X60", "name": "Autoenvenenamiento intencional"},
                         {"icd10": "F32.1", "name": "Episodio depresivo moderado"}],
           "labs": {"paracetamolemia_4h": "210 mcg/mL (sobre línea de tratamiento)", "GPT_max": "88 U/L", "INR": "1,2", "funcion_renal": "normal"},
           "treatment": [{"atc": "V03AB23", "drug": "acetilcisteína", "regimen": "esquema de 21 horas, 150 mg/kg la primera hora", "route": "endovenosa"},
                         {"atc": "N06AB03", "drug": "fluoxetina", "regimen": "10 mg al día", "route": "oral", "by": "psiquiatría infantojuvenil"}],
           "discharge": "alta con su madre, plan de seguridad, control en COSAM en 72 horas"},
    base=("Ingresa por ingesta voluntaria de 30 comprimidos de paracetamol de 500 mg, alrededor de 15 g, 4 horas antes de consultar, en una adolescente de 16 años, configurándose "
          "envenenamiento por paracetamol (T39.1) con autoenvenenamiento intencional (X60). La paracetamolemia a las 4 horas es de 210 mcg/mL, sobre la línea de tratamiento del nomograma, "
          "con transaminasas normales al ingreso. Se inicia acetilcisteína (V03AB23) endovenosa en esquema de 21 horas, 150 mg/kg en la primera hora, y se hospitaliza en cuidados intermedios. "
          "Presenta GPT máxima de 88 U/L, INR de 1,2 y función renal normal, sin insuficiencia hepática. Es evaluada por psiquiatría infantojuvenil, que diagnostica episodio depresivo "
          "moderado (F32.1) e indica fluoxetina (N06AB03) 10 mg al día. Se va de alta con su madre, plan de seguridad y control en COSAM en 72 horas."),
    codes=[('envenenamiento por paracetamol', 'T39.1'), ('autoenvenenamiento intencional', 'X60'), ('acetilcisteína', 'V03AB23'), ('episodio depresivo moderado', 'F32.1'), ('fluoxetina', 'N06AB03')],
    fake=('F32.1', 'F32.6'), motivo='ingesta voluntaria de paracetamol', num_ok=['16'],
    traps=[("acetilcisteína (V03AB23)", "N-acetilcisteína (V03AB23)", 'drug name variant'),
           ("en una adolescente de 16 años", "en una joven de dieciséis años", 'age (from dates) in words'),
           ("sin insuficiencia hepática.", "sin insuficiencia hepática, por lo que no se requiere evaluación para trasplante.", 'procedure mentioned as not needed'),
           ("Es evaluada por psiquiatría infantojuvenil", "Es evaluada por el psiquiatra infantojuvenil", 'male staff member; patient female')],
    plants=[("en una adolescente de 16 años", "en una adolescente de 14 años", ['DEM001', 'HAL002'], 'age 14 vs 16 from dates; 14 not in input'),
            ("fluoxetina (N06AB03) 10 mg al día", "fluoxetina (N06AB03) 10 mg al día por vía endovenosa", ['HAL003'], 'fluoxetine route endovenosa vs oral'),
            ("Se inicia acetilcisteína", "Se realiza lavado gástrico con carbón activado y se inicia acetilcisteína", ['HAL001'], 'invented gastric lavage and charcoal'),
            ("GPT máxima de 88 U/L", "GPT máxima de 188 U/L", ['HAL002'], 'ALT value not in input')],
)

S19 = dict(
    id='s19', setting='Uruguay, mutualista, traumatología geriátrica con cuidados intermedios', style='uruguayo (policlínica)', schema='list of "key: value" strings, sex "fem."',
    input=["Institución: CASMU, Montevideo", "Sexo: fem.", "Edad: 86", "Motivo: caída de propia altura, dolor e impotencia funcional de cadera derecha",
           "Diagnóstico: S72.0 Fractura del cuello del fémur derecho", "Antecedente: I48.9 Fibrilación auricular",
           "Medicación habitual: B01AF02 apixabán 5 mg cada 12 horas; C07AB07 bisoprolol 2,5 mg al día",
           "Manejo anticoagulación: suspensión de apixabán 48 horas antes de cirugía; B01AB05 enoxaparina 40 mg subcutánea al día; reinicio de apixabán a las 48 horas del posoperatorio",
           "Cirugía: hemiartroplastia de cadera derecha", "Cuidados intermedios: 24 horas por delirium leve; hemoglobina 8,9 g/dL, sin transfusión",
           "Analgesia: N02BE01 paracetamol 1 g cada 8 horas", "Rehabilitación: deambula con andador al quinto día",
           "Alta: a domicilio con su hija; policlínica de traumatología en 14 días"],
    base=("Ingresa por caída de propia altura con dolor e impotencia funcional de cadera derecha, diagnosticándose fractura del cuello del fémur (S72.0) derecho en una paciente de 86 años "
          "con fibrilación auricular (I48.9) anticoagulada con apixabán (B01AF02) 5 mg cada 12 horas y en tratamiento con bisoprolol (C07AB07) 2,5 mg al día. "
          "Se suspende el apixabán 48 horas antes de la cirugía y se indica enoxaparina (B01AB05) 40 mg subcutánea al día como profilaxis. "
          "Se realiza hemiartroplastia de cadera derecha sin incidentes. Pasa 24 horas en cuidados intermedios por delirium leve y hemoglobina de 8,9 g/dL, sin requerir transfusión. "
          "Analgesia con paracetamol (N02BE01) 1 g cada 8 horas. Inicia rehabilitación con fisioterapia y deambula con andador al quinto día. "
          "Se reinicia apixabán a las 48 horas del posoperatorio. Alta a domicilio con su hija y control en policlínica de traumatología en 14 días."),
    codes=[('fractura del cuello del fémur', 'S72.0'), ('fibrilación auricular', 'I48.9'), ('apixabán', 'B01AF02'), ('bisoprolol', 'C07AB07'), ('enoxaparina', 'B01AB05'), ('paracetamol', 'N02BE01')],
    fake=('S72.0', 'S72.5'), motivo='caída de propia altura con dolor de cadera derecha',
    traps=[("Se realiza hemiartroplastia de cadera derecha", "Se realiza artroplastia parcial de cadera derecha", 'procedure synonym'),
           ("anticoagulada con apixabán (B01AF02)", "anticoagulada con Eliquis, apixabán (B01AF02),", 'brand name added'),
           ("fractura del cuello del fémur (S72.0) derecho", "fractura del cuello del fémur (S72.0) del lado derecho", 'laterality paraphrased'),
           ("en una paciente de 86 años", "en una paciente de ochenta y seis años", 'age in words')],
    plants=[("Se realiza hemiartroplastia de cadera derecha", "Se realiza hemiartroplastia de cadera izquierda", ['HAL004'], 'surgery side flipped'),
            ("apixabán (B01AF02) 5 mg cada 12 horas", "apixabán (B01AF02) 2,5 mg cada 12 horas", ['HAL003'], 'apixaban 2,5 vs 5 mg; 2,5 grounded elsewhere (bisoprolol)'),
            ("en una paciente de 86 años con fibrilación auricular (I48.9) anticoagulada", "en un paciente de 86 años con fibrilación auricular (I48.9) anticoagulado", ['DEM001'], 'masculine agreement (article + participle)'),
            ("sin requerir transfusión.", "requiriendo transfusión de 1 unidad de glóbulos rojos.", ['HAL001'], 'transfusion invented (input: sin transfusión)'),
            ("por delirium leve", "por delirium leve (F05.9)", ['COD002'], 'real code F05.9 added to delirium; input has the word but no code')],
)

S20 = dict(
    id='s20', setting='Perú, clínica privada, traumatología con cuidados intermedios', style='peruano (sale de alta, terapia física)', schema='nested English keys, birth date + admission date',
    input={"clinic": "Clínica privada, Arequipa, Perú", "demographics": {"sex": "male", "birth_date": "1935-01-15"}, "admission_date": "2025-08-03",
           "complaint": "caída en domicilio con dolor y acortamiento del miembro inferior izquierdo",
           "diagnoses": {"main": {"code": "S72.1", "desc": "Fractura pertrocantérea izquierda"}, "other": [{"code": "Z95.2", "desc": "Portador de prótesis valvular mecánica"}, {"code": "I10", "desc": "Hipertensión"}]},
           "anticoagulation": {"drug": {"atc": "B01AA03", "name": "warfarina", "dose": "5 mg al día"}, "INR_admission": "3,8", "INR_24h": "1,4",
                               "reversal": {"atc": "B02BA01", "name": "fitomenadiona (vitamina K)", "dose": "5 mg endovenosa"},
                               "bridge": {"atc": "B01AB05", "name": "enoxaparina", "dose": "1 mg/kg cada 12 horas subcutánea hasta INR terapéutico"}},
           "surgery": "osteosíntesis con clavo cefalomedular (PFNA) izquierdo", "analgesia": {"atc": "N02AX02", "name": "tramadol", "dose": "50 mg cada 8 horas"},
           "step_down": "48 horas, vigilancia hemodinámica; hemoglobina 9,6 g/dL", "discharge": "warfarina reiniciada; INR en 3 días; terapia física"},
    base=("Ingresa por caída en domicilio con dolor y acortamiento del miembro inferior izquierdo, diagnosticándose fractura pertrocantérea (S72.1) izquierda en un varón de 90 años "
          "portador de prótesis valvular mecánica (Z95.2), anticoagulado con warfarina (B01AA03) 5 mg al día, e hipertenso (I10). El INR de ingreso es 3,8, por lo que se suspende "
          "la warfarina y se administra fitomenadiona (B02BA01) 5 mg endovenosa, logrando INR de 1,4 a las 24 horas. Se realiza osteosíntesis con clavo cefalomedular izquierdo. "
          "Se indica puente con enoxaparina (B01AB05) 1 mg/kg cada 12 horas subcutánea hasta INR terapéutico y analgesia con tramadol (N02AX02) 50 mg cada 8 horas. "
          "Permanece 48 horas en cuidados intermedios por vigilancia hemodinámica, con hemoglobina de 9,6 g/dL. Sale de alta con warfarina reiniciada, control de INR en 3 días y terapia física."),
    codes=[('fractura pertrocantérea', 'S72.1'), ('prótesis valvular mecánica', 'Z95.2'), ('warfarina', 'B01AA03'), ('hipertenso', 'I10'), ('fitomenadiona', 'B02BA01'),
           ('enoxaparina', 'B01AB05'), ('tramadol', 'N02AX02')],
    fake=('Z95.2', 'Z95.6'), motivo='caída en domicilio con dolor del miembro inferior izquierdo', num_ok=['90'],
    traps=[("osteosíntesis con clavo cefalomedular izquierdo", "osteosíntesis con clavo PFNA en fémur izquierdo", 'implant named by acronym'),
           ("fitomenadiona (B02BA01)", "vitamina K (B02BA01)", 'drug by common name'),
           ("en un varón de 90 años", "en un nonagenario de sexo masculino", 'age as decade word')],
    plants=[("en un varón de 90 años", "en un varón de 80 años", ['DEM001', 'HAL002'], 'age 80 vs 90 from dates; 80 absent'),
            ("fractura pertrocantérea (S72.1) izquierda", "fractura pertrocantérea (S72.1) derecha", ['HAL004'], 'fracture side flipped'),
            ("fitomenadiona (B02BA01) 5 mg endovenosa", "fitomenadiona (B02BA01) 5 mg por vía oral", ['HAL003'], 'vitamin K route'),
            ("El INR de ingreso es 3,8", "El INR de ingreso es 4,6", ['HAL002'], 'INR value not in input')],
)

S21 = dict(
    id='s21', setting='Argentina, hospital de comunidad privado, cuidados intermedios', style='rioplatense, hepatología', schema='nested, codes inside free-text fields',
    input={"resumen": {"institucion": "Hospital privado de comunidad, Mar del Plata", "paciente": "mujer de 60 años",
                       "texto_ingreso": "hematemesis y melena de 6 horas; cirrosis hepática por esteatohepatitis (K74.6) Child-Pugh B; PA 88/50 mmHg, FC 124 lpm, hemoglobina 6,9 g/dL",
                       "transfusion": "2 unidades de glóbulos rojos, meta restrictiva",
                       "endoscopia": "várices esofágicas con hemorragia (I85.0); ligadura con 5 bandas",
                       "farmacos": "octreotide (H01CB02) 50 mcg en bolo y 50 mcg/h por 5 días; ceftriaxona (J01DD04) 1 g al día EV, profilaxis; carvedilol (C07AG02) 6,25 mg cada 12 horas",
                       "evolucion": "3 días en cuidados intermedios sin resangrado; hemoglobina 8,4 g/dL",
                       "plan": "nueva ligadura en 14 días; consultorio de hepatología"}},
    base=("Ingresa por hematemesis y melena de 6 horas de evolución en una mujer de 60 años con cirrosis hepática por esteatohepatitis (K74.6), Child-Pugh B. Al ingreso con PA 88/50 mmHg, "
          "FC 124 lpm y hemoglobina de 6,9 g/dL, recibe 2 unidades de glóbulos rojos con meta restrictiva. Se inicia octreotide (H01CB02) 50 mcg en bolo y luego 50 mcg/h en infusión "
          "por 5 días, y ceftriaxona (J01DD04) 1 g al día endovenosa como profilaxis antibiótica. La endoscopia digestiva alta muestra várices esofágicas con hemorragia (I85.0) y se realiza "
          "ligadura con 5 bandas. Permanece en la unidad de cuidados intermedios 3 días sin resangrado, con hemoglobina estable en 8,4 g/dL. Se indica carvedilol (C07AG02) 6,25 mg cada 12 horas "
          "como profilaxis secundaria. Alta con nueva sesión de ligadura programada en 14 días y control en consultorio de hepatología."),
    codes=[('cirrosis hepática por esteatohepatitis', 'K74.6'), ('octreotide', 'H01CB02'), ('ceftriaxona', 'J01DD04'), ('várices esofágicas con hemorragia', 'I85.0'), ('carvedilol', 'C07AG02')],
    fake=('I85.0', 'I85.3'), motivo='hematemesis y melena',
    traps=[("octreotide (H01CB02)", "octreotida (H01CB02)", 'drug spelling variant'),
           ("recibe 2 unidades de glóbulos rojos", "recibe dos unidades de glóbulos rojos", 'number in words'),
           ("La endoscopia digestiva alta muestra", "La VEDA muestra", 'procedure abbreviation (videoendoscopía digestiva alta)'),
           ("3 días sin resangrado,", "3 días sin resangrado ni necesidad de balón de Sengstaken o TIPS,", 'rescue procedures mentioned as not needed')],
    plants=[("en una mujer de 60 años", "en un hombre de 60 años", ['DEM001'], 'sex flipped'),
            ("carvedilol (C07AG02) 6,25 mg cada 12 horas", "carvedilol (C07AG02) 12,5 mg cada 12 horas", ['HAL003', 'HAL002'], 'carvedilol 12,5 vs 6,25 mg; 12,5 absent'),
            ("hemoglobina de 6,9 g/dL", "hemoglobina de 5,9 g/dL", ['HAL002'], 'Hb value not in input'),
            ("ligadura con 5 bandas.", "ligadura con 5 bandas y escleroterapia con cianoacrilato.", ['HAL001'], 'invented cyanoacrylate sclerotherapy')],
)

S22 = dict(
    id='s22', setting='República Dominicana, hospital infantil, cuidados intermedios pediátricos', style='dominicano pediátrico', schema='flat, mixed English/Spanish keys, sex "masc"',
    input={"hospital": "Hospital Infantil Dr. Robert Reid Cabral, Santo Domingo", "sex": "masc", "edad_años": 14, "antecedentes": "ninguno",
           "chief_complaint": "poliuria, polidipsia, pérdida de peso y respiración acelerada de 1 semana",
           "trigger": {"cie10": "J06.9", "nombre": "Infección respiratoria aguda superior"},
           "dx_principal": {"cie10": "E10.1", "nombre": "Diabetes mellitus tipo 1 con cetoacidosis (debut)"},
           "gases": "pH 7,12; bicarbonato 8 mEq/L", "glucemia": "436 mg/dL", "cetonuria": "positiva",
           "manejo": ["solución salina", {"atc": "A10AB01", "farmaco": "insulina cristalina", "dosis": "0,1 UI/kg/h en infusión"},
                      {"atc": "B05XA01", "farmaco": "cloruro de potasio", "dosis": "40 mEq por litro"}, "resolución de acidosis a las 18 horas", "educación en diabetes al paciente y su madre"],
           "alta": [{"atc": "A10AE04", "farmaco": "insulina glargina", "dosis": "12 UI en la noche"}, {"atc": "A10AB04", "farmaco": "insulina lispro", "dosis": "según conteo de carbohidratos"},
                    "endocrinología pediátrica en 1 semana"]},
    base=("Ingresa por poliuria, polidipsia, pérdida de peso y respiración acelerada de 1 semana de evolución en un adolescente de 14 años sin antecedentes, con infección respiratoria "
          "aguda superior (J06.9) previa. Los gases muestran pH 7,12 y bicarbonato de 8 mEq/L, con glucemia de 436 mg/dL y cetonuria positiva, diagnosticándose debut de diabetes mellitus "
          "tipo 1 con cetoacidosis (E10.1). En cuidados intermedios pediátricos recibe solución salina, insulina cristalina (A10AB01) 0,1 UI/kg/h en infusión y cloruro de potasio (B05XA01) "
          "40 mEq por litro, con resolución de la acidosis a las 18 horas. Se realiza educación en diabetes al paciente y a su madre. Sale con insulina glargina (A10AE04) 12 UI en la noche "
          "e insulina lispro (A10AB04) según conteo de carbohidratos, y cita en endocrinología pediátrica en 1 semana."),
    codes=[('infección respiratoria aguda superior', 'J06.9'), ('diabetes mellitus tipo 1 con cetoacidosis', 'E10.1'), ('insulina cristalina', 'A10AB01'), ('cloruro de potasio', 'B05XA01'),
           ('insulina glargina', 'A10AE04'), ('insulina lispro', 'A10AB04')],
    fake=('J06.9', 'J06.7'), motivo='poliuria, polidipsia, pérdida de peso y respiración acelerada',
    traps=[("en un adolescente de 14 años", "en un paciente masculino de catorce años", 'age in words'),
           ("Se realiza educación en diabetes al paciente y a su madre.", "La educadora en diabetes instruye al paciente y a su madre.", 'female staff and relative; patient male'),
           ("con glucemia de 436 mg/dL", "con glicemia de 436 mg/dl", 'spelling variant and unit case')],
    plants=[("en un adolescente de 14 años", "en una adolescente de 14 años", ['DEM001'], 'feminine article for male patient'),
            ("insulina glargina (A10AE04) 12 UI en la noche", "insulina glargina (A10AE04) 12 UI en la mañana", ['HAL003'], 'glargine timing morning vs night'),
            ("recibe solución salina,", "recibe solución salina, bicarbonato de sodio,", ['HAL001'], 'invented bicarbonate infusion'),
            ("Sale con insulina glargina", "Sale con levetiracetam (N03AX14) 500 mg cada 12 horas, insulina glargina", ['CLN001'], 'levetiracetam added to input+output without seizure diagnosis',
             lambda inp: (inp['alta'].insert(0, {"atc": "N03AX14", "farmaco": "levetiracetam", "dosis": "500 mg cada 12 horas"}), inp)[1]),
            ("recibe solución salina,", "recibe solución salina (B05XA03),", ['COD004'], 'ATC B05XA03 added to saline, which the input names without a code')],
)

S23 = dict(
    id='s23', setting='Guatemala, Hospital Roosevelt, pediatría con cuidados intermedios', style='guatemalteco pediátrico (acetaminofén, consulta externa)', schema='single free-text string',
    input=("Hospital Roosevelt, Guatemala, pediatría - cuidados intermedios. Niña de 7 años, 22 kg. Consulta por fiebre de 6 días, tos productiva y dolor torácico derecho. "
           "Rx: consolidación basal derecha con derrame pleural. Dx: J15.9 Neumonía bacteriana; J86.9 Empiema. Toracocentesis: líquido purulento, pH 6,9, LDH 2400 U/L. "
           "Procedimiento: tubo de tórax derecho por 7 días. Tratamiento: J01DD04 ceftriaxona 75 mg/kg/día IV; J01FF01 clindamicina 40 mg/kg/día IV dividida cada 6 horas; "
           "N02BE01 acetaminofén 15 mg/kg cada 6 horas. Evolución: afebril al día 5, reexpansión pulmonar. Alta: clindamicina oral para completar 4 semanas; "
           "control en consulta externa de neumología en 10 días."),
    base=("Ingresa por fiebre de 6 días, tos productiva y dolor torácico derecho en una niña de 7 años y 22 kg, con radiografía que muestra consolidación basal derecha con derrame pleural. "
          "Se diagnostica neumonía bacteriana (J15.9) complicada con empiema (J86.9), obteniéndose en la toracocentesis líquido purulento con pH 6,9 y LDH de 2400 U/L. "
          "Se coloca tubo de tórax derecho, que se mantiene por 7 días, y se hospitaliza en cuidados intermedios pediátricos. Recibe ceftriaxona (J01DD04) 75 mg/kg/día intravenosa y "
          "clindamicina (J01FF01) 40 mg/kg/día intravenosa dividida cada 6 horas, además de acetaminofén (N02BE01) 15 mg/kg cada 6 horas. Se mantiene afebril desde el día 5 y logra "
          "reexpansión pulmonar. Egresa con clindamicina oral hasta completar 4 semanas de tratamiento y control en la consulta externa de neumología en 10 días."),
    codes=[('neumonía bacteriana', 'J15.9'), ('empiema', 'J86.9'), ('ceftriaxona', 'J01DD04'), ('clindamicina', 'J01FF01'), ('acetaminofén', 'N02BE01')],
    fake=('J86.9', 'J86.5'), motivo='fiebre de 6 días, tos productiva y dolor torácico derecho',
    traps=[("acetaminofén (N02BE01)", "paracetamol (N02BE01)", 'drug synonym (acetaminofén = paracetamol)'),
           ("en una niña de 7 años", "en una escolar de siete años", 'age in words'),
           ("Se coloca tubo de tórax derecho", "Se realiza toracostomía con sonda pleural en hemitórax derecho", 'procedure and side paraphrased')],
    plants=[("Se coloca tubo de tórax derecho", "Se coloca tubo de tórax izquierdo", ['HAL004'], 'chest tube side flipped'),
            ("en una niña de 7 años", "en un niño de 7 años", ['DEM001'], 'sex flipped'),
            ("clindamicina (J01FF01) 40 mg/kg/día", "clindamicina (J01FF01) 75 mg/kg/día", ['HAL003'], 'clindamycin 75 vs 40 mg/kg/día; 75 grounded elsewhere (ceftriaxone)'),
            ("con derrame pleural.", "con derrame pleural (J90).", ['COD002'], 'real code J90 added, absent from input')],
)

SCENARIOS = [S17, S18, S19, S20, S21, S22, S23]
