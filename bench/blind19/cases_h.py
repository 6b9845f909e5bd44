from cases_common import S, T, P

SCEN = []

# s20 Teruel, Hematologia, PTI
SCEN.append(S(
    "s20", "Hospital general, Teruel (Aragón), Hematología", "dictated prose, consultant",
    "nested English keys with labs as list of strings; sex 'Fem.'",
    {"patient": {"sex": "Fem.", "age": 38},
     "reason": "petequias en miembros inferiores, gingivorragia y epistaxis de 3 días",
     "labs": ["plaquetas 6000/µL", "hemoglobina 12,9 g/dL", "leucocitos 7100/µL", "frotis sin esquistocitos",
              "serologías VIH, VHC y VHB negativas"],
     "diagnoses": [{"icd": "D69.3", "name": "Púrpura trombocitopénica idiopática (trombocitopenia inmune primaria)"}],
     "treatment": [{"drug": "Dexametasona", "atc": "H02AB02", "regimen": "40 mg cada 24 horas oral 4 días"},
                   {"drug": "Inmunoglobulina humana inespecífica", "atc": "J06BA02", "regimen": "1 g/kg IV 2 días"}],
     "evolution": "plaquetas 87000/µL al día 5, sin sangrado",
     "discharge": [{"drug": "Omeprazol", "atc": "A02BC01", "regimen": "20 mg cada 24 horas mientras tome corticoide"}],
     "notes": "no se transfunden plaquetas; aspirado de médula ósea no indicado",
     "los": 5},
    "Ingresa por petequias en miembros inferiores, gingivorragia y epistaxis de 3 días de evolución. Mujer de 38 "
    "años sin antecedentes de interés. En la analítica destacan plaquetas de 6000/µL con hemoglobina de 12,9 g/dL "
    "y leucocitos de 7100/µL; el frotis no muestra esquistocitos y las serologías de VIH, VHC y VHB son "
    "negativas. Se diagnostica púrpura trombocitopénica idiopática (D69.3). Se trata con dexametasona (H02AB02) "
    "40 mg cada 24 horas por vía oral durante 4 días e inmunoglobulina humana inespecífica (J06BA02) 1 g/kg IV "
    "durante 2 días. No se transfunden plaquetas y el aspirado de médula ósea no se considera indicado. Al día 5 "
    "las plaquetas ascienden a 87000/µL, sin sangrado activo. Se da de alta con omeprazol (A02BC01) 20 mg cada 24 "
    "horas mientras tome corticoide. Se le recomienda evitar antiinflamatorios y deportes de contacto y "
    "consultar si presenta nuevas petequias o sangrado. Control en consulta de Hematología con hemograma.",
    [
        T("t_abbrev", "PTI acronym and 'trombocitopenia inmune primaria' paraphrase of the label",
          [("Se diagnostica púrpura trombocitopénica idiopática (D69.3).", "Se diagnostica PTI, trombocitopenia inmune primaria (D69.3).")]),
        T("t_neg_tx", "platelet transfusion and marrow aspirate as not done (kept), eltrombopag not needed",
          [("sin sangrado activo.", "sin sangrado activo, por lo que no se plantea eltrombopag.")]),
        T("t_units", "platelet count 6000/µL written '6.000/µL' with Spanish thousands dot",
          [("plaquetas de 6000/µL", "plaquetas de 6.000/µL")], allow_nums=["6.000"]),
        P("p_plt", ["HAL002"], "platelets 87000 -> 57000", [("ascienden a 87000/µL", "ascienden a 57000/µL")]),
        P("p_dexa", ["HAL003"], "dexametasona 40 mg -> 4 mg (4 elsewhere in input: 4 días)",
          [("dexametasona (H02AB02) 40 mg", "dexametasona (H02AB02) 4 mg")]),
        P("p_transf", ["HAL001"], "claims platelet transfusion was given (input: not transfused)",
          [("No se transfunden plaquetas y el aspirado", "Se transfunden plaquetas y el aspirado")]),
        P("p_cie_unknown", ["COD007"], "D69.7 (nonexistent) in input and output",
          [("(D69.3)", "(D69.7)")], inp_sub=[("D69.3", "D69.7")]),
        P("p_cln", ["CLN001", "HAL001"], "adds levotiroxina without thyroid diagnosis",
          [("Se da de alta con omeprazol (A02BC01) 20 mg", "Se da de alta con levotiroxina y omeprazol (A02BC01) 20 mg")]),
        P("p_rep", ["REP001"], "sentence repeated",
          [("Control en consulta de Hematología con hemograma.", "Control en consulta de Hematología con hemograma. Se le recomienda evitar antiinflamatorios y deportes de contacto y consultar si presenta nuevas petequias o sangrado.")]),
        P("p_start_md", ["FMT001", "FMT002"], "starts with a markdown heading before 'Ingresa por'",
          [("Ingresa por petequias", "# Epicrisis\nIngresa por petequias")]),
    ]))

# s21 Huelva, Medicina Interna, sobredosificacion de warfarina
SCEN.append(S(
    "s21", "Hospital comarcal, Huelva (Andalucía), Medicina Interna", "telegraphic, resident, abbreviations",
    "flat Spanish map; sex 'H'; INR as number; codes in separate key lists",
    {"sexo": "H", "edad": 80, "motivo": "hematuria macroscópica y equimosis en antebrazos de 2 días",
     "INR": 9.4, "hemoglobina": "11,2 g/dL", "creatinina": "1,1 mg/dL",
     "causa": "interacción con claritromicina pautada por su médico de cabecera por bronquitis 5 días antes",
     "codigos_cie10": ["D68.3", "I48.2", "Z92.1"],
     "nombres_cie10": ["Trastorno hemorrágico por anticoagulantes circulantes", "Fibrilación auricular crónica", "Historia personal de uso prolongado de anticoagulantes"],
     "codigos_atc": ["B01AA03", "B02BA01", "C07AB02"],
     "nombres_atc": ["Warfarina", "Fitomenadiona (vitamina K)", "Metoprolol"],
     "tratamiento": "fitomenadiona 10 mg IV dosis única; suspensión de warfarina 3 días; sin transfusión",
     "evolucion": "INR 2,6 al día 3; cede la hematuria",
     "alta": "reinicia warfarina 2,5 mg al día; metoprolol 50 mg cada 12 horas sin cambios; control de INR en 5 días",
     "estancia": 4},
    "Ingresa por hematuria macroscópica y equimosis en antebrazos de 2 días. Varón de 80 años con fibrilación "
    "auricular crónica (I48.2) e historia personal de uso prolongado de anticoagulantes (Z92.1) con warfarina "
    "(B01AA03). Causa: interacción con claritromicina pautada por su médico de cabecera por bronquitis 5 días "
    "antes. Al ingreso INR 9.4, Hb 11,2 g/dL y creatinina 1,1 mg/dL. Dx: trastorno hemorrágico por "
    "anticoagulantes circulantes (D68.3). Tto: fitomenadiona (B02BA01) 10 mg IV en dosis única y suspensión de "
    "warfarina durante 3 días, sin transfusión. Evolución: INR 2,6 al día 3 y cede la hematuria. Estancia de 4 "
    "días. Al alta reinicia warfarina 2,5 mg al día y mantiene metoprolol (C07AB02) 50 mg cada 12 horas sin "
    "cambios. Control de INR en 5 días en su centro de salud. Se advierte de evitar nuevos antibióticos o "
    "antiinflamatorios sin consultar y de acudir ante sangrado.",
    [
        T("t_neg_drug", "claritromicina named as the cause, not as given in hospital (context)",
          [("Causa: interacción con claritromicina", "Motivo del exceso: interacción con claritromicina, que no se continúa,")]),
        T("t_vitk", "fitomenadiona written as 'vitamina K' (input alias)",
          [("Tto: fitomenadiona (B02BA01) 10 mg IV", "Tto: vitamina K (B02BA01) 10 mg IV")]),
        T("t_brand", "warfarina as Aldocumar (Spanish brand) in discharge sentence",
          [("Al alta reinicia warfarina 2,5 mg al día", "Al alta reinicia warfarina (Aldocumar) 2,5 mg al día")]),
        P("p_inr", ["HAL002"], "INR 9.4 -> 4.9", [("Al ingreso INR 9.4", "Al ingreso INR 4.9")]),
        P("p_warf_dose", ["HAL003"], "warfarina restart 2,5 mg -> 5 mg al día (5 elsewhere in input)",
          [("reinicia warfarina 2,5 mg al día", "reinicia warfarina 5 mg al día")]),
        P("p_acenoc", ["HAL001"], "anticoagulant named acenocumarol (input: warfarina); no code next to it",
          [("Al alta reinicia warfarina 2,5 mg", "Al alta reinicia acenocumarol 2,5 mg")]),
        P("p_sex", ["DEM001"], "male patient 'Mujer de 80 años'", [("Varón de 80 años", "Mujer de 80 años")]),
        P("p_atc_wrong_label", ["COD005"], "metoprolol written next to the warfarin ATC and vice versa",
          [("mantiene metoprolol (C07AB02)", "mantiene metoprolol (B01AA03)"), ("con warfarina (B01AA03)", "con warfarina (C07AB02)")]),
        P("p_cie_noparen", ["COD001"], "CIE-10 code inline without parentheses",
          [("anticoagulantes circulantes (D68.3).", "anticoagulantes circulantes D68.3.")]),
        P("p_cln_pure", ["CLN001"], "input and output add levotiroxina (H03AA01) with no thyroid diagnosis",
          [("y mantiene metoprolol (C07AB02)", "y mantiene levotiroxina (H03AA01) 50 mcg al día y metoprolol (C07AB02)")],
          inp_sub=[("\"C07AB02\"]", "\"C07AB02\", \"H03AA01\"]"), ("\"Metoprolol\"]", "\"Metoprolol\", \"Levotiroxina\"]"),
                   ("control de INR en 5 días", "levotiroxina 50 mcg al día; control de INR en 5 días")]),
    ]))
