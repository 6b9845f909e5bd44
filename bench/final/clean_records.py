"""Hand-written clean epicrisis records (part 1) for the final benchmark.

Each record is meant to trigger no check of the spec: it opens with
"Ingresa por", has no markup, 80-200 words, writes every CIE-10/ATC code of the
input once in parentheses right after its name, and names no drug, diagnosis,
procedure or number absent from the input.
"""

CLEAN_A = [
    {
        "key": "c01",
        "note": "NAC en adulto mayor; claves en español, dx y fármacos como objetos",
        "input": {
            "paciente": {"nombre": "J.M.R.", "edad": 78, "sexo": "masculino"},
            "motivo_consulta": "Tos productiva, fiebre y disnea de 3 días de evolución",
            "antecedentes": ["Hipertensión arterial", "Tabaquismo suspendido"],
            "diagnosticos": [
                {"codigo": "J18.9", "nombre": "Neumonía adquirida en la comunidad"},
                {"codigo": "I10", "nombre": "Hipertensión arterial esencial"},
            ],
            "examenes": {"GB": 16800, "PCR": 186, "Crea": 1.1,
                         "Rx tórax": "condensación basal derecha"},
            "tratamiento": [
                {"farmaco": "Ceftriaxona", "atc": "J01DD04", "dosis": "2 g IV cada 24 h"},
                {"farmaco": "Azitromicina", "atc": "J01FA10", "dosis": "500 mg VO al día"},
                {"farmaco": "Losartán", "dosis": "50 mg c/12 h"},
            ],
            "evolucion": "Afebril desde el día 2, sin requerimientos de oxígeno al 4° día. "
                         "Completa 7 días de antibiótico.",
            "alta": "Control en APS en 7 días",
        },
        "output": (
            "Ingresa por cuadro de 3 días de tos productiva, fiebre y disnea. Paciente "
            "masculino de 78 años, con antecedente de hipertensión arterial (I10) en "
            "tratamiento con losartán y tabaquismo suspendido. Al ingreso destacan GB 16800 "
            "y PCR 186, con creatinina de 1.1, y la radiografía de tórax muestra una "
            "condensación basal derecha, planteándose una neumonía adquirida en la "
            "comunidad (J18.9). Se inicia ceftriaxona (J01DD04) 2 g IV cada 24 h asociada a "
            "azitromicina (J01FA10) 500 mg al día. Evoluciona afebril desde el día 2 y sin "
            "requerimientos de oxígeno al 4° día, con buena tolerancia oral. Completa 7 días "
            "de antibiótico durante la hospitalización. Se mantiene losartán 50 mg cada 12 h. "
            "Se otorga alta en buenas condiciones generales, con control en APS en 7 días."
        ),
    },
    {
        "key": "c02",
        "note": "pielonefritis en mujer joven; claves en inglés, código sin paréntesis con X",
        "input": {
            "patient": {"age": 34, "sex": "F"},
            "chief_complaint": "fiebre, disuria y dolor lumbar derecho de 2 días",
            "diagnoses": ["Pielonefritis aguda derecha N10X"],
            "labs": {"GB": 18200, "PCR": 240, "Crea": 0.8,
                     "sedimento": "piuria y bacteriuria",
                     "urocultivo": "E. coli > 100.000 UFC/ml sensible a ciprofloxacino"},
            "imaging": "Ecografía renal sin dilatación de vía urinaria",
            "meds": [
                {"name": "Ceftriaxona", "atc": "J01DD04", "dose": "1 g IV c/24h"},
                {"name": "Ciprofloxacino", "atc": "J01MA02", "dose": "500 mg VO c/12h"},
                {"name": "Paracetamol", "dose": "1 g c/8h SOS"},
            ],
            "hospital_course": "Afebril a las 48 h de tratamiento ev, se rota a vía oral al día 3.",
            "discharge_plan": "Completar 10 días de antibiótico total. Control con urocultivo.",
        },
        "output": (
            "Ingresa por fiebre, disuria y dolor lumbar derecho de 2 días de evolución. Se "
            "trata de una mujer de 34 años en quien se diagnostica una pielonefritis aguda "
            "derecha (N10X). En los exámenes de ingreso presenta GB 18200, PCR 240 y "
            "creatinina de 0.8, con sedimento urinario con piuria y bacteriuria. La ecografía "
            "renal no muestra dilatación de la vía urinaria. Se inicia ceftriaxona (J01DD04) "
            "1 g IV cada 24 h, quedando afebril a las 48 h. El urocultivo informa E. coli "
            "sensible a ciprofloxacino, por lo que al día 3 se rota a ciprofloxacino "
            "(J01MA02) 500 mg cada 12 h por vía oral. Recibe paracetamol según necesidad. Se "
            "indica completar 10 días de antibiótico en total y control con urocultivo."
        ),
    },
    {
        "key": "c03",
        "note": "IC descompensada con FA crónica; claves abreviadas, códigos inline con X",
        "input": {
            "ed": 81, "sx": "F",
            "mc": "disnea progresiva y edema EEII 1 semana",
            "dg": ["IC descompensada (I50.0)", "FA crónica (I48.2)", "HTA (I10X)"],
            "tto": ["Furosemida 40 mg EV c/12h (C03CA01)", "Enalapril 10 mg c/12h (C09AA02)",
                    "Bisoprolol 2.5 mg/d (C07AB07)", "Espironolactona 25 mg/d (C03DA01)",
                    "Acenocumarol seg. INR (B01AA07)"],
            "lab": "BNP 1850, Crea 1.3, K 4.1, Na 136, Hb 11.8",
            "img": "Rx tórax: cardiomegalia y derrame pleural bilateral. Ecocardiograma: FEVI 35%",
            "evol": "Balance negativo, baja 4 kg, sin O2 al alta",
            "plan": "control en poli de cardiología en 2 semanas, INR en 1 semana",
        },
        "output": (
            "Ingresa por disnea progresiva y edema de extremidades inferiores de 1 semana de "
            "evolución. Paciente femenina de 81 años, portadora de FA crónica (I48.2) "
            "anticoagulada con acenocumarol (B01AA07) e HTA (I10X). Se constata una IC "
            "descompensada (I50.0), con BNP 1850, creatinina 1.3, K 4.1 y Na 136. La "
            "radiografía de tórax muestra cardiomegalia y derrame pleural bilateral, y el "
            "ecocardiograma informa FEVI de 35%. Se maneja con furosemida (C03CA01) 40 mg EV "
            "cada 12 h, logrando balance negativo y baja de 4 kg. Se optimiza la terapia con "
            "enalapril (C09AA02) 10 mg cada 12 h, bisoprolol (C07AB07) 2.5 mg al día y "
            "espironolactona (C03DA01) 25 mg al día. Se da de alta sin requerimientos de "
            "oxígeno, con control de INR en 1 semana y control en policlínico de cardiología "
            "en 2 semanas."
        ),
    },
    {
        "key": "c04",
        "note": "EPOC exacerbado con IRA; input texto plano con códigos inline",
        "input": (
            "Hombre 69 años. EPOC GOLD E, O2 domiciliario 1 L/min. Consulta por aumento de "
            "disnea y expectoración purulenta de 5 días. Dg: EPOC exacerbado (J44.1); "
            "Insuficiencia respiratoria aguda (J96.0). GSA: pH 7.31, pCO2 58. Tto: Salbutamol "
            "(R03AC02) + Bromuro de ipratropio (R03BB01) en NBZ, Prednisona 40 mg/d x 5 días "
            "(H02AB07), Amoxicilina/ácido clavulánico 875/125 mg c/12h x 7 días (J01CR02). "
            "Requirió VMNI 48 h. Alta con O2 domiciliario 1 L/min y control broncopulmonar."
        ),
        "output": (
            "Ingresa por aumento de disnea y expectoración purulenta de 5 días de evolución. "
            "Hombre de 69 años, portador de EPOC en etapa GOLD E con oxígeno domiciliario a "
            "1 L/min. Se diagnostica un EPOC exacerbado (J44.1) con insuficiencia "
            "respiratoria aguda (J96.0), con gases arteriales que muestran pH 7.31 y pCO2 58, "
            "requiriendo VMNI durante 48 h. Recibe nebulizaciones con salbutamol (R03AC02) y "
            "bromuro de ipratropio (R03BB01), prednisona (H02AB07) 40 mg al día por 5 días y "
            "amoxicilina/ácido clavulánico (J01CR02) 875/125 mg cada 12 h por 7 días. "
            "Evoluciona con mejoría progresiva, logrando suspender la ventilación no "
            "invasiva. Se otorga alta con oxígeno domiciliario a 1 L/min y control en "
            "policlínico broncopulmonar."
        ),
    },
    {
        "key": "c05",
        "note": "celulitis de pierna en DM2; códigos sin punto en strings 'COD texto'",
        "input": {
            "sexo": "M", "edad": "57",
            "diagnosticos": ["L031 Celulitis de pierna izquierda",
                             "E119 Diabetes mellitus tipo 2", "E669 Obesidad"],
            "medicamentos": ["J01DB04 Cefazolina 1 g c/8h EV",
                             "J01DB05 Cefadroxilo 500 mg c/12h VO",
                             "A10BA02 Metformina 850 mg c/12h"],
            "examenes": "GB 13400, PCR 98, glicemia 212, HbA1c 8.1%",
            "evolucion": "Eritema y aumento de volumen de pierna izquierda de 4 días. Se marca "
                         "borde. Regresión de eritema al día 3 de cefazolina, afebril. "
                         "Ecografía partes blandas sin colección.",
            "indicaciones_alta": "Cefadroxilo hasta completar 10 días; reposo con pierna "
                                 "elevada; control en CESFAM.",
        },
        "output": (
            "Ingresa por eritema y aumento de volumen de la pierna izquierda de 4 días de "
            "evolución. Paciente masculino de 57 años con diabetes mellitus tipo 2 (E11.9) en "
            "tratamiento con metformina (A10BA02) y obesidad (E66.9). Se diagnostica una "
            "celulitis de pierna izquierda (L03.1), con GB 13400, PCR 98 y glicemia de 212, "
            "con HbA1c de 8.1%. La ecografía de partes blandas descarta colección. Recibe "
            "cefazolina (J01DB04) 1 g EV cada 8 h, con regresión del eritema al día 3 y "
            "manteniéndose afebril. Se rota a cefadroxilo (J01DB05) 500 mg cada 12 h por vía "
            "oral hasta completar 10 días. Mantiene metformina 850 mg cada 12 h. Se indica "
            "reposo con pierna elevada y control en CESFAM."
        ),
    },
    {
        "key": "c06",
        "note": "infarto cerebral; input como lista de filas campo/valor",
        "input": [
            {"campo": "Edad", "valor": "72"},
            {"campo": "Sexo", "valor": "Femenino"},
            {"campo": "Motivo", "valor": "Hemiparesia derecha y afasia de inicio súbito, "
                                         "6 horas de evolución"},
            {"campo": "Diagnóstico principal", "valor": "Infarto cerebral (I63.9)"},
            {"campo": "Diagnóstico secundario", "valor": "Hipertensión arterial (I10)"},
            {"campo": "Diagnóstico secundario", "valor": "Dislipidemia (E78.5)"},
            {"campo": "Imágenes", "valor": "TAC de cerebro sin hemorragia; RM con infarto "
                                           "agudo territorio ACM izquierda"},
            {"campo": "Fármacos", "valor": "AAS 100 mg (B01AC06); Atorvastatina 80 mg "
                                           "(C10AA05); Losartán 50 mg c/12h (C09CA01)"},
            {"campo": "NIHSS", "valor": "ingreso 8, alta 3"},
            {"campo": "Rehabilitación", "valor": "kinesioterapia y fonoaudiología"},
            {"campo": "Evolución", "valor": "Fuera de ventana para trombólisis. Holter sin FA."},
            {"campo": "Control", "valor": "Policlínico de neurología"},
        ],
        "output": (
            "Ingresa por hemiparesia derecha y afasia de inicio súbito, con 6 horas de "
            "evolución. Paciente femenina de 72 años con antecedentes de hipertensión "
            "arterial (I10) y dislipidemia (E78.5). El TAC de cerebro descarta hemorragia y "
            "la RM confirma un infarto cerebral (I63.9) agudo en territorio de la arteria "
            "cerebral media izquierda. Por encontrarse fuera de ventana no se realiza "
            "trombólisis. Se inicia AAS (B01AC06) 100 mg y atorvastatina (C10AA05) 80 mg, y "
            "se ajusta losartán (C09CA01) a 50 mg cada 12 h. El Holter no muestra FA. Realiza "
            "kinesioterapia y fonoaudiología, con NIHSS de 8 al ingreso y de 3 al alta. Se "
            "decide el alta con control en policlínico de neurología y rehabilitación "
            "ambulatoria."
        ),
    },
    {
        "key": "c07",
        "note": "FA paroxística con RVR; input texto libre con códigos entre paréntesis",
        "input": (
            "Paciente masculino, 64 años, HTA (I10) en tratamiento con amlodipino 5 mg "
            "(C08CA01). Consulta por palpitaciones y disnea de 12 horas. ECG: fibrilación "
            "auricular con respuesta ventricular rápida 148 lpm. Dg: Fibrilación auricular "
            "paroxística (I48.0). TSH normal. Ecocardiograma: FEVI conservada, AI dilatada. "
            "CHA2DS2-VASc 1, HAS-BLED 0. Manejo: bisoprolol 5 mg/día (C07AB07), apixabán 5 mg "
            "c/12h (B01AF02). Revierte a ritmo sinusal espontáneamente a las 24 h. Alta con "
            "control en cardiología."
        ),
        "output": (
            "Ingresa por palpitaciones y disnea de 12 horas de evolución. Paciente masculino "
            "de 64 años, con HTA (I10) en tratamiento con amlodipino (C08CA01) 5 mg. El ECG "
            "de ingreso muestra fibrilación auricular con respuesta ventricular rápida a 148 "
            "lpm, configurándose una fibrilación auricular paroxística (I48.0). La TSH "
            "resulta normal y el ecocardiograma muestra FEVI conservada con aurícula "
            "izquierda dilatada. Se inicia control de frecuencia con bisoprolol (C07AB07) 5 "
            "mg al día, con reversión espontánea a ritmo sinusal a las 24 h. Con puntaje "
            "CHA2DS2-VASc de 1 y HAS-BLED de 0, se decide anticoagular con apixabán (B01AF02) "
            "5 mg cada 12 h. Evoluciona asintomático y hemodinámicamente estable. Se otorga "
            "alta con control en policlínico de cardiología."
        ),
    },
    {
        "key": "c08",
        "note": "HDA por úlcera duodenal; claves en español anidadas, procedimientos",
        "input": {
            "identificacion": {"edad": 59, "sexo": "masculino"},
            "motivo_ingreso": "Melena de 2 días y un episodio de hematemesis, asociado a mareo",
            "antecedentes": "Consumo de AINE por lumbago (ibuprofeno)",
            "diagnosticos_egreso": [
                {"cie10": "K26.4", "glosa": "Úlcera duodenal con hemorragia"},
                {"cie10": "D62", "glosa": "Anemia aguda posthemorrágica"},
            ],
            "procedimientos": [
                "EDA: úlcera bulbar Forrest IIa, se realiza terapia endoscópica con "
                "adrenalina y clips",
                "Transfusión de 2 U de glóbulos rojos",
            ],
            "laboratorio": {"Hb_ingreso": 7.2, "Hb_alta": 9.4, "BUN": 48},
            "farmacos": [{"nombre": "Omeprazol", "atc": "A02BC01",
                          "posologia": "80 mg bolo EV, luego 40 mg c/12h"}],
            "alta": "Omeprazol 40 mg c/12h por 8 semanas, suspender AINE, test de ureasa "
                    "pendiente",
        },
        "output": (
            "Ingresa por melena de 2 días y un episodio de hematemesis asociado a mareo. "
            "Paciente masculino de 59 años con consumo de AINE, ibuprofeno, por lumbago. Al "
            "ingreso presenta Hb de 7.2 y BUN de 48, requiriendo transfusión de 2 U de "
            "glóbulos rojos. Se inicia omeprazol (A02BC01) 80 mg en bolo EV y luego 40 mg "
            "cada 12 h. La EDA muestra una úlcera bulbar Forrest IIa, realizándose terapia "
            "endoscópica con adrenalina y clips, lo que configura una úlcera duodenal con "
            "hemorragia (K26.4) y anemia aguda posthemorrágica (D62). Evoluciona sin nuevos "
            "episodios de melena, con Hb de 9.4 al alta. Se indica omeprazol 40 mg cada 12 h "
            "por 8 semanas, suspender AINE y seguimiento del test de ureasa pendiente."
        ),
    },
    {
        "key": "c09",
        "note": "cetoacidosis en DM2 gatillada por ITU; claves en inglés, fármacos como strings",
        "input": {
            "age": 52, "gender": "female",
            "admission_reason": "poliuria, polidipsia, vómitos y dolor abdominal de 3 días",
            "diagnoses": [
                {"code": "E11.1", "description": "Diabetes mellitus tipo 2 con cetoacidosis"},
                {"code": "N39.0", "description": "Infección del tracto urinario"},
            ],
            "labs": {"glicemia": 486, "pH": 7.18, "HCO3": 9, "cetonemia": "positiva",
                     "K": 3.6, "Crea": 1.4, "HbA1c": 12.4,
                     "urocultivo": "E. coli multisensible"},
            "treatment": ["Hidratación con suero fisiológico",
                          "Insulina cristalina en infusión EV (A10AB01)",
                          "Cloruro de potasio (A12BA01)", "Ceftriaxona 1 g/día (J01DD04)",
                          "Insulina NPH 20 U AM y 10 U PM al alta (A10AC01)",
                          "Metformina 850 mg c/12h (A10BA02)"],
            "course": "Cetoacidosis resuelta a las 36 horas. Crea al alta 0.9.",
            "follow_up": "Educación diabetológica, control en policlínico de diabetes en "
                         "1 semana",
        },
        "output": (
            "Ingresa por poliuria, polidipsia, vómitos y dolor abdominal de 3 días de "
            "evolución. Mujer de 52 años con DM2 que consulta con glicemia de 486, pH 7.18, "
            "HCO3 de 9 y cetonemia positiva, confirmándose una diabetes mellitus tipo 2 con "
            "cetoacidosis (E11.1). Se identifica como desencadenante una infección del tracto "
            "urinario (N39.0), con urocultivo positivo a E. coli multisensible, tratada con "
            "ceftriaxona (J01DD04) 1 g al día. Se maneja con hidratación con suero "
            "fisiológico, insulina cristalina (A10AB01) en infusión EV y aporte de cloruro "
            "de potasio (A12BA01), con K inicial de 3.6. La cetoacidosis se resuelve a las "
            "36 horas y la creatinina baja de 1.4 a 0.9. Con HbA1c de 12.4, se indica al "
            "alta insulina NPH (A10AC01) 20 U AM y 10 U PM más metformina (A10BA02) 850 mg "
            "cada 12 h. Recibe educación diabetológica y control en policlínico de diabetes "
            "en 1 semana."
        ),
    },
    {
        "key": "c10",
        "note": "colecistitis aguda litiásica operada; código sin punto, claves abreviadas",
        "input": {
            "pac": {"edad": 46, "sexo": "F"},
            "ingreso": "dolor en hipocondrio derecho de 24 h, vómitos, fiebre 38.4",
            "dx": "Colelitiasis con colecistitis aguda (K800)",
            "imagenes": "Ecografía abdominal: vesícula distendida, pared 6 mm, cálculo "
                        "enclavado en bacinete, Murphy ecográfico +",
            "lab": "GB 14900 PCR 132 BT 1.1 FA 98 GGT 76 lipasa normal",
            "cirugia": "Colecistectomía laparoscópica al día 1, sin incidentes",
            "atb": [{"f": "Ceftriaxona", "atc": "J01DD04", "d": "2 g/día"},
                    {"f": "Metronidazol", "atc": "J01XD01", "d": "500 mg c/8h EV"}],
            "analgesia": "Ketorolaco 30 mg c/8h EV (M01AB15), paracetamol 1 g c/8h",
            "alta": "Paracetamol 1 g c/8h por 5 días, control en policlínico de cirugía con "
                    "biopsia",
        },
        "output": (
            "Ingresa por dolor en hipocondrio derecho de 24 h de evolución, asociado a "
            "vómitos y fiebre de 38.4. Paciente de sexo femenino, 46 años. En los exámenes "
            "destaca GB 14900 y PCR 132, con bilirrubina total de 1.1, FA 98, GGT 76 y lipasa "
            "normal. La ecografía abdominal evidencia vesícula distendida con pared de 6 mm, "
            "cálculo enclavado en el bacinete y signo de Murphy ecográfico positivo, "
            "compatible con colelitiasis con colecistitis aguda (K80.0). Se inicia "
            "ceftriaxona (J01DD04) 2 g al día y metronidazol (J01XD01) 500 mg cada 8 h EV, "
            "con analgesia en base a ketorolaco (M01AB15) 30 mg y paracetamol. Al día 1 se "
            "realiza colecistectomía laparoscópica sin incidentes. Evoluciona con buena "
            "tolerancia oral y dolor controlado. Se indica paracetamol 1 g cada 8 h por 5 "
            "días y control en policlínico de cirugía con resultado de biopsia."
        ),
    },
    {
        "key": "c11",
        "note": "apendicitis aguda en joven; input con listas anidadas [clave, valor]",
        "input": {
            "datos": [["edad", 23], ["sexo", "M"]],
            "anamnesis": "Dolor abdominal periumbilical migrado a fosa ilíaca derecha de 18 "
                         "horas, anorexia, náuseas",
            "examen_fisico": "Blumberg positivo, T 37.9",
            "laboratorio": [["GB", 15600], ["PCR", 64]],
            "imagen": "TAC abdomen y pelvis: apéndice de 11 mm con cambios inflamatorios "
                      "periapendiculares, sin absceso",
            "diagnostico": [["K35.8", "Apendicitis aguda"]],
            "procedimiento": "Apendicectomía laparoscópica",
            "biopsia": "pendiente",
            "medicamentos": [["J01DD04", "Ceftriaxona 2 g EV"],
                             ["J01XD01", "Metronidazol 500 mg EV c/8h"],
                             ["N02BE01", "Paracetamol 1 g c/8h VO"]],
            "evolucion": "Postoperatorio sin complicaciones, realimentado a las 12 horas",
        },
        "output": (
            "Ingresa por dolor abdominal periumbilical de 18 horas de evolución que migra a "
            "fosa ilíaca derecha, asociado a anorexia y náuseas. Paciente masculino de 23 "
            "años. Al examen físico destaca temperatura de 37.9 y signo de Blumberg "
            "positivo. En el laboratorio presenta GB 15600 y PCR 64. La TAC de abdomen y "
            "pelvis muestra un apéndice de 11 mm con cambios inflamatorios periapendiculares "
            "y sin absceso, confirmándose una apendicitis aguda (K35.8). Recibe ceftriaxona "
            "(J01DD04) 2 g EV y metronidazol (J01XD01) 500 mg EV, y se realiza apendicectomía "
            "laparoscópica. El postoperatorio cursa sin complicaciones, realimentándose a las "
            "12 horas. Se indica paracetamol (N02BE01) 1 g cada 8 h por vía oral, quedando "
            "pendiente la biopsia."
        ),
    },
    {
        "key": "c12",
        "note": "pancreatitis aguda biliar; claves con mayúscula y espacios, dx en un string",
        "input": {
            "Edad": 38, "Sexo": "Femenino",
            "Motivo de consulta": "Dolor epigástrico transfixiante de 10 horas con vómitos",
            "Diagnósticos": "Pancreatitis aguda biliar (K85.1) - Colelitiasis (K80.2)",
            "Exámenes": "Lipasa 3450 U/L, GB 12100, PCR 45 al ingreso y 160 a las 48 h, "
                        "BT 1.8, GPT 210",
            "Imágenes": "Ecografía: colelitiasis, vía biliar 5 mm. TAC día 3: Balthazar C, "
                        "sin necrosis",
            "Tratamiento": "Régimen cero, hidratación con Ringer lactato, tramadol 100 mg "
                           "c/8h (N02AX02), ondansetrón 4 mg c/8h (A04AA01)",
            "Evolución": "Realimentación oral al día 4 bien tolerada",
            "Plan": "Colecistectomía laparoscópica electiva diferida, control en cirugía",
        },
        "output": (
            "Ingresa por dolor epigástrico transfixiante de 10 horas de evolución asociado a "
            "vómitos. Paciente femenina de 38 años. Al ingreso presenta lipasa de 3450 U/L, "
            "GB 12100 y PCR 45, con BT 1.8 y GPT 210. La ecografía abdominal muestra "
            "colelitiasis (K80.2) con vía biliar de 5 mm, por lo que se diagnostica una "
            "pancreatitis aguda biliar (K85.1). Se maneja con régimen cero, hidratación con "
            "Ringer lactato, tramadol (N02AX02) 100 mg cada 8 h y ondansetrón (A04AA01) 4 mg "
            "cada 8 h. La PCR asciende a 160 a las 48 h y la TAC del día 3 se informa como "
            "Balthazar C, sin necrosis. Se realimenta por vía oral al día 4, con buena "
            "tolerancia. Se da de alta con indicación de colecistectomía laparoscópica "
            "electiva diferida y control en cirugía."
        ),
    },
    {
        "key": "c13",
        "note": "fractura de cadera por caída en adulta mayor; relleno X (W19X, I10X)",
        "input": {
            "paciente": "Mujer de 87 años, autovalente, con HTA y osteoporosis",
            "evento": "Caída a nivel en domicilio, dolor e impotencia funcional de cadera "
                      "derecha",
            "diagnosticos": [
                {"cod": "S72.0", "desc": "Fractura de cuello de fémur derecho"},
                {"cod": "W19X", "desc": "Caída no especificada"},
                {"cod": "I10X", "desc": "Hipertensión esencial"},
            ],
            "cirugia": "Artroplastia parcial de cadera derecha al día 2",
            "medicamentos": [
                {"n": "Enoxaparina 40 mg SC/día", "atc": "B01AB05"},
                {"n": "Tramadol 50 mg c/8h", "atc": "N02AX02"},
                {"n": "Paracetamol 1 g c/8h", "atc": "N02BE01"},
                {"n": "Amlodipino 5 mg/día", "atc": "C08CA01"},
            ],
            "lab": {"Hb pre": 12.1, "Hb post": 9.8},
            "rehab": "kinesioterapia motora desde el día 1 postoperatorio, marcha con andador",
            "alta": "Enoxaparina por 35 días, control en traumatología en 2 semanas",
        },
        "output": (
            "Ingresa por dolor e impotencia funcional de cadera derecha tras una caída (W19X) "
            "a nivel en su domicilio. Mujer de 87 años, autovalente, con antecedentes de "
            "hipertensión esencial (I10X) en tratamiento con amlodipino (C08CA01) y "
            "osteoporosis. Se diagnostica una fractura de cuello de fémur derecho (S72.0), "
            "realizándose artroplastia parcial de cadera derecha al día 2. Recibe analgesia "
            "con paracetamol (N02BE01) 1 g cada 8 h y tramadol (N02AX02) 50 mg cada 8 h, "
            "además de enoxaparina (B01AB05) 40 mg SC al día. La Hb desciende de 12.1 a 9.8 "
            "en el postoperatorio. Inicia kinesioterapia motora desde el día 1 "
            "postoperatorio, logrando marcha con andador. Se indica enoxaparina por 35 días "
            "y control en traumatología en 2 semanas."
        ),
    },
    {
        "key": "c14",
        "note": "LRA prerrenal por gastroenteritis; texto plano con códigos sin punto al inicio",
        "input": (
            "Hombre de 76 años, DM2 e HTA usuario de losartán y metformina. Consulta por "
            "diarrea acuosa y vómitos de 4 días, con decaimiento y oliguria. Ingreso: Crea "
            "3.2 (basal 1.0), BUN 68, Na 148, K 5.4, HCO3 17. Diagnósticos: N179 Lesión renal "
            "aguda; A090 Gastroenteritis aguda infecciosa; E86X Deshidratación; E119 DM2; "
            "I10X HTA. Manejo: suspensión de losartán y metformina, hidratación EV con suero "
            "fisiológico, control de diuresis. Crea alta 1.2. Alta: reiniciar metformina, "
            "mantener losartán suspendido hasta control con nefrología en 1 semana."
        ),
        "output": (
            "Ingresa por diarrea acuosa y vómitos de 4 días de evolución, asociados a "
            "decaimiento y oliguria. Paciente masculino de 76 años, con DM2 (E11.9) e HTA "
            "(I10X), usuario de losartán y metformina. En los exámenes de ingreso destaca "
            "creatinina de 3.2, con basal de 1.0, BUN 68, Na 148, K 5.4 y HCO3 de 17, "
            "configurando una lesión renal aguda (N17.9) en contexto de gastroenteritis "
            "aguda infecciosa (A09.0) y deshidratación (E86X). Se suspenden losartán y "
            "metformina y se inicia hidratación EV con suero fisiológico, con control "
            "estricto de diuresis. Evoluciona con recuperación de la función renal, con "
            "creatinina de 1.2 al alta. Se reinicia metformina y se mantiene losartán "
            "suspendido hasta control con nefrología en 1 semana."
        ),
    },
    {
        "key": "c15",
        "note": "delirium sobre demencia por ITU; claves inglés, dx de base como strings",
        "input": {
            "demographics": {"age": 84, "sex": "F"},
            "presenting_complaint": "Desorientación fluctuante, agitación nocturna y "
                                    "disminución de ingesta de 2 días",
            "background": ["Demencia tipo Alzheimer (G30.9)",
                           "Hipotiroidismo (E03.9) en tratamiento con levotiroxina 50 mcg "
                           "(H03AA01)"],
            "diagnoses": ["Delirium superpuesto a demencia (F05.1)",
                          "Infección urinaria (N39.0)"],
            "labs": "GB 11200, PCR 78, orina completa con nitritos positivos y leucocituria, "
                    "urocultivo K. pneumoniae sensible a cefalosporinas, Na 134",
            "treatment": ["Ceftriaxona 1 g EV c/24h x 5 días (J01DD04)",
                          "Quetiapina 12.5 mg nocturna (N05AH04)",
                          "Medidas no farmacológicas de reorientación"],
            "course": "Recupera ciclo sueño-vigilia al día 4, vuelve a su estado basal",
            "discharge": "Quetiapina 12.5 mg noche por 7 días y luego suspender. Control en "
                         "geriatría.",
        },
        "output": (
            "Ingresa por desorientación fluctuante, agitación nocturna y disminución de la "
            "ingesta de 2 días de evolución. Paciente femenina de 84 años, con demencia tipo "
            "Alzheimer (G30.9) e hipotiroidismo (E03.9) en tratamiento con levotiroxina "
            "(H03AA01) 50 mcg. En el estudio se evidencia GB 11200, PCR 78 y orina completa "
            "con nitritos positivos y leucocituria, diagnosticándose una infección urinaria "
            "(N39.0) como desencadenante de un delirium superpuesto a demencia (F05.1). El "
            "urocultivo informa K. pneumoniae sensible a cefalosporinas. Recibe ceftriaxona "
            "(J01DD04) 1 g EV cada 24 h por 5 días, junto a medidas no farmacológicas de "
            "reorientación y quetiapina (N05AH04) 12.5 mg nocturna. Recupera el ciclo "
            "sueño-vigilia al día 4 y vuelve a su estado basal. Se indica quetiapina 12.5 mg "
            "en la noche por 7 días y luego suspender, con control en geriatría."
        ),
    },
    {
        "key": "c16",
        "note": "sepsis urinaria con noradrenalina; claves abreviadas, lab anidado",
        "input": {
            "id_pac": "HCM-20931", "ed": 67, "sx": "M",
            "ant": "Hiperplasia prostática benigna (N40X) usuario de tamsulosina (G04CA02)",
            "mc": "fiebre 39.5, calofríos y compromiso de conciencia de 1 día",
            "dg": ["Sepsis por gramnegativos (A41.5)", "Pielonefritis aguda (N10X)"],
            "lab": {"lactato": 4.2, "PCR": 310, "GB": 21300, "Crea": 2.1,
                    "hemocultivos": "2/2 E. coli", "urocultivo": "E. coli BLEE -"},
            "tto": ["Cristaloides 30 ml/kg",
                    "Noradrenalina hasta 0.15 mcg/kg/min por 36 h (C01CA03)",
                    "Ceftriaxona 2 g/día (J01DD04)",
                    "Ciprofloxacino 500 mg c/12h hasta completar 14 días (J01MA02)"],
            "uci": "Ingreso a UPC por 3 días",
            "evol": "Lactato normaliza a las 24 h, Crea al alta 1.1",
        },
        "output": (
            "Ingresa por fiebre de 39.5, calofríos y compromiso de conciencia de 1 día de "
            "evolución. Paciente masculino de 67 años, con hiperplasia prostática benigna "
            "(N40X) en tratamiento con tamsulosina (G04CA02). Al ingreso presenta lactato de "
            "4.2, PCR 310, GB 21300 y creatinina de 2.1, configurándose una sepsis por "
            "gramnegativos (A41.5) de foco urinario secundaria a pielonefritis aguda (N10X). "
            "Se reanima con cristaloides 30 ml/kg y requiere noradrenalina (C01CA03) hasta "
            "0.15 mcg/kg/min por 36 h, permaneciendo en UPC por 3 días. Se inicia "
            "ceftriaxona (J01DD04) 2 g al día. Los hemocultivos resultan positivos 2/2 para "
            "E. coli, al igual que el urocultivo, sin BLEE. El lactato se normaliza a las 24 "
            "h y la creatinina al alta es de 1.1. Se rota a ciprofloxacino (J01MA02) 500 mg "
            "cada 12 h hasta completar 14 días."
        ),
    },
    {
        "key": "c17",
        "note": "TEP con TVP; claves en español, exámenes como objeto",
        "input": {
            "paciente": {"edad": 58, "sexo": "femenino"},
            "motivo": "Disnea súbita y dolor pleurítico derecho, 2 días, post viaje largo",
            "examenes": {"dimero_D": 4.8, "troponina": "negativa",
                         "angioTAC": "TEP segmentario bilateral, sin sobrecarga de VD",
                         "ecodoppler_EEII": "TVP femoropoplítea izquierda"},
            "diagnosticos": [
                {"codigo": "I26.9", "descripcion": "Tromboembolismo pulmonar"},
                {"codigo": "I80.2", "descripcion": "Trombosis venosa profunda de extremidad "
                                                   "inferior"},
            ],
            "tratamiento": [
                {"nombre": "Enoxaparina", "atc": "B01AB05", "dosis": "60 mg SC c/12h"},
                {"nombre": "Rivaroxabán", "atc": "B01AF01",
                 "dosis": "15 mg c/12h x 21 días, luego 20 mg/día"},
            ],
            "sPESI": 0,
            "evolucion": "Sin requerimiento de O2 al día 3",
            "plan_alta": "Anticoagulación por al menos 3 meses, control en hematología",
        },
        "output": (
            "Ingresa por disnea súbita y dolor pleurítico derecho de 2 días de evolución, "
            "posterior a un viaje largo. Paciente de sexo femenino, 58 años. Presenta dímero "
            "D de 4.8 con troponina negativa, y el angioTAC confirma un tromboembolismo "
            "pulmonar (I26.9) segmentario bilateral, sin sobrecarga del ventrículo derecho, "
            "con sPESI de 0. El ecodoppler de extremidades inferiores muestra una trombosis "
            "venosa profunda (I80.2) femoropoplítea izquierda. Se inicia enoxaparina "
            "(B01AB05) 60 mg SC cada 12 h, con buena evolución y sin requerimiento de "
            "oxígeno desde el día 3. Al alta se traslapa a rivaroxabán (B01AF01) 15 mg cada "
            "12 h por 21 días y luego 20 mg al día. Se indica anticoagulación por al menos 3 "
            "meses y control en hematología."
        ),
    },
    {
        "key": "c18",
        "note": "hiponatremia por tiazida; texto plano, fármacos sin ATC",
        "input": (
            "Mujer 79 años. Antecedentes: HTA en tratamiento con hidroclorotiazida 25 mg/día, "
            "hipotiroidismo con levotiroxina 75 mcg. Consulta por náuseas, inestabilidad de la "
            "marcha y somnolencia de 3 días. Na 118, K 3.2, osmolaridad plasmática 248, Na "
            "urinario 42, TSH 2.1, cortisol normal. Dg egreso: E87.1 Hiponatremia; I10X "
            "Hipertensión arterial; E03.9 Hipotiroidismo. Tto: suspensión de "
            "hidroclorotiazida, suero fisiológico 0.9% con corrección lenta, KCl EV. Na alta "
            "133. Se cambia antihipertensivo a amlodipino 5 mg. Control de ELP en 72 h en "
            "CESFAM."
        ),
        "output": (
            "Ingresa por náuseas, inestabilidad de la marcha y somnolencia de 3 días de "
            "evolución. Mujer de 79 años con hipertensión arterial (I10X) en tratamiento con "
            "hidroclorotiazida 25 mg al día e hipotiroidismo (E03.9) usuaria de levotiroxina "
            "75 mcg. En los exámenes destaca Na 118, K 3.2 y osmolaridad plasmática de 248, "
            "con Na urinario de 42, TSH 2.1 y cortisol normal, planteándose una hiponatremia "
            "(E87.1) asociada a hidroclorotiazida. Se suspende el fármaco y se inicia "
            "corrección lenta con suero fisiológico 0.9%, además de aporte de KCl EV. "
            "Evoluciona con mejoría clínica y Na de 133 al alta. Se cambia el "
            "antihipertensivo a amlodipino 5 mg y se solicita control de ELP en 72 h en "
            "CESFAM."
        ),
    },
    {
        "key": "c19",
        "note": "IAM sin SDST con angioplastía; claves en inglés, fármacos como objetos",
        "input": {
            "age": 63, "sex": "M",
            "risk_factors": ["DM2 (E11.9)", "Tabaquismo activo", "Dislipidemia (E78.5)"],
            "presentation": "Dolor torácico opresivo de 2 horas, irradiado a brazo izquierdo",
            "ECG": "infradesnivel ST V4-V6",
            "troponin": "T us 845 ng/L",
            "diagnosis": "IAM sin SDST (I21.4)",
            "procedures": ["Coronariografía: lesión 90% de arteria descendente anterior",
                           "Angioplastía con stent farmacoactivo"],
            "ecocardiograma": "FEVI 50%, hipoquinesia anterior",
            "meds": [
                {"drug": "AAS", "atc": "B01AC06", "dose": "100 mg/d"},
                {"drug": "Clopidogrel", "atc": "B01AC04", "dose": "75 mg/d"},
                {"drug": "Atorvastatina", "atc": "C10AA05", "dose": "80 mg/d"},
                {"drug": "Bisoprolol", "atc": "C07AB07", "dose": "2.5 mg/d"},
                {"drug": "Metformina", "atc": "A10BA02", "dose": "850 mg c/12h"},
            ],
            "discharge": "Rehabilitación cardíaca, cese tabáquico, control cardiología "
                         "2 semanas",
        },
        "output": (
            "Ingresa por dolor torácico opresivo de 2 horas de evolución irradiado a brazo "
            "izquierdo. Paciente masculino de 63 años, con DM2 (E11.9) en tratamiento con "
            "metformina (A10BA02), dislipidemia (E78.5) y tabaquismo activo. El ECG muestra "
            "infradesnivel del ST de V4 a V6 y la troponina T us es de 845 ng/L, "
            "diagnosticándose un IAM sin SDST (I21.4). Se carga con AAS (B01AC06) y "
            "clopidogrel (B01AC04) y se realiza coronariografía, que evidencia una lesión "
            "de 90% en la arteria descendente anterior, tratada con angioplastía con stent "
            "farmacoactivo. El ecocardiograma muestra FEVI de 50% con hipoquinesia anterior. "
            "Se indica al alta AAS 100 mg, clopidogrel 75 mg, atorvastatina (C10AA05) 80 mg "
            "y bisoprolol (C07AB07) 2.5 mg al día, manteniendo metformina 850 mg cada 12 h. "
            "Se deriva a rehabilitación cardíaca, con indicación de cese tabáquico y control "
            "en cardiología en 2 semanas."
        ),
    },
    {
        "key": "c20",
        "note": "crisis asmática severa; claves capitalizadas, tratamiento en un string",
        "input": {
            "Nombre": "C.P.", "Edad": 29, "Sexo": "F",
            "Motivo": "Disnea, sibilancias y tos seca de 1 día, gatillado por infección viral",
            "Dg": "Crisis asmática severa / Asma (J45.9)",
            "Examen": "SatO2 89% ambiental, FR 28, PEF 35% del teórico",
            "Tratamiento": "Salbutamol en NBZ seriadas (R03AC02), bromuro de ipratropio "
                           "(R03BB01), metilprednisolona 40 mg EV (H02AB04), sulfato de "
                           "magnesio 2 g EV (A12CC02), O2 por naricera",
            "Evolucion": "PEF al alta 80%, SatO2 96% ambiental",
            "Alta": "Budesonida/formoterol 160/4.5 2 puff c/12h (R03AK07), prednisona 40 "
                    "mg/d por 5 días (H02AB07), control en broncopulmonar",
        },
        "output": (
            "Ingresa por disnea, sibilancias y tos seca de 1 día de evolución, gatillada por "
            "una infección viral. Paciente femenina de 29 años con asma (J45.9), que al "
            "ingreso presenta SatO2 de 89% ambiental, FR 28 y PEF de 35% del teórico, "
            "configurando una crisis asmática severa. Se maneja con oxígeno por naricera, "
            "nebulizaciones seriadas de salbutamol (R03AC02) y bromuro de ipratropio "
            "(R03BB01), metilprednisolona (H02AB04) 40 mg EV y sulfato de magnesio (A12CC02) "
            "2 g EV. Evoluciona favorablemente, con PEF de 80% y SatO2 de 96% ambiental al "
            "alta. Se indica budesonida/formoterol (R03AK07) 160/4.5 2 puff cada 12 h y "
            "prednisona (H02AB07) 40 mg al día por 5 días, con control en policlínico "
            "broncopulmonar."
        ),
    },
]
