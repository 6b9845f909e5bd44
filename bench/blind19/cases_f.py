from cases_common import S, T, P

SCEN = []

# s15 Badajoz, Ginecologia, histerectomia
SCEN.append(S(
    "s15", "Hospital universitario, Badajoz (Extremadura), Ginecología", "dictated prose, consultant",
    "nested Spanish; sex given only as 'sexo': 2 with 'codificacion': '1=hombre,2=mujer'",
    {"paciente": {"sexo": 2, "codificacion": "1=hombre,2=mujer", "edad": 49},
     "motivo_ingreso": "histerectomía programada por menorragias y anemia",
     "diagnosticos": [{"cie10": "D25.9", "descripcion": "Leiomioma del útero"},
                      {"cie10": "D50.0", "descripcion": "Anemia por deficiencia de hierro secundaria a pérdida de sangre"}],
     "preoperatorio": {"hemoglobina": "9,1 g/dL", "ferritina": "6 ng/mL"},
     "intervencion": "histerectomía total laparoscópica con salpinguectomía bilateral y conservación de ambos ovarios",
     "anatomia_patologica": "útero de 320 g con leiomiomas, sin atipia",
     "tratamiento": [{"farmaco": "Cefazolina", "atc": "J01DB04", "dosis": "2 g IV dosis única profiláctica"},
                     {"farmaco": "Enoxaparina", "atc": "B01AB05", "dosis": "40 mg cada 24 horas subcutánea 10 días"}],
     "alta": [{"farmaco": "Sulfato ferroso", "atc": "B03AA07", "dosis": "80 mg cada 24 horas oral 3 meses"},
              {"farmaco": "Dexketoprofeno", "atc": "M01AE17", "dosis": "25 mg cada 8 horas si dolor"}],
     "estancia": 2},
    "Ingresa por histerectomía programada por menorragias y anemia. Mujer de 49 años con leiomioma del útero "
    "(D25.9) y anemia por deficiencia de hierro secundaria a pérdida de sangre (D50.0), con hemoglobina "
    "preoperatoria de 9,1 g/dL y ferritina de 6 ng/mL. Se realiza histerectomía total laparoscópica con "
    "salpinguectomía bilateral y conservación de ambos ovarios, con profilaxis antibiótica con cefazolina "
    "(J01DB04) 2 g IV en dosis única. El postoperatorio transcurre sin incidencias, con buen control del dolor, "
    "tolerancia oral y micción espontánea. La anatomía patológica informa útero de 320 g con leiomiomas, sin "
    "atipia. Alta a los 2 días con enoxaparina (B01AB05) 40 mg cada 24 horas subcutánea hasta completar 10 días, "
    "sulfato ferroso (B03AA07) 80 mg cada 24 horas por vía oral durante 3 meses y dexketoprofeno (M01AE17) 25 mg "
    "cada 8 horas si dolor. Se recomienda reposo relativo, evitar coger peso y acudir si presenta sangrado "
    "vaginal abundante o fiebre. Revisión en consulta de Ginecología con resultado definitivo.",
    [
        T("t_ovaries", "bilateral salpingectomy paraphrased as 'extirpando las trompas de ambos lados y conservando los dos ovarios'",
          [("con salpinguectomía bilateral y conservación de ambos ovarios", "extirpando las trompas de ambos lados y conservando los dos ovarios")]),
        T("t_brand", "sulfato ferroso named as Tardyferon and enoxaparina as Clexane",
          [("sulfato ferroso (B03AA07) 80 mg", "Tardyferon (sulfato ferroso) (B03AA07) 80 mg"),
           ("Alta a los 2 días con enoxaparina (B01AB05)", "Alta a los 2 días con Clexane (B01AB05)")]),
        T("t_neg", "conversion to laparotomy and transfusion stated as not needed",
          [("El postoperatorio transcurre sin incidencias,", "No precisa reconversión a laparotomía ni transfusión. El postoperatorio transcurre sin incidencias,")]),
        P("p_side", ["HAL004"], "salpingectomy described as right-only (input: bilateral)",
          [("salpinguectomía bilateral", "salpinguectomía derecha")]),
        P("p_proc", ["HAL001"], "adds bilateral oophorectomy (input: ovaries preserved)",
          [("con salpinguectomía bilateral y conservación de ambos ovarios", "con doble anexectomía")]),
        P("p_route", ["HAL003"], "enoxaparina subcutánea -> intravenosa",
          [("40 mg cada 24 horas subcutánea", "40 mg cada 24 horas intravenosa")]),
        P("p_hb", ["HAL002"], "Hb 9,1 -> 7,1 g/dL", [("9,1 g/dL", "7,1 g/dL")]),
        P("p_cie_label", ["COD005"], "D50.0 attached to leiomioma, D25.9 to anaemia",
          [("(D25.9) y anemia", "(D50.0) y anemia"), ("pérdida de sangre (D50.0)", "pérdida de sangre (D25.9)")]),
        P("p_atc_noparen", ["COD003"], "ATC M01AE17 written without parentheses after a colon",
          [("dexketoprofeno (M01AE17) 25 mg", "dexketoprofeno, ATC M01AE17, 25 mg")]),
        P("p_rep_loop", ["REP001"], "degenerate repetition of a clause",
          [("buen control del dolor, tolerancia oral y micción espontánea.", "buen control del dolor, tolerancia oral y micción espontánea, buen control del dolor, tolerancia oral y micción espontánea, buen control del dolor, tolerancia oral y micción espontánea.")]),
    ]))

# s16 Zacatecas, Ginecologia, torsion ovarica; birth date
SCEN.append(S(
    "s16", "Hospital general, Zacatecas (México), Ginecología", "dictated prose, resident, Mexican vocabulary",
    "flat English keys; birth date + admission date, sex 'F'",
    {"sex": "F", "birth_date": "1997-11-03", "admission_date": "2024-08-19",
     "complaint": "dolor súbito en fosa ilíaca derecha con náusea y vómito de 6 horas",
     "ultrasound": "ovario derecho aumentado de tamaño (7 cm) con flujo Doppler disminuido, quiste de 5 cm",
     "beta_hCG": "negativa",
     "diagnosis": "Torsión de ovario derecho", "diagnosis_icd10": "N83.5",
     "secondary": "Quiste folicular del ovario", "secondary_icd10": "N83.0",
     "surgery": "laparoscopia con detorsión de anexo derecho y quistectomía, ovario viable",
     "meds": "ketorolaco (M01AB15) 30 mg IV cada 8 horas; paracetamol (N02BE01) 1 g cada 8 horas VO",
     "discharge": "paracetamol 1 g cada 8 horas por 5 días",
     "los_days": 2},
    "Ingresa por dolor súbito en fosa ilíaca derecha con náusea y vómito de 6 horas de evolución. Paciente femenina "
    "de 26 años, con beta-hCG negativa. El ultrasonido muestra ovario derecho aumentado de tamaño, de 7 cm, con "
    "flujo Doppler disminuido y quiste de 5 cm. Con diagnóstico de torsión de ovario derecho (N83.5) se realiza "
    "laparoscopia urgente con detorsión del anexo derecho y quistectomía, comprobándose ovario viable. El "
    "estudio del quiste corresponde a quiste folicular del ovario (N83.0). En el postoperatorio recibe "
    "ketorolaco (M01AB15) 30 mg IV cada 8 horas y paracetamol (N02BE01) 1 g cada 8 horas VO, con adecuado "
    "control del dolor, tolerancia a la vía oral y deambulación temprana. Se egresa a los 2 días con "
    "paracetamol 1 g cada 8 horas por 5 días, reposo relativo y cita en la consulta externa de Ginecología. Se explican datos de alarma: dolor intenso, fiebre o sangrado.",
    [
        T("t_age_words", "age 26 (from 1997-11-03 and 2024-08-19) written in words",
          [("de 26 años", "de veintiséis años")]),
        T("t_side_alt", "right said as 'anexo del lado derecho' and 'FID'",
          [("dolor súbito en fosa ilíaca derecha", "dolor súbito en FID"),
           ("detorsión del anexo derecho", "detorsión del anexo del lado derecho")]),
        T("t_neg_ectopic", "ectopic pregnancy ruled out; oophorectomy not needed",
          [("con beta-hCG negativa.", "con beta-hCG negativa que descarta embarazo ectópico."),
           ("comprobándose ovario viable.", "comprobándose ovario viable, por lo que no se requiere ooforectomía.")]),
        P("p_age", ["DEM001", "HAL002"], "age 36 instead of 26 (computed from dates); 36 absent from input",
          [("de 26 años", "de 36 años")]),
        P("p_side", ["HAL004"], "left ovarian torsion (input: right)",
          [("torsión de ovario derecho (N83.5)", "torsión de ovario izquierdo (N83.5)")]),
        P("p_ketorolaco", ["HAL002", "HAL003"], "ketorolaco 30 mg -> 60 mg (60 absent -> HAL002 too)",
          [("ketorolaco (M01AB15) 30 mg", "ketorolaco (M01AB15) 60 mg")]),
        P("p_proc", ["HAL001"], "says ooforectomía derecha was done (input: detorsion, ovary viable)",
          [("con detorsión del anexo derecho y quistectomía, comprobándose ovario viable.", "con ooforectomía derecha por ovario necrótico.")]),
        P("p_cln", ["CLN001", "HAL001"], "adds atorvastatina, no lipid/cardiovascular diagnosis",
          [("reposo relativo y cita", "atorvastatina, reposo relativo y cita")]),
        P("p_cie_omit", ["COD006"], "N83.0 code dropped",
          [("quiste folicular del ovario (N83.0).", "quiste folicular del ovario.")]),
        P("p_brackets", ["FMT002"], "square brackets around a note",
          [("Se explican datos de alarma:", "[Nota] Se explican datos de alarma:")]),
    ], age_ok=["26"]))

# s17 Estella (Navarra), Traumatologia, protesis de rodilla
SCEN.append(S(
    "s17", "Hospital comarcal, Estella (Navarra), Traumatología", "telegraphic with abbreviations",
    "nested Spanish; 'sexo': 'Mujer'; procedure with 'lado'",
    {"paciente": {"sexo": "Mujer", "edad": 73},
     "diagnostico": {"cie10": "M17.1", "texto": "Gonartrosis primaria", "lado": "izquierda"},
     "antecedentes": [{"cie10": "E78.0", "texto": "Hipercolesterolemia"}, {"cie10": "I10", "texto": "Hipertensión arterial"}],
     "medicacion_habitual": [{"nombre": "Simvastatina", "atc": "C10AA01", "dosis": "20 mg cada 24 horas"},
                             {"nombre": "Amlodipino", "atc": "C08CA01", "dosis": "5 mg cada 24 horas"}],
     "intervencion": {"nombre": "Artroplastia total de rodilla cementada", "lado": "izquierda", "anestesia": "raquídea"},
     "postoperatorio": "Hb postoperatoria 10,8 g/dL, sin transfusión; flexión 90 grados al alta; deambulación con andador",
     "profilaxis": [{"nombre": "Enoxaparina", "atc": "B01AB05", "dosis": "40 mg cada 24 horas 30 días"}],
     "analgesia_alta": [{"nombre": "Paracetamol", "atc": "N02BE01", "dosis": "1 g cada 8 horas"},
                        {"nombre": "Tramadol", "atc": "N02AX02", "dosis": "50 mg cada 12 horas si dolor intenso"}],
     "indicaciones": "retirada de grapas en centro de salud a los 14 días",
     "estancia": 4},
    "Ingresa por gonartrosis primaria (M17.1) izquierda para cirugía programada. Mujer de 73 años con HTA (I10) e "
    "hipercolesterolemia (E78.0), en tto con amlodipino (C08CA01) 5 mg/24 h y simvastatina (C10AA01) 20 mg/24 h. "
    "IQ: artroplastia total de rodilla izquierda cementada bajo anestesia raquídea, sin incidencias. "
    "Postoperatorio: Hb 10,8 g/dL, sin transfusión; flexión de 90 grados al "
    "alta y deambulación con andador. Herida limpia. Alta a los 4 días. Tto al alta: enoxaparina (B01AB05) 40 "
    "mg/24 h sc durante 30 días, paracetamol (N02BE01) 1 g/8 h y tramadol (N02AX02) 50 mg/12 h si dolor intenso; "
    "continúa con su medicación habitual. Recomendaciones: ejercicios aprendidos, retirada de "
    "grapas en su centro de salud a los 14 días y revisión en consulta de Traumatología. Acudir "
    "si fiebre, supuración de la herida o dolor y aumento de volumen de la pantorrilla.",
    [
        T("t_side_alt", "left knee arthroplasty written 'ATR cementada de rodilla izda.'",
          [("artroplastia total de rodilla izquierda cementada", "ATR cementada de rodilla izda.")]),
        T("t_class", "tramadol introduced by its class, 'el opioide menor tramadol'",
          [("y tramadol (N02AX02) 50 mg/12 h si dolor intenso", "y el opioide menor tramadol (N02AX02) 50 mg/12 h solo si dolor intenso")]),
        T("t_neg_transf", "transfusion and intravenous iron mentioned as not given",
          [("Hb 10,8 g/dL, sin transfusión;", "Hb 10,8 g/dL, no precisa transfusión ni hierro intravenoso;")]),
        P("p_side", ["HAL004"], "right knee arthroplasty (input: left)",
          [("artroplastia total de rodilla izquierda cementada", "artroplastia total de rodilla derecha cementada")]),
        P("p_tram", ["HAL003"], "tramadol 50 mg/12 h -> 50 mg/8 h (8 elsewhere in input)",
          [("tramadol (N02AX02) 50 mg/12 h", "tramadol (N02AX02) 50 mg/8 h")]),
        P("p_enox_days", ["HAL002", "HAL003"], "enoxaparina duration 30 -> 10 days (10 absent from input, so HAL002 too)",
          [("sc durante 30 días", "sc durante 10 días")]),
        P("p_sex", ["DEM001"], "female patient: 'Varón de 73 años'",
          [("Mujer de 73 años", "Varón de 73 años")]),
        P("p_cie_wrong", ["COD002", "COD006", "COD005"], "M17.1 replaced by M16.1 (hip arthrosis code): not in input, input code omitted, label mismatch",
          [("gonartrosis primaria (M17.1)", "gonartrosis primaria (M16.1)")]),
        P("p_extra_drug", ["HAL001"], "adds celecoxib not in input (analgesic indication exists)",
          [("paracetamol (N02BE01) 1 g/8 h y", "paracetamol (N02BE01) 1 g/8 h, celecoxib y")]),
        P("p_table", ["FMT002"], "medication as a markdown table row",
          [("Tto al alta:", "\n| fármaco | pauta |\n|---|---|\nTto al alta:")]),
    ]))
