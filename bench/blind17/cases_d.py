from cases_common import S, T, P

# ---------------------------------------------------------------- D1 vascular surgery, Santiago
S("D1-vascular-bypass-femoropopliteo", "Cirugía Vascular Periférica, Hospital del Salvador, Santiago (Chile)",
  "prosa chilena (ortejo, policlínico)", "objeto anidado en español, farmacos como lista de objetos",
  {
      "servicio": "Cirugía Vascular Periférica - Hospital del Salvador, Santiago",
      "paciente": {"sexo": "masculino", "edad": 68},
      "motivo": "dolor de reposo y úlcera en primer ortejo del pie izquierdo de 3 semanas",
      "comorbilidades": [
          {"cie10": "E11.5", "nombre": "diabetes mellitus tipo 2 con complicaciones circulatorias periféricas"},
          {"cie10": "I10", "nombre": "hipertensión arterial"},
          {"cie10": "Z72.0", "nombre": "tabaquismo"},
      ],
      "examen": "pulsos poplíteo y distales ausentes en extremidad inferior izquierda; índice tobillo-brazo izquierdo 0,32",
      "angioTAC": "oclusión de arteria femoral superficial izquierda con recanalización en poplítea infragenicular",
      "diagnostico": {"cie10": "I70.2", "nombre": "aterosclerosis de arterias de extremidades con isquemia crítica"},
      "cirugia": "bypass femoropoplíteo infragenicular izquierdo con vena safena interna ipsilateral",
      "farmacos": [
          {"atc": "B01AC06", "nombre": "ácido acetilsalicílico", "dosis": "100 mg al día VO"},
          {"atc": "B01AC04", "nombre": "clopidogrel", "dosis": "75 mg al día VO"},
          {"atc": "C10AA05", "nombre": "atorvastatina", "dosis": "80 mg al día VO"},
          {"atc": "A10AE04", "nombre": "insulina glargina", "dosis": "18 UI en la noche SC"},
          {"atc": "J01DB04", "nombre": "cefazolina", "dosis": "2 g EV profiláctica"},
      ],
      "evolucion": "pulso pedio palpable postoperatorio, índice tobillo-brazo 0,89, herida operatoria sin complicaciones",
      "dias_estadia": 7,
      "indicaciones": "curación de úlcera en policlínico, suspensión del tabaco, control en 2 semanas",
  },
  "Ingresa por dolor de reposo y úlcera en el primer ortejo del pie izquierdo de 3 semanas, en paciente masculino de "
  "68 años con diabetes mellitus tipo 2 con complicaciones circulatorias periféricas (E11.5), hipertensión arterial "
  "(I10) y tabaquismo (Z72.0). Al examen, pulsos poplíteo y distales ausentes en la extremidad inferior izquierda, con "
  "índice tobillo-brazo izquierdo de 0,32. El angioTAC muestra oclusión de la arteria femoral superficial izquierda "
  "con recanalización en poplítea infragenicular. Se diagnostica aterosclerosis de arterias de extremidades con "
  "isquemia crítica (I70.2) y se realiza bypass femoropoplíteo infragenicular izquierdo con vena safena interna "
  "ipsilateral, con profilaxis con cefazolina (J01DB04) 2 g EV. Evoluciona con pulso pedio palpable, índice "
  "tobillo-brazo de 0,89 y herida operatoria sin complicaciones. Alta al día 7 con ácido acetilsalicílico (B01AC06) "
  "100 mg al día, clopidogrel (B01AC04) 75 mg al día, atorvastatina (C10AA05) 80 mg al día e insulina glargina "
  "(A10AE04) 18 UI en la noche, con curación de úlcera en policlínico, suspensión del tabaco y control en 2 semanas.",
  [
      T("AAS abbreviation", [("ácido acetilsalicílico (B01AC06)", "AAS (B01AC06)")]),
      T("hallux for primer ortejo, ITB abbreviation",
        [("en el primer ortejo del pie izquierdo", "en el hallux del pie izquierdo"), ("índice tobillo-brazo de 0,89", "ITB de 0,89")]),
      T("negated procedure: no amputation needed",
        [("y herida operatoria sin complicaciones.", "y herida operatoria sin complicaciones, sin requerir amputación.")]),
      T("'vena safena mayor del mismo lado' for 'vena safena interna ipsilateral'",
        [("con vena safena interna ipsilateral", "con vena safena mayor del mismo lado")]),
      P(["HAL004"], "bypass on the right (input left)",
        [("bypass femoropoplíteo infragenicular izquierdo", "bypass femoropoplíteo infragenicular derecho")]),
      P(["HAL004"], "ulcer on the right foot (input left)", [("del pie izquierdo de 3 semanas", "del pie derecho de 3 semanas")]),
      P(["DEM001"], "sex flipped: paciente femenina", [("en paciente masculino de", "en paciente femenina de")]),
      P(["HAL003"], "insulina glargina route EV (input SC)", [("(A10AE04) 18 UI en la noche", "(A10AE04) 18 UI EV en la noche")]),
      P(["COD006"], "Z72.0 dropped", [("y tabaquismo (Z72.0)", "y tabaquismo")]),
      P(["CLN001"], "input and output add sertralina without a psychiatric diagnosis",
        [("80 mg al día e insulina glargina (A10AE04) 18 UI en la noche,", "80 mg al día, insulina glargina (A10AE04) 18 UI en la noche y sertralina (N06AB06) 50 mg al día,")],
        input_reps=[('"farmacos": [', '"farmacos": [{"atc": "N06AB06", "nombre": "sertralina", "dosis": "50 mg al día VO"}, ')]),
      P(["HAL001"], "toe amputation invented",
        [("ipsilateral, con profilaxis", "ipsilateral y amputación del primer ortejo, con profilaxis")]),
  ])

# ---------------------------------------------------------------- D2 ENT peritonsillar abscess, CDMX
S("D2-orl-absceso-periamigdalino", "Otorrinolaringología, Hospital General de México Dr. Eduardo Liceaga (México)",
  "telegráfico mexicano con abreviaturas (EF:, Dx:, Tx:)", "mapa plano, sexo 'F', fecha de nacimiento y de ingreso",
  {
      "unidad": "Otorrinolaringología - Hospital General de México Dr. Eduardo Liceaga",
      "sexo": "F", "fecha_nacimiento": "2001-11-30", "fecha_ingreso": "2024-06-12",
      "padecimiento_actual": "odinofagia intensa, trismus y voz de papa caliente de 4 días, fiebre de 38,6 °C",
      "antecedentes": "amigdalitis de repetición, sin alergias",
      "exploracion": "abombamiento del pilar amigdalino anterior derecho con desviación de la úvula a la izquierda",
      "tac_cuello": "colección periamigdalina derecha de 2,5 x 1,8 cm sin extensión a espacio parafaríngeo",
      "dx": [{"cie10": "J36", "dx": "absceso periamigdalino"}],
      "procedimiento": "drenaje transoral por punción-incisión bajo anestesia local, 6 mL de material purulento",
      "tx": [
          {"atc": "J01FF01", "medicamento": "clindamicina", "posologia": "600 mg IV cada 8 horas"},
          {"atc": "H02AB02", "medicamento": "dexametasona", "posologia": "8 mg IV dosis única"},
          {"atc": "M01AE01", "medicamento": "ibuprofeno", "posologia": "400 mg VO cada 8 horas"},
      ],
      "evolucion": "mejoría del trismus a las 24 horas, tolerancia a la vía oral",
      "egreso": {"dias_estancia": 3, "receta": "clindamicina 300 mg VO cada 6 horas hasta completar 10 días"},
  },
  "Ingresa por odinofagia intensa, trismus y voz de papa caliente de 4 días con fiebre de 38,6 °C. Femenino de 22 "
  "años con antecedente de amigdalitis de repetición, sin alergias. EF: abombamiento del pilar amigdalino anterior "
  "derecho con desviación de la úvula a la izquierda. TAC de cuello: colección periamigdalina derecha de 2,5 x 1,8 cm "
  "sin extensión a espacio parafaríngeo. Dx: absceso periamigdalino (J36). Se realiza drenaje transoral por "
  "punción-incisión bajo anestesia local, con salida de 6 mL de material purulento. Tx: clindamicina (J01FF01) 600 mg "
  "IV cada 8 horas, dexametasona (H02AB02) 8 mg IV dosis única e ibuprofeno (M01AE01) 400 mg VO cada 8 horas. "
  "Evolución: mejoría del trismus a las 24 horas y tolerancia a la vía oral. Egresa a los 3 días con clindamicina "
  "300 mg VO cada 6 horas hasta completar 10 días.",
  [
      T("side said another way: 'del lado derecho'",
        [("pilar amigdalino anterior derecho", "pilar amigdalino anterior del lado derecho")]),
      T("uvula deviation described as contralateral (no explicit side)",
        [("con desviación de la úvula a la izquierda", "con desviación contralateral de la úvula")]),
      T("sex and age as 'Mujer de veintidós años'", [("Femenino de 22 años", "Mujer de veintidós años")]),
      T("negated procedures: no hot tonsillectomy, no tracheostomy",
        [("con salida de 6 mL de material purulento.", "con salida de 6 mL de material purulento; no se requirió amigdalectomía en caliente ni traqueostomía.")]),
      P(["HAL004"], "collection on the left (input right)", [("colección periamigdalina derecha", "colección periamigdalina izquierda")]),
      P(["DEM001", "HAL002"], "age 23 but dates give 22 (23 absent)", [("Femenino de 22", "Femenino de 23")]),
      P(["HAL003"], "discharge clindamicina cada 8 horas (input cada 6; 8 exists elsewhere)",
        [("clindamicina 300 mg VO cada 6 horas", "clindamicina 300 mg VO cada 8 horas")]),
      P(["FMT001"], "'Paciente ingresa por'", [("Ingresa por odinofagia", "Paciente ingresa por odinofagia")]),
      P(["HAL001"], "tonsillectomy invented",
        [("Se realiza drenaje transoral", "Se realiza amigdalectomía derecha y drenaje transoral")]),
      P(["CLN001"], "input and output add losartán without hypertension",
        [("dosis única e ibuprofeno (M01AE01) 400 mg VO cada 8 horas.", "dosis única, ibuprofeno (M01AE01) 400 mg VO cada 8 horas y losartán (C09CA01) 50 mg VO al día.")],
        input_reps=[('"tx": [', '"tx": [{"atc": "C09CA01", "medicamento": "losartán", "posologia": "50 mg VO al día"}, ')]),
      P(["REP001"], "sentence repeated verbatim",
        [("Dx: absceso periamigdalino (J36).", "Dx: absceso periamigdalino (J36). Dx: absceso periamigdalino (J36).")]),
  ], age_from_dates=22)

# ---------------------------------------------------------------- D3 retinal detachment, Bogotá
S("D3-oftalmo-desprendimiento-retina", "Retina y vítreo, Clínica Barraquer, Bogotá (Colombia)",
  "prosa oftalmológica con siglas OD/OI", "objeto con paciente como cadena 'varón, 58 años' y agudeza por ojo",
  {
      "institucion": "Clínica Barraquer, Bogotá - Retina y vítreo",
      "paciente": "varón, 58 años, miope alto",
      "motivo": "miodesopsias y cortina visual inferior en ojo derecho de 5 días",
      "agudeza_visual": {"OD": "cuenta dedos a 1 metro", "OI": "20/25"},
      "fondo_de_ojo": "desprendimiento de retina regmatógeno temporal superior OD con mácula desprendida, desgarro en herradura a las 11",
      "diagnostico": [{"cie10": "H33.0", "desc": "desprendimiento de retina con ruptura"}, {"cie10": "H52.1", "desc": "miopía"}],
      "cirugia": "vitrectomía pars plana 23G OD con endoláser y taponamiento con gas SF6 al 20%",
      "medicacion": [
          {"atc": "S01CA01", "nombre": "dexametasona/tobramicina colirio", "pauta": "1 gota cada 4 horas OD"},
          {"atc": "S01FA01", "nombre": "atropina 1% colirio", "pauta": "1 gota cada 12 horas OD"},
          {"atc": "S01EC01", "nombre": "acetazolamida", "pauta": "250 mg VO cada 8 horas por 3 días"},
      ],
      "evolucion": "retina aplicada, presión intraocular 17 mmHg al día 1",
      "egreso": "posición boca abajo 50 minutos de cada hora por 7 días; no viajar en avión mientras persista el gas",
  },
  "Ingresa por miodesopsias y cortina visual inferior en ojo derecho de 5 días, en un varón de 58 años, miope alto "
  "(H52.1). Agudeza visual: OD cuenta dedos a 1 metro y OI 20/25. El fondo de ojo muestra desprendimiento de retina "
  "regmatógeno temporal superior OD con mácula desprendida y desgarro en herradura a las 11, por lo que se "
  "diagnostica desprendimiento de retina con ruptura (H33.0). Se realiza vitrectomía pars plana 23G OD con endoláser "
  "y taponamiento con gas SF6 al 20%. Se indica dexametasona/tobramicina colirio (S01CA01) 1 gota cada 4 horas OD, "
  "atropina 1% colirio (S01FA01) 1 gota cada 12 horas OD y acetazolamida (S01EC01) 250 mg VO cada 8 horas por 3 "
  "días. Al día 1 la retina está aplicada, con presión intraocular de 17 mmHg. Egresa con posición boca abajo 50 "
  "minutos de cada hora por 7 días y la indicación de no viajar en avión mientras persista el gas.",
  [
      T("OD expanded / ojo derecho abbreviated", [("en ojo derecho de 5 días", "en el ojo derecho (OD) de 5 días"),
                                                    ("vitrectomía pars plana 23G OD", "vitrectomía pars plana 23G en ojo derecho")]),
      T("other eye named as ojo izquierdo (fellow eye, not the operated one)", [("y OI 20/25", "y ojo izquierdo 20/25")]),
      T("brand Tobradex for dexametasona/tobramicina", [("dexametasona/tobramicina colirio (S01CA01)", "Tobradex colirio (S01CA01)")]),
      T("negated device: silicone oil not used",
        [("y taponamiento con gas SF6 al 20%.", "y taponamiento con gas SF6 al 20%, sin necesidad de aceite de silicona.")]),
      P(["HAL004"], "vitrectomy in the left eye (input OD)", [("vitrectomía pars plana 23G OD", "vitrectomía pars plana 23G OI")]),
      P(["HAL004"], "symptoms in the left eye (input right)", [("en ojo derecho de 5 días", "en ojo izquierdo de 5 días")]),
      P(["HAL003"], "acetazolamida route IV (input VO)", [("(S01EC01) 250 mg VO", "(S01EC01) 250 mg IV")]),
      P(["DEM001"], "sex flipped: una mujer", [("en un varón de 58 años, miope alto", "en una mujer de 58 años, miope alta")]),
      P(["HAL001"], "silicone oil tamponade (device not in input)",
        [("taponamiento con gas SF6 al 20%", "taponamiento con aceite de silicona")]),
      P(["COD005"], "codes of myopia and detachment swapped",
        [("miope alto (H52.1)", "miope alto (H33.0)"), ("retina con ruptura (H33.0)", "retina con ruptura (H52.1)")]),
      P(["COD003", "COD006"], "malformed ATC S01CA1 (input S01CA01 therefore omitted)",
        [("colirio (S01CA01)", "colirio (S01CA1)")]),
      P(["FMT002"], "markdown table for visual acuity",
        [("Agudeza visual: OD cuenta dedos a 1 metro y OI 20/25.", "Agudeza visual:\n| OD | OI |\n| cuenta dedos a 1 metro | 20/25 |\n")]),
  ])

# ---------------------------------------------------------------- D4 TEN, Maracaibo
D4_SHORT = ("Ingresa por exantema ampolloso doloroso con erosiones mucosas de 3 días, mujer de 41 años con gota (M10.9) "
            "tratada con alopurinol (M04AA01). Necrólisis epidérmica tóxica (L51.2) con 35% de superficie afectada. Se "
            "suspende alopurinol. Ciclosporina (L04AD01) 3 mg/kg/día VO y morfina (N02AA01) 2 mg IV cada 4 horas. "
            "Egresa al día 20.")
S("D4-dermato-necrolisis-epidermica", "Dermatología y unidad de quemados, Hospital Universitario de Maracaibo (Venezuela)",
  "prosa venezolana", "mapa plano con claves en inglés, sexo 'female'",
  {
      "hospital": "Servicio de Dermatología - Hospital Universitario de Maracaibo",
      "sex": "female", "age": 41,
      "presenting_complaint": "exantema maculopapular doloroso con ampollas y erosiones de mucosa oral, conjuntival y genital de 3 días",
      "trigger": "alopurinol iniciado 3 semanas antes por gota",
      "history_dx": [{"cie10": "M10.9", "label": "gota"}],
      "main_dx": [{"cie10": "L51.2", "label": "necrólisis epidérmica tóxica"}],
      "bsa_detached": "35% de superficie corporal con desprendimiento epidérmico",
      "scorten": "SCORTEN 3",
      "causal_drug": {"atc": "M04AA01", "name": "alopurinol", "status": "suspendido definitivamente"},
      "treatment": [
          {"atc": "L04AD01", "name": "ciclosporina", "dose": "3 mg/kg/día VO por 7 días"},
          {"atc": "N02AA01", "name": "morfina", "dose": "2 mg IV cada 4 horas según dolor"},
      ],
      "care": "manejo en unidad de quemados, curas con apósitos no adherentes, valoración oftalmológica diaria",
      "outcome": "reepitelización del 90% al día 18, sin sobreinfección",
      "los": 20,
  },
  "Ingresa por exantema maculopapular doloroso con ampollas y erosiones de mucosa oral, conjuntival y genital de 3 "
  "días, en una mujer de 41 años con gota (M10.9) que había iniciado alopurinol (M04AA01) 3 semanas antes. Presenta "
  "desprendimiento epidérmico del 35% de la superficie corporal, con SCORTEN 3, y se diagnostica necrólisis "
  "epidérmica tóxica (L51.2). Se suspende definitivamente el alopurinol y se maneja en la unidad de quemados con "
  "curas con apósitos no adherentes y valoración oftalmológica diaria. Recibe ciclosporina (L04AD01) 3 mg/kg/día VO "
  "por 7 días y morfina (N02AA01) 2 mg IV cada 4 horas según dolor. Evoluciona sin sobreinfección, con "
  "reepitelización del 90% al día 18. Egresa tras 20 días de hospitalización, con el alopurinol suspendido "
  "definitivamente como fármaco causal de la reacción.",
  [
      T("eponym synonym: síndrome de Lyell", [("se diagnostica necrólisis epidérmica tóxica (L51.2)", "se diagnostica necrólisis epidérmica tóxica o síndrome de Lyell (L51.2)")]),
      T("negated drugs: no systemic corticosteroids, no IVIG",
        [("según dolor.", "según dolor; no se administran corticoides sistémicos ni inmunoglobulina intravenosa.")]),
      T("male staff (el oftalmólogo) in a female patient's summary",
        [("y valoración oftalmológica diaria.", "y valoración diaria por el oftalmólogo de guardia.")]),
      P(["DEM001"], "sex flipped: un hombre", [("en una mujer de 41 años", "en un hombre de 41 años")]),
      P(["HAL002"], "body surface 53% (input 35%; absent)", [("del 35% de la superficie", "del 53% de la superficie")]),
      P(["HAL003"], "ciclosporina route IV (input VO)", [("(L04AD01) 3 mg/kg/día VO", "(L04AD01) 3 mg/kg/día IV")]),
      P(["HAL001"], "IVIG given (not in input)", [("Recibe ciclosporina", "Recibe inmunoglobulina intravenosa, ciclosporina")]),
      P(["COD006"], "alopurinol code dropped", [("iniciado alopurinol (M04AA01)".replace("iniciado", "había iniciado"), "había iniciado alopurinol")]),
      P(["COD007"], "input and output carry non-existent L52.3 for TEN",
        [("epidérmica tóxica (L51.2)", "epidérmica tóxica (L52.3)")], input_reps=[('"L51.2"', '"L52.3"')]),
      P(["CLN001"], "input and output add amiodarona without arrhythmia",
        [("según dolor. Evoluciona", "según dolor, además de amiodarona (C01BD01) 200 mg VO al día. Evoluciona")],
        input_reps=[('"treatment": [', '"treatment": [{"atc": "C01BD01", "name": "amiodarona", "dose": "200 mg VO al día"}, ')]),
      P(["FMT003"], "telegraphic summary under 80 words (all codes kept)", [("*", D4_SHORT)]),
  ])
