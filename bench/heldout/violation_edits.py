# -*- coding: utf-8 -*-
"""Hand-written explicit edits turning a clean record into a violation record.

Each edit: base (clean key), expected (check ids the spec makes fire),
out: list of (old, new) replacements on the output (old must occur exactly once),
inp: list of (old, new) replacements on json.dumps(input, ensure_ascii=False)
     (old must occur exactly once), note: what the edit simulates.
"""

EDITS = []


def edit(base, expected, note, out=(), inp=()):
    EDITS.append({"base": base, "expected": list(expected), "note": note,
                  "out": list(out), "inp": list(inp)})


# ---------------------------------------------------------------- FMT001
edit("c02", ["FMT001"], "Abre con 'Paciente ingresa por' en vez de 'Ingresa por'",
     out=[("Ingresa por cuadro confusional", "Paciente ingresa por cuadro confusional")])
edit("c09", ["FMT001"], "Antepone el rótulo 'EPICRISIS:' antes de 'Ingresa por'",
     out=[("Ingresa por cefalea intensa", "EPICRISIS: Ingresa por cefalea intensa")])
edit("c21", ["FMT001"], "'ingresa por' en minúscula",
     out=[("Ingresa por disnea de esfuerzo", "ingresa por disnea de esfuerzo")])
edit("c30", ["FMT001"], "Abre con 'Se hospitaliza por'",
     out=[("Ingresa por diarrea acuosa", "Se hospitaliza por diarrea acuosa")])
edit("c38", ["FMT001"], "Salida envuelta en comillas dobles (abre con comilla)",
     out=[("Ingresa por agitación nocturna", "\"Ingresa por agitación nocturna"),
          ("con cuidadora.", "con cuidadora.\"")])
edit("c43", ["FMT001"], "Abre con la demografía y luego 'que ingresa por'",
     out=[("Ingresa por tos productiva de 6 semanas, hemoptisis leve, sudoración nocturna y baja de 8 kg en paciente masculino de 33 años, extranjero residente en Santiago.",
           "Paciente masculino de 33 años, extranjero residente en Santiago, que ingresa por tos productiva de 6 semanas, hemoptisis leve, sudoración nocturna y baja de 8 kg.")])

# ---------------------------------------------------------------- FMT002
edit("c03", ["FMT002"], "Rótulo en negrita markdown '**Tratamiento:**'",
     out=[("Se maneja con lorazepam", "**Tratamiento:** se maneja con lorazepam")])
edit("c24", ["FMT002"], "Tratamiento como lista con viñetas markdown",
     out=[("Se maneja con hidratación con ringer lactato a 250 ml/h, morfina (N02AA01) 2 mg ev cada 4 horas SOS y ondansetrón (A04AA01) 4 mg ev cada 8 horas.",
           "Se maneja con:\n- hidratación con ringer lactato a 250 ml/h\n- morfina (N02AA01) 2 mg ev cada 4 horas SOS\n- ondansetrón (A04AA01) 4 mg ev cada 8 horas\n")])
edit("c11", ["FMT002"], "Encabezado markdown '## Evolución' en medio del texto",
     out=[(" Evoluciona con calcio de 10,1", "\n## Evolución\nEvoluciona con calcio de 10,1")])
edit("c38", ["FMT002"], "Nombre de bacteria en cursiva markdown",
     out=[("positivo para Escherichia coli sensible", "positivo para *Escherichia coli* sensible")])
edit("c26", ["FMT002"], "Etiqueta HTML <br> incrustada",
     out=[("peritonitis bacteriana espontánea (K65.0). Recibe", "peritonitis bacteriana espontánea (K65.0).<br>Recibe")])
edit("c17", ["FMT002"], "Resultado entre corchetes tipo plantilla",
     out=[("con test de embarazo negativo.", "con test de embarazo [negativo].")])

# ---------------------------------------------------------------- FMT003
edit("c39", ["FMT003"], "Demasiado corta (<80 palabras): omite detalles de estudio y evolución",
     out=[("La ecografía doppler muestra trombo oclusivo en vena femoral superficial y poplítea izquierdas, con dímero D de 3,8 mg/L, creatinina de 0,9 mg/dL y plaquetas de 245.000, diagnosticándose TVP femoropoplítea izquierda (I80.2).",
           "Se diagnostica TVP femoropoplítea izquierda (I80.2)."),
          (", seguido de 20 mg al día por 3 meses, además de medias de compresión", "")])
edit("c41", ["FMT003"], "Demasiado corta (<80 palabras): alta resumida",
     out=[("Se da de alta al día 5 con indicación de evitar vuelos y buceo, consejería antitabaco y control con cirugía de tórax.",
           "Alta al día 5."),
          ("Durante la hospitalización recibe", "Recibe")])
edit("c29", ["FMT003"], "Demasiado corta (<80 palabras): telegráfica",
     out=[("El nivel de paracetamol a las 6 horas es de 182 ug/mL, sobre la línea de tratamiento del nomograma, configurándose intoxicación por paracetamol (T39.1).",
           "Se diagnostica intoxicación por paracetamol (T39.1)."),
          (", con GPT inicial de 34 U/L y máxima de 96 U/L e INR de 1,1", ""),
          (" con derivación a COSAM y control en 1 semana", "")])
edit("c16", ["FMT003"], "Demasiado larga (>200 palabras): agrega párrafo de educación redundante",
     out=[("y endoscopía de control.",
           "y endoscopía de control. Se explica a la paciente y a su familia la importancia de no automedicarse con ibuprofeno, de consultar de inmediato ante nueva melena, lipotimia o debilidad, y de asistir puntualmente a los controles de INR indicados para el reinicio seguro del acenocumarol, entendiendo que el riesgo de sangrado y el riesgo embólico de su fibrilación auricular deben equilibrarse con cuidado.")])
edit("c14", ["FMT003"], "Demasiado larga (>200 palabras): agrega párrafo de recomendaciones redundante",
     out=[("y control en 2 semanas.",
           "y control en 2 semanas. Se explica al paciente y a su familia la importancia de mantener la kinesioterapia respiratoria ambulatoria, controlar la glicemia capilar en domicilio mientras se reinicia la metformina, mantener el losartán en las dosis indicadas y consultar de inmediato en el servicio de urgencia ante la reaparición de fiebre, el aumento de la disnea, la tos persistente o cualquier deterioro del estado general antes del control programado con su médico tratante.")])
edit("c35", ["FMT003"], "Demasiado larga (>200 palabras): agrega educación extensa y redundante",
     out=[("y ecografía de control al término.",
           "y ecografía de control al término. Se explica detalladamente al paciente la importancia de completar el tratamiento antibiótico oral sin interrupciones aunque se sienta bien, de mantener un buen control de su diabetes con la metformina indicada, de vigilar la temperatura en su domicilio todos los días y de consultar de inmediato en el servicio de urgencia ante fiebre, dolor en hipocondrio derecho, coloración amarilla de la piel o compromiso del estado general, y de asistir puntualmente a la ecografía de control programada al término del tratamiento.")])

# ---------------------------------------------------------------- COD001
edit("c01", ["COD001"], "Código CIE-10 escrito sin paréntesis",
     out=[("hiperkalemia (E87.5)", "hiperkalemia E87.5")])
edit("c06", ["COD001"], "Código CIE-10 como aposición entre comas, sin paréntesis",
     out=[("diverticulitis aguda de colon sigmoides (K57.3).", "diverticulitis aguda de colon sigmoides, código K57.3.")])
edit("c30", ["COD001"], "Dos códigos CIE-10 en un mismo paréntesis",
     out=[("gastroenteritis aguda infecciosa (A09.0) con lesión renal aguda prerrenal (N17.9).",
           "gastroenteritis aguda infecciosa con lesión renal aguda prerrenal (A09.0, N17.9).")])
edit("c32", ["COD001"], "Código CIE-10 sin paréntesis",
     out=[("neumonía aspirativa (J69.0)", "neumonía aspirativa J69.0")])
edit("c45", ["COD001"], "Código CIE-10 entre comas en vez de paréntesis",
     out=[("hemorragia por várices esofágicas (I85.0),", "hemorragia por várices esofágicas, I85.0,")])
edit("c46", ["COD001"], "Código CIE-10 sin paréntesis",
     out=[("shock séptico (R57.2)", "shock séptico R57.2")])

# ---------------------------------------------------------------- COD002
edit("c01", ["COD002"], "Agrega código I10 a HTA que en el input no tiene código",
     out=[("e hipertensión arterial. Se constata", "e hipertensión arterial (I10). Se constata")])
edit("c21", ["COD002"], "Agrega código I10 a HTA sin código en el input",
     out=[("e hipertensión arterial. Presenta", "e hipertensión arterial (I10). Presenta")])
edit("c12", ["COD002"], "Agrega código E05.0 a enfermedad de Graves (sin código en el input)",
     out=[("enfermedad de Graves sin tratamiento", "enfermedad de Graves (E05.0) sin tratamiento")])
edit("c03", ["COD002"], "Agrega código K70.9 a hepatopatía por alcohol (sin código en el input)",
     out=[("hepatopatía crónica por alcohol.", "hepatopatía crónica por alcohol (K70.9).")])
edit("c08", ["COD002"], "Agrega código I26.9 a embolias sépticas pulmonares (code null en el input)",
     out=[("embolias sépticas pulmonares.", "embolias sépticas pulmonares (I26.9).")])
edit("c05", ["COD002"], "Agrega código C18.9 al cáncer de colon del antecedente (sin código en el input)",
     out=[("colectomía por cáncer de colon hace", "colectomía por cáncer de colon (C18.9) hace")])

# ---------------------------------------------------------------- COD003
edit("c08", ["COD003"], "Código ATC sin paréntesis",
     out=[("cloxacilina (J01CF02)", "cloxacilina J01CF02")])
edit("c13", ["COD003"], "Código ATC entre comas, sin paréntesis",
     out=[("clorfenamina (R06AB04) 10 mg", "clorfenamina, R06AB04, 10 mg")])
edit("c16", ["COD003"], "Código ATC sin paréntesis",
     out=[("vitamina K (B02BA01)", "vitamina K B02BA01")])
edit("c20", ["COD003"], "Código ATC sin paréntesis",
     out=[("bromuro de ipratropio (R03BB01)", "bromuro de ipratropio R03BB01")])
edit("c33", ["COD003"], "Código ATC sin paréntesis",
     out=[("metilprednisolona (H02AB04)", "metilprednisolona H02AB04")])
edit("c47", ["COD003"], "Código ATC sin paréntesis",
     out=[("ceftriaxona (J01DD04)", "ceftriaxona J01DD04")])
edit("c43", ["COD003"], "Cuatro códigos ATC compartiendo un paréntesis",
     out=[("isoniazida (J04AC01) 300 mg al día, rifampicina (J04AB02) 600 mg al día, pirazinamida (J04AK01) 1500 mg al día y etambutol (J04AK02) 1200 mg al día",
           "isoniazida, rifampicina, pirazinamida y etambutol (J04AC01, J04AB02, J04AK01, J04AK02) en dosis de 300, 600, 1500 y 1200 mg al día respectivamente")])

# ---------------------------------------------------------------- COD004
edit("c06", ["COD004"], "Agrega ATC N02BE01 a paracetamol, que en el input no tiene código",
     out=[("junto con paracetamol 1 g", "junto con paracetamol (N02BE01) 1 g")])
edit("c07", ["COD004"], "Agrega ATC J01MA02 a ciprofloxacino de alta (sin código en el input)",
     out=[("con ciprofloxacino 500 mg", "con ciprofloxacino (J01MA02) 500 mg")])
edit("c14", ["COD004"], "Agrega ATC A10AB01 a insulina según esquema (sin código en el input)",
     out=[("manejadas con insulina según esquema", "manejadas con insulina (A10AB01) según esquema")])
edit("c17", ["COD004"], "Agrega ATC N02BE01 a paracetamol (sin código en el input)",
     out=[("y paracetamol 1 g cada 8 horas SOS", "y paracetamol (N02BE01) 1 g cada 8 horas SOS")])
edit("c26", ["COD004"], "Agrega ATC C03CA01 a furosemida de alta (sin código en el input)",
     out=[("y furosemida 40 mg al día.", "y furosemida (C03CA01) 40 mg al día.")])
edit("c12", ["COD004"], "Agrega ATC H03BB02 a tiamazol de alta (sin código en el input)",
     out=[("cambio a tiamazol 20 mg", "cambio a tiamazol (H03BB02) 20 mg")])

# ---------------------------------------------------------------- COD005
edit("c02", ["COD005"], "Intercambia los códigos de DM2 y ERC etapa 3",
     out=[("diabetes mellitus tipo 2 (E11.9)", "diabetes mellitus tipo 2 (N18.3)"),
          ("enfermedad renal crónica etapa 3 (N18.3)", "enfermedad renal crónica etapa 3 (E11.9)")])
edit("c20", ["COD005"], "Intercambia los códigos de EPOC exacerbado e insuficiencia respiratoria",
     out=[("exacerbación aguda (J44.1)", "exacerbación aguda (J96.0)"),
          ("aguda global (J96.0)", "aguda global (J44.1)")])
edit("c35", ["COD005"], "Intercambia los ATC de ceftriaxona y metronidazol",
     out=[("ceftriaxona (J01DD04)", "ceftriaxona (J01XD01)"),
          ("metronidazol (J01XD01)", "metronidazol (J01DD04)")])
edit("c28", ["COD005"], "Intercambia los códigos de dislipidemia y fibrilación auricular",
     out=[("dislipidemia (E78.5)", "dislipidemia (I48.9)"),
          ("fibrilación auricular (I48.9)", "fibrilación auricular (E78.5)")])
edit("c42", ["COD005"], "Intercambia los códigos de hipokalemia e hipomagnesemia",
     out=[("hipokalemia severa (E87.6)", "hipokalemia severa (E83.4)"),
          ("hipomagnesemia (E83.4)", "hipomagnesemia (E87.6)")])
edit("c49", ["COD005"], "Intercambia los ATC de amlodipino y atenolol",
     out=[("amlodipino (C08CA01)", "amlodipino (C07AB03)"),
          ("atenolol (C07AB03)", "atenolol (C08CA01)")])
edit("c10", ["COD005"], "Intercambia los ATC de insulina glargina e insulina cristalina",
     out=[("insulina glargina (A10AE04)", "insulina glargina (A10AB01)"),
          ("insulina cristalina (A10AB01)", "insulina cristalina (A10AE04)")])

# ---------------------------------------------------------------- COD006
edit("c04", ["COD006"], "Omite el código E03.9 de hipotiroidismo",
     out=[("hipotiroidismo (E03.9)", "hipotiroidismo")])
edit("c11", ["COD006"], "Omite el ATC H05BA01 de calcitonina",
     out=[("calcitonina (H05BA01)", "calcitonina")])
edit("c23", ["COD006"], "Omite el código I80.2 de la TVP",
     out=[("poplítea izquierda (I80.2)", "poplítea izquierda")])
edit("c31", ["COD006"], "Omite el código C85.9 del linfoma",
     out=[("linfoma no Hodgkin (C85.9)", "linfoma no Hodgkin")])
edit("c37", ["COD006"], "Omite el ATC H03AA01 de levotiroxina",
     out=[("levotiroxina (H03AA01)", "levotiroxina")])
edit("c48", ["COD006"], "Omite el código N92.1 de metrorragia",
     out=[("metrorragia (N92.1)", "metrorragia")])
edit("c27", ["COD006"], "Omite el ATC N03AG01 de ácido valproico",
     out=[("ácido valproico (N03AG01)", "ácido valproico")])

# ---------------------------------------------------------------- COD007
edit("c47", ["COD007"], "El input trae J187 (inexistente) para la NAC y la salida lo copia como J18.7",
     inp=[("NAC J189", "NAC J187")],
     out=[("(J18.9)", "(J18.7)")])
edit("c18", ["COD007"], "El input trae E87.9 (inexistente) para la hiponatremia y la salida lo copia",
     inp=[("(E87.1)", "(E87.9)")],
     out=[("(E87.1)", "(E87.9)")])
edit("c22", ["COD007"], "El input trae I10.9 (inexistente) para la HTA y la salida lo copia",
     inp=[("Hipertensión arterial - I10", "Hipertensión arterial - I10.9")],
     out=[("(I10)", "(I10.9)")])
edit("c21", ["COD007"], "El input trae I50.3 (código CM, no existe en CIE-10 OMS) y la salida lo copia",
     inp=[("\"I50.0\"", "\"I50.3\"")],
     out=[("(I50.0)", "(I50.3)")])
edit("c30", ["COD007"], "El input trae N17.4 (inexistente) para la LRA y la salida lo copia",
     inp=[("(N17.9)", "(N17.4)")],
     out=[("(N17.9)", "(N17.4)")])
edit("c24", ["COD007"], "El input trae K85.6 (inexistente) para la pancreatitis biliar y la salida lo copia",
     inp=[("\"K85.1\"", "\"K85.6\"")],
     out=[("(K85.1)", "(K85.6)")])

# ---------------------------------------------------------------- HAL001
edit("c05", ["HAL001"], "Agrega metoclopramida, ausente del input (y contraindicada en obstrucción)",
     out=[("4 mg ev cada 8 horas y omeprazol", "4 mg ev cada 8 horas, metoclopramida ev y omeprazol")])
edit("c09", ["HAL001"], "Inventa una resonancia magnética de cerebro",
     out=[("Evoluciona sin déficit neurológico focal y con audiometría de control normal.",
           "Evoluciona sin déficit neurológico focal, con resonancia magnética de cerebro y audiometría de control normales.")])
edit("c15", ["HAL001"], "Inventa transfusión de glóbulos rojos postoperatoria",
     out=[("La hemoglobina postoperatoria es de 9,6 g/dL.",
           "La hemoglobina postoperatoria es de 9,6 g/dL, por lo que se transfunden glóbulos rojos.")])
edit("c27", ["HAL001"], "Agrega fenitoína, ausente del input",
     out=[("lorazepam (N05BA06) 4 mg ev y carga de levetiracetam",
           "lorazepam (N05BA06) 4 mg ev, fenitoína ev y carga de levetiracetam")])
edit("c35", ["HAL001"], "Agrega diagnóstico de sepsis de foco abdominal, ausente del input",
     out=[("absceso hepático piógeno (K75.0).", "absceso hepático piógeno (K75.0) con sepsis de foco abdominal.")])
edit("c44", ["HAL001"], "Inventa una TAC de abdomen",
     out=[("desencadenada por gastroenteritis aguda (A09.9).",
           "desencadenada por gastroenteritis aguda (A09.9), con TAC de abdomen sin hallazgos.")])

# ---------------------------------------------------------------- HAL002
edit("c03", ["HAL002"], "GGT 410 cambiada a 460",
     out=[("GGT de 410 U/L", "GGT de 460 U/L")])
edit("c10", ["HAL002"], "Glicemia 486 transpuesta a 468",
     out=[("glicemia de 486 mg/dL", "glicemia de 468 mg/dL")])
edit("c25", ["HAL002"], "Amonio 142 cambiado a 124",
     out=[("amonio de 142 ug/dL", "amonio de 124 ug/dL")])
edit("c34", ["HAL002"], "Día de alta 9 cambiado a 11",
     out=[("alta al día 9", "alta al día 11")])
edit("c13", ["HAL002"], "Frecuencia cardiaca 124 cambiada a 134",
     out=[("frecuencia cardiaca de 124", "frecuencia cardiaca de 134")])
edit("c46", ["HAL002"], "Lactato 5,2 cambiado a 6,2",
     out=[("lactato de 5,2 mmol/L", "lactato de 6,2 mmol/L")])
edit("c40", ["HAL002"], "Dosis de flumazenil 0,2 mg cambiada a 0,5 mg",
     out=[("flumazenil (V03AB25) 0,2 mg", "flumazenil (V03AB25) 0,5 mg")])

# ---------------------------------------------------------------- CLN001
edit("c41", ["CLN001"], "Levotiroxina habitual sin diagnóstico tiroideo en el input",
     inp=[("tramadol 50 mg c/8h SOS (N02AX02)", "tramadol 50 mg c/8h SOS (N02AX02); levotiroxina 50 ug/día (H03AA01)")],
     out=[("con tabaquismo de 10 cigarrillos al día.",
           "con tabaquismo de 10 cigarrillos al día, usuario de levotiroxina (H03AA01) 50 ug al día.")])
edit("c06", ["CLN001"], "Alopurinol sin gota ni hiperuricemia en el input",
     inp=[("\"otros\": [\"Paracetamol 1 g c/8h ev\"]", "\"otros\": [\"Paracetamol 1 g c/8h ev\", \"Alopurinol 300 mg/día vo (M04AA01)\"]")],
     out=[("junto con paracetamol 1 g cada 8 horas.", "junto con paracetamol 1 g cada 8 horas y alopurinol (M04AA01) 300 mg al día.")])
edit("c24", ["CLN001"], "Metformina sin diabetes en el input",
     inp=[("{\"nombre\": \"Ondansetrón\"", "{\"nombre\": \"Metformina\", \"atc\": \"A10BA02\", \"detalle\": \"850 mg c/12h vo\"}, {\"nombre\": \"Ondansetrón\"")],
     out=[("Presenta realimentación oral bien tolerada al día 3.",
           "Presenta realimentación oral bien tolerada al día 3, reiniciándose metformina (A10BA02) 850 mg cada 12 horas.")])
edit("c31", ["CLN001"], "Alendronato sin osteoporosis en el input",
     inp=[("{\"drug\": \"Paracetamol\"", "{\"drug\": \"Alendronato\", \"atc\": \"M05BA04\", \"dose\": \"70 mg semanal\"}, {\"drug\": \"Paracetamol\"")],
     out=[("y paracetamol (N02BE01) 1 g cada 8 horas.",
           "y paracetamol (N02BE01) 1 g cada 8 horas, manteniendo alendronato (M05BA04) 70 mg semanal.")])
edit("c37", ["CLN001"], "Sertralina sin diagnóstico psiquiátrico en el input",
     inp=[("\"antibiotics\": [", "\"home_meds\": [{\"name\": \"Sertralina\", \"atc\": \"N06AB06\", \"dose\": \"50 mg/día\"}], \"antibiotics\": [")],
     out=[("levotiroxina (H03AA01) 50 ug al día.",
           "levotiroxina (H03AA01) 50 ug al día y sertralina (N06AB06) 50 mg al día.")])
edit("c39", ["CLN001"], "Levodopa/carbidopa sin enfermedad de Parkinson en el input",
     inp=[("\"alta\": \"Día 3\"", "\"fx_habituales\": \"Levodopa/carbidopa 250/25 mg c/8h (N04BA02)\", \"alta\": \"Día 3\"")],
     out=[("con obesidad (E66.9).",
           "con obesidad (E66.9), usuario de levodopa/carbidopa (N04BA02) 250/25 mg cada 8 horas.")])
edit("c49", ["CLN001"], "Tamsulosina sin hiperplasia prostática en el input",
     inp=[("y atenolol 50 mg/día (C07AB03).", "y atenolol 50 mg/día (C07AB03). Usa además tamsulosina 0,4 mg/día (G04CA02).")],
     out=[("y atenolol (C07AB03) 50 mg al día.",
           "y atenolol (C07AB03) 50 mg al día, además de tamsulosina (G04CA02) 0,4 mg al día.")])

# ---------------------------------------------------------------- REP001
edit("c07", ["REP001"], "Oración de evolución repetida literalmente",
     out=[("con bilirrubina de egreso de 1,4 mg/dL.",
           "con bilirrubina de egreso de 1,4 mg/dL. Evoluciona afebril a las 48 horas post CPRE, con bilirrubina de egreso de 1,4 mg/dL.")])
edit("c19", ["REP001"], "Oración de evolución repetida al final",
     out=[("hasta completar 10 días.",
           "hasta completar 10 días. Evoluciona afebril al día 2 con regresión del eritema demarcado.")])
edit("c29", ["REP001"], "Bucle degenerado de 'y control en 1 semana'",
     out=[("y control en 1 semana.",
           "y control en 1 semana y control en 1 semana y control en 1 semana y control en 1 semana y control en 1 semana.")])
edit("c40", ["REP001"], "Oración de psiquiatría duplicada",
     out=[("se ajusta escitalopram a 20 mg al día.",
           "se ajusta escitalopram a 20 mg al día. La evaluación por psiquiatría determina riesgo suicida moderado y se ajusta escitalopram a 20 mg al día.")])
edit("c50", ["REP001"], "Bucle degenerado de 'inicia marcha con apoyo al día 12'",
     out=[("inicia marcha con apoyo al día 12.",
           "inicia marcha con apoyo al día 12, inicia marcha con apoyo al día 12, inicia marcha con apoyo al día 12, inicia marcha con apoyo al día 12.")])
edit("c22", ["REP001"], "Oración de conversión a ritmo sinusal duplicada",
     out=[("Presenta conversión espontánea a ritmo sinusal a las 30 horas.",
           "Presenta conversión espontánea a ritmo sinusal a las 30 horas. Presenta conversión espontánea a ritmo sinusal a las 30 horas.")])

# ---------------------------------------------------------------- DEM001
edit("c18", ["DEM001"], "Sexo invertido: input F, salida 'paciente masculino'",
     out=[("en paciente femenina de 82 años", "en paciente masculino de 82 años")])
edit("c27", ["DEM001"], "Sexo invertido: input M, salida 'paciente femenina'",
     out=[("en paciente masculino de 38 años", "en paciente femenina de 38 años")])
edit("c35", ["DEM001"], "Sexo invertido: input hombre, salida 'paciente femenina'",
     out=[("en paciente masculino de 64 años", "en paciente femenina de 64 años")])
edit("c38", ["DEM001"], "Sexo invertido: input femenino, salida 'paciente masculino'",
     out=[("en paciente femenina de 91 años", "en paciente masculino de 91 años")])
edit("c11", ["DEM001"], "Edad errónea 48 (input 66); 48 aparece en el input como horas, así que no es HAL002",
     out=[("paciente masculino de 66 años", "paciente masculino de 48 años")])
edit("c32", ["DEM001"], "Edad errónea 88 (input 80); 88 aparece en el input como SpO2, así que no es HAL002",
     out=[("paciente masculino de 80 años", "paciente masculino de 88 años")])
edit("c45", ["DEM001"], "Sexo invertido: input masculino, salida 'paciente femenina'",
     out=[("en paciente masculino de 57 años", "en paciente femenina de 57 años")])
# multi-label: wrong age that appears nowhere in the input
edit("c15", ["DEM001", "HAL002"], "Edad errónea 78 (input 87) que no aparece en el input: DEM001 y HAL002",
     out=[("femenina de 87 años", "femenina de 78 años")])
