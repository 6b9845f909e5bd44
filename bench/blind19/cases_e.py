from cases_common import S, T, P

SCEN = []

# s13 Tunja, Urologia, RTU de prostata
SCEN.append(S(
    "s13", "Hospital regional, Tunja (Colombia), Urología", "telegraphic, resident",
    "flat Spanish map with 'sexo': 'masculino' and free-text meds containing codes",
    {"sexo": "masculino", "edad": 72,
     "motivo": "retención aguda de orina recurrente, portador de sonda vesical hace 3 semanas",
     "diagnostico_principal": "Hiperplasia prostática benigna (N40)",
     "comorbilidad": "Hipertensión arterial (I10) en manejo con losartán (C09CA01) 50 mg cada 12 horas",
     "ecografia": "próstata de 68 g, sin hidronefrosis",
     "PSA": "3,1 ng/mL",
     "procedimiento": "resección transuretral de próstata (RTUP) bajo anestesia raquídea",
     "patologia": "hiperplasia nodular sin malignidad",
     "postoperatorio": "irrigación vesical continua 48 horas, retiro de sonda al día 3 con micción espontánea",
     "medicacion_egreso": "tamsulosina (G04CA02) 0,4 mg cada 24 horas por 4 semanas; acetaminofén 500 mg cada 8 horas si dolor",
     "estancia_dias": 4},
    "Ingresa por retención aguda de orina recurrente, portador de sonda vesical hace 3 semanas. Masculino de 72 años "
    "con HTA (I10) en manejo con losartán (C09CA01) 50 mg cada 12 horas. Ecografía: próstata de 68 g sin "
    "hidronefrosis. PSA 3,1 ng/mL. Dx: hiperplasia prostática benigna (N40). Se realiza resección transuretral "
    "de próstata (RTUP) bajo anestesia raquídea sin incidentes. Postoperatorio: irrigación vesical continua "
    "durante 48 horas, retiro de sonda al día 3 con micción espontánea y orina clara. Patología: hiperplasia "
    "nodular sin malignidad. Estancia de 4 días. Egreso con tamsulosina (G04CA02) 0,4 mg cada 24 horas por 4 "
    "semanas y acetaminofén 500 mg cada 8 horas si dolor. Recomendaciones: abundantes líquidos, evitar esfuerzos "
    "y relaciones sexuales durante un mes, consultar por hematuria con coágulos, fiebre o imposibilidad para "
    "orinar. Control por consulta externa de Urología con reporte de patología.",
    [
        T("t_synonym", "acetaminofén called paracetamol; RTUP as 'resección endoscópica de próstata'",
          [("y acetaminofén 500 mg", "y paracetamol 500 mg"),
           ("Se realiza resección transuretral de próstata (RTUP)", "Se realiza resección endoscópica transuretral de la próstata")]),
        T("t_neg_dx", "malignancy explicitly ruled out; 'sin cáncer de próstata'",
          [("Patología: hiperplasia nodular sin malignidad.", "Patología: hiperplasia nodular; se descarta cáncer de próstata.")]),
        T("t_wife_nurse", "female staff and wife mentioned for a male patient",
          [("Recomendaciones: abundantes líquidos,", "La enfermera revisa con el paciente y su esposa las recomendaciones: abundantes líquidos,")]),
        P("p_cln_pure", ["CLN001"], "input and output both list alopurinol (M04AA01) with no gout/hyperuricaemia diagnosis: grounded but incoherent",
          [("y acetaminofén 500 mg cada 8 horas si dolor.", "y acetaminofén 500 mg cada 8 horas si dolor; se inicia alopurinol (M04AA01) 100 mg cada 24 horas.")],
          inp_sub=[("acetaminofén 500 mg cada 8 horas si dolor", "acetaminofén 500 mg cada 8 horas si dolor; alopurinol (M04AA01) 100 mg cada 24 horas")]),
        P("p_tams", ["HAL003"], "tamsulosina 0,4 mg cada 24 h -> cada 12 h (12 elsewhere in input)",
          [("tamsulosina (G04CA02) 0,4 mg cada 24 horas", "tamsulosina (G04CA02) 0,4 mg cada 12 horas")]),
        P("p_atc_added", ["COD004"], "ATC N02BE01 added to acetaminofén (uncoded in input)",
          [("y acetaminofén 500 mg", "y acetaminofén (N02BE01) 500 mg")]),
        P("p_proc", ["HAL001"], "procedure written as adenomectomía abierta (input: RTUP)",
          [("Se realiza resección transuretral de próstata (RTUP) bajo", "Se realiza adenomectomía prostática abierta bajo")]),
        P("p_psa", ["HAL002"], "PSA 3,1 -> 13,1", [("PSA 3,1 ng/mL", "PSA 13,1 ng/mL")]),
        P("p_sex", ["DEM001"], "male patient written 'Femenina de 72 años' (sex mismatch; anatomically impossible with RTUP)",
          [("Masculino de 72 años", "Femenina de 72 años")]),
        P("p_start", ["FMT001"], "starts with 'Motivo de ingreso:' heading",
          [("Ingresa por retención", "Motivo de ingreso: ingresa por retención")]),
    ]))

# s14 Cartagena (Murcia), Urologia, pielonefritis obstructiva con doble J
SCEN.append(S(
    "s14", "Hospital general, Cartagena (Murcia), Urología", "dictated prose, consultant",
    "nested with 'lateralidad' fields; sex 'mujer'; labs as strings",
    {"paciente": {"sexo": "mujer", "edad": 48},
     "motivo": "fiebre de 39,2 ºC con escalofríos y dolor lumbar izquierdo de 2 días",
     "exploracion": {"puñopercusion": "positiva izquierda", "TA": "96/58 mmHg"},
     "analitica": {"creatinina": "1,9 mg/dL", "PCR": "245 mg/L", "procalcitonina": "8,6 ng/mL", "leucocitos": "21300/µL"},
     "imagen": {"prueba": "TC abdominal sin contraste", "hallazgo": "litiasis de 9 mm en uréter proximal con hidronefrosis grado III", "lateralidad": "izquierda"},
     "diagnosticos": [{"cie10": "N13.6", "nombre": "Pionefrosis"}, {"cie10": "N20.1", "nombre": "Cálculo del uréter"}],
     "procedimientos": [{"nombre": "colocación de catéter doble J", "lateralidad": "izquierdo", "urgente": True}],
     "microbiologia": "urocultivo y hemocultivos: Escherichia coli sensible a cefalosporinas",
     "tratamiento": [{"farmaco": "Ceftriaxona", "atc": "J01DD04", "pauta": "2 g cada 24 horas IV"}],
     "alta": [{"farmaco": "Cefuroxima", "atc": "J01DC02", "pauta": "500 mg cada 12 horas VO hasta completar 14 días"}],
     "plan": "ureteroscopia programada en 4-6 semanas para tratamiento de la litiasis",
     "estancia": 5},
    "Ingresa por fiebre de 39,2 ºC con escalofríos y dolor lumbar izquierdo de 2 días de evolución. Mujer de 48 "
    "años que a su llegada presenta TA de 96/58 mmHg y puñopercusión izquierda positiva. Analítica con creatinina "
    "1,9 mg/dL, PCR 245 mg/L, procalcitonina 8,6 ng/mL y 21300 leucocitos/µL. La TC abdominal sin contraste "
    "muestra una litiasis de 9 mm en uréter proximal izquierdo con hidronefrosis grado III. Con diagnóstico de "
    "pionefrosis (N13.6) secundaria a cálculo del uréter (N20.1) se coloca de urgencia un catéter doble J "
    "izquierdo y se inicia ceftriaxona (J01DD04) 2 g cada 24 horas IV. En urocultivo y hemocultivos crece "
    "Escherichia coli sensible a cefalosporinas. Queda afebril a las 48 horas y la función renal mejora. Tras 5 "
    "días de ingreso se va de alta con cefuroxima (J01DC02) 500 mg cada 12 horas por vía oral hasta completar 14 "
    "días. Se programa ureteroscopia en 4-6 semanas para tratar la litiasis, con el catéter como puente.",
    [
        T("t_side_alt", "left said as 'lado izquierdo', 'fosa renal izquierda'",
          [("dolor lumbar izquierdo", "dolor en fosa renal izquierda"),
           ("un catéter doble J izquierdo", "un catéter doble J en el lado izquierdo")]),
        T("t_abbrev", "E. coli abbreviation for Escherichia coli",
          [("crece Escherichia coli sensible a cefalosporinas", "crece E. coli sensible a cefalosporinas")]),
        T("t_neg_nephro", "nephrostomy considered and not performed",
          [("se coloca de urgencia un catéter doble J", "se opta por derivación con catéter doble J en lugar de nefrostomía percutánea, colocándose de urgencia un catéter doble J")]),
        P("p_side_stent", ["HAL004"], "double-J placed on the right (input: left)",
          [("un catéter doble J izquierdo", "un catéter doble J derecho")]),
        P("p_side_ureter", ["HAL004"], "right ureter stone (input: left)",
          [("uréter proximal izquierdo", "uréter proximal derecho")]),
        P("p_age", ["DEM001", "HAL002"], "age 48 -> 84", [("Mujer de 48 años", "Mujer de 84 años")]),
        P("p_cefur", ["HAL002", "HAL003"], "cefuroxima 500 mg -> 250 mg (250 absent -> HAL002 too)",
          [("cefuroxima (J01DC02) 500 mg", "cefuroxima (J01DC02) 250 mg")]),
        P("p_cie_unknown", ["COD007"], "N20.7 (nonexistent) in input and output",
          [("(N20.1)", "(N20.7)")], inp_sub=[("N20.1", "N20.7")]),
        P("p_cie_two", ["COD001"], "two CIE-10 codes in one parenthesis",
          [("pionefrosis (N13.6) secundaria", "pionefrosis (N13.6 y N20.1) secundaria")]),
        P("p_dx_extra", ["HAL001"], "adds a left renal abscess diagnosis, not in input",
          [("Queda afebril a las 48 horas", "Se complica con absceso renal izquierdo. Queda afebril a las 48 horas")]),
    ]))
