from cases_common import S, T, P

# ---------------------------------------------------------------- B1 Guillain-Barre, Buenos Aires
B1_SHORT = ("Ingresa por debilidad ascendente simétrica de 5 días con arreflexia, varón de 45 años. LCR con "
            "disociación albuminocitológica y EMG con polineuropatía desmielinizante aguda. Síndrome de Guillain-Barré "
            "(G61.0). Recibe inmunoglobulina humana IV (J06BA02) 0,4 g/kg/día por 5 días y enoxaparina (B01AB05) "
            "40 mg SC cada 24 h. Sin compromiso respiratorio. Alta al día 12 a rehabilitación.")
S("B1-neuro-guillain-barre", "Neurología, Hospital de Clínicas José de San Martín UBA, Buenos Aires (Argentina)",
  "telegráfico con encabezados en línea (LCR:, Evolución:)", "objeto anidado, fecha de nacimiento + fecha de ingreso, 'genero'",
  {
      "servicio": "Neurología - Hospital de Clínicas José de San Martín (UBA)",
      "datos_demograficos": {"genero": "masculino", "fecha_nacimiento": "1979-05-20"},
      "fecha_ingreso": "2024-09-03",
      "cuadro": "debilidad ascendente simétrica de miembros inferiores de 5 días, arreflexia; gastroenteritis 2 semanas antes",
      "examen_fisico": "fuerza 3/5 en miembros inferiores y 4/5 en superiores, sin compromiso de pares craneales",
      "estudios": {"LCR": "proteínas 1,2 g/L con 3 células/µL (disociación albuminocitológica)",
                   "EMG": "polineuropatía desmielinizante aguda", "CVF": "2,1 L"},
      "monitoreo": "capacidad vital forzada seriada cada 8 h, sin disautonomía",
      "diagnostico": {"cod": "G61.0", "nombre": "síndrome de Guillain-Barré"},
      "tratamiento": [
          {"cod": "J06BA02", "droga": "inmunoglobulina humana IV", "esquema": "0,4 g/kg/día por 5 días"},
          {"cod": "B01AB05", "droga": "enoxaparina", "esquema": "40 mg SC cada 24 h (profilaxis)"},
      ],
      "evolucion": "sin compromiso respiratorio, CVF mínima 1,8 L; inicia marcha con asistencia al día 10",
      "alta": {"dia": 12, "destino": "centro de rehabilitación", "indicaciones": "kinesiología motora diaria"},
  },
  "Ingresa por debilidad ascendente simétrica de miembros inferiores de 5 días, con arreflexia, en varón de 45 años "
  "con gastroenteritis 2 semanas antes. Examen: fuerza 3/5 en miembros inferiores y 4/5 en superiores, sin "
  "compromiso de pares craneales. LCR: proteínas 1,2 g/L con 3 células/µL, disociación albuminocitológica. "
  "EMG: polineuropatía desmielinizante aguda. CVF al ingreso 2,1 L. Diagnóstico: síndrome de Guillain-Barré (G61.0). "
  "Tratamiento: inmunoglobulina humana IV (J06BA02) 0,4 g/kg/día por 5 días y enoxaparina (B01AB05) 40 mg SC cada "
  "24 h como profilaxis. Monitoreo: capacidad vital forzada seriada cada 8 h, sin disautonomía. Evolución: sin "
  "compromiso respiratorio, con CVF mínima de 1,8 L; inicia marcha con asistencia al día 10. Alta al día 12 a "
  "centro de rehabilitación con indicación de kinesiología motora diaria.",
  [
      T("age in words, 'hombre'", [("en varón de 45 años", "en un hombre de cuarenta y cinco años")]),
      T("IgIV abbreviation for inmunoglobulina humana IV", [("inmunoglobulina humana IV (J06BA02)", "IgIV (J06BA02)")]),
      T("negated procedures: no intubation, no plasmapheresis",
        [("Evolución: sin compromiso respiratorio,", "Evolución: sin compromiso respiratorio, no requirió intubación ni plasmaféresis,")]),
      T("LCR expanded, fisioterapia synonym of kinesiología",
        [("LCR: proteínas", "Líquido cefalorraquídeo: proteínas"), ("kinesiología motora diaria", "fisioterapia (kinesiología) motora diaria")]),
      P(["DEM001", "HAL002"], "age 44 but dates give 45 (44 absent from input)",
        [("en varón de 45 años", "en varón de 44 años")]),
      P(["DEM001"], "sex flipped: mujer", [("en varón de 45 años", "en mujer de 45 años")]),
      P(["HAL003"], "enoxaparina cada 12 h (input cada 24 h; 12 exists elsewhere)",
        [("enoxaparina (B01AB05) 40 mg SC cada 24 h", "enoxaparina (B01AB05) 40 mg SC cada 12 h")]),
      P(["HAL001"], "intubation and mechanical ventilation invented (input: no respiratory compromise)",
        [("Evolución: sin compromiso respiratorio, con CVF mínima de 1,8 L;",
          "Evolución: requirió intubación orotraqueal y ventilación mecánica, con CVF mínima de 1,8 L;")]),
      P(["COD005"], "ATC codes of IVIG and enoxaparin swapped",
        [("inmunoglobulina humana IV (J06BA02)", "inmunoglobulina humana IV (B01AB05)"),
         ("y enoxaparina (B01AB05)", "y enoxaparina (J06BA02)")]),
      P(["FMT003"], "telegraphic summary under 80 words (all codes kept)", [("*", B1_SHORT)]),
      P(["FMT001"], "prefixed 'Epicrisis:'", [("^", "Epicrisis: ")]),
      P(["REP001"], "sentence repeated", [("EMG: polineuropatía desmielinizante aguda.",
                                           "EMG: polineuropatía desmielinizante aguda. EMG: polineuropatía desmielinizante aguda.")]),
  ], age_from_dates=45)

# ---------------------------------------------------------------- B2 myasthenic crisis, Santiago
S("B2-neuro-crisis-miastenica", "Neurología, Hospital Clínico Universidad de Chile, Santiago (Chile)",
  "prosa chilena (usuaria, policlínico, estadía)", "un solo texto libre con códigos entre paréntesis",
  "Paciente femenina de 34 años. Ingreso a Neurología del Hospital Clínico Universidad de Chile por ptosis bilateral, "
  "disfagia y disnea progresiva de 4 días tras cuadro respiratorio viral. Antecedente: miastenia gravis (G70.0) con "
  "anticuerpos anti-receptor de acetilcolina positivos, en tratamiento con piridostigmina (N07AA02) 60 mg cada 6 horas "
  "y prednisona (H02AB07) 20 mg al día. Se diagnostica crisis miasténica. Capacidad vital forzada 1,4 L. Manejo en "
  "intermedio: plasmaféresis 5 sesiones en días alternos, piridostigmina mantenida, prednisona aumentada a 40 mg al "
  "día. Se evitan aminoglucósidos y fluoroquinolonas. Evolución favorable con CVF 2,6 L al alta. Estadía 11 días. "
  "Alta con piridostigmina 60 mg cada 6 horas y prednisona 40 mg al día con reducción gradual; control en policlínico "
  "de neuromuscular.",
  "Ingresa por ptosis bilateral, disfagia y disnea progresiva de 4 días tras un cuadro respiratorio viral, en "
  "paciente femenina de 34 años con miastenia gravis (G70.0) con anticuerpos anti-receptor de acetilcolina "
  "positivos, usuaria de piridostigmina (N07AA02) 60 mg cada 6 horas y prednisona (H02AB07) 20 mg al día. Se "
  "diagnostica crisis miasténica, con capacidad vital forzada de 1,4 L. Se maneja en unidad de intermedio con "
  "plasmaféresis, 5 sesiones en días alternos, manteniendo la piridostigmina y aumentando la prednisona a 40 mg al "
  "día. Se evitan aminoglucósidos y fluoroquinolonas. Evoluciona favorablemente, con capacidad vital forzada de "
  "2,6 L al alta. Tras 11 días de estadía se da de alta con piridostigmina 60 mg cada 6 horas y prednisona 40 mg al "
  "día con reducción gradual, y control en policlínico de neuromuscular.",
  [
      T("bilateral said as 'de ambos párpados'", [("Ingresa por ptosis bilateral,", "Ingresa por ptosis de ambos párpados,")]),
      T("brand name Mestinon for piridostigmina", [("usuaria de piridostigmina (N07AA02)", "usuaria de Mestinon (N07AA02)")]),
      T("negated procedure: no intubation", [("Evoluciona favorablemente, con", "Evoluciona favorablemente, sin requerir intubación, con")]),
      T("age in words", [("femenina de 34 años", "femenina de treinta y cuatro años")]),
      P(["HAL004"], "ptosis derecha (input bilateral)", [("Ingresa por ptosis bilateral,", "Ingresa por ptosis derecha,")]),
      P(["DEM001"], "masculine agreement: paciente masculino, usuario",
        [("paciente femenina de 34 años", "paciente masculino de 34 años"), ("usuaria de", "usuario de")]),
      P(["HAL003"], "piridostigmina cada 4 horas (input cada 6 horas; 4 exists elsewhere)",
        [("piridostigmina (N07AA02) 60 mg cada 6 horas", "piridostigmina (N07AA02) 60 mg cada 4 horas")]),
      P(["HAL001"], "IVIG given (not in input)",
        [("Se evitan aminoglucósidos y fluoroquinolonas.", "Se administra además inmunoglobulina intravenosa.")]),
      P(["CLN001"], "input and output add donepezilo in a 34-year-old without dementia",
        [("cada 6 horas y prednisona (H02AB07) 20 mg al día. Se", "cada 6 horas, prednisona (H02AB07) 20 mg al día y donepezilo (N06DA02) 5 mg al día. Se")],
        input_reps=[("y prednisona (H02AB07) 20 mg al día.", "y prednisona (H02AB07) 20 mg al día; donepezilo (N06DA02) 5 mg al día.")]),
      P(["COD002", "COD005"], "myasthenic crisis given a different real code G70.2 (congenital myasthenia, not in input) ",
        [("Se diagnostica crisis miasténica,", "Se diagnostica crisis miasténica (G70.2),")]),
      P(["FMT002"], "HTML tag", [("Se diagnostica crisis miasténica,", "Se diagnostica <b>crisis miasténica</b>,")]),
  ])

# ---------------------------------------------------------------- B3 status epilepticus, Lima
S("B3-neuro-estado-epileptico", "Neurología, Hospital Nacional Edgardo Rebagliati Martins EsSalud, Lima (Perú)",
  "prosa peruana (EV, TEM)", "objeto con 'filiacion' (sexo 'F', fecha_nac dd/mm/aaaa) y fecha_ingreso",
  {
      "filiacion": {"sexo": "F", "fecha_nac": "14/08/1991"},
      "fecha_ingreso": "02/03/2024",
      "motivo": "crisis tónico-clónicas generalizadas repetidas sin recuperación de conciencia entre ellas, 40 minutos de duración",
      "antecedentes": [{"codigo": "G40.9", "descripcion": "epilepsia"}],
      "medicacion_previa": "ácido valproico 500 mg cada 12 horas, abandono hace 3 semanas",
      "diagnosticos": [{"codigo": "G41.0", "descripcion": "estado de mal epiléptico tónico-clónico"}],
      "tratamiento": [
          {"codigo": "N05BA01", "nombre": "diazepam", "dosis": "10 mg EV"},
          {"codigo": "N03AX14", "nombre": "levetiracetam", "dosis": "carga 60 mg/kg EV, luego 1000 mg cada 12 horas"},
          {"codigo": "N03AG01", "nombre": "ácido valproico", "dosis": "500 mg cada 12 horas VO"},
      ],
      "examenes": {"glucosa": "96 mg/dL", "sodio": "139 mEq/L", "nivel de valproato": "indetectable",
                   "TEM cerebral": "sin lesiones agudas"},
      "evolucion": "cese de crisis tras levetiracetam; sin nuevas crisis en 72 horas",
      "dias": 5,
      "indicaciones": "no conducir, no suspender anticonvulsivantes, control en consultorio de epilepsia",
  },
  "Ingresa por crisis tónico-clónicas generalizadas repetidas, sin recuperación de conciencia entre ellas, de 40 "
  "minutos de duración, en una mujer de 32 años con epilepsia (G40.9) que abandonó el ácido valproico hace 3 "
  "semanas. Se diagnostica estado de mal epiléptico tónico-clónico (G41.0). Recibe diazepam (N05BA01) 10 mg EV y "
  "luego levetiracetam (N03AX14) con carga de 60 mg/kg EV, con cese de las crisis, continuando con 1000 mg cada 12 "
  "horas. Los exámenes muestran glucosa 96 mg/dL, sodio 139 mEq/L y nivel de valproato indetectable; la TEM "
  "cerebral no evidencia lesiones agudas. Se reinicia ácido valproico (N03AG01) 500 mg cada 12 horas VO. Permanece "
  "sin nuevas crisis en 72 horas. Alta al quinto día con indicación de no conducir, no suspender los "
  "anticonvulsivantes y control en consultorio de epilepsia.",
  [
      T("EV written out as endovenoso, TEM as tomografía",
        [("diazepam (N05BA01) 10 mg EV", "diazepam (N05BA01) 10 mg endovenoso"), ("la TEM cerebral", "la tomografía cerebral")]),
      T("valproate level paraphrased", [("nivel de valproato indetectable", "niveles séricos de ácido valproico no detectables")]),
      T("negated drug and procedure: no midazolam infusion, no intubation",
        [("con cese de las crisis,", "con cese de las crisis, sin necesidad de midazolam en infusión ni de intubación,")]),
      P(["DEM001", "HAL002"], "age 33 but 14/08/1991 -> 02/03/2024 gives 32 (33 absent)",
        [("en una mujer de 32 años", "en una mujer de 33 años")]),
      P(["DEM001"], "sex flipped: un varón", [("en una mujer de 32 años", "en un varón de 32 años")]),
      P(["HAL003"], "levetiracetam maintenance 500 mg (input 1000 mg; 500 belongs to valproate)",
        [("continuando con 1000 mg cada 12", "continuando con 500 mg cada 12")]),
      P(["COD007"], "input and output carry the non-existent code G42.0 for epilepsia",
        [("epilepsia (G40.9)", "epilepsia (G42.0)")], input_reps=[('"G40.9"', '"G42.0"')]),
      P(["HAL001"], "MRI with mesial temporal sclerosis invented",
        [("la TEM cerebral no evidencia lesiones agudas", "la resonancia magnética cerebral muestra esclerosis mesial temporal")]),
      P(["FMT002"], "square brackets", [("diazepam (N05BA01) 10 mg EV", "diazepam (N05BA01) 10 mg [EV]")]),
      P(["COD006"], "diazepam code dropped", [("diazepam (N05BA01) 10 mg", "diazepam 10 mg")]),
      P(["REP001"], "degenerate loop: sentence three times",
        [("Permanece sin nuevas crisis en 72 horas.",
          "Permanece sin nuevas crisis en 72 horas. Permanece sin nuevas crisis en 72 horas. Permanece sin nuevas crisis en 72 horas.")]),
  ], age_from_dates=32)

# ---------------------------------------------------------------- B4 cirrhosis ascites, Barcelona
S("B4-hepato-ascitis-paracentesis", "Hepatología, Hospital Clínic de Barcelona (España)",
  "prosa peninsular con encabezados (Analítica:, Tratamiento:)", "objeto con claves abreviadas, sexo 'V', analítica como lista de cadenas",
  {
      "unidad": "Hepatología - Hospital Clínic de Barcelona",
      "pac": {"sexo": "V", "edad": 61},
      "motivo": "aumento del perímetro abdominal y disnea de 2 semanas",
      "antecedentes": [{"cod": "K70.3", "txt": "cirrosis hepática alcohólica Child-Pugh B"},
                       {"cod": "I85.9", "txt": "varices esofágicas sin sangrado"}],
      "analitica": ["Na 131 mmol/L", "creatinina 1,1 mg/dL", "albúmina 2,6 g/dL", "bilirrubina 2,4 mg/dL", "INR 1,5"],
      "liquido_ascitico": "PMN 120/µL, proteínas 0,9 g/dL, cultivo negativo",
      "procedimientos": ["paracentesis evacuadora de 7 litros guiada por ecografía en flanco izquierdo"],
      "diagnosticos": [{"cod": "R18", "txt": "ascitis a tensión"}],
      "tratamiento": [
          {"atc": "B05AA01", "farmaco": "albúmina humana 20%", "pauta": "8 g por litro extraído IV"},
          {"atc": "C03DA01", "farmaco": "espironolactona", "pauta": "100 mg/24 h vo"},
          {"atc": "C03CA01", "farmaco": "furosemida", "pauta": "40 mg/24 h vo"},
          {"atc": "C07AA05", "farmaco": "propranolol", "pauta": "20 mg/12 h vo"},
      ],
      "otros": "lactulosa 15 mL/8 h vo; dieta hiposódica",
      "evolucion": "descenso de 5 kg de peso, sin encefalopatía, sin deterioro renal",
      "estancia": 4,
  },
  "Ingresa por aumento del perímetro abdominal y disnea de 2 semanas en un varón de 61 años con cirrosis hepática "
  "alcohólica Child-Pugh B (K70.3) y varices esofágicas sin sangrado (I85.9). Analítica: Na 131 mmol/L, creatinina "
  "1,1 mg/dL, albúmina 2,6 g/dL, bilirrubina 2,4 mg/dL e INR 1,5. Se diagnostica ascitis a tensión (R18) y se "
  "realiza paracentesis evacuadora de 7 litros guiada por ecografía en flanco izquierdo, con reposición de albúmina "
  "humana 20% (B05AA01) 8 g por litro extraído IV. El líquido ascítico presenta 120 PMN/µL, proteínas 0,9 g/dL y "
  "cultivo negativo. Tratamiento: espironolactona (C03DA01) 100 mg/24 h, furosemida (C03CA01) 40 mg/24 h y "
  "propranolol (C07AA05) 20 mg/12 h por vía oral, además de lactulosa 15 mL/8 h y dieta hiposódica. Evoluciona con "
  "descenso de 5 kg de peso, sin encefalopatía ni deterioro renal. Alta a los 4 días.",
  [
      T("ruled-out diagnosis not in input: se descarta peritonitis bacteriana espontánea",
        [("y cultivo negativo.", "y cultivo negativo, lo que descarta peritonitis bacteriana espontánea.")]),
      T("volume converted plainly: 7000 mL for 7 litros", [("paracentesis evacuadora de 7 litros", "paracentesis evacuadora de 7000 mL")], numok=True),
      T("side said another way: lado izquierdo del abdomen", [("en flanco izquierdo", "en el lado izquierdo del abdomen")]),
      T("betabloqueante class word before propranolol; 'diuréticos' grouping",
        [("Tratamiento: espironolactona", "Tratamiento diurético con espironolactona"),
         ("y propranolol (C07AA05)", "y el betabloqueante propranolol (C07AA05)")]),
      P(["HAL004"], "paracentesis in right flank (input left)", [("en flanco izquierdo", "en flanco derecho")]),
      P(["COD004"], "correct ATC A06AD11 added to lactulosa, but the input has no code for it",
        [("además de lactulosa 15 mL/8 h", "además de lactulosa (A06AD11) 15 mL/8 h")]),
      P(["HAL003"], "espironolactona 40 mg (input 100 mg; 40 belongs to furosemida)",
        [("espironolactona (C03DA01) 100 mg/24 h", "espironolactona (C03DA01) 40 mg/24 h")]),
      P(["HAL001"], "hepatic encephalopathy claimed (input: sin encefalopatía)",
        [("sin encefalopatía ni deterioro renal", "con encefalopatía hepática grado II, sin deterioro renal")]),
      P(["DEM001"], "sex flipped: una mujer", [("en un varón de 61 años", "en una mujer de 61 años")]),
      P(["HAL002"], "INR 2,1 (input 1,5; 2,1 absent)", [("e INR 1,5", "e INR 2,1")]),
      P(["CLN001"], "input and output add sitagliptina without diabetes",
        [("40 mg/24 h y propranolol (C07AA05) 20 mg/12 h", "40 mg/24 h, propranolol (C07AA05) 20 mg/12 h y sitagliptina (A10BH01) 100 mg/24 h")],
        input_reps=[('"otros"', '"otros_farmacos": [{"atc": "A10BH01", "farmaco": "sitagliptina", "pauta": "100 mg/24 h vo"}], "otros"')]),
  ])
