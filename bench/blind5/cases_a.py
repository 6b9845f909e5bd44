# -*- coding: utf-8 -*-
"""blind5 cases, part A: internal medicine, surgery/trauma, obstetrics."""

CASES = []
C = CASES.append

# a01 Chile, medicina interna, neumonía
C(dict(key="a01", fmt="cl", scen=dict(
    sex="F", age=78, service="Medicina Interna", motivo=["tos productiva", "fiebre", "disnea"], tiempo="4 días",
    ant=[("I10", "Hipertensión arterial"), ("E11.9", "Diabetes mellitus tipo 2")],
    hab=[("C09CA01", "Losartán", "50 mg cada 12 horas", "oral"), ("A10BA02", "Metformina", "850 mg cada 12 horas", "oral")],
    labs={"PCR": "186 mg/L", "leucocitos": "15400/mm3", "creatinina": "1,1 mg/dL", "SatO2 ambiental": "89%"},
    estudios=["Radiografía de tórax: condensación basal derecha"],
    dx=[("J18.9", "Neumonía adquirida en la comunidad")],
    tto=[("J01DD04", "Ceftriaxona", "2 g cada 24 horas", "endovenosa"), ("J01FA10", "Azitromicina", "500 mg cada 24 horas", "oral")],
    evo=["afebril a las 48 horas", "se suspende oxigenoterapia"], dias=6,
    alta=[("J01CR02", "Amoxicilina/ácido clavulánico", "875/125 mg cada 12 horas por 5 días", "oral")],
    indic=["control en APS"]),
    out="Ingresa por tos productiva, fiebre y disnea de 4 días de evolución, pcte femenina de 78 años con antecedentes de HTA (I10) y DM2 (E11.9), usuaria de losartán (C09CA01) 50 mg c/12h y metformina (A10BA02) 850 mg c/12h vo. Al ingreso SatO2 89% ambiental, PCR 186 mg/L, leucocitos 15400/mm3 y creatinina 1,1 mg/dL. Rx de tórax con condensación basal derecha, se diagnostica neumonía adquirida en la comunidad (J18.9) y se inicia ceftriaxona (J01DD04) 2 g ev c/24h más azitromicina (J01FA10) 500 mg vo c/24h. Evoluciona afebril a las 48 horas, se suspende oxigenoterapia. Completa 6 días hospitalizada, se da de alta con amoxicilina/ácido clavulánico (J01CR02) 875/125 mg c/12h vo por 5 días y control en APS.",
    note="Limpio: abreviaturas HTA, DM2, c/12h, ev, vo frente a la forma larga del input.",
    muts=[
        ("DEM001", [("pcte femenina de 78 años", "pcte masculino de 78 años")], "Sexo masculino en la salida; el input dice Femenino."),
        ("HAL004", [("condensación basal derecha", "condensación basal izquierda")], "Lado izquierdo de la condensación; la Rx del input dice derecha."),
        ("HAL003", [("(J01DD04) 2 g ev c/24h", "(J01DD04) 2 g ev c/12h")], "Ceftriaxona c/12h; input cada 24 horas (el 12 existe en otros fármacos)."),
        ("COD005", [("HTA (I10) y DM2 (E11.9)", "HTA (E11.9) y DM2 (I10)")], "Códigos intercambiados: HTA con E11.9 y DM2 con I10."),
        ("", [("losartán (C09CA01)", "Cozaar (C09CA01)"), ("creatinina 1,1 mg/dL", "creatinina 1.1 mg/dL")], "Trampa: marca comercial Cozaar por losartán y 1.1 escrito con punto; limpio."),
    ]))

# a02 México, cirugía general, apendicitis
C(dict(key="a02", fmt="mx_flat", scen=dict(
    folio="0412", sex="M", age=27, service="Cirugía General", motivo=["dolor abdominal en fosa ilíaca derecha", "náuseas", "fiebre"], tiempo="24 horas",
    labs={"leucocitos": "16800", "neutrofilos": "87%"},
    estudios=["USG abdominal: apéndice de 9 mm no compresible en fosa ilíaca derecha"],
    dx=[("K35.8", "Apendicitis aguda")], proc=["Apendicectomía laparoscópica"],
    tto=[("J01DD04", "Ceftriaxona", "1 g cada 12 horas", "intravenosa"), ("J01XD01", "Metronidazol", "500 mg cada 8 horas", "intravenosa"),
         ("M01AB15", "Ketorolaco", "30 mg cada 8 horas", "intravenosa")],
    evo=["tolera vía oral a las 24 horas", "herida quirúrgica sin datos de infección"], dias=2,
    alta=[("N02BE01", "Paracetamol", "500 mg cada 8 horas", "oral")], indic=["retiro de puntos en 7 días"]),
    out="Ingresa por dolor abdominal en fosa ilíaca derecha, náuseas y fiebre de 24 horas de evolución, masculino de 27 años sin antecedentes de importancia. BH con leucocitos 16800 y neutrófilos 87%, USG con apéndice de 9 mm no compresible en FID, se integra apendicitis aguda (K35.8). Se realiza apendicectomía laparoscópica sin complicaciones, recibe ceftriaxona (J01DD04) 1 g IV c/12h, metronidazol (J01XD01) 500 mg IV c/8h y ketorolaco (M01AB15) 30 mg IV c/8h. Tolera VO a las 24 horas, herida quirúrgica sin datos de infección. Egresa tras 2 días de estancia con paracetamol (N02BE01) 500 mg VO c/8h y cita para retiro de puntos en 7 días.",
    note="Limpio: IV por intravenosa, FID, BH y USG como abreviaturas mexicanas.",
    muts=[
        ("HAL004", [("dolor abdominal en fosa ilíaca derecha", "dolor abdominal en fosa ilíaca izquierda")], "Fosa ilíaca izquierda; el input dice derecha."),
        ("HAL001", [("Se realiza apendicectomía laparoscópica", "Se realiza laparotomía exploradora con apendicectomía")], "Laparotomía exploradora no presente en el input (fue laparoscópica)."),
        ("HAL003", [("metronidazol (J01XD01) 500 mg IV c/8h", "metronidazol (J01XD01) 500 mg IV c/12h")], "Metronidazol c/12h; input cada 8 horas (12 existe para ceftriaxona)."),
        ("COD003", [("ketorolaco (M01AB15) 30 mg", "ketorolaco M01AB15 30 mg")], "ATC de ketorolaco sin paréntesis."),
        ("FMT001", [("Ingresa por dolor", "Ingresó por dolor")], "Empieza con 'Ingresó por' en vez de 'Ingresa por'."),
        ("", [("sin complicaciones, recibe", "sin complicaciones, no se solicita TAC abdominal, recibe")], "Trampa: TAC mencionada como no solicitada (negación); limpio."),
    ]))

# a03 España, traumatología, fractura de cadera (fecha de nacimiento)
C(dict(key="a03", fmt="es", scen=dict(
    sex="F", dob="1941-02-17", adm="2026-10-09", service="Traumatología y Cirugía Ortopédica",
    motivo=["caída casual en domicilio", "dolor e impotencia funcional de cadera izquierda"], tiempo="6 horas",
    ant=[("M81.0", "Osteoporosis postmenopáusica"), ("I48.9", "Fibrilación auricular")],
    hab=[("B01AF02", "Apixabán", "5 mg cada 12 horas", "oral"), ("C07AB07", "Bisoprolol", "2,5 mg cada 24 horas", "oral")],
    labs={"hemoglobina": "11,2 g/dL", "INR": "1,1"},
    estudios=["Rx cadera: fractura subcapital de fémur izquierdo"],
    dx=[("S72.0", "Fractura del cuello del fémur izquierdo")], proc=["Artroplastia parcial de cadera izquierda"],
    tto=[("B01AB05", "Enoxaparina", "40 mg cada 24 horas", "subcutánea"), ("N02BB02", "Metamizol", "2 g cada 8 horas", "intravenosa"),
         ("J01DB04", "Cefazolina", "2 g dosis única prequirúrgica", "intravenosa")],
    evo=["sedestación a las 48 horas", "deambula con andador"], dias=7,
    alta=[("B01AF02", "Apixabán", "5 mg cada 12 horas", "oral"), ("A11CC05", "Colecalciferol", "25000 UI mensual", "oral")],
    indic=["rehabilitación", "revisión en consultas externas de Traumatología"]),
    out="Ingresa por caída casual en domicilio con dolor e impotencia funcional de cadera izquierda de 6 horas de evolución, mujer con osteoporosis (M81.0) y FA (I48.9) anticoagulada con apixabán (B01AF02) 5 mg c/12h y bisoprolol (C07AB07) 2,5 mg c/24h. Rx con fractura subcapital de fémur izquierdo, JC fractura del cuello del fémur (S72.0). Hb 11,2 g/dL e INR 1,1. Se suspende apixabán, se pauta enoxaparina (B01AB05) 40 mg sc c/24h y metamizol (N02BB02) 2 g iv c/8h, profilaxis con cefazolina (J01DB04) 2 g. Se realiza artroplastia parcial de cadera izquierda sin incidencias, sedestación a las 48 horas y deambula con andador. Alta a los 7 días reintroduciendo apixabán 5 mg c/12h, colecalciferol (A11CC05) 25000 UI mensual, rehabilitación y revisión en CCEE de Traumatología.",
    note="Trampa: apixabán suspendido y reintroducido (fármaco retirado y luego vuelto a dar); edad no escrita, solo fechas en el input.",
    muts=[
        ("HAL004", [("se realiza artroplastia parcial de cadera izquierda".capitalize(), "Se realiza artroplastia parcial de cadera derecha")], "Artroplastia de cadera derecha; el input dice izquierda."),
        ("DEM001", [("mujer con osteoporosis", "varón con osteoporosis")], "Varón; el input dice mujer."),
        ("HAL003", [("enoxaparina (B01AB05) 40 mg sc c/24h", "enoxaparina (B01AB05) 40 mg sc c/12h")], "Enoxaparina c/12h; input cada 24 horas."),
        ("COD006", [("osteoporosis (M81.0)", "osteoporosis")], "Falta el código M81.0 del antecedente."),
        ("HAL002", [("Hb 11,2 g/dL", "Hb 10,4 g/dL")], "Hemoglobina 10,4 no presente en el input (11,2)."),
    ]))

# a04 Argentina, obstetricia, preeclampsia severa
C(dict(key="a04", fmt="ar", scen=dict(
    sex="F", age=31, service="Obstetricia", motivo=["cefalea", "fotopsias", "edemas"], tiempo="12 horas",
    ant=[(None, "G2 P1")],
    labs={"TA ingreso": "165/110 mmHg", "proteinuria": "2,8 g en 24 h", "plaquetas": "142000/mm3", "GOT": "38 UI/L"},
    estudios=["Ecografía obstétrica: feto único en cefálica, 36 semanas, líquido amniótico normal"],
    dx=[("O14.1", "Preeclampsia severa")], proc=["Cesárea segmentaria"],
    tto=[("A12CC02", "Sulfato de magnesio", "4 g de carga y 1 g/h", "endovenosa"), ("C07AG01", "Labetalol", "20 mg en bolo", "endovenosa"),
         ("H01BB02", "Oxitocina", "10 UI", "endovenosa")],
    evo=["recién nacido vivo, Apgar 8/9", "TA controlada en puerperio", "sin signos de eclampsia"], dias=4,
    alta=[("C08CA05", "Nifedipino", "20 mg cada 12 horas", "oral")], indic=["control de TA en 72 horas", "control puerperal"]),
    out="Ingresa por cefalea, fotopsias y edemas de 12 horas de evolución, paciente de 31 años G2 P1 cursando embarazo de 36 semanas con TA 165/110 mmHg, proteinuria 2,8 g en 24 h, plaquetas 142000/mm3 y GOT 38 UI/L, se diagnostica preeclampsia severa (O14.1). Se indica sulfato de magnesio (A12CC02) 4 g ev de carga y luego 1 g/h, labetalol (C07AG01) 20 mg ev en bolo y se realiza cesárea segmentaria con oxitocina (H01BB02) 10 UI ev, recién nacido vivo Apgar 8/9. Puerperio con TA controlada y sin signos de eclampsia. Egresa a los 4 días con nifedipino (C08CA05) 20 mg c/12h vía oral, control de TA en 72 horas y control puerperal.",
    note="Trampa: 'sin signos de eclampsia' es negación de un diagnóstico; Apgar 8/9 con barra.",
    muts=[
        ("HAL003", [("nifedipino (C08CA05) 20 mg c/12h vía oral", "nifedipino (C08CA05) 20 mg c/12h sublingual")], "Nifedipino sublingual; input vía oral."),
        ("HAL001", [("Puerperio con TA controlada y sin signos de eclampsia.", "Puerperio con TA controlada, se transfunden glóbulos rojos por anemia.")], "Transfusión y anemia no presentes en el input."),
        ("DEM001", [("paciente de 31 años G2 P1", "paciente de 36 años G2 P1")], "Edad 36 años (número de las semanas de gestación); el input dice 31."),
        ("FMT002", [("se diagnostica preeclampsia severa (O14.1).", "se diagnostica **preeclampsia severa** (O14.1).")], "Negrita markdown en el diagnóstico."),
        ("", [("sulfato de magnesio (A12CC02) 4 g ev", "SO4Mg (A12CC02) 4 g ev")], "Trampa: abreviatura rioplatense SO4Mg por sulfato de magnesio; limpio."),
    ]))

# a05 Colombia, infectología, dengue con signos de alarma
C(dict(key="a05", fmt="co", scen=dict(
    sex="M", age=19, service="Medicina Interna - Infectología", motivo=["fiebre", "mialgias", "dolor abdominal", "petequias"], tiempo="5 días",
    labs={"plaquetas": "38000", "hematocrito": "49%", "leucocitos": "2900", "AST": "210 U/L", "NS1": "positivo"},
    dx=[("A90", "Dengue con signos de alarma")],
    tto=[(None, "Lactato de Ringer", "bolo 10 mL/kg y luego mantenimiento", "intravenosa"), ("N02BE01", "Acetaminofén", "1 g cada 6 horas", "oral")],
    evo=["plaquetas en ascenso a 96000", "sin sangrado activo", "tolera vía oral"], dias=4,
    alta=[("N02BE01", "Acetaminofén", "1 g cada 6 horas si fiebre", "oral")],
    indic=["no usar AINES", "reconsultar si sangrado o dolor abdominal", "control de hemograma en 48 horas"]),
    out="Ingresa por fiebre, mialgias, dolor abdominal y petequias de 5 días de evolución, hombre de 19 años con NS1 positivo, plaquetas 38000, hematocrito 49%, leucocitos 2900 y AST 210 U/L, se diagnostica dengue con signos de alarma (A90). Recibe Lactato de Ringer en bolo de 10 mL/kg y luego mantenimiento, acetaminofén (N02BE01) 1 g c/6h VO, no se usan AINES ni ácido acetilsalicílico. Evoluciona sin sangrado activo, tolera vía oral y plaquetas en ascenso a 96000. Se da egreso a los 4 días con acetaminofén 1 g c/6h si fiebre, signos de alarma explicados, reconsultar si sangrado o dolor abdominal y control de hemograma en 48 horas.",
    note="Trampa: AINES y ácido acetilsalicílico mencionados como no usados; acetaminofén (nombre colombiano) del input.",
    muts=[
        ("DEM001", [("hombre de 19 años", "mujer de 19 años")], "Mujer; el input dice M."),
        ("HAL002", [("plaquetas en ascenso a 96000", "plaquetas en ascenso a 112000")], "Plaquetas 112000 no están en el input (96000)."),
        ("CLN001", [("acetaminofén (N02BE01) 1 g c/6h VO, no se usan", "acetaminofén (N02BE01) 1 g c/6h VO y tamsulosina (G04CA02) 0,4 mg al día, no se usan")],
         "Tamsulosina sin indicación (no hay patología prostática ni urinaria).",
         lambda s: s["tto"].append(("G04CA02", "Tamsulosina", "0,4 mg al día", "oral"))),
        ("HAL001", [("no se usan AINES ni ácido acetilsalicílico", "se agrega ibuprofeno para las mialgias")], "Ibuprofeno administrado, ausente del input (que prohíbe AINES)."),
        ("REP001", [("tolera vía oral y plaquetas en ascenso a 96000.", "tolera vía oral y plaquetas en ascenso a 96000. Evoluciona sin sangrado activo, tolera vía oral y plaquetas en ascenso a 96000.")], "Oración repetida de forma idéntica."),
    ]))

# a06 Chile, neonatología, ictericia en prematuro (edad en días)
C(dict(key="a06", fmt="lines", scen=dict(
    sex="M", age="3 días", service="Neonatología", motivo=["ictericia hasta muslos"], tiempo="24 horas",
    ant=[("P07.3", "Recién nacido prematuro de 35 semanas")],
    labs={"bilirrubina total": "16,4 mg/dL", "grupo madre": "O Rh positivo", "grupo RN": "A Rh positivo", "Coombs directo": "negativo", "hematocrito": "52%"},
    dx=[("P59.9", "Hiperbilirrubinemia neonatal")], proc=["Fototerapia continua"],
    evo=["bilirrubina de control 11,8 mg/dL a las 36 horas", "buena succión", "baja de peso 6%"], dias=3,
    indic=["lactancia materna exclusiva", "control de bilirrubina en 48 horas"]),
    out="Ingresa por ictericia hasta muslos de 24 horas de evolución, RN masculino de 3 días de vida, prematuro de 35 semanas (P07.3). Bilirrubina total 16,4 mg/dL, grupo de la madre O Rh positivo y del RN A Rh positivo, Coombs directo negativo y hematocrito 52%, se diagnostica hiperbilirrubinemia neonatal (P59.9) sin isoinmunización. Se indica fototerapia continua con bilirrubina de control 11,8 mg/dL a las 36 horas. Mantiene buena succión con baja de peso de 6%. Completa 3 días de hospitalización, alta con lactancia materna exclusiva y control de bilirrubina en 48 horas en policlínico.",
    note="Trampa: 'sin isoinmunización' es negación; edad en días (no años) coherente con el input.",
    muts=[
        ("DEM001", [("RN masculino de 3 días de vida", "RN masculino de 3 meses de vida")], "3 meses en vez de 3 días de vida."),
        ("DEM001", [("RN masculino de 3 días", "RN femenino de 3 días")], "RN femenino; el input dice Hombre."),
        ("HAL001", [("Se indica fototerapia continua", "Se indica fototerapia continua y exanguinotransfusión")], "Exanguinotransfusión no realizada según el input."),
        ("COD002", [("Se indica fototerapia continua", "Se indica fototerapia continua por ictericia del prematuro (P59.0)")], "P59.0 (real, difiere en un carácter de P59.9) no está en el input."),
    ]))

# a07 México, ginecología, embarazo ectópico (FHIR)
C(dict(key="a07", fmt="fhir", scen=dict(
    sex="F", age=29, service="Ginecología", motivo=["dolor pélvico", "sangrado transvaginal escaso", "amenorrea de 7 semanas"], tiempo="2 días",
    labs={"hCG-beta": "2350 mUI/mL", "hemoglobina": "12,1 g/dL"},
    estudios=["USG transvaginal: masa anexial izquierda de 2,5 cm, útero vacío, sin líquido libre"],
    dx=[("O00.1", "Embarazo tubárico izquierdo no roto")],
    tto=[("L01BA01", "Metotrexato", "50 mg/m2 dosis única", "intramuscular")],
    evo=["hCG-beta de control 1890 mUI/mL al día 4", "sin dolor", "hemodinámicamente estable"], dias=4,
    indic=["control de hCG-beta semanal", "evitar embarazo por 3 meses", "acudir si dolor intenso"]),
    out="Ingresa por dolor pélvico, sangrado transvaginal escaso y amenorrea de 7 semanas con 2 días de evolución, femenina de 29 años. hCG-beta 2350 mUI/mL y Hb 12,1 g/dL, USG transvaginal con masa anexial izquierda de 2,5 cm, útero vacío y sin líquido libre, se diagnostica embarazo tubárico izquierdo no roto (O00.1). Se decide manejo médico con metotrexato (L01BA01) 50 mg/m2 IM dosis única, no se realiza salpingectomía. Evoluciona sin dolor y hemodinámicamente estable, hCG-beta de control 1890 mUI/mL al día 4. Egresa con control de hCG-beta semanal, evitar embarazo por 3 meses y acudir a urgencias si dolor intenso.",
    note="Trampa: salpingectomía mencionada como no realizada; 'femenina' concuerda.",
    muts=[
        ("HAL004", [("masa anexial izquierda de 2,5 cm", "masa anexial derecha de 2,5 cm")], "Masa anexial derecha; el input dice izquierda."),
        ("HAL001", [("no se realiza salpingectomía", "se realiza salpingectomía laparoscópica")], "Salpingectomía realizada; el input solo trae manejo médico."),
        ("HAL003", [("metotrexato (L01BA01) 50 mg/m2 IM dosis única", "metotrexato (L01BA01) 50 mg/m2 IV dosis única")], "Metotrexato IV; input intramuscular."),
        ("COD001", [("no roto (O00.1).", "no roto, CIE-10 O00.1.")], "Código CIE-10 fuera de paréntesis."),
    ]))

# a08 Chile, UCI, shock séptico de foco urinario
C(dict(key="a08", fmt="cl", scen=dict(
    sex="M", age=66, service="Unidad de Cuidados Intensivos", motivo=["fiebre", "compromiso de conciencia", "hipotensión"], tiempo="2 días",
    ant=[("E11.9", "Diabetes mellitus tipo 2"), ("N40", "Hiperplasia prostática")],
    hab=[("A10BA02", "Metformina", "850 mg cada 12 horas", "oral"), ("G04CA02", "Tamsulosina", "0,4 mg cada noche", "oral")],
    labs={"lactato": "4,6 mmol/L", "PAM": "58 mmHg", "creatinina": "2,4 mg/dL", "urocultivo": "E. coli BLEE"},
    dx=[("A41.9", "Shock séptico"), ("N39.0", "Infección urinaria complicada")],
    proc=["Catéter venoso central yugular derecho", "Línea arterial radial izquierda", "Sonda Foley"],
    tto=[("J01DH02", "Meropenem", "1 g cada 8 horas", "endovenosa"), (None, "Noradrenalina", "hasta 0,3 mcg/kg/min", "endovenosa")],
    evo=["suspensión de drogas vasoactivas al día 3", "lactato normalizado", "creatinina de egreso 1,3 mg/dL"], dias=6,
    indic=["completar meropenem en sala de medicina", "control de glicemias"]),
    out="Ingresa por fiebre, compromiso de conciencia e hipotensión de 2 días de evolución, pcte masculino de 66 años con DM2 (E11.9) e HPB (N40), usuario de metformina (A10BA02) 850 mg c/12h y tamsulosina (G04CA02) 0,4 mg cada noche. PAM 58 mmHg, lactato 4,6 mmol/L y creatinina 2,4 mg/dL, urocultivo con E. coli BLEE, se diagnostica shock séptico (A41.9) de foco urinario, ITU complicada (N39.0). Se instala CVC yugular derecho, línea arterial radial izquierda y sonda Foley, se inicia meropenem (J01DH02) 1 g ev c/8h y noradrenalina hasta 0,3 mcg/kg/min. Se suspenden DVA al día 3, lactato normalizado y creatinina de egreso 1,3 mg/dL. Tras 6 días en UCI se traslada a sala de medicina para completar meropenem.",
    note="Trampa: dos lados distintos en el input (CVC yugular derecho, línea arterial radial izquierda) bien asignados; CVC, DVA, HPB, ITU.",
    muts=[
        ("HAL004", [("CVC yugular derecho", "CVC yugular izquierdo")], "CVC yugular izquierdo; el input dice derecho."),
        ("HAL004", [("línea arterial radial izquierda", "línea arterial radial derecha")], "Línea arterial derecha; el input dice izquierda."),
        ("HAL002", [("PAM 58 mmHg", "PAM 52 mmHg")], "PAM 52 no está en el input (58)."),
        ("COD004", [("y noradrenalina hasta", "y noradrenalina (C01CA03) hasta")], "ATC de noradrenalina (real) ausente del input, que no la codifica."),
        ("REP001", [("Se suspenden DVA al día 3, lactato normalizado", "Se suspenden DVA al día 3, lactato normalizado, lactato normalizado, lactato normalizado, lactato normalizado, lactato normalizado, lactato normalizado")], "Bucle degenerado 'lactato normalizado' repetido."),
    ]))

# a09 España, neumología, EPOC reagudizado
C(dict(key="a09", fmt="es", scen=dict(
    sex="M", age=71, service="Neumología", motivo=["aumento de disnea", "esputo purulento"], tiempo="5 días",
    ant=[("J44.9", "EPOC GOLD 3"), ("I10", "Hipertensión arterial")],
    hab=[("R03AK07", "Budesonida/formoterol", "160/4,5 mcg 2 inhalaciones cada 12 horas", "inhalatoria"), ("C08CA01", "Amlodipino", "5 mg cada 24 horas", "oral")],
    labs={"pH": "7,32", "pCO2": "58 mmHg", "pO2": "54 mmHg"},
    estudios=["Rx tórax: hiperinsuflación sin condensación"],
    dx=[("J44.1", "EPOC agudizada")], proc=["Ventilación mecánica no invasiva 48 horas"],
    tto=[("R03AC02", "Salbutamol", "nebulizado cada 6 horas", "inhalatoria"), ("R03BB01", "Bromuro de ipratropio", "nebulizado cada 6 horas", "inhalatoria"),
         ("H02AB04", "Metilprednisolona", "40 mg cada 24 horas", "intravenosa"), ("J01CR02", "Amoxicilina-clavulánico", "1 g cada 8 horas", "intravenosa")],
    evo=["gasometría de control con pH 7,39", "retirada de VMNI", "SatO2 90% con gafas nasales a 2 lpm"], dias=8,
    alta=[("H02AB07", "Prednisona", "30 mg en pauta descendente", "oral"), ("R03AK07", "Budesonida/formoterol", "160/4,5 mcg 2 inhalaciones cada 12 horas", "inhalatoria")],
    indic=["oxigenoterapia domiciliaria a 2 lpm", "revisión en consulta de Neumología"]),
    out="Ingresa por aumento de disnea y esputo purulento de 5 días de evolución, varón de 71 años con EPOC GOLD 3 (J44.9) e HTA (I10) en tratamiento con Symbicort (R03AK07) 160/4,5 mcg c/12h y amlodipino (C08CA01) 5 mg c/24h. Gasometría con pH 7,32, pCO2 58 mmHg y pO2 54 mmHg, Rx sin condensación, JC EPOC agudizada (J44.1) con acidosis respiratoria. Precisa VMNI 48 horas, salbutamol (R03AC02) y bromuro de ipratropio (R03BB01) nebulizados c/6h, metilprednisolona (H02AB04) 40 mg iv c/24h y amoxicilina-clavulánico (J01CR02) 1 g iv c/8h. Control con pH 7,39, se retira VMNI y mantiene SatO2 90% con gafas nasales a 2 lpm. Alta a los 8 días con prednisona (H02AB07) 30 mg en pauta descendente, oxigenoterapia domiciliaria y revisión en consulta de Neumología.",
    note="Trampa: Symbicort (marca) por budesonida/formoterol; acidosis respiratoria sostenida por pH 7,32 y pCO2 58.",
    muts=[
        ("HAL001", [("con acidosis respiratoria", "con neumotórax asociado")], "Neumotórax no presente (Rx sin condensación ni neumotórax en input)."),
        ("HAL001", [("Gasometría con pH 7,32", "Gasometría con alcalosis metabólica, pH 7,32")], "Hallazgo contradicho por los valores: alcalosis con pH 7,32 y pCO2 58."),
        ("HAL003", [("metilprednisolona (H02AB04) 40 mg iv c/24h", "metilprednisolona (H02AB04) 40 mg iv c/8h")], "Metilprednisolona c/8h; input cada 24 horas (el 8 aparece en otro fármaco)."),
        ("COD005", [("EPOC GOLD 3 (J44.9) e HTA (I10)", "EPOC GOLD 3 (I10) e HTA (J44.9)")], "Etiquetas cruzadas entre EPOC e HTA."),
        ("DEM001", [("varón de 71 años", "varón de 58 años")], "Edad 58 años (cifra de la pCO2 del input); el input dice 71."),
    ]))
