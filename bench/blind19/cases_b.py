from cases_common import S, T, P

SCEN = []

# s04 Huesca, Neumologia, TEP
SCEN.append(S(
    "s04", "Hospital San Jorge-like general hospital, Huesca (Aragón), Neumología", "telegraphic with inline headings",
    "nested Spanish, labs as list of objects, sex as 'M' (mujer) plus 'sexo_texto'",
    {"datos": {"sexo": "M", "sexo_texto": "mujer", "edad": "58 años"},
     "clinica": "disnea súbita y dolor pleurítico derecho de 2 días; viaje en autobús de 14 horas",
     "pruebas": [{"prueba": "dímero D", "valor": 3200, "unidad": "ng/mL"},
                 {"prueba": "troponina I", "valor": "negativa"},
                 {"prueba": "angio-TC de tórax", "resultado": "defectos de repleción en arterias lobares inferiores bilaterales, sin sobrecarga de ventrículo derecho"},
                 {"prueba": "ecografía doppler de miembros inferiores", "resultado": "trombosis venosa profunda poplítea izquierda"}],
     "diagnosticos": [{"codigo": "I26.9", "descripcion": "Tromboembolismo pulmonar sin cor pulmonale agudo"},
                      {"codigo": "I80.2", "descripcion": "Trombosis venosa profunda de miembro inferior"}],
     "tratamiento": [{"farmaco": "Enoxaparina", "atc": "B01AB05", "dosis": "60 mg cada 12 horas subcutánea"}],
     "alta": [{"farmaco": "Apixabán", "atc": "B01AF02", "dosis": "10 mg cada 12 horas 7 días y después 5 mg cada 12 horas"},
              "paracetamol 1 g cada 8 horas si dolor"],
     "observaciones": "PESI bajo riesgo; no candidata a fibrinólisis; duración de anticoagulación mínimo 3 meses"},
    "Ingresa por disnea súbita y dolor pleurítico derecho de 2 días de evolución tras viaje en autobús de 14 horas. "
    "Mujer de 58 años. Pruebas: dímero D 3200 ng/mL, troponina I negativa. Angio-TC de tórax: defectos de "
    "repleción en arterias lobares inferiores bilaterales, sin sobrecarga de ventrículo derecho. Eco-doppler de "
    "MMII: trombosis venosa profunda poplítea izquierda. Juicio clínico: tromboembolismo pulmonar sin cor "
    "pulmonale agudo (I26.9) y trombosis venosa profunda de miembro inferior (I80.2). PESI de bajo riesgo, no "
    "candidata a fibrinólisis. Tratamiento: enoxaparina (B01AB05) 60 mg cada 12 horas subcutánea con mejoría de "
    "la disnea y saturación basal normal. Alta con apixabán (B01AF02) 10 mg cada 12 horas durante 7 días y "
    "después 5 mg cada 12 horas, mínimo 3 meses, y paracetamol 1 g cada 8 horas si dolor. Se aconseja "
    "deambulación precoz. Control en consulta de enfermedad tromboembólica.",
    [
        T("t_abbrev", "TEP/TVP abbreviations and 'JC' heading abbreviation",
          [("Juicio clínico: tromboembolismo pulmonar sin cor pulmonale agudo (I26.9) y trombosis venosa profunda de miembro inferior (I80.2).",
            "JC: TEP sin cor pulmonale agudo (I26.9) y TVP de miembro inferior (I80.2).")]),
        T("t_units", "paracetamol 1 g written as 1000 mg (plain unit conversion)",
          [("paracetamol 1 g cada 8 horas", "paracetamol 1000 mg cada 8 horas")], allow_nums=["1000"]),
        T("t_side_alt", "left popliteal said as 'pierna izquierda (poplítea)'; bilateral lobar kept as 'ambos lóbulos inferiores'",
          [("trombosis venosa profunda poplítea izquierda.", "trombosis venosa profunda en territorio poplíteo de la pierna izquierda."),
           ("arterias lobares inferiores bilaterales", "arterias lobares de ambos lóbulos inferiores")]),
        P("p_side", ["HAL004"], "DVT side left -> right",
          [("poplítea izquierda", "poplítea derecha")]),
        P("p_sex", ["DEM001"], "female patient described as 'Varón' and 'candidato'",
          [("Mujer de 58 años.", "Varón de 58 años."), ("no candidata a", "no candidato a")]),
        P("p_dose", ["HAL003"], "apixaban loading 10 mg -> 5 mg during the first 7 days; 5 mg is the input's maintenance dose for the same drug, so it is no HAL002 but the phase is wrong",
          [("apixabán (B01AF02) 10 mg cada 12 horas durante 7 días", "apixabán (B01AF02) 5 mg cada 12 horas durante 7 días")]),
        P("p_atc_added", ["COD004"], "ATC N02BE01 added for paracetamol, which the input gives with no code",
          [("y paracetamol 1 g", "y paracetamol (N02BE01) 1 g")]),
        P("p_fibrinolysis", ["HAL001"], "claims fibrinolysis with alteplasa was given (input: not candidate)",
          [("PESI de bajo riesgo, no candidata a fibrinólisis.", "Se realiza fibrinólisis con alteplasa.")]),
        P("p_lab", ["HAL002"], "D-dimer 3200 -> 5200 ng/mL",
          [("dímero D 3200", "dímero D 5200")]),
        P("p_list", ["FMT002"], "discharge treatment as bullet list lines",
          [("Alta con apixabán (B01AF02) 10 mg cada 12 horas durante 7 días y después 5 mg cada 12 horas, mínimo 3 meses, y paracetamol 1 g cada 8 horas si dolor.",
            "Alta con:\n- apixabán (B01AF02) 10 mg cada 12 horas durante 7 días y después 5 mg cada 12 horas, mínimo 3 meses\n- paracetamol 1 g cada 8 horas si dolor.")]),
    ]))

# s05 Pamplona, Neumologia, derrame pleural con toracocentesis
SCEN.append(S(
    "s05", "Hospital general, Navarra (Tudela), Neumología", "dictated prose, resident",
    "English keys, nested, labs as strings",
    {"patient": {"gender": "male", "age_years": 71},
     "chief_complaint": "disnea de esfuerzo y tos seca de 3 semanas",
     "history": [{"icd10": "J44.9", "name": "EPOC"}, {"icd10": "I10", "name": "Hipertensión arterial"}],
     "imaging": "radiografía: derrame pleural derecho que ocupa dos tercios del hemitórax",
     "procedures": ["toracocentesis diagnóstica y evacuadora derecha con extracción de 1500 mL de líquido serohemático"],
     "pleural_fluid": {"proteinas": "4,2 g/dL", "LDH": "620 U/L", "ADA": "18 U/L", "citologia": "negativa para malignidad", "cultivo": "negativo"},
     "diagnoses": [{"icd10": "J90", "name": "Derrame pleural", "comment": "exudado, etiología en estudio"}],
     "home_meds": [{"name": "Tiotropio", "atc": "R03BB04", "dose": "18 mcg cada 24 horas inhalado"},
                   {"name": "Losartán", "atc": "C09CA01", "dose": "50 mg cada 24 horas"}],
     "plan": "TC de tórax con contraste ambulatoria y consulta de Neumología en 2 semanas",
     "length_of_stay": 6},
    "Ingresa por disnea de esfuerzo y tos seca de 3 semanas de evolución. Varón de 71 años con antecedentes de "
    "EPOC (J44.9) e hipertensión arterial (I10), en tratamiento habitual con tiotropio (R03BB04) 18 mcg cada 24 "
    "horas inhalado y losartán (C09CA01) 50 mg cada 24 horas. En la radiografía se aprecia derrame pleural "
    "derecho que ocupa dos tercios del hemitórax. Se realiza toracocentesis diagnóstica y evacuadora derecha, "
    "extrayéndose 1500 mL de líquido serohemático, con clara mejoría de la disnea. El análisis del líquido muestra "
    "un exudado con proteínas de 4,2 g/dL, LDH 620 U/L y ADA 18 U/L; la citología es negativa para malignidad y "
    "el cultivo resulta negativo. Diagnóstico: derrame pleural (J90) de tipo exudado, con etiología en estudio. "
    "Tras 6 días de ingreso se encuentra estable y se decide alta manteniendo su medicación habitual. Se "
    "solicita TC de tórax con contraste de forma ambulatoria y se cita en consulta de Neumología en 2 semanas "
    "para completar el estudio.",
    [
        T("t_units", "1500 mL written as 1,5 litros",
          [("extrayéndose 1500 mL de líquido", "extrayéndose 1,5 litros de líquido")], allow_nums=["1.5"]),
        T("t_neg_dx", "ruled-out diagnoses: tuberculosis and malignancy discussed as discarded (ADA bajo, citología negativa)",
          [("el cultivo resulta negativo.", "el cultivo resulta negativo, lo que hace poco probable una tuberculosis pleural o un origen neoplásico, que no se han confirmado.")]),
        T("t_side_alt", "right said as 'hemitórax derecho' and 'del lado derecho'",
          [("derrame pleural derecho que ocupa dos tercios del hemitórax", "derrame pleural que ocupa dos tercios del hemitórax derecho"),
           ("toracocentesis diagnóstica y evacuadora derecha", "toracocentesis diagnóstica y evacuadora del lado derecho")]),
        P("p_side", ["HAL004"], "effusion and thoracentesis left (input: right)",
          [("derrame pleural derecho", "derrame pleural izquierdo"),
           ("evacuadora derecha", "evacuadora izquierda")]),
        P("p_fluid", ["HAL001"], "says the fluid was a transudate (input: exudado) - contradicts input",
          [("un exudado con proteínas", "un trasudado con proteínas"),
           ("(J90) de tipo exudado", "(J90) de tipo trasudado")]),
        P("p_num", ["HAL002"], "LDH 620 -> 260 U/L", [("LDH 620 U/L", "LDH 260 U/L")]),
        P("p_cie_added", ["COD002"], "CIE-10 R06.0 added to dyspnoea, which the input has uncoded",
          [("Ingresa por disnea de esfuerzo", "Ingresa por disnea (R06.0) de esfuerzo")]),
        P("p_cln", ["CLN001", "HAL001"], "adds levotiroxina without thyroid diagnosis",
          [("manteniendo su medicación habitual.", "manteniendo su medicación habitual y añadiendo levotiroxina.")]),
        P("p_losartan", ["HAL003"], "losartan 50 mg -> 18 mg (18 occurs elsewhere in input, for tiotropio and ADA)",
          [("losartán (C09CA01) 50 mg", "losartán (C09CA01) 18 mg")]),
        P("p_short", ["FMT003"], "telegraphic summary below 80 words, all codes kept",
          full="Ingresa por disnea de esfuerzo y tos seca de 3 semanas. Varón de 71 años, EPOC (J44.9) e hipertensión "
               "arterial (I10), con tiotropio (R03BB04) y losartán (C09CA01). Derrame pleural (J90) derecho, exudado. "
               "Toracocentesis derecha con 1500 mL serohemáticos y mejoría. Citología y cultivo negativos. Alta a los "
               "6 días; TC ambulatorio y Neumología en 2 semanas."),
    ]))

# s06 Murcia, Medicina Interna, NAC; input as single free-text string
SCEN.append(S(
    "s06", "Hospital comarcal, Murcia (Lorca), Medicina Interna", "dictated prose, consultant, regional",
    "a single free-text string with codes inside",
    "Paciente: mujer, 79 años. Motivo: fiebre de 38,6 ºC, tos productiva y dolor costal izquierdo de 4 días. "
    "Antecedentes: diabetes mellitus tipo 2 (E11.9) con metformina A10BA02 850 mg cada 12 horas. Exploración: "
    "crepitantes en base izquierda, SatO2 91% basal. Analítica: leucocitos 16400/mm3, PCR 187 mg/L, urea 48 mg/dL. "
    "Radiografía: condensación en lóbulo inferior izquierdo. CURB-65: 2. Diagnóstico: neumonía adquirida en la "
    "comunidad J18.9. Antígenos en orina de neumococo y Legionella negativos. Tratamiento: ceftriaxona J01DD04 "
    "2 g cada 24 horas intravenosa 5 días y azitromicina J01FA10 500 mg cada 24 horas 3 días; oxigenoterapia con "
    "gafas nasales. Evolución: afebril desde el tercer día. Alta al 7º día con amoxicilina/clavulánico J01CR02 "
    "875/125 mg cada 8 horas hasta completar 7 días. Acompañada por su nuera.",
    "Ingresa por fiebre de 38,6 ºC, tos productiva y dolor costal izquierdo de 4 días de evolución. Mujer de 79 "
    "años, diabética tipo 2 (E11.9) en tratamiento con metformina (A10BA02) 850 mg cada 12 horas. A la exploración "
    "presenta crepitantes en base izquierda y SatO2 basal del 91%. En la analítica destacan leucocitos 16400/mm3, "
    "PCR 187 mg/L y urea 48 mg/dL. La radiografía muestra condensación en lóbulo inferior izquierdo, con CURB-65 "
    "de 2. Se diagnostica neumonía adquirida en la comunidad (J18.9). Antígenos urinarios de neumococo y "
    "Legionella negativos. Se trata con ceftriaxona (J01DD04) 2 g cada 24 horas intravenosa durante 5 días y "
    "azitromicina (J01FA10) 500 mg cada 24 horas durante 3 días, junto con oxigenoterapia en gafas nasales. "
    "Queda afebril desde el tercer día. Alta al 7º día con amoxicilina/clavulánico (J01CR02) 875/125 mg cada 8 "
    "horas hasta completar 7 días. Acude acompañada por su nuera, a quien se explican los signos de alarma.",
    [
        T("t_nums_words", "numbers written in words matching input (cuatro días, tres días)",
          [("de 4 días de evolución", "de cuatro días de evolución"),
           ("durante 3 días", "durante tres días")]),
        T("t_abbrev", "NAC abbreviation and 'LII' for lower left lobe",
          [("Se diagnostica neumonía adquirida en la comunidad (J18.9).", "Se diagnostica NAC (J18.9)."),
           ("condensación en lóbulo inferior izquierdo", "condensación en LII")]),
        T("t_temp_format", "temperature written 38.6 °C with dot and degree sign",
          [("fiebre de 38,6 ºC", "fiebre de 38.6 °C")]),
        P("p_sex", ["DEM001"], "female patient: 'diabético', 'acompañado' (masculine agreement only)",
          [("Mujer de 79 años, diabética tipo 2", "Paciente de 79 años, diabético tipo 2"),
           ("Acude acompañada por su nuera", "Acude acompañado por su nuera")]),
        P("p_side", ["HAL004"], "consolidation in right lower lobe (input: left)",
          [("condensación en lóbulo inferior izquierdo", "condensación en lóbulo inferior derecho")]),
        P("p_freq", ["HAL003"], "amoxicilina/clavulánico cada 8 h -> cada 12 h (12 is elsewhere in input)",
          [("875/125 mg cada 8 horas", "875/125 mg cada 12 horas")]),
        P("p_route", ["HAL003"], "ceftriaxona intravenosa -> intramuscular",
          [("2 g cada 24 horas intravenosa", "2 g cada 24 horas intramuscular")]),
        P("p_cod_noparen", ["COD001"], "CIE-10 J18.9 without parentheses",
          [("comunidad (J18.9).", "comunidad, código J18.9.")]),
        P("p_atc_unlisted", ["COD004", "HAL001"], "adds levofloxacino (J01MA12), neither drug nor code in input",
          [("junto con oxigenoterapia", "con paso posterior a levofloxacino (J01MA12), junto con oxigenoterapia")]),
        P("p_loop", ["REP001"], "degenerate loop at the end",
          [("a quien se explican los signos de alarma.", "a quien se explican los signos de alarma, los signos de alarma, los signos de alarma, los signos de alarma, los signos de alarma.")]),
    ]))
