# Scenarios 4: palliative care, dialysis, HIV, pre-eclampsia, hyponatraemia, tuberculosis,
# paediatric surgery, intracerebral haemorrhage, infant gastroenteritis, open tibial fracture.
CASES = []

CASES.append(dict(
    name="es_paliativos_pancreas", country="España", service="Cuidados Paliativos",
    input={
        "paciente": {"sexo": "Varón", "edad": 66}, "servicio": "Unidad de Cuidados Paliativos",
        "motivo": "dolor abdominal irradiado a espalda mal controlado, vómitos e hiporexia de 1 semana",
        "diagnosticos": [{"cie10": "C25.0", "desc": "Tumor maligno de la cabeza del páncreas"},
                         {"cie10": "C78.7", "desc": "Tumor maligno secundario del hígado"}],
        "antecedentes": ["estreñimiento por opioides"],
        "situacion": "ECOG 3; quimioterapia desestimada por Oncología por deterioro funcional",
        "procedimientos": ["palomilla subcutánea en abdomen"],
        "tratamiento": [
            {"atc": "N02AA01", "nombre": "Morfina", "pauta": "infusión SC continua 40 mg/24 h con rescates de 5 mg SC"},
            {"atc": "A04AA01", "nombre": "Ondansetrón", "pauta": "4 mg SC cada 8 h"},
            {"atc": "H02AB02", "nombre": "Dexametasona", "pauta": "4 mg SC cada 24 h"},
            {"nombre": "Macrogol", "pauta": "1 sobre cada 12 h"}],
        "evolucion": "control del dolor con EVA 2/10, cese de vómitos",
        "familia": "esposa e hija informadas; desean cuidados en domicilio; sedación paliativa no precisada",
        "alta": "domicilio con seguimiento por el equipo de soporte de atención domiciliaria (ESAD)"},
    output=("Ingresa por dolor abdominal irradiado a espalda mal controlado, vómitos e hiporexia de 1 semana. Varón de "
            "66 años con tumor maligno de la cabeza del páncreas (C25.0) y metástasis hepáticas (C78.7), ECOG 3, con "
            "quimioterapia desestimada por Oncología por deterioro funcional, y estreñimiento por opioides. Se coloca "
            "palomilla subcutánea en abdomen y se inicia morfina (N02AA01) en infusión SC continua de 40 mg/24 h con "
            "rescates de 5 mg SC, ondansetrón (A04AA01) 4 mg SC cada 8 h, dexametasona (H02AB02) 4 mg SC cada 24 h y "
            "macrogol 1 sobre cada 12 h. Se consigue control del dolor con EVA 2/10 y cese de los vómitos. Su esposa y "
            "su hija están informadas y desean cuidados en domicilio; no ha precisado sedación paliativa. Alta a "
            "domicilio con seguimiento por el ESAD."),
    variants=[
        dict(expected=[], out=[('Varón de 66 años', 'Varón de sesenta y seis años')], note='clean: age in words'),
        dict(expected=[], note="clean: metástasis hepáticas names C78.7 (secundario del hígado); chemotherapy declined; sedation negated"),
        dict(expected=[], out=[("en infusión SC continua de 40 mg/24 h", "en infusión subcutánea continua de 40 mg al día")],
             note="clean: 40 mg/24 h written as 40 mg al día"),
        dict(expected=["COD002"], out=[("y estreñimiento por opioides.", "y estreñimiento por opioides (K59.0).")],
             note="K59.0 absent from input"),
        dict(expected=["CLN001"], inp=[("{\"atc\": \"H02AB02\", \"nombre\": \"Dexametasona\", \"pauta\": \"4 mg SC cada 24 h\"}",
                                       "{\"atc\": \"N06DA02\", \"nombre\": \"Donepezilo\", \"pauta\": \"5 mg cada 24 h\"}")],
             out=[("dexametasona (H02AB02) 4 mg SC cada 24 h", "donepezilo (N06DA02) 5 mg cada 24 h")],
             note="donepezilo with no dementia among diagnoses"),
        dict(expected=["FMT002"], out=[("y cese de los vómitos", "y *cese de los vómitos*")], note="emphasis"),
    ]))

CASES.append(dict(
    name="cl_nefro_bacteriemia_cateter", country="Chile", service="Nefrología",
    input={
        "paciente": {"sexo": "Masculino", "edad": 59}, "servicio": "Nefrología",
        "antecedentes": [{"codigo": "N18.5", "nombre": "Enfermedad renal crónica etapa 5 en hemodiálisis trisemanal"},
                         {"codigo": "I12.0", "nombre": "Enfermedad renal hipertensiva con insuficiencia renal"}],
        "accesos": {"actual": "catéter tunelizado yugular derecho",
                    "en_maduracion": "fístula arteriovenosa braquiocefálica izquierda"},
        "motivo": "fiebre y calofríos durante la sesión de hemodiálisis",
        "signos": "temperatura 39,0 °C, PA 110/60 mmHg",
        "laboratorio": {"PCR": "164 mg/L", "leucocitos": "15,1 x10^3/µL", "hemoglobina": "9,3 g/dL", "potasio": "5,2 mEq/L"},
        "hemocultivos": "Staphylococcus aureus meticilino sensible en 2 de 2 y en punta de catéter",
        "ecocardiograma transesofágico": "sin vegetaciones",
        "diagnosticos": [{"codigo": "T82.7", "nombre": "Infección debida a catéter de diálisis"},
                         {"codigo": "A41.0", "nombre": "Sepsis debida a Staphylococcus aureus"}],
        "procedimientos": ["retiro del catéter tunelizado yugular derecho",
                           "instalación de catéter transitorio femoral derecho", "hemodiálisis trisemanal"],
        "tratamiento": [
            {"codigo": "J01XA01", "nombre": "Vancomicina", "dosis": "1 g EV post hemodiálisis, cambiada a cefazolina"},
            {"codigo": "J01DB04", "nombre": "Cefazolina", "dosis": "2 g EV post hemodiálisis por 4 semanas"},
            {"codigo": "B03XA01", "nombre": "Eritropoyetina", "dosis": "4000 UI SC post hemodiálisis"},
            {"codigo": "C08CA01", "nombre": "Amlodipino", "dosis": "10 mg/día"}],
        "plan": "completar cefazolina en su centro de diálisis; uso de FAV izquierda cuando madure; nuevo catéter tunelizado por radiología intervencional tras hemocultivos negativos; control en policlínico de nefrología",
        "educacion": "cuidados del catéter femoral, no mojar el apósito, consultar ante fiebre o calofríos"},
    output=("Ingresa por fiebre y calofríos durante la sesión de hemodiálisis. Paciente masculino de 59 años con "
            "enfermedad renal crónica etapa 5 (N18.5) por enfermedad renal hipertensiva (I12.0), en hemodiálisis "
            "trisemanal por catéter tunelizado yugular derecho y con fístula arteriovenosa braquiocefálica izquierda en "
            "maduración. Al ingreso temperatura de 39,0 °C, PA 110/60 mmHg, PCR 164 mg/L, leucocitos 15,1 x10^3/µL y "
            "hemoglobina 9,3 g/dL. Hemocultivos 2 de 2 y punta de catéter positivos para Staphylococcus aureus "
            "meticilino sensible; ecocardiograma transesofágico sin vegetaciones. Se diagnostica sepsis por "
            "Staphylococcus aureus (A41.0) por infección del catéter de diálisis (T82.7), se retira el catéter "
            "tunelizado yugular derecho y se instala catéter transitorio femoral derecho. Recibe vancomicina (J01XA01) "
            "1 g EV post hemodiálisis, cambiada a cefazolina (J01DB04) 2 g EV post hemodiálisis por 4 semanas, junto a "
            "eritropoyetina (B03XA01) 4000 UI SC y amlodipino (C08CA01) 10 mg/día. Completará cefazolina en su centro "
            "de diálisis."),
    variants=[
        dict(expected=[], out=[('y hemoglobina 9,3 g/dL.', 'y anemia con hemoglobina de 9,3 g/dL.')], note='clean: anemia derived from Hb 9.3 in a man'),
        dict(expected=[], note="clean: three devices with sides (right jugular removed, right femoral placed, left AV fistula)"),
        dict(expected=[], out=[("Paciente masculino de 59 años", "Paciente masculino de cincuenta y nueve años")],
             note="clean: age in words"),
        dict(expected=["FMT003"], out=[("Completará cefazolina en su centro de diálisis.",
                                        "Completará cefazolina en su centro de diálisis y usará la FAV izquierda cuando "
                                        "madure; se planifica nuevo catéter tunelizado por radiología intervencional tras "
                                        "hemocultivos negativos. Se educa en cuidados del catéter femoral, no mojar el "
                                        "apósito y consultar ante fiebre o calofríos. El potasio de ingreso fue de 5,2 mEq/L "
                                        "y la hemodiálisis trisemanal se mantiene por el catéter transitorio femoral derecho. "
                                        "Control en policlínico de nefrología.")],
             note="too long"),
        dict(expected=["COD003"], out=[("vancomicina (J01XA01) 1 g", "vancomicina (J01XA01 - glucopéptido) 1 g")],
             note="ATC shares parenthesis"),
        dict(expected=["COD006"], out=[("por enfermedad renal hipertensiva (I12.0), en", "por enfermedad renal hipertensiva, en")],
             note="I12.0 omitted"),
    ]))

CASES.append(dict(
    name="co_infecto_pcp", country="Colombia", service="Infectología",
    input=("Paciente femenina de 38 años, procedente de Cali, EPS Sura. Servicio: Infectología. Motivo: disnea "
           "progresiva, tos seca y fiebre de 3 semanas, pérdida de 8 kg. Antecedente: diagnóstico reciente de VIH sin "
           "TAR. Al ingreso: SatO2 86% al aire ambiente, FR 28, temperatura 38,2 °C. Paraclínicos: CD4 42 células/µL, "
           "carga viral 245000 copias/mL, LDH 512 U/L, PaO2 58 mmHg. TAC de tórax: vidrio esmerilado bilateral difuso. "
           "Lavado broncoalveolar: Pneumocystis jirovecii positivo; baciloscopias negativas (tuberculosis descartada). "
           "Diagnóstico: B20.6 Enfermedad por VIH resultante en neumonía por Pneumocystis jirovecii. Tratamiento: "
           "trimetoprim-sulfametoxazol (J01EE01) IV c/8h por 21 días; prednisona (H02AB07) 40 mg c/12h por 5 días con "
           "descenso; oxígeno por cánula nasal hasta 3 L/min. TAR: se difiere el inicio 2 semanas, luego "
           "tenofovir/lamivudina/dolutegravir (J05AR27) 1 tableta diaria. Egreso: SatO2 94% al aire ambiente; control "
           "en programa de VIH en 1 semana."),
    output=("Ingresa por disnea progresiva, tos seca y fiebre de 3 semanas, con pérdida de 8 kg. Paciente femenina de 38 "
            "años con diagnóstico reciente de VIH sin TAR. Al ingreso hipoxemia con SatO2 de 86% al aire ambiente, FR 28 "
            "y temperatura de 38,2 °C; PaO2 58 mmHg, LDH 512 U/L, CD4 42 células/µL y carga viral de 245000 copias/mL. "
            "La TAC de tórax muestra vidrio esmerilado bilateral difuso y el lavado broncoalveolar es positivo para "
            "Pneumocystis jirovecii, con baciloscopias negativas que descartan tuberculosis. Se diagnostica enfermedad "
            "por VIH con neumonía por Pneumocystis jirovecii (B20.6) y se trata con trimetoprim-sulfametoxazol (J01EE01) "
            "IV c/8h por 21 días, prednisona (H02AB07) 40 mg c/12h por 5 días con descenso y oxígeno por cánula nasal "
            "hasta 3 L/min. Se difiere el inicio de TAR 2 semanas, con tenofovir/lamivudina/dolutegravir (J05AR27) 1 "
            "tableta diaria posteriormente. Egresa con SatO2 de 94% al aire ambiente. Control en programa de VIH en 1 "
            "semana."),
    variants=[
        dict(expected=[], note="clean: free-text input; tuberculosis ruled out; TAR deferred; bilateral"),
        dict(expected=[], out=[("(J01EE01) IV c/8h", "(J01EE01) endovenoso cada 8 horas")], note="clean: restated"),
        dict(expected=["FMT001"], out=[("Ingresa por disnea", "«Ingresa por disnea")], note="leading quote mark"),
        dict(expected=["COD004"], out=[("y oxígeno por cánula nasal", "y oxígeno (V03AN01) por cánula nasal")],
             note="V03AN01 absent from input"),
        dict(expected=["COD007"], inp=[("B20.6 Enfermedad", "B29.6 Enfermedad")],
             out=[("Pneumocystis jirovecii (B20.6)", "Pneumocystis jirovecii (B29.6)")], note="B29 is not an ICD-10 category"),
    ]))

CASES.append(dict(
    name="mx_obs_preeclampsia", country="México", service="Ginecología y Obstetricia",
    input={
        "paciente": {"nombre": "A. P. R.", "sexo": "Femenino", "edad": 22}, "servicio": "Ginecología y Obstetricia",
        "hospital": "Hospital de la Mujer", "gesta": "primigesta, embarazo de 34 semanas",
        "motivo": "cefalea intensa, fosfenos y TA 168/112 mmHg",
        "laboratorios": {"proteinuria": "2+ en tira reactiva", "plaquetas": "132 x10^3/µL", "TGO": "58 U/L",
                         "creatinina": "0.8 mg/dL", "DHL": "410 U/L"},
        "diagnosticos": [{"cie": "O14.1", "descripcion": "Preeclampsia severa"}],
        "tratamiento": [
            {"clave": "A12CC02", "nombre": "Sulfato de magnesio", "dosis": "4 g IV impregnación y 1 g/h por 24 horas"},
            {"clave": "C07AG01", "nombre": "Labetalol", "dosis": "20 mg IV en bolo, dosis única"},
            {"clave": "H02AB01", "nombre": "Betametasona", "dosis": "12 mg IM c/24h, 2 dosis"},
            {"clave": "C02AB01", "nombre": "Metildopa", "dosis": "500 mg VO c/8h"}],
        "procedimientos": ["cesárea Kerr bajo bloqueo epidural"],
        "recien_nacido": "masculino, 2100 g, Apgar 7/9, ingresa a UCIN por prematurez",
        "evolucion": "TA al egreso 130/85 mmHg, sin datos de severidad",
        "alta": "metildopa 500 mg VO c/8h; cita en consulta de perinatología en 7 días; el esposo recibe indicaciones"},
    output=("Ingresa por cefalea intensa, fosfenos y TA de 168/112 mmHg. Paciente femenina de 22 años, primigesta, con "
            "embarazo de 34 semanas. Laboratorios con proteinuria 2+ en tira reactiva, plaquetas 132 x10^3/µL, TGO 58 "
            "U/L, DHL 410 U/L y creatinina 0.8 mg/dL, integrándose preeclampsia severa (O14.1). Se impregna con sulfato "
            "de magnesio (A12CC02) 4 g IV y 1 g/h por 24 horas, labetalol (C07AG01) 20 mg IV en bolo en dosis única y "
            "betametasona (H02AB01) 12 mg IM c/24h por 2 dosis, y se inicia metildopa (C02AB01) 500 mg VO c/8h. Se "
            "realiza cesárea Kerr bajo bloqueo epidural, obteniéndose recién nacido masculino de 2100 g, Apgar 7/9, que "
            "ingresa a UCIN por prematurez. Evoluciona sin datos de severidad, con TA de 130/85 mmHg al egreso. Egresa "
            "con metildopa 500 mg VO c/8h y cita en consulta de perinatología en 7 días; el esposo recibe indicaciones."),
    variants=[
        dict(expected=[], out=[('Paciente femenina de 22 años', 'Paciente femenina de veintidós años')], note='clean: age in words'),
        dict(expected=[], note="clean: masculine newborn and husband are not the patient; betametasona for fetal lung maturation"),
        dict(expected=[], out=[("metildopa (C02AB01) 500 mg VO c/8h", "metildopa (C02AB01) 500 mg vía oral tres veces al día")],
             note="clean: restated"),
        dict(expected=["COD001"], out=[("preeclampsia severa (O14.1)", "preeclampsia severa (código O14.1)")],
             note="parenthesis holds more than the code"),
        dict(expected=["COD005"], out=[("con embarazo de 34 semanas.", "con embarazo de 34 semanas (O14.1)."),
                                       ("integrándose preeclampsia severa (O14.1).", "integrándose preeclampsia severa.")],
             note="O14.1 written after 'embarazo de 34 semanas'"),
        dict(expected=["HAL002"], out=[("DHL 410 U/L", "DHL 480 U/L")], note="480 absent"),
    ]))

CASES.append(dict(
    name="ar_cm_hiponatremia", country="Argentina", service="Clínica Médica",
    input={"datos": [
        ["Sexo", "F"], ["Edad", "79"], ["Servicio", "Clínica Médica"],
        ["Motivo de internación", "confusión, inestabilidad de la marcha y caída sin traumatismo grave de 2 días"],
        ["Antecedentes", "HTA (I10) en tratamiento con hidroclorotiazida (C03AA03) 25 mg/día y losartán (C09CA01) 50 mg/día; osteoporosis (M81.0)"],
        ["Laboratorio ingreso", "Na 118 mEq/L (135-145), K 3,1 mEq/L (3,5-5,0), osmolaridad plasmática 248 mOsm/kg, Na urinario 64 mEq/L"],
        ["Diagnóstico", "E87.1 Hiponatremia hipoosmolar por tiazidas"],
        ["Tratamiento", "suspensión de hidroclorotiazida; solución salina hipertónica 3% 150 mL en 20 minutos; restricción hídrica; cloruro de potasio oral 20 mEq c/12h"],
        ["Evolución", "Na 127 mEq/L a las 24 h y 134 mEq/L al alta, sin sobrecorrección; recuperación del sensorio"],
        ["Alta", "losartán 50 mg/día; amlodipino (C08CA01) 5 mg/día en reemplazo de la tiazida; alendronato (M05BA04) 70 mg semanal; control en consultorio con ionograma en 1 semana"]]},
    output=("Ingresa por confusión, inestabilidad de la marcha y caída sin traumatismo grave de 2 días. Paciente de 79 "
            "años, hipertensa (I10) en tratamiento con hidroclorotiazida (C03AA03) 25 mg/día y losartán (C09CA01) 50 "
            "mg/día, con osteoporosis (M81.0). Laboratorio con Na 118 mEq/L, K 3,1 mEq/L, osmolaridad plasmática de 248 "
            "mOsm/kg y Na urinario de 64 mEq/L, diagnosticándose hiponatremia hipoosmolar por tiazidas (E87.1) con "
            "hipopotasemia. Se suspende la hidroclorotiazida y se indica solución salina hipertónica al 3% 150 mL en 20 "
            "minutos, restricción hídrica y cloruro de potasio oral 20 mEq c/12h. Na de 127 mEq/L a las 24 h y de 134 "
            "mEq/L al alta, sin sobrecorrección y con recuperación del sensorio. Egresa con losartán 50 mg/día, "
            "amlodipino (C08CA01) 5 mg/día en reemplazo de la tiazida y alendronato (M05BA04) 70 mg semanal. Control en "
            "consultorio con ionograma en 1 semana."),
    variants=[
        dict(expected=[], note="clean: hidroclorotiazida suspended (still an input drug with HTA indication); hipopotasemia from K 3.1; 'hipertensa' carries sex"),
        dict(expected=[], out=[("Paciente de 79 años", "Paciente de setenta y nueve años")], note="clean: age in words"),
        dict(expected=["FMT003"], full=("Ingresa por confusión y caída. Paciente de 79 años, hipertensa (I10) con "
                                        "hidroclorotiazida (C03AA03) y losartán (C09CA01), con osteoporosis (M81.0) y "
                                        "hiponatremia hipoosmolar por tiazidas (E87.1) de 118 mEq/L. Se suspende la tiazida. "
                                        "Egresa con amlodipino (C08CA01) 5 mg/día y alendronato (M05BA04) 70 mg semanal."),
             note="too short"),
        dict(expected=["COD007"], inp=[("osteoporosis (M81.0)", "osteoporosis (M37.0)")],
             out=[("osteoporosis (M81.0)", "osteoporosis (M37.0)")], note="M37 is not an ICD-10 category"),
        dict(expected=["COD002"], out=[("con hipopotasemia.", "con hipopotasemia (E87.6).")], note="E87.6 absent from input"),
        dict(expected=["DEM001"], out=[("hipertensa (I10)", "hipertenso (I10)")], note="masculine adjective for a woman"),
    ]))

CASES.append(dict(
    name="pe_neumo_tbc", country="Perú", service="Neumología",
    input={
        "paciente": {"sexo": "masculino", "edad": 28, "ocupacion": "comerciante"}, "servicio": "Neumología",
        "hospital": "Hospital Nacional Dos de Mayo",
        "motivo": "tos productiva de 6 semanas, hemoptisis leve, sudoración nocturna y pérdida de 7 kg",
        "examen": "temperatura 37,9 °C, IMC 17,8, crépitos apicales derechos",
        "rx_torax": "cavitación en lóbulo superior derecho con infiltrado micronodular",
        "baciloscopia": "BK +++ en esputo",
        "pruebas": {"GeneXpert": "M. tuberculosis detectado, sin resistencia a rifampicina", "VIH": "no reactivo",
                    "glucosa": "92 mg/dL", "TGP": "32 U/L"},
        "diagnosticos": [{"cie10": "A15.0", "nombre": "Tuberculosis del pulmón confirmada por baciloscopia"}],
        "tratamiento": [{"atc": "J04AM06", "nombre": "Rifampicina/isoniacida/pirazinamida/etambutol",
                         "dosis": "4 tabletas VO diarias (fase intensiva 2 meses)"},
                        {"nombre": "Piridoxina", "dosis": "50 mg VO diario"}],
        "medidas": "aislamiento respiratorio; estudio de contactos: la madre y el hermano",
        "alta": "continuar tratamiento en su establecimiento de salud con observación directa; control de baciloscopia mensual"},
    output=("Ingresa por tos productiva de 6 semanas, hemoptisis leve, sudoración nocturna y pérdida de 7 kg. Paciente "
            "masculino de 28 años, comerciante. Al examen temperatura de 37,9 °C, IMC 17,8 y crépitos apicales "
            "derechos. La radiografía de tórax muestra cavitación en lóbulo superior derecho con infiltrado "
            "micronodular, con baciloscopia BK +++ en esputo y GeneXpert que detecta M. tuberculosis sin resistencia a "
            "rifampicina. VIH no reactivo, glucosa 92 mg/dL y TGP 32 U/L. Se diagnostica tuberculosis del pulmón "
            "confirmada por baciloscopia (A15.0) y se inicia rifampicina/isoniacida/pirazinamida/etambutol (J04AM06) 4 "
            "tabletas VO diarias en fase intensiva de 2 meses, con piridoxina 50 mg VO diario, bajo aislamiento "
            "respiratorio. Se realiza estudio de contactos a la madre y al hermano. Continuará tratamiento con "
            "observación directa en su establecimiento de salud, con control de baciloscopia mensual."),
    variants=[
        dict(expected=[], note="clean: contacts (madre, hermano) are not the patient; piridoxina prophylaxis with isoniacida"),
        dict(expected=[], out=[("Paciente masculino de 28 años", "Varón de veintiocho años")], note="clean: age in words"),
        dict(expected=["FMT002"], out=[("y GeneXpert que detecta", "y `GeneXpert` que detecta")], note="backticks"),
        dict(expected=["COD004"], out=[("con piridoxina 50 mg", "con piridoxina (A11HA02) 50 mg")], note="A11HA02 absent from input"),
        dict(expected=["CLN001"], inp=[("{\"nombre\": \"Piridoxina\", \"dosis\": \"50 mg VO diario\"}",
                                       "{\"atc\": \"C10AA05\", \"nombre\": \"Atorvastatina\", \"dosis\": \"40 mg VO diario\"}")],
             out=[("con piridoxina 50 mg VO diario", "con atorvastatina (C10AA05) 40 mg VO diario")],
             note="atorvastatina without dyslipidaemia or vascular disease"),
    ]))

CASES.append(dict(
    name="cr_cxped_apendicitis", country="Costa Rica", service="Cirugía Pediátrica",
    input={
        "paciente": {"sexo": "masculino", "fecha_nacimiento": "2011-12-03"}, "fecha_ingreso": "2024-07-15",
        "servicio": "Cirugía Pediátrica, Hospital Nacional de Niños",
        "motivo": "dolor abdominal migratorio a fosa ilíaca derecha de 2 días, vómitos y fiebre",
        "antecedentes": "asma leve intermitente, sin tratamiento actual",
        "examen": "temperatura 38,5 °C, defensa en fosa ilíaca derecha, Blumberg positivo",
        "laboratorio": {"leucocitos": "19,4 x10^3/µL", "neutrófilos": "88%", "PCR": "142 mg/L"},
        "ultrasonido": "apéndice de 11 mm con líquido libre periapendicular",
        "diagnosticos": [{"cie10": "K35.2", "nombre": "Apendicitis aguda con peritonitis generalizada"}],
        "procedimientos": ["apendicectomía laparoscópica con lavado peritoneal", "sin drenajes"],
        "tratamiento": [{"atc": "J01CR05", "nombre": "Piperacilina-tazobactam", "dosis": "100 mg/kg IV c/8h por 5 días"},
                        {"atc": "N02BE01", "nombre": "Acetaminofén", "dosis": "15 mg/kg IV c/6h"},
                        {"atc": "N02BB02", "nombre": "Dipirona", "dosis": "20 mg/kg IV c/8h si dolor"}],
        "evolucion": "afebril desde el día 3, tolera dieta, herida sin datos de infección",
        "alta": "la madre recibe indicaciones; control en consulta externa de cirugía pediátrica en 10 días"},
    output=("Ingresa por dolor abdominal migratorio a fosa ilíaca derecha de 2 días, vómitos y fiebre. Escolar masculino "
            "de 12 años con asma leve intermitente sin tratamiento actual. Al examen temperatura de 38,5 °C, defensa en "
            "fosa ilíaca derecha y Blumberg positivo; leucocitos 19,4 x10^3/µL con 88% de neutrófilos y PCR 142 mg/L. "
            "El ultrasonido muestra apéndice de 11 mm con líquido libre periapendicular. Se realiza apendicectomía "
            "laparoscópica con lavado peritoneal, sin drenajes, por apendicitis aguda con peritonitis generalizada "
            "(K35.2). Recibe piperacilina-tazobactam (J01CR05) 100 mg/kg IV c/8h por 5 días, acetaminofén (N02BE01) 15 "
            "mg/kg IV c/6h y dipirona (N02BB02) 20 mg/kg IV c/8h si dolor. Afebril desde el día 3, tolera dieta y la "
            "herida no tiene datos de infección. La madre recibe indicaciones y tiene control en consulta externa de "
            "cirugía pediátrica en 10 días."),
    variants=[
        dict(expected=[], out=[('Escolar masculino de 12 años', 'Escolar varón de doce años')], note='clean: computed age in words'),
        dict(expected=[], note="clean: age 12 computed from dates; 'sin drenajes'; asthma without treatment; la madre"),
        dict(expected=[], out=[("piperacilina-tazobactam (J01CR05) 100 mg/kg IV c/8h", "piperacilina-tazobactam (J01CR05) 100 mg/kg intravenoso cada 8 horas")],
             note="clean: restated"),
        dict(expected=["COD002"], out=[("con asma leve intermitente sin", "con asma leve intermitente (J45.9) sin")],
             note="J45.9 absent from input"),
        dict(expected=["COD006"], out=[("dipirona (N02BB02) 20", "dipirona 20")], note="N02BB02 omitted"),
        dict(expected=["REP001"], out=[("El ultrasonido muestra apéndice de 11 mm con líquido libre periapendicular.",
                                        "El ultrasonido muestra apéndice de 11 mm con líquido libre periapendicular. El "
                                        "ultrasonido muestra apéndice de 11 mm con líquido libre periapendicular.")],
             note="repeated sentence"),
    ]))

CASES.append(dict(
    name="es_neuro_hic_talamica", country="España", service="Neurología - Unidad de Ictus",
    input={
        "paciente": {"sexo": "varón", "edad": 64}, "servicio": "Neurología - Unidad de Ictus",
        "motivo": "pérdida de fuerza y sensibilidad en hemicuerpo izquierdo de inicio brusco",
        "constantes": "TA 212/118 mmHg", "NIHSS": {"ingreso": 11, "alta": 6},
        "TC": "hematoma talámico derecho de 14 mL sin apertura ventricular",
        "antecedentes": [{"cie": "I10", "desc": "Hipertensión esencial, mal cumplimiento"},
                         {"cie": "E66.9", "desc": "Obesidad"}],
        "diagnosticos": [{"cie": "I61.0", "desc": "Hemorragia intracerebral en hemisferio, subcortical"}],
        "tratamiento": [{"atc": "C07AG01", "nombre": "Labetalol", "pauta": "bolos IV y perfusión hasta TAS menor de 140 mmHg"},
                        {"atc": "C09CA01", "nombre": "Losartán", "pauta": "100 mg cada 24 h"},
                        {"atc": "C08CA01", "nombre": "Amlodipino", "pauta": "10 mg cada 24 h"}],
        "decisiones": "no candidato a cirugía por Neurocirugía; profilaxis de TVP con compresión neumática intermitente, sin heparina las primeras 48 h",
        "evolucion": "mejoría de la fuerza en miembro superior izquierdo, persiste paresia de miembro inferior izquierdo",
        "rehabilitacion": "fisioterapia y terapia ocupacional desde el día 2; disfagia descartada en test de deglución; control de TA objetivo menor de 130/80 mmHg",
        "destino": "traslado a hospital de media estancia para rehabilitación"},
    output=("Ingresa por pérdida de fuerza y sensibilidad en hemicuerpo izquierdo de inicio brusco, con TA de 212/118 "
            "mmHg. Varón de 64 años con hipertensión esencial (I10) de mal cumplimiento y obesidad (E66.9). NIHSS de 11 "
            "al ingreso. La TC muestra hematoma talámico derecho de 14 mL sin apertura ventricular, diagnosticándose "
            "hemorragia intracerebral subcortical (I61.0). Se controla la presión arterial con labetalol (C07AG01) en "
            "bolos IV y perfusión hasta TAS menor de 140 mmHg. Neurocirugía lo desestima como candidato a cirugía y la "
            "profilaxis de TVP se realiza con compresión neumática intermitente, sin heparina las primeras 48 h. Mejora "
            "la fuerza del miembro superior izquierdo y persiste paresia del miembro inferior izquierdo, con NIHSS 6 al "
            "alta. Inicia losartán (C09CA01) 100 mg cada 24 h y amlodipino (C08CA01) 10 mg cada 24 h. Se traslada a un "
            "hospital de media estancia para rehabilitación."),
    variants=[
        dict(expected=[], note="clean: right thalamic haemorrhage with left hemibody deficit (contralateral, consistent); surgery and heparin negated"),
        dict(expected=[], out=[("persiste paresia del miembro inferior izquierdo", "persiste paresia del MII")],
             note="clean: MII abbreviation"),
        dict(expected=["FMT003"], out=[("Se traslada a un hospital de media estancia para rehabilitación.",
                                        "Realiza fisioterapia y terapia ocupacional desde el día 2, y se descarta disfagia en "
                                        "el test de deglución. El objetivo de TA al alta es menor de 130/80 mmHg. Se traslada "
                                        "a un hospital de media estancia para continuar la rehabilitación intensiva del "
                                        "hemicuerpo izquierdo. Mantendrá losartán y amlodipino para alcanzar ese objetivo "
                                        "tensional, y se insiste en el adecuado cumplimiento terapéutico dado su antecedente "
                                        "de mal cumplimiento de la medicación antihipertensiva.")],
             note="too long"),
        dict(expected=["COD007"], inp=[("\"cie\": \"I61.0\"", "\"cie\": \"G48.0\"")],
             out=[("subcortical (I61.0)", "subcortical (G48.0)")], note="G48 is not an ICD-10 category"),
        dict(expected=["COD003"], out=[("losartán (C09CA01) 100", "losartán (C09CA01; ARA-II) 100")], note="ATC shares parenthesis"),
        dict(expected=["HAL004"], out=[("hematoma talámico derecho", "hematoma talámico izquierdo")],
             note="haematoma side contradicts input"),
    ]))

CASES.append(dict(
    name="gt_ped_rotavirus", country="Guatemala", service="Pediatría",
    input={
        "datos_generales": {"sexo": "masculino", "fecha_nacimiento": "2023-03-05", "fecha_ingreso": "2024-02-19",
                            "responsable": "la abuela materna"},
        "servicio": "Pediatría, Hospital Roosevelt",
        "motivo": "diarrea líquida de 8 evacuaciones al día y vómitos de 2 días, con disminución de la orina",
        "examen": "deshidratación moderada: mucosas secas, fontanela deprimida, llenado capilar 3 segundos; peso 8,4 kg",
        "laboratorio": {"sodio": "133 mEq/L", "potasio": "3,3 mEq/L (3,5-5,5)", "rotavirus en heces": "positivo"},
        "diagnosticos": [{"cie10": "A08.0", "desc": "Enteritis debida a rotavirus"}, {"cie10": "E86", "desc": "Deshidratación"}],
        "tratamiento": [{"nombre": "Suero oral de baja osmolaridad", "dosis": "75 mL/kg en 4 horas por sonda nasogástrica por rechazo de la vía oral"},
                        {"atc": "A04AA01", "nombre": "Ondansetrón", "dosis": "0,15 mg/kg VO dosis única"},
                        {"nombre": "Sulfato de zinc", "dosis": "20 mg VO diario por 10 días"}],
        "notas": "no se usan antibióticos ni antidiarreicos",
        "evolucion": "rehidratado a las 8 horas, retiro de SNG, tolera lactancia y vía oral",
        "plan": "egreso con la abuela; sales de rehidratación oral tras cada evacuación; control en centro de salud en 48 horas"},
    output=("Ingresa por diarrea líquida de 8 evacuaciones al día y vómitos de 2 días, con disminución de la orina. "
            "Lactante masculino de 11 meses, traído por la abuela materna. Al examen deshidratación moderada (E86) con "
            "mucosas secas, fontanela deprimida, llenado capilar de 3 segundos y peso de 8,4 kg. Sodio 133 mEq/L, "
            "hipopotasemia leve de 3,3 mEq/L y rotavirus positivo en heces, diagnosticándose enteritis por rotavirus "
            "(A08.0). Se rehidrata con suero oral de baja osmolaridad 75 mL/kg en 4 horas por sonda nasogástrica por "
            "rechazo de la vía oral, con ondansetrón (A04AA01) 0,15 mg/kg VO en dosis única y sulfato de zinc 20 mg VO "
            "diario por 10 días. No se usan antibióticos ni antidiarreicos. Rehidratado a las 8 horas, se retira la SNG "
            "y tolera lactancia y vía oral. Egresa con la abuela, con sales de rehidratación oral tras cada evacuación "
            "y control en centro de salud en 48 horas."),
    variants=[
        dict(expected=[], note="clean: 11 months computed; SNG grounded (sonda nasogástrica); antibiotics negated; abuela; hipopotasemia from 3.3 (3.5-5.5)"),
        dict(expected=[], out=[("Lactante masculino de 11 meses", "Lactante varón de once meses")], note="clean: months in words"),
        dict(expected=["FMT001"], out=[("Ingresa por diarrea", "Ingresó por diarrea")], note="past tense, not 'Ingresa por'"),
        dict(expected=["COD004"], out=[("y sulfato de zinc 20 mg", "y sulfato de zinc (A12CB01) 20 mg")], note="A12CB01 absent from input"),
        dict(expected=["REP001"], out=[("No se usan antibióticos ni antidiarreicos.",
                                        "No se usan antibióticos ni antidiarreicos. No se usan antibióticos ni antidiarreicos.")],
             note="repeated sentence"),
    ]))

CASES.append(dict(
    name="do_trauma_tibia", country="República Dominicana", service="Ortopedia y Traumatología",
    input={
        "paciente": {"sexo": "masculino", "edad": 24, "ocupacion": "motoconchista"},
        "servicio": "Ortopedia y Traumatología", "hospital": "Hospital Traumatológico Dr. Ney Arias Lora",
        "motivo": "accidente de tránsito en motocicleta con dolor, deformidad y herida en pierna izquierda",
        "rx": "fractura diafisaria conminuta de tibia y peroné izquierdos",
        "clasificacion": "fractura expuesta Gustilo II",
        "diagnosticos": [{"cie10": "S82.2", "desc": "Fractura de la diáfisis de la tibia"}],
        "procedimientos": ["lavado y desbridamiento quirúrgico", "fijador externo en tibia izquierda"],
        "tratamiento": [{"atc": "J01DB04", "nombre": "Cefazolina", "dosis": "2 g IV c/8h por 72 horas"},
                        {"atc": "J01GB03", "nombre": "Gentamicina", "dosis": "240 mg IV c/24h por 72 horas"},
                        {"atc": "J07AM01", "nombre": "Toxoide tetánico", "dosis": "0,5 mL IM dosis única"},
                        {"atc": "B01AB05", "nombre": "Enoxaparina", "dosis": "40 mg SC c/24h"}],
        "laboratorio": {"hemoglobina": "11,9 g/dL", "creatinina": "0,9 mg/dL"},
        "evolucion": "sin signos de síndrome compartimental; herida limpia; pulsos distales presentes en pie izquierdo",
        "alta": "enoxaparina 40 mg SC c/24h por 4 semanas; no apoyar la pierna izquierda; osteosíntesis definitiva diferida; cita en consulta de ortopedia en 1 semana para curación"},
    output=("Ingresa por accidente de tránsito en motocicleta con dolor, deformidad y herida en pierna izquierda. "
            "Paciente masculino de 24 años, motoconchista. La radiografía muestra fractura diafisaria conminuta de tibia "
            "y peroné izquierdos, expuesta Gustilo II, diagnosticándose fractura de la diáfisis de la tibia (S82.2). Se "
            "realiza lavado y desbridamiento quirúrgico con colocación de fijador externo en tibia izquierda. Recibe "
            "cefazolina (J01DB04) 2 g IV c/8h y gentamicina (J01GB03) 240 mg IV c/24h por 72 horas, toxoide tetánico "
            "(J07AM01) 0,5 mL IM en dosis única y enoxaparina (B01AB05) 40 mg SC c/24h. Hemoglobina 11,9 g/dL y "
            "creatinina 0,9 mg/dL. Evoluciona sin signos de síndrome compartimental, con herida limpia y pulsos distales "
            "presentes en pie izquierdo. Egresa con enoxaparina 40 mg SC c/24h por 4 semanas, sin apoyar la pierna "
            "izquierda. Se difiere la osteosíntesis definitiva. Cita en consulta de ortopedia en 1 semana para curación."),
    variants=[
        dict(expected=[], note="clean: compartment syndrome negated; osteosynthesis deferred; enoxaparina thromboprophylaxis"),
        dict(expected=[], out=[("fractura de la diáfisis de la tibia (S82.2)", "fractura de la diáfisis de la tibia (S822)")],
             note="clean: code written without dot (same code after normalisation)"),
        dict(expected=[], out=[("gentamicina (J01GB03) 240 mg IV c/24h", "gentamicina (J01GB03) 240 mg IV una vez al día")],
             note="clean: restated"),
        dict(expected=["COD001"], out=[("de la tibia (S82.2).", "de la tibia (S82.2 izquierda).")],
             note="parenthesis holds more than the code"),
        dict(expected=["COD005"], out=[("lavado y desbridamiento quirúrgico con", "lavado y desbridamiento quirúrgico (J01DB04) con"),
                                       ("Recibe cefazolina (J01DB04) 2 g", "Recibe cefazolina 2 g")],
             note="cefazolina's ATC written after a procedure"),
    ]))
