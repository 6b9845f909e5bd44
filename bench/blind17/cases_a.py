from cases_common import S, T, P

# ---------------------------------------------------------------- A1 geriatrics, Madrid
S("A1-geriatria-itu-delirium", "Geriatría de agudos, hospital universitario, Madrid (España)",
  "prosa dictada, peninsular", "objeto anidado con claves en español (cie10/atc/pauta)",
  {
      "centro": "Hospital Universitario La Paz - Unidad de Geriatría de Agudos",
      "paciente": {"sexo": "mujer", "edad": 88},
      "acompanante": "hijo de 60 años, cuidador principal",
      "motivo": "desorientación y agitación nocturna de 3 días, disuria",
      "antecedentes": [
          {"cie10": "G30.9", "desc": "enfermedad de Alzheimer"},
          {"cie10": "I10", "desc": "hipertensión arterial"},
          {"cie10": "E11.9", "desc": "diabetes mellitus tipo 2"},
          {"cie10": "E03.9", "desc": "hipotiroidismo"},
          {"cie10": "M81.0", "desc": "osteoporosis posmenopáusica"},
      ],
      "farmacos_domicilio": [
          {"atc": "N06DA02", "nombre": "donepezilo", "pauta": "10 mg/24 h vo"},
          {"atc": "C09AA02", "nombre": "enalapril", "pauta": "10 mg/12 h vo"},
          {"atc": "A10BA02", "nombre": "metformina", "pauta": "850 mg/12 h vo"},
          {"atc": "H03AA01", "nombre": "levotiroxina", "pauta": "50 mcg/24 h vo"},
          {"atc": "M05BA04", "nombre": "alendronato", "pauta": "70 mg semanal vo"},
          {"atc": "N05BA12", "nombre": "alprazolam", "pauta": "0,5 mg por la noche vo"},
          {"atc": "N02BE01", "nombre": "paracetamol", "pauta": "1 g/8 h si dolor vo"},
      ],
      "laboratorio": {"leucocitos": "14200/µL", "PCR": "86 mg/L", "creatinina": "1,3 mg/dL", "sodio": "134 mEq/L"},
      "urocultivo": "Escherichia coli > 100000 UFC/mL sensible a ceftriaxona",
      "diagnosticos_ingreso": [
          {"cie10": "N39.0", "desc": "infección del tracto urinario"},
          {"cie10": "F05.1", "desc": "delirium superpuesto a demencia"},
      ],
      "tratamiento_hospitalario": [{"atc": "J01DD04", "nombre": "ceftriaxona", "pauta": "1 g/24 h iv", "dias": 5}],
      "cambios": "se retira alprazolam por riesgo de caídas y delirium",
      "evolucion": "remisión del delirium al cuarto día, deambula con andador",
      "dias_estancia": 6,
  },
  "Ingresa por desorientación y agitación nocturna de 3 días de evolución con disuria, en una mujer de 88 años "
  "con enfermedad de Alzheimer (G30.9), hipertensión arterial (I10), diabetes mellitus tipo 2 (E11.9), "
  "hipotiroidismo (E03.9) y osteoporosis posmenopáusica (M81.0). Tratamiento domiciliario: donepezilo (N06DA02) "
  "10 mg/24 h, enalapril (C09AA02) 10 mg/12 h, metformina (A10BA02) 850 mg/12 h, levotiroxina (H03AA01) 50 mcg/24 h, "
  "alendronato (M05BA04) 70 mg semanal, alprazolam (N05BA12) 0,5 mg por la noche y paracetamol (N02BE01) 1 g/8 h "
  "si dolor. Analítica con leucocitos 14200/µL, PCR 86 mg/L, creatinina 1,3 mg/dL y sodio 134 mEq/L. El urocultivo "
  "aísla Escherichia coli sensible a ceftriaxona. Se diagnostica infección del tracto urinario (N39.0) con delirium "
  "superpuesto a demencia (F05.1) y se trata con ceftriaxona (J01DD04) 1 g/24 h intravenosa durante 5 días. Se "
  "retira alprazolam por riesgo de caídas y delirium. Remisión del delirium al cuarto día; deambula con andador. "
  "Alta tras 6 días de estancia.",
  [
      T("age in words (ochenta y ocho) and 'paciente' with feminine article",
        [("en una mujer de 88 años", "en una paciente de ochenta y ocho años")]),
      T("frequency rephrased (cada 24 horas, vía iv) and E. coli abbreviated",
        [("ceftriaxona (J01DD04) 1 g/24 h intravenosa", "ceftriaxona (J01DD04) 1 g cada 24 horas por vía iv"),
         ("Escherichia coli", "E. coli")]),
      T("negated class and procedure: no antipsychotics, no urinary catheter",
        [("Se retira alprazolam por riesgo de caídas y delirium.",
          "Se retira alprazolam por riesgo de caídas y delirium; no se pautan antipsicóticos ni se indica sondaje vesical.")]),
      T("male relative (hijo, 60 años) mentioned; patient still female 88",
        [("Alta tras 6 días de estancia.", "Alta tras 6 días de estancia, acompañada por su hijo, cuidador principal.")]),
      P(["DEM001"], "sex flipped to varón", [("en una mujer de 88 años", "en un varón de 88 años")]),
      P(["DEM001", "HAL002"], "age 88 -> 78 (78 absent from input, so HAL002 too)",
        [("en una mujer de 88 años", "en una mujer de 78 años")]),
      P(["HAL003"], "metformina frequency 12 h -> 8 h (8 exists elsewhere in input)",
        [("metformina (A10BA02) 850 mg/12 h", "metformina (A10BA02) 850 mg/8 h")]),
      P(["CLN001"], "input and output add tamsulosina in a woman without prostatic disease",
        [("alprazolam (N05BA12) 0,5 mg por la noche", "alprazolam (N05BA12) 0,5 mg por la noche, tamsulosina (G04CA02) 0,4 mg/24 h")],
        input_reps=[('{"atc": "N02BE01"', '{"atc": "G04CA02", "nombre": "tamsulosina", "pauta": "0,4 mg/24 h vo"}, {"atc": "N02BE01"')]),
      P(["COD005"], "codes of the two admission diagnoses swapped",
        [("infección del tracto urinario (N39.0)", "infección del tracto urinario (F05.1)"),
         ("superpuesto a demencia (F05.1)", "superpuesto a demencia (N39.0)")]),
      P(["HAL001"], "ungrounded procedure: permanent urinary catheter placed",
        [("Se retira alprazolam por riesgo de caídas y delirium.",
          "Se retira alprazolam por riesgo de caídas y delirium. Se coloca sonda vesical permanente.")]),
      P(["FMT002"], "bold inline heading", [("Tratamiento domiciliario:", "**Tratamiento domiciliario:**")]),
  ])

# ---------------------------------------------------------------- A2 nephrology HD, CDMX
S("A2-nefro-hiperkalemia-hd", "Nefrología, Centro Médico Nacional Siglo XXI IMSS (México)",
  "prosa clínica mexicana (egresa, laboratorio)", "objeto con claves en inglés, labs como objetos",
  {
      "hospital": "Hospital de Especialidades Centro Médico Nacional Siglo XXI, IMSS - Nefrología",
      "patient": {"sex": "male", "age_years": 57},
      "chief_complaint": "debilidad generalizada y parestesias tras omitir 2 sesiones de hemodiálisis",
      "history": [
          {"code": "N18.5", "label": "enfermedad renal crónica estadio 5"},
          {"code": "Z99.2", "label": "dependencia de diálisis renal"},
          {"code": "E11.2", "label": "diabetes mellitus tipo 2 con complicaciones renales"},
      ],
      "vascular_access": "fístula arteriovenosa radiocefálica izquierda funcional",
      "labs": [
          {"test": "potasio", "value": 7.1, "unit": "mEq/L"},
          {"test": "bicarbonato", "value": 16, "unit": "mEq/L"},
          {"test": "hemoglobina", "value": 8.9, "unit": "g/dL"},
      ],
      "ecg": "ondas T picudas, QRS ensanchado",
      "diagnoses": [{"code": "E87.5", "label": "hiperpotasemia"}],
      "inpatient_meds": [
          {"atc": "A12AA03", "name": "gluconato de calcio 10%", "dose": "10 mL", "route": "IV"},
          {"atc": "A10AB01", "name": "insulina regular", "dose": "10 UI con dextrosa al 50%", "route": "IV"},
          {"atc": "R03AC02", "name": "salbutamol", "dose": "10 mg", "route": "nebulizado"},
      ],
      "procedures": ["hemodiálisis de urgencia de 4 horas por fístula izquierda"],
      "discharge_meds": [
          {"atc": "V03AE02", "name": "sevelámero", "dose": "800 mg con cada comida", "route": "oral"},
          {"atc": "B03XA01", "name": "eritropoyetina", "dose": "4000 UI tres veces por semana", "route": "subcutánea"},
      ],
      "outcome": "potasio de control 4,8 mEq/L, ECG normalizado",
      "los_days": 3,
  },
  "Ingresa por debilidad generalizada y parestesias tras omitir 2 sesiones de hemodiálisis, en un varón de 57 años "
  "con enfermedad renal crónica estadio 5 (N18.5) en hemodiálisis (Z99.2) y diabetes mellitus tipo 2 con "
  "complicaciones renales (E11.2), portador de fístula arteriovenosa radiocefálica izquierda. Laboratorio: potasio "
  "7,1 mEq/L, bicarbonato 16 mEq/L y hemoglobina 8,9 g/dL. El ECG muestra ondas T picudas y QRS ensanchado. Se "
  "diagnostica hiperpotasemia (E87.5) y se administra gluconato de calcio (A12AA03) 10 mL IV, insulina regular "
  "(A10AB01) 10 UI IV con dextrosa al 50% y salbutamol (R03AC02) 10 mg nebulizado. Se realiza hemodiálisis de "
  "urgencia de 4 horas por la fístula izquierda, con potasio de control de 4,8 mEq/L y normalización del ECG. "
  "Egresa a los 3 días con sevelámero (V03AE02) 800 mg con cada comida y eritropoyetina (B03XA01) 4000 UI "
  "subcutánea tres veces por semana, reforzando la adherencia a su programa de hemodiálisis.",
  [
      T("FAV abbreviation and side said as 'miembro superior izquierdo'",
        [("portador de fístula arteriovenosa radiocefálica izquierda", "portador de FAV radiocefálica en el miembro superior izquierdo")]),
      T("potassium written K+ 7.1 mmol/L (equivalent unit, dot decimal)",
        [("potasio 7,1 mEq/L", "K+ 7.1 mmol/L")]),
      T("negated drugs: no bicarbonate, no exchange resins",
        [("El ECG muestra ondas T picudas y QRS ensanchado.",
          "El ECG muestra ondas T picudas y QRS ensanchado. No se indica bicarbonato de sodio ni resinas de intercambio.")]),
      T("salbutamol and insulin used for hyperkalaemia (non-respiratory indication) stated explicitly",
        [("con dextrosa al 50% y salbutamol (R03AC02) 10 mg nebulizado",
          "con dextrosa al 50% y salbutamol (R03AC02) 10 mg nebulizado, ambos para desplazar potasio al intracelular")]),
      P(["HAL004"], "dialysis through the right fistula (input: left)",
        [("por la fístula izquierda", "por la fístula derecha")]),
      P(["HAL003"], "salbutamol route nebulizado -> intravenoso",
        [("salbutamol (R03AC02) 10 mg nebulizado", "salbutamol (R03AC02) 10 mg intravenoso")]),
      P(["HAL002"], "bicarbonate 16 -> 12 (12 absent from input)",
        [("bicarbonato 16 mEq/L", "bicarbonato 12 mEq/L")]),
      P(["DEM001"], "sex flipped: una mujer", [("en un varón de 57 años", "en una mujer de 57 años")]),
      P(["COD003"], "ATC without parentheses",
        [("sevelámero (V03AE02) 800 mg", "sevelámero V03AE02 800 mg")]),
      P(["COD002"], "real CIE-10 Z49.1 attached to the haemodialysis, not in input",
        [("Se realiza hemodiálisis de urgencia", "Se realiza hemodiálisis (Z49.1) de urgencia")]),
      P(["CLN001"], "input and output add alopurinol without gout or hyperuricaemia diagnosis",
        [("y eritropoyetina (B03XA01) 4000 UI", "alopurinol (M04AA01) 100 mg al día y eritropoyetina (B03XA01) 4000 UI"),
         ("con sevelámero (V03AE02) 800 mg con cada comida", "con sevelámero (V03AE02) 800 mg con cada comida,")],
        input_reps=[('"discharge_meds": [', '"discharge_meds": [{"atc": "M04AA01", "name": "alopurinol", "dose": "100 mg al día", "route": "oral"}, ')]),
  ])

# ---------------------------------------------------------------- A3 PD peritonitis, Montevideo
S("A3-nefro-peritonitis-dp", "Nefrología, Hospital de Clínicas, Montevideo (Uruguay)",
  "prosa rioplatense formal", "lista de secciones {seccion, contenido} con códigos dentro del texto libre",
  [
      {"seccion": "Identificación", "contenido": "Sexo: femenino. Edad: 46 años. Hospital de Clínicas, Montevideo, Servicio de Nefrología."},
      {"seccion": "Motivo de ingreso", "contenido": "dolor abdominal difuso y efluente peritoneal turbio de 24 horas"},
      {"seccion": "Antecedentes", "contenido": "Enfermedad renal crónica estadio 5 (N18.5) por nefropatía lúpica, en diálisis peritoneal (Z99.2) desde hace 2 años. Lupus eritematoso sistémico (M32.1)."},
      {"seccion": "Medicación habitual", "contenido": "hidroxicloroquina (P01BA02) 200 mg/día; prednisona (H02AB07) 5 mg/día"},
      {"seccion": "Paraclínica", "contenido": "recuento celular del efluente 1850 leucocitos/µL con 90% de neutrófilos; cultivo: Staphylococcus epidermidis"},
      {"seccion": "Diagnóstico", "contenido": "peritonitis asociada a diálisis peritoneal (K65.0)"},
      {"seccion": "Tratamiento", "contenido": "vancomicina (J01XA01) 2 g intraperitoneal cada 5 días; ceftazidima (J01DD02) 1 g intraperitoneal cada 24 horas, suspendida al conocer el cultivo; heparina (B01AB01) 500 UI/L en las bolsas"},
      {"seccion": "Evolución", "contenido": "efluente claro al día 4, recuento 60 leucocitos/µL; se mantiene catéter de Tenckhoff"},
      {"seccion": "Alta", "contenido": "día 6; completar 21 días de vancomicina intraperitoneal en domicilio"},
  ],
  "Ingresa por dolor abdominal difuso y efluente peritoneal turbio de 24 horas, paciente de 46 años, sexo femenino, "
  "con enfermedad renal crónica estadio 5 (N18.5) secundaria a nefropatía lúpica, en diálisis peritoneal (Z99.2) "
  "desde hace 2 años, y lupus eritematoso sistémico (M32.1) tratado con hidroxicloroquina (P01BA02) 200 mg/día y "
  "prednisona (H02AB07) 5 mg/día. El efluente muestra 1850 leucocitos/µL con 90% de neutrófilos y el cultivo "
  "desarrolla Staphylococcus epidermidis. Se diagnostica peritonitis asociada a diálisis peritoneal (K65.0). Recibe "
  "vancomicina (J01XA01) 2 g intraperitoneal cada 5 días y ceftazidima (J01DD02) 1 g intraperitoneal cada 24 horas, "
  "suspendida al conocer el cultivo, además de heparina (B01AB01) 500 UI/L en las bolsas. Evoluciona con efluente "
  "claro al día 4 y recuento de 60 leucocitos/µL, manteniéndose el catéter de Tenckhoff. Alta al día 6, debiendo "
  "completar 21 días de vancomicina intraperitoneal en domicilio.",
  [
      T("'una señora' instead of sexo femenino",
        [("paciente de 46 años, sexo femenino,", "una señora de 46 años")]),
      T("organism paraphrased as estafilococo coagulasa negativo (S. epidermidis)",
        [("desarrolla Staphylococcus epidermidis", "desarrolla un estafilococo coagulasa negativo (S. epidermidis)")]),
      T("negated procedures: catheter not removed, no transfer to haemodialysis",
        [("manteniéndose el catéter de Tenckhoff", "sin necesidad de retirar el catéter de Tenckhoff ni de pasar a hemodiálisis")]),
      P(["HAL003"], "vancomicina route intraperitoneal -> intravenosa",
        [("vancomicina (J01XA01) 2 g intraperitoneal cada 5 días", "vancomicina (J01XA01) 2 g intravenosa cada 5 días")]),
      P(["HAL003"], "ceftazidima dose 1 g -> 2 g (2 exists elsewhere in input)",
        [("ceftazidima (J01DD02) 1 g", "ceftazidima (J01DD02) 2 g")]),
      P(["HAL001"], "Tenckhoff catheter said removed (input: kept) - ungrounded procedure",
        [("manteniéndose el catéter de Tenckhoff", "retirándose el catéter de Tenckhoff")]),
      P(["DEM001"], "sexo masculino", [("paciente de 46 años, sexo femenino,", "paciente de 46 años, sexo masculino,")]),
      P(["COD006"], "M32.1 code dropped", [("lupus eritematoso sistémico (M32.1)", "lupus eritematoso sistémico")]),
      P(["FMT001"], "uppercase INGRESA POR", [("Ingresa por dolor", "INGRESA POR dolor")]),
      P(["COD001"], "CIE-10 code after a comma instead of parentheses",
        [("peritonitis asociada a diálisis peritoneal (K65.0).", "peritonitis asociada a diálisis peritoneal, K65.0.")]),
      P(["CLN001"], "input and output add levotiroxina without thyroid diagnosis",
        [("prednisona (H02AB07) 5 mg/día.", "prednisona (H02AB07) 5 mg/día, además de levotiroxina (H03AA01) 50 mcg/día.")],
        input_reps=[("prednisona (H02AB07) 5 mg/día", "prednisona (H02AB07) 5 mg/día; levotiroxina (H03AA01) 50 mcg/día")]),
  ])

# ---------------------------------------------------------------- A4 febrile neutropenia, Bogotá
S("A4-hemato-neutropenia-febril", "Hospital día de hematología, Instituto Nacional de Cancerología, Bogotá (Colombia)",
  "prosa colombiana (egresa, acetaminofén)", "mapa plano con claves numeradas (med1_atc, dx_base_cod)",
  {
      "institucion": "Instituto Nacional de Cancerología, Bogotá - Hospital día de hematología",
      "sexo": "hombre",
      "edad": "63 años",
      "motivo_ingreso": "fiebre de 38,9 °C el día 9 posterior al ciclo 3 de R-CHOP",
      "dx_principal_cod": "D70",
      "dx_principal": "neutropenia febril inducida por quimioterapia",
      "dx_base_cod": "C83.3",
      "dx_base": "linfoma difuso de células B grandes",
      "lab_neutrofilos": "320/µL",
      "lab_hemoglobina": "10,2 g/dL",
      "lab_plaquetas": "98000/µL",
      "hemocultivos": "negativos",
      "rx_torax": "sin consolidaciones",
      "med1_atc": "J01DE01", "med1": "cefepima 2 g IV cada 8 horas",
      "med2_atc": "L03AA02", "med2": "filgrastim 300 mcg SC diario por 5 días",
      "med3_atc": "N02BE01", "med3": "acetaminofén 1 g VO cada 8 horas si fiebre",
      "evolucion": "afebril a las 48 horas, neutrófilos 1600/µL al día 5",
      "estancia_dias": 5,
      "egreso": "sin antibiótico al egreso; próximo ciclo diferido 1 semana; control en consulta de hematología",
  },
  "Ingresa por fiebre de 38,9 °C el día 9 posterior al ciclo 3 de R-CHOP, en un hombre de 63 años con linfoma "
  "difuso de células B grandes (C83.3). Al ingreso presenta neutrófilos 320/µL, hemoglobina 10,2 g/dL y plaquetas "
  "98000/µL; los hemocultivos son negativos y la radiografía de tórax no muestra consolidaciones. Se diagnostica "
  "neutropenia febril inducida por quimioterapia (D70) y se inicia cefepima (J01DE01) 2 g IV cada 8 horas, "
  "filgrastim (L03AA02) 300 mcg SC diario por 5 días y acetaminofén (N02BE01) 1 g VO cada 8 horas si fiebre. "
  "Evoluciona afebril a las 48 horas, con recuperación de neutrófilos a 1600/µL al día 5. Egresa tras 5 días de "
  "estancia en el hospital día, sin antibiótico al egreso, con el próximo ciclo de quimioterapia diferido 1 semana "
  "y control en consulta de hematología.",
  [
      T("brand/synonym: paracetamol for acetaminofén", [("acetaminofén (N02BE01)", "paracetamol (N02BE01)")]),
      T("platelets written as '98 mil/µL' (same value as 98000)", [("plaquetas 98000/µL", "plaquetas 98 mil/µL")], numok=True),
      T("negated drug: vancomycin not started",
        [("no muestra consolidaciones.", "no muestra consolidaciones; no se añade vancomicina al no haber foco de catéter.")]),
      T("female staff member (la hematóloga de turno) in a male patient's summary",
        [("Evoluciona afebril", "Valorado por la hematóloga de turno, evoluciona afebril")]),
      P(["HAL003"], "cefepima dose 2 g -> 1 g (1 exists elsewhere in input)",
        [("cefepima (J01DE01) 2 g IV", "cefepima (J01DE01) 1 g IV")]),
      P(["DEM001"], "sex flipped: una mujer", [("en un hombre de 63 años", "en una mujer de 63 años")]),
      P(["FMT002"], "bullet list line inserted",
        [("Se diagnostica neutropenia", "\n- Se diagnostica neutropenia")]),
      P(["HAL001"], "blood cultures said positive for Klebsiella (input: negative)",
        [("los hemocultivos son negativos", "los hemocultivos son positivos para Klebsiella pneumoniae")]),
      P(["CLN001"], "input and output add atorvastatina without dyslipidaemia or vascular diagnosis",
        [("5 días y acetaminofén (N02BE01) 1 g VO cada 8 horas si fiebre.",
          "5 días, acetaminofén (N02BE01) 1 g VO cada 8 horas si fiebre y atorvastatina (C10AA05) 40 mg VO diaria.")],
        input_reps=[('"estancia_dias"', '"med4_atc": "C10AA05", "med4": "atorvastatina 40 mg VO diaria", "estancia_dias"')]),
      P(["REP001"], "sentence repeated verbatim",
        [("al día 5. Egresa", "al día 5. Evoluciona afebril a las 48 horas, con recuperación de neutrófilos a 1600/µL al día 5. Egresa")]),
      P(["HAL002"], "defervescence at 72 h (input 48 h; 72 absent)",
        [("afebril a las 48 horas", "afebril a las 72 horas")]),
  ])
