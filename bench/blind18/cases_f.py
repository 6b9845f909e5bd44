from cases_common import S, T, P, rep_sentence, fmt1, fmt2, cod001, cod001_pair, cod003, cod006, cod005_swap, cod007

SCEN = []

# 19 postpartum haemorrhage, Nicaragua teaching hospital, English keys, newborn sex in input
SCEN.append(S("hpp_leon_nicaragua", "Obstetricia, HEODRA, León (Nicaragua)", "dictated prose", "English nested keys, interventions list, newborn data",
 {"patient": {"sex": "F", "age": 22, "obstetric": "G1P1, parto vaginal eutócico a las 39 semanas"},
  "facility": "Hospital Escuela Oscar Danilo Rosales (HEODRA), León, Nicaragua",
  "event": "sangrado vaginal abundante 30 minutos después del alumbramiento",
  "findings": {"uterus": "útero blando por encima del ombligo", "bp": "88/54 mmHg", "hr": "122 lpm", "estimated_blood_loss": "1200 mL"},
  "labs": {"Hb pre-parto": "11,8 g/dL", "Hb post": "7,9 g/dL", "plaquetas": "210000/mm3", "fibrinógeno": "310 mg/dL"},
  "diagnoses": [{"code": "O72.1", "text": "Hemorragia posparto inmediata por atonía uterina"}, {"code": "Z37.0", "text": "Nacido vivo único"}],
  "newborn": "varón de 3200 g, Apgar 9",
  "interventions": ["masaje uterino bimanual", "sonda vesical", "transfusión de 2 unidades de glóbulos rojos empacados"],
  "drugs": [{"code": "H01BB02", "name": "Oxitocina", "regimen": "20 UI en 1000 mL de solución salina a 125 mL/h"},
            {"code": "G02AD06", "name": "Misoprostol", "regimen": "800 mcg sublingual dosis única"},
            {"code": "B02AA02", "name": "Ácido tranexámico", "regimen": "1 g intravenoso en 10 minutos"},
            {"code": "B03AA07", "name": "Sulfato ferroso", "regimen": "300 mg cada 12 horas vía oral al alta"}],
  "outcome": "útero contraído, sangrado escaso, Hb 8,6 g/dL al tercer día", "stay_days": 3,
  "follow_up": "control puerperal en 7 días en el centro de salud"},
 """Ingresa por sangrado vaginal abundante 30 minutos después del alumbramiento en puérpera de 22 años, G1P1, tras parto vaginal eutócico a las 39 semanas
 con nacido vivo único (Z37.0), varón de 3200 g y Apgar 9. Presenta útero blando por encima del ombligo, PA 88/54 mmHg, FC 122 lpm y pérdida estimada de
 1200 mL. La Hb desciende de 11,8 a 7,9 g/dL, con plaquetas 210000/mm3 y fibrinógeno 310 mg/dL. Se diagnostica hemorragia posparto inmediata por atonía
 uterina (O72.1). Se realiza masaje uterino bimanual, sonda vesical y transfusión de 2 unidades de glóbulos rojos empacados, y se administra oxitocina
 (H01BB02) 20 UI en 1000 mL de solución salina a 125 mL/h, misoprostol (G02AD06) 800 mcg sublingual en dosis única y ácido tranexámico (B02AA02) 1 g
 intravenoso en 10 minutos. Evoluciona con útero contraído, sangrado escaso y Hb 8,6 g/dL al tercer día. Tras 3 días en el HEODRA egresa con sulfato
 ferroso (B03AA07) 300 mg cada 12 horas vía oral y control puerperal en 7 días en el centro de salud.""",
 [
  T("Cytotec brand for misoprostol; 'paquetes globulares' for glóbulos rojos empacados", ("misoprostol (G02AD06)", "Cytotec (G02AD06)"),
    ("2 unidades de glóbulos rojos empacados", "2 paquetes globulares")),
  T("retained placenta ruled out and hysterectomy not required", ("Evoluciona con útero contraído", "Se descarta retención de restos placentarios y no requiere histerectomía. Evoluciona con útero contraído")),
  T("blood loss written in words (mil doscientos mililitros)", ("pérdida estimada de 1200 mL", "pérdida estimada de mil doscientos mililitros")),
  T("HPP abbreviation before the code", ("hemorragia posparto inmediata por atonía uterina (O72.1)", "HPP inmediata por atonía uterina (O72.1)")),
  P(["DEM001", "HAL002"], "age 22 -> 32 (32 absent so HAL002 too)", ("en puérpera de 22 años", "en puérpera de 32 años")),
  P("HAL003", "misoprostol route sublingual -> intravenoso", ("800 mcg sublingual en dosis única", "800 mcg intravenoso en dosis única")),
  P("HAL001", "invented subtotal hysterectomy", ("y se administra oxitocina", "se practica histerectomía subtotal y se administra oxitocina")),
  P("HAL002", "post-haemorrhage Hb 7,9 -> 6,9", ("de 11,8 a 7,9 g/dL", "de 11,8 a 6,9 g/dL")),
  cod005_swap("O72.1", "Z37.0"),
  P("CLN001", "atorvastatina (C10AA05) in input and output with no lipid or vascular diagnosis",
    ("300 mg cada 12 horas vía oral", "300 mg cada 12 horas vía oral, atorvastatina (C10AA05) 20 mg diarios"),
    input_fn=lambda i: {**i, "drugs": i["drugs"] + [{"code": "C10AA05", "name": "Atorvastatina", "regimen": "20 mg diarios"}]}),
  rep_sentence("Se diagnostica hemorragia posparto inmediata por atonía uterina (O72.1)."),
 ]))

# 20 hyperemesis gravidarum, Ecuador observation unit, flat es map with semicolon strings
SCEN.append(S("hiperemesis_riobamba", "Observación de Gineco-Obstetricia, Hospital General Docente de Riobamba (Ecuador)", "dictated prose", "flat es map, lab and drug lists inside strings",
 {"sexo": "F", "edad": "26 años", "edad_gestacional": "9 semanas", "servicio": "Observación de Gineco-Obstetricia, Hospital General Docente de Riobamba (Ecuador)",
  "cuadro": "vómitos incoercibles de 5 días, intolerancia oral total, pérdida de 4 kg", "examen": "mucosas secas, FC 106 lpm, PA 100/64 mmHg",
  "laboratorio": "potasio 3,1 mEq/L; sodio 133 mEq/L; cetonuria +++; TSH 0,9 mUI/L", "ecografia": "gestación única intrauterina con latido cardíaco",
  "diagnostico": "O21.1 Hiperémesis gravídica con trastornos metabólicos",
  "tratamiento": "solución salina 0,9% con cloruro de potasio (B05XA01) 20 mEq por litro a 125 mL/h; ondansetrón (A04AA01) 4 mg intravenoso cada 8 horas; "
                 "tiamina (A11DA01) 100 mg intravenoso cada 24 horas",
  "evolucion": "tolera dieta fraccionada a las 48 horas, cetonuria negativa, potasio 3,9 mEq/L",
  "alta": "ondansetrón 4 mg vía oral cada 8 horas por razón necesaria, dieta fraccionada, control prenatal en 1 semana"},
 """Ingresa por vómitos incoercibles de 5 días de evolución con intolerancia oral total y pérdida de 4 kg, en gestante de 26 años con embarazo de 9 semanas.
 Al examen presenta mucosas secas, FC 106 lpm y PA 100/64 mmHg. El laboratorio informa potasio 3,1 mEq/L, sodio 133 mEq/L, cetonuria +++ y TSH 0,9 mUI/L,
 y la ecografía confirma gestación única intrauterina con latido cardíaco. Se diagnostica hiperémesis gravídica con trastornos metabólicos (O21.1). Se hidrata
 con solución salina 0,9% con cloruro de potasio (B05XA01) 20 mEq por litro a 125 mL/h y se administran ondansetrón (A04AA01) 4 mg intravenoso cada 8 horas y
 tiamina (A11DA01) 100 mg intravenoso cada 24 horas. A las 48 horas tolera dieta fraccionada, con cetonuria negativa y potasio de 3,9 mEq/L. Se da de alta
 desde observación con ondansetrón 4 mg vía oral cada 8 horas por razón necesaria, dieta fraccionada y control prenatal en 1 semana.""",
 [
  T("vitamina B1 for tiamina; KCl for cloruro de potasio", ("tiamina (A11DA01)", "vitamina B1 (A11DA01)"), ("cloruro de potasio (B05XA01)", "KCl (B05XA01)")),
  T("molar pregnancy ruled out", ("con latido cardíaco.", "con latido cardíaco, descartándose embarazo molar.")),
  T("'embarazada' and gestational age in words", ("en gestante de 26 años con embarazo de 9 semanas", "en embarazada de 26 años con nueve semanas de gestación")),
  P(["DEM001", "HAL002"], "age 26 -> 36 (36 absent so HAL002 too)", ("en gestante de 26 años", "en gestante de 36 años")),
  P("HAL003", "ondansetron 4 -> 8 mg intravenoso (8 elsewhere in input)", ("ondansetrón (A04AA01) 4 mg intravenoso", "ondansetrón (A04AA01) 8 mg intravenoso")),
  P("HAL001", "invented parenteral nutrition", ("A las 48 horas tolera", "Requiere nutrición parenteral y a las 48 horas tolera")),
  P("HAL002", "potassium 3,1 -> 2,8", ("potasio 3,1 mEq/L", "potasio 2,8 mEq/L")),
  P(["HAL001", "CLN001"], "ciprofloxacino added in a pregnant woman with no infection", ("100 mg intravenoso cada 24 horas.", "100 mg intravenoso cada 24 horas, además de ciprofloxacino.")),
  cod003("A04AA01"),
  P("FMT003", "collapsed to a 60-word summary", output="""Ingresa por vómitos incoercibles de 5 días en gestante de 26 años de 9 semanas, con potasio 3,1 mEq/L y cetonuria.
    Se diagnostica hiperémesis gravídica con trastornos metabólicos (O21.1). Recibe hidratación con cloruro de potasio (B05XA01), ondansetrón (A04AA01) y
    tiamina (A11DA01). Tolera dieta a las 48 horas y se da de alta con control prenatal en 1 semana."""),
  fmt1("Se hospitaliza por"),
 ]))

# 21 day-case laparoscopic cholecystectomy, Lanzarote CMA unit, capitalised code keys
SCEN.append(S("colecistectomia_lanzarote", "Unidad de Cirugía Mayor Ambulatoria, Hospital Dr. José Molina Orosa, Lanzarote", "dictated prose", "es keys with CIE10/ATC field names",
 {"sexo": "Mujer", "edad": 45, "hospital": "Hospital Dr. José Molina Orosa, Lanzarote - Unidad de Cirugía Mayor Ambulatoria",
  "indicacion": "cólicos biliares de repetición", "ecografia": "colelitiasis múltiple sin signos de colecistitis, vía biliar no dilatada",
  "antecedentes": "obesidad grado I (IMC 32), hipotiroidismo en tratamiento con levotiroxina (H03AA01) 75 mcg diarios",
  "diagnostico": [{"CIE10": "K80.2", "nombre": "Colelitiasis sin colecistitis"}, {"CIE10": "E03.9", "nombre": "Hipotiroidismo"}],
  "procedimiento": "colecistectomía laparoscópica programada", "anestesia": "general",
  "farmacos": [{"ATC": "J01DB04", "nombre": "Cefazolina", "pauta": "2 g intravenoso en la inducción"},
               {"ATC": "N02BE01", "nombre": "Paracetamol", "pauta": "1 g cada 8 horas vía oral"},
               {"ATC": "M01AE17", "nombre": "Dexketoprofeno", "pauta": "25 mg cada 8 horas vía oral"},
               {"ATC": "A04AA01", "nombre": "Ondansetrón", "pauta": "4 mg intravenoso si náuseas"}],
  "evolucion": "tolerancia oral a las 6 horas, dolor EVA 2, deambulación",
  "alta": "mismo día; retirada de puntos en 10 días en su centro de salud; control en consulta de cirugía en 4 semanas"},
 """Ingresa por cólicos biliares de repetición en mujer de 45 años con obesidad grado I (IMC 32) e hipotiroidismo (E03.9) tratado con levotiroxina (H03AA01)
 75 mcg diarios. La ecografía muestra colelitiasis múltiple sin signos de colecistitis y vía biliar no dilatada, con diagnóstico de colelitiasis sin
 colecistitis (K80.2). En la Unidad de Cirugía Mayor Ambulatoria del Hospital Dr. José Molina Orosa se realiza colecistectomía laparoscópica programada bajo
 anestesia general, con profilaxis con cefazolina (J01DB04) 2 g intravenoso en la inducción. En el postoperatorio recibe paracetamol (N02BE01) 1 g cada 8 horas
 vía oral, dexketoprofeno (M01AE17) 25 mg cada 8 horas vía oral y ondansetrón (A04AA01) 4 mg intravenoso si náuseas. Presenta tolerancia oral a las 6 horas,
 dolor EVA 2 y deambulación, por lo que se da de alta el mismo día con retirada de puntos en 10 días en su centro de salud y control en consulta de cirugía
 en 4 semanas.""",
 [
  T("Spanish brands Enantyum and Eutirox", ("dexketoprofeno (M01AE17)", "Enantyum (M01AE17)"), ("levotiroxina (H03AA01)", "Eutirox (H03AA01)")),
  T("no drain and no conversion to open surgery (negated procedures)", ("bajo anestesia general,", "bajo anestesia general, sin conversión a cirugía abierta ni colocación de drenaje,")),
  T("acute cholecystitis explicitly ruled out", ("con diagnóstico de colelitiasis sin colecistitis (K80.2).", "con diagnóstico de colelitiasis sin colecistitis (K80.2), descartada colecistitis aguda.")),
  P("HAL001", "open cholecystectomy claimed; input says laparoscópica", ("se realiza colecistectomía laparoscópica programada", "se realiza colecistectomía abierta programada")),
  P("DEM001", "sex changed: varón", ("en mujer de 45 años", "en varón de 45 años")),
  P("HAL003", "dexketoprofeno cada 8 -> cada 6 horas (6 elsewhere in input)", ("25 mg cada 8 horas vía oral", "25 mg cada 6 horas vía oral")),
  P("HAL002", "IMC 32 -> 35", ("(IMC 32)", "(IMC 35)")),
  cod007("E03.9", "E03.6", "(E03 has .0-.5, .8, .9)"),
  cod005_swap("K80.2", "E03.9"),
  P("CLN001", "digoxina (C01AA05) in input and output with no cardiac diagnosis",
    ("75 mcg diarios.", "75 mcg diarios y digoxina (C01AA05) 0,25 mg diarios."),
    input_fn=lambda i: {**i, "farmacos": i["farmacos"] + [{"ATC": "C01AA05", "nombre": "Digoxina", "pauta": "0,25 mg diarios"}]}),
  P("FMT002", "inline table row of drugs with pipes", ("En el postoperatorio recibe", "| Fármaco | Pauta |\n|---|---|\nEn el postoperatorio recibe")),
 ]))
