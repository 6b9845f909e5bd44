"""Cases 41-61: psiquiatría, ginecología, vascular, neurología, oftalmología, quemados, TBC, hematología, cirugía, cardiología, urología, endocrino, trauma, geriatría, toxicología, dermatología, pediatría, ORL."""
from lib import Base

# 41 Psiquiatría: episodio maníaco
b = Base(
    {"paciente": {"sexo": "Femenino", "edad": 45}, "servicio": "Psiquiatría",
     "motivo_consulta": "insomnio, verborrea, gastos excesivos e irritabilidad de 10 días tras abandono de litio hace 1 mes; traída por su hermano",
     "antecedentes": [{"codigo": "F31.9", "nombre": "Trastorno afectivo bipolar"}, {"codigo": "E03.9", "nombre": "Hipotiroidismo"}],
     "medicamentos_habituales": [{"codigo": "H03AA01", "nombre": "Levotiroxina", "dosis": "75 mcg al día", "via": "oral"},
                                 {"codigo": "N05AN01", "nombre": "Carbonato de litio", "dosis": "300 mg cada 8 horas", "via": "oral", "nota": "abandonado"}],
     "examenes": {"TSH": "3,4 uUI/ml", "creatinina": "0,7 mg/dL", "litemia al alta": "0,8 mEq/L", "test de embarazo": "negativo"},
     "diagnosticos": [{"codigo": "F31.2", "nombre": "Trastorno bipolar, episodio maníaco actual con síntomas psicóticos"}],
     "tratamiento": [{"codigo": "N05AN01", "nombre": "Carbonato de litio", "dosis": "300 mg cada 8 horas", "via": "oral"},
                     {"codigo": "N05AX08", "nombre": "Risperidona", "dosis": "3 mg cada 12 horas", "via": "oral"},
                     {"codigo": "N05BA06", "nombre": "Lorazepam", "dosis": "2 mg cada 8 horas, en descenso hasta suspender", "via": "oral"}],
     "evolucion": ["remisión de síntomas psicóticos", "normalización del ciclo sueño-vigilia"], "dias_hospitalizacion": 18,
     "tratamiento_alta": [{"codigo": "N05AN01", "nombre": "Carbonato de litio", "dosis": "300 mg cada 8 horas", "via": "oral"},
                          {"codigo": "N05AX08", "nombre": "Risperidona", "dosis": "3 mg cada 12 horas", "via": "oral"},
                          {"codigo": "H03AA01", "nombre": "Levotiroxina", "dosis": "75 mcg al día", "via": "oral"}],
     "indicaciones_alta": ["control de litemia en 1 semana", "control en COSAM en 7 días"]},
    "Ingresa por insomnio, verborrea, gastos excesivos e irritabilidad de 10 días de evolución tras abandono de litio hace 1 mes, traída por su hermano, en mujer de 45 años con trastorno afectivo bipolar (F31.9) e hipotiroidismo (E03.9), usuaria de levotiroxina (H03AA01) 75 mcg/día. TSH 3,4 uUI/ml, creatinina 0,7 mg/dL y test de embarazo negativo. Se diagnostica trastorno bipolar, episodio maníaco actual con síntomas psicóticos (F31.2), y se reinicia carbonato de litio (N05AN01) 300 mg c/8h VO junto con risperidona (N05AX08) 3 mg c/12h VO y lorazepam (N05BA06) 2 mg c/8h VO, este último en descenso hasta suspender. Evoluciona con remisión de síntomas psicóticos y normalización del ciclo sueño-vigilia, con litemia de 0,8 mEq/L al alta. Alta tras 18 días con litio, risperidona y levotiroxina en iguales dosis, control de litemia en 1 semana y control en COSAM en 7 días.",
    "Limpio (trampa): 'su hermano' es otra persona; 'traída' concuerda con la paciente.")
b.var([("traída por su hermano, en mujer", "traído por su hermano, en mujer")], "DEM001", "Concordancia masculina ('traído') en paciente mujer.")
b.var([("con trastorno afectivo bipolar (F31.9) e hipotiroidismo (E03.9), usuaria", "con trastorno afectivo bipolar (F31.9), usuaria")], "CLN001",
      "Levotiroxina sin hipotiroidismo entre los diagnósticos (se quitó E03.9 del input y del output).",
      inp_edit=lambda i: i["antecedentes"].pop())
b.clean([("risperidona (N05AX08) 3 mg c/12h VO", "risperidona (N05AX08) 3 mg dos veces al día VO"), ("lorazepam (N05BA06) 2 mg c/8h VO", "lorazepam (N05BA06) 2 mg tres veces al día VO")],
        "Limpio (trampa): 'dos veces al día' y 'tres veces al día' equivalen a cada 12 y cada 8 horas.")

# 42 Ginecología infanto-juvenil: torsión anexial izquierda
b = Base(
    {"paciente": {"sexo": "Femenino", "edad": 17}, "servicio": "Ginecología",
     "motivo_consulta": {"sintomas": ["dolor súbito en fosa ilíaca izquierda", "náuseas", "vómitos"], "tiempo_evolucion": "5 horas"},
     "examenes": {"beta-hCG": "negativa", "leucocitos": "11.200/uL"},
     "estudios": [{"nombre": "Ecografía pelviana", "resultado": "quiste anexial izquierdo de 7 cm con flujo doppler disminuido"}],
     "diagnosticos": [{"codigo": "N83.5", "nombre": "Torsión de ovario y trompa izquierda"}, {"codigo": "N83.2", "nombre": "Quiste de ovario"}],
     "procedimientos": ["Laparoscopía con destorsión anexial izquierda y quistectomía, con conservación del ovario"],
     "biopsia": "teratoma quístico maduro",
     "tratamiento": [{"codigo": "M01AB15", "nombre": "Ketorolaco", "dosis": "30 mg cada 8 horas", "via": "endovenosa"}],
     "evolucion": ["dolor controlado", "tolera régimen", "sin complicaciones"], "dias_hospitalizacion": 2,
     "tratamiento_alta": [{"codigo": "M01AE01", "nombre": "Ibuprofeno", "dosis": "400 mg cada 8 horas por 5 días", "via": "oral"}],
     "indicaciones_alta": ["control con ecografía en 6 semanas", "control en ginecología infanto-juvenil en 10 días"]},
    "Ingresa por dolor súbito en fosa ilíaca izquierda, náuseas y vómitos de 5 horas de evolución en adolescente de 17 años. Beta-hCG negativa y leucocitos 11.200/uL. Ecografía pelviana con quiste anexial izquierdo de 7 cm y flujo doppler disminuido. Se diagnostica torsión de ovario y trompa izquierda (N83.5) por quiste de ovario (N83.2) y se realiza laparoscopía con destorsión anexial izquierda y quistectomía, con conservación del ovario. Biopsia informa teratoma quístico maduro. Recibe ketorolaco (M01AB15) 30 mg c/8h EV con dolor controlado y buena tolerancia al régimen. Alta al segundo día, operada sin complicaciones, con ibuprofeno (M01AE01) 400 mg c/8h VO por 5 días, control con ecografía en 6 semanas y control en ginecología infanto-juvenil en 10 días.",
    "Limpio: 'operada' concuerda con la paciente; lateralidad izquierda coincide.")
b.var([("operada sin complicaciones", "operado sin complicaciones")], "DEM001", "Concordancia masculina ('operado') en paciente mujer.")
b.var([], "COD002", "N83.2 en el output; el input trae el quiste de ovario sin código.",
      inp_edit=lambda i: i["diagnosticos"][1].pop("codigo"))

# 43 Cirugía vascular: EVAR
b = Base(
    {"paciente": {"sexo": "Masculino", "edad": 76}, "servicio": "Cirugía Vascular",
     "motivo_consulta": "hallazgo ecográfico de aneurisma de aorta abdominal infrarrenal de 6,1 cm, asintomático; ingreso electivo",
     "antecedentes": [{"codigo": "I10", "nombre": "Hipertensión arterial"}, {"codigo": "J44.9", "nombre": "EPOC"}, {"codigo": "F17.2", "nombre": "Tabaquismo"}],
     "medicamentos_habituales": [{"codigo": "C09CA01", "nombre": "Losartán", "dosis": "50 mg al día"},
                                 {"codigo": "R03AL03", "nombre": "Umeclidinio/vilanterol", "dosis": "62,5/25 mcg al día", "via": "inhalatoria"}],
     "estudios": [{"nombre": "AngioTC de aorta", "resultado": "aneurisma infrarrenal de 6,1 cm sin compromiso de ilíacas"}],
     "diagnosticos": [{"codigo": "I71.4", "nombre": "Aneurisma de aorta abdominal sin ruptura"}],
     "procedimientos": ["Reparación endovascular de aneurisma de aorta abdominal con endoprótesis bifurcada por acceso femoral bilateral percutáneo"],
     "evolucion": ["sin endofuga en control", "pulsos pedios presentes", "creatinina 1,0 mg/dL post contraste"], "dias_hospitalizacion": 3,
     "tratamiento_alta": [{"codigo": "B01AC06", "nombre": "Ácido acetilsalicílico", "dosis": "100 mg al día", "via": "oral"},
                          {"codigo": "C10AA05", "nombre": "Atorvastatina", "dosis": "40 mg al día", "via": "oral"},
                          {"codigo": "C09CA01", "nombre": "Losartán", "dosis": "50 mg al día"},
                          {"codigo": "R03AL03", "nombre": "Umeclidinio/vilanterol", "dosis": "62,5/25 mcg al día"}],
     "indicaciones_alta": ["angioTC de control en 1 mes", "cesación tabáquica"]},
    "Ingresa por hallazgo ecográfico de aneurisma de aorta abdominal infrarrenal de 6,1 cm, asintomático, para cirugía electiva, en hombre de 76 años con HTA (I10), EPOC (J44.9) y tabaquismo (F17.2), usuario de losartán (C09CA01) 50 mg/día y umeclidinio/vilanterol (R03AL03) 62,5/25 mcg/día. AngioTC de aorta confirma aneurisma infrarrenal de 6,1 cm sin compromiso de ilíacas. Con diagnóstico de aneurisma de aorta abdominal sin ruptura (I71.4) se realiza EVAR con endoprótesis bifurcada por acceso femoral bilateral percutáneo. Evoluciona sin endofuga en el control, con pulsos pedios presentes y creatinina de 1,0 mg/dL post contraste. Alta al tercer día con AAS (B01AC06) 100 mg/día, atorvastatina (C10AA05) 40 mg/día, losartán y umeclidinio/vilanterol, angioTC de control en 1 mes y cesación tabáquica.",
    "Limpio (trampa): EVAR = reparación endovascular del aneurisma; 'bilateral' coincide con el input.")
b.var([("acceso femoral bilateral percutáneo", "acceso femoral derecho percutáneo")], "HAL004", "Acceso femoral derecho; el input dice bilateral.")
b.var([("AAS (B01AC06) 100 mg/día, atorvastatina (C10AA05)", "AAS (C10AA05) 100 mg/día, atorvastatina (B01AC06)")], "COD005", "ATC de AAS y atorvastatina intercambiados.")
b.var([("se realiza EVAR con", "se realiza `EVAR` con")], "FMT002", "Backticks de markdown.")
b.clean([("por acceso femoral bilateral percutáneo", "por acceso femoral percutáneo de ambos lados")], "Limpio (trampa): 'de ambos lados' equivale a bilateral.")

# 44 Neurología: Guillain-Barré
b = Base(
    {"paciente": {"sexo": "Masculino", "edad": 52}, "servicio": "Neurología",
     "motivo_consulta": {"sintomas": ["debilidad ascendente de extremidades inferiores", "parestesias distales", "dificultad para la marcha"], "tiempo_evolucion": "6 días"},
     "antecedentes": ["cuadro diarreico 2 semanas antes"], "examen_fisico": ["paraparesia flácida M3", "arreflexia generalizada"],
     "procedimientos": ["Punción lumbar: disociación albúmino-citológica, proteínas 142 mg/dL y 2 células"],
     "estudios": [{"nombre": "Electromiografía", "resultado": "polineuropatía desmielinizante aguda"}],
     "diagnosticos": [{"codigo": "G61.0", "nombre": "Síndrome de Guillain-Barré"}],
     "tratamiento": [{"codigo": "J06BA02", "nombre": "Inmunoglobulina humana", "dosis": "0,4 g/kg/día por 5 días", "via": "endovenosa"}],
     "monitorizacion": "capacidad vital seriada, mínima 2,1 L, sin requerimiento de ventilación mecánica",
     "evolucion": ["recupera fuerza M4 en extremidades inferiores", "marcha con apoyo"], "dias_hospitalizacion": 12,
     "indicaciones_alta": ["rehabilitación motora", "control en neurología en 3 semanas"]},
    "Ingresa por debilidad ascendente de extremidades inferiores, parestesias distales y dificultad para la marcha de 6 días de evolución en hombre de 52 años, con antecedente de cuadro diarreico 2 semanas antes. Al examen, paraparesia flácida M3 y arreflexia generalizada. Punción lumbar con disociación albúmino-citológica (proteínas 142 mg/dL, 2 células) y electromiografía compatible con polineuropatía desmielinizante aguda. Se diagnostica síndrome de Guillain-Barré (G61.0) y se administra inmunoglobulina humana (J06BA02) 0,4 g/kg/día EV por 5 días. Se monitoriza capacidad vital seriada, con mínima de 2,1 L, sin requerir VMI. Evoluciona con fuerza M4 en extremidades inferiores y marcha con apoyo. Alta tras 12 días con rehabilitación motora y control en neurología en 3 semanas.",
    "Limpio (trampa): paréntesis sin código '(proteínas 142 mg/dL, 2 células)'; 'sin requerir VMI' es negación.")
b.var([("sin requerir VMI", "requiriendo VMI por 5 días")], "HAL001", "VMI afirmada; el input dice sin requerimiento de ventilación mecánica.")
b.var([("Evoluciona con fuerza M4 en extremidades inferiores y marcha con apoyo.", "Evoluciona con fuerza M4 en extremidades inferiores y marcha con apoyo y marcha con apoyo y marcha con apoyo y marcha con apoyo y marcha con apoyo.")], "REP001", "Bucle degenerado 'y marcha con apoyo'.")

# 45 Oftalmología pediátrica: celulitis orbitaria derecha
b = Base(
    {"paciente": {"sexo": "Masculino", "edad": 6}, "servicio": "Oftalmología / Pediatría",
     "motivo_consulta": {"sintomas": ["edema palpebral derecho", "proptosis derecha", "dolor con movimientos oculares", "fiebre"], "tiempo_evolucion": "3 días"},
     "antecedentes": ["sinusitis aguda tratada con amoxicilina hace 1 semana"],
     "estudios": [{"nombre": "TC de órbitas y cavidades paranasales", "resultado": "celulitis postseptal derecha con sinusitis etmoidal derecha, sin absceso subperióstico"}],
     "examenes": {"leucocitos": "19.800/uL", "PCR": "132 mg/L"},
     "diagnosticos": [{"codigo": "H05.0", "nombre": "Celulitis orbitaria derecha"}, {"codigo": "J01.2", "nombre": "Sinusitis etmoidal aguda"}],
     "tratamiento": [{"codigo": "J01DD04", "nombre": "Ceftriaxona", "dosis": "100 mg/kg/día", "via": "endovenosa"},
                     {"codigo": "J01FF01", "nombre": "Clindamicina", "dosis": "40 mg/kg/día cada 6 horas", "via": "endovenosa"}],
     "evolucion": ["disminución del edema palpebral", "motilidad ocular conservada", "agudeza visual normal"], "dias_hospitalizacion": 7,
     "tratamiento_alta": [{"codigo": "J01CR02", "nombre": "Amoxicilina/ácido clavulánico", "dosis": "90 mg/kg/día cada 12 horas por 10 días", "via": "oral"}],
     "indicaciones_alta": ["control en oftalmología en 3 días"]},
    "Ingresa por edema palpebral derecho, proptosis derecha, dolor con los movimientos oculares y fiebre de 3 días de evolución en escolar de 6 años, con sinusitis aguda tratada con amoxicilina hace 1 semana. Leucocitos 19.800/uL y PCR 132 mg/L. TC de órbitas y cavidades paranasales muestra celulitis postseptal derecha con sinusitis etmoidal derecha, sin absceso subperióstico, por lo que no requiere drenaje quirúrgico. Se diagnostica celulitis orbitaria derecha (H05.0) secundaria a sinusitis etmoidal aguda (J01.2) y se trata con ceftriaxona (J01DD04) 100 mg/kg/día EV y clindamicina (J01FF01) 40 mg/kg/día c/6h EV. Evoluciona con disminución del edema palpebral, motilidad ocular conservada y agudeza visual normal. Alta al séptimo día con amoxicilina/ácido clavulánico (J01CR02) 90 mg/kg/día c/12h VO por 10 días y control en oftalmología en 3 días.",
    "Limpio (trampa): J01.2 (CIE-10) junto a J01DD04 (ATC); 'no requiere drenaje quirúrgico' es negación.")
b.var([("celulitis orbitaria derecha (H05.0)", "celulitis orbitaria izquierda (H05.0)")], "HAL004", "Celulitis orbitaria izquierda; el input dice derecha.")
b.var([("sinusitis etmoidal aguda (J01.2)", "sinusitis etmoidal aguda J01.2")], "COD001", "J01.2 sin paréntesis.")
b.var([("celulitis orbitaria derecha (H05.0)", "celulitis orbitaria derecha (H05.6)")], "COD007", "H05.6 no existe en CIE-10; el input trae el mismo código erróneo.",
      inp_edit=lambda i: i["diagnosticos"][0].update(codigo="H05.6"))

# 46 Quemados infantil: escaldadura
b = Base(
    {"paciente": {"sexo": "Femenino", "edad": "2 años", "peso": "12 kg"}, "servicio": "Unidad de Quemados Infantil",
     "mecanismo": "escaldadura por agua hirviendo", "acompanante": "abuela",
     "lesiones": "tronco anterior y muslo izquierdo, segundo grado superficial, 12% de superficie corporal",
     "diagnosticos": [{"codigo": "T21.2", "nombre": "Quemadura de segundo grado del tronco"},
                      {"codigo": "T24.2", "nombre": "Quemadura de segundo grado de cadera y miembro inferior"}],
     "procedimientos": ["Aseo quirúrgico bajo sedación", "Curación con apósito de plata"],
     "tratamiento": [{"nombre": "Ringer lactato", "dosis": "según fórmula de Parkland", "via": "endovenosa"},
                     {"codigo": "N02BE01", "nombre": "Paracetamol", "dosis": "180 mg cada 6 horas", "via": "oral"},
                     {"codigo": "N02AA01", "nombre": "Morfina", "dosis": "0,1 mg/kg antes de curaciones", "via": "endovenosa"}],
     "evaluacion_social": "sin indicadores de maltrato", "evolucion": ["epitelización del 90% al día 10"], "dias_hospitalizacion": 11,
     "indicaciones_alta": ["curaciones cada 3 días en policlínico", "lubricación", "fotoprotección"]},
    "Ingresa por escaldadura por agua hirviendo, traída por su abuela, en preescolar de 2 años y 12 kg, con quemaduras de segundo grado superficial en tronco anterior y muslo izquierdo que comprometen el 12% de la superficie corporal. Se diagnostican quemadura de segundo grado del tronco (T21.2) y quemadura de segundo grado de cadera y miembro inferior (T24.2). Se reanima con Ringer lactato EV según fórmula de Parkland y se realiza aseo quirúrgico bajo sedación con curación con apósito de plata. Analgesia con paracetamol (N02BE01) 180 mg c/6h VO y morfina (N02AA01) 0,1 mg/kg EV antes de curaciones. Evaluación social sin indicadores de maltrato. Evoluciona con epitelización del 90% al día 10. Alta al día 11 con curaciones c/3 días en policlínico, lubricación y fotoprotección.",
    "Limpio: 'traída' concuerda con la paciente; 'sin indicadores de maltrato' es negación.")
b.clean([("paracetamol (N02BE01) 180 mg c/6h VO", "paracetamol (N02BE01) 180 mg cada 6 horas por vía oral")], "Limpio (trampa): misma posología escrita sin abreviaturas.")

# 47 Medicina interna: tuberculosis pulmonar
b = Base(
    {"paciente": {"sexo": "Masculino", "edad": 29, "situacion_social": "persona en situación de calle"}, "servicio": "Medicina Interna",
     "motivo_consulta": {"sintomas": ["tos productiva", "hemoptisis leve", "sudoración nocturna", "baja de peso de 9 kg"], "tiempo_evolucion": "2 meses"},
     "examenes": {"baciloscopia": "positiva", "GeneXpert": "M. tuberculosis detectado, sin resistencia a rifampicina", "VIH": "no reactivo", "GPT": "28 U/L"},
     "estudios": [{"nombre": "Radiografía de tórax", "resultado": "cavitación en lóbulo superior derecho"}],
     "diagnosticos": [{"codigo": "A15.0", "nombre": "Tuberculosis pulmonar confirmada por baciloscopía"}],
     "tratamiento": [{"codigo": "J04AM06", "nombre": "Rifampicina/isoniazida/pirazinamida/etambutol", "dosis": "4 comprimidos al día", "via": "oral"},
                     {"codigo": "A11HA02", "nombre": "Piridoxina", "dosis": "50 mg al día", "via": "oral"}],
     "evolucion": ["aislamiento respiratorio", "buena tolerancia a fase diaria", "baciloscopia de control pendiente"], "dias_hospitalizacion": 15,
     "indicaciones_alta": ["tratamiento directamente observado en CESFAM", "estudio de contactos", "control en programa de tuberculosis en 2 semanas"]},
    "Ingresa por tos productiva, hemoptisis leve, sudoración nocturna y baja de peso de 9 kg de 2 meses de evolución en hombre de 29 años en situación de calle. Baciloscopia positiva y GeneXpert con M. tuberculosis detectado, sin resistencia a rifampicina; VIH no reactivo y GPT 28 U/L. Radiografía de tórax con cavitación en lóbulo superior derecho. Se diagnostica tuberculosis pulmonar confirmada por baciloscopía (A15.0) y se inicia fase diaria con rifampicina/isoniazida/pirazinamida/etambutol (J04AM06) 4 comprimidos al día VO y piridoxina (A11HA02) 50 mg/día, en aislamiento respiratorio y con buena tolerancia. Alta tras 15 días con tratamiento directamente observado en CESFAM, baciloscopia de control pendiente, estudio de contactos y control en programa de tuberculosis en 2 semanas.",
    "Limpio (trampa): 'VIH no reactivo' no es diagnóstico de VIH; piridoxina como profilaxis de isoniazida es plausible.")
b.var([], "COD004", "A11HA02 (piridoxina) en el output; el input trae piridoxina sin código.",
      inp_edit=lambda i: i["tratamiento"][1].pop("codigo"))

# 48 Hematología: PTI; edad desde fechas ISO
b = Base(
    {"paciente": {"sexo": "F", "nacimiento": "1989-11-30"}, "ingreso": "2025-01-15", "egreso": "2025-01-19", "servicio": "Hematología",
     "motivo": "petequias en extremidades, gingivorragia y equimosis espontáneas de 3 días",
     "examenes": {"plaquetas": "4.000/uL", "hemoglobina": "12,6 g/dL", "leucocitos": "6.800/uL", "frotis": "sin esquistocitos", "VIH, VHB y VHC": "negativos"},
     "diagnosticos": [{"codigo": "D69.3", "nombre": "Púrpura trombocitopénica inmune"}],
     "tratamiento": [{"codigo": "H02AB02", "nombre": "Dexametasona", "dosis": "40 mg al día por 4 días", "via": "oral"},
                     {"codigo": "J06BA02", "nombre": "Inmunoglobulina humana", "dosis": "1 g/kg por 2 días", "via": "endovenosa"},
                     {"codigo": "B02AA02", "nombre": "Ácido tranexámico", "dosis": "1 g cada 8 horas", "via": "oral"}],
     "evolucion": ["plaquetas 86.000/uL al alta", "cese de gingivorragia"],
     "indicaciones_alta": ["evitar AINEs y deportes de contacto", "control de hemograma en 1 semana en hematología"]},
    "Ingresa por petequias en extremidades, gingivorragia y equimosis espontáneas de 3 días de evolución en mujer de 35 años. Hemograma con plaquetas 4.000/uL, hemoglobina 12,6 g/dL y leucocitos 6.800/uL; frotis sin esquistocitos y serologías para VIH, VHB y VHC negativas. Se diagnostica púrpura trombocitopénica inmune (D69.3) y se trata con dexametasona (H02AB02) 40 mg/día VO por 4 días, inmunoglobulina humana (J06BA02) 1 g/kg EV por 2 días y ácido tranexámico (B02AA02) 1 g c/8h VO, sin requerir transfusión de plaquetas. Evoluciona con cese de la gingivorragia y plaquetas de 86.000/uL al alta. Alta al cuarto día con indicación de evitar AINEs y deportes de contacto y control de hemograma en 1 semana en hematología.",
    "Limpio (trampa): 35 años se deduce de nacimiento 1989-11-30 e ingreso 2025-01-15; 'sin requerir transfusión' es negación.", allow=("35",))
b.var([("en mujer de 35 años", "en mujer de 40 años")], "DEM001", "40 años (el 40 del input es la dosis de dexametasona) contradice los 35 derivados de las fechas.")
b.var([("ácido tranexámico (B02AA02) 1 g c/8h VO,", "ácido tranexámico (B02AA02) 1 g c/8h VO y atorvastatina (C10AA05) 20 mg/día,")], "CLN001",
      "Atorvastatina (presente en el input) sin dislipidemia ni otra indicación entre los diagnósticos.",
      inp_edit=lambda i: i["tratamiento"].append({"codigo": "C10AA05", "nombre": "Atorvastatina", "dosis": "20 mg al día", "via": "oral"}))

# 49 Cirugía digestiva: obstrucción intestinal por bridas
b = Base(
    {"paciente": {"sexo": "Masculino", "edad": 64}, "servicio": "Cirugía Digestiva",
     "motivo_consulta": {"sintomas": ["dolor abdominal cólico", "distensión", "vómitos", "ausencia de deposiciones y gases"], "tiempo_evolucion": "2 días"},
     "antecedentes": [{"codigo": "Z90.4", "nombre": "Colectomía derecha por cáncer de colon hace 6 años"}],
     "estudios": [{"nombre": "TC de abdomen y pelvis", "resultado": "dilatación de asas de intestino delgado con punto de transición en hipogastrio, sin signos de sufrimiento"}],
     "examenes": {"lactato": "1,4 mmol/L", "potasio": "3,4 mEq/L", "creatinina": "1,2 mg/dL"},
     "diagnosticos": [{"codigo": "K56.5", "nombre": "Obstrucción intestinal por bridas"}],
     "procedimientos": ["Instalación de sonda nasogástrica", "Prueba con medio de contraste hidrosoluble por sonda"],
     "tratamiento": [{"nombre": "Régimen cero"}, {"nombre": "Suero fisiológico con cloruro de potasio", "via": "endovenosa"},
                     {"codigo": "A04AA01", "nombre": "Ondansetrón", "dosis": "4 mg cada 8 horas", "via": "endovenosa"}],
     "evolucion": ["contraste en colon a las 24 horas", "tránsito intestinal recuperado", "sin necesidad de cirugía"], "dias_hospitalizacion": 4,
     "indicaciones_alta": ["régimen liviano", "consultar ante dolor o vómitos"]},
    "Ingresa por dolor abdominal cólico, distensión, vómitos y ausencia de deposiciones y gases de 2 días de evolución en hombre de 64 años con antecedente de colectomía derecha (Z90.4) por cáncer de colon hace 6 años. TC de abdomen y pelvis con dilatación de asas de intestino delgado y punto de transición en hipogastrio, sin signos de sufrimiento; lactato 1,4 mmol/L, potasio 3,4 mEq/L y creatinina 1,2 mg/dL. Se diagnostica obstrucción intestinal por bridas (K56.5) y se maneja con régimen cero, SNG, hidratación EV con suero fisiológico y cloruro de potasio y ondansetrón (A04AA01) 4 mg c/8h EV. La prueba con contraste hidrosoluble por sonda muestra paso a colon a las 24 horas, recuperando tránsito intestinal sin necesidad de cirugía. Alta al cuarto día con régimen liviano y consultar ante dolor o vómitos.",
    "Limpio (trampa): 'sin necesidad de cirugía' es negación; SNG = sonda nasogástrica del input.")
b.var([("recuperando tránsito intestinal sin necesidad de cirugía", "requiriendo finalmente laparotomía con liberación de bridas")], "HAL001", "Laparotomía no figura en el input (que dice sin necesidad de cirugía).")
b.var([], "COD002", "Z90.4 en el output; el input trae el antecedente sin código.",
      inp_edit=lambda i: i["antecedentes"][0].pop("codigo"))
b.var([("Alta al cuarto día con régimen liviano y consultar ante dolor o vómitos.",
        "Durante la hospitalización se mantuvo en régimen cero con SNG a caída libre, hidratación EV con suero fisiológico y cloruro de potasio y ondansetrón, con control seriado del abdomen sin signos de sufrimiento intestinal. Tras la prueba con contraste hidrosoluble por sonda, que mostró paso a colon a las 24 horas, se retiró la SNG y se reinició la alimentación de manera progresiva con buena tolerancia, presentando deposiciones y eliminación de gases. Alta al cuarto día de hospitalización con régimen liviano, indicación de consultar ante dolor abdominal, distensión o vómitos, y control habitual en su centro de atención primaria.")],
      "FMT003", "Demasiado largo (más de 200 palabras), sin datos nuevos: reitera el manejo del input.")

# 50 Cardiología: BAV completo, marcapasos
b = Base(
    {"paciente": {"sexo": "Femenino", "edad": 83}, "servicio": "Cardiología",
     "motivo_consulta": {"sintomas": ["síncope", "mareos", "bradicardia"], "tiempo_evolucion": "1 semana"},
     "antecedentes": [{"codigo": "I10", "nombre": "HTA"}, {"codigo": "E78.5", "nombre": "Dislipidemia"}],
     "medicamentos_habituales": [{"codigo": "C09CA01", "nombre": "Losartán", "dosis": "50 mg cada 12 horas"},
                                 {"codigo": "C10AA01", "nombre": "Simvastatina", "dosis": "20 mg al día"}],
     "signos_vitales": {"FC": "34 lpm", "PA": "156/64 mmHg"},
     "examenes": {"potasio": "4,3 mEq/L", "TSH": "1,8 uUI/ml", "troponina": "negativa"},
     "ECG": "bloqueo auriculoventricular completo con escape ventricular",
     "diagnosticos": [{"codigo": "I44.2", "nombre": "Bloqueo auriculoventricular completo"}],
     "procedimientos": ["Marcapasos transitorio transvenoso por vía yugular derecha", "Implante de marcapasos definitivo bicameral (DDD) subclavio izquierdo"],
     "evolucion": ["sin nuevos síncopes", "herida operatoria sin hematoma"], "dias_hospitalizacion": 5,
     "tratamiento_alta": [{"codigo": "C09CA01", "nombre": "Losartán", "dosis": "50 mg cada 12 horas"},
                          {"codigo": "C10AA01", "nombre": "Simvastatina", "dosis": "20 mg al día"}],
     "indicaciones_alta": ["no levantar brazo izquierdo sobre el hombro por 4 semanas", "control en policlínico de marcapasos en 10 días"]},
    "Ingresa por síncope, mareos y bradicardia de 1 semana de evolución en mujer de 83 años con HTA (I10) y dislipidemia (E78.5), usuaria de losartán (C09CA01) 50 mg c/12h y simvastatina (C10AA01) 20 mg/día. Al ingreso FC 34 lpm y PA 156/64 mmHg; potasio 4,3 mEq/L, TSH 1,8 uUI/ml y troponina negativa. ECG con bloqueo auriculoventricular completo (I44.2) con escape ventricular. Se instala marcapasos transitorio transvenoso por vía yugular derecha y luego se implanta marcapasos definitivo DDD subclavio izquierdo, sin complicaciones. Evoluciona sin nuevos síncopes y con herida operatoria sin hematoma. Alta al quinto día con su tratamiento habitual, indicación de no levantar el brazo izquierdo sobre el hombro por 4 semanas y control en policlínico de marcapasos en 10 días.",
    "Limpio (trampa): yugular derecha y subclavio izquierdo son dos accesos distintos, ambos del input.")
b.var([("marcapasos definitivo DDD subclavio izquierdo", "marcapasos definitivo DDD subclavio derecho")], "HAL004", "Marcapasos subclavio derecho; el input dice izquierdo.")
b.var([("losartán (C09CA01) 50 mg c/12h", "losartán (C09CA01) 50 mg/día")], "HAL003", "Losartán una vez al día; el input dice cada 12 horas.")
b.var([], "COD002", "E78.5 en el output; el input trae la dislipidemia sin código.",
      inp_edit=lambda i: i["antecedentes"][1].pop("codigo"))

# 51 Urología: pionefrosis, doble J izquierdo
b = Base(
    {"paciente": {"sexo": "Masculino", "edad": 46}, "servicio": "Urología",
     "motivo_consulta": {"sintomas": ["dolor lumbar izquierdo cólico", "fiebre 38,8 °C", "vómitos"], "tiempo_evolucion": "2 días"},
     "examenes": {"leucocitos": "16.700/uL", "PCR": "204 mg/L", "creatinina": "1,9 mg/dL", "urocultivo": "Klebsiella pneumoniae sensible a ceftriaxona"},
     "estudios": [{"nombre": "PieloTC", "resultado": "cálculo de 8 mm en uréter proximal izquierdo con hidroureteronefrosis moderada"}],
     "diagnosticos": [{"codigo": "N20.1", "nombre": "Cálculo del uréter"}, {"codigo": "N13.6", "nombre": "Pionefrosis"}],
     "procedimientos": ["Instalación de catéter ureteral doble J izquierdo por cistoscopía de urgencia"],
     "tratamiento": [{"codigo": "J01DD04", "nombre": "Ceftriaxona", "dosis": "2 g cada 24 horas", "via": "endovenosa"},
                     {"codigo": "N02BB02", "nombre": "Metamizol", "dosis": "1 g cada 8 horas", "via": "endovenosa"}],
     "evolucion": ["afebril a las 48 horas", "creatinina 1,1 mg/dL"], "dias_hospitalizacion": 4,
     "tratamiento_alta": [{"codigo": "J01DD08", "nombre": "Cefixima", "dosis": "400 mg al día por 10 días", "via": "oral"},
                          {"codigo": "G04CA02", "nombre": "Tamsulosina", "dosis": "0,4 mg al día", "via": "oral"}],
     "indicaciones_alta": ["ureteroscopía con litotricia electiva en 4 semanas", "retiro de doble J en esa instancia"]},
    "Ingresa por dolor lumbar izquierdo cólico, fiebre de 38,8 °C y vómitos de 2 días de evolución en hombre de 46 años. Leucocitos 16.700/uL, PCR 204 mg/L y creatinina 1,9 mg/dL. PieloTC con cálculo de 8 mm en uréter proximal izquierdo e hidroureteronefrosis moderada. Se diagnostica cálculo del uréter (N20.1) con pionefrosis (N13.6) y se instala catéter doble J izquierdo por cistoscopía de urgencia. Urocultivo con Klebsiella pneumoniae sensible a ceftriaxona; recibe ceftriaxona (J01DD04) 2 g c/24h EV y metamizol (N02BB02) 1 g c/8h EV. Afebril a las 48 horas, con creatinina de 1,1 mg/dL. Alta al cuarto día con cefixima (J01DD08) 400 mg/día VO por 10 días, tamsulosina (G04CA02) 0,4 mg/día y ureteroscopía con litotricia electiva en 4 semanas, con retiro del doble J en esa instancia.",
    "Limpio (trampa): tamsulosina sin HPB pero indicada por litiasis ureteral/doble J (plausible).")
b.var([("cálculo del uréter (N20.1)", "cálculo del uréter (N20.4)")], "COD007", "N20.4 no existe en CIE-10; el input trae el mismo código erróneo.",
      inp_edit=lambda i: i["diagnosticos"][0].update(codigo="N20.4"))
b.clean([("y se instala catéter doble J izquierdo", "y se instala catéter ureteral izquierdo tipo pigtail")], "Limpio (trampa): 'catéter ureteral tipo pigtail' es sinónimo del doble J del input.")

# 52 Endocrinología: crisis addisoniana
b = Base(
    {"paciente": {"sexo": "Femenino", "edad": 39}, "servicio": "Endocrinología",
     "motivo_consulta": {"sintomas": ["vómitos", "dolor abdominal", "hipotensión", "astenia marcada"], "tiempo_evolucion": "3 días"},
     "antecedentes": [{"codigo": "E27.1", "nombre": "Insuficiencia suprarrenal primaria (enfermedad de Addison)"}],
     "medicamentos_habituales": [{"codigo": "H02AB09", "nombre": "Hidrocortisona", "dosis": "15 mg al día en dos tomas", "via": "oral"},
                                 {"codigo": "H02AA02", "nombre": "Fludrocortisona", "dosis": "0,1 mg al día", "via": "oral"}],
     "desencadenante": "gastroenteritis aguda", "signos_vitales": {"PA": "74/40 mmHg", "FC": "118 lpm"},
     "examenes": {"sodio": "124 mEq/L", "potasio": "5,9 mEq/L", "glicemia": "62 mg/dL"},
     "diagnosticos": [{"codigo": "E27.2", "nombre": "Crisis addisoniana"}],
     "tratamiento": [{"codigo": "H02AB09", "nombre": "Hidrocortisona", "dosis": "100 mg en bolo y luego 50 mg cada 6 horas", "via": "endovenosa"},
                     {"nombre": "Suero glucosalino", "dosis": "2 litros en 2 horas", "via": "endovenosa"}],
     "evolucion": ["PA 112/70 mmHg a las 12 horas", "sodio 135 mEq/L", "tolera vía oral"], "dias_hospitalizacion": 3,
     "tratamiento_alta": [{"codigo": "H02AB09", "nombre": "Hidrocortisona", "dosis": "30 mg al día por 3 días y luego 15 mg al día", "via": "oral"},
                          {"codigo": "H02AA02", "nombre": "Fludrocortisona", "dosis": "0,1 mg al día", "via": "oral"}],
     "indicaciones_alta": ["duplicar dosis de hidrocortisona en enfermedad intercurrente", "portar tarjeta de insuficiencia suprarrenal"]},
    "Ingresa por vómitos, dolor abdominal, hipotensión y astenia marcada de 3 días de evolución, desencadenados por gastroenteritis aguda, en mujer de 39 años con enfermedad de Addison (E27.1), usuaria de hidrocortisona (H02AB09) 15 mg/día en dos tomas y fludrocortisona (H02AA02) 0,1 mg/día. Al ingreso PA 74/40 mmHg y FC 118 lpm, con hiponatremia de 124 mEq/L, potasio 5,9 mEq/L y glicemia 62 mg/dL. Se diagnostica crisis addisoniana (E27.2) y se administra hidrocortisona 100 mg EV en bolo y luego 50 mg c/6h EV, más suero glucosalino 2 litros en 2 horas. A las 12 horas PA 112/70 mmHg, con sodio de 135 mEq/L y buena tolerancia oral. Alta al tercer día con hidrocortisona 30 mg/día VO por 3 días y luego 15 mg/día, fludrocortisona 0,1 mg/día, duplicar dosis en enfermedad intercurrente y portar tarjeta de insuficiencia suprarrenal.",
    "Limpio (trampa): 'hiponatremia' respaldada por sodio 124; 'enfermedad de Addison' nombra E27.1.")
b.var([("enfermedad de Addison (E27.1)", "enfermedad de Addison (E27.2)"), ("crisis addisoniana (E27.2)", "crisis addisoniana (E27.1)")], "COD005", "Códigos E27.1 y E27.2 intercambiados.")
b.var([("Ingresa por vómitos", "ingresa por vómitos")], "FMT001", "Empieza con minúscula ('ingresa por').")

# 53 Traumatología: infección de prótesis de rodilla derecha
b = Base(
    {"paciente": {"sexo": "Femenino", "edad": 72}, "servicio": "Traumatología",
     "motivo_consulta": {"sintomas": ["dolor y aumento de volumen de rodilla derecha", "fístula con secreción"], "tiempo_evolucion": "3 semanas"},
     "antecedentes": [{"codigo": "Z96.6", "nombre": "Prótesis total de rodilla derecha instalada hace 8 meses"}, {"codigo": "E11.9", "nombre": "Diabetes mellitus tipo 2"}],
     "medicamentos_habituales": [{"codigo": "A10BA02", "nombre": "Metformina", "dosis": "850 mg cada 12 horas"}],
     "examenes": {"PCR": "94 mg/L", "VHS": "82 mm/h", "cultivo intraoperatorio": "Staphylococcus epidermidis resistente a meticilina"},
     "diagnosticos": [{"codigo": "T84.5", "nombre": "Infección de prótesis articular de rodilla derecha"}],
     "procedimientos": ["Retiro de prótesis de rodilla derecha e instalación de espaciador de cemento con antibiótico (primer tiempo)", "Instalación de catéter PICC en brazo izquierdo"],
     "tratamiento": [{"codigo": "J01XA01", "nombre": "Vancomicina", "dosis": "1 g cada 12 horas ajustado por niveles", "via": "endovenosa"},
                     {"codigo": "J04AB02", "nombre": "Rifampicina", "dosis": "600 mg al día", "via": "oral"}],
     "evolucion": ["PCR 21 mg/L al alta", "herida sin secreción"], "dias_hospitalizacion": 14,
     "indicaciones_alta": ["completar 6 semanas de vancomicina por PICC en hospitalización domiciliaria", "descarga de extremidad", "reimplante protésico en segundo tiempo"]},
    "Ingresa por dolor y aumento de volumen de rodilla derecha con fístula y secreción de 3 semanas de evolución en mujer de 72 años con prótesis total de rodilla derecha (Z96.6) instalada hace 8 meses y DM2 (E11.9), usuaria de metformina (A10BA02) 850 mg c/12h. PCR 94 mg/L y VHS 82 mm/h. Se diagnostica infección de prótesis articular de rodilla derecha (T84.5), realizándose retiro de la prótesis e instalación de espaciador de cemento con antibiótico como primer tiempo. Cultivo intraoperatorio con Staphylococcus epidermidis resistente a meticilina, por lo que recibe vancomicina (J01XA01) 1 g c/12h EV ajustada por niveles y rifampicina (J04AB02) 600 mg/día VO, instalándose PICC en brazo izquierdo. Evoluciona con herida sin secreción y PCR de 21 mg/L. Alta tras 14 días para completar 6 semanas de vancomicina por PICC en hospitalización domiciliaria, descarga de extremidad y reimplante protésico en segundo tiempo.",
    "Limpio (trampa): rifampicina (ATC J04, antituberculoso) es plausible en infección protésica estafilocócica; rodilla derecha y PICC izquierdo ambos del input.")
b.var([("instalándose PICC en brazo izquierdo", "instalándose PICC en brazo derecho")], "HAL004", "PICC en brazo derecho; el input dice izquierdo.")

# 54 Geriatría: hipotensión ortostática en Parkinson
b = Base(
    {"paciente": {"sexo": "Masculino", "edad": 79}, "servicio": "Geriatría",
     "motivo_consulta": {"sintomas": ["caídas a repetición", "mareos al ponerse de pie"], "tiempo_evolucion": "1 mes"},
     "antecedentes": [{"codigo": "G20", "nombre": "Enfermedad de Parkinson"}, {"codigo": "N40", "nombre": "Hiperplasia prostática benigna"}],
     "medicamentos_habituales": [{"codigo": "N04BA02", "nombre": "Levodopa/carbidopa", "dosis": "250/25 mg cada 8 horas", "via": "oral"},
                                 {"codigo": "G04CA02", "nombre": "Tamsulosina", "dosis": "0,4 mg al día", "via": "oral"}],
     "signos_vitales": {"PA decúbito": "138/76 mmHg", "PA de pie": "96/58 mmHg"},
     "estudios": [{"nombre": "Radiografía de cadera y pelvis", "resultado": "sin fracturas"}],
     "diagnosticos": [{"codigo": "I95.1", "nombre": "Hipotensión ortostática"}],
     "tratamiento": ["suspensión de tamsulosina", "medias de compresión", "aumento de ingesta de sal y líquidos"],
     "evolucion": ["PA de pie 124/70 mmHg", "marcha con bastón sin caídas"], "dias_hospitalizacion": 5,
     "tratamiento_alta": [{"codigo": "N04BA02", "nombre": "Levodopa/carbidopa", "dosis": "250/25 mg cada 8 horas"}],
     "indicaciones_alta": ["levantarse en tres tiempos", "kinesioterapia", "control en geriatría en 2 semanas"]},
    "Ingresa por caídas a repetición y mareos al ponerse de pie de 1 mes de evolución en hombre de 79 años con enfermedad de Parkinson (G20) e hiperplasia prostática benigna (N40), usuario de levodopa/carbidopa (N04BA02) 250/25 mg c/8h y tamsulosina (G04CA02) 0,4 mg/día. PA en decúbito 138/76 mmHg y de pie 96/58 mmHg. Radiografía de cadera y pelvis sin fracturas. Se diagnostica hipotensión ortostática (I95.1), por lo que se suspende tamsulosina y se indican medias de compresión y aumento de ingesta de sal y líquidos. Evoluciona con PA de pie de 124/70 mmHg y marcha con bastón sin caídas. Alta al quinto día con levodopa/carbidopa 250/25 mg c/8h, levantarse en tres tiempos, kinesioterapia y control en geriatría en 2 semanas.",
    "Limpio (trampa): 'sin fracturas' es hallazgo negativo, no diagnóstico.")
b.var([("Radiografía de cadera y pelvis sin fracturas.", "Radiografía de cadera y pelvis con fractura de rama isquiopubiana.")], "HAL001", "Fractura afirmada; el input dice sin fracturas.")
b.var([("Ingresa por caídas", "Motivo de ingreso: Ingresa por caídas")], "FMT001", "Empieza con 'Motivo de ingreso:'.")
b.clean([("Ingresa por caídas", "  Ingresa por caídas")], "Limpio (trampa): espacios iniciales antes de 'Ingresa por' (la regla ignora el espacio inicial).")

# 55 UCI/toxicología: organofosforados
b = Base(
    {"paciente": {"sexo": "Masculino", "edad": 22, "ocupacion": "temporero agrícola"}, "servicio": "UCI",
     "motivo_consulta": "ingesta intencional de plaguicida organofosforado (clorpirifos) hace 2 horas",
     "examen_fisico": ["miosis", "sialorrea", "broncorrea", "fasciculaciones", "Glasgow 9"],
     "examenes": {"colinesterasa plasmática": "480 U/L", "pH": "7,28"},
     "diagnosticos": [{"codigo": "T60.0", "nombre": "Intoxicación por plaguicidas organofosforados"},
                      {"codigo": "X68", "nombre": "Autoenvenenamiento intencional por plaguicidas"}],
     "procedimientos": ["Descontaminación cutánea", "Intubación orotraqueal", "Ventilación mecánica invasiva por 4 días"],
     "tratamiento": [{"codigo": "A03BA01", "nombre": "Atropina", "dosis": "bolos de 2 mg hasta atropinización, luego infusión", "via": "endovenosa"},
                     {"codigo": "V03AB04", "nombre": "Pralidoxima", "dosis": "30 mg/kg en bolo y luego 8 mg/kg/h", "via": "endovenosa"}],
     "evolucion": ["extubación al quinto día", "evaluación por psiquiatría: riesgo suicida moderado"], "dias_hospitalizacion": 8,
     "destino": "traslado a unidad de psiquiatría de corta estadía"},
    "Ingresa por ingesta intencional de plaguicida organofosforado (clorpirifos) hace 2 horas en hombre de 22 años, temporero agrícola. Al ingreso miosis, sialorrea, broncorrea, fasciculaciones y Glasgow 9, con colinesterasa plasmática de 480 U/L y pH 7,28. Se diagnostica intoxicación por plaguicidas organofosforados (T60.0) por autoenvenenamiento intencional por plaguicidas (X68). Se realiza descontaminación cutánea, intubación orotraqueal y VMI por 4 días, con atropina (A03BA01) EV en bolos de 2 mg hasta atropinización y luego en infusión, más pralidoxima (V03AB04) 30 mg/kg en bolo y luego 8 mg/kg/h EV. Se extuba al quinto día. Evaluado por psiquiatría, presenta riesgo suicida moderado, por lo que se traslada a unidad de psiquiatría de corta estadía tras 8 días de hospitalización.",
    "Limpio (trampa): '(clorpirifos)' es un paréntesis sin código; atropina como antídoto es plausible.")
b.var([("por autoenvenenamiento intencional por plaguicidas (X68)", "por autoenvenenamiento intencional por plaguicidas")], "COD006", "X68 del input no aparece en el output.")
b.var([("Se extuba al quinto día.", "Se extuba al quinto día.<br>")], "FMT002", "Etiqueta HTML <br>.")

# 56 Dermatología: pénfigo vulgar
b = Base(
    {"paciente": {"sexo": "Femenino", "edad": 54}, "servicio": "Dermatología",
     "motivo_consulta": {"sintomas": ["erosiones orales dolorosas", "ampollas flácidas en tronco y cuero cabelludo"], "tiempo_evolucion": "2 meses"},
     "antecedentes": [{"codigo": "E03.9", "nombre": "Hipotiroidismo"}],
     "medicamentos_habituales": [{"codigo": "H03AA01", "nombre": "Levotiroxina", "dosis": "100 mcg al día"}],
     "examen_fisico": ["signo de Nikolsky positivo", "compromiso de 15% de superficie corporal"],
     "procedimientos": ["Biopsia de piel con inmunofluorescencia directa: depósitos intercelulares de IgG y C3"],
     "tamizaje_previo": "VHB, VHC, VIH y PPD negativos",
     "diagnosticos": [{"codigo": "L10.0", "nombre": "Pénfigo vulgar"}],
     "tratamiento": [{"codigo": "H02AB07", "nombre": "Prednisona", "dosis": "1 mg/kg/día", "via": "oral"},
                     {"codigo": "L01FA01", "nombre": "Rituximab", "dosis": "1 g, primera dosis", "via": "endovenosa"},
                     {"codigo": "A01AB03", "nombre": "Clorhexidina colutorio", "dosis": "cada 8 horas", "via": "bucal"}],
     "evolucion": ["reepitelización parcial de erosiones", "sin nuevas ampollas"], "dias_hospitalizacion": 9,
     "tratamiento_alta": [{"codigo": "H02AB07", "nombre": "Prednisona", "dosis": "60 mg al día en descenso", "via": "oral"},
                          {"codigo": "H03AA01", "nombre": "Levotiroxina", "dosis": "100 mcg al día"}],
     "indicaciones_alta": ["segunda dosis de rituximab en 2 semanas", "control en dermatología"]},
    "Ingresa por erosiones orales dolorosas y ampollas flácidas en tronco y cuero cabelludo de 2 meses de evolución en mujer de 54 años con hipotiroidismo (E03.9), usuaria de levotiroxina (H03AA01) 100 mcg/día. Al examen, signo de Nikolsky positivo y compromiso del 15% de la superficie corporal. Biopsia de piel con inmunofluorescencia directa que muestra depósitos intercelulares de IgG y C3, confirmando pénfigo vulgar (L10.0). Con tamizaje de VHB, VHC, VIH y PPD negativos, se inicia prednisona (H02AB07) 1 mg/kg/día VO y primera dosis de rituximab (L01FA01) 1 g EV, más clorhexidina colutorio (A01AB03) c/8h. Evoluciona sin nuevas ampollas y con reepitelización parcial de las erosiones. Alta al noveno día con prednisona 60 mg/día en descenso, levotiroxina 100 mcg/día, segunda dosis de rituximab en 2 semanas y control en dermatología.",
    "Limpio: tamizaje negativo no afirma VIH ni TBC; levotiroxina indicada por hipotiroidismo.")
b.var([("se inicia prednisona (H02AB07) 1 mg/kg/día VO y primera dosis de rituximab (L01FA01) 1 g EV",
        "se inicia prednisona 1 mg/kg/día VO y primera dosis de rituximab 1 g EV (H02AB07, L01FA01)")], "COD003", "Dos ATC comparten un mismo paréntesis.")
b.var([("compromiso del 15% de la superficie corporal", "compromiso del 25% de la superficie corporal")], "HAL002", "25% no está en el input (15%).")
b.var([("rituximab (L01FA01) 1 g EV", "rituximab (L01FA01) 1 g SC")], "HAL003", "Rituximab subcutáneo; el input lo da endovenoso.")

# 57 Pediatría: GEA por rotavirus con deshidratación
b = Base(
    {"paciente": {"sexo": "F", "edad": "11 meses", "peso": "8,4 kg"}, "acompanante": "padre", "servicio": "Pediatría",
     "motivo_consulta": {"sintomas": ["diarrea líquida 10 veces al día", "vómitos", "rechazo alimentario"], "tiempo_evolucion": "2 días"},
     "examen_fisico": ["mucosas secas", "llene capilar 3 segundos", "fontanela deprimida"],
     "examenes": {"sodio": "134 mEq/L", "potasio": "3,3 mEq/L", "bicarbonato": "15 mEq/L", "rotavirus en deposiciones": "positivo"},
     "diagnosticos": [{"codigo": "A08.0", "nombre": "Enteritis por rotavirus"}, {"codigo": "E86", "nombre": "Deshidratación moderada"}],
     "tratamiento": [{"nombre": "Suero glucosalino con potasio", "dosis": "fase de reposición en 6 horas", "via": "endovenosa"},
                     {"codigo": "A04AA01", "nombre": "Ondansetrón", "dosis": "0,15 mg/kg dosis única", "via": "endovenosa"}],
     "evolucion": ["tolera sales de rehidratación oral", "diuresis adecuada", "sin vómitos"], "dias_hospitalizacion": 2,
     "indicaciones_alta": ["SRO después de cada deposición", "lactancia y alimentación habitual", "control en APS en 48 horas"]},
    "Ingresa por diarrea líquida 10 veces al día, vómitos y rechazo alimentario de 2 días de evolución en lactante de 11 meses y 8,4 kg. Al examen mucosas secas, llene capilar de 3 segundos y fontanela deprimida. Sodio 134 mEq/L, potasio 3,3 mEq/L, bicarbonato 15 mEq/L y rotavirus positivo en deposiciones. Se diagnostica enteritis por rotavirus (A08.0) con deshidratación moderada (E86) y se indica reposición EV con suero glucosalino con potasio en 6 horas y ondansetrón (A04AA01) 0,15 mg/kg EV en dosis única. Evoluciona sin vómitos, con diuresis adecuada y buena tolerancia a las sales de rehidratación oral. Alta al segundo día, acompañada por su padre, con SRO después de cada deposición, lactancia y alimentación habitual, y control en APS en 48 horas.",
    "Limpio (trampa): 'su padre' es otra persona; 'acompañada' concuerda con la lactante.")
b.var([("en lactante de 11 meses", "en lactante de 10 meses")], "DEM001", "10 meses (el 10 del input es el número de deposiciones) contradice los 11 meses.")
b.var([("enteritis por rotavirus (A08.0) con deshidratación moderada (E86)", "enteritis por rotavirus con deshidratación moderada (A08.0; E86)")], "COD001", "Dos códigos CIE-10 en un mismo paréntesis.")
b.var([("enteritis por rotavirus (A08.0)", "enteritis por rotavirus (A08.6)")], "COD007", "A08.6 no existe en CIE-10; el input trae el mismo código erróneo.",
      inp_edit=lambda i: i["diagnosticos"][0].update(codigo="A08.6"))

# 58 Cirugía general: hernia inguinal derecha atascada
b = Base(
    {"paciente": {"sexo": "Masculino", "edad": 68}, "servicio": "Cirugía General",
     "motivo_consulta": {"sintomas": ["aumento de volumen doloroso e irreductible en región inguinal derecha", "náuseas"], "tiempo_evolucion": "10 horas"},
     "antecedentes": [{"codigo": "I10", "nombre": "Hipertensión arterial"}],
     "medicamentos_habituales": [{"codigo": "C09AA02", "nombre": "Enalapril", "dosis": "10 mg cada 12 horas"}],
     "examenes": {"leucocitos": "10.900/uL", "lactato": "1,6 mmol/L"},
     "diagnosticos": [{"codigo": "K40.3", "nombre": "Hernia inguinal unilateral con obstrucción, sin gangrena"}],
     "procedimientos": ["Hernioplastía inguinal derecha con malla, técnica de Lichtenstein"],
     "hallazgos": "saco herniario con asa de íleon viable, sin requerir resección intestinal",
     "tratamiento": [{"codigo": "J01DB04", "nombre": "Cefazolina", "dosis": "2 g profilaxis", "via": "endovenosa"},
                     {"codigo": "M01AB15", "nombre": "Ketorolaco", "dosis": "30 mg cada 8 horas", "via": "endovenosa"}],
     "evolucion": ["deambulación precoz", "tolera régimen"], "dias_hospitalizacion": 2,
     "tratamiento_alta": [{"codigo": "N02BE01", "nombre": "Paracetamol", "dosis": "1 g cada 8 horas", "via": "oral"}],
     "indicaciones_alta": ["no levantar peso por 4 semanas", "control en policlínico de cirugía en 7 días"]},
    "Ingresa por aumento de volumen doloroso e irreductible en región inguinal derecha, asociado a náuseas, de 10 horas de evolución, en hombre de 68 años con HTA (I10), usuario de enalapril (C09AA02) 10 mg c/12h. Leucocitos 10.900/uL y lactato 1,6 mmol/L. Se diagnostica hernia inguinal unilateral con obstrucción, sin gangrena (K40.3), y se realiza hernioplastía inguinal derecha con malla según técnica de Lichtenstein, encontrándose saco herniario con asa de íleon viable, sin requerir resección intestinal. Recibe cefazolina (J01DB04) 2 g EV como profilaxis y ketorolaco (M01AB15) 30 mg c/8h EV. Evoluciona con deambulación precoz y buena tolerancia al régimen. Alta al segundo día con paracetamol (N02BE01) 1 g c/8h VO, no levantar peso por 4 semanas y control en policlínico de cirugía en 7 días.",
    "Limpio (trampa): cefazolina como profilaxis quirúrgica es plausible; 'sin requerir resección' es negación.")
b.var([("Ingresa por aumento", "Epicrisis. Ingresa por aumento")], "FMT001", "Empieza con 'Epicrisis.'.")

# 59 Psiquiatría de enlace: delirium tremens
b = Base(
    {"paciente": {"sexo": "Masculino", "edad": 49}, "servicio": "Medicina Interna / Psiquiatría de enlace",
     "motivo_consulta": {"sintomas": ["temblor", "alucinaciones visuales", "agitación", "sudoración"], "tiempo_evolucion": "2 días, tras suspensión brusca del consumo de alcohol"},
     "antecedentes": [{"codigo": "F10.2", "nombre": "Dependencia de alcohol"}, {"codigo": "K70.0", "nombre": "Hígado graso alcohólico"}],
     "signos_vitales": {"FC": "124 lpm", "T": "37,9 °C", "PA": "162/94 mmHg"},
     "examenes": {"GGT": "386 U/L", "magnesio": "1,4 mg/dL", "VCM": "104 fL", "CIWA-Ar": "28 puntos"},
     "diagnosticos": [{"codigo": "F10.4", "nombre": "Síndrome de abstinencia alcohólica con delirium"}],
     "tratamiento": [{"codigo": "N05BA06", "nombre": "Lorazepam", "dosis": "2 mg cada 6 horas según CIWA", "via": "oral"},
                     {"codigo": "A11DA01", "nombre": "Tiamina", "dosis": "300 mg cada 8 horas", "via": "endovenosa"},
                     {"nombre": "Sulfato de magnesio", "dosis": "2 g", "via": "endovenosa"}],
     "evolucion": ["resolución del delirium al cuarto día", "CIWA-Ar 4 al alta"], "dias_hospitalizacion": 7,
     "tratamiento_alta": [{"codigo": "A11DA01", "nombre": "Tiamina", "dosis": "100 mg al día", "via": "oral"}],
     "indicaciones_alta": ["abstinencia de alcohol", "derivación a programa de alcohol y drogas", "control en APS en 2 semanas"]},
    "Ingresa por temblor, alucinaciones visuales, agitación y sudoración de 2 días de evolución, tras suspensión brusca del consumo de alcohol, en hombre de 49 años con dependencia de alcohol (F10.2) e hígado graso alcohólico (K70.0). Al ingreso FC 124 lpm, T 37,9 °C y PA 162/94 mmHg; GGT 386 U/L, magnesio 1,4 mg/dL, VCM 104 fL y CIWA-Ar de 28 puntos. Se diagnostica síndrome de abstinencia alcohólica con delirium (F10.4) y se trata con lorazepam (N05BA06) 2 mg c/6h VO según CIWA, tiamina (A11DA01) 300 mg c/8h EV y sulfato de magnesio 2 g EV, sin necesidad de antipsicóticos. Se resuelve el delirium al cuarto día, con CIWA-Ar de 4 al alta. Alta al séptimo día con tiamina 100 mg/día VO, abstinencia de alcohol, derivación a programa de alcohol y drogas y control en APS en 2 semanas.",
    "Limpio (trampa): 'sin necesidad de antipsicóticos' es negación.")
b.var([("lorazepam (N05BA06) 2 mg c/6h VO", "lorazepam (N05BA06) 2 mg c/8h VO")], "HAL003", "Lorazepam c/8h; el input dice cada 6 horas (8 es de la tiamina).")
b.var([("sin necesidad de antipsicóticos", "agregándose haloperidol EV por agitación")], "HAL001", "Haloperidol no figura en el input.")
b.var([("Se resuelve el delirium al cuarto día, con CIWA-Ar de 4 al alta.", "Se resuelve el delirium al cuarto día, con CIWA-Ar de 4 al alta. Se resuelve el delirium al cuarto día, con CIWA-Ar de 4 al alta.")], "REP001", "Oración repetida literalmente.")

# 60 Medicina interna: anemia perniciosa ("vitamina B12" no es código)
b = Base(
    {"paciente": {"sexo": "Femenino", "edad": 66}, "servicio": "Medicina Interna",
     "motivo_consulta": {"sintomas": ["astenia", "parestesias en pies", "glositis"], "tiempo_evolucion": "3 meses"},
     "antecedentes": [{"codigo": "E03.9", "nombre": "Hipotiroidismo autoinmune"}],
     "medicamentos_habituales": [{"codigo": "H03AA01", "nombre": "Levotiroxina", "dosis": "50 mcg al día"}],
     "examenes": {"hemoglobina": "7,4 g/dL", "VCM": "118 fL", "vitamina B12": "84 pg/ml", "LDH": "1.240 U/L", "anticuerpos anti factor intrínseco": "positivos"},
     "diagnosticos": [{"codigo": "D51.0", "nombre": "Anemia por deficiencia de vitamina B12 debida a anemia perniciosa"}],
     "tratamiento": [{"codigo": "B03BA01", "nombre": "Cianocobalamina", "dosis": "1.000 mcg al día", "via": "intramuscular"},
                     {"codigo": "B03BB01", "nombre": "Ácido fólico", "dosis": "5 mg al día", "via": "oral"}],
     "evolucion": ["crisis reticulocitaria al quinto día", "hemoglobina 8,9 g/dL al alta", "sin requerimiento transfusional"], "dias_hospitalizacion": 6,
     "tratamiento_alta": [{"codigo": "B03BA01", "nombre": "Cianocobalamina", "dosis": "1.000 mcg semanal por 4 semanas y luego mensual", "via": "intramuscular"}],
     "indicaciones_alta": ["endoscopia digestiva alta ambulatoria", "control de hemograma en 2 semanas"]},
    "Ingresa por astenia, parestesias en pies y glositis de 3 meses de evolución en mujer de 66 años con hipotiroidismo autoinmune (E03.9), usuaria de levotiroxina (H03AA01) 50 mcg/día. Hemoglobina 7,4 g/dL, VCM 118 fL, vitamina B12 de 84 pg/ml, LDH 1.240 U/L y anticuerpos anti factor intrínseco positivos. Se diagnostica anemia por deficiencia de vitamina B12 debida a anemia perniciosa (D51.0) y se inicia cianocobalamina (B03BA01) 1.000 mcg/día IM y ácido fólico (B03BB01) 5 mg/día VO, sin requerir transfusión. Presenta crisis reticulocitaria al quinto día y hemoglobina de 8,9 g/dL al alta. Alta al sexto día con cianocobalamina 1.000 mcg IM semanal por 4 semanas y luego mensual, endoscopia digestiva alta ambulatoria y control de hemograma en 2 semanas.",
    "Limpio (trampa): 'vitamina B12' parece un código CIE-10 sin paréntesis pero es el nombre de la vitamina.")
b.var([("sin requerir transfusión", "requiriendo transfusión de glóbulos rojos")], "HAL001", "Transfusión afirmada; el input dice sin requerimiento transfusional.")
b.var([("cianocobalamina (B03BA01) 1.000 mcg/día IM", "cianocobalamina (B03BA01) 1.000 mcg/día VO")], "HAL003", "Cianocobalamina VO; el input la da intramuscular.")
b.var([], "COD004", "B03BB01 (ácido fólico) en el output; el input trae el ácido fólico sin código.",
      inp_edit=lambda i: i["tratamiento"][1].pop("codigo"))

# 61 ORL: parálisis de Bell izquierda
b = Base(
    {"paciente": {"sexo": "Femenino", "edad": 41}, "servicio": "Otorrinolaringología",
     "motivo_consulta": {"sintomas": ["desviación de comisura labial a derecha", "imposibilidad de cerrar ojo izquierdo", "otalgia izquierda"], "tiempo_evolucion": "1 día"},
     "antecedentes": [], "examen_fisico": ["parálisis facial periférica izquierda House-Brackmann IV", "otoscopia sin vesículas"],
     "estudios": [{"nombre": "TC de cerebro", "resultado": "sin hallazgos"}],
     "diagnosticos": [{"codigo": "G51.0", "nombre": "Parálisis de Bell"}],
     "tratamiento": [{"codigo": "H02AB07", "nombre": "Prednisona", "dosis": "60 mg al día por 5 días y luego descenso", "via": "oral"},
                     {"codigo": "J05AB11", "nombre": "Valaciclovir", "dosis": "1 g cada 8 horas por 7 días", "via": "oral"},
                     {"codigo": "S01XA20", "nombre": "Lágrimas artificiales", "dosis": "cada 2 horas", "via": "oftálmica"}],
     "evolucion": ["sin progresión del déficit"], "dias_hospitalizacion": 2,
     "indicaciones_alta": ["oclusión ocular nocturna del ojo izquierdo", "kinesioterapia facial", "control en ORL en 1 semana"]},
    "Ingresa por desviación de la comisura labial hacia la derecha, imposibilidad de cerrar el ojo izquierdo y otalgia izquierda de 1 día de evolución en mujer de 41 años sin antecedentes. Al examen, parálisis facial periférica izquierda House-Brackmann IV, con otoscopia sin vesículas. TC de cerebro sin hallazgos. Se diagnostica parálisis de Bell (G51.0) y se inicia prednisona (H02AB07) 60 mg/día VO por 5 días y luego en descenso, valaciclovir (J05AB11) 1 g c/8h VO por 7 días y lágrimas artificiales (S01XA20) c/2h. Evoluciona sin progresión del déficit. Alta al segundo día con oclusión ocular nocturna del ojo izquierdo, kinesioterapia facial y control en ORL en 1 semana.",
    "Limpio (trampa): comisura desviada a la derecha y parálisis izquierda son coherentes con el input.")
b.var([("parálisis facial periférica izquierda House-Brackmann IV", "parálisis facial periférica derecha House-Brackmann IV")], "HAL004", "Parálisis facial derecha; el input dice izquierda.")
b.var([("en mujer de 41 años", "en hombre de 41 años")], "DEM001", "Hombre cuando el input dice femenino.")
b.var([], "FMT003", "Demasiado corto (menos de 80 palabras), códigos completos.",
      out="Ingresa por parálisis facial periférica izquierda de 1 día de evolución en mujer de 41 años sin antecedentes. Se diagnostica parálisis de Bell (G51.0) y se trata con prednisona (H02AB07), valaciclovir (J05AB11) y lágrimas artificiales (S01XA20). Alta al segundo día con oclusión ocular nocturna del ojo izquierdo, kinesioterapia facial y control en ORL en 1 semana.")
