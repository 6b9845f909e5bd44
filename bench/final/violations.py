"""Hand-written single-violation edits of the clean records.

Each entry names a clean record (`base`), the text edits applied to its output
(`out`) and, where the failure needs it, to its serialised input (`inp`), and
the checks the spec makes fire (`expected`). Every `old` must occur exactly once.
"""

V = []


def v(base, expected, note, out=(), inp=()):
    V.append({"base": base, "expected": list(expected), "note": note,
              "out": list(out), "inp": list(inp)})


# FMT001: wrong opening
v("c07", ["FMT001"], "abre con 'Paciente ingresa por'",
  out=[("Ingresa por palpitaciones", "Paciente ingresa por palpitaciones")])
v("c12", ["FMT001"], "antepone un rótulo 'EPICRISIS:'",
  out=[("Ingresa por dolor epigástrico", "EPICRISIS: Ingresa por dolor epigástrico")])
v("c20", ["FMT001"], "abre con 'Se hospitaliza por'",
  out=[("Ingresa por disnea, sibilancias", "Se hospitaliza por disnea, sibilancias")])
v("c27", ["FMT001"], "'ingresa por' en minúscula",
  out=[("Ingresa por pérdida", "ingresa por pérdida")])
v("c36", ["FMT001"], "abre con 'Ingresó por' (pretérito)",
  out=[("Ingresa por aumento", "Ingresó por aumento")])

# FMT002: markdown / bracket markup
v("c03", ["FMT002"], "negrita markdown en rótulo de alta",
  out=[("Se da de alta sin requerimientos", "**Alta:** se da de alta sin requerimientos")])
v("c09", ["FMT002"], "indicaciones de alta como lista con guiones",
  out=[("se indica al alta insulina NPH (A10AC01) 20 U AM y 10 U PM más metformina "
        "(A10BA02) 850 mg cada 12 h. Recibe",
        "se indica al alta:\n- insulina NPH (A10AC01) 20 U AM y 10 U PM\n- metformina "
        "(A10BA02) 850 mg cada 12 h\nRecibe")])
v("c17", ["FMT002"], "placeholder entre corchetes [NOMBRE]",
  out=[("Paciente de sexo femenino, 58 años.", "Paciente [NOMBRE] de sexo femenino, 58 años.")])
v("c24", ["FMT002"], "encabezado markdown '## Evolución' a mitad de texto",
  out=[("necesidad. Evoluciona afebril", "necesidad.\n\n## Evolución\n\nEvoluciona afebril")])
v("c31", ["FMT002"], "cursiva markdown en el nombre del germen",
  out=[("Streptococcus viridans", "*Streptococcus viridans*")])
v("c39", ["FMT002"], "etiqueta HTML <br> entre oraciones",
  out=[("días. Se otorga alta con sonda Foley", "días.<br>Se otorga alta con sonda Foley")])

# FMT003: length out of 80-200
v("c27", ["FMT003"], "resumen truncado, menos de 80 palabras",
  out=[(", precedida de pródromo de calor y náuseas y con recuperación completa", ""),
       ("Se completa el estudio con ecocardiograma, que resulta normal, y Holter de 24 h "
        "sin arritmias. ", ""),
       ("Se educa sobre hidratación adecuada y maniobras de contrapresión. ", "")])
v("c36", ["FMT003"], "resumen escueto, menos de 80 palabras",
  out=[(", asociado a fiebre", ""),
       (", con GB 14100 y PCR 88,", ","),
       (" bajo anestesia local", ""),
       ("El cultivo informa SAMR comunitario sensible a clindamicina y cotrimoxazol. ", ""),
       ("Evoluciona afebril y con buena evolución de la herida. ", "")])
v("c34", ["FMT003"], "resumen escueto, menos de 80 palabras",
  out=[(", asociada a dolor abdominal y fiebre de 38.1", ""),
       ("En el estudio destaca GB 19800, creatinina de 1.6 y albúmina de 2.9, con toxina de "
        "C. difficile positiva, confirmándose", "Se confirma"),
       ("Evoluciona con disminución a 2 deposiciones al día al día 5 y creatinina de 0.9. ",
        "")])
v("c09", ["FMT003"], "texto verboso, más de 200 palabras",
  out=[("cetoacidosis (E11.1). ",
        "cetoacidosis (E11.1). La paciente relata que el cuadro se inició de forma insidiosa "
        "varios días antes, agregándose luego las molestias digestivas, lo que fue "
        "empeorando progresivamente, motivo por el cual decidió consultar en el servicio de urgencia, donde se constataron las "
        "alteraciones de laboratorio ya descritas. "),
       ("La cetoacidosis se resuelve a las 36 horas",
        "Una vez estabilizada, se realiza el traslape desde la infusión endovenosa hacia "
        "un esquema subcutáneo, con buena respuesta y glicemias progresivamente más "
        "estables durante los días previos al egreso hospitalario. La cetoacidosis se "
        "resuelve a las 36 horas")])
v("c35", ["FMT003"], "texto verboso, más de 200 palabras",
  out=[("por gonalgia. Mujer",
        "por gonalgia. Cabe destacar que el AINE fue utilizado para el manejo "
        "del dolor asociado a su artrosis, lo que en el contexto de su enfermedad renal de "
        "base y del uso concomitante de losartán explicaría el deterioro agudo de la "
        "función renal observado al ingreso. Mujer"),
       ("Evoluciona sin necesidad de diálisis",
        "Durante la hospitalización se realizan controles seriados de creatinina y de "
        "potasio, observándose una recuperación progresiva de la diuresis y la "
        "desaparición de las alteraciones electrocardiográficas. Evoluciona sin necesidad "
        "de diálisis")])

# COD001: CIE-10 outside parentheses or sharing one
v("c01", ["COD001"], "código CIE-10 sin paréntesis tras el diagnóstico",
  out=[("neumonía adquirida en la comunidad (J18.9)", "neumonía adquirida en la comunidad J18.9")])
v("c14", ["COD001"], "dos CIE-10 en un mismo paréntesis",
  out=[("con DM2 (E11.9) e HTA (I10X), usuario", "con DM2 e HTA (E11.9, I10X), usuario")])
v("c21", ["COD001"], "CIE-10 escrito como 'código K70.3' fuera de paréntesis",
  out=[("cirrosis hepática alcohólica (K70.3) Child-Pugh B",
        "cirrosis hepática alcohólica, código K70.3, Child-Pugh B")])
v("c26", ["COD001"], "CIE-10 antepuesto al diagnóstico, sin paréntesis",
  out=[("Se diagnostica una diverticulitis aguda de colon sigmoides no complicada (K57.3) y",
        "Se diagnostica K57.3, diverticulitis aguda de colon sigmoides no complicada, y")])
v("c16", ["COD001"], "código CIE-10 sin paréntesis",
  out=[("sepsis por gramnegativos (A41.5) de foco", "sepsis por gramnegativos A41.5 de foco")])

# COD002: CIE-10 in output, absent from input (diagnosis itself is in the input)
v("c13", ["COD002"], "agrega M81.9 a osteoporosis, sin código en el input",
  out=[("y osteoporosis. Se diagnostica", "y osteoporosis (M81.9). Se diagnostica")])
v("c41", ["COD002"], "agrega J18.9 a un input sin códigos",
  out=[("neumonía adquirida en la comunidad. Se trata",
        "neumonía adquirida en la comunidad (J18.9). Se trata")])
v("c40", ["COD002"], "agrega E66.9 a obesidad, sin código en el input",
  out=[("con obesidad, consumo", "con obesidad (E66.9), consumo")])
v("c31", ["COD002"], "agrega I35.1 a insuficiencia aórtica, sin código en el input",
  out=[("insuficiencia aórtica moderada,", "insuficiencia aórtica moderada (I35.1),")])
v("c34", ["COD002"], "agrega J18.9 a la NAC previa, sin código en el input",
  out=[("hospitalización reciente por NAC.", "hospitalización reciente por NAC (J18.9).")])
v("c19", ["COD002"], "agrega F17.2 a tabaquismo, sin código en el input",
  out=[("dislipidemia (E78.5) y tabaquismo activo.",
        "dislipidemia (E78.5) y tabaquismo activo (F17.2).")])

# COD003: ATC outside parentheses or sharing one
v("c07", ["COD003"], "ATC sin paréntesis",
  out=[("apixabán (B01AF02)", "apixabán B01AF02")])
v("c19", ["COD003"], "dos ATC en un mismo paréntesis",
  out=[("Se carga con AAS (B01AC06) y clopidogrel (B01AC04)",
        "Se carga con AAS y clopidogrel (B01AC06, B01AC04)")])
v("c20", ["COD003"], "ATC escrito como 'código ATC' entre comas",
  out=[("budesonida/formoterol (R03AK07) 160/4.5",
        "budesonida/formoterol, código ATC R03AK07, 160/4.5")])
v("c33", ["COD003"], "ATC sin paréntesis",
  out=[("tiamina (A11DA01) 100 mg", "tiamina A11DA01 100 mg")])
v("c39", ["COD003"], "ATC sin paréntesis",
  out=[("tamsulosina (G04CA02) 0.4 mg", "tamsulosina G04CA02 0.4 mg")])

# COD004: ATC in output, absent from input (drug itself is in the input)
v("c01", ["COD004"], "agrega C09CA01 a losartán, sin ATC en el input",
  out=[("en tratamiento con losartán y tabaquismo",
        "en tratamiento con losartán (C09CA01) y tabaquismo")])
v("c18", ["COD004"], "agrega C03AA03 a hidroclorotiazida, input sin ATC",
  out=[("con hidroclorotiazida 25 mg al día", "con hidroclorotiazida (C03AA03) 25 mg al día")])
v("c14", ["COD004"], "agrega A10BA02 a metformina, input sin ATC",
  out=[("usuario de losartán y metformina.", "usuario de losartán y metformina (A10BA02).")])
v("c41", ["COD004"], "agrega J01DD04 a ceftriaxona, input sin códigos",
  out=[("Se trata con ceftriaxona 2 g", "Se trata con ceftriaxona (J01DD04) 2 g")])
v("c02", ["COD004"], "agrega N02BE01 a paracetamol, sin ATC en el input",
  out=[("Recibe paracetamol según necesidad.", "Recibe paracetamol (N02BE01) según necesidad.")])
v("c10", ["COD004"], "agrega N02BE01 a paracetamol, sin ATC en el input",
  out=[("ketorolaco (M01AB15) 30 mg y paracetamol.",
        "ketorolaco (M01AB15) 30 mg y paracetamol (N02BE01).")])

# COD005: code written after the wrong name (all codes are in the input)
v("c04", ["COD005"], "ATC de salbutamol e ipratropio intercambiados",
  out=[("salbutamol (R03AC02) y bromuro de ipratropio (R03BB01)",
        "salbutamol (R03BB01) y bromuro de ipratropio (R03AC02)")])
v("c06", ["COD005"], "CIE-10 de HTA y dislipidemia intercambiados",
  out=[("hipertensión arterial (I10) y dislipidemia (E78.5)",
        "hipertensión arterial (E78.5) y dislipidemia (I10)")])
v("c10", ["COD005"], "ATC de ceftriaxona y metronidazol intercambiados",
  out=[("ceftriaxona (J01DD04) 2 g al día y metronidazol (J01XD01)",
        "ceftriaxona (J01XD01) 2 g al día y metronidazol (J01DD04)")])
v("c30", ["COD005"], "CIE-10 de hipermenorrea y mioma intercambiados",
  out=[("hipermenorrea (N92.0)", "hipermenorrea (D25.9)"),
       ("mioma uterino (D25.9)", "mioma uterino (N92.0)")])
v("c37", ["COD005"], "CIE-10 de HTA y DM2 intercambiados",
  out=[("HTA (I10X) y DM2 (E11.9)", "HTA (E11.9) y DM2 (I10X)")])
v("c25", ["COD005"], "CIE-10 de la tiña tras clotrimazol y ATC de clotrimazol tras la tiña",
  out=[("tiña pedis interdigital (B35.3)", "tiña pedis interdigital (D01AC01)"),
       ("clotrimazol (D01AC01)", "clotrimazol (B35.3)")])

# COD006: an input code never written
v("c03", ["COD006"], "omite I10X de HTA",
  out=[("e HTA (I10X).", "e HTA.")])
v("c12", ["COD006"], "omite A04AA01 de ondansetrón",
  out=[("ondansetrón (A04AA01) 4 mg", "ondansetrón 4 mg")])
v("c20", ["COD006"], "omite J45.9 de asma",
  out=[("con asma (J45.9), que", "con asma, que")])
v("c29", ["COD006"], "omite R13X del trastorno de deglución",
  out=[("y trastorno de deglución (R13X).", "y trastorno de deglución.")])
v("c35", ["COD006"], "omite B05XA02 del bicarbonato",
  out=[("bicarbonato de sodio (B05XA02) y", "bicarbonato de sodio y")])
v("c33", ["COD006"], "omite por completo el hígado graso alcohólico (K70.0)",
  out=[(", además de hígado graso alcohólico (K70.0), con GGT", ", con GGT")])

# COD007: well-formed but non-existent CIE-10 code, copied from the input
v("c02", ["COD007"], "input y output con N10.9 (N10 no tiene subcategorías)",
  out=[("(N10X)", "(N10.9)")], inp=[("N10X", "N10.9")])
v("c05", ["COD007"], "input y output con L03.5 (inexistente)",
  out=[("(L03.1)", "(L03.5)")], inp=[("L031 Celulitis", "L035 Celulitis")])
v("c15", ["COD007"], "input y output con N39.5 (inexistente)",
  out=[("(N39.0)", "(N39.5)")], inp=[("Infección urinaria (N39.0)", "Infección urinaria (N39.5)")])
v("c26", ["COD007"], "input y output con K57.7 (inexistente)",
  out=[("(K57.3)", "(K57.7)")], inp=[("(K57.3)", "(K57.7)")])
v("c38", ["COD007"], "input y output con I50.5 (inexistente)",
  out=[("(I50.1)", "(I50.5)")], inp=[('"I50.1"', '"I50.5"')])
