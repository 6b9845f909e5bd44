from cases_common import S, T, P

SCEN = []

# s01 Lugo, Medicina Interna, IC descompensada, conciliacion larga
SCEN.append(S(
    "s01", "Hospital comarcal, Lugo (Galicia), Medicina Interna", "dictated prose, consultant",
    "nested Spanish keys, meds reconciled (suspendido/modificado/nuevo)",
    {"paciente": {"sexo": "varón", "edad": 84, "procedencia": "Monforte de Lemos"},
     "acompanante": "hija",
     "motivo": "disnea progresiva y edemas en miembros inferiores de 10 días",
     "diagnosticos": {"principal": {"cie10": "I50.0", "texto": "Insuficiencia cardiaca congestiva descompensada"},
                      "secundarios": [{"cie10": "I48.9", "texto": "Fibrilación auricular"},
                                      {"cie10": "N18.3", "texto": "Enfermedad renal crónica estadio 3"}]},
     "laboratorio": {"NT-proBNP": "6850 pg/mL", "creatinina": "1,6 mg/dL", "potasio": "4,8 mEq/L"},
     "ecocardiograma": "FEVI 35%",
     "tratamiento_hospitalario": [{"farmaco": "Furosemida", "atc": "C03CA01", "pauta": "40 mg cada 12 horas intravenosa"}],
     "conciliacion_alta": [
         {"farmaco": "Furosemida", "atc": "C03CA01", "estado": "modificado", "pauta": "40 mg cada 24 horas oral"},
         {"farmaco": "Bisoprolol", "atc": "C07AB07", "estado": "sin cambios", "pauta": "2,5 mg cada 24 horas"},
         {"farmaco": "Apixabán", "atc": "B01AF02", "estado": "nuevo", "pauta": "2,5 mg cada 12 horas"},
         {"farmaco": "Enalapril", "atc": "C09AA02", "estado": "suspendido", "motivo": "deterioro de función renal"}],
     "dias_estancia": 8},
    "Ingresa por disnea progresiva y edemas en miembros inferiores de 10 días de evolución. Varón de 84 años, "
    "procedente de Monforte de Lemos, acompañado por su hija. Se diagnostica insuficiencia cardiaca congestiva "
    "descompensada (I50.0) en contexto de fibrilación auricular (I48.9), con enfermedad renal crónica estadio 3 "
    "(N18.3). Analítica con NT-proBNP de 6850 pg/mL, creatinina 1,6 mg/dL y potasio 4,8 mEq/L. El ecocardiograma "
    "muestra FEVI del 35%. Recibe furosemida (C03CA01) 40 mg cada 12 horas intravenosa con buena respuesta "
    "diurética y desaparición de los edemas. Tras 8 días de estancia se procede a conciliar la medicación: "
    "furosemida pasa a 40 mg cada 24 horas por vía oral, mantiene bisoprolol (C07AB07) 2,5 mg cada 24 horas, "
    "se inicia apixabán (B01AF02) 2,5 mg cada 12 horas y se suspende enalapril (C09AA02) por deterioro de la "
    "función renal. Se le explica a la familia el control de peso diario. Alta a domicilio, estable y "
    "con seguimiento en consulta de Medicina Interna.",
    [
        T("t_abbrev", "abbreviations IC/FA/ERC and FEVI reworded; same facts",
          [("insuficiencia cardiaca congestiva descompensada (I50.0) en contexto de fibrilación auricular (I48.9), con enfermedad renal crónica estadio 3 (N18.3)",
            "IC congestiva descompensada (I50.0) en contexto de FA (I48.9), con ERC estadio 3 (N18.3)")]),
        T("t_relative_sex", "daughter (female) accompanying a male patient; feminine words refer to her",
          [("acompañado por su hija.", "acompañado por su hija, que es la cuidadora principal y quedó muy tranquila tras la explicación.")]),
        T("t_suspended_drug", "enalapril mentioned as suspended and not restarted; a drug not given",
          [("se suspende enalapril (C09AA02) por deterioro de la función renal", "no se reintroduce enalapril (C09AA02) por el deterioro de la función renal")]),
        P("p_sex", ["DEM001"], "male patient described with feminine agreement (Mujer ... acompañada)",
          [("Varón de 84 años, procedente de Monforte de Lemos, acompañado por su hija.", "Mujer de 84 años, procedente de Monforte de Lemos, acompañada por su hija.")]),
        P("p_dose_route", ["HAL003"], "discharge furosemide route changed oral->intravenosa; 40 mg/24 h kept",
          [("furosemida pasa a 40 mg cada 24 horas por vía oral", "furosemida pasa a 40 mg cada 24 horas por vía intravenosa")]),
        P("p_apixaban_dose", ["HAL003"], "apixaban frequency cada 12 h -> cada 24 h (24 occurs elsewhere in input, so no HAL002)",
          [("se inicia apixabán (B01AF02) 2,5 mg cada 12 horas", "se inicia apixabán (B01AF02) 2,5 mg cada 24 horas")]),
        P("p_lab", ["HAL002"], "potassium 4,8 -> 5,8 mEq/L (absent from input)",
          [("potasio 4,8 mEq/L", "potasio 5,8 mEq/L")]),
        P("p_code_omit", ["COD006"], "CKD code N18.3 dropped from the text",
          [("estadio 3 (N18.3)", "estadio 3")]),
        P("p_bold", ["FMT002"], "markdown bold around main diagnosis",
          [("insuficiencia cardiaca congestiva descompensada (I50.0)", "**insuficiencia cardiaca congestiva descompensada** (I50.0)")]),
        P("p_extra_dx", ["HAL001"], "adds a diagnosis of pneumonia not in the input (no code)",
          [("Analítica con", "Se objetiva además neumonía basal como desencadenante. Analítica con")]),
    ]))

# s02 Jaen, Cardiologia, IAMSEST con ACTP
SCEN.append(S(
    "s02", "Hospital general, Jaén (Andalucía), Cardiología", "telegraphic, resident",
    "flat map with English keys",
    {"sex": "F", "age": 67, "admission_reason": "chest pain at rest, 3 hours",
     "dx_main": "NSTEMI / IAMSEST", "dx_main_code": "I21.4",
     "dx_other": "Type 2 diabetes mellitus", "dx_other_code": "E11.9",
     "troponin_hs_peak": "1840 ng/L", "ldl": "142 mg/dL",
     "procedure": "coronary angiography with PCI and drug-eluting stent to proximal LAD (descendente anterior)",
     "access": "right radial",
     "meds_discharge": "AAS (B01AC06) 100 mg/24h; ticagrelor (B01AC24) 90 mg/12h; atorvastatin (C10AA05) 80 mg/24h; bisoprolol (C07AB07) 2.5 mg/24h; metformin (A10BA02) 850 mg/12h (chronic)",
     "los_days": 5},
    "Ingresa por dolor torácico en reposo de 3 horas de evolución. Mujer de 67 años con diabetes mellitus tipo 2 "
    "(E11.9) en tratamiento con metformina (A10BA02) 850 mg/12h. Troponina ultrasensible con pico de 1840 ng/L; "
    "LDL 142 mg/dL. Dx: infarto agudo de miocardio sin elevación del ST (I21.4). Coronariografía por acceso radial "
    "derecho: lesión en descendente anterior proximal, ACTP con implante de stent farmacoactivo, sin "
    "complicaciones. Evolución favorable en planta, sin angina ni arritmias, deambulando sin disnea. Estancia de "
    "5 días. Tto al alta: AAS (B01AC06) 100 mg/24h, ticagrelor (B01AC24) 90 mg/12h, atorvastatina (C10AA05) 80 mg/24h, "
    "bisoprolol (C07AB07) 2.5 mg/24h y continúa metformina. Se insiste en doble antiagregación sin suspender. "
    "Control en consultas de Cardiología. Revisar LDL y función renal en próxima "
    "analítica.",
    [
        T("t_brand", "AAS named by brand Adiro and ticagrelor as Brilique (brands of the input drugs)",
          [("AAS (B01AC06) 100 mg/24h, ticagrelor (B01AC24) 90 mg/12h", "Adiro (B01AC06) 100 mg/24h, Brilique (B01AC24) 90 mg/12h")]),
        T("t_synonym", "IAMSEST acronym and 'angioplastia' for ACTP/PCI",
          [("Dx: infarto agudo de miocardio sin elevación del ST (I21.4).", "Dx: IAMSEST (I21.4)."),
           ("ACTP con implante", "angioplastia con implante")]),
        T("t_neg", "ruled-out complication and a drug not given (no fibrinolysis)",
          [("sin complicaciones.", "sin complicaciones. No se administra fibrinolítico al tratarse de un SCASEST y se descarta insuficiencia cardiaca.")]),
        P("p_side", ["HAL004"], "radial access side right -> left",
          [("acceso radial derecho", "acceso radial izquierdo")]),
        P("p_age", ["DEM001", "HAL002"], "age 67 -> 76 (76 absent from input, so HAL002 too)",
          [("Mujer de 67 años", "Mujer de 76 años")]),
        P("p_ticag", ["HAL003"], "ticagrelor 90 mg/12h -> 90 mg/24h (24 appears elsewhere in input)",
          [("ticagrelor (B01AC24) 90 mg/12h", "ticagrelor (B01AC24) 90 mg/24h")]),
        P("p_code_label", ["COD005"], "codes of the two diagnoses swapped between labels",
          [("diabetes mellitus tipo 2 (E11.9)", "diabetes mellitus tipo 2 (I21.4)"),
           ("sin elevación del ST (I21.4)", "sin elevación del ST (E11.9)")]),
        P("p_atc_noparen", ["COD003"], "ATC code of atorvastatina written without parentheses",
          [("atorvastatina (C10AA05) 80 mg/24h", "atorvastatina C10AA05 80 mg/24h")]),
        P("p_start", ["FMT001"], "output starts with 'Paciente que ingresa por'",
          [("Ingresa por dolor torácico", "Paciente que ingresa por dolor torácico")]),
        P("p_extra_drug", ["HAL001"], "adds clopidogrel (not in input) with plausible indication",
          [("Se insiste en doble", "Se pauta también clopidogrel. Se insiste en doble")]),
    ]))

# s03 Albacete, Cardiologia, marcapasos por BAV completo; fecha de nacimiento
SCEN.append(S(
    "s03", "Hospital general, Albacete (Castilla-La Mancha), Cardiología", "dictated prose, consultant",
    "list of sections with titles; birth date + admission date instead of age",
    [{"seccion": "filiacion", "contenido": {"genero": "hombre", "fecha_nacimiento": "1946-09-14", "fecha_ingreso": "2024-03-02"}},
     {"seccion": "motivo", "contenido": "síncope con traumatismo facial leve y bradicardia de 32 lpm"},
     {"seccion": "juicio_clinico", "contenido": [{"code": "I44.2", "label": "Bloqueo auriculoventricular completo"},
                                                 {"code": "I10", "label": "Hipertensión arterial esencial"}]},
     {"seccion": "procedimiento", "contenido": "Implante de marcapasos bicameral DDD por vía subclavia izquierda el 2024-03-04"},
     {"seccion": "medicacion", "contenido": [{"nombre": "Amlodipino", "atc": "C08CA01", "dosis": "5 mg", "frecuencia": "cada 24 horas"}]},
     {"seccion": "evolucion", "contenido": "herida quirúrgica sin hematoma; radiografía sin neumotórax; alta al 4.º día"}],
    "Ingresa por síncope con traumatismo facial leve, objetivándose bradicardia de 32 lpm. Se trata de un hombre "
    "de 77 años, hipertenso (I10) en tratamiento con amlodipino (C08CA01) 5 mg cada 24 horas. Se objetiva "
    "bloqueo auriculoventricular completo (I44.2). Sin fármacos frenadores que lo justifiquen. El "
    "04/03/2024 se implanta marcapasos bicameral DDD por vía subclavia izquierda, sin incidencias durante el "
    "procedimiento. La radiografía de control descarta neumotórax y la herida quirúrgica evoluciona sin "
    "hematoma. El paciente permanece asintomático, sin nuevos episodios sincopales y con ritmo estimulado "
    "correctamente. Alta al 4.º día de ingreso. Se mantiene amlodipino sin cambios. Recomendaciones: no elevar "
    "el brazo izquierdo por encima del hombro durante un mes, cura de la herida en su centro de salud y revisión "
    "del dispositivo en la consulta de marcapasos. Se entrega tarjeta de portador de marcapasos.",
    [
        T("t_age_dates", "age not stated; dates written in words ('4 de marzo de 2024')",
          [("Se trata de un hombre de 77 años, hipertenso", "Se trata de un hombre hipertenso"),
           ("El 04/03/2024 se implanta", "El 4 de marzo de 2024 se implanta")]),
        T("t_side_alt", "left said as 'subclavia del lado izquierdo' and 'brazo homolateral'",
          [("por vía subclavia izquierda", "por vía subclavia del lado izquierdo"),
           ("no elevar el brazo izquierdo por", "no elevar el brazo homolateral al dispositivo por")]),
        T("t_neg_drug", "drugs mentioned as not involved (no betabloqueantes ni digoxina)",
          [("Sin fármacos frenadores que lo justifiquen.", "No tomaba betabloqueantes ni digoxina que lo justifiquen.")]),
        P("p_age_dates", ["DEM001", "HAL002"], "age 77 (from 1946-09-14 and 2024-03-02) written as 71; 71 absent from input",
          [("hombre de 77 años", "hombre de 71 años")]),
        P("p_side", ["HAL004"], "pacemaker implanted via right subclavian (input: left)",
          [("por vía subclavia izquierda", "por vía subclavia derecha")]),
        P("p_device", ["HAL001"], "device changed to defibrillator (DAI) not in input",
          [("se implanta marcapasos bicameral DDD", "se implanta desfibrilador automático implantable bicameral")]),
        P("p_cod_two", ["COD001"], "two CIE-10 codes in one parenthesis",
          [("bloqueo auriculoventricular completo (I44.2).", "bloqueo auriculoventricular completo (I44.2, I10).")]),
        P("p_cod_unknown", ["COD007"], "input and output carry I44.8 (does not exist in ICD-10: I44.0-I44.7 only)",
          [("(I44.2)", "(I44.8)")], inp_sub=[("I44.2", "I44.8")]),
        P("p_rep", ["REP001"], "one sentence repeated verbatim",
          [("Alta al 4.º día de ingreso.", "Alta al 4.º día de ingreso. El paciente permanece asintomático, sin nuevos episodios sincopales y con ritmo estimulado correctamente.")]),
        P("p_cln", ["CLN001", "HAL001"], "adds alopurinol, not in input and no hyperuricaemia/gout diagnosis",
          [("Se mantiene amlodipino sin cambios.", "Se mantiene amlodipino sin cambios y se añade alopurinol.")]),
    ], age_ok=["77"]))
