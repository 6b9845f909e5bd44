"""blind15 scenarios S13-S18: Spain (Clínic, Cruces, La Paz, La Fe, HUCA, Son Espases)."""
from cases_common import I, O, P, T, scenario

S13 = scenario(
    "S13",
    setting="España, Hospital Clínic de Barcelona, unidad de TCA; anorexia nerviosa; adolescente mujer de 17 años con su madre",
    style="prosa dictada, vocabulario peninsular (analítica, ingreso, alta)",
    schema="objeto anidado; fecha de nacimiento + fecha de ingreso en lugar de edad; claves CIE10/ATC en mayúsculas; sexo 'mujer'",
    input={
        "centro": "Hospital Clínic de Barcelona",
        "unidad": "Unidad de Trastornos de la Conducta Alimentaria (ingreso hospitalario)",
        "paciente": {"sexo": "mujer", "fecha_nacimiento": "2007-01-22", "fecha_ingreso": "2024-10-07"},
        "acompanante": "madre",
        "motivo": "pérdida ponderal de 11 kg en 5 meses, amenorrea y mareos ortostáticos",
        "antropometria": {"peso_ingreso": "38,5 kg", "talla": "1,65 m", "IMC_ingreso": "14,1 kg/m2",
                          "peso_alta": "43,2 kg", "IMC_alta": "15,9 kg/m2"},
        "constantes": {"FC": "42 lpm", "TA": "84/52 mmHg", "temperatura": "35,6 °C"},
        "analitica": {"potasio": "2,9 mmol/L", "fosfato": "0,7 mmol/L", "glucosa": "68 mg/dL"},
        "diagnosticos": [
            {"CIE10": "F50.0", "nombre": "Anorexia nerviosa restrictiva"},
            {"CIE10": "E87.6", "nombre": "Hipopotasemia"}],
        "tratamiento": [
            {"ATC": "A12BA01", "principio_activo": "Cloruro potásico", "posologia": "20 mmol cada 8 horas vía oral"}],
        "intervenciones": ["realimentación progresiva supervisada por la nutricionista",
                           "sonda nasogástrica durante 9 días", "psicoterapia individual y familiar"],
        "estancia": "34 días",
        "alta": "hospital de día de TCA; controles analíticos semanales",
    },
    output=("Ingresa por pérdida ponderal de 11 kg en 5 meses, amenorrea y mareos ortostáticos, en una adolescente de 17 "
            "años acompañada por su madre. Al ingreso pesa 38,5 kg con talla de 1,65 m e IMC de 14,1 kg/m2; presenta FC "
            "42 lpm, TA 84/52 mmHg y temperatura de 35,6 °C. En la analítica destaca potasio 2,9 mmol/L, fosfato 0,7 "
            "mmol/L y glucosa 68 mg/dL. Se diagnostica anorexia nerviosa restrictiva (F50.0) e hipopotasemia (E87.6), que "
            "se corrige con cloruro potásico (A12BA01) 20 mmol cada 8 horas por vía oral. Se inicia realimentación "
            "progresiva supervisada por la nutricionista, con sonda nasogástrica durante 9 días, junto con psicoterapia "
            "individual y familiar. Al alta, tras 34 días de ingreso, pesa 43,2 kg con IMC de 15,9 kg/m2. Continúa "
            "seguimiento en el hospital de día de TCA con controles analíticos semanales."),
    note="base: clean; age 17 follows from birth date 2007-01-22 and admission 2024-10-07",
    variants=[
        T("finding supported by the input's own vital sign: bradicardia from FC 42 lpm",
          O("presenta FC 42 lpm", "presenta bradicardia de 42 lpm")),
        T("device under its abbreviation and the number in words: SNG = sonda nasogástrica, nueve = 9",
          O("con sonda nasogástrica durante 9 días", "con SNG durante nueve días")),
        P("DEM001", "sex contradicts the input (mujer): 'un adolescente ... acompañado'",
          O("en una adolescente de 17 años acompañada", "en un adolescente de 17 años acompañado")),
        P(["DEM001", "HAL002"], "birth date in the input changed to 2004-01-22 (20 years at admission); the output's 17 contradicts it (DEM001) and is neither written in nor derivable from the input (HAL002)",
          I("2007-01-22", "2004-01-22")),
        P("HAL003", "route contradicts the input for cloruro potásico (vía oral in the input, intravenosa in the output)",
          O("20 mmol cada 8 horas por vía oral", "20 mmol cada 8 horas por vía intravenosa")),
        P("HAL002", "lab value not in the input: glucosa 58 (input 68)",
          O("glucosa 68 mg/dL", "glucosa 58 mg/dL")),
        P("HAL001", "drug not in the input: olanzapina (a plausible psychiatric indication exists, so no CLN001)",
          O("junto con psicoterapia individual y familiar.", "junto con psicoterapia individual y familiar y olanzapina a dosis bajas.")),
        P("FMT002", "markdown underscore emphasis",
          O("Al alta, tras 34 días", "__Al alta__, tras 34 días")),
        T("finding supported by the input's own value: hipotermia from temperatura 35,6 °C",
          O("y temperatura de 35,6 °C", "e hipotermia de 35,6 °C")),
    ],
)

S14 = scenario(
    "S14",
    setting="España, Hospital Universitario Cruces (Barakaldo, Bizkaia), neurocirugía; hematoma subdural crónico izquierdo evacuado por trépanos; varón de 81 años",
    style="prosa dictada",
    schema="claves planas sexo 'varón', edad numérica; antecedentes y medicación con codigo/atc; negación de reversión en el input",
    input={
        "hospital": "Hospital Universitario Cruces (Barakaldo, Bizkaia)",
        "servicio": "Neurocirugía",
        "sexo": "varón",
        "edad": 81,
        "acompañante": "hija",
        "motivo_ingreso": "torpeza progresiva de la mano derecha y bradipsiquia de 10 días; caída casual hace 6 semanas",
        "antecedentes": [
            {"codigo": "I48.9", "descripcion": "fibrilación auricular anticoagulada"},
            {"codigo": "I10", "descripcion": "hipertensión arterial"}],
        "exploracion": "Glasgow 14, hemiparesia derecha 4/5",
        "TC_craneal": "hematoma subdural crónico frontoparietal izquierdo de 22 mm con desviación de línea media de 9 mm",
        "diagnostico_principal": {"codigo": "S06.5", "descripcion": "Hematoma subdural crónico traumático"},
        "intervencion": "evacuación mediante dos trépanos frontoparietales izquierdos y drenaje subdural durante 48 horas",
        "medicacion": [
            {"atc": "B01AF02", "farmaco": "Apixabán", "pauta": "5 mg cada 12 horas",
             "observacion": "suspendido al ingreso; reintroducción a los 30 días del alta"},
            {"atc": "C09CA01", "farmaco": "Losartán", "pauta": "50 mg cada 24 horas"}],
        "reversion": "no se administró concentrado de complejo protrombínico (última dosis de apixabán hacía más de 48 horas)",
        "evolucion": "recuperación de la fuerza, Glasgow 15 al alta, TC de control con reexpansión cerebral",
        "estancia": 6,
    },
    output=("Ingresa por torpeza progresiva de la mano derecha y bradipsiquia de 10 días, con caída casual hace 6 semanas, "
            "en un varón de 81 años con fibrilación auricular (I48.9) anticoagulada con apixabán (B01AF02) 5 mg cada 12 "
            "horas e hipertensión arterial (I10) tratada con losartán (C09CA01) 50 mg cada 24 horas. Exploración: "
            "Glasgow 14 y hemiparesia derecha 4/5. La TC craneal muestra un hematoma subdural crónico frontoparietal "
            "izquierdo de 22 mm con desviación de línea media de 9 mm, y se diagnostica hematoma subdural crónico "
            "traumático (S06.5). Se suspende el apixabán y, al haber pasado más de 48 horas desde la última dosis, no se "
            "administra complejo protrombínico. Se realiza evacuación mediante dos trépanos frontoparietales izquierdos "
            "con drenaje subdural durante 48 horas. Presenta recuperación de la fuerza, Glasgow 15 y TC de control con "
            "reexpansión cerebral. Alta a los 6 días, acompañado de su hija, con reintroducción del apixabán a los 30 días."),
    note="base: clean; left haematoma with right hemiparesis and right hand clumsiness, as in the input (contralateral); complejo protrombínico appears only as not given",
    variants=[
        T("laterality made explicit and consistent with the input: right hemiparesis contralateral to the left haematoma",
          O("Glasgow 14 y hemiparesia derecha 4/5.", "Glasgow 14 y hemiparesia derecha 4/5, contralateral al hematoma.")),
        T("age by decade, consistent with 81",
          O("en un varón de 81 años", "en un varón octogenario")),
        P("HAL004", "side contradicts the input: the haematoma is left frontoparietal, output says right",
          O("frontoparietal izquierdo de 22 mm", "frontoparietal derecho de 22 mm")),
        P("HAL004", "side contradicts the input: clumsiness of the right hand, output says left",
          O("torpeza progresiva de la mano derecha", "torpeza progresiva de la mano izquierda")),
        P("DEM001", "sex contradicts the input (varón): participle 'acompañada' about the patient",
          O("Alta a los 6 días, acompañado de su hija", "Alta a los 6 días, acompañada de su hija")),
        P("HAL001", "procedure not in the input: embolización de la arteria meníngea media",
          O("con drenaje subdural durante 48 horas.", "con drenaje subdural durante 48 horas y embolización de la arteria meníngea media.")),
        P("HAL003", "frequency contradicts the input for losartán (cada 24 horas in the input, cada 12 horas in the output); 12 is apixabán's interval elsewhere in the input",
          O("losartán (C09CA01) 50 mg cada 24 horas", "losartán (C09CA01) 50 mg cada 12 horas")),
        P("COD001", "CIE-10 code written without parentheses",
          O("traumático (S06.5).", "traumático, código S06.5.")),
        T("brand name: Eliquis = apixabán",
          O("con reintroducción del apixabán a los 30 días", "con reintroducción de Eliquis a los 30 días")),
        P("COD004", "ATC code B02BD01 attached to complejo protrombínico (mentioned as not given); that code is not in the input",
          O("no se administra complejo protrombínico.", "no se administra complejo protrombínico (B02BD01).")),
    ],
)

S15 = scenario(
    "S15",
    setting="España, Hospital Universitario La Paz (Madrid), UCI neonatal; prematuro de 31+2 semanas con síndrome de dificultad respiratoria; madre de 29 años",
    style="encabezados en línea propia sin markdown (Diagnósticos:, Evolución:, Alta:)",
    schema="objeto 'recien_nacido' con fechas de nacimiento e ingreso; objeto 'madre' con su propia edad; claves cie10/atc",
    input={
        "hospital": "Hospital Universitario La Paz, Madrid",
        "servicio": "Neonatología - UCIN",
        "recien_nacido": {"sexo": "varón", "fecha_nacimiento": "2024-03-11", "fecha_ingreso": "2024-03-11",
                          "edad_gestacional": "31+2 semanas", "peso_nacimiento": "1.480 g", "apgar": "6/8"},
        "madre": {"edad": 29, "antecedentes": "rotura prematura de membranas de 20 horas, corticoides prenatales completos"},
        "motivo": "dificultad respiratoria inmediata al nacimiento con quejido y tiraje",
        "diagnosticos": [
            {"cie10": "P22.0", "nombre": "Síndrome de dificultad respiratoria del recién nacido"},
            {"cie10": "P07.3", "nombre": "Otros recién nacidos pretérmino"},
            {"cie10": "P28.4", "nombre": "Otras apneas del recién nacido"}],
        "soporte_respiratorio": "CPAP nasal 6 cmH2O con FiO2 máxima 0,40; surfactante mediante técnica LISA; CPAP retirada a las 96 horas",
        "farmacos": [
            {"atc": "R07AA02", "nombre": "Poractant alfa", "dosis": "200 mg/kg", "via": "intratraqueal", "dosis_total": "1 dosis"},
            {"atc": "N06BC01", "nombre": "Citrato de cafeína", "dosis": "20 mg/kg de carga y 5 mg/kg cada 24 horas",
             "via": "intravenosa y después oral"}],
        "alimentacion": "nutrición enteral con leche materna fortificada, alimentación completa al día 10",
        "peso_alta": "1.920 g",
        "edad_corregida_alta": "36+1 semanas",
        "dias_ingreso": 34,
        "alta": "programa de seguimiento de prematuros; ecografía cerebral normal; cribado de retinopatía sin hallazgos",
    },
    output=("Ingresa por dificultad respiratoria inmediata al nacimiento, con quejido y tiraje, recién nacido varón "
            "pretérmino de 31+2 semanas y 1.480 g, Apgar 6/8, hijo de madre de 29 años con rotura prematura de membranas "
            "de 20 horas y corticoides prenatales completos.\n"
            "Diagnósticos: síndrome de dificultad respiratoria del recién nacido (P22.0), recién nacido pretérmino "
            "(P07.3) y apneas del recién nacido (P28.4).\n"
            "Evolución: precisa CPAP nasal a 6 cmH2O con FiO2 máxima de 0,40 y recibe una dosis de poractant alfa "
            "(R07AA02) 200 mg/kg intratraqueal mediante técnica LISA. Se retira la CPAP a las 96 horas. Para las apneas "
            "recibe citrato de cafeína (N06BC01) con carga de 20 mg/kg y mantenimiento de 5 mg/kg cada 24 horas, primero "
            "intravenoso y después oral. Alcanza alimentación enteral completa con leche materna fortificada al día 10. "
            "Ecografía cerebral normal y cribado de retinopatía sin hallazgos.\n"
            "Alta: tras 34 días de ingreso, con peso de 1.920 g y edad corregida de 36+1 semanas, se incluye en el "
            "programa de seguimiento de prematuros."),
    note="base: clean; the only adult age in the text (29) is the mother's, as in the input",
    variants=[
        T("the mother's age written in words; it is not the patient's age",
          O("hijo de madre de 29 años", "hijo de madre de veintinueve años")),
        T("synonym: CPAP nasal is a form of VMNI (ventilación mecánica no invasiva)",
          O("Evolución: precisa CPAP nasal", "Evolución: precisa VMNI con CPAP nasal")),
        P("DEM001", "sex contradicts the input (varón): 'recién nacida' about the patient",
          O("recién nacido varón pretérmino", "recién nacida pretérmino")),
        P("HAL003", "route contradicts the input for poractant alfa (intratraqueal in the input, intravenoso in the output)",
          O("200 mg/kg intratraqueal", "200 mg/kg intravenoso")),
        P("HAL003", "dose contradicts the input for cafeína maintenance (5 mg/kg in the input, 20 mg/kg in the output); 20 is the loading dose elsewhere in the input and does not ground it",
          O("mantenimiento de 5 mg/kg cada 24 horas", "mantenimiento de 20 mg/kg cada 24 horas")),
        P("HAL001", "diagnosis not in the input: hemorragia intraventricular (the input says cerebral ultrasound normal)",
          O("Ecografía cerebral normal y cribado", "Ecografía cerebral con hemorragia intraventricular grado I y cribado")),
        P("HAL002", "number not in the input: discharge weight 2.010 g (input 1.920 g)",
          O("con peso de 1.920 g", "con peso de 2.010 g")),
        P("FMT002", "markdown heading mark on an own-line heading",
          O("\nDiagnósticos:", "\n## Diagnósticos:")),
        P("COD006", "the CIE-10 code of apneas (P28.4) is left out of the output",
          O("apneas del recién nacido (P28.4).", "apneas del recién nacido.")),
        T("negation: no intubation needed; not a claim",
          O("Se retira la CPAP a las 96 horas.", "Se retira la CPAP a las 96 horas, sin necesidad de intubación.")),
    ],
)

S16_OUT = ("Ingresa por hematemesis y melenas de 12 horas de evolución con mareo, en un varón de 63 años con consumo de "
           "alcohol activo hasta hace 1 año. En Urgencias presenta TA 92/58 mmHg y FC 116 lpm; analítica con Hb 7,1 g/dL, "
           "plaquetas 74.000/µL, INR 1,6, bilirrubina 2,4 mg/dL y albúmina 2,8 g/dL. Se diagnostica cirrosis hepática "
           "alcohólica (K70.3), Child-Pugh B8, con ascitis (R18) y varices esofágicas con hemorragia (I85.0). Recibe "
           "terlipresina (H01BA04) 2 mg cada 4 horas EV durante 5 días y transfusión de 2 concentrados de hematíes, y a "
           "las 6 horas se realiza endoscopia digestiva alta con ligadura con bandas de 3 cordones varicosos. Evoluciona "
           "sin resangrado, con Hb estable en 8,9 g/dL al alta. Tras 8 días de ingreso se pauta propranolol (C07AA05) 20 "
           "mg cada 12 horas VO y espironolactona (C03DA01) 100 mg cada 24 horas VO, con nueva sesión de ligadura en 3 "
           "semanas, abstinencia alcohólica y seguimiento en consulta de hepatología.")

S16 = scenario(
    "S16",
    setting="España, Hospital Universitari i Politècnic La Fe (València), digestivo; cirrosis alcohólica con hemorragia por varices y ligadura con bandas; varón de 63 años",
    style="prosa dictada",
    schema="objeto anidado; sexo 'V'; claves cod/txt y atc/pauta; fármacos hospitalarios y de alta separados",
    input={
        "hospital": "Hospital Universitari i Politècnic La Fe, València",
        "servicio": "Medicina Digestiva",
        "paciente": {"sexo": "V", "edad": 63},
        "motivo": "hematemesis y melenas de 12 horas con mareo",
        "antecedentes": ["consumo de alcohol activo hasta hace 1 año"],
        "constantes_urgencias": {"TA": "92/58 mmHg", "FC": "116 lpm"},
        "analitica": {"Hb": "7,1 g/dL", "plaquetas": "74.000/µL", "INR": "1,6", "bilirrubina": "2,4 mg/dL",
                      "albúmina": "2,8 g/dL"},
        "Child-Pugh": "B8",
        "diagnosticos": [
            {"cod": "K70.3", "txt": "Cirrosis hepática alcohólica"},
            {"cod": "I85.0", "txt": "Varices esofágicas con hemorragia"},
            {"cod": "R18", "txt": "Ascitis"}],
        "procedimientos": ["endoscopia digestiva alta a las 6 horas con ligadura con bandas de 3 cordones varicosos",
                           "transfusión de 2 concentrados de hematíes"],
        "farmacos_hospital": [{"atc": "H01BA04", "nombre": "Terlipresina", "pauta": "2 mg cada 4 horas EV durante 5 días"}],
        "farmacos_alta": [
            {"atc": "C07AA05", "nombre": "Propranolol", "pauta": "20 mg cada 12 horas VO"},
            {"atc": "C03DA01", "nombre": "Espironolactona", "pauta": "100 mg cada 24 horas VO"}],
        "evolucion": "sin resangrado, Hb estable en 8,9 g/dL al alta",
        "estancia_dias": 8,
        "seguimiento": "nueva sesión de ligadura en 3 semanas; abstinencia alcohólica; consulta de hepatología",
    },
    output=S16_OUT,
    variants=[
        T("finding supported by the input's lab value: anemia grave from Hb 7,1 g/dL",
          O("analítica con Hb 7,1 g/dL", "analítica con anemia grave, Hb 7,1 g/dL")),
        T("synonym of the procedure: gastroscopia = endoscopia digestiva alta",
          O("se realiza endoscopia digestiva alta con ligadura con bandas", "se realiza gastroscopia con ligadura endoscópica con bandas")),
        P(["DEM001", "HAL002"], "age contradicts the input (63): output says 36 (DEM001); 36 appears nowhere in the input (HAL002)",
          O("en un varón de 63 años", "en un varón de 36 años")),
        P("DEM001", "sex contradicts the input (V)",
          O("en un varón de 63 años", "en una mujer de 63 años")),
        P("HAL003", "frequency contradicts the input for terlipresina (cada 4 horas in the input, cada 6 horas in the output); 6 occurs elsewhere in the input (endoscopia a las 6 horas)",
          O("terlipresina (H01BA04) 2 mg cada 4 horas EV", "terlipresina (H01BA04) 2 mg cada 6 horas EV")),
        P("HAL001", "procedure not in the input: transfusión de plaquetas",
          O("transfusión de 2 concentrados de hematíes, y", "transfusión de 2 concentrados de hematíes y 1 pool de plaquetas, y")),
        P("CLN001", "levotiroxina (H03AA01) added to input and output; no thyroid diagnosis in the input",
          I("{\"atc\": \"C03DA01\", \"nombre\": \"Espironolactona\", \"pauta\": \"100 mg cada 24 horas VO\"}",
            "{\"atc\": \"C03DA01\", \"nombre\": \"Espironolactona\", \"pauta\": \"100 mg cada 24 horas VO\"}, {\"atc\": \"H03AA01\", \"nombre\": \"Levotiroxina\", \"pauta\": \"50 µg cada 24 horas VO\"}"),
          O("espironolactona (C03DA01) 100 mg cada 24 horas VO,", "espironolactona (C03DA01) 100 mg cada 24 horas VO y levotiroxina (H03AA01) 50 µg cada 24 horas VO,")),
        P("COD005", "codes swapped: 'propranolol (C03DA01)' and 'espironolactona (C07AA05)'",
          O("propranolol (C07AA05)", "propranolol (C03DA01)"), O("espironolactona (C03DA01)", "espironolactona (C07AA05)")),
        P("FMT003", "output cut to about 45 words (below 80); every input code is kept and everything stated is in the input",
          O(S16_OUT, "Ingresa por hematemesis y melenas de 12 horas. Varón de 63 años con cirrosis hepática alcohólica "
                     "(K70.3), ascitis (R18) y varices esofágicas con hemorragia (I85.0). Recibe terlipresina (H01BA04) "
                     "y ligadura con bandas. Alta a los 8 días con propranolol (C07AA05) y espironolactona (C03DA01).")),
        T("findings supported by the input's vital signs: hipotensión (92/58) and taquicardia (116 lpm)",
          O("presenta TA 92/58 mmHg y FC 116 lpm", "presenta hipotensión con TA 92/58 mmHg y taquicardia con FC 116 lpm")),
    ],
)

S17 = scenario(
    "S17",
    setting="España, Hospital Universitario Central de Asturias (HUCA, Oviedo), cuidados paliativos; adenocarcinoma de páncreas estadio IV; mujer de 88 años con su hijo",
    style="prosa dictada",
    schema="claves planas; fechas de nacimiento e ingreso en formato dd/mm/aaaa; juicio clínico como lista de cadenas 'CÓDIGO texto'",
    input={
        "centro": "Hospital Universitario Central de Asturias (HUCA), Oviedo",
        "servicio": "Unidad de Cuidados Paliativos",
        "sexo": "mujer",
        "fecha_nacimiento": "14/09/1935",
        "fecha_ingreso": "02/12/2023",
        "cuidador_principal": "hijo",
        "motivo_ingreso": "dolor abdominal mal controlado, náuseas y vómitos persistentes",
        "juicio_clinico": [
            "C25.9 Adenocarcinoma de páncreas estadio IV con metástasis hepáticas",
            "R11 Náuseas y vómitos",
            "R52.1 Dolor crónico intratable"],
        "situacion_funcional": "PPS 40%, índice de Barthel 35",
        "tratamiento": [
            {"atc": "N02AA01", "farmaco": "Morfina", "pauta": "infusor subcutáneo 30 mg/24 horas con rescates de 5 mg SC"},
            {"atc": "N05AD01", "farmaco": "Haloperidol", "pauta": "2,5 mg cada 8 horas SC"},
            {"atc": "H02AB02", "farmaco": "Dexametasona", "pauta": "4 mg cada 24 horas SC"}],
        "decisiones": "no se indica nutrición parenteral ni sonda nasogástrica, de acuerdo con la paciente y su familia",
        "evolucion": "control del dolor (EVA 2/10) y cese de los vómitos a las 72 horas",
        "estancia": "9 días",
        "alta": "domicilio con equipo de soporte de atención domiciliaria y bomba de infusión subcutánea",
    },
    output=("Ingresa por dolor abdominal mal controlado, náuseas y vómitos persistentes en una mujer de 88 años con "
            "adenocarcinoma de páncreas estadio IV con metástasis hepáticas (C25.9), PPS del 40% e índice de Barthel de "
            "35; su cuidador principal es su hijo. Se orienta como dolor crónico intratable (R52.1) y náuseas y vómitos "
            "(R11). Se inicia morfina (N02AA01) en infusor subcutáneo a 30 mg/24 horas con rescates de 5 mg SC, "
            "haloperidol (N05AD01) 2,5 mg cada 8 horas SC y dexametasona (H02AB02) 4 mg cada 24 horas SC. De acuerdo con "
            "la paciente y su familia, no se indica nutrición parenteral ni sonda nasogástrica. A las 72 horas se "
            "consigue control del dolor, con EVA 2/10, y cese de los vómitos. Tras 9 días de ingreso se da de alta a "
            "domicilio con bomba de infusión subcutánea y seguimiento por el equipo de soporte de atención domiciliaria."),
    note="base: clean; age 88 follows from 14/09/1935 and 02/12/2023; nutrición parenteral and SNG appear only as not indicated",
    variants=[
        T("age by decade, consistent with 88",
          O("en una mujer de 88 años", "en una mujer octogenaria")),
        T("synonym used in Spain: cloruro mórfico = morfina, same code",
          O("Se inicia morfina (N02AA01)", "Se inicia cloruro mórfico (N02AA01)")),
        T("negation extended: no hydration or parenteral nutrition by SNG; nothing claimed as given",
          O("no se indica nutrición parenteral ni sonda nasogástrica.", "no se indica nutrición parenteral ni sonda nasogástrica, y se descarta la hidratación intravenosa.")),
        P("DEM001", "sex contradicts the input (mujer): 'el paciente'",
          O("De acuerdo con la paciente", "De acuerdo con el paciente")),
        P("DEM001", "age contradicts the input: 'septuagenaria' while the birth date gives 88 years (no digits, so no HAL002)",
          O("en una mujer de 88 años", "en una mujer septuagenaria")),
        P("HAL001", "procedure not in the input: paracentesis evacuadora",
          O("A las 72 horas se consigue", "Se realiza paracentesis evacuadora. A las 72 horas se consigue")),
        P("HAL003", "route contradicts the input for haloperidol (SC in the input, VO in the output)",
          O("haloperidol (N05AD01) 2,5 mg cada 8 horas SC", "haloperidol (N05AD01) 2,5 mg cada 8 horas VO")),
        P("COD007", "pain code changed in both input and output to R52.7, well-formed but not an ICD-10 code; label unchanged",
          I("R52.1 Dolor", "R52.7 Dolor"), O("(R52.1)", "(R52.7)")),
        P("REP001", "a sentence repeated verbatim",
          O("y náuseas y vómitos (R11).", "y náuseas y vómitos (R11). Se orienta como dolor crónico intratable (R52.1) y náuseas y vómitos (R11).")),
    ],
)

S18 = scenario(
    "S18",
    setting="España, Hospital Universitari Son Espases (Palma), urología; RTU de próstata por retención recidivante; varón de 74 años",
    style="telegráfico con encabezados en línea (Diagnósticos:, Estudio:, Intervención:) y abreviaturas",
    schema="mapa plano con 'datos_paciente' en texto libre ('Varón, 74 años'); diagnósticos y antecedentes con códigos dentro de cadenas",
    input={
        "hospital": "Hospital Universitari Son Espases, Palma",
        "servicio": "Urología",
        "datos_paciente": "Varón, 74 años",
        "motivo": "retención aguda de orina recidivante, portador de sonda vesical desde hace 2 meses",
        "diagnosticos": "N40 Hiperplasia benigna de próstata; R33 Retención de orina",
        "antecedentes": "diabetes mellitus tipo 2 (E11.9) con metformina (A10BA02) 850 mg cada 12 horas",
        "estudios": {"volumen prostático ecográfico": "68 cc", "PSA": "3,1 ng/mL", "creatinina": "1,2 mg/dL",
                     "urocultivo": "negativo"},
        "intervencion": "resección transuretral de próstata (RTU-P) bipolar; peso de viruta 32 g",
        "postoperatorio": "sonda vesical de tres vías con lavado continuo 36 horas; retirada de sonda al tercer día con micción espontánea y residuo de 40 mL",
        "medicacion_previa": "tamsulosina (G04CA02) 0,4 mg cada 24 horas y finasterida (G04CB01) 5 mg cada 24 horas, ambas suspendidas al alta",
        "anatomia_patologica": "pendiente",
        "estancia": "4 días",
        "recomendaciones": "ingesta hídrica abundante, evitar esfuerzos 3 semanas, consulta de urología en 6 semanas con resultado de anatomía patológica",
    },
    output=("Ingresa por retención aguda de orina recidivante, portador de sonda vesical desde hace 2 meses. Varón de 74 "
            "años con DM2 (E11.9) en tratamiento con metformina (A10BA02) 850 mg c/12h. Diagnósticos: hiperplasia "
            "benigna de próstata (N40) y retención de orina (R33). Estudio: volumen prostático ecográfico 68 cc, PSA 3,1 "
            "ng/mL, creatinina 1,2 mg/dL, urocultivo negativo. Intervención: RTU-P bipolar, peso de viruta 32 g. "
            "Postoperatorio: sonda vesical de tres vías con lavado continuo 36 horas; retirada de sonda al tercer día con "
            "micción espontánea y residuo de 40 mL. Medicación previa: tamsulosina (G04CA02) 0,4 mg c/24h y finasterida "
            "(G04CB01) 5 mg c/24h, ambas suspendidas al alta. Anatomía patológica pendiente. Estancia: 4 días. "
            "Recomendaciones: ingesta hídrica abundante, evitar esfuerzos 3 semanas y consulta de urología en 6 semanas "
            "con resultado de anatomía patológica."),
    variants=[
        T("procedure written in full instead of its abbreviation (RTU-P = resección transuretral de próstata)",
          O("Intervención: RTU-P bipolar", "Intervención: resección transuretral de próstata bipolar")),
        T("number written in words: cuarenta mililitros = 40 mL",
          O("residuo de 40 mL", "residuo de cuarenta mililitros")),
        P("DEM001", "sex contradicts the input (Varón)",
          O("Varón de 74 años", "Mujer de 74 años")),
        P("DEM001", "age contradicts the input (74): output says 40; 40 occurs in the input (residuo de 40 mL), so not HAL002",
          O("Varón de 74 años", "Varón de 40 años")),
        P("HAL003", "frequency contradicts the input for tamsulosina (cada 24 horas in the input, c/12h in the output); 12 is metformina's interval elsewhere in the input",
          O("tamsulosina (G04CA02) 0,4 mg c/24h", "tamsulosina (G04CA02) 0,4 mg c/12h")),
        P("HAL001", "procedure not in the input: adenomectomía prostática abierta (the input says RTU-P)",
          O("Intervención: RTU-P bipolar", "Intervención: adenomectomía prostática abierta")),
        P("COD001", "CIE-10 code written without parentheses",
          O("hiperplasia benigna de próstata (N40)", "hiperplasia benigna de próstata N40")),
        P("CLN001", "atorvastatina (C10AA05) added to input and output; no dyslipidaemia or vascular diagnosis among the input's diagnoses",
          I("(A10BA02) 850 mg cada 12 horas\"", "(A10BA02) 850 mg cada 12 horas; atorvastatina (C10AA05) 20 mg cada 24 horas\""),
          O("metformina (A10BA02) 850 mg c/12h.", "metformina (A10BA02) 850 mg c/12h y atorvastatina (C10AA05) 20 mg c/24h.")),
        P("FMT001", "output does not begin with 'Ingresa por'",
          O("Ingresa por retención aguda", "Ingreso por retención aguda")),
        T("negation: no antibiotic prescribed given the negative urine culture",
          O("urocultivo negativo.", "urocultivo negativo, por lo que no se pauta antibioterapia.")),
    ],
)

SCENARIOS = [S13, S14, S15, S16, S17, S18]
