S09 = dict(
    id='s09', setting='Argentina, clínica privada, posoperatorio con paso por cuidados intermedios', style='rioplatense quirúrgico', schema='flat, English keys',
    input={"clinic": "Clínica privada, Rosario, Argentina", "sex": "Female", "age": 63, "reason": "dolor abdominal cólico, distensión y falta de eliminación de gases de 2 días",
           "primary_dx": "C18.7 Adenocarcinoma de colon sigmoide con obstrucción intestinal", "comorbidity": "E03.9 Hipotiroidismo",
           "home_med": "H03AA01 levotiroxina 75 mcg diarios", "surgery": "operación de Hartmann con colostomía terminal en flanco izquierdo",
           "status_code": "Z93.3 Colostomía", "antibiotics": "J01DD04 ceftriaxona 2 g cada 24 horas + J01XD01 metronidazol 500 mg cada 8 horas endovenoso, 5 días",
           "analgesia": "N02AX02 tramadol 50 mg cada 8 horas", "thromboprophylaxis": "B01AB05 enoxaparina 40 mg diarios",
           "step_down_days": 2, "step_down_reason": "hipotensión que responde a cristaloides", "stoma": "funciona al cuarto día; entrenamiento por enfermería",
           "pathology": "adenocarcinoma moderadamente diferenciado pT3 N0", "follow_up": "coloproctología en 7 días; derivación a oncología"},
    base=("Ingresa por dolor abdominal cólico, distensión y falta de eliminación de gases de 2 días, constatándose obstrucción intestinal por adenocarcinoma de colon sigmoide (C18.7). "
          "Paciente de 63 años, hipotiroidea (E03.9) en tratamiento con levotiroxina (H03AA01) 75 mcg diarios. Se realiza operación de Hartmann con colostomía terminal en flanco izquierdo (Z93.3), "
          "con ceftriaxona (J01DD04) 2 g cada 24 horas y metronidazol (J01XD01) 500 mg cada 8 horas endovenoso por 5 días. "
          "Pasa 2 días en la unidad de cuidados intermedios por hipotensión que responde a cristaloides. Analgesia con tramadol (N02AX02) 50 mg cada 8 horas y tromboprofilaxis con "
          "enoxaparina (B01AB05) 40 mg diarios. La ostomía funciona al cuarto día, tolera dieta y recibe entrenamiento en cuidados del estoma por enfermería. "
          "Anatomía patológica informa adenocarcinoma moderadamente diferenciado pT3 N0. Se va de alta con control en consultorio de coloproctología en 7 días y derivación a oncología."),
    codes=[('adenocarcinoma de colon sigmoide', 'C18.7'), ('hipotiroidea', 'E03.9'), ('levotiroxina', 'H03AA01'), ('colostomía terminal en flanco izquierdo', 'Z93.3'),
           ('ceftriaxona', 'J01DD04'), ('metronidazol', 'J01XD01'), ('tramadol', 'N02AX02'), ('enoxaparina', 'B01AB05')],
    fake=('E03.9', 'E03.7'), motivo='dolor abdominal cólico, distensión y falta de eliminación de gases',
    traps=[("Paciente de 63 años, hipotiroidea", "Paciente de sexo femenino, de sesenta y tres años, hipotiroidea", 'age in words'),
           ("tramadol (N02AX02) 50 mg cada 8 horas", "tramadol (N02AX02) 50 mg c/8 h", 'frequency abbreviated'),
           ("responde a cristaloides.", "responde a cristaloides, sin requerir noradrenalina.", 'vasopressor mentioned as not needed')],
    plants=[("colostomía terminal en flanco izquierdo (Z93.3)", "colostomía terminal en flanco derecho (Z93.3)", ['HAL004'], 'stoma side flipped'),
            ("hipotiroidea (E03.9)", "hipotiroideo (E03.9)", ['DEM001'], 'masculine adjective for female patient'),
            ("500 mg cada 8 horas endovenoso", "500 mg cada 8 horas por vía oral", ['HAL003'], 'metronidazole route oral vs endovenoso'),
            ("pT3 N0.", "pT3 N0. Se coloca catéter venoso central para nutrición parenteral.", ['HAL001'], 'invented CVC and parenteral nutrition')],
)

S10 = dict(
    id='s10', setting='Uruguay, Hospital Maciel, cuidados intermedios oncológicos', style='uruguayo (paraclínica, policlínica)', schema='nested, birth date + admission date, sex "mujer"',
    input={"paciente": {"sexo": "mujer", "nacimiento": "20/06/1969"}, "ingreso": {"fecha": "14/09/2025", "lugar": "Hospital Maciel, cuidados intermedios"},
           "motivo": "confusión, vómitos y constipación de 5 días",
           "oncologia": {"diagnostico": {"cie": "C50.9", "texto": "Cáncer de mama"}, "metastasis": {"cie": "C79.5", "texto": "Metástasis óseas"},
                         "hormonoterapia": {"atc": "L02BG04", "farmaco": "letrozol", "dosis": "2,5 mg diarios"}},
           "paraclinica": {"calcio corregido": "14,2 mg/dL", "creatinina": "1,6 mg/dL", "PTH": "suprimida", "calcio dia 3": "10,1 mg/dL", "creatinina alta": "1,0 mg/dL"},
           "diagnostico_egreso": {"cie": "E83.5", "texto": "Hipercalcemia asociada a malignidad"},
           "tratamiento": [{"atc": "B05XA03", "farmaco": "suero fisiológico", "pauta": "200 mL/h"}, {"atc": "M05BA08", "farmaco": "ácido zoledrónico", "pauta": "4 mg intravenoso en 15 minutos"}],
           "plan": "continuar letrozol; calcemia en 1 semana; policlínica de oncología en 10 días para valorar denosumab y radioterapia"},
    base=("Ingresa por confusión, vómitos y constipación de 5 días en una mujer de 56 años con cáncer de mama (C50.9) en tratamiento con letrozol (L02BG04) 2,5 mg diarios y "
          "metástasis óseas (C79.5) conocidas. En la paraclínica se constata calcio corregido de 14,2 mg/dL, creatinina de 1,6 mg/dL y PTH suprimida, configurando "
          "hipercalcemia (E83.5) asociada a malignidad. Se hospitaliza en cuidados intermedios del Hospital Maciel para hidratación con suero fisiológico (B05XA03) 200 mL/h "
          "y se administra ácido zoledrónico (M05BA08) 4 mg intravenoso en 15 minutos. Al tercer día el calcio desciende a 10,1 mg/dL, con normalización del sensorio y tolerancia oral. "
          "La creatinina al alta es de 1,0 mg/dL. Se otorga alta con letrozol sin cambios, control de calcemia en 1 semana y policlínica de oncología en 10 días para valorar "
          "denosumab y radioterapia."),
    codes=[('cáncer de mama', 'C50.9'), ('letrozol', 'L02BG04'), ('metástasis óseas', 'C79.5'), ('hipercalcemia', 'E83.5'), ('suero fisiológico', 'B05XA03'), ('ácido zoledrónico', 'M05BA08')],
    fake=('E83.5', 'E83.6'), motivo='confusión, vómitos y constipación', num_ok=['56'],
    traps=[("calcio corregido de 14,2 mg/dL", "calcio corregido de 14.2 mg/dl", 'decimal point, lower-case unit'),
           ("suero fisiológico (B05XA03)", "cloruro de sodio isotónico (B05XA03)", 'synonym for normal saline'),
           ("en una mujer de 56 años", "en una paciente de cincuenta y seis años, acompañada por su esposo,", 'age in words; male relative')],
    plants=[("en una mujer de 56 años", "en una mujer de 65 años", ['DEM001', 'HAL002'], 'age 65 vs 56 from dates; 65 not in input'),
            ("4 mg intravenoso en 15 minutos", "4 mg subcutáneo en 15 minutos", ['HAL003'], 'zoledronic acid route'),
            ("y se administra ácido zoledrónico", "y se administra calcitonina junto con ácido zoledrónico", ['HAL001'], 'invented calcitonin'),
            ("vómitos y constipación de 5 días", "vómitos y constipación (K59.0) de 5 días", ['COD002'], 'real code K59.0 added, absent from input')],
)

S11 = dict(
    id='s11', setting='Chile, hospital público FONASA, oncología y cuidados intermedios', style='chileno (kinesiterapia, RM)', schema='flat, English keys, codes and names in parallel lists',
    input={"patient": "varón de 71 años, FONASA", "hospital": "Hospital del Salvador, Santiago", "admission_reason": "paraparesia y dolor dorsal de 10 días",
           "imaging": "RM de columna: metástasis en vértebra T10 con compresión medular",
           "dx_codes": ["C61", "C79.5", "G95.2"], "dx_names": ["cáncer de próstata", "metástasis óseas", "compresión medular"],
           "labs": "PSA 312 ng/mL; calcio 9,4 mg/dL",
           "meds": [{"atc": "H02AB02", "drug": "dexametasona", "dose": "16 mg al día EV"}, {"atc": "N02AA01", "drug": "morfina", "dose": "5 mg cada 4 horas SC"},
                    {"atc": "L02AE03", "drug": "goserelina", "dose": "10,8 mg subcutáneo cada 12 semanas"}],
           "procedures": "radioterapia descompresiva 20 Gy en 5 fracciones; neurocirugía: sin indicación quirúrgica",
           "course": "recupera fuerza parcial en extremidades inferiores, deambula con andador", "discharge": "kinesiterapia; control en oncología en 2 semanas"},
    base=("Ingresa por paraparesia y dolor dorsal de 10 días de evolución en un varón de 71 años con cáncer de próstata (C61). La RM de columna muestra metástasis en vértebra T10 "
          "con compresión medular (G95.2), en el contexto de metástasis óseas (C79.5), con PSA de 312 ng/mL y calcio de 9,4 mg/dL. Neurocirugía descarta indicación quirúrgica. "
          "Se inicia dexametasona (H02AB02) 16 mg al día endovenosa y analgesia con morfina (N02AA01) 5 mg cada 4 horas subcutánea, y recibe radioterapia descompresiva "
          "de 20 Gy en 5 fracciones. Se indica goserelina (L02AE03) 10,8 mg subcutáneo cada 12 semanas. Evoluciona con recuperación parcial de la fuerza en ambas extremidades inferiores "
          "y logra deambular con andador. Se va de alta con kinesiterapia y control en oncología en 2 semanas."),
    codes=[('cáncer de próstata', 'C61'), ('compresión medular', 'G95.2'), ('metástasis óseas', 'C79.5'), ('dexametasona', 'H02AB02'), ('morfina', 'N02AA01'), ('goserelina', 'L02AE03')],
    fake=('G95.2', 'G95.3'), motivo='paraparesia y dolor dorsal',
    traps=[("La RM de columna", "La resonancia magnética de columna", 'abbreviation expanded; T10 vertebra looks like a code but is anatomy'),
           ("en un varón de 71 años", "en un hombre de setenta y un años, cuya hija lo acompaña,", 'age in words; female relative'),
           ("morfina (N02AA01) 5 mg cada 4 horas subcutánea", "morfina (N02AA01) 5 mg SC c/4 h", 'route/frequency abbreviated')],
    plants=[("dexametasona (H02AB02) 16 mg al día", "dexametasona (H02AB02) 4 mg al día", ['HAL003'], 'dexamethasone 4 mg vs 16 mg; 4 grounded elsewhere (cada 4 horas)'),
            ("PSA de 312 ng/mL", "PSA de 213 ng/mL", ['HAL002'], 'PSA digits transposed, not in input'),
            ("Evoluciona con recuperación", "Queda internada y evoluciona con recuperación", ['DEM001'], 'feminine participle for male patient'),
            ("cada 12 semanas.", "cada 12 semanas. Se agrega metformina (A10BA02) 850 mg cada 12 horas.", ['CLN001'], 'metformin added to input+output without diabetes',
             lambda inp: (inp['meds'].append({"atc": "A10BA02", "drug": "metformina", "dose": "850 mg cada 12 horas"}), inp)[1])],
)

S12 = dict(
    id='s12', setting='Perú, INEN, cuidados intermedios oncológicos', style='peruano, formal', schema='nested Spanish, laterality field',
    input={"institucion": "Instituto Nacional de Enfermedades Neoplásicas (INEN), Lima", "unidad": "cuidados intermedios",
           "paciente": {"sexo": "femenino", "edad": 48}, "motivo": "fiebre de 38,9 °C y malestar general",
           "oncologico": {"diagnostico": {"codigo": "C50.4", "nombre": "Cáncer de mama izquierda en cuadrante superior externo"}, "lateralidad": "mama izquierda",
                          "cirugia": "mastectomía radical modificada izquierda", "quimioterapia": {"codigo": "L01CD02", "farmaco": "docetaxel", "ciclo": "cuarto ciclo, día 8"}},
           "hemograma": {"leucocitos": "600/mm3", "neutrofilos_absolutos": "100/mm3", "neutrofilos_dia_5": "1800/mm3"},
           "diagnostico_ingreso": {"codigo": "D70", "nombre": "Neutropenia febril"},
           "tratamiento": [{"codigo": "J01DE01", "nombre": "cefepima", "dosis": "2 g", "frecuencia": "cada 8 horas", "via": "endovenosa"},
                           {"codigo": "L03AA02", "nombre": "filgrastim", "dosis": "300 mcg", "frecuencia": "al día", "via": "subcutánea"},
                           {"codigo": "N02BE01", "nombre": "paracetamol", "dosis": "1 g", "frecuencia": "cada 8 horas condicional a fiebre", "via": "oral"}],
           "evolucion": "hemocultivos negativos a las 48 horas; afebril al tercer día", "alta": "signos de alarma; oncología médica en 7 días"},
    base=("Ingresa por fiebre de 38,9 °C y malestar general al día 8 de su cuarto ciclo de quimioterapia con docetaxel (L01CD02), en una paciente de 48 años con cáncer de mama izquierda "
          "en cuadrante superior externo (C50.4) operada con mastectomía radical modificada izquierda. Hemograma con leucocitos de 600/mm3 y neutrófilos absolutos de 100/mm3, "
          "configurando neutropenia febril (D70). Se hospitaliza en la unidad de cuidados intermedios del INEN con aislamiento protector, hemocultivos y cefepima (J01DE01) 2 g cada 8 horas "
          "endovenosa, además de filgrastim (L03AA02) 300 mcg subcutáneo al día y paracetamol (N02BE01) 1 g cada 8 horas condicional a fiebre. Hemocultivos negativos a las 48 horas. "
          "Queda afebril al tercer día y los neutrófilos ascienden a 1800/mm3 al quinto día. Alta con indicaciones de alarma y control en oncología médica en 7 días para continuar el esquema."),
    codes=[('docetaxel', 'L01CD02'), ('cáncer de mama izquierda en cuadrante superior externo', 'C50.4'), ('neutropenia febril', 'D70'), ('cefepima', 'J01DE01'),
           ('filgrastim', 'L03AA02'), ('paracetamol', 'N02BE01')],
    fake=('C50.4', 'C50.7'), motivo='fiebre de 38,9 °C y malestar general',
    traps=[("mastectomía radical modificada izquierda", "mastectomía radical modificada del lado izquierdo", 'laterality paraphrased'),
           ("fiebre de 38,9 °C y malestar general al día", "fiebre de 38.9 grados y malestar general al día", 'number format and unit in words'),
           ("filgrastim (L03AA02)", "filgrastim (L03AA02), factor estimulante de colonias de granulocitos,", 'drug class added'),
           ("Hemocultivos negativos a las 48 horas.", "Hemocultivos negativos a las 48 horas, sin necesidad de agregar vancomicina.", 'drug mentioned as NOT given')],
    plants=[("operada con mastectomía radical modificada izquierda", "operada con mastectomía radical modificada derecha", ['HAL004'], 'mastectomy side flipped'),
            ("cefepima (J01DE01) 2 g cada 8 horas", "cefepima (J01DE01) 1 g cada 8 horas", ['HAL003'], 'cefepime 1 g vs 2 g; 1 grounded elsewhere (paracetamol)'),
            ("en una paciente de 48 años", "en una paciente de 84 años", ['DEM001', 'HAL002'], 'age 84 vs 48; 84 absent'),
            ("hemocultivos y cefepima", "hemocultivos, vancomicina y cefepima", ['HAL001'], 'invented vancomycin')],
)

S13 = dict(
    id='s13', setting='Venezuela, hospital universitario, infectología y cuidados intermedios', style='venezolano (egresa, consulta)', schema='nested, sex "hombre", labs with numeric values',
    input={"hospital": "Hospital Universitario de Maracaibo", "servicio": "Infectología / cuidados intermedios",
           "px": {"sexo": "hombre", "edad": 34, "antecedente": "infección por VIH sin tratamiento"},
           "motivo": "cefalea intensa, fiebre y vómitos de 2 semanas",
           "dx": [{"cie": "B20.5", "desc": "Enfermedad por VIH con micosis"}, {"cie": "B45.1", "desc": "Criptococosis cerebral"}],
           "lab": {"presion_apertura_cmH2O": 32, "tinta_china": "positiva", "CD4_celulas_mm3": 42},
           "procedimientos": "3 punciones lumbares evacuadoras",
           "tto": [{"atc": "J02AA01", "nombre": "anfotericina B", "pauta": "1 mg/kg/día endovenosa por 14 días"},
                   {"atc": "J02AC01", "nombre": "fluconazol", "pauta": "800 mg al día en inducción; 400 mg al día al egreso"},
                   {"atc": "J01EE01", "nombre": "cotrimoxazol", "pauta": "800/160 mg al día"}],
           "plan_tarv": [{"atc": "J05AR03", "nombre": "tenofovir/emtricitabina"}, {"atc": "J05AX12", "nombre": "dolutegravir", "pauta": "50 mg al día"}, "iniciar a las 5 semanas del antifúngico"],
           "egreso": "control en consulta de infectología en 2 semanas"},
    base=("Ingresa por cefalea intensa, fiebre y vómitos de 2 semanas de evolución en un hombre de 34 años con infección por VIH sin tratamiento, diagnosticándose enfermedad por VIH "
          "con micosis (B20.5) por criptococosis cerebral (B45.1). La punción lumbar muestra presión de apertura de 32 cmH2O y tinta china positiva, con CD4 de 42 células/mm3. "
          "Recibe anfotericina B (J02AA01) 1 mg/kg/día endovenosa por 14 días más fluconazol (J02AC01) 800 mg al día, requiriendo 3 punciones lumbares evacuadoras. "
          "Se traslada a la unidad de cuidados intermedios para monitoreo de potasio y función renal. Se indica profilaxis con cotrimoxazol (J01EE01) 800/160 mg al día y se planifica "
          "iniciar tenofovir/emtricitabina (J05AR03) con dolutegravir (J05AX12) 50 mg al día a las 5 semanas del antifúngico. "
          "Egresa con fluconazol 400 mg al día y control en la consulta de infectología en 2 semanas."),
    codes=[('enfermedad por VIH con micosis', 'B20.5'), ('criptococosis cerebral', 'B45.1'), ('anfotericina B', 'J02AA01'), ('fluconazol', 'J02AC01'),
           ('cotrimoxazol', 'J01EE01'), ('tenofovir/emtricitabina', 'J05AR03'), ('dolutegravir', 'J05AX12')],
    fake=('B45.1', 'B45.5'), motivo='cefalea intensa, fiebre y vómitos',
    traps=[("anfotericina B (J02AA01) 1 mg/kg/día endovenosa", "anfotericina B desoxicolato (J02AA01) 1 mg/kg/día EV", 'formulation named, route abbreviated'),
           ("en un hombre de 34 años", "en un paciente masculino de treinta y cuatro años, acompañado por su madre,", 'age in words; female relative'),
           ("Se traslada a la unidad", "No se inicia TARV de inmediato por riesgo de síndrome de reconstitución inmune. Se traslada a la unidad", 'therapy explicitly deferred (not given)')],
    plants=[("en un hombre de 34 años", "en una mujer de 34 años", ['DEM001'], 'sex flipped'),
            ("fluconazol (J02AC01) 800 mg al día", "fluconazol (J02AC01) 400 mg al día", ['HAL003'], 'induction fluconazole 400 vs 800; 400 grounded elsewhere (discharge dose)'),
            ("presión de apertura de 32 cmH2O", "presión de apertura de 38 cmH2O", ['HAL002'], 'opening pressure not in input'),
            ("3 punciones lumbares evacuadoras.", "3 punciones lumbares evacuadoras y colocación de derivación ventriculoperitoneal.", ['HAL001'], 'invented VP shunt')],
)

S14 = dict(
    id='s14', setting='República Dominicana, maternidad, alto riesgo obstétrico', style='dominicano, obstétrico', schema='flat Spanish keys, sex "mujer", gestational age',
    input={"centro": "Hospital Materno Infantil San Lorenzo de Los Mina, Santo Domingo", "sexo": "mujer", "edad": 24, "embarazo": "28 semanas",
           "motivo": "fiebre, escalofríos, disuria y dolor lumbar derecho de 3 días",
           "diagnostico_1": "O23.0 Infección del riñón en el embarazo", "diagnostico_2": "N10 Pielonefritis aguda derecha",
           "signos": "temperatura 39,2 °C; FC 112 lpm", "laboratorio": "leucocitos 17.600/mm3; creatinina 0,7 mg/dL; urocultivo E. coli sensible a cefalosporinas",
           "imagen": "ecografía renal sin dilatación; monitoreo fetal reactivo",
           "medicamentos": "J01DD04 ceftriaxona 1 g cada 12 horas IV; N02BE01 paracetamol 1 g cada 8 horas condicional a fiebre; J01DB01 cefalexina 500 mg cada 6 horas oral hasta completar 14 días (tras 48 horas afebril)",
           "alta": "urocultivo de control; consulta prenatal en 1 semana"},
    base=("Ingresa por fiebre, escalofríos, disuria y dolor lumbar derecho de 3 días de evolución en una gestante de 24 años con embarazo de 28 semanas, diagnosticándose infección del riñón "
          "en el embarazo (O23.0) por pielonefritis aguda derecha (N10). Al ingreso presenta temperatura de 39,2 °C, FC 112 lpm, leucocitos de 17.600/mm3 y creatinina de 0,7 mg/dL. "
          "La ecografía renal no muestra dilatación y el monitoreo fetal es reactivo. Recibe ceftriaxona (J01DD04) 1 g cada 12 horas intravenosa y paracetamol (N02BE01) 1 g cada 8 horas "
          "condicional a fiebre, con hidratación. Urocultivo con E. coli sensible a cefalosporinas. Tras 48 horas afebril se rota a cefalexina (J01DB01) 500 mg cada 6 horas oral "
          "hasta completar 14 días. Alta con urocultivo de control y cita en consulta prenatal en 1 semana."),
    codes=[('infección del riñón en el embarazo', 'O23.0'), ('pielonefritis aguda derecha', 'N10'), ('ceftriaxona', 'J01DD04'), ('paracetamol', 'N02BE01'), ('cefalexina', 'J01DB01')],
    fake=('O23.0', 'O23.6'), motivo='fiebre, escalofríos, disuria y dolor lumbar derecho',
    traps=[("dolor lumbar derecho de 3 días de evolución", "dolor en fosa renal derecha de 3 días de evolución", 'laterality/location paraphrased'),
           ("en una gestante de 24 años con embarazo de 28 semanas", "en una embarazada de veinticuatro años que cursa la semana 28", 'age in words, gestation rephrased'),
           ("La ecografía renal no muestra dilatación", "La ecografía renal descarta hidronefrosis", 'ruled-out finding'),
           ("cefalexina (J01DB01)", "cefalexina (J01DB01), cefalosporina de primera generación,", 'drug class added')],
    plants=[("por pielonefritis aguda derecha (N10)", "por pielonefritis aguda izquierda (N10)", ['HAL004'], 'pyelonephritis side flipped'),
            ("cefalexina (J01DB01) 500 mg cada 6 horas", "cefalexina (J01DB01) 500 mg cada 12 horas", ['HAL003'], 'cefalexin frequency 12 vs 6 h; 12 grounded elsewhere'),
            ("con hidratación.", "con hidratación y enalapril (C09AA02) 10 mg cada 12 horas.", ['CLN001'], 'enalapril added to input+output: no hypertension diagnosis (and contraindicated in pregnancy)',
             lambda inp: {**inp, 'medicamentos': inp['medicamentos'] + '; C09AA02 enalapril 10 mg cada 12 horas'}),
            ("leucocitos de 17.600/mm3", "leucocitos de 21.400/mm3", ['HAL002'], 'leukocyte count not in input')],
)

S15 = dict(
    id='s15', setting='Guatemala, Hospital Roosevelt, cuidados intermedios obstétricos', style='guatemalteco obstétrico', schema='list of sections with English keys',
    input=[{"section": "patient", "data": {"sex": "F", "age": 31, "gestational_age_weeks": 35, "gravidity": "primigesta"}},
           {"section": "presentation", "data": "cefalea, fosfenos y edema generalizado; PA 168/112 mmHg; proteinuria 3,2 g en 24 horas; plaquetas 118.000/mm3; TGO 64 U/L"},
           {"section": "diagnoses", "data": [{"code": "O14.1", "text": "Preeclampsia severa"}, {"code": "O82.1", "text": "Parto por cesárea de urgencia"}]},
           {"section": "medications", "data": [{"atc": "A12CC02", "name": "sulfato de magnesio", "regimen": "4 g en bolo IV, luego 1 g/h por 24 horas"},
                                               {"atc": "C07AG01", "name": "labetalol", "regimen": "20 mg IV"}, {"atc": "H02AB01", "name": "betametasona", "regimen": "12 mg IM"},
                                               {"atc": "H01BB02", "name": "oxitocina", "regimen": "10 UI"}]},
           {"section": "delivery", "data": "cesárea de urgencia; recién nacido vivo masculino de 2350 g, Apgar 8 y 9"},
           {"section": "discharge", "data": {"day": "cuarto día", "meds": [{"atc": "C08CA05", "name": "nifedipino", "regimen": "30 mg de liberación prolongada al día"}, "paracetamol 500 mg cada 8 horas"],
                                             "follow_up": "control de presión en 72 horas en el centro de salud"}}],
    base=("Ingresa por cefalea, fosfenos y edema generalizado en una primigesta de 31 años con embarazo de 35 semanas, constatándose PA de 168/112 mmHg y proteinuria de 3,2 g en 24 horas, "
          "con diagnóstico de preeclampsia severa (O14.1). Plaquetas de 118.000/mm3 y TGO de 64 U/L. Se inicia sulfato de magnesio (A12CC02) 4 g en bolo intravenoso seguido de 1 g/h "
          "en infusión, labetalol (C07AG01) 20 mg intravenoso y betametasona (H02AB01) 12 mg intramuscular. Se realiza cesárea de urgencia (O82.1) con recién nacido vivo de 2350 g, "
          "Apgar 8 y 9, y se administra oxitocina (H01BB02) 10 UI. Continúa 24 horas de sulfato de magnesio en cuidados intermedios sin signos de toxicidad. "
          "Egresa al cuarto día con nifedipino (C08CA05) 30 mg de liberación prolongada al día y control de presión en 72 horas en el centro de salud."),
    codes=[('preeclampsia severa', 'O14.1'), ('sulfato de magnesio', 'A12CC02'), ('labetalol', 'C07AG01'), ('betametasona', 'H02AB01'), ('cesárea de urgencia', 'O82.1'),
           ('oxitocina', 'H01BB02'), ('nifedipino', 'C08CA05')],
    fake=('O14.1', 'O14.8'), motivo='cefalea, fosfenos y edema generalizado',
    traps=[("con recién nacido vivo de 2350 g", "con recién nacido vivo de sexo masculino, de 2350 g", "newborn's (male) sex, patient female"),
           ("PA de 168/112 mmHg", "presión arterial de 168/112", 'abbreviation expanded, unit dropped'),
           ("Se inicia sulfato de magnesio (A12CC02) 4 g", "Se inicia sulfato de magnesio (A12CC02) según esquema de Zuspan, 4 g", 'named regimen matching the dose'),
           ("sin signos de toxicidad.", "sin signos de toxicidad, por lo que no se requiere gluconato de calcio.", 'antidote mentioned as NOT given')],
    plants=[("seguido de 1 g/h", "seguido de 4 g/h", ['HAL003'], 'MgSO4 maintenance 4 g/h vs 1 g/h; 4 grounded by bolus'),
            ("en una primigesta de 31 años", "en una primigesta de 13 años", ['DEM001', 'HAL002'], 'age 13 vs 31; 13 absent'),
            ("Se realiza cesárea de urgencia (O82.1)", "Se realiza cesárea de urgencia (O82.1) con salpingoclasia bilateral", ['HAL001'], 'invented tubal ligation'),
            ("al día y control de presión", "al día, paracetamol (N02BE01) 500 mg cada 8 horas y control de presión", ['COD004'], 'ATC N02BE01 added; paracetamol is in input uncoded')],
)

S16 = dict(
    id='s16', setting='Cuba, hospital pediátrico, terapia intermedia pediátrica', style='cubano pediátrico', schema='nested, age as string with weight',
    input={"hospital": "Hospital Pediátrico Docente William Soler, La Habana", "sala": "terapia intermedia pediátrica",
           "paciente": {"sexo": "masculino", "edad": "4 años", "peso": "16 kg"}, "motivo": "fiebre de 5 días, tos y dificultad respiratoria",
           "diagnosticos": [{"codigo": "J18.9", "descripcion": "Neumonía basal izquierda"}, {"codigo": "J90", "descripcion": "Derrame pleural izquierdo"}],
           "imagenes": ["radiografía de tórax: neumonía basal izquierda con derrame", "ecografía: derrame tabicado"],
           "procederes": ["toracocentesis", "sonda pleural izquierda, retirada al sexto día con reexpansión completa"],
           "liquido_pleural": {"pH": "7,1", "glucosa": "35 mg/dL"},
           "medicamentos": [{"codigo": "J01DD04", "nombre": "ceftriaxona", "dosis": "100 mg/kg/día", "via": "endovenosa"},
                            {"codigo": "M01AE01", "nombre": "ibuprofeno", "dosis": "10 mg/kg cada 8 horas", "via": "oral"}],
           "alta": {"medicamento": {"codigo": "J01CR02", "nombre": "amoxicilina con ácido clavulánico", "dosis": "90 mg/kg/día oral por 3 semanas"},
                    "seguimiento": "consulta de neumología en 2 semanas", "educacion": "signos de alarma a la madre"}},
    base=("Ingresa por fiebre de 5 días, tos y dificultad respiratoria en un niño de 4 años y 16 kg, con radiografía de tórax que muestra neumonía (J18.9) basal izquierda con "
          "derrame pleural (J90) izquierdo. Se ingresa en terapia intermedia pediátrica con oxígeno por cánula nasal y ceftriaxona (J01DD04) 100 mg/kg/día endovenosa. "
          "La ecografía confirma derrame tabicado, por lo que se realiza toracocentesis y se coloca sonda pleural izquierda, obteniendo líquido con pH 7,1 y glucosa de 35 mg/dL. "
          "La sonda se retira al sexto día con reexpansión pulmonar completa. Recibe ibuprofeno (M01AE01) 10 mg/kg cada 8 horas para la fiebre y el dolor. "
          "Al alta, en buen estado general, se indica amoxicilina con ácido clavulánico (J01CR02) 90 mg/kg/día oral hasta completar 3 semanas y seguimiento en consulta de neumología "
          "en 2 semanas. La madre recibe educación sobre signos de alarma."),
    codes=[('neumonía', 'J18.9'), ('derrame pleural', 'J90'), ('ceftriaxona', 'J01DD04'), ('ibuprofeno', 'M01AE01'), ('amoxicilina con ácido clavulánico', 'J01CR02')],
    fake=('J18.9', 'J18.7'), motivo='fiebre de 5 días, tos y dificultad respiratoria',
    traps=[("en un niño de 4 años", "en un preescolar masculino de cuatro años", 'age in words'),
           ("amoxicilina con ácido clavulánico (J01CR02)", "amoxicilina/clavulánico (J01CR02)", 'drug name abbreviated'),
           ("La sonda se retira al sexto día", "Sin necesidad de videotoracoscopia ni fibrinolíticos, la sonda se retira al sexto día", 'procedures/drugs mentioned as not needed')],
    plants=[("se coloca sonda pleural izquierda", "se coloca sonda pleural derecha", ['HAL004'], 'chest tube side flipped'),
            ("en un niño de 4 años", "en una niña de 4 años", ['DEM001'], 'sex flipped'),
            ("100 mg/kg/día endovenosa", "100 mg/kg/día intramuscular", ['HAL003'], 'ceftriaxone route'),
            ("glucosa de 35 mg/dL", "glucosa de 53 mg/dL", ['HAL002'], 'pleural glucose not in input')],
)

SCENARIOS = [S09, S10, S11, S12, S13, S14, S15, S16]
