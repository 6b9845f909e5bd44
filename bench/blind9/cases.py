# -*- coding: utf-8 -*-
"""Escenarios base del corpus ciego blind9 (escritos a mano, conocimiento clinico propio).

Cada escenario: input (cualquier JSON), out (epicrisis limpia) y especificaciones de mutacion:
  dem, hal1, hal2, hal3, hal4: (texto_original, texto_nuevo) aplicado una vez al output
  c2: (frase, codigo_cie10_real_no_en_input)  -> COD002
  c4: (frase, codigo_atc_real_no_en_input)    -> COD004
  bogus: (codigo_real, codigo_inexistente)     -> COD007 (se cambia en input y output)
  neg: frase negada a insertar (trampa), syn: (orig, sinonimo) trampa
  note_*: opcional
"""

S = []

# 1 Medicina interna, Chile
S.append(dict(key="nac_chile", svc="medicina interna", input={
    "paciente": {"sexo": "M", "edad": 78},
    "servicio": "Medicina Interna HBLT",
    "motivo": "fiebre, tos productiva y disnea de 4 dias",
    "antecedentes": [{"cod": "J44.9", "desc": "EPOC"}, {"desc": "tabaquismo suspendido"}],
    "examenes": {"PCR": "187 mg/L", "leucocitos": "16.400", "SatO2": "89%"},
    "imagenes": "Rx torax: condensacion lobulo inferior derecho",
    "diagnosticos": [{"cod": "J18.9", "desc": "Neumonia adquirida en la comunidad"}],
    "tratamiento": [{"atc": "J01DD04", "nombre": "ceftriaxona", "posologia": "1 g cada 24 horas ev"},
                    {"atc": "R03AC02", "nombre": "salbutamol", "posologia": "2 puff cada 6 horas"}],
    "dias_estada": 6},
    out="Ingresa por fiebre, tos productiva y disnea de 4 días de evolución en paciente varón de 78 años, con antecedente de EPOC (J44.9) y tabaquismo suspendido. Al ingreso SatO2 de 89%, PCR 187 mg/L y leucocitos de 16.400. La radiografía de tórax muestra condensación del lóbulo inferior derecho, planteándose neumonía adquirida en la comunidad (J18.9). Se inicia ceftriaxona (J01DD04) 1 g cada 24 horas endovenosa y salbutamol (R03AC02) 2 puff cada 6 horas. Evoluciona afebril, con descenso de requerimientos de oxígeno y mejoría de la mecánica ventilatoria. Completa 6 días de estada hospitalaria y se otorga alta con control en policlínico de broncopulmonar y kinesioterapia respiratoria.",
    dem=("paciente varón de 78 años", "paciente mujer de 78 años"),
    hal1=("y salbutamol (R03AC02) 2 puff cada 6 horas.", "y salbutamol (R03AC02) 2 puff cada 6 horas, asociando claritromicina."),
    hal2=("PCR 187 mg/L", "PCR 231 mg/L"),
    hal3=("1 g cada 24 horas endovenosa", "1 g cada 6 horas endovenosa"),
    hal4=("lóbulo inferior derecho", "lóbulo inferior izquierdo"),
    c2=("tabaquismo suspendido", "Z87.8"),
    neg="No se aislaron gérmenes y se descartó derrame pleural.",
    syn=("EPOC (J44.9)", "enfermedad pulmonar obstructiva crónica (J44.9)"),
    bogus=("J18.9", "J18.7"),
))

# 2 Cardiologia, Espana
S.append(dict(key="icc_esp", svc="cardiologia", input={
    "datos_paciente": {"genero": "mujer", "edad_anios": 81},
    "episodio": {"unidad": "Cardiología", "motivo_ingreso": "disnea de moderados esfuerzos progresiva y edemas en miembros inferiores",
                 "exploracion": "crepitantes bibasales, ingurgitación yugular",
                 "analitica": {"NT-proBNP": "6.850 pg/ml", "creatinina": "1,3 mg/dl", "potasio": "4,1 mEq/l"},
                 "ecocardiograma": "FEVI 35%"},
    "juicio_clinico": [{"codigo": "I50.0", "texto": "Insuficiencia cardiaca congestiva"},
                       {"codigo": "I48.9", "texto": "Fibrilacion auricular"}],
    "farmacos": [{"codigo": "C03CA01", "texto": "Furosemida", "pauta": "40 mg cada 12 horas iv"},
                 {"codigo": "C07AB07", "texto": "Bisoprolol", "pauta": "2,5 mg cada 24 horas vo"},
                 {"codigo": "B01AF02", "texto": "Apixabán", "pauta": "5 mg cada 12 horas vo"}]},
    out="Ingresa por disnea de moderados esfuerzos progresiva y edemas en miembros inferiores. Mujer de 81 años con fibrilación auricular (I48.9) conocida. En la exploración presenta crepitantes bibasales e ingurgitación yugular, con NT-proBNP de 6.850 pg/ml, creatinina 1,3 mg/dl y potasio 4,1 mEq/l. El ecocardiograma muestra FEVI 35%. Se orienta como insuficiencia cardiaca congestiva (I50.0) descompensada y se trata con furosemida (C03CA01) 40 mg cada 12 horas iv, con buena respuesta diurética, manteniendo bisoprolol (C07AB07) 2,5 mg cada 24 horas y apixabán (B01AF02) 5 mg cada 12 horas. Se da de alta euvolémica, con control por su médico de atención primaria y en consultas de insuficiencia cardiaca.",
    dem=("Mujer de 81 años", "Varón de 81 años"),
    hal1=("e ingurgitación yugular,", "e ingurgitación yugular y derrame pericárdico,"),
    hal2=("FEVI 35%", "FEVI 28%"),
    hal3=("furosemida (C03CA01) 40 mg cada 12 horas iv", "furosemida (C03CA01) 40 mg cada 24 horas iv"),
    c4=None, c2=None,
    neg="No precisó ventilación mecánica no invasiva y se descartó síndrome coronario agudo.",
    syn=("apixabán (B01AF02)", "Eliquis (B01AF02)"),
    bogus=None,
))

# 3 Cirugia, Mexico
S.append(dict(key="apend_mex", svc="cirugia", input={
    "nombre_servicio": "Cirugía General, HGZ 27",
    "sexo": "masculino", "edad": "23 años",
    "padecimiento_actual": "dolor abdominal periumbilical que migra a fosa iliaca derecha, náusea y fiebre de 38,4 °C, 24 horas de evolución",
    "laboratorios": "leucocitos 14.200, neutrófilos 86%",
    "dx_egreso": "K35.8 Apendicitis aguda",
    "procedimiento": "apendicectomía laparoscópica; hallazgo apéndice fase II supurada",
    "medicamentos": ["J01DD04 ceftriaxona 1 g IV cada 24 h", "J01XD01 metronidazol 500 mg IV cada 8 h",
                      "N02BE01 paracetamol 1 g VO cada 8 h"],
    "estancia": "2 días"},
    out="Ingresa por dolor abdominal periumbilical que migra a fosa ilíaca derecha, náusea y fiebre de 38,4 °C de 24 horas de evolución, en masculino de 23 años. Laboratorios con leucocitos de 14.200 y neutrófilos 86%. Con diagnóstico de apendicitis aguda (K35.8) se realiza apendicectomía laparoscópica, encontrando apéndice en fase II supurada. Recibe ceftriaxona (J01DD04) 1 g IV cada 24 h y metronidazol (J01XD01) 500 mg IV cada 8 h, además de paracetamol (N02BE01) 1 g VO cada 8 h para el dolor. Cursa posoperatorio sin complicaciones, tolerando la vía oral y con herida quirúrgica limpia. Se egresa a domicilio tras 2 días de estancia, con cita en consulta externa de cirugía para retiro de puntos.",
    dem=("en masculino de 23 años", "en femenina de 23 años"),
    hal1=("se realiza apendicectomía laparoscópica", "se realiza apendicectomía laparoscópica con drenaje de absceso"),
    hal2=("neutrófilos 86%", "neutrófilos 91%"),
    hal3=("metronidazol (J01XD01) 500 mg IV cada 8 h", "metronidazol (J01XD01) 500 mg VO cada 8 h"),
    hal4=("fosa ilíaca derecha", "fosa ilíaca izquierda"),
    neg="No se documentó perforación ni peritonitis generalizada.",
    syn=("apendicectomía laparoscópica", "apendicectomía por laparoscopia"),
    bogus=("K35.8", "K35.6"),
))

# 4 Obstetricia, Chile
S.append(dict(key="parto_chile", svc="obstetricia", input={
    "paciente": {"sexo": "F", "edad": 29, "formula_obstetrica": "G2P1"},
    "servicio": "Maternidad, puerperio",
    "ingreso": "trabajo de parto activo, 39+2 semanas",
    "diagnosticos": ["O80 Parto unico espontaneo"],
    "rn": {"sexo": "masculino", "peso": "3.420 g", "apgar": "9-10"},
    "farmacos": [{"atc": "H01BB02", "nombre": "oxitocina", "dosis": "10 UI im en alumbramiento"},
                 {"atc": "N02BE01", "nombre": "paracetamol", "dosis": "1 g cada 8 horas vo"}],
    "evolucion": "puerperio fisiologico, lactancia materna exclusiva"},
    out="Ingresa por trabajo de parto activo con embarazo de 39+2 semanas, paciente de 29 años, G2P1. Evoluciona a parto único espontáneo (O80) sin incidentes, con alumbramiento dirigido con oxitocina (H01BB02) 10 UI im. Nace recién nacido de sexo masculino de 3.420 g, Apgar 9-10, que queda en alojamiento conjunto con su madre. Cursa puerperio fisiológico, afebril, con útero bien retraído y loquios normales, utilizando paracetamol (N02BE01) 1 g cada 8 horas vo como analgesia. Se establece lactancia materna exclusiva sin dificultades. Se otorga alta a las 48 horas en buenas condiciones, con control de díada en CESFAM en los próximos días y signos de alarma explicados.",
    dem=("paciente de 29 años, G2P1", "paciente de 39 años, G2P1"),
    hal1=("sin incidentes,", "sin incidentes, con episiotomía y desgarro perineal grado II,"),
    hal2=("Se otorga alta a las 48 horas", "Se otorga alta a las 72 horas"),
    hal3=("oxitocina (H01BB02) 10 UI im", "oxitocina (H01BB02) 10 UI ev"),
    neg="No requirió uso de retractores uterinos adicionales ni transfusión.",
    syn=("paracetamol (N02BE01)", "acetaminofén (N02BE01)"),
    bogus=None,
    note_clean="Trampa limpia: el RN de sexo masculino es el hijo, no la paciente (DEM001 no aplica).",
))
# fix: 48 not in input -> add to input
S[-1]["input"]["estadia"] = "48 horas"

# 5 Pediatria, Peru (lactante meses)
S.append(dict(key="bronq_peru", svc="pediatria", input=
    "Paciente lactante varón de 8 meses, hospitalizado en Pediatría del Hospital Cayetano Heredia por tos, rinorrea y dificultad respiratoria de 3 días. "
    "Sat O2 al ingreso 90%, FR 58 por minuto, sibilantes difusos. Dx: J21.9 Bronquiolitis aguda. "
    "Tratamiento: oxígeno por cánula binasal (V03AN01) 1 litro por minuto, paracetamol (N02BE01) 15 mg/kg cada 6 horas por fiebre, nebulización con suero hipertónico 3%. "
    "Panel viral positivo a VSR. Alta al 5to día con saturación 96% sin oxígeno.",
    out="Ingresa por tos, rinorrea y dificultad respiratoria de 3 días en lactante varón de 8 meses. Al ingreso con Sat O2 de 90%, FR 58 por minuto y sibilantes difusos, con panel viral positivo a VSR, compatible con bronquiolitis aguda (J21.9). Se maneja con oxígeno por cánula binasal (V03AN01) a 1 litro por minuto, nebulizaciones con suero hipertónico al 3% y paracetamol (N02BE01) 15 mg/kg cada 6 horas por fiebre. Evoluciona favorablemente, con disminución del trabajo respiratorio y buena tolerancia oral. Se suspende el oxígeno manteniendo saturación de 96% en aire ambiente. Se da alta médica con indicación de lavados nasales, control en consultorio de pediatría y signos de alarma explicados a la madre.",
    dem=("lactante varón de 8 meses", "lactante varón de 8 años"),
    hal1=("nebulizaciones con suero hipertónico al 3%", "nebulizaciones con suero hipertónico al 3%, dexametasona"),
    hal2=("FR 58 por minuto", "FR 64 por minuto"),
    hal3=("paracetamol (N02BE01) 15 mg/kg cada 6 horas", "paracetamol (N02BE01) 15 mg/kg cada 3 horas"),
    neg="No requirió ventilación no invasiva ni se indicaron antibióticos.",
    syn=("VSR", "virus respiratorio sincitial"),
    bogus=("J21.9", "J21.5"),
))

# 6 Neumologia, Argentina
S.append(dict(key="epoc_arg", svc="neumologia", input={
    "pac": {"sexo": "femenino", "edad": 67},
    "internacion": {"sector": "Neumonología", "motivo": "aumento de disnea y de la expectoración purulenta de 5 días",
        "gases": {"pH": "7,33", "pCO2": "52 mmHg"}, "FEV1_basal": "38%"},
    "diagnosticos": [{"codigo": "J44.1", "nombre": "EPOC con exacerbación aguda"}, {"nombre": "hipertensión arterial"}],
    "medicacion": [{"atc": "H02AB07", "droga": "prednisona", "dosis": "40 mg/día vía oral por 5 días"},
                   {"atc": "R03BB01", "droga": "ipratropio", "dosis": "nebulizado cada 6 horas"},
                   {"atc": "J01CR02", "droga": "amoxicilina-clavulánico", "dosis": "875/125 mg cada 12 horas"},
                   {"droga": "enalapril", "dosis": "10 mg cada 12 horas"}]},
    out="Ingresa por aumento de la disnea y de la expectoración purulenta de 5 días en paciente de 67 años, tabaquista, con EPOC severo conocido con FEV1 basal de 38% e hipertensión arterial en tratamiento con enalapril 10 mg cada 12 horas. En guardia presenta gases con pH 7,33 y pCO2 52 mmHg. Se interpreta como EPOC con exacerbación aguda (J44.1) y se indica prednisona (H02AB07) 40 mg/día vía oral por 5 días, ipratropio (R03BB01) nebulizado cada 6 horas y amoxicilina-clavulánico (J01CR02) 875/125 mg cada 12 horas. Evoluciona con mejoría clínica y gasométrica, sin requerir ventilación no invasiva. Se otorga el egreso con control por consultorio externo de neumonología y rehabilitación respiratoria.",
    dem=("en paciente de 67 años, tabaquista,", "en paciente de 67 años, tabaquista, varón,"),
    hal1=("y amoxicilina-clavulánico (J01CR02) 875/125 mg cada 12 horas.", "y amoxicilina-clavulánico (J01CR02) 875/125 mg cada 12 horas, más azitromicina."),
    hal2=("pCO2 52 mmHg", "pCO2 61 mmHg"),
    hal3=("prednisona (H02AB07) 40 mg/día vía oral", "prednisona (H02AB07) 40 mg/día endovenosa"),
    c2=("hipertensión arterial", "I10"),
    c4=("enalapril", "C09AA02"),
    neg="Se descartó neumonía por radiografía sin infiltrados.",
    syn=("amoxicilina-clavulánico (J01CR02)", "amoxicilina con ácido clavulánico (J01CR02)"),
    bogus=None,
))
# tabaquista not in input -> add
S[-1]["input"]["internacion"]["habitos"] = "tabaquista"
S[-1]["input"]["internacion"]["estadio"] = "EPOC severo"

# 7 Nefrologia, Colombia
S.append(dict(key="hk_col", svc="nefrologia", input={
    "Paciente": {"Sexo": "Hombre", "Edad": "59"},
    "Servicio": "Nefrología - Clínica Universitaria",
    "MotivoConsulta": "debilidad generalizada y palpitaciones",
    "Paraclinicos": [{"examen": "Potasio", "valor": "6,8 mEq/L"}, {"examen": "Creatinina", "valor": "4,9 mg/dL"},
                     {"examen": "Hemoglobina", "valor": "10,2 g/dL"}],
    "EKG": "ondas T picudas",
    "Diagnosticos": [{"CIE10": "N18.4", "Nombre": "Enfermedad renal crónica estadio 4"},
                     {"CIE10": "E87.5", "Nombre": "Hiperpotasemia"}],
    "Medicamentos": [{"ATC": "A12AA03", "Nombre": "Gluconato de calcio", "Dosis": "10 ml IV"},
                     {"ATC": "V03AE01", "Nombre": "Poliestireno sulfonato", "Dosis": "15 g VO cada 8 horas"},
                     {"ATC": "C03CA01", "Nombre": "Furosemida", "Dosis": "40 mg IV cada 12 horas"}]},
    out="Ingresa por debilidad generalizada y palpitaciones en hombre de 59 años con enfermedad renal crónica estadio 4 (N18.4). En urgencias se documenta potasio de 6,8 mEq/L con ondas T picudas en el EKG, creatinina de 4,9 mg/dL y hemoglobina de 10,2 g/dL, configurándose hiperpotasemia (E87.5) severa. Se administra gluconato de calcio (A12AA03) 10 ml IV como estabilizador de membrana, poliestireno sulfonato (V03AE01) 15 g VO cada 8 horas y furosemida (C03CA01) 40 mg IV cada 12 horas. Presenta corrección progresiva del potasio y desaparición de las alteraciones electrocardiográficas. Se ajusta la dieta baja en potasio con apoyo de nutrición. Se da egreso con control prioritario por consulta externa de nefrología.",
    dem=("en hombre de 59 años", "en mujer de 59 años"),
    hal1=("configurándose hiperpotasemia (E87.5) severa.", "configurándose hiperpotasemia (E87.5) severa y acidosis metabólica."),
    hal2=("creatinina de 4,9 mg/dL", "creatinina de 5,6 mg/dL"),
    hal3=("poliestireno sulfonato (V03AE01) 15 g VO cada 8 horas", "poliestireno sulfonato (V03AE01) 15 g VO cada 12 horas"),
    neg="No fue necesaria hemodiálisis de urgencia.",
    syn=("hiperpotasemia (E87.5)", "hiperkalemia (E87.5)"),
    bogus=("E87.5", "E87.9"),
))

# 8 Neurologia, Espana (ictus)
S.append(dict(key="ictus_esp", svc="neurologia", input={
    "filiacion": {"sexo": "Mujer", "fecha_nacimiento": "1950-02-11"},
    "fecha_ingreso": "2024-10-03",
    "servicio": "Neurología - Unidad de Ictus",
    "anamnesis": "hemiparesia derecha y afasia de inicio al despertar, NIHSS 9",
    "pruebas": {"TC craneal": "sin sangrado", "angio-TC": "oclusión de rama M2 de arteria cerebral media izquierda"},
    "diagnosticos": {"principal": {"cie": "I63.9", "desc": "Infarto cerebral"}, "secundarios": [{"cie": "I10", "desc": "Hipertensión esencial"}]},
    "tratamiento_alta": [{"atc": "B01AC06", "desc": "Ácido acetilsalicílico", "pauta": "100 mg cada 24 horas"},
                         {"atc": "C10AA05", "desc": "Atorvastatina", "pauta": "80 mg cada 24 horas"}],
    "notas": "fuera de ventana para trombolisis por hora de inicio desconocida"},
    out="Ingresa por hemiparesia derecha y afasia de inicio al despertar, con NIHSS 9, en mujer hipertensa (I10). La TC craneal descarta sangrado y la angio-TC muestra oclusión de rama M2 de la arteria cerebral media izquierda, diagnosticándose infarto cerebral (I63.9). Se encontraba fuera de ventana para trombólisis por hora de inicio desconocida y no fue candidata a trombectomía. Ingresa en Unidad de Ictus con monitorización, sin complicaciones neurológicas ni infecciosas, y con mejoría parcial del lenguaje y de la fuerza. Inicia rehabilitación y logopedia. Al alta, ácido acetilsalicílico (B01AC06) 100 mg cada 24 horas y atorvastatina (C10AA05) 80 mg cada 24 horas. Seguimiento en consultas de neurología vascular y rehabilitación ambulatoria.",
    dem=("en mujer hipertensa (I10)", "en varón hipertenso (I10)"),
    hal1=("Inicia rehabilitación y logopedia.", "Inicia rehabilitación y logopedia, y se realiza ecocardiograma transesofágico."),
    hal2=("con NIHSS 9", "con NIHSS 14"),
    hal3=("atorvastatina (C10AA05) 80 mg cada 24 horas", "atorvastatina (C10AA05) 80 mg cada 12 horas"),
    hal4=("hemiparesia derecha", "hemiparesia izquierda"),
    neg=None,
    syn=("ácido acetilsalicílico (B01AC06)", "AAS (B01AC06)"),
    bogus=("I63.9", "I63.7"),
    note_clean="Trampa limpia: trombólisis y trombectomía mencionadas como no realizadas (fuera de ventana).",
))
S[-1]["input"]["notas"] += "; no candidata a trombectomía"

# 9 Oncologia, Chile
S.append(dict(key="nf_chile", svc="oncologia", input={
    "px": {"sexo": "femenino", "edad": 52},
    "unidad": "Oncología médica",
    "motivo": "fiebre 38,9 °C al día 10 post quimioterapia",
    "antecedentes": [{"cie10": "C50.9", "glosa": "Cáncer de mama", "detalle": "mama izquierda, en quimioterapia adyuvante"}],
    "lab": {"RAN": "200", "Hb": "10,1", "plaquetas": "98.000"},
    "dg": [{"cie10": "D70", "glosa": "Neutropenia febril"}],
    "tto": [{"atc": "J01CR05", "nombre": "piperacilina-tazobactam", "dosis": "4,5 g ev cada 6 horas"},
            {"atc": "L03AA02", "nombre": "filgrastim", "dosis": "300 mcg sc al día"}],
    "hemocultivos": "negativos"},
    out="Ingresa por fiebre de 38,9 °C al día 10 post quimioterapia en paciente femenina de 52 años con cáncer de mama (C50.9) izquierda en quimioterapia adyuvante. Laboratorio con RAN 200, Hb 10,1 y plaquetas 98.000, configurando neutropenia febril (D70) de alto riesgo. Se toman hemocultivos, que resultan negativos, y se inicia piperacilina-tazobactam (J01CR05) 4,5 g ev cada 6 horas junto con filgrastim (L03AA02) 300 mcg sc al día. Evoluciona afebril desde las primeras 48 horas, con recuperación del recuento de neutrófilos. Completa tratamiento sin complicaciones infecciosas. Se da de alta con control en policlínico de oncología antes del siguiente ciclo y educación sobre signos de alarma.",
    dem=("paciente femenina de 52 años", "paciente masculino de 52 años"),
    hal1=("y se inicia piperacilina-tazobactam", "y se inicia vancomicina más piperacilina-tazobactam"),
    hal2=("plaquetas 98.000", "plaquetas 65.000"),
    hal3=("filgrastim (L03AA02) 300 mcg sc al día", "filgrastim (L03AA02) 300 mcg ev al día"),
    hal4=("cáncer de mama (C50.9) izquierda", "cáncer de mama (C50.9) derecha"),
    neg="No se identificó foco infeccioso y no se usó antifúngico.",
    syn=("piperacilina-tazobactam (J01CR05)", "pip-tazo (J01CR05)"),
    bogus=None,
))
S[-1]["input"]["evolucion"] = "afebril desde las 48 horas"

# 10 Hematologia, Argentina
S.append(dict(key="anemia_arg", svc="hematologia", input=[
    {"campo": "sexo", "valor": "F"}, {"campo": "edad", "valor": "45"},
    {"campo": "servicio", "valor": "Clínica médica / Hematología"},
    {"campo": "motivo", "valor": "astenia, mareos y disnea de esfuerzo de 1 mes"},
    {"campo": "laboratorio", "valor": "Hb 6,9 g/dL, VCM 68 fL, ferritina 4 ng/mL"},
    {"campo": "diagnostico", "valor": "D50.0 Anemia ferropénica secundaria a pérdida de sangre crónica"},
    {"campo": "diagnostico", "valor": "N92.0 Menstruación excesiva y frecuente con ciclo regular"},
    {"campo": "procedimiento", "valor": "transfusión de 2 unidades de glóbulos rojos"},
    {"campo": "medicacion", "valor": "B03AA07 sulfato ferroso 325 mg cada 24 horas vía oral"}],
    out="Ingresa por astenia, mareos y disnea de esfuerzo de 1 mes de evolución en paciente de 45 años con antecedente de menorragia, es decir menstruación excesiva y frecuente con ciclo regular (N92.0). En el laboratorio presenta Hb 6,9 g/dL, VCM 68 fL y ferritina 4 ng/mL, interpretándose como anemia ferropénica secundaria a pérdida de sangre crónica (D50.0). Se realiza transfusión de 2 unidades de glóbulos rojos con buena tolerancia y mejoría sintomática. Se inicia sulfato ferroso (B03AA07) 325 mg cada 24 horas vía oral. Se solicita interconsulta con ginecología para estudio de la causa del sangrado. Se otorga el egreso hospitalario estable, con control por hematología y laboratorio de control ambulatorio.",
    dem=("en paciente de 45 años", "en paciente de 45 años, varón,"),
    hal1=("Se realiza transfusión de 2 unidades", "Se realiza endoscopia digestiva alta y transfusión de 2 unidades"),
    hal2=("VCM 68 fL", "VCM 74 fL"),
    hal3=("sulfato ferroso (B03AA07) 325 mg cada 24 horas vía oral", "sulfato ferroso (B03AA07) 325 mg cada 24 horas vía endovenosa"),
    neg="No se indicó hierro endovenoso.",
    syn=("glóbulos rojos", "concentrado de hematíes"),
    bogus=("D50.0", "D50.3"),
))

# 11 Psiquiatria, Mexico
S.append(dict(key="dep_mex", svc="psiquiatria", input={
    "ficha": {"sexo": "Femenino", "edad": 34, "escolaridad": "licenciatura"},
    "area": "Psiquiatría, hospitalización breve",
    "motivo_de_ingreso": "tristeza, anhedonia, insomnio y ideación de muerte pasiva de 2 meses",
    "escalas": {"PHQ-9": 22},
    "impresion_diagnostica": {"clave": "F32.2", "descripcion": "Episodio depresivo grave sin síntomas psicóticos"},
    "manejo": [{"clave": "N06AB06", "farmaco": "sertralina", "dosis": "50 mg cada 24 horas"},
               {"clave": "N05AH04", "farmaco": "quetiapina", "dosis": "25 mg por la noche"}],
    "dias": 12},
    out="Ingresa por tristeza, anhedonia, insomnio e ideación de muerte pasiva de 2 meses de evolución en paciente femenina de 34 años, con PHQ-9 de 22. Se integra diagnóstico de episodio depresivo grave sin síntomas psicóticos (F32.2). Se inicia sertralina (N06AB06) 50 mg cada 24 horas y quetiapina (N05AH04) 25 mg por la noche para el insomnio, además de psicoterapia individual y actividades de terapia ocupacional. Durante la estancia niega planes o intentos suicidas, mejora el patrón de sueño y el ánimo, y se muestra participativa. Tras 12 días de hospitalización se egresa acompañada de su esposo, a quien se explican datos de alarma, con cita en consulta externa de psiquiatría y psicología.",
    dem=("paciente femenina de 34 años", "paciente masculino de 34 años"),
    hal1=("además de psicoterapia individual", "además de clonazepam y psicoterapia individual"),
    hal2=("con PHQ-9 de 22", "con PHQ-9 de 26"),
    hal3=("sertralina (N06AB06) 50 mg cada 24 horas", "sertralina (N06AB06) 50 mg cada 12 horas"),
    neg="No se consideró terapia electroconvulsiva.",
    syn=("sertralina (N06AB06)", "Altruline (N06AB06)"),
    bogus=("F32.2", "F32.6"),
    note_clean="Trampa limpia: acompañada de su esposo; el masculino refiere a otra persona.",
))

# 12 Urologia, Peru
S.append(dict(key="lito_peru", svc="urologia", input={
    "datos": {"sexo": "M", "edad": 41},
    "servicio": "Urología - Hospital Rebagliati (EsSalud)",
    "enfermedad_actual": "dolor lumbar izquierdo tipo cólico irradiado a genitales, hematuria",
    "uroTEM": "litiasis de 8 mm en uréter distal izquierdo con hidronefrosis leve",
    "diagnostico": [{"cie": "N20.1", "nombre": "Cálculo del uréter"}],
    "procedimientos": ["ureteroscopía semirrígida con láser y colocación de catéter doble J izquierdo"],
    "medicacion": [{"atc": "M01AB15", "nombre": "ketorolaco", "dosis": "30 mg EV cada 8 horas"},
                   {"atc": "G04CA02", "nombre": "tamsulosina", "dosis": "0,4 mg VO cada 24 horas"}]},
    out="Ingresa por dolor lumbar izquierdo tipo cólico irradiado a genitales, acompañado de hematuria, en paciente varón de 41 años. La uroTEM evidencia litiasis de 8 mm en uréter distal izquierdo con hidronefrosis leve, con diagnóstico de cálculo del uréter (N20.1). Recibe analgesia con ketorolaco (M01AB15) 30 mg EV cada 8 horas y tamsulosina (G04CA02) 0,4 mg VO cada 24 horas. Ante dolor persistente se realiza ureteroscopía semirrígida con láser y colocación de catéter doble J izquierdo, sin complicaciones. Evoluciona con diuresis conservada, sin fiebre y con dolor controlado. Se otorga alta médica con indicación de abundante hidratación y cita por consultorio externo de urología para retiro del catéter.",
    dem=("en paciente varón de 41 años", "en paciente mujer de 41 años"),
    hal1=("Recibe analgesia con ketorolaco", "Recibe analgesia con tramadol y ketorolaco"),
    hal2=("litiasis de 8 mm", "litiasis de 11 mm"),
    hal3=("ketorolaco (M01AB15) 30 mg EV cada 8 horas", "ketorolaco (M01AB15) 30 mg VO cada 8 horas"),
    hal4=("catéter doble J izquierdo", "catéter doble J derecho"),
    neg="No presentó signos de pielonefritis obstructiva.",
    syn=("ureteroscopía semirrígida", "URS semirrígida"),
    bogus=("N20.1", "N20.4"),
))

# 13 Traumatologia, Espana
S.append(dict(key="cadera_esp", svc="traumatologia", input={
    "paciente": {"sexo": "mujer", "edad": 86},
    "servicio": "COT - Unidad de Ortogeriatría",
    "motivo": "caída accidental en domicilio con dolor e impotencia funcional de cadera derecha",
    "diagnosticos": [{"codigo": "S72.1", "descripcion": "Fractura pertrocantérea de fémur derecho"},
                     {"codigo": "M81.9", "descripcion": "Osteoporosis"}],
    "intervencion": "osteosíntesis con clavo endomedular tipo Gamma",
    "analitica": {"Hb postoperatoria": "9,4 g/dl"},
    "tratamiento": [{"atc": "B01AB05", "nombre": "enoxaparina", "pauta": "40 mg sc cada 24 horas"},
                    {"atc": "N02BE01", "nombre": "paracetamol", "pauta": "1 g cada 8 horas vo"},
                    {"atc": "M05BA04", "nombre": "ácido alendrónico", "pauta": "70 mg semanal"}]},
    out="Ingresa por caída accidental en domicilio con dolor e impotencia funcional de cadera derecha en mujer de 86 años. Se diagnostica fractura pertrocantérea de fémur derecho (S72.1) sobre hueso osteoporótico, osteoporosis (M81.9). Se interviene con osteosíntesis mediante clavo endomedular tipo Gamma sin incidencias. En el postoperatorio presenta Hb de 9,4 g/dl, sin necesidad de transfusión, y se sienta e inicia sedestación y carga asistida con fisioterapia. Recibe enoxaparina (B01AB05) 40 mg sc cada 24 horas como profilaxis tromboembólica y paracetamol (N02BE01) 1 g cada 8 horas vo. Se añade ácido alendrónico (M05BA04) 70 mg semanal. Alta a centro sociosanitario para rehabilitación y revisión en consultas de traumatología.",
    dem=("en mujer de 86 años", "en varón de 86 años"),
    hal1=("sin incidencias.", "sin incidencias, precisando transfusión de dos concentrados."),
    hal2=("Hb de 9,4 g/dl", "Hb de 8,1 g/dl"),
    hal3=("enoxaparina (B01AB05) 40 mg sc cada 24 horas", "enoxaparina (B01AB05) 40 mg sc cada 8 horas"),
    hal4=("fractura pertrocantérea de fémur derecho (S72.1)", "fractura pertrocantérea de fémur izquierdo (S72.1)"),
    neg=None,
    syn=("clavo endomedular tipo Gamma", "clavo Gamma"),
    bogus=None,
))

# 14 Infectologia, Colombia
S.append(dict(key="celu_col", svc="infectologia", input={
    "identificacion": {"sexo": "M", "edad": 63, "eps": "Sura"},
    "servicio": "Medicina interna - Infectología",
    "cuadro": "eritema, calor y edema en pierna izquierda de 4 días, fiebre",
    "antecedentes": [{"cie10": "E119", "dx": "Diabetes mellitus tipo 2 sin complicaciones"}],
    "laboratorio": {"leucocitos": "13.800", "PCR": "96 mg/L", "glucemia": "212 mg/dL"},
    "diagnosticos": [{"cie10": "L031", "dx": "Celulitis de miembro inferior"}],
    "tratamiento": [{"atc": "J01DB04", "med": "cefazolina", "dosis": "1 g IV cada 8 horas"},
                    {"atc": "J01DB01", "med": "cefalexina", "dosis": "500 mg VO cada 6 horas al egreso"},
                    {"atc": "A10BA02", "med": "metformina", "dosis": "850 mg VO cada 12 horas"}]},
    out="Ingresa por eritema, calor y edema en pierna izquierda de 4 días de evolución asociado a fiebre, en hombre de 63 años con diabetes mellitus tipo 2 sin complicaciones (E11.9). Paraclínicos con leucocitos 13.800, PCR 96 mg/L y glucemia de 212 mg/dL. Se diagnostica celulitis de miembro inferior (L03.1) y se inicia cefazolina (J01DB04) 1 g IV cada 8 horas, con delimitación del eritema y descenso de la fiebre. Se ajusta control glucémico y se continúa metformina (A10BA02) 850 mg VO cada 12 horas. Completa manejo intrahospitalario sin complicaciones y se da egreso con cefalexina (J01DB01) 500 mg VO cada 6 horas, cuidado de la piel y control por consulta externa.",
    dem=("en hombre de 63 años", "en mujer de 63 años"),
    hal1=("con delimitación del eritema", "con drenaje quirúrgico de absceso y delimitación del eritema"),
    hal2=("PCR 96 mg/L", "PCR 140 mg/L"),
    hal3=("cefalexina (J01DB01) 500 mg VO cada 6 horas", "cefalexina (J01DB01) 500 mg VO cada 12 horas"),
    hal4=("edema en pierna izquierda", "edema en pierna derecha"),
    neg="Se descartó trombosis venosa profunda con ecografía doppler.",
    syn=("diabetes mellitus tipo 2 sin complicaciones (E11.9)", "DM2 sin complicaciones (E11.9)"),
    bogus=None,
))
S[-1]["input"]["ecografia_doppler"] = "sin trombosis venosa profunda"

# 15 UCI, Chile
S.append(dict(key="sepsis_chile", svc="uci", input={
    "paciente": {"sexo": "F", "edad": 70},
    "unidad": "UPC - UCI",
    "ingreso": "hipotensión refractaria a volumen, fiebre y compromiso de conciencia",
    "foco": "pielonefritis aguda derecha, urocultivo E. coli",
    "lab": {"lactato": "4,6 mmol/L", "PAM": "58 mmHg"},
    "diagnosticos": [{"codigo": "A41.5", "nombre": "Sepsis por gramnegativos"}, {"codigo": "N10", "nombre": "Pielonefritis aguda"}],
    "procedimientos": ["catéter venoso central yugular derecho", "línea arterial radial"],
    "farmacos": [{"atc": "C01CA03", "nombre": "noradrenalina", "dosis": "0,2 mcg/kg/min ev"},
                 {"atc": "J01DH02", "nombre": "meropenem", "dosis": "1 g ev cada 8 horas"}],
    "estadia_uci": "5 días"},
    out="Ingresa por hipotensión refractaria a volumen, fiebre y compromiso de conciencia en paciente de 70 años. Se constata PAM 58 mmHg y lactato 4,6 mmol/L, con foco en pielonefritis aguda (N10) derecha y urocultivo con E. coli, configurándose sepsis por gramnegativos (A41.5) con shock. Se instala catéter venoso central yugular derecho y línea arterial radial, iniciando noradrenalina (C01CA03) hasta 0,2 mcg/kg/min ev y meropenem (J01DH02) 1 g ev cada 8 horas. Evoluciona con descenso del lactato, suspensión de drogas vasoactivas y recuperación de conciencia. Tras 5 días en UCI se traslada a sala de medicina para completar antibioterapia, estable, vigil y orientada.",
    dem=("vigil y orientada", "vigil y orientado"),
    hal1=("y línea arterial radial,", "y línea arterial radial, requiriendo intubación orotraqueal,"),
    hal2=("lactato 4,6 mmol/L", "lactato 6,2 mmol/L"),
    hal3=("meropenem (J01DH02) 1 g ev cada 8 horas", "meropenem (J01DH02) 1 g ev cada 5 horas"),
    hal4=("catéter venoso central yugular derecho", "catéter venoso central yugular izquierdo"),
    neg="No requirió ventilación mecánica invasiva ni terapia de reemplazo renal.",
    syn=("noradrenalina (C01CA03)", "norepinefrina (C01CA03)"),
    bogus=("A41.5", "A41.6"),
))

# 16 Reumatologia, Argentina
S.append(dict(key="ar_arg", svc="reumatologia", input={
    "Paciente": "Femenino, 48 años",
    "Servicio": "Reumatología",
    "Motivo de internación": "poliartritis de manos y rodillas con rigidez matinal de 2 horas",
    "Laboratorio": "VSG 64 mm/h, PCR 38 mg/L, factor reumatoideo positivo, anti-CCP positivo",
    "Diagnósticos": "M06.9 Artritis reumatoide, no especificada",
    "Indicaciones": "L04AX03 metotrexato 15 mg semanal vía oral; B03BB01 ácido fólico 5 mg semanal; H02AB07 prednisona 10 mg/día",
    "DAS28": "5,6"},
    out="Ingresa por poliartritis de manos y rodillas con rigidez matinal de 2 horas en paciente femenina de 48 años. El laboratorio muestra VSG 64 mm/h, PCR 38 mg/L, factor reumatoideo y anti-CCP positivos, con DAS28 de 5,6, compatible con artritis reumatoide (M06.9) en actividad alta. Se indica prednisona (H02AB07) 10 mg/día con rápida mejoría del dolor y de la rigidez, y se inicia metotrexato (L04AX03) 15 mg semanal vía oral con ácido fólico (B03BB01) 5 mg semanal. Se solicitan serologías virales previas al tratamiento inmunosupresor. Se otorga el egreso con control por consultorio externo de reumatología, laboratorio de seguimiento y pautas de alarma.",
    dem=("paciente femenina de 48 años", "paciente masculino de 48 años"),
    hal1=("Se solicitan serologías virales", "Se realiza artrocentesis de rodilla y se solicitan serologías virales"),
    hal2=("VSG 64 mm/h", "VSG 82 mm/h"),
    hal3=("metotrexato (L04AX03) 15 mg semanal vía oral", "metotrexato (L04AX03) 15 mg diario vía oral"),
    neg="No se indicaron fármacos biológicos en esta internación.",
    syn=("metotrexato (L04AX03)", "MTX (L04AX03)"),
    bogus=("M06.9", "M06.7"),
))

# 17 Dermatologia, Mexico
S.append(dict(key="zoster_mex", svc="dermatologia", input={
    "sexo": "Masculino", "edad": 72, "servicio": "Dermatología",
    "pa": "dolor urente y vesículas agrupadas sobre base eritematosa en dermatoma T5 derecho de 3 días",
    "dx": [{"cie10": "B02.9", "nombre": "Herpes zóster sin complicaciones"}],
    "tx": [{"atc": "J05AB11", "nombre": "valaciclovir", "dosis": "1 g VO cada 8 horas por 7 días"},
           {"atc": "N02BE01", "nombre": "paracetamol", "dosis": "500 mg VO cada 6 horas"}]},
    out="Ingresa por dolor urente y vesículas agrupadas sobre base eritematosa en dermatoma T5 derecho de 3 días de evolución, en masculino de 72 años. Se establece diagnóstico clínico de herpes zóster sin complicaciones (B02.9), sin afección oftálmica ni datos de diseminación. Se inicia valaciclovir (J05AB11) 1 g VO cada 8 horas por 7 días y paracetamol (N02BE01) 500 mg VO cada 6 horas para el dolor, con fomentos secantes y cuidados locales de las lesiones. Presenta costras en evolución, sin sobreinfección bacteriana, y dolor controlado. Se egresa con recomendaciones de aislamiento de contacto de lesiones, vigilancia de neuralgia posherpética y cita en consulta externa de dermatología.",
    dem=("en masculino de 72 años", "en femenina de 72 años"),
    hal1=("y paracetamol (N02BE01) 500 mg VO cada 6 horas para el dolor,", "y paracetamol (N02BE01) 500 mg VO cada 6 horas junto con gabapentina para el dolor,"),
    hal2=("de 3 días de evolución", "de 5 días de evolución"),
    hal3=("valaciclovir (J05AB11) 1 g VO cada 8 horas", "valaciclovir (J05AB11) 1 g VO cada 6 horas"),
    hal4=("dermatoma T5 derecho", "dermatoma T5 izquierdo"),
    neg="No se documentó neuralgia posherpética al egreso.",
    syn=("valaciclovir (J05AB11)", "Valtrex (J05AB11)"),
    bogus=None,
))

# 18 Urgencias corta estancia, Espana
S.append(dict(key="colico_esp", svc="urgencias", input={
    "episodio": {"area": "Observación de Urgencias", "horas": 18},
    "paciente": {"sexo": "H", "edad": 45},
    "clinica": "dolor en hipocondrio derecho tras ingesta copiosa, vómitos",
    "eco_abdominal": "colelitiasis múltiple sin signos de colecistitis",
    "analitica": "bilirrubina 0,9 mg/dl, leucocitos 8.900",
    "dx": [{"code": "K80.2", "label": "Cálculo de la vesícula biliar sin colecistitis"}],
    "tto": [{"code": "N02BB02", "label": "metamizol", "dose": "2 g iv"}, {"code": "A03BB01", "label": "butilescopolamina", "dose": "20 mg iv"}]},
    out="Ingresa por dolor en hipocondrio derecho tras ingesta copiosa, acompañado de vómitos, en varón de 45 años. Analítica con bilirrubina 0,9 mg/dl y leucocitos 8.900. La ecografía abdominal muestra colelitiasis múltiple sin signos de colecistitis, compatible con cólico biliar por cálculo de la vesícula biliar sin colecistitis (K80.2). Permanece 18 horas en observación de urgencias, recibiendo metamizol (N02BB02) 2 g iv y butilescopolamina (A03BB01) 20 mg iv, con resolución del dolor y buena tolerancia a dieta oral. Se da de alta con dieta pobre en grasas, analgesia si precisa y derivación a consultas de cirugía general para valorar colecistectomía programada.",
    dem=("en varón de 45 años", "en mujer de 45 años"),
    hal1=("colelitiasis múltiple sin signos de colecistitis,", "colelitiasis múltiple y coledocolitiasis,"),
    hal2=("bilirrubina 0,9 mg/dl", "bilirrubina 2,4 mg/dl"),
    hal3=("metamizol (N02BB02) 2 g iv", "metamizol (N02BB02) 2 g vo"),
    hal4=("dolor en hipocondrio derecho", "dolor en hipocondrio izquierdo"),
    neg="Se descarta pancreatitis aguda.",
    syn=("butilescopolamina (A03BB01)", "Buscapina (A03BB01)"),
    bogus=("K80.2", "K80.9"),
))
S[-1]["input"]["analitica"] += ", lipasa normal"

# 19 Cardiologia, Mexico (fechas)
S.append(dict(key="iam_mex", svc="cardiologia", input={
    "derechohabiente": {"sexo": "masculino", "fecha_nacimiento": "14/03/1966"},
    "fecha_ingreso": "02/09/2024",
    "servicio": "Cardiología - UCIC",
    "padecimiento": "dolor torácico opresivo de 2 horas con elevación del ST en DII, DIII y aVF",
    "dx": [{"cie": "I21.1", "desc": "Infarto agudo del miocardio de la pared inferior"}, {"cie": "E78.5", "desc": "Dislipidemia"}],
    "procedimientos": [{"desc": "angioplastia primaria con stent farmacoactivo en coronaria derecha"}],
    "meds": [{"atc": "B01AC06", "desc": "ácido acetilsalicílico", "dosis": "100 mg VO cada 24 h"},
             {"atc": "B01AC24", "desc": "ticagrelor", "dosis": "90 mg VO cada 12 h"},
             {"atc": "C10AA05", "desc": "atorvastatina", "dosis": "80 mg VO cada 24 h"},
             {"atc": "C07AB02", "desc": "metoprolol", "dosis": "25 mg VO cada 12 h"}],
    "fevi": "50%"},
    out="Ingresa por dolor torácico opresivo de 2 horas con elevación del ST en DII, DIII y aVF en masculino de cincuenta y ocho años con dislipidemia (E78.5). Se diagnostica infarto agudo del miocardio de la pared inferior (I21.1) y se realiza angioplastia primaria con stent farmacoactivo en coronaria derecha, con flujo final adecuado. FEVI 50% sin complicaciones mecánicas ni arritmias. Egresa con ácido acetilsalicílico (B01AC06) 100 mg VO cada 24 h, ticagrelor (B01AC24) 90 mg VO cada 12 h, atorvastatina (C10AA05) 80 mg VO cada 24 h y metoprolol (C07AB02) 25 mg VO cada 12 h. Se envía a rehabilitación cardiaca y cita en consulta externa de cardiología.",
    dem=("en masculino de cincuenta y ocho años", "en masculino de sesenta y cinco años"),
    hal1=("con flujo final adecuado.", "con flujo final adecuado, colocando además balón de contrapulsación intraaórtico."),
    hal2=("FEVI 50%", "FEVI 42%"),
    hal3=("ticagrelor (B01AC24) 90 mg VO cada 12 h", "ticagrelor (B01AC24) 90 mg VO cada 24 h"),
    hal4=("stent farmacoactivo en coronaria derecha", "stent farmacoactivo en coronaria izquierda"),
    neg="No se presentaron arritmias ventriculares ni fue necesario marcapasos temporal.",
    syn=("ácido acetilsalicílico (B01AC06)", "aspirina (B01AC06)"),
    bogus=None,
    note_clean="Trampa limpia: edad en palabras (58) concordante con fecha de nacimiento e ingreso.",
))

# 20 Neumologia/TEP, Chile
S.append(dict(key="tep_chile", svc="neumologia", input={
    "paciente": {"sexo": "F", "edad": 39},
    "servicio": "Medicina - Broncopulmonar",
    "motivo": "disnea súbita y dolor pleurítico, edema de pantorrilla derecha",
    "angioTAC": "TEP segmentario bilateral sin sobrecarga de VD",
    "doppler": "trombosis venosa profunda poplítea derecha",
    "antecedentes": "uso de anticonceptivos orales combinados",
    "dg": [{"cie10": "I26.9", "glosa": "Embolia pulmonar sin mención de corazón pulmonar agudo"},
           {"cie10": "I80.2", "glosa": "Trombosis venosa profunda de miembro inferior"}],
    "tto": [{"atc": "B01AB05", "nombre": "enoxaparina", "dosis": "1 mg/kg sc cada 12 horas"},
            {"atc": "B01AF01", "nombre": "rivaroxabán", "dosis": "15 mg cada 12 horas vo por 21 días"}]},
    out="Ingresa por disnea súbita y dolor pleurítico asociado a edema de pantorrilla derecha en mujer de 39 años usuaria de anticonceptivos orales combinados, que se suspenden. El angioTAC muestra TEP segmentario bilateral sin sobrecarga de VD, diagnosticándose embolia pulmonar sin mención de corazón pulmonar agudo (I26.9), y el doppler confirma trombosis venosa profunda (I80.2) poplítea derecha. Se anticoagula con enoxaparina (B01AB05) 1 mg/kg sc cada 12 horas, con buena evolución hemodinámica y respiratoria. Se traslapa a rivaroxabán (B01AF01) 15 mg cada 12 horas vo por 21 días y luego dosis de mantención según control. Se otorga alta con control en policlínico de tratamiento anticoagulante y hematología.",
    dem=("en mujer de 39 años usuaria", "en hombre de 39 años usuario"),
    hal1=("con buena evolución hemodinámica", "con trombólisis sistémica y buena evolución hemodinámica"),
    hal2=None,
    hal3=("enoxaparina (B01AB05) 1 mg/kg sc cada 12 horas", "enoxaparina (B01AB05) 1 mg/kg ev cada 12 horas"),
    hal4=("poplítea derecha", "poplítea izquierda"),
    neg="No tuvo criterios de trombólisis por ausencia de inestabilidad hemodinámica.",
    syn=("TEP", "tromboembolismo pulmonar"),
    bogus=None,
))

# 21 Pediatria, Chile
S.append(dict(key="gea_chile", svc="pediatria", input={
    "nino": {"sexo": "femenino", "edad": "3 años", "peso": "14 kg"},
    "servicio": "Pediatría",
    "motivo": "vómitos y diarrea líquida sin sangre de 2 días, decaimiento",
    "examen": "deshidratación moderada, mucosas secas, llene capilar 3 segundos",
    "lab": {"Na": "134 mEq/L", "HCO3": "16 mEq/L"},
    "dx": [{"cie10": "A09.0", "desc": "Gastroenteritis aguda de origen infeccioso"}, {"cie10": "E86", "desc": "Deshidratación"}],
    "tto": [{"atc": "A04AA01", "nombre": "ondansetrón", "dosis": "2 mg ev por una vez"}],
    "hidratacion": "fleboclisis con suero glucosalino"},
    out="Ingresa por vómitos y diarrea líquida sin sangre de 2 días y decaimiento en preescolar de sexo femenino de 3 años, 14 kg. Al examen con mucosas secas y llene capilar de 3 segundos, configurando deshidratación (E86) moderada secundaria a gastroenteritis aguda de origen infeccioso (A09.0). Laboratorio con Na 134 mEq/L y HCO3 16 mEq/L. Se indica fleboclisis con suero glucosalino y ondansetrón (A04AA01) 2 mg ev por una vez, con cese de los vómitos. Se realimenta precozmente con buena tolerancia y disminución de las deposiciones. Se otorga alta con sales de rehidratación oral, régimen liviano y control en su CESFAM, explicándose signos de deshidratación a la madre.",
    dem=("preescolar de sexo femenino de 3 años", "preescolar de sexo masculino de 3 años"),
    hal1=("con cese de los vómitos.", "con cese de los vómitos, asociando racecadotrilo."),
    hal2=("HCO3 16 mEq/L", "HCO3 12 mEq/L"),
    hal3=("ondansetrón (A04AA01) 2 mg ev por una vez", "ondansetrón (A04AA01) 2 mg ev cada 3 horas"),
    neg="No se indicaron antibióticos.",
    syn=("ondansetrón (A04AA01)", "Zofran (A04AA01)"),
    bogus=("A09.0", "A09.5"),
))

# 22 Obstetricia, Colombia
S.append(dict(key="pe_col", svc="obstetricia", input={
    "gestante": {"sexo": "F", "edad": 32, "gestas": "G2P1C0"},
    "servicio": "Alto riesgo obstétrico",
    "ingreso": "embarazo de 35 semanas, cefalea y TA 168/112 mmHg, proteinuria 2+",
    "dx": [{"cie": "O14.1", "nombre": "Preeclampsia severa"}],
    "proc": "cesárea segmentaria",
    "rn": "femenino, 2.480 g",
    "medicamentos": [{"atc": "A12CC02", "nombre": "sulfato de magnesio", "dosis": "4 g IV bolo y 1 g/hora"},
                     {"atc": "C07AG01", "nombre": "labetalol", "dosis": "20 mg IV"},
                     {"atc": "C08CA05", "nombre": "nifedipino", "dosis": "30 mg VO cada 12 horas"}]},
    out="Ingresa por embarazo de 35 semanas con cefalea, TA 168/112 mmHg y proteinuria 2+ en gestante de 32 años, G2P1C0, con diagnóstico de preeclampsia severa (O14.1). Recibe sulfato de magnesio (A12CC02) 4 g IV en bolo seguido de 1 g/hora como neuroprotección y labetalol (C07AG01) 20 mg IV para control de cifras tensionales. Se decide terminar la gestación mediante cesárea segmentaria, con recién nacido femenino de 2.480 g que pasa a alojamiento conjunto. En el puerperio mantiene presiones controladas con nifedipino (C08CA05) 30 mg VO cada 12 horas, sin síntomas premonitorios. Se da egreso con toma de tensión arterial diaria y control por consulta externa de alto riesgo obstétrico.",
    dem=("en gestante de 32 años, G2P1C0,", "en gestante de 35 años, G2P1C0,"),
    hal1=("Se decide terminar la gestación mediante cesárea segmentaria,", "Se aplican corticoides para maduración pulmonar y se termina la gestación mediante cesárea segmentaria,"),
    hal2=("TA 168/112 mmHg", "TA 176/112 mmHg"),
    hal3=("nifedipino (C08CA05) 30 mg VO cada 12 horas", "nifedipino (C08CA05) 30 mg VO cada 8 horas"),
    neg="No presentó eclampsia ni síndrome HELLP.",
    syn=("sulfato de magnesio (A12CC02)", "SO4Mg (A12CC02)"),
    bogus=None,
))
S[-1]["input"]["notas"] = "TA post 8 horas controlada"

# 23 Medicina interna, Peru (cirrosis HDA)
S.append(dict(key="hda_peru", svc="medicina interna", input={
    "paciente": {"sexo": "masculino", "edad": 55},
    "servicio": "Medicina Interna - Gastroenterología",
    "motivo": "hematemesis y melena de 12 horas",
    "antecedentes": [{"cie10": "K70.3", "nombre": "Cirrosis hepática alcohólica"}],
    "laboratorio": {"hemoglobina": "7,8 g/dL", "plaquetas": "76.000", "INR": "1,6"},
    "endoscopia": "várices esofágicas grandes con estigma de sangrado, ligadura con bandas",
    "diagnosticos": [{"cie10": "I85.0", "nombre": "Várices esofágicas con hemorragia"}],
    "tratamiento": [{"atc": "H01BA04", "nombre": "terlipresina", "dosis": "2 mg EV cada 4 horas"},
                    {"atc": "J01DD04", "nombre": "ceftriaxona", "dosis": "1 g EV cada 24 horas"},
                    {"atc": "C07AA05", "nombre": "propranolol", "dosis": "20 mg VO cada 12 horas"}],
    "transfusion": "2 paquetes globulares"},
    out="Ingresa por hematemesis y melena de 12 horas de evolución en paciente varón de 55 años con cirrosis hepática alcohólica (K70.3). Al ingreso con hemoglobina de 7,8 g/dL, plaquetas 76.000 e INR 1,6. Se inicia terlipresina (H01BA04) 2 mg EV cada 4 horas, profilaxis antibiótica con ceftriaxona (J01DD04) 1 g EV cada 24 horas y transfusión de 2 paquetes globulares. La endoscopia muestra várices esofágicas grandes con estigma de sangrado, confirmando várices esofágicas con hemorragia (I85.0), y se realiza ligadura con bandas. No presenta resangrado. Sale de alta con propranolol (C07AA05) 20 mg VO cada 12 horas, abstinencia alcohólica y control por consultorio externo de gastroenterología para nueva sesión de ligadura.",
    dem=("en paciente varón de 55 años", "en paciente mujer de 55 años"),
    hal1=("y se realiza ligadura con bandas.", "y se realiza ligadura con bandas y colocación de TIPS."),
    hal2=("INR 1,6", "INR 2,1"),
    hal3=("terlipresina (H01BA04) 2 mg EV cada 4 horas", "terlipresina (H01BA04) 2 mg EV cada 12 horas"),
    neg="No presentó encefalopatía hepática.",
    syn=("hemoglobina", "Hb"),
    bogus=("I85.0", "I85.3"),
))

# 24 Cirugia, Argentina (hernia)
S.append(dict(key="hernia_arg", svc="cirugia", input={
    "Paciente": {"Sexo": "Masculino", "Edad": 61},
    "Servicio": "Cirugía General",
    "Motivo": "tumoración inguinal derecha reductible, dolorosa con esfuerzos, de 1 año",
    "Diagnostico": {"CIE10": "K40.9", "Descripcion": "Hernia inguinal unilateral sin obstrucción ni gangrena"},
    "Cirugia": "hernioplastia inguinal derecha tipo Lichtenstein con malla de polipropileno",
    "Medicacion": [{"ATC": "J01DB04", "Droga": "cefazolina", "Dosis": "2 g EV profiláctica"},
                   {"ATC": "M01AB15", "Droga": "ketorolac", "Dosis": "10 mg VO cada 8 horas"}],
    "Internacion": "24 horas"},
    out="Ingresa por tumoración inguinal derecha reductible, dolorosa con los esfuerzos, de 1 año de evolución, en paciente masculino de 61 años. Con diagnóstico de hernia inguinal unilateral sin obstrucción ni gangrena (K40.9) se realiza cirugía programada: hernioplastia inguinal derecha tipo Lichtenstein con malla de polipropileno, previa profilaxis con cefazolina (J01DB04) 2 g EV. Procedimiento sin complicaciones. Postoperatorio con buen control del dolor con ketorolac (M01AB15) 10 mg VO cada 8 horas, deambulación precoz y diuresis espontánea. Se otorga el egreso a las 24 horas de internación, con pautas de cuidado de la herida, evitar esfuerzos por un mes y control por consultorio externo de cirugía en una semana.",
    dem=("paciente masculino de 61 años", "paciente femenina de 61 años"),
    hal1=("Procedimiento sin complicaciones.", "Procedimiento sin complicaciones, con drenaje aspirativo."),
    hal2=("a las 24 horas de internación", "a las 36 horas de internación"),
    hal3=("cefazolina (J01DB04) 2 g EV", "cefazolina (J01DB04) 2 g VO"),
    hal4=("hernioplastia inguinal derecha", "hernioplastia inguinal izquierda"),
    neg="No se colocó drenaje.",
    syn=("ketorolac (M01AB15)", "ketorolaco (M01AB15)"),
    bogus=None,
))

# 25 Nefrologia, Espana (LRA)
S.append(dict(key="fra_esp", svc="nefrologia", input={
    "demografia": {"sexo": "Mujer", "edad": 80},
    "servicio": "Nefrología",
    "motivo_ingreso": "diarrea de 5 días y oliguria",
    "tratamiento_domiciliario": [{"atc": "C09CA01", "nombre": "losartán", "pauta": "50 mg cada 24 horas", "indicacion": "hipertensión arterial"}],
    "diagnosticos": [{"cie10": "N17.9", "literal": "Fracaso renal agudo prerrenal"}, {"cie10": "I10", "literal": "Hipertensión arterial esencial"}],
    "analitica": {"creatinina ingreso": "3,1 mg/dl", "creatinina alta": "1,2 mg/dl", "urea": "142 mg/dl", "sodio": "131 mEq/l"},
    "tratamiento": [{"atc": "B05BB01", "nombre": "suero fisiológico", "pauta": "2000 ml cada 24 horas iv"}],
    "nota": "se suspende losartán temporalmente"},
    out="Ingresa por diarrea de 5 días y oliguria en mujer de 80 años con hipertensión arterial esencial (I10) en tratamiento con losartán (C09CA01) 50 mg cada 24 horas. Analítica al ingreso con creatinina de 3,1 mg/dl, urea 142 mg/dl y sodio 131 mEq/l, compatible con fracaso renal agudo prerrenal (N17.9). Se suspende temporalmente el losartán y se inicia sueroterapia con suero fisiológico (B05BB01) 2000 ml cada 24 horas iv, con recuperación de la diuresis y resolución de la diarrea. Al alta la creatinina es de 1,2 mg/dl. Se recomienda no reintroducir el antihipertensivo hasta control analítico por su médico de atención primaria en una semana.",
    dem=("en mujer de 80 años", "en varón de 80 años"),
    hal1=("con recuperación de la diuresis", "con recuperación de la diuresis tras una sesión de hemodiálisis"),
    hal2=("urea 142 mg/dl", "urea 168 mg/dl"),
    hal3=("suero fisiológico (B05BB01) 2000 ml cada 24 horas iv", "suero fisiológico (B05BB01) 2000 ml cada 24 horas sc"),
    neg="No precisó terapia renal sustitutiva.",
    syn=("fracaso renal agudo prerrenal (N17.9)", "FRA prerrenal (N17.9)"),
    bogus=("N17.9", "N17.5"),
))

# 26 Neurologia, Argentina (GBS)
S.append(dict(key="gbs_arg", svc="neurologia", input={
    "paciente": {"sexo": "masculino", "edad": 37},
    "servicio": "Neurología",
    "motivo": "debilidad ascendente de miembros inferiores y parestesias de 6 días, antecedente de diarrea 2 semanas antes",
    "LCR": "disociación albúmino-citológica, proteínas 1,2 g/L, 3 células",
    "EMG": "polineuropatía desmielinizante aguda",
    "diagnosticos": [{"codigo": "G61.0", "nombre": "Síndrome de Guillain-Barré"}],
    "tratamiento": [{"codigo": "J06BA02", "nombre": "inmunoglobulina humana", "dosis": "0,4 g/kg/día EV por 5 días"}],
    "CVF": "2,8 L"},
    out="Ingresa por debilidad ascendente de miembros inferiores y parestesias de 6 días, con antecedente de diarrea 2 semanas antes, en paciente masculino de 37 años. La punción lumbar muestra disociación albúmino-citológica con proteínas de 1,2 g/L y 3 células, y el EMG informa polineuropatía desmielinizante aguda, confirmándose síndrome de Guillain-Barré (G61.0). Recibe inmunoglobulina humana (J06BA02) 0,4 g/kg/día EV por 5 días, con monitoreo de capacidad vital forzada, que se mantiene en 2,8 L. No presenta compromiso respiratorio ni disautonómico. Evoluciona con detención de la progresión y leve recuperación de la fuerza. Se otorga el egreso con kinesiología motora y control por consultorio de neurología.",
    dem=("en paciente masculino de 37 años", "en paciente femenina de 37 años"),
    hal1=("Recibe inmunoglobulina humana", "Recibe plasmaféresis e inmunoglobulina humana"),
    hal2=("proteínas de 1,2 g/L", "proteínas de 1,8 g/L"),
    hal3=("inmunoglobulina humana (J06BA02) 0,4 g/kg/día EV por 5 días", "inmunoglobulina humana (J06BA02) 0,4 g/kg/día EV por 3 días"),
    neg="No requirió ingreso en terapia intensiva ni asistencia ventilatoria.",
    syn=("síndrome de Guillain-Barré (G61.0)", "SGB (G61.0)"),
    bogus=("G61.0", "G61.2"),
))

# 27 Oncologia, Mexico (colon)
S.append(dict(key="colon_mex", svc="oncologia", input={
    "sexo": "M", "edad": 66, "servicio": "Oncología quirúrgica",
    "motivo": "dolor abdominal, distensión y ausencia de evacuaciones de 3 días",
    "TAC": "tumor estenosante de colon sigmoides con dilatación de colon proximal",
    "dx": [{"cie10": "C18.7", "texto": "Tumor maligno del colon sigmoide"}, {"cie10": "K56.6", "texto": "Obstrucción intestinal"}],
    "cirugia": "procedimiento de Hartmann con colostomía terminal",
    "patologia": "adenocarcinoma moderadamente diferenciado",
    "meds": [{"atc": "J01DD04", "nombre": "ceftriaxona", "dosis": "1 g IV cada 12 h"},
             {"atc": "J01XD01", "nombre": "metronidazol", "dosis": "500 mg IV cada 8 h"}],
    "CEA": "18 ng/mL"},
    out="Ingresa por dolor abdominal, distensión y ausencia de evacuaciones de 3 días en masculino de 66 años. La TAC muestra tumor estenosante de colon sigmoides con dilatación del colon proximal, integrándose obstrucción intestinal (K56.6) secundaria a tumor maligno del colon sigmoide (C18.7). Se realiza procedimiento de Hartmann con colostomía terminal y se administra ceftriaxona (J01DD04) 1 g IV cada 12 h y metronidazol (J01XD01) 500 mg IV cada 8 h. El reporte de patología informa adenocarcinoma moderadamente diferenciado, con CEA de 18 ng/mL. Cursa con estoma funcional y tolerancia a la vía oral. Egresa con cuidados de colostomía y cita a oncología médica para valorar quimioterapia adyuvante.",
    dem=("en masculino de 66 años", "en femenino de 66 años"),
    hal1=("Cursa con estoma funcional", "Cursa con estoma funcional e inicia capecitabina"),
    hal2=("CEA de 18 ng/mL", "CEA de 24 ng/mL"),
    hal3=("ceftriaxona (J01DD04) 1 g IV cada 12 h", "ceftriaxona (J01DD04) 1 g VO cada 12 h"),
    neg="No se encontraron metástasis hepáticas en la tomografía.",
    syn=("procedimiento de Hartmann", "operación de Hartmann"),
    bogus=None,
))
S[-1]["input"]["TAC"] += ", sin metástasis hepáticas"

# 28 Psiquiatria, Chile (bipolar)
S.append(dict(key="tab_chile", svc="psiquiatria", input={
    "paciente": {"sexo": "hombre", "edad": 27},
    "servicio": "Psiquiatría - Unidad de corta estadía",
    "motivo": "verborrea, insomnio, gastos excesivos e ideas delirantes de grandeza de 2 semanas",
    "diagnostico": {"cie10": "F31.2", "nombre": "Trastorno afectivo bipolar, episodio maníaco presente con síntomas psicóticos"},
    "farmacos": [{"atc": "N05AN01", "nombre": "carbonato de litio", "dosis": "300 mg cada 8 horas"},
                 {"atc": "N05AH03", "nombre": "olanzapina", "dosis": "10 mg en la noche"}],
    "litemia": "0,8 mEq/L", "dias": 21},
    out="Ingresa por verborrea, insomnio, gastos excesivos e ideas delirantes de grandeza de 2 semanas de evolución en hombre de 27 años. Se diagnostica trastorno afectivo bipolar, episodio maníaco presente con síntomas psicóticos (F31.2). Se inicia carbonato de litio (N05AN01) 300 mg cada 8 horas, alcanzando litemia de 0,8 mEq/L, y olanzapina (N05AH03) 10 mg en la noche. Evoluciona con regulación del ciclo sueño-vigilia, remisión de las ideas delirantes y eutimia progresiva, con adecuada conciencia de enfermedad. Participa en psicoeducación junto a su madre, que queda informada del esquema farmacológico. Tras 21 días se otorga alta con control en COSAM y controles periódicos de litemia y función tiroidea.",
    dem=("en hombre de 27 años", "en mujer de 27 años"),
    hal1=("y olanzapina (N05AH03) 10 mg en la noche.", "y olanzapina (N05AH03) 10 mg en la noche, más ácido valproico."),
    hal2=("litemia de 0,8 mEq/L", "litemia de 1,1 mEq/L"),
    hal3=("carbonato de litio (N05AN01) 300 mg cada 8 horas", "carbonato de litio (N05AN01) 300 mg cada 12 horas"),
    neg="No requirió contención física ni terapia electroconvulsiva.",
    syn=("trastorno afectivo bipolar", "TAB"),
    bogus=None,
    note_clean="Trampa limpia: informada refiere a la madre, paciente varón.",
))
S[-1]["input"]["farmacos"][1]["nota"] = "control 12 semanas"

# 29 Traumatologia, Colombia (radio)
S.append(dict(key="radio_col", svc="traumatologia", input={
    "paciente": {"sexo": "F", "edad": 67},
    "servicio": "Ortopedia y Traumatología",
    "mecanismo": "caída desde su propia altura con apoyo sobre mano izquierda",
    "rx": "fractura extraarticular de radio distal izquierdo con desplazamiento dorsal (Colles)",
    "dx": [{"cie10": "S52.5", "nombre": "Fractura de la epífisis inferior del radio"}],
    "procedimiento": "reducción cerrada e inmovilización con férula antebraquiopalmar",
    "meds": [{"atc": "M01AE01", "nombre": "ibuprofeno", "dosis": "400 mg VO cada 8 horas"}],
    "horas_observacion": 12},
    out="Ingresa por caída desde su propia altura con apoyo sobre la mano izquierda en paciente femenina de 67 años. La radiografía muestra fractura extraarticular de radio distal izquierdo con desplazamiento dorsal tipo Colles, fractura de la epífisis inferior del radio (S52.5). Se realiza reducción cerrada bajo bloqueo e inmovilización con férula antebraquiopalmar, con radiografía de control en adecuada posición. Permanece 12 horas en observación con adecuado control del dolor con ibuprofeno (M01AE01) 400 mg VO cada 8 horas, sin compromiso neurovascular distal. Se da egreso con elevación del miembro, movilización activa de dedos y cita en consulta externa de ortopedia para control radiográfico.",
    dem=("paciente femenina de 67 años", "paciente masculino de 67 años"),
    hal1=("Se realiza reducción cerrada bajo bloqueo", "Se realiza reducción abierta con placa volar"),
    hal2=("Permanece 12 horas", "Permanece 16 horas"),
    hal3=("ibuprofeno (M01AE01) 400 mg VO cada 8 horas", "ibuprofeno (M01AE01) 400 mg VO cada 12 horas"),
    hal4=("radio distal izquierdo", "radio distal derecho"),
    neg="No requirió manejo quirúrgico.",
    syn=("tipo Colles", "de Colles"),
    bogus=None,
))
S[-1]["input"]["procedimiento"] += " bajo bloqueo; sin compromiso neurovascular"

# 30 Infectologia, Peru (TBC)
S.append(dict(key="tbc_peru", svc="infectologia", input={
    "sexo": "masculino", "edad": 24, "servicio": "Neumología - Enfermedades Infecciosas",
    "motivo": "tos con expectoración de 6 semanas, hemoptisis, sudoración nocturna y pérdida de 7 kg",
    "baciloscopia": "BK 3+", "radiografia": "lesión cavitada en lóbulo superior derecho",
    "VIH": "no reactivo",
    "dx": "A15.0 Tuberculosis del pulmón confirmada por baciloscopía",
    "esquema": ["J04AC01 isoniazida 300 mg/día", "J04AB02 rifampicina 600 mg/día", "J04AK01 pirazinamida 1500 mg/día", "J04AK02 etambutol 1200 mg/día"]},
    out="Ingresa por tos con expectoración de 6 semanas, hemoptisis, sudoración nocturna y pérdida de 7 kg en paciente varón de 24 años. La radiografía muestra lesión cavitada en lóbulo superior derecho y la baciloscopía resulta BK 3+, con VIH no reactivo, configurándose tuberculosis del pulmón confirmada por baciloscopía (A15.0). Se inicia esquema de primera fase con isoniazida (J04AC01) 300 mg/día, rifampicina (J04AB02) 600 mg/día, pirazinamida (J04AK01) 1500 mg/día y etambutol (J04AK02) 1200 mg/día, con buena tolerancia y sin hepatotoxicidad. Se notifica el caso y se realiza estudio de contactos. Se da alta médica para continuar tratamiento directamente observado en su establecimiento de salud con la estrategia de TBC.",
    dem=("en paciente varón de 24 años", "en paciente varón de 24 meses"),
    hal1=("con buena tolerancia y sin hepatotoxicidad.", "con buena tolerancia y sin hepatotoxicidad, añadiendo levofloxacino."),
    hal2=("pérdida de 7 kg", "pérdida de 9 kg"),
    hal3=("rifampicina (J04AB02) 600 mg/día", "rifampicina (J04AB02) 1200 mg/día"),
    hal4=("lóbulo superior derecho", "lóbulo superior izquierdo"),
    neg="No se evidenció resistencia a rifampicina en la prueba molecular.",
    syn=("tratamiento directamente observado", "TDO"),
    bogus=None,
))

# 31 UCI, Espana (CAD)
S.append(dict(key="cad_esp", svc="uci", input={
    "paciente": {"sexo": "M", "edad": 19},
    "unidad": "UCI",
    "motivo": "poliuria, polidipsia, dolor abdominal y vómitos, respiración de Kussmaul",
    "gasometria": {"pH": "7,08", "bicarbonato": "7 mmol/l", "glucemia": "486 mg/dl", "cuerpos_cetonicos": "5,2 mmol/l"},
    "diagnosticos": [{"cie": "E10.1", "literal": "Diabetes mellitus tipo 1 con cetoacidosis"}],
    "tratamiento": [{"atc": "A10AB01", "nombre": "insulina regular", "pauta": "perfusión iv 0,1 UI/kg/h"},
                    {"atc": "B05XA01", "nombre": "cloruro potásico", "pauta": "20 mEq por litro de sueroterapia"},
                    {"atc": "A10AE04", "nombre": "insulina glargina", "pauta": "18 UI sc cada 24 horas"}]},
    out="Ingresa por poliuria, polidipsia, dolor abdominal y vómitos con respiración de Kussmaul en mujer de 19 años sin diagnóstico previo. Gasometría con pH 7,08, bicarbonato 7 mmol/l, glucemia 486 mg/dl y cuerpos cetónicos de 5,2 mmol/l, compatible con debut de diabetes mellitus tipo 1 con cetoacidosis (E10.1) grave. Se trata con sueroterapia intensiva con cloruro potásico (B05XA01) 20 mEq por litro y perfusión iv de insulina regular (A10AB01) a 0,1 UI/kg/h, con resolución de la acidosis. Se transiciona a pauta basal-bolo con insulina glargina (A10AE04) 18 UI sc cada 24 horas. Recibe educación diabetológica y pasa a planta de endocrinología estable.",
    dem=None,
    hal1=("con resolución de la acidosis.", "con resolución de la acidosis y administración de bicarbonato sódico."),
    hal2=("pH 7,08", "pH 6,98"),
    hal3=("insulina glargina (A10AE04) 18 UI sc cada 24 horas", "insulina glargina (A10AE04) 18 UI iv cada 24 horas"),
    neg="No presentó edema cerebral.",
    syn=("insulina regular (A10AB01)", "insulina rápida (A10AB01)"),
    bogus=None,
))
# make it female in input (the output says mujer)
S[-1]["input"]["paciente"]["sexo"] = "F"
S[-1]["dem"] = ("en mujer de 19 años", "en varón de 19 años")

# 32 Hematologia, Chile (PTI)
S.append(dict(key="pti_chile", svc="hematologia", input={
    "paciente": {"sexo": "M", "edad": 33},
    "servicio": "Hematología",
    "motivo": "petequias en extremidades, gingivorragia y epistaxis de 2 días",
    "hemograma": {"plaquetas": "8.000/mm3", "Hb": "13,9 g/dL", "leucocitos": "6.700"},
    "frotis": "sin esquistocitos",
    "dx": [{"cie10": "D69.3", "glosa": "Púrpura trombocitopénica idiopática"}],
    "tto": [{"atc": "H02AB07", "nombre": "prednisona", "dosis": "60 mg al día vo"},
            {"atc": "J06BA02", "nombre": "inmunoglobulina", "dosis": "1 g/kg ev por 2 días"}]},
    out="Ingresa por petequias en extremidades, gingivorragia y epistaxis de 2 días en hombre de 33 años, previamente sano. Hemograma con plaquetas 8.000/mm3, Hb 13,9 g/dL y leucocitos 6.700, con frotis sin esquistocitos, planteándose púrpura trombocitopénica idiopática (D69.3). Se inicia prednisona (H02AB07) 60 mg al día vo y, por sangrado mucoso activo, inmunoglobulina (J06BA02) 1 g/kg ev por 2 días. Evoluciona sin nuevos sangrados y con ascenso progresivo del recuento plaquetario. Se otorga alta con indicación de evitar AINE y actividades de riesgo de trauma, y control en policlínico de hematología con hemograma en una semana para iniciar descenso del corticoide.",
    dem=("en hombre de 33 años", "en mujer de 33 años"),
    hal1=("Hb 13,9 g/dL", "Hb 13,9 g/dL con anemia"),
    hal2=("plaquetas 8.000/mm3", "plaquetas 5.000/mm3"),
    hal3=("prednisona (H02AB07) 60 mg al día vo", "prednisona (H02AB07) 60 mg al día ev"),
    neg="No se transfundieron plaquetas.",
    syn=("púrpura trombocitopénica idiopática (D69.3)", "PTI (D69.3)"),
    bogus=("D69.3", "D69.7"),
    note_clean="Trampa limpia: evitar AINE es indicación, no fármaco administrado.",
))
S[-1]["input"]["antecedentes"] = "previamente sano"

# 33 Urologia, Chile (HPB)
S.append(dict(key="hpb_chile", svc="urologia", input={
    "paciente": {"sexo": "M", "edad": 76},
    "servicio": "Urología",
    "motivo": "imposibilidad para orinar de 10 horas y dolor hipogástrico",
    "examen": "globo vesical, tacto rectal con próstata aumentada de tamaño, lisa",
    "procedimiento": "instalación de sonda Foley con débito de 1200 ml",
    "lab": {"creatinina": "1,4 mg/dL", "APE": "3,2 ng/mL"},
    "diagnosticos": [{"cie10": "R33", "glosa": "Retención de orina"}, {"cie10": "N40", "glosa": "Hiperplasia de la próstata"}],
    "tratamiento": [{"atc": "G04CA02", "nombre": "tamsulosina", "dosis": "0,4 mg cada 24 horas"},
                    {"atc": "G04CB01", "nombre": "finasterida", "dosis": "5 mg cada 24 horas"}]},
    out="Ingresa por imposibilidad para orinar de 10 horas y dolor hipogástrico en paciente de 76 años. Al examen con globo vesical y tacto rectal con próstata aumentada de tamaño y lisa, planteándose retención de orina (R33) secundaria a hiperplasia de la próstata (N40). Se instala sonda Foley con débito de 1200 ml, con alivio inmediato. Laboratorio con creatinina 1,4 mg/dL y APE 3,2 ng/mL. Se inicia tamsulosina (G04CA02) 0,4 mg cada 24 horas y finasterida (G04CB01) 5 mg cada 24 horas. Se otorga alta con sonda a permanencia y control en policlínico de urología en una semana para prueba de retiro de sonda.",
    dem=("en paciente de 76 años", "en paciente de 76 años, de sexo femenino,"),
    hal1=("con alivio inmediato.", "con alivio inmediato, y se realiza resección transuretral de próstata."),
    hal2=("APE 3,2 ng/mL", "APE 6,4 ng/mL"),
    hal3=("finasterida (G04CB01) 5 mg cada 24 horas", "finasterida (G04CB01) 5 mg cada 12 horas"),
    neg="No se realizó cistostomía.",
    syn=("APE", "antígeno prostático específico"),
    bogus=None,
))
S[-1]["input"]["control"] = "en 12 días según agenda"

# 34 Urgencias, Peru (asma)
S.append(dict(key="asma_peru", svc="urgencias", input={
    "sexo": "F", "edad": 22, "area": "Emergencia - Sala de observación",
    "motivo": "disnea, sibilancias y tos de 1 día tras infección de vías respiratorias altas",
    "funciones_vitales": {"FR": "28 por minuto", "SatO2": "91%", "FC": "112 por minuto"},
    "flujometria": "PEF 45% del predicho",
    "dx": [{"cie10": "J45.9", "nombre": "Asma, no especificado"}],
    "tto": [{"atc": "R03AC02", "nombre": "salbutamol", "dosis": "4 puff cada 20 minutos por 3 dosis"},
            {"atc": "H02AB09", "nombre": "hidrocortisona", "dosis": "200 mg EV"},
            {"atc": "H02AB07", "nombre": "prednisona", "dosis": "40 mg VO cada 24 horas por 5 días"}],
    "observacion": "16 horas"},
    out="Ingresa por disnea, sibilancias y tos de 1 día tras infección de vías respiratorias altas en paciente mujer de 22 años. En emergencia con FR 28 por minuto, SatO2 91%, FC 112 por minuto y PEF 45% del predicho, configurándose crisis de asma (J45.9) moderada. Recibe salbutamol (R03AC02) 4 puff cada 20 minutos por 3 dosis con aerocámara, hidrocortisona (H02AB09) 200 mg EV y oxígeno por cánula nasal. Tras 16 horas en observación mejora la mecánica ventilatoria y desaparecen las sibilancias. Se da alta médica con prednisona (H02AB07) 40 mg VO cada 24 horas por 5 días, técnica inhalatoria revisada y cita en consultorio de neumología.",
    dem=("en paciente mujer de 22 años", "en paciente varón de 22 años"),
    hal1=("hidrocortisona (H02AB09) 200 mg EV", "hidrocortisona (H02AB09) 200 mg EV, sulfato de magnesio"),
    hal2=("SatO2 91%", "SatO2 86%"),
    hal3=("hidrocortisona (H02AB09) 200 mg EV", "hidrocortisona (H02AB09) 200 mg VO"),
    neg="No requirió ingreso a UCI.",
    syn=("salbutamol (R03AC02)", "albuterol (R03AC02)"),
    bogus=None,
))
S[-1]["input"]["soporte"] = "oxígeno por cánula nasal, aerocámara"


# Datos de evolucion/plan que el output cita (para que todo lo nombrado este en el input)
_PLAN = {
    "ictus_esp": "inicia rehabilitación y logopedia; seguimiento en neurología vascular",
    "cadera_esp": "sedestación y carga asistida con fisioterapia; alta a centro sociosanitario",
    "tbc_peru": "caso notificado, estudio de contactos, tratamiento directamente observado",
    "colon_mex": "valorar quimioterapia adyuvante por oncología médica",
    "radio_col": "radiografía de control en adecuada posición",
    "ar_arg": "serologías virales previas a inmunosupresión",
    "iam_mex": "rehabilitación cardiaca",
    "nf_chile": "hemocultivos tomados al ingreso",
    "nac_chile": "oxigenoterapia por naricera con descenso progresivo; kinesioterapia respiratoria",
    "epoc_arg": "rehabilitación respiratoria ambulatoria",
    "dep_mex": "psicoterapia individual y terapia ocupacional",
    "zoster_mex": "fomentos secantes y cuidados locales",
    "colico_esp": "derivación a cirugía general para valorar colecistectomía programada",
    "gea_chile": "sales de rehidratación oral al alta",
    "gbs_arg": "kinesiología motora",
    "tab_chile": "psicoeducación familiar",
}
for _sc in S:
    if _sc["key"] in _PLAN:
        if isinstance(_sc["input"], dict):
            _sc["input"]["plan_evolucion"] = _PLAN[_sc["key"]]
        elif isinstance(_sc["input"], list):
            _sc["input"].append({"campo": "plan", "valor": _PLAN[_sc["key"]]})
        else:
            _sc["input"] += " Plan: " + _PLAN[_sc["key"]] + "."
