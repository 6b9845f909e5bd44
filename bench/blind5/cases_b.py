# -*- coding: utf-8 -*-
"""blind5 cases, part B: psychiatry, oncology/haematology, nephrology, neurology, paediatrics."""

CASES = []
C = CASES.append

# b01 Chile, psiquiatría, depresión grave con intento suicida
C(dict(key="b01", fmt="cl", scen=dict(
    sex="F", age=23, service="Psiquiatría", motivo=["ánimo bajo", "ideación suicida", "ingesta de 20 comprimidos de clonazepam"], tiempo="3 semanas",
    ant=[("F60.3", "Trastorno de personalidad limítrofe")],
    labs={"TSH": "2,1 mUI/L", "benzodiacepinas en orina": "positivo"},
    dx=[("F32.2", "Episodio depresivo grave sin síntomas psicóticos"), ("T42.4", "Intoxicación por benzodiacepinas")],
    tto=[("N06AB06", "Sertralina", "50 mg al día", "oral"), ("N05AH04", "Quetiapina", "25 mg en la noche", "oral")],
    evo=["sin ideación suicida activa al alta", "mejoría del ánimo", "buena adherencia a terapia grupal"], dias=14,
    alta=[("N06AB06", "Sertralina", "100 mg al día", "oral"), ("N05AH04", "Quetiapina", "25 mg en la noche", "oral")],
    indic=["control con psiquiatra en 7 días", "resguardo de medicamentos por familiar", "plan de seguridad"]),
    out="Ingresa por ánimo bajo de 3 semanas de evolución con ideación suicida e ingesta de 20 comprimidos de clonazepam, pcte de 23 años con antecedente de TLP (F60.3). Benzodiacepinas en orina positivo y TSH 2,1 mUI/L, se diagnostica intoxicación por benzodiacepinas (T42.4) y episodio depresivo grave sin síntomas psicóticos (F32.2). No requirió flumazenil. Se inicia sertralina (N06AB06) 50 mg al día vo titulando a 100 mg y quetiapina (N05AH04) 25 mg en la noche, con buena adherencia a terapia grupal y mejoría del ánimo. Al alta sin ideación suicida activa, tras 14 días hospitalizada, con plan de seguridad, resguardo de medicamentos por familiar y control con psiquiatra en 7 días.",
    note="Trampa: clonazepam es la sustancia ingerida (sí está en el input) y flumazenil aparece negado.",
    muts=[
        ("DEM001", [("tras 14 días hospitalizada", "tras 14 días hospitalizado")], "Concordancia masculina 'hospitalizado' en paciente mujer."),
        ("HAL001", [("No requirió flumazenil.", "Se administró flumazenil.")], "Flumazenil administrado; no figura en el input."),
        ("HAL003", [("sertralina (N06AB06) 50 mg al día vo", "sertralina (N06AB06) 50 mg c/12h vo")], "Sertralina c/12h; el input dice al día (el 12 aparece en otra indicación).", lambda s: s["indic"].append("reevaluar en 12 semanas")),
        ("COD006", [("antecedente de TLP (F60.3)", "antecedente de TLP")], "Falta el código F60.3 del antecedente."),
        ("", [("pcte de 23 años", "pcte de veintitrés años")], "Trampa: edad escrita en palabras (veintitrés = 23); limpio."),
        ("", [("ingesta de 20 comprimidos de clonazepam", "ingesta de 20 comprimidos de Ravotril")], "Trampa: Ravotril, marca de clonazepam presente en el input; limpio."),
    ]))

# b02 México, oncología, neutropenia febril en cáncer de mama (flat)
C(dict(key="b02", fmt="mx_flat", scen=dict(
    folio="ONC-77", sex="F", age=52, service="Oncología Médica", motivo=["fiebre de 38,6 °C", "odinofagia"], tiempo="1 día",
    ant=[("C50.9", "Cáncer de mama izquierda en quimioterapia")],
    labs={"neutrofilos_absolutos": "320/mm3", "hemoglobina": "10,3 g/dL", "plaquetas": "98000", "PCR": "64 mg/L"},
    dx=[("D70", "Neutropenia febril")],
    tto=[("J01DE01", "Cefepime", "2 g cada 8 horas", "intravenosa"), ("L03AA02", "Filgrastim", "300 mcg cada 24 horas", "subcutánea"), ("N02BE01", "Paracetamol", "1 g cada 8 horas", "intravenosa")],
    evo=["afebril a las 72 horas", "neutrófilos 1800/mm3 al día 5", "hemocultivos negativos"], dias=6,
    alta=[("J01MA02", "Ciprofloxacino", "500 mg cada 12 horas por 5 días", "oral")], indic=["cita en oncología para siguiente ciclo"]),
    out="Ingresa por fiebre de 38,6 °C y odinofagia de 1 día de evolución, femenina de 52 años con Ca de mama izquierda en quimioterapia (C50.9). Neutrófilos absolutos 320/mm3, Hb 10,3 g/dL, plaquetas 98000 y PCR 64 mg/L, se integra neutropenia febril (D70). Recibe cefepime (J01DE01) 2 g IV c/8h, filgrastim (L03AA02) 300 mcg SC c/24h y paracetamol (N02BE01) 1 g IV c/8h. Afebril a las 72 horas con hemocultivos negativos y neutrófilos de 1800/mm3 al día 5. Egresa a los 6 días con ciprofloxacino (J01MA02) 500 mg VO c/12h por 5 días y cita en oncología para siguiente ciclo.",
    note="Limpio: Ca de mama por cáncer de mama, neutropenia respaldada por 320/mm3.",
    muts=[
        ("HAL004", [("Ca de mama izquierda", "Ca de mama derecha")], "Mama derecha; el input dice izquierda."),
        ("HAL001", [("se integra neutropenia febril (D70)", "se integra neutropenia febril (D70) con trombocitopenia severa")], "Trombocitopenia severa contradicha por plaquetas 98000 del input."),
        ("FMT001", [("Ingresa por fiebre", "ingresa por fiebre")], "Empieza con minúscula 'ingresa por' (se exige mayúscula exacta)."),
        ("HAL002", [("fiebre de 38,6 °C", "fiebre de 39,2 °C")], "Temperatura 39,2 no presente en el input (38,6)."),
        ("", [("fiebre de 38,6 °C", "fiebre de 38.6 °C")], "Trampa: 38.6 con punto frente a 38,6 del input; limpio."),
    ]))

# b03 Argentina, nefrología, ERC en hemodiálisis con hiperkalemia (texto libre)
C(dict(key="b03", fmt="text", scen=dict(
    sex="M", age=59, service="Nefrología", motivo=["debilidad muscular", "omisión de sesión de hemodiálisis"], tiempo="2 días",
    ant=[("N18.5", "Enfermedad renal crónica estadio 5"), ("Z99.2", "Hemodiálisis trisemanal por fístula arteriovenosa braquiocefálica izquierda"), ("I10", "Hipertensión arterial")],
    hab=[("B03XA01", "Eritropoyetina", "4000 UI tres veces por semana", "subcutánea"), ("V03AE02", "Sevelamer", "800 mg con cada comida", "oral")],
    labs={"potasio": "7,1 mEq/L", "bicarbonato": "16 mEq/L", "urea": "210 mg/dL"},
    estudios=["ECG: ondas T picudas"],
    dx=[("E87.5", "Hiperkalemia severa")], proc=["Hemodiálisis de urgencia"],
    tto=[("A12AA03", "Gluconato de calcio", "10 mL al 10%", "endovenosa"), ("A10AB01", "Insulina corriente", "10 UI con dextrosa", "endovenosa"), ("R03AC02", "Salbutamol", "nebulizado", "inhalatoria")],
    evo=["potasio post diálisis 4,3 mEq/L", "ECG normalizado"], dias=2,
    indic=["no faltar a hemodiálisis", "dieta baja en potasio"]),
    out="Ingresa por debilidad muscular de 2 días de evolución tras omitir una sesión de hemodiálisis, paciente masculino de 59 años con ERC estadio 5 (N18.5) en HD trisemanal por FAV braquiocefálica izquierda (Z99.2) e HTA (I10), en tratamiento con eritropoyetina (B03XA01) 4000 UI tres veces por semana y sevelamer (V03AE02) 800 mg con cada comida. K 7,1 mEq/L, bicarbonato 16 mEq/L, urea 210 mg/dL y ECG con T picudas, se diagnostica hiperkalemia severa (E87.5). Recibe gluconato de calcio (A12AA03) 10 mL al 10% EV, insulina corriente (A10AB01) 10 UI con dextrosa EV y salbutamol (R03AC02) nebulizado, y se realiza hemodiálisis de urgencia. Potasio post diálisis 4,3 mEq/L con ECG normalizado, alta a los 2 días con dieta baja en potasio y pautas de no faltar a HD.",
    note="Trampa: insulina y salbutamol sin diabetes ni asma, pero indicados para hiperkalemia; hiperkalemia respaldada por K 7,1.",
    muts=[
        ("HAL004", [("FAV braquiocefálica izquierda", "FAV braquiocefálica derecha")], "FAV derecha; el input dice izquierda."),
        ("HAL001", [("se diagnostica hiperkalemia severa (E87.5)", "se diagnostica hiperkalemia severa (E87.5) con acidosis metabólica y edema agudo de pulmón")], "Edema agudo de pulmón no figura en el input."),
        ("HAL003", [("gluconato de calcio (A12AA03) 10 mL al 10% EV", "gluconato de calcio (A12AA03) 10 mL al 10% VO")], "Gluconato de calcio por vía oral; input endovenosa."),
        ("", [("paciente masculino de 59 años", "varón de 59 años")], "Trampa: 'varón' como sinónimo de masculino; limpio."),
    ]))

# b04 España, neurología, ictus isquémico con trombólisis (FHIR)
C(dict(key="b04", fmt="fhir", scen=dict(
    sex="M", dob="1956-06-30", adm="2026-09-14", service="Neurología - Unidad de Ictus",
    motivo=["hemiparesia derecha", "afasia motora"], tiempo="90 minutos",
    ant=[("I10", "Hipertensión arterial"), ("I48.9", "Fibrilación auricular no anticoagulada")],
    labs={"NIHSS ingreso": "12", "glucemia": "134 mg/dL", "INR": "1,0"},
    estudios=["TC craneal sin hemorragia", "Angio-TC: oclusión de M1 de arteria cerebral media izquierda"],
    dx=[("I63.9", "Ictus isquémico de arteria cerebral media izquierda")], proc=["Trombólisis intravenosa", "Trombectomía mecánica"],
    tto=[("B01AD02", "Alteplasa", "0,9 mg/kg", "intravenosa"), ("C10AA05", "Atorvastatina", "80 mg cada 24 horas", "oral")],
    evo=["NIHSS al alta 3", "disfagia resuelta", "inicio de apixabán al día 6"], dias=9,
    alta=[("B01AF02", "Apixabán", "5 mg cada 12 horas", "oral"), ("C10AA05", "Atorvastatina", "80 mg cada 24 horas", "oral")],
    indic=["rehabilitación logopédica", "control de TA"]),
    out="Ingresa por hemiparesia derecha y afasia motora de 90 minutos de evolución, varón con HTA (I10) y FA no anticoagulada (I48.9). NIHSS 12, glucemia 134 mg/dL e INR 1,0, TC craneal sin hemorragia y angio-TC con oclusión de M1 de ACM izquierda, JC ictus isquémico de arteria cerebral media izquierda (I63.9). Se realiza trombólisis iv con alteplasa (B01AD02) 0,9 mg/kg seguida de trombectomía mecánica, y se inicia atorvastatina (C10AA05) 80 mg c/24h. Evoluciona con disfagia resuelta y NIHSS al alta 3, se inicia anticoagulación con apixabán (B01AF02) 5 mg c/12h al día 6. Alta tras 9 días con apixabán, atorvastatina, rehabilitación logopédica y control de TA.",
    note="Trampa: hemiparesia derecha con lesión de ACM izquierda es coherente (lados distintos para estructuras distintas, ambos en el input).",
    muts=[
        ("HAL004", [("oclusión de M1 de ACM izquierda", "oclusión de M1 de ACM derecha")], "ACM derecha; el input dice izquierda."),
        ("HAL004", [("Ingresa por hemiparesia derecha", "Ingresa por hemiparesia izquierda")], "Hemiparesia izquierda; el input dice derecha."),
        ("HAL003", [("apixabán (B01AF02) 5 mg c/12h", "apixabán (B01AF02) 5 mg c/24h")], "Apixabán c/24h; input cada 12 horas (24 aparece para atorvastatina)."),
        ("DEM001", [("varón con HTA", "varón de 12 años con HTA")], "Edad 12 años (cifra del NIHSS) contradice las fechas de nacimiento 1956 e ingreso 2026."),
        ("CLN001", [("y se inicia atorvastatina (C10AA05) 80 mg c/24h.", "y se inicia atorvastatina (C10AA05) 80 mg c/24h y alopurinol (M04AA01) 300 mg c/24h.")],
         "Alopurinol sin gota ni hiperuricemia entre los diagnósticos.", lambda s: s["tto"].append(("M04AA01", "Alopurinol", "300 mg cada 24 horas", "oral"))),
    ]))

# b05 Chile, pediatría, bronquiolitis (lista de strings)
C(dict(key="b05", fmt="lines", scen=dict(
    sex="F", age="4 meses", service="Pediatría", motivo=["tos", "dificultad respiratoria", "rechazo alimentario"], tiempo="3 días",
    labs={"panel viral": "VRS positivo", "SatO2": "88%", "FR": "62 rpm"},
    estudios=["Rx tórax: hiperinsuflación y atelectasia laminar derecha"],
    dx=[("J21.9", "Bronquiolitis aguda por VRS")], proc=["Oxigenoterapia por naricera", "Kinesioterapia respiratoria"],
    tto=[(None, "Suero fisiológico", "aseo nasal cada 4 horas", "nasal")],
    evo=["destete de oxígeno al día 4", "alimentación oral completa"], dias=5,
    indic=["control en consultorio en 48 horas", "signos de alarma"]),
    out="Ingresa por tos, dificultad respiratoria y rechazo alimentario de 3 días de evolución, lactante femenina de 4 meses con panel viral VRS positivo, SatO2 88% y FR 62 rpm. Rx de tórax con hiperinsuflación y atelectasia laminar derecha, se diagnostica bronquiolitis aguda por VRS (J21.9). Se maneja con oxigenoterapia por naricera, aseo nasal con suero fisiológico c/4h y kinesioterapia respiratoria, no se indican broncodilatadores ni corticoides. Evoluciona favorablemente, destete de oxígeno al día 4 y alimentación oral completa. Alta a los 5 días, madre acompañante instruida en signos de alarma y control en consultorio en 48 horas.",
    note="Trampa: 'madre acompañante' es femenino pero refiere a otra persona; broncodilatadores y corticoides negados.",
    muts=[
        ("DEM001", [("lactante femenina de 4 meses", "lactante femenina de 4 años")], "4 años en vez de 4 meses."),
        ("HAL001", [("no se indican broncodilatadores ni corticoides", "se indica salbutamol inhalado y prednisolona oral")], "Salbutamol y prednisolona administrados; ausentes del input."),
        ("HAL004", [("atelectasia laminar derecha", "atelectasia laminar izquierda")], "Atelectasia izquierda; el input dice derecha."),
        ("COD002", [("con panel viral VRS positivo,", "con panel viral VRS positivo (B97.4),")], "B97.4 (VRS como causa de enfermedad, real) no está en el input, que no codifica el virus."),
        ("", [("lactante femenina de 4 meses", "lactante de sexo femenino de 4 meses")], "Trampa: sexo femenino dicho en forma larga; limpio."),
    ]))

# b06 Colombia, hematología, LLA pediátrica (edad en años, COD007: código mal exportado en input)
C(dict(key="b06", fmt="co", scen=dict(
    sex="M", age=7, service="Hemato-oncología pediátrica", motivo=["palidez", "fiebre", "dolor óseo", "equimosis"], tiempo="3 semanas",
    labs={"hemoglobina": "6,8 g/dL", "leucocitos": "48000", "blastos en sangre periférica": "62%", "plaquetas": "21000", "ácido úrico": "8,9 mg/dL"},
    estudios=["Mielograma: 85% de blastos linfoides B"],
    dx=[("C91.0", "Leucemia linfoblástica aguda B"), ("D64.9", "Anemia")], proc=["Aspirado de médula ósea", "Transfusión de glóbulos rojos"],
    tto=[("H02AB07", "Prednisona", "60 mg/m2/día", "oral"), ("M04AA01", "Alopurinol", "100 mg cada 8 horas", "oral"), (None, "Hiperhidratación", "3000 mL/m2/día", "intravenosa")],
    evo=["sin síndrome de lisis tumoral", "inicia fase de inducción"], dias=10,
    indic=["continuar inducción ambulatoria en hospital día"]),
    out="Ingresa por palidez, fiebre, dolor óseo y equimosis de 3 semanas de evolución, niño de 7 años con Hb 6,8 g/dL, leucocitos 48000 con 62% de blastos, plaquetas 21000 y ácido úrico 8,9 mg/dL. Se realiza aspirado de médula ósea con 85% de blastos linfoides B, se diagnostica LLA B (C91.0) y anemia (D64.9) que requiere transfusión de glóbulos rojos. Inicia fase de inducción con prednisona (H02AB07) 60 mg/m2/día VO, hiperhidratación a 3000 mL/m2/día y alopurinol (M04AA01) 100 mg c/8h VO, sin síndrome de lisis tumoral. Tras 10 días de hospitalización continúa inducción ambulatoria en hospital día.",
    note="Trampa: alopurinol sin gota pero indicado como profilaxis de lisis tumoral en leucemia; 'sin síndrome de lisis tumoral' negado.",
    muts=[
        ("DEM001", [("niño de 7 años", "niña de 7 años")], "Niña; el input dice M."),
        ("HAL003", [("alopurinol (M04AA01) 100 mg c/8h VO", "alopurinol (M04AA01) 100 mg c/8h IV")], "Alopurinol IV; input oral."),
        ("COD005", [("se diagnostica LLA B (C91.0) y anemia (D64.9)", "se diagnostica LLA B (D64.9) y anemia (C91.0)")], "Códigos de LLA y anemia intercambiados."),
        ("COD006", [("y anemia (D64.9) que", "y anemia que")], "Se omite D64.9."),
        ("", [("sin síndrome de lisis tumoral", "sin SLT")], "Trampa: SLT abreviado y negado; limpio."),
    ]))

# b07 México, medicina interna, COD007: input con código inexistente exportado (J19.0)
C(dict(key="b07", fmt="mx_flat", scen=dict(
    folio="MI-2231", sex="M", age=45, service="Medicina Interna", motivo=["fiebre", "tos con expectoración herrumbrosa", "dolor pleurítico"], tiempo="3 días",
    ant=[(None, "Tabaquismo activo")],
    labs={"leucocitos": "18200", "procalcitonina": "3,4 ng/mL", "SatO2": "91%"},
    estudios=["Rx tórax: consolidación lobar inferior derecha"],
    dx=[("J19.0", "Neumonía neumocócica")],
    tto=[("J01DD04", "Ceftriaxona", "2 g cada 24 horas", "intravenosa"), ("J01FA10", "Azitromicina", "500 mg cada 24 horas", "oral")],
    evo=["afebril al tercer día", "SatO2 96% aire ambiente"], dias=5,
    alta=[("J01CA04", "Amoxicilina", "1 g cada 8 horas por 5 días", "oral")], indic=["suspender tabaquismo"]),
    out="Ingresa por fiebre, tos con expectoración herrumbrosa y dolor pleurítico de 3 días de evolución, masculino de 45 años con tabaquismo activo, previamente sano. Al ingreso leucocitos 18200, procalcitonina 3,4 ng/mL, SatO2 91% y Rx con consolidación lobar inferior derecha, se diagnostica neumonía neumocócica (J19.0). Recibe ceftriaxona (J01DD04) 2 g IV c/24h y azitromicina (J01FA10) 500 mg VO c/24h, evoluciona afebril al tercer día y con SatO2 96% aire ambiente, sin necesidad de oxígeno suplementario. Egresa a los 5 días con amoxicilina (J01CA04) 1 g VO c/8h por 5 días y consejería para suspender tabaquismo.",
    note="COD007: el input trae J19.0, código bien formado pero inexistente en CIE-10 (neumocócica es J13); la salida lo copia.",
    exp0="COD007",
    muts=[]))
