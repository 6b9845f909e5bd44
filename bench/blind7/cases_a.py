# -*- coding: utf-8 -*-
"""Scenarios A: traumatology, orthopaedics, ophthalmology, ENT, urology."""
from helpers import put, drop, append, both

SCENARIOS = []

# 1 Chile, traumatología, radio distal izquierdo
SCENARIOS.append({
    "key": "radio_izq_cl",
    "input": {
        "paciente": {"sexo": "F", "edad": 67, "prevision": "FONASA B"},
        "servicio": "Traumatología y Ortopedia",
        "motivo_ingreso": "caída a nivel con apoyo de mano izquierda",
        "diagnosticos": [{"cie10": "S52.5", "glosa": "Fractura de la epífisis inferior del radio", "lateralidad": "izquierda"}],
        "antecedentes": [{"cie10": "I10", "glosa": "Hipertensión arterial"},
                         {"cie10": "M81.0", "glosa": "Osteoporosis postmenopáusica"}],
        "procedimientos": [{"fecha": "2024-05-14", "nombre": "Reducción abierta y osteosíntesis con placa volar", "lado": "izquierdo"}],
        "farmacos": [
            {"atc": "C09CA01", "nombre": "Losartán", "dosis": "50 mg", "via": "oral", "frecuencia": "cada 12 horas", "tipo": "habitual"},
            {"atc": "J01DB04", "nombre": "Cefazolina", "dosis": "2 g", "via": "endovenosa", "frecuencia": "dosis única preoperatoria"},
            {"atc": "N02BE01", "nombre": "Paracetamol", "dosis": "1 g", "via": "oral", "frecuencia": "cada 8 horas", "duracion": "7 días"},
            {"atc": "N02AX02", "nombre": "Tramadol", "dosis": "50 mg", "via": "oral", "frecuencia": "cada 8 horas si dolor"}],
        "examen_fisico": {"ingreso": "deformidad en dorso de tenedor de muñeca izquierda, sin déficit neurovascular distal",
                          "mano_derecha": "sin lesiones"},
        "imagenes": [{"tipo": "Radiografía de muñeca izquierda", "informe": "fractura extraarticular de radio distal con desplazamiento dorsal"}],
        "evolucion": "POP sin incidentes, dolor controlado, radiografía de control con reducción satisfactoria",
        "dias_estada": 2,
        "indicaciones": ["control en policlínico de traumatología en 10 días", "retiro de puntos a los 14 días", "férula antebraquial"],
    },
    "output": """Ingresa por caída a nivel con apoyo de mano izquierda, diagnosticándose fractura de la epífisis inferior
del radio izquierdo (S52.5) en paciente de sexo femenino de 67 años, con antecedentes de hipertensión arterial (I10) y
osteoporosis postmenopáusica (M81.0), usuaria de losartán (C09CA01) 50 mg cada 12 horas. Al ingreso destaca deformidad
en dorso de tenedor de muñeca izquierda, sin déficit neurovascular distal; mano derecha sin lesiones. La radiografía de
muñeca izquierda muestra fractura extraarticular de radio distal con desplazamiento dorsal. Se realiza reducción abierta
y osteosíntesis con placa volar izquierda, con profilaxis con cefazolina (J01DB04) 2 g endovenosa. POP sin incidentes,
dolor controlado con paracetamol (N02BE01) 1 g cada 8 horas y tramadol (N02AX02) 50 mg cada 8 horas si dolor.
Radiografía de control con reducción satisfactoria. Se otorga el alta tras 2 días de estada, con férula antebraquial,
control en policlínico de traumatología en 10 días y retiro de puntos a los 14 días.""",
    "note": "Limpio: lado izquierdo repetido varias veces y mano derecha sana mencionada de paso, como en el input.",
    "variants": [
        ([], "Trampa: edad en palabras y un hijo (varón) acompañante; la paciente sigue siendo mujer.",
         [("de sexo femenino de 67 años,", "de sexo femenino de sesenta y siete años, acompañada por su hijo,")]),
        ("HAL004", "Placa volar descrita en el lado derecho; el input dice izquierdo.",
         [("placa volar izquierda", "placa volar derecha")]),
        ("DEM001", "Sexo masculino y 'usuario' para una paciente mujer.",
         [("de sexo femenino de 67", "de sexo masculino de 67"), ("usuaria de losartán", "usuario de losartán")]),
        ("HAL003", "Losartán cada 8 horas; el input dice cada 12 horas (el 8 está en otro fármaco).",
         [("(C09CA01) 50 mg cada 12 horas", "(C09CA01) 50 mg cada 8 horas")]),
    ],
})

# 2 España, COT, fractura pertrocantérea derecha, fecha de nacimiento
SCENARIOS.append({
    "key": "cadera_der_es",
    "input": {
        "episodio": {"fecha_ingreso": "2024-02-03", "fecha_alta": "2024-02-10", "servicio": "Cirugía Ortopédica y Traumatología"},
        "paciente": {"fecha_nacimiento": "1939-07-21", "sexo": "H"},
        "motivo": "caída casual en domicilio con dolor e impotencia funcional de cadera derecha",
        "juicio_clinico": [{"codigo": "S72.1", "descripcion": "Fractura pertrocantérea de fémur", "lado": "derecho"},
                           {"codigo": "D62", "descripcion": "Anemia posthemorrágica aguda"}],
        "antecedentes_personales": [
            {"codigo": "E11.9", "descripcion": "Diabetes mellitus tipo 2", "tratamiento": {"atc": "A10BA02", "farmaco": "Metformina", "pauta": "850 mg cada 12 horas"}},
            {"codigo": "N40", "descripcion": "Hiperplasia benigna de próstata", "tratamiento": {"atc": "G04CA02", "farmaco": "Tamsulosina", "pauta": "0,4 mg cada 24 horas"}}],
        "constantes_ingreso": {"TA": "142/76 mmHg", "FC": 76, "SatO2": "95 %"},
        "analitica": [{"prueba": "Hemoglobina", "ingreso": "12,1 g/dL", "postoperatorio": "8,1 g/dL", "rango": "13-17 g/dL"},
                      {"prueba": "Creatinina", "valor": "0,9 mg/dL", "rango": "0,7-1,2"}],
        "intervenciones": [{"fecha": "2024-02-04", "procedimiento": "Osteosíntesis con clavo endomedular PFNA", "lateralidad": "derecha"},
                           {"fecha": "2024-02-06", "procedimiento": "Transfusión de 1 concentrado de hematíes"}],
        "dispositivos": [{"tipo": "sonda vesical", "colocacion": "2024-02-04", "retirada": "2024-02-06"}],
        "tratamiento_hospitalario": [{"atc": "B01AB05", "farmaco": "Enoxaparina", "pauta": "40 mg subcutánea cada 24 horas"},
                                     {"atc": "N02BE01", "farmaco": "Paracetamol", "pauta": "1 g intravenoso cada 8 horas"}],
        "evolucion": "Sedestación a las 24 horas, deambula con andador asistido por fisioterapia. Herida sin signos de infección.",
        "destino": "Unidad de media estancia",
    },
    "output": """Ingresa por caída casual en domicilio con dolor e impotencia funcional de cadera derecha. Varón de
ochenta y cuatro años con antecedentes de diabetes mellitus tipo 2 (E11.9) en tratamiento con metformina (A10BA02) 850 mg
cada 12 horas e hiperplasia benigna de próstata (N40) con tamsulosina (G04CA02) 0,4 mg cada 24 horas. Se diagnostica
fractura pertrocantérea de fémur derecho (S72.1) y se realiza osteosíntesis con clavo endomedular PFNA derecho. En el
POP presenta anemia posthemorrágica aguda (D62) con hemoglobina de 8,1 g/dL, que precisa transfusión de 1 concentrado de
hematíes. Se pauta enoxaparina (B01AB05) 40 mg subcutánea cada 24 horas y paracetamol (N02BE01) 1 g intravenoso cada 8
horas. La sonda vesical se retira sin incidencias. Sedestación a las 24 horas; deambula con andador asistido por
fisioterapia. Herida sin signos de infección. Se traslada a la unidad de media estancia.""",
    "note": "Limpio: edad en palabras coherente con fecha de nacimiento 1939-07-21 e ingreso 2024-02-03 (84 años).",
    "variants": [
        ([], "Trampa: TVP descartada y reintervención negada; no son afirmaciones.",
         [("Herida sin signos de infección.", "Herida sin signos de infección; se descarta trombosis venosa profunda y no precisa reintervención.")]),
        ("DEM001", "Edad 76 años (número de la FC) contradice fechas de nacimiento e ingreso (84 años).",
         [("Varón de ochenta y cuatro años", "Varón de 76 años")]),
        ("HAL001", "Drenaje aspirativo inventado: no figura entre los dispositivos del input.",
         [("La sonda vesical se retira sin incidencias.", "La sonda vesical y el drenaje aspirativo se retiran sin incidencias.")]),
        ("HAL004", "Clavo endomedular descrito como izquierdo; el input dice derecha.",
         [("PFNA derecho", "PFNA izquierdo")]),
    ],
})

# 3 Argentina, artroplastia rodilla derecha, gonartrosis bilateral
SCENARIOS.append({
    "key": "rodilla_der_ar",
    "input": {
        "datos_paciente": {"genero": "femenino", "edad_anios": 71, "obra_social": "PAMI"},
        "servicio": "Ortopedia y Traumatología",
        "diagnostico_principal": {"codigo": "M17.0", "texto": "Gonartrosis primaria bilateral"},
        "comorbilidades": [{"codigo": "E66.9", "texto": "Obesidad"}, {"codigo": "I10", "texto": "Hipertensión arterial"}],
        "cirugia": {"fecha": "12/09/2023", "procedimiento": "Artroplastia total de rodilla", "lado": "derecha",
                    "anestesia": "raquídea", "torniquete_min": 70},
        "dispositivos": [{"nombre": "drenaje aspirativo", "lado": "derecho", "colocado": "12/09/2023", "retirado": "13/09/2023"}],
        "medicacion": [
            {"atc": "C09AA02", "droga": "Enalapril", "dosis": "10 mg", "via": "oral", "frecuencia": "cada 12 h"},
            {"atc": "B01AF01", "droga": "Rivaroxabán", "dosis": "10 mg", "via": "oral", "frecuencia": "cada 24 h", "duracion": "14 días"},
            {"atc": "M01AE01", "droga": "Ibuprofeno", "dosis": "400 mg", "via": "oral", "frecuencia": "cada 8 h", "duracion": "5 días"}],
        "laboratorio": {"hemoglobina": {"valor": 11.2, "unidad": "g/dL", "referencia": "12-16"}},
        "evolucion": ["afebril", "deambula con andador desde el día 1", "flexión de rodilla de 90 grados", "herida quirúrgica sin signos de infección"],
        "rodilla_izquierda": "dolor mecánico moderado, cirugía a evaluar en el futuro",
        "dias_internacion": 3,
    },
    "output": """Ingresa por gonartrosis primaria bilateral (M17.0) para cirugía programada en paciente de sexo femenino
de 71 años, con antecedentes de obesidad (E66.9) e hipertensión arterial (I10) en tratamiento con enalapril (C09AA02)
10 mg cada 12 h. Se realiza artroplastia total de rodilla derecha bajo anestesia raquídea, sin complicaciones. El drenaje
aspirativo derecho se retira a las 24 h. Hemoglobina postoperatoria de 11,2 g/dL. Evoluciona afebril, deambula con
andador desde el día 1, logra flexión de rodilla de 90 grados y la herida quirúrgica no presenta signos de infección.
La rodilla izquierda mantiene dolor mecánico moderado, con cirugía a evaluar en el futuro. Recibe profilaxis con
rivaroxabán (B01AF01) 10 mg cada 24 h por 14 días e ibuprofeno (M01AE01) 400 mg cada 8 h por 5 días. Egresa a los 3
días de internación, con control por consultorio externo.""",
    "note": "Limpio: diagnóstico bilateral con cirugía derecha y rodilla izquierda pendiente, todo según el input.",
    "variants": [
        ([], "Trampa: 'la cirujana' y 'el anestesista' no cambian el sexo de la paciente.",
         [("sin complicaciones.", "por la cirujana de guardia, con el anestesista a cargo de la raquídea, sin complicaciones.")]),
        ("HAL004", "Artroplastia descrita en rodilla izquierda; el input dice derecha.",
         [("artroplastia total de rodilla derecha", "artroplastia total de rodilla izquierda")]),
        ("HAL003", "Rivaroxabán cada 12 h; el input dice cada 24 h.",
         [("10 mg cada 24 h por 14 días", "10 mg cada 12 h por 14 días")]),
        ("COD005", "Códigos de obesidad e hipertensión intercambiados.",
         [("obesidad (E66.9) e hipertensión arterial (I10)", "obesidad (I10) e hipertensión arterial (E66.9)")]),
    ],
})

# 4 México, oftalmología, catarata OD
SCENARIOS.append({
    "key": "catarata_od_mx",
    "input": {
        "ficha": {"nombre": "M. G. R.", "sexo": "Masculino", "edad": "74 años"},
        "servicio": "Oftalmología",
        "dx_egreso": [{"clave": "H25.1", "descripcion": "Catarata senil nuclear", "ojo": "derecho"}],
        "dx_previos": [{"clave": "E11.9", "descripcion": "Diabetes mellitus tipo 2"}],
        "exploracion": {"AV_OD": "cuenta dedos a 1 metro", "AV_OI": "20/40", "OI": "catarata incipiente, sin indicación quirúrgica por ahora",
                        "PIO": "OD 15 mmHg, OI 16 mmHg"},
        "procedimiento": {"nombre": "Facoemulsificación con implante de lente intraocular", "ojo": "OD", "fecha": "2023-11-08"},
        "medicamentos": [
            {"atc": "A10BA02", "nombre": "Metformina", "dosis": "850 mg", "via": "VO", "frecuencia": "cada 12 horas", "habitual": True},
            {"atc": "S01AE07", "nombre": "Moxifloxacino oftálmico", "dosis": "1 gota", "via": "tópica OD", "frecuencia": "cada 6 horas", "duracion": "7 días"},
            {"atc": "S01BA04", "nombre": "Prednisolona oftálmica", "dosis": "1 gota", "via": "tópica OD", "frecuencia": "cada 4 horas", "duracion": "14 días"}],
        "postoperatorio": "cámara anterior formada, córnea clara, lente en saco",
        "alta": "mismo día, cita en 24 horas",
    },
    "output": """Ingresa por disminución de agudeza visual de ojo derecho por catarata senil nuclear (H25.1) en paciente
masculino de 74 años, con diabetes mellitus tipo 2 (E11.9) en tratamiento con metformina (A10BA02) 850 mg cada 12 horas.
A la exploración, agudeza visual de ojo derecho cuenta dedos a 1 metro y de ojo izquierdo 20/40; el ojo izquierdo
presenta catarata incipiente, sin indicación quirúrgica por ahora. PIO OD 15 mmHg y OI 16 mmHg. Se realiza
facoemulsificación con implante de lente intraocular en ojo derecho sin complicaciones. En el postoperatorio inmediato
cámara anterior formada, córnea clara y lente en saco. Se indica moxifloxacino oftálmico (S01AE07) 1 gota en ojo derecho
cada 6 horas por 7 días y prednisolona oftálmica (S01BA04) 1 gota en ojo derecho cada 4 horas por 14 días. Egresa el
mismo día, con cita en 24 horas.""",
    "note": "Limpio: el ojo operado es el derecho y el izquierdo aparece con su propia catarata incipiente, como en el input.",
    "variants": [
        ("HAL004", "Facoemulsificación en ojo izquierdo; el input dice OD.",
         [("lente intraocular en ojo derecho", "lente intraocular en ojo izquierdo")]),
        ("HAL003", "Moxifloxacino cada 4 horas; el input dice cada 6 horas (el 4 es de la prednisolona).",
         [("1 gota en ojo derecho cada 6 horas", "1 gota en ojo derecho cada 4 horas")]),
        ("COD002", "E11.9 en el output pero el input trae la diabetes sin clave.",
         [], put(["dx_previos", 0], {"descripcion": "Diabetes mellitus tipo 2"})),
    ],
})

# 5 España, oftalmología, desprendimiento de retina OI
SCENARIOS.append({
    "key": "retina_oi_es",
    "input": {
        "Paciente": {"Sexo": "Mujer", "Edad": 58},
        "Servicio": "Oftalmología - Unidad de Retina",
        "Motivo": "miodesopsias y defecto de campo superior en ojo izquierdo de 3 días",
        "Diagnosticos": ["H33.0 Desprendimiento de retina con desgarro retiniano, ojo izquierdo", "H52.1 Miopía magna bilateral"],
        "Exploracion": "Ojo izquierdo: desprendimiento de retina inferior con mácula aplicada. Ojo derecho: degeneración en empalizada sin desgarros.",
        "Cirugia": [{"fecha": "2024-01-19", "tecnica": "Vitrectomía pars plana con endoláser y taponamiento con gas", "ojo": "izquierdo"}],
        "Tratamiento_alta": [
            {"ATC": "S01CA01", "Principio": "Dexametasona y antiinfecciosos (colirio)", "Pauta": "1 gota cada 6 horas", "Via": "oftálmica"},
            {"ATC": "S01FA04", "Principio": "Ciclopentolato colirio", "Pauta": "1 gota cada 12 horas", "Via": "oftálmica"},
            {"ATC": "S01EC01", "Principio": "Acetazolamida", "Pauta": "250 mg cada 8 horas durante 3 días", "Via": "oral"}],
        "PIO_postoperatoria": "19 mmHg",
        "Indicaciones": "posicionamiento boca abajo 5 días, no viajar en avión",
    },
    "output": """Ingresa por miodesopsias y defecto de campo superior en ojo izquierdo de 3 días de evolución. Mujer de
58 años con miopía magna bilateral (H52.1). En la exploración del ojo izquierdo se objetiva desprendimiento de retina
inferior con mácula aplicada, con diagnóstico de desprendimiento de retina con desgarro retiniano (H33.0); en el ojo
derecho, degeneración en empalizada sin desgarros. Se realiza vitrectomía pars plana con endoláser y taponamiento con
gas en ojo izquierdo, sin incidencias. PIO postoperatoria de 19 mmHg. Al alta se pauta dexametasona y antiinfecciosos
en colirio (S01CA01) 1 gota cada 6 horas, ciclopentolato colirio (S01FA04) 1 gota cada 12 horas y acetazolamida
(S01EC01) 250 mg oral cada 8 horas durante 3 días. Se indica posicionamiento boca abajo 5 días y no viajar en avión.
Control en consulta de retina.""",
    "note": "Limpio: ojo izquierdo operado, ojo derecho descrito de paso y miopía bilateral, como en el input.",
    "variants": [
        ([], "Trampa: se descarta desgarro en ojo derecho y no se usa aceite de silicona; menciones negadas.",
         [("sin incidencias.", "sin incidencias; no se usa aceite de silicona.")]),
        ("HAL004", "Desprendimiento atribuido al ojo derecho en la exploración.",
         [("En la exploración del ojo izquierdo se objetiva", "En la exploración del ojo derecho se objetiva"),
          ("; en el ojo derecho, degeneración", "; en el ojo izquierdo, degeneración")]),
        ("DEM001", "Paciente descrito como varón; el input dice mujer.",
         [("Mujer de 58 años", "Varón de 58 años")]),
        ("COD006", "Miopía magna (H52.1) omitida.",
         [("Mujer de 58 años con miopía magna bilateral (H52.1).", "Mujer de 58 años con miopía magna.")]),
    ],
})

# 6 Perú, ORL, absceso periamigdalino izquierdo
SCENARIOS.append({
    "key": "absceso_amig_pe",
    "input": {
        "filiacion": {"sexo": "M", "edad": 19, "procedencia": "Arequipa"},
        "servicio": "Otorrinolaringología",
        "anamnesis": "odinofagia intensa, trismus y fiebre de 4 días",
        "examen": {"temperatura": "38,6 °C", "orofaringe": "abombamiento del pilar amigdalino izquierdo con desviación de úvula a la derecha"},
        "laboratorio": [{"examen": "Leucocitos", "resultado": "17 800 /mm3", "valores_referencia": "4500-11 000"},
                        {"examen": "PCR", "resultado": "96 mg/L", "valores_referencia": "< 5"}],
        "diagnosticos": [{"cie10": "J36", "nombre": "Absceso periamigdalino", "lado": "izquierdo"}],
        "procedimientos": [{"nombre": "Drenaje de absceso periamigdalino por punción e incisión", "lado": "izquierdo", "fecha": "2024-03-02"}],
        "tratamiento": [
            {"atc": "J01FF01", "nombre": "Clindamicina", "dosis": "600 mg", "via": "EV", "frecuencia": "cada 8 horas"},
            {"atc": "H02AB02", "nombre": "Dexametasona", "dosis": "8 mg", "via": "EV", "frecuencia": "dosis única"},
            {"atc": "J01CR02", "nombre": "Amoxicilina/ácido clavulánico", "dosis": "875/125 mg", "via": "VO", "frecuencia": "cada 12 horas", "duracion": "10 días", "momento": "alta"}],
        "evolucion": "afebril a las 48 horas, tolera vía oral, trismus resuelto",
        "estancia_dias": 3,
    },
    "output": """Ingresa por odinofagia intensa, trismus y fiebre de 4 días en paciente varón de 19 años. Al examen,
temperatura de 38,6 °C y abombamiento del pilar amigdalino izquierdo con desviación de úvula a la derecha. Laboratorio
con leucocitos de 17 800 /mm3 y PCR de 96 mg/L. Se diagnostica absceso periamigdalino izquierdo (J36) y se realiza
drenaje por punción e incisión del lado izquierdo. Recibe clindamicina (J01FF01) 600 mg EV cada 8 horas y dexametasona
(H02AB02) 8 mg EV en dosis única. Evoluciona afebril a las 48 horas, tolera vía oral y el trismus se resuelve. Se
otorga el alta a los 3 días con amoxicilina/ácido clavulánico (J01CR02) 875/125 mg VO cada 12 horas por 10 días y
control en consultorio de otorrinolaringología.""",
    "note": "Limpio: úvula desviada a la derecha es un hallazgo del input, no contradice el absceso izquierdo.",
    "variants": [
        ([], "Trampa: se descarta absceso parafaríngeo y no se indica amigdalectomía en caliente.",
         [("tolera vía oral y el trismus se resuelve.", "tolera vía oral y el trismus se resuelve; se descarta absceso parafaríngeo y no se indica amigdalectomía en caliente.")]),
        ("HAL004", "Pilar amigdalino derecho; el input dice izquierdo.",
         [("abombamiento del pilar amigdalino izquierdo", "abombamiento del pilar amigdalino derecho")]),
        ("HAL002", "PCR de 69 mg/L: número inexistente en el input.",
         [("PCR de 96 mg/L", "PCR de 69 mg/L")]),
        ("HAL003", "Clindamicina por vía oral; el input dice EV.",
         [("clindamicina (J01FF01) 600 mg EV cada 8 horas", "clindamicina (J01FF01) 600 mg VO cada 8 horas")]),
    ],
})

# 7 Chile, ORL, colesteatoma oído derecho
SCENARIOS.append({
    "key": "colesteatoma_od_cl",
    "input": {
        "paciente": {"sexo": "Femenino", "edad": 36},
        "unidad": "Otorrinolaringología",
        "diagnostico": "Colesteatoma de oído medio derecho (H71)",
        "otros_diagnosticos": "Hipoacusia de conducción derecha (H90.0)",
        "antecedentes": "otorrea derecha recurrente de 2 años; oído izquierdo normal en otoscopía",
        "audiometria": "gap aéreo-óseo de 35 dB en oído derecho",
        "cirugia": "Timpanomastoidectomía derecha con técnica cerrada (2024-04-22)",
        "farmacos_alta": "Ciprofloxacino ótico (S02AA15) 4 gotas cada 12 horas por 7 días; Paracetamol (N02BE01) 1 g cada 8 horas por 5 días",
        "evolucion": "sin parálisis facial, sin vértigo, apósito mastoideo retirado a las 24 horas",
        "hospitalizacion": "2 días",
    },
    "output": """Ingresa por otorrea derecha recurrente de 2 años de evolución en paciente de sexo femenino de 36 años,
con diagnóstico de colesteatoma de oído medio derecho (H71) e hipoacusia de conducción derecha (H90.0). La audiometría
muestra gap aéreo-óseo de 35 dB en oído derecho; otoscopía de oído izquierdo normal. Se realiza timpanomastoidectomía
derecha con técnica cerrada, sin incidentes. En el postoperatorio evoluciona sin parálisis facial ni vértigo, y el
apósito mastoideo se retira a las 24 horas. Se otorga el alta tras 2 días de hospitalización con ciprofloxacino ótico
(S02AA15) 4 gotas cada 12 horas por 7 días y paracetamol (N02BE01) 1 g cada 8 horas por 5 días. Control en policlínico
de otorrinolaringología para revisión de herida retroauricular.""",
    "note": "Limpio: input en texto libre con códigos dentro de cadenas; oído izquierdo normal mencionado de paso.",
    "variants": [
        ("HAL004", "Timpanomastoidectomía izquierda; el input dice derecha.",
         [("timpanomastoidectomía\nderecha", "x")] if False else [("Se realiza timpanomastoidectomía derecha", "Se realiza timpanomastoidectomía izquierda")]),
        ("FMT002", "Lista con viñetas en medio del texto.",
         [("Se otorga el alta tras 2 días de hospitalización con ciprofloxacino ótico (S02AA15) 4 gotas cada 12 horas por 7 días y paracetamol (N02BE01) 1 g cada 8 horas por 5 días.",
           "Se otorga el alta tras 2 días de hospitalización con:\n- ciprofloxacino ótico (S02AA15) 4 gotas cada 12 horas por 7 días\n- paracetamol (N02BE01) 1 g cada 8 horas por 5 días")]),
        ("DEM001", "Paciente descrito como varón por concordancia ('el paciente', 'operado').",
         [("en paciente de sexo femenino de 36 años,", "en el paciente, varón de 36 años,")]),
    ],
})

# 8 México, urología, litiasis ureteral izquierda, catéter doble J
SCENARIOS.append({
    "key": "litiasis_izq_mx",
    "input": {
        "demograficos": {"sexo": "masculino", "edad": 45},
        "servicio": "Urología",
        "padecimiento_actual": "cólico renoureteral izquierdo de 2 días con náusea",
        "estudios": [{"estudio": "Urotomografía", "resultado": "lito de 9 mm en uréter distal izquierdo con hidronefrosis grado II; riñón derecho sin litos"}],
        "laboratorios": {"creatinina": "1,4 mg/dL (0,7-1,3)", "leucocitos": "9 200 /µL", "EGO": "eritrocitos 30 por campo, nitritos negativos"},
        "diagnosticos": [{"CIE10": "N20.1", "desc": "Cálculo del uréter", "lado": "izquierdo"}],
        "procedimientos": [{"fecha": "2024-06-11", "proc": "Ureteroscopia semirrígida con litotricia láser", "lado": "izquierdo"},
                           {"fecha": "2024-06-11", "proc": "Colocación de catéter doble J", "lado": "izquierdo", "retiro_programado": "en 4 semanas"}],
        "medicamentos": [
            {"ATC": "M01AB15", "nombre": "Ketorolaco", "dosis": "30 mg", "via": "IV", "frecuencia": "cada 8 horas", "estado": "suspendido al egreso"},
            {"ATC": "G04CA02", "nombre": "Tamsulosina", "dosis": "0,4 mg", "via": "VO", "frecuencia": "cada 24 horas", "duracion": "28 días"},
            {"ATC": "J01DD04", "nombre": "Ceftriaxona", "dosis": "1 g", "via": "IV", "frecuencia": "dosis única profiláctica"}],
        "evolucion": "sin dolor, diuresis clara, creatinina de egreso 1,1 mg/dL",
    },
    "output": """Ingresa por cólico renoureteral izquierdo de 2 días con náusea en paciente masculino de 45 años. La
urotomografía muestra lito de 9 mm en uréter distal izquierdo con hidronefrosis grado II y riñón derecho sin litos.
Creatinina de 1,4 mg/dL, EGO con eritrocitos 30 por campo y nitritos negativos. Con diagnóstico de cálculo del uréter
izquierdo (N20.1) se realiza ureteroscopia semirrígida con litotricia láser izquierda y colocación de catéter doble J
izquierdo, con profilaxis con ceftriaxona (J01DD04) 1 g IV dosis única. Recibe ketorolaco (M01AB15) 30 mg IV cada 8
horas, que se suspende al egreso. Evoluciona sin dolor, con diuresis clara y creatinina de egreso de 1,1 mg/dL. Egresa
con tamsulosina (G04CA02) 0,4 mg VO cada 24 horas por 28 días y retiro programado del catéter doble J en 4 semanas.""",
    "note": "Limpio: catéter doble J que queda in situ y ketorolaco suspendido, ambos según el input.",
    "variants": [
        ([], "Trampa: riñón contralateral y ausencia de infección urinaria descrita como descartada.",
         [("nitritos negativos.", "nitritos negativos; se descarta pielonefritis.")]),
        ("HAL004", "Catéter doble J descrito como derecho; el input dice izquierdo.",
         [("catéter doble J\nizquierdo", "x")] if False else [("colocación de catéter doble J izquierdo", "colocación de catéter doble J derecho")]),
        ("HAL001", "Nefrostomía percutánea inventada.",
         [("Evoluciona sin dolor,", "Se coloca además nefrostomía percutánea. Evoluciona sin dolor,")]),
        ("HAL003", "Tamsulosina cada 8 horas; el input dice cada 24 horas.",
         [("0,4 mg VO cada 24 horas por 28 días", "0,4 mg VO cada 8 horas por 28 días")]),
    ],
})

# 9 España, urología, RTU próstata
SCENARIOS.append({
    "key": "rtup_es",
    "input": [
        {"seccion": "Datos", "contenido": {"sexo": "Hombre", "edad": 72, "servicio": "Urología"}},
        {"seccion": "Diagnósticos", "contenido": [{"cod": "N40", "texto": "Hiperplasia benigna de próstata"},
                                                   {"cod": "R33", "texto": "Retención urinaria"}]},
        {"seccion": "Antecedentes", "contenido": [{"cod": "I25.1", "texto": "Cardiopatía isquémica crónica"}]},
        {"seccion": "Intervención", "contenido": "Resección transuretral de próstata bipolar el 2024-03-05; peso resecado 38 g"},
        {"seccion": "Dispositivos", "contenido": [{"tipo": "sonda vesical de tres vías con lavado continuo", "inserción": "2024-03-05", "retirada": "2024-03-07"}]},
        {"seccion": "Medicación", "contenido": [
            {"atc": "B01AC06", "nombre": "Ácido acetilsalicílico", "dosis": "100 mg", "via": "oral", "frecuencia": "cada 24 horas", "nota": "suspendido 7 días antes, se reinicia al alta"},
            {"atc": "C07AB07", "nombre": "Bisoprolol", "dosis": "2,5 mg", "via": "oral", "frecuencia": "cada 24 horas"},
            {"atc": "J01MA02", "nombre": "Ciprofloxacino", "dosis": "500 mg", "via": "oral", "frecuencia": "cada 12 horas", "duracion": "5 días"}]},
        {"seccion": "Analítica", "contenido": "Hb 13,4 g/dL; creatinina 1,0 mg/dL; urocultivo previo negativo"},
        {"seccion": "Evolución", "contenido": "hematuria leve que se aclara con lavado, micción espontánea tras retirada de sonda, residuo 40 ml"},
    ],
    "output": """Ingresa por retención urinaria (R33) secundaria a hiperplasia benigna de próstata (N40) para cirugía
programada. Varón de 72 años con cardiopatía isquémica crónica (I25.1) en tratamiento con bisoprolol (C07AB07) 2,5 mg
cada 24 horas y ácido acetilsalicílico (B01AC06) 100 mg cada 24 horas, suspendido 7 días antes. Analítica con Hb 13,4
g/dL, creatinina 1,0 mg/dL y urocultivo previo negativo. Se realiza resección transuretral de próstata bipolar, con
peso resecado de 38 g, y se deja sonda vesical de tres vías con lavado continuo. Presenta hematuria leve que se aclara
con el lavado; tras retirar la sonda presenta micción espontánea y residuo de 40 ml. Se reinicia ácido
acetilsalicílico al alta y se pauta ciprofloxacino (J01MA02) 500 mg oral cada 12 horas durante 5 días.""",
    "note": "Limpio: input en lista de secciones; AAS suspendido y reiniciado según el input.",
    "variants": [
        ("HAL002", "Retirada de sonda a las 48 horas: el 48 no está en el input (fechas 5 y 7).",
         [("tras retirar la sonda presenta micción", "la sonda se retira a las 48 horas con micción")]),
        ("CLN001", "Levotiroxina sin ningún diagnóstico tiroideo en el input.",
         [("2,5 mg cada 24 horas y ácido", "2,5 mg cada 24 horas, levotiroxina (H03AA01) 50 mcg cada 24 horas y ácido")],
         lambda d: d[5]["contenido"].append({"atc": "H03AA01", "nombre": "Levotiroxina", "dosis": "50 mcg", "via": "oral", "frecuencia": "cada 24 horas"})),
        ("DEM001", "Edad 38 años (peso resecado) en vez de 72.",
         [("Varón de 72 años", "Varón de 38 años")]),
    ],
})

# 10 Argentina, urología, nefrectomía radical derecha
SCENARIOS.append({
    "key": "nefrectomia_der_ar",
    "input": {
        "paciente": {"sexo": "M", "fecha_nacimiento": "1961-10-02"},
        "internacion": {"fecha_ingreso": "2024-04-15", "fecha_egreso": "2024-04-19", "servicio": "Urología"},
        "diagnosticos": [{"codigo": "C64", "descripcion": "Tumor maligno del riñón", "lado": "derecho", "detalle": "masa renal derecha de 7 cm"}],
        "antecedentes": [{"codigo": "E78.5", "descripcion": "Dislipemia"}],
        "cirugia": {"fecha": "2024-04-15", "descripcion": "Nefrectomía radical laparoscópica derecha"},
        "dispositivos": [{"tipo": "drenaje tubular", "colocacion": "2024-04-15", "retiro": "2024-04-17"},
                         {"tipo": "sonda vesical", "colocacion": "2024-04-15", "retiro": "2024-04-16"}],
        "medicacion": [{"atc": "C10AA05", "droga": "Atorvastatina", "dosis": "20 mg", "via": "oral", "frecuencia": "cada 24 h"},
                       {"atc": "B01AB05", "droga": "Enoxaparina", "dosis": "40 mg", "via": "subcutánea", "frecuencia": "cada 24 h", "duracion": "28 días"},
                       {"atc": "N02BE01", "droga": "Paracetamol", "dosis": "1 g", "via": "oral", "frecuencia": "cada 8 h"}],
        "laboratorio": [{"analito": "creatinina", "preop": "0,9 mg/dL", "postop": "1,3 mg/dL", "ref": "0,7-1,3 mg/dL"}],
        "riñon_izquierdo": "sin lesiones en TC",
        "evolucion": "buena mecánica ventilatoria, RHA presentes al día 1, tolera vía oral, deambula",
        "anatomia_patologica": "pendiente",
    },
    "output": """Ingresa por masa renal derecha de 7 cm para cirugía programada en paciente de sexo masculino de sesenta
y dos años, con dislipemia (E78.5) en tratamiento con atorvastatina (C10AA05) 20 mg cada 24 h. Con diagnóstico de tumor
maligno del riñón derecho (C64) y riñón izquierdo sin lesiones en la TC, se realiza nefrectomía radical laparoscópica
derecha sin complicaciones. El drenaje tubular se retira el 17 de abril y la sonda vesical el 16 de abril.
Creatinina preoperatoria de 0,9 mg/dL y postoperatoria de 1,3 mg/dL. Presenta buena mecánica ventilatoria, RHA
presentes al día 1, tolera vía oral y deambula. Egresa con paracetamol (N02BE01) 1 g cada 8 h y enoxaparina (B01AB05)
40 mg subcutánea cada 24 h por 28 días. Anatomía patológica pendiente.""",
    "note": "Limpio: edad en palabras (62) coherente con nacimiento 1961-10-02 e ingreso 2024-04-15.",
    "variants": [
        ("HAL004", "Nefrectomía izquierda; el input dice derecha.",
         [("nefrectomía radical laparoscópica derecha", "nefrectomía radical laparoscópica izquierda")]),
        ("DEM001", "Edad en palabras 'setenta y dos' contradice las fechas (62 años).",
         [("sesenta\ny dos años", "x")] if False else [("sesenta y dos años", "setenta y dos años")]),
        ("COD003", "Código ATC del paracetamol fuera de paréntesis ('código N02BE01').",
         [("paracetamol (N02BE01) 1 g cada 8 h", "paracetamol, código N02BE01, 1 g cada 8 h")]),
    ],
})

# 11 Chile, vascular, pie diabético izquierdo amputación
SCENARIOS.append({
    "key": "pie_diab_izq_cl",
    "input": {
        "paciente": {"sexo": "Masculino", "edad": 63},
        "servicio": "Cirugía Vascular Periférica",
        "motivo_consulta": "úlcera infectada del antepié izquierdo con necrosis del 2.º y 3.er ortejo",
        "diagnosticos": [{"codigo": "E11.5", "nombre": "Diabetes mellitus tipo 2 con complicaciones circulatorias periféricas", "tipo": "principal"},
                         {"codigo": "I70.2", "nombre": "Aterosclerosis de arterias de extremidades"},
                         {"codigo": "E78.5", "nombre": "Dislipidemia"}],
        "examenes": {"HbA1c": {"valor": "9,8 %", "ref": "< 7 %"}, "PCR": {"valor": "142 mg/L", "ref": "< 10"},
                     "leucocitos": {"valor": "15 300 /mm3"}, "creatinina": {"valor": "1,1 mg/dL"}},
        "imagenes": ["AngioTC: oclusión de arteria tibial anterior izquierda; eje femoropoplíteo derecho permeable"],
        "procedimientos": [{"nombre": "Amputación transmetatarsiana", "lado": "izquierdo", "fecha": "2024-07-03"}],
        "tratamiento": [
            {"codigo": "J01CR05", "nombre": "Piperacilina/tazobactam", "dosis": "4,5 g", "via": "endovenosa", "frecuencia": "cada 6 horas", "dias": 7},
            {"codigo": "A10AE04", "nombre": "Insulina glargina", "dosis": "18 UI", "via": "subcutánea", "frecuencia": "en la noche"},
            {"codigo": "B01AC04", "nombre": "Clopidogrel", "dosis": "75 mg", "via": "oral", "frecuencia": "cada 24 horas"},
            {"codigo": "C10AA05", "nombre": "Atorvastatina", "dosis": "80 mg", "via": "oral", "frecuencia": "cada 24 horas"}],
        "evolucion": "muñón con buena perfusión, sin secreción, afebril",
        "dias_hospitalizacion": 9,
    },
    "output": """Ingresa por úlcera infectada del antepié izquierdo con necrosis del 2.º y 3.er ortejo en paciente de
sexo masculino de 63 años. Se diagnostica diabetes mellitus tipo 2 con complicaciones circulatorias periféricas (E11.5),
aterosclerosis de arterias de extremidades (I70.2) y dislipidemia (E78.5). Exámenes con HbA1c de 9,8 %, PCR de 142 mg/L
y leucocitos de 15 300 /mm3. AngioTC con oclusión de arteria tibial anterior izquierda y eje femoropoplíteo derecho
permeable. Se realiza amputación transmetatarsiana izquierda y recibe piperacilina/tazobactam (J01CR05) 4,5 g
endovenosa cada 6 horas por 7 días. Se inicia insulina glargina (A10AE04) 18 UI subcutánea en la noche, clopidogrel
(B01AC04) 75 mg cada 24 horas y atorvastatina (C10AA05) 80 mg cada 24 horas. Evoluciona afebril, con muñón con buena
perfusión y sin secreción. Se otorga el alta tras 9 días de hospitalización, con control en policlínico de cirugía vascular.""",
    "note": "Limpio: eje femoropoplíteo derecho mencionado de paso como permeable, según el AngioTC del input.",
    "variants": [
        ([], "Trampa: 'no se realiza revascularización' es un procedimiento negado; PCR y leucocitos del input sustentan la infección.",
         [("Se realiza amputación", "No se realiza revascularización. Se realiza amputación")]),
        ("HAL004", "Oclusión de arteria tibial anterior derecha; el input dice izquierda.",
         [("oclusión de arteria tibial anterior izquierda", "oclusión de arteria tibial anterior derecha")]),
        ("HAL003", "Piperacilina/tazobactam cada 8 horas; el input dice cada 6 horas.",
         [("4,5 g endovenosa cada 6 horas", "4,5 g endovenosa cada 8 horas")], put(["motivo_consulta"], "úlcera infectada del antepié izquierdo con necrosis del 2.º y 3.er ortejo de 8 días")),
        ("FMT003", "Texto demasiado corto (menos de 80 palabras).",
         [("Exámenes con HbA1c de 9,8 %, PCR de 142 mg/L y leucocitos de 15 300 /mm3. AngioTC con oclusión de arteria tibial anterior izquierda y eje femoropoplíteo derecho permeable. ", ""),
          ("Se inicia insulina glargina (A10AE04) 18 UI subcutánea en la noche, clopidogrel (B01AC04) 75 mg cada 24 horas y atorvastatina (C10AA05) 80 mg cada 24 horas. Evoluciona afebril, con muñón con buena perfusión y sin secreción. ",
           "Se inician insulina glargina (A10AE04), clopidogrel (B01AC04) y atorvastatina (C10AA05). "),
          (" en paciente de sexo masculino de 63 años", ""),
          ("Se otorga el alta tras 9 días de hospitalización, con control en policlínico de cirugía vascular.", "Alta a los 9 días.")]),
    ],
})

# 12 España, vascular, endarterectomía carotídea izquierda
SCENARIOS.append({
    "key": "carotida_izq_es",
    "input": {
        "identificacion": {"sexo": "V", "edad": 69},
        "servicio": "Angiología y Cirugía Vascular",
        "motivo": "amaurosis fugax de ojo izquierdo y paresia transitoria de mano derecha",
        "pruebas": {"eco_doppler": "estenosis del 85 % de carótida interna izquierda; carótida interna derecha con estenosis del 30 %",
                    "TC_craneal": "sin lesiones agudas"},
        "diagnosticos": [{"cie": "I65.2", "txt": "Oclusión y estenosis de la arteria carótida", "lado": "izquierda"},
                         {"cie": "G45.3", "txt": "Amaurosis fugaz"}],
        "antecedentes": [{"cie": "I10", "txt": "Hipertensión arterial"}, {"cie": "F17.2", "txt": "Tabaquismo activo"}],
        "intervencion": {"fecha": "2024-05-20", "tecnica": "Endarterectomía carotídea con parche", "lado": "izquierdo", "anestesia": "general"},
        "tratamiento": [{"atc": "B01AC06", "nombre": "AAS", "pauta": "100 mg cada 24 horas vía oral"},
                        {"atc": "B01AC04", "nombre": "Clopidogrel", "pauta": "75 mg cada 24 horas vía oral", "nota": "suspendido al alta"},
                        {"atc": "C10AA05", "nombre": "Atorvastatina", "pauta": "80 mg cada 24 horas vía oral"},
                        {"atc": "C08CA01", "nombre": "Amlodipino", "pauta": "5 mg cada 24 horas vía oral"}],
        "evolucion": "sin déficit neurológico, herida cervical sin hematoma, TA controlada",
    },
    "output": """Ingresa por amaurosis fugaz de ojo izquierdo (G45.3) y paresia transitoria de mano derecha. Varón de 69
años con hipertensión arterial (I10) y tabaquismo activo (F17.2). El eco-doppler muestra estenosis del 85 % de carótida
interna izquierda, con estenosis del 30 % en la carótida interna derecha; TC craneal sin lesiones agudas. Con
diagnóstico de estenosis de la arteria carótida izquierda (I65.2) se realiza endarterectomía carotídea izquierda con
parche bajo anestesia general. Evoluciona sin déficit neurológico, con herida cervical sin hematoma y TA controlada. Se
suspende clopidogrel (B01AC04) al alta y continúa con AAS (B01AC06) 100 mg cada 24 horas, atorvastatina (C10AA05) 80 mg
cada 24 horas y amlodipino (C08CA01) 5 mg cada 24 horas por vía oral. Se insiste en abandono del tabaco. Control en
consultas externas de cirugía vascular con eco-doppler.""",
    "note": "Limpio: paresia de mano derecha con lesión carotídea izquierda es coherente y está en el input.",
    "variants": [
        ([], "Trampa: sinónimo 'ácido acetilsalicílico' por AAS y clopidogrel suspendido.",
         [("continúa con AAS (B01AC06)", "continúa con ácido acetilsalicílico (B01AC06)")]),
        ("HAL004", "Endarterectomía carotídea derecha; el input dice izquierdo.",
         [("endarterectomía carotídea izquierda", "endarterectomía carotídea derecha")]),
        ("HAL001", "Stent carotídeo inventado.",
         [("con\nparche", "x")] if False else [("izquierda con parche bajo anestesia general.", "izquierda con parche bajo anestesia general, completada con stent carotídeo.")]),
        ("REP001", "Frase de evolución repetida.",
         [("Se insiste en abandono del tabaco.", "Evoluciona sin déficit neurológico, con herida cervical sin hematoma y TA controlada.")]),
    ],
})

# 13 Perú, cirugía general, apendicitis
SCENARIOS.append({
    "key": "apendicitis_pe",
    "input": {
        "datos": {"sexo": "F", "edad": 23},
        "servicio": "Cirugía General",
        "enfermedad_actual": "dolor abdominal en fosa iliaca derecha de 18 horas, náuseas, hiporexia",
        "examen_fisico": {"temperatura": "37,9 °C", "abdomen": "Blumberg positivo, Mc Burney positivo"},
        "laboratorio": [{"prueba": "Leucocitos", "valor": "14 500", "unidad": "/mm3", "referencia": "4500-11 000"},
                        {"prueba": "Abastonados", "valor": "6", "unidad": "%"},
                        {"prueba": "Beta-hCG", "valor": "negativo"}],
        "ecografia": "apéndice no compresible de 9 mm; ovarios sin alteraciones",
        "diagnostico": {"codigo": "K35.8", "nombre": "Apendicitis aguda"},
        "operacion": {"nombre": "Apendicectomía laparoscópica", "hallazgo": "apéndice flemonoso sin perforación", "fecha": "2024-08-09"},
        "tratamiento": [{"atc": "J01DD04", "nombre": "Ceftriaxona", "dosis": "2 g", "via": "EV", "frecuencia": "cada 24 horas"},
                        {"atc": "J01XD01", "nombre": "Metronidazol", "dosis": "500 mg", "via": "EV", "frecuencia": "cada 8 horas"},
                        {"atc": "N02BB02", "nombre": "Metamizol", "dosis": "1 g", "via": "EV", "frecuencia": "cada 8 horas"}],
        "evolucion": "tolera vía oral al día 1, deambula, herida sin signos de infección",
        "estancia": "2 días",
    },
    "output": """Ingresa por dolor abdominal en fosa iliaca derecha de 18 horas de evolución, náuseas e hiporexia en
paciente mujer de 23 años. Al examen, temperatura de 37,9 °C, Blumberg y Mc Burney positivos. Leucocitos de 14 500 /mm3
con 6 % de abastonados y beta-hCG negativa. La ecografía describe apéndice no compresible de 9 mm con ovarios sin
alteraciones. Con diagnóstico de apendicitis aguda (K35.8) se realiza apendicectomía laparoscópica, con hallazgo de
apéndice flemonoso sin perforación. Recibe ceftriaxona (J01DD04) 2 g EV cada 24 horas, metronidazol (J01XD01) 500 mg
EV cada 8 horas y metamizol (N02BB02) 1 g EV cada 8 horas. Evoluciona favorablemente, tolera vía oral al día 1,
deambula y la herida no presenta signos de infección. Se otorga el alta a los 2 días, con control por consultorio
externo de cirugía.""",
    "note": "Limpio: leucocitosis sustentada por el laboratorio; beta-hCG negativa, sin embarazo.",
    "variants": [
        ([], "Trampa: embarazo ectópico descartado por beta-hCG negativa; no se afirma.",
         [("y beta-hCG negativa.", "y beta-hCG negativa, que descarta embarazo ectópico.")]),
        ("HAL004", "Dolor en fosa iliaca izquierda; el input dice derecha.",
         [("dolor abdominal en fosa iliaca derecha", "dolor abdominal en fosa iliaca izquierda")]),
        ("HAL001", "Peritonitis generalizada afirmada; el input describe apéndice sin perforación.",
         [("Con diagnóstico de apendicitis aguda (K35.8)", "Con diagnóstico de apendicitis aguda (K35.8) con peritonitis generalizada")]),
        ("FMT001", "Empieza con 'Paciente mujer... que ingresa por'.",
         [("Ingresa por dolor abdominal", "Paciente que ingresa por dolor abdominal")]),
    ],
})

# 14 México, colecistitis, drenaje
SCENARIOS.append({
    "key": "colecistitis_mx",
    "input": {
        "paciente": {"sexo": "Femenino", "edad": 52, "afiliacion": "IMSS"},
        "servicio": "Cirugía General",
        "padecimiento": "dolor en hipocondrio derecho de 3 días, fiebre y vómito",
        "signos_vitales": {"FC": "104 lpm", "temp": "38,4 °C", "TA": "130/80"},
        "laboratorio": {"leucocitos": "16 200 /µL", "bilirrubina_total": "1,1 mg/dL (0,3-1,2)", "FA": "110 U/L", "lipasa": "40 U/L"},
        "ultrasonido": "vesícula distendida, pared de 6 mm, litos múltiples, Murphy ecográfico positivo, colédoco de 4 mm",
        "diagnosticos": [{"cie10": "K80.0", "descripcion": "Cálculo de la vesícula biliar con colecistitis aguda"},
                         {"cie10": "E66.9", "descripcion": "Obesidad"}],
        "cirugia": {"fecha": "2024-09-14", "nombre": "Colecistectomía laparoscópica", "notas": "se deja drenaje Blake subhepático"},
        "dispositivos": [{"nombre": "drenaje Blake subhepático", "retiro": "POP 2"}],
        "medicamentos": [{"clave_atc": "J01DD04", "nombre": "Ceftriaxona", "dosis": "1 g", "via": "IV", "frecuencia": "cada 12 horas"},
                         {"clave_atc": "N02BE01", "nombre": "Paracetamol", "dosis": "1 g", "via": "IV", "frecuencia": "cada 8 horas"},
                         {"clave_atc": "A02BC01", "nombre": "Omeprazol", "dosis": "40 mg", "via": "IV", "frecuencia": "cada 24 horas"}],
        "evolucion": "tolera vía oral, afebril, gasto de drenaje seroso mínimo",
        "dias_estancia": 3,
    },
    "output": """Ingresa por dolor en hipocondrio derecho de 3 días, fiebre y vómito en paciente femenina de 52 años con
obesidad (E66.9). A su llegada, FC 104 lpm y temperatura de 38,4 °C. Laboratorio con leucocitos de 16 200 /µL,
bilirrubina total de 1,1 mg/dL y lipasa de 40 U/L. El ultrasonido muestra vesícula distendida con pared de 6 mm, litos
múltiples, Murphy ecográfico positivo y colédoco de 4 mm. Con diagnóstico de cálculo de la vesícula biliar con
colecistitis aguda (K80.0) se realiza colecistectomía laparoscópica, dejando drenaje Blake subhepático, que se retira
en el POP 2. Recibe ceftriaxona (J01DD04) 1 g IV cada 12 horas, paracetamol (N02BE01) 1 g IV cada 8 horas y omeprazol
(A02BC01) 40 mg IV cada 24 horas. Evoluciona afebril, tolera vía oral y el gasto del drenaje es seroso y mínimo. Egresa
a los 3 días por mejoría.""",
    "note": "Limpio: bilirrubina y lipasa normales; no se afirma coledocolitiasis ni pancreatitis.",
    "variants": [
        ([], "Trampa: coledocolitiasis y pancreatitis descartadas con valores normales del input.",
         [("y lipasa de 40 U/L.", "y lipasa de 40 U/L, con lo que se descartan coledocolitiasis y pancreatitis.")]),
        ("HAL001", "Hiperbilirrubinemia afirmada con bilirrubina normal (1,1 mg/dL, rango 0,3-1,2).",
         [("bilirrubina total de 1,1 mg/dL", "hiperbilirrubinemia con bilirrubina total de 1,1 mg/dL")]),
        ("DEM001", "Paciente masculino; el input dice femenino.",
         [("paciente femenina de 52 años", "paciente masculino de 52 años")]),
        ("COD001", "Código CIE-10 sin paréntesis.",
         [("colecistitis aguda (K80.0) se realiza", "colecistitis aguda, código K80.0, se realiza")]),
    ],
})
