# -*- coding: utf-8 -*-
"""Scenarios S13-S18: Peru EsSalud neonatología, Chile hospital base,
Chile SAPU -> hospital, Bolivia (malaria, input as free text), Peru EsSalud
(brucelosis), Argentina provincial ORL."""
from cases_common import T, P

SCENARIOS = []

# ---------------------------------------------------------------- S13
SCENARIOS.append(dict(
    key="pe_essalud_ictericia_rn",
    setting="EsSalud - Hospital Nacional Edgardo Rebagliati Martins, Lima (Perú) - Neonatología; ictericia por incompatibilidad ABO",
    style="prosa breve neonatal; edad en días",
    input={
        "red_asistencial": "EsSalud - Hospital Nacional Edgardo Rebagliati Martins",
        "servicio": "Neonatología - Intermedios",
        "paciente": {"sexo": "F", "edad": "4 días", "peso_nacimiento": "3120 g", "edad_gestacional": "38 semanas"},
        "madre": {"grupo_sanguineo": "O+", "edad": 27},
        "motivo": "ictericia hasta muslos desde el segundo día de vida",
        "laboratorio": {"bilirrubina_total": "19,6 mg/dL", "bilirrubina_indirecta": "18,9 mg/dL", "grupo_rn": "A+", "Coombs_directo": "positivo", "hematocrito": "44%"},
        "diagnosticos": [{"cie10": "P55.1", "nombre": "Enfermedad hemolítica del recién nacido por incompatibilidad ABO"}],
        "tratamiento": ["fototerapia intensiva continua por 48 horas", "lactancia materna exclusiva a libre demanda"],
        "evolucion": "bilirrubina total 11,2 mg/dL a las 48 horas, sin signos de encefalopatía, peso de egreso 3050 g",
        "dias_hospitalizacion": 3,
        "indicaciones_alta": ["control de bilirrubina en 48 horas", "tamizaje auditivo pendiente", "control por consultorio de Neonatología"],
    },
    output=(
        "Ingresa por ictericia hasta muslos desde el segundo día de vida. Recién nacida de 4 días, a término de "
        "38 semanas, con peso al nacer de 3120 g y grupo A+, hija de madre de 27 años con grupo O+. Bilirrubina "
        "total 19,6 mg/dL a predominio indirecto de 18,9 mg/dL, Coombs directo positivo y hematocrito 44%. Se "
        "diagnostica enfermedad hemolítica del recién nacido por incompatibilidad ABO (P55.1) y se indica "
        "fototerapia intensiva continua por 48 horas, manteniendo lactancia materna exclusiva a libre demanda. "
        "Evoluciona con bilirrubina total de 11,2 mg/dL a las 48 horas, sin signos de encefalopatía, y con peso "
        "de egreso de 3050 g. Es dada de alta tras 3 días de hospitalización, con control de bilirrubina en 48 "
        "horas, tamizaje auditivo pendiente y control por consultorio de Neonatología."),
    variants=[
        T("procedure absent from the input mentioned as not indicated: 'no se indicó exanguinotransfusión'",
          out=[("sin signos de encefalopatía,", "sin signos de encefalopatía ni indicación de exanguinotransfusión,")]),
        T("derived finding 'hiperbilirrubinemia' supported by bilirrubina total 19,6 mg/dL",
          out=[("Bilirrubina total 19,6 mg/dL a predominio", "Hiperbilirrubinemia de 19,6 mg/dL a predominio")]),
        P(["DEM001", "HAL002"], "newborn of 4 days written as 9 days; 9 appears nowhere in the input",
          out=[("Recién nacida de 4 días", "Recién nacida de 9 días")]),
        P(["DEM001"], "sex by agreement: 'Es dado de alta' for a female newborn",
          out=[("Es dada de alta", "Es dado de alta")]),
        P(["HAL001"], "inmunoglobulina endovenosa added: drug absent from the input",
          out=[("fototerapia intensiva continua por 48 horas,", "fototerapia intensiva continua por 48 horas e inmunoglobulina endovenosa,")]),
        P(["FMT003"], "truncated summary under 80 words",
          out=[("Bilirrubina total 19,6 mg/dL a predominio indirecto de 18,9 mg/dL, Coombs directo positivo y hematocrito 44%. ", ""),
               ("Evoluciona con bilirrubina total de 11,2 mg/dL a las 48 horas, sin signos de encefalopatía, y con peso de egreso de 3050 g. ", ""),
               (", con control de bilirrubina en 48 horas, tamizaje auditivo pendiente y control por consultorio de Neonatología.", "."),
               ("manteniendo lactancia materna exclusiva a libre demanda", "manteniendo lactancia materna")]),
        P(["COD001"], "CIE-10 code written as 'código P55.1' without parentheses",
          out=[("incompatibilidad ABO (P55.1) y", "incompatibilidad ABO, código P55.1, y")]),
    ]))

# ---------------------------------------------------------------- S14
SCENARIOS.append(dict(
    key="cl_acv_valdivia",
    setting="Hospital Base Valdivia (Chile) - Neurología; infarto cerebral embólico en FA",
    style="prosa chilena ('policlínico', 'fonoaudiología', 'kinésica')",
    input={
        "establecimiento": "Hospital Base Valdivia",
        "servicio": "Neurología",
        "sexo": "Masculino",
        "edad": 72,
        "motivo_consulta": "hemiparesia derecha y afasia de expresión, de inicio al despertar, consulta a las 9 horas",
        "antecedentes": [
            {"codigo": "I48.9", "nombre": "Fibrilación auricular"},
            {"codigo": "I10", "nombre": "Hipertensión arterial"}],
        "farmacos_previos": "sin anticoagulación previa",
        "examen": "NIHSS 8, hemiparesia derecha faciobraquiocrural, afasia motora",
        "imagenes": [
            {"estudio": "TC de encéfalo", "informe": "hipodensidad en territorio de arteria cerebral media izquierda"},
            {"estudio": "angio-TC", "informe": "sin oclusión de gran vaso"}],
        "diagnostico": {"codigo": "I63.4", "nombre": "Infarto cerebral por embolia de arterias cerebrales", "lado": "hemisferio izquierdo"},
        "tratamiento": [
            {"codigo": "B01AC06", "nombre": "Ácido acetilsalicílico", "dosis": "250 mg", "frecuencia": "una vez", "via": "oral"},
            {"codigo": "C10AA05", "nombre": "Atorvastatina", "dosis": "80 mg", "frecuencia": "cada 24 horas", "via": "oral"},
            {"codigo": "B01AF02", "nombre": "Apixabán", "dosis": "5 mg", "frecuencia": "cada 12 horas", "via": "oral", "inicio": "día 6"}],
        "evolucion": "NIHSS 3 al alta, afasia leve residual, deglución evaluada por fonoaudiología sin alteraciones",
        "dias_hospitalizacion": 9,
        "indicaciones": ["rehabilitación kinésica y fonoaudiológica ambulatoria", "control en policlínico de Neurología en 1 mes"],
    },
    output=(
        "Ingresa por hemiparesia derecha y afasia de expresión de inicio al despertar, consultando a las 9 horas. "
        "Paciente masculino de 72 años con fibrilación auricular (I48.9) sin anticoagulación previa e "
        "hipertensión arterial (I10). Al examen NIHSS 8, con hemiparesia derecha faciobraquiocrural y afasia "
        "motora. La TC de encéfalo muestra hipodensidad en territorio de la arteria cerebral media izquierda y el "
        "angio-TC no evidencia oclusión de gran vaso. Se diagnostica infarto cerebral por embolia de arterias "
        "cerebrales (I63.4) del hemisferio izquierdo. Recibe ácido acetilsalicílico (B01AC06) 250 mg por una vez "
        "y atorvastatina (C10AA05) 80 mg cada 24 horas, iniciándose apixabán (B01AF02) 5 mg cada 12 horas al día "
        "6. La deglución evaluada por fonoaudiología no muestra alteraciones. Evoluciona con NIHSS 3 al alta y "
        "afasia leve residual. Se da de alta tras 9 días de hospitalización, con rehabilitación kinésica y "
        "fonoaudiológica ambulatoria y control en policlínico de Neurología en 1 mes."),
    variants=[
        T("out-of-window context for a procedure absent from the input: 'fuera de ventana para trombólisis'",
          out=[("(I63.4) del hemisferio izquierdo.", "(I63.4) del hemisferio izquierdo, fuera de ventana para trombólisis.")]),
        T("correct age in words ('setenta y dos años'); hemiparesia derecha with a left-hemisphere lesion is contralateral and consistent",
          out=[("Paciente masculino de 72 años", "Paciente masculino de setenta y dos años")]),
        P(["HAL004"], "imaging side written as arteria cerebral media derecha; input says izquierda",
          out=[("arteria cerebral media izquierda", "arteria cerebral media derecha")]),
        P(["HAL001"], "thrombolysis with alteplasa stated as given: absent from the input",
          out=[("(I63.4) del hemisferio izquierdo.", "(I63.4) del hemisferio izquierdo, realizándose trombólisis con alteplasa.")]),
        P(["HAL003"], "apixabán cada 24 horas; the input says cada 12 horas (24 occurs elsewhere, so no HAL002)",
          out=[("apixabán (B01AF02) 5 mg cada 12 horas", "apixabán (B01AF02) 5 mg cada 24 horas")]),
        P(["DEM001"], "age in words 'ochenta años' for a 72-year-old (80 occurs elsewhere in the input, atorvastatina 80 mg, so no HAL002)",
          out=[("Paciente masculino de 72 años", "Paciente masculino de ochenta años")]),
        P(["COD005"], "ATC codes of ácido acetilsalicílico and atorvastatina swapped",
          out=[("ácido acetilsalicílico (B01AC06) 250 mg por una vez y atorvastatina (C10AA05)", "ácido acetilsalicílico (C10AA05) 250 mg por una vez y atorvastatina (B01AC06)")]),
        P(["COD006"], "fibrilación auricular written without its input code I48.9",
          out=[("fibrilación auricular (I48.9) sin", "fibrilación auricular sin")]),
        P(["FMT002"], "discharge instructions as markdown bullet lines",
          out=[("Se da de alta tras 9 días de hospitalización, con rehabilitación kinésica y fonoaudiológica ambulatoria y control en policlínico de Neurología en 1 mes.",
                "Se da de alta tras 9 días de hospitalización con las siguientes indicaciones:\n- rehabilitación kinésica y fonoaudiológica ambulatoria\n- control en policlínico de Neurología en 1 mes")]),
    ]))

# ---------------------------------------------------------------- S15
SCENARIOS.append(dict(
    key="cl_sapu_cetoacidosis",
    setting="Hospital Clínico Regional Guillermo Grant Benavente, Concepción (Chile), derivada desde SAPU - Pediatría intermedio; debut de DM1",
    style="prosa chilena ('glicemia', 'policlínico', 'derivada desde SAPU'); fecha de nacimiento en lugar de edad",
    input={
        "hospital": "Hospital Clínico Regional Guillermo Grant Benavente, Concepción",
        "servicio": "Pediatría - Unidad de Paciente Crítico Intermedio",
        "derivacion": "SAPU Lorenzo Arenas",
        "paciente": {"sexo": "femenino", "fecha_nacimiento": "2008-01-15"},
        "fecha_ingreso": "2024-07-03",
        "motivo": "poliuria, polidipsia, baja de peso de 5 kg en 1 mes, vómitos y dolor abdominal de 24 horas",
        "examenes_ingreso": {"glicemia": "486 mg/dL", "pH": "7,08", "bicarbonato": "6 mEq/L", "cetonemia": "positiva", "potasio": "4,1 mEq/L", "HbA1c": "12,4%"},
        "control_posterior": {"momento": "a las 12 horas", "potasio": "3,1 mEq/L", "glicemia": "210 mg/dL"},
        "diagnosticos": ["Diabetes mellitus tipo 1 de debut (E10.1)", "Cetoacidosis diabética grave"],
        "tratamiento": ["hidratación con suero fisiológico 0,9%", "insulina cristalina en infusión continua 0,1 U/kg/h",
                        "reposición de potasio con KCl en las soluciones", "insulina glargina (A10AE04) 18 U SC cada 24 horas",
                        "insulina rápida (A10AB01) según esquema de corrección"],
        "evolucion": "resolución de la acidosis a las 20 horas, educación diabetológica a la paciente y a su padre",
        "dias_hospitalizacion": 5,
        "indicaciones_alta": ["control de glicemia capilar 4 veces al día", "control en policlínico de Diabetes infantil en 1 semana"],
    },
    output=(
        "Ingresa por poliuria, polidipsia, baja de peso de 5 kg en 1 mes, vómitos y dolor abdominal de 24 horas, "
        "derivada desde el SAPU Lorenzo Arenas. Adolescente de sexo femenino. Exámenes de ingreso: glicemia 486 "
        "mg/dL, pH 7,08, bicarbonato 6 mEq/L, cetonemia positiva, potasio 4,1 mEq/L y HbA1c 12,4%. Se diagnostica "
        "diabetes mellitus tipo 1 de debut (E10.1) con cetoacidosis diabética grave. Se maneja con hidratación "
        "con suero fisiológico 0,9%, insulina cristalina en infusión continua a 0,1 U/kg/h y reposición de "
        "potasio con KCl en las soluciones; en el control de las 12 horas presenta potasio de 3,1 mEq/L y "
        "glicemia de 210 mg/dL. La acidosis se resuelve a las 20 horas y se inicia insulina glargina (A10AE04) 18 "
        "U SC cada 24 horas, con insulina rápida (A10AB01) según esquema de corrección. Se realiza educación "
        "diabetológica a la paciente y a su padre. Alta a los 5 días, con control de glicemia capilar 4 veces al "
        "día y control en policlínico de Diabetes infantil en 1 semana."),
    variants=[
        T("derived finding 'hipokalemia' supported by potasio 3,1 mEq/L at 12 h",
          out=[("presenta potasio de 3,1 mEq/L", "presenta hipokalemia de 3,1 mEq/L")]),
        T("admission date rewritten as 03/07/2024 (the input has 2024-07-03): every number matches an input value",
          out=[("Alta a los 5 días,", "Alta a los 5 días del ingreso del 03/07/2024,")]),
        T("ruled-out complication absent from the input: 'sin signos de edema cerebral'",
          out=[("La acidosis se resuelve a las 20 horas y", "La acidosis se resuelve a las 20 horas, sin signos de edema cerebral, y")]),
        P(["DEM001", "HAL002"], "age 14 stated; birth 2008-01-15 and admission 2024-07-03 give 16; 14 appears nowhere in the input",
          out=[("Adolescente de sexo femenino.", "Adolescente de sexo femenino, de 14 años.")]),
        P(["DEM001"], "sex by agreement: 'derivado desde el SAPU' for a female patient",
          out=[("derivada desde el SAPU", "derivado desde el SAPU")]),
        P(["COD002"], "R11 (náusea y vómito) added to the symptom 'vómitos'; the input has no such code",
          out=[("vómitos y dolor abdominal de 24 horas", "vómitos (R11) y dolor abdominal de 24 horas")]),
        P(["FMT001"], "'Ingresó por' instead of 'Ingresa por'",
          out=[("Ingresa por poliuria", "Ingresó por poliuria")]),
        P(["HAL003", "HAL002"], "insulina glargina 28 U where the input says 18 U; 28 appears nowhere",
          out=[("insulina glargina (A10AE04) 18 U", "insulina glargina (A10AE04) 28 U")]),
    ]))

# ---------------------------------------------------------------- S16
SCENARIOS.append(dict(
    key="bo_malaria_vivax",
    setting="Hospital Municipal de Riberalta, Beni (Bolivia) - Medicina Interna; malaria por P. vivax (input as one free-text string)",
    style="telegráfico (Dx, Tto, Hb, VO)",
    input=("Hospital Municipal de Riberalta, Beni. Servicio de Medicina Interna. Paciente de sexo masculino, 28 años, "
           "recolector de castaña. Motivo: fiebre intermitente con escalofríos cada 48 horas, cefalea y mialgias de 6 días. "
           "Examen: T 39,1 °C, FC 104 lpm, esplenomegalia leve. Laboratorio: gota gruesa positiva para Plasmodium vivax, "
           "parasitemia 4.800/µL, hemoglobina 11,8 g/dL, plaquetas 96.000/µL, glucemia 92 mg/dL. Diagnóstico: malaria por "
           "Plasmodium vivax no complicada (B51.9). Tratamiento: cloroquina (P01BA01) 600 mg base VO el día 1 y 450 mg los "
           "días 2 y 3; primaquina (P01BA03) 30 mg VO cada 24 horas por 7 días; paracetamol 500 mg VO cada 6 horas si fiebre. "
           "Evolución: afebril desde el día 3, gota gruesa de control negativa al día 4. Estancia: 4 días. Alta: completar "
           "primaquina en domicilio, control con gota gruesa al día 28, usar mosquitero."),
    output=(
        "Ingresa por fiebre intermitente con escalofríos cada 48 horas, cefalea y mialgias de 6 días. Varón de 28 "
        "años, recolector de castaña. Examen: T 39,1 °C, FC 104 lpm y esplenomegalia leve. Gota gruesa positiva "
        "para Plasmodium vivax con parasitemia de 4.800/µL; Hb 11,8 g/dL, plaquetas 96.000/µL y glucemia 92 mg/dL. "
        "Dx: malaria por Plasmodium vivax no complicada (B51.9). Tto: cloroquina (P01BA01) 600 mg base VO el día 1 "
        "y 450 mg los días 2 y 3, primaquina (P01BA03) 30 mg VO cada 24 horas por 7 días y paracetamol 500 mg VO "
        "cada 6 horas si fiebre. Afebril desde el día 3, con gota gruesa de control negativa al día 4. Alta a los "
        "4 días de estancia, para completar primaquina en domicilio, con control de gota gruesa al día 28 y uso "
        "de mosquitero."),
    variants=[
        T("derived finding 'trombocitopenia' supported by plaquetas 96.000/µL",
          out=[("plaquetas 96.000/µL y glucemia", "trombocitopenia de 96.000/µL y glucemia")]),
        T("ruled-out diagnosis absent from the input: 'se descarta coinfección por P. falciparum'",
          out=[("no complicada (B51.9).", "no complicada (B51.9); se descarta coinfección por P. falciparum.")]),
        P(["HAL001"], "artesunato EV stated as given: drug absent from the input (antimalarial, so no CLN001)",
          out=[("Tto: cloroquina (P01BA01)", "Tto: artesunato EV inicial, luego cloroquina (P01BA01)")]),
        P(["HAL003", "HAL002"], "primaquina 15 mg where the input says 30 mg; 15 appears nowhere in the input",
          out=[("primaquina (P01BA03) 30 mg", "primaquina (P01BA03) 15 mg")]),
        P(["DEM001"], "'Mujer de 28 años' for a male patient",
          out=[("Varón de 28 años", "Mujer de 28 años")]),
        P(["COD004"], "ATC N02BE01 added to paracetamol; the input has no ATC for it",
          out=[("y paracetamol 500 mg VO", "y paracetamol (N02BE01) 500 mg VO")]),
        P(["COD003"], "ATC of primaquina outside parentheses",
          out=[("primaquina (P01BA03) 30 mg", "primaquina P01BA03 30 mg")]),
        P(["FMT003"], "truncated summary under 80 words",
          out=[("Examen: T 39,1 °C, FC 104 lpm y esplenomegalia leve. ", ""),
               ("Gota gruesa positiva para Plasmodium vivax con parasitemia de 4.800/µL; Hb 11,8 g/dL, plaquetas 96.000/µL y glucemia 92 mg/dL. ", ""),
               (", para completar primaquina en domicilio, con control de gota gruesa al día 28 y uso de mosquitero.", "."),
               ("Afebril desde el día 3, con gota gruesa de control negativa al día 4. ", ""),
               (", recolector de castaña.", "."),
               (" y paracetamol 500 mg VO cada 6 horas si fiebre.", ".")]),
    ]))

# ---------------------------------------------------------------- S17
SCENARIOS.append(dict(
    key="pe_brucelosis",
    setting="EsSalud - Hospital Nacional Guillermo Almenara Irigoyen, Lima (Perú) - Enfermedades Infecciosas y Tropicales; brucelosis",
    style="prosa peruana ('funciones vitales', 'es dada de alta')",
    input={
        "red": "EsSalud - Hospital Nacional Guillermo Almenara Irigoyen",
        "servicio": "Enfermedades Infecciosas y Tropicales",
        "paciente": {"genero": "femenino", "edad": 45, "procedencia": "Huancayo"},
        "enfermedad_actual": "fiebre ondulante vespertina, sudoración nocturna, artralgias y lumbalgia de 3 semanas; consumo de queso fresco artesanal",
        "funciones_vitales": {"T": "39,2 °C", "FC": "98 lpm", "PA": "110/70 mmHg"},
        "examen": "hepatoesplenomegalia leve, dolor a la palpación de articulación sacroilíaca izquierda",
        "laboratorio": {"leucocitos": "4.200/mm3", "hemoglobina": "11,6 g/dL", "TGP": "68 U/L", "rosa_de_bengala": "positivo", "hemocultivo": "Brucella melitensis"},
        "resonancia": "sacroileítis izquierda",
        "diagnosticos": [
            {"codigo": "A23.0", "descripcion": "Brucelosis por Brucella melitensis"},
            {"codigo": "M46.1", "descripcion": "Sacroileítis"}],
        "tratamiento": [
            {"codigo": "J01AA02", "farmaco": "doxiciclina", "posologia": "100 mg VO cada 12 horas por 6 semanas"},
            {"codigo": "J04AB02", "farmaco": "rifampicina", "posologia": "600 mg VO cada 24 horas por 6 semanas"}],
        "evolucion": "afebril al quinto día, mejoría de la lumbalgia",
        "dias_hospitalizacion": 9,
        "alta": ["continuar tratamiento antibiótico hasta completar 6 semanas", "control de transaminasas en 2 semanas", "evitar lácteos no pasteurizados", "notificación epidemiológica realizada"],
    },
    output=(
        "Ingresa por fiebre ondulante vespertina, sudoración nocturna, artralgias y lumbalgia de 3 semanas de "
        "evolución, con antecedente de consumo de queso fresco artesanal. Paciente mujer de 45 años, procedente "
        "de Huancayo. Funciones vitales: T 39,2 °C, FC 98 lpm y PA 110/70 mmHg. Al examen, hepatoesplenomegalia "
        "leve y dolor a la palpación de la articulación sacroilíaca izquierda. En el laboratorio, leucocitos "
        "4.200/mm3, hemoglobina 11,6 g/dL, TGP 68 U/L y rosa de Bengala positivo; el hemocultivo aisló Brucella "
        "melitensis y la resonancia mostró sacroileítis izquierda. Se diagnostica brucelosis por Brucella "
        "melitensis (A23.0) con sacroileítis (M46.1) y se inicia doxiciclina (J01AA02) 100 mg VO cada 12 horas y "
        "rifampicina (J04AB02) 600 mg VO cada 24 horas, por 6 semanas. Afebril al quinto día y con mejoría de la "
        "lumbalgia, es dada de alta tras 9 días de hospitalización, con indicación de completar el tratamiento "
        "antibiótico, control de transaminasas en 2 semanas y evitar lácteos no pasteurizados. Se realizó la "
        "notificación epidemiológica."),
    variants=[
        T("derived finding 'anemia leve' supported by hemoglobina 11,6 g/dL in a woman",
          out=[("hemoglobina 11,6 g/dL", "anemia leve con hemoglobina de 11,6 g/dL")]),
        T("ruled-out diagnosis absent from the input: 'descartándose espondilodiscitis'",
          out=[("la resonancia mostró sacroileítis izquierda.", "la resonancia mostró sacroileítis izquierda, descartándose espondilodiscitis.")]),
        P(["HAL004"], "MRI reported as sacroileítis derecha; the input says izquierda",
          out=[("la resonancia mostró sacroileítis izquierda", "la resonancia mostró sacroileítis derecha")]),
        P(["DEM001"], "sex by agreement: 'es dado de alta' for a female patient",
          out=[("es dada de alta", "es dado de alta")]),
        P(["COD005"], "A23.0 and M46.1 swapped between brucelosis and sacroileítis",
          out=[("melitensis (A23.0) con sacroileítis (M46.1)", "melitensis (M46.1) con sacroileítis (A23.0)")]),
        P(["HAL001"], "derived finding contradicted by the input value: 'leucocitosis' with leucocitos 4.200/mm3",
          out=[("En el laboratorio, leucocitos 4.200/mm3", "En el laboratorio, leucocitosis de 4.200/mm3")]),
        P(["CLN001"], "metformina added to input and output as habitual medication with no diabetes among the diagnoses",
          out=[("procedente de Huancayo.", "procedente de Huancayo, usuaria de metformina (A10BA02) 850 mg VO cada 12 horas.")],
          inp=[("\"tratamiento\": [", "\"medicacion_habitual\": [{\"codigo\": \"A10BA02\", \"farmaco\": \"metformina\", \"posologia\": \"850 mg VO cada 12 horas\"}], \"tratamiento\": [")]),
    ]))

# ---------------------------------------------------------------- S18
SCENARIOS.append(dict(
    key="ar_orl_absceso",
    setting="Hospital Provincial Neuquén Dr. Eduardo Castro Rendón (Argentina) - Otorrinolaringología; absceso periamigdalino",
    style="rótulos en línea ('Examen físico:', 'Diagnóstico:', 'Procedimiento:', 'Evolución:')",
    input={
        "hospital": "Hospital Provincial Neuquén Dr. Eduardo Castro Rendón",
        "servicio": "Otorrinolaringología",
        "paciente": {"sexo": "M", "edad": 24},
        "motivo_de_internacion": "odinofagia intensa, trismus, voz de papa caliente y fiebre de 4 días, sin respuesta a amoxicilina ambulatoria",
        "examen": {"temperatura": "38,6 °C", "orofaringe": "abombamiento del pilar amigdalino anterior izquierdo con desviación de la úvula a la derecha",
                   "cuello": "adenopatía cervical izquierda dolorosa"},
        "laboratorio": {"leucocitos": "17.900/mm3", "PCR": "142 mg/L"},
        "diagnosticos": [{"cie10": "J36", "descripcion": "Absceso periamigdalino izquierdo"}],
        "procedimientos": ["punción-aspiración y drenaje del absceso periamigdalino izquierdo bajo anestesia local, con salida de 6 mL de pus"],
        "tratamiento_internacion": [
            {"atc": "J01CR01", "droga": "ampicilina-sulbactam", "dosis": "1,5 g EV cada 6 horas"},
            {"atc": "H02AB02", "droga": "dexametasona", "dosis": "8 mg EV dosis única"},
            {"atc": "M01AE01", "droga": "ibuprofeno", "dosis": "400 mg VO cada 8 horas"}],
        "evolucion": "mejoría del trismus y de la odinofagia a las 24 horas, afebril al segundo día",
        "dias_internacion": 3,
        "egreso": [{"atc": "J01CR02", "droga": "amoxicilina-ácido clavulánico", "dosis": "875/125 mg VO cada 12 horas por 10 días"}, "control en consultorio de ORL en 7 días"],
    },
    output=(
        "Ingresa por odinofagia intensa, trismus, voz de papa caliente y fiebre de 4 días, sin respuesta a "
        "amoxicilina ambulatoria. Paciente masculino de 24 años. Examen físico: temperatura 38,6 °C, abombamiento "
        "del pilar amigdalino anterior izquierdo con desviación de la úvula a la derecha y adenopatía cervical "
        "izquierda dolorosa. Laboratorio: leucocitos 17.900/mm3 y PCR 142 mg/L. Diagnóstico: absceso "
        "periamigdalino izquierdo (J36). Procedimiento: punción-aspiración y drenaje bajo anestesia local, con "
        "salida de 6 mL de pus. Tratamiento en internación: ampicilina-sulbactam (J01CR01) 1,5 g EV cada 6 horas, "
        "dexametasona (H02AB02) 8 mg EV en dosis única e ibuprofeno (M01AE01) 400 mg VO cada 8 horas. Evolución: "
        "mejoría del trismus y la odinofagia a las 24 horas, afebril al segundo día. Egreso a los 3 días de "
        "internación con amoxicilina-ácido clavulánico (J01CR02) 875/125 mg VO cada 12 horas por 10 días y "
        "control en consultorio de ORL en 7 días."),
    variants=[
        T("derived finding 'leucocitosis' supported by 17.900/mm3",
          out=[("Laboratorio: leucocitos 17.900/mm3", "Laboratorio: leucocitosis de 17.900/mm3")]),
        T("procedure absent from the input mentioned as not required: 'no requirió amigdalectomía en caliente'",
          out=[("salida de 6 mL de pus.", "salida de 6 mL de pus; no requirió amigdalectomía en caliente.")]),
        P(["HAL004"], "diagnosis written as absceso periamigdalino derecho; input says izquierdo",
          out=[("Diagnóstico: absceso periamigdalino izquierdo", "Diagnóstico: absceso periamigdalino derecho")]),
        P(["HAL001"], "dren de Penrose added: device absent from the input",
          out=[("salida de 6 mL de pus.", "salida de 6 mL de pus, y colocación de dren de Penrose.")]),
        P(["COD003"], "ATC of ibuprofeno outside parentheses",
          out=[("ibuprofeno (M01AE01) 400 mg", "ibuprofeno M01AE01 400 mg")]),
        P(["DEM001", "HAL002"], "age 42 for a 24-year-old (digit swap); 42 appears nowhere in the input",
          out=[("Paciente masculino de 24 años", "Paciente masculino de 42 años")]),
        P(["REP001"], "the laboratory sentence repeated verbatim",
          out=[("PCR 142 mg/L.", "PCR 142 mg/L. Laboratorio: leucocitos 17.900/mm3 y PCR 142 mg/L.")]),
    ]))
