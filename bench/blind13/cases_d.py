# Scenarios D: traumatology (hip fracture in the elderly, polytrauma, wrist),
# burns unit, plastic surgery.  Spain, Colombia, Mexico, Peru, Argentina.

CASES = []

# ---------------------------------------------------------------- D1 Spain
CASES.append({
    "key": "D1_es_fractura_cadera_fhir",
    "setting": "España, clínica privada, Traumatología (fractura de cadera del anciano); FHIR con fecha de nacimiento",
    "allow_numbers": ["89"],
    "input": {
        "resourceType": "Bundle",
        "source": "Clínica privada, Valencia - Traumatología",
        "entry": [
            {"resource": {"resourceType": "Patient", "gender": "female", "birthDate": "1934-11-02"}},
            {"resource": {"resourceType": "Encounter", "class": "inpatient", "serviceType": "Traumatología y Cirugía Ortopédica",
                          "period": {"start": "2024-04-09", "end": "2024-04-17"},
                          "reasonCode": [{"text": "caída casual en domicilio con dolor e impotencia funcional de cadera izquierda"}]}},
            {"resource": {"resourceType": "Condition", "code": {"coding": [{"system": "ICD-10", "code": "S72.1", "display": "Fractura pertrocantérea de fémur"}]},
                          "bodySite": [{"text": "izquierda"}]}},
            {"resource": {"resourceType": "Condition", "code": {"coding": [{"system": "ICD-10", "code": "F05.9", "display": "Delirium postoperatorio"}]},
                          "clinicalStatus": {"text": "resolved"}}},
            {"resource": {"resourceType": "Condition", "code": {"coding": [{"system": "ICD-10", "code": "D62", "display": "Anemia aguda posthemorrágica"}]}}},
            {"resource": {"resourceType": "Procedure", "code": {"text": "Osteosíntesis con clavo endomedular cefalomedular (PFNA)"},
                          "bodySite": [{"text": "fémur izquierdo"}]}},
            {"resource": {"resourceType": "Procedure", "code": {"text": "Transfusión de 2 concentrados de hematíes"}}},
            {"resource": {"resourceType": "Observation", "code": {"text": "Hemoglobina postoperatoria"},
                          "valueQuantity": {"value": 8.1, "unit": "g/dL"}, "referenceRange": [{"text": "12-16"}]}},
            {"resource": {"resourceType": "Observation", "code": {"text": "Hemoglobina al alta"}, "valueQuantity": {"value": 10.3, "unit": "g/dL"}}},
            {"resource": {"resourceType": "Observation", "code": {"text": "Frecuencia cardíaca"}, "valueQuantity": {"value": 88, "unit": "lpm"}}},
            {"resource": {"resourceType": "MedicationRequest", "medicationCodeableConcept": {"coding": [{"system": "ATC", "code": "B01AB05", "display": "Enoxaparina (Clexane)"}]},
                          "dosageInstruction": [{"text": "40 mg SC cada 24 horas durante 30 días"}]}},
            {"resource": {"resourceType": "MedicationRequest", "medicationCodeableConcept": {"coding": [{"system": "ATC", "code": "N02BB02", "display": "Metamizol"}]},
                          "dosageInstruction": [{"text": "575 mg cada 8 horas VO"}]}},
            {"resource": {"resourceType": "MedicationRequest", "medicationCodeableConcept": {"coding": [{"system": "ATC", "code": "N05AD01", "display": "Haloperidol"}]},
                          "dosageInstruction": [{"text": "0,5 mg puntual nocturno, suspendido al resolverse el delirium"}]}},
            {"resource": {"resourceType": "CarePlan", "description": "sedestación y carga parcial con andador; rehabilitación domiciliaria; revisión en consultas externas en 6 semanas con radiografía de control"}},
        ],
    },
    "output": (
        "Ingresa por caída casual en domicilio con dolor e impotencia funcional de cadera izquierda. Paciente de 89 años; "
        "Dx fractura pertrocantérea de fémur (S72.1) izquierdo. Es intervenida mediante osteosíntesis con clavo "
        "cefalomedular (PFNA) en fémur izquierdo. En el postoperatorio presenta anemia aguda posthemorrágica (D62) con "
        "hemoglobina de 8,1 g/dL, que requiere transfusión de 2 concentrados de hematíes, alcanzando 10,3 g/dL al alta, y "
        "un delirium postoperatorio (F05.9) que cede con haloperidol (N05AD01) 0,5 mg nocturno, suspendido "
        "posteriormente. Inicia sedestación y carga parcial con andador. Alta con Clexane (B01AB05) 40 mg SC c/24h "
        "durante 30 días y Nolotil (N02BB02) 575 mg c/8h VO. Rehabilitación domiciliaria y revisión en consultas "
        "externas en 6 semanas con radiografía de control."),
    "variants": [
        {"exp": [], "note": "clean: age 89 derived from 1934-11-02 / 2024-04-09; Nolotil is the Spanish brand of metamizol (brand not in input); enoxaparina as Clexane"},
        {"exp": [], "out": [("Paciente de 89 años;", "Paciente octogenaria;")], "note": "trap clean: age in words consistent with 89"},
        {"exp": ["HAL004"], "out": [("impotencia funcional de cadera izquierda", "impotencia funcional de cadera derecha")], "note": "hip side contradicts input"},
        {"exp": ["DEM001"], "out": [("Paciente de 89 años", "Paciente de 88 años")],
         "note": "88 (heart rate) contradicts the age derived from dates (89)"},
        {"exp": ["HAL003"], "out": [("Clexane (B01AB05) 40 mg SC c/24h", "Clexane (B01AB05) 40 mg SC c/8h")], "note": "enoxaparin interval contradicts cada 24 horas"},
    ],
})

# ---------------------------------------------------------------- D2 Colombia
CASES.append({
    "key": "D2_co_politrauma_militar",
    "setting": "Colombia, hospital militar, Cirugía de Trauma/UCI; politrauma por artefacto explosivo",
    "input": {
        "hospital": "Hospital Militar Central, Bogotá",
        "servicio": "Cirugía de Trauma / UCI",
        "paciente": {"sexo": "masculino", "edad": 31, "condicion": "soldado profesional, herido por artefacto explosivo"},
        "lesiones": [{"cie10": "S27.0", "descripcion": "Neumotórax traumático derecho"},
                     {"cie10": "S72.3", "descripcion": "Fractura de diáfisis de fémur derecho"},
                     {"cie10": "S36.0", "descripcion": "Laceración esplénica grado III"}],
        "procedimientos": [
            {"nombre": "Toracostomía cerrada derecha con tubo de tórax", "dia": 0},
            {"nombre": "Esplenectomía por laparotomía", "dia": 0},
            {"nombre": "Fijador externo en fémur derecho, luego enclavado endomedular", "dia": "0 y 5"},
            {"nombre": "Ventilación mecánica invasiva 3 días en UCI"},
            {"nombre": "Transfusión masiva: 6 unidades de glóbulos rojos, 6 de plasma y 1 aféresis de plaquetas"}],
        "laboratorio": {"hemoglobina_ingreso": "6,9 g/dL", "lactato": "5,8 mmol/L", "hemoglobina_egreso": "10,8 g/dL"},
        "medicamentos_egreso": [{"atc": "B01AB05", "nombre": "Enoxaparina", "dosis": "40 mg SC cada 24 horas"},
                                {"atc": "N02AX02", "nombre": "Tramadol", "dosis": "50 mg VO cada 8 horas"}],
        "vacunas_postesplenectomia": "neumococo, meningococo y Haemophilus aplicadas el día 14",
        "estancia_dias": 16,
        "egreso": "a rehabilitación; control por ortopedia en 2 semanas",
    },
    "output": (
        "Ingresa por politraumatismo tras herida por artefacto explosivo en soldado profesional de 31 años, con "
        "hemoglobina de 6,9 g/dL y lactato de 5,8 mmol/L. Presenta neumotórax traumático derecho (S27.0), fractura de "
        "diáfisis de fémur derecho (S72.3) y laceración esplénica grado III (S36.0). El día 0 se realiza toracostomía "
        "cerrada derecha con tubo de tórax, esplenectomía por laparotomía y fijador externo en fémur derecho, con "
        "enclavado endomedular al día 5; requiere transfusión masiva y ventilación mecánica invasiva 3 días en UCI. "
        "Recibe vacunas contra neumococo, meningococo y Haemophilus el día 14. Tras 16 días egresa con hemoglobina de "
        "10,8 g/dL, enoxaparina (B01AB05) 40 mg SC c/24h y tramadol (N02AX02) 50 mg VO c/8h, hacia rehabilitación y "
        "control por ortopedia en 2 semanas."),
    "variants": [
        {"exp": [], "note": "clean: many right-sided lesions all consistent; 'politraumatismo' summarises the injury list"},
        {"exp": [], "out": [("requiere transfusión masiva y ventilación mecánica invasiva 3 días en UCI", "requiere transfusión masiva y VMI 3 días en UCI")],
         "note": "trap clean: VMI abbreviation of ventilación mecánica invasiva"},
        {"exp": ["HAL004"], "out": [("toracostomía cerrada derecha", "toracostomía cerrada izquierda")], "note": "chest tube side contradicts input"},
        {"exp": ["COD004"], "out": [("vacunas contra neumococo, meningococo", "vacunas contra neumococo (J07AL02), meningococo")],
         "note": "ATC J07AL02 added; vaccines uncoded in input"},
        {"exp": ["REP001"], "out": [("Recibe vacunas contra neumococo, meningococo y Haemophilus el día 14.",
                                     "Recibe vacunas contra neumococo, meningococo y Haemophilus el día 14. Recibe vacunas contra neumococo, meningococo y Haemophilus el día 14.")],
         "note": "sentence repeated"},
    ],
})

# ---------------------------------------------------------------- D3 Mexico burns
D3_LONG = (
    "Ingresa por quemadura por flama directa en un accidente doméstico con gas LP, en un varón de 40 años y 76 kg de "
    "peso. A su llegada a la Unidad de Quemados se estima una extensión del 18% de la superficie corporal total, con "
    "lesiones de segundo grado profundo y de tercer grado localizadas en el miembro superior derecho y en la cara "
    "anterior del tórax. Se establecen los diagnósticos de quemadura de tercer grado del hombro y miembro superior "
    "(T22.3) y de quemadura de segundo grado del tronco (T21.2). La reanimación hídrica se realizó según la fórmula de "
    "Parkland con solución de Hartmann, con un total de 5.472 mL en las primeras 24 h. Durante el ingreso se practicó "
    "una escarectomía tangencial el día 3 y, una vez preparado el lecho, un autoinjerto de piel de espesor parcial "
    "mallado el día 7, tomando como zona donadora el muslo izquierdo. La toma del injerto fue del 95% al día 12. Las "
    "curaciones se realizaron cada 48 horas con sulfadiazina de plata (D06BA01) tópica y la analgesia se manejó con "
    "buprenorfina (N02AE01) 0,3 mg IV cada 8 horas. La albúmina al ingreso era de 2,4 g/dL. Finalmente se traslada al "
    "servicio de Cirugía Plástica para continuar la rehabilitación de la mano y la adaptación de prendas de "
    "presoterapia.")

CASES.append({
    "key": "D3_mx_quemado_traslado",
    "setting": "México, unidad de quemados de hospital privado con traslado a Cirugía Plástica; filas campo/valor",
    "input": {
        "filas": [
            {"campo": "Unidad", "valor": "Unidad de Quemados, hospital privado, Ciudad de México"},
            {"campo": "Sexo", "valor": "Masculino"},
            {"campo": "Edad", "valor": "40 años"},
            {"campo": "Peso", "valor": "76 kg"},
            {"campo": "Mecanismo", "valor": "quemadura por flama directa en accidente doméstico con gas LP"},
            {"campo": "Extensión", "valor": "18% de superficie corporal total, segundo grado profundo y tercer grado"},
            {"campo": "Localización", "valor": "miembro superior derecho y cara anterior de tórax"},
            {"campo": "Dx", "valor": "T22.3 Quemadura de tercer grado del hombro y miembro superior; T21.2 Quemadura de segundo grado del tronco"},
            {"campo": "Reanimación", "valor": "Parkland con Hartmann 5.472 mL en 24 h"},
            {"campo": "Cirugías", "valor": "escarectomía tangencial día 3; autoinjerto de piel de espesor parcial mallado 1:1,5 día 7, zona donadora muslo izquierdo"},
            {"campo": "Curaciones", "valor": "cada 48 horas con sulfadiazina de plata D06BA01 tópica"},
            {"campo": "Analgesia", "valor": "Buprenorfina N02AE01 0,3 mg IV cada 8 horas"},
            {"campo": "Albúmina al ingreso", "valor": "2,4 g/dL"},
            {"campo": "Toma de injerto", "valor": "95% al día 12"},
            {"campo": "Destino", "valor": "traslado a Cirugía Plástica para rehabilitación de mano y prendas de presoterapia"},
        ],
    },
    "output": (
        "Ingresa por quemadura por flama directa en accidente doméstico con gas LP en varón de 40 años y 76 kg, con 18% "
        "de superficie corporal total de segundo grado profundo y tercer grado en miembro superior derecho y cara "
        "anterior de tórax. Dx quemadura de tercer grado del hombro y miembro superior (T22.3) y quemadura de segundo "
        "grado del tronco (T21.2). Reanimación según Parkland con Hartmann 5.472 mL en 24 h. Se realiza escarectomía "
        "tangencial el día 3 y autoinjerto de piel de espesor parcial mallado el día 7, con zona donadora en muslo "
        "izquierdo; toma de injerto del 95% al día 12. Curaciones c/48h con sulfadiazina de plata (D06BA01) tópica y "
        "analgesia con buprenorfina (N02AE01) 0,3 mg IV c/8h. Albúmina al ingreso 2,4 g/dL. Se traslada a Cirugía "
        "Plástica para rehabilitación de mano y prendas de presoterapia."),
    "variants": [
        {"exp": [], "note": "clean: right arm burn with left thigh donor site, both as in input"},
        {"exp": [], "out": [("en miembro superior derecho y cara anterior de tórax", "en MSD y cara anterior de tórax")],
         "note": "trap clean: MSD abbreviation for miembro superior derecho"},
        {"exp": ["HAL004"], "out": [("zona donadora en muslo izquierdo", "zona donadora en muslo derecho")], "note": "donor site side contradicts input"},
        {"exp": ["COD001"], "out": [("grado del tronco (T21.2).", "grado del tronco T21.2.")], "note": "CIE-10 code outside parentheses"},
        {"exp": ["FMT003"], "full": D3_LONG, "note": "too long (>200 words); intern-style full sentences, otherwise grounded"},
    ],
})

# ---------------------------------------------------------------- D4 Spain plastic surgery (military)
CASES.append({
    "key": "D4_es_upp_colgajo_defensa",
    "setting": "España, hospital de la Defensa, Cirugía Plástica; úlcera por presión y colgajo",
    "input": {
        "hospital": "Hospital General de la Defensa, Zaragoza",
        "servicio": "Cirugía Plástica",
        "paciente": {"sexo": "hombre", "edad": 47, "antecedentes": "paraplejia por lesión medular traumática desde hace 15 años"},
        "diagnosticos": [{"codigo": "L89.3", "descripcion": "Úlcera por presión sacra de grado IV"},
                         {"codigo": "G82.2", "descripcion": "Paraplejia"},
                         {"codigo": "N31.9", "descripcion": "Vejiga neurógena"}],
        "cultivo": "Proteus mirabilis en biopsia ósea; osteomielitis descartada por RM",
        "procedimientos": ["Desbridamiento quirúrgico", "Cobertura con colgajo miocutáneo de glúteo mayor derecho",
                           "Terapia de presión negativa 7 días en zona donante"],
        "dispositivos": ["Sonda vesical permanente (ya portador)"],
        "tratamiento": [{"atc": "J01DD04", "farmaco": "Ceftriaxona", "dosis": "2 g IV cada 24 horas, 10 días"},
                        {"atc": "B01AB12", "farmaco": "Bemiparina", "dosis": "3.500 UI SC cada 24 horas"},
                        {"atc": "N02BE01", "farmaco": "Paracetamol", "dosis": "1 g cada 8 horas VO"}],
        "laboratorio": {"albúmina": "2,9 g/dL", "PCR": "48 mg/L", "hemoglobina": "11,6 g/dL"},
        "dias_ingreso": 21,
        "alta": "cama con colchón de aire, cambios posturales cada 2 horas, sin apoyo sobre el colgajo 3 semanas; revisión en consultas en 14 días",
    },
    "output": (
        "Ingresa por úlcera por presión sacra de grado IV (L89.3) en varón de 47 años con paraplejia (G82.2) por lesión "
        "medular traumática desde hace 15 años, vejiga neurógena (N31.9) y sonda vesical permanente. La biopsia ósea "
        "aísla Proteus mirabilis y la RM descarta osteomielitis. Recibe ceftriaxona (J01DD04) 2 g IV c/24h durante 10 "
        "días y bemiparina (B01AB12) 3.500 UI SC c/24h. Se realiza desbridamiento quirúrgico y cobertura con colgajo "
        "miocutáneo de glúteo mayor derecho, con terapia de presión negativa 7 días en la zona donante. Albúmina 2,9 "
        "g/dL, PCR 48 mg/L y hemoglobina 11,6 g/dL. Analgesia con paracetamol (N02BE01) 1 g c/8h VO. Alta tras 21 días "
        "con colchón de aire, cambios posturales c/2h y sin apoyo sobre el colgajo 3 semanas; revisión en consultas en "
        "14 días."),
    "variants": [
        {"exp": [], "note": "clean: osteomielitis ruled out; bemiparina as thromboprophylaxis in a paraplegic surgical patient"},
        {"exp": [], "out": [("Se realiza desbridamiento quirúrgico y cobertura", "Se realiza desbridamiento y cobertura")],
         "note": "trap clean: shortened procedure name"},
        {"exp": ["CLN001"], "inp": [("\"B01AB12\"", "\"M04AA01\""), ("\"Bemiparina\"", "\"Alopurinol\""), ("3.500 UI SC cada 24 horas", "300 mg VO cada 24 horas")],
         "out": [("bemiparina (B01AB12) 3.500 UI SC c/24h", "alopurinol (M04AA01) 300 mg VO c/24h")],
         "note": "alopurinol without gout/hyperuricaemia/tumour-lysis diagnosis (replaced in input and output)"},
        {"exp": ["COD002"], "out": [("aísla Proteus mirabilis y", "aísla Proteus mirabilis (B96.4) y")], "note": "B96.4 added; not in input"},
        {"exp": ["HAL003"], "out": [("ceftriaxona (J01DD04) 2 g IV c/24h", "ceftriaxona (J01DD04) 1 g IV c/24h")],
         "note": "ceftriaxona 1 g vs 2 g (1 exists in input as paracetamol dose)"},
    ],
})

# ---------------------------------------------------------------- D5 Peru military
CASES.append({
    "key": "D5_pe_fractura_radio_militar",
    "setting": "Perú, hospital militar, Traumatología; filas k/v con fecha de nacimiento",
    "allow_numbers": ["67"],
    "input": {
        "datos": [
            {"k": "Hospital", "v": "Hospital Militar Central, Lima"},
            {"k": "Servicio", "v": "Traumatología"},
            {"k": "Sexo", "v": "F"},
            {"k": "Fecha de nacimiento", "v": "1956-07-21"},
            {"k": "Fecha de ingreso", "v": "2024-05-03"},
            {"k": "Motivo", "v": "caída de su propia altura con apoyo sobre mano derecha, dolor y deformidad en dorso de tenedor de muñeca derecha"},
            {"k": "Rx", "v": "fractura de radio distal derecho extraarticular con desplazamiento dorsal"},
            {"k": "Dx", "v": "S52.5 Fractura de la epífisis inferior del radio"},
            {"k": "Dx", "v": "M81.0 Osteoporosis posmenopáusica"},
            {"k": "Procedimiento", "v": "reducción abierta y osteosíntesis con placa volar bloqueada"},
            {"k": "Medicación", "v": "Ketorolaco M01AB15 30 mg IV cada 8 horas; Tramadol N02AX02 50 mg VO cada 8 horas"},
            {"k": "Alta", "v": "Ácido alendrónico M05BA04 70 mg VO semanal; carbonato de calcio con colecalciferol 1 tableta al día"},
            {"k": "Controles", "v": "férula antebraquial 2 semanas, rehabilitación y control en 10 días"},
        ],
    },
    "output": (
        "Ingresa por caída de su propia altura con apoyo sobre la mano derecha, con dolor y deformidad en dorso de "
        "tenedor de la muñeca derecha. Paciente femenina de 67 años con osteoporosis posmenopáusica (M81.0). La Rx "
        "muestra fractura de radio distal derecho extraarticular con desplazamiento dorsal; Dx fractura de la epífisis "
        "inferior del radio (S52.5). Se realiza reducción abierta y osteosíntesis con placa volar bloqueada. Analgesia "
        "con ketorolaco (M01AB15) 30 mg IV c/8h y tramadol (N02AX02) 50 mg VO c/8h. Alta con ácido alendrónico "
        "(M05BA04) 70 mg VO semanal, carbonato de calcio con colecalciferol 1 tableta al día, férula antebraquial por 2 "
        "semanas, rehabilitación y control en 10 días."),
    "variants": [
        {"exp": [], "note": "clean: age 67 derived from 1956-07-21 / 2024-05-03; 'semanal' restated"},
        {"exp": [], "out": [("ácido alendrónico (M05BA04) 70 mg VO semanal", "ácido alendrónico (M05BA04) 70 mg VO una vez por semana")],
         "note": "trap clean: same frequency in other words"},
        {"exp": ["HAL004"], "out": [("fractura de radio distal derecho", "fractura de radio distal izquierdo")], "note": "fracture side contradicts input"},
        {"exp": ["DEM001"], "out": [("Paciente femenina de 67 años", "Paciente femenina de 70 años")],
         "note": "70 (alendronate dose) contradicts the age derived from dates (67)"},
        {"exp": ["HAL001"], "out": [("Se realiza reducción abierta y osteosíntesis con placa volar bloqueada.", "Se realiza reducción cerrada e inmovilización con yeso braquipalmar.")],
         "note": "closed reduction and cast, not in input"},
        {"exp": ["COD006"], "out": [("osteoporosis posmenopáusica (M81.0)", "osteoporosis posmenopáusica")], "note": "input code M81.0 omitted"},
        {"exp": ["COD004"], "out": [("carbonato de calcio con colecalciferol", "carbonato de calcio (A12AA04) con colecalciferol")],
         "note": "ATC added; input gives the calcium supplement uncoded"},
        {"exp": ["HAL003"], "out": [("ácido alendrónico (M05BA04) 70 mg VO semanal", "ácido alendrónico (M05BA04) 70 mg VO diario")],
         "note": "alendronate daily vs weekly"},
    ],
})

# ---------------------------------------------------------------- D6 Argentina burns (paediatric)
CASES.append({
    "key": "D6_ar_escaldadura_pediatrica",
    "setting": "Argentina, unidad de quemados de hospital privado con traslado a Pediatría; niña acompañada por la madre",
    "input": {
        "origen": "Unidad de Quemados (traslado a sala de Pediatría), hospital privado, Mendoza",
        "paciente": {"sexo": "femenino", "edad": "4 años", "peso": "17 kg"},
        "acompañante": "madre",
        "motivo": "escaldadura con agua hirviendo en tórax anterior y brazo izquierdo",
        "superficie": "9% SCT, segundo grado superficial",
        "dx": [{"cie10": "T21.2", "texto": "Quemadura de segundo grado del tronco"},
               {"cie10": "T22.2", "texto": "Quemadura de segundo grado del hombro y miembro superior"}],
        "tratamiento": [{"nombre": "Curaciones con apósitos de plata bajo sedación", "frecuencia": "cada 72 horas"},
                        {"atc": "N02BE01", "nombre": "Paracetamol", "dosis": "15 mg/kg cada 6 horas VO"},
                        {"atc": "N02AA01", "nombre": "Morfina", "dosis": "0,1 mg/kg IV previo a curaciones"}],
        "laboratorio": {"hemoglobina": "11,9 g/dL", "leucocitos": "9.800/mm3"},
        "evolucion": "epitelización completa al día 10 sin injertos",
        "plan_alta": "hidratación de la piel, fotoprotección, control en consultorio de quemados en 7 días",
    },
    "output": (
        "Ingresa por escaldadura con agua hirviendo en tórax anterior y brazo izquierdo en niña de 4 años y 17 kg, "
        "acompañada por su madre. Presenta quemadura del 9% de superficie corporal total, de segundo grado superficial: "
        "quemadura de segundo grado del tronco (T21.2) y quemadura de segundo grado del hombro y miembro superior (T22.2) "
        "izquierdo. Se realizan curaciones con apósitos de plata bajo sedación cada 72 horas, con morfina (N02AA01) 0,1 "
        "mg/kg IV previo a las curaciones y paracetamol (N02BE01) 15 mg/kg c/6h VO. Hemoglobina 11,9 g/dL y leucocitos "
        "9.800/mm3. Epitelización completa al día 10 sin injertos. Se traslada a sala de Pediatría y luego alta con "
        "hidratación de la piel, fotoprotección y control en consultorio de quemados en 7 días."),
    "variants": [
        {"exp": [], "note": "clean: 'sin injertos' negated; 'acompañada' agrees with the girl, 'su madre' another person"},
        {"exp": [], "out": [("Hemoglobina 11,9 g/dL y leucocitos 9.800/mm3.", "Hemoglobina 11,9 g/dL y leucocitos 9.800/mm3, sin leucocitosis.")],
         "note": "trap clean: 'sin leucocitosis' consistent with 9.800"},
        {"exp": ["HAL003"], "out": [("morfina (N02AA01) 0,1 mg/kg IV", "morfina (N02AA01) 0,1 mg/kg VO")], "note": "route VO vs IV"},
        {"exp": ["HAL001"], "out": [("Epitelización completa al día 10 sin injertos.", "Epitelización completa al día 10 tras autoinjerto.")],
         "note": "autoinjerto claimed; input says sin injertos"},
    ],
})
