"""blind15 scenarios S07-S12: Cuba, Panamá, Honduras, El Salvador, Nicaragua, Puerto Rico."""
from cases_common import I, O, P, T, scenario

S07 = scenario(
    "S07",
    setting="Cuba, Hospital Clínico Quirúrgico Hermanos Ameijeiras (La Habana), hematología; inducción de leucemia mieloide aguda; varón de 45 años",
    style="prosa dictada, vocabulario cubano (estadía, hematíes, medulograma)",
    schema="objeto anidado; hemograma con valores como cadenas con unidades; quimioterapia anidada en esquema/fármacos",
    input={
        "hospital": "Hospital Clínico Quirúrgico Hermanos Ameijeiras, La Habana",
        "servicio": "Hematología",
        "paciente": {"sexo": "masculino", "edad": 45},
        "motivo_ingreso": "astenia, fiebre y gingivorragia de 2 semanas",
        "hemograma_ingreso": {"Hb": "7,6 g/dL", "leucocitos": "48,3 x 10^9/L", "plaquetas": "22 x 10^9/L",
                              "blastos en sangre periférica": "62 %"},
        "medulograma": "infiltración por 78 % de blastos mieloides, mieloperoxidasa positiva",
        "diagnostico": {"codigo": "C92.0", "descripcion": "Leucemia mieloide aguda"},
        "procedimientos": ["colocación de catéter venoso central yugular derecho",
                           "transfusión de 4 concentrados de plaquetas y 3 de hematíes"],
        "quimioterapia": {"fase": "inducción", "esquema": "7+3", "farmacos": [
            {"atc": "L01BC01", "nombre": "citarabina", "dosis": "100 mg/m2/día en infusión continua", "dias": "1 al 7"},
            {"atc": "L01DB02", "nombre": "daunorrubicina", "dosis": "60 mg/m2/día", "dias": "1 al 3"}]},
        "complicaciones": "sin complicaciones infecciosas",
        "medulograma_dia_28": "remisión completa con 3 % de blastos",
        "estadia": "31 días",
        "conducta": "consolidación con citarabina a altas dosis; seguimiento en consulta de hematología en 7 días",
    },
    output=("Ingresa por astenia, fiebre y gingivorragia de 2 semanas de evolución, en un paciente masculino de 45 años. "
            "El hemograma de ingreso muestra Hb 7,6 g/dL, leucocitos 48,3 x 10^9/L, plaquetas 22 x 10^9/L y 62 % de "
            "blastos en sangre periférica. El medulograma informa infiltración por 78 % de blastos mieloides con "
            "mieloperoxidasa positiva, y se diagnostica leucemia mieloide aguda (C92.0). Se coloca catéter venoso central "
            "yugular derecho y se inicia inducción con esquema 7+3: citarabina (L01BC01) 100 mg/m2/día en infusión continua "
            "los días 1 al 7 y daunorrubicina (L01DB02) 60 mg/m2/día los días 1 al 3. Requiere transfusión de 4 "
            "concentrados de plaquetas y 3 de hematíes, sin complicaciones infecciosas. El medulograma del día 28 confirma "
            "remisión completa con 3 % de blastos. Egresa tras 31 días de estadía, pendiente de consolidación con "
            "citarabina a altas dosis y con seguimiento en consulta de hematología en 7 días."),
    variants=[
        T("finding supported by the input's lab value: anemia from Hb 7,6 g/dL",
          O("muestra Hb 7,6 g/dL", "muestra anemia con Hb 7,6 g/dL")),
        T("device in the input under its abbreviation: CVC = catéter venoso central",
          O("Se coloca catéter venoso central yugular derecho", "Se coloca CVC yugular derecho")),
        T("decimal comma replaced by a point (48,3 = 48.3)",
          O("leucocitos 48,3 x 10^9/L", "leucocitos 48.3 x 10^9/L")),
        P("HAL004", "side contradicts the input: central line in the right jugular, output says left",
          O("catéter venoso central yugular derecho", "catéter venoso central yugular izquierdo")),
        P("DEM001", "sex contradicts the input (masculino)",
          O("en un paciente masculino de 45 años", "en una paciente femenina de 45 años")),
        P("HAL003", "dose contradicts the input for daunorrubicina (60 mg/m2/día in the input, 100 in the output); 100 is cytarabine's dose elsewhere in the input and does not ground it",
          O("daunorrubicina (L01DB02) 60 mg/m2/día", "daunorrubicina (L01DB02) 100 mg/m2/día")),
        P("HAL001", "diagnosis not in the input: mucositis oral (the grade digit 2 occurs in the input)",
          O("sin complicaciones infecciosas.", "sin complicaciones infecciosas, aunque presenta mucositis oral grado 2.")),
        P("COD006", "the ATC code of daunorrubicina (L01DB02) is left out of the output",
          O("daunorrubicina (L01DB02) 60", "daunorrubicina 60")),
        P("REP001", "degenerate loop: a phrase repeated four times",
          O("sin complicaciones infecciosas.", "sin complicaciones infecciosas, sin complicaciones infecciosas, sin complicaciones infecciosas, sin complicaciones infecciosas.")),
        P("COD002", "CIE-10 code R50.9 attached to 'fiebre'; the code does not occur in the input",
          O("Ingresa por astenia, fiebre y", "Ingresa por astenia, fiebre (R50.9) y")),
    ],
)

S08 = scenario(
    "S08",
    setting="Panamá, Hospital Santo Tomás, infectología; VIH avanzado con meningitis criptocócica; varón de 36 años",
    style="telegráfico con abreviaturas (TAR, LCR, Dx, Tto, c/6h)",
    schema="claves planas 'sexo': 'M', 'edad'; hallazgos en objeto; tratamientos como lista de cadenas con el código ATC dentro",
    input={
        "hospital": "Hospital Santo Tomás, Ciudad de Panamá",
        "sala": "Infectología",
        "sexo": "M",
        "edad": 36,
        "motivo": "cefalea holocraneana intensa, fiebre y vómitos de 10 días",
        "antecedentes": "VIH diagnosticado hace 2 años, abandono de terapia antirretroviral",
        "hallazgos": {"CD4": "38 células/µL", "carga viral": "245.000 copias/mL", "presion_apertura_LCR": "32 cmH2O",
                      "tinta china": "positiva", "antigeno criptococico LCR": "positivo"},
        "diagnosticos": [
            {"cie10": "B20.5", "texto": "Enfermedad por VIH resultante en otras micosis"},
            {"cie10": "B45.1", "texto": "Criptococosis cerebral (meningitis criptocócica)"}],
        "procedimientos": "punciones lumbares evacuadoras seriadas (4)",
        "tratamiento_hospitalario": [
            "anfotericina B liposomal (J02AA01) 3 mg/kg/día EV por 14 días",
            "flucitosina (J02AX01) 25 mg/kg cada 6 horas VO por 14 días"],
        "tratamiento_egreso": [
            "fluconazol (J02AC01) 800 mg al día VO por 8 semanas",
            "bictegravir/emtricitabina/tenofovir alafenamida (J05AR20) 1 tableta diaria VO, a iniciar a las 4-6 semanas del antifúngico",
            "trimetoprim/sulfametoxazol (J01EE01) 160/800 mg diario VO"],
        "evolucion": "cultivo de LCR negativo al día 14, desaparición de la cefalea",
        "dias_estancia": 17,
    },
    output=("Ingresa por cefalea holocraneana intensa, fiebre y vómitos de 10 días de evolución. Varón de 36 años con VIH diagnosticado "
            "hace 2 años y abandono de TAR. LCR: presión de apertura 32 cmH2O, tinta china y antígeno criptocócico "
            "positivos. CD4 38 células/µL, carga viral 245.000 copias/mL. Dx: enfermedad por VIH resultante en otras "
            "micosis (B20.5) y meningitis criptocócica (B45.1). Tto: anfotericina B liposomal (J02AA01) 3 mg/kg/día EV y "
            "flucitosina (J02AX01) 25 mg/kg c/6h VO por 14 días, con 4 punciones lumbares evacuadoras seriadas. "
            "Evolución: desaparición de la cefalea, cultivo de LCR negativo al día 14. Alta a los 17 días con fluconazol "
            "(J02AC01) 800 mg/día VO por 8 semanas, trimetoprim/sulfametoxazol (J01EE01) 160/800 mg diario VO y "
            "bictegravir/emtricitabina/tenofovir alafenamida (J05AR20) 1 tableta diaria VO, a iniciar a las 4-6 semanas "
            "del antifúngico."),
    variants=[
        T("synonym: cotrimoxazol = trimetoprim/sulfametoxazol, same code",
          O("trimetoprim/sulfametoxazol (J01EE01)", "cotrimoxazol (J01EE01)")),
        T("frequency written another way: 800 mg/día = 800 mg cada 24 horas (24 is not in the input but is the same frequency)",
          O("fluconazol (J02AC01) 800 mg/día VO", "fluconazol (J02AC01) 800 mg cada 24 horas VO")),
        P("DEM001", "sex contradicts the input (M)",
          O("Varón de 36 años", "Mujer de 36 años")),
        P("HAL003", "route contradicts the input for flucitosina (VO in the input, EV in the output)",
          O("flucitosina (J02AX01) 25 mg/kg c/6h VO", "flucitosina (J02AX01) 25 mg/kg c/6h EV")),
        P("HAL002", "lab value not in the input: CD4 83 (input 38)",
          O("CD4 38 células/µL", "CD4 83 células/µL")),
        P("COD003", "ATC code written without parentheses",
          O("fluconazol (J02AC01) 800", "fluconazol J02AC01 800")),
        P("HAL001", "procedure not in the input: derivación ventriculoperitoneal",
          O("con 4 punciones lumbares evacuadoras seriadas.", "con 4 punciones lumbares evacuadoras seriadas y colocación de derivación ventriculoperitoneal.")),
        P("CLN001", "metformina (A10BA02) added to input and output; no diabetes among the input's diagnoses",
          I("\"trimetoprim/sulfametoxazol (J01EE01) 160/800 mg diario VO\"",
            "\"trimetoprim/sulfametoxazol (J01EE01) 160/800 mg diario VO\", \"metformina (A10BA02) 850 mg cada 12 horas VO\""),
          O("160/800 mg diario VO y", "160/800 mg diario VO, metformina (A10BA02) 850 mg c/12h VO y")),
        T("age in words (36)",
          O("Varón de 36 años", "Varón de treinta y seis años")),
        P("FMT003", "output cut to about 45 words (below 80); every input code kept, nothing outside the input",
          O("Ingresa por cefalea holocraneana intensa, fiebre y vómitos de 10 días de evolución. Varón de 36 años con VIH "
            "diagnosticado hace 2 años y abandono de TAR. LCR: presión de apertura 32 cmH2O, tinta china y antígeno "
            "criptocócico positivos. CD4 38 células/µL, carga viral 245.000 copias/mL. Dx:",
            "Ingresa por cefalea, fiebre y vómitos de 10 días. Varón de 36 años con"),
          O(" Tto: anfotericina B liposomal (J02AA01) 3 mg/kg/día EV y flucitosina (J02AX01) 25 mg/kg c/6h VO por 14 días, "
            "con 4 punciones lumbares evacuadoras seriadas. Evolución: desaparición de la cefalea, cultivo de LCR negativo al "
            "día 14. Alta a los 17 días con fluconazol (J02AC01) 800 mg/día VO por 8 semanas, trimetoprim/sulfametoxazol "
            "(J01EE01) 160/800 mg diario VO y bictegravir/emtricitabina/tenofovir alafenamida (J05AR20) 1 tableta diaria "
            "VO, a iniciar a las 4-6 semanas del antifúngico.",
            " Recibe anfotericina B liposomal (J02AA01) y flucitosina (J02AX01). Alta con fluconazol (J02AC01), "
            "trimetoprim/sulfametoxazol (J01EE01) y bictegravir/emtricitabina/tenofovir alafenamida (J05AR20).")),
    ],
)

S09 = scenario(
    "S09",
    setting="Honduras, Instituto Nacional Cardiopulmonar 'El Tórax' (Tegucigalpa), tuberculosis pulmonar; mujer de 61 años con DM2",
    style="prosa dictada",
    schema="documento con lista de secciones {titulo, contenido} en texto libre; códigos y fecha de nacimiento dentro del texto",
    input={
        "documento": "Resumen de egreso",
        "hospital": "Instituto Nacional Cardiopulmonar (El Tórax), Tegucigalpa",
        "secciones": [
            {"titulo": "Datos", "contenido": "Sexo: mujer. Fecha de nacimiento: 12/05/1962. Fecha de ingreso: 03/02/2024."},
            {"titulo": "Motivo", "contenido": "tos productiva de 6 semanas, hemoptisis leve, fiebre vespertina, sudoración nocturna y pérdida de 7 kg"},
            {"titulo": "Antecedentes", "contenido": "diabetes mellitus tipo 2 (E11.9) en tratamiento con metformina (A10BA02) 850 mg cada 12 horas"},
            {"titulo": "Estudios", "contenido": "baciloscopía de esputo positiva (++); GeneXpert MTB detectado, resistencia a rifampicina no detectada; radiografía de tórax con cavitación en lóbulo superior derecho; glucemia 212 mg/dL; VIH negativo"},
            {"titulo": "Diagnóstico", "contenido": "A15.0 Tuberculosis pulmonar confirmada por baciloscopía"},
            {"titulo": "Tratamiento", "contenido": "fase intensiva con rifampicina/isoniazida/pirazinamida/etambutol (J04AM06) 4 tabletas al día VO en dosis fija combinada; piridoxina (A11HA02) 25 mg al día VO"},
            {"titulo": "Evolución", "contenido": "afebril desde el día 5, buena tolerancia, sin hepatotoxicidad"},
            {"titulo": "Egreso", "contenido": "estancia de 12 días; tratamiento directamente observado en su centro de salud; estudio de contactos convivientes; control de baciloscopía al segundo mes"}],
    },
    output=("Ingresa por tos productiva de 6 semanas de evolución con hemoptisis leve, fiebre vespertina, sudoración "
            "nocturna y pérdida de 7 kg, en una mujer de 61 años con diabetes mellitus tipo 2 (E11.9) tratada con "
            "metformina (A10BA02) 850 mg cada 12 horas. La baciloscopía de esputo es positiva (++) y el GeneXpert detecta "
            "MTB sin resistencia a rifampicina; la radiografía de tórax muestra cavitación en el lóbulo superior derecho. "
            "Glucemia de 212 mg/dL y VIH negativo. Se diagnostica tuberculosis pulmonar confirmada por baciloscopía "
            "(A15.0) y se inicia fase intensiva con rifampicina/isoniazida/pirazinamida/etambutol (J04AM06) en dosis fija "
            "combinada, 4 tabletas al día por vía oral, junto con piridoxina (A11HA02) 25 mg al día. Permanece afebril "
            "desde el día 5, con buena tolerancia y sin hepatotoxicidad. Egresa tras 12 días de estancia para tratamiento "
            "directamente observado en su centro de salud, con estudio de contactos convivientes y control de "
            "baciloscopía al segundo mes."),
    note="base: clean; the age 61 follows from birth date 12/05/1962 and admission 03/02/2024 (birthday not yet reached)",
    variants=[
        T("age in words, consistent with the birth date (61)",
          O("en una mujer de 61 años", "en una mujer de sesenta y un años")),
        T("finding supported by the input's own lab value: hiperglucemia from glucemia 212 mg/dL",
          O("Glucemia de 212 mg/dL", "Hiperglucemia de 212 mg/dL")),
        P("DEM001", "age contradicts the input: 'octogenaria' while the birth date gives 61 years (no digits, so no HAL002)",
          O("en una mujer de 61 años", "en una mujer octogenaria")),
        P("DEM001", "sex contradicts the input (mujer): 'un hombre ... tratado'",
          O("en una mujer de 61 años con diabetes mellitus tipo 2 (E11.9) tratada", "en un hombre de 61 años con diabetes mellitus tipo 2 (E11.9) tratado")),
        P("HAL004", "side contradicts the input: cavitation in the right upper lobe, output says left",
          O("lóbulo superior derecho", "lóbulo superior izquierdo")),
        P("HAL003", "frequency contradicts the input for metformina (cada 12 horas in the input, once a day in the output)",
          O("metformina (A10BA02) 850 mg cada 12 horas", "metformina (A10BA02) 850 mg una vez al día")),
        P("COD007", "diabetes code changed in both input and output to E19.9, well-formed but not an ICD-10 code; the label still matches the input",
          I("(E11.9)", "(E19.9)"), O("(E11.9)", "(E19.9)")),
        P("FMT002", "markdown bold around the diagnosis",
          O("Se diagnostica tuberculosis pulmonar confirmada por baciloscopía", "Se diagnostica **tuberculosis pulmonar confirmada por baciloscopía**")),
        T("negation: HIV infection ruled out (negative test in the input)",
          O("y VIH negativo.", "y se descarta infección por VIH con prueba negativa.")),
    ],
)

S10 = scenario(
    "S10",
    setting="El Salvador, Hospital Nacional Rosales (San Salvador), tormenta tiroidea con fibrilación auricular; mujer de 41 años",
    style="prosa dictada",
    schema="claves planas 'sexo': 'mujer', 'edad'; signos y laboratorio como objetos de cadenas; diagnósticos y tratamiento con clave 'codigo'",
    input={
        "hospital": "Hospital Nacional Rosales, San Salvador",
        "servicio": "Medicina Interna / Endocrinología",
        "sexo": "mujer",
        "edad": 41,
        "acompanante": "hijo",
        "motivo_ingreso": "palpitaciones, agitación psicomotora, diarrea y fiebre de 3 días; abandono de metimazol hace 2 meses",
        "signos_vitales": {"temperatura": "39,4 °C", "FC": "148 lpm irregular", "PA": "150/60 mmHg"},
        "laboratorio": {"TSH": "inferior a 0,01 mUI/L", "T4 libre": "6,8 ng/dL", "potasio": "3,2 mEq/L"},
        "ecg": "fibrilación auricular con respuesta ventricular rápida",
        "escala_Burch_Wartofsky": 65,
        "diagnosticos": [
            {"codigo": "E05.5", "descripcion": "Crisis o tormenta tirotóxica"},
            {"codigo": "E05.0", "descripcion": "Enfermedad de Graves"},
            {"codigo": "I48.9", "descripcion": "Fibrilación auricular"}],
        "tratamiento": [
            {"codigo": "H03BB02", "medicamento": "Metimazol", "dosis": "20 mg cada 6 horas", "via": "oral"},
            {"codigo": "C07AA05", "medicamento": "Propranolol", "dosis": "60 mg cada 6 horas", "via": "oral"},
            {"codigo": "H02AB09", "medicamento": "Hidrocortisona", "dosis": "100 mg cada 8 horas", "via": "intravenosa"},
            {"codigo": "B01AB05", "medicamento": "Enoxaparina", "dosis": "1 mg/kg cada 12 horas", "via": "subcutánea"}],
        "evolucion": "ritmo sinusal a las 48 horas, afebril al cuarto día, FC 84 lpm al egreso",
        "dias_hospitalizacion": 7,
        "plan_egreso": "metimazol 20 mg cada 8 horas y propranolol 40 mg cada 8 horas; control en endocrinología en 2 semanas para valorar yodo radiactivo",
    },
    output=("Ingresa por palpitaciones, agitación psicomotora, diarrea y fiebre de 3 días de evolución en una mujer de 41 "
            "años con enfermedad de Graves (E05.0) que abandonó el metimazol hace 2 meses. Al ingreso: temperatura "
            "39,4 °C, FC 148 lpm irregular y PA 150/60 mmHg; el ECG muestra fibrilación auricular (I48.9) con respuesta "
            "ventricular rápida. TSH inferior a 0,01 mUI/L, T4 libre 6,8 ng/dL y potasio 3,2 mEq/L, con escala de "
            "Burch-Wartofsky de 65 puntos, compatible con tormenta tirotóxica (E05.5). Se trata con metimazol (H03BB02) "
            "20 mg cada 6 horas VO, propranolol (C07AA05) 60 mg cada 6 horas VO, hidrocortisona (H02AB09) 100 mg cada 8 "
            "horas IV y enoxaparina (B01AB05) 1 mg/kg cada 12 horas SC. Revierte a ritmo sinusal a las 48 horas, queda "
            "afebril al cuarto día y presenta FC de 84 lpm al egreso. Egresa tras 7 días con metimazol 20 mg cada 8 horas "
            "y propranolol 40 mg cada 8 horas, y control en endocrinología en 2 semanas para valorar yodo radiactivo."),
    variants=[
        T("finding supported by the input's lab value: hipopotasemia from potasio 3,2 mEq/L",
          O("potasio 3,2 mEq/L", "hipopotasemia de 3,2 mEq/L")),
        T("another person (her son, in the input) next to the female patient; 'traída' agrees with the patient",
          O("en una mujer de 41 años con", "en una mujer de 41 años, traída por su hijo, con")),
        P("DEM001", "sex contradicts the input (mujer)",
          O("en una mujer de 41 años", "en un varón de 41 años")),
        P("HAL003", "frequency contradicts the input's discharge dose for propranolol (40 mg cada 8 horas); 12 occurs elsewhere in the input (enoxaparina) and does not ground it",
          O("propranolol 40 mg cada 8 horas, y control", "propranolol 40 mg cada 12 horas, y control")),
        P("HAL001", "drug not in the input: solución de Lugol (indicated for thyroid storm, so no CLN001)",
          O("Se trata con metimazol (H03BB02)", "Se trata con solución de Lugol, metimazol (H03BB02)")),
        P("CLN001", "sertralina (N06AB06) added to input and output; no depressive or anxiety disorder among the input's diagnoses",
          I("{\"codigo\": \"B01AB05\", \"medicamento\": \"Enoxaparina\", \"dosis\": \"1 mg/kg cada 12 horas\", \"via\": \"subcutánea\"}",
            "{\"codigo\": \"B01AB05\", \"medicamento\": \"Enoxaparina\", \"dosis\": \"1 mg/kg cada 12 horas\", \"via\": \"subcutánea\"}, {\"codigo\": \"N06AB06\", \"medicamento\": \"Sertralina\", \"dosis\": \"50 mg al día\", \"via\": \"oral\"}"),
          O("enoxaparina (B01AB05) 1 mg/kg cada 12 horas SC.", "enoxaparina (B01AB05) 1 mg/kg cada 12 horas SC y sertralina (N06AB06) 50 mg al día VO.")),
        P("HAL002", "lab value not in the input: T4 libre 7,8 (input 6,8)",
          O("T4 libre 6,8 ng/dL", "T4 libre 7,8 ng/dL")),
        P("COD001", "CIE-10 code written without parentheses",
          O("fibrilación auricular (I48.9) con", "fibrilación auricular I48.9 con")),
        P("FMT001", "wrong case: 'INGRESA POR' is not 'Ingresa por'",
          O("Ingresa por palpitaciones", "INGRESA POR palpitaciones")),
        T("negation: no electrical cardioversion needed; not a claim",
          O("Revierte a ritmo sinusal a las 48 horas", "Revierte a ritmo sinusal a las 48 horas sin necesidad de cardioversión eléctrica")),
    ],
)

S11 = scenario(
    "S11",
    setting="Nicaragua, Hospital Bertha Calderón Roque (Managua), alto riesgo obstétrico; eclampsia con cesárea; primigesta de 19 años y recién nacido varón",
    style="prosa dictada",
    schema="objeto anidado; claves cod/desc y atc/esquema; sexo 'F'; edad como texto '19 años'",
    input={
        "unidad": "Hospital Bertha Calderón Roque, Managua",
        "servicio": "Alto Riesgo Obstétrico / UCI obstétrica",
        "paciente": {"sexo": "F", "edad": "19 años", "gestas": "primigesta", "edad_gestacional": "35 semanas"},
        "motivo": "convulsión tónico-clónica en domicilio, cefalea y visión borrosa",
        "signos": {"PA": "172/114 mmHg", "proteinuria": "3+ en tira reactiva"},
        "laboratorio": {"plaquetas": "98.000/mm3", "TGO": "86 U/L", "creatinina": "1,0 mg/dL"},
        "diagnosticos": [{"cod": "O15.0", "desc": "Eclampsia en el embarazo"},
                         {"cod": "Z37.0", "desc": "Nacido vivo único"}],
        "procedimientos": ["cesárea segmentaria de urgencia bajo anestesia general"],
        "medicamentos": [
            {"atc": "A12CC02", "nombre": "Sulfato de magnesio", "esquema": "4 g EV de impregnación y 1 g/hora por 24 horas"},
            {"atc": "C07AG01", "nombre": "Labetalol", "esquema": "20 mg EV en bolo, repetido según PA"},
            {"atc": "C08CA05", "nombre": "Nifedipino", "esquema": "10 mg cada 8 horas VO"}],
        "recien_nacido": "varón, 2.350 g, Apgar 7 y 9, ingresa a neonatología para observación",
        "evolucion": "sin nuevas convulsiones, PA 138/88 mmHg al egreso",
        "estancia": "5 días",
        "egreso": "nifedipino 10 mg cada 8 horas; control de PA en centro de salud en 72 horas; planificación familiar",
    },
    output=("Ingresa por convulsión tónico-clónica en domicilio, cefalea y visión borrosa, en una primigesta de 19 años con "
            "embarazo de 35 semanas. Al ingreso presenta PA 172/114 mmHg y proteinuria 3+ en tira reactiva; laboratorio "
            "con plaquetas 98.000/mm3, TGO 86 U/L y creatinina 1,0 mg/dL. Se diagnostica eclampsia en el embarazo (O15.0) "
            "y se administra sulfato de magnesio (A12CC02) 4 g EV de impregnación seguido de 1 g/hora durante 24 horas, y "
            "labetalol (C07AG01) 20 mg EV en bolo, repetido según PA. Se realiza cesárea segmentaria de urgencia bajo "
            "anestesia general, con nacido vivo único (Z37.0): recién nacido varón de 2.350 g, Apgar 7 y 9, que ingresa a "
            "neonatología para observación. La puérpera evoluciona sin nuevas convulsiones, con PA de 138/88 mmHg al "
            "egreso. Egresa a los 5 días con nifedipino (C08CA05) 10 mg cada 8 horas VO, control de PA en su centro de "
            "salud en 72 horas y consejería en planificación familiar."),
    note="base: clean; the newborn is male (another person), the patient is female",
    variants=[
        T("the newborn's sex written as 'masculino' and weight without thousands separator (2.350 = 2350 g); not the patient",
          O("recién nacido varón de 2.350 g", "recién nacido masculino de 2350 g")),
        T("dose in an equivalent form: 4 g = 4000 mg",
          O("sulfato de magnesio (A12CC02) 4 g EV", "sulfato de magnesio (A12CC02) 4000 mg EV")),
        P(["DEM001", "HAL002"], "age contradicts the input (19 años): output says 29 (DEM001); 29 appears nowhere in the input (HAL002)",
          O("en una primigesta de 19 años", "en una primigesta de 29 años")),
        P("DEM001", "sex contradicts the input (F): 'El paciente evoluciona' about the patient",
          O("La puérpera evoluciona", "El paciente evoluciona")),
        P("HAL003", "dose contradicts the input for nifedipino (10 mg in the input, 20 mg in the output); 20 is labetalol's dose elsewhere in the input and does not ground it",
          O("nifedipino (C08CA05) 10 mg cada 8 horas VO", "nifedipino (C08CA05) 20 mg cada 8 horas VO")),
        P("HAL001", "procedure not in the input: anestesia raquídea (the input says general anaesthesia)",
          O("de urgencia bajo anestesia general", "de urgencia bajo anestesia raquídea")),
        P("COD005", "codes swapped: 'eclampsia en el embarazo (Z37.0)' and 'nacido vivo único (O15.0)'",
          O("eclampsia en el embarazo (O15.0)", "eclampsia en el embarazo (Z37.0)"), O("nacido vivo único (Z37.0)", "nacido vivo único (O15.0)")),
        P("REP001", "a sentence repeated verbatim",
          O("al egreso. Egresa a los 5 días", "al egreso. La puérpera evoluciona sin nuevas convulsiones, con PA de 138/88 mmHg al egreso. Egresa a los 5 días")),
        T("another male person (el neonatólogo) and the male newborn; the patient is still 'la puérpera'",
          O("Apgar 7 y 9, que ingresa a neonatología para observación", "Apgar 7 y 9, al que el neonatólogo ingresa en neonatología para observación")),
    ],
)

S12 = scenario(
    "S12",
    setting="Puerto Rico, Centro Médico (San Juan), unidad coronaria; IAMCEST anterior con ICP primaria y stent; hombre de 58 años",
    style="prosa dictada, español de Puerto Rico, decimales con punto",
    schema="claves en inglés (demographics/gender, history/icd10, discharge_meds/atc con 'daily', 'BID', 'PO')",
    input={
        "hospital": "Centro Médico de Puerto Rico - Centro Cardiovascular, San Juan",
        "unit": "Cardiology / CCU",
        "demographics": {"gender": "male", "age": 58},
        "presenting_complaint": "dolor torácico opresivo irradiado a brazo izquierdo, diaforesis, 2 horas de evolución",
        "history": [{"icd10": "I10", "name": "Hipertensión esencial"},
                    {"icd10": "E78.5", "name": "Hiperlipidemia"},
                    {"icd10": "F17.2", "name": "Tabaquismo"}],
        "emergency_room": "nitroglicerina sublingual 0.4 mg una dosis",
        "ecg": "elevación del ST en V1-V4",
        "labs": {"troponin_I_peak": "48.6 ng/mL", "LDL": "162 mg/dL", "creatinine": "1.1 mg/dL"},
        "diagnosis": {"icd10": "I21.0", "name": "Infarto agudo transmural de pared anterior"},
        "procedures": ["cateterismo cardiaco por vía radial derecha",
                       "ICP primaria con stent farmacoactivo en arteria descendente anterior proximal"],
        "door_to_balloon_min": 62,
        "echo": "ecocardiograma transtorácico: FEVI 45% con hipocinesia anteroapical",
        "discharge_meds": [
            {"atc": "B01AC06", "drug": "Aspirina", "dose": "81 mg daily", "route": "PO"},
            {"atc": "B01AC24", "drug": "Ticagrelor", "dose": "90 mg BID", "route": "PO"},
            {"atc": "C10AA05", "drug": "Atorvastatina", "dose": "80 mg daily", "route": "PO"},
            {"atc": "C07AB02", "drug": "Metoprolol succinato", "dose": "25 mg daily", "route": "PO"},
            {"atc": "C09AA02", "drug": "Enalapril", "dose": "5 mg BID", "route": "PO"}],
        "LOS_days": 4,
        "follow_up": "rehabilitación cardiaca; cesación de tabaco; cita con cardiología en 2 semanas",
    },
    output=("Ingresa por dolor torácico opresivo irradiado a brazo izquierdo con diaforesis, de 2 horas de evolución, en un "
            "hombre de 58 años con hipertensión esencial (I10), hiperlipidemia (E78.5) y tabaquismo (F17.2). En sala de "
            "emergencias recibe nitroglicerina sublingual 0.4 mg. El ECG muestra elevación del ST en V1-V4 y se "
            "diagnostica infarto agudo transmural de pared anterior (I21.0). Se realiza cateterismo cardiaco por vía "
            "radial derecha e ICP primaria con stent farmacoactivo en la arteria descendente anterior proximal, con tiempo "
            "puerta-balón de 62 minutos. Troponina I pico de 48.6 ng/mL, LDL 162 mg/dL y creatinina 1.1 mg/dL. El "
            "ecocardiograma transtorácico muestra FEVI de 45% con hipocinesia anteroapical. Se da de alta a los 4 días con "
            "aspirina (B01AC06) 81 mg diarios, ticagrelor (B01AC24) 90 mg dos veces al día, atorvastatina (C10AA05) 80 mg "
            "diarios, metoprolol succinato (C07AB02) 25 mg diarios y enalapril (C09AA02) 5 mg dos veces al día, todos por "
            "vía oral. Se refiere a rehabilitación cardiaca, cesación de tabaco y cita con cardiología en 2 semanas."),
    variants=[
        T("synonym: AAS = aspirina (ácido acetilsalicílico), same code",
          O("aspirina (B01AC06) 81 mg diarios", "AAS (B01AC06) 81 mg diarios")),
        T("frequency written another way: BID = dos veces al día = c/12h (12 is not in the input but is the same frequency)",
          O("ticagrelor (B01AC24) 90 mg dos veces al día", "ticagrelor (B01AC24) 90 mg c/12h")),
        T("context: thrombolysis not given because primary PCI was available; not a claim",
          O("Se realiza cateterismo cardiaco", "No se administra fibrinolítico al disponer de ICP primaria. Se realiza cateterismo cardiaco")),
        P("HAL004", "side contradicts the input: radial access is right, output says left",
          O("por vía radial derecha", "por vía radial izquierda")),
        P("DEM001", "sex contradicts the input (male)",
          O("en un hombre de 58 años", "en una mujer de 58 años")),
        P("HAL001", "procedure not in the input: tromboaspiración",
          O("e ICP primaria con stent farmacoactivo", "e ICP primaria con tromboaspiración y stent farmacoactivo")),
        P("HAL003", "frequency contradicts the input for metoprolol (daily in the input, twice a day in the output)",
          O("metoprolol succinato (C07AB02) 25 mg diarios", "metoprolol succinato (C07AB02) 25 mg dos veces al día")),
        P("COD005", "codes swapped: 'hipertensión esencial (E78.5)' and 'hiperlipidemia (I10)'",
          O("hipertensión esencial (I10), hiperlipidemia (E78.5)", "hipertensión esencial (E78.5), hiperlipidemia (I10)")),
        P("COD006", "the CIE-10 code of tabaquismo (F17.2) is left out of the output",
          O("tabaquismo (F17.2)", "tabaquismo")),
        P("COD004", "ATC code C01DA02 attached to nitroglicerina; the drug is in the input but without any code",
          O("nitroglicerina sublingual 0.4 mg", "nitroglicerina (C01DA02) sublingual 0.4 mg")),
    ],
)

SCENARIOS = [S07, S08, S09, S10, S11, S12]
