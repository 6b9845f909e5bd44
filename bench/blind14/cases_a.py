# -*- coding: utf-8 -*-
"""Scenarios S01-S06: Bolivia, Paraguay, Guatemala, Dominican Republic,
Costa Rica, Uruguay."""
from cases_common import T, P

SCENARIOS = []

# ---------------------------------------------------------------- S01
SCENARIOS.append(dict(
    key="bo_chagas_ic",
    setting="Hospital Clínico Viedma, Cochabamba (Bolivia) - Cardiología; miocardiopatía chagásica",
    style="prosa dictada, 'internación'",
    input={
        "establecimiento": "Hospital Clínico Viedma, Cochabamba",
        "servicio": "Cardiología",
        "paciente": {"sexo": "masculino", "edad": 58, "procedencia": "Valle Alto, Cochabamba"},
        "motivo_ingreso": "disnea de medianos esfuerzos progresiva a ortopnea y edema de miembros inferiores de 3 semanas de evolución",
        "antecedentes": [
            {"codigo": "B57.2", "nombre": "Enfermedad de Chagas crónica con compromiso cardíaco"},
            {"codigo": "I10", "nombre": "Hipertensión arterial"}],
        "antecedentes_familiares": ["madre fallecida por miocardiopatía chagásica"],
        "examen_fisico": {"PA": "100/70 mmHg", "FC": "54 lpm", "ingurgitación yugular": "presente", "crépitos": "bibasales"},
        "laboratorio": {"NT-proBNP": "4850 pg/mL", "creatinina": "1,1 mg/dL", "sodio": "134 mEq/L", "potasio": "4,2 mEq/L", "hemoglobina": "13,8 g/dL"},
        "estudios": [
            {"nombre": "Ecocardiograma transtorácico", "resultado": "FEVI 30%, aneurisma apical del ventrículo izquierdo"},
            {"nombre": "Electrocardiograma", "resultado": "bloqueo completo de rama derecha y hemibloqueo anterior izquierdo"}],
        "diagnosticos": [{"codigo": "I50.0", "nombre": "Insuficiencia cardíaca congestiva", "tipo": "principal"}],
        "tratamiento_hospitalario": [{"codigo": "C03CA01", "nombre": "Furosemida", "dosis": "40 mg cada 12 horas", "via": "endovenosa"}],
        "tratamiento_alta": [
            {"codigo": "C03CA01", "nombre": "Furosemida", "dosis": "40 mg cada 24 horas", "via": "oral"},
            {"codigo": "C03DA01", "nombre": "Espironolactona", "dosis": "25 mg cada 24 horas", "via": "oral"},
            {"codigo": "C09AA02", "nombre": "Enalapril", "dosis": "5 mg cada 12 horas", "via": "oral"}],
        "evolucion": ["balance hídrico negativo", "descenso de 4 kg de peso", "desaparición de la ortopnea"],
        "dias_internacion": 7,
        "indicaciones_alta": ["restricción de sodio y líquidos", "control de peso diario", "control en consultorio de cardiología en 15 días"],
    },
    output=(
        "Ingresa por disnea de medianos esfuerzos que progresó a ortopnea, asociada a edema de miembros "
        "inferiores de 3 semanas de evolución. Se trata de un paciente de 58 años con enfermedad de Chagas "
        "crónica con compromiso cardíaco (B57.2) e hipertensión arterial (I10). Al examen físico presentaba "
        "PA 100/70 mmHg, FC 54 lpm, ingurgitación yugular y crépitos bibasales. El NT-proBNP fue de 4850 pg/mL, "
        "con creatinina de 1,1 mg/dL. El ecocardiograma transtorácico mostró FEVI de 30% con aneurisma apical "
        "del ventrículo izquierdo, y el electrocardiograma, bloqueo completo de rama derecha con hemibloqueo "
        "anterior izquierdo. Se diagnostica insuficiencia cardíaca congestiva (I50.0) y se maneja con furosemida "
        "(C03CA01) 40 mg cada 12 horas por vía endovenosa, logrando balance hídrico negativo, descenso de 4 kg "
        "de peso y desaparición de la ortopnea. Tras 7 días de internación es dado de alta con furosemida 40 mg "
        "cada 24 horas vía oral, espironolactona (C03DA01) 25 mg cada 24 horas y enalapril (C09AA02) 5 mg cada "
        "12 horas, restricción de sodio y líquidos y control en consultorio de cardiología en 15 días."),
    variants=[
        T("family history with another person's sex and a disease: 'cuya madre falleció por miocardiopatía chagásica' (grounded in antecedentes_familiares; not the patient's sex)",
          out=[("e hipertensión arterial (I10).", "e hipertensión arterial (I10), cuya madre falleció por miocardiopatía chagásica.")]),
        T("derived finding 'bradicardia' supported by FC 54 lpm, and a contraindicated drug class (betabloqueante) that is not a claim of use",
          out=[("FC 54 lpm, ingurgitación", "bradicardia con FC 54 lpm, que contraindica iniciar betabloqueante, ingurgitación")]),
        P(["DEM001"], "sex by agreement: 'es dada de alta' for a male patient",
          out=[("es dado de alta", "es dada de alta")]),
        P(["HAL003", "HAL002"], "furosemida 80 mg next to the drug where the input says 40 mg; 80 appears nowhere in the input",
          out=[("(C03CA01) 40 mg cada 12 horas", "(C03CA01) 80 mg cada 12 horas")]),
        P(["HAL001"], "dobutamina en infusión continua: drug absent from the input (plausible indication, so no CLN001)",
          out=[("logrando balance hídrico negativo", "asociada a dobutamina en infusión continua, logrando balance hídrico negativo")]),
        P(["COD007"], "B57.2 replaced by B57.9 in input and output (well-formed, label kept, B57 has no .9 subcategory)",
          out=[("(B57.2)", "(B57.9)")], inp=[("B57.2", "B57.9")]),
        P(["HAL004"], "aneurisma apical del ventrículo derecho where the echo says ventrículo izquierdo",
          out=[("aneurisma apical del ventrículo izquierdo", "aneurisma apical del ventrículo derecho")]),
        P(["COD003"], "ATC code of espironolactona written without parentheses",
          out=[("espironolactona (C03DA01) 25 mg", "espironolactona C03DA01 25 mg")]),
    ]))

# ---------------------------------------------------------------- S02
SCENARIOS.append(dict(
    key="py_ofidismo",
    setting="Hospital Regional de Concepción (Paraguay) - Urgencias/Toxicología; accidente botrópico",
    style="notas telegráficas con abreviaturas (EV, IM, VO, c/8h, Dx)",
    input={
        "hospital": "Hospital Regional de Concepción (Paraguay)",
        "servicio": "Urgencias / Toxicología clínica",
        "sexo": "M",
        "edad": "34 años",
        "ocupacion": "agricultor",
        "acompanante": "esposa",
        "motivo": "mordedura de serpiente en pie derecho hace 2 horas, identificada como yarará (Bothrops)",
        "examen_ingreso": "edema de pie y tobillo derechos, equimosis perilesional, sangrado por sitio de punción; PA 130/80, FC 96",
        "laboratorio": {"tiempo_de_coagulacion": "incoagulable a los 20 minutos", "fibrinogeno": "85 mg/dL", "plaquetas": "142.000/mm3", "creatinina": "0,9 mg/dL"},
        "diagnostico": [{"cie10": "T63.0", "descripcion": "Envenenamiento por mordedura de serpiente (accidente botrópico moderado)"}],
        "tratamiento": ["suero antibotrópico 8 frascos EV", "tramadol 50 mg EV c/8h", "toxoide tetánico 0,5 mL IM"],
        "evolucion": "tiempo de coagulación normalizado a las 24 horas, edema en regresión, sin necrosis ni síndrome compartimental",
        "estadia_dias": 4,
        "plan_alta": ["paracetamol 500 mg VO c/8h por 5 días", "reposo con miembro elevado", "control en 72 horas en el servicio"],
    },
    output=(
        "Ingresa por mordedura de serpiente en pie derecho de 2 horas de evolución, identificada como yarará "
        "(Bothrops). Varón de 34 años, agricultor. Al ingreso edema de pie y tobillo derechos, equimosis "
        "perilesional y sangrado por sitio de punción; PA 130/80, FC 96. Lab: tiempo de coagulación incoagulable "
        "a los 20 min, fibrinógeno 85 mg/dL, plaquetas 142.000/mm3, creatinina 0,9 mg/dL. Dx: envenenamiento por "
        "mordedura de serpiente, accidente botrópico moderado (T63.0). Recibe suero antibotrópico 8 frascos EV, "
        "tramadol 50 mg EV c/8h y toxoide tetánico 0,5 mL IM. Evoluciona con tiempo de coagulación normalizado "
        "a las 24 h, edema en regresión, sin necrosis ni síndrome compartimental. Alta al 4.º día con paracetamol "
        "500 mg VO c/8h por 5 días, reposo con miembro elevado y control en 72 horas en el servicio."),
    variants=[
        T("negated procedure absent from the input: 'no se requiere fasciotomía'",
          out=[("sin necrosis ni síndrome compartimental.", "sin necrosis ni síndrome compartimental, por lo que no se requiere fasciotomía.")]),
        T("another person's sex: 'traído por su esposa' (esposa in input) in a male patient",
          out=[("Varón de 34 años, agricultor.", "Varón de 34 años, agricultor, traído por su esposa.")]),
        P(["HAL004"], "bite site written as pie izquierdo; input says pie derecho",
          out=[("mordedura de serpiente en pie derecho", "mordedura de serpiente en pie izquierdo")]),
        P(["COD004"], "ATC N02AX02 added to tramadol; the input has no ATC code for it",
          out=[("tramadol 50 mg EV c/8h", "tramadol (N02AX02) 50 mg EV c/8h")]),
        P(["FMT002"], "markdown bold '**Dx:**'",
          out=[("Dx: envenenamiento", "**Dx:** envenenamiento")]),
    ]))

# ---------------------------------------------------------------- S03
SCENARIOS.append(dict(
    key="gt_organofosforados",
    setting="Hospital Regional de Cobán, Alta Verapaz (Guatemala) - Cuidados intermedios; intoxicación por organofosforados",
    style="narrativa larga en pretérito",
    input={
        "centro": "Hospital Regional de Cobán, Alta Verapaz",
        "unidad": "Cuidados intermedios de Medicina Interna",
        "paciente": {"sexo": "femenino", "edad": 23},
        "historia": "ingesta voluntaria de insecticida organofosforado (metamidofós) en contexto de conflicto familiar, 3 horas antes de consultar",
        "signos_ingreso": {"FC": "48 lpm", "PA": "90/60 mmHg", "SpO2": "88%", "pupilas": "mióticas", "secreciones": "broncorrea abundante"},
        "laboratorio": {"colinesterasa_plasmatica": "850 U/L", "potasio": "3,8 mEq/L", "glucosa": "142 mg/dL"},
        "diagnosticos": [
            {"codigo": "T60.0", "nombre": "Intoxicación por insecticida organofosforado"},
            {"codigo": "F32.2", "nombre": "Episodio depresivo grave"}],
        "manejo": [
            {"medicamento": "Atropina", "atc": "A03BA01", "esquema": "bolos de 2 mg EV cada 5 minutos hasta atropinización, luego infusión"},
            {"medicamento": "Pralidoxima", "atc": "V03AB04", "esquema": "1 g EV cada 6 horas por 48 horas"},
            {"procedimiento": "lavado gástrico y descontaminación cutánea"}],
        "evolucion": "atropinización alcanzada a las 2 horas, sin requerimiento de intubación, retiro de infusión de atropina al día 3",
        "interconsultas": ["Psiquiatría: episodio depresivo grave, riesgo suicida moderado"],
        "tratamiento_egreso": [{"medicamento": "Sertralina", "atc": "N06AB06", "dosis": "50 mg VO cada 24 horas"}],
        "dias_estancia": 5,
        "egreso": "a domicilio acompañada de la madre, con cita en consulta externa de Psiquiatría en 7 días",
    },
    output=(
        "Ingresa por ingesta voluntaria de un insecticida organofosforado, metamidofós, en el contexto de un "
        "conflicto familiar, 3 horas antes de consultar. Se trata de una paciente de 23 años que llegó con FC de "
        "48 lpm, PA de 90/60 mmHg, SpO2 de 88%, pupilas mióticas y broncorrea abundante, con colinesterasa "
        "plasmática de 850 U/L. Se realizó lavado gástrico y descontaminación cutánea. Se diagnosticó intoxicación "
        "por insecticida organofosforado (T60.0) y recibió atropina (A03BA01) en bolos de 2 mg EV cada 5 minutos "
        "hasta lograr la atropinización, seguida de infusión, y pralidoxima (V03AB04) 1 g EV cada 6 horas por 48 "
        "horas. La atropinización se alcanzó a las 2 horas, no requirió intubación y la infusión de atropina se "
        "retiró al día 3. Psiquiatría documentó un episodio depresivo grave (F32.2) con riesgo suicida moderado, "
        "por lo que se inició sertralina (N06AB06) 50 mg VO cada 24 horas. Tras 5 días de estancia egresa a su "
        "domicilio acompañada de la madre, con cita en consulta externa de Psiquiatría en 7 días."),
    variants=[
        T("derived finding with feminine agreement: 'llegó bradicárdica' supported by FC 48 lpm",
          out=[("que llegó con FC de 48 lpm", "que llegó bradicárdica, con FC de 48 lpm")]),
        T("drug absent from the input mentioned as not indicated: 'no se indicó carbón activado'",
          out=[("Se realizó lavado gástrico y descontaminación cutánea.", "Se realizó lavado gástrico y descontaminación cutánea; no se indicó carbón activado.")]),
        P(["DEM001"], "sex by agreement: 'egresa ... acompañado de la madre' (participle agrees with the female patient)",
          out=[("domicilio acompañada de la madre", "domicilio acompañado de la madre")]),
        P(["HAL001"], "sonda Foley: device absent from the input",
          out=[("Se realizó lavado gástrico y descontaminación cutánea.", "Se realizó lavado gástrico y descontaminación cutánea, y se instaló sonda Foley para control de diuresis.")]),
        P(["HAL003"], "pralidoxima 2 g where the input says 1 g; 2 occurs elsewhere in the input (2 mg, 2 horas) so no HAL002",
          out=[("pralidoxima (V03AB04) 1 g EV", "pralidoxima (V03AB04) 2 g EV")]),
        P(["FMT001"], "output starts with 'La paciente ingresa por'",
          out=[("Ingresa por ingesta voluntaria", "La paciente ingresa por ingesta voluntaria")]),
        P(["REP001"], "a whole sentence repeated twice in a row",
          out=[("retiró al día 3.", "retiró al día 3. La atropinización se alcanzó a las 2 horas, no requirió intubación y la infusión de atropina se retiró al día 3.")]),
    ]))

# ---------------------------------------------------------------- S04
SCENARIOS.append(dict(
    key="do_leptospirosis",
    setting="Hospital Regional Universitario José María Cabral y Báez, Santiago (República Dominicana) - Infectología",
    style="prosa con rótulos en línea ('Signos vitales de ingreso:', 'Diagnóstico de egreso:')",
    input={
        "hospital": "Hospital Regional Universitario José María Cabral y Báez",
        "departamento": "Infectología",
        "datos": {"sexo": "Masculino", "edad": "41 años", "ocupacion": "arrocero"},
        "cuadro_clinico": "fiebre, mialgias intensas en pantorrillas, ictericia y oliguria de 5 días, tras trabajo en arrozal inundado",
        "signos_vitales_ingreso": {"temperatura": "39,4 °C", "PA": "100/60 mmHg", "FC": "112 lpm"},
        "laboratorio": {"creatinina": "3,6 mg/dL", "urea": "148 mg/dL", "bilirrubina_total": "8,2 mg/dL", "plaquetas": "58.000/µL", "potasio": "3,2 mEq/L", "CPK": "2450 U/L"},
        "serologia": "IgM anti-Leptospira positiva",
        "diagnosticos": [
            {"codigo": "A27.0", "nombre": "Leptospirosis icterohemorrágica (síndrome de Weil)"},
            {"codigo": "N17.9", "nombre": "Insuficiencia renal aguda"}],
        "tratamiento": [
            {"codigo": "J01CE01", "nombre": "Penicilina G sódica", "dosis": "1.500.000 UI cada 6 horas", "via": "endovenosa", "duracion": "7 días"},
            {"nombre": "Solución salina 0,9%", "dosis": "hidratación guiada por diuresis"}],
        "evolucion": ["recuperación de la diuresis al tercer día", "creatinina de egreso 1,3 mg/dL", "afebril desde el día 2"],
        "dias_hospitalizacion": 8,
        "indicaciones_egreso": ["control de función renal en 1 semana", "evitar contacto con aguas estancadas sin protección"],
    },
    output=(
        "Ingresa por fiebre, mialgias intensas en pantorrillas, ictericia y oliguria de 5 días de evolución, "
        "iniciados tras trabajar en un arrozal inundado. Paciente masculino de 41 años, arrocero. Signos vitales "
        "de ingreso: temperatura 39,4 °C, PA 100/60 mmHg y FC 112 lpm. Laboratorio: creatinina 3,6 mg/dL, urea "
        "148 mg/dL, bilirrubina total 8,2 mg/dL, plaquetas 58.000/µL, potasio 3,2 mEq/L y CPK 2450 U/L. La IgM "
        "anti-Leptospira resultó positiva. Diagnóstico de egreso: leptospirosis icterohemorrágica o síndrome de "
        "Weil (A27.0), con insuficiencia renal aguda (N17.9). Recibió penicilina G sódica (J01CE01) 1.500.000 UI "
        "cada 6 horas endovenosa durante 7 días e hidratación con solución salina 0,9% guiada por diuresis. "
        "Evolucionó afebril desde el día 2, con recuperación de la diuresis al tercer día y creatinina de egreso "
        "de 1,3 mg/dL. Egresa tras 8 días de hospitalización con control de función renal en 1 semana y "
        "recomendación de evitar el contacto con aguas estancadas sin protección."),
    variants=[
        T("derived finding 'hipokalemia' supported by potasio 3,2 mEq/L",
          out=[("potasio 3,2 mEq/L y CPK", "potasio 3,2 mEq/L, compatible con hipokalemia, y CPK")]),
        T("negated procedure absent from the input: 'sin requerir hemodiálisis'",
          out=[("con recuperación de la diuresis al tercer día", "con recuperación de la diuresis al tercer día sin requerir hemodiálisis")]),
        P(["HAL001"], "hemodiálisis stated as performed; absent from the input",
          out=[("guiada por diuresis. ", "guiada por diuresis, requiriendo además hemodiálisis. ")]),
        P(["DEM001"], "sex stated as femenino (and 'arrocera') for a male patient",
          out=[("Paciente masculino de 41 años, arrocero.", "Paciente de sexo femenino, de 41 años, arrocera.")]),
        P(["COD005"], "the two CIE-10 codes swapped between their labels",
          out=[("síndrome de Weil (A27.0), con insuficiencia renal aguda (N17.9)", "síndrome de Weil (N17.9), con insuficiencia renal aguda (A27.0)")]),
        P(["FMT003"], "truncated summary under 80 words (vitals, labs, course removed; codes kept)",
          out=[("Signos vitales de ingreso: temperatura 39,4 °C, PA 100/60 mmHg y FC 112 lpm. Laboratorio: creatinina 3,6 mg/dL, urea 148 mg/dL, bilirrubina total 8,2 mg/dL, plaquetas 58.000/µL, potasio 3,2 mEq/L y CPK 2450 U/L. La IgM anti-Leptospira resultó positiva. ", ""),
               ("Evolucionó afebril desde el día 2, con recuperación de la diuresis al tercer día y creatinina de egreso de 1,3 mg/dL. ", ""),
               ("Egresa tras 8 días de hospitalización con control de función renal en 1 semana y recomendación de evitar el contacto con aguas estancadas sin protección.", "Egresa tras 8 días de hospitalización.")]),
        P(["HAL002"], "creatinina de egreso 1,8 mg/dL; input says 1,3 and 1,8 appears nowhere",
          out=[("creatinina de egreso de 1,3 mg/dL", "creatinina de egreso de 1,8 mg/dL")]),
    ]))

# ---------------------------------------------------------------- S05
SCENARIOS.append(dict(
    key="cr_geriatria_delirium",
    setting="Hospital Nacional de Geriatría y Gerontología Dr. Raúl Blanco Cervantes (Costa Rica) - Geriatría de agudos",
    style="rótulos en prosa ('Diagnósticos de egreso:', 'Indicaciones al alta:'); fecha de nacimiento en lugar de edad",
    input={
        "centro": "Hospital Nacional de Geriatría y Gerontología Dr. Raúl Blanco Cervantes",
        "servicio": "Geriatría de agudos",
        "identificacion": {"sexo": "F", "fecha_nacimiento": "1936-09-14"},
        "cuidador_principal": "hijo",
        "fecha_ingreso": "2024-02-03",
        "fecha_egreso": "2024-02-10",
        "motivo": "confusión aguda fluctuante, inatención y rechazo de la ingesta de 2 días",
        "antecedentes": ["demencia tipo Alzheimer moderada", "hipertensión arterial", "hipotiroidismo"],
        "medicacion_previa": ["donepezilo 10 mg VO cada noche", "losartán 50 mg VO cada 12 horas", "levotiroxina 75 mcg VO en ayunas"],
        "examen": "deshidratación leve, temperatura 38,2 °C, sin focalidad neurológica",
        "laboratorio": {"leucocitos": "14.300/µL", "sodio": "147 mEq/L", "creatinina": "1,4 mg/dL", "sedimento_urinario": "piuria y nitritos positivos"},
        "urocultivo": "Escherichia coli sensible a cefalosporinas de tercera generación",
        "diagnosticos_egreso": ["delirium hiperactivo secundario", "infección del tracto urinario por E. coli"],
        "tratamiento": ["ceftriaxona 1 g EV cada 24 horas por 5 días", "hidratación parenteral", "medidas no farmacológicas para delirium"],
        "evolucion": "resolución del delirium al cuarto día, recupera ingesta oral y deambulación con andadera",
        "indicaciones": ["cefalexina 500 mg VO cada 6 horas por 2 días más", "reanudar medicación habitual", "control en consulta de Geriatría en 2 semanas"],
    },
    output=(
        "Ingresa por confusión aguda fluctuante, inatención y rechazo de la ingesta de 2 días de evolución. "
        "Paciente adulta mayor con demencia tipo Alzheimer moderada, hipertensión arterial e hipotiroidismo, en "
        "tratamiento con donepezilo 10 mg cada noche, losartán 50 mg cada 12 horas y levotiroxina 75 mcg en "
        "ayunas. Al examen presenta deshidratación leve y temperatura de 38,2 °C, sin focalidad neurológica. "
        "Laboratorio con leucocitos 14.300/µL, sodio 147 mEq/L, creatinina 1,4 mg/dL y sedimento urinario con "
        "piuria y nitritos positivos; el urocultivo aisló Escherichia coli sensible a cefalosporinas de tercera "
        "generación. Diagnósticos de egreso: delirium hiperactivo secundario a infección del tracto urinario por "
        "E. coli. Recibe ceftriaxona 1 g EV cada 24 horas por 5 días, hidratación parenteral y medidas no "
        "farmacológicas para delirium, con resolución del cuadro confusional al cuarto día; recupera la ingesta "
        "oral y deambula con andadera. Indicaciones al alta: cefalexina 500 mg VO cada 6 horas por 2 días más, "
        "reanudar la medicación habitual y control en consulta de Geriatría en 2 semanas."),
    variants=[
        T("derived finding 'fiebre' supported by 38,2 °C",
          out=[("temperatura de 38,2 °C", "fiebre de 38,2 °C")]),
        T("another person (hijo, cuidador principal, in the input) with masculine agreement, patient stays feminine",
          out=[("Paciente adulta mayor con demencia", "Paciente adulta mayor, acompañada por su hijo y cuidador principal, con demencia")]),
        T("plain heading on its own line (no markdown marks)",
          out=[(" Indicaciones al alta: cefalexina", "\nIndicaciones al alta: cefalexina")]),
        P(["DEM001", "HAL002"], "age 78 stated; birth 1936-09-14 and admission 2024-02-03 give 87; 78 appears nowhere in the input",
          out=[("Paciente adulta mayor con demencia", "Paciente de 78 años con demencia")]),
        P(["HAL001"], "haloperidol added for delirium; absent from the input (indication plausible, so no CLN001)",
          out=[("hidratación parenteral y medidas no farmacológicas para delirium", "hidratación parenteral, haloperidol y medidas no farmacológicas para delirium")]),
        P(["HAL003"], "cefalexina cada 12 horas where the input says cada 6 horas; 12 occurs elsewhere (losartán) so no HAL002",
          out=[("cefalexina 500 mg VO cada 6 horas", "cefalexina 500 mg VO cada 12 horas")]),
        P(["FMT002"], "discharge instructions as a markdown bullet list",
          out=[(" Indicaciones al alta: cefalexina 500 mg VO cada 6 horas por 2 días más, reanudar la medicación habitual y control en consulta de Geriatría en 2 semanas.",
                "\nIndicaciones al alta:\n- cefalexina 500 mg VO cada 6 horas por 2 días más\n- reanudar la medicación habitual\n- control en consulta de Geriatría en 2 semanas")]),
    ]))

# ---------------------------------------------------------------- S06
SCENARIOS.append(dict(
    key="uy_neutropenia_febril",
    setting="Hospital de Clínicas Dr. Manuel Quintela, Montevideo (Uruguay) - Hematología; LLA en inducción",
    style="prosa técnica rioplatense ('Paraclínica', 'policlínica', 'internación')",
    input={
        "institucion": "Hospital de Clínicas Dr. Manuel Quintela (Montevideo)",
        "servicio": "Hematología",
        "paciente": {"sexo": "femenino", "edad": 19},
        "antecedentes": [{"cie10": "C91.0", "texto": "Leucemia linfoblástica aguda B, en inducción (día 15)"}],
        "motivo_internacion": "fiebre de 38,8 °C y escalofríos, 10 días después del último ciclo de quimioterapia",
        "examen": {"PA": "105/65 mmHg", "FC": "118 lpm", "mucositis": "grado 2", "cateter": "catéter venoso central con reservorio subclavio derecho sin signos inflamatorios"},
        "laboratorio": {"neutrofilos": "80/µL", "hemoglobina": "7,4 g/dL", "plaquetas": "18.000/µL", "PCR": "96 mg/L"},
        "hemocultivos": "negativos a las 48 horas",
        "diagnosticos": [
            {"cie10": "D70", "texto": "Neutropenia febril posquimioterapia"},
            {"cie10": "D64.9", "texto": "Anemia"}],
        "tratamiento": [
            {"atc": "J01CR05", "farmaco": "piperacilina/tazobactam", "dosis": "4,5 g", "frecuencia": "cada 6 horas", "via": "intravenosa"},
            {"atc": "L03AA02", "farmaco": "filgrastim", "dosis": "300 mcg", "frecuencia": "cada 24 horas", "via": "subcutánea"},
            {"procedimiento": "transfusión de 1 concentrado de glóbulos rojos"}],
        "evolucion": "afebril a las 72 horas, recuperación de neutrófilos a 1200/µL al día 6",
        "dias_internacion": 7,
        "alta": ["control en policlínica de Hematología en 48 horas", "continuar protocolo de inducción según plan"],
    },
    output=(
        "Ingresa por fiebre de 38,8 °C y escalofríos, 10 días después del último ciclo de quimioterapia. "
        "Paciente de 19 años, cursando el día 15 de inducción por leucemia linfoblástica aguda B (C91.0). Al "
        "examen, PA 105/65 mmHg, FC 118 lpm, mucositis grado 2 y catéter venoso central con reservorio subclavio "
        "derecho sin signos inflamatorios. Paraclínica: neutrófilos 80/µL, hemoglobina 7,4 g/dL, plaquetas "
        "18.000/µL y PCR 96 mg/L; hemocultivos negativos a las 48 horas. Se diagnostica neutropenia febril "
        "posquimioterapia (D70) y anemia (D64.9). Se inicia piperacilina/tazobactam (J01CR05) 4,5 g cada 6 horas "
        "intravenosa y filgrastim (L03AA02) 300 mcg cada 24 horas subcutáneo, y se transfunde 1 concentrado de "
        "glóbulos rojos. Evoluciona afebril a las 72 horas, con recuperación de neutrófilos a 1200/µL al día 6. "
        "Se otorga el alta tras 7 días de internación, con control en policlínica de Hematología en 48 horas y "
        "continuidad del protocolo de inducción según plan."),
    variants=[
        T("derived finding 'trombocitopenia' supported by plaquetas 18.000/µL",
          out=[("plaquetas 18.000/µL", "trombocitopenia de 18.000/µL")]),
        T("drug absent from the input mentioned as not added: 'no se agrega vancomicina'",
          out=[("hemocultivos negativos a las 48 horas.", "hemocultivos negativos a las 48 horas, por lo que no se agrega vancomicina.")]),
        P(["HAL004"], "reservorio subclavio izquierdo; input says derecho",
          out=[("reservorio subclavio derecho", "reservorio subclavio izquierdo")]),
        P(["HAL003"], "filgrastim written as intravenoso; input route is subcutánea",
          out=[("300 mcg cada 24 horas subcutáneo", "300 mcg cada 24 horas intravenoso")]),
        P(["HAL001"], "platelet transfusion added; only a red-cell transfusion is in the input",
          out=[("se transfunde 1 concentrado de glóbulos rojos.", "se transfunde 1 concentrado de glóbulos rojos y 1 pool de plaquetas.")]),
        P(["COD002"], "K12.3 added to mucositis; the input has no such code",
          out=[("mucositis grado 2 y", "mucositis grado 2 (K12.3) y")]),
        P(["COD006"], "anemia written without its input code D64.9",
          out=[("y anemia (D64.9).", "y anemia.")]),
    ]))
