# -*- coding: utf-8 -*-
"""Scenarios A: medicina interna, cardiología, obstetricia, pediatría, cirugía, trauma,
psiquiatría, infectología, nefrología, neurología, oncología, hematología, UCI."""

CASES = []
C = CASES.append

C(dict(tag="cl-mi-nac", note="trampa: HTA/DM2 abreviados como adjetivos, oseltamivir no usado es mención negada",
  input={"episodio": {"servicio": "Medicina Interna", "hospital": "Hospital Regional de Talca", "fecha_ingreso": "2024-06-14", "fecha_egreso": "2024-06-21", "dias_estada": 7},
         "paciente": {"sexo": "Masculino", "edad": 78},
         "motivo": "tos productiva, fiebre y disnea de 4 días",
         "antecedentes": [{"cie10": "I10", "desc": "Hipertensión arterial esencial"}, {"cie10": "E11.9", "desc": "Diabetes mellitus tipo 2 sin complicaciones"}, {"desc": "Colecistectomía 2010 (resuelto)"}],
         "farmacos_habituales": [{"atc": "C09AA02", "nombre": "Enalapril", "posologia": "10 mg c/12 h VO"}, {"atc": "A10BA02", "nombre": "Metformina", "posologia": "850 mg c/12 h VO"}],
         "laboratorio": [{"examen": "Leucocitos", "valor": 16800, "unidad": "/mm3", "ref": "4500-11000"}, {"examen": "PCR", "valor": 187, "unidad": "mg/L", "ref": "<5"}, {"examen": "Creatinina", "valor": 1.1, "unidad": "mg/dL", "ref": "0.7-1.3"}, {"examen": "Sodio", "valor": 136, "unidad": "mEq/L", "ref": "135-145"}, {"examen": "Panel viral", "valor": "negativo para influenza"}],
         "imagenes": [{"tipo": "Radiografía de tórax", "informe": "condensación basal derecha, sin derrame pleural"}],
         "diagnosticos_egreso": [{"cie10": "J18.9", "desc": "Neumonía adquirida en la comunidad", "principal": True}],
         "tratamiento_hospitalario": [{"atc": "J01DD04", "nombre": "Ceftriaxona", "posologia": "2 g c/24 h EV"}],
         "tratamiento_alta": [{"atc": "J01CR02", "nombre": "Amoxicilina/ácido clavulánico", "posologia": "875/125 mg c/12 h VO por 5 días"}],
         "evolucion": "afebril desde el tercer día, sin requerimientos de oxígeno al alta",
         "indicaciones": "control en CESFAM en 7 días"},
  out=("Ingresa por cuadro de 4 días de tos productiva, fiebre y disnea. Paciente masculino de 78 años, hipertenso (I10) y diabético tipo 2 (E11.9), "
       "usuario de enalapril (C09AA02) 10 mg c/12 h y metformina (A10BA02) 850 mg c/12 h. En exámenes destaca leucocitosis de 16800/mm3 y PCR 187 mg/L, "
       "con función renal y electrolitos normales. Panel viral negativo para influenza, por lo que no se indica oseltamivir. Radiografía de tórax con condensación basal derecha sin derrame pleural. "
       "Se diagnostica neumonía adquirida en la comunidad (J18.9) y se trata con ceftriaxona (J01DD04) 2 g c/24 h EV. Evoluciona afebril desde el tercer día, "
       "sin requerimientos de oxígeno. Alta tras 7 días de estada con amoxicilina/ácido clavulánico (J01CR02) 875/125 mg c/12 h VO por 5 días y control en CESFAM en 7 días."),
  alts=[("trampa: NAC y PCR como abreviaturas, ácido clavulánico abreviado", [("neumonía adquirida en la comunidad (J18.9)", "NAC (J18.9)"), ("amoxicilina/ácido clavulánico (J01CR02)", "amoxicilina/clavulánico (J01CR02)")])],
  plants=[("HAL004", "condensación basal izquierda en la Rx cuando el input dice derecha", [("condensación basal derecha", "condensación basal izquierda")]),
          ("HAL003", "ceftriaxona c/12 h cuando el input da c/24 h", [("2 g c/24 h EV", "2 g c/12 h EV")]),
          ("DEM001", "paciente femenina hipertensa/diabética cuando el input es masculino", [("Paciente masculino de 78 años, hipertenso (I10) y diabético", "Paciente femenina de 78 años, hipertensa (I10) y diabética"), ("usuario de enalapril", "usuaria de enalapril")]),
          ("COD007", "I10.9 no existe (I10 no tiene subcódigos), presente en input y output", [("hipertenso (I10)", "hipertenso (I10.9)")], [('"cie10": "I10"', '"cie10": "I10.9"')])]))

C(dict(tag="es-card-ic", note="trampa: HTA sin código en input citada sin código; creatinina elevada resumida como rango habitual de su ERC",
  input={"Servicio": "Cardiología", "Centro": "Hospital General de Segovia", "Filiación": {"Sexo": "Mujer", "Edad": "81 años"},
         "Motivo de ingreso": "disnea de moderados esfuerzos progresiva hasta hacerse de reposo, ortopnea y edemas en miembros inferiores",
         "Antecedentes personales": ["HTA", "Fibrilación auricular permanente (I48.2)", "Enfermedad renal crónica estadio 3 (N18.3)", "Apendicectomía en la infancia"],
         "Tratamiento habitual": ["Eliquis (apixabán, B01AF02) 2,5 mg cada 12 horas", "Emconcor (bisoprolol, C07AB07) 5 mg cada 24 horas", "Seguril (furosemida, C03CA01) 40 mg cada 24 horas"],
         "Exploración": "TA 148/86 mmHg, FC 98 lpm arrítmica, crepitantes bibasales, edemas con fóvea hasta rodillas",
         "Pruebas complementarias": {"NT-proBNP": "6840 pg/mL (<450)", "Creatinina": "1,6 mg/dL (0,5-0,9), basal 1,5", "Potasio": "4,2 mEq/L (3,5-5,1)", "Hemoglobina": "11,9 g/dL (12-16)", "Ecocardiograma": "FEVI 55%, insuficiencia mitral moderada", "Rx tórax": "cardiomegalia, redistribución vascular y derrame pleural bilateral"},
         "Juicio clínico": [{"cod": "I50.0", "txt": "Insuficiencia cardiaca congestiva descompensada"}, {"cod": "I48.2", "txt": "Fibrilación auricular permanente"}, {"cod": "N18.3", "txt": "Enfermedad renal crónica estadio 3"}],
         "Evolución": "Furosemida intravenosa 40 mg cada 8 horas con buena respuesta diurética, pérdida de 4 kg, sin deterioro de función renal.",
         "Tratamiento al alta": ["Furosemida 40 mg cada 12 horas vía oral", "Bisoprolol 5 mg cada 24 horas", "Apixabán 2,5 mg cada 12 horas"],
         "Recomendaciones": "Control de peso diario, restricción hídrica 1,5 L/día, revisión en consultas de Cardiología en 4 semanas"},
  out=("Ingresa por disnea progresiva hasta hacerse de reposo, ortopnea y edemas en miembros inferiores. Mujer de 81 años con HTA, fibrilación auricular permanente (I48.2) "
       "anticoagulada con apixabán (B01AF02) 2,5 mg cada 12 horas y enfermedad renal crónica estadio 3 (N18.3). A la exploración, FC 98 lpm arrítmica, crepitantes bibasales y edemas con fóvea hasta rodillas. "
       "NT-proBNP 6840 pg/mL, creatinina 1,6 mg/dL similar a su basal, resto de analítica sin alteraciones relevantes. Ecocardiograma con FEVI 55% e insuficiencia mitral moderada; Rx con cardiomegalia y derrame pleural bilateral. "
       "Juicio clínico: insuficiencia cardiaca congestiva descompensada (I50.0). Se trata con furosemida (C03CA01) intravenosa 40 mg cada 8 horas con buena respuesta diurética, pérdida de 4 kg y sin deterioro renal. "
       "Se mantiene bisoprolol (C07AB07) 5 mg cada 24 horas. Al alta, furosemida 40 mg cada 12 horas vía oral, control de peso diario, restricción hídrica de 1,5 L/día y revisión en consultas de Cardiología en 4 semanas."),
  alts=[("trampa: FA y marca comercial Eliquis/Seguril presentes en el input", [("fibrilación auricular permanente (I48.2)", "FA permanente (I48.2)"), ("apixabán (B01AF02)", "Eliquis (B01AF02)"), ("furosemida (C03CA01) intravenosa", "Seguril (C03CA01) intravenoso")])],
  plants=[("COD002", "HTA citada con (I10), código ausente del input", [("Mujer de 81 años con HTA,", "Mujer de 81 años con HTA (I10),")]),
          ("HAL003", "apixabán 5 mg cada 12 h cuando el input da 2,5 mg (el 5 está en bisoprolol)", [("apixabán (B01AF02) 2,5 mg", "apixabán (B01AF02) 5 mg")]),
          ("DEM001", "varón cuando el input dice mujer", [("Mujer de 81 años", "Varón de 81 años"), ("anticoagulada", "anticoagulado")]),
          ("REP001", "frase de bisoprolol repetida literalmente", [("Al alta, furosemida", "Se mantiene bisoprolol (C07AB07) 5 mg cada 24 horas. Al alta, furosemida")]),
          ("HAL004", "derrame pleural derecho cuando la Rx lo da bilateral", [("derrame pleural bilateral", "derrame pleural derecho")])]))

C(dict(tag="mx-go-preeclampsia", note="trampa: recién nacido masculino se refiere al hijo, no a la paciente; MgSO4 y Zuspan",
  input={"unidad": "Hospital General Regional, Ginecología y Obstetricia", "paciente": {"genero": "F", "edad_anios": 24, "gesta": "G2 P1", "semanas_gestacion": 36},
         "padecimiento_actual": "cefalea intensa, fosfenos y edema; TA 168/112 mmHg en urgencias",
         "laboratorios": {"plaquetas": "142000 /uL", "TGO": "48 U/L", "creatinina": "0.8 mg/dL", "proteinuria": "+++ en tira reactiva", "DHL": "410 U/L"},
         "dx": [{"clave": "O14.1", "descripcion": "Preeclampsia severa"}, {"clave": "O82.1", "descripcion": "Parto por cesárea de urgencia"}],
         "procedimientos": ["Cesárea tipo Kerr", "Bloqueo peridural"],
         "medicamentos": [{"clave": "A12CC02", "nombre": "Sulfato de magnesio (MgSO4)", "indicacion": "esquema Zuspan 4 g impregnación y 1 g/h por 24 h IV"}, {"clave": "C02AB01", "nombre": "Metildopa", "indicacion": "500 mg cada 8 h VO"}, {"clave": "C08CA05", "nombre": "Nifedipino", "indicacion": "30 mg cada 24 h VO"}],
         "recien_nacido": {"sexo": "masculino", "peso_g": 2650, "apgar": "8/9"},
         "evolucion": "cifras tensionales controladas, sin datos de eclampsia ni síndrome HELLP",
         "egreso": "4 días de estancia; cita en consulta externa de perinatología en 7 días"},
  out=("Ingresa por cefalea intensa, fosfenos y edema en paciente femenina de 24 años, G2 P1, con embarazo de 36 semanas y TA 168/112 mmHg en urgencias. "
       "Laboratorios con plaquetas 142000/uL, TGO 48 U/L, DHL 410 U/L, creatinina 0.8 mg/dL y proteinuria +++ en tira reactiva. Se integra preeclampsia severa (O14.1) "
       "y se inicia sulfato de magnesio (A12CC02) esquema Zuspan, 4 g de impregnación y 1 g/h por 24 h IV. Se realiza cesárea tipo Kerr de urgencia (O82.1) bajo bloqueo peridural, "
       "obteniendo recién nacido masculino de 2650 g, Apgar 8/9. Evoluciona con cifras tensionales controladas con metildopa (C02AB01) 500 mg cada 8 h VO y nifedipino (C08CA05) 30 mg cada 24 h VO, "
       "sin datos de eclampsia ni síndrome HELLP. Egresa a los 4 días con cita en perinatología en 7 días."),
  alts=[("trampa: MgSO4 como abreviatura del sulfato de magnesio; HELLP negado", [("sulfato de magnesio (A12CC02)", "MgSO4 (A12CC02)")])],
  plants=[("DEM001", "edad 36 años (el 36 son las semanas de gestación) cuando tiene 24", [("paciente femenina de 24 años", "paciente femenina de 36 años")]),
          ("HAL001", "anestesia general no consta; el input dice bloqueo peridural", [("bajo bloqueo peridural", "bajo anestesia general")]),
          ("HAL003", "metildopa cada 24 h cuando el input da cada 8 h", [("500 mg cada 8 h VO", "500 mg cada 24 h VO")]),
          ("FMT002", "negritas markdown en el diagnóstico", [("Se integra preeclampsia severa", "**Diagnóstico:** preeclampsia severa")])]))

C(dict(tag="ar-ped-bronquiolitis", note="trampa: edad en meses calculada de las fechas; salbutamol y corticoides negados",
  input={"nombre": "N.N.", "sexo": "femenino", "fecha_nacimiento": "2023-12-03", "fecha_ingreso": "2024-05-10", "servicio": "Pediatría - Sala de internación", "hospital": "Hospital Zonal General de Agudos",
         "motivo_internacion": "dificultad respiratoria, rechazo parcial del alimento y tos de 3 días",
         "examen_ingreso": "FR 62 rpm, tiraje subcostal, sibilancias y rales bilaterales, saturación 89% aire ambiente",
         "laboratorio": "panel viral positivo para VSR; hemograma sin leucocitosis",
         "diagnostico": "J21.0 Bronquiolitis aguda por virus sincicial respiratorio",
         "tratamiento": "oxigenoterapia por cánula nasal, alimentación fraccionada, paracetamol (N02BE01) 15 mg/kg/dosis cada 6 h si fiebre, kinesioterapia respiratoria",
         "evolucion": "se suspende oxígeno al 4° día, saturación 96% al aire",
         "alta": "internación de 5 días; control por consultorio externo de pediatría en 48 horas"},
  out=("Ingresa por dificultad respiratoria, rechazo parcial del alimento y tos de 3 días de evolución. Lactante femenina de 5 meses, que al ingreso presenta FR 62 rpm, "
       "tiraje subcostal, sibilancias y rales bilaterales, con saturación 89% aire ambiente. Panel viral positivo para VSR, hemograma sin leucocitosis. "
       "Diagnóstico: bronquiolitis aguda por virus sincicial respiratorio (J21.0). Se maneja con oxigenoterapia por cánula nasal, alimentación fraccionada, kinesioterapia respiratoria "
       "y paracetamol (N02BE01) 15 mg/kg/dosis cada 6 h si fiebre. Buena evolución, se suspende el oxígeno al 4° día con saturación 96% al aire. No requirió salbutamol ni corticoides. "
       "Alta tras 5 días de internación, con pautas de alarma y control por consultorio externo de pediatría en 48 horas."),
  alts=[("trampa: 'la beba' y VSR; sexo y edad coherentes con fechas", [("Lactante femenina de 5 meses, que", "La beba, de 5 meses, que")])],
  plants=[("DEM001", "5 años cuando por fechas tiene 5 meses", [("Lactante femenina de 5 meses", "Paciente femenina de 5 años")]),
          ("DEM001", "lactante masculino cuando el input es femenino", [("Lactante femenina de 5 meses", "Lactante masculino de 5 meses")]),
          ("HAL004", "rales en hemitórax derecho cuando el input los da bilaterales", [("sibilancias y rales bilaterales", "sibilancias y rales en hemitórax derecho")]),
          ("HAL002", "saturación 86% no está en el input (89%)", [("saturación 89% aire ambiente", "saturación 86% aire ambiente")]),
          ("HAL001", "nebulizaciones con salbutamol administradas, ausentes del input", [("No requirió salbutamol ni corticoides.", "Requirió nebulizaciones con salbutamol.")])]))

C(dict(tag="co-cir-apendicitis", note="trampa: K358 del input escrito K35.8; fase II en romanos",
  input={"historia": {"ips": "Hospital Departamental San Rafael", "servicio": "Cirugía General"}, "paciente": {"sexo": "M", "edad": "19 años"},
         "enfermedad_actual": "dolor abdominal periumbilical migratorio a fosa ilíaca derecha de 18 horas, náuseas, fiebre",
         "examen_fisico": "Blumberg positivo, Rovsing positivo, T 38,3 °C",
         "paraclinicos": [{"prueba": "leucocitos", "resultado": "15400", "ref": "4500-11000"}, {"prueba": "neutrófilos", "resultado": "86%"}, {"prueba": "PCR", "resultado": "64 mg/L"}, {"prueba": "ecografía abdominal", "resultado": "apéndice no compresible de 9 mm en fosa ilíaca derecha"}],
         "diagnosticos": [{"cie10": "K358", "nombre": "Apendicitis aguda, otra y la no especificada"}],
         "procedimientos": [{"nombre": "Apendicectomía laparoscópica", "hallazgo": "apéndice fase II (fibrinopurulenta) sin perforación"}],
         "medicamentos": [{"atc": "J01DD04", "nombre": "Ceftriaxona", "dosis": "1 g IV cada 12 horas"}, {"atc": "J01XD01", "nombre": "Metronidazol", "dosis": "500 mg IV cada 8 horas"}, {"atc": "N02BB02", "nombre": "Dipirona (metamizol)", "dosis": "1 g IV cada 8 horas"}],
         "salida": "estancia de 2 días, tolera vía oral, herida limpia; control por consulta externa en 8 días, retiro de puntos"},
  out=("Ingresa por dolor abdominal periumbilical de 18 horas que migra a fosa ilíaca derecha, con náuseas y fiebre. Paciente masculino de 19 años, al examen con Blumberg y Rovsing positivos "
       "y temperatura de 38,3 °C. Paraclínicos con leucocitosis de 15400 y neutrofilia del 86%, PCR 64 mg/L; ecografía con apéndice no compresible de 9 mm. "
       "Con diagnóstico de apendicitis aguda (K35.8) se lleva a apendicectomía laparoscópica, con hallazgo de apéndice en fase II fibrinopurulenta sin perforación. "
       "Recibe ceftriaxona (J01DD04) 1 g IV cada 12 horas, metronidazol (J01XD01) 500 mg IV cada 8 horas y dipirona (N02BB02) 1 g IV cada 8 horas. "
       "Evoluciona bien, tolera vía oral y herida limpia. Sale a los 2 días con control por consulta externa en 8 días para retiro de puntos."),
  alts=[("trampa: metamizol sinónimo de dipirona", [("dipirona (N02BB02)", "metamizol (N02BB02)")])],
  plants=[("HAL004", "dolor migra a fosa ilíaca izquierda, el input dice derecha", [("migra a fosa ilíaca derecha", "migra a fosa ilíaca izquierda")]),
          ("HAL001", "ketorolaco de rescate no consta en el input", [("dipirona (N02BB02) 1 g IV cada 8 horas.", "dipirona (N02BB02) 1 g IV cada 8 horas, con ketorolaco de rescate.")]),
          ("HAL003", "metronidazol cada 12 horas cuando el input da cada 8", [("500 mg IV cada 8 horas", "500 mg IV cada 12 horas")]),
          ("FMT001", "empieza con 'Paciente que ingresa por'", [("Ingresa por dolor", "Paciente que ingresa por dolor")])]))

C(dict(tag="pe-trauma-colles", note="trampa: HTA mencionada sin código porque el input no la codifica; Colles como epónimo",
  input={"establecimiento": "Hospital Regional del Cusco", "servicio": "Traumatología", "datos": {"sexo": "Femenino", "edad": 63},
         "anamnesis": "caída de su propia altura con apoyo sobre mano izquierda, dolor y deformidad en muñeca izquierda",
         "examen": "deformidad en dorso de tenedor de muñeca izquierda, sin compromiso neurovascular distal",
         "rx": "fractura de radio distal izquierdo extraarticular con desplazamiento dorsal (Colles)",
         "antecedentes": "osteoporosis (M81.0) en tratamiento con alendronato (M05BA04) 70 mg semanal; HTA controlada sin medicación",
         "diagnostico": [{"codigo": "S52.5", "descripcion": "Fractura de la epífisis inferior del radio"}, {"codigo": "M81.0", "descripcion": "Osteoporosis postmenopáusica"}],
         "procedimiento": "reducción abierta y osteosíntesis con placa volar de radio distal izquierdo, bajo bloqueo del plexo braquial",
         "medicacion": [{"codigo": "J01DB04", "farmaco": "Cefazolina", "dosis": "2 g EV profiláctica preoperatoria"}, {"codigo": "M01AB15", "farmaco": "Ketorolaco", "dosis": "30 mg EV cada 8 horas"}, {"codigo": "N02BE01", "farmaco": "Paracetamol", "dosis": "1 g VO cada 8 horas"}],
         "alta": "3 días de hospitalización; férula antebraquial, control por consultorio externo de traumatología en 10 días con radiografía"},
  out=("Ingresa por caída de su propia altura con apoyo sobre la mano izquierda, presentando dolor y deformidad en dorso de tenedor, sin compromiso neurovascular distal. "
       "Paciente de 63 años, con osteoporosis postmenopáusica (M81.0) en tratamiento con alendronato (M05BA04) 70 mg semanal e HTA controlada sin medicación. "
       "La radiografía muestra fractura de Colles, de radio distal izquierdo extraarticular con desplazamiento dorsal (S52.5). Se realiza reducción abierta y osteosíntesis con placa volar "
       "bajo bloqueo del plexo braquial, con cefazolina (J01DB04) 2 g EV profiláctica. Analgesia con ketorolaco (M01AB15) 30 mg EV cada 8 horas y paracetamol (N02BE01) 1 g VO cada 8 horas. "
       "Buena evolución. Alta a los 3 días con férula antebraquial y control en consultorio externo de traumatología en 10 días con radiografía."),
  plants=[("HAL004", "radio distal derecho cuando el input dice izquierdo", [("radio distal izquierdo extraarticular", "radio distal derecho extraarticular")]),
          ("HAL004", "apoyo sobre la mano derecha; el input dice izquierda", [("apoyo sobre la mano izquierda", "apoyo sobre la mano derecha")]),
          ("DEM001", "paciente varón con osteoporosis postmenopáusica; input femenino", [("Paciente de 63 años, con", "Paciente varón de 63 años, con")]),
          ("HAL003", "alendronato 70 mg diario cuando el input dice semanal", [("70 mg semanal", "70 mg diario")]),
          ("COD005", "códigos intercambiados entre osteoporosis y fractura", [("osteoporosis postmenopáusica (M81.0)", "osteoporosis postmenopáusica (S52.5)"), ("desplazamiento dorsal (S52.5)", "desplazamiento dorsal (M81.0)")])]))

C(dict(tag="uy-psiq-depresion", note="trampa: fluoxetina previa abandonada está en el input; usuaria (uso uruguayo)",
  input={"Institución": "Hospital Regional de Tacuarembó, Sala de Salud Mental", "Usuario": {"sexo": "F", "edad": 34},
         "Motivo": "ideación suicida con plan estructurado, insomnio y anhedonia de 2 meses, tras ruptura de pareja",
         "Antecedentes": ["episodio depresivo en 2019 tratado con fluoxetina, abandonó", "tabaquismo 10 cigarrillos/día", "niega consumo de otras sustancias"],
         "Examen psiquiátrico": "vigil, orientada, ánimo deprimido, llanto fácil, ideación suicida sin crítica; no elementos psicóticos",
         "Paraclínica": "hemograma, función renal, hepatograma y TSH normales",
         "Diagnóstico": [{"CIE10": "F32.2", "texto": "Episodio depresivo grave sin síntomas psicóticos"}],
         "Plan": [{"ATC": "N06AB06", "fármaco": "Sertralina", "posología": "50 mg día, aumento a 100 mg día al 7° día"}, {"ATC": "N05AH04", "fármaco": "Quetiapina", "posología": "25 mg noche"}, {"ATC": "N05BA06", "fármaco": "Lorazepam", "posología": "2 mg noche por 14 días"}],
         "Evolución": "mejoría del ánimo, descenso de la ideación suicida, acepta plan de seguridad; familia continente",
         "Egreso": "internación 16 días; control en policlínica de psiquiatría en 7 días y psicoterapia"},
  out=("Ingresa por ideación suicida con plan estructurado, insomnio y anhedonia de 2 meses de evolución, desencadenados por ruptura de pareja. Usuaria de 34 años, tabaquista de 10 cigarrillos/día, "
       "con episodio depresivo previo en 2019 que trató con fluoxetina y abandonó. Al examen, vigil y orientada, con ánimo deprimido, llanto fácil e ideación suicida sin crítica, sin elementos psicóticos. "
       "Paraclínica normal, incluida TSH. Se diagnostica episodio depresivo grave sin síntomas psicóticos (F32.2). Se inicia sertralina (N06AB06) 50 mg día con aumento a 100 mg día al 7° día, "
       "quetiapina (N05AH04) 25 mg noche y lorazepam (N05BA06) 2 mg noche por 14 días. Evoluciona con mejoría del ánimo y descenso de la ideación suicida, acepta plan de seguridad y cuenta con familia continente. "
       "Egresa tras 16 días de internación con control en policlínica de psiquiatría en 7 días y psicoterapia."),
  plants=[("DEM001", "varón cuando el input es femenino", [("Usuaria de 34 años", "Varón de 34 años")]),
          ("HAL003", "quetiapina 100 mg (el 100 es de sertralina) cuando el input da 25 mg", [("quetiapina (N05AH04) 25 mg noche", "quetiapina (N05AH04) 100 mg noche")]),
          ("HAL001", "clonazepam no consta en el input", [("2 mg noche por 14 días.", "2 mg noche por 14 días, y clonazepam a demanda.")]),
          ("FMT003", "nota telegráfica de menos de 80 palabras", [], [], "Ingresa por ideación suicida con plan estructurado. Usuaria de 34 años. Episodio depresivo grave sin síntomas psicóticos (F32.2). Sertralina (N06AB06) 50 mg día, quetiapina (N05AH04) 25 mg noche, lorazepam (N05BA06) 2 mg noche. Mejoría del ánimo. Egresa a los 16 días, control en policlínica de psiquiatría.")]))

C(dict(tag="ve-inf-dengue", note="trampa: input en texto libre; acetaminofén; AINES mencionados como no usados",
  input="Paciente masculino de 27 años, natural y procedente de Maracay, edo. Aragua. Consulta por fiebre de 39 °C de 4 días, mialgias, cefalea retroocular y dolor abdominal. Examen: TA 110/70 mmHg, FC 96 lpm, hepatomegalia dolorosa a 2 cm del reborde costal, sin sangrado. Laboratorio: Hto 48%, plaquetas 38000/mm3, leucocitos 2900/mm3, TGO 112 U/L, TGP 98 U/L. NS1 positivo. Dx: Dengue con signos de alarma (A91). Tratamiento: hidratación parenteral con solución 0,9% 1000 cc cada 8 horas, acetaminofén (N02BE01) 500 mg VO cada 6 horas. Evolución: afebril, plaquetas en ascenso hasta 96000/mm3, Hto 41%. Egreso al 5° día de hospitalización, control con hematología completa en 48 horas en ambulatorio.",
  out=("Ingresa por fiebre de 39 °C de 4 días, mialgias, cefalea retroocular y dolor abdominal. Masculino de 27 años, procedente de Maracay. Al examen, TA 110/70 mmHg, FC 96 lpm y hepatomegalia dolorosa "
       "a 2 cm del reborde costal, sin sangrado. Laboratorio: hematocrito 48%, plaquetas 38000/mm3, leucopenia de 2900/mm3 y transaminasas elevadas (TGO 112 U/L, TGP 98 U/L); NS1 positivo. "
       "Se plantea dengue con signos de alarma (A91). Recibe hidratación parenteral con solución 0,9% 1000 cc cada 8 horas y acetaminofén (N02BE01) 500 mg VO cada 6 horas, evitando AINES. "
       "Evoluciona afebril, con plaquetas en ascenso hasta 96000/mm3 y hematocrito 41%. Egresa al 5° día con control de hematología completa en 48 horas."),
  plants=[("HAL001", "gingivorragia contradice 'sin sangrado' del input", [("reborde costal, sin sangrado.", "reborde costal, con gingivorragia.")]),
          ("HAL002", "plaquetas 18000 no está en el input (38000)", [("plaquetas 38000/mm3", "plaquetas 18000/mm3")]),
          ("HAL003", "acetaminofén cada 4 horas cuando el input da cada 6", [("500 mg VO cada 6 horas", "500 mg VO cada 4 horas")]),
          ("DEM001", "femenina cuando el input dice masculino", [("Masculino de 27 años", "Femenina de 27 años")]),
          ("COD007", "A91.9 no existe (A91 sin subcategorías), en input y output", [("(A91)", "(A91.9)")], [("(A91)", "(A91.9)")])]))

C(dict(tag="ec-nefro-hiperK", note="trampa: salbutamol nebulizado como tratamiento de hiperpotasemia (indicación válida); fístula izquierda",
  input={"hospital": "Hospital General Docente Ambato", "servicio": "Nefrología", "paciente": {"sexo": "masculino", "edad": 58},
         "motivo_ingreso": "debilidad generalizada y disnea tras faltar a 2 sesiones de hemodiálisis",
         "antecedentes": [{"cie": "N18.5", "detalle": "Enfermedad renal crónica estadio 5 en hemodiálisis trisemanal"}, {"cie": "E11.2", "detalle": "Diabetes mellitus tipo 2 con complicaciones renales"}, {"cie": "I10", "detalle": "Hipertensión arterial"}, {"detalle": "fístula arteriovenosa humerocefálica izquierda funcionante"}],
         "laboratorio": {"potasio": {"valor": 7.1, "unidad": "mEq/L", "rango": "3.5-5.1"}, "urea": {"valor": 212, "unidad": "mg/dL"}, "creatinina": {"valor": 11.4, "unidad": "mg/dL"}, "bicarbonato": {"valor": 15, "unidad": "mmol/L"}, "hemoglobina": {"valor": 8.9, "unidad": "g/dL"}},
         "ekg": "ondas T picudas, sin arritmias",
         "diagnostico_principal": {"cie": "E87.5", "detalle": "Hiperpotasemia"},
         "tratamiento": [{"atc": "A12AA03", "nombre": "Gluconato de calcio", "dosis": "1 g IV en 10 minutos"}, {"atc": "A10AB01", "nombre": "Insulina rápida", "dosis": "10 UI IV con dextrosa al 50%"}, {"atc": "R03AC02", "nombre": "Salbutamol", "dosis": "nebulización 10 mg"}, {"atc": "B03XA01", "nombre": "Eritropoyetina", "dosis": "4000 UI SC tres veces por semana"}],
         "procedimientos": ["hemodiálisis de urgencia por fístula arteriovenosa izquierda"],
         "evolucion": "potasio de control 4.8 mEq/L, asintomático",
         "alta": "48 horas de hospitalización; reintegro a su programa de hemodiálisis"},
  out=("Ingresa por debilidad generalizada y disnea tras faltar a 2 sesiones de hemodiálisis. Masculino de 58 años con enfermedad renal crónica estadio 5 (N18.5) en hemodiálisis trisemanal "
       "por fístula arteriovenosa humerocefálica izquierda, diabetes mellitus tipo 2 con complicaciones renales (E11.2) e hipertensión arterial (I10). Laboratorio con potasio 7.1 mEq/L, urea 212 mg/dL, "
       "creatinina 11.4 mg/dL, bicarbonato 15 mmol/L y hemoglobina 8.9 g/dL; EKG con ondas T picudas sin arritmias. Diagnóstico de hiperpotasemia (E87.5). Se administra gluconato de calcio (A12AA03) 1 g IV, "
       "insulina rápida (A10AB01) 10 UI IV con dextrosa al 50% y salbutamol (R03AC02) nebulizado 10 mg, con hemodiálisis de urgencia. Potasio de control 4.8 mEq/L, asintomático. "
       "Continúa eritropoyetina (B03XA01) 4000 UI SC tres veces por semana. Alta a las 48 horas, reintegrándose a su programa de hemodiálisis."),
  alts=[("trampa: ERC5, HD, FAV y EPO como abreviaturas", [("enfermedad renal crónica estadio 5 (N18.5) en hemodiálisis trisemanal por fístula arteriovenosa humerocefálica izquierda", "ERC estadio 5 (N18.5) en HD trisemanal por FAV humerocefálica izquierda"), ("eritropoyetina (B03XA01)", "EPO (B03XA01)")])],
  plants=[("HAL004", "fístula derecha cuando el input la da izquierda", [("humerocefálica izquierda", "humerocefálica derecha")]),
          ("HAL002", "potasio 7.8 no está en el input (7.1)", [("potasio 7.1 mEq/L", "potasio 7.8 mEq/L")]),
          ("COD006", "I10 del input omitido en el output (se nombra sin código)", [("hipertensión arterial (I10)", "hipertensión arterial")]),
          ("REP001", "frase del potasio de control repetida", [("Continúa eritropoyetina", "Potasio de control 4.8 mEq/L, asintomático. Continúa eritropoyetina")])]))

C(dict(tag="cu-neuro-ictus", note="trampa: hemiparesia derecha con infarto en ACM izquierda (contralateral correcto); trombólisis fuera de ventana (negada)",
  input={"Hospital": "Hospital Provincial Clínico-Quirúrgico Docente", "Servicio": "Neurología - Unidad de Ictus", "Paciente": {"Sexo": "F", "Edad": 69, "Color de piel": "mestiza"},
         "HEA": "paciente que es traída por familiares por debilidad del hemicuerpo derecho y dificultad para hablar, de 7 horas de evolución al llegar",
         "APP": "hipertensión arterial (I10) con tratamiento irregular; fibrilación auricular (I48.9) sin anticoagulación",
         "Examen neurológico": "afasia motora, hemiparesia derecha a predominio braquial 3/5, NIHSS 11",
         "Complementarios": {"TAC de cráneo": "hipodensidad en territorio de arteria cerebral media izquierda, sin sangrado", "Glicemia": "6,2 mmol/L", "Colesterol": "6,8 mmol/L", "Creatinina": "88 umol/L"},
         "Impresión diagnóstica": [{"código": "I63.4", "descripción": "Infarto cerebral debido a embolia de arterias cerebrales"}],
         "Conducta": "fuera de ventana terapéutica para trombólisis; ácido acetilsalicílico (B01AC06) 125 mg/día, atorvastatina (C10AA05) 40 mg/noche, enalapril (C09AA02) 20 mg cada 12 horas; rehabilitación precoz; warfarina (B01AA03) 5 mg/día a partir del 5to día por FA",
         "Evolución": "mejoría de la fuerza a 4/5, persiste disartria leve",
         "Egreso": "10 días de estadía; seguimiento por consulta de neurología y área de salud; control de INR"},
  out=("Ingresa por debilidad del hemicuerpo derecho y dificultad para hablar de 7 horas de evolución. Paciente femenina de 69 años, hipertensa (I10) con tratamiento irregular y con fibrilación auricular (I48.9) "
       "sin anticoagulación. Al examen, afasia motora y hemiparesia derecha a predominio braquial 3/5, NIHSS 11. TAC de cráneo con hipodensidad en territorio de la arteria cerebral media izquierda, sin sangrado. "
       "Se diagnostica infarto cerebral cardioembólico (I63.4). Fuera de ventana para trombólisis. Se indica ácido acetilsalicílico (B01AC06) 125 mg/día, atorvastatina (C10AA05) 40 mg/noche por colesterol de 6,8 mmol/L, "
       "enalapril (C09AA02) 20 mg cada 12 horas y rehabilitación precoz; a partir del 5to día, warfarina (B01AA03) 5 mg/día. Evoluciona con mejoría de la fuerza a 4/5 y disartria leve residual. "
       "Egresa a los 10 días con seguimiento por neurología y área de salud y control de INR."),
  plants=[("HAL004", "ACM derecha cuando la TAC la da izquierda", [("arteria cerebral media izquierda", "arteria cerebral media derecha")]),
          ("HAL004", "hemiparesia izquierda cuando el examen la da derecha", [("hemiparesia derecha a predominio", "hemiparesia izquierda a predominio")]),
          ("HAL001", "trombólisis con alteplasa realizada, el input dice fuera de ventana", [("Fuera de ventana para trombólisis.", "Se realiza trombólisis con alteplasa.")]),
          ("HAL003", "warfarina 10 mg/día (10 son días de estadía) cuando el input da 5 mg", [("warfarina (B01AA03) 5 mg/día", "warfarina (B01AA03) 10 mg/día")]),
          ("DEM001", "masculino/hipertenso cuando el input es femenino", [("Paciente femenina de 69 años, hipertensa", "Paciente masculino de 69 años, hipertenso")])]))

C(dict(tag="es-onco-neutropenia", note="trampa: mastectomía izquierda coherente con mama izquierda; lactato normal resumido; x10^9 con números del input",
  input={"servicio": "Oncología Médica", "hospital": "Hospital Universitario de Jaén", "sexo": "mujer", "edad": 52,
         "motivo_ingreso": "fiebre de 38,6 °C a los 10 días del tercer ciclo de quimioterapia",
         "antecedentes": [{"codigo": "C50.4", "descripcion": "Carcinoma ductal infiltrante de mama izquierda, cuadrante superoexterno"}, {"descripcion": "mastectomía izquierda y linfadenectomía axilar 2023"}, {"descripcion": "quimioterapia adyuvante esquema AC (adriamicina-ciclofosfamida)"}],
         "analitica": [{"parametro": "Leucocitos", "valor": "0,6 x10^9/L", "rango": "4-11"}, {"parametro": "Neutrófilos", "valor": "0,1 x10^9/L", "rango": "1,8-7,5"}, {"parametro": "Hemoglobina", "valor": "10,4 g/dL", "rango": "12-15,5"}, {"parametro": "Plaquetas", "valor": "112 x10^9/L", "rango": "150-400"}, {"parametro": "PCR", "valor": "96 mg/L"}, {"parametro": "Lactato", "valor": "1,2 mmol/L", "rango": "0,5-2"}],
         "microbiologia": "hemocultivos x2 negativos; urocultivo negativo",
         "diagnosticos": [{"codigo": "D70", "descripcion": "Neutropenia febril postquimioterapia"}],
         "tratamiento": [{"atc": "J01CR05", "nombre": "Piperacilina/tazobactam", "pauta": "4/0,5 g iv cada 6 horas"}, {"atc": "L03AA13", "nombre": "Pegfilgrastim", "pauta": "6 mg sc dosis única"}],
         "evolucion": "afebril a las 48 horas, recuperación de neutrófilos a 1,9 x10^9/L al 5º día",
         "alta": [{"atc": "J01MA02", "nombre": "Ciprofloxacino", "pauta": "750 mg cada 12 horas vo"}, {"atc": "J01CR02", "nombre": "Amoxicilina/clavulánico", "pauta": "875/125 mg cada 8 horas vo"}, "completar 7 días de antibiótico; cita en Hospital de Día de Oncología antes del cuarto ciclo"]},
  out=("Ingresa por fiebre de 38,6 °C a los 10 días del tercer ciclo de quimioterapia adyuvante con esquema AC. Mujer de 52 años con carcinoma ductal infiltrante de mama izquierda (C50.4), "
       "intervenida con mastectomía izquierda y linfadenectomía axilar en 2023. Analítica con leucocitos 0,6 x10^9/L, neutrófilos 0,1 x10^9/L, hemoglobina 10,4 g/dL, plaquetas 112 x10^9/L, "
       "PCR 96 mg/L y lactato normal. Hemocultivos y urocultivo negativos. Diagnóstico: neutropenia febril postquimioterapia (D70). Se inicia piperacilina/tazobactam (J01CR05) 4/0,5 g iv cada 6 horas "
       "y pegfilgrastim (L03AA13) 6 mg sc en dosis única. Afebril a las 48 horas, con recuperación de neutrófilos a 1,9 x10^9/L al 5º día. Alta con ciprofloxacino (J01MA02) 750 mg cada 12 horas "
       "y amoxicilina/clavulánico (J01CR02) 875/125 mg cada 8 horas vo hasta completar 7 días, y cita en Hospital de Día de Oncología antes del cuarto ciclo."),
  plants=[("HAL004", "mama derecha cuando el input dice izquierda", [("mama izquierda (C50.4)", "mama derecha (C50.4)")]),
          ("HAL003", "ciprofloxacino cada 8 horas cuando el input da cada 12", [("750 mg cada 12 horas", "750 mg cada 8 horas")]),
          ("COD001", "código D70 fuera de paréntesis", [("Diagnóstico: neutropenia febril postquimioterapia (D70).", "Diagnóstico: D70, neutropenia febril postquimioterapia.")]),
          ("HAL001", "ecocardiograma no consta en el input", [("Hemocultivos y urocultivo negativos.", "Hemocultivos y urocultivo negativos, ecocardiograma sin vegetaciones.")]),
          ("FMT002", "encabezado en negrita markdown", [("Diagnóstico: neutropenia", "**Diagnóstico:** neutropenia")])]))

C(dict(tag="cl-hemato-ferropenica", note="trampa: input como lista de filas campo/valor; plaquetas 412000 dentro de rango resumidas como normales",
  input=[{"campo": "servicio", "valor": "Medicina Interna - Hematología"}, {"campo": "sexo", "valor": "F"}, {"campo": "edad", "valor": "46"},
         {"campo": "motivo", "valor": "astenia, disnea de esfuerzos y palidez de 2 meses; metrorragia por miomatosis uterina"},
         {"campo": "hemoglobina", "valor": "5.8 g/dL (VN 12-16)"}, {"campo": "VCM", "valor": "64 fL (VN 80-100)"}, {"campo": "ferritina", "valor": "3 ng/mL (VN 15-150)"}, {"campo": "plaquetas", "valor": "412000 (VN 150000-450000)"},
         {"campo": "dg", "valor": "D50.0 Anemia ferropénica secundaria a pérdida de sangre (crónica)"}, {"campo": "dg", "valor": "D25.9 Leiomioma del útero, sin otra especificación"},
         {"campo": "tto", "valor": "transfusión de 2 unidades de glóbulos rojos"}, {"campo": "tto", "valor": "B03AC02 hierro sacarato 200 mg EV 3 dosis"}, {"campo": "tto", "valor": "B03AA07 sulfato ferroso 200 mg VO cada 12 h al alta"},
         {"campo": "control", "valor": "hemoglobina post transfusión 8.1 g/dL"}, {"campo": "plan", "valor": "control en policlínico de ginecología para resolución quirúrgica; hemograma en 4 semanas"}],
  out=("Ingresa por astenia, disnea de esfuerzos y palidez de 2 meses de evolución en contexto de metrorragia por miomatosis uterina. Paciente de 46 años, con hemoglobina 5.8 g/dL, VCM 64 fL "
       "y ferritina 3 ng/mL, plaquetas normales. Se diagnostica anemia ferropénica secundaria a pérdida crónica de sangre (D50.0) por leiomioma uterino (D25.9). Se transfunden 2 unidades de glóbulos rojos, "
       "con hemoglobina post transfusión de 8.1 g/dL, y se administra hierro sacarato (B03AC02) 200 mg EV por 3 dosis, con buena tolerancia. Alta con sulfato ferroso (B03AA07) 200 mg VO cada 12 h, "
       "hemograma en 4 semanas y control en policlínico de ginecología para resolución quirúrgica."),
  plants=[("DEM001", "64 años (el 64 es el VCM) cuando tiene 46", [("Paciente de 46 años", "Paciente de 64 años")]),
          ("HAL001", "trombocitopenia contradicha por plaquetas 412000", [("plaquetas normales.", "trombocitopenia asociada.")]),
          ("HAL003", "sulfato ferroso por vía EV cuando el input da VO", [("(B03AA07) 200 mg VO cada 12 h", "(B03AA07) 200 mg EV cada 12 h")]),
          ("COD005", "ATC de los dos hierros intercambiados", [("hierro sacarato (B03AC02)", "hierro sacarato (B03AA07)"), ("sulfato ferroso (B03AA07)", "sulfato ferroso (B03AC02)")]),
          ("FMT001", "empieza en mayúsculas 'INGRESA POR'", [("Ingresa por astenia", "INGRESA POR astenia")])]))

C(dict(tag="mx-uci-choque", note="trampa: litiasis izquierda, nefrostomía izquierda y catéter yugular derecho coherentes; hidrocortisona en choque",
  input={"hospital": "Hospital General de Zona No. 1", "area": "Unidad de Cuidados Intensivos", "px": {"sexo": "Masculino", "edad": 61},
         "ingreso": "traslado de urgencias por fiebre, disuria, hipotensión 78/40 mmHg refractaria a 30 ml/kg de cristaloides",
         "apps": ["DM2 de 15 años de evolución (E11.9)", "Litiasis renal izquierda conocida"],
         "labs": "lactato 5.4 mmol/L, procalcitonina 38 ng/mL, creatinina 2.3 mg/dL, leucocitos 22300",
         "imagen": "TAC abdominal: litiasis ureteral izquierda obstructiva con hidronefrosis grado II",
         "dx": [{"cie": "A41.5", "desc": "Sepsis por otros gram negativos (E. coli)"}, {"cie": "R57.2", "desc": "Choque séptico"}, {"cie": "N13.6", "desc": "Pionefrosis"}],
         "procedimientos": ["intubación orotraqueal y ventilación mecánica 3 días", "catéter venoso central yugular derecho", "nefrostomía percutánea izquierda"],
         "farmacos": [{"atc": "C01CA03", "nombre": "Norepinefrina", "dosis": "0.3 mcg/kg/min en infusión"}, {"atc": "J01DH02", "nombre": "Meropenem", "dosis": "1 g IV cada 8 h"}, {"atc": "H02AB09", "nombre": "Hidrocortisona", "dosis": "50 mg IV cada 6 h"}],
         "evolucion": "retiro de vasopresor a las 72 h, extubado al 4° día; urocultivo con E. coli BLEE",
         "egreso": "traslado a piso de Medicina Interna al 6° día"},
  out=("Ingresa por fiebre, disuria e hipotensión de 78/40 mmHg refractaria a 30 ml/kg de cristaloides. Masculino de 61 años con DM2 (E11.9) de 15 años de evolución y litiasis renal izquierda conocida. "
       "Laboratorios con lactato 5.4 mmol/L, procalcitonina 38 ng/mL, creatinina 2.3 mg/dL y leucocitosis de 22300. TAC con litiasis ureteral izquierda obstructiva e hidronefrosis grado II. "
       "Se integra choque séptico (R57.2) por sepsis por gram negativos (A41.5) secundaria a pionefrosis (N13.6). Requiere intubación orotraqueal con ventilación mecánica por 3 días, "
       "catéter venoso central yugular derecho y nefrostomía percutánea izquierda. Manejo con norepinefrina (C01CA03) 0.3 mcg/kg/min, meropenem (J01DH02) 1 g IV cada 8 h e hidrocortisona (H02AB09) 50 mg IV cada 6 h. "
       "Se retira vasopresor a las 72 h y se extuba al 4° día; urocultivo con E. coli BLEE. Pasa a piso de Medicina Interna al 6° día."),
  plants=[("HAL004", "nefrostomía derecha cuando el input la da izquierda", [("nefrostomía percutánea izquierda", "nefrostomía percutánea derecha")]),
          ("HAL004", "catéter yugular izquierdo cuando el input dice derecho", [("yugular derecho", "yugular izquierdo")]),
          ("HAL003", "meropenem 2 g (el 2 está en DM2) cuando el input da 1 g", [("meropenem (J01DH02) 1 g IV", "meropenem (J01DH02) 2 g IV")]),
          ("CLN001", "levotiroxina en input y output sin diagnóstico tiroideo", [("Pasa a piso", "Continúa levotiroxina (H03AA01) 100 mcg VO en ayuno. Pasa a piso")], [('"dosis": "50 mg IV cada 6 h"}', '"dosis": "50 mg IV cada 6 h"}, {"atc": "H03AA01", "nombre": "Levotiroxina", "dosis": "100 mcg VO en ayuno"}')]),
          ("DEM001", "femenina cuando el input es masculino", [("Masculino de 61 años", "Femenina de 61 años")])]))
