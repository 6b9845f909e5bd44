# -*- coding: utf-8 -*-
"""blind5 cases, part C: geriatrics, cardiology, ICU, infectious disease, more surgery/obstetrics, COD007 singles."""

CASES = []
C = CASES.append

# c01 Chile, geriatría, delirium hipoactivo por ITU
O1 = ("Ingresa por desorientación, somnolencia y rechazo alimentario de 48 horas de evolución, pcte de 86 años con demencia (F03) e HTA (I10), "
      "usuaria de donepezilo (N06DA02) 10 mg noche y enalapril (C09AA02) 10 mg c/12h. Examen de orina con nitritos positivos, leucocitos 14500 y sodio 134 mEq/L, "
      "se diagnostica delirium (F05.9) secundario a ITU (N39.0). Se inicia ceftriaxona (J01DD04) 1 g ev c/24h, "
      "sin necesidad de contención ni de haloperidol. Urocultivo con E. coli sensible, recupera estado mental basal al día 4. "
      "Alta a los 5 días con cefuroxima (J01DC02) 500 mg vo c/12h por 5 días, hija cuidadora informada y control en policlínico de geriatría.")
C(dict(key="c01", fmt="cl", scen=dict(
    sex="F", age=86, service="Geriatría", motivo=["desorientación", "somnolencia", "rechazo alimentario"], tiempo="48 horas",
    ant=[("F03", "Demencia mixta"), ("I10", "Hipertensión arterial")],
    hab=[("N06DA02", "Donepezilo", "10 mg en la noche", "oral"), ("C09AA02", "Enalapril", "10 mg cada 12 horas", "oral"), (None, "Paracetamol", "1 g cada 8 horas si dolor", "oral")],
    labs={"orina": "nitritos positivos", "leucocitos": "14500", "sodio": "134 mEq/L", "urocultivo": "E. coli sensible"},
    dx=[("F05.9", "Delirium hipoactivo"), ("N39.0", "Infección del tracto urinario")],
    tto=[("J01DD04", "Ceftriaxona", "1 g cada 24 horas", "endovenosa")],
    evo=["recupera estado mental basal al día 4", "sin necesidad de contención"], dias=5,
    alta=[("J01DC02", "Cefuroxima", "500 mg cada 12 horas por 5 días", "oral")], indic=["control en policlínico de geriatría", "educación a hija cuidadora"]),
    out=O1,
    note="Trampa: 'hija cuidadora' es femenino referido a otra persona; haloperidol negado; paracetamol habitual sin código no se menciona (no es omisión de código).",
    muts=[
        ("COD004", [("sin necesidad de contención ni de haloperidol.", "sin necesidad de contención ni de haloperidol, paracetamol (N02BE01) si dolor.")], "ATC de paracetamol (real) ausente: el input lo trae sin código."),
        ("FMT002", [("Se inicia ceftriaxona", "\n- Se inicia ceftriaxona")], "Línea con viñeta markdown."),
        ("REP001", [("recupera estado mental basal al día 4.", "recupera estado mental basal al día 4. Recupera estado mental basal al día 4. Recupera estado mental basal al día 4.")], "Oración repetida tres veces (bucle)."),
        ("DEM001", [("pcte de 86 años", "pcte de 68 años")], "Edad 68 (cifras invertidas); el input dice 86.", lambda s: s["labs"].__setitem__("glicemia", "68 mg/dL")),
        ("", [("haloperidol.", "haloperidol ni quetiapina.")], "Trampa: quetiapina negada junto a haloperidol; limpio."),
        ("", [("enalapril (C09AA02) 10 mg c/12h", "enalapril (C09AA02) 10 mg cada 12 horas")], "Trampa: misma posología en forma larga; limpio."),
    ],
    alts=[("FMT003", "Ingresa por desorientación de 48 horas, pcte de 86 años con demencia (F03), HTA (I10), donepezilo (N06DA02) y enalapril (C09AA02). Delirium (F05.9) por ITU (N39.0), tratada con ceftriaxona (J01DD04). Alta a los 5 días con cefuroxima (J01DC02).",
           "Salida de menos de 80 palabras (todo lo demás correcto).")]))

# c02 Argentina, cardiología, IAM sin supradesnivel
O2 = ("Ingresa por dolor precordial opresivo irradiado a brazo izquierdo de 3 horas de evolución, paciente masculino de 63 años con HTA (I10), DM2 (E11.9) y tabaquismo. "
      "ECG con infradesnivel del ST en cara lateral y troponina T ultrasensible 312 ng/L, se diagnostica IAM sin supradesnivel del ST (I21.4). "
      "Recibe AAS (B01AC06) 100 mg/día, clopidogrel (B01AC04) 75 mg/día, enoxaparina (B01AB05) 60 mg SC c/12h y atorvastatina (C10AA05) 80 mg/día. "
      "Se realiza cinecoronariografía con lesión severa de arteria circunfleja y angioplastia con stent farmacológico, sin complicaciones en el sitio de punción radial derecha. "
      "Ecocardiograma con FEY 50%. Egresa a los 4 días con doble antiagregación, atorvastatina, bisoprolol (C07AB07) 2,5 mg/día y rehabilitación cardiovascular.")
C(dict(key="c02", fmt="ar", scen=dict(
    sex="M", age=63, service="Unidad Coronaria", motivo=["dolor precordial opresivo irradiado a brazo izquierdo"], tiempo="3 horas",
    ant=[("I10", "Hipertensión arterial"), ("E11.9", "Diabetes tipo 2"), (None, "Tabaquismo")],
    labs={"troponina T ultrasensible": "312 ng/L", "creatinina": "0,9 mg/dL"},
    estudios=["ECG: infradesnivel del ST en cara lateral", "Ecocardiograma: FEY 50%"],
    dx=[("I21.4", "IAM sin supradesnivel del ST")], proc=["Cinecoronariografía por acceso radial derecho: lesión severa de arteria circunfleja", "Angioplastia con stent farmacológico"],
    tto=[("B01AC06", "AAS", "100 mg/día", "oral"), ("B01AC04", "Clopidogrel", "75 mg/día", "oral"), ("B01AB05", "Enoxaparina", "60 mg cada 12 horas", "subcutánea"), ("C10AA05", "Atorvastatina", "80 mg/día", "oral")],
    evo=["sin angor recurrente"], dias=4,
    alta=[("B01AC06", "AAS", "100 mg/día", "oral"), ("B01AC04", "Clopidogrel", "75 mg/día", "oral"), ("C10AA05", "Atorvastatina", "80 mg/día", "oral"), ("C07AB07", "Bisoprolol", "2,5 mg/día", "oral")],
    indic=["rehabilitación cardiovascular", "dejar de fumar"]),
    out=O2,
    note="Trampa: AAS abreviado; brazo izquierdo y punción radial derecha son estructuras distintas, ambas según el input.",
    muts=[
        ("COD003", [("clopidogrel (B01AC04) 75 mg/día", "clopidogrel 75 mg/día (B01AC04, B01AC06)")], "Dos ATC dentro del mismo paréntesis."),
        ("COD001", [("HTA (I10), DM2 (E11.9) y tabaquismo", "HTA y DM2 (I10, E11.9) y tabaquismo")], "Dos códigos CIE-10 en un mismo paréntesis."),
        ("COD002", [("se diagnostica IAM sin supradesnivel del ST (I21.4).", "se diagnostica IAM sin supradesnivel del ST (I21.4), cardiopatía isquémica (I25.9).")], "I25.9 (real) no figura en el input."),
        ("HAL004", [("sitio de punción radial derecha", "sitio de punción radial izquierda")], "Punción radial izquierda; el input dice acceso radial derecho."),
        ("", [("Recibe AAS (B01AC06)", "Recibe aspirina (B01AC06)")], "Trampa: aspirina = AAS del input; limpio."),
        ("", [("troponina T ultrasensible 312 ng/L", "TnT-us 312 ng/L")], "Trampa: troponina abreviada TnT-us; limpio."),
    ],
    alts=[("FMT003", O2 + " Durante la internación permaneció sin angor recurrente, con creatinina de 0,9 mg/dL que permitió el estudio contrastado sin nefropatía. Se explicó la importancia de la adherencia a la doble antiagregación con AAS y clopidogrel sin suspensiones, la meta de control de la presión arterial y de la glucemia por su diabetes tipo 2, y se insistió en dejar de fumar como medida prioritaria de prevención secundaria. Se entregaron pautas de alarma ante dolor torácico, disnea o sangrado, y se coordinó turno con cardiología y con el programa de rehabilitación cardiovascular, con controles seriados de perfil lipídico y función renal en el centro de atención primaria más cercano a su domicilio.",
           "Salida de más de 200 palabras (contenido fundado).")]))

# c03 España, UCI, SDRA por gripe
O3 = ("Ingresa por disnea progresiva y fiebre de 5 días de evolución, mujer de 54 años con asma (J45.9) en tratamiento con budesonida/formoterol (R03AK07) 160/4,5 mcg c/12h. "
      "PCR de gripe A positiva, pO2/FiO2 140 y Rx con infiltrados bilaterales, JC insuficiencia respiratoria aguda (J96.0) por SDRA (J80). "
      "Precisa IOT y ventilación mecánica en decúbito prono 3 ciclos, oseltamivir (J05AH02) 75 mg c/12h por SNG y enoxaparina (B01AB05) 40 mg sc c/24h. "
      "Extubada al día 9 sin incidencias, traqueostomía no precisada. Tras 12 días en UCI se traslada a planta de Neumología con gafas nasales a 2 lpm.")
C(dict(key="c03", fmt="es", scen=dict(
    sex="F", age=54, service="Medicina Intensiva", motivo=["disnea progresiva", "fiebre"], tiempo="5 días",
    ant=[("J45.9", "Asma")], hab=[("R03AK07", "Budesonida/formoterol", "160/4,5 mcg cada 12 horas", "inhalada")],
    labs={"PCR gripe A": "positiva", "pO2/FiO2": "140"}, estudios=["Rx tórax: infiltrados bilaterales"],
    dx=[("J96.0", "Insuficiencia respiratoria aguda"), ("J80", "SDRA")],
    proc=["Intubación orotraqueal y ventilación mecánica", "Decúbito prono 3 ciclos", "Sonda nasogástrica"],
    tto=[("J05AH02", "Oseltamivir", "75 mg cada 12 horas", "por SNG"), ("B01AB05", "Enoxaparina", "40 mg cada 24 horas", "subcutánea")],
    evo=["extubada al día 9", "traslado a planta con gafas nasales a 2 lpm"], dias=12),
    out=O3,
    note="Trampa: IOT, SNG y SDRA abreviados; traqueostomía negada ('no precisada').",
    muts=[
        ("FMT002", [("JC insuficiencia respiratoria aguda", "## Juicio clínico\ninsuficiencia respiratoria aguda")], "Encabezado markdown '##' en medio del texto."),
        ("HAL002", [("pO2/FiO2 140", "pO2/FiO2 118")], "Cociente 118 no presente en el input (140)."),
        ("CLN001", [("y enoxaparina (B01AB05) 40 mg sc c/24h.", ", enoxaparina (B01AB05) 40 mg sc c/24h y levotiroxina (H03AA01) 50 mcg c/24h.")], "Levotiroxina sin hipotiroidismo en los diagnósticos.",
         lambda s: s["tto"].append(("H03AA01", "Levotiroxina", "50 mcg cada 24 horas", "por SNG"))),
        ("HAL001", [("traqueostomía no precisada", "se realiza traqueostomía percutánea")], "Traqueostomía realizada; el input no la trae."),
        ("", [("oseltamivir (J05AH02) 75 mg c/12h por SNG", "Tamiflu (J05AH02) 75 mg c/12h por SNG")], "Trampa: Tamiflu, marca de oseltamivir; limpio."),
        ("", [("mujer de 54 años", "paciente de 54 años")], "Trampa: sin marca de sexo, edad correcta; limpio."),
    ]))

# c04 Colombia, infectología, tuberculosis pulmonar
O4 = ("Ingresa por tos productiva de 6 semanas de evolución, sudoración nocturna y pérdida de 8 kg de peso, hombre de 34 años sin comorbilidades, VIH negativo. "
      "Baciloscopia positiva (++) y GeneXpert MTB detectado sin resistencia a rifampicina, Rx con cavitación apical derecha, se diagnostica tuberculosis pulmonar (A15.0). "
      "Inicia fase intensiva con rifampicina (J04AB02) 600 mg, isoniazida (J04AC01) 300 mg, pirazinamida (J04AK01) 1600 mg y etambutol (J04AK02) 1100 mg VO al día, "
      "con buena tolerancia y transaminasas normales. Se notifica al programa de tuberculosis y se estudian contactos. Egreso al día 7 para tratamiento estrictamente supervisado en su IPS.")
C(dict(key="c04", fmt="co", scen=dict(
    sex="M", age=34, service="Medicina Interna", motivo=["tos productiva", "sudoración nocturna", "pérdida de 8 kg de peso"], tiempo="6 semanas",
    labs={"baciloscopia": "positiva (++)", "GeneXpert": "MTB detectado, sin resistencia a rifampicina", "VIH": "negativo", "transaminasas": "normales"},
    estudios=["Rx tórax: cavitación apical derecha"], dx=[("A15.0", "Tuberculosis pulmonar bacilífera")],
    tto=[("J04AB02", "Rifampicina", "600 mg al día", "oral"), ("J04AC01", "Isoniazida", "300 mg al día", "oral"),
         ("J04AK01", "Pirazinamida", "1600 mg al día", "oral"), ("J04AK02", "Etambutol", "1100 mg al día", "oral")],
    evo=["buena tolerancia"], dias=7, indic=["tratamiento estrictamente supervisado en IPS", "estudio de contactos", "notificación al programa de tuberculosis"]),
    out=O4,
    note="Trampa: 'VIH negativo' no es diagnóstico de VIH; resistencia a rifampicina negada.",
    muts=[
        ("COD005", [("pirazinamida (J04AK01) 1600 mg y etambutol (J04AK02)", "pirazinamida (J04AK02) 1600 mg y etambutol (J04AK01)")], "ATC de pirazinamida y etambutol intercambiados."),
        ("HAL004", [("cavitación apical derecha", "cavitación apical izquierda")], "Cavitación izquierda; el input dice derecha."),
        ("FMT001", [("Ingresa por tos", "Paciente que ingresa por tos")], "No empieza con 'Ingresa por'."),
        ("HAL003", [("isoniazida (J04AC01) 300 mg,", "isoniazida (J04AC01) 600 mg,")], "Isoniazida 600 mg (cifra de la rifampicina); input 300 mg."),
        ("", [("hombre de 34 años sin comorbilidades, VIH negativo", "hombre de 34 años sin comorbilidades, se descarta coinfección por VIH")], "Trampa: VIH descartado; limpio."),
    ]))

# c05 México, infectología, VIH avanzado con neumonía por Pneumocystis (texto libre)
O5 = ("Ingresa por disnea de medianos esfuerzos, tos seca y fiebre de 3 semanas de evolución, masculino de 38 años con diagnóstico reciente de VIH (B24) sin TAR. "
      "CD4 42 cél/mm3, carga viral 180000 copias/mL, DHL 520 U/L y PaO2 62 mmHg, TAC de tórax con vidrio despulido bilateral, se integra neumonía por Pneumocystis (B59). "
      "Recibe TMP/SMX (J01EE01) 2 tabletas DF c/8h VO y prednisona (H02AB07) 40 mg c/12h VO en esquema descendente, mejoría de la oxigenación. "
      "Al día 14 inicia bictegravir/emtricitabina/TAF (J05AR20) 1 tableta al día. Egresa con seguimiento en CAPASITS y profilaxis con TMP/SMX.")
C(dict(key="c05", fmt="text", scen=dict(
    sex="M", age=38, service="Infectología", motivo=["disnea de medianos esfuerzos", "tos seca", "fiebre"], tiempo="3 semanas",
    ant=[("B24", "VIH de diagnóstico reciente, sin TAR")],
    labs={"CD4": "42 cél/mm3", "carga viral": "180000 copias/mL", "DHL": "520 U/L", "PaO2": "62 mmHg"},
    estudios=["TAC de tórax: vidrio despulido bilateral"], dx=[("B59", "Neumonía por Pneumocystis jirovecii")],
    tto=[("J01EE01", "Trimetoprima/sulfametoxazol", "2 tabletas doble fuerza cada 8 horas", "oral"), ("H02AB07", "Prednisona", "40 mg cada 12 horas en esquema descendente", "oral"),
         ("J05AR20", "Bictegravir/emtricitabina/tenofovir alafenamida", "1 tableta al día desde el día 14", "oral")],
    evo=["mejoría de la oxigenación"], dias=21, indic=["seguimiento en CAPASITS", "profilaxis con TMP/SMX"]),
    out=O5,
    note="Trampa: TMP/SMX y TAF como abreviaturas; DF por doble fuerza.",
    muts=[
        ("COD004", [("Egresa con seguimiento en CAPASITS y profilaxis con TMP/SMX.", "Egresa con seguimiento en CAPASITS, profilaxis con TMP/SMX y fluconazol (J02AC01).")], "Fluconazol con ATC J02AC01, ausente del input (que trae el fármaco sin código).",
         lambda s: s["indic"].append("fluconazol profiláctico")),
        ("FMT002", [("se integra neumonía por Pneumocystis (B59).", "se integra <b>neumonía por Pneumocystis</b> (B59).")], "Etiqueta HTML <b>."),
        ("CLN001", [("Al día 14 inicia", "Se agrega tamsulosina (G04CA02) 0,4 mg al día. Al día 14 inicia")], "Tamsulosina sin indicación en los diagnósticos.",
         lambda s: s["tto"].append(("G04CA02", "Tamsulosina", "0,4 mg al día", "oral"))),
        ("DEM001", [("masculino de 38 años", "femenina de 38 años")], "Femenina; el input dice masculino."),
        ("", [("TAC de tórax con vidrio despulido bilateral", "TC de tórax con vidrio esmerilado bilateral")], "Trampa: vidrio esmerilado = despulido, TC = TAC; limpio."),
    ]))

# c06 Chile, obstetricia, hemorragia postparto (lista)
O6 = ("Ingresa por trabajo de parto en fase activa, puérpera de 27 años G3 P2 con embarazo de 39 semanas, parto vaginal espontáneo (O80.0) de RN vivo de 3650 g. "
      "A los 20 minutos presenta hemorragia postparto por inercia uterina (O72.1) con pérdida estimada de 1200 mL y Hb de control 7,9 g/dL. "
      "Se maneja con masaje uterino bimanual, oxitocina (H01BB02) 20 UI en 500 mL ev, ácido tranexámico 1 g ev y transfusión de 2 unidades de glóbulos rojos, sin requerir balón de Bakri ni cirugía. "
      "Evoluciona con útero retraído y loquios normales. Alta a las 72 horas con sulfato ferroso (B03AA07) 200 mg c/12h vo y control en CESFAM.")
C(dict(key="c06", fmt="lines", scen=dict(
    sex="F", age=27, service="Obstetricia y Ginecología", motivo=["trabajo de parto en fase activa"], ant=[(None, "G3 P2"), (None, "embarazo de 39 semanas")],
    labs={"hemoglobina de control": "7,9 g/dL", "pérdida sanguínea estimada": "1200 mL"},
    dx=[("O80.0", "Parto vaginal espontáneo, RN vivo 3650 g"), ("O72.1", "Hemorragia postparto por inercia uterina a los 20 minutos")],
    proc=["Masaje uterino bimanual", "Transfusión de 2 unidades de glóbulos rojos"],
    tto=[("H01BB02", "Oxitocina", "20 UI en 500 mL", "endovenosa"), (None, "Ácido tranexámico", "1 g", "endovenosa")],
    evo=["útero retraído", "loquios normales"], dias=3,
    alta=[("B03AA07", "Sulfato ferroso", "200 mg cada 12 horas", "oral")], indic=["alta a las 72 horas", "control en CESFAM"]),
    out=O6,
    note="Trampa: balón de Bakri y cirugía negados; 'puérpera' femenino correcto.",
    muts=[
        ("COD003", [("sulfato ferroso (B03AA07) 200 mg", "sulfato ferroso B03AA07 200 mg")], "ATC sin paréntesis."),
        ("COD005", [("parto vaginal espontáneo (O80.0)", "parto vaginal espontáneo (O72.1)"), ("hemorragia postparto por inercia uterina (O72.1)", "hemorragia postparto por inercia uterina (O80.0)")], "Códigos de parto y hemorragia postparto intercambiados."),
        ("HAL002", [("pérdida estimada de 1200 mL", "pérdida estimada de 1500 mL")], "Pérdida de 1500 mL no está en el input."),
        ("COD004", [("ácido tranexámico 1 g ev", "ácido tranexámico (B02AA02) 1 g ev")], "ATC B02AA02 (real) ausente del input, que trae el fármaco sin código."),
        ("HAL003", [("oxitocina (H01BB02) 20 UI en 500 mL ev", "oxitocina (H01BB02) 20 UI en 500 mL im")], "Oxitocina intramuscular; el input dice endovenosa."),
        ("", [("Hb de control 7,9 g/dL", "Hb de control 7.9 g/dL")], "Trampa: 7.9 con punto; limpio."),
        ("", [("ácido tranexámico 1 g ev", "Espercil 1 g ev")], "Trampa: Espercil, marca de ácido tranexámico; limpio."),
    ],
    alts=[("FMT003", "Ingresa por trabajo de parto, puérpera de 27 años, parto vaginal (O80.0) y hemorragia postparto (O72.1) manejada con oxitocina (H01BB02), ácido tranexámico y transfusión. Alta a las 72 horas con sulfato ferroso (B03AA07).",
           "Salida de menos de 80 palabras.")]))

# c07 España, ginecología, miomatosis e histerectomía
O7 = ("Ingresa por metrorragias abundantes y dismenorrea de 8 meses de evolución, mujer de 46 años con anemia ferropénica secundaria y Hb 8,6 g/dL. "
      "Ecografía transvaginal con útero miomatoso de 14 cm y mioma intramural de 6 cm, JC leiomioma uterino (D25.9) y anemia (D64.9). "
      "Se realiza histerectomía total laparoscópica con salpinguectomía bilateral, conservando ambos ovarios, sin incidencias. "
      "Profilaxis con cefazolina (J01DB04) 2 g iv y analgesia con paracetamol (N02BE01) 1 g iv c/8h y dexketoprofeno 50 mg iv c/8h. "
      "Alta a las 48 horas con hierro oral, retirada de grapas en 10 días y revisión en consulta de Ginecología con AP.")
C(dict(key="c07", fmt="es", scen=dict(
    sex="F", age=46, service="Ginecología", motivo=["metrorragias abundantes", "dismenorrea"], tiempo="8 meses",
    labs={"Hb": "8,6 g/dL", "ferritina": "6 ng/mL"}, estudios=["Ecografía transvaginal: útero miomatoso de 14 cm, mioma intramural de 6 cm"],
    dx=[("D25.9", "Leiomioma uterino"), ("D64.9", "Anemia ferropénica secundaria")],
    proc=["Histerectomía total laparoscópica con salpinguectomía bilateral y conservación de ambos ovarios"],
    tto=[("J01DB04", "Cefazolina", "2 g profilaxis", "intravenosa"), ("N02BE01", "Paracetamol", "1 g cada 8 horas", "intravenosa"), (None, "Dexketoprofeno", "50 mg cada 8 horas", "intravenosa")],
    evo=["sin incidencias"], dias=2, alta=[(None, "Hierro oral", "", "oral")], indic=["alta a las 48 horas", "retirada de grapas en 10 días", "revisión en consulta con anatomía patológica"]),
    out=O7,
    note="Trampa: 'bilateral' correcto para la salpinguectomía; AP por anatomía patológica; anemia respaldada por Hb 8,6.",
    muts=[
        ("HAL004", [("salpinguectomía bilateral", "salpinguectomía derecha")], "Salpinguectomía derecha; el input dice bilateral."),
        ("FMT001", [("Ingresa por metrorragias", "Epicrisis: Ingresa por metrorragias")], "Empieza con 'Epicrisis:' antes de 'Ingresa por'."),
        ("COD001", [("JC leiomioma uterino (D25.9)", "JC leiomioma uterino D25.9")], "CIE-10 sin paréntesis."),
        ("REP001", [("sin incidencias. ", "sin incidencias, sin incidencias, sin incidencias, sin incidencias, sin incidencias, sin incidencias. ")], "Bucle degenerado 'sin incidencias'."),
        ("", [("dexketoprofeno 50 mg iv c/8h", "Enantyum 50 mg iv c/8h")], "Trampa: Enantyum, marca de dexketoprofeno; limpio."),
    ]))

# c08 Argentina, trauma, TEC leve + fractura distal de radio (texto libre)
O8 = ("Ingresa por caída de moto con TEC leve y dolor en muñeca izquierda de 2 horas de evolución, masculino de 22 años, Glasgow 15/15, sin pérdida de conocimiento. "
      "TAC de cerebro sin lesiones agudas y Rx con fractura de radio distal izquierdo desplazada, se diagnostica conmoción cerebral (S06.0) y fractura de extremo distal del radio (S52.5). "
      "Se realiza reducción cerrada y osteosíntesis percutánea con clavijas de Kirschner, sin lesión neurovascular distal. "
      "Analgesia con diclofenac 75 mg IM c/12h y tramadol (N02AX02) 50 mg EV c/8h, profilaxis antitetánica. "
      "Alta a las 48 horas con valva antebraquial, control en consultorio de traumatología en 7 días y pautas de alarma neurológica.")
C(dict(key="c08", fmt="text", scen=dict(
    sex="M", age=22, service="Guardia / Traumatología", motivo=["caída de moto", "TEC leve", "dolor en muñeca izquierda"], tiempo="2 horas",
    labs={"Glasgow": "15/15"}, estudios=["TAC de cerebro: sin lesiones agudas", "Rx muñeca: fractura de radio distal izquierdo desplazada"],
    dx=[("S06.0", "Conmoción cerebral"), ("S52.5", "Fractura de extremo distal del radio izquierdo")],
    proc=["Reducción cerrada y osteosíntesis percutánea con clavijas de Kirschner", "Profilaxis antitetánica"],
    tto=[(None, "Diclofenac", "75 mg cada 12 horas", "intramuscular"), ("N02AX02", "Tramadol", "50 mg cada 8 horas", "endovenosa")],
    evo=["sin pérdida de conocimiento", "sin lesión neurovascular distal", "alta a las 48 horas"], indic=["valva antebraquial", "control en consultorio de traumatología en 7 días", "pautas de alarma neurológica"]),
    out=O8,
    note="Trampa: pérdida de conocimiento y lesión neurovascular negadas; diclofenac sin código no exige ATC.",
    muts=[
        ("FMT002", [("Se realiza reducción cerrada", "Se realiza [reducción cerrada]")], "Corchetes en el texto."),
        ("COD002", [("sin lesión neurovascular distal.", "sin lesión neurovascular distal, traumatismo intracraneal (S06.9) descartado por TAC.")], "S06.9 (traumatismo intracraneal no especificado, real) no está en el input, que da S06.0."),
        ("COD004", [("Analgesia con diclofenac 75 mg", "Analgesia con diclofenac (M01AB05) 75 mg")], "ATC M01AB05 (real, diclofenaco) ausente del input."),
        ("HAL004", [("dolor en muñeca izquierda", "dolor en muñeca derecha")], "Muñeca derecha; el input dice izquierda."),
        ("", [("diclofenac 75 mg IM c/12h", "Voltaren 75 mg IM c/12h")], "Trampa: Voltaren, marca del diclofenac del input; limpio."),
        ("", [("Glasgow 15/15", "GCS 15/15")], "Trampa: GCS por Glasgow; limpio."),
    ],
    alts=[("FMT003", O8 + " Durante la observación permaneció con Glasgow 15/15, sin vómitos, sin cefalea progresiva ni déficit focal, y con buena perfusión distal de la mano izquierda tras la osteosíntesis. Se explicó al paciente y a su acompañante la necesidad de mantener la valva antebraquial, elevar el miembro, movilizar activamente los dedos y consultar de inmediato ante dolor creciente, parestesias, palidez o frialdad de la mano. También se entregaron por escrito las pautas de alarma neurológica por el TEC leve, incluidas somnolencia excesiva, vómitos reiterados, confusión o convulsiones, y se indicó no conducir la moto hasta el control en consultorio de traumatología, donde se decidirá el retiro de las clavijas de Kirschner y la duración total de la inmovilización con la valva.",
           "Salida de más de 200 palabras (contenido fundado).")]))

# c09 España, psiquiatría, manía con síntomas psicóticos (FHIR)
O9 = ("Ingresa por insomnio, verborrea, gastos excesivos e ideas delirantes de grandeza de 10 días de evolución, varón de 41 años con trastorno bipolar conocido que abandonó el litio hace 2 meses. "
      "Litemia indetectable, TSH 1,8 mUI/L y tóxicos en orina negativos, JC episodio maníaco con síntomas psicóticos (F31.2). "
      "Se reintroduce litio (N05AN01) 400 mg c/12h vo con litemia de control 0,8 mEq/L y olanzapina (N05AH03) 10 mg noche, sin precisar contención mecánica. "
      "Remisión progresiva de la clínica maníaca y buena conciencia de enfermedad. Alta a los 18 días con seguimiento en su Centro de Salud Mental y control de litemia y función renal.")
C(dict(key="c09", fmt="fhir", scen=dict(
    sex="M", age=41, service="Unidad de Hospitalización Psiquiátrica", motivo=["insomnio", "verborrea", "gastos excesivos", "ideas delirantes de grandeza"], tiempo="10 días",
    ant=[(None, "Trastorno bipolar; abandono de litio hace 2 meses")],
    labs={"litemia ingreso": "indetectable", "TSH": "1,8 mUI/L", "tóxicos en orina": "negativos", "litemia control": "0,8 mEq/L"},
    dx=[("F31.2", "Trastorno bipolar, episodio maníaco con síntomas psicóticos")],
    tto=[("N05AN01", "Carbonato de litio", "400 mg cada 12 horas", "oral"), ("N05AH03", "Olanzapina", "10 mg por la noche", "oral")],
    evo=["remisión progresiva de la clínica maníaca", "buena conciencia de enfermedad"], dias=18, indic=["seguimiento en Centro de Salud Mental", "control de litemia y función renal"]),
    out=O9,
    note="Trampa: litio abandonado y reintroducido; contención mecánica negada; tóxicos negativos.",
    muts=[
        ("CLN001", [("y olanzapina (N05AH03) 10 mg noche,", ", olanzapina (N05AH03) 10 mg noche y metformina (A10BA02) 850 mg c/12h,")], "Metformina sin diabetes entre los diagnósticos.",
         lambda s: s["tto"].append(("A10BA02", "Metformina", "850 mg cada 12 horas", "oral"))),
        ("REP001", [("Remisión progresiva de la clínica maníaca y buena conciencia de enfermedad.", "Remisión progresiva de la clínica maníaca y buena conciencia de enfermedad. Remisión progresiva de la clínica maníaca y buena conciencia de enfermedad.")], "Oración repetida literalmente."),
        ("COD006", [("síntomas psicóticos (F31.2)", "síntomas psicóticos")], "Falta F31.2, único diagnóstico codificado."),
        ("HAL003", [("olanzapina (N05AH03) 10 mg noche", "olanzapina (N05AH03) 10 mg im")], "Olanzapina intramuscular; el input dice oral."),
        ("", [("Se reintroduce litio (N05AN01)", "Se reintroduce Plenur (N05AN01)")], "Trampa: Plenur, marca española de carbonato de litio; limpio."),
        ("", [("varón de 41 años", "hombre de 41 años")], "Trampa: hombre = varón = male; limpio."),
    ]))

# c10 México, pediatría, gastroenteritis con deshidratación (flat)
O10 = ("Ingresa por evacuaciones diarreicas líquidas, vómito y fiebre de 2 días de evolución, escolar masculino de 6 años con deshidratación moderada, peso 19 kg. "
       "Sodio 132 mEq/L, potasio 3,4 mEq/L y rotavirus en heces positivo, se integra gastroenteritis infecciosa (A09) con deshidratación (E86). "
       "Se hidrata con solución Hartmann 20 mL/kg IV y después VSO, ondansetrón (A04AA01) 2 mg IV dosis única, no se indican antibióticos ni antidiarreicos. "
       "Tolera vía oral a las 24 horas con uresis adecuada. Egresa con Vida Suero Oral a libre demanda, zinc 20 mg al día por 10 días y datos de alarma explicados a la mamá.")
C(dict(key="c10", fmt="mx_flat", scen=dict(
    folio="PED-881", sex="M", age=6, service="Pediatría", motivo=["evacuaciones diarreicas líquidas", "vómito", "fiebre"], tiempo="2 días",
    labs={"sodio": "132 mEq/L", "potasio": "3,4 mEq/L", "rotavirus en heces": "positivo", "peso": "19 kg"},
    dx=[("A09", "Gastroenteritis infecciosa"), ("E86", "Deshidratación moderada")],
    tto=[(None, "Solución Hartmann", "20 mL/kg", "intravenosa"), ("A04AA01", "Ondansetrón", "2 mg dosis única", "intravenosa")],
    evo=["tolera vía oral a las 24 horas", "uresis adecuada"], dias=2,
    alta=[(None, "Vida Suero Oral", "a libre demanda", "oral"), (None, "Zinc", "20 mg al día por 10 días", "oral")], indic=["datos de alarma"]),
    out=O10,
    note="Trampa: antibióticos y antidiarreicos negados; 'la mamá' no cambia el sexo del paciente; VSO por Vida Suero Oral.",
    muts=[
        ("FMT003", [("Se hidrata con solución Hartmann 20 mL/kg IV y después VSO, ondansetrón (A04AA01) 2 mg IV dosis única, no se indican antibióticos ni antidiarreicos. Tolera vía oral a las 24 horas con uresis adecuada. ", "Hidratación y ondansetrón (A04AA01). "), ("Sodio 132 mEq/L, potasio 3,4 mEq/L y rotavirus en heces positivo, se integra", "Se integra")], "Salida recortada a menos de 80 palabras."),
        ("COD003", [("ondansetrón (A04AA01) 2 mg IV", "ondansetrón A04AA01 2 mg IV")], "ATC de ondansetrón sin paréntesis."),
        ("HAL001", [("no se indican antibióticos ni antidiarreicos", "se indica metronidazol y loperamida")], "Metronidazol y loperamida no figuran en el input."),
        ("DEM001", [("escolar masculino de 6 años", "escolar masculino de 19 años")], "Edad 19 años (cifra del peso) contradice 6 años."),
        ("FMT002", [("Egresa con Vida Suero Oral", "Egresa con:\n- Vida Suero Oral")], "Lista numerada markdown."),
        ("", [("potasio 3,4 mEq/L", "K 3.4 mEq/L")], "Trampa: K abreviado y 3.4 con punto; limpio."),
        ("", [("ondansetrón (A04AA01) 2 mg IV dosis única", "ondansetron (A04AA01) 2 mg IV DU")], "Trampa: ondansetron sin tilde y DU por dosis única; limpio."),
    ]))

# c11 Chile, neonatología, sepsis neonatal precoz (cl)
O11 = ("Ingresa por quejido, polipnea y mala perfusión a las 12 horas de vida, RN de término de 38 semanas, sexo femenino, peso 3120 g, madre con RPM de 20 horas y SGB positivo sin profilaxis completa. "
       "PCR 48 mg/L, hemocultivo con Streptococcus agalactiae y LCR normal, se diagnostica sepsis neonatal bacteriana (P36.9). "
       "Se inicia ampicilina (J01CA01) 100 mg/kg c/8h ev y gentamicina (J01GB03) 4 mg/kg c/24h ev, oxígeno por naricera por 48 horas sin requerir VM. "
       "Completa 10 días de antibióticos con PCR de control 3 mg/L, lactancia materna exclusiva y buen incremento ponderal. Alta con control en policlínico de seguimiento neonatal y screening auditivo pendiente.")
C(dict(key="c11", fmt="cl", scen=dict(
    sex="F", age="12 horas de vida", service="Neonatología", motivo=["quejido", "polipnea", "mala perfusión"],
    ant=[(None, "RN de término de 38 semanas, peso 3120 g"), (None, "Madre con RPM de 20 horas y SGB positivo sin profilaxis completa")],
    labs={"PCR ingreso": "48 mg/L", "hemocultivo": "Streptococcus agalactiae", "LCR": "normal", "PCR control": "3 mg/L"},
    dx=[("P36.9", "Sepsis neonatal bacteriana precoz")], proc=["Oxígeno por naricera por 48 horas"],
    tto=[("J01CA01", "Ampicilina", "100 mg/kg cada 8 horas", "endovenosa"), ("J01GB03", "Gentamicina", "4 mg/kg cada 24 horas", "endovenosa")],
    evo=["completa 10 días de antibióticos", "lactancia materna exclusiva", "buen incremento ponderal"], dias=10,
    indic=["control en policlínico de seguimiento neonatal", "screening auditivo pendiente"]),
    out=O11,
    note="Trampa: la madre (otra persona) tiene RPM y SGB; ventilación mecánica negada.",
    muts=[
        ("HAL003", [("gentamicina (J01GB03) 4 mg/kg c/24h ev", "gentamicina (J01GB03) 4 mg/kg c/8h ev")], "Gentamicina c/8h; el input dice cada 24 horas."),
        ("HAL002", [("PCR 48 mg/L", "PCR 64 mg/L")], "PCR 64 no está en el input."),
        ("DEM001", [("sexo femenino, peso 3120 g", "sexo masculino, peso 3120 g")], "Sexo masculino; el input dice Femenino."),
        ("", [("ampicilina (J01CA01) 100 mg/kg c/8h ev", "ampicilina (J01CA01) 100 mg/kg cada 8 horas endovenosa")], "Trampa: misma posología en forma larga; limpio."),
    ]))

# c12 Argentina, geriatría, hiponatremia por tiazida
O12 = ("Ingresa por confusión, inestabilidad de la marcha y caídas de 4 días de evolución, paciente femenina de 81 años con HTA (I10) y enfermedad de Parkinson (G20), "
       "medicada con hidroclorotiazida (C03AA03) 25 mg/día y levodopa/carbidopa (N04BA02) 250/25 mg c/8h. Sodio 118 mEq/L, osmolaridad plasmática 252 mOsm/kg y TSH normal, "
       "se diagnostica hiponatremia severa (E87.1) asociada a tiazidas. Se suspende hidroclorotiazida y se corrige con solución salina hipertónica al 3% con controles de natremia c/6h, "
       "ascenso de 8 mEq/L en 24 horas. Sodio al alta 133 mEq/L, marcha en su basal. Alta a los 6 días con amlodipino (C08CA01) 5 mg/día en lugar de la tiazida y control por clínica médica.")
C(dict(key="c12", fmt="ar", scen=dict(
    sex="F", age=81, service="Clínica Médica", motivo=["confusión", "inestabilidad de la marcha", "caídas"], tiempo="4 días",
    ant=[("I10", "Hipertensión arterial"), ("G20", "Enfermedad de Parkinson")],
    hab=[("C03AA03", "Hidroclorotiazida", "25 mg/día", "oral"), ("N04BA02", "Levodopa/carbidopa", "250/25 mg cada 8 horas", "oral")],
    labs={"sodio ingreso": "118 mEq/L", "osmolaridad plasmática": "252 mOsm/kg", "TSH": "normal", "sodio alta": "133 mEq/L"},
    dx=[("E87.1", "Hiponatremia severa por tiazidas")],
    tto=[(None, "Solución salina hipertónica al 3%", "con controles de natremia cada 6 horas", "endovenosa"), ("C03AA03", "Hidroclorotiazida", "suspendida", "")],
    evo=["ascenso de 8 mEq/L en 24 horas", "marcha en su basal"], dias=6,
    alta=[("C08CA01", "Amlodipino", "5 mg/día", "oral"), ("N04BA02", "Levodopa/carbidopa", "250/25 mg cada 8 horas", "oral")], indic=["control por clínica médica"]),
    out=O12,
    note="Trampa: hidroclorotiazida suspendida (fármaco dado y retirado); hiponatremia respaldada por sodio 118.",
    muts=[
        ("COD001", [("enfermedad de Parkinson (G20)", "enfermedad de Parkinson G20")], "CIE-10 G20 sin paréntesis."),
        ("FMT001", [("Ingresa por confusión", "\"Ingresa por confusión")], "Empieza con comillas antes de 'Ingresa por'."),
        ("CLN001", [("Alta a los 6 días con amlodipino (C08CA01) 5 mg/día", "Alta a los 6 días con amlodipino (C08CA01) 5 mg/día, warfarina (B01AA03) 5 mg/día")], "Warfarina sin FA, TVP ni valvulopatía en los diagnósticos.",
         lambda s: s["alta"].append(("B01AA03", "Warfarina", "5 mg/día", "oral"))),
        ("HAL001", [("se diagnostica hiponatremia severa (E87.1)", "se diagnostica hipernatremia severa (E87.1)")], "Hipernatremia contradicha por sodio 118 (y el input dice hiponatremia)."),
        ("", [("levodopa/carbidopa (N04BA02)", "Sinemet (N04BA02)")], "Trampa: Sinemet, marca de levodopa/carbidopa; limpio."),
        ("", [("paciente femenina de 81 años", "señora de 81 años")], "Trampa: 'señora' concuerda con femenino; limpio."),
    ]))

# ---- COD007 singles: the hospital export itself carries a well-formed but non-existent CIE-10 code ----
C(dict(key="d01", fmt="co", exp0="COD007", scen=dict(
    sex="F", age=28, service="Urgencias - Psiquiatría", motivo=["palpitaciones", "disnea", "sensación de muerte inminente"], tiempo="2 horas",
    labs={"ECG": "taquicardia sinusal", "troponina": "negativa", "TSH": "1,4 mUI/L"},
    dx=[("F46.0", "Trastorno de pánico")], tto=[("N05BA06", "Lorazepam", "1 mg dosis única", "oral")],
    alta=[("N06AB10", "Escitalopram", "10 mg al día", "oral")], evo=["resolución de síntomas en 3 horas"], indic=["psicoterapia cognitivo conductual", "control con psiquiatría en 15 días"]),
    out="Ingresa por palpitaciones, disnea y sensación de muerte inminente de 2 horas de evolución, mujer de 28 años sin antecedentes. ECG con taquicardia sinusal, troponina negativa y TSH 1,4 mUI/L, se descarta síndrome coronario y se diagnostica trastorno de pánico (F46.0). Recibe lorazepam (N05BA06) 1 mg vo dosis única con resolución de síntomas en 3 horas. Egresa con escitalopram (N06AB10) 10 mg al día, remisión a psicoterapia cognitivo conductual y control con psiquiatría en 15 días, explicando a la paciente los signos de alarma y la naturaleza benigna de las crisis.",
    note="COD007: F46.0 del input (y copiado a la salida) no existe en CIE-10 (pánico es F41.0); síndrome coronario descartado."))
C(dict(key="d02", fmt="es", exp0="COD007", scen=dict(
    sex="M", age=36, service="Neurología", motivo=["cefalea holocraneal opresiva diaria"], tiempo="3 meses",
    labs={"VSG": "8 mm/h"}, estudios=["RM cerebral normal"], dx=[("G48.0", "Cefalea tensional crónica")],
    tto=[(None, "Amitriptilina", "10 mg por la noche", "oral")], evo=["mejoría parcial"], dias=2, indic=["higiene de sueño", "evitar abuso de analgésicos"]),
    out="Ingresa por cefalea holocraneal opresiva diaria de 3 meses de evolución, varón de 36 años sin signos de alarma, exploración neurológica normal. VSG 8 mm/h y RM cerebral normal, lo que descarta lesión estructural. JC cefalea tensional crónica (G48.0) con probable abuso de analgésicos. Se inicia amitriptilina 10 mg por la noche con mejoría parcial durante los 2 días de ingreso. Alta con recomendaciones de higiene de sueño, evitar abuso de analgésicos y seguimiento en consulta de Neurología general para valorar respuesta al tratamiento preventivo.",
    note="COD007: G48.0 no existe en CIE-10 (tensional es G44.2); el input lo trae así."))
C(dict(key="d03", fmt="lines", exp0="COD007", scen=dict(
    sex="M", age=74, service="Medicina Interna", motivo=["disnea progresiva", "ortopnea", "edema de extremidades inferiores"], tiempo="1 semana",
    ant=[("I10", "Hipertensión arterial")], labs={"NT-proBNP": "6400 pg/mL", "creatinina": "1,3 mg/dL"}, estudios=["Ecocardiograma: FEVI 30%"],
    dx=[("I53.0", "Insuficiencia cardíaca descompensada")],
    tto=[("C03CA01", "Furosemida", "40 mg cada 12 horas", "endovenosa")], alta=[("C07AG02", "Carvedilol", "6,25 mg cada 12 horas", "oral")], dias=5,
    evo=["baja de 4 kg de peso"], indic=["restricción de sal", "control en policlínico de insuficiencia cardíaca"]),
    out="Ingresa por disnea progresiva, ortopnea y edema de extremidades inferiores de 1 semana de evolución, pcte masculino de 74 años con HTA (I10). NT-proBNP 6400 pg/mL, creatinina 1,3 mg/dL y ecocardiograma con FEVI 30%, se diagnostica insuficiencia cardíaca descompensada (I53.0). Manejo con furosemida (C03CA01) 40 mg ev c/12h con baja de 4 kg de peso. Alta a los 5 días con carvedilol (C07AG02) 6,25 mg c/12h vo, restricción de sal y control en policlínico de insuficiencia cardíaca, con educación sobre pesaje diario y consulta precoz ante aumento de disnea o edema.",
    note="COD007: I53.0 no existe (IC es I50.x); el input lo exporta con ese error."))
C(dict(key="d04", fmt="mx_flat", exp0="COD007", scen=dict(
    folio="URO-19", sex="M", age=41, service="Urología", motivo=["dolor lumbar izquierdo tipo cólico", "hematuria"], tiempo="10 horas",
    labs={"creatinina": "1,0 mg/dL", "EGO": "eritrocitos incontables"}, estudios=["TAC simple: lito ureteral izquierdo de 5 mm"],
    dx=[("N24.9", "Litiasis ureteral izquierda")], tto=[("M01AB15", "Ketorolaco", "30 mg cada 8 horas", "intravenosa")],
    alta=[("G04CA02", "Tamsulosina", "0,4 mg cada 24 horas", "oral")], dias=1, indic=["ingesta de líquidos abundante", "colar la orina"]),
    out="Ingresa por dolor lumbar izquierdo tipo cólico y hematuria de 10 horas de evolución, masculino de 41 años sin antecedentes. Creatinina 1,0 mg/dL, EGO con eritrocitos incontables y TAC simple con lito ureteral izquierdo de 5 mm, se integra litiasis ureteral izquierda (N24.9). Control del dolor con ketorolaco (M01AB15) 30 mg IV c/8h, no requiere derivación urinaria. Egresa al día siguiente con tamsulosina (G04CA02) 0,4 mg VO c/24h como terapia expulsiva, ingesta de líquidos abundante, colar la orina para análisis del lito y cita en la consulta externa de urología.",
    note="COD007: N24.9 no existe (litiasis ureteral es N20.1); derivación urinaria negada."))
C(dict(key="d05", fmt="ar", exp0="COD007", scen=dict(
    sex="F", age=63, service="Clínica Médica", motivo=["eritema", "calor y dolor en pierna derecha", "fiebre"], tiempo="3 días",
    ant=[("E11.9", "Diabetes tipo 2")], labs={"leucocitos": "13900/mm3", "PCR": "92 mg/L"}, estudios=["Ecodoppler venoso: sin trombosis"],
    dx=[("L06.9", "Celulitis de pierna derecha")], tto=[("J01CF02", "Cloxacilina", "1 g cada 6 horas", "endovenosa")],
    alta=[("J01CF02", "Cloxacilina", "500 mg cada 6 horas por 7 días", "oral")], dias=4, evo=["disminución del eritema"], indic=["reposo con pierna elevada"]),
    out="Ingresa por eritema, calor y dolor en pierna derecha con fiebre de 3 días de evolución, paciente femenina de 63 años con DM2 (E11.9). Leucocitos 13900/mm3 y PCR 92 mg/L, ecodoppler venoso sin trombosis, por lo que se descarta TVP, y se diagnostica celulitis de pierna derecha (L06.9). Recibe cloxacilina (J01CF02) 1 g EV c/6h con disminución del eritema. Egresa a los 4 días con cloxacilina 500 mg VO c/6h por 7 días, reposo con pierna elevada y control por clínica médica con glucemias.",
    note="COD007: L06.9 no existe (celulitis es L03.1); TVP descartada."))
C(dict(key="d06", fmt="fhir", exp0="COD007", scen=dict(
    sex="M", age=17, service="Cirugía Pediátrica", motivo=["dolor periumbilical migratorio a fosa ilíaca derecha", "anorexia"], tiempo="18 horas",
    labs={"leucocitos": "14200", "PCR": "36 mg/L"}, estudios=["Ecografía: apéndice de 8 mm"], dx=[("K34.9", "Apendicitis aguda no complicada")],
    proc=["Apendicectomía laparoscópica"], tto=[("J01DB04", "Cefazolina", "2 g profilaxis", "intravenosa"), ("N02BE01", "Paracetamol", "1 g cada 8 horas", "oral")], dias=1,
    evo=["tolera dieta"], indic=["control en policlínico de cirugía"]),
    out="Ingresa por dolor periumbilical migratorio a fosa ilíaca derecha y anorexia de 18 horas de evolución, adolescente varón de 17 años. Leucocitos 14200, PCR 36 mg/L y ecografía con apéndice de 8 mm, se diagnostica apendicitis aguda no complicada (K34.9). Se realiza apendicectomía laparoscópica con profilaxis de cefazolina (J01DB04) 2 g ev, sin hallazgo de perforación. Tolera dieta y se indica paracetamol (N02BE01) 1 g c/8h vo. Alta al día siguiente con control en policlínico de cirugía y signos de alarma explicados a él y a su madre.",
    note="COD007: K34.9 no existe (apendicitis es K35.x); perforación negada; 'su madre' no altera el sexo."))

# c13 Colombia, cirugía oncológica, cáncer de sigmoides; códigos del input sin punto (C187, K565)
O13 = ("Ingresa por distensión abdominal, ausencia de deposiciones y vómito de 4 días de evolución, hombre de 68 años con adenocarcinoma de colon sigmoides (C18.7) en estudio. "
       "Rx de abdomen con niveles hidroaéreos y TAC con lesión estenosante de sigmoides sin metástasis hepáticas, CEA 14,2 ng/mL, se diagnostica obstrucción intestinal (K56.5). "
       "Se realiza sigmoidectomía con colostomía terminal tipo Hartmann, profilaxis con ampicilina/sulbactam 3 g IV y luego dipirona (N02BB02) 2 g IV c/8h. "
       "Buena función de la colostomía al día 3 y tolera dieta blanda. Egreso al día 6 con cuidados de ostomía, enoxaparina (B01AB05) 40 mg SC c/24h por 28 días y cita en junta de oncología.")
C(dict(key="c13", fmt="co", scen=dict(
    sex="M", age=68, service="Cirugía General - Coloproctología", motivo=["distensión abdominal", "ausencia de deposiciones", "vómito"], tiempo="4 días",
    ant=[("C187", "Adenocarcinoma de colon sigmoides en estudio")],
    labs={"CEA": "14,2 ng/mL"}, estudios=["Rx abdomen: niveles hidroaéreos", "TAC: lesión estenosante de sigmoides, sin metástasis hepáticas"],
    dx=[("K565", "Obstrucción intestinal")], proc=["Sigmoidectomía con colostomía terminal (Hartmann)"],
    tto=[(None, "Ampicilina/sulbactam", "3 g profilaxis", "intravenosa"), ("N02BB02", "Dipirona", "2 g cada 8 horas", "intravenosa")],
    evo=["colostomía funcionante al día 3", "tolera dieta blanda"], dias=6,
    alta=[("B01AB05", "Enoxaparina", "40 mg cada 24 horas por 28 días", "subcutánea")], indic=["cuidados de ostomía", "junta de oncología"]),
    out=O13,
    note="Trampa: el input trae C187 y K565 sin punto y la salida los escribe C18.7 y K56.5; dipirona = metamizol.",
    muts=[
        ("COD002", [("Buena función de la colostomía", "Resuelta la obstrucción intestinal (K56.6), buena función de la colostomía")], "K56.6 (real) no está en el input, que da K565.", None),
        ("COD005", [("adenocarcinoma de colon sigmoides (C18.7)", "adenocarcinoma de colon sigmoides (K56.5)"), ("se diagnostica obstrucción intestinal (K56.5)", "se diagnostica obstrucción intestinal (C18.7)")], "Códigos de adenocarcinoma y obstrucción intestinal intercambiados."),
        ("COD003", [("enoxaparina (B01AB05) 40 mg SC", "enoxaparina B01AB05 40 mg SC")], "ATC de enoxaparina sin paréntesis."),
        ("REP001", [("Buena función de la colostomía al día 3 y tolera dieta blanda.", "Buena función de la colostomía al día 3 y tolera dieta blanda. Buena función de la colostomía al día 3 y tolera dieta blanda. Buena función de la colostomía al día 3 y tolera dieta blanda.")], "Oración repetida tres veces."),
        ("", [("dipirona (N02BB02) 2 g IV c/8h", "metamizol (N02BB02) 2 g IV c/8h")], "Trampa: metamizol = dipirona del input; limpio."),
        ("", [("Egreso al día 6", "Egreso al sexto día")], "Trampa: número en palabras (sexto = 6); limpio."),
    ]))

# c14 México, neurología, estado epiléptico; input en texto libre con I10X
O14 = ("Ingresa por crisis convulsivas tónico-clónicas generalizadas repetidas sin recuperación entre ellas de 30 minutos de evolución, femenina de 52 años con epilepsia (G40.9) e HTA (I10). "
       "Usuaria de ácido valproico (N03AG01) 500 mg c/12h con mala adherencia, niveles séricos de valproato 18 mcg/mL, glucosa 112 mg/dL y TAC de cráneo sin lesiones agudas. "
       "Se yugula con diazepam (N05BA01) 10 mg IV y se impregna con levetiracetam (N03AX14) 1500 mg IV, sin requerir intubación. "
       "Sin nuevas crisis en 72 horas, recupera estado neurológico basal. Egresa al día 4 con levetiracetam 750 mg VO c/12h, valproato suspendido, losartán (C09CA01) 50 mg c/24h y cita en neurología.")
C(dict(key="c14", fmt="text", scen=dict(
    sex="F", age=52, service="Neurología", motivo=["crisis convulsivas tónico-clónicas generalizadas repetidas sin recuperación entre ellas"], tiempo="30 minutos",
    ant=[("G40.9", "Epilepsia"), ("I10X", "Hipertensión arterial sistémica")],
    hab=[("N03AG01", "Ácido valproico", "500 mg cada 12 horas, mala adherencia", "oral"), ("C09CA01", "Losartán", "50 mg cada 24 horas", "oral")],
    labs={"valproato sérico": "18 mcg/mL", "glucosa": "112 mg/dL"}, estudios=["TAC de cráneo sin lesiones agudas"],
    dx=[(None, "Estado epiléptico convulsivo")],
    tto=[("N05BA01", "Diazepam", "10 mg", "intravenosa"), ("N03AX14", "Levetiracetam", "impregnación 1500 mg, luego 750 mg cada 12 horas", "intravenosa y luego oral")],
    evo=["sin nuevas crisis en 72 horas", "recupera estado neurológico basal", "se suspende valproato"], dias=4, indic=["cita en neurología"]),
    out=O14,
    note="Trampa: el input trae I10X (formato mexicano) y la salida escribe I10; valproato dado y suspendido; intubación negada.",
    muts=[
        ("COD002", [("recupera estado neurológico basal.", "recupera estado neurológico basal, estado epiléptico (G41.0) resuelto.")], "G41.0 (real) no está en el input: el estado epiléptico viene sin código."),
        ("COD001", [("epilepsia (G40.9) e HTA (I10)", "epilepsia e HTA (G40.9 y I10)")], "Dos códigos en un paréntesis."),
        ("FMT002", [("Se yugula con diazepam", "Se yugula con `diazepam`")], "Backticks de markdown."),
        ("COD006", [("e HTA (I10).", "e HTA.")], "Falta I10X/I10 del input."),
        ("HAL001", [("sin requerir intubación", "con intubación orotraqueal y propofol")], "Intubación y propofol no están en el input."),
        ("", [("Ingresa por crisis", "  Ingresa por crisis")], "Trampa: espacios iniciales antes de 'Ingresa por' (la regla los permite); limpio."),
        ("", [("levetiracetam (N03AX14) 1500 mg IV", "Keppra (N03AX14) 1500 mg IV")], "Trampa: Keppra, marca de levetiracetam; limpio."),
    ]))
