"""blind15 scenarios S25-S30: México, Argentina, Chile."""
from cases_common import I, O, P, T, scenario

S25 = scenario(
    "S25",
    setting="México, Instituto Nacional de Cardiología Ignacio Chávez (CDMX); endocarditis infecciosa mitral por Streptococcus mitis; hombre de 47 años",
    style="prosa dictada, español de México (padecimiento, laboratorios, egreso), separador de miles con coma y decimales con punto",
    schema="objeto anidado; 'genero': 'Masculino'; laboratorios con formato mexicano (14,300 y 10.4)",
    input={
        "institucion": "Instituto Nacional de Cardiología Ignacio Chávez, Ciudad de México",
        "servicio": "Cardiología Clínica / Infectología",
        "paciente": {"genero": "Masculino", "edad": 47, "ocupacion": "chofer"},
        "padecimiento_actual": "fiebre vespertina de 5 semanas, pérdida de peso de 6 kg y disnea de medianos esfuerzos; extracción dental hace 2 meses",
        "antecedentes": [{"cie10": "I34.1", "descripcion": "Prolapso de la válvula mitral"}],
        "laboratorios": {"leucocitos": "14,300/mm3", "hemoglobina": "10.4 g/dL", "PCR": "96 mg/L", "creatinina": "1.0 mg/dL"},
        "hemocultivos": "3 de 3 positivos para Streptococcus mitis",
        "ecocardiograma_transesofagico": "vegetación de 11 mm en valva posterior mitral con insuficiencia mitral moderada, sin absceso perivalvular",
        "diagnosticos": [{"cie10": "I33.0", "descripcion": "Endocarditis infecciosa aguda y subaguda"}],
        "tratamiento": [
            {"atc": "J01DD04", "medicamento": "Ceftriaxona", "dosis": "2 g IV cada 24 horas por 4 semanas"},
            {"atc": "J01GB03", "medicamento": "Gentamicina", "dosis": "3 mg/kg IV cada 24 horas por 2 semanas"}],
        "evolucion": "afebril desde el día 4, hemocultivos de control negativos a las 72 horas",
        "estancia": "15 días",
        "plan": "completar ceftriaxona en programa de antibioticoterapia ambulatoria; valoración por cirugía cardiaca; revisión odontológica",
    },
    output=("Ingresa por fiebre vespertina de 5 semanas de evolución, pérdida de peso de 6 kg y disnea de medianos "
            "esfuerzos en un hombre de 47 años, chofer, con prolapso de la válvula mitral (I34.1) y extracción dental hace "
            "2 meses. Laboratorios con leucocitos 14,300/mm3, hemoglobina 10.4 g/dL, PCR 96 mg/L y creatinina 1.0 mg/dL; 3 "
            "de 3 hemocultivos positivos para Streptococcus mitis. El ecocardiograma transesofágico muestra vegetación de "
            "11 mm en la valva posterior mitral con insuficiencia mitral moderada, sin absceso perivalvular. Se "
            "diagnostica endocarditis infecciosa aguda y subaguda (I33.0) y se inicia ceftriaxona (J01DD04) 2 g IV cada "
            "24 horas por 4 semanas más gentamicina (J01GB03) 3 mg/kg IV cada 24 horas por 2 semanas. Permanece afebril "
            "desde el día 4, con hemocultivos de control negativos a las 72 horas. Egresa tras 15 días de estancia para "
            "completar ceftriaxona en programa de antibioticoterapia ambulatoria, con valoración por cirugía cardiaca y "
            "revisión odontológica."),
    note="base: clean; Mexican number formats copied from the input",
    variants=[
        T("finding supported by the input's lab value (anemia from hemoglobina 10.4) and the decimal written with a comma",
          O("hemoglobina 10.4 g/dL", "anemia con hemoglobina de 10,4 g/dL")),
        T("finding supported by the input's lab value (leucocitosis from 14,300) and a space as thousands separator",
          O("leucocitos 14,300/mm3", "leucocitosis de 14 300/mm3")),
        T("negation: no perivalvular abscess and surgery not done yet (only assessment), stated explicitly",
          O("con valoración por cirugía cardiaca", "sin cirugía valvular durante la hospitalización, con valoración por cirugía cardiaca")),
        P("DEM001", "sex contradicts the input (Masculino)",
          O("en un hombre de 47 años, chofer,", "en una mujer de 47 años, chofer,")),
        P("HAL003", "route contradicts the input for gentamicina (IV in the input, IM in the output)",
          O("gentamicina (J01GB03) 3 mg/kg IV", "gentamicina (J01GB03) 3 mg/kg IM")),
        P(["HAL002", "HAL003"], "frequency contradicts the input for ceftriaxona (cada 24 horas in the input, cada 12 horas in the output: HAL003); 12 appears nowhere in the input (HAL002, a dose-frequency number)",
          O("ceftriaxona (J01DD04) 2 g IV cada 24 horas", "ceftriaxona (J01DD04) 2 g IV cada 12 horas")),
        P("HAL001", "procedure not in the input: cambio valvular mitral (the input only plans an assessment by cardiac surgery)",
          O("Permanece afebril desde el día 4", "Se realiza cambio valvular mitral con prótesis mecánica. Permanece afebril desde el día 4")),
        P("COD005", "codes swapped: 'prolapso de la válvula mitral (I33.0)' and 'endocarditis infecciosa aguda y subaguda (I34.1)'",
          O("válvula mitral (I34.1)", "válvula mitral (I33.0)"), O("aguda y subaguda (I33.0)", "aguda y subaguda (I34.1)")),
        P("COD001", "CIE-10 code written without parentheses",
          O("endocarditis infecciosa aguda y subaguda (I33.0) y", "endocarditis infecciosa aguda y subaguda, CIE-10 I33.0, y")),
        P("CLN001", "levotiroxina (H03AA01) added to input and output; no thyroid diagnosis in the input",
          I("{\"atc\": \"J01GB03\", \"medicamento\": \"Gentamicina\", \"dosis\": \"3 mg/kg IV cada 24 horas por 2 semanas\"}",
            "{\"atc\": \"J01GB03\", \"medicamento\": \"Gentamicina\", \"dosis\": \"3 mg/kg IV cada 24 horas por 2 semanas\"}, {\"atc\": \"H03AA01\", \"medicamento\": \"Levotiroxina\", \"dosis\": \"50 mcg VO cada 24 horas\"}"),
          O("por 2 semanas. Permanece", "por 2 semanas, además de levotiroxina (H03AA01) 50 mcg VO cada 24 horas. Permanece")),
    ],
)

S26 = scenario(
    "S26",
    setting="México, Hospital Infantil de México Federico Gómez, cirugía pediátrica; invaginación ileocólica con desinvaginación neumática; lactante varón de 11 meses con su madre",
    style="prosa dictada, español de México (ultrasonido, datos de alarma, cita)",
    schema="objeto anidado; fecha_de_nacimiento + fecha_de_ingreso (sin edad); peso con punto decimal; hidratación sin código ATC",
    input={
        "hospital": "Hospital Infantil de México Federico Gómez",
        "servicio": "Cirugía Pediátrica",
        "paciente": {"sexo": "masculino", "fecha_de_nacimiento": "2023-05-04", "fecha_de_ingreso": "2024-04-16", "peso": "9.2 kg"},
        "informante": "madre",
        "padecimiento": "llanto intermitente inconsolable con flexión de piernas, vómitos y evacuaciones en jalea de grosella de 18 horas",
        "exploracion": "masa palpable en flanco derecho, abdomen no peritoneal",
        "ultrasonido": "imagen en diana de 3.4 cm en flanco derecho, invaginación ileocólica",
        "diagnosticos": [{"cie10": "K56.1", "desc": "Invaginación intestinal"},
                         {"cie10": "R10.4", "desc": "Dolor abdominal"}],
        "procedimiento": "desinvaginación neumática bajo fluoroscopia, exitosa al primer intento",
        "medicamentos": [{"atc": "N02BE01", "nombre": "Paracetamol", "dosis": "15 mg/kg cada 6 horas", "via": "intravenosa"}],
        "hidratacion": "solución Hartmann 20 mL/kg en carga",
        "evolucion": "tolera vía oral a las 12 horas, sin recurrencia en 24 horas de vigilancia",
        "dias_estancia": 2,
        "egreso": "datos de alarma explicados a la madre (recurrencia de llanto, vómito o sangre en evacuaciones); cita en consulta externa en 1 semana",
    },
    output=("Ingresa por llanto intermitente inconsolable con flexión de piernas, vómitos y evacuaciones en jalea de grosella "
            "de 18 horas de evolución, en un lactante masculino de 11 meses y 9.2 kg, referido por su madre. A la "
            "exploración se palpa masa en flanco derecho con abdomen no peritoneal, y el ultrasonido muestra imagen en "
            "diana de 3.4 cm en flanco derecho compatible con invaginación ileocólica. Se diagnostica invaginación "
            "intestinal (K56.1) con dolor abdominal (R10.4). Se hidrata con solución Hartmann 20 mL/kg en carga y se "
            "administra paracetamol (N02BE01) 15 mg/kg cada 6 horas por vía intravenosa. Se realiza desinvaginación "
            "neumática bajo fluoroscopia, exitosa al primer intento. Tolera la vía oral a las 12 horas y no presenta "
            "recurrencia en 24 horas de vigilancia. Egresa a los 2 días; se explican a la madre los datos de alarma "
            "(recurrencia del llanto, vómito o sangre en las evacuaciones) y se cita a consulta externa en 1 semana."),
    note="base: clean; the age of 11 months follows from 2023-05-04 and 2024-04-16",
    variants=[
        T("synonym used in Mexico: acetaminofén = paracetamol, same code",
          O("paracetamol (N02BE01)", "acetaminofén (N02BE01)")),
        T("age in words, consistent with the dates (11 months)",
          O("en un lactante masculino de 11 meses", "en un lactante masculino de once meses")),
        T("negation: surgery not needed; not a claim of laparotomy",
          O("exitosa al primer intento.", "exitosa al primer intento, sin necesidad de laparotomía.")),
        P("HAL004", "side contradicts the input: mass in the right flank, output says left",
          O("se palpa masa en flanco derecho", "se palpa masa en flanco izquierdo")),
        P("DEM001", "age contradicts the input (11 months from the dates): output says a 6-year-old; 6 occurs in the input (cada 6 horas), so not HAL002",
          O("en un lactante masculino de 11 meses", "en un escolar masculino de 6 años")),
        P("DEM001", "sex contradicts the input (masculino): 'una lactante femenina ... referida'",
          O("en un lactante masculino de 11 meses y 9.2 kg, referido por su madre", "en una lactante femenina de 11 meses y 9.2 kg, referida por su madre")),
        P("HAL001", "procedure not in the input: laparotomía with manual reduction (the input says pneumatic reduction succeeded)",
          O("Se realiza desinvaginación neumática bajo fluoroscopia, exitosa al primer intento.",
            "Tras fallar la desinvaginación neumática, se realiza laparotomía con reducción manual.")),
        P("HAL002", "number not in the input: target sign of 4.3 cm (input 3.4 cm)",
          O("diana de 3.4 cm", "diana de 4.3 cm")),
        P("FMT001", "output begins with a quotation mark",
          O("Ingresa por llanto", "\u201cIngresa por llanto")),
        P("COD004", "ATC code B05BB01 attached to solución Hartmann; the fluid is in the input but without a code",
          O("solución Hartmann 20 mL/kg", "solución Hartmann (B05BB01) 20 mL/kg")),
    ],
)

S27 = scenario(
    "S27",
    setting="Argentina, Hospital de Pediatría Garrahan (Buenos Aires), nefrología; síndrome nefrótico de cambios mínimos; niño de 4 años con su padre",
    style="prosa dictada, español rioplatense (internación, droga, consultorio)",
    schema="objeto anidado; tratamiento con clave 'droga'; edad '4 años'; superficie corporal",
    input={
        "hospital": "Hospital de Pediatría Prof. Dr. Juan P. Garrahan, Buenos Aires",
        "servicio": "Nefrología pediátrica",
        "paciente": {"sexo": "masculino", "edad": "4 años", "superficie_corporal": "0,68 m2"},
        "acompañante": "padre",
        "motivo_internacion": "edema palpebral y de miembros inferiores de 6 días, orina espumosa",
        "laboratorio": {"albúmina": "1,6 g/dL", "colesterol total": "412 mg/dL", "proteinuria": "52 mg/m2/h",
                        "creatinina": "0,3 mg/dL", "C3": "normal"},
        "diagnostico": [{"cie10": "N04.0", "descripcion": "Síndrome nefrótico, anomalía glomerular mínima"}],
        "tratamiento": [
            {"atc": "H02AB15", "droga": "Meprednisona", "dosis": "60 mg/m2/día (40 mg/día)", "via": "oral"},
            {"atc": "B05AA01", "droga": "Albúmina 20%", "dosis": "0,5 g/kg", "via": "EV"},
            {"atc": "C03CA01", "droga": "Furosemida", "dosis": "1 mg/kg tras la albúmina", "via": "EV"}],
        "evolucion": "remisión con proteinuria negativa al día 9, descenso de peso de 1,8 kg",
        "dias_internacion": 11,
        "egreso": "continuar meprednisona 40 mg/día hasta completar 6 semanas, luego días alternos; control de tira reactiva en domicilio; control en consultorio de nefrología en 7 días",
    },
    output=("Ingresa por edema palpebral y de miembros inferiores de 6 días de evolución, con orina espumosa, en un niño de "
            "4 años traído por su padre. Laboratorio: albúmina 1,6 g/dL, colesterol total 412 mg/dL, proteinuria 52 "
            "mg/m2/h, creatinina 0,3 mg/dL y C3 normal. Se diagnostica síndrome nefrótico con anomalía glomerular mínima "
            "(N04.0). Inicia meprednisona (H02AB15) 60 mg/m2/día, equivalente a 40 mg/día por vía oral, y por los edemas "
            "recibe albúmina 20% (B05AA01) 0,5 g/kg EV seguida de furosemida (C03CA01) 1 mg/kg EV. Presenta remisión con "
            "proteinuria negativa al día 9 y descenso de peso de 1,8 kg. Egresa tras 11 días de internación con "
            "indicación de continuar meprednisona 40 mg/día hasta completar 6 semanas y luego en días alternos, control "
            "de tira reactiva en domicilio y control en consultorio de nefrología en 7 días."),
    variants=[
        T("findings supported by the input's lab values: hipoalbuminemia (1,6 g/dL) and hipercolesterolemia (412 mg/dL)",
          O("Laboratorio: albúmina 1,6 g/dL, colesterol total 412 mg/dL,", "Laboratorio: hipoalbuminemia de 1,6 g/dL, hipercolesterolemia de 412 mg/dL,")),
        T("route synonym: IV = EV (endovenosa)",
          O("furosemida (C03CA01) 1 mg/kg EV", "furosemida (C03CA01) 1 mg/kg IV")),
        T("age in words; the father (male) is another person",
          O("en un niño de 4 años traído por su padre", "en un niño de cuatro años, traído por su padre")),
        P("DEM001", "sex contradicts the input (masculino): 'una niña ... traída'",
          O("en un niño de 4 años traído por su padre", "en una niña de 4 años traída por su padre")),
        P("DEM001", "age contradicts the input (4 años): output says 9; 9 occurs in the input (día 9), so not HAL002",
          O("en un niño de 4 años", "en un niño de 9 años")),
        P("HAL003", "route contradicts the input for furosemida (EV in the input, VO in the output)",
          O("furosemida (C03CA01) 1 mg/kg EV", "furosemida (C03CA01) 1 mg/kg VO")),
        P("HAL001", "procedure not in the input: biopsia renal",
          O("Se diagnostica síndrome nefrótico", "Se realiza biopsia renal y se diagnostica síndrome nefrótico")),
        P("CLN001", "salbutamol (R03AC02) added to input and output; no asthma or bronchospasm among the input's diagnoses",
          I("{\"atc\": \"C03CA01\", \"droga\": \"Furosemida\", \"dosis\": \"1 mg/kg tras la albúmina\", \"via\": \"EV\"}",
            "{\"atc\": \"C03CA01\", \"droga\": \"Furosemida\", \"dosis\": \"1 mg/kg tras la albúmina\", \"via\": \"EV\"}, {\"atc\": \"R03AC02\", \"droga\": \"Salbutamol\", \"dosis\": \"2 puff cada 6 horas\", \"via\": \"inhalatoria\"}"),
          O("furosemida (C03CA01) 1 mg/kg EV.", "furosemida (C03CA01) 1 mg/kg EV, además de salbutamol (R03AC02) 2 puff cada 6 horas inhalado.")),
        P("COD006", "the ATC code of albúmina (B05AA01) is left out of the output",
          O("albúmina 20% (B05AA01) 0,5 g/kg", "albúmina 20% 0,5 g/kg")),
        P("REP001", "degenerate loop: a word repeated",
          O("Presenta remisión con proteinuria", "Presenta remisión remisión remisión remisión remisión remisión con proteinuria")),
    ],
)

S28 = scenario(
    "S28",
    setting="Argentina, Hospital Italiano de Buenos Aires, internación general en habitación privada; neumonía por COVID-19 con cánula nasal de alto flujo; mujer de 71 años",
    style="prosa dictada, español rioplatense (internación, kinesiología, clínica médica)",
    schema="objeto anidado; sexo 'F'; antecedentes como una cadena con códigos dentro; diagnósticos como lista de cadenas; antitérmico sin código",
    input={
        "institucion": "Hospital Italiano de Buenos Aires",
        "sector": "Internación general - habitación privada",
        "paciente": {"sexo": "F", "edad": 71, "cobertura": "plan de salud del hospital"},
        "motivo_internacion": "fiebre, tos seca y disnea progresiva de 7 días",
        "antecedentes": "obesidad (E66.9), hipertensión arterial (I10) en tratamiento con amlodipina (C08CA01) 5 mg/día",
        "estudios": {"PCR SARS-CoV-2": "detectable", "TC de tórax": "vidrio esmerilado bilateral con compromiso del 40%",
                     "SpO2 ingreso": "86% aire ambiente", "dímero D": "980 ng/mL", "PCR": "14 mg/dL"},
        "diagnosticos": ["U07.1 COVID-19, virus identificado", "J12.8 Neumonía viral"],
        "soporte": "cánula nasal de alto flujo 50 L/min con FiO2 60% durante 5 días, luego cánula nasal convencional",
        "tratamiento": [
            {"atc": "H02AB02", "farmaco": "Dexametasona", "dosis": "6 mg/día EV por 10 días"},
            {"atc": "J05AB16", "farmaco": "Remdesivir", "dosis": "200 mg EV día 1 y luego 100 mg/día por 4 días"}],
        "antitermico": "paracetamol 1 g cada 8 horas si fiebre",
        "evolucion": "no requirió ventilación mecánica; SpO2 95% aire ambiente al egreso",
        "dias_internacion": 12,
        "egreso": "kinesiología respiratoria; control con clínica médica en 10 días",
    },
    output=("Ingresa por fiebre, tos seca y disnea progresiva de 7 días de evolución en una mujer de 71 años con obesidad "
            "(E66.9) e hipertensión arterial (I10) tratada con amlodipina (C08CA01) 5 mg/día. Al ingreso presenta SpO2 86% "
            "aire ambiente, PCR para SARS-CoV-2 detectable, dímero D 980 ng/mL y PCR 14 mg/dL; la TC de tórax muestra "
            "vidrio esmerilado bilateral con compromiso del 40%. Se diagnostica COVID-19 con virus identificado (U07.1) y "
            "neumonía viral (J12.8). Requiere cánula nasal de alto flujo a 50 L/min con FiO2 60% durante 5 días y luego "
            "cánula nasal convencional, y recibe dexametasona (H02AB02) 6 mg/día EV por 10 días, remdesivir (J05AB16) 200 "
            "mg EV el día 1 y luego 100 mg/día por 4 días, y paracetamol 1 g cada 8 horas si fiebre. No requirió "
            "ventilación mecánica. Egresa tras 12 días de internación con SpO2 95% aire ambiente, kinesiología "
            "respiratoria y control con clínica médica en 10 días."),
    note="base: clean; ventilación mecánica appears only as not required",
    variants=[
        T("device under its abbreviation: CNAF = cánula nasal de alto flujo",
          O("Requiere cánula nasal de alto flujo a 50 L/min", "Requiere CNAF a 50 L/min")),
        T("negation extended to intubation (not in the input, stated as not required)",
          O("No requirió ventilación mecánica.", "No requirió intubación orotraqueal ni ventilación mecánica.")),
        T("finding supported by the input's own value: hipoxemia from SpO2 86%",
          O("Al ingreso presenta SpO2 86% aire ambiente", "Al ingreso presenta hipoxemia con SpO2 86% aire ambiente")),
        P("DEM001", "sex contradicts the input (F)",
          O("en una mujer de 71 años", "en un varón de 71 años")),
        P("HAL003", "route contradicts the input for dexametasona (EV in the input, VO in the output)",
          O("dexametasona (H02AB02) 6 mg/día EV", "dexametasona (H02AB02) 6 mg/día VO")),
        P("HAL001", "drug not in the input: tocilizumab (plausible for COVID-19, so no CLN001)",
          O("y recibe dexametasona", "y recibe tocilizumab, dexametasona")),
        P("HAL002", "lab value not in the input: dímero D 1.980 (input 980)",
          O("dímero D 980 ng/mL", "dímero D 1.980 ng/mL")),
        P(["COD002", "COD006"], "J12.8 replaced by J12.9 in the output: J12.9 does not occur in the input (COD002) and the input's J12.8 no longer appears (COD006)",
          O("neumonía viral (J12.8)", "neumonía viral (J12.9)")),
        P("COD004", "ATC code N02BE01 attached to paracetamol, which the input lists without a code",
          O("y paracetamol 1 g", "y paracetamol (N02BE01) 1 g")),
    ],
)

S29 = scenario(
    "S29",
    setting="Chile, Hospital del Trabajador ACHS (Santiago), cirugía de mano; accidente laboral con amputación de mano derecha y reimplante; hombre de 38 años",
    style="prosa dictada, español de Chile (egreso, policlínico, llene capilar)",
    schema="objeto anidado; 'codigo_cie10'/'glosa'; fármacos con 'posologia'; sexo 'masculino'",
    input={
        "establecimiento": "Hospital del Trabajador ACHS, Santiago",
        "servicio": "Cirugía de Mano y Microcirugía",
        "paciente": {"sexo": "masculino", "edad": 38, "actividad": "operador de sierra circular en aserradero"},
        "accidente": "accidente laboral con sierra circular, amputación completa de mano derecha a nivel de muñeca; segmento trasladado en frío",
        "tiempo_isquemia": "5 horas",
        "diagnosticos": [{"codigo_cie10": "S68.4", "glosa": "Amputación traumática de la mano a nivel de la muñeca"}],
        "cirugia": "reimplante de mano derecha: osteosíntesis de radio y cúbito con placas, reparación de tendones flexores y extensores, anastomosis de arterias radial y cubital, de 2 venas y neurorrafia de nervios mediano y cubital",
        "farmacos": [
            {"atc": "J01DB04", "nombre": "Cefazolina", "posologia": "1 g cada 8 horas EV por 5 días"},
            {"atc": "B01AB01", "nombre": "Heparina sódica", "posologia": "infusión continua 500 UI/h por 5 días"},
            {"atc": "N02AA01", "nombre": "Morfina", "posologia": "bomba PCA"},
            {"atc": "J07AM01", "nombre": "Toxoide tetánico", "posologia": "0,5 mL IM dosis única"}],
        "monitorizacion": "control horario de color, temperatura y llene capilar del segmento",
        "evolucion": "reimplante viable, sin reintervenciones; llene capilar normal al egreso",
        "dias_hospitalizacion": 10,
        "indicaciones": "férula de protección, rehabilitación de mano con terapeuta ocupacional, no fumar, control en policlínico en 7 días",
    },
    output=("Ingresa por accidente laboral con sierra circular en aserradero, con amputación completa de la mano derecha a "
            "nivel de muñeca y segmento trasladado en frío, en un paciente masculino de 38 años, operador de sierra "
            "circular. Tiempo de isquemia de 5 horas. Se diagnostica amputación traumática de la mano a nivel de la muñeca "
            "(S68.4) y se realiza reimplante de mano derecha con osteosíntesis de radio y cúbito con placas, reparación de "
            "tendones flexores y extensores, anastomosis de arterias radial y cubital y de 2 venas, y neurorrafia de "
            "nervios mediano y cubital. Recibe cefazolina (J01DB04) 1 g cada 8 horas EV por 5 días, heparina sódica "
            "(B01AB01) en infusión continua a 500 UI/h por 5 días, morfina (N02AA01) por bomba PCA y toxoide tetánico "
            "(J07AM01) 0,5 mL IM en dosis única. Con control horario de color, temperatura y llene capilar, el reimplante "
            "evoluciona viable y sin reintervenciones. Egresa a los 10 días con llene capilar normal, férula de "
            "protección, rehabilitación de mano con terapeuta ocupacional, indicación de no fumar y control en "
            "policlínico en 7 días."),
    variants=[
        T("a female professional (la cirujana) next to a male patient; 'intervenido' still agrees with the patient",
          O("y se realiza reimplante de mano derecha", "y es intervenido por la cirujana de mano de turno, que realiza reimplante de mano derecha")),
        T("synonym: heparina no fraccionada = heparina sódica, same code",
          O("heparina sódica (B01AB01)", "heparina no fraccionada (B01AB01)")),
        T("abbreviation and frequency form: c/8h = cada 8 horas, IV = EV",
          O("cefazolina (J01DB04) 1 g cada 8 horas EV", "cefazolina (J01DB04) 1 g c/8h IV")),
        P("HAL004", "side contradicts the input: reimplantation of the right hand, output says left",
          O("reimplante de mano derecha", "reimplante de mano izquierda")),
        P("DEM001", "sex contradicts the input (masculino)",
          O("en un paciente masculino de 38 años", "en una paciente femenina de 38 años")),
        P("HAL003", "dose contradicts the input for cefazolina (1 g in the input, 2 g in the output); 2 occurs elsewhere in the input (2 venas) and does not ground it",
          O("cefazolina (J01DB04) 1 g cada 8 horas", "cefazolina (J01DB04) 2 g cada 8 horas")),
        P("HAL001", "procedure not in the input: fasciotomía del antebrazo",
          O("y neurorrafia de nervios mediano y cubital.", "y neurorrafia de nervios mediano y cubital, más fasciotomía del antebrazo.")),
        P("COD003", "ATC code written without parentheses",
          O("toxoide tetánico (J07AM01) 0,5 mL", "toxoide tetánico J07AM01 0,5 mL")),
        P("FMT001", "lower-case start: 'ingresa por' is not 'Ingresa por'",
          O("Ingresa por accidente laboral", "ingresa por accidente laboral")),
    ],
)

S30_OUT = ("Ingresa por cirugía bariátrica electiva. Paciente: mujer de 42 años, peso 118 kg, talla 1.62 m, IMC 45,0 "
           "kg/m2. Comorbilidades: obesidad debida a exceso de calorías (E66.0), DM2 (E11.9) con metformina (A10BA02) 850 "
           "mg c/12h, apnea del sueño (G47.3) con CPAP nocturno propio y enfermedad por reflujo gastroesofágico (K21.9). "
           "Evaluación preoperatoria por nutricionista, psicología y endocrinología, con endoscopia digestiva alta sin "
           "hernia hiatal. Cirugía: bypass gástrico en Y de Roux laparoscópico, sin incidentes. Postoperatorio: test de azul de metileno "
           "negativo, tolera líquidos claros al día 1. Tto: omeprazol (A02BC01) 20 mg c/12h VO y enoxaparina (B01AB05) "
           "40 mg c/24h SC por 14 días. Glicemia al alta 118 mg/dL; se mantiene la metformina. Alta al día 3. "
           "Indicaciones: régimen líquido por 2 semanas y progresión según nutricionista, suplemento de multivitamínicos "
           "y control con cirujano en 10 días.")

S30 = scenario(
    "S30",
    setting="Chile, Clínica Las Condes (Santiago), privada; bypass gástrico laparoscópico; mujer de 42 años con DM2, apnea del sueño y reflujo",
    style="telegráfico con encabezados en línea (Paciente:, Comorbilidades:, Cirugía:, Tto:, Indicaciones:)",
    schema="'paciente' como texto libre ('mujer de 42 años'); peso/talla numéricos sueltos; comorbilidades con cie10; glicemia (chilenismo)",
    input={
        "clinica": "Clínica Las Condes, Santiago",
        "servicio": "Cirugía Digestiva - Unidad de Obesidad",
        "paciente": "mujer de 42 años",
        "motivo": "cirugía bariátrica electiva",
        "peso_kg": 118, "talla_m": 1.62, "IMC": "45,0 kg/m2",
        "comorbilidades": [
            {"cie10": "E66.0", "nombre": "Obesidad debida a exceso de calorías"},
            {"cie10": "E11.9", "nombre": "Diabetes mellitus tipo 2"},
            {"cie10": "G47.3", "nombre": "Apnea del sueño"},
            {"cie10": "K21.9", "nombre": "Enfermedad por reflujo gastroesofágico"}],
        "evaluacion_preoperatoria": "nutricionista, psicología y endocrinología; endoscopia digestiva alta sin hernia hiatal",
        "cirugia": "bypass gástrico en Y de Roux laparoscópico, sin incidentes",
        "medicamentos": [
            {"atc": "A10BA02", "nombre": "Metformina", "dosis": "850 mg cada 12 horas", "estado": "se mantiene al alta"},
            {"atc": "A02BC01", "nombre": "Omeprazol", "dosis": "20 mg cada 12 horas", "via": "oral"},
            {"atc": "B01AB05", "nombre": "Enoxaparina", "dosis": "40 mg cada 24 horas SC por 14 días"}],
        "postoperatorio": "test de azul de metileno negativo, tolera líquidos claros al día 1, uso de CPAP nocturno propio",
        "glicemia_alta": "118 mg/dL",
        "dias": 3,
        "indicaciones": "régimen líquido por 2 semanas y progresión según nutricionista; suplemento de multivitamínicos; control con cirujano en 10 días",
    },
    output=S30_OUT,
    note="base: clean; the nutritionist and the surgeon are other people; talla copied with the input's decimal point",
    variants=[
        T("abbreviation: ERGE = enfermedad por reflujo gastroesofágico, same code",
          O("enfermedad por reflujo gastroesofágico (K21.9)", "ERGE (K21.9)")),
        T("numbers in words and the other people named with articles (la nutricionista, su cirujano)",
          O("progresión según nutricionista, suplemento de multivitamínicos y control con cirujano en 10 días.",
            "progresión según la nutricionista, suplemento de multivitamínicos y control con su cirujano en diez días.")),
        T("decimal comma instead of the input's point (1,62 = 1.62) and glucemia for glicemia",
          O("talla 1.62 m", "talla 1,62 m"), O("Glicemia al alta", "Glucemia al alta")),
        P("DEM001", "sex contradicts the input (mujer)",
          O("Paciente: mujer de 42 años", "Paciente: hombre de 42 años")),
        P("HAL003", "dose contradicts the input for omeprazol (20 mg in the input, 40 mg in the output); 40 is enoxaparina's dose elsewhere in the input and does not ground it",
          O("omeprazol (A02BC01) 20 mg c/12h VO", "omeprazol (A02BC01) 40 mg c/12h VO")),
        P("HAL002", "number not in the input: IMC 46,8 (input 45,0)",
          O("IMC 45,0 kg/m2", "IMC 46,8 kg/m2")),
        P("FMT003", "output cut to about 60 words (below 80); every input code kept, nothing outside the input",
          O(S30_OUT, "Ingresa por cirugía bariátrica electiva. Mujer de 42 años con obesidad debida a exceso de calorías "
                     "(E66.0), DM2 (E11.9), apnea del sueño (G47.3) y enfermedad por reflujo gastroesofágico (K21.9). Bypass "
                     "gástrico en Y de Roux laparoscópico sin incidentes. Alta al día 3 con metformina (A10BA02), omeprazol "
                     "(A02BC01) y enoxaparina (B01AB05).")),
        P("CLN001", "levetiracetam (N03AX14) added to input and output; no epilepsy or seizure diagnosis in the input",
          I("{\"atc\": \"B01AB05\", \"nombre\": \"Enoxaparina\", \"dosis\": \"40 mg cada 24 horas SC por 14 días\"}",
            "{\"atc\": \"B01AB05\", \"nombre\": \"Enoxaparina\", \"dosis\": \"40 mg cada 24 horas SC por 14 días\"}, {\"atc\": \"N03AX14\", \"nombre\": \"Levetiracetam\", \"dosis\": \"500 mg cada 12 horas VO\"}"),
          O("40 mg c/24h SC por 14 días.", "40 mg c/24h SC por 14 días, y levetiracetam (N03AX14) 500 mg c/12h VO.")),
        P("COD003", "two ATC codes share one parenthesis",
          O("Tto: omeprazol (A02BC01) 20 mg c/12h VO y enoxaparina (B01AB05) 40 mg c/24h SC por 14 días.",
            "Tto: omeprazol 20 mg c/12h VO y enoxaparina 40 mg c/24h SC por 14 días (A02BC01, B01AB05).")),
    ],
)

SCENARIOS = [S25, S26, S27, S28, S29, S30]
