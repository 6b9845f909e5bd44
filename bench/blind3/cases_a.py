# -*- coding: utf-8 -*-
"""Casos base (parte A). Cada caso: key, input, output limpio, note."""

BASES = []


def base(key, inp, out, note, shape=None, allow=()):
    BASES.append(dict(key=key, input=inp, output=" ".join(out.split()), note=note,
                      shape=shape, allow=set(allow)))


base("neumo_cl", {
    "paciente": {"sexo": "F", "edad": 78, "prevision": "FONASA"},
    "servicio": "Medicina Interna, Hospital Sótero del Río",
    "motivo_ingreso": "tos productiva, fiebre y disnea de 3 días",
    "antecedentes": [{"cie10": "I10", "glosa": "Hipertensión arterial esencial"},
                     {"cie10": "E11.9", "glosa": "Diabetes mellitus tipo 2 sin complicaciones"}],
    "farmacos_cronicos": [{"atc": "C09CA01", "nombre": "Losartán", "posologia": "50 mg cada 12 horas", "via": "oral"},
                          {"atc": "A10BA02", "nombre": "Metformina", "posologia": "850 mg cada 12 horas", "via": "oral"}],
    "signos_vitales_ingreso": {"temperatura": "38,6 °C", "FR": "26 rpm", "SatO2": "89%"},
    "laboratorio": {"leucocitos": "15.400/mm3", "PCR": "186 mg/L", "creatinina": "1,1 mg/dL"},
    "imagenes": ["Radiografía de tórax: condensación basal derecha"],
    "diagnostico_egreso": [{"cie10": "J18.9", "glosa": "Neumonía adquirida en la comunidad"}],
    "tratamiento_hospitalario": [{"atc": "J01DD04", "nombre": "Ceftriaxona", "posologia": "2 g cada 24 horas", "via": "endovenosa"}],
    "evolucion": "afebril desde el día 2, suspensión de oxígeno al día 4",
    "estadia_dias": 6,
    "acompanante": "hijo"},
    """Ingresa por tos productiva, fiebre y disnea de 3 días de evolución, diagnosticándose neumonía adquirida en la
    comunidad (J18.9) en paciente de sexo femenino de 78 años, acompañada por su hijo. Antecedentes de hipertensión
    arterial esencial (I10) y diabetes mellitus tipo 2 (E11.9), en tratamiento con losartán (C09CA01) 50 mg cada 12
    horas y metformina (A10BA02) 850 mg cada 12 horas. Al ingreso temperatura de 38,6 °C, frecuencia respiratoria de
    26 rpm y saturación de 89%. Laboratorio con leucocitos 15.400/mm3, PCR 186 mg/L y creatinina 1,1 mg/dL. La
    radiografía de tórax muestra condensación basal derecha. Recibe ceftriaxona (J01DD04) 2 g cada 24 horas
    endovenosa, evolucionando afebril desde el día 2 y con suspensión de oxígeno al día 4. Se da de alta tras 6 días
    de hospitalización, con control en atención primaria.""",
    "Limpio trampa: 'acompañada por su hijo' (masculino referido al acompañante, no a la paciente).")

base("bronq_ar", {
    "Paciente": {"Nombre": "L. G.", "Sexo": "Masculino", "Edad": "7 meses", "Peso": "7,9 kg"},
    "Servicio": "Pediatría - Hospital de Niños Ricardo Gutiérrez",
    "MotivoConsulta": "Dificultad respiratoria, rinorrea y rechazo alimentario de 2 días",
    "Antecedentes": "Nacido de término, vacunas completas para la edad, sin internaciones previas",
    "ExamenFisico": {"FR": "62 por minuto", "SatO2 aire ambiente": "90%", "Auscultacion": "sibilancias y rales bilaterales"},
    "Laboratorio": {"Panel viral": "VSR positivo"},
    "Diagnosticos": [{"Codigo": "J21.0", "Descripcion": "Bronquiolitis aguda por virus sincicial respiratorio"}],
    "Tratamiento": [{"Codigo": "B05XA03", "Droga": "Cloruro de sodio 3% nebulizado", "Dosis": "4 mL cada 8 horas"},
                    {"Codigo": "N02BE01", "Droga": "Paracetamol", "Dosis": "120 mg cada 6 horas si fiebre", "Via": "oral"}],
    "Soporte": "oxigenoterapia por cánula nasal de alto flujo durante 3 días",
    "Evolucion": "buena tolerancia oral, sin requerimiento de oxígeno al alta",
    "DiasInternacion": 5,
    "Informante": "madre"},
    """Ingresa por dificultad respiratoria, rinorrea y rechazo alimentario de 2 días de evolución en un lactante varón
    de 7 meses, de 7,9 kg, nacido de término y con vacunas completas. La madre refiere que es su primera internación.
    Al examen presenta frecuencia respiratoria de 62 por minuto, saturación de 90% con aire ambiente y sibilancias con
    rales bilaterales. El panel viral resulta positivo para VSR, con diagnóstico de bronquiolitis aguda por virus
    sincicial respiratorio (J21.0). Requiere oxigenoterapia por cánula nasal de alto flujo durante 3 días. Recibe
    nebulizaciones con cloruro de sodio 3% (B05XA03) 4 mL cada 8 horas y paracetamol (N02BE01) 120 mg cada 6 horas
    por vía oral si presenta fiebre. Evoluciona con buena tolerancia oral y sin requerimiento de oxígeno, por lo que
    se otorga el alta tras 5 días de internación con control por pediatra de cabecera.""",
    "Limpio trampa: edad en meses coherente y 'La madre refiere' (femenino de la informante, paciente varón).")

base("neo_ictericia_co", [
    {"seccion": "identificación", "recien_nacido": "sexo femenino", "edad": "4 días de vida",
     "peso_nacer": "3.420 g", "edad_gestacional": "38 semanas", "motivo": "ictericia hasta abdomen"},
    {"seccion": "madre", "edad": "24 años", "grupo": "O positivo", "antecedente": "diabetes gestacional manejada con dieta"},
    {"seccion": "diagnósticos", "lista": [{"cod": "P59.9", "dx": "Ictericia neonatal no especificada"},
                                           {"cod": "P70.0", "dx": "Síndrome del recién nacido de madre con diabetes gestacional"}]},
    {"seccion": "paraclínicos", "bilirrubina_total": "17,8 mg/dL", "bilirrubina_directa": "0,6 mg/dL",
     "hemoglobina": "16,2 g/dL", "coombs_directo": "negativo", "glucometrías": "normales"},
    {"seccion": "manejo", "fototerapia": "intensiva por 48 horas", "alimentacion": "lactancia materna exclusiva"},
    {"seccion": "evolución", "bilirrubina_control": "10,4 mg/dL", "estado": "activa, reactiva, buena succión"}],
    """Ingresa por ictericia hasta abdomen a los 4 días de vida en recién nacida a término de 38 semanas, con peso al
    nacer de 3.420 g, hija de madre de 24 años con diabetes gestacional manejada con dieta. Se diagnostica ictericia
    neonatal no especificada (P59.9) en contexto de síndrome del recién nacido de madre con diabetes gestacional
    (P70.0). Los paraclínicos muestran bilirrubina total de 17,8 mg/dL con directa de 0,6 mg/dL, hemoglobina de 16,2
    g/dL y Coombs directo negativo, sin evidencia de hemólisis. Las glucometrías fueron normales. Se realiza
    fototerapia intensiva por 48 horas, manteniendo lactancia materna exclusiva. Evoluciona activa, reactiva y con
    buena succión, con bilirrubina de control en 10,4 mg/dL, por lo que se da egreso con control ambulatorio.""",
    "Limpio trampa: input en lista de secciones; edad de la madre (24 años) no es la de la paciente (4 días).")

base("preecl_mx",
    "Femenino de 31 años, G2 P1, embarazo de 36 semanas por FUM. Acude a urgencias del Hospital de Ginecobstetricia "
    "por cefalea intensa, fosfenos y edema de miembros inferiores. TA 168/112 mmHg. Proteinuria 3+ en tira reactiva, "
    "plaquetas 148 000, TGO 38 U/L. Diagnóstico: preeclampsia con datos de severidad (O14.1). Tratamiento: sulfato de "
    "magnesio (A12CC02) impregnación 4 g IV y mantenimiento 1 g/h por 24 horas; labetalol (C07AG01) 20 mg IV en bolo; "
    "nifedipino (C08CA05) 30 mg VO cada 12 horas. Se realiza cesárea tipo Kerr sin complicaciones, obteniendo recién "
    "nacido masculino de 2 650 g, Apgar 8/9. Puerperio con cifras tensionales controladas. Días de estancia: 4.",
    """Ingresa por cefalea intensa, fosfenos y edema de miembros inferiores en mujer de 31 años, cursando embarazo de
    36 semanas, con TA de 168/112 mmHg y proteinuria 3+ en tira reactiva. Plaquetas 148 000 y TGO 38 U/L. Se
    diagnostica preeclampsia con datos de severidad (O14.1). Se inicia sulfato de magnesio (A12CC02) con impregnación
    de 4 g IV y mantenimiento de 1 g/h por 24 horas, labetalol (C07AG01) 20 mg IV en bolo y nifedipino (C08CA05) 30 mg
    VO cada 12 horas. Se realiza cesárea tipo Kerr sin complicaciones, obteniendo recién nacido masculino de 2 650 g
    con Apgar 8/9. Durante el puerperio mantiene cifras tensionales controladas y se egresa tras 4 días de estancia,
    con cita en consulta externa de ginecología.""",
    "Limpio trampa: input en texto libre; 'recién nacido masculino' se refiere al hijo, no a la paciente.")

base("cadera_es", {
    "filiacion": {"sexo": "varón", "edad": "84 años"},
    "unidad": "Cirugía Ortopédica y Traumatología - Hospital Universitario La Paz",
    "motivo": "caída casual en domicilio con dolor e impotencia funcional de cadera izquierda",
    "antecedentes_personales": {"HTA": {"codigo": "I10", "tratamiento": {"principio_activo": "enalapril", "atc": "C09AA02", "pauta": "10 mg cada 12 horas"}},
                                "quirurgicos": "prótesis total de rodilla derecha en 2015"},
    "pruebas": {"radiografia": "fractura pertrocantérea de fémur izquierdo", "hemoglobina_postoperatoria": "10,2 g/dL"},
    "juicio_clinico": [{"codigo": "S72.1", "descripcion": "Fractura pertrocantérea de fémur izquierdo"}],
    "intervencion": "osteosíntesis con clavo endomedular cefalomedular (tipo PFNA) a las 36 horas del ingreso",
    "tratamiento": [{"atc": "B01AB05", "farmaco": "enoxaparina", "pauta": "40 mg cada 24 horas", "via": "subcutánea"},
                    {"atc": "N02BE01", "farmaco": "paracetamol", "pauta": "1 g cada 8 horas", "via": "intravenosa"}],
    "evolucion": "sedestación al segundo día, inicio de carga parcial con andador, herida quirúrgica sin signos de infección",
    "estancia": 7},
    """Ingresa por caída casual en domicilio con dolor e impotencia funcional de cadera izquierda en varón de 84 años,
    hipertenso (I10) en tratamiento con enalapril (C09AA02) 10 mg cada 12 horas y portador de prótesis total de rodilla
    derecha. La radiografía confirma fractura pertrocantérea de fémur izquierdo (S72.1). Se realiza osteosíntesis con
    clavo endomedular cefalomedular tipo PFNA a las 36 horas del ingreso. Recibe enoxaparina (B01AB05) 40 mg cada 24
    horas subcutánea y paracetamol (N02BE01) 1 g cada 8 horas intravenoso. La hemoglobina postoperatoria es de 10,2
    g/dL, sin precisar transfusión. Evoluciona con sedestación al segundo día e inicio de carga parcial con andador,
    con herida quirúrgica sin signos de infección. Se decide alta tras 7 días de estancia, con seguimiento en consultas
    externas de Traumatología.""",
    "Limpio trampa: dos lados correctos (fémur izquierdo, prótesis de rodilla derecha), transfusión negada, enoxaparina profiláctica en fractura.")

base("apendic_cl", {
    "identificacion": {"genero": "femenino", "edad_años": 23},
    "servicio_clinico": "Cirugía Adultos, Hospital Regional de Talca",
    "anamnesis": "dolor abdominal periumbilical migratorio a fosa ilíaca derecha de 18 horas, náuseas y un vómito",
    "examen": "signo de Blumberg positivo en fosa ilíaca derecha, temperatura 37,9 °C",
    "exámenes": {"leucocitos": "16.800", "PCR": "94 mg/L", "beta-hCG": "negativa"},
    "imagen": "ecografía abdominal: apéndice de 9 mm no compresible con líquido periapendicular",
    "diagnóstico": {"código": "K35.3", "texto": "Apendicitis aguda con peritonitis localizada"},
    "cirugía": "apendicectomía laparoscópica",
    "fármacos": [{"código": "J01DB04", "nombre": "Cefazolina", "dosis": "2 g ev profilaxis"},
                 {"código": "J01XD01", "nombre": "Metronidazol", "dosis": "500 mg cada 8 horas ev"},
                 {"código": "M01AB15", "nombre": "Ketorolaco", "dosis": "30 mg cada 8 horas ev"}],
    "evolución_postoperatoria": "afebril, tolerando régimen liviano, deambulando",
    "días_estada": 2},
    """Ingresa por dolor abdominal periumbilical migratorio a fosa ilíaca derecha de 18 horas de evolución, asociado a
    náuseas y un vómito, en paciente de sexo femenino de 23 años. Al examen destaca signo de Blumberg positivo en fosa
    ilíaca derecha y temperatura de 37,9 °C. Laboratorio con leucocitos 16.800 y PCR 94 mg/L; beta-hCG negativa, por
    lo que se descarta embarazo ectópico. Ecografía abdominal informa apéndice de 9 mm no compresible con líquido
    periapendicular. Se diagnostica apendicitis aguda con peritonitis localizada (K35.3) y se realiza apendicectomía
    laparoscópica con profilaxis de cefazolina (J01DB04) 2 g ev. Continúa con metronidazol (J01XD01) 500 mg cada 8
    horas ev y ketorolaco (M01AB15) 30 mg cada 8 horas ev. Evoluciona afebril, tolerando régimen liviano y
    deambulando, por lo que se indica alta al segundo día postoperatorio.""",
    "Limpio trampa: 'se descarta embarazo ectópico' es un diagnóstico descartado, no afirmado.")

base("depresion_es", {
    "datos": {"sexo": "mujer", "edad": 45},
    "servicio": "Unidad de Hospitalización Psiquiátrica Breve",
    "motivo_de_ingreso": "ideación autolítica estructurada y ánimo deprimido de 2 meses tras ruptura sentimental",
    "antecedentes": "sin antecedentes psiquiátricos previos; no consumo de tóxicos",
    "exploracion_psicopatologica": "consciente y orientada, ánimo hipotímico, anhedonia, insomnio de conciliación, sin alteraciones sensoperceptivas",
    "diagnosticos": [{"cie": "F32.2", "nombre": "Episodio depresivo grave sin síntomas psicóticos"}],
    "tratamiento": [{"atc": "N06AB06", "nombre": "sertralina", "dosis": "50 mg cada 24 horas, aumentada a 100 mg cada 24 horas"},
                    {"atc": "N05BA06", "nombre": "lorazepam", "dosis": "1 mg cada 12 horas"}],
    "evolucion": "mejoría progresiva del ánimo, critica la ideación autolítica, sin incidencias en la unidad",
    "estancia_dias": 12,
    "familia": "marido presente en las visitas, implicado en el plan de cuidados"},
    """Ingresa por ideación autolítica estructurada y ánimo deprimido de 2 meses de evolución tras una ruptura
    sentimental, en mujer de 45 años sin antecedentes psiquiátricos previos ni consumo de tóxicos. En la exploración
    psicopatológica se muestra consciente y orientada, con ánimo hipotímico, anhedonia e insomnio de conciliación, sin
    alteraciones sensoperceptivas. Se diagnostica episodio depresivo grave sin síntomas psicóticos (F32.2). Se inicia
    sertralina (N06AB06) 50 mg cada 24 horas, que se aumenta a 100 mg cada 24 horas, junto con lorazepam (N05BA06) 1
    mg cada 12 horas. No precisó contención mecánica durante el ingreso. Presenta mejoría progresiva del ánimo y
    realiza crítica de la ideación autolítica. Su marido, implicado en el plan de cuidados, acude a las visitas. Tras
    12 días de estancia se procede al alta, con seguimiento en su Centro de Salud Mental.""",
    "Limpio trampa: contención mecánica negada y 'Su marido' (masculino de otra persona).")

base("esquizo_ar", {
    "pac": {"sexo": "M", "sexo_desc": "masculino", "edad": 29},
    "area": "Guardia y Sala de Salud Mental - Hospital Borda",
    "motivo": "heteroagresividad, alucinaciones auditivas y abandono de la medicación de 3 semanas",
    "dx": [{"codigo_cie10": "F20.0", "desc": "Esquizofrenia paranoide"}],
    "laboratorio": {"toxicologico_orina": "negativo", "prolactina": "22 ng/mL"},
    "indicaciones": [{"atc": "N05AX08", "nombre": "Risperidona", "posologia": "2 mg cada 12 horas vía oral"},
                     {"atc": "N05BA01", "nombre": "Diazepam", "posologia": "10 mg cada 8 horas vía oral, descenso progresivo"}],
    "evolucion": "remisión de la heteroagresividad, persisten alucinaciones de menor intensidad, adherencia a la medicación supervisada",
    "internacion_dias": 21,
    "contencion": "familiar: madre y hermana"},
    """Ingresa por heteroagresividad, alucinaciones auditivas y abandono de la medicación de 3 semanas de evolución en
    paciente masculino de 29 años con esquizofrenia paranoide (F20.0). El toxicológico en orina resulta negativo,
    descartándose consumo de sustancias como desencadenante, y la prolactina es de 22 ng/mL. Se reinicia risperidona
    (N05AX08) 2 mg cada 12 horas vía oral y se indica diazepam (N05BA01) 10 mg cada 8 horas vía oral con descenso
    progresivo. Durante la internación presenta remisión de la heteroagresividad, con persistencia de alucinaciones de
    menor intensidad y adherencia supervisada a la medicación. Cuenta con contención familiar de su madre y su hermana,
    quienes se comprometen a acompañarlo en el tratamiento. Se otorga el alta tras 21 días de internación, con control
    por consultorio externo de psiquiatría.""",
    "Limpio trampa: 'su madre y su hermana, quienes' es femenino de familiares; paciente masculino.")

base("nf_lma_mx", {
    "paciente": {"sexo": "Femenino", "edad": "58 años"},
    "servicio": "Hematología, Instituto Nacional de Cancerología",
    "padecimiento_actual": "fiebre de 38,9 °C y escalofríos en el día 12 posterior a quimioterapia de inducción",
    "antecedentes": [{"clave": "C92.0", "descripcion": "Leucemia mieloide aguda"}],
    "laboratorios": {"neutrofilos_totales": "200/mm3", "hemoglobina": "8,3 g/dL", "plaquetas": "18 000/mm3",
                     "hemocultivos": "sin desarrollo a las 72 horas"},
    "diagnosticos_egreso": [{"clave": "D70", "descripcion": "Neutropenia febril posquimioterapia"}],
    "medicamentos": [{"clave_atc": "J01CR05", "nombre": "Piperacilina/tazobactam", "dosis": "4,5 g IV cada 6 horas"},
                     {"clave_atc": "L03AA02", "nombre": "Filgrastim", "dosis": "300 mcg SC cada 24 horas"}],
    "transfusiones": "1 aféresis plaquetaria",
    "evolucion": "afebril a las 48 horas, recuperación de neutrófilos a 1 500/mm3",
    "dias_estancia": 8},
    """Ingresa por fiebre de 38,9 °C y escalofríos en el día 12 posterior a quimioterapia de inducción, en mujer de 58
    años con leucemia mieloide aguda (C92.0). Los laboratorios muestran neutrófilos totales de 200/mm3, hemoglobina de
    8,3 g/dL y plaquetas de 18 000/mm3, por lo que se diagnostica neutropenia febril posquimioterapia (D70). Se inicia
    piperacilina/tazobactam (J01CR05) 4,5 g IV cada 6 horas y filgrastim (L03AA02) 300 mcg SC cada 24 horas, sin
    necesidad de agregar vancomicina. Recibe 1 aféresis plaquetaria. Los hemocultivos se reportan sin desarrollo a las
    72 horas. Evoluciona afebril a las 48 horas, con recuperación de neutrófilos a 1 500/mm3, y se egresa tras 8 días
    de estancia con cita en la consulta externa de Hematología para continuar el protocolo.""",
    "Limpio trampa: vancomicina mencionada como no necesaria (ausente del input pero negada).")

base("mama_co", {
    "datos_basicos": {"sexo": "F", "edad": 52, "eps": "Nueva EPS"},
    "servicio": "Cirugía de Mama y Oncología",
    "motivo": "cirugía programada por carcinoma ductal infiltrante de mama izquierda",
    "diagnostico": [{"cod_cie10": "C50.4", "nombre": "Tumor maligno del cuadrante superior externo de la mama izquierda"}],
    "estudios_previos": {"mamografia": "BI-RADS 5 en mama izquierda; mama derecha sin hallazgos",
                         "biopsia": "carcinoma ductal infiltrante, receptores hormonales positivos, HER2 negativo"},
    "procedimiento": "mastectomía radical modificada izquierda con vaciamiento axilar izquierdo",
    "medicamentos": [{"cod_atc": "J01DB04", "nombre": "Cefazolina", "dosis": "2 g IV dosis única prequirúrgica"},
                     {"cod_atc": "N02AX02", "nombre": "Tramadol", "dosis": "50 mg VO cada 8 horas"},
                     {"cod_atc": "N02BE01", "nombre": "Acetaminofén", "dosis": "1 g VO cada 6 horas"}],
    "evolucion": "dren con gasto seroso de 40 mL en 24 horas, herida en buen estado, dolor controlado",
    "dias": 3},
    """Ingresa por cirugía programada por carcinoma ductal infiltrante de mama izquierda en paciente femenina de 52
    años. La mamografía reportó BI-RADS 5 en la mama izquierda, con mama derecha sin hallazgos, y la biopsia confirmó
    carcinoma ductal infiltrante con receptores hormonales positivos y HER2 negativo, correspondiente a tumor maligno
    del cuadrante superior externo de la mama izquierda (C50.4). Se realiza mastectomía radical modificada izquierda
    con vaciamiento axilar izquierdo, con profilaxis de cefazolina (J01DB04) 2 g IV en dosis única prequirúrgica.
    Recibe analgesia con paracetamol (N02BE01) 1 g VO cada 6 horas y tramadol (N02AX02) 50 mg VO cada 8 horas. El
    dren presenta gasto seroso de 40 mL en 24 horas, con herida en buen estado y dolor controlado. Se da egreso al día
    3 con indicaciones de cuidado del dren y cita con oncología clínica.""",
    "Limpio trampa: 'paracetamol' es sinónimo del 'acetaminofén' del input; mama derecha sana mencionada.")

base("hd_cl", {
    "paciente": {"sexo": "masculino", "edad": 63},
    "servicio": "Nefrología - Hospital del Salvador",
    "motivo_consulta": "debilidad generalizada y disnea tras omitir 2 sesiones de hemodiálisis",
    "antecedentes": [{"codigo": "N18.5", "nombre": "Enfermedad renal crónica etapa 5"},
                     {"codigo": "D63.8", "nombre": "Anemia en enfermedad crónica"}],
    "examenes_ingreso": {"potasio": "7,1 mEq/L", "creatinina": "9,8 mg/dL", "pH": "7,21", "bicarbonato": "14 mEq/L",
                         "hemoglobina": "8,9 g/dL"},
    "ecg": "ondas T picudas",
    "diagnosticos": [{"codigo": "E87.5", "nombre": "Hiperkalemia"}],
    "procedimientos": ["instalación de catéter de hemodiálisis transitorio yugular derecho", "hemodiálisis de urgencia"],
    "tratamiento": [{"atc": "A12AA03", "nombre": "Gluconato de calcio 10%", "dosis": "10 mL ev en 10 minutos"},
                    {"atc": "A10AB01", "nombre": "Insulina cristalina", "dosis": "10 UI ev con solución glucosada"},
                    {"atc": "B03XA01", "nombre": "Eritropoyetina", "dosis": "4000 UI sc 3 veces por semana"}],
    "evolucion": "potasio de control 4,6 mEq/L, reanuda programa de hemodiálisis trisemanal",
    "dias_hospitalizacion": 3},
    """Ingresa por debilidad generalizada y disnea tras omitir 2 sesiones de hemodiálisis en paciente masculino de 63
    años con enfermedad renal crónica etapa 5 (N18.5) y anemia en enfermedad crónica (D63.8). Al ingreso presenta
    potasio de 7,1 mEq/L, creatinina de 9,8 mg/dL, pH 7,21 y bicarbonato de 14 mEq/L, compatible con acidosis
    metabólica, además de hemoglobina de 8,9 g/dL; el ECG muestra ondas T picudas. Se diagnostica hiperkalemia (E87.5)
    y se administra gluconato de calcio 10% (A12AA03) 10 mL ev en 10 minutos e insulina cristalina (A10AB01) 10 UI ev
    con solución glucosada. Se instala catéter de hemodiálisis transitorio yugular derecho y se realiza hemodiálisis de
    urgencia. Continúa con eritropoyetina (B03XA01) 4000 UI sc 3 veces por semana. Potasio de control 4,6 mEq/L,
    reanudando programa trisemanal, y se indica alta tras 3 días de hospitalización.""",
    "Limpio trampa: acidosis metabólica respaldada por pH 7,21 y bicarbonato 14; insulina indicada por hiperkalemia, no diabetes.")

base("iam_es", {
    "demografia": {"sexo": "hombre", "edad": 67},
    "unidad": "Unidad Coronaria / UCI, Hospital Clínico San Carlos",
    "motivo": "dolor torácico opresivo de 2 horas irradiado a mandíbula con cortejo vegetativo",
    "ecg": "elevación del ST en II, III y aVF",
    "analitica": {"troponina_I_pico": "38.500 ng/L", "LDL": "162 mg/dL", "creatinina": "0,9 mg/dL"},
    "diagnostico_principal": {"cie10": "I21.1", "texto": "Infarto agudo de miocardio con elevación del ST de cara inferior"},
    "otros_diagnosticos": [{"cie10": "E78.0", "texto": "Hipercolesterolemia pura"}],
    "procedimientos": ["coronariografía urgente por vía radial derecha",
                       "angioplastia primaria con implante de stent farmacoactivo en arteria coronaria derecha proximal"],
    "ecocardiograma": "FEVI 50%, hipocinesia inferior",
    "complicaciones": "sin complicaciones arrítmicas ni mecánicas",
    "tratamiento_al_alta": [{"atc": "B01AC06", "farmaco": "ácido acetilsalicílico", "posologia": "100 mg cada 24 horas"},
                            {"atc": "B01AC24", "farmaco": "ticagrelor", "posologia": "90 mg cada 12 horas"},
                            {"atc": "C10AA05", "farmaco": "atorvastatina", "posologia": "80 mg cada 24 horas"},
                            {"atc": "C07AB07", "farmaco": "bisoprolol", "posologia": "2,5 mg cada 24 horas"}],
    "estancia": 5},
    """Ingresa por dolor torácico opresivo de 2 horas de evolución irradiado a mandíbula con cortejo vegetativo en
    varón de 67 años con hipercolesterolemia pura (E78.0) y LDL de 162 mg/dL. El ECG muestra elevación del ST en II,
    III y aVF, diagnosticándose IAM con elevación del ST de cara inferior (I21.1), con pico de troponina I de 38.500
    ng/L. Se realiza coronariografía urgente por vía radial derecha y angioplastia primaria con implante de stent
    farmacoactivo en arteria coronaria derecha proximal. El ecocardiograma muestra FEVI 50% con hipocinesia inferior.
    No presenta complicaciones arrítmicas ni mecánicas. Al alta, tras 5 días, se pauta AAS (B01AC06) 100 mg cada 24
    horas, ticagrelor (B01AC24) 90 mg cada 12 horas, atorvastatina (C10AA05) 80 mg cada 24 horas y bisoprolol
    (C07AB07) 2,5 mg cada 24 horas, con seguimiento en consultas de Cardiología.""",
    "Limpio trampa: IAM y AAS son abreviaturas de diagnóstico y fármaco del input; 'coronaria derecha' y 'radial derecha' coinciden.")

base("acv_co", {
    "paciente": {"genero": "femenino", "fecha_nacimiento": "1953-02-14"},
    "ingreso": {"fecha": "2024-08-03", "servicio": "Neurología - Hospital Pablo Tobón Uribe"},
    "enfermedad_actual": "debilidad del hemicuerpo derecho y dificultad para hablar de 7 horas de evolución",
    "examen_neurologico": "afasia mixta, hemiparesia derecha 3/5, NIHSS 9",
    "imagenes": {"TAC_simple": "sin hemorragia", "RM_cerebral": "infarto agudo en territorio de arteria cerebral media izquierda"},
    "diagnosticos": [{"cie": "I63.4", "nombre": "Infarto cerebral debido a embolia de arterias cerebrales"},
                     {"cie": "I48.9", "nombre": "Fibrilación auricular no especificada"}],
    "nota": "fuera de ventana para trombólisis",
    "medicamentos": [{"atc": "B01AF02", "nombre": "Apixabán", "dosis": "5 mg cada 12 horas vía oral", "inicio": "día 4"},
                     {"atc": "C10AA05", "nombre": "Atorvastatina", "dosis": "40 mg cada 24 horas vía oral"}],
    "rehabilitacion": "terapia física y fonoaudiología desde el día 2",
    "egreso": {"NIHSS": 4, "dias_estancia": 9}},
    """Ingresa por debilidad del hemicuerpo derecho y dificultad para hablar de 7 horas de evolución en paciente
    femenina de 71 años. Al examen presenta afasia mixta y hemiparesia derecha 3/5 con NIHSS de 9. La TAC simple
    descarta hemorragia y la resonancia magnética cerebral confirma infarto agudo en territorio de la arteria cerebral
    media izquierda. Por encontrarse fuera de ventana no se realiza trombólisis. Se diagnostica infarto cerebral
    debido a embolia de arterias cerebrales (I63.4) en contexto de fibrilación auricular (I48.9). Se inicia
    atorvastatina (C10AA05) 40 mg cada 24 horas vía oral y desde el día 4 apixabán (B01AF02) 5 mg cada 12 horas vía
    oral. Recibe terapia física y fonoaudiología desde el día 2. Egresa tras 9 días de estancia con NIHSS de 4 y
    control en consulta externa de neurología.""",
    "Limpio trampa: edad 71 derivada de fecha de nacimiento e ingreso; trombólisis negada; hemiparesia derecha por infarto izquierdo.",
    allow={"71"})

base("meningitis_mx", {
    "ficha": {"sexo": "masculino", "edad": "34 años", "ocupacion": "chofer"},
    "servicio": "Infectología - Hospital General de México",
    "padecimiento": "cefalea holocraneana, fiebre de 39,4 °C, vómito y rigidez de nuca de 24 horas",
    "puncion_lumbar": {"leucocitos": "1 850/mm3 con 90% polimorfonucleares", "glucosa": "18 mg/dL", "proteinas": "245 mg/dL",
                       "gram": "diplococos grampositivos", "cultivo": "Streptococcus pneumoniae", "PCR_herpes": "negativa"},
    "diagnosticos": [{"cie10": "G00.1", "descripcion": "Meningitis neumocócica"}],
    "tratamiento": [{"atc": "J01DD04", "medicamento": "Ceftriaxona", "dosis": "2 g IV cada 12 horas por 14 días"},
                    {"atc": "J01XA01", "medicamento": "Vancomicina", "dosis": "1 g IV cada 8 horas, suspendida al obtener susceptibilidad"},
                    {"atc": "H02AB02", "medicamento": "Dexametasona", "dosis": "10 mg IV cada 6 horas por 4 días"}],
    "evolucion": "afebril al día 3, sin déficit neurológico, audiometría normal",
    "estancia": 15},
    """Ingresa por cefalea holocraneana, fiebre de 39,4 °C, vómito y rigidez de nuca de 24 horas de evolución en hombre
    de 34 años. La punción lumbar muestra leucocitos de 1 850/mm3 con 90% polimorfonucleares, glucosa de 18 mg/dL y
    proteínas de 245 mg/dL, con tinción de Gram con diplococos grampositivos y cultivo con Streptococcus pneumoniae.
    Con PCR para herpes negativa no se inicia aciclovir. Se diagnostica meningitis neumocócica (G00.1) y se trata con
    ceftriaxona (J01DD04) 2 g IV cada 12 horas por 14 días, dexametasona (H02AB02) 10 mg IV cada 6 horas por 4 días y
    vancomicina (J01XA01) 1 g IV cada 8 horas, suspendida al obtener susceptibilidad. Evoluciona afebril al día 3, sin
    déficit neurológico y con audiometría normal. Se egresa tras 15 días de estancia, con cita en consulta externa de
    Infectología.""",
    "Limpio trampa: aciclovir ausente del input pero mencionado como no iniciado; dexametasona coadyuvante en meningitis.")

base("pielo_ar", {
    "datos_filiatorios": {"sexo": "F", "edad": 38},
    "sector": "Clínica Médica - Hospital Italiano",
    "motivo": "fiebre de 39 °C, escalofríos, disuria y dolor lumbar derecho de 48 horas",
    "examen": "puño percusión positiva derecha",
    "laboratorio": {"GB": "18.200/mm3", "creatinina": "0,8 mg/dL",
                    "urocultivo": "Escherichia coli >100.000 UFC/mL, resistente a ciprofloxacina, sensible a cefalosporinas"},
    "ecografia_renal": "sin dilatación de la vía urinaria",
    "diagnostico": [{"codigo": "N10", "nombre": "Pielonefritis aguda"}],
    "tratamiento": {"internacion": [{"atc": "J01DD04", "nombre": "Ceftriaxona", "dosis": "1 g EV cada 24 horas"}],
                    "alta": [{"atc": "J01DC02", "nombre": "Cefuroxima", "dosis": "500 mg VO cada 12 horas hasta completar 10 días"}]},
    "evolucion": "afebril a las 48 horas, buena tolerancia oral",
    "dias_internacion": 4},
    """Ingresa por fiebre de 39 °C, escalofríos, disuria y dolor lumbar derecho de 48 horas de evolución en mujer de
    38 años. Al examen presenta puño percusión positiva derecha. El laboratorio informa glóbulos blancos 18.200/mm3 y
    creatinina 0,8 mg/dL; la ecografía renal no muestra dilatación de la vía urinaria. Se diagnostica pielonefritis
    aguda (N10) y se indica ceftriaxona (J01DD04) 1 g EV cada 24 horas. El urocultivo desarrolla Escherichia coli mayor
    a 100.000 UFC/mL, resistente a ciprofloxacina y sensible a cefalosporinas, por lo que no se utiliza ciprofloxacina.
    Evoluciona afebril a las 48 horas y con buena tolerancia oral, otorgándose el alta a los 4 días de internación con
    cefuroxima (J01DC02) 500 mg VO cada 12 horas hasta completar 10 días de tratamiento antibiótico.""",
    "Limpio trampa: input como lista campo/valor; ciprofloxacina mencionada como no utilizada; GB = glóbulos blancos.",
    shape="fields")
