"""Hand-written single-violation edits (part 2): grounding, coherence,
repetition and demographics."""

from violations import v

# HAL001: drug, diagnosis or procedure absent from the input (no code)
v("c06", ["HAL001"], "inventa un ecocardiograma transtorácico",
  out=[("El Holter no muestra FA.",
        "El Holter no muestra FA y el ecocardiograma transtorácico resulta normal.")])
v("c11", ["HAL001"], "inventa ketorolaco al alta",
  out=[("Se indica paracetamol (N02BE01) 1 g cada 8 h por vía oral,",
        "Se indica paracetamol (N02BE01) 1 g cada 8 h y ketorolaco por vía oral,")])
v("c17", ["HAL001"], "inventa uso de anticonceptivos orales",
  out=[("posterior a un viaje largo.",
        "posterior a un viaje largo y en contexto de uso de anticonceptivos orales.")])
v("c28", ["HAL001"], "inventa una resonancia magnética de cerebro",
  out=[("La TAC de cerebro no muestra lesiones agudas,",
        "La TAC y la resonancia magnética de cerebro no muestran lesiones agudas,")])
v("c39", ["HAL001"], "inventa una ecografía vesical",
  out=[("Al examen se constata globo vesical,",
        "Al examen se constata globo vesical, confirmado por ecografía vesical,")])
v("c08", ["HAL001"], "inventa sucralfato al alta",
  out=[("Se indica omeprazol 40 mg cada 12 h por 8 semanas,",
        "Se indica omeprazol 40 mg cada 12 h por 8 semanas asociado a sucralfato,")])
v("c37", ["HAL001"], "infiere dislipidemia por la estatina; no está en el input",
  out=[("con HTA (I10X) y DM2 (E11.9).", "con HTA (I10X), DM2 (E11.9) y dislipidemia.")])

# HAL002: clinical number absent from the input
v("c02", ["HAL002"], "GB 18400 en vez de 18200",
  out=[("GB 18200", "GB 18400")])
v("c10", ["HAL002"], "paracetamol por 7 días en vez de 5",
  out=[("por 5 días y control", "por 7 días y control")])
v("c22", ["HAL002"], "plaquetas 42000 en vez de 62000",
  out=[("plaquetas de 62000", "plaquetas de 42000")])
v("c26", ["HAL002"], "PCR 212 en vez de 121 (dígitos traspuestos)",
  out=[("PCR 121", "PCR 212")])
v("c38", ["HAL002"], "PA 220/115 en vez de 210/115",
  out=[("PA de 210/115", "PA de 220/115")])
v("c35", ["HAL002"], "inventa una fecha de control",
  out=[("control en nefrología en 2 semanas.", "control en nefrología el 15/04/2025.")])

# CLN001: medication in the input without an indication among its diagnoses
v("c11", ["CLN001"], "levotiroxina sin hipotiroidismo en los diagnósticos",
  out=[("quedando pendiente la biopsia.",
        "quedando pendiente la biopsia. Mantiene su levotiroxina (H03AA01) 100 mcg al día.")],
  inp=[('["N02BE01", "Paracetamol 1 g c/8h VO"]',
        '["N02BE01", "Paracetamol 1 g c/8h VO"], ["H03AA01", "Levotiroxina 100 mcg/día"]')])
v("c12", ["CLN001"], "alopurinol sin gota ni hiperuricemia",
  out=[("y ondansetrón (A04AA01) 4 mg cada 8 h.",
        "y ondansetrón (A04AA01) 4 mg cada 8 h, además de alopurinol (M04AA01) 300 mg al día.")],
  inp=[("ondansetrón 4 mg c/8h (A04AA01)",
        "ondansetrón 4 mg c/8h (A04AA01), alopurinol 300 mg/d (M04AA01)")])
v("c27", ["CLN001"], "metformina sin diabetes",
  out=[("Se otorga alta con control en medicina interna.",
        "Se otorga alta manteniendo metformina (A10BA02) 850 mg cada 12 h, con control en "
        "medicina interna.")],
  inp=[('["Indicaciones"',
        '["Fármacos", "Metformina 850 mg c/12h (A10BA02)"], ["Indicaciones"')])
v("c36", ["CLN001"], "salbutamol sin enfermedad respiratoria",
  out=[("y curaciones en CESFAM.",
        "y curaciones en CESFAM, manteniendo salbutamol (R03AC02) 2 puff SOS.")],
  inp=[('"lab": "GB 14100, PCR 88"',
        '"lab": "GB 14100, PCR 88", "cronicos": "Salbutamol 2 puff SOS (R03AC02)"')])
v("c26", ["CLN001"], "levodopa/carbidopa sin enfermedad de Parkinson",
  out=[("Presenta buena evolución,",
        "Se mantiene levodopa/carbidopa (N04BA02) 250/25 mg cada 8 h. Presenta buena "
        "evolución,")],
  inp=[('"Régimen líquido"',
        '"Régimen líquido", "Levodopa/carbidopa 250/25 mg c/8h (N04BA02)"')])

# REP001: repeated sentence or looping phrase
v("c05", ["REP001"], "oración de la ecografía repetida",
  out=[("Se indica reposo con pierna elevada y control en CESFAM.",
        "La ecografía de partes blandas descarta colección. Se indica reposo con pierna "
        "elevada y control en CESFAM.")])
v("c09", ["REP001"], "bucle degenerado al final",
  out=[("control en policlínico de diabetes en 1 semana.",
        "control en policlínico de diabetes en 1 semana, control en policlínico de diabetes "
        "en 1 semana, control en policlínico de diabetes en 1 semana, control en "
        "policlínico de diabetes en 1 semana.")])
v("c15", ["REP001"], "oración duplicada consecutiva",
  out=[("Recupera el ciclo sueño-vigilia al día 4 y vuelve a su estado basal.",
        "Recupera el ciclo sueño-vigilia al día 4 y vuelve a su estado basal. Recupera el "
        "ciclo sueño-vigilia al día 4 y vuelve a su estado basal.")])
v("c23", ["REP001"], "frase en bucle",
  out=[("con buen control del dolor.",
        "con buen control del dolor, con buen control del dolor, con buen control del "
        "dolor, con buen control del dolor.")])
v("c38", ["REP001"], "oración final duplicada",
  out=[("Se indica control de PA ambulatorio y control en cardiología en 1 mes.",
        "Se indica control de PA ambulatorio y control en cardiología en 1 mes. Se indica "
        "control de PA ambulatorio y control en cardiología en 1 mes.")])

# DEM001: sex or age contradicting the input
v("c04", ["DEM001"], "sexo: 'Mujer' con input 'Hombre'",
  out=[("Hombre de 69 años", "Mujer de 69 años")])
v("c15", ["DEM001"], "sexo: masculino con input F",
  out=[("Paciente femenina de 84 años", "Paciente masculino de 84 años")])
v("c22", ["DEM001"], "sexo: femenina con input masculino",
  out=[("Paciente masculino de 31 años", "Paciente femenina de 31 años")])
v("c32", ["DEM001"], "sexo: masculino con input F",
  out=[("Paciente femenina de 47 años", "Paciente masculino de 47 años")])
v("c41", ["DEM001"], "sexo: masculino con input femenino",
  out=[("Paciente de sexo femenino, 90 años", "Paciente de sexo masculino, 90 años")])
v("c27", ["DEM001"], "edad 72 (la FC del input) en vez de 45; 72 sí está en el input",
  out=[("Paciente masculino de 45 años.", "Paciente masculino de 72 años.")])
v("c19", ["DEM001", "HAL002"], "edad 36 en vez de 63; 36 no está en el input",
  out=[("Paciente masculino de 63 años", "Paciente masculino de 36 años")])
