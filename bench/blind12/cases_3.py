# Scenarios 3: cardiac surgery, gynaecology, hepatology, urology, ENT, ophthalmology,
# paediatric empyema, dengue, geriatrics, haematology.
CASES = []

CASES.append(dict(
    name="es_ccv_valvula", country="España", service="Cirugía Cardiaca",
    input={
        "paciente": {"sexo": "Hombre", "fecha_nacimiento": "1952-07-30"},
        "episodio": {"ingreso": "2024-04-08", "alta": "2024-04-17", "servicio": "Cirugía Cardiaca"},
        "motivo_ingreso": "cirugía programada por estenosis aórtica severa sintomática (disnea de esfuerzo y síncope)",
        "antecedentes": ["HTA (I10)", "dislipemia", "exfumador"],
        "ecocardiograma": "gradiente medio 52 mmHg, área valvular 0,7 cm2, FEVI 60%",
        "diagnosticos": [{"codigo": "I35.0", "literal": "Estenosis aórtica"},
                         {"codigo": "I48.0", "literal": "Fibrilación auricular paroxística"}],
        "intervencion": "sustitución valvular aórtica por prótesis biológica de 23 mm con circulación extracorpórea",
        "dispositivos": ["drenajes mediastínicos retirados a las 48 h", "cables de marcapasos epicárdico retirados al día 5"],
        "postoperatorio": "FA paroxística al día 2 revertida con amiodarona; transfusión de 1 concentrado de hematíes por Hb 7.9 g/dL; no precisa marcapasos definitivo",
        "tratamiento_alta": [
            {"atc": "C01BD01", "nombre": "Amiodarona", "pauta": "200 mg cada 24 h"},
            {"atc": "B01AA07", "nombre": "Acenocumarol (Sintrom)", "pauta": "según INR durante 3 meses"},
            {"atc": "C09AA02", "nombre": "Enalapril", "pauta": "5 mg cada 12 h"},
            {"nombre": "Simvastatina", "pauta": "20 mg por la noche"}],
        "seguimiento": "consulta de Cirugía Cardiaca en 1 mes"},
    output=("Ingresa por cirugía programada por estenosis aórtica (I35.0) severa sintomática, con disnea de esfuerzo y "
            "síncope. Varón de 71 años, hipertenso (I10), dislipémico en tratamiento con simvastatina 20 mg por la noche "
            "y exfumador. Ecocardiograma con gradiente medio de 52 mmHg, área valvular de 0,7 cm2 y FEVI del 60%. Se "
            "realiza sustitución valvular aórtica por prótesis biológica de 23 mm con circulación extracorpórea. En el "
            "postoperatorio presenta fibrilación auricular paroxística (I48.0) al día 2, revertida con amiodarona "
            "(C01BD01), y anemia con Hb de 7.9 g/dL que precisa transfusión de 1 concentrado de hematíes. Se retiran "
            "los drenajes mediastínicos a las 48 h y los cables de marcapasos epicárdico al día 5; no precisa "
            "marcapasos definitivo. Alta con amiodarona 200 mg cada 24 h, acenocumarol (B01AA07) según INR durante 3 "
            "meses y enalapril (C09AA02) 5 mg cada 12 h. Seguimiento en consulta de Cirugía Cardiaca en 1 mes."),
    variants=[
        dict(expected=[], note="clean: age 71 from birth date; epicardial pacing wires grounded, definitive pacemaker negated; anemia from Hb 7.9"),
        dict(expected=[], out=[("Alta con amiodarona 200 mg cada 24 h", "Alta con amiodarona 200 mg una vez al día")],
             note="clean: restated frequency"),
        dict(expected=[], out=[("Varón de 71 años", "Varón de setenta y un años")], note="clean: computed age in words"),
        dict(expected=["COD002"], out=[("dislipémico en tratamiento", "dislipémico (E78.5) en tratamiento")],
             note="real code for an uncoded input diagnosis; absent from input"),
        dict(expected=["COD007"], inp=[("\"codigo\": \"I48.0\"", "\"codigo\": \"I53.0\"")],
             out=[("paroxística (I48.0)", "paroxística (I53.0)")], note="I53 is not an ICD-10 category"),
        dict(expected=["FMT001"], out=[("Ingresa por cirugía", "INGRESA POR cirugía")], note="wrong case"),
        dict(expected=["HAL001"], out=[("; no precisa marcapasos definitivo", "; precisa implante de marcapasos definitivo")],
             note="definitive pacemaker stated; input says not needed"),
        dict(expected=["HAL003"], out=[("enalapril (C09AA02) 5 mg cada 12 h", "enalapril (C09AA02) 20 mg cada 12 h")],
             note="20 exists for simvastatina"),
    ]))

CASES.append(dict(
    name="co_gine_mioma", country="Colombia", service="Ginecología",
    input={
        "datos_paciente": {"sexo": "F", "edad": "47 años", "eps": "Nueva EPS", "procedencia": "remitida desde su IPS primaria"},
        "servicio": "Ginecología",
        "antecedentes": "G3P3",
        "motivo": "sangrado uterino abundante de 8 meses con astenia",
        "ecografia_transvaginal": "útero miomatoso de 14 cm con mioma intramural de 8 cm",
        "paraclinicos": [{"nombre": "Hemoglobina", "resultado": "8.4", "unidad": "g/dL", "referencia": "12.0-15.5"},
                         {"nombre": "Ferritina", "resultado": "6", "unidad": "ng/mL"}],
        "diagnosticos": [{"cie10": "D25.1", "nombre": "Leiomioma intramural del útero"},
                         {"cie10": "D50.0", "nombre": "Anemia por deficiencia de hierro secundaria a pérdida de sangre"}],
        "procedimientos": ["histerectomía abdominal total con salpingectomía bilateral, conservando ovarios"],
        "medicamentos": [{"atc": "B03AC02", "nombre": "Hierro sacarosa", "dosis": "200 mg IV en 3 dosis"},
                         {"atc": "J01DB04", "nombre": "Cefazolina", "dosis": "2 g IV profiláctica"}],
        "evolucion": "sin complicaciones, tolera la vía oral, deambula",
        "egreso": ["acetaminofén (N02BE01) 1 g VO c/6h", "tramadol 50 mg VO c/8h si dolor intenso",
                   "control en consulta de ginecología en 10 días con resultado de patología"]},
    output=("Ingresa por sangrado uterino abundante de 8 meses de evolución con astenia. Paciente de 47 años, G3P3, "
            "remitida desde su IPS primaria. La ecografía transvaginal muestra útero miomatoso de 14 cm con mioma "
            "intramural de 8 cm, con hemoglobina de 8.4 g/dL y ferritina de 6 ng/mL, diagnosticándose leiomioma "
            "intramural del útero (D25.1) y anemia ferropénica por pérdida de sangre (D50.0). Recibe hierro sacarosa "
            "(B03AC02) 200 mg IV en 3 dosis. Se realiza histerectomía abdominal total con salpingectomía bilateral "
            "conservando ovarios, con profilaxis de cefazolina (J01DB04) 2 g IV. Evoluciona sin complicaciones, tolera "
            "la vía oral y deambula. Egresa con acetaminofén (N02BE01) 1 g VO c/6h y tramadol 50 mg VO c/8h si dolor "
            "intenso. Control en consulta de ginecología en 10 días con resultado de patología."),
    variants=[
        dict(expected=[], out=[('Paciente de 47 años, G3P3,', 'Paciente de cuarenta y siete años, G3P3,')], note='clean: age in words'),
        dict(expected=[], note="clean: D50.0 written as anemia ferropénica; bilateral salpingectomy with ovaries preserved; 'remitida'"),
        dict(expected=[], out=[("acetaminofén (N02BE01) 1 g VO c/6h", "acetaminofén (N02BE01) 1 g por vía oral cada 6 horas")],
             note="clean: restated"),
        dict(expected=["COD004"], out=[("y tramadol 50 mg VO", "y tramadol (N02AX02) 50 mg VO")],
             note="ATC added to an uncoded input drug; absent from input"),
        dict(expected=["FMT002"], out=[("deambula. Egresa con acetaminofén", "deambula. Egresa con:\n- acetaminofén")],
             note="bullet line"),
        dict(expected=["HAL002"], out=[("mioma intramural de 8 cm", "mioma intramural de 9 cm")], note="9 absent from input"),
        dict(expected=["HAL004"], out=[("con salpingectomía bilateral", "con salpingectomía derecha")], note="input says bilateral"),
        dict(expected=["DEM001"], out=[("remitida desde su IPS primaria", "remitido desde su IPS primaria")],
             note="masculine participle"),
    ]))

CASES.append(dict(
    name="pe_hepato_ascitis", country="Perú", service="Gastroenterología - Hepatología",
    input={
        "paciente": {"sexo": "masculino", "edad": 58}, "seguro": "SIS", "servicio": "Gastroenterología - Hepatología",
        "motivo": "aumento del perímetro abdominal de 3 semanas y edema de miembros inferiores",
        "antecedentes": [{"cie10": "K70.3", "nombre": "Cirrosis hepática alcohólica"},
                         "consumo de alcohol suspendido hace 6 meses",
                         "várices esofágicas pequeñas en endoscopia previa", "encefalopatía hepática previa"],
        "examenes": {"albumina": "2.6 g/dL", "bilirrubina total": "2.1 mg/dL", "INR": "1.5",
                     "sodio": "132 mEq/L (135-145)", "plaquetas": "88 x10^3/µL",
                     "liquido ascitico": "PMN 120/mm3, GASA 1.9"},
        "escalas": "Child-Pugh C (10 puntos), MELD 18",
        "diagnosticos": [{"cie10": "R18", "nombre": "Ascitis"}],
        "procedimientos": ["paracentesis evacuatoria de 6 L con reposición de albúmina"],
        "descartado": "peritonitis bacteriana espontánea (PMN menor de 250)",
        "tratamiento": [
            {"atc": "B05AA01", "nombre": "Albúmina humana 20%", "dosis": "8 g por litro extraído"},
            {"atc": "C03DA01", "nombre": "Espironolactona", "dosis": "100 mg/día"},
            {"atc": "C03CA01", "nombre": "Furosemida", "dosis": "40 mg/día"},
            {"atc": "C07AA05", "nombre": "Propranolol", "dosis": "20 mg c/12h"},
            {"atc": "A06AD11", "nombre": "Lactulosa", "dosis": "15 mL c/12h"}],
        "alta": "dieta hiposódica, control de peso diario, control en consultorio de hepatología en 2 semanas"},
    output=("Ingresa por aumento del perímetro abdominal de 3 semanas y edema de miembros inferiores. Paciente masculino "
            "de 58 años con cirrosis hepática alcohólica (K70.3), abstinente hace 6 meses, con várices esofágicas "
            "pequeñas y encefalopatía hepática previa. Laboratorio con albúmina 2.6 g/dL, bilirrubina total 2.1 mg/dL, "
            "INR 1.5, hiponatremia de 132 mEq/L y plaquetas de 88 x10^3/µL; Child-Pugh C (10 puntos) y MELD 18. Se "
            "diagnostica ascitis (R18) y se realiza paracentesis evacuatoria de 6 L con reposición de albúmina humana "
            "(B05AA01) 8 g por litro extraído. Líquido ascítico con PMN de 120/mm3 y GASA de 1.9, por lo que se descarta "
            "peritonitis bacteriana espontánea. Se maneja con espironolactona (C03DA01) 100 mg/día, furosemida "
            "(C03CA01) 40 mg/día, propranolol (C07AA05) 20 mg c/12h y lactulosa (A06AD11) 15 mL c/12h. Alta con dieta "
            "hiposódica y control de peso diario. Control en consultorio de hepatología en 2 semanas."),
    variants=[
        dict(expected=[], note="clean: PBE ruled out; hiponatremia from Na 132; propranolol for varices and lactulosa for prior encephalopathy"),
        dict(expected=[], out=[("Paciente masculino de 58 años", "Varón de cincuenta y ocho años")], note="clean: age in words"),
        dict(expected=["FMT003"], full=("Ingresa por ascitis (R18) por cirrosis hepática alcohólica (K70.3) en varón de 58 años. "
                                        "Paracentesis evacuatoria de 6 L con albúmina humana (B05AA01). Se descarta peritonitis "
                                        "bacteriana espontánea. Alta con espironolactona (C03DA01) 100 mg/día, furosemida "
                                        "(C03CA01) 40 mg/día, propranolol (C07AA05) 20 mg c/12h y lactulosa (A06AD11) 15 mL "
                                        "c/12h. Control en hepatología en 2 semanas."),
             note="too short"),
        dict(expected=["COD003"], out=[("espironolactona (C03DA01) 100", "espironolactona (ATC C03DA01) 100")],
             note="ATC shares its parenthesis with text"),
        dict(expected=["CLN001"], inp=[("\"atc\": \"A06AD11\", \"nombre\": \"Lactulosa\", \"dosis\": \"15 mL c/12h\"",
                                       "\"atc\": \"G04BE03\", \"nombre\": \"Sildenafilo\", \"dosis\": \"20 mg c/12h\"")],
             out=[("lactulosa (A06AD11) 15 mL c/12h", "sildenafilo (G04BE03) 20 mg c/12h")],
             note="sildenafilo with no indication among diagnoses"),
        dict(expected=["HAL001"], out=[("por lo que se descarta peritonitis", "por lo que se diagnostica peritonitis")],
             note="PBE stated; input rules it out"),
        dict(expected=["HAL003"], out=[("propranolol (C07AA05) 20 mg c/12h", "propranolol (C07AA05) 40 mg c/12h")],
             note="40 exists for furosemida"),
    ]))

CASES.append(dict(
    name="mx_uro_litiasis", country="México", service="Urología",
    input={
        "expediente": "ISSSTE-7781", "paciente": {"genero": "Masculino", "edad": "39"}, "servicio": "Urología",
        "motivo": "cólico renoureteral izquierdo de 2 días con náusea, refractario a analgesia en urgencias",
        "urotac": "lito de 9 mm en uréter distal izquierdo con hidronefrosis grado II izquierda; riñón derecho sin alteraciones",
        "laboratorios": {"creatinina": "1.3 mg/dL", "leucocitos": "9.8 x10^3/µL",
                         "EGO": "eritrocitos 25-30 por campo, nitritos negativos"},
        "diagnosticos": [{"clave": "N20.1", "desc": "Cálculo del uréter"},
                         {"clave": "N13.2", "desc": "Hidronefrosis con obstrucción por cálculos del riñón y del uréter"}],
        "procedimientos": ["ureteroscopia izquierda con litotricia láser", "colocación de catéter doble J izquierdo",
                           "sonda Foley retirada a las 24 h"],
        "medicamentos": [{"clave": "M01AB15", "nombre": "Ketorolaco", "dosis": "30 mg IV c/8h"},
                         {"clave": "G04CA02", "nombre": "Tamsulosina", "dosis": "0.4 mg VO c/24h"},
                         {"clave": "J01MA02", "nombre": "Ciprofloxacino", "dosis": "500 mg VO c/12h por 5 días"}],
        "plan": "retiro de doble J en 3 semanas en consulta externa de urología; ingesta de líquidos de 2 a 3 litros al día"},
    output=("Ingresa por cólico renoureteral izquierdo de 2 días con náusea, refractario a analgesia en urgencias. "
            "Paciente masculino de 39 años. La uroTAC muestra lito de 9 mm en uréter distal izquierdo con hidronefrosis "
            "grado II izquierda y riñón derecho sin alteraciones, diagnosticándose cálculo del uréter (N20.1) con "
            "hidronefrosis obstructiva (N13.2). Creatinina de 1.3 mg/dL, leucocitos 9.8 x10^3/µL y EGO con eritrocitos "
            "25-30 por campo y nitritos negativos. Se realiza ureteroscopia izquierda con litotricia láser y colocación "
            "de catéter doble J izquierdo; la sonda Foley se retira a las 24 h. Recibe ketorolaco (M01AB15) 30 mg IV "
            "c/8h. Egresa con tamsulosina (G04CA02) 0.4 mg VO c/24h y ciprofloxacino (J01MA02) 500 mg VO c/12h por 5 "
            "días, ingesta de líquidos de 2 a 3 litros al día y retiro del doble J en 3 semanas en consulta externa de "
            "urología."),
    variants=[
        dict(expected=[], out=[('Paciente masculino de 39 años.', 'Paciente masculino de treinta y nueve años.')], note='clean: age in words'),
        dict(expected=[], note="clean: right kidney correctly described as normal; Foley grounded; tamsulosina for ureteral stone/stent"),
        dict(expected=[], out=[("tamsulosina (G04CA02) 0.4 mg VO c/24h", "tamsulosina (G04CA02) 0.4 mg vía oral una vez al día")],
             note="clean: restated"),
        dict(expected=["COD001"], out=[("cálculo del uréter (N20.1) con hidronefrosis obstructiva (N13.2)",
                                        "cálculo del uréter con hidronefrosis obstructiva (N20.1, N13.2)")],
             note="two CIE-10 codes in one parenthesis"),
        dict(expected=["COD005"], out=[("diagnosticándose cálculo del uréter (N20.1)", "diagnosticándose cólico renoureteral (N20.1)")],
             note="N20.1 is cálculo del uréter in the input, written after the symptom cólico renoureteral"),
        dict(expected=["REP001"], out=[("Recibe ketorolaco (M01AB15) 30 mg IV c/8h.",
                                        "Recibe ketorolaco (M01AB15) 30 mg IV c/8h. Recibe ketorolaco (M01AB15) 30 mg IV c/8h.")],
             note="repeated sentence"),
        dict(expected=["HAL004"], out=[("Se realiza ureteroscopia izquierda", "Se realiza ureteroscopia derecha")], note="side"),
    ]))

CASES.append(dict(
    name="ar_orl_absceso", country="Argentina", service="Otorrinolaringología",
    input={
        "Paciente": "femenina, 26 años, estudiante", "Servicio": "Otorrinolaringología", "Alergias": "niega",
        "Motivo": "odinofagia intensa, trismus y fiebre de 4 días",
        "Examen": "abombamiento periamigdalino izquierdo con desviación de úvula a la derecha; temperatura 38,4 °C",
        "Laboratorio": "GB 17,6 x10^3/µL; PCR 96 mg/L",
        "TC de cuello": "colección periamigdalina izquierda de 2,3 cm sin extensión parafaríngea",
        "Diagnósticos": "J36 Absceso periamigdalino",
        "Procedimientos": "drenaje por punción-incisión transoral bajo anestesia local",
        "Tratamiento": ["Ampicilina-sulbactam (J01CR01) 1,5 g EV c/6h", "Dexametasona (H02AB02) 8 mg EV dosis única",
                        "Ibuprofeno (M01AE01) 400 mg c/8h"],
        "Evolución": "buena evolución, tolera dieta blanda",
        "Alta": ["Amoxicilina-clavulánico (J01CR02) 875/125 mg VO c/12h hasta completar 10 días",
                 "amigdalectomía diferida a 6 semanas", "control en consultorio de ORL en 7 días"]},
    output=("Ingresa por odinofagia intensa, trismus y fiebre de 4 días. Paciente femenina de 26 años, estudiante, sin "
            "alergias conocidas. Al examen abombamiento periamigdalino izquierdo con desviación de la úvula a la derecha "
            "y temperatura de 38,4 °C; GB 17,6 x10^3/µL y PCR 96 mg/L. La TC de cuello muestra colección periamigdalina "
            "izquierda de 2,3 cm sin extensión parafaríngea, diagnosticándose absceso periamigdalino (J36). Se realiza "
            "drenaje por punción-incisión transoral bajo anestesia local y se indica ampicilina-sulbactam (J01CR01) "
            "1,5 g EV c/6h, dexametasona (H02AB02) 8 mg EV en dosis única e ibuprofeno (M01AE01) 400 mg c/8h. Buena "
            "evolución, tolera dieta blanda. Egresa con amoxicilina-clavulánico (J01CR02) 875/125 mg VO c/12h hasta "
            "completar 10 días. Se difiere la amigdalectomía a 6 semanas. Control en consultorio de ORL en 7 días."),
    variants=[
        dict(expected=[], note="clean: uvula deviated to the opposite (right) side is consistent with a left abscess; amigdalectomía deferred"),
        dict(expected=[], out=[("Paciente femenina de 26 años, estudiante,", "Joven de veintiséis años, estudiante,")],
             note="clean: age in words"),
        dict(expected=["FMT001"], out=[("Ingresa por odinofagia", "Motivo de ingreso: ingresa por odinofagia")],
             note="label before Ingresa"),
        dict(expected=["COD005"], out=[("diagnosticándose absceso periamigdalino (J36)", "diagnosticándose trismus (J36)")],
             note="J36 (absceso periamigdalino) written after trismus"),
        dict(expected=["HAL002"], out=[("PCR 96 mg/L", "PCR 69 mg/L")], note="69 absent"),
        dict(expected=["HAL004"], out=[("Al examen abombamiento periamigdalino izquierdo", "Al examen abombamiento periamigdalino derecho")],
             note="side"),
        dict(expected=["HAL003"], out=[("ampicilina-sulbactam (J01CR01) 1,5 g EV c/6h", "ampicilina-sulbactam (J01CR01) 1,5 g EV c/12h")],
             note="12 exists for amoxicilina-clavulánico"),
    ]))

CASES.append(dict(
    name="es_oftalmo_endoftalmitis", country="España", service="Oftalmología",
    input={
        "paciente": {"sexo": "varón", "edad": 76}, "servicio": "Oftalmología",
        "motivo": "dolor, ojo rojo y pérdida de visión en OD al tercer día de facoemulsificación con implante de LIO en OD",
        "exploracion": {"AV_OD": "movimiento de manos", "AV_OI": "0,5", "biomicroscopia_OD": "hipopion de 2 mm, Tyndall +++",
                        "ecografia_OD": "vitritis sin desprendimiento de retina"},
        "antecedentes": [{"codigo": "H25.1", "desc": "Catarata senil nuclear OI, pendiente de cirugía"},
                         {"codigo": "E11.9", "desc": "Diabetes mellitus tipo 2"}],
        "diagnostico": [{"codigo": "H44.0", "desc": "Endoftalmitis purulenta", "lateralidad": "OD"}],
        "procedimientos": ["vitrectomía pars plana OD", "inyección intravítrea de vancomicina 1 mg y ceftazidima 2,25 mg"],
        "cultivo": "Staphylococcus epidermidis",
        "tratamiento": [
            {"atc": "J01MA14", "nombre": "Moxifloxacino", "pauta": "400 mg VO c/24h por 10 días"},
            {"atc": "S01AE07", "nombre": "Moxifloxacino colirio", "pauta": "1 gota c/4h OD"},
            {"atc": "S01BA01", "nombre": "Dexametasona colirio", "pauta": "1 gota c/4h OD"},
            {"atc": "A10BA02", "nombre": "Metformina", "pauta": "850 mg c/12h"}],
        "educacion": "se explica al paciente y a su esposa la instilación de colirios, la higiene palpebral, la protección ocular nocturna con concha y la consulta urgente ante aumento del dolor, disminución de la visión o secreción",
        "alta": "AV OD al alta 0,1; cirugía de catarata OI diferida; control en consultas de retina en 48 h"},
    output=("Ingresa por dolor, ojo rojo y pérdida de visión en OD al tercer día de una facoemulsificación con implante "
            "de LIO en OD. Varón de 76 años con diabetes mellitus tipo 2 (E11.9) en tratamiento con metformina "
            "(A10BA02) 850 mg c/12h y catarata senil nuclear (H25.1) en OI pendiente de cirugía. Presenta AV de "
            "movimiento de manos en OD y 0,5 en OI, hipopion de 2 mm con Tyndall +++ y vitritis sin desprendimiento de "
            "retina en la ecografía. Con diagnóstico de endoftalmitis purulenta (H44.0) del OD se realiza vitrectomía "
            "pars plana OD con inyección intravítrea de vancomicina 1 mg y ceftazidima 2,25 mg. El cultivo aísla "
            "Staphylococcus epidermidis. Recibe moxifloxacino (J01MA14) 400 mg VO c/24h por 10 días, moxifloxacino "
            "colirio (S01AE07) y dexametasona colirio (S01BA01) 1 gota c/4h en OD. Alta con AV en OD de 0,1; se "
            "difiere la cirugía de catarata del OI. Control en consultas de retina en 48 h."),
    variants=[
        dict(expected=[], out=[('Varón de 76 años', 'Varón de setenta y seis años')], note='clean: age in words'),
        dict(expected=[], note="clean: OD/OI abbreviations; cataract surgery of the other eye deferred"),
        dict(expected=[], out=[("1 gota c/4h en OD", "1 gota cada 4 horas en el ojo derecho")], note="clean: restated"),
        dict(expected=["FMT003"], out=[("Control en consultas de retina en 48 h.",
                                        "Se explica al paciente y a su esposa la instilación de los colirios, la higiene "
                                        "palpebral y la protección ocular nocturna con concha, así como la consulta urgente "
                                        "ante aumento del dolor, disminución de la visión o secreción. Control en consultas "
                                        "de retina en 48 h para valorar la evolución del hipopion y de la vitritis tras la "
                                        "vitrectomía.")],
             note="too long"),
        dict(expected=["COD003"], out=[("colirio (S01AE07) y", "colirio (S01AE07 tópico) y")], note="ATC shares parenthesis"),
        dict(expected=["COD006"], out=[("catarata senil nuclear (H25.1) en OI", "catarata senil nuclear en OI")], note="H25.1 omitted"),
        dict(expected=["HAL004"], out=[("se realiza vitrectomía pars plana OD", "se realiza vitrectomía pars plana OI")],
             note="eye operated"),
    ]))

CASES.append(dict(
    name="bo_ped_empiema", country="Bolivia", service="Pediatría",
    input={
        "nino": {"sexo": "femenino", "fecha_nacimiento": "2017-09-14"}, "fecha_ingreso": "2024-01-22",
        "servicio": "Pediatría - Hospital del Niño", "acompanante": "el padre",
        "motivo": "fiebre de 6 días, tos y dolor torácico izquierdo",
        "examen": "hipoventilación en hemitórax izquierdo, SatO2 91%, temperatura 39,1 °C",
        "rx": "opacidad basal izquierda con derrame pleural izquierdo", "ecografia": "derrame tabicado izquierdo",
        "laboratorio": {"leucocitos": "24,5 x10^3/µL", "PCR": "186 mg/L",
                        "liquido pleural": "pH 7,0, glucosa 30 mg/dL, LDH 2100 U/L"},
        "diagnosticos": [{"cie10": "J86.9", "desc": "Piotórax sin fístula"},
                         {"cie10": "J18.9", "desc": "Neumonía no especificada"}],
        "procedimientos": ["tubo pleural izquierdo por 5 días", "fibrinolíticos intrapleurales: no se usaron"],
        "tratamiento": [{"atc": "J01DD04", "nombre": "Ceftriaxona", "dosis": "100 mg/kg/día IV c/24h"},
                        {"atc": "J01FF01", "nombre": "Clindamicina", "dosis": "40 mg/kg/día IV c/8h"},
                        {"atc": "N02BE01", "nombre": "Paracetamol", "dosis": "15 mg/kg c/6h"}],
        "alta": "amoxicilina-clavulánico 90 mg/kg/día VO c/12h hasta completar 3 semanas; control en consultorio de neumología pediátrica en 1 semana"},
    output=("Ingresa por fiebre de 6 días, tos y dolor torácico izquierdo. Escolar de 6 años, de sexo femenino, "
            "acompañada por el padre. Al examen hipoventilación en hemitórax izquierdo, SatO2 de 91% y temperatura de "
            "39,1 °C. La radiografía muestra opacidad basal izquierda con derrame pleural izquierdo, tabicado en la "
            "ecografía. Leucocitos 24,5 x10^3/µL, PCR 186 mg/L y líquido pleural con pH 7,0, glucosa 30 mg/dL y LDH 2100 "
            "U/L, diagnosticándose neumonía (J18.9) complicada con piotórax (J86.9). Se coloca tubo pleural izquierdo "
            "por 5 días, sin uso de fibrinolíticos intrapleurales, y recibe ceftriaxona (J01DD04) 100 mg/kg/día IV "
            "c/24h, clindamicina (J01FF01) 40 mg/kg/día IV c/8h y paracetamol (N02BE01) 15 mg/kg c/6h. Egresa con "
            "amoxicilina-clavulánico 90 mg/kg/día VO c/12h hasta completar 3 semanas. Control en consultorio de "
            "neumología pediátrica en 1 semana."),
    variants=[
        dict(expected=[], out=[('ceftriaxona (J01DD04) 100 mg/kg/día IV c/24h', 'ceftriaxona (J01DD04) 100 mg/kg/día endovenosa una vez al día')], note='clean: restated'),
        dict(expected=[], note="clean: age 6 computed from dates; 'el padre' is not the patient; fibrinolíticos negated"),
        dict(expected=[], out=[("clindamicina (J01FF01) 40 mg/kg/día IV c/8h", "clindamicina (J01FF01) 40 mg/kg/día endovenosa repartida cada 8 horas")],
             note="clean: restated"),
        dict(expected=["COD001"], out=[("diagnosticándose neumonía (J18.9)", "diagnosticándose neumonía J18.9")], note="code without parentheses"),
        dict(expected=["COD007"], inp=[("\"cie10\": \"J86.9\"", "\"cie10\": \"J19.9\"")],
             out=[("piotórax (J86.9)", "piotórax (J19.9)")], note="J19 is not an ICD-10 category"),
        dict(expected=["HAL004"], out=[("Se coloca tubo pleural izquierdo", "Se coloca tubo pleural derecho")], note="chest tube side"),
        dict(expected=["HAL001"], out=[("sin uso de fibrinolíticos intrapleurales", "con fibrinolíticos intrapleurales")],
             note="fibrinolytics stated as given; input says not used"),
    ]))

CASES.append(dict(
    name="do_mi_dengue", country="República Dominicana", service="Medicina Interna",
    input={
        "paciente": {"sexo": "femenino", "edad": 31, "ars": "ARS Humano"}, "servicio": "Medicina Interna",
        "motivo": "fiebre de 5 días, mialgias, dolor abdominal y vómitos persistentes",
        "examen": "temperatura 38,7 °C, PA 100/70 mmHg, hepatomegalia dolorosa de 2 cm",
        "laboratorio": [{"prueba": "plaquetas", "valor": "38 x10^3/µL", "ref": "150-450"},
                        {"prueba": "hematocrito", "valor": "46%", "basal": "38%"},
                        {"prueba": "leucocitos", "valor": "2,8 x10^3/µL", "ref": "4,5-11"},
                        {"prueba": "TGO", "valor": "186 U/L"}, {"prueba": "NS1", "valor": "positivo"}],
        "diagnosticos": [{"cie10": "A91", "desc": "Dengue con signos de alarma (fiebre del dengue hemorrágico)"}],
        "tratamiento": [{"nombre": "Lactato de Ringer", "dosis": "10 mL/kg/h, descenso progresivo"},
                        {"atc": "N02BE01", "nombre": "Acetaminofén", "dosis": "1 g VO c/6h si fiebre"},
                        {"atc": "A03FA01", "nombre": "Metoclopramida", "dosis": "10 mg IV c/8h"}],
        "notas": "se evitan AINES; no requirió transfusión de plaquetas",
        "evolucion": "plaquetas al egreso 112 x10^3/µL, hematocrito 39%, tolera vía oral",
        "plan": "control en consulta en 48 horas con hemograma"},
    output=("Ingresa por fiebre de 5 días, mialgias, dolor abdominal y vómitos persistentes. Paciente femenina de 31 "
            "años. Al examen temperatura de 38,7 °C, PA 100/70 mmHg y hepatomegalia dolorosa de 2 cm. Laboratorio con "
            "trombocitopenia de 38 x10^3/µL, hemoconcentración con hematocrito de 46% (basal 38%), leucopenia de 2,8 "
            "x10^3/µL y TGO 186 U/L; NS1 positivo, diagnosticándose dengue con signos de alarma (A91). Se maneja con "
            "lactato de Ringer a 10 mL/kg/h con descenso progresivo, acetaminofén (N02BE01) 1 g VO c/6h si fiebre y "
            "metoclopramida (A03FA01) 10 mg IV c/8h. Se evitan AINES y no requiere transfusión de plaquetas. Al egreso "
            "plaquetas 112 x10^3/µL y hematocrito 39%, tolerando la vía oral. Control en consulta en 48 horas con "
            "hemograma."),
    variants=[
        dict(expected=[], out=[('Paciente femenina de 31 años.', 'Paciente femenina de treinta y un años.')], note='clean: age in words'),
        dict(expected=[], note="clean: AINES avoided, platelet transfusion negated; trombocitopenia/leucopenia/hemoconcentración derived; metoclopramida for the dengue vomiting"),
        dict(expected=[], out=[("acetaminofén (N02BE01) 1 g VO c/6h si fiebre", "acetaminofén (N02BE01) 1 g por vía oral cada 6 horas si fiebre")],
             note="clean: restated"),
        dict(expected=["FMT002"], out=[("Laboratorio con trombocitopenia", "Laboratorio con<br>trombocitopenia")], note="HTML tag"),
        dict(expected=["COD004"], out=[("lactato de Ringer a 10", "lactato de Ringer (B05BB01) a 10")], note="ATC not in input"),
        dict(expected=["CLN001"], inp=[("\"atc\": \"A03FA01\", \"nombre\": \"Metoclopramida\", \"dosis\": \"10 mg IV c/8h\"",
                                       "\"atc\": \"G04CA02\", \"nombre\": \"Tamsulosina\", \"dosis\": \"0,4 mg VO c/24h\"")],
             out=[("metoclopramida (A03FA01) 10 mg IV c/8h", "tamsulosina (G04CA02) 0,4 mg VO c/24h")],
             note="tamsulosina in a woman with dengue: no indication"),
        dict(expected=["HAL001"], out=[("y no requiere transfusión de plaquetas", "y requiere transfusión de plaquetas")],
             note="platelet transfusion stated; input says not required"),
        dict(expected=["DEM001"], out=[("Paciente femenina de 31 años", "Paciente masculino de 31 años")], note="sex"),
    ]))

CASES.append(dict(
    name="gt_geri_delirium", country="Guatemala", service="Geriatría",
    input={
        "paciente": "mujer de 86 años, institucionalizada en hogar de ancianos", "servicio": "Geriatría",
        "motivo": "confusión aguda, agitación nocturna y disminución de la ingesta de 3 días",
        "problemas": [{"codigo": "F05.1", "nombre": "Delirium superpuesto a demencia", "estado": "activo"},
                      {"codigo": "N39.0", "nombre": "Infección de vías urinarias", "estado": "activo"},
                      {"codigo": "F03", "nombre": "Demencia no especificada", "estado": "crónico"},
                      {"codigo": "E87.1", "nombre": "Hiponatremia", "estado": "resuelto"}],
        "laboratorio": {"sodio ingreso": "128 mEq/L", "sodio egreso": "135 mEq/L", "leucocitos": "13,2 x10^3/µL",
                        "urocultivo": "Klebsiella pneumoniae sensible a ceftriaxona"},
        "sondas": "sonda vesical por retención urinaria de 600 mL, retirada al día 3 con micción espontánea",
        "tratamiento": [{"atc": "J01DD04", "nombre": "Ceftriaxona", "dosis": "1 g IV c/24h por 7 días"},
                        {"atc": "N05AD01", "nombre": "Haloperidol", "dosis": "0,5 mg VO en la noche por 3 días, suspendido"},
                        {"nombre": "Solución salina 0,9%", "dosis": "1000 mL/día"}],
        "medidas": "medidas no farmacológicas de reorientación; la hija la acompaña por las noches",
        "egreso": "regresa al hogar de ancianos; control en consulta externa de geriatría en 2 semanas"},
    output=("Ingresa por confusión aguda, agitación nocturna y disminución de la ingesta de 3 días. Mujer de 86 años, "
            "institucionalizada en hogar de ancianos, con demencia no especificada (F03). Presenta hiponatremia (E87.1) "
            "de 128 mEq/L y leucocitosis de 13,2 x10^3/µL, con urocultivo positivo para Klebsiella pneumoniae, "
            "diagnosticándose infección de vías urinarias (N39.0) y delirium superpuesto a demencia (F05.1). Se coloca "
            "sonda vesical por retención urinaria de 600 mL, retirada al día 3 con micción espontánea. Recibe "
            "ceftriaxona (J01DD04) 1 g IV c/24h por 7 días, solución salina 0,9% 1000 mL/día y haloperidol (N05AD01) "
            "0,5 mg VO en la noche por 3 días, ya suspendido, junto a medidas de reorientación; la hija la acompaña por "
            "las noches. La hiponatremia se corrige con sodio de 135 mEq/L al egreso. Regresa al hogar de ancianos con "
            "control en consulta externa de geriatría en 2 semanas."),
    variants=[
        dict(expected=[], out=[('haloperidol (N05AD01) 0,5 mg VO en la noche', 'haloperidol (N05AD01) 0,5 mg por vía oral en la noche')], note='clean: restated route'),
        dict(expected=[], note="clean: resolved hiponatremia; haloperidol suspended; 'la hija' is not the patient"),
        dict(expected=[], out=[("Mujer de 86 años", "Mujer de ochenta y seis años")], note="clean: age in words"),
        dict(expected=["FMT003"], full=("Ingresa por confusión aguda de 3 días. Mujer de 86 años con demencia no especificada "
                                        "(F03), hiponatremia (E87.1), infección de vías urinarias (N39.0) y delirium "
                                        "superpuesto a demencia (F05.1). Recibe ceftriaxona (J01DD04) 1 g IV c/24h por 7 "
                                        "días y haloperidol (N05AD01) 0,5 mg por 3 días. Regresa al hogar de ancianos."),
             note="too short"),
        dict(expected=["COD002"], out=[("por retención urinaria de 600 mL", "por retención urinaria (R33) de 600 mL")],
             note="R33 absent from input"),
        dict(expected=["HAL002"], out=[("retención urinaria de 600 mL", "retención urinaria de 800 mL")], note="800 absent"),
        dict(expected=["DEM001"], out=[("Mujer de 86 años", "Varón de 86 años")], note="sex"),
    ]))

CASES.append(dict(
    name="py_hemato_pti", country="Paraguay", service="Hematología",
    input={
        "paciente": {"sexo": "femenino", "edad": 23}, "servicio": "Hematología", "hospital": "Hospital de Clínicas",
        "motivo": "petequias en miembros inferiores, gingivorragia y epistaxis de 2 días",
        "antecedentes": "cuadro viral hace 2 semanas; sin medicación habitual",
        "laboratorio": {"plaquetas": "6 x10^3/µL", "hemoglobina": "12,8 g/dL", "leucocitos": "6,9 x10^3/µL",
                        "frotis": "sin blastos, macroplaquetas", "serologias VIH, VHB, VHC": "negativas"},
        "diagnosticos": [{"codigo": "D69.3", "descripcion": "Púrpura trombocitopénica idiopática"}],
        "tratamiento": [{"atc": "J06BA02", "nombre": "Inmunoglobulina humana inespecífica IV", "dosis": "1 g/kg/día por 2 días"},
                        {"atc": "H02AB07", "nombre": "Prednisona", "dosis": "1 mg/kg/día VO (60 mg/día)"},
                        {"atc": "A02BC01", "nombre": "Omeprazol", "dosis": "20 mg/día VO (gastroprotección)"}],
        "notas": "no se transfunden plaquetas por ausencia de sangrado grave; aspirado de médula ósea no indicado",
        "evolucion": "plaquetas 84 x10^3/µL al día 5, sin sangrado",
        "plan": "descenso de prednisona según control en consultorio de hematología en 1 semana"},
    output=("Ingresa por petequias en miembros inferiores, gingivorragia y epistaxis de 2 días. Paciente femenina de 23 "
            "años, sin medicación habitual, con cuadro viral hace 2 semanas. Laboratorio con plaquetas de 6 x10^3/µL, "
            "hemoglobina 12,8 g/dL y leucocitos 6,9 x10^3/µL; frotis sin blastos con macroplaquetas y serologías VIH, "
            "VHB y VHC negativas, diagnosticándose púrpura trombocitopénica idiopática (D69.3). Recibe inmunoglobulina "
            "humana inespecífica IV (J06BA02) 1 g/kg/día por 2 días y prednisona (H02AB07) 60 mg/día VO con omeprazol "
            "(A02BC01) 20 mg/día VO como gastroprotección. No se transfunden plaquetas por ausencia de sangrado grave y "
            "no se indica aspirado de médula ósea. Al día 5 plaquetas de 84 x10^3/µL, sin sangrado. Alta con descenso "
            "de prednisona según control en consultorio de hematología en 1 semana."),
    variants=[
        dict(expected=[], note="clean: platelet transfusion and bone-marrow aspirate negated; omeprazol as gastroprotection under high-dose prednisone judged plausible"),
        dict(expected=[], out=[("prednisona (H02AB07) 60 mg/día VO", "prednisona (H02AB07) 1 mg/kg/día VO")],
             note="clean: the same dose written per kg as in the input"),
        dict(expected=["COD005"], out=[("y epistaxis de 2 días", "y epistaxis (D69.3) de 2 días"),
                                       ("idiopática (D69.3).", "idiopática.")],
             note="D69.3 moved after epistaxis (one problem, two edits)"),
        dict(expected=["COD006"], out=[("omeprazol (A02BC01) 20", "omeprazol 20")], note="A02BC01 omitted"),
        dict(expected=["REP001"], out=[("Al día 5 plaquetas de 84 x10^3/µL, sin sangrado.",
                                        "Al día 5 plaquetas de 84 x10^3/µL, sin sangrado. Al día 5 plaquetas de 84 x10^3/µL, sin sangrado.")],
             note="repeated sentence"),
        dict(expected=["HAL001"], out=[("No se transfunden plaquetas por ausencia", "Se transfunden plaquetas pese a la ausencia")],
             note="platelet transfusion stated; input says not given"),
        dict(expected=["HAL003"], out=[("omeprazol (A02BC01) 20 mg/día VO", "omeprazol (A02BC01) 20 mg/día IV")], note="route"),
    ]))
