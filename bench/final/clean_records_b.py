"""Hand-written clean epicrisis records (part 2): more common cases and a few
rarer Chilean ones (hantavirus, loxoscelismo, endocarditis, Guillain-Barré)."""

CLEAN_B = [
    {
        "key": "c21",
        "note": "encefalopatía hepática en cirrosis OH; dx como strings 'COD texto'",
        "input": {
            "paciente": {"edad": 61, "sexo": "M"},
            "antecedentes": "Cirrosis hepática alcohólica Child-Pugh B, várices esofágicas "
                            "pequeñas",
            "motivo_consulta": "Compromiso de conciencia y constipación de 3 días",
            "diagnosticos": ["K70.3 Cirrosis hepática alcohólica",
                             "K72.9 Encefalopatía hepática", "K59.0 Constipación",
                             "I85.9 Várices esofágicas"],
            "examenes": "Amonio 142, Na 131, Bili total 2.9, INR 1.6, albúmina 2.8, "
                        "paracentesis diagnóstica sin PBE",
            "tratamiento": ["Lactulosa 20 ml c/8h (A06AD11)",
                            "Rifaximina 550 mg c/12h (A07AA11)",
                            "Propranolol 20 mg c/12h (C07AA05)"],
            "evolucion": "Grado III de West Haven al ingreso, vigil y orientado al día 3",
            "alta": "Abstinencia alcohólica, control en gastroenterología",
        },
        "output": (
            "Ingresa por compromiso de conciencia y constipación (K59.0) de 3 días de "
            "evolución. Paciente masculino de 61 años, con cirrosis hepática alcohólica "
            "(K70.3) Child-Pugh B y várices esofágicas (I85.9) pequeñas. Al ingreso se "
            "encuentra en grado III de West Haven, con amonio de 142, Na 131, bilirrubina "
            "total de 2.9, INR 1.6 y albúmina de 2.8. La paracentesis diagnóstica descarta "
            "PBE. Se diagnostica una encefalopatía hepática (K72.9) y se maneja con lactulosa "
            "(A06AD11) 20 ml cada 8 h y rifaximina (A07AA11) 550 mg cada 12 h, logrando "
            "estar vigil y orientado al día 3. Se mantiene propranolol (C07AA05) 20 mg cada "
            "12 h. Se indica abstinencia alcohólica y control en gastroenterología."
        ),
    },
    {
        "key": "c22",
        "note": "síndrome cardiopulmonar por hantavirus (raro, Chile); claves en español",
        "input": {
            "edad": 31, "sexo": "masculino",
            "ocupacion": "trabajador forestal en zona rural de Araucanía",
            "motivo": "Fiebre, mialgias y cefalea de 4 días, luego disnea progresiva",
            "diagnosticos": [{"cie10": "B33.4",
                              "nombre": "Síndrome cardiopulmonar por hantavirus"}],
            "examenes": {"plaquetas": 62000, "Hto": 52, "GB": 14800,
                         "inmunoblot": "IgM hantavirus positiva",
                         "Rx torax": "infiltrado intersticial bilateral"},
            "manejo": ["Ingreso a UCI",
                       "Oxigenoterapia con cánula nasal de alto flujo",
                       "Noradrenalina (C01CA03) por 48 h",
                       "Paracetamol 1 g c/8h (N02BE01)"],
            "evolucion": "Fase cardiopulmonar de 72 h, sin requerir ECMO; alta UCI al día 5",
            "alta": "Reposo, control en infectología en 2 semanas",
        },
        "output": (
            "Ingresa por fiebre, mialgias y cefalea de 4 días de evolución, seguidas de "
            "disnea progresiva. Paciente masculino de 31 años, trabajador forestal en zona "
            "rural de Araucanía. En los exámenes destaca plaquetas de 62000, Hto 52 y GB "
            "14800, con radiografía de tórax que muestra infiltrado intersticial bilateral. "
            "La IgM para hantavirus por inmunoblot resulta positiva, confirmándose un "
            "síndrome cardiopulmonar por hantavirus (B33.4). Se traslada a UCI, donde se "
            "maneja con oxigenoterapia por cánula nasal de alto flujo, noradrenalina "
            "(C01CA03) por 48 h y paracetamol (N02BE01) 1 g cada 8 h. Cursa una fase "
            "cardiopulmonar de 72 h sin requerir ECMO, egresando de UCI al día 5. Se indica "
            "reposo y control en infectología en 2 semanas."
        ),
    },
    {
        "key": "c23",
        "note": "loxoscelismo cutáneo (raro, Chile); input texto plano",
        "input": (
            "Paciente de 42 años, sexo femenino. Consulta por lesión dolorosa en muslo "
            "derecho tras picadura de araña del rincón hace 24 horas, con placa livedoide de "
            "6 cm. Dg: Loxoscelismo cutáneo (T63.3). Observación por 48 h con controles "
            "seriados: sin hematuria, orina completa normal, LDH 210, bilirrubina normal, Hb "
            "13.2 estable, descartándose forma cutáneo-visceral. Tto: frío local, "
            "paracetamol 1 g c/8h (N02BE01), tramadol 50 mg c/8h (N02AX02). Alta con control "
            "en policlínico a las 72 h y educación sobre signos de alarma."
        ),
        "output": (
            "Ingresa por lesión dolorosa en el muslo derecho tras picadura de araña del "
            "rincón hace 24 horas. Paciente de sexo femenino, 42 años, que presenta una "
            "placa livedoide de 6 cm, diagnosticándose un loxoscelismo cutáneo (T63.3). Se "
            "mantiene en observación durante 48 h con controles seriados, con orina completa "
            "normal y sin hematuria, LDH 210, bilirrubina normal y Hb estable de 13.2, "
            "descartándose la forma cutáneo-visceral. Se maneja con frío local, paracetamol "
            "(N02BE01) 1 g cada 8 h y tramadol (N02AX02) 50 mg cada 8 h, con buen control "
            "del dolor. Se otorga alta con control en policlínico a las 72 h y educación "
            "sobre signos de alarma."
        ),
    },
    {
        "key": "c24",
        "note": "influenza A en DM2/HTA; claves en inglés (code/label, name/atc)",
        "input": {
            "patient_age": 70, "patient_sex": "female",
            "history": "DM2 en tratamiento con metformina 850 mg c/12h, HTA con enalapril "
                       "10 mg c/12h",
            "complaint": "Fiebre 38.9, tos, odinofagia y mialgias de 2 días",
            "tests": {"PCR_viral": "Influenza A positivo", "Rx_torax": "sin condensación",
                      "SatO2": "93% ambiental", "PCR": 45},
            "dx": [{"code": "J10.1", "label": "Influenza A"},
                   {"code": "E11.9", "label": "Diabetes mellitus tipo 2"},
                   {"code": "I10", "label": "Hipertensión arterial"}],
            "rx": [{"name": "Oseltamivir", "atc": "J05AH02", "dose": "75 mg c/12h x 5 días"},
                   {"name": "Metformina", "atc": "A10BA02"},
                   {"name": "Enalapril", "atc": "C09AA02"},
                   {"name": "Paracetamol", "atc": "N02BE01", "dose": "1 g c/8h SOS"}],
            "course": "Afebril a las 48 h, SatO2 96% ambiental",
            "plan": "Completar oseltamivir, aislamiento respiratorio, control en CESFAM",
        },
        "output": (
            "Ingresa por fiebre de 38.9, tos, odinofagia y mialgias de 2 días de evolución. "
            "Mujer de 70 años con diabetes mellitus tipo 2 (E11.9) en tratamiento con "
            "metformina (A10BA02) 850 mg cada 12 h e hipertensión arterial (I10) usuaria de "
            "enalapril (C09AA02) 10 mg cada 12 h. Al ingreso presenta SatO2 de 93% ambiental "
            "y PCR de 45, con radiografía de tórax sin condensación. La PCR viral resulta "
            "positiva para influenza A (J10.1), por lo que se inicia oseltamivir (J05AH02) 75 "
            "mg cada 12 h por 5 días, junto a paracetamol (N02BE01) 1 g cada 8 h según "
            "necesidad. Evoluciona afebril a las 48 h, con SatO2 de 96% ambiental. Se indica "
            "completar oseltamivir, mantener aislamiento respiratorio y control en CESFAM."
        ),
    },
    {
        "key": "c25",
        "note": "erisipela con penicilina sódica; claves abreviadas, relleno X (A46X)",
        "input": {
            "pac": "Hombre, 66 años",
            "dg": ["Erisipela de extremidad inferior derecha (A46X)",
                   "Insuficiencia venosa crónica (I87.2)",
                   "Tiña pedis interdigital (B35.3)"],
            "tto": ["Penicilina sódica 2 millones UI EV c/4h (J01CE01)",
                    "Amoxicilina 1 g c/8h VO (J01CA04)", "Clotrimazol crema (D01AC01)"],
            "exam": "GB 12800, PCR 156, ecodoppler venoso sin TVP",
            "evol": "Fiebre 38.7 al ingreso, afebril a las 48 h, regresión de eritema al día "
                    "4; rota a VO al día 5",
            "alta": "Completar 14 días de amoxicilina, medias de compresión, control en CESFAM",
        },
        "output": (
            "Ingresa por erisipela de extremidad inferior derecha (A46X), con fiebre de 38.7 "
            "al ingreso. Paciente masculino de 66 años con insuficiencia venosa crónica "
            "(I87.2) y tiña pedis interdigital (B35.3) como puerta de entrada. En los "
            "exámenes presenta GB 12800 y PCR 156, y el ecodoppler venoso descarta TVP. Se "
            "inicia penicilina sódica (J01CE01) 2 millones UI EV cada 4 h, quedando afebril a "
            "las 48 h y con regresión del eritema al día 4. Al día 5 se rota a amoxicilina "
            "(J01CA04) 1 g cada 8 h por vía oral, y se agrega clotrimazol (D01AC01) en crema "
            "para la tiña. Se indica completar 14 días de amoxicilina, uso de medias de "
            "compresión y control en CESFAM."
        ),
    },
    {
        "key": "c26",
        "note": "diverticulitis aguda no complicada; claves en español, estudio anidado",
        "input": {
            "sexo": "F", "edad": 55,
            "cuadro": "dolor en fosa ilíaca izquierda de 3 días, fiebre 38.2, sin diarrea",
            "diagnostico": "Diverticulitis aguda de colon sigmoides no complicada (K57.3)",
            "estudio": {"TAC": "engrosamiento de sigmoides con divertículos y estriación de "
                               "grasa, sin absceso ni aire libre (Hinchey Ia)",
                        "GB": 13900, "PCR": 121},
            "tratamiento": ["Ciprofloxacino 400 mg EV c/12h (J01MA02)",
                            "Metronidazol 500 mg EV c/8h (J01XD01)", "Régimen líquido"],
            "evolucion": "Buena evolución, tolera régimen blando al día 3, PCR 48",
            "alta": "Ciprofloxacino 500 mg c/12h + metronidazol 500 mg c/8h VO hasta 10 "
                    "días, colonoscopía en 6 semanas",
        },
        "output": (
            "Ingresa por dolor en fosa ilíaca izquierda de 3 días de evolución, con fiebre "
            "de 38.2 y sin diarrea. Paciente femenina de 55 años. La TAC muestra "
            "engrosamiento del sigmoides con divertículos y estriación de la grasa, sin "
            "absceso ni aire libre, clasificándose como Hinchey Ia, con GB 13900 y PCR 121. "
            "Se diagnostica una diverticulitis aguda de colon sigmoides no complicada "
            "(K57.3) y se indica régimen líquido junto a ciprofloxacino (J01MA02) 400 mg EV "
            "cada 12 h y metronidazol (J01XD01) 500 mg EV cada 8 h. Presenta buena "
            "evolución, tolerando régimen blando al día 3 con PCR en descenso a 48. Se "
            "indica al alta ciprofloxacino 500 mg cada 12 h y metronidazol 500 mg cada 8 h "
            "por vía oral hasta completar 10 días, con colonoscopía en 6 semanas."
        ),
    },
    {
        "key": "c27",
        "note": "síncope vasovagal sin fármacos; filas [campo, valor]",
        "input": [
            ["Edad", "45"], ["Sexo", "Masculino"],
            ["Motivo", "Pérdida de conciencia de segundos estando de pie en una fila, con "
                       "pródromo de calor y náuseas, recuperación completa"],
            ["Diagnóstico", "Síncope vasovagal (R55)"],
            ["ECG", "ritmo sinusal 72 lpm, QTc 410 ms"],
            ["Ecocardiograma", "normal"],
            ["Holter 24 h", "sin arritmias"],
            ["Laboratorio", "Hb 14.6, Na 139, K 4.2, glicemia 96, troponina negativa"],
            ["Indicaciones", "Hidratación adecuada, maniobras de contrapresión, control en "
                             "medicina interna"],
        ],
        "output": (
            "Ingresa por pérdida de conciencia de segundos estando de pie en una fila, "
            "precedida de pródromo de calor y náuseas y con recuperación completa. Paciente "
            "masculino de 45 años. El ECG muestra ritmo sinusal de 72 lpm con QTc de 410 ms, "
            "y el laboratorio evidencia Hb 14.6, Na 139, K 4.2, glicemia de 96 y troponina "
            "negativa. Se completa el estudio con ecocardiograma, que resulta normal, y "
            "Holter de 24 h sin arritmias. Se concluye un síncope vasovagal (R55) sin "
            "elementos de alto riesgo. Se educa sobre hidratación adecuada y maniobras de "
            "contrapresión. Se otorga alta con control en medicina interna."
        ),
    },
    {
        "key": "c28",
        "note": "crisis convulsivas por mala adherencia en epilepsia; claves inglés",
        "input": {
            "patient": {"age": 36, "sex": "M"},
            "history": "Epilepsia desde los 15 años en tratamiento con ácido valproico 500 mg "
                       "c/12h, mala adherencia reciente",
            "complaint": "Dos crisis tónico-clónicas generalizadas en 6 horas sin "
                         "recuperación completa entre ellas",
            "dx": ["Epilepsia (G40.9)"],
            "studies": ["TAC de cerebro sin lesiones agudas",
                        "EEG: actividad epileptiforme frontotemporal izquierda",
                        "Niveles de ácido valproico bajo rango terapéutico"],
            "tx": ["Lorazepam 4 mg EV (N05BA06)",
                   "Levetiracetam 1000 mg EV carga, luego 500 mg c/12h (N03AX14)",
                   "Ácido valproico 500 mg c/12h (N03AG01)"],
            "course": "Sin nuevas crisis en 72 h de observación",
            "discharge": "Levetiracetam + ácido valproico, no conducir, control en neurología",
        },
        "output": (
            "Ingresa por dos crisis tónico-clónicas generalizadas en 6 horas, sin "
            "recuperación completa entre ellas. Paciente masculino de 36 años con epilepsia "
            "(G40.9) desde los 15 años en tratamiento con ácido valproico (N03AG01) 500 mg "
            "cada 12 h, con mala adherencia reciente. Recibe lorazepam (N05BA06) 4 mg EV y "
            "carga de levetiracetam (N03AX14) 1000 mg EV, continuando con 500 mg cada 12 h. "
            "La TAC de cerebro no muestra lesiones agudas, los niveles de ácido valproico se "
            "encuentran bajo el rango terapéutico y el EEG evidencia actividad "
            "epileptiforme frontotemporal izquierda. Se mantiene sin nuevas crisis durante "
            "72 h de observación. Se indica al alta levetiracetam y ácido valproico, con "
            "refuerzo de la adherencia, sin conducir, y control en neurología."
        ),
    },
    {
        "key": "c29",
        "note": "neumonía aspirativa en secuelado de AVE; dx como objetos dg/cie10",
        "input": {
            "paciente": {"edad": 82, "sexo": "masculino",
                         "dependencia": "postrado, Barthel 15"},
            "antecedentes": [{"dg": "Secuela de AVE isquémico", "cie10": "I69.3"},
                             {"dg": "Trastorno de deglución", "cie10": "R13X"}],
            "ingreso": "Fiebre, tos y desaturación tras episodio de atoro con alimentación",
            "dg_principal": {"dg": "Neumonía aspirativa", "cie10": "J69.0"},
            "examenes": "GB 17500, PCR 204, Rx tórax: infiltrado en base derecha. "
                        "Videofluoroscopía: aspiración de líquidos",
            "tratamiento": [{"f": "Ampicilina/sulbactam 1.5 g EV c/6h", "atc": "J01CR01"},
                            {"f": "Oxígeno por naricera 2 L/min"}],
            "evolucion": "Afebril al día 3, suspende O2 al día 5. Completa 7 días de "
                         "antibiótico.",
            "alta": "Régimen papilla espesado, kinesioterapia respiratoria, control en "
                    "fonoaudiología",
        },
        "output": (
            "Ingresa por fiebre, tos y desaturación posterior a un episodio de atoro durante "
            "la alimentación. Paciente masculino de 82 años, postrado con Barthel de 15, con "
            "secuela de AVE isquémico (I69.3) y trastorno de deglución (R13X). Al ingreso "
            "presenta GB 17500 y PCR 204, con radiografía de tórax que muestra infiltrado en "
            "base derecha, diagnosticándose una neumonía aspirativa (J69.0). Se inicia "
            "ampicilina/sulbactam (J01CR01) 1.5 g EV cada 6 h y oxígeno por naricera a 2 "
            "L/min. Evoluciona afebril al día 3 y suspende el oxígeno al día 5, completando 7 "
            "días de antibiótico. La videofluoroscopía confirma aspiración de líquidos. Se "
            "indica alta con régimen papilla espesado, kinesioterapia respiratoria y control "
            "en fonoaudiología."
        ),
    },
    {
        "key": "c30",
        "note": "anemia ferropénica severa por hipermenorrea y mioma; claves en español",
        "input": {
            "edad": 44, "sexo": "F",
            "motivo": "Astenia, disnea de esfuerzos y palpitaciones de 3 semanas; sangrado "
                      "menstrual abundante de 2 meses",
            "diagnosticos": [
                {"codigo": "D50.0", "nombre": "Anemia ferropénica secundaria a pérdida "
                                              "crónica de sangre"},
                {"codigo": "N92.0", "nombre": "Hipermenorrea"},
                {"codigo": "D25.9", "nombre": "Mioma uterino"},
            ],
            "laboratorio": {"Hb": 5.9, "VCM": 68, "ferritina": 3, "plaquetas": 412000},
            "procedimientos": ["Transfusión de 2 unidades de glóbulos rojos",
                               "Ecografía transvaginal: mioma submucoso de 4 cm"],
            "farmacos": [{"nombre": "Ácido tranexámico 1 g c/8h", "atc": "B02AA02"},
                         {"nombre": "Sulfato ferroso 200 mg c/12h", "atc": "B03AA07"}],
            "evolucion": "Hb post transfusión 8.1, sin sangrado activo",
            "alta": "Control en ginecología para resolución quirúrgica",
        },
        "output": (
            "Ingresa por astenia, disnea de esfuerzos y palpitaciones de 3 semanas, en "
            "contexto de hipermenorrea (N92.0) de 2 meses de evolución. Paciente femenina de "
            "44 años. Al ingreso destaca Hb de 5.9 con VCM 68, ferritina de 3 y plaquetas de "
            "412000, compatible con anemia ferropénica secundaria a pérdida crónica de "
            "sangre (D50.0). La ecografía transvaginal muestra un mioma uterino (D25.9) "
            "submucoso de 4 cm. Se realiza transfusión de 2 unidades de glóbulos rojos, "
            "alcanzando Hb de 8.1, y se inicia ácido tranexámico (B02AA02) 1 g cada 8 h, sin "
            "sangrado activo posterior. Se indica al alta sulfato ferroso (B03AA07) 200 mg "
            "cada 12 h y control en ginecología para resolución quirúrgica."
        ),
    },
    {
        "key": "c31",
        "note": "endocarditis infecciosa por S. viridans (raro); texto plano",
        "input": (
            "Hombre de 54 años, portador de válvula aórtica bicúspide. Consulta por fiebre "
            "intermitente, baja de peso y sudoración nocturna de 3 semanas, tras "
            "procedimiento dental. Hemocultivos 3/3 Streptococcus viridans. Ecocardiograma "
            "transesofágico: vegetación de 12 mm en válvula aórtica, insuficiencia aórtica "
            "moderada. Dg: Endocarditis infecciosa aguda (I33.0); Válvula aórtica bicúspide "
            "(Q23.1). Tto: Penicilina sódica 4 millones UI c/4h (J01CE01) + Gentamicina 3 "
            "mg/kg/día (J01GB03) por 14 días, luego Ceftriaxona 2 g/día (J01DD04) por vía "
            "ambulatoria hasta 4 semanas. Hemocultivos de control negativos a las 72 h. "
            "Evaluado por cirugía cardíaca: sin indicación quirúrgica actual. Alta a "
            "hospitalización domiciliaria."
        ),
        "output": (
            "Ingresa por fiebre intermitente, baja de peso y sudoración nocturna de 3 "
            "semanas de evolución, posterior a un procedimiento dental. Paciente masculino de "
            "54 años, portador de válvula aórtica bicúspide (Q23.1). Los hemocultivos "
            "resultan positivos 3/3 para Streptococcus viridans y el ecocardiograma "
            "transesofágico muestra una vegetación de 12 mm en la válvula aórtica con "
            "insuficiencia aórtica moderada, confirmándose una endocarditis infecciosa aguda "
            "(I33.0). Se trata con penicilina sódica (J01CE01) 4 millones UI cada 4 h "
            "asociada a gentamicina (J01GB03) 3 mg/kg/día por 14 días, con hemocultivos de "
            "control negativos a las 72 h. Es evaluado por cirugía cardíaca, sin indicación "
            "quirúrgica actual. Se otorga alta a hospitalización domiciliaria para completar "
            "ceftriaxona (J01DD04) 2 g al día hasta 4 semanas."
        ),
    },
    {
        "key": "c32",
        "note": "síndrome de Guillain-Barré (raro); claves capitalizadas anidadas",
        "input": {
            "Paciente": {"Edad": 47, "Sexo": "F"},
            "Motivo de ingreso": "Debilidad ascendente de extremidades inferiores de 5 días, "
                                 "parestesias distales, antecedente de diarrea 2 semanas antes",
            "Diagnóstico": "Síndrome de Guillain-Barré (G61.0)",
            "Estudio": "Punción lumbar: disociación albúmino-citológica, proteínas 1.2 g/L; "
                       "electromiografía: polineuropatía desmielinizante",
            "Tratamiento": "Inmunoglobulina humana EV 0.4 g/kg/día por 5 días (J06BA02); "
                           "enoxaparina 40 mg SC/día (B01AB05); kinesioterapia motora y "
                           "respiratoria",
            "Evolución": "CVF estable sobre 2 L, sin requerimiento de UCI. Fuerza M4 en "
                         "extremidades inferiores al alta",
            "Plan": "Rehabilitación ambulatoria, control en neurología",
        },
        "output": (
            "Ingresa por debilidad ascendente de extremidades inferiores de 5 días de "
            "evolución, asociada a parestesias distales y con antecedente de diarrea 2 "
            "semanas antes. Paciente femenina de 47 años. La punción lumbar muestra "
            "disociación albúmino-citológica con proteínas de 1.2 g/L, y la electromiografía "
            "evidencia una polineuropatía desmielinizante, confirmándose un síndrome de "
            "Guillain-Barré (G61.0). Se trata con inmunoglobulina humana (J06BA02) EV 0.4 "
            "g/kg/día por 5 días, junto a enoxaparina (B01AB05) 40 mg SC al día y "
            "kinesioterapia motora y respiratoria. La CVF se mantiene estable sobre 2 L, sin "
            "requerir UCI. Al alta presenta fuerza M4 en extremidades inferiores. Se indica "
            "rehabilitación ambulatoria y control en neurología."
        ),
    },
    {
        "key": "c33",
        "note": "síndrome de abstinencia alcohólica; texto plano con códigos al inicio",
        "input": (
            "Varón de 49 años, OH crónico (consumo diario de 1 L de vino), último consumo "
            "hace 36 horas. Ingresa con temblor, sudoración, taquicardia 118 lpm, "
            "alucinaciones visuales. CIWA-Ar 22. Dg: F10.3 Síndrome de abstinencia "
            "alcohólica; E87.6 Hipokalemia; K70.0 Hígado graso alcohólico. Lab: K 2.9, Mg "
            "1.4, GGT 410, GOT 98, GPT 54. Tto: Diazepam 10 mg c/6h VO con reducción "
            "progresiva (N05BA01), Tiamina 100 mg EV c/8h (A11DA01), Cloruro de potasio "
            "(A12BA01), Sulfato de magnesio EV (A12CC02). Evolución: CIWA-Ar menor a 8 al "
            "día 4. Alta con derivación a programa de alcohol en COSAM."
        ),
        "output": (
            "Ingresa por temblor, sudoración y alucinaciones visuales, con taquicardia de "
            "118 lpm, a 36 horas de su último consumo de alcohol. Varón de 49 años con "
            "consumo diario de 1 L de vino. Con CIWA-Ar de 22 se diagnostica un síndrome de "
            "abstinencia alcohólica (F10.3), asociado a hipokalemia (E87.6), con K de 2.9 y "
            "Mg de 1.4, además de hígado graso alcohólico (K70.0), con GGT 410, GOT 98 y GPT "
            "54. Se maneja con diazepam (N05BA01) 10 mg cada 6 h VO con reducción "
            "progresiva, tiamina (A11DA01) 100 mg EV cada 8 h, cloruro de potasio (A12BA01) "
            "y sulfato de magnesio (A12CC02) EV. Evoluciona con CIWA-Ar menor a 8 al día 4. "
            "Se otorga alta con derivación a programa de alcohol en COSAM."
        ),
    },
    {
        "key": "c34",
        "note": "colitis por C. difficile tras antibióticos; claves inglés",
        "input": {
            "age": 74, "sex": "female",
            "background": "Hospitalización reciente por NAC tratada con amoxicilina/ácido "
                          "clavulánico",
            "complaint": "Diarrea acuosa de más de 8 episodios al día por 4 días, dolor "
                         "abdominal, fiebre 38.1",
            "diagnoses": ["A04.7 Colitis por Clostridioides difficile",
                          "E86X Deshidratación"],
            "labs": {"toxina C. difficile": "positiva", "GB": 19800, "Crea": 1.6,
                     "albumina": 2.9},
            "treatment": [{"drug": "Vancomicina oral 125 mg c/6h x 10 días", "atc": "A07AA09"},
                          {"drug": "Suero fisiológico EV"}],
            "outcome": "Disminución a 2 deposiciones al día al día 5, Crea 0.9",
            "plan": "Completar vancomicina, evitar antibióticos innecesarios",
        },
        "output": (
            "Ingresa por diarrea acuosa de más de 8 episodios al día por 4 días, asociada a "
            "dolor abdominal y fiebre de 38.1. Paciente femenina de 74 años con "
            "hospitalización reciente por NAC. En el estudio destaca GB 19800, creatinina de "
            "1.6 y albúmina de 2.9, con toxina de C. difficile positiva, confirmándose una "
            "colitis por Clostridioides difficile (A04.7) con deshidratación (E86X). Se "
            "hidrata con suero fisiológico EV y se inicia vancomicina oral (A07AA09) 125 mg "
            "cada 6 h por 10 días. Evoluciona con disminución a 2 deposiciones al día al día "
            "5 y creatinina de 0.9. Se indica completar vancomicina y evitar antibióticos "
            "innecesarios."
        ),
    },
    {
        "key": "c35",
        "note": "LRA sobre ERC e hiperkalemia por AINE; claves capitalizadas con tildes",
        "input": {
            "Identificación": "Mujer de 71 años",
            "Antecedentes": ["ERC etapa 3 (N18.3)", "HTA (I10X) en tratamiento con losartán",
                             "Artrosis de rodillas (M17.9)"],
            "Motivo": "Decaimiento, náuseas y disminución de diuresis tras 10 días de "
                      "ketoprofeno por gonalgia",
            "Dg egreso": ["LRA sobre ERC (N17.9)", "Hiperkalemia (E87.5)"],
            "Lab": "Crea 3.8 (basal 1.6), K 6.4, HCO3 16, ECG con T picudas",
            "Tto": ["Suspensión de ketoprofeno y losartán",
                    "Gluconato de calcio 1 g EV (A12AA03)",
                    "Poliestireno sulfonato cálcico 15 g c/8h (V03AE01)",
                    "Bicarbonato de sodio (B05XA02)",
                    "Furosemida 20 mg EV c/8h (C03CA01)"],
            "Evolución": "Crea 1.9 y K 4.8 al alta, sin necesidad de diálisis",
            "Alta": "Evitar AINE, paracetamol para dolor articular, control nefrología "
                    "2 semanas",
        },
        "output": (
            "Ingresa por decaimiento, náuseas y disminución de la diuresis tras 10 días de "
            "uso de ketoprofeno por gonalgia. Mujer de 71 años con ERC etapa 3 (N18.3), HTA "
            "(I10X) en tratamiento con losartán y artrosis de rodillas (M17.9). En los "
            "exámenes destaca creatinina de 3.8, con basal de 1.6, K 6.4 y HCO3 de 16, con T "
            "picudas en el ECG, diagnosticándose una LRA sobre ERC (N17.9) e hiperkalemia "
            "(E87.5). Se suspenden ketoprofeno y losartán y se administra gluconato de calcio "
            "(A12AA03) 1 g EV, poliestireno sulfonato cálcico (V03AE01) 15 g cada 8 h, "
            "bicarbonato de sodio (B05XA02) y furosemida (C03CA01) 20 mg EV cada 8 h. "
            "Evoluciona sin necesidad de diálisis, con creatinina de 1.9 y K de 4.8 al alta. "
            "Se indica evitar AINE, usar paracetamol para el dolor articular y control en "
            "nefrología en 2 semanas."
        ),
    },
    {
        "key": "c36",
        "note": "absceso cutáneo por SAMR drenado; claves abreviadas cod/dsc",
        "input": {
            "pac": {"edad": 28, "sexo": "M"},
            "mc": "aumento de volumen doloroso en muslo izquierdo de 5 días, fiebre",
            "dg": [{"cod": "L02.4", "dsc": "Absceso de muslo izquierdo"}],
            "eco": "colección de 4 x 3 cm",
            "proc": "Drenaje quirúrgico bajo anestesia local, cultivo: SAMR comunitario "
                    "sensible a clindamicina y cotrimoxazol",
            "atb": [{"n": "Clindamicina 600 mg EV c/8h", "atc": "J01FF01"},
                    {"n": "Cotrimoxazol forte 1 comp c/12h", "atc": "J01EE01"}],
            "lab": "GB 14100, PCR 88",
            "alta": "Cotrimoxazol forte por 7 días, curaciones en CESFAM",
        },
        "output": (
            "Ingresa por aumento de volumen doloroso en el muslo izquierdo de 5 días de "
            "evolución, asociado a fiebre. Paciente masculino de 28 años. La ecografía "
            "muestra una colección de 4 x 3 cm, con GB 14100 y PCR 88, diagnosticándose un "
            "absceso de muslo izquierdo (L02.4). Se realiza drenaje quirúrgico bajo "
            "anestesia local y se inicia clindamicina (J01FF01) 600 mg EV cada 8 h. El "
            "cultivo informa SAMR comunitario sensible a clindamicina y cotrimoxazol. "
            "Evoluciona afebril y con buena evolución de la herida. Se indica al alta "
            "cotrimoxazol forte (J01EE01) 1 comprimido cada 12 h por 7 días y curaciones en "
            "CESFAM."
        ),
    },
    {
        "key": "c37",
        "note": "AIT con estenosis carotídea; dx separados por punto y coma en un string",
        "input": {
            "edad": 68, "sexo": "masculino",
            "motivo": "Episodio de paresia braquial izquierda y disartria de 40 minutos, "
                      "resuelto espontáneamente",
            "diagnosticos": "Ataque isquémico transitorio (G45.9); Estenosis carotídea "
                            "derecha 75% (I65.2); HTA (I10X); DM2 (E11.9)",
            "estudio": "TAC cerebro normal, angioTAC de vasos de cuello con estenosis de 75% "
                       "de carótida interna derecha, ABCD2 5, ECG en ritmo sinusal",
            "tratamiento": "AAS 100 mg (B01AC06), Clopidogrel 75 mg (B01AC04) por 21 días, "
                           "Atorvastatina 80 mg (C10AA05), Enalapril 10 mg c/12h (C09AA02), "
                           "Metformina 850 mg c/12h (A10BA02)",
            "plan": "Endarterectomía carotídea derecha programada por cirugía vascular",
        },
        "output": (
            "Ingresa por un episodio de paresia braquial izquierda y disartria de 40 minutos "
            "de duración, resuelto espontáneamente. Paciente masculino de 68 años con HTA "
            "(I10X) y DM2 (E11.9). La TAC de cerebro resulta normal, el ECG muestra ritmo "
            "sinusal y el angioTAC de vasos de cuello evidencia una estenosis carotídea "
            "derecha (I65.2) de 75% en la carótida interna, con puntaje ABCD2 de 5, "
            "configurándose un ataque isquémico transitorio (G45.9). Se inicia AAS (B01AC06) "
            "100 mg más clopidogrel (B01AC04) 75 mg por 21 días y atorvastatina (C10AA05) 80 "
            "mg, manteniendo enalapril (C09AA02) 10 mg cada 12 h y metformina (A10BA02) 850 "
            "mg cada 12 h. Se coordina endarterectomía carotídea derecha programada por "
            "cirugía vascular."
        ),
    },
    {
        "key": "c38",
        "note": "edema pulmonar agudo hipertensivo; claves inglés icd10/name, drug/atc",
        "input": {
            "age": 77, "sex": "F",
            "complaint": "Crisis hipertensiva con disnea súbita nocturna y ortopnea, PA "
                         "210/115 al ingreso",
            "diagnoses": [{"icd10": "I50.1", "name": "Edema pulmonar agudo"},
                          {"icd10": "I10", "name": "Hipertensión arterial"},
                          {"icd10": "N18.3", "name": "ERC etapa 3"}],
            "workup": {"BNP": 1240, "troponina": "negativa seriada", "Crea": 1.5,
                       "Rx": "congestión pulmonar bilateral",
                       "eco": "FEVI 55%, HVI concéntrica"},
            "treatment": [{"drug": "Nitroglicerina en infusión", "atc": "C01DA02"},
                          {"drug": "Furosemida 40 mg EV", "atc": "C03CA01"},
                          {"drug": "VMNI por 6 horas"},
                          {"drug": "Amlodipino 10 mg/d", "atc": "C08CA01"},
                          {"drug": "Losartán 50 mg c/12h", "atc": "C09CA01"}],
            "course": "PA 135/80 al alta, sin O2",
            "plan": "Control de PA ambulatorio, cardiología en 1 mes",
        },
        "output": (
            "Ingresa por crisis hipertensiva con disnea súbita nocturna y ortopnea, con PA "
            "de 210/115 al ingreso. Paciente femenina de 77 años con hipertensión arterial "
            "(I10) y ERC etapa 3 (N18.3). La radiografía de tórax muestra congestión "
            "pulmonar bilateral, con BNP de 1240, troponina negativa seriada y creatinina de "
            "1.5, configurándose un edema pulmonar agudo (I50.1). Se maneja con VMNI por 6 "
            "horas, nitroglicerina (C01DA02) en infusión y furosemida (C03CA01) 40 mg EV, "
            "con rápida mejoría. El ecocardiograma muestra FEVI de 55% con HVI concéntrica. "
            "Se optimiza la terapia con amlodipino (C08CA01) 10 mg al día y losartán "
            "(C09CA01) 50 mg cada 12 h, alcanzando PA de 135/80 al alta, sin requerimientos "
            "de oxígeno. Se indica control de PA ambulatorio y control en cardiología en 1 "
            "mes."
        ),
    },
    {
        "key": "c39",
        "note": "retención urinaria e ITU en HPB; texto plano con códigos X",
        "input": (
            "Paciente masculino de 88 años, HPB conocida en tratamiento con tamsulosina 0.4 "
            "mg/día. Consulta por dolor suprapúbico, disuria y ausencia de micción de 12 "
            "horas. Globo vesical, se instala sonda Foley con débito de 900 ml. Orina: "
            "leucocituria, nitritos +. Urocultivo: Proteus mirabilis sensible a "
            "cefalosporinas. Crea 1.4. Dg: Retención urinaria aguda (R33X), Infección del "
            "tracto urinario (N39.0), Hiperplasia prostática benigna (N40X). Tto: "
            "Ceftriaxona 1 g/día EV (J01DD04) x 3 días, luego cefadroxilo 500 mg c/12h "
            "(J01DB05) hasta 7 días. Tamsulosina 0.4 mg/día (G04CA02). Alta con sonda Foley "
            "y control en urología en 10 días para prueba de retiro."
        ),
        "output": (
            "Ingresa por dolor suprapúbico, disuria y ausencia de micción de 12 horas de "
            "evolución. Paciente masculino de 88 años con hiperplasia prostática benigna "
            "(N40X) en tratamiento con tamsulosina (G04CA02) 0.4 mg al día. Al examen se "
            "constata globo vesical, configurando una retención urinaria aguda (R33X), por lo "
            "que se instala sonda Foley con débito de 900 ml. El examen de orina muestra "
            "leucocituria y nitritos positivos, diagnosticándose una infección del tracto "
            "urinario (N39.0), con urocultivo positivo a Proteus mirabilis sensible a "
            "cefalosporinas y creatinina de 1.4. Recibe ceftriaxona (J01DD04) 1 g al día EV "
            "por 3 días y luego cefadroxilo (J01DB05) 500 mg cada 12 h hasta completar 7 "
            "días. Se otorga alta con sonda Foley y control en urología en 10 días para "
            "prueba de retiro."
        ),
    },
    {
        "key": "c40",
        "note": "artritis gotosa aguda con artrocentesis; claves en español",
        "input": {
            "sexo": "masculino", "edad": 58,
            "motivo": "Dolor, aumento de volumen y calor de rodilla derecha de 2 días, "
                      "fiebre 37.8",
            "antecedentes": "Obesidad, consumo de cerveza, episodios previos de podagra",
            "diagnosticos": ["Gota (M10.9) - artritis gotosa aguda de rodilla derecha"],
            "procedimientos": ["Artrocentesis para descartar artritis séptica: líquido "
                               "inflamatorio con 24000 leucocitos, cristales de urato "
                               "monosódico, Gram y cultivo negativos"],
            "laboratorio": {"ácido úrico": 9.6, "PCR": 142, "Crea": 1.0},
            "tratamiento": ["Colchicina 0.5 mg c/12h (M04AC01)",
                            "Prednisona 30 mg/d por 5 días (H02AB07)",
                            "Alopurinol 100 mg/d a iniciar en 2 semanas (M04AA01)"],
            "alta": "Dieta baja en purinas, suspender cerveza, control en reumatología",
        },
        "output": (
            "Ingresa por dolor, aumento de volumen y calor de la rodilla derecha de 2 días "
            "de evolución, con fiebre de 37.8. Paciente masculino de 58 años con obesidad, "
            "consumo de cerveza y episodios previos de podagra. Presenta PCR 142, ácido "
            "úrico de 9.6 y creatinina de 1.0. Para descartar una artritis séptica se realiza "
            "artrocentesis, que obtiene líquido inflamatorio con 24000 leucocitos y "
            "cristales de urato monosódico, con Gram y cultivo negativos, confirmándose una "
            "artritis gotosa aguda de rodilla derecha por gota (M10.9). Se trata con "
            "colchicina (M04AC01) 0.5 mg cada 12 h y prednisona (H02AB07) 30 mg al día por 5 "
            "días, con rápida mejoría del dolor. Se indica iniciar alopurinol (M04AA01) 100 "
            "mg al día en 2 semanas, dieta baja en purinas, suspender la cerveza y control "
            "en reumatología."
        ),
    },
    {
        "key": "c41",
        "note": "NAC en adulta mayor institucionalizada; texto libre sin ningún código",
        "input": (
            "Paciente de 90 años, sexo femenino, con demencia moderada y dependencia parcial, "
            "institucionalizada. Traída por compromiso del estado general, rechazo "
            "alimentario y tos de 2 días. Al ingreso febril 38.3, FR 26, SatO2 90% ambiental. "
            "Rx de tórax con condensación en lóbulo inferior izquierdo. GB 14500, PCR 167, "
            "Crea 0.9, Na 141. Diagnóstico: neumonía adquirida en la comunidad. Tratada con "
            "ceftriaxona 2 g EV al día por 7 días y oxígeno por naricera hasta el día 4. "
            "Presentó delirium hipoactivo que cedió sin fármacos. Alta a su residencia, "
            "control con médico tratante."
        ),
        "output": (
            "Ingresa por compromiso del estado general, rechazo alimentario y tos de 2 días "
            "de evolución. Paciente de sexo femenino, 90 años, con demencia moderada y "
            "dependencia parcial, institucionalizada. Al ingreso se encuentra febril a 38.3, "
            "con FR 26 y SatO2 de 90% ambiental. La radiografía de tórax muestra una "
            "condensación en el lóbulo inferior izquierdo, con GB 14500, PCR 167, creatinina "
            "de 0.9 y Na 141, diagnosticándose una neumonía adquirida en la comunidad. Se "
            "trata con ceftriaxona 2 g EV al día por 7 días y oxígeno por naricera hasta el "
            "día 4. Durante la hospitalización presenta un delirium hipoactivo que cede sin "
            "fármacos. Se otorga alta a su residencia con control por su médico tratante."
        ),
    },
]
