from cases_common import S, T, P

# ---------------------------------------------------------------- C1 HIV + PCP, Caracas
S("C1-infecto-vih-pcp", "Infectología, Hospital Universitario de Caracas (Venezuela)",
  "prosa venezolana (egresa, tableta)", "objeto con claves en inglés anidadas, 'gender': 'man'",
  {
      "admission": {"unit": "Infectología - Hospital Universitario de Caracas",
                    "reason": "tos seca, fiebre y disnea progresiva de 3 semanas"},
      "demographics": {"gender": "man", "age": 29},
      "diagnoses": [{"icd10": "B20.6", "text": "enfermedad por VIH con neumonía por Pneumocystis jirovecii"}],
      "labs": {"CD4": "38 células/µL", "carga viral": "245000 copias/mL", "LDH": "612 U/L", "PaO2": "58 mmHg en aire ambiente"},
      "imaging": "tomografía de tórax con vidrio esmerilado bilateral difuso",
      "procedures": ["fibrobroncoscopia con lavado broncoalveolar: tinción de Grocott positiva para Pneumocystis"],
      "treatment": [
          {"atc": "J01EE01", "drug": "trimetoprim-sulfametoxazol", "regimen": "15 mg/kg/día de trimetoprim IV dividido cada 8 horas por 21 días"},
          {"atc": "H02AB07", "drug": "prednisona", "regimen": "40 mg cada 12 horas VO por 5 días, luego descenso"},
      ],
      "course": "mejoría de la oxigenación al día 6; se inicia terapia antirretroviral al día 14",
      "discharge": {"day": 16, "meds": [
          {"atc": "J05AR20", "drug": "bictegravir/emtricitabina/tenofovir alafenamida", "regimen": "1 tableta diaria VO"},
          {"atc": "J01EE01", "drug": "trimetoprim-sulfametoxazol", "regimen": "profilaxis secundaria 160/800 mg diario"}]},
  },
  "Ingresa por tos seca, fiebre y disnea progresiva de 3 semanas, hombre de 29 años. Se documenta enfermedad por VIH "
  "con neumonía por Pneumocystis jirovecii (B20.6), con CD4 38 células/µL, carga viral 245000 copias/mL, LDH 612 U/L "
  "y PaO2 de 58 mmHg en aire ambiente. La tomografía de tórax muestra vidrio esmerilado bilateral difuso y la "
  "fibrobroncoscopia con lavado broncoalveolar resulta positiva para Pneumocystis en la tinción de Grocott. Recibe "
  "trimetoprim-sulfametoxazol (J01EE01) 15 mg/kg/día de trimetoprim IV dividido cada 8 horas por 21 días y "
  "prednisona (H02AB07) 40 mg cada 12 horas VO por 5 días, luego en descenso. Mejora la oxigenación al día 6 y se "
  "inicia terapia antirretroviral al día 14. Egresa al día 16 con bictegravir/emtricitabina/tenofovir alafenamida "
  "(J05AR20) 1 tableta diaria VO y trimetoprim-sulfametoxazol como profilaxis secundaria 160/800 mg diario.",
  [
      T("TMP-SMX abbreviation", [("Recibe trimetoprim-sulfametoxazol (J01EE01)", "Recibe TMP-SMX (J01EE01)")]),
      T("brand Biktarvy for the coformulation named in input",
        [("con bictegravir/emtricitabina/tenofovir alafenamida (J05AR20)", "con Biktarvy (J05AR20)")]),
      T("bilateral said as 'en ambos campos pulmonares'",
        [("vidrio esmerilado bilateral difuso", "vidrio esmerilado difuso en ambos campos pulmonares")]),
      T("TAR abbreviation and deferred start phrased as 'no se inicia ... hasta el día 14'",
        [("y se inicia terapia antirretroviral al día 14", "y no se inicia el TAR hasta el día 14")]),
      P(["DEM001"], "sex flipped: mujer", [("hombre de 29 años", "mujer de 29 años")]),
      P(["HAL003"], "prednisona cada 8 horas (input cada 12; 8 exists elsewhere)",
        [("prednisona (H02AB07) 40 mg cada 12 horas", "prednisona (H02AB07) 40 mg cada 8 horas")]),
      P(["HAL001"], "Kaposi sarcoma diagnosis invented",
        [("luego en descenso.", "luego en descenso. Se diagnostica además sarcoma de Kaposi cutáneo.")]),
      P(["COD003"], "ATC not in parentheses",
        [("tenofovir alafenamida (J05AR20) 1 tableta", "tenofovir alafenamida J05AR20 1 tableta")]),
      P(["COD001"], "CIE-10 code not in parentheses",
        [("Pneumocystis jirovecii (B20.6), con CD4", "Pneumocystis jirovecii B20.6, con CD4")]),
      P(["HAL002"], "CD4 83 (input 38; 83 absent)", [("con CD4 38", "con CD4 83")]),
      P(["HAL004"], "ground glass confined to the right lung (input bilateral)",
        [("vidrio esmerilado bilateral difuso", "vidrio esmerilado difuso en el pulmón derecho")]),
      P(["REP001"], "degenerate n-gram loop",
        [("Mejora la oxigenación al día 6 y se", "Mejora la oxigenación al día 6 y mejora la oxigenación al día 6 y mejora la oxigenación al día 6 y se")]),
  ])

# ---------------------------------------------------------------- C2 endocarditis, La Habana
S("C2-infecto-endocarditis", "Enfermedades Infecciosas, Hospital Hermanos Ameijeiras, La Habana (Cuba)",
  "prosa cubana formal (se impone tratamiento, estadía)", "mapa plano con antecedente como texto con código",
  {
      "hospital": "Hospital Clínico Quirúrgico Hermanos Ameijeiras, La Habana - Servicio de Enfermedades Infecciosas",
      "sexo": "femenino", "edad": 52,
      "motivo": "fiebre de 39 °C y astenia de 10 días, soplo sistólico nuevo",
      "antecedentes": "prolapso de válvula mitral (I34.1)",
      "hemocultivos": "3 de 3 positivos para Staphylococcus aureus sensible a meticilina",
      "ecocardiograma_transesofagico": "vegetación de 12 mm en valva anterior mitral, insuficiencia mitral moderada",
      "diagnosticos": [{"cie": "I33.0", "nombre": "endocarditis infecciosa aguda de válvula mitral"},
                       {"cie": "B95.6", "nombre": "Staphylococcus aureus como causa de enfermedad"}],
      "antibioticos": [{"atc": "J01CF02", "nombre": "cloxacilina", "dosis": "2 g EV cada 4 horas por 6 semanas"},
                       {"atc": "J01GB03", "nombre": "gentamicina", "dosis": "1 mg/kg EV cada 8 horas por 5 días"}],
      "otros_estudios": "TAC de cráneo sin lesiones embólicas; fondo de ojo normal",
      "evolucion": "afebril al día 5, hemocultivos de control negativos al día 7; valorada por cirugía cardiovascular sin indicación quirúrgica urgente",
      "estadia_dias": 42,
  },
  "Ingresa por fiebre de 39 °C y astenia de 10 días con soplo sistólico nuevo, paciente femenina de 52 años con "
  "antecedente de prolapso de válvula mitral (I34.1). Los hemocultivos resultan positivos en 3 de 3 muestras para "
  "Staphylococcus aureus sensible a meticilina (B95.6) y el ecocardiograma transesofágico muestra vegetación de 12 mm "
  "en la valva anterior mitral con insuficiencia mitral moderada, por lo que se diagnostica endocarditis infecciosa "
  "aguda de válvula mitral (I33.0). Se impone tratamiento con cloxacilina (J01CF02) 2 g EV cada 4 horas por 6 "
  "semanas y gentamicina (J01GB03) 1 mg/kg EV cada 8 horas por 5 días. La TAC de cráneo no muestra lesiones "
  "embólicas y el fondo de ojo es normal. Se mantiene afebril desde el día 5, con hemocultivos de control negativos "
  "al día 7. Es valorada por cirugía cardiovascular, sin indicación quirúrgica urgente. Egresa tras 42 días de "
  "estadía.",
  [
      T("ruled-out diagnosis: se descarta embolismo cerebral",
        [("La TAC de cráneo no muestra lesiones embólicas", "La TAC de cráneo descarta embolismo cerebral")]),
      T("ETE abbreviation for ecocardiograma transesofágico",
        [("el ecocardiograma transesofágico muestra", "el ETE muestra")]),
      T("negated procedure: no valve replacement",
        [("sin indicación quirúrgica urgente.", "sin indicación quirúrgica urgente, por lo que no se realiza sustitución valvular.")]),
      P(["HAL003"], "gentamicina 5 mg/kg (input 1 mg/kg; 5 exists elsewhere)",
        [("gentamicina (J01GB03) 1 mg/kg", "gentamicina (J01GB03) 5 mg/kg")]),
      P(["DEM001"], "masculine agreement (paciente masculino, valorado)",
        [("paciente femenina de 52 años", "paciente masculino de 52 años"), ("Es valorada por", "Es valorado por")]),
      P(["HAL001"], "mitral valve replacement invented (input: no surgical indication)",
        [("Es valorada por cirugía cardiovascular, sin indicación quirúrgica urgente.",
          "Es valorada por cirugía cardiovascular, realizándose sustitución valvular mitral.")]),
      P(["COD005"], "codes of endocarditis and organism swapped",
        [("sensible a meticilina (B95.6)", "sensible a meticilina (I33.0)"), ("de válvula mitral (I33.0)", "de válvula mitral (B95.6)")]),
      P(["COD006"], "I34.1 dropped", [("prolapso de válvula mitral (I34.1)", "prolapso de válvula mitral")]),
      P(["FMT001"], "leading quotation mark", [("^", "\"")]),
      P(["HAL002"], "vegetation 18 mm (input 12; 18 absent)", [("vegetación de 12 mm", "vegetación de 18 mm")]),
      P(["CLN001"], "input and output add alendronato without osteoporosis diagnosis",
        [("por 5 días. La TAC", "por 5 días, además de alendronato (M05BA04) 70 mg semanal. La TAC")],
        input_reps=[('"otros_estudios"', '"medicacion_habitual": [{"atc": "M05BA04", "nombre": "alendronato", "dosis": "70 mg semanal VO"}], "otros_estudios"')]),
  ])

# ---------------------------------------------------------------- C3 lithium toxicity, Madrid
C3_INSTR = ("hidratación abundante de al menos 2 litros al día; evitar antiinflamatorios no esteroideos y diuréticos; "
            "control de función renal y de niveles de valproato en 1 semana; control en consulta de psiquiatría en 2 semanas; "
            "acudir a urgencias si aparece temblor, vómitos o confusión; seguimiento en medicina de familia para control de "
            "presión arterial y valorar alternativa antihipertensiva")
S("C3-psiq-intoxicacion-litio", "Psiquiatría de enlace, Hospital Universitario 12 de Octubre, Madrid (España)",
  "prosa peninsular (analítica, fracaso renal)", "lista de secciones en inglés {section, text|items}",
  [
      {"section": "patient", "text": "Varón, 47 años. Psiquiatría de enlace, Hospital Universitario 12 de Octubre (Madrid)."},
      {"section": "reason", "text": "temblor grosero, ataxia, vómitos y confusión de 2 días tras gastroenteritis"},
      {"section": "history", "items": [{"code": "F31.9", "name": "trastorno bipolar"}, {"code": "I10", "name": "hipertensión arterial"}]},
      {"section": "home_meds", "items": [{"code": "N05AN01", "name": "carbonato de litio", "dose": "400 mg cada 12 h"},
                                         {"code": "C09AA02", "name": "enalapril", "dose": "20 mg cada 24 h"}]},
      {"section": "labs", "text": "litemia 3,4 mEq/L; creatinina 2,3 mg/dL (basal 0,9); sodio 146 mEq/L"},
      {"section": "diagnoses", "items": [{"code": "T43.5", "name": "intoxicación por sales de litio"},
                                         {"code": "N17.9", "name": "insuficiencia renal aguda"}]},
      {"section": "treatment", "text": "suspensión de litio y enalapril; suero salino 0,9% (B05XA03); una sesión de hemodiálisis"},
      {"section": "course", "text": "litemia 0,8 mEq/L y creatinina 1,1 mg/dL a las 48 h; exploración neurológica normal al día 4"},
      {"section": "discharge", "text": "inicio de ácido valproico (N03AG01) 500 mg cada 12 h como eutimizante; control en psiquiatría"},
      {"section": "discharge_instructions", "text": C3_INSTR},
  ],
  "Ingresa por temblor grosero, ataxia, vómitos y confusión de 2 días tras una gastroenteritis, en un varón de 47 años "
  "con trastorno bipolar (F31.9) e hipertensión arterial (I10), en tratamiento con carbonato de litio (N05AN01) 400 mg "
  "cada 12 h y enalapril (C09AA02) 20 mg cada 24 h. Analítica: litemia 3,4 mEq/L, creatinina 2,3 mg/dL (basal 0,9) y "
  "sodio 146 mEq/L. Se diagnostica intoxicación por sales de litio (T43.5) con insuficiencia renal aguda (N17.9). Se "
  "suspenden litio y enalapril, se administra suero salino 0,9% (B05XA03) y se realiza una sesión de hemodiálisis. A "
  "las 48 h la litemia es de 0,8 mEq/L y la creatinina de 1,1 mg/dL, con exploración neurológica normal al día 4. Al "
  "alta se inicia ácido valproico (N03AG01) 500 mg cada 12 h como eutimizante, con control en psiquiatría.",
  [
      T("Spanish synonym fracaso renal agudo", [("con insuficiencia renal aguda (N17.9)", "con fracaso renal agudo (N17.9)")]),
      T("negated drug at discharge: lithium not reintroduced",
        [("con control en psiquiatría.", "con control en psiquiatría; no se reintroduce el carbonato de litio.")]),
      T("valproato synonym and 'estabilizador del ánimo'",
        [("se inicia ácido valproico (N03AG01) 500 mg cada 12 h como eutimizante", "se inicia valproato (N03AG01) 500 mg cada 12 h como estabilizador del ánimo")]),
      T("equivalent unit mmol/L for lithium level", [("litemia 3,4 mEq/L", "litemia 3,4 mmol/L")]),
      P(["HAL003"], "litio cada 24 h (input cada 12 h; 24 exists elsewhere)",
        [("carbonato de litio (N05AN01) 400 mg cada 12 h", "carbonato de litio (N05AN01) 400 mg cada 24 h")]),
      P(["DEM001"], "sex flipped: una mujer", [("en un varón de 47 años", "en una mujer de 47 años")]),
      P(["DEM001", "HAL002"], "age 74 (input 47; 74 absent)", [("en un varón de 47 años", "en un varón de 74 años")]),
      P(["HAL001"], "haemoperfusion invented instead of haemodialysis",
        [("se realiza una sesión de hemodiálisis", "se realiza hemoperfusión con carbón activado")]),
      P(["COD002", "COD006"], "bipolar coded F31.2 (real, not in input), so F31.9 is also omitted",
        [("trastorno bipolar (F31.9)", "trastorno bipolar (F31.2)")]),
      P(["CLN001"], "input and output add insulina glargina without diabetes",
        [("como eutimizante, con control", "como eutimizante e insulina glargina (A10AE04) 10 UI por la noche, con control")],
        input_reps=[("500 mg cada 12 h como eutimizante;", "500 mg cada 12 h como eutimizante; insulina glargina (A10AE04) 10 UI por la noche;")]),
      P(["FMT003"], "all discharge instructions pasted: over 200 words",
        [("$", " Indicaciones al alta: " + C3_INSTR + ". Se entrega informe al paciente y se explica el motivo de la suspensión del litio y del enalapril.")]),
  ])

# ---------------------------------------------------------------- C4 NMS, San José
S("C4-psiq-sindrome-neuroleptico", "Psiquiatría y Medicina Interna, Hospital México CCSS, San José (Costa Rica)",
  "prosa costarricense (egresa, consulta externa)", "objeto anidado, edad como cadena, sexo 'Hombre'",
  {
      "establecimiento": "Hospital México, CCSS, San José - Psiquiatría y Medicina Interna",
      "paciente": {"sexo": "Hombre", "edad": "24"},
      "motivo": "rigidez generalizada, fiebre de 40,1 °C y alteración de conciencia 5 días después de iniciar haloperidol",
      "antecedentes": [{"cie10": "F20.0", "nombre": "esquizofrenia paranoide"}],
      "farmaco_causal": {"atc": "N05AD01", "nombre": "haloperidol", "dosis": "10 mg IM cada 12 horas", "estado": "suspendido al ingreso"},
      "laboratorio": {"CK": "18500 U/L", "leucocitos": "16800/µL", "creatinina": "1,6 mg/dL", "mioglobinuria": "positiva"},
      "diagnosticos": [{"cie10": "G21.0", "nombre": "síndrome neuroléptico maligno"}, {"cie10": "M62.8", "nombre": "rabdomiólisis"}],
      "tratamiento": [
          {"atc": "M03CA01", "nombre": "dantroleno", "dosis": "1 mg/kg IV cada 6 horas por 3 días"},
          {"atc": "N04BC01", "nombre": "bromocriptina", "dosis": "2,5 mg VO cada 8 horas"},
          {"atc": "N05BA06", "nombre": "lorazepam", "dosis": "1 mg IV cada 8 horas"},
      ],
      "soporte": "hidratación intravenosa agresiva, medios físicos de enfriamiento",
      "evolucion": "afebril desde el día 4; CK 950 U/L y creatinina 0,9 mg/dL al día 9",
      "egreso": {"dia": 10, "plan": "reintroducir antipsicótico atípico de forma gradual en consulta externa de psiquiatría; evitar antipsicóticos de depósito"},
  },
  "Ingresa por rigidez generalizada, fiebre de 40,1 °C y alteración de conciencia 5 días después de iniciar "
  "haloperidol (N05AD01) 10 mg IM cada 12 horas, en un hombre de 24 años con esquizofrenia paranoide (F20.0). "
  "Laboratorio: CK 18500 U/L, leucocitos 16800/µL, creatinina 1,6 mg/dL y mioglobinuria positiva. Se diagnostica "
  "síndrome neuroléptico maligno (G21.0) con rabdomiólisis (M62.8). Se suspende el haloperidol al ingreso y se indica "
  "dantroleno (M03CA01) 1 mg/kg IV cada 6 horas por 3 días, bromocriptina (N04BC01) 2,5 mg VO cada 8 horas y "
  "lorazepam (N05BA06) 1 mg IV cada 8 horas, junto con hidratación intravenosa agresiva y medios físicos de "
  "enfriamiento. Se mantiene afebril desde el día 4 y al día 9 presenta CK 950 U/L y creatinina 0,9 mg/dL. Egresa al "
  "día 10, con plan de reintroducir un antipsicótico atípico de forma gradual en consulta externa de psiquiatría y "
  "evitar antipsicóticos de depósito.",
  [
      T("IM written out as intramuscular", [("10 mg IM cada 12 horas", "10 mg intramuscular cada 12 horas")]),
      T("negated drug: haloperidol not restarted",
        [("y evitar antipsicóticos de depósito.", "y evitar antipsicóticos de depósito; no se reinicia haloperidol.")]),
      T("CPK synonym of CK", [("Laboratorio: CK 18500 U/L", "Laboratorio: CPK 18500 U/L")]),
      T("age in words, 'varón'", [("en un hombre de 24 años", "en un varón de veinticuatro años")]),
      P(["HAL003"], "dantroleno route IV -> VO", [("dantroleno (M03CA01) 1 mg/kg IV", "dantroleno (M03CA01) 1 mg/kg VO")]),
      P(["DEM001"], "sex flipped: una mujer", [("en un hombre de 24 años", "en una mujer de 24 años")]),
      P(["HAL002"], "fever 41,2 (input 40,1; absent)", [("fiebre de 40,1 °C", "fiebre de 41,2 °C")]),
      P(["CLN001"], "input and output add metformina at discharge without diabetes",
        [("Egresa al día 10, con plan", "Egresa al día 10 con metformina (A10BA02) 850 mg cada 12 horas, con plan")],
        input_reps=[('"egreso": {"dia": 10,', '"egreso": {"dia": 10, "medicacion": [{"atc": "A10BA02", "nombre": "metformina", "dosis": "850 mg cada 12 horas VO"}],')]),
      P(["COD001"], "two CIE-10 codes in one parenthesis",
        [("síndrome neuroléptico maligno (G21.0) con rabdomiólisis (M62.8).", "síndrome neuroléptico maligno con rabdomiólisis (G21.0, M62.8).")]),
      P(["FMT002"], "markdown heading line", [("Laboratorio: CK", "\n## Laboratorio\nCK")]),
      P(["HAL001"], "orotracheal intubation invented",
        [("junto con hidratación intravenosa", "junto con intubación orotraqueal, hidratación intravenosa")]),
  ])
