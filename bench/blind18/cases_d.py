from cases_common import S, T, P, rep_sentence, fmt1, fmt2, cod001, cod001_pair, cod003, cod006, cod005_swap, cod007

SCEN = []

# 14 COPD exacerbation, Tenerife short-stay unit, list of {section, content} with English section names
SCEN.append(S("epoc_tenerife", "Unidad de Corta Estancia, Hospital del Sur de Tenerife (Canarias)", "dictated prose", "list of {section, content} strings, English section names",
 [{"section": "Patient", "content": "Varón, 71 años, exfumador de 50 paquetes-año"},
  {"section": "Setting", "content": "Hospital del Sur de Tenerife, Unidad de Corta Estancia"},
  {"section": "Presenting complaint", "content": "aumento de disnea, tos y esputo purulento de 4 días"},
  {"section": "Findings", "content": "SatO2 86% basal, FR 28 rpm, roncus y sibilancias bilaterales"},
  {"section": "Tests", "content": "pH 7,36; pCO2 48 mmHg; pO2 54 mmHg; leucocitos 13200/mm3; PCR 42 mg/L; radiografía sin consolidación"},
  {"section": "Diagnoses", "content": "J44.1 EPOC con exacerbación aguda"},
  {"section": "Treatment", "content": "amoxicilina/ácido clavulánico (J01CR02) 875/125 mg cada 8 horas vía oral; prednisona (H02AB07) 40 mg cada 24 horas; "
                                     "salbutamol/ipratropio nebulizado cada 6 horas; oxígeno con gafas nasales a 2 L/min"},
  {"section": "Home medication", "content": "tiotropio (R03BB04) 18 mcg cada 24 horas"},
  {"section": "Outcome", "content": "SatO2 92% con 1 L/min al tercer día, alta a las 72 horas"},
  {"section": "Discharge", "content": "completar 7 días de antibiótico y 5 de prednisona, continuar tiotropio, control por su médico de familia en 1 semana"}],
 """Ingresa por aumento de disnea, tos y esputo purulento de 4 días de evolución en varón de 71 años, exfumador de 50 paquetes-año, en tratamiento habitual
 con tiotropio (R03BB04) 18 mcg cada 24 horas. A su llegada presenta SatO2 86% basal, FR 28 rpm, roncus y sibilancias bilaterales. Gasometría con pH 7,36,
 pCO2 48 mmHg y pO2 54 mmHg; leucocitos 13200/mm3 y PCR 42 mg/L, con radiografía sin consolidación. Se diagnostica EPOC con exacerbación aguda (J44.1).
 Recibe amoxicilina/ácido clavulánico (J01CR02) 875/125 mg cada 8 horas vía oral, prednisona (H02AB07) 40 mg cada 24 horas, salbutamol/ipratropio nebulizado
 cada 6 horas y oxígeno con gafas nasales a 2 L/min. Al tercer día mantiene SatO2 92% con 1 L/min y se decide el alta a las 72 horas de estancia en la
 Unidad de Corta Estancia, con indicación de completar 7 días de antibiótico y 5 de prednisona, continuar tiotropio y control por su médico de familia en
 1 semana.""",
 [
  T("Spiriva brand for tiotropio; label spelled out", ("tiotropio (R03BB04)", "Spiriva (R03BB04)"),
    ("EPOC con exacerbación aguda (J44.1)", "enfermedad pulmonar obstructiva crónica agudizada (J44.1)")),
  T("non-invasive ventilation explicitly not needed", ("Al tercer día mantiene", "No precisó ventilación mecánica no invasiva. Al tercer día mantiene")),
  T("'ambos hemitórax' for bilateral; 'cincuenta paquetes-año'", ("roncus y sibilancias bilaterales", "roncus y sibilancias en ambos hemitórax"), ("de 50 paquetes-año", "de cincuenta paquetes-año")),
  T("'paciente masculino' phrasing for varón", ("en varón de 71 años", "en paciente masculino de 71 años")),
  P("DEM001", "sex changed: mujer", ("en varón de 71 años", "en mujer de 71 años")),
  P("HAL002", "pCO2 48 -> 58 mmHg", ("pCO2 48 mmHg", "pCO2 58 mmHg")),
  P("HAL004", "bilateral wheeze becomes left hemithorax only", ("roncus y sibilancias bilaterales", "roncus y sibilancias en hemitórax izquierdo")),
  P("HAL003", "amoxicillin/clavulanate route oral -> intravenosa", ("875/125 mg cada 8 horas vía oral", "875/125 mg cada 8 horas vía intravenosa")),
  P("COD004", "ATC R03AL02 added to salbutamol/ipratropio, uncoded in input", ("salbutamol/ipratropio nebulizado", "salbutamol/ipratropio (R03AL02) nebulizado")),
  P("REP001", "degenerate n-gram loop at the end", ("en 1 semana.", "en 1 semana, control por su médico de familia, control por su médico de familia, control por su médico de familia, control por su médico de familia.")),
  cod001("J44.1"),
 ]))

# 15 AF with rapid response, Menorca ED observation area, English keys with strings
SCEN.append(S("fa_menorca", "Observación de urgencias, Hospital Mateu Orfila, Maó (Menorca)", "dictated prose", "English flat keys, all values strings",
 {"patient_sex": "mujer", "patient_age": "79", "setting": "Área de observación de urgencias, Hospital Mateu Orfila, Maó (Menorca)",
  "complaint": "palpitaciones y disnea de 6 horas", "history": "HTA (I10) en tratamiento con enalapril (C09AA02) 20 mg cada 24 horas",
  "ecg": "fibrilación auricular con respuesta ventricular rápida a 148 lpm", "bp": "132/84 mmHg",
  "labs": "TSH 1,9 mUI/L; potasio 4,2 mEq/L; troponina negativa", "echo": "FEVI 58%, aurícula izquierda dilatada",
  "diagnoses": "I48.0 Fibrilación auricular paroxística", "scores": "CHA2DS2-VASc 4",
  "drugs_given": "digoxina (C01AA05) 0,25 mg intravenosa; bisoprolol (C07AB07) 2,5 mg cada 24 horas vía oral; apixabán (B01AF02) 5 mg cada 12 horas vía oral",
  "outcome": "FC 82 lpm a las 20 horas, persiste en FA", "discharge": "continuar bisoprolol, apixabán y enalapril; control en cardiología en 3 semanas"},
 """Ingresa por palpitaciones y disnea de 6 horas de evolución en mujer de 79 años con hipertensión arterial (I10) en tratamiento con enalapril (C09AA02)
 20 mg cada 24 horas. El ECG muestra fibrilación auricular con respuesta ventricular rápida a 148 lpm, con PA 132/84 mmHg. Laboratorio con TSH 1,9 mUI/L,
 potasio 4,2 mEq/L y troponina negativa. El ecocardiograma informa FEVI 58% y aurícula izquierda dilatada. Se diagnostica fibrilación auricular paroxística
 (I48.0) con CHA2DS2-VASc de 4. Se administra digoxina (C01AA05) 0,25 mg intravenosa y se inicia bisoprolol (C07AB07) 2,5 mg cada 24 horas vía oral y
 apixabán (B01AF02) 5 mg cada 12 horas vía oral. A las 20 horas presenta FC 82 lpm, persistiendo en fibrilación auricular. Se da de alta desde el área de
 observación de urgencias del Hospital Mateu Orfila con indicación de continuar bisoprolol, apixabán y enalapril, y control en cardiología en 3 semanas.""",
 [
  T("FA con RVR abbreviation; Eliquis brand", ("fibrilación auricular con respuesta ventricular rápida a 148 lpm", "FA con RVR a 148 lpm"), ("apixabán (B01AF02)", "Eliquis (B01AF02)")),
  T("rate control chosen, cardioversion explicitly not done", ("A las 20 horas", "Se opta por control de frecuencia sin cardioversión. A las 20 horas")),
  T("daughter (female) and her son mentioned; 'señora' keeps female", ("Se da de alta desde", "La señora se da de alta, acompañada por su hijo, desde")),
  P("DEM001", "sex changed: varón", ("en mujer de 79 años", "en varón de 79 años")),
  P("HAL003", "apixaban 5 mg -> 2,5 mg cada 12 horas (2,5 is bisoprolol's dose in input)", ("apixabán (B01AF02) 5 mg", "apixabán (B01AF02) 2,5 mg")),
  P("HAL004", "left atrium becomes right atrium", ("aurícula izquierda dilatada", "aurícula derecha dilatada")),
  P("HAL001", "invented electrical cardioversion", ("A las 20 horas presenta FC 82 lpm, persistiendo en fibrilación auricular.", "Tras cardioversión eléctrica presenta FC 82 lpm.")),
  P("HAL002", "FEVI 58% -> 65%", ("FEVI 58%", "FEVI 65%")),
  P(["HAL001", "CLN001"], "levofloxacino added with no infection", ("vía oral y apixabán", "vía oral, levofloxacino y apixabán")),
  cod005_swap("I10", "I48.0"),
  P("COD002", "R00.2 added to palpitaciones; the input has no code for it", ("Ingresa por palpitaciones", "Ingresa por palpitaciones (R00.2)")),
 ]))
