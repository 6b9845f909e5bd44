from cases_common import S, T, P

# ---------------------------------------------------------------- E1 paediatric appendicitis, Lima
S("E1-cirped-apendicitis-perforada", "Cirugía Pediátrica, Instituto Nacional de Salud del Niño San Borja, Lima (Perú)",
  "prosa peruana pediátrica", "objeto anidado, edad como objeto {años}, acompañante con sexo y edad",
  {
      "institucion": "Instituto Nacional de Salud del Niño San Borja, Lima - Cirugía Pediátrica",
      "paciente": {"sexo": "masculino", "edad": {"años": 9}, "peso": "28 kg"},
      "acompanante": "madre, 34 años",
      "enfermedad_actual": "dolor abdominal migratorio a fosa ilíaca derecha de 48 horas, vómitos y fiebre de 38,8 °C",
      "examenes": {"leucocitos": "19400/mm3", "PCR": "142 mg/L"},
      "ecografia": "apéndice de 11 mm no compresible con líquido libre en fosa ilíaca derecha",
      "diagnostico": [{"cie10": "K35.2", "nombre": "apendicitis aguda con peritonitis generalizada"}],
      "cirugia": "apendicectomía laparoscópica con lavado peritoneal; apéndice perforado",
      "antibioticos": [
          {"atc": "J01DD04", "nombre": "ceftriaxona", "dosis": "1400 mg IV cada 24 horas"},
          {"atc": "J01XD01", "nombre": "metronidazol", "dosis": "840 mg IV cada 24 horas"},
      ],
      "analgesia": [{"atc": "N02BB02", "nombre": "metamizol", "dosis": "560 mg IV cada 8 horas"}],
      "evolucion": "tolera dieta al día 3, afebril desde el día 4, herida limpia",
      "alta": {"dia": 6, "indicaciones": "amoxicilina/ácido clavulánico 40 mg/kg/día VO por 3 días más; control en consultorio de cirugía pediátrica en 7 días"},
  },
  "Ingresa por dolor abdominal migratorio a fosa ilíaca derecha de 48 horas, con vómitos y fiebre de 38,8 °C, en un "
  "niño de 9 años y 28 kg, acompañado por su madre. Laboratorio: leucocitos 19400/mm3 y PCR 142 mg/L. La ecografía "
  "muestra apéndice de 11 mm no compresible con líquido libre en fosa ilíaca derecha. Se diagnostica apendicitis "
  "aguda con peritonitis generalizada (K35.2) y se realiza apendicectomía laparoscópica con lavado peritoneal, "
  "hallándose apéndice perforado. Recibe ceftriaxona (J01DD04) 1400 mg IV cada 24 horas, metronidazol (J01XD01) "
  "840 mg IV cada 24 horas y metamizol (N02BB02) 560 mg IV cada 8 horas. Tolera dieta al día 3, está afebril desde "
  "el día 4 y la herida se mantiene limpia. Alta al día 6 con amoxicilina/ácido clavulánico 40 mg/kg/día VO por 3 "
  "días más y control en consultorio de cirugía pediátrica en 7 días.",
  [
      T("mother's sex and age (34) stated; patient still a 9-year-old boy",
        [("acompañado por su madre.", "acompañado por su madre, de 34 años.")]),
      T("dose converted plainly: 1,4 g for 1400 mg", [("ceftriaxona (J01DD04) 1400 mg IV", "ceftriaxona (J01DD04) 1,4 g IV")], numok=True),
      T("FID abbreviation for fosa ilíaca derecha", [("con líquido libre en fosa ilíaca derecha", "con líquido libre en FID")]),
      T("dipirona synonym for metamizol", [("y metamizol (N02BB02)", "y dipirona (N02BB02)")]),
      P(["DEM001"], "girl instead of boy (niña, acompañada)",
        [("niño de 9 años y 28 kg, acompañado", "niña de 9 años y 28 kg, acompañada")]),
      P(["DEM001"], "age 11 instead of 9; 11 exists elsewhere in input (appendix 11 mm) so no HAL002",
        [("niño de 9 años", "niño de 11 años")]),
      P(["HAL004"], "pain migrating to the left iliac fossa (input right)",
        [("Ingresa por dolor abdominal migratorio a fosa ilíaca derecha", "Ingresa por dolor abdominal migratorio a fosa ilíaca izquierda")]),
      P(["HAL003"], "metronidazol cada 8 horas (input cada 24; 8 exists elsewhere)",
        [("metronidazol (J01XD01) 840 mg IV cada 24 horas", "metronidazol (J01XD01) 840 mg IV cada 8 horas")]),
      P(["COD004"], "correct ATC J01CR02 for amoxicilina/clavulánico, but the input has no code for it",
        [("con amoxicilina/ácido clavulánico 40", "con amoxicilina/ácido clavulánico (J01CR02) 40")]),
      P(["FMT001"], "lowercase start", [("Ingresa por dolor", "ingresa por dolor")]),
      P(["HAL001"], "Penrose drain left (device not in input)",
        [("hallándose apéndice perforado.", "hallándose apéndice perforado, y se deja dren de Penrose.")]),
      P(["REP001"], "sentence repeated",
        [("Tolera dieta al día 3, está afebril desde el día 4 y la herida se mantiene limpia.",
          "Tolera dieta al día 3, está afebril desde el día 4 y la herida se mantiene limpia. Tolera dieta al día 3, está afebril desde el día 4 y la herida se mantiene limpia.")]),
  ])

# ---------------------------------------------------------------- E2 DKA, Sevilla
S("E2-endocrino-cetoacidosis", "Endocrinología y Nutrición, Hospital Universitario Virgen del Rocío, Sevilla (España)",
  "prosa peninsular (analítica, pauta)", "claves en inglés, labs en una sola cadena, códigos dentro de cadenas de lista",
  {
      "unit": "Endocrinología y Nutrición - Hospital Universitario Virgen del Rocío, Sevilla",
      "sex": "mujer", "age": 19,
      "complaint": "poliuria, polidipsia, vómitos y dolor abdominal de 2 días, respiración de Kussmaul",
      "known_dx": "diabetes mellitus tipo 1 desde los 12 años, mala adherencia a insulina",
      "labs": "glucemia 486 mg/dL; pH 7,08; bicarbonato 8 mmol/L; cetonemia 5,9 mmol/L; potasio 5,6 mmol/L; anión gap 28",
      "dx_codes": ["E10.1 diabetes mellitus tipo 1 con cetoacidosis"],
      "treatment": ["suero fisiológico 0,9% (B05XA03) 1000 mL en la primera hora",
                    "insulina regular (A10AB01) en perfusión IV a 0,1 UI/kg/h",
                    "cloruro potásico (A12BA01) 20 mEq/L en sueros cuando potasio < 5,2 mmol/L"],
      "course": "resolución de la cetoacidosis a las 18 horas; paso a pauta subcutánea",
      "discharge_meds": ["insulina glargina (A10AE04) 22 UI/24 h SC", "insulina asparta (A10AB05) 6 UI antes de cada comida SC"],
      "education": "educación diabetológica reforzada; control en hospital de día de diabetes en 1 semana",
      "los_days": 4,
  },
  "Ingresa por poliuria, polidipsia, vómitos y dolor abdominal de 2 días con respiración de Kussmaul, en una mujer de "
  "19 años con diabetes mellitus tipo 1 desde los 12 años y mala adherencia a la insulina. Analítica: glucemia 486 "
  "mg/dL, pH 7,08, bicarbonato 8 mmol/L, cetonemia 5,9 mmol/L, potasio 5,6 mmol/L y anión gap 28. Se diagnostica "
  "diabetes mellitus tipo 1 con cetoacidosis (E10.1). Se trata con suero fisiológico 0,9% (B05XA03) 1000 mL en la "
  "primera hora, insulina regular (A10AB01) en perfusión IV a 0,1 UI/kg/h y cloruro potásico (A12BA01) 20 mEq/L en "
  "los sueros cuando el potasio baja de 5,2 mmol/L. La cetoacidosis se resuelve a las 18 horas, con paso a pauta "
  "subcutánea. Alta a los 4 días con insulina glargina (A10AE04) 22 UI/24 h SC e insulina asparta (A10AB05) 6 UI "
  "antes de cada comida SC, tras educación diabetológica reforzada y con control en hospital de día de diabetes en 1 "
  "semana.",
  [
      T("CAD abbreviation", [("La cetoacidosis se resuelve", "La CAD se resuelve")]),
      T("glucose also given in mmol/L (486 mg/dL = 27 mmol/L), plain conversion",
        [("glucemia 486 mg/dL,", "glucemia 486 mg/dL (27 mmol/L),")], numok=True),
      T("brand Lantus for insulina glargina", [("con insulina glargina (A10AE04)", "con Lantus (A10AE04)")]),
      T("negated drug: no bicarbonate given",
        [("con paso a pauta subcutánea.", "con paso a pauta subcutánea, sin necesidad de bicarbonato.")]),
      P(["COD001"], "CIE-10 code not in parentheses", [("con cetoacidosis (E10.1).", "con cetoacidosis E10.1.")]),
      P(["COD003"], "ATC after a comma instead of parentheses", [("cloruro potásico (A12BA01) 20", "cloruro potásico, A12BA01, 20")]),
      P(["DEM001"], "sex flipped: un hombre", [("en una mujer de", "en un hombre de")]),
      P(["HAL003"], "glargina every 12 h (input /24 h; 12 exists elsewhere)",
        [("(A10AE04) 22 UI/24 h SC", "(A10AE04) 22 UI/12 h SC")]),
      P(["HAL002"], "pH 6,98 (input 7,08; absent)", [("pH 7,08", "pH 6,98")]),
      P(["COD005"], "ATC codes of glargina and asparta swapped",
        [("insulina glargina (A10AE04)", "insulina glargina (A10AB05)"), ("insulina asparta (A10AB05)", "insulina asparta (A10AE04)")]),
      P(["CLN001"], "input and output add bisoprolol without cardiovascular diagnosis",
        [("antes de cada comida SC,", "antes de cada comida SC y bisoprolol (C07AB07) 2,5 mg al día,")],
        input_reps=[('"insulina asparta (A10AB05) 6 UI antes de cada comida SC"', '"insulina asparta (A10AB05) 6 UI antes de cada comida SC", "bisoprolol (C07AB07) 2,5 mg al día VO"')]),
  ])

# ---------------------------------------------------------------- E3 adrenal crisis, Buenos Aires
E3_INPUT = ("HOSPITAL ITALIANO DE BUENOS AIRES - ENDOCRINOLOGÍA. Paciente de sexo masculino, 38 años. Motivo: vómitos, "
            "diarrea, hipotensión (TA 78/40 mmHg) y confusión de 24 h. Antecedente: enfermedad de Addison, CIE-10 E27.1, "
            "en tratamiento con hidrocortisona 20 mg/día VO (ATC H02AB09) y fludrocortisona 0,1 mg/día VO (ATC H02AA02); "
            "abandonó la hidrocortisona hace 4 días por la gastroenteritis. Laboratorio: Na 124 mEq/L, K 6,1 mEq/L, glucemia "
            "58 mg/dL, cortisol 2,1 µg/dL. Diagnósticos: crisis suprarrenal, CIE-10 E27.2; gastroenteritis aguda, CIE-10 A09. "
            "Tratamiento: hidrocortisona 100 mg IV en bolo y luego 50 mg IV cada 6 h; solución fisiológica 3000 mL en 24 h; "
            "dextrosa al 10%. Evolución: normotenso a las 6 h, Na 135 mEq/L al día 3. Alta día 4 con hidrocortisona 20 mg/día "
            "VO repartida en 3 tomas, fludrocortisona 0,1 mg/día VO, pautas de dosis de estrés y kit de hidrocortisona inyectable.")
S("E3-endocrino-crisis-suprarrenal", "Endocrinología, Hospital Italiano de Buenos Aires (Argentina)",
  "prosa rioplatense (TA, natremia)", "un solo texto libre en mayúsculas/minúsculas, códigos como 'CIE-10 E27.1' y 'ATC H02AB09' sin paréntesis",
  E3_INPUT,
  "Ingresa por vómitos, diarrea, hipotensión con TA 78/40 mmHg y confusión de 24 h, varón de 38 años con enfermedad "
  "de Addison (E27.1) tratado con hidrocortisona (H02AB09) 20 mg/día VO y fludrocortisona (H02AA02) 0,1 mg/día VO, "
  "que abandonó la hidrocortisona hace 4 días por una gastroenteritis aguda (A09). Laboratorio: Na 124 mEq/L, K 6,1 "
  "mEq/L, glucemia 58 mg/dL y cortisol 2,1 µg/dL. Se diagnostica crisis suprarrenal (E27.2). Se indica hidrocortisona "
  "100 mg IV en bolo y luego 50 mg IV cada 6 h, solución fisiológica 3000 mL en 24 h y dextrosa al 10%. Evoluciona "
  "normotenso a las 6 h, con Na 135 mEq/L al día 3. Alta al día 4 con hidrocortisona 20 mg/día VO repartida en 3 "
  "tomas, fludrocortisona 0,1 mg/día VO, pautas de dosis de estrés y kit de hidrocortisona inyectable.",
  [
      T("synonym crisis addisoniana", [("Se diagnostica crisis suprarrenal (E27.2)", "Se diagnostica crisis addisoniana (E27.2)")]),
      T("TA spelled out, natremia for Na", [("hipotensión con TA 78/40 mmHg", "hipotensión con presión arterial de 78/40 mmHg"),
                                            ("Laboratorio: Na 124 mEq/L", "Laboratorio: natremia 124 mEq/L")]),
      T("saline volume as 3 litros (3000 mL), 'suero salino isotónico'",
        [("solución fisiológica 3000 mL en 24 h", "suero salino isotónico 3 litros en 24 h")]),
      T("negated drug: dexametasona not used", [("y dextrosa al 10%.", "y dextrosa al 10%; no se utiliza dexametasona.")]),
      P(["HAL003"], "hydrocortisone maintenance cada 24 h (input cada 6 h; 24 exists elsewhere)",
        [("luego 50 mg IV cada 6 h", "luego 50 mg IV cada 24 h")]),
      P(["HAL003"], "fludrocortisona route IV (input VO)", [("fludrocortisona (H02AA02) 0,1 mg/día VO", "fludrocortisona (H02AA02) 0,1 mg/día IV")]),
      P(["DEM001"], "female agreement: mujer, tratada", [("varón de 38 años", "mujer de 38 años"), ("(E27.1) tratado con", "(E27.1) tratada con")]),
      P(["COD004"], "ATC B05BA03 attached to dextrosa; input has no code for it",
        [("y dextrosa al 10%.", "y dextrosa al 10% (B05BA03).")]),
      P(["FMT001"], "output starts with a title line", [("^", "Epicrisis\n")]),
      P(["COD001"], "CIE-10 code without parentheses", [("enfermedad de Addison (E27.1) tratado", "enfermedad de Addison E27.1 tratado")]),
      P(["HAL002"], "glucemia 85 (input 58; absent)", [("glucemia 58 mg/dL", "glucemia 85 mg/dL")]),
  ])

# ---------------------------------------------------------------- E4 post-ICU step-down, CDMX
E4_SHORT = ("Ingresa por traslado desde UCI por choque séptico (R57.2) de foco pulmonar, hombre de 67 años con EPOC con "
            "exacerbación aguda (J44.1) y neumonía (J18.9). Recibió noradrenalina (C01CA03) y piperacilina/tazobactam "
            "(J01CR05). Continúa con salbutamol/ipratropio (R03AL02) y enoxaparina (B01AB05). Deambula con apoyo.")
S("E4-postuci-choque-septico", "Unidad de Terapia Intermedia, INCMNSZ, Ciudad de México (México)",
  "prosa mexicana (choque, terapia intermedia)", "objeto con fecha de nacimiento y de ingreso, línea de tiempo como lista de eventos",
  {
      "hospital": "INCMNSZ, Ciudad de México - Unidad de Terapia Intermedia",
      "datos": {"sexo": "Masculino", "fecha_nacimiento": "1956-02-10"},
      "fecha_ingreso": "2024-01-22",
      "motivo": "traslado desde UCI tras 8 días por choque séptico de foco pulmonar",
      "diagnosticos": [{"cie": "J18.9", "nombre": "neumonía"}, {"cie": "R57.2", "nombre": "choque séptico"},
                       {"cie": "J44.1", "nombre": "EPOC con exacerbación aguda"}],
      "timeline": [
          {"dia": 1, "evento": "intubación orotraqueal y ventilación mecánica por 5 días"},
          {"dia": 1, "evento": "noradrenalina hasta 0,3 µg/kg/min, suspendida al día 4"},
          {"dia": 6, "evento": "extubación programada sin complicaciones"},
      ],
      "antimicrobianos": [{"atc": "J01CR05", "nombre": "piperacilina/tazobactam", "dosis": "4,5 g IV cada 6 horas por 7 días"}],
      "otros_farmacos": [
          {"atc": "C01CA03", "nombre": "noradrenalina"},
          {"atc": "R03AL02", "nombre": "salbutamol/ipratropio", "dosis": "2 inhalaciones cada 6 horas"},
          {"atc": "B01AB05", "nombre": "enoxaparina", "dosis": "40 mg SC cada 24 horas"},
      ],
      "hemocultivos": "negativos", "cultivo_aspirado": "Streptococcus pneumoniae sensible",
      "estado_actual": "SpO2 93% con cánula nasal a 2 L/min, deambula con apoyo, debilidad adquirida en UCI leve",
      "plan": "rehabilitación pulmonar, alta a domicilio en 3 días si estable",
  },
  "Ingresa por traslado desde UCI tras 8 días por choque séptico (R57.2) de foco pulmonar, en un hombre de 67 años con "
  "EPOC con exacerbación aguda (J44.1) y neumonía (J18.9). En UCI requirió intubación orotraqueal y ventilación "
  "mecánica por 5 días y noradrenalina (C01CA03) hasta 0,3 µg/kg/min, suspendida al día 4; la extubación programada "
  "al día 6 fue sin complicaciones. Recibió piperacilina/tazobactam (J01CR05) 4,5 g IV cada 6 horas por 7 días. Los "
  "hemocultivos fueron negativos y el cultivo de aspirado aisló Streptococcus pneumoniae sensible. Recibe además "
  "salbutamol/ipratropio (R03AL02) 2 inhalaciones cada 6 horas y enoxaparina (B01AB05) 40 mg SC cada 24 horas. "
  "Actualmente con SpO2 93% con cánula nasal a 2 L/min, deambula con apoyo y presenta debilidad adquirida en UCI "
  "leve. Plan: rehabilitación pulmonar y alta a domicilio en 3 días si se mantiene estable.",
  [
      T("synonyms: neumococo, shock séptico, norepinefrina",
        [("aisló Streptococcus pneumoniae sensible", "aisló neumococo sensible"), ("por choque séptico (R57.2)", "por shock séptico (R57.2)"),
         ("y noradrenalina (C01CA03)", "y norepinefrina (C01CA03)")]),
      T("age in words", [("en un hombre de 67 años", "en un hombre de sesenta y siete años")]),
      T("negated procedure: no tracheostomy needed",
        [("fue sin complicaciones.", "fue sin complicaciones, sin necesidad de traqueostomía.")]),
      P(["DEM001", "HAL002"], "age 68 (2024-1956 without birthday check; born 10 Feb, admitted 22 Jan -> 67; 68 absent)",
        [("en un hombre de 67 años", "en un hombre de 68 años")]),
      P(["HAL003"], "piperacilina/tazobactam cada 8 horas (input cada 6; 8 exists elsewhere)",
        [("(J01CR05) 4,5 g IV cada 6 horas", "(J01CR05) 4,5 g IV cada 8 horas")]),
      P(["HAL001"], "percutaneous tracheostomy invented",
        [("fue sin complicaciones.", "fue sin complicaciones tras traqueostomía percutánea.")]),
      P(["COD002"], "real code B95.3 attached to the organism; input has no such code",
        [("Streptococcus pneumoniae sensible", "Streptococcus pneumoniae (B95.3) sensible")]),
      P(["COD007"], "input and output carry non-existent J18.7 for neumonía",
        [("y neumonía (J18.9)", "y neumonía (J18.7)")], input_reps=[('"J18.9"', '"J18.7"')]),
      P(["FMT003"], "telegraphic summary under 80 words (all codes kept)", [("*", E4_SHORT)]),
      P(["FMT002"], "bold heading", [("Plan: rehabilitación", "**Plan:** rehabilitación")]),
      P(["CLN001"], "input and output add levetiracetam without seizures or epilepsy",
        [("2 inhalaciones cada 6 horas y enoxaparina (B01AB05) 40 mg SC cada 24 horas.", "2 inhalaciones cada 6 horas, enoxaparina (B01AB05) 40 mg SC cada 24 horas y levetiracetam (N03AX14) 500 mg cada 12 horas.")],
        input_reps=[('"otros_farmacos": [', '"otros_farmacos": [{"atc": "N03AX14", "nombre": "levetiracetam", "dosis": "500 mg cada 12 horas VO"}, ')]),
  ], age_from_dates=67)
