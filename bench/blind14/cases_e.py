# -*- coding: utf-8 -*-
"""Scenarios S25-S30: Andalusia (cardiología), Canary Islands (HaD), Mexico
IMSS (traumatología; input as a list of sections), Chile hospital base
(cirugía), Argentina provincial (clínica médica), Peru EsSalud (medicina
interna)."""
from cases_common import T, P

SCENARIOS = []

# ---------------------------------------------------------------- S25
SCENARIOS.append(dict(
    key="an_cardio_fa_ic",
    setting="Hospital Regional Universitario de Málaga (Andalucía) - Cardiología; FA con RVR e insuficiencia cardíaca",
    style="telegráfico peninsular con abreviaturas (HTA, ERC, FA, RVR, AI, FEVI, c/8 h, mg/24 h); códigos dentro de cadenas",
    input={
        "hospital": "Hospital Regional Universitario de Málaga",
        "servicio": "Cardiología",
        "sexo": "Mujer",
        "edad": 78,
        "peso": "58 kg",
        "motivo": "palpitaciones y disnea de mínimos esfuerzos de 1 semana",
        "antecedentes": ["HTA (I10)", "ERC estadio 3 (N18.3)"],
        "exploracion": "FC 142 lpm arrítmica, PA 128/84 mmHg, crepitantes bibasales, edemas maleolares",
        "ecg": "fibrilación auricular con respuesta ventricular rápida a 142 lpm",
        "analitica": "creatinina 1,5 mg/dL, K 4,4 mEq/L, NT-proBNP 3200 pg/mL, TSH 2,1 mUI/L",
        "ecocardiograma": "FEVI 50%, aurícula izquierda dilatada",
        "diagnosticos": ["Fibrilación auricular de reciente diagnóstico (I48.9)", "Insuficiencia cardíaca descompensada (I50.9)"],
        "tratamiento_ingreso": ["furosemida (C03CA01) 20 mg IV cada 8 h", "digoxina (C01AA05) 0,25 mg IV dosis de carga"],
        "tratamiento_alta": ["bisoprolol (C07AB07) 5 mg/24 h VO", "apixabán (B01AF02) 2,5 mg/12 h VO", "furosemida (C03CA01) 40 mg/24 h VO", "enalapril (C09AA02) 5 mg/12 h VO"],
        "evolucion": "control de frecuencia con FC 78 lpm en reposo, balance negativo, sin edemas al alta",
        "estancia": "6 días",
        "seguimiento": "consulta de Cardiología en 1 mes; analítica con función renal en 2 semanas en su centro de salud",
    },
    output=(
        "Ingresa por palpitaciones y disnea de mínimos esfuerzos de 1 semana de evolución. Mujer de 78 años, 58 "
        "kg, con HTA (I10) y ERC estadio 3 (N18.3). Exploración: FC 142 lpm arrítmica, PA 128/84 mmHg, "
        "crepitantes bibasales y edemas maleolares. ECG: FA con RVR a 142 lpm. Analítica: creatinina 1,5 mg/dL, K "
        "4,4 mEq/L, NT-proBNP 3200 pg/mL, TSH 2,1 mUI/L. Ecocardiograma: FEVI 50%, AI dilatada. Juicio clínico: "
        "fibrilación auricular de reciente diagnóstico (I48.9) e insuficiencia cardíaca descompensada (I50.9). "
        "Tratada con furosemida (C03CA01) 20 mg IV c/8 h y digoxina (C01AA05) 0,25 mg IV en dosis de carga, con "
        "control de frecuencia hasta FC 78 lpm en reposo, balance negativo y sin edemas al alta. Alta a los 6 días "
        "con bisoprolol (C07AB07) 5 mg/24 h, apixabán (B01AF02) 2,5 mg/12 h, furosemida 40 mg/24 h y enalapril "
        "(C09AA02) 5 mg/12 h, todos VO. Revisión en consulta de Cardiología en 1 mes y analítica con función renal "
        "en 2 semanas en su centro de salud."),
    variants=[
        T("abbreviation ACxFA for fibrilación auricular (in the input)",
          out=[("ECG: FA con RVR", "ECG: ACxFA con RVR")]),
        T("ruled-out diagnosis absent from the input, supported by the normal TSH: 'que descarta hipertiroidismo'",
          out=[("TSH 2,1 mUI/L.", "TSH 2,1 mUI/L, que descarta hipertiroidismo.")]),
        P(["HAL003"], "apixabán 5 mg/12 h where the input gives the reduced 2,5 mg/12 h (5 occurs elsewhere, so no HAL002)",
          out=[("apixabán (B01AF02) 2,5 mg/12 h", "apixabán (B01AF02) 5 mg/12 h")]),
        P(["DEM001"], "sex by agreement: 'Tratado' for a female patient",
          out=[("Tratada con furosemida", "Tratado con furosemida")]),
        P(["COD005"], "I48.9 and I50.9 swapped between fibrilación auricular and insuficiencia cardíaca",
          out=[("diagnóstico (I48.9) e insuficiencia cardíaca descompensada (I50.9)", "diagnóstico (I50.9) e insuficiencia cardíaca descompensada (I48.9)")]),
        P(["HAL001"], "derived finding contradicted by the input value: 'hipopotasemia' with K 4,4 mEq/L",
          out=[("creatinina 1,5 mg/dL, K 4,4 mEq/L", "creatinina 1,5 mg/dL, hipopotasemia con K 4,4 mEq/L")]),
        P(["COD006"], "ERC estadio 3 written without its input code N18.3",
          out=[("ERC estadio 3 (N18.3).", "ERC estadio 3.")]),
        P(["HAL004"], "AI dilatada rewritten as aurícula derecha dilatada; the echo says aurícula izquierda",
          out=[("FEVI 50%, AI dilatada.", "FEVI 50%, aurícula derecha dilatada.")]),
    ]))

# ---------------------------------------------------------------- S26
SCENARIOS.append(dict(
    key="can_had_celulitis",
    setting="Hospital Universitario de Canarias, La Laguna (Tenerife) - Hospitalización a Domicilio; celulitis de miembro inferior",
    style="bloques con rótulos en líneas separadas, sin marcas markdown; antecedentes como objeto nombre->código",
    input={
        "centro": "Hospital Universitario de Canarias - Unidad de Hospitalización a Domicilio",
        "sexo": "F",
        "edad": 66,
        "procedencia": "Urgencias",
        "motivo": "eritema, calor y edema en pierna derecha de 3 días con fiebre de 38,3 °C",
        "antecedentes": {"DM2": "E11.9", "obesidad": "E66.9", "insuficiencia venosa crónica": "I87.2"},
        "tratamiento_habitual": ["metformina 850 mg c/12 h", "sitagliptina 100 mg/24 h"],
        "exploracion": "placa eritematosa caliente en cara anterior de pierna derecha sin fluctuación; pulsos pedios presentes bilaterales",
        "analitica": {"leucocitos": "13.400/µL", "PCR": "118 mg/L", "glucemia": "214 mg/dL"},
        "ecografia": "sin colección ni trombosis venosa profunda en miembro inferior derecho",
        "diagnostico": "celulitis de miembro inferior derecho (L03.1)",
        "tratamiento_domicilio": ["cefazolina (J01DB04) 2 g IV c/8 h por catéter de línea media, 7 días", "paracetamol (N02BE01) 1 g VO c/8 h si dolor o fiebre", "elevación del miembro"],
        "evolucion": "afebril a las 48 h, reducción del eritema, PCR 22 mg/L al alta",
        "dias_en_hado": 7,
        "alta": ["retirada del catéter de línea media", "cefadroxilo (J01DB05) 1 g VO c/12 h 5 días más", "control por enfermería de atención primaria"],
    },
    output=(
        "Ingresa por eritema, calor y edema en la pierna derecha de 3 días de evolución, con fiebre de 38,3 °C, "
        "procedente de Urgencias.\n"
        "Antecedentes: mujer de 66 años con DM2 (E11.9), obesidad (E66.9) e insuficiencia venosa crónica (I87.2), "
        "en tratamiento con metformina 850 mg c/12 h y sitagliptina 100 mg/24 h.\n"
        "Exploración: placa eritematosa caliente en la cara anterior de la pierna derecha, sin fluctuación, con "
        "pulsos pedios presentes bilaterales. Leucocitos 13.400/µL, PCR 118 mg/L y glucemia 214 mg/dL. La "
        "ecografía descarta colección y trombosis venosa profunda en el miembro inferior derecho.\n"
        "Juicio clínico: celulitis de miembro inferior derecho (L03.1).\n"
        "Evolución: en HaD recibe cefazolina (J01DB04) 2 g IV c/8 h por catéter de línea media durante 7 días, "
        "paracetamol (N02BE01) 1 g VO c/8 h si dolor o fiebre y elevación del miembro; afebril a las 48 h, con "
        "reducción del eritema y PCR de 22 mg/L al alta.\n"
        "Al alta: retirada del catéter de línea media, cefadroxilo (J01DB05) 1 g VO c/12 h durante 5 días más y "
        "control por enfermería de atención primaria."),
    variants=[
        T("derived finding 'hiperglucemia' supported by glucemia 214 mg/dL",
          out=[("y glucemia 214 mg/dL.", "e hiperglucemia de 214 mg/dL.")]),
        T("procedure absent from the input mentioned as not needed: 'por lo que no precisa drenaje'",
          out=[("sin fluctuación, con", "sin fluctuación, por lo que no precisa drenaje, con")]),
        P(["HAL004"], "exam finding moved to 'ambas piernas' (bilateral); the input says pierna derecha",
          out=[("en la cara anterior de la pierna derecha, sin fluctuación", "en la cara anterior de ambas piernas, sin fluctuación")]),
        P(["COD001"], "CIE-10 E66.9 written without parentheses",
          out=[("obesidad (E66.9) e", "obesidad E66.9 e")]),
        P(["COD004"], "ATC A10BA02 added to metformina; the input has no ATC for it",
          out=[("con metformina 850 mg", "con metformina (A10BA02) 850 mg")]),
        P(["FMT002"], "markdown heading '## Juicio clínico'",
          out=[("\nJuicio clínico: celulitis", "\n## Juicio clínico\ncelulitis")]),
        P(["HAL003", "HAL002"], "cefadroxilo 500 mg where the input says 1 g; 500 appears nowhere in the input",
          out=[("cefadroxilo (J01DB05) 1 g VO", "cefadroxilo (J01DB05) 500 mg VO")]),
        P(["DEM001", "HAL002"], "age 56 for a 66-year-old; 56 appears nowhere in the input",
          out=[("mujer de 66 años", "mujer de 56 años")]),
    ]))

# ---------------------------------------------------------------- S27
SCENARIOS.append(dict(
    key="mx_imss_tibia",
    setting="UMAE Hospital de Traumatología y Ortopedia, IMSS, Ciudad de México - Miembro Pélvico; fractura de tibia (input as a list of sections)",
    style="nota mexicana ('Masculino de 35 años', 'se egresa', 'cita a consulta externa')",
    input=[
        {"seccion": "identificación", "texto": "masculino de 35 años, motociclista, derechohabiente IMSS"},
        {"seccion": "unidad", "texto": "UMAE Hospital de Traumatología y Ortopedia, IMSS, Ciudad de México; servicio de Miembro Pélvico"},
        {"seccion": "motivo", "texto": "accidente en motocicleta con dolor, deformidad e incapacidad funcional de pierna izquierda"},
        {"seccion": "exploración", "texto": "deformidad en tercio medio de pierna izquierda, piel íntegra, pulsos pedio y tibial posterior presentes, sin datos de síndrome compartimental"},
        {"seccion": "imagen", "texto": "fractura diafisaria de tibia izquierda en tercio medio, trazo oblicuo, con fractura de peroné ipsilateral"},
        {"seccion": "diagnóstico", "codigo": "S82.2", "texto": "fractura de la diáfisis de la tibia izquierda"},
        {"seccion": "procedimiento", "texto": "reducción cerrada y enclavado centromedular bloqueado de tibia izquierda, día 2 de estancia"},
        {"seccion": "laboratorio", "texto": "hemoglobina prequirúrgica 14,1 g/dL, posquirúrgica 12,6 g/dL"},
        {"seccion": "medicamentos", "texto": "cefalotina 1 g IV cada 8 horas por 24 horas; ketorolaco 30 mg IV cada 8 horas; enoxaparina 40 mg SC cada 24 horas"},
        {"seccion": "evolución", "texto": "dolor controlado, herida limpia, inicia marcha con muletas sin apoyo de la extremidad operada"},
        {"seccion": "egreso", "texto": "día 4; paracetamol 500 mg VO cada 8 horas; enoxaparina 40 mg SC cada 24 horas por 21 días; cita a consulta externa en 2 semanas para retiro de puntos"},
    ],
    output=(
        "Ingresa por accidente en motocicleta con dolor, deformidad e incapacidad funcional de la pierna "
        "izquierda. Masculino de 35 años, motociclista. A la exploración, deformidad en tercio medio de pierna "
        "izquierda con piel íntegra, pulsos pedio y tibial posterior presentes y sin datos de síndrome "
        "compartimental. Los estudios de imagen muestran fractura diafisaria de tibia izquierda en tercio medio, de "
        "trazo oblicuo, con fractura de peroné ipsilateral. Se diagnostica fractura de la diáfisis de la tibia "
        "izquierda (S82.2) y al día 2 de estancia se realiza reducción cerrada y enclavado centromedular "
        "bloqueado. Hemoglobina prequirúrgica de 14,1 g/dL y posquirúrgica de 12,6 g/dL. Recibe cefalotina 1 g IV "
        "cada 8 horas por 24 horas, ketorolaco 30 mg IV cada 8 horas y enoxaparina 40 mg SC cada 24 horas. "
        "Evoluciona con dolor controlado y herida limpia, e inicia marcha con muletas sin apoyo de la extremidad "
        "operada. Se egresa al día 4 con paracetamol 500 mg VO cada 8 horas, enoxaparina 40 mg SC cada 24 horas "
        "por 21 días y cita a consulta externa en 2 semanas para retiro de puntos."),
    variants=[
        T("procedure absent from the input mentioned as not needed: 'sin requerir transfusión'",
          out=[("posquirúrgica de 12,6 g/dL.", "posquirúrgica de 12,6 g/dL, sin requerir transfusión.")]),
        T("correct age in words: 'treinta y cinco años'",
          out=[("Masculino de 35 años", "Masculino de treinta y cinco años")]),
        P(["HAL004"], "diagnosis written as tibia derecha; input says tibia izquierda",
          out=[("fractura de la diáfisis de la tibia izquierda (S82.2)", "fractura de la diáfisis de la tibia derecha (S82.2)")]),
        P(["HAL001"], "fijador externo added: device/procedure absent from the input",
          out=[("Se diagnostica fractura", "Se coloca fijador externo provisional, se diagnostica fractura")]),
        P(["CLN001"], "insulina glargina added to input and output with no diabetes among the diagnoses",
          out=[("ketorolaco 30 mg IV cada 8 horas y enoxaparina", "ketorolaco 30 mg IV cada 8 horas, insulina glargina 20 UI SC cada 24 horas y enoxaparina")],
          inp=[("ketorolaco 30 mg IV cada 8 horas; enoxaparina", "ketorolaco 30 mg IV cada 8 horas; insulina glargina 20 UI SC cada 24 horas; enoxaparina")]),
        P(["COD002"], "S82.4 added to the fibular fracture; the input has no such code",
          out=[("con fractura de peroné ipsilateral.", "con fractura de peroné ipsilateral (S82.4).")]),
        P(["COD004"], "ATC M01AB15 added to ketorolaco; the input has no ATC for it",
          out=[("ketorolaco 30 mg IV", "ketorolaco (M01AB15) 30 mg IV")]),
        P(["DEM001"], "'Femenino de 35 años' for a male patient",
          out=[("Masculino de 35 años", "Femenino de 35 años")]),
        P(["FMT003"], "truncated summary under 80 words",
          out=[("A la exploración, deformidad en tercio medio de pierna izquierda con piel íntegra, pulsos pedio y tibial posterior presentes y sin datos de síndrome compartimental. ", ""),
               ("Los estudios de imagen muestran fractura diafisaria de tibia izquierda en tercio medio, de trazo oblicuo, con fractura de peroné ipsilateral. ", ""),
               ("Hemoglobina prequirúrgica de 14,1 g/dL y posquirúrgica de 12,6 g/dL. ", ""),
               ("Evoluciona con dolor controlado y herida limpia, e inicia marcha con muletas sin apoyo de la extremidad operada. ", ""),
               ("Recibe cefalotina 1 g IV cada 8 horas por 24 horas, ketorolaco 30 mg IV cada 8 horas y enoxaparina 40 mg SC cada 24 horas. ", ""),
               ("Se egresa al día 4 con paracetamol 500 mg VO cada 8 horas, enoxaparina 40 mg SC cada 24 horas por 21 días y cita a consulta externa en 2 semanas para retiro de puntos.", "Se egresa al día 4 con paracetamol 500 mg VO cada 8 horas.")]),
    ]))

# ---------------------------------------------------------------- S28
SCENARIOS.append(dict(
    key="cl_osorno_colecistitis",
    setting="Hospital Base San José de Osorno (Chile) - Cirugía Adulto; colecistitis aguda litiásica",
    style="prosa dictada chilena ('ecotomografía', 'policlínico', 'glosa')",
    input={
        "establecimiento": "Hospital Base San José de Osorno",
        "servicio": "Cirugía Adulto",
        "paciente": {"sexo": "Femenino", "edad": 48},
        "anamnesis": "dolor en hipocondrio derecho de 36 horas, náuseas, vómitos y fiebre",
        "examen_fisico": {"temperatura": "38,4 °C", "Murphy": "positivo"},
        "examenes": {"leucocitos": "16.700/mm3", "PCR": "187 mg/L", "bilirrubina_total": "0,9 mg/dL", "amilasa": "62 U/L"},
        "ecotomografia": "vesícula distendida con pared de 6 mm, cálculo enclavado en bacinete, sin dilatación de vía biliar",
        "diagnostico": [{"cod": "K80.0", "glosa": "Colecistitis aguda litiásica"}],
        "cirugia": "colecistectomía laparoscópica a las 24 horas del ingreso, sin incidentes",
        "farmacos": [
            {"cod": "J01DD04", "glosa": "Ceftriaxona", "posologia": "1 g EV cada 24 horas"},
            {"cod": "J01XD01", "glosa": "Metronidazol", "posologia": "500 mg EV cada 8 horas"},
            {"cod": "M01AB15", "glosa": "Ketorolaco", "posologia": "30 mg EV cada 8 horas"}],
        "evolucion": "buena tolerancia oral, dolor controlado, afebril",
        "dias_hospitalizacion": 3,
        "indicaciones_alta": [{"cod": "N02BE01", "glosa": "Paracetamol", "posologia": "1 g VO cada 8 horas por 5 días"}, "reposo relativo por 10 días", "control en policlínico de Cirugía en 10 días con biopsia"],
    },
    output=(
        "Ingresa por dolor en hipocondrio derecho de 36 horas de evolución, asociado a náuseas, vómitos y fiebre. "
        "Paciente de sexo femenino, de 48 años. Al examen, temperatura de 38,4 °C y signo de Murphy positivo. "
        "Exámenes con leucocitos 16.700/mm3, PCR 187 mg/L, bilirrubina total 0,9 mg/dL y amilasa 62 U/L. La "
        "ecotomografía muestra vesícula distendida con pared de 6 mm y cálculo enclavado en el bacinete, sin "
        "dilatación de la vía biliar. Con diagnóstico de colecistitis aguda litiásica (K80.0) se inicia "
        "ceftriaxona (J01DD04) 1 g EV cada 24 horas, metronidazol (J01XD01) 500 mg EV cada 8 horas y ketorolaco "
        "(M01AB15) 30 mg EV cada 8 horas, y a las 24 horas del ingreso se realiza colecistectomía laparoscópica "
        "sin incidentes. Evoluciona con buena tolerancia oral, dolor controlado y afebril. Se indica alta a los 3 "
        "días con paracetamol (N02BE01) 1 g VO cada 8 horas por 5 días, reposo relativo por 10 días y control en "
        "policlínico de Cirugía en 10 días con biopsia."),
    variants=[
        T("study absent from the input mentioned as not indicated: 'no se solicita colangiorresonancia'",
          out=[("sin dilatación de la vía biliar.", "sin dilatación de la vía biliar, por lo que no se solicita colangiorresonancia.")]),
        T("another person with masculine agreement (el cirujano tratante) in a female patient",
          out=[("Se indica alta a los 3 días", "El cirujano tratante indica el alta a los 3 días")]),
        P(["DEM001"], "sex by agreement: 'es operado' for a female patient",
          out=[("y a las 24 horas del ingreso se realiza colecistectomía laparoscópica sin incidentes.", "y a las 24 horas del ingreso es operado mediante colecistectomía laparoscópica, sin incidentes.")]),
        T("derived finding 'leucocitosis' supported by 16.700/mm3",
          out=[("Exámenes con leucocitos 16.700/mm3", "Exámenes con leucocitosis de 16.700/mm3")]),
        P(["HAL001"], "drenaje tubular left in the gallbladder bed: device absent from the input",
          out=[("colecistectomía laparoscópica sin incidentes.", "colecistectomía laparoscópica sin incidentes, dejando drenaje tubular en el lecho vesicular.")]),
        P(["HAL002"], "amilasa 162 U/L; input says 62 and 162 appears nowhere",
          out=[("amilasa 62 U/L", "amilasa 162 U/L")]),
        P(["COD003"], "ATC of metronidazol outside parentheses",
          out=[("metronidazol (J01XD01) 500 mg", "metronidazol J01XD01 500 mg")]),
        P(["FMT001", "FMT002"], "output begins with a markdown heading mark '# Ingresa por': the spec counts a leading markdown mark as an FMT001 failure, and a '#' heading is FMT002",
          out=[("Ingresa por dolor", "# Ingresa por dolor")]),
    ]))

# ---------------------------------------------------------------- S29
SCENARIOS.append(dict(
    key="ar_hda_ulcera",
    setting="Hospital Provincial del Centenario, Rosario (Argentina) - Clínica Médica; hemorragia digestiva alta por úlcera duodenal",
    style="narrativa argentina ('internación', 'VEDA', 'tabaquista', 'consultorio externo')",
    input={
        "hospital": "Hospital Provincial del Centenario, Rosario",
        "servicio": "Clínica Médica",
        "paciente": {"sexo": "masculino", "edad": 70},
        "motivo_internacion": "melena de 2 días y un episodio de hematemesis, con mareos",
        "antecedentes": ["artrosis de rodilla con consumo de ibuprofeno sin indicación médica", "tabaquismo activo"],
        "ingreso": {"PA": "95/60 mmHg", "FC": "112 lpm", "hemoglobina": "6,8 g/dL", "urea": "98 mg/dL"},
        "procedimientos": ["videoendoscopía digestiva alta: úlcera duodenal Forrest IIa en cara anterior de bulbo, tratada con inyección de adrenalina y colocación de 2 clips",
                           "transfusión de 2 unidades de glóbulos rojos"],
        "diagnosticos": [{"codigo": "K26.4", "descripcion": "Úlcera duodenal crónica con hemorragia"}],
        "tratamiento": [{"codigo": "A02BC01", "droga": "omeprazol", "esquema": "80 mg EV en bolo y luego 40 mg EV cada 12 horas"}],
        "estudios": "test de ureasa para Helicobacter pylori positivo",
        "tratamiento_egreso": [
            {"codigo": "A02BC01", "droga": "omeprazol", "esquema": "20 mg VO cada 12 horas"},
            {"codigo": "J01CA04", "droga": "amoxicilina", "esquema": "1 g VO cada 12 horas por 14 días"},
            {"codigo": "J01FA09", "droga": "claritromicina", "esquema": "500 mg VO cada 12 horas por 14 días"}],
        "evolucion": "sin resangrado, hemoglobina estable en 9,1 g/dL a las 72 horas",
        "dias_internacion": 5,
        "egreso": ["suspender ibuprofeno y todo AINE", "control con VEDA en 8 semanas", "control en consultorio externo en 15 días"],
    },
    output=(
        "Ingresa por melena de 2 días y un episodio de hematemesis, con mareos. Paciente masculino de 70 años, "
        "tabaquista activo, con artrosis de rodilla y consumo de ibuprofeno sin indicación médica. Al ingreso PA "
        "95/60 mmHg, FC 112 lpm, hemoglobina 6,8 g/dL y urea 98 mg/dL. Se transfunden 2 unidades de glóbulos "
        "rojos y se inicia omeprazol (A02BC01) 80 mg EV en bolo y luego 40 mg EV cada 12 horas. La VEDA muestra "
        "una úlcera duodenal Forrest IIa en la cara anterior del bulbo, tratada con inyección de adrenalina y "
        "colocación de 2 clips, con diagnóstico de úlcera duodenal crónica con hemorragia (K26.4). El test de "
        "ureasa para Helicobacter pylori resulta positivo. Evoluciona sin resangrado, con hemoglobina estable en "
        "9,1 g/dL a las 72 horas. Egresa a los 5 días de internación con omeprazol 20 mg VO cada 12 horas, "
        "amoxicilina (J01CA04) 1 g y claritromicina (J01FA09) 500 mg VO cada 12 horas por 14 días, suspensión de "
        "ibuprofeno y de todo AINE, control con VEDA en 8 semanas y en consultorio externo en 15 días."),
    variants=[
        T("derived finding 'anemia grave' supported by hemoglobina 6,8 g/dL",
          out=[("hemoglobina 6,8 g/dL y urea", "anemia grave con hemoglobina de 6,8 g/dL y urea")]),
        T("procedures absent from the input mentioned as not required: 'no requirió cirugía ni embolización'",
          out=[("Evoluciona sin resangrado,", "Evoluciona sin resangrado y no requirió cirugía ni embolización,")]),
        P(["HAL001"], "plasma fresco congelado added to the transfusion: absent from the input",
          out=[("Se transfunden 2 unidades de glóbulos rojos y", "Se transfunden 2 unidades de glóbulos rojos y 2 de plasma fresco congelado, y")]),
        P(["DEM001", "HAL002"], "age 77 for a 70-year-old; 77 appears nowhere in the input",
          out=[("Paciente masculino de 70 años", "Paciente masculino de 77 años")]),
        P(["REP001"], "degenerate loop 'sin resangrado, sin resangrado, ...'",
          out=[("Evoluciona sin resangrado,", "Evoluciona sin resangrado, sin resangrado, sin resangrado, sin resangrado,")]),
        P(["COD005"], "ATC codes of amoxicilina and claritromicina swapped",
          out=[("amoxicilina (J01CA04) 1 g y claritromicina (J01FA09)", "amoxicilina (J01FA09) 1 g y claritromicina (J01CA04)")]),
        P(["COD002"], "Z72.0 (uso de tabaco) added to tabaquismo; the input has no such code",
          out=[("tabaquista activo,", "tabaquista activo (Z72.0),")]),
        P(["FMT003"], "over-long summary (> 200 words): a rambling paragraph of counselling added",
          out=[("y en consultorio externo en 15 días.",
                "y en consultorio externo en 15 días. Se explica al paciente y a su familia la relación entre el "
                "consumo de antiinflamatorios sin indicación médica y la úlcera sangrante, la importancia de "
                "completar el esquema de erradicación sin interrupciones, de abandonar el tabaco y de consultar "
                "de inmediato ante la reaparición de melena, hematemesis, mareos o debilidad marcada.")]),
    ]))

# ---------------------------------------------------------------- S30
SCENARIOS.append(dict(
    key="pe_essalud_hipokalemia",
    setting="EsSalud Lambayeque - Hospital Nacional Almanzor Aguinaga Asenjo, Chiclayo (Perú) - Medicina Interna; hipokalemia severa",
    style="prosa peruana; sinónimo regional 'hipokalemia' frente a 'hipopotasemia' del input",
    input={
        "red_asistencial": "EsSalud Lambayeque - Hospital Nacional Almanzor Aguinaga Asenjo",
        "servicio": "Medicina Interna",
        "asegurada": {"sexo": "femenino", "edad": 52},
        "enfermedad_actual": "deposiciones líquidas 8 a 10 por día durante 5 días, seguidas de debilidad muscular progresiva en miembros inferiores",
        "antecedentes": "hipertensión arterial en tratamiento con hidroclorotiazida 25 mg al día",
        "examen": {"PA": "100/60 mmHg", "fuerza_muscular": "3/5 en miembros inferiores", "reflejos": "hiporreflexia global"},
        "laboratorio": {"potasio": "2,1 mEq/L", "sodio": "136 mEq/L", "bicarbonato": "14 mEq/L", "creatinina": "1,2 mg/dL", "CPK": "410 U/L"},
        "electrocardiograma": "ondas U prominentes y QT prolongado",
        "diagnosticos": [
            {"cie10": "E87.6", "nombre": "Hipopotasemia severa"},
            {"cie10": "A09", "nombre": "Diarrea aguda infecciosa"}],
        "tratamiento": ["cloruro de potasio 20 mEq/h EV por vía periférica con monitoreo cardíaco", "cloruro de sodio 0,9% EV", "suspensión de hidroclorotiazida"],
        "evolucion": "potasio 3,9 mEq/L a las 48 horas, recuperación completa de la fuerza, cese de la diarrea",
        "dias_hospitalizacion": 4,
        "alta": ["amlodipino 5 mg VO cada 24 horas en reemplazo de hidroclorotiazida", "cloruro de potasio oral 20 mEq cada 12 horas por 5 días", "control en consultorio de Medicina Interna en 7 días"],
    },
    output=(
        "Ingresa por deposiciones líquidas de 8 a 10 por día durante 5 días, seguidas de debilidad muscular "
        "progresiva en miembros inferiores. Paciente mujer de 52 años, hipertensa en tratamiento con "
        "hidroclorotiazida 25 mg al día. Al examen, PA 100/60 mmHg, fuerza muscular 3/5 en miembros inferiores e "
        "hiporreflexia global. Laboratorio: potasio 2,1 mEq/L, sodio 136 mEq/L, bicarbonato 14 mEq/L, creatinina "
        "1,2 mg/dL y CPK 410 U/L; el electrocardiograma muestra ondas U prominentes y QT prolongado. Se "
        "diagnostica hipokalemia severa (E87.6) secundaria a diarrea aguda infecciosa (A09). Recibe cloruro de "
        "potasio 20 mEq/h EV por vía periférica con monitoreo cardíaco y cloruro de sodio 0,9% EV, y se suspende "
        "la hidroclorotiazida. A las 48 horas el potasio es de 3,9 mEq/L, con recuperación completa de la fuerza "
        "y cese de la diarrea. Es dada de alta a los 4 días con amlodipino 5 mg VO cada 24 horas en reemplazo de "
        "la hidroclorotiazida, cloruro de potasio oral 20 mEq cada 12 horas por 5 días y control en consultorio "
        "de Medicina Interna en 7 días."),
    variants=[
        T("derived finding 'acidosis metabólica' supported by bicarbonato 14 mEq/L",
          out=[("bicarbonato 14 mEq/L,", "acidosis metabólica con bicarbonato de 14 mEq/L,")]),
        T("device absent from the input mentioned as not needed: 'sin necesidad de catéter venoso central'",
          out=[("por vía periférica con monitoreo", "por vía periférica, sin necesidad de catéter venoso central, con monitoreo")]),
        P(["HAL001"], "derived finding contradicted by the input value: 'hiponatremia' with sodio 136 mEq/L",
          out=[("sodio 136 mEq/L,", "hiponatremia con sodio de 136 mEq/L,")]),
        P(["DEM001"], "sex by agreement: 'Es dado de alta' for a female patient",
          out=[("Es dada de alta", "Es dado de alta")]),
        P(["COD004"], "ATC C08CA01 added to amlodipino; the input has no ATC for it",
          out=[("con amlodipino 5 mg", "con amlodipino (C08CA01) 5 mg")]),
        P(["COD001"], "CIE-10 A09 written without parentheses",
          out=[("diarrea aguda infecciosa (A09).", "diarrea aguda infecciosa, CIE-10 A09.")]),
        P(["HAL003"], "cloruro de potasio oral cada 8 horas where the input says cada 12 horas (8 occurs elsewhere, so no HAL002)",
          out=[("cloruro de potasio oral 20 mEq cada 12 horas", "cloruro de potasio oral 20 mEq cada 8 horas")]),
    ]))
