from cases_common import S, T, P

SCEN = []

# s07 Caceres, Neumologia, bronquiectasias exacerbadas
SCEN.append(S(
    "s07", "Hospital general, Cáceres (Extremadura), Neumología", "telegraphic, resident",
    "nested Spanish with 'sexo': 'H', meds as dict keyed by name",
    {"paciente": {"sexo": "H", "edad": 63},
     "motivo_ingreso": "aumento de expectoración purulenta, disnea y febrícula de 5 días",
     "diagnosticos": [{"cie": "J47", "nombre": "Bronquiectasias con exacerbación"},
                      {"cie": "B96.5", "nombre": "Pseudomonas aeruginosa como causa de enfermedad"}],
     "microbiologia": "esputo: Pseudomonas aeruginosa sensible a ciprofloxacino y ceftazidima",
     "gasometria": {"pO2": "62 mmHg", "pCO2": "41 mmHg"},
     "espirometria_previa": "FEV1 54%",
     "tratamiento": {"Ceftazidima": {"atc": "J01DD02", "pauta": "2 g cada 8 horas intravenosa"},
                     "Salbutamol": {"atc": "R03AC02", "pauta": "nebulizado cada 6 horas"}},
     "alta": {"Ciprofloxacino": {"atc": "J01MA02", "pauta": "750 mg cada 12 horas oral hasta completar 14 días"},
              "fisioterapia respiratoria": "drenaje autógeno diario"},
     "estancia": "7 días"},
    "Ingresa por aumento de expectoración purulenta, disnea y febrícula de 5 días de evolución. Varón de 63 años "
    "con FEV1 previo del 54%. Gasometría: pO2 62 mmHg, pCO2 41 mmHg. En esputo se aísla Pseudomonas aeruginosa "
    "(B96.5), sensible a ciprofloxacino y ceftazidima. JC: bronquiectasias con exacerbación (J47). Tto en planta: "
    "ceftazidima (J01DD02) 2 g cada 8 horas intravenosa y salbutamol (R03AC02) nebulizado cada 6 horas, junto con "
    "fisioterapia respiratoria. Evolución: disminución progresiva del volumen y la purulencia del esputo, "
    "afebril, sin insuficiencia respiratoria al alta. Estancia de 7 días. Tto al alta: ciprofloxacino (J01MA02) "
    "750 mg cada 12 horas por vía oral hasta completar 14 días de antibiótico, drenaje autógeno diario. "
    "Educación en técnica de fisioterapia respiratoria realizada antes del alta. Revisión en consulta "
    "monográfica de bronquiectasias con nuevo cultivo de esputo.",
    [
        T("t_neg_drug", "drug not used: 'no precisa corticoides sistémicos'",
          [("junto con fisioterapia respiratoria.", "junto con fisioterapia respiratoria; no precisa corticoides sistémicos.")]),
        T("t_synonym", "Pseudomonas abbreviated 'P. aeruginosa'; susceptibility given by class ('sensible a quinolonas')",
          [("se aísla Pseudomonas aeruginosa (B96.5)", "se aísla P. aeruginosa (B96.5)"),
           ("sensible a ciprofloxacino y ceftazidima", "sensible a quinolonas y ceftazidima")]),
        T("t_relative", "wife mentioned (female third party) in male patient",
          [("Educación en técnica", "Su esposa, que lo acompaña, recibe junto a él la educación en técnica"),
           ("de fisioterapia respiratoria realizada antes del alta.", "de fisioterapia respiratoria antes del alta.")]),
        P("p_cipro_dose", ["HAL003", "HAL002"], "ciprofloxacino 750 -> 500 mg (500 absent from input)",
          [("ciprofloxacino (J01MA02) 750 mg", "ciprofloxacino (J01MA02) 500 mg")]),
        P("p_age", ["DEM001", "HAL002"], "age 63 -> 36", [("Varón de 63 años", "Varón de 36 años")]),
        P("p_cie_wrong_label", ["COD005"], "J47 attached to Pseudomonas and B96.5 to bronchiectasis",
          [("Pseudomonas aeruginosa (B96.5)", "Pseudomonas aeruginosa (J47)"),
           ("bronquiectasias con exacerbación (J47)", "bronquiectasias con exacerbación (B96.5)")]),
        P("p_atc_bad", ["COD003", "COD006"], "ATC written as J01DD2 (malformed), so the input code J01DD02 is also missing",
          [("ceftazidima (J01DD02)", "ceftazidima (J01DD2)")], allow_nums=["01"]),
        P("p_abx_wrong", ["COD005", "HAL001"], "names piperacilina-tazobactam instead of the input's ceftazidima next to J01DD02 (label mismatch too)",
          [("ceftazidima (J01DD02) 2 g", "piperacilina-tazobactam (J01DD02) 2 g")]),
        P("p_cln", ["CLN001", "HAL001"], "adds tamsulosina (no prostatic diagnosis)",
          [("drenaje autógeno diario.", "drenaje autógeno diario; se añade tamsulosina.")]),
        P("p_markup_html", ["FMT002"], "HTML line break tags",
          [("Tto al alta: ciprofloxacino", "<br>Tto al alta: ciprofloxacino")]),
    ]))

# s08 Oaxaca, Gastroenterologia, hemorragia variceal con ligadura
SCEN.append(S(
    "s08", "Hospital general de zona, Oaxaca (México), Gastroenterología", "dictated prose, Mexican vocabulary",
    "nested Spanish with 'genero': 'masculino', labs as objects value+unit",
    {"paciente": {"genero": "masculino", "edad": 52, "ocupacion": "campesino"},
     "padecimiento_actual": "hematemesis y melena de 12 horas",
     "signos_vitales": {"TA": "88/52 mmHg", "FC": "118 lpm"},
     "laboratorios": {"hemoglobina": {"valor": 7.2, "unidad": "g/dL"}, "plaquetas": {"valor": 68000, "unidad": "/mm3"}, "INR": {"valor": 1.6}},
     "diagnosticos": [{"clave": "I85.0", "descripcion": "Várices esofágicas sangrantes"},
                      {"clave": "K70.3", "descripcion": "Cirrosis hepática alcohólica", "child_pugh": "B8"}],
     "procedimientos": ["endoscopia alta con ligadura de 4 várices esofágicas con bandas", "transfusión de 2 concentrados eritrocitarios"],
     "tratamiento": [{"medicamento": "Terlipresina", "atc": "H01BA04", "dosis": "1 mg cada 4 horas IV por 3 días"},
                     {"medicamento": "Ceftriaxona", "atc": "J01DD04", "dosis": "1 g cada 24 horas IV por 7 días"}],
     "egreso": [{"medicamento": "Propranolol", "atc": "C07AA05", "dosis": "20 mg cada 12 horas VO"},
                {"medicamento": "Lactulosa", "atc": "A06AD11", "dosis": "15 mL cada 8 horas VO"}],
     "dias_estancia": 6},
    "Ingresa por hematemesis y melena de 12 horas de evolución. Masculino de 52 años, campesino, con cirrosis "
    "hepática alcohólica (K70.3) Child-Pugh B8. A su llegada con TA de 88/52 mmHg y FC de 118 lpm, hemoglobina de "
    "7.2 g/dL, plaquetas 68000/mm3 e INR 1.6. Se transfunden 2 concentrados eritrocitarios y se inicia "
    "terlipresina (H01BA04) 1 mg cada 4 horas IV por 3 días y ceftriaxona (J01DD04) 1 g cada 24 horas IV por 7 "
    "días como profilaxis. La endoscopia alta muestra várices esofágicas sangrantes (I85.0) y se realiza ligadura "
    "de 4 várices con bandas, con hemostasia adecuada. Sin nuevos datos de sangrado, tolera la vía oral y se "
    "egresa al sexto día de estancia. Indicaciones de egreso: propranolol (C07AA05) 20 mg cada 12 horas VO y "
    "lactulosa (A06AD11) 15 mL cada 8 horas VO, abstinencia total de alcohol y nueva endoscopia para sesiones de "
    "ligadura hasta erradicación. Cita en la consulta externa de Gastroenterología. Se explica al paciente y a "
    "su esposa el plan de seguimiento.",
    [
        T("t_brand_class", "propranolol called 'betabloqueador no selectivo (propranolol)'; terlipresina as 'vasoactivo'",
          [("se inicia terlipresina (H01BA04)", "se inicia el vasoactivo terlipresina (H01BA04)"),
           ("propranolol (C07AA05) 20 mg", "betabloqueador no selectivo propranolol (C07AA05) 20 mg")]),
        T("t_days_words", "'sexto día' matches 6 days; 'tres días' for 3",
          [("1 mg cada 4 horas IV por 3 días", "1 mg cada 4 horas IV por tres días")]),
        T("t_neg_tips", "TIPS not needed, stated as not performed",
          [("con hemostasia adecuada.", "con hemostasia adecuada, por lo que no se requiere TIPS.")]),
        P("p_sex", ["DEM001"], "male patient written as 'Femenino ... campesina'",
          [("Masculino de 52 años, campesino,", "Femenino de 52 años, campesina,")]),
        P("p_bands", ["HAL002"], "4 varices ligated -> 5 (5 not in input)",
          [("ligadura de 4 várices", "ligadura de 5 várices")]),
        P("p_hb", ["HAL002"], "haemoglobin 7.2 -> 9.2 g/dL", [("hemoglobina de 7.2 g/dL", "hemoglobina de 9.2 g/dL")]),
        P("p_prop_dose", ["HAL003"], "propranolol 20 mg cada 12 h -> cada 8 h (8 in input elsewhere)",
          [("propranolol (C07AA05) 20 mg cada 12 horas", "propranolol (C07AA05) 20 mg cada 8 horas")]),
        P("p_cie_unknown", ["COD007"], "input and output carry K70.6 (not an ICD-10 code; K70.0-K70.4, K70.9)",
          [("alcohólica (K70.3)", "alcohólica (K70.6)")], inp_sub=[("K70.3", "K70.6")]),
        P("p_procedure", ["HAL001"], "claims sclerotherapy instead of band ligation",
          [("se realiza ligadura de 4 várices con bandas", "se realiza escleroterapia de 4 várices")]),
        P("p_omit_atc", ["COD006"], "lactulosa mentioned without its ATC",
          [("lactulosa (A06AD11) 15 mL", "lactulosa 15 mL")]),
    ]))

# s09 Pasto, Gastroenterologia, colitis ulcerosa con pauta descendente
SCEN.append(S(
    "s09", "Hospital universitario departamental, Pasto (Colombia), Gastroenterología", "dictated prose with tapering schedule",
    "flat Spanish map, sex 'F', meds as strings with codes",
    {"sexo": "F", "edad": 34, "motivo": "diarrea con sangre 8 deposiciones al día y dolor abdominal de 10 días",
     "dx": "Colitis ulcerosa (K51.9) en brote grave, índice de Truelove-Witts grave",
     "dx2": "Anemia ferropénica (D50.9)",
     "paraclinicos": "Hb 9,8 g/dL; PCR 64 mg/L; calprotectina fecal 1450 mcg/g; coprocultivo y toxina de Clostridioides difficile negativos",
     "procedimiento": "rectosigmoidoscopia: pancolitis Mayo 3",
     "tratamiento_intrahospitalario": "metilprednisolona (H02AB04) 40 mg cada 24 horas IV durante 5 días; hierro sacarosa 200 mg IV 3 dosis",
     "tratamiento_egreso": "prednisona (H02AB07) 40 mg diarios con descenso de 5 mg cada semana; mesalazina (A07EC02) 4 g al día oral; omeprazol (A02BC01) 20 mg al día mientras tome corticoide",
     "estancia": 9},
    "Ingresa por diarrea con sangre de 8 deposiciones al día y dolor abdominal de 10 días de evolución. Mujer de "
    "34 años con colitis ulcerosa (K51.9) en brote grave según índice de Truelove-Witts. Paraclínicos: Hb 9,8 "
    "g/dL, PCR 64 mg/L y calprotectina fecal 1450 mcg/g; coprocultivo y toxina de Clostridioides difficile "
    "negativos. La rectosigmoidoscopia evidencia pancolitis Mayo 3. Se diagnostica además anemia ferropénica "
    "(D50.9). Recibe metilprednisolona (H02AB04) 40 mg cada 24 horas IV durante 5 días y hierro sacarosa 200 mg "
    "IV en 3 dosis, con disminución a dos deposiciones sin sangre. Tras 9 días de estancia se da egreso con "
    "prednisona (H02AB07) 40 mg diarios con descenso de 5 mg cada semana, mesalazina (A07EC02) 4 g al día por vía "
    "oral y omeprazol (A02BC01) 20 mg al día mientras tome corticoide. Se le indica consultar si reaparece el "
    "sangrado o la fiebre y control por consulta externa de Gastroenterología para valorar terapia de "
    "mantenimiento.",
    [
        T("t_neg_drug", "infliximab discussed as not needed (rescue not required)",
          [("con disminución a dos deposiciones sin sangre.", "con disminución a dos deposiciones sin sangre, sin necesidad de terapia de rescate con infliximab.")]),
        T("t_abbrev", "CU abbreviation, 'esteroide' for corticoid, 'IBP' beside omeprazol",
          [("colitis ulcerosa (K51.9) en brote", "CU (K51.9) en brote"),
           ("omeprazol (A02BC01) 20 mg al día mientras tome corticoide", "omeprazol (A02BC01) 20 mg al día como IBP mientras tome esteroide")]),
        T("t_units", "mesalazina 4 g written as 4000 mg",
          [("mesalazina (A07EC02) 4 g al día", "mesalazina (A07EC02) 4000 mg al día")], allow_nums=["4000"]),
        P("p_taper", ["HAL003"], "taper 5 mg -> 10 mg each week (10 occurs in input only as days, so no HAL002; HAL003 must not be grounded by it)",
          [("descenso de 5 mg cada semana", "descenso de 10 mg cada semana")], allow_nums=[]),
        P("p_sex", ["DEM001"], "female written 'Hombre de 34 años'",
          [("Mujer de 34 años", "Hombre de 34 años")]),
        P("p_atc_paren", ["COD003"], "two ATC codes share one parenthesis",
          [("mesalazina (A07EC02) 4 g", "mesalazina (A07EC02, A02BC01) 4 g")]),
        P("p_cie_noparen", ["COD001"], "D50.9 written without parentheses",
          [("anemia ferropénica (D50.9).", "anemia ferropénica, D50.9.")]),
        P("p_dx_wrong", ["COD005", "HAL001"], "diagnosis stated as Crohn's disease (input: colitis ulcerosa) right before K51.9, so the label mismatches too",
          [("Mujer de 34 años con colitis ulcerosa (K51.9)", "Mujer de 34 años con enfermedad de Crohn (K51.9)")]),
        P("p_cln", ["CLN001", "HAL001"], "adds metformina (no diabetes)",
          [("mientras tome corticoide.", "mientras tome corticoide, y metformina.")]),
        P("p_start_quote", ["FMT001"], "output opens with a quotation mark",
          [("Ingresa por diarrea", "\"Ingresa por diarrea"),
           ("valorar terapia de mantenimiento.", "valorar terapia de mantenimiento.\"")]),
    ]))
