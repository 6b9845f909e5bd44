from cases_common import S, T, P, rep_sentence, fmt1, fmt2, cod001, cod001_pair, cod003, cod006, cod005_swap, cod007

SCEN = []

# 1 renal colic, Canary Islands short-stay unit, nested Spanish schema
SCEN.append(S("colico_renal_canarias", "Unidad de Corta Estancia, Gran Canaria", "dictated prose", "nested es keys (cie10/atc/pauta)",
 {"paciente": {"sexo": "varón", "edad": 38}, "centro": "Hospital comarcal, Gran Canaria - Unidad de Corta Estancia",
  "motivo": "dolor lumbar izquierdo cólico irradiado a fosa ilíaca", "evolucion_previa": "6 horas",
  "antecedentes": ["litiasis renal previa"],
  "exploracion": {"puñopercusión": "positiva izquierda", "TA": "150/90 mmHg", "FC": "96 lpm"},
  "laboratorio": {"creatinina": "1,1 mg/dL", "leucocitos": "9800/mm3", "sedimento": "hematíes 20-30 por campo"},
  "imagen": {"TC abdominal sin contraste": "litiasis de 5 mm en uréter proximal izquierdo con hidronefrosis leve"},
  "diagnosticos": [{"cie10": "N20.1", "texto": "Litiasis ureteral izquierda"}, {"cie10": "N13.2", "texto": "Hidronefrosis con obstrucción por cálculo"}],
  "tratamiento": [{"atc": "M01AB05", "farmaco": "Diclofenaco", "pauta": "75 mg intramuscular dosis única"},
                  {"atc": "N02BB02", "farmaco": "Metamizol", "pauta": "2 g intravenoso cada 8 horas"},
                  {"atc": "G04CA02", "farmaco": "Tamsulosina", "pauta": "0,4 mg oral cada 24 horas"}],
  "estancia_horas": 24, "alta": ["tamsulosina 0,4 mg cada 24 horas durante 4 semanas", "filtrar la orina", "control en urología en 15 días"]},
 """Ingresa por dolor lumbar izquierdo cólico irradiado a fosa ilíaca de 6 horas de evolución en varón de 38 años con antecedente de litiasis renal previa.
 En la exploración destaca puñopercusión positiva izquierda, TA 150/90 mmHg y FC 96 lpm. Laboratorio con creatinina 1,1 mg/dL, leucocitos 9800/mm3 y
 sedimento con hematíes 20-30 por campo. La TC abdominal sin contraste muestra litiasis de 5 mm en uréter proximal izquierdo con hidronefrosis leve,
 diagnosticándose litiasis ureteral izquierda (N20.1) e hidronefrosis con obstrucción por cálculo (N13.2). Recibe diclofenaco (M01AB05) 75 mg intramuscular
 en dosis única, metamizol (N02BB02) 2 g intravenoso cada 8 horas y tamsulosina (G04CA02) 0,4 mg oral cada 24 horas, con buen control del dolor. Tras 24 horas
 en la Unidad de Corta Estancia se decide alta con tamsulosina 0,4 mg cada 24 horas durante 4 semanas, filtrar la orina y control en urología en 15 días.""",
 [
  T("sex by synonym (hombre) and the wife's sex mentioned", ("en varón de 38 años", "en hombre de 38 años, acompañado por su esposa,")),
  T("brand name Nolotil for metamizol (input names metamizol)", ("metamizol (N02BB02)", "Nolotil (N02BB02)")),
  T("0,4 mg written as 400 microgramos (plain unit conversion)", ("tamsulosina (G04CA02) 0,4 mg oral", "tamsulosina (G04CA02) 400 microgramos orales")),
  T("negated antibiotic and nephrostomy (not given)", ("con buen control del dolor.", "con buen control del dolor. No se indicó antibiótico ni fue necesaria nefrostomía.")),
  P("DEM001", "sex changed to mujer", ("en varón de 38 años", "en mujer de 38 años")),
  P("HAL004", "ureter side changed to derecho", ("uréter proximal izquierdo", "uréter proximal derecho")),
  P("HAL003", "metamizol frequency cada 8 -> cada 24 horas (24 exists elsewhere in input)", ("2 g intravenoso cada 8 horas", "2 g intravenoso cada 24 horas")),
  P(["HAL001", "CLN001"], "ceftriaxona added without any infection diagnosis", ("en dosis única, metamizol", "en dosis única, ceftriaxona intravenosa, metamizol")),
  P("HAL002", "temperature 36,8 °C invented", ("FC 96 lpm.", "FC 96 lpm y temperatura 36,8 °C.")),
  cod005_swap("N20.1", "N13.2"),
  fmt1("Paciente que ingresa por"),
 ]))

# 2 syncope, Dominican Republic observation unit, flat English-keys map
SCEN.append(S("sincope_rd", "Emergency observation unit, Santo Domingo (RD)", "telegraphic with inline headings", "flat English keys",
 {"sex": "F", "age": 67, "unit": "Observación de emergencias, Santo Domingo", "chief_complaint": "pérdida transitoria de conciencia al levantarse",
  "duration": "1 episodio de 30 segundos", "history": "hipertensión arterial (I10) en tratamiento con enalapril (C09AA02) 10 mg cada 12 horas",
  "bp_lying": "128/76 mmHg", "bp_standing": "98/60 mmHg", "hr": "88 lpm", "glucose": "104 mg/dL", "hemoglobin": "12,9 g/dL",
  "ecg": "ritmo sinusal sin bloqueos", "diagnosis_1": "R55 Síncope", "diagnosis_2": "I95.1 Hipotensión ortostática",
  "treatment": "cloruro de sodio 0,9% (B05BB01) 1000 mL intravenoso en 4 horas", "stay_hours": 18,
  "discharge_plan": "suspender enalapril, iniciar amlodipino (C08CA01) 5 mg cada 24 horas, control en cardiología en 10 días"},
 """Ingresa por pérdida transitoria de conciencia al levantarse, 1 episodio de 30 segundos, en mujer de 67 años. Antecedentes: hipertensión arterial (I10)
 tratada con enalapril (C09AA02) 10 mg cada 12 horas. Examen: PA acostada 128/76 mmHg y de pie 98/60 mmHg, FC 88 lpm. Laboratorio: glucosa 104 mg/dL,
 hemoglobina 12,9 g/dL. ECG: ritmo sinusal sin bloqueos. Diagnóstico: síncope (R55) secundario a hipotensión ortostática (I95.1). Manejo: cloruro de sodio
 0,9% (B05BB01) 1000 mL intravenoso en 4 horas, con recuperación de las cifras tensionales y sin nuevos episodios durante la observación. Egresa a las
 18 horas de estancia, asintomática y deambulando sin ayuda. Plan: se suspende enalapril, se inicia amlodipino (C08CA01) 5 mg cada 24 horas y se cita a
 control en cardiología en 10 días, con recomendaciones de hidratación y de incorporarse lentamente.""",
 [
  T("HTA abbreviation and 'solución salina fisiológica' for cloruro de sodio 0,9%", ("hipertensión arterial (I10)", "HTA (I10)"),
    ("cloruro de sodio 0,9% (B05BB01)", "solución salina fisiológica 0,9% (B05BB01)")),
  T("1000 mL written as un litro", ("1000 mL intravenoso", "un litro intravenoso")),
  T("arrhythmia ruled out; male cardiologist mentioned", ("ECG: ritmo sinusal sin bloqueos.", "ECG: ritmo sinusal sin bloqueos, se descarta arritmia según el cardiólogo de guardia.")),
  T("Spanish 'sexo femenino' phrasing and 'dieciocho horas'", ("en mujer de 67 años", "en paciente de sexo femenino de 67 años"), ("a las 18 horas de estancia", "a las dieciocho horas de estancia")),
  P("DEM001", "adjective agreement changed to masculine (asintomático, acostado)", ("asintomática y deambulando", "asintomático y deambulando")),
  P("DEM001", "age 67 -> 76 (76 appears in input as BP, so no HAL002)", ("en mujer de 67 años", "en mujer de 76 años")),
  P("HAL003", "enalapril dose 10 mg -> 20 mg (HAL002 too: 20 absent)", ("enalapril (C09AA02) 10 mg", "enalapril (C09AA02) 20 mg"), ),
  P(["HAL001"], "invented diagnosis of fibrilación auricular paroxística", ("ECG: ritmo sinusal sin bloqueos.", "ECG: ritmo sinusal sin bloqueos; se diagnostica además fibrilación auricular paroxística.")),
  cod006("C08CA01"),
  cod001("R55"),
  rep_sentence("ECG: ritmo sinusal sin bloqueos."),
 ]))
# fix: enalapril 20 mg absent from input -> HAL002 too
SCEN[-1]["variants"][6].expected = ["HAL002", "HAL003"]

# 3 first seizure, paediatric ward Paraguay, nested list of sections
SCEN.append(S("convulsion_febril_py", "Pediatría, Hospital Distrital de Luque (Paraguay)", "dictated prose, Paraguayan vocabulary", "list of sections",
 [{"seccion": "identificacion", "datos": {"sexo": "masculino", "edad": "2 años", "peso": "12 kg"}},
  {"seccion": "motivo", "texto": "primera convulsión tónico-clónica generalizada de 3 minutos con fiebre de 39,2 °C"},
  {"seccion": "examen", "texto": "otoscopia con tímpano derecho abombado y eritematoso; sin signos meníngeos"},
  {"seccion": "laboratorio", "texto": "glucemia 92 mg/dL; sodio 137 mEq/L; PCR 18 mg/L"},
  {"seccion": "diagnosticos", "lista": ["R56.0 Convulsión febril simple", "H66.9 Otitis media aguda derecha"]},
  {"seccion": "tratamiento", "lista": ["Paracetamol (N02BE01) 15 mg/kg cada 6 horas vía oral",
                                        "Amoxicilina (J01CA04) 90 mg/kg/día dividido cada 12 horas vía oral"]},
  {"seccion": "evolucion", "texto": "sin nuevas crisis en 24 horas, afebril desde el segundo día"},
  {"seccion": "alta", "texto": "completar 10 días de amoxicilina, control en policlínica en 48 horas, pautas de alarma a la mamá"}],
 """Ingresa por primera convulsión tónico-clónica generalizada de 3 minutos asociada a fiebre de 39,2 °C en un niño de 2 años y 12 kg de peso. Al examen
 se constata tímpano derecho abombado y eritematoso, sin signos meníngeos. El laboratorio muestra glucemia de 92 mg/dL, sodio de 137 mEq/L y PCR de 18 mg/L.
 Se diagnostica convulsión febril simple (R56.0) secundaria a otitis media aguda derecha (H66.9). Se indica paracetamol (N02BE01) 15 mg/kg cada 6 horas por
 vía oral y amoxicilina (J01CA04) 90 mg/kg/día dividido cada 12 horas por vía oral. Evoluciona sin nuevas crisis en 24 horas y queda afebril desde el
 segundo día, con buena tolerancia oral y juego activo en sala. Se otorga el alta con indicación de completar 10 días de amoxicilina, control en policlínica
 en 48 horas y pautas de alarma explicadas a la mamá, que queda conforme y tranquila.""",
 [
  T("mother is female ('la mamá ... tranquila') while patient male; 'gurí' regional word", ("en un niño de 2 años", "en un gurí de 2 años")),
  T("meningitis ruled out and no lumbar puncture", ("sin signos meníngeos.", "sin signos meníngeos, por lo que se descarta meningitis y no se realiza punción lumbar.")),
  T("laterality said as 'oído derecho'", ("otitis media aguda derecha (H66.9)", "otitis media aguda del oído derecho (H66.9)")),
  T("numbers in words (tres minutos, dos años)", ("de 3 minutos", "de tres minutos"), ("niño de 2 años", "niño de dos años")),
  P("DEM001", "sex by agreement: 'una niña'", ("en un niño de 2 años", "en una niña de 2 años")),
  P("HAL004", "tympanum side changed to izquierdo", ("tímpano derecho abombado", "tímpano izquierdo abombado")),
  P("HAL003", "amoxicillin 90 -> 50 mg/kg/día (HAL002 too: 50 absent)", ("90 mg/kg/día", "50 mg/kg/día")),
  P("HAL003", "paracetamol route changed to rectal", ("cada 6 horas por vía oral", "cada 6 horas por vía rectal")),
  P(["HAL001", "CLN001"], "metformina added with no diabetes among the diagnoses", ("por vía oral. Evoluciona", "por vía oral, además de metformina. Evoluciona")),
  cod007("H66.9", "H66.7", "(H66 subcodes are .0-.4 and .9)"),
  fmt2("convulsión febril simple"),
 ]))
SCEN[-1]["variants"][6].expected = ["HAL002", "HAL003"]
