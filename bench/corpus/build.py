"""Build bench/data/labelled.jsonl from clean.jsonl plus hand-written edits.

Deterministic: no randomness. Every edit is a literal text replacement (the
`old` string must occur exactly once in the current text, so an edit cannot
silently no-op) and/or an input modification. Labels (`expected`) are written
by hand; refcheck.py (independent heuristics, not the project's checks) is used
to cross-check the mechanically decidable ids (format, codes, numbers,
repetition). Run:  python bench/corpus/build.py
"""
import copy
import json
import pathlib
from collections import Counter

import refcheck  # bench/corpus/refcheck.py: a script's folder is on sys.path

HERE = pathlib.Path(__file__).resolve().parent

CHECKS = ["FMT001", "FMT002", "FMT003", "COD001", "COD002", "COD003", "COD004", "COD005",
          "COD006", "COD007", "HAL001", "HAL002", "CLN001", "REP001", "DEM001"]
LO, HI = 80, 200
OUT = HERE.parent / "data" / "labelled.jsonl"

CLEAN = [json.loads(l) for l in (HERE / "clean.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
BY_ID = {r["id"]: r for r in CLEAN}

EDITS = []


def E(base, violation, expected, note, out=(), inp=None, inp_str=(), out_full=None, uncertain=None):
    """One hand-reviewed edit of clean record `base`.

    out:      [(old, new), ...] literal replacements in the output (old must occur exactly once)
    inp:      callable mutating a deep copy of the input (e.g. add a medication)
    inp_str:  [(old, new), ...] literal replacements in the input's JSON text (exactly once)
    out_full: replacement output (whole text)
    uncertain: why the label may be contested; the refcheck cross-check is advisory there
    """
    EDITS.append(dict(base=base, violation=violation, expected=expected, note=note, out=list(out),
                      inp=inp, inp_str=list(inp_str), out_full=out_full, uncertain=uncertain))


def med(codigo, nombre, dosis, keys=("codigo", "nombre", "dosis")):
    return {keys[0]: codigo, keys[1]: nombre, keys[2]: dosis}


# ---------------------------------------------------------------- FMT001
E("c003", "FMT001", ["FMT001"], "empieza con 'El paciente ingresa por'",
  out=[("Ingresa por disnea progresiva", "El paciente ingresa por disnea progresiva")])
E("c005", "FMT001", ["FMT001"], "empieza con 'La paciente ingresa por'",
  out=[("Ingresa por cuadro de 5 días", "La paciente ingresa por cuadro de 5 días")])
E("c011", "FMT001", ["FMT001"], "minúscula inicial 'ingresa por'",
  out=[("Ingresa por dolor epigástrico", "ingresa por dolor epigástrico")])
E("c013", "FMT001", ["FMT001"], "prefijo 'Epicrisis: '",
  out=[("Ingresa por disnea súbita", "Epicrisis: Ingresa por disnea súbita")])
E("c020", "FMT001", ["FMT001"], "todo el texto entre comillas dobles",
  out=[("Ingresa por vómitos", "\"Ingresa por vómitos"), ("en 1 semana.", "en 1 semana.\"")])
E("c025", "FMT001", ["FMT001"], "empieza con 'Paciente ingresa por'",
  out=[("Ingresa por dolor en fosa", "Paciente ingresa por dolor en fosa")])
E("c028", "FMT001", ["FMT001"], "frase introductoria antes de 'Ingresa por'",
  out=[("Ingresa por fiebre alta", "Resumen de hospitalización. Ingresa por fiebre alta")])
E("c037", "FMT001", ["FMT001"], "tiempo verbal distinto 'Ingresó por'",
  out=[("Ingresa por palpitaciones", "Ingresó por palpitaciones")])
E("c042", "FMT001", ["FMT001"], "mayúsculas 'INGRESA POR'",
  out=[("Ingresa por dolor epigástrico", "INGRESA POR dolor epigástrico")])
E("c053", "FMT001", ["FMT001"], "typo 'Ingreso por'",
  out=[("Ingresa por disnea de reposo", "Ingreso por disnea de reposo")])
E("c066", "FMT001", ["FMT001", "FMT002"], "'**Ingresa por**' en negrita: falla el inicio y además es markdown",
  out=[("Ingresa por mordedura", "**Ingresa por** mordedura")])
E("c077", "FMT001", ["FMT001"], "línea de título 'Epicrisis' antes del texto (sin markdown)",
  out=[("Ingresa por tos productiva", "Epicrisis\n\nIngresa por tos productiva")])

# ---------------------------------------------------------------- FMT002
E("c004", "FMT002", ["FMT002"], "negrita sobre el diagnóstico principal",
  out=[("Ingresa por EPOC exacerbado (J44.1) en", "Ingresa por **EPOC exacerbado (J44.1)** en")])
E("c009", "FMT002", ["FMT002"], "indicaciones como viñetas",
  out=[("siendo dada de alta tras 3 días de hospitalización con control en policlínico de cardiología en 3 semanas.",
        "siendo dada de alta tras 3 días de hospitalización.\nIndicaciones al alta:\n- Control en policlínico de cardiología en 3 semanas.")])
E("c016", "FMT002", ["FMT002"], "indicaciones como lista con guiones",
  out=[("se indica completar ciprofloxacino 500 mg cada 12 horas por 7 días, suspender metformina por 48 horas y luego reiniciar, y control en policlínico de urología en 1 mes.",
        "se indica:\n- Completar ciprofloxacino 500 mg cada 12 horas por 7 días.\n- Suspender metformina por 48 horas y luego reiniciar.\n- Control en policlínico de urología en 1 mes.")])
E("c018", "FMT002", ["FMT002"], "encabezado markdown '## Evolución'",
  out=[("sin dilatación. Se suspendieron", "sin dilatación.\n\n## Evolución\n\nSe suspendieron")])
E("c023", "FMT002", ["FMT002"], "placeholder entre corchetes al final",
  out=[("control en CESFAM en 1 semana.", "control en CESFAM en 1 semana. [Firma del médico tratante]")])
E("c026", "FMT002", ["FMT002"], "etiqueta HTML <br>",
  out=[("(I85.0). Se agregó lactulosa", "(I85.0).<br>Se agregó lactulosa")])
E("c031", "FMT002", ["FMT002"], "backticks alrededor de un resultado",
  out=[("con PCR de 48 mg/L,", "con `PCR de 48 mg/L`,")])
E("c034", "FMT002", ["FMT002"], "indicaciones como lista numerada",
  out=[("se indica régimen blando, evitar esfuerzos por 30 días, retiro de puntos en CESFAM y control en policlínico de cirugía en 2 semanas.",
        "se indica:\n1. Régimen blando y evitar esfuerzos por 30 días.\n2. Retiro de puntos en CESFAM.\n3. Control en policlínico de cirugía en 2 semanas.")])
E("c035", "FMT002", ["FMT002"], "rótulo en negrita '**Evolución:**'",
  out=[("Al alta presenta presión arterial", "**Evolución:** al alta presenta presión arterial")])
E("c041", "FMT002", ["FMT002"], "énfasis con doble guion bajo",
  out=[("se realizó ERCP con papilotomía y extracción de cálculos.", "se realizó __ERCP con papilotomía y extracción de cálculos__.")])
E("c049", "FMT002", ["FMT002"], "tabla markdown de exámenes",
  out=[("años con PCR de 164 mg/L, leucocitos de 14.800, NT-proBNP de 5.320 pg/mL y sodio de 134 mEq/L. La radiografía",
        "años con los siguientes exámenes:\n\n| PCR | Leucocitos | NT-proBNP | Sodio |\n|---|---|---|---|\n| 164 mg/L | 14.800 | 5.320 pg/mL | 134 mEq/L |\n\nLa radiografía")])
E("c054", "FMT002", ["FMT002"], "cursiva markdown en nombre de germen",
  out=[("positivo para Staphylococcus aureus meticilino sensible", "positivo para *Staphylococcus aureus* meticilino sensible")])
E("c063", "FMT002", ["FMT002", "COD001"], "código entre corchetes [J13]: markdown y además el CIE-10 queda fuera de paréntesis",
  out=[("neumonía neumocócica (J13)", "neumonía neumocócica [J13]")])
E("c069", "FMT002", ["FMT002"], "enlace markdown a protocolo",
  out=[("y kinesioterapia respiratoria.", "y kinesioterapia respiratoria según [protocolo institucional](https://intranet.hospital.cl/protocolos/neumonia).")])

# ---------------------------------------------------------------- FMT003
E("c039", "FMT003", ["FMT003"], "demasiado corto (<80 palabras): se omitió el cierre",
  out=[(" El cultivo resultó positivo para Staphylococcus aureus meticilino sensible. Evoluciona afebril y con buena respuesta local, completando 2 días de hospitalización. Se indica cefadroxilo 500 mg cada 12 horas por 7 días y curación diaria en CESFAM.", "")])
E("c073", "FMT003", ["FMT003"], "demasiado corto (<80 palabras)",
  out=[(", sin alteración de pruebas hepáticas", ""),
       (" Tras 3 días de hospitalización se indica control en psiquiatría en 48 horas y supervisión familiar de medicamentos.", "")])
E("c078", "FMT003", ["FMT003"], "demasiado corto (<80 palabras)",
  out=[(" Las plaquetas ascendieron a 84.000 al alta. Tras 5 días de hospitalización se indica prednisona 1 mg/kg al día con descenso según hematología y control de plaquetas en 1 semana.", "")])
E("c055", "FMT003", ["FMT003"], "demasiado corto (<80 palabras)",
  out=[(" Se retiró la pleurostomía al día 3 sin incidentes. Tras 4 días de hospitalización se indica no viajar en avión ni bucear por 6 semanas, suspender el tabaquismo y control en cirugía de tórax con radiografía en 1 semana.", ""),
       ("Paciente de sexo masculino de 22 años con antecedente de tabaquismo. ", "Paciente de sexo masculino de 22 años. ")])
E("c072", "FMT003", ["FMT003"], "demasiado corto (<80 palabras)",
  out=[(" Presentó descenso progresivo de CK hasta 3.900 U/L al alta, sin deterioro de la función renal. Tras 4 días de hospitalización se indica hidratación abundante, evitar ejercicio intenso por 2 semanas y control de CK en 1 semana.", "")])
E("c070", "FMT003", ["FMT003"], "salida truncada de 3 frases, muy corta",
  out_full="Ingresa por gastroenteritis aguda infecciosa (A09.0) con deshidratación (E86). Recibe ondansetrón (A04AA01) y paracetamol (N02BE01) con buena respuesta. Alta en buenas condiciones.")
E("c036", "FMT003", ["FMT003"], "demasiado largo (>200 palabras) sin repetir frases",
  out=[("control en policlínico broncopulmonar.",
        "control en policlínico broncopulmonar. Durante la hospitalización se mantuvo en sala de medicina con evaluación clínica diaria, vigilancia estrecha de la "
        "curva térmica, del débito de la pleurostomía y de los parámetros inflamatorios, observándose una adecuada respuesta al manejo instaurado. Se educó al "
        "paciente respecto de los signos de alarma respiratorios, la importancia de completar el esquema antibiótico indicado y de asistir puntualmente a los "
        "controles programados, resolviendo sus dudas antes del egreso hospitalario junto a su familia.")])
E("c049", "FMT003", ["FMT003"], "demasiado largo (>200 palabras)",
  out=[("control en APS en 1 semana.",
        "control en APS en 1 semana. Se explicó al paciente y a su hija la necesidad de pesarse diariamente, restringir la ingesta de sal y consultar "
        "precozmente ante aumento de la disnea, aparición de edema o fiebre. Durante su estadía se realizó además educación sobre la adherencia al tratamiento "
        "farmacológico, el reconocimiento de síntomas de descompensación cardíaca y la importancia de mantener una actividad física gradual según tolerancia, "
        "quedando ambos conformes con la información entregada y con las dudas resueltas.")])
E("c029", "FMT003", ["FMT003"], "demasiado largo (>200 palabras)",
  out=[("control en policlínico de pie diabético en 1 semana.",
        "control en policlínico de pie diabético en 1 semana. Se reforzó la educación sobre el autocuidado de los pies, la inspección diaria de la piel, el uso "
        "de calzado adecuado y la importancia de mantener un buen control metabólico para favorecer la cicatrización. El paciente y su familia fueron instruidos "
        "en la técnica de administración de insulina y en el reconocimiento de signos de alarma de la herida operatoria, como eritema, secreción o aumento "
        "del dolor, frente a los cuales debe consultar en el servicio de urgencia.")])
E("c003", "FMT003", ["FMT003"], "demasiado largo (>200 palabras)",
  out=[("control en policlínico de cardiología en 15 días.",
        "control en policlínico de cardiología en 15 días. Se educó al paciente y a su cuidadora sobre los signos de alarma de descompensación, como aumento "
        "de la disnea, ortopnea, edema progresivo o ganancia rápida de peso, frente a los cuales debe consultar precozmente. Además se revisó la adherencia a "
        "los medicamentos, la técnica de autocontrol del peso y la importancia de mantener los controles periódicos de función renal y electrolitos en su "
        "centro de salud familiar.")])
E("c021", "FMT003", ["FMT003"], "demasiado largo (>200 palabras)",
  out=[("control en cardiología en 2 semanas.",
        "control en cardiología en 2 semanas. Durante la estadía el paciente se mantuvo sin dolor torácico y con buena tolerancia a la "
        "actividad en sala. Se realizó consejería sobre cambios en el estilo de vida, incluyendo alimentación saludable, actividad física progresiva y "
        "control estricto de sus factores de riesgo cardiovascular, además de educación sobre la importancia de no suspender la terapia antiplaquetaria sin "
        "indicación médica y de consultar ante cualquier nuevo episodio de dolor.")])

# ---------------------------------------------------------------- COD001
E("c008", "COD001", ["COD001"], "CIE-10 sin paréntesis",
  out=[("infarto cerebral (I63.9).", "infarto cerebral I63.9.")])
E("c009", "COD001", ["COD001"], "CIE-10 sin paréntesis",
  out=[("hipotiroidismo (E03.9) en", "hipotiroidismo E03.9 en")])
E("c011", "COD001", ["COD001"], "CIE-10 sin paréntesis",
  out=[("pancreatitis aguda biliar (K85.1).", "pancreatitis aguda biliar K85.1.")])
E("c019", "COD001", ["COD001"], "CIE-10 sin punto y sin paréntesis",
  out=[("neumonía aspirativa (J690)", "neumonía aspirativa J690")])
E("c028", "COD001", ["COD001"], "CIE-10 tras coma, sin paréntesis",
  out=[("neumonía por influenza A (J100).", "neumonía por influenza A, J100.")])
E("c035", "COD001", ["COD001"], "CIE-10 precedido de 'CIE-10', sin paréntesis",
  out=[("hemorragia intracerebral (I61.9).", "hemorragia intracerebral CIE-10 I61.9.")])
E("c060", "COD001", ["COD001"], "CIE-10 sin paréntesis",
  out=[("peritonitis difusa (K35.2),", "peritonitis difusa K35.2,")])
E("c065", "COD001", ["COD001"], "CIE-10 sin paréntesis",
  out=[("pielonefritis aguda (N10).", "pielonefritis aguda N10.")])
E("c073", "COD001", ["COD001"], "CIE-10 sin paréntesis",
  out=[("intoxicación por paracetamol (T39.1).", "intoxicación por paracetamol T39.1.")])
E("c041", "COD001", ["COD001"], "dos CIE-10 en un mismo paréntesis (K83.0, A41.9)",
  out=[("colangitis aguda (K83.0) con sepsis de origen biliar (A41.9).", "colangitis aguda con sepsis de origen biliar (K83.0, A41.9).")],
  uncertain="paréntesis con dos códigos: un verificador podría además reportar COD005 al comparar 'sepsis de origen biliar' con K83.0")
E("c016", "COD001", ["COD001"], "dos CIE-10 en un mismo paréntesis (A41.9 / N39.0)",
  out=[("sepsis (A41.9) de foco urinario por infección urinaria (N39.0),", "sepsis de foco urinario por infección urinaria (A41.9 / N39.0),")],
  uncertain="paréntesis con dos códigos: COD005 podría también dispararse según cómo se asocie el término previo")
E("c054", "COD001", ["COD001", "COD006"], "código malformado (M00.) truncado; M00.0 del input queda sin escribir",
  out=[("rodilla derecha (M00.0).", "rodilla derecha (M00.).")],
  uncertain="código malformado: un verificador podría leer 'M00' como categoría y reportar además COD002")

# ---------------------------------------------------------------- COD002 (CIE-10 not in input)
E("c001", "COD002", ["COD002"], "agrega código I10 a HTA, que en el input no tiene código",
  out=[("antecedentes de HTA y DM2.", "antecedentes de HTA (I10) y DM2.")])
E("c005", "COD002", ["COD002"], "agrega E66.9 a obesidad (sin código en el input)",
  out=[("antecedentes de obesidad y HTA.", "antecedentes de obesidad (E66.9) y HTA.")])
E("c007", "COD002", ["COD002"], "agrega K80.2 a colelitiasis (sin código en el input)",
  out=[("colelitiasis conocida y obesidad.", "colelitiasis conocida (K80.2) y obesidad.")])
E("c015", "COD002", ["COD002"], "agrega I10X a HTA (sin código en el input)",
  out=[("antecedentes de HTA y deterioro", "antecedentes de HTA (I10X) y deterioro")])
E("c016", "COD002", ["COD002"], "agrega E11.9 a DM2 (sin código en el input)",
  out=[("HBP y DM2 en tratamiento", "HBP y DM2 (E11.9) en tratamiento")])
E("c024", "COD002", ["COD002"], "agrega F17.2 a tabaquismo (sin código en el input)",
  out=[("antecedente de tabaquismo.", "antecedente de tabaquismo (F17.2).")])
E("c034", "COD002", ["COD002"], "agrega I10 a HTA (sin código en el input)",
  out=[("antecedentes de HTA e histerectomía", "antecedentes de HTA (I10) e histerectomía")])
E("c050", "COD002", ["COD002"], "agrega K57.3 a diverticulosis (sin código en el input)",
  out=[("diverticulosis conocida y HTA", "diverticulosis conocida (K57.3) y HTA")])
E("c057", "COD002", ["COD002"], "agrega I10 a HTA (sin código en el input)",
  out=[("antecedente de HTA en tratamiento", "antecedente de HTA (I10) en tratamiento")])
E("c002", "COD002", ["COD002"], "agrega N39.0 a ITU a repetición (sin código en el input)",
  out=[("ITU a repetición.", "ITU a repetición (N39.0).")])
E("c012", "COD002", ["COD002"], "agrega M54.5 a lumbago crónico (sin código en el input)",
  out=[("AINE por lumbago crónico.", "AINE por lumbago crónico (M54.5).")])
E("c004", "COD002", ["COD002", "COD006"], "sustituye F17.2 del input por F17.1: código ajeno al input y F17.2 queda omitido",
  out=[("tabaquismo activo (F17.2)", "tabaquismo activo (F17.1)")])

# ---------------------------------------------------------------- COD003
E("c001", "COD003", ["COD003"], "ATC sin paréntesis",
  out=[("azitromicina (J01FA10) 500 mg", "azitromicina J01FA10 500 mg")])
E("c005", "COD003", ["COD003"], "ATC sin paréntesis",
  out=[("metformina (A10BA02) 850 mg", "metformina A10BA02 850 mg")])
E("c012", "COD003", ["COD003"], "ATC sin paréntesis",
  out=[("pantoprazol (A02BC02) 80 mg", "pantoprazol A02BC02 80 mg")])
E("c017", "COD003", ["COD003"], "ATC sin paréntesis",
  out=[("tramadol (N02AX02) 50 mg", "tramadol N02AX02 50 mg")])
E("c025", "COD003", ["COD003"], "ATC sin paréntesis",
  out=[("metronidazol (J01XD01) 500 mg", "metronidazol J01XD01 500 mg")])
E("c032", "COD003", ["COD003"], "ATC sin paréntesis, tras 'ATC'",
  out=[("morfina (N02AA01) 2 mg", "morfina ATC N02AA01 2 mg")])
E("c046", "COD003", ["COD003"], "ATC sin paréntesis",
  out=[("furosemida (C03CA01) 20 mg", "furosemida C03CA01 20 mg")])
E("c040", "COD003", ["COD003"], "dos ATC en un mismo paréntesis",
  out=[("Recibió paracetamol (N02BE01) 1 g cada 6 horas y ondansetrón (A04AA01) 4 mg cada 8 horas ev,",
        "Recibió paracetamol 1 g cada 6 horas y ondansetrón 4 mg cada 8 horas ev (N02BE01, A04AA01),")],
  uncertain="paréntesis compartido; COD005 podría también dispararse según el término previo")
E("c077", "COD003", ["COD003"], "cuatro ATC en un mismo paréntesis al final del esquema",
  out=[("isoniazida (J04AC01) 300 mg al día, rifampicina (J04AB02) 600 mg al día, pirazinamida (J04AK01) 1.500 mg al día y etambutol (J04AK02) 1.200 mg al día,",
        "isoniazida 300 mg al día, rifampicina 600 mg al día, pirazinamida 1.500 mg al día y etambutol 1.200 mg al día (J04AC01, J04AB02, J04AK01, J04AK02),")],
  uncertain="paréntesis compartido; COD005 podría también dispararse según el término previo")
E("c053", "COD003", ["COD003", "COD006"], "ATC malformado (J01MA2); J01MA12 del input queda sin escribir",
  out=[("levofloxacino (J01MA12)", "levofloxacino (J01MA2)")],
  uncertain="malformado: un verificador podría no reconocerlo como código (solo COD006) o reportar COD004")
E("c068", "COD003", ["COD003", "COD006"], "ATC malformado (C03DA1); C03DA01 del input queda sin escribir",
  out=[("espironolactona (C03DA01)", "espironolactona (C03DA1)")],
  uncertain="malformado: un verificador podría no reconocerlo como código (solo COD006) o reportar COD004")

# ---------------------------------------------------------------- COD004 (ATC not in input)
E("c001", "COD004", ["COD004"], "agrega ATC a amoxicilina/clavulánico, sin código en el input",
  out=[("completar amoxicilina/ácido clavulánico 875/125", "completar amoxicilina/ácido clavulánico (J01CR02) 875/125")])
E("c002", "COD004", ["COD004"], "agrega ATC a ciprofloxacino de alta, sin código en el input",
  out=[("Se indica ciprofloxacino 500 mg", "Se indica ciprofloxacino (J01MA02) 500 mg")])
E("c010", "COD004", ["COD004"], "agrega ATC a cefadroxilo, sin código en el input",
  out=[("se rota a cefadroxilo oral", "se rota a cefadroxilo (J01DB05) oral")])
E("c014", "COD004", ["COD004"], "agrega ATC a prednisona de alta, sin código en el input",
  out=[("Se indica prednisona 40 mg", "Se indica prednisona (H02AB07) 40 mg")])
E("c018", "COD004", ["COD004"], "agrega ATC a enalapril habitual, sin código en el input",
  out=[("tratamiento con enalapril 10 mg", "tratamiento con enalapril (C09AA02) 10 mg")])
E("c022", "COD004", ["COD004"], "agrega ATC a hidroclorotiazida, sin código en el input",
  out=[("tratamiento con hidroclorotiazida y episodio", "tratamiento con hidroclorotiazida (C03AA03) y episodio")])
E("c027", "COD004", ["COD004"], "agrega ATC a glibenclamida, sin código en el input",
  out=[("glibenclamida 5 mg", "glibenclamida (A10BB01) 5 mg")])
E("c043", "COD004", ["COD004"], "agrega ATC a metotrexato, sin código en el input",
  out=[("metotrexato, diagnosticándose", "metotrexato (L04AX03), diagnosticándose")])
E("c047", "COD004", ["COD004"], "agrega ATC a diclofenaco de alta, sin código en el input",
  out=[("diclofenaco 50 mg", "diclofenaco (M01AB05) 50 mg")])
E("c049", "COD004", ["COD004"], "agrega ATC a cefuroxima de alta, sin código en el input",
  out=[("cefuroxima 500 mg", "cefuroxima (J01DC02) 500 mg")])
E("c065", "COD004", ["COD004"], "agrega ATC a cefixima de alta, sin código en el input",
  out=[("cefixima 400 mg", "cefixima (J01DD08) 400 mg")])
E("c023", "COD004", ["COD004"], "agrega ATC a amoxicilina de alta, sin código en el input",
  out=[("amoxicilina 1 g cada 8 horas", "amoxicilina (J01CA04) 1 g cada 8 horas")])

# ---------------------------------------------------------------- COD005 (code after the wrong name)
E("c003", "COD005", ["COD005"], "intercambia I10 e I48.9 entre HTA y FA",
  out=[("hipertensión arterial (I10) y fibrilación auricular (I48.9)", "hipertensión arterial (I48.9) y fibrilación auricular (I10)")])
E("c008", "COD005", ["COD005"], "intercambia I10 y E78.5",
  out=[("hipertensión arterial (I10) y dislipidemia (E78.5)", "hipertensión arterial (E78.5) y dislipidemia (I10)")])
E("c010", "COD005", ["COD005"], "intercambia ATC de cefazolina y paracetamol",
  out=[("cefazolina (J01DB04) 1 g cada 8 horas ev y paracetamol (N02BE01)", "cefazolina (N02BE01) 1 g cada 8 horas ev y paracetamol (J01DB04)")])
E("c021", "COD005", ["COD005"], "intercambia E11.9 y E78.5",
  out=[("diabetes mellitus tipo 2 (E11.9) y dislipidemia (E78.5)", "diabetes mellitus tipo 2 (E78.5) y dislipidemia (E11.9)")])
E("c025", "COD005", ["COD005"], "intercambia ATC de losartán y paracetamol",
  out=[("losartán (C09CA01)", "losartán (N02BE01)"), ("paracetamol (N02BE01)", "paracetamol (C09CA01)")])
E("c033", "COD005", ["COD005"], "intercambia D25.9 y N92.0",
  out=[("mioma uterino (D25.9) con menorragia (N92.0)", "mioma uterino (N92.0) con menorragia (D25.9)")])
E("c042", "COD005", ["COD005"], "intercambia ATC de tiamina y lorazepam",
  out=[("tiamina (A11DA01)", "tiamina (N05BA06)"), ("lorazepam (N05BA06)", "lorazepam (A11DA01)")])
E("c045", "COD005", ["COD005"], "intercambia ATC de AAS y clopidogrel (mismo grupo B01AC)",
  out=[("ácido acetilsalicílico (B01AC06)", "ácido acetilsalicílico (B01AC04)"), ("clopidogrel (B01AC04)", "clopidogrel (B01AC06)")])
E("c047", "COD005", ["COD005"], "intercambia N23 y N20.0",
  out=[("cólico renal (N23) por litiasis renal izquierda (N20.0)", "cólico renal (N20.0) por litiasis renal izquierda (N23)")])
E("c056", "COD005", ["COD005"], "intercambia ATC de losartán y metformina",
  out=[("losartán (C09CA01)", "losartán (A10BA02)"), ("metformina (A10BA02)", "metformina (C09CA01)")])
E("c064", "COD005", ["COD005"], "intercambia I33.0 y B95.2",
  out=[("válvula aórtica (I33.0) por Enterococcus faecalis (B95.2)", "válvula aórtica (B95.2) por Enterococcus faecalis (I33.0)")])
E("c075", "COD005", ["COD005"], "intercambia N40 y N41.0",
  out=[("hiperplasia prostática (N40)", "hiperplasia prostática (N41.0)"), ("prostatitis aguda (N41.0)", "prostatitis aguda (N40)")])

# ---------------------------------------------------------------- COD006 (input code omitted)
E("c003", "COD006", ["COD006"], "omite I48.9 (la FA se nombra sin código)",
  out=[("fibrilación auricular (I48.9)", "fibrilación auricular")])
E("c006", "COD006", ["COD006"], "omite M01AB05 de diclofenaco",
  out=[("diclofenaco (M01AB05)", "diclofenaco")])
E("c008", "COD006", ["COD006"], "omite E78.5 de dislipidemia",
  out=[("dislipidemia (E78.5)", "dislipidemia")])
E("c013", "COD006", ["COD006"], "omite B01AB05 de enoxaparina (input texto libre)",
  out=[("enoxaparina (B01AB05)", "enoxaparina")])
E("c017", "COD006", ["COD006"], "omite D64.9 de anemia",
  out=[("anemia (D64.9)", "anemia")])
E("c021", "COD006", ["COD006"], "omite C07AB07 de bisoprolol",
  out=[("bisoprolol (C07AB07)", "bisoprolol")])
E("c026", "COD006", ["COD006"], "omite A06AD11 de lactulosa",
  out=[("lactulosa (A06AD11)", "lactulosa")])
E("c029", "COD006", ["COD006"], "omite E11.5",
  out=[("pie diabético (E11.5)", "pie diabético")])
E("c038", "COD006", ["COD006"], "omite I10X de hipertensión",
  out=[("hipertensión arterial (I10X)", "hipertensión arterial")])
E("c045", "COD006", ["COD006"], "omite C09CA01 de losartán",
  out=[("losartán (C09CA01)", "losartán")])
E("c062", "COD006", ["COD006"], "omite M01AE01 de ibuprofeno",
  out=[("ibuprofeno (M01AE01)", "ibuprofeno")])
E("c069", "COD006", ["COD006"], "omite J44.0; la EPOC se nombra sin código",
  out=[("infección respiratoria aguda baja (J44.0)", "infección respiratoria aguda baja")])

# ---------------------------------------------------------------- COD007 (code that does not exist; same bogus code in input)
E("c001", "COD007", ["COD007"], "J19.9 no existe; el input trae el mismo código erróneo",
  out=[("(J18.9)", "(J19.9)")], inp_str=[("\"J18.9\"", "\"J19.9\"")])
E("c013", "COD007", ["COD007"], "I26.5 no existe; input texto libre con el mismo código",
  out=[("(I26.9)", "(I26.5)")], inp_str=[("(I26.9)", "(I26.5)")])
E("c024", "COD007", ["COD007"], "I80.7 no existe",
  out=[("(I80.2)", "(I80.7)")], inp_str=[("\"I80.2\"", "\"I80.7\"")])
E("c032", "COD007", ["COD007"], "N20.4 no existe",
  out=[("(N20.1)", "(N20.4)")], inp_str=[("\"N20.1\"", "\"N20.4\"")])
E("c047", "COD007", ["COD007"], "N23.1 no existe (N23 es de tres caracteres)",
  out=[("(N23)", "(N23.1)")], inp_str=[("\"N23\"", "\"N23.1\"")])
E("c055", "COD007", ["COD007"], "J93.4 no existe",
  out=[("(J93.1)", "(J93.4)")], inp_str=[("\"J93.1\"", "\"J93.4\"")])
E("c060", "COD007", ["COD007"], "K35.6 no existe",
  out=[("(K35.2)", "(K35.6)")], inp_str=[("\"K35.2\"", "\"K35.6\"")])
E("c070", "COD007", ["COD007"], "A09.5 no existe",
  out=[("(A09.0)", "(A09.5)")], inp_str=[("\"A09.0\"", "\"A09.5\"")])
E("c072", "COD007", ["COD007"], "M62.7 no existe",
  out=[("(M62.8)", "(M62.7)")], inp_str=[("\"M62.8\"", "\"M62.7\"")])
E("c074", "COD007", ["COD007"], "M54.7 no existe",
  out=[("(M54.4)", "(M54.7)")], inp_str=[("\"M54.4\"", "\"M54.7\"")])
E("c015", "COD007", ["COD007"], "E87.9 no existe; input con código en línea",
  out=[("(E87.6)", "(E87.9)")], inp_str=[("(E87.6)", "(E87.9)")])

# ---------------------------------------------------------------- HAL001 (ungrounded entity, no code)
E("c001", "HAL001", ["HAL001"], "agrega vancomicina, no presente en el input",
  out=[("500 mg cada 24 horas. Evolucionó", "500 mg cada 24 horas. Se agregó vancomicina por mala respuesta inicial. Evolucionó")])
E("c003", "HAL001", ["HAL001"], "agrega toracocentesis diagnóstica, no realizada según el input",
  out=[("desaparición del edema.", "desaparición del edema. Se realizó toracocentesis diagnóstica sin incidentes.")])
E("c006", "HAL001", ["HAL001"], "inventa diagnóstico de infección urinaria baja",
  out=[("Evoluciona sin complicaciones y tolerando", "Evoluciona con infección urinaria baja, sin otras complicaciones y tolerando")])
E("c009", "HAL001", ["HAL001"], "agrega digoxina, no presente en el input",
  out=[("50 mg cada 12 horas, logrando control", "50 mg cada 12 horas asociado a digoxina, logrando control")])
E("c011", "HAL001", ["HAL001"], "inventa colangiorresonancia",
  out=[("(K85.1). Se manejó", "(K85.1). Se realizó colangiorresonancia que descartó obstrucción de la vía biliar. Se manejó")])
E("c018", "HAL001", ["HAL001"], "inventa ecocardiograma",
  out=[("sin dilatación. Se suspendieron", "sin dilatación y el ecocardiograma fue normal. Se suspendieron")])
E("c029", "HAL001", ["HAL001"], "inventa angio-TAC de extremidades inferiores",
  out=[("mostró osteólisis de falange distal,", "mostró osteólisis de falange distal y el angio-TAC de extremidades inferiores no evidenció oclusiones,")])
E("c036", "HAL001", ["HAL001"], "agrega alteplasa intrapleural",
  out=[("Evolucionó afebril, con retiro", "Se administró alteplasa intrapleural por la pleurostomía. Evolucionó afebril, con retiro")])
E("c044", "HAL001", ["HAL001"], "inventa radiografía de abdomen",
  out=[("(E86X). Se inició", "(E86X). La radiografía de abdomen mostró dilatación colónica leve. Se inició")])
E("c050", "HAL001", ["HAL001"], "inventa angioTAC de abdomen",
  out=[("glóbulos rojos y la colonoscopía", "glóbulos rojos, el angioTAC de abdomen no mostró extravasación de contraste y la colonoscopía")])
E("c057", "HAL001", ["HAL001"], "agrega fludrocortisona, no presente en el input",
  out=[("medias de compresión, sin nuevos", "medias de compresión y se inició fludrocortisona, sin nuevos")])
E("c061", "HAL001", ["HAL001"], "inventa hernia umbilical",
  out=[("sin necesidad de resección intestinal.", "sin necesidad de resección intestinal, pesquisándose además una hernia umbilical.")])

# ---------------------------------------------------------------- HAL002 (ungrounded number)
E("c001", "HAL002", ["HAL002"], "dosis de ceftriaxona cambiada a 1 g (input: 2 g)",
  out=[("ceftriaxona (J01DD04) 2 g", "ceftriaxona (J01DD04) 1 g")])
E("c003", "HAL002", ["HAL002"], "baja de peso 7 kg (input: 4 kg)",
  out=[("baja de peso de 4 kg", "baja de peso de 7 kg")])
E("c005", "HAL002", ["HAL002"], "glicemia 468 (input: 486)",
  out=[("glicemia de 486 mg/dL", "glicemia de 468 mg/dL")])
E("c008", "HAL002", ["HAL002"], "NIHSS 2 (input: 3)",
  out=[("NIHSS de 3", "NIHSS de 2")])
E("c012", "HAL002", ["HAL002"], "hemoglobina de ingreso 6,4 (input: 7,1)",
  out=[("hemoglobina de 7,1 g/dL", "hemoglobina de 6,4 g/dL")])
E("c017", "HAL002", ["HAL002"], "estadía 11 días (input: 9)",
  out=[("Tras 9 días", "Tras 11 días")])
E("c021", "HAL002", ["HAL002"], "troponina 2.150 (input: 1.250)",
  out=[("1.250 ng/L", "2.150 ng/L")])
E("c026", "HAL002", ["HAL002"], "ligadura con 5 bandas (input: 4)",
  out=[("ligadura con 4 bandas", "ligadura con 5 bandas")])
E("c040", "HAL002", ["HAL002"], "temperatura 38,4 °C inventada",
  out=[("de 31 años con TAC de cerebro normal.", "de 31 años, temperatura de 38,4 °C y TAC de cerebro normal.")])
E("c046", "HAL002", ["HAL002"], "saturación 86% (input: 89%)",
  out=[("saturación de 89%", "saturación de 86%")])
E("c058", "HAL002", ["HAL002"], "intervalo de cefepime cada 12 horas (input: cada 8)",
  out=[("cefepime (J01DE01) 2 g cada 8 horas", "cefepime (J01DE01) 2 g cada 12 horas")])
E("c068", "HAL002", ["HAL002"], "FEVI 20% (input: 25%)",
  out=[("FEVI de 25%", "FEVI de 20%")])

# ---------------------------------------------------------------- CLN001 (medication without indication; input and output agree)
E("c001", "CLN001", ["CLN001"], "levotiroxina sin enfermedad tiroidea en el input",
  inp=lambda d: d["tratamiento"].append(med("H03AA01", "Levotiroxina", "50 mcg al día")),
  out=[("500 mg cada 24 horas. Evolucionó", "500 mg cada 24 horas. Se mantuvo levotiroxina (H03AA01) 50 mcg al día. Evolucionó")])
E("c006", "CLN001", ["CLN001"], "insulina glargina sin diabetes",
  inp=lambda d: d["farmacos"].append(med("A10AE04", "Insulina glargina", "10 UI en la noche", ("atc", "nombre", "dosis"))),
  out=[("75 mg cada 12 horas.", "75 mg cada 12 horas. Se administró insulina glargina (A10AE04) 10 UI en la noche.")])
E("c009", "CLN001", ["CLN001"], "alopurinol sin gota ni hiperuricemia",
  inp=lambda d: d["treatment"].append({"atc": "M04AA01", "drug": "Alopurinol", "dose": "300 mg al día"}),
  out=[("que se mantuvo durante la hospitalización.", "que se mantuvo durante la hospitalización junto con alopurinol (M04AA01) 300 mg al día.")])
E("c013", "CLN001", ["CLN001"], "metformina sin diabetes (input texto libre)",
  inp_str=[("Se suspenden anticonceptivos orales.", "Se suspenden anticonceptivos orales. Metformina (A10BA02) 850 mg cada 12 horas.")],
  out=[("Se suspendieron los anticonceptivos orales.", "Se suspendieron los anticonceptivos orales y se mantuvo metformina (A10BA02) 850 mg cada 12 horas.")])
E("c017", "CLN001", ["CLN001"], "ceftriaxona sin ningún diagnóstico infeccioso",
  inp=lambda d: d["tratamiento"].append(med("J01DD04", "Ceftriaxona", "1 g al día ev")),
  out=[("50 mg cada 8 horas. En el postoperatorio", "50 mg cada 8 horas, además de ceftriaxona (J01DD04) 1 g al día ev. En el postoperatorio")])
E("c021", "CLN001", ["CLN001"], "levodopa/carbidopa sin Parkinson",
  inp=lambda d: d["medications"].append({"atc": "N04BA02", "name": "Levodopa/carbidopa", "dose": "250/25 mg cada 8 horas"}),
  out=[("con creatinina de 0,9 mg/dL.", "con creatinina de 0,9 mg/dL, y se mantuvo levodopa/carbidopa (N04BA02) 250/25 mg cada 8 horas.")])
E("c034", "CLN001", ["CLN001"], "tamsulosina en mujer sin patología urológica",
  inp=lambda d: d["tratamiento"].append(med("G04CA02", "Tamsulosina", "0,4 mg al día")),
  out=[("enoxaparina (B01AB05) 40 mg al día sc.", "enoxaparina (B01AB05) 40 mg al día sc, manteniendo tamsulosina (G04CA02) 0,4 mg al día.")])
E("c045", "CLN001", ["CLN001"], "donepecilo sin demencia",
  inp=lambda d: d["tratamiento"].append(med("N06DA02", "Donepecilo", "10 mg al día")),
  out=[("a 100 mg al día.", "a 100 mg al día, manteniendo donepecilo (N06DA02) 10 mg al día.")])
E("c055", "CLN001", ["CLN001"], "sertralina sin trastorno del ánimo",
  inp=lambda d: d["tratamiento"].append(med("N06AB06", "Sertralina", "50 mg al día")),
  out=[("Se retiró la pleurostomía", "Se mantuvo sertralina (N06AB06) 50 mg al día. Se retiró la pleurostomía")])
E("c061", "CLN001", ["CLN001"], "levetiracetam sin epilepsia",
  inp=lambda d: d["tratamiento"].append(med("N03AX14", "Levetiracetam", "500 mg cada 12 horas")),
  out=[("1 g cada 8 horas. Evolucionó", "1 g cada 8 horas, y se mantuvo levetiracetam (N03AX14) 500 mg cada 12 horas. Evolucionó")])
E("c071", "CLN001", ["CLN001"], "acenocumarol sin FA ni enfermedad tromboembólica",
  inp=lambda d: d["tratamiento"].append(med("B01AA07", "Acenocumarol", "según INR")),
  out=[("20 mg al día, con descenso", "20 mg al día, y acenocumarol (B01AA07) según INR, con descenso")])
E("c074", "CLN001", ["CLN001"], "salbutamol sin enfermedad respiratoria",
  inp=lambda d: d["tratamiento"].append(med("R03AC02", "Salbutamol", "2 puff cada 6 horas")),
  out=[("20 mg al día. Evolucionó", "20 mg al día, además de salbutamol (R03AC02) 2 puff cada 6 horas. Evolucionó")])

# ---------------------------------------------------------------- REP001
E("c002", "REP001", ["REP001"], "frase repetida literalmente",
  out=[("tras 4 días de hospitalización.", "tras 4 días de hospitalización. El urocultivo fue positivo para Escherichia coli sensible a ciprofloxacino.")])
E("c004", "REP001", ["REP001"], "bucle 'y control y control ...' al final",
  out=[("consejería antitabaco.", "consejería antitabaco y control y control y control y control y control y control y control.")])
E("c010", "REP001", ["REP001"], "frase repetida",
  out=[("control en CESFAM en 5 días.", "control en CESFAM en 5 días. Completa 5 días de estadía en buenas condiciones generales.")])
E("c019", "REP001", ["REP001"], "palabra en bucle",
  out=[("Evolucionó afebril al día 4", "Evolucionó afebril afebril afebril afebril afebril al día 4")])
E("c022", "REP001", ["REP001"], "frase larga repetida",
  out=[("con buena tolerancia.", "con buena tolerancia. Se suspendió hidroclorotiazida y se administró suero fisiológico 0,9% con corrección lenta, alcanzando natremia de 131 mEq/L al alta.")])
E("c030", "REP001", ["REP001"], "bucle 'nuevas crisis'",
  out=[("sin presentar nuevas crisis durante", "sin presentar nuevas crisis nuevas crisis nuevas crisis nuevas crisis durante")])
E("c039", "REP001", ["REP001"], "frase con códigos repetida",
  out=[("Se realizó drenaje quirúrgico de absceso y se inició cefazolina (J01DB04) 1 g cada 8 horas ev y paracetamol (N02BE01) 1 g cada 8 horas.",
        "Se realizó drenaje quirúrgico de absceso y se inició cefazolina (J01DB04) 1 g cada 8 horas ev y paracetamol (N02BE01) 1 g cada 8 horas. "
        "Se realizó drenaje quirúrgico de absceso y se inició cefazolina (J01DB04) 1 g cada 8 horas ev y paracetamol (N02BE01) 1 g cada 8 horas.")])
E("c052", "REP001", ["REP001"], "final degenerado 'en 2 semanas en 2 semanas ...'",
  out=[("control en hepatología en 2 semanas.", "control en hepatología en 2 semanas en 2 semanas en 2 semanas en 2 semanas en 2 semanas.")])
E("c059", "REP001", ["REP001"], "primera frase repetida al final",
  out=[("educación de técnica inhalatoria.", "educación de técnica inhalatoria. Ingresa por disnea y sibilancias de 2 días de evolución tras cuadro viral.")])
E("c063", "REP001", ["REP001"], "frase repetida",
  out=[("evolucionando afebril a las 48 horas.", "evolucionando afebril a las 48 horas. Se trató con ceftriaxona (J01DD04) 2 g/día ev por 3 días y paracetamol (N02BE01) 1 g cada 8 horas, evolucionando afebril a las 48 horas.")])
E("c072", "REP001", ["REP001"], "indicación en bucle",
  out=[("se indica hidratación abundante, evitar", "se indica hidratación abundante, hidratación abundante, hidratación abundante, hidratación abundante, evitar")])
E("c078", "REP001", ["REP001"], "frase repetida",
  out=[("Las plaquetas ascendieron a 84.000 al alta.", "Las plaquetas ascendieron a 84.000 al alta. Las plaquetas ascendieron a 84.000 al alta.")])

# ---------------------------------------------------------------- DEM001
E("c001", "DEM001", ["DEM001"], "sexo masculino; input F",
  out=[("Paciente de sexo femenino de 72 años", "Paciente de sexo masculino de 72 años")])
E("c007", "DEM001", ["DEM001"], "sexo masculino; input F",
  out=[("Paciente de sexo femenino de 47 años", "Paciente de sexo masculino de 47 años")])
E("c014", "DEM001", ["DEM001"], "'varón'; input F",
  out=[("Paciente de sexo femenino de 29 años", "Paciente varón de 29 años")])
E("c021", "DEM001", ["DEM001"], "sexo femenino; input 'male' (claves inglés)",
  out=[("paciente de sexo masculino de 61 años", "paciente de sexo femenino de 61 años")])
E("c031", "DEM001", ["DEM001"], "sexo masculino; input F en lista campo/valor",
  out=[("Paciente de sexo femenino de 91 años", "Paciente de sexo masculino de 91 años")])
E("c040", "DEM001", ["DEM001"], "'mujer'; input M",
  out=[("Paciente de sexo masculino de 31 años", "Paciente mujer de 31 años")])
E("c054", "DEM001", ["DEM001"], "sexo femenino; input M",
  out=[("Paciente de sexo masculino de 59 años", "Paciente de sexo femenino de 59 años")])
E("c065", "DEM001", ["DEM001"], "'hombre'; input 'female'",
  out=[("Paciente de sexo femenino de 61 años", "Paciente hombre de 61 años")])
E("c008", "DEM001", ["DEM001", "HAL002"], "edad 71 (input 81); 71 no aparece en el input",
  out=[("de 81 años", "de 71 años")])
E("c027", "DEM001", ["DEM001", "HAL002"], "edad 67 (input 77)",
  out=[("de 77 años", "de 67 años")])
E("c048", "DEM001", ["DEM001", "HAL002"], "edad 97 (input 79)",
  out=[("de 79 años", "de 97 años")])
E("c073", "DEM001", ["DEM001", "HAL002"], "edad 29 (input 19)",
  out=[("de 19 años", "de 29 años")])
E("c046", "DEM001", ["DEM001"], "edad 89 (input 83); 89 sí aparece en el input (saturación 89%), por eso no HAL002",
  out=[("de 83 años", "de 89 años")],
  uncertain="el número 89 existe en el input como saturación; según la spec HAL002 no se dispara, pero un verificador que ancle la edad podría reportarlo")


def apply(text, pairs, what, eid):
    for old, new in pairs:
        n = text.count(old)
        assert n == 1, f"{eid}: {what} old string occurs {n} times (must be exactly 1): {old!r}"
        text = text.replace(old, new)
    return text


def main():
    problems, advisories = [], []
    recs = []
    for r in CLEAN:
        out = r["output"]
        n = len(out.split())
        assert LO <= n <= HI, f"clean {r['id']} has {n} words"
        assert out.startswith("Ingresa por"), r["id"]
        auto = refcheck.auto_findings(r["input"], out, LO, HI)
        if auto:
            problems.append(f"clean {r['id']}: refcheck finds {sorted(auto)}")
        recs.append({"id": r["id"], "input": r["input"], "output": out, "expected": [], "violation": None, "note": r["note"]})

    for i, e in enumerate(EDITS, 1):
        eid = f"v{i:03d}"
        base = BY_ID[e["base"]]
        assert e["violation"] in e["expected"], eid
        assert all(x in CHECKS for x in e["expected"]), eid
        assert e["out"] or e["out_full"], f"{eid}: edit changes nothing in the output"
        inp = copy.deepcopy(base["input"])
        if e["inp"] is not None:
            before = json.dumps(inp, ensure_ascii=False, sort_keys=True)
            e["inp"](inp)
            assert json.dumps(inp, ensure_ascii=False, sort_keys=True) != before, f"{eid}: input edit was a no-op"
        if e["inp_str"]:
            if isinstance(inp, str):
                inp = apply(inp, e["inp_str"], "input", eid)
            else:
                inp = json.loads(apply(json.dumps(inp, ensure_ascii=False), e["inp_str"], "input", eid))
        out = e["out_full"] if e["out_full"] is not None else base["output"]
        out = apply(out, e["out"], "output", eid)
        assert out != base["output"], eid
        n = len(out.split())
        in_range = LO <= n <= HI
        if "FMT003" in e["expected"]:
            assert not in_range, f"{eid}: FMT003 edit has {n} words (within {LO}-{HI})"
        else:
            assert in_range, f"{eid}: edit leaves {n} words; label FMT003 or shorten"
        exp = sorted(set(e["expected"]), key=CHECKS.index)
        auto = refcheck.auto_findings(inp, out, LO, HI)
        want = set(exp) & refcheck.MECH
        if auto != want:
            msg = f"{eid} ({e['base']} {e['violation']}): refcheck {sorted(auto)} vs label {sorted(want)}"
            (advisories if e["uncertain"] else problems).append(msg)
        note = f"[base {e['base']}] {e['note']}" + (f" (dudoso: {e['uncertain']})" if e["uncertain"] else "")
        recs.append({"id": eid, "input": inp, "output": out, "expected": exp, "violation": e["violation"], "note": note})

    for p in problems:
        print("PROBLEM:", p)
    for a in advisories:
        print("advisory:", a)
    assert not problems, f"{len(problems)} label/refcheck disagreements"

    ids = [r["id"] for r in recs]
    assert len(ids) == len(set(ids))
    clean = sum(1 for r in recs if r["violation"] is None)
    per = Counter(r["violation"] for r in recs if r["violation"])
    fires = Counter(x for r in recs for x in r["expected"])
    assert clean >= 70, clean
    for c in CHECKS:
        assert per[c] >= 10, (c, per[c])
    assert len(recs) >= 220, len(recs)

    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(recs)} records to {OUT}: {clean} clean, {len(recs) - clean} violating")
    print("intended violation:", {c: per[c] for c in CHECKS})
    print("ids in expected   :", {c: fires[c] for c in CHECKS})
    single = sum(1 for r in recs if len(r["expected"]) == 1)
    print(f"violating records with exactly one expected id: {single}/{len(recs) - clean}")


if __name__ == "__main__":
    main()
