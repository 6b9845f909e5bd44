from cases_common import S, T, P, rep_sentence, fmt1, fmt2, cod001, cod001_pair, cod003, cod006, cod005_swap, cod007

SCEN = []

# 16 hypoglycaemia in an elderly diabetic, Paraguay regional hospital, birth + admission dates (dd/mm/yyyy)
SCEN.append(S("hipoglucemia_paraguay", "Urgencias-observación, Hospital Regional de Concepción (Paraguay)", "dictated prose", "nested es keys, DOB + admission date, mixed list at discharge",
 {"datos_personales": {"genero": "hombre", "fecha_nacimiento": "12/03/1944", "fecha_ingreso": "05/08/2026"},
  "establecimiento": "Hospital Regional de Concepción (Paraguay), urgencias - observación",
  "motivo": "hallado por su nieta confuso y sudoroso en su domicilio",
  "antecedentes": [{"cie": "E11.9", "nombre": "Diabetes mellitus tipo 2"}, {"cie": "N18.3", "nombre": "Enfermedad renal crónica estadio 3"}],
  "medicacion_previa": [{"atc": "A10BB01", "nombre": "Glibenclamida", "dosis": "5 mg cada 12 horas"}],
  "ingreso": {"glucemia_capilar": "38 mg/dL", "Glasgow": "13/15", "PA": "138/80 mmHg"},
  "laboratorio": {"creatinina": "1,6 mg/dL", "potasio": "4,6 mEq/L", "HbA1c": "6,1%"},
  "diagnosticos": [{"cie": "E16.0", "nombre": "Hipoglucemia inducida por fármacos sin coma"}],
  "tratamiento": [{"atc": "B05BA03", "nombre": "Dextrosa al 50%", "dosis": "50 mL intravenosa en bolo"},
                  {"atc": "B05BA03", "nombre": "Dextrosa al 10%", "dosis": "infusión a 80 mL/h por 24 horas"}],
  "evolucion": "Glasgow 15/15 en 20 minutos; glucemias entre 110 y 160 mg/dL sin nuevas hipoglucemias", "estancia": "36 horas",
  "alta": [{"atc": "A10BH01", "nombre": "Sitagliptina", "dosis": "50 mg cada 24 horas"}, "suspender glibenclamida", "control en consultorio de diabetes en 1 semana"]},
 """Ingresa por haber sido hallado por su nieta confuso y sudoroso en su domicilio, en hombre de 82 años con diabetes mellitus tipo 2 (E11.9) y enfermedad
 renal crónica estadio 3 (N18.3), usuario de glibenclamida (A10BB01) 5 mg cada 12 horas. Al ingreso presenta glucemia capilar de 38 mg/dL, Glasgow 13/15 y
 PA 138/80 mmHg. Laboratorio con creatinina 1,6 mg/dL, potasio 4,6 mEq/L y HbA1c 6,1%. Se diagnostica hipoglucemia inducida por fármacos sin coma (E16.0).
 Recibe dextrosa al 50% (B05BA03) 50 mL intravenosa en bolo, seguida de dextrosa al 10% en infusión a 80 mL/h por 24 horas, recuperando Glasgow 15/15 en
 20 minutos. Mantiene glucemias entre 110 y 160 mg/dL sin nuevas hipoglucemias. Tras 36 horas de observación en el Hospital Regional de Concepción se
 suspende la glibenclamida y se indica sitagliptina (A10BH01) 50 mg cada 24 horas, con control en consultorio de diabetes en 1 semana.""",
 [
  T("Januvia brand for sitagliptina; 'suero glucosado' for dextrosa", ("sitagliptina (A10BH01)", "Januvia (A10BH01)"), ("dextrosa al 50% (B05BA03)", "suero glucosado al 50% (B05BA03)")),
  T("glucagon explicitly not used", ("Mantiene glucemias", "No fue necesario glucagón. Mantiene glucemias")),
  T("'adulto mayor' and age from dates in words (ochenta y dos)", ("en hombre de 82 años", "en adulto mayor de ochenta y dos años")),
  T("'DM2' and 'ERC' abbreviations before the codes", ("diabetes mellitus tipo 2 (E11.9)", "DM2 (E11.9)"), ("enfermedad renal crónica estadio 3 (N18.3)", "ERC estadio 3 (N18.3)")),
  P("DEM001", "sex by agreement: hallada, confusa, sudorosa", ("hallado por su nieta confuso y sudoroso", "hallada por su nieta confusa y sudorosa")),
  P(["DEM001", "HAL002"], "age 82 -> 92 (dates give 82; 92 absent so HAL002 too)", ("en hombre de 82 años", "en hombre de 92 años")),
  P("HAL003", "glibenclamida cada 12 -> cada 24 horas (24 elsewhere in input)", ("glibenclamida (A10BB01) 5 mg cada 12 horas", "glibenclamida (A10BB01) 5 mg cada 24 horas")),
  P("HAL001", "insulina glargina invented at discharge", ("se indica sitagliptina", "se indican insulina glargina y sitagliptina")),
  P(["HAL001", "CLN001"], "amoxicilina added with no infection", ("seguida de dextrosa al 10%", "amoxicilina oral, seguida de dextrosa al 10%")),
  cod007("N18.3", "N18.7", "(N18 has .1-.5 and .9)"),
  P("FMT002", "double-underscore emphasis", ("sin nuevas hipoglucemias", "__sin nuevas hipoglucemias__")),
 ], allow_numbers={"82"}))

# 17 fall with distal radius fracture, Ibiza day-surgery unit, input as list of "Key: value" strings
SCEN.append(S("fractura_muneca_ibiza", "CMA de Traumatología, Hospital Can Misses, Eivissa (Baleares)", "dictated prose", "list of 'Key: value' strings",
 ["Centro: Hospital Can Misses, Eivissa - Cirugía Mayor Ambulatoria de Traumatología", "Paciente: mujer, 74 años",
  "Motivo: caída casual en domicilio con apoyo de la mano derecha",
  "Exploración: deformidad en dorso de tenedor de muñeca derecha, sin déficit neurovascular",
  "Radiografía: fractura de extremo distal del radio derecho extraarticular con desplazamiento dorsal",
  "Diagnósticos: S52.5 Fractura de la epífisis inferior del radio; M81.0 Osteoporosis postmenopáusica",
  "Procedimiento: reducción cerrada bajo bloqueo de hematoma con lidocaína (N01BB02) 10 mL al 2% e inmovilización con yeso antebraquial",
  "Medicación: paracetamol (N02BE01) 1 g cada 8 horas vía oral; ácido alendrónico (M05BA04) 70 mg semanal vía oral; calcifediol (A11CC06) 0,266 mg mensual",
  "Evolución: control radiográfico con reducción satisfactoria, alta en el día",
  "Indicaciones: elevación del miembro, control en consultas externas de traumatología en 7 días, retirada del yeso a las 6 semanas"],
 """Ingresa por caída casual en domicilio con apoyo de la mano derecha, en mujer de 74 años. A la exploración presenta deformidad en dorso de tenedor de la
 muñeca derecha, sin déficit neurovascular. La radiografía muestra fractura extraarticular del extremo distal del radio derecho con desplazamiento dorsal,
 diagnosticándose fractura de la epífisis inferior del radio (S52.5) sobre osteoporosis postmenopáusica (M81.0). En la unidad de Cirugía Mayor Ambulatoria se
 realiza reducción cerrada bajo bloqueo de hematoma con lidocaína (N01BB02) 10 mL al 2% e inmovilización con yeso antebraquial, con control radiográfico de
 reducción satisfactoria. Se pauta paracetamol (N02BE01) 1 g cada 8 horas vía oral, ácido alendrónico (M05BA04) 70 mg semanal vía oral y calcifediol
 (A11CC06) 0,266 mg mensual. Alta en el día desde el Hospital Can Misses con indicación de elevación del miembro, control en consultas externas de
 traumatología en 7 días y retirada del yeso a las 6 semanas.""",
 [
  T("'fractura de Colles' synonym; Hidroferol brand for calcifediol", ("fractura de la epífisis inferior del radio (S52.5)", "fractura de Colles (S52.5)"),
    ("calcifediol (A11CC06)", "Hidroferol (A11CC06)")),
  T("laterality as 'muñeca del lado derecho'; husband (male) accompanies", ("de la muñeca derecha,", "de la muñeca del lado derecho,"), ("Alta en el día desde", "Alta en el día, acompañada por su marido, desde")),
  T("osteosynthesis explicitly not required; alendronato for ácido alendrónico", ("con control radiográfico de reducción satisfactoria.", "con control radiográfico de reducción satisfactoria, sin requerir osteosíntesis."),
    ("ácido alendrónico (M05BA04)", "alendronato (M05BA04)")),
  P("HAL004", "radius side changed to izquierdo", ("del radio derecho con desplazamiento", "del radio izquierdo con desplazamiento")),
  P("DEM001", "sex changed: varón", ("en mujer de 74 años", "en varón de 74 años")),
  P("HAL003", "alendronato frequency semanal -> diario", ("70 mg semanal vía oral", "70 mg diarios vía oral")),
  P("HAL001", "closed reduction replaced by invented volar plate osteosynthesis", ("se realiza reducción cerrada bajo bloqueo de hematoma con lidocaína (N01BB02) 10 mL al 2% e inmovilización con yeso antebraquial",
     "se realiza osteosíntesis con placa volar bajo bloqueo de hematoma con lidocaína (N01BB02) 10 mL al 2% e inmovilización con yeso antebraquial")),
  P("COD002", "W19 added to the fall; not in the input", ("caída casual en domicilio", "caída casual (W19) en domicilio")),
  P("FMT001", "opens with 'Mujer de 74 años que ingresa por'", ("Ingresa por caída casual en domicilio con apoyo de la mano derecha, en mujer de 74 años.",
     "Mujer de 74 años que ingresa por caída casual en domicilio con apoyo de la mano derecha.")),
  cod001_pair("S52.5", "M81.0"),
  P("HAL002", "lidocaine 2% kept but hematoma block volume 10 -> 15 mL (HAL003 too: dose next to drug)", ("10 mL al 2%", "15 mL al 2%")),
 ]))
SCEN[-1]["variants"][-1].expected = ["HAL002", "HAL003"]

# 18 ectopic pregnancy, Bolivia maternity hospital, nested es with 'no_indicado'
SCEN.append(S("ectopico_cochabamba", "Hospital Materno Infantil, Cochabamba (Bolivia)", "dictated prose", "nested es, single diagnosis object, not-indicated field",
 {"paciente": {"sexo": "femenino", "edad": 29, "gestas": "G2P1"}, "hospital": "Hospital Materno Infantil, Cochabamba (Bolivia)",
  "motivo": "dolor pélvico izquierdo y sangrado vaginal escaso con amenorrea de 7 semanas", "signos": {"PA": "104/62 mmHg", "FC": "98 lpm"},
  "laboratorio": {"beta-hCG": "3400 mUI/mL", "hemoglobina": "10,1 g/dL", "grupo": "O Rh positivo"},
  "ecografia": "masa anexial izquierda de 3 cm, útero vacío, líquido libre moderado en fondo de saco",
  "diagnostico": {"codigo": "O00.1", "nombre": "Embarazo tubárico izquierdo"}, "procedimiento": "salpingectomía izquierda laparoscópica",
  "medicamentos": [{"codigo": "J01DB04", "nombre": "Cefazolina", "dosis": "2 g intravenoso dosis única profiláctica"},
                   {"codigo": "M01AB15", "nombre": "Ketorolaco", "dosis": "30 mg intravenoso cada 8 horas"}],
  "no_indicado": "metotrexato (hemoperitoneo)", "estancia": "2 días",
  "alta": "reposo relativo, control de beta-hCG en 1 semana, consulta de ginecología en 10 días"},
 """Ingresa por dolor pélvico izquierdo y sangrado vaginal escaso con amenorrea de 7 semanas en mujer de 29 años, G2P1. A su llegada presenta PA 104/62 mmHg
 y FC 98 lpm. Laboratorio con beta-hCG de 3400 mUI/mL, hemoglobina 10,1 g/dL y grupo O Rh positivo. La ecografía muestra masa anexial izquierda de 3 cm,
 útero vacío y líquido libre moderado en fondo de saco, diagnosticándose embarazo tubárico izquierdo (O00.1). Dado el hemoperitoneo no se indica metotrexato
 y se realiza salpingectomía izquierda laparoscópica, con profilaxis con cefazolina (J01DB04) 2 g intravenoso en dosis única y analgesia con ketorolaco
 (M01AB15) 30 mg intravenoso cada 8 horas. Tras 2 días de estancia en el Hospital Materno Infantil se da de alta con indicación de reposo relativo, control
 de beta-hCG en 1 semana y consulta de ginecología en 10 días.""",
 [
  T("'embarazo ectópico tubárico' label; 'trompa izquierda' for the side", ("embarazo tubárico izquierdo (O00.1)", "embarazo ectópico en trompa izquierda (O00.1)")),
  T("Toradol brand for ketorolaco; partner (male) mentioned", ("ketorolaco (M01AB15)", "Toradol (M01AB15)"), ("se da de alta con indicación", "se da de alta junto a su pareja con indicación")),
  T("'hCG' abbreviation and 'siete semanas' in words", ("amenorrea de 7 semanas", "amenorrea de siete semanas"), ("Laboratorio con beta-hCG", "Laboratorio con hCG")),
  T("appendicitis ruled out (negated diagnosis)", ("y FC 98 lpm.", "y FC 98 lpm, descartándose apendicitis por la localización y la ecografía.")),
  P("HAL004", "salpingectomy side changed to derecha", ("se realiza salpingectomía izquierda laparoscópica", "se realiza salpingectomía derecha laparoscópica")),
  P("HAL001", "methotrexate stated as given although the input lists it as not indicated", ("Dado el hemoperitoneo no se indica metotrexato y se realiza", "Se administra metotrexato y se realiza")),
  P("HAL003", "cefazolina 2 g -> 1 g (1 elsewhere in input)", ("cefazolina (J01DB04) 2 g", "cefazolina (J01DB04) 1 g")),
  P("HAL002", "beta-hCG 3400 -> 4300", ("beta-hCG de 3400 mUI/mL", "beta-hCG de 4300 mUI/mL")),
  P(["DEM001", "HAL002"], "age 29 -> 39 (39 absent so HAL002 too)", ("en mujer de 29 años", "en mujer de 39 años")),
  cod006("J01DB04"),
  cod001("O00.1"),
 ]))
