from cases_common import S, T, P

SCEN = []

# s22 Pontevedra, Medicina Interna, delirium por ITU en anciana
SCEN.append(S(
    "s22", "Hospital comarcal, Pontevedra (Galicia), Medicina Interna", "dictated prose, consultant, Galician usage",
    "nested Spanish with birth date + admission date; sex 'feminino'",
    {"filiacion": {"sexo": "feminino", "data_nacemento": "1932-07-21", "fecha_ingreso": "2024-01-15", "residencia": "residencia de mayores en Vilagarcía"},
     "motivo": "desorientación, agitación nocturna y rechazo de la ingesta de 2 días",
     "antecedentes": [{"cie10": "F03", "nombre": "Demencia"}, {"cie10": "I10", "nombre": "Hipertensión arterial"}],
     "diagnosticos": [{"cie10": "F05.1", "nombre": "Delirium superpuesto a demencia"},
                      {"cie10": "N39.0", "nombre": "Infección de vías urinarias"}],
     "pruebas": {"urocultivo": "Klebsiella pneumoniae sensible a fosfomicina", "sodio": "131 mEq/L", "creatinina": "1,3 mg/dL", "TC craneal": "atrofia córtico-subcortical sin lesiones agudas"},
     "tratamiento": [{"farmaco": "Fosfomicina", "atc": "J01XX01", "pauta": "4 g cada 8 horas IV 5 días"},
                     {"farmaco": "Quetiapina", "atc": "N05AH04", "pauta": "25 mg por la noche"}],
     "medicacion_previa": [{"farmaco": "Amlodipino", "atc": "C08CA01", "pauta": "5 mg cada 24 horas", "estado": "suspendido por hipotensión"}],
     "estancia": 7},
    "Ingresa por desorientación, agitación nocturna y rechazo de la ingesta de 2 días de evolución. Se trata de una "
    "mujer de 91 años, institucionalizada en una residencia de mayores en Vilagarcía, con demencia (F03) e "
    "hipertensión arterial (I10). La TC craneal muestra atrofia córtico-subcortical sin lesiones agudas. En la "
    "analítica presenta sodio de 131 mEq/L y creatinina de 1,3 mg/dL, y en el urocultivo crece Klebsiella "
    "pneumoniae sensible a fosfomicina. Se diagnostica delirium superpuesto a demencia (F05.1) secundario a "
    "infección de vías urinarias (N39.0). Recibe fosfomicina (J01XX01) 4 g cada 8 horas IV durante 5 días y "
    "quetiapina (N05AH04) 25 mg por la noche, junto con medidas de reorientación y acompañamiento familiar. "
    "Se suspende amlodipino (C08CA01) por hipotensión. Tras 7 días de ingreso recupera su situación cognitiva "
    "basal y vuelve a la residencia. Se recomienda retirar la quetiapina de forma progresiva según evolución y "
    "revisar la tensión arterial antes de reintroducir el antihipertensivo.",
    [
        T("t_age_absent", "age omitted and 'nonagenaria' used (consistent with 91 from dates)",
          [("Se trata de una mujer de 91 años,", "Se trata de una mujer nonagenaria,")]),
        T("t_neg_drug", "haloperidol and benzodiazepines explicitly avoided",
          [("junto con medidas de reorientación", "evitando benzodiacepinas y haloperidol, junto con medidas de reorientación")]),
        T("t_abbrev", "ITU abbreviation and 'K. pneumoniae'",
          [("infección de vías urinarias (N39.0)", "ITU (N39.0)"), ("crece Klebsiella pneumoniae", "crece K. pneumoniae")]),
        P("p_age_dates", ["DEM001", "HAL002"], "age 81 vs 91 computed from 1932-07-21 / 2024-01-15; 81 absent from input",
          [("mujer de 91 años", "mujer de 81 años")]),
        P("p_fosfo", ["HAL003"], "fosfomicina cada 8 h -> cada 24 h (24 elsewhere in input)",
          [("4 g cada 8 horas IV", "4 g cada 24 horas IV")]),
        P("p_atc_added", ["COD004", "HAL001"], "adds haloperidol (N05AD01): drug and code both absent from input (indication delirium present, so no CLN001)",
          [("junto con medidas de reorientación", "además de haloperidol (N05AD01), junto con medidas de reorientación")]),
        P("p_cie_extra", ["COD002"], "adds B96.1 to Klebsiella pneumoniae, which the input names without a code",
          [("pneumoniae sensible a fosfomicina. Se", "pneumoniae (B96.1) sensible a fosfomicina. Se")]),
        P("p_cie_unknown", ["COD007"], "F05.7 (nonexistent) in input and output",
          [("(F05.1)", "(F05.7)")], inp_sub=[("F05.1", "F05.7")]),
        P("p_short", ["FMT003"], "under 80 words, all codes present",
          full="Ingresa por desorientación y agitación de 2 días. Mujer de 91 años con demencia (F03) e hipertensión "
               "arterial (I10). Delirium superpuesto a demencia (F05.1) por infección de vías urinarias (N39.0) por "
               "Klebsiella. Fosfomicina (J01XX01) IV 5 días y quetiapina (N05AH04) nocturna. Se suspende amlodipino "
               "(C08CA01). Alta a los 7 días a su residencia."),
        P("p_rep", ["REP001"], "looping final clause",
          [("revisar la tensión arterial antes de reintroducir el antihipertensivo.", "revisar la tensión arterial antes de reintroducir el antihipertensivo, antes de reintroducir el antihipertensivo, antes de reintroducir el antihipertensivo, antes de reintroducir el antihipertensivo.")]),
    ], age_ok=["91"]))

# s23 Monteria, Medicina Interna, celulitis en diabetico
SCEN.append(S(
    "s23", "Hospital San Jerónimo-like regional hospital, Montería (Colombia), Medicina Interna", "telegraphic, Colombian vocabulary",
    "list of section objects with English titles; sex as 'M' with 'sex_legend'",
    [{"title": "patient", "data": {"sex": "M", "sex_legend": "M=masculino, F=femenino", "age": 57}},
     {"title": "complaint", "data": "eritema, calor y edema en pierna derecha con fiebre de 4 días"},
     {"title": "diagnoses", "data": [{"code": "L03.1", "name": "Celulitis de miembro inferior derecho"},
                                     {"code": "E11.9", "name": "Diabetes mellitus tipo 2"}]},
     {"title": "labs", "data": "leucocitos 15800/mm3; PCR 132 mg/L; glucemia 286 mg/dL; HbA1c 10,2%; Doppler venoso sin trombosis"},
     {"title": "inpatient", "data": [{"drug": "Oxacilina", "atc": "J01CF04", "dose": "2 g cada 4 horas IV"},
                                     {"drug": "Insulina glargina", "atc": "A10AE04", "dose": "20 UI cada 24 horas SC"}]},
     {"title": "discharge", "data": [{"drug": "Cefalexina", "atc": "J01DB01", "dose": "500 mg cada 6 horas VO por 7 días"},
                                     {"drug": "Insulina glargina", "atc": "A10AE04", "dose": "20 UI cada 24 horas SC"},
                                     {"drug": "Metformina", "atc": "A10BA02", "dose": "850 mg cada 12 horas VO"}]},
     {"title": "stay", "data": "6 días"}],
    "Ingresa por eritema, calor y edema en pierna derecha con fiebre de 4 días de evolución. Masculino de 57 años "
    "con diabetes mellitus tipo 2 (E11.9) mal controlada: glucemia 286 mg/dL y HbA1c 10,2%. Paraclínicos: "
    "leucocitos 15800/mm3 y PCR 132 mg/L; Doppler venoso sin trombosis. Dx: celulitis de miembro inferior "
    "derecho (L03.1). Manejo intrahospitalario con oxacilina (J01CF04) 2 g cada 4 horas IV e insulina glargina "
    "(A10AE04) 20 UI cada 24 horas SC, con mejoría del eritema y del edema y resolución de la fiebre. Egreso a los "
    "6 días con cefalexina (J01DB01) 500 mg cada 6 horas VO por 7 días, insulina glargina 20 UI cada 24 horas SC y "
    "metformina (A10BA02) 850 mg cada 12 horas VO. Educación en glucometrías, cuidado de los pies y elevación de "
    "la pierna. Control por consulta externa de Medicina Interna y cita con Endocrinología. Consultar si "
    "reaparece la fiebre o se extiende el enrojecimiento.",
    [
        T("t_neg_tvp", "DVT ruled out phrased as 'se descarta TVP'",
          [("Doppler venoso sin trombosis.", "Doppler venoso que descarta TVP.")]),
        T("t_side_alt", "right leg said as 'MID' (miembro inferior derecho)",
          [("edema en pierna derecha", "edema en MID")]),
        T("t_abbrev", "DM2 abbreviation",
          [("con diabetes mellitus tipo 2 (E11.9) mal controlada", "con DM2 (E11.9) mal controlada")]),
        P("p_side", ["HAL004"], "left leg cellulitis (input: right)",
          [("edema en pierna derecha", "edema en pierna izquierda")]),
        P("p_sex", ["DEM001"], "male patient: 'Femenina de 57 años'",
          [("Masculino de 57 años", "Femenina de 57 años")]),
        P("p_cefalexina", ["HAL003"], "cefalexina cada 6 h -> cada 12 h (12 elsewhere in input)",
          [("cefalexina (J01DB01) 500 mg cada 6 horas", "cefalexina (J01DB01) 500 mg cada 12 horas")]),
        P("p_abx", ["HAL001"], "inpatient antibiotic named vancomicina (not in input), no code",
          [("Manejo intrahospitalario con oxacilina (J01CF04) 2 g cada 4 horas IV e", "Manejo intrahospitalario con vancomicina, oxacilina (J01CF04) 2 g cada 4 horas IV e")]),
        P("p_atc_malformed", ["COD003", "COD006"], "ATC J01CF4 malformed; input J01CF04 no longer present",
          [("oxacilina (J01CF04)", "oxacilina (J01CF4)")], allow_nums=["01"]),
        P("p_omit", ["COD006"], "metformina ATC omitted", [("metformina (A10BA02) 850 mg", "metformina 850 mg")]),
        P("p_start", ["FMT001"], "starts with 'Paciente ingresa por'",
          [("Ingresa por eritema", "Paciente ingresa por eritema")]),
    ]))
