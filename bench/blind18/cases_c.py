from cases_common import S, T, P, rep_sentence, fmt1, fmt2, cod001, cod001_pair, cod003, cod006, cod005_swap, cod007

SCEN = []

# 9 snakebite, Nicaragua primary hospital, capitalised Spanish keys, telegraphic
SCEN.append(S("ofidismo_nicaragua", "Hospital Primario, Jinotega (Nicaragua)", "telegraphic with inline headings, Nicaraguan vocabulary", "capitalised es keys, age as string",
 {"Datos": {"Sexo": "masculino", "Edad": "45", "Oficio": "agricultor"}, "Unidad": "Hospital Primario, Jinotega (Nicaragua)",
  "Motivo": "mordedura de serpiente en pie derecho hace 2 horas mientras chapodaba", "Serpiente": "terciopelo (Bothrops asper)",
  "Hallazgos": "edema de pie y tobillo derechos, dos marcas de colmillo, gingivorragia leve",
  "Laboratorio": "tiempo de coagulación mayor de 20 minutos, fibrinógeno 90 mg/dL, plaquetas 150000/mm3",
  "Diagnosticos": [{"CIE": "T63.0", "desc": "Envenenamiento por mordedura de serpiente"}],
  "Tratamiento": [{"ATC": "J06AA03", "desc": "Suero antiofídico polivalente 10 frascos intravenoso"},
                  {"ATC": "J07AM01", "desc": "Toxoide tetánico 0,5 mL intramuscular"},
                  {"ATC": "N02AX02", "desc": "Tramadol 50 mg intravenoso cada 8 horas"}],
  "Evolucion": "coagulación normalizada a las 12 horas, edema en regresión", "Estancia": "3 días", "Alta": "elevación del miembro, control en 72 horas"},
 """Ingresa por mordedura de serpiente en pie derecho hace 2 horas mientras chapodaba, en agricultor de 45 años. Serpiente identificada como terciopelo
 (Bothrops asper). Hallazgos: edema de pie y tobillo derechos, dos marcas de colmillo y gingivorragia leve. Laboratorio: tiempo de coagulación mayor de
 20 minutos, fibrinógeno 90 mg/dL, plaquetas 150000/mm3. Dx: envenenamiento por mordedura de serpiente (T63.0). Tratamiento: suero antiofídico polivalente
 (J06AA03) 10 frascos intravenoso, toxoide tetánico (J07AM01) 0,5 mL intramuscular y tramadol (N02AX02) 50 mg intravenoso cada 8 horas. Se mantiene en
 vigilancia estrecha del sangrado y del perímetro del miembro afectado. Evolución: coagulación normalizada a las 12 horas y edema en regresión. Alta del
 Hospital Primario de Jinotega tras 3 días de estancia, con indicación de elevación del miembro y control en 72 horas.""",
 [
  T("culebra for serpiente; antiveneno for suero antiofídico", ("Ingresa por mordedura de serpiente", "Ingresa por mordedura de culebra"),
    ("suero antiofídico polivalente (J06AA03)", "antiveneno polivalente (J06AA03)")),
  T("compartment syndrome ruled out, no fasciotomy", ("y edema en regresión.", "y edema en regresión; se descarta síndrome compartimental, sin necesidad de fasciotomía.")),
  T("side said as 'miembro inferior derecho'", ("edema de pie y tobillo derechos", "edema de pie y tobillo del miembro inferior derecho")),
  P("DEM001", "sex changed by agreement: agricultora", ("en agricultor de 45 años", "en agricultora de 45 años")),
  P("HAL004", "bite side changed to izquierdo", ("en pie derecho hace 2 horas", "en pie izquierdo hace 2 horas")),
  P("HAL003", "tramadol cada 8 -> cada 12 horas (12 elsewhere in input)", ("50 mg intravenoso cada 8 horas", "50 mg intravenoso cada 12 horas")),
  P("HAL002", "fibrinógeno 90 -> 60 mg/dL", ("fibrinógeno 90 mg/dL", "fibrinógeno 60 mg/dL")),
  P("HAL001", "invented fasciotomy", ("y edema en regresión.", "y edema en regresión tras fasciotomía del pie.")),
  P("COD002", "external-cause code X20 added after the snake bite; X20 is not in the input", ("Ingresa por mordedura de serpiente en pie", "Ingresa por mordedura de serpiente (X20) en pie")),
  P(["HAL001", "CLN001"], "levotiroxina added with no thyroid diagnosis", ("50 mg intravenoso cada 8 horas.", "50 mg intravenoso cada 8 horas, además de levotiroxina.")),
  cod001("T63.0"),
 ]))

# 10 dog bite with rabies prophylaxis, Bolivia emergency observation, abbreviated es keys
SCEN.append(S("mordedura_perro_bolivia", "Observación de emergencias, Santa Cruz de la Sierra (Bolivia)", "dictated prose", "abbreviated es keys (px, mc, ef, dx, tx)",
 {"px": {"sexo": "F", "edad": "9a", "peso": "28 kg"}, "lugar": "Observación de emergencias, hospital de segundo nivel, Santa Cruz (Bolivia)",
  "mc": "mordedura de perro callejero en antebrazo izquierdo hace 3 horas",
  "ef": "herida lacerante de 4 cm y dos punciones en antebrazo izquierdo, sin compromiso tendinoso",
  "dx": ["S51.8 Herida abierta del antebrazo", "W54 Mordedura de perro", "Z24.2 Profilaxis antirrábica"],
  "procedimientos": ["lavado exhaustivo con agua y jabón", "desbridamiento sin sutura primaria"],
  "tx": [{"atc": "J07BG01", "nombre": "Vacuna antirrábica", "esquema": "días 0, 3, 7 y 14 intramuscular"},
         {"atc": "J06BB05", "nombre": "Inmunoglobulina antirrábica humana", "dosis": "20 UI/kg infiltrada en la herida"},
         {"atc": "J01CR02", "nombre": "Amoxicilina/ácido clavulánico", "dosis": "45 mg/kg/día cada 12 horas por 5 días, oral"}],
  "antitetanica": "vacunación al día, no requiere refuerzo", "observacion": "8 horas",
  "alta": "completar esquema de vacunación en el centro de salud, curaciones diarias"},
 """Ingresa por mordedura de perro callejero en antebrazo izquierdo de 3 horas de evolución, en niña de 9 años y 28 kg. Al examen presenta herida
 lacerante de 4 cm y dos punciones en antebrazo izquierdo, sin compromiso tendinoso. Se diagnostica herida abierta del antebrazo (S51.8) por mordedura de
 perro (W54), con indicación de profilaxis antirrábica (Z24.2). Se realiza lavado exhaustivo con agua y jabón y desbridamiento, sin sutura primaria. Se
 administra inmunoglobulina antirrábica humana (J06BB05) 20 UI/kg infiltrada en la herida, primera dosis de vacuna antirrábica (J07BG01) intramuscular
 según esquema de días 0, 3, 7 y 14, y amoxicilina/ácido clavulánico (J01CR02) 45 mg/kg/día cada 12 horas por 5 días por vía oral. Vacunación antitetánica
 al día, por lo que no requiere refuerzo. Tras 8 horas de observación en emergencias se da de alta con indicación de completar el esquema de vacunación en
 el centro de salud y realizar curaciones diarias.""",
 [
  T("the father (male) accompanies; 'la menor'", ("se da de alta con indicación", "se da de alta a la menor, acompañada por su padre, con indicación")),
  T("Augmentin brand for amoxicillin/clavulanate", ("amoxicilina/ácido clavulánico (J01CR02)", "Augmentin (J01CR02)")),
  T("side as 'antebrazo del lado izquierdo'; cuatro centímetros", ("dos punciones en antebrazo izquierdo", "dos punciones en el mismo antebrazo, lado izquierdo"), ("de 4 cm", "de cuatro centímetros")),
  T("tetanus booster explicitly not given, restated", ("por lo que no requiere refuerzo.", "por lo que no se administra toxoide tetánico.")),
  P("DEM001", "sex changed: niño", ("en niña de 9 años", "en niño de 9 años")),
  P("DEM001", "age 9 -> 7 años (7 is in the input schedule, so no HAL002)", ("en niña de 9 años", "en niña de 7 años")),
  P("HAL004", "bite side changed to derecho", ("en antebrazo izquierdo de 3 horas", "en antebrazo derecho de 3 horas")),
  P("HAL003", "amoxicillin/clavulanate cada 12 -> cada 8 horas (8 elsewhere)", ("45 mg/kg/día cada 12 horas", "45 mg/kg/día cada 8 horas")),
  P("HAL001", "primary suture claimed though input says sin sutura primaria", ("y desbridamiento, sin sutura primaria.", "y desbridamiento con sutura primaria de la herida.")),
  cod005_swap("S51.8", "Z24.2"),
  cod006("W54"),
 ]))

# 11 organophosphate poisoning, El Salvador national hospital, labs as list of objects
SCEN.append(S("organofosforado_elsalvador", "Hospital Nacional de Chalatenango (El Salvador)", "dictated prose", "es nested, labs as list of {prueba, valor}",
 {"paciente": {"genero": "Masculino", "edad": 27, "ocupacion": "jornalero agrícola"}, "hospital": "Hospital Nacional de Chalatenango",
  "historia": "exposición accidental a plaguicida organofosforado durante fumigación sin equipo de protección, 4 horas antes",
  "signos": ["miosis", "sialorrea", "broncorrea", "fasciculaciones", "FC 48 lpm", "SatO2 90%"],
  "laboratorio": [{"prueba": "colinesterasa sérica", "valor": "1800 U/L"}, {"prueba": "potasio", "valor": "3,8 mEq/L"}],
  "diagnosticos": [{"codigo": "T60.0", "descripcion": "Intoxicación por organofosforados"}],
  "manejo": ["descontaminación cutánea con agua y jabón", "oxígeno por mascarilla"],
  "medicacion": [{"codigo": "A03BA01", "nombre": "Atropina", "pauta": "2 mg intravenoso cada 5 minutos hasta atropinización, total 24 mg"},
                 {"codigo": "V03AB04", "nombre": "Pralidoxima", "pauta": "1 g intravenoso cada 8 horas por 48 horas"}],
  "evolucion": "secreciones controladas, FC 92 lpm, sin fasciculaciones al tercer día", "estancia_dias": 4,
  "alta": "no reexposición, uso de equipo de protección, control en unidad de salud en 7 días"},
 """Ingresa por exposición accidental a plaguicida organofosforado durante fumigación sin equipo de protección, 4 horas antes de la consulta, en jornalero
 agrícola de 27 años. A su llegada presenta miosis, sialorrea, broncorrea, fasciculaciones, FC 48 lpm y SatO2 90%. La colinesterasa sérica es de 1800 U/L y
 el potasio de 3,8 mEq/L, confirmándose intoxicación por organofosforados (T60.0). Se realiza descontaminación cutánea con agua y jabón, se coloca oxígeno
 por mascarilla y se administra atropina (A03BA01) 2 mg intravenoso cada 5 minutos hasta atropinización, con un total de 24 mg, además de pralidoxima
 (V03AB04) 1 g intravenoso cada 8 horas por 48 horas. Evoluciona con secreciones controladas, FC 92 lpm y sin fasciculaciones al tercer día. Es dado de alta
 tras 4 días de estancia con indicación de evitar la reexposición, usar equipo de protección y control en la unidad de salud en 7 días.""",
 [
  T("1 g written as un gramo", ("pralidoxima (V03AB04) 1 g", "pralidoxima (V03AB04) un gramo")),
  T("diazepam explicitly not used (no seizures)", ("al tercer día.", "al tercer día. No presentó convulsiones, por lo que no se usó diazepam.")),
  T("total dose in words: veinticuatro miligramos", ("con un total de 24 mg", "con un total de veinticuatro miligramos")),
  P("DEM001", "sex by agreement: 'Es dada de alta'", ("Es dado de alta", "Es dada de alta")),
  P("HAL003", "pralidoxima 1 g -> 2 g (2 found elsewhere in input, so no HAL002)", ("pralidoxima (V03AB04) 1 g", "pralidoxima (V03AB04) 2 g")),
  P("HAL002", "colinesterasa 1800 -> 1300 U/L", ("es de 1800 U/L", "es de 1300 U/L")),
  P("HAL001", "invented intubation and mechanical ventilation", ("se coloca oxígeno por mascarilla", "se intuba y conecta a ventilación mecánica")),
  P(["HAL001", "CLN001"], "amlodipino added to a bradycardic patient with no hypertension diagnosis", ("por 48 horas.", "por 48 horas, y amlodipino oral.")),
  P("COD002", "X48 added to the exposure, not in the input", ("plaguicida organofosforado durante", "plaguicidas (X48) durante")),
  fmt1("ingresa por"),
  rep_sentence("Evoluciona con secreciones controladas, FC 92 lpm y sin fasciculaciones al tercer día."),
 ]))

# 12 sickle-cell crisis, Dominican Republic paediatric ward, English flat keys with DOB + admission date
SCEN.append(S("drepanocitosis_rd", "Pediatría, Hospital Regional, Santiago de los Caballeros (RD)", "dictated prose with VO/IV abbreviations", "English flat keys, DOB + admission date, drugs in one string",
 {"Sex": "masc.", "DOB": "2014-05-02", "Admitted": "2026-09-20", "Weight": "38 kg", "Ward": "Pediatría, Hospital Regional, Santiago (República Dominicana)",
  "Complaint": "dolor intenso en ambas piernas y región lumbar de 1 día, escala 9/10", "Background": "drepanocitosis homocigota conocida, en hidroxiurea",
  "Vitals": "T 37,9 °C, FC 110 lpm, SatO2 97%", "Labs": "Hb 7,8 g/dL; reticulocitos 12%; leucocitos 14500/mm3; LDH 620 U/L",
  "Chest X-ray": "sin infiltrados", "Diagnosis": "D57.0 Anemia falciforme con crisis vasooclusiva",
  "Treatment": "Morfina (N02AA01) 0,1 mg/kg IV cada 4 horas; Ibuprofeno (M01AE01) 10 mg/kg VO cada 8 horas; hidratación IV a 1,5 veces basales; "
               "Ácido fólico (B03BB01) 5 mg VO diario; Hidroxiurea (L01XX05) 20 mg/kg/día VO",
  "Course": "dolor 2/10 al cuarto día, sin síndrome torácico agudo", "LOS": "5 días",
  "Discharge": "continuar hidroxiurea y ácido fólico, hidratación abundante, control en hematología en 2 semanas"},
 """Ingresa por dolor intenso en ambas piernas y región lumbar de 1 día de evolución, con escala de 9/10, en niño de 12 años y 38 kg con drepanocitosis
 homocigota conocida en tratamiento con hidroxiurea. Al ingreso presenta T 37,9 °C, FC 110 lpm y SatO2 97%. Laboratorio: Hb 7,8 g/dL, reticulocitos 12%,
 leucocitos 14500/mm3 y LDH 620 U/L; la radiografía de tórax no muestra infiltrados. Se diagnostica anemia falciforme con crisis vasooclusiva (D57.0).
 Recibe morfina (N02AA01) 0,1 mg/kg IV cada 4 horas, ibuprofeno (M01AE01) 10 mg/kg VO cada 8 horas, hidratación IV a 1,5 veces las basales, ácido fólico
 (B03BB01) 5 mg VO diario e hidroxiurea (L01XX05) 20 mg/kg/día VO. Al cuarto día el dolor baja a 2/10, sin desarrollar síndrome torácico agudo. Tras 5
 días de hospitalización egresa con hidroxiurea y ácido fólico, hidratación abundante y control en hematología en 2 semanas.""",
 [
  T("label synonym drepanocitosis next to D57.0; hidroxicarbamida for hidroxiurea", ("anemia falciforme con crisis vasooclusiva (D57.0)", "drepanocitosis con crisis vasooclusiva (D57.0)"),
    ("hidroxiurea (L01XX05)", "hidroxicarbamida (L01XX05)")),
  T("'ambos miembros inferiores' for ambas piernas; 'doce años' (age from dates) in words", ("ambas piernas", "ambos miembros inferiores"), ("de 12 años", "de doce años")),
  T("acute chest syndrome ruled out restated with negated antibiotic", ("sin desarrollar síndrome torácico agudo.", "sin desarrollar síndrome torácico agudo, por lo que no se indican antibióticos.")),
  P(["DEM001", "HAL002"], "age 12 -> 14 años (dates give 12; 14 absent so HAL002 too)", ("en niño de 12 años", "en niño de 14 años")),
  P("DEM001", "sex by agreement: 'niña'", ("en niño de 12 años", "en niña de 12 años")),
  P("HAL003", "morphine route IV -> VO", ("0,1 mg/kg IV cada 4 horas", "0,1 mg/kg VO cada 4 horas")),
  P("HAL004", "bilateral leg pain becomes pierna derecha", ("dolor intenso en ambas piernas", "dolor intenso en pierna derecha")),
  P("HAL001", "invented red-cell transfusion", ("Al cuarto día el dolor", "Se transfunde concentrado de hematíes y al cuarto día el dolor")),
  cod006("B03BB01"),
  P("FMT002", "HTML bold tags around the diagnosis", ("anemia falciforme con crisis vasooclusiva", "<b>anemia falciforme con crisis vasooclusiva</b>")),
  cod003("L01XX05"),
 ], allow_numbers={"12"}))

# 13 adult asthma, Mallorca short-stay unit, abbreviations as keys, list-of-lists drugs
SCEN.append(S("asma_mallorca", "Unidad de Corta Estancia, Hospital Son Llàtzer, Palma (Baleares)", "dictated prose", "flat es abbreviations (MC, AP, EF), drugs as lists",
 {"sexo": "mujer", "edad": 34, "servicio": "UCE Hospital Son Llàtzer, Palma", "MC": "disnea y sibilancias de 2 días tras cuadro catarral",
  "AP": "asma desde la infancia, mal cumplimiento de budesonida/formoterol", "EF": "SatO2 93%, FR 26 rpm, sibilancias espiratorias difusas",
  "PEF": "180 L/min al ingreso, 320 L/min al alta", "Rx tórax": "sin condensación", "Dx": [["J45.9", "Crisis asmática moderada"]],
  "Tto": [["R03AC02", "Salbutamol", "4 inhalaciones con cámara cada 20 minutos la primera hora, luego cada 4 horas"],
          ["R03BB01", "Bromuro de ipratropio", "500 mcg nebulizado cada 6 horas"], ["H02AB07", "Prednisona", "40 mg cada 24 horas vía oral"],
          ["", "Oxígeno", "gafas nasales a 2 L/min"]],
  "Estancia": "48 horas",
  "Alta": "prednisona 40 mg cada 24 horas 5 días, budesonida/formoterol (R03AK07) 160/4,5 mcg 2 inhalaciones cada 12 horas, revisión de técnica inhalatoria, control en neumología en 4 semanas"},
 """Ingresa por disnea y sibilancias de 2 días de evolución tras un cuadro catarral en mujer de 34 años con asma desde la infancia y mal cumplimiento de
 budesonida/formoterol. A la exploración presenta SatO2 93%, FR 26 rpm y sibilancias espiratorias difusas, con PEF de 180 L/min; la radiografía de tórax no
 muestra condensación. Se diagnostica crisis asmática moderada (J45.9). Recibe salbutamol (R03AC02) 4 inhalaciones con cámara cada 20 minutos la primera
 hora y luego cada 4 horas, bromuro de ipratropio (R03BB01) 500 mcg nebulizado cada 6 horas, prednisona (H02AB07) 40 mg cada 24 horas vía oral y oxígeno
 con gafas nasales a 2 L/min. A las 48 horas de estancia en la UCE presenta PEF de 320 L/min y se decide el alta con prednisona 40 mg cada 24 horas durante
 5 días, budesonida/formoterol (R03AK07) 160/4,5 mcg 2 inhalaciones cada 12 horas, revisión de la técnica inhalatoria y control en neumología en 4 semanas.""",
 [
  T("Ventolin brand for salbutamol; pneumonia ruled out", ("salbutamol (R03AC02)", "Ventolin (R03AC02)"), ("no muestra condensación.", "no muestra condensación, descartándose neumonía.")),
  T("a relative's age not in the input (her 3-year-old daughter with a cold)", ("tras un cuadro catarral", "tras un cuadro catarral contagiado por su hija de 3 años")),
  T("magnesium sulphate and ICU explicitly not needed", ("se decide el alta", "sin haber precisado sulfato de magnesio ni ingreso en UCI, se decide el alta")),
  P("DEM001", "sex changed: varón", ("en mujer de 34 años", "en varón de 34 años")),
  P("HAL003", "prednisona cada 24 -> cada 12 horas in hospital (12 elsewhere in input)", ("prednisona (H02AB07) 40 mg cada 24 horas", "prednisona (H02AB07) 40 mg cada 12 horas")),
  P("HAL002", "FR 26 -> 30 rpm", ("FR 26 rpm", "FR 30 rpm")),
  P("HAL001", "diagnosis of pneumonia invented (input: sin condensación)", ("Se diagnostica crisis asmática moderada (J45.9).", "Se diagnostica crisis asmática moderada (J45.9) desencadenada por neumonía.")),
  P("COD004", "ATC V03AN01 added to oxígeno, which is uncoded in the input", ("y oxígeno con gafas", "y oxígeno (V03AN01) con gafas")),
  P("CLN001", "tamsulosina (G04CA02) given in input and output with no urological diagnosis",
    ("con gafas nasales a 2 L/min.", "con gafas nasales a 2 L/min, y se mantiene tamsulosina (G04CA02) 0,4 mg diarios."),
    input_fn=lambda i: {**i, "Tto": i["Tto"] + [["G04CA02", "Tamsulosina", "0,4 mg diarios"]]}),
  P("FMT003", "padded past 200 words with an education paragraph",
    ("en neumología en 4 semanas.", "en neumología en 4 semanas. Antes de salir se repasa con la paciente el plan de acción escrito para las crisis, la importancia de "
     "mantener budesonida/formoterol todos los días aunque se encuentre asintomática, el uso de salbutamol únicamente a demanda, la identificación de los "
     "desencadenantes como los cuadros catarrales y el humo, y los motivos para volver a urgencias sin demora, como la disnea que no cede con salbutamol o "
     "la dificultad para hablar con frases completas.")),
  rep_sentence("Se diagnostica crisis asmática moderada (J45.9)."),
 ]))
