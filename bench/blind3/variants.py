# -*- coding: utf-8 -*-
"""Variantes: un problema plantado por registro, o trampas limpias."""
import copy

VARIANTS = []


def V(base, expected, note, repl=(), inp=None, both=(), out=None, raw_out=None, allow=(), wc=None):
    VARIANTS.append(dict(base=base, expected=list(expected), note=note, repl=list(repl), inp=inp,
                         both=list(both), out=out, raw_out=raw_out, allow=set(allow), wc=wc))


def _walk_drop(v, code):
    if isinstance(v, dict):
        return {k: _walk_drop(x, code) for k, x in v.items() if x != code}
    if isinstance(v, list):
        return [_walk_drop(x, code) for x in v]
    if isinstance(v, str):
        return v.replace(" (%s)" % code, "").replace("(%s) " % code, "")
    return v


def drop(code):
    return lambda inp: _walk_drop(inp, code)


def add(key, item):
    def f(inp):
        inp = copy.deepcopy(inp)
        inp.setdefault(key, []).append(item)
        return inp
    return f


def extra(**fields):
    def f(inp):
        inp = copy.deepcopy(inp)
        if isinstance(inp, str):
            return inp + " " + " ".join(fields.values())
        inp.update(fields)
        return inp
    return f


def isub(old, new):
    def f(inp):
        def w(v):
            if isinstance(v, dict):
                return {k: w(x) for k, x in v.items()}
            if isinstance(v, list):
                return [w(x) for x in v]
            if isinstance(v, str):
                return v.replace(old, new)
            return v
        return w(inp)
    return f


def chain(*fns):
    def f(inp):
        for g in fns:
            inp = g(inp)
        return inp
    return f


# ---------------------------------------------------------------- FMT001
V("cadera_es", ["FMT001"], "Plantado FMT001: el texto empieza por 'Varón de 84 años que ingresa por'.",
  repl=[("Ingresa por caída casual en domicilio con dolor e impotencia funcional de cadera izquierda en varón de 84 años,",
         "Varón de 84 años que ingresa por caída casual en domicilio con dolor e impotencia funcional de cadera izquierda,")])
V("depresion_es", ["FMT001"], "Plantado FMT001: antepone 'Epicrisis.' antes de 'Ingresa por'.",
  repl=[("Ingresa por ideación", "Epicrisis. Ingresa por ideación")])
V("dengue_co", ["FMT001"], "Plantado FMT001: 'ingresa por' en minúscula inicial.",
  repl=[("Ingresa por fiebre de 5 días", "ingresa por fiebre de 5 días")])
V("meningitis_mx", ["FMT001"], "Plantado FMT001: todo el texto va entre comillas (comilla inicial).",
  raw_out=lambda o: '"' + o + '"')
V("hd_cl", ["FMT001"], "Plantado FMT001: 'Ingresó por' en pretérito en vez de 'Ingresa por'.",
  repl=[("Ingresa por debilidad", "Ingresó por debilidad")])
V("neo_ictericia_co", ["FMT001"], "Plantado FMT001: 'INGRESA POR' en mayúsculas (no coincide la forma exacta).",
  repl=[("Ingresa por ictericia", "INGRESA POR ictericia")])

# ---------------------------------------------------------------- FMT002
V("preecl_mx", ["FMT002"], "Plantado FMT002: diagnóstico en negrita markdown **...**.",
  repl=[("preeclampsia con datos de severidad (O14.1)", "**preeclampsia con datos de severidad** (O14.1)")])
V("esquizo_ar", ["FMT002"], "Plantado FMT002: dos líneas de lista con guion.",
  repl=[(" Se reinicia risperidona", "\n- Se reinicia risperidona"), (" Durante la internación", "\n- Durante la internación")])
V("pielo_ar", ["FMT002"], "Plantado FMT002: fármaco entre backticks.",
  repl=[("se indica ceftriaxona (J01DD04)", "se indica `ceftriaxona` (J01DD04)")])
V("colecisto_es", ["FMT002"], "Plantado FMT002: encabezado markdown '## Evolución' en medio del texto.",
  repl=[(" En el postoperatorio tolera", "\n## Evolución\nEn el postoperatorio tolera")])
V("hda_mx", ["FMT002"], "Plantado FMT002: texto entre corchetes.",
  repl=[("positiva para Helicobacter pylori.", "positiva para Helicobacter pylori [ver anatomía patológica].")])
V("acv_co", ["FMT002"], "Plantado FMT002: etiqueta HTML <br> en el texto.",
  repl=[(" Recibe terapia física", " <br>Recibe terapia física")], allow={"71"})
V("iam_es", ["FMT002"], "Plantado FMT002: énfasis markdown con asteriscos simples *cara inferior*.",
  repl=[("de cara inferior (I21.1)", "de *cara inferior* (I21.1)")])

# ---------------------------------------------------------------- FMT003
V("apendic_cl", ["FMT003"], "Plantado FMT003: epicrisis demasiado corta (menos de 80 palabras), sin otro problema.",
  out="""Ingresa por dolor abdominal migratorio a fosa ilíaca derecha de 18 horas en paciente de sexo femenino de 23
  años. Se diagnostica apendicitis aguda con peritonitis localizada (K35.3) y se realiza apendicectomía laparoscópica
  con profilaxis de cefazolina (J01DB04) 2 g ev. Recibe metronidazol (J01XD01) 500 mg cada 8 horas ev y ketorolaco
  (M01AB15) 30 mg cada 8 horas ev. Alta al segundo día postoperatorio.""")
V("sepsis_cl", ["FMT003"], "Plantado FMT003: texto de unas 50 palabras (bajo el mínimo de 80).",
  out="""Ingresa por colangitis aguda (K83.0) complicada con sepsis por gramnegativos (A41.5) en paciente masculino de
  58 años. Requiere VMI por 4 días, noradrenalina (C01CA03) hasta 0,3 mcg/kg/min, CPRE con papilotomía y meropenem
  (J01DH02) 1 g ev cada 8 horas. Se traslada a sala tras 6 días en UCI.""")
V("cad_co", ["FMT003"], "Plantado FMT003: resumen corto bajo 80 palabras con todos los códigos.",
  out="""Ingresa por polidipsia, poliuria y respiración de Kussmaul en paciente masculino de 19 años con diabetes
  mellitus tipo 1 con cetoacidosis (E10.1). Recibe lactato de Ringer (B05BB01), insulina cristalina (A10AB01) a 0,1
  UI/kg/h y cloruro de potasio (A12BA01). Egresa al día 4 con insulina glargina (A10AE04) 18 UI SC en la noche e
  insulina aspart (A10AB05) 4 UI SC con cada comida.""")
IC_EXTRA = dict(
    evolucion_detalle="mejoría progresiva de la disnea, tolerancia a la marcha en sala y sin crepitaciones al alta",
    indicaciones_alta=["restricción de sodio y de líquidos", "control de peso diario en domicilio",
                       "consultar ante aumento de peso mayor a 2 kg en 3 días",
                       "control en policlínico de insuficiencia cardíaca en 2 semanas",
                       "vacunación anual contra influenza", "educación a la paciente y su familia sobre signos de alarma"])
IC_LONG_TAIL = (" Durante la hospitalización presenta mejoría progresiva de la disnea, tolerancia a la marcha en sala y"
                " ausencia de crepitaciones al alta, sin requerimiento de oxígeno. Se indica restricción de sodio y de"
                " líquidos, control de peso diario en domicilio y consultar ante un aumento de peso mayor a 2 kg en 3"
                " días. Se refuerza la vacunación anual contra influenza y se cita a control en policlínico de"
                " insuficiencia cardíaca en 2 semanas, con educación a la paciente y su familia sobre los signos de"
                " alarma que deben motivar una consulta precoz en el servicio de urgencia más cercano.")
V("ic_cl", ["FMT003"], "Plantado FMT003: epicrisis larga (más de 200 palabras), todo respaldado por el input.",
  inp=extra(**IC_EXTRA), raw_out=lambda o: o + IC_LONG_TAIL)
TB_EXTRA = ("Se educa sobre adherencia al tratamiento directamente observado y uso de cubrebocas. Se notifica el caso a "
            "la jurisdicción sanitaria y se estudian los contactos domiciliarios: esposa y dos hijos. Al egreso tolera "
            "la vía oral, con mejoría de la tos y sin fiebre desde el día 5. Cita en 15 días para control clínico y "
            "pruebas de función hepática en el centro de salud.")
TB_LONG_TAIL = (" Durante la estancia se educa al paciente sobre la adherencia al tratamiento directamente observado y el"
                " uso de cubrebocas, se notifica el caso a la jurisdicción sanitaria y se inicia el estudio de los"
                " contactos domiciliarios, que son su esposa y dos hijos. Al egreso tolera la vía oral, presenta"
                " mejoría de la tos y se mantiene sin fiebre desde el día 5. Se cita en 15 días en el centro de salud"
                " para control clínico y pruebas de función hepática, explicando a la familia los signos de alarma y"
                " la importancia de no suspender ninguna toma del esquema.")
V("tb_mx", ["FMT003"], "Plantado FMT003: texto por encima de 200 palabras (input ampliado que lo respalda).",
  inp=lambda s: s + " " + TB_EXTRA, raw_out=lambda o: o + TB_LONG_TAIL)
HDA_EXTRA = dict(
    escalas="Glasgow-Blatchford de 12 puntos al ingreso",
    indicaciones="dieta blanda, evitar AINE de forma definitiva, prueba de aliento para confirmar erradicación 4 semanas "
                 "después de terminar el tratamiento, acudir a urgencias si presenta melena, hematemesis o síncope, "
                 "cita en consulta externa de Gastroenterología con resultado de biopsia")
HDA_LONG_TAIL = (" Al ingreso la escala de Glasgow-Blatchford fue de 12 puntos. Se indica dieta blanda, evitar AINE de"
                 " forma definitiva y realizar prueba de aliento para confirmar la erradicación 4 semanas después de"
                 " terminar el tratamiento. Se instruye acudir a urgencias si presenta melena, hematemesis o síncope, y"
                 " se cita a consulta externa de Gastroenterología con el resultado de la biopsia, explicando al"
                 " paciente y a su familia la importancia de completar el esquema de erradicación sin interrupciones.")
V("hda_mx", ["FMT003"], "Plantado FMT003: epicrisis extensa de más de 200 palabras.",
  inp=extra(**HDA_EXTRA), raw_out=lambda o: o + HDA_LONG_TAIL)

# ---------------------------------------------------------------- COD001
V("meningitis_mx", ["COD001"], "Plantado COD001: código CIE-10 G00.1 sin paréntesis.",
  repl=[("meningitis neumocócica (G00.1)", "meningitis neumocócica G00.1")])
V("colecisto_es", ["COD001"], "Plantado COD001: 'código K80.0' fuera de paréntesis.",
  repl=[("colecistitis aguda (K80.0)", "colecistitis aguda, código K80.0,")])
V("nf_lma_mx", ["COD001"], "Plantado COD001: C92.0 escrito sin paréntesis.",
  repl=[("leucemia mieloide aguda (C92.0)", "leucemia mieloide aguda C92.0")])
V("acv_co", ["COD001"], "Plantado COD001: I48.9 sin paréntesis.",
  repl=[("fibrilación auricular (I48.9)", "fibrilación auricular I48.9")], allow={"71"})
V("hpp_cl", ["COD001"], "Plantado COD001: O72.1 sin paréntesis.",
  repl=[("hemorragia postparto inmediata (O72.1)", "hemorragia postparto inmediata O72.1")])
V("celulitis_co", ["COD001"], "Plantado COD001: 'código L03.1' sin paréntesis.",
  repl=[("celulitis de miembro inferior izquierdo (L03.1)", "celulitis de miembro inferior izquierdo, código L03.1,")])
# ---------------------------------------------------------------- COD002
V("neo_ictericia_co", ["COD002"], "Plantado COD002: el input nombra el síndrome de hijo de madre diabética sin código; la salida agrega P70.0.",
  inp=drop("P70.0"))
V("pielo_ar", ["COD002"], "Plantado COD002: el input trae la pielonefritis sin código; la salida escribe (N10).",
  inp=drop("N10"))
V("tb_mx", ["COD002"], "Plantado COD002: el texto libre del input no trae (B24); la salida sí.",
  inp=drop("B24"))
V("ic_cl", ["COD002"], "Plantado COD002: hipertensión en el input sin código; la salida agrega (I10).",
  inp=drop("I10"), allow={"81"})
V("iam_es", ["COD002"], "Plantado COD002: hipercolesterolemia sin código en el input; salida con (E78.0).",
  inp=drop("E78.0"))
V("cadera_es", ["COD002"], "Plantado COD002: HTA del input sin código; la salida escribe hipertenso (I10).",
  inp=drop("I10"))

# ---------------------------------------------------------------- COD003
V("apendic_cl", ["COD003"], "Plantado COD003: ATC J01XD01 sin paréntesis.",
  repl=[("metronidazol (J01XD01)", "metronidazol J01XD01")])
V("hda_mx", ["COD003"], "Plantado COD003: ATC J01CA04 sin paréntesis.",
  repl=[("amoxicilina (J01CA04)", "amoxicilina J01CA04")])
V("hpp_cl", ["COD003"], "Plantado COD003: ATC B03AA07 sin paréntesis.",
  repl=[("sulfato ferroso (B03AA07)", "sulfato ferroso B03AA07")])
V("iam_es", ["COD003"], "Plantado COD003: ATC B01AC24 sin paréntesis.",
  repl=[("ticagrelor (B01AC24)", "ticagrelor B01AC24")])
V("neumo_cl", ["COD003"], "Plantado COD003: 'ATC C09CA01' entre comas, sin paréntesis.",
  repl=[("losartán (C09CA01)", "losartán, ATC C09CA01,")])
V("dengue_co", ["COD003"], "Plantado COD003: ATC N02BE01 sin paréntesis.",
  repl=[("acetaminofén (N02BE01)", "acetaminofén N02BE01")])

# ---------------------------------------------------------------- COD004
V("mama_co", ["COD004"], "Plantado COD004: el input trae acetaminofén sin ATC; la salida escribe (N02BE01).",
  inp=drop("N02BE01"))
V("tep_ar", ["COD004"], "Plantado COD004: rivaroxabán sin ATC en el input; salida con (B01AF01).",
  inp=drop("B01AF01"))
V("depresion_es", ["COD004"], "Plantado COD004: lorazepam sin código en el input; salida con (N05BA06).",
  inp=drop("N05BA06"))
V("preecl_mx", ["COD004"], "Plantado COD004: el texto libre no trae el ATC de labetalol; la salida sí (C07AG01).",
  inp=drop("C07AG01"))
V("esquizo_ar", ["COD004"], "Plantado COD004: diazepam sin ATC en el input; salida con (N05BA01).",
  inp=drop("N05BA01"))
V("prematuro_es", ["COD004"], "Plantado COD004: cafeína sin ATC en el input; salida con (N06BC01).",
  inp=drop("N06BC01"))

# ---------------------------------------------------------------- COD005
V("preecl_mx", ["COD005"], "Plantado COD005: ATC intercambiados entre sulfato de magnesio y labetalol.",
  repl=[("sulfato de magnesio (A12CC02)", "sulfato de magnesio (C07AG01)"), ("labetalol (C07AG01)", "labetalol (A12CC02)")])
V("iam_es", ["COD005"], "Plantado COD005: AAS lleva el ATC de ticagrelor y viceversa.",
  repl=[("AAS (B01AC06)", "AAS (B01AC24)"), ("ticagrelor (B01AC24)", "ticagrelor (B01AC06)")])
V("delirium_es", ["COD005"], "Plantado COD005: delirium con N39.0 e infección urinaria con F05.1 (intercambiados).",
  repl=[("demencia (F05.1)", "demencia (N39.0)"), ("urinarias (N39.0)", "urinarias (F05.1)")])
V("prematuro_es", ["COD005"], "Plantado COD005: P22.0 y P07.3 intercambiados entre SDR y prematuridad.",
  repl=[("recién nacido (P22.0)", "recién nacido (P07.3)"), ("pretérmino (P07.3)", "pretérmino (P22.0)")])
V("hd_cl", ["COD005"], "Plantado COD005: ERC etapa 5 con D63.8 y anemia con N18.5.",
  repl=[("etapa 5 (N18.5)", "etapa 5 (D63.8)"), ("enfermedad crónica (D63.8)", "enfermedad crónica (N18.5)")])
V("cad_co", ["COD005"], "Plantado COD005: lactato de Ringer con el ATC del cloruro de potasio y viceversa.",
  repl=[("lactato de Ringer (B05BB01)", "lactato de Ringer (A12BA01)"), ("cloruro de potasio (A12BA01)", "cloruro de potasio (B05BB01)")])
V("celulitis_co", ["COD005"], "Plantado COD005: cefazolina con el ATC de cefalexina y viceversa.",
  repl=[("cefazolina (J01DB04)", "cefazolina (J01DB01)"), ("cefalexina (J01DB01)", "cefalexina (J01DB04)")])

# ---------------------------------------------------------------- COD006
V("esquizo_ar", ["COD006"], "Plantado COD006: diazepam sin su ATC N05BA01 (código del input omitido).",
  repl=[("diazepam (N05BA01)", "diazepam")])
V("hda_mx", ["COD006"], "Plantado COD006: omeprazol nunca lleva su código A02BC01.",
  repl=[("omeprazol (A02BC01) 40 mg", "omeprazol 40 mg")])
V("delirium_es", ["COD006"], "Plantado COD006: Alzheimer sin su código G30.1.",
  repl=[("comienzo tardío (G30.1)", "comienzo tardío")], allow={"89"})
V("celulitis_co", ["COD006"], "Plantado COD006: diabetes sin su código E11.9.",
  repl=[("tipo 2 (E11.9)", "tipo 2")])
V("acv_co", ["COD006"], "Plantado COD006: fibrilación auricular sin I48.9.",
  repl=[("fibrilación auricular (I48.9)", "fibrilación auricular")], allow={"71"})
V("mama_co", ["COD006"], "Plantado COD006: tramadol sin su ATC N02AX02.",
  repl=[("tramadol (N02AX02)", "tramadol")])

# ---------------------------------------------------------------- COD007
V("neumo_cl", ["COD007"], "Plantado COD007: J18.7 (inexistente en CIE-10) en input y salida, con la misma etiqueta.",
  both=[("J18.9", "J18.7")])
V("meningitis_mx", ["COD007"], "Plantado COD007: G00.7 no existe en CIE-10; presente en input y salida.",
  both=[("G00.1", "G00.7")])
V("iam_es", ["COD007"], "Plantado COD007: I21.7 no existe en CIE-10; presente en input y salida.",
  both=[("I21.1", "I21.7")])
V("hd_cl", ["COD007"], "Plantado COD007: N18.7 no existe en CIE-10 (N18 llega a .5 y .9).",
  both=[("N18.5", "N18.7")])
V("apendic_cl", ["COD007"], "Plantado COD007: K35.7 no existe en CIE-10.",
  both=[("K35.3", "K35.7")])
V("depresion_es", ["COD007"], "Plantado COD007: F32.6 no existe en CIE-10.",
  both=[("F32.2", "F32.6")])

# ---------------------------------------------------------------- HAL001
V("neo_ictericia_co", ["HAL001"], "Plantado HAL001: exanguinotransfusión no presente en el input.",
  repl=[("Se realiza fototerapia intensiva por 48 horas,", "Se realiza fototerapia intensiva por 48 horas y exanguinotransfusión,")])
V("preecl_mx", ["HAL001"], "Plantado HAL001: salpingoclasia bilateral inventada.",
  repl=[("cesárea tipo Kerr sin complicaciones", "cesárea tipo Kerr con salpingoclasia bilateral sin complicaciones")])
V("cadera_es", ["HAL001"], "Plantado HAL001: transfusión afirmada; el input no la registra.",
  repl=[("sin precisar transfusión", "precisando transfusión de un concentrado de hematíes")])
V("apendic_cl", ["HAL001"], "Plantado HAL001: dispositivo (drenaje tubular) ausente del input.",
  repl=[("apendicectomía laparoscópica con profilaxis", "apendicectomía laparoscópica con instalación de drenaje tubular y profilaxis")])
V("esquizo_ar", ["HAL001"], "Plantado HAL001: haloperidol intramuscular no figura en el input.",
  repl=[("con descenso progresivo.", "con descenso progresivo, requiriendo además haloperidol intramuscular.")])
V("meningitis_mx", ["HAL001"], "Plantado HAL001: derivación ventricular externa no presente en el input.",
  repl=[("Se egresa tras", "Requirió colocación de derivación ventricular externa. Se egresa tras")])
V("acv_co", ["HAL001"], "Plantado HAL001: trombectomía mecánica inventada (input: fuera de ventana, sin procedimiento).",
  repl=[("Por encontrarse fuera de ventana no se realiza trombólisis.",
         "Por encontrarse fuera de ventana para trombólisis se realiza trombectomía mecánica.")], allow={"71"})
V("sepsis_cl", ["HAL001"], "Plantado HAL001: traqueostomía inventada.",
  repl=[("con VMI por 4 días,", "con VMI por 4 días, traqueostomía,")])
V("hda_mx", ["HAL001"], "Plantado HAL001: embolización arterial selectiva no presente en el input.",
  repl=[("Evoluciona sin resangrado y sin requerir cirugía,", "Se complementa con embolización arterial selectiva y evoluciona sin resangrado,")])
V("tep_ar", ["HAL001"], "Plantado HAL001: trombólisis sistémica afirmada (el input no la registra).",
  repl=[("No se indica trombólisis.", "Se realiza trombólisis sistémica.")])
V("colecisto_es", ["HAL001"], "Plantado HAL001: CPRE inventada antes de la colecistectomía.",
  repl=[("se realiza colecistectomía", "se realiza CPRE seguida de colecistectomía")])
V("celulitis_co", ["HAL001"], "Plantado HAL001: TVP afirmada cuando el Doppler del input la descarta.",
  repl=[("el Doppler venoso descarta trombosis venosa profunda", "el Doppler venoso confirma trombosis venosa profunda")])
V("neumo_cl", ["HAL001"], "Plantado HAL001: insuficiencia renal aguda contradicha por creatinina 1,1 mg/dL del input.",
  repl=[("y creatinina 1,1 mg/dL.", "y creatinina 1,1 mg/dL, configurando insuficiencia renal aguda.")])
V("prematuro_es", ["HAL001"], "Plantado HAL001: ventilación mecánica invasiva afirmada; el input dice que no la hubo.",
  repl=[("sin necesidad de ventilación mecánica invasiva", "requiriendo además ventilación mecánica invasiva")])

# ---------------------------------------------------------------- HAL002
V("neumo_cl", ["HAL002"], "Plantado HAL002: saturación 86% (el input dice 89%).",
  repl=[("saturación de 89%", "saturación de 86%")])
V("neo_ictericia_co", ["HAL002"], "Plantado HAL002: bilirrubina total 18,7 en vez de 17,8.",
  repl=[("total de 17,8 mg/dL", "total de 18,7 mg/dL")])
V("nf_lma_mx", ["HAL002"], "Plantado HAL002: hemoglobina 7,3 g/dL inexistente en el input.",
  repl=[("hemoglobina de 8,3 g/dL", "hemoglobina de 7,3 g/dL")])
V("pielo_ar", ["HAL002"], "Plantado HAL002: glóbulos blancos 12.800 en lugar de 18.200.",
  repl=[("glóbulos blancos 18.200/mm3", "glóbulos blancos 12.800/mm3")])
V("ic_cl", ["HAL002"], "Plantado HAL002: baja de peso de 6 kg (input 3 kg).",
  repl=[("baja de peso de 3 kg", "baja de peso de 6 kg")], allow={"81"})
V("tec_ar", ["HAL002"], "Plantado HAL002: tensión arterial 150/90 mmHg que no aparece en el input.",
  repl=[("anisocoria con midriasis derecha.", "anisocoria con midriasis derecha, con tensión arterial de 150/90 mmHg.")])
V("asma_cl", ["HAL002"], "Plantado HAL002: alta a los 6 días (input: 3 días; el 6 no aparece en el input).",
  repl=[("alta a los 3 días", "alta a los 6 días")])

# ---------------------------------------------------------------- CLN001
V("neumo_cl", ["CLN001"], "Plantado CLN001: alopurinol en el input y la salida sin gota ni hiperuricemia entre los diagnósticos.",
  inp=add("farmacos_cronicos", {"atc": "M04AA01", "nombre": "Alopurinol", "posologia": "300 mg cada 24 horas", "via": "oral"}),
  repl=[("horas y metformina (A10BA02) 850 mg cada 12 horas.",
         "horas, metformina (A10BA02) 850 mg cada 12 horas y alopurinol (M04AA01) 300 mg cada 24 horas.")])
V("depresion_es", ["CLN001"], "Plantado CLN001: tamsulosina en una mujer sin diagnóstico urológico que la justifique.",
  inp=add("tratamiento", {"atc": "G04CA02", "nombre": "tamsulosina", "dosis": "0,4 mg cada 24 horas"}),
  repl=[("junto con lorazepam (N05BA06) 1 mg cada 12 horas.",
         "junto con lorazepam (N05BA06) 1 mg cada 12 horas y tamsulosina (G04CA02) 0,4 mg cada 24 horas.")])
V("asma_cl", ["CLN001"], "Plantado CLN001: metformina en escolar sin diabetes ni otro diagnóstico que la justifique.",
  inp=add("tratamiento", {"atc": "A10BA02", "farmaco": "Metformina", "dosis": "500 mg VO cada 12 horas"}),
  repl=[("por 5 días. Evoluciona", "por 5 días, manteniendo metformina (A10BA02) 500 mg VO cada 12 horas. Evoluciona")])
V("esquizo_ar", ["CLN001"], "Plantado CLN001: tamoxifeno sin neoplasia entre los diagnósticos.",
  inp=add("indicaciones", {"atc": "L02BA01", "nombre": "Tamoxifeno", "posologia": "20 mg cada 24 horas vía oral"}),
  repl=[("con descenso progresivo.", "con descenso progresivo, y se mantiene tamoxifeno (L02BA01) 20 mg cada 24 horas vía oral.")])
V("ovario_es", ["CLN001"], "Plantado CLN001: insulina glargina sin diabetes entre los diagnósticos.",
  inp=add("tratamiento", {"atc": "A10AE04", "farmaco": "insulina glargina", "pauta": "14 UI sc por la noche"}),
  repl=[("600 mg vo cada 8 horas.", "600 mg vo cada 8 horas, e insulina glargina (A10AE04) 14 UI sc por la noche.")])
V("celulitis_co", ["CLN001"], "Plantado CLN001: levodopa/carbidopa sin enfermedad de Parkinson en los diagnósticos.",
  inp=add("medicamentos_previos", {"atc": "N04BA02", "nombre": "levodopa/carbidopa", "dosis": "250/25 mg cada 8 horas"}),
  repl=[("850 mg cada 12 horas.", "850 mg cada 12 horas y levodopa/carbidopa (N04BA02) 250/25 mg cada 8 horas.")])

# ---------------------------------------------------------------- REP001
V("depresion_es", ["REP001"], "Plantado REP001: bucle degenerado 'mejoría progresiva del ánimo' repetido cuatro veces.",
  repl=[("Presenta mejoría progresiva del ánimo y",
         "Presenta mejoría progresiva del ánimo, mejoría progresiva del ánimo, mejoría progresiva del ánimo, mejoría progresiva del ánimo y")])
V("iam_es", ["REP001"], "Plantado REP001: oración del ecocardiograma duplicada.",
  repl=[("El ecocardiograma muestra FEVI 50% con hipocinesia inferior.",
         "El ecocardiograma muestra FEVI 50% con hipocinesia inferior. El ecocardiograma muestra FEVI 50% con hipocinesia inferior.")])
V("bronq_ar", ["REP001"], "Plantado REP001: oración de oxigenoterapia repetida.",
  repl=[("Requiere oxigenoterapia por cánula nasal de alto flujo durante 3 días.",
         "Requiere oxigenoterapia por cánula nasal de alto flujo durante 3 días. Requiere oxigenoterapia por cánula nasal de alto flujo durante 3 días.")])
V("sepsis_cl", ["REP001"], "Plantado REP001: palabra 'favorablemente' en bucle.",
  repl=[("Evoluciona favorablemente,", "Evoluciona favorablemente, favorablemente, favorablemente, favorablemente, favorablemente, favorablemente, favorablemente, favorablemente,")])
V("tep_ar", ["REP001"], "Plantado REP001: oración del ecocardiograma y troponina duplicada.",
  repl=[("con dímero D de 3.200 ng/mL.",
         "con dímero D de 3.200 ng/mL. El ecocardiograma informa ventrículo derecho no dilatado y la troponina es negativa, con dímero D de 3.200 ng/mL.")])
V("preecl_mx", ["REP001"], "Plantado REP001: 'cifras tensionales controladas' en bucle.",
  repl=[("mantiene cifras tensionales controladas", "mantiene cifras tensionales controladas, cifras tensionales controladas, cifras tensionales controladas, cifras tensionales controladas")])
V("tb_mx", ["REP001"], "Plantado REP001: oración sobre antirretrovirales repetida.",
  repl=[("Se difiere el inicio de antirretrovirales 2 semanas por riesgo de síndrome inflamatorio de reconstitución inmune.",
         "Se difiere el inicio de antirretrovirales 2 semanas por riesgo de síndrome inflamatorio de reconstitución inmune. Se difiere el inicio de antirretrovirales 2 semanas por riesgo de síndrome inflamatorio de reconstitución inmune.")])

# ---------------------------------------------------------------- DEM001
V("neumo_cl", ["DEM001"], "Plantado DEM001: sexo masculino en la salida; el input dice F.",
  repl=[("paciente de sexo femenino de 78 años, acompañada por su hijo", "paciente de sexo masculino de 78 años, acompañado por su hijo")])
V("bronq_ar", ["DEM001"], "Plantado DEM001: '7 años' donde el input dice 7 meses (meses vs años).",
  repl=[("en un lactante varón de 7 meses", "en un niño de 7 años")])
V("neo_ictericia_co", ["DEM001"], "Plantado DEM001: recién nacido varón (input: sexo femenino), por sustantivo y concordancia.",
  repl=[("en recién nacida a término", "en recién nacido varón a término"), ("hija de madre", "hijo de madre"),
        ("Evoluciona activa, reactiva", "Evoluciona activo, reactivo")])
V("neo_ictericia_co", ["DEM001"], "Plantado DEM001: '4 semanas de vida' cuando el input dice 4 días de vida.",
  repl=[("a los 4 días de vida", "a las 4 semanas de vida")])
V("preecl_mx", ["DEM001"], "Plantado DEM001: edad en palabras 'veintiún años' frente a 31 del input.",
  repl=[("en mujer de 31 años", "en mujer de veintiún años")])
V("cadera_es", ["DEM001"], "Plantado DEM001: 'mujer ... hipertensa' para un varón.",
  repl=[("en varón de 84 años, hipertenso (I10)", "en mujer de 84 años, hipertensa (I10)")])
V("apendic_cl", ["DEM001"], "Plantado DEM001: sexo masculino para paciente femenina.",
  repl=[("paciente de sexo femenino de 23 años", "paciente de sexo masculino de 23 años")])
V("esquizo_ar", ["DEM001"], "Plantado DEM001: solo por concordancia ('acompañarla') se afirma sexo femenino en un varón.",
  repl=[("en paciente masculino de 29 años", "en paciente de 29 años"), ("acompañarlo", "acompañarla")])
V("nf_lma_mx", ["DEM001"], "Plantado DEM001: 'hombre de 58 años' (input Femenino).",
  repl=[("en mujer de 58 años", "en hombre de 58 años")])
V("acv_co", ["DEM001"], "Plantado DEM001: 40 años contradice nacimiento 1953 e ingreso 2024 (71 años); el 40 existe en otra parte del input.",
  repl=[("paciente femenina de 71 años", "paciente femenina de 40 años")])
V("delirium_es", ["DEM001"], "Plantado DEM001: 'noventa años' en palabras; por fechas (12/05/1935 a 20/01/2025) tiene 89.",
  repl=[("una mujer de 89 años", "una mujer de noventa años")])
V("asma_cl", ["DEM001"], "Plantado DEM001: 12 años frente a 9 del input (el 12 está en otra parte del input).",
  repl=[("sexo femenino de 9 años", "sexo femenino de 12 años")])
V("tec_ar", ["DEM001"], "Plantado DEM001: 32 años frente a 22 (32 aparece como volumen del hematoma).",
  repl=[("paciente masculino de 22 años", "paciente masculino de 32 años")])
V("prematuro_es", ["DEM001"], "Plantado DEM001: recién nacida/hija para un recién nacido varón.",
  repl=[("en recién nacido varón de 32 semanas", "en recién nacida de 32 semanas"), ("hijo de madre de 29 años", "hija de madre de 29 años")])

# ---------------------------------------------------------------- HAL003
V("neumo_cl", ["HAL003"], "Plantado HAL003: ceftriaxona cada 12 horas; el input dice cada 24 (12 existe en otros fármacos).",
  repl=[("ceftriaxona (J01DD04) 2 g cada 24 horas", "ceftriaxona (J01DD04) 2 g cada 12 horas")])
V("preecl_mx", ["HAL003"], "Plantado HAL003: nifedipino 20 mg (input 30 mg; 20 es la dosis de labetalol).",
  repl=[("nifedipino (C08CA05) 30 mg", "nifedipino (C08CA05) 20 mg")])
V("preecl_mx", ["HAL003"], "Plantado HAL003: labetalol por VO cuando el input lo da IV en bolo.",
  repl=[("labetalol (C07AG01) 20 mg IV en bolo", "labetalol (C07AG01) 20 mg VO")])
V("cadera_es", ["HAL003"], "Plantado HAL003: enoxaparina intravenosa (input subcutánea).",
  repl=[("40 mg cada 24 horas subcutánea", "40 mg cada 24 horas intravenosa")])
V("esquizo_ar", ["HAL003"], "Plantado HAL003: risperidona 10 mg (input 2 mg; 10 mg es la dosis de diazepam).",
  repl=[("risperidona (N05AX08) 2 mg", "risperidona (N05AX08) 10 mg")])
V("nf_lma_mx", ["HAL003"], "Plantado HAL003: filgrastim IV (input SC).",
  repl=[("300 mcg SC cada 24 horas", "300 mcg IV cada 24 horas")])
V("iam_es", ["HAL003"], "Plantado HAL003: atorvastatina 100 mg (input 80 mg; 100 mg es la dosis de AAS).",
  repl=[("atorvastatina (C10AA05) 80 mg", "atorvastatina (C10AA05) 100 mg")])
V("acv_co", ["HAL003"], "Plantado HAL003: apixabán cada 24 horas (input cada 12).",
  repl=[("apixabán (B01AF02) 5 mg cada 12 horas", "apixabán (B01AF02) 5 mg cada 24 horas")], allow={"71"})
V("meningitis_mx", ["HAL003"], "Plantado HAL003: dexametasona cada 8 horas (input cada 6; el 8 es de vancomicina).",
  repl=[("dexametasona (H02AB02) 10 mg IV cada 6 horas", "dexametasona (H02AB02) 10 mg IV cada 8 horas")])
V("dengue_co", ["HAL003"], "Plantado HAL003: acetaminofén IV (input VO).",
  repl=[("acetaminofén (N02BE01) 500 mg VO", "acetaminofén (N02BE01) 500 mg IV")])
V("delirium_es", ["HAL003"], "Plantado HAL003: haloperidol intramuscular (input vía oral).",
  repl=[("haloperidol (N05AD01) 0,5 mg vía oral", "haloperidol (N05AD01) 0,5 mg vía intramuscular")], allow={"89"})
V("hda_mx", ["HAL003"], "Plantado HAL003: amoxicilina 500 mg (input 1 g; 500 mg es de claritromicina).",
  repl=[("amoxicilina (J01CA04) 1 g VO", "amoxicilina (J01CA04) 500 mg VO")])
V("hpp_cl", ["HAL003"], "Plantado HAL003: misoprostol vía oral (input vía rectal).",
  repl=[("misoprostol (G02AD06) 800 mcg vía rectal", "misoprostol (G02AD06) 800 mcg vía oral")])
V("ic_cl", ["HAL003"], "Plantado HAL003: enalapril 10 mg (input 5 mg; 10 aparece como días de evolución).",
  repl=[("enalapril (C09AA02) 5 mg cada 12 horas", "enalapril (C09AA02) 10 mg cada 12 horas")], allow={"81"})

# ---------------------------------------------------------------- HAL004
V("neumo_cl", ["HAL004"], "Plantado HAL004: condensación basal izquierda (input derecha).",
  repl=[("condensación basal derecha", "condensación basal izquierda")])
V("bronq_ar", ["HAL004"], "Plantado HAL004: rales en hemitórax derecho cuando el input dice bilaterales.",
  repl=[("sibilancias con rales bilaterales", "sibilancias con rales en hemitórax derecho")])
V("cadera_es", ["HAL004"], "Plantado HAL004: fractura de fémur derecho (input izquierdo).",
  repl=[("fractura pertrocantérea de fémur izquierdo (S72.1)", "fractura pertrocantérea de fémur derecho (S72.1)")])
V("apendic_cl", ["HAL004"], "Plantado HAL004: Blumberg en fosa ilíaca izquierda (input derecha).",
  repl=[("signo de Blumberg positivo en fosa ilíaca derecha", "signo de Blumberg positivo en fosa ilíaca izquierda")])
V("mama_co", ["HAL004"], "Plantado HAL004: mastectomía derecha (input izquierda).",
  repl=[("Se realiza mastectomía radical modificada izquierda", "Se realiza mastectomía radical modificada derecha")])
V("mama_co", ["HAL004"], "Plantado HAL004: vaciamiento axilar bilateral (input izquierdo).",
  repl=[("con vaciamiento axilar izquierdo", "con vaciamiento axilar bilateral")])
V("acv_co", ["HAL004"], "Plantado HAL004: hemiparesia izquierda (input derecha).",
  repl=[("hemiparesia derecha 3/5", "hemiparesia izquierda 3/5")], allow={"71"})
V("pielo_ar", ["HAL004"], "Plantado HAL004: dolor lumbar izquierdo (input derecho).",
  repl=[("dolor lumbar derecho", "dolor lumbar izquierdo")])
V("tep_ar", ["HAL004"], "Plantado HAL004: TVP femoropoplítea derecha (input izquierda).",
  repl=[("femoropoplítea izquierda", "femoropoplítea derecha")])
V("tep_ar", ["HAL004"], "Plantado HAL004: TEP segmentario derecho cuando el input dice bilateral.",
  repl=[("segmentario bilateral", "segmentario derecho")])
V("ovario_es", ["HAL004"], "Plantado HAL004: detorsión anexial izquierda (input derecha).",
  repl=[("detorsión anexial derecha", "detorsión anexial izquierda")])
V("tec_ar", ["HAL004"], "Plantado HAL004: craneotomía temporal izquierda (input derecha).",
  repl=[("craneotomía temporal derecha", "craneotomía temporal izquierda")])
V("celulitis_co", ["HAL004"], "Plantado HAL004: celulitis de miembro inferior derecho (input izquierdo).",
  repl=[("celulitis de miembro inferior izquierdo", "celulitis de miembro inferior derecho")])
V("ic_cl", ["HAL004"], "Plantado HAL004: derrame pleural derecho cuando el input dice bilateral.",
  repl=[("radiografía de tórax, derrame pleural bilateral", "radiografía de tórax, derrame pleural derecho")], allow={"81"})

# ================================================================ TRAMPAS LIMPIAS (expected = [])
T = lambda base, note, **kw: V(base, [], "Limpio trampa: " + note, **kw)

T("neumo_cl", "ceftriaxona 'una vez al día por vía ev' equivale a 'cada 24 horas endovenosa' del input.",
  repl=[("2 g cada 24 horas endovenosa", "2 g una vez al día por vía ev")])
T("neumo_cl", "NAC es la abreviatura de neumonía adquirida en la comunidad del input.",
  repl=[("neumonía adquirida en la comunidad (J18.9)", "NAC (J18.9)")])
T("neumo_cl", "el input escribe J189 y E119 sin punto; la salida usa J18.9 y E11.9 (mismo código normalizado).",
  inp=chain(isub("J18.9", "J189"), isub("E11.9", "E119")))
T("neumo_cl", "edad en palabras 'setenta y ocho años' igual a 78 del input.",
  repl=[("femenino de 78 años", "femenino de setenta y ocho años")])
T("bronq_ar", "'c/6 h' es la misma frecuencia que 'cada 6 horas'.",
  repl=[("120 mg cada 6 horas", "120 mg c/6 h")])
T("bronq_ar", "VSR es la abreviatura del virus sincicial respiratorio del input.",
  repl=[("bronquiolitis aguda por virus sincicial respiratorio (J21.0)", "bronquiolitis aguda por VSR (J21.0)")])
T("bronq_ar", "se menciona que no requirió ventilación mecánica (procedimiento negado, ausente del input).",
  repl=[("durante 3 días.", "durante 3 días, sin requerir ventilación mecánica.")])
T("neo_ictericia_co", "'No requirió exanguinotransfusión': procedimiento negado, ausente del input.",
  repl=[("Evoluciona activa", "No requirió exanguinotransfusión. Evoluciona activa")])
T("neo_ictericia_co", "peso '3420 g' sin separador de miles = '3.420 g' del input.",
  repl=[("3.420 g", "3420 g")])
T("preecl_mx", "edad en palabras 'treinta y un años' = 31 del input.",
  repl=[("en mujer de 31 años", "en mujer de treinta y un años")])
T("preecl_mx", "nifedipino 'dos veces al día' equivale a 'cada 12 horas'.",
  repl=[("30 mg VO cada 12 horas", "30 mg VO dos veces al día")])
T("preecl_mx", "se descarta síndrome HELLP por plaquetas y TGO normales (diagnóstico descartado).",
  repl=[("Plaquetas 148 000 y TGO 38 U/L.", "Plaquetas 148 000 y TGO 38 U/L, con lo que se descarta síndrome HELLP.")])
T("cadera_es", "paracetamol 'c/8 h iv' equivale a 'cada 8 horas intravenosa'.",
  repl=[("1 g cada 8 horas intravenoso", "1 g c/8 h iv")])
T("cadera_es", "espacios y salto de línea antes de 'Ingresa por' (permitido).",
  raw_out=lambda o: "  \n " + o)
T("cadera_es", "acompañado de su hija (femenino de otra persona); paciente varón.",
  repl=[("Se decide alta", "Acompañado de su hija, se decide alta")])
T("apendic_cl", "ketorolaco 'tres veces al día por vía endovenosa' = 'cada 8 horas ev'.",
  repl=[("30 mg cada 8 horas ev.", "30 mg tres veces al día por vía endovenosa.")])
T("apendic_cl", "concordancia femenina ('acompañada por su pareja') y sin sexo explícito; coherente con el input.",
  repl=[("en paciente de sexo femenino de 23 años", "en paciente de 23 años, acompañada por su pareja,")])
T("depresion_es", "sertralina 'al día' = 'cada 24 horas'.",
  repl=[("50 mg cada 24 horas, que se aumenta a 100 mg cada 24 horas", "50 mg al día, que se aumenta a 100 mg al día")])
T("depresion_es", "se descarta trastorno bipolar (diagnóstico descartado, ausente del input).",
  repl=[("sin alteraciones sensoperceptivas.", "sin alteraciones sensoperceptivas, y se descarta trastorno bipolar.")])
T("esquizo_ar", "'cada 12 h VO' = 'cada 12 horas vía oral'.",
  repl=[("2 mg cada 12 horas vía oral", "2 mg cada 12 h VO")])
T("esquizo_ar", "'No se indicó haloperidol de depósito': fármaco negado y ausente del input.",
  repl=[(" Durante la internación", " No se indicó haloperidol de depósito. Durante la internación")])
T("nf_lma_mx", "bacteriemia descartada por hemocultivos negativos.",
  repl=[("sin desarrollo a las 72 horas.", "sin desarrollo a las 72 horas, descartándose bacteriemia.")])
T("nf_lma_mx", "'18.000' con punto de miles = '18 000' del input; piperacilina-tazobactam = piperacilina/tazobactam.",
  repl=[("plaquetas de 18 000/mm3", "plaquetas de 18.000/mm3"), ("piperacilina/tazobactam (J01CR05)", "piperacilina-tazobactam (J01CR05)")])
T("mama_co", "'endovenosos' = IV del input.",
  repl=[("2 g IV en dosis única", "2 g endovenosos en dosis única")])
T("mama_co", "lado expresado como 'del lado izquierdo' y 'homolateral' (mismo lado que el input).",
  repl=[("mastectomía radical modificada izquierda con vaciamiento axilar izquierdo",
         "mastectomía radical modificada del lado izquierdo con vaciamiento axilar homolateral")])
T("hd_cl", "'4.000 UI subcutánea tres veces por semana' = '4000 UI sc 3 veces por semana'.",
  repl=[("4000 UI sc 3 veces por semana", "4.000 UI subcutánea tres veces por semana")])
T("hd_cl", "ERC es abreviatura de enfermedad renal crónica del input.",
  repl=[("con enfermedad renal crónica etapa 5 (N18.5)", "con ERC etapa 5 (N18.5)")])
T("iam_es", "AAS 'al día' = 'cada 24 horas'.",
  repl=[("AAS (B01AC06) 100 mg cada 24 horas", "AAS (B01AC06) 100 mg al día")])
T("iam_es", "balón de contrapulsación negado (procedimiento no realizado, ausente del input).",
  repl=[("No presenta complicaciones arrítmicas ni mecánicas.",
         "No presenta complicaciones arrítmicas ni mecánicas y no precisó balón de contrapulsación intraaórtico.")])
T("acv_co", "edad en palabras 'setenta y un años' coherente con las fechas del input.",
  repl=[("femenina de 71 años", "femenina de setenta y un años")])
T("acv_co", "'tomografía computada' = 'TAC' del input; edad 71 derivada de fechas.",
  repl=[("La TAC simple descarta", "La tomografía computada simple descarta")])
T("meningitis_mx", "'acompañado por su esposa' (femenino de otra persona); paciente hombre.",
  repl=[("en hombre de 34 años.", "en hombre de 34 años, acompañado por su esposa.")])
T("meningitis_mx", "'intravenosos cada 12 h' = 'IV cada 12 horas'.",
  repl=[("2 g IV cada 12 horas por 14 días", "2 g intravenosos cada 12 h por 14 días")])
T("pielo_ar", "'39,0 °C' es el mismo número que '39 °C' del input.",
  repl=[("fiebre de 39 °C", "fiebre de 39,0 °C")])
T("pielo_ar", "'E. coli' y '100000' sin puntos = 'Escherichia coli >100.000' del input.",
  repl=[("Escherichia coli mayor a 100.000 UFC/mL", "E. coli mayor a 100000 UFC/mL")])
T("dengue_co", "edad en palabras 'diecisiete años' = 17.",
  repl=[("en adolescente de 17 años, de sexo masculino", "en adolescente masculino de diecisiete años")])
T("dengue_co", "paracetamol = acetaminofén del input (sinónimo regional).",
  repl=[("acetaminofén (N02BE01)", "paracetamol (N02BE01)")])
T("delirium_es", "'por boca' = 'vía oral' para fosfomicina.",
  repl=[("3 g vía oral cada 48 horas, 2 dosis", "3 g por boca cada 48 horas, 2 dosis")])
T("delirium_es", "ITU es abreviatura de infección de vías urinarias del input.",
  repl=[("infección de vías urinarias (N39.0)", "ITU (N39.0)")])
T("sepsis_cl", "'intravenoso c/8h' = 'ev cada 8 horas'.",
  repl=[("1 g ev cada 8 horas", "1 g intravenoso c/8h")])
T("sepsis_cl", "'cuya hija actúa como representante' (femenino de otra persona); paciente masculino.",
  repl=[("en paciente masculino de 58 años.", "en paciente masculino de 58 años, cuya hija actúa como representante.")])
T("hda_mx", "nueva endoscopia negada ('ni nueva endoscopia').",
  repl=[("sin requerir cirugía,", "sin requerir cirugía ni nueva endoscopia,")])
T("hda_mx", "edad en palabras 'cincuenta y cinco años' = 55.",
  repl=[("en hombre de 55 años", "en hombre de cincuenta y cinco años")])
T("asma_cl", "prednisona 'por vía oral una vez al día' = 'VO cada 24 horas'.",
  repl=[("40 mg VO cada 24 horas", "40 mg por vía oral una vez al día")])
T("asma_cl", "sulfato de magnesio e ingreso a UCI negados (no administrado / no realizado).",
  repl=[("a las 36 horas.", "a las 36 horas, sin necesidad de ingreso a UCI ni de sulfato de magnesio.")])
T("tep_ar", "filtro de vena cava negado junto con la trombólisis.",
  repl=[("No se indica trombólisis.", "No se indica trombólisis ni filtro de vena cava.")])
T("tep_ar", "'miembro inferior izquierdo' = pierna izquierda del input; lado correcto.",
  repl=[("con edema de pierna izquierda de 5 días", "con edema de miembro inferior izquierdo de 5 días")])
T("colecisto_es", "dipirona es sinónimo de metamizol del input.",
  repl=[("metamizol (N02BB02)", "dipirona (N02BB02)")])
T("colecisto_es", "'intravenoso cada 8 h' = 'iv cada 8 horas'.",
  repl=[("1 g/200 mg iv cada 8 horas", "1 g/200 mg intravenoso cada 8 h")])
T("cad_co", "'insulina regular' es sinónimo de insulina cristalina del input.",
  repl=[("infusión de insulina cristalina (A10AB01)", "infusión de insulina regular (A10AB01)")])
T("cad_co", "hipokalemia negada; potasio 4,2 del input lo respalda.",
  repl=[("No presentó edema cerebral.", "No presentó edema cerebral ni hipokalemia.")])
T("tb_mx", "cotrimoxazol es sinónimo de trimetoprima/sulfametoxazol.",
  repl=[("trimetoprima/sulfametoxazol (J01EE01)", "cotrimoxazol (J01EE01)")])
T("tb_mx", "'una vez al día' = 'cada 24 horas' para el esquema antituberculoso.",
  repl=[("4 tabletas VO cada 24 horas", "4 tabletas VO una vez al día")])
T("hpp_cl", "'210000' sin separador = '210.000' del input.",
  repl=[("210.000/mm3", "210000/mm3")])
T("hpp_cl", "HPP es abreviatura de hemorragia postparto.",
  repl=[("hemorragia postparto inmediata (O72.1)", "HPP inmediata (O72.1)")])
T("ovario_es", "'por vía oral cada 8 h' = 'vo cada 8 horas'.",
  repl=[("600 mg vo cada 8 horas", "600 mg por vía oral cada 8 h")])
T("ovario_es", "gestación ectópica descartada por beta-hCG negativa.",
  repl=[("la beta-hCG es negativa.", "la beta-hCG es negativa, descartándose gestación ectópica.")])
T("tec_ar", "'endovenoso' = EV del input.",
  repl=[("500 mg cada 12 horas EV", "500 mg cada 12 horas endovenoso")])
T("tec_ar", "'ipsilateral al hematoma' y midriasis derecha, coherente con hematoma derecho.",
  repl=[("anisocoria con midriasis derecha.", "anisocoria con midriasis derecha, ipsilateral al hematoma.")])
T("prematuro_es", "óxido nítrico inhalado negado (fármaco ausente del input).",
  repl=[("sin necesidad de ventilación mecánica invasiva", "sin necesidad de ventilación mecánica invasiva ni de óxido nítrico inhalado")])
T("prematuro_es", "'1640 g' sin separador = '1.640 g'.",
  repl=[("1.640 g", "1640 g")])
T("celulitis_co", "'endovenoso' = IV del input.",
  repl=[("1 g IV cada 8 horas", "1 g endovenoso cada 8 horas")])
T("celulitis_co", "'miembro inferior izquierdo' = 'pierna izquierda' (mismo lado).",
  repl=[("dolor en pierna izquierda", "dolor en miembro inferior izquierdo")])
T("ic_cl", "FA e HTA son abreviaturas de los antecedentes del input.",
  repl=[("fibrilación auricular (I48.9) e hipertensión arterial (I10)", "FA (I48.9) e HTA (I10)")])
T("ic_cl", "el input escribe I10X (relleno con X) y la salida (I10): mismo código normalizado.",
  inp=isub("I10", "I10X"))

T("tec_ar", "exactamente 80 palabras (límite inferior permitido, separando por espacios).",
  out="""Ingresa por accidente en motocicleta sin casco en paciente masculino de 22 años, con Glasgow de 13/15 y
  anisocoria con midriasis derecha. La tomografía evidencia hematoma epidural temporal derecho de 32 mL,
  diagnosticándose hemorragia epidural (S06.4). Se realiza craneotomía temporal derecha con evacuación del hematoma.
  Recibe levetiracetam (N03AX14) 500 mg cada 12 horas EV, luego VO, y paracetamol (N02BE01) 1 g cada 8 horas.
  Evoluciona con Glasgow de 15/15 a las 24 horas. Alta tras 6 días con control ambulatorio.""", wc=80)
IC200_TAIL = (" Presenta mejoría progresiva de la disnea, tolerancia a la marcha en sala, sin crepitaciones al alta. Se"
              " indica restricción de sodio y de líquidos, control de peso diario en domicilio y control en policlínico"
              " de insuficiencia cardíaca en 2 semanas, con educación a la familia sobre signos de alarma.")
T("ic_cl", "exactamente 200 palabras (límite superior permitido); edad 81 derivada de fechas.",
  inp=extra(**IC_EXTRA), raw_out=lambda o: o + IC200_TAIL, wc=200)
