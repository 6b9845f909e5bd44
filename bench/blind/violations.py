# -*- coding: utf-8 -*-
"""Edits of the clean records: each plants exactly one problem (expected has
one check id) or is a deliberately tricky clean variant (expected [])."""

VIOL = []


def V(id, base, expected, note, out=(), inp=(), output=None, allow_num=False):
    v = {"id": id, "base": base, "expected": list(expected), "note": note,
         "out": list(out), "inp": list(inp), "allow_num": allow_num}
    if output is not None:
        v["output"] = output
    VIOL.append(v)


# ====================================================== DEM001: sexo por concordancia
V("d01", "c01", ["DEM001"], "Paciente masculino descrito como 'la paciente ... hipertensa'.",
  out=[("en paciente masculino de 78 años, hipertenso.", "en la paciente de 78 años, hipertensa.")])
V("d02", "c09", ["DEM001"], "Hombre operado descrito como 'dada de alta ... operada'.",
  out=[("Es dado de alta al día 2, operado y en buenas condiciones.", "Es dada de alta al día 2, operada y en buenas condiciones.")])
V("d03", "c10", ["DEM001"], "Paciente femenina descrita como 'operado' (único marcador de sexo alterado).",
  out=[("Es operada al día 1", "Es operado al día 1")])
V("d04", "c16", ["DEM001"], "Paciente femenina 'dado de alta' (concordancia masculina).",
  out=[("Es dada de alta al día 6.", "Es dado de alta al día 6.")])
V("d05", "c03", ["DEM001"], "Paciente femenina descrita como 'diabético'.",
  out=[("diabética tipo 2 con tratamiento irregular", "diabético tipo 2 con tratamiento irregular")])
V("d06", "c57", ["DEM001"], "Paciente masculino 'trasladada' a neurocirugía.",
  out=[("es trasladado a neurocirugía", "es trasladada a neurocirugía")])
V("d07", "c35", ["DEM001"], "Paciente femenina presentada como 'un paciente'.",
  out=[("en paciente de 84 años autovalente", "en un paciente de 84 años autovalente")])
V("d08", "c24", ["DEM001"], "Lactante varón 'dada de alta, acompañada de su madre'.",
  out=[("Es dado de alta al día 5, acompañado de su madre.", "Es dada de alta al día 5, acompañada de su madre.")])
V("d09", "c63", ["DEM001"], "Entrada femenina (con fechas) y texto dice 'paciente masculino'.",
  out=[("en paciente femenina de setenta y siete años", "en paciente masculino de setenta y siete años")])
V("d10", "c41", ["DEM001"], "Paciente femenina 'trasladado' a rehabilitación.",
  out=[("es trasladada a rehabilitación al día 8", "es trasladado a rehabilitación al día 8")])

# ---- concordancia que se refiere a otra persona: limpio
V("t01", "c06", [], "Hombre acompañado por 'su esposa, quien queda informada': femenino de otra persona, limpio.",
  out=[("Alta al día 4 con omeprazol oral.", "Alta al día 4 con omeprazol oral, acompañado por su esposa, quien queda informada de los signos de alarma.")])
V("t02", "c07", [], "Mujer con 'su esposo, que la acompaña': masculino de otra persona, limpio.",
  out=[("Se suspenden los anticonceptivos.", "Se suspenden los anticonceptivos y se informa a su esposo, que la acompaña.")])
V("t03", "c46", [], "Hombre educado 'por la enfermera de la unidad': limpio.",
  out=[("con control de función renal.", "con control de función renal y educación por la enfermera de la unidad.")])
V("t04", "c20", [], "Hombre dado de alta 'junto a su madre, quien fue instruida': limpio.",
  out=[("Es dado de alta al día 4,", "Es dado de alta al día 4 junto a su madre, quien fue instruida en los signos de alarma,")])
V("t05", "c28", [], "Niño operado; 'la madre queda informada' es otra persona: limpio.",
  out=[("Es dado de alta al día 5, operado y sin complicaciones.", "Es dado de alta al día 5, operado y sin complicaciones; la madre queda informada de los cuidados de la herida.")])

# ====================================================== DEM001: edad
V("a01", "c01", ["DEM001"], "Edad 78 en la entrada y 89 en el texto (89 existe en la entrada como SatO2).",
  out=[("de 78 años, hipertenso", "de 89 años, hipertenso")])
V("a02", "c15", ["DEM001"], "Edad 63 en la entrada y 88 en el texto (88 es la FC de la entrada).",
  out=[("en hombre de 63 años tabáquico", "en hombre de 88 años tabáquico")])
V("a03", "c44", ["DEM001"], "Edad 69 en la entrada y 18 en el texto (18 es el volumen del hematoma).",
  out=[("en hombre de 69 años", "en hombre de 18 años")])
V("a04", "c16", ["DEM001"], "Edad 81 en la entrada y 'noventa y dos años' en palabras en el texto.",
  out=[("Paciente de 81 años", "Paciente de noventa y dos años")])
V("a05", "c50", ["DEM001"], "Edad 41 en la entrada y 'setenta y cinco años' en palabras en el texto.",
  out=[("en mujer de 41 años", "en mujer de setenta y cinco años")])
V("a06", "c63", ["DEM001"], "Fechas dan 77 años; el texto dice 90 años.",
  out=[("en paciente femenina de setenta y siete años", "en paciente femenina de 90 años")])
V("a07", "c64", ["DEM001"], "Fechas dan 46 años; el texto dice 78 años (78 aparece en la PA de la entrada).",
  inp=[("signo de Murphy positivo.", "signo de Murphy positivo, PA 132/78 mmHg.")],
  out=[("en paciente masculino de cuarenta y seis años", "en paciente masculino de 78 años")])
V("a08", "c22", ["DEM001"], "Fechas 1958-11-03 e ingreso 2024-10-21 dan 65 años (aún no cumple); el texto dice 66.",
  inp=[('"edad": 66, ', ''), ('"sexo": "Masculino"', '"sexo": "Masculino", "fecha_nacimiento": "1958-11-03", "fecha_ingreso": "2024-10-21"'),
       ("SatO2 92%.", "SatO2 92%, FC 66 lpm.")])

# ---- edad concordante: limpio
V("t06", "c05", [], "Edad escrita en palabras ('ochenta y tres años') que concuerda con 83: limpio.",
  out=[("una paciente de 83 años", "una paciente de ochenta y tres años")])
V("t07", "c22", [], "Entrada con fechas (1958-03-02 a 2024-10-21 = 66 años) y texto 'sesenta y seis años': limpio.",
  inp=[('"edad": 66, ', ''), ('"sexo": "Masculino"', '"sexo": "Masculino", "fecha_nacimiento": "1958-03-02", "fecha_ingreso": "2024-10-21"')],
  out=[("paciente masculino de 66 años", "paciente masculino de sesenta y seis años")])

# ====================================================== HAL001: procedimientos y dispositivos
V("h01", "c16", ["HAL001"], "Sonda vesical mencionada como instalada pero ausente de la entrada.",
  out=[("Logra balance negativo de 4 litros", "Se instala sonda vesical para control de diuresis y logra balance negativo de 4 litros")])
V("h02", "c13", ["HAL001"], "Sonda nasogástrica afirmada en pancreatitis, ausente de la entrada.",
  out=[("se maneja con régimen cero, tramadol", "se maneja con régimen cero, sonda nasogástrica, tramadol")])
V("h03", "c05", ["HAL001"], "Catéter venoso central afirmado para el suero hipertónico, ausente de la entrada.",
  out=[("se administra cloruro de sodio (B05XA03)", "se administra por catéter venoso central cloruro de sodio (B05XA03)")])
V("h04", "c42", ["HAL001"], "Intubación y ventilación mecánica afirmadas; la entrada no las registra.",
  out=[("Cesan las crisis y recupera la conciencia en 6 horas, sin necesidad de intubación.", "Cesan las crisis tras intubación orotraqueal y ventilación mecánica, recuperando la conciencia en 6 horas.")])
V("h05", "c47", ["HAL001"], "Transfusión de glóbulos rojos afirmada; la entrada no la registra (sólo eritropoyetina).",
  out=[("por anemia renal.", "por anemia renal, además de transfusión de glóbulos rojos.")])
V("h06", "c46", ["HAL001"], "Hemodiálisis de urgencia afirmada; la entrada no la registra.",
  out=[("sin requerir hemodiálisis,", "tras requerir hemodiálisis de urgencia,")])
V("h07", "c22", ["HAL001"], "Tubo pleural izquierdo afirmado; la entrada sólo tiene toracocentesis y biopsia.",
  out=[("evacuadora izquierda de 1200 mL:", "evacuadora izquierda de 1200 mL con instalación de tubo pleural izquierdo:")])
V("h08", "c25", ["HAL001"], "Hidratación por sonda nasogástrica en preescolar, ausente de la entrada.",
  out=[("Recibe suero fisiológico (B05BB01)", "Recibe hidratación por sonda nasogástrica y suero fisiológico (B05BB01)")])
V("h09", "c56", ["HAL001"], "Ventilación mecánica invasiva afirmada en cetoacidosis; ausente de la entrada.",
  out=[("Se traslada a sala al día 2", "Requiere ventilación mecánica invasiva por compromiso de conciencia y se traslada a sala al día 2")])
V("h10", "c35", ["HAL001"], "Transfusión preoperatoria afirmada en fractura de cadera; ausente de la entrada.",
  out=[("Es operada al día 2, realizándose", "Es operada al día 2 previa transfusión de glóbulos rojos, realizándose")])

# ---- procedimientos presentes escritos con abreviaturas: limpio
V("t08", "c11", [], "SNG abreviada; la sonda nasogástrica está en la entrada: limpio.",
  out=[("con régimen cero, sonda nasogástrica a caída libre", "con régimen cero, SNG a caída libre")])
V("t09", "c14", [], "CVC abreviado; el catéter venoso central está en la entrada: limpio.",
  out=[("previa instalación de catéter venoso central yugular derecho", "previa instalación de CVC yugular derecho")])
V("t10", "c55", [], "IOT y VMI abreviadas; intubación y ventilación mecánica invasiva están en la entrada: limpio.",
  out=[("Requiere intubación orotraqueal y ventilación mecánica invasiva,", "Requiere IOT y VMI,")])
V("t11", "c52", [], "Sonda Foley en la entrada; el texto dice 'sonda urinaria': limpio.",
  out=[("Es dado de alta con sonda vesical a permanencia", "Es dado de alta con sonda urinaria a permanencia")])

# ====================================================== HAL001: hallazgos derivados de valores
V("f01", "c12", ["HAL001"], "Afirma anemia con hemoglobina 14,1 g/dL en la entrada (contradicho).",
  out=[("Exámenes preoperatorios con hemoglobina 14,1 g/dL y creatinina 0,9 mg/dL.", "Exámenes preoperatorios con anemia leve y creatinina 0,9 mg/dL.")])
V("f02", "c50", ["HAL001"], "Afirma paciente febril con T 36,6 °C en la entrada.",
  inp=[("Afebril, puño percusión izquierda positiva", "T 36,6 °C, puño percusión izquierda positiva")],
  out=[("Al examen afebril, con puño percusión", "Al examen febril, con puño percusión")])
V("f03", "c46", ["HAL001"], "Afirma hipokalemia con potasio 5,4 mEq/L en la entrada.",
  out=[("BUN 72 mg/dL y potasio 5,4 mEq/L.", "BUN 72 mg/dL e hipokalemia.")])
V("f04", "c42", ["HAL001"], "Afirma hiperglicemia con glucosa 104 mg/dL en la entrada.",
  out=[("glucosa 104 mg/dL, sodio", "hiperglicemia, sodio")])
V("f05", "c39", ["HAL001"], "Afirma anemia con hemoglobina 15,0 g/dL en la entrada.",
  out=[("Hemoglobina 15,0 g/dL.", "Destaca anemia en los exámenes preoperatorios.")])

# ---- hallazgos fundados en valores de la entrada: limpio
V("t12", "c35", [], "Anemia leve en mujer con Hb 11,4 g/dL: hallazgo fundado, limpio.",
  out=[("hemoglobina 11,4 g/dL", "anemia leve con hemoglobina 11,4 g/dL")])
V("t13", "c34", [], "Hipopotasemia con K 3,1 mEq/L en la entrada: fundada, limpio.",
  out=[("Cetonuria 3+, potasio 3,1 mEq/L", "Cetonuria 3+, hipopotasemia de 3,1 mEq/L")])
V("t14", "c55", [], "Hiperglicemia con glucosa 286 mg/dL en la entrada: fundada, limpio.",
  out=[("y glucosa 286 mg/dL.", "e hiperglicemia de 286 mg/dL.")])
V("t15", "c66", [], "Febril con T 38,3 °C en la entrada: fundado, limpio.",
  out=[("Al examen T 38,3 °C,", "Al examen febril, con T 38,3 °C,")])
V("t16", "c65", [], "Leucocitosis con leucocitos 15.600/mm3: fundada, limpio.",
  out=[("Laboratorio con leucocitos 15.600/mm3", "Laboratorio con leucocitosis de 15.600/mm3")])

# ====================================================== HAL001: fármaco, diagnóstico o estudio no presente
V("g01", "c01", ["HAL001"], "Azitromicina afirmada como asociada; no está en la entrada.",
  out=[("Se inicia ceftriaxona (J01DD04) 2 g EV c/24h", "Se inicia ceftriaxona (J01DD04) 2 g EV c/24h asociada a azitromicina")])
V("g02", "c17", ["HAL001"], "Diabetes mellitus tipo 2 como antecedente; no está en la entrada.",
  out=[("con hipertensión esencial (I10) en tratamiento", "con hipertensión esencial (I10) y diabetes mellitus tipo 2 en tratamiento")])
V("g03", "c36", ["HAL001"], "Tramadol agregado a la analgesia; no está en la entrada.",
  out=[("paracetamol (N02BE01) 1 g VO c/8h y se inicia", "paracetamol (N02BE01) 1 g VO c/8h y tramadol, y se inicia")])
V("g04", "c29", ["HAL001"], "Antecedente de reflujo vesicoureteral inventado.",
  out=[("en preescolar de 5 años, de sexo femenino.", "en preescolar de 5 años, de sexo femenino, con antecedente de reflujo vesicoureteral.")])
V("g05", "c45", ["HAL001"], "Ecocardiograma transesofágico afirmado; no está en la entrada.",
  out=[("el Holter de 24 horas ritmo sinusal.", "el Holter de 24 horas ritmo sinusal, con ecocardiograma transesofágico normal.")])

# ---- negación y contexto: limpio
V("t17", "c02", [], "'No se usa amoxicilina por alergia a penicilinas' (alergia en la entrada): negación, limpio.",
  inp=[("sin antecedentes mórbidos,", "sin antecedentes mórbidos, alérgica a penicilinas,")],
  out=[("se indica ceftriaxona (J01DD04)", "y no usándose amoxicilina por su alergia a penicilinas, se indica ceftriaxona (J01DD04)")])
V("t18", "c19", [], "'Se descarta tromboembolismo pulmonar' sin TEP en la entrada: descartado, limpio.",
  out=[("La radiografía de tórax muestra hiperinsuflación sin condensación.", "La radiografía de tórax muestra hiperinsuflación sin condensación y se descarta clínicamente tromboembolismo pulmonar.")])
V("t19", "c16", [], "'Sin necesidad de ventilación mecánica no invasiva': negación, limpio.",
  out=[("Es dada de alta al día 6.", "Sin necesidad de ventilación mecánica no invasiva, es dada de alta al día 6.")])
V("t20", "c45", [], "'Sin indicación de trombólisis por recuperación completa': no indicada, limpio.",
  out=[("Se diagnostica accidente isquémico transitorio (G45.9).", "Se diagnostica accidente isquémico transitorio (G45.9), sin indicación de trombólisis por la recuperación completa.")])
V("t21", "c21", [], "'No se indica antibiótico': negación, limpio.",
  out=[("Al día 2 alcanza PEF 80% sin requerir oxígeno.", "Al día 2 alcanza PEF 80% sin requerir oxígeno; no se indica antibiótico por ausencia de foco bacteriano.")])
V("t22", "c12", [], "'Sin indicación de tromboprofilaxis con enoxaparina': fármaco no dado y sin indicación; ni HAL001 ni CLN001.",
  out=[("deambula y orina espontáneamente.", "deambula y orina espontáneamente, sin indicación de tromboprofilaxis con enoxaparina por bajo riesgo.")])
V("t23", "c09", [], "'Se descarta perforación apendicular': descartado, limpio.",
  out=[("compatible con apendicitis aguda (K35.8).", "compatible con apendicitis aguda (K35.8), descartándose perforación.")])

# ====================================================== HAL003: dosis, vía, frecuencia
V("k01", "c16", ["HAL003"], "Furosemida 80 mg cada 8 h en el texto; la entrada dice 40 mg EV c/12h (80 y 8 aparecen en otra parte de la entrada).",
  inp=[("Balance negativo de 4 litros", "Diuresis de 80 mL/h las primeras 8 horas. Balance negativo de 4 litros")],
  out=[("furosemida (C03CA01) 40 mg EV c/12h", "furosemida (C03CA01) 80 mg EV cada 8 h")])
V("k02", "c62", ["HAL003"], "Ibuprofeno por vía EV en el texto; la entrada dice VO.",
  out=[("ibuprofeno (M01AE01) 600 mg VO c/8h", "ibuprofeno (M01AE01) 600 mg EV c/8h")])
V("k03", "c01", ["HAL003"], "Ceftriaxona c/12h en el texto; la entrada dice c/24h (12 aparece en el enalapril).",
  out=[("ceftriaxona (J01DD04) 2 g EV c/24h", "ceftriaxona (J01DD04) 2 g EV c/12h")])
V("k04", "c07", ["HAL003"], "Rivaroxabán 60 mg en el texto; la entrada dice 15 mg (60 es la dosis de enoxaparina).",
  out=[("rivaroxabán (B01AF01) 15 mg VO c/12h", "rivaroxabán (B01AF01) 60 mg VO c/12h")])
V("k05", "c09", ["HAL003"], "Paracetamol VO en el texto; la entrada dice EV.",
  out=[("paracetamol (N02BE01) 1 g EV c/8h", "paracetamol (N02BE01) 1 g VO c/8h")])
V("k06", "c47", ["HAL003"], "Insulina glargina 14 UI en el texto; la entrada dice 10 UI (14 es el bicarbonato).",
  out=[("insulina glargina (A10AE04) 10 UI SC en la noche", "insulina glargina (A10AE04) 14 UI SC en la noche")])
V("k07", "c15", ["HAL003"], "Bisoprolol c/12h en el texto; la entrada dice c/24h.",
  out=[("bisoprolol (C07AB07) 2,5 mg VO c/24h", "bisoprolol (C07AB07) 2,5 mg VO c/12h")])
V("k08", "c40", ["HAL003"], "Atorvastatina 50 mg en el texto; la entrada dice 80 mg (50 es la dosis de losartán).",
  out=[("atorvastatina (C10AA05) 80 mg VO c/24h", "atorvastatina (C10AA05) 50 mg VO c/24h")])
V("k09", "c54", ["HAL003"], "Morfina EV en el texto; la entrada dice SC.",
  out=[("morfina (N02AA01) 5 mg SC c/4h", "morfina (N02AA01) 5 mg EV c/4h")])
V("k10", "c20", ["HAL003"], "Paracetamol 2 g c/8h en el texto; la entrada dice 1 g.",
  out=[("paracetamol (N02BE01) 1 g VO c/8h", "paracetamol (N02BE01) 2 g VO c/8h")])

# ---- misma dosis escrita distinto: limpio
V("t24", "c16", [], "Furosemida '40 mg endovenosa cada 12 horas' = '40 mg EV c/12h': limpio.",
  out=[("furosemida (C03CA01) 40 mg EV c/12h", "furosemida (C03CA01) 40 mg endovenosa cada 12 horas")])
V("t25", "c02", [], "Ceftriaxona '1000 mg EV cada 24 horas' = '1 g EV c/24h': limpio.",
  out=[("ceftriaxona (J01DD04) 1 g EV c/24h", "ceftriaxona (J01DD04) 1000 mg EV cada 24 horas")], allow_num=True)
V("t26", "c10", [], "Metamizol '1 gramo intravenoso cada 8 horas' = '1 g EV c/8h': limpio.",
  out=[("metamizol (N02BB02) 1 g EV c/8h", "metamizol (N02BB02) 1 gramo intravenoso cada 8 horas")])
V("t27", "c45", [], "AAS '100 mg al día por vía oral' = '100 mg VO c/24h': limpio.",
  out=[("ácido acetilsalicílico (B01AC06) 100 mg VO c/24h", "ácido acetilsalicílico (B01AC06) 100 mg al día por vía oral")])
V("t28", "c61", [], "Colchicina '0,5 mg oral dos veces al día' = '0,5 mg VO c/12h': limpio.",
  out=[("colchicina (M04AC01) 0,5 mg VO c/12h", "colchicina (M04AC01) 0,5 mg oral dos veces al día")])

# ====================================================== HAL004: lateralidad
V("l01", "c04", ["HAL004"], "Celulitis de pierna derecha en el texto; la entrada dice pierna izquierda.",
  out=[("celulitis (L03.1) de la pierna izquierda", "celulitis (L03.1) de la pierna derecha")])
V("l02", "c20", ["HAL004"], "Neumotórax izquierdo en el texto; la entrada dice derecho.",
  out=[("muestra neumotórax derecho de 40%", "muestra neumotórax izquierdo de 40%")])
V("l03", "c35", ["HAL004"], "Fractura de cuello femoral izquierdo en el texto; la entrada dice derecho.",
  out=[("cuello femoral (S72.0) derecho", "cuello femoral (S72.0) izquierdo")])
V("l04", "c22", ["HAL004"], "Derrame pleural bilateral en el texto; la entrada dice izquierdo.",
  out=[("derrame pleural (J90) izquierdo", "derrame pleural (J90) bilateral")])
V("l05", "c12", ["HAL004"], "Hernioplastía inguinal izquierda en el texto; la entrada dice derecha.",
  out=[("Se realiza hernioplastía inguinal derecha con malla", "Se realiza hernioplastía inguinal izquierda con malla")])
V("l06", "c33", ["HAL004"], "Salpingectomía derecha en el texto; la entrada dice izquierda.",
  out=[("Se realiza salpingectomía izquierda laparoscópica", "Se realiza salpingectomía derecha laparoscópica")])
V("l07", "c44", ["HAL004"], "Hemorragia talámica izquierda en el texto; la entrada dice derecha.",
  out=[("hemorragia intraparenquimatosa talámica derecha", "hemorragia intraparenquimatosa talámica izquierda")])
V("l08", "c50", ["HAL004"], "Cálculo en uréter derecho en el texto; la entrada dice izquierdo.",
  out=[("en el uréter distal izquierdo", "en el uréter distal derecho")])
V("l09", "c07", ["HAL004"], "TVP femoropoplítea bilateral en el texto; la entrada dice izquierda.",
  out=[("femoropoplítea izquierda", "femoropoplítea bilateral")])

# ---- misma lateralidad dicha de otro modo: limpio
V("t29", "c36", [], "'del lado izquierdo' = izquierdo: limpio.",
  out=[("radio (S52.5) izquierdo", "radio (S52.5) del lado izquierdo")])
V("t30", "c16", [], "'en ambas bases' = derrame bilateral: limpio.",
  out=[("pequeño derrame pleural bilateral", "pequeño derrame pleural en ambas bases")])
V("t31", "c57", [], "'craniectomía ipsilateral al hematoma' (hematoma derecho): limpio.",
  out=[("craniectomía descompresiva derecha", "craniectomía descompresiva ipsilateral al hematoma")])

# ====================================================== FMT001
V("m01", "c02", ["FMT001"], "Empieza con 'Paciente ingresa por'.",
  out=[("Ingresa por fiebre", "Paciente ingresa por fiebre")])
V("m02", "c26", ["FMT001"], "Empieza con 'ingresa por' en minúscula.",
  out=[("Ingresa por fiebre", "ingresa por fiebre")])
V("m03", "c37", ["FMT001"], "Empieza con 'Epicrisis: Ingresa por'.",
  out=[("Ingresa por dolor", "Epicrisis: Ingresa por dolor")])
V("m04", "c43", ["FMT001"], "Empieza con 'Se hospitaliza por'.",
  out=[("Ingresa por debilidad", "Se hospitaliza por debilidad")])
V("m05", "c48", ["FMT001"], "Texto entre comillas: empieza con '\"Ingresa por'.",
  out=[("Ingresa por edema", "\"Ingresa por edema"), ("Es dada de alta al día 5.", "Es dada de alta al día 5.\"")])
V("m06", "c60", ["FMT001"], "Empieza con 'INGRESA POR' en mayúsculas.",
  out=[("Ingresa por aumento", "INGRESA POR aumento")])

# ====================================================== FMT002
V("n01", "c03", ["FMT002"], "Negrita markdown en el diagnóstico.",
  out=[("Se diagnostica diabetes mellitus tipo 2 (E11.9)", "Se diagnostica **diabetes mellitus tipo 2** (E11.9)")])
V("n02", "c18", ["FMT002"], "Líneas con viñetas '- '.",
  out=[("Se inicia isoprenalina", "\n- Se inicia isoprenalina"), ("Al día 2 se implanta", "\n- Al día 2 se implanta")])
V("n03", "c29", ["FMT002"], "Encabezado markdown '## Diagnóstico' en medio del texto.",
  out=[("Se diagnostica pielonefritis aguda (N10)", "\n## Diagnóstico\nSe diagnostica pielonefritis aguda (N10)")])
V("n04", "c38", ["FMT002"], "Corchetes con nota '[ver informe radiológico]'.",
  out=[("sin fractura asociada;", "sin fractura asociada [ver informe radiológico];")])
V("n05", "c52", ["FMT002"], "Etiqueta HTML <br> en el texto.",
  out=[("Al examen globo vesical", "<br>Al examen globo vesical")])
V("n06", "c61", ["FMT002"], "Cursiva markdown '*gota*'.",
  out=[("confirmándose gota (M10.0)", "confirmándose *gota* (M10.0)")])
V("n07", "c27", ["FMT002"], "Acentos graves (backticks) alrededor de un fármaco.",
  out=[("Se indica amoxicilina (J01CA04)", "Se indica `amoxicilina` (J01CA04)")])

# ====================================================== FMT003
V("o01", "c12", ["FMT003"], "Texto de 45 palabras aprox. (menos de 80).",
  output="Ingresa por hernia inguinal (K40.9) derecha reductible de 1 año de evolución en paciente de 60 años. "
  "Se realiza hernioplastía inguinal derecha con malla y profilaxis con cefazolina (J01DB04) 2 g EV. "
  "Alta a las 24 horas con diclofenaco (M01AB05) 50 mg VO c/8h por 3 días.")
V("o02", "c23", ["FMT003"], "Texto muy breve (menos de 80 palabras).",
  output="Ingresa por disnea súbita y dolor torácico en mujer de 57 años, diagnosticándose tromboembolismo pulmonar (I26.9) en la angioTC de tórax. "
  "Se anticoagula con enoxaparina (B01AB05) 60 mg SC c/12h y luego apixabán (B01AF02) 10 mg VO c/12h por 7 días. Alta al día 5.")
V("o03", "c30", ["FMT003"], "Texto telegráfico (menos de 80 palabras).",
  output="Ingresa por contracciones uterinas regulares en primigesta de 28 años con embarazo de 39 semanas. "
  "Parto vaginal espontáneo (O80) con episiotomía. Oxitocina (H01BB02) 10 UI IM e ibuprofeno (M01AE01) 400 mg VO c/8h. Alta al día 2.")
V("o04", "c55", ["FMT003"], "Texto de más de 200 palabras (resumen final extenso sin repetir frases).",
  out=[("y se traslada a sala al día 8.",
        "y se traslada a sala al día 8. "
        "En resumen, el cuadro correspondió a una sepsis de foco pulmonar en un paciente diabético, con hipotensión que respondió a la reanimación y al soporte con noradrenalina, e hipoxemia grave que obligó a soporte ventilatorio invasivo durante los primeros días. "
        "El control de la glucosa se logró con insulina cristalina en infusión según protocolo de la unidad. "
        "Se mantuvo la cobertura con meropenem y vancomicina durante toda la estadía. "
        "Al momento del traslado se encuentra vigil, sin drogas vasoactivas y respirando en forma espontánea. "
        "Se sugiere al equipo de sala vigilar la evolución respiratoria y definir la duración total del esquema antibiótico según la respuesta clínica.")])
V("o05", "c59", ["FMT003"], "Texto de más de 200 palabras.",
  out=[("Es dada de alta al día 3 con derivación a ginecología.",
        "Es dada de alta al día 3 con derivación a ginecología. "
        "Cabe destacar que la paciente refería sangrados menstruales prolongados y abundantes desde hace varios años, sin estudio previo, lo que explica la ferropenia profunda encontrada al ingreso. "
        "La pica y la astenia se consideraron manifestaciones de la misma carencia. "
        "Se le explicó la importancia de completar las dosis de hierro endovenoso indicadas y de asistir a la evaluación ginecológica para definir el manejo definitivo del mioma. "
        "Se entregaron signos de alarma: sangrado genital abundante, disnea de reposo, dolor torácico o compromiso del estado general, ante los cuales debe consultar en el servicio de urgencia.")])

# ====================================================== COD001
V("p01", "c01", ["COD001"], "Código CIE-10 sin paréntesis: 'neumonía J18.9'.",
  out=[("planteándose neumonía (J18.9).", "planteándose neumonía J18.9.")])
V("p02", "c44", ["COD001"], "Código CIE-10 sin paréntesis: 'código I61.0'.",
  out=[("hemorragia intracerebral subcortical (I61.0).", "hemorragia intracerebral subcortical, código I61.0.")])
V("p03", "c58", ["COD001"], "Dos códigos CIE-10 en un mismo paréntesis.",
  out=[("Se diagnostica sepsis por gramnegativos (A41.5) de foco urinario (N39.0).", "Se diagnostica sepsis por gramnegativos de foco urinario (A41.5, N39.0).")])
V("p04", "c47", ["COD001"], "Dos códigos CIE-10 en un mismo paréntesis ('N18.5 y E11.2').",
  out=[("enfermedad renal crónica etapa 5 (N18.5) por diabetes mellitus tipo 2 con complicación renal (E11.2).",
        "enfermedad renal crónica etapa 5 por diabetes mellitus tipo 2 con complicación renal (N18.5 y E11.2).")])
V("p05", "c31", ["COD001"], "Código CIE-10 entre comas, sin paréntesis.",
  out=[("Con diagnóstico de preeclampsia severa (O14.1) recibe", "Con diagnóstico de preeclampsia severa, O14.1, recibe")])

# ====================================================== COD002
V("q01", "c06", ["COD002"], "Gonartrosis (M17.9): enfermedad en la entrada pero su código no.",
  out=[("usuario de AINES por gonartrosis.", "usuario de AINES por gonartrosis (M17.9).")])
V("q02", "c13", ["COD002"], "Colelitiasis (K80.2): código ausente de la entrada.",
  out=[("con colelitiasis conocida.", "con colelitiasis (K80.2) conocida.")])
V("q03", "c42", ["COD002"], "Epilepsia (G40.9): código ausente de la entrada (sólo G41.0).",
  out=[("en mujer de 37 años epiléptica que", "en mujer de 37 años con epilepsia (G40.9) que")])
V("q04", "c59", ["COD002"], "Hipermenorrea (N92.0): código ausente de la entrada.",
  out=[("con hipermenorrea de larga data.", "con hipermenorrea (N92.0) de larga data.")])
V("q05", "c11", ["COD002"], "Úlcera perforada (K25.5) como antecedente: código ausente de la entrada.",
  out=[("por úlcera perforada.", "por úlcera perforada (K25.5).")])

# ====================================================== COD003
V("z01", "c15", ["COD003"], "Código ATC sin paréntesis: 'ticagrelor B01AC24'.",
  out=[("ticagrelor (B01AC24)", "ticagrelor B01AC24")])
V("z02", "c60", ["COD003"], "Dos códigos ATC en un mismo paréntesis.",
  out=[("espironolactona (C03DA01) 100 mg VO c/24h y furosemida (C03CA01) 40 mg VO c/24h",
        "espironolactona 100 mg VO c/24h y furosemida 40 mg VO c/24h (C03DA01, C03CA01)")])
V("z03", "c49", ["COD003"], "Código ATC entre comas: 'salbutamol, ATC R03AC02,'.",
  out=[("salbutamol (R03AC02) 10 mg", "salbutamol, ATC R03AC02, 10 mg")])
V("z04", "c57", ["COD003"], "Código ATC sin paréntesis: 'levetiracetam N03AX14'.",
  out=[("levetiracetam (N03AX14)", "levetiracetam N03AX14")])
V("z05", "c34", ["COD003"], "Código ATC sin paréntesis: 'metoclopramida, código A03FA01,'.",
  out=[("metoclopramida (A03FA01) 10 mg", "metoclopramida, código A03FA01, 10 mg")])

# ====================================================== COD004
V("r01", "c05", ["COD004"], "Hidroclorotiazida (C03AA03): fármaco nombrado en la entrada, pero sin ese código.",
  out=[("se suspende la hidroclorotiazida", "se suspende la hidroclorotiazida (C03AA03)")])
V("r02", "c46", ["COD004"], "Losartán (C09CA01): código ausente de la entrada.",
  out=[("Se suspende el losartán", "Se suspende el losartán (C09CA01)")])
V("r03", "c26", ["COD004"], "Amoxicilina (J01CA04): código ausente de la entrada.",
  out=[("rotándose a amoxicilina oral", "rotándose a amoxicilina (J01CA04) oral")])
V("r04", "c32", ["COD004"], "Sulfato ferroso (B03AA07): código ausente de la entrada.",
  out=[("Alta al día 3 con sulfato ferroso.", "Alta al día 3 con sulfato ferroso (B03AA07).")])
V("r05", "c49", ["COD004"], "Espironolactona (C03DA01): código ausente de la entrada.",
  out=[("Se suspende la espironolactona.", "Se suspende la espironolactona (C03DA01).")])
V("r06", "c29", ["COD004"], "Cefadroxilo (J01DB05): código ausente de la entrada.",
  out=[("rotándose a cefadroxilo oral", "rotándose a cefadroxilo (J01DB05) oral")])

# ====================================================== COD005
V("s01", "c01", ["COD005"], "Códigos CIE-10 intercambiados: neumonía (I10) e hipertensión (J18.9).",
  out=[("neumonía (J18.9)", "neumonía (I10)"), ("hipertensión esencial (I10)", "hipertensión esencial (J18.9)")])
V("s02", "c17", ["COD005"], "Códigos ATC intercambiados entre metoprolol y apixabán.",
  out=[("metoprolol (C07AB02)", "metoprolol (B01AF02)"), ("apixabán (B01AF02)", "apixabán (C07AB02)")])
V("s03", "c45", ["COD005"], "Códigos CIE-10 intercambiados entre hipercolesterolemia y AIT.",
  out=[("hipercolesterolemia pura (E78.0)", "hipercolesterolemia pura (G45.9)"), ("accidente isquémico transitorio (G45.9)", "accidente isquémico transitorio (E78.0)")])
V("s04", "c15", ["COD005"], "Códigos ATC intercambiados entre atorvastatina y bisoprolol.",
  out=[("atorvastatina (C10AA05)", "atorvastatina (C07AB07)"), ("bisoprolol (C07AB07)", "bisoprolol (C10AA05)")])
V("s05", "c55", ["COD005"], "Códigos CIE-10 intercambiados entre diabetes y sepsis.",
  out=[("diabetes mellitus tipo 2 (E11.9)", "diabetes mellitus tipo 2 (A41.9)"), ("sepsis (A41.9)", "sepsis (E11.9)")])
V("s06", "c65", ["COD005"], "Esquema alternativo: códigos intercambiados entre hiperplasia prostática e ITU.",
  out=[("hiperplasia de la próstata (N40)", "hiperplasia de la próstata (N39.0)"), ("infección de vías urinarias (N39.0)", "infección de vías urinarias (N40)")])

# ====================================================== COD006 (advertencia)
V("u01", "c01", ["COD006"], "Se omite el código I10 de la entrada.",
  out=[("por hipertensión esencial (I10).", "por hipertensión esencial.")])
V("u02", "c09", ["COD006"], "Se omite el código ATC del metronidazol.",
  out=[("metronidazol (P01AB01)", "metronidazol")])
V("u03", "c36", ["COD006"], "Se omite el código M81.0 de la osteoporosis.",
  out=[("osteoporosis postmenopáusica (M81.0)", "osteoporosis postmenopáusica")])
V("u04", "c52", ["COD006"], "Se omite el código ATC de la leuprorelina.",
  out=[("leuprorelina (L02AE02)", "leuprorelina")])
V("u05", "c25", ["COD006"], "Se omite el código E86 de la depleción de volumen.",
  out=[("con depleción de volumen (E86).", "con depleción de volumen.")])
V("u06", "c31", ["COD006"], "Se omite el código ATC de la metildopa.",
  out=[("metildopa (C02AB01)", "metildopa")])

# ====================================================== COD007 (advertencia): código bien formado inexistente
V("v01", "c01", ["COD007"], "J18.7 no existe en CIE-10 (entrada y texto lo usan).",
  inp=[('"J18.9"', '"J18.7"')], out=[("(J18.9)", "(J18.7)")])
V("v02", "c15", ["COD007"], "I21.7 no existe en CIE-10.",
  inp=[('"I21.0"', '"I21.7"')], out=[("(I21.0)", "(I21.7)")])
V("v03", "c55", ["COD007"], "A41.7 no existe en CIE-10.",
  inp=[('"A41.9"', '"A41.7"')], out=[("(A41.9)", "(A41.7)")])
V("v04", "c21", ["COD007"], "J45.6 no existe en CIE-10.",
  inp=[('"J45.9"', '"J45.6"')], out=[("(J45.9)", "(J45.6)")])
V("v05", "c58", ["COD007"], "N39.5 no existe en CIE-10.",
  inp=[('"N39.0"', '"N39.5"')], out=[("(N39.0)", "(N39.5)")])
V("v06", "c13", ["COD007"], "K85.7 no existe en CIE-10.",
  inp=[('"K85.1"', '"K85.7"')], out=[("(K85.1)", "(K85.7)")])

# ====================================================== HAL002 (advertencia): número no presente
V("w01", "c02", ["HAL002"], "PCR 240 mg/L en el texto; la entrada dice 210.",
  out=[("PCR 210 mg/L", "PCR 240 mg/L")])
V("w02", "c10", ["HAL002"], "SatO2 96% inventada.",
  out=[("Al examen T 38,3 °C y signo", "Al examen T 38,3 °C, SatO2 96% y signo")])
V("w03", "c37", ["HAL002"], "Alta al día 7; la entrada dice día 3 y no contiene 7.",
  out=[("Es dado de alta al día 3.", "Es dado de alta al día 7.")])
V("w04", "c48", ["HAL002"], "Albúmina 1,4 g/dL; la entrada dice 1,9.",
  out=[("albúmina 1,9 g/dL", "albúmina 1,4 g/dL")])
V("w05", "c62", ["HAL002"], "SatO2 98% inventada.",
  out=[("PA 124/76 mmHg, FC 96 lpm", "PA 124/76 mmHg, SatO2 98%, FC 96 lpm")])
V("w06", "c44", ["HAL002"], "Hematoma de 25 mL; la entrada dice 18 mL.",
  out=[("de 18 mL", "de 25 mL")])
V("w07", "c64", ["HAL002"], "Fecha de alta 2025-01-19 inventada.",
  out=[("Es dado de alta al día 5", "Es dado de alta el 2025-01-19")])

# ====================================================== CLN001 (advertencia): fármaco sin indicación
V("x01", "c02", ["CLN001"], "Levotiroxina sin hipotiroidismo entre los diagnósticos.",
  inp=[('["J01DD04", "Ceftriaxona 1 g EV c/24h"]', '["J01DD04", "Ceftriaxona 1 g EV c/24h"], ["H03AA01", "Levotiroxina 50 mcg VO c/24h"]')],
  out=[("Evoluciona afebril a las 48 horas", "Se agrega levotiroxina (H03AA01) 50 mcg VO c/24h. Evoluciona afebril a las 48 horas")])
V("x02", "c09", ["CLN001"], "Alopurinol en apendicitis sin gota ni hiperuricemia.",
  inp=[('["N02BE01", "Paracetamol 1 g EV c/8h"]', '["N02BE01", "Paracetamol 1 g EV c/8h"], ["M04AA01", "Alopurinol 300 mg VO c/24h"]')],
  out=[("paracetamol (N02BE01) 1 g EV c/8h.", "paracetamol (N02BE01) 1 g EV c/8h, además de alopurinol (M04AA01) 300 mg VO c/24h.")])
V("x03", "c20", ["CLN001"], "Warfarina en neumotórax sin indicación de anticoagulación.",
  inp=[('["N02BE01", "Paracetamol 1 g VO c/8h"]', '["N02BE01", "Paracetamol 1 g VO c/8h"], ["B01AA03", "Warfarina 5 mg VO c/24h"]')],
  out=[("Hemoglobina 15,2 g/dL.", "Hemoglobina 15,2 g/dL. Recibe warfarina (B01AA03) 5 mg VO c/24h.")])
V("x04", "c26", ["CLN001"], "Metformina en escolar con neumonía, sin diabetes.",
  inp=[('["N02BE01", "Paracetamol 15 mg/kg VO c/6h SOS"]', '["N02BE01", "Paracetamol 15 mg/kg VO c/6h SOS"], ["A10BA02", "Metformina 850 mg VO c/12h"]')],
  out=[("Evoluciona afebril a las 48 horas,", "Se indica además metformina (A10BA02) 850 mg VO c/12h. Evoluciona afebril a las 48 horas,")])
V("x05", "c38", ["CLN001"], "Insulina glargina en luxación de hombro, sin diabetes.",
  inp=[('["M01AE01", "Ibuprofeno 400 mg VO c/8h"]', '["M01AE01", "Ibuprofeno 400 mg VO c/8h"], ["A10AE04", "Insulina glargina 10 UI SC en la noche"]')],
  out=[("No presenta déficit neurológico", "Recibe insulina glargina (A10AE04) 10 UI SC en la noche. No presenta déficit neurológico")])
V("x06", "c50", ["CLN001"], "Levetiracetam en litiasis ureteral, sin epilepsia.",
  inp=[('["N02BB02", "Metamizol 1 g EV c/8h"]', '["N02BB02", "Metamizol 1 g EV c/8h"], ["N03AX14", "Levetiracetam 500 mg VO c/12h"]')],
  out=[("Cede el dolor y expulsa", "Se indica levetiracetam (N03AX14) 500 mg VO c/12h. Cede el dolor y expulsa")])

# ====================================================== REP001
V("y01", "c04", ["REP001"], "Oración de laboratorio repetida.",
  out=[("Laboratorio con leucocitos 13.400/mm3 y PCR 96 mg/L. ", "Laboratorio con leucocitos 13.400/mm3 y PCR 96 mg/L. Laboratorio con leucocitos 13.400/mm3 y PCR 96 mg/L. ")])
V("y02", "c21", ["REP001"], "Oración de evolución repetida.",
  out=[("Al día 2 alcanza PEF 80% sin requerir oxígeno. ", "Al día 2 alcanza PEF 80% sin requerir oxígeno. Al día 2 alcanza PEF 80% sin requerir oxígeno. ")])
V("y03", "c33", ["REP001"], "Bucle degenerado 'en buenas condiciones' repetido.",
  out=[("operada y en buenas condiciones.", "operada y en buenas condiciones, en buenas condiciones, en buenas condiciones, en buenas condiciones, en buenas condiciones.")])
V("y04", "c53", ["REP001"], "Oración de TC repetida.",
  out=[("La TC de tórax, abdomen y pelvis no muestra metástasis. ", "La TC de tórax, abdomen y pelvis no muestra metástasis. La TC de tórax, abdomen y pelvis no muestra metástasis. ")])
V("y05", "c66", ["REP001"], "Oración final repetida tres veces.",
  out=[("Es dada de alta tras 5 días de hospitalización.", "Es dada de alta tras 5 días de hospitalización. Es dada de alta tras 5 días de hospitalización. Es dada de alta tras 5 días de hospitalización.")])
