# -*- coding: utf-8 -*-
"""Casos base (parte B)."""
from cases_a import base

base("dengue_co", {
    "paciente": {"sexo": "Masculino", "edad": "17 años"},
    "servicio": "Urgencias pediátricas - Hospital Universitario del Valle",
    "motivo": "fiebre de 5 días, mialgias, dolor abdominal y vómito persistente",
    "signos_alarma": ["dolor abdominal intenso", "vómito persistente"],
    "paraclinicos": {"plaquetas": "42.000/mm3", "hematocrito": "48%", "NS1": "positivo"},
    "diagnostico": [{"codigo": "A90", "nombre": "Fiebre del dengue"}],
    "tratamiento": [{"atc": "B05BB01", "nombre": "Lactato de Ringer", "dosis": "10 mL/kg/h"},
                    {"atc": "N02BE01", "nombre": "Acetaminofén", "dosis": "500 mg VO cada 6 horas"}],
    "contraindicados": "AINES y dipirona",
    "evolucion": "plaquetas en ascenso a 96.000/mm3, sin sangrado, tolerando vía oral",
    "dias_estancia": 4},
    """Ingresa por fiebre de 5 días, mialgias, dolor abdominal y vómito persistente en adolescente de 17 años, de sexo
    masculino. Los paraclínicos muestran plaquetas de 42.000/mm3, hematocrito de 48% y NS1 positivo, por lo que se
    diagnostica fiebre del dengue (A90) con signos de alarma dados por dolor abdominal intenso y vómito persistente.
    Se inicia lactato de Ringer (B05BB01) a 10 mL/kg/h y acetaminofén (N02BE01) 500 mg VO cada 6 horas, evitando AINES
    y dipirona por estar contraindicados. Evoluciona sin sangrado, tolerando la vía oral y con plaquetas en ascenso a
    96.000/mm3. Se da egreso tras 4 días de estancia con signos de alarma explicados a la familia y control por
    consulta externa.""",
    "Limpio trampa: AINES y dipirona mencionados como contraindicados, no administrados.")

base("delirium_es", {
    "paciente": {"sexo": "Mujer", "nacimiento": "12/05/1935"},
    "episodio": {"fecha_ingreso": "20/01/2025", "servicio": "Geriatría - Unidad de Agudos, Hospital Universitario de Getafe"},
    "motivo": "desorientación, agitación nocturna y rechazo de la ingesta de 3 días",
    "antecedentes": [{"cie10": "G30.1", "desc": "Enfermedad de Alzheimer de comienzo tardío"}],
    "situacion_basal": "dependiente para actividades básicas, Barthel 45, vive con su hija cuidadora principal",
    "analitica": {"leucocitos": "12.300", "sodio": "137 mEq/L", "sedimento": "leucocituria y nitritos positivos",
                  "urocultivo": "Escherichia coli multisensible"},
    "diagnosticos": [{"cie10": "F05.1", "desc": "Delirium superpuesto a demencia"},
                     {"cie10": "N39.0", "desc": "Infección de vías urinarias"}],
    "tratamiento": [{"atc": "J01XX01", "nombre": "Fosfomicina", "pauta": "3 g vía oral cada 48 horas, 2 dosis"},
                    {"atc": "N05AD01", "nombre": "Haloperidol", "pauta": "0,5 mg vía oral por la noche si agitación"}],
    "medidas": "no farmacológicas, sin sujeción mecánica",
    "evolucion": "resolución del delirium",
    "estancia": 6},
    """Ingresa por desorientación, agitación nocturna y rechazo de la ingesta de 3 días de evolución en una mujer de
    89 años con enfermedad de Alzheimer de comienzo tardío (G30.1), dependiente para las actividades básicas con
    Barthel de 45, que vive con su hija, cuidadora principal. En la analítica destacan leucocitos 12.300 y sodio 137
    mEq/L, con sedimento con leucocituria y nitritos positivos; el urocultivo aísla Escherichia coli multisensible. Se
    diagnostica delirium superpuesto a demencia (F05.1) secundario a infección de vías urinarias (N39.0). Recibe
    fosfomicina (J01XX01) 3 g vía oral cada 48 horas, 2 dosis, y haloperidol (N05AD01) 0,5 mg vía oral por la noche si
    agitación, junto con medidas no farmacológicas, sin necesidad de sujeción mecánica. Tras 6 días de estancia, con
    resolución del delirium, se procede al alta a domicilio con seguimiento por su geriatra.""",
    "Limpio trampa: edad 89 derivada de fechas (aún no cumple 90 en enero); sujeción mecánica negada.",
    allow={"89"})

base("sepsis_cl", {
    "paciente": {"sexo": "Masculino", "edad": 58},
    "unidad": "UCI - Hospital Clínico Universidad de Chile",
    "motivo_ingreso": "fiebre, ictericia y dolor en hipocondrio derecho, evolucionando con hipotensión refractaria a volumen",
    "diagnosticos": [{"codigo": "A41.5", "nombre": "Sepsis por gramnegativos"}, {"codigo": "K83.0", "nombre": "Colangitis aguda"}],
    "laboratorio": {"lactato": "5,8 mmol/L", "bilirrubina_total": "6,4 mg/dL", "leucocitos": "21.500",
                    "hemocultivos": "Klebsiella pneumoniae"},
    "procedimientos": ["intubación orotraqueal y ventilación mecánica invasiva por 4 días",
                       "CPRE con papilotomía y extracción de cálculos", "catéter venoso central yugular derecho"],
    "farmacos": [{"atc": "C01CA03", "nombre": "Noradrenalina", "dosis": "hasta 0,3 mcg/kg/min"},
                 {"atc": "J01DH02", "nombre": "Meropenem", "dosis": "1 g ev cada 8 horas"}],
    "evolucion": "suspensión de drogas vasoactivas al día 3, extubación al día 4, traslado a sala",
    "dias_uci": 6},
    """Ingresa por fiebre, ictericia y dolor en hipocondrio derecho, evolucionando con hipotensión refractaria a
    volumen, en paciente masculino de 58 años. Se diagnostica sepsis por gramnegativos (A41.5) de origen en colangitis
    aguda (K83.0), con lactato de 5,8 mmol/L, bilirrubina total de 6,4 mg/dL y leucocitos 21.500; los hemocultivos
    desarrollan Klebsiella pneumoniae. Requiere intubación orotraqueal con VMI por 4 días, instalación de CVC yugular
    derecho y noradrenalina (C01CA03) hasta 0,3 mcg/kg/min. Se realiza CPRE con papilotomía y extracción de cálculos,
    y se trata con meropenem (J01DH02) 1 g ev cada 8 horas. Evoluciona favorablemente, con suspensión de drogas
    vasoactivas al día 3 y extubación al día 4. Tras 6 días en UCI se traslada a sala para completar tratamiento
    antibiótico.""",
    "Limpio trampa: VMI y CVC son abreviaturas de procedimientos del input.")

base("hda_mx", {
    "nombre": "J. R. M.", "sexo": "hombre", "edad": 55,
    "servicio": "Gastroenterología - Hospital Civil de Guadalajara",
    "motivo": "melena de 2 días y hematemesis en una ocasión",
    "antecedentes": "consumo de AINE por lumbalgia",
    "signos": {"FC": "112 lpm", "TA": "92/58 mmHg"},
    "labs": {"Hb": "7,4 g/dL", "BUN": "48 mg/dL"},
    "endoscopia": "úlcera duodenal Forrest IIa en cara anterior de bulbo, tratada con adrenalina y clips hemostáticos; biopsia con Helicobacter pylori positivo",
    "dx": [{"cie10": "K26.4", "dx": "Úlcera duodenal crónica o no especificada con hemorragia"}],
    "transfusion": "2 concentrados eritrocitarios",
    "tx": [{"atc": "A02BC01", "med": "Omeprazol", "dosis": "40 mg IV cada 12 horas"}],
    "tx_egreso": [{"atc": "A02BC01", "med": "Omeprazol", "dosis": "20 mg VO cada 12 horas"},
                  {"atc": "J01CA04", "med": "Amoxicilina", "dosis": "1 g VO cada 12 horas por 14 días"},
                  {"atc": "J01FA09", "med": "Claritromicina", "dosis": "500 mg VO cada 12 horas por 14 días"}],
    "evolucion": "sin resangrado, Hb de control 9,1 g/dL", "dias": 4},
    """Ingresa por melena de 2 días y hematemesis en una ocasión en hombre de 55 años con consumo de AINE por
    lumbalgia. Al ingreso con FC de 112 lpm, TA de 92/58 mmHg, Hb de 7,4 g/dL y BUN de 48 mg/dL, por lo que se
    transfunden 2 concentrados eritrocitarios y se inicia omeprazol (A02BC01) 40 mg IV cada 12 horas. La endoscopia
    muestra úlcera duodenal Forrest IIa en cara anterior de bulbo, tratada con adrenalina y clips hemostáticos, con
    biopsia positiva para Helicobacter pylori. Se diagnostica úlcera duodenal con hemorragia (K26.4). Evoluciona sin
    resangrado y sin requerir cirugía, con Hb de control de 9,1 g/dL. Se egresa al día 4 con omeprazol 20 mg VO cada
    12 horas, amoxicilina (J01CA04) 1 g VO cada 12 horas y claritromicina (J01FA09) 500 mg VO cada 12 horas, ambos por 14 días.""",
    "Limpio trampa: omeprazol con dos pautas distintas (IV en hospital, VO al alta) ambas en el input; cirugía negada.")

base("asma_cl", {
    "nino": {"sexo": "femenino", "edad": "9 años", "peso": "31 kg"},
    "servicio": "Pediatría - Hospital Exequiel González Cortés",
    "motivo": "tos, sibilancias y dificultad respiratoria progresiva de 12 horas tras cuadro catarral",
    "antecedentes": [{"cie10": "J45.0", "desc": "Asma predominantemente alérgica"}],
    "ingreso": {"SatO2": "91%", "FR": "38 rpm", "Pulmonary score": "7"},
    "diagnostico": [{"cie10": "J46", "desc": "Crisis asmática severa (estado asmático)"}],
    "tratamiento": [{"atc": "R03AC02", "farmaco": "Salbutamol", "dosis": "4 puff cada 20 minutos por 3 ciclos, luego cada 4 horas"},
                    {"atc": "H02AB07", "farmaco": "Prednisona", "dosis": "40 mg VO cada 24 horas por 5 días"},
                    {"atc": "R03BB01", "farmaco": "Bromuro de ipratropio", "dosis": "4 puff cada 20 minutos por 3 ciclos"}],
    "evolucion": "sin requerimiento de oxígeno a las 36 horas",
    "educacion": "técnica inhalatoria con aerocámara al padre",
    "dias": 3, "acompanante": "padre"},
    """Ingresa por tos, sibilancias y dificultad respiratoria progresiva de 12 horas tras cuadro catarral en escolar de
    sexo femenino de 9 años y 31 kg, con antecedente de asma predominantemente alérgica (J45.0). Al ingreso presenta
    saturación de 91%, frecuencia respiratoria de 38 rpm y Pulmonary score de 7, diagnosticándose crisis asmática
    severa (J46). Recibe salbutamol (R03AC02) y bromuro de ipratropio (R03BB01), ambos 4 puff cada 20 minutos por 3
    ciclos, continuando luego salbutamol cada 4 horas, además de prednisona (H02AB07) 40 mg VO cada 24 horas por 5 días.
    Evoluciona sin requerimiento de oxígeno a las 36 horas. Su padre, quien la acompañó durante la hospitalización,
    recibe educación en técnica inhalatoria con aerocámara. Se indica alta a los 3 días con control en policlínico
    broncopulmonar.""",
    "Limpio trampa: 'Su padre, quien la acompañó' (masculino del acompañante, paciente femenina).")

base("tep_ar", {
    "patient": {"sex": "female", "age": 44},
    "ward": "Clínica Médica - Hospital de Clínicas José de San Martín",
    "chief_complaint": "disnea súbita y dolor pleurítico de 24 horas, con edema de pierna izquierda de 5 días",
    "history": "anticonceptivos orales combinados, suspendidos al ingreso",
    "studies": {"angiotomografia": "tromboembolismo pulmonar segmentario bilateral",
                "eco_doppler": "trombosis venosa profunda femoropoplítea izquierda",
                "ecocardiograma": "ventrículo derecho no dilatado"},
    "labs": {"dimero_D": "3.200 ng/mL", "troponina": "negativa"},
    "diagnoses": [{"icd10": "I26.9", "name": "Tromboembolismo pulmonar sin mención de cor pulmonale agudo"},
                  {"icd10": "I80.2", "name": "Trombosis venosa profunda de miembro inferior"}],
    "inpatient_meds": [{"atc": "B01AB05", "name": "Enoxaparina", "dose": "60 mg SC cada 12 horas"}],
    "discharge_meds": [{"atc": "B01AF01", "name": "Rivaroxabán", "dose": "15 mg VO cada 12 horas por 21 días, luego 20 mg cada 24 horas"}],
    "los_days": 5},
    """Ingresa por disnea súbita y dolor pleurítico de 24 horas, con edema de pierna izquierda de 5 días, en mujer de
    44 años usuaria de anticonceptivos orales combinados, que se suspenden al ingreso. La angiotomografía confirma
    tromboembolismo pulmonar segmentario bilateral y el eco Doppler muestra trombosis venosa profunda femoropoplítea
    izquierda. El ecocardiograma informa ventrículo derecho no dilatado y la troponina es negativa, con dímero D de
    3.200 ng/mL. Se diagnostica TEP sin cor pulmonale agudo (I26.9) y TVP de miembro inferior (I80.2), iniciándose
    enoxaparina (B01AB05) 60 mg SC cada 12 horas. No se indica trombólisis. Evoluciona estable y se otorga el alta a
    los 5 días con rivaroxabán (B01AF01) 15 mg VO cada 12 horas por 21 días, luego 20 mg cada 24 horas, con control
    en consultorio de hematología.""",
    "Limpio trampa: claves en inglés; TEP/TVP abreviaturas; 'ventrículo derecho' es anatomía, no lateralidad de lesión; trombólisis negada.")

base("colecisto_es", {
    "datos_administrativos": {"sexo": "Mujer", "edad": 61,
                              "servicio": "Cirugía General y del Aparato Digestivo - Hospital Virgen del Rocío"},
    "clinica": {"motivo": "dolor en hipocondrio derecho de 36 horas con fiebre de 38,2 °C y vómitos", "exploracion": "Murphy positivo"},
    "pruebas_complementarias": {"leucocitos": "14.900", "PCR": "132 mg/L", "bilirrubina": "0,9 mg/dL",
                                "ecografia": "vesícula distendida con pared de 6 mm y litiasis, vía biliar no dilatada"},
    "diagnostico": {"CIE-10": "K80.0", "literal": "Colelitiasis con colecistitis aguda"},
    "procedimiento": "colecistectomía laparoscópica urgente",
    "tratamiento": [{"ATC": "J01CR02", "principio": "amoxicilina/ácido clavulánico", "pauta": "1 g/200 mg iv cada 8 horas"},
                    {"ATC": "N02BB02", "principio": "metamizol", "pauta": "2 g iv cada 8 horas"}],
    "evolucion": "tolera dieta, afebril, heridas limpias", "estancia": 3},
    """Ingresa por dolor en hipocondrio derecho de 36 horas de evolución con fiebre de 38,2 °C y vómitos en mujer de 61
    años. A la exploración destaca Murphy positivo. Analíticamente presenta leucocitos 14.900, PCR 132 mg/L y
    bilirrubina de 0,9 mg/dL. La ecografía muestra vesícula distendida con pared de 6 mm y litiasis, con vía biliar no
    dilatada, sin datos de coledocolitiasis. Con diagnóstico de colelitiasis con colecistitis aguda (K80.0) se realiza
    colecistectomía laparoscópica urgente. Recibe amoxicilina/ácido clavulánico (J01CR02) 1 g/200 mg iv cada 8 horas
    y metamizol (N02BB02) 2 g iv cada 8 horas. En el postoperatorio tolera dieta, permanece afebril y las heridas
    están limpias, por lo que se procede al alta tras 3 días de ingreso con control en consultas externas de
    Cirugía.""",
    "Limpio trampa: coledocolitiasis mencionada como descartada ('sin datos de').")

base("cad_co", {
    "paciente": {"sexo": "masculino", "edad": 19},
    "servicio": "UCI adultos - Fundación Valle del Lili",
    "motivo": "polidipsia, poliuria, dolor abdominal y respiración de Kussmaul de 2 días",
    "desencadenante": "suspensión de insulina por dificultades de acceso",
    "paraclinicos": {"glucosa": "486 mg/dL", "pH": "7,12", "bicarbonato": "8 mEq/L", "cetonemia": "positiva", "potasio": "4,2 mEq/L"},
    "diagnostico": [{"cie10": "E10.1", "nombre": "Diabetes mellitus tipo 1 con cetoacidosis"}],
    "tratamiento": [{"atc": "A10AB01", "nombre": "Insulina cristalina", "dosis": "infusión a 0,1 UI/kg/h"},
                    {"atc": "B05BB01", "nombre": "Lactato de Ringer", "dosis": "reanimación hídrica"},
                    {"atc": "A12BA01", "nombre": "Cloruro de potasio", "dosis": "20 mEq por litro de líquidos"}],
    "alta": [{"atc": "A10AE04", "nombre": "Insulina glargina", "dosis": "18 UI SC en la noche"},
             {"atc": "A10AB05", "nombre": "Insulina aspart", "dosis": "4 UI SC con cada comida"}],
    "complicaciones": "ninguna",
    "dias": 4},
    """Ingresa por polidipsia, poliuria, dolor abdominal y respiración de Kussmaul de 2 días de evolución en paciente
    masculino de 19 años, secundario a suspensión de insulina por dificultades de acceso. Los paraclínicos muestran
    glucosa de 486 mg/dL, pH de 7,12, bicarbonato de 8 mEq/L, cetonemia positiva y potasio de 4,2 mEq/L, confirmando
    diabetes mellitus tipo 1 con cetoacidosis (E10.1). Se maneja en UCI con reanimación hídrica con lactato de Ringer
    (B05BB01), infusión de insulina cristalina (A10AB01) a 0,1 UI/kg/h y cloruro de potasio (A12BA01) 20 mEq por litro
    de líquidos. No presentó edema cerebral. Una vez resuelta la cetoacidosis se transiciona a insulina glargina
    (A10AE04) 18 UI SC en la noche e insulina aspart (A10AB05) 4 UI SC con cada comida. Se da egreso al día 4 con
    educación en diabetes.""",
    "Limpio trampa: edema cerebral negado ('No presentó').")

base("tb_mx",
    "Masculino de 37 años, originario de Chiapas, con infección por VIH (B24) de reciente diagnóstico, CD4 85 "
    "células/mm3, carga viral 245 000 copias/mL. Ingresa a Infectología del Instituto Nacional de Enfermedades "
    "Respiratorias por tos productiva de 6 semanas, fiebre vespertina, diaforesis nocturna y pérdida de 9 kg. "
    "Baciloscopia en esputo positiva, Xpert MTB/RIF detectado sin resistencia a rifampicina. Radiografía con cavitación "
    "apical derecha. Diagnóstico principal: tuberculosis pulmonar confirmada bacteriológicamente (A15.0). Se inicia "
    "rifampicina/isoniazida/pirazinamida/etambutol (J04AM06) 4 tabletas VO cada 24 horas y trimetoprima/sulfametoxazol "
    "(J01EE01) 160/800 mg VO cada 24 horas como profilaxis. El inicio de antirretrovirales se difiere 2 semanas por "
    "riesgo de síndrome inflamatorio de reconstitución inmune. Tolera el tratamiento sin hepatotoxicidad. Estancia de 10 días.",
    """Ingresa por tos productiva de 6 semanas, fiebre vespertina, diaforesis nocturna y pérdida de 9 kg en hombre de 37
    años con infección por VIH (B24) de reciente diagnóstico, con CD4 de 85 células/mm3 y carga viral de 245 000
    copias/mL. La baciloscopia en esputo es positiva y el Xpert MTB/RIF es detectado sin resistencia a rifampicina; la
    radiografía muestra cavitación apical derecha. Se diagnostica tuberculosis pulmonar confirmada bacteriológicamente
    (A15.0) y se inicia rifampicina/isoniazida/pirazinamida/etambutol (J04AM06) 4 tabletas VO cada 24 horas, además de
    trimetoprima/sulfametoxazol (J01EE01) 160/800 mg VO cada 24 horas como profilaxis. Se difiere el inicio de
    antirretrovirales 2 semanas por riesgo de síndrome inflamatorio de reconstitución inmune. Tolera el tratamiento sin
    hepatotoxicidad y egresa tras 10 días de estancia con control en la clínica de VIH.""",
    "Limpio trampa: input en texto libre; antirretrovirales diferidos (no administrados).")

base("hpp_cl", {
    "paciente": {"sexo": "F", "edad": 28, "formula_obstetrica": "G3P3"},
    "servicio": "Maternidad - Hospital Padre Hurtado",
    "motivo": "parto vaginal de término a las 39 semanas, seguido de sangrado genital abundante por inercia uterina",
    "diagnosticos": [{"codigo": "O72.1", "nombre": "Otras hemorragias postparto inmediatas"},
                     {"codigo": "O99.0", "nombre": "Anemia que complica el embarazo, el parto y el puerperio"}],
    "laboratorio": {"hemoglobina_postparto": "8,1 g/dL", "plaquetas": "210.000/mm3", "fibrinogeno": "320 mg/dL"},
    "manejo": [{"atc": "H01BB02", "farmaco": "Oxitocina", "dosis": "20 UI en 500 mL de suero fisiológico ev en 4 horas"},
               {"atc": "G02AD06", "farmaco": "Misoprostol", "dosis": "800 mcg vía rectal dosis única"},
               {"atc": "B02AA02", "farmaco": "Ácido tranexámico", "dosis": "1 g ev en 10 minutos"}],
    "al_alta": [{"atc": "B03AA07", "farmaco": "Sulfato ferroso", "dosis": "200 mg vo cada 24 horas"}],
    "recien_nacido": "varón de 3.350 g, Apgar 9/9, alojamiento conjunto",
    "respuesta": "buena respuesta uterina",
    "dias": 3},
    """Ingresa por parto vaginal de término a las 39 semanas, seguido de sangrado genital abundante por inercia
    uterina, en puérpera de 28 años, G3P3. Se diagnostica hemorragia postparto inmediata (O72.1) y se maneja con
    oxitocina (H01BB02) 20 UI en 500 mL de suero fisiológico ev en 4 horas, misoprostol (G02AD06) 800 mcg vía rectal
    en dosis única y ácido tranexámico (B02AA02) 1 g ev en 10 minutos, con buena respuesta uterina. La hemoglobina
    postparto es de 8,1 g/dL, con plaquetas de 210.000/mm3 y fibrinógeno de 320 mg/dL, configurando anemia que
    complica el puerperio (O99.0). El recién nacido, varón de 3.350 g con Apgar 9/9, permanece en alojamiento
    conjunto. Se da de alta a los 3 días con sulfato ferroso (B03AA07) 200 mg vo cada 24 horas y control en su
    CESFAM.""",
    "Limpio trampa: 'varón' se refiere al recién nacido, no a la puérpera.")

base("ovario_es", {
    "id_paciente": "HC-558201", "sexo": "femenino", "edad": 34,
    "servicio": "Ginecología - Hospital Universitario Doce de Octubre",
    "motivo": "dolor súbito en fosa ilíaca derecha con náuseas de 6 horas de evolución",
    "eco_transvaginal": "ovario derecho aumentado de tamaño (7 cm) con flujo Doppler disminuido; ovario izquierdo normal",
    "bhcg": "negativa",
    "juicio_clinico": [{"cie10": "N83.5", "descripcion": "Torsión de ovario y trompa"}],
    "intervencion": "laparoscopia urgente con detorsión anexial derecha y quistectomía de quiste dermoide, conservando el ovario",
    "anatomia_patologica": "teratoma quístico maduro",
    "tratamiento": [{"atc": "J01DB04", "farmaco": "cefazolina", "pauta": "2 g iv profilaxis"},
                    {"atc": "M01AE01", "farmaco": "ibuprofeno", "pauta": "600 mg vo cada 8 horas"}],
    "postoperatorio": "sin incidencias",
    "estancia": 2},
    """Ingresa por dolor súbito en fosa ilíaca derecha con náuseas de 6 horas de evolución en mujer de 34 años. La
    ecografía transvaginal muestra ovario derecho aumentado de tamaño, de 7 cm, con flujo Doppler disminuido y ovario
    izquierdo normal; la beta-hCG es negativa. Con juicio clínico de torsión de ovario y trompa (N83.5) se realiza
    laparoscopia urgente con detorsión anexial derecha y quistectomía de quiste dermoide, bajo profilaxis con
    cefazolina (J01DB04) 2 g iv. La anatomía patológica informa teratoma quístico maduro. El postoperatorio cursa sin
    incidencias, con analgesia con ibuprofeno (M01AE01) 600 mg vo cada 8 horas. Se conserva el ovario, sin necesidad
    de anexectomía. Alta a los 2 días con control en consultas de Ginecología.""",
    "Limpio trampa: ovario derecho afectado y ovario izquierdo normal (dos lados correctos); anexectomía negada.")

base("tec_ar", {
    "paciente": {"sexo": "masculino", "edad": 22},
    "servicio": "Neurocirugía - Hospital de Emergencias Clemente Álvarez, Rosario",
    "mecanismo": "accidente en motocicleta sin casco",
    "ingreso": {"Glasgow": "13/15", "pupilas": "anisocoria con midriasis derecha"},
    "tomografia": "hematoma epidural temporal derecho de 32 mL con desplazamiento de línea media de 6 mm",
    "diagnostico": [{"cie10": "S06.4", "detalle": "Hemorragia epidural"}],
    "cirugia": "craneotomía temporal derecha con evacuación del hematoma",
    "medicacion": [{"atc": "N03AX14", "droga": "levetiracetam", "dosis": "500 mg cada 12 horas EV, luego VO"},
                   {"atc": "N02BE01", "droga": "paracetamol", "dosis": "1 g cada 8 horas"}],
    "evolucion": "Glasgow 15/15 a las 24 horas, sin foco motor",
    "dias_internacion": 6},
    """Ingresa por accidente en motocicleta sin casco en paciente masculino de 22 años, con Glasgow de 13/15 y
    anisocoria con midriasis derecha. La tomografía evidencia hematoma epidural temporal derecho de 32 mL con
    desplazamiento de la línea media de 6 mm, diagnosticándose hemorragia epidural (S06.4). Se realiza craneotomía
    temporal derecha con evacuación del hematoma, sin complicaciones. Recibe levetiracetam (N03AX14) 500 mg cada 12
    horas EV, luego por vía oral, y paracetamol (N02BE01) 1 g cada 8 horas. Evoluciona con Glasgow de 15/15 a las 24
    horas y sin foco motor. No requirió ingreso a terapia intensiva ni intubación orotraqueal. Se otorga el alta tras
    6 días de internación, con control por consultorio de neurocirugía y pautas de alarma.""",
    "Limpio trampa: intubación y terapia intensiva negadas; tres menciones 'derecha' coherentes.")

base("prematuro_es", {
    "recien_nacido": {"sexo": "varón", "edad_gestacional": "32 semanas", "peso": "1.640 g", "apgar": "6/8"},
    "madre": {"edad": 29, "corticoides_prenatales": "pauta completa de betametasona"},
    "unidad": "UCI Neonatal - Hospital Sant Joan de Déu",
    "motivo": "prematuridad y dificultad respiratoria desde el nacimiento",
    "diagnosticos": [{"cie10": "P07.3", "nombre": "Otros recién nacidos pretérmino"},
                     {"cie10": "P22.0", "nombre": "Síndrome de dificultad respiratoria del recién nacido"}],
    "soporte": "CPAP nasal durante 72 horas, sin ventilación mecánica invasiva",
    "farmacos": [{"atc": "R07AA02", "nombre": "poractant alfa (surfactante)", "dosis": "200 mg/kg intratraqueal, dosis única"},
                 {"atc": "N06BC01", "nombre": "citrato de cafeína", "dosis": "20 mg/kg de carga y 5 mg/kg cada 24 horas"}],
    "evolucion": "nutrición enteral completa al día 9, ganancia ponderal adecuada, ecografía cerebral normal",
    "dias_ingreso": 24},
    """Ingresa por prematuridad y dificultad respiratoria desde el nacimiento en recién nacido varón de 32 semanas de
    edad gestacional y 1.640 g, con Apgar 6/8, hijo de madre de 29 años que recibió pauta completa de betametasona. Se
    diagnostica síndrome de dificultad respiratoria del recién nacido (P22.0) en otro recién nacido pretérmino
    (P07.3). Recibe una dosis única de surfactante poractant alfa (R07AA02) 200 mg/kg intratraqueal y precisa CPAP
    nasal durante 72 horas, sin necesidad de ventilación mecánica invasiva. Se administra citrato de cafeína
    (N06BC01) 20 mg/kg de carga y 5 mg/kg cada 24 horas. Alcanza nutrición enteral completa al día 9 con ganancia
    ponderal adecuada y ecografía cerebral normal. Se procede al alta tras 24 días de ingreso, con seguimiento en
    consultas de Neonatología.""",
    "Limpio trampa: edad de la madre (29 años) no es la del paciente; betametasona fue a la madre y está en el input.")

base("celulitis_co", {
    "usuario": {"sexo": "Masculino", "edad": "47 años", "regimen": "contributivo"},
    "servicio": "Medicina Interna - Hospital San Vicente Fundación",
    "motivo_consulta": "eritema, calor, edema y dolor en pierna izquierda de 4 días con fiebre",
    "antecedentes": [{"cie": "E11.9", "dx": "Diabetes mellitus tipo 2"}],
    "medicamentos_previos": [{"atc": "A10BA02", "nombre": "metformina", "dosis": "850 mg cada 12 horas"}],
    "paraclinicos": {"leucocitos": "13.700", "PCR": "11,2 mg/dL", "glucemia": "212 mg/dL",
                     "doppler_venoso": "sin trombosis venosa profunda"},
    "dx_egreso": [{"cie": "L03.1", "dx": "Celulitis de miembro inferior izquierdo"}],
    "antibioticos": [{"atc": "J01DB04", "nombre": "cefazolina", "dosis": "1 g IV cada 8 horas"},
                     {"atc": "J01DB01", "nombre": "cefalexina", "dosis": "500 mg VO cada 6 horas por 7 días al egreso"}],
    "evolucion": "disminución del eritema demarcado, afebril a las 48 horas", "dias_estancia": 4},
    """Ingresa por eritema, calor, edema y dolor en pierna izquierda de 4 días de evolución con fiebre en paciente
    masculino de 47 años con diabetes mellitus tipo 2 (E11.9) en manejo con metformina (A10BA02) 850 mg cada 12 horas.
    Los paraclínicos reportan leucocitos de 13.700, PCR de 11,2 mg/dL y glucemia de 212 mg/dL; el Doppler venoso
    descarta trombosis venosa profunda. Se diagnostica celulitis de miembro inferior izquierdo (L03.1) y se inicia
    cefazolina (J01DB04) 1 g IV cada 8 horas. Evoluciona afebril a las 48 horas con disminución del eritema demarcado.
    Se da egreso a los 4 días con cefalexina (J01DB01) 500 mg VO cada 6 horas por 7 días y control por consulta
    externa de medicina interna.""",
    "Limpio trampa: input como lista campo/valor; TVP descartada por Doppler.",
    shape="fields")

base("ic_cl", {
    "paciente": {"sexo": "Femenino", "fecha_nacimiento": "1943-09-30"},
    "fecha_ingreso": "2024-11-18",
    "servicio": "Medicina Interna - Hospital Carlos Van Buren",
    "motivo_consulta": {"sintomas": ["disnea de esfuerzos progresiva", "ortopnea", "edema de extremidades inferiores"],
                        "tiempo_evolucion": "10 días"},
    "antecedentes": [{"codigo": "I48.9", "nombre": "Fibrilación auricular"}, {"codigo": "I10", "nombre": "Hipertensión arterial"}],
    "medicamentos_habituales": [{"codigo": "B01AF02", "nombre": "Apixabán", "dosis": "2,5 mg cada 12 horas"},
                                {"codigo": "C07AB07", "nombre": "Bisoprolol", "dosis": "5 mg cada 24 horas"}],
    "examen_fisico": ["crepitaciones bibasales", "ingurgitación yugular", "edema bilateral de extremidades inferiores"],
    "examenes": {"NT-proBNP": "8.450 pg/mL", "creatinina": "1,3 mg/dL", "potasio": "4,4 mEq/L"},
    "estudios": [{"nombre": "Ecocardiograma", "resultado": "FEVI 35%, dilatación de ventrículo izquierdo"},
                 {"nombre": "Radiografía de tórax", "resultado": "derrame pleural bilateral"}],
    "diagnosticos": [{"codigo": "I50.0", "nombre": "Insuficiencia cardíaca congestiva", "tipo": "principal"}],
    "tratamiento": [{"codigo": "C03CA01", "nombre": "Furosemida", "dosis": "40 mg cada 12 horas", "via": "endovenosa"}],
    "tratamiento_alta": [{"codigo": "C03CA01", "nombre": "Furosemida", "dosis": "40 mg cada 24 horas", "via": "oral"},
                         {"codigo": "C09AA02", "nombre": "Enalapril", "dosis": "5 mg cada 12 horas", "via": "oral"}],
    "evolucion": ["balance hídrico negativo de 4 litros", "baja de peso de 3 kg", "sin requerimiento de oxígeno al alta"],
    "dias_hospitalizacion": 7},
    """Ingresa por disnea de esfuerzos progresiva, ortopnea y edema de extremidades inferiores de 10 días de evolución
    en paciente de sexo femenino de 81 años con fibrilación auricular (I48.9) e hipertensión arterial (I10), usuaria
    de apixabán (B01AF02) 2,5 mg cada 12 horas y bisoprolol (C07AB07) 5 mg cada 24 horas. Al examen presenta
    crepitaciones bibasales, ingurgitación yugular y edema bilateral de extremidades inferiores. Destaca NT-proBNP de
    8.450 pg/mL, creatinina de 1,3 mg/dL y potasio de 4,4 mEq/L. El ecocardiograma muestra FEVI de 35% con dilatación
    del ventrículo izquierdo y la radiografía de tórax, derrame pleural bilateral. Se diagnostica insuficiencia
    cardíaca congestiva (I50.0) y se trata con furosemida (C03CA01) 40 mg cada 12 horas endovenosa, logrando balance
    hídrico negativo de 4 litros y baja de peso de 3 kg. Se otorga el alta tras 7 días con furosemida 40 mg cada 24
    horas oral y enalapril (C09AA02) 5 mg cada 12 horas.""",
    "Limpio trampa: edad 81 derivada de fechas; furosemida con pauta hospitalaria y de alta distintas, ambas en el input.",
    allow={"81"})
