from cases_common import S, T, P

SCEN = []

# s18 Toledo, Traumatologia/Geriatria, fractura de cadera con delirium
SCEN.append(S(
    "s18", "Hospital general, Toledo (Castilla-La Mancha), Traumatología con Geriatría", "dictated prose, orthogeriatrics consultant",
    "nested Spanish; sex 'varon'; long reconciliation list with estados",
    {"paciente": {"sexo": "varon", "edad": 88, "situacion_basal": "Barthel 70, vive con su hija"},
     "motivo": "caída accidental en domicilio con dolor e impotencia funcional de cadera derecha",
     "diagnosticos": [{"cie10": "S72.0", "nombre": "Fractura del cuello del fémur", "lado": "derecho"},
                      {"cie10": "F05.1", "nombre": "Delirium superpuesto a demencia"},
                      {"cie10": "F03", "nombre": "Demencia"}],
     "cirugia": "hemiartroplastia de cadera derecha cementada a las 36 horas del ingreso",
     "complicaciones": "delirium hiperactivo el segundo día postoperatorio, manejado con medidas no farmacológicas y haloperidol",
     "analitica": {"hemoglobina_postoperatoria": "9,4 g/dL", "sodio": "134 mEq/L"},
     "conciliacion": [
         {"farmaco": "Donepezilo", "atc": "N06DA02", "estado": "sin cambios", "pauta": "5 mg cada 24 horas"},
         {"farmaco": "Lorazepam", "atc": "N05BA06", "estado": "suspendido", "motivo": "riesgo de caídas y delirium"},
         {"farmaco": "Haloperidol", "atc": "N05AD01", "estado": "nuevo", "pauta": "0,5 mg por la noche 5 días y suspender"},
         {"farmaco": "Enoxaparina", "atc": "B01AB05", "estado": "nuevo", "pauta": "40 mg cada 24 horas subcutánea 30 días"},
         {"farmaco": "Colecalciferol", "atc": "A11CC05", "estado": "nuevo", "pauta": "25000 UI cada 15 días"}],
     "destino": "domicilio con su hija y rehabilitación domiciliaria",
     "estancia": 9},
    "Ingresa por caída accidental en domicilio con dolor e impotencia funcional de cadera derecha. Varón de 88 "
    "años con demencia (F03), Barthel basal 70, que vive con su hija. Se diagnostica fractura del cuello del "
    "fémur (S72.0) derecho y a las 36 horas del ingreso se realiza hemiartroplastia de cadera derecha cementada. "
    "El segundo día postoperatorio presenta delirium superpuesto a demencia (F05.1) de tipo hiperactivo, que se "
    "maneja con medidas no farmacológicas y haloperidol. Hemoglobina postoperatoria de 9,4 g/dL y sodio 134 "
    "mEq/L. Conciliación al alta: mantiene donepezilo (N06DA02) 5 mg cada 24 horas; se suspende lorazepam "
    "(N05BA06) por riesgo de caídas y delirium; se pauta haloperidol (N05AD01) 0,5 mg por la noche durante 5 "
    "días y suspender, enoxaparina (B01AB05) 40 mg cada 24 horas subcutánea durante 30 días y colecalciferol "
    "(A11CC05) 25000 UI cada 15 días. Tras 9 días de estancia, ya orientado, se va a domicilio con su hija y "
    "rehabilitación domiciliaria.",
    [
        T("t_daughter", "daughter (female) and her words; patient male",
          [("se va a domicilio con su hija", "se va a domicilio con su hija, muy implicada y formada en la prevención del delirium,")]),
        T("t_susp", "lorazepam as suspended benzodiazepine ('no se reintroduce')",
          [("se suspende lorazepam (N05BA06) por riesgo de caídas y delirium;", "lorazepam (N05BA06) queda retirado y no debe reintroducirse por riesgo de caídas y delirium;")]),
        T("t_side_alt", "right hip written as 'cadera dcha.' and femur side in the sentence order changed",
          [("Se diagnostica fractura del cuello del fémur (S72.0) derecho", "Se diagnostica fractura del cuello del fémur (S72.0) del lado derecho"), ("de cadera derecha cementada", "de cadera dcha. cementada")]),
        P("p_side", ["HAL004"], "hemiarthroplasty of the left hip (input: right)",
          [("hemiartroplastia de cadera derecha", "hemiartroplastia de cadera izquierda")]),
        P("p_lora", ["HAL001"], "lorazepam stated as continued at discharge (input: suspended)",
          [("se suspende lorazepam (N05BA06) por riesgo de caídas y delirium;", "se mantiene lorazepam (N05BA06) por la noche;")]),
        P("p_halo", ["HAL003"], "haloperidol 0,5 mg -> 5 mg (5 present elsewhere in input)",
          [("haloperidol (N05AD01) 0,5 mg", "haloperidol (N05AD01) 5 mg")]),
        P("p_sex", ["DEM001"], "male patient: 'Mujer de 88 años', 'orientada'",
          [("Varón de 88", "Mujer de 88"), ("ya orientado", "ya orientada")]),
        P("p_atc_unknown_code_space", ["COD003"], "ATC written inline without parentheses",
          [("(A11CC05) 25000", "A11CC05 25000")]),
        P("p_start_lower", ["FMT001"], "starts lowercase 'ingresa por'",
          [("Ingresa por caída", "ingresa por caída")]),
        P("p_cln_pure", ["CLN001"], "input and output add tamsulosina (G04CA02) with no prostatic/urinary diagnosis (grounded but incoherent)",
          [("30 días y colecalciferol", "30 días, tamsulosina (G04CA02) 0,4 mg cada 24 horas y colecalciferol")],
          inp_sub=[("\"estado\": \"nuevo\", \"pauta\": \"25000 UI cada 15 días\"}", "\"estado\": \"nuevo\", \"pauta\": \"25000 UI cada 15 días\"}, {\"farmaco\": \"Tamsulosina\", \"atc\": \"G04CA02\", \"estado\": \"sin cambios\", \"pauta\": \"0,4 mg cada 24 horas\"}")]),
    ]))

# s19 Popayan, Ortopedia, fractura de tobillo con osteosintesis
SCEN.append(S(
    "s19", "Hospital universitario, Popayán (Colombia), Ortopedia", "telegraphic, resident, Colombian vocabulary",
    "single free-text string without keys (sex 'masc.')",
    "Pcte masc. 31 años, mototaxista. Trauma en accidente de tránsito (moto). Dx: fractura bimaleolar de tobillo "
    "izquierdo (S82.8), desplazada. Sin antecedentes. Rx: fractura de maléolo lateral y medial izquierdo. Cirugía "
    "día 2: reducción abierta y fijación interna (RAFI) con placa tercio de caña en peroné y 2 tornillos canulados "
    "en maléolo medial. Cefazolina (J01DB04) 2 g IV profiláctica. Analgesia: acetaminofén 1 g cada 6 horas VO, "
    "tramadol (N02AX02) 50 mg cada 8 horas VO si dolor fuerte. Tromboprofilaxis: enoxaparina (B01AB05) 40 mg SC "
    "cada 24 horas por 4 semanas. Control Rx postoperatorio: reducción anatómica. Egreso día 4 con férula, "
    "apoyo prohibido 6 semanas, control por consulta externa en 15 días para retiro de puntos.",
    "Ingresa por trauma en accidente de tránsito en moto. Masculino de 31 años, mototaxista, sin antecedentes. "
    "Radiografía: fractura de maléolo lateral y medial izquierdo. Dx: fractura bimaleolar de tobillo izquierdo "
    "(S82.8), desplazada. El día 2 se lleva a cirugía: reducción abierta y fijación interna (RAFI) con placa "
    "tercio de caña en peroné y 2 tornillos canulados en maléolo medial, con profilaxis con cefazolina (J01DB04) "
    "2 g IV. Control radiográfico postoperatorio con reducción anatómica. Analgesia con acetaminofén 1 g cada 6 "
    "horas VO y tramadol (N02AX02) 50 mg cada 8 horas VO si dolor fuerte. Tromboprofilaxis con enoxaparina "
    "(B01AB05) 40 mg SC cada 24 horas por 4 semanas. Egreso el día 4 con férula y apoyo prohibido durante 6 "
    "semanas. Control por consulta externa en 15 días para retiro de puntos. Signos de alarma: dolor que no "
    "cede, aumento del edema, fiebre o secreción por la herida.",
    [
        T("t_side_alt", "left ankle written 'tobillo izq.'",
          [("Dx: fractura bimaleolar de tobillo izquierdo", "Dx: fractura bimaleolar de tobillo izq.")]),
        T("t_synonym", "RAFI written as 'osteosíntesis' and acetaminofén as paracetamol",
          [("reducción abierta y fijación interna (RAFI)", "osteosíntesis (reducción abierta y fijación interna)"),
           ("Analgesia con acetaminofén", "Analgesia con paracetamol")]),
        T("t_nums", "'dos tornillos', 'cuatro semanas', 'seis semanas' in words",
          [("y 2 tornillos canulados", "y dos tornillos canulados"), ("por 4 semanas", "por cuatro semanas"), ("durante 6 semanas", "durante seis semanas")]),
        P("p_side", ["HAL004"], "right ankle (input: left) in diagnosis",
          [("Dx: fractura bimaleolar de tobillo izquierdo", "Dx: fractura bimaleolar de tobillo derecho")]),
        P("p_age", ["DEM001", "HAL002"], "age 31 -> 13 (13 absent)", [("Masculino de 31 años", "Masculino de 13 años")]),
        P("p_screws", ["HAL002"], "3 screws instead of 2 (3 absent from input)",
          [("y 2 tornillos canulados", "y 3 tornillos canulados")]),
        P("p_atc_added", ["COD004"], "ATC N02BE01 added to acetaminofén (uncoded in input)",
          [("Analgesia con acetaminofén 1 g", "Analgesia con acetaminofén (N02BE01) 1 g")]),
        P("p_cie_added", ["COD002"], "adds external-cause code V29.4 (motorcycle driver, traffic collision), absent from input",
          [("accidente de tránsito en moto.", "accidente de tránsito en moto (V29.4).")]),
        P("p_short", ["FMT003"], "too short (<80 words) with all codes",
          full="Ingresa por accidente de tránsito en moto. Masculino de 31 años. Fractura bimaleolar de tobillo izquierdo "
               "(S82.8). RAFI el día 2 con placa y 2 tornillos, cefazolina (J01DB04) profiláctica. Tramadol (N02AX02) si "
               "dolor fuerte y enoxaparina (B01AB05) por 4 semanas. Egreso el día 4 con férula, sin apoyo 6 semanas."),
        P("p_tram", ["HAL003"], "tramadol route VO -> IV at discharge analgesia",
          [("tramadol (N02AX02) 50 mg cada 8 horas VO", "tramadol (N02AX02) 50 mg cada 8 horas IV")]),
    ]))
